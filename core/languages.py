"""Languages that offices give advice in or their staff speak: codes as staff enter them, names for readers.

Codes are ISO 639-1 (two letters, "de", "uk") or, for languages without one,
ISO 639-2/3 (three letters, "prs" for Dari, "kmr" for Kurmanji). They are
stored as one comma-separated list ("de,en,ru") in a LanguageCodesField.
"""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def parse_language_codes(value: str) -> list[str]:
    """The codes of "de, EN,,ru,de" as ["de", "en", "ru"]: trimmed, lower case, each once, in their order."""
    codes = (code.strip().lower() for code in (value or "").split(","))
    return list(dict.fromkeys(code for code in codes if code))


def language_name(code: str) -> str:
    """The language's name in the reader's language; the bare code for one Django does not know."""
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code


def validate_language_codes(value: str) -> None:
    if not all(LANGUAGE_CODE.fullmatch(code) for code in parse_language_codes(value)):
        raise ValidationError(_("Give language codes separated by commas, e.g. “de,en,ru”."), code="invalid")


class LanguageCodesField(models.CharField):
    """Language codes separated by commas, stored the way parse_language_codes reads them ("de,en,ru")."""

    default_validators = [validate_language_codes]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 100)
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return ",".join(parse_language_codes(value)) if value else value

    def pre_save(self, model_instance, add):
        # Also what a script or the sample loader writes is stored in the one form.
        value = self.to_python(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value
