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
    office.mission_de = "Wir beraten und vermitteln."
    office.save()
    assert {status(office, code) for code in OTHERS} == {ledger.OUTDATED}
    state = ledger.freshness(office, "mission", "ar")
    assert state.since is not None and state.machine


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
