"""Each scoped model's policy on its own: what a user may see of it (`for_user`) and may save (`allows`)."""

import pytest
from django.contrib import admin
from django.core import checks
from django.core.exceptions import ImproperlyConfigured

from consultations import models as consultations
from offices import models
from staff import policies
from staff.policies import ScopePolicy
from staff.scoping import CITY_STAFF, is_portal_admin

pytestmark = pytest.mark.django_db


@pytest.fixture
def office_team(make_staff, dresden):
    """Staff of one Dresden office only, with no say over the city as a whole."""
    return make_staff("iab-team", CITY_STAFF, offices=[dresden.office])


def seen(policy, user):
    return set(policy.for_user(user))


# Reached through an office


def test_a_model_reached_through_its_office(users, office_team, dresden, kassel):
    policy = policies.of(models.ContactPerson)
    own, foreign = dresden.objects[models.ContactPerson], kassel.objects[models.ContactPerson]
    elsewhere = models.ContactPerson.objects.create(office=dresden.other_office, name="Kontakt GB", role="x")

    assert seen(policy, users.city_staff) == {own, elsewhere}
    assert seen(policy, office_team) == {own}
    assert seen(policy, users.unassigned) == set()
    assert seen(policy, users.administrator) == set(models.ContactPerson.objects.all())

    assert policy.allows(users.city_staff, own) and policy.allows(office_team, own)
    assert not policy.allows(office_team, elsewhere)
    assert not policy.allows(users.city_staff, foreign)
    # An object about to be saved is judged by the office it is about to get.
    assert not policy.allows(users.city_staff, models.ContactPerson(office=kassel.office, name="Neu"))
    assert policy.allows(users.city_staff, models.ContactPerson(office=dresden.other_office, name="Neu"))
    assert not policy.allows(users.city_staff, models.ContactPerson(name="ohne Büro"))
    assert policy.allows(users.superuser, foreign)


def test_a_model_reached_through_a_nested_path(users, office_team, dresden, kassel):
    policy = policies.of(models.Task)
    assert policy == ScopePolicy(models.Task, office="group__office")
    own, foreign = dresden.objects[models.Task], kassel.objects[models.Task]
    other_group = models.TaskGroup.objects.create(office=dresden.other_office, title="Gleichstellung")
    elsewhere = models.Task.objects.create(group=other_group, text="Beratung zur Gleichstellung")

    assert seen(policy, users.city_staff) == {own, elsewhere}
    assert seen(policy, office_team) == {own}
    assert seen(policy, users.unassigned) == set()
    assert policy.allows(office_team, own)
    assert not policy.allows(office_team, elsewhere)
    assert not policy.allows(users.city_staff, foreign)
    assert not policy.allows(users.city_staff, models.Task(group=kassel.objects[models.TaskGroup], text="Neu"))
    assert not policy.allows(users.city_staff, models.Task(text="ohne Gruppe"))


# Reached through a city, or through both


def test_a_model_reached_through_its_city_only(users, office_team, dresden, kassel):
    policy = ScopePolicy(models.ClosureNotice, city="city")
    dresdens = set(models.ClosureNotice.objects.filter(city=dresden.city))

    assert seen(policy, users.city_staff) == seen(policy, users.city_editor) == dresdens
    # Staff of a single office do not look after the city, so a city-wide rule gives them nothing.
    assert seen(policy, office_team) == set()
    assert seen(policy, users.administrator) == set(models.ClosureNotice.objects.all())
    assert policy.allows(users.city_staff, dresden.citywide)
    assert not policy.allows(office_team, dresden.draft)
    assert not policy.allows(users.city_staff, kassel.citywide)
    assert not policy.allows(users.city_staff, models.ClosureNotice(title="ohne Stadt"))


