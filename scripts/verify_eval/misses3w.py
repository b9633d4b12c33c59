"""Desk notes for the misses of the third blind holdout (issue 14): each cause the holdout found
is planted here in other words, on other subjects.

- Size words on a family name ("the Dow tracker slipped 0.20%" in a QQQ note: 'the Dow' names DIA
  and ^DJI; the one whose move is loaded is held to the word). Plant: 'cratered'.
- Denials of a reading: "no longer below its signal line" (the MACD is below it), "nowhere close
  to oversold" (the RSI is oversold), and a question answered "Yes" whose next sentence names the
  RSI ("**Is SPY overbought?** Yes. Its RSI(14) reads 55.0."). Clean texts state them rightly.

- Weekdays beside dates the date reader does not pair them with: a numeric date ("Tue 11/17"), a
  short weekday before a month ("Wed, Dec 9") and a day in words ("Wednesday, December ninth").
  Plants: each weekday one day off.

- Setups: the R multiple alone in the sentence after its setup ("stop $689.93, tgt $715.50.
  2.6R."), the verb 'targets', an entry 'once' a level clears, and a whole reward/risk in words
  ("roughly three to one": within 0.6 of the ratio). Plants: 1.3 too high; two too many.

- Levels in desk shorthand ('R1 $474.50', 'S1 $470.00') and an average with its price called a
  level ('its 50-day SMA ($467.61) acts as support'). Plants: R1 given the support under the
  close; the 50-day under the close called resistance.

- Readings in words: the RSI as a decade ('in the high forties') and the volume as a share of its
  average ('about three quarters of its usual turnover'). Plants: 'the low sixties' for 48.2,
  'about a third of' for 0.74x.

- A rank over the group named loosely ('outpaced each of the other big funds'). Plant: the
  day's leader said to trail them.

- The day's dollar move named as a noun ('the session's loss of $1.98 a share'). Plant: 37 cents
  too big (value-mismatch against the 1-day change, not untraced).

- A volume multiple with a fraction in words ('one and a half times its usual volume'). Plant:
  'three and a half times' for 1.46x.

Every figure comes from the snapshot or a peer's, so each note is correct by construction.
"""

from __future__ import annotations

from datetime import timedelta

from pipeline.contracts import Snapshot, TradeSetup
from pipeline.verify.number_words import count_forms

from .plants import Plant
from .universe import Built


def _peer(b: Built, symbol: str) -> Snapshot:
    return next(p for p in b.peers if p.symbol == symbol)


def _pct(value: float) -> str:
    return f"{abs(value):.2f}%"


def _signal_note(b: Built) -> str:
    """QQQ-2026-11-17: a down day; the MACD under its signal; the Dow tracker's small dip."""
    s, dia = b.snapshot, _peer(b, "DIA")
    m = s.momentum
    assert m.macd is not None and m.macd_signal is not None and m.macd < m.macd_signal
    return (f"# {s.symbol}: the tape after the bell\n\n"
            f"{s.symbol} lost {_pct(s.returns.change_1d_pct)} on the session. Among the neighbours, the Dow "
            f"tracker slipped {_pct(dia.returns.change_1d_pct)}.\n\n"
            f"Momentum has not turned: the MACD ({m.macd:.2f}) is still below its signal line "
            f"({m.macd_signal:.2f}).\n")


def _oversold_note(b: Built) -> str:
    """IWM-2026-02-13: a sell-off with the RSI oversold."""
    s = b.snapshot
    rsi = s.momentum.rsi_14
    assert rsi is not None and rsi <= 30
    return (f"# {s.symbol}: washed out?\n\n"
            f"Small caps sank {_pct(s.returns.change_1d_pct)}. The RSI(14) sits at {rsi:.1f}, deep in "
            f"oversold territory after the slide.\n")


def _question_note(b: Built) -> str:
    """SPY-2026-11-20: the RSI in the middle of its range; a question answered 'No'."""
    s = b.snapshot
    rsi = s.momentum.rsi_14
    assert rsi is not None and 30 < rsi < 70
    return (f"# {s.symbol}: reader questions\n\n"
            f"**Is {s.symbol} overbought after the rally?** No. Its RSI(14) reads {rsi:.1f}, mid-range.\n")


