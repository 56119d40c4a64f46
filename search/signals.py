"""Keeping the search index current: every save or delete of indexed content re-indexes its office.

Signals, not database triggers or generated columns: an office's entry is
made of rows from ten tables (tasks, target groups, referrals, offers, …) and
of texts in seven languages, and the SQLite index holds stems computed in
Python, which no trigger can compute. A generated tsvector column would need
the text kept in the entry row, which made the rows wide and reading the
thousands a common word matches among 11,000 cities ten times slower.

The work runs after the transaction commits (admin saves of an office with
twenty inline rows re-index it once), and inside `batch()` once at its end.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from consultations.models import CounsellingOffer
from offices import models as offices

from . import index

_pending = threading.local()


def _ids() -> set[int]:
    if not hasattr(_pending, "offices"):
        _pending.offices = set()
        _pending.batches = 0
    return _pending.offices


def office_ids(instance) -> set[int]:
    """The offices whose entries contain this row's text."""
    match instance:
        case offices.City():
            return set(instance.offices.values_list("pk", flat=True))
        case offices.Office():
            return {instance.pk}
        case offices.Task():
            return set(offices.TaskGroup.objects.filter(pk=instance.group_id).values_list("office_id", flat=True))
        case _:
            return {instance.office_id}


def changed(sender, instance, **kwargs) -> None:
    if kwargs.get("raw") or kwargs.get("action", "post_").startswith("pre_"):
        return
    ids = _ids()
    ids.update(office_ids(instance))
    if not _pending.batches:
        transaction.on_commit(flush, using=kwargs.get("using"))


def flush() -> None:
    ids = _ids()
    if ids:
        pending = set(ids)
        ids.clear()
        index.reindex_offices(pending)


@contextmanager
def batch():
    """Re-index once at the end instead of after each save (the sample loader saves hundreds of rows)."""
    _ids()
    _pending.batches += 1
    try:
        yield
    finally:
        _pending.batches -= 1
    if not _pending.batches:
        flush()


INDEXED = [
    offices.City,
    offices.Office,
    offices.TaskGroup,
    offices.Task,
    offices.TargetGroup,
    offices.Membership,
    offices.CooperationProject,
    offices.Referral,
    offices.Activity,
    offices.PrizeCall,
    CounsellingOffer,
]


def connect() -> None:
    for model in INDEXED:
        post_save.connect(changed, sender=model, dispatch_uid=f"search-index-save-{model._meta.label}")
        post_delete.connect(changed, sender=model, dispatch_uid=f"search-index-delete-{model._meta.label}")
    m2m_changed.connect(changed, sender=CounsellingOffer.referrals.through, dispatch_uid="search-index-referrals")
