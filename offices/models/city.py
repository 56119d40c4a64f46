from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.page_cache import PublicContentQuerySet
from core.slugs import slugify_de


class FederalState(models.TextChoices):
    # ISO 3166-2:DE codes: stable keys for holidays and structured data
    BW = "BW", _("Baden-Württemberg")
    BY = "BY", _("Bavaria")
    BE = "BE", _("Berlin")
    BB = "BB", _("Brandenburg")
    HB = "HB", _("Bremen")
    HH = "HH", _("Hamburg")
    HE = "HE", _("Hesse")
    MV = "MV", _("Mecklenburg-Western Pomerania")
    NI = "NI", _("Lower Saxony")
    NW = "NW", _("North Rhine-Westphalia")
    RP = "RP", _("Rhineland-Palatinate")
    SL = "SL", _("Saarland")
    SN = "SN", _("Saxony")
    ST = "ST", _("Saxony-Anhalt")
    SH = "SH", _("Schleswig-Holstein")
    TH = "TH", _("Thuringia")


class CityQuerySet(PublicContentQuerySet):
    def published(self):
        return self.filter(is_published=True)


# Paths of site pages that sit beside /<city>/ under each language prefix.
RESERVED_SLUGS = frozenset(
    {"accessibility", "imprint", "privacy", "easy-language", "sign-language", "staying-safe", "admin", "search"}
)


class City(models.Model):
    name = models.CharField(_("official name"), max_length=200, help_text=_('e.g. "Landeshauptstadt Dresden"'))
    short_name = models.CharField(_("short name"), max_length=100, help_text=_('e.g. "Dresden"'))
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    federal_state = models.CharField(_("federal state"), max_length=2, choices=FederalState.choices)
    website = models.URLField(_("website"), blank=True)
    # The city's general contact: the fallback for an office page without contact details of its own.
    contact_name = models.CharField(
        _("general contact"), max_length=200, blank=True, help_text=_('e.g. "Bürgerbüro" or "Telefonzentrale"')
    )
    contact_phone = models.CharField(_("general phone"), max_length=40, blank=True)
    contact_email = models.EmailField(_("general e-mail"), blank=True)
    contact_street = models.CharField(_("street and number"), max_length=200, blank=True)
    contact_postal_code = models.CharField(_("postal code"), max_length=5, blank=True)
    contact_locality = models.CharField(_("locality"), max_length=100, blank=True)
    is_published = models.BooleanField(_("published"), default=True)

    objects = CityQuerySet.as_manager()

    class Meta:
        verbose_name = _("city")
        verbose_name_plural = _("cities")
        ordering = ["short_name"]
        # The home page lists thousands of cities grouped by federal state.
        indexes = [models.Index(fields=["federal_state", "short_name"], name="city_state_name_idx")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(federal_state__in=FederalState.values), name="city_federal_state_valid"
            ),
            models.CheckConstraint(condition=~models.Q(slug=""), name="city_slug_not_empty"),
        ]

    def __str__(self) -> str:
        return self.short_name

    def save(self, *args, **kwargs):
        # Rows made in code or by an import may come without a slug; the admin suggests the same one.
        if not self.slug:
            self.slug = slugify_de(getattr(self, "short_name_de", None) or self.short_name)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("offices:city", args=[self.slug])

    @property
    def has_general_contact(self) -> bool:
        return bool(self.contact_phone or self.contact_email or self.contact_street)

    def clean(self) -> None:
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This address is used by a page of the portal; choose another slug.")})
