"""Production headers on every kind of page, and what DJANGO_HTTPS=0 changes: the redirect, HSTS, Secure cookies.

The settings are read in a fresh process with a production environment (debug
off, a real secret key), exactly as gunicorn would read them, and those values
are applied to the pages served here.
"""

import datetime
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from offices import models

pytestmark = pytest.mark.django_db

BASE_DIR = Path(__file__).resolve().parents[2]
HTTPS_SETTINGS = [
    "HTTPS",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "LANGUAGE_COOKIE_SECURE",
]
ONE_YEAR = 365 * 24 * 60 * 60


def production_settings(**env) -> dict[str, str]:
    """Every setting (as repr) of portal.settings imported by a new process with debug off and `env`."""
    clean = {name: value for name, value in os.environ.items() if not name.startswith(("DJANGO_", "REDIS_"))}
    clean |= {"DJANGO_SECRET_KEY": "a-production-like-secret-key-" + "x" * 40, "DJANGO_ALLOWED_HOSTS": "example.org"}
    clean["DJANGO_SETTINGS_MODULE"] = "portal.settings"
    code = (
        "import django, json; django.setup(); import portal.settings as s; "
        "print(json.dumps({name: repr(getattr(s, name)) for name in dir(s) if name.isupper()}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=clean | env, cwd=BASE_DIR, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def https_on():
    return production_settings()


@pytest.fixture(scope="module")
def https_off():
    return production_settings(DJANGO_HTTPS="0")


def test_https_is_on_whenever_debug_is_off_and_it_is_not_set(https_on):
    assert https_on == production_settings(DJANGO_HTTPS="1")
    assert {name: https_on[name] for name in HTTPS_SETTINGS} == {
        "HTTPS": "True",
        "SECURE_SSL_REDIRECT": "True",
        "SECURE_HSTS_SECONDS": str(ONE_YEAR),
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": "True",
        "SECURE_HSTS_PRELOAD": "True",
        "SESSION_COOKIE_SECURE": "True",
        "CSRF_COOKIE_SECURE": "True",
        "LANGUAGE_COOKIE_SECURE": "True",
    }


def test_https_off_changes_exactly_the_redirect_hsts_and_the_secure_flag(https_on, https_off):
    changed = {name for name in https_on.keys() | https_off.keys() if https_on.get(name) != https_off.get(name)}
    assert changed == set(HTTPS_SETTINGS)
    assert {name: https_off[name] for name in HTTPS_SETTINGS} == {
        "HTTPS": "False",
        "SECURE_SSL_REDIRECT": "False",
        "SECURE_HSTS_SECONDS": "0",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": "False",
        "SECURE_HSTS_PRELOAD": "False",
        "SESSION_COOKIE_SECURE": "False",
        "CSRF_COOKIE_SECURE": "False",
        "LANGUAGE_COOKIE_SECURE": "False",
    }


def test_a_missing_secret_key_stops_manage_py_with_one_line():
    env = {name: value for name, value in os.environ.items() if not name.startswith("DJANGO_")}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], env=env, cwd=BASE_DIR, capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "portal: configuration error: DJANGO_SECRET_KEY is not set: set it (or DJANGO_DEBUG=1 for local development)."
    ]
    wsgi = subprocess.run(
        [sys.executable, "-c", "import portal.wsgi"], env=env, cwd=BASE_DIR, capture_output=True, text=True, timeout=60
    )
    assert wsgi.returncode != 0 and len(wsgi.stderr.strip().splitlines()) == 1, wsgi.stderr


