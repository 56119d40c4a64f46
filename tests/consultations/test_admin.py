"""The staff inbox: scoped to the user's offices, statuses with who and when, notes, assignment, pending mail."""

import datetime
import io
import re

import pytest
from django.contrib import admin
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from consultations.models import AppointmentRequest, ConsultationHour, CounsellingOffer, PreferredWindow, RequestNote
from consultations.services import appointment_request_submit

from .conftest import create_offer, create_office

pytestmark = pytest.mark.django_db
CHANGELIST = "admin:consultations_appointmentrequest_changelist"


def submit(offer, name="Amina Rahimi", **fields):
    starts = timezone.now() + datetime.timedelta(days=2)
    return appointment_request_submit(
        office=offer.office,
        offer=offer,
        windows=[(starts, starts + datetime.timedelta(hours=1))],
        name=name,
        email=fields.pop("email", "amina@example.org"),
        phone="",
        preferred_language="ar",
        needs_mediator=True,
        mode="",
        message="Frage zum Aufenthalt",
        language="de",
        **fields,
    )


@pytest.fixture
def inbox(offer, mailoutbox):
    dresden_offer = create_offer(create_office("dresden", "SN", "iab"), slug="erstberatung")
    return {"zwickau": submit(offer), "dresden": submit(dresden_offer, name="Dmitri Petrov")}


@pytest.fixture
def superuser_client(client, admin_user, sign_in_staff):
    return sign_in_staff(client, admin_user)


def test_a_superuser_sees_every_request_and_can_open_it(superuser_client, inbox):
    listing = superuser_client.get(reverse(CHANGELIST)).content.decode()
    assert inbox["zwickau"].reference in listing and inbox["dresden"].reference in listing
    # The list shows no personal data, only what staff need to pick a request.
    assert "Amina" not in listing and "amina@example.org" not in listing
    page = superuser_client.get(
        reverse("admin:consultations_appointmentrequest_change", args=[inbox["zwickau"].pk])
    ).content.decode()
    assert "Amina Rahimi" in page and "Frage zum Aufenthalt" in page


def test_staff_without_an_assignment_see_no_request_even_by_guessing_its_address(
    client, sign_in_staff, staff_without_assignment, inbox
):
    sign_in_staff(client, staff_without_assignment)
    listing = client.get(reverse(CHANGELIST))
    assert listing.status_code == 200
    html = listing.content.decode()
    assert inbox["zwickau"].reference not in html and inbox["dresden"].reference not in html
    for view in ("change", "delete", "history"):
        guessed = client.get(reverse(f"admin:consultations_appointmentrequest_{view}", args=[inbox["zwickau"].pk]))
        assert guessed.status_code in (302, 404)
        assert b"Amina" not in guessed.content and inbox["zwickau"].reference.encode() not in guessed.content
    for model in ("counsellingoffer", "consultationhour"):
        assert (
            inbox["zwickau"].offer.topic
            not in client.get(reverse(f"admin:consultations_{model}_changelist")).content.decode()
        )


def test_the_inbox_shows_open_requests_and_closed_ones_on_request(superuser_client, inbox, admin_user):
    done = inbox["dresden"]
    done.change_status(AppointmentRequest.Status.DONE, by=admin_user)
    done.save()
    open_list = superuser_client.get(reverse(CHANGELIST)).content.decode()
    closed_list = superuser_client.get(reverse(CHANGELIST), {"state": "closed"}).content.decode()
    assert inbox["zwickau"].reference in open_list and done.reference not in open_list
    assert done.reference in closed_list and inbox["zwickau"].reference not in closed_list


