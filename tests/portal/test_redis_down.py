"""With Redis down, every write still succeeds: a resident's request, an admin save, a sign-in.

A real redis-server on a free port serves as the portal's cache and is then
killed (or cut off by a proxy and brought back with its old data). Page-cache
invalidations the cache could not take are kept in the database and carried
out once it answers, so no page cached before the outage is served stale.
"""

import io
import os

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from consultations.models import AppointmentRequest
from core import page_scopes
from core.models import PendingInvalidation
from offices.models import ClosureNotice
from tests.consultations.conftest import (
    create_offer,
    create_office,
    create_weekday_windows,
    next_bookable_day,
    request_data,
)

from .servers import RedisServer, TcpProxy

pytestmark = pytest.mark.django_db
PASSWORD = "korrekt-Pferd-Batterie-42"


@pytest.fixture
def redis():
    if reason := RedisServer.missing_reason():
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    with RedisServer() as server:
        yield server


def use_redis(settings, port: int) -> None:
    # The backend production uses (portal/settings.py): one reused connection per thread, one MGET per hit
    location = {"BACKEND": "core.redis_cache.RedisCache", "LOCATION": f"redis://127.0.0.1:{port}/0"}
    options = {"OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1}}
    settings.CACHES = {
        "default": location | options | {"KEY_PREFIX": "portal"},
        "pages": location | options | {"KEY_PREFIX": "pages"},
    }
    settings.CACHE_PAGES = True


@pytest.fixture(autouse=True)
def process_state():
    page_scopes._cache_failed = False
    yield
    page_scopes._cache_failed = False


def closure(office, title="Schließtag"):
    return {
        "city": office.city_id,
        "office": office.pk,
        "status": "published",
        "starts_on": "2024-11-13",
        "ends_on": "2024-11-13",
        "title_de": title,
        "message_de": "Das Büro ist geschlossen.",
        "visible_from_0": "2024-11-07",
        "visible_from_1": "09:41",
    }


def test_with_redis_killed_requests_admin_saves_and_sign_in_succeed(
    redis, settings, admin_client, django_user_model, caplog
):
    use_redis(settings, redis.port)
    offer = create_offer(create_office())
    office = offer.office
    create_weekday_windows(office)
    url = office.get_absolute_url()
    assert Client().get(url)["X-Page-Cache"] == "miss"
    assert Client().get(url)["X-Page-Cache"] == "hit"
    django_user_model.objects.create_user("stadt-zwickau", password=PASSWORD, is_staff=True)

    redis.process.kill()
    redis.process.wait()

    # A resident's request is stored and answered as usual.
    form = reverse("consultations:request", args=[office.city.slug, office.slug])
    response = Client().post(form, request_data(offer, next_bookable_day(office)))
    assert response.status_code == 302
    assert AppointmentRequest.objects.count() == 1
    # An admin save of content public pages show: saved, not rolled back.
    response = admin_client.post(reverse("admin:offices_closurenotice_add"), closure(office))
    assert response.status_code == 302
    assert ClosureNotice.objects.filter(title_de="Schließtag").exists()
    assert PendingInvalidation.objects.exists()
    assert "page cache unavailable" in caplog.text
    # Staff sign in with their password.
    signed_in = Client()
    response = signed_in.post(
        reverse("admin:login"), {"username": "stadt-zwickau", "password": PASSWORD, "next": "/admin/"}
    )
    assert response.status_code == 302 and "_auth_user_id" in signed_in.session
    # Public pages are rendered anew meanwhile.
    page = Client().get(url)
    assert page.status_code == 200 and "X-Page-Cache" not in page


def test_pages_cached_before_an_outage_are_not_served_after_it(redis, settings, admin_client):
    with TcpProxy(redis.port) as proxy:
        use_redis(settings, proxy.port)
        offer = create_offer(create_office())
        office = offer.office
        url = office.get_absolute_url()
        Client().get(url)
        assert Client().get(url)["X-Page-Cache"] == "hit"

        proxy.cut()  # Redis keeps its data, this process cannot reach it
        assert admin_client.post(reverse("admin:offices_closurenotice_add"), closure(office)).status_code == 302
        assert PendingInvalidation.objects.count() >= 1
        proxy.restore()

        # The process that saw the failure settles the invalidation before it serves from the cache again.
        page = Client().get(url)
        assert page["X-Page-Cache"] == "miss" and "Schließtag" in page.content.decode()
        assert not PendingInvalidation.objects.exists()


def test_another_process_learns_of_a_missed_invalidation_from_the_mail_run(redis, settings, admin_client):
    with TcpProxy(redis.port) as proxy:
        use_redis(settings, proxy.port)
        office = create_offer(create_office()).office
        url = office.get_absolute_url()
        Client().get(url)
        proxy.cut()
        admin_client.post(reverse("admin:offices_closurenotice_add"), closure(office))
        proxy.restore()
        page_scopes._cache_failed = False  # as in a process that never saw the cache fail
        assert Client().get(url)["X-Page-Cache"] == "hit"  # stale, until …
        call_command("send_queued_mail", stdout=io.StringIO())  # … cron's next minute at the latest
        assert not PendingInvalidation.objects.exists()
        page = Client().get(url)
        assert page["X-Page-Cache"] == "miss" and "Schließtag" in page.content.decode()
