"""What of the content residents read exists in each language, and how fresh it is (core.ledger).

A text counts when its German source is not empty; German is the source and always complete. Each
translation of it is missing, machine translated (not reviewed), current (reviewed and made from the
German text as it is) or outdated (the German text changed since).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from django.conf import settings
from modeltranslation.translator import translator

from core import ledger

from . import models

# Office content and the path from each model to its office.
OFFICE_CONTENT = {
    models.Office: "pk",
    models.TaskGroup: "office",
    models.Task: "group__office",
    models.TargetGroup: "office",
    models.ContactPerson: "office",
    models.Address: "office",
    models.OpeningHours: "office",
    models.Membership: "office",
    models.CooperationProject: "office",
    models.Referral: "office",
    models.RelatedLink: "office",
    models.Activity: "office",
    models.ClosureNotice: "office",
    models.PrizeCall: "office",
}
SOURCE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
CONTENT_APPS = {"offices", "consultations"}


def target_languages() -> list[str]:
    return ledger.target_languages()


def translated_fields(model) -> list[str]:
    return list(translator.get_options_for_model(model).fields)


def content_models() -> list:
    return [model for model in translator.get_registered_models() if model._meta.app_label in CONTENT_APPS]


@dataclass
class Coverage:
    language: str
    counts: Counter

    @property
    def texts(self) -> int:
        return sum(self.counts.values())

    @property
    def translated(self) -> int:
        return self.texts - self.counts[ledger.MISSING]

    @property
    def percent(self) -> float:
        return 100.0 if not self.texts else 100 * self.translated / self.texts

    def __getitem__(self, status: str) -> int:
        return self.counts[status]


def coverage(language: str, models_to_count=None) -> Coverage:
    """Texts of all content (or the given models) in one language, counted by status."""
    counts = Counter(dict.fromkeys(ledger.STATUSES, 0))
    for model in models_to_count or content_models():
        counts.update(status.status for _row, _field, status in ledger.statuses(model.objects.all(), language))
    return Coverage(language, counts)


def office_statuses(language: str) -> dict[int, set[str]]:
    """Per office id, the statuses its texts (its own and its content's) have in the language."""
    found: dict[int, set[str]] = defaultdict(set)
    for model, path in OFFICE_CONTENT.items():
        for row, _field, status in ledger.statuses(model.objects.all(), language, path):
            if row[path] is not None:
                found[row[path]].add(status.status)
    return found


def offices_with(status: str, language: str):
    ids = [pk for pk, found in office_statuses(language).items() if status in found]
    return models.Office.objects.filter(pk__in=ids)


def offices_missing(language: str):
    """Offices with at least one text, their own or their content's, not translated into the language."""
    return offices_with(ledger.MISSING, language)


def office_table(office: models.Office) -> list[tuple[str, str, dict[str, ledger.Freshness]]]:
    """The office's texts as (object, field label, {language: status}) rows, in the order of the page."""
    rows: dict[tuple, dict] = {}
    for model, path in OFFICE_CONTENT.items():
        queryset = model.objects.filter(**{path: office.pk}).order_by("pk")
        objects = {obj.pk: obj for obj in queryset}
        for language in target_languages():
            for row, field, status in ledger.statuses(queryset, language):
                label = model._meta.get_field(field).verbose_name
                key = (model._meta.verbose_name, row["pk"], field)
                rows.setdefault(key, {"object": objects[row["pk"]], "label": label, "languages": {}})
                rows[key]["languages"][language] = status
    return [(str(entry["object"]), str(entry["label"]), entry["languages"]) for entry in rows.values()]


def complete_languages(office: models.Office) -> list[str]:
    """The languages in which everything residents read about this office exists."""
    return [language for language in target_languages() if not office_lacks(office, language)]


def office_lacks(office: models.Office, language: str) -> bool:
    """Whether any text of the office or its content is missing in the language."""
    for model, path in OFFICE_CONTENT.items():
        queryset = model.objects.filter(**{path: office.pk})
        if any(status.status == ledger.MISSING for _r, _f, status in ledger.statuses(queryset, language)):
            return True
    return False
