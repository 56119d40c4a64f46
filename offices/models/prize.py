import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.page_cache import PublicContentQuerySet

from .office import Office


class PrizeCallQuerySet(PublicContentQuerySet):
    def published(self):
        return self.filter(is_published=True)

    def open(self, today: datetime.date | None = None):
        # Deadlines are days in Berlin: a call is open through its deadline day.
        return self.published().filter(deadline__gte=today or timezone.localdate())

    def closed(self, today: datetime.date | None = None):
        return self.published().filter(deadline__lt=today or timezone.localdate())

    def open_and_latest_closed(self, today: datetime.date) -> tuple[list, "PrizeCall | None"]:
        """The open calls and the one that closed last, in one query: an office page names both."""
        latest = self.closed(today).order_by("-deadline", "-pk").values("pk")[:1]
        calls = list(self.published().filter(Q(deadline__gte=today) | Q(pk__in=latest)).order_by("deadline", "pk"))
        open_calls = [call for call in calls if call.deadline >= today]
        return open_calls, next((call for call in calls if call.deadline < today), None)


class PrizeCall(models.Model):
    office = models.ForeignKey(Office, models.CASCADE, related_name="prize_calls", verbose_name=_("office"))
    name = models.CharField(_("name of the prize"), max_length=200, help_text=_('e.g. "Integrationspreis"'))
    slug = models.SlugField(_("slug"), max_length=100)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"))
    motto = models.CharField(_("motto"), max_length=200, blank=True)
    audience = models.CharField(_("who can apply"), max_length=300, blank=True)
    requirements = models.TextField(_("requirements"), blank=True)
    deadline = models.DateField(_("deadline"))
    amount = models.DecimalField(_("prize money"), max_digits=10, decimal_places=2, null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, default="EUR")
    funding = models.TextField(_("funding"), blank=True)
    application_form = models.FileField(_("application form"), upload_to="prize-calls/", blank=True)
    application_form_url = models.URLField(_("application form link"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    is_published = models.BooleanField(_("published"), default=True)

    objects = PrizeCallQuerySet.as_manager()

    class Meta:
        verbose_name = _("prize call")
        verbose_name_plural = _("prize calls")
        ordering = ["-deadline", "pk"]
        # Open and closed calls are split by deadline on every home and office page.
        indexes = [models.Index(fields=["deadline"], name="prize_call_deadline_idx")]
        constraints = [
            models.UniqueConstraint(fields=["office", "slug"], name="prize_call_slug_unique_per_office"),
            models.CheckConstraint(
                condition=Q(amount__isnull=True) | Q(amount__gte=0),
                name="prize_call_amount_not_negative",
                violation_error_message=_("The prize money cannot be negative."),
            ),
            models.CheckConstraint(condition=~Q(slug=""), name="prize_call_slug_not_empty"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("offices:prize_call", args=[self.office.city.slug, self.office.slug, self.slug])

    def clean(self) -> None:
        if self.office_id and self.slug:
            duplicates = PrizeCall.objects.filter(office_id=self.office_id, slug=self.slug).exclude(pk=self.pk)
            if duplicates.exists():
                raise ValidationError({"slug": _("This office already has a prize call with this slug.")})
        if self.amount is not None and self.amount < 0:
            raise ValidationError({"amount": _("The prize money cannot be negative.")})

    def is_open(self, today: datetime.date | None = None) -> bool:
        return self.deadline >= (today or timezone.localdate())

    @property
    def form_link(self) -> str:
        if self.application_form:
            return self.application_form.url
        return self.application_form_url
