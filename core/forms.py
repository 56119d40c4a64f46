"""What the portal's public forms share: one way to render a field, one error summary, a trap for bots.

Every field renders through templates/forms/field.html (FORM_RENDERER points
at PortalFormRenderer): `{{ form.name.as_field_group }}` in a template gives
the label, the hint and the error, linked to the input by aria-describedby; a
group of radio buttons becomes a fieldset whose legend is the label.
"""

from django import forms
from django.forms.renderers import TemplatesSetting
from django.utils.translation import gettext_lazy as _


class PortalBoundField(forms.BoundField):
    """What templates/forms/field.html asks of a field beyond what Django's BoundField tells."""

    @property
    def is_marked_optional(self) -> bool:
        """“(optional)” after the label of an input one may leave empty.

        Not for a checkbox or a group of choices, which one leaves empty by
        not choosing, nor for a field that says `mark_optional = False` (its
        group's legend says so already).
        """
        return (
            not self.field.required
            and getattr(self.field, "mark_optional", True)
            and not self.use_fieldset
            and self.widget_type != "checkbox"
        )

    @property
    def is_honeypot(self) -> bool:
        return getattr(self.field, "is_honeypot", False)

    @property
    def summary_anchor(self) -> str:
        """The id the error summary links to: the input, or a group's first choice."""
        return f"{self.auto_id}_0" if self.use_fieldset else self.id_for_label


class PortalFormRenderer(TemplatesSetting):
    """Form templates from the project's own template folders (templates/forms/), like every other template."""

    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"
    bound_field_class = PortalBoundField


class ErrorSummaryMixin:
    """The errors for templates/forms/error_summary.html, in page order, each with the id it links to."""

    def summary_label(self, name: str) -> str:
        """Words put before a field's message in the summary; none when the messages name what to fix."""
        return ""

    def error_links(self) -> list[dict]:
        links = []
        for name in self.fields:
            bound = self[name]
            label = self.summary_label(name)
            links.extend({"anchor": bound.summary_anchor, "label": label, "message": error} for error in bound.errors)
        return links


class HoneypotMixin:
    """Adds a field hidden from people (and screen readers) that bots, which fill in every field, fill in.

    A form whose trap is filled still validates as usual; if it is valid, the
    view answers as if it had succeeded and keeps nothing (`is_from_a_bot`).
    A bot learns nothing from the answer, and no resident's input is ever
    refused because of a field they cannot see. The field template hides it
    in `<div class="honeypot" hidden>`.
    """

    honeypot_name = "website"  # a name bots like to fill in

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        trap = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            # No length limit: its error message would tell a bot the field is special.
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        trap.mark_optional = False
        trap.is_honeypot = True
        self.fields[self.honeypot_name] = trap

    def is_from_a_bot(self) -> bool:
        return bool(str(self[self.honeypot_name].value() or "").strip())
