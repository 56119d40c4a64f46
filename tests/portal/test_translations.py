"""The interface catalogues in locale/ are complete and their compiled .mo files are current.

A string marked for translation in a template or in the project's Python code
must have a German translation, or German readers see English. The other
interface languages fall back to German, not to English, when a string is
missing, so they must be complete too. `make messages` extracts, compiles and
lists what is still untranslated.
"""

from __future__ import annotations

import ast
import gettext as gnu_gettext
import re
from functools import cache
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation.template import templatize

ROOT = Path(settings.BASE_DIR)
LOCALE = ROOT / "locale"
LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Languages whose every msgstr must be filled; English msgids are the English text.
TRANSLATED = [code for code in LANGUAGES if code != "en"]
# Top-level folders that hold no code of ours, as in `make messages`' --ignore.
NOT_PROJECT = {"tests", "staticfiles", "node_modules", "locale"}
HINT = "Run `make messages`, translate the entries it lists, and commit the .po and .mo files."


# --- the catalogues, read with polib ---------------------------------------------


@cache
def read_po(lang: str) -> polib.POFile:
    return polib.pofile(str(LOCALE / lang / "LC_MESSAGES" / "django.po"))


def messages(lang: str) -> dict[tuple, polib.POEntry]:
    """The live entries of locale/<lang>/LC_MESSAGES/django.po by (msgctxt, msgid, msgid_plural)."""
    return {
        (entry.msgctxt, entry.msgid, entry.msgid_plural or None): entry
        for entry in read_po(lang)
        if not entry.obsolete and entry.msgid
    }


def msgstrs(entry: polib.POEntry) -> dict[int, str]:
    """The translation by plural form; a singular entry has only form 0."""
    return dict(entry.msgstr_plural) if entry.msgid_plural else {0: entry.msgstr}


def plural_forms(lang: str) -> str:
    return read_po(lang).metadata["Plural-Forms"]


@cache
def count_for_each_form(lang: str) -> dict[int, int]:
    """A count that selects each plural form, e.g. {0: 1, 1: 2, 2: 5} in Russian."""
    plural = gnu_gettext.c2py(re.search(r"plural=([^;]+);", plural_forms(lang))[1])
    counts: dict[int, int] = {}
    for n in range(200):
        counts.setdefault(plural(n), n)
    return counts


def nplurals(lang: str) -> int:
    return int(re.search(r"nplurals=(\d+)", plural_forms(lang))[1])


def label(key: tuple) -> str:
    context, msgid, _plural = key
    return f"{context}|{msgid}" if context else msgid


# --- the strings the code marks for translation --------------------------------

# (msgctxt position, msgid position, msgid_plural position) per gettext function,
# as makemessages' xgettext keywords read them.
_KEYWORDS = {
    "_": (None, 0, None),
    "gettext": (None, 0, None),
    "gettext_lazy": (None, 0, None),
    "gettext_noop": (None, 0, None),
    "ngettext": (None, 0, 1),
    "ngettext_lazy": (None, 0, 1),
    "pgettext": (0, 1, None),
    "pgettext_lazy": (0, 1, None),
    "npgettext": (0, 1, 2),
    "npgettext_lazy": (0, 1, 2),
}
# Django's templatize() turns translate/blocktranslate tags into these calls with
# repr()'d literals, exactly as makemessages hands templates to xgettext.
_TEMPLATE_CALL = re.compile(
    r"""\b(npgettext|pgettext|ngettext|gettext|_)\(((?:\s*u?(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*,?)+)\s*(?:count\s*)?\)"""
)
_LITERAL = re.compile(r"""u?('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")""")


def _key(function: str, args: list[str]) -> tuple | None:
    context, singular, plural = _KEYWORDS[function]
    needed = [position for position in (context, singular, plural) if position is not None]
    if len(args) <= max(needed) or not all(isinstance(args[position], str) for position in needed):
        return None
    return (
        args[context] if context is not None else None,
        args[singular],
        args[plural] if plural is not None else None,
    )


def project_dirs() -> list[Path]:
    return sorted(
        path
        for path in ROOT.iterdir()
        if path.is_dir() and (path / "__init__.py").exists() and path.name not in NOT_PROJECT
    )


def _python_strings(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.Call):
            continue
        function = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
        if function in _KEYWORDS:
            args = [arg.value if isinstance(arg, ast.Constant) else None for arg in node.args]
            key = _key(function, args)
            if key and key[1]:
                yield key


def _template_strings(path: Path):
    for match in _TEMPLATE_CALL.finditer(templatize(path.read_text(encoding="utf-8"), str(path))):
        key = _key(match[1], [ast.literal_eval(literal) for literal in _LITERAL.findall(match[2])])
        if key and key[1]:
            yield key


@cache
def source_strings() -> dict[tuple, str]:
    """Every translatable literal in the project's templates and Python code, with where it first occurs."""
    found: dict[tuple, str] = {}
    template_dirs = [ROOT / "templates"] + [app / "templates" for app in project_dirs()]
    for folder in template_dirs:
        for path in sorted(folder.rglob("*")):
            if path.suffix in {".html", ".txt"}:
                for key in _template_strings(path):
                    found.setdefault(key, str(path.relative_to(ROOT)))
    for folder in project_dirs():
        for path in sorted(folder.rglob("*.py")):
            if "migrations" not in path.relative_to(ROOT).parts:
                for key in _python_strings(path):
                    found.setdefault(key, str(path.relative_to(ROOT)))
    return found


