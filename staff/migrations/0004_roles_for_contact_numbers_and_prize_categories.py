"""City staff edit their contact persons' further numbers and consultation times and prize categories; editors
the categories of the prize calls they look after."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ACTIONS = ("add", "change", "delete", "view")
ROLES = {
    "City staff": ("contactphone", "contacthours", "prizecategory"),
    "Editors": ("prizecategory",),
}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("offices")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0, using=schema_editor.connection.alias)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, models in ROLES.items():
        codenames = [f"{action}_{model}" for model in models for action in ACTIONS]
        permissions = Permission.objects.filter(content_type__app_label="offices", codename__in=codenames)
        Group.objects.get(name=name).permissions.add(*permissions)
    administrators = Group.objects.filter(name="Portal administrators").first()
    if administrators is not None:
        administrators.permissions.add(*Permission.objects.filter(content_type__app_label="offices"))


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    codenames = [f"{action}_{model}" for model in ROLES["City staff"] for action in ACTIONS]
    permissions = Permission.objects.filter(content_type__app_label="offices", codename__in=codenames)
    for group in apps.get_model("auth", "Group").objects.filter(name__in=ROLES):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("staff", "0003_consultations_roles"),
        ("offices", "0007_organisational_unit_rooms_deputies"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
