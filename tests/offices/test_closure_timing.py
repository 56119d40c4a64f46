"""When a closure starts and ends, and when residents see its notice: the one definition on ClosureNotice.

Every moment is Berlin wall-clock time unless it says UTC; the spans are checked in UTC too, so a
wrong offset (a fixed +01:00, or hours added across a clock change) cannot pass as the right one.
"""

import datetime
from zoneinfo import ZoneInfo

import pytest

from offices.models import City, ClosureNotice, Office

BERLIN = ZoneInfo("Europe/Berlin")
UTC = datetime.UTC


def berlin(*parts) -> datetime.datetime:
    return datetime.datetime(*parts, tzinfo=BERLIN)


def notice(starts_on, ends_on=None, starts_at=None, ends_at=None, **fields) -> ClosureNotice:
    return ClosureNotice(
        title="Geschlossen",
        message="x",
        starts_on=starts_on,
        ends_on=ends_on or starts_on,
        starts_at=starts_at,
        ends_at=ends_at,
        **fields,
    )


def in_utc(span) -> tuple[datetime.datetime, datetime.datetime]:
    return tuple(moment.astimezone(UTC) for moment in span)


# The span


def test_a_whole_day_runs_from_midnight_to_the_next_midnight_exclusive():
    day = notice(datetime.date(2026, 12, 2))
    assert day.is_all_day
    assert in_utc(day.span) == (
        datetime.datetime(2026, 12, 1, 23, tzinfo=UTC),
        datetime.datetime(2026, 12, 2, 23, tzinfo=UTC),
    )
    assert day.covers(berlin(2026, 12, 2, 0, 0))
    assert day.covers(berlin(2026, 12, 2, 23, 59, 59, 999999))
    assert not day.covers(berlin(2026, 12, 3, 0, 0))  # the end is exclusive
    assert not day.covers(berlin(2026, 12, 1, 23, 59, 59, 999999))


def test_a_span_across_the_spring_change_has_a_23_hour_day():
    weekend = notice(datetime.date(2026, 3, 28), datetime.date(2026, 3, 29))
    start, end = weekend.span
    assert in_utc(weekend.span) == (
        datetime.datetime(2026, 3, 27, 23, tzinfo=UTC),  # 00:00 CET
        datetime.datetime(2026, 3, 29, 22, tzinfo=UTC),  # 00:00 CEST
    )
    assert end.astimezone(UTC) - start.astimezone(UTC) == datetime.timedelta(hours=47)


def test_times_of_day_across_the_autumn_change_keep_their_wall_clock_time():
    """Saturday 12:00 CEST to Monday 10:00 CET: 47 hours of real time, though the wall clock moves on only 46."""
    closure = notice(datetime.date(2026, 10, 24), datetime.date(2026, 10, 26), datetime.time(12), datetime.time(10))
    assert not closure.is_all_day
    assert in_utc(closure.span) == (
        datetime.datetime(2026, 10, 24, 10, tzinfo=UTC),
        datetime.datetime(2026, 10, 26, 9, tzinfo=UTC),
    )
    assert closure.covers(datetime.datetime(2026, 10, 25, 1, 30, tzinfo=UTC))  # 02:30 the second time
    assert closure.covers(datetime.datetime(2026, 10, 26, 8, 59, tzinfo=UTC))  # 09:59 CET
    assert not closure.covers(datetime.datetime(2026, 10, 26, 9, 0, tzinfo=UTC))  # 10:00 CET


def test_a_single_day_with_times_covers_only_those_times():
    afternoon = notice(datetime.date(2026, 12, 1), starts_at=datetime.time(12), ends_at=datetime.time(14, 30))
    day = datetime.date(2026, 12, 1)
    assert [afternoon.covers(berlin(2026, 12, 1, *time)) for time in [(11, 59), (12, 0), (14, 29), (14, 30)]] == [
        False,
        True,
        True,
        False,
    ]
    assert afternoon.covers(datetime.datetime(2026, 12, 1, 11, 0, tzinfo=UTC))  # 12:00 in Berlin
    assert afternoon.overlaps(berlin(2026, 12, 1, 14), berlin(2026, 12, 1, 15))
    assert not afternoon.overlaps(berlin(2026, 12, 1, 14, 30), berlin(2026, 12, 1, 15))
    assert not afternoon.overlaps(berlin(2026, 12, 1, 10), berlin(2026, 12, 1, 12))
    assert afternoon.closes_on(day) and not afternoon.closes_all_day(day)
    assert not afternoon.closes_on(day + datetime.timedelta(days=1))
    assert afternoon.whole_days is None


