"""From what a resident typed to what is searched: words, compound parts, life situations.

This part is the same for both databases; only turning the words into the
database's query language differs (search/backends/).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q

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


def plan(raw: str) -> Plan:
    query = clean_query(raw)
    stop = german_stop_words()
    typed = list(dict.fromkeys(word for word in words(query) if word not in stop and len(word) >= 2))[:MAX_WORDS]
    situations = list(LifeSituation.objects.all())
    result = Plan(query=query, all_situations=situations)
    if not typed:
        return result
    result.situations = [situation for situation in situations if matches(situation, typed)]
    known, ending = terms_known(typed)
    result.words = [word_of(word, known, ending) for word in typed]
    if result.situations:
        ids = [situation.pk for situation in result.situations]
        result.office_ids = set(
            LifeSituation.offices.through.objects.filter(lifesituation_id__in=ids).values_list("office_id", flat=True)
        )
        result.offer_ids = set(
            LifeSituation.offers.through.objects.filter(lifesituation_id__in=ids).values_list(
                "counsellingoffer_id", flat=True
            )
        )
        result.expansions = expansions(result.situations, typed)
    return result


def matches(situation: LifeSituation, typed: list[str]) -> bool:
    """A synonym matches when each of its words is among the query's (inflected or compounded alike)."""
    return any(phrase_in(phrase, typed) for phrase in situation.phrases(LANGUAGES))


def phrase_in(phrase: str, typed: list[str]) -> bool:
    stop = german_stop_words()
    wanted = [word for word in words(phrase) if word not in stop] or words(phrase)
    return bool(wanted) and all(any(same_word(want, word) for word in typed) for want in wanted)


def same_word(synonym: str, typed: str) -> bool:
    if match_keys(synonym) & match_keys(typed):
        return True
    # "Aufenthaltserlaubnis" begins with the synonym "Aufenthalt"; "Integration" begins "Integrationspreis"
    return (len(synonym) >= 5 and typed.startswith(synonym)) or (len(typed) >= 6 and synonym.startswith(typed))


def terms_known(typed: list[str]) -> tuple[set[str], set[str]]:
    """Which possible compound parts of the query's words are index terms, and which terms end in a word.

    One query: the dictionary holds each German term of the index once, a few thousand rows however many
    cities copy the same texts.
    """
    candidates = {german_stem(part) for word in typed for head, tail in splits(word) for part in (head, tail)}
    endings = {german_stem(word) for word in typed if len(german_stem(word)) >= MIN_ENDING}
    condition = Q(term__in=sorted(candidates)) if candidates else Q(pk__in=[])
    for stem in sorted(endings):
        condition |= Q(term__endswith=stem) & ~Q(term=stem)
    if not candidates and not endings:
        return set(), set()
    terms = set(SearchTerm.objects.filter(condition).values_list("term", flat=True))
    return terms & candidates, {term for term in terms if any(term.endswith(e) and term != e for e in endings)}


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
