from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core import page_cache


class OfficesConfig(AppConfig):
    name = "offices"
    verbose_name = _("Commissioner offices")

    def ready(self):
        from . import models

        # Everything of this app is on public pages: cities, offices and all they list, each on its
        # city's pages (an office's parent and units are in its city) and the installation-wide ones.
        page_cache.watch(models.City, scope="slug")
        page_cache.watch(models.Office, models.ClosureNotice, scope="city__slug")
        page_cache.watch(
            models.LocalHelpline,
            models.TaskGroup,
            models.TargetGroup,
            models.ContactPerson,
            models.Address,
            models.OpeningHours,
            models.Membership,
            models.CooperationProject,
            models.Referral,
            models.RelatedLink,
            models.Activity,
            models.PrizeCall,
            scope="office__city__slug",
        )
        page_cache.watch(models.Task, scope="group__office__city__slug")
        page_cache.watch(models.ContactPhone, models.ContactHours, scope="contact__office__city__slug")
        page_cache.watch(models.PrizeCategory, scope="prize_call__office__city__slug")
        page_cache.register_expiry(lambda now, scope: [page_cache.within(models.ClosureNotice, scope).next_change(now)])
