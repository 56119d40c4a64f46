"""The index follows every save, is rebuilt by a command, and finds German compounds and inflected forms."""

import datetime
import io

import pytest
from django.core.management import call_command

from consultations.models import CounsellingOffer
from offices import models
from search import proposals
from search.backends import get_backend
from search.index import reindex_offices
from search.models import LifeSituation, SearchEntry

pytestmark = pytest.mark.django_db


def found(query: str) -> list[str]:
    return [entry.sort_key for entry in get_backend().search(query, "de").entries]


@pytest.fixture
def office(build):
    return build(word="Frauenförderung")[0]


def test_saves_of_every_part_of_an_office_reach_the_index_after_commit(office, django_capture_on_commit_callbacks):
    group = models.TaskGroup.objects.create(office=office, title="Aufgaben")
    with django_capture_on_commit_callbacks(execute=True):
        task = models.Task.objects.create(group=group, text="Unterstützung bei der Wohnungssuche")
        models.Referral.objects.create(office=office, authority="Jobcenter", reason="Arbeitslosengeld")
    assert found("Wohnungssuche") == ["dresden/buero-0"]
    assert found("Jobcenter") == ["dresden/buero-0"]
    with django_capture_on_commit_callbacks(execute=True):
        task.delete()
    assert found("Wohnungssuche") == []
    with django_capture_on_commit_callbacks(execute=True):
        office.is_published = False
        office.save()
    assert found("Jobcenter") == [] and not SearchEntry.objects.filter(office=office).exists()


def test_an_offer_in_another_language_and_a_prize_call_while_it_is_open(office, django_capture_on_commit_callbacks):
    today = datetime.date.today()
    with django_capture_on_commit_callbacks(execute=True):
        offer = CounsellingOffer.objects.get(office=office)
        offer.topic_en = "Advice on housing"
        offer.save()
        models.PrizeCall.objects.create(
            office=office,
            name="Ehrenamtspreis",
            slug="ehrenamtspreis",
            title="Ehrenamtspreis 2031",
            description="Für Vereine.",
            deadline=today,
        )
        models.PrizeCall.objects.create(
            office=office,
            name="Ehrenamtspreis",
            slug="alt",
            title="Ehrenamtspreis 2019",
            description="Für Vereine.",
            deadline=today - datetime.timedelta(days=1),
        )
    assert found("housing") == ["dresden/buero-0/beratung"]
    # The closed call is no result of its own; its office is found by it.
    assert found("Ehrenamtspreis") == ["dresden/buero-0/prizes/ehrenamtspreis", "dresden/buero-0"]


def test_compounds_and_inflections(build, django_capture_on_commit_callbacks):
    office = build(word="Gleichstellung")[0]
    with django_capture_on_commit_callbacks(execute=True):
        models.TargetGroup.objects.create(office=office, description="Menschen, die Schutz vor Gewalt suchen")
        models.Activity.objects.create(office=office, kind="event", title="Gewaltschutzerstberatung im Rathaus")
        models.Membership.objects.create(office=office, body="Runder Tisch der Flüchtlingshilfe", role="Mitglied")
    # "Gewaltschutz": as the start of a longer word, and split into words that occur apart
    assert found("Gewaltschutz") == ["dresden/buero-0"]
    assert [w.parts for w in get_backend().search("Gewaltschutz").plan.words] == [(("gewalt", "schutz"),)]
    # "Beratungen" finds "Beratung" (inflected) and "Erstberatung" (the end of a compound)
    assert found("Beratungen") == ["dresden/buero-0/beratung", "dresden/buero-0"]
    assert found("Schutz") == ["dresden/buero-0"]  # also in "Gewaltschutzerstberatung"
    assert found("Flüchtlinge") == ["dresden/buero-0"]  # stem "fluchtling" of "Flüchtlingshilfe"
    assert found("gleichstellungen") == ["dresden/buero-0/beratung", "dresden/buero-0"]
    assert found("GEWALT") == found("gewalt") == ["dresden/buero-0"]


def test_rebuild_command_restores_an_index_that_was_lost(office):
    SearchEntry.objects.all().delete()
    assert found("Frauenförderung") == []
    out = io.StringIO()
    call_command("rebuild_search_index", stdout=out)
    assert "Indexed 2 search entries." in out.getvalue()
    assert found("Frauenförderung") == ["dresden/buero-0/beratung", "dresden/buero-0"]


def test_a_life_situation_finds_what_it_links_in_any_language_and_german_text_through_its_words(office):
    sign_language = LifeSituation.objects.get(slug="sign-language")
    assert found("жестова мова") == []
    sign_language.offices.add(office)
    assert found("жестова мова") == found("لغة الإشارة") == found("işaret dili") == ["dresden/buero-0"]
    # Not linked, yet found: the German words of "women and equality" ("Frauen", …) are in the offer's text.
    assert found("жінки") == ["dresden/buero-0/beratung", "dresden/buero-0"]


