"""Staff write a group's tasks and sub-tasks on the office's admin page and save once; residents see them."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from offices.models import Office

from .support import run_axe

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def signed_in_page(site, new_page, sign_in_staff):
    """A 1280-pixel browser window signed in as a superuser, past the one-time password."""
    user = get_user_model().objects.create_superuser("redaktion", "redaktion@example.org", "x-long-password-2026")
    client = sign_in_staff(Client(), user)
    page = new_page(width=1280, height=900)
    host = site.split("//", 1)[1].split(":")[0]
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "domain": host, "path": "/"}]
    )
    return page


def test_tasks_and_sub_tasks_in_one_save_on_the_office_page(site, signed_in_page):
    page = signed_in_page
    office = Office.objects.get(city__slug="zwickau", slug="gleichstellungsbeauftragte")
    page.goto(site + reverse("admin:offices_office_change", args=[office.pk]))
    task_list = page.locator("textarea[name='task_groups-0-task_list']")
    assert "an der Förderung des Bewusstseins" in task_list.input_value()
    task_list.fill("Beratung im Einzelfall\n– bei Gewalt\n– bei Benachteiligung\nVernetzung in der Stadt")
    # The inlines fit the window: no field of the contact or address rows lies beyond its right edge.
    overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")
    assert not overflow
    page.locator("input[name='_continue']").click()
    page.wait_for_load_state()
    assert page.locator(".messagelist .success").count() == 1, page.content()[:2000]

    page.goto(site + office.get_absolute_url())
    tasks = page.locator("main").inner_text()
    assert "Beratung im Einzelfall" in tasks and "bei Benachteiligung" in tasks and "Vernetzung in der Stadt" in tasks
    nested = page.locator("li:has-text('Beratung im Einzelfall') li", has_text="bei Gewalt")
    assert nested.count() == 1
    assert run_axe(page, "office after task editing") == []
