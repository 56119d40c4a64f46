"""DATABASE_URL read into Django's DATABASES entry, for portal/settings.py."""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
# psycopg's own default threshold; Django's backend sets none (never prepare) unless told.
PREPARED_STATEMENTS = {"server_side_binding": True, "prepare_threshold": 5}


def database_from_url(url: str | None) -> dict:
    """Translate DATABASE_URL into Django's DATABASES entry (parsed by dj-database-url).

    Unset means an SQLite file in the project folder, so `make run` needs no
    server; a relative SQLite path (sqlite:///db.sqlite3) is relative to the
    project folder too, an absolute one has four slashes (sqlite:////srv/db).
    PostgreSQL connections are kept open between requests, and on them psycopg
    binds parameters on the server and prepares a statement once it has run
    five times, so PostgreSQL parses and plans a page's queries once per connection,
    not on every request. DJANGO_DB_PREPARED_STATEMENTS=0 turns both off (Django's
    default: parameters inlined by the client), for a connection pooler in
    transaction mode, whose next transaction may run on a server connection
    that never saw the statement.
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
        prepared = os.environ.get("DJANGO_DB_PREPARED_STATEMENTS", "1") != "0"
        return database | {
            "CONN_MAX_AGE": int(os.environ.get("DJANGO_CONN_MAX_AGE", "600")),
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": database.get("OPTIONS", {}) | (PREPARED_STATEMENTS if prepared else {}),
        }
    raise unsupported
