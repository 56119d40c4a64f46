"""Portal administrators edit life situations and read the counts of queries that found nothing."""

import pytest
from django.contrib.auth.models import Group

from search.models import LifeSituation, UnmatchedQuery
from staff.scoping import CITY_STAFF

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
