"""schema.org JSON-LD on office pages and contact persons' vCards, as search engines and address books read them."""

import datetime
import json
import re

import pytest

from offices import models, vcard
from tests.factories import BERLIN

pytestmark = pytest.mark.django_db

DRESDEN = "/de/dresden/integrations-und-auslaenderbeauftragte/"
KASSEL_UNIT = "/de/kassel/frauenbeauftragte/"
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(client, url: str) -> dict:
    response = client.get(url)
    assert response.status_code == 200
    blocks = JSON_LD.findall(response.content.decode())
    assert len(blocks) == 1
    return json.loads(blocks[0])


def dresden_office() -> models.Office:
    return models.Office.objects.get(city__slug="dresden")


def test_dresden_office_as_government_office(client, seeded_offices):
    data = json_ld(client, DRESDEN)

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "GovernmentOffice"
    assert data["name"] == "Integrations- und Ausländerbeauftragte"
    assert data["url"] == "http://testserver" + DRESDEN
    assert data["telephone"] == "+493514882131"
    assert data["email"] == "auslaenderbeauftragte@dresden.de"
    visitor, po_box = data["address"]
    assert visitor == {
        "@type": "PostalAddress",
        "streetAddress": "Dr.-Külz-Ring 19",
        "postalCode": "01067",
        "addressLocality": "Dresden",
        "addressCountry": "DE",
    }
    assert po_box["postOfficeBoxNumber"] == "12 00 20" and po_box["postalCode"] == "01001"
    assert "streetAddress" not in po_box
    assert data["contactPoint"] == [
        {
            "@type": "ContactPoint",
            "name": "Kristina Winkler",
            "contactType": "Integrations- und Ausländerbeauftragte",
            "telephone": "+493514882131",
            "email": "auslaenderbeauftragte@dresden.de",
            "availableLanguage": ["de"],
        }
    ]
    assert data["openingHoursSpecification"] == [
        {"@type": "OpeningHoursSpecification", "description": "nach Vereinbarung"}
    ]
    assert {
        "@type": "OpeningHoursSpecification",
        "validFrom": "2024-11-13",
        "validThrough": "2024-11-13",
        "opens": "00:00",
        "closes": "00:00",
        "description": "Schließtag am 13. November 2024",
    } in data["specialOpeningHoursSpecification"]
    assert data["parentOrganization"]["name"] == "Landeshauptstadt Dresden"


def test_english_page_describes_the_office_in_english(client, seeded_offices):
    data = json_ld(client, DRESDEN.replace("/de/", "/en/"))
    assert data["name"] == "Commissioner for Integration and Foreigners"
    assert data["url"] == "http://testserver/en/dresden/integrations-und-auslaenderbeauftragte/"
    assert data["contactPoint"][0]["contactType"] == "Commissioner for Integration and Foreigners"
    assert data["openingHoursSpecification"][0]["description"] == "by appointment"


def test_arabic_page_tags_german_only_texts_as_german(client, sample_content_in_german_and_english):
    office = dresden_office()
    office.name_ar = "مفوضة الاندماج"
    office.save()
    data = json_ld(client, DRESDEN.replace("/de/", "/ar/"))
    # The Dresden seed has no Arabic: the mission is German, and says so; the name now has its Arabic text.
    assert data["description"] == {"@value": office.mission_de, "@language": "de"}
    assert data["name"] == "مفوضة الاندماج"
    assert data["contactPoint"][0]["contactType"] == {"@value": office.contacts.get().role_de, "@language": "de"}
    assert data["parentOrganization"]["name"] == {"@value": "Landeshauptstadt Dresden", "@language": "de"}
    assert {
        "@type": "OpeningHoursSpecification",
        "validFrom": "2024-11-13",
        "validThrough": "2024-11-13",
        "opens": "00:00",
        "closes": "00:00",
        "description": {"@value": "Schließtag am 13. November 2024", "@language": "de"},
    } in data["specialOpeningHoursSpecification"]
    # A text in the reader's language stays a plain string, as on the German and English pages.
    assert isinstance(json_ld(client, DRESDEN.replace("/de/", "/en/"))["description"], str)


def test_weekday_hours_languages_and_the_parent_of_a_unit(client, seeded_offices):
    unit = models.Office.objects.get(slug="frauenbeauftragte")
    models.OpeningHours.objects.create(
        office=unit, weekday=1, opens=datetime.time(9), closes=datetime.time(12, 30), position=10
    )
    models.OpeningHours.objects.create(office=unit, by_appointment=True, position=11)
    models.ContactPerson.objects.create(office=unit, name="Olena Test", role="Beraterin", languages="de, uk,ru")

    data = json_ld(client, KASSEL_UNIT)

    assert {"@type": "OpeningHoursSpecification", "dayOfWeek": "Monday", "opens": "09:00", "closes": "12:30"} in data[
        "openingHoursSpecification"
    ]
    assert {"@type": "OpeningHoursSpecification", "description": "nach Vereinbarung"} in data[
        "openingHoursSpecification"
    ]
    olena = next(point for point in data["contactPoint"] if point["name"] == "Olena Test")
    assert olena["availableLanguage"] == ["de", "uk", "ru"] and olena["contactType"] == "Beraterin"
    assert data["parentOrganization"] == {
        "@type": "GovernmentOffice",
        "@id": "http://testserver/de/kassel/amt-fuer-chancengleichheit/#office",
        "name": "Amt für Chancengleichheit",
        "url": "http://testserver/de/kassel/amt-fuer-chancengleichheit/",
    }


