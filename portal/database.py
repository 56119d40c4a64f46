"""DATABASE_URL read into Django's DATABASES entry, for portal/settings.py."""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def database_from_url(url: str | None) -> dict:
    """Translate DATABASE_URL into Django's DATABASES entry (parsed by dj-database-url).

    Unset means an SQLite file in the project folder, so `make run` needs no
    server; a relative SQLite path (sqlite:///db.sqlite3) is relative to the
    project folder too, an absolute one has four slashes (sqlite:////srv/db).
    PostgreSQL connections are kept open between requests.
    """
    if not url:
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}
    unsupported = ImproperlyConfigured(
        f"DATABASE_URL: unsupported scheme {urlsplit(url).scheme!r}; "
        "use sqlite:///file.db or postgres://user:pass@host/db"
    )
    try:
        database = dj_database_url.parse(url)
    except ValueError:
        raise unsupported from None
    if database["ENGINE"] == "django.db.backends.sqlite3":
        if database["NAME"] in {"", ":memory:"}:
            raise ImproperlyConfigured("DATABASE_URL: an sqlite URL needs a file name, e.g. sqlite:///db.sqlite3")
        return database | {"NAME": BASE_DIR / database["NAME"]}  # an absolute NAME stays as it is
    if database["ENGINE"] == "django.db.backends.postgresql":
        return database | {
            "CONN_MAX_AGE": int(os.environ.get("DJANGO_CONN_MAX_AGE", "600")),
            "CONN_HEALTH_CHECKS": True,
        }
    raise unsupported
