"""The office page's office with everything the page shows, asking only for the lists that have entries.

Most offices leave most of their lists empty (of the sample's nine offices, the typical one fills three
of its eleven), and every prefetch costs the ORM about as much as the page's own template work however
few rows it returns. So the office's query also says which of its lists have rows, and only those are
loaded; the empty ones are filled in as empty, so the templates ask nothing either. A page whose
every list has entries makes the same queries as before, and no more with 100 rows than with one.

The flags are plain EXISTS subqueries written from the models' metadata: Django's Exists() builds the
same SQL but resolving a dozen of them costs more than the queries they save.
"""

from __future__ import annotations

import datetime
from functools import cache

from django.db import connection
from django.db.models import BooleanField
from django.db.models.expressions import RawSQL
from django.http import Http404
from django.utils import timezone

from core.prepared import rows as compiled_rows
from core.translated import without_unread_languages

from .models import City, ClosureNotice, ContactHours, ContactPhone, Office, Task

# The office's lists by the name of their relation (_load_list() loads each): those the parts of the page
# rendered per request show (today's hours and state, the advice section's referrals) ...
PAGE_LISTS = ("opening_hours", "referrals")
# ... and those only its time-independent parts show (its content, contact facts and people, the structured
# data's content: OfficeDetailView.kept_templates), loaded only when these are rendered rather than taken from
# the fragment cache (load_content_lists).
CONTENT_LISTS = (
    "contacts",
    "addresses",
    "units",
    "task_groups",
    "target_groups",
    "memberships",
    "cooperation_projects",
    "related_links",
    "activities",
)
LISTS = (*PAGE_LISTS, *CONTENT_LISTS)
# What the parts rendered per request ask of the office, besides their lists.
PAGE_FLAGS = (*PAGE_LISTS, "prize_calls", "closure_notices")


@cache
def _exists_sql(vendor: str) -> dict[str, str]:
    quote = connection.ops.quote_name
    office = quote(Office._meta.db_table)
    # Rows are "r", the rows they hang from "g": the office's own table is the units' too, and must not be shadowed.
    sql = {}
    for name in (*LISTS, "prize_calls"):
        relation = Office._meta.get_field(name)
        table, column = quote(relation.related_model._meta.db_table), quote(relation.field.column)
        sql[name] = f"EXISTS (SELECT 1 FROM {table} r WHERE r.{column} = {office}.{quote('id')})"
    sql["contact_phones"] = _exists_under(ContactPhone, "contact")
    sql["contact_hours"] = _exists_under(ContactHours, "contact")
    notice = quote(Office._meta.get_field("closure_notices").related_model._meta.db_table)
    # This office's notices and those for all offices of its city (ClosureNoticeQuerySet.for_office).
    sql["closure_notices"] = (
        f"EXISTS (SELECT 1 FROM {notice} r WHERE r.{quote('office_id')} = {office}.{quote('id')}"
        f" OR (r.{quote('office_id')} IS NULL AND r.{quote('city_id')} = {office}.{quote('city_id')}))"
    )
    return sql


def _exists_under(model, parent: str) -> str:
    """Whether the office has rows of `model` below one of its own rows (`parent`): its people's numbers."""
    quote = connection.ops.quote_name
    office, table = quote(Office._meta.db_table), quote(model._meta.db_table)
    foreign_key = model._meta.get_field(parent)
    parents = quote(foreign_key.related_model._meta.db_table)
    return (
        f"EXISTS (SELECT 1 FROM {table} r INNER JOIN {parents} g ON r.{quote(foreign_key.column)} = g.{quote('id')}"
        f" WHERE g.{quote('office_id')} = {office}.{quote('id')})"
    )


def _lean(model):
    return without_unread_languages(model.objects.all())


def _list_query(office_id: int, *, name: str, phones: bool = False, times: bool = False):
    """The office's rows of the list `name` (compiled once per language: core.prepared)."""
    foreign_key = Office._meta.get_field(name).field
    if name == "units":
        rows = without_unread_languages(Office.objects.all(), city=City).published().select_related("city")
        rows = rows.order_by("position", "name")
    else:
        rows = _lean(foreign_key.model)
        if name == "contacts":
            rows = rows.with_channels(phones=phones, times=times)
    return rows.filter(**{foreign_key.name: office_id})


def _tasks_query(office_id: int):
    """Tasks and sub-tasks of every group of the office in one query, arranged by _arrange_tasks()."""
    return _lean(Task).filter(group__office=office_id)


