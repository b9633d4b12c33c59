"""False alarms on clean outside prose by mechanism (issue 14, vnoise of stop 16), in other words than
the holdouts, each with a plant of the same phrasing.

- A gap in pp given to the pair the sentence names: a club treasurer's note on QQQ says the fund "ran
  0.80 pp ahead of SPY and 1.60 pp ahead of IWM". A plant gives SPY the gap to IWM: it is no gap of
  QQQ's against SPY, though QQQ's facts hold a 1.60 pp gap (to IWM).
- A second gap after "by" belongs to the verb's subject and the fund named right before it ("QQQ
  outpaced SPY (+1.10%) by 0.80 points and IWM (+0.30%) by 1.60 points"), and a verb's subject carries
  over a "but" ("DIA beat IWM but trailed QQQ by 1.30 points"); a gap ending its clause ("so QQQ was
  0.80 points better;") is against the fund named before it. Plants swap a gap for another pair's.
- The subject of a gap's verb after ", so" is the article's own ("SPY rose 1.10%, so tech beat it"), and a
  month opening the sentence makes the gap the month's ("Over one month, QQQ is ... ahead of SPY by 1.24
  points"). Plants turn the verb and give the day's gap.
- An average's slope in more phrasings: a noun after the average's name ("the 50-day ribbon has
  risen"), a relative clause after it as an object ("its 50-day average, which has edged up"), a second
  predicate ("sits under the price and has risen"), a "slopes" list. Plants swap a slope.
- What a run's days cost ("the six sessions together cost 5.80%", "the six together took away"): the
  run's total, not the day's move. A plant swaps the total.
- A figure whose words number or price another thing: a running club's roster numbers a bus, an exit and
  an aid station off the price scale ("Bus 41", "exit 12"), times a leg ("2 min 15 s"), gives a phone
  number, a share funded against its goal, a vote's shares ("Yes 71% / No 29%"), an allocation to a
  currency ("20% in euros") and a bid far above every loaded price ("$640,000"). None is checked; the
  fund's move and close beside them are (a plant swaps the close). So are a count after a close's verb
  ("closed 38 orders") and a quiz's stake ("for $50, guess").
- A fee in basis points ("Custody fee: 15 bp a year") is no gap between two moves.
- A day's range told as the average one ("about one and a half times an ordinary day's range of
  $X", "its typical daily range, $X"): the average true range, no edge of the day (it was read as the
  day's low). A plant swaps the ATR.

Every market figure comes from the snapshots, so the texts are correct by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

TECH_KEY = "QQQ-2026-11-20"  # +1.90%; SPY +1.10%, IWM +0.30%, DIA +0.60%; 1.6 ATR; 50-day slope +1.49%
DOW_KEY = "DIA-2026-11-20"  # +0.60%; SPY +1.10%, QQQ +1.90%, IWM +0.30%
RUN_KEY = "IWM-2026-02-13"  # six lower closes, -5.80% in all
SMALL_KEY = "IWM-2026-11-17"  # -0.80%, 0.61 ATR
TREASURER = f"user-noise16-treasurer-{TECH_KEY}"
ALLOTMENT = f"user-noise16-allotment-{SMALL_KEY}"
SLIDES = f"user-noise16-slides-{TECH_KEY}"
PARENTS = f"user-noise16-parents-{DOW_KEY}"
RUN = f"user-noise16-run-{RUN_KEY}"
ROSTER = f"user-noise16-roster-{DOW_KEY}"


def _peer_move(b: Built, symbol: str) -> float:
    peer = next(p for p in b.peers if p.symbol == symbol)
    assert peer.returns.change_1d_pct is not None
    return float(peer.returns.change_1d_pct)


def _atrs(b: Built) -> float:
    tape = b.snapshot.tape
    assert tape is not None and tape.move_atr is not None
    return abs(float(tape.move_atr))


def treasurer(b: Built) -> str:
    """QQQ ahead of SPY by 0.80 pp and of IWM by 1.60 pp; the move about one and a half ordinary ranges."""
    own = b.sheet.value("change_1d_pct")
    spy, iwm = _peer_move(b, "SPY"), _peer_move(b, "IWM")
    assert abs(round(own - spy, 2) - 0.80) < 0.006 and abs(round(own - iwm, 2) - 1.60) < 0.006
    assert abs(_atrs(b) / 1.5 - 1) <= 0.15
    return ("Investment club, treasurer's note for the December meeting\n\n"
            f"Our growth sleeve is the Nasdaq 100 fund. QQQ gained {b.sheet.fmt('change_1d_pct', 'abs')} on "
            f"Friday to close at {b.sheet.fmt('close')}, and ran 0.80 pp ahead of SPY and 1.60 pp ahead of "
            "IWM.\n\n"
            "That was a big day by the fund's standards: about one and a half times an ordinary day's "
            f"range of {b.sheet.fmt('atr_14')}.\n\n"
            "Custody fee: 15 bp a year, billed in January. Dues are unchanged. Please bring your own "
            "mugs.\n")


def allotment(b: Built) -> str:
    """IWM's fall measured against its typical daily range."""
    assert abs(_atrs(b) / 0.6 - 1) <= 0.1
    return ("Allotment society newsletter, money corner\n\n"
            f"The small-cap fund we hold, IWM, slipped {b.sheet.fmt('change_1d_pct', 'abs')} on Tuesday to "
            f"{b.sheet.fmt('close')}. That is roughly six tenths of its typical daily range, "
            f"{b.sheet.fmt('atr_14')}, so nothing out of the ordinary.\n\n"
            "Seed potatoes arrive in March; the shed key is with Maureen.\n")


