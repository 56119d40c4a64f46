"""Every public page and admin change list makes a fixed number of database queries: the same with 1 or 100
tasks, contacts, notices, prize calls and offers on an office, and the same with 5 or 60 cities.

The numbers are pinned: a change that adds a query to a page changes this file on purpose. Pages are
rendered with the page cache off; a cached page makes none (tests/portal/test_page_cache.py).
"""

import datetime
import re

import pytest
from django.contrib import admin
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.db.models.signals import post_init
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from consultations import models as c
from offices import models as m

pytestmark = pytest.mark.django_db

# Queries per page for an office whose every list has entries.
PAGE_BUDGETS = {
    "home": 5,  # its cities fit one page: no count for the paginator
    "city": 4,
    "office": 17,  # its offers refer to authorities the office lists: taken from its list (office_section.py)
    "archive": 3,
    "prize call": 1,
    "legal notice": 0,
    "easy language": 1,
    "sign language": 1,
    "sitemap": 8,  # counting the sections (to choose one file or an index), then listing them
}
# The office page again, its time-independent parts kept (core/fragment_cache.py, OfficeDetailView.kept_templates):
# the lists only they show are not asked for (contacts with their numbers and hours, addresses, units, task
# groups, their tasks, target groups, memberships, projects, links, activities); the office, opening hours,
# referrals, notices, prize calls, offers and consultation hours remain.
WARM_OFFICE_BUDGET = 7
# An office with none of the lists: itself with its city and parent, the advice section asking for offers.
EMPTY_OFFICE_BUDGET = 2
# Queries per admin change list, by model (signed in as a superuser, past the one-time password).
ADMIN_BUDGETS = {
    "offices.City": 9,
    "offices.Office": 10,
    "offices.TaskGroup": 10,
    "offices.Task": 10,
    "offices.TargetGroup": 10,
    "offices.ContactPerson": 10,
    "offices.Address": 10,
    "offices.OpeningHours": 10,
    "offices.Membership": 10,
    "offices.CooperationProject": 10,
    "offices.Referral": 10,
    "offices.RelatedLink": 10,
    "offices.Activity": 10,
    "offices.LocalHelpline": 10,
    "offices.ClosureNotice": 12,
    "offices.PrizeCall": 10,
    "consultations.CounsellingOffer": 10,
    "consultations.ConsultationHour": 10,
    "consultations.AppointmentRequest": 13,
}
ADMIN_APPS = ("offices", "consultations")


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    settings.CACHE_PAGES = False


def grow(office: m.Office, rows: int) -> None:
    """Give the office `rows` of everything its pages and the admin list: bulk inserts, as fast for 100 as for 1."""
    today = timezone.localdate()
    group = m.TaskGroup.objects.create(office=office, title="Aufgaben")
    tasks = m.Task.objects.bulk_create(m.Task(group=group, position=i, text=f"Aufgabe {i}") for i in range(rows))
    m.Task.objects.bulk_create(m.Task(group=group, parent=task, text=f"Teilaufgabe {task.position}") for task in tasks)
    for model, fields in [
        (m.TargetGroup, {"description": "Neuzugewanderte"}),
        (m.ContactPerson, {"name": "Kristina Winkler", "role": "Beauftragte", "email": "iab@dresden.example"}),
        (m.Address, {"kind": "002", "street": "Dr.-Külz-Ring 19", "postal_code": "01067", "locality": "Dresden"}),
        (m.OpeningHours, {"by_appointment": True}),
        (m.Membership, {"body": "Netzwerk Integration", "role": "Koordination"}),
        (m.CooperationProject, {"name": "Kulturmittler", "partners": "Caritas\nDiakonie"}),
        (m.Referral, {"authority": "Ausländerbehörde", "reason": "Aufenthalt"}),
        (m.RelatedLink, {"title": "Frauen und Mädchen", "url": "https://example.org"}),
        (m.Activity, {"kind": "report", "title": "Integrationsbericht"}),
    ]:
        model.objects.bulk_create(model(office=office, position=i, **fields) for i in range(rows))
    m.Office.objects.bulk_create(
        m.Office(city=office.city, parent=office, kind="women", name=f"Einheit {i}", slug=f"einheit-{i}")
        for i in range(rows)
    )
    notices = [(today + datetime.timedelta(days=3), None), (datetime.date(2020, 1, 2), None)]
    m.ClosureNotice.objects.bulk_create(
        m.ClosureNotice(
            city=office.city,
            office=office,
            title=f"Schließtag {i}",
            message="Zu.",
            status=m.ClosureNotice.Status.PUBLISHED,
            starts_on=day,
            ends_on=day,
            visible_from=shown,
        )
        for i in range(rows)
        for day, shown in notices
    )
    m.PrizeCall.objects.bulk_create(
        m.PrizeCall(
            office=office,
            name="Preis",
            slug=f"preis-{i}-{deadline.year}",
            title=f"Preis {i}",
            description="d",
            deadline=deadline,
        )
        for i in range(rows)
        for deadline in (today + datetime.timedelta(days=30), datetime.date(2017, 4, 28))
    )
    offers = c.CounsellingOffer.objects.bulk_create(
        c.CounsellingOffer(office=office, slug=f"beratung-{i}", position=i, topic=f"Beratung {i}") for i in range(rows)
    )
    referral = office.referrals.first()
    c.CounsellingOffer.referrals.through.objects.bulk_create(
        c.CounsellingOffer.referrals.through(counsellingoffer=offer, referral=referral) for offer in offers
    )
    c.AppointmentRequest.objects.bulk_create(
        c.AppointmentRequest(
            office=office,
            offer=offer,
            name="Ana",
            email="ana@example.org",
            message="Hallo",
            preferred_language="uk",
            consent_given_at=timezone.now(),
        )
        for offer in offers
    )
    c.ConsultationHour.objects.bulk_create(
        c.ConsultationHour(
            office=office,
            offer=offer,
            kind="open",
            weekday=offer.position % 5 + 1,
            starts_at=datetime.time(9),
            ends_at=datetime.time(12),
        )
        for offer in offers
    )


