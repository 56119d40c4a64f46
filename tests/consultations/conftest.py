import datetime

import holidays
import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone

from tests.factories import (
    BERLIN,
    CityFactory,
    ConsultationHourFactory,
    CounsellingOfferFactory,
    OfficeFactory,
    StaffFactory,
)


def at(day: str, time: str = "08:00") -> datetime.datetime:
    """An instant given as Berlin wall-clock time."""
    return datetime.datetime.fromisoformat(f"{day}T{time}").replace(tzinfo=BERLIN)


def create_office(city_slug="zwickau", state="SN", office_slug="integration", email="office@zwickau.example"):
    city = CityFactory(
        slug=city_slug, name=f"Stadt {city_slug.title()}", short_name=city_slug.title(), federal_state=state
    )
    return OfficeFactory(city=city, name="Integrationsbeauftragte", slug=office_slug, email=email)


def create_offer(office, slug="aufenthaltsrecht", **fields):
    defaults = {
        "topic_de": "Beratung zum Aufenthaltsrecht",
        "topic_en": "Advice on residence law",
        "audience_de": "Alle, die in der Stadt leben",
        "in_person": True,
        "by_phone": True,
        "languages": "de,en",
    }
    return CounsellingOfferFactory(office=office, slug=slug, **(defaults | fields))


def create_weekday_windows(office, offer=None, start=datetime.time(9), end=datetime.time(15), days=range(1, 6)):
    return [
        ConsultationHourFactory(office=office, offer=offer, weekday=day, starts_at=start, ends_at=end) for day in days
    ]


@pytest.fixture
def office(db):
    return create_office()


@pytest.fixture
def offer(office):
    offer = create_offer(office)
    create_weekday_windows(office)
    return offer


def next_bookable_day(office, after: datetime.date | None = None) -> datetime.date:
    """The next weekday from tomorrow on that is no public holiday of the office's state: a time "next week"."""
    day = after or timezone.localdate()
    calendar = holidays.country_holidays("DE", subdiv=office.city.federal_state, years=[day.year, day.year + 1])
    day += datetime.timedelta(days=1)
    while day.isoweekday() > 5 or day in calendar:
        day += datetime.timedelta(days=1)
    return day


def request_data(offer, day: datetime.date, /, **overrides) -> dict:
    data = {
        "offer": str(offer.pk),
        "window_1_day": day.isoformat(),
        "window_1_start": "10:00",
        "window_1_end": "11:00",
        "preferred_language": "de",
        "mode": "",
        "name": "Amina Rahimi",
        "email": "amina@example.org",
        "phone": "",
        "message": "Ich habe eine Frage zu meiner Aufenthaltserlaubnis.",
        "consent": "on",
        "website": "",
    }
    return data | overrides


@pytest.fixture
def staff_without_assignment(db):
    """A staff member with every permission on requests but assigned to no office."""
    user = StaffFactory(username="dresden-staff")
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="consultations"))
    return user
