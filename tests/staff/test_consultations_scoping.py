"""The consultations inbox follows the same roles: only staff of the request's office or city open it."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from consultations.models import AppointmentRequest, CounsellingOffer
from consultations.services import appointment_request_submit
from staff.scoping import CITY_STAFF

from .test_admin_scoping import assert_answers_like_missing, listed

pytestmark = pytest.mark.django_db


def request_to(office, name):
    offer = CounsellingOffer.objects.create(office=office, slug="erstberatung", topic_de="Erstberatung")
    starts = timezone.now() + datetime.timedelta(days=2)
    return appointment_request_submit(
        office=office,
        offer=offer,
        windows=[(starts, starts + datetime.timedelta(hours=1))],
        name=name,
        email="",
        phone="0351 123456",
        preferred_language="de",
        needs_mediator=False,
        mode="",
        message="Eine Frage",
        language="de",
    )


@pytest.fixture
def inbox(dresden, kassel, mailoutbox):
    return {"dresden": request_to(dresden.office, "Amina"), "kassel": request_to(kassel.office, "Dmitri")}


def test_city_staff_open_only_their_citys_requests(client_for, users, inbox):
    client = client_for(users.city_staff)
    assert listed(client, AppointmentRequest, state="all") == {inbox["dresden"]}
    assert_answers_like_missing(client, AppointmentRequest, "change", inbox["kassel"].pk)
    page = client.get(reverse("admin:consultations_appointmentrequest_change", args=[inbox["dresden"].pk]))
    assert page.status_code == 200 and "Amina" in page.content.decode()


def test_editors_and_the_unassigned_open_no_request(client_for, users, inbox):
    assert client_for(users.editor).get(reverse("admin:consultations_appointmentrequest_changelist")).status_code == 403
    assert listed(client_for(users.unassigned), AppointmentRequest, state="all") == set()


def test_administrators_open_every_request(client_for, users, inbox):
    assert listed(client_for(users.administrator), AppointmentRequest, state="all") == set(inbox.values())


def test_a_request_is_assigned_only_to_someone_who_can_open_it(client_for, users, make_staff, kassel, inbox):
    kassel_staff = make_staff("stadt-kassel", CITY_STAFF, cities=[kassel.city])
    page = client_for(users.city_staff).get(
        reverse("admin:consultations_appointmentrequest_change", args=[inbox["dresden"].pk])
    )
    choices = set(page.context["adminform"].form.fields["assigned_to"].queryset)
    assert choices == {users.city_staff, users.superuser, users.administrator}
    # Not Kassel's staff, and not Dresden's editors, who cannot open requests.
    assert kassel_staff not in choices and users.editor not in choices


def test_a_requests_assignee_field_does_not_list_every_user(client_for, users, inbox):
    # City staff may change requests, but that is no reason to search all users through its autocomplete.
    params = {"app_label": "consultations", "model_name": "appointmentrequest", "field_name": "assigned_to"}
    assert client_for(users.city_staff).get(reverse("admin:autocomplete"), params | {"term": ""}).status_code == 403
    everyone = client_for(users.administrator).get(reverse("admin:autocomplete"), params | {"term": "stadt"})
    assert {result["text"] for result in everyone.json()["results"]} == {"stadt-dresden"}