def test_special_hours_list_whole_closed_days_of_published_notices(client, seeded_offices, clock):
    clock.move_to(datetime.datetime(2026, 12, 1, 9, tzinfo=BERLIN))
    office = dresden_office()
    shown_since = datetime.datetime(2026, 11, 30, tzinfo=BERLIN)

    def add(title, starts_on, ends_on, **fields):
        fields = {"visible_from": shown_since, "city": office.city, "office": office, "status": "published"} | fields
        models.ClosureNotice.objects.create(title=title, message="x", starts_on=starts_on, ends_on=ends_on, **fields)

    add("Weihnachten", datetime.date(2026, 12, 24), datetime.date(2026, 12, 31))
    add("Alle Ämter", datetime.date(2026, 12, 11), datetime.date(2026, 12, 11), office=None)
    add("Ab Mittag", datetime.date(2026, 12, 4), datetime.date(2026, 12, 4), starts_at=datetime.time(12))
    add("Mittag bis Mittag", datetime.date(2026, 12, 7), datetime.date(2026, 12, 9), starts_at=datetime.time(12),
        ends_at=datetime.time(12))  # fmt: skip
    add("Entwurf", datetime.date(2026, 12, 14), datetime.date(2026, 12, 14), status="draft")
    add(
        "Geplant",
        datetime.date(2026, 12, 15),
        datetime.date(2026, 12, 15),
        visible_from=shown_since.replace(month=12, day=2),
    )

    special = {
        spec["description"]: (spec["validFrom"], spec["validThrough"], spec["opens"], spec["closes"])
        for spec in json_ld(client, DRESDEN)["specialOpeningHoursSpecification"]
    }

    assert special == {
        "Schließtag am 13. November 2024": ("2024-11-13", "2024-11-13", "00:00", "00:00"),
        "Weihnachten": ("2026-12-24", "2026-12-31", "00:00", "00:00"),
        "Alle Ämter": ("2026-12-11", "2026-12-11", "00:00", "00:00"),
        # Only the day closed from start to end; a morning still open is not "closed all day".
        "Mittag bis Mittag": ("2026-12-08", "2026-12-08", "00:00", "00:00"),
    }


def test_json_ld_cannot_break_out_of_its_script_element(client, seeded_offices):
    office = dresden_office()
    office.name = 'Büro </script><script>alert("x")</script> & <!-- Co'
    office.save()
    response = client.get(DRESDEN)
    html = response.content.decode()
    block = JSON_LD.search(html).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    assert "\\u003C/script\\u003E" in block
    assert json.loads(block)["name"] == office.name
    # The page runs no inline script: every <script> is the data block (never executed, so the CSP allows it).
    inline = [tag for tag in re.findall(r"<script\b[^>]*>", html) if " src=" not in tag]
    assert inline == ['<script type="application/ld+json">']
    assert "script-src 'self'" in response["Content-Security-Policy"]


# vCards


def vcard_response(client, person: models.ContactPerson, language: str = "de"):
    office = person.office
    return client.get(f"/{language}/{office.city.slug}/{office.slug}/contacts/{person.pk}.vcf")


def unfolded_lines(content: bytes) -> list[str]:
    text = content.decode()
    assert "\n" not in text.replace("\r\n", "")  # every line ends in CRLF
    return text.replace("\r\n ", "").split("\r\n")


def test_vcard_of_kristina_winkler(client, seeded_offices):
    person = models.ContactPerson.objects.get(name="Kristina Winkler")
    response = vcard_response(client, person)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="contact-{person.pk}.vcf"'
    lines = unfolded_lines(response.content)
    assert lines[:2] == ["BEGIN:VCARD", "VERSION:3.0"] and lines[-2:] == ["END:VCARD", ""]
    for line in [
        "FN:Kristina Winkler",
        "N:Winkler;Kristina;;;",
        "ORG:Landeshauptstadt Dresden;Integrations- und Ausländerbeauftragte",
        "TITLE:Integrations- und Ausländerbeauftragte",
        "TEL;TYPE=WORK,VOICE:+493514882131",
        "EMAIL;TYPE=INTERNET,WORK:auslaenderbeauftragte@dresden.de",
        "ADR;TYPE=WORK:;;Dr.-Külz-Ring 19;Dresden;;01067;",
        "ADR;TYPE=WORK,POSTAL:12 00 20;;;Dresden;;01001;",
        "LANG:de",
        f"UID:contact-{person.pk}@testserver",
        "URL:http://testserver" + DRESDEN,
    ]:
        assert line in lines, line
    english = unfolded_lines(vcard_response(client, person, "en").content)
    assert "TITLE:Commissioner for Integration and Foreigners" in english
    assert "NOTE:Languages spoken: German" in english


