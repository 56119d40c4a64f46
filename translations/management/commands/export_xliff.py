from django.core.management.base import BaseCommand, CommandError

from core import ledger
from translations import xliff
from translations.units import MISSING_OR_OUTDATED, SELECTIONS, offices_of, units


class Command(BaseCommand):
    help = "Write the content's texts for one language as XLIFF 2.0 (German source), for a translation agency."

    def add_arguments(self, parser):
        parser.add_argument("language", help=f"Target language: {', '.join(ledger.target_languages())}")
        parser.add_argument("--city", help="Only this city's offices (slug).")
        parser.add_argument("--office", type=int, action="append", help="Only this office (id; repeatable).")
        parser.add_argument(
            "--select", choices=sorted(SELECTIONS), default=MISSING_OR_OUTDATED, help="todo: missing or outdated."
        )
        parser.add_argument("--output", "-o", help="File to write (default: standard output).")

    def handle(self, *args, language, city=None, office=None, select=MISSING_OR_OUTDATED, output=None, **options):
        if language not in ledger.target_languages():
            raise CommandError(f"Unknown language {language!r}; known: {', '.join(ledger.target_languages())}")
        found = list(units(offices_of(city, office).values_list("pk", flat=True), language, select))
        data = xliff.export(found, language)
        if output:
            with open(output, "wb") as file:
                file.write(data)
            self.stderr.write(f"{len(found)} units written to {output}")
        else:
            self.stdout.write(data.decode())
