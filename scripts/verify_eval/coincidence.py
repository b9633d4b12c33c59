"""Figures named loosely, and figures that share a value with a fact of another kind.

Each text reads like a desk's evening note on several instruments: the
article's own close, year-to-date move, 50-day average, RSI and run of closes;
a paragraph on a loaded peer whose figures follow its name without a possessive
("The S&P 500 has gained 3.28% this year", "The S&P 500 has its 50-day average
at $671.37"); a paragraph on an instrument whose data is not loaded (only with
FRNT, whose peers are IWM and SPY: the Dow and the Nasdaq 100 get figures from
their own snapshots of the same session, which the verifier cannot see, so they
are reported unverifiable, never matched by value). Every figure is a slot
filled from its owner's fact sheet, so each text is correct by construction.

`coincidence_plants` plants the coincidences issue 14 names: a figure of an
instrument without data printed as a value the article's own sheet holds (the
Dow's 50-day average at the article's own 50-day average); a peer's
year-to-date move printed as the VIX's 1-day move; a peer's 50-day average
printed as another of its facts; the article's own run of closes printed as its
relative streak; a count of sessions printed as the close. Each is caught as the
fact its words name (or reported unverifiable), never traced by value.
"""

from __future__ import annotations

from typing import Any

from pipeline.contracts import Snapshot
from pipeline.facts import build_fact_sheet

from .plants import Plant, all_printed, digits
from .universe import Built
from .user_texts import UserText, cite_lines, updown

KEYS = ("FRNT-2026-11-20", "IWM-2026-11-20", "SPY-2026-06-03", "DIA-2026-11-20")
ALONE = "IWM-2026-11-20-alone"
"""IWM's snapshot with no peer snapshots: the peer paragraph's instrument has no data there."""
PEER = {"FRNT-2026-11-20": "SPY", "IWM-2026-11-20": "QQQ", "SPY-2026-06-03": "QQQ", "DIA-2026-11-20": "SPY"}
NAMES = {"SPY": "The S&P 500", "QQQ": "The Nasdaq 100", "DIA": "The Dow", "IWM": "The Russell 2000"}


def _peer(b: Built, key: str) -> Snapshot:
    return next(p for p in b.peers if p.symbol == PEER[key])


def _window_count(s: Snapshot, sessions: int = 40) -> tuple[int, str]:
    """How many of the last `sessions` sessions closed in the direction of the day's move."""
    closes = s.recent_closes[-sessions - 1:]
    up = s.returns.change_1d_pct > 0
    count = sum((b > a) == up for a, b in zip(closes, closes[1:], strict=False) if b != a)
    return count, "higher" if up else "lower"


def own(b: Built) -> str:
    s, sym = b.snapshot, b.snapshot.symbol
    streak = s.tape.streak_sessions if s.tape else 1
    direction = "higher" if (s.tape.streak_change_pct if s.tape else s.returns.change_1d_pct) > 0 else "lower"
    count, side = _window_count(s)
    plural = "session" if streak == 1 else "sessions"
    return b.sheet.fill(
        f"{sym} closed at {{price}}, {updown(s.returns.change_1d_pct)} {{change_1d_pct:abs}} on the day, and "
        f"year-to-date it stands {updown(s.returns.change_ytd_pct or 0)} {{change_ytd_pct:abs}}. "
        f"Its 50-day average sits at {{sma_50}}, the close sits {{pct_vs_sma_50:abs}} "
        f"{'above' if (s.trend.pct_vs_sma_50 or 0) > 0 else 'below'} the 50-day line, and RSI(14) reads "
        f"{{rsi_14}}. {sym} has now closed "
        f"{direction} {streak} {plural} in a row, and it finished {side} in {count} of its last 40 sessions, "
        "a tally the desk keeps on a whiteboard rather than in any model."
    )


def peer_text(b: Built, key: str) -> str:
    p = _peer(b, key)
    sheet = build_fact_sheet(p)
    name = NAMES[p.symbol]
    ytd = p.returns.change_ytd_pct or 0
    verb = "has gained" if ytd > 0 else "has lost"
    lower = name.replace("The ", "the ")
    return (
        f"{name} {verb} {sheet.fmt('change_ytd_pct', 'abs')} this year. {name} has its 50-day average at "
        f"{sheet.fmt('sma_50')}, and {lower} sits with RSI(14) at {sheet.fmt('rsi_14')} after the session."
    )


