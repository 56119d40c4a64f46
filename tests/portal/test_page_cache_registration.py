"""What each app registers with the page cache: public models invalidate pages, private ones never; views opt in."""

import datetime

import pytest
from django.apps import apps
from django.contrib import admin
from django.core.exceptions import ImproperlyConfigured
from django.db.models.signals import m2m_changed
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.urls import resolve, reverse

from consultations.models import AppointmentRequest, ConsultationHour, CounsellingOffer, StatusChange
from consultations.services import appointment_request_submit
from core import page_cache
from offices import models
from pages.models import AccessibilityFeedback

pytestmark = pytest.mark.django_db

# Shown on no public page: storing or changing them must leave every cached page valid.
PRIVATE = {
    "consultations.AppointmentRequest",
    "consultations.PreferredWindow",
    "consultations.StatusChange",
    "consultations.RequestNote",
    "pages.AccessibilityFeedback",
    "search.UnmatchedQuery",
    "staff.CityAssignment",
    "staff.OfficeAssignment",
}
OUR_APPS = ("core", "offices", "consultations", "search", "staff", "pages", "sample_content")


def cache_state(resident: Client, url: str) -> str | None:
    response = resident.get(url)
    assert response.status_code == 200, url
    return response.get("X-Page-Cache")


def cached(*urls: str) -> Client:
    """A resident without cookies, with these pages in the cache."""
    resident = Client()
    for url in urls:
        cache_state(resident, url)
        assert cache_state(resident, url) == "hit", url
    return resident


# What the apps register


def test_every_model_of_our_apps_is_either_watched_or_known_to_be_private():
    watched = {model._meta.label for model in page_cache.watched_models()}
    ours = {model._meta.label for label in OUR_APPS for model in apps.get_app_config(label).get_models()}
    assert watched | PRIVATE == ours
    assert not watched & PRIVATE
    assert {"offices.ClosureNotice", "offices.PrizeCall", "consultations.ConsultationHour"} <= watched


def test_the_many_to_many_tables_of_watched_models_invalidate_and_no_other_table_does():
    through = {
        field.remote_field.through
        for model in page_cache.watched_models()
        for field in model._meta.many_to_many
        if field.remote_field.through._meta.auto_created
    }
    assert CounsellingOffer.referrals.through in through
    for table in through:
        assert m2m_changed.has_listeners(table), table
    assert not m2m_changed.has_listeners(AppointmentRequest)


def test_a_model_whose_bulk_writes_would_not_invalidate_cannot_be_watched():
    with pytest.raises(ImproperlyConfigured, match="PublicContentQuerySet"):
        page_cache.watch(AppointmentRequest)
    assert AppointmentRequest not in page_cache.watched_models()


def test_the_querysets_admin_actions_get_invalidate_on_update(admin_user):
    request = RequestFactory().get("/admin/")
    request.user = admin_user
    for model in filter(admin.site.is_registered, page_cache.watched_models()):
        queryset = admin.site.get_model_admin(model).get_queryset(request)
        assert isinstance(queryset, page_cache.PublicContentQuerySet), model


def test_registered_moments_end_the_entries_and_midnight_in_berlin_is_always_one(monkeypatch):
    now = datetime.datetime(2031, 3, 12, 10, 0, tzinfo=datetime.UTC)  # 11:00 in Berlin
    midnight = datetime.datetime(2031, 3, 12, 23, 0, tzinfo=datetime.UTC)
    monkeypatch.setattr(page_cache, "_expiries", [])
    assert page_cache.next_change(now) == midnight
    page_cache.register_expiry(lambda now, scope: [now - datetime.timedelta(hours=1), now])  # past moments do not count
    assert page_cache.next_change(now) == midnight
    in_90_minutes = now + datetime.timedelta(minutes=90)
    soon = lambda now, scope: iter([in_90_minutes, now + datetime.timedelta(hours=3)])  # noqa: E731
    page_cache.register_expiry(soon)
    page_cache.register_expiry(soon)
    assert page_cache.next_change(now) == in_90_minutes
    assert page_cache._expiries.count(soon) == 1


# Private writes leave cached pages valid


@pytest.fixture
def offer(office):
    offer = CounsellingOffer.objects.create(office=office, slug="beratung", topic_de="Erstberatung", in_person=True)
    for weekday in range(1, 6):
        ConsultationHour.objects.create(
            office=office, weekday=weekday, starts_at=datetime.time(9), ends_at=datetime.time(15)
        )
    return offer


def public_urls(office) -> list[str]:
    return ["/de/", office.city.get_absolute_url(), office.get_absolute_url()]


