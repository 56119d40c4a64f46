"""factory_boy factories for the domain: each builds a valid object with as little as a test has to say.

Translated fields are given by their plain name and land in the German column: every factory creates its
object with German active, whatever language the test switched to, because German is the language every
record has (modeltranslation writes `name=` to the active language's column). A test that needs another
language says so with the suffixed field, e.g. `OfficeFactory(name_en="Integration commissioner")`.

Dates default to today by the clock the test runs on (tests/conftest.py `clock`), so a notice created
after `clock.move_to(...)` is a notice of that day.
"""

import datetime
import zoneinfo

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone, translation
from django.utils.text import slugify
from factory.django import DjangoModelFactory

from consultations.models import AppointmentRequest, ConsultationHour, CounsellingOffer
from offices import models
from staff.models import CityAssignment, OfficeAssignment
from staff.scoping import CITY_STAFF, EDITORS, PORTAL_ADMINISTRATORS

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
PASSWORD = "korrekt-Pferd-Batterie-42"


class GermanFactory(DjangoModelFactory):
    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # A test's `topic_de=` wins over the factory's `topic`: both would fill the same column.
        kwargs = {name: value for name, value in kwargs.items() if f"{name}_de" not in kwargs}
        with translation.override("de"):
            return super()._create(model_class, *args, **kwargs)


# Offices


class CityFactory(GermanFactory):
    class Meta:
        model = models.City
        django_get_or_create = ("slug",)

    short_name = factory.Sequence(lambda n: f"Beispielstadt {n}")
    name = factory.LazyAttribute(lambda city: f"Stadt {city.short_name}")
    slug = factory.LazyAttribute(lambda city: slugify(city.short_name))
    federal_state = "SN"


class OfficeFactory(GermanFactory):
    class Meta:
        model = models.Office

    city = factory.SubFactory(CityFactory)
    kind = models.OfficeKind.INTEGRATION
    name = factory.Sequence(lambda n: f"Integrationsbeauftragte {n}")
    slug = factory.LazyAttribute(lambda office: slugify(office.name))


class UnitFactory(OfficeFactory):
    """An office inside another one, as Kassel's women's commissioner is in its equal-opportunity office."""

    parent = factory.SubFactory(OfficeFactory)
    city = factory.SelfAttribute("parent.city")
    kind = models.OfficeKind.WOMEN
    name = factory.Sequence(lambda n: f"Frauenbeauftragte {n}")


class TaskGroupFactory(GermanFactory):
    class Meta:
        model = models.TaskGroup

    office = factory.SubFactory(OfficeFactory)
    title = "Aufgaben"


class TaskFactory(GermanFactory):
    class Meta:
        model = models.Task

    group = factory.SubFactory(TaskGroupFactory)
    text = factory.Sequence(lambda n: f"Aufgabe {n}")


class TargetGroupFactory(GermanFactory):
    class Meta:
        model = models.TargetGroup

    office = factory.SubFactory(OfficeFactory)
    description = factory.Sequence(lambda n: f"Zielgruppe {n}")


class ContactPersonFactory(GermanFactory):
    class Meta:
        model = models.ContactPerson

    office = factory.SubFactory(OfficeFactory)
    name = factory.Sequence(lambda n: f"Kontaktperson {n}")
    role = "Beauftragte"


class AddressFactory(GermanFactory):
    class Meta:
        model = models.Address

    office = factory.SubFactory(OfficeFactory)
    kind = models.Address.Kind.VISITOR
    street = "Rathausplatz 1"
    postal_code = "01067"
    locality = factory.LazyAttribute(lambda address: address.office.city.short_name)


class ReferralFactory(GermanFactory):
    class Meta:
        model = models.Referral

    office = factory.SubFactory(OfficeFactory)
    authority = "Ausländerbehörde"
    reason = "Bei Fragen zu Ihrem Aufenthalt"


def _today(_obj=None) -> datetime.date:
    return timezone.localdate()


