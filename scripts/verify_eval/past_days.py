"""The week in review: closes, highs and moves of past sessions, named by weekday or date.

Each text reads like a Friday-afternoon (or any session's) look back over the
days before: the session's own close, then "closed at $243.57 on Thursday",
"Wednesday's close of $244.79", "Wednesday's high of $245.81", "On Wednesday it
slipped 0.20%", "Since Monday's close it is down 1.20%", a close dated "Nov 17",
a peer's close on a past weekday, and a close on a date older than the 64
sessions the snapshot holds (unverifiable: info). Every past figure comes from
the snapshot's dated recent bars (`recent_sessions`, `recent_closes`,
`recent_highs`), so each text is correct by construction.

`past_day_plants` plants the errors a dated figure can carry: a past close off
by 1.5%, the previous day's close printed under the weekday before it (the
wrong day), a past day's move, a move since a past close, a close dated by a
month and day, and a past high, each off; and today's close under a past
weekday (the weekday is the fault).
"""

from __future__ import annotations

from datetime import date, timedelta

from pipeline.contracts import Snapshot
from pipeline.facts import format_value

from .plants import Plant, all_printed, digits
from .universe import Built
from .user_texts import updown

KEYS = ("IWM-2026-11-20", "QQQ-2025-11-17", "SPY-2026-06-03", "idx_GSPC-2026-11-20", "FRNT-2026-11-20",
        "DIA-2026-06-03")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def _price(s: Snapshot, value: float) -> str:
    return format_value(value, "price", 2, s.kind)


def _pct(value: float) -> str:
    return f"{abs(value):.2f}%"


def _name(s: Snapshot, n: int) -> str:
    """The weekday of the bar `n` sessions back, when that weekday names it (the latest such day on or
    before the session); else its month and day."""
    day = s.recent_sessions[-1 - n]
    back = (s.session.weekday() - day.weekday()) % 7
    if 0 < back and s.session - timedelta(days=back) == day:
        return WEEKDAYS[day.weekday()]
    return f"{day:%b} {day.day}"


def _dated(day: date) -> str:
    return f"{day:%b} {day.day}"


def _move(s: Snapshot, n: int) -> float:
    """The 1-day move of the bar `n` sessions back, in %."""
    closes = s.recent_closes
    return (closes[-1 - n] / closes[-2 - n] - 1) * 100


def _since(s: Snapshot, n: int) -> float:
    return (s.close / s.recent_closes[-1 - n] - 1) * 100


def own_week(b: Built) -> str:
    s, sym = b.snapshot, b.snapshot.symbol
    closes, highs = s.recent_closes, s.recent_highs
    one, two, three, four = (_name(s, n) for n in (1, 2, 3, 4))
    since = _since(s, 4)
    old = s.recent_sessions[0] - timedelta(days=30)
    return (
        f"{sym} finished the session at {_price(s, s.close)}. Looking back over the days before, it closed "
        f"at {_price(s, closes[-2])} on {one}, after {two}'s close of {_price(s, closes[-3])}; {two}'s high "
        f"of {_price(s, highs[-3])} was the best print of that stretch for the bulls, and on {two} it "
        f"{'gained' if _move(s, 2) > 0 else 'slipped'} {_pct(_move(s, 2))}. "
        f"On {_dated(s.recent_sessions[-4])} it closed at {_price(s, closes[-4])}. "
        f"Since {four}'s close, {sym} is {updown(since)} {_pct(since)}, which is the move traders will quote "
        f"in the morning meeting. Back on {_dated(old)}, it closed at {_price(s, closes[0] * 0.97)}, a level "
        "few on the desk remember fondly."
    )


def peer_week(b: Built) -> str:
    peer = b.peers[0]
    one = _name(peer, 1)
    return (f"The comparison with its neighbours is instructive. {peer.symbol} closed at "
            f"{_price(peer, peer.recent_closes[-2])} on {one}. {peer.symbol} ended at "
            f"{_price(peer, peer.close)} in the latest session, a round trip most of the tape shared.")


