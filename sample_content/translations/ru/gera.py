"""Russian texts of sample_content.offices.gera, keyed by the German text they translate (texts not already in a
module before it).
"""

TEXTS = {
    "Stadt Gera": "Город Гера",
    "Migrations- und Integrationsbeauftragte": "Уполномоченная по вопросам миграции и интеграции",
    "Neu in Deutschland? Willkommen in Gera!": "Вы недавно в Германии? Добро пожаловать в Геру!",
    (
        "Die Migrations- und Integrationsbeauftragte der Stadt Gera wirkt als Fürsprecherin der in Gera lebenden "
        "Menschen mit Zuwanderungsgeschichte. Sie arbeitet darauf hin, dass deren Interessen bei kommunalen "
        "Planungen und Entscheidungen ausreichend berücksichtigt werden."
    ): (
        "Уполномоченная по вопросам миграции и интеграции города Гера выступает защитницей людей с иммиграционной "
        "историей, живущих в Гере. Она добивается того, чтобы их интересы в достаточной мере учитывались при "
        "муниципальном планировании и принятии решений."
    ),
    (
        "Sie fördert das partnerschaftliche Zusammenleben von Menschen mit und ohne Migrationshintergrund und "
        "unterstützt die Integration von Menschen aus anderen Kulturen.\nDie Migrationsbeauftragte gestaltet und "
        "beteiligt sich an Veranstaltungen und Projekten zur Förderung von Toleranz und Demokratie, unterstützt die "
        "Flüchtlingssozialarbeit, betreibt Öffentlichkeitsarbeit gegen Fremdenfeindlichkeit in Zusammenarbeit mit "
        "anderen Trägern und unterstützt ethnische Minderheiten bei der Bewahrung ihrer kulturellen Identität"
    ): (
        "Она содействует партнёрскому сосуществованию людей с миграционным происхождением и без него и поддерживает "
        "интеграцию людей из других культур.\nУполномоченная по вопросам миграции организует мероприятия и проекты "
        "в поддержку толерантности и демократии и участвует в них, поддерживает социальную работу с беженцами, "
        "ведёт просветительскую работу против ксенофобии совместно с другими организациями и поддерживает "
        "этнические меньшинства в сохранении их культурной идентичности"
    ),
    "Exekutive ausländerrechtliche Befugnisse hat sie nicht.": (
        "Исполнительных полномочий в области права иностранцев у неё нет."
    ),
    "Koordinatorin": "Координатор",
    "Mitglied": "Член",
    "Mitglied und Koordinatorin": "Член и координатор",
    "beratendes Mitglied": "Член с совещательным голосом",
    "Mitwirkende": "Участница",
    "Integrationspreis": "Премия за интеграцию",
    "Stadt Gera verleiht Integrationspreis": "Город Гера присуждает премию за интеграцию",
    (
        "Die Stadt Gera würdigt erfolgreiches Engagement für ein gleichberechtigtes Miteinander von Kindern und "
        "Jugendlichen mit und ohne Zuwanderungsgeschichte mit dem ersten Geraer Integrationspreis. Der Preis steht "
        "unter dem Motto „Schule macht (Dich!) stark“ und richtet sich an Bildungseinrichtungen der Stadt Gera."
    ): (
        "Первой Герской премией за интеграцию город Гера отмечает успешную деятельность в пользу равноправного "
        "совместного проживания детей и молодёжи с иммиграционной историей и без неё. Девиз премии — „Schule macht "
        "(Dich!) stark“ («Школа делает (тебя!) сильным»); она предназначена для образовательных учреждений города "
        "Гера."
    ),
    "Bildungseinrichtungen der Stadt Gera": "Образовательные учреждения города Гера",
    (
        "Voraussetzung für Bewerbung oder Vorschlag ist die fristgemäße Einreichung der vollständigen "
        "Bewerbungsunterlagen bis zum 28. April 2017. Das Bewerbungsformular finden Sie im Downloadbereich auf "
        "dieser Seite."
    ): (
        "Условие подачи заявки или предложения — своевременная подача полного комплекта документов до 28 апреля "
        "2017 года. Форму заявки вы найдёте в разделе загрузок на этой странице."
    ),
    (
        "Der Integrationspreis wird mit Mitteln aus dem Europäischen Sozialfonds ESF gefördert durch das Projekt "
        "Integrationsmanagement und ist insgesamt mit 3.500 Euro dotiert."
    ): (
        "Премия за интеграцию финансируется из средств Европейского социального фонда (ESF) через проект "
        "Integrationsmanagement (управление интеграцией); общий призовой фонд составляет 3500 евро."
    ),
}
