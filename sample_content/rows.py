"""One walk over the sample data, two ways to save what it yields.

The data modules describe cities as nested dicts. Their `walk` functions (sample_content.offices,
sample_content.consultations) turn them into `Row`s, each row after the rows it refers to. The seed loader
saves the rows one by one and idempotently (`Loader`); the scale generator saves thousands of cities' rows
with a bulk insert per model and level (`bulk_create`). What a city holds is therefore written down once.
"""

from __future__ import annotations

import datetime
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import models
from django.utils import timezone, translation
from modeltranslation.translator import translator

from core import ledger
from sample_content.translations import LANGUAGES as MACHINE_TRANSLATED
from sample_content.translations import with_translations


@dataclass(eq=False)  # compared and hashed by identity: rows refer to each other
class Row:
    model: type[models.Model]
    lookup: dict  # what identifies the row; a value may be another Row
    values: dict  # the rest as the data gives it ({"de": …, "en": …} for translated fields); may hold Rows
    m2m: dict[str, list[Row]] = field(default_factory=dict)  # many-to-many field → the rows it links to
    obj: models.Model | None = None  # once saved or found

    def refs(self) -> list[Row]:
        return [value for value in (*self.lookup.values(), *self.values.values()) if isinstance(value, Row)]


def resolve(fields: dict) -> dict:
    return {name: value.obj if isinstance(value, Row) else value for name, value in fields.items()}


def field_values(model: type[models.Model], data: dict) -> dict:
    """Model field values from the data: dicts become one column per language, with the machine-translated
    languages (sample_content.translations) added."""
    registered = model in translator.get_registered_models()
    translated = set(translator.get_options_for_model(model).fields) if registered else set()
    values = {}
    for name, value in data.items():
        if name in translated:
            for language, text in with_translations(value if isinstance(value, dict) else {"de": value}).items():
                values[f"{name}_{language}"] = text
        else:
            values[name] = _coerce(model, name, value)
    return values


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


class Loader:
    """Saves rows idempotently: creates what is missing and leaves existing rows as they are (staff may have
    edited them) unless `update`. Rows of models outside `writes` are only looked up, as the parents of rows
    that are written; a row whose parent is missing is skipped and counted in `skipped`."""

    def __init__(self, update: bool = False, writes: Iterable[type[models.Model]] | None = None):
        self.update = update
        self.writes = set(writes) if writes is not None else None
        self.counts: Counter[str] = Counter()
        self.skipped: Counter[type[models.Model]] = Counter()
        self.visited: set[Row] = set()

    def put(self, model: type[models.Model], lookup: dict, data: dict) -> models.Model:
        values = field_values(model, data)
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

    def save(self, row: Row) -> models.Model | None:
        if row in self.visited:
            return row.obj
        self.visited.add(row)
        if any(self.save(ref) is None for ref in row.refs()):
            self.skipped[row.model] += 1
            return None
        lookup = resolve(row.lookup)
        if self.writes is not None and row.model not in self.writes:
            row.obj = row.model.objects.filter(**lookup).first()
            return row.obj
        existed = bool(row.m2m) and row.model.objects.filter(**lookup).exists()
        row.obj = self.put(row.model, lookup, resolve(row.values))
        for name, linked in row.m2m.items():
            wanted = {obj for obj in map(self.save, linked) if obj is not None}
            # Staff may have changed the links too: set them on creation, or when updating.
            if (self.update or not existed) and set(getattr(row.obj, name).all()) != wanted:
                getattr(row.obj, name).set(wanted)
        return row.obj

    def load(self, rows: Iterable[Row]) -> Counter[str]:
        # The five languages beside German and English were translated for the seed, not reviewed.
        with ledger.recording(ledger.MACHINE, MACHINE_TRANSLATED):
            for row in rows:
                if self.writes is None or row.model in self.writes:
                    self.save(row)
        return self.counts


def bulk_create(rows: list[Row]) -> Counter[str]:
    """Insert new rows with one bulk insert per model and level (a row's level is one more than that of the rows
    it refers to, whose ids it needs). Sends no signals; counts by model, named in English."""
    levels: dict[Row, int] = {}

    def level(row: Row) -> int:
        if row not in levels:
            levels[row] = 1 + max((level(ref) for ref in row.refs()), default=-1)
        return levels[row]

    batches: dict[tuple[int, type[models.Model]], list[Row]] = defaultdict(list)
    for row in rows:
        batches[level(row), row.model].append(row)
    counts: Counter[str] = Counter()

    def create(model: type[models.Model], objects: list[models.Model]) -> None:
        model.objects.bulk_create(objects, batch_size=1000)
        ledger.record(objects, ledger.MACHINE, MACHINE_TRANSLATED)  # what the save signals would have
        with translation.override("en"):
            counts[model.__name__ if model._meta.auto_created else str(model._meta.verbose_name_plural)] += len(objects)

    for (_level, model), batch in sorted(batches.items(), key=lambda item: item[0][0]):
        for row in batch:
            row.obj = model(**field_values(model, resolve(row.lookup) | resolve(row.values)))
        create(model, [row.obj for row in batch])
    links: dict[models.ManyToManyField, list[models.Model]] = defaultdict(list)
    for row in rows:
        for name, linked in row.m2m.items():
            m2m = row.model._meta.get_field(name)
            through = m2m.remote_field.through
            for ref in linked:
                links[m2m] += [through(**{m2m.m2m_field_name(): row.obj, m2m.m2m_reverse_field_name(): ref.obj})]
    for m2m, objects in links.items():
        create(m2m.remote_field.through, objects)
    return counts
