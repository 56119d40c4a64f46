"""Parts of a public page that change only when content is edited, rendered once and kept with the pages.

The office page's mission, tasks, units, projects, contact details and the other lists are the larger part
of its render and of its queries, yet none of them depends on the moment of the request; the closures, prize calls,
the consultation schedule and "open today" beside them do. With the page cache off, or on a miss, the
view asks for the time-independent part first (`Fragment`) and loads and renders it only if it is not kept.

A fragment is valid exactly as long as the page it belongs to: it is stored with the generations of the
page's scopes (core/page_scopes.py, read as the page cache reads them for that address), so whatever makes
the page obsolete makes the fragment obsolete too; its key names the reader's language and what it is of.
It lives in the pages' cache (Redis with REDIS_URL, else this process's memory with the generations in the
shared file store), for at most CACHE_PAGE_SECONDS like a page, and a cache that fails renders it anew.
Fragments never hold anything that depends on the time or on the reader beyond her language.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.utils import translation

from .page_cache import PageCacheMiddleware, cache, page_scopes, settled_generations
from .page_scopes import generation_key, has_failed, settle_pending
from .release import release

FRAGMENT_PREFIX = "portal:fragment:"
# A fragment: HTML, or named parts of a page (HTML strings and plain data such as a JSON-LD base).
Kept = str | dict


def fragment_key(name: str, of: object) -> str:
    """The key of fragment `name` of `of` (an office's address) in the reader's language."""
    return f"{FRAGMENT_PREFIX}{release()}:{name}:{translation.get_language()}:{of}"


class Fragment:
    """Fragment `name` of `of` for the page at this address: looked up at once, `html()` gives it.

    Made before the view loads any row the fragment shows: its generations are read first, so a change
    while the rows are read and rendered leaves it under generations no page asks for any more.
    """

    def __init__(self, request, name: str, of: object):
        self.key, self.stored, self.generations = fragment_key(name, of), None, None
        self.scopes = page_scopes(request) if settings.CACHE_FRAGMENTS else None
        if self.scopes is None or (has_failed() and not settle_pending()):
            self.scopes = None
            return
        keys = [generation_key(scope) for scope in self.scopes]
        found = PageCacheMiddleware.cache_call(PageCacheMiddleware.lookup, self.key, keys)
        if found is None:  # the cache does not answer: rendered, not stored
            self.scopes = None
            return
        entry, self.generations = found
        # A scope without a token yet: the page cache, storing this page, claims the first one (a second
        # claim would be refused and the page not stored); the fragment is stored on the next render.
        if None in self.generations and PageCacheMiddleware.applies(request):
            self.scopes = None
        if entry is not None and None not in self.generations and entry[0] == self.generations:
            self.stored = entry[1]

    @property
    def hit(self) -> bool:
        return self.stored is not None

    def value(self, render: Callable[[], Kept]) -> Kept:
        """The stored fragment, or what `render()` gives (HTML, or a dict of HTML parts and plain data), then stored.

        What is stored must not depend on the moment or the reader beyond her language: its parts are
        copied in and out of the cache (pickled), never shared between requests.
        """
        if self.stored is not None:
            return self.stored
        kept = render()
        if self.scopes is not None:
            PageCacheMiddleware.cache_call(_store, self.key, kept, self.scopes, self.generations)
        return kept


def _store(key: str, kept: Kept, scopes: tuple[str, ...], generations: tuple) -> None:
    generations = settled_generations(scopes, generations)
    if generations is not None:
        cache.set(key, (generations, kept), timeout=settings.CACHE_PAGE_SECONDS)
