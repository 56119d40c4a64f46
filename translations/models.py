from django.db import models
from django.utils.translation import gettext_lazy as _

from core.models import TranslationState


class TranslationWork(TranslationState):
    """The admin's entry for translation work on content: XLIFF files and machine translation."""

    class Meta:
        proxy = True
        verbose_name = _("content translation")
        verbose_name_plural = _("content translations")


class MachineTranslationUsage(models.Model):
    """Words a city's texts sent to the machine translation engine in a month, against its budget."""

    city = models.ForeignKey("offices.City", models.CASCADE, related_name="+", verbose_name=_("city"))
    month = models.DateField(_("month"))  # its first day
    words = models.PositiveIntegerField(_("words"), default=0)

    class Meta:
        verbose_name = _("machine translation usage")
        verbose_name_plural = _("machine translation usage")
        constraints = [models.UniqueConstraint(fields=["city", "month"], name="one_usage_per_city_and_month")]

    def __str__(self) -> str:
        return f"{self.city_id} {self.month:%Y-%m}: {self.words}"
