"""Fills the model's `{fact}` slots from the fact sheet, collecting problems as findings.

Unlike `FactSheet.fill`, an unknown fact or a malformed slot does not raise: it
becomes a finding that goes back to the model in the repair round, and the
slot stays visible in the text.

A key level that is a zone prints whole from its own slot (`{level_3}` ->
"$660.00–$662.02", as the levels table shows it), so a model cannot quote a zone
by a third figure (the zone's reference price) that no table row shows; its edges
stay `{level_3_low}` and `{level_3_high}`, the one edge a final-call clause quotes.
"""

from __future__ import annotations

import re

from ..contracts import Finding, Severity
from ..facts import FactSheet

STYLES = frozenset({"", "signed", "abs", "long", "weekday", "dated", "short", "year"})
_BRACED = re.compile(r"\{([^{}\n]{0,80})\}")
_SLOT = re.compile(r"^\s*([A-Za-z0-9_]+)\s*(?::\s*([a-z]*)\s*)?$")
_LEVEL = re.compile(r"level_\d+")


_ZONE_SPAN = re.compile(r"\{(level_\d+)_low\}–\{\1_high\}")


def zone_slots(text: str) -> str:
    """A zone quoted by both edge slots written as its own slot ('{level_3_low}–{level_3_high}' ->
    '{level_3}'), which SlotFiller prints the same: the prompt says each zone once, shorter."""
    return _ZONE_SPAN.sub(lambda m: "{" + m.group(1) + "}", text)


class SlotFiller:
    def __init__(self, sheet: FactSheet) -> None:
        self.sheet = sheet
        self.findings: list[Finding] = []

    def fill(self, text: str, section: str) -> str:
        return _BRACED.sub(lambda m: self._one(m.group(0), m.group(1), section), text)

    def _one(self, whole: str, inner: str, section: str) -> str:
        match = _SLOT.match(inner)
        if match is None:
            self._finding("slot-malformed", section, whole,
                          "a slot is {fact_name} or {fact_name:style}; nothing else goes in braces")
            return whole
        name, style = match.group(1), match.group(2) or ""
        if style not in STYLES:
            self._finding("slot-style-unknown", section, whole,
                          f"unknown style {style!r}; use one of: signed, abs, long, weekday, dated, short, "
                          "year")
            return whole
        if not self.sheet.has(name):
            self._finding("fact-unknown", section, whole,
                          f"no fact named {name!r}; use only the fact names listed in the prompt")
            return whole
        if not style and _LEVEL.fullmatch(name) and self.sheet.has(f"{name}_low", f"{name}_high"):
            return f"{self.sheet.fmt(name + '_low')}–{self.sheet.fmt(name + '_high')}"
        return self.sheet.fmt(name, style)

    def _finding(self, code: str, section: str, span: str, message: str) -> None:
        self.findings.append(Finding(code=code, severity=Severity.ERROR, message=message,
                                     section=section, span=span))
