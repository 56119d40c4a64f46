"""Gera: the commissioner for migration and integration, her seats and the 2017 integration prize.

German copied verbatim from seed 003 (the page's language and contrast switches are left
out); English is a faithful translation. Bodies' names stay German.
"""

CITY = {
    "slug": "gera",
    "name": {"de": "Stadt Gera", "en": "City of Gera"},
    "short_name": "Gera",
    "federal_state": "TH",
    "website": "https://www.gera.de",
    "offices": [
        {
            "slug": "migrations-und-integrationsbeauftragte",
            "kind": "integration",
            "name": {
                "de": "Migrations- und Integrationsbeauftragte",
                "en": "Commissioner for Migration and Integration",
            },
            "heading": {
                "de": "Neu in Deutschland? Willkommen in Gera!",
                "en": "New in Germany? Welcome to Gera!",
            },
            "mission": {
                "de": "Die Migrations- und Integrationsbeauftragte der Stadt Gera wirkt als Fürsprecherin der in Gera "
                "lebenden Menschen mit Zuwanderungsgeschichte. Sie arbeitet darauf hin, dass deren Interessen bei "
                "kommunalen Planungen und Entscheidungen ausreichend berücksichtigt werden.",
                "en": "The Commissioner for Migration and Integration of the City of Gera acts as an advocate for "
                "the people with an immigration history who live in Gera. She works to ensure that their interests "
                "are adequately taken into account in municipal planning and decisions.",
            },
            "description": {
                "de": "Sie fördert das partnerschaftliche Zusammenleben von Menschen mit und ohne "
                "Migrationshintergrund und unterstützt die Integration von Menschen aus anderen Kulturen.\n"
                "Die Migrationsbeauftragte gestaltet und beteiligt sich an Veranstaltungen und Projekten zur "
                "Förderung von Toleranz und Demokratie, unterstützt die Flüchtlingssozialarbeit, betreibt "
                "Öffentlichkeitsarbeit gegen Fremdenfeindlichkeit in Zusammenarbeit mit anderen Trägern und "
                "unterstützt ethnische Minderheiten bei der Bewahrung ihrer kulturellen Identität",
                "en": "She promotes coexistence in partnership between people with and without a migration "
                "background and supports the integration of people from other cultures.\n"
                "The Migration Commissioner organises and takes part in events and projects promoting tolerance and "
                "democracy, supports social work with refugees, does public relations work against xenophobia in "
                "cooperation with other organisations and supports ethnic minorities in preserving their cultural "
                "identity",
            },
            "scope_note": {
                "de": "Exekutive ausländerrechtliche Befugnisse hat sie nicht.",
                "en": "She has no executive powers under the law on foreigners.",
            },
            "phone": "0365/838 3019",
            "email": "migration.integrationsbeauftragte@gera.de",
            "memberships": [
                {
                    "body": "Netzwerk Integration",
                    "role": {"de": "Koordinatorin", "en": "Coordinator"},
                },
                {
                    "body": "Runder Tisch für Toleranz und Menschlichkeit, gegen Gewalt und Fremdenfeindlichkeit",
                    "role": {"de": "Mitglied", "en": "Member"},
                },
                {
                    "body": "Begleitausschuss des Lokalen Aktionsplanes",
                    "role": {"de": "Mitglied und Koordinatorin", "en": "Member and coordinator"},
                },
                {
                    "body": "Netzwerk gegen häusliche Gewalt",
                    "role": {"de": "beratendes Mitglied", "en": "Advisory member"},
                },
                {
                    "body": "Jugendhilfeausschuss",
                    "role": {"de": "beratendes Mitglied", "en": "Advisory member"},
                },
                {
                    "body": "Freundeskreis für Flüchtlinge",
                    "role": {"de": "Mitwirkende", "en": "Contributor"},
                },
            ],
            "prize_calls": [
                {
                    "slug": "integrationspreis-2017",
                    # "Voraussetzung für Bewerbung oder Vorschlag": entered by application or nomination.
                    "kind": "both",
                    "name": {"de": "Integrationspreis", "en": "Integration Prize"},
                    "title": {
                        "de": "Stadt Gera verleiht Integrationspreis",
                        "en": "City of Gera awards Integration Prize",
                    },
                    "description": {
                        "de": "Die Stadt Gera würdigt erfolgreiches Engagement für ein gleichberechtigtes Miteinander "
                        "von Kindern und Jugendlichen mit und ohne Zuwanderungsgeschichte mit dem ersten Geraer "
                        "Integrationspreis. Der Preis steht unter dem Motto „Schule macht (Dich!) stark“ und richtet "
                        "sich an Bildungseinrichtungen der Stadt Gera.",
                        "en": "With the first Gera Integration Prize, the City of Gera honours successful commitment "
                        "to children and young people with and without an immigration history living together as "
                        "equals. The prize has the motto „Schule macht (Dich!) stark“ (“School makes (you!) "
                        "strong”) and is aimed at educational institutions in the City of Gera.",
                    },
                    "motto": "„Schule macht (Dich!) stark“",
                    "audience": {
                        "de": "Bildungseinrichtungen der Stadt Gera",
                        "en": "Educational institutions in the City of Gera",
                    },
                    "requirements": {
                        "de": "Voraussetzung für Bewerbung oder Vorschlag ist die fristgemäße Einreichung der "
                        "vollständigen Bewerbungsunterlagen bis zum 28. April 2017. Das Bewerbungsformular finden Sie "
                        "im Downloadbereich auf dieser Seite.",
                        "en": "To apply or to nominate, the complete application documents must be submitted on "
                        "time, by 28 April 2017. You will find the application form in the download area on this "
                        "page.",
                    },
                    "deadline": "2017-04-28",
                    "amount": "3500.00",
                    "currency": "EUR",
                    "funding": {
                        "de": "Der Integrationspreis wird mit Mitteln aus dem Europäischen Sozialfonds ESF gefördert "
                        "durch das Projekt Integrationsmanagement und ist insgesamt mit 3.500 Euro dotiert.",
                        "en": "The Integration Prize is funded with money from the European Social Fund (ESF) "
                        "through the Integrationsmanagement (integration management) project and is endowed with "
                        "3,500 euros in total.",
                    },
                    "phone": "0365/838 3019",
                    "email": "migration.integrationsbeauftragte@gera.de",
                },
            ],
        },
    ],
}
