"""Drafts with tracked changes, size verbs of a plural or a pronoun, RSI thresholds that end a sentence
and slope words in more frames (issue 14, vwords4 stop 45), in other voices than holdout 21's.

A draft carrying an editor's tracked changes is read as it will print: a cut ("[-...-]", CriticMarkup
"{--...--}") is dropped and an insertion ("[+...+]", "{++...++}") or a substitution's new words
("{~~old~>new~~}") kept, so a wrong word put in by the edit is caught and a wrong word the edit took
out is not charged.

Size verbs: the present tense after a plural name ("Small caps plummet"), the index opening the
sentence ("The index soared"), and "it" after a subordinator in a sentence that opens on the text's
own instrument ("The index ended at ... after it edged up 1.11%"): `magnitude-mismatch` when the day's
move does not fit the word.

An RSI threshold at the end of a sentence ("The RSI is 22.9, under 30.") is read like one mid-sentence.

Slope words: "the average" after a named average in the same sentence is that average ("its 50-day
average ..., and the average is still rising"), a slope figure in brackets right after the word ("the
200-day has slipped (-0.32%)") is its size, "starting to fall" / "beginning to rise" and "rolling into
a decline" / "flattening into a decline" say the way.

Each clean text says only what is true in these frames; each planted text turns one word the wrong way
and must be caught. Every figure comes from the snapshots.
"""

from __future__ import annotations

from dataclasses import replace

from .plants import Plant
from .universe import Built
from .user_texts import UserText

SUGGEST_KEY = "SPY-2026-11-20"
REDLINE_KEY = "QQQ-2025-11-17"
CRAWL_KEY = "IWM-2026-11-17"
INDEX_KEY = "idx_RUT-2026-11-17"
WEEKLY_KEY = "idx_GSPC-2026-11-20"
SCAN_KEY = "FRNT-2026-11-20"
WASHOUT_KEY = "IWM-2026-03-30"
LEDGER_KEY = "DIA-2026-11-20"
DESK_KEY = "QQQ-2026-11-20"


def _base(name: str, key: str) -> str:
    return f"user-vwords4-{name}-{key}"


def _pct(value: float | None) -> str:
    assert value is not None
    return f"{abs(value):.2f}%"


def _num(value: float | None) -> str:
    assert value is not None
    return f"{value:,.2f}"


def _rsi(b: Built) -> str:
    rsi = b.snapshot.momentum.rsi_14
    assert rsi is not None
    return f"{rsi:.1f}"


def suggest_note(b: Built) -> str:
    """SPY up a solid day, above a rising 50-day: a copy editor's suggest-mode pass (CriticMarkup)."""
    s, t = b.snapshot, b.snapshot.trend
    return ("Copy desk pass, suggested edits marked\n\n"
            f"SPY {{~~slipped~>rose~~}} {_pct(s.returns.change_1d_pct)} to ${s.close:.2f} on Friday. "
            f"{{--It was a sleepy session.--}}{{++The RSI is {_rsi(b)}, under 70.++}}\n\n"
            f"It closed above its 50-day average (${_num(t.sma_50)}), and the average {{~~is flat~>is still "
            "rising~~}}.\n")


def redline_note(b: Built) -> str:
    """QQQ's record close, a steep 50-day: a newsletter draft with an editor's inline changes."""
    s, t = b.snapshot, b.snapshot.trend
    return ("# QQQ [-edges up-][+jumps+] to a record close\n\n"
            f"QQQ finished at ${s.close:.2f}, up {_pct(s.returns.change_1d_pct)}. Its 50-day average "
            f"(${_num(t.sma_50)}) [-is starting to fall-][+is still climbing+]. [Ed.: check the slope.]\n")


def crawl_note(b: Built) -> str:
    """IWM's soft day: a business channel's headline crawl."""
    s = b.snapshot
    return ("CRAWL 4:05 PM\n\n"
            f"Small caps slip {_pct(s.returns.change_1d_pct)} as oil sags; IWM ends at ${s.close:.2f}.\n")


def index_note(b: Built) -> str:
    """The Russell 2000's down day: an index provider's daily factsheet line."""
    s = b.snapshot
    return ("Daily factsheet: Russell 2000\n\n"
            f"The index slid on Tuesday, down {_pct(s.returns.change_1d_pct)} to {_num(s.close)}.\n")


def weekly_note(b: Built) -> str:
    """The S&P 500's Friday: a wealth manager's weekly client letter."""
    s = b.snapshot
    return ("Weekly letter\n\n"
            f"The index ended the week at {_num(s.close)} after it rose {_pct(s.returns.change_1d_pct)} on "
            "Friday.\n")


def scan_note(b: Built) -> str:
    """FRNT deeply oversold: a momentum screen's one-line result."""
    return ("Screen hit: FRNT\n\n"
            f"FRNT shows up on the oversold screen tonight. The RSI is {_rsi(b)}, under 30.\n")


