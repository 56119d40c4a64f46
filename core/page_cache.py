"""Public pages served from Django's cache framework, and never stale.

A page is stored under its address, the reader's language and reader settings,
together with the *content generation* it was rendered in: a counter in the
cache that every change of content public pages show increases. Each request
reads the counter and the page in one round trip and serves the page only if it
was rendered in the current generation, so after a change the next request
renders anew.

This module knows no app. Each app tells it in its AppConfig.ready() what it
contributes:

- `watch(*models)`: the models public pages show. Their saves, deletes and
  many-to-many changes (signals) and their querysets' update(), bulk_create()
  and delete() (`PublicContentQuerySet`, which every watched model's default
  manager must use) make every cached page obsolete. Models not watched, such
  as residents' requests and feedback, never do.
- `register_expiry(moments)`: a callable `(now) -> Iterable[datetime]` giving
  the moments after `now` at which public pages change without anyone saving
  (a closure notice's "show from" minute, the end of today's consultation
  hours). Each entry is valid until the earliest of these, or the next midnight
  in Berlin, when every day-based rule turns (closed today, a prize call's
  deadline, what counts as archived).

Only views marked with `public_page` are stored, and only 200 responses that set
no cookie, do not vary by cookie and are not marked private or no-store, so
pages with forms or personal data never are. Requests carrying a session cookie
(signed-in staff) are never served from or stored in the cache.
"""

from __future__ import annotations

import datetime
import hashlib
import logging
import time
import weakref
from collections.abc import Callable, Iterable
from functools import wraps

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured
from django.db import models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.cache import has_vary_header
from django.utils.connection import ConnectionProxy

from . import reader_settings

logger = logging.getLogger(__name__)

GENERATION_KEY = "portal:content-generation"
# The attribute `public_page` sets on a view: the query parameters it may be stored with.
PUBLIC_PAGE = "page_cache_query_params"
# settings.CACHES["pages"]: local memory, or Redis shared by every process with REDIS_URL
cache = ConnectionProxy(caches, "pages")

Moments = Callable[[datetime.datetime], Iterable[datetime.datetime]]
_watched: set[type[models.Model]] = set()
_expiries: list[Moments] = []
# This process saw the page cache fail: before it serves from the cache again, invalidations missed meanwhile
# are carried out. Per process, so a healthy cache costs no query.
_cache_failed = False


def current_generation() -> int:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # Start from the clock, not from 0: a counter that was evicted must never
        # come back as a number that old pages are still stored under.
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def _pending():
    # By name: the apps' AppConfig modules import this one before models can be.
    return apps.get_model("core", "PendingInvalidation")


def _bump() -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not there: a fresh start from the clock is newer than any old value
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)


def bump_generation() -> None:
    """Make every cached page obsolete, at once; a cache that does not answer must not fail the write.

    The invalidation is then recorded in the database (core.PendingInvalidation)
    and carried out as soon as the cache answers again (`settle_pending`): by this
    process on its next request, by any process that saw the cache fail, and by
    every run of `manage.py send_queued_mail`.
    """
    global _cache_failed
    try:
        _bump()
    except Exception as error:  # the Redis client's errors are not Django's
        _cache_failed = True
        logger.warning("page cache unavailable, invalidation recorded in the database: %s", type(error).__name__)
        _pending().objects.create()


def settle_pending() -> bool:
    """Carry out the invalidations the cache missed; False while it still does not answer."""
    global _cache_failed
    try:
        newest = _pending().objects.order_by("-pk").values_list("pk", flat=True).first()
        if newest is not None:
            _bump()
            _pending().objects.filter(pk__lte=newest).delete()
    except Exception as error:
        logger.warning("page cache still unavailable: %s", type(error).__name__)
        return False
    _cache_failed = False
    return True


def content_changed(using: str | None = None) -> None:
    """Content public pages show has changed (in the database `using`)."""
    # Now, so the rest of this request (and this transaction) sees the change,
    # and again after commit: a page rendered by another request between the two
    # from the old rows is then not served either.
    bump_generation()
    transaction.on_commit(bump_generation, using=using)


def _on_signal(sender, **kwargs) -> None:
    if kwargs.get("action", "post_").startswith("pre_"):
        return  # m2m_changed is sent before and after; the change is done after
    content_changed(using=kwargs.get("using"))


class PublicContentQuerySet(models.QuerySet):
    """The queryset of a watched model: the writes that send no signal make cached pages obsolete too.

    bulk_update() goes through update(); save() does not (it sends post_save instead).
    """

    def update(self, **kwargs):
        rows = super().update(**kwargs)
        if rows:
            content_changed(using=self.db)
        return rows

    update.alters_data = True

    def bulk_create(self, objs, *args, **kwargs):
        created = super().bulk_create(objs, *args, **kwargs)
        if created:
            content_changed(using=self.db)
        return created

    bulk_create.alters_data = True

    def delete(self):
        # Deleting rows of a model with signal receivers sends post_delete for each; this also
        # covers a delete Django could do without them.
        deleted = super().delete()
        if deleted[0]:
            content_changed(using=self.db)
        return deleted

    delete.alters_data = True
    delete.queryset_only = True


