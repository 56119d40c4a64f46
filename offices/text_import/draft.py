"""The draft office: what the parser proposes, each field with the line it came from."""

from dataclasses import asdict, dataclass, field

from .prize import DraftPrize


@dataclass
class Sourced:
    """A proposed text and the (1-based) lines of the pasted text it was taken from."""

    text: str = ""
    lines: list[int] = field(default_factory=list)

    def add(self, text: str, line: int, separator: str = "\n") -> None:
        self.text = f"{self.text}{separator}{text}" if self.text else text
        self.lines.append(line)


@dataclass
class DraftTask:
    text: str
    line: int
    subtasks: list["DraftTask"] = field(default_factory=list)


@dataclass
class DraftTaskGroup:
    title: str
    introduction: str = ""
    line: int = 0
    tasks: list[DraftTask] = field(default_factory=list)


@dataclass
class DraftContact:
    name: str
    line: int
    role: str = ""
    phones: list[str] = field(default_factory=list)
    fax: str = ""
    email: str = ""
    is_deputy: bool = False
    lines: list[int] = field(default_factory=list)


@dataclass
class DraftAddress:
    kind: str  # visitor, postal or po_box
    line: int
    street: str = ""
    postcode: str = ""
    town: str = ""
    room: str = ""
    floor: str = ""
    po_box: str = ""
    lines: list[int] = field(default_factory=list)


@dataclass
class DraftHours:
    text: str
    line: int
    weekdays: list[int] = field(default_factory=list)  # ISO numbers
    starts_at: str = ""  # "09:00"
    ends_at: str = ""
    by_appointment: bool = False


@dataclass
class Draft:
    name: Sourced = field(default_factory=Sourced)
    kind: str = ""
    heading: Sourced = field(default_factory=Sourced)
    mission: Sourced = field(default_factory=Sourced)
    description: Sourced = field(default_factory=Sourced)
    legal_basis: Sourced = field(default_factory=Sourced)
    legal_quote: Sourced = field(default_factory=Sourced)
    phone: Sourced = field(default_factory=Sourced)
    fax: Sourced = field(default_factory=Sourced)
    email: Sourced = field(default_factory=Sourced)
    task_groups: list[DraftTaskGroup] = field(default_factory=list)
    target_groups: list[DraftTask] = field(default_factory=list)
    contacts: list[DraftContact] = field(default_factory=list)
    addresses: list[DraftAddress] = field(default_factory=list)
    hours: list[DraftHours] = field(default_factory=list)
    prize_calls: list[DraftPrize] = field(default_factory=list)
    unrecognised: list[dict] = field(default_factory=list)  # {"line": n, "text": …}
    warnings: list[str] = field(default_factory=list)
    # Further offices on the same page (Zwickau's lists two commissioners), each a draft of its own.
    further: list["Draft"] = field(default_factory=list)

    OFFICE_FIELDS = ("name", "heading", "mission", "description", "legal_basis", "legal_quote", "phone", "fax", "email")

    @property
    def is_empty(self) -> bool:
        """Nothing recognised: every line went to `unrecognised`."""
        return not (self.name.text or self.mission.text or self.task_groups or self.contacts or self.addresses)

    def as_dict(self) -> dict:
        office = {name: getattr(self, name).text for name in self.OFFICE_FIELDS}
        office["kind"] = self.kind
        office["sources"] = {
            name: getattr(self, name).lines for name in self.OFFICE_FIELDS if getattr(self, name).lines
        }
        return {
            "office": office,
            "task_groups": [asdict(group) for group in self.task_groups],
            "target_groups": [asdict(group) for group in self.target_groups],
            "contacts": [asdict(contact) for contact in self.contacts],
            "addresses": [asdict(address) for address in self.addresses],
            "hours": [asdict(hours) for hours in self.hours],
            "prize_calls": [asdict(call) for call in self.prize_calls],
            "unrecognised": self.unrecognised,
            "warnings": [str(warning) for warning in self.warnings],
            "further_offices": [draft.as_dict() for draft in self.further],
        }
