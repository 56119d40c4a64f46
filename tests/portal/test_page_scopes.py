"""Scoped invalidation: a change in one city makes only that city's pages and the installation-wide ones
obsolete; its closure minutes end only its own pages' entries; bounded keys."""

import datetime

import pytest
from django.test import Client

from core import page_cache
from offices import models
from tests.factories import CityFactory, OfficeFactory

pytestmark = pytest.mark.django_db


def state(client: Client, url: str, **extra) -> str | None:
    response = client.get(url, **extra)
    assert response.status_code == 200, url
    return response.get("X-Page-Cache")


@pytest.fixture
def kassel(office):
    city = CityFactory(name="Stadt Kassel", short_name="Kassel", slug="kassel", federal_state="HE")
    return OfficeFactory(city=city, name="Integrationsbüro", slug="integration")


def city_pages(office) -> list[str]:
    return [office.city.get_absolute_url(), office.get_absolute_url(), office.get_archive_url()]


def warm(client, urls):
    for url in urls:
        state(client, url)
        assert state(client, url) == "hit", url


def test_an_edit_in_one_city_leaves_the_other_citys_pages_hits(client, office, kassel):
    dresden, elsewhere = city_pages(office), city_pages(kassel)
    warm(client, [*dresden, *elsewhere, "/de/", "/sitemap.xml"])
    office.heading_de = "Neu in Dresden? Willkommen!"
    office.save()
    for url in elsewhere:
        assert state(client, url) == "hit", url
    page = client.get(office.get_absolute_url())
    assert page["X-Page-Cache"] == "miss" and "Neu in Dresden? Willkommen!" in page.content.decode()
    for url in [office.city.get_absolute_url(), "/de/", "/sitemap.xml"]:  # they list Dresden's offices
        assert state(client, url) == "miss", url


def test_rows_of_an_office_bulk_written_touch_only_its_city(client, office, kassel):
    warm(client, city_pages(kassel))
    models.ContactPerson.objects.bulk_create(
        [models.ContactPerson(office=office, name="Kristina Winkler", role="Beauftragte")]
    )
    models.ContactPerson.objects.filter(office=office).update(name="Kristina Winkler-Neu")
    assert "Kristina Winkler-Neu" in client.get(office.get_absolute_url()).content.decode()
    for url in city_pages(kassel):
        assert state(client, url) == "hit", url


def test_a_renamed_city_slug_makes_its_old_address_obsolete(client, office, kassel):
    old = office.city.get_absolute_url()
    warm(client, [old, *city_pages(kassel)])
    office.city.slug = "dresden-neu"
    office.city.save()
    assert client.get(old).status_code == 404
    assert state(client, kassel.get_absolute_url()) == "hit"


def test_a_change_of_unknown_scope_makes_every_page_obsolete(client, office, kassel):
    warm(client, city_pages(kassel))
    page_cache.bump_generation()  # what generate_scale_content does after its bulk load
    assert state(client, kassel.get_absolute_url()) == "miss"


def test_a_closure_minute_in_one_city_ends_only_that_citys_entries(client, office, kassel, clock, settings):
    settings.CACHE_PAGE_SECONDS = 24 * 3600
    clock.set(2031, 3, 12, 10, 0)
    models.ClosureNotice.objects.create(
        office=office,
        city=office.city,
        title="Betriebsausflug",
        message="Das Büro ist geschlossen.",
        status=models.ClosureNotice.Status.PUBLISHED,
        starts_on=datetime.date(2031, 3, 20),
        ends_on=datetime.date(2031, 3, 20),
        visible_from=clock.now.replace(hour=14, minute=30),
    )
    warm(client, [office.get_absolute_url(), kassel.get_absolute_url(), "/de/"])
    clock.set(2031, 3, 12, 14, 30)
    assert "notice--closure" in client.get(office.get_absolute_url()).content.decode()
    assert "notice--closure" in client.get("/de/").content.decode()  # the home page shows every banner
    assert state(client, kassel.get_absolute_url()) == "hit"


# Bounded: free text, values, hosts


def test_search_terms_are_stored_only_short_and_in_their_normal_form(client, office):
    assert (state(client, "/de/?q=dres"), state(client, "/de/?q=dres")) == ("miss", "hit")
    for query in ["q=Dres", "q=dres%20%20den", "q=" + "d" * 40, "q=dres&q=kas"]:
        assert (state(client, f"/de/?{query}"), state(client, f"/de/?{query}")) == (None, None), query


def test_host_variants_with_ports_or_capitals_are_not_stored(client, office, settings):
    settings.ALLOWED_HOSTS = ["testserver"]
    url = office.get_absolute_url()
    for host in ["testserver:8081", "TESTSERVER"]:
        assert (state(client, url, HTTP_HOST=host), state(client, url, HTTP_HOST=host)) == (None, None), host
    assert (state(client, url), state(client, url)) == ("miss", "hit")


