"""PostgreSQL: the `german` configuration over the German text, `simple` over the other languages.

The entry's `document` column is generated from its text (migration 0002):
German title weight A, German text B, other languages' title C and text D,
with a GIN index. A word of the query matches as a prefix (`gewaltschutz:*`
finds "Gewaltschutzerstberatung") or by its compound parts (`gewalt:* &
schutz:*` finds "Schutz vor Gewalt").
"""

from __future__ import annotations

from django.db.models import BooleanField
from django.db.models.expressions import RawSQL

from ..query import Plan, Word
from .base import Backend

DOCUMENT = '"search_searchentry"."document"'


def lexeme(text: str, prefix: bool, weights: str) -> str:
    # Words hold letters and digits only (text.WORD), so quoting cannot be broken out of.
    marks = ("*" if prefix else "") + weights
    return f"'{text}'" + (f":{marks}" if marks else "")


def tsquery(word: Word, title_only: bool) -> tuple[str, list[str]]:
    german_weights, other_weights = ("A", "C") if title_only else ("", "")
    alternatives = [lexeme(word.text, word.prefix, german_weights)]
    alternatives += [
        f"({lexeme(head, True, german_weights)} & {lexeme(tail, True, german_weights)})" for head, tail in word.parts
    ]
    if word.head:
        alternatives.append(lexeme(word.head, True, german_weights))
    german = " | ".join(alternatives)
    other = " | ".join(
        [lexeme(word.text, word.prefix, other_weights)] + [lexeme(term, True, german_weights) for term in word.endings]
    )
    # The compounds ending in the word are index terms, stems already: `simple` leaves them as they are.
    return "(to_tsquery('german', %s) || to_tsquery('simple', %s))", [german, other]


class PostgresBackend(Backend):
    vendor = "postgresql"

    def match_any(self, found: Plan) -> RawSQL:
        parts, params = [], []
        for word in [*found.words, *found.expansions]:
            sql, sql_params = tsquery(word, title_only=False)
            parts.append(sql)
            params += sql_params
        return RawSQL(f"{DOCUMENT} @@ ({' || '.join(parts)})", params, output_field=BooleanField())

    def word_matches(self, word: Word, title_only: bool) -> tuple[str, list]:
        sql, params = tsquery(word, title_only)
        return f"{DOCUMENT} @@ {sql}", params
