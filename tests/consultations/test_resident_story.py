"""Issue 5's "done when", as a new user would try it: English, Zwickau, residence law, a time next week."""

import datetime
import re
import socket

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from consultations.models import AppointmentRequest
from offices.models import Office

from .conftest import next_bookable_day

pytestmark = pytest.mark.django_db


def test_a_resident_asks_zwickau_for_advice_on_residence_law_and_only_zwickau_sees_it(
    client, sample_content, settings, admin_user, staff_without_assignment, sign_in_staff
):
    # The mail server is down the whole time.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": closed_port, "timeout": 5},
        }
    }
    with translation.override("en"):
        url = reverse("consultations:request", args=["zwickau", "auslaender-und-integrationsbeauftragte"])
    page = client.get(url).content.decode()
    assert url.startswith("/en/")
    assert "Advice on residence law, refugee and asylum law" in page
    # The seed states no hours ("nach Vereinbarung" at most): the resident names preferred half-days.
    assert "Which days suit you?" in page and "Appointments on request" not in page
    offer_value = re.search(
        r'value="(\d+)"[^>]*id="(id_offer_\d)"[^>]*>\s*<label for="\2">Advice on residence law', page
    ).group(1)

    office = Office.objects.get(city__slug="zwickau", slug="auslaender-und-integrationsbeauftragte")
    next_week = next_bookable_day(office, after=timezone.localdate() + datetime.timedelta(days=6))
    response = client.post(
        url,
        {
            "offer": offer_value,
            "days": f"{next_week.isoformat()}:am",
            "preferred_language": "en",
            "needs_mediator": "on",
            "mode": "in_person",
            "name": "Sam",
            "email": "",
            "phone": "+49 375 000000",
            "message": "I have a question about my residence permit.",
            "consent": "on",
            "website": "",
        },
    )
    assert response.status_code == 302
    confirmation = client.get(response["Location"]).content.decode()
    appointment = AppointmentRequest.objects.get()
    assert appointment.reference in confirmation
    assert "Your request has been sent" in confirmation
    # Stored although no mail could be sent, and flagged for staff.
    assert appointment.notification_pending
    assert appointment.needs_mediator and appointment.preferred_language == "en"
    # No way of advice is stated for the offer, so none was asked for (the posted one is ignored).
    assert appointment.mode == ""
    window = appointment.windows.get()
    assert timezone.localtime(window.starts_at).date() == next_week
    assert timezone.localtime(window.starts_at).time() == datetime.time(8)

    inbox = reverse("admin:consultations_appointmentrequest_changelist")
    zwickau_view = sign_in_staff(client, admin_user).get(inbox).content.decode()
    assert appointment.reference in zwickau_view
    client.logout()
    other_view = sign_in_staff(client, staff_without_assignment).get(inbox).content.decode()
    assert appointment.reference not in other_view
