"""Russian texts of sample_content.offices.dresden, keyed by the German text they translate (texts not
already in a module before it).

The rendering of the quoted law has no German column; it is keyed by the English rendering."""

TEXTS = {
    "Landeshauptstadt Dresden": "Столица земли Дрезден",
    "Integrations- und Ausländerbeauftragte": "Уполномоченная по вопросам интеграции и делам иностранцев",
    (
        "Ziel der Arbeit der Integrations- und Ausländerbeauftragten ist es, die Integration von Menschen mit "
        "Migrationshintergrund auf kommunaler Ebene zu befördern sowie zum Abbau vorhandener struktureller und "
        "individueller Benachteiligung beizutragen."
    ): (
        "Цель работы уполномоченной по вопросам интеграции и делам иностранцев — способствовать интеграции людей с "
        "миграционным происхождением на муниципальном уровне и помогать устранять существующую структурную и "
        "индивидуальную дискриминацию."
    ),
    (
        "Die Aufgaben der Integrations- und Ausländerbeauftragten ergeben sich vorrangig aus Art. 3 Abs. 3 des "
        "Grundgesetzes und aus Art. 18 Abs. 3 der Sächsischen Verfassung, dort heißt es jeweils:"
    ): (
        "Задачи уполномоченной по вопросам интеграции и делам иностранцев вытекают прежде всего из ст. 3 абз. 3 "
        "Grundgesetz (Основного закона) и ст. 18 абз. 3 Sächsische Verfassung (Конституции Саксонии), в обоих "
        "говорится:"
    ),
    "Zu den Aufgaben der Integrations- und Ausländerbeauftragten gehören:": (
        "К задачам уполномоченной по вопросам интеграции и делам иностранцев относятся:"
    ),
    (
        "Förderung des Bewusstseins für die Integration von Menschen mit Migrationshintergrund in der "
        "Öffentlichkeit und Fachöffentlichkeit durch Veranstaltungen, Seminare, Medienarbeit, Aktionen, "
        "Informationen, Broschüren"
    ): (
        "Повышение осведомлённости общественности и профессионального сообщества об интеграции людей с миграционным "
        "происхождением с помощью мероприятий, семинаров, работы со СМИ, акций, информации, брошюр"
    ),
    (
        "Analyse der realen Lebenslage von Frauen und Männern mit Migrationshintergrund in Dresden durch "
        "Erarbeitung eines periodischen Situationsberichtes"
    ): (
        "Анализ реального жизненного положения женщин и мужчин с миграционным происхождением в Дрездене путём "
        "подготовки периодического доклада о положении"
    ),
    (
        "Abbau bestehender und Vermeidung künftiger Benachteiligung durch Initiierung von Projekten und durch "
        "Auseinandersetzung mit der Situation in der Kommune"
    ): (
        "Устранение существующей и предотвращение будущей дискриминации путём инициирования проектов и рассмотрения "
        "ситуации в муниципалитете"
    ),
    (
        "Sicherung von Chancengleichheit für Menschen mit Migrationshintergrund bei kommunalen Entscheidungen zu "
        "Fragen der Arbeitswelt, Gesundheit, Erziehung, Familie, Bildung, Kultur, Stadtplanung, Politik und so "
        "weiter und des gesamten sozialen Umfeldes durch"
    ): (
        "Обеспечение равных возможностей для людей с миграционным происхождением в муниципальных решениях по "
        "вопросам труда, здоровья, воспитания, семьи, образования, культуры, градостроительства, политики и т. д. и "
        "всей социальной среды путём"
    ),
    "Einflussnahme in relevanten Gremien": "влияния в соответствующих комиссиях",
    "Zusammenarbeit mit dem Ausländerbeirat": "сотрудничества с Ausländerbeirat (консультативным советом иностранцев)",
    "Einbringen von integrationspolitischen Anliegen und Forderungen und": (
        "внесения вопросов и требований интеграционной политики и"
    ),
    "Sichtung der Stadtratsvorlagen und Erarbeiten von Stellungnahmen": (
        "рассмотрения проектов решений городского совета и подготовки заключений"
    ),
    "Zusammenarbeit mit Stadträtinnen und Stadträten, Personalrat, Verbänden, Vereinen und Organisationen": (
        "Сотрудничество с депутатками и депутатами городского совета, советом персонала, союзами, объединениями и "
        "организациями"
    ),
    (
        "Begleitung und Kontrolle der Arbeit der einzelnen Fachämter in Bezug auf die Integration von Menschen mit "
        "Migrationshintergrund"
    ): (
        "Сопровождение и контроль работы отдельных профильных ведомств в вопросах интеграции людей с миграционным "
        "происхождением"
    ),
    "Erstberatung von Rat suchenden Frauen und Männern mit Migrationshintergrund im Einzelfall": (
        "Первичная консультация женщин и мужчин с миграционным происхождением, ищущих совета, в отдельных случаях"
    ),
    "Unterstützung der Tätigkeit von Vereinen und Initiativen": "Поддержка деятельности объединений и инициатив",
    "Unterstützung der interkulturellen Arbeit mit Mädchen und Jungen": (
        "Поддержка межкультурной работы с девочками и мальчиками"
    ),
    "Erarbeitung, Begleitung der Umsetzung und Fortschreibung des Integrationskonzeptes": (
        "Разработка концепции интеграции, сопровождение её реализации и обновление"
    ),
    "nach Vereinbarung": "по договорённости",
    "Ausländerbehörde": "Ведомство по делам иностранцев (Ausländerbehörde)",
    "Bei Fragen zu Ihrem Aufenthalt": "По вопросам вашего пребывания",
    "Situationsbericht": "Доклад о положении",
    "Analyse der realen Lebenslage von Frauen und Männern mit Migrationshintergrund in Dresden": (
        "Анализ реального жизненного положения женщин и мужчин с миграционным происхождением в Дрездене"
    ),
    "periodisch": "периодически",
    "Integrationskonzept": "Концепция интеграции",
    "Schließtag am 13. November 2024": "Закрыто 13 ноября 2024 года",
    (
        "Das Büro ist am Mittwoch, den 13. November 2024 geschlossen. Für etwaige Anfragen ist das Team ab 14. "
        "November wieder erreichbar."
    ): ("В среду, 13 ноября 2024 года, бюро закрыто. С любыми запросами к команде можно снова обратиться с 14 ноября."),
    (
        "“No person shall be disfavoured or favoured because of sex, parentage, race, language, homeland and "
        "origin, faith, or religious or political opinions.”"
    ): (
        "«Никто не может быть ущемлён или получить преимущество из-за своего пола, происхождения, расы, языка, "
        "родины и места рождения, вероисповедания, религиозных или политических взглядов.»"
    ),
}
