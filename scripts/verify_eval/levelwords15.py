"""Desk notes for the verifier's levels named in words (issue 14, holdout 11's "level" kind), each
written in other words than the holdouts', on other subjects and sessions.

- An average called a level in a clause hung on it ("..., so it now serves as resistance"), a price the
  writer names as a level ("we mark $X as support", "$X (resistance)"), a singular level listed with
  "and" ("support $A and $B": two levels, not one zone). Plants: the level's side swapped
  (`level-wrong-side` on the word or the price).
- The close's place in words: inside a range of sessions or the day's ("nearer the floor than the
  ceiling", "in the upper half", "close to the top"), beside an edge or a Bollinger band ("below the
  lid", "a touch under the upper band", with the distance read in ATRs), a round number with its
  side ("the round number underneath is $240"). Plants: the place or side swapped
  (`direction-mismatch` on the words or the price).

Every figure is read from the snapshots and asserted against the words, so each note is correct by
construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

SMALL_KEY = "IWM-2026-11-17"  # close $245.28; 50-day $246.21 above, 200-day $230.71 below
BROAD_KEY = "SPY-2026-11-20"  # close $688.00; range 678.45-694.71
TECH_KEY = "QQQ-2026-11-20"  # close $626.40; day $614.90-$631.45; range 610.21-629.76; upper band $629.47
SMALL_BASE = f"user-levelwords15-small-{SMALL_KEY}"
TECH_BASE = f"user-levelwords15-tech-{TECH_KEY}"
BROAD_BASE = f"user-levelwords15-broad-{BROAD_KEY}"


def _levels(b: Built, kind: str) -> list[float]:
    return [level.price for level in b.snapshot.levels if level.kind.value == kind]


def small_note(b: Built) -> str:
    """The 50-day overhead as resistance; two supports from the sheet, one resistance in brackets."""
    s = b.snapshot
    assert s.trend.sma_50 is not None and s.trend.sma_200 is not None
    assert s.trend.sma_200 < s.close < s.trend.sma_50
    supports = sorted(_levels(b, "support"), reverse=True)
    assert supports[:3] == [242.80, 241.00, 240.02] and _levels(b, "resistance")[1] == 249.26
    return ("# Small caps, Tuesday\n\n"
            f"IWM settled at {b.sheet.fmt('close')}. Its 50-day average, {b.sheet.fmt('sma_50')}, sits "
            "a shade above the close, so it now serves as resistance; the 200-day, at "
            f"{b.sheet.fmt('sma_200')}, is well below.\n\n"
            "On the desk sheet we mark $242.80 as support and $249.26 (resistance) as the top of the box. "
            "Further down, support $241.00 and $240.02 came from the range floor and a swing low.\n")


def broad_note(b: Built) -> str:
    """The range floor as the nearest support, the record close as resistance overhead."""
    s = b.snapshot
    assert s.range is not None and s.range.lower == 678.45 and s.range.upper == 694.71
    assert s.range.lower < s.close < s.range.upper
    return ("# S&P 500 fund, Friday\n\n"
            f"SPY finished at {b.sheet.fmt('close')}. The nearest support we watch is $678.45, the floor of "
            f"the {s.range.sessions}-session range. Resistance overhead is $694.71, the record close.\n")


def tech_note(b: Built) -> str:
    """QQQ in the upper part of its day and of its range, a touch under the upper band."""
    s = b.snapshot
    assert s.range is not None and (s.range.lower, s.range.upper) == (610.21, 629.76)
    assert (s.close - s.low) / (s.high - s.low) > 0.6 and (s.close - s.range.lower) / (
        s.range.upper - s.range.lower) > 0.6
    upper = s.volatility.bb_upper
    atr = s.volatility.atr_14
    assert upper is not None and atr is not None and 0 < upper - s.close < 0.5 * atr
    assert int(s.close) // 10 * 10 == 620
    return ("# Nasdaq 100 fund, Friday\n\n"
            f"QQQ traded between {b.sheet.fmt('low')} and {b.sheet.fmt('high')} and settled at "
            f"{b.sheet.fmt('close')}, close to the top of the day's range.\n\n"
            f"Over {s.range.sessions} sessions the fund has held between $610.21 and $629.76; it sits in "
            "the upper half of that box, still below the lid, and a touch under the upper Bollinger band. "
            "The round number underneath is $620.\n")


def levelwords15_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(SMALL_BASE, SMALL_KEY, "prose", "md", small_note(built[SMALL_KEY])),
            UserText(TECH_BASE, TECH_KEY, "prose", "md", tech_note(built[TECH_KEY])),
            UserText(BROAD_BASE, BROAD_KEY, "prose", "md", broad_note(built[BROAD_KEY]))]


def levelwords15_plants(built: dict[str, Built]) -> list[Plant]:
    del built
    return [
        Plant(f"levelwords15-avg-{SMALL_KEY}", SMALL_BASE, "level", "so it now serves as resistance",
              "so it now serves as support", "level-wrong-side", "support",
              note="the 50-day $246.21 is above the close $245.28: not support"),
        Plant(f"levelwords15-mark-{SMALL_KEY}", SMALL_BASE, "level", "we mark $242.80 as support",
              "we mark $247.85 as support", "level-wrong-side", "$247.85",
              note="a support at $247.85 would be above the close $245.28"),
        Plant(f"levelwords15-paren-{SMALL_KEY}", SMALL_BASE, "level", "$249.26 (resistance)",
              "$243.35 (resistance)", "level-wrong-side", "$243.35",
              note="a resistance at $243.35 would be below the close $245.28"),
        Plant(f"levelwords15-list-{SMALL_KEY}", SMALL_BASE, "level", "support $241.00 and $240.02",
              "support $241.00 and $246.55", "level-wrong-side", "$246.55",
              note="'support $241.00 and $246.55' lists two supports; $246.55 is above the close $245.28"),
        Plant(f"levelwords15-watch-{BROAD_KEY}", BROAD_BASE, "level", "support we watch is $678.45",
              "support we watch is $689.45", "level-wrong-side", "$689.45",
              note="a support at $689.45 would be above the close $688.00"),
        Plant(f"levelwords15-overhead-{BROAD_KEY}", BROAD_BASE, "level", "Resistance overhead is $694.71",
              "Resistance overhead is $684.71", "level-wrong-side", "$684.71",
              note="a resistance at $684.71 would be below the close $688.00"),
        Plant(f"levelwords15-daytop-{TECH_KEY}", TECH_BASE, "level", "close to the top of the day's range",
              "close to the bottom of the day's range", "direction-mismatch", "close to the bottom",
              note="$626.40 in a $614.90-$631.45 day is 69% of the way up: not near the bottom"),
        Plant(f"levelwords15-half-{TECH_KEY}", TECH_BASE, "level",
              "sits in the upper half", "sits in the lower half", "direction-mismatch", "in the lower half",
              note="$626.40 in the $610.21-$629.76 range is 83% of the way up"),
        Plant(f"levelwords15-lid-{TECH_KEY}", TECH_BASE, "level", "still below the lid",
              "already above the lid", "direction-mismatch", "above the lid",
              note="$626.40 is below the range top $629.76"),
        Plant(f"levelwords15-band-{TECH_KEY}", TECH_BASE, "level", "a touch under the upper Bollinger band",
              "well under the upper Bollinger band", "direction-mismatch",
              "well under the upper Bollinger band",
              note="the close is 0.4 ATR under the upper band $629.47: not well under it"),
        Plant(f"levelwords15-round-{TECH_KEY}", TECH_BASE, "level", "underneath is $620",
              "underneath is $630", "direction-mismatch", "$630",
              note="$630 is above the close $626.40: not underneath"),
    ]
