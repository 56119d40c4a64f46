"""Preferred half-days, for offices "by appointment" that entered no hours.

Without hours, nothing bounds a time of day, so the form asks only which mornings or afternoons
suit the resident (or "any time"); the office proposes the appointment. Days the office is known
to be shut (weekends, public holidays of its state, published closures) are not offered.
"""

from __future__ import annotations

import datetime

from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from .schedule import OfficeSchedule, local, public_holidays

DAYS = 10  # working days offered: two weeks
HALVES = {
    # What the resident means by morning and afternoon, stored as a preferred window for the office's inbox.
    "am": (_("morning"), datetime.time(8), datetime.time(12)),
    "pm": (_("afternoon"), datetime.time(12), datetime.time(17)),
}


def working_days(schedule: OfficeSchedule, count: int = DAYS) -> list[datetime.date]:
    start = schedule.today + datetime.timedelta(days=1)
    holidays = public_holidays(schedule.federal_state, start, start + datetime.timedelta(days=count * 2 + 7))[0]
    days, day = [], start
    while len(days) < count:
        shut = any(notice.closes_all_day(day) for notice in schedule.closures)
        if day.isoweekday() <= 5 and day not in holidays and not shut:
            days.append(day)
        day += datetime.timedelta(days=1)
    return days


def choices(schedule: OfficeSchedule) -> list[tuple[str, str]]:
    # Labelled by the half only: the form shows each day as a small group whose legend names the day.
    return [
        (f"{day.isoformat()}:{half}", label)
        for day in working_days(schedule)
        for half, (label, _start, _end) in HALVES.items()
    ]


def rows(bound_field) -> list[tuple[str, list]]:
    """The checkboxes of a `days` field grouped by day, with the day's name: one line per day."""
    grouped: dict[str, list] = {}
    for widget in bound_field:
        grouped.setdefault(widget.data["value"].split(":")[0], []).append(widget)
    return [(date_format(datetime.date.fromisoformat(day), "l, j. F"), widgets) for day, widgets in grouped.items()]


def window(value: str) -> tuple[datetime.datetime, datetime.datetime]:
    day, half = value.split(":")
    _label, start, end = HALVES[half]
    day = datetime.date.fromisoformat(day)
    return local(day, start), local(day, end)
