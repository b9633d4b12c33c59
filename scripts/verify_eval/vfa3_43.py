"""Dates of past extremes and numbers that are no market data (issue 14, vfa3 stop 43), in other voices
than holdout 19's.

A yearless date beside a weekday that dates a record close or a 52-week extreme is a day that has
passed ("best close ever: $493.91 (Mon Jan 12)" in November is January of the same year, not of the
next one), and a date in brackets dates the extreme named just before it, not one named later in the
clause ("the 52-week closing high of $41.82 (Aug 19) and the all-time closing high ...").

Numbers of someone's holding are no market data: its value ("40 shares, worth $9,772.00"), its cost
("cost basis $231.10") and its unrealized result ("an unrealized gain of $528.00, or about 5.7%"); nor
are a bill's lines worked out to dot leaders ("3 h @ $95.00 ........ $285.00"), a part's code fused to
letters ("PN 61500-QX") or a distance in miles beside the word "oil" ("next oil change at 12,500 mi");
nor a prize's price of each ("8 prizes, $250 each"), a rule's threshold for things ("Entries over
$100"), a quote's second end ("$900 to $1,100"), a bill's label with a time word ("Admission today:
$12", "Total owed today: $7.50"), a forecast's low with no unit ("low of 28 tonight, snow showers"), a
holiday named after a later date ("closed Friday Nov 27 for Thanksgiving"), a year in a name ("the
1907 Panic Room"), a fund's money in millions ("$2.4M") or a trade's cost ("trading cost estimate 2
bp").

The planted texts give a wrong weekday to such a date (`weekday-mismatch`), or one extreme's date to
another (`date-untraced`), or put a wrong close or move in the same frames as the other numbers, a
move on a line of dot leaders included (`value-mismatch`): each must still be caught. (A wrong close
on such a line, or in "IWM shares ended the day worth $X each", is flagged but only as
`number-untraced` today, as before: a named-figure reading, not planted here.) Every market figure
and date comes from the snapshots; the holding's figures are worked from the close here.
"""

from __future__ import annotations

from datetime import date

from .plants import Plant
from .universe import Built
from .user_texts import UserText

CARD_KEY = "DIA-2026-11-20"
FRONTIER_KEY = "FRNT-2026-11-20"
SMALL_KEY = "IWM-2026-03-30"
HOLDING_KEY = "IWM-2026-11-20"
BILL_KEY = "QQQ-2026-11-20"
NOTICE_KEY = "SPY-2026-11-20"
LOT = 40
"""The family account's shares of IWM, and what they cost each (typed, no market figure)."""
PAID = 231.10


def _base(name: str, key: str) -> str:
    return f"user-vfa3-{name}-{key}"


def _day(when: date) -> str:
    """'Mon Jan 12': a short weekday before a yearless date."""
    return f"{when:%a} {when:%b} {when.day}"


def _month_day(when: date, year: bool = False) -> str:
    return f"{when:%b} {when.day}" + (f", {when.year}" if year else "")


def card_note(b: Built) -> str:
    s, e = b.snapshot, b.snapshot.extremes
    return ("Dow fund card, end of week\n\n"
            f"DIA closed at ${s.close:.2f}. Best close ever: ${e.all_time_high:.2f} "
            f"({_day(e.all_time_high_date)}). "
            f"Lowest close of the past 52 weeks: ${e.low_52w:.2f} ({_day(e.low_52w_date)}).\n")


def frontier_note(b: Built) -> str:
    s, e = b.snapshot, b.snapshot.extremes
    return ("Frontier sleeve, Friday\n\n"
            f"FRNT ended at ${s.close:.2f}. Overhead sit the 52-week closing high of ${e.high_52w:.2f} "
            f"({_month_day(e.high_52w_date)}) and the all-time closing high of ${e.all_time_high:.2f} "
            f"({_month_day(e.all_time_high_date, year=True)}).\n")


def small_note(b: Built) -> str:
    s, e = b.snapshot, b.snapshot.extremes
    return ("Small-cap check-in\n\n"
            f"IWM closed at ${s.close:.2f}, under its ${e.all_time_high:.2f} record close and over its "
            f"52-week closing low of ${e.low_52w:.2f} ({_month_day(e.low_52w_date, year=True)}).\n")


def _signed_dollars(value: float) -> str:
    return f"{'up' if value >= 0 else 'down'} ${abs(value):.2f}"


def holding_note(b: Built) -> str:
    s = b.snapshot
    worth, gain = LOT * s.close, LOT * (s.close - PAID)
    return ("Family account check, Friday evening\n\n"
            f"IWM closed at ${s.close:.2f}, {_signed_dollars(s.returns.change_1d)}. IWM shares ended the day "
            f"worth ${s.close:.2f} each. We own {LOT} shares, worth ${worth:,.2f} at that close (cost basis "
            f"${PAID:.2f}), an unrealized {'gain' if gain >= 0 else 'loss'} of ${abs(gain):,.2f}, or about "
            f"{abs(gain) / (LOT * PAID) * 100:.1f}%.\n")


def _wti(b: Built) -> str:
    return b.sheet.facts["xmkt_wti"].printed()


def bill_note(b: Built) -> str:
    s = b.snapshot
    return ("SUNNYSIDE PLUMBING -- job sheet, Friday\n\n"
            "Labour 3 h @ $95.00 ........ $285.00\n"
            "Valve kit PN 55210-BR, 2 @ $42.75 ........ $85.50\n\n"
            f"Boiler oil tank topped up, WTI crude at {_wti(b)}. "
            "Van due for its next oil change at 12,500 mi.\n\n"
            f"Filter PN 61500-QX fitted while QQQ closed at ${s.close:.2f}.\n\n"
            f"QQQ close ........ ${s.close:.2f}\n"
            f"QQQ day move ........ {s.returns.change_1d_pct:+.2f}%\n")


