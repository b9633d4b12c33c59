"""Hand-written, user-style articles: other voices and layouts than the template writer's.

Every figure is a `{fact}` slot filled by the subject's FactSheet; every word
that depends on the data (rose/slipped, above/below, golden/death cross, RSI
zone, weekday) is chosen here from the snapshot, so each text is correct by
construction. The generator asserts the few invariants a reader relies on
(a printed divergence equals the difference of the printed moves).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.contracts import CrossKind, LevelKind, NewsItem, RelatedRole, Snapshot
from pipeline.facts import FactSheet, fact_tag

from .universe import Built

# ---------------------------------------------------------------- word choices


def moved(pct: float, *, big: str = "fell", small: str = "slipped", up: str = "rose") -> str:
    if abs(pct) < 0.05:
        raise ValueError("a flat day needs its own wording")
    if pct > 0:
        return up
    return small if abs(pct) < 0.5 else big


def updown(pct: float) -> str:
    return "up" if pct > 0 else "down"


def side(value: float, reference: float) -> str:
    return "above" if value > reference else "below"


def rsi_zone(rsi: float) -> str:
    """'overbought' / 'oversold' only past 70 / 30; otherwise the decade ('in the high 40s').

    Empty when the printed value and the exact one sit in different decades (49.97 prints as
    50.0): no wording is then beyond dispute, so the texts leave the zone out.
    """
    if int(round(rsi, 1) // 10) != int(rsi // 10):
        return ""
    rsi = round(rsi, 1)  # the words describe the printed value
    if rsi > 70:
        return "overbought"
    if rsi < 30:
        return "oversold"
    decade, unit = int(rsi // 10) * 10, round(rsi % 10, 1)
    if 3 <= unit < 4 or 6 <= unit < 7:
        return f"in the {decade}s"  # between low/mid/high: no finer word a reader would agree on
    part = "low" if unit < 3 else "mid" if unit < 6 else "high"
    return f"in the {part} {decade}s"


def rsi_clause(s: Snapshot, lead: str = ", ") -> str:
    """', in the high 40s' (or '' when the zone is borderline)."""
    zone = rsi_zone(s.momentum.rsi_14 or 50)
    return f"{lead}{zone}" if zone else ""


def cross_words(s: Snapshot) -> str:
    cross = s.trend.cross
    assert cross is not None
    if cross.state == CrossKind.GOLDEN:
        return "the 50-day average is above the 200-day, a golden cross"
    return "the 50-day average is below the 200-day, a death cross"


def printed_gap_ok(sheet: FactSheet, a: str, b: str, gap: str) -> bool:
    """The printed gap equals the difference of the printed moves (no rounding surprise)."""

    def num(name: str) -> float:
        return float(re.sub(r"[^0-9.\-]", "", sheet.fmt(name)))

    return abs(abs(num(a) - num(b)) - abs(num(gap))) < 0.005


def widest_peer(s: Snapshot) -> str | None:
    moves = [m for m in s.related if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)]
    return max(moves, key=lambda m: abs(m.divergence_pp)).symbol if moves else None


def level_slots(
    s: Snapshot, *, above: bool, kinds: tuple[LevelKind, ...] = (LevelKind.RESISTANCE, LevelKind.SUPPORT)
) -> list[int]:
    """Level numbers (1-based, as in the fact sheet) on one side of the close, nearest first."""
    found = [
        (abs(lv.price - s.close), n)
        for n, lv in enumerate(s.levels, start=1)
        if lv.kind in kinds and lv.zone_low is None and (lv.price > s.close) == above and lv.price != s.close
    ]
    return [n for _, n in sorted(found)]


# ---------------------------------------------------------------- citations


def quote_sentence(item: NewsItem, names: list[str]) -> str | None:
    """The first sentence of the story that names the subject and holds a figure."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", re.sub(r"\s+", " ", item.text).strip())
    for sentence in sentences:
        if any(n in sentence for n in names) and re.search(r"\d", sentence) and len(sentence) < 200:
            return sentence.rstrip(".")
    return None


def cite_lines(b: Built, names: list[str], limit: int = 3) -> list[str]:
    """Citing sentences in two styles: a quoted headline, or a quoted sentence of the story."""
    lines = []
    for number, item in enumerate(b.news[:limit], start=1):
        quoted = quote_sentence(item, names) if number % 2 == 0 else None
        if quoted:
            lines.append(f"{item.publisher} reported that \u201c{quoted}\u201d [{number}].")
        else:
            lines.append(f"{item.publisher} headlined \u201c{item.title}\u201d [{number}].")
    return lines


