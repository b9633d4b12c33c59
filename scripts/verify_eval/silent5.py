"""Desk notes for the verifier's fixes of the fourth holdout's silent misses (issue 14: a wrong figure
or word with no finding at all), each cause planted in other words than the holdout's, on other
subjects.

- A share count in volume words ("Shares traded: 70.5mn", "the 20-day average 42.0mn"): the day's
  volume, or its 20-day average when the words say average. Plants: each count 9.4 million high.
- A move after "off" right after the session's close ("finished the session at $245.28, off 0.80%"):
  the day's fall, which no other period's move may stand in for. Plants: the 5-day move in digits,
  one and a half percent in words.
- A size word in the present tense of an alert ("QQQ edges 1.90% higher", "IWM rockets +0.30%"):
  held to the move's size like its past tense. Plants: a small word on a 1.6-ATR day, a large word
  on a 0.2-ATR day.
- A price called a level with the figure first ("$665.30 remains the first resistance", "$652.32
  acts as support"): checked for its side of the close like "resistance at $665.30". Plants: the
  support called resistance, the resistance called support.
- A day of the month in words ("on November eleventh") is a date, and a record named "record closing
  level/price" dates with "was reached/set on": the record close's date. Plants: the day in words
  three days late, the day in digits two days early.
- A distance "below it" where 'it' is a level its sentence printed with the fact's words ("The record
  close is $629.76, and QQQ now sits about half a percent below it"): that fact's distance
  (pct_from_ath), not only within a unit of the one derived from the printed level. Plants: two
  percent in words and 2% in digits for 0.53%.
- A question heading answered "Yes" at the start of the paragraph under it ("## Is QQQ oversold right
  now?" / "Yes — RSI(14) sits at 48.4"): the question's zone word, read with its answer, is a claim.
  Plant: "No" turned to "Yes" with the RSI mid-range.
- "made" right before a % is a gain, so a list of peers after it ("QQQ made 1.90%, IWM 0.30% and DIA
  0.60%") reads as their moves. Plant: IWM given DIA's move.

Every figure comes from the snapshot or a peer's, so each note is correct by construction.
"""

from __future__ import annotations

from datetime import date, timedelta

from pipeline.contracts import Snapshot
from pipeline.verify.number_words import count_forms

from .plants import Plant
from .universe import Built
from .user_texts import UserText

# ---------------------------------------------------------------- a share count in volume words

VOLUME_KEY = "QQQ-2025-11-17"
VOLUME_BASE = f"user-silent5-volume-{VOLUME_KEY}"


def _mn(shares: float) -> str:
    return f"{shares / 1e6:.1f}mn"


def volume_note(b: Built) -> str:
    s = b.snapshot
    assert s.volume.avg_volume_20 is not None
    return (f"# QQQ prints a new high\n\n"
            f"QQQ closed at ${s.close:.2f}. Shares traded: {_mn(s.volume.volume)}, the 20-day average "
            f"{_mn(s.volume.avg_volume_20)}.\n")


def volume_plants(built: dict[str, Built]) -> list[Plant]:
    v = built[VOLUME_KEY].snapshot.volume
    assert v.avg_volume_20 is not None
    traded, average = _mn(v.volume + 9.4e6), _mn(v.avg_volume_20 + 9.4e6)
    return [Plant(f"silent5-volume-traded-{VOLUME_KEY}", VOLUME_BASE, "value",
                  f"traded: {_mn(v.volume)}", f"traded: {traded}", "value-mismatch", traded,
                  note="the day's volume after 'Shares traded:', 9.4 million shares high"),
            Plant(f"silent5-volume-average-{VOLUME_KEY}", VOLUME_BASE, "value",
                  f"average {_mn(v.avg_volume_20)}", f"average {average}", "value-mismatch", average,
                  note="the 20-day average volume after 'the 20-day average', 9.4 million shares high")]


# ---------------------------------------------------------------- "off" a move after the close

