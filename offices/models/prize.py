import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.page_cache import PublicContentQuerySet
from core.slugs import slugify_de
from core.uploads import DocumentValidator

from .office import Office


class PrizeCallQuerySet(PublicContentQuerySet):
    def published(self):
        return self.filter(is_published=True)

    def open(self, today: datetime.date | None = None):
        # Deadlines are days in Berlin: a call is open through its deadline day.
        return self.published().filter(deadline__gte=today or timezone.localdate())

    def closed(self, today: datetime.date | None = None):
        return self.published().filter(deadline__lt=today or timezone.localdate())

    def with_has_categories(self):
        categories = PrizeCategory.objects.filter(prize_call=models.OuterRef("pk"))
        return self.annotate(has_categories=models.Exists(categories))

    def open_and_latest_closed(self, today: datetime.date) -> tuple[list, "PrizeCall | None"]:
        """The open calls and the one that closed last, in one query: an office page names both."""
        latest = self.closed(today).order_by("-deadline", "-pk").values("pk")[:1]
        calls = list(self.published().filter(Q(deadline__gte=today) | Q(pk__in=latest)).order_by("deadline", "pk"))
        open_calls = [call for call in calls if call.deadline >= today]
        return open_calls, next((call for call in calls if call.deadline < today), None)


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class PrizeCall(models.Model):
    class Kind(models.TextChoices):
        APPLICATION = "application", _("Applications")
        NOMINATION = "nomination", _("Nominations")
        BOTH = "both", _("Applications or nominations")

    office = models.ForeignKey(Office, models.CASCADE, related_name="prize_calls", verbose_name=_("office"))
    name = models.CharField(_("name of the prize"), max_length=200, help_text=_('e.g. "Integrationspreis"'))
    slug = models.SlugField(_("slug"), max_length=100)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"))
    motto = models.CharField(_("motto"), max_length=200, blank=True)
    audience = models.CharField(_("who can apply or be nominated"), max_length=300, blank=True)
    requirements = models.TextField(_("requirements"), blank=True)
    deadline = models.DateField(_("deadline"))
    amount = models.DecimalField(_("prize money"), max_digits=10, decimal_places=2, null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, default="EUR")
    funding = models.TextField(_("funding"), blank=True)
    application_form = models.FileField(
        _("application form"),
        upload_to="prize-calls/",
        blank=True,
        validators=[DocumentValidator()],
        help_text=_("A PDF, ODT or DOCX document."),
    )
    application_form_url = models.URLField(_("application form link"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    kind = models.CharField(
        _("how candidates enter"),
        max_length=12,
        choices=Kind.choices,
        default=Kind.APPLICATION,
        help_text=_("The page's words follow: “apply” for applications, “propose” for nominations."),
    )
    eligible = models.TextField(
        _("who may apply or be nominated"), blank=True, help_text=_("One group per line; shown as a list.")
    )
    edition = models.PositiveSmallIntegerField(
        _("edition"), null=True, blank=True, help_text=_("e.g. 5 when the prize is awarded for the fifth time.")
    )
    jury_size = models.PositiveSmallIntegerField(_("number of jury members"), null=True, blank=True)
    jury_members = models.TextField(_("jury members"), blank=True, help_text=_("One member or body per line."))
    criteria = models.TextField(_("criteria"), blank=True, help_text=_("One criterion per line, in the page's order."))
    guidelines = models.FileField(
        _("guidelines (document)"), upload_to="prize-calls/", blank=True, validators=[DocumentValidator()]
    )
    guidelines_url = models.URLField(_("guidelines (link)"), blank=True)
    submission_office = models.CharField(_("submit to (office)"), max_length=200, blank=True)
    submission_address = models.TextField(_("submission address"), blank=True)
    submission_room = models.CharField(_("room"), max_length=40, blank=True)
    submission_email = models.EmailField(_("submission by e-mail to"), blank=True)
    submission_by_post = models.BooleanField(_("submission by post accepted"), default=False)
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    award_date = models.DateField(_("award date"), null=True, blank=True)
    source_url = models.URLField(_("source page"), blank=True)
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
            models.CheckConstraint(
                condition=Q(edition__isnull=True) | Q(edition__gte=1),
                name="prize_call_edition_positive",
                violation_error_message=_("The edition starts at 1."),
            ),
            models.CheckConstraint(
                condition=Q(jury_size__isnull=True) | Q(jury_size__gte=1),
                name="prize_call_jury_size_positive",
                violation_error_message=_("A jury has at least one member."),
            ),
            models.CheckConstraint(
                condition=Q(kind__in=["application", "nomination", "both"]), name="prize_call_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        # Rows made in code or by an import may come without a slug; the admin suggests the same one.
        if not self.slug:
            self.slug = slugify_de(getattr(self, "title_de", None) or self.title)
        super().save(*args, **kwargs)

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
    def eligible_list(self) -> list[str]:
        return lines(self.eligible)

    @property
    def jury_list(self) -> list[str]:
        return lines(self.jury_members)

    @property
    def criteria_list(self) -> list[str]:
        return lines(self.criteria)

    @property
    def guidelines_link(self) -> str:
        return self.guidelines.url if self.guidelines else self.guidelines_url

    @property
    def words(self) -> dict[str, str]:
        """The page's words for how candidates enter; each kind says it its own way, in every language."""
        return PAGE_WORDS[self.kind]

    @property
    def form_link(self) -> str:
        if self.application_form:
            return self.application_form.url
        return self.application_form_url


# Context-marked so translators see which kind of entry each phrase is about.
PAGE_WORDS = {
    PrizeCall.Kind.APPLICATION: {
        "open": pgettext_lazy("prize application", "Open for applications"),
        "who": pgettext_lazy("prize application", "Who can apply"),
        "deadline": pgettext_lazy("prize application", "Application deadline"),
        "how": pgettext_lazy("prize application", "How to apply"),
        "until": pgettext_lazy("prize application", "Applications until"),
        "form": pgettext_lazy("prize application", "Download the application form"),
    },
    PrizeCall.Kind.NOMINATION: {
        "open": pgettext_lazy("prize nomination", "Open for nominations"),
        "who": pgettext_lazy("prize nomination", "Who can be nominated"),
        "deadline": pgettext_lazy("prize nomination", "Nomination deadline"),
        "how": pgettext_lazy("prize nomination", "How to submit a nomination"),
        "until": pgettext_lazy("prize nomination", "Nominations until"),
        "form": pgettext_lazy("prize nomination", "Download the nomination form"),
    },
    PrizeCall.Kind.BOTH: {
        "open": pgettext_lazy("prize application or nomination", "Open for applications and nominations"),
        "who": pgettext_lazy("prize application or nomination", "Who can apply or be nominated"),
        "deadline": pgettext_lazy("prize application or nomination", "Deadline for applications and nominations"),
        "how": pgettext_lazy("prize application or nomination", "How to apply or nominate"),
        "until": pgettext_lazy("prize application or nomination", "Applications and nominations until"),
        "form": pgettext_lazy("prize application or nomination", "Download the form"),
    },
}


class PrizeCategory(models.Model):
    """A category of a prize, with its own prize money when the call names one."""

    prize_call = models.ForeignKey(PrizeCall, models.CASCADE, related_name="categories", verbose_name=_("prize call"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    name = models.CharField(_("category"), max_length=200)
    amount = models.DecimalField(_("prize money"), max_digits=10, decimal_places=2, null=True, blank=True)

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("prize category")
        verbose_name_plural = _("prize categories")
        ordering = ["position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__isnull=True) | Q(amount__gte=0),
                name="prize_category_amount_not_negative",
                violation_error_message=_("The prize money cannot be negative."),
            ),
        ]

    def __str__(self) -> str:
        return self.name
