"""axe-core finds no WCAG 2.0/2.1 A or AA violation on any public page, in German, English and Arabic.

The pages come from /sitemap.xml, so a page added to the sitemap later is
checked without touching this file. One browser page visits them all.
"""

import pytest

from .forms import PUBLIC_FORMS
from .support import LANGUAGES, horizontal_overflow, language_of, run_axe, sitemap_urls

pytestmark = pytest.mark.django_db(transaction=True)


def report(failures: dict) -> str:
    return "\n".join(
        f"{url}: {violation['id']} ({violation['impact']}) {violation['help']} {violation['targets']}"
        for url, violations in failures.items()
        for violation in violations
    )


def test_every_sitemap_page_passes_axe_in_german_english_and_arabic(site, page):
    urls = sitemap_urls(page, site)
    by_language = {language: [url for url in urls if language_of(url) == language] for language in LANGUAGES}
    # The sitemap lists every page in every language: the same pages in each of the three.
    assert len(by_language["de"]) >= 20
    assert len(by_language["de"]) == len(by_language["en"]) == len(by_language["ar"])
    failures = {}
    for url in urls:
        response = page.goto(url)
        assert response.ok, f"{url}: {response.status}"
        violations = run_axe(page, f"sitemap pages ({language_of(url)})")
        if violations:
            failures[url] = violations
    assert not failures, report(failures)


def test_german_pages_pass_axe_in_high_contrast_with_very_large_text_at_390_pixels(site, new_page):
    page = new_page(width=390)
    page.context.add_cookies(
        [
            {"name": "reader_contrast", "value": "high", "url": site},
            {"name": "reader_text", "value": "larger", "url": site},
        ]
    )
    failures = {}
    for url in sitemap_urls(page, site, languages=("de",)):
        page.goto(url)
        assert page.evaluate("document.documentElement.className") == "text-larger contrast-high"
        violations = run_axe(page, "high contrast, very large text, 390 px (de)")
        if violations:
            failures[url] = violations
    assert not failures, report(failures)


def test_no_page_scrolls_sideways_at_320_pixels(site, new_page):
    """WCAG 1.4.10: at 320 CSS pixels (1280 px at 400 % zoom) nothing needs horizontal scrolling."""
    page = new_page(width=320, height=640)
    overflowing = {}
    for url in sitemap_urls(page, site, languages=("de", "ar")):
        page.goto(url)
        if elements := horizontal_overflow(page):
            overflowing[url] = elements
    assert not overflowing, overflowing


@pytest.mark.parametrize("form", PUBLIC_FORMS, ids=str)
@pytest.mark.parametrize("language", LANGUAGES)
def test_forms_in_their_error_state_pass_axe(site, page, form, language):
    page.goto(site + form.path(language))
    with page.expect_navigation():
        page.locator(form.submit).click()
    summary = page.locator(".error-summary")
    assert summary.count() == 1, "an empty form should come back with an error summary"
    # The summary has the focus, so a screen reader reads it first.
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    violations = run_axe(page, "forms in their error state")
    assert not violations, report({page.url: violations})


SEARCH_PAGES = {
    "results": "/{language}/search/?q=Gewalt",
    "results, city first": "/{language}/search/?q=%D8%B9%D9%86%D9%81&city=zwickau",
    "no results": "/{language}/search/?q=Qwertzuiop",
    "browse": "/{language}/search/",
}


def test_search_pages_pass_axe_and_do_not_scroll_sideways(site, page, new_page):
    """Not in the sitemap (results depend on the query), so listed here: results, none, and the browse list."""
    narrow = new_page(width=320, height=640)
    failures, overflowing = {}, {}
    for language in LANGUAGES:
        for name, path in SEARCH_PAGES.items():
            url = site + path.format(language=language)
            response = page.goto(url)
            assert response.ok, f"{url}: {response.status}"
            if name.startswith("results"):
                assert page.locator(".search-result").count() >= 1, url
            if violations := run_axe(page, f"search pages ({language})"):
                failures[url] = violations
            narrow.goto(url)
            if elements := horizontal_overflow(narrow):
                overflowing[url] = elements
    assert not failures, report(failures)
    assert not overflowing, overflowing


def test_the_header_search_works_without_javascript(site, new_page):
    page = new_page(java_script_enabled=False)
    page.goto(site + "/en/imprint/")
    page.get_by_label("Find help, e.g. “residence permit” or “violence”").fill("residence permit")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/en/search/?q=residence+permit" in page.url
    assert page.locator(".search-result").first.get_attribute("class") == "card search-result"
    assert "Advice on residence law" in page.locator(".search-results").inner_text()


def test_persian_office_pages_with_their_machine_translation_marks_pass_axe(site, page):
    """The sitemap crawl covers German, English and Arabic; Persian (the other right-to-left language) is
    checked on every office page, where the machine-translated content and its German originals are."""
    urls = [url.replace("/ar/", "/fa/", 1) for url in sitemap_urls(page, site, languages=("ar",))]
    office_urls = [url for url in urls if url.count("/") >= 6 and "/prize" not in url]
    assert len(office_urls) >= 5
    failures = {}
    for url in office_urls:
        response = page.goto(url)
        assert response.ok, f"{url}: {response.status}"
        assert page.locator(".translation-machine").count() >= 1, url
        if page.locator("details.translation-source").count():
            page.locator("details.translation-source").first.evaluate("details => details.open = true")
        if violations := run_axe(page, "office pages (fa), one German original open"):
            failures[url] = violations
    assert not failures, report(failures)
