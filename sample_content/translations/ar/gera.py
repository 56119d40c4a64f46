"""Arabic texts of sample_content.offices.gera, keyed by the German text they translate (texts not already in a
module before it).
"""

TEXTS = {
    "Stadt Gera": "مدينة غيرا",
    "Migrations- und Integrationsbeauftragte": "مفوّضة الهجرة والاندماج",
    "Neu in Deutschland? Willkommen in Gera!": "جديد في ألمانيا؟ أهلًا بك في غيرا!",
    (
        "Die Migrations- und Integrationsbeauftragte der Stadt Gera wirkt als Fürsprecherin der in Gera lebenden "
        "Menschen mit Zuwanderungsgeschichte. Sie arbeitet darauf hin, dass deren Interessen bei kommunalen "
        "Planungen und Entscheidungen ausreichend berücksichtigt werden."
    ): (
        "تعمل مفوّضة الهجرة والاندماج في مدينة غيرا مدافعةً عن الأشخاص ذوي تاريخ الهجرة الذين يعيشون في غيرا. وتسعى "
        "إلى أن تُراعى مصالحهم بشكل كافٍ في التخطيط والقرارات البلدية."
    ),
    (
        "Sie fördert das partnerschaftliche Zusammenleben von Menschen mit und ohne Migrationshintergrund und "
        "unterstützt die Integration von Menschen aus anderen Kulturen.\nDie Migrationsbeauftragte gestaltet und "
        "beteiligt sich an Veranstaltungen und Projekten zur Förderung von Toleranz und Demokratie, unterstützt die "
        "Flüchtlingssozialarbeit, betreibt Öffentlichkeitsarbeit gegen Fremdenfeindlichkeit in Zusammenarbeit mit "
        "anderen Trägern und unterstützt ethnische Minderheiten bei der Bewahrung ihrer kulturellen Identität"
    ): (
        "تعزّز التعايش القائم على الشراكة بين الأشخاص ذوي الخلفية المهاجرة ومن دونها، وتدعم اندماج الأشخاص القادمين "
        "من ثقافات أخرى.\nتنظّم مفوّضة الهجرة فعاليات ومشاريع لتعزيز التسامح والديمقراطية وتشارك فيها، وتدعم العمل "
        "الاجتماعي مع اللاجئين، وتقوم بالتوعية العامة ضد كراهية الأجانب بالتعاون مع جهات أخرى، وتدعم الأقليات "
        "العرقية في الحفاظ على هويتها الثقافية"
    ),
    "Exekutive ausländerrechtliche Befugnisse hat sie nicht.": "ليست لديها صلاحيات تنفيذية بموجب قانون الأجانب.",
    "Koordinatorin": "منسّقة",
    "Mitglied": "عضوة",
    "Mitglied und Koordinatorin": "عضوة ومنسّقة",
    "beratendes Mitglied": "عضوة استشارية",
    "Mitwirkende": "مشارِكة",
    "Integrationspreis": "جائزة الاندماج",
    "Stadt Gera verleiht Integrationspreis": "مدينة غيرا تمنح جائزة الاندماج",
    (
        "Die Stadt Gera würdigt erfolgreiches Engagement für ein gleichberechtigtes Miteinander von Kindern und "
        "Jugendlichen mit und ohne Zuwanderungsgeschichte mit dem ersten Geraer Integrationspreis. Der Preis steht "
        "unter dem Motto „Schule macht (Dich!) stark“ und richtet sich an Bildungseinrichtungen der Stadt Gera."
    ): (
        "تكرّم مدينة غيرا بجائزة غيرا الأولى للاندماج الالتزام الناجح من أجل عيش مشترك متساوٍ بين الأطفال والشباب "
        "من ذوي تاريخ الهجرة ومن دونه. شعار الجائزة هو „Schule macht (Dich!) stark“ («المدرسة تجعلك قويًا!») وهي "
        "موجّهة إلى المؤسسات التعليمية في مدينة غيرا."
    ),
    "Bildungseinrichtungen der Stadt Gera": "المؤسسات التعليمية في مدينة غيرا",
    (
        "Voraussetzung für Bewerbung oder Vorschlag ist die fristgemäße Einreichung der vollständigen "
        "Bewerbungsunterlagen bis zum 28. April 2017. Das Bewerbungsformular finden Sie im Downloadbereich auf "
        "dieser Seite."
    ): (
        "شرط التقدّم أو الترشيح هو تقديم ملف الطلب كاملًا في الموعد المحدد حتى 28 أبريل 2017. تجد استمارة الطلب في "
        "قسم التنزيلات في هذه الصفحة."
    ),
    (
        "Der Integrationspreis wird mit Mitteln aus dem Europäischen Sozialfonds ESF gefördert durch das Projekt "
        "Integrationsmanagement und ist insgesamt mit 3.500 Euro dotiert."
    ): (
        "تُموَّل جائزة الاندماج بأموال من الصندوق الاجتماعي الأوروبي (ESF) عبر مشروع Integrationsmanagement (إدارة "
        "الاندماج)، وتبلغ قيمتها الإجمالية 3500 يورو."
    ),
}
