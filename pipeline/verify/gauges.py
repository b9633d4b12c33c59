"""Macro gauges in text: the 10-year Treasury yield, the dollar index and the VIX, with their direction.

A figure belongs to a gauge when the gauge is the last thing named before it in
its clause ("the 10-year Treasury yield fell 7 bp to 4.06%", "DXY 99.64"),
not an instrument. For the yield, a % or a bare number is its level (a % may
also be its change in points) and bp or pp its change; for the dollar index
and the VIX a bare number is its level or its change in points and a % its
change. (When the VIX is a related instrument of the article, its figures are
that instrument's and the ordinary checks take them.) A change
must carry the right direction word ("rose 7 bp" on a fall is an error), a
level stated with a move word ("fell to 4.06%", "held at") must agree with the
day's change, a gauge printed with a $ is on the wrong scale, and a figure for
a gauge the data does not hold traces to nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..contracts import Finding
from ..facts import Fact
from .claims import SESSION_COUNTS, Claim
from .codes import finding
from .context import VerifyContext
from .lookahead import leading
from .numbers import any_word, folded, same_at_precision, stated_in
from .subjects import Lexicon
from .things import count_of_time

FLAT_BP = 0.5
"""A yield change that prints as 0 bp may be called unchanged."""
FLAT_POINTS_PCT = 0.005
"""A change of a gauge in points (DXY, VIX) that prints as 0.00% may be called flat."""


@dataclass(frozen=True)
class Gauge:
    key: str  # MacroGauge.key; its facts are macro_<key>...
    label: str
    unit: str  # how the level is quoted: percent or points
    pattern: re.Pattern[str]


IN_YEN = r"(?:[^.;:!?]|\.\d){0,40}?\d(?:[^.;:!?]|\.\d){0,12}?\byen\b"
"""What follows 'the dollar' quoted in yen ("the dollar rose 0.24% to 155.29 yen"): USD/JPY's level."""
GAUGES: tuple[Gauge, ...] = (
    Gauge("ten_year_yield", "the 10-year Treasury yield", "percent", re.compile(
        r"\b(?:(?:US|U\.S\.)\s+)?(?:10|ten)[- ](?:year|yr)\b(?!\s+(?:high|low|average|chart|history|run))"
        r"(?:\s+(?:US|U\.S\.))?(?:\s+Treasury)?(?:\s+note)?(?:\s+yields?)?"
        r"|\b(?:Treasury|bond|benchmark)\s+yields?\b|\bTNX\b", re.IGNORECASE)),
    Gauge("dollar_index", "the dollar index", "points", re.compile(
        r"\b(?:(?:US|U\.S\.)\s+)?dollar index\b|\bDXY\b|\bDX-Y\.NYB\b|\bgreenback\b"
        r"|\bthe (?:US |U\.S\. )?dollar\b(?!\s+(?:amount|value|terms|figure|volume))"
        rf"(?!{IN_YEN})", re.IGNORECASE)),  # the dollar in yen is USD/JPY (cross_markets.MARKETS)
    Gauge("vix", "the VIX", "points",
          re.compile(r"\bVIX\b|\bvolatility index\b|\bfear gauge\b", re.IGNORECASE)),
)
GAUGES = tuple(replace(g, pattern=leading(g.pattern)) for g in GAUGES)  # see lookahead.py
_BY_KEY = {g.key: g for g in GAUGES}
_OTHER_TOPIC = re.compile(r"\b(?:RSI|MACD|ATR|Pulse|threat level|volume|max pain|average|close\b|"
                          r"support|resistance|range)\b|;", re.IGNORECASE)
_STEADY = re.compile(r"\b(?:held|holding|steady|unchanged|flat|little changed)\b", re.IGNORECASE)


_GAUGE_WORDS = any_word(("year", "yr", "treasury", "bond", "benchmark", "tnx", "dollar", "dxy", "dx-y",
                         "greenback", "vix", "volatility index", "fear gauge"))
"""Words one of which a lowered ASCII sentence must hold for a gauge's pattern to match."""


def owners(sentence: str, claims: Sequence[Claim], lexicon: Lexicon) -> dict[int, str]:
    """For each claim (by position) whose figure belongs to a gauge, the gauge's key."""
    if not claims:
        return {}
    lowered = folded(sentence)
    if lowered is not None and not _GAUGE_WORDS(lowered):
        return {}
    named = [(m.end(), g.key) for g in GAUGES for m in g.pattern.finditer(sentence)]
    if not named:
        return {}
    instruments = [m.end for m in lexicon.mentions(sentence)]
    owned = {}
    for n, claim in enumerate(claims):
        start = claim.number.start
        before = [(end, key) for end, key in named if end <= start]
        if claim.quoted or not before or claim.names in SESSION_COUNTS:
            continue  # "the Fed meets Dec 9, nineteen trading days out": a count of sessions, no yield
        end, key = max(before)
        if any(end <= other <= start for other in instruments) or _OTHER_TOPIC.search(sentence[end:start]):
            continue
        owned[n] = key
    return owned


