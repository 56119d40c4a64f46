"""Kassel: the Amt für Chancengleichheit and its three units.

German copied verbatim from seed 004 (including the missing verb in the "Frauen und
Mädchen" summary and the U+2010 hyphen in "Frauen‐ und Mädcheneinrichtungen"); English
is a faithful translation. The seed's link teasers become a related link, an activity
and the mission statements of the integration and anti-discrimination units.
"""

CITY = {
    "slug": "kassel",
    "name": {"de": "Stadt Kassel", "en": "City of Kassel"},
    "short_name": "Kassel",
    "federal_state": "HE",
    "website": "https://www.kassel.de",
    "offices": [
        {
            "slug": "amt-fuer-chancengleichheit",
            "kind": "equal_opportunity",
            "name": {"de": "Amt für Chancengleichheit", "en": "Office for Equal Opportunities"},
            "mission": {
                "de": "Ziel der Arbeit des Amtes für Chancengleichheit ist die aktive Förderung einer vielfältigen "
                "Stadtgesellschaft.",
                "en": "The aim of the work of the Office for Equal Opportunities is to actively promote a diverse "
                "urban society.",
            },
            "description": {
                "de": "In Kassel gibt es eine große Vielfalt an Menschen. Die Menschen, die hier leben sollen alle "
                "ihre persönlichen Lebensmodelle ausleben können, wie die Vielfalt des Geschlechts und der sexuellen "
                "Orientierung, die Vielfalt von Herkunft, Hautfarbe, Sprache, Kultur und Religion. Außerdem soll "
                "Diskriminierung abgewehrt werden. Diskriminierung führt dazu, dass nicht alle, die in Kassel leben, "
                "ihre Potenziale entfalten können, um zur positiven Entwicklung der Stadt beizutragen. Das Amt für "
                "Chancengleichheit bietet eine Anlauf- und Beratungsstelle für die Menschen, die in Kassel leben.",
                "en": "There is a great diversity of people in Kassel. The people who live here should all be able "
                "to live out their personal ways of life, such as the diversity of gender and sexual orientation, "
                "the diversity of origin, skin colour, language, culture and religion. In addition, discrimination "
                "is to be fended off. Discrimination means that not everyone who lives in Kassel can develop their "
                "potential to contribute to the positive development of the city. The Office for Equal "
                "Opportunities offers a point of contact and advice centre for the people who live in Kassel.",
            },
            "related_links": [
                {
                    "topic": {"de": "Familie und Soziales", "en": "Family and social affairs"},
                    "title": {"de": "Frauen und Mädchen", "en": "Women and girls"},
                    "summary": {
                        "de": "Über die Hälfte der Kasseler Bevölkerung Frauen, fast 40 Prozent davon haben einen "
                        "Migrationshintergrund. Die Stadt Kassel setzt sich dafür ein, dass Frauen in allen "
                        "gesellschaftlichen Bereichen die gleichen Chancen und die gleichen Perspektiven wie Männer "
                        "erhalten.",
                        "en": "Over half of Kassel's population are women, almost 40 per cent of whom have a "
                        "migration background. The City of Kassel works to ensure that women receive the same "
                        "opportunities and the same prospects as men in all areas of society.",
                    },
                },
            ],
            "activities": [
                {
                    "kind": "event",
                    "title": {"de": "Interkulturelle Woche", "en": "Intercultural Week (Interkulturelle Woche)"},
                    "description": {
                        "de": "Seit vielen Jahren beteiligt sich Kassel an der Interkulturelle Woche. Gruppen, "
                        "Akteure, Vereine, Verbände, Religionsgemeinschaften und Gewerkschaften setzen mit "
                        "vielfältigen Projekten und Aktionen ein Zeichen für ein Miteinander in Vielfalt und "
                        "Demokratie.",
                        "en": "Kassel has taken part in the Intercultural Week for many years. Groups, actors, "
                        "associations, federations, religious communities and trade unions make a statement for "
                        "living together in diversity and democracy with a wide range of projects and campaigns.",
                    },
                },
            ],
            "units": [
                {
                    "slug": "frauenbeauftragte",
                    "kind": "women",
                    "name": {"de": "Frauenbeauftragte", "en": "Women's Commissioner"},
                    "task_groups": [
                        {
                            "title": {"de": "Aufgaben", "en": "Tasks"},
                            "introduction": {
                                "de": "Zu den Aufgaben gehören ebenso die Entwicklung und Unterstützung von "
                                "Initiativen und Projekten in der Stadt, mit dem Ziel, dass Frauen und Männer "
                                "tatsächliche Gleichberechtigung erlangen.",
                                "en": "The tasks also include developing and supporting initiatives and projects in "
                                "the city with the aim that women and men achieve genuine equality.",
                            },
                            "tasks": [
                                {
                                    "text": {
                                        "de": "Die Frauenbeauftragte macht mit diesem Ziel Vorschläge für Vorhaben und "
                                        "Programme des Magistrats und regt Maßnahmen an.",
                                        "en": "With this aim, the Women's Commissioner makes proposals for plans and "
                                        "programmes of the Magistrat (the city's executive) and initiates measures.",
                                    }
                                },
                                {
                                    "text": {
                                        "de": "Sie ist Anlaufstelle für Wünsche und Beschwerden der Kasseler "
                                        "Bürgerinnen.",
                                        "en": "She is the point of contact for the wishes and complaints of Kassel's "
                                        "female citizens.",
                                    }
                                },
                                {
                                    "text": {
                                        "de": "Die Frauenbeauftragte ist auch zuständig für die Unterstützung und "
                                        "Verwaltung von Frauen‐ und Mädcheneinrichtungen, die mit städtischen Mitteln "
                                        "gefördert werden.",
                                        "en": "The Women's Commissioner is also responsible for supporting and "
                                        "administering facilities for women and girls that are funded with municipal "
                                        "money.",
                                    }
                                },
                            ],
                        },
                    ],
                },
                {
                    "slug": "integrationsbeauftragte",
                    "kind": "integration",
                    "name": {"de": "Integrationsbeauftragte", "en": "Integration Commissioner"},
                    "mission": {
                        "de": "Rund ein Drittel der in Kassel lebenden Menschen haben einen Migrationshintergrund. Die "
                        "Integrationsbeauftragte der Stadt vertritt die Interessen dieser Menschen.",
                        "en": "Around a third of the people living in Kassel have a migration background. The city's "
                        "Integration Commissioner represents the interests of these people.",
                    },
                },
                {
                    "slug": "antidiskriminierungsstelle",
                    "kind": "anti_discrimination",
                    "name": {"de": "Antidiskriminierungsstelle", "en": "Anti-Discrimination Unit"},
                    "mission": {
                        "de": "Die neu eingerichtete Stelle ist im Amt für Chancengleichheit angesiedelt. "
                        "Der Magistrat stärkt mit der Einrichtung der Stelle die Anlauf- und Beratungsstrukturen "
                        "für Betroffene von Diskriminierung und setzt gleichzeitig auch die Weichen für eine Stadt, "
                        "die eine Antidiskriminierungskultur aktiv gestaltet und umsetzt.",
                        "en": "The newly created unit is based in the Office for Equal Opportunities. By creating the "
                        "unit, the Magistrat (the city's executive) strengthens the points of contact and advice "
                        "structures for people affected by discrimination and at the same time sets the course for a "
                        "city that actively shapes and puts into practice a culture of anti-discrimination.",
                    },
                },
            ],
        },
    ],
}
