"""Named figures the verifier answered `number-untraced` (issue 14, vnamed stop 42), in other words than
holdout 18's.

The day's range as trading between two prices ("during the session it traded between $477.56 and
$485.20"): the first is the day's low, the second its high, unless a window of sessions follows them.

A width under a range noun after the % ("a 4.26% channel", "a 2.20% box") after a span of sessions:
the range's width (`range_width_pct`), as "a 4.26% range" was.

A % called a gap in a sentence about the open ("the first print was $478.18 against Friday's $477.33, a
0.18% gap"): the opening gap (`gap_pct`), not a move dated to the day it names.

A run's own noun after its total with a span after it ("six straight lower closes, a 5.80% skid since
Thursday, Feb 5"): the run's return (`close_streak_change_pct`).

A cross told in its averages' words ("the 50-day slipped below the 200-day four sessions ago"): the
count is the cross's age (`cross_sessions_since`).

A setup whose side word carries a label's colon before its trigger ("Desk model long: above $697.09,
stop ..., target ...", "A swing long a few of us like: over ..."): read as a setup, so a stop or
target on the wrong side is `setup-geometry` and a wrong ratio `setup-reward-risk`.

A % distance "above it" after the 52-week low or a moving average printed before it: that level's own
distance fact (`pct_from_52w_low`, `pct_vs_sma_200`), a wrong one `value-mismatch` (README; the CEO
decision of stop 42, branch vvalue).

Labels that name a fact the verifier holds: an index's level in brackets right after its name ("the S&P
500 index itself (6,901.69)") is its close; "max pain ... is", "the put/call open-interest ratio is", a
moving average's name before its price ("The 200d sits down at"), "its N signal" after the MACD, a price
before "record" and signed index points ("-19.30 pts") as the day's move; "reached" names the high, "the
range for the day was just" the day's low, and a % in brackets after a range of sessions' two edges its
width.

Every figure comes from the snapshots, so each clean note is correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

TAPE_KEY = "DIA-2025-11-17"  # opened 0.18% over Friday's close, a 20-session range 4.26% wide
RUN_KEY = "IWM-2026-02-13"  # six lower closes, -5.80% since Thursday, Feb 5
CROSS_KEY = "IWM-2026-03-30"  # a death cross four sessions ago
DESK_KEY = "SPY-2026-11-20"  # its own long, 2.0 to 1
SWING_KEY = "QQQ-2026-11-20"  # its own long
FLOOR_KEY = "IWM-2026-11-20"  # 52-week low in April, above its 200-day
GAUGES_KEY = "SPY-2026-11-20"  # options, the S&P 500's close, MACD under its signal
INDEX_KEY = "idx_RUT-2026-11-17"  # down 19.30 points, a 22-session range 3.45% wide


def _base(name: str, key: str) -> str:
    return f"user-named42-{name}-{key}"


def _pct(value: float) -> str:
    return f"{abs(value):.2f}%"


def _wrong(value: float) -> str:
    """A % off by a clear margin, printed like the right one."""
    return _pct(abs(value) + 1.11)


def tape_note(b: Built) -> str:
    s = b.snapshot
    r, t = s.range, s.tape
    assert r is not None and t is not None and t.gap_pct is not None and t.gap_pct > 0
    before = s.recent_sessions[-2]
    return ("Blue chips, Monday\n\n"
            f"DIA settled at ${s.close:.2f}. During the session it traded between ${s.low:.2f} and "
            f"${s.high:.2f}. The first print was ${s.open:.2f} against {before:%A}'s ${s.prev_close:.2f}, a "
            f"{_pct(t.gap_pct)} gap that never closed. Over the last {r.sessions} sessions the closes have "
            f"run from ${r.lower:.2f} to ${r.upper:.2f}, a {r.width_pct:.2f}% channel.\n")


def _run(s: Snapshot) -> tuple[int, float]:
    t = s.tape
    assert t is not None and t.streak_sessions and t.streak_change_pct is not None and t.streak_change_pct < 0
    return t.streak_sessions, t.streak_change_pct


_COUNTS = {4: "four", 5: "five", 6: "six", 7: "seven"}


def run_note(b: Built) -> str:
    s = b.snapshot
    sessions, total = _run(s)
    start = s.recent_sessions[-sessions - 1]
    return ("Small caps, the week\n\n"
            f"IWM ended at ${s.close:.2f}. {_COUNTS[sessions].capitalize()} straight lower closes now, a "
            f"{_pct(total)} skid since {start:%A}, {start:%b} {start.day}.\n")


def _cross_age(s: Snapshot) -> int:
    cross = s.trend.cross
    assert cross is not None and cross.sessions_since is not None and cross.sessions_since in _COUNTS
    return cross.sessions_since


def cross_note(b: Built) -> str:
    s = b.snapshot
    t = s.trend
    assert t.sma_50 is not None and t.sma_200 is not None and t.sma_50 < t.sma_200
    return ("Small caps, Monday\n\n"
            f"IWM closed at ${s.close:.2f}. The 50-day (${t.sma_50:.2f}) slipped below the 200-day "
            f"(${t.sma_200:.2f}) {_COUNTS[_cross_age(s)]} sessions ago.\n")


def _setup(s: Snapshot) -> tuple[float, float, float, float]:
    """The snapshot's own long: its entry, stop, target and reward/risk."""
    assert s.setups and s.setups[0].direction == "long"
    x = s.setups[0]
    return x.entry, x.stop, x.target, x.reward_risk


