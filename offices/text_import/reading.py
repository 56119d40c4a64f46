"""From pasted bytes to numbered lines: what is refused, and how bullets and indentation are read."""

import re
import unicodedata
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

# A long office page is some 20 kB of text; five megabytes is a file that is no page.
MAX_BYTES = 1024 * 1024

# Bullets in the order pages use them; a second style under the first reads as a sub-list.
BULLETS = "•◦▪▫‣·●○■□-–—*"
BULLET_RE = re.compile(rf"^(?P<bullet>[{re.escape(BULLETS)}]|\d{{1,2}}[.)]|[a-z][)])\s+(?P<text>\S.*)$")
# A list flattened into a paragraph: "… Sachsen. - Ansprechpartnerin für …"
INLINE_BULLET_RE = re.compile(r"(?<=[.!?])\s+[-–•]\s+(?=[A-ZÄÖÜ])")


class UnreadableText(ValueError):
    """The input is not a page's text; the message says why, for the person who pasted it."""


@dataclass(frozen=True)
class Line:
    number: int  # 1-based, as an editor shows it
    text: str  # stripped, without the bullet
    indent: int = 0
    bullet: str = ""  # "" for a plain line; "1." style markers count as "1"

    @property
    def is_bullet(self) -> bool:
        return bool(self.bullet)


def read(data: bytes | str) -> str:
    """The text to parse, or UnreadableText for what no page's text is: empty, binary, too large, not UTF-8."""
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    if len(data) > MAX_BYTES:
        raise UnreadableText(_("The text is larger than 1 MB; paste the text of one office page."))
    if b"\x00" in data:
        raise UnreadableText(_("This is not plain text (it contains binary data); paste or upload a .txt file."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableText(
            _("The text is not UTF-8 encoded; save it as UTF-8 and try again (byte %(position)d).")
            % {"position": error.start}
        ) from error
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise UnreadableText(_("The text is empty."))
    controls = sum(1 for character in text if unicodedata.category(character) == "Cc" and character not in "\n\t")
    if controls > len(text) // 100:
        raise UnreadableText(_("This is not plain text (it contains control characters)."))
    return text


def split_lines(text: str) -> list[Line | None]:
    """Numbered lines, None for a blank one (paragraph breaks matter); inline bullets become lines of their own."""
    result: list[Line | None] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        expanded = raw.replace("\t", "    ").replace("\u00a0", " ")
        stripped = expanded.strip()
        if not stripped:
            result.append(None)
            continue
        indent = len(expanded) - len(expanded.lstrip())
        head, *flattened = INLINE_BULLET_RE.split(stripped)
        first = bulleted(number, head, indent)
        result.append(first)
        # The flattened items continue the list they follow, at its level.
        result.extend(Line(number, part.strip(), indent, first.bullet or "-") for part in flattened)
    return result


def bulleted(number: int, text: str, indent: int) -> Line:
    match = BULLET_RE.match(text)
    if match is None:
        return Line(number, text, indent)
    bullet = match["bullet"]
    if bullet[0].isdigit():
        bullet = "1"
    elif bullet[0].isalpha():
        bullet = "a"
    return Line(number, match["text"].strip(), indent, bullet)
