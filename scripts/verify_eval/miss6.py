"""Desk notes for the verifier's fixes of the fifth holdout's misses (issue 14, miss6), each cause
planted in other words than the holdout's, on other subjects.

- A volume's multiple of its average told without the word "volume" before it: after a share count
  ("About 5.5 million shares changed hands, 1.6 times the usual day"), in a desk's capitals ("5.5M
  SHARES, 1.6X AVG"), or with the volume words after it ("on one and a half times its normal
  volume"). Plants: a multiple one higher in digits, 1.2 higher in capitals, three times in words.
- A moving average's slope told with its value set off by commas ("Its 50-day, $680.43, has been
  edging higher"), after "is <value> and" ("50 day is 680.43 and curling up"), in words the slope
  rule did not know ("slipping", "sliding", "edging/inching/drifting/ticking/curling up or down"), and
  its size after a time span ("all month, roughly 1.8% in the past twenty sessions") or in a new
  clause opened by ", and the 50-day" (read as its object before). Plants: a falling word and a
  sliding one on a rising 50-day, and each size two points high.
- A run's total told with a window and a total's word ("the cumulative gain of the three sessions
  comes to 1.00%"), with "cost" as a loss ("These six sessions cost the fund 5.80%"), after an
  ordinal run ("its 3rd straight up session, ... for the streak"), and a line of a line-by-line note
  wrapped onto the next with a lowercase word ("... 1.00% for the" / "streak"). Plants: the 5-day
  move for the run's total (the coincidence a total's words rule out), and the run's total 0.5 high.
- The day's move in dollars beside its % ("-$1.98 / -0.80%", "\u25bc 1.98 (-0.80%)") or after "gives
  back": the day's move, no longer a bare figure. Plants: each 50 cents high.

Every figure comes from the snapshot or a peer's, so each note is correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

# ---------------------------------------------------------------- a volume multiple after shares

VOLUME_KEY = "DIA-2026-11-20"
VOLUME_BASE = f"user-miss6-volume-{VOLUME_KEY}"


def _volume(s: Snapshot) -> tuple[float, float]:
    """The day's volume in millions and its ratio to the 20-day average (near 1.5: 'one and a half')."""
    ratio = s.volume.volume_ratio
    assert ratio is not None and 1.3 <= ratio <= 1.7, ratio
    return s.volume.volume / 1e6, ratio


def volume_note(b: Built) -> str:
    s = b.snapshot
    shares, ratio = _volume(s)
    return (f"# Blue chips on busy tape\n\n"
            f"DIA finished at ${s.close:.2f}. About {shares:.1f} million shares changed hands, {ratio:.1f} "
            f"times the usual day, and buyers stayed to the bell.\n\n"
            f"DESK WIRE: DIA {shares:.1f}M SHARES, {ratio:.1f}X AVG.\n\n"
            f"For the radio read: the fund closed on one and a half times its normal volume.\n")


def volume_plants(built: dict[str, Built]) -> list[Plant]:
    shares, ratio = _volume(built[VOLUME_KEY].snapshot)
    higher, capitals = f"{ratio + 1:.1f} times", f"{ratio + 1.2:.1f}X"
    return [Plant(f"miss6-volume-times-{VOLUME_KEY}", VOLUME_BASE, "value",
                  f"{ratio:.1f} times the usual", f"{higher} the usual", "value-mismatch", higher,
                  note="a multiple after a share count ('shares changed hands, N times the usual day'), "
                       "one higher"),
            Plant(f"miss6-volume-caps-{VOLUME_KEY}", VOLUME_BASE, "value",
                  f"{ratio:.1f}X AVG", f"{capitals} AVG", "value-mismatch", capitals,
                  note="a multiple in capitals after a share count ('5.5M SHARES, 1.6X AVG'), 1.2 higher"),
            Plant(f"miss6-volume-words-{VOLUME_KEY}", VOLUME_BASE, "words",
                  "one and a half times its normal", "three times its normal", "value-mismatch",
                  "three times",
                  note="a multiple in words with the volume word after it ('three times its normal volume')")]


