from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class StaffConfig(AppConfig):
    default = True
    name = "staff"
    verbose_name = _("Staff")


class PortalAdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin with the portal's site: scoped recent actions and a second sign-in factor."""

    default = False
    default_site = "staff.sites.PortalAdminSite"
