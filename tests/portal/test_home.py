"""The home page of a large installation: an index to start from instead of 50 cities out of thousands."""

import datetime
import re
from html import unescape

import pytest
from django.utils import timezone

from offices import models as m
from pages.views import CITIES_PER_PAGE
from search.models import LifeSituation
from tests.factories import OfficeFactory, PrizeCallFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    settings.CACHE_PAGES = False  # the queries counted are the page's own


def text_of(response) -> str:
    assert response.status_code == 200
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", response.content.decode())))


def many_cities(count: int, state: str = "SN") -> list[m.City]:
    cities = m.City.objects.bulk_create(
        m.City(short_name=f"Ort {i:05}", name=f"Gemeinde Ort {i:05}", slug=f"ort-{i:05}", federal_state=state)
        for i in range(count)
    )
    m.Office.objects.bulk_create(
        m.Office(city=city, kind="integration", name=f"Integrationsbüro {city.short_name}", slug="integration")
        for city in cities
    )
    return cities


def closure_in(city: m.City, title: str) -> None:
    today = timezone.localdate()
    m.ClosureNotice.objects.create(
        city=city, title=title, message="Zu.", starts_on=today, ends_on=today, status=m.ClosureNotice.Status.PUBLISHED
    )


def test_a_page_of_cities_lists_them_with_their_offices_and_their_closures(client):
    cities = many_cities(CITIES_PER_PAGE)
    closure_in(cities[3], "Heute geschlossen in Ort 3")
    text = text_of(client.get("/de/"))
    assert "Gemeinde Ort 00000" in text and f"Integrationsbüro Ort {CITIES_PER_PAGE - 1:05}" in text
    assert "Heute geschlossen in Ort 3" in text
    assert "Wobei brauchen Sie Hilfe?" not in text


def test_beyond_one_page_the_home_is_an_index_of_states_searches_and_life_situations(
    client, django_assert_max_num_queries
):
    many_cities(CITIES_PER_PAGE + 1)
    with django_assert_max_num_queries(2):
        response = client.get("/de/")
    html, text = response.content.decode(), text_of(response)
    assert "Gemeinde Ort 00000" not in text and "Integrationsbüro" not in text  # no city out of thousands
    assert 'name="q"' in html  # the city search
    for code, name in m.FederalState.choices:
        assert f'href="?state={code}"' in html and str(name) in text
    assert 'href="?page=1"' in html and "Alle Städte anzeigen" in text
    for situation in LifeSituation.objects.all():
        assert situation.name_de in text and f'href="{situation.get_absolute_url()}"'.replace("&", "&amp;") in html


def test_the_index_leads_to_every_city_with_its_offices(client):
    many_cities(CITIES_PER_PAGE + 1)
    brandenburg = OfficeFactory(city__short_name="Potsdam", city__federal_state="BB").city
    state_page = text_of(client.get("/de/", {"state": "BB"}))
    assert "Stadt Potsdam" in state_page and "Gemeinde Ort 00000" not in state_page
    all_cities = text_of(client.get("/de/", {"page": "1"}))
    assert "Stadt Potsdam" in all_cities and "Integrationsbeauftragte" in all_cities
    assert "Seite 1 von 2" in all_cities
    assert brandenburg.get_absolute_url() in client.get("/de/", {"q": "Potsdam"}).content.decode()


def test_a_listing_shows_the_closures_and_prize_calls_of_the_cities_it_shows_only(client):
    cities = many_cities(CITIES_PER_PAGE + 1)
    closure_in(cities[0], "Geschlossen in Ort 0")
    closure_in(cities[-1], "Geschlossen im letzten Ort")
    deadline = timezone.localdate() + datetime.timedelta(days=30)
    office = m.Office.objects.get(city=cities[-1])
    m.PrizeCall.objects.create(
        office=office, name="Preis", slug="preis", title="Preis im letzten Ort", description="d", deadline=deadline
    )
    first = text_of(client.get("/de/", {"page": "1"}))
    assert "Geschlossen in Ort 0" in first
    assert "Geschlossen im letzten Ort" not in first and "Preis im letzten Ort" not in first
    last = text_of(client.get("/de/", {"page": "2"}))
    assert "Geschlossen im letzten Ort" in last and "Preis im letzten Ort" in last
    assert "Geschlossen in Ort 0" not in last
    index = text_of(client.get("/de/"))
    assert "Geschlossen" not in index and "Preis im letzten Ort" not in index


def test_the_first_page_shows_open_prize_calls_and_todays_closures_beside_the_kept_listing(client, settings):
    settings.CACHE_FRAGMENTS = True
    cities = many_cities(3)
    office = m.Office.objects.get(city=cities[1])
    PrizeCallFactory(office=office, title="Integrationspreis Ort 1", deadline=timezone.localdate())
    PrizeCallFactory(office=office, title="Preis von gestern", deadline=timezone.localdate() - datetime.timedelta(1))
    hidden = m.City.objects.create(short_name="Entwurf", name="Entwurf", slug="entwurf", federal_state="SN")
    hidden.is_published = False
    hidden.save()
    PrizeCallFactory(office=OfficeFactory(city=hidden, slug="entwurf"), title="Preis einer Entwurfsstadt")
    for _ in range(2):  # the listing rendered, then kept
        text = text_of(client.get("/de/"))
        assert "Integrationspreis Ort 1 – Ort 00001" in text and "Integrationsbüro Ort 00002" in text
        assert "Preis von gestern" not in text and "Entwurfsstadt" not in text
    closure_in(cities[2], "Heute geschlossen in Ort 2")  # a save: the listing is made anew as well
    m.Office.objects.filter(city=cities[0]).update(name="Büro für Integration Ort 0")
    text = text_of(client.get("/de/"))
    assert "Heute geschlossen in Ort 2" in text and "Büro für Integration Ort 0" in text