# ---------------------------------------------------------------- a moving average's slope in words

SLOPE_KEY = "SPY-2026-11-20"
SLOPE_BASE = f"user-miss6-slope-{SLOPE_KEY}"


def _slope(s: Snapshot) -> tuple[float, float]:
    """The 50-day's value and its 20-session slope (rising, under 2%)."""
    sma, slope = s.trend.sma_50, s.trend.sma_50_slope_pct
    assert sma is not None and slope is not None and 1.5 <= slope < 2.0, slope
    return sma, slope


def slope_note(b: Built) -> str:
    s = b.snapshot
    sma, slope = _slope(s)
    return (f"# SPY's averages\n\n"
            f"SPY closed at ${s.close:.2f}. Its 50-day, ${sma:.2f}, has been edging higher all month, "
            f"roughly {slope:.1f}% in the past twenty sessions.\n\n"
            f"The cross is old news, and the 50-day has kept rising, by about {slope:.2f}% over the last "
            f"twenty sessions.\n\n"
            f"Chat version: 50 day is {sma:.2f} and curling up.\n")


def slope_plants(built: dict[str, Built]) -> list[Plant]:
    _, slope = _slope(built[SLOPE_KEY].snapshot)
    tenths, hundredths = f"{slope + 2:.1f}%", f"{slope + 2:.2f}%"
    return [Plant(f"miss6-slope-slipping-{SLOPE_KEY}", SLOPE_BASE, "trend",
                  "has been edging higher all month", "has been slipping all month", "pattern-mismatch",
                  "slipping", note="a falling word on the rising 50-day, its value set off by commas"),
            Plant(f"miss6-slope-sliding-{SLOPE_KEY}", SLOPE_BASE, "trend", "and curling up", "and sliding",
                  "pattern-mismatch", "sliding",
                  note="'50 day is <value> and sliding' on the rising 50-day"),
            Plant(f"miss6-slope-size-{SLOPE_KEY}", SLOPE_BASE, "trend", f"roughly {slope:.1f}% in",
                  f"roughly {tenths} in", "value-mismatch", tenths,
                  note="the 50-day's 20-session change after 'all month,', two points high"),
            Plant(f"miss6-slope-clause-{SLOPE_KEY}", SLOPE_BASE, "trend", f"by about {slope:.2f}%",
                  f"by about {hundredths}", "value-mismatch", hundredths,
                  note="the 50-day's change in a clause opened by ', and the 50-day', two points high")]


# ---------------------------------------------------------------- a run's total

RUN_KEY = "DIA-2026-11-20"
RUN_BASE = f"user-miss6-run-{RUN_KEY}"
COST_KEY = "IWM-2026-02-13"
COST_BASE = f"user-miss6-cost-{COST_KEY}"


def _run(s: Snapshot, sessions: int) -> tuple[str, str]:
    """The run's total and the 5-day move, printed unsigned; they must differ."""
    run, week = s.tape.streak_change_pct, s.returns.change_5d_pct
    assert s.tape.streak_sessions == sessions and run is not None and week is not None
    total, five = f"{abs(run):.2f}%", f"{abs(week):.2f}%"
    assert total != five
    return total, five


def run_note(b: Built) -> str:
    s = b.snapshot
    total, _ = _run(s, 3)
    return (f"# Dow fund, three up\n\n"
            f"Put together, the cumulative gain of the three sessions comes to {total}.\n\n"
            f"Closing tape\n\n"
            f"16:00  DIA settles at ${s.close:.2f}, its 3rd straight up session, and {total} for the\n"
            f"       streak\n"
            f"16:01  VOLUME {s.volume.volume / 1e6:.1f}M SHARES\n"
            f"16:02  NEXT UPDATE AT THE OPEN\n")


def cost_note(b: Built) -> str:
    s = b.snapshot
    total, _ = _run(s, 6)
    return (f"# Small caps keep sliding\n\n"
            f"IWM closed at ${s.close:.2f}. These six sessions cost the fund {total}.\n")


