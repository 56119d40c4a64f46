"""The header and footer kept per language and reader settings (core/chrome.py): byte for byte what a plain
render of the same templates gives, for addresses that quoting changes, and never another page's address."""

import pytest
from django.template.loader import get_template
from django.test import RequestFactory
from django.utils import translation

from core import chrome
from core.reader_settings import context as reader_context

TEMPLATES = ["includes/header.html", "includes/footer.html", "includes/head_assets.html"]
ADDRESSES = [
    "/de/",
    "/de/search/?q=Gewalt&city=dresden",
    "/ar/search/?q=%D8%B9%D9%86%D9%81",
    '/de/?q=<b>"x"&page=2',
    "/uk/dresden/integrations-und-auslaenderbeauftragte/",
]
COOKIES = [{}, {"reader_text": "larger", "reader_contrast": "high"}]


@pytest.fixture(autouse=True)
def fresh(settings):
    settings.DEBUG = False
    chrome.clear()
    yield
    chrome.clear()


@pytest.mark.parametrize("template_name", TEMPLATES)
@pytest.mark.parametrize("cookies", COOKIES)
def test_kept_copy_is_the_plain_render_for_every_address(template_name, cookies):
    factory = RequestFactory()
    for language in ["de", "ar", "uk"]:
        with translation.override(language):
            for address in ADDRESSES:
                request = factory.get(address)
                request.COOKIES.update(cookies)
                reader_settings = reader_context(request)["reader_settings"]
                plain = get_template(template_name).render({"request": request, "reader_settings": reader_settings})
                assert chrome.render(template_name, request, reader_settings) == plain, (language, address)


def test_each_page_gets_its_own_address_and_language():
    factory = RequestFactory()
    settings_ = reader_context(factory.get("/"))["reader_settings"]
    with translation.override("de"):
        first = chrome.render("includes/header.html", factory.get("/de/search/?q=Gewalt"), settings_)
        second = chrome.render("includes/header.html", factory.get("/de/imprint/"), settings_)
    with translation.override("ar"):
        arabic = chrome.render("includes/header.html", factory.get("/ar/imprint/"), settings_)
    assert "next=/de/search/%3Fq%3DGewalt" in first and "/de/imprint/" not in first
    assert "next=/de/imprint/" in second and "q%3DGewalt" not in second
    assert (
        "next=/ar/imprint/" in arabic
        and "Sprache und Darstellung" in second
        and "Sprache und Darstellung" not in arabic
    )
    assert chrome.PATH not in first + second and chrome.FULL_PATH not in first + second


def test_reader_settings_are_part_of_the_key():
    factory = RequestFactory()
    plain, large = factory.get("/de/"), factory.get("/de/")
    large.COOKIES["reader_text"] = "large"
    with translation.override("de"):
        normal_html = chrome.render("includes/header.html", plain, reader_context(plain)["reader_settings"])
        large_html = chrome.render("includes/header.html", large, reader_context(large)["reader_settings"])
    current = 'text=large&amp;next=/de/"'
    assert f'{current} aria-current="true"' in large_html and f"{current} aria-current" not in normal_html


def test_reading_more_of_the_request_fails_loudly(tmp_path, settings):
    (tmp_path / "greedy.html").write_text("{{ request.user }}")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}]
    with pytest.raises(chrome.ChromeError, match="user"):
        chrome.render("greedy.html", RequestFactory().get("/de/"), {})


@pytest.mark.django_db
def test_pages_carry_the_kept_header_and_footer(client):
    response = client.get("/de/imprint/?page=1")
    html = response.content.decode()
    assert 'href="/reader-settings/?text=large&amp;next=/de/imprint/%3Fpage%3D1"' in html
    assert 'href="/de/accessibility/?page=/de/imprint/#feedback"' in html
    assert chrome.PATH not in html and chrome.FULL_PATH not in html


def test_changed_settings_are_not_served_from_an_older_copy(settings):
    request = RequestFactory().get("/de/")
    with translation.override("de"):
        before = chrome.render("includes/head_assets.html", request, {})
        settings.STORAGES = {
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
        settings.STATIC_URL = "/elsewhere/"
        after = chrome.render("includes/head_assets.html", request, {})
    assert 'href="/elsewhere/css/portal.css"' in after and "/elsewhere/" not in before
