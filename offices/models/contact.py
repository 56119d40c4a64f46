"""How residents reach an office: people, addresses and opening hours."""

import datetime

from django.db import models
from django.db.models.functions import Cast, Concat
from django.utils.translation import gettext_lazy as _

from core.languages import LanguageCodesField, parse_language_codes
from core.page_cache import PublicContentQuerySet

from .content import OrderedByPosition
from .office import Office, unit_label


def joined(rows, *parts) -> models.Subquery:
    """The rows' position and parts, tab-separated, one row a line: a person's numbers in the person's query.

    Not every SQLite orders inside an aggregate, so each line carries its position and `unjoined` sorts.
    """
    pieces = []
    for part in ("position", "pk", *parts):
        pieces += [Cast(part, models.CharField()), models.Value("\t")]
    text = models.StringAgg(Concat(*pieces[:-1]), delimiter=models.Value("\n"))
    return models.Subquery(rows.order_by().values("contact").annotate(text=text).values("text"))


def unjoined(text: str | None) -> list[list[str]]:
    rows = [row.split("\t") for row in (text or "").split("\n") if row]
    return [row[2:] for row in sorted(rows, key=lambda row: (int(row[0]), int(row[1])))]


class ContactPersonQuerySet(PublicContentQuerySet):
    def with_channels(self, phones: bool = True, times: bool = True):
        """Each person with their further numbers and weekly times, in the same query (office pages list many).

        A caller that knows none of the people has numbers (or times) says so, and is spared the subquery.
        """
        phone_rows = time_rows = models.Value(None, output_field=models.TextField())
        if phones:
            phone_rows = joined(ContactPhone.objects.filter(contact=models.OuterRef("pk")), "label", "number")
        if times:
            time_rows = joined(ContactHours.objects.filter(contact=models.OuterRef("pk")), "weekday", "opens", "closes")
        return self.annotate(phone_rows=phone_rows, time_rows=time_rows)


class ContactPerson(OrderedByPosition):
    office = models.ForeignKey(Office, models.CASCADE, related_name="contacts", verbose_name=_("office"))
    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(
        _("role"), max_length=200, blank=True, help_text=_('Optional, e.g. "Integration commissioner"')
    )
    is_deputy = models.BooleanField(_("deputy"), default=False, help_text=_("Tick for the deputy (Stellvertretung)."))
    unit_name = models.CharField(_("organisational unit"), max_length=200, blank=True)
    unit_number = models.CharField(_("unit number"), max_length=20, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    fax = models.CharField(_("fax"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    consultation_note = models.CharField(
        _("own consultation times"),
        max_length=300,
        blank=True,
        help_text=_("As the page says it, e.g. “Termine nur nach Absprache”; weekly times go below."),
    )
    languages = LanguageCodesField(
        _("languages spoken"),
        max_length=100,
        blank=True,
        default="",
        help_text=_("Language codes separated by commas, e.g. “de,en,ru”."),
    )

    objects = ContactPersonQuerySet.as_manager()

    class Meta(OrderedByPosition.Meta):
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")

    def __str__(self) -> str:
        return self.name

    @property
    def language_codes(self) -> list[str]:
        return parse_language_codes(self.languages)

    @property
    def unit_label(self) -> str:
        return unit_label(self.unit_number, self.unit_name)

    @property
    def further_phones(self) -> list["ContactPhone"]:
        if not hasattr(self, "phone_rows"):
            return list(self.phones.all())
        return [ContactPhone(contact=self, label=label, number=number) for label, number in unjoined(self.phone_rows)]

    @property
    def weekly_times(self) -> list["ContactHours"]:
        if not hasattr(self, "time_rows"):
            return list(self.consultation_times.all())
        return [
            ContactHours(contact=self, weekday=int(day), opens=clock(opens), closes=clock(closes))
            for day, opens, closes in unjoined(self.time_rows)
        ]


class ContactPhone(OrderedByPosition):
    """A further number of a contact person, with what it is for ("Sekretariat", "mobil")."""

    contact = models.ForeignKey(ContactPerson, models.CASCADE, related_name="phones", verbose_name=_("contact person"))
    label = models.CharField(_("label"), max_length=100, blank=True, help_text=_('e.g. "Sekretariat", "mobil"'))
    number = models.CharField(_("phone"), max_length=40)

    class Meta(OrderedByPosition.Meta):
        verbose_name = _("further phone number")
        verbose_name_plural = _("further phone numbers")

    def __str__(self) -> str:
        return f"{self.label}: {self.number}" if self.label else self.number


def clock(value: str) -> datetime.time:
    return datetime.time.fromisoformat(value[:8])


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
    postal_code = models.CharField(
        _("postal code"), max_length=5, blank=True, help_text=_("Recommended; leave empty if the source gives none.")
    )
    locality = models.CharField(_("locality"), max_length=100)
    room = models.CharField(_("room"), max_length=40, blank=True, help_text=_('e.g. "Zimmer 123"'))
    floor = models.CharField(_("floor"), max_length=40, blank=True, help_text=_('e.g. "2. Etage"'))
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta(OrderedByPosition.Meta):
        verbose_name = _("address")
        verbose_name_plural = _("addresses")
        constraints = [
            models.CheckConstraint(condition=models.Q(kind__in=["002", "003", "006"]), name="address_kind_valid"),
            models.CheckConstraint(
                condition=models.Q(postal_code="") | models.Q(postal_code__regex=r"^[0-9]{5}$"),
                name="address_postal_code_five_digits_or_empty",
            ),
            models.CheckConstraint(
                condition=~models.Q(kind="003") | ~models.Q(po_box=""), name="address_po_box_has_number"
            ),
            models.CheckConstraint(condition=models.Q(kind="003") | ~models.Q(street=""), name="address_street_given"),
        ]

    def __str__(self) -> str:
        town = " ".join(part for part in (self.postal_code, self.locality) if part)
        return f"{self.first_line}, {town}"

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


class ContactHours(OrderedByPosition):
    """A contact person's own weekly consultation time, beside the office's opening hours."""

    contact = models.ForeignKey(
        ContactPerson, models.CASCADE, related_name="consultation_times", verbose_name=_("contact person")
    )
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=OpeningHours.Weekday.choices)
    opens = models.TimeField(_("from"))
    closes = models.TimeField(_("until"))

    class Meta(OrderedByPosition.Meta):
        verbose_name = _("consultation time")
        verbose_name_plural = _("consultation times")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(weekday__gte=1, weekday__lte=7, closes__gt=models.F("opens")),
                name="contact_hours_valid_times",
                violation_error_message=_("Give a weekday and an end after the start."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"
