"""Staff edit everything here; content fields come as language tabs (modeltranslation)."""

from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline, TranslationTabularInline

from . import models


class OrderedInline(TranslationTabularInline):
    extra = 0
    # Staff reorder rows by editing their position; the list re-sorts on save.
    ordering = ["position", "pk"]


class TaskGroupInline(OrderedInline):
    model = models.TaskGroup
    fields = ["position", "title", "introduction"]
    show_change_link = True


class TargetGroupInline(OrderedInline):
    model = models.TargetGroup


class ContactPersonInline(OrderedInline):
    model = models.ContactPerson
    fields = ["position", "name", "role", "phone", "email"]


class AddressInline(OrderedInline):
    model = models.Address
    fields = ["position", "kind", "street", "po_box", "postal_code", "locality", "note"]


class OpeningHoursInline(OrderedInline):
    model = models.OpeningHours
    fields = ["position", "by_appointment", "weekday", "opens", "closes", "note"]


class MembershipInline(OrderedInline):
    model = models.Membership
    fields = ["position", "role", "body"]


class CooperationProjectInline(TranslationStackedInline):
    model = models.CooperationProject
    extra = 0


class ReferralInline(OrderedInline):
    model = models.Referral
    fields = ["position", "authority", "reason", "url"]


class RelatedLinkInline(TranslationStackedInline):
    model = models.RelatedLink
    extra = 0


class ActivityInline(TranslationStackedInline):
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
class CityAdmin(TabbedTranslationAdmin):
    list_display = ["short_name", "name", "federal_state", "office_count", "is_published"]
    list_filter = ["federal_state", "is_published"]
    search_fields = ["short_name", "name", "slug"]
    prepopulated_fields = {"slug": ["short_name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(office_count=Count("offices"))

    @admin.display(description=_("offices"), ordering="office_count")
    def office_count(self, city):
        return city.office_count


@admin.register(models.Office)
class OfficeAdmin(TabbedTranslationAdmin):
    list_display = ["name", "city", "kind", "parent", "is_published"]
    list_filter = ["kind", "is_published", "city__federal_state", "city"]
    list_select_related = ["city", "parent", "parent__city"]
    search_fields = ["name", "slug", "city__short_name", "mission"]
    autocomplete_fields = ["city", "parent"]
    prepopulated_fields = {"slug": ["name_de"]}
    fieldsets = [
        (None, {"fields": ["city", "parent", "kind", "name", "slug", "position", "is_published"]}),
        (_("What the office does"), {"fields": ["heading", "mission", "description", "scope_note"]}),
        (_("Legal basis"), {"fields": ["legal_basis", "legal_quote", "legal_quote_rendering"]}),
        (_("Contact and links"), {"fields": ["phone", "email", "sign_language_url", "source_url"]}),
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
    ]


@admin.register(models.TaskGroup)
class TaskGroupAdmin(TabbedTranslationAdmin):
    list_display = ["title", "office", "position"]
    list_filter = ["office__city"]
    list_select_related = ["office", "office__city"]
    search_fields = ["title", "office__name", "tasks__text"]
    autocomplete_fields = ["office"]
    inlines = [TaskInline]


@admin.register(models.Task)
class TaskAdmin(TabbedTranslationAdmin):
    list_display = ["__str__", "group", "parent", "position"]
    list_filter = ["group__office__city"]
    list_select_related = ["group", "parent"]
    search_fields = ["text", "group__title", "group__office__name"]
    autocomplete_fields = ["group", "parent"]


class OfficeChildAdmin(TabbedTranslationAdmin):
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
    list_display = ["name", "role", "office", "phone", "email"]
    search_fields = ["name", "role", "email", "office__name"]


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


@admin.register(models.ClosureNotice)
class ClosureNoticeAdmin(TabbedTranslationAdmin):
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


@admin.register(models.PrizeCall)
class PrizeCallAdmin(TabbedTranslationAdmin):
    list_display = ["title", "office", "deadline", "amount", "is_published"]
    list_filter = ["is_published", "office__city", "deadline"]
    list_select_related = ["office", "office__city"]
    search_fields = ["title", "name", "motto", "office__name"]
    autocomplete_fields = ["office"]
    prepopulated_fields = {"slug": ["title_de"]}