def _calendar_note(b: Built) -> str:
    """SPY-2026-11-17: the session's numeric date with its weekday; the FOMC date twice."""
    s = b.snapshot
    fomc = next(e.date for e in s.events if e.kind == "fomc")
    word = count_forms(fomc.day)[2]
    return (f"# {s.symbol}: the calendar\n\n"
            f"Session of {s.session:%a} {s.session.month}/{s.session.day}: {s.symbol} lost "
            f"{_pct(s.returns.change_1d_pct)}. Next up, the Fed on {fomc:%a}, {fomc:%b} {fomc.day}; the "
            f"statement lands {fomc:%A}, {fomc:%B} {word}.\n")


def _record_note(b: Built) -> str:
    """QQQ-2026-11-17: the distance from the record close, under it."""
    s = b.snapshot
    x = s.extremes
    assert x.pct_from_ath < -0.5
    return (f"# {s.symbol}: where the record stands\n\n"
            f"{s.symbol} settled {_pct(x.pct_from_ath)} under its all-time closing high of "
            f"${x.all_time_high:.2f}.\n")


def _cpi_count(s: Snapshot) -> int:
    cpis = [e for e in s.events if e.kind == "cpi"]
    assert len(cpis) == 1
    return cpis[0].sessions_until


def _week_ahead_note(b: Built) -> str:
    """SPY-2026-11-17: a section title counting the sessions to the CPI report."""
    s = b.snapshot
    return (f"# {s.symbol}: the road ahead\n\n"
            f"{s.symbol} lost {_pct(s.returns.change_1d_pct)} on the session.\n\n"
            f"## Inflation data: {count_forms(_cpi_count(s))[1]} sessions out\n\n"
            f"The consumer price report is the next big test for the tape.\n")


def _average_distance(s: Snapshot) -> float:
    sma = s.trend.sma_50
    assert sma is not None and 0.5 < (s.close - sma) / sma * 100 < 2
    return (s.close - sma) / sma * 100


def _line_note(b: Built) -> str:
    """idx_GSPC-2026-11-20: the 50-day printed, then the close's distance from it as 'that level'."""
    s = b.snapshot
    assert s.trend.sma_50 is not None
    return (f"# The S&P 500: the average underneath\n\n"
            f"The index ended at {s.close:,.2f}. The 50-day average stands at {s.trend.sma_50:,.2f}, and the "
            f"index closed {_average_distance(s):.2f}% above that level.\n")


WRITERS = {"QQQ-2026-11-17": _signal_note, "IWM-2026-02-13": _oversold_note, "SPY-2026-11-20": _question_note,
           "SPY-2026-11-17": _calendar_note}


def desk_texts(built: dict[str, Built]) -> list:  # type: ignore[type-arg]
    from .user_texts import UserText

    return [*(UserText(f"user-desk3-{key}", key, "prose", "md", write(built[key]))
              for key, write in WRITERS.items()),
            UserText("user-desk3r-QQQ-2026-11-17", "QQQ-2026-11-17", "prose", "md",
                     _record_note(built["QQQ-2026-11-17"])),
            UserText("user-desk3e-SPY-2026-11-17", "SPY-2026-11-17", "prose", "md",
                     _week_ahead_note(built["SPY-2026-11-17"])),
            UserText("user-desk3l-idx_GSPC-2026-11-20", "idx_GSPC-2026-11-20", "prose", "md",
                     _line_note(built["idx_GSPC-2026-11-20"]))]


def _calendar_plants(b: Built) -> list[Plant]:
    s = b.snapshot
    fomc = next(e.date for e in s.events if e.kind == "fomc")
    base = f"user-desk3-{b.key}"
    day_before = lambda day, fmt: f"{day - timedelta(days=1):{fmt}}"  # noqa: E731
    session = f"{s.session:%a} {s.session.month}/{s.session.day}"
    wrong_session = f"{day_before(s.session, '%a')} {s.session.month}/{s.session.day}"
    short = f"{fomc:%a}, {fomc:%b} {fomc.day}"
    wrong_short = f"{day_before(fomc, '%a')}, {fomc:%b} {fomc.day}"
    long = f"{fomc:%A}, {fomc:%B} {count_forms(fomc.day)[2]}"
    wrong_long = f"{day_before(fomc, '%A')}, {fomc:%B} {count_forms(fomc.day)[2]}"
    return [
        Plant("desk3-numeric-weekday", base, "date", session, wrong_session, "weekday-mismatch",
              wrong_session, note="the session's numeric date with the day before's weekday"),
        Plant("desk3-short-weekday", base, "date", short, wrong_short, "weekday-mismatch", wrong_short,
              note="the FOMC date with a short weekday one day early"),
        Plant("desk3-word-day-weekday", base, "date", long, wrong_long, "weekday-mismatch", wrong_long,
              note="the FOMC date with its day in words and the weekday one day early"),
    ]


