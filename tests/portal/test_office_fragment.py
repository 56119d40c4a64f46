"""The office page's time-independent content kept as a fragment (core/fragment_cache.py), page cache off:
never stale after a change of what it shows, kept through changes elsewhere, one per language, and the
parts that turn with the clock still rendered on every request."""

import datetime

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core import ledger, page_scopes
from core.models import TranslationState
from offices import models
from tests.factories import CityFactory, OfficeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    settings.CACHE_PAGES = False
    settings.CACHE_FRAGMENTS = True


@pytest.fixture
def tasks(office):
    group = models.TaskGroup.objects.create(office=office, title="Beratung")
    models.Task.objects.create(group=group, position=1, text="Erstberatung zum Aufenthalt")
    models.Membership.objects.create(office=office, body="Netzwerk Integration", role="Koordination")
    return group


def render(client, url: str) -> tuple[str, int]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode(), len(queries)


def warm(client, url: str) -> int:
    """Renders the page until its content is kept; the queries of a render with it kept."""
    _, cold = render(client, url)
    html, warm = render(client, url)
    assert warm < cold  # the content's lists were not asked for again
    return warm


def test_an_edit_of_the_office_its_task_or_a_translation_shows_on_the_next_render(client, office, tasks):
    url, english = office.get_absolute_url(), "/en" + office.get_absolute_url()[3:]
    warm(client, url)
    warm(client, english)
    office.mission_de = "Wir beraten zu Einbürgerung."  # by column: the client's requests leave English active
    office.save()
    assert "Wir beraten zu Einbürgerung." in render(client, url)[0]  # and kept again
    task = models.Task.objects.get(group=tasks)
    task.text_de = "Beratung zur Einbürgerung"
    task.save()
    html = render(client, url)[0]
    assert "Beratung zur Einbürgerung" in html and "Erstberatung" not in html
    warm(client, english)
    office.mission_en = "We advise on naturalisation."
    office.save()
    assert "We advise on naturalisation." in render(client, english)[0]


def test_an_edit_of_a_contact_person_or_address_shows_in_the_block_and_the_structured_data(client, office, tasks):
    person = models.ContactPerson.objects.create(office=office, position=1, name="A. Beispiel", phone="0351 111")
    address = models.Address.objects.create(
        office=office,
        position=1,
        kind=models.Address.Kind.VISITOR,
        street="Alter Weg 1",
        postal_code="01067",
        locality="Dresden",
    )
    url = office.get_absolute_url()
    warm(client, url)
    assert "A. Beispiel" in render(client, url)[0]
    person.name, person.phone = "B. Muster", "0351 222"
    person.save()
    address.street = "Neuer Weg 2"
    address.save()
    html = render(client, url)[0]
    contact = html[html.index('class="contact contact-block"') : html.index("</aside>")]
    assert "B. Muster" in contact and "A. Beispiel" not in contact and "Neuer Weg 2" in contact
    data = html[html.index("application/ld+json") :]
    assert '"streetAddress": "Neuer Weg 2"' in data and '"name": "B. Muster"' in data and "Alter Weg" not in html


def test_each_host_has_its_own_structured_data(client, office, tasks, settings):
    settings.ALLOWED_HOSTS = ["testserver", "beauftragte.example"]
    url = office.get_absolute_url()
    for _ in range(2):
        first = render(client, url)[0]
        other = client.get(url, HTTP_HOST="beauftragte.example").content.decode()
        assert f'"url": "http://testserver{url}"' in first and "beauftragte.example" not in first
        assert f'"url": "http://beauftragte.example{url}"' in other and "testserver" not in other


def test_a_change_in_the_translation_ledger_alone_shows_on_the_next_render(client, office, tasks):
    with ledger.recording(ledger.REVIEWED, ["en"]):
        office.mission, office.mission_en = "Wir beraten.", "We advise."
        office.save()
    english = "/en" + office.get_absolute_url()[3:]
    warm(client, english)
    assert "automatically translated" not in render(client, english)[0]
    TranslationState.objects.filter(field="mission", language="en").update(origin=ledger.MACHINE)
    html = render(client, english)[0]
    assert "We advise." in html and "automatically translated" in html


def test_an_edit_in_another_city_leaves_the_content_kept(client, office, tasks):
    url = office.get_absolute_url()
    kept = warm(client, url)
    other = OfficeFactory(city=CityFactory(slug="leipzig"), slug="gleichstellung", name="Gleichstellung")
    other.mission_de = "Anderswo."
    other.save()
    html, queries = render(client, url)
    assert queries == kept and "Erstberatung zum Aufenthalt" in html and "Netzwerk Integration" in html


def test_each_language_has_its_own_content(client, office, tasks):
    office.mission, office.mission_en = "Wir beraten Zugewanderte.", "We advise immigrants."
    office.save()
    url, english = office.get_absolute_url(), "/en" + office.get_absolute_url()[3:]
    for _ in range(2):
        german, english_html = render(client, url)[0], render(client, english)[0]
        assert "Wir beraten Zugewanderte." in german and "We advise immigrants." not in german
        assert "We advise immigrants." in english_html and "Wir beraten Zugewanderte." not in english_html
        assert "What the office works for" in english_html and "What the office works for" not in german
        # The German task on the English page is marked as German; on the German page it is not.
        assert 'lang="de" dir="ltr" class="fallback">Erstberatung' in english_html
        assert 'class="fallback">Erstberatung' not in german


def test_a_notice_appears_at_its_minute_and_closed_today_at_midnight_with_the_content_kept(
    client, office, tasks, clock, settings
):
    settings.CACHE_PAGE_SECONDS = 24 * 3600  # kept across the day: only the clock's moments change the page
    clock.set(2031, 3, 12, 14, 0)
    models.ClosureNotice.objects.create(
        office=office,
        title="Betriebsausflug",
        message="Das Büro ist geschlossen.",
        status=models.ClosureNotice.Status.PUBLISHED,
        starts_on=datetime.date(2031, 3, 13),
        ends_on=datetime.date(2031, 3, 13),
        visible_from=clock.now.replace(minute=30),
    )
    url = "/en/dresden/iab/"
    kept = warm(client, url)
    clock.set(2031, 3, 12, 14, 29, 59)
    html, queries = render(client, url)
    assert "notice--closure" not in html and queries == kept
    clock.set(2031, 3, 12, 14, 30)
    html, queries = render(client, url)
    assert "notice--closure" in html and "Closed today" not in html and queries == kept
    clock.set(2031, 3, 13, 0, 0)
    html, queries = render(client, url)
    assert "Closed today" in html and "Erstberatung zum Aufenthalt" in html and queries == kept


def test_a_failing_cache_still_renders_the_page_with_its_content(client, office, tasks, monkeypatch):
    def fail(*args, **kwargs):
        raise ConnectionError("cache down")

    for alias in ("pages", "page_generations"):
        if alias in caches.settings:
            for method in ("get", "get_many", "set", "add", "set_many"):
                monkeypatch.setattr(caches[alias], method, fail)
    monkeypatch.setattr(page_scopes, "_cache_failed", False)
    html = render(client, office.get_absolute_url())[0]
    assert "Erstberatung zum Aufenthalt" in html and "Netzwerk Integration" in html
    assert page_scopes.has_failed()
