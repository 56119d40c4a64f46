from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core import page_cache


class ConsultationsConfig(AppConfig):
    name = "consultations"
    verbose_name = _("Consultations")

    def ready(self):
        from . import models

        # Offers and their hours are on the office page. Appointment requests, their preferred
        # windows, status changes and notes are private: storing one leaves every cached page valid.
        page_cache.watch(models.CounsellingOffer, models.ConsultationHour, scope="office__city__slug")
        page_cache.register_expiry(
            lambda now, scope: page_cache.within(models.ConsultationHour, scope).ends_later_today(now)
        )

        # The office page shows the advice section; offices knows it only through this registration.
        from offices import page_sections

        from .office_section import advice_section

        page_sections.register(advice_section)
