"""The three staff roles as groups with their permissions, so a fresh install has them.

What each group may edit is fixed here; which cities and offices a member
works on is their assignment (staff.models). Portal administrators get every
permission that exists at this point, and those of apps installed later after
each migrate (staff.apps.grant_everything_to_administrators).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ACTIONS = ("add", "change", "delete", "view")
OFFICE_CONTENT = (
    "office",
    "taskgroup",
    "task",
    "targetgroup",
    "contactperson",
    "address",
    "openinghours",
    "membership",
    "cooperationproject",
    "referral",
    "relatedlink",
    "activity",
    "closurenotice",
    "prizecall",
)
EDITORIAL = ("closurenotice", "prizecall")

ROLES = {
    # Everything of the offices of their cities; the city record itself they may correct but not add or remove.
    "City staff": [("offices", f"{action}_{model}") for model in OFFICE_CONTENT for action in ACTIONS]
    + [("offices", "view_city"), ("offices", "change_city")],
    # Closure notices and prize calls of their offices, nothing else.
    "Editors": [("offices", f"{action}_{model}") for model in EDITORIAL for action in ACTIONS],
}


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations ran; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0, using=schema_editor.connection.alias)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        for app_label, codename in permissions:
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    administrators, _created = Group.objects.get_or_create(name="Portal administrators")
    administrators.permissions.add(*Permission.objects.all())


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=["Portal administrators", "City staff", "Editors"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("staff", "0001_initial"),
        ("offices", "0002_office_sign_language_easy_language_contact_languages"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("admin", "0003_logentry_add_action_flag_choices"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("sessions", "0001_initial"),
        ("axes", "0010_accessattemptexpiration"),
        ("otp_totp", "0003_add_timestamps"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
