"""Words that state a reading: indicator zones and named patterns, checked against values.

RSI 'overbought' needs 70 or more, 'oversold' 30 or less, 'in the low 50s'
50 to 53.5; MACD 'above its signal' needs the line above the signal; a
'golden cross' needs the 50-day above the 200-day; 'above its 50-day' needs the
close above it, 'above both averages' above the 50-day and the 200-day; 'a new
52-week high' or 'a fresh closing high' needs the close at the high, and 'not the lowest close in 52
weeks' or 'still no record close' needs it away from that extreme. Hypotheticals
("a death cross would follow if ...") and negations ("short of overbought") are
not claims and are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..contracts import CrossKind, Finding, Snapshot
from .claims import window_sessions
from .codes import finding
from .context import VerifyContext
from .lookahead import leading
from .numbers import CITATION, QUOTE, WordIndex, folded, unquoted
from .values import window_return

_HYPOTHETICAL = leading(re.compile(
    r"\b(?:would|could|might|may|if|unless|should|risk of|threat of|watch for|wait for|needs? to|"
    r"needed|avoid|avoids|avoided|would-be|potential|possible|until|once|whether|a (?:daily |weekly )?close|"
    r"a break|a drop|a move|a push|a run|a return|a cross(?:ing)?|crossing|turn(?:s|ed)? into|become|"
    r"becomes|approach(?:es|ing)?|toward|towards|lose|losing|reclaim|regain|never|no longer)\b",
    re.IGNORECASE))
_NEGATION = leading(re.compile(
    r"\b(?:not|no|nor|neither|never|hardly|isn't|wasn't|aren't|short of|shy of|far from|"
                       r"away from|close to|nowhere near|nobody(?:'s|\u2019s| is)?|no one(?:'s|\u2019s| is)?|"
                       r"near|nearing|approaching|toward|towards|below|under|out of|without|rather than|"
                       r"instead of|from)\s+(?:(?!(?:and|but|while)\b)\w+\s+){0,2}$", re.IGNORECASE))
"""A negation or a side word right before the indicator word ("not oversold", "short of overbought", "below
overbought"); not one in a clause of its own joined by "and" ("below 50 and oversold": two claims)."""


@dataclass(frozen=True)
class WordRule:
    family: str  # indicator-mismatch or pattern-mismatch
    topic: re.Pattern[str]  # the sentence must mention this
    word: re.Pattern[str]  # the claim
    holds: Callable[[Snapshot, re.Match[str]], bool | None]  # None: cannot tell
    expected: Callable[[Snapshot], str]
    source: str


def _rsi(s: Snapshot) -> float | None:
    return s.momentum.rsi_14


_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
                 "eighties": 80}
"""'in the high fifties': a decade in words, read as the 50s."""


def _decade(s: Snapshot, m: re.Match[str]) -> bool | None:
    rsi = _rsi(s)
    if rsi is None:
        return None
    base = int(m.group("decade")) if m.group("decade") else _DECADE_WORDS[m.group("word").lower()]
    position = (m.group("pos") or "").lower()
    low, high = {"low": (base, base + 3.5), "lower": (base, base + 3.5), "mid": (base + 3, base + 7),
                 "middle": (base + 3, base + 7), "high": (base + 6.5, base + 10),
                 "upper": (base + 6.5, base + 10)}.get(position, (base, base + 10))
    return low <= rsi < high


def _threshold(s: Snapshot, m: re.Match[str]) -> bool | None:
    rsi = _rsi(s)
    if rsi is None:
        return None
    level = float(m.group("level"))
    return rsi > level if m.group("side").lower() in ("above", "over") else rsi < level


def _macd_vs_signal(s: Snapshot, m: re.Match[str]) -> bool | None:
    line, signal = s.momentum.macd, s.momentum.macd_signal
    if line is None or signal is None:
        return None
    side = "below" if m.groupdict().get("roll") else m.group("side").lower()  # "has rolled over": below
    above = side in ("above", "over", ">")  # "MACD 0.86 > signal 0.57" in shorthand
    return line > signal if above else line < signal


def _macd_vs_printed_signal(s: Snapshot, m: re.Match[str]) -> bool | None:
    """'MACD 4.50 under 3.61': a bare figure after the side word is the signal line when it prints as the
    signal's value; then the side is the line's against it (else the figure is something else: None)."""
    signal = s.momentum.macd_signal
    other = m.group("other").replace("\u2212", "-")
    if signal is None or f"{signal:.{len(other.split('.')[1])}f}" != other.lstrip("+"):
        return None
    return _macd_vs_signal(s, m)


def _macd_sign(s: Snapshot, m: re.Match[str]) -> bool | None:
    line = s.momentum.macd
    if line is None:
        return None
    positive = m.group("side").lower() in ("positive", "above zero", "above the zero line")
    return line > 0 if positive else line < 0


def _macd_sign_after(s: Snapshot, m: re.Match[str]) -> bool | None:
    """'MACD 8.85 vs signal 5.83, already negative': a sign word after the readings may be the line's or
    the gap to its signal's, so it is wrong only when both have the other sign."""
    line, signal = s.momentum.macd, s.momentum.macd_signal
    if line is None or signal is None:
        return None
    if m.group("side").lower() == "positive":
        return not (line < 0 and line < signal)
    return not (line > 0 and line > signal)


def _macd_mood(s: Snapshot, m: re.Match[str]) -> bool | None:
    """'MACD bearish' is wrong only when the line is both above its signal and above zero; 'bullish' only
    when it is below both (either reading alone may be meant)."""
    line, signal = s.momentum.macd, s.momentum.macd_signal
    if line is None or signal is None:
        return None
    if (m.group("side") or m.group("side2")).lower() == "bearish":
        return not (line > signal and line > 0)
    return not (line < signal and line < 0)


def _vix(ctx_snapshot: Snapshot) -> float | None:
    if ctx_snapshot.symbol == "^VIX":
        return ctx_snapshot.close
    move = next((m for m in ctx_snapshot.related if m.symbol == "^VIX"), None)
    return None if move is None else move.close


def _vix_word(s: Snapshot, m: re.Match[str]) -> bool | None:
    vix = _vix(s)
    if vix is None:
        return None
    word = m.group(0).lower()
    if word in ("elevated", "high", "stressed", "spiking", "spiked", "fearful", "jittery", "heightened"):
        return vix >= 18
    return vix < 22


def _vix_change(s: Snapshot) -> float | None:
    if s.symbol == "^VIX":
        return s.returns.change_1d_pct
    move = next((m for m in s.related if m.symbol == "^VIX"), None)
    return None if move is None else move.change_1d_pct


_STRESS_UP = ("rose", "grew", "increased", "climbed", "jumped", "spiked", "returned", "flared", "picked up",
              "built")


def _stress_way(s: Snapshot, m: re.Match[str]) -> bool | None:
    """'Market stress eased' beside the VIX: the VIX fell on the session ('rose': it rose)."""
    change = _vix_change(s)
    if not change:
        return None
    return (change > 0) == (m.group("way").lower() in _STRESS_UP)


def _stress_text(s: Snapshot) -> str:
    change = _vix_change(s)
    return "no VIX move loaded" if change is None else f"VIX {change:+.2f}% on the session"


def _volume_word(s: Snapshot, m: re.Match[str]) -> bool | None:
    ratio = s.volume.volume_ratio
    if ratio is None:
        return None
    word = m.group(0).lower()
    if word in ("hot", "heavy", "heavier", "brisk", "above-average", "strong", "elevated"):
        return ratio >= 1.0
    return ratio < 1.0


def _cross(state: CrossKind) -> Callable[[Snapshot, re.Match[str]], bool | None]:
    def holds(s: Snapshot, m: re.Match[str]) -> bool | None:
        if s.trend.cross is None:
            return False  # no cross state was computed: the name has nothing behind it
        return s.trend.cross.state == state
    return holds


def _vs_average(s: Snapshot, m: re.Match[str]) -> bool | None:
    days = m.group("days") or m.group("days_short") or m.group("days_of") or m.group("days_session")
    average = {"20": s.trend.sma_20, "50": s.trend.sma_50, "200": s.trend.sma_200}[days]
    if average is None:
        return None
    above = m.group("side").lower() in _ABOVE_WORDS
    return s.close > average if above else s.close < average


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_PAST_PEAK = re.compile(
    r"\b(?P<side>above|below|under|beneath|over) (?:its|the) "
    r"(?:(?P<dated>" + _MONTH + r" \d{1,2}(?:,? \d{4})?|\d{1,2}[- ]" + _MONTH + r") )?"
    r"(?:(?:all-time|record|closing) )*(?P<peak>record|top|peak|all-time high|closing high)"
    r"(?: close| closing high| high)?\b"
    r"(?=(?:,? (?:of|at|from \w+ \d{1,2},?)|,? \(|:)? ?"
    r"(?P<price>\$\d[\d,]*(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?)(?![\d%]))", re.IGNORECASE)
"""The close placed against a past record or peak printed with its price ("still below its Oct 22 record
of $694.71", "under the Oct 22 top ($694.71)"; a top or peak only with its date): the close on that side
of the price printed (which is checked as a figure itself). Denied ("No longer below its Oct 22 record of
$694.71") it claims the close at or above it: a new record that is not one."""


_PRICE_BEFORE = re.compile(r"\d,?\s+(?:(?:just|well|still|only|barely|slightly)\s+)?$")
"""A figure right before the side word: the side is that figure's, not the close's."""


def _vs_past_peak(s: Snapshot, m: re.Match[str]) -> bool | None:
    if m.group("peak").lower() in ("top", "peak") and not m.group("dated"):
        return None  # "below the top $X": a range's top, not a past peak
    if _PRICE_BEFORE.search(m.string, 0, m.start()):
        return None  # "the high of the day was $631.45, above the record close": the high's side
    price = float(m.group("price").replace("$", "").replace(",", ""))
    if not 0.8 * s.close <= price <= 1.25 * s.close:
        return None  # another instrument's or scale's peak
    above = m.group("side").lower() in ("above", "over")
    return s.close > price if above else s.close < price


_ABOVE_WORDS = frozenset(("above", "over", "reclaimed", "regained", "reclaim", "regain"))
"""The side words of the close against an average that put it above: 'has reclaimed its 50-day' (and
below: 'has lost'); after 'yet to' the verb is denied ('has yet to reclaim its 50-day': below)."""


_AVERAGE_PCT_VS_CLOSE = re.compile(
    r"\b(?P<days>20|50|200)-day(?: (?:simple |moving )*(?:average|MA|SMA|line))?"
    r"(?:(?!\b(?:fund|it|index|ETF|shares|stock|price|close|and|but|while)\b)(?:[^.;:!?()]|\.(?=\d))){0,50}?"
    r"(?<![\w.])\d+(?:\.\d+)?%\s+(?P<side>above|below|under|over|beneath)\s+(?:the |its |our )?"
    r"(?:price|close|closing price|last close|share price)\b(?!\s+(?:target|level|of)\b)",
    re.IGNORECASE)
"""An average placed a distance from the price ("the 200-day is $454.80, 3.69% below the price", "The
200-day sits far below at $645.83, 5.27% under the price"): the average on that side of the close. No
other subject between the average and the distance (it would be the fund's distance from the average)."""


def _average_vs_close(s: Snapshot, m: re.Match[str]) -> bool | None:
    """'the 50-day at $614.02 sits above the price': the average on that side of the close (the close
    on the other)."""
    average = {"20": s.trend.sma_20, "50": s.trend.sma_50, "200": s.trend.sma_200}[m.group("days")]
    if average is None:
        return None
    above = m.group("side").lower() in ("above", "over")
    return average > s.close if above else average < s.close


