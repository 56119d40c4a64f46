"""The public forms, in one place: each is checked by axe in its error state in German, English and Arabic.

A new form residents fill in gets an entry here. `path(language)` runs inside
the test, with the sample content loaded, and may skip with a reason when the
app behind the form is not there.
"""

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import translation


@dataclass(frozen=True)
class PublicForm:
    name: str
    path: Callable[[str], str]
    # The form's own submit button, not the city search in a page's header or body.
    submit: str = "main form[method=post] button[type=submit]"

    def __str__(self) -> str:
        return self.name


def accessibility_feedback(language: str) -> str:
    with translation.override(language):
        return reverse("accessibility")


def appointment_office():
    """The office with the most counselling offers that take requests, so the walk has a real choice."""
    if not apps.is_installed("consultations"):
        pytest.skip("the consultations app (appointment requests) is not installed")
    from django.db.models import Count, Q

    from offices.models import Office

    office = (
        Office.objects.published()
        .annotate(
            requestable=Count(
                "counselling_offers",
                filter=Q(counselling_offers__is_published=True) & ~Q(counselling_offers__access="open"),
            )
        )
        .filter(requestable__gt=0)
        .select_related("city")
        .order_by("-requestable", "pk")
        .first()
    )
    if office is None:
        pytest.skip("no office in the sample content takes appointment requests")
    return office


def appointment_request(language: str) -> str:
    office = appointment_office()
    with translation.override(language):
        return reverse("consultations:request", args=[office.city.slug, office.slug])


def sensitive_appointment_request(language: str) -> str:
    """The request form for a sensitive offer: with the urgent-help box and the exit button."""
    if not apps.is_installed("consultations"):
        pytest.skip("the consultations app (appointment requests) is not installed")
    from consultations.models import CounsellingOffer

    offer = CounsellingOffer.objects.published().filter(is_sensitive=True).select_related("office__city").first()
    if offer is None:
        pytest.skip("no sensitive offer in the sample content")
    with translation.override(language):
        return offer.get_request_url()


PUBLIC_FORMS = [
    PublicForm("accessibility feedback", accessibility_feedback),
    PublicForm("appointment request", appointment_request),
    PublicForm("sensitive appointment request", sensitive_appointment_request),
]
