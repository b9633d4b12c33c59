"""Whose a figure is after a sentence about another instrument, and quotations that quote nobody (issue
14, stop 41's vsubject; holdout 17's tide notice and spelling bee), in other words than the holdouts'.

- The subject handed back: a gliding club's launch sheet on its index fund turns to the S&P 500 for one
  sentence ("Over the ridge, the S&P 500 climbed N%."), goes on about it with a pronoun ("It closed at
  N, and its RSI stands at N."), then gives the index's own gauges, averages, cross and prior close
  under labels that name no instrument ("Instruments on the panel: RSI N, MACD N ..."). A sentence
  whose figures show the text's own instrument's facts and none of the other's is the text's own again;
  one that points back with "it"/"its" stays the other's. Plants: a wrong figure of the S&P 500 after
  the turn, the index's own RSI written as the S&P 500's after "its", and wrong own figures and a
  wrong cross after the turn (`value-mismatch`, `pattern-mismatch`).

- Quotations that quote nobody: a desk's style guide gives an example sentence after "Example:" for
  each rule, with Friday's figures (the close and the move, the 50-day, a dated past close). Nobody is
  said to have said them and nothing is cited: they are the text's own claims, checked as such, not a
  source's words to trace. Plants: a wrong figure inside an example (`value-mismatch`, as outside
  quotation marks).

- Smaller: a crew's layover notes quote the dollar in yen ("the dollar rose N% to N yen": USD/JPY, not the
  dollar index), compare the fund with two peers in one list ("N of a point more than IWM and N more
  than DIA": the second comparison is still the fund's, not IWM's) and give the record close as the
  subject of its distance ("The record close, $N from Oct 22, is N% above": the record above the close).
  Plants: wrong levels and moves of USD/JPY (`value-mismatch`), a turned comparison
  (`direction-mismatch`), a wrong or turned distance from the record.

Every figure comes from the snapshots, so the texts are correct by construction.
"""

from __future__ import annotations

from datetime import date

from pipeline.contracts import Snapshot

from .pastbars39 import close_on
from .plants import Plant
from .universe import Built
from .user_texts import UserText

INDEX_KEY = "idx_FSMI-2026-11-20"  # the index -0.88%, death cross; the S&P 500 +1.11%, SPY golden
GLIDER = f"user-subject41-glider-{INDEX_KEY}"
STYLE_KEY = "SPY-2026-11-20"
STYLE = f"user-subject41-style-{STYLE_KEY}"
CREW = f"user-subject41-crew-{STYLE_KEY}"
VALUE = "value-mismatch"


def _spy(b: Built) -> Snapshot:
    return next(p for p in b.peers if p.symbol == "SPY")


def _gauges(b: Built) -> dict[str, str]:
    s, f, spy = b.snapshot, b.sheet, _spy(b)
    cross = s.trend.cross
    assert s.returns.change_1d_pct is not None and s.returns.change_1d_pct < 0
    assert cross is not None and cross.state == "death" and spy.trend.cross is not None
    assert spy.trend.cross.state == "golden" and spy.momentum is not None and spy.momentum.rsi_14 is not None
    assert s.trend.sma_50_slope_pct is not None and s.trend.sma_50_slope_pct < 0
    return {"close": f.fmt("close"), "move": f.fmt("change_1d_pct", "abs"), "rsi": f.fmt("rsi_14"),
            "macd": f.fmt("macd"), "signal": f.fmt("macd_signal"), "sma50": f.fmt("sma_50"),
            "sma200": f.fmt("sma_200"), "under50": f.fmt("pct_vs_sma_50", "abs"), "prev": f.fmt("prev_close"),
            "cross_day": f.fmt("cross_since", "short"), "cross_n": f.fmt("cross_sessions_since"),
            "slope": f"{abs(s.trend.sma_50_slope_pct):.2f}%", "spx": f.fmt("GSPC_close"),
            "spx_move": f.fmt("GSPC_change_1d_pct", "abs"), "spy_rsi": f"{spy.momentum.rsi_14:.1f}"}


