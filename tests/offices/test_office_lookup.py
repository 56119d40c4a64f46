"""The published office at /<city>/<office>/ is looked up one way (OfficeQuerySet.published_at) by every page."""

import pytest
from django.urls import reverse

from consultations.models import CounsellingOffer
from offices.models import City, Office

PAGES = ["offices:office", "offices:archive", "offices:closures_ics", "consultations:request"]


@pytest.fixture
def offices(db):
    zwickau = City.objects.create(slug="zwickau", name="Stadt Zwickau", short_name="Zwickau", federal_state="SN")
    gera = City.objects.create(slug="gera", name="Stadt Gera", short_name="Gera", federal_state="TH")
    shown = Office.objects.create(city=zwickau, kind="integration", name="Integration", slug="integration")
    Office.objects.create(city=gera, kind="equality", name="Gleichstellung", slug="gleichstellung")
    CounsellingOffer.objects.create(office=shown, slug="beratung", topic_de="Beratung")
    return shown


def test_it_finds_the_office_by_both_slugs_with_its_city(offices, django_assert_num_queries):
    with django_assert_num_queries(1):
        office = Office.objects.published_at("zwickau", "integration").get()
        assert office.city.short_name == "Zwickau"
    assert not Office.objects.published_at("gera", "integration").exists()
    assert not Office.objects.published_at("zwickau", "gleichstellung").exists()


@pytest.mark.parametrize("name", PAGES)
def test_every_page_of_an_office_finds_it_and_none_outside_its_city(client, offices, name):
    assert client.get(reverse(name, args=["zwickau", "integration"])).status_code == 200
    assert client.get(reverse(name, args=["gera", "integration"])).status_code == 404


@pytest.mark.parametrize("hidden", ["office", "city"])
@pytest.mark.parametrize("name", PAGES)
def test_no_page_shows_an_unpublished_office_or_an_office_of_an_unpublished_city(client, offices, name, hidden):
    target = offices if hidden == "office" else offices.city
    type(target).objects.filter(pk=target.pk).update(is_published=False)
    assert client.get(reverse(name, args=["zwickau", "integration"])).status_code == 404
