"""Staff's translation page: XLIFF download and upload, refusals shown; office filters by status."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from translate.storage.xliff2 import Xliff2File

from core import ledger
from offices import models
from tests.factories import OfficeFactory

pytestmark = pytest.mark.django_db
PAGE = "/admin/translations/translationwork/"


@pytest.fixture
def office():
    office = OfficeFactory(mission_de="Wir beraten.")
    with ledger.recording(ledger.MACHINE, ["ar"]):
        office.mission_ar = "نحن نقدم المشورة."
        office.save()
    office.mission_de = "Wir beraten gern."
    office.save()
    return office


def test_download_and_upload_round_trip_from_the_admin(admin_client, office):
    assert admin_client.get(PAGE).status_code == 200
    response = admin_client.post(f"{PAGE}export/", {"offices": [office.pk], "language": "ar", "selection": "outdated"})
    assert response["Content-Type"] == "application/xliff+xml"
    store = Xliff2File.parsestring(response.content)
    [unit] = store.getunits()
    unit.target = "نحن نقدم المشورة بسرور."
    upload = SimpleUploadedFile("ar.xlf", bytes(store), content_type="application/xliff+xml")
    page = admin_client.post(f"{PAGE}import/", {"file": upload}, follow=True).content.decode()
    assert "1 translations written" in page or "1 Übersetzungen" in page
    assert ledger.freshness(models.Office.objects.get(pk=office.pk), "mission", "ar").status == ledger.CURRENT


def test_a_refused_upload_lists_each_unit(admin_client, office):
    store = Xliff2File.parsestring(
        admin_client.post(f"{PAGE}export/", {"offices": [office.pk], "language": "ar", "selection": "all"}).content
    )
    office.mission_de = "Schon wieder anders."
    office.save()
    upload = SimpleUploadedFile("ar.xlf", bytes(store))
    page = admin_client.post(f"{PAGE}import/", {"file": upload}, follow=True).content.decode()
    assert f"offices.office:{office.pk}:mission" in page


@pytest.mark.parametrize(("parameter", "found"), [("outdated_translation", True), ("machine_translation", False)])
def test_office_list_filters_by_status_in_a_language(admin_client, office, parameter, found):
    other = OfficeFactory(mission_de="Anderes.")
    response = admin_client.get("/admin/offices/office/", {parameter: "ar"})
    shown = set(response.context["cl"].result_list)
    assert (office in shown) is found and other not in shown
