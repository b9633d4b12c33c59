"""Page furniture around true figures (issue 14: the fourth holdout's false alarms, in other layouts).

A channel post about SPY with the furniture its platforms print: a counter row of pictographs under
the post, an episode number and runtime, a star rating with its count of reviews, an audience
("12.7K followers", "9 of 12 attendees", "about 85 of you"), a holding's share count, an office
address, a reference number, a mail header's time zone, a dated title ("Fri 11/20/26") and a
day-first dotted date in brackets. None of them is market data, so the note must raise no error.
The plants spoil a real figure printed right beside a count (the close after the holding's share
count, the day's move in the line with the attendance, the close in the episode's title line): a
count next to a figure must not hide it.

Every market figure comes from the snapshot, so the note is correct by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText, updown

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
