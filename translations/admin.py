"""Staff's page for translation work: download an XLIFF file for an agency, upload it back, and (when an
engine is configured) request a machine translation for an office and language. Each staff member works on
the offices they look after (staff.policies)."""

from django.contrib import admin, messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _

from offices.models import Office
from staff import policies

from . import machine, xliff
from .forms import ExportForm, ImportForm, MachineTranslationForm
from .models import TranslationWork
from .units import units


@admin.register(TranslationWork)
class TranslationWorkAdmin(admin.ModelAdmin):
    def has_view_permission(self, request, obj=None):
        # Whoever edits offices' content (not the notice and prize call editors).
        return request.user.is_active and request.user.has_perm("offices.change_office")

    def has_module_permission(self, request):
        return self.has_view_permission(request)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def offices(self, request):
        return policies.of(Office).for_user(request.user).select_related("city").order_by("city__slug", "position")

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("export/", wrap(self.export_view), name="translations_export"),
            path("import/", wrap(self.import_view), name="translations_import"),
            path("machine/", wrap(self.machine_view), name="translations_machine"),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_permission(request):
            return redirect("admin:index")
        offices = self.offices(request)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Content translations"),
            "opts": self.model._meta,
            "export_form": ExportForm(offices=offices),
            "import_form": ImportForm(),
            "machine_form": MachineTranslationForm(offices=offices) if machine.engine() else None,
            "budgets": machine.budgets(offices),
        }
        return TemplateResponse(request, "admin/translations/work.html", context)

    def _back(self):
        return redirect(reverse("admin:translations_translationwork_changelist"))

    def export_view(self, request):
        form = ExportForm(request.POST or None, offices=self.offices(request))
        if request.method != "POST" or not form.is_valid():
            messages.error(request, _("Choose offices, a language and which texts to export."))
            return self._back()
        language = form.cleaned_data["language"]
        found = list(
            units(form.cleaned_data["offices"].values_list("pk", flat=True), language, form.cleaned_data["selection"])
        )
        response = HttpResponse(xliff.export(found, language), content_type="application/xliff+xml")
        response["Content-Disposition"] = f'attachment; filename="portal-{language}.xlf"'
        return response

    def import_view(self, request):
        form = ImportForm(request.POST or None, request.FILES or None)
        if request.method != "POST" or not form.is_valid():
            messages.error(request, _("Choose an XLIFF file to upload."))
            return self._back()
        allowed = set(self.offices(request).values_list("pk", flat=True))
        try:
            result = xliff.import_file(form.cleaned_data["file"].read(), allowed_office_ids=allowed)
        except xliff.ImportRefused as refused:
            messages.error(request, _("Nothing was imported."))
            for message in refused.messages:
                messages.error(request, message)
            return self._back()
        messages.success(
            request,
            _("%(written)s translations written and %(unchanged)s confirmed, all marked reviewed.")
            % {"written": result.written, "unchanged": result.unchanged},
        )
        return self._back()

    def machine_view(self, request):
        form = MachineTranslationForm(request.POST or None, offices=self.offices(request))
        if request.method != "POST" or not form.is_valid() or machine.engine() is None:
            messages.error(request, _("Choose an office and a language."))
            return self._back()
        outcome = machine.translate_office(form.cleaned_data["office"], form.cleaned_data["language"])
        level = messages.ERROR if outcome.error else messages.SUCCESS
        messages.add_message(request, level, outcome.message())
        return self._back()
