"""Two app servers, one truth: two gunicorn processes on one PostgreSQL and one Redis serve the same pages,
and a notice published (saved with the portal's cache settings, as any of its processes saves) is on both
servers' pages at the next request.

Needs PostgreSQL (DATABASE_URL=postgres://…; SQLite cannot be shared by two
servers) and Debian's redis-server. Elsewhere the test is skipped with the
reason shown; CI (.ci/run) provides both and fails if it did not run.
"""

import datetime
import os

import pytest
from django.db import connection
from django.utils import timezone

from offices import models

from .servers import Portal, RedisServer, postgres_url

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def redis():
    if connection.vendor != "postgresql":
        pytest.skip(
            "two-server test needs PostgreSQL: run with DATABASE_URL=postgres://… (SQLite is one file per machine)"
        )
    if reason := RedisServer.missing_reason():
        if os.environ.get("CI"):
            pytest.fail(f"CI runs the two-server test on PostgreSQL, but {reason}")
        pytest.skip(f"two-server test skipped: {reason}")
    with RedisServer() as redis:
        yield redis


@pytest.fixture
def two_servers(redis, tmp_path):
    env = {"DATABASE_URL": postgres_url(), "REDIS_URL": redis.url, "GUNICORN_WORKERS": "2"}
    with Portal(tmp_path, **env) as first, Portal(tmp_path, **env) as second:
        yield first, second


@pytest.fixture
def saved_with_the_servers_cache(settings, redis):
    """This process writes as a portal process does: its saves invalidate in the servers' Redis."""
    redis_cache = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis.url}
    settings.CACHES = {
        "default": redis_cache | {"KEY_PREFIX": "portal"},
        "pages": redis_cache | {"KEY_PREFIX": "pages"},
    }


def test_a_notice_published_through_one_server_is_on_the_others_next_request(
    office, two_servers, saved_with_the_servers_cache
):
    first, second = two_servers
    url = office.get_absolute_url()
    page = first.get(url)
    assert page.status == 200 and page.headers["X-Page-Cache"] == "miss"
    shared = second.get(url)
    assert shared.headers["X-Page-Cache"] == "hit" and shared.text == page.text  # one cache for both
    assert "Betriebsausflug" not in page.text

    today = timezone.localdate()
    notice = models.ClosureNotice.objects.create(
        office=office,
        title="Betriebsausflug",
        message="Das Büro ist geschlossen.",
        status=models.ClosureNotice.Status.PUBLISHED,
        starts_on=today + datetime.timedelta(days=3),
        ends_on=today + datetime.timedelta(days=3),
    )
    on_second = second.get(url)
    assert on_second.headers["X-Page-Cache"] == "miss" and "Betriebsausflug" in on_second.text
    on_first = first.get(url)
    assert on_first.headers["X-Page-Cache"] == "hit" and "Betriebsausflug" in on_first.text

    notice.status = models.ClosureNotice.Status.DRAFT
    notice.save()
    assert "notice--closure" not in first.get(url).text
    assert "notice--closure" not in second.get(url).text
