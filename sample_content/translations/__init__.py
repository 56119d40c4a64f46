"""The sample content in Ukrainian, Arabic, Turkish, Russian and Persian.

The city modules hold German and English (`{"de": …, "en": …}`); the other five languages live here, one
package per language, keyed by the German text they translate, so the city data stays readable and a
German text edited there simply has no translation here until someone adds one (residents then read the
German text, marked as such). These texts were translated for the seed and not reviewed by native speakers:
the loader records them as machine translated (core.ledger), and residents see them marked so. Names of
people and bodies, legal citations and the quoted law stay German (with a rendering in parentheses where
it helps, as in the English text).
"""

from __future__ import annotations

from functools import cache
from importlib import import_module

LANGUAGES = ("uk", "ar", "tr", "ru", "fa")


@cache
def texts(language: str) -> dict[str, str]:
    return import_module(f"{__name__}.{language}").TEXTS


def with_translations(value: dict) -> dict:
    """A translated field's data with the five languages added; keyed by its German text (by its English
    one where there is no German column, as for the rendering of the quoted law)."""
    key = value.get("de") or value.get("en")
    found = {language: texts(language).get(key) for language in LANGUAGES if language not in value}
    return value | {language: text for language, text in found.items() if text}
