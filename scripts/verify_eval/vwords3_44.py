"""Positions denied and slope words in new frames (issue 14, vwords3 stop 44), in other voices than
holdout 20's.

A denied position is still a position: "no longer sits under its 50-day", "did not slip under its
50-day", "did not hold above its 50-day" put the close on the other side of the average; "still under
its Nov 11 record of $629.76" and, denied, "no longer under" it place the close against a past record
printed with its price (a new record that is not one is `pattern-mismatch`); "did not close above the
$480 round number" puts the close at or below the price (`direction-mismatch`, as the plain "closed
above" is). A sheet's line that names the averages first and then the price ("20d ... / 50d ... /
200d ..., px above the 50d") holds the price against the average. A blockquote hard-wrapped on a word
that cannot end a line ("... no longer sits under its" / "50-day average of $612.70") is one sentence.

Slope words: an average placed against the price before its slope ("The 50-day ($616.10) is 6.99%
below the price and still sliding"), after its cross ("crossed below the 200-day on Mar 24, 4 sessions
ago, and is still falling"), a degree inside "sloping sharply down", and a sheet's word in brackets
after the slope's figure ("200d slope -0.32% (flat to down)").

Levels placed on a side of the close in more frames (`level-wrong-side` when the price is on the other
side): the next level one way ("Next stop up is $629.76"), a side after a comma ("; below, $620"), a
price before its side ("$632.37 above, $620 below", "$244.79 just below"), a watcher's words before a
colon ("Support we are watching: $620, then $610.21"), a side before an average and the prices after it
("Overhead the 50-day at $246.21, then $249.26"), a price named the first level of a side after it
("$632.37, the first marked level overhead"), a move through the next level ("drops below $242.80, its
next marked level"), a price beyond a level named before ("the first support, with $464.29 beneath it",
"and under that the $240.02 low") and a list called levels of a kind ("$464.29 and $461.93 are the
supports").

A fund said to do best or worst of all, or to be the day's biggest winner or loser, has the best or
worst move of the article's fund and its peers (`direction-mismatch` otherwise).

The market's fear said to ease or pick up beside the VIX goes the VIX's way ("Fear picked up, with the
VIX at 17.60"), and the close's half is read in a sheet's shorthand ("close sits in upper half") and
near a half of bands printed before ("so it's near the bottom half"): `direction-mismatch` otherwise.

Each clean text says only what is true in these frames; each planted text turns one side or slope word
the wrong way and must be caught. Every figure comes from the snapshots.
"""

from __future__ import annotations

from datetime import date

from .plants import Plant
from .universe import Built
from .user_texts import UserText

SCREEN_KEY = "QQQ-2026-11-17"
HANDOVER_KEY = "DIA-2026-11-20"
PODCAST_KEY = "IWM-2026-03-30"
PINNED_KEY = "SPY-2026-06-03"
HUDDLE_KEY = "QQQ-2026-11-20"
PLANNER_KEY = "IWM-2026-11-17"
BOARD_KEY = "DIA-2025-11-17"


def _base(name: str, key: str) -> str:
    return f"user-vwords3-{name}-{key}"


def _day(when: date | None) -> str:
    assert when is not None
    return f"{when:%b} {when.day}"


def _gap(b: Built, average: float | None) -> str:
    """The close's distance from an average, in % of the average, as a sheet prints it."""
    assert average is not None
    return f"{abs(b.snapshot.close / average - 1) * 100:.2f}%"


def _avg(value: float | None) -> str:
    assert value is not None
    return f"{value:.2f}"


def _vix(b: Built) -> float:
    return next(m.close for m in b.snapshot.related if m.symbol == "^VIX")


def _half(b: Built, low: float, high: float) -> str:
    """The half of a range the close sits in, as a sheet says it."""
    return "upper" if b.snapshot.close - low > high - b.snapshot.close else "lower"


def _band_half(b: Built) -> str:
    v = b.snapshot.volatility
    return "top" if _half(b, v.bb_lower or 0, v.bb_upper or 0) == "upper" else "bottom"


def screen_note(b: Built) -> str:
    """QQQ above its 50-day (rising), under its record: a bank lobby's looping screen, hard-wrapped."""
    s, t, e, v = b.snapshot, b.snapshot.trend, b.snapshot.extremes, b.snapshot.volatility
    return ("Branch lobby screen, evening loop\n\n"
            f"> Tonight's fund check: QQQ finished at ${s.close:.2f} after a day spent between\n"
            f"> ${s.low:.2f} and ${s.high:.2f}. It is still under its {_day(e.all_time_high_date)} record of "
            f"${e.all_time_high:.2f} and no longer sits under its\n"
            f"> 50-day average of ${_avg(t.sma_50)}. The 50-day (${_avg(t.sma_50)}) is {_gap(b, t.sma_50)} "
            "below the price and still rising.\n\n"
            f"Fear picked up, with the VIX at {_vix(b):.2f}. QQQ's bands run ${_avg(v.bb_lower)} to "
            f"${_avg(v.bb_upper)}, so it's near the {_band_half(b)} half.\n")