class ClosureNoticeFactory(GermanFactory):
    """A published notice of one office, closed for one day (today unless `day` or the dates say otherwise).

    `office=None` with a `city` makes a notice for all offices of the city.
    """

    class Meta:
        model = models.ClosureNotice

    class Params:
        day = None

    office = factory.SubFactory(OfficeFactory)
    city = factory.LazyAttribute(lambda notice: notice.office.city if notice.office else CityFactory())
    title = "Geschlossen"
    message = "Das Büro bleibt geschlossen."
    starts_on = factory.LazyAttribute(lambda notice: notice.day or _today())
    ends_on = factory.SelfAttribute("starts_on")
    # Said outright rather than left to the model's default, so a notice here is published either way.
    status = models.ClosureNotice.Status.PUBLISHED


class PrizeCallFactory(GermanFactory):
    class Meta:
        model = models.PrizeCall

    office = factory.SubFactory(OfficeFactory)
    name = "Integrationspreis"
    slug = factory.Sequence(lambda n: f"integrationspreis-{n}")
    title = factory.LazyAttribute(lambda prize: f"{prize.name} der Stadt")
    description = "Ausgezeichnet werden Projekte, die das Zusammenleben fördern."
    deadline = factory.LazyFunction(lambda: _today() + datetime.timedelta(days=30))


# Consultations


class CounsellingOfferFactory(GermanFactory):
    class Meta:
        model = CounsellingOffer

    office = factory.SubFactory(OfficeFactory)
    slug = factory.Sequence(lambda n: f"beratung-{n}")
    topic = factory.Sequence(lambda n: f"Beratung {n}")


class ConsultationHourFactory(GermanFactory):
    """A weekly request window, Monday 9:00–15:00 unless told otherwise."""

    class Meta:
        model = ConsultationHour

    office = factory.LazyAttribute(lambda hour: hour.offer.office if hour.offer else OfficeFactory())
    offer = None
    kind = ConsultationHour.Kind.REQUESTS
    weekday = ConsultationHour.Weekday.MONDAY
    starts_at = datetime.time(9)
    ends_at = datetime.time(15)


class AppointmentRequestFactory(GermanFactory):
    class Meta:
        model = AppointmentRequest

    offer = factory.SubFactory(CounsellingOfferFactory)
    office = factory.SelfAttribute("offer.office")
    name = "Amina Rahimi"
    email = "amina@example.org"
    preferred_language = "de"
    language = "de"
    message = "Ich habe eine Frage zu meiner Aufenthaltserlaubnis."
    consent_given_at = factory.LazyFunction(timezone.now)


# Staff: one factory per role (the groups of staff/migrations/0002_roles.py), with their assignments.


class UserFactory(DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True  # the hooks save what they add

    username = factory.Sequence(lambda n: f"nutzer-{n}")
    password = factory.django.Password(PASSWORD)


class StaffFactory(UserFactory):
    """A staff member; `role=` names a group, `cities=` and `offices=` are what they are assigned to."""

    is_staff = True

    @factory.post_generation
    def role(user, create, extracted, **kwargs):
        if extracted:
            user.groups.add(Group.objects.get(name=extracted))

    @factory.post_generation
    def cities(user, create, extracted, **kwargs):
        for city in extracted or ():
            CityAssignment.objects.create(user=user, city=city)

    @factory.post_generation
    def offices(user, create, extracted, **kwargs):
        for office in extracted or ():
            OfficeAssignment.objects.create(user=user, office=office)


class SuperuserFactory(StaffFactory):
    is_superuser = True


class PortalAdministratorFactory(StaffFactory):
    role = factory.PostGeneration(lambda user, create, extracted, **kw: _join(user, extracted or PORTAL_ADMINISTRATORS))


class CityStaffFactory(StaffFactory):
    role = factory.PostGeneration(lambda user, create, extracted, **kw: _join(user, extracted or CITY_STAFF))


class EditorFactory(StaffFactory):
    role = factory.PostGeneration(lambda user, create, extracted, **kw: _join(user, extracted or EDITORS))


def _join(user, group: str) -> None:
    user.groups.add(Group.objects.get(name=group))
