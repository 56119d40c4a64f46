"""Tenant isolation without exceptions: every admin URL of every registered model, and every foreign-key and
many-to-many autocomplete of every registered model, requested by a city's staff and by an office's editor.

Nothing of the other city may appear: not its objects, not its staff, not the
portal's administrators. The lists are read from the admin site, so a model
registered later is covered without anyone adding it here.
"""

import json
import re

import pytest
from django.contrib import admin
from django.db import models
from django.urls import NoReverseMatch, reverse

from staff import policies
from staff.scoping import CITY_STAFF
from tests.factories import AppointmentRequestFactory, CounsellingOfferFactory

pytestmark = pytest.mark.django_db
ROLES = ["city_staff", "editor"]
# Names only the other city, its staff and the portal's administrators carry (as whole words: a help text
# mentions "Kasseler").
FOREIGN = ["Kassel", "kassel-kollegin", "verwaltung", "root"]


@pytest.fixture
def world(users, make_staff, dresden, kassel):
    kassel_staff = make_staff("kassel-kollegin", CITY_STAFF, cities=[kassel.city], email="kollegin@kassel.example")
    for city in (dresden, kassel):
        offer = CounsellingOfferFactory(office=city.office, topic_de=f"Beratung {city.city.short_name}")
        AppointmentRequestFactory(offer=offer, name=f"Anfrage {city.city.short_name}", assigned_to=None)
    foreign = {}
    for model, policy in policies.registered().items():
        mine = set(policy.for_user(users.city_staff).values_list("pk", flat=True))
        foreign[model] = set(policy.for_user(kassel_staff).values_list("pk", flat=True)) - mine
    return foreign


def admin_urls(model_admin, foreign_pks):
    """Every URL the model's admin answers, each object URL with every object of the other city."""
    for pattern in model_admin.get_urls():
        name = getattr(pattern, "name", None)
        if not name:
            continue
        keys = set(pattern.pattern.converters)
        try:
            if not keys:
                yield reverse(f"admin:{name}")
            elif keys <= {"object_id", "id"}:
                for pk in sorted(foreign_pks):
                    yield reverse(f"admin:{name}", kwargs={key: pk for key in keys})
        except NoReverseMatch:
            continue


@pytest.mark.parametrize("role", ROLES)
def test_no_admin_url_shows_another_citys_object_or_staff(client_for, users, world, role):
    client = client_for(getattr(users, role))
    requested = 0
    for model, model_admin in admin.site._registry.items():
        for url in admin_urls(model_admin, world.get(model, set())):
            response = client.get(url)
            requested += 1
            assert response.status_code != 500, url
            if response.status_code == 200 and response.get("Content-Type", "").startswith(("text/", "application/")):
                page = response.content.decode()
                leaked = [name for name in FOREIGN if re.search(rf"\b{name}\b", page)]
                at = [page[max(0, page.index(name) - 150) : page.index(name) + 50] for name in leaked]
                assert not leaked, f"{role} sees {leaked} at {url}: {at}"
    assert requested > 100


def autocomplete_fields():
    for model in admin.site._registry:
        for field in model._meta.get_fields():
            if isinstance(field, models.ForeignKey | models.ManyToManyField) and not field.auto_created:
                if admin.site.is_registered(field.related_model):
                    yield model, field


@pytest.mark.parametrize("role", ROLES)
def test_no_autocomplete_offers_another_citys_object_or_staff(client_for, users, world, role):
    client = client_for(getattr(users, role))
    fields = list(autocomplete_fields())
    assert any(field.name == "assigned_to" for _model, field in fields)
    for model, field in fields:
        for term in ("", "Kassel", "kassel.example", "root"):
            response = client.get(
                reverse("admin:autocomplete"),
                {
                    "app_label": model._meta.app_label,
                    "model_name": model._meta.model_name,
                    "field_name": field.name,
                    "term": term,
                },
            )
            where = f"{model._meta.label}.{field.name} term={term!r}"
            assert response.status_code in (200, 403, 404), where
            if response.status_code != 200:
                continue
            results = json.loads(response.content)["results"]
            leaked = [row for row in results if any(re.search(rf"\b{name}\b", row["text"]) for name in FOREIGN)]
            assert not leaked, f"{role}: {where} offers {leaked}"
            ids = {int(row["id"]) for row in results}
            assert not ids & world.get(field.related_model, set()), f"{role}: {where}"
