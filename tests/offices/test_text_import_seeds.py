"""The paste-in start against the five seed pages: each draft must hold what the sample content holds.

For each seed the facts are every task and sub-task text (a sub-task under its parent), each contact
person's name and role, each address's street or PO box, postcode and town, and every phone number
and e-mail address on the page; the share the draft reproduces must reach 90 %.
"""

import re
from importlib import import_module
from pathlib import Path

import pytest

from offices.text_import import parse, read

# The seed pages' texts as the project received them (shared/seeds/000–004), named by city.
SEEDS = Path(__file__).resolve().parent / "seed_texts"
SEED_CITIES = ["zwickau", "dresden", "schwaebisch_gmuend", "gera", "kassel"]
QUOTES = str.maketrans({"„": '"', "“": '"', "”": '"', "«": '"', "»": '"'})


def norm(text) -> str:
    if isinstance(text, dict):
        text = text["de"]
    return re.sub(r"\s+", " ", str(text).translate(QUOTES)).strip().rstrip(".,;:").strip()


def digits(number: str) -> str:
    return re.sub(r"\D", "", number)


def sample_facts(office: dict) -> set[tuple]:
    found = set()
    for group in office.get("task_groups", []):
        for task in group["tasks"]:
            found.add(("task", norm(task["text"])))
            for sub in task.get("subtasks", []):
                found.add(("subtask", norm(task["text"]), norm(sub["text"])))
    for person in office.get("contacts", []):
        found.add(("contact", norm(person["name"])))
        if person.get("role"):
            found.add(("role", norm(person["role"])))
        found |= {("phone", digits(person["phone"]))} if person.get("phone") else set()
        found |= {("email", person["email"].lower())} if person.get("email") else set()
    for address in office.get("addresses", []):
        found.add(("po_box", address["po_box"]) if address.get("po_box") else ("street", address["street"]))
        found |= {("postcode", address["postal_code"]), ("town", address["locality"])}
    for holder in [office, *office.get("prize_calls", [])]:
        found |= {("phone", digits(holder["phone"]))} if holder.get("phone") else set()
        found |= {("email", holder["email"].lower())} if holder.get("email") else set()
    for unit in office.get("units", []):
        found |= sample_facts(unit)
    return found


def draft_facts(draft: dict) -> set[tuple]:
    found = set()
    for group in draft["task_groups"]:
        for task in group["tasks"]:
            found.add(("task", norm(task["text"])))
            found |= {("subtask", norm(task["text"]), norm(sub["text"])) for sub in task["subtasks"]}
    for person in draft["contacts"]:
        found |= {("contact", norm(person["name"])), ("role", norm(person["role"]))}
        found |= {("phone", digits(number)) for number in person["phones"]}
        found |= {("email", person["email"].lower())} if person["email"] else set()
    for address in draft["addresses"]:
        found.add(("po_box", address["po_box"]) if address["po_box"] else ("street", address["street"]))
        found |= {("postcode", address["postcode"]), ("town", address["town"])}
    office = draft["office"]
    found |= {("phone", digits(office["phone"]))} if office["phone"] else set()
    found |= {("email", office["email"].lower())} if office["email"] else set()
    for further in draft["further_offices"]:
        found |= draft_facts(further)
    return found


def seed_figures(seed: str) -> tuple[int, int, set[tuple]]:
    city = import_module(f"sample_content.offices.{seed}").CITY
    expected = set().union(*(sample_facts(office) for office in city["offices"]))
    draft = parse(read((SEEDS / f"{seed}.txt").read_bytes())).as_dict()
    missing = expected - draft_facts(draft)
    return len(expected) - len(missing), len(expected), missing


@pytest.mark.parametrize("seed", SEED_CITIES)
def test_the_draft_of_each_seed_holds_at_least_nine_in_ten_of_its_facts(seed):
    matched, total, missing = seed_figures(seed)
    print(f"{seed}: {matched}/{total} = {matched / total:.0%}")
    assert total > 0
    assert matched / total >= 0.9, sorted(missing)


def task_facts(office: dict) -> set[tuple]:
    return {fact for fact in sample_facts({"task_groups": office["task_groups"]})}


def test_a_page_of_two_offices_gives_a_draft_for_each():
    """Zwickau's page presents the equality and the integration commissioner: two drafts, each with its own tasks."""
    first_office, second_office = import_module("sample_content.offices.zwickau").CITY["offices"]
    draft = parse(read((SEEDS / "zwickau.txt").read_bytes())).as_dict()
    (second,) = draft["further_offices"]
    assert draft["office"]["name"] == "Gleichstellungsbeauftragte" and draft["office"]["kind"] == "equality"
    assert second["office"]["name"] == "Ausländer- und Integrationsbeauftragte"
    assert second["office"]["kind"] == "integration"
    assert second["office"]["mission"].startswith("Grundsätzliches Ziel der Arbeit der Ausländer-")
    first_found = draft_facts({**draft, "further_offices": []})
    for office, found in ((first_office, first_found), (second_office, draft_facts(second))):
        expected = task_facts(office)
        print(f"{office['slug']}: {len(expected & found)}/{len(expected)} tasks")
        assert len(expected & found) >= 0.9 * len(expected), sorted(expected - found)
    # Each office's tasks in its own draft only.
    assert not task_facts(second_office) & first_found