def desk_plants(built: dict[str, Built]) -> list[Plant]:
    ath = built["QQQ-2026-11-17"].snapshot.extremes.pct_from_ath
    assert abs(abs(ath) - 4) > 1
    cpi = _cpi_count(built["SPY-2026-11-17"].snapshot)
    right, wrong = count_forms(cpi)[1], count_forms(cpi - 10)[1]
    line = _average_distance(built["idx_GSPC-2026-11-20"].snapshot)
    return [*_calendar_plants(built["SPY-2026-11-17"]),
        Plant("desk3-pronoun-level-distance", "user-desk3l-idx_GSPC-2026-11-20", "level",
              f"{line:.2f}% above that level", "roughly four percent above that level", "value-mismatch",
              "four percent", note=f"the close {line:.2f}% above the 50-day printed before it, written "
              "'roughly four percent': the 50-day's own distance fact (README; derived-mismatch before "
              "stop 42)"),
        Plant("desk3-heading-event-count", "user-desk3e-SPY-2026-11-17", "words", f"data: {right} sessions",
              f"data: {wrong} sessions", "value-mismatch", f"{wrong} sessions",
              note=f"a section title puts the CPI report {cpi - 10} sessions out; it is {cpi}"),
        Plant("desk3-record-distance-words", "user-desk3r-QQQ-2026-11-17", "words",
              f"{_pct(ath)} under its all-time", "roughly four percent under its all-time", "value-mismatch",
              "four percent", note=f"{_pct(ath)} under the record close written 'roughly four percent'"),
        Plant("desk3-dow-cratered", "user-desk3-QQQ-2026-11-17", "magnitude", "tracker slipped",
              "tracker cratered", "magnitude-mismatch", "cratered",
              note="'the Dow' (DIA or ^DJI: DIA's move is loaded) said to crater on a 0.20% dip"),
        Plant("desk3-macd-no-longer", "user-desk3-QQQ-2026-11-17", "negation", "is still below its signal",
              "is no longer below its signal", "indicator-mismatch", "no longer below its signal",
              note="the MACD, under its signal, said to be no longer below it"),
        Plant("desk3-nowhere-oversold", "user-desk3-IWM-2026-02-13", "negation", "deep in oversold",
              "nowhere close to oversold", "indicator-mismatch", "nowhere close to oversold",
              note="an oversold RSI (21.4) denied as 'nowhere close to oversold'"),
        Plant("desk3-yes-overbought", "user-desk3-SPY-2026-11-20", "negation",
              "overbought after the rally?** No.", "overbought after the rally?** Yes.",
              "indicator-mismatch", "Yes",
              note="'Is SPY overbought?' answered 'Yes' at RSI 55.0; the RSI is named in the next sentence"),
    ]


# ---------------------------------------------------------------- setups in chat shorthand and words

CHAT_KEY, WORDS_KEY = "SPY-2026-11-17", "QQQ-2025-11-17"


def _long(b: Built) -> TradeSetup:
    return next(x for x in b.snapshot.setups if x.direction == "long")


def _chat_setup_note(b: Built) -> str:
    """The long setup in chat shorthand ('once', 'tgt'), its R multiple alone after it."""
    setup = _long(b)
    return (f"# {b.snapshot.symbol}: desk chat\n\n"
            f"desk idea: a long once ${setup.entry:,.2f} clears, stop ${setup.stop:,.2f}, "
            f"tgt ${setup.target:,.2f}. {setup.reward_risk:.1f}R.\n")


def _worded_setup_note(b: Built) -> str:
    """The long setup with the verb 'targets' and its reward/risk in words."""
    setup = _long(b)
    return (f"# {b.snapshot.symbol}: the breakout trade\n\n"
            f"A long above ${setup.entry:,.2f} targets ${setup.target:,.2f} with a stop at "
            f"${setup.stop:,.2f}, roughly {count_forms(round(setup.reward_risk))[1]} to one.\n")


SETUP_WRITERS = {CHAT_KEY: _chat_setup_note, WORDS_KEY: _worded_setup_note}


