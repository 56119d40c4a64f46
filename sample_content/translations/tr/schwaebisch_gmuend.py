"""Turkish texts of sample_content.offices.schwaebisch_gmuend, keyed by the German text they translate (texts
not already in a module before it).
"""

TEXTS = {
    "Stadt Schwäbisch Gmünd": "Schwäbisch Gmünd Şehri",
    "Stabsstelle Integration": "Entegrasyon Koordinasyon Birimi",
    "Zuwanderung und Integration in Schwäbisch Gmünd": "Schwäbisch Gmünd'de göç ve entegrasyon",
    "(Neu-)Zuwanderer aus der Europäischen Union (EU) oder Drittstaaten": (
        "Avrupa Birliği'nden (AB) veya üçüncü ülkelerden (yeni) göçmenler"
    ),
    (
        "Bereits (länger) in GD lebende Migrant/Innen, die noch Unterstützung bei der beruflichen und/oder sozialen "
        "Integration benötigen"
    ): ("GD'de (uzun süredir) yaşayan ve mesleki ve/veya sosyal entegrasyonda hâlâ desteğe ihtiyaç duyan göçmenler"),
    (
        "anerkannte Asylbewerber/-innen bzw. dann Menschen mit Migrationshintergrund (nach der gesetzl. "
        "Definition), die schnell beruflich und damit sozial integriert werden können und sollen"
    ): (
        "tanınmış sığınmacılar ya da (yasal tanıma göre) göçmen kökenli olup hızla iş hayatına ve böylece topluma "
        "entegre edilebilecek ve edilmesi gereken insanlar"
    ),
    "Steuerung und stetige Weiterentwicklung des Gmünder Integrationsprozesses": (
        "Gmünd entegrasyon sürecinin yönetilmesi ve sürekli geliştirilmesi"
    ),
    "Umsetzung der Integrationskonzept/e – aktuell: „Gmünder Weg für alle": (
        "Entegrasyon konsept(ler)inin uygulanması – şu anda: „Gmünder Weg für alle“ (Herkes için Gmünd yolu)"
    ),
    "Begleitung und Geschäftsführung des Integrationsbeirates und der stadtinternen Fachgruppe Zuwanderung": (
        "Integrationsbeirat'ın (entegrasyon danışma kurulu) ve şehir içi Fachgruppe Zuwanderung'un (göç uzman "
        "grubu) çalışmalarına eşlik edilmesi ve sekretaryalarının yürütülmesi"
    ),
    "Ansprechpartner für migrations- und integrationsrelevante Fragen": (
        "Göç ve entegrasyonla ilgili sorular için irtibat noktası"
    ),
    "Bindeglied zwischen den Expertengruppen und städtischen Gremien": (
        "Uzman grupları ile şehir kurulları arasında köprü"
    ),
    (
        "Schnittstelle zur Projektstelle für Integration und für Flüchtlinge (PFiFF) – Stichwort: Abstimmung der "
        "Integrations- und Flüchtlingsarbeit"
    ): (
        "Projektstelle für Integration und für Flüchtlinge (PFiFF, entegrasyon ve mülteciler proje birimi) ile "
        "bağlantı – anahtar kelime: entegrasyon ve mülteci çalışmalarının eşgüdümü"
    ),
    "Anlaufstelle für die o.g. Zielgruppe/n": "Yukarıda anılan hedef grup(lar) için başvuru noktası",
    (
        "Bürgersprechstunde für die o.g. Zielgruppe/n – hier: Individuelle Unterstützung und Begleitung bei der "
        "beruflichen und sozialen Integration"
    ): (
        "Yukarıda anılan hedef grup(lar) için vatandaş görüşme saati – burada: mesleki ve sosyal entegrasyonda "
        "bireysel destek ve rehberlik"
    ),
    (
        "Kontakte, Vernetzung und verstärkte Einbindung von Migrantenorganisationen – auch: verstärkte Einbindung "
        "der weiblichen Vertreterinnen von Migrantenorganisationen"
    ): (
        "Göçmen örgütleriyle temaslar, ağ oluşturma ve bu örgütlerin daha güçlü katılımı – ayrıca: göçmen "
        "örgütlerinin kadın temsilcilerinin daha güçlü katılımı"
    ),
    "Planung und Durchführung der jährlichen öffentlichen Integrationsforen": (
        "Yıllık kamuya açık entegrasyon forumlarının planlanması ve düzenlenmesi"
    ),
    (
        "Organisation der Umsetzung der aus den öffentlichen Integrationsforen resultierenden "
        "Beteiligungsmöglichkeiten und Projektideen"
    ): (
        "Kamuya açık entegrasyon forumlarından doğan katılım olanakları ve proje fikirlerinin hayata geçirilmesinin "
        "organize edilmesi"
    ),
    "Bildungspartnerschaften mit Migrantenorganisationen in Zusammenarbeit mit dem kommunalen Bildungsbüro": (
        "Belediye eğitim bürosu (Bildungsbüro) ile iş birliği içinde göçmen örgütleriyle eğitim ortaklıkları"
    ),
    (
        "Umsetzung und Steuerung, Bündelung, Koordinierung und Ausbau bestehender sowie Initiierung neuer "
        "Integrationsangebote (z.B. Informationsveranstaltungen, kulturelle Veranstaltungen, Ausstellungen usw.)"
    ): (
        "Mevcut entegrasyon hizmetlerinin uygulanması, yönetilmesi, bir araya getirilmesi, koordinasyonu ve "
        "genişletilmesi ile yenilerinin başlatılması (ör. bilgilendirme etkinlikleri, kültürel etkinlikler, "
        "sergiler vb.)"
    ),
    "Begleitung des Interreligiösen Dialogs": "Dinlerarası diyaloğa eşlik edilmesi",
    "Betreuung und Steuerung der Handlungsfelder 4 (Soziales, Gesundheit und Sport) und 5 (Aktives Zusammenleben)": (
        "4 (sosyal işler, sağlık ve spor) ve 5 (etkin bir arada yaşam) numaralı eylem alanlarının takibi ve yönetimi"
    ),
    (
        "Weiterentwicklung der Stadtverwaltung Schwäbisch Gmünd (GD) zur Willkommensbehörde – hier: Integration als "
        "Querschnittsaufgabe"
    ): (
        "Schwäbisch Gmünd (GD) şehir yönetiminin bir hoş geldin kurumuna dönüştürülmesi – burada: kesişen bir görev "
        "olarak entegrasyon"
    ),
    "Beratung und Begleitung von „Gmünd 2020“, dem Strategieprozess für eine nachhaltige Stadtentwicklung": (
        "Sürdürülebilir şehir gelişimi için strateji süreci olan „Gmünd 2020“ye danışmanlık ve eşlik"
    ),
    "Fortschreibung und Aktualisierung der Willkommensmappe": (
        "Hoş geldin dosyasının (Willkommensmappe) güncellenmesi ve yenilenmesi"
    ),
    "Durchführung und Weiterentwicklung des „Tag der Kulturen“": (
        "„Tag der Kulturen“ (Kültürler Günü) etkinliğinin düzenlenmesi ve geliştirilmesi"
    ),
    "Erstellung des Integrationsberichtes und Erhebung aktueller Zahlen der Zuwanderung": (
        "Entegrasyon raporunun hazırlanması ve güncel göç rakamlarının toplanması"
    ),
    "Gmünder Weg für alle": "Gmünder Weg für alle (Herkes için Gmünd yolu)",
    "Tag der Kulturen": "Kültürler Günü (Tag der Kulturen)",
    "Integrationsforen": "Entegrasyon forumları",
    "jährlich": "her yıl",
    "Integrationsbericht": "Entegrasyon raporu",
    "Willkommensmappe": "Hoş geldin dosyası",
}
