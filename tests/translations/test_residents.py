"""What residents read in Ukrainian, Arabic, Turkish, Russian and Persian: the sample content in their
language, marked as machine translated with the German original one click away; an outdated translation
marked with the date the German text changed; correct lang/dir throughout."""

import re

import pytest
from django.utils import translation

from offices import models
from tests.translations.german_share import german_share

pytestmark = pytest.mark.django_db
LANGUAGES = ["uk", "ar", "tr", "ru", "fa"]
RTL = {"ar", "fa"}


def office_pages():
    yield from models.Office.objects.select_related("city").order_by("city__slug", "pk")


def url_in(office, language):
    with translation.override(language):
        return office.get_absolute_url()


def test_less_than_15_percent_of_every_office_page_is_german_in_five_languages(client, sample_content, capsys):
    figures = {}
    for language in LANGUAGES:
        for office in office_pages():
            response = client.get(url_in(office, language))
            assert response.status_code == 200
            share = german_share(response.content.decode())
            city = figures.setdefault((language, office.city.slug), [0, 0, 0])
            city[0] += share.total
            city[1] += share.german
            city[2] += share.fallback
            assert share.german_percent < 15, (language, office.slug, share)
    with capsys.disabled():
        print("\nGerman share of visible <main> text (all lang=de / only untranslated fallbacks):")
        for (language, city), (total, german, fallback) in sorted(figures.items()):
            print(f"  {language} {city:<20} {100 * german / total:5.1f} % / {100 * fallback / total:5.1f} %")


def test_machine_translated_texts_are_marked_with_the_german_original(client, sample_content):
    dresden = models.Office.objects.get(city__slug="dresden", parent=None)
    for language in LANGUAGES:
        page = client.get(url_in(dresden, language)).content.decode()
        assert f'<html lang="{language}" dir="{"rtl" if language in RTL else "ltr"}"' in page
        # The advice section comes before the mission since issue 13: find the mission's block among them.
        blocks = re.findall(r'<div class="translation-machine">(.*?)</details></div>', page, re.S)
        mission = next((block for block in blocks if dresden.mission_de[:40] in block), None)
        assert mission, language
        assert '<div lang="de" dir="ltr">' in mission
        assert getattr(dresden, f"mission_{language}")[:30] in page
        # Short texts too: the office's name in the heading.
        assert re.search(r'<h1><span class="translation-machine">[^<]+</span> <small class="translation-hint">', page)


def test_editing_dresdens_german_mission_marks_it_outdated_in_six_languages(client, sample_content, admin_client):
    dresden = models.Office.objects.get(city__slug="dresden", parent=None)
    dresden.mission_de = dresden.mission_de.replace("befördern", "fördern")
    dresden.save()
    for language in ["en", *LANGUAGES]:
        page = client.get(url_in(dresden, language)).content.decode()
        outdated = re.search(r'<div class="translation-outdated">(.*?)</details></div>', page, re.S)
        assert outdated, language
        assert "fördern" in outdated.group(1)
        assert getattr(dresden, f"mission_{language}")[:30] in outdated.group(1)
    change = admin_client.get(f"/admin/offices/office/{dresden.pk}/change/").content.decode()
    # Six "outdated since" cells in the mission's row of the status table, one under each input.
    with translation.override("de"):
        label = str(models.Office._meta.get_field("mission").verbose_name)
    row = re.search(rf'<tr><th scope="row">[^<]*</th><td>{label}</td>(.*?)</tr>', change)
    assert row and row.group(1).count('class="translation-outdated"') == 6
    assert change.count('<textarea name="mission_ar"') == 1 and 'id="id_mission_ar"' in change
    assert re.search(r'<textarea name="mission_fa"[^>]*lang="fa" dir="rtl"', change)
    assert re.search(r'<textarea name="mission_uk"[^>]*lang="uk" dir="ltr"', change)
