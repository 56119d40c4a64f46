"""The offers the five seeds name, loaded idempotently after the offices."""

import datetime
import io

import pytest
from django.core.management import call_command

from consultations.models import ConsultationHour, CounsellingOffer
from sample_content import consultations as consultations_content

pytestmark = pytest.mark.django_db


def test_every_seed_offer_is_loaded_with_german_and_english_texts(sample_content):
    offers = CounsellingOffer.objects.select_related("office__city")
    assert {(offer.office.city.slug, offer.slug) for offer in offers} == {
        (city, data["slug"]) for (city, _office), rows in consultations_content.OFFERS.items() for data in rows
    }
    for offer in offers:
        assert offer.topic_de and offer.topic_en, offer.slug
    residence = offers.get(office__city__slug="zwickau", slug="aufenthaltsrecht")
    assert residence.topic_en == "Advice on residence law, refugee and asylum law"
    assert residence.mediator_available
    dresden = offers.get(office__city__slug="dresden")
    assert [referral.authority_de for referral in dresden.referrals.all()] == ["Ausländerbehörde"]


def test_by_appointment_offices_get_request_windows_not_opening_hours(sample_content):
    hours = ConsultationHour.objects.filter(office__city__slug="zwickau", office__slug="gleichstellungsbeauftragte")
    assert sorted(hours.values_list("weekday", flat=True)) == [1, 2, 3, 4, 5]
    assert {(hour.kind, hour.starts_at, hour.ends_at) for hour in hours} == {
        (ConsultationHour.Kind.REQUESTS, datetime.time(9), datetime.time(15))
    }
    assert not ConsultationHour.objects.filter(kind=ConsultationHour.Kind.OPEN).exists()


def test_a_second_run_changes_nothing_and_keeps_staff_edits_unless_updating(sample_content):
    offer = CounsellingOffer.objects.get(office__city__slug="gera")
    offer.topic_de = "Von der Stadt geändert"
    offer.save()
    counts = consultations_content.load()
    assert not any(key.startswith(("created", "updated")) for key in counts), counts
    offer.refresh_from_db()
    assert offer.topic_de == "Von der Stadt geändert"
    counts = consultations_content.load(update=True)
    offer.refresh_from_db()
    assert offer.topic_de == "Beratung für Menschen mit Zuwanderungsgeschichte"
    assert counts[f"updated {CounsellingOffer._meta.verbose_name_plural}"] == 1


def test_offices_not_loaded_yet_are_skipped_and_counted(db):
    counts = consultations_content.load()
    assert counts["skipped offers of missing offices"] == sum(
        len(rows) for rows in consultations_content.OFFERS.values()
    )
    assert not CounsellingOffer.objects.exists()


def test_the_command_loads_consultations_after_the_offices(db):
    out = io.StringIO()
    call_command("load_sample_content", stdout=out)
    assert f"10 created {CounsellingOffer._meta.verbose_name_plural}" in out.getvalue()
    assert CounsellingOffer.objects.count() == 10
