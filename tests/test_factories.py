"""The factories build valid objects, and the one clock reaches what the models stamp by themselves."""

import datetime

import pytest
from django.contrib.auth.models import Group

from consultations.models import AppointmentRequest
from offices import models
from staff.scoping import CITY_STAFF, EDITORS, PORTAL_ADMINISTRATORS
from tests import factories

pytestmark = pytest.mark.django_db


def test_each_factory_builds_an_object_that_passes_its_models_validation():
    office = factories.OfficeFactory()
    unit = factories.UnitFactory(parent=office)
    group = factories.TaskGroupFactory(office=office)
    offer = factories.CounsellingOfferFactory(office=office)
    built = [
        office.city,
        office,
        unit,
        group,
        factories.TaskFactory(group=group),
        factories.TargetGroupFactory(office=office),
        factories.ContactPersonFactory(office=office),
        factories.AddressFactory(office=office),
        factories.ReferralFactory(office=office),
        factories.ClosureNoticeFactory(office=office),
        factories.ClosureNoticeFactory(office=None, city=office.city),
        factories.PrizeCallFactory(office=office),
        offer,
        factories.ConsultationHourFactory(offer=offer),
        factories.AppointmentRequestFactory(offer=offer),
    ]
    for obj in built:
        obj.full_clean()
    assert unit.city == office.city and unit.parent == office
    assert built[-1].office == office


def test_translated_fields_are_german_whatever_language_is_active():
    from django.utils import translation

    with translation.override("en"):
        office = factories.OfficeFactory(name="Integrationsbeauftragte", name_en="Integration commissioner")
    office.refresh_from_db()
    assert (office.name_de, office.name_en) == ("Integrationsbeauftragte", "Integration commissioner")
    assert office.city.name_de.startswith("Stadt ")


@pytest.mark.parametrize(
    ("factory", "role"),
    [
        (factories.PortalAdministratorFactory, PORTAL_ADMINISTRATORS),
        (factories.CityStaffFactory, CITY_STAFF),
        (factories.EditorFactory, EDITORS),
    ],
)
def test_each_role_has_its_group_and_its_assignments(factory, role):
    office = factories.OfficeFactory()
    user = factory(cities=[office.city], offices=[office])
    assert list(user.groups.all()) == [Group.objects.get(name=role)]
    assert [a.city for a in user.city_assignments.all()] == [office.city]
    assert [a.office for a in user.office_assignments.all()] == [office]
    assert user.is_staff and not user.is_superuser
    assert user.check_password(factories.PASSWORD)


def test_the_clock_reaches_field_defaults_and_auto_now(clock):
    clock.set(2020, 3, 29, 1, 59, 59)  # a second before Berlin's spring change
    notice = factories.ClosureNoticeFactory()
    request = factories.AppointmentRequestFactory()
    moment = datetime.datetime(2020, 3, 29, 0, 59, 59, tzinfo=datetime.UTC)
    assert notice.starts_on == datetime.date(2020, 3, 29)
    assert notice.visible_from == notice.created_at == notice.updated_at == moment
    assert AppointmentRequest.objects.get().created_at == request.created_at == moment
    clock.shift(datetime.timedelta(seconds=1))
    assert clock.now.hour == 3  # 02:00 does not exist that night
    notice.save()
    assert models.ClosureNotice.objects.get().updated_at == moment + datetime.timedelta(seconds=1)
