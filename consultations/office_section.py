"""The office page's advice section, added to the page through offices.page_sections (see apps.py)."""

import datetime
from collections.abc import Sequence

from django.db import connection
from django.db.models import BooleanField, prefetch_related_objects
from django.db.models.expressions import RawSQL
from django.urls import reverse

from core.translated import without_unread_languages
from offices.models import ClosureNotice, Office
from offices.page_content import known_empty
from offices.sensitive import urgent_help

from .models import CounsellingOffer
from .schedule import SCHEDULE_DAYS, OfficeSchedule

TEMPLATE = "consultations/includes/office_consultations.html"


def _has_referrals() -> RawSQL:
    quote = connection.ops.quote_name
    through = CounsellingOffer.referrals.through
    table, column = quote(through._meta.db_table), quote(through._meta.get_field("counsellingoffer").column)
    offer = f"{quote(CounsellingOffer._meta.db_table)}.{quote('id')}"
    return RawSQL(f"EXISTS (SELECT 1 FROM {table} r WHERE r.{column} = {offer})", (), output_field=BooleanField())


def advice_section(office: Office, notices: Sequence[ClosureNotice], now: datetime.datetime) -> dict | None:
    """The office's offers and its next four weeks of consultation times, in a fixed number of queries.

    The closures come with the page (`notices`), so the schedule asks the database only for the hours.
    """
    offers = CounsellingOffer.objects.published().filter(office=office).order_by("position", "pk")
    offers = list(without_unread_languages(offers).annotate(has_referrals=_has_referrals()))
    # Few offers refer to an authority: their referrals are asked for only when one does (see offices.page_content).
    if any(offer.has_referrals for offer in offers):
        prefetch_related_objects(offers, "referrals")
    else:
        for offer in offers:
            known_empty(offer, "referrals")
    if not offers:
        return None
    return {
        "template": TEMPLATE,
        "offers": offers,
        "occurrences": OfficeSchedule(office, notices, now=now, offers=offers).upcoming(),
        "schedule_weeks": SCHEDULE_DAYS // 7,
        "request_url": reverse("consultations:request", args=[office.city.slug, office.slug]),
        # The office page becomes a sensitive page when one of its offers is (offices.sensitive).
        "urgent_help": urgent_help(office, offers) if any(offer.is_sensitive for offer in offers) else None,
    }