# --- tests ----------------------------------------------------------------------


def test_the_scan_finds_template_python_and_plural_strings():
    # Guards the scanner itself: if it found nothing, every other test here would pass.
    strings = source_strings()
    assert (None, "Skip to main content", None) in strings  # {% translate %} in base.html
    assert (None, "German", None) in strings  # gettext_lazy in settings.py
    assert any(plural for _ctx, _id, plural in strings)  # {% blocktranslate count %}


def test_every_interface_string_has_a_german_translation():
    german = messages("de")
    missing = sorted(
        f"{where}: {label(key)!r}"
        for key, where in source_strings().items()
        if key not in german or not all(msgstrs(german[key]).values())
    )
    assert not missing, f"{len(missing)} interface strings have no German translation. {HINT}\n" + "\n".join(missing)


def test_every_interface_string_is_in_the_english_catalogue():
    english = messages("en")
    missing = sorted(f"{where}: {label(key)!r}" for key, where in source_strings().items() if key not in english)
    assert not missing, f"{len(missing)} interface strings are missing from locale/en. {HINT}\n" + "\n".join(missing)
    unfilled = [label(key) for key, entry in english.items() if key[2] and not all(msgstrs(entry).values())]
    assert not unfilled, f"English plural entries need both forms filled in: {unfilled}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_catalogue_is_complete(lang):
    incomplete = [label(key) for key, entry in messages(lang).items() if not all(msgstrs(entry).values())]
    assert not incomplete, f"{len(incomplete)} untranslated entries in locale/{lang}. {HINT}\n" + "\n".join(incomplete)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_has_no_fuzzy_entries_and_the_right_plural_forms(lang):
    fuzzy = [label(key) for key, entry in messages(lang).items() if "fuzzy" in entry.flags]
    fuzzy += ["(header)"] if read_po(lang).metadata_is_fuzzy else []
    assert not fuzzy, f"Fuzzy entries are not compiled; check and unmark them in locale/{lang}: {fuzzy}"
    wrong = [label(key) for key, entry in messages(lang).items() if key[2] and len(msgstrs(entry)) != nplurals(lang)]
    assert not wrong, f"Plural entries in locale/{lang} need {nplurals(lang)} forms: {wrong}"


_PLACEHOLDER = re.compile(r"%\([^)]+\)[sdif]")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_the_placeholders(lang):
    wrong = []
    for key, entry in messages(lang).items():
        _context, msgid, plural = key
        expected = set(_PLACEHOLDER.findall(msgid + (plural or "")))
        for text in filter(None, msgstrs(entry).values()):
            # A plural form may leave out the number ("one city"), never invent a name,
            # and a lone % would be read as a format flag.
            if not set(_PLACEHOLDER.findall(text)) <= expected or "%" in _PLACEHOLDER.sub("", text).replace("%%", ""):
                wrong.append(f"{label(key)!r} -> {text!r}")
            elif not plural and set(_PLACEHOLDER.findall(text)) != expected:
                wrong.append(f"{label(key)!r} -> {text!r}")
    assert not wrong, f"Placeholders differ in locale/{lang}:\n" + "\n".join(wrong)


def mismatches(lang: str, catalogue) -> list[str]:
    """Entries of locale/<lang> that `catalogue` (with gettext, ngettext, pgettext, npgettext) translates otherwise."""
    wrong = []
    for (context, msgid, plural), entry in messages(lang).items():
        if not all(msgstrs(entry).values()):
            continue  # left out of the .mo on purpose: English msgids are the English text
        if plural:
            for index, n in count_for_each_form(lang).items():
                if context:
                    actual = catalogue.npgettext(context, msgid, plural, n)
                else:
                    actual = catalogue.ngettext(msgid, plural, n)
                if actual != msgstrs(entry)[index]:
                    wrong.append(f"{label((context, msgid, plural))!r} (n={n}): {actual!r}")
        else:
            actual = catalogue.pgettext(context, msgid) if context else catalogue.gettext(msgid)
            if actual != entry.msgstr:
                wrong.append(f"{label((context, msgid, plural))!r}: {actual!r}")
    return wrong


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_catalogue_matches_its_source(lang):
    """`make run` reads the committed .mo (a fresh machine may lack gettext): it must not lag behind the .po."""
    with open(LOCALE / lang / "LC_MESSAGES" / "django.mo", "rb") as handle:
        wrong = mismatches(lang, gnu_gettext.GNUTranslations(handle))
    assert not wrong, f"locale/{lang}/LC_MESSAGES/django.mo is stale; run `make messages`:\n" + "\n".join(wrong)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_django_serves_our_translations(lang):
    """What a page shows: ours, and not Django's or another app's translation of the same msgid ("Search")."""
    with translation.override(lang):
        wrong = mismatches(lang, translation)
    assert not wrong, f"{lang}: gettext does not return the catalogue's translation:\n" + "\n".join(wrong)
