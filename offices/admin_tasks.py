"""A task group's tasks and sub-tasks as one ordered list, edited on the office's page in the same save.

A textarea rather than nested inlines: it needs no script, reads well with a screen reader and
keeps the order as written. Tasks whose German text stays the same are kept (with their
translations); only new or changed lines become new tasks.
"""

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from . import models

SUB_TASK_MARKS = ("-", "–", "•", "*")


def task_list(group: models.TaskGroup) -> str:
    """The group's tasks in order, a sub-task's line starting with "– "."""
    lines = []
    for task in group.tasks.filter(parent__isnull=True).prefetch_related("subtasks"):
        lines.append(task.text_de or "")
        lines.extend(f"– {sub.text_de or ''}" for sub in task.subtasks.all())
    return "\n".join(lines)


def parse_task_list(text: str) -> list[tuple[str, list[str]]]:
    """Top-level tasks with their sub-tasks: a line indented or starting with a dash belongs to the one above."""
    tasks: list[tuple[str, list[str]]] = []
    for raw in text.splitlines():
        stripped = raw.strip()
        if not stripped:
            continue
        marked = stripped.startswith(SUB_TASK_MARKS)
        if marked:
            stripped = stripped.lstrip("".join(SUB_TASK_MARKS)).strip()
        if (marked or raw[:1].isspace()) and tasks and stripped:
            tasks[-1][1].append(stripped)
        elif stripped:
            tasks.append((stripped, []))
    return tasks


@transaction.atomic
def save_task_list(group: models.TaskGroup, tasks: list[tuple[str, list[str]]]) -> None:
    existing: dict[str, list[models.Task]] = {}
    for task in group.tasks.order_by("parent_id", "position", "pk"):
        existing.setdefault(task.text_de or "", []).append(task)

    def reuse(text: str, position: int, parent: models.Task | None) -> models.Task:
        task = existing[text].pop(0) if existing.get(text) else models.Task(group=group, text_de=text)
        task.position, task.parent = position, parent
        task.save()
        return task

    kept = []
    for position, (text, subtasks) in enumerate(tasks):
        parent = reuse(text, position, None)
        kept.append(parent.pk)
        kept.extend(reuse(sub, sub_position, parent).pk for sub_position, sub in enumerate(subtasks))
    group.tasks.exclude(pk__in=kept).delete()


class TaskGroupForm(forms.ModelForm):
    task_list = forms.CharField(
        label=_("Tasks"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8, "cols": 90}),
        help_text=_(
            "One task per line, in order. Start a sub-task's line with a dash (–); it belongs to the task above. "
            "Tasks whose German text you keep keep their translations."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["task_list"] = task_list(self.instance)

    def has_changed(self) -> bool:
        return super().has_changed() or "task_list" in self.changed_data

    def _save_m2m(self):
        super()._save_m2m()
        if "task_list" in self.changed_data or not self.instance.tasks.exists():
            save_task_list(self.instance, parse_task_list(self.cleaned_data.get("task_list", "")))
