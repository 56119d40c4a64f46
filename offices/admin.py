"""Staff edit everything here; content fields come as language tabs (modeltranslation).

Every admin class and inline is scoped (staff.admin.ScopedAdminMixin): staff
see and edit only the cities and offices they are assigned to. How each model
reaches its office and city is its policy, declared below.
"""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.urls import path, reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline, TranslationTabularInline

from core.admin_inlines import ContributedInlinesMixin
from core.admin_labels import LabelledTabularMixin
from core.ledger_admin import LedgerAdminMixin, LocalizedInputsMixin
from core.slugs import GermanSlugAdminMixin
from staff import policies, scoping
from staff.admin import ScopedAdminMixin

from . import models
from .admin_contacts import (  # the module also registers the local helplines' admin
    AddressInline,
    ContactHoursInline,
    ContactPersonInline,
    ContactPhoneInline,
    LocalHelplineInline,
)
from .admin_import import import_text
from .admin_prizes import PrizeCallAdmin  # noqa: F401 - registers the prize call admin
from .admin_tasks import TaskGroupForm
from .admin_translations import TRANSLATION_FILTERS, TranslationStatusMixin
from .admin_views import closure_notice_preview

# Whose content each model is: the path from a row to its office, and to its city for a row that may belong to a
# whole city. Declared with the admin, not on the models: who edits what is the staff side's rule, and the admin
# modules are the layer that may import staff. City and Office themselves are staff.policies' own.
for office_content in (
    models.TaskGroup,
    models.TargetGroup,
    models.ContactPerson,
    models.Address,
    models.OpeningHours,
    models.Membership,
    models.CooperationProject,
    models.Referral,
    models.RelatedLink,
    models.Activity,
    models.PrizeCall,
    models.LocalHelpline,
):
    policies.register(office_content, office="office")
policies.register(models.Task, office="group__office")
policies.register(models.ClosureNotice, office="office", city="city")


class OrderedInline(LabelledTabularMixin, ScopedAdminMixin, LocalizedInputsMixin, TranslationTabularInline):
    extra = 0
    # Staff reorder rows by editing their position; the list re-sorts on save.
    ordering = ["position", "pk"]


class TaskGroupInline(ScopedAdminMixin, TranslationStackedInline):
    """Groups with their tasks and sub-tasks as one ordered list (offices.admin_tasks): all in the office's save."""

    model = models.TaskGroup
    form = TaskGroupForm
    extra = 0
    ordering = ["position", "pk"]
    fields = [("title", "position"), "introduction", "task_list"]
    show_change_link = True


class TargetGroupInline(OrderedInline):
    model = models.TargetGroup


class OpeningHoursInline(OrderedInline):
    model = models.OpeningHours
    fields = ["position", "by_appointment", "weekday", "opens", "closes", "note"]


class MembershipInline(OrderedInline):
    model = models.Membership
    fields = ["position", "role", "body"]


class CooperationProjectInline(ScopedAdminMixin, LocalizedInputsMixin, TranslationStackedInline):
    model = models.CooperationProject
    extra = 0


class ReferralInline(OrderedInline):
    model = models.Referral
    fields = ["position", "authority", "reason", "url", "phone", "email"]


class RelatedLinkInline(ScopedAdminMixin, LocalizedInputsMixin, TranslationStackedInline):
    model = models.RelatedLink
    extra = 0


class ActivityInline(ScopedAdminMixin, LocalizedInputsMixin, TranslationStackedInline):
    model = models.Activity
    extra = 0