def test_a_form_page_costs_no_cache_lookup(office):
    from django.urls import reverse

    form = reverse("consultations:request", args=[office.city.slug, office.slug])
    assert page_cache.page_scopes(type("R", (), {"path_info": form})()) is None
    assert page_cache.page_scopes(type("R", (), {"path_info": office.get_absolute_url()})())[-1] == "dresden"


def test_the_search_index_rewritten_after_an_edit_touches_only_that_city(
    client, office, kassel, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        kassel.save()  # the fixtures' rows indexed, as their commits would have
    warm(client, city_pages(kassel))
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        office.heading_de = "Neu in Dresden? Willkommen!"
        office.save()
    assert callbacks  # the index is rewritten after commit, as in production
    from search.models import SearchEntry

    assert SearchEntry.objects.filter(office=office).exists()
    for url in city_pages(kassel):
        assert state(client, url) == "hit", url


def test_made_up_city_addresses_add_no_generation(client, office):
    from core.page_scopes import generation_key, generations_cache

    for slug in ["gibt-es-nicht", "auch-nicht"]:
        assert client.get(f"/de/{slug}/").status_code == 404
        assert generations_cache().get(generation_key(slug)) is None
    assert (state(client, "/de/dresden/"), state(client, "/de/dresden/")) == ("miss", "hit")
    assert generations_cache().get(generation_key("dresden")) is not None


# The day's writes (scripts/bench_day): a German text edited in one city, residents' appointment requests


def translated(office, text="Wir beraten."):
    """An office whose texts are translated, so the freshness ledger holds rows about it."""
    from core import ledger

    office.mission_de = text
    with ledger.recording(ledger.MACHINE, ["uk", "ar", "tr", "ru", "fa"]):
        for code in ["en", "uk", "ar", "tr", "ru", "fa"]:
            setattr(office, f"mission_{code}", f"{text} ({code})")
        office.save()
    return office


def test_an_edited_german_text_outdates_only_its_own_citys_pages(client, office, kassel):
    from core.models import TranslationState

    translated(office), translated(kassel)
    warm(client, [*city_pages(office), *city_pages(kassel)])
    office.mission_de = "Wir beraten und vermitteln."
    office.save()  # every translation of it is outdated now: six ledger rows written
    assert TranslationState.objects.filter(object_id=office.pk, source_changed_at__isnull=False).count() == 6
    for url in city_pages(kassel):
        assert state(client, url) == "hit", url
    assert state(client, office.get_absolute_url()) == "miss"


def test_a_ledger_change_of_its_own_outdates_its_objects_city_only(client, office, kassel):
    from core.models import TranslationState

    translated(office), translated(kassel)
    warm(client, [*city_pages(office), *city_pages(kassel)])
    state_row = TranslationState.objects.filter(object_id=office.pk, language="uk").get()
    state_row.origin = TranslationState.Origin.REVIEWED
    state_row.save()
    assert state(client, office.get_absolute_url()) == "miss"
    assert state(client, kassel.get_absolute_url()) == "hit"
    warm(client, [office.get_absolute_url()])
    TranslationState.objects.filter(object_id=kassel.pk).update(origin=TranslationState.Origin.REVIEWED)
    assert state(client, kassel.get_absolute_url()) == "miss"
    assert state(client, office.get_absolute_url()) == "hit"


def test_a_ledger_write_over_more_rows_than_it_looks_up_makes_every_page_obsolete(client, office, kassel, monkeypatch):
    from core import page_scopes
    from core.models import TranslationState

    translated(office), translated(kassel)
    warm(client, city_pages(kassel))
    monkeypatch.setattr(page_scopes, "LARGEST_LOOKUP", 1)
    TranslationState.objects.filter(object_id__in=[office.pk, kassel.pk]).update(origin="reviewed")
    assert state(client, kassel.get_absolute_url()) == "miss"


def test_an_appointment_request_leaves_every_page_a_hit(client, office, kassel):
    from django.utils import timezone

    from consultations.services import appointment_request_submit
    from tests.factories import CounsellingOfferFactory

    offer = CounsellingOfferFactory(office=office)
    pages = [*city_pages(office), *city_pages(kassel), "/de/", "/sitemap.xml"]
    warm(client, pages)
    starts = timezone.now() + datetime.timedelta(days=3)
    appointment_request_submit(
        office=office,
        offer=offer,
        windows=[(starts, starts + datetime.timedelta(hours=1))],
        name="Aylin Demir",
        email="aylin@example.org",
        phone="",
        preferred_language="de",
        needs_mediator=False,
        mode="",
        message="Ich brauche einen Termin.",
        language="de",
    )
    for url in pages:
        assert state(client, url) == "hit", url
