from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.utils import translation


class Command(BaseCommand):
    help = (
        "Load the five seed offices and everything each app adds to them. Idempotent: creates what is "
        "missing and keeps existing rows (and staff edits) unless --update is given."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--update", action="store_true", help="Reset existing sample rows to the shipped sample content."
        )

    def handle(self, *args, update: bool = False, **options):
        # Each app that has a `sample_content` module with a `load()` contributes, in INSTALLED_APPS order,
        # so consultations can add offers to the offices loaded before it.
        with translation.override("de"):
            for config in apps.get_app_configs():
                try:
                    module = import_module(f"{config.name}.sample_content")
                except ModuleNotFoundError as error:
                    if error.name != f"{config.name}.sample_content":
                        raise
                    continue
                counts = module.load(update=update)
                created = sum(n for key, n in counts.items() if key.startswith(("created", "updated")))
                summary = ", ".join(f"{n} {key}" for key, n in sorted(counts.items())) or "nothing to load"
                style = self.style.SUCCESS if created else self.style.NOTICE
                self.stdout.write(style(f"{config.verbose_name}: {summary}"))