def watch(*watched: type[models.Model]) -> None:
    """Changes of these models, their auto-created many-to-many tables included, make public pages obsolete."""
    for model in watched:
        if not isinstance(model._default_manager.all(), PublicContentQuerySet):
            raise ImproperlyConfigured(
                f"{model._meta.label} is watched by the page cache, so its default manager must use a "
                "PublicContentQuerySet: otherwise its update() and bulk_create() leave stale pages."
            )
        through = [
            field.remote_field.through
            for field in model._meta.many_to_many
            if field.remote_field.through._meta.auto_created
        ]
        for sender in (model, *through):
            for signal in (post_save, post_delete, m2m_changed):
                signal.connect(_on_signal, sender=sender, dispatch_uid=f"page-cache-{sender._meta.label}")
        _watched.add(model)


def watched_models() -> frozenset[type[models.Model]]:
    return frozenset(_watched)


def register_expiry(moments: Moments) -> None:
    """`moments(now)` gives the moments after `now` at which public pages change by themselves."""
    if moments not in _expiries:  # ready() may run more than once
        _expiries.append(moments)


def next_change(now: datetime.datetime) -> datetime.datetime:
    """The first moment after `now` at which a public page may change without anyone saving."""
    local = timezone.localtime(now)  # TIME_ZONE is Europe/Berlin
    midnight = datetime.datetime.combine(local.date() + datetime.timedelta(days=1), datetime.time(), local.tzinfo)
    later = (moment for moments in _expiries for moment in moments(now) if moment > now)
    return min([midnight, *later])


def valid_until(now: datetime.datetime, generation: int) -> datetime.datetime:
    # Within one generation the rows do not change, so the next change stays the same until it is reached.
    key = f"portal:next-change:{generation}"
    moment = cache.get(key)
    if moment is None or moment <= now:
        moment = next_change(now)
        cache.set(key, moment, timeout=max(1, int((moment - now).total_seconds())))
    return min(moment, now + datetime.timedelta(seconds=settings.CACHE_PAGE_SECONDS))


def page_key(request) -> str:
    language = translation.get_language_from_request(request, check_path=True)
    reader = "-".join(reader_settings.current(request).values())
    # Scheme and host too: pages carry absolute links (hreflang alternates, the sitemap).
    address = hashlib.md5(request.build_absolute_uri().encode(), usedforsecurity=False).hexdigest()
    return f"portal:page:{language}:{reader}:{address}"


def public_page(view=None, *, query_params: Iterable[str] = ()):
    """Let the page cache store what this view answers; only with no query string beyond `query_params`.

    Unknown parameters (tracking tags, typos) would otherwise fill the cache with copies of one page.
    The mark is an attribute on a wrapper, so one view function can be marked differently in two places.
    """
    allowed = frozenset(query_params)

    def mark(view):
        @wraps(view)
        def page(request, *args, **kwargs):
            return view(request, *args, **kwargs)

        setattr(page, PUBLIC_PAGE, allowed)
        return page

    return mark(view) if view is not None else mark


def storable(response) -> bool:
    cache_control = response.get("Cache-Control", "").lower()
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not has_vary_header(response, "Cookie")
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
    )


class PageCacheMiddleware:
    """Serves stored public pages before sessions, languages and views run; stores what `public_page` allows.

    Sits after the security middleware, so every response from the cache gets
    its headers (CSP, HSTS, …) fresh, and before the session middleware, so a
    hit costs no database query.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        # The requests in progress whose view is a public page (decided in process_view). Weak, so a
        # request that never comes back here (an exception) does not stay.
        self.public_requests = weakref.WeakSet()

    def __call__(self, request):
        if not self.applies(request):
            return self.get_response(request)
        if _cache_failed and not settle_pending():
            return self.get_response(request)
        now = timezone.now()
        key = page_key(request)
        found = self.cache_call(cache.get_many, [GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY) if found is not None else None
        if generation is None:
            generation = self.cache_call(current_generation)
            if generation is None:
                return self.get_response(request)
        entry = found.get(key)
        if entry is not None and entry[0] == generation and now < entry[1]:
            response = HttpResponse(entry[2], headers=entry[3])
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if self.was_public_page(request) and storable(response):
            self.cache_call(self.store, key, response, now, generation)
            response["X-Page-Cache"] = "miss"
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        query_params = getattr(view_func, PUBLIC_PAGE, None)
        if (
            query_params is not None
            and request.method == "GET"
            and self.applies(request)
            and set(request.GET) <= query_params
        ):
            self.public_requests.add(request)

    def was_public_page(self, request) -> bool:
        public = request in self.public_requests
        self.public_requests.discard(request)
        return public

    @staticmethod
    def store(key, response, now, generation) -> None:
        until = valid_until(now, generation)
        seconds = int((until - now).total_seconds())  # rounded down: an entry may go early, never late
        if seconds >= 1:
            cache.set(key, (generation, until, response.content, dict(response.items())), timeout=seconds)

    @staticmethod
    def applies(request) -> bool:
        return (
            settings.CACHE_PAGES
            and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
        )

    @staticmethod
    def cache_call(method, *args, **kwargs):
        """A page cache that does not answer makes pages slower, not unavailable."""
        try:
            return method(*args, **kwargs)
        except Exception as error:  # the Redis client's errors are not Django's; any failure means "no entry"
            global _cache_failed
            _cache_failed = True
            logger.warning("page cache unavailable: %s", error)
            return None
