"""Ukrainian texts of sample_content.offices.dresden, keyed by the German text they translate (texts not
already in a module before it).

The rendering of the quoted law has no German column; it is keyed by the English rendering."""

TEXTS = {
    "Landeshauptstadt Dresden": "Столиця землі Дрезден",
    "Integrations- und Ausländerbeauftragte": "Уповноважена з питань інтеграції та у справах іноземців",
    (
        "Ziel der Arbeit der Integrations- und Ausländerbeauftragten ist es, die Integration von Menschen mit "
        "Migrationshintergrund auf kommunaler Ebene zu befördern sowie zum Abbau vorhandener struktureller und "
        "individueller Benachteiligung beizutragen."
    ): (
        "Мета роботи уповноваженої з питань інтеграції та у справах іноземців — сприяти інтеграції людей з "
        "міграційним походженням на муніципальному рівні та допомагати усувати наявну структурну й індивідуальну "
        "дискримінацію."
    ),
    (
        "Die Aufgaben der Integrations- und Ausländerbeauftragten ergeben sich vorrangig aus Art. 3 Abs. 3 des "
        "Grundgesetzes und aus Art. 18 Abs. 3 der Sächsischen Verfassung, dort heißt es jeweils:"
    ): (
        "Завдання уповноваженої з питань інтеграції та у справах іноземців випливають передусім зі ст. 3 абз. 3 "
        "Grundgesetz (Основного закону) та зі ст. 18 абз. 3 Sächsische Verfassung (Конституції Саксонії), де в обох "
        "сказано:"
    ),
    "Zu den Aufgaben der Integrations- und Ausländerbeauftragten gehören:": (
        "До завдань уповноваженої з питань інтеграції та у справах іноземців належать:"
    ),
    (
        "Förderung des Bewusstseins für die Integration von Menschen mit Migrationshintergrund in der "
        "Öffentlichkeit und Fachöffentlichkeit durch Veranstaltungen, Seminare, Medienarbeit, Aktionen, "
        "Informationen, Broschüren"
    ): (
        "Підвищення обізнаності громадськості та фахової спільноти щодо інтеграції людей з міграційним походженням "
        "за допомогою заходів, семінарів, роботи зі ЗМІ, акцій, інформації, брошур"
    ),
    (
        "Analyse der realen Lebenslage von Frauen und Männern mit Migrationshintergrund in Dresden durch "
        "Erarbeitung eines periodischen Situationsberichtes"
    ): (
        "Аналіз реального життєвого становища жінок і чоловіків з міграційним походженням у Дрездені шляхом "
        "підготовки періодичної доповіді про становище"
    ),
    (
        "Abbau bestehender und Vermeidung künftiger Benachteiligung durch Initiierung von Projekten und durch "
        "Auseinandersetzung mit der Situation in der Kommune"
    ): (
        "Усунення наявної та запобігання майбутній дискримінації шляхом ініціювання проєктів і розгляду ситуації в "
        "муніципалітеті"
    ),
    (
        "Sicherung von Chancengleichheit für Menschen mit Migrationshintergrund bei kommunalen Entscheidungen zu "
        "Fragen der Arbeitswelt, Gesundheit, Erziehung, Familie, Bildung, Kultur, Stadtplanung, Politik und so "
        "weiter und des gesamten sozialen Umfeldes durch"
    ): (
        "Забезпечення рівних можливостей для людей з міграційним походженням у муніципальних рішеннях щодо праці, "
        "здоров'я, виховання, сім'ї, освіти, культури, містобудування, політики тощо та всього соціального "
        "середовища шляхом"
    ),
    "Einflussnahme in relevanten Gremien": "впливу у відповідних комісіях",
    "Zusammenarbeit mit dem Ausländerbeirat": "співпраці з Ausländerbeirat (дорадчою радою іноземців)",
    "Einbringen von integrationspolitischen Anliegen und Forderungen und": (
        "внесення питань і вимог інтеграційної політики та"
    ),
    "Sichtung der Stadtratsvorlagen und Erarbeiten von Stellungnahmen": (
        "розгляду подань до міської ради та підготовки висновків"
    ),
    "Zusammenarbeit mit Stadträtinnen und Stadträten, Personalrat, Verbänden, Vereinen und Organisationen": (
        "Співпраця з депутатками та депутатами міської ради, радою персоналу, спілками, об'єднаннями та організаціями"
    ),
    (
        "Begleitung und Kontrolle der Arbeit der einzelnen Fachämter in Bezug auf die Integration von Menschen mit "
        "Migrationshintergrund"
    ): ("Супровід і контроль роботи окремих профільних відомств щодо інтеграції людей з міграційним походженням"),
    "Erstberatung von Rat suchenden Frauen und Männern mit Migrationshintergrund im Einzelfall": (
        "Первинна консультація жінок і чоловіків з міграційним походженням, які шукають поради, в окремих випадках"
    ),
    "Unterstützung der Tätigkeit von Vereinen und Initiativen": "Підтримка діяльності об'єднань та ініціатив",
    "Unterstützung der interkulturellen Arbeit mit Mädchen und Jungen": (
        "Підтримка міжкультурної роботи з дівчатами та хлопцями"
    ),
    "Erarbeitung, Begleitung der Umsetzung und Fortschreibung des Integrationskonzeptes": (
        "Розроблення концепції інтеграції, супровід її втілення та оновлення"
    ),
    "nach Vereinbarung": "за домовленістю",
    "Ausländerbehörde": "Відомство у справах іноземців (Ausländerbehörde)",
    "Bei Fragen zu Ihrem Aufenthalt": "З питань щодо вашого перебування",
    "Situationsbericht": "Доповідь про становище",
    "Analyse der realen Lebenslage von Frauen und Männern mit Migrationshintergrund in Dresden": (
        "Аналіз реального життєвого становища жінок і чоловіків з міграційним походженням у Дрездені"
    ),
    "periodisch": "періодично",
    "Integrationskonzept": "Концепція інтеграції",
    "Schließtag am 13. November 2024": "Зачинено 13 листопада 2024 року",
    (
        "Das Büro ist am Mittwoch, den 13. November 2024 geschlossen. Für etwaige Anfragen ist das Team ab 14. "
        "November wieder erreichbar."
    ): (
        "У середу, 13 листопада 2024 року, офіс зачинено. З будь-якими запитами до команди можна знову звернутися з "
        "14 листопада."
    ),
    (
        "“No person shall be disfavoured or favoured because of sex, parentage, race, language, homeland and "
        "origin, faith, or religious or political opinions.”"
    ): (
        "«Ніхто не може зазнавати утисків або отримувати переваги через свою стать, родовід, расу, мову, "
        "батьківщину та походження, віру, релігійні чи політичні погляди.»"
    ),
}