OFF_KEY = "IWM-2026-11-17"
OFF_BASE = f"user-silent5-off-{OFF_KEY}"


def _off(s: Snapshot) -> tuple[str, str]:
    """The day's fall and the 5-day one, printed; they must differ."""
    day, week = f"{abs(s.returns.change_1d_pct):.2f}%", f"{abs(s.returns.change_5d_pct or 0):.2f}%"
    assert s.returns.change_1d_pct < 0 and (s.returns.change_5d_pct or 0) < 0 and day != week
    assert abs(s.returns.change_1d_pct) < 1.2
    return day, week


def off_note(b: Built) -> str:
    s = b.snapshot
    day, _ = _off(s)
    return (f"# Small caps slip\n\n"
            f"IWM finished the session at ${s.close:.2f}, off {day} as yields climbed.\n\n"
            f"In words for the newsletter: the fund closed at ${s.close:.2f}, off eight-tenths of a "
            f"percent.\n")


def off_plants(built: dict[str, Built]) -> list[Plant]:
    day, week = _off(built[OFF_KEY].snapshot)
    return [Plant(f"silent5-off-week-{OFF_KEY}", OFF_BASE, "timeframe", f"off {day} as", f"off {week} as",
                  "value-mismatch", week,
                  note="the 5-day fall given as the day's after 'finished the session at <close>, off'"),
            Plant(f"silent5-off-words-{OFF_KEY}", OFF_BASE, "words", "off eight-tenths of a percent",
                  "off one and a half percent", "value-mismatch", "one and a half percent",
                  note="the day's fall in words after 'closed at <close>, off', 1.5% for 0.80%")]


# ---------------------------------------------------------------- size words in the present tense

ALERT_KEY = "QQQ-2026-11-20"
ALERT_BASE = f"user-silent5-alert-{ALERT_KEY}"


def _alert_moves(b: Built) -> tuple[Snapshot, Snapshot]:
    s, iwm = b.snapshot, next(p for p in b.peers if p.symbol == "IWM")
    assert s.returns.change_1d_pct > 1.5 and (s.tape.move_atr or 0) > 1.5
    assert 0 < iwm.returns.change_1d_pct < 0.4 and abs(iwm.tape.move_atr or 0) < 0.4
    return s, iwm


def alert_note(b: Built) -> str:
    s, iwm = _alert_moves(b)
    return (f"# Closing alerts\n\n"
            f"- QQQ climbs {s.returns.change_1d_pct:.2f}% to ${s.close:.2f} as chip names lead\n"
            f"- IWM barely moves, {iwm.returns.change_1d_pct:+.2f}% at ${iwm.close:.2f}\n")


def alert_plants(built: dict[str, Built]) -> list[Plant]:
    s, iwm = _alert_moves(built[ALERT_KEY])
    return [Plant(f"silent5-alert-edges-{ALERT_KEY}", ALERT_BASE, "magnitude",
                  f"QQQ climbs {s.returns.change_1d_pct:.2f}% to",
                  f"QQQ edges {s.returns.change_1d_pct:.2f}% higher to", "magnitude-mismatch", "edges",
                  note="'edges' (a small word, present tense) on QQQ's 1.6-ATR rise"),
            Plant(f"silent5-alert-rockets-{ALERT_KEY}", ALERT_BASE, "magnitude", "IWM barely moves,",
                  "IWM rockets", "magnitude-mismatch", "rockets",
                  note="'rockets' (a large word, present tense) on IWM's 0.2-ATR rise")]


# ---------------------------------------------------------------- a price called a level, figure first

SIDE_KEY = "SPY-2026-06-03"
SIDE_BASE = f"user-silent5-side-{SIDE_KEY}"


