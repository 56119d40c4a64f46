import logging

from django.core.management.base import BaseCommand

from consultations.services import send_pending_notifications

logger = logging.getLogger("consultations.notifications")


class Command(BaseCommand):
    help = (
        'Send the e-mails of open appointment requests that are due ("notification pending"), each once. '
        "`send_queued_mail` does this and the other queued mail; this command remains for existing cron entries."
    )

    def handle(self, *args, **options):
        attempted, sent = send_pending_notifications()
        summary = f"{sent} of {attempted} requests with pending e-mails now notified"
        logger.info("retry_consultation_notifications: %s", summary)
        self.stdout.write(summary)
        if attempted - sent:
            self.stderr.write(f"{attempted - sent} requests still pending; the mail server may be unreachable")
