"""Residents find every seed's facts on its public pages, and unknown addresses are proper 404s.

The seeds' own pages are checked against the full sample; everything else builds only the offices it
looks at, under the seeds' addresses (tests/factories.py).
"""

import datetime
import re
from html import unescape
from xml.etree import ElementTree

import pytest
from django.utils import timezone

from offices import models
from tests.factories import (
    BERLIN,
    ClosureNoticeFactory,
    ContactPersonFactory,
    ReferralFactory,
    TaskFactory,
    TaskGroupFactory,
)
from tests.seed_offices import dresden_office, gera_office, gera_prize_2017, kassel_offices

pytestmark = pytest.mark.django_db

DRESDEN = "/de/dresden/integrations-und-auslaenderbeauftragte/"
GERA = "/de/gera/migrations-und-integrationsbeauftragte/"
GERA_PRIZE = GERA + "prizes/integrationspreis-2017/"


@pytest.fixture
def dresden(db):
    return dresden_office()


@pytest.fixture
def gera(db):
    office = gera_office()
    gera_prize_2017(office)
    return office


@pytest.fixture
def kassel(db):
    return kassel_offices()


def text_of(response) -> str:
    """The visible text of a page, with tags removed and whitespace collapsed, as a reader sees it."""
    assert response.status_code == 200
    html = response.content.decode()
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


def test_dresden_office_page_shows_everything_the_issue_names(client, sample_content):
    text = text_of(client.get(DRESDEN))
    for fact in [
        "Kristina Winkler",
        "Dr.-Külz-Ring 19",
        "01067 Dresden",
        "Postfach 12 00 20",
        "01001 Dresden",
        "0351-4882131",
        "auslaenderbeauftragte@dresden.de",
        "Art. 3 Abs. 3 des Grundgesetzes",
        "„Niemand darf wegen seines Geschlechtes",
        "nach Vereinbarung",
        "Ausländerbehörde",
        "Bei Fragen zu Ihrem Aufenthalt",
        "Gebärdensprache" if "Gebärdensprache" in text else "Sign Language",
    ]:
        assert fact in text, fact
    office = models.Office.objects.get(city__slug="dresden")
    for task in models.Task.objects.filter(group__office=office):
        assert task.text_de in text, task.text_de


def test_sub_tasks_are_nested_under_their_task(client, dresden):
    group = TaskGroupFactory(office=dresden)
    parent = TaskFactory(group=group, text="Sicherung von Chancengleichheit für Menschen mit Migrationshintergrund")
    TaskFactory(group=group, parent=parent, text="Einflussnahme in relevanten Gremien")
    TaskFactory(group=group, text="Unterstützung der Tätigkeit von Vereinen und Initiativen", position=1)
    html = client.get(DRESDEN).content.decode()
    parent = html.index("Sicherung von Chancengleichheit")
    nested = html.index("<ul>", parent)
    assert nested < html.index("Einflussnahme in relevanten Gremien") < html.index("</ul>", nested)


@pytest.mark.parametrize("city", ["zwickau", "dresden", "schwaebisch-gmuend", "gera", "kassel"])
def test_every_seed_text_is_on_its_city_pages(client, sample_content, city):
    """Every task, target group, membership, link and activity of the city appears on an office page."""
    pages = " ".join(
        text_of(client.get(office.get_absolute_url())) for office in models.Office.objects.filter(city__slug=city)
    )
    rows = [
        *models.Task.objects.filter(group__office__city__slug=city).values_list("text_de", flat=True),
        *models.TargetGroup.objects.filter(office__city__slug=city).values_list("description_de", flat=True),
        *models.Membership.objects.filter(office__city__slug=city).values_list("body", flat=True),
        *models.RelatedLink.objects.filter(office__city__slug=city).values_list("summary_de", flat=True),
        *models.Activity.objects.filter(office__city__slug=city).values_list("title_de", flat=True),
        *models.CooperationProject.objects.filter(office__city__slug=city).values_list("description_de", flat=True),
        *models.Office.objects.filter(city__slug=city).values_list("mission_de", flat=True),
    ]
    missing = [row for row in rows if row and " ".join(row.split()) not in pages]
    assert not missing


