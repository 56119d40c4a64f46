"""XLIFF 2.0 export and import, checked by parsing with translate-toolkit (translate.storage.xliff2), the
library agencies' tools build on: the Arabic outdated units round-trip; refusals leave everything as it was.
(No XLIFF 2.0 schema ships offline here; the tests check the structure the schema requires by hand.)"""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from lxml import etree
from translate.storage.xliff2 import Xliff2File

from core import ledger
from offices import models
from tests.factories import OfficeFactory, TaskFactory
from translations import xliff
from translations.units import units

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]
NS = "{urn:oasis:names:tc:xliff:document:2.0}"


@pytest.fixture
def office():
    office = OfficeFactory(mission_de="Wir beraten.", heading_de="Willkommen")
    with ledger.recording(ledger.MACHINE, ["ar"]):
        office.mission_ar, office.heading_ar = "نحن نقدم المشورة.", "أهلًا"
        office.save()
    office.mission_de = "Wir beraten und vermitteln."
    office.save()
    return office


def export(office, language="ar", select="todo") -> bytes:
    return xliff.export(list(units([office.pk], language, select)), language)


def test_the_outdated_arabic_units_export_as_xliff_2_with_source_notes_and_ids(office):
    TaskFactory(group__office=office, text_de="Beraten")
    store = Xliff2File.parsestring(export(office, select="outdated"))
    assert (store.getsourcelanguage(), store.gettargetlanguage()) == ("de", "ar")
    [unit] = store.getunits()
    assert unit.getid() == f"offices.office:{office.pk}:mission"
    assert unit.source == "Wir beraten und vermitteln." and unit.target == "نحن نقدم المشورة."
    # The notes sit in the <unit> as XLIFF 2.0 has them (translate-toolkit's getnotes() reads a segment's).
    notes = {note.get("category"): note.text for note in unit.getunitelement().iter(f"{NS}note")}
    label = str(models.Office._meta.get_field("mission").verbose_name)
    assert notes == {"field": label, "object": str(office), "status": "outdated"}
    root = etree.fromstring(export(office, select="outdated"))
    assert root.get("version") == "2.0"
    [xml_unit] = root.iter(f"{NS}unit")
    # notes before the segment, as the schema orders them
    assert [child.tag for child in xml_unit] == [f"{NS}notes", f"{NS}segment"]
    missing = {u.getid() for u in Xliff2File.parsestring(export(office, select="missing")).getunits()}
    assert any(":text" in unit_id for unit_id in missing)


def test_round_trip_writes_the_translation_and_marks_it_reviewed(office, tmp_path):
    store = Xliff2File.parsestring(export(office, select="outdated"))
    [unit] = store.getunits()
    unit.target = "نحن نقدم المشورة ونحيل."
    path = tmp_path / "ar.xlf"
    path.write_bytes(bytes(store))
    output = StringIO()
    call_command("import_xliff", str(path), stdout=output)
    assert "1 translations written" in output.getvalue()
    office.refresh_from_db()
    assert office.mission_ar == "نحن نقدم المشورة ونحيل."
    assert ledger.freshness(office, "mission", "ar").status == ledger.CURRENT
    # unchanged machine translation confirmed by the agency: reviewed too
    store = Xliff2File.parsestring(export(office, select="all"))
    call_command("import_xliff", str(_write(tmp_path, store)), stdout=StringIO())
    assert ledger.freshness(models.Office.objects.get(pk=office.pk), "heading", "ar").status == ledger.CURRENT


def _write(tmp_path, store):
    path = tmp_path / "again.xlf"
    path.write_bytes(bytes(store))
    return path


def test_a_unit_whose_german_source_changed_refuses_the_whole_file(office):
    store = Xliff2File.parsestring(export(office, select="all"))
    for unit in store.getunits():
        unit.target = "ترجمة"
    office.mission_de = "Noch einmal anders."
    office.save()
    with pytest.raises(xliff.ImportRefused) as refused:
        xliff.import_file(bytes(store))
    assert refused.value.messages == [
        f"Unit offices.office:{office.pk}:mission: the German text changed since the export; export it again."
    ]
    office.refresh_from_db()
    assert office.heading_ar == "أهلًا"  # the good unit was not written either


@pytest.mark.parametrize(
    "data",
    [
        b"not xml at all",
        b'<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"></xliff>',
        b'<?xml version="1.0"?><xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="de" '
        b'trgLang="xx"><file id="f"/></xliff>',
    ],
)
def test_malformed_files_are_refused_with_a_message(data):
    with pytest.raises(xliff.ImportRefused) as refused:
        xliff.import_file(data)
    assert refused.value.messages and refused.value.messages[0].startswith("The file")


def test_unknown_ids_are_refused_and_the_command_says_nothing_was_imported(office, tmp_path):
    store = Xliff2File.parsestring(export(office, select="all"))
    store.getunits()[0].setid("offices.office:999999:mission")
    path = tmp_path / "bad.xlf"
    path.write_bytes(bytes(store))
    with pytest.raises(CommandError, match="Nothing imported:\nUnit offices.office:999999:mission: no such text"):
        call_command("import_xliff", str(path))


def test_the_export_command_writes_a_file_per_city_and_language(office, tmp_path):
    path = tmp_path / "out.xlf"
    call_command("export_xliff", "ar", "--city", office.city.slug, "--output", str(path), stderr=StringIO())
    assert len(Xliff2File.parsestring(path.read_bytes()).getunits()) >= 1
