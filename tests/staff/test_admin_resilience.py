"""A database that is unavailable for a moment does not throw away what a member of staff typed into the admin."""

import pytest
from django.contrib import admin
from django.db import OperationalError
from django.urls import reverse

from offices.models import ClosureNotice
from staff import admin as staff_admin
from tests.factories import OfficeFactory

pytestmark = pytest.mark.django_db


def closure(office):
    return {
        "city": office.city_id,
        "office": office.pk,
        "status": "published",
        "starts_on": "2024-11-13",
        "ends_on": "2024-11-13",
        "title_de": "Schließtag",
        "message_de": "Das Büro ist geschlossen.",
        "visible_from_0": "2024-11-07",
        "visible_from_1": "09:41",
    }


@pytest.fixture
def database_gone_for(monkeypatch):
    """The next `times` saves of a closure notice fail as a database that does not answer does."""
    model_admin = admin.site.get_model_admin(ClosureNotice)
    original = type(model_admin).save_model
    state = {"left": 0}

    def save_model(self, request, obj, form, change):
        if state["left"]:
            state["left"] -= 1
            raise OperationalError("database is locked")
        return original(self, request, obj, form, change)

    monkeypatch.setattr(type(model_admin), "save_model", save_model)
    monkeypatch.setattr(staff_admin, "SAVE_RETRY_PAUSE", 0)

    def fail(times):
        state["left"] = times

    return fail


def test_a_save_during_a_moments_outage_is_kept(admin_client, database_gone_for, caplog):
    office = OfficeFactory()
    database_gone_for(1)
    response = admin_client.post(reverse("admin:offices_closurenotice_add"), closure(office))
    assert response.status_code == 302
    assert ClosureNotice.objects.filter(title_de="Schließtag").count() == 1
    assert "trying once more" in caplog.text


def test_a_longer_outage_gets_the_friendly_503_and_saves_nothing_half(admin_client, database_gone_for):
    office = OfficeFactory()
    database_gone_for(2)
    response = admin_client.post(reverse("admin:offices_closurenotice_add"), closure(office))
    assert response.status_code == 503
    assert not ClosureNotice.objects.filter(title_de="Schließtag").exists()
