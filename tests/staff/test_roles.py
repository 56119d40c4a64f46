"""The roles ship as groups with their permissions (staff migrations), so a fresh install has them."""

import pytest
from django.contrib.auth.models import Group, Permission

from staff.scoping import CITY_STAFF, EDITORS, PORTAL_ADMINISTRATORS, is_portal_admin

pytestmark = pytest.mark.django_db
ACTIONS = ("add", "change", "delete", "view")


def permissions(group_name):
    group = Group.objects.get(name=group_name)
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")}


def test_editors_handle_closure_notices_and_prize_calls_only():
    # a prize call's categories are part of it
    editorial = ("closurenotice", "prizecall", "prizecategory")
    assert permissions(EDITORS) == {f"offices.{a}_{model}" for a in ACTIONS for model in editorial}


def test_city_staff_edit_office_content_but_not_cities_users_or_sign_in_records():
    granted = permissions(CITY_STAFF)
    office_content = ["office", "taskgroup", "task", "contactperson", "address", "closurenotice", "prizecall"]
    assert {f"offices.{a}_{model}" for a in ACTIONS for model in office_content} <= granted
    assert {"offices.view_city", "offices.change_city"} <= granted
    assert not {"offices.add_city", "offices.delete_city"} & granted
    assert {"consultations.change_appointmentrequest", "consultations.add_requestnote"} <= granted
    assert not {"consultations.add_appointmentrequest", "consultations.delete_appointmentrequest"} & granted
    assert not [name for name in granted if name.split(".")[0] in {"auth", "admin", "staff", "axes", "otp_totp"}]


def test_portal_administrators_have_every_permission_also_of_apps_installed_later():
    every = {f"{p.content_type.app_label}.{p.codename}" for p in Permission.objects.select_related("content_type")}
    assert every == permissions(PORTAL_ADMINISTRATORS)


def test_portal_administrators_are_superusers_or_members_of_their_group(make_staff):
    assert is_portal_admin(make_staff("root", is_superuser=True))
    assert is_portal_admin(make_staff("verwaltung", PORTAL_ADMINISTRATORS))
    assert not is_portal_admin(make_staff("stadt", CITY_STAFF))
    assert not is_portal_admin(make_staff("inaktiv", PORTAL_ADMINISTRATORS, is_active=False))
