"""Arabic texts of sample_content.offices.schwaebisch_gmuend, keyed by the German text they translate (texts not
already in a module before it).
"""

TEXTS = {
    "Stadt Schwäbisch Gmünd": "مدينة شفيبيش غموند",
    "Stabsstelle Integration": "وحدة الاندماج",
    "Zuwanderung und Integration in Schwäbisch Gmünd": "الهجرة والاندماج في شفيبيش غموند",
    "(Neu-)Zuwanderer aus der Europäischen Union (EU) oder Drittstaaten": (
        "المهاجرون (الجدد) من الاتحاد الأوروبي أو من دول ثالثة"
    ),
    (
        "Bereits (länger) in GD lebende Migrant/Innen, die noch Unterstützung bei der beruflichen und/oder sozialen "
        "Integration benötigen"
    ): (
        "المهاجرات والمهاجرون الذين يعيشون في GD منذ مدة (طويلة) وما زالوا يحتاجون إلى دعم في الاندماج المهني و/أو "
        "الاجتماعي"
    ),
    (
        "anerkannte Asylbewerber/-innen bzw. dann Menschen mit Migrationshintergrund (nach der gesetzl. "
        "Definition), die schnell beruflich und damit sozial integriert werden können und sollen"
    ): (
        "طالبات وطالبو اللجوء المعترف بهم، أو الأشخاص ذوو الخلفية المهاجرة (وفق التعريف القانوني)، الذين يمكن ويجب "
        "دمجهم سريعًا في العمل ومن ثمّ في المجتمع"
    ),
    "Steuerung und stetige Weiterentwicklung des Gmünder Integrationsprozesses": (
        "توجيه عملية الاندماج في غموند وتطويرها باستمرار"
    ),
    "Umsetzung der Integrationskonzept/e – aktuell: „Gmünder Weg für alle": (
        "تنفيذ مفهوم (مفاهيم) الاندماج – حاليًا: „Gmünder Weg für alle“ (طريق غموند للجميع)"
    ),
    "Begleitung und Geschäftsführung des Integrationsbeirates und der stadtinternen Fachgruppe Zuwanderung": (
        "مرافقة Integrationsbeirat (المجلس الاستشاري للاندماج) و Fachgruppe Zuwanderung (الفريق المتخصص في الهجرة) "
        "الداخلي في المدينة وإدارة أعمالهما"
    ),
    "Ansprechpartner für migrations- und integrationsrelevante Fragen": (
        "جهة الاتصال للأسئلة المتعلقة بالهجرة والاندماج"
    ),
    "Bindeglied zwischen den Expertengruppen und städtischen Gremien": "حلقة وصل بين مجموعات الخبراء ولجان المدينة",
    (
        "Schnittstelle zur Projektstelle für Integration und für Flüchtlinge (PFiFF) – Stichwort: Abstimmung der "
        "Integrations- und Flüchtlingsarbeit"
    ): (
        "نقطة التقاء مع Projektstelle für Integration und für Flüchtlinge (PFiFF، مكتب مشروع الاندماج واللاجئين) – "
        "الكلمة المفتاحية: تنسيق العمل في مجال الاندماج ومع اللاجئين"
    ),
    "Anlaufstelle für die o.g. Zielgruppe/n": "نقطة اتصال للفئة (الفئات) المستهدفة المذكورة أعلاه",
    (
        "Bürgersprechstunde für die o.g. Zielgruppe/n – hier: Individuelle Unterstützung und Begleitung bei der "
        "beruflichen und sozialen Integration"
    ): (
        "ساعات استقبال المواطنين للفئة (الفئات) المستهدفة المذكورة أعلاه – هنا: دعم ومرافقة فردية في الاندماج "
        "المهني والاجتماعي"
    ),
    (
        "Kontakte, Vernetzung und verstärkte Einbindung von Migrantenorganisationen – auch: verstärkte Einbindung "
        "der weiblichen Vertreterinnen von Migrantenorganisationen"
    ): ("التواصل والتشبيك وتعزيز إشراك منظمات المهاجرين – وكذلك: تعزيز إشراك ممثلات منظمات المهاجرين"),
    "Planung und Durchführung der jährlichen öffentlichen Integrationsforen": (
        "التخطيط للمنتديات العامة السنوية للاندماج وتنظيمها"
    ),
    (
        "Organisation der Umsetzung der aus den öffentlichen Integrationsforen resultierenden "
        "Beteiligungsmöglichkeiten und Projektideen"
    ): ("تنظيم تنفيذ فرص المشاركة وأفكار المشاريع الناتجة عن المنتديات العامة للاندماج"),
    "Bildungspartnerschaften mit Migrantenorganisationen in Zusammenarbeit mit dem kommunalen Bildungsbüro": (
        "شراكات تعليمية مع منظمات المهاجرين بالتعاون مع مكتب التعليم البلدي (Bildungsbüro)"
    ),
    (
        "Umsetzung und Steuerung, Bündelung, Koordinierung und Ausbau bestehender sowie Initiierung neuer "
        "Integrationsangebote (z.B. Informationsveranstaltungen, kulturelle Veranstaltungen, Ausstellungen usw.)"
    ): (
        "تنفيذ عروض الاندماج القائمة وتوجيهها وتجميعها وتنسيقها وتوسيعها، وإطلاق عروض جديدة (مثل الفعاليات "
        "الإعلامية والفعاليات الثقافية والمعارض وغيرها)"
    ),
    "Begleitung des Interreligiösen Dialogs": "مرافقة الحوار بين الأديان",
    "Betreuung und Steuerung der Handlungsfelder 4 (Soziales, Gesundheit und Sport) und 5 (Aktives Zusammenleben)": (
        "رعاية مجالي العمل 4 (الشؤون الاجتماعية والصحة والرياضة) و5 (التعايش الفاعل) وتوجيههما"
    ),
    (
        "Weiterentwicklung der Stadtverwaltung Schwäbisch Gmünd (GD) zur Willkommensbehörde – hier: Integration als "
        "Querschnittsaufgabe"
    ): ("تطوير إدارة مدينة شفيبيش غموند (GD) لتصبح سلطة ترحيب – هنا: الاندماج بوصفه مهمة شاملة"),
    "Beratung und Begleitung von „Gmünd 2020“, dem Strategieprozess für eine nachhaltige Stadtentwicklung": (
        "تقديم المشورة ومرافقة „Gmünd 2020“، عملية الاستراتيجية من أجل تنمية حضرية مستدامة"
    ),
    "Fortschreibung und Aktualisierung der Willkommensmappe": "استكمال ملف الترحيب (Willkommensmappe) وتحديثه",
    "Durchführung und Weiterentwicklung des „Tag der Kulturen“": "تنظيم „Tag der Kulturen“ (يوم الثقافات) وتطويره",
    "Erstellung des Integrationsberichtes und Erhebung aktueller Zahlen der Zuwanderung": (
        "إعداد تقرير الاندماج وجمع الأرقام الحالية للهجرة"
    ),
    "Gmünder Weg für alle": "Gmünder Weg für alle (طريق غموند للجميع)",
    "Tag der Kulturen": "يوم الثقافات (Tag der Kulturen)",
    "Integrationsforen": "منتديات الاندماج",
    "jährlich": "سنويًا",
    "Integrationsbericht": "تقرير الاندماج",
    "Willkommensmappe": "ملف الترحيب",
}
