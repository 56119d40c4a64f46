"""The offers the five seeds name, loaded idempotently after the offices."""

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


def test_the_sample_states_no_hours_languages_or_ways_the_seeds_do_not(sample_content):
    # The seeds say "nach Vereinbarung" at most: no request windows, no "Deutsch", no "in person, by phone".
    assert not ConsultationHour.objects.exists()
    for offer in CounsellingOffer.objects.all():
        assert offer.languages == "" and offer.modes == [], offer.slug


def test_the_violence_and_residence_law_offers_are_sensitive_only_violence_with_helplines(sample_content):
    # Pages about violence and about residence status protect the reader (offices.sensitive); no national
    # helpline of offices.helplines is about residence law, so that offer names none.
    sensitive = {offer.slug: offer.helplines for offer in CounsellingOffer.objects.filter(is_sensitive=True)}
    assert set(sensitive) == {"gewaltschutz-erstberatung", "aufenthaltsrecht"}
    assert "violence_against_women" in sensitive["gewaltschutz-erstberatung"]
    assert sensitive["aufenthaltsrecht"] == ""


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