def notice_note(b: Built) -> str:
    s = b.snapshot
    move = s.returns.change_1d_pct
    assert move is not None
    return ("Riverside Community Newsletter\n\n"
            f"Market line: SPY closed at ${s.close:.2f}, {'up' if move >= 0 else 'down'} {abs(move):.2f}%, "
            f"after a low of ${s.low:.2f}. Raffle beside it: 8 prizes, $250 each; entries over $100 go to "
            "the food bank; the hall estimate was $900 to $1,100. Admission today: $12. Total owed today: "
            "$7.50. "
            "Weather: low of 28 tonight, snow showers by morning. The pantry is closed Friday Nov 27 for "
            "Thanksgiving, and the museum shows the 1907 Panic Room exhibit. The club fund's $2.4M sits in "
            "SPY; trading cost estimate 2 bp.\n")


WRITERS = {("card", CARD_KEY): card_note, ("frontier", FRONTIER_KEY): frontier_note,
           ("small", SMALL_KEY): small_note, ("holding", HOLDING_KEY): holding_note,
           ("bill", BILL_KEY): bill_note, ("notice", NOTICE_KEY): notice_note}


def vfa3_43_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(_base(name, key), key, "prose", "txt", write(built[key]))
            for (name, key), write in WRITERS.items()]


def _swap(name: str, key: str, what: str, old: str, new: str, code: str, span: str, note: str) -> Plant:
    return Plant(f"vfa3-{name}-{what}-{key}", _base(name, key), "date", old, new, code, span, note=note)


def _value(name: str, key: str, what: str, old: str, new: str, span: str, note: str) -> Plant:
    return Plant(f"vfa3-{name}-{what}-{key}", _base(name, key), "value", old, new, "value-mismatch", span,
                 note=note)


def _moved(name: str, key: str, what: str, lead: str, right: float, by: float, note: str) -> Plant:
    """A price after its words (`lead`, ending in '$') moved by `by` dollars."""
    wrong = f"{right + by:.2f}"
    return _value(name, key, what, f"{lead}{right:.2f}", f"{lead}{wrong}", f"${wrong}", note)


def vfa3_43_plants(built: dict[str, Built]) -> list[Plant]:
    card, frontier, small = (built[k].snapshot.extremes for k in (CARD_KEY, FRONTIER_KEY, SMALL_KEY))
    low = _day(card.low_52w_date)
    wrong_weekday = f"{(card.low_52w_date.replace(day=card.low_52w_date.day - 1)):%a} {low[4:]}"
    high_date = _month_day(frontier.high_52w_date)
    record_date = _month_day(frontier.all_time_high_date, year=True)
    small_low = _month_day(small.low_52w_date, year=True)
    small_record = _month_day(small.all_time_high_date, year=True)
    hold, move = built[HOLDING_KEY].snapshot, built[BILL_KEY].snapshot.returns.change_1d_pct
    assert move is not None
    wti = _wti(built[BILL_KEY])
    wrong_wti = f"{float(wti) + 0.9:.2f}"
    notice = built[NOTICE_KEY].snapshot
    notice_move = notice.returns.change_1d_pct
    assert notice_move is not None
    return [
        _moved("notice", NOTICE_KEY, "close", "closed at $", notice.close, -2.0,
               f"SPY closed at ${notice.close:.2f}; the prizes, fees, forecast and dates around it are other "
               "things'"),
        _value("notice", NOTICE_KEY, "move", f"{abs(notice_move):.2f}%,", f"{abs(notice_move) + 0.3:.2f}%,",
               f"{abs(notice_move) + 0.3:.2f}%", f"SPY moved {notice_move:+.2f}% on the day"),
        _moved("notice", NOTICE_KEY, "low", "low of $", notice.low, -1.5,
               f"SPY's low of the day was ${notice.low:.2f}: a low in a market clause stays the day's, "
               "whatever the forecast's low beside it"),
        _value("bill", BILL_KEY, "wti", f"crude at {wti}.", f"crude at {wrong_wti}.", wrong_wti,
               f"WTI settled at {wti}; the miles beside the word 'oil' are the van's"),
        _moved("holding", HOLDING_KEY, "close", "closed at $", hold.close, 1.0,
               f"IWM closed at ${hold.close:.2f}; the holding's value, cost and gain around it are the "
               "family's"),
        _value("bill", BILL_KEY, "move", f"{move:+.2f}%", f"{move + 0.4:+.2f}%", f"{move + 0.4:+.2f}%",
               f"QQQ moved {move:+.2f}% on the day; a line of dot leaders leads to it as the bill's lines "
               "lead to theirs"),
        _swap("card", CARD_KEY, "weekday", f"({low})", f"({wrong_weekday})", "weekday-mismatch",
              wrong_weekday, f"{_month_day(card.low_52w_date, year=True)} was a {card.low_52w_date:%A}: the "
              "52-week low's date is in the past, read in the session's year"),
        _swap("frontier", FRONTIER_KEY, "high", f"({high_date})", f"({record_date})", "date-untraced",
              record_date, f"FRNT's 52-week closing high was on {high_date}; {record_date} is the record "
              "close's date, named after it"),
        _swap("small", SMALL_KEY, "low", f"({small_low})", f"({small_record})", "date-untraced",
              small_record, f"IWM's 52-week closing low was on {small_low}; {small_record} is the record "
              "close's date, named before it"),
    ]
