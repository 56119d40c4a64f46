"""How residents reach an office: people, addresses and opening hours."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.languages import LanguageCodesField, parse_language_codes

from .content import OrderedByPosition
from .office import Office


class ContactPerson(OrderedByPosition):
    office = models.ForeignKey(Office, models.CASCADE, related_name="contacts", verbose_name=_("office"))
    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=200, help_text=_('e.g. "Integration commissioner"'))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    languages = LanguageCodesField(
        _("languages spoken"),
        max_length=100,
        blank=True,
        default="de",
        help_text=_("Language codes separated by commas, e.g. “de,en,ru”."),
    )

    class Meta(OrderedByPosition.Meta):
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")

    def __str__(self) -> str:
        return self.name

    @property
    def language_codes(self) -> list[str]:
        return parse_language_codes(self.languages)


class Address(OrderedByPosition):
    class Kind(models.TextChoices):
        # Codes of the XZuFi address types, so data can be exchanged with
        # the federal portal network without mapping.
        VISITOR = "002", _("Visitor address")
        PO_BOX = "003", _("PO box")
        POSTAL = "006", _("Postal address")

    office = models.ForeignKey(Office, models.CASCADE, related_name="addresses", verbose_name=_("office"))
    kind = models.CharField(_("kind"), max_length=3, choices=Kind.choices)
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    po_box = models.CharField(_("PO box number"), max_length=40, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=5)
    locality = models.CharField(_("locality"), max_length=100)
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta(OrderedByPosition.Meta):
        verbose_name = _("address")
        verbose_name_plural = _("addresses")
        constraints = [
            models.CheckConstraint(condition=models.Q(kind__in=["002", "003", "006"]), name="address_kind_valid"),
            models.CheckConstraint(
                condition=models.Q(postal_code__regex=r"^[0-9]{5}$"), name="address_postal_code_five_digits"
            ),
            models.CheckConstraint(
                condition=~models.Q(kind="003") | ~models.Q(po_box=""), name="address_po_box_has_number"
            ),
            models.CheckConstraint(condition=models.Q(kind="003") | ~models.Q(street=""), name="address_street_given"),
        ]

    def __str__(self) -> str:
        return f"{self.first_line}, {self.postal_code} {self.locality}"

    @property
    def first_line(self) -> str:
        return f"Postfach {self.po_box}" if self.kind == self.Kind.PO_BOX else self.street


class OpeningHours(OrderedByPosition):
    class Weekday(models.IntegerChoices):
        # ISO weekday numbers, as date.isoweekday() returns them
        MONDAY = 1, _("Monday")
        TUESDAY = 2, _("Tuesday")
        WEDNESDAY = 3, _("Wednesday")
        THURSDAY = 4, _("Thursday")
        FRIDAY = 5, _("Friday")
        SATURDAY = 6, _("Saturday")
        SUNDAY = 7, _("Sunday")

    office = models.ForeignKey(Office, models.CASCADE, related_name="opening_hours", verbose_name=_("office"))
    by_appointment = models.BooleanField(
        _("by appointment"), default=False, help_text=_("Tick for “by appointment”; leave day and times empty.")
    )
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices, null=True, blank=True)
    opens = models.TimeField(_("opens"), null=True, blank=True)
    closes = models.TimeField(_("closes"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta(OrderedByPosition.Meta):
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(by_appointment=True, weekday__isnull=True, opens__isnull=True, closes__isnull=True)
                | models.Q(
                    by_appointment=False,
                    weekday__gte=1,
                    weekday__lte=7,
                    opens__isnull=False,
                    closes__isnull=False,
                    closes__gt=models.F("opens"),
                ),
                name="opening_hours_appointment_or_valid_times",
                violation_error_message=_(
                    "Either tick “by appointment” and leave day and times empty, or give a weekday "
                    "and a closing time after the opening time."
                ),
            ),
        ]

    def __str__(self) -> str:
        if self.by_appointment:
            return str(_("by appointment"))
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"
