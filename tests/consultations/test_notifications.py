"""E-mails leave through the outbox after the request is stored; a mail server that is down loses nothing, and the
next run catches up."""

import io
import socket

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from consultations.models import AppointmentRequest

from .conftest import next_bookable_day, request_data

pytestmark = pytest.mark.django_db
LOCMEM = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}


@pytest.fixture
def mail_server_down(settings):
    """The real SMTP backend, pointed at a local port nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": port, "timeout": 5},
        }
    }
    return port


def send_request(client, offer, language="de", **overrides):
    """Submit the form, then run the outbox as cron would."""
    with translation.override(language):
        url = reverse("consultations:request", args=[offer.office.city.slug, offer.office.slug])
    response = client.post(url, request_data(offer, next_bookable_day(offer.office), **overrides))
    call_command("send_queued_mail", stdout=io.StringIO(), stderr=io.StringIO())
    return response


def retry_now():
    """What an administrator's "send again" does: the pending requests are due at once, not after the backoff."""
    AppointmentRequest.objects.notification_pending().update(next_attempt_at=None)


def test_the_office_is_told_a_request_waits_and_the_resident_gets_a_confirmation(client, offer, mailoutbox):
    send_request(client, offer)
    appointment = AppointmentRequest.objects.get()
    office_mail, resident_mail = mailoutbox
    assert office_mail.to == ["office@zwickau.example"]
    assert appointment.reference in office_mail.subject
    assert reverse("admin:consultations_appointmentrequest_change", args=[appointment.pk]) in office_mail.body
    # What the resident wrote stays in the portal: e-mail is not the place for it.
    for personal in ("Amina", "amina@example.org", "Aufenthaltserlaubnis"):
        assert personal not in office_mail.body and personal not in office_mail.subject
    assert resident_mail.to == ["amina@example.org"]
    assert appointment.reference in resident_mail.body
    assert "Aufenthaltserlaubnis" not in resident_mail.body
    assert not appointment.notification_pending
    assert appointment.office_notified_at and appointment.resident_notified_at


def test_the_confirmation_is_written_in_the_language_of_the_form(client, offer, mailoutbox):
    send_request(client, offer, language="en")
    resident_mail = mailoutbox[1]
    assert AppointmentRequest.objects.get().language == "en"
    assert "Your appointment request" in resident_mail.subject
    assert "Advice on residence law" in resident_mail.body
    assert "10:00–11:00" in resident_mail.body


def test_without_an_email_address_only_the_office_is_told(client, offer, mailoutbox):
    send_request(client, offer, email="", phone="0375 123456")
    assert [message.to for message in mailoutbox] == [["office@zwickau.example"]]
    assert not AppointmentRequest.objects.get().notification_pending


def test_with_the_mail_server_down_the_request_is_kept_and_shows_as_pending(client, offer, mail_server_down, caplog):
    response = send_request(client, offer)
    # The resident is told it arrived, because it did.
    assert response.status_code == 302
    appointment = AppointmentRequest.objects.get()
    assert appointment.windows.count() == 1
    assert appointment.message == "Ich habe eine Frage zu meiner Aufenthaltserlaubnis."
    assert appointment.notification_pending
    assert appointment.office_notified_at is None and appointment.resident_notified_at is None
    assert appointment.notification_error == "ConnectionRefusedError"
    assert AppointmentRequest.objects.notification_pending().get() == appointment
    assert "amina@example.org" not in caplog.text
    confirmation = client.get(response["Location"])
    assert appointment.reference in confirmation.content.decode()


def test_the_retry_command_sends_what_is_pending_once(client, offer, mail_server_down, settings):
    send_request(client, offer)
    settings.MAILERS = LOCMEM
    mail.outbox = []
    out = io.StringIO()
    # Until the backoff is over, the next run leaves the request alone.
    call_command("retry_consultation_notifications", stdout=out)
    assert mail.outbox == [] and "0 of 0" in out.getvalue()
    retry_now()
    call_command("retry_consultation_notifications", stdout=out)
    appointment = AppointmentRequest.objects.get()
    assert sorted(message.to[0] for message in mail.outbox) == ["amina@example.org", "office@zwickau.example"]
    assert not appointment.notification_pending and appointment.notification_error == ""
    assert appointment.notification_attempts == 2
    assert "1 of 1" in out.getvalue()
    # A second run finds nothing to do and sends nothing twice.
    call_command("retry_consultation_notifications", stdout=io.StringIO())
    assert len(mail.outbox) == 2


def test_a_retry_sends_only_the_mail_that_failed(offer, settings, mailoutbox, client):
    send_request(client, offer)
    appointment = AppointmentRequest.objects.get()
    appointment.resident_notified_at = None
    appointment.save()
    mailoutbox.clear()
    retry_now()
    call_command("retry_consultation_notifications", stdout=io.StringIO())
    assert [message.to for message in mailoutbox] == [["amina@example.org"]]


def test_closed_requests_are_not_retried(client, offer, mail_server_down, settings, admin_user):
    send_request(client, offer)
    appointment = AppointmentRequest.objects.get()
    appointment.change_status(AppointmentRequest.Status.DECLINED, by=admin_user)
    appointment.save()
    settings.MAILERS = LOCMEM
    mail.outbox = []
    retry_now()
    call_command("retry_consultation_notifications", stdout=io.StringIO())
    assert mail.outbox == []


def test_an_office_without_an_address_leaves_the_notice_pending_and_says_why(client, offer, mailoutbox):
    offer.office.email = ""
    offer.office.save()
    send_request(client, offer)
    appointment = AppointmentRequest.objects.get()
    assert [message.to for message in mailoutbox] == [["amina@example.org"]]
    assert appointment.notification_pending and appointment.notification_error == "NoOfficeAddress"


def test_a_german_only_topic_is_named_as_german_in_the_confirmation(client, offer, mailoutbox):
    send_request(client, offer, language="uk")
    resident_mail = mailoutbox[1]
    with translation.override("uk"):
        hint = translation.gettext("(only available in German)")
    assert hint != "(only available in German)"
    assert f"Beratung zum Aufenthaltsrecht {hint}" in resident_mail.body
    mailoutbox.clear()
    send_request(client, offer, language="en")
    assert "Advice on residence law\n" in mailoutbox[1].body
    assert "German" not in mailoutbox[1].body
