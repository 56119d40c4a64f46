"""Ukrainian texts of sample_content.offices.zwickau, keyed by the German text they translate (texts first used
there; the others reuse them).
"""

TEXTS = {
    "Stadt Zwickau": "Місто Цвіккау",
    "Gleichstellungsbeauftragte": "Уповноважена з питань рівності",
    (
        "Ziel der Arbeit der Gleichstellungsbeauftragten ist die Verwirklichung des Grundrechts auf "
        "Gleichberechtigung und Chancengleichheit."
    ): ("Мета роботи уповноваженої з питань рівності — втілення основного права на рівноправність і рівні можливості."),
    "Aufgaben": "Завдання",
    "Deshalb arbeitet sie:": "Тому вона працює:",
    "an der Förderung des Bewusstseins für Gleichstellung und Gleichberechtigung,": (
        "над підвищенням обізнаності щодо рівності та рівноправності,"
    ),
    "zum Abbau von geschlechterspezifischer Benachteiligung": "над усуненням дискримінації за ознакою статі",
    "am Abbau bestehender und der Vermeidung von Benachteiligung in der Stadt mittels entsprechender Projektarbeit": (
        "над усуненням наявної та запобіганням дискримінації в місті за допомогою відповідної проєктної роботи"
    ),
    "Einbringen gleichstellungsrelevanter Anliegen und Forderungen in die kommunale Arbeit": (
        "Внесення питань і вимог, важливих для рівності, у роботу муніципалітету"
    ),
    "weitere Aufgabenfelder": "Інші напрями роботи",
    "Unterstützung von Frauen und Familien in besonderen oder prekären Lebenslagen": (
        "Підтримка жінок і сімей в особливих або скрутних життєвих обставинах"
    ),
    "Erstberatung Rat suchender Frauen, Männer und Familien in Fragen der Chancengleichheit": (
        "Первинна консультація жінок, чоловіків і сімей, які шукають поради з питань рівних можливостей"
    ),
    "Gewaltschutzerstberatunbg": "Первинна консультація щодо захисту від насильства",
    "Förderung des LSBTTIQ-Ansatzes": "Сприяння підходу ЛГБТТІК",
    "Begleitung und Kontrolle der Arbeit der Fachbereiche in Bezug auf Gleichstellungsfragen": (
        "Супровід і контроль роботи профільних підрозділів щодо питань рівності"
    ),
    "Ausländer- und Integrationsbeauftragte": "Уповноважена у справах іноземців та інтеграції",
    (
        "Grundsätzliches Ziel der Arbeit der Ausländer- und Integrationsbeauftragten ist die Förderung von "
        "Chancengleichheit aller in der Stadt dauerhaft oder zeitweise lebender Einwohnerinnen und Einwohner, "
        "unabhängig ihrer kulturellen und ethnischen Herkunft."
    ): (
        "Основна мета роботи уповноваженої у справах іноземців та інтеграції — сприяти рівним можливостям для всіх "
        "мешканок і мешканців, які постійно або тимчасово живуть у місті, незалежно від їхнього культурного та "
        "етнічного походження."
    ),
    "Dementsprechend sind ihre Aufgaben:": "Відповідно, її завдання:",
    (
        "Beratung in aufenthaltsrechtlichen Fragen, Flüchtlings- und Asylrecht sowie Vermittlung an weiterführende "
        "Beratungsstellen"
    ): (
        "Консультації з питань права на перебування, права біженців і права притулку, а також направлення до інших "
        "консультаційних служб"
    ),
    "Erarbeitung und Durchführung von integrations- und migrationsspezifischen Konzepten und Projekten": (
        "Розроблення та втілення концепцій і проєктів, пов'язаних з інтеграцією та міграцією"
    ),
    (
        "Förderung integrativer Maßnahmen zum friedlichen Zusammenleben und der Integration unterschiedlicher "
        "ethnischer und kultureller Gruppen in der Stadtgesellschaft"
    ): (
        "Сприяння інтеграційним заходам для мирного співіснування та інтеграції різних етнічних і культурних груп у "
        "міську спільноту"
    ),
    "Förderung des interkulturellen Dialogs, der interkulturelle Öffnung der Verwaltung und Gesellschaft": (
        "Сприяння міжкультурному діалогу, міжкультурній відкритості адміністрації та суспільства"
    ),
    "Präventionsarbeit gegen Rassismus und Demokratiefeindlichkeit": (
        "Профілактична робота проти расизму та ворожості до демократії"
    ),
    "Antidiskriminierungserstberatung": "Первинна консультація щодо дискримінації",
    "Unterstützung bürgerschaftlichen Engagements in der Integrations- und Migrationsarbeit": (
        "Підтримка громадської активності в роботі з інтеграції та міграції"
    ),
    (
        "Kooperation und Vernetzung mit allen Institutionen, Einrichtungen, Vereinen und Initiativen, die am "
        "Integrationsprozess in der Stadt beteiligt sind"
    ): (
        "Співпраця та налагодження зв'язків з усіма установами, закладами, об'єднаннями та ініціативами, які беруть "
        "участь в інтеграційному процесі в місті"
    ),
    "Ansprechpartnerin für den Sprach- und Kulturmittlerdienst in der Stadt Zwickau und im Landkreis.": (
        "Контактна особа для служби мовного та культурного посередництва в місті Цвіккау та в районі."
    ),
    "Ansprechpartnerin für die Integrationsberatungsstelle in der Stadt Zwickau.": (
        "Контактна особа для інтеграційної консультаційної служби в місті Цвіккау."
    ),
    "Sprach- und Kulturmittlerdienst": "Служба мовного та культурного посередництва",
    (
        "Der Sprach- und Kulturmittlerdienst ist ein Kooperationsprojekt der Stadt Zwickau mit der Westsächsischen "
        "Hochschule Zwickau und wird finanziell gefördert durch den Landkreis Zwickau auf der Grundlage der "
        "Richtlinie Integrative Maßnahmen des Freistaates Sachsen."
    ): (
        "Служба мовного та культурного посередництва — це спільний проєкт міста Цвіккау з Westsächsische Hochschule "
        "Zwickau (вищою школою прикладних наук); її фінансово підтримує Landkreis Zwickau (район Цвіккау) на "
        "підставі настанови вільної держави Саксонія щодо інтеграційних заходів (Richtlinie Integrative Maßnahmen)."
    ),
    "Richtlinie Integrative Maßnahmen des Freistaates Sachsen": (
        "Настанова вільної держави Саксонія щодо інтеграційних заходів (Richtlinie Integrative Maßnahmen)"
    ),
}
