"""False alarms on clean texts by cause (issue 14, vfp step 2), in other words than the holdouts.

- A round whole-dollar sum above every loaded fund's price and near no loaded level is the size of
  another thing: a credit union's volunteer note on SPY mentions a raffle that "tops out at $15,000",
  a member's position "risking $1,200 on 200 shares" and a roof quote of $8,800. None is checked; the
  same round form as the fund's own close ("closed at $6,880", a misplaced decimal) is still caught.
- A MACD's side of its signal line ("MACD 0.82 below its 1.59 signal") compares two lines: the word
  "below" is not the sign of the MACD figure. A wrong MACD figure in the same frame is still caught.
- A figure right after an instrument's possessive ("DIA's 0.60% trailed SPY's 1.10%") is that
  instrument's own move: the verb before the possessive ("trailed") tells the other fund's move, not
  this figure's direction. A wrong DIA figure in the same frame is still caught (untraced: none of
  DIA's facts).

Every market figure comes from the snapshots, so the note is correct by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

KEY = "SPY-2026-11-20"
BASE = f"user-vfp-sums-{KEY}"


def _figures(b: Built) -> dict[str, float]:
    s = b.snapshot
    m, r = s.momentum, s.returns
    dia = next(p for p in b.peers if p.symbol == "DIA")
    assert m.macd is not None and m.macd_signal is not None and r.change_1d_pct is not None
    assert dia.returns.change_1d_pct is not None
    return {"close": round(float(s.close), 2), "macd": round(m.macd, 2), "signal": round(m.macd_signal, 2),
            "day": round(r.change_1d_pct, 2), "dia": round(dia.returns.change_1d_pct, 2)}


def _side(f: dict[str, float]) -> str:
    return "below" if f["macd"] < f["signal"] else "above"


def _lag(f: dict[str, float]) -> str:
    return "trailed" if f["dia"] < f["day"] else "beat"


def sums_note(b: Built) -> str:
    f = _figures(b)
    assert f["macd"] > 0 and f["day"] > 0 and f["dia"] > 0
    return (f"Volunteer desk notes, Friday\n\n"
            f"The fall raffle tops out at $15,000 this year, and the roof quote came in at $8,800, so the "
            f"board meets on Tuesday. One member asked about his trade: he is risking $1,200 on 200 "
            f"shares.\n\n"
            f"On the market: SPY closed at ${f['close']:.2f}, up {f['day']:.2f}% on the day. The MACD reads "
            f"{f['macd']:.2f}, {_side(f)} its {f['signal']:.2f} signal. DIA's {f['dia']:.2f}% {_lag(f)} "
            f"SPY's {f['day']:.2f}%.\n")


def sums_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(BASE, KEY, "prose", "md", sums_note(built[KEY]))]


def sums_plants(built: dict[str, Built]) -> list[Plant]:
    f = _figures(built[KEY])
    shifted = f"${f['close'] * 10:,.0f}"
    macd = f"{f['macd'] + 0.9:.2f}"
    dia = f"{f['dia'] + 0.55:.2f}%"
    return [
        Plant(f"vfp-sums-close-{KEY}", BASE, "scale", f"closed at ${f['close']:.2f}", f"closed at {shifted}",
              "scale-mismatch", shifted, allowed=["value-mismatch"],
              note="the fund's close with its decimal point slipped one place: a round sum, still the close"),
        Plant(f"vfp-sums-macd-{KEY}", BASE, "indicator", f"reads {f['macd']:.2f},", f"reads {macd},",
              "value-mismatch", macd, note="the MACD beside its signal line, 0.9 high"),
        Plant(f"vfp-sums-dia-{KEY}", BASE, "value", f"DIA's {f['dia']:.2f}%", f"DIA's {dia}",
              "number-untraced", dia, note="DIA's move after its possessive, 0.55 high: none of DIA's facts"),
    ]
