"""A new deployment runs `migrate` (and so the system checks, which load the URLconf) before `collectstatic`."""

import importlib

from django.templatetags.static import static

import portal.urls


def test_the_urls_load_before_the_static_files_are_collected(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {
            "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage",
            "OPTIONS": {"location": str(tmp_path)},  # no manifest in it
        },
    }
    try:
        # Looking up the favicon's hashed name at import raised "Missing staticfiles manifest entry".
        importlib.reload(portal.urls)
    finally:
        importlib.reload(portal.urls)  # with nothing evaluated at import, the storage it ran under does not matter


def test_the_favicon_redirect_names_the_hashed_file_of_the_collected_static_files(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response.headers["Location"] == static("favicon.svg")
    assert response.headers["Location"].endswith(".svg") and "favicon." in response.headers["Location"]
