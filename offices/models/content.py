"""What an office does: its task catalogue, target groups, networks and activities."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.page_cache import PublicContentQuerySet

from .office import Office


class OrderedByPosition(models.Model):
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    # Every such row is shown on an office page (the page cache watches them).
    objects = PublicContentQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["position", "pk"]


class TaskGroup(OrderedByPosition):
    """An ordered heading of an office's task catalogue, such as "Aufgaben"."""

    office = models.ForeignKey(Office, models.CASCADE, related_name="task_groups", verbose_name=_("office"))
    title = models.CharField(_("title"), max_length=200)
    introduction = models.TextField(_("introduction"), blank=True, help_text=_('e.g. "That is why she works:"'))

    class Meta(OrderedByPosition.Meta):
        verbose_name = _("task group")
        verbose_name_plural = _("task groups")

    def __str__(self) -> str:
        return self.title


class Task(OrderedByPosition):
    group = models.ForeignKey(TaskGroup, models.CASCADE, related_name="tasks", verbose_name=_("task group"))
    parent = models.ForeignKey(
        "self",
        models.CASCADE,
        null=True,
        blank=True,
        related_name="subtasks",
        verbose_name=_("parent task"),
        help_text=_("Set for a sub-task, as in Dresden's list."),
    )
    text = models.TextField(_("text"))
    note = models.TextField(_("note"), blank=True, help_text=_("An explanation shown below the task."))

    class Meta(OrderedByPosition.Meta):
        verbose_name = _("task")
        verbose_name_plural = _("tasks")
        constraints = [
            models.CheckConstraint(condition=~models.Q(parent=models.F("pk")), name="task_not_own_parent"),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    def clean(self) -> None:
        if self.parent_id and self.group_id and self.parent.group_id != self.group_id:
            raise ValidationError({"parent": _("A sub-task must belong to the same task group as its parent.")})
        if self.parent_id and self.parent.parent_id:
            raise ValidationError({"parent": _("Sub-tasks cannot have sub-tasks of their own.")})


class TargetGroup(OrderedByPosition):
    office = models.ForeignKey(Office, models.CASCADE, related_name="target_groups", verbose_name=_("office"))
    description = models.TextField(_("description"))

    class Meta(OrderedByPosition.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")

    def __str__(self) -> str:
        return self.description[:80]


class Membership(OrderedByPosition):
    """A seat of the office in a network or committee (Gera's list)."""

    office = models.ForeignKey(Office, models.CASCADE, related_name="memberships", verbose_name=_("office"))
    body = models.CharField(_("network or committee"), max_length=300)
    role = models.CharField(_("role"), max_length=200, help_text=_('e.g. "coordinator", "advisory member"'))

    class Meta(OrderedByPosition.Meta):
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")

    def __str__(self) -> str:
        return f"{self.role}: {self.body}"


class CooperationProject(OrderedByPosition):
    office = models.ForeignKey(Office, models.CASCADE, related_name="cooperation_projects", verbose_name=_("office"))
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    partners = models.TextField(_("partners"), blank=True, help_text=_("One partner per line."))
    funder = models.CharField(_("funded by"), max_length=300, blank=True)
    funding_basis = models.CharField(_("funding basis"), max_length=300, blank=True)

    class Meta(OrderedByPosition.Meta):
        verbose_name = _("cooperation project")
        verbose_name_plural = _("cooperation projects")

    def __str__(self) -> str:
        return self.name

    @property
    def partner_list(self) -> list[str]:
        return [line.strip() for line in self.partners.splitlines() if line.strip()]


class Referral(OrderedByPosition):
    """Another authority residents are sent to for what the office does not decide."""

    office = models.ForeignKey(Office, models.CASCADE, related_name="referrals", verbose_name=_("office"))
    authority = models.CharField(_("authority"), max_length=200)
    reason = models.CharField(_("for"), max_length=300, help_text=_('e.g. "Questions about your residence"'))
    url = models.URLField(_("link"), blank=True)
    # So a referral is never a dead end: how to reach the other authority, as staff entered it.
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    class Meta(OrderedByPosition.Meta):
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")

    def __str__(self) -> str:
        return self.authority


class RelatedLink(OrderedByPosition):
    office = models.ForeignKey(Office, models.CASCADE, related_name="related_links", verbose_name=_("office"))
    topic = models.CharField(_("topic"), max_length=200, blank=True, help_text=_('e.g. "Family and social affairs"'))
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), blank=True)
    url = models.URLField(_("link"), blank=True)

    class Meta(OrderedByPosition.Meta):
        verbose_name = _("related link")
        verbose_name_plural = _("related links")

    def __str__(self) -> str:
        return self.title


class Activity(OrderedByPosition):
    class Kind(models.TextChoices):
        EVENT = "event", _("Recurring event")
        REPORT = "report", _("Report")
        CONCEPT = "concept", _("Concept")
        PUBLICATION = "publication", _("Publication")

    office = models.ForeignKey(Office, models.CASCADE, related_name="activities", verbose_name=_("office"))
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    recurrence = models.CharField(_("recurrence"), max_length=100, blank=True, help_text=_('e.g. "every year"'))
    url = models.URLField(_("link"), blank=True)

    class Meta(OrderedByPosition.Meta):
        verbose_name = _("activity or publication")
        verbose_name_plural = _("activities and publications")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=["event", "report", "concept", "publication"]), name="activity_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.title
