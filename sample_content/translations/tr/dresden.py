"""Turkish texts of sample_content.offices.dresden, keyed by the German text they translate (texts not
already in a module before it).

The rendering of the quoted law has no German column; it is keyed by the English rendering."""

TEXTS = {
    "Landeshauptstadt Dresden": "Eyalet Başkenti Dresden",
    "Integrations- und Ausländerbeauftragte": "Entegrasyon ve Yabancılar Sorumlusu",
    (
        "Ziel der Arbeit der Integrations- und Ausländerbeauftragten ist es, die Integration von Menschen mit "
        "Migrationshintergrund auf kommunaler Ebene zu befördern sowie zum Abbau vorhandener struktureller und "
        "individueller Benachteiligung beizutragen."
    ): (
        "Entegrasyon ve yabancılar sorumlusunun çalışmasının amacı, göçmen kökenli insanların belediye düzeyinde "
        "entegrasyonunu ilerletmek ve mevcut yapısal ve bireysel dezavantajların azaltılmasına katkıda bulunmaktır."
    ),
    (
        "Die Aufgaben der Integrations- und Ausländerbeauftragten ergeben sich vorrangig aus Art. 3 Abs. 3 des "
        "Grundgesetzes und aus Art. 18 Abs. 3 der Sächsischen Verfassung, dort heißt es jeweils:"
    ): (
        "Entegrasyon ve yabancılar sorumlusunun görevleri öncelikle Grundgesetz'in (Temel Yasa) 3. maddesinin 3. "
        "fıkrasından ve Sächsische Verfassung'un (Saksonya Anayasası) 18. maddesinin 3. fıkrasından kaynaklanır; "
        "her ikisinde de şöyle denir:"
    ),
    "Zu den Aufgaben der Integrations- und Ausländerbeauftragten gehören:": (
        "Entegrasyon ve yabancılar sorumlusunun görevleri arasında şunlar yer alır:"
    ),
    (
        "Förderung des Bewusstseins für die Integration von Menschen mit Migrationshintergrund in der "
        "Öffentlichkeit und Fachöffentlichkeit durch Veranstaltungen, Seminare, Medienarbeit, Aktionen, "
        "Informationen, Broschüren"
    ): (
        "Etkinlikler, seminerler, medya çalışmaları, kampanyalar, bilgilendirmeler ve broşürler aracılığıyla "
        "kamuoyunda ve uzman çevrelerde göçmen kökenli insanların entegrasyonu konusunda farkındalığın "
        "geliştirilmesi"
    ),
    (
        "Analyse der realen Lebenslage von Frauen und Männern mit Migrationshintergrund in Dresden durch "
        "Erarbeitung eines periodischen Situationsberichtes"
    ): (
        "Düzenli bir durum raporu hazırlanarak Dresden'deki göçmen kökenli kadın ve erkeklerin gerçek yaşam "
        "koşullarının analizi"
    ),
    (
        "Abbau bestehender und Vermeidung künftiger Benachteiligung durch Initiierung von Projekten und durch "
        "Auseinandersetzung mit der Situation in der Kommune"
    ): (
        "Projeler başlatılarak ve belediyedeki durum ele alınarak mevcut dezavantajların azaltılması ve gelecekteki "
        "dezavantajların önlenmesi"
    ),
    (
        "Sicherung von Chancengleichheit für Menschen mit Migrationshintergrund bei kommunalen Entscheidungen zu "
        "Fragen der Arbeitswelt, Gesundheit, Erziehung, Familie, Bildung, Kultur, Stadtplanung, Politik und so "
        "weiter und des gesamten sozialen Umfeldes durch"
    ): (
        "Çalışma hayatı, sağlık, yetiştirme, aile, eğitim, kültür, şehir planlaması, siyaset vb. ile tüm sosyal "
        "çevreye ilişkin belediye kararlarında göçmen kökenli insanlar için fırsat eşitliğinin güvence altına "
        "alınması; bunun yolları:"
    ),
    "Einflussnahme in relevanten Gremien": "ilgili kurullarda etkide bulunma",
    "Zusammenarbeit mit dem Ausländerbeirat": "Ausländerbeirat (yabancılar danışma kurulu) ile iş birliği",
    "Einbringen von integrationspolitischen Anliegen und Forderungen und": (
        "entegrasyon politikasına ilişkin konu ve taleplerin dile getirilmesi ve"
    ),
    "Sichtung der Stadtratsvorlagen und Erarbeiten von Stellungnahmen": (
        "belediye meclisine sunulan tasarıların incelenmesi ve görüş hazırlanması"
    ),
    "Zusammenarbeit mit Stadträtinnen und Stadträten, Personalrat, Verbänden, Vereinen und Organisationen": (
        "Belediye meclisi üyeleri, personel temsilciliği, birlikler, dernekler ve kuruluşlarla iş birliği"
    ),
    (
        "Begleitung und Kontrolle der Arbeit der einzelnen Fachämter in Bezug auf die Integration von Menschen mit "
        "Migrationshintergrund"
    ): (
        "Tek tek uzman dairelerin göçmen kökenli insanların entegrasyonuna ilişkin çalışmalarına eşlik edilmesi ve "
        "bu çalışmaların denetlenmesi"
    ),
    "Erstberatung von Rat suchenden Frauen und Männern mit Migrationshintergrund im Einzelfall": (
        "Danışmak isteyen göçmen kökenli kadın ve erkeklere bireysel durumlarda ilk danışmanlık"
    ),
    "Unterstützung der Tätigkeit von Vereinen und Initiativen": "Dernek ve girişimlerin faaliyetlerinin desteklenmesi",
    "Unterstützung der interkulturellen Arbeit mit Mädchen und Jungen": (
        "Kız ve erkek çocuklarla kültürlerarası çalışmanın desteklenmesi"
    ),
    "Erarbeitung, Begleitung der Umsetzung und Fortschreibung des Integrationskonzeptes": (
        "Entegrasyon konseptinin hazırlanması, uygulanmasına eşlik edilmesi ve güncellenmesi"
    ),
    "nach Vereinbarung": "randevu ile",
    "Ausländerbehörde": "Yabancılar dairesi (Ausländerbehörde)",
    "Bei Fragen zu Ihrem Aufenthalt": "Oturumunuzla ilgili sorularınız için",
    "Situationsbericht": "Durum raporu",
    "Analyse der realen Lebenslage von Frauen und Männern mit Migrationshintergrund in Dresden": (
        "Dresden'deki göçmen kökenli kadın ve erkeklerin gerçek yaşam koşullarının analizi"
    ),
    "periodisch": "düzenli aralıklarla",
    "Integrationskonzept": "Entegrasyon konsepti",
    "Schließtag am 13. November 2024": "13 Kasım 2024 kapalı gün",
    (
        "Das Büro ist am Mittwoch, den 13. November 2024 geschlossen. Für etwaige Anfragen ist das Team ab 14. "
        "November wieder erreichbar."
    ): (
        "Büro 13 Kasım 2024 Çarşamba günü kapalıdır. Olası talepleriniz için ekibe 14 Kasım'dan itibaren yeniden "
        "ulaşılabilir."
    ),
    (
        "“No person shall be disfavoured or favoured because of sex, parentage, race, language, homeland and "
        "origin, faith, or religious or political opinions.”"
    ): (
        "“Hiç kimse cinsiyeti, soyu, ırkı, dili, yurdu ve kökeni, inancı, dini veya siyasi görüşleri nedeniyle "
        "dezavantajlı duruma düşürülemez veya ayrıcalıklı kılınamaz.”"
    ),
}
