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
(signed-in staff) are never served from or stored in the cache. One exception to
the Cache-Control rule, made by the view and never guessed from the header: a
public page sent no-store only so that the reader's browser keeps no copy (a page
someone may read in danger) is marked with `protects_reader(response)`, and is
stored here like any public page; every hit carries the same no-store and
Referrer-Policy, as all stored headers.

A hit costs as little as it can (docs/benchmarks.md): the middleware is the first after the request
log, and an entry holds the page with the response headers every middleware below gave it (CSP, HSTS,
Referrer-Policy, Permissions-Policy, X-Frame-Options, Content-Language, Vary), so a hit runs none of
them, reads entry and generations in one round trip and builds the response from the stored headers.
Those headers depend on settings only, never on the request (no CSP nonce), and the key carries a
digest of the settings they come from: a deploy that changes one stores every page anew.
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
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.urls import Resolver404, get_urlconf, resolve
from django.utils import timezone, translation
from django.utils.cache import has_vary_header
from django.utils.connection import ConnectionProxy

from . import reader_settings
from .page_scopes import (  # noqa: F401  (re-exported: apps register through this module)
    DEFAULT_SCOPES,
    EVERYWHERE,
    OF_CONTENT_OBJECT,
    SITE,
    PublicContentQuerySet,
    bump_generation,
    claim_generations,
    generation_key,
    generations_cache,
    has_failed,
    mark_failed,
    settle_pending,
    shares_pages_cache,
    watch,
    watched_models,
    within,
)
from .release import release

logger = logging.getLogger(__name__)

# The attributes `public_page` sets on a view: the query parameters it may be stored with, the URL
# argument naming its scope, and the parameters whose values are free text.
PUBLIC_PAGE = "page_cache_query_params"
PAGE_SCOPE = "page_cache_scope"
FREE_TEXT = "page_cache_free_text"
# The attribute `protects_reader` sets on a response: the Cache-Control it vouches for.
READER_PROTECTION = "page_cache_reader_protection"
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


# The settings the stored response headers come from (the middleware below this one adds them).
HEADER_SETTINGS = (
    "MIDDLEWARE",
    "SECURE_CSP",
    "SECURE_CSP_REPORT_ONLY",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "X_FRAME_OPTIONS",
    "PERMISSIONS_POLICY",
)
_headers_digest: list = [None, ""]  # the settings object it was computed for, and the digest


def headers_digest() -> str:
    """A digest of HEADER_SETTINGS, computed once per settings object (tests override settings)."""
    current = getattr(settings, "_wrapped", settings)
    if _headers_digest[0] is not current:
        values = repr([getattr(settings, name, None) for name in HEADER_SETTINGS])
        _headers_digest[:] = [current, hashlib.md5(values.encode(), usedforsecurity=False).hexdigest()[:8]]
    return _headers_digest[1]


def page_key(request, host: str | None = None) -> str:
    language = translation.get_language_from_request(request, check_path=True)
    reader = "-".join(reader_settings.current(request).values())
    # Scheme and host too: pages carry absolute links (hreflang alternates, the sitemap).
    query = request.META.get("QUERY_STRING", "")
    address = f"{request.scheme}://{host or request.get_host()}{request.path}{'?' if query else ''}{query}"
    digest = hashlib.md5(address.encode(), usedforsecurity=False).hexdigest()
    return f"portal:page:{release()}:{headers_digest()}:{language}:{reader}:{digest}"


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


def storable_host(request) -> str | None:
    """The host, if pages may be stored for it: host variants (case, ports) would each be an entry, so
    only the host as configured, on the server's port. Not allowed: None, and the middleware below
    answers 400 with the headers it adds to every response."""
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    name, _, port = host.rpartition(":") if host.rpartition(":")[2].isdigit() else (host, "", "")
    return host if host == host.lower() and (not port or port == str(request.META.get("SERVER_PORT"))) else None


