from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every app builds on and that knows no domain: the page cache, middleware, error pages, template tags."""

    name = "core"
    verbose_name = _("Portal")

    def ready(self):
        from .page_cache import connect_signals

        connect_signals()
