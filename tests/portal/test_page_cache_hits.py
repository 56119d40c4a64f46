"""What a page-cache hit skips and what it still carries: it runs no middleware below the cache, yet every header."""

import io
import logging
import os
import threading

import pytest
from django.templatetags.static import static
from django.test import Client

from core import middleware, page_cache
from core.logs import Formatter, QueuedStreamHandler

from .servers import RedisServer

pytestmark = pytest.mark.django_db

# Set per request, never stored with a page.
PER_REQUEST = {"x-request-id", "x-page-cache"}


def headers(response) -> dict[str, str]:
    return {name.lower(): value for name, value in response.items() if name.lower() not in PER_REQUEST}


@pytest.fixture
def csp_calls(monkeypatch):
    """How often the CSP middleware (below the page cache) handled a response."""
    calls = []
    original = middleware.ContentSecurityPolicyMiddleware.process_response

    def counted(self, request, response):
        calls.append(request.path)
        return original(self, request, response)

    monkeypatch.setattr(middleware.ContentSecurityPolicyMiddleware, "process_response", counted)
    return calls


def test_a_hit_runs_no_middleware_below_and_has_the_headers_the_stored_page_had(client, office, csp_calls):
    url = office.get_absolute_url()
    miss = client.get(url)
    assert miss["X-Page-Cache"] == "miss" and csp_calls == [url]
    hit = client.get(url)
    assert hit["X-Page-Cache"] == "hit" and csp_calls == [url]  # the middleware did not run again
    assert headers(hit) == headers(miss)
    for name in [
        "Content-Security-Policy",
        "Permissions-Policy",
        "Referrer-Policy",
        "X-Content-Type-Options",
        "X-Frame-Options",
        "Content-Language",
    ]:
        assert hit[name], name
    assert hit["X-Request-ID"] != miss["X-Request-ID"]  # each request its own id, also on a hit


def test_a_change_to_a_header_setting_stores_pages_anew(client, office, settings):
    url = office.get_absolute_url()
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    settings.PERMISSIONS_POLICY = "camera=()"
    changed = client.get(url)
    assert changed["X-Page-Cache"] == "miss" and changed["Permissions-Policy"] == "camera=()"
    assert client.get(url)["Permissions-Policy"] == "camera=()"


def test_plain_http_is_redirected_to_https_and_never_served_from_the_cache(client, office, settings):
    settings.SECURE_SSL_REDIRECT = True
    url = office.get_absolute_url()
    client.get(url, secure=True)
    assert client.get(url, secure=True)["X-Page-Cache"] == "hit"
    response = client.get(url)
    assert response.status_code == 301 and response["Location"].startswith("https://")


def test_static_files_and_requests_with_a_body_cost_no_page_cache_lookup(client, office, monkeypatch, settings):
    settings.DEBUG = False

    def no_lookup(*args):
        raise AssertionError("looked up")

    monkeypatch.setattr(page_cache.PageCacheMiddleware, "lookup", staticmethod(no_lookup))
    assert client.get(static("css/portal.css")).status_code == 200
    url = office.get_absolute_url()
    response = client.generic("GET", url, data=b"x" * 10, content_type="text/plain")
    assert response.status_code == 200 and "X-Page-Cache" not in response


