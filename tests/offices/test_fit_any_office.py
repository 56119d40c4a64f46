"""An office of a city not in the sample: nominated prize, staff-unit placement, room, deputy, no postcode."""

import datetime
import json
import re
from xml.etree import ElementTree

import icalendar
import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from core.slugs import slugify_de
from offices import models
from tests.factories import (
    AddressFactory,
    ContactPersonFactory,
    OfficeFactory,
    PrizeCallFactory,
    TaskFactory,
    TaskGroupFactory,
)

pytestmark = pytest.mark.django_db
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


@pytest.fixture
def office():
    office = OfficeFactory(
        name_de="Integrationsbeauftragte",
        slug="integrationsbeauftragte",
        unit_number="01.3",
        unit_name="Stabsstelle Integration im Büro des Oberbürgermeisters",
    )
    AddressFactory(office=office, street="Marktplatz 1", postal_code="", locality="Musterstadt", room="Zimmer 123")
    deputy = ContactPersonFactory(office=office, name="Erika Muster", role_de="", is_deputy=True, fax="0361 655-1234")
    deputy.phones.create(label="Sekretariat", number="0361 655-1200")
    deputy.consultation_times.create(weekday=2, opens=datetime.time(10), closes=datetime.time(12))
    return office


@pytest.fixture
def nominated(office):
    return PrizeCallFactory(
        office=office,
        kind=models.PrizeCall.Kind.NOMINATION,
        edition=5,
        jury_size=7,
        criteria="Nachhaltigkeit\nBeteiligung",
        eligible="Vereine\nInitiativen",
        submission_office="Büro des Oberbürgermeisters",
        submission_room="Zimmer 123",
        contact_name="Erika Muster",
    )


def refused(create):
    with pytest.raises(IntegrityError), transaction.atomic():
        create()


def test_edition_jury_size_and_amounts_are_invariants_of_the_database(office):
    refused(lambda: PrizeCallFactory(office=office, edition=0))
    refused(lambda: PrizeCallFactory(office=office, jury_size=0))
    call = PrizeCallFactory(office=office, edition=1, jury_size=1)
    refused(lambda: call.categories.create(name="Schule", amount=-1))
    call.categories.create(name="Schule", amount=0)
    refused(
        lambda: models.ContactHours.objects.create(
            contact=office.contacts.get(), weekday=8, opens="10:00", closes="12:00"
        )
    )
    refused(lambda: AddressFactory(office=office, postal_code="123"))


def test_a_nomination_prize_speaks_of_nominations(client, nominated):
    page = client.get(nominated.get_absolute_url()).content.decode()
    assert "Vorschläge" in page or "Vorschlag" in page or "Nominierung" in page
    assert "Bewerbungsfrist" not in page and "So bewerben Sie sich" not in page
    english = client.get(nominated.get_absolute_url().replace("/de/", "/en/")).content.decode()
    assert "Open for nominations" in english and "Who can be nominated" in english
    assert "Open for applications" not in english
    # A nomination is a written proposal: no form is assumed where the call names none.
    assert "application form" not in english and "nomination form" not in english
    assert "<ol" in english and "Nachhaltigkeit" in english and "The jury has 7 members." in english
    assert "Zimmer 123" in english and "Erika Muster" in english


def test_the_deadline_is_in_the_calendar_the_feed_and_the_json_ld(client, nominated):
    office = nominated.office
    calendar = icalendar.Calendar.from_ical(client.get(f"{office.get_absolute_url()}closures.ics").content)
    (event,) = [e for e in calendar.walk("VEVENT") if str(e["UID"]).startswith("prize-deadline-")]
    assert event.decoded("DTSTART") == nominated.deadline
    assert event.decoded("DTEND") == nominated.deadline + datetime.timedelta(days=1)
    assert nominated.title in str(event["SUMMARY"])

    feed = ElementTree.fromstring(client.get(f"/de/{office.city.slug}/closures.atom").content)
    links = [link.get("href") for link in feed.iter("{http://www.w3.org/2005/Atom}link")]
    assert any(href.endswith(nominated.get_absolute_url()) for href in links)

    data = json.loads(JSON_LD.findall(client.get(office.get_absolute_url()).content.decode())[0])
    (deadline,) = data["event"]
    assert deadline["startDate"] == nominated.deadline.isoformat() and deadline["@type"] == "Event"


def test_the_organisational_unit_is_in_the_json_ld_and_the_vcard(client, office):
    page = client.get(office.get_absolute_url()).content.decode()
    data = json.loads(JSON_LD.findall(page)[0])
    unit = data["parentOrganization"]
    assert unit["name"] == "01.3 Stabsstelle Integration im Büro des Oberbürgermeisters"
    assert unit["parentOrganization"]["@type"] == "GovernmentOrganization"
    assert "postalCode" not in data["address"] and data["address"]["addressLocality"] == "Musterstadt"
    (deputy,) = data["contactPoint"]
    assert deputy["faxNumber"] == "+493616551234" and "contactType" not in deputy
    assert "Zimmer 123" in page and "Stellvertretung" in page or "Deputy" in page or "Vertretung" in page
    assert "Sekretariat" in page and "0361 655-1200" in page and "0361 655-1234" in page

    person = office.contacts.get()
    card = client.get(reverse("offices:contact_vcard", args=[office.city.slug, office.slug, person.pk]))
    text = card.content.decode().replace("\r\n ", "")
    org = next(line for line in text.split("\r\n") if line.startswith("ORG"))
    assert "01.3 Stabsstelle Integration im Büro des Oberbürgermeisters" in org
    assert "TYPE=WORK,FAX" in text and "+493616551200" in text


