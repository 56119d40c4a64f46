"""A sitemap that outgrows one file becomes an index of numbered parts listing the same addresses."""

from xml.etree import ElementTree

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.sitemaps import I18nSitemap

pytestmark = pytest.mark.django_db
NAMESPACE = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    settings.CACHE_PAGES = False


def locations(client, url: str) -> tuple[str, list[str]]:
    response = client.get(url)
    assert response.status_code == 200, url
    tree = ElementTree.fromstring(response.content)
    return tree.tag.removeprefix(NAMESPACE), [element.text for element in tree.iter(f"{NAMESPACE}loc")]


def test_an_index_of_parts_lists_the_same_addresses_as_one_file(client, monkeypatch):
    call_command("generate_scale_content", cities=12, stdout=open("/dev/null", "w"))
    kind, single = locations(client, "/sitemap.xml")
    assert kind == "urlset" and len(single) > 300

    monkeypatch.setattr(I18nSitemap, "limit", 70)
    kind, parts = locations(client, "/sitemap.xml")
    assert kind == "sitemapindex" and any("?p=2" in part for part in parts)
    listed = []
    for part in parts:
        kind, addresses = locations(client, part.removeprefix("http://testserver"))
        assert kind == "urlset" and len(addresses) <= 70
        listed += addresses
    assert sorted(listed) == sorted(single)


def test_the_index_and_its_parts_make_the_same_queries_with_more_cities(client, monkeypatch):
    monkeypatch.setattr(I18nSitemap, "limit", 70)

    def counts() -> dict[str, int]:
        result = {}
        for url in ["/sitemap.xml", "/sitemap-offices.xml?p=2", "/sitemap-cities.xml"]:
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            result[url] = len(queries)
        return result

    call_command("generate_scale_content", cities=12, stdout=open("/dev/null", "w"))
    few = counts()
    call_command("generate_scale_content", cities=60, stdout=open("/dev/null", "w"))
    assert counts() == few
