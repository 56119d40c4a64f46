"""The loader holds every seed page completely, and a second run changes nothing."""

import datetime
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command

from offices import models
from sample_content.offices import cities

pytestmark = pytest.mark.django_db

# Counted by hand from ../shared/seeds/: tasks include sub-tasks.
SEED_COUNTS = {
    "zwickau": {"offices": 2, "tasks": 19, "contacts": 0, "notices": 0, "prize_calls": 0},
    "dresden": {"offices": 1, "tasks": 14, "contacts": 1, "notices": 1, "prize_calls": 0},
    "schwaebisch-gmuend": {"offices": 1, "tasks": 20, "contacts": 0, "notices": 0, "prize_calls": 0},
    "gera": {"offices": 1, "tasks": 0, "contacts": 0, "notices": 0, "prize_calls": 1},
    "kassel": {"offices": 4, "tasks": 3, "contacts": 0, "notices": 0, "prize_calls": 0},
}


@pytest.mark.parametrize("slug", SEED_COUNTS)
def test_each_city_has_its_seed_counts(sample_content, slug):
    city = models.City.objects.get(slug=slug)
    expected = SEED_COUNTS[slug]
    assert {
        "offices": city.offices.count(),
        "tasks": models.Task.objects.filter(group__office__city=city).count(),
        "contacts": models.ContactPerson.objects.filter(office__city=city).count(),
        "notices": models.ClosureNotice.objects.filter(city=city).count(),
        "prize_calls": models.PrizeCall.objects.filter(office__city=city).count(),
    } == expected


def test_dresden_in_detail(sample_content):
    office = models.Office.objects.get(city__slug="dresden", slug="integrations-und-auslaenderbeauftragte")
    assert office.city.name_de == "Landeshauptstadt Dresden" and office.city.federal_state == "SN"
    assert office.kind == "integration"
    assert "Art. 3 Abs. 3" in office.legal_basis_de and "Art. 18 Abs. 3" in office.legal_basis_de
    assert office.legal_quote.startswith("„Niemand darf wegen seines Geschlechtes")
    person = office.contacts.get()
    assert (person.name, person.phone, person.email) == (
        "Kristina Winkler",
        "0351-4882131",
        "auslaenderbeauftragte@dresden.de",
    )
    addresses = {address.kind: str(address) for address in office.addresses.all()}
    assert addresses == {"002": "Dr.-Külz-Ring 19, 01067 Dresden", "003": "Postfach 12 00 20, 01001 Dresden"}
    assert office.opening_hours.get().by_appointment
    parent = models.Task.objects.get(group__office=office, text_de__startswith="Sicherung von Chancengleichheit")
    assert list(parent.subtasks.values_list("text_de", flat=True)) == [
        "Einflussnahme in relevanten Gremien",
        "Zusammenarbeit mit dem Ausländerbeirat",
        "Einbringen von integrationspolitischen Anliegen und Forderungen und",
        "Sichtung der Stadtratsvorlagen und Erarbeiten von Stellungnahmen",
    ]
    notice = office.closure_notices.get()
    assert (notice.starts_on, notice.ends_on) == (datetime.date(2024, 11, 13), datetime.date(2024, 11, 13))
    assert notice.title_de == "Schließtag am 13. November 2024"
    assert office.referrals.get().reason_de == "Bei Fragen zu Ihrem Aufenthalt"


def test_gera_prize_call_and_memberships(sample_content):
    office = models.Office.objects.get(city__slug="gera")
    prize = office.prize_calls.get()
    assert (prize.deadline, prize.amount, prize.currency) == (datetime.date(2017, 4, 28), Decimal("3500.00"), "EUR")
    assert "Schule macht (Dich!) stark" in prize.motto
    assert "ESF" in prize.funding_de
    assert office.memberships.count() == 6
    assert "Exekutive ausländerrechtliche Befugnisse hat sie nicht." in office.scope_note_de


def test_kassel_units_and_zwickau_cooperation(sample_content):
    office = models.Office.objects.get(city__slug="kassel", slug="amt-fuer-chancengleichheit")
    assert sorted(office.units.values_list("kind", flat=True)) == ["anti_discrimination", "integration", "women"]
    assert office.related_links.get().title_de == "Frauen und Mädchen"
    project = models.CooperationProject.objects.get(office__city__slug="zwickau")
    assert "Westsächsische Hochschule Zwickau" in project.partner_list
    assert project.funder == "Landkreis Zwickau"
    gmuend = models.Office.objects.get(city__slug="schwaebisch-gmuend")
    assert gmuend.target_groups.count() == 3
    assert set(gmuend.activities.values_list("title_de", flat=True)) >= {"Gmünder Weg für alle", "Tag der Kulturen"}


def test_every_translated_text_has_english(sample_content):
    # The sample content is complete in German and English (issue 3); other languages fall back.
    assert not models.Task.objects.filter(text_en="").exists()
    assert not models.Office.objects.filter(name_en="").exists()
    assert not models.Office.objects.exclude(mission_de="").filter(mission_en="").exists()


def test_second_run_creates_and_changes_nothing(sample_content):
    before = {model: model.objects.count() for model in [models.Office, models.Task, models.ClosureNotice]}
    output = StringIO()
    call_command("load_sample_content", stdout=output)
    assert "created" not in output.getvalue() and "updated" not in output.getvalue()
    assert {model: model.objects.count() for model in before} == before


def test_staff_edits_survive_a_rerun_unless_update_is_asked_for(sample_content):
    office = models.Office.objects.get(city__slug="gera")
    office.heading_de = "Willkommen!"
    office.save()
    call_command("load_sample_content", stdout=StringIO())
    office.refresh_from_db()
    assert office.heading_de == "Willkommen!"
    call_command("load_sample_content", "--update", stdout=StringIO())
    office.refresh_from_db()
    assert office.heading_de == "Neu in Deutschland? Willkommen in Gera!"


def test_data_modules_cover_the_five_cities():
    assert [city["slug"] for city in cities()] == ["zwickau", "dresden", "schwaebisch-gmuend", "gera", "kassel"]