def unloaded_text(built: dict[str, Built], key: str) -> str:
    """Figures of the Dow and the Nasdaq 100 on FRNT's day: their data is not among FRNT's peers."""
    if key != "FRNT-2026-11-20":
        return ""
    dia = build_fact_sheet(built["DIA-2026-11-20"].snapshot)
    qqq = build_fact_sheet(built["QQQ-2026-11-20"].snapshot)
    return (
        f"Elsewhere, the Dow's 50-day average sits at {dia.fmt('sma_50')}, and the Dow's RSI(14) sits at "
        f"{dia.fmt('rsi_14')}. The Nasdaq 100 has its 50-day average at {qqq.fmt('sma_50')}, a level "
        "chart-watchers have leaned on since the summer."
    )


def coincidence_text(built: dict[str, Built], key: str) -> str:
    b = built[key]
    sym = b.snapshot.symbol
    paragraphs = [own(b), peer_text(b, key), unloaded_text(built, key),
                  " ".join(cite_lines(b, [sym, b.short_name], limit=2))]
    sources = [f"- [{n}] {item.title} \u2014 {item.publisher}, {item.url}"
               for n, item in enumerate(b.news[:2], 1)]
    return "\n\n".join([f"# {sym}: whose figure is it?", *(p for p in paragraphs if p), "## Sources",
                        "\n".join(sources)]) + "\n"


def coincidence_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-coincidence-{key}", key, "prose", "md", coincidence_text(built, key))
            for key in KEYS]


def alone_snapshots(built: dict[str, Built]) -> dict[str, dict[str, Any]]:
    """IWM's context with no peer snapshots (its related moves keep only their close and 1-day move)."""
    alone = built["IWM-2026-11-20"].snapshot_file()
    alone["peers"] = []
    return {ALONE: alone}


# ---------------------------------------------------------------- plants


def coincidence_plants(built: dict[str, Built]) -> list[Plant]:
    out: list[Plant] = []
    for key in KEYS:
        b = built[key]
        base = f"user-coincidence-{key}"
        out += _kind_plants(b, key, base)
        out += _count_plants(b, key, base)
        out += _distance_plants(b, key, base)
    out += _unloaded_plants(built)
    return out


def _kind_plants(b: Built, key: str, base: str) -> list[Plant]:
    """A loaded peer's figure printed as a value of another kind."""
    p = _peer(b, key)
    sheet = build_fact_sheet(p)
    name = NAMES[p.symbol]
    vix = next(m for m in b.snapshot.related if m.symbol == "^VIX")
    vix_move = f"{abs(vix.change_1d_pct):.2f}%"
    ytd = sheet.fmt("change_ytd_pct", "abs")
    plants = []
    if digits(vix_move) != digits(ytd):
        plants.append(Plant(f"coincidence-ytd-vix-{key}", base, "subject", f"{ytd} this year",
                            f"{vix_move} this year", "value-mismatch", vix_move,
                            allowed=["direction-mismatch"],
                            note=f"{p.symbol}'s year-to-date move printed as the VIX's 1-day move"))
    other = sheet.fmt("sma_200")
    plants.append(Plant(f"coincidence-average-{key}", base, "subject",
                        f"{name} has its 50-day average at {sheet.fmt('sma_50')}",
                        f"{name} has its 50-day average at {other}", "value-mismatch", other,
                        note=f"{p.symbol}'s 50-day average printed as its 200-day average"))
    return plants


def _distance_plants(b: Built, key: str, base: str) -> list[Plant]:
    """The distance from the 50-day average printed as the year-to-date move (a % of another kind)."""
    s = b.snapshot
    side = "above" if (s.trend.pct_vs_sma_50 or 0) > 0 else "below"
    distance, ytd = b.sheet.fmt("pct_vs_sma_50", "abs"), b.sheet.fmt("change_ytd_pct", "abs")
    if digits(distance) == digits(ytd):
        return []
    line = f"{side} the 50-day line"
    return [Plant(f"coincidence-distance-ytd-{key}", base, "subject", f"sits {distance} {line}",
                  f"sits {ytd} {line}", "value-mismatch", ytd, allowed=["direction-mismatch"],
                  note="the distance from the 50-day average printed as the year-to-date move")]


