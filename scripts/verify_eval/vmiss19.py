"""Misses of holdouts 12-14 read as classes of phrasing (issue 14, vmiss stop 19), in other words than
the holdouts'.

Range lengths: a count of sessions told as the time the price spent between two prices the sentence
prints ("it has now spent 40 sessions inside $606.02 to $629.76"; "the bottom of its 40-session
channel, $606.02") is the range's length, `range_sessions`; a wrong count is `value-mismatch` even when
another instrument's fact has that value by chance. A look-back window the writer chose ("over the
past 10 sessions it rose") and a count beside no edge of the range stay clean.

Window extremes: the session's close called the highest or lowest close of a window of sessions ("to
$471.60, its highest close in 10 sessions", "Tuesday's close is the lowest of the last 11 sessions",
"its weakest close of the past fortnight") is held to the closes of that window; the other extreme, or
a longer window the close does not top, is `pattern-mismatch`. A close measured from such an extreme
("well above its lowest close of the past month") and the calendar month stay clean.

Size words: a quiet adjective or noun the lists lacked ("a timid advance", "a shuffle"), a strong
one ("a severe slump", "a heavy loss"), an intensifier before the noun ("a real crash", "an outright
wipeout"), the idiom "a <size> <noun> of a day" ("a brutal beast of a day"), and a second size noun set
beside the first ("a meltdown, an outright wipeout": one finding spanning both) are held to the day's
move like the words the verifier already read (`magnitude-mismatch`).

Misattributed citations: a citation whose clause names another ingested outlet as its speaker
("Ledger Markets Daily had the S&P 500 at 6,901.69 [2]" where [2] is Harbor Street Wire's story), or
quotes words the cited story does not print and another ingested story does, is
`citation-unsupported` on that mark; the right outlet, or words no other story prints, stay as they were.

MACD crosses: the MACD said to have crossed its signal line ("has crossed above its signal line", "it
has since crossed above it", "it just crossed back above") or to have rolled over, in a sentence naming
both lines, must be on that side of the signal now (`indicator-mismatch`); a cross denied ("it has not
crossed above it yet") is no claim of one.

Sides: an average placed a distance from the price ("the 200-day, at $645.83, sits 5.27% below the
price") must be on that side of the close, and a close said to have finished under its record is not a
record close (`pattern-mismatch`).

Day edges: the close placed at an edge of its day ("right at the top of its day", "near the ceiling of
the session") is held to the day's low and high (`direction-mismatch` for the other edge).

Every figure comes from the snapshots, so each note is correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

BOX_KEY = "QQQ-2026-11-17"  # a 40-session range
LANE_KEY = "DIA-2026-11-20"  # a 43-session range; 35 is the DIA cross's age, not its range's


def _base(name: str, key: str) -> str:
    return f"user-vmiss-{name}-{key}"


def _range(s: Snapshot) -> tuple[str, str, int]:
    assert s.range is not None
    return f"${s.range.lower:.2f}", f"${s.range.upper:.2f}", s.range.sessions


def box_note(b: Built) -> str:
    low, high, sessions = _range(b.snapshot)
    return ("## Nasdaq fund: still boxed in\n\n"
            f"QQQ settled at ${b.snapshot.close:.2f}. It has now spent {sessions} sessions inside {low} to "
            f"{high}, and the bottom of its {sessions}-session channel, {low}, is the line bulls must keep. "
            "Over the past 10 sessions the fund gave a little ground, and a 20-session look shows nothing "
            "decisive.\n")


def lane_note(b: Built) -> str:
    low, high, sessions = _range(b.snapshot)
    return ("DOW FUND DESK NOTE\n\n"
            f"DIA ended at ${b.snapshot.close:.2f}. For {sessions} trading days the fund has been pinned "
            f"between {low} and {high}; the {sessions}-session band's ceiling, {high}, has turned it back "
            "each time.\n")


TOP_KEY = "DIA-2026-11-20"  # the highest close of the last 10 sessions, not of 11
DIP_KEY = "SPY-2026-11-17"  # the lowest close of the last 11 sessions, a Tuesday
SLIP_KEY = "QQQ-2026-11-17"  # the lowest close of the last 10 sessions


def _extreme_run(s: Snapshot, high: bool) -> int:
    """How many of the last closes the session's close tops (or undercuts), itself included."""
    closes = s.recent_closes
    assert closes and abs(closes[-1] - s.close) < 1e-9
    n = 1
    while n < len(closes) and (max(closes[-n - 1:]) <= s.close if high else min(closes[-n - 1:]) >= s.close):
        n += 1
    return n


