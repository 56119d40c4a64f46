import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from offices.models import City, OfficeKind
from offices.text_import import UnreadableText, parse, read, saving


class Command(BaseCommand):
    help = (
        "Turn the plain text of a city's office page into a draft office, printed as JSON for review; "
        "--save writes it (German only), --update replaces an office of the same slug."
    )

    def add_arguments(self, parser):
        parser.add_argument("--city", required=True, help="Slug of the city the office belongs to.")
        parser.add_argument("--file", required=True, help="The page's text, UTF-8 (.txt).")
        parser.add_argument("--kind", choices=OfficeKind.values, help="Office kind; guessed from the name if left out.")
        parser.add_argument("--slug", default="", help="Address of the office page; from the name if left out.")
        parser.add_argument("--save", action="store_true", help="Write the draft; without it nothing is written.")
        parser.add_argument("--update", action="store_true", help="With --save: replace an existing office's content.")

    def handle(self, *args, city, file, kind=None, slug="", save=False, update=False, **options):
        city_row = City.objects.filter(slug=city).first()
        if city_row is None:
            raise CommandError(f"No city with the slug “{city}”.")
        try:
            data = Path(file).read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}") from error
        try:
            draft = parse(read(data))
        except UnreadableText as error:
            raise CommandError(str(error)) from error
        kind = kind or draft.kind
        self.stdout.write(json.dumps(draft.as_dict() | {"kind": kind}, ensure_ascii=False, indent=2))
        for warning in draft.warnings:
            self.stderr.write(str(warning))
        if not save:
            return
        if not kind:
            raise CommandError("The office kind could not be guessed from the name; give --kind.")
        try:
            with transaction.atomic():
                offices = [saving.save(draft, city_row, kind=kind, slug=slug, update=update)]
                # Further offices of the page (a heading naming their kind started each) get their own slugs.
                offices += [saving.save(other, city_row, kind=other.kind, update=update) for other in draft.further]
        except saving.OfficeExists as error:
            raise CommandError(f"{error} Add --update to replace its content.") from error
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from error
        for office in offices:
            self.stderr.write(f"Saved {office} ({office.get_absolute_url()}).")