def test_an_appointment_request_submitted_leaves_cached_pages_valid(offer, clock):
    clock.set(2031, 3, 12, 10, 0)  # a Wednesday; Thursday is bookable
    urls = public_urls(offer.office)
    resident = cached(*urls)
    form = reverse("consultations:request", args=[offer.office.city.slug, offer.office.slug])
    sent = Client().post(
        form,
        {
            "offer": str(offer.pk),
            "window_1_day": "2031-03-13",
            "window_1_start": "10:00",
            "window_1_end": "11:00",
            "preferred_language": "de",
            "mode": "",
            "name": "Amina Rahimi",
            "email": "amina@example.org",
            "phone": "",
            "message": "Ich habe eine Frage zu meiner Aufenthaltserlaubnis.",
            "consent": "on",
            "website": "",
        },
    )
    assert sent.status_code == 302 and AppointmentRequest.objects.get().windows.count() == 1
    for url in urls:
        assert cache_state(resident, url) == "hit", url


def test_a_status_change_and_a_note_by_staff_leave_cached_pages_valid(offer, admin_client, admin_user, mailoutbox):
    starts = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=2)
    appointment = appointment_request_submit(
        office=offer.office,
        offer=offer,
        windows=[(starts, starts + datetime.timedelta(hours=1))],
        name="Amina Rahimi",
        email="amina@example.org",
        phone="",
        preferred_language="de",
        needs_mediator=False,
        mode="",
        message="Frage zum Aufenthalt",
        language="de",
    )
    urls = public_urls(offer.office)
    resident = cached(*urls)
    formset = {"TOTAL_FORMS": "0", "INITIAL_FORMS": "0", "MIN_NUM_FORMS": "0", "MAX_NUM_FORMS": "1000"}
    data = {
        "status": "confirmed",
        "assigned_to": str(admin_user.pk),
        **{f"notes-{key}": value for key, value in formset.items()},
        "notes-TOTAL_FORMS": "1",
        "notes-0-text": "Rückruf am Montag vereinbart",
        **{f"status_changes-{key}": value for key, value in formset.items()},
        **{f"windows-{key}": value for key, value in formset.items()},
        "windows-TOTAL_FORMS": "1",
        "windows-INITIAL_FORMS": "1",
        "windows-0-id": str(appointment.windows.get().pk),
        "windows-0-request": str(appointment.pk),
    }
    url = reverse("admin:consultations_appointmentrequest_change", args=[appointment.pk])
    assert admin_client.post(url, data).status_code == 302
    assert StatusChange.objects.get(request=appointment).new_status == "confirmed"
    assert appointment.notes.get().text == "Rückruf am Montag vereinbart"
    for url in urls:
        assert cache_state(resident, url) == "hit", url


def test_accessibility_feedback_stored_and_handled_leaves_cached_pages_valid(office, admin_client):
    urls = [*public_urls(office), "/de/imprint/"]
    resident = cached(*urls)
    sent = Client().post("/en/accessibility/", {"page_url": "/en/dresden/", "description": "No alt text."})
    assert sent.status_code in (200, 302)
    feedback = AccessibilityFeedback.objects.get()
    change = reverse("admin:pages_accessibilityfeedback_change", args=[feedback.pk])
    assert admin_client.post(change, {"is_done": "on", "staff_note": "Fixed."}).status_code == 302
    for url in urls:
        assert cache_state(resident, url) == "hit", url


# Writes of watched models that send no signal still invalidate


def contacts(office):
    return list(models.ContactPerson.objects.filter(office=office))


WRITES = {
    "update": lambda office: models.Office.objects.filter(pk=office.pk).update(heading_de="Kristina Winkler"),
    "related update": lambda office: office.contacts.update(name="Kristina Winkler"),
    "bulk_create": lambda office: models.ContactPerson.objects.bulk_create(
        [models.ContactPerson(office=office, name="Kristina Winkler", role="Beauftragte")]
    ),
    "bulk_update": lambda office: models.ContactPerson.objects.bulk_update(
        [models.ContactPerson(pk=contact.pk, name="Kristina Winkler") for contact in contacts(office)], ["name"]
    ),
    "consultations bulk_create": lambda office: CounsellingOffer.objects.bulk_create(
        [CounsellingOffer(office=office, slug="winkler", topic_de="Kristina Winkler berät")]
    ),
}


@pytest.mark.parametrize("write", WRITES.values(), ids=WRITES.keys())
def test_bulk_writes_of_watched_models_are_on_the_next_request(office, write):
    models.ContactPerson.objects.create(office=office, name="Anna Alt", role="Beauftragte")
    url = office.get_absolute_url()
    resident = cached(url)
    write(office)
    response = resident.get(url)
    assert response["X-Page-Cache"] == "miss" and "Kristina Winkler" in response.content.decode()


