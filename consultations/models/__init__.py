"""Counselling offers, their consultation hours and residents' appointment requests."""

from .hours import ConsultationHour
from .offer import CounsellingOffer, Mode
from .request import AppointmentRequest, PreferredWindow, RequestNote, StatusChange

__all__ = [
    "AppointmentRequest",
    "ConsultationHour",
    "CounsellingOffer",
    "Mode",
    "PreferredWindow",
    "RequestNote",
    "StatusChange",
]
