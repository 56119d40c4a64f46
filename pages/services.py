"""Writes that do more than save one row: storing accessibility feedback and mailing it to staff."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from core import outbox

from .models import AccessibilityFeedback

logger = logging.getLogger(__name__)


def accessibility_feedback_submit(
    *, name: str, email: str, page_url: str, description: str, language: str
) -> AccessibilityFeedback:
    """Store the report; `manage.py send_queued_mail` mails it to the operator's accessibility address.

    The resident's request never waits for the mail server: the report is its
    own outbox entry (core.outbox), shown in the admin as not e-mailed, with
    the attempts and the last error, until the mail is out.
    """
    return AccessibilityFeedback.objects.create(
        name=name, email=email, page_url=page_url, description=description, language=language
    )


def send_pending_feedback() -> tuple[int, int]:
    """The outbox's drain for feedback: (reports worked on, reports now mailed)."""
    return outbox.send_each(AccessibilityFeedback.objects.not_mailed(), _send)


def _send(feedback: AccessibilityFeedback) -> tuple[bool, str]:
    try:
        _mail_to_staff(feedback)
    except Exception as error:
        # Whatever the mail backend raises (SMTP, DNS, timeouts), the report is safe in the database.
        logger.warning("accessibility feedback #%s stored but not mailed (%s)", feedback.pk, type(error).__name__)
        return False, type(error).__name__
    feedback.mailed_at = timezone.now()
    feedback.save(update_fields=["mailed_at"])
    return True, ""


def _mail_to_staff(feedback: AccessibilityFeedback) -> None:
    # Staff read the portal in its source language, whatever language the resident wrote from.
    with translation.override(settings.LANGUAGE_CODE):
        admin_path = reverse("admin:pages_accessibilityfeedback_change", args=[feedback.pk])
        context = {"feedback": feedback, "admin_url": f"{getattr(settings, 'PORTAL_URL', '')}{admin_path}"}
        subject = render_to_string("pages/email/accessibility_feedback_subject.txt", context)
        body = render_to_string("pages/email/accessibility_feedback.txt", context)
    EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        to=[settings.PORTAL_OPERATOR["accessibility_email"]],
        reply_to=[feedback.email] if feedback.email else None,
    ).send()
