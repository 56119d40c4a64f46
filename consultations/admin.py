"""Staff side: counselling offers and hours, and each office's inbox of appointment requests."""

from django import forms
from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from core.admin_inlines import ContributedInlinesMixin
from core.ledger_admin import LedgerAdminMixin, LocalizedInputsMixin
from core.slugs import GermanSlugAdminMixin
from offices.models import Office, Referral
from staff import policies
from staff.admin import ScopedAdminMixin
from staff.scoping import staff_of

from . import models

# --- Scoping ------------------------------------------------------------------
# How each model reaches the office whose staff handle it (staff.policies; why here: see offices/admin.py).
for office_content in (models.CounsellingOffer, models.ConsultationHour, models.AppointmentRequest):
    policies.register(office_content, office="office")
for request_part in (models.PreferredWindow, models.StatusChange, models.RequestNote):
    policies.register(request_part, office="request__office")


class ScopedToOfficeMixin(ScopedAdminMixin):
    """staff.admin.ScopedAdminMixin: everything the admin shows goes through get_queryset(), so another office's
    request is as missing as a deleted one: in lists, change, delete and history views, bulk actions, related
    filters and foreign-key choices."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.related_model is Office:
            # Offices are shown with their city; the mixin narrows this to the user's offices.
            kwargs["queryset"] = Office.objects.select_related("city")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class OfficeFilter(admin.RelatedOnlyFieldListFilter):
    """The offices that occur in the list, with their city in the same query (an office's name includes it)."""

    def field_choices(self, field, request, model_admin):
        used = model_admin.get_queryset(request).values(field.name)
        return [(office.pk, str(office)) for office in Office.objects.filter(pk__in=used).select_related("city")]


# --- Offers and hours -----------------------------------------------------------
class ReferralChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, referral):
        return f"{referral.authority} ({referral.office})"


class CounsellingOfferForm(forms.ModelForm):
    # Fields come from the admin's fieldsets; this form only adds the cross-field check.
    def clean(self):
        cleaned = super().clean()
        office = cleaned.get("office")
        strangers = [
            referral for referral in cleaned.get("referrals") or [] if office and referral.office_id != office.pk
        ]
        if strangers:
            self.add_error("referrals", _("Choose only referrals of the offer's own office."))
        return cleaned


class ConsultationHourInline(ScopedAdminMixin, LocalizedInputsMixin, TranslationTabularInline):
    model = models.ConsultationHour
    fields = ["kind", "weekday", "starts_at", "ends_at", "location", "note", "valid_from", "valid_until"]
    extra = 0
    # An offer's hours belong to its office; the office is taken from the offer on save.
    fk_name = "offer"


