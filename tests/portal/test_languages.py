"""Every page speaks every interface language and is honest where content exists only in German."""

import datetime
import re
from io import StringIO
from xml.etree import ElementTree

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import translate_url
from django.utils import translation

from offices import models
from tests.factories import (
    ContactPersonFactory,
    ReferralFactory,
    TaskFactory,
    TaskGroupFactory,
)
from tests.seed_offices import dresden_office, gera_office, gera_prize_2017

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
DRESDEN = "/{}/dresden/integrations-und-auslaenderbeauftragte/"
HINTS = {"en": "only available in German"}


MISSION = (
    "Ziel der Arbeit der Integrations- und Ausländerbeauftragten ist es, die Integration von Menschen mit "
    "Migrationshintergrund auf kommunaler Ebene zu befördern."
)


@pytest.fixture
def dresden(db):
    """Dresden's office with its texts in German and English, as the seed has them."""
    office = dresden_office(
        name_en="Commissioner for Integration and Foreigners",
        mission=MISSION,
        mission_en="The aim of the work of the Commissioner for Integration and Foreigners is to advance integration.",
    )
    office.city.name_en = "State Capital Dresden"
    office.city.save()
    ContactPersonFactory(
        office=office,
        name="Kristina Winkler",
        role="Integrations- und Ausländerbeauftragte",
        role_en="Commissioner for Integration and Foreigners",
    )
    ReferralFactory(
        office=office,
        authority_en="Immigration office (Ausländerbehörde)",
        reason="Bei Fragen zu Ihrem Aufenthalt",
        reason_en="For questions about your residence",
    )
    group = TaskGroupFactory(office=office, title="Aufgaben", title_en="Tasks")
    TaskFactory(group=group, text="Beratung von Migrantinnen und Migranten", text_en="Advice for migrants")
    TaskFactory(
        group=group,
        text="Unterstützung der Tätigkeit von Vereinen und Initiativen",
        text_en="Support for the work of associations and initiatives",
    )
    return office