def pages(office: m.Office) -> dict[str, str]:
    prize = office.prize_calls.order_by("pk").first()
    return {
        "home": "/de/",
        "city": office.city.get_absolute_url(),
        "office": office.get_absolute_url(),
        "archive": office.get_archive_url(),
        "prize call": prize.get_absolute_url(),
        "legal notice": "/de/imprint/",
        "easy language": "/de/easy-language/",
        "sign language": "/de/sign-language/",
        "sitemap": "/sitemap.xml",
    }


def admin_change_lists() -> dict[str, str]:
    return {
        model._meta.label: reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        for model in admin.site._registry
        if model._meta.app_label in ADMIN_APPS
    }


def queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


@pytest.mark.parametrize("rows", [1, 100])
def test_public_pages_keep_their_budget_with_1_or_100_rows(client, office, rows, django_assert_num_queries):
    office.easy_language_summary = "Das Büro hilft."
    office.sign_language_url = "https://example.org/video"
    office.save()
    grow(office, rows)
    for name, url in pages(office).items():
        with django_assert_num_queries(PAGE_BUDGETS[name], info=name):
            assert client.get(url).status_code == 200


@pytest.mark.parametrize("rows", [1, 100])
def test_office_page_with_its_content_kept_asks_only_for_what_it_renders_per_request(client, office, rows):
    grow(office, rows)
    url = office.get_absolute_url()
    assert queries(client, url) == PAGE_BUDGETS["office"]
    assert queries(client, url) == WARM_OFFICE_BUDGET
    assert queries(client, "/en" + url[3:]) == PAGE_BUDGETS["office"] + 1  # a language of its own: cold


def test_office_page_makes_as_many_queries_in_every_language_the_reader_reads(client, office):
    """Its queries load the reader's and the German columns only: a text read in another language would cost
    a query per row, in some languages and not in others."""
    grow(office, 3)
    german = queries(client, office.get_absolute_url())
    other = {code: queries(client, f"/{code}" + office.get_absolute_url()[3:]) for code in ("en", "uk", "ar", "fa")}
    assert german == PAGE_BUDGETS["office"]
    # English has a translation (the office's name), so the freshness ledger is asked whether it is the machine's.
    assert other == {"en": german + 1, "uk": german, "ar": german, "fa": german}


def test_office_page_asks_nothing_for_the_lists_it_has_no_entries_in(client, office):
    assert queries(client, office.get_absolute_url()) == EMPTY_OFFICE_BUDGET