def _vs_both_averages(s: Snapshot, m: re.Match[str]) -> bool | None:
    """'above both averages': the close on that side of the 50-day and the 200-day."""
    averages = (s.trend.sma_50, s.trend.sma_200)
    if None in averages:
        return None
    above = m.group("side").lower() in ("above", "over")
    return all(s.close > a if above else s.close < a for a in averages)  # type: ignore[operator]


_DENIED_BETWEEN = re.compile(r"\b(?:not|no longer|never|isn't|wasn't|hasn't|hadn't)\b", re.IGNORECASE)
_DENIED_SIDE = re.compile(r"\b(?:not|no longer|never|isn't|wasn't|hasn't|hadn't)\s+(?:(?:yet|even|been|"
                          r"crossed|moved|gone|fallen|risen|dropped|slipped|climbed|back)\s+)*$",
                          re.IGNORECASE)


def _average_vs_average(s: Snapshot, m: re.Match[str]) -> bool | None:
    """'the 50-day is above the 200-day'; denied between ('the 50-day is no longer below the 200-day'), the
    other side."""
    values = {"20": s.trend.sma_20, "50": s.trend.sma_50, "200": s.trend.sma_200}
    first, second = values[m.group("first")], values[m.group("days")]
    if first is None or second is None:
        return None
    above = m.group("side").lower() in ("above", "over")
    said = first > second if above else first < second
    between = m.string[m.start():m.start("side")]
    if not _DENIED_BETWEEN.search(between):
        return said
    return not said if _DENIED_SIDE.search(between) else None  # "not far below": a hedge, not read


_DAY_LABEL = re.compile(r"^\W{0,3}(?P<day>Mon|Tue|Wed|Thu|Fri)[a-z]*\.?,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
                        r"Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*20\d\d)?\s*:", re.IGNORECASE)
"""A sentence opening on a day's label ("Wednesday Nov 11: The record close: $629.76, a new all-time high",
as a dated entry's sentence is read, entry_dates): what it tells is that day's."""


def _on_another_day(s: Snapshot, m: re.Match[str]) -> bool:
    label = _DAY_LABEL.match(m.string)
    return label is not None and label.group("day").lower() != s.session.strftime("%a").lower()


def _new_high(s: Snapshot, m: re.Match[str]) -> bool | None:
    if _on_another_day(s, m):
        return None  # a past session's new high, told under its date
    what = " ".join(v for k, v in m.groupdict().items() if k.startswith("what") and v).lower()
    if not s.has_full_year and ("52-week" in what or "all-time" in what or "record" in m.group(0).lower()):
        return False  # less than a year held: the high is only the window's
    if "all-time" in what or "record" in m.group(0).lower():
        return s.extremes.new_all_time_high
    return s.extremes.new_52w_high


def _year_window(s: Snapshot, m: re.Match[str]) -> bool | None:
    """'52-week', 'all-time' and 'record' name a year or more of history."""
    return s.has_full_year


def _window_text(s: Snapshot) -> str:
    return f"only {s.bars_used} sessions of history: a {s.extremes_window}-session high or low"


def _new_low(s: Snapshot, m: re.Match[str]) -> bool | None:
    return s.close <= s.extremes.low_52w


_EXTREME_DENIED = re.compile(
    r"\b(?:not|isn't|wasn't|nor)\s+(?:yet\s+)?(?:(?:a|an|the|its)\s+)?(?:new\s+|fresh\s+)?"
    r"(?P<low>lowest|weakest|worst)\s+clos(?:e|ing(?:\s+(?:price|level|print))?)\s+(?:of|in|for)\s+"
    r"(?:the\s+)?(?:(?:past|last)\s+)?(?:52\s+weeks|a\s+year|year|twelve\s+months|12\s+months)\b|"
    r"\b(?:still\s+)?(?:short|shy)\s+of\s+(?:its|the|a)\s+(?:all-time\s+closing\s+high|record\s+clos(?:e|ing\s+"
    r"(?:high|level))|closing\s+record|highest\s+close\s+ever|closing\s+high)\b|"
    r"\bstill\s+(?:below|under|beneath)\s+(?:its|the)\s+(?:all-time\s+closing\s+high|record\s+close|"
    r"highest\s+close\s+ever|closing\s+high)\b(?!\s+(?:of|at|from|on)\b)|"
    r"\b(?:still\s+)?(?:no|not\s+(?:yet\s+)?a)\s+(?:new\s+|fresh\s+)?record(?:\s+closing)?\s+(?:close|finish)\b|"
    r"\b(?:closed|closes|finished|finishes|ended|ends|settled|settles|went\s+out)\s+(?:(?:well|just|far|still|"
    r"somewhat|a\s+little|a\s+bit)\s+)?(?:(?:short|shy)\s+of\s+(?:its|the|a)\s+record\b|"
    r"(?:below|under|beneath)\s+(?:its|the)\s+record\b(?![\s-]+(?:intraday|high|peak)\b))",
    re.IGNORECASE)
"""A close denied its extreme: "not the lowest close in 52 weeks", "still short of its all-time closing
high", "still short of its highest close ever", "still below its closing high" (a bare closing high
is wrong only on a record close, which is every window's high), "still no record close", "finished well
short of its record", "closed well below its record" (not its record high: that may be intraday)
(closing words only: an intraday record may stand above a record close). Not a
closing high with its own figure or date after it ("still below its closing high of $41.82"), which is
a past close."""


_EXTREME_STATED = re.compile(
    r"(?:(?<=\bits )|(?<=\bthe )|(?<=\ba )|(?<=\bnew )|(?<=\bfresh ))"
    r"(?:(?P<high>highest|best|strongest)|lowest|weakest|worst)\s+"
    r"(?:clos(?:e|ing\s+(?:price|level|print))|finish|settle(?:ment)?|(?P<level>level|price|point))\s+"
    r"(?:(?P<ever>ever|on\s+record)\b|(?:of|in|for)\s+(?:the\s+)?"
    r"(?:(?:past|last|full)\s+)?(?:52\s+weeks|a\s+(?:full\s+)?year|year|twelve\s+months|12\s+months)\b)(?!\s+ago\b)",
    re.IGNORECASE)
"""Today's close called the extreme of a year or of its history: "at 35,112.40, its highest close of the
past 52 weeks", "That $30.01 is the lowest close in a full year", "$622.21, its highest close ever", "its
best finish ever", "closed at its lowest level in a year" (the verb names the close).
Not "of the year" alone (the calendar year), and only of the close: a price before the words in their
sentence must be the session's close ("the $41.82 of August 19 was its highest close in a year" names
a past close, dated elsewhere)."""
_PRICE_BEFORE = re.compile(r"(?<![\w.,])\$?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)(?![\d%])")


_STATED_AS = re.compile(r"(?:[,:\u2014]|\b(?:is|was|as|marks?|marked|became|becomes|sets?|posted|posts|"
                        r"notched|printed|makes?|made))\s*$", re.IGNORECASE)
"""The words stand as what the close is ("at $30.01, its lowest close", "$30.01 is the lowest close"), not as
a reference it is measured from ("well above its lowest close of the past year")."""


_DETERMINERS = re.compile(r"(?:\b(?:its|the|a|new|fresh)\s+)+$", re.IGNORECASE)


_CHANGE_ASIDE = re.compile(r",\s*(?:up|down|higher|lower|(?:a\s+)?(?:gain|loss|rise|drop|fall)\s+of)\s+"
                           r"(?:by\s+)?"
                           r"\$?\d[\d,]*(?:\.\d+)?(?:\s*(?:points?|pts|%))?"
                           r"(?:,?\s+(?:or\s+)?[+\-\u2212]?\d+(?:\.\d+)?%)?\s*,\s*$", re.IGNORECASE)
"""The day's change set between the close and what the close is called ("closed at 35,112.40, down 312.84
points, or 0.88%, its lowest close"): the words still call the close."""


def _close_named_before(s: Snapshot, m: re.Match[str]) -> bool:
    before = _DETERMINERS.sub("", m.string[:m.start()])
    if _STATED_AS.search(before) is None:
        return False
    aside = _CHANGE_ASIDE.search(before)
    before = before[:aside.start()] if aside else before
    prices = _PRICE_BEFORE.findall(before)
    if not prices:
        return False
    value = float(prices[-1].replace(",", ""))
    decimals = len(prices[-1].partition(".")[2])
    return abs(value - s.close) <= 0.5 * 10 ** -decimals + 1e-9


_CLOSED_AT = re.compile(r"\b(?:closed|finished|ended|settled)\s+at\s+(?:its|the)\s+$", re.IGNORECASE)
"""A level the close was at ("closed at its lowest level in a year"): the verb names the close."""


def _extreme_stated(s: Snapshot, m: re.Match[str]) -> bool | None:
    """The close at the extreme it is called (None: under a year held, or no close named before it)."""
    if not s.has_full_year or not (_CLOSED_AT.search(m.string, 0, m.start()) if m.group("level")
                                   else _close_named_before(s, m)):
        return None
    e = s.extremes
    if m.group("ever"):
        return e.new_all_time_high if m.group("high") else None  # no record low is computed
    return s.close >= e.high_52w if m.group("high") else s.close <= e.low_52w


def _extreme_stated_text(s: Snapshot) -> str:
    e = s.extremes
    return f"close {s.close:,.2f}; 52-week closing range {e.low_52w:,.2f} to {e.high_52w:,.2f}" + (
        " (a record close)" if e.new_all_time_high else "")


_WINDOW_EXTREME = re.compile(
    r"(?:(?<=\bits )|(?<=\bthe )|(?<=\ba )|(?<=\bnew )|(?<=\bfresh ))"
    r"(?:(?P<high>highest|best|strongest)|lowest|weakest|worst)\s+"
    r"(?:(?P<close>clos(?:e|ing\s+(?:price|level|print))|finish|settle(?:ment)?)\s+)?(?:of|in|for)\s+(?:the\s+)?"
    r"(?:(?P<past>past|last|prior|previous|latest)\s+)?"
    r"(?:(?P<count>\d{1,2})\s+(?P<unit>sessions|trading\s+days|weeks)|(?P<one>a\s+)?(?P<single>month|week|"
    r"fortnight))\b(?!\s+ago\b)",
    re.IGNORECASE)
"""Today's close called the extreme of a window of sessions: "to 35,112.40, the highest close of the past
month", "$244.30, its lowest close in 12 sessions", "Friday's close is the highest of the last 20
sessions". Held to the closes of that window (a month is 21 sessions, a week 5, a fortnight 10); a year
and more is _EXTREME_STATED's. "Of the month" alone is the calendar month, and a window longer than the
closes held is not judged."""
_DAY_CLOSE_IS = re.compile(r"\b(?:(?P<day>today|tonight|monday|tuesday|wednesday|thursday|friday)|"
                           r"the (?:session|day))['\u2019]s\s+clos(?:e|ing\s+(?:price|level))\s+"
                           r"(?:is|was|marks|marked|stands "
                           r"as|stood as)\s+(?:the|its)\s+$", re.IGNORECASE)
"""The session's close named as what the words then call the extreme ("Friday's close is the")."""
_WINDOW_SESSIONS = {"month": 21, "week": 5, "fortnight": 10}


def _day_close_named(s: Snapshot, m: re.Match[str]) -> bool:
    said = _DAY_CLOSE_IS.search(m.string, max(0, m.start() - 60), m.start())
    if said is None:
        return False
    day = (said.group("day") or "today").lower()
    return day in ("today", "tonight") or day == s.session.strftime("%A").lower()


