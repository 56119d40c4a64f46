"""Life situations, the search index and the count of queries that found nothing."""

from __future__ import annotations

from django.db import IntegrityError, models, transaction
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from consultations.models import CounsellingOffer
from core.page_cache import PublicContentQuerySet
from offices.models import City, Office, PrizeCall

from .text import words

MIN_COUNTED_WORD = 3


class LifeSituation(models.Model):
    """A need residents search for, in their words in every language, and the offices and offers that help."""

    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    name = models.CharField(_("name"), max_length=200, help_text=_('e.g. "Violence and protection"'))
    synonyms = models.TextField(
        _("synonyms and typical words"),
        blank=True,
        help_text=_("One term per line, as residents would type it, e.g. “domestic violence”."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    offices = models.ManyToManyField(
        Office, blank=True, related_name="life_situations", verbose_name=_("commissioner offices")
    )
    offers = models.ManyToManyField(
        CounsellingOffer, blank=True, related_name="life_situations", verbose_name=_("counselling offers")
    )

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("life situation")
        verbose_name_plural = _("life situations")
        ordering = ["position", "pk"]
        constraints = [models.CheckConstraint(condition=~models.Q(slug=""), name="life_situation_slug_not_empty")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        """A search for the situation's name in the reader's language finds it and what it links to."""
        return reverse("search:search") + "?" + urlencode({"q": self.name})

    def phrases(self, languages: list[str]) -> list[str]:
        """The name and every synonym in these languages: what a query is compared with."""
        found = []
        for language in languages:
            found.append(getattr(self, f"name_{language}", "") or "")
            found.extend((getattr(self, f"synonyms_{language}", "") or "").splitlines())
        return [phrase.strip() for phrase in found if phrase.strip()]


class SearchEntryQuerySet(PublicContentQuerySet):
    def shown(self, today):
        """Offices and offers always; a prize call while it is open (a closed one is found through its office)."""
        return self.filter(models.Q(deadline__isnull=True) | models.Q(deadline__gte=today))


class SearchEntry(models.Model):
    """One findable thing: an office, a counselling offer or a prize call, with its city.

    The rows are written by `search.index` whenever the content they come from
    is saved, and the text they are found by is handed to the database's own
    index beside them: on PostgreSQL the table `search_posting` (a row per
    lexeme, migration 0004), on SQLite the FTS5 table `search_fts`. The text
    itself is not kept here: the rows stay narrow.
    """

    class Kind(models.TextChoices):
        OFFICE = "office", _("Commissioner office")
        OFFER = "offer", _("Counselling offer")
        PRIZE_CALL = "prize_call", _("Prize call")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    city = models.ForeignKey(City, models.CASCADE, related_name="+")
    office = models.ForeignKey(Office, models.CASCADE, related_name="search_entries")
    offer = models.ForeignKey(CounsellingOffer, models.CASCADE, null=True, blank=True, related_name="+")
    prize_call = models.ForeignKey(PrizeCall, models.CASCADE, null=True, blank=True, related_name="+")
    deadline = models.DateField(null=True, blank=True)
    # city/office/offer slugs: the same on every database, so ties are broken the same way everywhere
    sort_key = models.CharField(max_length=320)

    objects = SearchEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=["office", "offer", "prize_call"]), name="search_entry_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.title_de


class SearchTerm(models.Model):
    """Every German index term once: the dictionary compound words are split against."""

    term = models.CharField(max_length=100, unique=True)

    objects = PublicContentQuerySet.as_manager()

    def __str__(self) -> str:
        return self.term


class UnmatchedQueryQuerySet(models.QuerySet):
    def record(self, language: str, query: str) -> None:
        """Count a query that found nothing under its normalised words; words under 3 characters are dropped."""
        term = " ".join(word for word in words(query) if len(word) >= MIN_COUNTED_WORD)[:100].strip()
        if not term:
            return
        if self.filter(language=language, term=term).update(count=models.F("count") + 1):
            return
        try:
            with transaction.atomic():
                self.create(language=language, term=term, count=1)
        except IntegrityError:  # counted by a request at the same moment
            self.filter(language=language, term=term).update(count=models.F("count") + 1)


class UnmatchedQuery(models.Model):
    """How often a normalised query found nothing, per language: what synonyms are missing. No one's traces."""

    language = models.CharField(_("language"), max_length=7)
    term = models.CharField(_("search term"), max_length=100)
    count = models.PositiveIntegerField(_("count"), default=0)

    objects = UnmatchedQueryQuerySet.as_manager()

    class Meta:
        verbose_name = _("query without results")
        verbose_name_plural = _("queries without results")
        ordering = ["-count", "language", "term"]
        constraints = [
            models.UniqueConstraint(fields=["language", "term"], name="unmatched_query_unique_per_language"),
        ]

    def __str__(self) -> str:
        return self.term


def _link_label(link) -> str:
    return str(link.lifesituation)


# The admin shows each saved link above its row (the office and offer forms' life situation inlines):
# "LifeSituation_offices object (3)" would tell staff nothing.
for _through in (LifeSituation.offices.through, LifeSituation.offers.through):
    _through.__str__ = _link_label
