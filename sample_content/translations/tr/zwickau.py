"""Turkish texts of sample_content.offices.zwickau, keyed by the German text they translate (texts first used
there; the others reuse them).
"""

TEXTS = {
    "Stadt Zwickau": "Zwickau Şehri",
    "Gleichstellungsbeauftragte": "Eşitlik Sorumlusu",
    (
        "Ziel der Arbeit der Gleichstellungsbeauftragten ist die Verwirklichung des Grundrechts auf "
        "Gleichberechtigung und Chancengleichheit."
    ): (
        "Eşitlik sorumlusunun çalışmasının amacı, eşit haklar ve fırsat eşitliği temel hakkının hayata geçirilmesidir."
    ),
    "Aufgaben": "Görevler",
    "Deshalb arbeitet sie:": "Bu nedenle şu alanlarda çalışır:",
    "an der Förderung des Bewusstseins für Gleichstellung und Gleichberechtigung,": (
        "eşitlik ve eşit haklar konusunda farkındalığın geliştirilmesi,"
    ),
    "zum Abbau von geschlechterspezifischer Benachteiligung": "cinsiyete dayalı dezavantajların azaltılması",
    "am Abbau bestehender und der Vermeidung von Benachteiligung in der Stadt mittels entsprechender Projektarbeit": (
        "uygun proje çalışmalarıyla şehirde mevcut dezavantajların azaltılması ve dezavantajların önlenmesi"
    ),
    "Einbringen gleichstellungsrelevanter Anliegen und Forderungen in die kommunale Arbeit": (
        "Eşitlikle ilgili konu ve taleplerin belediye çalışmalarına taşınması"
    ),
    "weitere Aufgabenfelder": "Diğer çalışma alanları",
    "Unterstützung von Frauen und Familien in besonderen oder prekären Lebenslagen": (
        "Özel veya güç yaşam koşullarındaki kadınlara ve ailelere destek"
    ),
    "Erstberatung Rat suchender Frauen, Männer und Familien in Fragen der Chancengleichheit": (
        "Fırsat eşitliği konularında danışmak isteyen kadınlara, erkeklere ve ailelere ilk danışmanlık"
    ),
    "Gewaltschutzerstberatunbg": "Şiddetten korunma konusunda ilk danışmanlık",
    "Förderung des LSBTTIQ-Ansatzes": "LGBTTİQ yaklaşımının desteklenmesi",
    "Begleitung und Kontrolle der Arbeit der Fachbereiche in Bezug auf Gleichstellungsfragen": (
        "Uzman birimlerin eşitlik konularındaki çalışmalarına eşlik edilmesi ve bu çalışmaların denetlenmesi"
    ),
    "Ausländer- und Integrationsbeauftragte": "Yabancılar ve Entegrasyon Sorumlusu",
    (
        "Grundsätzliches Ziel der Arbeit der Ausländer- und Integrationsbeauftragten ist die Förderung von "
        "Chancengleichheit aller in der Stadt dauerhaft oder zeitweise lebender Einwohnerinnen und Einwohner, "
        "unabhängig ihrer kulturellen und ethnischen Herkunft."
    ): (
        "Yabancılar ve entegrasyon sorumlusunun çalışmasının temel amacı, kültürel ve etnik kökenlerinden bağımsız "
        "olarak şehirde sürekli veya geçici olarak yaşayan tüm sakinler için fırsat eşitliğini desteklemektir."
    ),
    "Dementsprechend sind ihre Aufgaben:": "Buna göre görevleri şunlardır:",
    (
        "Beratung in aufenthaltsrechtlichen Fragen, Flüchtlings- und Asylrecht sowie Vermittlung an weiterführende "
        "Beratungsstellen"
    ): ("Oturum hukuku, mülteci ve sığınma hukuku konularında danışmanlık ve diğer danışma merkezlerine yönlendirme"),
    "Erarbeitung und Durchführung von integrations- und migrationsspezifischen Konzepten und Projekten": (
        "Entegrasyon ve göçe özgü kavram ve projelerin hazırlanması ve uygulanması"
    ),
    (
        "Förderung integrativer Maßnahmen zum friedlichen Zusammenleben und der Integration unterschiedlicher "
        "ethnischer und kultureller Gruppen in der Stadtgesellschaft"
    ): (
        "Barış içinde bir arada yaşama ve farklı etnik ve kültürel grupların şehir toplumuna entegrasyonu için "
        "bütünleştirici önlemlerin desteklenmesi"
    ),
    "Förderung des interkulturellen Dialogs, der interkulturelle Öffnung der Verwaltung und Gesellschaft": (
        "Kültürlerarası diyaloğun, yönetimin ve toplumun kültürlerarası açılımının desteklenmesi"
    ),
    "Präventionsarbeit gegen Rassismus und Demokratiefeindlichkeit": (
        "Irkçılığa ve demokrasi düşmanlığına karşı önleyici çalışmalar"
    ),
    "Antidiskriminierungserstberatung": "Ayrımcılık konusunda ilk danışmanlık",
    "Unterstützung bürgerschaftlichen Engagements in der Integrations- und Migrationsarbeit": (
        "Entegrasyon ve göç çalışmalarında sivil katılımın desteklenmesi"
    ),
    (
        "Kooperation und Vernetzung mit allen Institutionen, Einrichtungen, Vereinen und Initiativen, die am "
        "Integrationsprozess in der Stadt beteiligt sind"
    ): ("Şehirdeki entegrasyon sürecine katılan tüm kurum, kuruluş, dernek ve girişimlerle iş birliği ve ağ oluşturma"),
    "Ansprechpartnerin für den Sprach- und Kulturmittlerdienst in der Stadt Zwickau und im Landkreis.": (
        "Zwickau Şehri ve ilçedeki dil ve kültür aracılığı hizmeti için irtibat kişisi."
    ),
    "Ansprechpartnerin für die Integrationsberatungsstelle in der Stadt Zwickau.": (
        "Zwickau Şehri'ndeki entegrasyon danışma merkezi için irtibat kişisi."
    ),
    "Sprach- und Kulturmittlerdienst": "Dil ve kültür aracılığı hizmeti",
    (
        "Der Sprach- und Kulturmittlerdienst ist ein Kooperationsprojekt der Stadt Zwickau mit der Westsächsischen "
        "Hochschule Zwickau und wird finanziell gefördert durch den Landkreis Zwickau auf der Grundlage der "
        "Richtlinie Integrative Maßnahmen des Freistaates Sachsen."
    ): (
        "Dil ve kültür aracılığı hizmeti, Zwickau Şehri ile Westsächsische Hochschule Zwickau'nun (uygulamalı "
        "bilimler yüksekokulu) bir iş birliği projesidir ve Saksonya Özgür Devleti'nin bütünleştirici önlemler "
        "yönergesi (Richtlinie Integrative Maßnahmen) temelinde Landkreis Zwickau (Zwickau ilçesi) tarafından mali "
        "olarak desteklenmektedir."
    ),
    "Richtlinie Integrative Maßnahmen des Freistaates Sachsen": (
        "Saksonya Özgür Devleti'nin bütünleştirici önlemler yönergesi (Richtlinie Integrative Maßnahmen)"
    ),
}
