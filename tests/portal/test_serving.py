"""Serving as in production: hashed, compressed static files cached for a year, one log line per request."""

import logging

import pytest
from django.templatetags.static import static


@pytest.fixture
def stylesheet(settings):
    settings.DEBUG = False
    url = static("css/portal.css")  # the manifest's hashed name (make test runs collectstatic first)
    assert url != "/static/css/portal.css", "static files are not hashed: run manage.py collectstatic"
    return url


def test_static_files_are_hashed_compressed_and_cached_for_a_year(client, stylesheet):
    response = client.get(stylesheet, headers={"accept-encoding": "gzip"})
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert response["Cache-Control"] == "max-age=315360000, public, immutable"
    assert "Accept-Encoding" in response["Vary"]
    plain = client.get(stylesheet)
    assert "Content-Encoding" not in plain and b"{" in b"".join(plain.streaming_content)


def test_each_request_is_logged_once_with_its_id_and_timing(client, caplog, db):
    with caplog.at_level(logging.INFO, logger="portal.requests"):
        response = client.get("/healthz", headers={"x-request-id": "lb-1234567890"})
    assert response["X-Request-ID"] == "lb-1234567890"
    [line] = [record.getMessage() for record in caplog.records if record.name == "portal.requests"]
    assert line.startswith("GET /healthz 200 ") and line.endswith("ms request_id=lb-1234567890")