def test_german_slugs():
    assert slugify_de("Beauftragte für Chancengleichheit") == "beauftragte-fuer-chancengleichheit"
    assert slugify_de("Straße der Öffnung, Übergänge") == "strasse-der-oeffnung-uebergaenge"
    office = OfficeFactory(name_de="Ausländerbeirat Größe", slug="")
    assert office.slug == "auslaenderbeirat-groesse"


def test_slug_suggestion_transliterates_in_the_admin(admin_client):
    page = admin_client.get(reverse("admin:offices_office_add")).content.decode()
    assert "admin/js/slug_de" in page and "Adresse der Seite (URL-Teil)" in page
    offer = admin_client.get(reverse("admin:consultations_counsellingoffer_add")).content.decode()
    assert "admin/js/slug_de" in offer and "prepopulated" in offer


def test_tasks_and_sub_tasks_are_written_as_one_list_in_the_office_save(admin_client, office):
    group = TaskGroupFactory(office=office, title_de="Aufgaben")
    kept = TaskFactory(group=group, text_de="Beratung", text_en="Counselling")
    url = reverse("admin:offices_office_change", args=[office.pk])
    form = admin_client.get(url).context["adminform"].form
    assert "task_list" in admin_client.get(url).content.decode()
    data = {name: value for name, value in form.initial.items() if value is not None and name != "city"}
    data |= {"city": office.city_id, "kind": office.kind, "name_de": office.name_de, "slug": office.slug}
    response = admin_client.get(url)
    for formset in response.context["inline_admin_formsets"]:
        management = formset.formset.management_form
        data |= {management.add_prefix(name): value for name, value in management.initial.items()}
        for inline_form in formset.formset.forms:
            data |= {inline_form.add_prefix(k): v for k, v in inline_form.initial.items() if v is not None}
            data[inline_form.add_prefix("id")] = inline_form.instance.pk
    prefix = "task_groups-0-"
    data[prefix + "office"] = office.pk
    data[prefix + "task_list"] = "Vernetzung\n– mit Vereinen\n– mit Schulen\nBeratung"
    data.pop("is_published", None)
    data = {key: value for key, value in data.items() if value is not None}
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["errors"] if response.context else response
    tasks = list(group.tasks.filter(parent__isnull=True).order_by("position"))
    assert [task.text_de for task in tasks] == ["Vernetzung", "Beratung"]
    assert [sub.text_de for sub in tasks[0].subtasks.order_by("position")] == ["mit Vereinen", "mit Schulen"]
    assert tasks[1].pk == kept.pk and tasks[1].text_en == "Counselling"  # kept with its translation


def test_a_past_deadline_is_saved_only_when_confirmed(admin_client, office):
    url = reverse("admin:offices_prizecall_add")
    data = {
        "office": office.pk,
        "name_de": "Integrationspreis",
        "title_de": "Integrationspreis 2017",
        "slug": "integrationspreis-2017",
        "kind": "both",
        "description_de": "Ausgezeichnet werden Projekte.",
        "deadline": "2017-04-28",
        "currency": "EUR",
        "categories-TOTAL_FORMS": 0,
        "categories-INITIAL_FORMS": 0,
    }
    response = admin_client.post(url, data)
    assert response.status_code == 200 and not models.PrizeCall.objects.filter(slug="integrationspreis-2017").exists()
    assert 'type="checkbox" name="confirm_past_deadline"' in response.content.decode()
    response = admin_client.post(url, data | {"confirm_past_deadline": "on"})
    assert response.status_code == 302
    assert models.PrizeCall.objects.get(slug="integrationspreis-2017").deadline == datetime.date(2017, 4, 28)


def test_a_staff_member_is_created_with_status_role_and_office_in_one_form(admin_client, office, django_user_model):
    from django.contrib.auth.models import Group

    page = admin_client.get(reverse("admin:auth_user_add")).content.decode()
    assert 'name="groups"' in page and 'name="is_staff"' in page and "office_assignments-TOTAL_FORMS" in page
    city_staff = Group.objects.get(name="City staff")
    data = {
        "username": "neu",
        "usable_password": "true",
        "password1": "ein-langes-Passwort-2026",
        "password2": "ein-langes-Passwort-2026",
        "first_name": "Neu",
        "is_staff": "on",
        "is_active": "on",
        "groups": [city_staff.pk],
        "city_assignments-TOTAL_FORMS": 0,
        "city_assignments-INITIAL_FORMS": 0,
        "office_assignments-TOTAL_FORMS": 1,
        "office_assignments-INITIAL_FORMS": 0,
        "office_assignments-0-office": office.pk,
    }
    response = admin_client.post(reverse("admin:auth_user_add"), data)
    assert response.status_code == 302
    user = django_user_model.objects.get(username="neu")
    assert user.is_staff and list(user.groups.all()) == [city_staff]
    assert user.office_assignments.get().office == office


def test_admin_inputs_without_a_label_of_their_own_are_named(admin_client):
    """Tabular inline columns and file inputs get their field's name; the admin's name repairs are loaded."""
    page = admin_client.get(reverse("admin:offices_prizecall_add")).content.decode()
    assert re.search(r'<input type="file" name="application_form"[^>]*aria-label="Bewerbungsformular"', page)
    assert re.search(r'name="categories-__prefix__-amount"[^>]*aria-label="Preisgeld"', page) or re.search(
        r'aria-label="Preisgeld"[^>]*name="categories-__prefix__-amount"', page
    )
    assert "portal_a11y" in page and 'data-language-switch="Angezeigte Sprachen der Felder"' in page
