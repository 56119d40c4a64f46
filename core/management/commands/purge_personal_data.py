import logging

from django.core.management.base import BaseCommand

from core import retention

logger = logging.getLogger("core.retention")


class Command(BaseCommand):
    help = (
        "Delete personal data whose retention period has run out: appointment requests (closed and open), "
        "accessibility feedback, sign-in records, expired sessions, rate-limit records. Idempotent; logs counts, "
        "never contents. Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count what would be deleted.")

    def handle(self, *args, dry_run: bool = False, **options):
        counts = retention.purge(dry_run=dry_run)
        verb = "would delete" if dry_run else "deleted"
        summary = "; ".join(f"{label}: {count}" for label, count in counts.items())
        logger.info("purge_personal_data %s %s", verb, summary)
        self.stdout.write(f"{verb} {summary}")
