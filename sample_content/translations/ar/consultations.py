"""Arabic texts of sample_content.consultations, keyed by the German text they translate (texts not already in a
module before it).
"""

TEXTS = {
    "Erstberatung in Fragen der Chancengleichheit": "استشارة أولية في مسائل تكافؤ الفرص",
    (
        "Erstberatung Rat suchender Frauen, Männer und Familien in Fragen der Chancengleichheit, Unterstützung von "
        "Frauen und Familien in besonderen oder prekären Lebenslagen."
    ): (
        "استشارة أولية للنساء والرجال والعائلات الباحثين عن المشورة في مسائل تكافؤ الفرص، ودعم النساء والعائلات في "
        "ظروف حياتية خاصة أو صعبة."
    ),
    "Rat suchende Frauen, Männer und Familien": "النساء والرجال والعائلات الباحثون عن المشورة",
    "Erstberatung zum Gewaltschutz": "استشارة أولية حول الحماية من العنف",
    "Menschen, die Gewalt erleben oder erlebt haben": "الأشخاص الذين يتعرضون أو تعرّضوا للعنف",
    "In akuter Gefahr rufen Sie die Polizei: 110.": "في حالة الخطر الداهم اتصلوا بالشرطة: 110.",
    "Beratung in aufenthaltsrechtlichen Fragen, Flüchtlings- und Asylrecht": (
        "الاستشارة في مسائل قانون الإقامة وقانون اللاجئين واللجوء"
    ),
    (
        "Beratung in aufenthaltsrechtlichen Fragen, Flüchtlings- und Asylrecht sowie Vermittlung an weiterführende "
        "Beratungsstellen."
    ): ("الاستشارة في مسائل قانون الإقامة وقانون اللاجئين واللجوء، والإحالة إلى مراكز استشارية أخرى."),
    "Alle, die dauerhaft oder zeitweise in Zwickau leben, unabhängig ihrer Herkunft": (
        "كل من يعيش في تسفيكاو بشكل دائم أو مؤقت، بغض النظر عن أصله"
    ),
    "Über den Sprach- und Kulturmittlerdienst der Stadt Zwickau und des Landkreises.": (
        "عبر خدمة الوساطة اللغوية والثقافية لمدينة تسفيكاو والمقاطعة."
    ),
    "Erstberatung bei Diskriminierung": "استشارة أولية في حالات التمييز",
    "Menschen, die Diskriminierung erfahren haben": "الأشخاص الذين تعرّضوا للتمييز",
    "Erstberatung für Menschen mit Migrationshintergrund": "استشارة أولية للأشخاص ذوي الخلفية المهاجرة",
    "Erstberatung von Rat suchenden Frauen und Männern mit Migrationshintergrund im Einzelfall.": (
        "استشارة أولية للنساء والرجال ذوي الخلفية المهاجرة الباحثين عن المشورة في حالات فردية."
    ),
    "Frauen und Männer mit Migrationshintergrund": "النساء والرجال ذوو الخلفية المهاجرة",
    "Über Ihren Aufenthalt entscheidet die Ausländerbehörde.": (
        "تتخذ دائرة شؤون الأجانب (Ausländerbehörde) القرار بشأن إقامتك."
    ),
    "Bürgersprechstunde": "ساعات استقبال المواطنين",
    "Individuelle Unterstützung und Begleitung bei der beruflichen und sozialen Integration.": (
        "دعم ومرافقة فردية في الاندماج المهني والاجتماعي."
    ),
    (
        "(Neu-)Zuwanderer aus der EU oder Drittstaaten, bereits länger in Gmünd lebende Migrantinnen und Migranten, "
        "anerkannte Asylbewerberinnen und Asylbewerber"
    ): (
        "المهاجرون (الجدد) من الاتحاد الأوروبي أو من دول ثالثة، والمهاجرات والمهاجرون الذين يعيشون في غموند منذ "
        "مدة، وطالبات وطالبو اللجوء المعترف بهم"
    ),
    "Beratung für Menschen mit Zuwanderungsgeschichte": "استشارة للأشخاص ذوي تاريخ الهجرة",
    (
        "Die Migrations- und Integrationsbeauftragte ist Fürsprecherin der in Gera lebenden Menschen mit "
        "Zuwanderungsgeschichte und unterstützt ihre Integration."
    ): ("مفوّضة الهجرة والاندماج مدافعة عن الأشخاص ذوي تاريخ الهجرة الذين يعيشون في غيرا، وتدعم اندماجهم."),
    "Menschen mit Zuwanderungsgeschichte in Gera, auch Neuankommende": (
        "الأشخاص ذوو تاريخ الهجرة في غيرا، بمن فيهم القادمون الجدد"
    ),
    "Anlauf- und Beratungsstelle": "نقطة اتصال واستشارة",
    "Alle Menschen, die in Kassel leben": "جميع الأشخاص الذين يعيشون في كاسل",
    "Anlaufstelle für Wünsche und Beschwerden": "نقطة اتصال للرغبات والشكاوى",
    "Kasseler Bürgerinnen": "مواطنات كاسل",
    "Beratung für Betroffene von Diskriminierung": "استشارة للمتضررين من التمييز",
    "Menschen in Kassel, die Diskriminierung erfahren": "الأشخاص في كاسل الذين يتعرضون للتمييز",
}