def handover_note(b: Built) -> str:
    """DIA above its averages, under the $480 handle and its January record, a sagging 200-day: a desk's
    handover sheet."""
    s, t, e, r = b.snapshot, b.snapshot.trend, b.snapshot.extremes, b.snapshot.range
    assert t.sma_50_slope_pct is not None and t.sma_200_slope_pct is not None and r is not None
    return ("Desk handover, Friday close\n\n"
            f"DIA last {s.close:.2f} ({s.returns.change_1d_pct:+.2f}%).\n\n"
            f"20d {_avg(t.sma_20)} / 50d {_avg(t.sma_50)} / 200d {_avg(t.sma_200)}, px above the 50d\n\n"
            f"50d slope {t.sma_50_slope_pct:+.2f}% (rising), 200d slope {t.sma_200_slope_pct:+.2f}% "
            "(flat to down)\n\n"
            f"box {r.lower:.2f}-{r.upper:.2f}, {r.sessions} sessions. close sits in "
            f"{_half(b, r.lower, r.upper)} half.\n\n"
            "It did not close above the $480 round number, and it did not slip under its 50-day "
            f"(${_avg(t.sma_50)}). Still below its {_day(e.all_time_high_date)} record of "
            f"${e.all_time_high:.2f}.\n")


def podcast_note(b: Built) -> str:
    """IWM under its 50-day, a fresh death cross, the 50-day falling hard: a podcast's show notes."""
    s, t = b.snapshot, b.snapshot.trend
    cross = t.cross
    assert cross is not None and s.returns.change_1d_pct is not None
    return ("Episode notes: small caps on the mat\n\n"
            f"IWM closed at ${s.close:.2f}, down {abs(s.returns.change_1d_pct):.2f}%. "
            "It did not hold above its "
            f"50-day average (${_avg(t.sma_50)}) and trades {_gap(b, t.sma_50)} under it. The 50-day crossed "
            f"below the 200-day on {_day(cross.since)}, {cross.sessions_since} sessions ago, and is still "
            "falling. Put plainly, the 50-day is sloping sharply down.\n")


def pinned_note(b: Built) -> str:
    """SPY above both averages while the 50-day sags and the 200-day barely moves: a club's pinned post."""
    t = b.snapshot.trend
    return ("Pinned by the mods: where SPY stands\n\n"
            f"The 50-day (${_avg(t.sma_50)}) is {_gap(b, t.sma_50)} below the price and still sliding. "
            f"The 200-day (${_avg(t.sma_200)}) sits {_gap(b, t.sma_200)} below the price and is flat.\n")


def huddle_note(b: Built) -> str:
    """QQQ's levels around a 626.40 close: a trading desk's morning huddle notes."""
    s = b.snapshot
    return ("Morning huddle: QQQ\n\n"
            f"Closed ${s.close:.2f}. Next stop up is $629.76, then $632.37; below, $620 and then the "
            "50-day.\n\n"
            "Next levels: $632.37 above, $620 below. Support we are watching: $620, then $610.21. Bulls want "
            "a recovery above $632.37, the first marked level overhead.\n")


def planner_note(b: Built) -> str:
    """IWM's levels around a 245.28 close: a swing trader's weekly planner."""
    s = b.snapshot
    return ("## Weekly planner: IWM\n\n"
            f"Closed at ${s.close:.2f}. Levels on my screen: $244.79 just below, then $242.80. Overhead the "
            "50-day at $246.21, then $249.26. The floor is $241.00, and under that the $240.02 low. If IWM "
            "drops below $242.80, its next marked level, I stand aside.\n")


def newsletter_note(b: Built) -> str:
    """DIA's levels around a 471.60 close: a dividend newsletter's trading corner."""
    s = b.snapshot
    return ("Trading corner\n\n"
            f"DIA ended the week at ${s.close:.2f}. For anyone trading it, the next round number overhead is "
            "$480, and the 50-day is the first support, with $464.29 beneath it. $464.29 and $461.93 are the "
            "supports desks mention most.\n")


def _ranked(b: Built) -> list[tuple[str, float]]:
    """The article's fund and its peers by the day's move, best first."""
    s = b.snapshot
    moves = [(s.symbol, s.returns.change_1d_pct or 0.0)]
    moves += [(m.symbol, m.change_1d_pct) for m in s.related if m.role.value == "peer"]
    return sorted(moves, key=lambda move: -move[1])


