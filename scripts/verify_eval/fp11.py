"""The next false alarms on outside prose by cause (issue 14, fp11), in other words than the holdouts.

- Figures whose own words count or price another thing: a members' club bulletin prints a survey
  share ("58% of subscribers"), a broker's fee ("a management fee of 0.09%"), a promotion ("a 15%
  discount"), a follower count with its K ("3.1K members"), a sum of money with its scale word
  ("a $120 million buyback"), a raffle ("$1,000 in gift cards") and a bylaw's number ("Section
  12(b)"). None is market data, so none is checked. The fund's own move, its distance from the
  50-day and its close, printed in the same paragraphs, are still checked: a sign, a move word, a
  relation or a measure label ties a figure to the market whatever else stands beside it.

- A year phrase after a yearless date: an index desk writes the peak close's date as "November 28 of
  the previous year" and the low's as "April 9 this year". The phrase names the year, so the peak is
  not read as a day after the session (an error before); the same day put in the session's year
  ("of this year", a day after the session) is still caught.

Every figure comes from the snapshots, so the bulletin is correct by construction; each plant spoils
one market figure, which must still be caught.
"""

from __future__ import annotations

from datetime import date

from .plants import Plant
from .universe import Built
from .user_texts import UserText

KEY = "DIA-2026-11-20"
NOTE = f"user-fp11-club-bulletin-{KEY}"
YEAR_KEY = "idx_RUT-2026-11-17"
YEAR_NOTE = f"user-fp11-year-phrase-{YEAR_KEY}"


def _move(b: Built) -> float:
    value = b.snapshot.returns.change_1d_pct
    assert value is not None
    return float(value)


def _vs50(b: Built) -> float:
    value = b.snapshot.trend.pct_vs_sma_50
    assert value is not None
    return float(value)


def club_bulletin(b: Built) -> str:
    s = b.snapshot
    day, vs50 = _move(b), _vs50(b)
    way = "gained" if day > 0 else "gave up"
    side = "above" if vs50 > 0 else "below"
    return (f"Riverside Investors Club \u00b7 weekly bulletin \u00b7 Section 12(b) of the bylaws applies\n\n"
            f"Our group now counts 3.1K members. In the Friday survey, 58% of subscribers said they hold "
            f"the Dow fund, and the board approved a $120 million buyback of nothing at all: that was a "
            f"joke from the treasurer.\n\n"
            f"The fund itself {way} {abs(day):.2f}% on the day to close at ${s.close:.2f}, and it sits "
            f"{abs(vs50):.2f}% {side} its 50-day average.\n\n"
            f"Housekeeping: the broker we use charges a management fee of 0.09%, and members get a 15% "
            f"discount on the annual dinner. This month's raffle: $1,000 in gift cards. The club's cash "
            f"sits in Treasury bills with an average maturity of 41 days.\n")


def _day(when: date) -> str:
    return f"{when:%B} {when.day}"


def year_phrase_note(b: Built) -> str:
    s = b.snapshot
    e = s.extremes
    assert e.all_time_high_date.year == s.session.year - 1 and e.low_52w_date.year == s.session.year
    return (f"Index desk, small caps\n\n"
            f"The Russell 2000 settled at {s.close:,.2f} points.\n\n"
            f"Q: And the top of the chart? A: {e.all_time_high:,.2f}, reached "
            f"{_day(e.all_time_high_date)} of the previous year.\n\n"
            f"Q: The floor? A: {e.low_52w:,.2f}, the 52-week closing low, set {_day(e.low_52w_date)} this "
            f"year.\n")


def fp11_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(NOTE, KEY, "prose", "txt", club_bulletin(built[KEY])),
            UserText(YEAR_NOTE, YEAR_KEY, "prose", "txt", year_phrase_note(built[YEAR_KEY]))]


def fp11_plants(built: dict[str, Built]) -> list[Plant]:
    b = built[KEY]
    s = b.snapshot
    day, vs50 = _move(b), _vs50(b)
    way = "gained" if day > 0 else "gave up"
    side = "above" if vs50 > 0 else "below"
    peak = built[YEAR_KEY].snapshot.extremes.all_time_high_date
    return [
        Plant(f"fp11-year-phrase-peak-{YEAR_KEY}", YEAR_NOTE, "date", f"{_day(peak)} of the previous year",
              f"{_day(peak)} of this year", "date-untraced", _day(peak),
              note="the peak's day put in the session's year by its phrase: a day after the session, caught"),
        Plant(f"fp11-club-move-{KEY}", NOTE, "value", f"{way} {abs(day):.2f}%",
              f"{way} {abs(day) + 0.8:.2f}%", "value-mismatch", f"{abs(day) + 0.8:.2f}%",
              note="the day's move beside a survey share and a buyback, 0.80 points high: still checked"),
        Plant(f"fp11-club-vs50-{KEY}", NOTE, "level", f"{abs(vs50):.2f}% {side}",
              f"{abs(vs50) + 1.7:.2f}% {side}", "value-mismatch", f"{abs(vs50) + 1.7:.2f}%",
              note="the distance from the 50-day, 1.70 points wide: a relation ties it to the market"),
        Plant(f"fp11-club-close-{KEY}", NOTE, "level", f"close at ${s.close:.2f}",
              f"close at ${s.close + 4.1:.2f}", "value-mismatch", f"${s.close + 4.1:.2f}",
              note="the close $4.10 high in the bulletin: still checked"),
    ]
