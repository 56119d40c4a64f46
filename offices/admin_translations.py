"""Admin helpers for staff who keep content translations complete."""

from django.contrib import admin
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from core.languages import language_name

from .translation_status import office_lacks, offices_missing, target_languages


class MissingTranslationFilter(admin.SimpleListFilter):
    title = _("missing translation")
    parameter_name = "missing_translation"

    def lookups(self, request, model_admin):
        return [(code, language_name(code)) for code in target_languages()]

    def queryset(self, request, queryset):
        if self.value() in target_languages():
            return queryset.filter(pk__in=offices_missing(self.value()).values("pk"))
        return queryset


class TranslationStatusMixin:
    """Shows on an office's change page which languages are complete for it and its content."""

    @admin.display(description=_("translations"))
    def translation_status(self, office):
        if office.pk is None:
            return "–"
        rows = []
        for code in target_languages():
            complete = not office_lacks(office, code)
            rows.append((language_name(code), _("complete") if complete else _("incomplete")))
        return format_html_join("", "<div>{}: {}</div>", rows)
