"""Querysets compiled once per shape and language, then run as SQL: a page's fixed queries without the ORM's work.

An office page asks the same dozen queries on every request; only an id or a slug differs. Building and
compiling each queryset (filters resolved, the deferred columns worked out, modeltranslation's rewriting,
the SQL assembled) cost more than PostgreSQL took to answer it. `rows(build, *values, **shape)` calls
`build(*values, **shape)` once with stand-in values, keeps the SQL with the places the values go, and from
then on executes that SQL with the real values and builds the instances as the queryset would have:
`Model.from_db` (so post_init signals fire: modeltranslation's and the translation ledger's), the same
columns loaded and deferred, select_related objects and annotations in place, the database's converters
applied.

`build` must take every value that varies as an argument (ids, slugs, dates, moments: anything computed
inside it, `timezone.now()` for instance, would be frozen into the SQL; compiling twice with different
stand-ins catches that) and everything that changes the query's form as a keyword (`shape`). Values are
ints, strings, dates, datetimes or lists of ints (ids for `__in`; each length is a shape of its own, so a
caller pads them to one length, search.backends.base.padded). A values_list() queryset gives its tuples,
any other model instances. Querysets it cannot reproduce (prefetches, values(), flat or named lists,
annotations in a values_list(), related managers' known objects) are refused when compiled.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from django.db import connections
from django.db.models import Model, QuerySet
from django.db.models.query import ModelIterable, ValuesListIterable, _get_from_db, get_related_populators
from modeltranslation.manager import FallbackValuesListIterable

from .translated import reader_language


@dataclass(frozen=True, slots=True)
class Compiled:
    alias: str
    sql: str
    params: tuple
    # (position in params, index of the value, position in it if a list else None, how the database takes it)
    slots: tuple[tuple[int, int, int | None, Callable], ...]
    from_db: Callable
    tuple_order: tuple[int, ...] | None  # a values_list(): where each of its fields is among the columns
    init_list: tuple[str, ...]
    model_fields: slice
    related_populators: tuple
    annotations: tuple[tuple[str, int], ...]
    converters: tuple
    col_count: int


_compiled: dict[tuple, Compiled] = {}


def rows(build: Callable[..., QuerySet], *values, **shape: Hashable) -> list[Model] | list[tuple]:
    """`list(build(*values, **shape))`, from SQL compiled once per shape and reader language."""
    kinds = tuple((list, len(value)) if isinstance(value, list) else type(value) for value in values)
    key = (build, reader_language(), kinds, *sorted(shape.items()))
    compiled = _compiled.get(key)
    if compiled is None:
        compiled = _compiled[key] = compile_shape(build, values, shape)
    return run(compiled, values)


def compile_shape(build: Callable[..., QuerySet], values: tuple, shape: dict) -> Compiled:
    first, second = (
        _compile(build, [_stand_in(value, round_, index) for index, value in enumerate(values)], shape)
        for round_ in (0, 1)
    )
    if first[:-1] != second[:-1]:
        raise ValueError(f"{build.__qualname__} builds a query that depends on more than its arguments")
    return first[-1]


def _compile(build, stand_ins: list, shape: dict):
    queryset = build(*stand_ins, **shape)
    tuple_order = _tuple_order(build, queryset)
    if (tuple_order is None and queryset._iterable_class is not ModelIterable) or queryset._prefetch_related_lookups:
        raise ValueError(
            f"{build.__qualname__}: only model instances without prefetches, or a plain values_list(), can be compiled"
        )
    if queryset._known_related_objects or queryset.query.select_for_update or queryset._fetch_mode.track_peers:
        raise ValueError(f"{build.__qualname__}: related managers', locking or peer-fetching querysets are refused")
    connection = connections[queryset.db]
    compiler = queryset.query.get_compiler(using=queryset.db)
    sql, params = compiler.as_sql()
    constants, slots, found = list(params), [], set()
    each = [
        (index, item, stand_in[item] if item is not None else stand_in)
        for index, stand_in in enumerate(stand_ins)
        for item in (range(len(stand_in)) if isinstance(stand_in, list) else [None])
    ]
    for position, param in enumerate(params):
        for index, item, stand_in in each:
            adapt = _adapter(param, stand_in, connection)
            if adapt is not None:
                constants[position] = None
                slots.append((position, index, item, adapt))
                found.add((index, item))
                break
    if len(found) != len(each):
        raise ValueError(f"{build.__qualname__}: an argument does not reach the SQL as it is (derived or unused)")
    select, klass_info = compiler.select, compiler.klass_info
    if tuple_order is not None:
        start, end, from_db, populators = 0, compiler.col_count, None, ()
    else:
        fields = klass_info["select_fields"]
        start, end = fields[0], fields[-1] + 1
        from_db = _get_from_db(klass_info["model"], queryset._fetch_mode)
        populators = tuple(get_related_populators(klass_info, select, queryset.db, queryset._fetch_mode))
    converters = compiler.get_converters([column[0] for column in select[: compiler.col_count]])
    compiled = Compiled(
        alias=queryset.db,
        sql=sql,
        params=tuple(constants),
        slots=tuple(slots),
        from_db=from_db,
        tuple_order=tuple_order,
        init_list=() if tuple_order is not None else tuple(column[0].target.attname for column in select[start:end]),
        model_fields=slice(start, end),
        related_populators=populators,
        annotations=tuple(compiler.annotation_col_map.items()),
        converters=tuple((position, tuple(steps), expression) for position, (steps, expression) in converters.items()),
        col_count=compiler.col_count,
    )
    # What must be equal between two compilations with different stand-ins: all but the stand-ins themselves.
    return sql, tuple(constants), tuple(slot[:3] for slot in slots), compiled


def _tuple_order(build: Callable, queryset: QuerySet) -> tuple[int, ...] | None:
    """For a values_list(), the column of each field asked for; None for any other queryset.

    modeltranslation compiles the fields in an order of its own and fills an empty translation from another
    language as it reads the rows: only fields it leaves as they are (not translated) can be kept compiled.
    """
    if queryset._iterable_class not in (ValuesListIterable, FallbackValuesListIterable):
        return None
    query = queryset.query
    asked = getattr(queryset, "original_fields", None) or queryset._fields
    if query.extra_select or query.annotation_select or not set(asked) <= set(query.values_select):
        raise ValueError(f"{build.__qualname__}: a values_list() of translated fields or annotations is refused")
    return tuple(query.values_select.index(name) for name in asked)


def _stand_in(value, round_: int, index: int):
    """A value of `value`'s type that no query holds as a constant, different in each round."""
    if isinstance(value, bool) or value is None:
        raise TypeError("booleans and None change a query's form: pass them as a keyword (its shape)")
    if isinstance(value, list):  # distinct items: Django drops repeated values from `IN (…)`
        if not all(isinstance(item, int) and not isinstance(item, bool) for item in value):
            raise TypeError("only lists of ints (ids) can be compiled into a query")
        return [1_800_000_000 + 1_000_000 * round_ + 1_000 * index + position for position in range(len(value))]
    if isinstance(value, int):
        return 1_900_000_000 + 1_000 * round_ + index
    if isinstance(value, str):
        return f"\ue000stand-in {round_} {index}\ue000"
    if isinstance(value, datetime.datetime):
        return datetime.datetime(1234 + round_, 5, 6, 7, 8, 9, index, tzinfo=value.tzinfo)
    if isinstance(value, datetime.date):
        return datetime.date(1234 + round_, 5, 1 + index)
    raise TypeError(f"{type(value).__name__} values cannot be compiled into a query")