def test_english_pages_show_the_english_content(client):
    office = dresden_office(
        legal_quote="„Niemand darf wegen seines Geschlechtes, seiner Abstammung benachteiligt werden.“",
        legal_quote_rendering_en="“No person shall be disfavoured or favoured because of sex or parentage.”",
    )
    ContactPersonFactory(office=office, name="Kristina Winkler", role="Integrationsbeauftragte")
    ReferralFactory(
        office=office, reason="Bei Fragen zu Ihrem Aufenthalt", reason_en="For questions about your residence"
    )
    text = text_of(client.get("/en/dresden/integrations-und-auslaenderbeauftragte/"))
    assert "Kristina Winkler" in text
    assert "For questions about your residence" in text
    # The quoted law stays German, with an unofficial rendering beside it.
    assert "„Niemand darf wegen seines Geschlechtes" in text and "No person shall be" in text


def test_titles_take_german_fallback_text_and_the_heading_marks_it(client, sample_content_in_german_and_english):
    # The Dresden and Gera seeds have no Arabic.
    html = client.get(DRESDEN.replace("/de/", "/ar/")).content.decode()
    assert "<title>Integrations- und Ausländerbeauftragte – Dresden – " in html
    heading = re.search(r"<h1>(.*?)</h1>", html, re.S)[1]
    assert heading.startswith(
        '<span lang="de" dir="ltr" class="fallback">Integrations- und Ausländerbeauftragte</span>'
    )
    prize = client.get(GERA_PRIZE.replace("/de/", "/ar/")).content.decode()
    call = models.PrizeCall.objects.get(slug="integrationspreis-2017")
    assert f"<title>{call.title_de} – Gera – " in prize
    assert f'<h1><span lang="de" dir="ltr" class="fallback">{call.title_de}</span>' in prize
    english = client.get(GERA_PRIZE.replace("/de/", "/en/")).content.decode()
    assert f"<title>{call.title_en} – Gera – " in english and call.title_en != call.title_de


def test_gera_prize_call_is_shown_with_its_deadline_passed(client, gera):
    text = text_of(client.get(GERA_PRIZE))
    for fact in ["Integrationspreis", "Schule macht (Dich!) stark", "28. April 2017", "3.500 €", "0365/838 3019"]:
        assert fact in text, fact
    assert "Bewerbungsfrist abgelaufen" in text or "Deadline passed" in text
    english = text_of(client.get(GERA_PRIZE.replace("/de/", "/en/")))
    assert "28 April 2017" in english and "€3,500" in english


def test_prize_call_open_until_the_end_of_its_deadline_day_in_berlin(client, gera, clock):
    prize = models.PrizeCall.objects.get()
    prize.deadline = datetime.date(2026, 4, 28)
    prize.save()
    # 23:30 in Berlin on the deadline day is still 21:30 UTC of that day: open.
    clock.move_to(datetime.datetime(2026, 4, 28, 21, 30, tzinfo=datetime.UTC))
    assert prize.is_open()
    assert "Open for applications" in text_of(client.get(GERA_PRIZE.replace("/de/", "/en/")))
    # 00:30 in Berlin the next day is still the 28th in UTC, but the deadline has passed.
    clock.move_to(datetime.datetime(2026, 4, 28, 22, 30, tzinfo=datetime.UTC))
    assert not prize.is_open()
    assert "Deadline passed" in text_of(client.get(GERA_PRIZE.replace("/de/", "/en/")))


def test_past_notices_and_calls_move_to_the_archive(client, dresden, gera):
    ClosureNoticeFactory(
        office=dresden,
        title="Schließtag am 13. November 2024",
        message="Das Büro ist am Mittwoch, den 13. November 2024 geschlossen.",
        day=datetime.date(2024, 11, 13),
        visible_from=datetime.datetime(2024, 11, 7, 9, 41, 52, tzinfo=BERLIN),
    )
    office_page = text_of(client.get(DRESDEN))
    assert "Schließtag am 13. November 2024" not in office_page
    archive = text_of(client.get(DRESDEN + "archive/"))
    assert "Schließtag am 13. November 2024" in archive and "13. November 2024" in archive
    assert "Stadt Gera verleiht Integrationspreis" in text_of(client.get(GERA + "archive/"))


