"""A group's day and the close's side in more words (issue 14, vwords5 stop 46), in other voices than
holdout 22's.

Group words: the whole group said one way with "everyone"/"everybody" and "up"/"down" ("Everybody was
down"), one of them given its place right after ("Everybody fell, QQQ most"), a place said with a verb
and "the most"/"the least" ("DIA lost the least"), "the only one of the four funds to fall" and "the
worst of the big four", a peer's move said larger or smaller with no "than" ("QQQ fell less (-0.41%)"), a
list of peers as the subject of "did better", and a "than" comparison beside another comparison's own
figure ("gained more than IWM (+0.35%), beating it by 0.23 pp").

Side words: the close beside a Bollinger band with its stating verb ("closed above the lower Bollinger
band"), a band told with its price and then the close's side of it ("Upper Bollinger band $482.40: the
close is well above it"), "the close sat at the bottom of the range", an opening gap told against the
previous close ("a gap below Thursday's close") and a printed price with another day's close as its aside
("It opened at $212.62, already above Friday's $213.65"). A state word before an average's side is part
of the claim's span ("now below its 50-day").

Each clean text says only what is true of the session's one-day moves; each planted text turns one word
the wrong way and must be caught as `direction-mismatch`. Every figure comes from the snapshots.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

ALLDOWN_KEY = "SPY-2026-11-17"  # SPY -0.50%, QQQ -0.90%, DIA -0.20%, IWM -0.80%
LONEFALL_KEY = "DIA-2026-06-03"  # DIA -0.58% while SPY +0.58%, QQQ +0.57%, IWM +0.35%
SLIDE_KEY = "IWM-2026-02-13"  # IWM -1.04%, SPY -0.54%, QQQ -0.41%, DIA -0.65%


def _base(name: str, key: str) -> str:
    return f"user-vwords5-{name}-{key}"


def _moves(b: Built) -> dict[str, float]:
    """The one-day moves of the snapshot's instrument and its loaded peers and benchmark."""
    s = b.snapshot
    own = s.returns.change_1d_pct
    assert own is not None
    return {s.symbol: own, **{m.symbol: m.change_1d_pct for m in s.related
                              if m.role.value in ("peer", "benchmark") and m.change_1d_pct is not None}}


def _signed(value: float) -> str:
    return f"{value:+.2f}%"


def club_note(b: Built) -> str:
    """All four funds down on Tuesday: an investment club treasurer's group text."""
    m = _moves(b)
    return ("club chat, treasurer\n\n"
            f"Rough Tuesday. SPY {_signed(m['SPY'])} to ${b.snapshot.close:.2f}. Everybody was down: "
            f"QQQ {_signed(m['QQQ'])}, DIA {_signed(m['DIA'])}, IWM {_signed(m['IWM'])}. QQQ lost the most, "
            "DIA the least.\n")


def pension_note(b: Built) -> str:
    """DIA down while its three peers rose: a pension trustee's meeting minutes."""
    m = _moves(b)
    gap = m["SPY"] - m["IWM"]
    return ("Minutes, investment committee, item 4\n\n"
            f"The treasurer noted that DIA closed at ${b.snapshot.close:.2f}, {_signed(m['DIA'])}, the only "
            f"one of the four funds to fall. IWM ({_signed(m['IWM'])}) and QQQ ({_signed(m['QQQ'])}) did "
            "better. "
            f"SPY gained more than IWM ({_signed(m['IWM'])}), beating it by {gap:.2f} pp.\n")


def slide_note(b: Built) -> str:
    """IWM's deepest fall of the four: a robo-adviser's end-of-day push."""
    m = _moves(b)
    return ("Your portfolio today\n\n"
            f"Everybody fell, small caps most: IWM {_signed(m['IWM'])} to ${b.snapshot.close:.2f}. "
            f"QQQ fell less ({_signed(m['QQQ'])}). SPY {_signed(m['SPY'])}, DIA {_signed(m['DIA'])}: IWM had "
            "the worst of the big four funds.\n")


WRITERS = {("club", ALLDOWN_KEY, "txt"): club_note, ("pension", LONEFALL_KEY, "txt"): pension_note,
           ("slide", SLIDE_KEY, "txt"): slide_note}


def vwords5_46_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(_base(name, key), key, "prose", ext, write(built[key]))
            for (name, key, ext), write in WRITERS.items()]


def _turned(name: str, key: str, what: str, old: str, new: str, span: str, note: str) -> Plant:
    return Plant(f"vwords5-{name}-{what}-{key}", _base(name, key), "direction", old, new,
                 "direction-mismatch", span, note=note)


