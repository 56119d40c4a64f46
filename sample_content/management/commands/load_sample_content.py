from django.core.management.base import BaseCommand
from django.utils import translation

from sample_content import consultations, offices, search
from search.signals import batch

# In this order: consultations adds offers to the offices loaded before it; search links both to life
# situations, and runs after the index has caught up with them (the end of `batch`).
PARTS = [("Commissioner offices", offices), ("Consultations", consultations)]


class Command(BaseCommand):
    help = (
        "Load the five seed offices and their counselling offers. Idempotent: creates what is "
        "missing and keeps existing rows (and staff edits) unless --update is given."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--update", action="store_true", help="Reset existing sample rows to the shipped sample content."
        )

    def handle(self, *args, update: bool = False, **options):
        with translation.override("de"):
            with batch():  # the search index is brought up to date once, not after each of hundreds of rows
                for name, part in PARTS:
                    self.report(name, part.load(update=update))
            self.report("Search", search.load(update=update))

    def report(self, name, counts) -> None:
        created = sum(n for key, n in counts.items() if key.startswith(("created", "updated")))
        summary = ", ".join(f"{n} {key}" for key, n in sorted(counts.items())) or "nothing to load"
        style = self.style.SUCCESS if created else self.style.NOTICE
        self.stdout.write(style(f"{name}: {summary}"))