def source_list(b: Built, limit: int = 3, *, markdown: bool) -> list[str]:
    out = []
    for number, item in enumerate(b.news[:limit], start=1):
        line = f"[{number}] {item.title} \u2014 {item.publisher}, {item.url}"
        out.append(f"- {line}" if markdown else line)
    return out


# ---------------------------------------------------------------- the texts


@dataclass(frozen=True)
class UserText:
    case_id: str
    key: str  # the Built it is about
    style: str
    ext: str
    text: str


Writer = Callable[[Built], str]


def _peer_sentence(b: Built, sym: str) -> str:
    s, sheet = b.snapshot, b.sheet
    peer = widest_peer(s)
    if peer is None:
        return ""
    tag = fact_tag(peer)
    move = next(m for m in s.related if m.symbol == peer)
    text = (
        f"{peer} {moved(move.change_1d_pct, big='dropped', small='dipped', up='gained')} "
        f"{{{tag}_change_1d_pct:abs}}"
    )
    if (
        printed_gap_ok(sheet, "change_1d_pct", f"{tag}_change_1d_pct", f"divergence_vs_{tag}_pp")
        and abs(move.divergence_pp) >= 0.1
    ):
        lead = "ahead of" if move.divergence_pp > 0 else "behind"
        text += f", leaving {sym} {{divergence_vs_{tag}_pp:abs}} {lead} it on the day"
    return text + "."


def desk_note(b: Built) -> str:
    """Plain text, terse, first the move then trend, momentum and the two levels that matter."""
    s, sym = b.snapshot, b.snapshot.symbol
    lines = [f"{sym} desk note, {{session:long}}", ""]
    lines.append(
        f"{sym} {moved(s.returns.change_1d_pct)} {{change_1d_pct:abs}} to close at {{price}}. "
        + _peer_sentence(b, sym)
    )
    trend = (
        f"It is {{pct_vs_sma_50:abs}} {side(s.close, s.trend.sma_50 or 0)} its 50-day average ({{sma_50}})"
    )
    if s.trend.sma_200 is not None:
        trend += f" and {{pct_vs_sma_200:abs}} {side(s.close, s.trend.sma_200)} the 200-day ({{sma_200}})"
    lines.append(trend + f"; {cross_words(s)}.")
    macd = "above" if (s.momentum.macd or 0) > (s.momentum.macd_signal or 0) else "below"
    lines.append(f"RSI(14) sits at {{rsi_14}}{rsi_clause(s)}; MACD is {macd} its signal line.")
    up, down = level_slots(s, above=True), level_slots(s, above=False)
    watch = []
    if up:
        watch.append(f"resistance at {{level_{up[0]}}} ({{level_{up[0]}_distance_pct:abs}} above)")
    if down:
        watch.append(f"support at {{level_{down[0]}}} ({{level_{down[0]}_distance_pct:abs}} below)")
    if watch:
        lines.append("Watching " + " and ".join(watch) + ".")
    return b.sheet.fill("\n".join(lines)) + "\n"