def setup_texts(built: dict[str, Built]) -> list:  # type: ignore[type-arg]
    from .user_texts import UserText

    return [UserText(f"user-setup3-{key}", key, "chat", "txt", write(built[key]))
            for key, write in SETUP_WRITERS.items()]


def setup_plants(built: dict[str, Built]) -> list[Plant]:
    chat, worded = _long(built[CHAT_KEY]), _long(built[WORDS_KEY])
    said, wrong = f"{chat.reward_risk:.1f}R.", f"{chat.reward_risk + 1.3:.1f}R."
    words = count_forms(round(worded.reward_risk))[1]
    more = count_forms(round(worded.reward_risk) + 2)[1]
    tgt = f"tgt ${chat.target:,.2f}."
    return [
        Plant("setup3-lone-r-multiple", f"user-setup3-{CHAT_KEY}", "setup", f"{tgt} {said}", f"{tgt} {wrong}",
              "setup-reward-risk", wrong.rstrip("R."),
              note="the R multiple, alone after its setup ('stop ..., tgt ... . 3.9R.'), 1.3 too high"),
        Plant("setup3-ratio-in-words", f"user-setup3-{WORDS_KEY}", "setup", f"roughly {words} to one",
              f"roughly {more} to one", "setup-reward-risk", f"{more} to one",
              note="a reward/risk of 3.0 written 'roughly five to one'"),
    ]


# ---------------------------------------------------------------- levels in desk shorthand

LEVEL_KEY = "DIA-2026-11-20"


def _level_prices(b: Built) -> tuple[float, float]:
    """The nearest resistance above the close and the nearest support below it."""
    s = b.snapshot
    above = min(lv.price for lv in s.levels if lv.kind.value == "resistance" and lv.price > s.close)
    below = max(lv.price for lv in s.levels if lv.kind.value == "support" and lv.price < s.close)
    return above, below


def level_note(b: Built) -> str:
    """Levels as 'R1'/'S1' shorthand, and the 50-day (below the close) called support."""
    s = b.snapshot
    above, below = _level_prices(b)
    assert s.trend.sma_50 is not None and s.trend.sma_50 < s.close
    return (f"# {s.symbol}: the map\n\n"
            f"R1 ${above:,.2f}. S1 ${below:,.2f}.\n\n"
            f"Under that, its 50-day SMA (${s.trend.sma_50:,.2f}) acts as support.\n")


def level_texts(built: dict[str, Built]) -> list:  # type: ignore[type-arg]
    from .user_texts import UserText

    return [UserText(f"user-level3-{LEVEL_KEY}", LEVEL_KEY, "bullets", "md", level_note(built[LEVEL_KEY]))]


def level_plants(built: dict[str, Built]) -> list[Plant]:
    b = built[LEVEL_KEY]
    above, below = _level_prices(b)
    base = f"user-level3-{LEVEL_KEY}"
    return [
        Plant("level3-r1-below", base, "level", f"R1 ${above:,.2f}.", f"R1 ${below:,.2f}.",
              "level-wrong-side", f"${below:,.2f}",
              note="'R1' (a resistance) given the support under the close"),
        Plant("level3-average-resistance", base, "level", ") acts as support", ") acts as resistance",
              "level-wrong-side", None, note="the 50-day, under the close, called resistance"),
    ]


# ---------------------------------------------------------------- readings in words

DECADE_KEY, SHARE_KEY = "IWM-2026-11-20", "SPY-2026-06-03"


def decade_note(b: Built) -> str:
    """The RSI as a decade in words ('in the high forties' for 48.2)."""
    rsi = b.snapshot.momentum.rsi_14
    assert rsi is not None and 46.5 <= rsi < 50
    return (f"# {b.snapshot.symbol}: momentum check\n\n"
            "The small-cap fund's RSI sits in the high forties: no edge.\n")


def share_note(b: Built) -> str:
    """The volume as a share of its average in words ('about three quarters of its usual' for 0.74x)."""
    ratio = b.snapshot.volume.volume_ratio
    assert ratio is not None and 0.6 <= ratio <= 0.9
    return (f"# {b.snapshot.symbol}: a quiet rally\n\n"
            "The volume was light again, about three quarters of its usual turnover.\n")


def reading_texts(built: dict[str, Built]) -> list:  # type: ignore[type-arg]
    from .user_texts import UserText

    return [UserText(f"user-reading3-{key}", key, "prose", "md", write(built[key]))
            for key, write in ((DECADE_KEY, decade_note), (SHARE_KEY, share_note))]


