"""Page furniture around true figures (issue 14: the fourth holdout's false alarms, in other layouts).

A channel post about SPY with the furniture its platforms print: a counter row of pictographs under
the post, an episode number and runtime, a star rating with its count of reviews, an audience
("12.7K followers", "9 of 12 attendees", "about 85 of you"), a holding's share count, an office
address, a reference number, a mail header's time zone, a dated title ("Fri 11/20/26") and a
day-first dotted date in brackets. None of them is market data, so the note must raise no error.
The plants spoil a real figure printed right beside a count (the close after the holding's share
count, the day's move in the line with the attendance, the close in the episode's title line): a
count next to a figure must not hide it.

A wrap with volumes in the desks' 'mn' shorthand ("61.1mn shares against a 42.0mn twenty-day
average"): read as millions of shares, so traced; the plant puts the day's volume 9.4 million high.

Every market figure comes from the snapshot, so each note is correct by construction.
"""

from __future__ import annotations

from .distances4 import distances_plants, distances_texts
from .listperiod4 import list_plants, list_texts
from .plants import Plant
from .possessive4 import possessive_plants, possessive_texts
from .universe import Built
from .user_texts import UserText, updown
from .windows4 import (
    its_record_plants,
    its_record_texts,
    lengths_plants,
    lengths_texts,
    meeting_plants,
    meeting_texts,
    term_plants,
    term_texts,
    those_plants,
    those_texts,
    year_start_plants,
    year_start_texts,
)

KEY = "SPY-2026-11-20"
BASE = f"user-fp4-furniture-{KEY}"


def furniture_note(b: Built) -> str:
    s = b.snapshot
    pct = s.returns.change_1d_pct
    assert pct is not None
    return (f"From: Desk Notes <notes@deskcast.example>\n"
            f"Date: Fri, 20 Nov 2026 17:05 +0100\n"
            f"Subject: Episode 57 (Fri 11/20/26): SPY at ${s.close:.2f}\n\n"
            f"Episode 57 \u00b7 52 min \u00b7 4.6 \u2605 (980 reviews) \u00b7 12.7K followers\n\n"
            f"Tonight 9 of 12 attendees were on the line; SPY finished {updown(pct)} {abs(pct):.2f}% on the "
            f"day.\n\n"
            f"Our model book holds 250 shares of SPY, which closed at ${s.close:.2f}. Thanks to the about 85 "
            f"of you who wrote in.\n\n"
            f"Next recording on Friday (04.12.) from Suite 1200. Compliance ref. CR-2025-0903-11.\n\n"
            f"\U0001f501 9   \U0001f49b 164   \U0001f441\ufe0f 18.3K\n")


def furniture_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(BASE, KEY, "prose", "txt", furniture_note(built[KEY]))]


def furniture_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[KEY].snapshot
    pct = s.returns.change_1d_pct
    assert pct is not None
    close, wrong_close = f"${s.close:.2f}", f"${s.close + 4.35:.2f}"
    said, wrong_pct = f"{abs(pct):.2f}%", f"{abs(pct) + 0.62:.2f}%"
    return [
        Plant(f"fp4-shares-close-{KEY}", BASE, "value", f"250 shares of SPY, which closed at {close}",
              f"250 shares of SPY, which closed at {wrong_close}", "value-mismatch", wrong_close,
              note="the close after a holding's share count, $4.35 high"),
        Plant(f"fp4-attendees-move-{KEY}", BASE, "value", f"{updown(pct)} {said} on the",
              f"{updown(pct)} {wrong_pct} on the", "value-mismatch", wrong_pct,
              note="the day's move in the line with the attendance count, 0.62 points high"),
        Plant(f"fp4-title-close-{KEY}", BASE, "value", f"(Fri 11/20/26): SPY at {close}",
              f"(Fri 11/20/26): SPY at {wrong_close}", "value-mismatch", wrong_close,
              note="the close in a subject line after an episode number and a dated title, $4.35 high"),
    ]


# ---------------------------------------------------------------- 'mn' for millions

MN_KEY = "QQQ-2026-11-17"
MN_BASE = f"user-fp4-mn-{MN_KEY}"


def _mn(shares: float) -> str:
    return f"{shares / 1e6:.1f}mn"


def mn_note(b: Built) -> str:
    s = b.snapshot
    assert s.volume.avg_volume_20 is not None
    return (f"QQQ wrap: closed ${s.close:.2f}. Turnover heavy, {_mn(s.volume.volume)} shares on the day "
            f"against a {_mn(s.volume.avg_volume_20)} twenty-day average.\n")


def mn_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(MN_BASE, MN_KEY, "prose", "txt", mn_note(built[MN_KEY]))]


def mn_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[MN_KEY].snapshot
    said, wrong = _mn(s.volume.volume), _mn(s.volume.volume + 9.4e6)
    return [Plant(f"fp4-mn-volume-{MN_KEY}", MN_BASE, "value", f"heavy, {said} shares",
                  f"heavy, {wrong} shares",
                  "value-mismatch", wrong,
                  note="the day's volume in 'mn' shorthand after 'Turnover heavy,', 9.4 million shares "
                       "high: the volume's value-mismatch, as the same figure with an 'M' is")]


def fp4_texts(built: dict[str, Built]) -> list[UserText]:
    """The clean notes of the fourth holdout's false-alarm fixes."""
    return [*furniture_texts(built), *mn_texts(built), *distances_texts(built), *possessive_texts(built),
            *list_texts(built), *those_texts(built), *year_start_texts(built),
            *term_texts(built), *its_record_texts(built),
            *lengths_texts(built), *meeting_texts(built)]


def fp4_plants(built: dict[str, Built]) -> list[Plant]:
    return [*furniture_plants(built), *mn_plants(built), *distances_plants(built), *possessive_plants(built),
            *list_plants(built), *those_plants(built), *year_start_plants(built),
            *term_plants(built), *its_record_plants(built),
            *lengths_plants(built), *meeting_plants(built)]
