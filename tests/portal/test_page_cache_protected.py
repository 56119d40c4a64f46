"""Pages someone may read in danger are sent no-store for her browser's sake, and still kept by the page cache.

The server's cache is not her browser: the page is the same for every reader, so it is stored like any public
page, and every hit carries exactly the headers the render gave it (no-store, no-referrer).
"""

import re

import pytest
from django.db import connection
from django.http import HttpResponse
from django.test.utils import CaptureQueriesContext
from django.utils.cache import patch_cache_control, patch_vary_headers

from core.page_cache import protects_reader, storable
from offices import models
from offices.sensitive import protect
from tests.factories import CounsellingOfferFactory

pytestmark = pytest.mark.django_db

# What the two reads of a page must send alike; Expires is the render's moment, the same in both.
PROTECTIVE = ("Cache-Control", "Expires", "Referrer-Policy", "Content-Security-Policy", "X-Frame-Options")


def read(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return response, len(queries)


def assert_protected(response):
    html = response.content.decode()
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "no-referrer"
    assert 'class="exit-page__button" href="https://www.google.com/"' in html
    assert re.search(r'<script src="[^"]*/js/exit-page[^"]*\.js" defer>', html)


def assert_second_read_is_a_protected_hit(client, url):
    first, rendered = read(client, url)
    second, queries = read(client, url)
    assert (first["X-Page-Cache"], second["X-Page-Cache"], queries) == ("miss", "hit", 0)
    assert rendered > 0
    assert second.content == first.content
    for response in (first, second):
        assert_protected(response)
    assert {name: second.get(name) for name in PROTECTIVE} == {name: first.get(name) for name in PROTECTIVE}


def test_a_sensitive_office_page_is_a_hit_on_the_second_read_and_still_protects(client, office):
    office.is_sensitive = True
    office.helplines = "violence_against_women"
    office.save()
    assert_second_read_is_a_protected_hit(client, office.get_absolute_url())
    assert 'href="tel:110"' in read(client, office.get_absolute_url())[0].content.decode()


def test_an_office_page_made_sensitive_by_its_offer_is_a_hit_too(client, office):
    CounsellingOfferFactory(office=office, is_sensitive=True, helplines="violence_against_women")
    assert_second_read_is_a_protected_hit(client, office.get_absolute_url())


def test_a_sensitive_offices_prize_call_is_a_hit_too(client, office):
    office.is_sensitive = True
    office.save()
    prize = models.PrizeCall.objects.create(
        office=office, name="Preis", slug="preis", title="Preis", description="d", deadline="2040-04-28"
    )
    assert_second_read_is_a_protected_hit(client, prize.get_absolute_url())


def test_a_change_still_ends_a_stored_sensitive_page(client, office):
    office.is_sensitive = True
    office.save()
    url = office.get_absolute_url()
    read(client, url)
    office.heading_de = "Hilfe bei Gewalt"
    office.save()
    response, _ = read(client, url)
    assert response["X-Page-Cache"] == "miss" and "Hilfe bei Gewalt" in response.content.decode()
    assert_protected(response)


def test_the_appointment_form_of_a_sensitive_office_is_never_stored(client, office):
    offer = CounsellingOfferFactory(office=office, is_sensitive=True)
    url = f"{office.get_absolute_url()}advice/request/"
    for _ in range(2):
        response, queries = read(client, url)
        assert "X-Page-Cache" not in response and queries > 0
        assert "no-store" in response["Cache-Control"] and "csrfmiddlewaretoken" in response.content.decode()
    assert offer.pk


def test_only_the_marked_cache_control_is_stored():
    protected = protects_reader(protect(HttpResponse("ok")))
    assert storable(protected)
    # The same headers without the view's mark: private and no-store as before.
    assert not storable(protect(HttpResponse("ok")))
    assert not storable(HttpResponse("ok", headers={"Cache-Control": protected["Cache-Control"]}))
    # Anything further down that changes the header, sets a cookie or varies by cookie voids the mark.
    changed = protects_reader(protect(HttpResponse("ok")))
    patch_cache_control(changed, s_maxage=60)
    assert not storable(changed)
    with_cookie = protects_reader(protect(HttpResponse("ok")))
    with_cookie.set_cookie("sessionid", "x")
    assert not storable(with_cookie)
    varied = protects_reader(protect(HttpResponse("ok")))
    patch_vary_headers(varied, ["Cookie"])
    assert not storable(varied)
    assert not storable(protects_reader(protect(HttpResponse("gone", status=404))))
