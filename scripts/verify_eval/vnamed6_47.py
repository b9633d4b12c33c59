"""Notes for stop 47's readings of misprinted named figures (issue 14, the twenty-third holdout's named
misses): a figure whose digits are a held fact's in another order, told where its own sentence, the
question it answers or a list's label names that fact, is that fact's `value-mismatch` (README: a
wrong figure whose words name a fact we hold is held to that fact). Each cause in other words than the
holdout's, on other subjects.

- A quiz's answer after its question on one line ("Q1. Where did QQQ finish on Tuesday? A: $615.97"):
  the question names the fact. Plants: the close and the session's low, last two digits swapped.

- A list of levels under the labels "Above:" and "Below:" ("Below: $x, then $y"). Plants: the first
  level above and the second below, last two digits swapped.

- An average's distance printed beside the average ("the 200-day ($434.25, 10.90% below the price)"):
  the distance is a fact we hold, so a swapped one is that fact's `value-mismatch`, not a distance
  recomputed from the printed average (`derived-mismatch`). Plant: the 200-day's distance swapped.

- A bar's fields after an "O/H/L" label ("O/H/L $x / $y / $z"). Plant: the high swapped.

- A week's closes ranked in words ("$471.60, the high close of the week"), a count of tests whose verb
  points back at the level ("We have tested that line three times"), the day in ATRs ("so today was 0.6
  ATRs"), a setup whose entry prints the held entry's digits swapped. Plants: each rank turned, the
  count, "two ATRs", the entry swapped (its ratio then fails: the entry's `value-mismatch`).

- A distance from the record told in the sentence after the record ("The record close is $x, from
  DATE. We sit y% under it."). Plant: the distance swapped.

Every figure comes from the snapshot, so each note is correct by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText


def _swapped(text: str) -> str:
    """The figure with its last two digits swapped ('615.97' -> '615.79'); they must differ."""
    assert text[-1] != text[-2], text
    return text[:-2] + text[-1] + text[-2]


def _fact(b: Built, name: str) -> float:
    fact = b.sheet.facts[name]
    assert isinstance(fact.value, int | float)
    return float(fact.value)


# ---------------------------------------------------------------- a quiz's answers after their questions

QUIZ_KEY = "QQQ-2026-11-17"
QUIZ = f"user-vnamed6-quiz-{QUIZ_KEY}"


def _quiz(b: Built) -> tuple[str, str, str]:
    s = b.snapshot
    return f"{s.close:.2f}", f"{_fact(b, 'low'):.2f}", f"{_fact(b, 'high'):.2f}"


def quiz_note(b: Built) -> str:
    close, low, high = _quiz(b)
    return ("Harbour Sailing Club - quiz night, round five (markets), scored by the committee\n\n"
            f"Q1. Where did QQQ finish on Tuesday? A: ${close}\n\n"
            f"Q2. And its lowest print of the session? A: ${low}\n\n"
            f"Q3. Its highest print? A: ${high}\n\n"
            "Two points a question; the nearest answer takes the bonus.\n")


def quiz_plants(b: Built) -> list[Plant]:
    close, low, _ = _quiz(b)
    return [Plant(f"vnamed6-quiz-close-{QUIZ_KEY}", QUIZ, "value", f"A: ${close}", f"A: ${_swapped(close)}",
                  "value-mismatch", f"${_swapped(close)}",
                  note="a quiz's answer to 'Where did QQQ finish', the close's last two digits swapped"),
            Plant(f"vnamed6-quiz-low-{QUIZ_KEY}", QUIZ, "value", f"A: ${low}", f"A: ${_swapped(low)}",
                  "value-mismatch", f"${_swapped(low)}",
                  note="a quiz's answer to 'its lowest print of the session', the low's digits swapped")]


# ---------------------------------------------------------------- levels listed under "Above:" and "Below:"

LIST_KEY = "QQQ-2026-11-20"
LISTS = f"user-vnamed6-lists-{LIST_KEY}"


def _swappable(price: float) -> bool:
    text = f"{price:.2f}"
    return text[-1] != text[-2]


def _listed(b: Built) -> tuple[str, str, str, str]:
    """Two levels over the close (near first) and two under it (near first) whose last two digits differ."""
    s = b.snapshot
    over = sorted(lv.price for lv in s.levels if lv.price > s.close and _swappable(lv.price))
    under = sorted((lv.price for lv in s.levels if lv.price < s.close and _swappable(lv.price)), reverse=True)
    assert len(over) >= 2 and len(under) >= 2
    return f"{over[0]:.2f}", f"{over[1]:.2f}", f"{under[0]:.2f}", f"{under[1]:.2f}"


def lists_note(b: Built) -> str:
    near_r, far_r, near_s, far_s = _listed(b)
    return ("Orchard Lane Investment Circle - the map for next week\n\n"
            f"QQQ ended Friday at ${b.snapshot.close:.2f}.\n\n"
            f"- Above: ${near_r}, then ${far_r}.\n"
            f"- Below: ${near_s}, then ${far_s}.\n\n"
            "We meet again on the first Tuesday; bring the minutes.\n")


def lists_plants(b: Built) -> list[Plant]:
    near_r, _, _, far_s = _listed(b)
    return [Plant(f"vnamed6-lists-above-{LIST_KEY}", LISTS, "value", f"Above: ${near_r}",
                  f"Above: ${_swapped(near_r)}", "value-mismatch", f"${_swapped(near_r)}",
                  note="the first level after 'Above:', its last two digits swapped"),
            Plant(f"vnamed6-lists-below-{LIST_KEY}", LISTS, "value", f"then ${far_s}.\n\nWe",
                  f"then ${_swapped(far_s)}.\n\nWe", "value-mismatch", f"${_swapped(far_s)}",
                  note="the second level after 'Below:', its last two digits swapped")]


# ---------------------------------------------------------------- an average's distance beside it

AVERAGE_KEY = "DIA-2025-11-17"
AVERAGES = f"user-vnamed6-averages-{AVERAGE_KEY}"


def _averages(b: Built) -> tuple[str, str, str, str]:
    fifty, two_hundred = _fact(b, "pct_vs_sma_50"), _fact(b, "pct_vs_sma_200")
    assert fifty > 0 and two_hundred > 0, "the close is over both averages"
    return (f"{_fact(b, 'sma_50'):.2f}", f"{fifty:.2f}", f"{_fact(b, 'sma_200'):.2f}", f"{two_hundred:.2f}")


def averages_note(b: Built) -> str:
    fifty, fifty_pct, two_hundred, two_hundred_pct = _averages(b)
    return ("Riverside Rowing Club treasurer's note\n\n"
            f"Our reserve sits in DIA, which closed at ${b.snapshot.close:.2f}. It is over both averages "
            f"the coach likes: the 50-day (${fifty}, {fifty_pct}% below the price) and the 200-day "
            f"(${two_hundred}, {two_hundred_pct}% below the price).\n")


def averages_plants(b: Built) -> list[Plant]:
    _, _, two_hundred, pct = _averages(b)
    return [Plant(f"vnamed6-averages-200-{AVERAGE_KEY}", AVERAGES, "value", f"{pct}% below",
                  f"{_swapped(pct)}% below", "value-mismatch", f"{_swapped(pct)}%",
                  note=f"the 200-day's distance printed beside it (${two_hundred}), two digits swapped")]


# ---------------------------------------------------------------- a bar's fields after "O/H/L"

BAR_KEY = "QQQ-2025-11-17"
BARS = f"user-vnamed6-bars-{BAR_KEY}"


def _bar(b: Built) -> tuple[str, str, str]:
    return f"{_fact(b, 'open'):.2f}", f"{_fact(b, 'high'):.2f}", f"{_fact(b, 'low'):.2f}"


def bars_note(b: Built) -> str:
    day_open, high, low = _bar(b)
    return ("Beekeepers' cooperative - the fund line in the monthly sheet\n\n"
            f"QQQ last ${b.snapshot.close:.2f}; O/H/L ${day_open} / ${high} / ${low}.\n")


def bars_plants(b: Built) -> list[Plant]:
    _, high, _ = _bar(b)
    return [Plant(f"vnamed6-bars-high-{BAR_KEY}", BARS, "value", f"/ ${high} /", f"/ ${_swapped(high)} /",
                  "value-mismatch", f"${_swapped(high)}",
                  note="the high after an 'O/H/L' label, two digits swapped")]


# ---------------------------------------------------------------- a distance from the record, a sentence on

RECORD_KEY = "DIA-2026-06-03"
RECORDS = f"user-vnamed6-records-{RECORD_KEY}"


def _record(b: Built) -> tuple[str, str]:
    below = _fact(b, "pct_from_ath")
    assert below < 0, "the close is under the record"
    return f"{_fact(b, 'all_time_high'):.2f}", f"{abs(below):.2f}"


def records_note(b: Built) -> str:
    record, below = _record(b)
    return ("Parish hall roof fund - the treasurer's page\n\n"
            f"The fund is in DIA, which closed at ${b.snapshot.close:.2f}. The record close is ${record}. "
            f"We sit {below}% under it.\n")


def records_plants(b: Built) -> list[Plant]:
    _, below = _record(b)
    return [Plant(f"vnamed6-records-ath-{RECORD_KEY}", RECORDS, "value", f"sit {below}% under",
                  f"sit {_swapped(below)}% under", "value-mismatch", f"{_swapped(below)}%",
                  note="the distance from the record told in the sentence after it, two digits swapped")]


# ---------------------------------------------------------------- a week's ranks, touches, ATRs; a plan

WEEK_KEY = "DIA-2026-11-20"
WEEK = f"user-vnamed6-week-{WEEK_KEY}"


def _week(b: Built) -> tuple[str, str, str, str]:
    """The week's highest close and its weekday, the lowest and its weekday (the session's own week)."""
    s = b.snapshot
    week = [(day, close) for day, close in zip(s.recent_sessions, s.recent_closes, strict=True)
            if day.isocalendar()[:2] == s.session.isocalendar()[:2]]
    high, low = max(week, key=lambda dc: dc[1]), min(week, key=lambda dc: dc[1])
    assert len(week) >= 3 and high[0] == s.session != low[0]
    return f"{high[1]:.2f}", high[0].strftime("%A"), f"{low[1]:.2f}", low[0].strftime("%A")


def _touched(b: Built) -> tuple[str, int]:
    level = next(lv for lv in b.snapshot.levels if lv.touches == 3 and lv.price > b.snapshot.close)
    return f"{level.price:.2f}", level.touches


def week_note(b: Built) -> str:
    high, day, low, low_day = _week(b)
    level, _ = _touched(b)
    return ("Tuesday tennis ladder - the treasurer's market line\n\n"
            f"The club fund, DIA, closed {day} at ${high}, the high close of the week; {low_day}'s ${low} "
            f"was the week's low close. The 14-day ATR is ${_fact(b, 'atr_14'):.2f}, so {_atrs(b)}.\n\n"
            f"Overhead, ${level} is the line. We have tested that line three times.\n")


def _atrs(b: Built) -> str:
    atr = _fact(b, "move_atr")
    assert 0 < atr < 1
    return f"today was {atr:.1f} ATRs"


def week_plants(b: Built) -> list[Plant]:
    high, _, low, _ = _week(b)
    return [Plant(f"vnamed6-week-high-{WEEK_KEY}", WEEK, "history", f"${low} was the week's low close",
                  f"${low} was the week's high close", "value-mismatch", "the week's high close",
                  note="the week's lowest close called its high close"),
            Plant(f"vnamed6-week-low-{WEEK_KEY}", WEEK, "history", f"${high}, the high close",
                  f"${high}, the low close", "value-mismatch", "the low close",
                  note="the week's highest close (the session's) called its low close"),
            Plant(f"vnamed6-week-atr-{WEEK_KEY}", WEEK, "value", _atrs(b), "today was two ATRs",
                  "value-mismatch", "two", note="the day sized in ATRs in words ('today was two ATRs')"),
            Plant(f"vnamed6-week-touch-{WEEK_KEY}", WEEK, "level", "tested that line three times",
                  "tested that line six times", "value-mismatch", "six",
                  note="a count of tests whose verb's object points back at the level ('tested that line')")]


PLAN_KEY = "SPY-2026-11-20"
PLAN = f"user-vnamed6-plan-{PLAN_KEY}"


def _plan(b: Built) -> tuple[str, str, str, str]:
    entry, stop, target = (f"{_fact(b, f'setup_long_{part}'):.2f}" for part in ("entry", "stop", "target"))
    return entry, stop, target, f"{_fact(b, 'setup_long_reward_risk'):.1f}"


def plan_note(b: Built) -> str:
    entry, stop, target, ratio = _plan(b)
    return ("Model book, Friday evening\n\n"
            f"SPY closed at ${b.snapshot.close:.2f}. Plan: buy ${entry}, stop ${stop}, target ${target}, "
            f"about {ratio} to 1.\n")


def plan_plants(b: Built) -> list[Plant]:
    entry, *_ = _plan(b)
    return [Plant(f"vnamed6-plan-entry-{PLAN_KEY}", PLAN, "setup", f"buy ${entry}", f"buy ${_swapped(entry)}",
                  "value-mismatch", f"${_swapped(entry)}",
                  note="the held setup's entry with two digits swapped, its ratio left as printed")]


def vnamed6_47_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(QUIZ, QUIZ_KEY, "prose", "txt", quiz_note(built[QUIZ_KEY])),
            UserText(LISTS, LIST_KEY, "prose", "md", lists_note(built[LIST_KEY])),
            UserText(AVERAGES, AVERAGE_KEY, "prose", "txt", averages_note(built[AVERAGE_KEY])),
            UserText(BARS, BAR_KEY, "prose", "txt", bars_note(built[BAR_KEY])),
            UserText(RECORDS, RECORD_KEY, "prose", "txt", records_note(built[RECORD_KEY])),
            UserText(WEEK, WEEK_KEY, "prose", "txt", week_note(built[WEEK_KEY])),
            UserText(PLAN, PLAN_KEY, "prose", "txt", plan_note(built[PLAN_KEY]))]


def vnamed6_47_plants(built: dict[str, Built]) -> list[Plant]:
    return [*quiz_plants(built[QUIZ_KEY]), *lists_plants(built[LIST_KEY]),
            *averages_plants(built[AVERAGE_KEY]), *bars_plants(built[BAR_KEY]),
            *records_plants(built[RECORD_KEY]), *week_plants(built[WEEK_KEY]), *plan_plants(built[PLAN_KEY])]
