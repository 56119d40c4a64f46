"""Template helpers used on every public page."""

from functools import cache, lru_cache
from urllib.parse import quote

from django import template
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, linebreaks
from django.utils.safestring import SafeString
from django.utils.translation import get_language, get_language_info, gettext, override

from core import chrome as shared_chrome
from core import ledger
from core.money import format_money
from core.phone import phone_uri as tel_uri
from core.translated import Translated, reader_language, translated

register = template.Library()


def _translated(obj, field: str) -> Translated:
    # A related object that is not there ({% content office.parent "name" %} without a parent) has no text.
    if obj is None:
        return Translated("", reader_language(), False)
    return translated(obj, field)


# A page that falls back to German for most of its text says so once at the top (templates/includes/
# fallback_notice.html) and sets this in its context; its elements then carry lang="de" without a hint each.
FALLBACK_NOTICE = "fallback_notice"


@register.simple_tag(takes_context=True)
def content(context, obj, field: str, paragraphs: bool = False) -> SafeString:
    """A content field for residents, honest about its language.

    When the reader's language has no text, the German one is shown with
    lang="de" (screen readers switch voice) and a short translated hint, isolated
    in <bdi> so that right-to-left text around it does not turn its brackets.
    `paragraphs=True` renders line breaks as paragraphs.
    """
    value = _translated(obj, field)
    if not value.text:
        return SafeString("")
    body = SafeString(linebreaks(value.text, autoescape=True)) if paragraphs else value.text
    if not value.is_fallback:
        if value.language == ledger.source_language():
            return format_html("{}", body)
        return _marked(obj, field, value.language, body, paragraphs)
    element = "div" if paragraphs else "span"
    if context.get(FALLBACK_NOTICE):
        return format_html('<{} lang="{}" dir="ltr" class="fallback">{}</{}>', element, value.language, body, element)
    return format_html(
        '<{} lang="{}" dir="ltr" class="fallback">{}</{}> <small class="fallback-hint"><bdi>{}</bdi></small>',
        element,
        value.language,
        body,
        element,
        gettext("(only available in German)"),
    )


def _marked(obj, field: str, language: str, body, paragraphs: bool) -> SafeString:
    """A translation as the ledger knows it: machine translated or outdated ones say so, with the German text."""
    state = ledger.freshness(obj, field, language)
    if state.status == ledger.OUTDATED:
        hint = gettext("translated before the German text changed on %(date)s") % {
            "date": date_format(timezone.localtime(state.since), "DATE_FORMAT")
        }
    elif state.status == ledger.MACHINE_TRANSLATED:
        hint = gettext("automatically translated")
    else:
        return format_html("{}", body)
    if not paragraphs:
        return format_html(
            '<span class="translation-{}">{}</span> <small class="translation-hint">({})</small>',
            state.status,
            body,
            hint,
        )
    source = ledger.text_of(obj, field, ledger.source_language())
    return format_html(
        '<div class="translation-{}">{}<details class="translation-source"><summary>{} – {}</summary>'
        '<div lang="{}" dir="ltr">{}</div></details></div>',
        state.status,
        body,
        hint,
        gettext("show the German original"),
        ledger.source_language(),
        SafeString(linebreaks(source, autoescape=True)),
    )


@register.simple_tag
def has_content(obj, field: str) -> bool:
    return bool(_translated(obj, field))


@register.simple_tag
def content_text(obj, field: str) -> Translated:
    """The plain text of a content field (German fallback included), for <title> and other plain-text places."""
    return _translated(obj, field)


def _paths_in_every_language(request) -> dict[str, str]:
    """The request's path in each language, as translate_url() gives it, from the match the request already has.

    translate_url() resolves the path again for every language: seven resolutions of the same path per page.
    """
    match, path = request.resolver_match, request.path
    name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
    where = (get_script_prefix(), get_urlconf(), name, tuple(match.args), tuple(sorted(match.kwargs.items())))
    try:
        paths = _reversed_in_every_language(*where)
    except TypeError:  # a converter gave an unhashable value: not kept
        paths = _reversed_in_every_language.__wrapped__(*where)
    return {code: path if found is None else found for code, found in paths.items()}


# Seven reversals are a tenth of an office page's own work, yet depend on the URLconf and the address only.
@lru_cache(maxsize=4096)
def _reversed_in_every_language(prefix, urlconf, name: str, args: tuple, kwargs: tuple) -> dict[str, str | None]:
    paths = {}
    for code, _name in settings.LANGUAGES:
        with override(code):
            try:
                paths[code] = reverse(name, urlconf=urlconf, args=args, kwargs=dict(kwargs))
            except NoReverseMatch:
                paths[code] = None
    return paths


@receiver(setting_changed)
def _forget_reversals(*, setting: str, **kwargs) -> None:
    if setting in {"ROOT_URLCONF", "LANGUAGES", "LANGUAGE_CODE", "PREFIX_DEFAULT_LANGUAGE"}:
        _reversed_in_every_language.cache_clear()


@register.simple_tag(takes_context=True)
def chrome(context, template_name: str) -> SafeString:
    """The header or footer that frames every page, rendered once per language and reader settings (core/chrome.py)."""
    return shared_chrome.render(template_name, context.get("request"), context.get("reader_settings") or {})


@register.simple_tag(takes_context=True)
def alternate_language_links(context) -> SafeString:
    """<link rel="alternate" hreflang> for the same page in every language, and x-default."""
    request = context.get("request")
    if request is None or getattr(request, "resolver_match", None) is None:
        return SafeString("")
    translations = _paths_in_every_language(request)
    links = [
        format_html('<link rel="alternate" hreflang="{}" href="{}">', code, request.build_absolute_uri(path))
        for code, path in translations.items()
    ]
    links.append(
        format_html(
            '<link rel="alternate" hreflang="x-default" href="{}">',
            request.build_absolute_uri(translations[settings.LANGUAGE_CODE]),
        )
    )
    return SafeString("\n  ".join(links))


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context) -> dict:
    request = context.get("request")
    current = get_language()
    back = quote(request.get_full_path() if request else "/")
    languages = [
        {**language, "href": f"{language['url']}?next={back}", "is_current": language["code"] == current}
        for language in _switch_links()
    ]
    return {"languages": languages}


@cache
def _switch_links() -> tuple[dict, ...]:
    """Each language's name and switch address: the same on every page (the switch is outside the prefixes)."""
    return tuple(
        {**get_language_info(code), "url": reverse("switch_language", args=[code])} for code, _ in settings.LANGUAGES
    )


@register.filter
def money(amount, currency: str = "EUR") -> str:
    if amount is None:
        return ""
    return format_money(amount, currency)


@register.filter
def phone_uri(number: str) -> str:
    return tel_uri(number)
