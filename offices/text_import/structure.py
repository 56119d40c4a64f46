"""The page's shape: headings, lists, the legal quote, contact blocks and prose, read line by line."""

import re

from django.utils.translation import gettext_lazy as _

from . import facts
from .draft import Draft, DraftAddress, DraftContact, DraftHours, DraftTask, DraftTaskGroup
from .prize import DraftPrize, is_prize_heading
from .reading import Line, split_lines

NOISE_RE = re.compile(r"^(https?://|www\.)\S+|\bwww\.\S+\.\w+\b|\s\|\s.*\s\|\s|^ZUM BILD$", re.IGNORECASE)
SECTIONS = {
    "visitor": re.compile(r"^(Besucher|Haus|Dienst)(anschrift|adresse|sitz)|^Anschrift$|^Adresse$", re.I),
    "postal": re.compile(r"^Post(anschrift|adresse)", re.I),
    "hours": re.compile(r"^(Öffnungs|Sprech|Beratungs|Servicezeit)|^Sprechstunden?", re.I),
    "contact": re.compile(r"^(Kontakt|Ansprechpartner\w*|Ihre Ansprechpartner\w*)\b:?$", re.I),
    "target": re.compile(r"^Zielgruppe", re.I),
}
LEGAL_RE = re.compile(r"\b(Art\.|Artikel|§|Grundgesetz|Verfassung|Gesetz|Satzung|Gemeindeordnung)", re.I)
QUOTE_OPENERS = ("„", '"', "“", "»")
MISSION_RE = re.compile(r"^(Grundsätzliches\s+)?Ziel\b|\bZiel der Arbeit\b")
# Tasks written as prose: "Zu den Aufgaben gehören ebenso …. Sie ist Anlaufstelle für …"
ANNOUNCES_TASKS_RE = re.compile(r"^Zu (den|ihren|seinen) (weiteren )?Aufgaben gehör", re.I)
DUTY_RE = re.compile(r"\b(zuständig|Anlaufstelle|Ansprechpartner\w*|berät|unterstützt|fördert|begleitet|koordiniert)\b")
SENTENCE_END_RE = re.compile(r"(?<=[a-zäöüß)][.!?])\s+(?=[A-ZÄÖÜ])")
ARTICLE_RE = re.compile(r"^(Die|Der|Das)\s+")
CRITERIA_LIST_RE = re.compile(r"Kriterien:$")
DEFAULT_GROUP_TITLE = "Aufgaben"  # the seeds' word for a list announced only by a sentence


def is_heading(line: Line) -> bool:
    text = line.text
    return len(text) <= 90 and not text.endswith((".", ",", ";")) and not facts.phones(text) and "@" not in text


def is_introduction(text: str) -> bool:
    """ "Deshalb arbeitet sie:" introduces a list; "weitere Aufgabenfelder:" names it."""
    return text.endswith(":") and len(text.split()) >= 3


