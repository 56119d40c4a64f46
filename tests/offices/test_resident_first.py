"""Issue 13 on the office page: contact first and never a dead end, urgent help on sensitive pages, small things."""

import datetime
import re

import pytest
from django.utils import translation

from offices import helplines, models
from offices.contact_block import hours_summary, map_url
from tests.factories import (
    AddressFactory,
    CityFactory,
    ClosureNoticeFactory,
    ContactPersonFactory,
    OfficeFactory,
    PrizeCallFactory,
    ReferralFactory,
    UnitFactory,
)
from tests.seed_offices import dresden_office

pytestmark = pytest.mark.django_db


def html_of(client, office, language="de") -> str:
    response = client.get(office.get_absolute_url().replace("/de/", f"/{language}/"))
    assert response.status_code == 200
    return response.content.decode()


def contact_block(html: str) -> str:
    return re.search(r'<aside class="contact contact-block".*?</aside>', html, re.S)[0]


def test_the_contact_block_comes_right_after_the_first_sentence_and_before_the_tasks(client):
    office = dresden_office(
        phone="0351-4882131",
        email="auslaenderbeauftragte@dresden.de",
        mission="Ziel der Arbeit ist die Integration. Ein zweiter Satz.",
    )
    AddressFactory(office=office, street="Dr.-Külz-Ring 19", postal_code="01067", locality="Dresden")
    html = html_of(client, office)
    assert '<p class="lead office__summary">Ziel der Arbeit ist die Integration.</p>' in html
    block = contact_block(html)
    assert html.index(block) < html.index('id="mission-heading"')
    assert 'href="tel:+493514882131"' in block and 'href="mailto:auslaenderbeauftragte@dresden.de"' in block
    # A plain link to OpenStreetMap, nothing embedded.
    assert f'href="{map_url("Dr.-Külz-Ring 19", "01067", "Dresden")}"'.replace("&", "&amp;") in block
    assert "<iframe" not in html


def test_a_unit_without_contact_shows_its_parent_office_and_says_whose_it_is(client):
    unit = UnitFactory(parent__phone="0561 787-0", parent__name="Amt für Chancengleichheit")
    block = contact_block(html_of(client, unit))
    assert "They are those of the office it belongs to" in html_of(client, unit, "en")
    assert 'href="tel:+495617870"' in block
    assert f'href="/de/{unit.city.slug}/{unit.parent.slug}/"' in block


def test_an_office_without_any_contact_shows_the_citys_general_contact_or_says_there_is_none(client):
    office = OfficeFactory()
    assert "has not published a phone number" in contact_block(html_of(client, office, "en"))
    city = office.city
    city.contact_name, city.contact_phone, city.contact_street = "Bürgerbüro", "0375 830", "Hauptmarkt 1"
    city.contact_postal_code, city.contact_locality = "08056", "Zwickau"
    city.save()
    block = contact_block(html_of(client, office, "en"))
    assert "the city's general contact" in block.replace("&#x27;", "'") and "Bürgerbüro" in block
    assert 'href="tel:+49375830"' in block and "Hauptmarkt 1" in block


def test_hours_are_one_line_per_weekly_pattern():
    office = OfficeFactory()
    rows = [
        models.OpeningHours(office=office, weekday=day, opens=datetime.time(9), closes=datetime.time(12))
        for day in range(1, 6)
    ] + [models.OpeningHours(office=office, weekday=4, opens=datetime.time(14), closes=datetime.time(18))]
    with translation.override("en"):
        lines = hours_summary(rows)
    assert [line.replace("09:", "9:") for line in lines] == [
        "Monday–Friday 9:00–12:00",
        "Thursday 14:00–18:00",
    ]


def test_today_is_closed_with_the_reason_and_the_closure_is_listed_as_an_exception(client, clock):
    clock.set(2031, 3, 12, 10, 0)
    office = dresden_office(phone="0351-4882131")
    models.OpeningHours.objects.create(office=office, by_appointment=True, note="nach Vereinbarung")
    ClosureNoticeFactory(
        city=office.city, office=office, title="Schließtag am 12. März", starts_on=datetime.date(2031, 3, 12)
    )
    block = contact_block(html_of(client, office))
    assert "Heute geschlossen:" in block and "Schließtag am 12. März" in block
    assert "nach Vereinbarung" in block


def test_referrals_carry_the_other_authoritys_contact_or_say_there_is_none(client):
    office = dresden_office()
    ReferralFactory(office=office, phone="0351 4885301", email="auslaenderbehoerde@dresden.de")
    ReferralFactory(office=office, authority="Jobcenter", reason="Arbeit")
    html = html_of(client, office, "en")
    assert 'href="tel:+493514885301"' in html and 'href="mailto:auslaenderbehoerde@dresden.de"' in html
    assert "The office gives no contact for it; ask the office." in html


