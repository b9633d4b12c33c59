"""Real-style prose: long paragraphs about several instruments, with the furniture real texts carry.

Each text reads like a desk's afternoon wrap: the lead, a breadth paragraph full
of numbers that are not market data (a year, a count, a duration, a clock time,
a date inside a note's title, "50-MA"), a paragraph about a peer that names it
once and then says "It" (the running subject), the index level beside its ETF,
weekly / monthly / year-to-date moves, the averages' slopes, a negated cross and
a quoted pattern name, and a "Sources (n)" list. Every figure is a slot filled
from the subject's (or the peer's) own fact sheet; every word that depends on the
data is chosen here, so each text is correct by construction.

`prose_plants` plants one error of the classes issue 14 names: a figure charged
to the wrong instrument, a weekly move given the 1-day value, a year-to-date
figure off, the weekday after a decimal price, a cross said to be absent when it
is there, a misnamed quoted cross, a trend word against the slope, "range-bound"
during a trending month.
"""

from __future__ import annotations

from pipeline.contracts import CrossKind, InstrumentKind, RelatedRole, Snapshot
from pipeline.facts import FactSheet, build_fact_sheet

from .plants import Plant, fresh, fresh_of, price
from .universe import Built
from .user_texts import UserText, cite_lines, level_slots, moved, rsi_clause, updown

FLAT_BELOW = 0.5  # |slope| in % over 20 sessions the prose calls "flat"
TREND_ABOVE = 1.0  # ...and above which it says "rising" / "falling"
RANGE_BELOW = 3.0  # |1-month move| in % under which the prose says "range-bound"
TREND_MONTH = 6.0  # ...and above which it says the month trended

KEYS = (
    "IWM-2026-11-20",
    "IWM-2026-03-30",
    "SPY-2026-06-03",
    "QQQ-2025-11-17",
    "DIA-2026-11-20",
    "FRNT-2026-11-20",
    "idx_GSPC-2026-11-20",
    "idx_RUT-2026-11-17",
)


# ---------------------------------------------------------------- word choices


def slope_word(slope: float | None) -> str:
    if slope is None:
        return "still taking shape"
    if abs(slope) < FLAT_BELOW:
        return "flat"
    if abs(slope) > TREND_ABOVE:
        return "rising" if slope > 0 else "falling"
    return "drifting higher" if slope > 0 else "drifting lower"


def cross_pair(s: Snapshot) -> tuple[str, str]:
    """(the cross that is absent, the one that is there)."""
    assert s.trend.cross is not None
    if s.trend.cross.state == CrossKind.GOLDEN:
        return "death cross", "golden cross"
    return "golden cross", "death cross"


def month_words(s: Snapshot, sym: str) -> str:
    month = s.returns.change_1m_pct or 0.0
    if abs(month) < RANGE_BELOW:
        return f"{sym} has been range-bound for weeks."
    return f"{sym} has trended hard over the month."


def peer_of(b: Built) -> Snapshot:
    """The loaded peer that moved furthest from the subject on the day."""
    own = b.snapshot.returns.change_1d_pct
    return max(b.peers, key=lambda p: abs(p.returns.change_1d_pct - own))


def index_move(b: Built) -> tuple[str, str] | None:
    """(the index's name, its close to 0 decimals) when the subject is an ETF with its index related."""
    if b.snapshot.kind != InstrumentKind.ETF:
        return None
    move = next((m for m in b.snapshot.related if m.role == RelatedRole.INDEX), None)
    return None if move is None else (move.name, f"{move.close:,.0f}")


# ---------------------------------------------------------------- the text


def lead(b: Built, sym: str) -> str:
    s = b.snapshot
    verb = moved(s.returns.change_1d_pct, big="fell", small="slipped", up="gained")
    return (
        f"{sym} {verb} {{change_1d_pct:abs}} on the day and closed at {{price}} on {{session:weekday}}, "
        "with the 30 minutes after the opening bell doing most of the work. "
        f"RSI(14) reads {{rsi_14}}{rsi_clause(s)}, and the close sits {{pct_vs_sma_50:abs}} "
        f"{'above' if (s.trend.pct_vs_sma_50 or 0) > 0 else 'below'} the 50-day average."
    )


def breadth(b: Built) -> str:
    day = b.snapshot.session
    return (
        "Breadth was the quieter story. Of the roughly 2,000 companies desks track, more rose than fell, "
        f"and a note titled \u201cWhat to watch {day.month}/{day.day}/{day.year}\u201d argued that the "
        "group had not looked this cheap since 2008. The jobless-claims data landed at 8:30 a.m., and "
        "the 50-MA never came into play."
    )


