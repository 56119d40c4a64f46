"""What residents send and what staff do with it. Only staff of the office may read any of this."""

import datetime
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from offices.models import Office

from .offer import CounsellingOffer, Mode

# No 0/O or 1/I/L, so a code read out on the phone is not misheard.
REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_reference() -> str:
    """A random code like "K7QM-3XPA": it identifies a request without revealing how many there are."""
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"{code[:4]}-{code[4:]}"


class AppointmentRequestQuerySet(models.QuerySet):
    def open(self):
        return self.exclude(status__in=AppointmentRequest.CLOSED)

    def closed(self):
        return self.filter(status__in=AppointmentRequest.CLOSED)

    def notification_pending(self):
        """Open requests with an e-mail not yet sent, to the office or to the resident."""
        return self.open().filter(
            Q(office_notified_at__isnull=True) | (Q(resident_notified_at__isnull=True) & ~Q(email=""))
        )

    def received_today(self, office, now: datetime.datetime | None = None):
        """The office's requests since midnight in Berlin: the daily cap against floods counts them."""
        local = timezone.localtime(now or timezone.now())
        midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
        return self.filter(office=office, created_at__gte=midnight)

    def due_for_purge(self, now: datetime.datetime | None = None, days: int | None = None):
        """Closed requests whose retention period has run out."""
        days = settings.CONSULTATION_REQUEST_RETENTION_DAYS if days is None else days
        cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
        return self.closed().filter(closed_at__lte=cutoff)

    def abandoned(self, now: datetime.datetime | None = None, days: int | None = None):
        """Open requests nobody has touched for CONSULTATION_OPEN_REQUEST_RETENTION_DAYS: kept no longer."""
        days = settings.CONSULTATION_OPEN_REQUEST_RETENTION_DAYS if days is None else days
        cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
        untouched = Q(status_changed_at__isnull=True) | Q(status_changed_at__lte=cutoff)
        return self.open().filter(untouched, created_at__lte=cutoff)

    def with_list_details(self):
        return self.select_related("office", "office__city", "offer", "assigned_to")


