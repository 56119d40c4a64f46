"""Prize calls in the admin: categories inline, and a deadline in the past saved only when confirmed."""

from django import forms
from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from core.admin_labels import LabelledInputsMixin, LabelledTabularMixin
from core.ledger_admin import LedgerAdminMixin, LocalizedInputsMixin
from core.slugs import GermanSlugAdminMixin
from staff import policies
from staff.admin import ScopedAdminMixin

from . import models

policies.register(models.PrizeCategory, office="prize_call__office")


class PrizeCallForm(forms.ModelForm):
    """No Meta: the admin builds the form for its model and fieldsets."""

    confirm_past_deadline = forms.BooleanField(
        label=_("Save with this past deadline (for the archive)"), required=False, widget=forms.HiddenInput
    )

    def clean(self):
        cleaned_data = super().clean()
        deadline = cleaned_data.get("deadline")
        is_new_past = deadline and deadline < timezone.localdate() and "deadline" in self.changed_data
        if is_new_past and not cleaned_data.get("confirm_past_deadline"):
            # The checkbox appears with the error: an archive entry is allowed, a typo in the year is caught.
            self.fields["confirm_past_deadline"].widget = forms.CheckboxInput()
            self.add_error(
                "deadline",
                _("This deadline is in the past. To keep it for the archive, tick “Save with this past deadline”."),
            )
        return cleaned_data


class PrizeCategoryInline(LabelledTabularMixin, ScopedAdminMixin, LocalizedInputsMixin, TranslationTabularInline):
    model = models.PrizeCategory
    extra = 0
    fields = ["position", "name", "amount"]
    ordering = ["position", "pk"]


@admin.register(models.PrizeCall)
class PrizeCallAdmin(
    LabelledInputsMixin, GermanSlugAdminMixin, ScopedAdminMixin, LedgerAdminMixin, TabbedTranslationAdmin
):
    form = PrizeCallForm
    list_display = ["title", "office", "kind", "deadline", "amount", "is_published"]
    list_filter = ["is_published", "kind", "office__city", "deadline"]
    list_select_related = ["office", "office__city"]
    search_fields = ["title", "name", "motto", "office__name"]
    autocomplete_fields = ["office"]
    prepopulated_fields = {"slug": ["title_de"]}
    inlines = [PrizeCategoryInline]
    fieldsets = [
        (None, {"fields": ["office", "name", "title", "slug", "kind", "edition", "is_published"]}),
        (_("The prize"), {"fields": ["description", "motto", "audience", "eligible", "criteria", "funding"]}),
        (_("Dates and money"), {"fields": ["deadline", "confirm_past_deadline", "award_date", "amount", "currency"]}),
        (_("Jury"), {"fields": ["jury_size", "jury_members"]}),
        (
            _("How to submit"),
            {
                "fields": [
                    "requirements",
                    "submission_office",
                    "submission_address",
                    "submission_room",
                    "submission_email",
                    "submission_by_post",
                    "application_form",
                    "application_form_url",
                ]
            },
        ),
        (
            _("Guidelines, contact and source"),
            {"fields": ["guidelines", "guidelines_url", "contact_name", "phone", "email", "source_url"]},
        ),
    ]
