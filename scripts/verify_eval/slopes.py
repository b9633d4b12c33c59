"""Trend notes: the averages' slopes and the month's trend, said in verb phrases with degree adverbs;
the RSI zone named in the sentence after the reading, and denials of a zone or of the MACD's side.

Each text reads like a chart desk's short note on one instrument: each moving
average named with its value between commas or in parentheses, then what its
slope does ("continues climbing rapidly", "has flattened out"); both lines
together; and whether the month trended or sat in a band. Every word is chosen
here from the snapshot's slopes and 1-month move with the verifier's README
thresholds (flat under 1.5% over 20 sessions, steep at 1.5% or more, a strong
trend from a 3% month), so each text is correct by construction. The second
blind holdout (tests/data/verify_holdout2) found these classes; its texts are
not copied.
"""

from __future__ import annotations

from .plants import Plant, fresh_of
from .universe import Built
from .user_texts import UserText, updown

KEYS = (
    "SPY-2026-11-17",
    "IWM-2026-03-30",
    "DIA-2025-11-17",
    "IWM-2026-02-13",
    "DIA-2026-11-20",
    "IWM-2026-11-20",
)

STEEP = 1.5  # |slope| in % over 20 sessions from which the note says "rapidly"
FLAT = 1.0  # ...and under which it says "has flattened out" (the verifier's flat limit is 1.5)
STRONG_MONTH = 5.0  # |1-month move| in % from which the note says "a powerful trend"
BAND_MONTH = 3.0  # ...and under which it says "a narrow band"


def slope_phrase(slope: float) -> str:
    if slope >= STEEP:
        return "continues climbing rapidly"
    if slope <= -STEEP:
        return "continues sinking rapidly"
    if abs(slope) < FLAT:
        return "has flattened out"
    return "keeps edging higher" if slope > 0 else "keeps edging lower"


def slopes(b: Built) -> tuple[float, float]:
    t = b.snapshot.trend
    assert t.sma_50_slope_pct is not None and t.sma_200_slope_pct is not None
    return t.sma_50_slope_pct, t.sma_200_slope_pct


def both_phrase(b: Built) -> str | None:
    """What both lines do together, when one phrase fits both."""
    fifty, two_hundred = slopes(b)
    if max(abs(fifty), abs(two_hundred)) < FLAT:
        return "have barely moved in a month"
    if min(fifty, two_hundred) > 0.5:
        return "are sloping higher"
    if max(fifty, two_hundred) < -0.5:
        return "are sloping lower"
    return None


def month_sentence(b: Built, sym: str) -> str:
    month = b.snapshot.returns.change_1m_pct or 0.0
    if abs(month) >= STRONG_MONTH:
        where = "in a powerful trend"
    elif abs(month) < BAND_MONTH:
        where = "stuck in a narrow band"
    else:
        where = "drifting"
    week = b.snapshot.returns.change_5d_pct or 0.0
    return (f"Over the month {sym} has been {where}, {updown(month)} {{change_1m_pct:abs}}, and it "
            f"ends {{change_5d_pct:abs}} {'higher' if week > 0 else 'lower'} over the past week.")


def day_verb(b: Built) -> str:
    return "adding" if b.snapshot.returns.change_1d_pct > 0 else "shedding"


def day_sentence(b: Built, sym: str) -> str:
    """The day's move as a participle after the close (a size word there is the subject's move)."""
    return f"{sym} settled at {{price}}, {day_verb(b)} {{change_1d_pct:abs}} on the session."


def zone_sentence(rsi: float) -> str:
    if rsi >= 70:
        return "That is an overbought reading."
    if rsi <= 30:
        return "That is an oversold reading."
    return "That leaves the tape in neutral territory."


def macd_side(b: Built) -> str:
    m = b.snapshot.momentum
    assert m.macd is not None and m.macd_signal is not None
    return "above" if m.macd > m.macd_signal else "below"


def momentum(b: Built) -> str:
    """The RSI's zone named in the sentence after the reading (no 'RSI' in it), the MACD's side."""
    rsi = b.snapshot.momentum.rsi_14
    assert rsi is not None
    return (f"RSI(14) prints {{rsi_14}}. {zone_sentence(rsi)} MACD is at {{macd}} against a signal of "
            f"{{macd_signal}}, so the line sits {macd_side(b)} its signal.")


def slope_text(b: Built) -> str:
    sym = b.snapshot.symbol
    fifty, two_hundred = slopes(b)
    lines = (f"The 50-day SMA, near {{sma_50}}, {slope_phrase(fifty)}, while the 200-day line "
             f"({{sma_200}}) {slope_phrase(two_hundred)}.")
    both = both_phrase(b)
    if both:
        lines += f" Taken together, both lines {both}."
    body = [b.sheet.fill(day_sentence(b, sym)), b.sheet.fill(lines), b.sheet.fill(month_sentence(b, sym)),
            b.sheet.fill(momentum(b))]
    return "\n\n".join([f"{sym}: trend check", *body]) + "\n"


