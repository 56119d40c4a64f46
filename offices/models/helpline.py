"""Urgent help on sensitive pages: which national helplines an office names, and local ones staff add."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .content import OrderedByPosition
from .office import Office


class LocalHelpline(OrderedByPosition):
    """A local service staff name in the urgent-help box, e.g. the district's women's shelter."""

    office = models.ForeignKey(Office, models.CASCADE, related_name="local_helplines", verbose_name=_("office"))
    name = models.CharField(_("name"), max_length=200)
    phone = models.CharField(_("phone"), max_length=40)
    note = models.CharField(_("note"), max_length=200, blank=True, help_text=_('e.g. "day and night"'))

    class Meta(OrderedByPosition.Meta):
        verbose_name = _("local helpline")
        verbose_name_plural = _("local helplines")

    def __str__(self) -> str:
        return self.name
