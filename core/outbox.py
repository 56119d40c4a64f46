"""Mail that leaves outside the request: rows that still owe an e-mail are claimed and worked off by
`manage.py send_queued_mail`, never by the request that stored them.

The row that owes the mail (an appointment request, a feedback report) is its
own outbox entry: it records what was sent, the attempts, the last error and
when to try next, so nothing is lost when the mail server is slow or down, and
staff see in the admin what is still pending. This module knows no app: each
registers a drain in its AppConfig.ready().

Exactly once: a run first *claims* a row (a lease in a `claimed_until` column)
and only the run holding the lease sends its mails, marking each as sent right
after the mail server took it. On PostgreSQL candidates are locked with
SELECT … FOR UPDATE SKIP LOCKED, so overlapping runs (cron outlasting its
interval, two servers, an administrator's "send again") take different rows; on
SQLite, which has no row locks but one writer at a time, an UPDATE that only
succeeds while the row is still unclaimed does the same. A run that dies holding
a lease leaves the row to whoever comes after the lease expires.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable

from django.db import connections, models, transaction
from django.db.models import Q
from django.utils import timezone

logger = logging.getLogger(__name__)

# Longer than one row's mails can take (two mails × the SMTP timeout, with margin).
LEASE = datetime.timedelta(minutes=5)
# 1, 2, 4 … minutes between attempts, at most six hours.
FIRST_RETRY = datetime.timedelta(minutes=1)
LONGEST_RETRY = datetime.timedelta(hours=6)

Drain = Callable[[], tuple[int, int]]
_drains: dict[str, Drain] = {}


def register(name: str, drain: Drain) -> None:
    """`drain()` sends what is due and answers (rows worked on, rows now done)."""
    _drains[name] = drain


def drains() -> dict[str, Drain]:
    return dict(_drains)


def backoff(attempts: int) -> datetime.timedelta:
    return min(FIRST_RETRY * 2 ** max(attempts - 1, 0), LONGEST_RETRY)


def claim_next(
    queryset: models.QuerySet, *, field: str = "claimed_until", now: datetime.datetime | None = None
) -> int | None:
    """Claim one row of `queryset` that no other run holds; its primary key, or None when none is left."""
    now = now or timezone.now()
    free = Q(**{f"{field}__isnull": True}) | Q(**{f"{field}__lt": now})
    rows = queryset.model._base_manager.using(queryset.db)
    candidates = queryset.filter(free).order_by("pk")
    lease = {field: now + LEASE}
    if connections[queryset.db].features.has_select_for_update_skip_locked:
        with transaction.atomic(using=queryset.db):
            pk = candidates.select_for_update(skip_locked=True, of=("self",)).values_list("pk", flat=True).first()
            if pk is not None:
                rows.filter(pk=pk).update(**lease)
            return pk
    for pk in candidates.values_list("pk", flat=True)[:20]:
        if rows.filter(free, pk=pk).update(**lease):
            return pk
    return None


def release(row: models.Model, *, done: bool, error: str = "", now: datetime.datetime | None = None) -> None:
    """After a claimed row's attempt: count it, note the error, and schedule the next try unless it is done."""
    now = now or timezone.now()
    # The model names its own counter and error columns (class attributes OUTBOX_ATTEMPTS, OUTBOX_ERROR).
    attempts = getattr(row, row.OUTBOX_ATTEMPTS) + 1
    setattr(row, row.OUTBOX_ATTEMPTS, attempts)
    setattr(row, row.OUTBOX_ERROR, error[:100])
    row.next_attempt_at = None if done else now + backoff(attempts)
    row.claimed_until = None
    row.save(update_fields=[row.OUTBOX_ATTEMPTS, row.OUTBOX_ERROR, "next_attempt_at", "claimed_until"])


def due(queryset: models.QuerySet, now: datetime.datetime | None = None) -> models.QuerySet:
    now = now or timezone.now()
    return queryset.filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))


def send_each(queryset: models.QuerySet, send: Callable[[models.Model], tuple[bool, str]]) -> tuple[int, int]:
    """Claim and send the due rows of `queryset` one by one; (rows worked on, rows done)."""
    worked = done = 0
    seen: set[int] = set()
    while (pk := claim_next(due(queryset).exclude(pk__in=seen))) is not None:
        seen.add(pk)
        row = queryset.model._base_manager.using(queryset.db).get(pk=pk)
        try:
            ok, error = send(row)
        except Exception as failure:  # a bug in one row's mail must not stop the others
            logger.exception("outbox: %s #%s could not be sent", row._meta.label, pk)
            ok, error = False, type(failure).__name__
        release(row, done=ok, error=error)
        worked += 1
        done += ok
    return worked, done
