"""The office page's advice section, added to the page through offices.page_sections (see apps.py)."""

import datetime
from collections.abc import Sequence

from django.db import connection
from django.db.models import TextField, prefetch_related_objects
from django.db.models.expressions import RawSQL
from django.urls import reverse

from core.prepared import rows as compiled_rows
from core.translated import without_unread_languages
from offices.models import ClosureNotice, Office
from offices.page_content import known_empty, known_rows
from offices.sensitive import urgent_help

from .models import CounsellingOffer
from .schedule import SCHEDULE_DAYS, OfficeSchedule

TEMPLATE = "consultations/includes/office_consultations.html"
# The offers as cards: what depends on their content only, kept with the office page's content.
KEPT_TEMPLATE = "consultations/includes/offer_cards.html"


def _referral_ids() -> RawSQL:
    """The ids of the offer's referrals, comma-separated (NULL when it has none), in the offer's own query."""
    quote = connection.ops.quote_name
    through = CounsellingOffer.referrals.through
    table, column = quote(through._meta.db_table), quote(through._meta.get_field("counsellingoffer").column)
    referral = f"r.{quote(through._meta.get_field('referral').column)}"
    joined = (
        f"group_concat({referral}, ',')"
        if connection.vendor == "sqlite"
        else f"string_agg(CAST({referral} AS text), ',')"
    )
    offer = f"{quote(CounsellingOffer._meta.db_table)}.{quote('id')}"
    return RawSQL(f"(SELECT {joined} FROM {table} r WHERE r.{column} = {offer})", (), output_field=TextField())


def _attach_referrals(office: Office, offers: list[CounsellingOffer]) -> None:
    """Each offer's referrals, taken from the office's own list where they are among them (the page has it).

    An offer refers to authorities its office lists as well: the office page has loaded them already, so
    asking for them again (a query of its own, the page's twelfth) is spared. Any other referral is asked for.
    """
    wanted = {offer: {int(pk) for pk in (offer.referral_ids or "").split(",") if pk} for offer in offers}
    if not any(wanted.values()):
        for offer in offers:
            known_empty(offer, "referrals")
        return
    # Ordered as the offer's referrals are (Referral's ordering): a subset of the office's ordered list.
    listed = list(office.referrals.all())
    known = {referral.pk for referral in listed}
    elsewhere = [offer for offer, ids in wanted.items() if not ids <= known]
    for offer, ids in wanted.items():
        if offer not in elsewhere:
            known_rows(offer, "referrals", [referral for referral in listed if referral.pk in ids])
    if elsewhere:
        prefetch_related_objects(elsewhere, "referrals")


def _offers_query(office_id: int):
    offers = CounsellingOffer.objects.published().filter(office=office_id).order_by("position", "pk")
    return without_unread_languages(offers).annotate(referral_ids=_referral_ids())


def advice_section(office: Office, notices: Sequence[ClosureNotice], now: datetime.datetime) -> dict | None:
    """The office's offers and its next four weeks of consultation times, in a fixed number of queries.

    The closures come with the page (`notices`), so the schedule asks the database only for the hours.
    """
    offers = compiled_rows(_offers_query, office.pk)
    _attach_referrals(office, offers)
    if not offers:
        return None
    return {
        "template": TEMPLATE,
        "kept_template": KEPT_TEMPLATE,
        "offers": offers,
        "occurrences": OfficeSchedule(office, notices, now=now, offers=offers).upcoming(),
        "schedule_weeks": SCHEDULE_DAYS // 7,
        "request_url": reverse("consultations:request", args=[office.city.slug, office.slug]),
        # The office page becomes a sensitive page when one of its offers is (offices.sensitive).
        "urgent_help": urgent_help(office, offers) if any(offer.is_sensitive for offer in offers) else None,
    }
