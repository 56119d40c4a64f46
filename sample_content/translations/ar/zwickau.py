"""Arabic texts of sample_content.offices.zwickau, keyed by the German text they translate (texts first used
there; the others reuse them).
"""

TEXTS = {
    "Stadt Zwickau": "مدينة تسفيكاو",
    "Gleichstellungsbeauftragte": "مفوّضة المساواة",
    (
        "Ziel der Arbeit der Gleichstellungsbeauftragten ist die Verwirklichung des Grundrechts auf "
        "Gleichberechtigung und Chancengleichheit."
    ): ("هدف عمل مفوّضة المساواة هو تحقيق الحق الأساسي في المساواة في الحقوق وتكافؤ الفرص."),
    "Aufgaben": "المهام",
    "Deshalb arbeitet sie:": "لذلك تعمل:",
    "an der Förderung des Bewusstseins für Gleichstellung und Gleichberechtigung,": (
        "على تعزيز الوعي بالمساواة والمساواة في الحقوق،"
    ),
    "zum Abbau von geschlechterspezifischer Benachteiligung": "على الحدّ من التمييز القائم على النوع الاجتماعي",
    "am Abbau bestehender und der Vermeidung von Benachteiligung in der Stadt mittels entsprechender Projektarbeit": (
        "على الحدّ من التمييز القائم ومنع التمييز في المدينة من خلال عمل مشاريع مناسبة"
    ),
    "Einbringen gleichstellungsrelevanter Anliegen und Forderungen in die kommunale Arbeit": (
        "إدخال القضايا والمطالب المتعلقة بالمساواة في عمل البلدية"
    ),
    "weitere Aufgabenfelder": "مجالات عمل أخرى",
    "Unterstützung von Frauen und Familien in besonderen oder prekären Lebenslagen": (
        "دعم النساء والعائلات في ظروف حياتية خاصة أو صعبة"
    ),
    "Erstberatung Rat suchender Frauen, Männer und Familien in Fragen der Chancengleichheit": (
        "استشارة أولية للنساء والرجال والعائلات الباحثين عن المشورة في مسائل تكافؤ الفرص"
    ),
    "Gewaltschutzerstberatunbg": "استشارة أولية حول الحماية من العنف",
    "Förderung des LSBTTIQ-Ansatzes": "تعزيز نهج مجتمع الميم (LSBTTIQ)",
    "Begleitung und Kontrolle der Arbeit der Fachbereiche in Bezug auf Gleichstellungsfragen": (
        "مرافقة عمل الأقسام المتخصصة ومراقبته فيما يتعلق بمسائل المساواة"
    ),
    "Ausländer- und Integrationsbeauftragte": "مفوّضة شؤون الأجانب والاندماج",
    (
        "Grundsätzliches Ziel der Arbeit der Ausländer- und Integrationsbeauftragten ist die Förderung von "
        "Chancengleichheit aller in der Stadt dauerhaft oder zeitweise lebender Einwohnerinnen und Einwohner, "
        "unabhängig ihrer kulturellen und ethnischen Herkunft."
    ): (
        "الهدف الأساسي لعمل مفوّضة شؤون الأجانب والاندماج هو تعزيز تكافؤ الفرص لجميع السكان والساكنات الذين يعيشون "
        "في المدينة بشكل دائم أو مؤقت، بغض النظر عن أصلهم الثقافي والعرقي."
    ),
    "Dementsprechend sind ihre Aufgaben:": "وبناءً على ذلك، تشمل مهامها:",
    (
        "Beratung in aufenthaltsrechtlichen Fragen, Flüchtlings- und Asylrecht sowie Vermittlung an weiterführende "
        "Beratungsstellen"
    ): ("الاستشارة في مسائل قانون الإقامة وقانون اللاجئين واللجوء، والإحالة إلى مراكز استشارية أخرى"),
    "Erarbeitung und Durchführung von integrations- und migrationsspezifischen Konzepten und Projekten": (
        "إعداد وتنفيذ مفاهيم ومشاريع خاصة بالاندماج والهجرة"
    ),
    (
        "Förderung integrativer Maßnahmen zum friedlichen Zusammenleben und der Integration unterschiedlicher "
        "ethnischer und kultureller Gruppen in der Stadtgesellschaft"
    ): ("تعزيز التدابير الإدماجية من أجل التعايش السلمي واندماج المجموعات العرقية والثقافية المختلفة في مجتمع المدينة"),
    "Förderung des interkulturellen Dialogs, der interkulturelle Öffnung der Verwaltung und Gesellschaft": (
        "تعزيز الحوار بين الثقافات والانفتاح الثقافي للإدارة والمجتمع"
    ),
    "Präventionsarbeit gegen Rassismus und Demokratiefeindlichkeit": "العمل الوقائي ضد العنصرية والعداء للديمقراطية",
    "Antidiskriminierungserstberatung": "استشارة أولية في حالات التمييز",
    "Unterstützung bürgerschaftlichen Engagements in der Integrations- und Migrationsarbeit": (
        "دعم المشاركة المدنية في العمل في مجال الاندماج والهجرة"
    ),
    (
        "Kooperation und Vernetzung mit allen Institutionen, Einrichtungen, Vereinen und Initiativen, die am "
        "Integrationsprozess in der Stadt beteiligt sind"
    ): ("التعاون والتشبيك مع جميع المؤسسات والمرافق والجمعيات والمبادرات المشاركة في عملية الاندماج في المدينة"),
    "Ansprechpartnerin für den Sprach- und Kulturmittlerdienst in der Stadt Zwickau und im Landkreis.": (
        "جهة الاتصال لخدمة الوساطة اللغوية والثقافية في مدينة تسفيكاو وفي المقاطعة."
    ),
    "Ansprechpartnerin für die Integrationsberatungsstelle in der Stadt Zwickau.": (
        "جهة الاتصال لمركز استشارات الاندماج في مدينة تسفيكاو."
    ),
    "Sprach- und Kulturmittlerdienst": "خدمة الوساطة اللغوية والثقافية",
    (
        "Der Sprach- und Kulturmittlerdienst ist ein Kooperationsprojekt der Stadt Zwickau mit der Westsächsischen "
        "Hochschule Zwickau und wird finanziell gefördert durch den Landkreis Zwickau auf der Grundlage der "
        "Richtlinie Integrative Maßnahmen des Freistaates Sachsen."
    ): (
        "خدمة الوساطة اللغوية والثقافية مشروع تعاون بين مدينة تسفيكاو و Westsächsische Hochschule Zwickau (جامعة "
        "العلوم التطبيقية)، وتموّلها Landkreis Zwickau (مقاطعة تسفيكاو) على أساس مبادئ ولاية ساكسونيا الحرة "
        "التوجيهية بشأن التدابير الإدماجية (Richtlinie Integrative Maßnahmen)."
    ),
    "Richtlinie Integrative Maßnahmen des Freistaates Sachsen": (
        "المبادئ التوجيهية لولاية ساكسونيا الحرة بشأن التدابير الإدماجية (Richtlinie Integrative Maßnahmen)"
    ),
}
