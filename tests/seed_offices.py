"""The seed offices under their own addresses, built by the factories with only the facts a test reads.

For pages whose URL or text a test shares with the seeds (sample_content/offices/), at a fraction of the
cost of loading all five cities; the seeds' own fidelity is checked against the real sample.
"""

import datetime

from offices import models
from tests.factories import (
    BERLIN,
    AddressFactory,
    CityFactory,
    ClosureNoticeFactory,
    ContactPersonFactory,
    OfficeFactory,
    PrizeCallFactory,
    UnitFactory,
)


def dresden_office(**fields) -> models.Office:
    """Dresden's integration office under the seed's slugs, with nothing on it that a test does not add."""
    city = CityFactory(slug="dresden", short_name="Dresden", name="Landeshauptstadt Dresden", federal_state="SN")
    defaults = {"name": "Integrations- und Ausländerbeauftragte", "slug": "integrations-und-auslaenderbeauftragte"}
    return OfficeFactory(city=city, **(defaults | fields))


def gera_office(**fields) -> models.Office:
    city = CityFactory(slug="gera", short_name="Gera", name="Stadt Gera", federal_state="TH")
    defaults = {
        "name": "Migrations- und Integrationsbeauftragte",
        "slug": "migrations-und-integrationsbeauftragte",
        "phone": "0365/838 3019",
    }
    return OfficeFactory(city=city, **(defaults | fields))


def gera_prize_2017(office: models.Office) -> models.PrizeCall:
    """The seed's prize call with the facts its page shows: deadline, money, motto and phone."""
    return PrizeCallFactory(
        office=office,
        slug="integrationspreis-2017",
        name="Integrationspreis",
        name_en="Integration Prize",
        title="Stadt Gera verleiht Integrationspreis",
        title_en="City of Gera awards Integration Prize",
        motto="„Schule macht (Dich!) stark“",
        deadline=datetime.date(2017, 4, 28),
        amount="3500.00",
        phone="0365/838 3019",
    )


def kassel_offices() -> models.Office:
    """Kassel's office for equal opportunities with its three units, under the seed's slugs."""
    city = CityFactory(slug="kassel", short_name="Kassel", name="Stadt Kassel", federal_state="HE")
    office = OfficeFactory(
        city=city,
        kind=models.OfficeKind.EQUAL_OPPORTUNITY,
        name="Amt für Chancengleichheit",
        slug="amt-fuer-chancengleichheit",
    )
    for kind, name, slug in [
        (models.OfficeKind.WOMEN, "Frauenbeauftragte", "frauenbeauftragte"),
        (models.OfficeKind.INTEGRATION, "Integrationsbeauftragte", "integrationsbeauftragte"),
        (models.OfficeKind.ANTI_DISCRIMINATION, "Antidiskriminierungsstelle", "antidiskriminierungsstelle"),
    ]:
        UnitFactory(parent=office, kind=kind, name=name, slug=slug)
    return office


def dresden_as_seeded() -> models.Office:
    """Dresden's office with the facts of seed 001 that its page, JSON-LD, vCard and calendar show:
    its contact person, both addresses, "by appointment" and the closure of 13 November 2024."""
    office = dresden_office(
        name_en="Commissioner for Integration and Foreigners",
        phone="0351-4882131",
        email="auslaenderbeauftragte@dresden.de",
    )
    office.city.name_en = "Dresden, State Capital"
    office.city.save()
    ContactPersonFactory(
        office=office,
        name="Kristina Winkler",
        role="Integrations- und Ausländerbeauftragte",
        role_en="Commissioner for Integration and Foreigners",
        phone="0351-4882131",
        email="auslaenderbeauftragte@dresden.de",
        languages="de",
    )
    AddressFactory(office=office, street="Dr.-Külz-Ring 19", postal_code="01067", locality="Dresden")
    AddressFactory(
        office=office, kind=models.Address.Kind.PO_BOX, street="", po_box="12 00 20", postal_code="01001", position=1
    )
    models.OpeningHours.objects.create(
        office=office, by_appointment=True, note_de="nach Vereinbarung", note_en="by appointment"
    )
    ClosureNoticeFactory(
        office=office,
        title="Schließtag am 13. November 2024",
        title_en="Closed on 13 November 2024",
        message="Das Büro ist am Mittwoch, den 13. November 2024 geschlossen. Für etwaige Anfragen ist das Team ab "
        "14. November wieder erreichbar.",
        message_en="The office is closed on Wednesday, 13 November 2024. For any enquiries, the team can be reached "
        "again from 14 November.",
        day=datetime.date(2024, 11, 13),
        visible_from=datetime.datetime(2024, 11, 7, 9, 41, 52, tzinfo=BERLIN),
    )
    return office
