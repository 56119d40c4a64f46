"""Without Redis: gunicorn with several workers, each keeping its own pages in memory, and a write by another
process (a management command) on every worker's next request, through the generations they share in files.

Needs PostgreSQL (DATABASE_URL=postgres://…): the server and the command must see the test's database.
"""

import os
import subprocess
import sys

import pytest
from django.db import connection

from .servers import ROOT, Portal, postgres_url

pytestmark = pytest.mark.django_db(transaction=True)

PUBLISH = """
import datetime
from django.utils import timezone
from offices.models import ClosureNotice, Office
office = Office.objects.get(city__slug="dresden", slug="iab")
day = timezone.localdate() + datetime.timedelta(days=3)
ClosureNotice.objects.create(
    office=office, city=office.city, title_de="Betriebsausflug", message_de="Das Büro ist geschlossen.",
    status="published", starts_on=day, ends_on=day,
)
"""


@pytest.fixture
def server(tmp_path):
    if connection.vendor != "postgresql":
        if os.environ.get("CI"):
            pytest.fail("CI runs the cross-process test on PostgreSQL")
        pytest.skip("cross-process test needs PostgreSQL: run with DATABASE_URL=postgres://…")
    env = {
        "DATABASE_URL": postgres_url(),
        "GUNICORN_WORKERS": "2",
        "DJANGO_PAGE_GENERATIONS_DIR": str(tmp_path / "generations"),
    }
    with Portal(tmp_path, **env) as portal:
        yield portal


def test_a_command_run_in_another_process_is_on_every_workers_next_request(office, server):
    url = office.get_absolute_url()
    states = [server.get(url).headers.get("X-Page-Cache") for _ in range(8)]
    assert states[0] == "miss" and "hit" in states  # both workers keep copies; neither has the notice
    assert "Betriebsausflug" not in server.get(url).text

    command = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", PUBLISH],
        cwd=ROOT,
        env=server.env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert command.returncode == 0, command.stderr
    pages = [server.get(url) for _ in range(6)]
    assert all("Betriebsausflug" in page.text for page in pages)
    assert {page.headers["X-Page-Cache"] for page in pages} == {"miss", "hit"}  # rendered anew, then kept
