"""What each role sees and changes in the admin, tried as real users would, by clicking and by typing URLs."""

import pytest
from django.contrib import admin
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.contrib.messages import get_messages
from django.urls import reverse

from offices import models
from staff.scoping import CITY_STAFF

pytestmark = pytest.mark.django_db

OFFICE_MODELS = [model for model in admin.site._registry if model._meta.app_label == "offices"]
EDITORIAL_MODELS = [models.ClosureNotice, models.PrizeCall]
model_ids = pytest.mark.parametrize("model", OFFICE_MODELS, ids=lambda model: model.__name__)


def admin_url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def missing_pk(model):
    return model.objects.order_by("-pk").values_list("pk", flat=True)[0] + 1000


def listed(client, model, **params):
    response = client.get(admin_url(model, "changelist"), params)
    assert response.status_code == 200
    return set(response.context["cl"].queryset)


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def request(client, method, url, data):
    client.cookies.pop("messages", None)  # only this request's messages
    return getattr(client, method)(url, data)


def assert_answers_like_missing(client, model, view, foreign_pk, method="get", data=None):
    """The admin's answer to another city's id is the one it gives for an id that never existed."""
    absent = missing_pk(model)
    foreign = request(client, method, admin_url(model, view, foreign_pk), data or {})
    missing = request(client, method, admin_url(model, view, absent), data or {})
    assert foreign.status_code == missing.status_code
    assert foreign.get("Location") == missing.get("Location")
    assert messages_of(foreign) == [text.replace(str(absent), str(foreign_pk)) for text in messages_of(missing)]
    return foreign


def autocomplete(client, model, field, term=""):
    response = client.get(
        reverse("admin:autocomplete"),
        {"app_label": "offices", "model_name": model._meta.model_name, "field_name": field, "term": term},
    )
    if response.status_code != 200:
        return response.status_code
    return {result["text"] for result in response.json()["results"]}


# Change lists


@model_ids
def test_city_staff_list_only_their_citys_objects(client_for, users, dresden, kassel, model):
    shown = listed(client_for(users.city_staff), model)
    assert dresden.objects[model] in shown
    assert kassel.objects[model] not in shown


@model_ids
@pytest.mark.parametrize("role", ["superuser", "administrator"])
def test_administrators_list_every_citys_objects(client_for, users, dresden, kassel, model, role):
    shown = listed(client_for(getattr(users, role)), model)
    assert {dresden.objects[model], kassel.objects[model]} <= shown


@pytest.mark.parametrize("model", EDITORIAL_MODELS, ids=lambda model: model.__name__)
def test_editors_list_only_their_offices_notices_and_prize_calls(client_for, users, dresden, kassel, model):
    shown = listed(client_for(users.editor), model)
    assert dresden.objects[model] in shown
    assert kassel.objects[model] not in shown
    if model is models.ClosureNotice:
        # Not the other Dresden office's, nor one for all Dresden offices: that needs the whole city.
        assert shown == {dresden.objects[model], dresden.draft}


def test_editor_of_a_whole_city_lists_all_its_notices(client_for, users, dresden, kassel):
    shown = listed(client_for(users.city_editor), models.ClosureNotice)
    assert shown == set(models.ClosureNotice.objects.filter(city=dresden.city))


@model_ids
def test_staff_assigned_to_nothing_see_nothing_and_cannot_add(client_for, users, dresden, kassel, model):
    client = client_for(users.unassigned)
    assert listed(client, model) == set()
    assert client.get(admin_url(model, "add")).status_code == 403


# Guessed URLs: change, delete and history of another city's object


@model_ids
@pytest.mark.parametrize("view", ["change", "delete", "history"])
def test_another_citys_object_is_as_missing_as_a_deleted_one(client_for, users, dresden, kassel, model, view):
    client = client_for(users.city_staff)
    response = assert_answers_like_missing(client, model, view, kassel.objects[model].pk)
    own = client.get(admin_url(model, view, dresden.objects[model].pk))
    if model is models.City and view == "delete":
        # City staff may correct their city but not delete it, whichever city it is.
        assert response.status_code == own.status_code == 403
    else:
        assert response.status_code == 302 and response["Location"] == reverse("admin:index")
        assert own.status_code == 200


@model_ids
def test_another_citys_object_cannot_be_changed_or_deleted_by_post(client_for, users, dresden, kassel, model):
    client = client_for(users.city_staff)
    foreign = kassel.objects[model]
    before = model.objects.filter(pk=foreign.pk).values().get()
    assert_answers_like_missing(client, model, "change", foreign.pk, "post", {"position": "99", "title_de": "x"})
    assert_answers_like_missing(client, model, "delete", foreign.pk, "post", {"post": "yes"})
    assert model.objects.filter(pk=foreign.pk).values().get() == before


