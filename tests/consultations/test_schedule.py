"""The next weeks' consultation times: correct across daylight saving, holidays of the right state, and closures."""

import datetime

import pytest

from consultations.models import ConsultationHour
from consultations.schedule import OfficeSchedule
from offices.models import ClosureNotice

from .conftest import at, create_offer, create_office, create_weekday_windows

pytestmark = pytest.mark.django_db
UTC = datetime.UTC


def real_length(occurrence) -> datetime.timedelta:
    # Subtracting two datetimes of the same zone gives wall-clock time; the real length needs UTC.
    return occurrence.ends.astimezone(UTC) - occurrence.starts.astimezone(UTC)


def test_monday_ten_oclock_stays_ten_oclock_across_the_spring_change(office):
    create_weekday_windows(office, start=datetime.time(10), end=datetime.time(11), days=[1])
    times = OfficeSchedule.load(office, now=at("2026-03-20")).upcoming(days=14)
    # 23 March is still winter time (UTC+1), 30 March summer time (UTC+2).
    assert [occurrence.starts.astimezone(UTC) for occurrence in times] == [
        datetime.datetime(2026, 3, 23, 9, tzinfo=UTC),
        datetime.datetime(2026, 3, 30, 8, tzinfo=UTC),
    ]
    assert [real_length(occurrence) for occurrence in times] == [datetime.timedelta(hours=1)] * 2


def test_sunday_hours_on_both_change_days_keep_their_wall_clock_time(office):
    ConsultationHour.objects.create(office=office, weekday=7, starts_at=datetime.time(9), ends_at=datetime.time(12))
    spring = OfficeSchedule.load(office, now=at("2026-03-28")).upcoming(days=2)
    autumn = OfficeSchedule.load(office, now=at("2026-10-24")).upcoming(days=2)
    assert [occurrence.starts.astimezone(UTC) for occurrence in spring] == [
        datetime.datetime(2026, 3, 29, 7, tzinfo=UTC)
    ]
    assert [occurrence.starts.astimezone(UTC) for occurrence in autumn] == [
        datetime.datetime(2026, 10, 25, 8, tzinfo=UTC)
    ]
    # 9:00–12:00 is three hours of real time on either day: the change happens at night.
    assert real_length(spring[0]) == real_length(autumn[0]) == datetime.timedelta(hours=3)


def test_public_holidays_cancel_hours_only_in_their_federal_state():
    # 18 November 2026, Buß- und Bettag: a public holiday in Saxony, not in Hesse.
    dresden = create_office("dresden", "SN")
    kassel = create_office("kassel", "HE")
    for office in (dresden, kassel):
        create_weekday_windows(office, days=[3])
    saxony = OfficeSchedule.load(dresden, now=at("2026-11-16")).upcoming(days=7)
    hesse = OfficeSchedule.load(kassel, now=at("2026-11-16")).upcoming(days=7)
    assert [(occurrence.day, occurrence.cancelled) for occurrence in saxony] == [(datetime.date(2026, 11, 18), True)]
    assert "Buß- und Bettag" in saxony[0].holiday
    assert [(occurrence.day, occurrence.cancelled, occurrence.holiday) for occurrence in hesse] == [
        (datetime.date(2026, 11, 18), False, "")
    ]


def test_a_published_closure_cancels_the_hours_it_covers_and_a_draft_does_not(office):
    create_weekday_windows(office)
    ClosureNotice.objects.create(
        office=office,
        title="Schließtag",
        message="Geschlossen",
        status=ClosureNotice.Status.PUBLISHED,
        starts_on=datetime.date(2026, 12, 2),
        ends_on=datetime.date(2026, 12, 3),
    )
    ClosureNotice.objects.create(
        office=office,
        title="Entwurf",
        message="x",
        starts_on=datetime.date(2026, 12, 4),
        ends_on=datetime.date(2026, 12, 4),
        status=ClosureNotice.Status.DRAFT,
    )
    times = OfficeSchedule.load(office, now=at("2026-11-30")).upcoming(days=5)
    assert [(occurrence.day.day, occurrence.cancelled) for occurrence in times] == [
        (30, False),
        (1, False),
        (2, True),
        (3, True),
        (4, False),
    ]
    assert times[2].closure.title == "Schließtag"


def test_a_closure_for_all_offices_of_the_city_cancels_this_office_too(office):
    create_weekday_windows(office, days=[2])
    ClosureNotice.objects.create(
        city=office.city,
        title="Betriebsversammlung",
        message="x",
        status=ClosureNotice.Status.PUBLISHED,
        starts_on=datetime.date(2026, 12, 1),
        ends_on=datetime.date(2026, 12, 1),
    )
    (tuesday,) = OfficeSchedule.load(office, now=at("2026-11-30")).upcoming(days=7)
    assert tuesday.cancelled and tuesday.closure.title == "Betriebsversammlung"


def test_a_closure_from_noon_leaves_the_morning_marked_as_partly_closed(office):
    create_weekday_windows(office, days=[2])
    ClosureNotice.objects.create(
        office=office,
        title="Ab 12 Uhr geschlossen",
        message="x",
        status=ClosureNotice.Status.PUBLISHED,
        starts_on=datetime.date(2026, 12, 1),
        ends_on=datetime.date(2026, 12, 1),
        starts_at=datetime.time(12),
        ends_at=datetime.time(18),
    )
    (tuesday,) = OfficeSchedule.load(office, now=at("2026-11-30")).upcoming(days=7)
    assert not tuesday.cancelled and tuesday.partly_closed and not tuesday.available


def test_hours_apply_only_within_their_validity_and_past_ones_are_left_out(office):
    ConsultationHour.objects.create(
        office=office,
        weekday=1,
        starts_at=datetime.time(9),
        ends_at=datetime.time(10),
        valid_from=datetime.date(2026, 12, 7),
        valid_until=datetime.date(2026, 12, 14),
    )
    times = OfficeSchedule.load(office, now=at("2026-11-30")).upcoming(days=28)
    assert [occurrence.day for occurrence in times] == [datetime.date(2026, 12, 7), datetime.date(2026, 12, 14)]
    # At 9:30 on 7 December that day's hour is still on; at 10:00 it is over.
    assert len(OfficeSchedule.load(office, now=at("2026-12-07", "09:30")).upcoming()) == 2
    assert len(OfficeSchedule.load(office, now=at("2026-12-07", "10:00")).upcoming()) == 1


def test_an_offers_own_hours_do_not_count_for_another_offer(office):
    residence = create_offer(office, slug="aufenthalt")
    violence = create_offer(office, slug="gewaltschutz", topic_de="Gewaltschutz")
    ConsultationHour.objects.create(
        office=office, offer=violence, weekday=4, starts_at=datetime.time(14), ends_at=datetime.time(16)
    )
    schedule = OfficeSchedule.load(office, now=at("2026-11-30"))
    assert schedule.upcoming(days=7, offer=residence) == []
    assert [occurrence.day for occurrence in schedule.upcoming(days=7, offer=violence)] == [datetime.date(2026, 12, 3)]
