"""Persian texts of sample_content.offices.schwaebisch_gmuend, keyed by the German text they translate (texts
not already in a module before it).
"""

TEXTS = {
    "Stadt Schwäbisch Gmünd": "شهر شوبیش گموند",
    "Stabsstelle Integration": "واحد ستادی ادغام",
    "Zuwanderung und Integration in Schwäbisch Gmünd": "مهاجرت و ادغام در شوبیش گموند",
    "(Neu-)Zuwanderer aus der Europäischen Union (EU) oder Drittstaaten": (
        "مهاجران (تازه‌وارد) از اتحادیه اروپا (EU) یا کشورهای ثالث"
    ),
    (
        "Bereits (länger) in GD lebende Migrant/Innen, die noch Unterstützung bei der beruflichen und/oder sozialen "
        "Integration benötigen"
    ): ("مهاجرانی که (مدت‌ها) در GD زندگی می‌کنند و هنوز به حمایت در ادغام شغلی و/یا اجتماعی نیاز دارند"),
    (
        "anerkannte Asylbewerber/-innen bzw. dann Menschen mit Migrationshintergrund (nach der gesetzl. "
        "Definition), die schnell beruflich und damit sozial integriert werden können und sollen"
    ): (
        "پناهجویان پذیرفته‌شده یا افراد دارای پیشینه مهاجرت (طبق تعریف قانونی) که می‌توانند و باید به سرعت در بازار "
        "کار و در نتیجه در جامعه ادغام شوند"
    ),
    "Steuerung und stetige Weiterentwicklung des Gmünder Integrationsprozesses": (
        "هدایت و توسعه مستمر روند ادغام در گموند"
    ),
    "Umsetzung der Integrationskonzept/e – aktuell: „Gmünder Weg für alle": (
        "اجرای طرح(های) ادغام – در حال حاضر: „Gmünder Weg für alle“ (راه گموند برای همه)"
    ),
    "Begleitung und Geschäftsführung des Integrationsbeirates und der stadtinternen Fachgruppe Zuwanderung": (
        "همراهی و اداره امور Integrationsbeirat (شورای مشورتی ادغام) و Fachgruppe Zuwanderung (گروه تخصصی مهاجرت) "
        "درون‌شهری"
    ),
    "Ansprechpartner für migrations- und integrationsrelevante Fragen": (
        "فرد رابط برای پرسش‌های مرتبط با مهاجرت و ادغام"
    ),
    "Bindeglied zwischen den Expertengruppen und städtischen Gremien": (
        "پیوند میان گروه‌های کارشناسی و کمیسیون‌های شهری"
    ),
    (
        "Schnittstelle zur Projektstelle für Integration und für Flüchtlinge (PFiFF) – Stichwort: Abstimmung der "
        "Integrations- und Flüchtlingsarbeit"
    ): (
        "ارتباط با Projektstelle für Integration und für Flüchtlinge (PFiFF، دفتر پروژه ادغام و پناهندگان) – "
        "کلیدواژه: هماهنگی کار ادغام و کار با پناهندگان"
    ),
    "Anlaufstelle für die o.g. Zielgruppe/n": "مرکز مراجعه برای گروه(های) هدف یادشده",
    (
        "Bürgersprechstunde für die o.g. Zielgruppe/n – hier: Individuelle Unterstützung und Begleitung bei der "
        "beruflichen und sozialen Integration"
    ): ("ساعات ملاقات شهروندان برای گروه(های) هدف یادشده – در اینجا: حمایت و همراهی فردی در ادغام شغلی و اجتماعی"),
    (
        "Kontakte, Vernetzung und verstärkte Einbindung von Migrantenorganisationen – auch: verstärkte Einbindung "
        "der weiblichen Vertreterinnen von Migrantenorganisationen"
    ): ("تماس‌ها، شبکه‌سازی و مشارکت بیشتر سازمان‌های مهاجران – همچنین: مشارکت بیشتر نمایندگان زن سازمان‌های مهاجران"),
    "Planung und Durchführung der jährlichen öffentlichen Integrationsforen": (
        "برنامه‌ریزی و برگزاری همایش‌های عمومی سالانه ادغام"
    ),
    (
        "Organisation der Umsetzung der aus den öffentlichen Integrationsforen resultierenden "
        "Beteiligungsmöglichkeiten und Projektideen"
    ): ("سازماندهی اجرای فرصت‌های مشارکت و ایده‌های پروژه‌ای که از همایش‌های عمومی ادغام به دست می‌آیند"),
    "Bildungspartnerschaften mit Migrantenorganisationen in Zusammenarbeit mit dem kommunalen Bildungsbüro": (
        "مشارکت‌های آموزشی با سازمان‌های مهاجران با همکاری دفتر آموزش شهری (Bildungsbüro)"
    ),
    (
        "Umsetzung und Steuerung, Bündelung, Koordinierung und Ausbau bestehender sowie Initiierung neuer "
        "Integrationsangebote (z.B. Informationsveranstaltungen, kulturelle Veranstaltungen, Ausstellungen usw.)"
    ): (
        "اجرا و هدایت، تجمیع، هماهنگی و گسترش خدمات ادغامی موجود و راه‌اندازی خدمات جدید (مانند جلسات اطلاع‌رسانی، "
        "رویدادهای فرهنگی، نمایشگاه‌ها و غیره)"
    ),
    "Begleitung des Interreligiösen Dialogs": "همراهی گفت‌وگوی میان‌ادیانی",
    "Betreuung und Steuerung der Handlungsfelder 4 (Soziales, Gesundheit und Sport) und 5 (Aktives Zusammenleben)": (
        "پشتیبانی و هدایت حوزه‌های اقدام 4 (امور اجتماعی، سلامت و ورزش) و 5 (همزیستی فعال)"
    ),
    (
        "Weiterentwicklung der Stadtverwaltung Schwäbisch Gmünd (GD) zur Willkommensbehörde – hier: Integration als "
        "Querschnittsaufgabe"
    ): ("توسعه اداره شهر شوبیش گموند (GD) به یک نهاد خوشامدگو – در اینجا: ادغام به عنوان وظیفه‌ای فراگیر"),
    "Beratung und Begleitung von „Gmünd 2020“, dem Strategieprozess für eine nachhaltige Stadtentwicklung": (
        "مشاوره و همراهی „Gmünd 2020“، فرایند راهبردی برای توسعه پایدار شهری"
    ),
    "Fortschreibung und Aktualisierung der Willkommensmappe": "تکمیل و به‌روزرسانی پوشه خوشامدگویی (Willkommensmappe)",
    "Durchführung und Weiterentwicklung des „Tag der Kulturen“": "برگزاری و توسعه „Tag der Kulturen“ (روز فرهنگ‌ها)",
    "Erstellung des Integrationsberichtes und Erhebung aktueller Zahlen der Zuwanderung": (
        "تهیه گزارش ادغام و گردآوری آمار به‌روز مهاجرت"
    ),
    "Gmünder Weg für alle": "Gmünder Weg für alle (راه گموند برای همه)",
    "Tag der Kulturen": "روز فرهنگ‌ها (Tag der Kulturen)",
    "Integrationsforen": "همایش‌های ادغام",
    "jährlich": "سالانه",
    "Integrationsbericht": "گزارش ادغام",
    "Willkommensmappe": "پوشه خوشامدگویی",
}