def washout_note(b: Built) -> str:
    """IWM weak but not yet oversold: a chat-room regular's evening message."""
    return ("evening check-in\n\n"
            f"IWM keeps leaking. RSI is {_rsi(b)}, still above 30. Not a washout yet, in my book.\n")


def ledger_note(b: Built) -> str:
    """DIA over a rising 50-day and a sagging 200-day: a family office's ledger comment."""
    t = b.snapshot.trend
    return ("Ledger comment, DIA position\n\n"
            f"The 50-day (${_num(t.sma_50)}) is still rising, while the 200-day has slipped "
            f"({t.sma_200_slope_pct:+.2f}%).\n")


def desk_note(b: Built) -> str:
    """QQQ's rising 50-day: a prop desk's end-of-day line."""
    t = b.snapshot.trend
    return ("EOD desk line\n\n"
            f"QQQ holds above the 50-day (${_num(t.sma_50)}), and the 50-day is still rising.\n")


PEERS_KEY = "DIA-2026-06-03"
FOURDOWN_KEY = "SPY-2026-11-17"
SLIPPING_KEY = "IWM-2026-02-13"
RALLY_KEY = "idx_GSPC-2026-11-20"


def _peer_moves(b: Built) -> dict[str, float]:
    s = b.snapshot
    return {m.symbol: m.change_1d_pct for m in s.related if m.role.value in ("peer", "benchmark")}


def _signed(value: float | None) -> str:
    assert value is not None
    return f"{value:+.2f}%"


def peers_note(b: Built) -> str:
    """DIA down while its three peers rose: a trust department's daily memo."""
    s = b.snapshot
    moves = ", ".join(f"{sym} {_signed(v)}" for sym, v in _peer_moves(b).items())
    return ("Trust desk memo\n\n"
            f"DIA {_signed(s.returns.change_1d_pct)} to ${s.close:.2f}; {moves}. DIA did worse than all "
            "three. Only one of the four closed lower.\n")


def fourdown_note(b: Built) -> str:
    """All four funds down: a retail broker's evening push notification."""
    moves = ", ".join(f"{sym} {_signed(v)}" for sym, v in _peer_moves(b).items())
    return ("Push alert, 4:10 PM\n\n"
            f"SPY {_signed(b.snapshot.returns.change_1d_pct)}, {moves}. All four of them fell on Tuesday.\n")


def slipping_note(b: Built) -> str:
    """IWM's sixth straight drop, its peers down less: a community bank's treasury note."""
    moves = ", ".join(f"{sym} {_signed(v)}" for sym, v in _peer_moves(b).items())
    return ("Treasury note\n\n"
            f"IWM lost {_pct(b.snapshot.returns.change_1d_pct)} today. Its peers fell less: {moves}.\n")


def leader_note(b: Built) -> str:
    """QQQ's best day of the four, a beat and a lag of DIA's: a prop desk's wrap with a price check."""
    s = b.snapshot
    moves = _peer_moves(b)
    return ("Desk wrap\n\n"
            f"Among the big four, QQQ was the leader. It topped DIA ({_signed(moves['DIA'])}) and topped SPY "
            f"({_signed(moves['SPY'])}).\n\n"
            f"The day's high of ${s.high:.2f} stood above the 52-week high close of "
            f"${s.extremes.high_52w:.2f}.\n")


def rally_note(b: Built) -> str:
    """The S&P 500's Friday gain with the day told first: a regional paper's market box."""
    s = b.snapshot
    return ("Market box\n\n"
            f"The S&P 500 gained on Friday, by {_pct(s.returns.change_1d_pct)}, to {_num(s.close)}.\n")


def movers_note(b: Built) -> str:
    """QQQ and two peers, one entry each: a broker's pre-open movers list."""
    s = b.snapshot
    dia, iwm = (next(p for p in b.peers if p.symbol == sym) for sym in ("DIA", "IWM"))
    spy = _peer_moves(b)["SPY"]
    assert dia.relative is not None and iwm.relative is not None
    return ("Pre-open movers, Monday\n\n"
            f"1) QQQ, close ${s.close:.2f}\n"
            f"Up {_pct(s.returns.change_1d_pct)} on Friday, the best of the four.\n\n"
            f"2) DIA, close ${dia.close:.2f}\n"
            f"Up {_pct(dia.returns.change_1d_pct)}. Trailed SPY by "
            f"{abs((dia.returns.change_1d_pct or 0) - spy):.2f} points.\n\n"
            f"3) IWM, close ${iwm.close:.2f}\n"
            f"Up {_pct(iwm.returns.change_1d_pct)}, a quiet day. {_ORDINALS[iwm.relative.streak_sessions]} "
            "straight session trailing SPY.\n")


