"""Persian texts of sample_content.offices.zwickau, keyed by the German text they translate (texts first used
there; the others reuse them).
"""

TEXTS = {
    "Stadt Zwickau": "شهر تسویکاو",
    "Gleichstellungsbeauftragte": "مسئول امور برابری",
    (
        "Ziel der Arbeit der Gleichstellungsbeauftragten ist die Verwirklichung des Grundrechts auf "
        "Gleichberechtigung und Chancengleichheit."
    ): ("هدف کار مسئول امور برابری، تحقق حق بنیادین برابری حقوق و برابری فرصت‌ها است."),
    "Aufgaben": "وظایف",
    "Deshalb arbeitet sie:": "به همین دلیل او کار می‌کند:",
    "an der Förderung des Bewusstseins für Gleichstellung und Gleichberechtigung,": (
        "بر روی ارتقای آگاهی نسبت به برابری و برابری حقوق،"
    ),
    "zum Abbau von geschlechterspezifischer Benachteiligung": "برای کاهش تبعیض جنسیتی",
    "am Abbau bestehender und der Vermeidung von Benachteiligung in der Stadt mittels entsprechender Projektarbeit": (
        "بر روی کاهش تبعیض موجود و پیشگیری از تبعیض در شهر از طریق کار پروژه‌ای مناسب"
    ),
    "Einbringen gleichstellungsrelevanter Anliegen und Forderungen in die kommunale Arbeit": (
        "طرح موضوعات و مطالبات مرتبط با برابری در کار شهرداری"
    ),
    "weitere Aufgabenfelder": "سایر حوزه‌های کاری",
    "Unterstützung von Frauen und Familien in besonderen oder prekären Lebenslagen": (
        "حمایت از زنان و خانواده‌ها در شرایط خاص یا دشوار زندگی"
    ),
    "Erstberatung Rat suchender Frauen, Männer und Familien in Fragen der Chancengleichheit": (
        "مشاوره اولیه برای زنان، مردان و خانواده‌های جویای مشاوره در مسائل برابری فرصت‌ها"
    ),
    "Gewaltschutzerstberatunbg": "مشاوره اولیه درباره محافظت در برابر خشونت",
    "Förderung des LSBTTIQ-Ansatzes": "ترویج رویکرد LSBTTIQ (دگرباشان)",
    "Begleitung und Kontrolle der Arbeit der Fachbereiche in Bezug auf Gleichstellungsfragen": (
        "همراهی و نظارت بر کار واحدهای تخصصی در زمینه مسائل برابری"
    ),
    "Ausländer- und Integrationsbeauftragte": "مسئول امور خارجیان و ادغام",
    (
        "Grundsätzliches Ziel der Arbeit der Ausländer- und Integrationsbeauftragten ist die Förderung von "
        "Chancengleichheit aller in der Stadt dauerhaft oder zeitweise lebender Einwohnerinnen und Einwohner, "
        "unabhängig ihrer kulturellen und ethnischen Herkunft."
    ): (
        "هدف اساسی کار مسئول امور خارجیان و ادغام، ترویج برابری فرصت‌ها برای همه ساکنانی است که به طور دائم یا موقت "
        "در شهر زندگی می‌کنند، صرف نظر از خاستگاه فرهنگی و قومی آنها."
    ),
    "Dementsprechend sind ihre Aufgaben:": "بر این اساس، وظایف او عبارت‌اند از:",
    (
        "Beratung in aufenthaltsrechtlichen Fragen, Flüchtlings- und Asylrecht sowie Vermittlung an weiterführende "
        "Beratungsstellen"
    ): ("مشاوره در مسائل حقوق اقامت، حقوق پناهندگان و پناهندگی و ارجاع به مراکز مشاوره دیگر"),
    "Erarbeitung und Durchführung von integrations- und migrationsspezifischen Konzepten und Projekten": (
        "تدوین و اجرای طرح‌ها و پروژه‌های ویژه ادغام و مهاجرت"
    ),
    (
        "Förderung integrativer Maßnahmen zum friedlichen Zusammenleben und der Integration unterschiedlicher "
        "ethnischer und kultureller Gruppen in der Stadtgesellschaft"
    ): ("ترویج اقدامات ادغامی برای همزیستی مسالمت‌آمیز و ادغام گروه‌های قومی و فرهنگی مختلف در جامعه شهری"),
    "Förderung des interkulturellen Dialogs, der interkulturelle Öffnung der Verwaltung und Gesellschaft": (
        "ترویج گفت‌وگوی میان‌فرهنگی و گشودگی میان‌فرهنگی اداره و جامعه"
    ),
    "Präventionsarbeit gegen Rassismus und Demokratiefeindlichkeit": "کار پیشگیرانه علیه نژادپرستی و دشمنی با دموکراسی",
    "Antidiskriminierungserstberatung": "مشاوره اولیه در زمینه تبعیض",
    "Unterstützung bürgerschaftlichen Engagements in der Integrations- und Migrationsarbeit": (
        "حمایت از مشارکت مدنی در کار ادغام و مهاجرت"
    ),
    (
        "Kooperation und Vernetzung mit allen Institutionen, Einrichtungen, Vereinen und Initiativen, die am "
        "Integrationsprozess in der Stadt beteiligt sind"
    ): ("همکاری و شبکه‌سازی با همه نهادها، مؤسسات، انجمن‌ها و ابتکارهایی که در روند ادغام در شهر مشارکت دارند"),
    "Ansprechpartnerin für den Sprach- und Kulturmittlerdienst in der Stadt Zwickau und im Landkreis.": (
        "فرد رابط برای خدمات میانجی‌گری زبانی و فرهنگی در شهر تسویکاو و در شهرستان."
    ),
    "Ansprechpartnerin für die Integrationsberatungsstelle in der Stadt Zwickau.": (
        "فرد رابط برای مرکز مشاوره ادغام در شهر تسویکاو."
    ),
    "Sprach- und Kulturmittlerdienst": "خدمات میانجی‌گری زبانی و فرهنگی",
    (
        "Der Sprach- und Kulturmittlerdienst ist ein Kooperationsprojekt der Stadt Zwickau mit der Westsächsischen "
        "Hochschule Zwickau und wird finanziell gefördert durch den Landkreis Zwickau auf der Grundlage der "
        "Richtlinie Integrative Maßnahmen des Freistaates Sachsen."
    ): (
        "خدمات میانجی‌گری زبانی و فرهنگی پروژه‌ای مشترک میان شهر تسویکاو و Westsächsische Hochschule Zwickau "
        "(دانشگاه علوم کاربردی) است و Landkreis Zwickau (شهرستان تسویکاو) آن را بر اساس دستورالعمل ایالت آزاد زاکسن "
        "درباره اقدامات ادغامی (Richtlinie Integrative Maßnahmen) از نظر مالی حمایت می‌کند."
    ),
    "Richtlinie Integrative Maßnahmen des Freistaates Sachsen": (
        "دستورالعمل ایالت آزاد زاکسن درباره اقدامات ادغامی (Richtlinie Integrative Maßnahmen)"
    ),
}
