"""The portal's admin site: a second sign-in factor for staff, and nothing shown outside a user's scope."""

from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.exceptions import NotRegistered
from django.contrib.admin.models import DELETION
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.core.exceptions import ValidationError
from django.db.models import CharField, Q, Sum
from django.db.models.functions import Cast
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from . import policies, scoping, views


def needs_second_factor(request) -> bool:
    """A signed-in staff member who has not yet confirmed a one-time password in this session."""
    user = request.user
    return (
        settings.STAFF_OTP_REQUIRED
        and user.is_authenticated
        and user.is_active
        and user.is_staff
        and not user.is_verified()
    )


def account_locked(username: str) -> bool:
    """Too many failed sign-ins for this user name from all addresses together (django-axes counts per address).

    Guessing from many addresses (50 tries from 10, then one from an 11th) locks
    the account itself; an administrator lifts it by deleting its access attempts.
    """
    if not username or settings.LOGIN_ACCOUNT_FAILURE_LIMIT <= 0:
        return False
    attempts = AccessAttempt.objects.filter(username=username)
    if settings.AXES_COOLOFF_TIME:
        attempts = attempts.filter(attempt_time__gte=timezone.now() - settings.AXES_COOLOFF_TIME)
    failures = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
    return failures >= settings.LOGIN_ACCOUNT_FAILURE_LIMIT


class ScopedAutocompleteJsonView(AutocompleteJsonView):
    def has_perm(self, request, obj=None):
        # Editors fill in the office of a closure notice without permission to view offices.
        # Only for a target with a scope policy, whose results its admin narrows to the user's
        # scope: users, say, are no one's to list but the administrators'.
        if super().has_perm(request, obj):
            return True
        if policies.get(self.model_admin.model) is None:
            return False
        try:
            source_admin = self.admin_site.get_model_admin(self.source_field.model)
        except NotRegistered:
            return False
        return source_admin.has_add_permission(request) or source_admin.has_change_permission(request)


class PortalAdminSite(admin.AdminSite):
    site_header = _("Commissioner offices portal")
    site_title = _("Commissioner offices portal")
    index_title = _("Content administration")

    def has_permission(self, request):
        return super().has_permission(request) and not needs_second_factor(request)

    def login(self, request, extra_context=None):
        if request.method == "POST" and account_locked(request.POST.get("username", "")):
            context = {
                "failure_limit": settings.LOGIN_ACCOUNT_FAILURE_LIMIT,
                "cooloff_timedelta": settings.AXES_COOLOFF_TIME,
            }
            return render(request, "staff/lockout.html", context, status=429)
        if request.method == "GET" and needs_second_factor(request):
            url = reverse("admin:second_factor", current_app=self.name)
            if "next" in request.GET:
                url += "?" + urlencode({"next": request.GET["next"]})
            return HttpResponseRedirect(url)
        return super().login(request, extra_context)

    def get_urls(self):
        urls = [
            path("second-factor/", views.second_factor, {"admin_site": self}, name="second_factor"),
            path(
                "invitation/<str:token>/",
                views.accept_invitation,
                {"admin_site": self},
                name="enrolment_invitation",
            ),
        ]
        for pattern in super().get_urls():
            name = getattr(pattern, "name", None)
            if name == "view_on_site":
                pattern = path(
                    "r/<path:content_type_id>/<path:object_id>/",
                    self.admin_view(self.view_on_site),
                    name="view_on_site",
                )
            elif name == "logout":
                # Also for someone who gave the password but no code yet (the admin's own wrapper refuses them).
                pattern = path("logout/", never_cache(self.logout), name="logout")
            urls.append(pattern)
        return urls

    def autocomplete_view(self, request):
        return ScopedAutocompleteJsonView.as_view(admin_site=self)(request)

    def view_on_site(self, request, content_type_id, object_id):
        """The "view on site" redirect, which would otherwise reveal another city's object and its address."""
        try:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
        except (ContentType.DoesNotExist, ValueError) as missing:
            raise Http404 from missing
        policy = policies.get(model)
        if policy is not None and not scoping.is_portal_admin(request.user):
            try:
                found = policy.for_user(request.user).filter(pk=object_id).exists()
            except (ValueError, ValidationError) as malformed:
                raise Http404 from malformed
            if not found:
                raise Http404
        return shortcut(request, content_type_id, object_id)

    def get_log_entries(self, request):
        """Recent actions: only about objects still in the user's scope, and what they deleted themselves."""
        entries = super().get_log_entries(request)
        if scoping.is_portal_admin(request.user):
            return entries
        if not request.user.is_authenticated:
            return entries.none()  # the sign-in page
        visible = Q(action_flag=DELETION, user=request.user)
        for model, policy in policies.registered().items():
            # Models edited only inline have no entries of their own: their changes are logged on the parent.
            if not self.is_registered(model) or not self.get_model_admin(model).has_view_or_change_permission(request):
                continue
            keys = policy.for_user(request.user).values_list(Cast("pk", output_field=CharField()), flat=True)
            content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
            visible |= Q(content_type=content_type, object_id__in=keys)
        return entries.filter(visible)