def slope_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-slopes-{key}", key, "slopes", "txt", slope_text(built[key])) for key in KEYS]


def slope_plants(built: dict[str, Built]) -> list[Plant]:
    out: list[Plant] = []
    for key in KEYS:
        b = built[key]
        base = f"user-slopes-{key}"
        fifty, two_hundred = slopes(b)
        said = "{0}-day ({1:+.2f}% in 20 sessions) said to"
        for days, slope, old in (("50", fifty, f"{slope_phrase(fifty)}, while"),
                                 ("200", two_hundred, f"{slope_phrase(two_hundred)}.")):
            tail = old[len(slope_phrase(slope)):]
            if abs(slope) < FLAT:
                out.append(Plant(f"slopes-steep-on-flat-{days}-{key}", base, "trend", old,
                                 "continues climbing rapidly" + tail, "pattern-mismatch",
                                 "continues climbing rapidly",
                                 note=f"the {said.format(days, slope)} climb rapidly"))
            if abs(slope) >= STEEP:
                out.append(Plant(f"slopes-flat-on-steep-{days}-{key}", base, "trend", old,
                                 "has flattened out" + tail, "pattern-mismatch", "flattened",
                                 note=f"the {said.format(days, slope)} have flattened"))
            if slope >= STEEP:
                out.append(Plant(f"slopes-rolled-over-{days}-{key}", base, "trend", old,
                                 "has rolled over" + tail, "pattern-mismatch", "rolled over",
                                 note=f"the {said.format(days, slope)} have rolled over"))
        both = both_phrase(b)
        if both is not None:
            flipped = {"are sloping higher": "are sloping lower", "are sloping lower": "are sloping higher"}
            wrong = flipped.get(both, "are climbing rapidly")
            note = f"both averages ({fifty:+.2f}%, {two_hundred:+.2f}%) said to be {wrong[4:]}"
            out.append(Plant(f"slopes-both-lines-{key}", base, "trend", f"both lines {both}",
                             f"both lines {wrong}", "pattern-mismatch", wrong, note=note))
        out += _momentum_plants(b, base, key) + _size_plants(b, base, key) + _week_plants(b, base, key)
        month = b.snapshot.returns.change_1m_pct or 0.0
        if abs(month) < BAND_MONTH:
            out.append(Plant(f"slopes-strong-trend-{key}", base, "trend", "stuck in a narrow band",
                             "in a strong trend", "pattern-mismatch", "in a strong trend",
                             note=f"a {month:+.2f}% month called a strong trend"))
    return out


def _momentum_plants(b: Built, base: str, key: str) -> list[Plant]:
    rsi = b.snapshot.momentum.rsi_14 or 50.0
    zone = zone_sentence(rsi)
    out = []
    if 30 < rsi < 70:
        out.append(Plant(f"momentum-zone-after-reading-{key}", base, "indicator", zone,
                         "That is an oversold reading.", "indicator-mismatch", "oversold",
                         note=f"RSI {rsi:.1f} called oversold in the sentence after the reading"))
    else:
        word = "overbought" if rsi >= 70 else "oversold"
        out.append(Plant(f"negation-zone-denied-{key}", base, "negation", zone,
                         f"That is not yet an {word} reading.", "indicator-mismatch", f"not yet an {word}",
                         note=f"RSI {rsi:.1f} denied the {word} zone it is in"))
    side = macd_side(b)
    out.append(Plant(f"negation-macd-side-denied-{key}", base, "negation", f"the line sits {side} its signal",
                     f"the line hasn't pushed {side} its signal", "indicator-mismatch",
                     f"hasn't pushed {side} its signal",
                     note=f"the MACD denied the side of its signal it is on ({side})"))
    return out


def _size_plants(b: Built, base: str, key: str) -> list[Plant]:
    move = b.snapshot.returns.change_1d_pct
    atr = abs(b.snapshot.tape.move_atr) if b.snapshot.tape and b.snapshot.tape.move_atr is not None else 0.0
    if abs(move) >= 0.4 or atr >= 0.4:  # clear of the 0.5 bounds
        return []
    word = "skyrocketing" if move > 0 else "nosediving"
    return [Plant(f"magnitude-participle-{key}", base, "magnitude", f", {day_verb(b)} ", f", {word} ",
                  "magnitude-mismatch", word, note=f"'{word}' as a participle on a {move:+.2f}% day")]


def _week_plants(b: Built, base: str, key: str) -> list[Plant]:
    week = b.snapshot.returns.change_5d_pct
    if week is None or abs(week) < 0.05:
        return []
    side = "higher" if week > 0 else "lower"
    right = b.sheet.fmt("change_5d_pct", "abs")
    wrong = fresh_of(b, lambda d: f"{abs(week) + d:.2f}%", (0.9, 1.3))
    return [Plant(f"frames-direction-after-{key}", base, "timeframe", f"ends {right} {side}",
                  f"ends {wrong} {side}", "value-mismatch", wrong,
                  note=f"the week's move ({week:+.2f}%) written with its direction after it, 0.9 points off")]
