"""Content fields residents read, translated with django-modeltranslation; German is required."""

from modeltranslation.translator import TranslationOptions, register

from . import models


@register(models.CounsellingOffer)
class CounsellingOfferTranslation(TranslationOptions):
    fields = ("topic", "summary", "audience", "mediator_note", "limitations")
    required_languages = ("de",)


@register(models.ConsultationHour)
class ConsultationHourTranslation(TranslationOptions):
    fields = ("location", "note")
