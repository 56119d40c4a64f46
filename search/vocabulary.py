"""The curated life situations a new installation starts with (data migration 0003); staff edit them later.

Each entry gives per language the name shown in "What do you need help
with?" and the words residents type, one per line in the admin. The words are
everyday ones in each language's own script, not translations of German
office terms.
"""

SITUATIONS = [
    {
        "slug": "violence-and-protection",
        "name": {
            "de": "Gewalt und Schutz",
            "en": "Violence and protection",
            "uk": "Насильство і захист",
            "ar": "العنف والحماية",
            "tr": "Şiddet ve korunma",
            "ru": "Насилие и защита",
            "fa": "خشونت و محافظت",
        },
        "synonyms": {
            "de": ["Gewalt", "häusliche Gewalt", "Gewaltschutz", "Schutz vor Gewalt", "Opferschutz", "Bedrohung"],
            "en": ["violence", "domestic violence", "abuse", "protection from violence", "threat", "threatened"],
            "uk": ["насильство", "домашнє насильство", "захист від насильства", "погрози", "кривдник"],
            "ar": ["عنف", "العنف الأسري", "العنف المنزلي", "الحماية من العنف", "تهديد"],
            "tr": ["şiddet", "aile içi şiddet", "ev içi şiddet", "şiddetten korunma", "tehdit"],
            "ru": ["насилие", "домашнее насилие", "защита от насилия", "угрозы"],
            "fa": ["خشونت", "خشونت خانگی", "محافظت در برابر خشونت", "تهدید"],
        },
    },
    {
        "slug": "residence",
        "name": {
            "de": "Aufenthalt",
            "en": "Residence",
            "uk": "Перебування",
            "ar": "الإقامة",
            "tr": "Oturum",
            "ru": "Пребывание",
            "fa": "اقامت",
        },
        "synonyms": {
            "de": ["Aufenthaltserlaubnis", "Aufenthaltstitel", "Aufenthaltsrecht", "Ausländerbehörde", "Visum"],
            "en": ["residence permit", "residence title", "visa", "immigration office", "naturalisation"],
            "uk": ["посвідка на проживання", "дозвіл на проживання", "віза", "громадянство"],
            "ar": ["تصريح الإقامة", "إقامة", "تأشيرة", "التجنس"],
            "tr": ["oturma izni", "ikamet izni", "vize", "vatandaşlık"],
            "ru": ["вид на жительство", "разрешение на пребывание", "виза", "гражданство"],
            "fa": ["اجازه اقامت", "ویزا", "تابعیت"],
        },
    },
    {
        "slug": "asylum-and-refuge",
        "name": {
            "de": "Asyl und Flucht",
            "en": "Asylum and refuge",
            "uk": "Притулок і біженці",
            "ar": "اللجوء",
            "tr": "İltica ve sığınma",
            "ru": "Убежище и беженцы",
            "fa": "پناهندگی",
        },
        "synonyms": {
            "de": ["Asyl", "Asylverfahren", "Flüchtling", "Geflüchtete", "Duldung", "Asylbewerber"],
            "en": ["asylum", "asylum procedure", "refugee", "refugees", "tolerated stay"],
            "uk": ["притулок", "біженець", "біженці", "шукачі притулку"],
            "ar": ["لجوء", "لاجئ", "لاجئين", "طلب اللجوء"],
            "tr": ["iltica", "sığınma", "mülteci", "sığınmacı"],
            "ru": ["убежище", "беженец", "беженцы", "просители убежища"],
            "fa": ["پناهنده", "پناهجو"],
        },
    },
    {
        "slug": "discrimination",
        "name": {
            "de": "Diskriminierung",
            "en": "Discrimination",
            "uk": "Дискримінація",
            "ar": "التمييز",
            "tr": "Ayrımcılık",
            "ru": "Дискриминация",
            "fa": "تبعیض",
        },
        "synonyms": {
            "de": ["Diskriminierung", "Benachteiligung", "Rassismus", "Antidiskriminierung", "Ungleichbehandlung"],
            "en": ["discrimination", "discriminated", "racism", "unequal treatment", "anti-discrimination"],
            "uk": ["дискримінація", "дискримінації", "расизм", "нерівне ставлення"],
            "ar": ["تمييز", "التمييز", "عنصرية", "العنصرية"],
            "tr": ["ayrımcılık", "ayrımcılığa", "ırkçılık", "eşit olmayan muamele"],
            "ru": ["дискриминация", "дискриминации", "расизм", "неравное обращение"],
            "fa": ["تبعیض", "نژادپرستی"],
        },
    },
    {
        "slug": "work-and-family",
        "name": {
            "de": "Beruf und Familie",
            "en": "Work and family",
            "uk": "Робота і сім'я",
            "ar": "العمل والأسرة",
            "tr": "İş ve aile",
            "ru": "Работа и семья",
            "fa": "کار و خانواده",
        },
        "synonyms": {
            "de": ["Vereinbarkeit von Familie und Beruf", "Beruf und Familie", "Kinderbetreuung", "Wiedereinstieg"],
            "en": ["work and family", "work-life balance", "childcare", "return to work"],
            "uk": ["робота і сім'я", "догляд за дітьми", "повернення на роботу"],
            "ar": ["العمل والأسرة", "رعاية الأطفال", "العودة إلى العمل"],
            "tr": ["iş ve aile", "çocuk bakımı", "işe dönüş"],
            "ru": ["работа и семья", "уход за детьми", "возвращение на работу"],
            "fa": ["کار و خانواده", "مراقبت از کودک", "بازگشت به کار"],
        },
    },
    {
        "slug": "women-and-equality",
        "name": {
            "de": "Frauen und Gleichstellung",
            "en": "Women and equality",
            "uk": "Жінки і рівність",
            "ar": "المرأة والمساواة",
            "tr": "Kadınlar ve eşitlik",
            "ru": "Женщины и равноправие",
            "fa": "زنان و برابری",
        },
        "synonyms": {
            "de": ["Frauen", "Gleichstellung", "Gleichberechtigung", "Chancengleichheit", "Frauenbeauftragte"],
            "en": ["women", "equality", "gender equality", "equal opportunities", "equal rights"],
            "uk": ["жінки", "рівність", "гендерна рівність", "рівні можливості", "рівноправність"],
            "ar": ["المرأة", "النساء", "المساواة", "المساواة بين الجنسين", "تكافؤ الفرص"],
            "tr": ["kadın", "kadınlar", "eşitlik", "cinsiyet eşitliği", "fırsat eşitliği"],
            "ru": ["женщины", "равенство", "гендерное равенство", "равные возможности", "равноправие"],
            "fa": ["زنان", "برابری", "برابری جنسیتی", "فرصت‌های برابر"],
        },
    },
    {
        "slug": "interpreting",
        "name": {
            "de": "Sprachmittlung und Dolmetschen",
            "en": "Interpreting and language mediation",
            "uk": "Усний переклад і мовне посередництво",
            "ar": "الترجمة والوساطة اللغوية",
            "tr": "Tercümanlık ve dil aracılığı",
            "ru": "Устный перевод и языковое посредничество",
            "fa": "ترجمه شفاهی و میانجی زبانی",
        },
        "synonyms": {
            "de": ["Dolmetscher", "Dolmetschen", "Sprachmittler", "Sprachmittlung", "Kulturmittler", "Übersetzung"],
            "en": ["interpreter", "interpreting", "language mediation", "translation", "translator"],
            "uk": ["перекладач", "усний переклад", "переклад"],
            "ar": ["مترجم", "ترجمة", "ترجمة فورية"],
            "tr": ["tercüman", "çevirmen", "çeviri"],
            "ru": ["переводчик", "устный перевод", "перевод"],
            "fa": ["مترجم", "ترجمه", "ترجمه شفاهی"],
        },
    },
    {
        "slug": "integration-prizes-and-funding",
        "name": {
            "de": "Integrationspreise und Förderung",
            "en": "Integration prizes and funding",
            "uk": "Премії за інтеграцію та фінансування",
            "ar": "جوائز الاندماج والتمويل",
            "tr": "Uyum ödülleri ve destek",
            "ru": "Премии за интеграцию и финансирование",
            "fa": "جوایز ادغام و حمایت مالی",
        },
        "synonyms": {
            "de": ["Integrationspreis", "Preis", "Auszeichnung", "Förderung", "Wettbewerb"],
            "en": ["integration prize", "integration award", "prize", "award", "funding", "grant"],
            "uk": ["премія за інтеграцію", "премія", "нагорода", "фінансування", "грант"],
            "ar": ["جائزة الاندماج", "جائزة", "تمويل", "منحة"],
            "tr": ["entegrasyon ödülü", "uyum ödülü", "ödül", "hibe"],
            "ru": ["премия за интеграцию", "премия", "награда", "финансирование", "грант"],
            "fa": ["جایزه ادغام", "جایزه", "حمایت مالی", "کمک هزینه"],
        },
    },
    {
        "slug": "integration-and-migration",
        "name": {
            "de": "Integration und Migration",
            "en": "Integration and migration",
            "uk": "Інтеграція та міграція",
            "ar": "الاندماج والهجرة",
            "tr": "Uyum ve göç",
            "ru": "Интеграция и миграция",
            "fa": "ادغام و مهاجرت",
        },
        "synonyms": {
            "de": ["Integration", "Migration", "Zuwanderung", "Migrationshintergrund", "neu in Deutschland"],
            "en": ["integration", "migration", "immigration", "migrant", "new in Germany"],
            "uk": ["інтеграція", "міграція", "мігранти", "новоприбулі"],
            "ar": ["الاندماج", "اندماج", "الهجرة", "مهاجر", "مهاجرين"],
            "tr": ["entegrasyon", "uyum", "göç", "göçmen"],
            "ru": ["интеграция", "миграция", "мигранты", "мигрант"],
            "fa": ["ادغام", "مهاجرت", "مهاجر", "مهاجران"],
        },
    },
    {
        "slug": "sign-language",
        "name": {
            "de": "Gebärdensprache",
            "en": "Sign language",
            "uk": "Жестова мова",
            "ar": "لغة الإشارة",
            "tr": "İşaret dili",
            "ru": "Жестовый язык",
            "fa": "زبان اشاره",
        },
        "synonyms": {
            "de": ["Gebärdensprache", "DGS", "gehörlos", "Gehörlose", "taub"],
            "en": ["sign language", "German Sign Language", "deaf"],
            "uk": ["жестова мова", "глухі", "глухий"],
            "ar": ["لغة الإشارة", "أصم", "الصم"],
            "tr": ["işaret dili", "sağır", "işitme engelli"],
            "ru": ["жестовый язык", "язык жестов", "глухие", "глухой"],
            "fa": ["زبان اشاره", "ناشنوا"],
        },
    },
]


def install() -> int:
    """Create the situations that are missing (e.g. after a test flushed the tables); existing ones stay as edited."""
    from .models import LifeSituation

    created = 0
    for position, data in enumerate(SITUATIONS):
        values = {"position": position, "name": data["name"]["de"]}
        values |= {f"name_{language}": name for language, name in data["name"].items()}
        values |= {f"synonyms_{language}": "\n".join(terms) for language, terms in data["synonyms"].items()}
        created += LifeSituation.objects.get_or_create(slug=data["slug"], defaults=values)[1]
    return created
