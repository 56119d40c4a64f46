"""Scoping as a policy per model: which rows of a model a staff member may see, and which they may save.

A row is someone's to edit through the office it belongs to, or through its city
when it belongs to a whole city (a closure notice for all offices). Each scoped
model has one policy, registered once; everything that shows or saves rows in
the admin asks it: change lists and forms, inlines, foreign-key choices,
autocomplete, bulk actions, "view on site" and recent actions.

Where the policies are declared: City and Office here, since the assignments
(staff.scoping) are made to them. Every other model's policy is declared by the
admin module of its app (`policies.register(models.Task, office="group__office")`),
next to the admin classes it scopes. Not here, because staff may import only
offices.models and consultations sits above offices; and not on the models,
because who may edit what is the staff side's rule, which the domain models
need not know. Django imports every admin module at start-up, so the registry
is complete before the first request; a system check (staff.E001, E002) reports
an admin without a policy and a policy whose admin is not scoped.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from django.core.exceptions import FieldDoesNotExist, ImproperlyConfigured, ObjectDoesNotExist
from django.db.models import Model, Q, QuerySet

from offices.models import City, Office

from . import scoping


class Policy:
    """What of `model` a user may see (`for_user`) and whether they may save an object (`allows`)."""

    model: type[Model]

    def condition(self, user) -> Q | None:
        """The rows the user may see, as a filter; None for no limit."""
        raise NotImplementedError

    def allows(self, user, obj) -> bool:
        """Whether the user may save `obj` as it is now, with any relation just changed."""
        raise NotImplementedError

    def for_user(self, user, queryset: QuerySet | None = None) -> QuerySet:
        """`queryset` (by default all rows) narrowed to what the user may see."""
        if queryset is None:
            queryset = self.model._default_manager.all()
        condition = self.condition(user)
        return queryset if condition is None else queryset.filter(condition)


@dataclass(frozen=True)
class ScopePolicy(Policy):
    """Rows reached through an office (`office="group__office"`), a city, or both.

    With both, a row without an office belongs to its whole city: only staff
    who look after the whole city see and save it. The paths are checked
    against the model when the policy is made, so a typo fails at start-up.
    """

    model: type[Model]
    office: str | None = None
    city: str | None = None

    def __post_init__(self):
        if not (self.office or self.city):
            raise ImproperlyConfigured(f"{self.model._meta.label}: a scope policy needs an office or a city path.")
        for path, target in ((self.office, Office), (self.city, City)):
            if path and _walk(self.model, path) is not target:
                raise ImproperlyConfigured(f"{self.model._meta.label}: {path!r} does not lead to {target._meta.label}.")

    def condition(self, user) -> Q | None:
        if scoping.is_portal_admin(user):
            return None
        if self.office is None:
            return Q(**{f"{self.city}__in": scoping.cities_for(user)})
        condition = Q(**{f"{self.office}__in": scoping.offices_for(user)})
        if self.city is not None:
            condition |= Q(**{f"{self.office}__isnull": True, f"{self.city}__in": scoping.cities_for(user)})
        return condition

    def allows(self, user, obj) -> bool:
        if scoping.is_portal_admin(user):
            return True
        if self.office is not None:
            office = _follow(obj, self.office)
            if office is not None:
                return scoping.may_edit_office(user, office)
            if self.city is None:
                return False
        return scoping.may_edit_city(user, getattr(_follow(obj, self.city), "pk", None))


class OfficePolicy(Policy):
    """An office is theirs who look after its city or are assigned to it."""

    model = Office

    def condition(self, user) -> Q | None:
        return None if scoping.is_portal_admin(user) else Q(pk__in=scoping.offices_for(user))

    def allows(self, user, office) -> bool:
        return scoping.may_edit_office(user, office)


class CityPolicy(Policy):
    """Staff see the cities of all their offices, to pick them in forms, but save only those they look after whole."""

    model = City

    def condition(self, user) -> Q | None:
        return None if scoping.is_portal_admin(user) else Q(pk__in=scoping.cities_for(user, via_offices=True))

    def allows(self, user, city) -> bool:
        return scoping.is_portal_admin(user) or scoping.may_edit_city(user, city.pk)


def _walk(model: type[Model], path: str) -> type[Model] | None:
    """The model that the foreign keys of `path` lead to from `model`; None if a step is not one."""
    for name in path.split("__"):
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            return None
        if not (field.many_to_one or field.one_to_one) or not field.concrete:
            return None
        model = field.related_model
    return model


def _follow(obj, path: str):
    """obj.a.b for path "a__b"; None where a link is missing."""
    for name in path.split("__"):
        try:
            obj = getattr(obj, name)
        except ObjectDoesNotExist:
            return None
        if obj is None:
            return None
    return obj


_policies: dict[type[Model], Policy] = {Office: OfficePolicy(), City: CityPolicy()}


def register(model: type[Model], *, office: str | None = None, city: str | None = None) -> ScopePolicy:
    """Declare how rows of `model` reach their office and city; once per model."""
    policy = ScopePolicy(model, office=office, city=city)
    if _policies.setdefault(model, policy) != policy:
        raise ImproperlyConfigured(f"{model._meta.label} already has a different scope policy.")
    return policy


def get(model: type[Model] | None) -> Policy | None:
    """The model's policy; None for a model that is not scoped (users, assignments, feedback)."""
    if model is None:
        return None
    return _policies.get(model) or _policies.get(model._meta.concrete_model)


def of(model: type[Model]) -> Policy:
    policy = get(model)
    if policy is None:
        raise ImproperlyConfigured(f"{model._meta.label} has no scope policy (staff.policies.register).")
    return policy


def registered() -> Mapping[type[Model], Policy]:
    return MappingProxyType(_policies)


def for_user(user, queryset: QuerySet) -> QuerySet:
    """The queryset narrowed by its model's policy."""
    return of(queryset.model).for_user(user, queryset)


def allows(user, obj) -> bool:
    return of(type(obj)).allows(user, obj)