class AppointmentRequest(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        IN_PROGRESS = "in_progress", _("In progress")
        CONFIRMED = "confirmed", _("Appointment confirmed")
        DONE = "done", _("Done")
        DECLINED = "declined", _("Declined")

    CLOSED = (Status.DONE, Status.DECLINED)

    reference = models.CharField(_("reference"), max_length=9, unique=True, editable=False, default=new_reference)
    office = models.ForeignKey(Office, models.PROTECT, related_name="appointment_requests", verbose_name=_("office"))
    offer = models.ForeignKey(
        CounsellingOffer, models.PROTECT, related_name="appointment_requests", verbose_name=_("counselling offer")
    )
    name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("e-mail"), max_length=254, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    preferred_language = models.CharField(_("preferred language"), max_length=10)
    needs_mediator = models.BooleanField(_("language and culture mediator wanted"), default=False)
    mode = models.CharField(_("preferred way"), max_length=10, choices=Mode.choices, blank=True)
    message = models.TextField(_("message"), max_length=1000)
    language = models.CharField(
        _("language of the form"), max_length=10, help_text=_("The confirmation is written in it.")
    )
    consent_given_at = models.DateTimeField(_("consent to the privacy notice given"))
    created_at = models.DateTimeField(_("received"), default=timezone.now, editable=False)

    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.NEW)
    status_changed_at = models.DateTimeField(_("status changed"), null=True, blank=True, editable=False)
    status_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
        verbose_name=_("status changed by"),
    )
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True, editable=False)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_appointment_requests",
        verbose_name=_("assigned to"),
    )

    office_notified_at = models.DateTimeField(_("office notified"), null=True, blank=True, editable=False)
    resident_notified_at = models.DateTimeField(_("confirmation sent"), null=True, blank=True, editable=False)
    notification_attempts = models.PositiveSmallIntegerField(_("sending attempts"), default=0, editable=False)
    # Only the kind of failure (e.g. "ConnectionRefusedError"): a mail server's
    # message can quote the recipient's address.
    notification_error = models.CharField(_("last sending error"), max_length=100, blank=True, editable=False)
    # The outbox (core.outbox): when the mails are tried next (empty: at the next run), and which run holds them.
    next_attempt_at = models.DateTimeField(_("next sending attempt"), null=True, blank=True, editable=False)
    claimed_until = models.DateTimeField(null=True, blank=True, editable=False)
    OUTBOX_ATTEMPTS = "notification_attempts"
    OUTBOX_ERROR = "notification_error"

    objects = AppointmentRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("appointment request")
        verbose_name_plural = _("appointment requests")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(email="") | ~Q(phone=""),
                name="request_reachable",
                violation_error_message=_("Give an e-mail address or a phone number."),
            ),
            models.CheckConstraint(
                condition=Q(status__in=["new", "in_progress", "confirmed", "done", "declined"]),
                name="request_status_valid",
            ),
            # Purging relies on it: a closed request always knows since when.
            models.CheckConstraint(
                condition=Q(status__in=["done", "declined"], closed_at__isnull=False)
                | Q(status__in=["new", "in_progress", "confirmed"], closed_at__isnull=True),
                name="request_closed_at_matches_status",
            ),
            models.CheckConstraint(condition=Q(mode__in=["", *Mode.values]), name="request_mode_valid"),
        ]

    def __str__(self) -> str:
        # The reference only: admin history and messages must not repeat personal data.
        return self.reference

    @property
    def is_closed(self) -> bool:
        return self.status in self.CLOSED

    @property
    def notification_pending(self) -> bool:
        return self.office_notified_at is None or bool(self.email and self.resident_notified_at is None)

    def change_status(self, status: str, *, by, now: datetime.datetime | None = None) -> "StatusChange | None":
        """Set the status and record who changed it and when; the caller saves."""
        if status == self.status:
            return None
        now = now or timezone.now()
        change = StatusChange(request=self, old_status=self.status, new_status=status, changed_by=by, changed_at=now)
        self.status = status
        self.status_changed_at = now
        self.status_changed_by = by
        if status in self.CLOSED:
            self.closed_at = self.closed_at or now
        else:
            self.closed_at = None
        return change


class PreferredWindow(models.Model):
    """A time the resident could come, inside the offer's consultation hours."""

    request = models.ForeignKey(
        AppointmentRequest, models.CASCADE, related_name="windows", verbose_name=_("appointment request")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    starts_at = models.DateTimeField(_("from"))
    ends_at = models.DateTimeField(_("until"))

    class Meta:
        verbose_name = _("preferred time")
        verbose_name_plural = _("preferred times")
        ordering = ["position", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=models.F("starts_at")), name="window_ends_after_start"),
        ]

    def __str__(self) -> str:
        starts = timezone.localtime(self.starts_at)
        return f"{starts:%d.%m.%Y %H:%M}–{timezone.localtime(self.ends_at):%H:%M}"


class StatusChange(models.Model):
    request = models.ForeignKey(
        AppointmentRequest, models.CASCADE, related_name="status_changes", verbose_name=_("appointment request")
    )
    old_status = models.CharField(_("from"), max_length=12, choices=AppointmentRequest.Status.choices)
    new_status = models.CharField(_("to"), max_length=12, choices=AppointmentRequest.Status.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, related_name="+", verbose_name=_("changed by")
    )
    changed_at = models.DateTimeField(_("changed"), default=timezone.now)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["changed_at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_old_status_display()} → {self.get_new_status_display()}"


class RequestNote(models.Model):
    """An internal note of staff; residents never see it."""

    request = models.ForeignKey(
        AppointmentRequest, models.CASCADE, related_name="notes", verbose_name=_("appointment request")
    )
    text = models.TextField(_("note"), max_length=2000)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, related_name="+", editable=False, verbose_name=_("author")
    )
    created_at = models.DateTimeField(_("written"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("internal note")
        verbose_name_plural = _("internal notes")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return _("Note of %(date)s") % {"date": f"{timezone.localtime(self.created_at):%d.%m.%Y %H:%M}"}
