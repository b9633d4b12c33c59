"""Planted errors: one clean text, one precise substitution, one expected finding.

Every substitution is built from the facts (never typed numbers), must match
the clean text exactly once, and a planted figure that is meant to be wrong
must not coincide with any computed fact of the subject or its peers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from pipeline.contracts import LevelKind
from pipeline.facts import format_price
from pipeline.level_notes import level_type
from pipeline.writers.phrases import rsi_reading

from .universe import Built

STOP = set(
    """a an and are as at be by for from has have in is it its of on or that the this to was
were with which while after before than into over under about more most other their there they
these those been being also just not but so if per""".split()
)


@dataclass
class Plant:
    case_id: str
    base: str  # the clean case it is made from
    check: str  # the family planted
    old: str
    new: str
    code: str
    span: str | None
    allowed: list[str] = field(default_factory=list)
    note: str = ""
    snapshot: str | None = None  # a different snapshot file than the base case's


class PlantError(AssertionError):
    pass


def apply(text: str, plant: Plant) -> str:
    if not plant.old and not plant.new:
        return text  # the fault is in the snapshot file, not the text
    count = text.count(plant.old)
    if count != 1:
        raise PlantError(f"{plant.case_id}: {plant.old!r} occurs {count} times in {plant.base}")
    if plant.span is not None and plant.span not in plant.new:
        raise PlantError(f"{plant.case_id}: span {plant.span!r} is not in the new text {plant.new!r}")
    return text.replace(plant.old, plant.new)


# ---------------------------------------------------------------- helpers


def fmt(b: Built, name: str, style: str = "") -> str:
    return b.sheet.fmt(name, style)


def price(b: Built, value: float, decimals: int = 2) -> str:
    return format_price(value, b.snapshot.kind, decimals)


def digits(text: str) -> str:
    """A printed figure reduced to its digits and its kind: '$245.30' -> '$245.30', '1.60 pp' -> '%1.60'."""
    kind = "%" if text.rstrip().endswith(("%", "pp")) else "$" if "$" in text else ""
    return kind + re.sub(r"[^0-9.]", "", text).strip(".")


def all_printed(b: Built) -> set[str]:
    from pipeline.facts import build_fact_sheet

    sheets = [b.sheet, *(build_fact_sheet(p) for p in b.peers)]
    return {
        digits(f.printed("abs"))
        for sheet in sheets
        for f in sheet.facts.values()
        if not hasattr(f.value, "year")
    }


def fresh(b: Built, printed: str) -> str:
    """A planted wrong figure: assert it equals no fact at its printed precision."""
    if digits(printed) in all_printed(b):
        raise PlantError(f"{b.key}: planted {printed!r} coincides with a computed fact")
    return printed


def fresh_of(b: Built, make: Callable[[float], str], deltas: tuple[float, ...]) -> str:
    """The first of `make(delta)` that equals no computed fact."""
    printed = all_printed(b)
    deltas = (*deltas, *(deltas[0] + 0.05 * k for k in range(1, 20)))
    for delta in deltas:
        candidate = make(delta)
        if digits(candidate) not in printed:
            return candidate
    raise PlantError(f"{b.key}: every candidate coincides with a computed fact")


def shared_words(sentence: str, source_text: str) -> set[str]:
    """Word stems (5 letters) and figures the sentence shares with a source: none for a bad citation."""

    def stems(text: str) -> set[str]:
        return {w[:5] for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in STOP}

    def figures(text: str) -> set[str]:
        return set(re.findall(r"\d[\d,]*(?:\.\d+)?", text))

    return (stems(sentence) & stems(source_text)) | (figures(sentence) & figures(source_text))


def level_row(b: Built, kind: LevelKind, *, above: bool) -> int:
    """The fact-sheet number of the nearest plain (non-zone) level of `kind` on one side."""
    s = b.snapshot
    sides = [(lv.zone_low is not None, abs(lv.price - s.close), n)  # a plain level first, else a zone
             for n, lv in enumerate(s.levels, start=1) if lv.kind == kind and (lv.price > s.close) == above]
    return min(sides)[2]


def setup_rows(text: str) -> dict[str, list[str]]:
    """Entry, stop, target and reward/risk cells of each setup row the text prints, by direction
    (read from the text: a frozen draft keeps the setups of the day it was frozen)."""
    found: dict[str, list[str]] = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 6 and cells[0] in ("Long", "Short"):
            found.setdefault(cells[0].lower(), cells[2:6])
    return found


def setup_cells(b: Built, direction: str, text: str) -> list[str]:
    """The `direction` setup's cells as the text prints them, else the first setup it prints."""
    rows = setup_rows(text)
    return rows.get(direction) or next(iter(rows.values()))


def shown_setup(b: Built, text: str) -> list[str]:
    """The cells of the first setup row the text prints (the writer leaves some out)."""
    return next(iter(setup_rows(text).values()), [])


def row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


# ---------------------------------------------------------------- the plants


