"""Staff side of search: the life situations (installation-wide) and the queries that found nothing.

Both belong to portal administrators: a life situation serves every city, so
city staff do not edit them (linking their own offices from the office form
would be the next step).
"""

from django.contrib import admin, messages
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin

from staff.admin import AdministratorsOnlyMixin

from . import proposals
from .models import LifeSituation, UnmatchedQuery

# Below this, a count is shown as "< 5": a rare query may be one person's, and its exact count says more about them.
SHOWN_FROM = 5


@admin.register(LifeSituation)
class LifeSituationAdmin(AdministratorsOnlyMixin, TabbedTranslationAdmin):
    list_display = ["name", "position", "office_count", "offer_count"]
    list_editable = ["position"]
    search_fields = ["name", "synonyms", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["offices", "offers"]
    actions = ["add_proposed_links"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(office_total=Count("offices", distinct=True), offer_total=Count("offers", distinct=True))
        )

    @admin.display(description=_("offices"), ordering="office_total")
    def office_count(self, situation) -> int:
        return situation.office_total

    @admin.display(description=_("counselling offers"), ordering="offer_total")
    def offer_count(self, situation) -> int:
        return situation.offer_total

    @admin.action(description=_("Add the links proposed from the offices' text"))
    def add_proposed_links(self, request, queryset):
        added = proposals.apply(queryset)
        self.message_user(
            request,
            ngettext("%(count)d link added.", "%(count)d links added.", added) % {"count": added},
            messages.SUCCESS,
        )


@admin.register(UnmatchedQuery)
class UnmatchedQueryAdmin(AdministratorsOnlyMixin, admin.ModelAdmin):
    """Read-only: the counts come from residents' searches; staff delete a row once synonyms cover it."""

    list_display = ["term", "language", "shown_count"]
    list_filter = ["language"]
    search_fields = ["term"]

    @admin.display(description=_("count"), ordering="count")
    def shown_count(self, query) -> str:
        return str(query.count) if query.count >= SHOWN_FROM else f"< {SHOWN_FROM}"

    def has_add_permission(self, request, *args):
        return False

    def has_change_permission(self, request, obj=None):
        return False
