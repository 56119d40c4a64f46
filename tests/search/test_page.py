"""The search page: what residents see, what bad input does, what it costs and what it keeps."""

import logging
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from offices.models import ClosureNotice
from search.models import LifeSituation, UnmatchedQuery
from search.text import MAX_QUERY_CHARS

pytestmark = pytest.mark.django_db

BAD_INPUT = [
    "",
    "   \t  ",
    "x" * 10_000,
    "Gewalt\x00schutz",
    "\x00",
    "Gewalt насильство عنف şiddet 家庭暴力",
    '"',
    '"Gewalt',
    "&",
    "|",
    ":*",
    "Gewalt:*",
    "NEAR(",
    "NEAR(Gewalt schutz, 2)",
    "Gewalt AND OR NOT",
    "'; DROP TABLE search_searchentry; --",
    "(((",
    "*",
    "-Gewalt",
    "title_de : Gewalt",
    "{title_de}",
    "\\",
    "%_%",
]


@pytest.mark.parametrize("query", BAD_INPUT, ids=lambda query: repr(query[:20]) + f"/{len(query)}")
def test_bad_input_gives_a_clear_page_never_an_error(client, build, query):
    build()
    response = client.get("/de/search/", {"q": query})
    assert response.status_code == 200
    shown = response.context["query"]
    assert len(shown) <= MAX_QUERY_CHARS and "\x00" not in shown
    text = response.text
    if shown:
        assert "Suchergebnisse" in text
        assert response.context["results"] or "Nichts gefunden" in text
    else:
        assert "Wobei brauchen Sie Hilfe?" in text and not response.context["results"]


def test_empty_query_offers_the_life_situations_to_browse(client, db):
    response = client.get("/en/search/")
    assert response.status_code == 200
    assert "What do you need help with?" in response.text
    names = [situation.name_en for situation in response.context["situations"]]
    assert {"Violence and protection", "Residence", "Discrimination", "Sign language"} <= set(names)
    assert 'href="/en/search/?q=Violence+and+protection"' in response.text


def test_a_result_shows_its_city_summary_todays_state_and_link(client, build):
    office = build(hours_today=True)[0]
    response = client.get("/de/search/", {"q": "Gewaltschutz"})
    results = response.context["results"]
    assert [result.kind for result in results] == ["offer", "office"]
    assert results[1].today.state == "open"
    text = response.text
    assert 'href="/de/dresden/buero-0/"' in text and 'href="/de/dresden/buero-0/#consultations-heading"' in text
    assert "Beratung zum Gewaltschutz für alle." in text
    assert "Dresden" in text and "Heute geöffnet 09:00–12:00" in text
    ClosureNotice.objects.create(
        city=office.city,
        office=office,
        title="Zu",
        message="Zu",
        status=ClosureNotice.Status.PUBLISHED,
        starts_on=timezone.localdate(),
        ends_on=timezone.localdate(),
    )
    response = client.get("/de/search/", {"q": "Gewaltschutz"})
    assert "Heute geschlossen" in response.text


def test_the_chosen_citys_results_come_first(client, build):
    build()
    build(city_slug="zwickau", short_name="Zwickau")
    plain = client.get("/de/search/", {"q": "Gewaltschutz"}).context["results"]
    assert [result.city.slug for result in plain] == ["dresden", "zwickau", "dresden", "zwickau"]  # offers first
    chosen = client.get("/de/search/", {"q": "Gewaltschutz", "city": "zwickau"})
    assert [result.city.slug for result in chosen.context["results"]] == ["zwickau", "zwickau", "dresden", "dresden"]
    assert "Ergebnisse aus Zwickau zuerst." in chosen.text


def test_no_results_says_so_offers_situations_and_cities_and_is_counted_without_traces(client, build):
    build()
    for _ in range(3):
        response = client.get("/uk/search/", {"q": "Qwertzuiop ab"})
    assert "Qwertzuiop" in response.text and response.context["no_results"]
    assert response.context["situations"] and 'href="/uk/dresden/"' in response.text
    # Counted on every request (so never stored in the page cache), normalised, words under 3 letters dropped
    assert "private" in response["Cache-Control"] and "X-Page-Cache" not in response
    assert list(UnmatchedQuery.objects.values_list("language", "term", "count")) == [("uk", "qwertzuiop", 3)]
    client.get("/uk/search/", {"q": "ab"})
    client.get("/uk/search/", {"q": "Müller 0351 123456"})  # may be someone's phone number: not kept
    assert UnmatchedQuery.objects.count() == 1
    assert [field.name for field in UnmatchedQuery._meta.get_fields()] == ["id", "language", "term", "count"]


