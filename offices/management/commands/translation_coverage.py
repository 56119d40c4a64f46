from django.core.management.base import BaseCommand
from django.utils.translation import get_language_info

from core import ledger
from offices.translation_status import coverage, offices_missing, target_languages

COLUMNS = [
    (ledger.MISSING, "missing"),
    (ledger.MACHINE_TRANSLATED, "machine"),
    (ledger.CURRENT, "reviewed"),
    (ledger.OUTDATED, "outdated"),
]


class Command(BaseCommand):
    help = (
        "Report, per language, how much of the content residents read is translated (German is the source): "
        "texts missing, machine translated (not reviewed), reviewed and up to date, and outdated."
    )

    def add_arguments(self, parser):
        parser.add_argument("--language", action="append", help="Only these language codes (repeatable).")

    def handle(self, *args, language=None, **options):
        languages = language or target_languages()
        unknown = sorted(set(languages) - set(target_languages()))
        if unknown:
            self.stderr.write(f"Unknown language code(s): {', '.join(unknown)}; known: {', '.join(target_languages())}")
            raise SystemExit(2)
        header = "".join(f"{label:>10}" for _status, label in COLUMNS)
        self.stdout.write(f"{'language':<22}{'texts':>7}{header}{'coverage':>10}  offices incomplete")
        for code in languages:
            result = coverage(code)
            name = f"{get_language_info(code)['name']} ({code})"
            counts = "".join(f"{result[status]:>10}" for status, _label in COLUMNS)
            self.stdout.write(
                f"{name:<22}{result.texts:>7}{counts}{result.percent:>9.1f}%  {offices_missing(code).count()}"
            )
