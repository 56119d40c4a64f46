"""The database goes away under a running gunicorn: public pages answer 503 with the friendly page and
Retry-After, and come back by themselves when it returns, without a restart.

On PostgreSQL the portal reaches the test database through a TCP proxy that
is cut and restored (the persistent connections break, new ones are refused);
on SQLite the database file's folder is moved away and back.
"""

import sqlite3

import pytest
from django.db import connection

from .servers import Portal, TcpProxy

pytestmark = pytest.mark.django_db(transaction=True)


class SqliteOutage:
    """A copy of the test database in a folder of its own; moving the folder away makes it unopenable."""

    def __init__(self, folder):
        self.folder = folder
        self.folder.mkdir()
        connection.ensure_connection()
        target = sqlite3.connect(folder / "db.sqlite3")
        connection.connection.backup(target)
        target.close()
        self.url = f"sqlite:///{folder / 'db.sqlite3'}"

    def cut(self):
        self.folder.rename(self.folder.with_name("away"))

    def restore(self):
        self.folder.with_name("away").rename(self.folder)


@pytest.fixture
def outage(office, tmp_path):
    """The database as a portal process reaches it, with `cut()` and `restore()`."""
    if connection.vendor == "sqlite":
        yield SqliteOutage(tmp_path / "data")
        return
    settings = connection.settings_dict
    with TcpProxy(int(settings["PORT"] or 5432), settings["HOST"] or "127.0.0.1") as proxy:
        user, password = settings["USER"], settings["PASSWORD"]
        proxy.url = f"postgres://{user}:{password}@127.0.0.1:{proxy.port}/{settings['NAME']}"
        yield proxy


def test_public_pages_answer_503_while_the_database_is_down_and_recover_by_themselves(office, outage, tmp_path):
    url = office.get_absolute_url()
    with Portal(tmp_path, DATABASE_URL=outage.url, DJANGO_CACHE_PAGES="0") as portal:
        assert portal.get(url).status == 200
        assert portal.get("/healthz").status == 200
        outage.cut()
        for path in [url, "/de/", office.city.get_absolute_url()]:
            down = portal.get(path)
            assert down.status == 503, (path, down.text[:500])
            assert down.headers["Retry-After"] == "30"
            assert "Vorübergehend nicht erreichbar" in down.text or "Temporarily unavailable" in down.text
            assert "error-page" in down.text and "OperationalError" not in down.text
        assert portal.get("/healthz").status == 503
        outage.restore()
        assert portal.get(url).status == 200
        assert portal.get("/healthz").status == 200


def test_cached_pages_stay_available_while_the_database_is_down(office, outage, tmp_path):
    url = office.get_absolute_url()
    with Portal(tmp_path, DATABASE_URL=outage.url) as portal:
        assert portal.get(url).status == 200
        outage.cut()
        cached = portal.get(url)
        assert cached.status == 200 and cached.headers["X-Page-Cache"] == "hit"
        assert portal.get(office.city.get_absolute_url()).status == 503
        outage.restore()
