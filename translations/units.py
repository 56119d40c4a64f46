"""The translatable texts of offices, as units with stable ids: `offices.office:12:mission`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.apps import apps
from django.db.models import Model

from consultations import models as consultations
from core import ledger
from offices import models as offices
from offices.translation_status import OFFICE_CONTENT

# Everything residents read on an office's page: the office app's content and the consultations' offers.
CONTENT = {**OFFICE_CONTENT, consultations.CounsellingOffer: "office", consultations.ConsultationHour: "office"}
MISSING_OR_OUTDATED = "todo"
SELECTIONS = {
    MISSING_OR_OUTDATED: {ledger.MISSING, ledger.OUTDATED},
    ledger.MISSING: {ledger.MISSING},
    ledger.OUTDATED: {ledger.OUTDATED},
    "all": set(ledger.STATUSES),
}


@dataclass(frozen=True)
class Unit:
    id: str
    obj: Model
    field: str
    source: str
    target: str
    status: ledger.Freshness

    @property
    def label(self) -> str:
        return str(type(self.obj)._meta.get_field(self.field).verbose_name)


def unit_id(obj: Model, field: str) -> str:
    return f"{obj._meta.label_lower}:{obj.pk}:{field}"


def parse_unit_id(value: str) -> tuple[type[Model], int, str]:
    """The model, primary key and field a unit id names; ValueError for anything else."""
    label, pk, field = value.split(":")
    model = apps.get_model(label)
    if model not in CONTENT or field not in ledger.translated_fields(model):
        raise ValueError(value)
    return model, int(pk), field


def units(office_ids: Iterable[int], language: str, selection: str = MISSING_OR_OUTDATED) -> Iterator[Unit]:
    """The units of these offices' texts in `language` whose status is in the selection."""
    wanted = SELECTIONS[selection]
    office_ids = list(office_ids)
    for model, path in CONTENT.items():
        queryset = model.objects.filter(**{f"{path}__in": office_ids}).order_by("pk")
        objects = {obj.pk: obj for obj in queryset}
        for row, field, status in ledger.statuses(queryset, language):
            if status.status in wanted:
                obj = objects[row["pk"]]
                source = ledger.text_of(obj, field, ledger.source_language())
                yield Unit(unit_id(obj, field), obj, field, source, ledger.text_of(obj, field, language), status)


def offices_of(city_slug: str | None = None, office_ids: Iterable[int] | None = None):
    queryset = offices.Office.objects.all()
    if city_slug:
        queryset = queryset.filter(city__slug=city_slug)
    if office_ids is not None:
        queryset = queryset.filter(pk__in=list(office_ids))
    return queryset
