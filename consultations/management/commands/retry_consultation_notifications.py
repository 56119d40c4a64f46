import logging

from django.core.management.base import BaseCommand

from consultations.models import AppointmentRequest
from consultations.services import appointment_request_notify

logger = logging.getLogger("consultations.notifications")


class Command(BaseCommand):
    help = (
        'Send the e-mails of open appointment requests that could not be sent before ("notification pending"). '
        "Each mail goes out once; run it from cron, e.g. every 15 minutes."
    )

    def handle(self, *args, **options):
        pending = AppointmentRequest.objects.notification_pending().select_related("office", "offer").order_by("pk")
        attempted = sent = 0
        for appointment in pending.iterator():
            attempted += 1
            sent += appointment_request_notify(appointment=appointment)
        summary = f"{sent} of {attempted} requests with pending e-mails now notified"
        logger.info("retry_consultation_notifications: %s", summary)
        self.stdout.write(summary)
        if attempted - sent:
            self.stderr.write(f"{attempted - sent} requests still pending; the mail server may be unreachable")