class Reader:
    def __init__(self, lines: list[Line | None]):
        self.lines = lines
        self.drafts: list[Draft] = []
        self.start_office()

    def start_office(self) -> None:
        """A draft of its own for each office the page presents, read from a clean state."""
        self.draft = Draft()
        self.drafts.append(self.draft)
        self.group: DraftTaskGroup | None = None
        self.top: tuple[int, str] | None = None  # indent and bullet of the group's first-level items
        self.pending: Line | None = None  # a heading waiting for what it introduces
        self.section = ""
        self.contact: DraftContact | None = None
        self.address: DraftAddress | None = None
        self.legal_candidate: Line | None = None
        self.prose_tasks = False
        self.prize: DraftPrize | None = None
        self.prize_list_introduction = ""

    def next_line(self, index: int) -> Line | None:
        for line in self.lines[index + 1 :]:
            if line is not None:
                return line
        return None

    def unrecognised(self, line: Line) -> None:
        self.draft.unrecognised.append({"line": line.number, "text": line.text})

    def flush_pending(self) -> None:
        if self.pending is not None:
            self.unrecognised(self.pending)
            self.pending = None

    def run(self) -> Draft:
        for index, line in enumerate(self.lines):
            if line is not None:
                self.read_line(index, line)
        self.finish_office()
        first, *further = self.drafts
        first.further = further
        return first

    def finish_office(self) -> None:
        self.flush_pending()
        self.draft.kind = facts.office_kind(self.draft.name.text)
        if not self.draft.mission.text and self.draft.description.text:
            self.draft.mission, self.draft.description = self.split_first_paragraph()

    def starts_another_office(self, text: str) -> bool:
        """ "Die Ausländer- und Integrationsbeauftragte:" after the first office's tasks: the page's second office."""
        named = ARTICLE_RE.match(text) and text.endswith(":") and facts.office_kind(text)
        return bool(named and self.draft.name.text and self.draft.task_groups)

    def split_first_paragraph(self):
        description = self.draft.description
        first, *rest = description.text.split("\n")
        mission, remainder = type(description)(first, description.lines[:1]), type(description)()
        for text, number in zip(rest, description.lines[1:], strict=False):
            remainder.add(text, number)
        return mission, remainder

    def read_line(self, index: int, line: Line) -> None:
        if NOISE_RE.search(line.text):
            self.unrecognised(line)
        elif line.is_bullet:
            self.bullet(line)
        elif not self.contact_fact(line):
            self.plain(index, line)

    # Lists

    def bullet(self, line: Line) -> None:
        if self.prose_tasks:
            self.prose_tasks, self.group = False, None
        if self.section == "target":
            self.draft.target_groups.append(DraftTask(line.text, line.number))
            return
        if self.section == "prize":
            self.prize.list_item(line.text, line.number, self.prize_list_introduction)
            return
        if self.group is None or self.pending is not None:
            self.start_group(None, line.number)
        group = self.group
        if not group.tasks or self.top is None:
            self.top = (line.indent, line.bullet)
        indent, bullet = self.top
        nested = group.tasks and (line.indent > indent or (line.indent == indent and line.bullet != bullet))
        if nested:
            group.tasks[-1].subtasks.append(DraftTask(line.text, line.number))
        else:
            group.tasks.append(DraftTask(line.text, line.number))

    def start_group(self, introduction: Line | None, number: int) -> None:
        title = self.pending.text.rstrip(":").strip() if self.pending is not None else DEFAULT_GROUP_TITLE
        self.pending = None
        self.group = DraftTaskGroup(title, introduction.text if introduction else "", number)
        self.draft.task_groups.append(self.group)
        self.section = ""

    # Contact blocks

    def contact_fact(self, line: Line) -> bool:
        """Phone, fax, e-mail, address, room or hours in the line; True when that is all the line is."""
        text, found = line.text, False
        for number, is_fax in facts.phones(text):
            self.add_phone(number, is_fax, line.number)
            found = True
        for email in facts.emails(text):
            target = self.contact if self.contact is not None and not self.contact.email else None
            if target is not None:
                target.email = email
                target.lines.append(line.number)
            elif not self.draft.email.text:
                self.draft.email.add(email, line.number)
            found = True
        if found:
            # A sentence that names a number is still prose ("Informationen … unter Telefon …").
            return not text.endswith(".") or len(text) < 80
        return self.address_fact(line) or self.hours_fact(line)

    def add_phone(self, number: str, is_fax: bool, line: int) -> None:
        if self.contact is not None:
            if is_fax:
                self.contact.fax = self.contact.fax or number
            elif number not in self.contact.phones:
                self.contact.phones.append(number)
            self.contact.lines.append(line)
            return
        field = self.draft.fax if is_fax else self.draft.phone
        if not field.text:
            field.add(number, line)

    def address_fact(self, line: Line) -> bool:
        text = line.text
        if number := facts.po_box(text):
            self.new_address("po_box", line).po_box = number
            self.fill_town(self.address, text, line)
            return True
        if street := facts.street(text):
            self.new_address("postal" if self.section == "postal" else "visitor", line).street = street
            self.fill_town(self.address, text[len(street) :], line)
            self.fill_room(self.address, text, line)
            return True
        place = facts.postcode_town(text)
        if place and self.address is not None and not self.address.town:
            self.fill_town(self.address, text, line)
            return True
        if self.address is not None and (facts.room(text) or facts.floor(text)) and len(text) < 60:
            self.fill_room(self.address, text, line)
            return True
        return False

    def new_address(self, kind: str, line: Line) -> DraftAddress:
        self.address = DraftAddress(kind, line.number, lines=[line.number])
        self.draft.addresses.append(self.address)
        self.pending = None
        return self.address

    @staticmethod
    def fill_town(address: DraftAddress, text: str, line: Line) -> None:
        if place := facts.postcode_town(text):
            address.postcode, address.town = place
            if line.number not in address.lines:
                address.lines.append(line.number)

    @staticmethod
    def fill_room(address: DraftAddress, text: str, line: Line) -> None:
        address.room = address.room or facts.room(text)
        address.floor = address.floor or facts.floor(text)
        if (address.room or address.floor) and line.number not in address.lines:
            address.lines.append(line.number)

    def hours_fact(self, line: Line) -> bool:
        if self.section != "hours" and len(line.text) > 60:
            return False
        found = facts.hours(line.text)
        if found is None:
            return False
        hours = DraftHours(line.text, line.number, **found)
        if self.section != "hours" and self.contact is not None:
            hours.text = f"{self.contact.name}: {line.text}"
        self.draft.hours.append(hours)
        return True

    # Headings and prose

    def plain(self, index: int, line: Line) -> None:
        text = line.text
        for section, pattern in SECTIONS.items():
            if pattern.search(text.rstrip(":")) and len(text) < 40:
                self.flush_pending()
                self.section, self.group = section, None
                return
        if facts.is_person_name(text):
            self.person(index, line)
            return
        if text.startswith(QUOTE_OPENERS) and self.legal_candidate is not None and not self.draft.legal_quote.text:
            self.legal_quote(line)
            return
        following = self.next_line(index)
        if LEGAL_RE.search(text) and following is not None and following.text.startswith(QUOTE_OPENERS):
            self.flush_pending()
            self.legal_candidate = line  # "… aus Art. 3 GG, dort heißt es:" and the quote after it
            return
        if is_heading(line):
            self.heading(line, following)
            return
        self.prose(line)

    def heading(self, line: Line, following: Line | None) -> None:
        text = line.text
        if self.starts_another_office(text):
            self.finish_office()
            self.start_office()
        if self.draft.name.text and is_prize_heading(text) and self.section != "prize":
            self.flush_pending()
            self.prize = DraftPrize(text, line.number)
            self.draft.prize_calls.append(self.prize)
            self.section, self.group, self.contact = "prize", None, None
            return
        if self.section == "prize" and following is not None and following.is_bullet:
            self.prize_list_introduction = text  # "… nach folgenden Kriterien:"
            return
        if following is not None and following.is_bullet and self.section != "target":
            if is_introduction(text):
                self.start_group(line, line.number)
            else:
                self.flush_pending()
                self.pending = line
                self.start_group(None, line.number)
            return
        if not self.draft.name.text:
            self.draft.name.add(ARTICLE_RE.sub("", text.rstrip(":")).strip(), line.number)
            return
        nothing_since_name = not (self.draft.heading.text or self.draft.mission.text or self.draft.description.text)
        if nothing_since_name and not self.draft.task_groups and text.endswith(("!", "?")):
            self.draft.heading.add(text, line.number)
            return
        if is_introduction(text) and following is not None and self.group is None:
            self.pending = line  # an introduction whose list follows after a blank paragraph
            return
        self.flush_pending()
        self.pending = line
        self.group, self.section, self.contact = None, "", None

    def person(self, index: int, line: Line) -> None:
        self.contact = DraftContact(line.text, line.number, lines=[line.number])
        role = self.pending
        following = self.next_line(index)
        if role is None and following is not None and is_heading(following) and not facts.phones(following.text):
            if not any(pattern.search(following.text) for pattern in SECTIONS.values()):
                role = following
                self.lines[self.lines.index(following)] = None  # read here, not again as a heading
        if role is not None:
            self.contact.role = role.text.rstrip(":")
            self.contact.lines.append(role.number)
            self.contact.is_deputy = bool(facts.DEPUTY_RE.search(role.text))
        self.pending = None
        self.draft.contacts.append(self.contact)

    def prize_paragraph(self, line: Line) -> None:
        prize = self.prize
        prize.paragraph(line.text, line.number)
        if CRITERIA_LIST_RE.search(line.text):
            self.prize_list_introduction = line.text
        prize.phone = prize.phone or next((number for number, is_fax in facts.phones(line.text) if not is_fax), "")
        prize.email = prize.email or next(iter(facts.emails(line.text)), "")

    def legal_quote(self, line: Line) -> None:
        basis = self.legal_candidate
        self.draft.legal_basis.add(basis.text, basis.number)
        self.draft.legal_quote.add(line.text, line.number)
        description = self.draft.description
        if basis.number in description.lines:
            position = description.lines.index(basis.number)
            paragraphs = description.text.split("\n")
            del paragraphs[position], description.lines[position]
            description.text = "\n".join(paragraphs)

    def prose(self, line: Line) -> None:
        text = line.text
        self.flush_pending()
        if self.section == "prize":
            self.prize_paragraph(line)
            return
        self.legal_candidate = line if LEGAL_RE.search(text) else None
        if ANNOUNCES_TASKS_RE.search(text):
            first, *tasks = SENTENCE_END_RE.split(text)
            self.group = DraftTaskGroup(DEFAULT_GROUP_TITLE, first, line.number)
            self.group.tasks = [DraftTask(sentence, line.number) for sentence in tasks]
            self.draft.task_groups.append(self.group)
            self.prose_tasks = True
            return
        if self.prose_tasks and DUTY_RE.search(text):
            self.group.tasks.extend(DraftTask(sentence, line.number) for sentence in SENTENCE_END_RE.split(text))
            return
        if self.prose_tasks:
            self.prose_tasks, self.group = False, None
        if not self.draft.mission.text and MISSION_RE.search(text) and not self.draft.task_groups:
            self.draft.mission.add(text, line.number)
        else:
            self.draft.description.add(text, line.number)


