"""Keyboard only: the skip link, a visible focus on everything, and both public forms from start to end.

Only Tab, Shift+Tab, Enter and Space move and act; text is typed into fields.
Every element the walk passes must show a focus indicator (support.press_until).
"""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from pages.models import AccessibilityFeedback

from .forms import appointment_office
from .support import focused, press_until

pytestmark = pytest.mark.django_db(transaction=True)

DRESDEN = "/{}/dresden/integrations-und-auslaenderbeauftragte/"


def test_skip_link_comes_first_shows_and_moves_focus_to_the_main_content(site, page):
    page.goto(site + DRESDEN.format("de"))
    page.keyboard.press("Tab")
    skip = focused(page)
    assert skip["href"] == "#main" and skip["indicator"] and skip["onScreen"], skip
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # The next Tab continues in the content, past the header's language and display links.
    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")


@pytest.mark.parametrize(
    ("language", "cookies"),
    [("de", {}), ("ar", {"reader_contrast": "high", "reader_text": "larger"})],
    ids=["german", "arabic-high-contrast-very-large-text"],
)
def test_every_focusable_element_shows_focus_in_order(site, page, language, cookies):
    page.context.add_cookies([{"name": name, "value": value, "url": site} for name, value in cookies.items()])
    page.goto(site + DRESDEN.format(language))
    seen = []
    for _ in range(300):
        page.keyboard.press("Tab")
        state = focused(page)
        if state is None or (seen and state["href"] == "#main"):
            break  # past the last element
        assert state["indicator"], f"no visible focus on {state}"
        assert state["onScreen"], f"focused but not scrolled into view: {state}"
        seen.append(state)
    assert len(seen) > 20
    # Focus follows the reading order: each element comes after the one before in the document.
    in_order = page.evaluate(
        """() => {
            const all = [...document.querySelectorAll("a[href], button, input, select, textarea, summary")];
            // Inside a closed disclosure (the header's language and display settings) nothing is focusable.
            const hidden = (element) => element.closest("details:not([open])") && element.tagName !== "SUMMARY";
            return all.filter((e) => e.tabIndex >= 0 && e.offsetParent !== null && !hidden(e)).length;
        }"""
    )
    assert len(seen) == in_order, "some elements are skipped or reached twice by Tab"


