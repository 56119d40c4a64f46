"""Slugs as German readers expect them: "Beauftragte für Chancengleichheit" → "beauftragte-fuer-chancengleichheit".

Django's slugify drops the umlaut's dots ("fur"); German spells a missing umlaut with an e.
static/admin/js/slug_de.js does the same in the admin's suggestion as staff type.
"""

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS"})


def slugify_de(value: str, max_length: int = 100) -> str:
    return slugify(str(value).translate(GERMAN))[:max_length].strip("-")


class GermanSlugAdminMixin:
    """Admin classes with a slug: a clear label, German transliteration in the suggestion, and on save.

    prepopulated_fields suggests with Django's URLify; slug_de.js, loaded after it, transliterates first.
    """

    class Media:
        js = ["admin/js/slug_de.js"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "slug" and field is not None:
            field.label = _("Page address (URL part)")
            field.help_text = _("Suggested from the name; lower-case letters, digits and hyphens, e.g. “integration”.")
        return field
