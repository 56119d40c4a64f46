"""Closure notices for calendar apps (iCalendar, per office) and feed readers (Atom, per city)."""

import datetime

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.formats import date_format
from django.utils.html import format_html, linebreaks
from django.utils.safestring import SafeString
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vDuration, vText

from core.translated import Translated, translated

from .models import City, ClosureNotice, Office

PRODID = "-//Commissioner offices portal//Closure days//EN"
# Subscribed calendars poll; an hour keeps a closure published in the morning in the afternoon's view.
REFRESH_INTERVAL = datetime.timedelta(hours=1)


def notice_text(notice: ClosureNotice) -> str:
    """Message, reason and scope of a notice as plain text, in the active language (German fallback)."""
    parts = [translated(notice, "message").text]
    reason = translated(notice, "reason").text
    if reason:
        parts.append(f"{_('Reason:')} {reason}")
    if notice.office_id is None:
        parts.append(all_offices_in(notice.city))
    return "\n\n".join(part for part in parts if part)


def calendar_text(value: Translated) -> vText:
    """A text property that names its language (RFC 5545 LANGUAGE) when it is German in another language's feed."""
    text = vText(value.text)
    if value.is_fallback:
        text.params["LANGUAGE"] = value.language
    return text


def fallback_language(value: Translated) -> str | None:
    return value.language if value.is_fallback else None


def all_offices_in(city: City) -> str:
    return capfirst(_("all offices in %(city)s") % {"city": city.short_name})


def notice_sequence(notice: ClosureNotice) -> int:
    # There is no revision counter on the model; seconds since creation only ever grow
    # with each save, which is all RFC 5545 asks of SEQUENCE.
    return max(0, int((notice.updated_at - notice.created_at).total_seconds()))


def closure_calendar(office: Office, notices, *, host: str, url: str) -> Calendar:
    """The office's closure days as an iCalendar feed calendar apps can subscribe to.

    UIDs depend only on the notice and the host, and DTSTAMP is the notice's last
    change (as RFC 5545 says for calendars without METHOD), so an edited notice
    replaces its event on the next refresh and an unchanged feed stays byte-identical.
    """
    name = _("Closure days: %(office)s, %(city)s") % {"office": office.name, "city": office.city.short_name}
    calendar = Calendar.new(
        prodid=PRODID,
        uid=f"closures-{office.pk}@{host}",
        name=name,
        url=url,
        refresh_interval=REFRESH_INTERVAL,
    )
    calendar["REFRESH-INTERVAL"].params["VALUE"] = "DURATION"  # required by RFC 7986
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("X-WR-TIMEZONE", timezone.get_default_timezone_name())
    calendar.add("X-PUBLISHED-TTL", vDuration(REFRESH_INTERVAL))  # what Outlook and Apple read
    timed = []
    for notice in notices:
        start, end = notice.span
        if notice.is_all_day:
            start, end = start.date(), end.date()  # whole days: floating dates, the end exclusive as RFC 5545 wants
        else:
            timed.append(notice)
        calendar.add_component(
            Event.new(
                uid=f"closure-{notice.pk}@{host}",
                start=start,
                end=end,
                summary=calendar_text(translated(notice, "title")),
                description=notice_text(notice),
                url=url,
                sequence=notice_sequence(notice),
                last_modified=notice.updated_at,
                stamp=notice.updated_at,
                created=notice.created_at,
                # A closure is information, not an appointment: it must not block the subscriber's time.
                transparency="TRANSPARENT",
            )
        )
    if timed:
        # All-day events are floating dates and need no VTIMEZONE; times of day refer to Berlin's.
        calendar.add_missing_timezones(
            first_date=datetime.date(min(notice.starts_on.year for notice in timed), 1, 1),
            last_date=datetime.date(max(notice.ends_on.year for notice in timed) + 1, 12, 31),
        )
    return calendar


