"""Mail leaves outside the request, exactly once: a real SMTP server that hangs does not slow a submission,
the mail goes out when it recovers, and overlapping runs of the outbox send each mail once."""

import datetime
import io
import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from consultations.models import AppointmentRequest
from consultations.services import appointment_request_submit
from core import outbox
from pages.models import AccessibilityFeedback
from tests.smtp import SmtpServer

from .conftest import next_bookable_day, request_data

ROOT = Path(__file__).resolve().parents[2]


def run_outbox() -> None:
    call_command("send_queued_mail", stdout=io.StringIO(), stderr=io.StringIO())


def due_now() -> None:
    """As after the backoff (or an administrator's "send again")."""
    AppointmentRequest.objects.update(next_attempt_at=None)
    AccessibilityFeedback.objects.update(next_attempt_at=None)


@pytest.mark.django_db
def test_a_hanging_mail_server_slows_no_request_and_the_mail_goes_out_once_it_recovers(client, offer, settings):
    with SmtpServer(stalled=True) as stalled:
        # Longer than the 1 s a request may take: a request that still waited for the server would fail here.
        settings.MAILERS = stalled.mailers(timeout=3)
        url = reverse("consultations:request", args=[offer.office.city.slug, offer.office.slug])
        # As a resident does, each opens the form first (which also leaves template loading out of the time).
        assert client.get(url).status_code == 200 and Client().get("/en/accessibility/").status_code == 200
        started = time.monotonic()
        response = client.post(url, request_data(offer, next_bookable_day(offer.office)))
        appointment_seconds = time.monotonic() - started
        started = time.monotonic()
        feedback = Client().post("/en/accessibility/", {"page_url": "/", "description": "Kein Alternativtext."})
        feedback_seconds = time.monotonic() - started
        assert response.status_code == 302 and feedback.status_code == 302
        assert appointment_seconds < 1 and feedback_seconds < 1, (appointment_seconds, feedback_seconds)
        assert stalled.connections == 0  # the requests did not even try

        run_outbox()  # cron's run waits for the server, not a resident
        assert stalled.connections >= 2
    appointment = AppointmentRequest.objects.get()
    assert appointment.notification_pending and appointment.notification_attempts == 1
    assert appointment.notification_error  # the kind of failure, shown to staff in the inbox
    assert appointment.next_attempt_at > timezone.now()  # backoff
    report = AccessibilityFeedback.objects.get()
    assert report.mailed_at is None and report.mail_attempts == 1 and report.mail_error

    with SmtpServer(port=stalled.port) as recovered:
        run_outbox()
        assert recovered.messages == []  # not before the backoff is over
        due_now()
        run_outbox()
        run_outbox()
        recipients = sorted(message["To"] for message in recovered.messages)
    assert recipients == sorted(
        ["office@zwickau.example", "amina@example.org", settings.PORTAL_OPERATOR["accessibility_email"]]
    )
    appointment.refresh_from_db()
    assert not appointment.notification_pending and appointment.notification_error == ""
    assert AccessibilityFeedback.objects.get().mailed_at is not None


def submit(offer, number: int) -> AppointmentRequest:
    starts = timezone.now() + datetime.timedelta(days=2)
    return appointment_request_submit(
        office=offer.office,
        offer=offer,
        windows=[(starts, starts + datetime.timedelta(hours=1))],
        name=f"Person {number}",
        email=f"person{number}@example.org",
        phone="",
        preferred_language="de",
        needs_mediator=False,
        mode="",
        message="Eine Frage",
        language="de",
    )


SEED = """
import datetime
from django.utils import timezone
from consultations.models import CounsellingOffer
from consultations.services import appointment_request_submit
from offices.models import City, Office
city = City.objects.create(name="Stadt Zwickau", short_name="Zwickau", slug="zwickau", federal_state="SN")
office = Office.objects.create(city=city, kind="integration", name="Integration", slug="integration",
                               email="office@zwickau.example")
offer = CounsellingOffer.objects.create(office=office, slug="beratung", topic_de="Beratung", in_person=True)
starts = timezone.now() + datetime.timedelta(days=2)
for number in range(7):
    appointment_request_submit(office=office, offer=offer, windows=[(starts, starts + datetime.timedelta(hours=1))],
        name="Person", email=f"person{number}@example.org", phone="", preferred_language="de",
        needs_mediator=False, mode="", message="Frage", language="de")
"""


