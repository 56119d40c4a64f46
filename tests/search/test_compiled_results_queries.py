"""The results page's queries compiled once (core.prepared) answer as their querysets do, on both databases."""

import datetime

import pytest
from django.db.models import Q
from django.utils import timezone

from core.prepared import rows
from offices.models import ClosureNotice, OpeningHours
from search.backends.base import padded
from search.results import Hours, closures_of, opening_hours_of, prize_calls_of
from tests import factories

pytestmark = pytest.mark.django_db

BERLIN = timezone.get_default_timezone()


def closures_by_orm(offices, cities, moment, day):
    return list(
        ClosureNotice.objects.shown_at(moment).filter(
            Q(office_id__in=offices) | Q(office__isnull=True, city_id__in=cities), starts_on__lte=day, ends_on__gte=day
        )
    )


def test_closures_are_those_of_the_queryset_at_every_moment():
    office = factories.OfficeFactory()
    other = factories.OfficeFactory(city=office.city)
    elsewhere = factories.OfficeFactory()
    day = datetime.date(2026, 12, 1)
    at = lambda hour, minute=0: datetime.datetime(2026, 12, 1, hour, minute, tzinfo=BERLIN)  # noqa: E731
    since = {"visible_from": at(0) - datetime.timedelta(days=7)}  # the default is the moment it is saved
    factories.ClosureNoticeFactory(office=office, day=day, **since)
    factories.ClosureNoticeFactory(office=office, day=day, visible_from=at(12), visible_until=at(15, 30))
    factories.ClosureNoticeFactory(office=None, city=office.city, day=day, **since)
    factories.ClosureNoticeFactory(office=other, day=day, **since)
    factories.ClosureNoticeFactory(office=elsewhere, day=day, **since)
    factories.ClosureNoticeFactory(office=office, day=day, status=ClosureNotice.Status.DRAFT, **since)
    factories.ClosureNoticeFactory(office=office, starts_on=day - datetime.timedelta(days=3), ends_on=day, **since)
    factories.ClosureNoticeFactory(office=office, day=day + datetime.timedelta(days=1), **since)
    offices, cities = padded([office.pk]), padded([office.city_id])
    seen = set()
    for moment in [at(8), at(12), at(15, 29), at(15, 30), at(23, 59)]:
        day = timezone.localdate(moment)
        expected = closures_by_orm(offices, cities, moment, day)
        found = rows(closures_of, offices, cities, moment, day)
        assert [(notice.pk, notice.visible_until, notice.ends_on) for notice in found] == [
            (notice.pk, notice.visible_until, notice.ends_on) for notice in expected
        ]
        assert all(isinstance(notice, ClosureNotice) for notice in found)
        seen.add(len(found))
    # The moments see different notices: the visible window counts, not just the day.
    assert seen == {3, 4}


def test_opening_hours_come_as_the_tuples_the_status_reads():
    office = factories.OfficeFactory()
    OpeningHours.objects.create(office=office, weekday=2, opens=datetime.time(9), closes=datetime.time(12))
    OpeningHours.objects.create(office=office, by_appointment=True)
    ids = padded([office.pk])
    hours = OpeningHours.objects.filter(office_id__in=ids).order_by("office_id", "position", "pk")
    expected = list(hours.values_list(*Hours._fields))
    assert rows(opening_hours_of, ids) == expected
    assert [Hours(*row).opens for row in rows(opening_hours_of, ids)] == [datetime.time(9), None]


def test_prize_calls_are_the_published_ones_of_the_offices():
    shown = factories.PrizeCallFactory()
    factories.PrizeCallFactory(office=shown.office, is_published=False)
    factories.PrizeCallFactory()
    assert [call.pk for call in rows(prize_calls_of, padded([shown.office_id]))] == [shown.pk]
    assert rows(prize_calls_of, padded([])) == []


def shown_alone(moment):
    return ClosureNotice.objects.shown_at(moment)


def test_a_value_derived_from_a_stand_in_is_refused_not_left_in():
    # shown_at() takes the moment's day itself: kept compiled, that day would stay the stand-in's.
    with pytest.raises(ValueError, match="shown_alone"):
        rows(shown_alone, timezone.now())


def test_each_length_of_ids_is_a_shape_of_its_own():
    calls = [factories.PrizeCallFactory() for _ in range(3)]
    ids = [call.office_id for call in calls]
    assert [call.pk for call in rows(prize_calls_of, ids[:1])] == [calls[0].pk]
    assert sorted(call.pk for call in rows(prize_calls_of, ids)) == sorted(call.pk for call in calls)
    assert [call.pk for call in rows(prize_calls_of, [ids[2], -1, -2])] == [calls[2].pk]


def test_lists_hold_ids_only():
    with pytest.raises(TypeError, match="lists of ints"):
        rows(prize_calls_of, ["a", "b"])
