"""The five seed pages as data, and their loader.

Each city module holds one ``CITY`` dict whose shape follows the models.
Translated fields take ``{"de": ..., "en": ...}``; list order becomes
``position``. Loading creates what is missing and leaves existing rows as
they are (staff may have edited them), so running it on every ``make run``
is safe; ``update=True`` resets the sample rows to the data here.
"""

from __future__ import annotations

import datetime
from collections import Counter
from decimal import Decimal
from importlib import import_module

from django.db import models, transaction
from django.utils import timezone
from modeltranslation.translator import translator

from offices import models as m

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


def cities() -> list[dict]:
    return [import_module(f"{__name__}.{name}").CITY for name in CITY_MODULES]


class Loader:
    def __init__(self, update: bool = False):
        self.update = update
        self.counts: Counter[str] = Counter()

    def field_values(self, model: type[models.Model], data: dict) -> dict:
        """Model field values from the data: dicts become one column per language."""
        translated = set(translator.get_options_for_model(model).fields) if _is_registered(model) else set()
        values = {}
        for name, value in data.items():
            if name in translated:
                if not isinstance(value, dict):
                    value = {"de": value}
                for language, text in value.items():
                    values[f"{name}_{language}"] = text
            else:
                values[name] = _coerce(model, name, value)
        return values

    def put(self, model: type[models.Model], lookup: dict, data: dict) -> models.Model:
        values = self.field_values(model, data)
        obj = model.objects.filter(**lookup).first()
        label = model._meta.verbose_name_plural
        if obj is None:
            obj = model(**lookup, **values)
            obj.full_clean(validate_unique=False, validate_constraints=False)
            obj.save()
            self.counts[f"created {label}"] += 1
            return obj
        changed = [name for name, value in values.items() if getattr(obj, name) != value]
        if changed and self.update:
            for name in changed:
                setattr(obj, name, values[name])
            obj.full_clean(validate_unique=False, validate_constraints=False)
            obj.save()
            self.counts[f"updated {label}"] += 1
        else:
            self.counts["unchanged" if not changed else "kept staff edits"] += 1
        return obj

    def load_city(self, data: dict) -> None:
        data = dict(data)
        offices = data.pop("offices")
        city = self.put(m.City, {"slug": data.pop("slug")}, data)
        for position, office in enumerate(offices):
            self.load_office(city, office, position, parent=None)

    def load_office(self, city: m.City, data: dict, position: int, parent: m.Office | None) -> None:
        data = dict(data)
        nested = {
            key: data.pop(key, [])
            for key in [*OFFICE_CHILDREN, "task_groups", "closure_notices", "prize_calls", "units"]
        }
        office = self.put(
            m.Office, {"city": city, "slug": data.pop("slug")}, data | {"parent": parent, "position": position}
        )
        for key, model in OFFICE_CHILDREN.items():
            for index, row in enumerate(nested[key]):
                self.put(model, {"office": office, "position": index}, row)
        for index, group_data in enumerate(nested["task_groups"]):
            group_data = dict(group_data)
            tasks = group_data.pop("tasks", [])
            group = self.put(m.TaskGroup, {"office": office, "position": index}, group_data)
            for task_index, task_data in enumerate(tasks):
                task_data = dict(task_data)
                subtasks = task_data.pop("subtasks", [])
                task = self.put(m.Task, {"group": group, "parent": None, "position": task_index}, task_data)
                for sub_index, sub_data in enumerate(subtasks):
                    self.put(m.Task, {"group": group, "parent": task, "position": sub_index}, sub_data)
        for notice in nested["closure_notices"]:
            notice = dict(notice)
            lookup = {"office": office, "starts_on": notice.pop("starts_on"), "ends_on": notice.pop("ends_on")}
            self.put(m.ClosureNotice, lookup, notice | {"city": city, "status": m.ClosureNotice.Status.PUBLISHED})
        for prize in nested["prize_calls"]:
            prize = dict(prize)
            self.put(m.PrizeCall, {"office": office, "slug": prize.pop("slug")}, prize)
        for index, unit in enumerate(nested["units"]):
            self.load_office(city, unit, index, parent=office)


def _is_registered(model) -> bool:
    return model in translator.get_registered_models()


def _coerce(model, name: str, value):
    """Turn the data's ISO strings into the field's Python type, so a second run compares equal."""
    field = model._meta.get_field(name)
    if value is None or not isinstance(value, str):
        return value
    if isinstance(field, models.DateTimeField):
        return timezone.make_aware(datetime.datetime.fromisoformat(value))
    if isinstance(field, models.DateField):
        return datetime.date.fromisoformat(value)
    if isinstance(field, models.TimeField):
        return datetime.time.fromisoformat(value)
    if isinstance(field, models.DurationField):
        hours, minutes, seconds = (int(part) for part in value.split(":"))
        return datetime.timedelta(hours=hours, minutes=minutes, seconds=seconds)
    if isinstance(field, models.DecimalField):
        return Decimal(value)
    return value


@transaction.atomic
def load(update: bool = False) -> Counter[str]:
    loader = Loader(update=update)
    for city in cities():
        loader.load_city(city)
    return loader.counts
