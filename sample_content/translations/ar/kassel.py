"""Arabic texts of sample_content.offices.kassel, keyed by the German text they translate (texts not already in
a module before it).
"""

TEXTS = {
    "Stadt Kassel": "مدينة كاسل",
    "Amt für Chancengleichheit": "دائرة تكافؤ الفرص",
    "Ziel der Arbeit des Amtes für Chancengleichheit ist die aktive Förderung einer vielfältigen Stadtgesellschaft.": (
        "هدف عمل دائرة تكافؤ الفرص هو التعزيز الفاعل لمجتمع مدينة متنوّع."
    ),
    (
        "In Kassel gibt es eine große Vielfalt an Menschen. Die Menschen, die hier leben sollen alle ihre "
        "persönlichen Lebensmodelle ausleben können, wie die Vielfalt des Geschlechts und der sexuellen "
        "Orientierung, die Vielfalt von Herkunft, Hautfarbe, Sprache, Kultur und Religion. Außerdem soll "
        "Diskriminierung abgewehrt werden. Diskriminierung führt dazu, dass nicht alle, die in Kassel leben, ihre "
        "Potenziale entfalten können, um zur positiven Entwicklung der Stadt beizutragen. Das Amt für "
        "Chancengleichheit bietet eine Anlauf- und Beratungsstelle für die Menschen, die in Kassel leben."
    ): (
        "يعيش في كاسل تنوّع كبير من الناس. ينبغي أن يتمكّن جميع من يعيشون هنا من عيش نماذج حياتهم الشخصية، مثل "
        "تنوّع النوع الاجتماعي والتوجّه الجنسي، وتنوّع الأصل ولون البشرة واللغة والثقافة والدين. كما ينبغي التصدي "
        "للتمييز. فالتمييز يؤدي إلى ألّا يتمكّن كل من يعيش في كاسل من تطوير إمكاناته للمساهمة في التنمية الإيجابية "
        "للمدينة. تقدّم دائرة تكافؤ الفرص نقطة اتصال ومركزًا استشاريًا للأشخاص الذين يعيشون في كاسل."
    ),
    "Familie und Soziales": "الأسرة والشؤون الاجتماعية",
    "Frauen und Mädchen": "النساء والفتيات",
    (
        "Über die Hälfte der Kasseler Bevölkerung Frauen, fast 40 Prozent davon haben einen Migrationshintergrund. "
        "Die Stadt Kassel setzt sich dafür ein, dass Frauen in allen gesellschaftlichen Bereichen die gleichen "
        "Chancen und die gleichen Perspektiven wie Männer erhalten."
    ): (
        "أكثر من نصف سكان كاسل من النساء، ونحو 40 في المئة منهن من ذوات الخلفية المهاجرة. تعمل مدينة كاسل على أن "
        "تحصل النساء في جميع مجالات المجتمع على الفرص نفسها والآفاق نفسها التي يحصل عليها الرجال."
    ),
    "Interkulturelle Woche": "الأسبوع بين الثقافات (Interkulturelle Woche)",
    (
        "Seit vielen Jahren beteiligt sich Kassel an der Interkulturelle Woche. Gruppen, Akteure, Vereine, "
        "Verbände, Religionsgemeinschaften und Gewerkschaften setzen mit vielfältigen Projekten und Aktionen ein "
        "Zeichen für ein Miteinander in Vielfalt und Demokratie."
    ): (
        "تشارك كاسل منذ سنوات عديدة في الأسبوع بين الثقافات. وتضع مجموعات وفاعلون وجمعيات واتحادات وطوائف دينية "
        "ونقابات، بمشاريع وأنشطة متنوعة، علامةً من أجل العيش المشترك في ظل التنوّع والديمقراطية."
    ),
    "Frauenbeauftragte": "مفوّضة شؤون المرأة",
    (
        "Zu den Aufgaben gehören ebenso die Entwicklung und Unterstützung von Initiativen und Projekten in der "
        "Stadt, mit dem Ziel, dass Frauen und Männer tatsächliche Gleichberechtigung erlangen."
    ): ("تشمل المهام أيضًا تطوير المبادرات والمشاريع في المدينة ودعمها، بهدف أن تحقق النساء والرجال مساواة فعلية."),
    (
        "Die Frauenbeauftragte macht mit diesem Ziel Vorschläge für Vorhaben und Programme des Magistrats und regt "
        "Maßnahmen an."
    ): ("ولهذا الهدف تقدّم مفوّضة شؤون المرأة مقترحات لخطط وبرامج Magistrat (الهيئة التنفيذية للمدينة) وتقترح إجراءات."),
    "Sie ist Anlaufstelle für Wünsche und Beschwerden der Kasseler Bürgerinnen.": (
        "وهي نقطة الاتصال لرغبات وشكاوى مواطنات كاسل."
    ),
    (
        "Die Frauenbeauftragte ist auch zuständig für die Unterstützung und Verwaltung von Frauen‐ und "
        "Mädcheneinrichtungen, die mit städtischen Mitteln gefördert werden."
    ): ("مفوّضة شؤون المرأة مسؤولة أيضًا عن دعم وإدارة مرافق النساء والفتيات الممولة من أموال المدينة."),
    "Integrationsbeauftragte": "مفوّضة الاندماج",
    (
        "Rund ein Drittel der in Kassel lebenden Menschen haben einen Migrationshintergrund. Die "
        "Integrationsbeauftragte der Stadt vertritt die Interessen dieser Menschen."
    ): (
        "نحو ثلث الأشخاص الذين يعيشون في كاسل من ذوي الخلفية المهاجرة. وتمثّل مفوّضة الاندماج في المدينة مصالح "
        "هؤلاء الأشخاص."
    ),
    "Antidiskriminierungsstelle": "مكتب مكافحة التمييز",
    (
        "Die neu eingerichtete Stelle ist im Amt für Chancengleichheit angesiedelt. Der Magistrat stärkt mit der "
        "Einrichtung der Stelle die Anlauf- und Beratungsstrukturen für Betroffene von Diskriminierung und setzt "
        "gleichzeitig auch die Weichen für eine Stadt, die eine Antidiskriminierungskultur aktiv gestaltet und "
        "umsetzt."
    ): (
        "يتبع المكتب المُنشأ حديثًا دائرة تكافؤ الفرص. وبإنشائه يعزّز Magistrat (الهيئة التنفيذية للمدينة) هياكل "
        "الاتصال والاستشارة للمتضررين من التمييز، ويمهّد في الوقت نفسه الطريق لمدينة تصوغ ثقافة مكافحة التمييز "
        "وتطبّقها بفاعلية."
    ),
}
