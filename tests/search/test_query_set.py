"""The query set on the database the suite runs on: SQLite by default, PostgreSQL with DATABASE_URL.

Both runs compare their first three results with one file, expected_top3.json, so the two databases are
held to the same lists. The scores per language are written to test-results/ for the closing note.
"""

import json
from pathlib import Path

from django.db import connection
from django.urls import reverse
from django.utils import translation

from search.backends import get_backend

from .query_set import PRIZE, QUERY_SET, RESIDENCE, VIOLENCE

LANGUAGES = ["de", "en", "uk", "ar", "tr", "ru", "fa"]

EXPECTED = Path(__file__).with_name("expected_top3.json")
RESULTS = Path(__file__).resolve().parents[2] / "test-results"


def top3(query: str, language: str) -> list[str]:
    return [entry.sort_key for entry in get_backend().search(query, language).entries[:3]]


def test_the_query_set_finds_the_expected_office_in_the_first_three_and_the_same_lists_on_both_databases(
    sample_content,
):
    lists, hits = {}, {}
    for expected, queries in QUERY_SET.items():
        for language, query in queries.items():
            found = top3(query, language)
            lists[f"{language}: {query}"] = found
            hits.setdefault(language, []).append(any(key.startswith(expected) for key in found))
    scores = {language: f"{sum(found)}/{len(found)}" for language, found in hits.items()}
    total = sum(sum(found) for found in hits.values()) / sum(len(found) for found in hits.values())
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"search-query-set-{connection.vendor}.json").write_text(
        json.dumps({"scores": scores, "total": total, "top3": lists}, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    assert len(lists) >= 35 and {len(queries) for queries in QUERY_SET.values()} == {7}
    assert total >= 0.9, scores
    assert lists == json.loads(EXPECTED.read_text(encoding="utf-8"))


def page_top3(client, language: str, query: str) -> list[str]:
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return [result.entry.sort_key for result in response.context["results"][:3]]


def test_done_when_violence_residence_and_the_integration_prize_on_every_language_page(client, sample_content):
    violence = ["Gewalt", "domestic violence", "насильство", "عنف", "şiddet", "насилие", "خشونت"]
    residence = QUERY_SET[RESIDENCE].values()
    for language in LANGUAGES:
        for query in violence:
            assert VIOLENCE in page_top3(client, language, query), (language, query)
        for query in residence:
            found = page_top3(client, language, query)
            assert RESIDENCE in found and any(key.startswith("dresden/") for key in found), (language, query, found)
    response = client.get("/de/search/", {"q": "Integrationspreis"})
    first = response.context["results"][0]
    assert first.entry.sort_key == PRIZE
    assert [prize_call.slug for prize_call in first.prize_calls] == ["integrationspreis-2017"]
    assert "/de/gera/migrations-und-integrationsbeauftragte/prizes/integrationspreis-2017/" in response.text


def test_result_addresses_are_what_reverse_gives_in_every_language(client, sample_content):
    """The page fills one reversed pattern per kind of address; each must be the result's own."""
    for language in LANGUAGES:
        for query in ("Integrationspreis", "Gewalt"):
            for result in client.get(f"/{language}/search/", {"q": query}).context["results"]:
                with translation.override(language):
                    office = reverse("offices:office", args=[result.city.slug, result.office.slug])
                    expected = {
                        "office": office,
                        "offer": office + "#consultations-heading",
                        "prize_call": result.entry.prize_call and result.entry.prize_call.get_absolute_url(),
                    }[result.kind]
                    assert result.url == expected
                    assert [url for _call, url in result.prize_links] == [
                        call.get_absolute_url() for call in result.prize_calls
                    ]
