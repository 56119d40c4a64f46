"""The office page's advice section: `{% load consultations %}{% office_consultations office %}`."""

from django import template
from django.conf import settings
from django.urls import reverse

from ..models import CounsellingOffer
from ..schedule import SCHEDULE_DAYS, OfficeSchedule

register = template.Library()


@register.inclusion_tag("consultations/includes/office_consultations.html")
def office_consultations(office) -> dict:
    """The office's offers and its next four weeks of consultation times, in five queries however many there are."""
    offers = list(CounsellingOffer.objects.published().filter(office=office).order_by("position", "pk").for_display())
    if not offers:
        return {"offers": []}
    return {
        "office": office,
        "offers": offers,
        "occurrences": OfficeSchedule(office).upcoming(),
        "schedule_weeks": SCHEDULE_DAYS // 7,
        "request_url": reverse("consultations:request", args=[office.city.slug, office.slug]),
    }


@register.simple_tag
def consultation_retention_days() -> int:
    return settings.CONSULTATION_REQUEST_RETENTION_DAYS