def test_results_pages_are_cached_like_other_public_pages(client, build):
    build()
    first = client.get("/de/search/", {"q": "Gewaltschutz"})
    second = client.get("/de/search/", {"q": "Gewaltschutz"})
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert client.get("/de/search/", {"q": "Gewaltschutz", "utm_source": "x"}).get("X-Page-Cache") is None


def test_the_query_is_not_in_the_request_log(client, build, caplog):
    build()
    with caplog.at_level(logging.INFO, logger="portal.requests"):
        client.get("/de/search/", {"q": "Gewaltschutz Geheimwort"})
    assert caplog.records and not [record for record in caplog.records if "Geheimwort" in record.getMessage()]


def queries(client, query: str) -> int:
    # The first request after a change reads the vocabulary (search/query.py) once for this process.
    client.get("/de/search/", {"q": query})
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/de/search/", {"q": query})
    assert response.status_code == 200
    return len(captured)


def test_the_results_page_costs_the_same_queries_for_2_or_20_results(client, build, settings):
    settings.CACHE_PAGES = False
    build(offices=1, hours_today=True)
    few = queries(client, "Gewaltschutz")
    build(city_slug="zwickau", short_name="Zwickau", offices=9, hours_today=True)
    assert len(client.get("/de/search/", {"q": "Gewaltschutz"}).context["results"]) == 20
    assert queries(client, "Gewaltschutz") == few
    # The cities offered, the ranking, the entries found, their hours, closures and prize calls
    assert few <= 6


def statements(client, query: str) -> list[str]:
    """The SQL of a results page without its values: what PostgreSQL prepares once per connection."""
    client.get("/de/search/", {"q": query})
    with CaptureQueriesContext(connection) as captured:
        client.get("/de/search/", {"q": query})
    # (psycopg writes a negative number with a space before it: " -1")
    return [re.sub(r"\s+", " ", re.sub(r"'[^']*'|-?\b\d+\b", "?", entry["sql"])) for entry in captured]


def test_the_results_page_sends_the_same_statements_for_2_or_20_results(client, build, settings):
    settings.CACHE_PAGES = False
    build(offices=1, hours_today=True)
    few = statements(client, "Gewaltschutz")
    build(city_slug="zwickau", short_name="Zwickau", offices=9, hours_today=True)
    assert len(client.get("/de/search/", {"q": "Gewaltschutz"}).context["results"]) == 20
    many = statements(client, "Gewaltschutz")
    # One placeholder per id in `IN (…)` would give a new statement, planned afresh, for each number of results.
    assert [sql.count("?") for sql in many] == [sql.count("?") for sql in few]
    assert many == few


def test_every_public_page_has_the_search_box_in_its_header(client, build):
    office = build()[0]
    for url in ["/de/", office.get_absolute_url(), "/ar/imprint/"]:
        text = client.get(url).text
        assert 'role="search"' in text and 'name="q"' in text and 'for="site-search-q"' in text, url
    assert 'action="/ar/search/"' in client.get("/ar/imprint/").text


def found(client, query: str) -> list[str]:
    return [result.entry.sort_key for result in client.get("/de/search/", {"q": query}).context["results"]]


def test_the_vocabulary_kept_between_queries_follows_new_synonyms_links_and_terms(client, build, settings):
    settings.CACHE_PAGES = False
    assert found(client, "Kinderschutz") == [] and found(client, "Zauberwort") == []
    (office,) = build(word="Schutz der Kinder")
    # "Kinder" and "Schutz" are terms of the index now: the compound finds the text that says it apart.
    assert "dresden/buero-0" in found(client, "Kinderschutz")
    situation = LifeSituation.objects.get(slug="violence-and-protection")
    situation.synonyms_de += "\nZauberwort"
    situation.save()
    situation.offices.add(office)
    # Linked: the office first; the situation's German words find its offer too ("Schutz").
    assert found(client, "Zauberwort") == ["dresden/buero-0", "dresden/buero-0/beratung"]
    situation.offices.remove(office)
    assert found(client, "Zauberwort") == ["dresden/buero-0/beratung", "dresden/buero-0"]