def stored_response(content: bytes, headers: dict) -> HttpResponse:
    """A hit: the stored headers as they were validated and encoded on the miss, set without doing it again."""
    response = HttpResponse(content)
    response.headers._store = {**headers, "x-page-cache": ("X-Page-Cache", "hit")}
    return response


def protects_reader(response):
    """Mark a public page whose no-store keeps it out of the reader's browser, not out of this server's cache.

    Such a page is the same for every reader; what must not happen is that her browser's cache or history
    shows where she has been. The server's cache is not her browser, and a hit sends the headers stored
    with the page, no-store included. The mark holds the Cache-Control as the view left it: if anything
    further down changes it (a session, a CSRF token), the mark no longer applies and the page is not
    stored. Cookies and `Vary: Cookie` keep a marked page out of the cache as any other.
    """
    setattr(response, READER_PROTECTION, response.get("Cache-Control"))
    return response


def storable(response) -> bool:
    cache_control = response.get("Cache-Control", "").lower()
    if getattr(response, READER_PROTECTION, None) == response.get("Cache-Control"):
        cache_control = ""  # the view vouched for this very value (protects_reader)
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not has_vary_header(response, "Cookie")
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
    )


def settled_generations(scopes: tuple[str, ...], generations: tuple) -> tuple | None:
    """The generations an entry read with `generations` is stored under: first tokens for scopes that had
    none; None if another process claimed one meanwhile (a change may have come in: not stored)."""
    if None not in generations:
        return generations
    keys = [generation_key(scope) for scope in scopes]
    claimed = claim_generations([name for name, value in zip(keys, generations, strict=True) if value is None])
    if claimed is None:
        return None
    return tuple(claimed.get(name, value) for name, value in zip(keys, generations, strict=True))


class PageCacheMiddleware:
    """Serves stored public pages before anything else runs but the request log; stores what `public_page` allows.

    First (after the request log), so a hit costs no session, locale, CSRF or
    database work and no header middleware: the headers they gave the page are
    stored with it (see the module's docstring). On a miss it sees the response
    as it leaves the whole stack, so what it stores is exactly what was sent.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        # The requests in progress whose view is a public page (decided in process_view). Weak, so a
        # request that never comes back here (an exception) does not stay.
        self.public_requests = weakref.WeakSet()

    def __call__(self, request):
        scopes = page_scopes(request) if self.applies(request) else None
        host = storable_host(request) if scopes is not None else None
        if host is None:
            return self.get_response(request)
        if has_failed() and not settle_pending():
            return self.get_response(request)
        now = timezone.now()
        key = page_key(request, host)
        found = self.cache_call(self.lookup, key, [generation_key(scope) for scope in scopes])
        if found is None:
            return self.get_response(request)
        entry, generations = found
        if entry is not None and None not in generations and entry[0] == generations and now < entry[1]:
            return stored_response(entry[2], entry[3])
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
        generations = settled_generations(scopes, generations)
        if generations is None:
            return
        until = valid_until(now, scopes, generations)
        seconds = int((until - now).total_seconds())  # rounded down: an entry may go early, never late
        if seconds >= 1:
            cache.set(key, (generations, until, response.content, response.headers._store), timeout=seconds)

    @staticmethod
    def applies(request) -> bool:
        return (
            settings.CACHE_PAGES
            and request.method in ("GET", "HEAD")
            # whitenoise, further down, serves these; a made-up one would cost a lookup
            and not request.path_info.startswith(settings.STATIC_URL)
            # SecurityMiddleware, further down, redirects these to HTTPS: they never get a page
            and (request.is_secure() or not settings.SECURE_SSL_REDIRECT)
            # a body is for RequestBodyLimitMiddleware and the view to judge
            and request.META.get("CONTENT_LENGTH") in (None, "", "0")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
        )

    @staticmethod
    def cache_call(method, *args, **kwargs):
        """A page cache that does not answer makes pages slower, not unavailable."""
        try:
            return method(*args, **kwargs)
        except Exception as error:  # the Redis client's errors are not Django's; any failure means "no entry"
            mark_failed()
            logger.warning("page cache unavailable: %s", error)
            return None
