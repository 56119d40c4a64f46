"""Which cities and offices a staff member works on.

Groups say what kind of content someone may edit (see the roles migration);
these assignments say whose. Portal administrators need none.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from offices.models import City, Office


class CityAssignment(models.Model):
    """The user looks after the city as a whole: all its offices, and notices for all of them."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.CASCADE, related_name="city_assignments", verbose_name=_("user")
    )
    city = models.ForeignKey(City, models.CASCADE, related_name="staff_assignments", verbose_name=_("city"))

    class Meta:
        verbose_name = _("city assignment")
        verbose_name_plural = _("city assignments")
        ordering = ["city__short_name", "user__username"]
        constraints = [models.UniqueConstraint(fields=["user", "city"], name="city_assignment_unique")]

    def __str__(self) -> str:
        return f"{self.user} – {self.city}"


class OfficeAssignment(models.Model):
    """The user works on this one office only."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.CASCADE, related_name="office_assignments", verbose_name=_("user")
    )
    office = models.ForeignKey(Office, models.CASCADE, related_name="staff_assignments", verbose_name=_("office"))

    class Meta:
        verbose_name = _("office assignment")
        verbose_name_plural = _("office assignments")
        ordering = ["office__city__short_name", "office__name", "user__username"]
        constraints = [models.UniqueConstraint(fields=["user", "office"], name="office_assignment_unique")]

    def __str__(self) -> str:
        return f"{self.user} – {self.office}"
