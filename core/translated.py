"""A translated field's text together with the language it is really in.

modeltranslation's own fallback (reading `obj.field`) silently hands out the
German text in every language that has none. Whoever shows the text to a
reader — a page, a feed, a vCard, structured data, an e-mail — must be able to
say "this part is German", so the fallback is a value here, not a side effect.
"""

from dataclasses import dataclass
from functools import cache

from django.conf import settings
from django.db.models import Model, QuerySet
from django.utils.translation import get_language
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname


class UntranslatedField(LookupError):
    """The field is not registered with modeltranslation: it has one text, in German, for every reader."""


@dataclass(frozen=True, slots=True)
class Translated:
    text: str
    # The language `text` is written in: the reader's, or the fallback language when `is_fallback`.
    language: str
    is_fallback: bool

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        # "Is there anything to show", as `if office.heading` asked of the plain field.
        return bool(self.text)


def source_language() -> str:
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def reader_language() -> str:
    """The active language as modeltranslation names its fields: "en-gb" reads the "en" fields."""
    language = (get_language() or settings.LANGUAGE_CODE).lower()
    available = settings.MODELTRANSLATION_LANGUAGES
    if language not in available:
        language = language.split("-")[0]
    return language


def is_translated(model: type[Model], field: str) -> bool:
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return False
    return field in options.all_fields


def translated(obj: Model, field: str) -> Translated:
    """`obj.field` in the reader's language, else in the source language (German), marked as a fallback.

    A field that is not registered for translation raises UntranslatedField: it
    would be German for every reader, and the caller should show it as what it
    is (a name, an address, a number) rather than pass it off as translated.
    A text empty in every language is empty, in the reader's language, and no fallback.
    """
    if not is_translated(type(obj), field):
        raise UntranslatedField(
            f"{type(obj).__name__}.{field} is not registered for translation; "
            f"print the field itself (e.g. {{{{ object.{field} }}}}) instead of the translated-text helper."
        )
    language = reader_language()
    source = source_language()
    if language in settings.MODELTRANSLATION_LANGUAGES:
        own = getattr(obj, build_localized_fieldname(field, language)) or ""
        if own or language == source:
            return Translated(own, language, False)
    fallback = getattr(obj, build_localized_fieldname(field, source)) or ""
    if not fallback:
        return Translated("", language, False)
    return Translated(fallback, source, True)


def unread_columns(model: type[Model], prefix: str = "") -> list[str]:
    """The translated fields' columns in languages neither the reader's nor the source, for `QuerySet.defer()`.

    What a page shows of a translated field is the reader's text or the German one (translated() above,
    and modeltranslation's own fallback, which is German alone): the other five languages' columns are
    loaded for nothing. `prefix` names a relation the queryset follows ("city__").
    """
    return list(_unread_columns(model, prefix, reader_language(), source_language()))


def without_unread_languages(queryset: QuerySet, **related: type[Model]) -> QuerySet:
    """`queryset` deferring the unread languages' columns of its model and of the relations it selects.

    `related` names them by lookup: `city=City`. Django's own defer(): modeltranslation's expands every name
    to all its languages first, which costs a quarter of a millisecond and changes nothing for these.
    """
    columns = unread_columns(queryset.model)
    for lookup, model in related.items():
        columns += unread_columns(model, f"{lookup}__")
    return QuerySet.defer(queryset, *columns)


@cache
def _unread_columns(model: type[Model], prefix: str, *read: str) -> tuple[str, ...]:
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return ()
    columns = (field for fields in options.all_fields.values() for field in fields)
    return tuple(prefix + field.name for field in columns if field.language not in read)