def public_paths(client) -> list[str]:
    """The German URL of every page in the sitemap."""
    tree = ElementTree.fromstring(client.get("/sitemap.xml").content)
    locations = [element.text for element in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    return sorted({location.removeprefix("http://testserver") for location in locations if "/de/" in location})


def test_every_public_page_renders_in_every_language(client, sample_content):
    paths = public_paths(client)
    assert len(paths) >= 15
    for path in paths:
        for language in LANGUAGES:
            with translation.override("de"):
                url = translate_url(path, language)
            response = client.get(url)
            assert response.status_code == 200, url
            html = response.content.decode()
            direction = "rtl" if language in settings.LANGUAGES_BIDI else "ltr"
            assert f'<html lang="{language}" dir="{direction}"' in html, url
            assert response.headers["Content-Language"] == language


def test_arabic_and_persian_are_right_to_left_with_german_content_marked(client, dresden):
    for language in ["ar", "fa"]:
        html = client.get(DRESDEN.format(language)).content.decode()
        assert f'<html lang="{language}" dir="rtl"' in html
        # The German mission is embedded left-to-right and marked as German.
        assert re.search(r'<div lang="de" dir="ltr" class="fallback"><p>Ziel der Arbeit', html)


def test_english_page_has_no_fallback_when_content_is_complete(client, sample_content):
    html = client.get(DRESDEN.format("en")).content.decode()
    assert 'class="fallback"' not in html
    assert "only available in German" not in html


def test_fallback_marks_exactly_the_missing_texts(client, dresden):
    task = models.Task.objects.get(text_de="Unterstützung der Tätigkeit von Vereinen und Initiativen")
    task.text_en = ""
    task.save()
    html = client.get(DRESDEN.format("en")).content.decode()
    marked = re.findall(r'<span lang="de" dir="ltr" class="fallback">(.*?)</span>', html)
    assert marked == ["Unterstützung der Tätigkeit von Vereinen und Initiativen"]
    assert html.count("(only available in German)") == 1


def test_turkish_reader_gets_german_content_marked_with_a_turkish_hint(client, dresden):
    html = client.get(DRESDEN.format("tr")).content.decode()
    assert "Kristina Winkler" in html
    assert 'lang="de" dir="ltr" class="fallback"' in html
    # Nothing English is shown to a Turkish reader as if it were Turkish.
    assert "For questions about your residence" not in html
    assert "Bei Fragen zu Ihrem Aufenthalt" in html


def test_language_switcher_keeps_the_page_and_remembers_the_choice(client, dresden):
    page = DRESDEN.format("de") + "archive/"
    html = client.get(page).content.decode()
    switch = re.search(r'href="(/language/en/\?next=[^"]+)"', html).group(1).replace("&amp;", "&")
    response = client.get(switch)
    assert response.status_code == 302
    assert response.headers["Location"] == DRESDEN.format("en") + "archive/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    # The remembered choice wins over the browser's preference at /.
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de").headers["Location"] == "/en/"
    back = client.get(f"/language/de/?next={DRESDEN.format('en')}")
    assert back.headers["Location"] == DRESDEN.format("de")


def test_switcher_names_each_language_in_itself(client, dresden):
    html = client.get("/de/").content.decode()
    for code, name in [("de", "Deutsch"), ("en", "English"), ("uk", "Українська"), ("tr", "Türkçe"), ("ru", "Русский")]:
        assert re.search(rf'lang="{code}"[^>]*>{name}</a>', html), code
    assert re.search(r'lang="ar"[^>]*dir="rtl">العربي', html)
    assert re.search(r'lang="fa"[^>]*dir="rtl">فارسی', html)


def test_switcher_refuses_foreign_redirects_and_unknown_languages(client, db):
    assert client.get("/language/en/?next=https://evil.example/").headers["Location"] == "/en/"
    assert client.get("/language/xx/?next=/de/", follow=True).status_code == 404
    # The page the reader came from decides which page is shown, whatever language is active.
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ru"
    assert client.get("/language/uk/?next=/de/dresden/").headers["Location"] == "/uk/dresden/"


def test_hreflang_alternates_in_the_head(client, dresden):
    html = client.get(DRESDEN.format("de")).content.decode()
    for language in LANGUAGES:
        assert (
            f'<link rel="alternate" hreflang="{language}" href="http://testserver{DRESDEN.format(language)}">' in html
        )
    assert 'hreflang="x-default"' in html


@pytest.mark.parametrize(
    ("language", "date", "money", "weekday"),
    [
        ("de", "28. April 2017", "3.500\xa0€", "Mittwoch"),
        ("en", "28 April 2017", "€3,500", "Wednesday"),
    ],
)
def test_dates_money_and_weekdays_follow_the_language(client, dresden, language, date, money, weekday):
    gera_prize_2017(gera_office())
    prize = client.get(f"/{language}/gera/migrations-und-integrationsbeauftragte/prizes/integrationspreis-2017/")
    html = prize.content.decode()
    assert date in html and money in html
    office = models.Office.objects.get(city__slug="dresden")
    wednesday = datetime.date.today() + datetime.timedelta(days=(2 - datetime.date.today().weekday()) % 7 + 7)
    models.ClosureNotice.objects.create(
        office=office, title="x", message="y", starts_on=wednesday, ends_on=wednesday, status="published"
    )
    assert weekday in client.get(DRESDEN.format(language)).content.decode()


def test_translation_coverage_command_reports_each_language(sample_content):
    output = StringIO()
    call_command("translation_coverage", stdout=output)
    lines = {line.split("(")[1][:2]: line for line in output.getvalue().splitlines()[1:]}
    assert set(lines) == {"en", "uk", "ar", "tr", "ru", "fa"}
    assert "100.0%" in lines["en"] and lines["en"].rstrip().endswith(" 0")
    # The sample content's Turkish is complete, and all of it machine translated (not reviewed).
    header = output.getvalue().splitlines()[0].split()
    turkish = lines["tr"].split(")")[1].split()
    counts = dict(zip(header[1:6], map(int, turkish[:5]), strict=True))
    assert counts["missing"] == 0 and counts["machine"] == counts["texts"] > 0 and "100.0%" in lines["tr"]


def test_admin_filters_offices_missing_a_translation(admin_client, sample_content):
    task = models.Task.objects.filter(group__office__city__slug="gera").first() or models.Task.objects.first()
    task.text_en = ""
    task.save()
    response = admin_client.get("/admin/offices/office/", {"missing_translation": "en"})
    shown = list(response.context["cl"].result_list)
    assert shown == [task.group.office]
    change = admin_client.get(f"/admin/offices/office/{task.group.office.pk}/change/").content.decode()
    assert re.search(r"(English|Englisch): (incomplete|unvollständig)", change)


def test_hreflang_alternates_are_each_pages_own(client, dresden):
    # The reversals behind them are kept per address (core/templatetags/core.py): no page gets another's.
    office = client.get(DRESDEN.format("de")).content.decode()
    home = client.get("/de/").content.decode()
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/">' in home
    assert f'hreflang="en" href="http://testserver{DRESDEN.format("en")}"' not in home
    assert f'<link rel="alternate" hreflang="uk" href="http://testserver{DRESDEN.format("uk")}">' in office
