"""From what a resident typed to what is searched: words, compound parts, life situations.

This part is the same for both databases; only turning the words into the
database's query language differs (search/backends/).
"""

from __future__ import annotations

import bisect
import threading
from dataclasses import dataclass, field

from django.conf import settings

from core.page_cache import SITE, claim_generations, generation_key, generations_cache
from offices.models import City

from .models import LifeSituation, SearchTerm
from .text import MAX_WORDS, clean_query, german_stem, german_stop_words, match_keys, words

# Compound parts are at least this long: "Gewalt|schutz", "Aufenthalt|s|erlaubnis", not "Ge|walt".
MIN_PART = 4
# A first part alone counts only if it is this long: "Aufenthalt", not "Auf".
MIN_HEAD = 6
# A word is looked for at the end of compounds if its stem has this many letters ("schutz", "berat").
MIN_ENDING = 5
# Of the compounds ending in a word, the shortest this many are searched.
MAX_ENDINGS = 5
# Of the German synonyms of a matched life situation, this many words are searched as well.
MAX_EXPANSIONS = 4
# Up to this many cities are listed (and offered as a choice); beyond, the home page lists them.
CITY_LIST = 50
LANGUAGES = [code for code, _name in settings.LANGUAGES]


@dataclass(frozen=True)
class Word:
    text: str
    # (head, tail) pairs whose stems are both terms of the index, e.g. ("gewalt", "schutz")
    parts: tuple[tuple[str, str], ...] = ()
    # Without such a pair, the longest known first part: "Aufenthalt" of "Aufenthaltserlaubnis"
    head: str = ""
    # Index terms (stems) that end in this word: "Schutz" is the end of "Gewaltschutz"
    endings: tuple[str, ...] = ()

    @property
    def prefix(self) -> bool:
        """Short words are matched as they are; longer ones also as the start of longer words."""
        return len(self.text) >= 3

    @property
    def stem(self) -> str:
        return german_stem(self.text)


@dataclass
class Plan:
    query: str
    words: list[Word] = field(default_factory=list)
    expansions: list[Word] = field(default_factory=list)
    situations: list[LifeSituation] = field(default_factory=list)
    all_situations: list[LifeSituation] = field(default_factory=list)
    office_ids: set[int] = field(default_factory=set)
    offer_ids: set[int] = field(default_factory=set)

    @property
    def is_empty(self) -> bool:
        return not self.words and not self.situations


class Vocabulary:
    """The public vocabulary every query is planned against: life situations, their links, the German terms;
    and the first cities the page offers to choose from.

    Read once per process and kept while the site's page-cache generation (core/page_scopes.py) is the
    same: every save of a life situation, of its links or of anything indexed sets a new one, in every
    process. So a query costs no database round trip before the ranking.
    """

    def __init__(self):
        self.situations = list(LifeSituation.objects.all())
        self.phrases = {
            situation.pk: [found for phrase in situation.phrases(LANGUAGES) if (found := phrase_words(phrase))]
            for situation in self.situations
        }
        self.cities = list(City.objects.published().order_by("short_name")[: CITY_LIST + 1])
        self.offices: dict[int, set[int]] = {situation.pk: set() for situation in self.situations}
        self.offers: dict[int, set[int]] = {situation.pk: set() for situation in self.situations}
        for situation_id, office_id in LifeSituation.offices.through.objects.values_list(
            "lifesituation_id", "office_id"
        ):
            self.offices.setdefault(situation_id, set()).add(office_id)
        for situation_id, offer_id in LifeSituation.offers.through.objects.values_list(
            "lifesituation_id", "counsellingoffer_id"
        ):
            self.offers.setdefault(situation_id, set()).add(offer_id)
        # Every word of every synonym, by each of its match keys and in order: which of them a typed word
        # counts as (matched_by) is then a few look-ups instead of a comparison with each of them.
        self.wants = sorted({want for found in self.phrases.values() for wanted in found for want in wanted})
        self.wanted = frozenset(self.wants)
        self.by_key: dict[str, set[str]] = {}
        for want in self.wants:
            for key in match_keys(want):
                self.by_key.setdefault(key, set()).add(want)
        self.terms = frozenset(SearchTerm.objects.values_list("term", flat=True))
        # Reversed and sorted: the terms ending in a word are one range of this list.
        self.backwards = sorted(term[::-1] for term in self.terms)

    def matched_by(self, typed: str) -> set[str]:
        """The synonyms' words the typed word counts as: one of the same forms (match_keys), or one begins the
        other ("Aufenthaltserlaubnis" begins with the synonym "Aufenthalt"; "Integration" begins
        "Integrationspreis"). A synonym matches when each of its words is among the query's."""
        found = set()
        for key in match_keys(typed):
            found |= self.by_key.get(key, set())
        found.update(typed[:end] for end in range(5, len(typed) + 1) if typed[:end] in self.wanted)
        if len(typed) >= 6:
            for want in self.wants[bisect.bisect_left(self.wants, typed) :]:
                if not want.startswith(typed):
                    break
                found.add(want)
        return found

    def ending_in(self, stem: str) -> set[str]:
        start = bisect.bisect_left(self.backwards, stem[::-1])
        found = set()
        for backwards in self.backwards[start:]:
            if not backwards.startswith(stem[::-1]):
                break
            found.add(backwards[::-1])
        return found - {stem}