def _sides(s: Snapshot) -> tuple[str, str]:
    """The nearest resistance above the close and support below it, printed."""
    above = min(lv.price for lv in s.levels if lv.kind.value == "resistance" and lv.price > s.close)
    below = max(lv.price for lv in s.levels if lv.kind.value == "support" and lv.price < s.close)
    return f"${above:.2f}", f"${below:.2f}"


def side_note(b: Built) -> str:
    s = b.snapshot
    above, below = _sides(s)
    return (f"# SPY levels for tomorrow\n\n"
            f"SPY closed at ${s.close:.2f}. {above} remains the first resistance, while {below} acts as "
            f"support.\n")


def side_plants(built: dict[str, Built]) -> list[Plant]:
    above, below = _sides(built[SIDE_KEY].snapshot)
    return [Plant(f"silent5-side-resistance-{SIDE_KEY}", SIDE_BASE, "level",
                  f"{above} remains the first resistance", f"{below} remains the first resistance",
                  "level-wrong-side", f"{below} remains the first resistance",
                  note="the support below the close called the first resistance, the figure first"),
            Plant(f"silent5-side-support-{SIDE_KEY}", SIDE_BASE, "level", f"{below} acts as support",
                  f"{above} acts as support", "level-wrong-side", f"{above} acts as support",
                  note="the resistance above the close said to act as support, the figure first")]


# ---------------------------------------------------------------- a record's date in words

RECORD_KEY = "QQQ-2026-11-17"
RECORD_BASE = f"user-silent5-record-{RECORD_KEY}"


def _record(s: Snapshot) -> tuple[float, date]:
    held = s.extremes.all_time_high_date
    assert held is not None and 3 < held.day < 25 and held.month == s.session.month
    return s.extremes.all_time_high, held


def record_note(b: Built) -> str:
    s = b.snapshot
    value, held = _record(s)
    return (f"# QQQ below its peak\n\n"
            f"The record closing level for QQQ, ${value:.2f}, was reached on {held:%B} "
            f"{count_forms(held.day)[2]}, and the fund settled at ${s.close:.2f} today.\n\n"
            f"Its record closing price was set on {held:%b} {held.day}.\n")


def record_plants(built: dict[str, Built]) -> list[Plant]:
    _, held = _record(built[RECORD_KEY].snapshot)
    late, early = held + timedelta(days=3), held - timedelta(days=2)
    said = f"{held:%B} {count_forms(held.day)[2]}"
    wrong = f"{late:%B} {count_forms(late.day)[2]}"
    return [Plant(f"silent5-record-words-{RECORD_KEY}", RECORD_BASE, "date", f"reached on {said}",
                  f"reached on {wrong}", "date-untraced", wrong,
                  note="the record close's day of the month in words, three days late"),
            Plant(f"silent5-record-digits-{RECORD_KEY}", RECORD_BASE, "date",
                  f"set on {held:%b} {held.day}.", f"set on {early:%b} {early.day}.", "date-untraced",
                  f"{early:%b} {early.day}",
                  note="the date of the 'record closing price', two days early")]


# ---------------------------------------------------------------- a distance from 'it', a named level

BELOW_KEY = "QQQ-2026-11-20"
BELOW_BASE = f"user-silent5-below-it-{BELOW_KEY}"


def below_note(b: Built) -> str:
    s = b.snapshot
    gap = (s.close / s.extremes.all_time_high - 1) * 100
    assert -0.7 < gap < -0.4
    return (f"# QQQ near the top\n\n"
            f"The record close is ${s.extremes.all_time_high:.2f}, and QQQ now sits about half a percent "
            f"below it after closing at ${s.close:.2f}.\n\n"
            f"Put plainly: the record close is ${s.extremes.all_time_high:.2f} and the fund is "
            f"{abs(gap):.2f}% below it.\n")


