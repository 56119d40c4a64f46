"""PostgreSQL: postings (term, entry, in title) from the `german` configuration and, for the other languages, `simple`.

`write` turns each new entry's text into its lexemes with `to_tsvector` and
stores one posting per lexeme (migration 0004 makes the table; triggers drop an
entry's postings with it). A word of the query matches as a prefix
(`gewaltschutz…` finds "Gewaltschutzerstberatung"), by its compound parts
(`gewalt…` and `schutz…` in one entry find "Schutz vor Gewalt") or as the end of
a known compound ("Schutz" in "Gewaltschutz"): the same tests as the FTS5
expression of sqlite.py, with the same Snowball stems (text.py).

Why postings and not `tsvector @@ tsquery`: a common word matches thousands of
entries among 11,000 cities, and testing each word on each candidate's vector
read it from TOAST once per test. Here every range of the B-tree the query's
lexemes need is one index-only scan (a lexeme inside another's prefix range is
told apart in its rows); the tests are then evaluated on bit masks of the
lexemes found, once per distinct pattern of them, and only the ranked
candidates are joined to their entry rows. When thousands tie at the cut, the
first of them in the order among equals come from a short walk of an index in
that order (migration 0005) rather than from reading every tied row.
"""

from __future__ import annotations

import datetime

from django.db import connection

from ..models import SearchEntry
from ..query import Plan, Word
from ..text import german_stem
from .base import ANYWHERE, EXPANSION, EXPANSION_IN_TITLE, IN_TITLE, KIND_ORDER, LIMIT, LINKED, Backend

# Lexemes per bigint of the bit masks: bit n says the entry has lexeme n, bit n + BITS that it has it in its
# title; chunk 0 also carries the two markers.
BITS = 30
LINKED_BIT, CITY_BIT = 1 << 60, 1 << 61

# The entries of offices and offers that the matched life situations name (Backend.linked).
LINKED_SQL = (
    "(e.kind IN ('office', 'prize_call') AND e.office_id = ANY(%s)) OR (e.kind = 'offer' AND e.offer_id = ANY(%s))"
)
# Closed prize calls are not shown (SearchEntryQuerySet.shown); their postings carry the deadline.
OPEN = "(deadline IS NULL OR deadline >= %s)"
Lexeme = tuple[str, bool]  # (text, as a prefix)
# The order among equal scores (base.KIND_ORDER, then the slugs); migration 0005 indexes exactly this expression.
TIE_KIND = "CASE {kind} " + " ".join(f"WHEN '{kind}' THEN {order}" for kind, order in KIND_ORDER.items()) + " END"
# When this many entries tie at the cut, the first ones in that order are looked for among the first
# PROBE_ROWS entries of the index instead of reading every tied entry's row (Gewalt: 2,203 of them).
PROBE_TIES, PROBE_ROWS = 200, 2000


def alternatives(word: Word) -> list[tuple[Lexeme, ...]]:
    """Ways the word occurs: any alternative whose lexemes are all in an entry's text (or title)."""
    found = [((german_stem(word.text), word.prefix),)]
    found += [((german_stem(head), True), (german_stem(tail), True)) for head, tail in word.parts]
    if word.head:
        found.append(((german_stem(word.head), True),))
    # Text in the other languages is indexed word by word; compounds ending in the word are stems already.
    found.append(((word.text, word.prefix),))
    found += [((ending, True),) for ending in word.endings]
    return list(dict.fromkeys(found))


def condition(lexeme: Lexeme) -> str:
    # `^@` (starts with) is a range scan of the B-tree, the column's collation being "C".
    return "term ^@ %s" if lexeme[1] else "term = %s"