def check_gauge_claims(pairs: Sequence[tuple[Claim, str]], ctx: VerifyContext,
                       source_text: str = "") -> list[Finding]:
    """Every gauge figure of one sentence, against the gauge's facts; with no data for the gauge, a
    figure the cited sources state is theirs (traced to them), any other is untraced."""
    changes = {key for claim, key in pairs if _is_change(claim, key)}
    found: list[Finding] = []
    for claim, key in pairs:
        if f"macro_{key}" not in ctx.sheet.facts and stated_in(claim.number, source_text) \
                or count_of_time(claim):  # "the Fed meets Dec 9, thirteen trading days out"
            continue
        found += _check(claim, _BY_KEY[key], ctx, key in changes)
    return found


def _is_change(claim: Claim, key: str) -> bool:
    unit = claim.number.unit
    if _BY_KEY[key].unit == "percent":
        return unit in ("bp", "pp")
    return unit == "pct"


def _check(claim: Claim, gauge: Gauge, ctx: VerifyContext, change_printed: bool) -> list[Finding]:
    level = ctx.sheet.facts.get(f"macro_{gauge.key}")
    if level is None:
        return [finding("number-untraced", f"{claim.span}: the data holds no value for {gauge.label}",
                        section=claim.section, span=claim.span, source=f"macro[{gauge.key}]")]
    if claim.number.unit == "price":
        return [finding("scale-mismatch", f"{claim.span} prints {gauge.label} in dollars; it is quoted in "
                        f"{gauge.unit}", section=claim.section, span=claim.span, expected=level.printed(),
                        source=level.source)]
    change = _matching_change(claim, gauge, ctx)
    if change is not None:
        return _direction(claim, gauge, change, change.printed("abs"))
    level_units = ("pct", None) if gauge.unit == "percent" else (None,)
    if claim.number.unit in level_units and same_at_precision(float(level.value), claim.number):  # type: ignore[arg-type]
        return [] if change_printed else _level_direction(claim, gauge, ctx)
    return [_mismatch(claim, gauge, level, ctx)]


def _change_fact(gauge: Gauge, ctx: VerifyContext) -> Fact | None:
    suffix = "_change_bp" if gauge.unit == "percent" else "_change_pct"
    return ctx.sheet.facts.get(f"macro_{gauge.key}{suffix}")


def _matching_change(claim: Claim, gauge: Gauge, ctx: VerifyContext) -> Fact | None:
    """The gauge's change fact when the figure shows it (bp, pp or % of a yield; % or points of
    a gauge quoted in points)."""
    number = claim.number
    if gauge.unit == "percent":
        fact = ctx.sheet.facts.get(f"macro_{gauge.key}_change_bp")
        scale = {"bp": 1.0, "pp": 0.01, "pct": 0.01}.get(number.unit or "")
    else:
        suffix = {"pct": "_change_pct", None: "_change"}.get(number.unit)
        fact = ctx.sheet.facts.get(f"macro_{gauge.key}{suffix}") if suffix else None
        scale = 1.0
    if fact is None or scale is None:
        return None
    return fact if same_at_precision(float(fact.value) * scale, number) else None  # type: ignore[arg-type]


def _direction(claim: Claim, gauge: Gauge, change: Fact, printed: str) -> list[Finding]:
    value = float(change.value)  # type: ignore[arg-type]
    flat = _is_flat(gauge, value)
    if claim.flat and not flat:
        return [_direction_finding(claim, gauge, change, "called flat")]
    if claim.direction and not flat and (value > 0) != (claim.direction > 0):
        return [_direction_finding(claim, gauge, change, "printed with the wrong direction")]
    return []


def _level_direction(claim: Claim, gauge: Gauge, ctx: VerifyContext) -> list[Finding]:
    """'fell to 4.06%', 'held at 4.06%': the move word against the day's change."""
    change = _change_fact(gauge, ctx)
    if change is None:
        return []
    value = float(change.value)  # type: ignore[arg-type]
    tail = re.split(r"[;:,()]|\band\b", claim.sentence[:claim.number.start])[-1]
    if _STEADY.search(tail) and not _is_flat(gauge, value):
        return [_direction_finding(claim, gauge, change, "called unchanged")]
    if claim.direction and not _is_flat(gauge, value) and (value > 0) != (claim.direction > 0):
        return [_direction_finding(claim, gauge, change, "reached with the wrong direction")]
    return []


def _is_flat(gauge: Gauge, value: float) -> bool:
    return abs(value) < (FLAT_BP if gauge.unit == "percent" else FLAT_POINTS_PCT)


def _direction_finding(claim: Claim, gauge: Gauge, change: Fact, what: str) -> Finding:
    value = float(change.value)  # type: ignore[arg-type]
    word = "flat" if _is_flat(gauge, value) else "up" if value > 0 else "down"
    return finding("direction-mismatch", f"{claim.span} {what}: {gauge.label} moved "
                   f"{change.printed('signed')} on the session", section=claim.section, span=claim.span,
                   expected=f"{word} {change.printed('abs')}", source=change.source)


def _mismatch(claim: Claim, gauge: Gauge, level: Fact, ctx: VerifyContext) -> Finding:
    change = _change_fact(gauge, ctx)
    is_change = _is_change(claim, gauge.key)
    expected = change.printed("abs") if is_change and change is not None else level.printed()
    what = "change" if is_change else "level"
    source = (change if is_change and change else level).source
    return finding("value-mismatch", f"{claim.span} is not {gauge.label}'s {what}", section=claim.section,
                   span=claim.span, expected=expected, source=source)