def board_note(b: Built) -> str:
    """The four funds' day ranked in words: a bank's Monday client e-mail."""
    (best, up), *_, (worst, low) = _ranked(b)
    return ("Your Monday scoreboard\n\n"
            f"{best} did best of all, {up:+.2f}% on the day, and {worst} fared worst, {low:+.2f}%. In other "
            f"words {best} was the day's biggest winner.\n")


WRITERS = {("screen", SCREEN_KEY, "md"): screen_note, ("handover", HANDOVER_KEY, "txt"): handover_note,
           ("podcast", PODCAST_KEY, "txt"): podcast_note, ("pinned", PINNED_KEY, "md"): pinned_note,
           ("huddle", HUDDLE_KEY, "txt"): huddle_note, ("planner", PLANNER_KEY, "md"): planner_note,
           ("newsletter", HANDOVER_KEY, "txt"): newsletter_note, ("board", BOARD_KEY, "txt"): board_note}


def vwords3_44_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(_base(name, key), key, "prose", ext, write(built[key]))
            for (name, key, ext), write in WRITERS.items()]


def _turned(name: str, key: str, what: str, check: str, old: str, new: str, code: str, span: str,
            note: str) -> Plant:
    return Plant(f"vwords3-{name}-{what}-{key}", _base(name, key), check, old, new, code, span, note=note)


def vwords3_44_plants(built: dict[str, Built]) -> list[Plant]:
    screen, handover = built[SCREEN_KEY].snapshot, built[HANDOVER_KEY].snapshot
    podcast, pinned = built[PODCAST_KEY].snapshot, built[PINNED_KEY].snapshot
    return [
        _turned("screen", SCREEN_KEY, "neg", "negation", "no longer sits under its",
                "no longer sits above its",
                "pattern-mismatch", "no longer sits above",
                f"QQQ's {screen.close:.2f} is above its {_avg(screen.trend.sma_50)} 50-day: a quote's line "
                "wrapped on 'its' runs on"),
        _turned("screen", SCREEN_KEY, "record", "negation", "still under its", "no longer under its",
                "pattern-mismatch", "no longer under",
                f"{screen.close:.2f} is below the {screen.extremes.all_time_high:.2f} record"),
        _turned("screen", SCREEN_KEY, "slope", "trend", "still rising", "now falling", "pattern-mismatch",
                "now falling", f"the 50-day's slope is {screen.trend.sma_50_slope_pct:+.2f}%"),
        _turned("handover", HANDOVER_KEY, "px", "direction", "px above the 50d", "px below the 50d",
                "pattern-mismatch", "below the 50d",
                f"{handover.close:.2f} is above the {_avg(handover.trend.sma_50)} 50-day; the line names the "
                "averages first and the price last"),
        _turned("handover", HANDOVER_KEY, "slope", "trend", "(flat to down)", "(rising fast)",
                "pattern-mismatch", "rising fast",
                f"the 200-day's slope is {handover.trend.sma_200_slope_pct:+.2f}%"),
        _turned("handover", HANDOVER_KEY, "round", "negation", "did not close above", "did not close below",
                "direction-mismatch", "did not close below", f"{handover.close:.2f} is below $480"),
        _turned("handover", HANDOVER_KEY, "slip", "negation", "did not slip under", "did not hold above",
                "pattern-mismatch", "did not hold above",
                f"{handover.close:.2f} is above the {_avg(handover.trend.sma_50)} 50-day"),
        _turned("handover", HANDOVER_KEY, "record", "negation", "Still below its", "No longer below its",
                "pattern-mismatch", "No longer below",
                f"{handover.close:.2f} is below the {handover.extremes.all_time_high:.2f} record"),
        _turned("podcast", PODCAST_KEY, "hold", "negation", "did not hold above", "did not slip under",
                "pattern-mismatch", "did not slip under",
                f"{podcast.close:.2f} is below the {_avg(podcast.trend.sma_50)} 50-day"),
        _turned("podcast", PODCAST_KEY, "cross", "trend", "and is still falling", "and is now climbing",
                "pattern-mismatch", "now climbing",
                f"the 50-day's slope is {podcast.trend.sma_50_slope_pct:+.2f}%; the clause after its cross "
                "is its own"),
        _turned("podcast", PODCAST_KEY, "sloping", "trend", "sloping sharply down", "sloping sharply up",
                "pattern-mismatch", "sloping sharply up",
                f"the 50-day's slope is {podcast.trend.sma_50_slope_pct:+.2f}%"),
        _turned("pinned", PINNED_KEY, "slope", "trend", "still sliding", "still climbing steeply",
                "pattern-mismatch", "climbing steeply",
                f"the 50-day's slope is {pinned.trend.sma_50_slope_pct:+.2f}%; it is placed against the "
                "price first"),
        *_level_plants(built),
        *_place_plants(built),
        *_rank_plants(built),
    ]


