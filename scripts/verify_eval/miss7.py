"""Desk notes for the verifier's fixes of the sixth holdout's misses (issue 14, miss7a): a wrong figure
must be held to the fact its words name, in other words than the holdout's, on other subjects.

- Measure words the claim reader did not read: a close after "settles this <weekday> at" or "ends
  today at", a figure in "dollars" or "cents" spelled out, the day's move restated in dollars after
  its % ("down 0.50%, or $3.41"), a day's volume told "on 73.0 million shares", the sessions until an
  event in brackets after its date ("Fed Dec 9 (16 sessions)"), an average's distance told with a
  verb and "by" ("clears the 200-day ($645.83) by 5.27%"), the day's move after an arrow with an
  unsigned % ("▲ 2.81 (0.60%)"), a move with a size word between ("higher by a tidy 281 cents").
  Plants: each one off by a digit or two, reported `value-mismatch` (was `number-untraced`).
- Another period's or another instrument's real figure where the words name one measure: a bare %
  after "in the week" or "for the year to date, however," is that period's move (was matched to any
  fact of the same value); a list that names each instrument after its figure ("against -1.05% for
  SPY and 6.40% for QQQ") gives each its own move of the list's period. Plants: the month's move
  for the week's, the week's for the year's, one peer's for another's.
- Facts the snapshot holds that were reported unverifiable: a dated closing high or low before the
  loaded bars ("the Jan 12 closing high of $493.91": the 52-week closing high is dated), the %
  from a dated low ("11.38% from its April 30 closing low"), a past close told "the $213.65 close
  of Friday, March 27". Plants: the intraday high for the closing one, the % two points high, a
  past close with its digits swapped.
- Whose figure: a family's name with "itself" is its index ("The Nasdaq 100 itself closed at ...,
  up 1.74%": the fund's 1.73% is no match), a capital flash line "IWM ENDS AT $X, +N%" is IWM's own
  move, an event named before "within N sessions" is what the count is to. Plants: the fund's move
  for the index's, DIA's move on IWM's line, the Fed's count 4 high.
- Reward/risk in other layouts: an entry "on a dip to" with "(2.6:1)" after the target, a ratio
  sentence with an aside ("It's about 3.9 to 1, fine."). Plants: each ratio one higher.

Every figure comes from the snapshot or a peer's, so each note is correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText


def _pct(value: float | None) -> float:
    assert value is not None
    return value


# ---------------------------------------------------------------- measure words in a wrap

WORDS_KEY = "SPY-2026-11-17"
WORDS_BASE = f"user-miss7-words-{WORDS_KEY}"


def _words(b: Built) -> dict[str, str]:
    s, sheet = b.snapshot, b.sheet
    move = s.returns.change_1d
    assert move is not None and move < 0
    return {"close": f"{s.close:.2f}", "move": f"{abs(move):.2f}",
            "pct": f"{abs(_pct(s.returns.change_1d_pct)):.2f}",
            "volume": f"{s.volume.volume / 1e6:.1f}", "fed": f"{sheet.value('event_1_sessions_until'):.0f}",
            "cpi": f"{sheet.value('event_2_sessions_until'):.0f}", "sma200": f"{s.trend.sma_200:.2f}",
            "above200": f"{(s.close / s.trend.sma_200 - 1) * 100:.2f}"}


def words_note(b: Built) -> str:
    w = _words(b)
    return (f"# S&P fund, the Tuesday wrap\n\n"
            f"SPY settles this Tuesday at {w['close']} dollars, down {w['pct']}%, or ${w['move']} "
            f"on the day. "
            f"The fund traded on {w['volume']} million shares.\n\n"
            f"It clears the 200-day (${w['sma200']}) by {w['above200']}%.\n\n"
            f"Next up: Fed Dec 9 ({w['fed']} sessions) and CPI Dec 10 ({w['cpi']} sessions). The Fed's "
            f"meeting is the one that matters, within {w['fed']} sessions.\n")


def words_plants(built: dict[str, Built]) -> list[Plant]:
    w = _words(built[WORDS_KEY])
    close = f"{float(w['close']) + 1.64:.2f}"
    move = f"{float(w['move']) + 0.9:.2f}"
    volume = f"{float(w['volume']) + 5:.1f}"
    cpi = f"{int(w['cpi']) + 3}"
    above = f"{float(w['above200']) + 1:.2f}"
    return [Plant(f"miss7-words-dollars-{WORDS_KEY}", WORDS_BASE, "value", f"at {w['close']} dollars",
                  f"at {close} dollars", "value-mismatch", close,
                  note="a close in dollars spelled out after 'settles this Tuesday at', $1.64 high"),
            Plant(f"miss7-words-restated-{WORDS_KEY}", WORDS_BASE, "value", f"or ${w['move']} on",
                  f"or ${move} on", "value-mismatch", f"${move}",
                  note="the day's move restated in dollars after its % ('down 0.50%, or $3.41'), "
                       "90 cents high"),
            Plant(f"miss7-words-shares-{WORDS_KEY}", WORDS_BASE, "value", f"on {w['volume']} million",
                  f"on {volume} million", "value-mismatch", f"{volume} million",
                  note="the day's volume told 'on N million shares', 5 million high"),
            Plant(f"miss7-words-cpi-{WORDS_KEY}", WORDS_BASE, "value", f"({w['cpi']} sessions)",
                  f"({cpi} sessions)", "value-mismatch", cpi,
                  note="the sessions until the CPI report in brackets after its date, 3 high (the Fed's "
                       "count beside it is another event's)"),
            Plant(f"miss7-words-clears-{WORDS_KEY}", WORDS_BASE, "value", f"by {w['above200']}%",
                  f"by {above}%", "value-mismatch", f"{above}%",
                  note="the distance above the 200-day told 'clears the 200-day ($X) by', a point high"),
            Plant(f"miss7-words-within-{WORDS_KEY}", WORDS_BASE, "value", f"within {w['fed']} sessions",
                  f"within {int(w['fed']) + 4} sessions", "value-mismatch", f"{int(w['fed']) + 4}",
                  note="the sessions until the Fed told 'within N sessions' after the event, 4 high")]


# ---------------------------------------------------------------- an app card and dated extremes

CARD_KEY = "DIA-2026-11-20"
CARD_BASE = f"user-miss7-card-{CARD_KEY}"


def _card(s: Snapshot) -> dict[str, str]:
    move, e, tape = s.returns.change_1d, s.extremes, s.tape
    assert move is not None and 0 < move < 3 and tape is not None
    assert e.high_52w_date < s.recent_sessions[0] and e.low_52w_date < s.recent_sessions[0]
    assert tape.high_intraday != e.high_52w
    return {"close": f"{s.close:.2f}", "move": f"{move:.2f}", "cents": f"{move * 100:.0f}",
            "pct": f"{_pct(s.returns.change_1d_pct):.2f}", "high": f"{e.high_52w:.2f}",
            "high_day": f"{e.high_52w_date:%b} {e.high_52w_date.day}",
            "intraday": f"{tape.high_intraday:.2f}", "low_day": f"{e.low_52w_date:%B} {e.low_52w_date.day}",
            "low": f"{e.low_52w:.2f}", "from_low": f"{e.pct_from_52w_low:.2f}"}


def card_note(b: Built) -> str:
    c = _card(b.snapshot)
    return (f"DIA \u00b7 SPDR Dow Jones Industrial Average ETF\n"
            f"${c['close']} \u25b2 {c['move']} ({c['pct']}%)\n\n"
            f"The Dow fund ends today at ${c['close']}, higher by a tidy {c['cents']} cents. It is still "
            f"below the {c['high_day']} closing high of ${c['high']}, and it has climbed {c['from_low']}% "
            f"from its {c['low_day']} closing low of ${c['low']}.\n")


def card_plants(built: dict[str, Built]) -> list[Plant]:
    c = _card(built[CARD_KEY].snapshot)
    arrow = f"{float(c['move']) + 0.4:.2f}"
    cents = f"{int(c['cents']) + 40}"
    from_low = f"{float(c['from_low']) + 2:.2f}"
    return [Plant(f"miss7-card-arrow-{CARD_KEY}", CARD_BASE, "value", f"\u25b2 {c['move']} (",
                  f"\u25b2 {arrow} (", "value-mismatch", arrow,
                  note="the day's move after an up arrow with an unsigned % in brackets, 40 cents high"),
            Plant(f"miss7-card-cents-{CARD_KEY}", CARD_BASE, "value", f"tidy {c['cents']} cents",
                  f"tidy {cents} cents", "value-mismatch", f"{cents} cents",
                  note="the day's move in cents after 'higher by a tidy', 40 cents high"),
            Plant(f"miss7-card-high-{CARD_KEY}", CARD_BASE, "history", f"closing high of ${c['high']}",
                  f"closing high of ${c['intraday']}", "value-mismatch", f"${c['intraday']}",
                  allowed=["date-untraced"],  # its date no longer dates a printed fact
                  note="the dated 52-week closing high (before the bars held) given the intraday "
                       "high's value"),
            Plant(f"miss7-card-from-low-{CARD_KEY}", CARD_BASE, "history", f"climbed {c['from_low']}%",
                  f"climbed {from_low}%", "value-mismatch", f"{from_low}%",
                  note="the % from the dated 52-week closing low, two points high")]


# ---------------------------------------------------------------- periods and a list of peers

PERIOD_KEY = "IWM-2026-03-30"
PERIOD_BASE = f"user-miss7-periods-{PERIOD_KEY}"


def _periods(b: Built) -> dict[str, str]:
    s = b.snapshot
    r = s.returns
    peers = {p.symbol: _pct(p.returns.change_ytd_pct) for p in b.peers}
    prev = s.recent_sessions[-2]
    assert prev.weekday() == 4 and r.change_1d is not None and r.change_1d < 0
    return {"week": f"{abs(_pct(r.change_5d_pct)):.2f}", "month": f"{abs(_pct(r.change_1m_pct)):.2f}",
            "ytd": f"{abs(_pct(r.change_ytd_pct)):.2f}", "spy": f"{peers['SPY']:.2f}",
            "qqq": f"{peers['QQQ']:.2f}",
            "prev": f"{s.recent_closes[-2]:.2f}", "prev_day": f"{prev:%A, %B} {prev.day}",
            "pct": f"{abs(_pct(r.change_1d_pct)):.2f}"}


def periods_note(b: Built) -> str:
    p = _periods(b)
    return (f"# Small caps keep sliding\n\n"
            f"For the month, IWM gives up {p['month']}%; in the week {p['week']}%. For the year to date, "
            f"however, it is {p['ytd']}% lower.\n\n"
            f"Year to date IWM is down {p['ytd']}%, against {p['spy']}% for SPY and {p['qqq']}% for QQQ.\n\n"
            f"It has lost {p['pct']}% since the ${p['prev']} close of {p['prev_day']}.\n")


def periods_plants(built: dict[str, Built]) -> list[Plant]:
    p = _periods(built[PERIOD_KEY])
    swapped = p["prev"][:-2] + p["prev"][-1] + p["prev"][-2]
    assert swapped != p["prev"]
    return [Plant(f"miss7-periods-week-{PERIOD_KEY}", PERIOD_BASE, "timeframe", f"in the week {p['week']}%",
                  f"in the week {p['month']}%", "value-mismatch", f"{p['month']}%",
                  note="the month's move printed as the week's ('in the week N%' is the 5-day move, not any "
                       "fact of that value)"),
            Plant(f"miss7-periods-ytd-{PERIOD_KEY}", PERIOD_BASE, "timeframe", f"it is {p['ytd']}% lower",
                  f"it is {p['week']}% lower", "value-mismatch", f"{p['week']}%",
                  note="the week's move under 'For the year to date, however,' (the aside keeps the period)"),
            Plant(f"miss7-periods-list-{PERIOD_KEY}", PERIOD_BASE, "subject", f"{p['qqq']}% for QQQ",
                  f"{p['spy']}% for QQQ", "value-mismatch", f"{p['spy']}%",
                  note="SPY's year-to-date move given for QQQ in a list naming each after its figure"),
            Plant(f"miss7-periods-prev-{PERIOD_KEY}", PERIOD_BASE, "history", f"${p['prev']} close",
                  f"${swapped} close", "value-mismatch", f"${swapped}",
                  note="a past close told 'the $X close of Friday, March 27', its last two digits swapped")]


# ---------------------------------------------------------------- reward/risk layouts

PLAN_KEY = "QQQ-2026-11-17"
PLAN_BASE = f"user-miss7-plan-{PLAN_KEY}"


def _plan(s: Snapshot) -> dict[str, str]:
    assert s.range is not None
    entry, stop, target = round(s.trend.sma_50, 2), round(s.range.lower, 2), round(s.extremes.high_52w, 2)
    short_entry, short_stop, short_target = stop, entry, round(s.trend.sma_200, 2)
    return {"entry": f"{entry:.2f}", "stop": f"{stop:.2f}", "target": f"{target:.2f}",
            "rr": f"{(target - entry) / (entry - stop):.1f}", "short_entry": f"{short_entry:.2f}",
            "short_stop": f"{short_stop:.2f}", "short_target": f"{short_target:.2f}",
            "short_rr": f"{(short_entry - short_target) / (short_stop - short_entry):.1f}"}


def plan_note(b: Built) -> str:
    p = _plan(b.snapshot)
    return (f"# Two trades on the Nasdaq fund\n\n"
            f"Idea one: buy on a dip to ${p['entry']}, stop ${p['stop']}, target ${p['target']} "
            f"({p['rr']}:1).\n\n"
            f"Idea two: short below ${p['short_entry']}, stop ${p['short_stop']}, "
            f"target ${p['short_target']}. "
            f"It's about {p['short_rr']} to 1, fine.\n")


def plan_plants(built: dict[str, Built]) -> list[Plant]:
    p = _plan(built[PLAN_KEY].snapshot)
    rr, short_rr = f"{float(p['rr']) + 1:.1f}", f"{float(p['short_rr']) + 1:.1f}"
    return [Plant(f"miss7-plan-colon-{PLAN_KEY}", PLAN_BASE, "setup", f"({p['rr']}:1)", f"({rr}:1)",
                  "setup-reward-risk", rr,
                  note="a reward/risk 'N:1' after a long entered 'on a dip to', one higher"),
            Plant(f"miss7-plan-aside-{PLAN_KEY}", PLAN_BASE, "setup", f"about {p['short_rr']} to 1, fine",
                  f"about {short_rr} to 1, fine", "setup-reward-risk", short_rr,
                  note="a ratio sentence with the writer's aside after it ('It's about N to 1, fine.'), "
                       "one higher")]


# ---------------------------------------------------------------- an index "itself" and a flash line

FLASH_KEY = "QQQ-2025-11-17"
FLASH_BASE = f"user-miss7-flash-{FLASH_KEY}"


def _flash(b: Built) -> dict[str, str]:
    s = b.snapshot
    index = next(r for r in s.related if r.symbol == "^NDX")
    iwm = next(p for p in b.peers if p.symbol == "IWM")
    dia = next(p for p in b.peers if p.symbol == "DIA")
    fund, own = _pct(s.returns.change_1d_pct), _pct(index.change_1d_pct)
    assert f"{fund:.2f}" != f"{own:.2f}"
    return {"index_close": f"{index.close:,.2f}", "index": f"{own:.2f}", "fund": f"{fund:.2f}",
            "iwm_close": f"{iwm.close:.2f}", "iwm": f"{_pct(iwm.returns.change_1d_pct):.2f}",
            "dia": f"{_pct(dia.returns.change_1d_pct):.2f}"}


def flash_note(b: Built) -> str:
    f = _flash(b)
    return (f"TAPE 16:01 ET  IWM ENDS AT ${f['iwm_close']}, +{f['iwm']}%\n\n"
            f"The Nasdaq 100 itself closed at {f['index_close']}, up {f['index']}%, a shade more than the "
            f"fund's {f['fund']}%.\n")


def flash_plants(built: dict[str, Built]) -> list[Plant]:
    f = _flash(built[FLASH_KEY])
    return [Plant(f"miss7-flash-itself-{FLASH_KEY}", FLASH_BASE, "subject", f"up {f['index']}%",
                  f"up {f['fund']}%", "value-mismatch", f"{f['fund']}%",
                  note="the fund's move given for the index named 'the Nasdaq 100 itself'"),
            Plant(f"miss7-flash-ends-{FLASH_KEY}", FLASH_BASE, "subject", f"+{f['iwm']}%", f"+{f['dia']}%",
                  "value-mismatch", f"+{f['dia']}%",
                  note="DIA's move on IWM's capital flash line 'IWM ENDS AT $X, +N%'")]


def miss7_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(WORDS_BASE, WORDS_KEY, "prose", "md", words_note(built[WORDS_KEY])),
            UserText(CARD_BASE, CARD_KEY, "prose", "txt", card_note(built[CARD_KEY])),
            UserText(PERIOD_BASE, PERIOD_KEY, "prose", "md", periods_note(built[PERIOD_KEY])),
            UserText(PLAN_BASE, PLAN_KEY, "prose", "md", plan_note(built[PLAN_KEY])),
            UserText(FLASH_BASE, FLASH_KEY, "prose", "txt", flash_note(built[FLASH_KEY]))]


def miss7_plants(built: dict[str, Built]) -> list[Plant]:
    return [*words_plants(built), *card_plants(built), *periods_plants(built), *plan_plants(built),
            *flash_plants(built)]
