"""City staff add and edit the local helplines of their offices' urgent-help boxes (issue 13); editors do not."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CITY_STAFF = [f"{action}_localhelpline" for action in ("add", "change", "delete", "view")]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("offices")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0, using=schema_editor.connection.alias)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    helplines = Permission.objects.filter(content_type__app_label="offices", codename__in=CITY_STAFF)
    Group.objects.get(name="City staff").permissions.add(*helplines)
    Group.objects.get(name="Portal administrators").permissions.add(*helplines)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    helplines = Permission.objects.filter(content_type__app_label="offices", codename__in=CITY_STAFF)
    for name in ("City staff", "Portal administrators"):
        apps.get_model("auth", "Group").objects.get(name=name).permissions.remove(*helplines)


class Migration(migrations.Migration):
    dependencies = [
        ("staff", "0004_roles_for_contact_numbers_and_prize_categories"),
        ("offices", "0010_city_general_contact_and_sensitivity"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
