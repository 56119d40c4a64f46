"""Template helpers used on every public page."""

from django import template
from django.conf import settings
from django.utils.html import format_html, linebreaks
from django.utils.safestring import SafeString
from django.utils.translation import get_language, gettext

register = template.Library()


def _value_and_fallback(obj, field: str) -> tuple[str, bool]:
    """The text of a translated field in the active language, and whether it is the German fallback."""
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    source = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    own = getattr(obj, f"{field}_{language}", None)
    if language == source or own:
        return own if own is not None else getattr(obj, field), False
    return getattr(obj, f"{field}_{source}", "") or "", True


@register.simple_tag
def content(obj, field: str, paragraphs: bool = False) -> SafeString:
    """A content field for residents, honest about its language.

    When the reader's language has no text, the German one is shown with
    lang="de" (screen readers switch voice) and a short translated hint.
    `paragraphs=True` renders line breaks as paragraphs.
    """
    text, is_fallback = _value_and_fallback(obj, field)
    if not text:
        return SafeString("")
    body = SafeString(linebreaks(text, autoescape=True)) if paragraphs else text
    if not is_fallback:
        return format_html("{}", body)
    element = "div" if paragraphs else "span"
    return format_html(
        '<{} lang="de" dir="ltr" class="fallback">{}</{}> <small class="fallback-hint">{}</small>',
        element,
        body,
        element,
        gettext("(only available in German)"),
    )


@register.simple_tag
def has_content(obj, field: str) -> bool:
    text, _is_fallback = _value_and_fallback(obj, field)
    return bool(text)