def top_note(b: Built) -> str:
    s = b.snapshot
    return ("Dow fund, end of week\n\n"
            f"DIA rose to ${s.close:.2f}, its highest close in {_extreme_run(s, True)} sessions, "
            "and it still "
            "sits well above its lowest close of the past month. The highest close of the month came "
            "earlier.\n")


def dip_note(b: Built) -> str:
    s = b.snapshot
    return ("# SPY slips again\n\n"
            f"SPY closed at ${s.close:.2f}. Tuesday's close is the lowest of the last "
            f"{_extreme_run(s, False)} "
            "sessions, though the fund remains far from its lowest close of the year.\n")


def slip_note(b: Built) -> str:
    s = b.snapshot
    assert _extreme_run(s, False) >= 10
    return ("## Nasdaq fund\n\n"
            f"QQQ gave up ground to ${s.close:.2f}, its weakest close of the past fortnight.\n")


RALLY_KEY = "QQQ-2025-11-17"  # +1.73%, 1.4 ATR
DIP2_KEY = "DIA-2026-06-03"  # -0.58%, 0.5 ATR
FADE_KEY = "FRNT-2026-11-20"  # -0.86%, 0.5 ATR


def rally_note(b: Built) -> str:
    s = b.snapshot
    return ("Nasdaq fund close\n\n"
            f"QQQ rallied {s.returns.change_1d_pct:.2f}% to ${s.close:.2f}, a sturdy advance, and no meek "
            "shuffle either.\n")


def dip2_note(b: Built) -> str:
    s = b.snapshot
    return ("# Dow fund\n\n"
            f"DIA slipped {abs(s.returns.change_1d_pct):.2f}% to ${s.close:.2f}, "
            "a modest step back and nothing "
            "more.\n")


def fade_note(b: Built) -> str:
    s = b.snapshot
    return ("## Frontier fund\n\n"
            f"FRNT lost {abs(s.returns.change_1d_pct):.2f}% to ${s.close:.2f}, an orderly retreat.\n")


CITE_KEY = "QQQ-2026-11-20"
EXPIRY = "came and went without drama for the index ETFs"
ROARED = "roared back on Friday"


def _story(b: Built, publisher: str, words: str) -> tuple[str, str]:
    item = next(i for i in b.news if i.publisher == publisher and words in f"{i.summary} {i.text}")
    return item.title, item.url


def cite_note(b: Built) -> str:
    expiry = _story(b, "Tapewatch", EXPIRY)
    roared = _story(b, "Harbor Street Wire", ROARED)
    ledger = _story(b, "Ledger Markets Daily", "6,901.69")
    return ("# Expiry day for the Nasdaq fund\n\n"
            f"QQQ finished at ${b.snapshot.close:.2f}. Tapewatch noted that the monthly expiry \"{EXPIRY}\" "
            f"[1], while Harbor Street Wire wrote that megacap shares \u201c{ROARED}\u201d [2]. "
            "Ledger Markets Daily had the S&P 500 at 6,901.69 [3]. "
            "Unlike Tapewatch, Harbor Street Wire led with the megacap "
            f"technology shares [2]. The desk put it simply: \"{EXPIRY}\" [1].\n\n"
            "Sources\n"
            + "".join(f"[{n}] {title}, {url}\n"
                      for n, (title, url) in enumerate((expiry, roared, ledger), 1)))


UNDER_KEY = "IWM-2026-11-20"  # MACD 0.31 under its 0.51 signal
OVER_KEY = "IWM-2026-11-17"  # MACD 0.86 over its 0.57 signal


def under_note(b: Built) -> str:
    m = b.snapshot.momentum
    assert m.macd is not None and m.macd_signal is not None and m.macd < m.macd_signal
    return ("Small-cap momentum check\n\n"
            f"IWM's MACD, at {m.macd:.2f}, still trails its signal line at {m.macd_signal:.2f}; it has not "
            "crossed above it yet, though the gap is narrowing.\n")


def over_note(b: Built) -> str:
    m = b.snapshot.momentum
    assert m.macd is not None and m.macd_signal is not None and m.macd > m.macd_signal
    return ("# IWM momentum\n\n"
            f"The MACD, {m.macd:.2f}, holds above its {m.macd_signal:.2f} signal; momentum has not rolled "
            "over, even on a down day.\n")


FLOOR_KEY = "SPY-2026-11-17"  # the 200-day below the close
RECORD_KEY = "DIA-2025-11-17"  # a record close


def floor_note(b: Built) -> str:
    s = b.snapshot
    assert s.trend.sma_200 is not None and s.trend.sma_200 < s.close
    gap = (s.close / s.trend.sma_200 - 1) * 100
    return ("## SPY's long average\n\n"
            f"SPY closed at ${s.close:.2f}. The 200-day, at ${s.trend.sma_200:.2f}, sits {gap:.2f}% "
            "below the price.\n")


