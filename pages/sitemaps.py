"""/sitemap.xml: every public page, in every language, with hreflang alternates.

The protocol allows 50,000 addresses and 50 MB per file. With seven
languages and their alternates an address takes about 1 kB, so a part holds
5,000 addresses; a site with more (thousands of cities) gets an index at
/sitemap.xml that lists numbered parts per section.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils import timezone

from offices.models import City, ClosureNotice, Office, PrizeCall


class I18nSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    limit = 5000

    def size(self) -> int:
        """Its number of addresses, counted without loading its objects."""
        items = self.items()
        count = items.count() if isinstance(items, QuerySet) else len(items)
        return count * len(self.languages or settings.LANGUAGES)


class StaticPagesSitemap(I18nSitemap):
    priority = 0.5

    def items(self):
        return ["home", "accessibility", "imprint", "privacy", "easy_language", "sign_language", "staying_safe"]

    def location(self, item):
        return reverse(item)


class CitySitemap(I18nSitemap):
    def items(self):
        return City.objects.published().order_by("pk")


class OfficeSitemap(I18nSitemap):
    def items(self):
        return Office.objects.published().select_related("city").order_by("pk")


class OfficeArchiveSitemap(I18nSitemap):
    priority = 0.3

    def items(self):
        # Only offices that have something archived; an empty archive page is not worth crawling.
        past_notices = ClosureNotice.objects.past(timezone.localdate()).values("office")
        past_prize_calls = PrizeCall.objects.closed().values("office")
        return (
            Office.objects.published()
            .filter(Q(pk__in=past_notices) | Q(pk__in=past_prize_calls))
            .select_related("city")
            .order_by("pk")
        )

    def location(self, office):
        return office.get_archive_url()


class PrizeCallSitemap(I18nSitemap):
    def items(self):
        return (
            PrizeCall.objects.published()
            .filter(office__in=Office.objects.published())
            .select_related("office__city")
            .order_by("pk")
        )


SITEMAPS = {
    "pages": StaticPagesSitemap,
    "cities": CitySitemap,
    "offices": OfficeSitemap,
    "archives": OfficeArchiveSitemap,
    "prize-calls": PrizeCallSitemap,
}


def fits_one_file() -> bool:
    return sum(section().size() for section in SITEMAPS.values()) <= I18nSitemap.limit
