import logging

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from consultations.models import AppointmentRequest

logger = logging.getLogger("consultations.purge")


class Command(BaseCommand):
    help = (
        "Delete appointment requests closed (done or declined) more than CONSULTATION_REQUEST_RETENTION_DAYS "
        "days ago, with their preferred times, notes and status history. Logs counts, never contents."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count what would be deleted.")

    def handle(self, *args, dry_run: bool = False, **options):
        days = settings.CONSULTATION_REQUEST_RETENTION_DAYS
        with transaction.atomic():
            due = AppointmentRequest.objects.due_for_purge(days=days)
            count = due.count()
            if not dry_run and count:
                due.delete()
        verb = "would delete" if dry_run else "deleted"
        summary = f"{verb} {count} appointment requests closed more than {days} days ago"
        logger.info("purge_consultation_requests: %s", summary)
        self.stdout.write(summary)