def _window_extreme(s: Snapshot, m: re.Match[str]) -> bool | None:
    """The close at the extreme of the window of closes it is called (None: the window is longer than
    the closes held, a calendar month, or no session's close is named as the one so called)."""
    if m.group("single") and not (m.group("past") or m.group("one")):
        return None
    if not (_day_close_named(s, m) or m.group("close") and _close_named_before(s, m)):
        return None
    if m.group("count"):
        sessions = int(m.group("count")) * (5 if m.group("unit").lower() == "weeks" else 1)
    else:
        sessions = _WINDOW_SESSIONS[m.group("single").lower()]
    closes = s.recent_closes
    if sessions < 3 or len(closes) < sessions or abs(closes[-1] - s.close) > 1e-6 * max(1.0, s.close):
        return None
    window = closes[-sessions:]
    return s.close >= max(window) - 1e-9 if m.group("high") else s.close <= min(window) + 1e-9


def _window_extreme_text(s: Snapshot) -> str:
    month = s.recent_closes[-21:]
    return (f"close {s.close:,.2f}; the last 21 closes ran {min(month):,.2f} to {max(month):,.2f}" if month
            else f"close {s.close:,.2f}")


def _extreme_denied(s: Snapshot, m: re.Match[str]) -> bool | None:
    """The denial holds when the close is not at the extreme it names (None: under a year of history)."""
    if not s.has_full_year:
        return None
    if m.group("low"):
        return s.close > s.extremes.low_52w
    return not s.extremes.new_all_time_high


def _extreme_text(s: Snapshot) -> str:
    e = s.extremes
    if s.close <= e.low_52w:
        return f"close {s.close:,.2f} is the 52-week closing low"
    return f"close {s.close:,.2f} is {'a new' if e.new_all_time_high else 'not a'} record close"


FLAT_SLOPE_PCT = 1.5
"""An average that moved more than this (in %) over 20 sessions is not flat, and one said to rise or
fall steeply, sharply, fast or hard must have moved at least this much its way."""
TURN_SLOPE_PCT = 0.2
"""...and one that moved less than this the other way may still be called rising or falling."""
RANGE_MOVE_PCT = 5.0
"""A month that moved more than this (in %) was not range-bound."""
STRONG_TREND_MOVE_PCT = 3.0
"""A month that moved less than this (in %) was not 'trending hard' (3 to 5%: either word passes)."""

_WAY = r"(?:upwards?|downwards?|up|higher|down|lower)"
_RECORD_ALONE = (r"\b(?:a|another) (?:new|fresh) record(?=\s*(?:[.;!?)\u2014]|$|on\b|today\b|again\b))|"
                 r"\ba (?:new |fresh )?record (?:was|has been|got) (?:set|made|posted|notched|hit)\b")
"""A record with no 'high' or 'close' after it, said of the day ('A fresh record today.', 'another new
record on Monday', 'a record was set on Friday'): a new all-time closing high. Not before a comma
or colon, where the record is what a setup waits for ("The long setup buys a new record, not the
approach to it")."""
_DEGREE = r"steeply|sharply|fast|quickly|rapidly|hard|strongly|aggressively|briskly"
_SHORTER_LONGER = (r"(?:(?:(?P<short>short(?:er)?)|(?P<long>long(?:er)?))(?:[- ](?:term|dated))? "
                   r"(?:line|average|MA|SMA)|"
                   r"(?:(?P<fast>faster|quicker)|(?P<slow>slower))(?: moving)? (?:average|MA|SMA))\b")
"""The 50-day named as the shorter or faster average, the 200-day as the longer or slower one ('the
shorter line'); a faster or slower "line" may be the MACD's."""
_BOTH_ADJECTIVES = r"(?:key |main |moving |simple |long-term |long |longer |major |two |big )*"
"""Words between 'both (of its)' and 'averages': 'both of its long averages', 'both key moving averages'."""
_SLOPE_PHRASE = re.compile(
    r"(?:\b(?P<days>50|200)(?:-day|-DMA|DMA|d|-d| day)\b(?: simple)?(?:\s+moving)?"
    r"(?:\s+(?:average|MA|SMA|line))?|"
    r"\bboth(?: (?:of )?(?:the |its )?" + _BOTH_ADJECTIVES + r""
    r"(?:averages|MAs|SMAs|lines))?|"
    r"\b(?:the|its) (?:two |key |main |moving |simple )*(?:averages|MAs|SMAs)\b|"
    r"\baverage (?:at|of|over) (?P<at>50|200) (?:days|sessions)\b|"
    r"\b(?:the|that) (?P<that>average)(?= (?:is|was|has|had|keeps|kept|remains|stays|continues|itself|"
    r"climbed|climbs|rises|rose|fell|falls|slid|slides|slipped|dropped|declined|sank|turned)\b)|"
    r"\bthe " + _SHORTER_LONGER + ")"
    r"(?:\s*\([^()]{1,24}\))?(?:,? (?:(?:at|near|around) )?\$?\d[\d,.]*,?)?(?: \$?\d[\d,.]*)?,?"
    r"(?: slope [+\-\u2212]?\d[\d.]*% \()?"
    r"(?: (?:is|sits|lies|stands|runs) (?:[\d.]+% |\$?\d[\d,.]* )?(?:above|below|under|over|beneath) "
    r"(?:the |its )?(?:price|close|fund|index) and"
    r"| crossed (?:above|below|over|under) (?:the |its )?200-day(?: on \w+ \d{1,2}(?:, \d{4})?)?"
    r"(?:, (?:about )?\d+ (?:sessions|trading days|days) ago)?,? and)?"
    r"(?: (?:which|that|itself|also|still|now|has|have|is|are|was|were|remains|remain|keeps|kept|been|just|"
    r"started|starting|beginning|begun|begins|continues|continue|keep|to|basically|essentially|effectively|"
    r"clearly|gone|going|"
    r"held|holds|stayed|stays|remained|"
    r"went|turned|both|and|\$?\d[\d,.]*\d|[a-z]+ly)(?<!\bonly),?){0,4}"
    r"(?: (?P<denied>not|no longer|never))?(?: (?P<pre>" + _DEGREE + r"))?(?: |(?<=\())"
    r"(?P<word>(?:flattening|rolling|tipping|sliding|turning) (?:out )?into an? (?:decline|downtrend|"
    r"fall|slide|rise|climb|uptrend)|flatlining|flatlined|flattening|flattened|flat|rising|"
    r"(?:(?<=starting to )|(?<=started to )|(?<=starts to )|(?<=beginning to )|(?<=begun to )|"
    r"(?<=begins to )|(?<=began to ))(?:fall|rise|climb|decline|drop|slide|slip|sink|roll over|flatten|"
    r"turn (?:up|higher|down|lower))|"
    r"(?P<strong>plung(?:ed|es|ing|e)|soar(?:ed|s|ing)|surg(?:ed|es|ing)|tumbl(?:ed|es|ing)|"
    r"nosediv(?:ed|es|ing)|skyrocket(?:ed|s|ing)|rocket(?:ed|s|ing)|crater(?:ed|s|ing)|"
    r"collaps(?:ed|es|ing))|"
    r"climbing|falling|declining|sinking|dropping|sliding|slipping|"
    r"sloping (?:(?P<mid>" + _DEGREE + r")|slightly|gently|modestly|mildly)? ?" + _WAY + r"|"
    r"(?P<finite>climbed|climbs|rises|rose|risen|fell|fallen|falls|sank|sunk|sinks|declined|declines|"
    r"dropped|drops|slid|slides|slipped|slips)|"
    r"(?:edging|inching|drifting|ticking|curling) (?:up|higher|down|lower)|"
    r"turning (?:up|higher|down|lower)|turned (?:up|higher|down|lower)|rolling over|rolled over|"
    r"point(?:s|ing)? " + _WAY + r"|heading " + _WAY + r"|"
    r"trending (?:up|higher|down|lower)|barely mov(?:ed|ing)|hardly mov(?:ed|ing)|"
    r"(?P<bare>up|down)(?= (?:by )?[+\-\u2212]?\d[\d.]*%))\b"
    r"(?: too\b| as well\b| steadily\b| gradually\b| slowly\b| gently\b| quietly\b)?"
    r"(?:,? \(?(?:(?P<way>up|down) )?(?:by )?(?P<hedge>(?:about|around|roughly|some|nearly|almost) )?"
    r"(?P<figure>[+\-\u2212]?\d[\d.]*)%)?"
    r"(?:(?: over the past| in the past| for the past| over| in| for)?"
    r" (?:\w+ ){0,2}?(?:sessions|days|weeks))?"
    r"(?: (?P<post>" + _DEGREE + r")\b)?", re.IGNORECASE)
"""An average (or both) and what its slope is said to do: 'the 50-day ($680.43) is rolling over',
'the 200-day, at $230.77, is climbing steeply', '50d $245.77 rising fast', 'both are rising steeply',
'Its 50-day average, $601.02, has been sliding', '50 day is 614.02 and rolling over', 'the 50-day has
been edging higher', a line break inside the average's name ('The 50-day\nline is rising'); a finite
verb ('The 200-day has climbed', 'the average at 50 days rises rapidly'), an adverb between commas
('the 200-day is, honestly, climbing fast'); the 50-day named as the shorter or faster line and the 200-day
as the longer or slower one ('the shorter line falls')."""


_RISING_WORD = re.compile(r"rising|climb|rise|rose|risen|up|higher|soar|surg|rocket")
"""A slope word that says the average went up (the others say down, or flat)."""
_NAMED_AVERAGE = re.compile(r"\b(50|200)(?:-day|-DMA|DMA|d|-d| day)\b")


def _flat_word(word: str) -> bool:
    """A slope word that says flat ('flattening', 'barely moving'), not one that turns on into a way
    ('flattening into a decline' says falling)."""
    if word.startswith("flat"):
        return " into " not in word
    return bool(re.match(r"(?:barely|hardly) mov", word))


def _named_days(m: re.Match[str]) -> str:
    """The average the slope phrase names: its own days, the shorter or longer line, or for 'the
    average' the one named last before it in the sentence ('its 50-day ($245.77) ... and the average is
    flat'); '' when it names both (or none can be told)."""
    if m.group("that"):
        before = _NAMED_AVERAGE.findall(re.split(r"(?<!\d)[.;!?](?!\d)", m.string[:m.start()])[-1])
        return before[-1] if before else "?"
    return m.group("days") or m.group("at") or (
        "50" if m.group("short") or m.group("fast") else "200" if m.group("long") or m.group("slow") else "")


def _slope_of(s: Snapshot, days: str) -> float | None:
    return {"50": s.trend.sma_50_slope_pct, "200": s.trend.sma_200_slope_pct}.get(days)


def _slope_fits(slope: float, word: str, steep: bool) -> bool:
    if _flat_word(word):
        return abs(slope) < FLAT_SLOPE_PCT
    if _RISING_WORD.search(word):
        return slope >= FLAT_SLOPE_PCT if steep else slope > -TURN_SLOPE_PCT
    return slope <= -FLAT_SLOPE_PCT if steep else slope < TURN_SLOPE_PCT


def _slope_word(s: Snapshot, m: re.Match[str]) -> bool | None:
    """The slope word against each average it names ('both': the 50-day and the 200-day)."""
    if m.group("finite") and re.search(r"\band\b", m.group(0)):
        return None  # "above its 50-day and rose 1%": the and-clause's verb is the instrument's own
    named = _named_days(m)
    if named == "?":
        return None  # "the average" with no average named before it in the sentence
    days = (named,) if named else ("50", "200")
    slopes = [slope for slope in (_slope_of(s, d) for d in days) if slope is not None]
    if not slopes:
        return None
    steep = bool(m.group("pre") or m.group("mid") or m.group("post")
                 or m.group("strong"))  # "plunged", "soaring": steep
    word = m.group("word").lower()
    if m.group("denied"):
        return not all(_slope_plainly(slope, word) for slope in slopes)
    told = _told_slope(m, slopes)
    if told is not None:  # its own size told: its way must be the slope's, and a steep word still steep
        return _slope_way_fits(told, word) and _slope_fits(told, word, steep)
    if m.group("bare"):
        return None  # "the 50-day up 2%": a distance or a slope; only the slope's own figure decides
    return all(_slope_fits(slope, word, steep) for slope in slopes)


