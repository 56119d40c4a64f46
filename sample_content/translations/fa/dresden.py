"""Persian texts of sample_content.offices.dresden, keyed by the German text they translate (texts not
already in a module before it).

The rendering of the quoted law has no German column; it is keyed by the English rendering."""

TEXTS = {
    "Landeshauptstadt Dresden": "درسدن، مرکز ایالت",
    "Integrations- und Ausländerbeauftragte": "مسئول امور ادغام و خارجیان",
    (
        "Ziel der Arbeit der Integrations- und Ausländerbeauftragten ist es, die Integration von Menschen mit "
        "Migrationshintergrund auf kommunaler Ebene zu befördern sowie zum Abbau vorhandener struktureller und "
        "individueller Benachteiligung beizutragen."
    ): (
        "هدف کار مسئول امور ادغام و خارجیان، پیشبرد ادغام افراد دارای پیشینه مهاجرت در سطح شهری و کمک به کاهش تبعیض "
        "ساختاری و فردی موجود است."
    ),
    (
        "Die Aufgaben der Integrations- und Ausländerbeauftragten ergeben sich vorrangig aus Art. 3 Abs. 3 des "
        "Grundgesetzes und aus Art. 18 Abs. 3 der Sächsischen Verfassung, dort heißt es jeweils:"
    ): (
        "وظایف مسئول امور ادغام و خارجیان در درجه اول از اصل 3 بند 3 Grundgesetz (قانون اساسی آلمان) و اصل 18 بند 3 "
        "Sächsische Verfassung (قانون اساسی زاکسن) ناشی می‌شود که در هر دو آمده است:"
    ),
    "Zu den Aufgaben der Integrations- und Ausländerbeauftragten gehören:": (
        "وظایف مسئول امور ادغام و خارجیان عبارت‌اند از:"
    ),
    (
        "Förderung des Bewusstseins für die Integration von Menschen mit Migrationshintergrund in der "
        "Öffentlichkeit und Fachöffentlichkeit durch Veranstaltungen, Seminare, Medienarbeit, Aktionen, "
        "Informationen, Broschüren"
    ): (
        "ارتقای آگاهی عمومی و تخصصی درباره ادغام افراد دارای پیشینه مهاجرت از طریق رویدادها، سمینارها، کار "
        "رسانه‌ای، کارزارها، اطلاع‌رسانی و بروشورها"
    ),
    (
        "Analyse der realen Lebenslage von Frauen und Männern mit Migrationshintergrund in Dresden durch "
        "Erarbeitung eines periodischen Situationsberichtes"
    ): ("تحلیل وضعیت واقعی زندگی زنان و مردان دارای پیشینه مهاجرت در درسدن از طریق تهیه گزارش دوره‌ای وضعیت"),
    (
        "Abbau bestehender und Vermeidung künftiger Benachteiligung durch Initiierung von Projekten und durch "
        "Auseinandersetzung mit der Situation in der Kommune"
    ): ("کاهش تبعیض موجود و پیشگیری از تبعیض آینده از طریق راه‌اندازی پروژه‌ها و پرداختن به وضعیت در شهر"),
    (
        "Sicherung von Chancengleichheit für Menschen mit Migrationshintergrund bei kommunalen Entscheidungen zu "
        "Fragen der Arbeitswelt, Gesundheit, Erziehung, Familie, Bildung, Kultur, Stadtplanung, Politik und so "
        "weiter und des gesamten sozialen Umfeldes durch"
    ): (
        "تضمین برابری فرصت‌ها برای افراد دارای پیشینه مهاجرت در تصمیم‌های شهری درباره مسائل کار، سلامت، تربیت، "
        "خانواده، آموزش، فرهنگ، برنامه‌ریزی شهری، سیاست و غیره و کل محیط اجتماعی، از طریق"
    ),
    "Einflussnahme in relevanten Gremien": "اعمال نفوذ در کمیسیون‌های مربوط",
    "Zusammenarbeit mit dem Ausländerbeirat": "همکاری با Ausländerbeirat (شورای مشورتی خارجیان)",
    "Einbringen von integrationspolitischen Anliegen und Forderungen und": "طرح موضوعات و مطالبات سیاست ادغام و",
    "Sichtung der Stadtratsvorlagen und Erarbeiten von Stellungnahmen": (
        "بررسی لوایح ارائه‌شده به شورای شهر و تهیه نظرات کارشناسی"
    ),
    "Zusammenarbeit mit Stadträtinnen und Stadträten, Personalrat, Verbänden, Vereinen und Organisationen": (
        "همکاری با اعضای شورای شهر، شورای کارکنان، اتحادیه‌ها، انجمن‌ها و سازمان‌ها"
    ),
    (
        "Begleitung und Kontrolle der Arbeit der einzelnen Fachämter in Bezug auf die Integration von Menschen mit "
        "Migrationshintergrund"
    ): ("همراهی و نظارت بر کار ادارات تخصصی مختلف در زمینه ادغام افراد دارای پیشینه مهاجرت"),
    "Erstberatung von Rat suchenden Frauen und Männern mit Migrationshintergrund im Einzelfall": (
        "مشاوره اولیه برای زنان و مردان دارای پیشینه مهاجرت که جویای مشاوره‌اند، در موارد فردی"
    ),
    "Unterstützung der Tätigkeit von Vereinen und Initiativen": "حمایت از فعالیت انجمن‌ها و ابتکارها",
    "Unterstützung der interkulturellen Arbeit mit Mädchen und Jungen": "حمایت از کار میان‌فرهنگی با دختران و پسران",
    "Erarbeitung, Begleitung der Umsetzung und Fortschreibung des Integrationskonzeptes": (
        "تدوین طرح ادغام، همراهی در اجرا و به‌روزرسانی آن"
    ),
    "nach Vereinbarung": "با تعیین وقت قبلی",
    "Ausländerbehörde": "اداره امور خارجیان (Ausländerbehörde)",
    "Bei Fragen zu Ihrem Aufenthalt": "برای پرسش‌های مربوط به اقامت شما",
    "Situationsbericht": "گزارش وضعیت",
    "Analyse der realen Lebenslage von Frauen und Männern mit Migrationshintergrund in Dresden": (
        "تحلیل وضعیت واقعی زندگی زنان و مردان دارای پیشینه مهاجرت در درسدن"
    ),
    "periodisch": "به طور دوره‌ای",
    "Integrationskonzept": "طرح ادغام",
    "Schließtag am 13. November 2024": "تعطیل در 13 نوامبر 2024",
    (
        "Das Büro ist am Mittwoch, den 13. November 2024 geschlossen. Für etwaige Anfragen ist das Team ab 14. "
        "November wieder erreichbar."
    ): ("دفتر در روز چهارشنبه 13 نوامبر 2024 تعطیل است. برای هرگونه درخواست، تیم از 14 نوامبر دوباره در دسترس است."),
    (
        "“No person shall be disfavoured or favoured because of sex, parentage, race, language, homeland and "
        "origin, faith, or religious or political opinions.”"
    ): (
        "«هیچ‌کس را نباید به سبب جنسیت، تبار، نژاد، زبان، زادگاه و خاستگاه، باور، یا عقاید دینی یا سیاسی‌اش در "
        "وضعیت نامساعد قرار داد یا برتری بخشید.»"
    ),
}