@pytest.mark.parametrize("model", EDITORIAL_MODELS, ids=lambda model: model.__name__)
@pytest.mark.parametrize("view", ["change", "delete", "history"])
def test_editors_guessing_ids_of_other_offices_get_the_missing_answer(client_for, users, dresden, kassel, model, view):
    client = client_for(users.editor)
    assert_answers_like_missing(client, model, view, kassel.objects[model].pk)
    assert client.get(admin_url(model, view, dresden.objects[model].pk)).status_code == 200
    if model is models.ClosureNotice:
        for notice in (dresden.other_office_notice, dresden.citywide):
            assert_answers_like_missing(client, model, view, notice.pk)


def test_view_on_site_does_not_reveal_another_citys_object(client_for, users, dresden, kassel):
    client = client_for(users.city_staff)
    content_type = ContentType.objects.get_for_model(models.Office)
    assert client.get(reverse("admin:view_on_site", args=[content_type.pk, kassel.office.pk])).status_code == 404
    own = client.get(reverse("admin:view_on_site", args=[content_type.pk, dresden.office.pk]))
    assert own.status_code == 302 and own["Location"].endswith(dresden.office.get_absolute_url())


# Editors and the unassigned never reach office content


@pytest.mark.parametrize("model", [m for m in OFFICE_MODELS if m not in EDITORIAL_MODELS], ids=lambda m: m.__name__)
def test_editors_cannot_reach_office_content(client_for, users, dresden, model):
    client = client_for(users.editor)
    own = dresden.objects[model]
    assert client.get(admin_url(model, "changelist")).status_code == 403
    assert client.get(admin_url(model, "change", own.pk)).status_code == 403
    assert client.get(admin_url(model, "history", own.pk)).status_code == 403
    assert client.post(admin_url(model, "delete", own.pk), {"post": "yes"}).status_code == 403
    assert model.objects.filter(pk=own.pk).exists()


def test_editors_index_offers_only_notices_and_prize_calls(client_for, users):
    models_shown = {
        entry["object_name"]
        for app in client_for(users.editor).get(reverse("admin:index")).context["app_list"]
        for entry in app["models"]
    }
    assert models_shown == {"ClosureNotice", "PrizeCall"}


# Foreign-key choices and autocomplete


def form_choices(client, url, field):
    return set(client.get(url).context["adminform"].form.fields[field].queryset)


def test_foreign_key_choices_are_scoped(client_for, users, dresden, kassel):
    staff = client_for(users.city_staff)
    assert form_choices(staff, admin_url(models.Office, "add"), "city") == {dresden.city}
    assert form_choices(staff, admin_url(models.Office, "add"), "parent") == {dresden.office, dresden.other_office}
    assert form_choices(staff, admin_url(models.Task, "add"), "group") == {dresden.objects[models.TaskGroup]}
    editor = client_for(users.editor)
    assert form_choices(editor, admin_url(models.ClosureNotice, "add"), "office") == {dresden.office}
    assert form_choices(editor, admin_url(models.ClosureNotice, "add"), "city") == {dresden.city}
    assert form_choices(editor, admin_url(models.PrizeCall, "add"), "office") == {dresden.office}


def test_autocomplete_results_are_scoped(client_for, users, dresden, kassel):
    dresden_offices = {str(dresden.office), str(dresden.other_office)}
    staff = client_for(users.city_staff)
    assert autocomplete(staff, models.ClosureNotice, "office") == dresden_offices
    assert autocomplete(staff, models.ClosureNotice, "office", "Kassel") == set()
    assert autocomplete(staff, models.Office, "city") == {"Dresden"}
    assert autocomplete(staff, models.Office, "parent") == dresden_offices
    assert autocomplete(staff, models.Task, "group") == {str(dresden.objects[models.TaskGroup])}

    editor = client_for(users.editor)
    assert autocomplete(editor, models.ClosureNotice, "office") == {str(dresden.office)}
    assert autocomplete(editor, models.ClosureNotice, "city") == {"Dresden"}
    assert autocomplete(editor, models.PrizeCall, "office") == {str(dresden.office)}
    # Editors search offices only to fill in their notices, not through office content.
    assert autocomplete(editor, models.Office, "parent") == 403

    assert autocomplete(client_for(users.unassigned), models.ClosureNotice, "office") == set()
    everything = autocomplete(client_for(users.administrator), models.ClosureNotice, "office")
    assert everything == {str(office) for office in models.Office.objects.all()}