def _slope(b: Built) -> float:
    slope = b.snapshot.trend.sma_50_slope_pct
    assert slope is not None
    return round(float(slope), 1)


def slides(b: Built) -> str:
    """A lunch-talk deck on QQQ: gaps after "by" to two funds, the 50-day's slope three ways."""
    own, spy, iwm = b.sheet.value("change_1d_pct"), _peer_move(b, "SPY"), _peer_move(b, "IWM")
    assert abs(round(own - spy, 2) - 0.80) < 0.006 and abs(round(own - iwm, 2) - 1.60) < 0.006
    slope, sma = _slope(b), b.sheet.fmt("sma_50")
    own_month = b.sheet.value("change_1m_pct")
    spy_peer = next(p for p in b.peers if p.symbol == "SPY")
    assert spy_peer.returns.change_1m_pct is not None
    month_gap = round(round(own_month, 2) - round(float(spy_peer.returns.change_1m_pct), 2), 2)
    assert abs(month_gap - 1.24) < 0.006  # the printed moves' difference (the raw one is 1.235)
    assert slope == 1.5
    return ("Lunch talk, slide notes\n\n"
            f"Slide 2. QQQ outpaced SPY (up {spy:.2f}%) by 0.80 points and IWM (up {iwm:.2f}%) by 1.60 "
            "points.\n\n"
            f"Slide 3. The 50-day ribbon has risen about {slope}% over twenty sessions.\n\n"
            f"Slide 4. The price is far above its 50-day average ({sma}), which has climbed about {slope}% "
            "in a month.\n\n"
            f"Slide 5. The 50-day at {sma} trails the price and has gained about {slope}% in twenty "
            "sessions.\n\n"
            f"Slide 6. Over one month, QQQ is up {own_month:.2f}% and ahead of SPY by {month_gap:.2f} "
            "points.\n\n"
            f"Slide 7. SPY rose {spy:.2f}%, so tech beat it by 0.80 points.\n\n"
            "Questions to Priya, please.\n")


def parents(b: Built) -> str:
    """A parents' association note on DIA: beat one fund but trailed another, a gap ending its clause."""
    own, spy, qqq, iwm = (b.sheet.value("change_1d_pct"), _peer_move(b, "SPY"), _peer_move(b, "QQQ"),
                          _peer_move(b, "IWM"))
    assert abs(round(qqq - own, 2) - 1.30) < 0.006 and abs(round(spy - own, 2) - 0.50) < 0.006 and iwm < own
    return ("Parents' association, fund update\n\n"
            f"The Dow fund we hold, DIA, rose {b.sheet.fmt('change_1d_pct', 'abs')} on Friday. It beat the "
            f"small-cap fund IWM (up {iwm:.2f}%) but trailed QQQ (up {qqq:.2f}%) by 1.30 points.\n\n"
            f"SPY rose {spy:.2f}%, so DIA was 0.50 points worse; nobody minds.\n\n"
            "The bake sale raised enough for the new nets.\n")


def run_note(b: Built) -> str:
    """A grandparent's letter on IWM's six-day slide: what the days cost, two ways."""
    assert b.sheet.value("close_streak_sessions") == 6
    total = abs(b.sheet.value("close_streak_change_pct"))
    assert abs(total - 5.80) < 0.006
    return ("Dear Tomasz,\n\n"
            f"Your small-cap fund, IWM, closed at {b.sheet.fmt('close')} on Friday, its sixth lower close "
            f"in a row, and the six sessions together cost {total:.2f}%.\n\n"
            f"It was a poor week; the six together took away {total:.2f}% of the money.\n\n"
            "Grandpa\n")


def roster(b: Built) -> str:
    """A running club's volunteer roster with the club fund's line in DIA."""
    assert b.sheet.value("close") < 640_000 / 10
    return ("Volunteer roster, Riverside half-marathon\n\n"
            "Bus 41 leaves the depot at 6:10 and drops the aid-station crew at exit 12. Station 3 opens "
            "2 min 15 s after the start gun. If the bus is late, ring the race office on 1-555-014-2299.\n\n"
            "The club fund is 64% funded against a goal of 80%, and the winning bid for the new timing mats "
            "came in at $640,000, paid by the city, not by us.\n\n"
            "Members voted on keeping the fund invested: Yes 71% / No 29%. The fund sits in the Dow fund, "
            f"DIA, which rose {b.sheet.fmt('change_1d_pct', 'abs')} on Friday to {b.sheet.fmt('close')}. "
            "We keep 20% in euros for the Lyon relay.\n\n"
            "The expo stall closed 38 orders of club shirts. Raffle: for $50, guess the winning time.\n")


