from django import forms
from django.utils.translation import gettext_lazy as _

from core import ledger
from core.languages import language_name

from .units import MISSING_OR_OUTDATED


def language_choices():
    return [(code, language_name(code)) for code in ledger.target_languages()]


class ExportForm(forms.Form):
    offices = forms.ModelMultipleChoiceField(queryset=None, label=_("Offices"))
    language = forms.ChoiceField(choices=language_choices, label=_("Language"))
    selection = forms.ChoiceField(
        label=_("Texts"),
        choices=[
            (MISSING_OR_OUTDATED, _("missing or outdated")),
            (ledger.MISSING, _("missing")),
            (ledger.OUTDATED, _("outdated")),
            ("all", _("all")),
        ],
    )

    def __init__(self, *args, offices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["offices"].queryset = offices


class ImportForm(forms.Form):
    file = forms.FileField(label=_("XLIFF 2.0 file"))


class MachineTranslationForm(forms.Form):
    office = forms.ModelChoiceField(queryset=None, label=_("Office"))
    language = forms.ChoiceField(choices=language_choices, label=_("Language"))

    def __init__(self, *args, offices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["office"].queryset = offices
