"""The freshness ledger of content translations (see core/ledger.py)."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from .page_cache import PublicContentQuerySet


class TranslationState(models.Model):
    """Where one translated field's text in one language comes from, and from which German text it was made.

    A translation without a row predates the ledger and counts as reviewed (staff wrote it); an empty
    translation has no row (missing). Whether it is outdated is not stored but derived: the hash of
    the German text now differs from `source_hash`.
    """

    class Origin(models.TextChoices):
        MACHINE = "machine", _("machine translated")
        REVIEWED = "reviewed", _("reviewed")

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    field = models.CharField(max_length=100)
    language = models.CharField(max_length=10)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.REVIEWED)
    source_hash = models.CharField(max_length=64)
    # When the German text first differed from the one translated; kept until the translation catches up.
    source_changed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Residents' pages say what the ledger knows: its writes make cached pages obsolete (core.page_cache).
    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("translation state")
        verbose_name_plural = _("translation states")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"], name="one_state_per_translation"
            )
        ]
        indexes = [models.Index(fields=["language", "content_type"], name="translation_state_lookup")]

    def __str__(self) -> str:
        return f"{self.content_type.model}:{self.object_id}:{self.field} [{self.language}] {self.origin}"
