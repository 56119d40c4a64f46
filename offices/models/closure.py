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


def midnight(day: datetime.date) -> datetime.datetime:
    """The start of a calendar day in the portal's zone (Europe/Berlin); clocks never change at midnight there."""
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=timezone.get_default_timezone())


def shown(moment: datetime.datetime, today: datetime.date | None = None) -> Q:
    """The one rule for "residents see this notice at `moment`", given that it is published.

    Computed per request, so no job has to switch notices on or off. Without a "show until" a
    notice is shown to the end of its last day, Berlin time. `today` is `moment`'s day there, if the
    caller has it (a query compiled once takes it as a value of its own: core.prepared).
    """
    today = today or timezone.localdate(moment)
    started = Q(visible_from__isnull=True) | Q(visible_from__lte=moment)
    not_ended = Q(visible_until__gt=moment) | Q(visible_until__isnull=True, ends_on__gte=today)
    return started & not_ended


def past(day: datetime.date) -> Q:
    """The closure is over before `day`: the archive lists it, shown or not."""
    return Q(ends_on__lt=day)


def listed(moment: datetime.datetime, today: datetime.date | None = None) -> Q:
    """Shown now or already past: what calendars, feeds and search engines list. Scheduled ones wait for their time."""
    today = today or timezone.localdate(moment)
    return shown(moment, today) | past(today)


class ClosureNoticeQuerySet(PublicContentQuerySet):
    def published(self):
        """Published notices of published cities and offices; a banner must not name an office residents cannot open."""
        return self.filter(
            Q(office__isnull=True) | Q(office__is_published=True),
            status=ClosureNotice.Status.PUBLISHED,
            city__is_published=True,
        )

    def shown_at(self, moment: datetime.datetime, today: datetime.date | None = None):
        """What residents see at `moment` (its day `today`): the banners on the home, city and office pages."""
        return self.published().filter(shown(moment, today))

    def past(self, day: datetime.date):
        """Closures over before `day`: the archive."""
        return self.published().filter(past(day))

    def listed_at(self, moment: datetime.datetime):
        """Shown at `moment` or already past: the .ics calendar, the Atom feed and the JSON-LD."""
        return self.published().filter(listed(moment))

    def with_standing(self, moment: datetime.datetime, today: datetime.date | None = None):
        """Each notice knows where it stands at `moment` (is_shown, is_past, is_listed), by the rules above.

        For pages that load a office's notices once and hand them to several parts.
        """
        today = today or timezone.localdate(moment)
        return self.annotate(
            is_shown=shown(moment, today),
            is_past=past(today),
            is_listed=listed(moment, today),
        )

    def next_change(self, now: datetime.datetime) -> datetime.datetime:
        """The first moment after `now` at which shown_at() may answer differently without anyone saving.

        A "show from" or "show until" minute, or the next midnight (when a notice without
        "show until" goes at the end of its last day).
        """
        local = timezone.localtime(now)
        moments = self.published().aggregate(
            shows=Min("visible_from", filter=Q(visible_from__gt=now)),
            hides=Min("visible_until", filter=Q(visible_until__gt=now)),
        )
        next_midnight = midnight(local.date() + datetime.timedelta(days=1))
        return min(moment for moment in [next_midnight, *moments.values()] if moment is not None)

    def with_office(self):
        return self.select_related("office", "office__city", "city")

    def for_office(self, office: Office):
        """Notices of this office and those for all offices of its city."""
        return self.for_office_id(office.pk, office.city_id)

    def for_office_id(self, office_id: int, city_id: int):
        return self.filter(Q(office_id=office_id) | Q(office__isnull=True, city_id=city_id))


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
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
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

    # Closure timing: every part of the portal (the page, the consultation schedule, the .ics,
    # the Atom feed and the JSON-LD) asks these, so a closure begins and ends in one place.

    @property
    def is_all_day(self) -> bool:
        """Closed from the first day's midnight to the last day's end: no time of day given."""
        return self.starts_at is None and self.ends_at is None

    @property
    def span(self) -> tuple[datetime.datetime, datetime.datetime]:
        """Start and exclusive end in the portal's zone (Europe/Berlin).

        A time of day says where the closure begins on its first day and ends on its last;
        without one it runs from midnight to midnight. Both ends are built from a day and a
        wall-clock time, never by adding hours, so they stay right across a daylight-saving change.
        """
        start = datetime.datetime.combine(
            self.starts_on, self.starts_at or datetime.time.min, tzinfo=timezone.get_default_timezone()
        )
        if self.ends_at is None:
            return start, midnight(self.ends_on + datetime.timedelta(days=1))
        return start, datetime.datetime.combine(self.ends_on, self.ends_at, tzinfo=timezone.get_default_timezone())

    def covers(self, moment: datetime.datetime) -> bool:
        start, end = self.span
        return start <= moment < end

    def overlaps(self, start: datetime.datetime, end: datetime.datetime) -> bool:
        """Whether the office is closed at some moment in [start, end)."""
        closed_from, closed_until = self.span
        return closed_from < end and start < closed_until

    def closes_on(self, day: datetime.date) -> bool:
        """Closed for at least part of `day`: the page says "Closed today"."""
        return self.overlaps(midnight(day), midnight(day + datetime.timedelta(days=1)))

    def closes_all_day(self, day: datetime.date) -> bool:
        start, end = self.span
        return start <= midnight(day) and midnight(day + datetime.timedelta(days=1)) <= end

    @property
    def whole_days(self) -> tuple[datetime.date, datetime.date] | None:
        """The first and last day closed from midnight to midnight; None if no day is closed completely."""
        start, end = self.span
        first = start.date() if start == midnight(start.date()) else start.date() + datetime.timedelta(days=1)
        last = end.date() - datetime.timedelta(days=1)  # the end is exclusive: midnight or during its day
        return (first, last) if first <= last else None
