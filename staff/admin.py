"""Admin scoping by city and office, and the admin for staff assignments."""

import copy
import logging
import time

from django.contrib import admin
from django.contrib.admin.utils import get_fields_from_path
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.forms import AdminUserCreationForm
from django.contrib.auth.models import Group
from django.core import checks
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connections
from django.utils.translation import gettext_lazy as _

from core.views import DATABASE_DOWN

from . import invitations, otp_admin, policies, scoping  # noqa: F401 - otp_admin registers the device admin
from .models import CityAssignment, OfficeAssignment


def _as_saved(instance, cleaned_data):
    """A copy of a form's instance with the relations it is about to be saved with.

    clean() runs before the form writes its data to the instance; the scope is
    decided by relations only, so those are enough, and the copy leaves the
    instance as it was should the form be refused.
    """
    obj = copy.copy(instance)
    for field in obj._meta.concrete_fields:
        if field.is_relation and field.name in cleaned_data:
            setattr(obj, field.name, cleaned_data[field.name])
    return obj


logger = logging.getLogger(__name__)
SAVE_RETRY_PAUSE = 1.0  # seconds


class ScopedAdminMixin:
    """Limits a ModelAdmin or inline to the cities and offices the signed-in user is assigned to.

    How the model's rows reach their office and city is its policy (staff.policies).
    Everything the admin shows goes through get_queryset(), so change lists,
    change, delete and history views, bulk actions, autocomplete and related
    list filters are scoped by it: another city's object is as missing as a
    deleted one. Foreign-key choices follow the policy of the target model,
    and a save that would put an object outside the user's scope is refused.
    """

    scope_error_message = _("You can only save content of the cities and offices you are assigned to.")

    @property
    def policy(self) -> policies.Policy:
        return policies.of(self.model)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        # A database that was unavailable for a moment (a restart, a lock held too long) must not throw away
        # what a member of staff typed: the save ran in a transaction that was rolled back, so it is tried once
        # more after a pause; only then the friendly 503 (core.middleware), from which Back keeps the form.
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except DATABASE_DOWN as error:
            if request.method != "POST":
                raise
            logger.warning("database unavailable while saving %s, trying once more: %s", self.model._meta.label, error)
            time.sleep(SAVE_RETRY_PAUSE)
            for connection in connections.all(initialized_only=True):
                # A connection the outage broke is opened anew on the next query.
                if connection.connection is not None and not connection.in_atomic_block and not connection.is_usable():
                    connection.close()
            return super().changeform_view(request, object_id, form_url, extra_context)

    def check(self, **kwargs):
        errors = super().check(**kwargs)
        if policies.get(self.model) is None:
            errors.append(
                checks.Error(
                    f"{self.model._meta.label} has no scope policy.",
                    hint="Register one with staff.policies.register() in the admin module of its app.",
                    obj=type(self),
                    id="staff.E001",
                )
            )
        return errors

    def scope_error(self, request, obj) -> ValidationError | None:
        """The form's error for an object the user may not save; None if they may."""
        if self.policy.allows(request.user, obj):
            return None
        return ValidationError(self.scope_error_message)

    def get_queryset(self, request):
        return self.policy.for_user(request.user, super().get_queryset(request))

    def has_add_permission(self, request, *args):
        # Someone assigned to nothing could only fill forms whose choices are all empty.
        return super().has_add_permission(request, *args) and scoping.has_any_assignment(request.user)

    def _scope_choices(self, db_field, request, kwargs):
        target = policies.get(db_field.related_model)
        if target is None or scoping.is_portal_admin(request.user):
            return
        queryset = kwargs.get("queryset")
        if queryset is None:
            queryset = self.get_field_queryset(kwargs.get("using"), db_field, request)
        if queryset is None:
            queryset = db_field.related_model._default_manager.using(kwargs.get("using"))
        kwargs["queryset"] = target.for_user(request.user, queryset)

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
            def clean(self):
                # After the form's own clean(), which may fill in relations (a notice's city from its office).
                returned = super().clean()
                if not self.errors:
                    obj = _as_saved(self.instance, self.cleaned_data if returned is None else returned)
                    error = model_admin.scope_error(request, obj)
                    if error is not None:
                        self.add_error(None, error)
                return returned

        ScopedForm.__name__ = form.__name__
        return ScopedForm

    def save_model(self, request, obj, form, change):
        # The form already says so; this also covers list_editable and custom views.
        if not self.policy.allows(request.user, obj):
            raise PermissionDenied
        super().save_model(request, obj, form, change)


@checks.register(checks.Tags.admin)
def check_policies_are_applied(app_configs=None, **kwargs):
    """A model with a policy whose admin forgot ScopedAdminMixin would list every city's rows."""
    return [
        checks.Error(
            f"{model._meta.label} has a scope policy, but its admin does not apply it.",
            hint="Add staff.admin.ScopedAdminMixin to its ModelAdmin.",
            obj=type(admin.site.get_model_admin(model)),
            id="staff.E002",
        )
        for model in policies.registered()
        if admin.site.is_registered(model) and not isinstance(admin.site.get_model_admin(model), ScopedAdminMixin)
    ]


class AdministratorsOnlyMixin:
    """Only portal administrators see and manage these, whatever permissions others hold.

    Assignments, users and groups decide what others may edit; accessibility feedback may name people.
    """

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


# The roles are rows (staff/migrations/0002_roles.py) named in English; the admin shows them in the staff's language.
ROLE_NAMES = {
    "Portal administrators": _("Portal administrators"),
    "City staff": _("City staff"),
    "Editors": _("Editors"),
}


def role_name(group: Group) -> str:
    return str(ROLE_NAMES.get(group.name, group.name))


class StaffUserCreationForm(AdminUserCreationForm):
    """A new staff member in one form: name, sign-in, status and role; their cities and offices below it."""

    class Meta(AdminUserCreationForm.Meta):
        fields = ("username", "first_name", "last_name", "email", "is_staff", "is_active", "groups")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["is_staff"].initial = True
        self.fields["groups"].label_from_instance = role_name


@admin.register(User)
class StaffUserAdmin(AdministratorsOnlyMixin, UserAdmin):
    """Django's user admin, with the cities and offices each staff member works on.

    Administrators only, whatever permissions someone else holds: whoever edits
    users or groups can give themselves any role.
    """

    add_form = StaffUserCreationForm
    add_fieldsets = [
        (None, {"fields": ["username", "usable_password", "password1", "password2"]}),
        (_("Name and e-mail"), {"fields": [("first_name", "last_name"), "email"]}),
        (_("Status and role"), {"fields": ["is_staff", "is_active", "groups"]}),
    ]
    inlines = [CityAssignmentInline, OfficeAssignmentInline]
    actions = ["invite_to_second_factor"]

    @admin.action(description=_("Create a link to set up the authenticator app"))
    def invite_to_second_factor(self, request, queryset):
        # Shown to the administrator, who passes it on; not mailed, so it never sits in a mailbox for long.
        for user in queryset:
            self.message_user(
                request,
                _("Link for %(user)s to set up the authenticator app: %(url)s")
                % {"user": user.get_username(), "url": invitations.invitation_url(user)},
            )

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if db_field.name == "groups":
            field.label_from_instance = role_name
        return field


@admin.register(Group)
class StaffGroupAdmin(AdministratorsOnlyMixin, GroupAdmin):
    list_display = ["role"]

    @admin.display(description=_("name"), ordering="name")
    def role(self, group):
        return role_name(group)