def _rank_plants(built: dict[str, Built]) -> list[Plant]:
    (best, up), *_, (worst, low) = _ranked(built[BOARD_KEY])
    moves = f"{best} {up:+.2f}% was the best move, {worst} {low:+.2f}% the worst"
    return [
        _turned("board", BOARD_KEY, "best", "direction", "did best of all", "did worst of all",
                "direction-mismatch", "did worst of all", moves),
        _turned("board", BOARD_KEY, "worst", "direction", "fared worst", "fared best", "direction-mismatch",
                "fared best", moves),
        _turned("board", BOARD_KEY, "winner", "direction", "biggest winner", "biggest loser",
                "direction-mismatch", "biggest loser", moves),
    ]


def _place_plants(built: dict[str, Built]) -> list[Plant]:
    """The VIX's way said as the market's fear, and the close's half of a box or of its bands."""
    vix = next(m.change_1d_pct for m in built[SCREEN_KEY].snapshot.related if m.symbol == "^VIX")
    box_half = _half(built[HANDOVER_KEY], *_box(built[HANDOVER_KEY]))
    other = "lower" if box_half == "upper" else "upper"
    band_half = _band_half(built[SCREEN_KEY])
    band_other = "bottom" if band_half == "top" else "top"
    return [
        _turned("screen", SCREEN_KEY, "fear", "direction", "Fear picked up", "Fear eased",
                "direction-mismatch", "Fear eased", f"the VIX moved {vix:+.2f}% on the session"),
        _turned("handover", HANDOVER_KEY, "half", "direction", f"in {box_half} half", f"in {other} half",
                "direction-mismatch", f"in {other} half", f"the close is in the {box_half} half of the box"),
        _turned("screen", SCREEN_KEY, "half", "direction", f"near the {band_half} half",
                f"near the {band_other} half", "direction-mismatch", f"near the {band_other} half",
                f"the close is in the {band_half} half of its bands"),
    ]


def _box(b: Built) -> tuple[float, float]:
    r = b.snapshot.range
    assert r is not None
    return r.lower, r.upper


def _wrong_side(name: str, key: str, what: str, old: str, new: str, span: str, note: str) -> Plant:
    return _turned(name, key, what, "level", old, new, "level-wrong-side", span, note)


def _level_plants(built: dict[str, Built]) -> list[Plant]:
    qqq, iwm, dia = (built[k].snapshot.close for k in (HUDDLE_KEY, PLANNER_KEY, HANDOVER_KEY))
    return [
        _wrong_side("huddle", HUDDLE_KEY, "up", "Next stop up is $629.76", "Next stop up is $610.21",
                    "$610.21", f"$610.21 is below the {qqq:.2f} close, no stop up"),
        _wrong_side("huddle", HUDDLE_KEY, "below", "; below, $620", "; below, $629.76", "$629.76",
                    f"$629.76 is above the {qqq:.2f} close"),
        _wrong_side("huddle", HUDDLE_KEY, "listed", "$632.37 above, $620 below", "$614.02 above, $620 below",
                    "$614.02", f"$614.02 is below the {qqq:.2f} close"),
        _wrong_side("huddle", HUDDLE_KEY, "watch", "then $610.21", "then $629.76", "$629.76",
                    f"$629.76 is above the {qqq:.2f} close, no support"),
        _wrong_side("huddle", HUDDLE_KEY, "first", "above $632.37, the first", "above $614.02, the first",
                    "$614.02", f"$614.02 is below the {qqq:.2f} close, not overhead"),
        _wrong_side("planner", PLANNER_KEY, "just", "$244.79 just below", "$246.21 just below", "$246.21",
                    f"$246.21 is above the {iwm:.2f} close"),
        _wrong_side("planner", PLANNER_KEY, "overhead", "then $249.26", "then $242.80", "$242.80",
                    f"$242.80 is below the {iwm:.2f} close, not overhead after the 50-day"),
        _wrong_side("planner", PLANNER_KEY, "under", "the $240.02 low", "the $249.26 low", "$249.26",
                    f"$249.26 is above the {iwm:.2f} close, not under the floor"),
        _wrong_side("planner", PLANNER_KEY, "next", "drops below $242.80, its", "drops below $249.26, its",
                    "$249.26", f"$249.26 is above the {iwm:.2f} close, not a level to drop below"),
        _wrong_side("newsletter", HANDOVER_KEY, "beneath", "with $464.29 beneath", "with $474.50 beneath",
                    "$474.50", f"$474.50 is above the {dia:.2f} close, not under the support"),
        _wrong_side("newsletter", HANDOVER_KEY, "are", "$464.29 and $461.93 are", "$474.50 and $461.93 are",
                    "$474.50", f"$474.50 is above the {dia:.2f} close, no support"),
    ]
