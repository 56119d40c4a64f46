"""The paste-in start: what it recognises in a line, what it refuses, and the command and admin around it."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation

from offices import models
from offices.text_import import UnreadableText, parse, read
from offices.text_import.facts import hours, phones
from tests.factories import CityFactory, OfficeFactory

PAGE = """Beauftragte für Integration

Ziel der Arbeit ist die Förderung des Zusammenlebens in der Stadt.

Die Aufgaben folgen aus Art. 3 Abs. 3 des Grundgesetzes, dort heißt es:

„Niemand darf wegen seiner Herkunft benachteiligt werden.“

Aufgaben

1. Beratung von Zugewanderten
2. Vernetzung durch
   a) Gremienarbeit
   b) Öffentlichkeitsarbeit
3. Berichte

Ansprechpartnerin

Erika Muster
Stellvertretende Integrationsbeauftragte

Besucheranschrift
Marktplatz 1
Zimmer 123, 2. Etage
99084 Erfurt

Postfach 10 20 30
99020 Erfurt

Telefon: 0361 655-1200
Fax: 0361 655-1209
E-Mail: integration@erfurt.example

Sprechzeiten
Mo–Fr 9–12 Uhr
dienstags von 14 bis 16 Uhr
nach Vereinbarung
"""


def test_a_page_becomes_a_draft_with_every_fact_and_its_line():
    draft = parse(read(PAGE)).as_dict()
    office = draft["office"]
    assert office["name"] == "Beauftragte für Integration" and office["sources"]["name"] == [1]
    assert office["mission"].startswith("Ziel der Arbeit") and office["kind"] == "integration"
    assert office["legal_basis"].startswith("Die Aufgaben folgen aus Art. 3")
    assert office["legal_quote"] == "„Niemand darf wegen seiner Herkunft benachteiligt werden.“"
    (group,) = draft["task_groups"]
    assert group["title"] == "Aufgaben"
    assert [task["text"] for task in group["tasks"]] == ["Beratung von Zugewanderten", "Vernetzung durch", "Berichte"]
    assert [sub["text"] for sub in group["tasks"][1]["subtasks"]] == ["Gremienarbeit", "Öffentlichkeitsarbeit"]
    assert group["tasks"][1]["subtasks"][0]["line"] == 13
    (person,) = draft["contacts"]
    assert person["name"] == "Erika Muster" and person["is_deputy"]
    assert person["role"] == "Stellvertretende Integrationsbeauftragte"
    assert person["phones"] == ["0361 655-1200"] and person["fax"] == "0361 655-1209"
    assert person["email"] == "integration@erfurt.example"
    visitor, po_box = draft["addresses"]
    assert (visitor["kind"], visitor["street"], visitor["postcode"], visitor["town"]) == (
        "visitor",
        "Marktplatz 1",
        "99084",
        "Erfurt",
    )
    assert (visitor["room"], visitor["floor"]) == ("Zimmer 123", "2. Etage")
    assert (po_box["kind"], po_box["po_box"], po_box["postcode"]) == ("po_box", "10 20 30", "99020")
    weekdays, tuesday, appointment = draft["hours"]
    assert (weekdays["weekdays"], weekdays["starts_at"], weekdays["ends_at"]) == ([1, 2, 3, 4, 5], "09:00", "12:00")
    assert (tuesday["weekdays"], tuesday["starts_at"], tuesday["ends_at"]) == ([2], "14:00", "16:00")
    assert appointment["by_appointment"] and appointment["text"] == "nach Vereinbarung"


def test_nesting_by_bullet_style_and_a_list_flattened_into_a_paragraph():
    text = "Aufgaben:\n• Beratung\n◦ im Einzelfall\n◦ in Gruppen\n• Bildung. - Vernetzung\n"
    (group,) = parse(read(text)).task_groups
    assert [task.text for task in group.tasks] == ["Beratung", "Bildung.", "Vernetzung"]
    assert [sub.text for sub in group.tasks[0].subtasks] == ["im Einzelfall", "in Gruppen"]


def test_phone_numbers_in_a_sentence_and_hours_phrases():
    assert phones("Informationen unter Telefon 0365/838 3019 oder per Fax 0365/838 3020.") == [
        ("0365/838 3019", False),
        ("0365/838 3020", True),
    ]
    assert hours("Termine nach Absprache")["by_appointment"]
    assert hours("Montag und Donnerstag 8.30 - 12.00 Uhr")["weekdays"] == [1, 4]
    assert hours("Die Stadt hat 20 Ortsteile.") is None


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("Grüße".encode("latin-1"), "UTF-8"),
        (b"a" * (5 * 1024 * 1024), "1 MB"),
    ],
)
def test_bad_input_is_a_clear_message(data, message):
    with translation.override("en"), pytest.raises(UnreadableText, match=message):
        read(data)


@translation.override("en")
def test_a_page_in_another_language_or_without_lists_is_kept_unrecognised():
    english = parse(read("Commissioner for Integration\n\n- Advice for newcomers\n- Networking with the city\n"))
    assert english.task_groups == [] and len(english.unrecognised) == 3 and english.warnings
    no_lists = parse(read("Gleichstellungsbeauftragte\n\nSie berät die Verwaltung und die Bürgerinnen der Stadt.\n"))
    assert no_lists.task_groups == [] and no_lists.name.text == "Gleichstellungsbeauftragte"
    assert any("no lists" in str(warning) for warning in no_lists.warnings)


@pytest.mark.django_db
def test_the_command_prints_the_draft_and_saves_only_when_asked(tmp_path):
    city = CityFactory(slug="erfurt")
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    out = io.StringIO()
    call_command("import_office_text", city="erfurt", file=str(page), stdout=out, stderr=io.StringIO())
    draft = json.loads(out.getvalue())
    assert {"office", "task_groups", "contacts", "addresses", "hours", "unrecognised"} <= draft.keys()
    assert {"name", "mission", "description", "legal_basis", "legal_quote"} <= draft["office"].keys()
    assert {"kind", "street", "postcode", "town", "room", "po_box"} <= draft["addresses"][0].keys()
    assert not models.Office.objects.filter(city=city).exists()

    call_command(
        "import_office_text", city="erfurt", file=str(page), save=True, stdout=io.StringIO(), stderr=io.StringIO()
    )
    office = models.Office.objects.get(city=city)
    assert office.slug == "beauftragte-fuer-integration" and not office.is_published
    assert office.task_groups.get().tasks.filter(parent__isnull=False).count() == 2
    assert office.addresses.get(kind="002").room == "Zimmer 123"
    assert office.contacts.get().is_deputy and office.opening_hours.count() == 7

    with pytest.raises(CommandError, match="--update"):
        call_command("import_office_text", city="erfurt", file=str(page), save=True, stdout=io.StringIO())
    office.task_groups.all().delete()
    call_command(
        "import_office_text",
        city="erfurt",
        file=str(page),
        save=True,
        update=True,
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )
    assert models.Office.objects.filter(city=city).count() == 1 and office.task_groups.count() == 1


@pytest.mark.django_db
def test_the_command_refuses_unreadable_files(tmp_path):
    CityFactory(slug="erfurt")
    page = tmp_path / "page.txt"
    page.write_bytes("Grüße".encode("latin-1"))
    with pytest.raises(CommandError, match="UTF-8"):
        call_command("import_office_text", city="erfurt", file=str(page), stdout=io.StringIO())
    with pytest.raises(CommandError, match="No city"):
        call_command("import_office_text", city="nowhere", file=str(page), stdout=io.StringIO())


@pytest.mark.django_db
def test_the_admin_shows_the_draft_before_saving(admin_client):
    city = CityFactory(slug="erfurt")
    url = reverse("admin:offices_office_import_text")
    assert (
        reverse("admin:offices_office_import_text")
        in admin_client.get(reverse("admin:offices_office_changelist")).content.decode()
    )
    preview = admin_client.post(url, {"city": city.pk, "text": PAGE, "preview": "1"})
    html = preview.content.decode()
    assert preview.status_code == 200 and "Gremienarbeit" in html and "Erika Muster" in html
    assert not models.Office.objects.filter(city=city).exists()
    bad = admin_client.post(url, {"city": city.pk, "text": "", "preview": "1"})
    assert bad.status_code == 200 and "errornote" in bad.content.decode() or "errorlist" in bad.content.decode()
    saved = admin_client.post(url, {"city": city.pk, "text": PAGE, "save": "1"})
    office = models.Office.objects.get(city=city)
    assert saved.status_code == 302 and saved["Location"] == reverse("admin:offices_office_change", args=[office.pk])
    again = admin_client.post(url, {"city": city.pk, "text": PAGE, "save": "1"})
    assert again.status_code == 200 and models.Office.objects.filter(city=city).count() == 1


@pytest.mark.django_db
def test_staff_of_one_office_cannot_start_an_office(client, sign_in_staff):
    from tests.factories import StaffFactory

    office = OfficeFactory()
    user = StaffFactory()
    user.office_assignments.create(office=office)
    response = sign_in_staff(client, user).get(reverse("admin:offices_office_import_text"))
    assert response.status_code == 403


@pytest.mark.django_db
def test_a_page_of_two_offices_is_reviewed_and_saved_as_two_drafts(admin_client, tmp_path):
    from pathlib import Path

    zwickau = (Path(__file__).parent / "seed_texts" / "zwickau.txt").read_text()
    city = CityFactory(slug="zwickau-test")
    url = reverse("admin:offices_office_import_text")
    preview = admin_client.post(url, {"city": city.pk, "text": zwickau, "preview": "1"}).content.decode()
    assert "Weiteres Büro auf dieser Seite:" in preview and "Ausländer- und Integrationsbeauftragte" in preview
    admin_client.post(url, {"city": city.pk, "text": zwickau, "save": "1"})
    first, second = models.Office.objects.filter(city=city).order_by("pk")
    assert (first.kind, second.kind) == ("equality", "integration") and not second.is_published
    assert second.slug == "auslaender-und-integrationsbeauftragte"
    assert second.task_groups.get().tasks.filter(text_de="Antidiskriminierungserstberatung").exists()
    assert not first.task_groups.filter(tasks__text_de="Antidiskriminierungserstberatung").exists()

    page = tmp_path / "zwickau.txt"
    page.write_text(zwickau)
    other = CityFactory(slug="zwickau-command")
    out = io.StringIO()
    call_command("import_office_text", city="zwickau-command", file=str(page), stdout=out, stderr=io.StringIO())
    assert json.loads(out.getvalue())["further_offices"][0]["office"]["kind"] == "integration"
    assert not models.Office.objects.filter(city=other).exists()
    call_command(
        "import_office_text",
        city="zwickau-command",
        file=str(page),
        save=True,
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )
    assert models.Office.objects.filter(city=other).count() == 2


# After the public announcement of Monheim am Rhein's integration prize (2012); the task lines are test data.
PRIZE_PAGE = """Integrationsbüro

