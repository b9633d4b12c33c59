"""Hidden parts of an HTML page, removed before extraction; instruction-like ones recorded (pure).

A reader never sees hidden text, so it is not part of the story, whatever it
says: every hidden element and every comment is removed from the tree that
trafilatura then reads. What the hidden text said is scanned with
`injection.scan`, so an instruction hidden there flags the item.

Hidden means, on the element itself:
- the `hidden` attribute, `aria-hidden="true"`;
- an inline style with display:none, visibility:hidden|collapse, opacity:0,
  font-size 0 or 1px, an off-screen offset (left/top/right/bottom/text-indent/
  margin of -500px or more, -50em or more), clip:rect(0 0 0 0) / clip-path:
  inset(50%), zero width or height with overflow:hidden, transform:scale(0),
  color:transparent, or text colour equal to its own background colour;
- a class or id that a top-level rule of an inline `<style>` block hides the
  same way (simple selectors only: `.cls`, `#id`, `tag.cls`; rules inside
  @media and other at-blocks are ignored, so a print stylesheet hides nothing).
External stylesheets are never fetched: text hidden only by them stays, and is
caught, if instruction-like, by the visible-text scan after extraction.

Comments are scanned in the raw HTML (`scan_comments`): the parser drops
them before the tree exists. Text nodes holding invisible characters
(zero-width, bidi controls, tag characters) are cleaned with
`injection.contain`, so an instruction split by zero-width spaces or smuggled
in tag characters is removed and flagged as the zero-width vector.

Attributes a reader or a screen reader may meet (alt, title, aria-label,
aria-description, placeholder, meta content, data-*) are scanned too; an
instruction-like one is deleted.
"""

from __future__ import annotations

import re

from lxml import etree

from ..contracts import FlaggedText
from .injection import contain, has_invisible, scan

SCANNED_ATTRIBUTES = ("alt", "title", "aria-label", "aria-description", "placeholder", "content")
HIDDEN_TEXT_MAX = 5_000
STYLE_MAX = 200_000

_DECLARATION = re.compile(r"([a-z-]+)\s*:\s*([^;]+)")
_OFFSET_PROPS = frozenset({"left", "top", "right", "bottom", "text-indent", "margin-left",
                           "margin-top", "margin-right", "margin-bottom"})
_NEGATIVE = re.compile(r"^-\s*(\d+(?:\.\d+)?)\s*(px|em|rem|pt|vw|vh|%)?")
_ZERO = re.compile(r"^0*(?:\.0+)?\s*(?:px|em|rem|pt|%)?$")
_TINY_FONT = re.compile(r"^(?:0*(?:\.\d+)?|1)\s*(?:px|pt)?$|^0*(?:\.0+)?\s*(?:em|rem|%)$")
_SIMPLE_SELECTOR = re.compile(r"^([a-z][a-z0-9]*)?((?:[.#][A-Za-z_][\w-]*)+)$")
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_HTML_COMMENT = re.compile(r"<!--(.*?)(?:-->|$)", re.S)


def hiding_reason(style: str) -> str | None:
    """Why a CSS declaration block hides its element, or None when it does not."""
    props = {k.strip().lower(): v.strip().lower().replace("!important", "").strip()
             for k, v in _DECLARATION.findall(style.lower())}
    checks = (
        ("display:none", props.get("display") == "none"),
        ("visibility:hidden", props.get("visibility") in {"hidden", "collapse"}),
        ("opacity:0", bool(_ZERO.match(props.get("opacity", "x")))),
        ("font-size:0", bool(_TINY_FONT.match(props.get("font-size", "x")))),
        ("off-screen", any(_far_negative(props.get(p, "")) for p in _OFFSET_PROPS)),
        ("clipped", "rect(0" in props.get("clip", "").replace(" ", "")
         or "inset(50%" in props.get("clip-path", "").replace(" ", "")),
        ("zero-size", props.get("overflow") == "hidden"
         and any(_ZERO.match(props.get(p, "x")) for p in ("width", "height", "max-height"))),
        ("scale(0)", "scale(0)" in props.get("transform", "").replace(" ", "")),
        ("same-colour", _same_colour(props)),
    )
    return next((name for name, hit in checks if hit), None)


def _far_negative(value: str) -> bool:
    match = _NEGATIVE.match(value)
    if not match:
        return False
    amount, unit = float(match.group(1)), match.group(2) or "px"
    return amount >= (500 if unit in {"px", "pt"} else 50 if unit in {"em", "rem"} else 90)


def _same_colour(props: dict[str, str]) -> bool:
    colour = props.get("color", "").replace(" ", "")
    if colour in {"transparent", "rgba(0,0,0,0)"}:
        return True
    background = (props.get("background-color") or props.get("background", "")).replace(" ", "")
    return bool(colour) and colour == background