def test_vcard_escapes_separators_and_folds_long_lines(client, seeded_offices):
    office = dresden_office()
    person = models.ContactPerson.objects.create(
        office=office,
        name="Dr. Anna Maria von Schulz",
        role="Beraterin; Sprachmittlung, Übersetzung \\ Dolmetschen in Ukrainisch, Russisch und Arabisch für Familien",
        phone="0351 488-0",
        languages="de,uk,ru,ar",
    )
    content = vcard_response(client, person).content
    raw_lines = content.split(b"\r\n")
    assert all(len(line) <= 75 for line in raw_lines)
    for line in raw_lines:
        line.decode()  # folding never splits a UTF-8 character
    lines = unfolded_lines(content)
    assert "N:von Schulz;Anna;Maria;Dr.;" in lines
    assert (
        "TITLE:Beraterin\\; Sprachmittlung\\, Übersetzung \\\\ Dolmetschen in Ukrainisch\\, Russisch und Arabisch "
        "für Familien"
    ) in lines
    assert ["LANG:de", "LANG:uk", "LANG:ru", "LANG:ar"] == [line for line in lines if line.startswith("LANG:")]
    assert "TEL;TYPE=WORK,VOICE:+493514880" in lines


def test_vcard_helpers():
    assert vcard.split_name("Kristina Winkler") == ("Winkler", "Kristina", "", "")
    assert vcard.split_name("Prof. Dr. Hans-Jürgen ter Horst") == ("ter Horst", "Hans-Jürgen", "", "Prof. Dr.")
    assert vcard.split_name("Mehmet") == ("Mehmet", "", "", "")
    folded = vcard.fold("NOTE:" + "ü" * 100)
    assert all(len(line.encode()) <= 75 for line in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == "NOTE:" + "ü" * 100


def test_vcard_escapes_line_breaks_and_folds_every_script_at_75_octets(client, seeded_offices):
    person = models.ContactPerson.objects.create(
        office=dresden_office(),
        name="Olena Test",
        role_de="Beratung\nund Begleitung, auch\\ nachmittags",
        # 60 letters: under vobject's 75-character fold, but 120 octets.
        role_uk="Уповноважена з питань інтеграції та рівних можливостей міста",
    )
    german = unfolded_lines(vcard_response(client, person).content)
    assert "TITLE:Beratung\\nund Begleitung\\, auch\\\\ nachmittags" in german
    content = vcard_response(client, person, "uk").content
    assert all(len(line) <= 75 for line in content.split(b"\r\n"))
    assert "TITLE:Уповноважена з питань інтеграції та рівних можливостей міста" in unfolded_lines(content)


def test_vcard_marks_a_german_only_role_as_german(client, seeded_offices):
    person = models.ContactPerson.objects.create(office=dresden_office(), name="Olena Test", role_de="Beraterin")
    arabic = unfolded_lines(vcard_response(client, person, "ar").content)
    assert "TITLE;LANGUAGE=de:Beraterin" in arabic
    # The Dresden seed has no Arabic: the office's and the city's names are German as well.
    assert "ORG;LANGUAGE=de:Landeshauptstadt Dresden;Integrations- und Ausländerbeauftragte" in arabic
    english = unfolded_lines(vcard_response(client, person, "en").content)
    assert "TITLE;LANGUAGE=de:Beraterin" in english
    assert [line for line in english if line.startswith("ORG")] == [
        "ORG:Dresden\\, State Capital;Commissioner for Integration and Foreigners"
    ]
    assert "TITLE:Beraterin" in unfolded_lines(vcard_response(client, person, "de").content)
    translated_role = models.ContactPerson.objects.create(
        office=dresden_office(), name="Anna Test", role_de="Beraterin", role_ar="مستشارة"
    )
    assert "TITLE:مستشارة" in unfolded_lines(vcard_response(client, translated_role, "ar").content)


def test_vcard_only_for_the_office_in_its_address(client, seeded_offices):
    winkler = models.ContactPerson.objects.get(name="Kristina Winkler")
    # A guessed id under another office's address is the same 404 as a missing one.
    assert client.get(f"/de/gera/migrations-und-integrationsbeauftragte/contacts/{winkler.pk}.vcf").status_code == 404
    assert client.get(f"{DRESDEN}contacts/999999.vcf").status_code == 404
    office = winkler.office
    office.is_published = False
    office.save()
    assert vcard_response(client, winkler).status_code == 404


def test_every_contact_person_has_a_vcard_link(client, seeded_offices):
    office = dresden_office()
    models.ContactPerson.objects.create(office=office, name="Second Person", role="Team", position=5)
    html = client.get(office.get_absolute_url()).content.decode()
    people = list(office.contacts.all())
    assert len(people) == 2
    for person in people:
        url = f"{office.get_absolute_url()}contacts/{person.pk}.vcf"
        link = re.search(rf'<a href="{re.escape(url)}" type="text/vcard">(.*?)</a>', html, re.S)
        assert link and "(vCard)" in link[1]
        assert client.get(url).status_code == 200