def test_feedback_form_by_keyboard_from_the_footer_to_the_confirmation(site, page):
    page.goto(site + "/de/")
    press_until(page, "Tab", "footer a[href*='?page=']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    # The link lands at the feedback section: the next Tab reaches the form, already filled in with the page.
    assert press_until(page, "Tab", "#id_page_url", limit=3) <= 2
    assert page.input_value("#id_page_url") == f"{site}/de/"

    press_until(page, "Tab", "form.feedback-form button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "feedback-errors"
    page.keyboard.press("Tab")
    assert focused(page)["href"] == "#id_description"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "id_description"
    page.keyboard.type("Die Karte auf der Seite hat keinen Text.")
    press_until(page, "Tab", "#id_name", limit=1)
    page.keyboard.type("Amira")
    press_until(page, "Tab", "#id_email", limit=1)
    page.keyboard.type("amira@example.org")
    press_until(page, "Shift+Tab", "#id_name", limit=1)
    assert page.input_value("#id_name") == "Amira"
    press_until(page, "Tab", "form.feedback-form button[type=submit]", limit=2)
    with page.expect_navigation():
        page.keyboard.press("Space")

    assert page.evaluate("document.activeElement.id") == "feedback-sent"
    feedback = AccessibilityFeedback.objects.get()
    assert (feedback.page_url, feedback.name, feedback.email) == (f"{site}/de/", "Amira", "amira@example.org")
    assert feedback.mailed_at is None  # mailed outside the resident's request, by the outbox
    call_command("send_queued_mail", stdout=io.StringIO(), stderr=io.StringIO())
    feedback.refresh_from_db()
    assert feedback.mailed_at is not None
    assert [message.reply_to for message in mail.outbox] == [["amira@example.org"]]


def test_feedback_form_errors_take_focus_without_javascript(site, new_page):
    page = new_page(java_script_enabled=False)
    page.goto(site + "/en/accessibility/")
    press_until(page, "Tab", "form.feedback-form button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    # The form is sent to #feedback-errors: the browser itself focuses the summary.
    assert page.evaluate("document.activeElement.id") == "feedback-errors"


def type_date(page, day: datetime.date) -> None:
    """Type a day into a focused date field, in the order the browser's locale shows its parts."""
    order = page.evaluate(
        """() => new Intl.DateTimeFormat(navigator.language, {year: "numeric", month: "2-digit", day: "2-digit"})
            .formatToParts(new Date(2026, 11, 8)).map((part) => part.type)
            .filter((type) => ["day", "month", "year"].includes(type))"""
    )
    parts = {"day": f"{day.day:02}", "month": f"{day.month:02}", "year": f"{day.year}"}
    page.keyboard.type("".join(parts[part] for part in order))


def type_time(page, time: datetime.time) -> None:
    """Type a time into a focused time field: 24-hour, or 12-hour with AM/PM where the locale has it."""
    twelve_hours = page.evaluate(
        """() => new Intl.DateTimeFormat(navigator.language, {hour: "numeric"}).resolvedOptions().hour12"""
    )
    if twelve_hours:
        page.keyboard.type(f"{(time.hour % 12) or 12:02}{time.minute:02}{'P' if time.hour >= 12 else 'A'}")
    else:
        page.keyboard.type(f"{time:%H%M}")


def bookable_time(office) -> tuple[datetime.date, datetime.time, datetime.time]:
    """A day and hour the office's schedule takes requests for, a few days ahead."""
    from consultations.schedule import OfficeSchedule

    today = timezone.localdate()
    for occurrence in OfficeSchedule.load(office).upcoming():
        starts, ends = timezone.localtime(occurrence.starts), timezone.localtime(occurrence.ends)
        if occurrence.holiday or occurrence.closure or starts.date() <= today + datetime.timedelta(days=2):
            continue
        if ends - starts >= datetime.timedelta(hours=1):
            return starts.date(), starts.time(), (starts + datetime.timedelta(hours=1)).time()
    pytest.fail(f"{office} has no consultation time to ask for")


def test_appointment_request_by_keyboard_only(site, new_page):
    from consultations.models import AppointmentRequest

    office = appointment_office()
    page = new_page(timezone_id="Europe/Berlin")
    page.goto(site + office.get_absolute_url())

    # From the office page to the form, by an offer's request button.
    press_until(page, "Tab", "a.button[href*='/advice/request/']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/advice/request/" in page.url

    # Sent empty: the summary takes the focus and its first link leads to the first field with an error.
    press_until(page, "Tab", "main form[method=post] button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    page.keyboard.press("Tab")
    assert focused(page)["href"] == "#id_days_0"

    # The seed states no hours: preferred half-days are ticked with the space bar (issue 13), no date pickers.
    assert page.locator("#id_window_1_day").count() == 0
    press_until(page, "Tab", "#id_days_2")
    page.keyboard.press("Space")
    assert page.is_checked("#id_days_2")
    press_until(page, "Tab", "#id_name")
    page.keyboard.type("Amira K.")
    press_until(page, "Tab", "#id_email")
    page.keyboard.type("amira@example.org")
    press_until(page, "Tab", "#id_message")
    page.keyboard.type("Ich brauche Rat zu meiner Aufenthaltserlaubnis.")
    # Back with Shift+Tab: what was typed is still there.
    press_until(page, "Shift+Tab", "#id_email")
    assert page.input_value("#id_email") == "amira@example.org"
    press_until(page, "Tab", "#id_consent")
    page.keyboard.press("Space")
    press_until(page, "Tab", "main form[method=post] button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert page.url.endswith("/advice/request/sent/"), page.url
    request = AppointmentRequest.objects.get()
    assert (request.name, request.email) == ("Amira K.", "amira@example.org")
    assert request.windows.count() == 1
    assert request.reference in page.inner_text("main")
