from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultationsConfig(AppConfig):
    name = "consultations"
    verbose_name = _("Consultations")

    def ready(self):
        # The office page shows the advice section; offices knows it only through this registration.
        from offices import page_sections

        from .office_section import advice_section

        page_sections.register(advice_section)
