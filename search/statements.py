"""Querysets compiled once per process and database, then filled in with each page's values.

Compiling the results page's three small querysets (opening hours, today's closures, prize calls) took
about ten times as long as the database took to answer them (closures: 4.1 ms in Django, 0.25 ms sent
raw). Their shape is the same on every page (ids are padded to the limit, backends.base.padded), so each
is built once from stand-in values, and a page swaps its own values in: ids, a moment and its day. The
rules stay in the querysets that define them (ClosureNotice.shown_at, PrizeCall.published); only their
compiled SQL is kept.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import QuerySet
from django.utils import timezone

from .backends.base import LIMIT

# Values no real row or page has: ids beyond any sequence, a moment centuries away.
STAND_IN_IDS = 10**15
STAND_IN_MOMENT = datetime.datetime(2999, 1, 2, 3, 4, 5, 678901, tzinfo=datetime.UTC)


def stand_in_ids(number: int) -> list[int]:
    return [STAND_IN_IDS * (number + 1) + position for position in range(LIMIT)]


def stand_in_like(param) -> bool:
    """A parameter that came from a stand-in without being one (e.g. the day of the stand-in moment)."""
    if isinstance(param, bool):
        return False
    if isinstance(param, int):
        return param >= STAND_IN_IDS
    return str(param).startswith(str(STAND_IN_MOMENT.year))


class Compiled:
    """One database's SQL of the queryset, and where each page's values go in its parameters."""

    def __init__(self, queryset: QuerySet, stand_ins: dict[str, object], columns: tuple[str, ...] = ()):
        self.alias = queryset.db
        connection = connections[self.alias]
        ops = connection.ops
        compiler = queryset.query.get_compiler(using=self.alias)
        self.sql, params = compiler.as_sql()
        expressions = [column[0] for column in compiler.select]
        # Converters (e.g. SQLite's text to aware datetimes) as the compiler would apply them.
        self.converters = list(compiler.get_converters(expressions).items())
        self.model, self.order = None, None
        query = queryset.query
        if query.values_select or query.annotation_select or query.extra_select:
            # Tuples of `columns`: modeltranslation's values_list() may compile its fields in another order.
            names = [*query.extra_select, *query.values_select, *query.annotation_select]
            self.order = [names.index(name) for name in columns]
        elif compiler.klass_info is not None:  # model instances, as ModelIterable makes them
            if compiler.klass_info.get("related_klass_infos"):
                raise ValueError("only plain model querysets can be kept compiled")
            fields = compiler.klass_info["select_fields"]
            self.model = compiler.klass_info["model"]
            self.span = slice(fields[0], fields[-1] + 1)
            self.attnames = [column[0].target.attname for column in compiler.select[self.span]]
        # Where each stand-in went: adapted as Django adapts a value for its field on this database.
        places: dict[object, tuple[str, int | None]] = {}
        self.adapters: dict[str, Callable] = {}
        for name, value in stand_ins.items():
            if isinstance(value, list):
                places |= {item: (name, position) for position, item in enumerate(value)}
                self.adapters[name] = lambda item: item
            elif isinstance(value, datetime.datetime):
                places[ops.adapt_datetimefield_value(value)] = (name, None)
                self.adapters[name] = ops.adapt_datetimefield_value
            elif isinstance(value, datetime.date):
                places[ops.adapt_datefield_value(value)] = (name, None)
                self.adapters[name] = ops.adapt_datefield_value
            else:
                raise TypeError(f"no stand-in for {type(value).__name__}")
        # Per parameter: (stand-in's name, position in its list or None), or ("", the constant itself).
        self.slots: list[tuple[str, object]] = []
        used = set()
        for param in params:
            place = places.get(param) if isinstance(param, datetime.date | int | str) else None
            if place is None and stand_in_like(param):
                raise ValueError(f"a value derived from a stand-in: {param!r}; pass it as a value of its own")
            self.slots.append(place if place is not None else ("", param))
            if place is not None:
                used.add(place[0])
        if missing := set(stand_ins) - used:
            # Django adapted a value differently from the stand-in's adapter: refuse, rather than fill it wrongly.
            raise ValueError(f"stand-ins not found in the compiled query: {sorted(missing)}")

    def rows(self, values: dict[str, object]) -> list:
        adapted = {name: self.adapters[name](value) for name, value in values.items() if not isinstance(value, list)}
        params = []
        for name, place in self.slots:
            if not name:
                params.append(place)
            elif place is None:
                params.append(adapted[name])
            else:
                params.append(values[name][place])
        connection = connections[self.alias]
        with connection.cursor() as cursor:
            cursor.execute(self.sql, params)
            rows = cursor.fetchall()
        if self.converters:
            rows = [self.converted(list(row), connection) for row in rows]
        if self.model is None:
            return [tuple(row[index] for index in self.order) for row in rows]
        return [self.model.from_db(self.alias, self.attnames, row[self.span]) for row in rows]

    def converted(self, row: list, connection) -> list:
        # The compiler's apply_converters() would pass the compiling thread's connection: this thread's instead.
        for position, (converters, expression) in self.converters:
            for converter in converters:
                row[position] = converter(row[position], expression, connection)
        return row


class Statement:
    """A queryset built by `build(**values)`, compiled on first use per database and kept.

    A values() or values_list() queryset gives tuples of `columns`, in that order; any other, model
    instances (no select_related). `values` are lists of LIMIT ids (padded: backends.base.padded), a
    moment (an aware datetime) or a day; `build` receives stand-ins of the same kinds once and must treat
    them as it would real ones.
    """

    def __init__(self, build: Callable[..., QuerySet], columns: tuple[str, ...] = (), **kinds: type):
        self.build, self.columns, self.kinds = build, columns, kinds
        self.compiled: dict[str, Compiled] = {}

    def stand_ins(self) -> dict[str, object]:
        found = {}
        for number, (name, kind) in enumerate(self.kinds.items()):
            if kind is list:
                found[name] = stand_in_ids(number)
            elif kind is datetime.datetime:
                found[name] = STAND_IN_MOMENT
            elif kind is datetime.date:
                found[name] = timezone.localdate(STAND_IN_MOMENT)
            else:
                raise TypeError(f"no stand-in for {kind.__name__}")
        return found

    def rows(self, **values) -> list:
        for name, value in values.items():
            if isinstance(value, list) and len(value) != LIMIT:
                raise ValueError(f"{name}: pad the ids to {LIMIT} (backends.base.padded)")
        compiled = self.compiled.get(DEFAULT_DB_ALIAS)
        if compiled is None:  # two threads may both compile once; either result is the same
            stand_ins = self.stand_ins()
            compiled = Compiled(self.build(**stand_ins), stand_ins, self.columns)
            compiled = self.compiled.setdefault(DEFAULT_DB_ALIAS, compiled)
        return compiled.rows(values)
