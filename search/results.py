"""Search entries as residents see them: title, city, one line of summary, open or closed today, link.

Whatever the number of results, this costs three queries: opening hours,
today's closures, and the prize calls of the offices found. Each reads only the
columns shown, as tuples where no model method is needed, and each is compiled
once per process (core/prepared.py): with twenty results, building model instances
and compiling querysets cost more than the database did.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple
from urllib.parse import quote

from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import get_language, gettext_lazy

from core.prepared import rows as compiled_rows
from offices.models import ClosureNotice, OpeningHours, PrizeCall

from .backends.base import ShownEntry, padded
from .models import SearchEntry

SUMMARY_CHARS = 160


def translated(obj, field_name: str) -> tuple[str, bool]:
    """The field in the reader's language, or the German text and True when there is none.

    The same rule as the `content` template tag (core/templatetags/core.py), for text that is cut here.
    """
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    source = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    own = getattr(obj, f"{field_name}_{language}", None)
    if language == source or own:
        return own or "", False
    return getattr(obj, f"{field_name}_{source}", "") or "", True


class Hours(NamedTuple):
    """An opening-hours row as today's status needs it."""

    office_id: int
    weekday: int | None
    opens: datetime.time | None
    closes: datetime.time | None
    by_appointment: bool


@dataclass
class Today:
    """Whether the office is open today, as far as its opening hours and closure notices say."""

    state: str  # "open", "closed", "partly_closed", "appointment" or "" (unknown)
    hours: list[Hours] = field(default_factory=list)

    @property
    def times(self) -> str:
        """Today's hours as the page prints them, "08:00–12:00, 13:00–16:00" (the `time:"H:i"` filter's form)."""
        return ", ".join(f"{hh_mm(row.opens)}–{hh_mm(row.closes)}" for row in self.hours)


def hh_mm(time: datetime.time | None) -> str:
    return f"{time:%H:%M}" if time is not None else ""


# What a result says of today, by Today.state; the times follow "Open today".
STATE_LABELS = {
    "open": gettext_lazy("Open today"),
    "closed": gettext_lazy("Closed today"),
    "partly_closed": gettext_lazy("Closed for part of today"),
    "appointment": gettext_lazy("By appointment"),
}


@dataclass
class Result:
    entry: ShownEntry
    url: str
    # "Counselling offer", "Open today 08:00–12:00": translated once per page, not once per result in the template.
    kind_label: str
    status: str
    title_obj: object
    title_field: str
    summary: str
    summary_is_german: bool
    today: Today
    prize_calls: list[PrizeCall] = field(default_factory=list)
    # The same, each with its address.
    prize_links: list[tuple[PrizeCall, str]] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return self.entry.kind

    @property
    def city(self):
        return self.entry.city

    @property
    def office(self):
        return self.entry.office


def summary_of(entry: ShownEntry) -> tuple[str, bool]:
    candidates = {
        SearchEntry.Kind.OFFICE: (entry.office, ["mission", "heading", "description"]),
        SearchEntry.Kind.OFFER: (entry.offer, ["summary", "audience"]),
        SearchEntry.Kind.PRIZE_CALL: (entry.prize_call, ["description"]),
    }
    obj, fields = candidates[entry.kind]
    for name in fields:
        text, is_german = translated(obj, name)
        if text.strip():
            first_line = text.strip().splitlines()[0]
            # Truncator walks the text character by character; most summaries are short enough to skip it.
            if len(first_line) > SUMMARY_CHARS:
                first_line = Truncator(first_line).chars(SUMMARY_CHARS)
            return first_line, is_german
    return "", False


# Stand-ins for the slugs in an address reversed once per page; each becomes a format field.
PLACEHOLDERS = ("CITYSLUG", "OFFICESLUG", "PRIZECALLSLUG")
# What reverse() leaves unquoted in a path (django.urls.resolvers: RFC3986_SUBDELIMS + "/~:@").
SAFE = "!$&'()*+,;=/~:@"


def pattern(name: str, count: int) -> str:
    path = reverse(name, args=PLACEHOLDERS[:count]).replace("{", "{{").replace("}", "}}")
    for number, placeholder in enumerate(PLACEHOLDERS[:count]):
        path = path.replace(placeholder, f"{{{number}}}", 1)
    return path


