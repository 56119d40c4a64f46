"""Russian texts of sample_content.consultations, keyed by the German text they translate (texts not already in
a module before it).
"""

TEXTS = {
    "Erstberatung in Fragen der Chancengleichheit": "Первичная консультация по вопросам равных возможностей",
    (
        "Erstberatung Rat suchender Frauen, Männer und Familien in Fragen der Chancengleichheit, Unterstützung von "
        "Frauen und Familien in besonderen oder prekären Lebenslagen."
    ): (
        "Первичная консультация женщин, мужчин и семей, ищущих совета по вопросам равных возможностей, поддержка "
        "женщин и семей в особых или трудных жизненных ситуациях."
    ),
    "Rat suchende Frauen, Männer und Familien": "Женщины, мужчины и семьи, ищущие совета",
    "Erstberatung zum Gewaltschutz": "Первичная консультация по защите от насилия",
    "Menschen, die Gewalt erleben oder erlebt haben": "Люди, которые подвергаются или подвергались насилию",
    "In akuter Gefahr rufen Sie die Polizei: 110.": "При острой опасности звоните в полицию: 110.",
    "Beratung in aufenthaltsrechtlichen Fragen, Flüchtlings- und Asylrecht": (
        "Консультации по вопросам права на пребывание, права беженцев и права убежища"
    ),
    (
        "Beratung in aufenthaltsrechtlichen Fragen, Flüchtlings- und Asylrecht sowie Vermittlung an weiterführende "
        "Beratungsstellen."
    ): (
        "Консультации по вопросам права на пребывание, права беженцев и права убежища, а также направление в другие "
        "консультационные службы."
    ),
    "Alle, die dauerhaft oder zeitweise in Zwickau leben, unabhängig ihrer Herkunft": (
        "Все, кто постоянно или временно живёт в Цвиккау, независимо от происхождения"
    ),
    "Über den Sprach- und Kulturmittlerdienst der Stadt Zwickau und des Landkreises.": (
        "Через службу языкового и культурного посредничества города Цвиккау и района."
    ),
    "Erstberatung bei Diskriminierung": "Первичная консультация при дискриминации",
    "Menschen, die Diskriminierung erfahren haben": "Люди, которые столкнулись с дискриминацией",
    "Erstberatung für Menschen mit Migrationshintergrund": (
        "Первичная консультация для людей с миграционным происхождением"
    ),
    "Erstberatung von Rat suchenden Frauen und Männern mit Migrationshintergrund im Einzelfall.": (
        "Первичная консультация женщин и мужчин с миграционным происхождением, ищущих совета, в отдельных случаях."
    ),
    "Frauen und Männer mit Migrationshintergrund": "Женщины и мужчины с миграционным происхождением",
    "Über Ihren Aufenthalt entscheidet die Ausländerbehörde.": (
        "Решение о вашем пребывании принимает ведомство по делам иностранцев (Ausländerbehörde)."
    ),
    "Bürgersprechstunde": "Приёмные часы для граждан",
    "Individuelle Unterstützung und Begleitung bei der beruflichen und sozialen Integration.": (
        "Индивидуальная поддержка и сопровождение при профессиональной и социальной интеграции."
    ),
    (
        "(Neu-)Zuwanderer aus der EU oder Drittstaaten, bereits länger in Gmünd lebende Migrantinnen und Migranten, "
        "anerkannte Asylbewerberinnen und Asylbewerber"
    ): (
        "(Новые) иммигранты из ЕС или третьих стран, мигрантки и мигранты, уже давно живущие в Гмюнде, признанные "
        "соискатели и соискательницы убежища"
    ),
    "Beratung für Menschen mit Zuwanderungsgeschichte": "Консультации для людей с иммиграционной историей",
    (
        "Die Migrations- und Integrationsbeauftragte ist Fürsprecherin der in Gera lebenden Menschen mit "
        "Zuwanderungsgeschichte und unterstützt ihre Integration."
    ): (
        "Уполномоченная по вопросам миграции и интеграции — защитница людей с иммиграционной историей, живущих в "
        "Гере, она поддерживает их интеграцию."
    ),
    "Menschen mit Zuwanderungsgeschichte in Gera, auch Neuankommende": (
        "Люди с иммиграционной историей в Гере, включая недавно прибывших"
    ),
    "Anlauf- und Beratungsstelle": "Пункт обращения и консультаций",
    "Alle Menschen, die in Kassel leben": "Все люди, живущие в Касселе",
    "Anlaufstelle für Wünsche und Beschwerden": "Пункт обращения для пожеланий и жалоб",
    "Kasseler Bürgerinnen": "Жительницы Касселя",
    "Beratung für Betroffene von Diskriminierung": "Консультации для людей, пострадавших от дискриминации",
    "Menschen in Kassel, die Diskriminierung erfahren": "Люди в Касселе, сталкивающиеся с дискриминацией",
}
