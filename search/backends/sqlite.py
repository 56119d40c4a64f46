"""SQLite: an FTS5 table of Snowball stems (German) and words (other languages), one row per entry.

The table `search_fts` is created by migration 0002 with the tokenizer
`unicode61 remove_diacritics 2` and prefix indexes; its rowid is the entry's
id, and a trigger deletes a row with its entry. The text is stemmed here in
Python by the algorithm PostgreSQL's `german` configuration uses, so a query
finds the same entries as there.
"""

from __future__ import annotations

from django.db import connection
from django.db.models import BooleanField
from django.db.models.expressions import RawSQL

from ..models import SearchEntry
from ..query import Plan, Word
from ..text import german_stem, german_terms, other_terms
from .base import Backend

ENTRY_ID = '"search_searchentry"."id"'
IN_INDEX = f"{ENTRY_ID} IN (SELECT rowid FROM search_fts WHERE search_fts MATCH %s)"


def term(text: str, prefix: bool) -> str:
    # Words hold letters and digits only (text.WORD); quoted, even "NEAR" or "AND" is just a word.
    return f'"{text}"' + ("*" if prefix else "")


def expression(word: Word, title_only: bool) -> str:
    german_columns, other_columns = (
        ("title_de", "title_other") if title_only else ("title_de body_de", "title_other body_other")
    )
    alternatives = [term(german_stem(word.text), word.prefix)]
    alternatives += [
        f"({term(german_stem(head), True)} AND {term(german_stem(tail), True)})" for head, tail in word.parts
    ]
    if word.head:
        alternatives.append(term(german_stem(word.head), True))
    alternatives += [term(ending, True) for ending in word.endings]
    german = " OR ".join(alternatives)
    return f"({{{german_columns}}} : ({german})) OR ({{{other_columns}}} : {term(word.text, word.prefix)})"


class SqliteBackend(Backend):
    vendor = "sqlite"

    def match_any(self, found: Plan) -> RawSQL:
        query = " OR ".join(f"({expression(word, False)})" for word in [*found.words, *found.expansions])
        return RawSQL(IN_INDEX, [query], output_field=BooleanField())

    def word_matches(self, word: Word, title_only: bool) -> tuple[str, list]:
        return IN_INDEX, [expression(word, title_only)]

    def write(self, entries: list[SearchEntry]) -> None:
        rows = [
            (
                entry.pk,
                " ".join(german_terms(entry.texts.title_de)),
                " ".join(german_terms(entry.texts.body_de)),
                " ".join(other_terms(entry.texts.title_other)),
                " ".join(other_terms(entry.texts.body_other)),
            )
            for entry in entries
        ]
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO search_fts (rowid, title_de, body_de, title_other, body_other)"
                " VALUES (%s, %s, %s, %s, %s)",
                rows,
            )

    def clear(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_fts")
