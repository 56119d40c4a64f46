"""Schwäbisch Gmünd: the Stabsstelle Integration, its target groups and tasks.

German copied verbatim from seed 002 (including the unclosed quotation mark before
"Gmünder Weg für alle"); English is a faithful translation. GD is the city's
abbreviation (its vehicle registration code).
"""

CITY = {
    "slug": "schwaebisch-gmuend",
    "name": {"de": "Stadt Schwäbisch Gmünd", "en": "City of Schwäbisch Gmünd"},
    "short_name": "Schwäbisch Gmünd",
    "federal_state": "BW",
    "website": "https://www.schwaebisch-gmuend.de",
    "offices": [
        {
            "slug": "stabsstelle-integration",
            "kind": "integration",
            "name": {"de": "Stabsstelle Integration", "en": "Integration Staff Unit"},
            "heading": {
                "de": "Zuwanderung und Integration in Schwäbisch Gmünd",
                "en": "Immigration and integration in Schwäbisch Gmünd",
            },
            "target_groups": [
                {
                    "description": {
                        "de": "(Neu-)Zuwanderer aus der Europäischen Union (EU) oder Drittstaaten",
                        "en": "(New) immigrants from the European Union (EU) or from third countries",
                    }
                },
                {
                    "description": {
                        "de": "Bereits (länger) in GD lebende Migrant/Innen, die noch Unterstützung bei der "
                        "beruflichen und/oder sozialen Integration benötigen",
                        "en": "Migrants who have already been living in GD (for some time) and still need support "
                        "with their integration into work and/or society",
                    }
                },
                {
                    "description": {
                        "de": "anerkannte Asylbewerber/-innen bzw. dann Menschen mit Migrationshintergrund (nach der "
                        "gesetzl. Definition), die schnell beruflich und damit sozial integriert werden können und "
                        "sollen",
                        "en": "recognised asylum seekers, or then people with a migration background (as legally "
                        "defined), who can and should be integrated quickly into work and thus into society",
                    }
                },
            ],
            "task_groups": [
                {
                    "title": {"de": "Aufgaben", "en": "Tasks"},
                    "tasks": [
                        {
                            "text": {
                                "de": "Steuerung und stetige Weiterentwicklung des Gmünder Integrationsprozesses",
                                "en": "Steering and continuously developing Gmünd's integration process",
                            }
                        },
                        {
                            "text": {
                                "de": "Umsetzung der Integrationskonzept/e – aktuell: „Gmünder Weg für alle",
                                "en": "Implementing the integration concept(s) – currently: “Gmünder Weg für alle” "
                                "(Gmünd's way for everyone)",
                            }
                        },
                        {
                            "text": {
                                "de": "Begleitung und Geschäftsführung des Integrationsbeirates und der stadtinternen "
                                "Fachgruppe Zuwanderung",
                                "en": "Supporting and running the business of the Integrationsbeirat (integration "
                                "advisory council) and of the city's internal Fachgruppe Zuwanderung (specialist "
                                "group on immigration)",
                            }
                        },
                        {
                            "text": {
                                "de": "Ansprechpartner für migrations- und integrationsrelevante Fragen",
                                "en": "Point of contact for questions relevant to migration and integration",
                            }
                        },
                        {
                            "text": {
                                "de": "Bindeglied zwischen den Expertengruppen und städtischen Gremien",
                                "en": "Link between the expert groups and the city's committees",
                            }
                        },
                        {
                            "text": {
                                "de": "Schnittstelle zur Projektstelle für Integration und für Flüchtlinge (PFiFF) – "
                                "Stichwort: Abstimmung der Integrations- und Flüchtlingsarbeit",
                                "en": "Interface with the Projektstelle für Integration und für Flüchtlinge (PFiFF, "
                                "project office for integration and for refugees) – keyword: coordinating "
                                "integration work and work with refugees",
                            }
                        },
                        {
                            "text": {
                                "de": "Anlaufstelle für die o.g. Zielgruppe/n",
                                "en": "First port of call for the target group(s) named above",
                            }
                        },
                        {
                            "text": {
                                "de": "Bürgersprechstunde für die o.g. Zielgruppe/n – hier: Individuelle Unterstützung "
                                "und Begleitung bei der beruflichen und sozialen Integration",
                                "en": "Consultation hours for the target group(s) named above – here: individual "
                                "support and guidance with integration into work and society",
                            }
                        },
                        {
                            "text": {
                                "de": "Kontakte, Vernetzung und verstärkte Einbindung von Migrantenorganisationen – "
                                "auch: verstärkte Einbindung der weiblichen Vertreterinnen von "
                                "Migrantenorganisationen",
                                "en": "Contacts, networking and stronger involvement of migrant organisations – "
                                "also: stronger involvement of the female representatives of migrant organisations",
                            }
                        },
                        {
                            "text": {
                                "de": "Planung und Durchführung der jährlichen öffentlichen Integrationsforen",
                                "en": "Planning and holding the annual public integration forums",
                            }
                        },
                        {
                            "text": {
                                "de": "Organisation der Umsetzung der aus den öffentlichen Integrationsforen "
                                "resultierenden Beteiligungsmöglichkeiten und Projektideen",
                                "en": "Organising the implementation of the opportunities for participation and the "
                                "project ideas that result from the public integration forums",
                            }
                        },
                        {
                            "text": {
                                "de": "Bildungspartnerschaften mit Migrantenorganisationen in Zusammenarbeit mit dem "
                                "kommunalen Bildungsbüro",
                                "en": "Educational partnerships with migrant organisations in cooperation with the "
                                "municipal education office (Bildungsbüro)",
                            }
                        },
                        {
                            "text": {
                                "de": "Umsetzung und Steuerung, Bündelung, Koordinierung und Ausbau bestehender sowie "
                                "Initiierung neuer Integrationsangebote (z.B. Informationsveranstaltungen, "
                                "kulturelle Veranstaltungen, Ausstellungen usw.)",
                                "en": "Implementing and steering, pooling, coordinating and expanding existing "
                                "integration services, and initiating new ones (e.g. information events, cultural "
                                "events, exhibitions etc.)",
                            }
                        },
                        {
                            "text": {
                                "de": "Begleitung des Interreligiösen Dialogs",
                                "en": "Accompanying the interreligious dialogue",
                            }
                        },
                        {
                            "text": {
                                "de": "Betreuung und Steuerung der Handlungsfelder 4 (Soziales, Gesundheit und Sport) "
                                "und 5 (Aktives Zusammenleben)",
                                "en": "Overseeing and steering fields of action 4 (social affairs, health and sport) "
                                "and 5 (active coexistence)",
                            }
                        },
                        {
                            "text": {
                                "de": "Weiterentwicklung der Stadtverwaltung Schwäbisch Gmünd (GD) zur "
                                "Willkommensbehörde – hier: Integration als Querschnittsaufgabe",
                                "en": "Developing the city administration of Schwäbisch Gmünd (GD) into a welcoming "
                                "authority – here: integration as a cross-cutting task",
                            }
                        },
                        {
                            "text": {
                                "de": "Beratung und Begleitung von „Gmünd 2020“, dem Strategieprozess für eine "
                                "nachhaltige Stadtentwicklung",
                                "en": "Advising and accompanying “Gmünd 2020”, the strategy process for sustainable "
                                "urban development",
                            }
                        },
                        {
                            "text": {
                                "de": "Fortschreibung und Aktualisierung der Willkommensmappe",
                                "en": "Updating and revising the welcome folder (Willkommensmappe)",
                            }
                        },
                        {
                            "text": {
                                "de": "Durchführung und Weiterentwicklung des „Tag der Kulturen“",
                                "en": "Holding and further developing the “Tag der Kulturen” (Day of Cultures)",
                            }
                        },
                        {
                            "text": {
                                "de": "Erstellung des Integrationsberichtes und Erhebung aktueller Zahlen der "
                                "Zuwanderung",
                                "en": "Preparing the integration report and collecting current immigration figures",
                            }
                        },
                    ],
                },
            ],
            "activities": [
                {
                    "kind": "concept",
                    "title": {"de": "Gmünder Weg für alle", "en": "Gmünder Weg für alle (Gmünd's way for everyone)"},
                },
                {
                    "kind": "event",
                    "title": {"de": "Tag der Kulturen", "en": "Day of Cultures (Tag der Kulturen)"},
                },
                {
                    "kind": "event",
                    "title": {"de": "Integrationsforen", "en": "Integration forums"},
                    "recurrence": {"de": "jährlich", "en": "every year"},
                },
                {
                    "kind": "report",
                    "title": {"de": "Integrationsbericht", "en": "Integration report"},
                },
                {
                    "kind": "publication",
                    "title": {"de": "Willkommensmappe", "en": "Welcome folder"},
                },
            ],
        },
    ],
}