def _load(office: Office, name: str, **shape) -> list:
    """The office's rows of the list `name`, each knowing its office, as `office.<name>.all()`.

    One office's lists are asked for directly: prefetch_related_objects() does the same query through its
    machinery for many instances (its lookups, a sticky filter, a dictionary of instances), a tenth of each
    list's cost for the one office a page has.
    """
    foreign_key = Office._meta.get_field(name).field
    rows = compiled_rows(_list_query, office.pk, name=name, **shape)
    for row in rows:
        foreign_key.set_cached_value(row, office)
    known_rows(office, name, rows)
    return rows


def _load_list(office: Office, name: str) -> None:
    if name == "task_groups":
        groups = _load(office, name)
        tasks = compiled_rows(_tasks_query, office.pk)
        group_field = Task._meta.get_field("group")
        for group in groups:
            group.every_task = [task for task in tasks if task.group_id == group.pk]
            for task in group.every_task:
                group_field.set_cached_value(task, group)
    elif name == "contacts":
        _load(office, name, phones=office.has_contact_phones, times=office.has_contact_hours)
    else:
        _load(office, name)


def known_rows(instance, name: str, rows: list) -> None:
    """`instance.<name>.all()` is `rows`, as the caller knows: no query when the page asks."""
    known = _known(type(instance)._meta.get_field(name).related_model)
    known._result_cache, known._prefetch_done = rows, True
    instance.__dict__.setdefault("_prefetched_objects_cache", {})[name] = known


def _known(model):
    """A fresh empty queryset of `model` that asks nothing: a copy of one made once.

    A page fills two dozen such lists; making each through the manager (`none()`) cost a queryset class
    built by modeltranslation, a query cloned and its rewriting, about a fifth of the page's own work.
    Querysets never change their query in place (each method works on a clone), so the copies share one.
    """
    prototype = _empty(model)
    known = object.__new__(type(prototype))
    known.__dict__.update(prototype.__dict__)
    return known


@cache
def _empty(model):
    return model._default_manager.none()


def known_empty(instance, name: str) -> None:
    """`instance.<name>.all()` is empty, as the caller knows from a flag: no query when the page asks."""
    known_rows(instance, name, [])


def _arrange_tasks(office: Office) -> None:
    """Each group's top-level tasks, each with its sub-tasks, as `group.tasks` and `task.subtasks` give them."""
    groups = list(office.task_groups.all())
    below: dict[int, list[Task]] = {}
    for group in groups:
        for task in group.every_task:
            if task.parent_id is not None:
                below.setdefault(task.parent_id, []).append(task)
    for group in groups:
        top = [task for task in group.every_task if task.parent_id is None]
        known_rows(group, "tasks", top)
        for task in top:
            known_rows(task, "subtasks", below.get(task.pk, []))


def _office_query(city: str, slug: str, *, content: bool):
    exists = _exists_sql(connection.vendor)
    if not content:  # the content lists' flags are read only where these lists are loaded (0.3 ms of 0.7 here)
        exists = {name: sql for name, sql in exists.items() if name in PAGE_FLAGS}
    flags = {f"has_{name}": RawSQL(sql, (), output_field=BooleanField()) for name, sql in exists.items()}
    office = without_unread_languages(Office.objects.published_at(city, slug), city=City, parent=Office)
    return office.annotate(**flags)


def office_page(city: str, slug: str, *, content: bool = True) -> Office:
    """The published office at /<city>/<office>/ with its city, parent and the lists its page shows.

    `content=False`: without CONTENT_LISTS, for a page whose time-independent content may come from the
    fragment cache; load_content_lists() loads them if it does not.
    """
    found = compiled_rows(_office_query, city, slug, content=content)
    if not found:
        raise Http404
    (office,) = found  # a city's office slugs are unique
    _load_lists(office, PAGE_LISTS)
    if content:
        load_content_lists(office)
    return office


def load_content_lists(office: Office) -> None:
    _load_lists(office, CONTENT_LISTS)
    if office.has_task_groups:
        _arrange_tasks(office)


def _load_lists(office: Office, names: tuple[str, ...]) -> None:
    for name in names:
        if getattr(office, f"has_{name}"):
            _load_list(office, name)
        else:
            known_empty(office, name)


def _notices_query(office_id: int, city_id: int, now: datetime.datetime, today: datetime.date):
    return ClosureNotice.objects.for_office_id(office_id, city_id).published().with_standing(now, today)


def office_notices(office: Office, now: datetime.datetime) -> list[ClosureNotice]:
    """The office's and its city's published closure notices, each knowing its standing at `now`."""
    return compiled_rows(_notices_query, office.pk, office.city_id, now, timezone.localdate(now))