def desk_note(b: Built) -> str:
    s = b.snapshot
    entry, stop, target, ratio = _setup(s)
    return ("Desk ideas, Friday\n\n"
            f"SPY closed at ${s.close:.2f}. Desk model long: above ${entry:.2f}, stop ${stop:.2f}, target "
            f"${target:.2f}, about {ratio:.1f} to 1.\n")


def swing_note(b: Built) -> str:
    s = b.snapshot
    entry, stop, target, _ = _setup(s)
    return ("Nasdaq fund, Friday\n\n"
            f"QQQ closed at ${s.close:.2f}. A swing long a few of us like: over ${entry:.2f}, "
            f"stop ${stop:.2f}, target ${target:.2f}.\n")


def floor_note(b: Built) -> str:
    s = b.snapshot
    x, t = s.extremes, s.trend
    assert x.low_52w is not None and x.pct_from_52w_low is not None and x.pct_from_52w_low > 0
    assert t.sma_200 is not None and t.pct_vs_sma_200 is not None and t.pct_vs_sma_200 > 0
    return ("Small caps, Friday\n\n"
            f"IWM finished at ${s.close:.2f}. The low of the past year was ${x.low_52w:.2f}, and the fund "
            f"is now {_pct(x.pct_from_52w_low)} above it. Its 200-day sits at ${t.sma_200:.2f}; the price "
            f"stands {_pct(t.pct_vs_sma_200)} above it.\n")


def _index_close(s: Snapshot, symbol: str) -> float:
    return next(r.close for r in s.related if r.symbol == symbol)


def gauges_note(b: Built) -> str:
    s = b.snapshot
    o, t, m, x = s.options, s.trend, s.momentum, s.extremes
    assert o is not None and o.max_pain and o.put_call_oi_ratio and t.sma_200 is not None
    assert m.macd is not None and m.macd_signal is not None and m.macd < m.macd_signal
    assert x.all_time_high is not None and x.pct_from_ath is not None and x.pct_from_ath < 0
    return ("S&P fund, the gauges\n\n"
            f"SPY ended at ${s.close:.2f}, and the S&P 500 index itself ({_index_close(s, '^GSPC'):,.2f}) "
            f"closed higher too. Max pain for the coming expiry is ${o.max_pain:.2f}, and the put/call "
            f"open-interest ratio is {o.put_call_oi_ratio:.2f}. The 200d sits down at ${t.sma_200:.2f}. MACD "
            f"{m.macd:.2f} is under its {m.macd_signal:.2f} signal. The fund finished {_pct(x.pct_from_ath)} "
            f"under the ${x.all_time_high:.2f} record.\n")


def index_note(b: Built) -> str:
    s = b.snapshot
    r = s.range
    assert r is not None and s.returns.change_1d is not None and s.returns.change_1d < 0
    return ("Russell 2000, Tuesday\n\n"
            f"The index settled at {s.close:,.2f}, {s.returns.change_1d:.2f} pts on the session. It reached "
            f"{s.high:,.2f} early, and the range for the day was just {s.low:,.2f} to {s.high:,.2f}. The "
            f"{r.sessions}-session closing range runs {r.lower:,.2f} to {r.upper:,.2f} "
            f"({r.width_pct:.2f}%).\n")


