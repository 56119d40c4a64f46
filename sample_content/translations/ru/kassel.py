"""Russian texts of sample_content.offices.kassel, keyed by the German text they translate (texts not already in
a module before it).
"""

TEXTS = {
    "Stadt Kassel": "Город Кассель",
    "Amt für Chancengleichheit": "Ведомство по вопросам равных возможностей",
    "Ziel der Arbeit des Amtes für Chancengleichheit ist die aktive Förderung einer vielfältigen Stadtgesellschaft.": (
        "Цель работы ведомства по вопросам равных возможностей — активное содействие многообразному городскому "
        "обществу."
    ),
    (
        "In Kassel gibt es eine große Vielfalt an Menschen. Die Menschen, die hier leben sollen alle ihre "
        "persönlichen Lebensmodelle ausleben können, wie die Vielfalt des Geschlechts und der sexuellen "
        "Orientierung, die Vielfalt von Herkunft, Hautfarbe, Sprache, Kultur und Religion. Außerdem soll "
        "Diskriminierung abgewehrt werden. Diskriminierung führt dazu, dass nicht alle, die in Kassel leben, ihre "
        "Potenziale entfalten können, um zur positiven Entwicklung der Stadt beizutragen. Das Amt für "
        "Chancengleichheit bietet eine Anlauf- und Beratungsstelle für die Menschen, die in Kassel leben."
    ): (
        "В Касселе живут очень разные люди. Все, кто здесь живёт, должны иметь возможность жить по своим личным "
        "жизненным моделям — при всём многообразии пола и сексуальной ориентации, происхождения, цвета кожи, языка, "
        "культуры и религии. Кроме того, необходимо противодействовать дискриминации. Из-за дискриминации не все, "
        "кто живёт в Касселе, могут раскрыть свой потенциал, чтобы внести вклад в позитивное развитие города. "
        "Ведомство по вопросам равных возможностей предлагает пункт обращения и консультаций для людей, живущих в "
        "Касселе."
    ),
    "Familie und Soziales": "Семья и социальные вопросы",
    "Frauen und Mädchen": "Женщины и девочки",
    (
        "Über die Hälfte der Kasseler Bevölkerung Frauen, fast 40 Prozent davon haben einen Migrationshintergrund. "
        "Die Stadt Kassel setzt sich dafür ein, dass Frauen in allen gesellschaftlichen Bereichen die gleichen "
        "Chancen und die gleichen Perspektiven wie Männer erhalten."
    ): (
        "Более половины населения Касселя — женщины, почти 40 процентов из них имеют миграционное происхождение. "
        "Город Кассель добивается того, чтобы женщины во всех сферах общества получали те же возможности и те же "
        "перспективы, что и мужчины."
    ),
    "Interkulturelle Woche": "Межкультурная неделя (Interkulturelle Woche)",
    (
        "Seit vielen Jahren beteiligt sich Kassel an der Interkulturelle Woche. Gruppen, Akteure, Vereine, "
        "Verbände, Religionsgemeinschaften und Gewerkschaften setzen mit vielfältigen Projekten und Aktionen ein "
        "Zeichen für ein Miteinander in Vielfalt und Demokratie."
    ): (
        "Кассель уже много лет участвует в Межкультурной неделе. Группы, активисты, объединения, союзы, религиозные "
        "общины и профсоюзы разнообразными проектами и акциями подают знак в пользу совместной жизни в многообразии "
        "и демократии."
    ),
    "Frauenbeauftragte": "Уполномоченная по делам женщин",
    (
        "Zu den Aufgaben gehören ebenso die Entwicklung und Unterstützung von Initiativen und Projekten in der "
        "Stadt, mit dem Ziel, dass Frauen und Männer tatsächliche Gleichberechtigung erlangen."
    ): (
        "К задачам также относятся разработка и поддержка инициатив и проектов в городе с целью достижения "
        "фактического равноправия женщин и мужчин."
    ),
    (
        "Die Frauenbeauftragte macht mit diesem Ziel Vorschläge für Vorhaben und Programme des Magistrats und regt "
        "Maßnahmen an."
    ): (
        "С этой целью уполномоченная по делам женщин вносит предложения по планам и программам Magistrat "
        "(исполнительного органа города) и инициирует меры."
    ),
    "Sie ist Anlaufstelle für Wünsche und Beschwerden der Kasseler Bürgerinnen.": (
        "Она — контактное лицо для пожеланий и жалоб жительниц Касселя."
    ),
    (
        "Die Frauenbeauftragte ist auch zuständig für die Unterstützung und Verwaltung von Frauen‐ und "
        "Mädcheneinrichtungen, die mit städtischen Mitteln gefördert werden."
    ): (
        "Уполномоченная по делам женщин также отвечает за поддержку и администрирование учреждений для женщин и "
        "девочек, финансируемых из городских средств."
    ),
    "Integrationsbeauftragte": "Уполномоченная по вопросам интеграции",
    (
        "Rund ein Drittel der in Kassel lebenden Menschen haben einen Migrationshintergrund. Die "
        "Integrationsbeauftragte der Stadt vertritt die Interessen dieser Menschen."
    ): (
        "Около трети людей, живущих в Касселе, имеют миграционное происхождение. Уполномоченная города по вопросам "
        "интеграции представляет интересы этих людей."
    ),
    "Antidiskriminierungsstelle": "Служба по противодействию дискриминации",
    (
        "Die neu eingerichtete Stelle ist im Amt für Chancengleichheit angesiedelt. Der Magistrat stärkt mit der "
        "Einrichtung der Stelle die Anlauf- und Beratungsstrukturen für Betroffene von Diskriminierung und setzt "
        "gleichzeitig auch die Weichen für eine Stadt, die eine Antidiskriminierungskultur aktiv gestaltet und "
        "umsetzt."
    ): (
        "Вновь созданная служба входит в ведомство по вопросам равных возможностей. Создав её, Magistrat "
        "(исполнительный орган города) укрепляет структуры обращения и консультирования для людей, пострадавших от "
        "дискриминации, и одновременно закладывает основу для города, который активно формирует и воплощает "
        "культуру противодействия дискриминации."
    ),
}
