"""Helpers for browser tests: axe-core checks with a session tally, the sitemap, focus, reflow, contrast."""

import re
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

AXE_SOURCE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text()
AXE_VERSION = re.search(r'axe.version="([^"]+)"', AXE_SOURCE).group(1)
RESULTS = Path(__file__).resolve().parents[2] / "test-results"
WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
LANGUAGES = ("de", "en", "ar")

# Every axe run of the session, for the summary at the end (conftest.pytest_terminal_summary).
AXE_RUNS: list[dict] = []


def run_axe(page, variant: str = "default", *, stylesheet_variable: str = "--brand", waive=None) -> list[dict]:
    """Violations of WCAG 2.0/2.1 A and AA rules on the current page; tallied under `variant`.

    `stylesheet_variable` is a custom property the page's own stylesheet sets (the admin's is "--primary");
    `waive` maps a rule to the selector of the elements it is not applied to: markup of a package the portal
    cannot change, named where it is passed.
    """
    # A page whose stylesheet did not load would be checked as plain black on white.
    assert page.evaluate(
        "(name) => getComputedStyle(document.documentElement).getPropertyValue(name)", stylesheet_variable
    ), f"{page.url}: its stylesheet is not applied"
    page.evaluate(AXE_SOURCE)
    result = page.evaluate(
        """async ([tags, waive]) => {
            const result = await axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]});
            const waived = (rule, node) => rule in waive && node.target.length === 1
                && document.querySelector(node.target[0])?.matches(waive[rule]);
            const kept = (violation) => violation.nodes.filter((node) => !waived(violation.id, node));
            result.violations = result.violations
                .map((violation) => ({...violation, nodes: kept(violation)}))
                .filter((violation) => violation.nodes.length);
            return result;
        }""",
        [WCAG_AA_TAGS, waive or {}],
    )
    violations = [
        {
            "id": violation["id"],
            "impact": violation["impact"],
            "help": violation["help"],
            "targets": [node["target"] for node in violation["nodes"]][:5],
        }
        for violation in result["violations"]
    ]
    AXE_RUNS.append({"url": page.url, "variant": variant, "violations": violations})
    return violations


def screenshot(page, name: str) -> Path:
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def sitemap_urls(page, base_url: str, languages=LANGUAGES) -> list[str]:
    """Every <loc> of /sitemap.xml whose path starts with one of `languages`."""
    response = page.request.get(f"{base_url}/sitemap.xml")
    assert response.ok, response.status
    tree = ElementTree.fromstring(response.body())
    locations = [element.text for element in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    return [url for url in locations if urlsplit(url).path.split("/")[1] in languages]


def language_of(url: str) -> str:
    return urlsplit(url).path.split("/")[1]


FOCUSED = """() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const transparent = (colour) => colour === "transparent" || /rgba\\(.*,\\s*0\\)$/.test(colour);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2
        && !transparent(style.outlineColor);
    const box = element.getBoundingClientRect();
    return {
        tag: element.tagName.toLowerCase(),
        id: element.id,
        text: (element.innerText || element.value || element.getAttribute("aria-label") || "").trim().slice(0, 60),
        href: element.getAttribute("href"),
        indicator: outline || (style.boxShadow && style.boxShadow !== "none"),
        onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
            && box.left < window.innerWidth && box.top < window.innerHeight,
    };
}"""


def focused(page) -> dict | None:
    """What has the keyboard focus, and whether it shows a focus indicator and is scrolled into view."""
    return page.evaluate(FOCUSED)


def press_until(page, key: str, selector: str, limit: int = 150) -> int:
    """Press `key` (Tab or Shift+Tab) until the element matching `selector` has focus; the number of presses.

    Every element passed on the way must show a visible focus indicator.
    """
    for presses in range(1, limit + 1):
        page.keyboard.press(key)
        state = focused(page)
        assert state is not None, f"focus left the page after {presses} × {key} looking for {selector}"
        assert state["indicator"], f"no visible focus indicator on {state}"
        if page.evaluate("(selector) => document.activeElement.matches(selector)", selector):
            return presses
    raise AssertionError(f"{selector} not reached with {limit} × {key}")


def horizontal_overflow(page) -> list[str]:
    """Elements that stick out sideways, making the reader scroll horizontally (WCAG 1.4.10 Reflow)."""
    return page.evaluate(
        """() => {
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth <= width) return [];
            return [...document.querySelectorAll("body *")]
                .filter((element) => {
                    const box = element.getBoundingClientRect();
                    return box.width > 1 && (box.right > width + 1 || box.left < -1);
                })
                .slice(0, 5)
                .map((element) => `${element.tagName.toLowerCase()}.${element.className}: `
                    + element.textContent.trim().slice(0, 40));
        }"""
    )


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two colours given as #rgb or #rrggbb."""

    def luminance(colour: str) -> float:
        value = colour.strip().lstrip("#")
        if len(value) == 3:
            value = "".join(digit * 2 for digit in value)
        channels = [int(value[index : index + 2], 16) / 255 for index in (0, 2, 4)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
