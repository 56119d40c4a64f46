"""Consultation hours on real days: weekly times laid out in Europe/Berlin, minus holidays and closures.

Every time is built from a calendar day and a wall-clock time in the portal's
zone, never by adding hours to an instant, so a Monday 10:00 stays 10:00 on
either side of a daylight-saving change.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext

from core.prepared import rows as compiled_rows
from core.public_holidays import public_holidays
from core.translated import without_unread_languages
from offices.models import ClosureNotice

from .models import ConsultationHour, CounsellingOffer

# How far ahead residents may ask for a time; offices plan about a quarter ahead.
REQUEST_HORIZON_DAYS = 84
# The office page shows the next four weeks.
SCHEDULE_DAYS = 28


@dataclass
class Occurrence:
    hour: ConsultationHour
    starts: datetime.datetime
    ends: datetime.datetime
    holiday: str = ""
    holiday_language: str = "de"
    closure: ClosureNotice | None = None
    partly_closed: bool = False

    @property
    def day(self) -> datetime.date:
        return self.starts.date()

    @property
    def cancelled(self) -> bool:
        return bool(self.holiday) or (self.closure is not None and not self.partly_closed)

    @property
    def available(self) -> bool:
        return not self.cancelled and self.closure is None


def local(day: datetime.date, time: datetime.time) -> datetime.datetime:
    return datetime.datetime.combine(day, time, tzinfo=timezone.get_default_timezone())


def exists(moment: datetime.datetime) -> bool:
    """False for wall-clock times skipped when clocks go forward (02:00–03:00 on the last Sunday of March)."""
    round_trip = moment.astimezone(datetime.UTC).astimezone(moment.tzinfo)
    return round_trip.replace(tzinfo=None) == moment.replace(tzinfo=None)


def _page_hours(office_id: int, today: datetime.date):
    """The office's hours from `today` on, in the reader's language and German only (what a page shows)."""
    return without_unread_languages(ConsultationHour.objects.upcoming(today).filter(office=office_id))


def occurrences(
    hours: Iterable[ConsultationHour],
    *,
    start: datetime.date,
    days: int,
    federal_state: str,
    closures: Iterable[ClosureNotice] = (),
    now: datetime.datetime | None = None,
) -> list[Occurrence]:
    """Each time the hours take place from `start` for `days` days, marked where a holiday or closure cancels it.

    With `now`, times that are already over are left out.
    """
    hours = list(hours)
    end = start + datetime.timedelta(days=days - 1)
    holiday_names, holiday_language = public_holidays(federal_state, start, end)
    spans = [(notice, *notice.span) for notice in closures]
    found = []
    for offset in range(days):
        day = start + datetime.timedelta(days=offset)
        for hour in hours:
            if not hour.applies_on(day):
                continue
            occurrence = Occurrence(hour, local(day, hour.starts_at), local(day, hour.ends_at))
            if now and occurrence.ends <= now:
                continue
            if day in holiday_names:
                occurrence.holiday = holiday_names[day]
                occurrence.holiday_language = holiday_language
            _mark_closure(occurrence, spans)
            found.append(occurrence)
    found.sort(key=lambda occurrence: (occurrence.starts, occurrence.ends, occurrence.hour.pk or 0))
    return found


def _mark_closure(occurrence: Occurrence, spans) -> None:
    overlapping = [
        (notice, starts, ends)
        for notice, starts, ends in spans
        if starts < occurrence.ends and occurrence.starts < ends
    ]
    # A notice closing the whole time wins over one closing part of it.
    overlapping.sort(key=lambda span: not (span[1] <= occurrence.starts and occurrence.ends <= span[2]))
    if overlapping:
        notice, starts, ends = overlapping[0]
        occurrence.closure = notice
        occurrence.partly_closed = not (starts <= occurrence.starts and occurrence.ends <= ends)


class WindowProblem(Exception):
    """Why a preferred time cannot be offered; `part` names the input it concerns: day, start or end."""

    def __init__(self, part: str, message: str):
        super().__init__(message)
        self.part = part
        self.message = message


def check_window(
    day: datetime.date,
    start_time: datetime.time,
    end_time: datetime.time,
    *,
    hours: Iterable[ConsultationHour],
    federal_state: str,
    closures: Iterable[ClosureNotice],
    now: datetime.datetime,
) -> tuple[datetime.datetime, datetime.datetime]:
    """The window as two instants, if it lies inside one consultation time that takes place; else WindowProblem."""
    if end_time <= start_time:
        raise WindowProblem("end", gettext("The end must be later than the start."))
    starts, ends = local(day, start_time), local(day, end_time)
    for part, moment in (("start", starts), ("end", ends)):
        if not exists(moment):
            raise WindowProblem(
                part,
                gettext("This time does not exist on %(day)s: the clocks go forward from 2:00 to 3:00.")
                % {"day": date_format(day, "DATE_FORMAT")},
            )
    today = timezone.localdate(now)
    if day < today:
        raise WindowProblem("day", gettext("This day is in the past. Choose a day from today on."))
    if starts <= now:
        raise WindowProblem("start", gettext("This time has already passed. Choose a later time."))
    if day > today + datetime.timedelta(days=REQUEST_HORIZON_DAYS):
        raise WindowProblem(
            "day",
            gettext("Choose a day within the next %(weeks)s weeks.") % {"weeks": REQUEST_HORIZON_DAYS // 7},
        )
    holiday = public_holidays(federal_state, day, day)[0].get(day)
    if holiday:
        raise WindowProblem(
            "day",
            gettext("%(day)s is a public holiday (%(holiday)s): there is no consultation.")
            % {"day": date_format(day, "DATE_FORMAT"), "holiday": holiday},
        )
    closures = list(closures)
    that_day = occurrences(hours, start=day, days=1, federal_state=federal_state, closures=closures)
    if not that_day:
        raise WindowProblem("day", gettext("There is no consultation on this day. Choose one of the days listed."))
    if all(occurrence.cancelled for occurrence in that_day):
        raise WindowProblem("day", gettext("The office is closed on this day. Choose another day."))
    inside = [
        occurrence
        for occurrence in that_day
        if not occurrence.cancelled and occurrence.starts <= starts and ends <= occurrence.ends
    ]
    if not inside:
        times = ", ".join(
            f"{time_format(occurrence.hour.starts_at)}–{time_format(occurrence.hour.ends_at)}"
            for occurrence in that_day
            if not occurrence.cancelled
        )
        raise WindowProblem(
            "start", gettext("Choose a time within the consultation hours of that day: %(times)s.") % {"times": times}
        )
    if any(notice.overlaps(starts, ends) for notice in closures):
        raise WindowProblem("start", gettext("The office is closed at this time. Choose another time."))
    return starts, ends


class OfficeSchedule:
    """An office's consultation times and closures, for the page and the form.

    `notices` are the office's published closure notices with their standing (the office page
    loads them once for all its parts): ClosureNotice.objects.for_office(office).published().with_standing(now).
    A notice not yet shown already cancels times (no bookings that day), but its title only
    appears once residents see the notice itself.
    """

    def __init__(
        self,
        office,
        notices: Iterable[ClosureNotice],
        *,
        now: datetime.datetime | None = None,
        offers: Iterable[CounsellingOffer] | None = None,
    ):
        self.office = office
        self.now = now or timezone.now()
        self.today = timezone.localdate(self.now)
        self.federal_state = office.city.federal_state
        if offers is None:
            hours = ConsultationHour.objects.upcoming(self.today).filter(office=office)
            self.hours = [
                hour for hour in hours.select_related("offer") if hour.offer_id is None or hour.offer.is_published
            ]
        else:
            # The page has loaded the office's published offers: the hours take theirs from them instead of
            # joining every offer's columns in all seven languages once more.
            published = {offer.pk: offer for offer in offers}
            hours = compiled_rows(_page_hours, office.pk, self.today)
            self.hours = [hour for hour in hours if hour.offer_id is None or hour.offer_id in published]
            for hour in self.hours:
                if hour.offer_id is not None:
                    hour.offer = published[hour.offer_id]
        last_day = self.today + datetime.timedelta(days=REQUEST_HORIZON_DAYS)
        self.closures = [notice for notice in notices if notice.ends_on >= self.today and notice.starts_on <= last_day]

    @classmethod
    def load(cls, office, *, now: datetime.datetime | None = None) -> OfficeSchedule:
        """For pages that have not loaded the office's notices already: the request form."""
        now = now or timezone.now()
        return cls(office, ClosureNotice.objects.for_office(office).published().with_standing(now), now=now)

    def upcoming(self, days: int = SCHEDULE_DAYS, offer=None) -> list[Occurrence]:
        hours = self.hours if offer is None else [hour for hour in self.hours if hour.applies_to(offer)]
        return occurrences(
            hours, start=self.today, days=days, federal_state=self.federal_state, closures=self.closures, now=self.now
        )

    def check(self, offer, day: datetime.date, start_time: datetime.time, end_time: datetime.time):
        hours = [hour for hour in self.hours if hour.applies_to(offer)]
        return check_window(
            day,
            start_time,
            end_time,
            hours=hours,
            federal_state=self.federal_state,
            closures=self.closures,
            now=self.now,
        )