def launch_sheet(b: Built) -> str:
    g = _gauges(b)
    return ("Hilltop Gliding Club - weekend launch sheet (the club's reserve follows the Frontier Select "
            "Markets index)\n\n"
            f"The Frontier Select Markets index settled at {g['close']} on Friday, down {g['move']}. "
            f"Over the ridge, the S&P 500 climbed {g['spx_move']}. It closed at {g['spx']}, and its RSI "
            f"stands at {g['spy_rsi']}. Instruments on the panel: RSI {g['rsi']}, MACD {g['macd']} under a "
            f"signal line of {g['signal']}. Wind sock: the 50-day at {g['sma50']}, the 200-day at "
            f"{g['sma200']}, the close {g['under50']} under the first. Thursday's landing: {g['prev']}.\n\n"
            f"Over the ridge again, the S&P 500 finished {g['spx_move']} higher. The death cross of "
            f"{g['cross_day']} holds, {g['cross_n']} sessions on; the 50-day has sunk {g['slope']} over 20 "
            "sessions.\n")


def _examples(b: Built) -> dict[str, str]:
    s, f = b.snapshot, b.sheet
    assert s.returns.change_1d_pct is not None and s.returns.change_1d_pct > 0
    assert s.trend.sma_50 is not None and s.close > s.trend.sma_50
    return {"close": f.fmt("close"), "move": f.fmt("change_1d_pct", "abs"), "sma50": f.fmt("sma_50"),
            "fri13": f"${close_on(s, date(2026, 11, 13))}"}


def style_guide(b: Built) -> str:
    e = _examples(b)
    return ("Desk style guide, market copy (examples use Friday's figures)\n\n"
            "Rule 4. Moves take two decimals and a verb that fits the size. Example: \"SPY rose "
            f"{e['move']} on Friday to close at {e['close']}.\" Avoid stacking adjectives.\n\n"
            "Rule 5. Name an average by its days. Example: \"SPY sits above its 50-day average of "
            f"{e['sma50']}.\"\n\n"
            "Rule 6. A past close carries its date. Example: \"SPY closed at "
            f"{e['fri13']} on Friday, Nov 13.\"\n")


def _crew(b: Built) -> dict[str, str]:
    s, f = b.snapshot, b.sheet
    own = s.returns.change_1d_pct
    moves = {m.symbol: m.change_1d_pct for m in s.related}
    assert own is not None and own > moves["DIA"] > moves["IWM"] > 0  # SPY beat both; DIA beat IWM
    assert s.cross_markets and any(m.key == "usd_jpy" and m.change_pct > 0 for m in s.cross_markets)
    assert s.extremes.pct_from_ath < 0
    return {"close": f.fmt("close"), "move": f.fmt("change_1d_pct", "abs"), "yen": f.fmt("xmkt_usd_jpy"),
            "record": f.fmt("all_time_high"), "record_day": f.fmt("all_time_high_date", "short"),
            "below_record": f.fmt("pct_from_ath", "abs"),
            "yen_move": f.fmt("xmkt_usd_jpy_change_pct", "abs"), "iwm_gap": f"{own - moves['IWM']:.2f}",
            "dia_gap": f"{own - moves['DIA']:.2f}"}


def crew_notes(b: Built) -> str:
    c = _crew(b)
    return ("Crew layover notes (the crew's pension fund holds SPY)\n\n"
            f"SPY closed at {c['close']}, up {c['move']}. In currencies, the dollar rose {c['yen_move']} to "
            f"{c['yen']} yen.\n\n"
            f"SPY gained {c['iwm_gap']} of a point more than IWM and {c['dia_gap']} more than DIA.\n\n"
            f"The record close, {c['record']} from {c['record_day']}, is {c['below_record']} above.\n")


def subject41_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(GLIDER, INDEX_KEY, "prose", "txt", launch_sheet(built[INDEX_KEY])),
            UserText(STYLE, STYLE_KEY, "prose", "txt", style_guide(built[STYLE_KEY])),
            UserText(CREW, STYLE_KEY, "prose", "txt", crew_notes(built[STYLE_KEY]))]


def _nudged(printed: str, by: float) -> str:
    """A printed figure moved by `by`, printed the same way ("$688.00" -> "$686.00", "35,425.24")."""
    body = printed.lstrip("$")
    decimals = len(body.split(".")[1]) if "." in body else 0
    return ("$" if printed.startswith("$") else "") + f"{float(body.replace(',', '')) + by:,.{decimals}f}"


