"""The office's closure calendar read back by icalendar, and the city's Atom feed read as a feed reader would."""

import datetime
import re
from xml.etree import ElementTree

import icalendar
import pytest

from offices import models
from tests.factories import BERLIN

pytestmark = pytest.mark.django_db

DRESDEN = "/de/dresden/integrations-und-auslaenderbeauftragte/"
DRESDEN_ICS = DRESDEN + "closures.ics"
ATOM = "{http://www.w3.org/2005/Atom}"
NOW = datetime.datetime(2026, 12, 1, 9, 0, tzinfo=BERLIN)


@pytest.fixture
def now(clock):
    """The clock at NOW; call it with a datetime to move on."""
    clock.move_to(NOW)
    return clock.move_to


def dresden_office() -> models.Office:
    return models.Office.objects.get(city__slug="dresden")


def add_notice(**fields) -> models.ClosureNotice:
    office = fields.pop("office", None)
    city = fields.pop("city", None) or office.city
    day = fields.pop("day", None)
    defaults = {
        "title": "Geschlossen",
        "message": "Das Büro bleibt geschlossen.",
        "starts_on": day,
        "ends_on": day,
        "visible_from": NOW - datetime.timedelta(days=1),
        "status": models.ClosureNotice.Status.PUBLISHED,
    }
    return models.ClosureNotice.objects.create(city=city, office=office, **(defaults | fields))


def calendar_of(client, url: str = DRESDEN_ICS) -> icalendar.Calendar:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def events_by_uid(calendar: icalendar.Calendar) -> dict[str, icalendar.Event]:
    events = {str(event["UID"]): event for event in calendar.walk("VEVENT")}
    assert len(events) == len(calendar.walk("VEVENT")), "duplicate UIDs"
    return events


def uid(notice: models.ClosureNotice) -> str:
    return f"closure-{notice.pk}@testserver"


def test_calendar_has_each_published_closure_as_an_all_day_event(client, seeded_offices, now):
    office = dresden_office()
    dresden = office.city
    christmas = add_notice(
        office=office,
        title="Zwischen den Jahren geschlossen",
        message="Ab 2. Januar sind wir wieder da.",
        reason="Betriebsferien",
        starts_on=datetime.date(2026, 12, 24),
        ends_on=datetime.date(2027, 1, 1),
    )
    city_wide = add_notice(city=dresden, title="Alle Ämter geschlossen", day=datetime.date(2026, 12, 11))
    draft = add_notice(office=office, title="Entwurf", day=datetime.date(2026, 12, 14), status="draft")
    scheduled = add_notice(
        office=office, title="Noch nicht", day=datetime.date(2026, 12, 15), visible_from=NOW.replace(hour=10)
    )
    kassel = models.Office.objects.get(slug="amt-fuer-chancengleichheit")
    elsewhere = add_notice(office=kassel, title="Kassel zu", day=datetime.date(2026, 12, 11))
    past = models.ClosureNotice.objects.get(office=office, starts_on=datetime.date(2024, 11, 13))

    calendar = calendar_of(client)
    events = events_by_uid(calendar)

    assert set(events) == {uid(christmas), uid(city_wide), uid(past)}
    for absent in (draft, scheduled, elsewhere):
        assert uid(absent) not in events
    event = events[uid(christmas)]
    # All-day: DATE values, the end exclusive (the day after the last closed day).
    assert event["DTSTART"].params.get("VALUE") == "DATE"
    assert event.start == datetime.date(2026, 12, 24) and not isinstance(event.start, datetime.datetime)
    assert event.end == datetime.date(2027, 1, 2)
    assert event["SUMMARY"] == "Zwischen den Jahren geschlossen"
    assert "Ab 2. Januar sind wir wieder da." in event["DESCRIPTION"] and "Betriebsferien" in event["DESCRIPTION"]
    assert event["TRANSP"] == "TRANSPARENT"
    assert event["URL"] == "http://testserver" + DRESDEN
    assert events[uid(past)].start == datetime.date(2024, 11, 13)
    assert events[uid(past)].end == datetime.date(2024, 11, 14)
    assert events[uid(city_wide)]["SUMMARY"] == "Alle Ämter geschlossen"
    assert "Dresden" in events[uid(city_wide)]["DESCRIPTION"]
    # Only dates: a floating all-day event needs no VTIMEZONE, but the calendar says where it is.
    assert calendar["X-WR-TIMEZONE"] == "Europe/Berlin"
    assert not calendar.walk("VTIMEZONE")
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    assert calendar["REFRESH-INTERVAL"].dt == datetime.timedelta(hours=1)
    assert calendar["REFRESH-INTERVAL"].params["VALUE"] == "DURATION"
    assert "Integrations- und Ausländerbeauftragte" in calendar["X-WR-CALNAME"]


