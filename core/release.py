"""A digest of the code, templates, translations and static files this process serves pages from.

Kept pages and fragments name it in their keys (core/page_cache.page_key, core/fragment_cache.fragment_key).
Their generations tell when content changed, not when the portal did: after a deploy that changes a
template, a message or a stylesheet, a Redis shared by the servers would otherwise serve the old release's
pages for up to CACHE_PAGE_SECONDS, and during a rolling deploy each release would serve the other's.
Computed once per process, on the first page (about 300 small files read, a few milliseconds).
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from django.apps import apps
from django.conf import settings

# What a page is made of: the views and models (.py), templates (.html, .txt), compiled messages (.mo) and the
# static files' manifest (staticfiles.json, whose hashed names the pages link to).
SUFFIXES = {".py", ".html", ".txt", ".mo", ".json"}
SKIPPED = {"migrations", "tests", "__pycache__", "node_modules"}


def roots() -> list[Path]:
    """The project's own apps and its template, message and collected static folders."""
    base = Path(settings.BASE_DIR).resolve()
    found = [Path(app.path).resolve() for app in apps.get_app_configs()]
    # Installed packages may live below the project too (.venv): a package changes with its version, not here.
    found = [path for path in found if path.is_relative_to(base) and "site-packages" not in path.parts]
    found += [Path(folder) for template in settings.TEMPLATES for folder in template.get("DIRS", [])]
    found += [Path(folder) for folder in settings.LOCALE_PATHS]
    found += [base / "portal"]
    if settings.STATIC_ROOT:
        manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
        found += [manifest] if manifest.exists() else []
    return sorted(set(found))


def digest_of(paths: list[Path]) -> str:
    """Eight hex digits over the names and contents of the files below `paths` (sorted: the same on every server)."""
    digest = hashlib.md5(usedforsecurity=False)
    for root in paths:
        files = [root] if root.is_file() else sorted(root.rglob("*"))
        for path in files:
            inside = path.relative_to(root).parts if path != root else ()
            if path.suffix in SUFFIXES and path.is_file() and not SKIPPED.intersection(inside):
                digest.update(str(path.relative_to(root.parent)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:8]


@functools.cache
def release() -> str:
    return digest_of(roots())
