"""Public pages come from the cache and are still never stale: changes, closure times and days all show on time."""

import datetime
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from consultations.models import ConsultationHour, CounsellingOffer
from offices import models

pytestmark = pytest.mark.django_db


def get(client, url, **extra):
    """The response and the number of database queries it took."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    assert response.status_code == 200, url
    return response, len(queries)


def text(response) -> str:
    return response.content.decode()


@pytest.fixture
def every_page(office):
    models.ClosureNotice.objects.create(
        office=office,
        title="Früher geschlossen",
        message="Geschlossen",
        status=models.ClosureNotice.Status.PUBLISHED,
        starts_on=datetime.date(2020, 1, 2),
        ends_on=datetime.date(2020, 1, 2),
    )
    prize = models.PrizeCall.objects.create(
        office=office, name="Preis", slug="preis", title="Integrationspreis", description="d", deadline="2040-04-28"
    )
    return [
        "/de/",
        office.city.get_absolute_url(),
        office.get_absolute_url(),
        office.get_archive_url(),
        prize.get_absolute_url(),
        "/de/imprint/",
        "/de/privacy/",
        "/de/easy-language/",
        "/de/sign-language/",
        "/sitemap.xml",
    ]


def test_every_public_page_is_served_from_the_cache_without_a_query(client, every_page):
    for url in every_page:
        first, _ = get(client, url)
        second, queries = get(client, url)
        assert (first.get("X-Page-Cache"), second.get("X-Page-Cache"), queries) == ("miss", "hit", 0), url
        assert second.content == first.content
        assert second["Content-Type"] == first["Content-Type"]


def test_turned_off_with_the_setting(client, settings, office):
    settings.CACHE_PAGES = False
    get(client, office.get_absolute_url())
    response, queries = get(client, office.get_absolute_url())
    assert "X-Page-Cache" not in response and queries > 0


def test_a_save_is_on_the_next_request(client, office):
    url = office.get_absolute_url()
    get(client, url)
    office.heading_de = "Neu in Dresden? Willkommen!"
    office.save()
    assert "Neu in Dresden? Willkommen!" in text(get(client, url)[0])


def test_inline_rows_new_changed_and_deleted_are_on_the_next_request(client, office):
    url = office.get_absolute_url()
    get(client, url)
    contact = models.ContactPerson.objects.create(office=office, name="Kristina Winkler", role="Beauftragte")
    assert "Kristina Winkler" in text(get(client, url)[0])
    contact.name = "Kristina Winkler-Neu"
    contact.save()
    assert "Kristina Winkler-Neu" in text(get(client, url)[0])
    contact.delete()
    assert "Kristina Winkler" not in text(get(client, url)[0])


def test_a_change_on_one_page_reaches_the_pages_that_show_it(client, office):
    """The city page and the home page list the office; renaming it changes them too."""
    for url in ["/de/", office.city.get_absolute_url()]:
        get(client, url)
    office.name_de = "Integrations- und Ausländerbeauftragte"
    office.save()
    for url in ["/de/", office.city.get_absolute_url()]:
        assert "Integrations- und Ausländerbeauftragte" in text(get(client, url)[0]), url


def test_many_to_many_changes_invalidate(office):
    from django.apps import apps
    from django.db.models.signals import m2m_changed

    through_models = [
        model
        for config in apps.get_app_configs()
        if config.label in ("offices", "consultations")
        for model in config.get_models(include_auto_created=True)
        if model._meta.auto_created
    ]
    for through in through_models:
        assert m2m_changed.has_listeners(through), through


def test_staff_change_in_the_admin_is_on_the_next_request(admin_client, office):
    resident = Client()
    url = office.get_absolute_url()
    get(resident, url)
    assert get(resident, url)[0]["X-Page-Cache"] == "hit"
    today = timezone.localdate()
    saved = admin_client.post(
        reverse("admin:offices_closurenotice_add"),
        {
            "city": office.city.pk,
            "office": office.pk,
            "status": "published",
            "starts_on": today + datetime.timedelta(days=2),
            "ends_on": today + datetime.timedelta(days=2),
            "title_de": "Betriebsausflug",
            "message_de": "Das Büro ist geschlossen.",
            "visible_from_0": today - datetime.timedelta(days=1),
            "visible_from_1": "09:00",
        },
    )
    assert saved.status_code == 302 and "/login/" not in saved["Location"]
    response, queries = get(resident, url)
    assert "Betriebsausflug" in text(response) and queries > 0


def test_staff_signed_in_are_never_served_from_the_cache(admin_client, office):
    url = office.get_absolute_url()
    get(Client(), url)  # stored for residents
    response, queries = get(admin_client, url)
    assert "X-Page-Cache" not in response and queries > 0


def test_each_language_and_reader_setting_has_its_own_entry(client, office):
    german = get(client, office.get_absolute_url())[0]
    english = get(client, "/en/dresden/iab/")[0]
    assert "Integrationsbeauftragte" in text(german) and 'lang="de"' in text(german)
    assert "Integration commissioner" in text(english) and 'lang="en"' in text(english)
    again, queries = get(client, "/en/dresden/iab/")
    assert queries == 0 and again.content == english.content

    client.cookies["reader_contrast"] = "high"
    high = get(client, "/en/dresden/iab/")[0]
    assert high["X-Page-Cache"] == "miss" and "contrast-high" in text(high)
    client.cookies["reader_contrast"] = "normal"
    normal, queries = get(client, "/en/dresden/iab/")
    assert queries == 0 and "contrast-high" not in text(normal)


def test_unknown_query_parameters_are_not_stored(client, office):
    url = office.get_absolute_url() + "?utm_source=newsletter"
    get(client, url)
    response, queries = get(client, url)
    assert "X-Page-Cache" not in response and queries > 0


def test_home_search_results_are_stored_per_query(client, office):
    found = get(client, "/de/?q=dres")[0]
    missing = get(client, "/de/?q=kassel")[0]
    assert "Dresden" in text(found) and "No city matches" not in text(found)
    assert get(client, "/de/?q=dres")[1] == 0
    assert get(client, "/de/?q=kassel")[0].content == missing.content


def test_pages_with_forms_are_never_stored(client, office):
    """The appointment form (consultations) carries a CSRF token and personal data: rendered anew every time."""
    form = reverse("consultations:request", args=[office.city.slug, office.slug])
    first = client.get(form)
    with CaptureQueriesContext(connection) as queries:
        second = client.get(form)
    assert "X-Page-Cache" not in second and len(queries) > 0
    assert first.status_code == second.status_code
    for url in [reverse("accessibility"), reverse("admin:login")]:  # the barrier report form; staff sign-in
        client.get(url)
        response = client.get(url)
        assert response.status_code == 200 and "X-Page-Cache" not in response, url


def test_private_no_store_and_cookie_setting_responses_are_not_stored():
    from django.http import HttpResponse

    from core.page_cache import storable

    assert storable(HttpResponse("ok"))
    for header in ["private", "no-store", "no-cache", "max-age=0, private"]:
        assert not storable(HttpResponse("ok", headers={"Cache-Control": header})), header
    assert not storable(HttpResponse("ok", headers={"Vary": "Accept-Language, Cookie"}))
    with_cookie = HttpResponse("ok")
    with_cookie.set_cookie("csrftoken", "x")
    assert not storable(with_cookie)
    assert not storable(HttpResponse("gone", status=404))


# Closure notices and days turn with the clock, not with a save


def banner_shown(response) -> bool:
    return "notice--closure" in text(response)


def notice_on(office, **fields):
    fields = {"status": models.ClosureNotice.Status.PUBLISHED} | fields
    return models.ClosureNotice.objects.create(
        office=office, title="Betriebsausflug", message="Das Büro ist geschlossen.", **fields
    )


def test_a_scheduled_notice_appears_at_its_minute_and_disappears_at_its_minute(client, office, clock, settings):
    settings.CACHE_PAGE_SECONDS = 24 * 3600  # so that only the notice's times end the entries
    clock.set(2031, 3, 12, 10, 0)
    notice_on(
        office,
        starts_on=datetime.date(2031, 3, 20),
        ends_on=datetime.date(2031, 3, 20),
        visible_from=clock.now.replace(hour=14, minute=30),
        visible_until=clock.now.replace(hour=16, minute=45),
    )
    url = office.get_absolute_url()
    assert not banner_shown(get(client, url)[0])
    clock.set(2031, 3, 12, 14, 29, 59)
    response, queries = get(client, url)
    assert not banner_shown(response)
    assert queries == 0  # still from the cache
    clock.set(2031, 3, 12, 14, 30)
    assert banner_shown(get(client, url)[0])
    clock.set(2031, 3, 12, 16, 44, 59)
    response, queries = get(client, url)
    assert banner_shown(response)
    assert queries == 0
    clock.set(2031, 3, 12, 16, 45)
    assert not banner_shown(get(client, url)[0])


def test_the_city_and_home_pages_follow_the_same_minutes(client, office, clock):
    clock.set(2031, 3, 12, 14, 0)
    notice_on(
        office,
        starts_on=datetime.date(2031, 3, 20),
        ends_on=datetime.date(2031, 3, 20),
        visible_from=clock.now.replace(minute=30),
    )
    for url in ["/de/", office.city.get_absolute_url()]:
        assert not banner_shown(get(client, url)[0]), url
    clock.set(2031, 3, 12, 14, 30)
    for url in ["/de/", office.city.get_absolute_url()]:
        assert banner_shown(get(client, url)[0]), url


def test_a_notice_without_show_until_goes_at_the_end_of_its_last_day_in_berlin(client, office, clock):
    clock.set(2031, 3, 12, 23, 59)
    notice_on(office, starts_on=datetime.date(2031, 3, 12), ends_on=datetime.date(2031, 3, 12), visible_from=None)
    url = "/en/dresden/iab/"
    response = get(client, url)[0]
    assert banner_shown(response) and "Closed today" in text(response)
    assert "No past closures" in text(get(client, office.get_archive_url())[0])
    clock.set(2031, 3, 12, 23, 59, 59)
    assert banner_shown(get(client, url)[0])
    clock.set(2031, 3, 13, 0, 0)
    response = get(client, url)[0]
    assert not banner_shown(response) and "Closed today" not in text(response)
    assert "Betriebsausflug" in text(get(client, office.get_archive_url())[0])


def test_closed_today_turns_on_at_midnight(client, office, clock):
    clock.set(2031, 3, 12, 18, 0)
    notice_on(office, starts_on=datetime.date(2031, 3, 13), ends_on=datetime.date(2031, 3, 14), visible_from=None)
    url = "/en/dresden/iab/"
    evening = get(client, url)[0]
    assert banner_shown(evening) and "Closed today" not in text(evening)
    clock.set(2031, 3, 13, 0, 0)
    assert "Closed today" in text(get(client, url)[0])


def test_a_prize_call_closes_after_its_deadline_day(client, office, clock):
    clock.set(2031, 4, 28, 20, 0)
    prize = models.PrizeCall.objects.create(
        office=office,
        name="Preis",
        slug="preis",
        title="Integrationspreis 2031",
        description="d",
        deadline=datetime.date(2031, 4, 28),
    )
    url = "/en/dresden/iab/"
    prize_url = prize.get_absolute_url().replace("/de/", "/en/")
    assert "Integrationspreis 2031" in text(get(client, url)[0])
    assert "Open for applications" in text(get(client, prize_url)[0])
    assert "Applications until" in text(get(client, url)[0])
    clock.set(2031, 4, 29, 0, 0)
    # No longer announced as open; the office page names it as its latest, closed call (issue 13).
    after = text(get(client, url)[0])
    assert "Applications until" not in after
    assert re.search(r'Latest prize call: <a href="[^"]+">.*Integrationspreis 2031.*</a> – closed on', after)
    assert "Open for applications" not in text(get(client, prize_url)[0])
    assert "Integrationspreis 2031" in text(get(client, office.get_archive_url())[0])


def test_a_changed_window_takes_effect_on_the_next_request(client, office, clock):
    clock.set(2031, 3, 12, 10, 0)
    notice = notice_on(
        office,
        starts_on=datetime.date(2031, 3, 20),
        ends_on=datetime.date(2031, 3, 20),
        visible_from=clock.now.replace(hour=14),
    )
    url = office.get_absolute_url()
    assert not banner_shown(get(client, url)[0])
    notice.visible_from = clock.now.replace(hour=9)
    notice.save()
    assert banner_shown(get(client, url)[0])


def test_todays_consultation_time_leaves_the_office_page_when_it_is_over(client, office, clock, settings):
    settings.CACHE_PAGE_SECONDS = 24 * 3600
    clock.set(2031, 3, 12, 14, 0)  # a Wednesday
    CounsellingOffer.objects.create(office=office, slug="beratung", topic_de="Beratung")
    ConsultationHour.objects.create(
        office=office, kind="open", weekday=3, starts_at=datetime.time(9), ends_at=datetime.time(15)
    )
    url = office.get_absolute_url()
    today = '<time datetime="2031-03-12">'
    assert today in text(get(client, url)[0])
    clock.set(2031, 3, 12, 14, 59, 59)
    response, queries = get(client, url)
    assert today in text(response) and queries == 0
    clock.set(2031, 3, 12, 15, 0)
    response = get(client, url)[0]
    assert today not in text(response) and '<time datetime="2031-03-19">' in text(response)
