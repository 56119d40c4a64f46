"""Contact persons, addresses and local helplines in the admin, laid out to fit a 1280-pixel window."""

from django.contrib import admin
from modeltranslation.admin import TranslationStackedInline

from core.admin_labels import LabelledTabularMixin
from core.ledger_admin import LocalizedInputsMixin
from staff import policies
from staff.admin import ScopedAdminMixin

from . import models

policies.register(models.ContactPhone, office="contact__office")
policies.register(models.ContactHours, office="contact__office")


class ContactPersonInline(ScopedAdminMixin, LocalizedInputsMixin, TranslationStackedInline):
    model = models.ContactPerson
    extra = 0
    ordering = ["position", "pk"]
    # Further numbers and own weekly times are edited on the person's page, one click from the row.
    show_change_link = True
    # Fields on one line share a row: a stacked inline keeps every field in view at 1280 pixels.
    fields = [
        ("name", "is_deputy", "position"),
        "role",
        ("unit_number", "unit_name"),
        ("phone", "fax", "email"),
        ("consultation_note", "languages"),
    ]


class AddressInline(ScopedAdminMixin, LocalizedInputsMixin, TranslationStackedInline):
    model = models.Address
    extra = 0
    ordering = ["position", "pk"]
    fields = [("kind", "position"), ("street", "po_box"), ("room", "floor"), ("postal_code", "locality"), "note"]


class ContactPhoneInline(LabelledTabularMixin, ScopedAdminMixin, admin.TabularInline):
    model = models.ContactPhone
    extra = 0
    fields = ["position", "label", "number"]


class ContactHoursInline(LabelledTabularMixin, ScopedAdminMixin, admin.TabularInline):
    model = models.ContactHours
    extra = 0
    fields = ["position", "weekday", "opens", "closes"]


class LocalHelplineInline(LabelledTabularMixin, ScopedAdminMixin, admin.TabularInline):
    model = models.LocalHelpline
    extra = 0
    ordering = ["position", "pk"]
    fields = ["position", "name", "phone", "note"]


@admin.register(models.LocalHelpline)
class LocalHelplineAdmin(ScopedAdminMixin, admin.ModelAdmin):
    list_display = ["name", "phone", "office"]
    list_filter = ["office__city"]
    list_select_related = ["office", "office__city"]
    search_fields = ["name", "phone", "office__name"]
    autocomplete_fields = ["office"]
