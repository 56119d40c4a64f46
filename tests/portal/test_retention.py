"""One command deletes every kind of personal data whose time is up, idempotently, and logs counts only."""

import datetime
import io

import pytest
from axes.models import AccessAttempt, AccessLog
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.utils import timezone

from consultations.models import AppointmentRequest
from core.models import SubmissionRecord
from pages.models import AccessibilityFeedback
from tests.factories import AppointmentRequestFactory

pytestmark = pytest.mark.django_db
LONG_AGO = timezone.now() - datetime.timedelta(days=400)


def purge() -> str:
    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)
    return out.getvalue()


def test_everything_past_its_period_goes_and_the_rest_stays(caplog):
    abandoned = AppointmentRequestFactory(created_at=LONG_AGO, name="Alt")
    recent = AppointmentRequestFactory(name="Neu")
    closed = AppointmentRequestFactory(name="Erledigt")
    AppointmentRequest.objects.filter(pk=closed.pk).update(status="done", closed_at=LONG_AGO)
    old_feedback = AccessibilityFeedback.objects.create(description="Alt")
    AccessibilityFeedback.objects.filter(pk=old_feedback.pk).update(received_at=LONG_AGO)
    AccessibilityFeedback.objects.create(description="Neu")
    AccessAttempt.objects.create(username="alt", ip_address="192.0.2.1", failures_since_start=1)
    AccessAttempt.objects.update(attempt_time=LONG_AGO)
    AccessLog.objects.create(username="neu", ip_address="192.0.2.2")
    expired = SessionStore()
    expired.create()
    Session.objects.filter(session_key=expired.session_key).update(expire_date=LONG_AGO)
    live = SessionStore()
    live.create()
    SubmissionRecord.objects.create(scope="x", client="a" * 32, at=LONG_AGO)
    SubmissionRecord.objects.create(scope="x", client="b" * 32, at=timezone.now())

    summary = purge()
    assert set(AppointmentRequest.objects.values_list("pk", flat=True)) == {recent.pk}
    assert abandoned.pk != recent.pk
    assert list(AccessibilityFeedback.objects.values_list("description", flat=True)) == ["Neu"]
    assert not AccessAttempt.objects.exists() and AccessLog.objects.count() == 1
    assert list(Session.objects.values_list("session_key", flat=True)) == [live.session_key]
    assert SubmissionRecord.objects.get().client == "b" * 32
    assert "open appointment requests: 1" in summary and "closed appointment requests: 1" in summary
    assert "accessibility feedback: 1" in summary and "expired sessions: 1" in summary
    # Counts only: nothing anyone wrote, no name, no address.
    for personal in ("Alt", "Erledigt", "192.0.2.1", "alt"):
        assert personal not in caplog.text and personal not in summary
    # A second run finds nothing more.
    assert all(part.endswith(": 0") for part in purge().strip().removeprefix("deleted ").split("; "))


def test_a_dry_run_counts_and_deletes_nothing():
    AppointmentRequestFactory(created_at=LONG_AGO)
    out = io.StringIO()
    call_command("purge_personal_data", "--dry-run", stdout=out)
    assert "would delete" in out.getvalue() and "open appointment requests: 1" in out.getvalue()
    assert AppointmentRequest.objects.count() == 1
