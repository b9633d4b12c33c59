"""Direction, position and negation words (issue 14, stop 42's vwords; holdout 18's misses 1 and 5 and
false alarm 5), in other words than the holdouts'.

- A rowing club treasurer's note on SPY: the close's place in the day's range with a bare "that high"
  after the day's low and high are printed, a near word beside the day's own high ("a touch under the
  day's high"), the opening gap in words ("with a small gap up"), peers said to do better or worse with
  no "than" ("QQQ did better, ..."), the whole group green, a gap pair whose first object is not the
  second's ("trailed QQQ by N pp and beat IWM by N pp"), the close's side of an average through a
  denied pronoun ("no longer below it"), a shorthand average ("above the 200d"), a cross said no
  longer to stand, an upper Bollinger band with no "band" beside the close, and a support level with
  the close as the subject of its distance ("$N, which the close sits N% above").
- A garage ticket's tape note on QQQ on a down day, typed in a narrow column whose lines break
  mid-sentence: the close on the day's low, a near word over the day's low, MACD and its signal across a
  line break, the group red, the fund falling more than the big funds as a group and "red like the rest".
- A staff-room whiteboard on DIA: a MACD sign word after its readings ("MACD N vs signal N, firmly
  positive"), wrong only when the line and its gap to the signal both have the other sign.

Plants turn each word to its other side: `direction-mismatch` for places, gaps, peers and levels,
`pattern-mismatch` for the averages and crosses, `indicator-mismatch` for the MACD. Every figure comes
from the snapshots, so the texts are correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

ROW_KEY = "SPY-2026-11-20"  # SPY +1.10% near the day's high; QQQ +1.90%, DIA +0.60%, IWM +0.30%: all green
ROWING = f"user-words42-rowing-{ROW_KEY}"
TAPE_KEY = "QQQ-2026-11-17"  # QQQ -0.90% on the day's low; SPY, DIA, IWM all down less; MACD under signal
TAPE = f"user-words42-garage-{TAPE_KEY}"
BOARD_KEY = "DIA-2026-06-03"  # MACD above zero and above its signal
BOARD = f"user-words42-board-{BOARD_KEY}"
DIRECTION, PATTERN, INDICATOR = "direction-mismatch", "pattern-mismatch", "indicator-mismatch"


def _place(s: Snapshot) -> float:
    return (s.close - s.low) / (s.high - s.low)


def _moves(s: Snapshot) -> dict[str, float]:
    return {m.symbol: m.change_1d_pct for m in s.related if m.change_1d_pct is not None}


def _rowing(b: Built) -> dict[str, str]:
    s, f = b.snapshot, b.sheet
    moves, own = _moves(s), s.returns.change_1d_pct
    assert own is not None and moves["QQQ"] > own > moves["IWM"] > 0 and moves["DIA"] > 0
    assert _place(s) > 0.5 and s.open is not None and s.prev_close is not None and s.open > s.prev_close
    assert s.trend.sma_50 is not None and s.trend.sma_200 is not None and s.close > s.trend.sma_50
    assert s.trend.cross is not None and s.trend.cross.state == "golden"
    assert s.volatility.bb_upper is not None and s.volatility.bb_upper > s.close
    support = next(i for i, lv in enumerate(s.levels, 1) if lv.price < s.close and "wall" not in lv.label)
    return {"close": f.fmt("close"), "move": f.fmt("change_1d_pct", "abs"), "open": f.fmt("open"),
            "low": f.fmt("low"), "high": f.fmt("high"), "qqq": f.fmt("QQQ_change_1d_pct", "abs"),
            "qqq_close": f.fmt("QQQ_close"), "iwm": f.fmt("IWM_change_1d_pct", "abs"),
            "qqq_gap": f.fmt("divergence_vs_QQQ_pp", "abs"), "iwm_gap": f.fmt("divergence_vs_IWM_pp", "abs"),
            "sma50": f.fmt("sma_50"), "sma200": f.fmt("sma_200"), "cross_day": f.fmt("cross_since", "short"),
            "bb": f.fmt("bb_upper"), "support": f.fmt(f"level_{support}"),
            "support_pct": f.fmt(f"level_{support}_distance_pct", "abs")}


def rowing_note(b: Built) -> str:
    r = _rowing(b)
    return ("Harbour Rowing Club - treasurer's market note (the reserve is parked in SPY)\n\n"
            f"SPY closed at {r['close']}, up {r['move']}. It opened at {r['open']} with a small gap up, "
            f"slipped to a low of {r['low']}, reached a high of {r['high']} and settled near that high. The "
            "fund finished a touch under the day's high.\n\n"
            f"QQQ did better, up {r['qqq']} to {r['qqq_close']}. IWM did worse, up only {r['iwm']}. "
            f"Everything was green on the day. SPY trailed QQQ by {r['qqq_gap']} and beat IWM by "
            f"{r['iwm_gap']}.\n\n"
            f"The 50-day average is {r['sma50']} and SPY is no longer below it; the fund also stays above "
            f"the 200d ({r['sma200']}). The death cross some rowers feared no longer stands: the 50-day went "
            f"over the 200-day on {r['cross_day']}. Upper Bollinger {r['bb']} sits above the close. Support: "
            f"{r['support']}, which the close sits {r['support_pct']} above.\n")


def _tape(b: Built) -> dict[str, str]:
    s, f = b.snapshot, b.sheet
    moves, own = _moves(s), s.returns.change_1d_pct
    assert own is not None and all(own < moves[p] < 0 for p in ("SPY", "DIA", "IWM"))
    assert _place(s) < 0.05 and s.momentum.macd is not None and s.momentum.macd_signal is not None
    assert s.momentum.macd < s.momentum.macd_signal
    return {"close": f.fmt("close"), "move": f.fmt("change_1d_pct", "abs"), "open": f.fmt("open"),
            "low": f.fmt("low"), "high": f.fmt("high"), "macd": f.fmt("macd"), "signal": f.fmt("macd_signal"),
            "spy": f.fmt("SPY_change_1d_pct"), "dia": f.fmt("DIA_change_1d_pct"),
            "iwm": f.fmt("IWM_change_1d_pct")}


def garage_ticket(b: Built) -> str:
    t = _tape(b)
    lines = [f"QQQ closed at {t['close']}, down {t['move']}, after an",
             f"open of {t['open']} and a high of {t['high']}, and",
             f"the low was {t['low']}. It closed right on the low,",
             "a hair over the day's low as the bell rang. Its",
             f"momentum line, the MACD at {t['macd']}, is still",
             f"below its signal ({t['signal']}) for days now. The",
             f"tape was weak and everything was red: SPY {t['spy']},",
             f"DIA {t['dia']}, IWM {t['iwm']}. QQQ fell more than",
             "the big funds, red like the rest. Back Monday."]
    return ("CITY GARAGE - LEVEL THREE\nPAY AT THE MACHINE BY THE LIFT\n\n--- TAPE NOTE ---\n"
            + "\n".join(lines) + "\n------------------\nKEEP THIS TICKET\n")


def _board(b: Built) -> dict[str, str]:
    s, f = b.snapshot, b.sheet
    assert s.momentum.macd is not None and s.momentum.macd_signal is not None
    assert s.momentum.macd > 0 and s.momentum.macd > s.momentum.macd_signal
    return {"close": f.fmt("close"), "macd": f.fmt("macd"), "signal": f.fmt("macd_signal")}


def whiteboard(b: Built) -> str:
    w = _board(b)
    return ("Staff room whiteboard - pension corner (DIA)\n\n"
            f"DIA last at {w['close']}. Momentum check: MACD {w['macd']} vs signal {w['signal']}, firmly "
            "positive. Next update Monday.\n")


def words42_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(ROWING, ROW_KEY, "prose", "txt", rowing_note(built[ROW_KEY])),
            UserText(TAPE, TAPE_KEY, "prose", "txt", garage_ticket(built[TAPE_KEY])),
            UserText(BOARD, BOARD_KEY, "prose", "txt", whiteboard(built[BOARD_KEY]))]


def words42_plants(built: dict[str, Built]) -> list[Plant]:
    r = _rowing(built[ROW_KEY])
    return [
        Plant(f"words42-rowing-near-{ROW_KEY}", ROWING, "direction", "settled near that high",
              "settled near the low", DIRECTION, "near the low",
              note="the close in the top fifth of the day's range said near the low printed before it"),
        Plant(f"words42-rowing-touch-{ROW_KEY}", ROWING, "direction", "a touch under the day's high",
              "a touch over the day's low", DIRECTION, "over the day's low",
              note="'a touch over the day's low' puts the close in the lower half; it is near the high"),
        Plant(f"words42-rowing-gap-{ROW_KEY}", ROWING, "direction", "with a small gap up",
              "with a small gap down", DIRECTION, "gap down", note="the open was above the prior close"),
        Plant(f"words42-rowing-better-{ROW_KEY}", ROWING, "direction", "QQQ did better",
              "QQQ did worse", DIRECTION, "did worse", note="QQQ rose more than SPY: it did better"),
        Plant(f"words42-rowing-worse-{ROW_KEY}", ROWING, "direction", "IWM did worse",
              "IWM did better", DIRECTION, "did better", note="IWM rose less than SPY: it did worse"),
        Plant(f"words42-rowing-red-{ROW_KEY}", ROWING, "direction", "Everything was green",
              "Everything was red", DIRECTION, "red", note="SPY and every peer rose on the day"),
        Plant(f"words42-rowing-pair-{ROW_KEY}", ROWING, "direction", "SPY trailed QQQ by",
              "SPY beat QQQ by", DIRECTION, "beat QQQ",
              note="the first gap is QQQ's (SPY behind), whatever the second gap to IWM says"),
        Plant(f"words42-rowing-pronoun-{ROW_KEY}", ROWING, "negation", "no longer below it",
              "no longer above it", PATTERN, "no longer above it",
              note="'it' is the 50-day named in the clause before; the close is above it"),
        Plant(f"words42-rowing-200d-{ROW_KEY}", ROWING, "negation", "also stays above the",
              "is no longer above the", PATTERN, "no longer above the",
              note="the shorthand 200d is the 200-day average; the close is still above it"),
        Plant(f"words42-rowing-cross-{ROW_KEY}", ROWING, "negation", "The death cross some",
              "The golden cross some", PATTERN, "golden cross",
              note="the golden cross is in place: saying it no longer stands is wrong"),
        Plant(f"words42-rowing-band-{ROW_KEY}", ROWING, "direction", "sits above the close",
              "sits below the close", DIRECTION, "below",
              allowed=["level-wrong-side"],  # the band's price said below the close is a level on a side too
              note=f"the upper band {r['bb']} is above the close"),
        Plant(f"words42-garage-onlow-{TAPE_KEY}", TAPE, "direction", "right on the low,",
              "right on the high,", DIRECTION, "on the high",
              note="the close is a cent over the day's low, not on its high"),
        Plant(f"words42-garage-hair-{TAPE_KEY}", TAPE, "direction", "a hair over the day's low",
              "a hair under the day's high", DIRECTION, "under the day's high",
              note="'a hair under the day's high' puts the close near the top; it is at the bottom"),
        Plant(f"words42-garage-macd-{TAPE_KEY}", TAPE, "indicator", "below its signal",
              "above its signal", INDICATOR, "above its signal",
              note="MACD under its signal, told across a line break of the narrow column"),
        Plant(f"words42-garage-green-{TAPE_KEY}", TAPE, "direction", "everything was red",
              "everything was green", DIRECTION, "green", note="every fund fell on the day"),
        Plant(f"words42-garage-rest-{TAPE_KEY}", TAPE, "direction", "red like the rest",
              "green like the rest", DIRECTION, "green like the rest",
              note="QQQ and the funds it is likened to all fell"),
        Plant(f"words42-garage-less-{TAPE_KEY}", TAPE, "direction", "fell more than",
              "fell less than", DIRECTION, "less than",
              note="QQQ's loss was deeper than each of SPY's, DIA's and IWM's"),
        Plant(f"words42-board-macd-{BOARD_KEY}", BOARD, "indicator", "firmly positive", "firmly negative",
              INDICATOR, "negative", note="MACD is above zero and above its signal: negative fits neither"),
    ]
