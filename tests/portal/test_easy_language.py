"""Each office's Leichte Sprache summary: edited in the admin, shown on its page and on /de/easy-language/."""

import re

import pytest

from tests.seed_offices import gera_office

pytestmark = pytest.mark.django_db

GERA = "/{}/gera/migrations-und-integrationsbeauftragte/"
SUMMARY = "Wir helfen Menschen aus anderen Ländern.\nSie können uns anrufen."


@pytest.fixture
def gera(db):
    return gera_office(easy_language_summary=SUMMARY)


@pytest.mark.parametrize("language", ["de", "en", "ar"])
def test_office_page_shows_the_summary_in_german_marked_as_german(client, gera, language):
    html = client.get(GERA.format(language)).content.decode()
    section = re.search(r'<section class="office__section easy-language" lang="de" dir="ltr".*?</section>', html, re.S)
    assert section, language
    assert '<h2 id="easy-language-heading">In Leichter Sprache</h2>' in section.group()
    assert "Wir helfen Menschen aus anderen Ländern.<br>Sie können uns anrufen." in section.group()
    assert f'href="/{language}/easy-language/"' in section.group()


def test_office_without_a_summary_has_no_section(client, db):
    gera_office()
    assert "easy-language-heading" not in client.get(GERA.format("de")).content.decode()


def test_easy_language_page_lists_the_summary(client, gera):
    html = client.get("/de/easy-language/").content.decode()
    assert "Wir helfen Menschen aus anderen Ländern." in html
    assert gera.get_absolute_url() in html


def test_staff_edit_the_summary_and_sign_language_video_in_one_fieldset(admin_client, gera):
    html = admin_client.get(f"/admin/offices/office/{gera.pk}/change/").content.decode()
    fieldsets = [chunk.split("</fieldset>")[0] for chunk in html.split("<fieldset")[1:]]
    [fieldset] = [chunk for chunk in fieldsets if 'name="easy_language_summary"' in chunk]
    for field in ["sign_language_url", "sign_language_duration"]:
        assert f'name="{field}"' in fieldset, field
