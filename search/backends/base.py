"""What both backends share: the plan, the ranking formula and the shape of the outcome.

Ranking, in this order: the chosen city's results first; then the score:
1000 for an office, offer or prize call linked to a life situation the query
matches; per word of the query 10 if it is in the title and 4 if it is
anywhere; per German word of a matched situation (the first four) 5 in the
title and 3 anywhere. Ties go to offers before prize calls before offices,
then by the city/office/offer slugs, which are the same on every database.
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass, field
from typing import NamedTuple

from django.conf import settings
from django.db import connection
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.db.models.expressions import RawSQL
from django.utils import timezone

from ..models import LifeSituation, SearchEntry
from ..query import Plan, Word, plan

LINKED = 1000
IN_TITLE = 10
ANYWHERE = 4
EXPANSION = 3
EXPANSION_IN_TITLE = 5
# Among equal scores the more specific help first: an offer, then a prize call, then the office.
KIND_ORDER = {SearchEntry.Kind.OFFER: 0, SearchEntry.Kind.PRIZE_CALL: 1, SearchEntry.Kind.OFFICE: 2}
LIMIT = 20


def padded(ids) -> list[int]:
    """The ids, sorted, then ids no row has (0, -1, …) up to the results' limit: the same SQL for any number.

    PostgreSQL prepares a statement only when its text comes again (portal/database.py), and `IN (…)` has
    one placeholder per id; planning these small queries afresh for each number of results took longer
    than running them. (Django drops repeated values from `IN`, so the fillers must differ.)
    """
    ids = sorted(set(ids))
    return ids + [-number for number in range(LIMIT - len(ids))]


@dataclass
class Outcome:
    plan: Plan
    entries: list[ShownEntry] = field(default_factory=list)

    @property
    def query(self) -> str:
        return self.plan.query

    @property
    def situations(self) -> list[LifeSituation]:
        return self.plan.situations


# What the results page shows of each entry (search/results.py, templates/search/search.html), in the
# reader's language and in German. Offices have seven languages of many long texts: reading every column
# of twenty results, and building models of them, cost more than ranking them.
SHOWN = {
    "city": (["slug", "short_name"], []),
    # is_sensitive and helplines: a results page listing a sensitive office or offer protects the reader too.
    "office": (["slug", "city_id", "is_sensitive", "helplines"], ["name", "heading", "mission", "description"]),
    "offer": (["slug", "office_id", "is_sensitive", "helplines"], ["topic", "summary", "audience"]),
    "prize_call": (["slug", "office_id"], ["title", "description"]),
}


ENTRY_FIELDS = ["id", "kind", "city_id", "office_id", "offer_id", "prize_call_id", "deadline", "sort_key"]


@functools.cache
def statement(languages: tuple[str, ...]) -> tuple[str, list[tuple[type, list[str]]]]:
    """The SELECT of the shown entries with their city, office, offer and prize call, and which columns belong
    to which model: what `select_related(...).only(...)` compiles, built once per language instead of per page
    (compiling five tables' columns took longer than the database took to answer).
    """
    quote = connection.ops.quote_name
    layout = [(SearchEntry, in_model_order(SearchEntry, ENTRY_FIELDS))]
    columns = [f"e.{quote(SearchEntry._meta.get_field(name).column)}" for name in layout[0][1]]
    joins = []
    for number, (relation, (plain, translated)) in enumerate(SHOWN.items()):
        field = SearchEntry._meta.get_field(relation)
        model, alias = field.related_model, f"r{number}"
        names = in_model_order(model, ["id", *plain, *[f"{name}_{code}" for name in translated for code in languages]])
        layout.append((model, names))
        columns += [f"{alias}.{quote(model._meta.get_field(name).column)}" for name in names]
        join = "LEFT JOIN" if field.null else "JOIN"
        joins.append(
            f"{join} {quote(model._meta.db_table)} {alias} ON {alias}.{quote(model._meta.pk.column)}"
            f" = e.{quote(field.column)}"
        )
    sql = (
        f"SELECT {', '.join(columns)} FROM {quote(SearchEntry._meta.db_table)} e {' '.join(joins)}"
        f" WHERE e.{quote(SearchEntry._meta.pk.column)} IN ({', '.join(['%s'] * LIMIT)})"
    )
    return sql, layout


def in_model_order(model, names: list[str]) -> list[str]:
    # Model.from_db takes the values of a subset of the fields in the order of the model's fields.
    order = [field.attname for field in model._meta.concrete_fields]
    return sorted(names, key=order.index)


class ShownCity(NamedTuple):
    """A result's city as the page shows it: its slug (for the address) and short name."""

    id: int
    slug: str
    short_name: str


@dataclass(slots=True)
class ShownEntry:
    """A search entry as the results page uses it, its offices, offers and prize calls as model instances.

    The entry and its city are never shown through `{% content %}` (neither has a translated field on the
    page), so they are plain objects: building twenty entries and twenty cities as models, with their
    signals and modeltranslation's __init__, took longer than the statement that reads them.
    """

    id: int
    kind: str
    city_id: int
    office_id: int
    offer_id: int | None
    prize_call_id: int | None
    deadline: datetime.date | None
    sort_key: str
    city: ShownCity | None = None
    office: object = None
    offer: object = None
    prize_call: object = None
    score: int = 0

    @property
    def pk(self) -> int:
        return self.id


def shown_rows(ids: list[int], language: str) -> dict[int, ShownEntry]:
    """The entries by id, each with the related objects the page shows (only their shown columns) in place."""
    languages = tuple(sorted({settings.MODELTRANSLATION_DEFAULT_LANGUAGE, (language or "de").split("-")[0]}))
    sql, layout = statement(languages)
    (_, entry_names), (_, city_names), *translated = layout
    entry_order = [entry_names.index(name) for name in ShownEntry.__slots__[: len(ENTRY_FIELDS)]]
    city_order = [city_names.index(name) for name in ShownCity._fields]
    relations = list(SHOWN)[1:]
    found = {}
    with connection.cursor() as cursor:
        cursor.execute(sql, padded(ids))
        for row in cursor.fetchall():
            entry_part = row[: len(entry_names)]
            city_part, values = (
                row[len(entry_names) : len(entry_names) + len(city_names)],
                row[len(entry_names) + len(city_names) :],
            )
            entry = ShownEntry(*(entry_part[index] for index in entry_order))
            entry.city = ShownCity(*(city_part[index] for index in city_order))
            for relation, (model, names) in zip(relations, translated, strict=True):
                part, values = values[: len(names)], values[len(names) :]
                if part[names.index(model._meta.pk.attname)] is not None:  # no offer or prize call
                    setattr(entry, relation, model.from_db(connection.alias, names, part))
            found[entry.pk] = entry
    return found


class Backend:
    vendor = ""

    def search(self, query: str, language: str = "de", city=None, today: datetime.date | None = None) -> Outcome:
        """The best entries for the query; `city` (a City or None) puts that city's entries first.

        `language` is the reader's: the text of every language is searched, German
        always, so it only matters for how results are shown.
        """
        found = plan(query)
        outcome = Outcome(found)
        if found.is_empty:
            return outcome
        today = today or timezone.localdate()
        if not (found.words or found.expansions) and self.linked(found) is None:
            return outcome
        best = self.rank(found, city, today)
        rows = shown_rows([pk for pk, _ in best], language)
        for pk, score in best:
            rows[pk].score = score
        outcome.entries = [rows[pk] for pk, _score in best]
        return outcome

    def rank(self, found: Plan, city, today: datetime.date) -> list[tuple[int, int]]:
        """The ids and scores of the best LIMIT entries, in the order of the ranking above."""
        entries = SearchEntry.objects.shown(today)
        conditions = [self.match_any(found)] if found.words or found.expansions else []
        linked = self.linked(found)
        score = self.text_score(found) if conditions else Value(0)
        entries = entries.annotate(
            text_score=score,
            linked_score=Case(When(linked, then=Value(LINKED)), default=Value(0), output_field=IntegerField())
            if linked is not None
            else Value(0, output_field=IntegerField()),
            city_first=Case(When(city_id=city.pk, then=Value(1)), default=Value(0), output_field=IntegerField())
            if city is not None
            else Value(0, output_field=IntegerField()),
        )
        where = Q(pk__in=[])
        if conditions:
            entries = entries.annotate(matched=conditions[0])
            where |= Q(matched=True)
        if linked is not None:
            where |= linked
        ranked = (
            entries.filter(where)
            .annotate(
                score=F("text_score") + F("linked_score"),
                kind_order=Case(
                    *[When(kind=kind, then=Value(order)) for kind, order in KIND_ORDER.items()],
                    output_field=IntegerField(),
                ),
            )
            .order_by("-city_first", "-score", "kind_order", "sort_key")
            .values_list("pk", "score")
        )
        return list(ranked[:LIMIT])

    @staticmethod
    def linked(found: Plan) -> Q | None:
        """Entries of offices and offers that the matched life situations name."""
        if not (found.office_ids or found.offer_ids):
            return None
        kinds = SearchEntry.Kind
        return Q(kind__in=[kinds.OFFICE, kinds.PRIZE_CALL], office_id__in=sorted(found.office_ids)) | Q(
            kind=kinds.OFFER, offer_id__in=sorted(found.offer_ids)
        )

    def text_score(self, found: Plan) -> RawSQL:
        parts, params = [], []
        for word in found.words:
            for title_only, points in ((True, IN_TITLE), (False, ANYWHERE)):
                sql, sql_params = self.word_matches(word, title_only)
                parts.append(f"(CASE WHEN {sql} THEN {points} ELSE 0 END)")
                params += sql_params
        for word in found.expansions:
            for title_only, points in ((True, EXPANSION_IN_TITLE), (False, EXPANSION)):
                sql, sql_params = self.word_matches(word, title_only)
                parts.append(f"(CASE WHEN {sql} THEN {points} ELSE 0 END)")
                params += sql_params
        return RawSQL(" + ".join(parts), params, output_field=IntegerField())

    # What each database does differently

    def match_any(self, found: Plan) -> RawSQL:
        """True for entries in which any word of the query or its expansions occurs (uses the index)."""
        raise NotImplementedError

    def word_matches(self, word: Word, title_only: bool) -> tuple[str, list]:
        """An SQL condition on the entry row: the word (or its compound parts) occurs in its title or text."""
        raise NotImplementedError

    def write(self, entries: list[SearchEntry]) -> None:
        """Store what the database's own index needs beside freshly created entry rows."""

    def clear(self) -> None:
        """Drop the database's own index data (the entry rows are deleted by the caller)."""
