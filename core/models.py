"""The little the generic layer stores: accepted submissions for rate limits, and page-cache invalidations
that the cache could not take."""

from django.db import models


class SubmissionRecordQuerySet(models.QuerySet):
    def since(self, moment):
        return self.filter(at__gte=moment)


class SubmissionRecord(models.Model):
    """One accepted (or obviously automated) form submission, by a keyed hash of the client's address.

    In the database, not the cache: every process and server sees the same count,
    a cache that is down cannot turn submissions away, and the row never holds the
    address itself. `manage.py purge_personal_data` deletes rows older than a day.
    """

    scope = models.CharField(max_length=50)
    client = models.CharField(max_length=32)
    at = models.DateTimeField(db_index=True)

    objects = SubmissionRecordQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["scope", "client", "at"], name="core_submission_count")]

    def __str__(self) -> str:
        return f"{self.scope} {self.at:%Y-%m-%d %H:%M}"


class PendingInvalidation(models.Model):
    """Content changed while the page cache did not answer (core.page_cache.bump_generation).

    Kept in the database, which the change itself was written to, so that pages
    cached before the outage are not served again once the cache is back.
    """

    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M:%S}"
