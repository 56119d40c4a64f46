"""What a change makes obsolete: one *generation* per scope, kept where every process of the installation sees it.

A scope is a key naming a part of the site, in practice a city's slug: the
city's page, its offices' pages, feeds and calendars all show only that city's
rows. `SITE` is the scope of the installation-wide pages (home, sitemap, search
results), which list every city, so every public change bumps it too. `EVERYWHERE`
is read by every page: bumping it makes all of them obsolete (a change whose
scope is not known, a bulk load).

A generation is a random token, not a counter: a new one is *set*, so two
processes bumping at once never need an atomic increment (the file store has
none) and a value that was evicted never comes back as one old pages were stored
under.

Where the tokens live: in Redis with the pages when REDIS_URL is set (one
round trip per hit reads entry and tokens); otherwise in `settings.CACHES
["page_generations"]`, a file-based cache every process of the machine shares,
so a write by a management command or another gunicorn worker reaches every
worker's next request while the pages themselves stay in each process's memory.

Apps register in AppConfig.ready():

- `watch(*models, scope="office__city__slug")` (or `scope=SITE`): the models public pages show
  and the lookup from such a row to its scope. Saves, deletes and many-to-many
  changes (signals) and the querysets' update(), bulk_create() and delete()
  (`PublicContentQuerySet`) bump the scopes of the rows they touch, before and
  after the change (an office moved to another city makes both obsolete).
  Models not watched, such as residents' requests and feedback, bump nothing.
"""

from __future__ import annotations

import logging
import os
import secrets
import time
from collections.abc import Iterable

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.filebased import FileBasedCache
from django.core.exceptions import ImproperlyConfigured, ObjectDoesNotExist
from django.db import models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

logger = logging.getLogger(__name__)

SITE = "site"
EVERYWHERE = "*"
GENERATION_PREFIX = "portal:generation:"
# A page whose scope the URL does not name depends on what every change bumps.
DEFAULT_SCOPES = (EVERYWHERE, SITE)

# This process saw the page cache fail: before it serves from the cache again, invalidations missed meanwhile
# are carried out. Per process, so a healthy cache costs no query.
_cache_failed = False
# model → the lookup from one of its rows to its scope key (None: the whole site), or OF_CONTENT_OBJECT
_scope_paths: dict[type[models.Model], str | ContentObjectScope | None] = {}
# More rows of one kind than this in one write are a bulk load: every page, rather than a query per row.
LARGEST_LOOKUP = 1000
_ABSENT = object()


def generations_cache():
    """The cache holding the tokens: its own alias where configured (no Redis), else the pages' cache."""
    return caches["page_generations" if "page_generations" in settings.CACHES else "pages"]


def shares_pages_cache() -> bool:
    return "page_generations" not in settings.CACHES


def generation_key(scope: str) -> str:
    return GENERATION_PREFIX + scope


def fresh() -> int:
    return secrets.randbits(62)


def _pending():
    # By name: the apps' AppConfig modules import this one before models can be.
    return apps.get_model("core", "PendingInvalidation")


def _set_tokens(keys: set[str]) -> None:
    generations_cache().set_many(dict.fromkeys(keys, fresh()), timeout=None)


def bump(scopes: Iterable[str]) -> None:
    """Make the pages of these scopes (and the installation-wide ones) obsolete.

    A cache that does not answer must not fail the write: the invalidation is then
    recorded in the database (core.PendingInvalidation) and carried out as soon as
    the cache answers again (`settle_pending`): by any process that saw the cache
    fail, before it serves a cached page again, and by every `send_queued_mail` run.
    """
    global _cache_failed
    keys = {generation_key(scope) for scope in {*scopes, SITE}}
    try:
        _set_tokens(keys)
    except Exception as error:  # the Redis client's errors are not Django's
        _cache_failed = True
        logger.warning("page cache unavailable, invalidation recorded in the database: %s", type(error).__name__)
        _pending().objects.create()


def mark_failed() -> None:
    global _cache_failed
    _cache_failed = True


def has_failed() -> bool:
    return _cache_failed


def settle_pending() -> bool:
    """Carry out the invalidations the cache missed (all pages: their scopes were not kept); False while it is down."""
    global _cache_failed
    try:
        newest = _pending().objects.order_by("-pk").values_list("pk", flat=True).first()
        if newest is not None:
            _set_tokens({generation_key(EVERYWHERE), generation_key(SITE)})
            _pending().objects.filter(pk__lte=newest).delete()
    except Exception as error:
        logger.warning("page cache still unavailable: %s", type(error).__name__)
        return False
    _cache_failed = False
    return True


def bump_generation() -> None:
    """Make every cached page obsolete, at once."""
    bump([EVERYWHERE])


def claim_generations(keys: Iterable[str]) -> dict[str, int] | None:
    """First tokens for scopes that have none (first use, evicted), or None if another process was first.

    Called only when a page is to be stored, so an address that is no page (a made-up city) adds nothing.
    If a token appeared since the lookup, a change may have come in while the page was rendered: then it
    is not stored.
    """
    store, tokens = generations_cache(), {}
    for key in keys:
        tokens[key] = fresh()
        if not store.add(key, tokens[key], timeout=None):
            return None
    return tokens


