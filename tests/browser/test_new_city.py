"""A new city's staff member enters an office and its nominated prize through the admin, then reads the public pages.

Played as a new user would: Chromium in a 1280-pixel window, signing in with the password and an authenticator
code, only structured fields, one save for the office with its tasks. The city is not in the sample.

Facts from a real public page, the city of Monheim am Rhein's announcement of its integration prize
(http://www.monheim.de/stadtleben-aktuelles/news/nachrichten/integrationspreis-wird-zum-fuenften-mal-vergeben-1444):
fifth edition, 1,000 euros, a jury of nine, its four criteria, who may be nominated, nominations handed in at the
Integrationsbüro, Alte Schulstraße 32, room 123 (the page gives no postcode), phone (02173) 951-533, and the deadline
31 August. TEST DATA, invented because the page does not give them: the deadline's year (moved ahead so the call is
open), the organisational unit and its number, the floor, the contact person (a deputy, with no role), her numbers,
the tasks and the prize category.
"""

import datetime
import json
import re
from importlib import import_module

import icalendar
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from offices.models import City, ContactPerson, Office, PrizeCall
from staff.models import CityAssignment
from staff.scoping import CITY_STAFF

from .support import RESULTS, run_axe, screenshot

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "ein-langes-Passwort-2026"
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
SOURCE = (
    "http://www.monheim.de/stadtleben-aktuelles/news/nachrichten/integrationspreis-wird-zum-fuenften-mal-vergeben-1444"
)
CRITERIA = ["Pionierfunktion", "innovativer Ansatz", "Nachhaltigkeit", "Anteil an ehrenamtlichem Engagement"]
ELIGIBLE = ["Einzelpersonen", "Organisationen", "Vereine", "Initiativen"]
UNIT = ("13", "Stabsstelle Integration im Büro des Bürgermeisters")  # test data


def city_staff_role() -> Group:
    """The "City staff" group as the staff migrations make it.

    A transactional test's flush empties the groups the migrations made (and serialized rollback would keep the
    next test from its content types), so the role is made again from the migrations' own lists.
    """
    roles, consultations, numbers, helplines = (
        import_module(f"staff.migrations.{name}")
        for name in (
            "0002_roles",
            "0003_consultations_roles",
            "0004_roles_for_contact_numbers_and_prize_categories",
            "0005_local_helpline_roles",
        )
    )
    group, _created = Group.objects.get_or_create(name=CITY_STAFF)
    wanted = [*roles.ROLES[CITY_STAFF]]
    wanted += [("consultations", codename) for codename in consultations.CITY_STAFF]
    wanted += [("offices", f"{action}_{model}") for model in numbers.ROLES[CITY_STAFF] for action in numbers.ACTIONS]
    wanted += [("offices", codename) for codename in helplines.CITY_STAFF]
    group.permissions.add(
        *(Permission.objects.get(content_type__app_label=app, codename=codename) for app, codename in wanted)
    )
    return group


@pytest.fixture
def monheim_staff(live_server, settings):
    """A city not in the sample, and a staff member of the "City staff" group assigned to it, with an authenticator."""
    settings.STAFF_OTP_REQUIRED = True
    city = City.objects.create(
        name="Stadt Monheim am Rhein", short_name="Monheim am Rhein", slug="monheim-am-rhein", federal_state="NW"
    )
    user = get_user_model().objects.create_user("stadt-monheim", "integration@example.org", PASSWORD, is_staff=True)
    user.groups.add(city_staff_role())
    CityAssignment.objects.create(user=user, city=city)
    device = TOTPDevice.objects.create(user=user, name="Handy", confirmed=True)
    return city, device


def authenticator_code(device: TOTPDevice) -> str:
    return f"{TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token():0{device.digits}d}"


def sign_in(page, base: str, device: TOTPDevice) -> None:
    page.goto(base + "/admin/")
    page.fill("#id_username", "stadt-monheim")
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.locator("#login-form [type=submit]").click()
    assert "/admin/second-factor/" in page.url, page.url
    page.fill("input[name=token]", authenticator_code(device))
    with page.expect_navigation():
        page.locator("#login-form [type=submit]").click()
    assert page.locator("#site-name").count() == 1 and "/admin/" in page.url, page.content()[:1000]


def choose(page, field: str, text: str) -> None:
    """Pick from an autocomplete (select2) field by typing, as staff do."""
    page.locator(f".field-{field} .select2-selection").first.click()
    page.locator(".select2-search__field").fill(text)
    page.locator(".select2-results__option", has_text=text).first.click()


