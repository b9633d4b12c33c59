"""A week recalled in loose diary prose: past closes whose day or measure the words give only by
ellipsis or by reference (issue 14, holdout 10/11 history misses), written for the verifier's eval in
other words than the holdouts', on other sessions.

- a close whose verb an earlier clause carries ("it closed at $X on Monday, and on Tuesday the 17th at
  $Y"): the day's close;
- a close a dated move ended at ("on Wednesday it slid back to $Z", "was back at $Z"): the day's close;
- a close dated by "that day" or "the same session": the day the sentence named before;
- a close "of the day before" or "the previous session": the session before the day named;
- a desk label before a colon ("Desk memo (earnings and retail sales week): ...") does not make the
  figures after it a macro report's.

Every figure is read off the snapshot's dated bars, so each note is correct by construction. Plants move
one figure off its bar (`value-mismatch`).
"""

from __future__ import annotations

from pipeline.contracts import Snapshot

from .past_days import _fresh_price, _name, _price
from .plants import Plant
from .universe import Built
from .user_texts import UserText

KEY = "IWM-2026-11-20"  # a Friday: Mon 16 .. Thu 19 held as bars
BASE = f"user-dayanchors-{KEY}"


def _close(s: Snapshot, n: int) -> str:
    """The close `n` sessions before the session, printed."""
    return _price(s, s.recent_closes[-1 - n])


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def anchors_note(b: Built) -> str:
    s = b.snapshot
    mon, tue, wed, thu = (_name(s, n) for n in (4, 3, 2, 1))
    assert (mon, tue, wed, thu) == ("Monday", "Tuesday", "Wednesday", "Thursday"), (mon, tue, wed, thu)
    tue_day = s.recent_sessions[-4].day
    direction = "slid" if s.recent_closes[-3] < s.recent_closes[-4] else "climbed"
    return (
        "# Small caps: my week, written up on Friday night\n\n"
        f"Desk memo (earnings and retail sales week): IWM closed at {_price(s, s.close)} today, after "
        f"Thursday's {_close(s, 1)}.\n\n"
        f"It closed at {_close(s, 4)} on Monday, and on Tuesday the {_ordinal(tue_day)} at {_close(s, 3)}, "
        f"which felt heavier than it was. On Wednesday it {direction} back to {_close(s, 2)}. The Russell "
        f"index moved with it on Wednesday, and the fund settled that day at {_close(s, 2)} as well.\n\n"
        f"By Thursday, the {_ordinal(s.recent_sessions[-2].day)}, it had left its {_close(s, 2)} close of "
        f"the day before behind and finished at {_close(s, 1)}.\n"
    )


def day_anchor_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(BASE, KEY, "prose", "md", anchors_note(built[KEY]))]


def day_anchor_plants(built: dict[str, Built]) -> list[Plant]:
    b = built[KEY]
    s = b.snapshot
    tue_day = s.recent_sessions[-4].day
    elided, moved = _fresh_price(b, s.recent_closes[-4]), _fresh_price(b, s.recent_closes[-3])
    that_day = _fresh_price(b, s.recent_closes[-3] * 1.01)
    before = _fresh_price(b, s.recent_closes[-3] * 0.97)
    labelled = _fresh_price(b, s.recent_closes[-2] * 0.96)
    return [
        Plant(f"dayanchors-elided-{KEY}", BASE, "history", f"the {_ordinal(tue_day)} at {_close(s, 3)}",
              f"the {_ordinal(tue_day)} at {elided}", "value-mismatch", elided,
              note="Tuesday's close, its verb carried from the clause before, off its bar"),
        Plant(f"dayanchors-moved-{KEY}", BASE, "history", f"back to {_close(s, 2)}. The",
              f"back to {moved}. The", "value-mismatch", moved,
              note="the close Wednesday's move ended at, off its bar"),
        Plant(f"dayanchors-thatday-{KEY}", BASE, "history", f"that day at {_close(s, 2)}",
              f"that day at {that_day}", "value-mismatch", that_day,
              note="a close dated 'that day' (Wednesday, named earlier in the sentence), off its bar"),
        Plant(f"dayanchors-daybefore-{KEY}", BASE, "history", f"its {_close(s, 2)} close of the",
              f"its {before} close of the", "value-mismatch", before,
              note="the close 'of the day before' Thursday (Wednesday's), off its bar"),
        Plant(f"dayanchors-label-{KEY}", BASE, "history", f"Thursday's {_close(s, 1)}.",
              f"Thursday's {labelled}.", "value-mismatch", labelled,
              note="Thursday's close after a desk label naming sales and earnings, off its bar"),
    ]
