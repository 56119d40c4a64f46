"""The header and footer every public page shares, rendered once per language and reader settings.

They depend on nothing but the reader's language, her reader settings (text size, contrast) and the
address of the page they frame: the language switch and the reader settings link back to it, the barrier
report names it. Rendering them took about 1.6 ms of an office page's 10–13 ms, on every page and every
miss of the page cache. So each is rendered once per process and key with stand-ins for the address,
and a page replaces the stand-ins with its own address, quoted as the `urlencode` filter quotes.

The templates (templates/includes/header.html, footer.html and what they include) may read only
`request.path`, `request.get_full_path`, `reader_settings` and what is the same on every page (URLs,
translations): any other attribute of the request fails loudly (AddressOnly) instead of being frozen into
the kept copy, and tests/portal/test_chrome.py compares the kept copy with a plain render, byte for byte.
Kept in this process's memory only: a few dozen entries (templates × languages × reader settings), which
change only with a deploy, i.e. a restart. With DEBUG (templates edited while the server runs) nothing is
kept.
"""

from __future__ import annotations

from urllib.parse import quote

from django.conf import settings
from django.template.loader import get_template
from django.urls import get_script_prefix
from django.utils.safestring import SafeString
from django.utils.translation import get_language

# Letters only: urlencode and HTML escaping leave them as they are, so they arrive in the output unchanged.
PATH, FULL_PATH = "PORTALCHROMEPATHSTANDIN", "PORTALCHROMEFULLPATHSTANDIN"

_kept: dict[tuple, str] = {}
# The settings object the kept copies were made under: static file URLs, translations and URLs follow the
# settings, and tests (and only tests) change them while the process runs.
_kept_under: list = [None]


class ChromeError(RuntimeError):
    # Not an AttributeError: the template engine would turn that into an empty string, silently.
    silent_variable_failure = False


class AddressOnly:
    """What the shared templates may read of the request: its address, as stand-ins."""

    path = PATH

    def get_full_path(self) -> str:
        return FULL_PATH

    def __getattr__(self, name: str):
        raise ChromeError(f"the header and footer may read request.path and request.get_full_path only, not {name!r}")


def render(template_name: str, request, reader_settings: dict) -> SafeString:
    """The template for this page: the kept copy with the page's address put in, or a plain render."""
    context = {"reader_settings": reader_settings}
    if settings.DEBUG or request is None:
        return SafeString(get_template(template_name).render({**context, "request": request}))
    current = getattr(settings, "_wrapped", settings)
    if _kept_under[0] is not current:
        _kept.clear()
        _kept_under[0] = current
    key = (template_name, get_language(), reader_settings.get("text"), reader_settings.get("contrast"))
    key += (get_script_prefix(),)
    html = _kept.get(key)
    if html is None:
        html = _kept.setdefault(key, get_template(template_name).render({**context, "request": AddressOnly()}))
    # The stand-ins are replaced as `urlencode` would have quoted the address (the only filter applied to it).
    html = html.replace(FULL_PATH, quote(request.get_full_path(), safe="/"))
    return SafeString(html.replace(PATH, quote(request.path, safe="/")))


def clear() -> None:
    _kept.clear()
    _kept_under[0] = None
