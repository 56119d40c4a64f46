"""Search entries as residents see them: title, city, one line of summary, open or closed today, link.

Whatever the number of results, this costs three queries: opening hours,
today's closures, and the prize calls of the offices found.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import get_language

from offices.models import ClosureNotice, OpeningHours, PrizeCall

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


@dataclass
class Today:
    """Whether the office is open today, as far as its opening hours and closure notices say."""

    state: str  # "open", "closed", "partly_closed", "appointment" or "" (unknown)
    hours: list[OpeningHours] = field(default_factory=list)


@dataclass
class Result:
    entry: SearchEntry
    url: str
    title_obj: object
    title_field: str
    summary: str
    summary_is_german: bool
    today: Today
    prize_calls: list[PrizeCall] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return self.entry.kind

    @property
    def city(self):
        return self.entry.city

    @property
    def office(self):
        return self.entry.office


def summary_of(entry: SearchEntry) -> tuple[str, bool]:
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
            return Truncator(first_line).chars(SUMMARY_CHARS), is_german
    return "", False


def url_of(entry: SearchEntry) -> str:
    office_url = reverse("offices:office", args=[entry.city.slug, entry.office.slug])
    if entry.kind == SearchEntry.Kind.OFFER:
        return office_url + "#consultations-heading"
    if entry.kind == SearchEntry.Kind.PRIZE_CALL:
        return reverse("offices:prize_call", args=[entry.city.slug, entry.office.slug, entry.prize_call.slug])
    return office_url


def today_of(hours: list[OpeningHours], notices: list[ClosureNotice], today: datetime.date) -> Today:
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


def present(entries: list[SearchEntry], now: datetime.datetime | None = None) -> list[Result]:
    if not entries:
        return []
    now = now or timezone.now()
    today = timezone.localdate(now)
    office_ids = {entry.office_id for entry in entries}
    city_ids = {entry.city_id for entry in entries}
    hours = defaultdict(list)
    for row in OpeningHours.objects.filter(office_id__in=office_ids).order_by("office_id", "position", "pk"):
        hours[row.office_id].append(row)
    notices = [
        notice
        for notice in ClosureNotice.objects.shown_at(now).filter(
            Q(office_id__in=office_ids) | Q(office__isnull=True, city_id__in=city_ids),
            starts_on__lte=today,
            ends_on__gte=today,
        )
        if notice.closes_on(today)
    ]
    prize_calls = defaultdict(list)
    offices_found = {entry.office_id for entry in entries if entry.kind == SearchEntry.Kind.OFFICE}
    if offices_found:
        for prize_call in PrizeCall.objects.published().filter(office_id__in=offices_found):
            prize_calls[prize_call.office_id].append(prize_call)
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
        results.append(
            Result(
                entry=entry,
                url=url_of(entry),
                title_obj=title[0],
                title_field=title[1],
                summary=summary,
                summary_is_german=is_german,
                today=today_of(hours[entry.office_id], office_notices, today),
                prize_calls=prize_calls.get(entry.office_id, []) if entry.kind == SearchEntry.Kind.OFFICE else [],
            )
        )
    return results
