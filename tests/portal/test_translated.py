"""The translated-text helper: the text, the language it is in, and whether it is the German fallback."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.template import Context, Template
from django.utils import translation
from modeltranslation.translator import translator

from core.translated import Translated, UntranslatedField, translated
from offices import models


def office(**texts) -> models.Office:
    # Unsaved: the helper reads attributes only.
    return models.Office(name_de="Integrationsbeauftragte", **texts)


def test_the_readers_own_text():
    with translation.override("en"):
        assert translated(office(name_en="Integration commissioner"), "name") == Translated(
            "Integration commissioner", "en", False
        )
    assert translated(office(), "name") == Translated("Integrationsbeauftragte", "de", False)


def test_german_fallback_is_marked_with_its_language():
    with translation.override("ar"):
        value = translated(office(name_ar=""), "name")
    assert value == Translated("Integrationsbeauftragte", "de", True)
    assert str(value) == "Integrationsbeauftragte" and value


def test_a_language_without_fields_falls_back_to_german():
    with translation.override("fr"):
        assert translated(office(), "name") == Translated("Integrationsbeauftragte", "de", True)


def test_empty_in_every_language_is_empty_and_no_fallback():
    with translation.override("uk"):
        value = translated(models.Office(), "scope_note")
    assert value == Translated("", "uk", False)
    assert not value
    assert translated(models.Office(scope_note_de=None), "scope_note") == Translated("", "de", False)


def test_language_codes_with_a_region_read_the_languages_fields():
    with translation.override("en-gb"):
        assert translated(office(name_en="Integration commissioner"), "name") == Translated(
            "Integration commissioner", "en", False
        )
        assert translated(office(), "name") == Translated("Integrationsbeauftragte", "de", True)


@pytest.mark.parametrize(("model", "field"), [(models.Office, "email"), (models.City, "short_name")])
def test_a_field_not_registered_for_translation_raises(model, field):
    with pytest.raises(UntranslatedField, match=rf"{model.__name__}\.{field} is not registered for translation"):
        translated(model(), field)
    # The template tags are wrappers: they raise too, in German as in every other language.
    for language in ("de", "en"):
        with translation.override(language), pytest.raises(UntranslatedField):
            Template(f'{{% load core %}}{{% content obj "{field}" %}}').render(Context({"obj": model()}))


def test_unregistered_model_raises():
    with pytest.raises(UntranslatedField, match="Group.name"):
        translated(Group(name="x"), "name")


def test_template_tags_show_the_fallback_honestly():
    template = Template(
        '{% load core %}{% content obj "name" %}|{% content_text obj "name" %}|{% has_content obj "scope_note" %}'
    )
    with translation.override("ar"):
        html = template.render(Context({"obj": office()}))
    assert html.startswith('<span lang="de" dir="ltr" class="fallback">Integrationsbeauftragte</span> <small')
    assert html.endswith("|Integrationsbeauftragte|False")
    with translation.override("en"):
        assert template.render(Context({"obj": office(name_en="Equality")})) == "Equality|Equality|False"
    # A missing related object (an office without a parent) has no text rather than an error.
    assert Template('{% load core %}[{% content obj "name" %}]').render(Context({"obj": None})) == "[]"


def test_every_content_tag_in_the_templates_names_a_translated_field():
    """A static net under the rendering tests: a tag naming a field no model translates would raise on its page."""
    models_ = translator.get_registered_models()
    translated_fields = {field for model in models_ for field in translator.get_options_for_model(model).fields}
    tag = re.compile(r"\{%\s*(?:content|has_content|content_text)\s+\S+\s+\"(\w+)\"")
    used = {
        (path.name, field)
        for directory in settings.TEMPLATES[0]["DIRS"]
        for path in Path(directory).rglob("*.*")
        for field in tag.findall(path.read_text())
    }
    assert len(used) > 40
    assert {(name, field) for name, field in used if field not in translated_fields} == set()
