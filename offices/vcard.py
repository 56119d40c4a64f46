"""Contact persons as vCards residents save to their phone's address book.

vCard 3.0 (RFC 2426) rather than 4.0: Outlook and the contacts importers of
many Android phones read 2.1 and 3.0 only, and 3.0 carries everything a
contact person here has. The languages a person speaks go into LANG (defined
by 4.0, IANA-registered, ignored by readers that don't know it) and, for
people, into the NOTE every address book shows.
"""

from django.utils.translation import gettext as _

from core.languages import language_name
from core.templatetags.core import phone_uri

from .models import Address, ContactPerson

PRODID = "-//Commissioner offices portal//Contact persons//EN"
# Lower-case words that belong to the family name: "Ursula von der Leyen" files under "von der Leyen".
NAME_PARTICLES = frozenset({"von", "vom", "van", "der", "den", "de", "zu", "zum", "zur", "ter", "ten"})
MAX_LINE_OCTETS = 75


def escape(value: str) -> str:
    """Escape a text value: backslash first, then the separators, then line breaks."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character; continuations start with a space."""
    lines, current, size = [], "", 0
    for character in line:
        octets = len(character.encode())
        if size + octets > MAX_LINE_OCTETS:
            lines.append(current)
            current, size = " ", 1
        current += character
        size += octets
    lines.append(current)
    return "\r\n".join(lines)


def content_line(name: str, *components: str, params: str = "") -> str:
    """A property whose value has one or more `;`-separated components, each escaped."""
    value = ";".join(escape(component) for component in components)
    return fold(f"{name}{';' + params if params else ''}:{value}")


def split_name(full_name: str) -> tuple[str, str, str, str]:
    """Family, given, additional names and honorific prefixes from one name field ("Dr. Anna Maria Schulz")."""
    words = full_name.split()
    prefixes = []
    while len(words) > 1 and "." in words[0]:
        prefixes.append(words.pop(0))
    if not words:
        return "", "", "", " ".join(prefixes)
    family = [words.pop()]
    while len(words) > 1 and words[-1] in NAME_PARTICLES:
        family.insert(0, words.pop())
    given = words[0] if words else ""
    return " ".join(family), given, " ".join(words[1:]), " ".join(prefixes)


def address_components(address: Address) -> tuple[str, ...]:
    # PO box, extended address, street, locality, region, postal code, country
    po_box = address.po_box if address.kind == Address.Kind.PO_BOX else ""
    street = "" if address.kind == Address.Kind.PO_BOX else address.street
    return (po_box, "", street, address.locality, "", address.postal_code, "")


def contact_vcard(person: ContactPerson, *, uid: str, url: str) -> str:
    office = person.office
    organisation = [office.city.name, *([office.parent.name] if office.parent_id else []), office.name]
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        content_line("PRODID", PRODID),
        content_line("UID", uid),
        content_line("FN", person.name),
        content_line("N", *split_name(person.name), ""),
        content_line("ORG", *organisation),
    ]
    if person.role:
        lines.append(content_line("TITLE", person.role))
    if person.phone:
        lines.append(content_line("TEL", phone_uri(person.phone), params="TYPE=WORK,VOICE"))
    if person.email:
        lines.append(content_line("EMAIL", person.email, params="TYPE=INTERNET,WORK"))
    addresses = sorted(office.addresses.all(), key=lambda address: address.kind != Address.Kind.VISITOR)
    for address in addresses:
        kind = "WORK" if address.kind == Address.Kind.VISITOR else "WORK,POSTAL"
        lines.append(content_line("ADR", *address_components(address), params=f"TYPE={kind}"))
    spoken = person.language_codes
    lines += [content_line("LANG", code) for code in spoken]
    if spoken:
        names = ", ".join(language_name(code) for code in spoken)
        lines.append(content_line("NOTE", _("Languages spoken: %(languages)s") % {"languages": names}))
    # URL is a URI, not text: its commas and semicolons are not escaped.
    lines += [fold(f"URL:{url}"), "END:VCARD"]
    return "\r\n".join(lines) + "\r\n"
