"""Desk notes for the verifier's fixes of the seventh holdout's misses (issue 14, miss8b): directions
and numbers in words the verifier did not read, each cause planted in other words than the holdout's,
on another subject.

- A day's move in dollars with its direction word ("lower by ... dollars", "down $2.65"): the word
  is checked like a % move's ("fell 1.24%"), not only the figure. Plant: the word turned.
- A dollar move restated as a % after "which is" / "that is" ("..., that is roughly 1.24 percent"):
  the % is the day's move. Plant: its digits swapped.
- A decimal spoken from zero ("zero point seven eight percent"), once read as "eight percent".
  Plant: the peer's direction word turned.
- A window in words ("its fifty-day line", "its fifty-two-week high"): the distance before it is
  the distance from that average or extreme. Plants: each distance off.
- A run told with a cardinal and a direction, in capitals ("FOUR lower finishes in a row"). Plant:
  the count off.
- A cross market's rise told as a win ("WTI crude won 2.82%"). Plant: the Nikkei's fall told as a win.
- An average's slope told by a finite verb ("The 50-day has slipped"), named "the average of 200
  sessions", past an aside between commas ("frankly,"); "above its 50-day and rose 0.58%" is the
  fund's own move, not the average's slope. Plants: each slope word turned.
- A MACD compared with its signal by a symbol ("MACD 4.50 > its signal (3.61)"). Plant: "<".

Every figure comes from the snapshot, so each note is correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import Snapshot
from pipeline.verify.number_words import count_forms

from .plants import Plant
from .universe import Built
from .user_texts import UserText

KEY = "IWM-2026-03-30"
BASE = f"user-miss8b-spoken-{KEY}"

_UNITS = "zero one two three four five six seven eight nine".split()


def _spoken(value: float) -> str:
    """0.78 -> 'zero point seven eight', 1.24 -> 'one point two four' (two decimals, one digit whole)."""
    whole, decimals = f"{abs(value):.2f}".split(".")
    assert len(whole) == 1
    return " ".join([_UNITS[int(whole)], "point", *(_UNITS[int(d)] for d in decimals)])


def _facts(b: Built) -> tuple[Snapshot, dict[str, float]]:
    s, f = b.snapshot, b.sheet.facts

    def value(name: str) -> float:
        return float(f[name].value)  # type: ignore[arg-type]

    facts = {n: value(n) for n in ("change_1d", "change_1d_pct", "pct_vs_sma_50", "pct_from_52w_high",
                                    "close_streak_sessions", "xmkt_nikkei_change_pct",
                                    "xmkt_wti_change_pct")}
    assert facts["change_1d"] < 0 and facts["close_streak_sessions"] == 4
    assert round(facts["pct_vs_sma_50"]) == -7 and round(facts["pct_from_52w_high"]) == -18
    assert facts["xmkt_nikkei_change_pct"] < 0 < facts["xmkt_wti_change_pct"]
    spy = next(p for p in b.peers if p.symbol == "SPY")
    assert spy.returns.change_1d_pct is not None and -1 < spy.returns.change_1d_pct < 0
    facts["spy"] = spy.returns.change_1d_pct
    return s, facts


def spoken_note(b: Built) -> str:
    s, f = _facts(b)
    dollars, cents = divmod(round(abs(f["change_1d"]) * 100), 100)
    return (f"# Small caps, the spoken recap\n\n"
            f"IWM ended the session at ${s.close:.2f}, lower by {_UNITS[dollars]} dollars and "
            f"{count_forms(cents)[1]} cents, that is roughly {_spoken(f['change_1d_pct'])} percent.\n\n"
            f"The fund now sits about seven percent beneath its fifty-day line, and roughly eighteen "
            f"percent under its fifty-two-week high.\n\n"
            f"That makes FOUR lower finishes in a row.\n\n"
            f"The S&P 500 fund slipped {_spoken(f['spy'])} percent.\n\n"
            f"Abroad, the Nikkei gave up {abs(f['xmkt_nikkei_change_pct']):.2f}% while WTI crude won "
            f"{f['xmkt_wti_change_pct']:.2f}%.\n")


def spoken_plants(built: dict[str, Built]) -> list[Plant]:
    _, f = _facts(built[KEY])
    pct = _spoken(f["change_1d_pct"])
    wrong_pct = _spoken(abs(f["change_1d_pct"]) + 1)
    nikkei = f"{abs(f['xmkt_nikkei_change_pct']):.2f}%"
    return [Plant(f"miss8b-dollar-word-{KEY}", BASE, "direction", "lower by", "higher by",
                  "direction-mismatch", "higher by",
                  note="a day's fall in dollars told as 'higher by' (the words, not the figure, are wrong)"),
            Plant(f"miss8b-that-is-{KEY}", BASE, "words", f"roughly {pct} percent",
                  f"roughly {wrong_pct} percent", "value-mismatch", f"{wrong_pct} percent",
                  note="the dollar move restated as a % after 'that is', the % off by one point"),
            Plant(f"miss8b-zero-point-{KEY}", BASE, "direction", "fund slipped", "fund added",
                  "direction-mismatch", "added",
                  note="a peer's fall spoken from zero ('zero point seven eight percent') told as a rise"),
            Plant(f"miss8b-fifty-day-{KEY}", BASE, "words", "about seven percent beneath",
                  "about nine percent beneath", "value-mismatch", "nine percent",
                  note="the distance from the 'fifty-day line' in words, two points off"),
            Plant(f"miss8b-fifty-two-week-{KEY}", BASE, "words", "roughly eighteen percent",
                  "roughly twenty-eight percent", "value-mismatch", "twenty-eight percent",
                  note="the distance from the 'fifty-two-week high' in words, ten points off"),
            Plant(f"miss8b-caps-run-{KEY}", BASE, "words", "FOUR lower finishes", "SEVEN lower finishes",
                  "value-mismatch", "SEVEN",
                  note="a run of lower finishes counted in capital words, three too many"),
            Plant(f"miss8b-won-{KEY}", BASE, "direction", f"Nikkei gave up {nikkei}",
                  f"Nikkei won {nikkei}", "direction-mismatch", "won",
                  note="a cross market's fall told as a win")]


# ---------------------------------------------------------------- slopes told by a finite verb

SLOPE_KEY = "SPY-2026-06-03"
SLOPE_BASE = f"user-miss8b-slope-{SLOPE_KEY}"


def slope_note(b: Built) -> str:
    s = b.snapshot
    t = s.trend
    assert t.sma_50_slope_pct is not None and t.sma_200_slope_pct is not None
    assert -1.5 < t.sma_50_slope_pct < -0.2 and abs(t.sma_200_slope_pct) < 0.2  # slipped; barely moved
    assert s.returns.change_1d_pct is not None and s.returns.change_1d_pct > 0
    assert t.pct_vs_sma_50 is not None and t.pct_vs_sma_50 > 0
    return (f"# SPY, the averages in plain words\n\n"
            f"SPY finished above its 50-day and rose {s.returns.change_1d_pct:.2f}% on the session.\n\n"
            f"The 50-day has slipped over the past month, while the average of 200 sessions, frankly, "
            f"barely moved.\n")


def slope_plants(built: dict[str, Built]) -> list[Plant]:
    return [Plant(f"miss8b-slope-finite-{SLOPE_KEY}", SLOPE_BASE, "trend", "has slipped", "has climbed",
                  "pattern-mismatch", "climbed",
                  note="a falling 50-day said to have 'climbed' (a finite verb, not '-ing')"),
            Plant(f"miss8b-slope-aside-{SLOPE_KEY}", SLOPE_BASE, "trend", "frankly, barely moved",
                  "frankly, climbing fast", "pattern-mismatch", "climbing fast",
                  note="a flat 200-day, named 'the average of 200 sessions' and past an aside, said to climb "
                       "fast")]


# ---------------------------------------------------------------- a MACD compared by a symbol

MACD_KEY = "DIA-2025-11-17"
MACD_BASE = f"user-miss8b-macd-{MACD_KEY}"


def macd_note(b: Built) -> str:
    m = b.snapshot.momentum
    assert m.macd is not None and m.macd_signal is not None and m.macd > m.macd_signal
    return (f"# DIA, the desk's shorthand\n\n"
            f"DIA closed at ${b.snapshot.close:.2f}. Momentum: MACD {m.macd:.2f} > its signal "
            f"({m.macd_signal:.2f}).\n")


def macd_plants(built: dict[str, Built]) -> list[Plant]:
    return [Plant(f"miss8b-macd-symbol-{MACD_KEY}", MACD_BASE, "indicator", "> its signal", "< its signal",
                  "indicator-mismatch", "< its signal",
                  note="a MACD above its signal written '<' (below) in shorthand")]


def miss8b_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(BASE, KEY, "prose", "md", spoken_note(built[KEY])),
            UserText(SLOPE_BASE, SLOPE_KEY, "prose", "md", slope_note(built[SLOPE_KEY])),
            UserText(MACD_BASE, MACD_KEY, "prose", "md", macd_note(built[MACD_KEY]))]


def miss8b_plants(built: dict[str, Built]) -> list[Plant]:
    return [*spoken_plants(built), *slope_plants(built), *macd_plants(built)]