_vocabulary: tuple[object, Vocabulary] | None = None
_lock = threading.Lock()


def vocabulary() -> Vocabulary:
    global _vocabulary
    key = generation_key(SITE)
    try:
        token = generations_cache().get(key)
        if token is None:  # none yet, or emptied: a first one, as the page cache would claim it
            token = (claim_generations([key]) or {}).get(key) or generations_cache().get(key)
    except Exception:  # a cache that does not answer: read from the database, as the page cache does
        token = None
    with _lock:
        if token is not None and _vocabulary is not None and _vocabulary[0] == token:
            return _vocabulary[1]
    found = Vocabulary()
    if token is not None:
        with _lock:
            _vocabulary = (token, found)
    return found


def plan(raw: str) -> Plan:
    query = clean_query(raw)
    stop = german_stop_words()
    typed = list(dict.fromkeys(word for word in words(query) if word not in stop and len(word) >= 2))[:MAX_WORDS]
    known_words = vocabulary()
    situations = known_words.situations
    result = Plan(query=query, all_situations=situations)
    if not typed:
        return result
    wanted = set().union(*(known_words.matched_by(word) for word in typed))
    result.situations = [
        situation
        for situation in situations
        if any(all(want in wanted for want in phrase) for phrase in known_words.phrases[situation.pk])
    ]
    known, ending = terms_known(typed, known_words)
    result.words = [word_of(word, known, ending) for word in typed]
    if result.situations:
        for situation in result.situations:
            result.office_ids |= known_words.offices.get(situation.pk, set())
            result.offer_ids |= known_words.offers.get(situation.pk, set())
        result.expansions = expansions(result.situations, typed)
    return result


def phrase_words(phrase: str) -> list[str]:
    """The words of a synonym that must be in the query: all but stop words (unless it is nothing else)."""
    stop = german_stop_words()
    return [word for word in words(phrase) if word not in stop] or words(phrase)


def terms_known(typed: list[str], known_words: Vocabulary) -> tuple[set[str], set[str]]:
    """Which possible compound parts of the query's words are index terms, and which terms end in a word.

    The dictionary holds each German term of the index once, a few thousand however many cities copy
    the same texts.
    """
    candidates = {german_stem(part) for word in typed for head, tail in splits(word) for part in (head, tail)}
    endings = {german_stem(word) for word in typed if len(german_stem(word)) >= MIN_ENDING}
    ending = set()
    for stem in endings:
        ending |= known_words.ending_in(stem)
    return candidates & known_words.terms, ending


def splits(word: str) -> list[tuple[str, str]]:
    """Ways to read a word as two words, with or without the linking s ("Aufenthalt-s-erlaubnis")."""
    found = []
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head, tail = word[:cut], word[cut:]
        found.append((head, tail))
        if head.endswith("s") and len(head) > MIN_PART:
            found.append((head[:-1], tail))
    return found


def word_of(word: str, known: set[str], ending: set[str]) -> Word:
    stem = german_stem(word)
    endings = sorted(term for term in ending if term.endswith(stem) and term != stem and len(stem) >= MIN_ENDING)
    endings = tuple(sorted(endings, key=lambda term: (len(term), term))[:MAX_ENDINGS])
    parts = compound_parts(word, known)
    if parts:
        return Word(word, parts, endings=endings)
    stop = german_stop_words()
    heads = [head for head, _tail in splits(word) if len(head) >= MIN_HEAD and head not in stop]
    heads = [head for head in heads if german_stem(head) in known]
    return Word(word, head=max(heads, key=lambda head: (len(head), head)) if heads else "", endings=endings)


def compound_parts(word: str, known: set[str]) -> tuple[tuple[str, str], ...]:
    stop = german_stop_words()
    parts = [
        (head, tail)
        for head, tail in splits(word)
        if head not in stop and tail not in stop and german_stem(head) in known and german_stem(tail) in known
    ]
    # The longest head first: "gewalt|schutz" before "gewal|tschutz" if both were terms
    parts.sort(key=lambda pair: (-len(pair[0]), pair))
    return tuple(parts[:2])


def expansions(situations: list[LifeSituation], typed: list[str]) -> list[Word]:
    """The German words of the matched situations: a query in Ukrainian finds German text through them."""
    stop = german_stop_words()
    found: dict[str, None] = {}
    for situation in situations:
        for phrase in situation.phrases([settings.MODELTRANSLATION_DEFAULT_LANGUAGE]):
            for word in words(phrase):
                if word not in stop and len(word) >= 3 and word not in typed:
                    found.setdefault(word)
    return [Word(word) for word in list(found)[:MAX_EXPANSIONS]]