class Addresses:
    """The addresses of results: each of the two patterns reversed once per page and filled in, quoted as
    reverse() quotes. reverse() per result walked the resolver twenty times for the same two patterns.
    """

    def __init__(self):
        self.office = pattern("offices:office", 2)
        self.prize_call = pattern("offices:prize_call", 3)

    def of(self, entry: ShownEntry) -> str:
        if entry.kind == SearchEntry.Kind.PRIZE_CALL:
            return self.of_prize_call(entry, entry.prize_call)
        office_url = self.office.format(quote(entry.city.slug, safe=SAFE), quote(entry.office.slug, safe=SAFE))
        if entry.kind == SearchEntry.Kind.OFFER:
            return office_url + "#consultations-heading"
        return office_url

    def of_prize_call(self, entry: ShownEntry, prize_call: PrizeCall) -> str:
        slugs = (entry.city.slug, entry.office.slug, prize_call.slug)
        return self.prize_call.format(*(quote(slug, safe=SAFE) for slug in slugs))


def today_of(hours: list[Hours], notices: list[ClosureNotice], today: datetime.date) -> Today:
    covering = [notice for notice in notices if notice.closes_on(today)]
    if any(notice.closes_all_day(today) for notice in covering):
        return Today("closed")
    if covering:
        return Today("partly_closed")
    todays = [row for row in hours if row.weekday == today.isoweekday()]
    if todays:
        return Today("open", todays)
    if any(row.by_appointment for row in hours):
        return Today("appointment")
    return Today("closed" if hours else "")


# The page's three queries, compiled once (core.prepared.rows): compiling them took longer than running them.
# Their ids are padded to the results' limit (backends.base.padded), so each has one shape.
def opening_hours_of(offices: list[int]):
    hours = OpeningHours.objects.filter(office_id__in=offices).order_by("office_id", "position", "pk")
    return hours.values_list(*Hours._fields)


def closures_of(offices: list[int], cities: list[int], moment: datetime.datetime, day: datetime.date):
    return ClosureNotice.objects.shown_at(moment, day).filter(
        Q(office_id__in=offices) | Q(office__isnull=True, city_id__in=cities), starts_on__lte=day, ends_on__gte=day
    )


def prize_calls_of(offices: list[int]):
    return PrizeCall.objects.published().filter(office_id__in=offices)


def present(entries: list[ShownEntry], now: datetime.datetime | None = None) -> list[Result]:
    if not entries:
        return []
    now = now or timezone.now()
    today = timezone.localdate(now)
    office_ids = padded({entry.office_id for entry in entries})
    city_ids = padded({entry.city_id for entry in entries})
    hours = defaultdict(list)
    for row in compiled_rows(opening_hours_of, office_ids):
        hours[row[0]].append(Hours(*row))
    notices = [
        notice for notice in compiled_rows(closures_of, office_ids, city_ids, now, today) if notice.closes_on(today)
    ]
    prize_calls = defaultdict(list)
    offices_found = {entry.office_id for entry in entries if entry.kind == SearchEntry.Kind.OFFICE}
    if offices_found:
        for prize_call in compiled_rows(prize_calls_of, padded(offices_found)):
            prize_calls[prize_call.office_id].append(prize_call)
    addresses = Addresses()
    kind_labels = {kind: str(label) for kind, label in SearchEntry.Kind.choices}
    state_labels = {state: str(label) for state, label in STATE_LABELS.items()}
    results = []
    for entry in entries:
        office_notices = [
            n for n in notices if n.office_id == entry.office_id or n.office_id is None and n.city_id == entry.city_id
        ]
        title = {
            SearchEntry.Kind.OFFICE: (entry.office, "name"),
            SearchEntry.Kind.OFFER: (entry.offer, "topic"),
            SearchEntry.Kind.PRIZE_CALL: (entry.prize_call, "title"),
        }[entry.kind]
        summary, is_german = summary_of(entry)
        calls = prize_calls.get(entry.office_id, []) if entry.kind == SearchEntry.Kind.OFFICE else []
        today_is = today_of(hours[entry.office_id], office_notices, today)
        status = state_labels.get(today_is.state, "")
        if today_is.state == "open":
            status = f"{status} {today_is.times}"
        results.append(
            Result(
                entry=entry,
                url=addresses.of(entry),
                kind_label=kind_labels[entry.kind],
                status=status,
                title_obj=title[0],
                title_field=title[1],
                summary=summary,
                summary_is_german=is_german,
                today=today_is,
                prize_calls=calls,
                prize_links=[(call, addresses.of_prize_call(entry, call)) for call in calls],
            )
        )
    return results