def _told_slope(m: re.Match[str], slopes: list[float]) -> float | None:
    """The one slope whose size the phrase's own figure gives ('has climbed 0.12%', 'is sliding, up
    0.13%', '200-day down 0.21%'), to its printed decimals; None when the figure is hedged, absent or
    not that slope's."""
    figure = m.group("figure")
    if not figure or m.group("hedge") or len(slopes) != 1:
        return None
    decimals = len(figure.partition(".")[2])
    size = abs(float(figure.replace("\u2212", "-")))
    slope = slopes[0]
    return slope if size > 0 and round(abs(slope), decimals) == size else None


def _slope_way_fits(slope: float, word: str) -> bool:
    """A slope whose own size is told: its word must go its way ('climbed 0.12%' on a 0.12% fall is
    wrong, though a 0.12% fall may loosely be called rising with no figure); a flat word is held as
    ever."""
    if _flat_word(word):
        return abs(slope) < FLAT_SLOPE_PCT
    return slope > 0 if _RISING_WORD.search(word) else slope < 0


DENIED_FLAT_SLOPE_PCT = 0.5
"""A 20-session slope (%) this small is flat beyond any reading: "the 50-day is not flat" on it is wrong.
A denial is held only to what the word plainly is (a slope word alone fits a wider band)."""


def _slope_plainly(slope: float, word: str) -> bool:
    """The slope is plainly what the word says: flat within DENIED_FLAT_SLOPE_PCT, rising or falling at
    least FLAT_SLOPE_PCT ("not rising" on a 2% climb is wrong; on a 0.8% one it is a reading)."""
    if _flat_word(word):
        return abs(slope) < DENIED_FLAT_SLOPE_PCT
    return _slope_fits(slope, word, steep=True)


def _strong_trend_word(s: Snapshot, m: re.Match[str]) -> bool | None:
    month = s.returns.change_1m_pct
    return None if month is None else abs(month) >= STRONG_TREND_MOVE_PCT


def _slope_text(s: Snapshot) -> str:
    t = s.trend
    parts = [f"{n}-day average {v:+.2f}% over 20 sessions"
             for n, v in (("50", t.sma_50_slope_pct), ("200", t.sma_200_slope_pct)) if v is not None]
    return "; ".join(parts) or "no slope computed"


def _range_word(s: Snapshot, m: re.Match[str]) -> bool | None:
    month = s.returns.change_1m_pct
    return None if month is None else abs(month) < RANGE_MOVE_PCT


def _range_text(s: Snapshot) -> str:
    month = s.returns.change_1m_pct
    text = "no 1-month return" if month is None else f"1-month change {month:+.2f}%"
    if s.range is not None:
        text += f"; tightest range {s.range.lower:,.2f}-{s.range.upper:,.2f} over {s.range.sessions} sessions"
    return text


_WEEKDAY = re.compile(r"\b(?P<day>monday|tuesday|wednesday|thursday|friday)s?\b", re.IGNORECASE)
_ELSEWHEN = re.compile(r"\b(?:yesterday|previous|prior|earlier|last (?:week|month|year)|"
                       r"this (?:week|month|year)|"
                       r"for the (?:week|month|year|quarter)|year[- ]to[- ]date|YTD|in \d{4}|sessions ago|"
                       r"days ago|weeks ago)\b", re.IGNORECASE)
"""Words that put a move on another day or period than the session ("opened higher on Monday", "in the
red for the year")."""


def _on_the_session(s: Snapshot, m: re.Match[str]) -> bool:
    """The words are about the session: no other period, and any weekday named is the session's."""
    sentence = m.string
    if _ELSEWHEN.search(sentence):
        return False
    weekday = s.session.strftime("%A").lower()
    return all(day.lower() == weekday for day in _WEEKDAY.findall(sentence))


def _opened_way(s: Snapshot, m: re.Match[str]) -> bool | None:
    """'opened higher' / 'gapped down': the session's open against the previous close."""
    if s.open is None or s.prev_close is None or not _on_the_session(s, m):
        return None
    if m.group("way").lower() in ("higher", "up"):
        return s.open > s.prev_close
    return s.open < s.prev_close


def _open_text(s: Snapshot) -> str:
    return f"open {s.open:,.2f}, previous close {s.prev_close:,.2f}" if s.open is not None and \
        s.prev_close is not None else "no open loaded"


_GAP_BESIDE = re.compile(
    r"\bgap\s+(?P<way>above|over|below|under)\s+(?:the\s+)?(?:(?:previous|prior|last)\s+(?:session's\s+)?|"
    r"yesterday's\s+|(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday)['\u2019]s\s+)close\b", re.IGNORECASE)
"""An opening gap told against the previous close ("opened with a 0.55% gap above Thursday's close"): the
session's open against that close; a weekday named must be the previous session's."""


def _gap_beside(s: Snapshot, m: re.Match[str]) -> bool | None:
    if s.open is None or s.prev_close is None:
        return None
    if m.group("day") and (len(s.recent_sessions) < 2
                           or s.recent_sessions[-2].strftime("%A").lower() != m.group("day").lower()
                           or s.recent_sessions[-1] != s.session):
        return None
    return s.open > s.prev_close if m.group("way").lower() in ("above", "over") else s.open < s.prev_close


_UP_IDIOM = (r"stepped on the gas|steps on the gas|caught a bid|catches a bid|on the front foot|"
             r"(?:finished|ended|closed|settled) in the green|ground (?:higher|out gains)")
_DOWN_IDIOM = (r"gave (?:up )?ground|gives (?:up )?ground|bled (?:lower|out)|bleeds lower|"
               r"on the back foot|(?:finished|ended|closed|settled) in the red|"
               r"hit the brakes|slammed on the brakes")
_DAY_IDIOM = re.compile(rf"\b(?:(?P<up>{_UP_IDIOM})|(?P<down>{_DOWN_IDIOM}))\b", re.IGNORECASE)
"""A day's direction in a figure of speech: "stepped on the gas", "caught a bid", "finished in the green"
(a closing verb: "half my watchlist was in the red" is not the instrument),
"on the front foot" say it rose; "gave ground", "bled lower", "in the red", "hit the brakes" that it
fell."""


def _idiom_way(s: Snapshot, m: re.Match[str]) -> bool | None:
    change = s.returns.change_1d_pct
    if change is None or abs(change) < 0.05 or not _on_the_session(s, m):
        return None
    return change > 0 if m.group("up") else change < 0


def _move_text(s: Snapshot) -> str:
    change = s.returns.change_1d_pct
    return "no 1-day move" if change is None else f"1-day change {change:+.2f}%"


_RSI_TOPIC = leading(re.compile(r"\bRSI\b|\brelative strength index\b", re.IGNORECASE))
_MACD_TOPIC = leading(re.compile(r"\bMACD\b", re.IGNORECASE))
_MACD_SIGNAL_TOPIC = leading(re.compile(r"\bMACD\b(?=.*\bsignal\b)|\bsignal\b(?=.*\bMACD\b)",
                                        re.IGNORECASE | re.DOTALL))
"""A sentence naming the MACD and its signal line: a cross or a roll-over in it is the MACD's."""
_MACD_CROSSED = re.compile(
    r"\b(?:crossed|crosses)\s+(?:back\s+)?(?P<side>above|below|under|over)(?:\s+it\b|(?=\s*(?:[.;!]|$)))"
    r"|\b(?:MACD|momentum|it)\s+(?:has\s+|had\s+)?(?:already\s+|now\s+|just\s+|finally\s+)?"
    r"(?:rolled|rolls)\s+(?P<roll>over)\b",
    re.IGNORECASE)
"""The MACD said to have crossed its signal line in the words after a sentence names both ("MACD 8.49 is
below the signal at 16.37; MACD has already crossed above it", "it has just crossed back above.") or to
have rolled over ("MACD 8.85 is above its signal, so momentum has rolled over"): the line on that side
of its signal now. 'Turned up' is not read: a MACD below its signal may turn up without crossing it."""
_VIX_TOPIC = leading(re.compile(r"\bVIX\b|\bvolatility index\b|\bfear gauge\b", re.IGNORECASE))
_OPEN_TOPIC = leading(re.compile(r"\bopen(?:ed|s|ing)?\b", re.IGNORECASE))
"""A sentence about the session's open: a gap told in it is the opening gap."""
_VOLUME_TOPIC = leading(re.compile(r"\bvolume\b|\bturnover\b", re.IGNORECASE))
_AVERAGES = r"\baverages?\b|\b(?:20|50|200)(?:-day|d|-DMA|DMA)\b|\b(?:S?MAs?)\b"
_AVERAGE_IN_WORDS = (r"(?:moving |simple )?average (?:at|of|over) (?P<days_of>20|50|200) (?:days|sessions)\b|"
                     r"(?P<days_session>20|50|200)-session (?:moving |simple )?average")
"""An average named in other words (translated prose): 'its moving average at 50 days', 'its 50-session
average'."""
_AVERAGES_TOPIC = leading(re.compile(_AVERAGES, re.IGNORECASE))
_SLOPE_TOPIC = leading(re.compile(_AVERAGES + r"|\b(?:50|200) day\b|\bboth (?:\w+ )?lines\b|\bthe "
                                  + _SHORTER_LONGER.replace("?P<", "?P<t_"), re.IGNORECASE))
_ANY = re.compile(r"")


def _rsi_text(s: Snapshot) -> str:
    return "no RSI computed" if s.momentum.rsi_14 is None else f"RSI(14) {s.momentum.rsi_14:.1f}"


def _macd_text(s: Snapshot) -> str:
    m = s.momentum
    return "no MACD computed" if m.macd is None else f"MACD {m.macd:.2f}, signal {m.macd_signal:.2f}"


def _cross_text(s: Snapshot) -> str:
    if s.trend.cross is None:
        return "no cross state (the 200-day average needs 200 sessions)"
    return f"{s.trend.cross.state.value} cross state"


def _average_text(s: Snapshot) -> str:
    t = s.trend
    parts = [f"close {s.close:,.2f}"]
    parts += [f"{n}-day {v:,.2f}" for n, v in (("20", t.sma_20), ("50", t.sma_50), ("200", t.sma_200)) if v]
    return ", ".join(parts)


def _overbought(s: Snapshot, m: re.Match[str]) -> bool | None:
    rsi = _rsi(s)
    return None if rsi is None else rsi >= 70


def _oversold(s: Snapshot, m: re.Match[str]) -> bool | None:
    rsi = _rsi(s)
    return None if rsi is None else rsi <= 30


def _neutral(s: Snapshot, m: re.Match[str]) -> bool | None:
    rsi = _rsi(s)
    return None if rsi is None else 30 < rsi < 70


_RSI_ZONES = (_overbought, _oversold)
"""Words that name the RSI without it: 'A textbook oversold bounce.' after 'RSI 56.4.'"""
_DENIABLE = (_overbought, _oversold, _macd_vs_signal, _vs_average, _vs_past_peak)
"""Readings a plain denial states the opposite of: 'not even oversold', 'has not crossed above its signal',
'the price is no longer above the 50-day'."""


