"""Turkish texts of sample_content.consultations, keyed by the German text they translate (texts not already in
a module before it).
"""

TEXTS = {
    "Erstberatung in Fragen der Chancengleichheit": "Fırsat eşitliği konularında ilk danışmanlık",
    (
        "Erstberatung Rat suchender Frauen, Männer und Familien in Fragen der Chancengleichheit, Unterstützung von "
        "Frauen und Familien in besonderen oder prekären Lebenslagen."
    ): (
        "Fırsat eşitliği konularında danışmak isteyen kadınlara, erkeklere ve ailelere ilk danışmanlık; özel veya "
        "güç yaşam koşullarındaki kadınlara ve ailelere destek."
    ),
    "Rat suchende Frauen, Männer und Familien": "Danışmak isteyen kadınlar, erkekler ve aileler",
    "Erstberatung zum Gewaltschutz": "Şiddetten korunma konusunda ilk danışmanlık",
    "Menschen, die Gewalt erleben oder erlebt haben": "Şiddete maruz kalan veya kalmış insanlar",
    "In akuter Gefahr rufen Sie die Polizei: 110.": "Acil tehlike durumunda polisi arayın: 110.",
    "Beratung in aufenthaltsrechtlichen Fragen, Flüchtlings- und Asylrecht": (
        "Oturum hukuku, mülteci ve sığınma hukuku konularında danışmanlık"
    ),
    (
        "Beratung in aufenthaltsrechtlichen Fragen, Flüchtlings- und Asylrecht sowie Vermittlung an weiterführende "
        "Beratungsstellen."
    ): ("Oturum hukuku, mülteci ve sığınma hukuku konularında danışmanlık ve diğer danışma merkezlerine yönlendirme."),
    "Alle, die dauerhaft oder zeitweise in Zwickau leben, unabhängig ihrer Herkunft": (
        "Kökeninden bağımsız olarak Zwickau'da sürekli veya geçici olarak yaşayan herkes"
    ),
    "Über den Sprach- und Kulturmittlerdienst der Stadt Zwickau und des Landkreises.": (
        "Zwickau Şehri ve ilçesinin dil ve kültür aracılığı hizmeti üzerinden."
    ),
    "Erstberatung bei Diskriminierung": "Ayrımcılık durumunda ilk danışmanlık",
    "Menschen, die Diskriminierung erfahren haben": "Ayrımcılığa uğramış insanlar",
    "Erstberatung für Menschen mit Migrationshintergrund": "Göçmen kökenli insanlar için ilk danışmanlık",
    "Erstberatung von Rat suchenden Frauen und Männern mit Migrationshintergrund im Einzelfall.": (
        "Danışmak isteyen göçmen kökenli kadın ve erkeklere bireysel durumlarda ilk danışmanlık."
    ),
    "Frauen und Männer mit Migrationshintergrund": "Göçmen kökenli kadınlar ve erkekler",
    "Über Ihren Aufenthalt entscheidet die Ausländerbehörde.": (
        "Oturumunuz hakkında yabancılar dairesi (Ausländerbehörde) karar verir."
    ),
    "Bürgersprechstunde": "Vatandaş görüşme saati",
    "Individuelle Unterstützung und Begleitung bei der beruflichen und sozialen Integration.": (
        "Mesleki ve sosyal entegrasyonda bireysel destek ve rehberlik."
    ),
    (
        "(Neu-)Zuwanderer aus der EU oder Drittstaaten, bereits länger in Gmünd lebende Migrantinnen und Migranten, "
        "anerkannte Asylbewerberinnen und Asylbewerber"
    ): (
        "AB'den veya üçüncü ülkelerden (yeni) göçmenler, uzun süredir Gmünd'de yaşayan göçmenler, tanınmış sığınmacılar"
    ),
    "Beratung für Menschen mit Zuwanderungsgeschichte": "Göç geçmişine sahip insanlar için danışmanlık",
    (
        "Die Migrations- und Integrationsbeauftragte ist Fürsprecherin der in Gera lebenden Menschen mit "
        "Zuwanderungsgeschichte und unterstützt ihre Integration."
    ): (
        "Göç ve entegrasyon sorumlusu, Gera'da yaşayan göç geçmişine sahip insanların savunucusudur ve onların "
        "entegrasyonunu destekler."
    ),
    "Menschen mit Zuwanderungsgeschichte in Gera, auch Neuankommende": (
        "Gera'da göç geçmişine sahip insanlar, yeni gelenler dahil"
    ),
    "Anlauf- und Beratungsstelle": "Başvuru ve danışma noktası",
    "Alle Menschen, die in Kassel leben": "Kassel'de yaşayan herkes",
    "Anlaufstelle für Wünsche und Beschwerden": "İstek ve şikâyetler için başvuru noktası",
    "Kasseler Bürgerinnen": "Kasselli kadın vatandaşlar",
    "Beratung für Betroffene von Diskriminierung": "Ayrımcılığa uğrayanlar için danışmanlık",
    "Menschen in Kassel, die Diskriminierung erfahren": "Kassel'de ayrımcılığa uğrayan insanlar",
}
