"""The database itself refuses impossible content, whatever writes it."""

import datetime
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from offices.models import Address, City, ClosureNotice, Office, OpeningHours, PrizeCall, Task, TaskGroup
from tests.factories import CityFactory, OfficeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def office(db):
    # Built by the factories; what the tests refuse is written with plain .objects.create, as any code might.
    city = CityFactory(name="Stadt Teststadt", short_name="Teststadt", slug="teststadt", federal_state="SN")
    return OfficeFactory(city=city, kind="integration", name="Integrationsbeauftragte", slug="integration")


def refused(create):
    with pytest.raises(IntegrityError), transaction.atomic():
        create()


def test_office_slug_unique_per_city_but_reusable_elsewhere(office):
    refused(lambda: Office.objects.create(city=office.city, kind="equality", name="Andere", slug=office.slug))
    other = City.objects.create(name="Stadt Nachbar", short_name="Nachbar", slug="nachbar", federal_state="TH")
    assert Office.objects.create(city=other, kind="equality", name="Andere", slug=office.slug).pk


def test_city_slug_unique_and_state_valid(office):
    refused(lambda: City.objects.create(name="X", short_name="X", slug="teststadt", federal_state="SN"))
    refused(lambda: City.objects.create(name="Y", short_name="Y", slug="y", federal_state="XX"))


def test_office_kind_must_be_known(office):
    refused(lambda: Office.objects.create(city=office.city, kind="mayor", name="X", slug="x"))


def test_office_cannot_be_its_own_parent(office):
    office.parent_id = office.pk
    refused(office.save)


def test_closure_cannot_end_before_it_starts(office):
    day = datetime.date(2024, 11, 13)
    refused(
        lambda: ClosureNotice.objects.create(
            office=office, title="x", message="x", starts_on=day, ends_on=day - datetime.timedelta(days=1)
        )
    )
    single_day = ClosureNotice.objects.create(office=office, title="x", message="x", starts_on=day, ends_on=day)
    assert single_day.city_id == office.city_id


def test_closure_single_day_times_ordered(office):
    day = datetime.date(2024, 11, 13)
    refused(
        lambda: ClosureNotice.objects.create(
            office=office,
            title="x",
            message="x",
            starts_on=day,
            ends_on=day,
            starts_at=datetime.time(14),
            ends_at=datetime.time(9),
        )
    )


def test_prize_amount_not_negative_and_slug_unique(office):
    deadline = datetime.date(2017, 4, 28)
    refused(
        lambda: PrizeCall.objects.create(
            office=office, name="P", slug="p", title="P", description="d", deadline=deadline, amount=Decimal("-1")
        )
    )
    PrizeCall.objects.create(office=office, name="P", slug="p", title="P", description="d", deadline=deadline)
    refused(
        lambda: PrizeCall.objects.create(
            office=office, name="Q", slug="p", title="Q", description="d", deadline=deadline
        )
    )


def test_address_shape_by_kind(office):
    refused(lambda: Address.objects.create(office=office, kind="003", postal_code="01001", locality="Dresden"))
    refused(lambda: Address.objects.create(office=office, kind="002", postal_code="01067", locality="Dresden"))
    refused(
        lambda: Address.objects.create(office=office, kind="002", street="Ring 1", postal_code="1067", locality="D")
    )
    po_box = Address.objects.create(
        office=office, kind="003", po_box="12 00 20", postal_code="01001", locality="Dresden"
    )
    assert str(po_box) == "Postfach 12 00 20, 01001 Dresden"


def test_opening_hours_by_appointment_or_ordered_times(office):
    refused(lambda: OpeningHours.objects.create(office=office, by_appointment=False))
    refused(
        lambda: OpeningHours.objects.create(office=office, weekday=1, opens=datetime.time(12), closes=datetime.time(9))
    )
    refused(lambda: OpeningHours.objects.create(office=office, by_appointment=True, weekday=1))
    assert OpeningHours.objects.create(office=office, by_appointment=True).pk


def test_task_cannot_be_its_own_parent(office):
    group = TaskGroup.objects.create(office=office, title="Aufgaben")
    task = Task.objects.create(group=group, text="Beratung")
    task.parent_id = task.pk
    refused(task.save)
