from functools import partial

from axes.apps import AppConfig as AxesAppConfig
from django.apps import AppConfig
from django.apps import apps as global_apps
from django.conf import settings
from django.contrib.admin import apps as admin_apps
from django.db import DEFAULT_DB_ALIAS
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.apps import DefaultConfig as TOTPAppConfig

from core import retention


def grant_everything_to_administrators(sender, apps=global_apps, using=DEFAULT_DB_ALIAS, **kwargs):
    """Portal administrators may do everything, also in apps installed after the roles migration.

    post_migrate comes once per app, after django.contrib.auth created that app's permissions.
    `flush` sends it too, without `apps` (as after every live-server and transactional test).
    """
    try:
        Group = apps.get_model("auth", "Group")
        Permission = apps.get_model("auth", "Permission")
    except LookupError:
        return
    administrators = Group.objects.using(using).filter(name="Portal administrators").first()
    if administrators is not None:
        administrators.permissions.add(*Permission.objects.using(using).filter(content_type__app_label=sender.label))


def sign_in_records_due(model: str, now):
    cutoff = retention.days_ago(now, settings.SIGN_IN_RECORD_RETENTION_DAYS)
    return global_apps.get_model("axes", model).objects.filter(attempt_time__lt=cutoff)


class StaffConfig(AppConfig):
    default = True
    name = "staff"
    verbose_name = _("Staff")

    def ready(self):
        # django-axes keeps each sign-in attempt with user name and address; kept as long as a lockout matters.
        for model in ("AccessAttempt", "AccessLog", "AccessFailureLog"):
            retention.register(f"sign-in records ({model})", partial(sign_in_records_due, model))
        post_migrate.connect(
            grant_everything_to_administrators, dispatch_uid="staff.grant_everything_to_administrators"
        )


class PortalAdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin with the portal's site: scoped recent actions and a second sign-in factor."""

    default = False
    default_site = "staff.sites.PortalAdminSite"


class SignInAttemptsConfig(AxesAppConfig):
    """django-axes under a name staff understand, in their language (the app's own label is "Axes")."""

    verbose_name = _("Sign-in attempts")


class OneTimePasswordsConfig(TOTPAppConfig):
    """django-otp's TOTP devices as "authenticator apps", in the staff's language."""

    verbose_name = _("One-time passwords")

    def ready(self):
        super().ready()
        from django_otp.plugins.otp_totp.models import TOTPDevice

        # The package names its model in English only; the admin reads these at each request.
        # original_attrs stay as they are, so no migration follows.
        TOTPDevice._meta.verbose_name = _("authenticator app")
        TOTPDevice._meta.verbose_name_plural = _("authenticator apps")
