"""The embedded default holds concurrent use: gunicorn on an SQLite file (WAL, busy timeout, immediate
transactions), 20 admin saves and resident submissions at once, with autocompletes running — no 503, no form lost."""

import http.client
import re
import subprocess
import sys
import threading
from types import SimpleNamespace
from urllib.parse import urlencode

import pytest

from tests.consultations.conftest import next_bookable_day, request_data

from .servers import ROOT, Portal

SEED = """
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
from consultations.models import ConsultationHour, CounsellingOffer
from offices.models import City, Office
city = City.objects.create(name="Stadt Zwickau", short_name="Zwickau", slug="zwickau", federal_state="SN")
office = Office.objects.create(city=city, kind="integration", name="Integration", slug="integration",
                               email="office@zwickau.example")
offer = CounsellingOffer.objects.create(office=office, slug="beratung", topic_de="Beratung", in_person=True)
for day in range(1, 8):
    ConsultationHour.objects.create(office=office, kind="requests", weekday=day, starts_at="09:00", ends_at="15:00")
user = get_user_model().objects.create_superuser("root", "root@example.org", "x" * 20)
device = TOTPDevice.objects.create(user=user, name="test", confirmed=True)
print(office.pk, offer.pk)
for _ in range(10):
    session = SessionStore()
    session.update({SESSION_KEY: str(user.pk), HASH_SESSION_KEY: user.get_session_auth_hash(),
                    BACKEND_SESSION_KEY: "django.contrib.auth.backends.ModelBackend",
                    DEVICE_ID_SESSION_KEY: device.persistent_id})
    session.create()
    print(session.session_key)
"""


class Browser:
    """Cookies and CSRF tokens, as a browser keeps them, over plain http.client."""

    def __init__(self, port: int, session: str | None = None):
        self.port = port
        self.cookies = {"sessionid": session} if session else {}

    def request(self, method: str, path: str, data: dict | None = None) -> tuple[int, str]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = {"Host": "127.0.0.1", "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if data is not None:
            body = urlencode(data, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            for name, value in response.getheaders():
                if name.lower() == "set-cookie":
                    key, _, rest = value.partition("=")
                    self.cookies[key] = rest.split(";", 1)[0]
            return response.status, response.read().decode()
        finally:
            connection.close()

    def form(self, path: str) -> str:
        status, page = self.request("GET", path)
        assert status == 200, (path, status)
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)


@pytest.fixture
def portal(tmp_path):
    database = tmp_path / "portal.sqlite3"
    env = {"DATABASE_URL": f"sqlite:///{database}", "DJANGO_SECRET_KEY": "sqlite-test-" + "k" * 40}
    manage = [sys.executable, "manage.py"]
    run_env = {**__import__("os").environ, **env, "DJANGO_HTTPS": "0", "DJANGO_LOG_LEVEL": "WARNING"}
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=run_env, cwd=ROOT, check=True, timeout=300)
    seeded = subprocess.run(
        [*manage, "shell", "-v0", "-c", SEED], env=run_env, cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.split()
    with Portal(tmp_path, **env, DJANGO_CACHE_PAGES="0") as server:
        yield SimpleNamespace(server=server, office=int(seeded[0]), offer=int(seeded[1]), sessions=seeded[2:])


def test_twenty_concurrent_admin_saves_and_submissions_on_sqlite_give_no_503(portal):
    port = portal.server.port
    day = next_bookable_day(SimpleNamespace(city=SimpleNamespace(federal_state="SN")))
    form_path = "/de/zwickau/integration/advice/request/"
    results: list[tuple[str, int]] = []

    def admin_save(number: int, session: str):
        browser = Browser(port, session)
        token = browser.form("/admin/offices/closurenotice/add/")
        autocomplete = "/admin/autocomplete/?app_label=offices&model_name=closurenotice&field_name=office&term="
        threading.Thread(target=browser.request, args=("GET", autocomplete)).start()
        status, _page = browser.request(
            "POST",
            "/admin/offices/closurenotice/add/",
            {
                "csrfmiddlewaretoken": token,
                "city": "1",
                "office": str(portal.office),
                "status": "published",
                "starts_on": "2024-11-13",
                "ends_on": "2024-11-13",
                "title_de": f"Schließtag {number}",
                "message_de": "Das Büro ist geschlossen.",
                "visible_from_0": "2024-11-07",
                "visible_from_1": "09:41",
            },
        )
        results.append(("admin", status))

    def submission(number: int):
        browser = Browser(port)
        token = browser.form(form_path)
        offer = SimpleNamespace(pk=portal.offer)
        data = request_data(offer, day, name=f"Person {number}") | {"csrfmiddlewaretoken": token}
        status, _page = browser.request("POST", form_path, data)
        results.append(("resident", status))

    threads = [threading.Thread(target=admin_save, args=(n, s)) for n, s in enumerate(portal.sessions)]
    threads += [threading.Thread(target=submission, args=(n,)) for n in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert sorted(results) == [("admin", 302)] * 10 + [("resident", 302)] * 10, results
    log = portal.server.log.read_text()
    assert "database is locked" not in log
