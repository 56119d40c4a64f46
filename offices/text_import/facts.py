"""Recognisers for single facts in a line: phone, fax, e-mail, addresses, rooms, hours and people's names."""

import re

import phonenumbers

from core.phone import DEFAULT_REGION

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)
FAX_LABEL_RE = re.compile(r"(tele)?fax\b[\s.:]*$", re.IGNORECASE)
POSTCODE_TOWN_RE = re.compile(r"(?:^|,\s*)(?:D-)?(?P<postcode>\d{5})\s+(?P<town>[A-ZÄÖÜ][^\d,]*?)\s*$")
# A street is words ending in a house number: "Dr.-Külz-Ring 19", "Marktplatz 1a", "Gustav-Hertz-Str. 1-3".
STREET_RE = re.compile(
    r"^(?P<street>[A-ZÄÖÜ][\wäöüß.\- ]*?[a-zäöüß.]\s+\d{1,4}\s?[a-z]?(?:\s?[-–/]\s?\d{1,4}[a-z]?)?)(?=\s*(?:,|$))"
)
PO_BOX_RE = re.compile(r"^Postfach\s+(?P<number>\d[\d ]*\d|\d)")
ROOM_RE = re.compile(r"\b(?:Zimmer|Raum|Zi\.|Büro)\s*(?:Nr\.\s*)?(?P<room>[A-Z]?\d[\w.\-/]*)")
FLOOR_RE = re.compile(r"\b(?P<floor>(?:\d{1,2}\.\s*)?(?:Etage|Obergeschoss|Stock|Erdgeschoss|Untergeschoss))\b")

WEEKDAY_WORDS = {
    "mo": 1, "montag": 1, "montags": 1,
    "di": 2, "dienstag": 2, "dienstags": 2,
    "mi": 3, "mittwoch": 3, "mittwochs": 3,
    "do": 4, "donnerstag": 4, "donnerstags": 4,
    "fr": 5, "freitag": 5, "freitags": 5,
    "sa": 6, "samstag": 6, "samstags": 6,
    "so": 7, "sonntag": 7, "sonntags": 7,
}  # fmt: skip
DAY = r"(?:Montags?|Dienstags?|Mittwochs?|Donnerstags?|Freitags?|Samstags?|Sonntags?|Mo|Di|Mi|Do|Fr|Sa|So)\.?"
DAYS_RE = re.compile(rf"\b(?P<first>{DAY})(?:\s*(?P<sep>[-–]|bis|und|,|\+|&)\s*(?P<last>{DAY}))?(?=[\s:,]|$)", re.I)
TIME = r"\d{1,2}(?:[.:]\d{2})?"
TIMES_RE = re.compile(rf"(?:von\s+)?(?P<start>{TIME})\s*(?:Uhr\s*)?(?:[-–]|bis)\s*(?P<end>{TIME})\s*Uhr", re.I)
APPOINTMENT_RE = re.compile(r"nach\s+(?:telefonischer\s+)?(?:Vereinbarung|Absprache)|Termine?\s+nach", re.I)

# Words that make a short line an office or a heading rather than a person's name.
NOT_A_NAME = re.compile(
    r"(beauftragte|stelle|amt|büro|anschrift|zeiten|behörde|ung|heit|keit|schaft|rat|dienst|kontakt|"
    r"sprechpartner|bild|stadt|version|deutsch|english|gera|dresden|kassel|zwickau|gmünd|telefon|e-mail|fax)\w*$",
    re.IGNORECASE,
)
NAME_WORD = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?$")
HONORIFICS = {"Frau", "Herr", "Dr.", "Prof.", "Prof.Dr.", "Dipl.-Ing."}
DEPUTY_RE = re.compile(r"\b(Stellvertret\w*|stellv\.)", re.IGNORECASE)


def emails(text: str) -> list[str]:
    return EMAIL_RE.findall(text)


def phones(text: str) -> list[tuple[str, bool]]:
    """(number as written, is_fax) for each German phone number in the line; the label before it decides fax."""
    found = []
    for match in phonenumbers.PhoneNumberMatcher(text, DEFAULT_REGION):
        before = text[max(0, match.start - 12) : match.start]
        found.append((match.raw_string, bool(FAX_LABEL_RE.search(before))))
    return found


def postcode_town(text: str) -> tuple[str, str] | None:
    match = POSTCODE_TOWN_RE.search(text)
    return (match["postcode"], match["town"].strip()) if match else None


def street(text: str) -> str:
    if PO_BOX_RE.match(text) or POSTCODE_TOWN_RE.match(text) or ROOM_RE.match(text) or phones(text) or emails(text):
        return ""
    match = STREET_RE.match(text)
    if match is None or len(text) > 80:
        return ""
    return match["street"].strip()


def po_box(text: str) -> str:
    match = PO_BOX_RE.match(text)
    return match["number"] if match else ""


def room(text: str) -> str:
    match = ROOM_RE.search(text)
    return match.group(0) if match else ""


def floor(text: str) -> str:
    match = FLOOR_RE.search(text)
    return match["floor"] if match else ""


def clock(value: str) -> str:
    hours, _, minutes = value.replace(".", ":").partition(":")
    return f"{int(hours):02d}:{minutes or '00'}"


def weekdays(text: str) -> list[int]:
    match = DAYS_RE.search(text)
    if match is None:
        return []
    first = WEEKDAY_WORDS[match["first"].rstrip(".").lower()]
    if not match["last"]:
        return [first]
    last = WEEKDAY_WORDS[match["last"].rstrip(".").lower()]
    if match["sep"] in ("-", "–", "bis"):
        return list(range(first, last + 1)) if last >= first else []
    return [first, last]


def hours(text: str) -> dict | None:
    """Opening or consultation hours in a line: "Mo–Fr 9–12 Uhr", "dienstags von 10 bis 12 Uhr", "nach Vereinbarung"."""
    if APPOINTMENT_RE.search(text):
        return {"by_appointment": True, "weekdays": [], "starts_at": "", "ends_at": ""}
    days, times = weekdays(text), TIMES_RE.search(text)
    if not days or times is None:
        return None
    return {
        "by_appointment": False,
        "weekdays": days,
        "starts_at": clock(times["start"]),
        "ends_at": clock(times["end"]),
    }


def is_person_name(text: str) -> bool:
    """A line that is only a person's name: two to four capitalised words, an honorific allowed."""
    words = text.split()
    while words and words[0] in HONORIFICS:
        words = words[1:]
    if not 2 <= len(words) <= 4:
        return False
    return all(NAME_WORD.match(word) and not NOT_A_NAME.search(word) for word in words)


# Office kinds (offices.models.OfficeKind values) by the words of the office's name, most specific first.
KIND_WORDS = [
    ("anti_discrimination", re.compile(r"Antidiskriminierung", re.I)),
    ("equal_opportunity", re.compile(r"Chancengleichheit", re.I)),
    ("women", re.compile(r"Frauen", re.I)),
    ("equality", re.compile(r"Gleichstellung", re.I)),
    ("integration", re.compile(r"Integration|Ausländer|Migration|Zuwanderung", re.I)),
]


def office_kind(name: str) -> str:
    return next((kind for kind, pattern in KIND_WORDS if pattern.search(name)), "")