def test_calendar_is_in_the_readers_language_with_german_fallback(client, seeded_offices, now):
    german_only = add_notice(office=dresden_office(), title="Nur deutsch", day=datetime.date(2026, 12, 3))
    events = events_by_uid(calendar_of(client, DRESDEN_ICS.replace("/de/", "/en/")))
    assert events[uid(german_only)]["SUMMARY"] == "Nur deutsch"
    past = models.ClosureNotice.objects.get(starts_on=datetime.date(2024, 11, 13))
    assert events[uid(past)]["SUMMARY"] == "Closed on 13 November 2024"
    assert "can be reached again from 14 November" in events[uid(past)]["DESCRIPTION"]


def test_an_edited_closure_replaces_its_event(client, seeded_offices, now):
    notice = add_notice(office=dresden_office(), title="Geschlossen am Freitag", day=datetime.date(2026, 12, 4))
    before = events_by_uid(calendar_of(client))[uid(notice)]

    now(NOW + datetime.timedelta(hours=2))
    notice.title = "Geschlossen am Freitag und Montag"
    notice.ends_on = datetime.date(2026, 12, 7)
    notice.save()
    after = events_by_uid(calendar_of(client))

    event = after[uid(notice)]
    assert [key for key in after if key == uid(notice)] == [uid(notice)]
    assert event["SUMMARY"] == "Geschlossen am Freitag und Montag"
    assert event.end == datetime.date(2026, 12, 8)
    assert int(event["SEQUENCE"]) > int(before["SEQUENCE"])
    assert event["LAST-MODIFIED"].dt > before["LAST-MODIFIED"].dt
    assert event["LAST-MODIFIED"].dt == NOW + datetime.timedelta(hours=2)
    assert event["DTSTAMP"].dt == event["LAST-MODIFIED"].dt


def test_unchanged_calendar_is_byte_identical(client, seeded_offices, now, settings):
    settings.CACHE_PAGES = False  # rendered twice, not served from the page cache
    add_notice(office=dresden_office(), day=datetime.date(2026, 12, 4))
    first = client.get(DRESDEN_ICS).content
    now(NOW + datetime.timedelta(minutes=30))
    assert client.get(DRESDEN_ICS).content == first


def test_closure_with_a_time_of_day_is_timed_in_berlin_across_the_dst_change(client, seeded_offices, now):
    now(datetime.datetime(2026, 10, 20, 12, 0, tzinfo=BERLIN))
    afternoon = add_notice(
        office=dresden_office(),
        day=datetime.date(2026, 10, 26),
        starts_at=datetime.time(12, 0),
        visible_from=datetime.datetime(2026, 10, 19, tzinfo=BERLIN),
    )
    morning = add_notice(
        office=dresden_office(),
        day=datetime.date(2026, 10, 23),
        ends_at=datetime.time(11, 0),
        visible_from=datetime.datetime(2026, 10, 19, tzinfo=BERLIN),
    )
    calendar = calendar_of(client)
    events = events_by_uid(calendar)

    event = events[uid(afternoon)]
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    # The day after the change Berlin is on CET: noon is 11:00 UTC, the end is midnight CET.
    assert event.start.astimezone(datetime.UTC) == datetime.datetime(2026, 10, 26, 11, 0, tzinfo=datetime.UTC)
    assert event.end.astimezone(datetime.UTC) == datetime.datetime(2026, 10, 26, 23, 0, tzinfo=datetime.UTC)
    # Before it, on CEST: from midnight (22:00 UTC the evening before) until 11:00 (09:00 UTC).
    event = events[uid(morning)]
    assert event.start.astimezone(datetime.UTC) == datetime.datetime(2026, 10, 22, 22, 0, tzinfo=datetime.UTC)
    assert event.end.astimezone(datetime.UTC) == datetime.datetime(2026, 10, 23, 9, 0, tzinfo=datetime.UTC)
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    assert not calendar.get_missing_tzids()


