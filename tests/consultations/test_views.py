"""The request form and its confirmation as a resident meets them: no account, errors explained, nothing leaked."""

import io
import re

import pytest
from django.core.management import call_command
from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse
from django.utils import translation

from consultations.models import AppointmentRequest
from consultations.views import SESSION_KEY

from .conftest import create_offer, next_bookable_day, request_data

pytestmark = pytest.mark.django_db


def form_url(office, language="de"):
    with translation.override(language):
        return reverse("consultations:request", args=[office.city.slug, office.slug])


def sent_url(office):
    return reverse("consultations:request_sent", args=[office.city.slug, office.slug])


def test_the_form_lists_the_offers_and_the_next_times_and_is_never_cached(client, offer):
    page = client.get(form_url(offer.office))
    html = page.content.decode()
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"]
    assert "Beratung zum Aufenthaltsrecht" in html
    assert 'name="csrfmiddlewaretoken"' in html
    # The times in which one can ask are listed, labelled as such, with the weekday.
    assert html.count('class="schedule__item') >= 15
    assert "09:00" in html and "15:00" in html
    # Labelled inputs with the autocomplete residents' browsers use.
    assert re.search(r'<label for="id_name">', html)
    assert re.search(r'<input[^>]+autocomplete="email"[^>]+id="id_email"', html)
    assert re.search(r'<input[^>]+type="tel"[^>]+autocomplete="tel"', html)
    # The honeypot is there for bots but hidden from people, and no inline style or script anywhere.
    assert re.search(r'<div class="honeypot" hidden>.*?name="website"', html, re.S)
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"<script(?![^>]*\ssrc=)", html)
    assert reverse("privacy") in html


def test_the_form_is_in_english_with_the_english_content(client, offer):
    html = client.get(form_url(offer.office, "en")).content.decode()
    assert 'lang="en"' in html
    assert "Advice on residence law" in html
    # The audience has no English text: shown in German and marked as such.
    assert 'lang="de" dir="ltr" class="fallback">Alle, die in der Stadt leben' in html


def test_a_single_offer_is_preselected_and_another_can_be_chosen_by_link(client, offer):
    html = client.get(form_url(offer.office)).content.decode()
    assert re.search(rf'value="{offer.pk}"[^>]*checked', html)
    second = create_offer(offer.office, slug="gewalt", topic_de="Gewaltschutz")
    html = client.get(form_url(offer.office), {"offer": second.pk}).content.decode()
    assert re.search(rf'value="{second.pk}"[^>]*checked', html)
    assert not re.search(rf'value="{offer.pk}"[^>]*checked', html)


def test_an_office_without_published_offers_has_no_form(client, offer):
    offer.is_published = False
    offer.save()
    assert client.get(form_url(offer.office)).status_code == 404


def test_an_unpublished_office_has_no_form(client, offer):
    offer.office.is_published = False
    offer.office.save()
    assert client.get(form_url(offer.office)).status_code == 404


def test_sending_stores_the_request_and_shows_the_reference_without_putting_it_in_the_url(client, offer, mailoutbox):
    day = next_bookable_day(offer.office)
    response = client.post(form_url(offer.office), request_data(offer, day))
    assert response.status_code == 302
    assert response["Location"] == sent_url(offer.office)
    appointment = AppointmentRequest.objects.get()
    assert appointment.reference not in response["Location"]
    assert (appointment.name, appointment.email, appointment.office, appointment.offer) == (
        "Amina Rahimi",
        "amina@example.org",
        offer.office,
        offer,
    )
    assert appointment.status == AppointmentRequest.Status.NEW
    assert appointment.windows.count() == 1
    assert appointment.consent_given_at is not None
    confirmation = client.get(sent_url(offer.office))
    assert confirmation.status_code == 200
    assert "no-store" in confirmation["Cache-Control"]
    assert appointment.reference in confirmation.content.decode()
    # The title names the office (the session's office key once shadowed it, leaving the title's name empty).
    assert "<title>Ihre Anfrage wurde gesendet – Integrationsbeauftragte – " in confirmation.content.decode()
    # The mails leave outside the request, at the outbox's next run.
    assert mailoutbox == []
    call_command("send_queued_mail", stdout=io.StringIO())
    assert len(mailoutbox) == 2


def test_the_confirmation_page_without_a_request_sends_back_to_the_form(client, offer):
    response = client.get(sent_url(offer.office))
    assert response.status_code == 302 and response["Location"] == form_url(offer.office)


def test_the_confirmation_of_one_office_is_not_shown_for_another(client, offer):
    other = create_offer(
        type(offer.office).objects.create(city=offer.office.city, kind="equality", name="GB", slug="gb"), slug="x"
    )
    session = client.session
    session[SESSION_KEY] = {"reference": "ABCD-EFGH", "office": offer.office.pk, "confirmation_by_email": True}
    session.save()
    response = client.get(sent_url(other.office))
    assert response.status_code == 302