def subject41_plants(built: dict[str, Built]) -> list[Plant]:
    g, e = _gauges(built[INDEX_KEY]), _examples(built[STYLE_KEY])
    spx, rsi, sma50, prev = _nudged(g["spx"], 50), _nudged(g["rsi"], 4), _nudged(g["sma50"], 200), \
        _nudged(g["prev"], 27)
    close, sma, fri = _nudged(e["close"], -2), _nudged(e["sma50"], -3), _nudged(e["fri13"], -0.18)
    c = _crew(built[STYLE_KEY])
    yen, yen_move = _nudged(c["yen"], 0.63), f"{float(c['yen_move'].rstrip('%')) + 0.18:.2f}%"
    record = f"{float(c['below_record'].rstrip('%')) + 1:.2f}%"
    return [
        Plant(f"subject41-glider-pronoun-close-{INDEX_KEY}", GLIDER, "subject", f"It closed at {g['spx']}",
              f"It closed at {spx}", VALUE, spx,
              note="a wrong S&P 500 close in the sentence after the turn, told with 'It': still the "
                   "S&P 500's"),
        Plant(f"subject41-glider-its-rsi-{INDEX_KEY}", GLIDER, "subject", f"stands at {g['spy_rsi']}",
              f"stands at {g['rsi']}", VALUE, g["rsi"],
              note="the index's own RSI given as the S&P 500's after 'its': SPY's RSI is another"),
        Plant(f"subject41-glider-own-rsi-{INDEX_KEY}", GLIDER, "indicator", f"RSI {g['rsi']},",
              f"RSI {rsi},", VALUE, rsi,
              note="a wrong RSI under a label after the turn, with the index's own MACD beside it: the "
                   "index's"),
        Plant(f"subject41-glider-own-sma-{INDEX_KEY}", GLIDER, "value", f"the 50-day at {g['sma50']}",
              f"the 50-day at {sma50}", VALUE, sma50,
              note="a wrong 50-day in a labelled sentence whose other figures are the index's"),
        Plant(f"subject41-glider-own-prev-{INDEX_KEY}", GLIDER, "value", f"landing: {g['prev']}",
              f"landing: {prev}", VALUE, prev,
              note="a wrong prior close after the paragraph was handed back to the index"),
        Plant(f"subject41-glider-cross-{INDEX_KEY}", GLIDER, "pattern", "The death cross of",
              "The golden cross of", "pattern-mismatch", "golden cross",
              note="a golden cross named after the S&P 500's sentence, its count the index's: the "
                   "index is in a death cross"),
        Plant(f"subject41-style-close-{STYLE_KEY}", STYLE, "quotation", f"to close at {e['close']}",
              f"to close at {close}", VALUE, close,
              note="a wrong close inside an example sentence nobody is said to have said: the text's own "
                   "claim"),
        Plant(f"subject41-style-sma-{STYLE_KEY}", STYLE, "quotation", f"average of {e['sma50']}",
              f"average of {sma}", VALUE, sma,
              note="a wrong 50-day inside an unattributed example: held to the 50-day, not to a source"),
        Plant(f"subject41-style-past-{STYLE_KEY}", STYLE, "quotation", f"closed at {e['fri13']}",
              f"closed at {fri}", VALUE, fri,
              note="a wrong dated past close inside an unattributed example: held to that day's bar"),
        Plant(f"subject41-crew-yen-{STYLE_KEY}", CREW, "value", f"to {c['yen']} yen", f"to {yen} yen", VALUE,
              yen,
              note="the dollar quoted in yen is USD/JPY, not the dollar index: a wrong level is USD/JPY's"),
        Plant(f"subject41-crew-yen-move-{STYLE_KEY}", CREW, "value", f"rose {c['yen_move']} to",
              f"rose {yen_move} to", VALUE, yen_move,
              note="a wrong move of the dollar against the yen: held to USD/JPY's change"),
        Plant(f"subject41-crew-than-{STYLE_KEY}", CREW, "direction", f"{c['dia_gap']} more than DIA",
              f"{c['dia_gap']} less than DIA", "direction-mismatch", "less than DIA",
              note="the second of 'N more than IWM and N less than DIA': SPY's, not IWM's (the object of the "
                   "first comparison); SPY rose more than DIA"),
        Plant(f"subject41-crew-record-{STYLE_KEY}", CREW, "value", f"is {c['below_record']} above",
              f"is {record} above", VALUE, record,
              note="the record close as the subject of its distance: held to the close's distance from the "
                   "record"),
        Plant(f"subject41-crew-record-side-{STYLE_KEY}", CREW, "direction", f"is {c['below_record']} above",
              f"is {c['below_record']} below", "direction-mismatch", f"{c['below_record']} below",
              note="'the record close ... is N% below': the record stands above the close"),
    ]
