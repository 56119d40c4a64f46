from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core import page_cache


class OfficesConfig(AppConfig):
    name = "offices"
    verbose_name = _("Commissioner offices")

    def ready(self):
        from . import models

        # Everything of this app is on public pages: cities, offices and all they list.
        page_cache.watch(
            models.LocalHelpline,
            models.City,
            models.Office,
            models.TaskGroup,
            models.Task,
            models.TargetGroup,
            models.ContactPerson,
            models.Address,
            models.OpeningHours,
            models.Membership,
            models.CooperationProject,
            models.Referral,
            models.RelatedLink,
            models.Activity,
            models.ClosureNotice,
            models.PrizeCall,
        )
        page_cache.register_expiry(lambda now: [models.ClosureNotice.objects.next_change(now)])
