"""Which cities and offices a signed-in user may work on.

Every admin page asks these functions, so a rule changes in one place.
Role checks are cached on the user object, which lives for one request.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q, QuerySet

from offices.models import City, Office

from .models import CityAssignment, OfficeAssignment

PORTAL_ADMINISTRATORS = "Portal administrators"
CITY_STAFF = "City staff"
EDITORS = "Editors"


def is_portal_admin(user) -> bool:
    """Superusers and members of "Portal administrators" see and edit everything."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    if not hasattr(user, "_is_portal_admin"):
        user._is_portal_admin = user.groups.filter(name=PORTAL_ADMINISTRATORS).exists()
    return user._is_portal_admin


def _assigned(model, user, field: str):
    return model.objects.filter(user=user).values(field)


def cities_for(user, *, via_offices: bool = False) -> QuerySet[City]:
    """Cities the user looks after as a whole.

    `via_offices=True` adds the cities of offices the user is assigned to one
    by one: they can pick those cities in forms but not edit them, nor post a
    notice for all of their offices.
    """
    if is_portal_admin(user):
        return City.objects.all()
    if not (user.is_authenticated and user.is_active):
        return City.objects.none()
    condition = Q(pk__in=_assigned(CityAssignment, user, "city"))
    if via_offices:
        condition |= Q(pk__in=Office.objects.filter(pk__in=_assigned(OfficeAssignment, user, "office")).values("city"))
    return City.objects.filter(condition)


def offices_for(user) -> QuerySet[Office]:
    """Offices whose content the user may edit: those of their cities and those assigned one by one."""
    if is_portal_admin(user):
        return Office.objects.all()
    if not (user.is_authenticated and user.is_active):
        return Office.objects.none()
    return Office.objects.filter(
        Q(city__in=_assigned(CityAssignment, user, "city")) | Q(pk__in=_assigned(OfficeAssignment, user, "office"))
    )


def may_edit_office(user, office: Office) -> bool:
    """offices_for() for an office about to be saved: a new one, or one whose city was just changed."""
    if is_portal_admin(user):
        return True
    if office.city_id is not None and CityAssignment.objects.filter(user=user, city_id=office.city_id).exists():
        return True
    return office.pk is not None and OfficeAssignment.objects.filter(user=user, office_id=office.pk).exists()


def may_edit_city(user, city_id) -> bool:
    return city_id is not None and cities_for(user).filter(pk=city_id).exists()


def has_any_assignment(user) -> bool:
    if is_portal_admin(user):
        return True
    if not hasattr(user, "_has_any_assignment"):
        user._has_any_assignment = (
            user.is_authenticated
            and user.is_active
            and (
                CityAssignment.objects.filter(user=user).exists() or OfficeAssignment.objects.filter(user=user).exists()
            )
        )
    return user._has_any_assignment


def staff_of(office: Office, *, permission: str | None = None, keep=None) -> QuerySet:
    """Active staff who work on the office: assigned to it or to its city, portal administrators, superusers.

    `permission` ("app_label.codename") leaves out those who lack it, e.g.
    editors for appointment requests; `keep` is a user id to include anyway,
    such as whoever a request is assigned to now.
    """
    users = get_user_model().objects
    condition = (
        Q(pk__in=users.filter(groups__name=PORTAL_ADMINISTRATORS).values("pk"))
        | Q(pk__in=CityAssignment.objects.filter(city_id=office.city_id).values("user"))
        | Q(pk__in=OfficeAssignment.objects.filter(office=office).values("user"))
    )
    if permission:
        app_label, codename = permission.split(".")
        granted = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        condition &= Q(pk__in=users.filter(groups__permissions__in=granted).values("pk")) | Q(
            pk__in=users.filter(user_permissions__in=granted).values("pk")
        )
    condition |= Q(is_superuser=True)
    return users.filter(condition, is_active=True, is_staff=True) | users.filter(pk=keep)
