"""City staff handle their offices' counselling offers, hours and appointment requests; editors do not.

Residents send requests and the purge command deletes them, so staff neither
add nor delete requests; they change their status and assignment and add
notes, which stay as written.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ACTIONS = ("add", "change", "delete", "view")
CITY_STAFF = (
    [f"{action}_counsellingoffer" for action in ACTIONS]
    + [f"{action}_consultationhour" for action in ACTIONS]
    + ["view_appointmentrequest", "change_appointmentrequest"]
    + ["view_preferredwindow", "view_statuschange", "view_requestnote", "add_requestnote"]
)


def grant(apps, schema_editor):
    app_config = apps.get_app_config("consultations")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0, using=schema_editor.connection.alias)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    consultations = Permission.objects.filter(content_type__app_label="consultations")
    Group.objects.get(name="City staff").permissions.add(*consultations.filter(codename__in=CITY_STAFF))


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    consultations = Permission.objects.filter(content_type__app_label="consultations")
    apps.get_model("auth", "Group").objects.get(name="City staff").permissions.remove(*consultations)


class Migration(migrations.Migration):
    dependencies = [
        ("staff", "0002_roles"),
        ("consultations", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
