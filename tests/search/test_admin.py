"""Portal administrators edit life situations and read the counts of queries that found nothing."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from consultations.models import CounsellingOffer
from search.models import LifeSituation, UnmatchedQuery
from staff.scoping import CITY_STAFF
from tests.factories import CityFactory, OfficeFactory, StaffFactory

pytestmark = pytest.mark.django_db


def test_unmatched_queries_list_hides_small_counts(admin_client):
    UnmatchedQuery.objects.create(language="ar", term="كلمة نادرة", count=4)
    UnmatchedQuery.objects.create(language="de", term="wohngeld", count=12)
    response = admin_client.get("/admin/search/unmatchedquery/")
    assert response.status_code == 200
    text = response.text
    assert "wohngeld" in text and '<td class="field-shown_count">12</td>' in text
    assert '<td class="field-shown_count">&lt; 5</td>' in text and ">4<" not in text
    assert admin_client.get("/admin/search/unmatchedquery/add/").status_code == 403


def test_life_situations_are_edited_in_every_language_and_links_proposed(admin_client, sample_content):
    response = admin_client.get("/admin/search/lifesituation/")
    assert response.status_code == 200 and "Gewalt und Schutz" in response.text
    situation = LifeSituation.objects.get(slug="violence-and-protection")
    change = admin_client.get(f"/admin/search/lifesituation/{situation.pk}/change/")
    assert 'name="synonyms_fa"' in change.text and "خشونت خانگی" in change.text
    situation.offices.clear()
    situation.offers.clear()
    response = admin_client.post(
        "/admin/search/lifesituation/",
        {"action": "add_proposed_links", "_selected_action": [situation.pk]},
        follow=True,
    )
    assert "Verknüpfungen hinzugefügt" in response.text
    assert situation.offers.filter(slug="gewaltschutz-erstberatung").exists()


def test_city_staff_do_not_see_search_administration(client, django_user_model, sign_in_staff):
    user = django_user_model.objects.create_user("stadt", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name=CITY_STAFF))
    sign_in_staff(client, user)
    assert client.get("/admin/search/lifesituation/").status_code == 403
    assert client.get("/admin/search/unmatchedquery/").status_code == 403


def resubmitted(client, url, **changes):
    """The change form's data as the admin rendered it (every inline's rows included), with `changes`."""
    response = client.get(url)
    form = response.context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None}
    for formset in response.context["inline_admin_formsets"]:
        management = formset.formset.management_form
        data |= {management.add_prefix(name): value for name, value in management.initial.items()}
        for inline_form in formset.formset.forms:
            data |= {inline_form.add_prefix(k): v for k, v in inline_form.initial.items() if v is not None}
            data[inline_form.add_prefix("id")] = inline_form.instance.pk
    return {key: value for key, value in data.items() if value is not None and value is not False} | changes


def test_city_staff_link_their_office_to_a_life_situation_and_search_finds_it_by_its_words(
    client, sign_in_staff, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # indexed, as after a commit
        office = OfficeFactory(name_de="Büro für Zusammenleben", slug="zusammenleben", is_published=True)
        situation = LifeSituation.objects.create(
            name_de="Nachbarschaft", slug="nachbarschaft", synonyms_de="Nachbarschaftsstreit", synonyms_uk="сусіди"
        )
    staff = StaffFactory(username="stadt", role=CITY_STAFF, cities=[office.city])
    sign_in_staff(client, staff)
    search = f"/de/search/?q=Nachbarschaftsstreit&city={office.city.slug}"
    assert "Büro für Zusammenleben" not in client.get(search).text  # not linked yet (and now cached)

    url = reverse("admin:offices_office_change", args=[office.pk])
    page = client.get(url).text
    assert 'name="LifeSituation_offices-TOTAL_FORMS"' in page
    assert "life situations this helps with" in page.lower() or "Lebenslagen" in page
    data = resubmitted(client, url)
    data |= {
        "LifeSituation_offices-TOTAL_FORMS": 1,
        "LifeSituation_offices-0-office": office.pk,
        "LifeSituation_offices-0-lifesituation": situation.pk,
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)
    assert response.status_code == 302, response.context["errors"] if response.context else response
    assert list(situation.offices.all()) == [office]
    # The row is labelled by its life situation, not by Django's name for the link table.
    assert "Nachbarschaft" in client.get(url).text and "LifeSituation_offices object" not in client.get(url).text

    client.logout()
    assert "Büro für Zusammenleben" in client.get(search).text
    assert "Büro für Zusammenleben" in client.get(f"/uk/search/?q=сусіди&city={office.city.slug}").text


def test_staff_of_another_city_cannot_link_an_office_they_do_not_look_after(client, sign_in_staff):
    office = OfficeFactory(slug="fremd")
    situation = LifeSituation.objects.create(name_de="Arbeit", slug="arbeit")
    sign_in_staff(client, StaffFactory(username="anderswo", role=CITY_STAFF, cities=[CityFactory()]))
    url = reverse("admin:offices_office_change", args=[office.pk])
    data = {
        "LifeSituation_offices-TOTAL_FORMS": 1,
        "LifeSituation_offices-INITIAL_FORMS": 0,
        "LifeSituation_offices-0-office": office.pk,
        "LifeSituation_offices-0-lifesituation": situation.pk,
    }
    assert client.post(url, data).status_code in (302, 404)  # another city's office is as missing as a deleted one
    assert not situation.offices.exists()


def test_the_counselling_offer_form_has_its_life_situations_too(admin_client, sample_content):
    offer = CounsellingOffer.objects.get(slug="gewaltschutz-erstberatung")
    page = admin_client.get(reverse("admin:consultations_counsellingoffer_change", args=[offer.pk])).text
    assert 'name="LifeSituation_offers-TOTAL_FORMS"' in page and "Gewalt und Schutz" in page
