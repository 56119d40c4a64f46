"""Content fields residents read, translated with django-modeltranslation.

Names of people and bodies, legal citations' quoted text, addresses and
phone numbers stay in their original German and are not registered.
"""

from modeltranslation.translator import TranslationOptions, register

from . import models


@register(models.City)
class CityTranslation(TranslationOptions):
    fields = ("name",)


@register(models.Office)
class OfficeTranslation(TranslationOptions):
    fields = ("name", "heading", "mission", "description", "legal_basis", "legal_quote_rendering", "scope_note")
    required_languages = ("de",)


@register(models.TaskGroup)
class TaskGroupTranslation(TranslationOptions):
    fields = ("title", "introduction")


@register(models.Task)
class TaskTranslation(TranslationOptions):
    fields = ("text", "note")


@register(models.TargetGroup)
class TargetGroupTranslation(TranslationOptions):
    fields = ("description",)


@register(models.Membership)
class MembershipTranslation(TranslationOptions):
    fields = ("role",)


@register(models.CooperationProject)
class CooperationProjectTranslation(TranslationOptions):
    fields = ("name", "description", "funding_basis")


@register(models.Referral)
class ReferralTranslation(TranslationOptions):
    fields = ("authority", "reason")


@register(models.RelatedLink)
class RelatedLinkTranslation(TranslationOptions):
    fields = ("topic", "title", "summary")


@register(models.Activity)
class ActivityTranslation(TranslationOptions):
    fields = ("title", "description", "recurrence")


@register(models.ContactPerson)
class ContactPersonTranslation(TranslationOptions):
    fields = ("role",)


@register(models.Address)
class AddressTranslation(TranslationOptions):
    fields = ("note",)


@register(models.OpeningHours)
class OpeningHoursTranslation(TranslationOptions):
    fields = ("note",)


@register(models.ClosureNotice)
class ClosureNoticeTranslation(TranslationOptions):
    fields = ("title", "message", "reason")


@register(models.PrizeCall)
class PrizeCallTranslation(TranslationOptions):
    fields = ("name", "title", "description", "audience", "requirements", "funding", "eligible", "criteria")


@register(models.PrizeCategory)
class PrizeCategoryTranslation(TranslationOptions):
    fields = ("name",)
