"""Template helpers used on every public page."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.formats import number_format
from django.utils.html import format_html, linebreaks
from django.utils.safestring import SafeString
from django.utils.translation import get_language, get_language_info, gettext

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


@register.simple_tag(takes_context=True)
def alternate_language_links(context) -> SafeString:
    """<link rel="alternate" hreflang> for the same page in every language, and x-default."""
    request = context.get("request")
    if request is None or getattr(request, "resolver_match", None) is None:
        return SafeString("")
    path = request.path
    links = [
        format_html(
            '<link rel="alternate" hreflang="{}" href="{}">',
            code,
            request.build_absolute_uri(translate_url(path, code)),
        )
        for code, _name in settings.LANGUAGES
    ]
    links.append(
        format_html(
            '<link rel="alternate" hreflang="x-default" href="{}">',
            request.build_absolute_uri(translate_url(path, settings.LANGUAGE_CODE)),
        )
    )
    return SafeString("\n  ".join(links))


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context) -> dict:
    request = context.get("request")
    current = get_language()
    languages = [{**get_language_info(code), "is_current": code == current} for code, _name in settings.LANGUAGES]
    return {"languages": languages, "next": request.get_full_path() if request else "/"}


@register.filter
def money(amount, currency: str = "EUR") -> str:
    """3.500 € in German, €3,500 in English: grouping from the active locale, symbol placed as readers expect."""
    if amount is None:
        return ""
    decimals = 0 if amount == amount.to_integral_value() else 2
    number = number_format(amount, decimal_pos=decimals, use_l10n=True, force_grouping=True)
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    if (get_language() or "de").startswith("en"):
        return f"{symbol}{number}"
    return f"{number}\u00a0{symbol}"


CURRENCY_SYMBOLS = {"EUR": "€"}


@register.filter
def phone_uri(number: str) -> str:
    """0351-4882131 → +493514882131 for tel: links (German numbers, as all offices here are)."""
    digits = "".join(character for character in number if character.isdigit() or character == "+")
    if digits.startswith("+"):
        return digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    if digits.startswith("0"):
        return "+49" + digits[1:]
    return digits