RULES: tuple[WordRule, ...] = (
    WordRule("indicator-mismatch", _RSI_TOPIC, re.compile(r"\boverbought\b", re.IGNORECASE),
             _overbought, _rsi_text, "momentum.rsi_14"),
    WordRule("indicator-mismatch", _RSI_TOPIC, re.compile(r"\boversold\b", re.IGNORECASE),
             _oversold, _rsi_text, "momentum.rsi_14"),
    WordRule("indicator-mismatch", _RSI_TOPIC,
             re.compile(r"\bRSI\b(?:\(\d+\))?[^.;:!?\d]{0,20}?\d+(?:\.\d+)?,?\s+(?:a\s+|still\s+)?neutral\b|"
                        r"\bneutral\s+RSI\b", re.IGNORECASE),
             _neutral, _rsi_text, "momentum.rsi_14"),  # "SPY's RSI is 72.3, neutral": between 30 and 70
    WordRule("indicator-mismatch", _RSI_TOPIC,
             re.compile(r"\b(?:in the |into the |at the )?(?P<pos>low|lower|mid|middle|high|upper)?[- ]?"
                        r"(?:(?P<decade>[1-9]0)s|(?P<word>twenties|thirties|forties|fifties|sixties|seventies|"
                        r"eighties))\b", re.IGNORECASE), _decade, _rsi_text, "momentum.rsi_14"),
    WordRule("indicator-mismatch", _RSI_TOPIC,
             re.compile(r"\b(?P<side>above|below|under|over) (?:the )?(?P<level>30|40|50|60|70)"
                        r"(?![\d%-]|\.\d)", re.IGNORECASE), _threshold, _rsi_text, "momentum.rsi_14"),
    WordRule("indicator-mismatch", _MACD_TOPIC,
             re.compile(r"(?<![\w<>])(?:(?:crossed|crosses|crossing)\s+(?:back\s+)?)?"
                        r"(?P<side>above|below|under|over|<|>) (?:its |the |a |an |their )?"
                        r"(?:[+\-\u2212]?\d+\.\d+ )?signal\b",
                        re.IGNORECASE),
             _macd_vs_signal, _macd_text, "momentum.macd, momentum.macd_signal"),
    WordRule("indicator-mismatch", _MACD_SIGNAL_TOPIC, _MACD_CROSSED, _macd_vs_signal, _macd_text,
             "momentum.macd, momentum.macd_signal"),
    WordRule("indicator-mismatch", _MACD_TOPIC,
             re.compile(r"\bsignal\s+(?:line\s+)?(?:at\s+|of\s+)?[+\-\u2212]?\d+\.\d+,?\s+(?P<side>above|below|under|over)"
                        r"\s+it\b", re.IGNORECASE),
             _macd_vs_signal, _macd_text, "momentum.macd, momentum.macd_signal"),  # "signal 5.83, below it"
    WordRule("indicator-mismatch", _MACD_TOPIC,
             re.compile(r"\bMACD\b(?:\s+(?:line|is|at|of|was|sits))*\s+[+\-\u2212]?\d+\.\d+\s+"
                        r"(?P<side>above|below|under|over)\s+(?P<other>[+\-\u2212]?\d+\.\d+)(?![\d%])",
                        re.IGNORECASE),
             _macd_vs_printed_signal, _macd_text,
             "momentum.macd, momentum.macd_signal"),  # "MACD 4.50 under 3.61": a figure printed as the signal
    WordRule("indicator-mismatch", _MACD_TOPIC,
             re.compile(r"\b(?:MACD|line) (?:is |stays |remains |turned |sits )?(?P<side>positive|negative|"
                        r"above zero|below zero|above the zero line|below the zero line)\b", re.IGNORECASE),
             _macd_sign, _macd_text, "momentum.macd"),
    WordRule("indicator-mismatch", _MACD_TOPIC,
             re.compile(r"\bMACD\b(?:[^.;:!?()]|\.\d){0,40}?,\s+(?:(?:already|now|still|firmly|solidly|well|"
                        r"deeply|clearly|both)\s+)?(?P<side>positive|negative)(?=\s*(?:[.;,)]|$))",
                        re.IGNORECASE), _macd_sign_after, _macd_text, "momentum.macd, momentum.macd_signal"),
    WordRule("indicator-mismatch", _MACD_TOPIC,
             re.compile(r"\bMACD(?:\s+(?:is|looks|turned|remains|stays|reads|still|now|signal))*\s*[:=,]?\s*"
                        r"(?P<side>bearish|bullish)\b|\b(?P<side2>bearish|bullish) MACD\b", re.IGNORECASE),
             _macd_mood, _macd_text, "momentum.macd, momentum.macd_signal"),
    WordRule("indicator-mismatch", _VIX_TOPIC,
             re.compile(r"\b(?:elevated|stressed|spiking|spiked|fearful|jittery|heightened|calm|subdued|"
                        r"quiet|complacent|low-key|muted)\b", re.IGNORECASE), _vix_word,
             lambda s: f"VIX {_vix(s):.2f}" if _vix(s) is not None else "no VIX", "related[^VIX].close"),
    WordRule("indicator-mismatch", _VOLUME_TOPIC,
             re.compile(r"\b(?:hot|heavy|heavier|brisk|above-average|light|thin|lighter|thinner|"
                        r"below-average)\b", re.IGNORECASE), _volume_word,
             lambda s: f"volume {s.volume.volume_ratio:.1f}x the 20-day average"
             if s.volume.volume_ratio is not None else "no volume average", "volume.volume_ratio"),
    WordRule("pattern-mismatch", _ANY, re.compile(r"\bgolden[- ]cross", re.IGNORECASE),
             _cross(CrossKind.GOLDEN), _cross_text, "trend.cross"),
    WordRule("pattern-mismatch", _ANY, re.compile(r"\bdeath[- ]cross", re.IGNORECASE),
             _cross(CrossKind.DEATH), _cross_text, "trend.cross"),
    WordRule("pattern-mismatch", _ANY,
             re.compile(r"\b(?P<first>20|50)-day(?: \(\$?\d[\d,.]*\d\))?(?: \w+){0,4}? "
                        r"(?:is |was |has been |stays |remains |"
                        r"sits |held |holds |trades |crossed |moved )?(?P<side>above|below|under|over) "
                        r"(?:the |its )?(?P<days>50|200)-day", re.IGNORECASE),
             _average_vs_average, _average_text, "trend.sma_*"),
    WordRule("pattern-mismatch", _ANY,
             re.compile(r"(?<!\d% )(?<![\d.]%)\b(?P<side>above|below|under|over|"
                        r"(?:(?<=\bhas )|(?<=\bhad )|(?<=\bhave ))(?:lost|reclaimed|regained)|"
                        r"(?<=\byet to )(?:reclaim|regain|lose)) (?:the |its )"
                        r"(?:(?P<days>20|50|200)-day|(?P<days_short>20|50|200)(?:d|-DMA|DMA)\b|"
                        + _AVERAGE_IN_WORDS + ")", re.IGNORECASE),
             _vs_average, _average_text,
             "snapshot.close, trend.sma_*"),
    WordRule("pattern-mismatch", _ANY,
             re.compile(r"\b(?P<days>20|50|200)-day(?: (?:simple |moving )*(?:average|MA|SMA|line))?"
                        r"(?:,? (?:at|of) \$?\d[\d,]*(?:\.\d+)?,?)? (?:(?:now|still|also) )?"
                        r"(?:is|was|sits|sat|stands|lies|remains|runs|rests|hovers) "
                        r"(?:(?:well|far|just|slightly|comfortably|now|still) )?"
                        r"(?P<side>above|below|under|over|beneath|underneath) (?:the |its |our )?"
                        r"(?:price|close|closing price|last close|fund|index|ETF|spot)\b", re.IGNORECASE),
             _average_vs_close, _average_text, "snapshot.close, trend.sma_*"),
    WordRule("pattern-mismatch", _ANY, _AVERAGE_PCT_VS_CLOSE, _average_vs_close, _average_text,
             "snapshot.close, trend.sma_*"),
    WordRule("pattern-mismatch", _AVERAGES_TOPIC,
             re.compile(r"(?<!\d% )(?<![\d.]%)\b(?:(?:closed|ended|finished|settled|sits|sat) )?"
                        r"(?P<side>above|below|under|over) both"
                        r"(?: (?:of )?(?:the |its )?" + _BOTH_ADJECTIVES + r""
                        r"(?:averages|MAs|SMAs|lines)\b|(?=\s*(?:[,;:.)\u2014]|$|and\b|but\b|while\b))|"
                        r" (?:the |its )?50-day(?: average| MA| SMA| line)?(?: \(\$?\d[\d,.]*\d\))? and "
                        r"(?:the |its )?200-day\b)",
                        re.IGNORECASE), _vs_both_averages, _average_text,
             "snapshot.close, trend.sma_50, trend.sma_200"),
    WordRule("pattern-mismatch", _ANY,
             re.compile(r"\b(?:new|fresh|record)(?P<what> 52-week| all-time| record)? high\b|\b(?:at|hit|set|"
                        r"made|notched|printed|reached|marked) (?:a |an |another )?(?:new |fresh )?"
                        r"(?P<what2>record|all-time) high\b|"
                        r"\b(?:new|fresh)(?P<what3> 52-week| all-time| record)? clos(?:e|ing) "
                        r"(?:high|record|peak)\b|"
                        r"\b(?:new|fresh) (?P<what4>record|all-time|52-week) (?:close|closing level)\b|"
                        r"\b(?:at|hit|set|made|notched|printed|posted|marked) (?:a |an |another )"
                        r"(?P<what5>record|all-time) (?:close|closing level)\b|" + _RECORD_ALONE,
                        re.IGNORECASE),
             _new_high,
             lambda s: f"close {s.close:,.2f}; 52-week high {s.extremes.high_52w:,.2f}", "extremes"),
    WordRule("direction-mismatch", _VIX_TOPIC,
             re.compile(r"\b(?:market\s+|investor\s+)?(?:stress|fear|nerves|anxiety|jitters)\s+"
                        r"(?:(?:has|had|also|quickly|quietly)\s+)?(?P<way>eased|ebbed|faded|cooled|subsided|"
                        r"receded|calmed|rose|grew|increased|climbed|jumped|spiked|returned|flared|picked up|"
                        r"built)\b",
                        re.IGNORECASE), _stress_way, _stress_text, "related ^VIX change_1d_pct"),
    WordRule("pattern-mismatch", _ANY, _PAST_PEAK, _vs_past_peak,
             lambda s: f"close {s.close:,.2f}; record close {s.extremes.all_time_high:,.2f}",
             "snapshot.close"),
    WordRule("pattern-mismatch", _ANY,
             re.compile(r"\b(?:52-week|one-year|12-month|all-time|record) "
                        r"(?:high|low|close|closing high)s?\b", re.IGNORECASE),
             _year_window, _window_text, "snapshot.bars_used"),
    WordRule("pattern-mismatch", _SLOPE_TOPIC, _SLOPE_PHRASE, _slope_word, _slope_text,
             "trend.sma_*_slope_pct"),
    WordRule("pattern-mismatch", _ANY,
             re.compile(r"\b(?:range-bound|range bound|rangebound|trendless|"
                        r"stuck in a (?:tight |narrow )?range|(?:trading|drifting|moving|going) sideways|"
                        r"going nowhere)\b", re.IGNORECASE),
             _range_word, _range_text, "returns.change_1m_pct"),
    WordRule("pattern-mismatch", _ANY,
             re.compile(r"\btrend(?:ing|ed|s)? (?:hard|strongly|sharply|steeply|decisively)\b|"
                        r"\b(?:strongly|sharply|steeply|decisively) trending\b|"
                        r"\bin an? (?:strong|steep|powerful|sharp|decisive) (?:up|down)?trend\b",
                        re.IGNORECASE),
             _strong_trend_word, _range_text, "returns.change_1m_pct"),
    WordRule("pattern-mismatch", _ANY,
             re.compile(r"\b(?:new|fresh)(?: 52-week)? low\b", re.IGNORECASE), _new_low,
             lambda s: f"close {s.close:,.2f}; 52-week low {s.extremes.low_52w:,.2f}", "extremes"),
    WordRule("pattern-mismatch", _ANY, _EXTREME_DENIED, _extreme_denied, _extreme_text, "extremes"),
    WordRule("pattern-mismatch", _ANY, _EXTREME_STATED, _extreme_stated, _extreme_stated_text, "extremes"),
    WordRule("pattern-mismatch", _ANY, _WINDOW_EXTREME, _window_extreme, _window_extreme_text,
             "recent_closes"),
    WordRule("direction-mismatch", _ANY,
             re.compile(r"\b(?:opened|gapped)\s+(?P<way>higher|lower|up|down)\b", re.IGNORECASE),
             _opened_way, _open_text, "snapshot.open, snapshot.prev_close"),
    WordRule("direction-mismatch", _OPEN_TOPIC,
             re.compile(r"\b(?:a|an)\s+(?:(?:[+\-\u2212]?\d+(?:\.\d+)?%|big|small|modest|large|sharp|tiny|slight|"
                        r"huge|clear|decent|little|\w+ly)\s+){0,2}gap[- ](?P<way>up|down|higher|lower)\b",
                        re.IGNORECASE), _opened_way, _open_text, "snapshot.open, snapshot.prev_close"),
    WordRule("direction-mismatch", _ANY, _DAY_IDIOM, _idiom_way, _move_text, "returns.change_1d_pct"),
    WordRule("direction-mismatch", _ANY, _GAP_BESIDE, _gap_beside, _open_text,
             "snapshot.open, snapshot.prev_close"),
)