def plants(built: dict[str, Built], texts: dict[str, str]) -> list[Plant]:  # noqa: PLR0915 - one flat, readable list
    iwm, spy, qqq, dia = (
        built[k] for k in ("IWM-2026-11-20", "SPY-2026-11-20", "QQQ-2026-11-20", "DIA-2026-11-20")
    )
    iwm17, iwm0213, iwm0330 = built["IWM-2026-11-17"], built["IWM-2026-02-13"], built["IWM-2026-03-30"]
    spy0603, dia0603 = built["SPY-2026-06-03"], built["DIA-2026-06-03"]
    gspc, rut, frnt, ifrnt = (
        built[k]
        for k in ("idx_GSPC-2026-11-20", "idx_RUT-2026-11-17", "FRNT-2026-11-20", "idx_FSMI-2026-11-20")
    )
    T = "tmpl-"  # noqa: N806
    out: list[Plant] = []

    def add(*args: Any, **kwargs: Any) -> None:
        out.append(Plant(*args, **kwargs))

    # -- value-mismatch ---------------------------------------------------
    wrong = fresh(iwm, price(iwm, iwm.snapshot.close + 1))
    add(
        "value-close-IWM",
        T + iwm.key,
        "value",
        f"{fmt(iwm, 'price')} at the close on",
        f"{wrong} at the close on",
        "value-mismatch",
        wrong,
        note="the close +$1.00 in the lead sentence",
    )
    wrong = fresh(qqq, price(qqq, qqq.snapshot.close + 1))
    add(
        "value-close-user-QQQ",
        "user-morning-wrap-" + qqq.key,
        "value",
        f"ended Friday at {fmt(qqq, 'price')}",
        f"ended Friday at {wrong}",
        "value-mismatch",
        wrong,
        note="'ended at' close +$1.00 in a user wrap",
    )
    wrong = fresh(frnt, price(frnt, frnt.snapshot.close + 1))
    add(
        "value-close-user-FRNT",
        "user-desk-note-" + frnt.key,
        "value",
        f"to close at {fmt(frnt, 'price')}",
        f"to close at {wrong}",
        "value-mismatch",
        wrong,
        note="a $30 ETF's close +$1.00",
    )
    rsi = spy.snapshot.momentum.rsi_14 or 50
    delta = next(d for d in (2.5, -2.5, 1.5, -1.5) if rsi_reading(rsi + d) == rsi_reading(rsi))
    wrong = fresh(spy, f"{rsi + delta:.1f}")
    add(
        "value-rsi-SPY",
        T + spy.key,
        "value",
        f"RSI(14) reads {fmt(spy, 'rsi_14')},",
        f"RSI(14) reads {wrong},",
        "value-mismatch",
        wrong,
        note="RSI off by 2.5 in the same zone",
    )
    side50 = "above" if dia.snapshot.close > (dia.snapshot.trend.sma_50 or 0) else "below"
    wrong = fresh(dia, price(dia, (dia.snapshot.trend.sma_50 or 0) + 2))
    add(
        "value-sma50-DIA",
        T + dia.key,
        "value",
        f"{side50} the 50-day average at {fmt(dia, 'sma_50')}",
        f"{side50} the 50-day average at {wrong}",
        "value-mismatch",
        wrong,
        ["derived-mismatch"],
        note="the 50-day average +$2.00 (the % distance beside it then disagrees too)",
    )
    vix = fresh_of(iwm, lambda d: f"{iwm.sheet.value('VIX_close') + d:.2f}", (1.0, 1.1, 1.2))
    add(
        "value-vix-IWM",
        T + iwm.key,
        "value",
        f"at {fmt(iwm, 'VIX_close')}, describes",
        f"at {vix}, describes",
        "value-mismatch",
        vix,
        note="the VIX level +1.00",
    )
    wrong = fresh_of(dia, lambda d: f"{dia.sheet.value('QQQ_change_1d_pct') + d:.2f}%", (0.5, 0.55, 0.65))
    add(
        "value-peer-move-user-DIA",
        "user-desk-note-" + dia.key,
        "value",
        f"QQQ gained {fmt(dia, 'QQQ_change_1d_pct', 'abs')}",
        f"QQQ gained {wrong}",
        "value-mismatch",
        wrong,
        ["derived-mismatch"],
        note="a peer's 1-day move +0.50 pp",
    )
    streak = int(iwm.sheet.value("streak_sessions"))
    add(
        "value-streak-IWM",
        T + iwm.key,
        "value",
        f"for {streak} sessions in a row",
        f"for {streak + 2} sessions in a row",
        "value-mismatch",
        f"{streak + 2} sessions",
        note="the streak count +2",
    )
    add(
        "value-swap-user-SPY",
        "user-morning-wrap-" + spy.key,
        "value",
        f"up {fmt(spy, 'change_1d_pct', 'abs')} on the day",
        f"up {fmt(spy, 'QQQ_change_1d_pct', 'abs')} on the day",
        "value-mismatch",
        fmt(spy, "QQQ_change_1d_pct", "abs"),
        note="QQQ's move given to SPY",
    )
    wrong = fresh(gspc, price(gspc, gspc.snapshot.close + 50))
    add(
        "value-close-GSPC",
        T + gspc.key,
        "value",
        f"{fmt(gspc, 'price')} at the close on",
        f"{wrong} at the close on",
        "value-mismatch",
        wrong,
        note="an index close +50 points",
    )
    wrong = fresh(ifrnt, price(ifrnt, ifrnt.snapshot.close - 100))
    add(
        "value-close-user-FSMI",
        "user-levels-list-" + ifrnt.key,
        "value",
        f"Last: {fmt(ifrnt, 'price')}",
        f"Last: {wrong}",
        "value-mismatch",
        wrong,
        note="a 35,000-point index's close -100 points",
    )

    # -- number-untraced --------------------------------------------------
    pe = fresh(iwm, "23.4")
    add(
        "untraced-pe-user-IWM",
        "user-desk-note-" + iwm.key,
        "untraced",
        "MACD is below its signal line.",
        f"MACD is below its signal line. It trades at {pe} times earnings.",
        "number-untraced",
        pe,
        note="an invented valuation figure",
    )
    invented = fresh(iwm, price(iwm, (iwm.snapshot.range.lower if iwm.snapshot.range else 0) - 2.85))
    bear = next(line for line in texts[T + iwm.key].splitlines()
                if "the next support waits at" in line).strip("- ")
    add(
        "untraced-support-IWM",
        T + iwm.key,
        "untraced",
        bear,
        f"{bear} Dip buyers have also defended a support at {invented}.",
        "number-untraced",
        invented,
        ["value-mismatch"],
        note="a support level that no computed level has",
    )
    pe = fresh(rut, "18.7")
    add(
        "untraced-pe-RUT",
        T + rut.key,
        "untraced",
        f"RSI(14) reads {fmt(rut, 'rsi_14')},",
        f"The index trades at {pe} times forward earnings. RSI(14) reads {fmt(rut, 'rsi_14')},",
        "number-untraced",
        pe,
        note="an invented valuation figure in an index article",
    )

    # -- scale-mismatch ---------------------------------------------------
    rut_close = iwm.sheet.value("RUT_close")
    index_level = int(rut_close // 50 * 50)
    add(
        "scale-etf-at-index-user-IWM",
        "user-desk-note-" + iwm.key,
        "scale",
        "MACD is below its signal line.",
        f"MACD is below its signal line. IWM is holding above {index_level:,}.",
        "scale-mismatch",
        f"{index_level:,}",
        ["number-untraced", "level-wrong-side"],
        note="the ETF quoted at its index's level",
    )
    add(
        "scale-index-dollars-IWM",
        T + iwm.key,
        "scale",
        f"(^RUT) closed at {fmt(iwm, 'RUT_close')}",
        f"(^RUT) closed at ${fmt(iwm, 'RUT_close')}",
        "scale-mismatch",
        f"${fmt(iwm, 'RUT_close')}",
        note="the index quoted in dollars",
    )
    spy_peer = next(p for p in gspc.peers if p.symbol == "SPY")
    etf_scale = fresh(
        gspc,
        format_price((gspc.snapshot.trend.sma_50 or 0) * spy_peer.close / gspc.snapshot.close, spy_peer.kind),
    )
    gspc_side = "above" if (gspc.snapshot.trend.pct_vs_sma_50 or 0) > 0 else "below"
    add(
        "scale-etf-level-GSPC",
        T + gspc.key,
        "scale",
        f"{fmt(gspc, 'pct_vs_sma_50', 'abs')} {gspc_side} the 50-day average at {fmt(gspc, 'sma_50')}",
        f"{fmt(gspc, 'pct_vs_sma_50', 'abs')} {gspc_side} the 50-day average at {etf_scale}",
        "scale-mismatch",
        etf_scale,
        ["value-mismatch", "number-untraced"],
        note="an ETF-scale (dollar) level in an index article",
    )
    add(
        "scale-etf-at-index-FRNT",
        T + frnt.key,
        "scale",
        f"{fmt(frnt, 'price')} at the close on",
        f"{fmt(frnt, 'FSMI_close')} at the close on",
        "scale-mismatch",
        fmt(frnt, "FSMI_close"),
        ["value-mismatch"],
        note="the $30 ETF quoted at its 35,000-point index's close",
    )
    add(
        "scale-index-at-etf-user-FSMI",
        "user-levels-list-" + ifrnt.key,
        "scale",
        f"Last: {fmt(ifrnt, 'price')}",
        f"Last: {fmt(frnt, 'price')}",
        "scale-mismatch",
        fmt(frnt, "price"),
        ["value-mismatch"],
        note="the index quoted at its ETF's dollar price",
    )

    # -- derived-mismatch -------------------------------------------------
    gap = fresh_of(
        iwm, lambda d: f"{abs(iwm.sheet.value('divergence_vs_QQQ_pp')) + d:.2f} pp", (0.2, 0.3, 0.35)
    )
    add(
        "derived-divergence-IWM",
        T + iwm.key,
        "derived",
        f"by {fmt(iwm, 'divergence_vs_QQQ_pp', 'abs')}:",
        f"by {gap}:",
        "derived-mismatch",
        gap,
        note="a divergence that is not the gap between the two moves",
    )
    tag = next(m.symbol for m in gspc.snapshot.related
               if f"({m.symbol}), up" in texts[T + gspc.key]).lstrip("^")
    gap = fresh_of(
        gspc, lambda d: f"{abs(gspc.sheet.value(f'divergence_vs_{tag}_pp')) + d:.2f} pp", (0.25, 0.35, 0.45)
    )
    add(
        "derived-divergence-GSPC",
        T + gspc.key,
        "derived",
        f"by {fmt(gspc, f'divergence_vs_{tag}_pp', 'abs')}:",
        f"by {gap}:",
        "derived-mismatch",
        gap,
        note="an index divergence off by 0.25 pp",
    )
    n = level_row(spy, LevelKind.RESISTANCE, above=True)
    dist = fmt(spy, f"level_{n}_distance_pct", "abs")
    wrong = fresh_of(
        spy, lambda d: f"{abs(spy.sheet.value(f'level_{n}_distance_pct')) + d:.2f}%", (0.4, 0.45, 0.55)
    )
    label = spy.snapshot.levels[n - 1].label
    add(
        "derived-level-distance-SPY",
        T + spy.key,
        "derived",
        f"{label}, {dist} above the close",
        f"{label}, {wrong} above the close",
        "derived-mismatch",
        wrong,
        ["value-mismatch"],
        note="a key level's % distance from the close made wrong",
    )
    gap = fresh_of(
        dia, lambda d: f"{abs(dia.sheet.value('divergence_vs_QQQ_pp')) + d:.2f} pp", (0.2, 0.3, 0.35)
    )
    add(
        "derived-divergence-user-DIA",
        "user-desk-note-" + dia.key,
        "derived",
        f"leaving DIA {fmt(dia, 'divergence_vs_QQQ_pp', 'abs')} behind",
        f"leaving DIA {gap} behind",
        "derived-mismatch",
        gap,
        ["value-mismatch"],
        note="'X pp behind' that is not the difference of the moves",
    )
    n = next(  # the first overhead level the levels list prints
        i for i in range(1, len(gspc.snapshot.levels) + 1)
        if f"- {fmt(gspc, f'level_{i}')}: " in texts["user-levels-list-" + gspc.key]
        and gspc.snapshot.levels[i - 1].price > gspc.snapshot.close
    )
    upper = f"{fmt(gspc, f'level_{n}')}: {gspc.snapshot.levels[n - 1].label}"
    wrong = fresh_of(
        gspc, lambda d: f"{abs(gspc.sheet.value(f'level_{n}_distance_pct')) + d:.2f}%", (0.3, 0.35, 0.45)
    )
    add(
        "derived-level-distance-user-GSPC",
        "user-levels-list-" + gspc.key,
        "derived",
        f"{upper}, {fmt(gspc, f'level_{n}_distance_pct', 'abs')} above",
        f"{upper}, {wrong} above",
        "derived-mismatch",
        wrong,
        ["value-mismatch"],
        note="a level's distance in % from the close made wrong, user layout",
    )

    # -- direction-mismatch -----------------------------------------------
    move = fmt(spy, "change_1d_pct", "abs")
    add(
        "direction-down-on-gain-user-SPY",
        "user-morning-wrap-" + spy.key,
        "direction",
        f"up {move} on the day",
        f"down {move} on the day",
        "direction-mismatch",
        f"down {move}",
        note="'down' on a gain",
    )
    spy_row = f"{fmt(iwm, 'SPY_close')} | {fmt(iwm, 'SPY_change_1d_pct', 'signed')} |"
    flipped = "-" + fmt(iwm, "SPY_change_1d_pct", "abs")
    add(
        "direction-sign-table-IWM",
        T + iwm.key,
        "direction",
        spy_row,
        f"{fmt(iwm, 'SPY_close')} | {flipped} |",
        "direction-mismatch",
        flipped,
        ["value-mismatch"],
        note="a peer's move with its sign flipped in the cross-market table",
    )
    add(
        "direction-flat-user-QQQ",
        "user-morning-wrap-" + qqq.key,
        "direction",
        f"up {fmt(qqq, 'change_1d_pct', 'abs')} on the day",
        "unchanged on the day",
        "direction-mismatch",
        "unchanged",
        note="'unchanged' on a 1.9% move",
    )
    pct200 = fmt(iwm, "pct_vs_sma_200", "abs")
    add(
        "direction-below-200-IWM",
        T + iwm.key,
        "direction",
        f"{pct200} above the 200-day",
        f"{pct200} below the 200-day",
        "direction-mismatch",
        f"{pct200} below",
        ["pattern-mismatch"],
        note="'below the 200-day' with the % figure when above",
    )
    clause = (
        f"the Nasdaq 100 (QQQ), up {fmt(dia, 'QQQ_change_1d_pct', 'abs')}, "
        f"by {fmt(dia, 'divergence_vs_QQQ_pp', 'abs')}"
    )
    add(
        "direction-led-DIA",
        T + dia.key,
        "direction",
        f"That trailed {clause}",
        f"That led {clause}",
        "direction-mismatch",
        f"led {clause}",
        note="'led' instead of 'trailed' (a finding on the word or on the gap it qualifies counts)",
    )
    move = fmt(iwm0213, "change_1d_pct", "signed")
    add(
        "direction-sign-indicator-table-IWM-0213",
        T + iwm0213.key,
        "direction",
        f"| {move} on the day |",
        f"| +{move.lstrip('-')} on the day |",
        "direction-mismatch",
        f"+{move.lstrip('-')}",
        ["value-mismatch"],
        note="the day's change printed with a + on a down day",
    )
    add(
        "direction-rose-user-SPY-1117",
        "user-paragraph-sources-" + built["SPY-2026-11-17"].key,
        "direction",
        "The S&P 500 slipped on Tuesday",
        "The S&P 500 rose on Tuesday",
        "direction-mismatch",
        "rose",
        note="'rose' on a down day, user prose",
    )

    # -- indicator-mismatch -----------------------------------------------
    add(
        "indicator-overbought-IWM",
        T + iwm.key,
        "indicator",
        f"{fmt(iwm, 'rsi_14')}, the neutral-to-soft zone",
        f"{fmt(iwm, 'rsi_14')}, overbought territory",
        "indicator-mismatch",
        "overbought",
        note="RSI called overbought at 48",
    )
    add(
        "indicator-low-50s-user-IWM",
        "user-desk-note-" + iwm.key,
        "indicator",
        "in the high 40s",
        "in the low 50s",
        "indicator-mismatch",
        "low 50s",
        note="'in the low 50s' at 48.2",
    )
    add(
        "indicator-macd-GSPC",
        T + gspc.key,
        "indicator",
        "sits below its signal line, so momentum is not confirming",
        "sits above its signal line, a positive read on momentum",
        "indicator-mismatch",
        "above its signal line",
        note="MACD 'above its signal' when below",
    )
    add(
        "indicator-vix-QQQ",
        T + qqq.key,
        "indicator",
        "describes a subdued options market",
        "describes an elevated options market",
        "indicator-mismatch",
        "elevated",
        note="VIX 'elevated' at 15.60",
    )
    add(
        "indicator-overbought-FRNT",
        T + frnt.key,
        "indicator",
        f"{fmt(frnt, 'rsi_14')}, oversold territory",
        f"{fmt(frnt, 'rsi_14')}, overbought territory",
        "indicator-mismatch",
        "overbought",
        note="RSI 23 called overbought, on the $30 ETF",
    )
    add(
        "indicator-overbought-user-DIA-0603",
        "user-down-day-" + dia0603.key,
        "indicator",
        f"RSI(14) is {fmt(dia0603, 'rsi_14')}, in the 60s",
        f"RSI(14) is {fmt(dia0603, 'rsi_14')}, overbought",
        "indicator-mismatch",
        "overbought",
        note="RSI 66.6 called overbought",
    )

    # -- pattern-mismatch -------------------------------------------------
    add(
        "pattern-death-IWM",
        T + iwm.key,
        "pattern",
        f"since {fmt(iwm, 'cross_since')}, the golden-cross state",
        f"since {fmt(iwm, 'cross_since')}, the death-cross state",
        "pattern-mismatch",
        "death-cross",
        note="'death-cross state' while golden",
    )
    add(
        "pattern-golden-IWM-0330",
        T + iwm0330.key,
        "pattern",
        f"since {fmt(iwm0330, 'cross_since')}, the death-cross state",
        f"since {fmt(iwm0330, 'cross_since')}, the golden-cross state",
        "pattern-mismatch",
        "golden-cross",
        note="'golden-cross state' while in a death cross",
    )
    add(
        "pattern-golden-user-SPY-0603",
        "user-desk-note-" + spy0603.key,
        "pattern",
        "below the 200-day, a death cross",
        "below the 200-day, a golden cross",
        "pattern-mismatch",
        "golden cross",
        note="'golden cross' while the 50-day is below the 200-day",
    )
    high = (
        f"It is {fmt(iwm0213, 'pct_from_52w_high', 'abs')} below the 52-week high of "
        f"{fmt(iwm0213, 'high_52w')}."
    )
    add(
        "pattern-new-high-user-IWM-0213",
        "user-down-day-" + iwm0213.key,
        "pattern",
        high,
        "The close was a new 52-week high.",
        "pattern-mismatch",
        "new 52-week high",
        note="a new 52-week high that is not one",
    )
    high = (
        f"It trades {fmt(dia, 'pct_from_52w_high', 'abs')} below its 52-week high of "
        f"{fmt(dia, 'high_52w')}, set on {fmt(dia, 'high_52w_date')}."
    )
    add(
        "pattern-new-high-DIA",
        T + dia.key,
        "pattern",
        high,
        f"The close of {fmt(dia, 'price')} is a new 52-week high.",
        "pattern-mismatch",
        "new 52-week high",
        note="the template's new-high sentence on a session that is not one",
    )
    add(
        "pattern-above-50-user-FRNT",
        "user-desk-note-" + frnt.key,
        "pattern",
        "MACD is below its signal line.",
        "MACD is below its signal line. FRNT is still trading above its 50-day average.",
        "pattern-mismatch",
        "above its 50-day average",
        ["direction-mismatch"],
        note="'above its 50-day average' when below",
    )

    # -- level-wrong-side -------------------------------------------------
    sma = fmt(iwm, "sma_50")
    add(
        "level-support-above-IWM",
        T + iwm.key,
        "level",
        f"| Moving average | {sma} |",
        f"| Support | {sma} |",
        "level-wrong-side",
        sma,
        note="a Support row priced above the close",
    )
    n = level_row(spy0603, LevelKind.SUPPORT, above=False)
    lvl = fmt(spy0603, f"level_{n}")
    add(
        "level-resistance-below-user-SPY-0603",
        "user-desk-note-" + spy0603.key,
        "level",
        f"support at {lvl}",
        f"resistance at {lvl}",
        "level-wrong-side",
        lvl,
        note="'resistance at $X' below the close, in prose",
    )
    top = max(
        (lv for lv in gspc.snapshot.levels if lv.kind == LevelKind.RESISTANCE and lv.zone_low is None),
        key=lambda lv: lv.price,
    )
    lvl = price(gspc, top.price)  # the table prints every level at 2 decimals
    add(
        "level-support-above-GSPC",
        T + gspc.key,
        "level",
        f"| {level_type(top, gspc.snapshot.close)} | {lvl} |",  # an untested round number: Waypoint
        f"| Support | {lvl} |",
        "level-wrong-side",
        lvl,
        note="a Support row above an index's close",
    )

    # -- setups -----------------------------------------------------------
    # Each setup plant goes into the first of its subjects whose draft prints a setup today: the
    # setup rules change (setups only with the 200-day trend, fades only at 2:1 or better), and a
    # frozen draft no longer prints setups its snapshot has lost (make_verify_eval.live_facts).
    def showing(*candidates: Built) -> Built:
        shown = [c for c in candidates if shown_setup(c, texts[T + c.key])]
        if not shown:
            raise PlantError(f"no draft of {[c.key for c in candidates]} prints a trade setup")
        return shown[0]

    qqq25, dia25 = built["QQQ-2025-11-17"], built["DIA-2025-11-17"]
    spy17 = built["SPY-2026-11-17"]
    at = showing(iwm, qqq, spy)
    entry, stop, target, rr = setup_cells(at, "long", texts[T + at.key])
    add(
        f"setup-long-stop-above-{at.key}",
        T + at.key,
        "setup",
        row([entry, stop, target, rr]),
        row([stop, entry, target, rr]),
        "setup-geometry",
        f"{stop} | {entry}",
        ["setup-reward-risk"],
        note="a long's stop above its entry (entry and stop swapped)",
    )
    entry, stop, target, rr = setup_cells(spy, "long", texts[T + spy.key])
    add(
        "setup-reward-risk-SPY",
        T + spy.key,
        "setup",
        row([entry, stop, target, rr]),
        row([entry, stop, target, f"{float(rr) + 1:.1f}"]),
        "setup-reward-risk",
        f"{float(rr) + 1:.1f}",
        note="a reward/risk of 3.0 stated for a 2.0 setup",
    )
    at = showing(iwm17, spy17)
    entry, stop, target, rr = shown_setup(at, texts[T + at.key])
    add(
        f"setup-stop-past-target-{at.key}",
        T + at.key,
        "setup",
        row([entry, stop, target, rr]),
        row([entry, target, stop, rr]),
        "setup-geometry",
        f"{entry} | {target} | {stop}",
        ["setup-reward-risk"],
        note="a setup's stop and target swapped",
    )
    at = showing(gspc, ifrnt, rut, dia25)  # an index in points when one prints a setup
    entry, stop, target, rr = setup_cells(at, "long", texts[T + at.key])
    add(
        f"setup-long-stop-above-{at.key}",
        T + at.key,
        "setup",
        row([entry, stop, target, rr]),
        row([stop, entry, target, rr]),
        "setup-geometry",
        f"{stop} | {entry}",
        ["setup-reward-risk"],
        note="a long's stop above its entry (in index points when an index prints a setup)",
    )
    at = showing(frnt, ifrnt, iwm17, qqq25)
    entry, stop, target, rr = shown_setup(at, texts[T + at.key])
    add(
        f"setup-reward-risk-{at.key}",
        T + at.key,
        "setup",
        row([entry, stop, target, rr]),
        row([entry, stop, target, f"{float(rr) * 2:.1f}"]),
        "setup-reward-risk",
        f"{float(rr) * 2:.1f}",
        note="a doubled reward/risk (the $30 ETF when it prints a setup)",
    )

    # -- dates ------------------------------------------------------------
    add(
        "weekday-header-IWM",
        T + iwm.key,
        "date",
        f"As of the close on {fmt(iwm, 'session', 'long')}",
        f"As of the close on Thursday, {fmt(iwm, 'session', 'long').split(', ', 1)[1]}",
        "weekday-mismatch",
        "Thursday",
        note="'Thursday, November 20, 2026'",
    )
    add(
        "weekday-fomc-user-SPY",
        "user-morning-wrap-" + spy.key,
        "date",
        f"on {fmt(spy, 'event_1_date', 'long')}",
        f"on Thursday, {fmt(spy, 'event_1_date', 'long').split(', ', 1)[1]}",
        "weekday-mismatch",
        "Thursday",
        note="the FOMC 'on Thursday' when its date is a Wednesday",
    )
    add(
        "weekday-session-SPY",
        T + spy.key,
        "date",
        "at the close on Friday,",
        "at the close on Thursday,",
        "weekday-mismatch",
        "Thursday",
        note="'closed on Thursday' for a Friday session",
    )
    add(
        "weekday-session-IWM-1117",
        T + iwm17.key,
        "date",
        "at the close on Tuesday,",
        "at the close on Monday,",
        "weekday-mismatch",
        "Monday",
        note="'Monday' for a Tuesday session",
    )
    event = rut.snapshot.events[0].date
    moved_date = event + timedelta(days=7)
    long_date = f"{moved_date:%A}, {moved_date:%B} {moved_date.day}, {moved_date.year}"
    add(
        "date-untraced-user-RUT",
        "user-paragraph-sources-" + rut.key,
        "date",
        f"due on {fmt(rut, 'event_1_date', 'long')}",
        f"due on {long_date}",
        "date-untraced",
        long_date.split(", ", 1)[1],
        note="an event date a week after the real one (same weekday)",
    )
    other = event + timedelta(days=2)
    if other in {e.date for e in qqq.snapshot.events}:
        raise PlantError("date-untraced-QQQ: the planted date is a real event")
    wrong_date = f"{other:%b} {other.day}, {other.year}"
    add(
        "date-untraced-QQQ",
        T + qqq.key,
        "date",
        f"is due on {fmt(qqq, 'event_1_date')}",
        f"is due on {wrong_date}",
        "date-untraced",
        wrong_date,
        ["value-mismatch"],
        note="an event date that exists nowhere",
    )

    # -- citations --------------------------------------------------------
    last = len(iwm.article.sources)
    add(
        "citation-unresolved-IWM",
        T + iwm.key,
        "citation",
        f"[{last}].",
        f"[{last + 2}].",
        "citation-unresolved",
        f"[{last + 2}]",
        ["source-uncited"],
        note=f"[{last + 2}] with {last} sources",
    )
    add(
        "citation-unresolved-user-RUT",
        "user-paragraph-sources-" + rut.key,
        "citation",
        "[2].",
        "[4].",
        "citation-unresolved",
        "[4]",
        ["source-uncited"],
        note="[4] with 2 sources",
    )
    url = spy.article.sources[1].url
    bad = re.sub(r"(\.html)?$", "-update\\1", url, count=1)
    add(
        "citation-not-ingested-SPY",
        T + spy.key,
        "citation",
        f"<{url}>",
        f"<{bad}>",
        "source-not-ingested",
        bad,
        ["url-not-ingested", "citation-unsupported"],
        note="a Sources URL changed to one never ingested",
    )
    second = qqq.news[1]
    url = second.url
    host = urlsplit(url).hostname or ""
    bad = url.replace(host, host.replace(".", "-", 1) + ".example", 1)
    add(
        "citation-not-ingested-user-QQQ",
        "user-morning-wrap-" + qqq.key,
        "citation",
        f"{second.publisher}, {url}",
        f"{second.publisher}, {bad}",
        "source-not-ingested",
        bad,
        ["url-not-ingested", "citation-unsupported"],
        note="a user Sources list URL on another host",
    )
    for b, sentence, number in (
        (iwm, f"RSI(14) reads {fmt(iwm, 'rsi_14')}, {rsi_reading(iwm.snapshot.momentum.rsi_14 or 50)}.", 4),
        (
            qqq,
            f"The heaviest call open interest is at {fmt(qqq, 'call_wall')} and the heaviest put open "
            f"interest at {fmt(qqq, 'put_wall')}.",
            5,
        ),
    ):
        # the wanted source, else the last listed one that shares nothing with the sentence (which
        # stories an article lists moves with the selection)
        unrelated = [n for n in range(len(b.news), 0, -1) if not shared_words(
            sentence, f"{b.news[n - 1].title} {b.news[n - 1].summary} {b.news[n - 1].text}")]
        number = number if number in unrelated or not unrelated else unrelated[0]
        item = b.news[number - 1]
        overlap = shared_words(sentence, f"{item.title} {item.summary} {item.text}")
        if overlap:
            raise PlantError(f"citation-unsupported-{b.snapshot.symbol}: [{number}] shares {overlap}")
        add(
            f"citation-unsupported-{b.snapshot.symbol}",
            T + b.key,
            "citation",
            sentence,
            f"{sentence[:-1]} [{number}].",
            "citation-unsupported",
            f"[{number}]",
            note=f"a citation put on a sentence that shares nothing with source {number} ({item.title})",
        )
    bullet = next(
        line for line in texts["user-morning-wrap-" + iwm17.key].splitlines() if "**Momentum:**" in line
    )
    item = iwm17.news[2]
    text = f"{item.title} {item.summary} {item.text}"
    if shared_words(bullet, text):
        raise PlantError(f"citation-unsupported-user: shares {shared_words(bullet, text)}")
    add(
        "citation-unsupported-user-IWM-1117",
        "user-morning-wrap-" + iwm17.key,
        "citation",
        bullet,
        bullet[:-1] + " [3].",
        "citation-unsupported",
        "[3]",
        note="a momentum bullet cited to a story about chip stocks and the Nasdaq",
    )
    link = "https://charts.example/iwm/range-2026-11-20"
    take = "fading the edges beats chasing the middle."
    add(
        "url-not-ingested-IWM",
        T + iwm.key,
        "citation",
        take,
        f"{take} See the [range chart]({link}).",
        "url-not-ingested",
        link,
        note="a link to a page never ingested",
    )
    link = "https://charts.example/dia-daily"
    add(
        "url-not-ingested-user-DIA",
        "user-desk-note-" + dia.key,
        "citation",
        "MACD is below its signal line.",
        f"MACD is below its signal line. Chart: {link}",
        "url-not-ingested",
        link,
        note="a bare URL never ingested, plain text",
    )

    # -- scores -----------------------------------------------------------
    pulse = iwm.scores.pulse
    add(
        "score-pulse-IWM",
        T + iwm.key,
        "score",
        f"**Pulse:** {pulse}/100",
        f"**Pulse:** {pulse + 10}/100",
        "score-mismatch",
        f"{pulse + 10}/100",
        ["bias-mismatch"],
        note="Pulse +10 in the header",
    )
    threat = qqq.scores.threat_level
    add(
        "score-threat-QQQ",
        T + qqq.key,
        "score",
        f"**Threat level:** {threat}/5",
        f"**Threat level:** {threat % 5 + 1}/5",
        "score-mismatch",
        f"{threat % 5 + 1}/5",
        note="a wrong threat level in the header",
    )
    bias = dia.scores.bias.value.lower()
    wrong_bias = "bearish" if bias != "bearish" else "bullish"
    add(
        "score-bias-DIA",
        T + dia.key,
        "score",
        f"bias {bias}, threat",
        f"bias {wrong_bias}, threat",
        "score-mismatch",
        wrong_bias,
        ["bias-mismatch"],
        note="the bias in the Take contradicts the computed bias",
    )
    risk = frnt.scores.risk.value
    wrong_risk = "Low" if risk != "Low" else "High"
    add(
        "score-risk-FRNT",
        T + frnt.key,
        "score",
        f"**Risk:** {risk}",
        f"**Risk:** {wrong_risk}",
        "score-mismatch",
        wrong_risk,
        note="a wrong risk label in the header",
    )

    # -- missing values ---------------------------------------------------
    add(
        "missing-rsi-IWM",
        T + iwm.key,
        "missing",
        f"RSI(14) reads {fmt(iwm, 'rsi_14')},",
        "RSI(14) reads nan,",
        "text-missing-value",
        "nan",
        note="'RSI(14) reads nan'",
    )
    add(
        "missing-sma-user-GSPC",
        "user-levels-list-" + gspc.key,
        "missing",
        f"The 50-day average is {fmt(gspc, 'sma_50')};",
        "The 50-day average is None;",
        "text-missing-value",
        "None",
        note="'None' printed for the 50-day average",
    )

    # -- data quality (the snapshot is wrong, the text unchanged) ---------
    consequences = ["value-mismatch", "direction-mismatch", "derived-mismatch", "number-untraced"]
    add(
        "data-quality-stuck-IWM",
        T + iwm.key,
        "data-quality",
        "",
        "",
        "data-quality",
        None,
        consequences,
        note="snapshot edited: close == prev_close and a zero change while high > low",
        snapshot="IWM-2026-11-20-stuck",
    )
    add(
        "data-quality-zero-pct-IWM-1117",
        "user-morning-wrap-" + iwm17.key,
        "data-quality",
        "",
        "",
        "data-quality",
        None,
        consequences,
        note="snapshot edited: change_1d_pct 0.0 while close != prev_close",
        snapshot="IWM-2026-11-17-zero-pct",
    )
    out += [p for b in (iwm0213, spy) for p in cross_market_plants(b)]
    return out


def cross_market_plants(b: Built) -> list[Plant]:
    """Markets outside the US session (verify/cross_markets.py), in the world-wrap note: a wrong
    change, a reversed move word, a wrong level, an index in dollars, bitcoin on the US day."""
    base, out = "user-world-wrap-" + b.key, []

    def line(key: str) -> tuple[str, str, str]:
        change = b.sheet.value(f"xmkt_{key}_change_pct")
        return ("rose" if change > 0 else "fell", "fell" if change > 0 else "rose",
                fmt(b, f"xmkt_{key}_change_pct", "abs"))

    verb, _, shown = line("bitcoin")
    wrong = fresh_of(b, lambda delta: f"{b.sheet.value('xmkt_bitcoin_change_pct') + delta:.2f}%", (0.3,))
    out.append(Plant(f"cross-value-bitcoin-{b.key}", base, "cross-market", f"Bitcoin {verb} {shown}",
                     f"Bitcoin {verb} {wrong}", "value-mismatch", wrong, note="bitcoin's change +0.3 pp"))
    verb, other, shown = line("hang_seng")
    out.append(Plant(f"cross-direction-hang-seng-{b.key}", base, "cross-market", f"Seng {verb} {shown}",
                     f"Seng {other} {shown}", "direction-mismatch", shown,
                     note="the Hang Seng's move reversed"))
    level = fmt(b, "xmkt_dax")
    wrong = fresh_of(b, lambda delta: f"{b.sheet.value('xmkt_dax') + delta:,.2f}", (36.0,))
    out.append(Plant(f"cross-level-dax-{b.key}", base, "cross-market", f"to {level} ", f"to {wrong} ",
                     "value-mismatch", wrong, note="the DAX's close +36 points"))
    out.append(Plant(f"cross-scale-dax-{b.key}", base, "cross-market", f"to {level} ", f"to ${level} ",
                     "scale-mismatch", f"${level}", note="the DAX printed in dollars"))
    own, us_day = fmt(b, "xmkt_bitcoin_session", "dated"), fmt(b, "session", "dated")
    verb, _, shown = line("bitcoin")
    tail = f"to ${fmt(b, 'xmkt_bitcoin')} on "
    out.append(Plant(f"cross-date-bitcoin-{b.key}", base, "cross-market", f"{tail}{own}", f"{tail}{us_day}",
                     "value-mismatch", us_day, note="bitcoin given the US session's day, not its UTC day's"))
    return out


def broken_snapshots(built: dict[str, Built]) -> dict[str, dict[str, Any]]:
    """Snapshot files edited to carry a data fault; the articles checked against them are unchanged."""
    stuck = built["IWM-2026-11-20"].snapshot_file()
    snap = stuck["snapshot"]
    snap["prev_close"] = snap["close"]
    snap["returns"]["change_1d"] = 0.0
    snap["returns"]["change_1d_pct"] = 0.0
    assert snap["high"] > snap["low"]
    zero = built["IWM-2026-11-17"].snapshot_file()
    assert zero["snapshot"]["close"] != zero["snapshot"]["prev_close"]
    zero["snapshot"]["returns"]["change_1d_pct"] = 0.0
    return {"IWM-2026-11-20-stuck": stuck, "IWM-2026-11-17-zero-pct": zero}
