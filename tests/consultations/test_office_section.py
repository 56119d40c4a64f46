"""The advice section consultations adds to the office page (offices.page_sections), in a fixed number of queries."""

import datetime
import re

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from consultations.models import ConsultationHour
from consultations.office_section import advice_section
from core import ledger
from offices import page_sections
from offices.models import ClosureNotice, Office, Referral
from offices.page_content import office_page

from .conftest import create_offer, create_office, create_weekday_windows, next_bookable_day

pytestmark = pytest.mark.django_db


def loaded(office):
    """The office and its notices as the office page's view loads them, before the section runs."""
    now = timezone.now()
    office = Office.objects.select_related("city").get(pk=office.pk)
    return office, list(ClosureNotice.objects.for_office(office).published().with_standing(now)), now


def render_section(office, notices, now) -> str:
    section = advice_section(office, notices, now)
    if section is None:
        return ""
    section["kept"] = page_sections.render_kept(section, office, fallback_notice=False)  # as the office page does
    return render_to_string(section["template"], {"section": section})


def render(office, language="en") -> str:
    with translation.override(language):
        return render_section(*loaded(office))


def add_offers(office, count):
    for index in range(count):
        offer = create_offer(office, slug=f"offer-{index}", mediator_available=True, by_video=True)
        referral = Referral.objects.create(office=office, authority=f"Behörde {index}", reason="Aufenthalt")
        offer.referrals.add(referral)
        ConsultationHour.objects.create(
            office=office, offer=offer, weekday=index % 5 + 1, starts_at=datetime.time(9), ends_at=datetime.time(10)
        )


def test_the_section_shows_what_residents_need_to_choose_and_links_to_the_form(offer):
    offer.mediator_available = True
    offer.mediator_note_de = "Über den Sprach- und Kulturmittlerdienst"
    offer.limitations_de = "Über den Aufenthalt entscheidet die Ausländerbehörde."
    offer.limitations_en = "Decisions on residence are made by the immigration office."
    offer.save()
    offer.referrals.add(
        Referral.objects.create(
            office=offer.office, authority_de="Ausländerbehörde", authority_en="Immigration office", reason="Aufenthalt"
        )
    )
    html = render(offer.office)
    assert re.search(r'<section[^>]+aria-labelledby="consultations-heading"', html)
    assert '<h2 id="consultations-heading">' in html
    for text in (
        "Advice on residence law",
        "In person, By phone",
        "German, English",
        "A language and culture mediator can be arranged.",
        "By appointment",
        "Decisions on residence are made by the immigration office.",
        "Immigration office",
    ):
        assert text in html
    assert f"advice/request/?offer={offer.pk}" in html
    assert html.count('class="schedule__item') >= 15
    assert "Appointments on request" in html


def test_untranslated_text_is_shown_in_german_and_marked(offer):
    html = render(offer.office, "tr")
    assert '<span lang="de" dir="ltr" class="fallback">Alle, die in der Stadt leben</span>' in html


def test_a_closure_shows_as_cancelled_in_words(offer):
    tomorrow = next_bookable_day(offer.office)
    ClosureNotice.objects.create(
        office=offer.office,
        title_de="Schließtag",
        title_en="Closing day",
        message="x",
        status=ClosureNotice.Status.PUBLISHED,
        starts_on=tomorrow,
        ends_on=tomorrow,
    )
    html = render(offer.office)
    item = re.search(
        rf'<li class="schedule__item schedule__item--cancelled">\s*<strong><time datetime="{tomorrow}">.*?</li>',
        html,
        re.S,
    )
    assert item and "cancelled" in item.group(0) and "Closing day" in item.group(0)


def test_a_scheduled_closure_cancels_times_but_keeps_its_title_until_it_is_published(offer, clock):
    day = next_bookable_day(offer.office)
    now = timezone.now()
    notice = ClosureNotice.objects.create(
        office=offer.office,
        title_de="Betriebsausflug",
        title_en="Staff outing",
        message="x",
        status=ClosureNotice.Status.PUBLISHED,
        starts_on=day,
        ends_on=day,
        visible_from=now + datetime.timedelta(hours=1),
    )
    item_pattern = rf'<li class="schedule__item schedule__item--cancelled">\s*<strong><time datetime="{day}">.*?</li>'
    before = re.search(item_pattern, render(offer.office), re.S)
    assert before and "cancelled" in before.group(0) and "Staff outing" not in before.group(0)
    clock.move_to(notice.visible_from)
    after = re.search(item_pattern, render(offer.office), re.S)
    assert after and "Staff outing" in after.group(0)


def test_an_office_without_offers_renders_nothing(client, office):
    assert advice_section(*loaded(office)) is None
    html = client.get(office.get_absolute_url()).content.decode()
    assert 'id="consultations-heading"' not in html


def test_consultations_registers_the_section_and_the_office_page_shows_it(client, offer):
    assert advice_section in page_sections._sections
    html = client.get(offer.office.get_absolute_url()).content.decode()
    assert html.count('<h2 id="consultations-heading">') == 1
    assert f"advice/request/?offer={offer.pk}" in html


def test_the_number_of_queries_does_not_grow_with_offers_hours_and_referrals():
    small, large = create_office("a", office_slug="a"), create_office("b", office_slug="b")
    add_offers(small, 1)
    add_offers(large, 8)
    create_weekday_windows(large)
    counts = []
    for office in (small, large):
        office, notices, now = loaded(office)
        ledger.forget()  # the entries of the objects loaded above are read anew, as in a request
        with CaptureQueriesContext(connection) as queries, translation.override("en"):
            html = render_section(office, notices, now)
        counts.append(len(queries))
    assert html.count("Behörde") == 8
    # Offers, their referrals and the hours: the closures come loaded with the page. In English, one more: the
    # translation ledger's entries for the reader's language (core.ledger), however many texts.
    assert counts[0] == counts[1] == 4


def test_referrals_to_authorities_the_office_lists_come_with_its_list_and_others_are_asked_for():
    home, other = create_office("a", office_slug="a"), create_office("b", office_slug="b")
    own, foreign = create_offer(home, slug="own"), create_offer(home, slug="foreign", topic_de="Arbeitsmarkt")
    own.referrals.add(Referral.objects.create(office=home, authority="Ausländerbehörde", reason="Aufenthalt"))
    foreign.referrals.add(Referral.objects.create(office=other, authority="Arbeitsagentur", reason="Arbeit"))

    def section():
        office = office_page("a", "a")  # with its own referrals, as the office page loads it
        notices, now = [], timezone.now()
        with CaptureQueriesContext(connection) as queries, translation.override("de"):
            html = render_section(office, notices, now)
        return html, len(queries)

    html, queries = section()
    # Each offer shows its own authority, whichever office lists it, and only its own.
    offers = re.split(r"Arbeitsmarkt", html)
    assert "Ausländerbehörde" in offers[0] and "Arbeitsagentur" not in offers[0]
    assert "Arbeitsagentur" in offers[1] and "Ausländerbehörde" not in offers[1]
    assert queries == 3  # the offers, the other office's referral, the hours

    foreign.referrals.clear()
    html, queries = section()
    assert "Ausländerbehörde" in html and "Arbeitsagentur" not in html
    assert queries == 2  # the office's own referral came with the office's list
