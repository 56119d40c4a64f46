"""Issue 13 on the request form: "by appointment" without hours, only stated ways and languages, sensitive mail."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse

from consultations import preferred_days
from consultations.forms import AppointmentRequestForm
from consultations.schedule import OfficeSchedule
from consultations.services import appointment_request_notify
from tests.factories import CounsellingOfferFactory
from tests.seed_offices import dresden_office

pytestmark = pytest.mark.django_db


@pytest.fixture
def office(clock):
    clock.set(2031, 3, 10, 10, 0)  # a Monday
    return dresden_office(phone="0351-4882131")


def form_for(office, offers, **data):
    schedule = OfficeSchedule.load(office)
    base = {"name": "Sam", "phone": "0351 000000", "message": "Frage", "consent": "on", "preferred_language": "de"}
    return AppointmentRequestForm(base | data if data is not None else None, offers=offers, schedule=schedule)


def test_without_hours_the_form_asks_for_half_days_on_working_days_only(office):
    offer = CounsellingOfferFactory(office=office)
    form = form_for(office, [offer], offer=str(offer.pk))
    assert form.by_days and "window_1_day" not in form.fields
    days = {value.split(":")[0] for value, _label in form.fields["days"].choices}
    assert len(days) == preferred_days.DAYS
    assert all(datetime.date.fromisoformat(day).isoweekday() <= 5 for day in days)
    assert "2031-03-10" not in days  # from tomorrow on


def test_a_half_day_or_any_time_is_required_and_stored_as_the_residents_wish(office):
    offer = CounsellingOfferFactory(office=office)
    empty = form_for(office, [offer], offer=str(offer.pk))
    assert not empty.is_valid()
    assert empty.errors["days"] == [
        "Kreuzen Sie mindestens einen Vormittag oder Nachmittag an oder „Mir passt jede Zeit“."
    ]
    any_time = form_for(office, [offer], offer=str(offer.pk), any_time="on")
    assert any_time.is_valid(), any_time.errors
    assert any_time.cleaned_data["windows"] == []
    chosen = form_for(office, [offer], offer=str(offer.pk), days=["2031-03-11:pm"])
    assert chosen.is_valid(), chosen.errors
    [(starts, ends)] = chosen.cleaned_data["windows"]
    assert (starts.hour, ends.hour) == (12, 17)
    wrong = form_for(office, [offer], offer=str(offer.pk), days=["2031-03-15:am"])  # a Saturday
    assert not wrong.is_valid() and "days" in wrong.errors


def test_only_stated_ways_and_languages_are_offered_and_a_single_one_is_preselected(office):
    silent = CounsellingOfferFactory(office=office)
    form = form_for(office, [silent])
    assert "mode" not in form.fields and "needs_mediator" not in form.fields
    german = CounsellingOfferFactory(office=office, languages="de", by_phone=True)
    form = AppointmentRequestForm(offers=[german], schedule=OfficeSchedule.load(office))
    assert [code for code, _name in form.fields["preferred_language"].choices] == ["de"]
    assert form["preferred_language"].value() == "de"
    assert [value for value, _label in form.fields["mode"].choices] == ["", "phone"]
    assert form["mode"].value() == "phone"


def test_mail_about_sensitive_advice_does_not_name_the_topic(client, office, settings):
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    offer = CounsellingOfferFactory(office=office, topic="Erstberatung zum Gewaltschutz", is_sensitive=True)
    url = reverse("consultations:request", args=[office.city.slug, office.slug])
    response = client.get(url)
    # The form posts: same-origin, since no-referrer would make browsers send "Origin: null" (offices.sensitive).
    assert "no-store" in response["Cache-Control"] and response["Referrer-Policy"] == "same-origin"
    data = {
        "offer": offer.pk,
        "any_time": "on",
        "name": "Sam",
        "email": "sam@example.org",
        "message": "Hilfe",
        "consent": "on",
        "preferred_language": "de",
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    sent = client.get(response["Location"])
    assert "no-store" in sent["Cache-Control"] and sent["Referrer-Policy"] == "no-referrer"
    assert 'href="tel:110"' in sent.content.decode()
    from consultations.models import AppointmentRequest

    appointment = AppointmentRequest.objects.get()
    appointment_request_notify(appointment=appointment)
    to_resident = [message for message in mail.outbox if message.to == ["sam@example.org"]]
    assert to_resident and all("Gewaltschutz" not in m.subject + m.body for m in to_resident)


def test_the_confirmation_names_links_and_says_when_the_office_answers(client, office):
    office.response_days = 3
    office.save()
    offer = CounsellingOfferFactory(office=office)
    url = reverse("consultations:request", args=[office.city.slug, office.slug])
    data = {"offer": offer.pk, "any_time": "on", "name": "Sam", "phone": "0351 000000", "message": "Frage"}
    response = client.post(url, data | {"consent": "on", "preferred_language": "de"})
    html = client.get(response["Location"]).content.decode()
    assert f'<a href="{office.get_absolute_url()}">Integrations- und Ausländerbeauftragte</a>' in html
    assert "innerhalb von 3 Werktagen" in html
    assert 'class="reference reference--large"' in html
    assert 'href="tel:+493514882131"' in html
    assert "<title>Ihre Anfrage wurde gesendet – Integrations- und Ausländerbeauftragte – Dresden" in html
