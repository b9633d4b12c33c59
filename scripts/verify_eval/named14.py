"""A wrong named figure is its fact's `value-mismatch`; a gap or a distance in points or dollars is
`derived-mismatch` (issue 14, holdout 11 causes 2 and 6), in other words than the holdouts.

Three notes, every figure taken from the snapshot, its peers or its dated bars:

- a tech desk's morning call on QQQ's Friday: the close with its date and no comma before "at",
  the day's move in dollars after its % ("that is $11.68 a share"), the open in brackets, the range of
  sessions "the closes have stayed between ... and ...", the close's distance in dollars from the
  range's floor and lid, the heaviest call and put open interest and the lower Bollinger band in
  brackets, and the spread "N points against SPY and M against IWM" (the second leaves its unit out);
- an evening wire on the S&P 500's Friday in points: the move "bounced on Friday by N points, or P%,
  to C points", Thursday's close after "On Thursday it had slipped P% to", and QQQ's lead "about N
  points more than the S&P 500";
- an investment club's note on DIA: the close "closed on Friday, November 20 at", a lead "did
  better by N points" and a gap "N of a point".

Each figure is right in the clean text; a plant moves one and expects the named fact's code.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

ETF_KEY, INDEX_KEY, CLUB_KEY = "QQQ-2026-11-20", "idx_GSPC-2026-11-20", "DIA-2026-11-20"
MORNING = f"user-named14-morning-call-{ETF_KEY}"
WIRE = f"user-named14-evening-wire-{INDEX_KEY.removeprefix('idx_')}"
CLUB = f"user-named14-club-note-{CLUB_KEY}"
VALUE, DERIVED = "value-mismatch", "derived-mismatch"


def _move(b: Built, symbol: str) -> float:
    snap = b.snapshot if b.snapshot.symbol == symbol else next(p for p in b.peers if p.symbol == symbol)
    move = snap.returns.change_1d_pct
    assert move is not None
    return move


def _points(value: float) -> str:
    return f"{abs(value):.2f}"


def _morning(b: Built) -> dict[str, str]:
    sheet, s = b.sheet, b.snapshot
    own, spy, iwm = _move(b, "QQQ"), _move(b, "SPY"), _move(b, "IWM")
    assert own > spy > iwm > 0, (own, spy, iwm)  # QQQ led both
    lower, upper = float(sheet.facts["range_lower"].value), float(sheet.facts["range_upper"].value)  # type: ignore[arg-type]
    assert lower < s.close < upper
    figures = {name: sheet.fmt(name, "abs") for name in ("change_1d_pct", "change_1d")}
    figures |= {name: sheet.fmt(name) for name in ("close", "open", "range_lower", "range_upper",
                                                   "range_sessions", "call_wall", "put_wall", "bb_lower")}
    return figures | {"floor": f"${s.close - lower:.2f}", "lid": f"${upper - s.close:.2f}",
                      "gap_spy": _points(own - spy), "gap_iwm": _points(own - iwm)}


def morning_call(b: Built) -> str:
    f = _morning(b)
    return (f"Tech desk, morning call\n\n"
            f"QQQ settled on Friday, November 20 at {f['close']}. It gained {f['change_1d_pct']}, that is "
            f"{f['change_1d']} a share, and anyone who bought at the open ({f['open']}) is in the money. "
            f"Among the big funds the spread was {f['gap_spy']} points against SPY and "
            f"{f['gap_iwm']} against "
            f"IWM.\n\n"
            f"For {f['range_sessions']} sessions the closes have stayed between {f['range_lower']} and "
            f"{f['range_upper']}; the close sits {f['floor']} above the floor and {f['lid']} below the "
            f"lid.\n\n"
            f"Positioning into next week's expiry: the heaviest call open interest is at "
            f"{f['call_wall']} and the "
            f"heaviest put open interest at {f['put_wall']}. The lower Bollinger band ({f['bb_lower']}) is "
            f"still some way under the price.\n")


def _wire(b: Built) -> dict[str, str]:
    s, sheet = b.snapshot, b.sheet
    closes = dict(zip(s.recent_sessions, s.recent_closes, strict=True))
    days = sorted(closes)[-3:]
    assert [d.strftime("%A") for d in days] == ["Wednesday", "Thursday", "Friday"] and days[-1] == s.session
    thursday = closes[days[1]]
    own, qqq = _move(b, "^GSPC"), _move(b, "QQQ")
    assert own > 0 and qqq > own and closes[days[1]] < closes[days[0]]
    return {"points": sheet.fmt("change_1d", "abs").replace("$", ""),
            "pct": sheet.fmt("change_1d_pct", "abs"),
            "close": sheet.fmt("close"), "thursday": f"{thursday:,.2f}",
            "thursday_pct": f"{abs(thursday / closes[days[0]] - 1) * 100:.2f}%",
            "qqq": f"{qqq:.2f}%", "gap": _points(qqq - own)}


def evening_wire(b: Built) -> str:
    f = _wire(b)
    return (f"S&P 500 evening wire\n\n"
            f"The S&P 500 bounced on Friday by {f['points']} points, or {f['pct']}, to {f['close']} points. "
            f"On Thursday it had slipped {f['thursday_pct']} to {f['thursday']}. "
            f"QQQ climbed {f['qqq']}, about "
            f"{f['gap']} points more than the S&P 500.\n")


def _club(b: Built) -> dict[str, str]:
    own, iwm, spy = _move(b, "DIA"), _move(b, "IWM"), _move(b, "SPY")
    assert spy > own > iwm > 0
    return {"close": b.sheet.fmt("close"), "iwm": f"{iwm:.2f}%", "spy": f"{spy:.2f}%",
            "gap_iwm": _points(own - iwm), "gap_spy": _points(spy - own)}


def club_note(b: Built) -> str:
    f = _club(b)
    return (f"Investment club note, week 47\n\n"
            f"Our Dow fund DIA closed on Friday, November 20 at {f['close']}. "
            f"IWM rose only {f['iwm']}, so DIA "
            f"did better by {f['gap_iwm']} points; SPY gained {f['spy']} and the gap to it was "
            f"{f['gap_spy']} of a point.\n")


def named14_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(MORNING, ETF_KEY, "prose", "txt", morning_call(built[ETF_KEY])),
            UserText(WIRE, INDEX_KEY, "prose", "txt", evening_wire(built[INDEX_KEY])),
            UserText(CLUB, CLUB_KEY, "prose", "txt", club_note(built[CLUB_KEY]))]


def _shifted(printed: str, by: float) -> str:
    """A printed figure moved by `by`, in its own format ("$244.82" -> "$245.82", "0.30" -> "0.80")."""
    body = printed.lstrip("$").rstrip("%").replace(",", "")
    places = len(body.split(".")[1]) if "." in body else 0
    value = f"{float(body) + by:,.{places}f}"
    return ("$" if printed.startswith("$") else "") + value + ("%" if printed.endswith("%") else "")


def _plant(name: str, base: str, key: str, check: str, old: str, new: str, code: str, span: str,
           note: str) -> Plant:
    return Plant(f"named14-{name}-{key.removeprefix('idx_')}", base, check, old, new, code, span, note=note)


def _morning_plants(f: dict[str, str]) -> list[Plant]:
    def plant(name: str, check: str, slot: str, by: float, before: str, after: str, code: str,
              note: str) -> Plant:
        new = _shifted(f[slot], by)
        return _plant(name, MORNING, ETF_KEY, check, f"{before}{f[slot]}{after}", f"{before}{new}{after}",
                      code, new, note)

    return [
        plant("close", "value", "close", 1.0, "November 20 at ", ". It", VALUE,
              "the close after its date with no comma before 'at', $1 high"),
        plant("change", "value", "change_1d", 0.5, "that is ", " a share", VALUE,
              "the day's move in dollars after its % ('that is $X a share'), 50 cents too big"),
        plant("open", "value", "open", -0.6, "the open (", ")", VALUE, "the open in brackets, 60 cents low"),
        plant("spy", "derived", "gap_spy", 0.5, "spread was ", " points against SPY", DERIVED,
              "the spread against SPY in points, half a point wide of the two moves' difference"),
        plant("iwm", "derived", "gap_iwm", 0.6, "and ", " against", DERIVED,
              "the second spread 'against IWM' leaves its unit out; 0.60 points wide"),
        plant("top", "value", "range_upper", 2.0, "and ", "; the close", VALUE,
              "the range's top after 'the closes have stayed between', $2 high"),
        plant("floor", "derived", "floor", 1.0, "sits ", " above the floor", DERIVED,
              "the close's distance in dollars from the range's floor, $1 too big"),
        plant("lid", "derived", "lid", -1.0, "and ", " below the lid", DERIVED,
              "the close's distance in dollars from the range's lid, $1 too small"),
        plant("calls", "value", "call_wall", 5.0, "call open interest is at ", " and", VALUE,
              "the call wall as 'the heaviest call open interest', $5 high"),
        plant("puts", "value", "put_wall", -5.0, "put open interest at ", ". ", VALUE,
              "the put wall as 'the heaviest put open interest', $5 low"),
        plant("band", "value", "bb_lower", 1.5, "Bollinger band (", ")", VALUE,
              "the lower Bollinger band in brackets after its name, $1.50 high"),
    ]


def _wire_plants(f: dict[str, str]) -> list[Plant]:
    def plant(name: str, check: str, slot: str, by: float, before: str, after: str, code: str,
              note: str) -> Plant:
        new = _shifted(f[slot], by)
        return _plant(name, WIRE, INDEX_KEY, check, f"{before}{f[slot]}{after}", f"{before}{new}{after}",
                      code, new, note)

    return [
        plant("points", "value", "points", 18.0, "by ", " points", VALUE,
              "the index's move in points after 'bounced on Friday by', 18 points too big"),
        plant("close", "value", "close", 9.0, "to ", " points", VALUE,
              "the close in points after the move and its %, 9 points high"),
        plant("thursday", "history", "thursday", 36.0, "to ", ". QQQ", VALUE,
              "Thursday's close after 'On Thursday it had slipped P% to', 36 points high"),
        plant("lead", "derived", "gap", 1.5, "about ", " points more", DERIVED,
              "QQQ's lead 'points more than the S&P 500', 1.5 points too big"),
    ]


def _club_plants(f: dict[str, str]) -> list[Plant]:
    def plant(name: str, check: str, slot: str, by: float, before: str, after: str, code: str,
              note: str) -> Plant:
        new = _shifted(f[slot], by)
        return _plant(name, CLUB, CLUB_KEY, check, f"{before}{f[slot]}{after}", f"{before}{new}{after}",
                      code, new, note)

    return [
        plant("close", "value", "close", 2.0, "November 20 at ", ".", VALUE,
              "the close after 'closed on Friday, November 20 at' (no comma), $2 high"),
        plant("better", "derived", "gap_iwm", 0.5, "better by ", " points", DERIVED,
              "'did better by N points' against IWM, half a point too big"),
        plant("fraction", "derived", "gap_spy", 0.4, "was ", " of a point", DERIVED,
              "the gap to SPY as 'N of a point', 0.40 too big"),
    ]


def named14_plants(built: dict[str, Built]) -> list[Plant]:
    return [*_morning_plants(_morning(built[ETF_KEY])), *_wire_plants(_wire(built[INDEX_KEY])),
            *_club_plants(_club(built[CLUB_KEY]))]
