"""The freshness ledger: for every translated field and language, whether its text is missing, machine
translated, reviewed and up to date, or outdated since the German text changed.

The ledger (core.models.TranslationState) stores per object, field and language where the text came from
(machine or reviewed) and a hash of the German text it was made from. Saving any model registered with
modeltranslation keeps it right (the signals below, over modeltranslation's registry, so no app has to
remember): a changed translation is recorded as reviewed — staff wrote it — unless it is saved inside
`recording(MACHINE, languages)` (a machine translation engine, the sample content); a changed German text
makes every translation made from the old text outdated, unless the save is marked as a minor change
(`mark_minor_change`: a typo fixed, punctuation), which moves the translations along with it.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.signals import request_started
from django.db import connections, router
from django.db.models import Model
from django.db.models.signals import post_delete, post_init, post_save, pre_save
from django.utils import timezone
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname

from .models import TranslationState

MACHINE = TranslationState.Origin.MACHINE
REVIEWED = TranslationState.Origin.REVIEWED
# The derived statuses, in the order staff read them.
MISSING, MACHINE_TRANSLATED, CURRENT, OUTDATED = "missing", "machine", "current", "outdated"
STATUSES = (MISSING, MACHINE_TRANSLATED, CURRENT, OUTDATED)

_origins: ContextVar[dict[str, str]] = ContextVar("translation_origins", default={})  # noqa: B039 (never mutated)
_memo = threading.local()


@dataclass(frozen=True, slots=True)
class Freshness:
    status: str
    # OUTDATED: when the German text changed; the translation was made from the text before.
    since: datetime.datetime | None = None
    machine: bool = False


def source_language() -> str:
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def target_languages() -> list[str]:
    return [code for code in settings.MODELTRANSLATION_LANGUAGES if code != source_language()]


def source_hash(text: str | None) -> str:
    return hashlib.sha256((text or "").encode()).hexdigest()


def translated_fields(model: type[Model]) -> list[str]:
    try:
        return list(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return []


def text_of(obj: Model, field: str, language: str) -> str:
    return getattr(obj, build_localized_fieldname(field, language)) or ""


@contextmanager
def recording(origin: str, languages: Iterable[str]) -> Iterator[None]:
    """Translations saved inside are recorded with `origin` in these languages (others stay reviewed)."""
    token = _origins.set({**_origins.get(), **dict.fromkeys(languages, origin)})
    try:
        yield
    finally:
        _origins.reset(token)


def mark_minor_change(instance: Model) -> None:
    """The next save of `instance` changes its German text only slightly: translations keep their status."""
    instance._ledger_minor_change = True


def judge(text: str, source: str, state: TranslationState | tuple | None) -> Freshness:
    """The status of one translation `text` of the German `source`, given its ledger entry (or none)."""
    if not text:
        return Freshness(MISSING)
    if state is None:
        return Freshness(CURRENT)  # written before the ledger, by staff
    origin, recorded_hash, changed_at, updated_at = (
        (state.origin, state.source_hash, state.source_changed_at, state.updated_at)
        if isinstance(state, TranslationState)
        else state
    )
    machine = origin == MACHINE
    if recorded_hash != source_hash(source):
        return Freshness(OUTDATED, changed_at or updated_at, machine)
    return Freshness(MACHINE_TRANSLATED if machine else CURRENT, None, machine)


# Per thread: the translated objects loaded from the database since the request began, by model label,
# and per language the ledger entries read so far. The ledger is read for the objects a page has loaded,
# not for the whole installation (with 11,000 cities a language has hundreds of thousands of entries):
# one query on the first text a page shows, and one more only for objects loaded after it.
# Public pages show at most a page of a list; a command iterating a whole table stops collecting at the
# limit (lookups stay right, one object at a time), which keeps the query within SQLite's parameter limit.
SEEN_LIMIT = 10_000


def _seen() -> dict[str, set[int]]:
    seen = getattr(_memo, "seen", None)
    if seen is None:
        seen = _memo.seen = {}
        _memo.seen_count = 0
    return seen


def _note_loaded(sender, instance, **kwargs) -> None:
    if instance.pk is None or not _is_translated(sender):
        return
    seen = _seen()
    if _memo.seen_count >= SEEN_LIMIT:
        seen.clear()
        _memo.seen_count = 0
    seen.setdefault(sender._meta.concrete_model._meta.label_lower, set()).add(instance.pk)
    _memo.seen_count += 1


@functools.cache
def _is_translated(model: type[Model]) -> bool:
    return bool(translated_fields(model))


def _entries(language: str, label: str, pk: int) -> dict[tuple[str, int, str], tuple]:
    """The ledger entries of `language` read in this request, including those of object `pk` of the model
    `label` ("app.model") and of every object loaded since the last read."""
    read = getattr(_memo, "read", None)
    if read is None:
        read = _memo.read = {}
    entries, done = read.setdefault(language, ({}, {}))
    if pk in done.get(label, ()):
        return entries
    wanted = {key: ids - done.get(key, set()) for key, ids in _seen().items()}
    wanted.setdefault(label, set()).add(pk)
    wanted = {key: ids for key, ids in wanted.items() if ids}
    rows = _read(language, wanted)
    entries.update({(f"{app}.{model}", pk, field): tuple(rest) for app, model, pk, field, *rest in rows})
    for key, ids in wanted.items():
        done.setdefault(key, set()).update(ids)
    return entries


_READ_COLUMNS = ("object_id", "field", "origin", "source_hash", "source_changed_at", "updated_at")


def _read(language: str, wanted: dict[str, set[int]]) -> Iterator[tuple]:
    """(app label, model, object id, field, origin, source hash, source changed at, updated at) of the
    entries of `language` about the objects `wanted` ({"app.model": ids}).

    Written as SQL from the models' metadata: as a queryset, one branch per model with its content-type
    subquery cost more to build and compile (12.8 of the 31 ms of an English office page) than to run.
    The content type is named in a scalar subquery, so no query is made to look it up first and the
    database still uses the ledger's unique index (a join by name would read the whole language).
    """
    connection = connections[router.db_for_read(TranslationState)]
    quote, meta, types = connection.ops.quote_name, TranslationState._meta, ContentType._meta
    fields = [meta.get_field(name) for name in _READ_COLUMNS]
    type_table, type_id = quote(types.db_table), quote(types.pk.column)
    type_column = quote(meta.get_field("content_type").column)
    app_label, model_name = (quote(types.get_field(name).column) for name in ("app_label", "model"))
    branches, params = [], [language]
    for key, ids in wanted.items():
        ids = sorted(ids)
        branches.append(
            f"(s.{type_column} = (SELECT {type_id} FROM {type_table}"
            f" WHERE {app_label} = %s AND {model_name} = %s)"
            f" AND s.{quote(fields[0].column)} IN ({', '.join(['%s'] * len(ids))}))"
        )
        params += [*key.split("."), *ids]
    sql = (
        f"SELECT t.{app_label}, t.{model_name}, "
        + ", ".join(f"s.{quote(field.column)}" for field in fields)
        + f" FROM {quote(meta.db_table)} s JOIN {type_table} t ON t.{type_id} = s.{type_column}"
        + f" WHERE s.{quote(meta.get_field('language').column)} = %s AND ({' OR '.join(branches)})"
    )
    columns = [field.get_col("s") for field in fields]
    converters = [
        (index, functions, column)
        for index, column in enumerate(columns, start=2)
        if (functions := connection.ops.get_db_converters(column) + column.get_db_converters(connection))
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for row in cursor.fetchall():
            row = list(row)
            for index, functions, column in converters:
                for convert in functions:
                    row[index] = convert(row[index], column, connection)
            yield tuple(row)


def forget(**_kwargs) -> None:
    """The entries read so far may be stale (a save changed them): read them again when next asked."""
    _memo.read = None


def start_request(**_kwargs) -> None:
    _memo.read = None
    _memo.seen = None


def freshness(obj: Model, field: str, language: str) -> Freshness:
    """The status of `obj.field` in `language` as residents are told it."""
    if language == source_language() or obj.pk is None:
        return Freshness(CURRENT)  # the source, or an object not saved (so not in the ledger)
    text = text_of(obj, field, language)
    if not text:
        return Freshness(MISSING)
    label = obj._meta.concrete_model._meta.label_lower
    state = _entries(language, label, obj.pk).get((label, obj.pk, field))
    return judge(text, text_of(obj, field, source_language()), state)


def states_of(objects: Iterable[Model]) -> dict[tuple[int, int, str, str], TranslationState]:
    """The ledger entries of these objects, keyed by (content type id, object id, field, language)."""
    by_type: dict[int, set[int]] = {}
    for obj in objects:
        by_type.setdefault(ContentType.objects.get_for_model(obj).pk, set()).add(obj.pk)
    found = {}
    for type_id, ids in by_type.items():
        for state in TranslationState.objects.filter(content_type_id=type_id, object_id__in=ids):
            found[(type_id, state.object_id, state.field, state.language)] = state
    return found


def _before_save(sender, instance, raw=False, **kwargs) -> None:
    fields = translated_fields(sender)
    if not fields or raw:
        return
    instance._ledger_before = {}
    if instance.pk is not None:
        names = [build_localized_fieldname(f, code) for f in fields for code in settings.MODELTRANSLATION_LANGUAGES]
        instance._ledger_before = sender._base_manager.filter(pk=instance.pk).values(*names).first() or {}


def _after_save(sender, instance, created=False, raw=False, **kwargs) -> None:
    fields = translated_fields(sender)
    if not fields or raw:
        return
    before = getattr(instance, "_ledger_before", {})
    minor = getattr(instance, "_ledger_minor_change", False)
    instance._ledger_minor_change = False
    content_type = ContentType.objects.get_for_model(sender)
    states = {
        (state.field, state.language): state
        for state in TranslationState.objects.filter(content_type=content_type, object_id=instance.pk)
    }
    origins, now, source = _origins.get(), timezone.now(), source_language()
    for field in fields:
        new_source = text_of(instance, field, source)
        old_source = before.get(build_localized_fieldname(field, source), new_source) or ""
        for language in target_languages():
            text, state = text_of(instance, field, language), states.get((field, language))
            if not text:
                if state is not None:
                    state.delete()
                continue
            text_changed = created or (before.get(build_localized_fieldname(field, language)) or "") != text
            if state is None:
                state = TranslationState(
                    content_type=content_type, object_id=instance.pk, field=field, language=language
                )
            elif not text_changed and new_source == old_source:
                continue
            if text_changed:
                state.origin = origins.get(language, REVIEWED)
                state.source_hash, state.source_changed_at = source_hash(new_source), None
            elif state.pk is None:
                # A translation from before the ledger was made from the German text before this save.
                state.origin, state.source_hash = REVIEWED, source_hash(old_source)
            if state.source_hash == source_hash(old_source) and minor:
                state.source_hash = source_hash(new_source)
            if state.source_hash == source_hash(new_source):
                state.source_changed_at = None
            elif state.source_changed_at is None:
                state.source_changed_at = now
            state.save()
    forget()


def _after_delete(sender, instance, **kwargs) -> None:
    if translated_fields(sender):
        TranslationState.objects.filter(
            content_type=ContentType.objects.get_for_model(sender), object_id=instance.pk
        ).delete()
        forget()


def connect() -> None:
    """Called from core's AppConfig.ready(): the ledger follows every model modeltranslation knows."""
    pre_save.connect(_before_save, dispatch_uid="ledger-before-save")
    post_save.connect(_after_save, dispatch_uid="ledger-after-save")
    post_delete.connect(_after_delete, dispatch_uid="ledger-after-delete")
    post_init.connect(_note_loaded, dispatch_uid="ledger-note-loaded")
    request_started.connect(start_request, dispatch_uid="ledger-start-request")