WRITERS = {("tape", TAPE_KEY): tape_note, ("run", RUN_KEY): run_note, ("cross", CROSS_KEY): cross_note,
           ("desk", DESK_KEY): desk_note, ("swing", SWING_KEY): swing_note, ("floor", FLOOR_KEY): floor_note,
           ("gauges", GAUGES_KEY): gauges_note, ("index", INDEX_KEY): index_note}


def named42_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(_base(name, key), key, "prose", "txt", write(built[key]))
            for (name, key), write in WRITERS.items()]


def _tape_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[TAPE_KEY].snapshot
    r, t = s.range, s.tape
    assert r is not None and t is not None and t.gap_pct is not None
    base, key = _base("tape", TAPE_KEY), TAPE_KEY
    high, low = f"${s.high + 2.0:.2f}", f"${s.low - 2.0:.2f}"
    return [
        Plant(f"named42-day-high-{key}", base, "value", f"and ${s.high:.2f}.", f"and {high}.",
              "value-mismatch", high, note=f"the day's high was ${s.high:.2f}"),
        Plant(f"named42-day-low-{key}", base, "value", f"between ${s.low:.2f}", f"between {low}",
              "value-mismatch", low, note=f"the day's low was ${s.low:.2f}"),
        Plant(f"named42-gap-{key}", base, "value", f"a {_pct(t.gap_pct)} gap", f"a {_wrong(t.gap_pct)} gap",
              "value-mismatch", _wrong(t.gap_pct), note=f"DIA opened {_pct(t.gap_pct)} over the prior close"),
        Plant(f"named42-channel-{key}", base, "value", f"a {r.width_pct:.2f}% channel",
              f"a {_wrong(r.width_pct)} channel", "value-mismatch", _wrong(r.width_pct),
              note=f"the {r.sessions}-session range is {r.width_pct:.2f}% wide"),
    ]


def _run_plants(built: dict[str, Built]) -> list[Plant]:
    _, total = _run(built[RUN_KEY].snapshot)
    return [Plant(f"named42-run-total-{RUN_KEY}", _base("run", RUN_KEY), "history", f"a {_pct(total)} skid",
                  f"a {_wrong(total)} skid", "value-mismatch", _wrong(total),
                  note=f"the run of lower closes lost {_pct(total)}")]


def _cross_plants(built: dict[str, Built]) -> list[Plant]:
    age = _cross_age(built[CROSS_KEY].snapshot)
    wrong = _COUNTS[age + 3]
    return [Plant(f"named42-cross-age-{CROSS_KEY}", _base("cross", CROSS_KEY), "history",
                  f"{_COUNTS[age]} sessions ago", f"{wrong} sessions ago", "value-mismatch",
                  f"{wrong} sessions",
                  note=f"the death cross came {age} sessions ago")]


def _desk_plants(built: dict[str, Built]) -> list[Plant]:
    entry, stop, target, ratio = _setup(built[DESK_KEY].snapshot)
    wrong_stop, wrong_ratio = f"${entry + 3.0:.2f}", f"{ratio + 1.1:.1f}"
    swing, _, swing_target, _ = _setup(built[SWING_KEY].snapshot)
    wrong_target = f"${swing - 10.0:.2f}"
    return [
        Plant(f"named42-long-stop-{DESK_KEY}", _base("desk", DESK_KEY), "setup", f"stop ${stop:.2f}",
              f"stop {wrong_stop}", "setup-geometry", wrong_stop,
              note=f"a long's stop must sit below its ${entry:.2f} entry"),
        Plant(f"named42-long-ratio-{DESK_KEY}", _base("desk", DESK_KEY), "setup", f"about {ratio:.1f} to 1",
              f"about {wrong_ratio} to 1", "setup-reward-risk", wrong_ratio,
              note=f"the long's reward/risk is {ratio:.1f}"),
        Plant(f"named42-swing-target-{SWING_KEY}", _base("swing", SWING_KEY), "setup",
              f"target ${swing_target:.2f}", f"target {wrong_target}", "setup-geometry", wrong_target,
              note=f"a long's target must sit above its ${swing:.2f} entry"),
    ]