_RULE_WORDS = WordIndex((
    ("overbought",), ("oversold",), ("neutral",), ("0s", "ties"), ("above", "below", "under", "over"),
    ("signal",),
    ("cross", "rolled over", "rolls over"), ("signal",), ("above", "below", "under", "over"),
    ("positive", "negative", "zero"), ("positive", "negative"), ("bearish", "bullish"),
    ("elevated", "stressed", "spik", "fearful", "jittery", "heightened", "calm", "subdued", "quiet",
     "complacent", "low-key", "muted"),
    ("hot", "heav", "brisk", "above-average", "light", "thin", "below-average"),
    ("golden",), ("death",), ("-day",), ("-day", "average", "0d", "dma"), ("-day",), ("-day",),
    ("both",), ("high", "clos", "record"), ("stress", "fear", "nerves", "anxiety", "jitters"),
    ("record", "top", "peak", "high"),
    ("52-week", "one-year", "12-month", "all-time", "record"),
    ("-day", "0d", "dma", "0-d", "0 day", "average", "both", "ma", "sma", "line"),
    ("range", "trendless", "sideways", "going nowhere"), ("trend",), ("low",),
    ("lowest", "weakest", "worst", "record", "all-time closing", "highest close", "closing high"),
    ("highest", "lowest", "best clos", "worst clos", "strongest clos", "weakest clos", "best finish",
     "worst finish", "strongest finish", "weakest finish", "best settle", "worst settle", "strongest settle",
     "weakest settle"),
    ("highest", "lowest", "best", "worst", "strongest", "weakest"),
    ("opened", "gapped"), ("gap up", "gap down", "gap-up", "gap-down", "gap higher", "gap lower"),
    ("gas", "bid", "front foot", "back foot", "in the green", "in the red", "ground", "bled", "bleeds",
     "brakes"),
    ("gap above", "gap below", "gap under", "gap over"),
))
"""For each rule, words one of which an ASCII sentence must hold for its word pattern to match."""
assert _RULE_WORDS.size == len(RULES)
RULES = tuple(replace(rule, word=leading(rule.word)) for rule in RULES)
"""Each word pattern turns away the positions no match can start at (lookahead.py)."""


def check_words(sentence: str, section: str, ctx: VerifyContext, subject: Snapshot | None = None, *,
                only_topics: tuple[str, ...] = (), previous: str = "", following: str = "") -> list[Finding]:
    """Indicator and pattern words in one sentence, against the subject's snapshot.

    `only_topics=("vix",)` limits the rules to the VIX (for sentences about an
    instrument whose own readings are not at hand). `previous` is the paragraph's
    sentence before: an RSI named there is the topic of a bare 'oversold' here; `following` the one
    after, which names the topic of a question answered here ('Is QQQ overbought? Yes. RSI is 65.6.').
    """
    snapshot = subject or ctx.snapshot
    text = unquoted(sentence) if "[" in sentence and CITATION.search(sentence) else _unquote_marks(sentence)
    findings = []
    topics: dict[re.Pattern[str], bool] = {}  # several rules share a topic: each is searched once
    carried: str | None = None
    for n in _RULE_WORDS.candidates(folded(text)):
        rule = RULES[n]
        if only_topics and rule.topic is not _VIX_TOPIC:
            continue
        on_topic = topics.get(rule.topic)
        if on_topic is None:
            on_topic = topics[rule.topic] = rule.topic.search(text) is not None
        if not on_topic and rule.holds in _RSI_ZONES:
            if carried is None:
                carried = previous + ("\n" + following if _ANSWERED_YES.search(text)
                                      or _bare_verdict(text, following) else "")
            on_topic = rule.topic.search(carried) is not None or _ZONE_DEFINED.search(previous) is not None
        if not on_topic:
            continue
        for match in rule.word.finditer(text):
            cross = rule.source == "trend.cross"
            said = denial(text, match, sentence) if rule.holds in _DENIABLE \
                and not _compares_averages(text, match, rule) else None
            absent = (cross or rule.holds in _EXTREMES) and negated(text, match) or said is not None
            if not absent and _volume_average(text, match, rule):
                if not _not_a_claim(text, match, rule):  # "on volume above its 20-day average would ..."
                    findings.extend(_volume_side(snapshot, match, section))
                continue
            if absent:
                said = said or _negated_span(text, match, sentence)
                holds = _absent_holds(rule, snapshot, match)  # "no golden cross" is a claim too
            elif _not_a_claim(text, match, rule) or _own_volume_average(text, match, rule):
                continue
            else:
                holds = rule.holds(snapshot, match)
            if holds is False:
                span = said or _answer(text, match) or match.group(0).strip()
                verdict = "said to be absent, but it is there" if absent else "does not fit the data"
                if span != match.group(0).strip() and not said:
                    verdict = f"(to '{match.group(0).strip()}') {verdict}"
                elif not said and rule.family == "pattern-mismatch":
                    span = _with_state_word(text, match)
                findings.append(finding(rule.family, f"'{span}' {verdict}", section=section, span=span,
                                        expected=rule.expected(snapshot), source=rule.source))
    return findings


_EXTREMES = (_new_high, _new_low)
"""New highs and lows a plain negation denies ('no fresh 52-week low', 'not a new high'): the denial is
a claim too."""


def _absent_holds(rule: WordRule, snapshot: Snapshot, match: re.Match[str]) -> bool | None:
    if rule.source == "trend.cross" and snapshot.trend.cross is None:
        return True  # no cross state: no cross of either kind is there
    present = rule.holds(snapshot, match)
    return None if present is None else not present


def _unquote_marks(sentence: str) -> str:
    """Quotation marks blanked, their words kept: an unattributed quote is the article's own claim."""
    if '"' not in sentence and "\u201c" not in sentence:
        return sentence
    return QUOTE.sub(lambda m: " " + m.group(0)[1:-1] + " ", sentence)


_CLAUSE_BREAK = leading(re.compile(r"[;:,.()\u2014]|\bbut\b|\bwhile\b"))
_CLAUSE_OR_AND = leading(re.compile(r"[;:,.()\u2014]|\bbut\b|\bwhile\b|\band\b"))
_SENTENCE_CLAUSE = leading(re.compile(r"[;:\u2014]|\.(?!\d)|\bbut\b|\bwhile\b"))
_PHRASE_BREAK = re.compile(r"[;:,.()\u2014]")
"""Where the words before or after a match stop belonging to its clause (compiled once)."""
_ABSENT_AFTER = re.compile(r"^(?:\s+(?:of|from|on|in|since|dated)\s+[\w ,]{3,25}?|\s*\([^()]{1,30}\))?"
                           r"\W*(?:\w+\W+){0,3}?(?:is |are |remains |stays )?(?:still |so far )?"
                           r"(?:(?:technically|officially|now|effectively) )?"
                           r"(?:absent|missing|nowhere to be seen|"
                           r"no longer (?:in place|intact|valid|in force|in effect|active|standing|stands|"
                           r"holds|applies|exists|there|alive)|"
                           r"not (?:yet )?(?:in place|formed|confirmed|here)|"
                           r"yet to (?:form|appear|arrive)|has yet to|have yet to|"
                           r"hasn't (?:formed|appeared|happened)|ruled out)\b", re.IGNORECASE)
_UNDONE = r"(?:undone|reversed|negated|erased|cancell?ed|unwound|wiped out)\b"
_UNDONE_AFTER = re.compile(r"^(?:(?:\s+(?:of|from|on|in)\s+[\w ,]{3,25}?)?,?\s+(?:has|have|had)\s+"
                           r"(?:since\s+|now\s+|already\s+)?(?:been\s+)?|"
                           r"[^;:.?!()]{0,60}?,?\s+(?:and|but)\s+(?:it|that)\s+(?:has|had)\s+"
                           r"(?:since\s+|now\s+|already\s+)?been\s+)" + _UNDONE, re.IGNORECASE)
"""'the golden cross of July 18, 2025 has since been undone', 'the death cross arrived on October 15, and it
has already been undone': the cross said to be gone."""
_NEGATED_BEFORE = re.compile(r"\b(?:no|not|nor|never|without|lacks?|lacking|absence of|no sign of|"
                             r"nowhere near|"
                             r"isn't|wasn't|is not|was not|"
                             r"(?:(?:yet|failed) to|did not|didn't|never) "
                             r"(?:form|see|print|confirm|produce))\b"
                             r"(?:\s+(?:longer|stayed|remained|been|become|still))?"
                             r"(?:\s+(?:a|an|the|any|yet|sign of|classic|confirmed|\w+))?\s*$",
                             re.IGNORECASE)
"""'no golden cross', 'not a death cross', 'has not stayed a golden cross', 'is no longer a golden cross'."""


_DENIED_BEFORE = re.compile(
    r"\b(?:(?:(?:did|does|do|has|have|had)\s+)?(?:not|isn't|wasn't|aren't|weren't|hasn't|haven't|hadn't|didn't|"
    r"no longer|neither|nor|never|failed to|yet to)\s+"
    r"(?:(?:even|yet|quite|really|technically|officially|been|crossed|moved|gone|risen|climbed|dropped|"
    r"fallen|slipped|pushed|broken|closed|close|finished|finish|ended|end|settled|settle|traded|trading|trade|"
    r"trades|sits|sit|sat|sitting|stands|lies|rests|hovers|slip|dip|fall|drop|sink|"
    r"got|get|stayed|stay|held|hold|reached|reach|a|an|the|in|into)\s+){0,3}|"
    r"nowhere (?:near|close to)\s+(?:\w+\s+)?)$",
    re.IGNORECASE)
"""A plain denial right before a reading: 'not even', 'has not crossed', 'did not close', 'failed to
close', 'has yet to reach', 'neither ... nor', 'never got' (of a state: 'did not cross' an event is
not read)."""


