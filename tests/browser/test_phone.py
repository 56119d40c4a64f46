"""Issue 13's "done when", on a 390×844 phone in Chromium: the resident's question answered first, honestly, safely."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db(transaction=True)

WIDTH, HEIGHT = 390, 844
ZWICKAU_EQUALITY = ("zwickau", "gleichstellungsbeauftragte")
NEUTRAL_PAGE = "https://www.google.com/"
# Screens to the first tel:/mailto: link, per office page, for the closing note (printed with -s).
POSITIONS: dict[str, float] = {}


def phone(new_page):
    return new_page(width=WIDTH, height=HEIGHT)


def office_urls() -> list[tuple[str, str]]:
    from offices.models import Office

    with translation.override("de"):
        return [
            (str(office), office.get_absolute_url()) for office in Office.objects.published().select_related("city")
        ]


def first_contact_link_top(page) -> float | None:
    return page.evaluate(
        """() => {
            const block = document.querySelector('.contact-block');
            if (!block || !block.querySelector('a[href^="tel:"], a[href^="mailto:"]')) return null;
            const link = document.querySelector('main a[href^="tel:"], main a[href^="mailto:"]');
            return link ? link.getBoundingClientRect().top + window.scrollY : null;
        }"""
    )


def test_the_header_takes_at_most_a_fifth_of_the_first_screen(site, new_page):
    page = phone(new_page)
    for language in ("de", "ar"):
        page.goto(f"{site}/{language}/dresden/integrations-und-auslaenderbeauftragte/")
        height = page.evaluate("document.querySelector('.site-header').getBoundingClientRect().height")
        assert height <= 0.2 * HEIGHT, (language, height)
        # Language and reader settings sit in a disclosure that opens without JavaScript.
        page.locator(".site-header__tools > summary").click()
        assert page.locator(".site-header__tools nav").is_visible()


def test_on_every_office_page_with_a_contact_the_first_link_is_within_one_and_a_half_screens(site, new_page):
    page = phone(new_page)
    with_contact = 0
    for name, url in office_urls():
        page.goto(site + url)
        top = first_contact_link_top(page)
        if top is None:
            # No contact anywhere: the block says so plainly instead of leaving a dead end.
            assert (
                "keine Telefonnummer, E-Mail-Adresse oder Anschrift" in page.locator(".contact-block").inner_text()
            ), name
            continue
        with_contact += 1
        POSITIONS[name] = round(top / HEIGHT, 2)
        assert top <= 1.5 * HEIGHT, (name, top / HEIGHT)
    assert with_contact >= 2  # Dresden and Gera state a phone number and an e-mail address
    print("\nscreens to the first contact link at 390×844:", POSITIONS)


def test_dresden_states_only_what_its_seed_states(site, new_page):
    page = phone(new_page)
    page.goto(f"{site}/de/dresden/integrations-und-auslaenderbeauftragte/")
    text = page.locator("main").inner_text()
    assert "nach Vereinbarung" in text
    for invented in ("Sprachen", "Persönlich", "Telefonisch", "9:00", "09:00", "15:00", "Termine auf Anfrage"):
        assert invented not in text, invented
    assert page.locator('main a[href="tel:+493514882131"]').count() >= 1
    assert page.locator('main a[href="mailto:auslaenderbeauftragte@dresden.de"]').count() >= 1
    assert page.locator('main a[href^="https://www.openstreetmap.org/search?"]').count() == 1


def sensitive_offer_url() -> str:
    from consultations.models import CounsellingOffer

    offer = CounsellingOffer.objects.select_related("office__city").get(
        office__city__slug=ZWICKAU_EQUALITY[0], office__slug=ZWICKAU_EQUALITY[1], is_sensitive=True
    )
    with translation.override("de"):
        return offer.get_request_url()


def test_zwickau_violence_protection_shows_urgent_help_and_an_exit_that_leaves_no_way_back(site, new_page):
    page = phone(new_page)
    page.route(NEUTRAL_PAGE + "**", lambda route: route.fulfill(status=200, body="<title>neutral</title>"))
    with translation.override("de"):
        office_page = site + reverse("offices:office", args=ZWICKAU_EQUALITY)
    page.goto(site + "/de/")
    for url in (office_page, site + sensitive_offer_url()):
        response = page.goto(url)
        assert response.headers["cache-control"].count("no-store") == 1, url
        # The form posts, so it is same-origin: under no-referrer the browser would send "Origin: null".
        policy = "same-origin" if "/advice/request/" in url else "no-referrer"
        assert response.headers["referrer-policy"] == policy, url
        assert page.locator('.urgent-help a[href="tel:110"]').is_visible()
        assert page.locator('.urgent-help a[href="tel:116016"]').is_visible()
        exit_button = page.locator(".exit-page__button")
        assert exit_button.is_visible() and exit_button.get_attribute("href") == NEUTRAL_PAGE
    # Shift three times: the page is replaced, so Back goes to the page before it, not to it.
    page.locator("h1").click()
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(NEUTRAL_PAGE)
    page.go_back()
    assert not page.url.startswith(site + sensitive_offer_url())
    assert re.search(r"/de/zwickau/gleichstellungsbeauftragte/$", page.url), page.url


def test_the_exit_link_works_without_javascript(site, new_page):
    page = new_page(width=WIDTH, height=HEIGHT, java_script_enabled=False)
    page.goto(site + sensitive_offer_url())
    assert page.locator(".exit-page__button").get_attribute("href") == NEUTRAL_PAGE


def test_a_request_by_half_days_is_confirmed_naming_and_linking_its_office(site, new_page):
    from offices.models import Office

    page = phone(new_page)
    office = Office.objects.select_related("city").get(city__slug="dresden", parent__isnull=True)
    with translation.override("de"):
        page.goto(site + reverse("consultations:request", args=[office.city.slug, office.slug]))
    # No hours were entered: half-days to tick, no date or time pickers; no invented way or language to choose.
    assert page.locator('input[type="date"], input[type="time"]').count() == 0
    assert page.locator('input[name="mode"]').count() == 0
    page.locator('input[name="days"]').first.check()
    page.locator('input[name="name"]').fill("Sam")
    page.locator('input[name="phone"]').fill("0351 000000")
    page.locator('textarea[name="message"]').fill("Eine Frage zum Aufenthalt.")
    page.locator('input[name="consent"]').check()
    with page.expect_navigation():
        page.locator("main form[method=post] button[type=submit]").click()
    assert "/sent/" in page.url
    back = page.locator(f'main a[href="{office.get_absolute_url()}"]').first
    assert "Integrations- und Ausländerbeauftragte" in back.inner_text()
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}", page.locator(".reference--large").inner_text().strip())
    assert "Integrations- und Ausländerbeauftragte" in page.title()
    assert page.locator('main a[href="tel:+493514882131"]').count() == 1  # reaching the office meanwhile


def test_touch_targets_in_the_contact_block_and_header_are_at_least_44_pixels(site, new_page):
    page = phone(new_page)
    page.goto(f"{site}/de/dresden/integrations-und-auslaenderbeauftragte/")
    heights = page.evaluate(
        """() => [...document.querySelectorAll('.contact-block__link, .site-header__tools > summary')]
            .map(element => element.getBoundingClientRect().height)"""
    )
    assert heights and min(heights) >= 44, heights