def changed(scopes: Iterable[str], using: str | None = None) -> None:
    """Content public pages of these scopes show has changed (in the database `using`)."""
    scopes = frozenset(scopes)
    # Now, so the rest of this request (and this transaction) sees the change,
    # and again after commit: a page rendered by another request between the two
    # from the old rows is then not served either.
    bump(scopes)
    transaction.on_commit(lambda: bump(scopes), using=using)


class ContentObjectScope:
    """The scope of a row about another row (a generic relation: `content_type`, `object_id`): that row's.

    For the translation ledger, whose rows say how fresh an office's texts are: a change of one is a change
    of that office's pages, not of every page. A row about a model no public page shows (not watched)
    changes nothing; nor does one whose object is gone, as that object's own delete made its pages obsolete.
    """

    def __init__(self, content_type: str = "content_type", object_id: str = "object_id"):
        self.content_type, self.object_id = content_type, object_id

    def of_pairs(self, pairs: Iterable[tuple[int, int]]) -> set[str]:
        ids_by_type: dict[int, set[int]] = {}
        for content_type_id, object_id in pairs:
            ids_by_type.setdefault(content_type_id, set()).add(object_id)
        scopes: set[str] = set()
        content_types = apps.get_model("contenttypes", "ContentType").objects
        for content_type_id, ids in ids_by_type.items():
            model = content_types.get_for_id(content_type_id).model_class()
            if model is None or model not in _scope_paths:
                continue
            if len(ids) > LARGEST_LOOKUP:
                return {EVERYWHERE}
            scopes |= scopes_in(model._base_manager.filter(pk__in=ids))
        return scopes

    def of_rows(self, model: type[models.Model], objs: list[models.Model]) -> set[str]:
        attname = model._meta.get_field(self.content_type).attname
        return self.of_pairs((getattr(obj, attname), getattr(obj, self.object_id)) for obj in objs)

    def in_queryset(self, queryset: models.QuerySet) -> set[str]:
        attname = queryset.model._meta.get_field(self.content_type).attname
        pairs = list(queryset.values_list(attname, self.object_id).distinct().order_by()[: LARGEST_LOOKUP + 1])
        return {EVERYWHERE} if len(pairs) > LARGEST_LOOKUP else self.of_pairs(pairs)


OF_CONTENT_OBJECT = ContentObjectScope()


def scopes_of(model: type[models.Model], objs: Iterable[models.Model]) -> set[str]:
    """The scopes these rows of a watched model belong to; EVERYWHERE where that cannot be told."""
    path = _scope_paths.get(model, None)
    objs = list(objs)
    if isinstance(path, ContentObjectScope):
        return path.of_rows(model, objs)
    if path == SITE:
        return set()  # bump() adds the site's scope to every change
    if path is None or not objs:
        return {EVERYWHERE} if objs else set()
    if len(objs) == 1:  # a save or delete: through the relations Django has loaded (or loads once)
        value = objs[0]
        for part in path.split("__"):
            value = getattr(value, part)
        return {value} if value is not None else {EVERYWHERE}
    root, _, rest = path.partition("__")
    if not rest:
        return {getattr(obj, root) for obj in objs}
    field = model._meta.get_field(root)
    ids = {getattr(obj, field.attname) for obj in objs} - {None}
    found = set(field.related_model._base_manager.filter(pk__in=ids).values_list(rest, flat=True))
    return found or {EVERYWHERE}


def scopes_in(queryset: models.QuerySet) -> set[str]:
    """The scopes of the rows a queryset selects (one query)."""
    path = _scope_paths.get(queryset.model)
    if isinstance(path, ContentObjectScope):
        return path.in_queryset(queryset)
    if path is None or path == SITE:
        return {EVERYWHERE} if path is None else set()
    return set(queryset.values_list(path, flat=True).distinct().order_by())


def within(model: type[models.Model], scope: str | None) -> models.QuerySet:
    """The rows of a watched model in `scope` (all with None): for the moments pages of that scope change."""
    path = _scope_paths.get(model)
    queryset = model._default_manager.all()
    if scope is None or path is None or path == SITE or isinstance(path, ContentObjectScope):
        return queryset
    return queryset.filter(**{path: scope})


def _safely(compute, *args) -> set[str]:
    try:
        return compute(*args)
    except ObjectDoesNotExist:  # a related row already gone: cannot tell, so everything
        return {EVERYWHERE}


def _before_save(sender, instance, raw=False, using=None, **kwargs) -> None:
    if instance.pk is None or instance._state.adding:
        return
    # Where the row was before: a changed slug or city makes the old address obsolete too.
    instance._page_scopes_before = _safely(scopes_in, sender._base_manager.using(using).filter(pk=instance.pk))


def _after_change(sender, instance, using=None, **kwargs) -> None:
    scopes = _safely(scopes_of, sender, [instance]) | instance.__dict__.pop("_page_scopes_before", set())
    changed(scopes, using=using)