def reading_plants(built: dict[str, Built]) -> list[Plant]:
    return [
        Plant("reading3-rsi-sixties", f"user-reading3-{DECADE_KEY}", "words", "in the high forties",
              "in the low sixties", "indicator-mismatch", "low sixties",
              note="an RSI of 48.2 put in the low sixties (a decade in words)"),
        Plant("reading3-volume-third", f"user-reading3-{SHARE_KEY}", "words", "about three quarters of",
              "about a third of", "value-mismatch", "a third of",
              note="volume at 0.74x its average written 'about a third of its usual'"),
    ]


# ---------------------------------------------------------------- a rank over the group, named loosely

RANK_KEY = "QQQ-2026-11-20"


def rank_note(b: Built) -> str:
    """The article's fund ahead of every peer, the peers called 'the other big funds'."""
    s = b.snapshot
    assert all(s.returns.change_1d_pct > p.returns.change_1d_pct for p in b.peers)
    return f"# {s.symbol}: leadership\n\n{s.symbol} outpaced each of the other big funds on the day.\n"


def rank_texts(built: dict[str, Built]) -> list:  # type: ignore[type-arg]
    from .user_texts import UserText

    return [UserText(f"user-rank3-{RANK_KEY}", RANK_KEY, "prose", "md", rank_note(built[RANK_KEY]))]


def rank_plants(built: dict[str, Built]) -> list[Plant]:
    sym = built[RANK_KEY].snapshot.symbol
    return [Plant("rank3-trailed-group", f"user-rank3-{RANK_KEY}", "direction", f"{sym} outpaced each",
                  f"{sym} trailed each", "direction-mismatch", f"{sym} trailed each",
                  note="the day's leader said to trail 'each of the other big funds'")]


# ---------------------------------------------------------------- the day's dollar move named as a noun

DOLLAR_KEY = "IWM-2026-11-17"


def _dollar_move(b: Built) -> float:
    s = b.snapshot
    return abs(s.close - s.prev_close)


def dollar_note(b: Built) -> str:
    """The day's move in dollars as a noun: 'the session's loss of $1.98 a share'."""
    s = b.snapshot
    assert s.close < s.prev_close
    return (f"# {s.symbol}: the tape\n\n"
            f"{s.symbol} settled at ${s.close:,.2f}, the session's loss of "
            f"${_dollar_move(b):,.2f} a share.\n")


def dollar_texts(built: dict[str, Built]) -> list:  # type: ignore[type-arg]
    from .user_texts import UserText

    return [UserText(f"user-dollar3-{DOLLAR_KEY}", DOLLAR_KEY, "prose", "md", dollar_note(built[DOLLAR_KEY]))]


def dollar_plants(built: dict[str, Built]) -> list[Plant]:
    move = _dollar_move(built[DOLLAR_KEY])
    wrong = f"${move + 0.37:,.2f}"
    return [Plant("dollar3-loss-of", f"user-dollar3-{DOLLAR_KEY}", "words", f"loss of ${move:,.2f}",
                  f"loss of {wrong}", "value-mismatch", wrong,
                  note="the day's dollar move named as 'the session's loss of', 37 cents too big")]


# ---------------------------------------------------------------- a volume multiple with a fraction, in words

MULTIPLE_KEY = "QQQ-2026-11-17"


def multiple_note(b: Built) -> str:
    """The volume at 'one and a half times its usual' (1.46x)."""
    ratio = b.snapshot.volume.volume_ratio
    assert ratio is not None and 1.2 <= ratio <= 1.8
    return (f"# {b.snapshot.symbol}: turnover\n\n"
            "Turnover ran one and a half times its usual volume on the dip.\n")


def multiple_texts(built: dict[str, Built]) -> list:  # type: ignore[type-arg]
    from .user_texts import UserText

    return [UserText(f"user-multiple3-{MULTIPLE_KEY}", MULTIPLE_KEY, "prose", "md",
                     multiple_note(built[MULTIPLE_KEY]))]


def multiple_plants(built: dict[str, Built]) -> list[Plant]:
    return [Plant("multiple3-three-and-a-half", f"user-multiple3-{MULTIPLE_KEY}", "words",
                  "ran one and a half times", "ran three and a half times", "value-mismatch",
                  "three and a half times",
                  note="volume at 1.46x written 'three and a half times its usual'")]