_ORDINALS = {1: "First", 2: "Second", 3: "Third", 4: "Fourth", 5: "Fifth", 6: "Sixth", 7: "Seventh",
             8: "Eighth"}


def sheets_note(b: Built) -> str:
    """IWM under both averages, the 50-day over the 200-day: a credit union's member note."""
    t = b.snapshot.trend
    return ("Member note: the small-cap sleeve\n\n"
            f"The 50-day (${_num(t.sma_50)}) is above the 200-day (${_num(t.sma_200)}), and IWM closed below "
            f"both its 50-day (${_num(t.sma_50)}) and 200-day (${_num(t.sma_200)}) averages.\n")


def outlook_note(b: Built) -> str:
    """The S&P 500 under its record close: a pension consultant's one-line level note."""
    s = b.snapshot
    return ("Consultant's note\n\n"
            f"The index closed at {_num(s.close)}. Support first at {_num(_support(b))}, then lower.\n")


def _support(b: Built) -> float:
    """The nearest key level under the close."""
    return max(lv.price for lv in b.snapshot.levels if lv.price < b.snapshot.close)


WRITERS = {("movers", DESK_KEY, "txt"): movers_note, ("sheets", SLIPPING_KEY, "txt"): sheets_note,
           ("outlook", RALLY_KEY, "txt"): outlook_note,
           ("peers", PEERS_KEY, "txt"): peers_note, ("fourdown", FOURDOWN_KEY, "txt"): fourdown_note,
           ("slipping", SLIPPING_KEY, "txt"): slipping_note, ("leader", DESK_KEY, "md"): leader_note,
           ("rally", RALLY_KEY, "txt"): rally_note,
           ("suggest", SUGGEST_KEY, "md"): suggest_note, ("redline", REDLINE_KEY, "md"): redline_note,
           ("crawl", CRAWL_KEY, "txt"): crawl_note, ("index", INDEX_KEY, "txt"): index_note,
           ("weekly", WEEKLY_KEY, "txt"): weekly_note, ("scan", SCAN_KEY, "txt"): scan_note,
           ("washout", WASHOUT_KEY, "txt"): washout_note, ("ledger", LEDGER_KEY, "txt"): ledger_note,
           ("desk", DESK_KEY, "txt"): desk_note}


def vwords4_45_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(_base(name, key), key, "prose", ext, write(built[key]))
            for (name, key, ext), write in WRITERS.items()]


def _turned(name: str, key: str, what: str, check: str, old: str, new: str, code: str, span: str,
            note: str) -> Plant:
    return Plant(f"vwords4-{name}-{what}-{key}", _base(name, key), check, old, new, code, span, note=note)


def _move(b: Built) -> str:
    s = b.snapshot
    atr = s.tape.move_atr if s.tape is not None else None
    return f"{s.returns.change_1d_pct:+.2f}%" + (f" ({abs(atr):.1f} ATR)" if atr is not None else "")


def vwords4_45_plants(built: dict[str, Built]) -> list[Plant]:
    spy, qqq25, dia, qqq = (built[k].snapshot for k in (SUGGEST_KEY, REDLINE_KEY, LEDGER_KEY, DESK_KEY))
    return [
        _turned("suggest", SUGGEST_KEY, "rsi", "indicator", "under 70.++}", "over 70.++}",
                "indicator-mismatch", "over 70", f"RSI {_rsi(built[SUGGEST_KEY])} is under 70; the words "
                "are an insertion, and print"),
        _turned("suggest", SUGGEST_KEY, "avg", "trend", "~>is still rising~~}", "~>is now falling~~}",
                "pattern-mismatch", "now falling",
                f"the 50-day's slope is {spy.trend.sma_50_slope_pct:+.2f}%; 'the average' is the 50-day "
                "named before it"),
        _turned("redline", REDLINE_KEY, "edge", "magnitude", "[-edges up-][+jumps+]", "[-jumps-][+edges up+]",
                "magnitude-mismatch", "edges", f"QQQ moved {_move(built[REDLINE_KEY])}, no edge"),
        _turned("redline", REDLINE_KEY, "fall", "trend", "[-is starting to fall-][+is still climbing+]",
                "[-is still climbing-][+is starting to fall+]", "pattern-mismatch", "starting to fall",
                f"the 50-day's slope is {qqq25.trend.sma_50_slope_pct:+.2f}%"),
        _turned("crawl", CRAWL_KEY, "plummet", "magnitude", "Small caps slip", "Small caps plummet",
                "magnitude-mismatch", "plummet", f"IWM moved {_move(built[CRAWL_KEY])}, no plummet"),
        _turned("index", INDEX_KEY, "soar", "magnitude", "The index slid on Tuesday, down",
                "The index plummeted on Tuesday, down", "magnitude-mismatch", "plummeted",
                f"the index moved {_move(built[INDEX_KEY])}, no plummet"),
        _turned("weekly", WEEKLY_KEY, "edged", "magnitude", "after it rose", "after it edged up",
                "magnitude-mismatch", "edged", f"the index moved {_move(built[WEEKLY_KEY])}, no edge"),
        _turned("scan", SCAN_KEY, "over", "indicator", "under 30.", "over 70.", "indicator-mismatch",
                "over 70", f"RSI {_rsi(built[SCAN_KEY])} is under 30"),
        _turned("washout", WASHOUT_KEY, "under", "indicator", "still above 30.", "now below 30.",
                "indicator-mismatch", "below 30", f"RSI {_rsi(built[WASHOUT_KEY])} is above 30"),
        _turned("ledger", LEDGER_KEY, "kept", "trend", "has slipped (", "has kept rising (",
                "pattern-mismatch", "kept rising",
                f"the 200-day's slope is {dia.trend.sma_200_slope_pct:+.2f}%, told in brackets"),
        _turned("desk", DESK_KEY, "decline", "trend", "the 50-day is still rising",
                "the 50-day is rolling into a decline", "pattern-mismatch", "rolling into a decline",
                f"the 50-day's slope is {qqq.trend.sma_50_slope_pct:+.2f}%"),
        *_peer_plants(built),
        *_running_plants(built),
    ]


