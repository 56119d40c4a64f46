"""Ukrainian texts of sample_content.offices.gera, keyed by the German text they translate (texts not already in
a module before it).
"""

TEXTS = {
    "Stadt Gera": "Місто Гера",
    "Migrations- und Integrationsbeauftragte": "Уповноважена з питань міграції та інтеграції",
    "Neu in Deutschland? Willkommen in Gera!": "Нові в Німеччині? Ласкаво просимо до Гери!",
    (
        "Die Migrations- und Integrationsbeauftragte der Stadt Gera wirkt als Fürsprecherin der in Gera lebenden "
        "Menschen mit Zuwanderungsgeschichte. Sie arbeitet darauf hin, dass deren Interessen bei kommunalen "
        "Planungen und Entscheidungen ausreichend berücksichtigt werden."
    ): (
        "Уповноважена з питань міграції та інтеграції міста Гера виступає захисницею людей з імміграційною "
        "історією, які живуть у Гері. Вона працює над тим, щоб їхні інтереси належно враховувалися в муніципальному "
        "плануванні та рішеннях."
    ),
    (
        "Sie fördert das partnerschaftliche Zusammenleben von Menschen mit und ohne Migrationshintergrund und "
        "unterstützt die Integration von Menschen aus anderen Kulturen.\nDie Migrationsbeauftragte gestaltet und "
        "beteiligt sich an Veranstaltungen und Projekten zur Förderung von Toleranz und Demokratie, unterstützt die "
        "Flüchtlingssozialarbeit, betreibt Öffentlichkeitsarbeit gegen Fremdenfeindlichkeit in Zusammenarbeit mit "
        "anderen Trägern und unterstützt ethnische Minderheiten bei der Bewahrung ihrer kulturellen Identität"
    ): (
        "Вона сприяє партнерському співіснуванню людей з міграційним походженням і без нього та підтримує "
        "інтеграцію людей з інших культур.\nУповноважена з питань міграції організовує заходи та проєкти на "
        "підтримку толерантності й демократії та бере в них участь, підтримує соціальну роботу з біженцями, веде "
        "просвітницьку роботу проти ксенофобії разом з іншими організаціями та підтримує етнічні меншини у "
        "збереженні їхньої культурної ідентичності"
    ),
    "Exekutive ausländerrechtliche Befugnisse hat sie nicht.": (
        "Виконавчих повноважень у сфері права іноземців вона не має."
    ),
    "Koordinatorin": "Координаторка",
    "Mitglied": "Членкиня",
    "Mitglied und Koordinatorin": "Членкиня та координаторка",
    "beratendes Mitglied": "Дорадча членкиня",
    "Mitwirkende": "Учасниця",
    "Integrationspreis": "Премія за інтеграцію",
    "Stadt Gera verleiht Integrationspreis": "Місто Гера присуджує премію за інтеграцію",
    (
        "Die Stadt Gera würdigt erfolgreiches Engagement für ein gleichberechtigtes Miteinander von Kindern und "
        "Jugendlichen mit und ohne Zuwanderungsgeschichte mit dem ersten Geraer Integrationspreis. Der Preis steht "
        "unter dem Motto „Schule macht (Dich!) stark“ und richtet sich an Bildungseinrichtungen der Stadt Gera."
    ): (
        "Першою Герською премією за інтеграцію місто Гера відзначає успішну діяльність на користь рівноправного "
        "співжиття дітей і молоді з імміграційною історією та без неї. Девіз премії — „Schule macht (Dich!) stark“ "
        "(«Школа робить (тебе!) сильним»); вона призначена для освітніх закладів міста Гера."
    ),
    "Bildungseinrichtungen der Stadt Gera": "Освітні заклади міста Гера",
    (
        "Voraussetzung für Bewerbung oder Vorschlag ist die fristgemäße Einreichung der vollständigen "
        "Bewerbungsunterlagen bis zum 28. April 2017. Das Bewerbungsformular finden Sie im Downloadbereich auf "
        "dieser Seite."
    ): (
        "Умова для подання заявки або пропозиції — своєчасне подання повного пакета документів до 28 квітня 2017 "
        "року. Форму заявки ви знайдете в розділі завантажень на цій сторінці."
    ),
    (
        "Der Integrationspreis wird mit Mitteln aus dem Europäischen Sozialfonds ESF gefördert durch das Projekt "
        "Integrationsmanagement und ist insgesamt mit 3.500 Euro dotiert."
    ): (
        "Премію за інтеграцію фінансує Європейський соціальний фонд (ESF) через проєкт Integrationsmanagement "
        "(управління інтеграцією); загальний призовий фонд становить 3 500 євро."
    ),
}
