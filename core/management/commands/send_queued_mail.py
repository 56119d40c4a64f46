import logging
import time

from django.core.management.base import BaseCommand

from core import outbox, page_cache

logger = logging.getLogger("core.outbox")


class Command(BaseCommand):
    help = (
        "Send the e-mails that wait in the outbox (appointment requests, accessibility feedback), each once, "
        "with retries and backoff. Run it from cron every minute, or with --loop as a service; overlapping "
        "runs and several servers are safe."
    )

    def add_arguments(self, parser):
        parser.add_argument("--loop", type=float, metavar="SECONDS", help="Keep running, a pass every SECONDS.")

    def handle(self, *args, loop: float | None = None, **options):
        while True:
            # Also where invalidations the page cache missed during an outage are carried out at the latest.
            page_cache.settle_pending()
            for name, drain in outbox.drains().items():
                worked, done = drain()
                if worked:
                    summary = f"{name}: {done} of {worked} sent"
                    logger.info("send_queued_mail: %s", summary)
                    self.stdout.write(summary)
                    if worked - done:
                        self.stderr.write(f"{name}: {worked - done} still pending; the mail server may be unreachable")
            if loop is None:
                return
            time.sleep(loop)
