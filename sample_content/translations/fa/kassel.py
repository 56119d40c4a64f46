"""Persian texts of sample_content.offices.kassel, keyed by the German text they translate (texts not already in
a module before it).
"""

TEXTS = {
    "Stadt Kassel": "شهر کاسل",
    "Amt für Chancengleichheit": "اداره برابری فرصت‌ها",
    "Ziel der Arbeit des Amtes für Chancengleichheit ist die aktive Förderung einer vielfältigen Stadtgesellschaft.": (
        "هدف کار اداره برابری فرصت‌ها، ترویج فعال جامعه شهری متنوع است."
    ),
    (
        "In Kassel gibt es eine große Vielfalt an Menschen. Die Menschen, die hier leben sollen alle ihre "
        "persönlichen Lebensmodelle ausleben können, wie die Vielfalt des Geschlechts und der sexuellen "
        "Orientierung, die Vielfalt von Herkunft, Hautfarbe, Sprache, Kultur und Religion. Außerdem soll "
        "Diskriminierung abgewehrt werden. Diskriminierung führt dazu, dass nicht alle, die in Kassel leben, ihre "
        "Potenziale entfalten können, um zur positiven Entwicklung der Stadt beizutragen. Das Amt für "
        "Chancengleichheit bietet eine Anlauf- und Beratungsstelle für die Menschen, die in Kassel leben."
    ): (
        "در کاسل تنوع بسیار زیادی از انسان‌ها وجود دارد. همه کسانی که اینجا زندگی می‌کنند باید بتوانند الگوهای شخصی "
        "زندگی خود را زندگی کنند، مانند تنوع جنسیت و گرایش جنسی، تنوع خاستگاه، رنگ پوست، زبان، فرهنگ و دین. افزون "
        "بر این، باید با تبعیض مقابله شود. تبعیض باعث می‌شود که همه ساکنان کاسل نتوانند توانایی‌های خود را برای کمک "
        "به توسعه مثبت شهر شکوفا کنند. اداره برابری فرصت‌ها یک مرکز مراجعه و مشاوره برای مردمی که در کاسل زندگی "
        "می‌کنند ارائه می‌دهد."
    ),
    "Familie und Soziales": "خانواده و امور اجتماعی",
    "Frauen und Mädchen": "زنان و دختران",
    (
        "Über die Hälfte der Kasseler Bevölkerung Frauen, fast 40 Prozent davon haben einen Migrationshintergrund. "
        "Die Stadt Kassel setzt sich dafür ein, dass Frauen in allen gesellschaftlichen Bereichen die gleichen "
        "Chancen und die gleichen Perspektiven wie Männer erhalten."
    ): (
        "بیش از نیمی از جمعیت کاسل را زنان تشکیل می‌دهند که نزدیک به 40 درصد آنان پیشینه مهاجرت دارند. شهر کاسل "
        "تلاش می‌کند تا زنان در همه عرصه‌های جامعه از فرصت‌ها و چشم‌اندازهای برابر با مردان برخوردار شوند."
    ),
    "Interkulturelle Woche": "هفته میان‌فرهنگی (Interkulturelle Woche)",
    (
        "Seit vielen Jahren beteiligt sich Kassel an der Interkulturelle Woche. Gruppen, Akteure, Vereine, "
        "Verbände, Religionsgemeinschaften und Gewerkschaften setzen mit vielfältigen Projekten und Aktionen ein "
        "Zeichen für ein Miteinander in Vielfalt und Demokratie."
    ): (
        "کاسل سال‌هاست که در هفته میان‌فرهنگی شرکت می‌کند. گروه‌ها، کنشگران، انجمن‌ها، اتحادیه‌ها، جوامع دینی و "
        "سندیکاها با پروژه‌ها و برنامه‌های گوناگون نشانه‌ای برای همزیستی در تنوع و دموکراسی می‌گذارند."
    ),
    "Frauenbeauftragte": "مسئول امور زنان",
    (
        "Zu den Aufgaben gehören ebenso die Entwicklung und Unterstützung von Initiativen und Projekten in der "
        "Stadt, mit dem Ziel, dass Frauen und Männer tatsächliche Gleichberechtigung erlangen."
    ): ("از جمله وظایف، توسعه و حمایت از ابتکارها و پروژه‌ها در شهر با هدف دستیابی زنان و مردان به برابری واقعی است."),
    (
        "Die Frauenbeauftragte macht mit diesem Ziel Vorschläge für Vorhaben und Programme des Magistrats und regt "
        "Maßnahmen an."
    ): (
        "مسئول امور زنان با این هدف برای طرح‌ها و برنامه‌های Magistrat (نهاد اجرایی شهر) پیشنهاد می‌دهد و اقداماتی "
        "را پیشنهاد می‌کند."
    ),
    "Sie ist Anlaufstelle für Wünsche und Beschwerden der Kasseler Bürgerinnen.": (
        "او مرجع رسیدگی به خواسته‌ها و شکایات شهروندان زن کاسل است."
    ),
    (
        "Die Frauenbeauftragte ist auch zuständig für die Unterstützung und Verwaltung von Frauen‐ und "
        "Mädcheneinrichtungen, die mit städtischen Mitteln gefördert werden."
    ): ("مسئول امور زنان همچنین مسئول حمایت و اداره مراکز زنان و دخترانی است که با بودجه شهری حمایت می‌شوند."),
    "Integrationsbeauftragte": "مسئول امور ادغام",
    (
        "Rund ein Drittel der in Kassel lebenden Menschen haben einen Migrationshintergrund. Die "
        "Integrationsbeauftragte der Stadt vertritt die Interessen dieser Menschen."
    ): (
        "حدود یک سوم افرادی که در کاسل زندگی می‌کنند پیشینه مهاجرت دارند. مسئول امور ادغام شهر نماینده منافع این "
        "افراد است."
    ),
    "Antidiskriminierungsstelle": "دفتر مبارزه با تبعیض",
    (
        "Die neu eingerichtete Stelle ist im Amt für Chancengleichheit angesiedelt. Der Magistrat stärkt mit der "
        "Einrichtung der Stelle die Anlauf- und Beratungsstrukturen für Betroffene von Diskriminierung und setzt "
        "gleichzeitig auch die Weichen für eine Stadt, die eine Antidiskriminierungskultur aktiv gestaltet und "
        "umsetzt."
    ): (
        "این دفتر تازه‌تأسیس در اداره برابری فرصت‌ها قرار دارد. Magistrat (نهاد اجرایی شهر) با تأسیس این دفتر "
        "ساختارهای مراجعه و مشاوره برای افرادی که دچار تبعیض شده‌اند را تقویت می‌کند و همزمان زمینه را برای شهری "
        "فراهم می‌کند که فرهنگ مبارزه با تبعیض را فعالانه شکل می‌دهد و اجرا می‌کند."
    ),
}
