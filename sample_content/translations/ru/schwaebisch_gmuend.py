"""Russian texts of sample_content.offices.schwaebisch_gmuend, keyed by the German text they translate (texts
not already in a module before it).
"""

TEXTS = {
    "Stadt Schwäbisch Gmünd": "Город Швебиш-Гмюнд",
    "Stabsstelle Integration": "Штабной отдел по вопросам интеграции",
    "Zuwanderung und Integration in Schwäbisch Gmünd": "Иммиграция и интеграция в Швебиш-Гмюнде",
    "(Neu-)Zuwanderer aus der Europäischen Union (EU) oder Drittstaaten": (
        "(Новые) иммигранты из Европейского союза (ЕС) или третьих стран"
    ),
    (
        "Bereits (länger) in GD lebende Migrant/Innen, die noch Unterstützung bei der beruflichen und/oder sozialen "
        "Integration benötigen"
    ): (
        "Мигрантки и мигранты, уже (давно) живущие в GD и всё ещё нуждающиеся в поддержке при профессиональной "
        "и/или социальной интеграции"
    ),
    (
        "anerkannte Asylbewerber/-innen bzw. dann Menschen mit Migrationshintergrund (nach der gesetzl. "
        "Definition), die schnell beruflich und damit sozial integriert werden können und sollen"
    ): (
        "признанные соискатели и соискательницы убежища, а также люди с миграционным происхождением (по определению "
        "закона), которых можно и нужно быстро интегрировать в профессиональную, а значит, и в социальную жизнь"
    ),
    "Steuerung und stetige Weiterentwicklung des Gmünder Integrationsprozesses": (
        "Управление интеграционным процессом в Гмюнде и его постоянное развитие"
    ),
    "Umsetzung der Integrationskonzept/e – aktuell: „Gmünder Weg für alle": (
        "Реализация концепции (концепций) интеграции — сейчас: „Gmünder Weg für alle“ (Гмюндский путь для всех)"
    ),
    "Begleitung und Geschäftsführung des Integrationsbeirates und der stadtinternen Fachgruppe Zuwanderung": (
        "Сопровождение и ведение дел Integrationsbeirat (консультативного совета по интеграции) и внутригородской "
        "Fachgruppe Zuwanderung (профильной группы по иммиграции)"
    ),
    "Ansprechpartner für migrations- und integrationsrelevante Fragen": (
        "Контактное лицо по вопросам, связанным с миграцией и интеграцией"
    ),
    "Bindeglied zwischen den Expertengruppen und städtischen Gremien": (
        "Связующее звено между экспертными группами и городскими комиссиями"
    ),
    (
        "Schnittstelle zur Projektstelle für Integration und für Flüchtlinge (PFiFF) – Stichwort: Abstimmung der "
        "Integrations- und Flüchtlingsarbeit"
    ): (
        "Взаимодействие с Projektstelle für Integration und für Flüchtlinge (PFiFF, проектным бюро по интеграции и "
        "беженцам) — ключевое слово: согласование работы по интеграции и с беженцами"
    ),
    "Anlaufstelle für die o.g. Zielgruppe/n": "Пункт обращения для названной выше целевой группы (групп)",
    (
        "Bürgersprechstunde für die o.g. Zielgruppe/n – hier: Individuelle Unterstützung und Begleitung bei der "
        "beruflichen und sozialen Integration"
    ): (
        "Приёмные часы для граждан для названной выше целевой группы (групп) — здесь: индивидуальная поддержка и "
        "сопровождение при профессиональной и социальной интеграции"
    ),
    (
        "Kontakte, Vernetzung und verstärkte Einbindung von Migrantenorganisationen – auch: verstärkte Einbindung "
        "der weiblichen Vertreterinnen von Migrantenorganisationen"
    ): (
        "Контакты, налаживание связей и более активное привлечение организаций мигрантов — а также: более активное "
        "привлечение представительниц организаций мигрантов"
    ),
    "Planung und Durchführung der jährlichen öffentlichen Integrationsforen": (
        "Планирование и проведение ежегодных открытых интеграционных форумов"
    ),
    (
        "Organisation der Umsetzung der aus den öffentlichen Integrationsforen resultierenden "
        "Beteiligungsmöglichkeiten und Projektideen"
    ): ("Организация реализации возможностей участия и проектных идей, возникающих на открытых интеграционных форумах"),
    "Bildungspartnerschaften mit Migrantenorganisationen in Zusammenarbeit mit dem kommunalen Bildungsbüro": (
        "Образовательные партнёрства с организациями мигрантов в сотрудничестве с муниципальным образовательным "
        "бюро (Bildungsbüro)"
    ),
    (
        "Umsetzung und Steuerung, Bündelung, Koordinierung und Ausbau bestehender sowie Initiierung neuer "
        "Integrationsangebote (z.B. Informationsveranstaltungen, kulturelle Veranstaltungen, Ausstellungen usw.)"
    ): (
        "Реализация и управление, объединение, координация и расширение существующих, а также инициирование новых "
        "интеграционных предложений (например, информационных мероприятий, культурных мероприятий, выставок и т. "
        "д.)"
    ),
    "Begleitung des Interreligiösen Dialogs": "Сопровождение межрелигиозного диалога",
    "Betreuung und Steuerung der Handlungsfelder 4 (Soziales, Gesundheit und Sport) und 5 (Aktives Zusammenleben)": (
        "Курирование и управление направлениями деятельности 4 (социальная сфера, здоровье и спорт) и 5 (активное "
        "сосуществование)"
    ),
    (
        "Weiterentwicklung der Stadtverwaltung Schwäbisch Gmünd (GD) zur Willkommensbehörde – hier: Integration als "
        "Querschnittsaufgabe"
    ): (
        "Развитие городской администрации Швебиш-Гмюнда (GD) в ведомство гостеприимства — здесь: интеграция как "
        "сквозная задача"
    ),
    "Beratung und Begleitung von „Gmünd 2020“, dem Strategieprozess für eine nachhaltige Stadtentwicklung": (
        "Консультирование и сопровождение „Gmünd 2020“ — стратегического процесса устойчивого развития города"
    ),
    "Fortschreibung und Aktualisierung der Willkommensmappe": (
        "Дополнение и обновление приветственной папки (Willkommensmappe)"
    ),
    "Durchführung und Weiterentwicklung des „Tag der Kulturen“": (
        "Проведение и дальнейшее развитие „Tag der Kulturen“ (Дня культур)"
    ),
    "Erstellung des Integrationsberichtes und Erhebung aktueller Zahlen der Zuwanderung": (
        "Подготовка доклада об интеграции и сбор актуальных данных об иммиграции"
    ),
    "Gmünder Weg für alle": "Gmünder Weg für alle (Гмюндский путь для всех)",
    "Tag der Kulturen": "День культур (Tag der Kulturen)",
    "Integrationsforen": "Интеграционные форумы",
    "jährlich": "ежегодно",
    "Integrationsbericht": "Доклад об интеграции",
    "Willkommensmappe": "Приветственная папка",
}