def test_only_a_start_time_closes_to_the_end_of_the_last_day_and_only_an_end_time_from_the_first_midnight():
    from_noon = notice(datetime.date(2026, 12, 4), datetime.date(2026, 12, 5), starts_at=datetime.time(12))
    assert from_noon.span == (berlin(2026, 12, 4, 12), berlin(2026, 12, 6, 0))
    until_noon = notice(datetime.date(2026, 12, 4), datetime.date(2026, 12, 5), ends_at=datetime.time(12))
    assert until_noon.span == (berlin(2026, 12, 4, 0), berlin(2026, 12, 5, 12))


# The days it closes


def test_whole_days_leave_out_days_closed_only_in_part():
    assert notice(datetime.date(2026, 12, 24), datetime.date(2026, 12, 31)).whole_days == (
        datetime.date(2026, 12, 24),
        datetime.date(2026, 12, 31),
    )
    noon_to_noon = notice(datetime.date(2026, 12, 7), datetime.date(2026, 12, 9), datetime.time(12), datetime.time(12))
    assert noon_to_noon.whole_days == (datetime.date(2026, 12, 8), datetime.date(2026, 12, 8))
    assert [noon_to_noon.closes_all_day(datetime.date(2026, 12, day)) for day in (7, 8, 9)] == [False, True, False]
    assert [noon_to_noon.closes_on(datetime.date(2026, 12, day)) for day in (6, 7, 8, 9, 10)] == [
        False,
        True,
        True,
        True,
        False,
    ]
    assert notice(datetime.date(2026, 12, 4), starts_at=datetime.time(12)).whole_days is None


def test_a_closure_ending_at_midnight_does_not_close_its_last_day():
    until_midnight = notice(datetime.date(2026, 12, 4), datetime.date(2026, 12, 5), ends_at=datetime.time(0))
    assert until_midnight.closes_on(datetime.date(2026, 12, 4)) and until_midnight.closes_all_day(
        datetime.date(2026, 12, 4)
    )
    assert not until_midnight.closes_on(datetime.date(2026, 12, 5))
    assert until_midnight.whole_days == (datetime.date(2026, 12, 4), datetime.date(2026, 12, 4))


def test_whole_days_across_a_clock_change():
    assert notice(datetime.date(2026, 3, 29)).closes_all_day(datetime.date(2026, 3, 29))
    assert notice(datetime.date(2026, 10, 25)).whole_days == (datetime.date(2026, 10, 25), datetime.date(2026, 10, 25))


# Who sees a notice when: the querysets and the standing of loaded notices give the same answers


@pytest.fixture
def office(db):
    city = City.objects.create(name="Stadt Teststadt", short_name="Teststadt", slug="teststadt", federal_state="SN")
    return Office.objects.create(city=city, kind="integration", name="Integrationsbeauftragte", slug="integration")


def create(office, title, starts_on, ends_on=None, **fields) -> ClosureNotice:
    fields = {"status": ClosureNotice.Status.PUBLISHED, "visible_from": None, "ends_on": ends_on or starts_on} | fields
    return ClosureNotice.objects.create(
        city=office.city, office=office, title=title, message="x", starts_on=starts_on, **fields
    )


def titles(notices) -> set[str]:
    return {notice.title for notice in notices}


def test_a_new_notice_is_a_draft_and_a_draft_is_nowhere(office):
    draft = ClosureNotice.objects.create(
        city=office.city, office=office, title="Entwurf", message="x", starts_on=datetime.date(2026, 12, 2),
        ends_on=datetime.date(2026, 12, 2), visible_from=None,
    )  # fmt: skip
    assert draft.status == ClosureNotice.Status.DRAFT
    assert not ClosureNotice.objects.published().exists()
    assert not ClosureNotice.objects.listed_at(berlin(2027, 1, 1, 12)).exists()