def test_a_disallowed_host_gets_the_400_page_with_the_headers(client, office, settings):
    settings.ALLOWED_HOSTS = ["testserver"]
    response = client.get(office.get_absolute_url(), HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert response["X-Frame-Options"] == "DENY" and "Content-Security-Policy" in response


def test_the_csp_is_built_once_and_a_nonce_policy_still_gets_a_fresh_nonce(client, office, settings):
    from django.utils.csp import CSP

    first, second = Client().get("/healthz"), Client().get("/healthz")
    assert first["Content-Security-Policy"] == second["Content-Security-Policy"]
    assert "default-src 'self'" in first["Content-Security-Policy"]
    with_nonce = {"default-src": [CSP.SELF], "script-src": [CSP.SELF, CSP.NONCE]}
    csp = middleware.ContentSecurityPolicyMiddleware(lambda request: None)
    one, two = (csp.policy(type("Request", (), {"_csp_nonce": nonce})(), with_nonce) for nonce in ("abc", "def"))
    assert "script-src 'self' 'nonce-abc'" in one and "script-src 'self' 'nonce-def'" in two


# The Redis backend: one connection per thread and process, opened again when the server closed it


@pytest.fixture
def redis_cache():
    if reason := RedisServer.missing_reason():
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    from core.redis_cache import RedisCache

    with RedisServer() as server:
        yield server, RedisCache(server.url, {"KEY_PREFIX": "test"})


def test_one_client_per_thread_and_process(redis_cache, monkeypatch):
    server, cache = redis_cache
    cache.set_many({"a": 1, "b": (1, b"page")})
    assert cache.get_many(["a", "b", "missing"]) == {"a": 1, "b": (1, b"page")}
    client = cache._cache.get_client()
    assert cache._cache.get_client() is client
    other = []
    thread = threading.Thread(target=lambda: other.append(cache._cache.get_client()))
    thread.start()
    thread.join()
    assert other[0] is not client
    pid = os.getpid()
    monkeypatch.setattr(os, "getpid", lambda: pid + 1)  # as in a worker forked after the first call
    assert cache._cache.get_client() is not client
    assert cache.get_many(["a"]) == {"a": 1}


def test_a_connection_the_server_closed_is_opened_again(redis_cache):
    server, cache = redis_cache
    cache.set("a", 1)
    assert cache.get_many(["a"]) == {"a": 1}
    cache._cache.get_client().client_kill_filter(_type="normal", skipme=False)  # every client connection
    assert cache.get_many(["a"]) == {"a": 1}


# The console log: lines queued, written by a thread of their own, warnings at once and in order


def queued_logger(stream, interval):
    handler = QueuedStreamHandler(stream, interval=interval)
    handler.setFormatter(Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    logger = logging.Logger("test.requests")
    logger.addHandler(handler)
    return logger, handler


def test_request_lines_are_written_by_the_writer_thread_and_a_warning_at_once_after_them():
    stream = io.StringIO()
    logger, handler = queued_logger(stream, interval=3600)  # the writer thread will not come round
    logger.info("GET / 200 1.0ms request_id=one")
    assert stream.getvalue() == ""
    logger.warning("database unavailable")
    lines = stream.getvalue().splitlines()
    assert [line.split(" ", 3)[2:] for line in lines] == [
        ["INFO", "test.requests GET / 200 1.0ms request_id=one"],
        ["WARNING", "test.requests database unavailable"],
    ]
    assert lines[0][:4].isdigit() and lines[0][19] == ","  # 2026-12-01 13:05:00,123, as before
    logger.info("last line")
    handler.flush()  # logging.shutdown() does this when the process ends
    assert stream.getvalue().endswith("last line\n")


def test_request_lines_arrive_by_themselves():
    stream = io.StringIO()
    logger, _ = queued_logger(stream, interval=0.01)
    logger.info("GET /healthz 200 0.4ms request_id=two")
    done = threading.Event()
    for _ in range(500):
        if "request_id=two" in stream.getvalue():
            done.set()
            break
        done.wait(0.01)
    assert done.is_set()


FORKING = """
import os, sys
from core.logs import QueuedStreamHandler
import logging
stream = open(sys.argv[1], "w")
handler = QueuedStreamHandler(stream, interval=3600)
logger = logging.Logger("test.requests")
logger.addHandler(handler)
logger.info("master's line")
pid = os.fork()
if pid == 0:  # the worker, as gunicorn forks it
    logger.info("worker's line")
    handler.flush()
    os._exit(0)
os.waitpid(pid, 0)
handler.flush()
"""


def test_a_forked_worker_writes_its_own_lines_and_not_those_its_master_had_queued(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    path = tmp_path / "log"
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", FORKING, str(path)], cwd=root, check=True, timeout=60)
    assert sorted(path.read_text().splitlines()) == ["master's line", "worker's line"]
