"""The freshness ledger's transitions (core.ledger): a changed German text makes every translation made from
the old one outdated, a minor change keeps the status, a changed translation is reviewed (staff wrote it),
machine translations are recorded as such; translation_coverage counts each status."""

from io import StringIO

import pytest
from django.core.management import call_command

from core import ledger
from core.models import TranslationState
from offices import models
from offices.translation_status import coverage
from tests.factories import OfficeFactory

pytestmark = pytest.mark.django_db
OTHERS = ["en", "uk", "ar", "tr", "ru", "fa"]


@pytest.fixture
def office():
    office = OfficeFactory(mission_de="Wir beraten.")
    with ledger.recording(ledger.MACHINE, ["uk", "ar", "tr", "ru", "fa"]):
        for code in OTHERS:
            setattr(office, f"mission_{code}", f"mission in {code}")
        office.save()
    return models.Office.objects.get(pk=office.pk)


def status(office, language, field="mission"):
    return ledger.freshness(models.Office.objects.get(pk=office.pk), field, language).status


def test_translations_saved_by_a_machine_are_machine_translated_and_by_staff_reviewed(office):
    assert status(office, "en") == ledger.CURRENT
    assert {status(office, code) for code in ["uk", "ar", "tr", "ru", "fa"]} == {ledger.MACHINE_TRANSLATED}
    assert status(office, "ar", "scope_note") == ledger.MISSING


def test_a_changed_german_text_makes_every_translation_outdated_since_the_change(office, clock):
    clock.set(2026, 3, 2, 10, 15)
    office.mission_de = "Wir beraten und vermitteln."
    office.save()
    assert {status(office, code) for code in OTHERS} == {ledger.OUTDATED}
    state = ledger.freshness(office, "mission", "ar")
    # The moment as a datetime on every database (read as SQL, SQLite gives text unless converted).
    assert state.since == clock.now and state.machine


def test_a_minor_change_keeps_every_status(office):
    office.mission_de = "Wir beraten!"
    ledger.mark_minor_change(office)
    office.save()
    assert status(office, "en") == ledger.CURRENT
    assert status(office, "ar") == ledger.MACHINE_TRANSLATED
    # The flag is for one save: the next change is not minor.
    office.mission_de = "Ganz anders."
    office.save()
    assert status(office, "ar") == ledger.OUTDATED


def test_a_minor_change_does_not_make_an_outdated_translation_current(office):
    office.mission_de = "Neu."
    office.save()
    office.mission_de = "Neu!"
    ledger.mark_minor_change(office)
    office.save()
    assert status(office, "tr") == ledger.OUTDATED


def test_editing_a_translation_marks_it_reviewed_in_that_language_only(office):
    office.mission_de = "Neu."
    office.save()
    office.mission_ar = "جديد."
    office.save()
    assert status(office, "ar") == ledger.CURRENT
    assert status(office, "fa") == ledger.OUTDATED


def test_reverting_the_german_text_makes_the_translations_current_again(office):
    office.mission_de = "Neu."
    office.save()
    office.mission_de = "Wir beraten."
    office.save()
    assert status(office, "ar") == ledger.MACHINE_TRANSLATED
    assert TranslationState.objects.get(object_id=office.pk, field="mission", language="ar").source_changed_at is None


def test_emptying_a_translation_makes_it_missing_and_deleting_the_object_its_entries(office):
    office.mission_uk = ""
    office.save()
    assert status(office, "uk") == ledger.MISSING
    office.delete()
    assert not TranslationState.objects.filter(object_id=office.pk, field="mission").exists()


def test_coverage_counts_each_status_per_language(office):
    office.mission_de = "Neu."
    office.save()
    result = coverage("ar", [models.Office])
    assert result[ledger.OUTDATED] == 1
    output = StringIO()
    call_command("translation_coverage", "--language", "ar", stdout=output)
    header, line = output.getvalue().splitlines()
    assert header.split()[:6] == ["language", "texts", "missing", "machine", "reviewed", "outdated"]
    assert "(ar)" in line


def machine_translated_office(name):
    office = OfficeFactory(name=name, mission_de="Wir beraten.")
    with ledger.recording(ledger.MACHINE, ["uk"]):
        office.mission_uk = "Ми консультуємо."
        office.save()
    return office


def test_a_page_reads_the_ledger_of_the_objects_it_shows_not_of_the_installation(client):
    """With 11,000 cities a language has hundreds of thousands of entries: a page reads its own."""
    shown, other = machine_translated_office("Gezeigt"), machine_translated_office("Anderswo")
    other.mission_de = "Wir beraten anders."
    other.save()  # its translation is now outdated: a page reading it would know
    html = client.get("/uk" + shown.get_absolute_url()[3:]).content.decode()
    assert "Ми консультуємо." in html
    entries, read = ledger._memo.read["uk"]  # what the request read, kept until the next one starts
    assert shown.pk in read["offices.office"] and other.pk not in read["offices.office"]
    assert {key[1] for key in entries if key[0] == "offices.office"} == {shown.pk}


def test_objects_loaded_after_the_first_read_are_read_too_in_one_more_query(django_assert_num_queries):
    first, second = machine_translated_office("Erstes"), machine_translated_office("Zweites")
    second.mission_de = "Wir beraten anders."
    second.save()
    ledger.start_request()
    loaded = models.Office.objects.get(pk=first.pk)
    with django_assert_num_queries(1):
        assert ledger.freshness(loaded, "mission", "uk").status == ledger.MACHINE_TRANSLATED
        assert ledger.freshness(loaded, "mission", "uk").status == ledger.MACHINE_TRANSLATED
    later = models.Office.objects.get(pk=second.pk)
    with django_assert_num_queries(1):
        assert ledger.freshness(later, "mission", "uk").status == ledger.OUTDATED


def test_an_object_loaded_before_the_request_began_is_still_judged_right():
    """Objects a process keeps across requests were not seen loading in this one: the one asked about is read."""
    office = models.Office.objects.get(pk=machine_translated_office("Behalten").pk)
    ledger.start_request()
    assert ledger.freshness(office, "mission", "uk").status == ledger.MACHINE_TRANSLATED
