"""schema.org JSON-LD for office pages, so search engines and maps show addresses, hours and closures."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from core.phone import phone_uri
from core.translated import translated

from .models import Address, ClosureNotice, ContactPerson, Office, OpeningHours, PrizeCall

# Data blocks are never executed, but "</script>" inside one would still end it early.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
# Visitors come first: search engines and maps take the first address as the place to go to.
ADDRESS_ORDER = {Address.Kind.VISITOR: 0, Address.Kind.POSTAL: 1, Address.Kind.PO_BOX: 2}
WEEKDAYS = {day.value: day.name.capitalize() for day in OpeningHours.Weekday}


def text(obj, field: str) -> str | dict:
    """A content text in the page's language, or German fallback as a JSON-LD value tagged "@language": "de".

    schema.org's inLanguage belongs to creative works and events, not to an
    office; JSON-LD's own language tag marks any single text.
    """
    value = translated(obj, field)
    if value.is_fallback:
        return {"@value": value.text, "@language": value.language}
    return value.text


def compact(data: dict) -> dict:
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def postal_address(address: Address) -> dict:
    is_po_box = address.kind == Address.Kind.PO_BOX
    return compact(
        {
            "@type": "PostalAddress",
            "streetAddress": "" if is_po_box else address.street,
            "postOfficeBoxNumber": address.po_box if is_po_box else "",
            "postalCode": address.postal_code,  # compact() drops it when the source gives none
            "addressLocality": address.locality,
            "addressCountry": "DE",
        }
    )


def contact_point(person: ContactPerson) -> dict:
    return compact(
        {
            "@type": "ContactPoint",
            "name": person.name,
            "contactType": text(person, "role"),
            "telephone": phone_uri(person.phone) if person.phone else "",
            "faxNumber": phone_uri(person.fax) if person.fax else "",
            "email": person.email,
            "availableLanguage": person.language_codes,
        }
    )


def opening_hours(hours: OpeningHours) -> dict:
    if hours.by_appointment:
        return {"@type": "OpeningHoursSpecification", "description": text(hours, "note") or _("by appointment")}
    return compact(
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": WEEKDAYS[hours.weekday],
            "opens": f"{hours.opens:%H:%M}",
            "closes": f"{hours.closes:%H:%M}",
            "description": text(hours, "note"),
        }
    )


def special_opening_hours(notice: ClosureNotice) -> dict | None:
    days = notice.whole_days
    if days is None:
        return None
    # Opening and closing at midnight is schema.org's way of saying "closed all day".
    return {
        "@type": "OpeningHoursSpecification",
        "validFrom": days[0].isoformat(),
        "validThrough": days[1].isoformat(),
        "opens": "00:00",
        "closes": "00:00",
        "description": text(notice, "title"),
    }


def organisation_ref(office: Office, build_absolute_uri) -> dict:
    """What the office belongs to: its organisational unit (in its parent or city), else the parent or the city."""
    if office.unit_label:
        above = parent_ref(office, build_absolute_uri)
        return {"@type": "GovernmentOrganization", "name": office.unit_label, "parentOrganization": above}
    return parent_ref(office, build_absolute_uri)


def parent_ref(office: Office, build_absolute_uri) -> dict:
    if office.parent_id:
        url = build_absolute_uri(office.parent.get_absolute_url())
        return {"@type": "GovernmentOffice", "@id": f"{url}#office", "name": text(office.parent, "name"), "url": url}
    return compact({"@type": "GovernmentOrganization", "name": text(office.city, "name"), "url": office.city.website})


def deadline_event(call: PrizeCall, build_absolute_uri) -> dict:
    """A prize call's deadline as a one-day event, so search engines can show it with the office."""
    day = call.deadline.isoformat()
    return compact(
        {
            "@type": "Event",
            "name": f"{call.words['deadline']}: {translated(call, 'title').text}",
            "startDate": day,
            "endDate": day,
            "url": build_absolute_uri(call.get_absolute_url()),
            "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
            "eventStatus": "https://schema.org/EventScheduled",
        }
    )


# The keys in the order a GovernmentOffice is written; those of TIMELY change with the moment, not the content.
KEYS = (
    "@context",
    "@type",
    "@id",
    "name",
    "url",
    "description",
    "telephone",
    "faxNumber",
    "email",
    "address",
    "contactPoint",
    "openingHoursSpecification",
    "specialOpeningHoursSpecification",
    "parentOrganization",
    "event",
    "sameAs",
)
TIMELY = ("specialOpeningHoursSpecification", "event")


def government_office(office: Office, closures, build_absolute_uri, prize_calls=(), kept: dict | None = None) -> dict:
    """The office as a schema.org GovernmentOffice, in the active language; German fallback is tagged as German.

    `closures` are the listed notices (ClosureNotice.is_listed) whose whole closed days become special hours;
    `build_absolute_uri` is the request's, so URLs name the host residents use. `kept`: what
    content_of_office() gave for this office, language and host (the office page keeps it with its content).
    """
    content = kept if kept is not None else content_of_office(office, build_absolute_uri)
    timely = {
        "specialOpeningHoursSpecification": [
            spec for spec in (special_opening_hours(notice) for notice in closures) if spec
        ],
        "event": [deadline_event(call, build_absolute_uri) for call in prize_calls],
    }
    return compact({key: timely[key] if key in timely else content.get(key) for key in KEYS})


def content_of_office(office: Office, build_absolute_uri) -> dict:
    """The part of government_office() that depends on the office's content only: no closures, no events."""
    url = build_absolute_uri(office.get_absolute_url())
    addresses = sorted(office.addresses.all(), key=lambda address: ADDRESS_ORDER.get(address.kind, 9))
    postal_addresses = [postal_address(address) for address in addresses]
    return compact(
        {
            "@context": "https://schema.org",
            "@type": "GovernmentOffice",
            "@id": f"{url}#office",
            "name": text(office, "name"),
            "url": url,
            "description": text(office, "mission"),
            "telephone": phone_uri(office.phone) if office.phone else "",
            "faxNumber": phone_uri(office.fax) if office.fax else "",
            "email": office.email,
            "address": postal_addresses[0] if len(postal_addresses) == 1 else postal_addresses,
            "contactPoint": [contact_point(person) for person in office.contacts.all()],
            "openingHoursSpecification": [opening_hours(hours) for hours in office.opening_hours.all()],
            "parentOrganization": organisation_ref(office, build_absolute_uri),
            "sameAs": office.source_url,
        }
    )


def json_ld_script(data: dict) -> SafeString:
    """<script type="application/ld+json">: a data block a strict CSP leaves alone, escaped like json_script."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 - escaped above
