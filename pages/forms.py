"""The accessibility statement's feedback form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import ErrorSummaryMixin, HoneypotMixin

from .models import AccessibilityFeedback


class AccessibilityFeedbackForm(ErrorSummaryMixin, HoneypotMixin, forms.ModelForm):
    """Only the description is required: a barrier can be reported without giving a name or an address."""

    class Meta:
        model = AccessibilityFeedback
        fields = ["page_url", "description", "name", "email"]
        labels = {
            "page_url": _("Page with the barrier"),
            "description": _("What is the barrier?"),
            "name": _("Your name"),
            "email": _("Your e-mail address"),
        }
        help_texts = {
            "page_url": _("The address or the title of the page, if you know it."),
            "description": _(
                "Describe what you wanted to do and what got in your way, for example a link a screen reader "
                "cannot read. At most 3000 characters."
            ),
            "email": _("Only if you would like an answer. We use it for nothing else."),
        }
        error_messages = {
            "description": {
                "required": _("Describe the barrier you found."),
                "max_length": _(
                    "Shorten your description to at most %(limit_value)d characters (it has %(show_value)d)."
                ),
            },
            "email": {"invalid": _("Enter an e-mail address like name@example.org.")},
            "name": {"max_length": _("Shorten your name to at most %(limit_value)d characters.")},
            "page_url": {"max_length": _("Shorten the page address to at most %(limit_value)d characters.")},
        }
        widgets = {
            "page_url": forms.TextInput(attrs={"dir": "auto", "spellcheck": "false"}),
            "description": forms.Textarea(attrs={"rows": 8, "dir": "auto"}),
            "name": forms.TextInput(attrs={"autocomplete": "name", "dir": "auto"}),
            # E-mail addresses are written left to right in every language.
            "email": forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr", "spellcheck": "false"}),
        }

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
