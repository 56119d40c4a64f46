"""Retention: each app registers what personal data it keeps and when it goes; `manage.py purge_personal_data`
deletes what is due, idempotently, logging counts only.

A rule is `(label, due)` where `due(now)` returns the queryset of rows whose
period has run out. This module knows no app; each registers its rules in its
AppConfig.ready().
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from django.apps import apps
from django.db import models
from django.utils import timezone

Due = Callable[[datetime.datetime], models.QuerySet]
_rules: dict[str, Due] = {}


def register(label: str, due: Due) -> None:
    _rules[label] = due


def rules() -> dict[str, Due]:
    return dict(_rules)


def days_ago(now: datetime.datetime, days: int) -> datetime.datetime:
    return now - datetime.timedelta(days=days)


def expired_sessions(now: datetime.datetime) -> models.QuerySet:
    return apps.get_model("sessions", "Session").objects.filter(expire_date__lt=now)


def old_submission_records(now: datetime.datetime) -> models.QuerySet:
    # Longer than any rate-limit period: a day (the daily caps count the submissions themselves).
    return apps.get_model("core", "SubmissionRecord").objects.filter(at__lt=days_ago(now, 1))


def purge(*, dry_run: bool = False, now: datetime.datetime | None = None) -> dict[str, int]:
    """Delete (or with `dry_run` only count) what every rule says is due; {label: rows}."""
    now = now or timezone.now()
    counts = {}
    for label, due in _rules.items():
        rows = due(now)
        counts[label] = rows.count() if dry_run else rows.delete()[1].get(rows.model._meta.label, 0)
    return counts
