"""How much of a page's visible main text is German: the text of <main> inside lang="de" elements against
all of it, leaving out what a reader does not see (the closed <details> with the German original, the
visually hidden parts) and counting separately what may stay German (names of people and bodies, the
quoted law: lang="de" without the fallback class) and what is German only for want of a translation
(class="fallback")."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Share:
    total: int = 0
    german: int = 0  # all text in lang="de"
    fallback: int = 0  # German for want of a translation
    by_class: dict = field(default_factory=dict)

    @property
    def german_percent(self) -> float:
        return 100 * self.german / self.total if self.total else 0.0

    @property
    def fallback_percent(self) -> float:
        return 100 * self.fallback / self.total if self.total else 0.0


class _MainText(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack: list[dict] = []
        self.share = Share()

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        attrs = dict(attrs)
        parent = self.stack[-1] if self.stack else {"main": False, "lang": None, "hidden": False, "fallback": False}
        classes = (attrs.get("class") or "").split()
        hidden = parent["hidden"] or "visually-hidden" in classes or "hidden" in attrs
        if parent.get("details") and tag != "summary":
            hidden = True  # a closed <details>: only its summary shows
        self.stack.append(
            {
                "tag": tag,
                "main": parent["main"] or tag == "main",
                "lang": attrs.get("lang", parent["lang"]),
                "hidden": hidden,
                "fallback": parent["fallback"] or "fallback" in classes,
                "details": tag == "details" and "open" not in attrs,
            }
        )

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self.stack:
            if self.stack.pop()["tag"] == tag:
                break

    def handle_data(self, data):
        if not self.stack:
            return
        top = self.stack[-1]
        text = "".join(data.split())
        if not top["main"] or top["hidden"] or not text or top["tag"] in {"script", "style"}:
            return
        self.share.total += len(text)
        if (top["lang"] or "").startswith("de"):
            self.share.german += len(text)
            if top["fallback"]:
                self.share.fallback += len(text)


def german_share(html: str) -> Share:
    parser = _MainText()
    parser.feed(html)
    return parser.share