@admin.register(models.CounsellingOffer)
class CounsellingOfferAdmin(
    ContributedInlinesMixin, GermanSlugAdminMixin, ScopedToOfficeMixin, LedgerAdminMixin, TabbedTranslationAdmin
):
    form = CounsellingOfferForm
    prepopulated_fields = {"slug": ["topic_de"]}
    list_display = ["topic", "office", "access", "is_published"]
    list_filter = ["is_published", "access", ("office", OfficeFilter)]
    list_select_related = ["office", "office__city"]
    search_fields = ["topic", "audience"]
    inlines = [ConsultationHourInline]
    fieldsets = [
        (None, {"fields": ["office", "topic", "slug", "position", "is_published"]}),
        (_("What and for whom"), {"fields": ["summary", "audience", "limitations", "referrals"]}),
        (
            _("How"),
            {
                "fields": [
                    "access",
                    ("in_person", "by_phone", "by_video"),
                    "languages",
                    "mediator_available",
                    "mediator_note",
                ]
            },
        ),
        (_("Sensitive pages"), {"fields": ["is_sensitive", "helplines"]}),
    ]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "referrals":
            return ReferralChoiceField(
                queryset=policies.for_user(request.user, Referral.objects.select_related("office__city")),
                required=False,
                widget=forms.CheckboxSelectMultiple,
                label=db_field.verbose_name,
                help_text=db_field.help_text,
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_formset(self, request, form, formset, change):
        for hour in formset.save(commit=False):
            hour.office = form.instance.office
            hour.save()
        for hour in formset.deleted_objects:
            hour.delete()


@admin.register(models.ConsultationHour)
class ConsultationHourAdmin(ScopedToOfficeMixin, LedgerAdminMixin, TabbedTranslationAdmin):
    list_display = ["__str__", "office", "offer", "kind", "valid_from", "valid_until"]
    list_filter = ["kind", "weekday", ("office", OfficeFilter)]
    list_select_related = ["office", "office__city", "offer"]
    fields = [
        "office",
        "offer",
        "kind",
        "weekday",
        ("starts_at", "ends_at"),
        "location",
        "note",
        ("valid_from", "valid_until"),
    ]


# --- Inbox ------------------------------------------------------------------------
class StateFilter(admin.SimpleListFilter):
    """Open requests first: that is the inbox; closed ones are one click away."""

    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [("closed", _("Closed")), ("all", _("All"))]

    def choices(self, changelist):
        yield {
            "selected": self.value() is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": _("Open"),
        }
        for value, label in self.lookup_choices:
            yield {
                "selected": self.value() == value,
                "query_string": changelist.get_query_string({self.parameter_name: value}),
                "display": label,
            }

    def queryset(self, request, queryset):
        if self.value() == "closed":
            return queryset.closed()
        if self.value() == "all":
            return queryset
        return queryset.open()


class NotificationFilter(admin.SimpleListFilter):
    title = _("e-mail notification")
    parameter_name = "notification"

    def lookups(self, request, model_admin):
        return [("pending", _("Pending"))]

    def queryset(self, request, queryset):
        return queryset.notification_pending() if self.value() == "pending" else queryset


class PreferredWindowInline(ScopedAdminMixin, admin.TabularInline):
    model = models.PreferredWindow
    fields = ["starts_at", "ends_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class StatusChangeInline(ScopedAdminMixin, admin.TabularInline):
    model = models.StatusChange
    fields = ["changed_at", "old_status", "new_status", "changed_by"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = _("status history")

    def has_add_permission(self, request, obj=None):
        return False


class RequestNoteInline(ScopedAdminMixin, admin.StackedInline):
    """Staff add notes; a note once written stays as it is, with its author and time."""

    model = models.RequestNote
    fields = ["text", "author", "created_at"]
    readonly_fields = ["author", "created_at"]
    extra = 1
    can_delete = False

    def has_change_permission(self, request, obj=None):
        return False

    def get_readonly_fields(self, request, obj=None):
        return self.readonly_fields


@admin.register(models.AppointmentRequest)
class AppointmentRequestAdmin(ScopedToOfficeMixin, admin.ModelAdmin):
    list_display = [
        "reference",
        "created_at",
        "office",
        "offer",
        "status",
        "assigned_to",
        "notification_ok",
    ]
    list_filter = [
        StateFilter,
        "status",
        NotificationFilter,
        ("office", OfficeFilter),
        ("assigned_to", admin.RelatedOnlyFieldListFilter),
    ]
    # The reference only: a resident's name in a search would end up in URLs and browser histories.
    search_fields = ["=reference"]
    search_help_text = _("Search by reference code, e.g. K7QM-3XPA.")
    list_select_related = ["office", "office__city", "offer", "assigned_to"]
    date_hierarchy = "created_at"
    actions = ["retry_notifications"]
    inlines = [PreferredWindowInline, RequestNoteInline, StatusChangeInline]
    readonly_fields = [
        "reference",
        "created_at",
        "office",
        "offer",
        "mode",
        "preferred_language",
        "needs_mediator",
        "name",
        "email",
        "phone",
        "message",
        "language",
        "consent_given_at",
        "status_changed_at",
        "status_changed_by",
        "closed_at",
        "notification_state",
        "office_notified_at",
        "resident_notified_at",
        "notification_attempts",
        "notification_error",
        "next_attempt_at",
    ]
    fieldsets = [
        (None, {"fields": ["reference", "created_at", "office", "offer"]}),
        (_("Handling"), {"fields": ["status", "assigned_to", "status_changed_at", "status_changed_by", "closed_at"]}),
        (
            _("Request"),
            {"fields": ["mode", "preferred_language", "needs_mediator", "message", "language", "consent_given_at"]},
        ),
        (_("How to reach the resident"), {"fields": ["name", "email", "phone"]}),
        (
            _("E-mail notification"),
            {
                "fields": [
                    "notification_state",
                    "office_notified_at",
                    "resident_notified_at",
                    "notification_attempts",
                    "notification_error",
                    "next_attempt_at",
                ]
            },
        ),
    ]

    def has_add_permission(self, request):
        return False  # residents send requests through the public form

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if obj is not None and "assigned_to" in form.base_fields:
            # Only someone who can open the request; whoever it is assigned to now stays choosable.
            form.base_fields["assigned_to"].queryset = staff_of(
                obj.office, permission="consultations.view_appointmentrequest", keep=obj.assigned_to_id
            )
        return form

    @admin.display(boolean=True, description=_("e-mail sent"))
    def notification_ok(self, obj) -> bool:
        return not obj.notification_pending

    @admin.display(description=_("notification"))
    def notification_state(self, obj) -> str:
        if obj.notification_pending:
            return _("Notification pending: not all e-mails could be sent yet. They are retried.")
        return _("All e-mails sent.")

    def save_model(self, request, obj, form, change):
        if "status" in form.changed_data:
            new_status = obj.status
            obj.status = form.initial["status"]
            change_record = obj.change_status(new_status, by=request.user)
            super().save_model(request, obj, form, change)
            if change_record:
                change_record.save()
            return
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        for note in formset.save(commit=False):
            if isinstance(note, models.RequestNote) and note.author_id is None:
                note.author = request.user
                note.created_at = timezone.now()
            note.save()
        formset.save_m2m()

    @admin.action(description=_("Send pending e-mails again"), permissions=["change"])
    def retry_notifications(self, request, queryset):
        # Queued, not sent here: the admin's request must not wait for the mail server either, and the
        # outbox's claim keeps a mail from going out twice while a run is already sending it.
        queued = queryset.notification_pending().update(next_attempt_at=None)
        if queued:
            self.message_user(
                request,
                ngettext(
                    "The e-mails of %(count)d request will be sent again within a minute.",
                    "The e-mails of %(count)d requests will be sent again within a minute.",
                    queued,
                )
                % {"count": queued},
                messages.SUCCESS,
            )
        else:
            self.message_user(request, _("No e-mails were pending."), messages.INFO)
