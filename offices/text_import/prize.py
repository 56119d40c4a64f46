"""A prize call in a pasted page ("Stadt Gera verleiht Integrationspreis"): what its paragraphs say, as fields.

Only what a sentence states: a deadline without a year stays text (the draft says so), an edition only from
"zum fünften Mal", a jury size only from "neunköpfige Jury" or "Jury aus 7 Mitgliedern".
"""

import datetime
import re
from dataclasses import dataclass, field
from decimal import Decimal

PRIZE_NAME_RE = re.compile(r"\b([A-ZÄÖÜ][\wäöüß-]*preis(?:es)?)\b")
MONTHS = {
    name: number
    for number, name in enumerate(
        [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
        start=1,
    )
}
NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"], start=1
    )
}
ORDINALS = {
    "ersten": 1,
    "zweiten": 2,
    "dritten": 3,
    "vierten": 4,
    "fünften": 5,
    "sechsten": 6,
    "siebten": 7,
    "achten": 8,
    "neunten": 9,
    "zehnten": 10,
}
DEADLINE_RE = re.compile(
    r"\bbis (?:zum |spätestens )?(\d{1,2})\.\s*(" + "|".join(MONTHS) + r")(?:\s+(\d{4}))?", re.IGNORECASE
)
EDITION_RE = re.compile(r"\bzum (?:(\d+)\.|(" + "|".join(ORDINALS) + r")) Mal\b", re.IGNORECASE)
JURY_RE = re.compile(
    r"\b(" + "|".join(NUMBER_WORDS) + r")köpfige[nr]? Jury|\bJury (?:aus|mit) (\d+) (?:Mitgliedern|Personen)",
    re.IGNORECASE,
)
AMOUNT_RE = re.compile(r"(?:mit|von|in Höhe von) (\d{1,3}(?:\.\d{3})*|tausend)\s*(?:Euro|€)", re.IGNORECASE)
NOMINATION_RE = re.compile(r"\bVorschl[aä]g|\bvorgeschlagen|\bnominier", re.IGNORECASE)
APPLICATION_RE = re.compile(r"\bBewerb|\bbewerben\b", re.IGNORECASE)
FUNDING_RE = re.compile(r"\bgefördert\b|\bMitteln\b|\bgestiftet\b")
REQUIREMENTS_RE = re.compile(r"\bVoraussetzung|\beinzureichen\b|\beingereicht\b|\bEinreichung\b")
CRITERIA_RE = re.compile(r"\bKriteri", re.IGNORECASE)
MOTTO_RE = re.compile(r"\bMotto\s+(„[^“”]+[“”]|\"[^\"]+\")")


def is_prize_heading(text: str) -> bool:
    return bool(PRIZE_NAME_RE.search(text))


@dataclass
class DraftPrize:
    title: str
    line: int
    name: str = ""
    kind: str = ""  # application, nomination or both; empty when the text says neither
    description: str = ""
    motto: str = ""
    requirements: str = ""
    funding: str = ""
    criteria: list[str] = field(default_factory=list)
    eligible: list[str] = field(default_factory=list)
    deadline: str = ""  # ISO date, only with the year given
    deadline_text: str = ""
    edition: int | None = None
    jury_size: int | None = None
    amount: str = ""
    phone: str = ""
    email: str = ""
    lines: list[int] = field(default_factory=list)

    def __post_init__(self):
        match = PRIZE_NAME_RE.search(self.title)
        self.name = match.group(1) if match else ""
        self.lines.append(self.line)

    def paragraph(self, text: str, line: int) -> None:
        """A paragraph of the call: its facts into fields, the text into the part it belongs to."""
        self.lines.append(line)
        self.facts(text)
        if not self.description:
            self.description = text
        elif REQUIREMENTS_RE.search(text) or DEADLINE_RE.search(text):
            self.requirements = f"{self.requirements}\n{text}".strip()
        elif FUNDING_RE.search(text) or AMOUNT_RE.search(text):
            self.funding = f"{self.funding}\n{text}".strip()
        else:
            self.description = f"{self.description}\n{text}"

    def list_item(self, text: str, line: int, introduction: str) -> None:
        self.lines.append(line)
        (self.criteria if CRITERIA_RE.search(introduction) else self.eligible).append(text)

    def facts(self, text: str) -> None:
        said = {"application", "nomination"} if self.kind == "both" else {self.kind} - {""}
        said |= {"nomination"} if NOMINATION_RE.search(text) else set()
        said |= {"application"} if APPLICATION_RE.search(text) else set()
        self.kind = "both" if len(said) == 2 else next(iter(said), "")
        if not self.motto and (motto := MOTTO_RE.search(text)):
            self.motto = motto.group(1)
        if not self.deadline_text and (deadline := DEADLINE_RE.search(text)):
            self.deadline_text = deadline.group(0).removeprefix("bis ").removeprefix("zum ").strip()
            day, month, year = deadline.groups()
            if year:
                self.deadline = datetime.date(int(year), MONTHS[month.capitalize()], int(day)).isoformat()
        if self.edition is None and (edition := EDITION_RE.search(text)):
            self.edition = int(edition.group(1)) if edition.group(1) else ORDINALS[edition.group(2).lower()]
        if self.jury_size is None and (jury := JURY_RE.search(text)):
            self.jury_size = NUMBER_WORDS[jury.group(1).lower()] if jury.group(1) else int(jury.group(2))
        if not self.amount and (amount := AMOUNT_RE.search(text)):
            value = amount.group(1)
            self.amount = str(Decimal(1000) if value.lower() == "tausend" else Decimal(value.replace(".", "")))
