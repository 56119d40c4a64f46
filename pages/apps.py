from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core import outbox, retention


class PagesConfig(AppConfig):
    """Site-wide pages. They show what offices contribute; their own model, accessibility feedback, is private
    and so is not watched by the page cache."""

    name = "pages"
    verbose_name = _("Site pages")

    def ready(self):
        from . import models
        from .services import send_pending_feedback

        outbox.register("accessibility feedback", send_pending_feedback)
        retention.register("accessibility feedback", models.AccessibilityFeedback.objects.due_for_purge)
