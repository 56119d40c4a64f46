from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SampleContentConfig(AppConfig):
    """Development and benchmark data: imports every app, is imported by none."""

    name = "sample_content"
    verbose_name = _("Sample content")
