"""The next false alarms on outside prose by cause (issue 14, fp11), in other words than the holdouts.

- Figures whose own words count or price another thing: a members' club bulletin prints a survey
  share ("58% of subscribers"), a broker's fee ("a management fee of 0.09%"), a promotion ("a 15%
  discount"), a follower count with its K ("3.1K members"), a sum of money with its scale word
  ("a $120 million buyback"), a raffle ("$1,000 in gift cards") and a bylaw's number ("Section
  12(b)"). None is market data, so none is checked. The fund's own move, its distance from the
  50-day and its close, printed in the same paragraphs, are still checked: a sign, a move word, a
  relation or a measure label ties a figure to the market whatever else stands beside it.

Every figure comes from the snapshots, so the bulletin is correct by construction; each plant spoils
one market figure, which must still be caught.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

KEY = "DIA-2026-11-20"
NOTE = f"user-fp11-club-bulletin-{KEY}"


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
            f"discount on the annual dinner. This month's raffle: $1,000 in gift cards.\n")


def fp11_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(NOTE, KEY, "prose", "txt", club_bulletin(built[KEY]))]


def fp11_plants(built: dict[str, Built]) -> list[Plant]:
    b = built[KEY]
    s = b.snapshot
    day, vs50 = _move(b), _vs50(b)
    way = "gained" if day > 0 else "gave up"
    side = "above" if vs50 > 0 else "below"
    return [
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