def test_the_office_page_names_its_latest_closed_prize_call(client, clock):
    clock.set(2031, 5, 1, 10, 0)
    office = dresden_office()
    PrizeCallFactory(office=office, title="Preis 2017", slug="preis-2017", deadline=datetime.date(2017, 4, 28))
    PrizeCallFactory(office=office, title="Preis 2020", slug="preis-2020", deadline=datetime.date(2020, 4, 28))
    html = html_of(client, office, "en")
    assert re.search(r"Latest prize call: <a [^>]+>.*Preis 2020.*</a> – closed on", html)
    assert "Preis 2017" not in html


def test_a_sensitive_office_has_urgent_help_an_exit_and_leaves_nothing_behind(client):
    office = dresden_office(is_sensitive=True, helplines="violence_against_women")
    models.LocalHelpline.objects.create(office=office, name="Frauenschutzhaus Dresden", phone="0351 2817788")
    response = client.get(office.get_absolute_url())
    html = response.content.decode()
    assert "no-store" in response["Cache-Control"] and response["Referrer-Policy"] == "no-referrer"
    assert 'href="tel:110"' in html and 'href="tel:116016"' in html and 'href="tel:+493512817788"' in html
    assert 'class="exit-page__button" href="https://www.google.com/"' in html
    assert re.search(r'<script src="[^"]*/js/exit-page[^"]*\.js" defer>', html)


def test_an_ordinary_office_page_stays_cacheable_without_urgent_help(client):
    response = client.get(dresden_office().get_absolute_url())
    assert "no-store" not in response.get("Cache-Control", "")
    assert response["Referrer-Policy"] != "no-referrer"
    assert "urgent-help" not in response.content.decode() and "exit-page" not in response.content.decode()


def test_the_helplines_are_the_checked_numbers():
    assert {key: line.phone for key, line in helplines.HELPLINES.items()} == {
        "violence_against_women": "116 016",
        "violence_against_men": "0800 1239900",
        "children_and_youth": "116 111",
        "pregnant_women": "0800 40 40 020",
    }
    assert [line.key for line in helplines.chosen("pregnant_women, nonsense,violence_against_women")] == [
        "violence_against_women",
        "pregnant_women",
    ]


def test_every_office_page_has_a_title_naming_office_and_city_a_description_and_a_favicon(client):
    office = dresden_office(mission="Ziel der Arbeit ist die Integration.")
    html = html_of(client, office)
    assert "<title>Integrations- und Ausländerbeauftragte – Dresden – " in html
    assert '<meta name="description" content="Ziel der Arbeit ist die Integration.">' in html
    assert 'rel="icon"' in html
    assert client.get("/favicon.ico").status_code == 301


def test_staying_safe_online_is_there_in_every_language(client, settings):
    for code, _name in settings.LANGUAGES:
        response = client.get(f"/{code}/staying-safe/")
        assert response.status_code == 200
        assert 'href="tel:110"' in response.content.decode()


def test_a_mostly_german_page_says_so_once_at_the_top(client):
    office = dresden_office(mission="Ziel der Arbeit ist die Integration.")
    ContactPersonFactory(office=office, name="Kristina Winkler", role="Beauftragte")
    html = html_of(client, office, "ar")
    assert html.count('class="notice notice--fallback"') == 1
    assert "fallback-hint" not in html
    assert 'lang="de" dir="ltr" class="fallback"' in html


def test_a_city_without_contact_has_none(db):
    assert not CityFactory().has_general_contact


def test_a_prize_call_without_a_form_on_the_portal_says_where_to_get_it(client):
    office = dresden_office()
    call = PrizeCallFactory(office=office, phone="0365/838 3019", deadline=datetime.date(2099, 4, 28))
    html = client.get(call.get_absolute_url().replace("/de/", "/en/")).content.decode()
    assert "The application form is not on this portal. Ask for it by phone or e-mail, as given below." in html
    assert 'href="tel:+493658383019"' in html


def test_public_holidays_are_exceptions_to_weekly_hours_and_close_the_day(client, clock):
    # Saxony; 25 and 26 December are public holidays there. The office opens Monday to Friday, 9 to 12.
    office = OfficeFactory(phone="0351 123456", city__federal_state="SN")
    for weekday in range(1, 6):
        models.OpeningHours.objects.create(
            office=office, weekday=weekday, opens=datetime.time(9), closes=datetime.time(12)
        )
    clock.set(2026, 12, 18, 10)
    before = client.get(office.get_absolute_url()).content.decode()
    assert '<time datetime="2026-12-25">25. Dezember 2026</time>: <span>Erster Weihnachtstag</span>' in before
    assert "Jetzt geöffnet, bis 12:00" in before
    clock.set(2026, 12, 25, 10)
    on_the_day = client.get(office.get_absolute_url()).content.decode()
    assert "Erster Weihnachtstag" in on_the_day.split("status--closed_notice")[1][:200]
    assert "Jetzt geöffnet" not in on_the_day