def run_plants(built: dict[str, Built]) -> list[Plant]:
    total, five = _run(built[RUN_KEY].snapshot, 3)
    higher = f"{float(total[:-1]) + 0.5:.2f}%"
    cost_total, cost_five = _run(built[COST_KEY].snapshot, 6)
    return [Plant(f"miss6-run-cumulative-{RUN_KEY}", RUN_BASE, "timeframe", f"comes to {total}",
                  f"comes to {five}", "value-mismatch", five,
                  note="the 5-day move as 'the cumulative gain of the three sessions'"),
            Plant(f"miss6-run-wrapped-{RUN_KEY}", RUN_BASE, "timeframe", f"and {total} for the",
                  f"and {higher} for the", "value-mismatch", higher,
                  note="the run's total 0.5 high, its 'for the streak' wrapped onto the next line"),
            Plant(f"miss6-run-cost-{COST_KEY}", COST_BASE, "timeframe", f"fund {cost_total}",
                  f"fund {cost_five}", "value-mismatch", cost_five,
                  note="the 5-day move as what 'these six sessions cost the fund'")]


# ---------------------------------------------------------------- the day's move in dollars

DOLLAR_KEY = "IWM-2026-11-17"
DOLLAR_BASE = f"user-miss6-dollar-{DOLLAR_KEY}"


def _dollar(s: Snapshot) -> tuple[float, float]:
    move, pct = s.returns.change_1d, s.returns.change_1d_pct
    assert move is not None and move < 0 and pct < 0
    return abs(move), abs(pct)


def dollar_note(b: Built) -> str:
    s = b.snapshot
    move, pct = _dollar(s)
    return (f"# Small caps, Tuesday\n\n"
            f"IWM ${s.close:.2f} \u25bc {move:.2f} (-{pct:.2f}%)\n\n"
            f"The fund settled at ${s.close:.2f} (-${move:.2f} / -{pct:.2f}%).\n\n"
            f"On the day it gives back ${move:.2f} of last week's gains.\n")


def dollar_plants(built: dict[str, Built]) -> list[Plant]:
    move, _ = _dollar(built[DOLLAR_KEY].snapshot)
    high = f"{move + 0.5:.2f}"
    return [Plant(f"miss6-dollar-arrow-{DOLLAR_KEY}", DOLLAR_BASE, "value", f"\u25bc {move:.2f}",
                  f"\u25bc {high}", "value-mismatch", high,
                  note="the day's move after a down arrow, beside its % in brackets, 50 cents high"),
            Plant(f"miss6-dollar-slash-{DOLLAR_KEY}", DOLLAR_BASE, "value", f"(-${move:.2f} /",
                  f"(-${high} /", "value-mismatch", f"-${high}",
                  note="the signed dollar move before '/ -0.80%', 50 cents high"),
            Plant(f"miss6-dollar-gives-{DOLLAR_KEY}", DOLLAR_BASE, "value", f"gives back ${move:.2f}",
                  f"gives back ${high}", "value-mismatch", f"${high}",
                  note="the dollar move after 'gives back', 50 cents high")]


def miss6_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(VOLUME_BASE, VOLUME_KEY, "prose", "md", volume_note(built[VOLUME_KEY])),
            UserText(SLOPE_BASE, SLOPE_KEY, "prose", "md", slope_note(built[SLOPE_KEY])),
            UserText(RUN_BASE, RUN_KEY, "prose", "md", run_note(built[RUN_KEY])),
            UserText(COST_BASE, COST_KEY, "prose", "md", cost_note(built[COST_KEY])),
            UserText(DOLLAR_BASE, DOLLAR_KEY, "prose", "md", dollar_note(built[DOLLAR_KEY]))]


def miss6_plants(built: dict[str, Built]) -> list[Plant]:
    return [*volume_plants(built), *slope_plants(built), *run_plants(built), *dollar_plants(built)]
