"""Kept pages and fragments name the release they were made by (core/release.py): after a deploy that changes a
template, a message or the code, a cache shared by the servers serves none of the old release's pages."""

import pytest

from core import release
from core.fragment_cache import fragment_key
from core.page_cache import page_key


def test_the_digest_changes_with_a_file_and_only_with_what_pages_are_made_of(tmp_path):
    (tmp_path / "templates").mkdir()
    page = tmp_path / "templates" / "page.html"
    page.write_text("<p>Beratung</p>")
    (tmp_path / "templates" / "tests").mkdir()
    before = release.digest_of([tmp_path / "templates"])
    assert release.digest_of([tmp_path / "templates"]) == before  # the same files, the same digest
    (tmp_path / "templates" / "notes.md").write_text("not served")
    (tmp_path / "templates" / "tests" / "test_page.py").write_text("assert True")
    assert release.digest_of([tmp_path / "templates"]) == before
    page.write_text("<p>Beratung und Begleitung</p>")
    assert release.digest_of([tmp_path / "templates"]) != before
    page.rename(tmp_path / "templates" / "other.html")  # the same content under another name
    assert release.digest_of([tmp_path / "templates"]) not in (before, "")


def test_the_project_is_digested_without_installed_packages(settings):
    roots = release.roots()
    assert settings.BASE_DIR / "templates" in roots and settings.BASE_DIR / "offices" in roots
    assert not any("site-packages" in root.parts for root in roots)


def test_page_and_fragment_keys_name_the_release(rf, monkeypatch):
    request = rf.get("/de/dresden/")
    first_page, first_fragment = page_key(request), fragment_key("office-page", "dresden/iab")
    assert release.release() in first_page and release.release() in first_fragment
    monkeypatch.setattr(release, "release", lambda: "0ther000")
    from core import fragment_cache, page_cache

    monkeypatch.setattr(page_cache, "release", release.release)
    monkeypatch.setattr(fragment_cache, "release", release.release)
    assert page_key(request) != first_page and fragment_key("office-page", "dresden/iab") != first_fragment


@pytest.mark.django_db
def test_a_page_kept_by_another_release_is_not_served(client, monkeypatch, settings):
    from core import page_cache

    settings.CACHE_PAGES = True
    client.get("/de/imprint/")
    assert client.get("/de/imprint/").get("X-Page-Cache") == "hit"
    monkeypatch.setattr(page_cache, "release", lambda: "0ther000")
    fresh = client.get("/de/imprint/")
    assert fresh.get("X-Page-Cache") != "hit" and "Impressum" in fresh.content.decode()
    assert client.get("/de/imprint/").get("X-Page-Cache") == "hit"  # kept again, under the new release
