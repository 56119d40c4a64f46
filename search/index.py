"""What is findable and by which text: one search entry per office, counselling offer and prize call.

An entry holds the German text (what staff wrote; found with German stemming)
and the text of the other languages (found word by word). The rows are
rebuilt office by office: `reindex_offices` reads everything one office's
entries are made of in a fixed number of queries and replaces its rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.conf import settings
from django.db import models, transaction

from consultations.models import CounsellingOffer
from offices.models import Office, PrizeCall, Task

from .backends import get_backend
from .models import SearchEntry, SearchTerm
from .text import german_terms

SOURCE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != SOURCE]
CHUNK = 300


def _texts(obj, fields: Iterable[str]) -> tuple[str, str]:
    """The German text of these translated fields, and that of every other language."""
    german = [getattr(obj, f"{field}_{SOURCE}", "") or "" for field in fields]
    other = [getattr(obj, f"{field}_{language}", "") or "" for field in fields for language in OTHER_LANGUAGES]
    return _join(german), _join(other)


def _plain(obj, fields: Iterable[str]) -> str:
    """Untranslated fields (names of bodies, mottos) are German text."""
    return _join(getattr(obj, field, "") or "" for field in fields)


def _join(parts: Iterable[str]) -> str:
    return "\n".join(part for part in parts if part)


class Text:
    def __init__(self):
        self.de: list[str] = []
        self.other: list[str] = []

    def add(self, obj, fields: Iterable[str], plain: Iterable[str] = ()) -> None:
        german, other = _texts(obj, fields)
        self.de += [german, _plain(obj, plain)]
        self.other.append(other)

    @property
    def german(self) -> str:
        return _join(self.de)

    @property
    def others(self) -> str:
        return _join(self.other)


@dataclass(frozen=True)
class Texts:
    """What an entry is found by; handed to the database's index, not stored in the entry row."""

    title_de: str
    body_de: str
    title_other: str
    body_other: str


def entry(texts: Texts, **fields) -> SearchEntry:
    row = SearchEntry(**fields)
    row.texts = texts
    return row


def offices_to_index(ids: Iterable[int]):
    offers = CounsellingOffer.objects.filter(is_published=True).prefetch_related("referrals")
    return (
        Office.objects.published()
        .filter(pk__in=list(ids))
        .select_related("city")
        .prefetch_related(
            models.Prefetch("task_groups__tasks", queryset=Task.objects.all()),
            "target_groups",
            "memberships",
            "cooperation_projects",
            "referrals",
            "activities",
            models.Prefetch("prize_calls", queryset=PrizeCall.objects.published()),
            models.Prefetch("counselling_offers", queryset=offers),
        )
    )


def office_entries(office: Office) -> Iterator[SearchEntry]:
    """The office, its published counselling offers and its prize calls, each with its text."""
    base = f"{office.city.slug}/{office.slug}"
    title_de, title_other = _texts(office, ["name"])
    body = Text()
    # The city's name too: "Integration Gera" finds Gera's office even where its text does not say "Gera";
    # and its name as the content gives it in the other languages: "Дрезден" and "درسدن" find Dresden.
    body.de.append(office.city.short_name)
    body.other.append(_texts(office.city, ["name"])[1])
    body.add(office, ["heading", "mission", "description", "scope_note"])
    for group in office.task_groups.all():
        body.add(group, ["title", "introduction"])
        for task in group.tasks.all():
            body.add(task, ["text", "note"])
    for rows, fields, plain in [
        (office.target_groups.all(), ["description"], []),
        (office.memberships.all(), ["role"], ["body"]),
        (office.cooperation_projects.all(), ["name", "description"], []),
        (office.referrals.all(), ["authority", "reason"], []),
        (office.activities.all(), ["title", "description"], []),
        # A closed prize call is no result of its own; its office is found by it (the archive lists it).
        (office.prize_calls.all(), ["name", "title"], []),
    ]:
        for row in rows:
            body.add(row, fields, plain)
    if office.sign_language_url:
        # A fact the page shows as a link; words residents use for it are the life situation's synonyms.
        body.de.append("Gebärdensprache")
    yield entry(
        Texts(title_de, body.german, title_other, body.others),
        kind=SearchEntry.Kind.OFFICE,
        city=office.city,
        office=office,
        sort_key=base,
    )
    office_name_de, office_name_other = title_de, title_other
    for offer in office.counselling_offers.all():
        title_de, title_other = _texts(offer, ["topic"])
        text = Text()
        text.add(offer, ["summary", "audience", "limitations", "mediator_note"])
        for referral in offer.referrals.all():
            text.add(referral, ["authority", "reason"])
        yield entry(
            Texts(title_de, _join([text.german, office_name_de]), title_other, _join([text.others, office_name_other])),
            kind=SearchEntry.Kind.OFFER,
            city=office.city,
            office=office,
            offer=offer,
            sort_key=f"{base}/{offer.slug}",
        )
    for prize_call in office.prize_calls.all():
        title_de, title_other = _texts(prize_call, ["name", "title"])
        text = Text()
        text.add(prize_call, ["description", "audience", "requirements", "funding"], ["motto"])
        yield entry(
            Texts(title_de, _join([text.german, office_name_de]), title_other, _join([text.others, office_name_other])),
            kind=SearchEntry.Kind.PRIZE_CALL,
            city=office.city,
            office=office,
            prize_call=prize_call,
            deadline=prize_call.deadline,
            sort_key=f"{base}/prizes/{prize_call.slug}",
        )


@transaction.atomic
def reindex_offices(ids: Iterable[int]) -> int:
    """Replace the entries of these offices by fresh ones; an office gone or unpublished keeps none."""
    ids = sorted(set(ids))
    created = 0
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        entries = [entry for office in offices_to_index(chunk) for entry in office_entries(office)]
        created += replace(chunk, entries)
    return created


def replace(office_ids: list[int], entries: list[SearchEntry]) -> int:
    backend = get_backend()
    SearchEntry.objects.filter(office_id__in=office_ids).delete()
    SearchEntry.objects.bulk_create(entries)
    backend.write(entries)
    remember_terms(entries)
    return len(entries)


def remember_terms(entries: list[SearchEntry]) -> None:
    """Grow the dictionary of German terms; a term no longer used does no harm and stays."""
    terms = {term for row in entries for text in (row.texts.title_de, row.texts.body_de) for term in german_terms(text)}
    terms = sorted(term for term in terms if 3 <= len(term) <= 100)
    SearchTerm.objects.bulk_create([SearchTerm(term=term) for term in terms], ignore_conflicts=True, batch_size=500)


def rebuild() -> int:
    """Every entry anew, e.g. after bulk inserts that send no signal (generate_scale_content)."""
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        get_backend().clear()
        SearchTerm.objects.all().delete()
        ids = list(Office.objects.published().order_by("pk").values_list("pk", flat=True))
        return reindex_offices(ids)