def add_inline_row(page, prefix: str) -> None:
    page.locator(f"#{prefix}-group .add-row a").click()


def save_and_continue(page) -> None:
    with page.expect_navigation():
        page.locator("input[name='_continue']").click()
    errors = page.locator(".errornote, .errorlist")
    assert errors.count() == 0, errors.all_inner_texts()
    assert page.locator(".messagelist .success").count() == 1


def fits_the_window(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_a_new_citys_staff_enters_an_office_and_a_nominated_prize_and_residents_read_only_those_facts(
    live_server, monheim_staff, new_page
):
    city, device = monheim_staff
    base = live_server.url
    page = new_page(width=1280, height=900, locale="de-DE")
    sign_in(page, base, device)

    # The office, its placement, address, contact person and tasks: one form, one save.
    page.goto(base + "/admin/offices/office/add/")
    choose(page, "city", "Monheim")
    page.select_option("#id_kind", "integration")
    page.fill("#id_name_de", "Integrationsbüro")
    page.locator("#id_name_de").press("Tab")
    assert page.input_value("#id_slug") == "integrationsbuero"
    page.fill("#id_unit_number", UNIT[0])
    page.fill("#id_unit_name", UNIT[1])
    page.fill("#id_phone", "(02173) 951-533")
    page.fill("#id_source_url", SOURCE)

    add_inline_row(page, "task_groups")
    page.fill("#id_task_groups-0-title_de", "Aufgaben")
    page.fill(
        "#id_task_groups-0-task_list",
        "Beratung von Vereinen und Initiativen\n– zum Integrationspreis\n– zu Fördermitteln\nVernetzung in der Stadt",
    )
    add_inline_row(page, "contacts")
    page.fill("#id_contacts-0-name", "Erika Beispiel")
    page.check("#id_contacts-0-is_deputy")
    page.fill("#id_contacts-0-fax", "(02173) 951-599")
    add_inline_row(page, "addresses")
    page.select_option("#id_addresses-0-kind", "002")
    page.fill("#id_addresses-0-street", "Alte Schulstraße 32")
    page.fill("#id_addresses-0-room", "Zimmer 123")
    page.fill("#id_addresses-0-floor", "1. Obergeschoss")
    page.fill("#id_addresses-0-locality", "Monheim am Rhein")
    assert fits_the_window(page)
    screenshot(page, "admin-new-city-office")
    save_and_continue(page)

    office = Office.objects.get(city=city)
    person = ContactPerson.objects.get(office=office)
    assert [task.text for task in office.task_groups.get().tasks.filter(parent__isnull=True)] == [
        "Beratung von Vereinen und Initiativen",
        "Vernetzung in der Stadt",
    ]
    assert person.role == "" and person.is_deputy

    # The contact person's labelled number, from the link in her row on the office's page.
    page.locator("#contacts-group .inlinechangelink").first.click()
    page.wait_for_load_state()
    add_inline_row(page, "phones")
    page.fill("#id_phones-0-label", "Sekretariat")
    page.fill("#id_phones-0-number", "(02173) 951-500")
    save_and_continue(page)

    # The prize call, awarded by nomination.
    deadline = datetime.date(timezone.localdate().year + 1, 8, 31)
    page.goto(base + "/admin/offices/prizecall/add/")
    choose(page, "office", "Integrationsbüro")
    page.fill("#id_name_de", "Integrationspreis")
    page.fill("#id_title_de", f"Integrationspreis {deadline.year}")
    page.locator("#id_title_de").press("Tab")
    assert page.input_value("#id_slug") == f"integrationspreis-{deadline.year}"
    page.select_option("#id_kind", "nomination")
    page.fill("#id_edition", "5")
    page.fill(
        "#id_description_de",
        "Die Auszeichnung geht an Einzelpersonen, Organisationen, Vereine oder Initiativen, die sich für die "
        "Integration von Menschen mit Migrationsgeschichte im Stadtgebiet besonders engagiert einsetzen.",
    )
    page.fill("#id_eligible_de", "\n".join(ELIGIBLE))
    page.fill("#id_criteria_de", "\n".join(CRITERIA))
    page.fill("#id_deadline", deadline.strftime("%d.%m.%Y"))
    page.fill("#id_amount", "1000")
    page.fill("#id_jury_size", "9")
    page.fill("#id_submission_office", "Integrationsbüro im Rathaus")
    page.fill("#id_submission_address", "Alte Schulstraße 32\nMonheim am Rhein")
    page.fill("#id_submission_room", "Zimmer 123")
    page.fill("#id_phone", "(02173) 951-533")
    page.fill("#id_source_url", SOURCE)
    add_inline_row(page, "categories")
    page.fill("#id_categories-0-name_de", "Ehrenamtliche Initiativen")
    page.fill("#id_categories-0-amount", "1000")
    assert fits_the_window(page)
    save_and_continue(page)
    call = PrizeCall.objects.get(office=office)
    assert call.kind == PrizeCall.Kind.NOMINATION and call.deadline == deadline and call.edition == 5

    # A resident reads the office page.
    resident = new_page(width=1280, height=900, locale="de-DE")
    resident.goto(base + office.get_absolute_url())
    main = resident.locator("main").inner_text()
    for fact in [
        "Integrationsbüro",
        "13 Stabsstelle Integration im Büro des Bürgermeisters",
        "Alte Schulstraße 32",
        "Zimmer 123",
        "1. Obergeschoss",
        "Monheim am Rhein",
        "Erika Beispiel",
        "(02173) 951-599",
        "Sekretariat",
        "(02173) 951-500",
        "Beratung von Vereinen und Initiativen",
        "zu Fördermitteln",
        "Integrationspreis",
    ]:
        assert fact in main, fact
    # Nothing the staff member did not enter: no postcode, no role, no application wording for a nomination.
    (RESULTS / "new-city-office.txt").write_text(main)
    assert not re.search(r"\d{5}\s+Monheim", main), main
    assert "Bewerb" not in main and "bewerb" not in main
    assert run_axe(resident, "new city: office page") == []

    resident.goto(base + call.get_absolute_url())
    prize = resident.locator("main").inner_text()
    for fact in [*CRITERIA, *ELIGIBLE, "Ehrenamtliche Initiativen", "Zimmer 123", "Integrationsbüro im Rathaus"]:
        assert fact in prize, fact
    assert "Die Jury hat 9 Mitglieder." in prize and f"31. August {deadline.year}" in prize
    assert "Integrationspreis · 5. Verleihung" in prize
    assert "Bewerb" not in prize and "bewerb" not in prize
    assert run_axe(resident, "new city: prize call page") == []

    # Structured data: the unit above the office, the address without a postcode, the deadline as an event.
    html = resident.request.get(base + office.get_absolute_url()).text()
    (data,) = [json.loads(block) for block in JSON_LD.findall(html)]
    assert data["parentOrganization"]["name"] == " ".join(UNIT)
    assert data["parentOrganization"]["parentOrganization"]["name"] == "Stadt Monheim am Rhein"
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Alte Schulstraße 32",
        "addressLocality": "Monheim am Rhein",
        "addressCountry": "DE",
    }
    (contact,) = data["contactPoint"]
    assert contact["name"] == "Erika Beispiel" and "contactType" not in contact
    (event,) = data["event"]
    assert event["startDate"] == deadline.isoformat() and "Vorschl" in event["name"]

    ics = resident.request.get(base + office.get_absolute_url() + "closures.ics").body()
    calendar = icalendar.Calendar.from_ical(ics)
    (deadline_event,) = [e for e in calendar.walk("VEVENT") if str(e["UID"]).startswith("prize-deadline-")]
    assert deadline_event.decoded("DTSTART") == deadline
    assert "Vorschl" in str(deadline_event["SUMMARY"]) and "Bewerb" not in str(deadline_event["SUMMARY"])

    card = resident.request.get(f"{base}{office.get_absolute_url()}contacts/{person.pk}.vcf").text()
    lines = card.replace("\r\n ", "").split("\r\n")
    assert "FN:Erika Beispiel" in lines
    assert any(line.startswith("ORG:") and " ".join(UNIT) in line for line in lines), lines
    assert any("FAX" in line and "+492173951599" in line.replace("-", "") for line in lines), lines
    assert any("Sekretariat" in line or "951500" in line.replace("-", "") for line in lines), lines
    # No role she was not given, no postcode the page did not give.
    assert not [line for line in lines if line.startswith(("TITLE", "ROLE"))]
    (address_line,) = [line for line in lines if line.startswith("ADR")]
    assert not re.search(r"\d{5}", address_line), address_line
