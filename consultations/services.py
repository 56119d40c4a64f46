"""Submitting an appointment request: store it; the e-mails leave outside the request.

The request row is its own outbox entry (core.outbox): `manage.py
send_queued_mail` (cron, or `--loop` as a service) claims it and sends the
office's notice and the resident's confirmation, each once. Whatever the mail
server does, the resident's request answers at once; until the mails are out
the request shows in the office's inbox as "notification pending".
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from core import outbox
from core.translated import translated
from offices.models import Office

from .models import AppointmentRequest, CounsellingOffer, PreferredWindow

logger = logging.getLogger(__name__)


def appointment_request_submit(
    *,
    office: Office,
    offer: CounsellingOffer,
    windows: list[tuple[datetime.datetime, datetime.datetime]],
    name: str,
    email: str,
    phone: str,
    preferred_language: str,
    needs_mediator: bool,
    mode: str,
    message: str,
    language: str,
    now: datetime.datetime | None = None,
) -> AppointmentRequest:
    now = now or timezone.now()
    with transaction.atomic():
        appointment = AppointmentRequest.objects.create(
            office=office,
            offer=offer,
            name=name,
            email=email,
            phone=phone,
            preferred_language=preferred_language,
            needs_mediator=needs_mediator,
            mode=mode,
            message=message,
            language=language,
            consent_given_at=now,
            created_at=now,
        )
        PreferredWindow.objects.bulk_create(
            PreferredWindow(request=appointment, position=position, starts_at=starts, ends_at=ends)
            for position, (starts, ends) in enumerate(windows)
        )
    logger.info("Appointment request %s received for office %s", appointment.pk, office.pk)
    return appointment


def send_pending_notifications() -> tuple[int, int]:
    """The outbox's drain for appointment requests: (requests worked on, requests now fully notified)."""
    return outbox.send_each(AppointmentRequest.objects.notification_pending(), appointment_request_notify)


def appointment_request_notify(appointment: AppointmentRequest) -> tuple[bool, str]:
    """Send whichever of the two mails is still unsent, with the row claimed; (nothing pending, last error).

    Each success is saved the moment the mail server took the mail, so no later run sends it again.
    """
    failures = []
    for field, message in (
        ("office_notified_at", lambda: _office_mail(appointment)),
        ("resident_notified_at", lambda: _resident_mail(appointment) if appointment.email else None),
    ):
        if getattr(appointment, field) is not None or (field == "resident_notified_at" and not appointment.email):
            continue
        if _send(appointment, message(), failures):
            setattr(appointment, field, timezone.now())
            appointment.save(update_fields=[field])
    return not appointment.notification_pending, failures[-1] if failures else ""


def _send(appointment: AppointmentRequest, message: EmailMessage | None, failures: list[str]) -> bool:
    if message is None:
        failures.append("NoOfficeAddress")
        logger.warning("Appointment request %s: the office has no e-mail address", appointment.pk)
        return False
    try:
        message.send()
    except Exception as error:  # whatever the mail server does, the request stays stored
        failures.append(type(error).__name__)
        # Only the kind of error: a mail server's message may quote the recipient's address.
        logger.warning("Appointment request %s: sending failed (%s)", appointment.pk, type(error).__name__)
        return False
    return True


def office_recipients(office: Office) -> list[str]:
    if office.email:
        return [office.email]
    return [contact.email for contact in office.contacts.all() if contact.email][:1]


def _office_mail(appointment: AppointmentRequest) -> EmailMessage | None:
    """Tells the office that a request waits, without its contents: e-mail is not the place for them."""
    recipients = office_recipients(appointment.office)
    if not recipients:
        return None
    path = reverse("admin:consultations_appointmentrequest_change", args=[appointment.pk])
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "appointment": appointment,
            "office_name": translated(appointment.office, "name"),
            "admin_url": f"{settings.PORTAL_URL}{path}",
        }
        subject = render_to_string("consultations/email/office_notification_subject.txt", context)
        body = render_to_string("consultations/email/office_notification.txt", context)
    return EmailMessage(" ".join(subject.split()), body, to=recipients)


def _resident_mail(appointment: AppointmentRequest) -> EmailMessage:
    with translation.override(appointment.language):
        context = {
            "appointment": appointment,
            "office": appointment.office,
            # Plain text has no lang attribute: a German fallback is named as such in words (see the template).
            "office_name": translated(appointment.office, "name"),
            # Someone else may read her mail: about sensitive advice, the e-mail does not say what it is about.
            "topic": None if sensitive(appointment) else translated(appointment.offer, "topic"),
            "windows": list(appointment.windows.all()),
        }
        subject = render_to_string("consultations/email/resident_confirmation_subject.txt", context)
        body = render_to_string("consultations/email/resident_confirmation.txt", context)
    return EmailMessage(" ".join(subject.split()), body, to=[appointment.email])


def sensitive(appointment: AppointmentRequest) -> bool:
    return appointment.offer.is_sensitive or appointment.office.is_sensitive
