"""Turkish texts of sample_content.offices.kassel, keyed by the German text they translate (texts not already in
a module before it).
"""

TEXTS = {
    "Stadt Kassel": "Kassel Şehri",
    "Amt für Chancengleichheit": "Fırsat Eşitliği Dairesi",
    "Ziel der Arbeit des Amtes für Chancengleichheit ist die aktive Förderung einer vielfältigen Stadtgesellschaft.": (
        "Fırsat eşitliği dairesinin çalışmasının amacı, çeşitliliğe sahip bir şehir toplumunun etkin biçimde "
        "desteklenmesidir."
    ),
    (
        "In Kassel gibt es eine große Vielfalt an Menschen. Die Menschen, die hier leben sollen alle ihre "
        "persönlichen Lebensmodelle ausleben können, wie die Vielfalt des Geschlechts und der sexuellen "
        "Orientierung, die Vielfalt von Herkunft, Hautfarbe, Sprache, Kultur und Religion. Außerdem soll "
        "Diskriminierung abgewehrt werden. Diskriminierung führt dazu, dass nicht alle, die in Kassel leben, ihre "
        "Potenziale entfalten können, um zur positiven Entwicklung der Stadt beizutragen. Das Amt für "
        "Chancengleichheit bietet eine Anlauf- und Beratungsstelle für die Menschen, die in Kassel leben."
    ): (
        "Kassel'de çok büyük bir insan çeşitliliği vardır. Burada yaşayan herkes, cinsiyet ve cinsel yönelim "
        "çeşitliliği, köken, ten rengi, dil, kültür ve din çeşitliliği gibi kişisel yaşam modellerini "
        "yaşayabilmelidir. Ayrıca ayrımcılığın önüne geçilmelidir. Ayrımcılık, Kassel'de yaşayan herkesin şehrin "
        "olumlu gelişimine katkıda bulunmak için potansiyelini ortaya koyamamasına yol açar. Fırsat eşitliği "
        "dairesi, Kassel'de yaşayan insanlar için bir başvuru ve danışma merkezi sunar."
    ),
    "Familie und Soziales": "Aile ve sosyal işler",
    "Frauen und Mädchen": "Kadınlar ve kız çocukları",
    (
        "Über die Hälfte der Kasseler Bevölkerung Frauen, fast 40 Prozent davon haben einen Migrationshintergrund. "
        "Die Stadt Kassel setzt sich dafür ein, dass Frauen in allen gesellschaftlichen Bereichen die gleichen "
        "Chancen und die gleichen Perspektiven wie Männer erhalten."
    ): (
        "Kassel nüfusunun yarısından fazlası kadındır ve bunların yaklaşık yüzde 40'ı göçmen kökenlidir. Kassel "
        "Şehri, kadınların toplumun tüm alanlarında erkeklerle aynı fırsatlara ve aynı perspektiflere sahip olması "
        "için çalışır."
    ),
    "Interkulturelle Woche": "Kültürlerarası Hafta (Interkulturelle Woche)",
    (
        "Seit vielen Jahren beteiligt sich Kassel an der Interkulturelle Woche. Gruppen, Akteure, Vereine, "
        "Verbände, Religionsgemeinschaften und Gewerkschaften setzen mit vielfältigen Projekten und Aktionen ein "
        "Zeichen für ein Miteinander in Vielfalt und Demokratie."
    ): (
        "Kassel uzun yıllardır Kültürlerarası Hafta'ya katılıyor. Gruplar, aktörler, dernekler, birlikler, dini "
        "topluluklar ve sendikalar çeşitli proje ve etkinliklerle çeşitlilik ve demokrasi içinde bir arada yaşam "
        "için bir işaret veriyor."
    ),
    "Frauenbeauftragte": "Kadın Sorumlusu",
    (
        "Zu den Aufgaben gehören ebenso die Entwicklung und Unterstützung von Initiativen und Projekten in der "
        "Stadt, mit dem Ziel, dass Frauen und Männer tatsächliche Gleichberechtigung erlangen."
    ): (
        "Görevler arasında ayrıca kadınların ve erkeklerin gerçek eşitliğe ulaşması amacıyla şehirdeki girişim ve "
        "projelerin geliştirilmesi ve desteklenmesi de yer alır."
    ),
    (
        "Die Frauenbeauftragte macht mit diesem Ziel Vorschläge für Vorhaben und Programme des Magistrats und regt "
        "Maßnahmen an."
    ): (
        "Kadın sorumlusu bu amaçla Magistrat'ın (şehrin yürütme organı) plan ve programları için önerilerde bulunur "
        "ve önlemler başlatır."
    ),
    "Sie ist Anlaufstelle für Wünsche und Beschwerden der Kasseler Bürgerinnen.": (
        "Kasselli kadın vatandaşların istek ve şikâyetleri için başvuru noktasıdır."
    ),
    (
        "Die Frauenbeauftragte ist auch zuständig für die Unterstützung und Verwaltung von Frauen‐ und "
        "Mädcheneinrichtungen, die mit städtischen Mitteln gefördert werden."
    ): (
        "Kadın sorumlusu ayrıca belediye kaynaklarıyla desteklenen kadın ve kız çocukları kuruluşlarının "
        "desteklenmesinden ve yönetiminden de sorumludur."
    ),
    "Integrationsbeauftragte": "Entegrasyon Sorumlusu",
    (
        "Rund ein Drittel der in Kassel lebenden Menschen haben einen Migrationshintergrund. Die "
        "Integrationsbeauftragte der Stadt vertritt die Interessen dieser Menschen."
    ): (
        "Kassel'de yaşayan insanların yaklaşık üçte biri göçmen kökenlidir. Şehrin entegrasyon sorumlusu bu "
        "insanların çıkarlarını temsil eder."
    ),
    "Antidiskriminierungsstelle": "Ayrımcılıkla Mücadele Birimi",
    (
        "Die neu eingerichtete Stelle ist im Amt für Chancengleichheit angesiedelt. Der Magistrat stärkt mit der "
        "Einrichtung der Stelle die Anlauf- und Beratungsstrukturen für Betroffene von Diskriminierung und setzt "
        "gleichzeitig auch die Weichen für eine Stadt, die eine Antidiskriminierungskultur aktiv gestaltet und "
        "umsetzt."
    ): (
        "Yeni kurulan birim fırsat eşitliği dairesine bağlıdır. Magistrat (şehrin yürütme organı), bu birimi "
        "kurarak ayrımcılığa uğrayanlar için başvuru ve danışma yapılarını güçlendiriyor ve aynı zamanda "
        "ayrımcılıkla mücadele kültürünü etkin biçimde şekillendiren ve uygulayan bir şehrin yolunu açıyor."
    ),
}
