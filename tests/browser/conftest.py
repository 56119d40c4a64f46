"""Real Chromium (Debian's package) driven by Playwright, with axe-core injected.

In CI a missing Chromium is an error, never a skip; on a developer machine
without it the browser tests are skipped with the reason printed by pytest
(and once more, plainly, at the end of the run).
"""

import datetime
import os
import shutil
from collections import defaultdict
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# Without these Chromium keeps trying to reach Google's hosts, which this
# network refuses; they change nothing about how pages render.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
EASY_LANGUAGE_SUMMARY = (
    "Wir helfen Menschen, die neu in Gera sind.\nSie können uns anrufen.\nOder Sie kommen in unser Büro."
)

_session = {"browser_tests": 0, "skipped_because": None, "chromium": None}


def chromium_missing_reason() -> str | None:
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        return f"browser tests skipped: Chromium not found at {CHROMIUM} (apt-get install chromium)"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "browser tests skipped: the playwright package is not installed (make install)"
    return None


def _is_browser_test(item) -> bool:
    return "tests/browser/" in str(item.fspath).replace(os.sep, "/")


def pytest_collection_modifyitems(config, items):
    browser_items = [item for item in items if _is_browser_test(item)]
    _session["browser_tests"] = len(browser_items)
    reason = chromium_missing_reason()
    if reason is None or not browser_items:
        return
    if os.environ.get("CI"):
        raise pytest.UsageError(f"CI needs the browser tests, but {reason.removeprefix('browser tests skipped: ')}")
    _session["skipped_because"] = reason
    marker = pytest.mark.skip(reason=reason)
    for item in browser_items:
        item.add_marker(marker)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if _session["skipped_because"]:
        terminalreporter.write_sep("=", f"{_session['browser_tests']} {_session['skipped_because']}", yellow=True)
        return
    from .support import AXE_RUNS, AXE_VERSION, RESULTS

    if not AXE_RUNS:
        return
    by_variant = defaultdict(list)
    for run in AXE_RUNS:
        by_variant[run["variant"]].append(run)
    violations = sum(len(run["violations"]) for run in AXE_RUNS)
    lines = [
        f"axe-core {AXE_VERSION}, WCAG 2.0/2.1 A and AA, in {_session['chromium'] or 'Chromium'}",
        *(
            f"  {variant}: {len(runs)} pages checked, {sum(len(run['violations']) for run in runs)} violations"
            for variant, runs in by_variant.items()
        ),
        f"  total: {len(AXE_RUNS)} pages checked ({len({run['url'] for run in AXE_RUNS})} distinct addresses), "
        f"{violations} violations",
    ]
    for run in AXE_RUNS:
        for violation in run["violations"]:
            lines.append(f"  VIOLATION {run['variant']} {run['url']}: {violation['id']} – {violation['help']}")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "axe-summary.txt").write_text("\n".join(lines) + "\n")
    terminalreporter.write_sep("=", "accessibility (axe-core)")
    for line in lines:
        terminalreporter.write_line(line, red=violations > 0, green=violations == 0)
    terminalreporter.write_line(f"  written to {RESULTS / 'axe-summary.txt'}")


@pytest.fixture(autouse=True)
def static_files_from_the_source(settings):
    """Plain static URLs, which the live server serves from static/.

    The live server answers /static/ itself from the finders, so the hashed
    names of the production manifest storage would all be 404s and every page
    would be checked without its stylesheet.
    """
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(scope="session")
def browser():
    # Playwright's sync API runs an event loop in this thread; the Django
    # test database is used from it only through the live server's thread.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        _session["chromium"] = f"Chromium {browser.version}"
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser):
    """Pages in fresh browser contexts (own cookies), closed after the test: new_page(width=390, ...)."""
    contexts = []

    def make(width: int = 1280, height: int = 900, **options):
        context = browser.new_context(viewport={"width": width, "height": height}, **options)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture
def site(live_server, sample_content, settings):
    """The live server's address, with the seed offices and what the seeds lack.

    Gera gets a Leichte Sprache summary and Dresden a sign-language video
    length, so that their markup is checked too. Saved one by one, so the page
    cache (core/page_cache.py) sees the change.
    """
    from offices.models import Office

    # One browser sends many requests from one address; the consultations rate limit is not under test here.
    settings.CONSULTATION_RATE_LIMIT_REQUESTS = 0
    gera = Office.objects.get(city__slug="gera", parent__isnull=True)
    gera.easy_language_summary = EASY_LANGUAGE_SUMMARY
    gera.save()
    dresden = Office.objects.get(city__slug="dresden", parent__isnull=True)
    dresden.sign_language_duration = datetime.timedelta(minutes=3, seconds=20)
    dresden.save()
    return live_server.url
