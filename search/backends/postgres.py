"""PostgreSQL: the `german` configuration over the German text, `simple` over the other languages.

The entry's `document` (all its text) and `title_document` (its title) are
written here from the text of each new entry (migration 0002 adds them, each
with a GIN index). A word of the query
matches as a prefix (`gewaltschutz:*` finds "Gewaltschutzerstberatung"), by
its compound parts (`gewalt:* & schutz:*` finds "Schutz vor Gewalt") or as the
end of a known compound ("Schutz" in "Gewaltschutz").

Where a word occurs is asked of the index as an uncorrelated
`id IN (SELECT id … WHERE document @@ …)`, which PostgreSQL answers once per
query with a hashed subplan: testing the large, TOASTed vectors of thousands
of rows one by one cost ten times as much with 11,000 cities.
"""

from __future__ import annotations

from django.db import connection
from django.db.models import BooleanField
from django.db.models.expressions import RawSQL

from ..models import SearchEntry
from ..query import Plan, Word
from .base import Backend

DOCUMENT = '"search_searchentry"."document"'
ENTRY_ID = '"search_searchentry"."id"'


def lexeme(text: str, prefix: bool) -> str:
    # Words hold letters and digits only (text.WORD), so quoting cannot be broken out of.
    return f"'{text}'" + (":*" if prefix else "")


def tsquery(word: Word) -> tuple[str, list[str]]:
    alternatives = [lexeme(word.text, word.prefix)]
    alternatives += [f"({lexeme(head, True)} & {lexeme(tail, True)})" for head, tail in word.parts]
    if word.head:
        alternatives.append(lexeme(word.head, True))
    # The compounds ending in the word are index terms, stems already: `simple` leaves them as they are.
    other = [lexeme(word.text, word.prefix)] + [lexeme(term, True) for term in word.endings]
    return "(to_tsquery('german', %s) || to_tsquery('simple', %s))", [" | ".join(alternatives), " | ".join(other)]


class PostgresBackend(Backend):
    vendor = "postgresql"

    def match_any(self, found: Plan) -> RawSQL:
        parts, params = [], []
        for word in [*found.words, *found.expansions]:
            sql, sql_params = tsquery(word)
            parts.append(sql)
            params += sql_params
        return RawSQL(f"{DOCUMENT} @@ ({' || '.join(parts)})", params, output_field=BooleanField())

    def word_matches(self, word: Word, title_only: bool) -> tuple[str, list]:
        sql, params = tsquery(word)
        if title_only:  # a title's vector is small and stored in the row: testing it row by row is cheap
            return f'"search_searchentry"."title_document" @@ {sql}', params
        return f"{ENTRY_ID} IN (SELECT id FROM search_searchentry WHERE document @@ {sql})", params

    def write(self, entries: list[SearchEntry]) -> None:
        rows = [
            (entry.texts.title_de, entry.texts.body_de, entry.texts.title_other, entry.texts.body_other, entry.pk)
            for entry in entries
        ]
        with connection.cursor() as cursor:
            cursor.executemany(
                """
                UPDATE search_searchentry SET
                    title_document = to_tsvector('german', %s::text) || to_tsvector('simple', %s::text),
                    document = to_tsvector('german', %s::text || ' ' || %s::text)
                        || to_tsvector('simple', %s::text || ' ' || %s::text)
                WHERE id = %s
                """,
                [(t, o, t, b, o, ob, pk) for t, b, o, ob, pk in rows],
            )