def morning_wrap(b: Built) -> str:
    """Markdown with a heading, bullets, a few quoted sources and a Sources list."""
    s, sheet, sym = b.snapshot, b.sheet, b.snapshot.symbol
    rel = s.relative
    out = [
        f"# Morning wrap: {b.short_name} after {{session:weekday}}",
        "",
        f"**{sym}** ended {{session:weekday}} at {{price}}, {updown(s.returns.change_1d_pct)} "
        "{change_1d_pct:abs} on the day.",
        "",
    ]
    if rel is not None and rel.streak_sessions >= 2 and rel.streak_direction != "even":
        verb = "behind" if rel.streak_direction == "underperform" else "ahead of"
        out.append(
            f"- **Relative:** {{streak_sessions}} sessions in a row {verb} {rel.benchmark}, "
            "by an average of {streak_avg_margin_bp:abs} a day."
        )
    if rel is not None and rel.spread_1m_pp is not None:
        where = "ahead of" if rel.spread_1m_pp > 0 else "behind"
        month = s.returns.change_1m_pct or 0
        out.append(
            f"- **Past month:** {sym} is {updown(month)} {{change_1m_pct:abs}} over the month, "
            f"{{spread_vs_{fact_tag(rel.benchmark)}_1m_pp:abs}} {where} {rel.benchmark}."
        )
    macd = "above" if (s.momentum.macd or 0) > (s.momentum.macd_signal or 0) else "below"
    out.append(
        f"- **Momentum:** RSI(14) {{rsi_14}}{rsi_clause(s)}; MACD {{macd}}, "
        f"{macd} its signal at {{macd_signal}}."
    )
    vix = next((m for m in s.related if m.symbol == "^VIX"), None)
    if vix is not None:
        out.append(
            f"- **Volatility:** the VIX {moved(vix.change_1d_pct, small='eased', big='fell')} "
            "{VIX_change_1d_pct:abs} to {VIX_close}."
        )
    if s.events:
        out.append(f"- **Calendar:** the {s.events[0].name} on {{event_1_date:long}}.")
    out.append("")
    if b.news:
        out += [
            "## What the wires said",
            "",
            " ".join(cite_lines(b, [sym, b.short_name])),
            "",
            "**Sources**",
            "",
            *source_list(b, markdown=True),
        ]
    return sheet.fill("\n".join(out)) + "\n"


def levels_list(b: Built) -> str:
    """A bullet list of levels above and below, then the averages and the 52-week high."""
    s, sym = b.snapshot, b.snapshot.symbol
    out = [
        f"{sym} levels for the next session",
        "",
        "Last: {price} ({change_1d_pct:signed}) at the {session:weekday} close.",
        "",
        "Overhead:",
    ]
    for n in level_slots(s, above=True)[:3]:
        out.append(
            f"- {{level_{n}}}: {s.levels[n - 1].label}, {{level_{n}_distance_pct:abs}} above the close"
        )
    out += ["", "Underneath:"]
    for n in level_slots(s, above=False)[:3]:
        out.append(
            f"- {{level_{n}}}: {s.levels[n - 1].label}, {{level_{n}_distance_pct:abs}} below the close"
        )
    out.append("")
    out.append(
        f"The 50-day average is {{sma_50}}; price is {side(s.close, s.trend.sma_50 or 0)} it by "
        "{pct_vs_sma_50:abs}."
    )
    if s.extremes.new_52w_high:
        out.append(f"{sym} closed at a new 52-week high.")
    else:
        out.append(
            "The 52-week high of {high_52w} was set on {high_52w_date}; "
            "the close is {pct_from_52w_high:abs} below it."
        )
    return b.sheet.fill("\n".join(out)) + "\n"


def paragraph_with_sources(b: Built) -> str:
    """One paragraph of prose in a columnist's voice, then a plain Sources list."""
    s, sym = b.snapshot, b.snapshot.symbol
    rel = s.relative
    name = b.short_name
    first = (
        f"{name} {moved(s.returns.change_1d_pct, big='fell', small='slipped', up='climbed')} "
        f"on {{session:weekday}}, with {sym} closing at {{price}}, "
        f"{updown(s.returns.change_1d_pct)} {{change_1d_pct:abs}}."
    )
    parts = [first]
    if rel is not None and rel.streak_sessions >= 2 and rel.streak_direction != "even":
        verb = "trailed" if rel.streak_direction == "underperform" else "beaten"
        helper = "has " if verb == "beaten" else ""
        parts.append(f"It {helper}{verb} {rel.benchmark} for {{streak_sessions}} straight sessions.")
    avg = s.trend.sma_50 or 0
    rsi = f", and RSI(14) at {{rsi_14}} is {rsi_zone(s.momentum.rsi_14 or 50)}" if rsi_clause(s) else ""
    parts.append(
        f"The close sits {{pct_vs_sma_50:abs}} {side(s.close, avg)} the 50-day average of {{sma_50}}{rsi}."
    )
    if s.events:
        parts.append(f"The {s.events[0].name} is due on {{event_1_date:long}}.")
    parts += cite_lines(b, [sym, name.removeprefix("The ")], limit=2)
    text = " ".join(parts)
    if b.news:
        text += "\n\nSources\n" + "\n".join(source_list(b, limit=2, markdown=False))
    return b.sheet.fill(text) + "\n"