def below_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[BELOW_KEY].snapshot
    gap = f"{abs((s.close / s.extremes.all_time_high - 1) * 100):.2f}%"
    return [Plant(f"silent5-below-it-words-{BELOW_KEY}", BELOW_BASE, "words", "about half a percent",
                  "about two percent", "value-mismatch", "two percent",
                  note="the distance from the record close ('below it') in words, 2% for 0.53%"),
            Plant(f"silent5-below-it-digits-{BELOW_KEY}", BELOW_BASE, "value", f"is {gap} below it",
                  "is 2% below it", "value-mismatch", "2%",
                  note="the distance from the record close ('below it') in whole digits, 2% for 0.53%")]


# ---------------------------------------------------------------- a question heading answered "Yes"

ASKED_KEY = "QQQ-2026-11-17"
ASKED_BASE = f"user-silent5-asked-{ASKED_KEY}"


def asked_note(b: Built) -> str:
    s = b.snapshot
    rsi = s.momentum.rsi_14
    assert rsi is not None and 35 < rsi < 65
    return (f"# QQQ: your questions\n\n"
            f"## Is QQQ oversold right now?\n\n"
            f"No \u2014 RSI(14) sits at {rsi:.1f}, mid-range, after a close at ${s.close:.2f}.\n")


def asked_plants(built: dict[str, Built]) -> list[Plant]:
    return [Plant(f"silent5-asked-yes-{ASKED_KEY}", ASKED_BASE, "indicator", "No \u2014 RSI(14)",
                  "Yes \u2014 RSI(14)", "indicator-mismatch", "Yes",
                  note="a question heading ('Is QQQ oversold right now?') answered 'Yes', RSI mid-range")]


# ---------------------------------------------------------------- peers listed after "made"

MADE_KEY = "SPY-2026-11-20"
MADE_BASE = f"user-silent5-made-{MADE_KEY}"


def _made(b: Built) -> dict[str, str]:
    moves = {p.symbol: f"{p.returns.change_1d_pct:.2f}%" for p in b.peers
             if p.symbol in ("QQQ", "IWM", "DIA")}
    assert len(set(moves.values())) == 3 and all(not m.startswith("-") for m in moves.values())
    return moves


def made_note(b: Built) -> str:
    m = _made(b)
    return (f"# SPY wrap\n\n"
            f"SPY closed at ${b.snapshot.close:.2f}. Around the desk, QQQ made {m['QQQ']}, "
            f"IWM {m['IWM']} and DIA {m['DIA']}.\n")


def made_plants(built: dict[str, Built]) -> list[Plant]:
    m = _made(built[MADE_KEY])
    return [Plant(f"silent5-made-list-{MADE_KEY}", MADE_BASE, "subject", f"IWM {m['IWM']}", f"IWM {m['DIA']}",
                  "value-mismatch", m["DIA"], note="IWM given DIA's move in a list after 'QQQ made'")]


# ---------------------------------------------------------------- all of them


def silent5_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(VOLUME_BASE, VOLUME_KEY, "prose", "md", volume_note(built[VOLUME_KEY])),
            UserText(OFF_BASE, OFF_KEY, "prose", "md", off_note(built[OFF_KEY])),
            UserText(ALERT_BASE, ALERT_KEY, "prose", "md", alert_note(built[ALERT_KEY])),
            UserText(SIDE_BASE, SIDE_KEY, "prose", "md", side_note(built[SIDE_KEY])),
            UserText(RECORD_BASE, RECORD_KEY, "prose", "md", record_note(built[RECORD_KEY])),
            UserText(BELOW_BASE, BELOW_KEY, "prose", "md", below_note(built[BELOW_KEY])),
            UserText(ASKED_BASE, ASKED_KEY, "prose", "md", asked_note(built[ASKED_KEY])),
            UserText(MADE_BASE, MADE_KEY, "prose", "md", made_note(built[MADE_KEY]))]


def silent5_plants(built: dict[str, Built]) -> list[Plant]:
    return [*volume_plants(built), *off_plants(built), *alert_plants(built), *side_plants(built),
            *record_plants(built), *below_plants(built), *asked_plants(built),
            *made_plants(built)]
