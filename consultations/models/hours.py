import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.page_cache import PublicContentQuerySet
from offices.models import Office, OpeningHours

from .offer import CounsellingOffer


class ConsultationHourQuerySet(PublicContentQuerySet):
    def upcoming(self, today: datetime.date | None = None):
        """Hours that still apply today or later; expired ones stay in the admin as history."""
        today = today or timezone.localdate()
        return self.filter(Q(valid_until__isnull=True) | Q(valid_until__gte=today))

    def for_offer(self, offer: CounsellingOffer):
        """The offer's own hours and those of its office that hold for every offer."""
        return self.filter(Q(offer=offer) | Q(offer__isnull=True, office_id=offer.office_id))

    def ends_later_today(self, now: datetime.datetime) -> set[datetime.datetime]:
        """When today's hours end after `now`: an office page lists the coming times and drops each one then."""
        local = timezone.localtime(now)
        today = local.date()
        ends = self.upcoming(today).filter(weekday=today.isoweekday()).values_list("ends_at", flat=True)
        moments = {datetime.datetime.combine(today, end, local.tzinfo) for end in ends}
        return {moment for moment in moments if moment > now}


class ConsultationHour(models.Model):
    """A weekly recurring time, local to Europe/Berlin, for one offer or for all offers of an office.

    Two kinds, because the seeds mostly say "nach Vereinbarung" (by appointment):

    - an *open consultation hour*, when residents can come without an appointment;
    - a *request window*, the time of the week in which residents can ask for an
      appointment ("requests possible on weekdays 9:00–15:00"). It is not an
      opening time and the page never calls it one: it bounds the preferred
      times a resident may give, and the office confirms the actual appointment.

    Both are cancelled on public holidays of the office's federal state and on
    days covered by a published closure notice.
    """

    class Kind(models.TextChoices):
        OPEN = "open", _("Open consultation hour")
        REQUESTS = "requests", _("Appointments on request")

    Weekday = OpeningHours.Weekday

    office = models.ForeignKey(Office, models.CASCADE, related_name="consultation_hours", verbose_name=_("office"))
    offer = models.ForeignKey(
        CounsellingOffer,
        models.CASCADE,
        null=True,
        blank=True,
        related_name="hours",
        verbose_name=_("counselling offer"),
        help_text=_("Leave empty for times that hold for every offer of the office."),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.REQUESTS)
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    starts_at = models.TimeField(_("from"))
    ends_at = models.TimeField(_("until"))
    location = models.CharField(
        _("location"), max_length=200, blank=True, help_text=_('e.g. "Dr.-Külz-Ring 19, room 12" or "by phone"')
    )
    note = models.CharField(_("note"), max_length=200, blank=True)
    valid_from = models.DateField(_("valid from"), null=True, blank=True, help_text=_("Empty: already valid."))
    valid_until = models.DateField(_("valid until"), null=True, blank=True, help_text=_("Empty: until further notice."))

    objects = ConsultationHourQuerySet.as_manager()

    class Meta:
        verbose_name = _("consultation hour")
        verbose_name_plural = _("consultation hours")
        ordering = ["weekday", "starts_at", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(weekday__gte=1, weekday__lte=7), name="hour_weekday_valid"),
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")),
                name="hour_ends_after_start",
                violation_error_message=_("The consultation must end after it starts."),
            ),
            models.CheckConstraint(
                condition=Q(valid_from__isnull=True)
                | Q(valid_until__isnull=True)
                | Q(valid_until__gte=models.F("valid_from")),
                name="hour_validity_ordered",
                violation_error_message=_("“Valid until” cannot be before “valid from”."),
            ),
            models.CheckConstraint(condition=Q(kind__in=["open", "requests"]), name="hour_kind_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.starts_at:%H:%M}–{self.ends_at:%H:%M}"

    def save(self, *args, **kwargs):
        if self.offer_id and not self.office_id:
            self.office_id = self.offer.office_id
        super().save(*args, **kwargs)

    def clean(self) -> None:
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The consultation must end after it starts.")
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            errors["valid_until"] = _("“Valid until” cannot be before “valid from”.")
        if self.offer_id and self.office_id and self.offer.office_id != self.office_id:
            errors["offer"] = _("The offer must belong to the chosen office.")
        if errors:
            raise ValidationError(errors)

    def applies_on(self, day: datetime.date) -> bool:
        return (
            day.isoweekday() == self.weekday
            and (self.valid_from is None or self.valid_from <= day)
            and (self.valid_until is None or day <= self.valid_until)
        )

    def applies_to(self, offer: CounsellingOffer) -> bool:
        return self.offer_id is None or self.offer_id == offer.pk
