"""Scenario logic in the bull and bear bullets: triggers, "next" levels and awaited conditions.

Each case (the bullets of one section) is read as a whole:
- `scenario-trigger-at-close`: "a close above/below X" with X printed as today's close;
- `scenario-next-repeats-trigger`: a "next" level names a price the same case uses as
  a trigger (a close above/below it);
- `scenario-condition-met`: a bullet waits for what already holds: a MACD cross to the
  side MACD is already on, losing a 50-day average the close is already below, or
  reclaiming one it is already above. A bullet saying "already" states, not waits.
All three are warnings: they tell the reviewer the logic reads wrong, the figures are
checked elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..contracts import Finding, Snapshot
from .codes import finding
from .lookahead import leading

_PRICE = r"\$?(?P<price>\d[\d,]*(?:\.\d+)?)"
_TRIGGER = re.compile(r"\bclose (?:back )?(?P<side>above|below)\b[^$\d.]{0,60}?" + _PRICE, re.IGNORECASE)
_TRIGGER = leading(_TRIGGER)  # see lookahead.py
_NEXT = re.compile(r"\bnext\b[^$\d.]{0,60}?" + _PRICE, re.IGNORECASE)
_MACD_WAIT = re.compile(r"\bMACD\b[^.]{0,40}?\bcross(?:es|ing)?\b[^.]{0,30}?\b(?P<side>above|below)\b",
                        re.IGNORECASE)
_MACD_WAIT = leading(_MACD_WAIT)  # see lookahead.py
_LOSING_50 = re.compile(r"\b(?:losing|lose|a close below|a break below)\b[^.]{0,15}?\b50-day",
                        re.IGNORECASE)
_RECLAIM_50 = re.compile(r"\b(?:reclaiming|reclaim|regaining|regain|a close back above)\b[^.]{0,15}?"
                         r"\b50-day", re.IGNORECASE)
_ALREADY = re.compile(r"\balready\b", re.IGNORECASE)
_ALREADY = leading(_ALREADY)  # see lookahead.py
PRICE_SLACK = 0.005


def _price(text: str) -> float:
    return float(text.replace(",", ""))


def triggers_in(bullets: Sequence[str]) -> list[float]:
    return [_price(m.group("price")) for bullet in bullets for m in _TRIGGER.finditer(bullet)]


def case_findings(bullets: Sequence[str], section: str, snapshot: Snapshot) -> list[Finding]:
    """The scenario-logic findings of one case (the bull or the bear bullets)."""
    triggers = triggers_in(bullets)
    close = round(snapshot.close, 2)
    found: list[Finding] = []
    for bullet in bullets:
        for m in _TRIGGER.finditer(bullet):
            if round(_price(m.group("price")), 2) == close:
                found.append(finding("scenario-trigger-at-close", f"asks for a close {m.group('side')} "
                                     f"{m.group('price')}, today's close", section=section, span=bullet,
                                     expected="a trigger away from the close", source="snapshot.close"))
        for m in _NEXT.finditer(bullet):
            if any(abs(_price(m.group("price")) - t) < PRICE_SLACK for t in triggers):
                found.append(finding("scenario-next-repeats-trigger", f"the next level {m.group('price')} "
                                     "is the case's own trigger", section=section, span=bullet,
                                     expected="a level beyond the trigger", source="scenario bullets"))
        found += [finding("scenario-condition-met", f"waits for {what}, which already holds",
                          section=section, span=bullet, expected=expected, source=source)
                  for what, expected, source in met_conditions(bullet, snapshot)]
    return found


def met_conditions(bullet: str, snapshot: Snapshot) -> list[tuple[str, str, str]]:
    """(what is awaited, what the data says, its source) for each awaited condition already met."""
    if _ALREADY.search(bullet):
        return []
    m, t, close = snapshot.momentum, snapshot.trend, snapshot.close
    met = []
    wait = _MACD_WAIT.search(bullet)
    if wait and m.macd is not None and m.macd_signal is not None:
        side = wait.group("side").lower()
        if (side == "above") == (m.macd > m.macd_signal):
            met.append((f"a MACD cross {side} its signal", f"MACD {m.macd:.2f} already {side} its "
                        f"signal {m.macd_signal:.2f}", "momentum.macd, momentum.macd_signal"))
    if t.sma_50 is not None:
        if _LOSING_50.search(bullet) and close < t.sma_50:
            met.append(("losing the 50-day average", f"close {close:,.2f} already below the 50-day "
                        f"{t.sma_50:,.2f}", "trend.sma_50"))
        if _RECLAIM_50.search(bullet) and close > t.sma_50:
            met.append(("reclaiming the 50-day average", f"close {close:,.2f} already above the 50-day "
                        f"{t.sma_50:,.2f}", "trend.sma_50"))
    return met


def check_scenarios(prose: Sequence[tuple[str, str]], snapshot: Snapshot) -> list[Finding]:
    """Scenario-logic findings over a document's (section, text) paragraphs."""
    found: list[Finding] = []
    for section in ("bull_case", "bear_case"):
        found += case_findings([text for name, text in prose if name == section], section, snapshot)
    return found
