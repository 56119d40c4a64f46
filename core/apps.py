from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every app builds on and that knows no domain: the page cache, middleware, error pages, template tags.

    The page cache learns from each app's ready() which models and moments change public pages.
    """

    name = "core"
    verbose_name = _("Portal")

    def ready(self):
        from . import ledger, page_cache
        from .models import TranslationState

        ledger.connect()
        page_cache.watch(TranslationState)
