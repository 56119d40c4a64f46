"""Synthetic cities for scale tests and the benchmark, each shaped exactly like one of the sample cities."""

import datetime
from collections import Counter
from itertools import cycle

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone, translation

from core.page_cache import bump_generation
from offices import models as m
from sample_content import offices as sample_content

SLUG_PREFIX = "beispielort-"
# What an office's data holds besides its own fields.
NESTED = {*sample_content.OFFICE_CHILDREN, "task_groups", "closure_notices", "prize_calls", "units", "slug"}
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
        summary = ", ".join(f"{n} {name}" for name, n in sorted(counts.items())) or "nothing: all exist already"
        self.stdout.write(self.style.SUCCESS(f"Created {summary}."))


@transaction.atomic
def generate(count: int) -> Counter[str]:
    """Create the synthetic cities 1..count that are missing, with bulk inserts, level by level."""
    existing = set(m.City.objects.filter(slug__startswith=SLUG_PREFIX).values_list("slug", flat=True))
    templates = sample_content.cities()
    wanted = [(n, templates[(n - 1) % len(templates)]) for n in range(1, count + 1) if city_slug(n) not in existing]
    builder = Builder()
    if not wanted:
        return builder.counts
    states = cycle(m.FederalState.values)
    cities = builder.create(
        m.City,
        [
            m.City(
                slug=city_slug(n),
                short_name=f"Beispielort {n}",
                federal_state=next(states),
                **builder.values(m.City, {"name": {"de": f"Gemeinde Beispielort {n}", "en": f"Beispielort {n}"}}),
            )
            for n, _template in wanted
        ],
    )
    offices = builder.offices(
        [
            (city, data, None, position)
            for city, (_n, t) in zip(cities, wanted, strict=True)
            for position, data in enumerate(t["offices"])
        ]
    )
    template_slug = {city.pk: t["slug"] for city, (_n, t) in zip(cities, wanted, strict=True)}
    builder.office_content(offices)
    builder.current_notices_and_prize_calls(cities, offices)
    if apps.is_installed("consultations"):
        builder.counselling_offers(offices, template_slug)
    # bulk_create sends no signals: make the cached pages obsolete here.
    transaction.on_commit(bump_generation)
    return builder.counts


