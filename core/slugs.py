"""Slugs as German readers expect them: "Beauftragte für Chancengleichheit" → "beauftragte-fuer-chancengleichheit".

Django's slugify drops the umlaut's dots ("fur"); German spells a missing umlaut with an e.
static/admin/js/slug_de.js does the same in the admin's suggestion as staff type.
"""

from django.utils.text import slugify

GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS"})


def slugify_de(value: str, max_length: int = 100) -> str:
    return slugify(str(value).translate(GERMAN))[:max_length].strip("-")
