"""Staff side of search: the life situations (installation-wide) and the queries that found nothing.

Both belong to portal administrators: a life situation serves every city, so
city staff do not edit them. Which of them an office or counselling offer helps
with is the office's staff's to say, on its own form (the inlines below).
"""

from django.contrib import admin, messages
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin

from consultations.models import CounsellingOffer
from core import admin_inlines
from core.admin_labels import LabelledTabularMixin
from offices.models import Office
from staff import policies
from staff.admin import AdministratorsOnlyMixin, ScopedAdminMixin

from . import proposals
from .models import LifeSituation, UnmatchedQuery

policies.register(LifeSituation.offices.through, office="office")
policies.register(LifeSituation.offers.through, office="counsellingoffer__office")

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


class LifeSituationLinkInline(LabelledTabularMixin, ScopedAdminMixin, admin.TabularInline):
    """The life situations an office or offer helps with, chosen by whoever may edit it.

    The links are rows of a table Django made for the many-to-many field, which has no permissions of
    its own: whoever may change the office or offer may change its links (scoped like its other rows).
    Django sends no save signals for such rows; the form's save of the office or offer itself makes the
    search pages and each process's vocabulary obsolete once the transaction, links included, commits.
    """

    extra = 0
    fields = ["lifesituation"]
    verbose_name = _("life situation")
    verbose_name_plural = _("life situations this helps with (search finds it by their words in every language)")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("lifesituation")

    def _parent_allows(self, request, obj=None) -> bool:
        return self.admin_site.get_model_admin(self.parent_model).has_change_permission(request, obj)

    def has_view_permission(self, request, obj=None):
        return self._parent_allows(request, obj)

    def has_add_permission(self, request, obj=None):
        return self._parent_allows(request, obj)

    def has_change_permission(self, request, obj=None):
        return self._parent_allows(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self._parent_allows(request, obj)


class OfficeLifeSituationInline(LifeSituationLinkInline):
    model = LifeSituation.offices.through


class OfferLifeSituationInline(LifeSituationLinkInline):
    model = LifeSituation.offers.through


admin_inlines.contribute(Office, OfficeLifeSituationInline)
admin_inlines.contribute(CounsellingOffer, OfferLifeSituationInline)
