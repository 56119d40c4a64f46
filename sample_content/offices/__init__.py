"""The five seed pages as data, and the walk over them.

Each city module holds one ``CITY`` dict whose shape follows the models.
Translated fields take ``{"de": ..., "en": ...}``; list order becomes
``position``. `walk` turns a city into rows (sample_content.rows) that the
idempotent seed loader (`load`) and the scale generator both save. Loading
creates what is missing and leaves existing rows as they are (staff may have
edited them), so running it on every ``make run`` is safe; ``update=True``
resets the sample rows to the data here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from importlib import import_module

from django.db import transaction

from offices import models as m
from sample_content.rows import Loader, Row

CITY_MODULES = ["zwickau", "dresden", "schwaebisch_gmuend", "gera", "kassel"]

# Office children in the order of the page, keyed as in the data.
OFFICE_CHILDREN = {
    "target_groups": m.TargetGroup,
    "contacts": m.ContactPerson,
    "addresses": m.Address,
    "opening_hours": m.OpeningHours,
    "memberships": m.Membership,
    "cooperation_projects": m.CooperationProject,
    "referrals": m.Referral,
    "related_links": m.RelatedLink,
    "activities": m.Activity,
}


# What an office's data holds besides its own fields and OFFICE_CHILDREN.
NESTED = ["task_groups", "closure_notices", "prize_calls", "units"]


def cities() -> list[dict]:
    return [import_module(f"{__name__}.{name}").CITY for name in CITY_MODULES]


def walk(city: dict) -> Iterator[Row]:
    """The city, its offices and units and everything on their pages, each row after those it refers to."""
    data = dict(city)
    offices = data.pop("offices")
    city_row = Row(m.City, {"slug": data.pop("slug")}, data)
    yield city_row
    for position, office in enumerate(offices):
        yield from _office(city_row, office, position, parent=None)


def _office(city: Row, data: dict, position: int, parent: Row | None) -> Iterator[Row]:
    data = dict(data)
    nested = {key: data.pop(key, []) for key in [*OFFICE_CHILDREN, *NESTED]}
    office = Row(m.Office, {"city": city, "slug": data.pop("slug")}, data | {"parent": parent, "position": position})
    yield office
    for key, model in OFFICE_CHILDREN.items():
        for index, row in enumerate(nested[key]):
            yield Row(model, {"office": office, "position": index}, row)
    for index, group_data in enumerate(nested["task_groups"]):
        group_data = dict(group_data)
        tasks = group_data.pop("tasks", [])
        group = Row(m.TaskGroup, {"office": office, "position": index}, group_data)
        yield group
        for task_index, task_data in enumerate(tasks):
            task_data = dict(task_data)
            subtasks = task_data.pop("subtasks", [])
            task = Row(m.Task, {"group": group, "parent": None, "position": task_index}, task_data)
            yield task
            for sub_index, sub_data in enumerate(subtasks):
                yield Row(m.Task, {"group": group, "parent": task, "position": sub_index}, sub_data)
    for notice in nested["closure_notices"]:
        notice = dict(notice)
        lookup = {"office": office, "starts_on": notice.pop("starts_on"), "ends_on": notice.pop("ends_on")}
        # Shown, as on the seed page; a notice staff create starts as a draft.
        yield Row(m.ClosureNotice, lookup, notice | {"city": city, "status": m.ClosureNotice.Status.PUBLISHED})
    for prize in nested["prize_calls"]:
        prize = dict(prize)
        yield Row(m.PrizeCall, {"office": office, "slug": prize.pop("slug")}, prize)
    for index, unit in enumerate(nested["units"]):
        yield from _office(city, unit, index, parent=office)


@transaction.atomic
def load(update: bool = False) -> Counter[str]:
    return Loader(update=update).load(row for city in cities() for row in walk(city))