def test_calendar_only_for_published_offices(client, seeded_offices):
    assert client.get("/de/dresden/unknown-office/closures.ics").status_code == 404
    models.Office.objects.filter(city__slug="dresden").update(is_published=False)
    assert client.get(DRESDEN_ICS).status_code == 404


def test_office_page_links_its_calendar_and_the_city_feed(client, seeded_offices):
    html = client.get(DRESDEN).content.decode()
    head = html[: html.index("</head>")]
    assert re.search(r'<link rel="alternate" type="text/calendar"[^>]* href="' + re.escape(DRESDEN_ICS) + '"', head)
    assert re.search(r'<link rel="alternate" type="application/atom\+xml"[^>]* href="/de/dresden/closures.atom"', head)
    assert re.search(r'<a href="' + re.escape(DRESDEN_ICS) + r'"[^>]*>[^<]+\(\.ics\)</a>', html)
    english = client.get(DRESDEN.replace("/de/", "/en/")).content.decode()
    assert "Closure days as a calendar (.ics)</a>" in english


def entries_of(client, url: str) -> tuple[ElementTree.Element, list[ElementTree.Element]]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    assert feed.tag == ATOM + "feed"
    return feed, feed.findall(ATOM + "entry")


def link(element: ElementTree.Element, rel: str = "alternate") -> str:
    return next(item.get("href") for item in element.findall(ATOM + "link") if item.get("rel", "alternate") == rel)


def test_city_feed_reads_as_atom(client, seeded_offices, now):
    office = dresden_office()
    friday = add_notice(office=office, title="Freitag zu & Montag auch", day=datetime.date(2026, 12, 4))
    city_wide = add_notice(city=office.city, title="Alle Ämter zu", day=datetime.date(2026, 12, 11))
    add_notice(office=office, title="Entwurf", day=datetime.date(2026, 12, 14), status="draft")
    add_notice(office=office, title="Geplant", day=datetime.date(2026, 12, 15), visible_from=NOW.replace(hour=10))
    add_notice(
        office=models.Office.objects.get(slug="frauenbeauftragte"), title="Kassel", day=datetime.date(2026, 12, 4)
    )

    feed, entries = entries_of(client, "/de/dresden/closures.atom")

    assert "Dresden" in feed.findtext(ATOM + "title")
    assert link(feed) == "http://testserver/de/dresden/"
    assert link(feed, "self") == "http://testserver/de/dresden/closures.atom"
    assert feed.find(f"{ATOM}author/{ATOM}name").text == "Landeshauptstadt Dresden"
    titles = [entry.findtext(ATOM + "title") for entry in entries]
    assert titles == ["Alle Ämter zu", "Freitag zu & Montag auch", "Schließtag am 13. November 2024"]
    ids = [entry.findtext(ATOM + "id") for entry in entries]
    assert len(set(ids)) == len(ids) and all(ids)
    by_title = dict(zip(titles, entries, strict=True))
    entry = by_title["Freitag zu & Montag auch"]
    assert link(entry) == f"http://testserver{DRESDEN}#closure-{friday.pk}"
    assert datetime.datetime.fromisoformat(entry.findtext(ATOM + "updated")) == friday.updated_at
    assert datetime.datetime.fromisoformat(entry.findtext(ATOM + "published")) == friday.visible_from
    assert "Das Büro bleibt geschlossen." in entry.findtext(ATOM + "summary")
    assert entry.find(f"{ATOM}author/{ATOM}name").text == "Integrations- und Ausländerbeauftragte"
    assert link(by_title["Alle Ämter zu"]) == f"http://testserver/de/dresden/#closure-{city_wide.pk}"
    feed_updated = datetime.datetime.fromisoformat(feed.findtext(ATOM + "updated"))
    assert feed_updated == max(datetime.datetime.fromisoformat(e.findtext(ATOM + "updated")) for e in entries)
    for entry in entries:  # every link leads to a page that exists
        assert client.get(link(entry).removeprefix("http://testserver").split("#")[0]).status_code == 200