def test_office_page_asks_for_the_lists_it_has_entries_in_and_shows_them(client, office):
    m.Membership.objects.create(office=office, body="Netzwerk Integration", role="Koordination")
    group = m.TaskGroup.objects.create(office=office, title="Beratung")
    first = m.Task.objects.create(group=group, position=1, text="Erstberatung")
    m.Task.objects.create(group=group, position=2, text="Begleitung")
    m.Task.objects.create(group=group, parent=first, position=0, text="Zum Aufenthalt")  # with the tasks
    m.Office.objects.create(city=office.city, parent=office, kind="women", name="Frauenbüro", slug="frauen")
    with CaptureQueriesContext(connection) as captured:
        html = client.get(office.get_absolute_url()).content.decode()
    assert "Netzwerk Integration" in html and "Frauenbüro" in html
    tasks = re.sub(r"\s+", " ", html[html.index("Erstberatung") : html.index("Begleitung")])
    assert "<ul><li>Zum Aufenthalt</li></ul>" in tasks  # under its task, not a task of its own
    assert html.count("Zum Aufenthalt") == 1
    assert len(captured) == EMPTY_OFFICE_BUDGET + 4  # memberships, task groups, their tasks, units


@pytest.mark.parametrize("rows", [1, 100])
def test_admin_change_lists_keep_their_budget_with_1_or_100_rows(admin_client, office, rows):
    grow(office, rows)
    counts = {label: queries(admin_client, url) for label, url in admin_change_lists().items()}
    assert counts == {label: ADMIN_BUDGETS.get(label) for label in counts}


@pytest.fixture
def synthetic_cities(db):
    def make(count: int) -> dict[str, int]:
        call_command("generate_scale_content", cities=count, stdout=open("/dev/null", "w"))
        # New cities leave these offices' kept content valid (their scopes); compared are first renders.
        caches["pages"].clear()
        # The fifth is shaped like Kassel (an office with units), the fourth like Gera (a prize call).
        kassel = m.Office.objects.filter(city__slug="beispielort-00005", parent=None).order_by("position").first()
        gera = m.Office.objects.filter(city__slug="beispielort-00004", prize_calls__isnull=False).first()
        urls = {
            "home": "/de/",
            "home, page 2 of a search": "/de/?q=beispiel&page=2",
            "home, one federal state": "/de/?state=BW",
            "city": kassel.city.get_absolute_url(),
            "office": kassel.get_absolute_url(),
            "office with prize call": gera.get_absolute_url(),
            "archive": gera.get_archive_url(),
            "prize call": gera.prize_calls.first().get_absolute_url(),
            "sitemap": "/sitemap.xml",
        }
        return urls

    return make


def test_no_page_makes_more_queries_with_more_cities(client, admin_client, synthetic_cities):
    urls = synthetic_cities(5)
    few = {name: queries(client, url) for name, url in urls.items()}
    few_admin = {label: queries(admin_client, url) for label, url in admin_change_lists().items()}
    synthetic_cities(60)
    many = {name: queries(client, url) for name, url in urls.items()}
    # Beyond one page of cities the home is an index of states and life situations (tests/portal/test_home.py):
    # fewer queries than the list, and a fixed number of them.
    assert many.pop("home") < few.pop("home")
    assert many == few
    assert {label: queries(admin_client, url) for label, url in admin_change_lists().items()} == few_admin


def rows_and_page(client, url: str) -> tuple[int, bytes]:
    """The model instances a page builds (every row its queries return) and the page itself."""
    built = []

    def count(sender, **kwargs):
        built.append(sender)

    post_init.connect(count, weak=False)
    try:
        response = client.get(url)
    finally:
        post_init.disconnect(count)
    assert response.status_code == 200, url
    return len(built), response.content


def test_city_and_office_pages_read_no_more_rows_with_more_cities(client, synthetic_cities):
    # Constant queries are not enough: a query listing every city (a header, a holiday table, notices shown
    # installation-wide) would keep its count and grow its rows. The same page reads as many with 60 cities.
    urls = synthetic_cities(5)
    pages = ("city", "office", "office with prize call", "archive", "prize call")
    few = {name: rows_and_page(client, urls[name]) for name in pages}
    synthetic_cities(60)
    many = {name: rows_and_page(client, urls[name]) for name in pages}
    assert all(rows for rows, _page in few.values())
    assert many == few
