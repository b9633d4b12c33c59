"""False alarms on outside prose by cause (issue 14, fp14), in other words than the holdouts.

- The noun a figure counts or prices names another thing: a bakery owner's note to her partner keeps
  the shop's spare cash in DIA, and around the fund's figures it counts loaves and flyers ("380
  loaves", "1,500 of the 2,000 flyers"), prices a stamp, an oven repair and a deposit ("$1.20 a
  stamp", "the $640 oven repair"), gives sums as the subject's complement ("the card fee stays at
  2.9%", "the stall rental came to $275", "tickets are $12", "the waiting list is 45"), a chance of
  snow, prices in another currency ("2,500 rupees", "Rp 90,000") and a UTC clock time ("1830Z").
  None is checked; the fund's close, its move and its distance from the 50-day beside them still are.

- A streak charged to the wrong instrument: a desk chat under SPY's name says the small-cap fund "has
  trailed SPY for N straight sessions" and "it is the Nth session in a row in which IWM trailed SPY":
  no instrument trails itself, so the count is IWM's run behind SPY, checked against IWM's data (the
  plant spoils it).

Every market figure comes from the snapshots, so the texts are correct by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

KEY = "DIA-2026-11-20"
BAKERY = f"user-fp14-bakery-{KEY}"
DESK_KEY = "SPY-2026-11-20"
DESK = f"user-fp14-deskchat-{DESK_KEY}"
_ORDINALS = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
             9: "ninth", 10: "tenth"}


def _figures(b: Built) -> dict[str, float]:
    s = b.snapshot
    assert s.returns.change_1d_pct is not None and s.trend.pct_vs_sma_50 is not None
    return {"close": round(float(s.close), 2), "day": round(float(s.returns.change_1d_pct), 2),
            "vs50": round(float(s.trend.pct_vs_sma_50), 2)}


def bakery(b: Built) -> str:
    f = _figures(b)
    day = f"{'gained' if f['day'] >= 0 else 'lost'} {abs(f['day']):.2f}%"
    side = "above" if f["vs50"] >= 0 else "below"
    return (f"Note for Dana, re: the shop's spare cash\n\n"
            f"Weekend numbers first. We baked 380 loaves on Saturday and sold out by two. The print shop "
            f"delivered 1,500 of the 2,000 flyers; the rest come Tuesday. Postage is $1.20 a stamp now, so "
            f"the mailing waits. The $640 oven repair is paid, and the Lindqvist wedding left a $300 "
            f"deposit.\n\n"
            f"Costs that stay put: the card fee stays at 2.9% of each sale, the market stall rental came to "
            f"$275, and tickets are $12 for the tasting night. The waiting list is 45 already. There is a "
            f"30% chance of snow on Thursday, so plan the van.\n\n"
            f"The spare cash still sits in the Dow fund, DIA, which {day} on Friday and closed at "
            f"${f['close']:.2f}. It is {abs(f['vs50']):.2f}% {side} its 50-day average. Nothing to do "
            f"there.\n\n"
            f"Your cousin asked about the spice order: 2,500 rupees a kilo for the cardamom, and the "
            f"Jakarta vanilla at Rp 90,000 a pod. The supplier's call is at 1830Z on Monday.\n")


def _desk_figures(b: Built) -> tuple[float, float, int]:
    iwm = next(p for p in b.peers if p.symbol == "IWM")
    assert iwm.relative is not None and iwm.relative.benchmark == "SPY"
    streak = iwm.relative.streak_sessions
    assert streak is not None and streak in _ORDINALS and iwm.returns.change_1d_pct is not None
    assert b.snapshot.returns.change_1d_pct is not None
    return round(float(b.snapshot.returns.change_1d_pct), 2), round(float(iwm.returns.change_1d_pct), 2), \
        abs(int(streak))


def desk_chat(b: Built) -> str:
    spy, iwm, streak = _desk_figures(b)
    return (f"#desk-equities, Friday close\n\n"
            f"Mara: SPY {'up' if spy >= 0 else 'down'} {abs(spy):.2f}% on the day, fine.\n\n"
            f"Jon: small caps again. IWM {'up' if iwm >= 0 else 'down'} {abs(iwm):.2f}%, and it has trailed "
            f"SPY for {streak} straight sessions.\n\n"
            f"Mara: so this is the {_ORDINALS[streak]} session in a row in which IWM trailed SPY. Noted for "
            f"Monday.\n")


def fp14_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(BAKERY, KEY, "prose", "txt", bakery(built[KEY])),
            UserText(DESK, DESK_KEY, "prose", "txt", desk_chat(built[DESK_KEY]))]


def fp14_plants(built: dict[str, Built]) -> list[Plant]:
    f = _figures(built[KEY])
    word = "gained" if f["day"] >= 0 else "lost"
    close = f"${f['close'] + 3:.2f}"
    vs50 = f"{abs(f['vs50']) + 1.2:.2f}%"
    _, _, streak = _desk_figures(built[DESK_KEY])
    wrong = streak + 2
    return [
        Plant(f"fp14-bakery-close-{KEY}", BAKERY, "level", f"closed at ${f['close']:.2f}.",
              f"closed at {close}.", "value-mismatch", close,
              note="the fund's close $3 high beside the shop's sums: still checked"),
        Plant(f"fp14-bakery-move-{KEY}", BAKERY, "value", f"{word} {abs(f['day']):.2f}%",
              f"{word} {abs(f['day']) + 0.6:.2f}%", "value-mismatch", f"{abs(f['day']) + 0.6:.2f}%",
              note="the day's move 0.60 points off among counts and fees: still checked"),
        Plant(f"fp14-bakery-vs50-{KEY}", BAKERY, "level", f"{abs(f['vs50']):.2f}% ", f"{vs50} ",
              "value-mismatch", vs50, note="the distance from the 50-day 1.20 points wide: still checked"),
        Plant(f"fp14-desk-streak-{DESK_KEY}", DESK, "value", f"SPY for {streak} straight sessions",
              f"SPY for {wrong} straight sessions", "value-mismatch", f"{wrong} straight sessions",
              note="IWM's run behind SPY two sessions long: checked against IWM's streak, not SPY's"),
    ]
