from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.page_cache import PublicContentQuerySet
from core.slugs import slugify_de

from .city import City
from .helpline_field import HelplineKeysField


class OfficeKind(models.TextChoices):
    EQUALITY = "equality", _("Equality commissioner")
    INTEGRATION = "integration", _("Integration commissioner")
    EQUAL_OPPORTUNITY = "equal_opportunity", _("Equal opportunity office")
    WOMEN = "women", _("Women's commissioner")
    ANTI_DISCRIMINATION = "anti_discrimination", _("Anti-discrimination unit")


def unit_label(number: str, name: str) -> str:
    """An organisational unit as the administration writes it: "01.3 Stabsstelle Integration"."""
    return " ".join(part for part in (number, name) if part)


class OfficeQuerySet(PublicContentQuerySet):
    def published(self):
        return self.filter(is_published=True, city__is_published=True)

    def published_at(self, city: str, office: str):
        """The published office whose address is /<city>/<office>/ (at most one), with its city and parent."""
        return self.published().select_related("city", "parent").filter(city__slug=city, slug=office)

    def top_level(self):
        return self.filter(parent__isnull=True)

    def with_units(self):
        # with their city: a unit's address (get_absolute_url) names it
        units = Office.objects.published().select_related("city").order_by("position", "name")
        return self.prefetch_related(models.Prefetch("units", queryset=units))


class Office(models.Model):
    city = models.ForeignKey(City, models.PROTECT, related_name="offices", verbose_name=_("city"))
    parent = models.ForeignKey(
        "self",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="units",
        verbose_name=_("parent office"),
        help_text=_("For a unit inside another office, e.g. the women's commissioner in Kassel's office."),
    )
    kind = models.CharField(_("kind"), max_length=30, choices=OfficeKind.choices)
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    heading = models.CharField(
        _("welcome heading"), max_length=200, blank=True, help_text=_('e.g. "New in Germany? Welcome to Gera!"')
    )
    mission = models.TextField(_("mission statement"), blank=True)
    description = models.TextField(_("description"), blank=True, help_text=_("Further paragraphs, one per line."))
    legal_basis = models.TextField(_("legal basis"), blank=True, help_text=_("Which provisions the tasks follow from."))
    legal_quote = models.TextField(
        _("quoted article text"), blank=True, help_text=_("The law as quoted, in German; it is not translated.")
    )
    legal_quote_rendering = models.TextField(
        _("rendering of the quoted text"),
        blank=True,
        help_text=_("An unofficial rendering of the quote shown beside it in other languages."),
    )
    scope_note = models.TextField(
        _("scope note"), blank=True, help_text=_('What the office cannot do, e.g. "has no executive powers".')
    )
    legal_basis_first = models.BooleanField(
        _("legal basis before the mission"),
        default=False,
        help_text=_("Tick when the mission refers to the quoted law, e.g. “this constitutional requirement”."),
    )
    unit_name = models.CharField(
        _("organisational unit"),
        max_length=200,
        blank=True,
        help_text=_("Where the office sits in the administration, e.g. “Stabsstelle im Büro des Oberbürgermeisters”."),
    )
    unit_number = models.CharField(_("unit number"), max_length=20, blank=True, help_text=_('e.g. "01.3"'))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    fax = models.CharField(_("fax"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    sign_language_url = models.URLField(_("information in sign language"), blank=True)
    sign_language_duration = models.DurationField(
        _("length of the sign-language video"), null=True, blank=True, help_text=_("e.g. 00:03:20")
    )
    easy_language_summary = models.TextField(
        _("summary in Leichte Sprache"),
        blank=True,
        help_text=_("Short sentences in Leichte Sprache (easy-to-read German), one per line."),
    )
    source_url = models.URLField(_("source page"), blank=True)
    response_days = models.PositiveSmallIntegerField(
        _("answers requests within (working days)"),
        null=True,
        blank=True,
        help_text=_("Shown on the confirmation of a request. Empty: the page promises no time."),
    )
    is_sensitive = models.BooleanField(
        _("sensitive"),
        default=False,
        help_text=_(
            "For offices people may visit in danger (violence, residence status, discrimination): its pages show "
            "urgent help and an exit button, are not kept by browsers, and e-mails do not name the topic."
        ),
    )
    helplines = HelplineKeysField(
        _("national helplines"), help_text=_("Shown in the urgent-help box of sensitive pages, beside 110.")
    )
    is_published = models.BooleanField(_("published"), default=True)

    objects = OfficeQuerySet.as_manager()

    class Meta:
        verbose_name = _("commissioner office")
        verbose_name_plural = _("commissioner offices")
        ordering = ["city__short_name", "position", "name"]
        constraints = [
            models.UniqueConstraint(fields=["city", "slug"], name="office_slug_unique_per_city"),
            models.CheckConstraint(condition=models.Q(kind__in=OfficeKind.values), name="office_kind_valid"),
            models.CheckConstraint(condition=~models.Q(parent=models.F("pk")), name="office_not_own_parent"),
            models.CheckConstraint(condition=~models.Q(slug=""), name="office_slug_not_empty"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.city})" if self.city_id else self.name

    def save(self, *args, **kwargs):
        # Rows made in code or by an import may come without a slug; the admin suggests the same one.
        if not self.slug:
            self.slug = slugify_de(getattr(self, "name_de", None) or self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("offices:office", args=[self.city.slug, self.slug])

    def get_archive_url(self) -> str:
        return reverse("offices:archive", args=[self.city.slug, self.slug])

    def clean(self) -> None:
        # The database enforces these too; checking here puts the message on the field.
        if self.city_id and self.slug:
            duplicates = Office.objects.filter(city_id=self.city_id, slug=self.slug).exclude(pk=self.pk)
            if duplicates.exists():
                raise ValidationError({"slug": _("This city already has an office with this slug.")})
        if self.parent_id is None:
            return
        if self.pk and self.parent_id == self.pk:
            raise ValidationError({"parent": _("An office cannot be its own parent.")})
        if self.city_id and self.parent.city_id != self.city_id:
            raise ValidationError({"parent": _("The parent office must belong to the same city.")})
        ancestor = self.parent
        while ancestor is not None:
            if ancestor.pk == self.pk:
                raise ValidationError({"parent": _("This would make the office a unit of itself.")})
            ancestor = ancestor.parent

    @property
    def unit_label(self) -> str:
        return unit_label(self.unit_number, self.unit_name)

    @property
    def sign_language_minutes(self) -> int | None:
        if self.sign_language_duration is None:
            return None
        return max(1, round(self.sign_language_duration.total_seconds() / 60))

    @property
    def shows_own_channels(self) -> bool:
        """Whether the office's phone or e-mail adds anything to what its contact persons list."""
        listed = {(person.phone, person.email) for person in self.contacts.all()}
        return bool(self.phone or self.email or self.fax) and (self.phone, self.email) not in listed