def overlapping_runs_in_threads(offer, settings, server) -> None:
    """PostgreSQL: two runs in two threads of this process, each with its own connection to the test database."""
    for number in range(7):
        submit(offer, number)
    settings.MAILERS = server.mailers(timeout=5)
    failures = []

    def run():
        try:
            run_outbox()
        except Exception as error:  # reported below: a thread's exception would otherwise vanish
            failures.append(error)
        finally:
            connection.close()

    runs = [threading.Thread(target=run) for _ in range(2)]
    for thread in runs:
        thread.start()
    for thread in runs:
        thread.join(timeout=60)
    assert failures == []
    assert not AppointmentRequest.objects.notification_pending().exists()


def overlapping_runs_in_processes(tmp_path, server) -> None:
    """SQLite: two `manage.py send_queued_mail` processes on one database file, as cron on one machine runs them
    (the test database lives in memory, which other processes cannot open)."""
    database = tmp_path / "portal.sqlite3"
    env = {name: value for name, value in os.environ.items() if not name.startswith(("DJANGO_", "REDIS_"))} | {
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_DEBUG": "1",
        "DJANGO_SECRET_KEY": "outbox-test-" + "k" * 40,
        "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "DJANGO_EMAIL_HOST": "127.0.0.1",
        "DJANGO_EMAIL_PORT": str(server.port),
        "DJANGO_LOG_LEVEL": "WARNING",
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (["migrate", "--noinput", "-v0"], ["shell", "-v0", "-c", SEED]):
        subprocess.run(manage + command, env=env, cwd=ROOT, check=True, capture_output=True, timeout=120)
    runs = [subprocess.Popen([*manage, "send_queued_mail"], env=env, cwd=ROOT, stderr=subprocess.PIPE) for _ in "ab"]
    assert [run.wait(timeout=120) for run in runs] == [0, 0], [run.stderr.read() for run in runs]
    with sqlite3.connect(database) as db:
        (pending,) = db.execute(
            "SELECT count(*) FROM consultations_appointmentrequest"
            " WHERE office_notified_at IS NULL OR resident_notified_at IS NULL"
        ).fetchone()
    assert pending == 0


@pytest.mark.django_db(transaction=True)
def test_two_overlapping_runs_send_each_mail_exactly_once(offer, settings, tmp_path):
    with SmtpServer(delay=0.05) as server:
        if connection.vendor == "postgresql":
            overlapping_runs_in_threads(offer, settings, server)
        else:
            overlapping_runs_in_processes(tmp_path, server)
        sent = Counter((message["To"], message["Subject"]) for message in server.messages)
    # Seven requests, each with the office's notice and the resident's confirmation: 14 mails, none twice.
    assert len(server.messages) == 14 and set(sent.values()) == {1}
    assert sum("office@zwickau.example" == to for to, _subject in sent) == 7


@pytest.mark.django_db
def test_a_row_held_by_another_run_is_left_alone_until_its_lease_ends(offer):
    appointment = submit(offer, 1)
    pending = AppointmentRequest.objects.notification_pending()
    assert outbox.claim_next(pending) == appointment.pk
    assert outbox.claim_next(pending) is None  # held
    later = timezone.now() + outbox.LEASE + datetime.timedelta(seconds=1)
    assert outbox.claim_next(pending, now=later) == appointment.pk  # a run that died does not block it forever


def test_the_backoff_doubles_up_to_six_hours():
    assert [outbox.backoff(attempt).total_seconds() for attempt in (1, 2, 3, 4)] == [60, 120, 240, 480]
    assert outbox.backoff(30) == datetime.timedelta(hours=6)