def denial(text: str, match: re.Match[str], sentence: str) -> str | None:
    """'not even oversold', 'has not crossed above its signal', 'no longer under its signal', 'nowhere near
    oversold': a plain denial, read as the opposite claim (hedges such as 'short of', 'near' or 'far
    from' are not denials and stay skipped); the words said,
    from `sentence` (`text` is it with quotation marks blanked, at the same offsets)."""
    before = _CLAUSE_BREAK.split(text[:match.start()])[-1]
    said = _DENIED_BEFORE.search(before)
    if said is None or _HYPOTHETICAL.search(before[:said.start()] + " " + before[said.end():]):
        return None
    end = match.end() + (sentence[match.end():match.end() + 1] in ('"', "\u201d"))  # its closing mark
    return sentence[match.start() - len(before) + said.start():end].strip()


def negated(text: str, match: re.Match[str]) -> bool:
    """'no death cross', 'Golden Cross still absent': the words say the pattern is not there."""
    before = _CLAUSE_BREAK.split(text[:match.start()])[-1]
    after = text[match.end():]
    return bool(_NEGATED_BEFORE.search(before) or _ABSENT_AFTER.match(after) or _UNDONE_AFTER.match(after))


def _negated_span(text: str, match: re.Match[str], sentence: str) -> str:
    """The pattern with the words that deny it: 'not a new 52-week low', 'golden cross of July 18, 2025
    has since been undone' (from `sentence`; `text` is it with quotation marks blanked)."""
    start, end = match.start(), match.end()
    before = _CLAUSE_BREAK.split(text[:start])[-1]
    said = _NEGATED_BEFORE.search(before)
    if said is not None:
        start -= len(before) - said.start()
    else:
        after = _ABSENT_AFTER.match(text[end:]) or _UNDONE_AFTER.match(text[end:])
        end += after.end() if after is not None else 0
    return sentence[start:end].strip()


_NAMED_AS = re.compile(r"(?:\b(?:is|are|gets?|)\s*(?:called|termed|labell?ed|known as|defined as|"
                       r"referred to as)"
                       r"|\b(?:20|25|30|70|75|80)(?:\s+(?:line|level|mark|threshold|band))?\s+"
                       r"(?:that|which)\s+(?:(?:people|traders|analysts|technicians|many|most|some|we|you)\s+)?"
                       r"(?:(?:like|tend|love|prefer|used)\s+to\s+|usually\s+|often\s+|commonly\s+)?"
                       r"(?:marks?|signals?|denotes?|defines?|call|calls|flags?))\s+(?:an?\s+)?$",
                       re.IGNORECASE)
"""A definition naming the word ("above 70 is called overbought", "the 70 line that marks overbought",
"the 70 that people like to call overbought"): the term defined, not a claim. A relative clause
defines only right after a threshold ("56.4, which traders call overbought" is a claim)."""


_ZONE_DEFINED = re.compile(_NAMED_AS.pattern[:-len(r"$")] + r"(?:overbought|oversold)\b", re.IGNORECASE)
"""The sentence before defines the RSI's zones ("above 70 is called overbought"): a bare zone word
right after it ("Today: 56.4, overbought.") is about the RSI."""
_NAMED_AS = leading(_NAMED_AS)  # see lookahead.py


_AVERAGE_SUBJECT = re.compile(r"\b(?:20|50)(?:-day|d|-DMA|DMA)\b")
_AVERAGE_OBJECT = re.compile(r"\b(?:above|below|under|over|beneath) (?:the |its )"
                             r"(?:20|50)(?:-day|d|-DMA|DMA)\b", re.IGNORECASE)
_PRICE_SUBJECT = re.compile(r"\b(?:px|price|the close|spot|last)\b(?![- ]?(?:\d|[<>=]))", re.IGNORECASE)
"""The close named after the averages of a sheet's line ('20d 469.16 / 50d 467.61   px no longer above the
50d'): the subject of the side word is the price again, not an average."""
_AVERAGE_OBJECT_BEFORE = re.compile(r"\b(?:above|below|under|over|beneath) (?:the |its )$", re.IGNORECASE)
"""'the 50-day is above the 200-day' compares two averages; in 'trades 4.85% above its 50-day average and
just below its 200-day' the 50-day is the close's other reference, and the 200-day's side is the close's."""


def _compares_averages(text: str, match: re.Match[str], rule: WordRule) -> bool:
    """Words whose sides are not the close's: "above its 50-day and just above its 200-day" holds the close
    against each (not a cross); "the 50-day is above the 200-day" compares averages (not the close)."""
    before = text[:match.start()]
    if rule.holds is _average_vs_average and _AVERAGE_OBJECT_BEFORE.search(before):
        return True
    if _CLOSE_VERB.match(match.group(0)):
        return False  # "..., and IWM closed below both its 50-day and 200-day": the close's side
    clause = _AVERAGE_OBJECT.sub(" ", _SENTENCE_CLAUSE.split(before)[-1])
    averages = list(_AVERAGE_SUBJECT.finditer(clause))
    return rule.holds in (_vs_average, _vs_both_averages) and bool(averages) and not _PRICE_SUBJECT.search(
        clause, averages[-1].end())


_CLOSE_VERB = re.compile(r"(?:closed|ended|finished|settled)\b", re.IGNORECASE)
_DEFINED_AFTER = re.compile(r"\s*(?:(?:usually|typically|normally|generally|simply|just)\s+)?"
                            r"(?:means|refers to|describes|is defined as|is when)\b", re.IGNORECASE)
"""The word as the subject of its definition ("overbought usually means above 70"): a term, not a claim."""


_VOLUME_FIGURE = (r"\d[\d,]*(?:\.\d+)?\s*(?:million|mn|billion|bn|thousand|[MKk]\b)(?:\s+shares)?"
                  r"|\d[\d,]*\s+shares")
_VOLUME_AVERAGE_AFTER = re.compile(
    r"\s*(?:(?:simple|moving|daily|volume|trading)\s+)*(?:average|mean|avg\.?|norm)\b"
    r"(?:\s+(?:volume|turnover))?\s*(?:of|at|,|\(|=|:)?\s*(?:(?:about|around|roughly|some|just|only)\s+)?"
    rf"(?:{_VOLUME_FIGURE})", re.IGNORECASE)
_VOLUME_BEFORE = re.compile(
    rf"(?:\b(?:volume|turnover)\b|{_VOLUME_FIGURE})(?P<gap>[^;:.!?\u2014]{{0,60}})$", re.IGNORECASE)
_VOLUME_BEFORE = leading(_VOLUME_BEFORE)  # see lookahead.py
_PRICE_IN_GAP = re.compile(r"\b(?:and|but|while|clos\w*|finish\w*|ended|settled|price|fund|index|ETF|it|"
                           r"stock|shares\s+(?:closed|ended|finished|rose|fell))\b|\$", re.IGNORECASE)
"""The volume held against its own average ("Volume, 73.0 million shares, was only slightly above the
20-day average of 66.3 million", "turnover was below the 20-day mean"): the average of the shares
traded, not the price's moving average. Read from the average's own figure after it (a count of
shares) or from the volume as the clause's subject, with no price verb or other subject between."""


def _volume_average(text: str, match: re.Match[str], rule: WordRule) -> bool:
    if rule.holds is not _vs_average:
        return False
    if _VOLUME_AVERAGE_AFTER.match(text, match.end()) is not None:
        return True
    volume = _VOLUME_BEFORE.search(text, max(0, match.start() - 120), match.start())
    return volume is not None and _PRICE_IN_GAP.search(volume.group("gap")) is None


def _volume_side(snapshot: Snapshot, match: re.Match[str], section: str) -> list[Finding]:
    """The volume's side of its 20-day average ('volume, 27.5 million shares, was above the 20-day
    average of 29.3 million' when it was below): a direction-mismatch on the side word. Another window's
    average is not computed (nothing to hold it to)."""
    side = match.group("side").lower()
    days = match.group("days")
    volume, average = snapshot.volume.volume, snapshot.volume.avg_volume_20
    if days != "20" or side not in ("above", "over", "below", "under") or not volume or not average:
        return []
    if (volume > average) == (side in ("above", "over")):
        return []
    actual = "above" if volume > average else "below"
    return [finding("direction-mismatch", f"'{side}' the 20-day average: volume {volume / 1e6:.1f}M is "
                    f"{actual} its 20-day average of {average / 1e6:.1f}M", section=section,
                    span=match.group("side"),
                    expected=f"{actual} (volume {volume / 1e6:.1f}M, 20-day average {average / 1e6:.1f}M)",
                    source="volume.volume, volume.avg_volume_20")]


def _own_volume_average(text: str, match: re.Match[str], rule: WordRule) -> bool:
    """"Volume was above the 20-day average of 66.3 million": an average counted in shares is the volume's
    own (read by `_volume_average` when the volume is the clause's subject), not the price's."""
    return rule.holds is _vs_average and _VOLUME_AVERAGE.match(text, match.end()) is not None


def _not_a_claim(text: str, match: re.Match[str], rule: WordRule) -> bool:
    before = text[:match.start()]
    if _NAMED_AS.search(before[-40:]) or _DEFINED_AFTER.match(text, match.end()):
        return True
    if _compares_averages(text, match, rule):
        return True
    if rule.holds is _threshold and (_ZONES_DEFINED.search(text) or _ZONE_BEFORE.search(before[-30:])) \
            or rule.holds in _RSI_ZONES and _ZONE_NAMED.search(before[-60:]):
        return True  # "RSI readings above 70 are usually called overbought, below 30 oversold": a definition
    if rule.holds is _threshold and _ANY_RSI.search(before[-60:]):
        return True  # "those words for an RSI past 70 or under 30": any RSI, not this one
    if rule.family == "indicator-mismatch" and (_NEGATION.search(before[-40:]) or _asked(text, match)):
        return True
    if rule.family in ("indicator-mismatch", "pattern-mismatch") and _DENIED_AFTER.match(text, match.end()):
        return True  # 'they called 56.4 "overbought", which it is not'

    if _polled(text, match):
        return True
    if rule.family == "pattern-mismatch" and _asked(text, match) and _QUESTION_OPENS.match(text):
        return True  # "Isn't it below the 50-day now?" asks; the answer after it says
    clause = _CLAUSE_OR_AND.split(before)[-1]
    if rule.family == "pattern-mismatch" and _CLAUSE_NEGATION.search(clause):
        return True
    if _conditions_listed(before):
        return True
    return bool(_HYPOTHETICAL.search(clause) or _HYPOTHETICAL.search(_clause_after(text, match)))


def _conditions_listed(before: str) -> bool:
    """The match stands in a list that a clause of what it would take opens with a colon ("Two things
    would make it a trade: a break below the 200-day and the average itself turning down"): each item is
    a condition, not a claim. A plain 'if' before a colon ("but if we keep it: the price is ...") opens
    statements, so it does not count."""
    head, colon, _ = re.split(r"(?<!\d)[.!?](?!\d)", before)[-1].rpartition(":")
    return bool(colon) and _WHAT_IT_TAKES.search(head.split(",")[-1]) is not None


_WHAT_IT_TAKES = re.compile(
    r"\b(?:would|could|will|must)\s+(?:make|turn|take|need|change|confirm|flip)\b|"
    r"\b(?:it|that|this|a trade|the trade|a long|a short|the call) (?:needs|requires|takes)\b|"
    r"\b(?:conditions|triggers) (?:for|to)\b", re.IGNORECASE)


_ANY_RSI = re.compile(r"\b(?:an?|any|every) (?:\d+-day )?RSI(?:\(14\))?(?: (?:reading|value|print))?\b"
                      r"[^.;:!?]*$", re.IGNORECASE)