def down_day_note(b: Built) -> str:
    """A short note for a weak tape: the drop, the distance from the averages, RSI and the cross."""
    s, sym = b.snapshot, b.snapshot.symbol
    rel = s.relative
    parts = [
        f"{sym} {moved(s.returns.change_1d_pct)} {{change_1d_pct:abs}} on {{session:long}} "
        "and ended at {price}."
    ]
    if rel is not None and rel.streak_sessions >= 2 and rel.streak_direction != "even":
        parts.append(
            f"That makes {{streak_sessions}} sessions in a row "
            f"{'behind' if rel.streak_direction == 'underperform' else 'ahead of'} {rel.benchmark}."
        )
    if rel is not None and rel.spread_1m_pp is not None:
        where = "ahead of" if rel.spread_1m_pp > 0 else "behind"
        parts.append(
            f"Over a month it is {{spread_vs_{fact_tag(rel.benchmark)}_1m_pp:abs}} {where} {rel.benchmark}."
        )
    parts.append(
        f"Price is {{pct_vs_sma_50:abs}} {side(s.close, s.trend.sma_50 or 0)} its 50-day average "
        f"and {{pct_vs_sma_200:abs}} {side(s.close, s.trend.sma_200 or 0)} its 200-day average; "
        f"{cross_words(s)}."
    )
    parts.append(f"RSI(14) is {{rsi_14}}{rsi_clause(s)}.")
    parts.append("It is {pct_from_52w_high:abs} below the 52-week high of {high_52w}.")
    return b.sheet.fill(" ".join(parts)) + "\n"


WORLD_NAMES = {"dax": "The DAX", "nikkei": "Japan's Nikkei 225", "hang_seng": "The Hang Seng",
               "gold": "Gold futures", "wti": "WTI crude", "bitcoin": "Bitcoin", "eur_usd": "EUR/USD",
               "usd_jpy": "USD/JPY"}
DOLLARS = ("gold", "wti", "bitcoin")


def world_wrap(b: Built) -> str:
    """A desk's note on the markets outside the US session: one line each, with its own day."""
    out = [f"{b.short_name}: what the rest of the world did", ""]
    for m in b.snapshot.cross_markets:
        if m.change_pct is None or abs(m.change_pct) < 0.05:
            continue  # a flat market needs its own wording
        level = ("$" if m.key in DOLLARS else "") + f"{{xmkt_{m.key}}}"
        out.append(f"{WORLD_NAMES[m.key]} {'rose' if m.change_pct > 0 else 'fell'} "
                   f"{{xmkt_{m.key}_change_pct:abs}} to {level} on {{xmkt_{m.key}_session:dated}}.")
    return b.sheet.fill("\n".join(out)) + "\n"


STYLES: dict[str, tuple[Writer, str]] = {
    "desk-note": (desk_note, "txt"),
    "morning-wrap": (morning_wrap, "md"),
    "levels-list": (levels_list, "md"),
    "paragraph-sources": (paragraph_with_sources, "txt"),
    "down-day": (down_day_note, "txt"),
    "world-wrap": (world_wrap, "txt"),
}

# (style, subject key)
ASSIGNMENTS: list[tuple[str, str]] = [
    ("desk-note", "IWM-2026-11-20"),
    ("desk-note", "DIA-2026-11-20"),
    ("desk-note", "SPY-2026-06-03"),
    ("desk-note", "FRNT-2026-11-20"),
    ("morning-wrap", "SPY-2026-11-20"),
    ("morning-wrap", "QQQ-2026-11-20"),
    ("morning-wrap", "IWM-2026-11-17"),
    ("levels-list", "QQQ-2025-11-17"),
    ("levels-list", "idx_GSPC-2026-11-20"),
    ("levels-list", "idx_FSMI-2026-11-20"),
    ("paragraph-sources", "idx_RUT-2026-11-17"),
    ("paragraph-sources", "SPY-2026-11-17"),
    ("paragraph-sources", "QQQ-2026-11-17"),
    ("down-day", "IWM-2026-02-13"),
    ("world-wrap", "IWM-2026-02-13"),
    ("world-wrap", "SPY-2026-11-20"),
    ("down-day", "IWM-2026-03-30"),
    ("down-day", "DIA-2026-06-03"),
]


def user_texts(built: dict[str, Built]) -> list[UserText]:
    out = []
    for style, key in ASSIGNMENTS:
        writer, ext = STYLES[style]
        out.append(UserText(f"user-{style}-{key}", key, style, ext, writer(built[key])))
    return out
