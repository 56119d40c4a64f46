"""Dresden: the commissioner for integration and foreigners.

German copied verbatim from seed 001; English is a faithful translation. The quoted
constitutional text stays German and gets an unofficial English rendering.
"""

SOURCE_URL = "https://www.dresden.de/de/rathaus/aemter-und-einrichtungen/oe/dborg/stadt_dresden_5923.php"

CITY = {
    "slug": "dresden",
    "name": {"de": "Landeshauptstadt Dresden", "en": "Dresden, State Capital"},
    "short_name": "Dresden",
    "federal_state": "SN",
    "website": "https://www.dresden.de",
    "offices": [
        {
            "slug": "integrations-und-auslaenderbeauftragte",
            "kind": "integration",
            "name": {
                "de": "Integrations- und Ausländerbeauftragte",
                "en": "Commissioner for Integration and Foreigners",
            },
            "mission": {
                "de": "Ziel der Arbeit der Integrations- und Ausländerbeauftragten ist es, die Integration von "
                "Menschen mit Migrationshintergrund auf kommunaler Ebene zu befördern sowie zum Abbau vorhandener "
                "struktureller und individueller Benachteiligung beizutragen.",
                "en": "The aim of the work of the Commissioner for Integration and Foreigners is to advance the "
                "integration of people with a migration background at municipal level and to help reduce existing "
                "structural and individual disadvantage.",
            },
            "legal_basis": {
                "de": "Die Aufgaben der Integrations- und Ausländerbeauftragten ergeben sich vorrangig aus Art. 3 "
                "Abs. 3 des Grundgesetzes und aus Art. 18 Abs. 3 der Sächsischen Verfassung, dort heißt es "
                "jeweils:",
                "en": "The tasks of the Commissioner for Integration and Foreigners derive primarily from Art. 3 "
                "Abs. 3 of the Grundgesetz (Basic Law) and from Art. 18 Abs. 3 of the Sächsische Verfassung "
                "(Constitution of Saxony), both of which state:",
            },
            "legal_quote": "„Niemand darf wegen seines Geschlechtes, seiner Abstammung, seiner Rasse, seiner Sprache, "
            "seiner Heimat und Herkunft, seines Glaubens, seiner religiösen oder politischen Anschauungen "
            "benachteiligt oder bevorzugt werden.“",
            "legal_quote_rendering": {
                "en": "“No person shall be disfavoured or favoured because of sex, parentage, race, language, "
                "homeland and origin, faith, or religious or political opinions.”",
            },
            "phone": "0351-4882131",
            "email": "auslaenderbeauftragte@dresden.de",
            # The page links to information in sign language; its own address is the only one the seed gives.
            "sign_language_url": SOURCE_URL,
            "source_url": SOURCE_URL,
            "task_groups": [
                {
                    "title": {"de": "Aufgaben", "en": "Tasks"},
                    "introduction": {
                        "de": "Zu den Aufgaben der Integrations- und Ausländerbeauftragten gehören:",
                        "en": "The tasks of the Commissioner for Integration and Foreigners include:",
                    },
                    "tasks": [
                        {
                            "text": {
                                "de": "Förderung des Bewusstseins für die Integration von Menschen mit "
                                "Migrationshintergrund in der Öffentlichkeit und Fachöffentlichkeit durch "
                                "Veranstaltungen, Seminare, Medienarbeit, Aktionen, Informationen, Broschüren",
                                "en": "Promoting awareness of the integration of people with a migration background "
                                "among the general public and the professional community through events, seminars, "
                                "media work, campaigns, information, brochures",
                            }
                        },
                        {
                            "text": {
                                "de": "Analyse der realen Lebenslage von Frauen und Männern mit Migrationshintergrund "
                                "in Dresden durch Erarbeitung eines periodischen Situationsberichtes",
                                "en": "Analysing the actual living situation of women and men with a migration "
                                "background in Dresden by preparing a periodic situation report",
                            }
                        },
                        {
                            "text": {
                                "de": "Abbau bestehender und Vermeidung künftiger Benachteiligung durch Initiierung "
                                "von Projekten und durch Auseinandersetzung mit der Situation in der Kommune",
                                "en": "Reducing existing and preventing future disadvantage by initiating projects "
                                "and by engaging with the situation in the municipality",
                            }
                        },
                        {
                            "text": {
                                "de": "Sicherung von Chancengleichheit für Menschen mit Migrationshintergrund bei "
                                "kommunalen Entscheidungen zu Fragen der Arbeitswelt, Gesundheit, Erziehung, "
                                "Familie, Bildung, Kultur, Stadtplanung, Politik und so weiter und des gesamten "
                                "sozialen Umfeldes durch",
                                "en": "Securing equal opportunities for people with a migration background in "
                                "municipal decisions on questions of the world of work, health, upbringing, family, "
                                "education, culture, urban planning, politics and so on and of the entire social "
                                "environment through",
                            },
                            "subtasks": [
                                {
                                    "text": {
                                        "de": "Einflussnahme in relevanten Gremien",
                                        "en": "exerting influence in relevant committees",
                                    }
                                },
                                {
                                    "text": {
                                        "de": "Zusammenarbeit mit dem Ausländerbeirat",
                                        "en": "cooperation with the Ausländerbeirat (foreigners' advisory council)",
                                    }
                                },
                                {
                                    "text": {
                                        "de": "Einbringen von integrationspolitischen Anliegen und Forderungen und",
                                        "en": "bringing in concerns and demands of integration policy and",
                                    }
                                },
                                {
                                    "text": {
                                        "de": "Sichtung der Stadtratsvorlagen und Erarbeiten von Stellungnahmen",
                                        "en": "reviewing the papers submitted to the city council and drafting "
                                        "statements",
                                    }
                                },
                            ],
                        },
                        {
                            "text": {
                                "de": "Zusammenarbeit mit Stadträtinnen und Stadträten, Personalrat, Verbänden, "
                                "Vereinen und Organisationen",
                                "en": "Cooperation with city councillors, the staff council, federations, "
                                "associations and organisations",
                            }
                        },
                        {
                            "text": {
                                "de": "Begleitung und Kontrolle der Arbeit der einzelnen Fachämter in Bezug auf die "
                                "Integration von Menschen mit Migrationshintergrund",
                                "en": "Accompanying and monitoring the work of the individual specialist offices "
                                "with regard to the integration of people with a migration background",
                            }
                        },
                        {
                            "text": {
                                "de": "Erstberatung von Rat suchenden Frauen und Männern mit Migrationshintergrund im "
                                "Einzelfall",
                                "en": "Initial counselling of women and men with a migration background who seek "
                                "advice, in individual cases",
                            }
                        },
                        {
                            "text": {
                                "de": "Unterstützung der Tätigkeit von Vereinen und Initiativen",
                                "en": "Supporting the activities of associations and initiatives",
                            }
                        },
                        {
                            "text": {
                                "de": "Unterstützung der interkulturellen Arbeit mit Mädchen und Jungen",
                                "en": "Supporting intercultural work with girls and boys",
                            }
                        },
                        {
                            "text": {
                                "de": "Erarbeitung, Begleitung der Umsetzung und Fortschreibung des "
                                "Integrationskonzeptes",
                                "en": "Drawing up the integration concept, accompanying its implementation and "
                                "updating it",
                            }
                        },
                    ],
                },
            ],
            "contacts": [
                {
                    "name": "Kristina Winkler",
                    "role": {
                        "de": "Integrations- und Ausländerbeauftragte",
                        "en": "Commissioner for Integration and Foreigners",
                    },
                    "phone": "0351-4882131",
                    "email": "auslaenderbeauftragte@dresden.de",
                    "languages": "de",
                },
            ],
            "addresses": [
                {"kind": "002", "street": "Dr.-Külz-Ring 19", "postal_code": "01067", "locality": "Dresden"},
                {"kind": "003", "po_box": "12 00 20", "postal_code": "01001", "locality": "Dresden"},
            ],
            "opening_hours": [
                {"by_appointment": True, "note": {"de": "nach Vereinbarung", "en": "by appointment"}},
            ],
            "referrals": [
                {
                    "authority": {"de": "Ausländerbehörde", "en": "Immigration office (Ausländerbehörde)"},
                    "reason": {"de": "Bei Fragen zu Ihrem Aufenthalt", "en": "For questions about your residence"},
                },
            ],
            "activities": [
                {
                    "kind": "report",
                    "title": {"de": "Situationsbericht", "en": "Situation report"},
                    "description": {
                        "de": "Analyse der realen Lebenslage von Frauen und Männern mit Migrationshintergrund in "
                        "Dresden",
                        "en": "Analysis of the actual living situation of women and men with a migration background "
                        "in Dresden",
                    },
                    "recurrence": {"de": "periodisch", "en": "periodically"},
                },
                {
                    "kind": "concept",
                    "title": {"de": "Integrationskonzept", "en": "Integration concept"},
                },
            ],
            "closure_notices": [
                {
                    "title": {"de": "Schließtag am 13. November 2024", "en": "Closed on 13 November 2024"},
                    "message": {
                        "de": "Das Büro ist am Mittwoch, den 13. November 2024 geschlossen. Für etwaige Anfragen ist "
                        "das Team ab 14. November wieder erreichbar.",
                        "en": "The office is closed on Wednesday, 13 November 2024. For any enquiries, the team can "
                        "be reached again from 14 November.",
                    },
                    "starts_on": "2024-11-13",
                    "ends_on": "2024-11-13",
                    "visible_from": "2024-11-07T09:41:52",
                },
            ],
        },
    ],
}
