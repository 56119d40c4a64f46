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

import datetime

from django.db import connection, transaction
from django.db.models import BooleanField
from django.db.models.expressions import RawSQL

from ..models import SearchEntry
from ..query import Plan, Word
from .base import KIND_ORDER, LIMIT, LINKED, Backend

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

    def ranked(self, found: Plan, city, today: datetime.date) -> list[tuple[int, int]]:
        # Each test of the score asks the GIN index for the entries it holds (a bitmap scan per test) and the
        # points are summed per entry: testing each of the thousands of candidates a common word matches against
        # every word instead, row by row, costs a vector lookup per candidate and test. Each scan brings along
        # what the ranking needs, so the candidates are not looked up again by id.
        columns = "id, city_id, kind, sort_key, deadline, office_id, offer_id"
        hits, params = [], []
        for word, title_only, points in self.scored_tests(found):
            sql, sql_params = self.word_matches(word, title_only)
            hits.append(f"SELECT {columns}, {int(points)} AS points FROM search_searchentry WHERE {sql}")
            params += sql_params
        kinds = SearchEntry.Kind
        linked, linked_params = "FALSE", []
        if found.office_ids or found.offer_ids:
            linked = "((kind IN (%s, %s) AND office_id = ANY(%s)) OR (kind = %s AND offer_id = ANY(%s)))"
            linked_params = [kinds.OFFICE, kinds.PRIZE_CALL, sorted(found.office_ids)]
            linked_params += [kinds.OFFER, sorted(found.offer_ids)]
            hits.append(f"SELECT {columns}, 0 AS points FROM search_searchentry WHERE {linked}")
            params += linked_params
        if not hits:
            return []
        order = " ".join(f"WHEN %s THEN {order}" for order in KIND_ORDER.values())
        sql = f"""
            SELECT id, SUM(points)::int + (CASE WHEN {linked} THEN {LINKED} ELSE 0 END) AS score
            FROM ({" UNION ALL ".join(hits)}) AS hits
            WHERE deadline IS NULL OR deadline >= %s
            GROUP BY id, city_id, kind, sort_key, office_id, offer_id
            ORDER BY (CASE WHEN city_id = %s THEN 1 ELSE 0 END) DESC, score DESC, (CASE kind {order} END), sort_key
            LIMIT {LIMIT}
        """
        params = [*linked_params, *params, today, city.pk if city is not None else None, *KIND_ORDER]
        with transaction.atomic(), connection.cursor() as cursor:
            # The planner costs `@@` like comparing two numbers and would rather test every entry's vector in a
            # sequential scan than ask the GIN index: ten times slower. Parallel workers only add their start.
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("SET LOCAL max_parallel_workers_per_gather = 0")
            cursor.execute(sql, params)
            return [(pk, score) for pk, score in cursor.fetchall()]

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
