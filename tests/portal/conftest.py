import pytest

from tests.factories import CityFactory, OfficeFactory


@pytest.fixture
def office(db):
    city = CityFactory(name="Landeshauptstadt Dresden", short_name="Dresden", slug="dresden", federal_state="SN")
    return OfficeFactory(city=city, name="Integrationsbeauftragte", name_en="Integration commissioner", slug="iab")
