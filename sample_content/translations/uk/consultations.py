"""Ukrainian texts of sample_content.consultations, keyed by the German text they translate (texts not already
in a module before it).
"""

TEXTS = {
    "Erstberatung in Fragen der Chancengleichheit": "Первинна консультація з питань рівних можливостей",
    (
        "Erstberatung Rat suchender Frauen, Männer und Familien in Fragen der Chancengleichheit, Unterstützung von "
        "Frauen und Familien in besonderen oder prekären Lebenslagen."
    ): (
        "Первинна консультація жінок, чоловіків і сімей, які шукають поради з питань рівних можливостей, підтримка "
        "жінок і сімей в особливих або скрутних життєвих обставинах."
    ),
    "Rat suchende Frauen, Männer und Familien": "Жінки, чоловіки та сім'ї, які шукають поради",
    "Erstberatung zum Gewaltschutz": "Первинна консультація щодо захисту від насильства",
    "Menschen, die Gewalt erleben oder erlebt haben": "Люди, які зазнають або зазнали насильства",
    "In akuter Gefahr rufen Sie die Polizei: 110.": "У разі гострої небезпеки телефонуйте в поліцію: 110.",
    "Beratung in aufenthaltsrechtlichen Fragen, Flüchtlings- und Asylrecht": (
        "Консультації з питань права на перебування, права біженців і права притулку"
    ),
    (
        "Beratung in aufenthaltsrechtlichen Fragen, Flüchtlings- und Asylrecht sowie Vermittlung an weiterführende "
        "Beratungsstellen."
    ): (
        "Консультації з питань права на перебування, права біженців і права притулку, а також направлення до інших "
        "консультаційних служб."
    ),
    "Alle, die dauerhaft oder zeitweise in Zwickau leben, unabhängig ihrer Herkunft": (
        "Усі, хто постійно або тимчасово живе в Цвіккау, незалежно від походження"
    ),
    "Über den Sprach- und Kulturmittlerdienst der Stadt Zwickau und des Landkreises.": (
        "Через службу мовного та культурного посередництва міста Цвіккау та району."
    ),
    "Erstberatung bei Diskriminierung": "Первинна консультація у разі дискримінації",
    "Menschen, die Diskriminierung erfahren haben": "Люди, які зазнали дискримінації",
    "Erstberatung für Menschen mit Migrationshintergrund": "Первинна консультація для людей з міграційним походженням",
    "Erstberatung von Rat suchenden Frauen und Männern mit Migrationshintergrund im Einzelfall.": (
        "Первинна консультація жінок і чоловіків з міграційним походженням, які шукають поради, в окремих випадках."
    ),
    "Frauen und Männer mit Migrationshintergrund": "Жінки та чоловіки з міграційним походженням",
    "Über Ihren Aufenthalt entscheidet die Ausländerbehörde.": (
        "Рішення про ваше перебування ухвалює відомство у справах іноземців (Ausländerbehörde)."
    ),
    "Bürgersprechstunde": "Прийомні години для громадян",
    "Individuelle Unterstützung und Begleitung bei der beruflichen und sozialen Integration.": (
        "Індивідуальна підтримка та супровід у професійній і соціальній інтеграції."
    ),
    (
        "(Neu-)Zuwanderer aus der EU oder Drittstaaten, bereits länger in Gmünd lebende Migrantinnen und Migranten, "
        "anerkannte Asylbewerberinnen und Asylbewerber"
    ): (
        "(Нові) іммігранти з ЄС або третіх країн, мігрантки та мігранти, які вже довше живуть у Гмюнді, визнані "
        "шукачі та шукачки притулку"
    ),
    "Beratung für Menschen mit Zuwanderungsgeschichte": "Консультації для людей з імміграційною історією",
    (
        "Die Migrations- und Integrationsbeauftragte ist Fürsprecherin der in Gera lebenden Menschen mit "
        "Zuwanderungsgeschichte und unterstützt ihre Integration."
    ): (
        "Уповноважена з питань міграції та інтеграції виступає захисницею людей з імміграційною історією, які "
        "живуть у Гері, і підтримує їхню інтеграцію."
    ),
    "Menschen mit Zuwanderungsgeschichte in Gera, auch Neuankommende": (
        "Люди з імміграційною історією в Гері, зокрема новоприбулі"
    ),
    "Anlauf- und Beratungsstelle": "Пункт звернення та консультацій",
    "Alle Menschen, die in Kassel leben": "Усі люди, які живуть у Касселі",
    "Anlaufstelle für Wünsche und Beschwerden": "Пункт звернення для побажань і скарг",
    "Kasseler Bürgerinnen": "Мешканки Касселя",
    "Beratung für Betroffene von Diskriminierung": "Консультації для людей, які зазнали дискримінації",
    "Menschen in Kassel, die Diskriminierung erfahren": "Люди в Касселі, які зазнають дискримінації",
}