class Builder:
    def __init__(self):
        # The sample loader's translation of {"de": …, "en": …} into one column per language.
        self.values = sample_content.Loader().field_values
        self.counts: Counter[str] = Counter()

    def create(self, model, objects: list) -> list:
        model.objects.bulk_create(objects, batch_size=1000)
        if objects:
            with translation.override("en"):
                name = model.__name__ if model._meta.auto_created else str(model._meta.verbose_name_plural)
            self.counts[name] += len(objects)
        return objects

    def offices(self, level: list[tuple]) -> list[tuple[m.Office, dict]]:
        """Offices and their units, a level at a time: a unit needs its parent's id."""
        created = []
        while level:
            offices = self.create(
                m.Office,
                [
                    m.Office(
                        city=city,
                        parent=parent,
                        slug=data["slug"],
                        position=position,
                        **self.values(m.Office, {k: v for k, v in data.items() if k not in NESTED}),
                    )
                    for city, data, parent, position in level
                ],
            )
            created += [(office, data) for office, (_c, data, _p, _pos) in zip(offices, level, strict=True)]
            level = [
                (office.city, unit, office, position)
                for office, (_c, data, _p, _pos) in zip(offices, level, strict=True)
                for position, unit in enumerate(data.get("units", []))
            ]
        return created

    def office_content(self, offices: list[tuple[m.Office, dict]]) -> None:
        for key, model in sample_content.OFFICE_CHILDREN.items():
            self.create(
                model,
                [
                    model(office=office, position=position, **self.values(model, row))
                    for office, data in offices
                    for position, row in enumerate(data.get(key, []))
                ],
            )
        groups = [
            (m.TaskGroup(office=office, position=position, **self.values(m.TaskGroup, _without(group, "tasks"))), group)
            for office, data in offices
            for position, group in enumerate(data.get("task_groups", []))
        ]
        self.create(m.TaskGroup, [group for group, _data in groups])
        tasks = [
            (m.Task(group=group, position=position, **self.values(m.Task, _without(task, "subtasks"))), task)
            for group, data in groups
            for position, task in enumerate(data.get("tasks", []))
        ]
        self.create(m.Task, [task for task, _data in tasks])
        self.create(
            m.Task,
            [
                m.Task(group=task.group, parent=task, position=position, **self.values(m.Task, subtask))
                for task, data in tasks
                for position, subtask in enumerate(data.get("subtasks", []))
            ],
        )
        self.create(
            m.ClosureNotice,
            [
                m.ClosureNotice(
                    city=office.city, office=office, status="published", **self.values(m.ClosureNotice, row)
                )
                for office, data in offices
                for row in data.get("closure_notices", [])
            ],
        )
        self.create(
            m.PrizeCall,
            [
                m.PrizeCall(office=office, slug=row["slug"], **self.values(m.PrizeCall, _without(row, "slug")))
                for office, data in offices
                for row in data.get("prize_calls", [])
            ],
        )

    def current_notices_and_prize_calls(self, cities: list[m.City], offices: list[tuple[m.Office, dict]]) -> None:
        today = timezone.localdate()
        first_office = {}
        for office, _data in offices:
            first_office.setdefault(office.city_id, office)
        chosen = [first_office[city.pk] for city in cities if int(city.slug[len(SLUG_PREFIX) :]) % CURRENT_EVERY == 0]
        closed_on = today + datetime.timedelta(days=7)
        self.create(
            m.ClosureNotice,
            [
                m.ClosureNotice(
                    city=office.city,
                    office=office,
                    starts_on=closed_on,
                    ends_on=closed_on,
                    status="published",
                    visible_from=None,
                    **self.values(
                        m.ClosureNotice,
                        {
                            "title": {"de": "Betriebsausflug", "en": "Staff outing"},
                            "message": {"de": "Das Büro ist an diesem Tag geschlossen.", "en": "The office is closed."},
                        },
                    ),
                )
                for office in chosen
            ],
        )
        self.create(
            m.PrizeCall,
            [
                m.PrizeCall(
                    office=office,
                    slug=f"integrationspreis-{today.year}",
                    deadline=today + datetime.timedelta(days=60),
                    amount=1000,
                    **self.values(
                        m.PrizeCall,
                        {
                            "name": "Integrationspreis",
                            "title": {"de": f"Integrationspreis {today.year}", "en": f"Integration prize {today.year}"},
                            "description": {"de": "Ausgezeichnet werden Projekte für ein gutes Miteinander."},
                        },
                    ),
                )
                for office in chosen
            ],
        )

    def counselling_offers(self, offices: list[tuple[m.Office, dict]], template_slug: dict[int, str]) -> None:
        """The consultations app's sample offers and request windows, for the offices the template city has them."""
        from consultations import models as c
        from sample_content import consultations as consultations_sample

        offers = []
        for office, _data in offices:
            for position, data in enumerate(
                consultations_sample.OFFERS.get((template_slug[office.city_id], office.slug), [])
            ):
                data = consultations_sample.DEFAULTS | dict(data) | {"position": position}
                fields = _without(data, "slug", "referral_authorities")
                offers.append(
                    (
                        c.CounsellingOffer(office=office, slug=data["slug"], **self.values(c.CounsellingOffer, fields)),
                        data,
                    )
                )
        self.create(c.CounsellingOffer, [offer for offer, _data in offers])
        referrals = {
            (referral.office_id, referral.authority_de): referral
            for referral in m.Referral.objects.filter(office__in=[office for office, _data in offices])
        }
        self.create(
            c.CounsellingOffer.referrals.through,
            [
                c.CounsellingOffer.referrals.through(counsellingoffer=offer, referral=referrals[key])
                for offer, data in offers
                for authority in data.get("referral_authorities", [])
                if (key := (offer.office_id, authority)) in referrals
            ],
        )
        window = consultations_sample.REQUEST_WINDOW
        self.create(
            c.ConsultationHour,
            [
                c.ConsultationHour(office=office, kind=c.ConsultationHour.Kind.REQUESTS, weekday=weekday, **window)
                for office, _data in offices
                if (template_slug[office.city_id], office.slug) in consultations_sample.OFFERS
                for weekday in consultations_sample.WEEKDAYS
            ],
        )


def _without(data: dict, *keys: str) -> dict:
    return {key: value for key, value in data.items() if key not in keys}