def test_errors_are_summarised_at_the_top_linked_to_each_field_and_the_input_is_kept(client, offer):
    day = next_bookable_day(offer.office)
    data = request_data(offer, day, email="", phone="", consent="", message="Bitte <b>Rückruf</b>")
    page = client.post(form_url(offer.office), data)
    html = page.content.decode()
    assert page.status_code == 200
    assert AppointmentRequest.objects.count() == 0
    opening = r'<div class="error-summary" id="error-summary" tabindex="-1" autofocus role="alert"[^>]*>'
    summary = re.search(opening + r"(.*?)</div>", html, re.S).group(1)
    assert '<a href="#id_email">' in summary and '<a href="#id_consent">' in summary
    # Each message sits at its field and the field points at it.
    assert 'id="id_email_error"' in html
    assert re.search(r'<input[^>]+aria-describedby="id_email_helptext id_email_error"[^>]+id="id_email"', html)
    assert re.search(r'<input[^>]+aria-invalid="true"[^>]+id="id_consent"', html)
    # What was typed is still there, escaped.
    assert 'value="Amina Rahimi"' in html
    assert "Bitte &lt;b&gt;Rückruf&lt;/b&gt;</textarea>" in html
    assert f'value="{day.isoformat()}"' in html
    assert "<title>" in html and re.search(r"<title>\s*Fehler|<title>\s*Error", html)


def test_a_filled_honeypot_stores_and_sends_nothing(client, offer, mailoutbox):
    data = request_data(offer, next_bookable_day(offer.office), website="http://spam.example")
    page = client.post(form_url(offer.office), data)
    # Answered like a request that was sent, so the bot learns nothing; nothing is kept.
    assert page.status_code == 302 and page["Location"] == sent_url(offer.office)
    assert AppointmentRequest.objects.count() == 0
    assert mailoutbox == []
    assert SESSION_KEY not in client.session


def test_too_many_submissions_from_one_client_get_a_readable_429(client, offer, settings):
    settings.CONSULTATION_RATE_LIMIT_REQUESTS = 2
    data = request_data(offer, next_bookable_day(offer.office))
    assert client.post(form_url(offer.office), data).status_code == 302
    # A form sent back with a mistake does not count: residents who correct themselves are not locked out.
    for _attempt in range(5):
        assert client.post(form_url(offer.office), data | {"consent": ""}).status_code == 200
    assert client.post(form_url(offer.office), data).status_code == 302
    blocked = client.post(form_url(offer.office), data)
    assert blocked.status_code == 429
    assert blocked["Retry-After"] == str(settings.CONSULTATION_RATE_LIMIT_PERIOD)
    assert "no-store" in blocked["Cache-Control"]
    assert "<h1>" in blocked.content.decode() and "<main" in blocked.content.decode()
    assert AppointmentRequest.objects.count() == 2
    # Reading the form is not limited, and another client can still send.
    assert client.get(form_url(offer.office)).status_code == 200
    assert client.post(form_url(offer.office), data, REMOTE_ADDR="192.0.2.7").status_code == 302
    assert AppointmentRequest.objects.count() == 3


def test_clients_in_one_ipv6_network_share_their_limit(client, offer, settings):
    settings.CONSULTATION_RATE_LIMIT_REQUESTS = 1
    data = request_data(offer, next_bookable_day(offer.office))
    assert client.post(form_url(offer.office), data, REMOTE_ADDR="2001:db8:1:2::10").status_code == 302
    assert client.post(form_url(offer.office), data, REMOTE_ADDR="2001:db8:1:2::99").status_code == 429
    assert client.post(form_url(offer.office), data, REMOTE_ADDR="2001:db8:1:3::10").status_code == 302


def test_a_post_without_csrf_token_is_refused(offer):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(form_url(offer.office), request_data(offer, next_bookable_day(offer.office)))
    assert response.status_code == 403
    assert AppointmentRequest.objects.count() == 0


def test_personal_data_never_reaches_the_log(client, offer, caplog):
    caplog.set_level("DEBUG")
    data = request_data(offer, next_bookable_day(offer.office), phone="0375 987654")
    client.post(form_url(offer.office), data)
    client.get(sent_url(offer.office))
    assert AppointmentRequest.objects.count() == 1
    logged = caplog.text
    for secret in (
        "Amina",
        "amina@example.org",
        "987654",
        "Aufenthaltserlaubnis",
        AppointmentRequest.objects.get().reference,
    ):
        assert secret not in logged


def test_the_privacy_notice_for_requests_names_everything_article_13_asks_for(settings):
    settings.CONSULTATION_REQUEST_RETENTION_DAYS = 45
    with translation.override("en"):
        html = render_to_string("consultations/includes/privacy_notice_body.html")
    assert 'id="appointment-requests"' in html
    for heading in (
        "Who is responsible",
        "What we store, and why",
        "Legal basis",
        "Who receives your data",
        "How long we keep it",
        "Your rights",
        "Right to complain",
    ):
        assert f"<h3>{heading}</h3>" in html
    assert "Art. 9(2)(a) GDPR" in html
    assert "deleted automatically 45 days after the office has closed it" in html
    assert "Sächsische Datenschutz- und Transparenzbeauftragte" in html
