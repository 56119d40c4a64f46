"""Ukrainian texts of sample_content.offices.kassel, keyed by the German text they translate (texts not already
in a module before it).
"""

TEXTS = {
    "Stadt Kassel": "Місто Кассель",
    "Amt für Chancengleichheit": "Відомство з питань рівних можливостей",
    "Ziel der Arbeit des Amtes für Chancengleichheit ist die aktive Förderung einer vielfältigen Stadtgesellschaft.": (
        "Мета роботи відомства з питань рівних можливостей — активне сприяння різноманітній міській спільноті."
    ),
    (
        "In Kassel gibt es eine große Vielfalt an Menschen. Die Menschen, die hier leben sollen alle ihre "
        "persönlichen Lebensmodelle ausleben können, wie die Vielfalt des Geschlechts und der sexuellen "
        "Orientierung, die Vielfalt von Herkunft, Hautfarbe, Sprache, Kultur und Religion. Außerdem soll "
        "Diskriminierung abgewehrt werden. Diskriminierung führt dazu, dass nicht alle, die in Kassel leben, ihre "
        "Potenziale entfalten können, um zur positiven Entwicklung der Stadt beizutragen. Das Amt für "
        "Chancengleichheit bietet eine Anlauf- und Beratungsstelle für die Menschen, die in Kassel leben."
    ): (
        "У Касселі живуть дуже різні люди. Усі, хто тут живе, мають змогу жити за своїми особистими життєвими "
        "моделями — з усім різноманіттям статі та сексуальної орієнтації, походження, кольору шкіри, мови, культури "
        "та релігії. Крім того, слід протидіяти дискримінації. Через дискримінацію не всі, хто живе в Касселі, "
        "можуть розкрити свій потенціал, щоб долучитися до позитивного розвитку міста. Відомство з питань рівних "
        "можливостей пропонує пункт звернення та консультацій для людей, які живуть у Касселі."
    ),
    "Familie und Soziales": "Сім'я та соціальні питання",
    "Frauen und Mädchen": "Жінки та дівчата",
    (
        "Über die Hälfte der Kasseler Bevölkerung Frauen, fast 40 Prozent davon haben einen Migrationshintergrund. "
        "Die Stadt Kassel setzt sich dafür ein, dass Frauen in allen gesellschaftlichen Bereichen die gleichen "
        "Chancen und die gleichen Perspektiven wie Männer erhalten."
    ): (
        "Понад половина населення Касселя — жінки, майже 40 відсотків із них мають міграційне походження. Місто "
        "Кассель докладає зусиль, щоб жінки в усіх сферах суспільства мали ті самі можливості та ті самі "
        "перспективи, що й чоловіки."
    ),
    "Interkulturelle Woche": "Міжкультурний тиждень (Interkulturelle Woche)",
    (
        "Seit vielen Jahren beteiligt sich Kassel an der Interkulturelle Woche. Gruppen, Akteure, Vereine, "
        "Verbände, Religionsgemeinschaften und Gewerkschaften setzen mit vielfältigen Projekten und Aktionen ein "
        "Zeichen für ein Miteinander in Vielfalt und Demokratie."
    ): (
        "Кассель уже багато років бере участь у Міжкультурному тижні. Групи, активісти, об'єднання, спілки, "
        "релігійні громади та профспілки різноманітними проєктами й акціями подають знак на користь співжиття в "
        "різноманітті та демократії."
    ),
    "Frauenbeauftragte": "Уповноважена у справах жінок",
    (
        "Zu den Aufgaben gehören ebenso die Entwicklung und Unterstützung von Initiativen und Projekten in der "
        "Stadt, mit dem Ziel, dass Frauen und Männer tatsächliche Gleichberechtigung erlangen."
    ): (
        "До завдань також належать розроблення та підтримка ініціатив і проєктів у місті з метою досягнення "
        "фактичної рівноправності жінок і чоловіків."
    ),
    (
        "Die Frauenbeauftragte macht mit diesem Ziel Vorschläge für Vorhaben und Programme des Magistrats und regt "
        "Maßnahmen an."
    ): (
        "З цією метою уповноважена у справах жінок вносить пропозиції щодо планів і програм Magistrat (виконавчого "
        "органу міста) та ініціює заходи."
    ),
    "Sie ist Anlaufstelle für Wünsche und Beschwerden der Kasseler Bürgerinnen.": (
        "Вона — контактна особа для побажань і скарг мешканок Касселя."
    ),
    (
        "Die Frauenbeauftragte ist auch zuständig für die Unterstützung und Verwaltung von Frauen‐ und "
        "Mädcheneinrichtungen, die mit städtischen Mitteln gefördert werden."
    ): (
        "Уповноважена у справах жінок також відповідає за підтримку та адміністрування закладів для жінок і дівчат, "
        "які фінансуються з міських коштів."
    ),
    "Integrationsbeauftragte": "Уповноважена з питань інтеграції",
    (
        "Rund ein Drittel der in Kassel lebenden Menschen haben einen Migrationshintergrund. Die "
        "Integrationsbeauftragte der Stadt vertritt die Interessen dieser Menschen."
    ): (
        "Близько третини людей, які живуть у Касселі, мають міграційне походження. Уповноважена міста з питань "
        "інтеграції представляє інтереси цих людей."
    ),
    "Antidiskriminierungsstelle": "Служба протидії дискримінації",
    (
        "Die neu eingerichtete Stelle ist im Amt für Chancengleichheit angesiedelt. Der Magistrat stärkt mit der "
        "Einrichtung der Stelle die Anlauf- und Beratungsstrukturen für Betroffene von Diskriminierung und setzt "
        "gleichzeitig auch die Weichen für eine Stadt, die eine Antidiskriminierungskultur aktiv gestaltet und "
        "umsetzt."
    ): (
        "Новостворена служба входить до відомства з питань рівних можливостей. Створивши її, Magistrat (виконавчий "
        "орган міста) посилює структури звернення та консультування для людей, які зазнали дискримінації, і "
        "водночас закладає основи для міста, яке активно формує та втілює культуру протидії дискримінації."
    ),
}
