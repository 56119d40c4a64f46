"""How much of the content residents read exists in each language.

A text counts as translated into a language when its German source is not
empty and the language's column is not empty either; German is the source
and always complete.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from modeltranslation.translator import translator

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


def target_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES if code != SOURCE]


def translated_fields(model) -> list[str]:
    return list(translator.get_options_for_model(model).fields)


def _has_source(field: str) -> Q:
    return ~Q(**{f"{field}_{SOURCE}": ""}) & Q(**{f"{field}_{SOURCE}__isnull": False})


def _missing(field: str, language: str) -> Q:
    return _has_source(field) & (Q(**{f"{field}_{language}": ""}) | Q(**{f"{field}_{language}__isnull": True}))


@dataclass
class Coverage:
    language: str
    texts: int
    translated: int

    @property
    def percent(self) -> float:
        return 100.0 if not self.texts else 100 * self.translated / self.texts


def coverage(language: str, models_to_count=None) -> Coverage:
    """Translated texts of all content (or the given models) in one language."""
    texts = translated = 0
    for model in models_to_count or translator.get_registered_models():
        if model._meta.app_label not in {"offices", "consultations"}:
            continue
        for field in translated_fields(model):
            with_source = model.objects.filter(_has_source(field)).count()
            texts += with_source
            translated += with_source - model.objects.filter(_missing(field, language)).count()
    return Coverage(language, texts, translated)


def offices_missing(language: str):
    """Offices with at least one text, their own or their content's, not translated into the language."""
    office_ids = set()
    for model, path in OFFICE_CONTENT.items():
        condition = Q()
        for field in translated_fields(model):
            condition |= _missing(field, language)
        office_ids.update(
            value for value in model.objects.filter(condition).values_list(path, flat=True) if value is not None
        )
    return models.Office.objects.filter(pk__in=office_ids)


def complete_languages(office: models.Office) -> list[str]:
    """The languages in which everything residents read about this office exists."""
    return [language for language in target_languages() if not office_lacks(office, language)]


def office_lacks(office: models.Office, language: str) -> bool:
    """Whether any text of the office or its content is missing in the language."""
    for model, path in OFFICE_CONTENT.items():
        condition = Q()
        for field in translated_fields(model):
            condition |= _missing(field, language)
        if model.objects.filter(condition, **{path: office.pk}).exists():
            return True
    return False