def test_city_feed_leaves_out_unpublished_offices_and_cities(client, seeded_offices, now):
    unit = models.Office.objects.get(slug="frauenbeauftragte")
    add_notice(office=unit, title="Frauenbüro zu", day=datetime.date(2026, 12, 4))
    feed, entries = entries_of(client, "/de/kassel/closures.atom")
    assert [entry.findtext(ATOM + "title") for entry in entries] == ["Frauenbüro zu"]
    unit.is_published = False
    unit.save()
    assert entries_of(client, "/de/kassel/closures.atom")[1] == []
    unit.city.is_published = False
    unit.city.save()
    assert client.get("/de/kassel/closures.atom").status_code == 404


def test_city_feed_in_english_and_announced_on_the_city_page(client, seeded_offices):
    feed, entries = entries_of(client, "/en/dresden/closures.atom")
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert feed.findtext(ATOM + "title") == "Closures of the commissioner offices in Dresden"
    assert [entry.findtext(ATOM + "title") for entry in entries] == ["Closed on 13 November 2024"]
    html = client.get("/de/dresden/").content.decode()
    head = html[: html.index("</head>")]
    assert re.search(r'<link rel="alternate" type="application/atom\+xml"[^>]* href="/de/dresden/closures.atom"', head)


def test_arabic_city_feed_marks_german_text_as_german(client, sample_content_in_german_and_english, now):
    office = dresden_office()
    german_only = add_notice(
        office=office, title="Nur deutsch", reason="Betriebsausflug", day=datetime.date(2026, 12, 4)
    )
    translated = add_notice(office=office, title="Nur deutsch", title_ar="مغلق", day=datetime.date(2026, 12, 11))
    translated.message_ar = "المكتب مغلق."
    translated.save()

    feed, entries = entries_of(client, "/ar/dresden/closures.atom")

    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert feed.get(xml_lang) == "ar"
    # The Dresden seed has no Arabic: the city's and the office's names are German too.
    assert feed.find(f"{ATOM}author/{ATOM}name").get(xml_lang) == "de"
    by_link = {link(entry): entry for entry in entries}
    entry = by_link[f"http://testserver/ar/dresden/integrations-und-auslaenderbeauftragte/#closure-{german_only.pk}"]
    title = entry.find(ATOM + "title")
    assert (title.text, title.get(xml_lang)) == ("Nur deutsch", "de")
    assert entry.find(f"{ATOM}author/{ATOM}name").get(xml_lang) == "de"
    summary = entry.findtext(ATOM + "summary")
    assert '<div lang="de" dir="ltr"><p>Das Büro bleibt geschlossen.</p></div>' in summary
    assert '<div lang="de" dir="ltr"><p>Betriebsausflug</p></div>' in summary
    entry = by_link[f"http://testserver/ar/dresden/integrations-und-auslaenderbeauftragte/#closure-{translated.pk}"]
    title = entry.find(ATOM + "title")
    assert (title.text, title.get(xml_lang)) == ("مغلق", None)
    assert "<p>المكتب مغلق.</p>" in entry.findtext(ATOM + "summary")
    assert 'lang="de"' not in entry.findtext(ATOM + "summary")
    # In German nothing is a fallback, so nothing is marked.
    _feed, entries = entries_of(client, "/de/dresden/closures.atom")
    assert all(entry.find(ATOM + "title").get(xml_lang) is None for entry in entries)


def test_calendar_names_the_language_of_a_german_only_summary(client, sample_content, now):
    german_only = add_notice(office=dresden_office(), title="Nur deutsch", day=datetime.date(2026, 12, 3))
    events = events_by_uid(calendar_of(client, DRESDEN_ICS.replace("/de/", "/en/")))
    assert events[uid(german_only)]["SUMMARY"].params["LANGUAGE"] == "de"
    past = models.ClosureNotice.objects.get(starts_on=datetime.date(2024, 11, 13))
    assert "LANGUAGE" not in events[uid(past)]["SUMMARY"].params