def closure_form(office, city=None, **overrides):
    data = {
        "city": city.pk if city else "",
        "office": office.pk if office else "",
        "status": "draft",
        "starts_on": "2026-12-11",
        "ends_on": "2026-12-11",
        "title_de": "Betriebsausflug",
        "message_de": "Das Büro ist geschlossen.",
        "visible_from_0": "2026-12-01",
        "visible_from_1": "08:00",
    }
    return data | overrides


def test_editor_cannot_post_a_notice_for_another_citys_office(client_for, users, kassel, dresden):
    response = client_for(users.editor).post(admin_url(models.ClosureNotice, "add"), closure_form(kassel.office))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["office"]
    assert not models.ClosureNotice.objects.filter(title_de="Betriebsausflug").exists()


def test_only_staff_of_the_whole_city_post_a_notice_for_all_its_offices(client_for, users, dresden):
    refused = client_for(users.editor).post(admin_url(models.ClosureNotice, "add"), closure_form(None, dresden.city))
    assert refused.status_code == 200
    assert refused.context["adminform"].form.errors["office"]
    accepted = client_for(users.city_editor).post(
        admin_url(models.ClosureNotice, "add"), closure_form(None, dresden.city)
    )
    assert accepted.status_code == 302
    assert models.ClosureNotice.objects.get(title_de="Betriebsausflug").office is None


def test_city_staff_cannot_add_an_office_to_another_city(client_for, users, kassel):
    response = client_for(users.city_staff).get(admin_url(models.Office, "add"))
    assert kassel.city not in response.context["adminform"].form.fields["city"].queryset


def test_staff_of_single_offices_see_their_city_but_cannot_change_it(client_for, make_staff, dresden, kassel):
    user = make_staff("iab-team", CITY_STAFF, offices=[dresden.office])
    client = client_for(user)
    assert listed(client, models.City) == {dresden.city}
    assert listed(client, models.Office) == {dresden.office}
    assert client.get(admin_url(models.Office, "add")).status_code == 403
    page = client.get(admin_url(models.City, "change", dresden.city.pk))
    assert page.status_code == 200 and not page.context["has_change_permission"]
    assert client.post(admin_url(models.City, "change", dresden.city.pk), {"short_name": "X"}).status_code == 403
    assert form_choices(client, admin_url(models.ClosureNotice, "add"), "city") == {dresden.city}


# Inlines


def test_inlines_show_only_the_offices_own_rows(client_for, users, dresden, kassel):
    html = client_for(users.city_staff).get(admin_url(models.Office, "change", dresden.office.pk)).content.decode()
    assert "Kontakt Dresden" in html and "Rathausplatz Dresden" in html
    assert "Kontakt Kassel" not in html and "Rathausplatz Kassel" not in html


def test_an_inline_row_of_another_city_cannot_be_smuggled_in(client_for, users, dresden, kassel):
    group, foreign_task = dresden.objects[models.TaskGroup], kassel.objects[models.Task]
    data = {
        "office": group.office_id,
        "position": 0,
        "title_de": group.title,
        "tasks-TOTAL_FORMS": 1,
        "tasks-INITIAL_FORMS": 1,
        "tasks-MIN_NUM_FORMS": 0,
        "tasks-MAX_NUM_FORMS": 1000,
        "tasks-0-id": foreign_task.pk,
        "tasks-0-group": group.pk,
        "tasks-0-position": 0,
        "tasks-0-text_de": "Übernommen",
    }
    client_for(users.city_staff).post(admin_url(models.TaskGroup, "change", group.pk), data)
    # The formset only edits rows of its own queryset; an unknown id is dropped, not saved.
    assert not models.Task.objects.filter(text_de="Übernommen").exists()
    foreign_task.refresh_from_db()
    assert (foreign_task.group_id, foreign_task.text_de) == (kassel.objects[models.TaskGroup].pk, "Beratung in Kassel")


# Bulk actions


def run_action(client, model, action, objects):
    return client.post(
        admin_url(model, "changelist"),
        {"action": action, "_selected_action": [obj.pk for obj in objects], "post": "yes", "index": 0},
    )


