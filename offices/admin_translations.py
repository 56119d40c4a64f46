"""Admin helpers for staff who keep content translations complete and fresh (core.ledger)."""

from django.contrib import admin
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from core import ledger
from core.languages import language_name
from core.ledger_admin import status_label

from .translation_status import office_lacks, office_table, offices_with, target_languages


class TranslationStatusFilter(admin.SimpleListFilter):
    """Offices with at least one text (their own or their content's) of `status` in a chosen language."""

    status = ledger.MISSING

    def lookups(self, request, model_admin):
        return [(code, language_name(code)) for code in target_languages()]

    def queryset(self, request, queryset):
        if self.value() in target_languages():
            return queryset.filter(pk__in=offices_with(self.status, self.value()).values("pk"))
        return queryset


class MissingTranslationFilter(TranslationStatusFilter):
    title = _("missing translation")
    parameter_name = "missing_translation"


class OutdatedTranslationFilter(TranslationStatusFilter):
    title = _("outdated translation")
    parameter_name = "outdated_translation"
    status = ledger.OUTDATED


class MachineTranslationFilter(TranslationStatusFilter):
    title = _("machine-translated text")
    parameter_name = "machine_translation"
    status = ledger.MACHINE_TRANSLATED


TRANSLATION_FILTERS = [MissingTranslationFilter, OutdatedTranslationFilter, MachineTranslationFilter]


class TranslationStatusMixin:
    """Shows on an office's change page which languages are complete, and each text's status per language."""

    @admin.display(description=_("translations"))
    def translation_status(self, office):
        if office.pk is None:
            return "–"
        rows = []
        for code in target_languages():
            complete = not office_lacks(office, code)
            rows.append((language_name(code), _("complete") if complete else _("incomplete")))
        summary = format_html_join("", "<div>{}: {}</div>", rows)
        languages = target_languages()
        head = format_html_join("", '<th scope="col">{}</th>', ((language_name(code),) for code in languages))
        body = format_html_join(
            "",
            '<tr><th scope="row">{}</th><td>{}</td>{}</tr>',
            (
                (
                    obj,
                    label,
                    format_html_join(
                        "",
                        '<td class="translation-{}">{}</td>',
                        ((states[code].status, status_label(states[code])) for code in languages if code in states),
                    ),
                )
                for obj, label, states in office_table(office)
            ),
        )
        return format_html(
            '{}<table class="translation-table"><caption>{}</caption><thead><tr><th scope="col">{}</th>'
            '<th scope="col">{}</th>{}</tr></thead><tbody>{}</tbody></table>',
            summary,
            _("Status of each text per language"),
            _("text"),
            _("field"),
            head,
            body,
        )
