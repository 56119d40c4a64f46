"""Russian texts of sample_content.offices.zwickau, keyed by the German text they translate (texts first used
there; the others reuse them).
"""

TEXTS = {
    "Stadt Zwickau": "Город Цвиккау",
    "Gleichstellungsbeauftragte": "Уполномоченная по вопросам равноправия",
    (
        "Ziel der Arbeit der Gleichstellungsbeauftragten ist die Verwirklichung des Grundrechts auf "
        "Gleichberechtigung und Chancengleichheit."
    ): (
        "Цель работы уполномоченной по вопросам равноправия — воплощение основного права на равноправие и равные "
        "возможности."
    ),
    "Aufgaben": "Задачи",
    "Deshalb arbeitet sie:": "Поэтому она работает:",
    "an der Förderung des Bewusstseins für Gleichstellung und Gleichberechtigung,": (
        "над повышением осведомлённости о равенстве и равноправии,"
    ),
    "zum Abbau von geschlechterspezifischer Benachteiligung": "над устранением дискриминации по признаку пола",
    "am Abbau bestehender und der Vermeidung von Benachteiligung in der Stadt mittels entsprechender Projektarbeit": (
        "над устранением существующей и предотвращением дискриминации в городе с помощью соответствующей проектной "
        "работы"
    ),
    "Einbringen gleichstellungsrelevanter Anliegen und Forderungen in die kommunale Arbeit": (
        "Внесение вопросов и требований, важных для равноправия, в работу муниципалитета"
    ),
    "weitere Aufgabenfelder": "Другие направления работы",
    "Unterstützung von Frauen und Familien in besonderen oder prekären Lebenslagen": (
        "Поддержка женщин и семей в особых или трудных жизненных ситуациях"
    ),
    "Erstberatung Rat suchender Frauen, Männer und Familien in Fragen der Chancengleichheit": (
        "Первичная консультация женщин, мужчин и семей, ищущих совета по вопросам равных возможностей"
    ),
    "Gewaltschutzerstberatunbg": "Первичная консультация по защите от насилия",
    "Förderung des LSBTTIQ-Ansatzes": "Содействие подходу ЛГБТТИК",
    "Begleitung und Kontrolle der Arbeit der Fachbereiche in Bezug auf Gleichstellungsfragen": (
        "Сопровождение и контроль работы профильных подразделений в вопросах равноправия"
    ),
    "Ausländer- und Integrationsbeauftragte": "Уполномоченная по делам иностранцев и интеграции",
    (
        "Grundsätzliches Ziel der Arbeit der Ausländer- und Integrationsbeauftragten ist die Förderung von "
        "Chancengleichheit aller in der Stadt dauerhaft oder zeitweise lebender Einwohnerinnen und Einwohner, "
        "unabhängig ihrer kulturellen und ethnischen Herkunft."
    ): (
        "Основная цель работы уполномоченной по делам иностранцев и интеграции — содействие равным возможностям для "
        "всех жительниц и жителей, постоянно или временно проживающих в городе, независимо от их культурного и "
        "этнического происхождения."
    ),
    "Dementsprechend sind ihre Aufgaben:": "Соответственно, её задачи:",
    (
        "Beratung in aufenthaltsrechtlichen Fragen, Flüchtlings- und Asylrecht sowie Vermittlung an weiterführende "
        "Beratungsstellen"
    ): (
        "Консультации по вопросам права на пребывание, права беженцев и права убежища, а также направление в другие "
        "консультационные службы"
    ),
    "Erarbeitung und Durchführung von integrations- und migrationsspezifischen Konzepten und Projekten": (
        "Разработка и реализация концепций и проектов, связанных с интеграцией и миграцией"
    ),
    (
        "Förderung integrativer Maßnahmen zum friedlichen Zusammenleben und der Integration unterschiedlicher "
        "ethnischer und kultureller Gruppen in der Stadtgesellschaft"
    ): (
        "Содействие интеграционным мерам для мирного сосуществования и интеграции различных этнических и культурных "
        "групп в городское сообщество"
    ),
    "Förderung des interkulturellen Dialogs, der interkulturelle Öffnung der Verwaltung und Gesellschaft": (
        "Содействие межкультурному диалогу, межкультурной открытости администрации и общества"
    ),
    "Präventionsarbeit gegen Rassismus und Demokratiefeindlichkeit": (
        "Профилактическая работа против расизма и враждебности к демократии"
    ),
    "Antidiskriminierungserstberatung": "Первичная консультация по вопросам дискриминации",
    "Unterstützung bürgerschaftlichen Engagements in der Integrations- und Migrationsarbeit": (
        "Поддержка гражданской активности в работе по интеграции и миграции"
    ),
    (
        "Kooperation und Vernetzung mit allen Institutionen, Einrichtungen, Vereinen und Initiativen, die am "
        "Integrationsprozess in der Stadt beteiligt sind"
    ): (
        "Сотрудничество и налаживание связей со всеми учреждениями, организациями, объединениями и инициативами, "
        "участвующими в интеграционном процессе в городе"
    ),
    "Ansprechpartnerin für den Sprach- und Kulturmittlerdienst in der Stadt Zwickau und im Landkreis.": (
        "Контактное лицо для службы языкового и культурного посредничества в городе Цвиккау и в районе."
    ),
    "Ansprechpartnerin für die Integrationsberatungsstelle in der Stadt Zwickau.": (
        "Контактное лицо для интеграционной консультационной службы в городе Цвиккау."
    ),
    "Sprach- und Kulturmittlerdienst": "Служба языкового и культурного посредничества",
    (
        "Der Sprach- und Kulturmittlerdienst ist ein Kooperationsprojekt der Stadt Zwickau mit der Westsächsischen "
        "Hochschule Zwickau und wird finanziell gefördert durch den Landkreis Zwickau auf der Grundlage der "
        "Richtlinie Integrative Maßnahmen des Freistaates Sachsen."
    ): (
        "Служба языкового и культурного посредничества — совместный проект города Цвиккау и Westsächsische "
        "Hochschule Zwickau (высшей школы прикладных наук); её финансирует Landkreis Zwickau (район Цвиккау) на "
        "основании директивы Свободного государства Саксония об интеграционных мерах (Richtlinie Integrative "
        "Maßnahmen)."
    ),
    "Richtlinie Integrative Maßnahmen des Freistaates Sachsen": (
        "Директива Свободного государства Саксония об интеграционных мерах (Richtlinie Integrative Maßnahmen)"
    ),
}
