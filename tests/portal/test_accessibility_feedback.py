"""The accessibility statement's feedback form reaches staff: stored first, then mailed; never lost."""

import io
import re
import smtplib
from html import unescape

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.management import call_command
from django.test import Client

from consultations.forms import AppointmentRequestForm
from core.forms import HoneypotMixin
from pages.forms import AccessibilityFeedbackForm
from pages.models import AccessibilityFeedback

pytestmark = pytest.mark.django_db

URL = "/en/accessibility/"
VALID = {"page_url": "/en/gera/", "description": "The map has no text alternative.", "name": "", "email": ""}


def post(client, **data):
    """Send the form, then run the outbox as cron would."""
    response = client.post(URL, {**VALID, **data})
    call_command("send_queued_mail", stdout=io.StringIO(), stderr=io.StringIO())
    return response


def test_statement_page_is_never_cached_and_carries_a_csrf_protected_form(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert 'name="csrfmiddlewaretoken"' in html
    assert re.search(r'<textarea name="description"[^>]* maxlength="3000"[^>]* required', html)
    # The dispute-resolution body stays linked, and e-mail stays as an alternative.
    assert "https://www.schlichtungsstelle-bgg.de/" in html
    assert f"mailto:{settings.PORTAL_OPERATOR['accessibility_email']}" in html


def test_report_link_in_the_footer_fills_in_the_page(client):
    html = client.get("/en/imprint/").content.decode()
    assert 'href="/en/accessibility/?page=/en/imprint/#feedback"' in html
    form = client.get(URL, {"page": "/en/imprint/"}).content.decode()
    assert 'value="http://testserver/en/imprint/"' in form


def test_a_page_on_another_site_is_not_filled_in(client):
    html = client.get(URL, {"page": "//evil.example/phish"}).content.decode()
    field = re.search(r'<input type="text" name="page_url"[^>]*>', html).group()
    assert "value=" not in field


def test_feedback_is_stored_and_mailed_to_the_accessibility_address(client):
    response = post(client, email="resident@example.org", name="Amira")
    assert response.status_code == 302
    assert response["Location"] == "/en/accessibility/#feedback-sent"
    feedback = AccessibilityFeedback.objects.get()
    assert (feedback.description, feedback.email, feedback.page_url, feedback.language) == (
        "The map has no text alternative.",
        "resident@example.org",
        "/en/gera/",
        "en",
    )
    assert feedback.mailed_at is not None
    [message] = mail.outbox
    assert message.to == [settings.PORTAL_OPERATOR["accessibility_email"]]
    assert message.reply_to == ["resident@example.org"]
    assert f"#{feedback.pk}" in message.subject
    assert "The map has no text alternative." in message.body
    assert f"/admin/pages/accessibilityfeedback/{feedback.pk}/change/" in message.body


def test_confirmation_is_shown_once_and_takes_focus(client):
    post(client, email="resident@example.org")
    html = client.get(URL).content.decode()
    assert re.search(r'<div class="confirmation" id="feedback-sent" tabindex="-1" autofocus>', html)
    assert "will answer you by e-mail" in html
    assert "feedback-sent" not in client.get(URL).content.decode()


def test_without_an_address_the_confirmation_says_no_answer_is_possible(client):
    post(client)
    assert "Without an e-mail address we cannot answer you" in client.get(URL).content.decode()
    assert mail.outbox[0].reply_to == []


def test_a_mail_server_that_is_down_loses_nothing(client, monkeypatch, caplog):
    def refuse(self, fail_silently=False):
        raise smtplib.SMTPConnectError(421, "mail server down")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    response = post(client, description="Buttons too small.")
    assert response.status_code == 302
    feedback = AccessibilityFeedback.objects.get()
    assert feedback.description == "Buttons too small."
    assert feedback.mailed_at is None
    assert "stored but not mailed" in caplog.text
    assert AccessibilityFeedback.objects.not_mailed().count() == 1
    # Staff see why, and it is tried again after a backoff.
    assert (feedback.mail_attempts, feedback.mail_error) == (1, "SMTPConnectError")
    assert feedback.next_attempt_at is not None


def test_errors_are_summarised_at_the_top_linked_and_attached_to_each_field(client):
    response = post(client, description="", name="Amira", email="not-an-address")
    assert response.status_code == 200
    html = response.content.decode()
    assert re.search(r"<title>Error: ", html)
    summary = re.search(r'<div class="error-summary" id="feedback-errors" tabindex="-1" autofocus.*?</div>', html, re.S)
    assert summary, "error summary missing"
    links = re.findall(r'<a href="#(id_\w+)">([^<]+)</a>', summary.group())
    assert links == [
        ("id_description", "Describe the barrier you found."),
        ("id_email", "Enter an e-mail address like name@example.org."),
    ]
    # The summary comes before the form; the form sends the reader back to it.
    assert html.index('id="feedback-errors"') < html.index('<form class="feedback-form"')
    assert 'action="/en/accessibility/#feedback-errors"' in html
    textarea = re.search(r"<textarea [^>]*>", html).group()
    assert 'aria-invalid="true"' in textarea
    assert 'aria-describedby="id_description_helptext id_description_error"' in textarea
    assert '<p class="field-error" id="id_description_error">' in html
    # What the reader typed is kept.
    assert re.search(r'<input type="text" name="name" value="Amira"', html)
    assert 'value="not-an-address"' in html
    assert not AccessibilityFeedback.objects.exists()
    assert not mail.outbox


def test_long_descriptions_are_refused_with_their_length(client):
    html = unescape(post(client, description="x" * 3001).content.decode())
    assert "Shorten your description to at most 3000 characters (it has 3001)." in html
    assert not AccessibilityFeedback.objects.exists()


def test_bots_filling_the_honeypot_are_thanked_but_nothing_is_stored_or_sent(client):
    response = post(client, website="http://spam.example")
    assert response.status_code == 302
    assert not AccessibilityFeedback.objects.exists()
    assert not mail.outbox
    # The same answer as a resident gets: the bot cannot tell it was caught.
    resident = post(Client())
    assert response["Location"] == resident["Location"] == URL + "#feedback-sent"
    assert AccessibilityFeedback.objects.count() == 1


def test_the_honeypot_is_one_field_with_one_behaviour_in_both_forms():
    assert issubclass(AccessibilityFeedbackForm, HoneypotMixin) and issubclass(AppointmentRequestForm, HoneypotMixin)
    trapped = AccessibilityFeedbackForm({**VALID, "website": "x" * 500})
    assert trapped.is_valid() and trapped.is_from_a_bot()
    assert not AccessibilityFeedbackForm(VALID).is_from_a_bot()


def test_posting_without_the_csrf_token_is_refused():
    response = Client(enforce_csrf_checks=True).post(URL, VALID)
    assert response.status_code == 403
    assert not AccessibilityFeedback.objects.exists()


def test_superusers_see_and_handle_feedback_in_the_admin(admin_client):
    feedback = AccessibilityFeedback.objects.create(description="Contrast too low", page_url="/de/")
    assert admin_client.get("/admin/pages/accessibilityfeedback/").status_code == 200
    change_url = f"/admin/pages/accessibilityfeedback/{feedback.pk}/change/"
    assert "Contrast too low" in admin_client.get(change_url).content.decode()
    response = admin_client.post(change_url, {"is_done": "on", "staff_note": "Fixed the colours."})
    assert response.status_code == 302
    feedback.refresh_from_db()
    assert feedback.is_done and feedback.staff_note == "Fixed the colours."
    assert feedback.description == "Contrast too low"  # what the resident wrote cannot be changed
    assert admin_client.get("/admin/pages/accessibilityfeedback/add/").status_code == 403


def test_only_portal_administrators_among_staff_see_feedback(client, django_user_model, sign_in_staff):
    from staff.scoping import PORTAL_ADMINISTRATORS

    AccessibilityFeedback.objects.create(description="Contrast too low")
    editor = django_user_model.objects.create_user("editor", password="x", is_staff=True)
    # Even a permission given by mistake does not open reports that may name people.
    editor.user_permissions.add(Permission.objects.get(codename="view_accessibilityfeedback"))
    sign_in_staff(client, editor)
    assert client.get("/admin/pages/accessibilityfeedback/").status_code == 403

    administrator = django_user_model.objects.create_user("administrator", password="x", is_staff=True)
    administrator.groups.add(Group.objects.get_or_create(name=PORTAL_ADMINISTRATORS)[0])
    sign_in_staff(client, administrator)
    assert client.get("/admin/pages/accessibilityfeedback/").status_code == 200