def test_notices_of_unpublished_offices_and_cities_are_not_published(office):
    create(office, "Büro", datetime.date(2026, 12, 2))
    ClosureNotice.objects.create(
        city=office.city, title="Stadt", message="x", starts_on=datetime.date(2026, 12, 2),
        ends_on=datetime.date(2026, 12, 2), status="published",
    )  # fmt: skip
    assert titles(ClosureNotice.objects.published()) == {"Büro", "Stadt"}
    Office.objects.filter(pk=office.pk).update(is_published=False)
    assert titles(ClosureNotice.objects.published()) == {"Stadt"}
    City.objects.filter(pk=office.city_id).update(is_published=False)
    assert titles(ClosureNotice.objects.published()) == set()


MOMENTS = [
    berlin(2026, 11, 30, 9, 59),
    berlin(2026, 11, 30, 10, 0),
    berlin(2026, 12, 2, 23, 59),
    berlin(2026, 12, 3, 0, 0),
    berlin(2026, 12, 3, 18, 0),
    berlin(2026, 12, 10, 12, 0),
]


@pytest.mark.parametrize("moment", MOMENTS, ids=str)
def test_shown_past_and_listed_agree_between_querysets_and_loaded_notices(office, moment):
    create(office, "ab 10 Uhr angekündigt", datetime.date(2026, 12, 2), visible_from=berlin(2026, 11, 30, 10))
    create(office, "bis zum Ende", datetime.date(2026, 12, 1), datetime.date(2026, 12, 2))
    create(office, "zurückgezogen", datetime.date(2026, 12, 5), visible_until=berlin(2026, 12, 3, 18))
    create(office, "vorbei", datetime.date(2026, 11, 2))
    loaded = list(ClosureNotice.objects.for_office(office).published().with_standing(moment))
    today = moment.date()
    assert titles(notice for notice in loaded if notice.is_shown) == titles(ClosureNotice.objects.shown_at(moment))
    assert titles(notice for notice in loaded if notice.is_past) == titles(ClosureNotice.objects.past(today))
    assert titles(notice for notice in loaded if notice.is_listed) == titles(ClosureNotice.objects.listed_at(moment))


def test_what_residents_see_moment_by_moment(office):
    create(office, "angekündigt", datetime.date(2026, 12, 2), visible_from=berlin(2026, 11, 30, 10))
    create(office, "zurückgezogen", datetime.date(2026, 12, 5), visible_until=berlin(2026, 12, 3, 18))
    shown = [titles(ClosureNotice.objects.shown_at(moment)) for moment in MOMENTS]
    assert shown == [
        {"zurückgezogen"},
        {"angekündigt", "zurückgezogen"},
        {"angekündigt", "zurückgezogen"},  # shown to the end of its last day
        {"zurückgezogen"},
        set(),  # withdrawn at its "show until" minute
        set(),
    ]
    # Past closures stay listed; one withdrawn before it took place is listed again only once it is over.
    assert titles(ClosureNotice.objects.listed_at(berlin(2026, 12, 4, 12))) == {"angekündigt"}
    assert titles(ClosureNotice.objects.listed_at(berlin(2026, 12, 6, 0))) == {"angekündigt", "zurückgezogen"}
    assert titles(ClosureNotice.objects.past(datetime.date(2026, 12, 3))) == {"angekündigt"}


def test_next_change_is_the_next_show_or_hide_minute_or_midnight(office):
    create(office, "angekündigt", datetime.date(2026, 12, 2), visible_from=berlin(2026, 11, 30, 10))
    create(office, "zurückgezogen", datetime.date(2026, 12, 5), visible_until=berlin(2026, 12, 3, 18))
    create(office, "Entwurf", datetime.date(2026, 12, 5), visible_from=berlin(2026, 11, 30, 9), status="draft")
    assert ClosureNotice.objects.next_change(berlin(2026, 11, 30, 8)) == berlin(2026, 11, 30, 10)
    assert ClosureNotice.objects.next_change(berlin(2026, 11, 30, 10)) == berlin(2026, 12, 1, 0)
    assert ClosureNotice.objects.next_change(berlin(2026, 12, 3, 12)) == berlin(2026, 12, 3, 18)