def record_note(b: Built) -> str:
    s = b.snapshot
    assert s.extremes.new_all_time_high
    return f"# Dow fund\n\nDIA finished at ${s.close:.2f}, a record close.\n"


PEAK_KEY = "SPY-2026-06-03"  # the close beside the day's high
CEIL_KEY = "DIA-2026-11-20"  # the close beside the day's high


def _near_high(s: Snapshot) -> None:
    assert (s.close - s.low) / (s.high - s.low) > 0.9


def peak_note(b: Built) -> str:
    _near_high(b.snapshot)
    return f"## SPY\n\nSPY settled at ${b.snapshot.close:.2f}, right at the top of its day.\n"


def ceil_note(b: Built) -> str:
    _near_high(b.snapshot)
    return f"DOW FUND\n\nDIA finished at ${b.snapshot.close:.2f}, near the ceiling of the session.\n"


WRITERS = {
    ("peak", PEAK_KEY): peak_note, ("ceil", CEIL_KEY): ceil_note,
    ("floor", FLOOR_KEY): floor_note, ("record", RECORD_KEY): record_note,
    ("under", UNDER_KEY): under_note, ("over", OVER_KEY): over_note, ("cite", CITE_KEY): cite_note,
    ("rally", RALLY_KEY): rally_note, ("dip2", DIP2_KEY): dip2_note, ("fade", FADE_KEY): fade_note,
    ("box", BOX_KEY): box_note, ("lane", LANE_KEY): lane_note, ("top", TOP_KEY): top_note,
    ("dip", DIP_KEY): dip_note, ("slip", SLIP_KEY): slip_note
}


def vmiss_texts(built: dict[str, Built]) -> list[UserText]:
    plain = ("lane", "top", "rally", "under", "ceil")
    return [UserText(_base(name, key), key, "prose", "txt" if name in plain else "md",
                     write(built[key]))
            for (name, key), write in WRITERS.items()]


def _length_plants(built: dict[str, Built]) -> list[Plant]:
    _, _, box = _range(built[BOX_KEY].snapshot)
    _, _, lane = _range(built[LANE_KEY].snapshot)
    trend = built[LANE_KEY].snapshot.trend
    assert trend is not None and trend.cross is not None and trend.cross.sessions_since != lane
    cross = trend.cross.sessions_since
    return [
        Plant(f"vmiss-len-spent-{BOX_KEY}", _base("box", BOX_KEY), "value", f"spent {box} sessions",
              f"spent {box - 10} sessions", "value-mismatch", str(box - 10),
              note=f"the range holds {box} sessions, not {box - 10}"),
        Plant(f"vmiss-len-fused-{BOX_KEY}", _base("box", BOX_KEY), "value", f"its {box}-session channel",
              f"its {box + 5}-session channel", "value-mismatch", str(box + 5),
              note=f"the channel fused to its count: {box} sessions, not {box + 5}"),
        Plant(f"vmiss-len-peer-{LANE_KEY}", _base("lane", LANE_KEY), "value", f"For {lane} trading days",
              f"For {cross} trading days", "value-mismatch", str(cross),
              note=f"the range holds {lane} sessions; {cross} is the age of the fund's golden cross"),
        Plant(f"vmiss-len-band-{LANE_KEY}", _base("lane", LANE_KEY), "value", f"the {lane}-session band",
              f"the {lane - 20}-session band", "value-mismatch", str(lane - 20),
              note=f"the band fused to its count: {lane} sessions, not {lane - 20}"),
    ]


def _extreme_plants(built: dict[str, Built]) -> list[Plant]:
    top = _extreme_run(built[TOP_KEY].snapshot, True)
    dip = _extreme_run(built[DIP_KEY].snapshot, False)
    return [
        Plant(f"vmiss-ext-longer-{TOP_KEY}", _base("top", TOP_KEY), "pattern",
              f"its highest close in {top} sessions", f"its highest close in {top + 5} sessions",
              "pattern-mismatch", f"highest close in {top + 5} sessions",
              note=f"DIA's close tops the last {top} closes, not the last {top + 5}"),
        Plant(f"vmiss-ext-other-{TOP_KEY}", _base("top", TOP_KEY), "pattern",
              f"its highest close in {top} sessions", f"its lowest close in {top} sessions",
              "pattern-mismatch", f"lowest close in {top} sessions",
              note=f"DIA's close is the highest of the last {top} closes, not the lowest"),
        Plant(f"vmiss-ext-day-{DIP_KEY}", _base("dip", DIP_KEY), "pattern",
              "close is the lowest of", "close is the highest of", "pattern-mismatch", "highest of",
              note=f"SPY's Tuesday close is the lowest of the last {dip} closes"),
        Plant(f"vmiss-ext-fortnight-{SLIP_KEY}", _base("slip", SLIP_KEY), "pattern",
              "its weakest close of the past fortnight", "its strongest close of the past fortnight",
              "pattern-mismatch", "strongest close of the past fortnight",
              note="QQQ's close is the lowest of the last ten closes"),
    ]


