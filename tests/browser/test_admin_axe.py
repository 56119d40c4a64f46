"""axe-core finds no WCAG 2.0/2.1 A or AA violation on the admin pages staff use to enter an office.

Each page in its normal state and in its error state (sent back with a mistake), in German, as city staff
see them: the office with its task editor and inlines, a contact person, a prize call, a new staff member,
the paste import and its draft review. Markup that is Django's own and that the portal cannot reasonably
change is waived by rule and selector in PACKAGE_MARKUP, with its reason.
"""

import datetime
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from tests.factories import (
    AddressFactory,
    ContactPersonFactory,
    OfficeFactory,
    PrizeCallFactory,
    TaskFactory,
    TaskGroupFactory,
)

from .support import run_axe

pytestmark = pytest.mark.django_db(transaction=True)

SEED_TEXT = Path(__file__).resolve().parents[1] / "offices" / "seed_texts" / "zwickau.txt"
GERA_TEXT = SEED_TEXT.with_name("gera.txt")
# modeltranslation's language tabs are jQuery UI tabs: the tab (<li role="tab">) holds the link jQuery UI needs
# to find and load its panel, which can take the focus too. Its keyboard use (arrow keys) works; the markup is the
# package's. Only this rule, only on those tabs.
PACKAGE_MARKUP = {"nested-interactive": ".ui-tabs-nav [role=tab]"}


@pytest.fixture
def admin_page(live_server, new_page, sign_in_staff):
    """A 1280-pixel German browser window signed in as a superuser, past the one-time password."""
    user = get_user_model().objects.create_superuser("verwaltung", "verwaltung@example.org", "x-long-password-2026")
    client = sign_in_staff(Client(), user)
    page = new_page(width=1280, height=900, locale="de-DE")
    host = live_server.url.split("//", 1)[1].split(":")[0]
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "domain": host, "path": "/"}]
    )
    return page


@pytest.fixture
def office(db):
    office = OfficeFactory(name_de="Integrationsbüro", unit_number="13", unit_name="Stabsstelle Integration")
    group = TaskGroupFactory(office=office, title_de="Aufgaben")
    top = TaskFactory(group=group, text_de="Beratung von Vereinen")
    TaskFactory(group=group, parent=top, text_de="zum Integrationspreis")
    ContactPersonFactory(office=office, name="Erika Beispiel", role_de="", is_deputy=True, fax="02173 951-599")
    AddressFactory(office=office, street="Alte Schulstraße 32", postal_code="", room="Zimmer 123")
    deadline = datetime.date(2099, 8, 31)
    call = PrizeCallFactory(office=office, kind="nomination", edition=5, jury_size=9, deadline=deadline)
    call.categories.create(name_de="Ehrenamtliche Initiativen", amount=1000)
    return office


def check(page, name: str) -> list[dict]:
    return run_axe(page, f"admin: {name}", stylesheet_variable="--primary", waive=PACKAGE_MARKUP)


def send(page, button: str = "input[name='_save']") -> None:
    with page.expect_navigation():
        page.locator(button).first.click()


def visit(page, url: str, name: str, failures: dict) -> None:
    response = page.goto(url)
    assert response.ok, f"{url}: {response.status}"
    if violations := check(page, name):
        failures[name] = violations


def report(failures: dict) -> str:
    return "\n".join(
        f"{name}: {violation['id']} ({violation['impact']}) {violation['help']} {violation['targets']}"
        for name, violations in failures.items()
        for violation in violations
    )


def test_the_pages_for_entering_an_office_pass_axe_also_with_errors(live_server, admin_page, office):
    page, base, failures = admin_page, live_server.url, {}
    contact, call = office.contacts.get(), office.prize_calls.get()

    visit(page, base + reverse("admin:offices_office_add"), "office add", failures)
    page.locator("#task_groups-group .add-row a").click()
    page.locator("#contacts-group .add-row a").click()
    page.locator("#addresses-group .add-row a").click()
    if violations := check(page, "office add, inline rows added"):
        failures["office add, inline rows added"] = violations
    send(page)
    assert page.locator(".errornote").count() == 1
    if violations := check(page, "office add, errors"):
        failures["office add, errors"] = violations

    visit(page, base + reverse("admin:offices_office_change", args=[office.pk]), "office change", failures)
    # The language tabs switch by mouse and by keyboard.
    page.locator("li[aria-controls='tab_id_name_en']").click()
    assert page.locator("#id_name_en").is_visible() and not page.locator("#id_name_de").is_visible()
    page.keyboard.press("ArrowLeft")
    page.locator("#id_name_de").wait_for(state="visible", timeout=2000)  # jQuery UI switches after a short pause
    page.fill("#id_addresses-0-street", "")
    send(page)
    assert page.locator(".errornote").count() == 1
    if violations := check(page, "office change, errors"):
        failures["office change, errors"] = violations

    visit(page, base + reverse("admin:offices_contactperson_change", args=[contact.pk]), "contact person", failures)
    page.locator("#phones-group .add-row a").click()
    page.locator("#consultation_times-group .add-row a").click()
    page.fill("#id_name", "")
    page.fill("#id_phones-0-label", "Sekretariat")
    send(page)
    assert page.locator(".errornote").count() == 1
    if violations := check(page, "contact person, errors"):
        failures["contact person, errors"] = violations

    visit(page, base + reverse("admin:offices_prizecall_add"), "prize call add", failures)
    send(page)
    if violations := check(page, "prize call add, errors"):
        failures["prize call add, errors"] = violations
    visit(page, base + reverse("admin:offices_prizecall_change", args=[call.pk]), "prize call change", failures)
    page.fill("#id_deadline", "31.08.2001")
    send(page)
    assert page.locator("#id_confirm_past_deadline[type=checkbox]").count() == 1
    if violations := check(page, "prize call change, past deadline"):
        failures["prize call change, past deadline"] = violations

    visit(page, base + reverse("admin:auth_user_add"), "staff member add", failures)
    page.fill("#id_username", "neu")
    send(page)
    assert page.locator(".errornote").count() == 1
    if violations := check(page, "staff member add, errors"):
        failures["staff member add, errors"] = violations

    visit(page, base + reverse("admin:offices_office_import_text"), "paste import", failures)
    send(page, "input[name='preview']")
    assert page.locator(".errorlist").count() >= 1
    if violations := check(page, "paste import, errors"):
        failures["paste import, errors"] = violations
    page.select_option("#id_city", str(office.city_id))
    page.fill("#id_text", SEED_TEXT.read_text())
    send(page, "input[name='preview']")
    assert page.locator("input[name='save']").count() == 1
    assert page.locator("h2", has_text="Ausländer- und Integrationsbeauftragte").count() == 1
    if violations := check(page, "paste import, draft of two offices"):
        failures["paste import, draft of two offices"] = violations
    page.fill("#id_text", GERA_TEXT.read_text())
    send(page, "input[name='preview']")
    assert page.locator("caption", has_text="Stadt Gera verleiht Integrationspreis").count() == 1
    if violations := check(page, "paste import, draft with a prize call"):
        failures["paste import, draft with a prize call"] = violations

    assert not failures, report(failures)
