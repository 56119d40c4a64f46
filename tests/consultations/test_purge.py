"""Closed requests are deleted a configurable number of days after closing; open ones never; counts only in logs."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from consultations.models import AppointmentRequest, PreferredWindow, RequestNote, StatusChange
from tests.factories import AppointmentRequestFactory

pytestmark = pytest.mark.django_db
MINUTE = datetime.timedelta(minutes=1)


def make_request(offer, *, status="new", closed_days_ago=None, margin=datetime.timedelta(0), name="Amina Rahimi"):
    now = timezone.now()
    appointment = AppointmentRequestFactory(
        offer=offer,
        name=name,
        message="Vertraulich",
        consent_given_at=now,
        created_at=now - datetime.timedelta(days=400),
        status=status,
        closed_at=None if closed_days_ago is None else now - datetime.timedelta(days=closed_days_ago) + margin,
    )
    PreferredWindow.objects.create(request=appointment, starts_at=now, ends_at=now + MINUTE)
    RequestNote.objects.create(request=appointment, text="intern")
    StatusChange.objects.create(request=appointment, old_status="new", new_status=status)
    return appointment


def purge(*args) -> str:
    out = io.StringIO()
    call_command("purge_consultation_requests", *args, stdout=out)
    return out.getvalue()


def test_requests_closed_longer_than_the_retention_period_are_deleted_with_everything_attached(offer, caplog):
    caplog.set_level("INFO")
    expired = make_request(offer, status="done", closed_days_ago=90, margin=-MINUTE, name="Expired Person")
    declined = make_request(offer, status="declined", closed_days_ago=200)
    just_inside = make_request(offer, status="done", closed_days_ago=90, margin=MINUTE)
    still_open = make_request(offer, status="confirmed")
    assert "deleted 2 appointment requests" in purge()
    remaining = set(AppointmentRequest.objects.values_list("pk", flat=True))
    assert remaining == {just_inside.pk, still_open.pk}
    assert not PreferredWindow.objects.filter(request_id__in=[expired.pk, declined.pk]).exists()
    assert not RequestNote.objects.filter(request_id__in=[expired.pk, declined.pk]).exists()
    assert not StatusChange.objects.filter(request_id__in=[expired.pk, declined.pk]).exists()
    # The log counts; it names no one.
    assert "deleted 2 appointment requests" in caplog.text
    assert "Expired Person" not in caplog.text and "amina@example.org" not in caplog.text
    assert expired.reference not in caplog.text


def test_a_second_run_deletes_nothing_more(offer):
    make_request(offer, status="done", closed_days_ago=91)
    assert "deleted 1 " in purge()
    assert "deleted 0 " in purge()


def test_dry_run_counts_and_deletes_nothing(offer):
    make_request(offer, status="done", closed_days_ago=91)
    assert "would delete 1 " in purge("--dry-run")
    assert AppointmentRequest.objects.count() == 1


def test_the_retention_period_comes_from_the_settings(offer, settings):
    settings.CONSULTATION_REQUEST_RETENTION_DAYS = 30
    make_request(offer, status="done", closed_days_ago=31)
    kept = make_request(offer, status="done", closed_days_ago=29)
    assert "closed more than 30 days ago" in purge()
    assert list(AppointmentRequest.objects.values_list("pk", flat=True)) == [kept.pk]


def test_an_old_request_still_open_is_never_purged(offer):
    make_request(offer, status="new")
    make_request(offer, status="in_progress")
    assert "deleted 0 " in purge()
    assert AppointmentRequest.objects.count() == 2
