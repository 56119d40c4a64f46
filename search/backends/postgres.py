"""PostgreSQL: the `german` configuration over the German text, `simple` over the other languages.

The entry's `document` (all its text) and `title_document` (its title) are
written here from the text of each new entry (migration 0002 adds them, each
with a GIN index). A word of the query
matches as a prefix (`gewaltschutz:*` finds "Gewaltschutzerstberatung"), by
its compound parts (`gewalt:* & schutz:*` finds "Schutz vor Gewalt") or as the
end of a known compound ("Schutz" in "Gewaltschutz").

The GIN index on `document` finds the candidates; the score is then tested
row by row on vectors stripped of positions (nothing here uses them), small
enough to stay in the row instead of being fetched from TOAST each time. Asking the index once per
word instead (`id IN (SELECT …)`, hashed subplans) was slower: the planner
chooses sequential scans for them.
"""

from __future__ import annotations

from django.db import connection, transaction
from django.db.models import BooleanField
from django.db.models.expressions import RawSQL

from ..models import SearchEntry
from ..query import Plan, Word
from .base import Backend

DOCUMENT = '"search_searchentry"."document"'


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
        column = "title_document" if title_only else "document"
        return f'"search_searchentry"."{column}" @@ {sql}', params

    def best(self, ranked) -> list[tuple[int, int]]:
        # The planner costs `@@` like comparing two numbers and would rather test every entry's vector in a
        # sequential scan than ask the GIN index for the few thousand candidates: ten times slower.
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
            return super().best(ranked)

    def write(self, entries: list[SearchEntry]) -> None:
        rows = [
            (entry.texts.title_de, entry.texts.body_de, entry.texts.title_other, entry.texts.body_other, entry.pk)
            for entry in entries
        ]
        with connection.cursor() as cursor:
            cursor.executemany(
                """
                UPDATE search_searchentry SET
                    title_document = strip(to_tsvector('german', %s::text) || to_tsvector('simple', %s::text)),
                    document = strip(
                        to_tsvector('german', %s::text || ' ' || %s::text)
                        || to_tsvector('simple', %s::text || ' ' || %s::text)
                    )
                WHERE id = %s
                """,
                [(t, o, t, b, o, ob, pk) for t, b, o, ob, pk in rows],
            )