def _same(value):
    return value


def _adapter(param, stand_in, connection) -> Callable | None:
    """How `stand_in` became `param` in the compiled parameters, if it did."""
    ops = connection.ops
    candidates = [_same]
    if isinstance(stand_in, datetime.datetime):
        candidates.append(ops.adapt_datetimefield_value)
    elif isinstance(stand_in, datetime.date):
        candidates.append(ops.adapt_datefield_value)
    for adapt in candidates:
        if type(param) is type(adapt(stand_in)) and param == adapt(stand_in):
            return adapt
    return None


def run(compiled: Compiled, values: tuple) -> list[Model] | list[tuple]:
    params = list(compiled.params)
    for position, index, item, adapt in compiled.slots:
        params[position] = adapt(values[index] if item is None else values[index][item])
    connection = connections[compiled.alias]
    with connection.cursor() as cursor:
        cursor.execute(compiled.sql, params)
        fetched = cursor.fetchall()
    from_db, init_list, fields, db = compiled.from_db, compiled.init_list, compiled.model_fields, compiled.alias
    objects = []
    for row in fetched:
        row = list(row[: compiled.col_count])
        for position, functions, expression in compiled.converters:
            value = row[position]
            for convert in functions:
                value = convert(value, expression, connection)
            row[position] = value
        if compiled.tuple_order is not None:
            objects.append(tuple(row[position] for position in compiled.tuple_order))
            continue
        obj = from_db(db, init_list, row[fields])
        for populator in compiled.related_populators:
            populator.populate(row, obj)
        for name, position in compiled.annotations:
            setattr(obj, name, row[position])
        objects.append(obj)
    return objects