def _floor_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[FLOOR_KEY].snapshot
    x, t = s.extremes, s.trend
    assert x.pct_from_52w_low is not None and t.pct_vs_sma_200 is not None
    base, key = _base("floor", FLOOR_KEY), FLOOR_KEY
    low, line = _wrong(x.pct_from_52w_low), _wrong(t.pct_vs_sma_200)
    return [
        Plant(f"named42-low-distance-{key}", base, "value", f"now {_pct(x.pct_from_52w_low)} above it",
              f"now {low} above it", "value-mismatch", low,
              note=f"IWM is {_pct(x.pct_from_52w_low)} above its 52-week low: that fact's value (README)"),
        Plant(f"named42-average-distance-{key}", base, "value", f"stands {_pct(t.pct_vs_sma_200)} above it",
              f"stands {line} above it", "value-mismatch", line,
              note=f"IWM is {_pct(t.pct_vs_sma_200)} above its 200-day: that fact's value (README)"),
    ]


def _gauges_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[GAUGES_KEY].snapshot
    o, t, m, x = s.options, s.trend, s.momentum, s.extremes
    assert o is not None and o.put_call_oi_ratio and t.sma_200 is not None and m.macd_signal is not None
    assert x.all_time_high is not None
    base, key = _base("gauges", GAUGES_KEY), GAUGES_KEY
    spx = _index_close(s, "^GSPC")
    wrong = {"index": f"{spx + 9:,.2f}", "pain": f"${o.max_pain - 5:.2f}",
             "ratio": f"{o.put_call_oi_ratio + 0.45:.2f}", "sma": f"${t.sma_200 + 2:.2f}",
             "signal": f"{m.macd_signal + 0.4:.2f}", "ath": f"${x.all_time_high - 1.8:.2f}"}
    return [
        Plant(f"named42-index-close-{key}", base, "value", f"({spx:,.2f})", f"({wrong['index']})",
              "value-mismatch", wrong["index"], note=f"the S&P 500 closed at {spx:,.2f}"),
        Plant(f"named42-max-pain-{key}", base, "value", f"is ${o.max_pain:.2f}",
              f"is {wrong['pain']}", "value-mismatch", wrong["pain"], note=f"max pain is ${o.max_pain:.2f}"),
        Plant(f"named42-put-call-{key}", base, "value", f"ratio is {o.put_call_oi_ratio:.2f}",
              f"ratio is {wrong['ratio']}", "value-mismatch", wrong["ratio"],
              note=f"the put/call OI ratio is {o.put_call_oi_ratio:.2f}"),
        Plant(f"named42-sma200-{key}", base, "value", f"at ${t.sma_200:.2f}", f"at {wrong['sma']}",
              "value-mismatch", wrong["sma"], note=f"the 200-day is ${t.sma_200:.2f}"),
        Plant(f"named42-signal-{key}", base, "indicator", f"its {m.macd_signal:.2f} signal",
              f"its {wrong['signal']} signal", "value-mismatch", wrong["signal"],
              note=f"the MACD signal is {m.macd_signal:.2f}"),
        Plant(f"named42-record-{key}", base, "value", f"${x.all_time_high:.2f} record",
              f"{wrong['ath']} record", "value-mismatch", wrong["ath"],
              note=f"the record close is ${x.all_time_high:.2f}"),
    ]


def _index_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[INDEX_KEY].snapshot
    r = s.range
    assert r is not None and s.returns.change_1d is not None
    base, key = _base("index", INDEX_KEY), INDEX_KEY
    points, high, low = f"{s.returns.change_1d - 4:.2f}", f"{s.high + 6:,.2f}", f"{s.low - 6:,.2f}"
    return [
        Plant(f"named42-points-{key}", base, "value", f"{s.returns.change_1d:.2f} pts", f"{points} pts",
              "value-mismatch", points, note=f"the index fell {abs(s.returns.change_1d):.2f} points"),
        Plant(f"named42-reached-{key}", base, "value", f"reached {s.high:,.2f}", f"reached {high}",
              "value-mismatch", high, note=f"the day's high was {s.high:,.2f}"),
        Plant(f"named42-day-floor-{key}", base, "value", f"just {s.low:,.2f}", f"just {low}",
              "value-mismatch", low, note=f"the day's low was {s.low:,.2f}"),
        Plant(f"named42-bracket-width-{key}", base, "value", f"({r.width_pct:.2f}%)",
              f"({_wrong(r.width_pct)})", "value-mismatch", _wrong(r.width_pct),
              note=f"the {r.sessions}-session range is {r.width_pct:.2f}% wide"),
    ]


def named42_plants(built: dict[str, Built]) -> list[Plant]:
    return [*_tape_plants(built), *_run_plants(built), *_cross_plants(built), *_desk_plants(built),
            *_floor_plants(built), *_gauges_plants(built), *_index_plants(built)]
