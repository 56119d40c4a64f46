"""Reports of barriers sent through the accessibility statement's feedback form.

Directive (EU) 2016/2102 (Art. 7) and BITV 2.0 ask for a way to tell the
operator about barriers. Each report is stored before it is mailed to staff,
so a mail server that is down loses nothing.
"""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AccessibilityFeedbackQuerySet(models.QuerySet):
    def open(self):
        return self.filter(is_done=False)

    def received_today(self, now=None):
        local = timezone.localtime(now or timezone.now())
        return self.filter(received_at__gte=local.replace(hour=0, minute=0, second=0, microsecond=0))

    def due_for_purge(self, now=None):
        """Reports received more than FEEDBACK_RETENTION_DAYS ago (mailed or not: the mail has had its chances)."""
        cutoff = (now or timezone.now()) - datetime.timedelta(days=settings.FEEDBACK_RETENTION_DAYS)
        return self.filter(received_at__lte=cutoff)

    def not_mailed(self):
        return self.filter(mailed_at__isnull=True)


class AccessibilityFeedback(models.Model):
    name = models.CharField(_("name"), max_length=100, blank=True)
    email = models.EmailField(_("e-mail address"), max_length=254, blank=True)
    page_url = models.CharField(
        _("page"), max_length=500, blank=True, help_text=_("The address or title of the page with the barrier.")
    )
    description = models.TextField(_("description of the barrier"), max_length=3000)
    language = models.CharField(_("language of the page"), max_length=10, blank=True)
    received_at = models.DateTimeField(_("received"), auto_now_add=True)
    mailed_at = models.DateTimeField(
        _("e-mailed to staff"), null=True, blank=True, help_text=_("Empty when the e-mail could not be sent.")
    )
    mail_attempts = models.PositiveSmallIntegerField(_("sending attempts"), default=0, editable=False)
    mail_error = models.CharField(_("last sending error"), max_length=100, blank=True, editable=False)
    # The outbox (core.outbox): when the mail is tried next (empty: at the next run), and which run holds it.
    next_attempt_at = models.DateTimeField(_("next sending attempt"), null=True, blank=True, editable=False)
    claimed_until = models.DateTimeField(null=True, blank=True, editable=False)
    is_done = models.BooleanField(_("dealt with"), default=False)
    staff_note = models.TextField(_("staff note"), blank=True, help_text=_("What was answered or changed."))

    objects = AccessibilityFeedbackQuerySet.as_manager()
    OUTBOX_ATTEMPTS = "mail_attempts"
    OUTBOX_ERROR = "mail_error"

    class Meta:
        verbose_name = _("accessibility feedback")
        verbose_name_plural = _("accessibility feedback")
        ordering = ["-received_at", "-pk"]

    def __str__(self) -> str:
        return f"#{self.pk} {self.description[:60]}"
