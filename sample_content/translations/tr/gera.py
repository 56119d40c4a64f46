"""Turkish texts of sample_content.offices.gera, keyed by the German text they translate (texts not already in a
module before it).
"""

TEXTS = {
    "Stadt Gera": "Gera Şehri",
    "Migrations- und Integrationsbeauftragte": "Göç ve Entegrasyon Sorumlusu",
    "Neu in Deutschland? Willkommen in Gera!": "Almanya'da yeni misiniz? Gera'ya hoş geldiniz!",
    (
        "Die Migrations- und Integrationsbeauftragte der Stadt Gera wirkt als Fürsprecherin der in Gera lebenden "
        "Menschen mit Zuwanderungsgeschichte. Sie arbeitet darauf hin, dass deren Interessen bei kommunalen "
        "Planungen und Entscheidungen ausreichend berücksichtigt werden."
    ): (
        "Gera Şehri göç ve entegrasyon sorumlusu, Gera'da yaşayan göç geçmişine sahip insanların savunucusu olarak "
        "çalışır. Onların çıkarlarının belediye planlama ve kararlarında yeterince dikkate alınması için çaba "
        "gösterir."
    ),
    (
        "Sie fördert das partnerschaftliche Zusammenleben von Menschen mit und ohne Migrationshintergrund und "
        "unterstützt die Integration von Menschen aus anderen Kulturen.\nDie Migrationsbeauftragte gestaltet und "
        "beteiligt sich an Veranstaltungen und Projekten zur Förderung von Toleranz und Demokratie, unterstützt die "
        "Flüchtlingssozialarbeit, betreibt Öffentlichkeitsarbeit gegen Fremdenfeindlichkeit in Zusammenarbeit mit "
        "anderen Trägern und unterstützt ethnische Minderheiten bei der Bewahrung ihrer kulturellen Identität"
    ): (
        "Göçmen kökenli olan ve olmayan insanların ortaklık içinde bir arada yaşamasını destekler ve başka "
        "kültürlerden gelen insanların entegrasyonunu destekler.\nGöç sorumlusu hoşgörüyü ve demokrasiyi geliştiren "
        "etkinlik ve projeler düzenler ve bunlara katılır, mültecilerle sosyal çalışmayı destekler, diğer "
        "kuruluşlarla iş birliği içinde yabancı düşmanlığına karşı kamuoyu çalışması yürütür ve etnik azınlıkları "
        "kültürel kimliklerini korumada destekler"
    ),
    "Exekutive ausländerrechtliche Befugnisse hat sie nicht.": "Yabancılar hukuku kapsamında yürütme yetkisi yoktur.",
    "Koordinatorin": "Koordinatör",
    "Mitglied": "Üye",
    "Mitglied und Koordinatorin": "Üye ve koordinatör",
    "beratendes Mitglied": "Danışman üye",
    "Mitwirkende": "Katılımcı",
    "Integrationspreis": "Entegrasyon Ödülü",
    "Stadt Gera verleiht Integrationspreis": "Gera Şehri Entegrasyon Ödülü veriyor",
    (
        "Die Stadt Gera würdigt erfolgreiches Engagement für ein gleichberechtigtes Miteinander von Kindern und "
        "Jugendlichen mit und ohne Zuwanderungsgeschichte mit dem ersten Geraer Integrationspreis. Der Preis steht "
        "unter dem Motto „Schule macht (Dich!) stark“ und richtet sich an Bildungseinrichtungen der Stadt Gera."
    ): (
        "Gera Şehri, birinci Gera Entegrasyon Ödülü ile göç geçmişine sahip olan ve olmayan çocuk ve gençlerin eşit "
        "bir şekilde bir arada yaşaması için gösterilen başarılı çabaları onurlandırıyor. Ödülün sloganı „Schule "
        "macht (Dich!) stark“ („Okul (seni!) güçlü kılar“) olup Gera Şehri'ndeki eğitim kurumlarına yöneliktir."
    ),
    "Bildungseinrichtungen der Stadt Gera": "Gera Şehri'ndeki eğitim kurumları",
    (
        "Voraussetzung für Bewerbung oder Vorschlag ist die fristgemäße Einreichung der vollständigen "
        "Bewerbungsunterlagen bis zum 28. April 2017. Das Bewerbungsformular finden Sie im Downloadbereich auf "
        "dieser Seite."
    ): (
        "Başvuru veya öneri için eksiksiz başvuru belgelerinin 28 Nisan 2017'ye kadar zamanında teslim edilmesi "
        "gerekir. Başvuru formunu bu sayfadaki indirme bölümünde bulabilirsiniz."
    ),
    (
        "Der Integrationspreis wird mit Mitteln aus dem Europäischen Sozialfonds ESF gefördert durch das Projekt "
        "Integrationsmanagement und ist insgesamt mit 3.500 Euro dotiert."
    ): (
        "Entegrasyon Ödülü, Integrationsmanagement (entegrasyon yönetimi) projesi aracılığıyla Avrupa Sosyal Fonu "
        "(ESF) kaynaklarıyla desteklenmekte olup toplam 3.500 Euro değerindedir."
    ),
}