def vwords5_46_plants(built: dict[str, Built]) -> list[Plant]:
    def moves(key: str) -> str:
        return ", ".join(f"{sym} {_signed(v)}" for sym, v in _moves(built[key]).items())
    return [
        _turned("club", ALLDOWN_KEY, "up", "Everybody was down", "Everybody was up", "Everybody was up",
                moves(ALLDOWN_KEY)),
        _turned("club", ALLDOWN_KEY, "least", "QQQ lost the most", "QQQ lost the least", "lost the least",
                f"QQQ's fall was the deepest: {moves(ALLDOWN_KEY)}"),
        _turned("pension", LONEFALL_KEY, "rise", "four funds to fall", "four funds to rise",
                "four funds to rise", f"DIA fell: {moves(LONEFALL_KEY)}"),
        _turned("pension", LONEFALL_KEY, "worse", "did better.", "did worse.", "did worse",
                f"both rose while DIA fell: {moves(LONEFALL_KEY)}"),
        _turned("pension", LONEFALL_KEY, "less", "SPY gained more than IWM", "SPY gained less than IWM",
                "gained less than IWM",
                f"{moves(LONEFALL_KEY)}; the figure after the comma is another claim's"),
        _turned("slide", SLIDE_KEY, "least", "small caps most", "small caps least", "small caps least",
                f"IWM's fall was the deepest: {moves(SLIDE_KEY)}"),
        _turned("slide", SLIDE_KEY, "more", "QQQ fell less", "QQQ fell more", "QQQ fell more",
                f"QQQ's fall was the smaller: {moves(SLIDE_KEY)}"),
        _turned("slide", SLIDE_KEY, "best", "the worst of the big four", "the best of the big four",
                "the best of the big four", moves(SLIDE_KEY)),
        *vwords5_46_side_plants(built),
        *vwords5_46_state_plants(built),
    ]


# --- the close beside a band, a range's edge or the previous close, in words ---

BAND_KEY = "SPY-2026-06-03"  # close $659.18 over the upper band $655.85, at the top of its range
UNDER_KEY = "IWM-2026-02-13"  # close $226.54 under the lower band $227.50
GAP_KEY = "QQQ-2026-11-20"  # open $618.09 over Thursday's close $614.72


def band_note(b: Built) -> str:
    """SPY through its upper band at the top of its range: a wealth app's chart caption."""
    s = b.snapshot
    assert s.volatility.bb_upper is not None and s.range is not None
    return ("Chart of the day\n\n"
            f"Upper Bollinger band ${s.volatility.bb_upper:.2f}: the close is above it. SPY closed above the "
            f"upper Bollinger band, and the close sat at the top of the range (${s.range.lower:.2f} to "
            f"${s.range.upper:.2f}).\n")


def under_note(b: Built) -> str:
    """IWM under its lower band: a swing trader's journal line."""
    s = b.snapshot
    assert s.volatility.bb_lower is not None
    return ("Journal, Friday\n\n"
            f"IWM closed below the lower Bollinger band (${s.volatility.bb_lower:.2f}) at ${s.close:.2f}.\n")


def gap_note(b: Built) -> str:
    """QQQ's opening gap over Thursday's close: a broker's morning-after recap."""
    s = b.snapshot
    assert s.open is not None and s.prev_close is not None
    return ("Recap, Friday's open\n\n"
            f"QQQ opened with a gap above Thursday's close. It finished at ${s.close:.2f}. It opened at "
            f"${s.open:.2f}, already above Thursday's ${s.prev_close:.2f}.\n")


WRITERS.update({("band", BAND_KEY, "txt"): band_note, ("under", UNDER_KEY, "txt"): under_note,
                ("gap", GAP_KEY, "txt"): gap_note})


def vwords5_46_side_plants(built: dict[str, Built]) -> list[Plant]:
    spy, iwm, qqq = (built[k].snapshot for k in (BAND_KEY, UNDER_KEY, GAP_KEY))
    band = f"the close ${spy.close:.2f} is above the upper band ${spy.volatility.bb_upper:.2f}"
    return [
        _turned("band", BAND_KEY, "it", "the close is above it", "the close is below it", "below it", band),
        _turned("band", BAND_KEY, "closed", "closed above the upper", "closed below the upper",
                "closed below the upper", band),
        _turned("band", BAND_KEY, "bottom", "sat at the top", "sat at the bottom", "at the bottom",
                "the close is the top of the range"),
        _turned("under", UNDER_KEY, "above", "closed below the lower", "closed above the lower",
                "closed above the lower",
                f"the close ${iwm.close:.2f} is under the lower band ${iwm.volatility.bb_lower:.2f}"),
        _turned("gap", GAP_KEY, "below", "a gap above Thursday's", "a gap below Thursday's", "gap below",
                f"the open ${qqq.open:.2f} is above the previous close ${qqq.prev_close:.2f}"),
        _turned("gap", GAP_KEY, "aside", "already above Thursday's", "already below Thursday's",
                "already below", f"${qqq.open:.2f} is above ${qqq.prev_close:.2f}"),
    ]


# --- a state word before an average's side: "now below its 50-day", "already above its 20-day" ---

STATE_KEY = "QQQ-2026-11-17"  # close $615.97: over the 50-day $612.70, under the 20-day $619.78


def state_note(b: Built) -> str:
    """QQQ between its 20-day and its 50-day: a model portfolio's sleeve note."""
    return ("Sleeve note, growth\n\n"
            f"QQQ closed at ${b.snapshot.close:.2f}. It is still above its 50-day average, and it is already "
            "below its 20-day.\n")


WRITERS[("state", STATE_KEY, "txt")] = state_note


def vwords5_46_state_plants(built: dict[str, Built]) -> list[Plant]:
    t = built[STATE_KEY].snapshot.trend
    return [
        Plant(f"vwords5-state-50-{STATE_KEY}", _base("state", STATE_KEY), "pattern", "still above its 50-day",
              "now below its 50-day", "pattern-mismatch", "now below",
              note=f"the close is above the 50-day (${t.sma_50:.2f}); the state word is part of the claim"),
        Plant(f"vwords5-state-20-{STATE_KEY}", _base("state", STATE_KEY), "pattern",
              "already below its 20-day", "already above its 20-day", "pattern-mismatch", "already above",
              note=f"the close is below the 20-day (${t.sma_20:.2f})"),
    ]
