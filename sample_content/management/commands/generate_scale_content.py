"""Synthetic cities for scale tests and the benchmark, each shaped exactly like one of the sample cities.

They are walked as the seed loader walks the sample cities (sample_content.consultations.walk) and saved with
a bulk insert per model and level (sample_content.rows.bulk_create)."""

import datetime
from collections import Counter
from itertools import cycle

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone, translation

from core.page_cache import bump_generation
from offices import models as m
from sample_content import consultations, offices
from sample_content.rows import Row, bulk_create
from search import index

SLUG_PREFIX = "beispielort-"
# Every this many cities one has a closure notice shown now and an open prize call, as real portals would.
CURRENT_EVERY = 20


def city_slug(number: int) -> str:
    return f"{SLUG_PREFIX}{number:05d}"


class Command(BaseCommand):
    help = (
        "Create N synthetic cities (slugs beispielort-00001 …): each copies the offices, units, tasks, contacts, "
        "addresses, closure notices, prize calls and counselling offers of one of the five sample cities under a "
        "new name, spread over the federal states. Idempotent: existing synthetic cities are kept, so the same N "
        "again creates nothing and a larger N adds the difference. They are removed only with the database."
    )

    def add_arguments(self, parser):
        parser.add_argument("--cities", type=int, required=True, help="How many synthetic cities should exist.")

    def handle(self, *args, cities: int, **options):
        if cities < 0:
            raise CommandError("--cities must be 0 or more")
        with translation.override("de"):
            counts = generate(cities)
        if counts and connection.vendor == "postgresql":
            # The planner's statistics still describe the tables before the insert: until autovacuum
            # comes by, queries would be planned for a handful of rows.
            tables = {
                model._meta.db_table
                for config in apps.get_app_configs()
                if config.label in ("offices", "consultations")
                for model in config.get_models(include_auto_created=True)
            }
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE " + ", ".join(connection.ops.quote_name(table) for table in sorted(tables)))
        # Bulk inserts send no signal: the new offices are indexed here, so the search finds them at once.
        unindexed = m.Office.objects.published().filter(city__slug__startswith=SLUG_PREFIX, search_entries__isnull=True)
        if entries := index.reindex_offices(unindexed.values_list("pk", flat=True)):
            counts["search entries"] = entries
        summary = ", ".join(f"{n} {name}" for name, n in sorted(counts.items())) or "nothing: all exist already"
        self.stdout.write(self.style.SUCCESS(f"Created {summary}."))


@transaction.atomic
def generate(count: int) -> Counter[str]:
    """Create the synthetic cities 1..count that are missing."""
    existing = set(m.City.objects.filter(slug__startswith=SLUG_PREFIX).values_list("slug", flat=True))
    samples = offices.cities()
    states = cycle(m.FederalState.values)
    rows: list[Row] = []
    for n in range(1, count + 1):
        if city_slug(n) in existing:
            continue
        sample = samples[(n - 1) % len(samples)]
        city = {
            "slug": city_slug(n),
            "short_name": f"Beispielort {n}",
            "federal_state": next(states),
            "name": {"de": f"Gemeinde Beispielort {n}", "en": f"Beispielort {n}"},
            "offices": sample["offices"],
        }
        city_rows = list(consultations.walk(city, sample=sample["slug"]))
        rows += city_rows
        if n % CURRENT_EVERY == 0:
            rows += current_notice_and_prize_call(city_rows[0], next(row for row in city_rows if row.model is m.Office))
    if not rows:
        return Counter()
    counts = bulk_create(rows)
    # bulk_create sends no signals: make the cached pages obsolete here.
    transaction.on_commit(bump_generation)
    return counts


def current_notice_and_prize_call(city: Row, office: Row) -> list[Row]:
    """A closure next week, shown from now, and a prize call open for two months, for the city's first office."""
    today = timezone.localdate()
    closed_on = today + datetime.timedelta(days=7)
    notice = {
        "city": city,
        "status": m.ClosureNotice.Status.PUBLISHED,
        "visible_from": None,
        "title": {"de": "Betriebsausflug", "en": "Staff outing"},
        "message": {"de": "Das Büro ist an diesem Tag geschlossen.", "en": "The office is closed."},
    }
    prize = {
        "deadline": today + datetime.timedelta(days=60),
        "amount": 1000,
        "name": "Integrationspreis",
        "title": {"de": f"Integrationspreis {today.year}", "en": f"Integration prize {today.year}"},
        "description": {"de": "Ausgezeichnet werden Projekte für ein gutes Miteinander."},
    }
    return [
        Row(m.ClosureNotice, {"office": office, "starts_on": closed_on, "ends_on": closed_on}, notice),
        Row(m.PrizeCall, {"office": office, "slug": f"integrationspreis-{today.year}"}, prize),
    ]
