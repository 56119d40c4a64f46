"""Two cities with one of everything, and staff of every role signed in as real users."""

import datetime
from types import SimpleNamespace

import pytest
from django.test import Client

from offices import models
from staff.scoping import CITY_STAFF, EDITORS, PORTAL_ADMINISTRATORS
from tests.factories import PASSWORD, CityFactory, ClosureNoticeFactory, OfficeFactory, StaffFactory

__all__ = ["PASSWORD"]


def build_city(slug: str, short_name: str, federal_state: str) -> SimpleNamespace:
    """A city with two offices; `office` has one object of every kind."""
    city = CityFactory(name=f"Stadt {short_name}", short_name=short_name, slug=slug, federal_state=federal_state)
    office = OfficeFactory(city=city, kind="integration", name=f"Integrationsbüro {short_name}", slug="integration")
    other_office = OfficeFactory(city=city, kind="equality", name=f"Gleichstellungsbüro {short_name}", slug="equality")
    task_group = models.TaskGroup.objects.create(office=office, title=f"Aufgaben {short_name}")
    day = datetime.date(2026, 12, 4)

    def notice(title, **fields):
        return ClosureNoticeFactory(city=city, title=title, message="Geschlossen", day=day, **fields)

    objects = {
        models.City: city,
        models.Office: office,
        models.TaskGroup: task_group,
        models.Task: models.Task.objects.create(group=task_group, text=f"Beratung in {short_name}"),
        models.TargetGroup: models.TargetGroup.objects.create(office=office, description=f"Zugewanderte {short_name}"),
        models.ContactPerson: models.ContactPerson.objects.create(
            office=office, name=f"Kontakt {short_name}", role="x"
        ),
        models.Address: models.Address.objects.create(
            office=office, kind="002", street=f"Rathausplatz {short_name}", postal_code="01067", locality=short_name
        ),
        models.OpeningHours: models.OpeningHours.objects.create(office=office, by_appointment=True, note=short_name),
        models.Membership: models.Membership.objects.create(office=office, body=f"Netzwerk {short_name}", role="x"),
        models.CooperationProject: models.CooperationProject.objects.create(
            office=office, name=f"Projekt {short_name}"
        ),
        models.Referral: models.Referral.objects.create(
            office=office, authority=f"Ausländerbehörde {short_name}", reason="x"
        ),
        models.RelatedLink: models.RelatedLink.objects.create(office=office, title=f"Link {short_name}"),
        models.LocalHelpline: models.LocalHelpline.objects.create(
            office=office, name=f"Frauenschutzhaus {short_name}", phone="0351 000000"
        ),
        models.Activity: models.Activity.objects.create(office=office, kind="report", title=f"Bericht {short_name}"),
        models.ClosureNotice: notice(f"Schließtag {short_name}", office=office),
        models.PrizeCall: models.PrizeCall.objects.create(
            office=office,
            name="Integrationspreis",
            slug="integrationspreis",
            title=f"Integrationspreis {short_name}",
            description="d",
            deadline=datetime.date(2027, 4, 28),
        ),
    }
    return SimpleNamespace(
        city=city,
        office=office,
        other_office=other_office,
        objects=objects,
        draft=notice(f"Entwurf {short_name}", office=office, status="draft"),
        citywide=notice(f"Alle Büros {short_name}", office=None),
        other_office_notice=notice(f"Anderes Büro {short_name}", office=other_office),
    )


@pytest.fixture
def dresden(db):
    return build_city("dresden", "Dresden", "SN")


@pytest.fixture
def kassel(db):
    return build_city("kassel", "Kassel", "HE")


@pytest.fixture
def make_staff(db):
    def make(username, group=None, cities=(), offices=(), **fields):
        return StaffFactory(username=username, role=group, cities=cities, offices=offices, **fields)

    return make


@pytest.fixture
def users(make_staff, dresden, kassel):
    """One user per role; the assigned ones work in Dresden."""
    return SimpleNamespace(
        superuser=make_staff("root", is_superuser=True),
        administrator=make_staff("verwaltung", PORTAL_ADMINISTRATORS),
        city_staff=make_staff("stadt-dresden", CITY_STAFF, cities=[dresden.city]),
        editor=make_staff("redaktion-iab", EDITORS, offices=[dresden.office]),
        city_editor=make_staff("redaktion-dresden", EDITORS, cities=[dresden.city]),
        unassigned=make_staff("neu", CITY_STAFF),
    )


@pytest.fixture
def client_for(sign_in_staff):
    """A client signed in as the user, past the one-time password."""
    return lambda user: sign_in_staff(Client(), user)
