from django.core.management.base import BaseCommand

from search import index


class Command(BaseCommand):
    help = (
        "Rebuild the search index from the offices, counselling offers and prize calls, e.g. after bulk "
        "inserts that send no signal (generate_scale_content) or after restoring a backup."
    )

    def handle(self, *args, **options):
        count = index.rebuild()
        self.stdout.write(self.style.SUCCESS(f"Indexed {count} search entries."))
