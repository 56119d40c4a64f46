"""What the portal's public forms share: a trap for bots."""

from django import forms
from django.utils.translation import gettext_lazy as _


class HoneypotMixin:
    """Adds a field hidden from people (and screen readers) that bots, which fill in every field, fill in.

    A form whose trap is filled still validates as usual; if it is valid, the
    view answers as if it had succeeded and keeps nothing (`is_from_a_bot`).
    A bot learns nothing from the answer, and no resident's input is ever
    refused because of a field they cannot see. Templates put the field inside
    `<div class="honeypot" hidden>`.
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
        self.fields[self.honeypot_name] = trap

    def is_from_a_bot(self) -> bool:
        return bool(str(self[self.honeypot_name].value() or "").strip())