class Query:
    """The SQL that ranks, built from the plan; every value is a parameter."""

    def __init__(self, found: Plan, city, today: datetime.date):
        self.found, self.city, self.today = found, city, today
        self.tests = [(word, IN_TITLE, ANYWHERE) for word in found.words]
        self.tests += [(word, EXPANSION_IN_TITLE, EXPANSION) for word in found.expansions]
        self.lexemes: dict[Lexeme, int] = {}
        for word, _title, _anywhere in self.tests:
            for alternative in alternatives(word):
                for lexeme in alternative:
                    self.lexemes.setdefault(lexeme, len(self.lexemes))

    def scans(self) -> dict[Lexeme, list[Lexeme]]:
        """Each range of the index read once: a lexeme inside another one's prefix range (`gewaltschutz` in
        `gewalt…`, of the same chunk) is told apart in that scan's rows instead of being scanned again.
        """
        groups: dict[Lexeme, list[Lexeme]] = {}
        for lexeme, number in self.lexemes.items():
            covering = next(
                (
                    root
                    for root in self.lexemes
                    if root != lexeme
                    and root[1]
                    and lexeme[0].startswith(root[0])
                    and self.lexemes[root] // BITS == number // BITS
                    and not any(other[1] and root[0].startswith(other[0]) and other != root for other in self.lexemes)
                ),
                None,
            )
            groups.setdefault(covering or lexeme, [])
            if covering:
                groups[covering].append(lexeme)
        return groups

    def sql(self) -> tuple[str, list]:
        """One aggregate over hits: a row per posting in the ranges of the query's lexemes, and rows marking
        entries linked to a matched life situation and entries of the chosen city (small sets of ids).

        The score depends on the entry's masks alone, and thousands of entries share a handful of them
        (`Gewalt`: 6,603 entries, 6 patterns), so each pattern is scored once, and the cut (the LIMIT-th best
        city-and-score) is found from the patterns' counts. Only the entries of the patterns at or above it
        are read for the order among equals: joining every candidate to its entry row would cost more than
        the scoring. Each pattern keeps its entries' ids (array_agg) for that, so the masks are read once, as
        they are made, instead of being stored and joined back to the chosen patterns (about 5 % of the
        statement for `Gewalt`); the tied entries are unnested apart from those above the cut, and counted
        from the patterns, so that the 2,200 tied entries of `Gewalt` are read once, by the probe.
        """
        hits, params = [], []
        for root, inside in self.scans().items():
            chunk, bit = divmod(self.lexemes[root], BITS)
            found = [str(1 << bit)]
            for lexeme in inside:
                found.append(f"(CASE WHEN {condition(lexeme)} THEN {1 << (self.lexemes[lexeme] % BITS)} ELSE 0 END)")
                params.append(lexeme[0])
            # The bits found, and the same bits shifted into the title half when the posting is in the title.
            mask = f"({' | '.join(found)})::bigint * (CASE WHEN in_title THEN {(1 << BITS) + 1} ELSE 1 END)"
            hits.append(
                f"SELECT entry_id, {chunk} AS chunk, {mask} AS mask FROM search_posting"
                f" WHERE {condition(root)} AND {OPEN}"
            )
            params += [root[0], self.today]
        offices, offers = sorted(self.found.office_ids), sorted(self.found.offer_ids)
        if offices or offers:
            hits.append(f"SELECT id, 0, {LINKED_BIT}::bigint FROM search_searchentry e WHERE ({LINKED_SQL}) AND {OPEN}")
            params += [offices, offers, self.today]
        if self.city is not None:
            hits.append(f"SELECT id, 0, {CITY_BIT}::bigint FROM search_searchentry WHERE city_id = %s")
            params.append(self.city.pk)
        chunks = range((len(self.lexemes) - 1) // BITS + 1) if self.lexemes else range(1)
        if len(chunks) == 1:
            masks = "bit_or(mask) AS m0"
        else:
            masks = ", ".join(f"coalesce(bit_or(mask) FILTER (WHERE chunk = {c}), 0) AS m{c}" for c in chunks)
        score = " + ".join(
            f"(CASE WHEN {self.occurs(word, True)} THEN {in_title} ELSE 0 END)"
            f" + (CASE WHEN {self.occurs(word, False)} THEN {anywhere} ELSE 0 END)"
            for word, in_title, anywhere in self.tests
        )
        columns = ", ".join(f"m{c}" for c in chunks)
        sql = f"""
            WITH masks AS (
                SELECT entry_id, {masks}
                FROM ({" UNION ALL ".join(hits)}) AS hits
                GROUP BY entry_id
            ), patterns AS MATERIALIZED (
                SELECT text_score + (CASE WHEN linked THEN {LINKED} ELSE 0 END) AS score, city_first, found, entries
                FROM (
                    SELECT {score or "0"} AS text_score, (m0 & {LINKED_BIT}) <> 0 AS linked,
                        (m0 & {CITY_BIT}) <> 0 AS city_first, count(*) AS found, array_agg(entry_id) AS entries
                    FROM masks
                    GROUP BY {columns}
                    OFFSET 0  -- a fence: pushed below the grouping, the WHERE would score every entry
                ) AS scored
                WHERE text_score > 0 OR linked
            ), cut AS (
                SELECT city_first, score
                FROM (
                    SELECT city_first, score, sum(found) OVER (ORDER BY city_first DESC, score DESC) AS reached
                    FROM patterns
                ) AS running
                WHERE reached >= {LIMIT}
                ORDER BY city_first DESC, score DESC
                LIMIT 1
            ), chosen AS MATERIALIZED (
                SELECT p.entries, p.score, p.city_first, p.found,
                    coalesce((p.city_first, p.score) = (SELECT city_first, score FROM cut), false) AS tied
                FROM patterns p
                WHERE (p.city_first, p.score) >= ALL (SELECT city_first, score FROM cut)
            ), tied AS MATERIALIZED (
                SELECT unnest(entries) AS entry_id FROM chosen WHERE tied
            ), above AS MATERIALIZED (
                SELECT e.id, c.score, c.city_first, {TIE_KIND.format(kind="e.kind")} AS kind_order, e.sort_key
                FROM (SELECT unnest(entries) AS entry_id, score, city_first FROM chosen WHERE NOT tied) AS c
                JOIN search_searchentry e ON e.id = c.entry_id
            ), probe AS MATERIALIZED (
                SELECT id, kind_order, sort_key
                FROM (
                    SELECT id, {TIE_KIND.format(kind="kind")} AS kind_order, sort_key
                    FROM search_searchentry
                    WHERE (SELECT sum(found) FROM chosen WHERE tied) >= {PROBE_TIES}
                    ORDER BY {TIE_KIND.format(kind="kind")}, sort_key COLLATE "C"
                    LIMIT {PROBE_ROWS}
                ) AS first_entries
                -- (OR false keeps this a hashed filter, not a join: the order of the index is what is wanted)
                WHERE id IN (SELECT entry_id FROM tied) OR false
                ORDER BY kind_order, sort_key COLLATE "C"
                LIMIT {LIMIT}
            ), enough AS (
                SELECT (SELECT count(*) FROM probe) + (SELECT count(*) FROM above) >= {LIMIT} AS probed
            )
            SELECT id, score
            FROM (
                SELECT id, score, city_first, kind_order, sort_key FROM above
                UNION ALL
                SELECT probe.id, cut.score, cut.city_first, probe.kind_order, probe.sort_key
                FROM probe, cut
                WHERE (SELECT probed FROM enough)
                UNION ALL
                SELECT e.id, cut.score, cut.city_first, {TIE_KIND.format(kind="e.kind")}, e.sort_key
                FROM tied JOIN search_searchentry e ON e.id = tied.entry_id, cut
                WHERE NOT (SELECT probed FROM enough)
            ) AS ranked
            ORDER BY city_first DESC, score DESC, kind_order, sort_key COLLATE "C"
            LIMIT {LIMIT}
        """
        return sql, params

    def occurs(self, word: Word, in_title: bool) -> str:
        def has(lexeme: Lexeme) -> str:
            chunk, bit = divmod(self.lexemes[lexeme], BITS)
            return f"(m{chunk} & {1 << (bit + BITS if in_title else bit)}) <> 0"

        return "(" + " OR ".join("(" + " AND ".join(map(has, alt)) + ")" for alt in alternatives(word)) + ")"


class PostgresBackend(Backend):
    vendor = "postgresql"

    def rank(self, found: Plan, city, today: datetime.date) -> list[tuple[int, int]]:
        sql, params = Query(found, city, today).sql()
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [(pk, score) for pk, score in cursor.fetchall()]

    def word_matches(self, word: Word, title_only: bool) -> tuple[str, list]:
        """For proposals (staff's, not the residents' page): one posting look-up per lexeme."""
        alternatives_sql, params = [], []
        for alternative in alternatives(word):
            tests = []
            for text, prefix in alternative:
                title = " AND in_title" if title_only else ""
                tests.append(
                    f'"search_searchentry"."id" IN (SELECT entry_id FROM search_posting'
                    f" WHERE term {'^@' if prefix else '='} %s{title})"
                )
                params.append(text)
            alternatives_sql.append("(" + " AND ".join(tests) + ")")
        return "(" + " OR ".join(alternatives_sql) + ")", params

    def write(self, entries: list[SearchEntry]) -> None:
        if not entries:
            return
        columns = list(
            zip(
                *[
                    (e.pk, e.texts.title_de, e.texts.body_de, e.texts.title_other, e.texts.body_other, e.deadline)
                    for e in entries
                ],
                strict=True,
            )
        )
        with connection.cursor() as cursor:
            cursor.execute(
                """
                INSERT INTO search_posting (term, entry_id, in_title, deadline)
                SELECT lexeme, id, bool_or(in_title), deadline
                FROM unnest(%s::bigint[], %s::text[], %s::text[], %s::text[], %s::text[], %s::date[])
                    AS entry(id, title_de, body_de, title_other, body_other, deadline),
                LATERAL (
                    SELECT unnest(tsvector_to_array(
                        to_tsvector('german', title_de) || to_tsvector('simple', title_other)
                    )), true
                    UNION ALL
                    SELECT unnest(tsvector_to_array(
                        to_tsvector('german', title_de || ' ' || body_de)
                        || to_tsvector('simple', title_other || ' ' || body_other)
                    )), false
                ) AS lexemes(lexeme, in_title)
                GROUP BY id, lexeme, deadline
                """,
                [list(column) for column in columns],
            )

    def clear(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("TRUNCATE search_posting")
