import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Min, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.page_cache import PublicContentQuerySet

from .city import City
from .office import Office


class ClosureNoticeQuerySet(PublicContentQuerySet):
    def published(self):
        return self.filter(status=ClosureNotice.Status.PUBLISHED)

    def visible(self, now: datetime.datetime | None = None):
        """Notices residents see now: computed per request, so no job has to switch them."""
        now = now or timezone.now()
        today = timezone.localdate(now)
        notices = self.published().public()
        return notices.filter(
            Q(visible_from__isnull=True) | Q(visible_from__lte=now),
            Q(visible_until__gt=now) | Q(visible_until__isnull=True, ends_on__gte=today),
        )

    def archived(self, now: datetime.datetime | None = None):
        return self.published().public().filter(ends_on__lt=timezone.localdate(now or timezone.now()))

    def released(self, now: datetime.datetime | None = None):
        """Visible now or already past: what calendars and feeds list. Scheduled ones wait for their time."""
        now = now or timezone.now()
        return self.visible(now) | self.archived(now)

    def public(self):
        """Notices of published cities and offices; a banner must not name an office residents cannot open."""
        return self.filter(Q(office__isnull=True) | Q(office__is_published=True), city__is_published=True)

    def with_office(self):
        return self.select_related("office", "office__city", "city")

    def for_office(self, office: Office):
        """Notices of this office and those for all offices of its city."""
        return self.filter(Q(office=office) | Q(office__isnull=True, city_id=office.city_id))

    def next_changes(self, now: datetime.datetime) -> list[datetime.datetime]:
        """The next "show from" and "show until" minutes after `now`: pages change then by themselves."""
        windows = self.published().aggregate(
            shows=Min("visible_from", filter=Q(visible_from__gt=now)),
            hides=Min("visible_until", filter=Q(visible_until__gt=now)),
        )
        return [moment for moment in windows.values() if moment is not None]


class ClosureNotice(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    city = models.ForeignKey(City, models.CASCADE, related_name="closure_notices", verbose_name=_("city"))
    office = models.ForeignKey(
        Office,
        models.CASCADE,
        null=True,
        blank=True,
        related_name="closure_notices",
        verbose_name=_("office"),
        help_text=_("Leave empty for a closure of all offices of the city."),
    )
    title = models.CharField(_("title"), max_length=200, help_text=_('e.g. "Closed on 13 November 2024"'))
    message = models.TextField(_("message"))
    reason = models.CharField(_("reason"), max_length=200, blank=True)
    starts_on = models.DateField(_("closed from"))
    ends_on = models.DateField(_("closed until"), help_text=_("The same day as “closed from” for a single day."))
    starts_at = models.TimeField(_("from time of day"), null=True, blank=True)
    ends_at = models.TimeField(_("until time of day"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PUBLISHED)
    visible_from = models.DateTimeField(
        _("show from"), null=True, blank=True, default=timezone.now, help_text=_("Empty: from now.")
    )
    visible_until = models.DateTimeField(
        _("show until"), null=True, blank=True, help_text=_("Empty: until the end of the closure.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ClosureNoticeQuerySet.as_manager()

    class Meta:
        verbose_name = _("closure notice")
        verbose_name_plural = _("closure notices")
        ordering = ["starts_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")),
                name="closure_ends_not_before_start",
                violation_error_message=_("The closure cannot end before it starts."),
            ),
            models.CheckConstraint(
                condition=Q(starts_at__isnull=True)
                | Q(ends_at__isnull=True)
                | ~Q(starts_on=models.F("ends_on"))
                | Q(ends_at__gt=models.F("starts_at")),
                name="closure_same_day_times_ordered",
                violation_error_message=_("On a single day the closure must end after it starts."),
            ),
            models.CheckConstraint(
                condition=Q(visible_from__isnull=True)
                | Q(visible_until__isnull=True)
                | Q(visible_until__gt=models.F("visible_from")),
                name="closure_visibility_window_ordered",
                violation_error_message=_("“Show until” must be after “show from”."),
            ),
            models.CheckConstraint(condition=Q(status__in=["draft", "published"]), name="closure_status_valid"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        if self.office_id and not self.city_id:
            self.city_id = self.office.city_id
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        if self.office_id:
            return self.office.get_absolute_url()
        return reverse("offices:city", args=[self.city.slug])

    def clean(self) -> None:
        # The database enforces these too; checking here puts the message on the field.
        errors = {}
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("The closure cannot end before it starts.")
        elif self.starts_on and self.starts_on == self.ends_on and self.starts_at and self.ends_at:
            if self.ends_at <= self.starts_at:
                errors["ends_at"] = _("On a single day the closure must end after it starts.")
        if self.visible_from and self.visible_until and self.visible_until <= self.visible_from:
            errors["visible_until"] = _("“Show until” must be after “show from”.")
        if errors:
            raise ValidationError(errors)
        if self.office_id and self.city_id and self.office.city_id != self.city_id:
            raise ValidationError({"office": _("The office must belong to the chosen city.")})

    @property
    def is_single_day(self) -> bool:
        return self.starts_on == self.ends_on

    def is_visible_at(self, now: datetime.datetime) -> bool:
        """The same rule as ClosureNoticeQuerySet.visible(), for a notice already loaded."""
        if self.status != self.Status.PUBLISHED or (self.visible_from and self.visible_from > now):
            return False
        if self.visible_until:
            return self.visible_until > now
        return self.ends_on >= timezone.localdate(now)

    def covers(self, day: datetime.date) -> bool:
        return self.starts_on <= day <= self.ends_on
