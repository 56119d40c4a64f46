"""The life situations' names and synonyms exist in every language of the portal."""

from modeltranslation.translator import TranslationOptions, register

from .models import LifeSituation


@register(LifeSituation)
class LifeSituationTranslation(TranslationOptions):
    fields = ("name", "synonyms")
    required_languages = ("de",)