class TaskInline(OrderedInline):
    model = models.Task
    fields = ["position", "parent", "text", "note"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "parent":
            group_id = request.resolver_match.kwargs.get("object_id")
            # Only top-level tasks of this group can carry sub-tasks.
            kwargs["queryset"] = models.Task.objects.filter(group_id=group_id, parent__isnull=True)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(models.City)
class CityAdmin(GermanSlugAdminMixin, ScopedAdminMixin, LedgerAdminMixin, TabbedTranslationAdmin):
    list_display = ["short_name", "name", "federal_state", "office_count", "is_published"]
    list_filter = ["federal_state", "is_published"]
    search_fields = ["short_name", "name", "slug"]
    prepopulated_fields = {"slug": ["short_name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(office_count=Count("offices"))

    @admin.display(description=_("offices"), ordering="office_count")
    def office_count(self, city):
        return city.office_count

    # Staff of single offices see their city, to pick it in forms, but cannot change it (staff.policies.CityPolicy).
    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and (obj is None or self.policy.allows(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and (obj is None or self.policy.allows(request.user, obj))


@admin.register(models.Office)
class OfficeAdmin(
    ContributedInlinesMixin,
    GermanSlugAdminMixin,
    ScopedAdminMixin,
    TranslationStatusMixin,
    LedgerAdminMixin,
    TabbedTranslationAdmin,
):
    list_display = ["name", "city", "kind", "parent", "is_published"]
    list_filter = ["kind", "is_published", "city__federal_state", "city", *TRANSLATION_FILTERS]
    readonly_fields = ["translation_status"]
    list_select_related = ["city", "parent", "parent__city"]
    search_fields = ["name", "slug", "city__short_name", "mission"]
    autocomplete_fields = ["city", "parent"]
    prepopulated_fields = {"slug": ["name_de"]}
    fieldsets = [
        (None, {"fields": ["city", "parent", "kind", "name", "slug", "position", "is_published"]}),
        (_("Place in the administration"), {"fields": [("unit_number", "unit_name")]}),
        (_("What the office does"), {"fields": ["heading", "mission", "description", "scope_note"]}),
        (_("Legal basis"), {"fields": ["legal_basis", "legal_quote", "legal_quote_rendering", "legal_basis_first"]}),
        (_("Contact and links"), {"fields": [("phone", "fax", "email"), "source_url", "response_days"]}),
        (_("Sensitive pages"), {"fields": ["is_sensitive", "helplines"]}),
        (
            _("Leichte Sprache and sign language"),
            {"fields": ["easy_language_summary", "sign_language_url", "sign_language_duration"]},
        ),
        (_("Translations"), {"fields": ["translation_status"]}),
    ]
    inlines = [
        TaskGroupInline,
        TargetGroupInline,
        ContactPersonInline,
        AddressInline,
        OpeningHoursInline,
        MembershipInline,
        CooperationProjectInline,
        ReferralInline,
        RelatedLinkInline,
        ActivityInline,
        LocalHelplineInline,
    ]

    def get_urls(self):
        start = path(
            "import-text/",
            self.admin_site.admin_view(import_text),
            {"model_admin": self},
            name="offices_office_import_text",
        )
        return [start, *super().get_urls()]

    def has_add_permission(self, request):
        # A new office belongs to a city: only staff who look after a whole city add one.
        user = request.user
        return super().has_add_permission(request) and (
            scoping.is_portal_admin(user) or scoping.cities_for(user).exists()
        )


@admin.register(models.TaskGroup)
class TaskGroupAdmin(ScopedAdminMixin, LedgerAdminMixin, TabbedTranslationAdmin):
    """For translating a group's tasks one by one; they are written on the office's page."""

    list_display = ["title", "office", "position"]
    readonly_fields = ["office_link"]

    @admin.display(description=_("office"))
    def office_link(self, group):
        if not group.office_id:
            return "–"
        url = reverse("admin:offices_office_change", args=[group.office_id])
        return format_html('<a href="{}">{}</a>', url, group.office)

    list_filter = ["office__city"]
    list_select_related = ["office", "office__city"]
    search_fields = ["title", "office__name", "tasks__text"]
    autocomplete_fields = ["office"]
    inlines = [TaskInline]


@admin.register(models.Task)
class TaskAdmin(ScopedAdminMixin, LedgerAdminMixin, TabbedTranslationAdmin):
    list_display = ["__str__", "group", "parent", "position"]
    list_filter = [("parent", admin.EmptyFieldListFilter), "group__office__city"]
    list_select_related = ["group", "parent"]
    search_fields = ["text", "group__title", "group__office__name"]
    autocomplete_fields = ["group", "parent"]


class OfficeChildAdmin(ScopedAdminMixin, LedgerAdminMixin, TabbedTranslationAdmin):
    """Admin for rows that hang off an office; also editable inline there."""

    list_filter = ["office__city"]
    list_select_related = ["office", "office__city"]
    autocomplete_fields = ["office"]


@admin.register(models.TargetGroup)
class TargetGroupAdmin(OfficeChildAdmin):
    list_display = ["__str__", "office", "position"]
    search_fields = ["description"]


@admin.register(models.ContactPerson)
class ContactPersonAdmin(OfficeChildAdmin):
    list_display = ["name", "role", "is_deputy", "office", "phone", "email"]
    search_fields = ["name", "role", "email", "office__name"]
    inlines = [ContactPhoneInline, ContactHoursInline]


@admin.register(models.Address)
class AddressAdmin(OfficeChildAdmin):
    list_display = ["__str__", "kind", "office"]
    list_filter = ["kind", "office__city"]
    search_fields = ["street", "po_box", "postal_code", "locality"]


@admin.register(models.OpeningHours)
class OpeningHoursAdmin(OfficeChildAdmin):
    list_display = ["__str__", "office", "by_appointment"]


@admin.register(models.Membership)
class MembershipAdmin(OfficeChildAdmin):
    list_display = ["body", "role", "office"]
    search_fields = ["body", "role"]


@admin.register(models.CooperationProject)
class CooperationProjectAdmin(OfficeChildAdmin):
    list_display = ["name", "office", "funder"]
    search_fields = ["name", "partners", "funder"]


@admin.register(models.Referral)
class ReferralAdmin(OfficeChildAdmin):
    list_display = ["authority", "reason", "office"]
    search_fields = ["authority", "reason"]


@admin.register(models.RelatedLink)
class RelatedLinkAdmin(OfficeChildAdmin):
    list_display = ["title", "topic", "office"]
    search_fields = ["title", "topic", "summary"]


@admin.register(models.Activity)
class ActivityAdmin(OfficeChildAdmin):
    list_display = ["title", "kind", "office", "recurrence"]
    list_filter = ["kind", "office__city"]
    search_fields = ["title", "description"]


class ClosureNoticeForm(forms.ModelForm):
    """The city follows from the office; it is chosen alone only for a closure of all its offices.

    No Meta: the admin builds the form for its model and fieldsets.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "city" in self.fields:
            self.fields["city"].required = False
            self.fields["city"].help_text = _(
                "Filled in from the office. Choose only the city for a closure of all its offices."
            )

    def clean(self):
        cleaned_data = super().clean()
        office, city = cleaned_data.get("office"), cleaned_data.get("city")
        if office and not city:
            cleaned_data["city"] = office.city
        elif not office and not city and not self.has_error("office"):
            self.add_error("city", _("Choose an office, or a city for a closure of all its offices."))
        return cleaned_data


@admin.register(models.ClosureNotice)
class ClosureNoticeAdmin(ScopedAdminMixin, LedgerAdminMixin, TabbedTranslationAdmin):
    """Editors write a draft, preview its banner, then publish; when it shows is computed per request."""

    form = ClosureNoticeForm
    actions = ["publish", "back_to_draft"]
    list_display = ["title", "city", "office", "starts_on", "ends_on", "status", "visible_from", "visible_until"]
    list_filter = ["status", "city", "starts_on"]
    list_select_related = ["city", "office", "office__city"]
    search_fields = ["title", "message", "office__name", "city__short_name"]
    autocomplete_fields = ["city", "office"]
    date_hierarchy = "starts_on"
    fieldsets = [
        (None, {"fields": ["city", "office", "status"]}),
        (_("Closure"), {"fields": ["starts_on", "ends_on", "starts_at", "ends_at", "reason"]}),
        (_("Notice"), {"fields": ["title", "message"]}),
        (_("Visibility"), {"fields": ["visible_from", "visible_until"]}),
    ]

    def get_urls(self):
        opts = self.opts
        preview = path(
            "<path:object_id>/preview/",
            self.admin_site.admin_view(closure_notice_preview),
            {"model_admin": self},
            name=f"{opts.app_label}_{opts.model_name}_preview",
        )
        return [preview, *super().get_urls()]

    def get_changeform_initial_data(self, request):
        # New notices start as drafts so they can be previewed before residents see them.
        return {"status": models.ClosureNotice.Status.DRAFT, **super().get_changeform_initial_data(request)}

    def scope_error(self, request, obj):
        error = super().scope_error(request, obj)
        if error is not None and obj.office_id is None:
            return ValidationError(
                {"office": _("Only staff who look after the whole city can post a notice for all its offices.")}
            )
        return error

    @admin.action(description=_("Publish selected closure notices"), permissions=["change"])
    def publish(self, request, queryset):
        self._set_status(request, queryset, models.ClosureNotice.Status.PUBLISHED)

    @admin.action(description=_("Set selected closure notices back to draft"), permissions=["change"])
    def back_to_draft(self, request, queryset):
        self._set_status(request, queryset, models.ClosureNotice.Status.DRAFT)

    def _set_status(self, request, queryset, status):
        # One by one, so each change is in the notice's history like an edit in its form,
        # whose messages are stored untranslated and shown in the reader's language.
        with translation.override(None):
            message = [
                {"changed": {"fields": [str(capfirst(models.ClosureNotice._meta.get_field("status").verbose_name))]}}
            ]
        notices = list(queryset.exclude(status=status))
        for notice in notices:
            notice.status = status
            notice.save(update_fields=["status", "updated_at"])
            self.log_change(request, notice, message)
        self.message_user(
            request,
            ngettext(
                "%(count)d closure notice is now “%(status)s”.",
                "%(count)d closure notices are now “%(status)s”.",
                len(notices),
            )
            % {"count": len(notices), "status": status.label},
        )
