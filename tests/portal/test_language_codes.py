"""Language codes are read, checked and named one way (core.languages) for offers, contact persons and feeds."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from consultations.models import CounsellingOffer
from core.languages import LanguageCodesField, language_name, parse_language_codes, validate_language_codes
from offices.models import City, ContactPerson, Office

MESSAGE = "Give language codes separated by commas, e.g. “de,en,ru”."


@pytest.fixture(autouse=True)
def in_english():
    # The messages asserted here are the msgids.
    with translation.override("en"):
        yield


def test_codes_are_trimmed_lowered_and_kept_once_in_their_order():
    assert parse_language_codes(" de, EN,,ru ,de") == ["de", "en", "ru"]
    assert parse_language_codes("") == [] and parse_language_codes(None) == []


@pytest.mark.parametrize("value", ["de", "de,en,ru", "de, uk ,RU", "prs,kmr"])
def test_two_and_three_letter_codes_are_valid(value):
    validate_language_codes(value)


@pytest.mark.parametrize("value", ["deutsch", "de;en", "de en", "d", "pt-br", "1a"])
def test_anything_else_is_refused_with_an_example(value):
    with pytest.raises(ValidationError) as refused:
        validate_language_codes(value)
    assert refused.value.messages == [MESSAGE]


def test_names_are_in_the_readers_language_and_unknown_codes_stay_codes():
    with translation.override("de"):
        assert [language_name(code) for code in ["en", "uk", "prs"]] == ["Englisch", "Ukrainisch", "prs"]
    with translation.override("en"):
        assert language_name("ar") == "Arabic"


def test_both_models_use_the_one_field():
    for model in (CounsellingOffer, ContactPerson):
        assert isinstance(model._meta.get_field("languages"), LanguageCodesField)


@pytest.fixture
def office(db):
    city = City.objects.create(slug="gera", name="Stadt Gera", short_name="Gera", federal_state="TH")
    return Office.objects.create(city=city, kind="integration", name="Integration", slug="integration")


def test_what_is_saved_is_stored_in_one_form_and_read_back_as_codes(office):
    person = ContactPerson.objects.create(office=office, name="Olena Test", role="Beraterin", languages=" de, UK,ru")
    person.refresh_from_db()
    assert person.languages == "de,uk,ru"
    assert person.language_codes == ["de", "uk", "ru"]
    offer = CounsellingOffer.objects.create(office=office, slug="beratung", topic_de="Beratung", languages="DE,ar")
    assert offer.language_codes == ["de", "ar"]
    with translation.override("en"):
        assert offer.language_names == ["German", "Arabic"]


def test_the_admin_check_names_the_field(office):
    offer = CounsellingOffer(office=office, slug="beratung", topic_de="Beratung", languages="Deutsch, Englisch")
    with pytest.raises(ValidationError) as refused:
        offer.full_clean()
    assert refused.value.message_dict["languages"] == [MESSAGE]
    offer.languages = "de , en"
    offer.full_clean()
    assert offer.languages == "de,en"
    person = ContactPerson(office=office, name="Olena Test", role="Beraterin", languages="")
    person.full_clean()  # a contact person may leave the languages open
    assert person.language_codes == []