def test_links_are_proposed_from_the_german_text(office):
    women, sign_language = LifeSituation.objects.filter(slug__in=["women-and-equality", "sign-language"])
    # "Gleichstellung" is specific enough to count anywhere; here it is in the office's name.
    assert proposals.propose(women).office_ids == {office.pk}
    assert proposals.propose(sign_language).office_ids == set()
    office.sign_language_url = "https://example.org/dgs-video"
    office.save()
    reindex_offices([office.pk])
    assert proposals.propose(sign_language).office_ids == {office.pk}
    assert proposals.apply([sign_language]) == 1 and proposals.apply([sign_language]) == 0
    assert list(sign_language.offices.all()) == [office]


def test_synthetic_cities_are_found_as_soon_as_they_are_generated():
    call_command("generate_scale_content", cities=2, stdout=io.StringIO())
    entries = SearchEntry.objects.filter(city__slug__startswith="beispielort-")
    assert (
        entries.filter(kind=SearchEntry.Kind.OFFICE).count()
        == models.Office.objects.filter(city__slug__startswith="beispielort-").count()
        > 0
    )
    assert any(key.startswith("beispielort-00002/") for key in found("Beispielort 2"))
    # Generated again, nothing is indexed twice.
    before = entries.count()
    call_command("generate_scale_content", cities=2, stdout=io.StringIO())
    assert entries.count() == before


def test_a_common_word_ranks_the_same_however_many_entries_it_matches(build):
    """The PostgreSQL ranking sums one index lookup per word; ties and the chosen city order as on SQLite."""
    build(city_slug="leipzig", short_name="Leipzig", offices=3)
    build(city_slug="dresden", short_name="Dresden", offices=3)
    leipzig = models.City.objects.get(slug="leipzig")
    keys = [entry.sort_key for entry in get_backend().search("Gewaltschutz", "de", city=leipzig).entries]
    assert keys[:2] == ["leipzig/buero-0/beratung", "leipzig/buero-1/beratung"]
    assert len(keys) == 12 and {key.split("/")[0] for key in keys[6:]} == {"dresden"}


def test_a_city_is_found_by_its_name_in_another_script_where_the_content_gives_it(
    office, django_capture_on_commit_callbacks
):
    assert found("Дрезден") == [] and found("درسدن") == []
    city = office.city
    with django_capture_on_commit_callbacks(execute=True):
        city.name_ru, city.name_fa = "Столица земли Дрезден", "درسدن، مرکز ایالت"
        city.save()
    # The office, not its offer: the city's name is part of the office's own text.
    assert found("Дрезден") == ["dresden/buero-0"] and found("درسدن") == ["dresden/buero-0"]


def test_postgres_reads_a_prefix_range_once_for_the_lexemes_inside_it():
    from search.backends.postgres import Query
    from search.query import Plan, Word

    query = Query(Plan("Gewalt", words=[Word("gewalt")], expansions=[Word("gewaltschutz"), Word("opfer")]), None, None)
    # "gewaltschutz…" lies inside "gewalt…", the word "opfer…" inside its stem's "opf…": one scan each.
    assert query.scans() == {("gewalt", True): [("gewaltschutz", True)], ("opf", True): [("opfer", True)]}
    sql, params = query.sql()
    assert sql.count("FROM search_posting") == 2 and params[:2] == ["gewaltschutz", "gewalt"]


@pytest.mark.parametrize("probe_rows", [1000, 15], ids=["found-by-the-probe", "probe-too-short"])
def test_many_ties_at_the_cut_come_in_the_order_of_kinds_and_slugs(build, monkeypatch, probe_rows):
    """PostgreSQL looks for the first tied entries in an index walk (or, if it is too short, reads them all);
    either way the order is that of SQLite: kind, then slugs."""
    import search.backends.postgres as postgres

    monkeypatch.setattr(postgres, "PROBE_TIES", 2)
    monkeypatch.setattr(postgres, "PROBE_ROWS", probe_rows)
    for slug in ["zwickau", "dresden", "leipzig"]:
        build(city_slug=slug, short_name=slug.title(), offices=4)
    offers = sorted(f"{city}/buero-{n}/beratung" for city in ["zwickau", "dresden", "leipzig"] for n in range(4))
    offices = sorted(f"{city}/buero-{n}" for city in ["zwickau", "dresden", "leipzig"] for n in range(4))
    # Twelve offers above the cut (the word in their title), then the first eight of twelve tied offices.
    assert found("Gewaltschutz") == offers + offices[:8]
    leipzig = models.City.objects.get(slug="leipzig")
    keys = [entry.sort_key for entry in get_backend().search("Gewaltschutz", "de", city=leipzig).entries]
    leipzig_first = [key for key in offers + offices if key.startswith("leipzig/")]
    others = [key for key in offers if not key.startswith("leipzig/")]
    assert keys == leipzig_first + others + [key for key in offices if not key.startswith("leipzig/")][:4]