@pytest.mark.parametrize(
    "env, message",
    [
        ({}, "DJANGO_SECRET_KEY is not set"),
        ({"GUNICORN_PRELOAD": "0"}, "DJANGO_SECRET_KEY is not set"),
    ],
    # Several workers without Redis are fine now: tests/portal/test_cross_process.py
    ids=["no secret key", "no secret key, app loaded in the workers"],
)
def test_gunicorn_refuses_to_start_with_one_line(env, message):
    clean = {name: value for name, value in os.environ.items() if not name.startswith(("DJANGO_", "REDIS_"))}
    result = subprocess.run(
        [sys.executable, "-m", "gunicorn", "--config", "portal/gunicorn.conf.py", "portal.wsgi:application"],
        env=clean | env | {"GUNICORN_BIND": "127.0.0.1:0"},
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    [line] = [line for line in result.stderr.splitlines() if line.startswith("portal: ")]
    assert line.startswith("portal: configuration error: ") and message in line
    assert "Traceback" not in result.stderr and "Booting worker" not in result.stderr


def test_deploy_checks_pass_in_production():
    env = {name: value for name, value in os.environ.items() if not name.startswith(("DJANGO_", "REDIS_"))}
    env |= {"DJANGO_SECRET_KEY": "kX9" + "q7Lp2" * 12, "DJANGO_ALLOWED_HOSTS": "example.org"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# The headers, page by page


@pytest.fixture
def served_with(settings):
    """Apply the HTTPS-related values a production process computed to this process's settings."""

    def apply(values: dict[str, str]):
        for name in HTTPS_SETTINGS:
            setattr(settings, name, eval(values[name]))  # noqa: S307 - reprs of bools and ints from our own settings
        settings.DEBUG = False
        return values["HTTPS"] == "True"

    return apply


@pytest.fixture
def pages(office):
    models.ClosureNotice.objects.create(
        office=office,
        title="Schließtag",
        message="Zu.",
        starts_on=datetime.date(2020, 1, 2),
        ends_on="2020-01-02",
        status=models.ClosureNotice.Status.PUBLISHED,
    )
    prize = models.PrizeCall.objects.create(
        office=office, name="Preis", slug="preis", title="Preis", description="d", deadline="2040-04-28"
    )
    return {
        "home": ("get", "/de/", 200),
        "city": ("get", office.city.get_absolute_url(), 200),
        "office": ("get", office.get_absolute_url(), 200),
        "archive": ("get", office.get_archive_url(), 200),
        "prize call": ("get", prize.get_absolute_url(), 200),
        "legal notice": ("get", "/de/imprint/", 200),
        "privacy notice": ("get", "/de/privacy/", 200),
        "sitemap": ("get", "/sitemap.xml", 200),
        "robots.txt": ("get", "/robots.txt", 200),
        "health check": ("get", "/healthz", 200),
        "admin sign-in": ("get", reverse("admin:login"), 200),
        "400 unknown host": ("get", "/de/", 400),
        "403 failed CSRF check": ("post", reverse("admin:login"), 403),
        "404": ("get", "/de/no-such-city/", 404),
        "429": ("get", "/test-errors/429/", 429),
        "500": ("get", "/test-errors/500/", 500),
        "503 database down": ("get", "/test-errors/503/", 503),
    }


def csp_directives(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def assert_headers(response, https: bool) -> None:
    csp = csp_directives(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["form-action"] == ["'self'"]
    scripts = csp.get("script-src", csp["default-src"])
    assert "'unsafe-inline'" not in scripts and "'unsafe-eval'" not in scripts
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    permissions = response["Permissions-Policy"]
    for feature in ["camera=()", "microphone=()", "geolocation=()", "payment=()"]:
        assert feature in permissions
    if https:
        hsts = dict(part.strip().partition("=")[::2] for part in response["Strict-Transport-Security"].split(";"))
        assert int(hsts["max-age"]) >= ONE_YEAR and "includeSubDomains" in hsts
    else:
        assert "Strict-Transport-Security" not in response
    for name, morsel in response.cookies.items():
        assert bool(morsel["secure"]) is https, name
        assert morsel["httponly"], name
        assert morsel["samesite"] in ("Lax", "Strict"), name


@pytest.mark.urls("tests.portal.error_urls")
@pytest.mark.parametrize("mode", ["https_on", "https_off"])
def test_every_kind_of_page_has_every_header(request, served_with, pages, mode):
    https = served_with(request.getfixturevalue(mode))
    for kind, (method, url, status) in pages.items():
        client = Client(enforce_csrf_checks=True, raise_request_exception=False)
        host = "evil.example" if kind.startswith("400") else "testserver"
        for attempt in ("first", "again"):  # again: public pages then come from the page cache
            response = getattr(client, method)(url, secure=https, headers={"host": host})
            assert response.status_code == status, (kind, attempt)
            assert_headers(response, https)
            if status == 200 and kind != "admin sign-in":
                assert not response.cookies, f"{kind} sets a cookie"
        if status >= 400:
            body = response.content.decode()
            assert 'class="wrap error-page"' in body, kind
            for internal in ["Traceback", "secret internal detail", "10.0.0.5", "OperationalError", "CSRF"]:
                assert internal not in body, (kind, internal)


def test_https_redirects_plain_http_and_is_off_with_https_0(served_with, https_on, https_off):
    served_with(https_on)
    response = Client().get("/de/imprint/")
    assert response.status_code == 301 and response["Location"] == "https://testserver/de/imprint/"
    served_with(https_off)
    assert Client().get("/de/imprint/").status_code == 200


@pytest.mark.parametrize("mode", ["https_on", "https_off"])
def test_every_cookie_is_secure_httponly_and_same_site(request, served_with, admin_client, mode):
    https = served_with(request.getfixturevalue(mode))
    responses = {
        "csrftoken": Client().get(reverse("admin:login"), secure=https),
        "sessionid": admin_client.get(reverse("admin:index"), secure=https),
        "django_language": Client().get("/language/en/?next=/de/", secure=https),
        "reader_text": Client().get("/reader-settings/?text=large&next=/de/", secure=https),
    }
    for name, response in responses.items():
        assert name in response.cookies, name
        assert_headers(response, https)


def test_the_503_page_renders_without_a_query_and_says_when_to_retry(client):
    from core.views import database_unavailable

    request = client.get("/de/imprint/").wsgi_request
    with connection.execute_wrapper(refuse_queries):
        response = database_unavailable(request)
    assert response.status_code == 503 and response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]


def refuse_queries(execute, sql, params, many, context):
    raise AssertionError(f"the 503 page ran a query: {sql}")