def test_changing_the_status_records_who_and_when_and_closing_sets_the_purge_clock(superuser_client, inbox, admin_user):
    appointment = inbox["zwickau"]
    url = reverse("admin:consultations_appointmentrequest_change", args=[appointment.pk])
    page = superuser_client.get(url).content.decode()
    data = {
        "status": "confirmed",
        "assigned_to": str(admin_user.pk),
        "notes-TOTAL_FORMS": "1",
        "notes-INITIAL_FORMS": "0",
        "notes-MIN_NUM_FORMS": "0",
        "notes-MAX_NUM_FORMS": "1000",
        "notes-0-text": "Rückruf am Montag vereinbart",
        "windows-TOTAL_FORMS": "1",
        "windows-INITIAL_FORMS": "1",
        "windows-MIN_NUM_FORMS": "0",
        "windows-MAX_NUM_FORMS": "1000",
        "windows-0-id": str(appointment.windows.get().pk),
        "windows-0-request": str(appointment.pk),
        "status_changes-TOTAL_FORMS": "0",
        "status_changes-INITIAL_FORMS": "0",
        "status_changes-MIN_NUM_FORMS": "0",
        "status_changes-MAX_NUM_FORMS": "1000",
    }
    assert 'name="status"' in page
    response = superuser_client.post(url, data)
    assert response.status_code == 302, re.findall(r'class="errorlist[^"]*"[^>]*>(.*?)</ul>', response.content.decode())
    appointment.refresh_from_db()
    assert appointment.status == "confirmed"
    assert appointment.status_changed_by == admin_user and appointment.status_changed_at is not None
    assert appointment.assigned_to == admin_user
    assert appointment.closed_at is None
    (change,) = appointment.status_changes.all()
    assert (change.old_status, change.new_status, change.changed_by) == ("new", "confirmed", admin_user)
    (note,) = RequestNote.objects.filter(request=appointment)
    assert note.author == admin_user and note.text == "Rückruf am Montag vereinbart"
    # Closing starts the retention period; reopening stops it.
    response = superuser_client.post(url, data | {"status": "done", "notes-0-text": ""})
    appointment.refresh_from_db()
    assert appointment.status == "done" and appointment.closed_at is not None
    assert appointment.status_changes.count() == 2
    # What the resident wrote cannot be changed by staff.
    superuser_client.post(url, data | {"status": "in_progress", "notes-0-text": "", "name": "Someone Else"})
    appointment.refresh_from_db()
    assert appointment.name == "Amina Rahimi" and appointment.closed_at is None


def test_pending_notification_is_visible_and_can_be_retried_from_the_inbox(
    superuser_client, offer, settings, mailoutbox
):
    delivered = submit(offer, name="Delivered")
    call_command("send_queued_mail", stdout=io.StringIO())
    settings.MAILERS = {"default": {"BACKEND": "tests.consultations.test_admin.BrokenBackend"}}
    appointment = submit(offer)
    call_command("send_queued_mail", stdout=io.StringIO(), stderr=io.StringIO())
    assert appointment.notification_pending
    listing = superuser_client.get(reverse(CHANGELIST), {"notification": "pending"}).content.decode()
    assert appointment.reference in listing and delivered.reference not in listing
    page = superuser_client.get(
        reverse("admin:consultations_appointmentrequest_change", args=[appointment.pk]),
        headers={"accept-language": "en"},
    ).content.decode()
    assert "Notification pending: not all e-mails could be sent yet." in page
    mailoutbox.clear()
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    # "Send again" queues the mails at once, ahead of the backoff; the next run of the outbox sends them.
    response = superuser_client.post(
        reverse(CHANGELIST),
        {"action": "retry_notifications", "_selected_action": [str(appointment.pk)]},
        headers={"accept-language": "en"},
        follow=True,
    )
    assert "will be sent again within a minute" in response.content.decode()
    assert mailoutbox == []
    call_command("send_queued_mail", stdout=io.StringIO())
    appointment.refresh_from_db()
    assert not appointment.notification_pending
    assert len(mailoutbox) == 2


def test_residents_requests_cannot_be_added_in_the_admin(superuser_client):
    assert superuser_client.get(reverse("admin:consultations_appointmentrequest_add")).status_code == 403


@pytest.mark.parametrize("model", [CounsellingOffer, ConsultationHour], ids=lambda model: model.__name__)
def test_offer_and_hour_admin_pages_render(superuser_client, offer, model):
    opts = model._meta
    obj = model.objects.first()
    for url in (
        reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"),
        reverse(f"admin:{opts.app_label}_{opts.model_name}_add"),
        reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]),
    ):
        response = superuser_client.get(url)
        assert response.status_code == 200 and b"errornote" not in response.content


def test_every_consultations_model_staff_work_with_is_in_the_admin():
    registered = {model for model in admin.site._registry if model._meta.app_label == "consultations"}
    assert registered == {CounsellingOffer, ConsultationHour, AppointmentRequest}
    assert {PreferredWindow, RequestNote} & registered == set()


class BrokenBackend:
    """A mail backend whose server never answers."""

    def __init__(self, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")