def hidden_selectors(styles: list[str]) -> dict[str, str]:
    """XPath of each simple selector a top-level rule in `styles` hides, with the reason."""
    found: dict[str, str] = {}
    for css in styles:
        for selectors, body in _top_level_rules(_CSS_COMMENT.sub(" ", css[:STYLE_MAX])):
            reason = hiding_reason(body)
            if reason is None:
                continue
            for selector in selectors.split(","):
                xpath = _selector_xpath(selector.strip())
                if xpath:
                    found.setdefault(xpath, reason)
    return found


def _top_level_rules(css: str) -> list[tuple[str, str]]:
    """(selectors, declarations) of rules at brace depth 0; at-blocks skipped whole."""
    rules, depth, start, prelude = [], 0, 0, ""
    for index, char in enumerate(css):
        if char == "{":
            if depth == 0:
                prelude, start = css[start:index].strip(), index + 1
            depth += 1
        elif char == "}" and depth:
            depth -= 1
            if depth == 0:
                if not prelude.startswith("@"):
                    rules.append((prelude, css[start:index]))
                start = index + 1
    return rules


def _selector_xpath(selector: str) -> str | None:
    match = _SIMPLE_SELECTOR.match(selector)
    if not match:
        return None
    tag, rest = match.group(1) or "*", match.group(2)
    tests = []
    for kind, name in re.findall(r"([.#])([A-Za-z_][\w-]*)", rest):
        if kind == "#":
            tests.append(f"@id='{name}'")
        else:
            tests.append(f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')")
    return f"//{tag}[{' and '.join(tests)}]"


def scan_comments(html: str) -> list[FlaggedText]:
    """Findings in the HTML comments of `html` (the parser drops comments unread)."""
    findings: list[FlaggedText] = []
    for match in _HTML_COMMENT.finditer(html):
        findings += scan(match.group(1)[:HIDDEN_TEXT_MAX], "comment")
    return findings


def sanitize_tree(tree: etree._Element) -> list[FlaggedText]:
    """Remove comments and hidden elements from `tree` (in place); scan what they said,
    the readable attributes and text with invisible characters. Returns the findings."""
    findings = _drop_comments(tree)
    findings += _drop_hidden(tree)
    findings += _clean_attributes(tree)
    findings += _clean_invisible(tree)
    return findings


def _clean_invisible(tree: etree._Element) -> list[FlaggedText]:
    findings: list[FlaggedText] = []
    for element in tree.iter():
        for field in ("text", "tail"):
            value = getattr(element, field, None)
            if not isinstance(value, str) or not has_invisible(value):
                continue
            clean, found = contain(value, "zero-width")
            lead = value[: len(value) - len(value.lstrip())]
            trail = value[len(value.rstrip()):]
            setattr(element, field, f"{lead}{clean}{trail}" if clean else lead or trail or None)
            findings += found
    return findings


def _drop_comments(tree: etree._Element) -> list[FlaggedText]:
    findings: list[FlaggedText] = []
    for comment in list(tree.iter(etree.Comment)):
        findings += scan(str(comment.text or "")[:HIDDEN_TEXT_MAX], "comment")
        _remove(comment)
    return findings


def _drop_hidden(tree: etree._Element) -> list[FlaggedText]:
    findings: list[FlaggedText] = []
    for element in _hidden_elements(tree):
        text = " ".join(element.itertext())[:HIDDEN_TEXT_MAX]
        findings += scan(text, "hidden-css")
        _remove(element)
    return findings


def _hidden_elements(tree: etree._Element) -> list[etree._Element]:
    styles = [s.text or "" for s in tree.iter("style")]
    marked = {id(e): e for xpath in hidden_selectors(styles) for e in tree.xpath(xpath)}
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in {"html", "head", "body"}:
            continue
        if (element.get("hidden") is not None or element.get("aria-hidden") == "true"
                or hiding_reason(element.get("style") or "")):
            marked[id(element)] = element
    outermost = [e for e in marked.values()
                 if not any(id(a) in marked for a in e.iterancestors())]
    return [e for e in outermost if e.tag not in {"html", "head", "body"}]


def _clean_attributes(tree: etree._Element) -> list[FlaggedText]:
    findings: list[FlaggedText] = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in list(element.attrib.items()):
            if name in SCANNED_ATTRIBUTES or name.startswith("data-"):
                found = scan(value[:HIDDEN_TEXT_MAX], "attribute")
                if found:
                    findings += found
                    del element.attrib[name]
    return findings


def _remove(node: etree._Element) -> None:
    """Take `node` out of the tree, keeping the text that follows it."""
    parent = node.getparent()
    if parent is None:
        return
    tail = node.tail
    previous = node.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(node)
