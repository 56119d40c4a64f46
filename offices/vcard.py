"""Contact persons as vCards residents save to their phone's address book.

vCard 3.0 (RFC 2426) rather than 4.0: Outlook and the contacts importers of
many Android phones read 2.1 and 3.0 only, and 3.0 carries everything a
contact person here has. The languages a person speaks go into LANG (defined
by 4.0, IANA-registered, ignored by readers that don't know it) and, for
people, into the NOTE every address book shows.
"""

import vobject
from django.utils.translation import gettext as _
from vobject.vcard import Address as AddressValue
from vobject.vcard import Name

from core.languages import language_name
from core.phone import phone_uri
from core.translated import translated

from .models import Address, ContactPerson

PRODID = "-//Commissioner offices portal//Contact persons//EN"
# Lower-case words that belong to the family name: "Ursula von der Leyen" files under "von der Leyen".
NAME_PARTICLES = frozenset({"von", "vom", "van", "der", "den", "de", "zu", "zum", "zur", "ter", "ten"})
MAX_LINE_OCTETS = 75


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character; continuations start with a space.

    vobject 0.9.9 folds only lines of 75 characters or more, so a shorter line of
    Cyrillic or Arabic text (two octets a letter) leaves it longer than the 75
    octets RFC 2425 asks for; `serialize` refolds those.
    """
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


def serialize(card: vobject.base.Component) -> str:
    lines = card.serialize().split("\r\n")
    return "\r\n".join(fold(line) if len(line.encode()) > MAX_LINE_OCTETS else line for line in lines)


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


def address_value(address: Address) -> AddressValue:
    if address.kind == Address.Kind.PO_BOX:
        return AddressValue(box=address.po_box, city=address.locality, code=address.postal_code)
    return AddressValue(street=address.street, city=address.locality, code=address.postal_code)


def add(card: vobject.base.Component, name: str, value, **params: list[str] | str):
    line = card.add(name)
    line.value = value
    for param, param_value in params.items():
        line.params[param.upper()] = param_value if isinstance(param_value, list) else [param_value]
    return line


def contact_vcard(person: ContactPerson, *, uid: str, url: str) -> str:
    office = person.office
    organisation = [
        translated(office.city, "name"),
        *([translated(office.parent, "name")] if office.parent_id else []),
        translated(office, "name"),
    ]
    card = vobject.vCard()
    add(card, "prodid", PRODID)
    add(card, "uid", uid)
    add(card, "fn", person.name)
    family, given, additional, prefixes = split_name(person.name)
    add(card, "n", Name(family=family, given=given, additional=additional, prefix=prefixes))
    # German text under a reader's language says so (LANGUAGE, RFC 2426 4), rather than passing as a translation.
    if all(part.is_fallback for part in organisation):
        add(card, "org", [part.text for part in organisation], language=organisation[-1].language)
    else:
        add(card, "org", [part.text for part in organisation])
    role = translated(person, "role")
    if role.is_fallback:
        add(card, "title", role.text, language=role.language)
    elif role:
        add(card, "title", role.text)
    if person.phone:
        add(card, "tel", phone_uri(person.phone), type=["WORK", "VOICE"])
    if person.email:
        add(card, "email", person.email, type=["INTERNET", "WORK"])
    addresses = sorted(office.addresses.all(), key=lambda address: address.kind != Address.Kind.VISITOR)
    for address in addresses:
        kind = ["WORK"] if address.kind == Address.Kind.VISITOR else ["WORK", "POSTAL"]
        add(card, "adr", address_value(address), type=kind)
    spoken = person.language_codes
    for code in spoken:
        add(card, "lang", code)
    if spoken:
        names = ", ".join(language_name(code) for code in spoken)
        add(card, "note", _("Languages spoken: %(languages)s") % {"languages": names})
    # URL is a URI, not text: marked as encoded, vobject leaves its commas and semicolons unescaped.
    add(card, "url", url).encoded = True
    return serialize(card)
