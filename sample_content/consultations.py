"""The counselling offers the five seed pages name, and nothing the seeds do not state.

The seeds give no consultation times (Dresden says only "nach Vereinbarung"), no languages and no
ways the advice is given, so the offers have none: the pages show only what is stated, and the
request form asks residents for preferred days instead of times inside hours nobody entered.
Protection from violence is marked sensitive (urgent help, exit button) with the national helpline
for women the portal maintains (offices.helplines); that is the portal's, not the seed's.

`walk` extends sample_content.offices' walk over a city with these rows; the
seed loader and the scale generator both save what it yields. Loading follows
sample_content.offices: what is missing is created, staff edits are kept unless
update=True. An office not loaded (yet) is skipped and counted, not an error.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from django.db import transaction

from consultations.models import CounsellingOffer
from offices.models import Office, Referral
from sample_content import offices
from sample_content.rows import Loader, Row, field_values

# (city slug, office slug) → offers, German verbatim or close to the seed, English faithful.
OFFERS: dict[tuple[str, str], list[dict]] = {
    ("zwickau", "gleichstellungsbeauftragte"): [
        {
            "slug": "erstberatung-chancengleichheit",
            "topic": {
                "de": "Erstberatung in Fragen der Chancengleichheit",
                "en": "First advice on equal opportunities",
            },
            "summary": {
                "de": "Erstberatung Rat suchender Frauen, Männer und Familien in Fragen der Chancengleichheit, "
                "Unterstützung von Frauen und Familien in besonderen oder prekären Lebenslagen.",
                "en": "First advice for women, men and families on questions of equal opportunities, and support "
                "for women and families in special or precarious circumstances.",
            },
            "audience": {"de": "Rat suchende Frauen, Männer und Familien", "en": "Women, men and families"},
        },
        {
            "slug": "gewaltschutz-erstberatung",
            "topic": {"de": "Erstberatung zum Gewaltschutz", "en": "First advice on protection from violence"},
            "audience": {
                "de": "Menschen, die Gewalt erleben oder erlebt haben",
                "en": "People who experience or have experienced violence",
            },
            "is_sensitive": True,
            "helplines": "violence_against_women,violence_against_men",
        },
    ],
    ("zwickau", "auslaender-und-integrationsbeauftragte"): [
        {
            "slug": "aufenthaltsrecht",
            "topic": {
                "de": "Beratung in aufenthaltsrechtlichen Fragen, Flüchtlings- und Asylrecht",
                "en": "Advice on residence law, refugee and asylum law",
            },
            "summary": {
                "de": "Beratung in aufenthaltsrechtlichen Fragen, Flüchtlings- und Asylrecht sowie Vermittlung an "
                "weiterführende Beratungsstellen.",
                "en": "Advice on questions of residence law, refugee and asylum law, and referral to further "
                "counselling services.",
            },
            "audience": {
                "de": "Alle, die dauerhaft oder zeitweise in Zwickau leben, unabhängig ihrer Herkunft",
                "en": "Everyone living in Zwickau permanently or for a time, whatever their origin",
            },
            "mediator_available": True,
            "mediator_note": {
                "de": "Über den Sprach- und Kulturmittlerdienst der Stadt Zwickau und des Landkreises.",
                "en": "Through the language and culture mediation service of the city and district of Zwickau.",
            },
            # The portal's protection, not a fact of the seed: a page about residence status leaves nothing in
            # the reader's browser and has the exit button. No national helpline in offices.helplines fits.
            "is_sensitive": True,
        },
        {
            "slug": "antidiskriminierung",
            "topic": {"de": "Erstberatung bei Diskriminierung", "en": "First advice on discrimination"},
            "audience": {
                "de": "Menschen, die Diskriminierung erfahren haben",
                "en": "People who have experienced discrimination",
            },
            "mediator_available": True,
            "mediator_note": {
                "de": "Über den Sprach- und Kulturmittlerdienst der Stadt Zwickau und des Landkreises.",
                "en": "Through the language and culture mediation service of the city and district of Zwickau.",
            },
        },
    ],
    ("dresden", "integrations-und-auslaenderbeauftragte"): [
        {
            "slug": "erstberatung",
            "topic": {
                "de": "Erstberatung für Menschen mit Migrationshintergrund",
                "en": "First advice for people with a migration background",
            },
            "summary": {
                "de": "Erstberatung von Rat suchenden Frauen und Männern mit Migrationshintergrund im Einzelfall.",
                "en": "Individual first advice for women and men with a migration background.",
            },
            "audience": {
                "de": "Frauen und Männer mit Migrationshintergrund",
                "en": "Women and men with a migration background",
            },
            "limitations": {
                "de": "Über Ihren Aufenthalt entscheidet die Ausländerbehörde.",
                "en": "Decisions about your residence are made by the immigration office (Ausländerbehörde).",
            },
            "referral_authorities": ["Ausländerbehörde"],
        },
    ],
    ("schwaebisch-gmuend", "stabsstelle-integration"): [
        {
            "slug": "buergersprechstunde",
            "topic": {"de": "Bürgersprechstunde", "en": "Citizens' consultation hour"},
            "summary": {
                "de": "Individuelle Unterstützung und Begleitung bei der beruflichen und sozialen Integration.",
                "en": "Individual support and guidance on professional and social integration.",
            },
            "audience": {
                "de": "(Neu-)Zuwanderer aus der EU oder Drittstaaten, bereits länger in Gmünd lebende "
                "Migrantinnen und Migranten, anerkannte Asylbewerberinnen und Asylbewerber",
                "en": "(New) immigrants from the EU or third countries, migrants who have lived in Gmünd for some "
                "time, recognised asylum seekers",
            },
        },
    ],
    ("gera", "migrations-und-integrationsbeauftragte"): [
        {
            "slug": "beratung",
            "topic": {
                "de": "Beratung für Menschen mit Zuwanderungsgeschichte",
                "en": "Advice for people with an immigration history",
            },
            "summary": {
                "de": "Die Migrations- und Integrationsbeauftragte ist Fürsprecherin der in Gera lebenden Menschen "
                "mit Zuwanderungsgeschichte und unterstützt ihre Integration.",
                "en": "The Migration and Integration Commissioner speaks up for people with an immigration "
                "history living in Gera and supports their integration.",
            },
            "audience": {
                "de": "Menschen mit Zuwanderungsgeschichte in Gera, auch Neuankommende",
                "en": "People with an immigration history in Gera, newcomers included",
            },
            "limitations": {
                "de": "Exekutive ausländerrechtliche Befugnisse hat sie nicht.",
                "en": "She has no executive powers under the law on foreigners.",
            },
            "referral_authorities": ["Ausländerbehörde"],
        },
    ],
    ("kassel", "amt-fuer-chancengleichheit"): [
        {
            "slug": "anlauf-und-beratungsstelle",
            "topic": {"de": "Anlauf- und Beratungsstelle", "en": "Contact and advice point"},
            "audience": {"de": "Alle Menschen, die in Kassel leben", "en": "Everyone who lives in Kassel"},
        },
    ],
    ("kassel", "frauenbeauftragte"): [
        {
            "slug": "wuensche-und-beschwerden",
            "topic": {
                "de": "Anlaufstelle für Wünsche und Beschwerden",
                "en": "Contact point for requests and complaints",
            },
            "audience": {"de": "Kasseler Bürgerinnen", "en": "Women living in Kassel"},
        },
    ],
    ("kassel", "antidiskriminierungsstelle"): [
        {
            "slug": "beratung-bei-diskriminierung",
            "topic": {
                "de": "Beratung für Betroffene von Diskriminierung",
                "en": "Advice for people affected by discrimination",
            },
            "audience": {
                "de": "Menschen in Kassel, die Diskriminierung erfahren",
                "en": "People in Kassel who experience discrimination",
            },
        },
    ],
    # Kassel's integration commissioner: the seed names no advice offer, only that she represents people's interests.
}

DEFAULTS = {"access": "appointment"}


def walk(city: dict, sample: str | None = None) -> Iterator[Row]:
    """The city's rows (sample_content.offices.walk), then its offices' offers: those the sample city `sample`
    (by default the city itself) has for an office of the same slug."""
    rows = list(offices.walk(city))
    yield from rows
    referrals = {
        (row.lookup["office"], field_values(Referral, row.values).get("authority_de")): row
        for row in rows
        if row.model is Referral
    }
    for office in (row for row in rows if row.model is Office):
        offers = OFFERS.get((sample or city["slug"], office.lookup["slug"]), [])
        for position, data in enumerate(offers):
            data = DEFAULTS | dict(data) | {"position": position}
            authorities = data.pop("referral_authorities", [])
            linked = [referrals[key] for name in authorities if (key := (office, name)) in referrals]
            lookup = {"office": office, "slug": data.pop("slug")}
            yield Row(CounsellingOffer, lookup, data, m2m={"referrals": linked} if authorities else {})


@transaction.atomic
def load(update: bool = False) -> Counter[str]:
    """Writes the offers; the offices they belong to are only looked up."""
    loader = Loader(update=update, writes={CounsellingOffer})
    counts = loader.load(row for city in offices.cities() for row in walk(city))
    if loader.skipped[CounsellingOffer]:
        counts["skipped offers of missing offices"] += loader.skipped[CounsellingOffer]
    return counts