def closure_period(notice: ClosureNotice) -> str:
    if notice.is_single_day:
        return date_format(notice.starts_on, "DATE_FORMAT")
    return _("from %(start)s to %(end)s") % {
        "start": date_format(notice.starts_on, "DATE_FORMAT"),
        "end": date_format(notice.ends_on, "DATE_FORMAT"),
    }


class TextLanguages:
    """Passes the feed writer through, adding xml:lang to the elements whose text is in another language.

    Atom allows xml:lang on every element, but Django's writer sets it only on
    the feed; a reader's Arabic feed must not claim a German title as Arabic.
    """

    def __init__(self, handler, languages: dict[str, str | None]):
        self.handler, self.languages = handler, languages

    def addQuickElement(self, name, contents=None, attrs=None):  # noqa: N802 - the SAX writer's name
        if self.languages.get(name):
            attrs = {**(attrs or {}), "xml:lang": self.languages[name]}
        self.handler.addQuickElement(name, contents, attrs)

    def __getattr__(self, name):
        return getattr(self.handler, name)


class LanguageTaggedAtom1Feed(Atom1Feed):
    def add_root_elements(self, handler):
        super().add_root_elements(TextLanguages(handler, self.feed.get("text_languages", {})))

    def add_item_elements(self, handler, item):
        super().add_item_elements(TextLanguages(handler, item.get("text_languages", {})), item)


def html_text(value: Translated, *, label: str = "") -> str:
    """A paragraph of feed HTML; German fallback text carries lang="de" as on the page."""
    if not value.is_fallback:
        return linebreaks(f"{label} {value.text}" if label else value.text, autoescape=True)
    paragraphs = SafeString(linebreaks(value.text, autoescape=True))
    body = format_html('<div lang="{}" dir="ltr">{}</div>', value.language, paragraphs)
    return format_html("<p>{}</p>{}", label, body) if label else body


class CityClosureFeed(Feed):
    """Closure notices of all offices of a city, newest closures first, as an Atom feed."""

    feed_type = LanguageTaggedAtom1Feed
    limit = 50

    def get_object(self, request, city):
        return get_object_or_404(City.objects.published(), slug=city)

    def title(self, city: City) -> str:
        return _("Closures of the commissioner offices in %(city)s") % {"city": city.short_name}

    def link(self, city: City) -> str:
        return city.get_absolute_url()

    def author_name(self, city: City) -> str:
        return translated(city, "name").text

    def feed_extra_kwargs(self, city: City) -> dict:
        return {"text_languages": {"name": fallback_language(translated(city, "name"))}}

    def items(self, city: City):
        notices = ClosureNotice.objects.filter(city=city).listed_at(timezone.now()).with_office()
        return notices.order_by("-starts_on", "-pk")[: self.limit]

    def item_title(self, notice: ClosureNotice) -> str:
        # Atom titles are plain text: the feed writer escapes them, unlike RSS's double-escaped HTML.
        return translated(notice, "title").text

    def item_extra_kwargs(self, notice: ClosureNotice) -> dict:
        author = translated(notice.office, "name") if notice.office_id else None
        return {
            "text_languages": {
                "title": fallback_language(translated(notice, "title")),
                "name": author and fallback_language(author),
            }
        }

    def item_description(self, notice: ClosureNotice) -> str:
        parts = [
            format_html("<p><strong>{}</strong></p>", closure_period(notice)),
            html_text(translated(notice, "message")),
        ]
        reason = translated(notice, "reason")
        if reason:
            parts.append(html_text(reason, label=_("Reason:")))
        return "".join(parts)

    def item_link(self, notice: ClosureNotice) -> str:
        # The fragment is the banner's id; it also makes the link unique, and Django uses it as the entry id.
        return f"{notice.get_absolute_url()}#closure-{notice.pk}"

    def item_author_name(self, notice: ClosureNotice) -> str:
        if notice.office_id:
            return translated(notice.office, "name").text
        return all_offices_in(notice.city)

    def item_pubdate(self, notice: ClosureNotice) -> datetime.datetime:
        return notice.visible_from or notice.created_at

    def item_updateddate(self, notice: ClosureNotice) -> datetime.datetime:
        return notice.updated_at
