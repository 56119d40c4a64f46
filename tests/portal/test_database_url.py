"""DATABASE_URL as the settings read it (dj-database-url, with the portal's defaults and limits)."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from portal.settings import BASE_DIR, database_from_url


def test_unset_means_an_sqlite_file_in_the_project_folder():
    for unset in (None, ""):
        assert database_from_url(unset) == {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}


def test_sqlite_paths_with_three_slashes_are_relative_to_the_project_with_four_absolute():
    relative = database_from_url("sqlite:///data/portal%20copy.sqlite3")
    assert relative["ENGINE"] == "django.db.backends.sqlite3"
    assert relative["NAME"] == BASE_DIR / "data" / "portal copy.sqlite3"
    assert str(database_from_url("sqlite:////srv/portal/db.sqlite3")["NAME"]) == "/srv/portal/db.sqlite3"
    # SQLite gets no persistent connections: one file, opened per request as before.
    assert not relative.get("CONN_MAX_AGE")


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///", "sqlite://:memory:"])
def test_an_sqlite_url_without_a_file_is_refused(url):
    with pytest.raises(ImproperlyConfigured, match="needs a file name"):
        database_from_url(url)


@pytest.mark.parametrize("scheme", ["postgres", "postgresql", "pgsql"])
def test_postgres_connections_are_kept_open_and_checked(monkeypatch, scheme):
    monkeypatch.delenv("DJANGO_CONN_MAX_AGE", raising=False)
    monkeypatch.delenv("DJANGO_DB_PREPARED_STATEMENTS", raising=False)
    database = database_from_url(f"{scheme}://portal:s%3Acret%40@db.example:5433/portal?sslmode=require")
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["NAME"], database["USER"], database["PASSWORD"]) == ("portal", "portal", "s:cret@")
    assert (database["HOST"], str(database["PORT"])) == ("db.example", "5433")
    assert database["OPTIONS"] == {"sslmode": "require", "server_side_binding": True, "prepare_threshold": 5}
    assert database["CONN_MAX_AGE"] == 600 and database["CONN_HEALTH_CHECKS"] is True
    monkeypatch.setenv("DJANGO_CONN_MAX_AGE", "0")
    assert database_from_url(f"{scheme}://portal@/portal")["CONN_MAX_AGE"] == 0


def test_prepared_statements_can_be_turned_off_for_a_pooler_in_transaction_mode(monkeypatch):
    monkeypatch.setenv("DJANGO_DB_PREPARED_STATEMENTS", "0")
    database = database_from_url("postgres://portal@pgbouncer.example:6432/portal?sslmode=require")
    assert database["OPTIONS"] == {"sslmode": "require"}  # Django's default: client-side binding, nothing prepared


@pytest.mark.parametrize("url", ["mysql://portal@db/portal", "redis://localhost/0", "ftp://x/y", "db.sqlite3"])
def test_other_schemes_are_refused_in_one_line(url):
    with pytest.raises(ImproperlyConfigured) as refused:
        database_from_url(url)
    message = str(refused.value)
    assert message.startswith("DATABASE_URL: unsupported scheme") and "\n" not in message
    assert "sqlite:///file.db" in message and "postgres://" in message