def _on_m2m(sender, instance, action, using=None, **kwargs) -> None:
    if action.startswith("pre_"):
        return  # sent before and after; the change is done after
    model = type(instance)
    changed(_safely(scopes_of, model, [instance]) if model in _scope_paths else {EVERYWHERE}, using=using)


class PublicContentQuerySet(models.QuerySet):
    """The queryset of a watched model: the writes that send no signal make cached pages obsolete too.

    bulk_update() goes through update(); save() does not (it sends post_save instead).
    """

    def update(self, **kwargs):
        scopes = _safely(scopes_in, self) if self.model in _scope_paths else {EVERYWHERE}
        rows = super().update(**kwargs)
        path = _scope_paths.get(self.model) or ""
        roots = {path.content_type, path.object_id} if isinstance(path, ContentObjectScope) else {path.split("__")[0]}
        if rows and any(root in kwargs or f"{root}_id" in kwargs for root in roots):
            scopes = {EVERYWHERE}  # rows moved to a scope not known here
        if rows:
            changed(scopes, using=self.db)
        return rows

    update.alters_data = True

    def bulk_create(self, objs, *args, **kwargs):
        created = super().bulk_create(objs, *args, **kwargs)
        if created:
            changed(_safely(scopes_of, self.model, created), using=self.db)
        return created

    bulk_create.alters_data = True

    def delete(self):
        # Deleting rows of a model with signal receivers sends post_delete for each; this also
        # covers a delete Django could do without them.
        scopes = _safely(scopes_in, self) if self.model in _scope_paths else {EVERYWHERE}
        deleted = super().delete()
        if deleted[0]:
            changed(scopes, using=self.db)
        return deleted

    delete.alters_data = True
    delete.queryset_only = True


def watch(*watched: type[models.Model], scope: str | ContentObjectScope | None = None) -> None:
    """Changes of these models, their auto-created many-to-many tables included, make public pages obsolete.

    `scope` is the lookup from a row to its scope key (e.g. "office__city__slug"); SITE: rows only the
    installation-wide pages show (search vocabulary); OF_CONTENT_OBJECT: rows about another row (generic
    relation), in that row's scope; None: every page may show them.
    """
    for model in watched:
        if not isinstance(model._default_manager.all(), PublicContentQuerySet):
            raise ImproperlyConfigured(
                f"{model._meta.label} is watched by the page cache, so its default manager must use a "
                "PublicContentQuerySet: otherwise its update() and bulk_create() leave stale pages."
            )
        _scope_paths[model] = scope
        uid = f"page-cache-{model._meta.label}"
        pre_save.connect(_before_save, sender=model, dispatch_uid=uid)
        post_save.connect(_after_change, sender=model, dispatch_uid=uid)
        post_delete.connect(_after_change, sender=model, dispatch_uid=uid)
        for field in model._meta.many_to_many:
            through = field.remote_field.through
            if through._meta.auto_created:
                m2m_changed.connect(_on_m2m, sender=through, dispatch_uid=f"page-cache-{through._meta.label}")


def watched_models() -> frozenset[type[models.Model]]:
    return frozenset(_scope_paths)


class GenerationFileCache(FileBasedCache):
    """The tokens without Redis: Django's file cache, which every process of the machine reads.

    Never culled: it holds one small file per scope (a city), and the stock cull lists the whole
    directory on every write. Its tokens never expire (they are set with timeout=None).

    Each hit reads two or three tokens. The path of a scope's file (an md5 of its key) is worked out once per
    process, and a token read from a file is remembered with the file's inode, modification time and size:
    while a `stat` shows the same three, the file was not replaced and the remembered token is the file's.
    That holds only for a file last written more than `SETTLED_SECONDS` before it was read: two writes within
    one tick of the file system's coarse clock may leave a file with a reused inode, the same time and the same
    size, so a token written that recently is read from the file again on every use until it has settled.
    A write after the read gets a time later than the read by more than a tick, so it is always seen.
    """

    SETTLED_SECONDS = 1.0

    def __init__(self, dir, params):
        super().__init__(dir, params)
        self._paths: dict[tuple, str] = {}  # one per scope this process has read
        self._tokens: dict[str, tuple[tuple[int, int, int], object]] = {}  # path → (signature, token)

    def _key_to_file(self, key, version=None):
        path = self._paths.get((key, version))
        if path is None:
            path = self._paths[key, version] = super()._key_to_file(key, version)
        return path

    def get(self, key, default=None, version=None):
        path = self._key_to_file(key, version)
        try:
            stat = os.stat(path)
        except FileNotFoundError:
            self._tokens.pop(path, None)
            return default
        signature = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
        remembered = self._tokens.get(path)
        if remembered is not None and remembered[0] == signature:
            return remembered[1]
        settled = stat.st_mtime_ns < (time.time() - self.SETTLED_SECONDS) * 1e9
        value = super().get(key, _ABSENT, version)
        if value is _ABSENT:
            return default
        if settled:  # if the file was replaced since the stat, the next stat differs and it is read again
            self._tokens[path] = (signature, value)
        return value

    def _cull(self):
        pass