def peer_paragraph(b: Built) -> tuple[str, Snapshot, FactSheet]:
    peer = peer_of(b)
    sheet = build_fact_sheet(peer)
    verb = moved(peer.returns.change_1d_pct, big="dropped", small="dipped", up="rose")
    text = (
        f"{peer.symbol} had a different day. It {verb} {sheet.fmt('change_1d_pct', 'abs')} to "
        f"{sheet.fmt('price')}, and its RSI(14) sits at {sheet.fmt('rsi_14')}{rsi_clause(peer)}."
    )
    return text, peer, sheet


def frames(b: Built, sym: str) -> str:
    s = b.snapshot.returns
    return (
        f"Over the past week {sym} is {updown(s.change_5d_pct or 0)} {{change_5d_pct:abs}}; over the past "
        f"month it is {updown(s.change_1m_pct or 0)} {{change_1m_pct:abs}}, and year-to-date it stands "
        f"{updown(s.change_ytd_pct or 0)} {{change_ytd_pct:abs}}."
    )


def chart(b: Built, sym: str) -> str:
    s = b.snapshot
    absent, present = cross_pair(s)
    return (
        f"On the chart, the 50-day average is {slope_word(s.trend.sma_50_slope_pct)} and the 200-day is "
        f"{slope_word(s.trend.sma_200_slope_pct)}. There is no {absent} on {sym}, and chart-watchers "
        f"still call the picture a textbook \u201c{present}\u201d. {month_words(s, sym)}"
    )


def history(b: Built, sym: str) -> str:
    """Past closes and highs with their dates, a move since the low, and other desks' levels."""
    s = b.snapshot
    text = (f"{sym} closed at {{prev_close}} in the previous session. Its 52-week high of {{high_52w}} was "
            "set on {high_52w_date}")
    if (s.extremes.pct_from_52w_low or 0) > 1 and s.extremes.low_52w_date.month != s.session.month:
        text += f", and since the {s.extremes.low_52w_date:%B} low it has gained {{pct_from_52w_low:abs}}"
    text += "."
    up, down = level_slots(s, above=True), level_slots(s, above=False)
    if up and down:
        text += (f" Strategists at one bank see support near {{level_{down[0]}}} and resistance near "
                 f"{{level_{up[0]}}}; one desk argued for a move to {price(b, round(s.close * 1.13))} by "
                 "year-end.")
    return text


def prose_text(b: Built) -> str:
    sym = b.snapshot.symbol
    paragraphs = [b.sheet.fill(lead(b, sym)), breadth(b), peer_paragraph(b)[0]]
    index = index_move(b)
    if index is not None:
        paragraphs.append(f"The {index[0]} ended near {index[1]}, a level the ETF tracks at its own scale.")
    paragraphs += [b.sheet.fill(frames(b, sym)), b.sheet.fill(history(b, sym)), b.sheet.fill(chart(b, sym))]
    paragraphs.append(" ".join(cite_lines(b, [sym, b.short_name], limit=2)))
    sources = [f"- [{n}] {item.title} \u2014 {item.publisher}, {item.url}"
               for n, item in enumerate(b.news[:2], 1)]
    heading = f"## Sources ({len(sources)})"  # page furniture: the count is not a figure
    return "\n\n".join([f"# {sym}: the afternoon wrap", *paragraphs, heading, "\n".join(sources)]) + "\n"


def prose_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-prose-{key}", key, "prose", "md", prose_text(built[key])) for key in KEYS]


# ---------------------------------------------------------------- plants


def prose_plants(built: dict[str, Built], texts: dict[str, str]) -> list[Plant]:
    out: list[Plant] = []
    for key in KEYS:
        b = built[key]
        base = f"user-prose-{key}"
        out += _subject_plants(b, base, key)
        out += _frame_plants(b, base, key)
        out += _word_plants(b, base, key)
    return out


def _subject_plants(b: Built, base: str, key: str) -> list[Plant]:
    _, peer, sheet = peer_paragraph(b)
    own_close = b.sheet.fmt("price")
    code = "scale-mismatch" if b.snapshot.kind == InstrumentKind.INDEX else "value-mismatch"
    plants = [
        Plant(f"subject-peer-close-{key}", base, "subject", f"to {sheet.fmt('price')}, and its RSI",
              f"to {own_close}, and its RSI", code, own_close,
              note=f"the article's own close charged to {peer.symbol} in the paragraph about it"),
    ]
    wrong_rsi = fresh_of(b, lambda d: f"{(peer.momentum.rsi_14 or 50) + d:.1f}", (6.0, -6.0))
    plants.append(Plant(f"subject-peer-rsi-{key}", base, "subject", f"sits at {sheet.fmt('rsi_14')}",
                        f"sits at {wrong_rsi}", "value-mismatch", wrong_rsi,
                        note=f"{peer.symbol}'s RSI ('its', the running subject) off by 6"))
    index = index_move(b)
    if index is not None:
        level = float(index[1].replace(",", ""))
        wrong = fresh(b, f"{level * 1.2:,.0f}")
        plants.append(Plant(f"subject-index-level-{key}", base, "subject", f"ended near {index[1]}",
                            f"ended near {wrong}", "value-mismatch", wrong,
                            note="the index level 20% off: checked against the index, not the ETF"))
    return plants


