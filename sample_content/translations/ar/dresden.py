"""Arabic texts of sample_content.offices.dresden, keyed by the German text they translate (texts not already
in a module before it).

The rendering of the quoted law has no German column; it is keyed by the English rendering."""

TEXTS = {
    "Landeshauptstadt Dresden": "مدينة دريسدن عاصمة الولاية",
    "Integrations- und Ausländerbeauftragte": "مفوّضة الاندماج وشؤون الأجانب",
    (
        "Ziel der Arbeit der Integrations- und Ausländerbeauftragten ist es, die Integration von Menschen mit "
        "Migrationshintergrund auf kommunaler Ebene zu befördern sowie zum Abbau vorhandener struktureller und "
        "individueller Benachteiligung beizutragen."
    ): (
        "هدف عمل مفوّضة الاندماج وشؤون الأجانب هو دفع اندماج الأشخاص ذوي الخلفية المهاجرة على المستوى البلدي، "
        "والمساهمة في الحدّ من التمييز البنيوي والفردي القائم."
    ),
    (
        "Die Aufgaben der Integrations- und Ausländerbeauftragten ergeben sich vorrangig aus Art. 3 Abs. 3 des "
        "Grundgesetzes und aus Art. 18 Abs. 3 der Sächsischen Verfassung, dort heißt es jeweils:"
    ): (
        "تنبع مهام مفوّضة الاندماج وشؤون الأجانب في المقام الأول من المادة 3 الفقرة 3 من Grundgesetz (القانون "
        "الأساسي) ومن المادة 18 الفقرة 3 من Sächsische Verfassung (دستور ساكسونيا)، وينص كلاهما على:"
    ),
    "Zu den Aufgaben der Integrations- und Ausländerbeauftragten gehören:": "تشمل مهام مفوّضة الاندماج وشؤون الأجانب:",
    (
        "Förderung des Bewusstseins für die Integration von Menschen mit Migrationshintergrund in der "
        "Öffentlichkeit und Fachöffentlichkeit durch Veranstaltungen, Seminare, Medienarbeit, Aktionen, "
        "Informationen, Broschüren"
    ): (
        "تعزيز الوعي باندماج الأشخاص ذوي الخلفية المهاجرة لدى الرأي العام والأوساط المتخصصة من خلال الفعاليات "
        "والندوات والعمل الإعلامي والحملات والمعلومات والكتيّبات"
    ),
    (
        "Analyse der realen Lebenslage von Frauen und Männern mit Migrationshintergrund in Dresden durch "
        "Erarbeitung eines periodischen Situationsberichtes"
    ): ("تحليل الوضع المعيشي الفعلي للنساء والرجال ذوي الخلفية المهاجرة في دريسدن من خلال إعداد تقرير دوري عن الوضع"),
    (
        "Abbau bestehender und Vermeidung künftiger Benachteiligung durch Initiierung von Projekten und durch "
        "Auseinandersetzung mit der Situation in der Kommune"
    ): ("الحدّ من التمييز القائم ومنع التمييز في المستقبل من خلال إطلاق المشاريع ومعالجة الوضع في البلدية"),
    (
        "Sicherung von Chancengleichheit für Menschen mit Migrationshintergrund bei kommunalen Entscheidungen zu "
        "Fragen der Arbeitswelt, Gesundheit, Erziehung, Familie, Bildung, Kultur, Stadtplanung, Politik und so "
        "weiter und des gesamten sozialen Umfeldes durch"
    ): (
        "ضمان تكافؤ الفرص للأشخاص ذوي الخلفية المهاجرة في القرارات البلدية المتعلقة بمسائل العمل والصحة والتربية "
        "والأسرة والتعليم والثقافة والتخطيط العمراني والسياسة وغيرها، وبالبيئة الاجتماعية بأكملها، من خلال"
    ),
    "Einflussnahme in relevanten Gremien": "التأثير في اللجان المعنية",
    "Zusammenarbeit mit dem Ausländerbeirat": "التعاون مع Ausländerbeirat (المجلس الاستشاري للأجانب)",
    "Einbringen von integrationspolitischen Anliegen und Forderungen und": "طرح قضايا ومطالب سياسة الاندماج، و",
    "Sichtung der Stadtratsvorlagen und Erarbeiten von Stellungnahmen": (
        "مراجعة مشاريع القرارات المقدمة إلى مجلس المدينة وإعداد الآراء بشأنها"
    ),
    "Zusammenarbeit mit Stadträtinnen und Stadträten, Personalrat, Verbänden, Vereinen und Organisationen": (
        "التعاون مع عضوات وأعضاء مجلس المدينة ومجلس الموظفين والاتحادات والجمعيات والمنظمات"
    ),
    (
        "Begleitung und Kontrolle der Arbeit der einzelnen Fachämter in Bezug auf die Integration von Menschen mit "
        "Migrationshintergrund"
    ): ("مرافقة عمل الدوائر المتخصصة المختلفة ومراقبته فيما يتعلق باندماج الأشخاص ذوي الخلفية المهاجرة"),
    "Erstberatung von Rat suchenden Frauen und Männern mit Migrationshintergrund im Einzelfall": (
        "استشارة أولية للنساء والرجال ذوي الخلفية المهاجرة الباحثين عن المشورة في حالات فردية"
    ),
    "Unterstützung der Tätigkeit von Vereinen und Initiativen": "دعم نشاط الجمعيات والمبادرات",
    "Unterstützung der interkulturellen Arbeit mit Mädchen und Jungen": "دعم العمل بين الثقافات مع الفتيات والفتيان",
    "Erarbeitung, Begleitung der Umsetzung und Fortschreibung des Integrationskonzeptes": (
        "إعداد مفهوم الاندماج ومرافقة تنفيذه وتحديثه"
    ),
    "nach Vereinbarung": "بموعد مسبق",
    "Ausländerbehörde": "دائرة شؤون الأجانب (Ausländerbehörde)",
    "Bei Fragen zu Ihrem Aufenthalt": "للأسئلة المتعلقة بإقامتك",
    "Situationsbericht": "تقرير الوضع",
    "Analyse der realen Lebenslage von Frauen und Männern mit Migrationshintergrund in Dresden": (
        "تحليل الوضع المعيشي الفعلي للنساء والرجال ذوي الخلفية المهاجرة في دريسدن"
    ),
    "periodisch": "دوريًا",
    "Integrationskonzept": "مفهوم الاندماج",
    "Schließtag am 13. November 2024": "يوم إغلاق في 13 نوفمبر 2024",
    (
        "Das Büro ist am Mittwoch, den 13. November 2024 geschlossen. Für etwaige Anfragen ist das Team ab 14. "
        "November wieder erreichbar."
    ): (
        "المكتب مغلق يوم الأربعاء 13 نوفمبر 2024. يمكن التواصل مع الفريق مجددًا بخصوص أي استفسارات اعتبارًا من 14 نوفمبر."
    ),
    (
        "“No person shall be disfavoured or favoured because of sex, parentage, race, language, homeland and "
        "origin, faith, or religious or political opinions.”"
    ): (
        "«لا يجوز أن يُميَّز أحد أو يُفضَّل بسبب جنسه أو نسبه أو عرقه أو لغته أو موطنه وأصله أو معتقده أو آرائه "
        "الدينية أو السياسية.»"
    ),
}
