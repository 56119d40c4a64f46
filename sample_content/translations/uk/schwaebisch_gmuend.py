"""Ukrainian texts of sample_content.offices.schwaebisch_gmuend, keyed by the German text they translate (texts
not already in a module before it).
"""

TEXTS = {
    "Stadt Schwäbisch Gmünd": "Місто Швебіш-Гмюнд",
    "Stabsstelle Integration": "Штабний відділ з питань інтеграції",
    "Zuwanderung und Integration in Schwäbisch Gmünd": "Імміграція та інтеграція у Швебіш-Гмюнді",
    "(Neu-)Zuwanderer aus der Europäischen Union (EU) oder Drittstaaten": (
        "(Нові) іммігранти з Європейського Союзу (ЄС) або третіх країн"
    ),
    (
        "Bereits (länger) in GD lebende Migrant/Innen, die noch Unterstützung bei der beruflichen und/oder sozialen "
        "Integration benötigen"
    ): (
        "Мігрантки та мігранти, які вже (довше) живуть у GD і ще потребують підтримки в професійній та/або "
        "соціальній інтеграції"
    ),
    (
        "anerkannte Asylbewerber/-innen bzw. dann Menschen mit Migrationshintergrund (nach der gesetzl. "
        "Definition), die schnell beruflich und damit sozial integriert werden können und sollen"
    ): (
        "визнані шукачі та шукачки притулку, а також люди з міграційним походженням (за визначенням закону), яких "
        "можна і слід швидко інтегрувати в професійне, а отже, і в соціальне життя"
    ),
    "Steuerung und stetige Weiterentwicklung des Gmünder Integrationsprozesses": (
        "Управління та постійний розвиток інтеграційного процесу в Гмюнді"
    ),
    "Umsetzung der Integrationskonzept/e – aktuell: „Gmünder Weg für alle": (
        "Втілення концепції (концепцій) інтеграції — нині: „Gmünder Weg für alle“ (Гмюндський шлях для всіх)"
    ),
    "Begleitung und Geschäftsführung des Integrationsbeirates und der stadtinternen Fachgruppe Zuwanderung": (
        "Супровід і ведення справ Integrationsbeirat (дорадчої ради з питань інтеграції) та внутрішньоміської "
        "Fachgruppe Zuwanderung (фахової групи з питань імміграції)"
    ),
    "Ansprechpartner für migrations- und integrationsrelevante Fragen": (
        "Контактна особа з питань, що стосуються міграції та інтеграції"
    ),
    "Bindeglied zwischen den Expertengruppen und städtischen Gremien": (
        "Сполучна ланка між експертними групами та міськими комісіями"
    ),
    (
        "Schnittstelle zur Projektstelle für Integration und für Flüchtlinge (PFiFF) – Stichwort: Abstimmung der "
        "Integrations- und Flüchtlingsarbeit"
    ): (
        "Взаємодія з Projektstelle für Integration und für Flüchtlinge (PFiFF, проєктним бюро з питань інтеграції "
        "та біженців) — ключове слово: узгодження роботи з інтеграції та з біженцями"
    ),
    "Anlaufstelle für die o.g. Zielgruppe/n": "Пункт звернення для згаданої вище цільової групи (груп)",
    (
        "Bürgersprechstunde für die o.g. Zielgruppe/n – hier: Individuelle Unterstützung und Begleitung bei der "
        "beruflichen und sozialen Integration"
    ): (
        "Прийомні години для громадян для згаданої вище цільової групи (груп) — тут: індивідуальна підтримка та "
        "супровід у професійній і соціальній інтеграції"
    ),
    (
        "Kontakte, Vernetzung und verstärkte Einbindung von Migrantenorganisationen – auch: verstärkte Einbindung "
        "der weiblichen Vertreterinnen von Migrantenorganisationen"
    ): (
        "Контакти, налагодження зв'язків і активніше залучення організацій мігрантів — також: активніше залучення "
        "представниць організацій мігрантів"
    ),
    "Planung und Durchführung der jährlichen öffentlichen Integrationsforen": (
        "Планування та проведення щорічних відкритих інтеграційних форумів"
    ),
    (
        "Organisation der Umsetzung der aus den öffentlichen Integrationsforen resultierenden "
        "Beteiligungsmöglichkeiten und Projektideen"
    ): ("Організація втілення можливостей участі та проєктних ідей, що виникають з відкритих інтеграційних форумів"),
    "Bildungspartnerschaften mit Migrantenorganisationen in Zusammenarbeit mit dem kommunalen Bildungsbüro": (
        "Освітні партнерства з організаціями мігрантів у співпраці з муніципальним освітнім бюро (Bildungsbüro)"
    ),
    (
        "Umsetzung und Steuerung, Bündelung, Koordinierung und Ausbau bestehender sowie Initiierung neuer "
        "Integrationsangebote (z.B. Informationsveranstaltungen, kulturelle Veranstaltungen, Ausstellungen usw.)"
    ): (
        "Втілення та управління, об'єднання, координація та розширення наявних, а також ініціювання нових "
        "інтеграційних пропозицій (наприклад, інформаційних заходів, культурних заходів, виставок тощо)"
    ),
    "Begleitung des Interreligiösen Dialogs": "Супровід міжрелігійного діалогу",
    "Betreuung und Steuerung der Handlungsfelder 4 (Soziales, Gesundheit und Sport) und 5 (Aktives Zusammenleben)": (
        "Опікування та управління напрямами діяльності 4 (соціальна сфера, здоров'я і спорт) та 5 (активне "
        "співіснування)"
    ),
    (
        "Weiterentwicklung der Stadtverwaltung Schwäbisch Gmünd (GD) zur Willkommensbehörde – hier: Integration als "
        "Querschnittsaufgabe"
    ): (
        "Розвиток міської адміністрації Швебіш-Гмюнда (GD) у відомство гостинності — тут: інтеграція як наскрізне "
        "завдання"
    ),
    "Beratung und Begleitung von „Gmünd 2020“, dem Strategieprozess für eine nachhaltige Stadtentwicklung": (
        "Консультування та супровід „Gmünd 2020“ — стратегічного процесу сталого розвитку міста"
    ),
    "Fortschreibung und Aktualisierung der Willkommensmappe": (
        "Доповнення та оновлення вітальної папки (Willkommensmappe)"
    ),
    "Durchführung und Weiterentwicklung des „Tag der Kulturen“": (
        "Проведення та подальший розвиток „Tag der Kulturen“ (Дня культур)"
    ),
    "Erstellung des Integrationsberichtes und Erhebung aktueller Zahlen der Zuwanderung": (
        "Підготовка звіту про інтеграцію та збирання актуальних даних про імміграцію"
    ),
    "Gmünder Weg für alle": "Gmünder Weg für alle (Гмюндський шлях для всіх)",
    "Tag der Kulturen": "День культур (Tag der Kulturen)",
    "Integrationsforen": "Інтеграційні форуми",
    "jährlich": "щороку",
    "Integrationsbericht": "Звіт про інтеграцію",
    "Willkommensmappe": "Вітальна папка",
}
