"""Larger text and high contrast, switched with the keyboard and without JavaScript, kept on every page."""

import pytest

from .support import focused, press_until

pytestmark = pytest.mark.django_db(transaction=True)

GERA = "/{}/gera/migrations-und-integrationsbeauftragte/"


def html_class(page) -> str:
    return page.evaluate("document.documentElement.className")


def header_background(page) -> str:
    return page.evaluate("getComputedStyle(document.querySelector('.site-header')).backgroundColor")


def current_settings(page) -> list[str]:
    return page.eval_on_selector_all(
        "#reader-settings a[aria-current='true']", "links => links.map((link) => link.textContent)"
    )


def test_reader_settings_are_switched_without_javascript_and_kept_across_pages(site, new_page):
    page = new_page(java_script_enabled=False)
    page.goto(site + "/en/")
    base_size = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert current_settings(page) == ["Normal text", "Normal contrast"]

    # The settings sit in the header's disclosure (issue 13): opened by keyboard, without JavaScript.
    press_until(page, "Tab", ".site-header__tools > summary")
    page.keyboard.press("Enter")
    press_until(page, "Tab", "#reader-settings a[href*='text=larger']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert html_class(page) == "text-larger"
    assert page.url == f"{site}/en/#reader-settings"
    # Back at the settings: the next Tab stays there instead of starting again at the top of the page.
    page.keyboard.press("Tab")
    assert page.evaluate("document.getElementById('reader-settings').contains(document.activeElement)"), focused(page)

    press_until(page, "Tab", "#reader-settings a[href*='contrast=high']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert html_class(page) == "text-larger contrast-high"
    assert current_settings(page) == ["Very large text", "High contrast"]

    # Another page, and the same page in Arabic: both settings are kept.
    for path in [GERA.format("en"), "/en/accessibility/", GERA.format("ar")]:
        page.goto(site + path)
        assert html_class(page) == "text-larger contrast-high", path
        assert page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)") >= base_size * 1.4
        assert header_background(page) == "rgb(0, 0, 0)"
        assert len(current_settings(page)) == 2

    page.click(".site-header__tools > summary")  # the disclosure; after the link it reopens at #reader-settings
    page.click("#reader-settings a[href*='text=normal']")
    page.click("#reader-settings a[href*='contrast=normal']")
    assert html_class(page) == ""


@pytest.mark.parametrize(
    "media", [{"contrast": "more"}, {"forced_colors": "active"}], ids=["prefers-contrast", "forced"]
)
def test_system_contrast_settings_are_honoured(site, page, media):
    page.emulate_media(**media)
    page.goto(site + GERA.format("de"))
    if "contrast" in media:
        # The system's wish gives the same palette as the reader setting.
        assert header_background(page) == "rgb(0, 0, 0)"
    # In forced colours too, every focus stays visible (transparent outlines become system colours).
    press_until(page, "Tab", "main a[href]")


@pytest.mark.parametrize(("reduced_motion", "duration"), [("reduce", "0s"), ("no-preference", "2s")])
def test_reduced_motion_turns_off_transitions(site, page, reduced_motion, duration):
    page.emulate_media(reduced_motion=reduced_motion)
    page.goto(site + "/de/")
    transition = """() => {
        const link = document.querySelector(".skip-link");
        link.style.transition = "color 2s";
        return getComputedStyle(link).transitionDuration;
    }"""
    assert page.evaluate(transition) == duration
