from django.core.management.base import BaseCommand
from django.utils.translation import get_language_info

from offices.translation_status import coverage, offices_missing, target_languages


class Command(BaseCommand):
    help = "Report, per language, how much of the content residents read is translated (German is the source)."

    def add_arguments(self, parser):
        parser.add_argument("--language", action="append", help="Only these language codes (repeatable).")

    def handle(self, *args, language=None, **options):
        languages = language or target_languages()
        unknown = sorted(set(languages) - set(target_languages()))
        if unknown:
            self.stderr.write(f"Unknown language code(s): {', '.join(unknown)}; known: {', '.join(target_languages())}")
            raise SystemExit(2)
        self.stdout.write(f"{'language':<22}{'texts':>7}{'translated':>12}{'coverage':>10}  offices incomplete")
        for code in languages:
            result = coverage(code)
            name = f"{get_language_info(code)['name']} ({code})"
            self.stdout.write(
                f"{name:<22}{result.texts:>7}{result.translated:>12}{result.percent:>9.1f}%  "
                f"{offices_missing(code).count()}"
            )
