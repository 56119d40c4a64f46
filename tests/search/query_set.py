"""The fixed query set: needs × the seven languages, each with the entry expected among the first three.

Expected entries are named by their sort key (city/office[/offer]), the same on every database.
"""

VIOLENCE = "zwickau/gleichstellungsbeauftragte/gewaltschutz-erstberatung"
RESIDENCE = "zwickau/auslaender-und-integrationsbeauftragte/aufenthaltsrecht"
DISCRIMINATION = "kassel/antidiskriminierungsstelle"
WOMEN = "kassel/frauenbeauftragte"
PRIZE = "gera/migrations-und-integrationsbeauftragte"
INTERPRETING = "zwickau/auslaender-und-integrationsbeauftragte"
SIGN_LANGUAGE = "dresden/integrations-und-auslaenderbeauftragte"

QUERY_SET = {
    VIOLENCE: {
        "de": "häusliche Gewalt",
        "en": "domestic violence",
        "uk": "насильство",
        "ar": "عنف",
        "tr": "şiddet",
        "ru": "насилие",
        "fa": "خشونت",
    },
    RESIDENCE: {
        "de": "Aufenthaltserlaubnis",
        "en": "residence permit",
        "uk": "посвідка на проживання",
        "ar": "تصريح الإقامة",
        "tr": "oturma izni",
        "ru": "вид на жительство",
        "fa": "اجازه اقامت",
    },
    DISCRIMINATION: {
        "de": "Diskriminierung am Arbeitsplatz",
        "en": "racism",
        "uk": "дискримінація",
        "ar": "تمييز في العمل",
        "tr": "ayrımcılık",
        "ru": "дискриминация",
        "fa": "تبعیض",
    },
    WOMEN: {
        "de": "Gleichstellung von Frauen",
        "en": "equal opportunities for women",
        "uk": "рівні можливості для жінок",
        "ar": "المساواة بين الجنسين",
        "tr": "kadın hakları",
        "ru": "равноправие женщин",
        "fa": "حقوق زنان",
    },
    PRIZE: {
        "de": "Integrationspreis",
        "en": "integration award",
        "uk": "премія за інтеграцію",
        "ar": "جائزة الاندماج",
        "tr": "uyum ödülü",
        "ru": "премия за интеграцию",
        "fa": "جایزه ادغام",
    },
    INTERPRETING: {
        "de": "Dolmetscher",
        "en": "I need an interpreter",
        "uk": "перекладач",
        "ar": "مترجم",
        "tr": "tercüman",
        "ru": "переводчик",
        "fa": "مترجم",
    },
    SIGN_LANGUAGE: {
        "de": "Gebärdensprache",
        "en": "sign language",
        "uk": "жестова мова",
        "ar": "لغة الإشارة",
        "tr": "işaret dili",
        "ru": "жестовый язык",
        "fa": "زبان اشاره",
    },
}