def statuses(queryset, language: str, *extra: str) -> Iterator[tuple[dict, str, Freshness]]:
    """(row, field, status) of every translated field with a German text in `queryset`, in `language`.

    `row` holds the pk and the `extra` values asked for (e.g. the path to an office). Two queries per call.
    """
    model = queryset.model
    fields = translated_fields(model)
    source = source_language()
    names = [build_localized_fieldname(f, code) for f in fields for code in {source, language}]
    states = {
        (state[0], state[1]): state[2:]
        for state in TranslationState.objects.filter(
            content_type=ContentType.objects.get_for_model(model),
            language=language,
            object_id__in=queryset.values("pk"),
        ).values_list("object_id", "field", "origin", "source_hash", "source_changed_at", "updated_at")
    }
    for row in queryset.values("pk", *extra, *names):
        for field in fields:
            german = row[build_localized_fieldname(field, source)] or ""
            if not german:
                continue
            if language == source:
                yield row, field, Freshness(CURRENT)
                continue
            text = row[build_localized_fieldname(field, language)] or ""
            yield row, field, judge(text, german, states.get((row["pk"], field)))


def record(objects: list[Model], origin: str, languages: Iterable[str]) -> None:
    """Ledger entries for freshly bulk-created objects (bulk_create sends no signals): each non-empty
    translation in `languages` made from the German text as it is."""
    if not objects or not translated_fields(type(objects[0])):
        return
    content_type = ContentType.objects.get_for_model(type(objects[0]))
    states = [
        TranslationState(
            content_type=content_type,
            object_id=obj.pk,
            field=field,
            language=language,
            origin=origin,
            source_hash=source_hash(text_of(obj, field, source_language())),
        )
        for obj in objects
        for field in translated_fields(type(obj))
        for language in languages
        if text_of(obj, field, language)
    ]
    TranslationState.objects.bulk_create(states, batch_size=1000)
    forget()


def mark_reviewed(obj: Model, field: str, language: str) -> None:
    """Staff (or an agency) confirmed the translation as it is: reviewed, made from the German text now."""
    TranslationState.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(type(obj)),
        object_id=obj.pk,
        field=field,
        language=language,
        defaults={
            "origin": REVIEWED,
            "source_hash": source_hash(text_of(obj, field, source_language())),
            "source_changed_at": None,
        },
    )
    forget()