def test_a_notice_for_all_offices_belongs_to_the_whole_city(users, dresden, kassel):
    policy = policies.of(models.ClosureNotice)
    assert policy == ScopePolicy(models.ClosureNotice, office="office", city="city")
    own_office = {dresden.objects[models.ClosureNotice], dresden.draft}

    assert seen(policy, users.editor) == own_office
    assert seen(policy, users.city_editor) == set(models.ClosureNotice.objects.filter(city=dresden.city))
    assert seen(policy, users.unassigned) == set()

    assert not policy.allows(users.editor, dresden.citywide)
    assert not policy.allows(users.editor, dresden.other_office_notice)
    assert policy.allows(users.city_editor, dresden.citywide)
    assert not policy.allows(users.city_editor, kassel.citywide)
    # A notice being written: with an office it is the office's, without one the city's.
    assert policy.allows(users.editor, models.ClosureNotice(city=dresden.city, office=dresden.office))
    assert not policy.allows(users.editor, models.ClosureNotice(city=dresden.city, office=None))
    assert policy.allows(users.city_editor, models.ClosureNotice(city=dresden.city, office=None))


# The roots: offices and cities themselves


def test_offices_are_theirs_who_look_after_the_city_or_the_office(users, office_team, dresden, kassel):
    policy = policies.of(models.Office)
    assert seen(policy, users.city_staff) == {dresden.office, dresden.other_office}
    assert seen(policy, office_team) == {dresden.office}
    assert policy.allows(office_team, dresden.office)
    assert not policy.allows(office_team, dresden.other_office)
    # A new office goes only to a city the user looks after as a whole.
    assert policy.allows(users.city_staff, models.Office(city=dresden.city, name="Neu"))
    assert not policy.allows(office_team, models.Office(city=dresden.city, name="Neu"))
    assert not policy.allows(users.city_staff, models.Office(city=kassel.city, name="Neu"))


def test_staff_of_single_offices_see_their_city_but_may_not_save_it(users, office_team, dresden, kassel):
    policy = policies.of(models.City)
    assert seen(policy, office_team) == seen(policy, users.city_staff) == {dresden.city}
    assert policy.allows(users.city_staff, dresden.city)
    assert not policy.allows(office_team, dresden.city)
    assert not policy.allows(users.city_staff, kassel.city)
    assert policy.allows(users.administrator, kassel.city)


def test_for_user_narrows_a_given_queryset_in_one_query(users, dresden, kassel, django_assert_num_queries):
    queryset = models.ContactPerson.objects.filter(name__startswith="Kontakt").select_related("office")
    is_portal_admin(users.city_staff)  # the role is looked up once per request
    with django_assert_num_queries(1):
        contacts = list(policies.for_user(users.city_staff, queryset))
    assert contacts == [dresden.objects[models.ContactPerson]]
    assert contacts[0].office == dresden.office  # select_related kept
    assert policies.allows(users.city_staff, contacts[0])


# The registry


def test_every_scoped_admin_has_the_policy_of_its_model():
    scoped = [
        model
        for model in (*models.__dict__.values(), *consultations.__dict__.values())
        if isinstance(model, type) and admin.site.is_registered(model)
    ]
    assert {model.__name__ for model in scoped} >= {"City", "Office", "Task", "ClosureNotice", "AppointmentRequest"}
    for model in scoped:
        assert policies.get(model) is not None, model
    for part in (consultations.PreferredWindow, consultations.StatusChange, consultations.RequestNote):
        assert policies.of(part) == ScopePolicy(part, office="request__office")
    assert policies.get(consultations.AppointmentRequest.assigned_to.field.related_model) is None


def test_the_system_check_finds_no_admin_without_its_policy():
    assert not [error for error in checks.run_checks(tags=[checks.Tags.admin]) if error.id.startswith("staff.")]


def test_paths_are_checked_when_a_policy_is_declared():
    with pytest.raises(ImproperlyConfigured, match="does not lead to offices.Office"):
        ScopePolicy(models.Task, office="group__ofice")
    with pytest.raises(ImproperlyConfigured, match="does not lead to offices.City"):
        ScopePolicy(models.ClosureNotice, office="office", city="office")
    with pytest.raises(ImproperlyConfigured, match="does not lead"):
        ScopePolicy(models.Office, office="task_groups")  # a reverse relation: many rows, not one office
    with pytest.raises(ImproperlyConfigured, match="needs an office or a city"):
        ScopePolicy(models.Task)


def test_a_model_has_one_policy():
    assert policies.register(models.Task, office="group__office") == policies.of(models.Task)
    with pytest.raises(ImproperlyConfigured, match="already has a different"):
        policies.register(models.Task, office="parent__group__office")
    with pytest.raises(ImproperlyConfigured, match="no scope policy"):
        policies.of(consultations.AppointmentRequest.assigned_to.field.related_model)
