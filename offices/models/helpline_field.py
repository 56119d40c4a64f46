from django import forms
from django.db import models

from .. import helplines


class HelplineKeysField(models.CharField):
    """Keys of offices.helplines.HELPLINES, stored comma-separated, edited as checkboxes."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=helplines.CHOICES,
            required=False,
            widget=forms.CheckboxSelectMultiple,
            label=self.verbose_name,
            help_text=self.help_text,
        )

    def value_from_object(self, obj):
        return [key for key in (getattr(obj, self.attname) or "").split(",") if key]

    def save_form_data(self, instance, data):
        setattr(instance, self.attname, ",".join(data) if isinstance(data, list | tuple) else data)
