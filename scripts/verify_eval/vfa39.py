"""False alarms on outside prose by cause (issue 14, stop 39's vfa), in other words than the holdouts.

- The volume held against its own average: a running club's treasurer notes that turnover "sat above
  its 20-day average of N million shares" and that "shares traded, N million, ran a little above the
  20-day mean". The average is the volume's, not the price's moving average: the volume's side of it is
  held to the volume's own 20-day average (a plant flips it), and the fund's own side of its 20-day
  moving average in the same note is still checked (another plant flips that).

- Numbers that name things: a commuter's diary gives the train, the hymn, the ward, a column's "No." and
  a ticket's key ("Train 452", "hymn number 438", "Ward 4C", "Bulletin No. 463", "OPS-4471"), all on the
  fund's price scale. None is a price; the fund's close beside them is still checked.

- Words reported and refuted: a contest referee's notes say an entrant called the RSI "oversold", "which
  it was not", that "nobody's overbought", that the fund is "nowhere near a new high", that a junior
  must tell a busy day "from a yawn" and that some "people who call a N% day a yawn" are wrong. None is a
  claim; the same words stated as the text's own are caught (the plants drop the denial).

- A date of the writer's own after the session, in its own clause of a page with figures: a
  homeowners' association bulletin's masthead ("Bulletin 12 · Saturday, November 21, 2026 · 3 pages"),
  a hall booking ("Hall booking: Thursday, December 3, 2026 (the treasurer brings the close of DIA)")
  and a quiz night ("Quiz night: Friday, December 11, 8 p.m."). None is checked; the Fed's date in the
  same bulletin is (the plant moves it to a day no event falls on).

Every market figure comes from the snapshots, so the texts are correct by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

VOLUME_KEY = "SPY-2026-11-17"
LABEL_KEY = "DIA-2026-11-20"
LABELS = f"user-vfa39-commute-{LABEL_KEY}"
DENIAL_KEY = "QQQ-2026-11-20"
DATE_KEY = "DIA-2026-11-20"
DATES = f"user-vfa39-bulletin-{DATE_KEY}"
DENIALS = f"user-vfa39-referee-{DENIAL_KEY}"
VOLUME = f"user-vfa39-turnover-{VOLUME_KEY}"


def _million(value: float) -> str:
    return f"{value / 1e6:.1f} million"


def _volume_figures(b: Built) -> dict[str, str]:
    s = b.snapshot
    assert s.volume.volume is not None and s.volume.avg_volume_20 is not None and s.trend.sma_20 is not None
    assert s.returns.change_1d_pct is not None
    return {"close": f"${s.close:.2f}", "move": f"{abs(s.returns.change_1d_pct):.2f}%",
            "verb": "gained" if s.returns.change_1d_pct >= 0 else "lost",
            "price_side": "above" if s.close > s.trend.sma_20 else "below",
            "price_other": "below" if s.close > s.trend.sma_20 else "above",
            "volume": _million(s.volume.volume), "average": _million(s.volume.avg_volume_20),
            "volume_side": "above" if s.volume.volume > s.volume.avg_volume_20 else "below",
            "sma20": f"${s.trend.sma_20:.2f}"}


def _other(side: str) -> str:
    return "below" if side == "above" else "above"


def turnover_note(b: Built) -> str:
    f = _volume_figures(b)
    return (f"Riverside Runners, treasurer's notes (the club's reserve sits in SPY)\n\n"
            f"SPY {f['verb']} {f['move']} on Tuesday and closed at {f['close']}, {f['price_side']} its "
            f"20-day moving average of {f['sma20']}.\n\n"
            f"It was a busier session than most: turnover, at {f['volume']} shares, sat {f['volume_side']} "
            f"its 20-day average of {f['average']} shares. Shares traded, {f['volume']}, ran a little "
            f"{f['volume_side']} the 20-day mean.\n\n"
            f"Next committee meeting after the spring race.\n")


def commute_diary(b: Built) -> str:
    s = b.snapshot
    assert s.returns.change_1d_pct is not None
    verb = "rose" if s.returns.change_1d_pct >= 0 else "fell"
    return (f"Commuter's diary, Friday\n\n"
            f"Train 452 ran eleven minutes late again, so I read Bulletin No. 463 of the parish on the "
            f"platform. They want volunteers for hymn number 438 on Sunday and for the visits to Ward 4C. "
            f"At work the ticket OPS-4471 is still open.\n\n"
            f"Markets, for the record: the Dow fund, DIA, {verb} {abs(s.returns.change_1d_pct):.2f}% and "
            f"closed at ${s.close:.2f}.\n")


def _referee_figures(b: Built) -> dict[str, str]:
    s = b.snapshot
    assert s.momentum.rsi_14 is not None and s.returns.change_1d_pct is not None
    assert 45 <= s.momentum.rsi_14 <= 65 and s.returns.change_1d_pct > 0
    assert s.extremes.all_time_high is not None and s.close < s.extremes.all_time_high
    return {"rsi": f"{s.momentum.rsi_14:.1f}", "move": f"{s.returns.change_1d_pct:.2f}%",
            "close": f"${s.close:.2f}"}


def referee_notes(b: Built) -> str:
    f = _referee_figures(b)
    return (f"Stock-picking league, referee's notes on Friday's round\n\n"
            f"QQQ closed at {f['close']}, up {f['move']}. One entrant described QQQ's RSI of {f['rsi']} as "
            f"\"oversold\", which it was not, and loses two points. With the RSI at {f['rsi']}, nobody's "
            f"overbought either. Another claimed a record: QQQ is nowhere near a new high by his own "
            f"numbers, but it is close.\n\n"
            f"Reminder to the juniors: learn to tell a busy day from a yawn, and ignore the people who "
            f"call a {f['move']} day a yawn.\n")


def bulletin(b: Built) -> str:
    s = b.snapshot
    assert s.session.isoformat() == "2026-11-20" and s.returns.change_1d_pct is not None
    verb = "rose" if s.returns.change_1d_pct >= 0 else "fell"
    return (f"Bulletin 12 \u00b7 Saturday, November 21, 2026 \u00b7 3 pages\n\n"
            f"Hall booking: Thursday, December 3, 2026 (the treasurer brings the close of DIA, our reserve "
            f"fund).\n\n"
            f"Quiz night: Friday, December 11, 8 p.m. Tickets from the secretary.\n\n"
            f"The reserve: DIA {verb} {abs(s.returns.change_1d_pct):.2f}% on Friday to ${s.close:.2f}. The "
            f"Fed decides on Wednesday, December 9; we change nothing before then.\n")


def vfa39_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(VOLUME, VOLUME_KEY, "prose", "txt", turnover_note(built[VOLUME_KEY])),
            UserText(LABELS, LABEL_KEY, "prose", "txt", commute_diary(built[LABEL_KEY])),
            UserText(DENIALS, DENIAL_KEY, "prose", "txt", referee_notes(built[DENIAL_KEY])),
            UserText(DATES, DATE_KEY, "prose", "txt", bulletin(built[DATE_KEY]))]


def vfa39_plants(built: dict[str, Built]) -> list[Plant]:
    f = _volume_figures(built[VOLUME_KEY])
    dia = built[LABEL_KEY].snapshot
    q = _referee_figures(built[DENIAL_KEY])
    return [
        Plant(f"vfa39-turnover-price-side-{VOLUME_KEY}", VOLUME, "pattern",
              f"{f['price_side']} its 20-day moving average", f"{f['price_other']} its 20-day moving average",
              "pattern-mismatch", f"{f['price_other']} its 20-day",
              note="the close put on the wrong side of its own 20-day moving average beside the volume's "
                   "20-day average: still checked"),
        Plant(f"vfa39-turnover-volume-side-{VOLUME_KEY}", VOLUME, "direction",
              f"sat {f['volume_side']} its 20-day average",
              f"sat {_other(f['volume_side'])} its 20-day average",
              "direction-mismatch", _other(f["volume_side"]),
              note="the volume put on the wrong side of its own 20-day average: a direction-mismatch on the "
                   "side word"),
        Plant(f"vfa39-commute-close-{LABEL_KEY}", LABELS, "level", f"closed at ${dia.close:.2f}.",
              f"closed at ${dia.close + 4:.2f}.", "value-mismatch", f"${dia.close + 4:.2f}",
              note="the fund's close $4 off among train, hymn and ward numbers on its scale: still checked"),
        Plant(f"vfa39-referee-zone-{DENIAL_KEY}", DENIALS, "indicator", "nobody's overbought either",
              "QQQ is overbought", "indicator-mismatch", "overbought",
              note="the zone word stated as the text's own, its denial dropped: caught"),
        Plant(f"vfa39-referee-size-{DENIAL_KEY}", DENIALS, "magnitude",
              f"ignore the people who call a {q['move']} day a yawn",
              f"note that Friday's {q['move']} day was a yawn", "magnitude-mismatch", "a yawn",
              note="the size word stated as the day's own, the reported naming dropped: caught"),
        Plant(f"vfa39-bulletin-fed-{DATE_KEY}", DATES, "date", "Fed decides on Wednesday, December 9;",
              "Fed decides on December 16;", "date-untraced", "December 16",
              note="the Fed's date moved to a day no event falls on, beside the bulletin's own dates: "
                   "caught"),
    ]
