"""A results page that lists help in danger protects the reader as that help's own pages do (offices.sensitive)."""

import pytest

from consultations.models import CounsellingOffer
from offices.models import Office

pytestmark = pytest.mark.django_db


def test_a_sensitive_offer_among_the_results_brings_urgent_help_the_exit_and_no_store(client, build):
    build(word="Gewaltschutz")
    build(city_slug="leipzig", short_name="Leipzig", word="Sprachmittlung")
    CounsellingOffer.objects.filter(office__city__slug="dresden").update(
        is_sensitive=True, helplines="violence_against_women"
    )
    response = client.get("/de/search/", {"q": "Gewaltschutz"})
    text = response.text
    assert response.context["results"]
    assert "Sofort Hilfe" in text and "116 016" in text and 'href="tel:110"' in text
    assert "data-exit-page" in text and "js/exit-page." in text
    assert "no-store" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "no-referrer"
    # A page cache hit is sent with the same headers (core.page_cache.protects_reader).
    again = client.get("/de/search/", {"q": "Gewaltschutz"})
    assert again["X-Page-Cache"] == "hit"
    assert "no-store" in again["Cache-Control"] and again["Referrer-Policy"] == "no-referrer"
    assert "116 016" in again.text

    plain = client.get("/de/search/", {"q": "Sprachmittlung"})
    assert plain.context["results"]
    assert "Sofort Hilfe" not in plain.text and "data-exit-page" not in plain.text
    assert "no-store" not in plain.get("Cache-Control", "")
    assert plain["Referrer-Policy"] != "no-referrer"


def test_a_sensitive_office_protects_the_results_that_name_it(client, build):
    build(word="Aufenthaltsrecht")
    Office.objects.update(is_sensitive=True)
    response = client.get("/en/search/", {"q": "Aufenthaltsrecht"})
    assert response.context["results"]
    assert "Help right now" in response.text and "data-exit-page" in response.text
    assert "no-store" in response["Cache-Control"]


def test_a_query_that_looks_personal_is_not_kept_even_with_sensitive_results(client, build):
    build(word="Gewaltschutz")
    CounsellingOffer.objects.update(is_sensitive=True)
    query = "Gewaltschutz 0171 2345678"
    first = client.get("/de/search/", {"q": query})
    assert first.context["results"] and "data-exit-page" in first.text
    assert "no-store" in first["Cache-Control"]
    assert client.get("/de/search/", {"q": query}).get("X-Page-Cache") != "hit"
