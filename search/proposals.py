"""Links between life situations and the offices and offers they concern, proposed from the German text.

Staff decide; the proposal is a start: an entry is proposed when one of the
situation's German terms is in its title, or, for a specific term (several
words, or one long word), anywhere in its text. Short general words such as
"Frauen" would otherwise tie a situation to every office that mentions them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import BooleanField
from django.db.models.expressions import RawSQL

from .backends import get_backend
from .models import LifeSituation, SearchEntry
from .query import Word
from .text import german_stop_words, words

SPECIFIC_WORD = 10


@dataclass
class Proposal:
    office_ids: set[int] = field(default_factory=set)
    offer_ids: set[int] = field(default_factory=set)


def condition(phrase: str) -> tuple[str, list] | None:
    stop = german_stop_words()
    terms = [word for word in words(phrase) if word not in stop and len(word) >= 3]
    if not terms:
        return None
    title_only = len(terms) == 1 and len(terms[0]) < SPECIFIC_WORD
    backend = get_backend()
    parts, params = [], []
    for term in terms:
        sql, sql_params = backend.word_matches(Word(term), title_only)
        parts.append(f"({sql})")
        params += sql_params
    return " AND ".join(parts), params


def propose(situation: LifeSituation) -> Proposal:
    found = [condition(phrase) for phrase in situation.phrases([settings.MODELTRANSLATION_DEFAULT_LANGUAGE])]
    found = [item for item in found if item]
    proposal = Proposal()
    if not found:
        return proposal
    sql = " OR ".join(f"({part})" for part, _params in found)
    params = [param for _part, part_params in found for param in part_params]
    rows = (
        SearchEntry.objects.annotate(proposed=RawSQL(sql, params, output_field=BooleanField()))
        .filter(proposed=True)
        .values_list("kind", "office_id", "offer_id")
    )
    for kind, office_id, offer_id in rows:
        if kind == SearchEntry.Kind.OFFER:
            proposal.offer_ids.add(offer_id)
        else:
            proposal.office_ids.add(office_id)
    return proposal


def apply(situations=None) -> int:
    """Add the proposed links (existing ones stay, staff may have set them); how many were added."""
    added = 0
    for situation in situations if situations is not None else LifeSituation.objects.all():
        proposal = propose(situation)
        have_offices = set(situation.offices.values_list("pk", flat=True))
        have_offers = set(situation.offers.values_list("pk", flat=True))
        new_offices, new_offers = proposal.office_ids - have_offices, proposal.offer_ids - have_offers
        if new_offices:
            situation.offices.add(*sorted(new_offices))
        if new_offers:
            situation.offers.add(*sorted(new_offers))
        added += len(new_offices) + len(new_offers)
    return added