GERMAN_WORDS = frozenset({"und", "der", "die", "das", "für", "mit", "von", "den", "des", "ist", "sie", "zu", "im"})


def looks_german(text: str) -> bool:
    """The recognisers know German pages only; another language's page would be misread, not read."""
    words = re.findall(r"\w+", text.lower())
    return sum(word in GERMAN_WORDS for word in words) >= max(1, len(words) // 50)


def parse(text: str) -> Draft:
    """The draft for a page's plain text (as `reading.read` returns it); what fits nowhere is in `unrecognised`."""
    lines = split_lines(text)
    if not looks_german(text):
        draft = Draft(unrecognised=[{"line": line.number, "text": line.text} for line in lines if line is not None])
        draft.warnings.append(_("The text does not look German; nothing was recognised. Check the pasted page."))
        return draft
    draft = Reader(lines).run()
    if draft.is_empty:
        draft.warnings.append(_("Nothing was recognised: every line is listed as unrecognised."))
    elif not draft.task_groups:
        draft.warnings.append(_("The text has no lists: no tasks were proposed."))
    for call in draft.prize_calls:
        if not (call.deadline and call.kind):
            draft.warnings.append(
                _("The prize call “%(title)s” is not saved with the office: add its deadline and how to enter it.")
                % {"title": call.title}
            )
    return draft