Das Integrationsbüro berät Vereine und Initiativen in der Stadt.

Aufgaben
- Beratung von Vereinen
- Vernetzung

Integrationspreis wird zum fünften Mal vergeben

Der städtische Integrationspreis wird in diesem Jahr zum fünften Mal verliehen. Die mit tausend Euro dotierte \
Auszeichnung geht an Einzelpersonen, Organisationen, Vereine oder Initiativen.

Über die Vergabe des Integrationspreises befindet eine neunköpfige Jury. Die Vergabe orientiert sich an folgenden \
Kriterien:
- Pionierfunktion
- innovativer Ansatz
- Nachhaltigkeit

Vorschläge für den Integrationspreis können bis zum 31. August beim Integrationsbüro im Rathaus eingereicht werden.
"""


def test_a_pasted_prize_call_becomes_a_proposed_prize_call_with_only_what_it_says():
    draft = parse(PRIZE_PAGE).as_dict()
    (call,) = draft["prize_calls"]
    assert call["name"] == "Integrationspreis" and call["kind"] == "nomination"
    assert (call["edition"], call["jury_size"], call["amount"]) == (5, 9, "1000")
    assert call["criteria"] == ["Pionierfunktion", "innovativer Ansatz", "Nachhaltigkeit"]
    # "bis zum 31. August" names no year: no date is made up, and the draft says the call cannot be saved so.
    assert call["deadline"] == "" and call["deadline_text"] == "31. August"
    assert any("Integrationspreis wird zum fünften Mal vergeben" in warning for warning in draft["warnings"])
    # The call's paragraphs are not the office's description, nor its criteria the office's tasks.
    assert "Jury" not in draft["office"]["description"]
    assert [task["text"] for task in draft["task_groups"][0]["tasks"]] == ["Beratung von Vereinen", "Vernetzung"]


@pytest.mark.django_db
def test_the_gera_seeds_prize_call_is_proposed_and_saved_unpublished(tmp_path):
    from pathlib import Path

    text = (Path(__file__).parent / "seed_texts" / "gera.txt").read_bytes()
    (call,) = parse(read(text)).as_dict()["prize_calls"]
    assert (call["kind"], call["deadline"], call["amount"]) == ("both", "2017-04-28", "3500")
    assert call["motto"] == "„Schule macht (Dich!) stark“" and call["edition"] is None
    assert call["phone"] == "0365/838 3019" and call["email"] == "migration.integrationsbeauftragte@gera.de"
    page = tmp_path / "gera.txt"
    page.write_bytes(text)
    city = CityFactory(slug="gera-test")
    call_command(
        "import_office_text", city=city.slug, file=str(page), save=True, stdout=io.StringIO(), stderr=io.StringIO()
    )
    saved = models.PrizeCall.objects.get(office__city=city)
    assert saved.title == "Stadt Gera verleiht Integrationspreis" and not saved.is_published
    assert saved.kind == "both" and str(saved.deadline) == "2017-04-28" and saved.amount == 3500
    assert "Europäischen Sozialfonds" in saved.funding and "28. April 2017" in saved.requirements
