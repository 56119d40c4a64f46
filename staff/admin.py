"""Admin scoping by city and office, and the admin for staff assignments."""

from django.contrib import admin
from django.contrib.admin.utils import get_fields_from_path
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from . import scoping
from .models import CityAssignment, OfficeAssignment


def _lookup(path: str, suffix: str) -> str:
    return f"{path}__{suffix}" if path else f"pk__{suffix}"


def _follow(obj, path: str):
    """obj.a.b for path "a__b"; "" is obj itself; None where a link is missing."""
    for name in path.split("__") if path else []:
        try:
            obj = getattr(obj, name)
        except ObjectDoesNotExist:
            return None
        if obj is None:
            return None
    return obj


class ScopedAdminMixin:
    """Limits a ModelAdmin or inline to the cities and offices the signed-in user is assigned to.

    `office_path` and `city_path` are lookups from the model to its Office and
    City ("" for the model itself, None for none). With both, a row without an
    office belongs to its whole city, as a closure notice for all offices does.

    Everything the admin shows goes through get_queryset(), so change lists,
    change, delete and history views, bulk actions, autocomplete and related
    list filters are scoped by it: another city's object is as missing as a
    deleted one. Foreign-key choices follow the scope of the target's admin,
    and a save that would put an object outside the user's scope is refused.
    """

    office_path: str | None = "office"
    city_path: str | None = None
    scope_error_message = _("You can only save content of the cities and offices you are assigned to.")

    def scope_filter(self, request) -> Q | None:
        """What the user may see of this model; None for no limit."""
        user = request.user
        if scoping.is_portal_admin(user):
            return None
        if self.office_path is not None:
            condition = Q(**{_lookup(self.office_path, "in"): scoping.offices_for(user)})
            if self.city_path is not None:
                condition |= Q(
                    **{
                        _lookup(self.office_path, "isnull"): True,
                        _lookup(self.city_path, "in"): scoping.cities_for(user),
                    }
                )
            return condition
        if self.city_path is not None:
            return Q(**{_lookup(self.city_path, "in"): scoping.cities_for(user)})
        return Q(pk__in=[])

    def in_scope(self, request, obj) -> bool:
        """scope_filter() for an object about to be saved."""
        user = request.user
        if scoping.is_portal_admin(user):
            return True
        if self.office_path is not None:
            office = _follow(obj, self.office_path)
            if office is not None:
                return scoping.may_edit_office(user, office)
        if self.city_path is not None:
            return scoping.may_edit_city(user, getattr(_follow(obj, self.city_path), "pk", None))
        return False

    def scope_error(self, request, obj) -> ValidationError | None:
        if self.in_scope(request, obj):
            return None
        return ValidationError(self.scope_error_message)

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        condition = self.scope_filter(request)
        return queryset if condition is None else queryset.filter(condition)

    def has_add_permission(self, request, *args):
        # Someone assigned to nothing could only fill forms whose choices are all empty.
        return super().has_add_permission(request, *args) and scoping.has_any_assignment(request.user)

    def _scope_choices(self, db_field, request, kwargs):
        if scoping.is_portal_admin(request.user):
            return
        target_admin = self.admin_site._registry.get(db_field.related_model)
        if not isinstance(target_admin, ScopedAdminMixin):
            return
        queryset = kwargs.get("queryset")
        if queryset is None:
            queryset = self.get_field_queryset(kwargs.get("using"), db_field, request)
        if queryset is None:
            queryset = db_field.related_model._default_manager.using(kwargs.get("using"))
        kwargs["queryset"] = queryset.filter(target_admin.scope_filter(request))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        self._scope_choices(db_field, request, kwargs)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        self._scope_choices(db_field, request, kwargs)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_list_filter(self, request):
        """Related filters offer only what is in the user's scope, not every city's names."""
        filters = super().get_list_filter(request)
        if scoping.is_portal_admin(request.user):
            return filters
        scoped = []
        for item in filters:
            if isinstance(item, str) and get_fields_from_path(self.model, item)[-1].is_relation:
                item = (item, admin.RelatedOnlyFieldListFilter)
            scoped.append(item)
        return scoped

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if scoping.is_portal_admin(request.user):
            return form
        model_admin = self

        class ScopedForm(form):
            def _post_clean(self):
                super()._post_clean()
                if not self.errors:
                    error = model_admin.scope_error(request, self.instance)
                    if error is not None:
                        self.add_error(None, error)

        ScopedForm.__name__ = form.__name__
        return ScopedForm

    def save_model(self, request, obj, form, change):
        # The form already says so; this also covers list_editable and custom views.
        if not self.in_scope(request, obj):
            raise PermissionDenied
        super().save_model(request, obj, form, change)


class AdministratorsOnlyMixin:
    """Assignments decide what others may edit, so only portal administrators manage them."""

    def has_module_permission(self, request):
        return scoping.is_portal_admin(request.user) and super().has_module_permission(request)

    def has_view_permission(self, request, obj=None):
        return scoping.is_portal_admin(request.user) and super().has_view_permission(request, obj)

    def has_add_permission(self, request, *args):
        return scoping.is_portal_admin(request.user) and super().has_add_permission(request, *args)

    def has_change_permission(self, request, obj=None):
        return scoping.is_portal_admin(request.user) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return scoping.is_portal_admin(request.user) and super().has_delete_permission(request, obj)


class CityAssignmentInline(AdministratorsOnlyMixin, admin.TabularInline):
    model = CityAssignment
    extra = 0
    autocomplete_fields = ["city"]
    verbose_name_plural = _("cities looked after as a whole")


class OfficeAssignmentInline(AdministratorsOnlyMixin, admin.TabularInline):
    model = OfficeAssignment
    extra = 0
    autocomplete_fields = ["office"]
    verbose_name_plural = _("single offices")


@admin.register(CityAssignment)
class CityAssignmentAdmin(AdministratorsOnlyMixin, admin.ModelAdmin):
    list_display = ["user", "city"]
    list_filter = ["city"]
    list_select_related = ["user", "city"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "city__short_name"]
    autocomplete_fields = ["user", "city"]


@admin.register(OfficeAssignment)
class OfficeAssignmentAdmin(AdministratorsOnlyMixin, admin.ModelAdmin):
    list_display = ["user", "office"]
    list_filter = ["office__city"]
    list_select_related = ["user", "office", "office__city"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "office__name"]
    autocomplete_fields = ["user", "office"]


User = get_user_model()
admin.site.unregister(User)
admin.site.unregister(Group)


@admin.register(User)
class StaffUserAdmin(AdministratorsOnlyMixin, UserAdmin):
    """Django's user admin, with the cities and offices each staff member works on.

    Administrators only, whatever permissions someone else holds: whoever edits
    users or groups can give themselves any role.
    """

    inlines = [CityAssignmentInline, OfficeAssignmentInline]


@admin.register(Group)
class StaffGroupAdmin(AdministratorsOnlyMixin, GroupAdmin):
    pass
