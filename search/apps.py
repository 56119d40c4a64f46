from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self) -> None:
        from core import page_cache

        from . import models, signals

        signals.connect()
        # Search pages show life situations and results read from the index. The index is rewritten after
        # the content it comes from is committed, so its writes end cached search pages once more; the counts
        # of unmatched queries are private and must not empty the page cache on every query that finds nothing.
        # An entry belongs to its city's scope; life situations and terms are on the search pages only.
        page_cache.watch(models.SearchEntry, scope="city__slug")
        page_cache.watch(models.LifeSituation, models.SearchTerm, scope=page_cache.SITE)