def noise16_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(TREASURER, TECH_KEY, "prose", "txt", treasurer(built[TECH_KEY])),
            UserText(ALLOTMENT, SMALL_KEY, "prose", "txt", allotment(built[SMALL_KEY])),
            UserText(SLIDES, TECH_KEY, "prose", "txt", slides(built[TECH_KEY])),
            UserText(PARENTS, DOW_KEY, "prose", "txt", parents(built[DOW_KEY])),
            UserText(RUN, RUN_KEY, "prose", "txt", run_note(built[RUN_KEY])),
            UserText(ROSTER, DOW_KEY, "prose", "txt", roster(built[DOW_KEY]))]


def noise16_plants(built: dict[str, Built]) -> list[Plant]:
    tech_atr = built[TECH_KEY].sheet.fmt("atr_14")
    small_atr = built[SMALL_KEY].sheet.fmt("atr_14")
    dow_close = built[DOW_KEY].sheet.fmt("close")
    return [
        Plant(f"noise16-gap-pair-{TECH_KEY}", TREASURER, "derived", "ran 0.80 pp ahead of SPY",
              "ran 1.60 pp ahead of SPY", "derived-mismatch", "1.60 pp",
              note="QQQ +1.90% against SPY +1.10% is 0.80 pp; 1.60 pp is its gap to IWM"),
        Plant(f"noise16-second-gap-{TECH_KEY}", SLIDES, "derived", "by 1.60 points.", "by 1.20 points.",
              "derived-mismatch", "1.20", note="QQQ +1.90% against IWM +0.30% is 1.60 points"),
        Plant(f"noise16-month-gap-{TECH_KEY}", SLIDES, "derived", "ahead of SPY by 1.24 points",
              "ahead of SPY by 0.80 points", "derived-mismatch", "0.80",
              note="over the month QQQ +0.27% against SPY -0.97% is 1.24 points; 0.80 is the day's"),
        Plant(f"noise16-so-trailed-{TECH_KEY}", SLIDES, "direction", "so tech beat it", "so tech trailed it",
              "direction-mismatch", "trailed", note="QQQ +1.90% beat SPY +1.10%"),
        Plant(f"noise16-ribbon-{TECH_KEY}", SLIDES, "value", "ribbon has risen about 1.5%",
              "ribbon has risen about 2.5%", "value-mismatch", "2.5%",
              note="QQQ's 50-day rose 1.49% over 20 sessions"),
        Plant(f"noise16-which-{TECH_KEY}", SLIDES, "value", "which has climbed about 1.5%",
              "which has climbed about 0.5%", "value-mismatch", "0.5%",
              note="QQQ's 50-day rose 1.49% over 20 sessions"),
        Plant(f"noise16-and-has-{TECH_KEY}", SLIDES, "value", "has gained about 1.5%",
              "has gained about 3.5%", "value-mismatch", "3.5%",
              note="QQQ's 50-day rose 1.49% over 20 sessions"),
        Plant(f"noise16-but-trailed-{DOW_KEY}", PARENTS, "derived", "by 1.30 points", "by 1.60 points",
              "derived-mismatch", "1.60",
              note="DIA +0.60% against QQQ +1.90% is 1.30; 1.60 is IWM's gap to QQQ"),
        Plant(f"noise16-worse-{DOW_KEY}", PARENTS, "derived", "0.50 points worse", "0.80 points worse",
              "derived-mismatch", "0.80", note="DIA +0.60% against SPY +1.10% is 0.50 points"),
        Plant(f"noise16-run-cost-{RUN_KEY}", RUN, "value", "six sessions together cost 5.80%",
              "six sessions together cost 4.80%", "value-mismatch", "4.80%",
              note="IWM's six lower closes lost 5.80% in all"),
        Plant(f"noise16-run-took-{RUN_KEY}", RUN, "value", "took away 5.80%", "took away 6.30%",
              "value-mismatch", "6.30%", note="IWM's six lower closes lost 5.80% in all"),
        Plant(f"noise16-roster-close-{DOW_KEY}", ROSTER, "value", f"on Friday to {dow_close}",
              "on Friday to $481.60", "value-mismatch", "$481.60", note=f"DIA closed at {dow_close}"),
        Plant(f"noise16-ordinary-range-{TECH_KEY}", TREASURER, "value", f"day's range of {tech_atr}",
              "day's range of $9.05", "value-mismatch", "$9.05",
              note=f"QQQ's average true range is {tech_atr}"),
        Plant(f"noise16-typical-range-{SMALL_KEY}", ALLOTMENT, "value", f"daily range, {small_atr},",
              "daily range, $3.83,", "value-mismatch", "$3.83",
              note=f"IWM's average true range is {small_atr}"),
    ]
