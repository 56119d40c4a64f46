"""A closure notice appears at its publish minute and disappears at its unpublish minute, Berlin time, DST included.

Pages go through the page cache as in production: it must never serve a page
past the moment a notice appears or disappears. What is checked is the notice's
banner; the consultation schedule may cancel hours on a closure day earlier.
"""

import datetime
import re
from html import unescape

import pytest

from offices import models
from tests.factories import BERLIN
from tests.seed_offices import dresden_office

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
DRESDEN = "/de/dresden/integrations-und-auslaenderbeauftragte/"
DRESDEN_EN = DRESDEN.replace("/de/", "/en/")
PAGES = [DRESDEN, "/de/dresden/", "/de/"]
TITLE = "Betriebsausflug"


@pytest.fixture
def office(db):
    return dresden_office()


def text_of(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", response.content.decode(), flags=re.S)
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


def shown_on(client, url: str) -> bool:
    """Whether the page carries the notice's banner (the element the Atom feed's links point to)."""
    response = client.get(url)
    assert response.status_code == 200
    notice = models.ClosureNotice.objects.get(title=TITLE)
    return f'id="closure-{notice.pk}"' in response.content.decode()


def in_calendar(client) -> bool:
    return TITLE in client.get(DRESDEN + "closures.ics").content.decode()


def add_notice(**fields) -> models.ClosureNotice:
    office = models.Office.objects.get(slug="integrations-und-auslaenderbeauftragte")
    fields = {"status": models.ClosureNotice.Status.PUBLISHED} | fields
    return models.ClosureNotice.objects.create(
        city=office.city, office=office, title=TITLE, message="Das Büro ist geschlossen.", **fields
    )


def visible_everywhere(client) -> list[bool]:
    return [shown_on(client, url) for url in PAGES] + [in_calendar(client)]


def test_notice_appears_at_its_publish_minute(client, office, clock):
    clock.move_to(datetime.datetime(2026, 6, 1, 8, 0, tzinfo=BERLIN))
    add_notice(
        starts_on=datetime.date(2026, 6, 5),
        ends_on=datetime.date(2026, 6, 5),
        visible_from=datetime.datetime(2026, 6, 1, 10, 0, tzinfo=BERLIN),
    )
    clock.move_to(datetime.datetime(2026, 6, 1, 9, 59, tzinfo=BERLIN))
    assert visible_everywhere(client) == [False] * 4
    clock.move_to(datetime.datetime(2026, 6, 1, 9, 59, 59, tzinfo=BERLIN))
    assert visible_everywhere(client) == [False] * 4
    clock.move_to(datetime.datetime(2026, 6, 1, 10, 0, tzinfo=BERLIN))
    assert visible_everywhere(client) == [True] * 4


def test_notice_disappears_at_its_unpublish_minute(client, office, clock):
    clock.move_to(datetime.datetime(2026, 6, 1, 8, 0, tzinfo=BERLIN))
    add_notice(
        starts_on=datetime.date(2026, 6, 5),
        ends_on=datetime.date(2026, 6, 5),
        visible_from=datetime.datetime(2026, 6, 1, 8, 0, tzinfo=BERLIN),
        visible_until=datetime.datetime(2026, 6, 3, 18, 30, tzinfo=BERLIN),
    )
    clock.move_to(datetime.datetime(2026, 6, 3, 18, 29, tzinfo=BERLIN))
    assert [shown_on(client, url) for url in PAGES] == [True] * 3
    clock.move_to(datetime.datetime(2026, 6, 3, 18, 30, tzinfo=BERLIN))
    assert [shown_on(client, url) for url in PAGES] == [False] * 3
    # Withdrawn before the closure: not in the archive, and gone from calendars too.
    assert not in_calendar(client)
    assert TITLE not in text_of(client, DRESDEN + "archive/")


def test_window_across_the_autumn_dst_change(client, office, clock):
    """Saturday 10:00 CEST to Monday 10:00 CET: 49 hours, the boundaries at 08:00 and 09:00 UTC."""
    clock.move_to(datetime.datetime(2026, 10, 20, 12, 0, tzinfo=UTC))
    add_notice(
        starts_on=datetime.date(2026, 10, 27),
        ends_on=datetime.date(2026, 10, 27),
        visible_from=datetime.datetime(2026, 10, 24, 10, 0, tzinfo=BERLIN),
        visible_until=datetime.datetime(2026, 10, 26, 10, 0, tzinfo=BERLIN),
    )
    clock.move_to(datetime.datetime(2026, 10, 24, 7, 59, tzinfo=UTC))  # 09:59 CEST
    assert visible_everywhere(client) == [False] * 4
    clock.move_to(datetime.datetime(2026, 10, 24, 8, 0, tzinfo=UTC))  # 10:00 CEST
    assert visible_everywhere(client) == [True] * 4
    clock.move_to(datetime.datetime(2026, 10, 25, 1, 30, tzinfo=UTC))  # 02:30 CET, the repeated hour
    assert [shown_on(client, url) for url in PAGES] == [True] * 3
    clock.move_to(datetime.datetime(2026, 10, 26, 8, 59, tzinfo=UTC))  # 09:59 CET: a fixed +02:00 would have ended it
    assert [shown_on(client, url) for url in PAGES] == [True] * 3
    clock.move_to(datetime.datetime(2026, 10, 26, 9, 0, tzinfo=UTC))  # 10:00 CET
    assert [shown_on(client, url) for url in PAGES] == [False] * 3


def test_without_unpublish_time_shown_until_midnight_after_the_closure_and_closed_today(client, office, clock):
    """The closure is on the day the clocks go back; Berlin's midnights then are 22:00 and 23:00 UTC."""
    clock.move_to(datetime.datetime(2026, 10, 20, 12, 0, tzinfo=UTC))
    add_notice(
        starts_on=datetime.date(2026, 10, 25),
        ends_on=datetime.date(2026, 10, 25),
        visible_from=datetime.datetime(2026, 10, 20, 12, 0, tzinfo=UTC),
    )
    clock.move_to(datetime.datetime(2026, 10, 24, 21, 59, tzinfo=UTC))  # Saturday 23:59 CEST
    assert shown_on(client, DRESDEN)
    assert "Closed today" not in text_of(client, DRESDEN_EN)
    clock.move_to(datetime.datetime(2026, 10, 24, 22, 0, tzinfo=UTC))  # Sunday 00:00 CEST
    assert "Closed today" in text_of(client, DRESDEN_EN)
    clock.move_to(datetime.datetime(2026, 10, 25, 22, 59, tzinfo=UTC))  # Sunday 23:59 CET
    assert [shown_on(client, url) for url in PAGES] == [True] * 3
    assert "Closed today" in text_of(client, DRESDEN_EN)
    clock.move_to(datetime.datetime(2026, 10, 25, 23, 0, tzinfo=UTC))  # Monday 00:00 CET
    assert [shown_on(client, url) for url in PAGES] == [False] * 3
    assert "Closed today" not in text_of(client, DRESDEN_EN)
    assert TITLE in text_of(client, DRESDEN + "archive/")
    assert in_calendar(client)  # a past closure stays in the calendar


def test_draft_never_appears_even_inside_its_window(client, office, clock):
    clock.move_to(datetime.datetime(2026, 6, 1, 12, 0, tzinfo=BERLIN))
    add_notice(
        starts_on=datetime.date(2026, 6, 1),
        ends_on=datetime.date(2026, 6, 1),
        visible_from=datetime.datetime(2026, 6, 1, 10, 0, tzinfo=BERLIN),
        status=models.ClosureNotice.Status.DRAFT,
    )
    assert visible_everywhere(client) == [False] * 4
    clock.move_to(datetime.datetime(2026, 6, 10, 12, 0, tzinfo=BERLIN))
    assert not in_calendar(client) and TITLE not in text_of(client, DRESDEN + "archive/")


def test_notice_of_an_unpublished_office_is_not_shown_anywhere(client, office, clock):
    clock.move_to(datetime.datetime(2026, 6, 1, 12, 0, tzinfo=BERLIN))
    add_notice(
        starts_on=datetime.date(2026, 6, 5),
        ends_on=datetime.date(2026, 6, 5),
        visible_from=datetime.datetime(2026, 6, 1, 10, 0, tzinfo=BERLIN),
    )
    assert [shown_on(client, url) for url in PAGES] == [True] * 3
    office = models.Office.objects.get(city__slug="dresden")
    office.is_published = False
    office.save()
    # The banner would name and link an office residents cannot open.
    assert [shown_on(client, url) for url in PAGES[1:]] == [False] * 2
    assert TITLE not in client.get("/de/dresden/closures.atom").content.decode()
