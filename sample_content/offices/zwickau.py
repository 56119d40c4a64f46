"""Zwickau: the equality commissioner and the commissioner for foreigners and integration.

German copied verbatim from seed 000 (typos included); English is a faithful translation.
"""

CITY = {
    "slug": "zwickau",
    "name": {"de": "Stadt Zwickau", "en": "City of Zwickau"},
    "short_name": "Zwickau",
    "federal_state": "SN",
    "website": "https://www.zwickau.de",
    "offices": [
        {
            "slug": "gleichstellungsbeauftragte",
            "kind": "equality",
            "name": {"de": "Gleichstellungsbeauftragte", "en": "Equality Commissioner"},
            "mission": {
                "de": "Ziel der Arbeit der Gleichstellungsbeauftragten ist die Verwirklichung des Grundrechts auf "
                "Gleichberechtigung und Chancengleichheit.",
                "en": "The aim of the Equality Commissioner's work is to realise the fundamental right to equal "
                "rights and equal opportunities.",
            },
            "task_groups": [
                {
                    "title": {"de": "Aufgaben", "en": "Tasks"},
                    "introduction": {"de": "Deshalb arbeitet sie:", "en": "That is why she works:"},
                    "tasks": [
                        {
                            "text": {
                                "de": "an der Förderung des Bewusstseins für Gleichstellung und Gleichberechtigung,",
                                "en": "on promoting awareness of equality and equal rights,",
                            }
                        },
                        {
                            "text": {
                                "de": "zum Abbau von geschlechterspezifischer Benachteiligung",
                                "en": "towards reducing gender-specific disadvantage",
                            }
                        },
                        {
                            "text": {
                                "de": "am Abbau bestehender und der Vermeidung von Benachteiligung in der Stadt "
                                "mittels entsprechender Projektarbeit",
                                "en": "on reducing existing disadvantage and preventing disadvantage in the city "
                                "by means of appropriate project work",
                            }
                        },
                        {
                            "text": {
                                "de": "Einbringen gleichstellungsrelevanter Anliegen und Forderungen in die "
                                "kommunale Arbeit",
                                "en": "Bringing concerns and demands relevant to equality into the work of the "
                                "municipality",
                            }
                        },
                    ],
                },
                {
                    "title": {"de": "weitere Aufgabenfelder", "en": "Further areas of work"},
                    "tasks": [
                        {
                            "text": {
                                "de": "Unterstützung von Frauen und Familien in besonderen oder prekären Lebenslagen",
                                "en": "Support for women and families in special or precarious life situations",
                            }
                        },
                        {
                            "text": {
                                "de": "Erstberatung Rat suchender Frauen, Männer und Familien in Fragen der "
                                "Chancengleichheit",
                                "en": "Initial counselling for women, men and families seeking advice on "
                                "questions of equal opportunities",
                            }
                        },
                        {
                            "text": {
                                "de": "Gewaltschutzerstberatunbg",
                                "en": "Initial counselling on protection from violence",
                            }
                        },
                        {
                            "text": {
                                "de": "Förderung des LSBTTIQ-Ansatzes",
                                "en": "Promotion of the LGBTTIQ approach",
                            }
                        },
                        {
                            "text": {
                                "de": "Begleitung und Kontrolle der Arbeit der Fachbereiche in Bezug auf "
                                "Gleichstellungsfragen",
                                "en": "Accompanying and monitoring the work of the specialist departments with "
                                "regard to equality issues",
                            }
                        },
                    ],
                },
            ],
        },
        {
            "slug": "auslaender-und-integrationsbeauftragte",
            "kind": "integration",
            "name": {
                "de": "Ausländer- und Integrationsbeauftragte",
                "en": "Commissioner for Foreigners and Integration",
            },
            "mission": {
                "de": "Grundsätzliches Ziel der Arbeit der Ausländer- und Integrationsbeauftragten ist die Förderung "
                "von Chancengleichheit aller in der Stadt dauerhaft oder zeitweise lebender Einwohnerinnen und "
                "Einwohner, unabhängig ihrer kulturellen und ethnischen Herkunft.",
                "en": "The fundamental aim of the work of the Commissioner for Foreigners and Integration is to "
                "promote equal opportunities for all residents living in the city permanently or "
                "temporarily, regardless of their cultural and ethnic origin.",
            },
            "task_groups": [
                {
                    "title": {"de": "Aufgaben", "en": "Tasks"},
                    "introduction": {
                        "de": "Dementsprechend sind ihre Aufgaben:",
                        "en": "Accordingly, her tasks are:",
                    },
                    "tasks": [
                        {
                            "text": {
                                "de": "Beratung in aufenthaltsrechtlichen Fragen, Flüchtlings- und Asylrecht sowie "
                                "Vermittlung an weiterführende Beratungsstellen",
                                "en": "Advice on questions of residence law, refugee and asylum law, and referral "
                                "to further counselling services",
                            }
                        },
                        {
                            "text": {
                                "de": "Erarbeitung und Durchführung von integrations- und migrationsspezifischen "
                                "Konzepten und Projekten",
                                "en": "Drawing up and carrying out concepts and projects specific to integration "
                                "and migration",
                            }
                        },
                        {
                            "text": {
                                "de": "Förderung integrativer Maßnahmen zum friedlichen Zusammenleben und der "
                                "Integration unterschiedlicher ethnischer und kultureller Gruppen in der "
                                "Stadtgesellschaft",
                                "en": "Promotion of integrative measures for peaceful coexistence and for the "
                                "integration of different ethnic and cultural groups into the city's society",
                            }
                        },
                        {
                            "text": {
                                "de": "Förderung des interkulturellen Dialogs, der interkulturelle Öffnung der "
                                "Verwaltung und Gesellschaft",
                                "en": "Promotion of intercultural dialogue and of the intercultural opening of "
                                "the administration and society",
                            }
                        },
                        {
                            "text": {
                                "de": "Präventionsarbeit gegen Rassismus und Demokratiefeindlichkeit",
                                "en": "Prevention work against racism and hostility towards democracy",
                            }
                        },
                        {
                            "text": {
                                "de": "Antidiskriminierungserstberatung",
                                "en": "Initial counselling on discrimination",
                            }
                        },
                        {
                            "text": {
                                "de": "Unterstützung bürgerschaftlichen Engagements in der Integrations- und "
                                "Migrationsarbeit",
                                "en": "Support for civic engagement in integration and migration work",
                            }
                        },
                        {
                            "text": {
                                "de": "Kooperation und Vernetzung mit allen Institutionen, Einrichtungen, Vereinen "
                                "und Initiativen, die am Integrationsprozess in der Stadt beteiligt sind",
                                "en": "Cooperation and networking with all institutions, facilities, associations "
                                "and initiatives involved in the integration process in the city",
                            }
                        },
                        {
                            "text": {
                                "de": "Ansprechpartnerin für den Sprach- und Kulturmittlerdienst in der Stadt "
                                "Zwickau und im Landkreis.",
                                "en": "Contact person for the language and cultural mediation service in the City "
                                "of Zwickau and in the district.",
                            }
                        },
                        {
                            "text": {
                                "de": "Ansprechpartnerin für die Integrationsberatungsstelle in der Stadt Zwickau.",
                                "en": "Contact person for the integration counselling centre in the City of Zwickau.",
                            }
                        },
                    ],
                },
            ],
            "cooperation_projects": [
                {
                    "name": {
                        "de": "Sprach- und Kulturmittlerdienst",
                        "en": "Language and cultural mediation service",
                    },
                    "description": {
                        "de": "Der Sprach- und Kulturmittlerdienst ist ein Kooperationsprojekt der Stadt Zwickau mit "
                        "der Westsächsischen Hochschule Zwickau und wird finanziell gefördert durch den Landkreis "
                        "Zwickau auf der Grundlage der Richtlinie Integrative Maßnahmen des Freistaates Sachsen.",
                        "en": "The language and cultural mediation service is a cooperation project of the City of "
                        "Zwickau with the Westsächsische Hochschule Zwickau (University of Applied Sciences) and is "
                        "financially supported by the Landkreis Zwickau (district of Zwickau) on the basis of the "
                        "Free State of Saxony's guideline on integrative measures (Richtlinie Integrative "
                        "Maßnahmen).",
                    },
                    "partners": "Stadt Zwickau\nWestsächsische Hochschule Zwickau",
                    "funder": "Landkreis Zwickau",
                    "funding_basis": {
                        "de": "Richtlinie Integrative Maßnahmen des Freistaates Sachsen",
                        "en": "Guideline on integrative measures (Richtlinie Integrative Maßnahmen) of the Free "
                        "State of Saxony",
                    },
                },
            ],
        },
    ],
}
