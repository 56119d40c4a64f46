"""Persian texts of sample_content.offices.gera, keyed by the German text they translate (texts not already in a
module before it).
"""

TEXTS = {
    "Stadt Gera": "شهر گرا",
    "Migrations- und Integrationsbeauftragte": "مسئول امور مهاجرت و ادغام",
    "Neu in Deutschland? Willkommen in Gera!": "تازه به آلمان آمده‌اید؟ به گرا خوش آمدید!",
    (
        "Die Migrations- und Integrationsbeauftragte der Stadt Gera wirkt als Fürsprecherin der in Gera lebenden "
        "Menschen mit Zuwanderungsgeschichte. Sie arbeitet darauf hin, dass deren Interessen bei kommunalen "
        "Planungen und Entscheidungen ausreichend berücksichtigt werden."
    ): (
        "مسئول امور مهاجرت و ادغام شهر گرا مدافع افرادی است که سابقه مهاجرت دارند و در گرا زندگی می‌کنند. او تلاش "
        "می‌کند تا منافع آنان در برنامه‌ریزی‌ها و تصمیم‌های شهری به اندازه کافی در نظر گرفته شود."
    ),
    (
        "Sie fördert das partnerschaftliche Zusammenleben von Menschen mit und ohne Migrationshintergrund und "
        "unterstützt die Integration von Menschen aus anderen Kulturen.\nDie Migrationsbeauftragte gestaltet und "
        "beteiligt sich an Veranstaltungen und Projekten zur Förderung von Toleranz und Demokratie, unterstützt die "
        "Flüchtlingssozialarbeit, betreibt Öffentlichkeitsarbeit gegen Fremdenfeindlichkeit in Zusammenarbeit mit "
        "anderen Trägern und unterstützt ethnische Minderheiten bei der Bewahrung ihrer kulturellen Identität"
    ): (
        "او همزیستی مبتنی بر همکاری میان افراد دارای پیشینه مهاجرت و بدون آن را ترویج می‌کند و از ادغام افراد از "
        "فرهنگ‌های دیگر حمایت می‌کند.\nمسئول امور مهاجرت رویدادها و پروژه‌هایی برای ترویج مدارا و دموکراسی طراحی "
        "می‌کند و در آنها شرکت می‌کند، از مددکاری اجتماعی برای پناهندگان حمایت می‌کند، با همکاری نهادهای دیگر علیه "
        "بیگانه‌هراسی اطلاع‌رسانی عمومی می‌کند و از اقلیت‌های قومی در حفظ هویت فرهنگی‌شان حمایت می‌کند"
    ),
    "Exekutive ausländerrechtliche Befugnisse hat sie nicht.": "او اختیارات اجرایی در زمینه قانون اتباع خارجی ندارد.",
    "Koordinatorin": "هماهنگ‌کننده",
    "Mitglied": "عضو",
    "Mitglied und Koordinatorin": "عضو و هماهنگ‌کننده",
    "beratendes Mitglied": "عضو مشورتی",
    "Mitwirkende": "همکار",
    "Integrationspreis": "جایزه ادغام",
    "Stadt Gera verleiht Integrationspreis": "شهر گرا جایزه ادغام اعطا می‌کند",
    (
        "Die Stadt Gera würdigt erfolgreiches Engagement für ein gleichberechtigtes Miteinander von Kindern und "
        "Jugendlichen mit und ohne Zuwanderungsgeschichte mit dem ersten Geraer Integrationspreis. Der Preis steht "
        "unter dem Motto „Schule macht (Dich!) stark“ und richtet sich an Bildungseinrichtungen der Stadt Gera."
    ): (
        "شهر گرا با نخستین جایزه ادغام گرا از تعهد موفق برای همزیستی برابر کودکان و نوجوانان با و بدون سابقه مهاجرت "
        "قدردانی می‌کند. شعار جایزه „Schule macht (Dich!) stark“ («مدرسه (تو را!) قوی می‌کند») است و مخاطب آن "
        "مؤسسات آموزشی شهر گرا هستند."
    ),
    "Bildungseinrichtungen der Stadt Gera": "مؤسسات آموزشی شهر گرا",
    (
        "Voraussetzung für Bewerbung oder Vorschlag ist die fristgemäße Einreichung der vollständigen "
        "Bewerbungsunterlagen bis zum 28. April 2017. Das Bewerbungsformular finden Sie im Downloadbereich auf "
        "dieser Seite."
    ): (
        "شرط درخواست یا معرفی، ارائه به‌موقع مدارک کامل درخواست تا 28 آوریل 2017 است. فرم درخواست را در بخش دانلود "
        "همین صفحه می‌یابید."
    ),
    (
        "Der Integrationspreis wird mit Mitteln aus dem Europäischen Sozialfonds ESF gefördert durch das Projekt "
        "Integrationsmanagement und ist insgesamt mit 3.500 Euro dotiert."
    ): (
        "جایزه ادغام با منابع صندوق اجتماعی اروپا (ESF) از طریق پروژه Integrationsmanagement (مدیریت ادغام) تأمین "
        "می‌شود و در مجموع 3500 یورو ارزش دارد."
    ),
}
