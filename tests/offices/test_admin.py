"""Staff can open every admin page, and bad input comes back as a message, not a 500."""

import datetime
import re

import pytest
from django.contrib import admin
from django.urls import reverse

from offices import models
from tests.factories import (
    AddressFactory,
    CityFactory,
    ClosureNoticeFactory,
    ContactPersonFactory,
    OfficeFactory,
    PrizeCallFactory,
    ReferralFactory,
    TargetGroupFactory,
    TaskFactory,
    TaskGroupFactory,
)

pytestmark = pytest.mark.django_db

OFFICE_MODELS = [model for model in admin.site._registry if model._meta.app_label == "offices"]


@pytest.fixture
def one_of_each(db):
    city = CityFactory(name="Landeshauptstadt Dresden", short_name="Dresden", slug="dresden", federal_state="SN")
    office = OfficeFactory(city=city, kind="integration", name="Integrationsbeauftragte", slug="iab")
    group = TaskGroupFactory(office=office, title="Aufgaben")
    task = TaskFactory(group=group, text="Sicherung von Chancengleichheit")
    return {
        models.City: city,
        models.Office: office,
        models.TaskGroup: group,
        models.Task: task,
        models.TargetGroup: TargetGroupFactory(office=office, description="Neuzugewanderte"),
        models.ContactPerson: ContactPersonFactory(office=office, name="Kristina Winkler", role="IAB"),
        models.Address: AddressFactory(office=office, street="Dr.-Külz-Ring 19", postal_code="01067"),
        models.OpeningHours: models.OpeningHours.objects.create(office=office, by_appointment=True),
        models.Membership: models.Membership.objects.create(office=office, body="Netzwerk Integration", role="x"),
        models.CooperationProject: models.CooperationProject.objects.create(office=office, name="Kulturmittler"),
        models.Referral: ReferralFactory(office=office, authority="Ausländerbehörde", reason="x"),
        models.RelatedLink: models.RelatedLink.objects.create(office=office, title="Frauen und Mädchen"),
        models.LocalHelpline: models.LocalHelpline.objects.create(office=office, name="Frauenschutzhaus", phone="110"),
        models.Activity: models.Activity.objects.create(office=office, kind="report", title="Integrationsbericht"),
        models.ClosureNotice: ClosureNoticeFactory(
            office=office, title="Schließtag", message="Geschlossen", day=datetime.date(2024, 11, 13)
        ),
        models.PrizeCall: PrizeCallFactory(
            office=office,
            name="Integrationspreis",
            slug="integrationspreis",
            title="Integrationspreis",
            description="d",
            deadline=datetime.date(2017, 4, 28),
        ),
    }


def test_every_office_model_is_in_the_admin(one_of_each):
    assert set(OFFICE_MODELS) == set(one_of_each)


@pytest.mark.parametrize("model", OFFICE_MODELS, ids=lambda m: m.__name__)
def test_add_change_and_list_pages_render(admin_client, one_of_each, model):
    opts = model._meta
    obj = one_of_each[model]
    add = admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_add"))
    assert add.status_code == 200
    assert b"<form" in add.content and b"errornote" not in add.content
    change = admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]))
    assert change.status_code == 200
    assert str(obj).split(" (")[0].encode() in change.content
    listing = admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"), {"q": "a"})
    assert listing.status_code == 200


def test_admin_pages_load_nothing_from_third_party_hosts(admin_client, one_of_each):
    page = admin_client.get(reverse("admin:offices_office_change", args=[one_of_each[models.Office].pk]))
    sources = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', page.content.decode())
    assert any("vendor/jquery-ui/jquery-ui" in source for source in sources)
    assert all(source.startswith("/") and not source.startswith("//") for source in sources), sources


def test_office_change_page_has_inlines_for_its_content(admin_client, one_of_each):
    html = admin_client.get(
        reverse("admin:offices_office_change", args=[one_of_each[models.Office].pk])
    ).content.decode()
    for prefix in ["task_groups", "contacts", "addresses", "opening_hours", "memberships", "referrals"]:
        assert f'name="{prefix}-TOTAL_FORMS"' in html
    assert "Kristina Winkler" in html and "Dr.-Külz-Ring 19" in html


