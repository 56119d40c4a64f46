"""A Dresden editor drafts a closure notice for next Friday, previews its banner, publishes it, and residents see it."""

import datetime
import json

import pytest
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from offices.models import ClosureNotice

from .test_admin_scoping import admin_url, closure_form, missing_pk, run_action

pytestmark = pytest.mark.django_db


def next_friday() -> datetime.date:
    today = timezone.localdate()
    return today + datetime.timedelta(days=(4 - today.weekday()) % 7 or 7)


def preview_url(pk):
    return reverse("admin:offices_closurenotice_preview", args=[pk])


def form_for(office, **overrides):
    friday, shown_from = next_friday().isoformat(), timezone.localtime() - datetime.timedelta(minutes=5)
    return closure_form(
        office,
        starts_on=friday,
        ends_on=friday,
        visible_from_0=shown_from.date().isoformat(),
        visible_from_1=shown_from.strftime("%H:%M"),
        **overrides,
    )


def test_editor_drafts_previews_and_publishes_a_notice_residents_then_see(client_for, users, dresden):
    editor = client_for(users.editor)
    residents = Client()
    office_page = dresden.office.get_absolute_url()

    add = editor.get(admin_url(ClosureNotice, "add")).context["adminform"].form
    assert add.initial["status"] == ClosureNotice.Status.DRAFT
    draft = form_for(dresden.office)
    assert editor.post(admin_url(ClosureNotice, "add"), draft).status_code == 302
    notice = ClosureNotice.objects.get(title_de="Betriebsausflug")
    assert (notice.city, notice.status) == (dresden.city, "draft")  # the city follows from the office
    assert "Betriebsausflug" not in residents.get(office_page).content.decode()

    change = editor.get(admin_url(ClosureNotice, "change", notice.pk)).content.decode()
    assert f'href="{preview_url(notice.pk)}"' in change
    preview = editor.get(preview_url(notice.pk))
    html = preview.content.decode()
    assert preview.status_code == 200 and "Betriebsausflug" in html and "notice--preview" in html
    assert "noindex" in html

    # As the browser sends the change form back: the city filled in, and the hidden
    # initial value Django renders for a field whose default is computed (timezone.now).
    shown_from = {f"initial-{key}": value for key, value in draft.items() if key.startswith("visible_from")}
    published = draft | shown_from | {"city": dresden.city.pk, "status": "published"}
    assert editor.post(admin_url(ClosureNotice, "change", notice.pk), published).status_code == 302
    assert notice in ClosureNotice.objects.shown_at(timezone.now())
    assert "Betriebsausflug" in residents.get(office_page).content.decode()

    entries = list(LogEntry.objects.filter(object_id=str(notice.pk)).order_by("pk"))
    assert [(entry.user, entry.action_flag) for entry in entries] == [(users.editor, ADDITION), (users.editor, CHANGE)]
    assert json.loads(entries[1].change_message) == [{"changed": {"fields": ["Status"]}}]
    history = editor.get(admin_url(ClosureNotice, "history", notice.pk))
    assert list(history.context["action_list"]) == entries


def test_publishing_in_bulk_is_in_each_notices_history(client_for, users, dresden):
    run_action(client_for(users.editor), ClosureNotice, "publish", [dresden.draft])
    dresden.draft.refresh_from_db()
    assert dresden.draft.status == "published"
    entry = LogEntry.objects.get(object_id=str(dresden.draft.pk), action_flag=CHANGE)
    assert entry.user == users.editor and "Status" in entry.change_message


def test_preview_of_another_offices_notice_is_as_missing_as_a_deleted_one(client_for, users, dresden, kassel):
    editor = client_for(users.editor)
    assert editor.get(preview_url(kassel.draft.pk)).status_code == 404
    assert editor.get(preview_url(dresden.citywide.pk)).status_code == 404
    assert editor.get(preview_url(missing_pk(ClosureNotice))).status_code == 404
    assert editor.get(preview_url(dresden.draft.pk)).status_code == 200


def test_preview_is_for_staff_only(client, dresden):
    response = client.get(preview_url(dresden.draft.pk))
    assert response.status_code == 302 and response["Location"].startswith(reverse("admin:login"))
