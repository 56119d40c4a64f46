from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.languages import LanguageCodesField, language_name, parse_language_codes
from core.page_cache import PublicContentQuerySet
from core.slugs import slugify_de
from offices.models import HelplineKeysField, Office, Referral


class Mode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    PHONE = "phone", _("By phone")
    VIDEO = "video", _("By video call")


class CounsellingOfferQuerySet(PublicContentQuerySet):
    def published(self):
        return self.filter(is_published=True, office__is_published=True, office__city__is_published=True)


class CounsellingOffer(models.Model):
    """Advice an office gives residents, e.g. Zwickau's first advice on residence law."""

    class Access(models.TextChoices):
        APPOINTMENT = "appointment", _("By appointment")
        OPEN = "open", _("Open consultation hours, no appointment needed")
        BOTH = "both", _("Open consultation hours or by appointment")

    office = models.ForeignKey(Office, models.CASCADE, related_name="counselling_offers", verbose_name=_("office"))
    slug = models.SlugField(_("slug"), max_length=100)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    topic = models.CharField(_("topic"), max_length=200, help_text=_('e.g. "Advice on residence law"'))
    summary = models.TextField(_("what the advice covers"), blank=True)
    audience = models.CharField(
        _("who it is for"), max_length=300, blank=True, help_text=_('e.g. "Women, men and families"')
    )
    # Unticked until staff say so: the page shows only the ways and languages someone stated.
    in_person = models.BooleanField(_("in person"), default=False)
    by_phone = models.BooleanField(_("by phone"), default=False)
    by_video = models.BooleanField(_("by video call"), default=False)
    languages = LanguageCodesField(
        _("languages offered"),
        max_length=100,
        blank=True,
        default="",
        help_text=_("Language codes separated by commas, e.g. “de,en,ru”. Empty: not stated, nothing is shown."),
    )
    mediator_available = models.BooleanField(_("a language and culture mediator can be arranged"), default=False)
    mediator_note = models.CharField(
        _("about the mediators"), max_length=300, blank=True, help_text=_("e.g. who provides them")
    )
    access = models.CharField(_("access"), max_length=20, choices=Access.choices, default=Access.APPOINTMENT)
    limitations = models.TextField(
        _("what this advice cannot do"),
        blank=True,
        help_text=_('e.g. "The commissioner has no executive powers under residence law."'),
    )
    referrals = models.ManyToManyField(
        Referral,
        blank=True,
        related_name="counselling_offers",
        verbose_name=_("referrals"),
        help_text=_("Other authorities residents are sent to for what this office cannot decide."),
    )
    is_sensitive = models.BooleanField(
        _("sensitive"),
        default=False,
        help_text=_(
            "For advice people may seek in danger (violence, residence status, discrimination): its pages show "
            "urgent help and an exit button, are not kept by browsers, and e-mails do not name the topic."
        ),
    )
    helplines = HelplineKeysField(
        _("national helplines"), help_text=_("Shown in the urgent-help box of sensitive pages, beside 110.")
    )
    is_published = models.BooleanField(_("published"), default=True)

    objects = CounsellingOfferQuerySet.as_manager()

    class Meta:
        verbose_name = _("counselling offer")
        verbose_name_plural = _("counselling offers")
        ordering = ["office", "position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["office", "slug"], name="offer_slug_unique_per_office"),
            models.CheckConstraint(condition=~Q(slug=""), name="offer_slug_not_empty"),
            models.CheckConstraint(condition=Q(access__in=["appointment", "open", "both"]), name="offer_access_valid"),
        ]

    def __str__(self) -> str:
        return self.topic

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify_de(getattr(self, "topic_de", None) or self.topic)
        super().save(*args, **kwargs)

    def clean(self) -> None:
        # No way ticked is allowed: "not stated" is better than a way nobody said the office offers.
        errors = {}
        if self.office_id and self.slug:
            duplicates = CounsellingOffer.objects.filter(office_id=self.office_id, slug=self.slug).exclude(pk=self.pk)
            if duplicates.exists():
                errors["slug"] = _("This office already has an offer with this slug.")
        if errors:
            raise ValidationError(errors)

    @property
    def modes(self) -> list[Mode]:
        flags = {Mode.IN_PERSON: self.in_person, Mode.PHONE: self.by_phone, Mode.VIDEO: self.by_video}
        return [mode for mode, offered in flags.items() if offered]

    @property
    def mode_labels(self) -> list[str]:
        return [str(mode.label) for mode in self.modes]

    @property
    def language_codes(self) -> list[str]:
        return parse_language_codes(self.languages)

    @property
    def language_names(self) -> list[str]:
        return [language_name(code) for code in self.language_codes]

    @property
    def takes_appointments(self) -> bool:
        return self.access != self.Access.OPEN

    def get_request_url(self) -> str:
        url = reverse("consultations:request", args=[self.office.city.slug, self.office.slug])
        return f"{url}?offer={self.pk}"
