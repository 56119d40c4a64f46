"""Public pages served from Django's cache framework, and never stale.

A page is stored under its address, the reader's language and reader settings,
together with the *content generation* it was rendered in: a counter in the
cache that every save or delete of offices or consultations content increases.
Each request reads the counter and the page in one round trip and serves the
page only if it was rendered in the current generation, so after a change the
next request renders anew.

What changes without anyone saving is handled by giving each entry a validity
that ends at the next moment a page may look different on its own: a closure
notice's "show from" or "show until" minute, the end of one of today's
consultation hours (the office page stops listing it), or the next midnight in
Berlin, when every day-based rule turns (closed today, the end of a closure
without "show until", a prize call's deadline, what counts as archived).

Only views wrapped in `public_page` are stored, and only 200 responses that set
no cookie, do not vary by cookie and are not marked private or no-store, so
pages with forms or personal data never are. Requests carrying a session cookie
(signed-in staff) are never served from or stored in the cache.
"""

from __future__ import annotations

import datetime
import hashlib
import logging
import time
from functools import wraps

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.cache import has_vary_header
from django.utils.connection import ConnectionProxy

from . import reader_settings

logger = logging.getLogger(__name__)

CONTENT_APPS = ("offices", "consultations")
GENERATION_KEY = "portal:content-generation"
# settings.CACHES["pages"]: local memory, or Redis shared by every process with REDIS_URL
cache = ConnectionProxy(caches, "pages")


def current_generation() -> int:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # Start from the clock, not from 0: a counter that was evicted must never
        # come back as a number that old pages are still stored under.
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def bump_generation() -> None:
    """Make every cached page obsolete. Also for writes that send no signal (bulk_create, update)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not there: a fresh start from the clock is newer than any old value
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)


def content_changed(sender, **kwargs) -> None:
    if kwargs.get("action", "post_").startswith("pre_"):
        return  # m2m_changed is sent before and after; the change is done after
    # Now, so the rest of this request (and this transaction) sees the change,
    # and again after commit: a page rendered by another request between the two
    # from the old rows is then not served either.
    bump_generation()
    transaction.on_commit(bump_generation, using=kwargs.get("using"))


def connect_signals() -> None:
    """Every model of the content apps, their auto-created m2m tables included."""
    for config in apps.get_app_configs():
        if config.label not in CONTENT_APPS:
            continue
        for model in config.get_models(include_auto_created=True):
            for signal in (post_save, post_delete, m2m_changed):
                signal.connect(content_changed, sender=model, dispatch_uid=f"page-cache-{model._meta.label}")


def next_change(now: datetime.datetime) -> datetime.datetime:
    """The first moment after `now` at which a public page may change without anyone saving."""
    from offices.models import ClosureNotice

    local = timezone.localtime(now)
    midnight = datetime.datetime.combine(local.date() + datetime.timedelta(days=1), datetime.time(), local.tzinfo)
    moments = [midnight, ClosureNotice.objects.next_change(now)]
    if apps.is_installed("consultations"):
        moments += consultations_ending_today(now)
    return min(moment for moment in moments if moment is not None)


def consultations_ending_today(now: datetime.datetime) -> list[datetime.datetime]:
    """An office page lists the coming consultation times and leaves out each one as soon as it is over."""
    from consultations.models import ConsultationHour

    local = timezone.localtime(now)
    today = local.date()
    ends = ConsultationHour.objects.upcoming(today).filter(weekday=today.isoweekday()).values_list("ends_at", flat=True)
    moments = {datetime.datetime.combine(today, end, local.tzinfo) for end in ends}
    return [moment for moment in moments if moment > now]


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


def public_page(view=None, *, query_params: tuple[str, ...] = ()):
    """Let the page cache store what this view answers; only with no query string beyond `query_params`.

    Unknown parameters (tracking tags, typos) would otherwise fill the cache with copies of one page.
    """

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            request.is_public_page = set(request.GET) <= set(query_params)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator(view) if view is not None else decorator


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

    def __call__(self, request):
        if not self.applies(request):
            response = self.get_response(request)
            self.after_staff_write(request, response)
            return response
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
        if request.method == "GET" and getattr(request, "is_public_page", False) and storable(response):
            self.cache_call(self.store, key, response, now, generation)
            response["X-Page-Cache"] = "miss"
        return response

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
            logger.warning("page cache unavailable: %s", error)
            return None

    @staticmethod
    def after_staff_write(request, response) -> None:
        # Staff writes that send no model signal (a QuerySet.update() in an admin action) still invalidate.
        user = getattr(request, "user", None)
        if request.method == "POST" and response.status_code < 400 and user is not None and user.is_staff:
            bump_generation()