def _frame_plants(b: Built, base: str, key: str) -> list[Plant]:
    s = b.snapshot.returns
    week = b.sheet.fmt("change_5d_pct", "abs")
    day = b.sheet.fmt("change_1d_pct", "abs")
    plants = []
    if day != week and (s.change_5d_pct or 0) * s.change_1d_pct > 0:
        plants.append(Plant(f"frame-week-as-day-{key}", base, "timeframe", f"week {b.snapshot.symbol} is "
                            f"{updown(s.change_5d_pct or 0)} {week}", f"week {b.snapshot.symbol} is "
                            f"{updown(s.change_5d_pct or 0)} {day}", "value-mismatch", day,
                            note="the 1-day move given as the weekly move"))
    ytd = b.sheet.fmt("change_ytd_pct", "abs")
    wrong = fresh_of(b, lambda d: f"{abs(s.change_ytd_pct or 0) + d:.2f}%", (7.0,))
    side = updown(s.change_ytd_pct or 0)
    plants.append(Plant(f"frame-ytd-{key}", base, "timeframe", f"stands {side} {ytd}",
                        f"stands {updown(s.change_ytd_pct or 0)} {wrong}", "value-mismatch", wrong,
                        note="the year-to-date move 7 points off"))
    high = b.snapshot.extremes.high_52w
    wrong_high = fresh_of(b, lambda d: price(b, high * (1 + d)), (0.03, -0.03))
    plants.append(Plant(f"history-52w-high-{key}", base, "history", f"high of {b.sheet.fmt('high_52w')} was",
                        f"high of {wrong_high} was", "value-mismatch", wrong_high,
                        note="a past high, with its date, 3% off the history"))
    prev = b.snapshot.prev_close
    wrong_prev = fresh_of(b, lambda d: price(b, prev * (1 + d)), (0.02, -0.02))
    plants.append(Plant(f"history-prev-close-{key}", base, "history",
                        f"closed at {b.sheet.fmt('prev_close')} in the previous",
                        f"closed at {wrong_prev} in the previous", "value-mismatch", wrong_prev,
                        note="the previous session's close 2% off"))
    weekday = f"{b.sheet.fmt('price')} on {b.snapshot.session:%A}"
    other = "Thursday" if b.snapshot.session.weekday() != 3 else "Wednesday"
    plants.append(Plant(f"date-weekday-after-price-{key}", base, "date", weekday,
                        f"{b.sheet.fmt('price')} on {other}", "weekday-mismatch", other,
                        note="the weekday after a decimal price is not the session's"))
    return plants


def _word_plants(b: Built, base: str, key: str) -> list[Plant]:
    s, sym = b.snapshot, b.snapshot.symbol
    absent, present = cross_pair(s)
    plants = [
        Plant(f"negation-cross-{key}", base, "negation", f"no {absent} on", f"no {present} on",
              "pattern-mismatch", present, note=f"'no {present}' while the {present} is there"),
        Plant(f"quotation-cross-{key}", base, "quotation", f"\u201c{present}\u201d", f"\u201c{absent}\u201d",
              "pattern-mismatch", absent, note=f"an unattributed quoted '{absent}' in the {present} state"),
    ]
    for days, slope in (("50", s.trend.sma_50_slope_pct), ("200", s.trend.sma_200_slope_pct)):
        word = slope_word(slope)
        if word in ("rising", "falling"):
            wrong = "falling" if word == "rising" else "rising"
            old = f"the {days}-day average is {word}" if days == "50" else f"the 200-day is {word}"
            new = old.replace(word, wrong)
            plants.append(Plant(f"trend-{days}-day-{key}", base, "trend", old, new, "pattern-mismatch",
                                new.removeprefix("the "), note=f"the {days}-day called {wrong} at "
                                f"{slope:+.2f}% over 20 sessions"))
    if abs(s.returns.change_1m_pct or 0) > TREND_MONTH:
        plants.append(Plant(f"trend-range-bound-{key}", base, "trend",
                            f"{sym} has trended hard over the month", f"{sym} has been range-bound for weeks",
                            "pattern-mismatch", "range-bound",
                            note=f"'range-bound' during a {s.returns.change_1m_pct:+.2f}% month"))
    return plants

