"""A window of sessions named with a demonstrative (issue 14: the fourth holdout's false alarms, in
other words): "Across these four sessions the fund is up X%" and "those three sessions add up to X%"
are the return over that many sessions, not the day's move. The plant puts the four-session
return 0.9 points off (held to that window's return).

The year's first day as a period's start ("Counted from Jan. 1, IWM is up 0.42% on the year") is
the year-to-date window's start, no untraced date; the plant moves it to Jan. 6 (untraced). A zone
word in a definition ("past its lower band, that is known as oversold") names the term, no claim;
the plant claims it of QQQ. A record's date after 'its' in a phrase naming no instrument ("QQQ
rallied hard today, yet remains shy of its Nov 11 record close", in a note about SPY) is the
record of the instrument its clause names; the plant dates it two days early. Window lengths
named as a pair ("20 to 50 sessions") and a number talked about as one ("how 14 is the standard
number") are no figures; the plant spoils the close beside them. A date after the session with
its clock time and no market event ("Our next review call: Thursday, December 3, at 4:15 p.m.") is
the writer's appointment, and "online for 45 days" how long slides stay up; the plant gives the
call a wrong weekday (still caught).

Every figure comes from the snapshot's closes, so the note is correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText, updown

KEY = "DIA-2026-11-20"
BASE = f"user-fp4-those-sessions-{KEY}"


def _window(s: Snapshot, sessions: int) -> float:
    closes = s.recent_closes
    return (closes[-1] / closes[-1 - sessions] - 1) * 100


def those_note(b: Built) -> str:
    s = b.snapshot
    four, three = _window(s, 4), _window(s, 3)
    return (f"DIA settled at ${s.close:.2f} tonight. Across these four sessions the fund is "
            f"{updown(four)} {abs(four):.2f}%.\n\nAnd counting from Tuesday's close, those three sessions "
            f"add up to {three:+.2f}%.\n")


def those_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(BASE, KEY, "prose", "md", those_note(built[KEY]))]


def those_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[KEY].snapshot
    four = _window(s, 4)
    said, wrong = f"{abs(four):.2f}%", f"{abs(four) + 0.9:.2f}%"
    return [Plant(f"fp4-these-four-sessions-{KEY}", BASE, "timeframe", f"{updown(four)} {said}.",
                  f"{updown(four)} {wrong}.", "value-mismatch", wrong,
                  note="the return across 'these four sessions', 0.9 points off")]


# ---------------------------------------------------------------- the year's first day as a start

YEAR_KEY = "IWM-2026-11-20"
YEAR_BASE = f"user-fp4-year-start-{YEAR_KEY}"


def year_start_note(b: Built) -> str:
    s = b.snapshot
    ytd = s.returns.change_ytd_pct
    assert ytd is not None
    return (f"IWM finished at ${s.close:.2f}. Counted from Jan. 1, IWM is {updown(ytd)} {abs(ytd):.2f}% "
            f"on the year.\n")


def year_start_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(YEAR_BASE, YEAR_KEY, "prose", "md", year_start_note(built[YEAR_KEY]))]


def year_start_plants(built: dict[str, Built]) -> list[Plant]:
    return [Plant(f"fp4-year-start-wrong-day-{YEAR_KEY}", YEAR_BASE, "date", "from Jan. 1,",
                  "from Jan. 6,", "date-untraced", "Jan. 6",
                  note="a period's start that is no session and no fact (Jan 6 is not the year's start)")]


# ---------------------------------------------------------------- a zone word in a definition

TERM_KEY = "QQQ-2026-11-17"
TERM_BASE = f"user-fp4-defined-term-{TERM_KEY}"


def term_note(b: Built) -> str:
    s = b.snapshot
    assert s.momentum.rsi_14 is not None
    return (f"Jargon corner. When the RSI sinks past its lower band, that is known as oversold. "
            f"QQQ's RSI(14) closed at {s.momentum.rsi_14:.1f}, mid-range.\n")


def term_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(TERM_BASE, TERM_KEY, "prose", "md", term_note(built[TERM_KEY]))]


def term_plants(built: dict[str, Built]) -> list[Plant]:
    return [Plant(f"fp4-defined-term-claim-{TERM_KEY}", TERM_BASE, "indicator", ", mid-range.",
                  ", so QQQ is oversold.", "indicator-mismatch", "oversold",
                  note="the zone word claimed of QQQ after its definition: the RSI is in the 40s")]


# ---------------------------------------------------------------- 'its' record after a peer's clause

ITS_KEY = "SPY-2026-11-20"
ITS_BASE = f"user-fp4-its-record-{ITS_KEY}"


def _peer(b: Built, symbol: str) -> Snapshot:
    return next(p for p in b.peers if p.symbol == symbol)


def its_record_note(b: Built) -> str:
    s, q = b.snapshot, _peer(b, "QQQ")
    assert q.extremes.all_time_high_date is not None
    when = q.extremes.all_time_high_date
    return (f"SPY closed at ${s.close:.2f}. Over in tech, QQQ rallied hard today, yet remains shy of "
            f"its {when:%b} {when.day} record close.\n")


def its_record_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(ITS_BASE, ITS_KEY, "prose", "md", its_record_note(built[ITS_KEY]))]


def its_record_plants(built: dict[str, Built]) -> list[Plant]:
    when = _peer(built[ITS_KEY], "QQQ").extremes.all_time_high_date
    assert when is not None
    said, wrong = f"{when:%b} {when.day}", f"{when:%b} {when.day - 2}"
    return [Plant(f"fp4-its-record-date-{ITS_KEY}", ITS_BASE, "date", f"its {said} record",
                  f"its {wrong} record", "date-untraced", wrong,
                  note="QQQ's record close dated two days early, in a phrase after QQQ's clause")]


# ---------------------------------------------------------------- window lengths and a number named as one

LENGTHS_KEY = "QQQ-2026-11-20"
LENGTHS_BASE = f"user-fp4-window-lengths-{LENGTHS_KEY}"


def lengths_note(b: Built) -> str:
    s = b.snapshot
    return (f"Desk primer. Swing traders tend to average 20 to 50 sessions of closes. And that is how 14 "
            f"is the standard number for the RSI's window. QQQ closed at ${s.close:.2f}.\n")


def lengths_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(LENGTHS_BASE, LENGTHS_KEY, "prose", "md", lengths_note(built[LENGTHS_KEY]))]


def lengths_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[LENGTHS_KEY].snapshot
    wrong = f"${s.close - 6.15:.2f}"
    return [Plant(f"fp4-window-lengths-close-{LENGTHS_KEY}", LENGTHS_BASE, "value",
                  f"closed at ${s.close:.2f}", f"closed at {wrong}", "value-mismatch", wrong,
                  note="the close after window lengths named in a primer, $6.15 low")]


# ---------------------------------------------------------------- the writer's own appointment

MEETING_KEY = "DIA-2026-11-20"
MEETING_BASE = f"user-fp4-appointment-{MEETING_KEY}"


def meeting_note(b: Built) -> str:
    s = b.snapshot
    return (f"DIA desk minutes. The fund closed at ${s.close:.2f}. Our next review call: Thursday, "
            f"December 3, at 4:15 p.m., dial-in as usual. The slides stay online for 45 days.\n")


def meeting_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(MEETING_BASE, MEETING_KEY, "prose", "md", meeting_note(built[MEETING_KEY]))]


def meeting_plants(built: dict[str, Built]) -> list[Plant]:
    return [Plant(f"fp4-appointment-weekday-{MEETING_KEY}", MEETING_BASE, "date", "Thursday, December 3",
                  "Wednesday, December 3", "weekday-mismatch", "Wednesday, December 3",
                  note="the appointment's weekday wrong (Dec 3, 2026 is a Thursday): still caught")]
