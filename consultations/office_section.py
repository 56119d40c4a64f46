"""The office page's advice section, added to the page through offices.page_sections (see apps.py)."""

import datetime
from collections.abc import Sequence

from django.urls import reverse

from core.translated import without_unread_languages
from offices.models import ClosureNotice, Office
from offices.sensitive import urgent_help

from .models import CounsellingOffer
from .schedule import SCHEDULE_DAYS, OfficeSchedule

TEMPLATE = "consultations/includes/office_consultations.html"


def advice_section(office: Office, notices: Sequence[ClosureNotice], now: datetime.datetime) -> dict | None:
    """The office's offers and its next four weeks of consultation times, in a fixed number of queries.

    The closures come with the page (`notices`), so the schedule asks the database only for the hours.
    """
    offers = CounsellingOffer.objects.published().filter(office=office).order_by("position", "pk").for_display()
    offers = list(without_unread_languages(offers))
    if not offers:
        return None
    return {
        "template": TEMPLATE,
        "offers": offers,
        "occurrences": OfficeSchedule(office, notices, now=now).upcoming(),
        "schedule_weeks": SCHEDULE_DAYS // 7,
        "request_url": reverse("consultations:request", args=[office.city.slug, office.slug]),
        # The office page becomes a sensitive page when one of its offers is (offices.sensitive).
        "urgent_help": urgent_help(office, offers) if any(offer.is_sensitive for offer in offers) else None,
    }
