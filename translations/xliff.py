"""XLIFF 2.0 for translation agencies, read and written with translate-toolkit (translate.storage.xliff2).

XLIFF 2.0 because it is the current OASIS standard and translate-toolkit (3.20) reads and writes it, so the
files are checked by the same library agencies' tools build on. Each unit carries its id
(`offices.office:12:mission`), the German source, the current translation if any, and notes: the field,
the object and the status. Import writes the translations and marks them reviewed (core.ledger), all or
nothing: a unit whose German source differs from the German text now (changed since the export), an
unknown id or a file that is not XLIFF 2.0 refuses the whole file, with one message per unit.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.utils.translation import gettext as _
from lxml import etree
from translate.storage.xliff2 import Xliff2File

from core import ledger

from .units import CONTENT, Unit, parse_unit_id

FILE_ID = "portal-content"


class ImportRefused(Exception):
    def __init__(self, messages: list[str]):
        super().__init__("\n".join(messages))
        self.messages = messages


@dataclass
class Imported:
    language: str
    written: int = 0
    unchanged: int = 0
    empty: int = 0
    ids: list[str] = field(default_factory=list)


def export(units: list[Unit], language: str) -> bytes:
    store = Xliff2File(sourcelanguage=ledger.source_language(), targetlanguage=language)
    store.setsourcelanguage(ledger.source_language())
    store.settargetlanguage(language)
    for unit in units:
        xliff_unit = store.addsourceunit(unit.source)
        xliff_unit.setid(unit.id)
        if unit.target:
            xliff_unit.target = unit.target
        # Notes belong to the <unit>, before its segment (XLIFF 2.0, 4.2.2.3)
        notes = etree.Element(store.namespaced("notes"))
        for category, text in (("field", unit.label), ("object", str(unit.obj)), ("status", unit.status.status)):
            note = etree.SubElement(notes, store.namespaced("note"), category=category)
            note.text = text
        xliff_unit.getunitelement().insert(0, notes)
    return bytes(store)


def read(data: bytes) -> Xliff2File:
    try:
        store = Xliff2File.parsestring(data)
    except (etree.XMLSyntaxError, ValueError, TypeError) as error:
        raise ImportRefused([_("The file is not an XLIFF 2.0 file: %(error)s") % {"error": error}]) from error
    if store.document.getroot().tag != store.namespaced("xliff"):
        raise ImportRefused([_("The file is not an XLIFF 2.0 file.")])
    return store


def import_file(data: bytes, allowed_office_ids: set[int] | None = None) -> Imported:
    """Write the file's translations, marked reviewed; ImportRefused (nothing written) if any unit is wrong."""
    store = read(data)
    language = store.gettargetlanguage()
    if language not in ledger.target_languages():
        raise ImportRefused(
            [_("The file's target language %(language)s is not one of the portal's.") % {"language": language}]
        )
    if store.getsourcelanguage() != ledger.source_language():
        raise ImportRefused([_("The file's source language must be German (de).")])
    refusals, writes = [], defaultdict(dict)
    result = Imported(language)
    for unit in store.getunits():
        unit_id = unit.getid() or ""
        try:
            model, pk, name = parse_unit_id(unit_id)
            obj = model.objects.get(pk=pk)
        except (ValueError, LookupError, ObjectDoesNotExist):
            refusals.append(_("Unit %(id)s: no such text in the portal.") % {"id": unit_id})
            continue
        if allowed_office_ids is not None and _office_id(obj) not in allowed_office_ids:
            refusals.append(_("Unit %(id)s: you may not change this office's texts.") % {"id": unit_id})
            continue
        if (unit.source or "") != ledger.text_of(obj, name, ledger.source_language()):
            refusals.append(
                _("Unit %(id)s: the German text changed since the export; export it again.") % {"id": unit_id}
            )
            continue
        target = unit.target or ""
        if not target:
            result.empty += 1
            continue
        writes[obj][name] = target
        result.ids.append(unit_id)
    if refusals:
        raise ImportRefused(refusals)
    with transaction.atomic():
        for obj, fields in writes.items():
            changed = {name: text for name, text in fields.items() if ledger.text_of(obj, name, language) != text}
            for name, text in changed.items():
                setattr(obj, f"{name}_{language}", text)
            if changed:
                obj.save()
            for name in fields:
                ledger.mark_reviewed(obj, name, language)
            result.written += len(changed)
            result.unchanged += len(fields) - len(changed)
    return result


def _office_id(obj) -> int | None:
    path = CONTENT[type(obj)]
    value = obj
    for step in path.split("__"):
        value = value if step == "pk" else getattr(value, step)
    return value if isinstance(value, int) else getattr(value, "pk", None)
