"""Larger text and high contrast: plain links that set cookies, remembered on every page, no JavaScript."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_choosing_large_text_sets_a_cookie_and_returns_to_the_settings(client):
    response = client.get("/reader-settings/", {"text": "large", "next": "/en/imprint/"})
    assert response.status_code == 302
    # Back to the same place on the same page, so a keyboard user's next Tab continues there.
    assert response["Location"] == "/en/imprint/#reader-settings"
    assert response.cookies["reader_text"].value == "large"
    assert response.cookies["reader_text"]["samesite"] == "Lax"


def test_unknown_values_and_foreign_addresses_are_ignored(client):
    response = client.get("/reader-settings/", {"contrast": "neon", "next": "https://evil.example/"})
    assert response["Location"] == "/#reader-settings"
    assert "reader_contrast" not in response.cookies


@pytest.mark.parametrize("path", ["/en/", "/en/accessibility/", "/ar/privacy/"])
def test_chosen_settings_apply_on_every_page_and_are_marked_current(client, path):
    client.cookies["reader_text"] = "larger"
    client.cookies["reader_contrast"] = "high"
    html = client.get(path).content.decode()
    assert re.search(r'<html [^>]*class="text-larger contrast-high"', html)
    current = re.findall(r'<a href="/reader-settings/\?(\w+=\w+)[^"]*" aria-current="true">', html)
    assert current == ["text=larger", "contrast=high"]


def test_by_default_normal_text_and_contrast_are_current(client):
    html = client.get("/en/").content.decode()
    current = re.findall(r'<a href="/reader-settings/\?(\w+=\w+)[^"]*" aria-current="true">', html)
    assert current == ["text=normal", "contrast=normal"]
    # Each group is a list named by its visible label.
    assert '<ul aria-labelledby="text-size-label">' in html
    assert '<ul aria-labelledby="contrast-label">' in html
