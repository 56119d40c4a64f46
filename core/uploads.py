"""Uploaded documents: PDF, ODT and DOCX only, recognised by their content (not their name), and size-capped.

A file named "form.pdf" that is HTML or an SVG with a script is refused: the
portal serves uploads from its own origin, where such a file could run script.
"""

import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def document_kind(file) -> str | None:
    """ "pdf", "odt", "docx", or None for anything else."""
    file.seek(0)
    head = file.read(8)
    file.seek(0)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if not head.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(file) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and archive.read("mimetype").strip() == ODT_MIMETYPE:
                return "odt"
            if {"[Content_Types].xml", "word/document.xml"} <= names:
                return "docx"
    except (zipfile.BadZipFile, KeyError, OSError):
        return None
    finally:
        file.seek(0)
    return None


@deconstructible
class DocumentValidator:
    def __call__(self, file) -> None:
        limit = settings.UPLOAD_MAX_MEGABYTES
        if file.size > limit * 1024 * 1024:
            raise ValidationError(_("The file is larger than %(limit)d MB."), params={"limit": limit}, code="size")
        if document_kind(file) is None:
            raise ValidationError(_("Only PDF, ODT or DOCX documents can be uploaded."), code="kind")

    def __eq__(self, other) -> bool:
        return isinstance(other, DocumentValidator)
