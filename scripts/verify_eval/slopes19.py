"""False alarms on an average's slope read as the fund's own move (issue 14, vfp), in other words than
the holdouts.

A chart columnist's note on a small-cap fund in a downtrend, where each slope figure is told in a
phrasing the slope reader did not know: a verb form it lacked ("has slumped"), a relative clause
("a 50-day average that keeps sagging"), a simile or a place after the move word ("sliding like a
stone,", "sinking under the price:"), "it" opening a clause after one about the average ("The 50-day
is below the 200-day, and it has kept falling"), the pair's lengths instead of their days ("the shorter
line"), and a size "over the same stretch" as the slope told before it. Every slope is the snapshot's
own 20-session slope and every fund figure is the snapshot's, so the text is correct by construction;
each plant spoils one slope in its phrasing, which must still be a value-mismatch of the average.
"""

from __future__ import annotations

from .plants import Plant, fresh_of
from .universe import Built
from .user_texts import UserText

KEY = "IWM-2026-03-30"
NOTE = f"user-slopes19-chartnote-{KEY}"
SECOND_KEY = "DIA-2026-06-03"
LETTER = f"user-slopes19-letter-{SECOND_KEY}"


def _slopes(b: Built) -> tuple[float, float]:
    t = b.snapshot.trend
    assert t.sma_50_slope_pct is not None and t.sma_200_slope_pct is not None
    return t.sma_50_slope_pct, t.sma_200_slope_pct


def chart_note(b: Built) -> str:
    s = b.snapshot
    fifty, two_hundred = _slopes(b)
    assert fifty < -1.5 and abs(two_hundred) < 0.5
    assert s.trend.sma_50 is not None and s.trend.sma_200 is not None and s.trend.sma_50 < s.trend.sma_200
    assert s.returns.change_1d_pct is not None
    day = s.returns.change_1d_pct
    return (f"Chart room, Monday evening\n\n"
            f"IWM closed at ${s.close:.2f}, {'up' if day >= 0 else 'down'} {abs(day):.2f}% on the day. The "
            f"picture behind the print is what matters here.\n\n"
            f"The 50-day has slumped, down roughly {abs(fifty):.1f}% in twenty sessions. That is a 50-day "
            f"average that keeps sagging, down about {abs(fifty):.1f}% over the past month. The 50-day "
            f"simple average keeps sliding like a stone, down more than {int(abs(fifty))}% in twenty "
            f"sessions.\n\n"
            f"The 50-day is below the 200-day, and it has kept falling (down about {abs(fifty):.1f}% over 20 "
            f"sessions). Watch how hard the shorter line drops: it has lost roughly {abs(fifty):.1f}% in a "
            f"month. The 50-day has shed about {abs(fifty):.1f}% over the last twenty sessions, while the "
            f"200-day has hardly budged, {'up' if two_hundred >= 0 else 'down'} a mere "
            f"{abs(two_hundred):.2f}% "
            f"over the same stretch.\n")


def letter(b: Built) -> str:
    s = b.snapshot
    fifty, _ = _slopes(b)
    assert s.returns.change_1d_pct is not None and fifty < 0
    day = s.returns.change_1d_pct
    return (f"Dear Ruth,\n\n"
            f"Your Dow fund {'gained' if day >= 0 else 'lost'} {abs(day):.2f}% today and closed at "
            f"${s.close:.2f}. Its 50-day keeps sinking under the price: down about {abs(fifty):.1f}% in the "
            f"last twenty sessions. Nothing to worry about yet.\n\nLove, Sam\n")


def slopes19_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(NOTE, KEY, "prose", "txt", chart_note(built[KEY])),
            UserText(LETTER, SECOND_KEY, "prose", "txt", letter(built[SECOND_KEY]))]


def slopes19_plants(built: dict[str, Built]) -> list[Plant]:
    b = built[KEY]
    fifty, two_hundred = _slopes(b)
    one = f"{abs(fifty):.1f}%"
    wrong = fresh_of(b, lambda d: f"{abs(fifty) + d:.1f}%", (2.0,))
    plants = [
        Plant(f"slopes19-slumped-{KEY}", NOTE, "value", f"down roughly {one} in twenty",
              f"down roughly {wrong} in twenty", "value-mismatch", wrong,
              note="the 50-day's slope 2 points steep after 'has slumped': the average's, still checked"),
        Plant(f"slopes19-that-{KEY}", NOTE, "value", f"down about {one} over the past month",
              f"down about {wrong} over the past month", "value-mismatch", wrong,
              note="the slope 2 points steep in a relative clause after the average: still checked"),
        Plant(f"slopes19-it-clause-{KEY}", NOTE, "value", f"(down about {one} over 20",
              f"(down about {wrong} over 20", "value-mismatch", wrong,
              note="the slope 2 points steep after ', and it has kept falling': the opening average's"),
        Plant(f"slopes19-shorter-{KEY}", NOTE, "value", f"lost roughly {one} in a",
              f"lost roughly {wrong} in a", "value-mismatch", wrong,
              note="'the shorter line' 2 points steep: the 50-day's slope, still checked"),
    ]
    two = f"{abs(two_hundred):.2f}%"
    wrong_two = fresh_of(b, lambda d: f"{abs(two_hundred) + d:.2f}%", (0.9,))
    plants.append(Plant(f"slopes19-same-stretch-{KEY}", NOTE, "value", f"a mere {two}", f"a mere {wrong_two}",
                        "value-mismatch", wrong_two,
                        note="the 200-day's slope 0.9 points off 'over the same stretch': held to 20 "
                             "sessions"))
    d = built[SECOND_KEY]
    fifty_d, _ = _slopes(d)
    wrong_d = fresh_of(d, lambda x: f"{abs(fifty_d) + x:.1f}%", (1.5,))
    plants.append(Plant(f"slopes19-under-{SECOND_KEY}", LETTER, "value", f"down about {abs(fifty_d):.1f}% in",
                        f"down about {wrong_d} in", "value-mismatch", wrong_d,
                        note="the slope 1.5 points steep after 'keeps sinking under the price:': still "
                             "checked"))
    return plants
