"""Accessibility feedback in the admin: for portal administrators only, since reports may name people."""

from django.contrib import admin
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from staff.admin import AdministratorsOnlyMixin

from .models import AccessibilityFeedback


@admin.register(AccessibilityFeedback)
class AccessibilityFeedbackAdmin(AdministratorsOnlyMixin, admin.ModelAdmin):
    list_display = ["received_at", "summary", "page_url", "email", "language", "was_mailed", "is_done"]
    list_filter = ["is_done", "language", ("mailed_at", admin.EmptyFieldListFilter)]
    search_fields = ["description", "page_url", "name", "email"]
    date_hierarchy = "received_at"
    # What the resident wrote stays as they wrote it; staff record what they did.
    readonly_fields = [
        "received_at",
        "mailed_at",
        "mail_attempts",
        "mail_error",
        "next_attempt_at",
        "language",
        "page_url",
        "name",
        "email",
        "description",
    ]
    fieldsets = [
        (_("Report"), {"fields": ["received_at", "language", "page_url", "description"]}),
        (_("Sender"), {"fields": ["name", "email"]}),
        (
            _("Handling"),
            {"fields": ["mailed_at", "mail_attempts", "mail_error", "next_attempt_at", "is_done", "staff_note"]},
        ),
    ]

    @admin.display(description=_("description"))
    def summary(self, feedback):
        return Truncator(feedback.description).chars(80)

    @admin.display(description=_("e-mailed"), boolean=True, ordering="mailed_at")
    def was_mailed(self, feedback):
        return feedback.mailed_at is not None

    def has_add_permission(self, request):
        return False  # reports come from residents through the form