def _running_plants(built: dict[str, Built]) -> list[Plant]:
    """An entry's gap and streak are its own instrument's, not the article's."""
    gspc = built[RALLY_KEY].snapshot
    above = gspc.extremes.all_time_high
    t = built[SLIPPING_KEY].snapshot.trend
    return [
        _turned("movers", DESK_KEY, "beat", "direction", "Trailed SPY by", "Beat SPY by",
                "direction-mismatch", "Beat", "DIA +0.60% trailed SPY +1.10%; the entry is DIA's"),
        _turned("movers", DESK_KEY, "streak", "value", "Sixth straight session", "Third straight session",
                "value-mismatch", "Third straight session",
                "IWM has trailed SPY six sessions running; the entry is IWM's"),
        _turned("sheets", SLIPPING_KEY, "cross", "pattern", "is above the 200-day", "is below the 200-day",
                "pattern-mismatch", "is below the 200-day",
                f"the 50-day {_num(t.sma_50)} is above the 200-day {_num(t.sma_200)}"),
        _turned("sheets", SLIPPING_KEY, "both", "pattern", "closed below both", "closed above both",
                "pattern-mismatch", "closed above both", "IWM closed below both averages"),
        _turned("outlook", RALLY_KEY, "first", "level", f"first at {_num(_support(built[RALLY_KEY]))}",
                f"first at {_num(above)}", "level-wrong-side", _num(above),
                f"{_num(above)} is above the {_num(gspc.close)} close"),
    ]


def _peer_plants(built: dict[str, Built]) -> list[Plant]:
    def moves(key: str) -> str:
        b = built[key]
        return ", ".join(f"{sym} {_signed(v)}" for sym, v in
                         {b.snapshot.symbol: b.snapshot.returns.change_1d_pct, **_peer_moves(b)}.items())
    return [
        _turned("peers", PEERS_KEY, "better", "direction", "did worse than all three",
                "did better than all three", "direction-mismatch", "did better than all three",
                moves(PEERS_KEY)),
        _turned("peers", PEERS_KEY, "only", "direction", "four closed lower.", "four closed higher.",
                "direction-mismatch", "four closed higher", moves(PEERS_KEY)),
        _turned("fourdown", FOURDOWN_KEY, "rose", "direction", "of them fell", "of them rose",
                "direction-mismatch", "of them rose", moves(FOURDOWN_KEY)),
        _turned("slipping", SLIPPING_KEY, "more", "direction", "peers fell less", "peers fell more",
                "direction-mismatch", "peers fell more", moves(SLIPPING_KEY)),
        _turned("leader", DESK_KEY, "laggard", "direction", "was the leader", "was the laggard",
                "direction-mismatch", "laggard", moves(DESK_KEY)),
        _turned("leader", DESK_KEY, "trail", "direction", "and topped SPY", "and trailed SPY",
                "direction-mismatch", "trailed SPY", f"{moves(DESK_KEY)}; the DIA before it is an object"),
        _turned("leader", DESK_KEY, "high", "direction", "stood above the 52-week",
                "stood below the 52-week", "direction-mismatch", "stood below",
                "the day's high is above the 52-week high close: the two printed prices decide"),
        replace(_turned("rally", RALLY_KEY, "lost", "direction", "gained on Friday, by", "lost on Friday, by",
                        "direction-mismatch", "lost on Friday, by",
                        "the index rose; the comma before 'by' keeps the verb"),
                allowed=["direction-mismatch"]),  # the verb alone is read too ("S&P 500 lost")
    ]