def past_day_text(b: Built) -> str:
    sym = b.snapshot.symbol
    return "\n\n".join([f"# {sym}: the week in review", own_week(b), peer_week(b)]) + "\n"


def past_day_texts(built: dict[str, Built]) -> list:  # type: ignore[type-arg]
    from .user_texts import UserText

    return [UserText(f"user-pastdays-{key}", key, "prose", "md", past_day_text(built[key])) for key in KEYS]


# ---------------------------------------------------------------- plants


def _fresh_price(b: Built, value: float) -> str:
    s = b.snapshot
    printed = all_printed(b) | {digits(_price(s, c)) for c in s.recent_closes} \
        | {digits(_price(s, h)) for h in s.recent_highs}
    for step in range(20):
        candidate = _price(s, value * (1.015 + 0.002 * step))
        if digits(candidate) not in printed:
            return candidate
    raise AssertionError(f"{b.key}: no fresh price near {value}")


def _fresh_pct(b: Built, value: float) -> str:
    printed = all_printed(b)
    for step in range(20):
        candidate = _pct(abs(value) + 0.37 + 0.01 * step)
        if digits(candidate) not in printed:
            return candidate
    raise AssertionError(f"{b.key}: no fresh % near {value}")


def past_day_plants(built: dict[str, Built]) -> list[Plant]:
    out: list[Plant] = []
    for key in KEYS:
        b = built[key]
        s = b.snapshot
        base = f"user-pastdays-{key}"
        closes, highs = s.recent_closes, s.recent_highs
        one, two, four = _name(s, 1), _name(s, 2), _name(s, 4)
        said = f"closed at {_price(s, closes[-2])} on {one}"
        wrong = _fresh_price(b, closes[-2])
        out.append(Plant(f"pastday-close-{key}", base, "history", said, f"closed at {wrong} on {one}",
                         "value-mismatch", wrong, note=f"{one}'s close 1.5% off its bar"))
        if _price(s, closes[-3]) != _price(s, closes[-2]):
            out.append(Plant(f"pastday-wrong-day-{key}", base, "history", said,
                             f"closed at {_price(s, closes[-3])} on {one}", "value-mismatch",
                             _price(s, closes[-3]), note=f"{two}'s close printed as {one}'s"))
        moved = f"{'gained' if _move(s, 2) > 0 else 'slipped'} {_pct(_move(s, 2))}"
        wrong_move = _fresh_pct(b, _move(s, 2))
        out.append(Plant(f"pastday-move-{key}", base, "history", f"on {two} it {moved}",
                         f"on {two} it {moved.split()[0]} {wrong_move}", "value-mismatch", wrong_move,
                         note=f"{two}'s 1-day move off its bar"))
        since = _since(s, 4)
        wrong_since = _fresh_pct(b, since)
        out.append(Plant(f"pastday-since-{key}", base, "history", f"is {updown(since)} {_pct(since)}, which",
                         f"is {updown(since)} {wrong_since}, which", "value-mismatch", wrong_since,
                         note=f"the move since {four}'s close off"))
        dated = f"On {_dated(s.recent_sessions[-4])} it closed at {_price(s, closes[-4])}"
        wrong_dated = _fresh_price(b, closes[-4])
        out.append(Plant(f"pastday-dated-close-{key}", base, "history", dated,
                         dated.replace(_price(s, closes[-4]), wrong_dated), "value-mismatch", wrong_dated,
                         note="a close dated by month and day off its bar"))
        wrong_high = _fresh_price(b, highs[-3])
        out.append(Plant(f"pastday-high-{key}", base, "history", f"high of {_price(s, highs[-3])}",
                         f"high of {wrong_high}", "value-mismatch", wrong_high,
                         note=f"{two}'s high off its bar"))
        if one in WEEKDAYS and _price(s, s.close) != _price(s, closes[-2]):
            out.append(Plant(f"pastday-today-as-past-{key}", base, "history", said,
                             f"closed at {_price(s, s.close)} on {one}", "weekday-mismatch", one,
                             note=f"the session's close printed under {one}"))
    return out
