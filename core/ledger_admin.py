"""The ledger in the staff forms: each translated field says its status, Arabic and Persian are typed
right to left, and a "minor change" box lets a typo fix in the German text keep every translation's status."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language_bidi, gettext, override
from django.utils.translation import gettext_lazy as _

from . import ledger

MINOR_CHANGE = "minor_change"


def status_label(state: ledger.Freshness) -> str:
    if state.status == ledger.OUTDATED:
        return gettext("outdated since %(date)s") % {
            "date": date_format(timezone.localtime(state.since), "DATE_FORMAT")
        }
    return {
        ledger.MISSING: gettext("missing"),
        ledger.MACHINE_TRANSLATED: gettext("machine translated"),
        ledger.CURRENT: gettext("up to date"),
    }[state.status]


def is_right_to_left(language: str) -> bool:
    with override(language):
        return get_language_bidi()


def localize_widget(db_field, formfield) -> None:
    """`lang` and `dir` on the input of one language's column of a translated field."""
    language = getattr(db_field, "language", None)
    if formfield is None or language is None or language not in settings.MODELTRANSLATION_LANGUAGES:
        return
    formfield.widget.attrs.update(lang=language, dir="rtl" if is_right_to_left(language) else "ltr")


class LocalizedInputsMixin:
    """For inlines and admins alike: every language's input says its language and direction."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        localize_widget(db_field, formfield)
        return formfield


class LedgerAdminMixin(LocalizedInputsMixin):
    """For a ModelAdmin of a translated model (before modeltranslation's TranslationAdmin in the bases)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        minor_change = forms.BooleanField(
            label=_("Minor change"),
            required=False,
            help_text=_(
                "Only a typo or punctuation fixed in the German text: the translations keep their status "
                "instead of becoming outdated."
            ),
        )
        self.form = type(self.form.__name__, (self.form,), {MINOR_CHANGE: minor_change})

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if obj is not None and obj.pk is not None:
            for field in ledger.translated_fields(type(obj)):
                for language in ledger.target_languages():
                    formfield = form.base_fields.get(f"{field}_{language}")
                    if formfield is None:
                        continue
                    state = ledger.freshness(obj, field, language)
                    note = gettext("Translation status: %(status)s") % {"status": status_label(state)}
                    formfield.help_text = f"{formfield.help_text} {note}".strip()
        return form

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if any(MINOR_CHANGE in options.get("fields", ()) for _name, options in fieldsets):
            return fieldsets
        return [*fieldsets, (None, {"fields": [MINOR_CHANGE]})]

    def save_model(self, request, obj, form, change):
        if form.cleaned_data.get(MINOR_CHANGE):
            ledger.mark_minor_change(obj)
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        if form.cleaned_data.get(MINOR_CHANGE):
            for inline_form in formset.forms:
                ledger.mark_minor_change(inline_form.instance)
        super().save_formset(request, form, formset, change)