def test_task_order_is_editable_inline(admin_client, one_of_each):
    group = one_of_each[models.TaskGroup]
    second = models.Task.objects.create(group=group, text="Zweite Aufgabe", position=1)
    first = one_of_each[models.Task]
    first.position = 0
    first.save()
    url = reverse("admin:offices_taskgroup_change", args=[group.pk])
    data = {
        "office": group.office_id,
        "position": 0,
        "title_de": "Aufgaben",
        "title_en": "Tasks",
        "introduction_de": "",
        "introduction_en": "",
        "tasks-TOTAL_FORMS": 2,
        "tasks-INITIAL_FORMS": 2,
        "tasks-MIN_NUM_FORMS": 0,
        "tasks-MAX_NUM_FORMS": 1000,
    }
    for index, (task, position) in enumerate([(first, 5), (second, 1)]):
        data |= {
            f"tasks-{index}-id": task.pk,
            f"tasks-{index}-group": group.pk,
            f"tasks-{index}-position": position,
            f"tasks-{index}-parent": "",
            f"tasks-{index}-text_de": task.text,
            f"tasks-{index}-text_en": "",
            f"tasks-{index}-note_de": "",
            f"tasks-{index}-note_en": "",
        }
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert list(group.tasks.values_list("text", flat=True)) == ["Zweite Aufgabe", "Sicherung von Chancengleichheit"]


def closure_form(office, **overrides):
    data = {
        "city": office.city_id,
        "office": office.pk,
        "status": "published",
        "starts_on": "2024-11-13",
        "ends_on": "2024-11-13",
        "starts_at": "",
        "ends_at": "",
        "reason_de": "",
        "reason_en": "",
        "title_de": "Schließtag",
        "title_en": "",
        "message_de": "Das Büro ist geschlossen.",
        "message_en": "",
        "visible_from_0": "2024-11-07",
        "visible_from_1": "09:41",
        "visible_until_0": "",
        "visible_until_1": "",
    }
    return data | overrides


def field_errors(response, field):
    form = response.context["adminform"].form
    return [str(message) for message in form.errors.get(field, [])]


def test_closure_ending_before_start_is_a_message_on_the_field(admin_client, one_of_each):
    office = one_of_each[models.Office]
    before = models.ClosureNotice.objects.count()
    response = admin_client.post(
        reverse("admin:offices_closurenotice_add"),
        closure_form(office, ends_on="2024-11-12"),
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200
    assert field_errors(response, "ends_on") == ["The closure cannot end before it starts."]
    # What the editor typed is still in the form.
    assert "Das Büro ist geschlossen.</textarea>" in response.content.decode()
    assert models.ClosureNotice.objects.count() == before


def test_valid_closure_is_saved(admin_client, one_of_each):
    office = one_of_each[models.Office]
    response = admin_client.post(reverse("admin:offices_closurenotice_add"), closure_form(office))
    assert response.status_code == 302
    assert models.ClosureNotice.objects.filter(title_de="Schließtag", office=office).count() == 2


def test_closure_office_of_another_city_is_refused(admin_client, one_of_each):
    office = one_of_each[models.Office]
    other = CityFactory(name="Stadt Kassel", short_name="Kassel", slug="kassel", federal_state="HE")
    response = admin_client.post(reverse("admin:offices_closurenotice_add"), closure_form(office, city=other.pk))
    assert response.status_code == 200
    assert field_errors(response, "office")


def test_duplicate_office_slug_is_a_message_on_the_field(admin_client, one_of_each):
    office = one_of_each[models.Office]
    data = {
        "city": office.city_id,
        "parent": "",
        "kind": "equality",
        "name_de": "Gleichstellungsbeauftragte",
        "name_en": "",
        "slug": office.slug,
        "position": 0,
        "is_published": "on",
    }
    for prefix in [
        "task_groups",
        "target_groups",
        "contacts",
        "addresses",
        "opening_hours",
        "memberships",
        "cooperation_projects",
        "referrals",
        "related_links",
        "activities",
    ]:
        data |= {f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0}
    response = admin_client.post(reverse("admin:offices_office_add"), data)
    assert response.status_code == 200
    assert field_errors(response, "slug")
    assert models.Office.objects.filter(slug=office.slug).count() == 1


def test_negative_prize_money_is_a_message_on_the_field(admin_client, one_of_each):
    prize = one_of_each[models.PrizeCall]
    url = reverse("admin:offices_prizecall_change", args=[prize.pk])
    form = admin_client.get(url).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None}
    data |= {"office": prize.office_id, "amount": "-10", "deadline": "2017-04-28", "is_published": "on"}
    for file_field in ("application_form", "guidelines"):
        data.pop(file_field, None)
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert field_errors(response, "amount")
    prize.refresh_from_db()
    assert prize.amount is None
