"""Persian texts of sample_content.consultations, keyed by the German text they translate (texts not already in
a module before it).
"""

TEXTS = {
    "Erstberatung in Fragen der Chancengleichheit": "مشاوره اولیه در مسائل برابری فرصت‌ها",
    (
        "Erstberatung Rat suchender Frauen, Männer und Familien in Fragen der Chancengleichheit, Unterstützung von "
        "Frauen und Familien in besonderen oder prekären Lebenslagen."
    ): (
        "مشاوره اولیه برای زنان، مردان و خانواده‌های جویای مشاوره در مسائل برابری فرصت‌ها، حمایت از زنان و "
        "خانواده‌ها در شرایط خاص یا دشوار زندگی."
    ),
    "Rat suchende Frauen, Männer und Familien": "زنان، مردان و خانواده‌های جویای مشاوره",
    "Erstberatung zum Gewaltschutz": "مشاوره اولیه درباره محافظت در برابر خشونت",
    "Menschen, die Gewalt erleben oder erlebt haben": "افرادی که خشونت را تجربه می‌کنند یا تجربه کرده‌اند",
    "In akuter Gefahr rufen Sie die Polizei: 110.": "در خطر فوری با پلیس تماس بگیرید: 110.",
    "Beratung in aufenthaltsrechtlichen Fragen, Flüchtlings- und Asylrecht": (
        "مشاوره در مسائل حقوق اقامت، حقوق پناهندگان و پناهندگی"
    ),
    (
        "Beratung in aufenthaltsrechtlichen Fragen, Flüchtlings- und Asylrecht sowie Vermittlung an weiterführende "
        "Beratungsstellen."
    ): ("مشاوره در مسائل حقوق اقامت، حقوق پناهندگان و پناهندگی و ارجاع به مراکز مشاوره دیگر."),
    "Alle, die dauerhaft oder zeitweise in Zwickau leben, unabhängig ihrer Herkunft": (
        "همه کسانی که به طور دائم یا موقت در تسویکاو زندگی می‌کنند، صرف نظر از خاستگاهشان"
    ),
    "Über den Sprach- und Kulturmittlerdienst der Stadt Zwickau und des Landkreises.": (
        "از طریق خدمات میانجی‌گری زبانی و فرهنگی شهر تسویکاو و شهرستان."
    ),
    "Erstberatung bei Diskriminierung": "مشاوره اولیه در صورت تبعیض",
    "Menschen, die Diskriminierung erfahren haben": "افرادی که تبعیض را تجربه کرده‌اند",
    "Erstberatung für Menschen mit Migrationshintergrund": "مشاوره اولیه برای افراد دارای پیشینه مهاجرت",
    "Erstberatung von Rat suchenden Frauen und Männern mit Migrationshintergrund im Einzelfall.": (
        "مشاوره اولیه برای زنان و مردان دارای پیشینه مهاجرت که جویای مشاوره‌اند، در موارد فردی."
    ),
    "Frauen und Männer mit Migrationshintergrund": "زنان و مردان دارای پیشینه مهاجرت",
    "Über Ihren Aufenthalt entscheidet die Ausländerbehörde.": (
        "درباره اقامت شما اداره امور خارجیان (Ausländerbehörde) تصمیم می‌گیرد."
    ),
    "Bürgersprechstunde": "ساعات ملاقات شهروندان",
    "Individuelle Unterstützung und Begleitung bei der beruflichen und sozialen Integration.": (
        "حمایت و همراهی فردی در ادغام شغلی و اجتماعی."
    ),
    (
        "(Neu-)Zuwanderer aus der EU oder Drittstaaten, bereits länger in Gmünd lebende Migrantinnen und Migranten, "
        "anerkannte Asylbewerberinnen und Asylbewerber"
    ): (
        "مهاجران (تازه‌وارد) از اتحادیه اروپا یا کشورهای ثالث، مهاجرانی که مدت‌هاست در گموند زندگی می‌کنند، "
        "پناهجویان پذیرفته‌شده"
    ),
    "Beratung für Menschen mit Zuwanderungsgeschichte": "مشاوره برای افراد دارای سابقه مهاجرت",
    (
        "Die Migrations- und Integrationsbeauftragte ist Fürsprecherin der in Gera lebenden Menschen mit "
        "Zuwanderungsgeschichte und unterstützt ihre Integration."
    ): (
        "مسئول امور مهاجرت و ادغام مدافع افراد دارای سابقه مهاجرت است که در گرا زندگی می‌کنند و از ادغام آنان حمایت "
        "می‌کند."
    ),
    "Menschen mit Zuwanderungsgeschichte in Gera, auch Neuankommende": (
        "افراد دارای سابقه مهاجرت در گرا، از جمله تازه‌واردان"
    ),
    "Anlauf- und Beratungsstelle": "مرکز مراجعه و مشاوره",
    "Alle Menschen, die in Kassel leben": "همه کسانی که در کاسل زندگی می‌کنند",
    "Anlaufstelle für Wünsche und Beschwerden": "مرجع رسیدگی به خواسته‌ها و شکایات",
    "Kasseler Bürgerinnen": "شهروندان زن کاسل",
    "Beratung für Betroffene von Diskriminierung": "مشاوره برای افرادی که دچار تبعیض شده‌اند",
    "Menschen in Kassel, die Diskriminierung erfahren": "افرادی در کاسل که تبعیض را تجربه می‌کنند",
}
