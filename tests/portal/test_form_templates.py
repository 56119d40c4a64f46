"""Every form field renders through one template (templates/forms/field.html) and every form has one error summary."""

import re

from django import forms
from django.conf import settings
from django.forms.renderers import get_default_renderer
from django.template.loader import render_to_string
from django.utils import translation

from core.forms import ErrorSummaryMixin, HoneypotMixin, PortalFormRenderer


class Example(ErrorSummaryMixin, HoneypotMixin, forms.Form):
    name = forms.CharField(label="Your name", help_text="How we address you.")
    email = forms.EmailField(label="E-mail address", required=False)
    later = forms.CharField(label="Day", required=False)
    mode = forms.ChoiceField(label="How?", widget=forms.RadioSelect, choices=[("a", "In person"), ("b", "By phone")])
    consent = forms.BooleanField(label="I agree", help_text="See the privacy notice.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["later"].mark_optional = False

    def summary_label(self, name):
        return "Consent" if name == "consent" else ""


def errors():
    with translation.override("en"):
        form = Example({"name": "", "email": "x", "later": "", "mode": "", "consent": ""})
        form.is_valid()
        return form, {name: form[name].as_field_group() for name in form.fields}


def test_the_project_renders_forms_with_the_portal_renderer():
    assert settings.FORM_RENDERER == "core.forms.PortalFormRenderer"
    renderer = get_default_renderer()
    assert isinstance(renderer, PortalFormRenderer)
    assert renderer.field_template_name == "forms/field.html"


def test_an_input_has_its_label_hint_and_error_linked():
    _form, html = errors()
    name = html["name"]
    assert '<label for="id_name">Your name</label>' in name
    assert '<div class="hint" id="id_name_helptext">How we address you.</div>' in name
    assert '<p class="field-error" id="id_name_error"><span class="visually-hidden">Error:</span> ' in name
    assert re.search(r'<input[^>]+aria-invalid="true"[^>]+aria-describedby="id_name_helptext id_name_error"', name)
    assert name.index("<label") < name.index('class="hint"') < name.index("field-error") < name.index("<input")
    assert 'class="field field--error"' in name


def test_optional_inputs_say_so_unless_their_group_does():
    _form, html = errors()
    assert '<label for="id_email">E-mail address (optional)</label>' in html["email"]
    assert '<label for="id_later">Day</label>' in html["later"]
    assert "(optional)" not in html["name"] + html["mode"] + html["consent"]


def test_radio_buttons_are_a_fieldset_with_the_label_as_legend_and_the_error_described():
    _form, html = errors()
    mode = html["mode"]
    legend = r'<fieldset class="field field--error" aria-describedby="id_mode_error">\s*<legend>How\?</legend>'
    assert re.search(legend, mode)
    assert '<p class="field-error" id="id_mode_error">' in mode
    assert re.findall(r'<label for="(id_mode_\d)">', mode) == ["id_mode_0", "id_mode_1"]
    assert "aria-describedby" not in re.search(r'<input[^>]+id="id_mode_0"[^>]*>', mode).group()


def test_a_checkbox_comes_before_its_label_with_error_and_hint():
    _form, html = errors()
    consent = html["consent"]
    checkbox = r'<div class="choice"><input type="checkbox"[^>]+id="id_consent"[^>]*> <label for="id_consent">'
    assert re.search(checkbox, consent)
    assert re.search(r'aria-describedby="id_consent_helptext id_consent_error"', consent)
    assert consent.index("field-error") < consent.index("<input") < consent.index('class="hint"')


def test_the_honeypot_is_hidden_from_everyone():
    _form, html = errors()
    assert re.fullmatch(r'<div class="honeypot" hidden>.*name="website".*</div>', html["website"], re.S)
    assert 'tabindex="-1"' in html["website"] and 'autocomplete="off"' in html["website"]


def test_the_error_summary_links_each_error_to_its_field_in_page_order():
    form, _html = errors()
    with translation.override("en"):
        html = render_to_string("forms/error_summary.html", {"form": form, "id": "problems", "level": 3})
    opening = '<div class="error-summary" id="problems" tabindex="-1" autofocus role="alert"'
    assert opening + ' aria-labelledby="problems-title">' in html
    assert '<h3 id="problems-title" class="error-summary__title">There is a problem</h3>' in html
    links = re.findall(r'<a href="#([\w-]+)">([^<]+)</a>', html)
    assert [anchor for anchor, _text in links] == ["id_name", "id_email", "id_mode_0", "id_consent"]
    assert links[-1][1] == "Consent: This field is required."
    assert links[0][1] == "This field is required."
    assert render_to_string("forms/error_summary.html", {"form": Example()}).strip() == ""


def test_a_whole_form_renders_each_field_through_the_field_template():
    with translation.override("en"):
        html = str(Example())
    labels = re.findall(r'<label for="id_(\w+)">', html)
    assert labels == ["name", "email", "later", "mode_0", "mode_1", "consent", "website"]
    assert "<legend>How?</legend>" in html and '<div class="honeypot" hidden>' in html