def _count_plants(b: Built, key: str, base: str) -> list[Plant]:
    """The article's own run of closes printed as another count (its relative streak) or as the close."""
    s = b.snapshot
    streak = s.tape.streak_sessions if s.tape else 1
    plants = []
    relative = s.relative.streak_sessions if s.relative else None
    if relative is not None and relative != streak and relative > 1:
        old = f"{streak} {'session' if streak == 1 else 'sessions'} in a row"
        plants.append(Plant(f"coincidence-streak-count-{key}", base, "subject", old,
                            f"{relative} sessions in a row", "value-mismatch", str(relative),
                            note=f"the run of closes ({streak}) printed as the relative streak ({relative})"))
    count, _ = _window_count(s)
    as_price = f"{int(s.close)}"
    if s.close < 40 and int(s.close) != count:
        plants.append(Plant(f"coincidence-count-price-{key}", base, "subject", f"in {count} of its last 40",
                            f"in {as_price} of its last 40", "figure-unverifiable", as_price,
                            note=f"a count of sessions printed as the close ({as_price}), not traced"))
    return plants


def _unloaded_plants(built: dict[str, Built]) -> list[Plant]:
    """Figures of an instrument without data, printed as values the article's own sheet holds."""
    out: list[Plant] = []
    frnt = built["FRNT-2026-11-20"]
    base = "user-coincidence-FRNT-2026-11-20"
    dia = build_fact_sheet(built["DIA-2026-11-20"].snapshot)
    qqq = build_fact_sheet(built["QQQ-2026-11-20"].snapshot)
    for case_id, old, new, span, note in (
        ("dow-average", f"50-day average sits at {dia.fmt('sma_50')}",
         f"50-day average sits at {frnt.sheet.fmt('sma_50')}", frnt.sheet.fmt("sma_50"),
         "the Dow's 50-day average printed as FRNT's"),
        ("dow-rsi", f"RSI(14) sits at {dia.fmt('rsi_14')}", f"RSI(14) sits at {frnt.sheet.fmt('rsi_14')}",
         frnt.sheet.fmt("rsi_14"), "the Dow's RSI printed as FRNT's"),
        ("nasdaq-average", f"its 50-day average at {qqq.fmt('sma_50')}",
         f"its 50-day average at {frnt.sheet.fmt('high_52w')}", frnt.sheet.fmt("high_52w"),
         "the Nasdaq 100's 50-day average printed as FRNT's 52-week high"),
    ):
        out.append(Plant(f"coincidence-unloaded-{case_id}-FRNT-2026-11-20", base, "subject", old, new,
                         "figure-unverifiable", span, note=f"{note}, with no data loaded for it"))
    iwm = built["IWM-2026-11-20"]
    qqq_iwm = build_fact_sheet(_peer(iwm, "IWM-2026-11-20"))
    base = "user-coincidence-IWM-2026-11-20"
    printed = all_printed(iwm)
    assert digits(iwm.sheet.fmt("rsi_14")) in printed
    for case_id, old, new, span, note in (
        ("ytd", f"{qqq_iwm.fmt('change_ytd_pct', 'abs')} this year",
         f"{iwm.sheet.fmt('change_ytd_pct', 'abs')} this year", iwm.sheet.fmt("change_ytd_pct", "abs"),
         "the Nasdaq 100's year-to-date move printed as IWM's"),
        ("rsi", f"RSI(14) at {qqq_iwm.fmt('rsi_14')}", f"RSI(14) at {iwm.sheet.fmt('rsi_14')}",
         iwm.sheet.fmt("rsi_14"), "the Nasdaq 100's RSI printed as IWM's"),
    ):
        out.append(Plant(f"coincidence-unloaded-{case_id}-IWM-2026-11-20", base, "subject", old, new,
                         "figure-unverifiable", span, snapshot=ALONE,
                         note=f"{note}, checked with no peer snapshot loaded"))
    return out
