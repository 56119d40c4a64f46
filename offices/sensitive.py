"""Pages someone may visit in danger: urgent help on them, and nothing left behind by the browser.

A sensitive page answers `Cache-Control: no-store` (no copy in the browser's cache or history
snapshots) and `Referrer-Policy: no-referrer`: no other site (a helpline's, the exit page's) learns
where she came from. A page with a form that posts answers `same-origin` instead, which tells other
sites just as little: under `no-referrer` browsers send `Origin: null` with the POST, and the CSRF
protection rightly refuses it.
"""

from __future__ import annotations

from django.utils.cache import add_never_cache_headers, patch_cache_control

from core.page_cache import protects_reader

from . import helplines
from .models import Office

NO_REFERRER, SAME_ORIGIN = "no-referrer", "same-origin"


def urgent_help(office: Office, offers=()) -> dict | None:
    """The urgent-help box for a sensitive office, or for an office with a sensitive offer; else None."""
    sensitive_offers = [offer for offer in offers if offer.is_sensitive]
    if not (office.is_sensitive or sensitive_offers):
        return None
    keys = ",".join([office.helplines, *(offer.helplines for offer in sensitive_offers)])
    return {
        "police": helplines.POLICE,
        "national": helplines.chosen(keys),
        "local": list(office.local_helplines.all()),
    }


def urgent_help_for_results(offices_and_offers) -> dict | None:
    """The urgent-help box of a page that lists offices and offers (search results), if any is sensitive.

    Their own pages name the local helplines; the list names the police and the national lines they name.
    """
    sensitive = [shown for shown in offices_and_offers if shown is not None and shown.is_sensitive]
    if not sensitive:
        return None
    keys = ",".join(shown.helplines for shown in sensitive)
    return {"police": helplines.POLICE, "national": helplines.chosen(keys), "local": []}


def protect(response, *, posts: bool = False):
    """The headers of a sensitive page, for views that decide it themselves; `posts`: it has a form that posts."""
    add_never_cache_headers(response)
    patch_cache_control(response, no_store=True, private=True)
    response.headers["Referrer-Policy"] = SAME_ORIGIN if posts else NO_REFERRER
    return response


class SensitivePageMixin:
    """For detail views: the page is sensitive when its context has an urgent-help box.

    Their pages are public, the same for every reader: the no-store is for her browser, so the page
    cache may keep them (core.page_cache.protects_reader) and sends every hit with these headers.
    """

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        return protects_reader(protect(response)) if context.get("urgent_help") else response