"""An RSI named with 'an', 'any' or 'every' is a reading in general, not the instrument's own."""
_ZONES_DEFINED = re.compile(r"\b(?:above|over|below|under)\s+\d{2}\s+(?:is|are)\s+"
                            r"(?:(?:usually|typically|often|commonly|generally|normally|widely|traditionally)\s+)?"
                            r"(?:called|considered|deemed|labell?ed|seen as|read as|regarded as|treated as|"
                            r"taken as|viewed as)\s+(?:an?\s+)?(?:overbought|oversold)\b",
                            re.IGNORECASE)
"""A threshold said to be what a zone is called ("readings above 70 are usually called overbought"): the
sentence's thresholds define the zones ("..., below 30 oversold"), they tell no reading's side."""
_ZONE_BEFORE = re.compile(r"\b(?:zone|territory|area|region|band|camp)\s*$", re.IGNORECASE)
"""A zone named by its threshold ("not yet in the overbought zone above 70"): the zone, not the reading's
side of the line."""
_ZONE_NAMED = re.compile(_ZONES_DEFINED.pattern.removesuffix(r"(?:overbought|oversold)\b") + "$",
                         re.IGNORECASE)
"""The zone word of such a definition ("an RSI over 70 is considered overbought")."""
_VOLUME_AVERAGE = re.compile(r"\s*(?:volume\s+)?(?:average|avg\.?|mean)\s+(?:of\s+|at\s+)?"
                             r"(?:about\s+|some\s+)?"
                             r"\d[\d,.]*\s*(?:million|mln|mn|M|K|k|shares)\b", re.IGNORECASE)
"""An average counted in shares after the side word's average ("above the 20-day average of 66.3 million"):
the volume's average, not the price's."""
_DENIED_AFTER = re.compile(r"[\"'\u201d\u2019*]*\s*,?\s*(?:which|what|something|though|but|and|yet)\s+"
                           r"(?:it|that|this|he|she|they|the\s+\w+)\s+(?:is|was|are|were)(?:n't|\s+not)\b"
                           r"(?!\s+(?:only|just|merely|simply|yet)\b)", re.IGNORECASE)
"""A word someone else used, denied right after it ('they called RSI 56.4 "overbought", which it is not',
'a "golden cross", but it isn't'): a word reported and refuted, not the text's claim ('overbought,
which it is not only ...' affirms)."""
_CLAUSE_NEGATION = re.compile(r"\b(?:not|no|nor|never|without|nowhere|nobody|no one)\b", re.IGNORECASE)
_CLAUSE_NEGATION = leading(_CLAUSE_NEGATION)  # see lookahead.py
_ANSWERED_YES = re.compile(r"\?\W*(?:yes|yep)\b", re.IGNORECASE)
"""A question answered 'Yes' in its own sentence: the sentence after says what was asked about."""
_SPEAKER = re.compile(r"^[^:.?!]{1,32}:\s+")
_LETTER_COUNT = re.compile(r"\(\d{1,2}(?:,\s*\d{1,2})*\)")
_DIGIT = re.compile(r"\d")


def _bare_verdict(text: str, following: str) -> bool:
    """A zone word standing alone as a verdict, after a speaker's or a clue's label ("Overbought.",
    "Agent: Yes, deeply oversold.", "15 Across: Overbought (10)."): a sentence of at most five words
    and no figure, whose reading the sentence after gives ("The RSI is 48.4."). Not a heading naming
    both zones ("Overbought and oversold."), nor one whose next sentence says the zone words itself
    (a definition: "Readings above 70 are called overbought")."""
    body = _LETTER_COUNT.sub(" ", _SPEAKER.sub("", text.replace("*", ""), count=1))
    if _DIGIT.search(body) is not None or len(body.split()) > 5:
        return False
    return len(_ZONE_WORD.findall(body)) == 1 and _ZONE_WORD.search(following) is None


_ZONE_WORD = re.compile(r"\b(?:overbought|oversold)\b", re.IGNORECASE)


_QUESTION_AFTER = re.compile(r"^[^.!?;]{0,60}\?(?P<answer>\W*(?:no|not|nope|yes|yep)\b)?", re.IGNORECASE)


_QUESTION_OPENS = re.compile(r"^\W*(?:\w{1,20}\s*:\s*)?"
                             r"(?:is|isn't|isnt|are|aren't|was|wasn't|has|hasn't|did|didn't|does|doesn't|"
                             r"could|couldn't|can|can't|will|won't|so\s+is|but\s+isn't)\b", re.IGNORECASE)
"""A sentence that opens as a yes-no question ("Isn't it below the 50-day now?", after a label such as
"Q:")."""


_QUESTION_TURNS = re.compile(r",\s*(?:so|and|but|then)\s+(?:is|are|was|were|do|does|did|should|shall|can|"
                             r"could|will|would|has|have)\b", re.IGNORECASE)
"""A statement whose clause ends before a question starts ("the RSI says overbought, so is it time?"): the
word is stated, only what follows is asked."""


def _asked(text: str, match: re.Match[str]) -> bool:
    """'Is SPY overbought?' asks; it claims nothing unless answered 'Yes' ('Is SPY overbought? No.')."""
    question = _QUESTION_AFTER.match(text[match.end():])
    if question is None or _QUESTION_TURNS.search(question.group(0)):
        return False
    answer = (question.group("answer") or "").strip(" *_\"'\u201d").lower()
    return not answer.startswith("y")


def _polled(text: str, match: re.Match[str]) -> bool:
    """The word asked in a poll's question ("new high next week? Yes 9 / No 5"): the 'Yes' is an option
    with its votes, or the question is about a time still ahead: no claim either way."""
    question = _QUESTION_AFTER.match(text[match.end():])
    if question is None or not question.group("answer"):
        return False
    return _VOTES_AFTER.match(text, match.end() + question.end()) is not None \
        or _STILL_AHEAD.search(question.group(0)) is not None


_VOTES_AFTER = re.compile(r"\s*[:=\-]?\s*\d")
"""A count right after the answer ("Yes 9 / No 5"): a poll's option and its votes, no answer."""
_STILL_AHEAD = re.compile(r"\b(?:next\s+(?:week|month|year|session|quarter)|tomorrow|by\s+year-end)\b",
                          re.IGNORECASE)
"""A question about a time still ahead ("new high next week?"): the data holds no answer to it yet."""


_STATE_WORD = re.compile(r"\b(?:now|already|still|just|again|back)\s+$", re.IGNORECASE)
"""A state word right before a pattern's words ('is now below its 50-day', 'already above its 20-day',
'just over its 50-day'): part of the claim, and the words a writer turns."""


_TO_THE_SIDE = re.compile(r"(?:\b\d+(?:\.\d+)?%|\b(?:slipped|slid|fell|dropped|dipped|sank|moved|climbed|"
                          r"rose|pushed|crept|edged))\s+$", re.IGNORECASE)
"""What puts the close on an average's side right before the side's words: its distance ('0.51% above its
50-day') or a move's verb ('It slipped below its 50-day'), both the claim's words a writer turns ('closed'
stays outside: 'closed under' turns on 'under')."""


def _with_state_word(text: str, match: re.Match[str]) -> str:
    words = match.group(0).strip()
    if words != match.group(0).lstrip():
        return words
    state = _STATE_WORD.search(text, max(0, match.start() - 10), match.start())
    start = state.start() if state else match.start()
    side = _TO_THE_SIDE.search(text, max(0, start - 14), start) if "-day" in words else None
    start = side.start() if side else start
    return f"{text[start:match.start()]}{words}"


def _answer(text: str, match: re.Match[str]) -> str | None:
    """'Yes' answering the question the word is asked in ('Is QQQ overbought? Yes.'): the claim's words."""
    question = _QUESTION_AFTER.match(text[match.end():])
    answer = question.group("answer") if question is not None else None
    return answer.strip(" *_\"'\u201d") if answer and answer.strip(" *_\"'\u201d").lower().startswith("y") \
        else None


def _clause_after(text: str, match: re.Match[str]) -> str:
    return _PHRASE_BREAK.split(text[match.end():], maxsplit=1)[0]


# --- move words without a figure ("the S&P 500 rose on Tuesday") -----------------------------------

_MOVE_VERB = re.compile(
    r"^(?P<gap>[\s,()'\u2019s]*(?:shares\s+|also\s+|still\s+|just\s+)?)"
    r"(?P<verb>(?:closed|finished|ended|settled|traded|moved|edged|inched|ticked) "
    r"(?:higher|lower|up|down|flat)|"
    r"(?:was|were|closed|finished|ended) (?:flat|unchanged|little changed)|rose|fell|gained|lost|climbed|"
    r"slipped|dropped|declined|advanced|rallied|tumbled|slid|sank|retreated|rebounded|jumped|surged)\b",
    re.IGNORECASE)
_OTHER_PERIOD = re.compile(r"\b(?:month|week|year|YTD|since|quarter|over the past|in \d{4}|tomorrow|"
                           r"yesterday|previous|prior|earlier|last \w+day|sessions|days)\b", re.IGNORECASE)
_FLAT_LATER = re.compile(r"^(?P<gap>[^;,]{0,50},\s*(?:virtually |essentially |nearly |roughly )?)"
                         r"(?P<verb>unchanged|flat|little changed)\b", re.IGNORECASE)
_FIGURE_NEXT = re.compile(r"^\s*(?:by\s+)?[+\-\u2212]?\$?\d[\d,.]*\s*(?:%|pp|bp|percent)")
_UP_VERBS = ("higher", "up", "rose", "gained", "climbed", "advanced", "rallied", "rebounded", "jumped",
             "surged")


_LEAD_CLAUSE = re.compile(r"[;]|(?<!\d)\.(?!\d)")


def check_move_words(sentence: str, section: str, ctx: VerifyContext) -> list[Finding]:
    """An instrument said to rise, fall or sit flat on the session, with or without a figure."""
    text = unquoted(sentence)
    findings = []
    for mention in ctx.lexicon.mentions(text):
        match = _MOVE_VERB.match(text[mention.end:]) or _FLAT_LATER.match(text[mention.end:])
        if match is None or len(mention.symbols) != 1 and ctx.symbol not in mention.symbols:
            continue
        symbol = mention.symbols[0] if len(mention.symbols) == 1 else ctx.symbol
        change = ctx.fact(symbol, "change_1d_pct")
        rest = text[mention.end + match.end():]
        if change is None or _FIGURE_NEXT.match(rest) or _OTHER_PERIOD.search(re.split(r"[;.]", rest)[0]) \
                or _HYPOTHETICAL.search(text[:mention.start]):
            continue  # a figure right after the verb is a claim of its own (values.py)
        lead = _LEAD_CLAUSE.split(text[:mention.start])[-1]
        frame = ""
        if _OTHER_PERIOD.search(lead):  # "Over the past 15 sessions IWM slipped": not the session's move
            window = window_sessions(lead)
            computed = window_return(ctx, symbol, window) if window is not None else None
            if computed is None:
                continue
            change, frame = computed.fact, f" over the past {window} sessions"
        value = float(change.value)  # type: ignore[arg-type]
        verb = match.group("verb").lower()
        flat = any(word in verb for word in ("flat", "unchanged", "little changed"))
        up = any(verb.endswith(word) or verb == word for word in _UP_VERBS)
        wrong = abs(value) >= 0.05 if flat else (abs(value) >= 0.05 and (value > 0) != up)
        if wrong:
            span = f"{mention.text} {match.group('verb')}".replace("  ", " ")
            findings.append(finding("direction-mismatch", f"'{span}' but {symbol} moved "
                                    f"{change.printed('signed')}{frame or ' on the session'}",
                                    section=section, span=span, expected=f"{'up' if value > 0 else 'down'} "
                                    f"{change.printed('abs')}", source=f"{symbol}: {change.source}"))
    return findings
