"""Inlines an app adds to the admin of a model in an app below it.

Search links life situations to offices and counselling offers; offices and consultations cannot import
search (imports run one way), so search contributes its inline to their admins instead of them naming it.
"""

from __future__ import annotations

from django.contrib.admin.options import InlineModelAdmin
from django.db.models import Model

_contributed: dict[type[Model], list[type[InlineModelAdmin]]] = {}


def contribute(model: type[Model], inline: type[InlineModelAdmin]) -> None:
    """Show `inline` on the admin form of `model` (called from the contributing app's admin module)."""
    inlines = _contributed.setdefault(model, [])
    if inline not in inlines:
        inlines.append(inline)


class ContributedInlinesMixin:
    """For the ModelAdmin of a model other apps may add inlines to."""

    def get_inlines(self, request, obj):
        return [*super().get_inlines(request, obj), *_contributed.get(self.model, [])]