def test_a_queryset_delete_is_on_the_next_request(office):
    models.ContactPerson.objects.create(office=office, name="Kristina Winkler", role="Beauftragte")
    url = office.get_absolute_url()
    resident = cached(url)
    models.ContactPerson.objects.filter(office=office).delete()
    assert "Kristina Winkler" not in resident.get(url).content.decode()


def test_a_write_that_changes_no_row_leaves_cached_pages_valid(office):
    url = office.get_absolute_url()
    resident = cached(url)
    models.ContactPerson.objects.filter(office=office).update(name="Niemand")
    models.ContactPerson.objects.bulk_create([])
    assert cache_state(resident, url) == "hit"


def test_publishing_and_deleting_notices_with_admin_actions_is_on_the_next_request(office, admin_client):
    notice = models.ClosureNotice.objects.create(
        office=office,
        title="Betriebsausflug",
        message="Das Büro ist geschlossen.",
        status=models.ClosureNotice.Status.DRAFT,
        starts_on=datetime.date.today() + datetime.timedelta(days=3),
        ends_on=datetime.date.today() + datetime.timedelta(days=3),
    )
    url = office.get_absolute_url()
    resident = cached(url)
    changelist = reverse("admin:offices_closurenotice_changelist")
    admin_client.post(changelist, {"action": "publish", "_selected_action": [notice.pk]})
    assert notice.__class__.objects.get().status == "published"
    response = resident.get(url)
    assert response["X-Page-Cache"] == "miss" and "Betriebsausflug" in response.content.decode()
    assert cache_state(resident, url) == "hit"
    admin_client.post(changelist, {"action": "delete_selected", "_selected_action": [notice.pk], "post": "yes"})
    assert not models.ClosureNotice.objects.exists()
    assert "Betriebsausflug" not in resident.get(url).content.decode()


# Views opt in with an attribute the middleware reads in process_view


class Site:
    """The middleware in front of one view, called the way Django's handler calls them."""

    def __init__(self, view):
        self.view = view
        self.requests = []
        self.middleware = page_cache.PageCacheMiddleware(self.handle)

    def handle(self, request):
        self.requests.append(request)
        return self.middleware.process_view(request, self.view, (), {}) or self.view(request)

    def get(self, url: str) -> str | None:
        return self.middleware(RequestFactory().get(url)).get("X-Page-Cache")


def hello(request):
    return HttpResponse("Hallo")


def test_a_marked_view_is_stored_and_the_request_carries_no_flag():
    site = Site(page_cache.public_page(hello))
    assert (site.get("/hello/"), site.get("/hello/")) == ("miss", "hit")
    (request,) = site.requests
    assert not [name for name in vars(request) if "public" in name]
    assert not site.middleware.public_requests  # nothing kept once the response is out


def test_an_unmarked_view_is_never_stored_and_marking_leaves_the_view_itself_unmarked():
    public = page_cache.public_page(hello, query_params=("q",))
    assert getattr(public, page_cache.PUBLIC_PAGE) == {"q"} and not hasattr(hello, page_cache.PUBLIC_PAGE)
    site = Site(hello)
    assert (site.get("/hello/"), site.get("/hello/")) == (None, None)
    assert len(site.requests) == 2


def test_only_the_query_parameters_a_view_names_are_stored():
    site = Site(page_cache.public_page(query_params=("q", "page"))(hello))
    assert (site.get("/hello/?q=dres&page=2"), site.get("/hello/?q=dres&page=2")) == ("miss", "hit")
    assert (site.get("/hello/?q=dres&utm_source=x"), site.get("/hello/?q=dres&utm_source=x")) == (None, None)
    assert (site.get("/hello/?fbclid=1"), site.get("/hello/?fbclid=1")) == (None, None)


def test_the_site_marks_its_public_views_in_the_urls(office):
    assert getattr(resolve("/de/").func, page_cache.PUBLIC_PAGE) == {"q", "state", "page"}
    assert getattr(resolve(office.get_absolute_url()).func, page_cache.PUBLIC_PAGE) == set()
    form = reverse("consultations:request", args=[office.city.slug, office.slug])
    for url in ["/de/accessibility/", form, "/admin/login/"]:
        assert not hasattr(resolve(url).func, page_cache.PUBLIC_PAGE), url


def test_a_query_string_outside_the_named_parameters_is_not_stored(office):
    resident = Client()
    for url in ["/de/?q=dres&utm_source=newsletter", office.get_absolute_url() + "?page=2"]:
        assert (cache_state(resident, url), cache_state(resident, url)) == (None, None), url
