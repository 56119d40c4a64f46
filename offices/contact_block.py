"""The office page's contact block: whose contact it is, how to reach them, and whether they are open today.

An office without contact details of its own shows its parent office's, else its city's general
contact, and says whose they are; with none at all, the block says so. Never a dead end, never a
number that belongs to someone else shown as the office's own.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from core.public_holidays import public_holidays

from .models import Address, City, ClosureNotice, Office, OpeningHours

# Exceptions to the weekly hours listed in the block: the next three weeks.
EXCEPTION_DAYS = 21


def map_url(street: str, postal_code: str, locality: str) -> str:
    """A plain link to the address on OpenStreetMap: no embedded map, nothing loaded from a third party."""
    return "https://www.openstreetmap.org/search?" + urlencode({"query": f"{street}, {postal_code} {locality}"})


@dataclass
class Place:
    kind: str
    first_line: str
    postal_code: str
    locality: str
    note: str = ""
    source: Address | None = None

    @property
    def map_url(self) -> str:
        return map_url(self.first_line, self.postal_code, self.locality)

    @property
    def is_visitor(self) -> bool:
        return self.source is None or self.source.kind == Address.Kind.VISITOR


@dataclass
class ContactBlock:
    source: str  # "own", "parent", "city" or "none"
    owner: Office | City | None = None
    phone: str = ""
    email: str = ""
    places: list[Place] = field(default_factory=list)
    people: Sequence = ()
    # "open" (until today_note), "opens_later" (at today_note), "closed_notice" (today_note: why),
    # "closed" (no hours today), "appointment", or "" when staff entered no hours.
    today: str = ""
    today_note: str = ""
    hours: list[str] = field(default_factory=list)
    appointment_hours: list[OpeningHours] = field(default_factory=list)
    exceptions: list[ClosureNotice] = field(default_factory=list)
    holidays: list[tuple[datetime.date, str]] = field(default_factory=list)
    holiday_language: str = "de"

    @property
    def is_own(self) -> bool:
        return self.source == "own"

    @property
    def has_channels(self) -> bool:
        return bool(self.phone or self.email or self.places)


def _places(addresses) -> list[Place]:
    places = [Place(a.get_kind_display(), a.first_line, a.postal_code, a.locality, a.note, source=a) for a in addresses]
    return sorted(places, key=lambda place: not place.is_visitor)


def _own(office: Office, addresses) -> ContactBlock:
    people = list(office.contacts.all())
    phone = office.phone or next((p.phone for p in people if p.phone), "")
    email = office.email or next((p.email for p in people if p.email), "")
    return ContactBlock("own", office, phone, email, _places(addresses), people)


def contact_block(office: Office, notices: Sequence[ClosureNotice], now: datetime.datetime) -> ContactBlock:
    """The whole block; `office` comes with its contacts, addresses and hours prefetched."""
    block = contact_facts(office)
    add_today(block, office, notices, now)
    return block


def contact_facts(office: Office) -> ContactBlock:
    """Whose contact it is and how to reach them: what depends on the office's content alone, not on the day.
    `office` comes with its contacts and addresses prefetched."""
    addresses = list(office.addresses.all())
    block = _own(office, addresses)
    if not (block.phone or block.email or addresses or block.people):
        block = _fallback(office)
    return block


def add_today(block: ContactBlock, office: Office, notices: Sequence[ClosureNotice], now: datetime.datetime) -> None:
    """The hours, today's state and the closures of the next weeks; `office` comes with its hours prefetched."""
    _add_hours(block, list(office.opening_hours.all()), notices, now, office.city.federal_state)


def _fallback(office: Office) -> ContactBlock:
    parent = office.parent
    if parent is not None:
        # Queries only for pages that need the parent's details: units without their own.
        block = _own(parent, parent.addresses.all())
        if block.phone or block.email or block.places:
            block.source = "parent"
            return block
    city = office.city
    if city.has_general_contact:
        places = []
        if city.contact_street:
            places = [Place(_("Address"), city.contact_street, city.contact_postal_code, city.contact_locality)]
        return ContactBlock("city", city, city.contact_phone, city.contact_email, places)
    return ContactBlock("none")


def _weekday_ranges(days: list[int]) -> str:
    names = dict(OpeningHours.Weekday.choices)
    runs, start = [], None
    for index, day in enumerate(days):
        if start is None:
            start = day
        if index + 1 == len(days) or days[index + 1] != day + 1:
            runs.append(str(names[start]) if start == day else f"{names[start]}–{names[day]}")
            start = None
    return ", ".join(runs)


def hours_summary(hours: Sequence[OpeningHours]) -> list[str]:
    """One line per weekly pattern ("Monday–Friday 09:00–12:00"), then "by appointment" as staff wrote it."""
    patterns: dict[tuple, list[int]] = {}
    lines = []
    for entry in hours:
        if entry.by_appointment:
            continue
        patterns.setdefault((entry.opens, entry.closes, entry.note), []).append(entry.weekday)
    for (opens, closes, note), days in patterns.items():
        times = f"{formats.time_format(opens, 'TIME_FORMAT')}–{formats.time_format(closes, 'TIME_FORMAT')}"
        lines.append(f"{_weekday_ranges(sorted(set(days)))} {times}" + (f" ({note})" if note else ""))
    return lines


def _add_hours(block, hours, notices, now, federal_state: str) -> None:
    local = timezone.localtime(now)
    today = local.date()
    block.hours = hours_summary(hours)
    block.appointment_hours = [entry for entry in hours if entry.by_appointment]
    last = today + datetime.timedelta(days=EXCEPTION_DAYS)
    block.exceptions = [n for n in notices if n.is_shown and n.ends_on >= today and n.starts_on <= last]
    # Public holidays are exceptions only to weekly hours: an office "by appointment" names no days.
    if block.hours:
        names, block.holiday_language = public_holidays(federal_state, today, last)
        block.holidays = sorted(names.items())
    closing = next((n for n in notices if n.is_shown and n.closes_on(today)), None)
    if closing is not None:
        block.today, block.today_note = "closed_notice", closing.title
        return
    holiday = dict(block.holidays).get(today)
    if holiday:
        block.today, block.today_note = "closed_notice", holiday
        return
    todays = [e for e in hours if not e.by_appointment and e.weekday == today.isoweekday()]
    current = next((e for e in todays if e.opens <= local.time() < e.closes), None)
    if current is not None:
        block.today = "open"
        block.today_note = formats.time_format(current.closes, "TIME_FORMAT")
    elif block.appointment_hours:
        block.today = "appointment"
    elif any(not e.by_appointment for e in hours):
        later = next((e for e in todays if local.time() < e.opens), None)
        if later is not None:
            block.today, block.today_note = "opens_later", formats.time_format(later.opens, "TIME_FORMAT")
        else:
            block.today = "closed"