def test_current_closure_is_a_banner_on_office_city_and_home(client, dresden):
    office = dresden
    today = timezone.localdate()
    models.ClosureNotice.objects.create(
        office=office,
        title="Heute geschlossen",
        message="Das Büro bleibt heute zu.",
        starts_on=today,
        ends_on=today,
        status=models.ClosureNotice.Status.PUBLISHED,
    )
    for url in [DRESDEN, "/de/dresden/", "/de/"]:
        assert "Heute geschlossen" in text_of(client.get(url)), url
    assert "Heute geschlossen" in text_of(client.get(DRESDEN))
    assert "closed today" in text_of(client.get(DRESDEN.replace("/de/", "/en/"))).lower()


def test_draft_notice_is_not_shown(client, dresden):
    office = dresden
    today = timezone.localdate()
    models.ClosureNotice.objects.create(
        office=office, title="Entwurf", message="x", starts_on=today, ends_on=today, status="draft"
    )
    assert "Entwurf" not in text_of(client.get(DRESDEN))


def test_home_lists_every_city_with_its_offices(client, dresden, gera, kassel):
    text = text_of(client.get("/de/"))
    for office in models.Office.objects.all():
        assert office.name_de in text
    for city in models.City.objects.all():
        assert city.name_de in text


def test_home_search_finds_a_city(client, dresden, gera):
    text = text_of(client.get("/de/", {"q": "Gera"}))
    assert "Stadt Gera" in text and "Landeshauptstadt Dresden" not in text


def test_kassel_units_link_from_their_parent(client, kassel):
    html = client.get("/de/kassel/amt-fuer-chancengleichheit/").content.decode()
    for unit in ["frauenbeauftragte", "integrationsbeauftragte", "antidiskriminierungsstelle"]:
        assert f'href="/de/kassel/{unit}/"' in html
    unit_page = text_of(client.get("/de/kassel/frauenbeauftragte/"))
    assert "Amt für Chancengleichheit" in unit_page


@pytest.mark.parametrize(
    "url",
    [
        "/de/atlantis/",
        "/de/dresden/unknown-office/",
        "/de/dresden/integrations-und-auslaenderbeauftragte/prizes/unknown/",
        "/de/gera/integrations-und-auslaenderbeauftragte/",  # an office of another city
        "/de/dresden/integrations-und-auslaenderbeauftragte/archive/extra/",
        "/xx/dresden/",  # no such language: redirected to /de/xx/dresden/, an unknown city
    ],
)
def test_unknown_addresses_are_friendly_404_pages(client, dresden, gera, url):
    response = client.get(url, follow=True)
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.content.decode() or "Page not found" in response.content.decode()


def test_unpublished_office_is_not_found(client, gera):
    models.Office.objects.filter(city__slug="gera").update(is_published=False)
    assert client.get(GERA).status_code == 404


def test_root_redirects_to_the_browsers_language(client):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9").headers["Location"] == "/en/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE").headers["Location"] == "/de/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ja").headers["Location"] == "/de/"


def test_sitemap_lists_every_public_page_with_alternates(client, dresden, gera, kassel):
    ClosureNoticeFactory(office=dresden, day=datetime.date(2024, 11, 13))  # gives Dresden's office an archive
    response = client.get("/sitemap.xml")
    tree = ElementTree.fromstring(response.content)
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    locations = {element.text for element in tree.findall("s:url/s:loc", namespace)}
    for office in models.Office.objects.all():
        assert f"http://testserver{office.get_absolute_url()}" in locations
    assert f"http://testserver{GERA_PRIZE}" in locations
    assert f"http://testserver{DRESDEN}archive/" in locations
    assert "http://testserver/de/kassel/" in locations
    assert "http://testserver/en/kassel/" in locations
    alternates = tree.findall("s:url/x:link[@hreflang='ar']", namespace)
    assert alternates, "hreflang alternates missing"


def test_robots_and_health(client, db):
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in robots and "Sitemap: http://testserver/sitemap.xml" in robots
    health = client.get("/healthz")
    assert health.status_code == 200 and health.content == b"ok\n"
