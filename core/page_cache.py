"""Public pages served from Django's cache framework, and never stale.

A page is stored under its address, the reader's language and reader settings,
together with the *generations* of its scopes it was rendered in
(core/page_scopes.py): a city's pages depend on that city's generation, the
installation-wide pages (home, sitemap, search) on the site's, which every
public change bumps. Each request reads the page and those generations in one
round trip (two without Redis: the page from this process's memory, the
generations from the file store every process shares) and serves the page only
if they are unchanged, so after a change in Dresden the next request for a
Dresden page renders anew while Kassel's pages are still hits.

This module knows no app. Each app tells it in its AppConfig.ready() what it
contributes:

- `watch(*models, scope=...)` (core/page_scopes.py): the models public pages
  show and how a row finds its scope.
- `register_expiry(moments)`: a callable `(now, scope) -> Iterable[datetime]`
  giving the moments after `now` at which pages of `scope` (a city's slug, or
  None for anywhere) change without anyone saving (a closure notice's "show
  from" minute, the end of today's consultation hours); `within(model, scope)`
  narrows a watched model's rows to a scope. Each entry is valid until the
  earliest of these, or the next midnight in Berlin, when every day-based rule
  turns (closed today, a prize call's deadline, what counts as archived).

Only views marked with `public_page` are stored, and only 200 responses that set
no cookie, do not vary by cookie and are not marked private or no-store, so
pages with forms or personal data never are. Requests carrying a session cookie
(signed-in staff) are never served from or stored in the cache.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import logging
import weakref
from collections.abc import Callable, Iterable
from functools import wraps

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.urls import Resolver404, get_urlconf, resolve
from django.utils import timezone, translation
from django.utils.cache import has_vary_header
from django.utils.connection import ConnectionProxy

from . import reader_settings
from .page_scopes import (  # noqa: F401  (re-exported: apps register through this module)
    DEFAULT_SCOPES,
    EVERYWHERE,
    SITE,
    PublicContentQuerySet,
    bump_generation,
    claim_generations,
    generation_key,
    generations_cache,
    shares_pages_cache,
    watch,
    watched_models,
    within,
)

logger = logging.getLogger(__name__)

# The attributes `public_page` sets on a view: the query parameters it may be stored with, the URL
# argument naming its scope, and the parameters whose values are free text.
PUBLIC_PAGE = "page_cache_query_params"
PAGE_SCOPE = "page_cache_scope"
FREE_TEXT = "page_cache_free_text"
# A query value longer than this is not stored: every distinct value would be an entry of its own.
LONGEST_STORED_VALUE = 32
# settings.CACHES["pages"]: local memory, or Redis shared by every process with REDIS_URL
cache = ConnectionProxy(caches, "pages")

Moments = Callable[[datetime.datetime, str | None], Iterable[datetime.datetime]]
_expiries: list[Moments] = []


def register_expiry(moments: Moments) -> None:
    """`moments(now, scope)` gives the moments after `now` at which pages of `scope` change by themselves."""
    if moments not in _expiries:  # ready() may run more than once
        _expiries.append(moments)


def next_change(now: datetime.datetime, scope: str | None = None) -> datetime.datetime:
    """The first moment after `now` at which a page of `scope` (None: any) may change without anyone saving."""
    local = timezone.localtime(now)  # TIME_ZONE is Europe/Berlin
    midnight = datetime.datetime.combine(local.date() + datetime.timedelta(days=1), datetime.time(), local.tzinfo)
    later = (moment for moments in _expiries for moment in moments(now, scope) if moment > now)
    return min([midnight, *later])


def valid_until(now: datetime.datetime, scopes: tuple[str, ...], generations: tuple) -> datetime.datetime:
    # Within one generation the rows do not change, so the next change stays the same until it is reached.
    scope = None if scopes[-1] in (SITE, EVERYWHERE) else scopes[-1]
    key = f"portal:next-change:{scope}:{'-'.join(map(str, generations))}"
    moment = cache.get(key)
    if moment is None or moment <= now:
        moment = next_change(now, scope)
        cache.set(key, moment, timeout=max(1, int((moment - now).total_seconds())))
    return min(moment, now + datetime.timedelta(seconds=settings.CACHE_PAGE_SECONDS))


def page_key(request) -> str:
    language = translation.get_language_from_request(request, check_path=True)
    reader = "-".join(reader_settings.current(request).values())
    # Scheme and host too: pages carry absolute links (hreflang alternates, the sitemap).
    address = hashlib.md5(request.build_absolute_uri().encode(), usedforsecurity=False).hexdigest()
    return f"portal:page:{language}:{reader}:{address}"


@functools.lru_cache(maxsize=4096)
def _scopes_at(urlconf: str, path: str) -> tuple[str, ...] | None:
    language = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
    try:
        with translation.override(language):  # i18n_patterns match the active language's prefix
            match = resolve(path, urlconf)
    except Resolver404:
        return DEFAULT_SCOPES  # a 404 is never stored; the lookup costs what it did before
    if not hasattr(match.func, PUBLIC_PAGE):
        return None
    argument = getattr(match.func, PAGE_SCOPE, None)
    if argument is None or argument not in match.kwargs:
        return DEFAULT_SCOPES
    return (EVERYWHERE, str(match.kwargs[argument]))


def page_scopes(request) -> tuple[str, ...] | None:
    """The scopes whose generations the page at this address depends on; None: not a public page at all.

    From the URL alone, memoised per path (the URLconf does not change while the process runs), so a
    hit resolves nothing and a page that is never stored (a form) costs no cache lookup.
    """
    return _scopes_at(get_urlconf() or settings.ROOT_URLCONF, request.path_info)


def public_page(view=None, *, query_params: Iterable[str] = (), scope: str | None = None, free_text=()):
    """Let the page cache store what this view answers; only with no query string beyond `query_params`.

    Unknown parameters (tracking tags, typos) would otherwise fill the cache with copies of one page.
    `scope`: the URL argument whose value is the page's scope (a city's slug); without it the page is
    installation-wide. `free_text`: parameters a resident types; stored only in their normal form.
    The mark is an attribute on a wrapper, so one view function can be marked differently in two places.
    """
    allowed = frozenset(query_params)

    def mark(view):
        @wraps(view)
        def page(request, *args, **kwargs):
            return view(request, *args, **kwargs)

        setattr(page, PUBLIC_PAGE, allowed)
        setattr(page, PAGE_SCOPE, scope)
        setattr(page, FREE_TEXT, frozenset(free_text))
        return page

    return mark(view) if view is not None else mark


def normal_text(value: str) -> str:
    return " ".join(value.lower().split())


def storable_query(request, view_func) -> bool:
    """Only the parameters the page understands, one short value each, free text in its normal form."""
    if not set(request.GET) <= getattr(view_func, PUBLIC_PAGE):
        return False
    free_text = getattr(view_func, FREE_TEXT, frozenset())
    for name, values in request.GET.lists():
        if len(values) > 1 or len(values[0]) > LONGEST_STORED_VALUE:
            return False
        if name in free_text and values[0] != normal_text(values[0]):
            return False
    return True


def storable_host(request) -> bool:
    """Host variants (case, ports) would each be an entry: only the host as configured, on the server's port."""
    host = request.get_host()
    name, _, port = host.rpartition(":") if host.rpartition(":")[2].isdigit() else (host, "", "")
    return host == host.lower() and (not port or port == str(request.META.get("SERVER_PORT")))


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
        scopes = page_scopes(request) if self.applies(request) else None
        if scopes is None or not storable_host(request):
            return self.get_response(request)
        now = timezone.now()
        key = page_key(request)
        found = self.cache_call(self.lookup, key, [generation_key(scope) for scope in scopes])
        if found is None:
            return self.get_response(request)
        entry, generations = found
        if entry is not None and None not in generations and entry[0] == generations and now < entry[1]:
            response = HttpResponse(entry[2], headers=entry[3])
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if self.was_public_page(request) and storable(response):
            self.cache_call(self.store, key, response, now, scopes, generations)
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def lookup(key: str, generation_keys: list[str]):
        """The stored entry (or None) and the current generations of the page's scopes."""
        if shares_pages_cache():
            found = cache.get_many([key, *generation_keys])
            entry = found.pop(key, None)
        else:
            entry = cache.get(key)
            found = generations_cache().get_many(generation_keys)
        return entry, tuple(found.get(name) for name in generation_keys)  # None for a scope without a token

    def process_view(self, request, view_func, view_args, view_kwargs):
        if (
            hasattr(view_func, PUBLIC_PAGE)
            and request.method == "GET"
            and self.applies(request)
            and storable_query(request, view_func)
        ):
            self.public_requests.add(request)

    def was_public_page(self, request) -> bool:
        public = request in self.public_requests
        self.public_requests.discard(request)
        return public

    @staticmethod
    def store(key, response, now, scopes, generations) -> None:
        if None in generations:
            keys = [generation_key(scope) for scope in scopes]
            claimed = claim_generations([name for name, value in zip(keys, generations, strict=True) if value is None])
            if claimed is None:
                return
            generations = tuple(claimed.get(name, value) for name, value in zip(keys, generations, strict=True))
        until = valid_until(now, scopes, generations)
        seconds = int((until - now).total_seconds())  # rounded down: an entry may go early, never late
        if seconds >= 1:
            cache.set(key, (generations, until, response.content, dict(response.items())), timeout=seconds)

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
