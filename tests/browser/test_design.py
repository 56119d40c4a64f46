"""The design: colour contrast of every pair in both palettes, Arabic mirrored, print, and screenshots.

Screenshots and the printed office page go to test-results/ (CI keeps them as artifacts).
"""

import pytest

from .conftest import EASY_LANGUAGE_SUMMARY
from .support import RESULTS, contrast_ratio, screenshot

pytestmark = pytest.mark.django_db(transaction=True)

DRESDEN = "/{}/dresden/integrations-und-auslaenderbeauftragte/"
GERA = "/{}/gera/migrations-und-integrationsbeauftragte/"

# (foreground, background, minimum): text 4.5:1 (1.4.3); borders, focus and other non-text 3:1 (1.4.11).
# Visited links are checked here because browsers hide :visited styles from axe.
COLOUR_PAIRS = [
    *((text, background, 4.5) for text in ("text", "muted") for background in ("background", "surface", "notice")),
    *(
        (link, background, 4.5)
        for link in ("link", "link-visited")
        for background in ("background", "surface", "notice")
    ),
    ("on-brand", "brand", 4.5),
    ("on-brand", "brand-dark", 4.5),
    ("focus-text", "focus", 4.5),
    ("button-text", "button", 4.5),
    ("button-text", "button-hover", 4.5),
    ("error", "background", 4.5),
    ("success", "background", 4.5),
    ("success", "surface", 4.5),
    ("border", "background", 3),
    ("border", "surface", 3),
    ("notice-border", "notice", 3),
    ("focus", "brand", 3),
    ("text", "focus", 3),
    ("error", "surface", 3),
]
PALETTE = """(names) => Object.fromEntries(names.map((name) =>
    [name, getComputedStyle(document.documentElement).getPropertyValue(`--${name}`).trim()]))"""


def palette(page) -> dict[str, str]:
    names = sorted({name for pair in COLOUR_PAIRS for name in pair[:2]})
    return page.evaluate(PALETTE, names)


def test_every_colour_pair_meets_wcag_contrast_in_each_palette(site, new_page):
    palettes = {}
    page = new_page()
    page.goto(site + "/de/")
    palettes["normal"] = palette(page)
    page.context.add_cookies([{"name": "reader_contrast", "value": "high", "url": site}])
    page.reload()
    palettes["high contrast (reader setting)"] = palette(page)
    page = new_page()
    page.emulate_media(contrast="more")
    page.goto(site + "/de/")
    palettes["high contrast (prefers-contrast)"] = palette(page)

    failures = []
    for name, colours in palettes.items():
        for foreground, background, minimum in COLOUR_PAIRS:
            ratio = contrast_ratio(colours[foreground], colours[background])
            if ratio < minimum:
                failures.append(f"{name}: --{foreground} on --{background} is {ratio:.2f}:1, needs {minimum}:1")
    assert not failures, "\n".join(failures)
    assert palettes["high contrast (prefers-contrast)"] == palettes["high contrast (reader setting)"]


@pytest.mark.parametrize("width", [390, 1280])
def test_screenshots_of_home_and_an_office_in_german_and_arabic(site, new_page, width):
    page = new_page(width=width)
    for name, path in [
        ("home-de", "/de/"),
        ("home-ar", "/ar/"),
        ("office-de", DRESDEN.format("de")),
        ("office-ar", DRESDEN.format("ar")),
    ]:
        page.goto(site + path)
        assert screenshot(page, f"{name}-{width}").stat().st_size > 10_000


def test_arabic_office_page_is_mirrored_with_german_and_numbers_readable(site, page):
    page.goto(site + GERA.format("ar"))
    screenshot(page, "office-ar-gera-1280")
    layout = page.evaluate(
        """() => {
            const box = (selector) => document.querySelector(selector).getBoundingClientRect();
            const crumbs = [...document.querySelectorAll(".breadcrumbs li")].map((li) => li.getBoundingClientRect());
            return {
                direction: getComputedStyle(document.body).direction,
                brand: box(".site-header__brand"), tools: box(".site-header__tools"),
                heading: box("main h1"), wrap: box("main .wrap"),
                crumbs: crumbs.map((crumb) => [crumb.left, crumb.right]),
                separator: getComputedStyle(document.querySelector(".breadcrumbs li + li"), "::before").content,
            };
        }"""
    )
    assert layout["direction"] == "rtl"
    # The portal's name on the right, language and display settings on the left.
    assert layout["brand"]["right"] > layout["tools"]["right"]
    # Headings start at the right edge of the content.
    assert abs(layout["heading"]["right"] - layout["wrap"]["right"]) < 40
    # Breadcrumbs run from right to left: "All cities" is rightmost.
    rights = [right for _left, right in layout["crumbs"]]
    assert rights == sorted(rights, reverse=True)
    assert layout["separator"] == '"›"'  # a mirrored character: it points left in right-to-left text
    # German content inside the Arabic page is marked and runs left to right.
    german = page.locator("main [lang='de']").first
    assert german.evaluate("element => getComputedStyle(element).direction") == "ltr"
    # Phone numbers and times are isolated, so their digits and dashes keep their order.
    phone = page.locator(".contact a[href^='tel:'] bdi").first
    assert phone.inner_text() == "0365/838 3019"
    # The Leichte Sprache summary is shown as written, in German, left to right.
    section = page.locator("section.easy-language")
    assert section.get_attribute("lang") == "de" and section.get_attribute("dir") == "ltr"
    assert EASY_LANGUAGE_SUMMARY.splitlines()[0] in section.inner_text()


def test_printed_office_page_keeps_contacts_and_hours_and_drops_the_rest(site, page):
    page.goto(site + DRESDEN.format("de"))
    page.emulate_media(media="print")
    shown = page.evaluate(
        """() => Object.fromEntries([
            ".site-header__brand", ".reader-settings", ".language-switcher", ".site-footer", ".breadcrumbs",
            ".contact", ".contact__hours", ".contact__address", "form",
        ].map((selector) => {
            const element = document.querySelector(selector);
            return [selector, element !== null && element.getClientRects().length > 0];
        }))"""
    )
    assert shown == {
        ".site-header__brand": True,
        ".reader-settings": False,
        ".language-switcher": False,
        ".site-footer": False,
        ".breadcrumbs": False,
        ".contact": True,
        ".contact__hours": True,
        ".contact__address": True,
        "form": False,
    }
    contact = page.locator(".contact")
    assert contact.evaluate("element => getComputedStyle(element).breakInside") == "avoid"
    for fact in ["0351-4882131", "auslaenderbeauftragte@dresden.de", "Dr.-Külz-Ring 19", "nach Vereinbarung"]:
        assert fact in contact.inner_text()
    screenshot(page, "office-de-print")
    RESULTS.mkdir(exist_ok=True)
    page.pdf(path=str(RESULTS / "office-de-print.pdf"), format="A4")
