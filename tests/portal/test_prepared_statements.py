"""On PostgreSQL the portal's connections prepare the statements a page runs again and again
(portal/database.py): after a few renders of an office page its queries are prepared statements of the
connection, and the page they render is the one rendered before any was prepared.

Needs PostgreSQL (DATABASE_URL=postgres://…): SQLite has no server that could keep a plan. Elsewhere the
test is skipped with the reason shown.
"""

import pytest
from django.core.management import call_command
from django.db import connection

from offices import models as m

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    settings.CACHE_PAGES = False


def test_an_office_page_runs_on_prepared_statements_and_renders_the_same(client):
    if connection.vendor != "postgresql":
        pytest.skip("prepared statements need PostgreSQL: run with DATABASE_URL=postgres://…")
    call_command("generate_scale_content", cities=5, stdout=open("/dev/null", "w"))
    office = m.Office.objects.filter(city__slug="beispielort-00005", parent=None).order_by("position").first()
    first = client.get(office.get_absolute_url())
    assert first.status_code == 200 and office.name in first.text
    again = [client.get(office.get_absolute_url()).text for _ in range(6)]
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [statement for (statement,) in cursor.fetchall()]
    assert any('FROM "offices_office"' in statement for statement in prepared), prepared
    assert again == [first.text] * 6