def _size_plants() -> list[Plant]:
    return [
        Plant(f"vmiss-size-timid-{RALLY_KEY}", _base("rally", RALLY_KEY), "magnitude", "a sturdy advance",
              "a timid advance", "magnitude-mismatch", "timid", note="a 1.73% gain of 1.4 ATR is not timid"),
        Plant(f"vmiss-size-severe-{DIP2_KEY}", _base("dip2", DIP2_KEY), "magnitude", "a modest step back",
              "a severe slump", "magnitude-mismatch", "severe slump", note="a 0.58% dip of 0.5 ATR"),
        Plant(f"vmiss-size-idiom-{DIP2_KEY}", _base("dip2", DIP2_KEY), "magnitude", "a modest step back",
              "a brutal beast of a day", "magnitude-mismatch", "brutal",
              note="the idiom 'a <size> <noun> of a day' on a 0.58% dip of 0.5 ATR"),
        Plant(f"vmiss-size-pair-{FADE_KEY}", _base("fade", FADE_KEY), "magnitude", "an orderly retreat",
              "a meltdown, an outright wipeout", "magnitude-mismatch", "an outright wipeout",
              note="two size nouns side by side on a 0.86% fall of 0.5 ATR: one finding spanning both"),
    ]


def _cite_plants() -> list[Plant]:
    base = _base("cite", CITE_KEY)
    return [
        Plant(f"vmiss-cite-speaker-{CITE_KEY}", base, "citation", f"{EXPIRY}\" [1], while",
              f"{EXPIRY}\" [2], while", "citation-unsupported", "[2]",
              note="Tapewatch's words cited to [2], Harbor Street Wire's story"),
        Plant(f"vmiss-cite-outlet-{CITE_KEY}", base, "citation", "6,901.69 [3]", "6,901.69 [2]",
              "citation-unsupported", "[2]",
              note="Ledger Markets Daily named, Harbor Street Wire's story cited"),
        Plant(f"vmiss-cite-quote-{CITE_KEY}", base, "citation", f"simply: \"{EXPIRY}\" [1]",
              f"simply: \"{EXPIRY}\" [3]", "citation-unsupported", "[3]",
              note="a quotation only the Tapewatch story prints, cited to Ledger's"),
    ]


def _cross_plants() -> list[Plant]:
    return [
        Plant(f"vmiss-cross-above-{UNDER_KEY}", _base("under", UNDER_KEY), "indicator",
              "it has not crossed above it yet", "it has crossed above it already", "indicator-mismatch",
              "crossed above it", note="MACD 0.31 is still under its 0.51 signal"),
        Plant(f"vmiss-cross-rolled-{OVER_KEY}", _base("over", OVER_KEY), "indicator",
              "momentum has not rolled over", "momentum has rolled over", "indicator-mismatch",
              "momentum has rolled over", note="MACD 0.86 is above its 0.57 signal: no roll-over"),
    ]


def _side_plants() -> list[Plant]:
    return [
        Plant(f"vmiss-side-avg-{FLOOR_KEY}", _base("floor", FLOOR_KEY), "pattern", "% below the price",
              "% above the price", "pattern-mismatch", "above the price",
              note="SPY's 200-day is below its close, not above the price"),
        Plant(f"vmiss-side-record-{RECORD_KEY}", _base("record", RECORD_KEY), "pattern",
              "DIA finished at", "DIA finished just under its record at", "pattern-mismatch",
              "finished just under its record", note="$481.59 is a record close"),
    ]


def _edge_plants() -> list[Plant]:
    return [
        Plant(f"vmiss-edge-bottom-{PEAK_KEY}", _base("peak", PEAK_KEY), "direction", "at the top of its day",
              "at the bottom of its day", "direction-mismatch", "at the bottom of its day",
              note="SPY's close is beside the day's high"),
        Plant(f"vmiss-edge-floor-{CEIL_KEY}", _base("ceil", CEIL_KEY), "direction", "near the ceiling of",
              "near the floor of", "direction-mismatch", "near the floor of",
              note="DIA's close is beside the day's high; its 43-session range is another range"),
    ]


def vmiss_plants(built: dict[str, Built]) -> list[Plant]:
    return [*_length_plants(built), *_extreme_plants(built), *_size_plants(), *_cite_plants(),
            *_cross_plants(), *_side_plants(), *_edge_plants()]
