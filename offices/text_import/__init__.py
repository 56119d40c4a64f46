"""Paste-in start: the plain text of a city's current office page becomes a draft office for review.

Pure functions, no database: `read` checks and decodes what staff paste or upload,
`parse` turns the text into a `Draft` whose every proposed field names the line it
came from; `offices.text_import.saving` writes a reviewed draft.
"""

from .draft import Draft
from .reading import MAX_BYTES, UnreadableText, read
from .structure import parse

__all__ = ["MAX_BYTES", "Draft", "UnreadableText", "parse", "read"]