def test_bulk_delete_skips_another_citys_objects(client_for, users, dresden, kassel):
    own, foreign = dresden.objects[models.ContactPerson], kassel.objects[models.ContactPerson]
    response = run_action(client_for(users.city_staff), models.ContactPerson, "delete_selected", [own, foreign])
    assert response.status_code == 302
    assert not models.ContactPerson.objects.filter(pk=own.pk).exists()
    assert models.ContactPerson.objects.filter(pk=foreign.pk).exists()


def test_bulk_publish_skips_notices_outside_the_editors_offices(client_for, users, dresden, kassel):
    run_action(client_for(users.editor), models.ClosureNotice, "publish", [dresden.draft, kassel.draft])
    dresden.draft.refresh_from_db()
    kassel.draft.refresh_from_db()
    assert (dresden.draft.status, kassel.draft.status) == ("published", "draft")


# Recent actions on the index page


def log(user, obj):
    return LogEntry.objects.create(
        user=user,
        content_type=ContentType.objects.get_for_model(obj),
        object_id=str(obj.pk),
        object_repr=str(obj),
        action_flag=CHANGE,
        change_message="[]",
    )


def recent_actions(client):
    return [entry.object_repr for entry in client.get(reverse("admin:index")).context["log_entries"]]


def test_recent_actions_show_only_objects_in_scope(client_for, users, dresden, kassel):
    # Say the user worked for Kassel before being moved to Dresden.
    for obj in (dresden.objects[models.ContactPerson], kassel.objects[models.ContactPerson]):
        log(users.city_staff, obj)
    html = client_for(users.city_staff).get(reverse("admin:index")).content.decode()
    assert "Kontakt Dresden" in html and "Kontakt Kassel" not in html
    assert recent_actions(client_for(users.city_staff)) == ["Kontakt Dresden"]
    assert recent_actions(client_for(users.unassigned)) == []


def test_administrators_recent_actions_are_unfiltered(client_for, users, dresden, kassel):
    for obj in (dresden.objects[models.ContactPerson], kassel.objects[models.ContactPerson]):
        log(users.administrator, obj)
    html = client_for(users.administrator).get(reverse("admin:index")).content.decode()
    assert "Kontakt Dresden" in html and "Kontakt Kassel" in html


# History


def test_changes_are_recorded_with_who_what_and_when(client_for, users, dresden):
    contact = dresden.objects[models.ContactPerson]
    client = client_for(users.city_staff)
    data = {"office": contact.office_id, "position": 0, "name": contact.name, "role_de": "Beauftragte"}
    data |= {"phone": "0351-4882131", "email": "", "languages": "de,en"}
    # the person's further numbers and consultation times, inline: none
    for prefix in ("phones", "consultation_times"):
        data |= {f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0}
    assert client.post(admin_url(models.ContactPerson, "change", contact.pk), data).status_code == 302
    entry = LogEntry.objects.get(object_id=str(contact.pk), content_type__model="contactperson")
    assert entry.user == users.city_staff and entry.action_flag == CHANGE
    assert "Telefon" in entry.get_change_message() or "phone" in entry.get_change_message()
    history = client.get(admin_url(models.ContactPerson, "history", contact.pk))
    assert list(history.context["action_list"]) == [entry]


def test_administrators_see_every_citys_history(client_for, users, kassel):
    entry = log(users.superuser, kassel.objects[models.Office])
    for role in ("superuser", "administrator"):
        history = client_for(getattr(users, role)).get(admin_url(models.Office, "history", kassel.office.pk))
        assert list(history.context["action_list"]) == [entry]


# Staff assignments are the administrators' business


def test_only_administrators_manage_assignments(client_for, users, django_user_model):
    from django.contrib.auth.models import Permission

    administrator = client_for(users.administrator)
    assert administrator.get(reverse("admin:staff_cityassignment_changelist")).status_code == 200
    user_page = administrator.get(reverse("admin:auth_user_change", args=[users.city_staff.pk])).content.decode()
    assert 'name="city_assignments-TOTAL_FORMS"' in user_page
    assert 'name="office_assignments-TOTAL_FORMS"' in user_page

    # Even a permission given by mistake does not let city staff assign themselves.
    users.city_staff.user_permissions.add(*Permission.objects.filter(content_type__app_label__in=["staff", "auth"]))
    staff = client_for(django_user_model.objects.get(pk=users.city_staff.pk))
    for name in ("staff_cityassignment_changelist", "staff_officeassignment_add", "auth_user_add", "auth_group_add"):
        assert staff.get(reverse(f"admin:{name}")).status_code == 403
    assert staff.get(reverse("admin:auth_user_change", args=[users.city_staff.pk])).status_code == 403
