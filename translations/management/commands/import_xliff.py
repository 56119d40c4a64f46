from django.core.management.base import BaseCommand, CommandError

from translations import xliff


class Command(BaseCommand):
    help = (
        "Read an XLIFF 2.0 file back: write its translations and mark them reviewed. All or nothing: a unit "
        "whose German source changed since the export refuses the whole file."
    )

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, path, **options):
        with open(path, "rb") as file:
            data = file.read()
        try:
            result = xliff.import_file(data)
        except xliff.ImportRefused as refused:
            raise CommandError("Nothing imported:\n" + "\n".join(refused.messages)) from refused
        self.stdout.write(
            f"{result.language}: {result.written} translations written, {result.unchanged} confirmed unchanged, "
            f"{result.empty} units without a translation left as they were; all marked reviewed."
        )
