from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from . import (
    checks,  # noqa: F401 - registers the deploy checks
    retention,
)


class CoreConfig(AppConfig):
    """What every app builds on and that knows no domain: the page cache, middleware, error pages, template tags.

    The page cache learns from each app's ready() which models and moments change public pages.
    """

    name = "core"
    verbose_name = _("Portal")

    def ready(self):
        retention.register("expired sessions", retention.expired_sessions)
        retention.register("rate-limit records", retention.old_submission_records)
        from . import ledger, page_cache
        from .models import TranslationState

        ledger.connect()
        # A ledger row says how fresh one object's texts are: a change of it is on that object's pages.
        page_cache.watch(TranslationState, scope=page_cache.OF_CONTENT_OBJECT)
