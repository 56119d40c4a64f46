"""How text becomes search terms, the same for what staff wrote and what residents type.

German text is stemmed with the Snowball German algorithm and German stop words
(PostgreSQL's `german.stop`, in stopwords.py) are dropped: the very algorithm and list of
PostgreSQL's `german` configuration, so the SQLite index (fed with these stems)
and the PostgreSQL one (built by `to_tsvector('german', …)`) hold the same
lexemes and both databases return the same results.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import snowballstemmer

from . import stopwords

# Longer queries are cut: nobody describes a need in more than a few sentences, and
# every word becomes part of a database query.
MAX_QUERY_CHARS = 200
# Words of a query that are searched; the rest only make the query slower.
MAX_WORDS = 8
# Arabic and Persian vowel marks and the elongation stroke: optional in writing, so left out on both sides.
ARABIC_MARKS = re.compile("[\u0640\u064b-\u065f\u0670]")
# Letters and digits only: every operator of either database's query language is gone.
WORD = re.compile(r"[^\W_]+")
CYRILLIC = re.compile("[\u0400-\u04ff]")
ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
# A word with a digit or an @ may be a phone number, a date of birth or an address: such queries are
# neither stored in the page cache nor counted (see views.py).
PERSONAL_LOOKING = re.compile(r"[\d@]")

GERMAN = snowballstemmer.stemmer("german")
OTHER_STEMMERS = {
    "latin": [snowballstemmer.stemmer("english"), snowballstemmer.stemmer("turkish")],
    "cyrillic": [snowballstemmer.stemmer("russian")],
    "arabic": [snowballstemmer.stemmer("arabic")],
}


def german_stop_words() -> frozenset[str]:
    return stopwords.GERMAN


def clean_query(raw: str) -> str:
    """What is left of a query to search for: no NUL or control characters, one space between words, capped."""
    text = "".join(" " if unicodedata.category(char)[0] == "C" and char != "\u200c" else char for char in raw)
    return " ".join(text.split())[:MAX_QUERY_CHARS].strip()


def words(text: str) -> list[str]:
    """Lower-cased words of any script; punctuation and operator characters separate words."""
    text = ARABIC_MARKS.sub("", unicodedata.normalize("NFC", text)).replace("\u200c", "")
    return WORD.findall(text.casefold())


@cache
def german_stem(word: str) -> str:
    return GERMAN.stemWord(word)


def german_terms(text: str) -> list[str]:
    """The index terms of German text: stems, stop words left out."""
    stop = german_stop_words()
    return [german_stem(word) for word in words(text) if word not in stop]


def other_terms(text: str) -> list[str]:
    """Text in the other languages is indexed word by word, as PostgreSQL's `simple` configuration does."""
    return words(text)


@cache
def match_keys(word: str) -> frozenset[str]:
    """Forms under which a word counts as the same word when matched against life situations' synonyms."""
    keys = {word, german_stem(word)}
    script = "cyrillic" if CYRILLIC.search(word) else "arabic" if ARABIC_SCRIPT.search(word) else "latin"
    keys.update(stemmer.stemWord(word) for stemmer in OTHER_STEMMERS[script])
    if script == "arabic" and word.startswith("ال") and len(word) > 4:
        keys.add(word[2:])  # the article: "العنف" is "عنف"
    return frozenset(key for key in keys if key)


def looks_personal(text: str) -> bool:
    return bool(PERSONAL_LOOKING.search(text))
