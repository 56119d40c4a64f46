"""Links the sample offices and offers to the life situations their German text concerns (search.proposals).

The life situations themselves come with every installation (search migration
0003); they are only put back here if missing, e.g. in a database a test flushed.
"""

from __future__ import annotations

from collections import Counter

from django.db import transaction

from offices.models import Office
from search import index, proposals, vocabulary
from search.models import SearchEntry


@transaction.atomic
def load(update: bool = False) -> Counter[str]:
    counts = Counter()
    if created := vocabulary.install():
        counts["created life situations"] = created
    if not SearchEntry.objects.exists() and Office.objects.exists():
        # A database filled before the search app existed: its rows never sent the signals that index them.
        counts["created search entries"] = index.rebuild()
    if added := proposals.apply():
        counts["created life situation links"] = added
    return counts or Counter({"unchanged": 1})
