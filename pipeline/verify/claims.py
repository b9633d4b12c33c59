"""Claims: each printed figure with its unit, its subject and what it claims to be.

A claim reads the words around a number: who it is about (the instrument
mentioned just before it), what it names ("RSI(14) reads 48.2" is the RSI;
"closed at $244.30" is the close; "up 1.90%" is a one-day move), its direction
word ("fell", "+", "below the 50-day") and whether it sits inside a quotation
(a source's words, traced to that source instead).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from enum import StrEnum

from ..contracts import InstrumentKind
from .average_moves import average_of
from .lookahead import leading
from .memo import TextMemo
from .number_words import READING_ADJECTIVE
from .numbers import (
    CITATION,
    QUOTE,
    PrintedNumber,
    WordIndex,
    any_word,
    blank_spans,
    find_numbers,
    folded,
    word_trie,
)
from .subjects import Lexicon, Mention, compared_against


class ClaimKind(StrEnum):
    LEVEL = "level"  # a price level: close, average, support, max pain
    CHANGE = "change"  # a move over a period
    INDICATOR = "indicator"  # RSI, MACD, ATR
    STREAK = "streak"  # a count of sessions in a row
    DIVERGENCE = "divergence"  # a gap between two moves (pp, bp)
    RANGE = "range"  # a bound of a zone or range "241.00-249.26"
    DISTANCE = "distance"  # a % distance from a level or average
    SETUP = "setup"  # entry, stop, target, reward/risk
    SCORE = "score"  # Pulse, threat level
    VALUE = "value"  # any other figure


@dataclass
class Claim:
    number: PrintedNumber
    sentence: str
    section: str
    kind: ClaimKind
    subject: tuple[str, ...] | None  # symbols: one exact, several a family; None when unattributed
    strong: bool  # the subject is named right before the figure
    names: str | None  # the fact the words name, from the subject's side: 'close', 'rsi_14', ...
    direction: int  # +1 up words / +, -1 down words / -, 0 none
    flat: bool  # 'flat', 'unchanged'
    relation: str | None  # 'above' / 'below' right after the figure
    reference: str | None  # what the relation is to: 'close', 'sma_50', 'high_52w', ...
    period: str | None  # 1d, 5d, 1m, ytd, mtd, since, past when the words say so
    quoted: bool
    inherited: bool = False  # the subject is the paragraph's running subject, not named in the sentence
    attributed: bool = False  # a level or forecast another source gives ("analysts see support at...")
    window: int | None = None  # sessions a "past N sessions/weeks/months" frame covers (or a count names)
    average: int | None = None  # the days of a moving average whose own move the figure is
    run: bool = False  # the total of the current run of closes ("3rd up day, 1.00% over the run")
    misquoted: bool = False  # inside quotation marks its cited source does not print (citations.py)
    aside: bool = False  # its paragraph names no instrument and no market word (asides.py)
    running: tuple[str, ...] | None = None  # the paragraph's running subject (another than the article's)

    @property
    def span(self) -> str:
        return self.number.text


# Words allowed between a subject and its figure for the figure to be that subject's.
_LINK_WORDS = tuple("""
    closed ended finished settled closes ends finishes settles itself traded trades trading was is were
    are stood stands sits sat rose
    fell gained lost added shed slipped climbed jumped dropped sank rallied advanced declined eased
    edged inched tumbled slid hard retreated surged ticked firmed up down higher lower at to by near
    around about above below under over holding held hovering the session day on shares of its index
    ETF fund a an gain loss move which that finishing closing ending still just Monday Tuesday
    Wednesday Thursday Friday today also while with level print prints printed printing reading read
    reads quote quoted line value price only some roughly approximately leaves left breaks broke tests
    tested holds reclaims reclaimed clears cleared hits hit touched nears neared breached approaches
    approached inside within range band managed eked out mustered measly modest mere paltry slim
    scant meager meagre gave gives given giving back did even better worse fared nearly almost
""".split())
_LINK = f"(?:{word_trie(_LINK_WORDS)})?"
"""One of _LINK_WORDS or nothing, as a trie (one branch per next character): _STRONG_GAP asks only
whether a gap matches, which the order of the words does not change, and tried as 150 alternatives
in turn each word of a gap cost about 90 us a figure."""
_MOVE = r"[+\-\u2212]?\d[\d,]*(?:\.\d+)?%?"  # its own move or level, between it and the figure
_STRONG_GAP = re.compile(rf"^[\s,()\u2019'’s:;]*(?:(?:{_LINK}|{_MOVE})[\s,()’']+){{0,6}}$", re.IGNORECASE)
_GAP_OPENING = re.compile(r"[\s,()\u2019'’s:;]*", re.IGNORECASE)
_GAP_WORDS = re.compile(r"[^\s,()’']+")
"""What _STRONG_GAP skips at a gap's opening, and the words after it: each must be one of _LINK_WORDS
or a figure for the gap to match."""
_SHORT_GAP = 16
"""Gaps up to this long go straight to _STRONG_GAP (reading their words first cost more than it saved:
on stretches of the corpus ending at a figure 1.90 us a gap with it, 2.42 us at 0, 3.05 us without)."""
_LINK_LOWERED = frozenset(word.lower() for word in _LINK_WORDS)
_MOVE_WORD = re.compile(_MOVE)


def _strong_gap(gap: str) -> bool:
    """_STRONG_GAP.match(gap), turned away at once when a word of a gap longer than a few words is none
    of _LINK_WORDS and no figure: the pattern would try every split of the spaces and commas before
    that word first (about 250 us on "), up 1.90%, the gap was "); on a short gap it is quick."""
    if len(gap) <= _SHORT_GAP:
        return bool(_STRONG_GAP.match(gap))
    opening = _GAP_OPENING.match(gap).end()  # type: ignore[union-attr]  # it matches the empty text
    for found in _GAP_WORDS.finditer(gap):
        if found.end() <= opening:
            continue  # within the opening ("'s: ")
        word = found.group()
        fronts = range(1, opening - found.start() + 1)  # a word the opening runs into may lose its
        # front to it: "sat" read as "at"
        if not _may_link(word) and not any(_may_link(word[n:]) for n in fronts):
            return False
    return bool(_STRONG_GAP.match(gap))


def _may_link(word: str) -> bool:
    """The word is one of _LINK_WORDS or a figure, or may be (a letter that folds to ASCII)."""
    return not word.isascii() or word.lower() in _LINK_LOWERED or _MOVE_WORD.fullmatch(word) is not None

_UP = re.compile(r"\b(?:tacked on|pared losses|up|rose|risen|rise|rises|rising|gained|gain|gains|climbed|"
                 r"climbs|jumped|jumps|added|adds|adding|progressed|progresses|"
                 r"advanced|rallied|rallies|surged|higher|edged up|inched up|inched higher|ticked up|firmed|"
                 r"increase|increased|rebounded|outperformed|led|ahead|beat|beating|managed|eked out|"
                 r"mustered|won|wins)\b", re.IGNORECASE)
_DOWN = re.compile(r"\b(?:gave back|gives back|given back|giving back|gave up|gives up|given up|giving up|"
                   r"shedding|down|fell|fallen|falls|"
                   r"fall|"
                   r"falling|lost|loses|lose|"
                   r"loss|losses|slipped|slips|slid|slides|dropped|"
                   r"drops|declined|declines|decline|sank|sinks|tumbled|eased|eases|lower|edged down|"
                   r"ticked down|retreated|decrease|decreased|shed|sheds|trailed|lagged|lags|trails|behind|"
                   r"underperformed|cost|costs)\b", re.IGNORECASE)
_FLAT = re.compile(r"\b(?:flat|unchanged|exactly 0|no change)\b", re.IGNORECASE)


def _words_of(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The words of a `\\b(?:word|word|...)\\b` pattern."""
    return tuple(pattern.pattern[len(r"\b(?:"):-len(r")\b")].split("|"))


def _as_trie(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A `\\b(?:word|word|...)\\b` pattern with its words as a trie (one branch per next character).
    The matches are the same: no word is another plus a further word, so at most one word ends at a
    word boundary from any position."""
    words = _words_of(pattern)
    assert all(re.fullmatch(r"[a-z ]+", word) for word in words), "plain lowercase words only"
    assert not any(b.startswith(a + " ") for a in words for b in words)
    return leading(re.compile(rf"\b(?:{word_trie(words)})\b", pattern.flags))


_UP_WORDS, _DOWN_WORDS = _as_trie(_UP), _as_trie(_DOWN)
"""_UP and _DOWN as tries: the direction test reads every figure's clause."""
_DIRECTION_WORDS = leading(re.compile(rf"\b(?:{word_trie(_words_of(_UP) + _words_of(_DOWN))})\b",
                                      re.IGNORECASE))
"""Any word of _UP or _DOWN (the trie backtracks to a shorter word that ends at a boundary): a clause
without one has no direction, one search where _UP_WORDS and _DOWN_WORDS take two (about two figures'
clauses in three hold neither, on the demo articles)."""
_MONTH_NAMES = ("January|February|March|April|May|June|July|August|September|October|November|December")
_WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday"
_NOT_THIS = (r"(?<![\w-])(?<!\ba\s)(?<!\bone\s)(?<!\bpast\s)(?<!\blast\s)(?<!\bnext\s)(?<!\bprior\s)"
             r"(?<!\bper\s)")
_NOT_SPAN = r"(?![-\u2019']|\s+(?:\d|ago|before|earlier|ahead|to come|on)\b)"
_THE_YEAR = rf"(?:{_NOT_THIS}the\s+year|(?<![A-Za-z]\s)(?<![\w-])(?-i:year)){_NOT_SPAN}"
_THE_WEEK = rf"{_NOT_THIS}the\s+week{_NOT_SPAN}"
"""A period of the session's calendar named by its noun ("the year down 0.72%", "Month +8.87%, but the year
still -1.05%", "year +3.16%", "The week as a whole lost 1.10%"): the year to date, this week; not "a year
ago", "the past year", "the 10-year", "the year's high", "the week before"; "year" with no article only
in lower case after no word, an item of a list: not "your first year", "Year 8"; "week" alone is a
label's)."""
_PERIODS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("intraday", re.compile(r"\bintraday\b|\bas (?:high|low) as\b|\b(?:session|day's) (?:high|low)\b",
                            re.IGNORECASE)),
    ("ytd", re.compile(r"\byear[- ]to[- ]date\b|\bYTD\b|\bthis year\b|\bso far in 20\d\d\b|\bfor the year\b|"
                       r"\bon the year\b|\bin the year\b(?! \d)|^\W*(?:the\s+)?year\s?:|"
                       r"\b(?:in|through|during|for) 20\d\d,? so far\b|"
                       r"\bsince (?:the (?:start|beginning) of (?:the year|20\d\d)|the turn of the year|"
                       r"the first of January|"
                       r"January 1|"
                       r"January|New Year)\b|" + _THE_YEAR,
                       re.IGNORECASE)),
    ("mtd", re.compile(rf"\bmonth[- ]to[- ]date\b|\bMTD\b|\bthis month\b|\bso far in (?:{_MONTH_NAMES})\b|"
                       rf"\b(?:in|during|for|through) (?:{_MONTH_NAMES})\b(?! \d)", re.IGNORECASE)),
    ("5d", re.compile(r"\b(?:five|5)[- ](?:day|session)s?\b|\b(?:one|1)[- ]week\b|\bthis week\b|"
                      r"\b(?:on|for|over|in) the week\b|\b(?:in|over|for|during|across|throughout) the "
                      r"(?:whole|entire|full) week\b|"
                      r"\bweek\s?:|\bweekly\b|\bweek[- ]over[- ]week\b|\b(?:past|last) week\b|"
                      + _THE_WEEK,
                      re.IGNORECASE)),
    ("1m", re.compile(r"\b(?:one|1)[- ]month\b|\b(?:past|last) month\b|\bover the month\b|"
                      r"\b21[- ]session\b|\bmonthly\b|\bmonth\b", re.IGNORECASE)),
    ("since", re.compile(rf"\bsince (?:the |its |early |late |mid-)?(?:[\w-]+ ){{0,2}}(?:lows?|highs?|peak|"
                         rf"bottom|trough|election|meeting|decision|report|crash|sell-?off|rally|cross|20\d\d|19\d\d|"
                         rf"{_MONTH_NAMES}|{_WEEKDAY_NAMES})\b"
                         # "it has slipped 1.6 per cent since." / "since then." (a date before it)
                         r"|\bsince(?:\s+then)?\s*(?:[.;,)]|$)"
                         rf"|\bfrom (?:the |its )(?:(?:{_MONTH_NAMES})\.? \d{{1,2}} |[\w-]+ ){{0,2}}"
                         r"(?:lows?|highs?|peak|bottom|trough)\b",  # "nearly 30% from its April 16 low"
                         re.IGNORECASE)),
    ("window", re.compile(r"\b(?:(?:past|last|over|in|across) (?:the |those |these )?|(?:those|these) |"
                          r"of the )"
                          r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few) "
                          r"(?:straight )?(?:sessions|trading days|days|weeks|months|quarters)\b"
                          r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:straight )?"
                          r"(?:sessions|trading days|days) of (?:losses|gains|declines|selling|buying)\b",
                          re.IGNORECASE)),  # "three days of losses add up to", "over those three sessions"
    ("prev", re.compile(r"\byesterday\b|\b(?:previous|prior) (?:session|close|day)\b|\bthe session before\b",
                        re.IGNORECASE)),
    ("past", re.compile(rf"\b(?:last|previous|prior) (?:{_WEEKDAY_NAMES}|session|close)\b|"
                        rf"\bearlier (?:this|in the) (?:week|month|year)\b|\bback in\b|\bin (?:19|20)\d\d\b",
                        re.IGNORECASE)),
)
_PERIOD_WORDS = WordIndex((
    ("intraday", "as high as", "as low as", "session high", "session low", "day's high", "day's low"),
    ("year", "ytd", "so far", "since"),
    ("month", "mtd", "january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"),
    ("five", "5", "week"),
    ("month", "21"),
    ("since", "from"),
    ("session", "day", "week", "month", "quarter"),
    ("yesterday", "previous", "prior", "session before"),
    ("last", "previous", "prior", "earlier", "back in", "in 19", "in 20"),
))
"""For each _PERIODS pattern, words one of which an ASCII clause must hold for it to match."""
assert _PERIOD_WORDS.size == len(_PERIODS)
_PERIODS = tuple((name, leading(pattern)) for name, pattern in _PERIODS)
_LEAD_PERIOD = re.compile(r"^\W*(?:(?:since|so far|this|for the|over the|in the|year|month|week|on the|"
                          r"(?:over|across|for) (?:one|a|1)(?= (?:week|month|year)\b))\b"
                          r"[^,;:]{0,50}[,:]|"
                          r"(?:since|in|over|for|during|across|throughout)\s+the\s+(?:[a-z-]+\s+){0,3}?"
                          r"(?:week|month|year|quarter)\b(?=\s+[^\s\d,;:.]))", re.IGNORECASE)
"""A period phrase opening the sentence: with its comma or colon ("So far this year, ...", "Week: -1.10%"),
or without one when it ends on the period's noun ("Since the turn of the year the fund is up 2.05%", "In
the whole week the fund lost 1.10 percent")."""


def _average_named(days: int) -> str:
    """The `days`-day average, also in other words: 'its 50-session average', 'its moving average at 50
    days' (translated prose)."""
    return (rf"(?:{days}-day|{days}(?:d|-DMA| DMA)\b|{days}-session (?:moving |simple )?average|"
            rf"(?:moving |simple )?average (?:at|of|over) {days} (?:days|sessions)\b)")


_REFERENCES = (
    ("sma_50", re.compile(r"^\s*(?:the|its)?\s*" + _average_named(50), re.IGNORECASE)),
    ("sma_200", re.compile(r"^\s*(?:the|its)?\s*" + _average_named(200), re.IGNORECASE)),
    ("sma_20", re.compile(r"^\s*(?:the|its)?\s*" + _average_named(20), re.IGNORECASE)),
    ("high_52w", re.compile(r"^\s*(?:the|its)?\s*52-week(?: closing)? high", re.IGNORECASE)),
    ("low_52w", re.compile(r"^\s*(?:the|its)?\s*52-week(?: closing)? low", re.IGNORECASE)),
    ("all_time_high", re.compile(r"^\s*(?:the|its|a)?\s*(?:(?:all-time|record) high|(?:record|all-time|ATH)"
                                 r"(?: high)? clos(?:e|ing)|ATH\b)", re.IGNORECASE)),
    ("high_window", re.compile(r"^\s*(?:the|its)?\s*\d+-session high", re.IGNORECASE)),
    ("low_window", re.compile(r"^\s*(?:the|its)?\s*\d+-session low", re.IGNORECASE)),
    ("close", re.compile(r"^\s*(?:the|its)?\s*(?:last |latest |current )?(?:close|price|last price|"
                         r"closing price|current price)", re.IGNORECASE)),
)

_CARD_LABEL = r"(?:^|[|\u00b7;]\s*)(?:(?:day|session)(?:'s)?\s+)?"
_DAY_RANGE = (r"(?:^|[|\u00b7;]\s*|\b(?:day['\u2019]s|session['\u2019]s|today['\u2019]s|intraday|daily)\s+)"
              r"range"
              r"(?: (?:was|of|from|ran from))?")
"""The day's range opening a line or named as the day's ("Range $614.90 to $631.45", "the session's range
of 243.65-244.45"): its low, then its high; not a range of sessions ("the 25-session range")."""
"""A label opening a line or a cell of a data card ("Hi / Lo   244.45 / 243.65", "| High 244.45")."""


def _window_after(days: int) -> str:
    """A window written after what it measures, as translations put it: "the RSI at 14 days", "the
    moving average of 50 sessions" (numbers.py blanks the window's number, so it is no figure)."""
    return (rf"(?:\s+(?:computed|calculated|measured|taken))?\s+(?:at|of|over|on)\s+{days}\s+"
            r"(?:days|sessions|periods)\b")


_AVERAGE_RANGE = (r"\b(?:average|normal|typical|usual|ordinary)\s+(?:day['\u2019]s|daily|session['\u2019]s|"
                  r"trading day['\u2019]s)\s+(?:range|swing)")
"""The average true range in plain words ("its average daily range of $5.20", "a normal day's range
($7.99)", "a typical daily swing of 70 points"): the ATR in the instrument's unit, not the day's range."""

_EXACTLY = r"(?:(?:exactly|precisely|bang on|dead on|spot on|right at|right on)\s+)?"
"""A word that stresses a reading is exact ("RSI(14) sits at exactly 55.0", "RSI bang on 50.0"): the reading
still (not "near" or "around", which name a line: "RSI near 70")."""
# (pattern ending right before the figure, fact name, kind); first match wins.
_ON_DAY = r"(?: on \w+day(?:,? (?:\d{1,2} [A-Z]\w+|[A-Z]\w+ \d{1,2})(?:,? \d{4})?)?,?)?"
"""The session's day between a move and its close ("crept up on Friday, 20 November 2026, by 0.30% to
$244.30", "fell 19.30 points on Tuesday, or 0.78%, to 2,465.79"): the figure after "to" is the close."""
_NAMING: tuple[tuple[re.Pattern[str], str, ClaimKind], ...] = tuple(
    (re.compile(r"(?:" + pattern + r")[\s:,(]*(?:reads|read|is|was|stands at|stood at|sits at|sat at|at|of|"
                r"near|around|to|=|came in at|printed|prints|reading|value)?[\s:]*"
                + (_EXACTLY + READING_ADJECTIVE + "?" if kind == ClaimKind.INDICATOR else "") + "$",
                re.IGNORECASE),
     name, kind)
    for pattern, name, kind in (
        (r"\bRSI(?:\s?\(\d+\)|[ \t-]?\d{1,2}\b|" + _window_after(14) + r")?(?:\s+(?:line|reading|value))?",
         "rsi_14", ClaimKind.INDICATOR),
        (r"\bMACD(?:\s?\(\d+,\s?\d+,\s?\d+\))?(?:\s+line)?", "macd", ClaimKind.INDICATOR),
        (r"\bsignal(?: line)?", "macd_signal", ClaimKind.INDICATOR),
        (r"\bhistogram", "macd_hist", ClaimKind.INDICATOR),
        (r"\b(?:average true range|ATR)(?:\s?\(\d+\)|[ \t-]?\d{1,2}\b)?|" + _AVERAGE_RANGE, "atr_14",
         ClaimKind.INDICATOR),
        (r"\b50-day(?: simple| exponential)?(?: moving)?(?: average| MA| SMA| line)?"
         r"|\b(?:moving )?average" + _window_after(50), "sma_50", ClaimKind.LEVEL),
        (r"\b200-day(?: simple)?(?: moving)?(?: average| MA| SMA| line)?"
         r"|\b(?:moving )?average" + _window_after(200), "sma_200", ClaimKind.LEVEL),
        (r"\b20-day(?: simple)?(?: moving)?(?: average| MA| SMA)", "sma_20", ClaimKind.LEVEL),
        (r"\b52-week(?: closing| intraday)? high(?: close| closing price| finish)?", "high_52w",
         ClaimKind.LEVEL),
        (r"\b52-week(?: closing| intraday)? low(?: close| closing price| finish)?", "low_52w",
         ClaimKind.LEVEL),
        # "its 52-week low close, $371.18": the extreme's close, not the session's
        (r"\b\d+-session(?: closing)? high", "high_window", ClaimKind.LEVEL),
        (r"\b\d+-session(?: closing)? low", "low_window", ClaimKind.LEVEL),
        (r"\b(?:all-time|record) high|\ball-time record|\b(?:the|its|a|an)\s+"
         r"(?:(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s+)?record(?= of)",
         "all_time_high", ClaimKind.LEVEL),  # "from the November 2024 record of 52,018.76"
        (r"\b(?:an |the |its |session's |day's )(?:intraday|session) high", "high", ClaimKind.LEVEL),
        (r"\b(?:an |the |its |session's |day's )(?:intraday|session) low", "low", ClaimKind.LEVEL),
        (_CARD_LABEL + r"(?:Hi|High)(?:\s*/\s*(?:Lo|Low))?", "high", ClaimKind.LEVEL),  # "Hi / Lo 244.45"
        (_CARD_LABEL + r"(?:Hi|High)\s*/\s*(?:Lo|Low)[\s:]*\d[\d,]*(?:\.\d+)?\s*/|" + _CARD_LABEL
         + r"(?:Lo|Low)", "low", ClaimKind.LEVEL),  # "Hi / Lo 244.45 / 243.65": the second is the low
        (_DAY_RANGE + r"[\s:]*\d[\d,]*(?:\.\d+)?\s*(?:-|\u2013)?", "high", ClaimKind.LEVEL),
        (_DAY_RANGE, "low", ClaimKind.LEVEL),  # "Range $614.90 to $631.45", "the day's range of
        # 243.65-244.45": its low, then its high
        (r"\b(?:(?:record|all-time|best-ever|highest-ever|all-time-high|record-high)(?: high)? clos(?:e|ing)"
         r"(?: level| high| price)?|(?:best|highest) clos(?:e|ing)(?: level| price)? (?:ever|on record))",
         "all_time_high", ClaimKind.LEVEL),  # "the record closing price", "the best-ever close"
        (r"\bmax(?:imum)? pain(?: (?:level|strike))?(?: for the \w+ \d+ expiry)?(?: sits)?", "max_pain",
         ClaimKind.LEVEL),
        (r"\b(?:closed|ended|finished|settled|closes|ends|finishes|settles|close|closing|last|last price|"
         r"last trade)(?: the (?:session|day|week))?(?:(?: on| this)? \w+day(?:, \w+ \d{1,2}(?:, \d{4})?,?)?"
         r"| today| tonight)?(?: (?:up|down|higher|lower))?(?: at an? (?:new |fresh )?record(?: high)?)?",
         "close", ClaimKind.LEVEL),  # "finished Friday, February 13, at $224.54", "closed at a record
        # $483.59"
        (r"\b(?:edged|inched|ticked) (?:up|down|higher|lower)|\b(?:rose|gained|jumped|rallied|slipped|eased|"
         r"fell|declined|tumbled|slid hard|slid|climbed|dropped|sank|advanced|retreated|surged)(?= to)",
         "close", ClaimKind.LEVEL),
        (r"\b(?:last|closing) (?:price|print)|\bclose of|\bclosing level of", "close", ClaimKind.LEVEL),
        (r"\b(?:rose|fell|gained|lost|added|shed|slipped|dropped|climbed|jumped|sank|tumbled|advanced|"
         r"declined|gave back|(?:edged|inched|ticked) (?:up|down|higher|lower))\b(?:[^.;:]|\.\d){0,50}?"
         r"\bto (?:end|finish|settle|close)(?: the (?:session|day))?", "close",
         ClaimKind.LEVEL),  # "rose $7.49 a share to end at $686"
        (r"(?:\b(?:up|down|higher|lower|rose|fell|gained|lost|added|slipped|dropped|climbed|shed|shedding|"
         r"losing|adding|gaining|dropping|falling|rising|sliding|slid|tacked on|gave back|giving back|jumped|"
         r"sank|tumbled|advanced|declined|(?:ends|ended|closes|closed|finishes|finished|settles|settled)"
         r"(?: the (?:session|day))?(?: (?:up|down|higher|lower))?)" + _ON_DAY + r"\s+(?:by\s+)?"
         r"(?:(?:about|roughly|around|nearly|almost|some|just over|just under)\s+)?"
         r"[+\-\u2212]?\d[\d,]*(?:\.\d+)?"
         r"(?:%| points?| pts?| a share| per share)?(?: (?:higher|lower))?" + _ON_DAY +
         r"(?:\s*\([+\-\u2212]?\d[\d,]*(?:\.\d+)?%\)|,? (?:or|that is) [+\-\u2212]?\d[\d,]*(?:\.\d+)?%,?)?"
         r"(?: on the (?:day|session))?,?"
         r"|(?:^|[\s:,;(])[+\-\u2212]\d[\d,]*(?:\.\d+)?%)\s+(?=at\b|to\b)",
         "close",
         ClaimKind.LEVEL),  # "shedding $1.98 a share to $244.82", "ends +0.30% at 2,456.17", "rose 75.63
        # points, or 1.11%, to 6,901.69", "IWM +0.30% to $244.30": the close
        (r"\b(?:volume|turnover)(?: (?:ran|running|came in|was|is|at|roughly|about|nearly|some|near))*",
         "volume_ratio", ClaimKind.VALUE),  # "volume 1.3x", "volume roughly doubled" (2x)
        (r"\b(?:put[/-](?:to-)?call|P/C)(?: open interest| OI)?(?: ratio)?", "put_call_oi_ratio",
         ClaimKind.VALUE),  # "put/call OI 1.32", "P/C ratio 1.12"
        (r"\b(?:lost|gave back|giving back|gives back|shed|dropped|fell|slipped|gained|added|rose|tacked on|"
         r"climbed|jumped|surged|soared|rallied|advanced|sank|slid|tumbled|plunged|declined|"
         r"(?:sheds|drops|falls|slips|gains|adds|rises|climbs|jumps|surges|soars|rallies|advances|sinks|"
         r"slides|tumbles|plunges|declines)(?=\s+(?:by\s+)?(?:about\s+|roughly\s+|nearly\s+|almost\s+|"
         r"some\s+|just\s+)?$)|"
         r"(?:a|an|the day's|the session's) (?:gain|loss|drop|decline|rise|increase|decrease|advance) of|"
         r"(?:the day's|the session's|the daily|today's) (?:gain|loss|drop|decline|rise|change|move)"
         r"(?: (?:is|was|came to|comes to|amounted to|amounts to))?)"
         r"(?: another| a further| an extra)?", "change_1d", ClaimKind.VALUE),  # "lost another $0.36",
        # "a gain of four dollars and twenty-six cents", "jumped $11.68", "the day's change is -$0.26" (a $
        # figure only: see _named); the present of a headline or a verse too, right before its figure
        # ("slips 19.30 points"; not "slides to $30.01", a level; "loses" is left out: "a close loses
        # $600.00" is a level given up)
        (r"\bPulse(?: score)?", "pulse", ClaimKind.SCORE),
        (r"\bthreat level", "threat_level", ClaimKind.SCORE),
        (r"\bsentiment(?: score)?", "sentiment_score", ClaimKind.SCORE),
    )
)
_NAMING_WORDS = WordIndex((
    ("rsi",), ("macd",), ("signal",), ("histogram",), ("atr", "average true range", "range", "swing"),
    ("50-day", "average"),
    ("200-day", "average"), ("20-day",), ("52-week",), ("52-week",), ("-session",), ("-session",),
    ("all-time", "record"), ("intraday high", "session high"), ("intraday low", "session low"),
    ("hi",), ("lo",), ("range",), ("range",),
    ("record", "all-time", "best", "highest"), ("max",),
    ("clos", "ended", "finished", "settled", "ends", "finishes", "settles", "last"),
    ("edged", "inched", "ticked", "rose to", "gained to", "jumped to", "rallied to", "slipped to", "eased to",
     "fell to", "declined to", "tumbled to", "slid to", "hard to", "climbed to", "dropped to", "sank to",
     "advanced to", "retreated to", "surged to"),
    ("last price", "last print", "closing price", "closing print", "close of", "closing level of"),
    ("to end", "to finish", "to settle", "to close"), (" to", " at"),
    ("volume", "turnover"), ("put", "p/c"),
    ("lost", "gave back", "giving back", "gives back", "shed", "dropped", "fell", "slipped", "gained",
     "added", "rose", "tacked on", "climbed", "jumped", "surged", "soared", "rallied", "advanced", "sank",
     "slid", "tumbled", "plunged", "declined", "gain of", "loss of", "drop of", "decline of", "rise of",
     "sheds", "drops", "falls", "slips", "gains", "adds", "rises", "climbs", "jumps", "surges",
     "soars", "rallies", "advances", "sinks", "slides", "tumbles", "plunges", "declines",
     "increase of", "decrease of", "advance of",
     "day's", "session's", "daily", "today's"),
    ("pulse",), ("threat level",),
    ("sentiment",),
))
"""For each _NAMING pattern, words one of which an ASCII tail must hold for it to match: one keyword
scan skips most regex searches. (A word as a pattern writes it, with the space after it: "close of",
a verb before its " to".)"""
assert _NAMING_WORDS.size == len(_NAMING)
_NAMING = tuple((leading(pattern), name, kind) for pattern, name, kind in _NAMING)
assert all(kind != ClaimKind.CHANGE for _, _, kind in _NAMING)  # so a move's figure skips them all
_ENDS_AT_OR_TO = frozenset(n for n, (pattern, _, _) in enumerate(_NAMING)
                           if r"(?=at\b|to\b))" in pattern.pattern)
"""The _NAMING pattern that ends looking ahead at "at" or "to" ("shedding $1.98 a share to $244.82"):
the filler words after it can only take that word, so it matches only a tail ending in it after a
move's figure or words (see _may_close_after_move), and is not searched along the other tails."""
assert len(_ENDS_AT_OR_TO) == 1


_LINE_LABELS = frozenset(n for n, (pattern, _, _) in enumerate(_NAMING)
                        if _CARD_LABEL in pattern.pattern or _DAY_RANGE in pattern.pattern)
"""The _NAMING patterns of a data card's label ("| Hi / Lo 244.45 / 243.65") or of the day's range
("Range $614.90 to $631.45", "the day's range of 243.65-244.45"): their keywords ("lo", "range") are
in most tails, their openings in few (see _may_open_a_label)."""
_LABEL_MARKS = ("|", "\u00b7", ";", "day's", "day\u2019s", "session's", "session\u2019s", "intraday", "daily")
_LABEL_OPENINGS = ("hi", "lo", "day", "session", "range")


def _may_open_a_label(tail: str) -> bool:
    """False when no _LINE_LABELS pattern can match `tail`: each opens at the tail's start with a label's
    word (_LABEL_OPENINGS), after a cell's mark ('|', '·', ';') or after the day's or the session's
    name (_DAY_RANGE)."""
    lowered = folded(tail)
    return lowered is None or lowered.startswith(_LABEL_OPENINGS) or any(m in lowered for m in _LABEL_MARKS)


def _naming_candidates(tail: str) -> list[int]:
    """The _NAMING patterns (in order) that may match `tail`: those one of whose words it holds."""
    return _NAMING_WORDS.candidates(folded(tail))


def _ends_with_at_or_to(tail: str) -> bool:
    r"""False when `tail` cannot end in the word "at" or "to" with only spaces and colons after it (as
    `(?:at|to)[\s:]*$` reads it, IGNORECASE: neither word has a letter that folds from outside ASCII)."""
    end = tail.rstrip()
    while end.endswith(":"):
        end = end[:-1].rstrip()
    return end[-2:].lower() in ("at", "to")


_MOVE_ENDS = ("point", "points", "pt", "pts", "share", "higher", "lower", "day", "session")
"""The words a move written before "to"/"at" and its close can end with ("rose 75.63 points to", "up
$1.98 a share to", "gained 1.2% on the day to", "fell on Friday to"), besides a figure's digit, its '%'
or a closing bracket ("(+0.30%) to")."""


def _may_close_after_move(tail: str) -> bool:
    r"""False when the _ENDS_AT_OR_TO pattern cannot match `tail`: it ends in "at" or "to" after
    spaces (`\s+(?=at\b|to\b)`), and before those spaces and any commas the move ends in a digit, '%',
    ')' or one of _MOVE_ENDS, or in any word of a session's date, which follows " on " ("on Friday, 20
    November to"). Text near the end that is not ASCII ('ſ' folds to 's') takes the search."""
    if not _ends_with_at_or_to(tail):
        return False
    end = tail.rstrip()
    while end.endswith(":"):
        end = end[:-1].rstrip()
    body = end[:-2]
    if not body[-1:].isspace():
        return False  # "ahead to": no space before the word
    move = body.rstrip().rstrip(",")[-12:]
    if not move.isascii() or " on " in tail.lower():
        return True
    move = move.lower()
    return move[-1:].isdigit() or move[-1:] in ("%", ")") or move.endswith(_MOVE_ENDS)


_NOT_PRICE = re.compile(r"\b(?:RSI|MACD|ATR|volatility(?! index)|volume|yield|spread|ratio|"
                        r"breadth|sentiment|Pulse)\b",
                        re.IGNORECASE)
_MADE_BEFORE = re.compile(r"\b(?:made|makes|gained back)\s+(?:(?:about|roughly|nearly|almost|just|only|"
                          r"another|a further)\s+)?$", re.IGNORECASE)
_SPOKEN_SIGN = re.compile(r"(?:^|[,;:(\u2014]|\b(?:with|at|was|is|through|that's|it's|ended|closed|finished|"
                          r"settled|stood|came in|went|day|session|week|month|year)\b)\s*"
                          r"\b(?P<sign>plus|minus)\s+$", re.IGNORECASE)
"""A sign said as a word right before a figure ("with plus 1.11 percent", "that's minus 0.20 percent"):
the figure is signed, as "+1.11%" would be. Not a sum ("prime plus 1.5%"): the sign opens its clause or
follows a verb or a period's name."""
_OFF_BEFORE = re.compile(r"\boff\s+(?:by\s+)?(?:(?:about|roughly|nearly|almost|just|some|around|over|"
                         r"more than|less than)\s+)?$", re.IGNORECASE)
_FROM_LEVEL = re.compile(r"\b(?:vs\.?|versus|from|off|relative to)\s+(?:the\s+|its\s+)?(?:\d+-day|"
                         r"\d+-session|52-week|all-time|record|peak|high|low|average|moving)", re.IGNORECASE)
_AFTER: tuple[tuple[re.Pattern[str], str, ClaimKind], ...] = (
    (re.compile(r"^\s*(?:straight |consecutive )?sessions? (?:in a row|running|straight)|"
                r"^\s*straight sessions|"
                r"^\s*consecutive sessions|^-session (?:streak|run)", re.IGNORECASE), "streak_sessions",
     ClaimKind.STREAK),
    (re.compile(r"^\s*sessions? (?:of (?:price )?history )?(?:held|on record|of data)\b", re.IGNORECASE),
     "window_sessions", ClaimKind.VALUE),
    (re.compile(r"^\s*sessions? (?:away|from now|out|until|before|ahead)|"
                r"^\s*trading days? (?:away|from now|out|until|ahead)\b",
                re.IGNORECASE), "event_sessions_until", ClaimKind.VALUE),
)
_SESSIONS_BRACKETED = re.compile(r"^\s*(?:trading\s+)?(?:sessions?|sess\.?|trading days?)\s*"
                                 r"(?:away|out|ahead)?\)",
                                 re.IGNORECASE)
_EVENT_DATE_BEFORE = re.compile(rf"\b(?:Fed|FOMC|CPI|PPI|payrolls|jobs report|NFP|GDP|PCE)\b[\s:,-]*"
                                rf"(?:(?:{_MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{{1,2}}"
                                r"|\d{1,2}/\d{1,2})?\s*\(\s*$", re.IGNORECASE)
"""An event with its date and a bracketed count of sessions ("FOMC Dec 9 (13 sessions)", "CPI 12/10 (14
sess)"): the sessions until it."""
_WITHIN = re.compile(r"\bwithin\s+$", re.IGNORECASE)
_EVENT_BEFORE = re.compile(r"\b(?:Fed|FOMC|CPI|PPI|payrolls|jobs report|NFP|GDP|PCE)\b")
"""An event named before "within N sessions" ("The next decision of the Fed is the 9 of December, within
13 sessions"): the count is the sessions until it."""
_SESSIONS_AFTER = re.compile(r"^\s*(?:trading\s+)?sessions?\s*(?:[.;,)]|$|now\b|and\s+counting\b)",
                             re.IGNORECASE)
_SINCE_DATE = re.compile(rf"\bsince\s+(?:{_MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
                         rf"\.?\s+\d{{1,2}}"
                         r"(?:,?\s+\d{4})?\s*[,(\u2014-]\s*(?:or\s+|some\s+|about\s+)?$", re.IGNORECASE)
"""A count of sessions right after a cross's date ("in a golden cross since July 27, 2026, 83 sessions"):
the cross's age."""
FLAT_PCT = 0.05
"""A day's move below this size (in %) may be called flat or unchanged, an instrument's or a world
market's."""
_WINDOW_SESSIONS = {"change_5d_pct": 5, "change_1m_pct": 21, "change_ytd_pct": 126, "change_1y_pct": 252}
"""Sessions a period's move spans (the year to date taken at its mid-year length)."""


def flat_limit(name: str) -> float:
    """The size a move over the fact's period may have and still be called flat: a day's FLAT_PCT grown
    with the square root of the sessions, as a random walk's spread grows ("flat at +0.42% for the year"
    is flat; "flat at +0.42%" for a day is not)."""
    return FLAT_PCT * _WINDOW_SESSIONS.get(name, 1) ** 0.5


SESSION_COUNTS = frozenset(("event_sessions_until", "cross_sessions_since", "range_sessions",
                            "streak_sessions", "close_streak_sessions", "lookback_sessions"))
"""Names of counts of sessions: a market or gauge named before such a count does not own it."""
_CROSS_AGE = re.compile(r"^\s*(?:trading )?sessions? ago\b", re.IGNORECASE)
_AFTER_FIRST = frozenset("sScCtT\u017f")
"""The characters _AFTER and _CROSS_AGE can match first after the spaces ('ſ' folds to 's'), or a
'-' opening the words after the figure ("-session streak")."""
_CROSS_WORDS = re.compile(r"\b(?:golden|death)[\s-]cross|\bcrossed (?:above|below|over|under)\b|"
                          r"\b50-day\b(?:[^.;%]|\.\d){0,30}?\b(?:fell|dropped|slipped|sank|dipped|rose|climbed|pushed|"
                          r"moved|went)\s+(?:under|below|beneath|above|over|through)\s+(?:the\s+|its\s+)?200-day|"
                          r"\b50-day\b(?:(?!\band\b)[^.;%\d]){0,30}?\b(?:above|below|over|under)\s+(?:the\s+|its\s+)?"
                          r"200-day\b(?=\s+since\b)",  # "the 50-day has been above the 200-day since July 14"
                          re.IGNORECASE)
"""'the golden cross dates back to July 1, ninety-seven sessions ago': the count is the cross's age; also
the cross in its averages' words ("the 50-day ($227.59) fell under the 200-day ($230.93) four sessions
ago")."""
_AGE_AFTER = re.compile(r"^\s*(?:trading\s+)?sessions?\b(?:\s*(?:[.;,)]|$)|\s+(?:on|old|back|later|earlier|"
                        r"in|and counting)\b(?!\s+(?:the|a|an|its|\d+)\b))", re.IGNORECASE)
"""How a cross's age in sessions is written after its count: "53 sessions on", "14 sessions old", "79
sessions back", "64 sessions later", "(90 sessions)"; not "sessions in a row" (a streak) nor "sessions in
the range"."""
_LASTED_BEFORE = re.compile(r"\b(?:lasted|held|stood|stayed(?: there| in place)?|"
                            r"(?:been )?in (?:place|force)|intact|running|persisted|survived)\s+(?:for\s+)?"
                            r"(?:about\s+|some\s+|nearly\s+)?$", re.IGNORECASE)
"""Words right before a cross's age: "has now lasted 36 sessions", "has stayed there for 98 sessions"."""
_SESSIONS_WORD = re.compile(r"^\s*(?:trading\s+)?sessions?\b"
                            r"(?!\s+(?:in a row|running|straight|away|until|ahead)\b)", re.IGNORECASE)
"""The count's noun after those words, when it is no streak and no count to an event."""
_NOT_AGE_BEFORE = re.compile(r"\b(?:last|past|previous|prior|next|over|within|first|those|these|another|"
                             r"in|for the|of the)\s+(?:the\s+)?$|%\s+(?:in|over)\s+$", re.IGNORECASE)
"""A count of sessions that is a window, not an age: "over the last twenty sessions", "2.2% in 20"."""
_AGE_CLAUSE_BREAK = re.compile(r"[;:\u2014]|\b(?:while|whereas|but)\b")


def _cross_age(before: str, after: str) -> bool:
    """A count of sessions in a clause about a cross, written as its age ("The golden cross of October 2
    remains in place, 53 sessions on", "The golden cross from September 21 is 14 sessions old", "the 50-day
    crossed above the 200-day on July 14 and has stayed there for 98 sessions")."""
    near = before[-140:]
    breaks = list(_AGE_CLAUSE_BREAK.finditer(near))
    clause = near[breaks[-1].end():] if breaks else near
    if not _CROSS_WORDS.search(clause) or _NOT_AGE_BEFORE.search(clause[-24:]):
        return False
    return bool(_AGE_AFTER.match(after)) \
        or bool(_LASTED_BEFORE.search(clause[-40:]) and _SESSIONS_WORD.match(after))


def extract_claims(sentence: str, section: str, lexicon: Lexicon, names: list[str],
                   running: tuple[str, ...] | None = None) -> list[Claim]:
    """Every figure in one sentence as a claim.

    `running` is the paragraph's running subject (another instrument than the article's):
    a figure no instrument in its own sentence claims is that subject's.
    """
    mentions = lexicon.mentions(sentence)
    quoted = _quoted_spans(sentence)
    named = blank_spans(sentence, [(m.start, m.end) for m in mentions if any(c.isdigit() for c in m.text)])
    numbers = find_numbers(named, names)
    held = sentence_families(sentence) if numbers else _EVERY_FAMILY  # one scan, shared by its figures
    claims = _list_moves([_claim(number, sentence, section, mentions, quoted, held) for number in numbers],
                         sentence, mentions)
    if claims and attributed(sentence):
        claims = [replace(c, attributed=True) for c in claims]
    if claims and any(m.text.lower() in _GENERIC_KINDS for m in mentions):
        claims = _generic_named(claims, sentence, mentions, lexicon, running)
    if claims and "itself" in sentence:
        claims = _index_itself(claims, sentence, mentions, lexicon)
    if running is None:
        return claims
    return [replace(c, subject=running, strong=True, inherited=True, running=running) if c.subject is None
            else replace(c, running=running) for c in claims]


_GENERIC_KINDS = {"the index": InstrumentKind.INDEX, "its index": InstrumentKind.INDEX,
                  "the underlying index": InstrumentKind.INDEX, "the fund": InstrumentKind.ETF,
                  "the etf": InstrumentKind.ETF}
"""Words that name an instrument by its kind only: the article's own (or its index) unless the text is
about another instrument where they stand."""


def _generic_named(claims: list[Claim], sentence: str, mentions: list[Mention], lexicon: Lexicon,
                   running: tuple[str, ...] | None) -> list[Claim]:
    """"The Dow fund DIA ended at $471.60; the index closed at 47,220.31" in an article on IWM: "the index"
    is the index of the instrument the sentence named before it (else of the paragraph's running subject),
    not the article's own index; a comparison's object ("than IWM") is no such instrument."""
    out = []
    for claim in claims:
        generic = next((m for m in reversed(mentions) if m.end <= claim.number.start), None)
        kind = _GENERIC_KINDS.get(generic.text.lower()) if generic is not None else None
        if generic is None or kind is None or claim.subject != generic.symbols:
            out.append(claim)
            continue
        named = [m for m in mentions if m.end <= generic.start and m.text.lower() not in _GENERIC_KINDS
                 and not compared_against(sentence, m)]
        about = named[-1].symbols if named else running
        family = {f for s in about for f in lexicon.family_of(s)} if about else set()
        if family and family.isdisjoint(generic.symbols):
            members = tuple(s for s in sorted(family) if lexicon.kind_of(s) == kind)
            if len(members) == 1:
                claim = replace(claim, subject=members)
        out.append(claim)
    return out


_ITSELF = re.compile(r"\s+itself\b", re.IGNORECASE)
_OTHER_CLAUSE = re.compile(r"[;\u2014]|\band\b|\bwhile\b|\bbut\b")


def _index_itself(claims: list[Claim], sentence: str, mentions: list[Mention],
                  lexicon: Lexicon) -> list[Claim]:
    """"The Dow itself finished at 48,219.41, up 0.87%": a family's name with "itself" is its index,
    not the fund that tracks it (DIA's 0.89% is no match)."""
    out = []
    for claim in claims:
        mention = next((m for m in reversed(mentions)
                        if m.end <= claim.number.start and m.symbols == claim.subject), None)
        if mention is not None and len(mention.symbols) > 1 and _ITSELF.match(sentence, mention.end) \
                and not _OTHER_CLAUSE.search(sentence, mention.end, claim.number.start):
            index = tuple(s for s in mention.symbols if lexicon.kind_of(s) == InstrumentKind.INDEX)
            if len(index) == 1:  # named with emphasis in the figure's own clause: strongly the index's
                claim = replace(claim, subject=index, strong=True)
        out.append(claim)
    return out


_LIST_GLUE = re.compile(r"^[\s,;]*(?:and\s+|while\s+|with\s+)?$", re.IGNORECASE)
_FOR_LIST = re.compile(r"(?:\s+(?:for|in)\s+[^\d,;.]{1,30}?)?[\s,;]*(?:and\s+|against\s+|versus\s+|vs\.?\s+|"
                       r"compared with\s+)?$", re.IGNORECASE)
"""The glue of a list that names each instrument after its figure ("QQQ is up 14.73%, against 16.90% for
SPY, 6.55% for DIA and 11.79% for IWM"): each is that instrument's move over the same period."""
_LIST_ADVERB = re.compile(r"^[\s:]*(?:(?:just|only|a mere|merely|about|roughly|nearly|some|another)\s+)?$",
                          re.IGNORECASE)


def _list_moves(claims: list[Claim], sentence: str, mentions: list[Mention]) -> list[Claim]:
    """"SPY rose 1.10%, DIA 0.60% and IWM just 0.30%": a bare % right after another instrument, listed
    after a move, is that instrument's move over the same period with the same verb, not a distance
    (a coincidence with its distance from an average is no match). Not when the list's period is in
    doubt: "IWM lost 1.10% over five sessions while SPY gained 1.10% and QQQ 1.28%"."""
    given = tuple(claims)  # the periods are those of the claims as read, before any list is taken
    periods: set[str | None] | None = None  # read only when a listed move's period is in doubt
    for n in range(1, len(claims)):
        move, claim = claims[n - 1], claims[n]
        listed = claim.kind == ClaimKind.DISTANCE or claim.kind == ClaimKind.CHANGE and claim.period is None \
            and claim.number.sign != 0 and move.period is not None
        if move.kind != ClaimKind.CHANGE or not listed or claim.names is not None \
                or claim.relation is not None or claim.number.unit != "pct" or not claim.strong \
                or not move.subject or claim.subject in (None, move.subject):
            continue
        if move.period is None:
            if periods is None:
                periods = {c.period for c in given if c.kind == ClaimKind.CHANGE} | {_period_of(sentence)}
            if len(periods) > 1:
                continue
        between = [m for m in mentions if move.number.end <= m.start and m.end <= claim.number.start]
        named_after = _FOR_LIST.match(sentence, move.number.end, claim.number.start) is not None \
            and any(m.start >= claim.number.end and _FOR_GAP.fullmatch(sentence, claim.number.end, m.start)
                    and m.symbols == claim.subject for m in mentions)
        if not named_after and (len(between) != 1 or between[0].symbols != claim.subject
                                or claim.kind != ClaimKind.DISTANCE):
            continue
        if named_after or _LIST_GLUE.match(sentence[move.number.end:between[0].start]) \
                and _LIST_ADVERB.match(sentence[between[0].end:claim.number.start].lstrip("+-\u2212")):
            claims[n] = replace(claim, kind=ClaimKind.CHANGE, period=claim.period or move.period,
                                direction=claim.direction or move.direction)
    return claims


def _claim(number: PrintedNumber, sentence: str, section: str, mentions: list[Mention],
           quoted: list[tuple[int, int]], held: frozenset[int]) -> Claim:
    """`held`: the word families the sentence holds (sentence_families): a pattern of a family it lacks
    is not searched around any of its figures."""
    before, after = sentence[:number.start], sentence[number.end:]
    clause = _clause_tail(before)  # read by the naming, direction, flat and period tests
    subject, strong = _subject(number, sentence, mentions)
    owner = _possessor_right_before(number, sentence, mentions) if not number.sign else None
    direction = _direction(number, clause if owner is None else sentence[owner:number.start])
    restated = _RESTATED_MOVE.search(before[-60:]) \
        if not direction and number.unit == "pct" and _may_end_with(before, _RESTATED_LAST) else None
    if restated is not None:
        direction = _direction(number, restated.group(0))
    if not direction and number.unit == "pct" and _OFF_BEFORE.search(clause[-30:]) \
            and not _FROM_LEVEL.search(after[:40]):
        direction = -1  # "settled at 6,821.04, off 1%": a fall, unless measured from a level
    if not direction and number.unit == "pct" and _MADE_BEFORE.search(clause[-30:]):
        direction = 1  # "SPY made 1.10%, DIA 0.60%": a gain (the list after it reads as moves too)
    spoken = _SPOKEN_SIGN.search(before[-24:]) if not direction and number.unit == "pct" \
        and ("plus" in before[-8:].lower() or "minus" in before[-8:].lower()) else None
    if spoken is not None:
        direction = 1 if spoken.group("sign").lower() == "plus" else -1  # "closed ... with plus 1.11 percent"
    names, kind = _named(before, after, number, direction, held)
    signed = _SIGNED_MOVE_TO.search(before[-30:]) if names == "close" and not strong else None
    if signed is not None and (signed.group("word") or "").lower() not in _VERBS_BEFORE_SIGNED:
        names, kind = None, ClaimKind.VALUE  # "Crude -2.7% to $67.35": a close only of what opens the line
    if subject and not strong and kind == ClaimKind.CHANGE and number.unit == "pct" and direction \
            and _sole_opening_subject(mentions, sentence, number):
        strong = True  # "QQQ got hit harder than us, -1.24%": the one instrument, opening the sentence
    bare = _bare_level(before, mentions) if names is None and kind == ClaimKind.VALUE else None
    if bare is not None and (strong or bare.group("adjective")) and not _NOT_LEVEL_AFTER.match(after) \
            and not SET_OUT.search(before, max(0, len(before) - 80)):  # "Breaking from the gate it's the
        # S&P 500 at 6,833.00": where the day set out from, its open
        names, kind = "close", ClaimKind.LEVEL  # "VIX at 19.2", "the Russell around 2,965"
        strong = True  # "the VIX at a sleepy 14": the adjective does not loosen the subject
    elif names is None and kind == ClaimKind.VALUE and not number.sign \
            and _labelled_level(before, after, mentions):
        names, kind, strong = "close", ClaimKind.LEVEL, True  # "Russell 2000 itself: 2,465.79, down 0.78%"
    relation, reference = _relation(after, number.sign)
    subject_average = _average_as_subject(before, after) if relation and number.unit == "pct" else None
    if subject_average is not None:  # "the 200-day, 6,477.10, is 5.83% below us": the close is above it
        relation, reference = "above" if relation == "below" else "below", subject_average
        kind = ClaimKind.DISTANCE
    if relation is not None and reference is None and number.unit == "pct":
        reference = _level_beside(before)  # "200-day: $230.77 (5.68% above)": above that average
    words_after = _words_after(after)  # "1.46% higher over the past month"
    # "Week: -1.10%", "| Month: +6.62%" (a label ends in ':' right before the figure)
    label = _period_label(before)
    own_words = label if label is not None else words_after
    own = _period_of(own_words)
    lead = _LIST_LABEL.match(before) if own is None and ":" in before else None
    if lead is not None and ":" not in before[lead.end():] and lead.group("label").lower() in _PERIOD_LABELS:
        own_words = lead.group("label")  # "YTD: SPY 2.05%, QQQ 3.16%, DIA -1.71%": the list's period
        own = _period_of(own_words)
    short = _SHORT_LABEL.search(before) if _may_end_with(_label_end(before), _SHORT_LABELS) else None
    if short is not None and short.group("count"):  # "| 10 sessions +0.17%": a window's cell
        own_words, own = f"past {short.group('label')}", "window"
    elif short is not None:  # "Wk +2.78% / 1m +6.62% / YTD -2.93%": each label is its own figure's period
        own_words, own = short.group("label"), _SHORT_PERIODS[short.group("label").lower()]
    if relation is None and number.unit == "pct":
        level = _level_beside(before)
        if level is not None:  # "the 50d ($439.80, +4.85%)", "SMA50 245.77 (-0.60%)", "vs 50d +0.09%"
            relation, reference = "below" if number.sign < 0 else "above", level
            kind = ClaimKind.DISTANCE
        by = _SIDE_LEVEL_BY.search(before, max(0, len(before) - 90)) if level is None and _may_end_with(
            before, ("by", "just", "only", "about", "roughly", "some", "nearly", "almost", "mere")) else None
        if by is not None:  # "QQQ TOPS 50-DAY AVERAGE ($614.02) BY 2.92%": its distance from that average
            relation = "below" if by.group("side").lower().startswith(_BELOW_SIDES) else "above"
            reference = _level_reference(by)
            kind = ClaimKind.DISTANCE
        side = SIDE_OF_IT_BRACKETED.search(before, max(0, len(before) - 40)) \
            if level is None and before.rstrip().endswith("(") else None
        if side is not None and by is None:  # "just under one percent below it (-0.97%)": the words' distance
            relation = "above" if side.group(1).lower() in ("above", "over") else "below"
            kind = ClaimKind.DISTANCE
    if own is not None:
        frame = own_words
        period: str | None = own
    else:
        frame = _period_clause(sentence, number, clause, words_after)
        period = _period_of(frame) or (_contrast_period(before) if _CONTRAST_FAMILY in held else None)
        if period is None and restated is not None and direction:
            period = "1d"  # "a loss of $3.41, or 0.50%": the day's move, no other period's
        if period == "window" and kind == ClaimKind.DISTANCE and names is None and relation is None \
                and _CUMULATIVE.search(clause):
            kind = ClaimKind.CHANGE  # "the cumulative decline rate of the four days reaches 2.10%"
    if own is None and period in _MOVE_PERIODS and kind == ClaimKind.DISTANCE and names is None \
            and relation is None and not _FROM_LEVEL.search(before[-120:]):
        kind = ClaimKind.CHANGE  # "in the week it loses 1.80% and in the month 0.72%": that period's move
    if own is not None:
        turn = _MOVE_AFTER.match(after)
        if kind == ClaimKind.DISTANCE and not direction and names is None and relation is None \
                and own in ("ytd", "mtd", "5d", "1m", "window"):
            # "1.97% lower over the past month", "twenty-eight percent on the year": a move of that period
            kind = ClaimKind.CHANGE
            if turn is not None:
                direction = 1 if turn.group(1).lower() in ("higher", "up") else -1
    if names == "lookback_sessions":
        window = _lookback_sessions(number, after)
    else:
        window = window_sessions(frame) if period == "window" else None
    run = _run_total(before, after, _COST_FAMILY in held) \
        if period in (None, "since") and names is None and number.unit == "pct" else None
    if run is not None:  # "three red days now, -3.60% in total": the run's return, not the day's
        period, window, kind = "window", run, ClaimKind.CHANGE
    average = average_of(before) if number.unit == "pct" and names is None and relation is None else None
    return Claim(
        number=number, sentence=sentence, section=section, kind=kind, subject=subject, strong=strong,
        names=names, direction=direction, flat=bool(_FLAT.search(clause)),
        relation=relation, reference=reference, period=period,
        quoted=bool(quoted) and any(a <= number.start < b for a, b in quoted), window=window, average=average,
        run=run is not None,
    )


_MOVE_PERIODS = ("ytd", "mtd", "5d", "1m")


_POSSESSIVE_GAP = re.compile(r"['\u2019]s\s+(?:(?:own|daily|day's|session)\s+)?$")


def _possessor_right_before(number: PrintedNumber, sentence: str, mentions: list[Mention]) -> int | None:
    """Where the words after an instrument's possessive right before the figure start ("DIA's 0.60%
    trailed SPY's 1.10%"): the figure is that instrument's own, and a verb before the possessive
    ("trailed") tells the other subject's move, not this figure's direction."""
    for m in reversed(mentions):
        if m.end <= number.start:
            gap = _POSSESSIVE_GAP.match(sentence, m.end, number.start)
            return gap.end() if gap is not None else None
    return None


_OPENING = re.compile(r"^[\W\d]*(?:[A-Za-z][\w.-]{0,20}:\s+)?(?:(?:the|and|but|so|meanwhile|also)\s+)?$",
                      re.IGNORECASE)
"""What may stand before a sentence's opening subject: markup, a chat line's time and speaker
("[16:02] lee: "), a conjunction or "the"."""


def _sole_opening_subject(mentions: list[Mention], sentence: str, number: PrintedNumber) -> bool:
    """The sentence names one instrument before the figure, as its opening subject, and the figure is
    the first in its clause: "QQQ got hit harder than us, -1.24%" is QQQ's move, whatever it is
    compared to, and so is "The Nasdaq 100 won, up 1.89%, so the S&P 500 trailed it" (a name after the
    figure is not its subject)."""
    named_before = {m.symbols for m in mentions if m.end <= number.start}
    return len(named_before) == 1 and mentions[0].end <= number.start \
        and _OPENING.match(sentence[:mentions[0].start]) is not None \
        and not _BETWEEN_BREAK.search(sentence, mentions[-1].end, number.start)


_BETWEEN_BREAK = re.compile(r"[;|\d]")
"""A clause break, a table cell or another figure between the instrument and the figure."""



_LIST_LABEL = re.compile(r"^[\s*_\-\u2022>#]*(?P<label>[A-Za-z][A-Za-z0-9 -]{0,20}?)[\s*_]*:(?!\d)")
_PERIOD_LABELS = frozenset(("ytd", "year to date", "year-to-date", "this year", "mtd", "month to date",
                            "month", "this month", "past month", "this week", "past week"))
"""A line's opening label ending in ':' ("- YTD: SPY 2.05%, QQQ 3.16%"): when it is a period's name and
nothing else, every figure of the line after it is over that period."""
_SHORT_LABEL = re.compile(r"(?:^|[/|;:,\u00b7\u2022\u25b8(])[\W\d]*?\s*"
                          r"(?P<label>wk|w/w|1w|5d|week|mtd|1m|1mo|m/m|month|ytd|"
                          r"(?P<count>\d{1,3})\s(?:sessions|trading days|days))\s*:?\s*$", re.IGNORECASE)
_SHORT_LABELS = ("wk", "w/w", "1w", "5d", "week", "mtd", "1m", "1mo", "m/m", "month", "ytd", "sessions",
                 "days")


def _label_end(before: str) -> str:
    """`before` without the spaces and the one ':' that may follow a _SHORT_LABEL's label."""
    end = before.rstrip()
    return end[:-1] if end.endswith(":") else end


_SHORT_PERIODS = {"wk": "5d", "w/w": "5d", "1w": "5d", "5d": "5d", "week": "5d", "mtd": "mtd", "1m": "1m",
                  "1mo": "1m", "m/m": "1m", "month": "1m", "ytd": "ytd"}
"""A desk's short period label opening a figure's cell of a line, maybe after an icon ("Wk +2.78% / 1m
+6.62%", "5D -1.80% | 1M -0.72%", "📉 Week -1.10% · Month -1.65%"): the label before the figure is its
period, never the next cell's label after it."""


def is_period_label(title: str) -> bool:
    """A table column's title that is a period's short label and nothing else ("Week", "1M", "MTD"):
    each figure in the column is that period's move."""
    return title.strip().lower() in _SHORT_PERIODS
_AVERAGE = (r"(?:(?P<n>20|50|200)(?:d|-day|-DMA| DMA|-SMA| SMA)(?: average| MA| line)?"
            r"|(?:SMA|MA)\s?(?P<m>20|50|200))")
_EXTREME = r"(?:52[- ]?w(?:ee)?k?|52-week)\s+(?:(?P<high>hi|high)|(?P<low>lo|low))"
"""(Not the record: "A RECORD CLOSE: $622.21, +1.73%" is today's close and its move.)"""
_LEVEL_PRICE = re.compile(rf"\b(?:{_AVERAGE}|{_EXTREME})\s*(?:\(\s*|[:=]?\s+)\$?\d[\d,]*(?:\.\d+)?"
                          r"(?:\s*,\s*|\s*\(\s*)$", re.IGNORECASE)
"""A level's label and its price, then a % in the same parentheses or in its own: the close's distance
from that level ("the 50d ($439.80, +4.85%)", "SMA50 245.77 (-0.60%)", "52w Hi 257.77 (-5.23%)")."""
_LEVEL_VERSUS = re.compile(rf"\b(?:vs\.?|versus)\s+(?:the\s+|its\s+)?(?:{_AVERAGE}|{_EXTREME})\s*:?\s*$",
                           re.IGNORECASE)
"""A distance labelled by what it is measured against ("vs 50d +0.09%", a table's "vs 50d" column)."""


SIDE_OF_IT_BRACKETED = re.compile(r"\b(above|below|under|over|beneath)\s+"
                                  r"(?:it|that(?:\s+(?:level|mark|line))?|this\s+(?:level|mark|line))\s*\(\s*$",
                                  re.IGNORECASE)
"""The side and pronoun before a bracketed %: "just under one percent below it (-0.97%)" prints in
digits the distance the words before it give."""
SIDE_OF_IT_BRACKETED = leading(SIDE_OF_IT_BRACKETED)  # see lookahead.py


def _level_beside(before: str) -> str | None:
    """The reference ('sma_50', 'high_52w', ...) of a % printed as the close's distance from a level
    named right before it, else None."""
    match = _LEVEL_PRICE.search(before, max(0, len(before) - 80)) if before.rstrip().endswith(("(", ",")) \
        else None
    if match is None:
        near = folded(before[-40:])
        if near is None or "vs" in near or "versus" in near:
            match = _LEVEL_VERSUS.search(before, max(0, len(before) - 40))
    return _level_reference(match) if match is not None else None


def _level_reference(match: re.Match[str]) -> str:
    """The reference a match of _AVERAGE or _EXTREME names."""
    if match.group("n") or match.group("m"):
        return f"sma_{match.group('n') or match.group('m')}"
    return "high_52w" if match.group("high") else "low_52w"


_SIDE_LEVEL_BY = re.compile(rf"\b(?P<side>tops?|topped|topping|beats?|beat|exceeds?|"
                            rf"exceeded|clears?|cleared|trails?|trailed|lags?|lagged)\s+(?:the\s+|its\s+)?"
                            rf"(?:{_AVERAGE}|{_EXTREME})(?:\s+(?:moving\s+)?average)?"
                            r"\s*(?:\(\$?\d[\d,]*(?:\.\d+)?\))?,?\s+by\s+"
                            r"(?:just |only |about |roughly |some |nearly |almost |a mere )?$", re.IGNORECASE)
"""A verb of side, a named average or 52-week extreme (maybe its price in brackets), then 'by' and a %:
the close's distance from that level ("QQQ TOPS 50-DAY AVERAGE ($614.02) BY 2.92%", "trails its
200-day by 1.2%"). ("above its 200-day average ($647.76), by 1.76%" is the distance from the printed
level: values._level_before.)"""
_BELOW_SIDES = ("trail", "lag")


_RESTATED_MOVE = re.compile(r"(?:[^\s,;:()]+\s+){1,4}[-+\u2212]?\$?\d[\d,]*(?:\.\d+)?(?:\s*(?:points?|pts?))?"
                            r"\s*(?:,\s*(?:or|which is|that is|that's|which was)?|\()"
                            r"\s*(?:(?:roughly|about|around|nearly|almost|some|close to|"
                            r"just over|just under)\s+)?$", re.IGNORECASE)
"""A move in dollars or points restated as a % ("a loss of $3.41, or 0.50%", "up $0.37 (0.30%)", "up $11.68,
which is almost 2%", "Up $10.60, 1.39%"): the %
takes the direction of the words before the first figure."""
_RESTATED_LAST = ("(", ",", "or", "is", "was", "that's", "roughly", "about", "around", "nearly", "almost",
                  "some", "to", "over", "under")
"""What every _RESTATED_MOVE match ends with before its trailing spaces: a cheap test (_may_end_with)
before its search, which backtracks along each of the 60 characters (about 45 us a figure)."""
_MOVE_AFTER = re.compile(r"^\s*(higher|lower|up|down)\b", re.IGNORECASE)
"""A direction written after the figure, its period after that ('1.97% lower over the past month')."""


_FOR_GAP = re.compile(r"\s*(?:for|in|on|at)\s+(?:the\s+)?")


def _subject(number: PrintedNumber, sentence: str,
             mentions: list[Mention]) -> tuple[tuple[str, ...] | None, bool]:
    for mention in mentions:  # "46.8 for SPY", "1.10% in QQQ"
        gap = sentence[number.end:mention.start]
        if mention.start >= number.end and _FOR_GAP.fullmatch(gap):
            return mention.symbols, True
    earlier = [m for m in mentions if m.end <= number.start]
    if not earlier:
        return None, False
    last = earlier[-1]
    gap = sentence[last.end:number.start]
    if number.sign:
        gap = gap.rstrip("+-\u2212")
    return last.symbols, _strong_gap(gap.replace("$", ""))


_GAP = re.compile(r"\bgap(?:ped|s)?(?: (?:up|down|higher|lower|open))?(?: (?:by|of))?[\s:]*$", re.IGNORECASE)
_GAP_AFTER = re.compile(r"^\s+(?:opening\s+)?gap\b(?!\s+(?:between|to|with|versus|vs|over|against)\b)",
                        re.IGNORECASE)
_OPENED = re.compile(r"\b(?:open(?:ed|ing|s)?|gapp?(?:ed|ing)?|first (?:print|trade|tick))\b", re.IGNORECASE)
"""A % named a gap after it in a sentence about the open ("opened $618.09 vs $614.72 Thursday, a 0.45%
gap", "the first print was $478.18 against Friday's $477.33, a 0.18% gap"): the opening gap, not a gap
between two moves."""
_OPEN_AT_BEFORE = re.compile(r"\bopen(?:ed|ing|s)?\b(?:\s+[\w']+){0,3}?\s+at\s+\$?\d[\d,]*(?:\.\d+)?,?\s*"
                             r"(?:about |roughly |just |some |only |a )?$", re.IGNORECASE)
PREV_CLOSE_AFTER = re.compile(
    r"^\s+(?:above|below|under|over|beneath)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|yesterday|"
    r"the (?:previous|prior) (?:session|day|close))(?:['\u2019]s)?(?:\s+(?:close|closing|finish|settle)\w*)?"
    r"(?:\s+(?:of\s+)?\$?\d[\d,]*(?:\.\d+)?)?)(?![\w-])", re.IGNORECASE)
"""The open's distance from the previous close, told after the open ("opened at $656.50, 0.18% above
Tuesday's $655.35", "an opening at $620.75, 0.13% under Monday's close"): the opening gap, `gap_pct`."""
_VERSUS = re.compile(r"^\s*(?:vs\.?|versus|against)\s*[+\-\u2212]?\d")
_MACD_FIRST = re.compile(r"\bMACD\b.*\bsignal\b", re.IGNORECASE)
_ELIDED = re.compile(r"\w['\u2019]s (?:is|was|sits|stands|reads)(?: (?:at|near|around))?\s*$")
_ELIDED_NAMES = (("rsi_14", re.compile(r"\bRSI\b")), ("macd", re.compile(r"\bMACD\b")),
                 ("atr_14", re.compile(r"\bATR\b")))


def _elided_name(before: str) -> str | None:
    """"QQQ's RSI is at 72.7; IWM's is at 67.1": a possessive with its noun left out names the
    indicator its sentence named last."""
    near = before[-30:]
    if ("'s " not in near and "\u2019s " not in near) or not _ELIDED.search(near):
        return None
    hits = [(m.start(), name) for name, pattern in _ELIDED_NAMES for m in pattern.finditer(before)]
    return max(hits)[1] if hits else None


def _named(before: str, after: str, number: PrintedNumber, direction: int,
           held: frozenset[int]) -> tuple[str | None, ClaimKind]:
    """The fact a figure's words name and its kind; `direction` is _direction of its clause, `held` the
    word families of its sentence (sentence_families)."""
    tail = before[-90:].replace("$", "")
    if number.sign:
        tail = tail.rstrip("+-\u2212")
    if after[:1] == "-" or after.lstrip()[:1] in _AFTER_FIRST:
        for pattern, name, kind in _AFTER:
            if pattern.search(after):
                return name, kind
        if _CROSS_FAMILY in held and (
                (_CROSS_AGE.match(after) or _SESSIONS_AFTER.match(after) and _SINCE_DATE.search(before[-40:]))
                and _CROSS_WORDS.search(before[-120:]) or _cross_age(before, after)):
            return "cross_sessions_since", ClaimKind.VALUE  # "in a golden cross since July 27, 83 sessions"
        if _SESSIONS_BRACKETED.match(after) and _EVENT_DATE_BEFORE.search(before[-50:]) \
                or _WITHIN.search(before[-12:]) and _SESSIONS_AFTER.match(after) \
                and _EVENT_BEFORE.search(before) is not None:
            return "event_sessions_until", ClaimKind.VALUE  # "FOMC Dec 9 (13 sessions)", "the Fed ..., within
            # 13 sessions"
    if number.value in _SCALES and _OUT_OF.search(before[-20:]):
        return None, ClaimKind.SCORE  # the scale of a score ("Pulse 74 out of 100"), as in "74/100"
    if _lookback(before, after, number):
        return "lookback_sessions", ClaimKind.VALUE
    if number.unit == "pct" and "gap" in tail.lower() and _GAP.search(tail):
        return "gap_pct", ClaimKind.CHANGE  # "Gapped -0.25% at the open": the gap, not the day's move
    if number.unit == "pct" and _GAP_AFTER.match(after) and _OPENED.search(before):
        return "gap_pct", ClaimKind.VALUE  # "opened $618.09 vs $614.72 Thursday, a 0.55% gap": not dated
    if number.unit == "pct" and PREV_CLOSE_AFTER.match(after) and _OPEN_AT_BEFORE.search(before[-80:]):
        return "gap_pct", ClaimKind.CHANGE  # "It opened at $462.98, 0.17% below Tuesday's close"
    if number.unit == "pct" and ("wid" in tail[-24:] + after[:8] or "range" in tail[-14:] + after[:8]
                                 or "spread" in tail[-20:] or tail.rstrip().endswith("(")
                                 or _RANGE_AFTER.match(after)):
        width = _width_named(before, after)
        if width is not None:
            return width, ClaimKind.VALUE  # "a range ... for 25 sessions, a width of 3.43%"
    elided = _elided_name(before)
    if elided is not None:
        return elided, ClaimKind.INDICATOR
    if number.unit in (None, "price") and (number.sign and _MOVE_PCT_AFTER.match(after)
                                           or _ARROW_BEFORE.search(before[-4:]) and _PCT_AFTER.match(after)):
        return "change_1d", ClaimKind.VALUE  # "+$3.38 / +0.58%", "▲ 7.49 (+1.10%)": the move beside its %
    if number.unit in (None, "price") and not number.sign and _may_end_with(before, _RESTATED_PCT_LAST) \
            and _RESTATED_PCT.search(before[-40:]) \
            and (number.unit == "price" or IN_POINTS.match(after)):
        return "change_1d", ClaimKind.VALUE  # "up 1.11%, that is 75.63 points": the day's % move restated
    move_tail = _EMPHASIS.sub("", tail) if "a" in tail[-12:] and _may_end_with(tail, _EMPHASIS_LAST) \
        else tail  # "up a whopping $0.37"
    if number.unit in (None, "price") and not number.sign and _may_end_with(move_tail, _MOVE_BY_LAST) \
            and _MOVE_BY.search(move_tail) \
            and (number.unit == "price" or IN_POINTS.match(after)):
        return "change_1d", ClaimKind.VALUE  # "up $0.37 (0.30%)", "up 57.63 points": the day's move
    if number.unit in (None, "ratio") \
            and (_ATR_UNITS.match(after) or _DAY_RANGE_UNITS.match(after) or _TIMES_ATR.match(after)
                 or _SHARE_OF_ATR.match(after)
                 or _TIMES_THAT.match(after) and _ATR_NAMED.search(before[-120:])) \
            and _move_in_atrs(before, after):
        return "move_atr", ClaimKind.VALUE  # "Friday's move was about 3.6 ATRs", "a move of 1.6 ATRs"
    if number.unit == "ratio" and (_VOLUME_BEFORE.search(before[-120:]) or _VOLUME_AFTER.match(after)):
        return "volume_ratio", ClaimKind.VALUE  # "Volume was loud: 86.8M against 44.3M, roughly 3x"
    if number.unit == "volume":
        return _share_count_name(before, after), ClaimKind.VALUE
    if number.unit not in ("pct", "pp", "bp"):  # no naming pattern names a move: "finished down 0.30%"
        # is not the close
        named = _named_by_patterns(tail, before[-60:], after, number.unit, held, _naming_candidates(tail))
        if named is not None:
            return named
    if number.unit == "pct" and (_FROM_LEVEL.search(before[-120:]) or _FROM_LEVEL.search(after[:40])):
        return None, ClaimKind.DISTANCE
    if number.unit in ("pp", "bp"):
        return None, ClaimKind.DIVERGENCE
    if number.unit == "pct":
        return None, ClaimKind.CHANGE if direction or number.sign else ClaimKind.DISTANCE
    return None, ClaimKind.VALUE


def _named_by_patterns(tail: str, near: str, after: str, unit: str | None, held: frozenset[int],
                       candidates: list[int]) -> tuple[str, ClaimKind] | None:
    """The first of the _NAMING patterns at `candidates` that names the figure after `tail` (its
    sentence's last 90 characters before it, '$' dropped), `near` the last 60 before it, `after` the
    sentence from its end, `unit` its unit (no move's: pct, pp, bp), `held` its sentence's word
    families."""
    no_close: bool | None = None  # asked once, not once per close pattern (there are five)
    at_or_to: bool | None = None
    opens_label: bool | None = None
    for n in candidates:
        pattern, name, kind = _NAMING[n]
        if name == "close":
            if no_close is None:
                no_close = bool(_NOT_PRICE_FAMILY in held and _NOT_PRICE.search(near)
                                or _NOT_LEVEL_AFTER.match(after))
            if no_close:
                continue  # "RSI(14) has eased to 48.4", "daily closes, 64 sessions" are no close
        if n in _LINE_LABELS:
            if opens_label is None:
                opens_label = _may_open_a_label(tail)
            if not opens_label:
                continue
        if n in _ENDS_AT_OR_TO:
            if at_or_to is None:
                at_or_to = _may_close_after_move(tail)
            if not at_or_to:
                continue
        if name == "change_1d" and unit != "price" and not (unit is None and IN_POINTS.match(after)):
            continue  # a bare figure after a move verb is the move only in points ("lost 412.84 points":
            # the index's move; values.py holds it to the family's index)
        if pattern.search(tail):
            if name in ("high", "low") and "range" in pattern.pattern and _SESSIONS_SPAN.search(after[:60]):
                continue  # "Range: $241.00 to $249.26 over 22 sessions": the consolidation range
            if name == "macd_signal" and _VERSUS.match(after) and _MACD_FIRST.search(tail):
                return "macd", ClaimKind.INDICATOR  # "MACD ... below its signal: 0.86 vs 0.57"
            return name, kind
    return None


_ARROW_BEFORE = re.compile("[\u25b2\u25bc\u2191\u2193]\\s*$")
_MOVE_PCT_AFTER = re.compile(r"^\s*(?:\(\s*|/\s*|,\s*|,?\s+or\s+)[+\-\u2212]\d[\d,]*(?:\.\d+)?%")
_PCT_AFTER = re.compile(r"^\s*(?:\(\s*|/\s*|,\s*)[+\-\u2212]?\d[\d,]*(?:\.\d+)?%")
"""A signed figure with a signed % right after it in brackets, after a slash or a comma ("(-$0.36,
-0.86%)"), or one after an up/down arrow with a % ("▲ $3.38 (0.58%)"): the day's move in dollars or
points beside the same move in %."""
_SCALES = (5, 10, 100)
IN_POINTS = re.compile(r"^\s*(?:points?|pts?)\b", re.IGNORECASE)
_MOVE_BY = leading(re.compile(
    r"(?:(?:^|[,(:;\u2014]\s*|\b(?:closed|ended|finished|settled|closes|ends|finishes|"
                      r"settles|is|was|trades|traded|trading)\s+|\b(?:that|it)['\u2019]s\s+)(?:up|down)|"
                      r"(?:^|[\s,(])(?:higher by|lower by|gaining|losing|adding|shedding|rising|"
                      r"falling))\s*$", re.IGNORECASE))
"""A move word right before a dollar or point figure ("closed at $244.30, up $0.37 (0.30%)", "closes up
65.63 pts"): the day's move in dollars or points (followed by "to" or "at", the figure after is the
close: see _NAMING). A bare "up"/"down" only after a clause mark or a closing verb: "or gives up
$2.10" in a scenario is no day's move."""
_RESTATED_PCT = leading(re.compile(r"\b(?:up|down|gain(?:ed|ing)?|los(?:t|s|ing)|rose|fell|adv\w*|"
                           r"decl\w*|progress\w*|"
                           r"fall|rise|drop\w*|climb\w*|slip\w*)\b[^.;:%]{0,20}?[+\-\u2212]?\d[\d,]*(?:\.\d+)?%\s*,?\s*"
                           r"(?:that is|that's|i\.e\.|or|which is)\s*$", re.IGNORECASE))
"""A day's move in %, then the same move restated in points or dollars ("in progress of 1.11%, that
is 75.63 points", "down 0.90%, or $5.59")."""
_RESTATED_PCT_LAST = ("is", "that's", "i.e.", "or")
"""What every _RESTATED_PCT match ends with before its trailing spaces (see _may_end_with)."""
_EMPHASIS = re.compile(r"\s+an?\s+(?:whopping|mere|meager|meagre|measly|paltry|modest|hefty|solid|tidy|cool|"
                       r"healthy|robust|sharp|steep|small|slight|tiny)\s*$", re.IGNORECASE)
"""An article and one size word between a move word and its figure ("up a whopping 37 cents", "down a
mere $0.12"): the move's words all the same."""
_EMPHASIS_LAST = ("whopping", "mere", "meager", "meagre", "measly", "paltry", "modest", "hefty", "solid",
                  "tidy", "cool", "healthy", "robust", "sharp", "steep", "small", "slight", "tiny")
"""The size words one of which ends every _EMPHASIS match (before its trailing spaces)."""
_AVERAGE_COUNT_AFTER = re.compile(r"^\s*(?:shares?\s+)?(?:avg|average|on average|a day on average)\b",
                                  re.IGNORECASE)
_AVERAGE_COUNT_BEFORE = re.compile(r"\b(?:avg|average|norm|normal|usual)\.?(?:\s+(?:daily\s+)?volume)?"
                                   r"(?:\s+(?:of|is|was|at|near|around|about|roughly|some))*[\s:]*$",
                                   re.IGNORECASE)
_COUNT_VOLUME_BEFORE = re.compile(r"(?:\b(?:volume|vol|turnover|traded|trading)\b[.:]?[^;.\d]{0,30}|"
                                  r"\b(?:volume|vol)\b[.:]?\s*)$", re.IGNORECASE)


def _share_count_name(before: str, after: str) -> str | None:
    """A share count ("7.5mn", "86.8M") in volume words: the day's volume ("vol 5.5mn", "volume was
    86.8M"), or its 20-day average when the words say average ("vs 3.4mn avg", "an average of 44.3M")."""
    if _AVERAGE_COUNT_AFTER.search(after) or _AVERAGE_COUNT_BEFORE.search(before[-40:]):
        return "avg_volume_20"
    if _COUNT_VOLUME_BEFORE.search(before[-40:]) or _AGAINST_AVERAGE_AFTER.match(after) \
            or (_ON_SHARES_BEFORE.search(before[-30:]) and _SHARES_AFTER.match(after)) \
            or _SHARES_TRADED_AFTER.match(after) or _MULTIPLE_THEN_COUNT.search(before[-50:]):
        return "volume"  # "volume was 86.8M", "closed higher on 67.3 million shares", "68.8M shares
        # traded", "Volume was about twice normal (88.6M)"
    return None


_SHARES_TRADED_AFTER = re.compile(r"^\s*shares\s+(?:(?:of\s+)?[A-Z]{2,5}\s+)?(?:traded|changed hands|"
                                  r"were traded|went through)\b")
"""A share count with the trading after it ("68.8M shares traded", "39.6M shares of IWM changed hands")."""
_MULTIPLE_THEN_COUNT = re.compile(r"\b(?:volume|turnover)\b[^;.\d]{0,30}?\d+(?:\.\d+)?x"
                                  r"(?:\s+(?:its\s+|the\s+)?(?:normal|usual|average|avg))?\s*\(\s*$",
                                  re.IGNORECASE)
"""The day's volume in brackets after its multiple of normal ("Volume was about twice normal (88.6M)", read
as "Volume was 2x (88.6M)"; "volume 1.8x its average (118.3M)"), with no count before the multiple: after
one ("Volume 86.8M, about double its 20-day average (44.3M)") the bracket is the average's."""
_ON_SHARES_BEFORE = re.compile(r"\bon\s+(?:(?:about|roughly|around|nearly|almost|some|just over|"
                               r"just under|over|"
                               r"under)\s+)?$", re.IGNORECASE)
_SHARES_AFTER = re.compile(r"^\s*shares\b(?!\s+(?:outstanding|short|held|sold short)\b)", re.IGNORECASE)
_SHARE_COUNT = r"\d[\d,]*(?:\.\d+)?\s?(?:M|mn|K|million)\b"
_AGAINST_AVERAGE_AFTER = re.compile(r"^\s*(?:shares\s+)?(?:against|vs\.?|versus|compared with)\s+"
                                    r"(?:an?\s+|the\s+|its\s+)?(?:(?:\d+|twenty)-day\s+)?(?:average\s+(?:of\s+)?)?"
                                    + _SHARE_COUNT, re.IGNORECASE)
"""A share count set against another ("83.0 million shares against the 66.3 million average"): the day's
volume (the second is the average: see _AVERAGE_COUNT_AFTER)."""
_VOLUME_WORDS = r"\b(?:volume|turnover|trading (?:was|is|ran|came in))\b|\bvol\.?:?\s*" + _SHARE_COUNT
_SHARES_AGAINST = (_SHARE_COUNT + r"[^;.]{0,12}?\s(?:against|vs\.?|versus|over|compared with)\s+"
                   r"(?:an?\s+|the\s+|its\s+)?(?:(?:\d+|twenty)-day\s+)?(?:average\s+(?:of\s+)?)?"
                   + _SHARE_COUNT)
_SHARES_TRADED = _SHARE_COUNT + r"\s+shares\b"
_VOLUME_BEFORE = re.compile(rf"(?:{_VOLUME_WORDS}|{_SHARES_AGAINST}|{_SHARES_TRADED})"
                            r"(?![^;.]*\b(?:ratio|leverage|leveraged)\b)", re.IGNORECASE)
"""A multiple ('3x') later in a clause about volume ("volume", "trading was heavy") is the volume's
ratio to its average; so is one after a share count written "Vol 39.6M", set against another
("86.8M against 44.3M, or 2x") or told in shares ("86.8M shares, ~2x avg", "63.7 million shares, about
1.6 times the twenty-day average")."""
_VOLUME_AFTER = re.compile(r"^\s*(?:(?:the|its)\s+)?(?:(?:normal|usual|average|typical)\s+)?(?:daily\s+)?"
                           r"(?:volume|turnover)\b"
                           r"|^\s*(?:the|its|an?)\s+" + _SHARE_COUNT + r"(?:\s+shares)?\s+(?:average|avg)\b",
                           re.IGNORECASE)
"""A multiple right before volume words ("on 3x volume", "2x the average volume") or a share count's
average ("3x the 44.3 million average"): the volume's ratio."""
_OUT_OF = re.compile(r"\d\s+out\s+of\s+$", re.IGNORECASE)
_ATR_UNITS = re.compile(r"^(?:\s?x\s?|\s|-)(?:ATRs?|average true ranges?)\b(?!\s+(?:above|below|under|"
                        r"over|from|beyond|past|away|off|of(?!\s+\$?\d)|to|wide|stop))", re.IGNORECASE)
_SIGNED_MOVE_TO = re.compile(r"(?:^|[:,;(]\s*|\b(?P<word>[A-Za-z]+)\s+)[+\-\u2212]\d[\d,]*(?:\.\d+)?%"
                             r"\s+(?:to|at)\s*\$?$")
"""A signed move then "to" right before a figure ("IWM +0.30% to $244.30"): a close when its instrument is
named right before the move or a closing or move verb is ("ends +0.30% at 2,456.17")."""
_VERBS_BEFORE_SIGNED = frozenset("""up down higher lower rose fell gained lost added slipped dropped climbed
    shed shedding losing adding gaining dropping falling rising sliding slid jumped sank tumbled advanced
    declined ends ended closes closed finishes finished settles settled on day session back""".split())
_SESSIONS_SPAN = re.compile(r"(?:\b\d+|^)\s*(?:sessions?|sess|trading days|days|weeks|months)\b",
                            re.IGNORECASE)
"""A count of sessions around a range's bounds ("Range: $241.00 to $249.26 over 22 sessions", "Range (22
sess)"): the consolidation range, not the day's."""
_DAY_RANGE_UNITS = re.compile(r"^(?:\s+of)?\s+(?:an?|the|its)\s+(?:normal|average|typical|usual)\s+"
                              r"(?:day['\u2019]s|daily|"
                              r"session['\u2019]s)\s+(?:range|swing)\b", re.IGNORECASE)
"""A multiple or a share of an average day's range ("about 1.7 times an average day's range", "about 0.7
of an average day's range"): the ATR's words."""
_WIDTH_BEFORE = re.compile(r"\b(?:a |its |the )?width(?: of| is| was|:)?\s*"
                           r"(?:about |roughly |some |nearly )?$", re.IGNORECASE)
_WIDE_AFTER = re.compile(r"^\s+wide\b", re.IGNORECASE)
_RANGE_OF_BEFORE = re.compile(r"\ba (?:range|spread) of\s*(?:about |roughly |some |nearly )?$", re.IGNORECASE)
_EDGES_BRACKET = re.compile(r"\d\s*(?:to|-|\u2013)\s*\$?\d[\d,]*(?:\.\d+)?\s*\(\s*$")
"""A width in brackets right after a range's two edges ("22-session closing range 2,421.62 to 2,505.20
(3.45%)"), or "a spread of" after the sessions' closes ("whose closes ranged from $609.86 to $659.18, a
spread of 8.09%"): the range's width when the clause names a range of sessions."""
_RANGE_AFTER = re.compile(r"^\s+(?:range|band|box|channel|corridor)\b"
                          r"(?!\s+(?:on the day|today|intraday|for the (?:day|session)))", re.IGNORECASE)
_SESSIONS_WORD_IN = re.compile(r"\b(?:sessions|trading days)\b", re.IGNORECASE)
"""A range's width told as "a 10.50% range" or "a range of 11.41%" after the sessions it spans ("In 20
sessions the price went from $33.16 down to $30.01, a 10.50% range"): the consolidation range's width."""
_RANGE_WORDS = re.compile(r"\b(?:range|box|channel|consolidation|band)\b(?!\s+width)", re.IGNORECASE)
_BOLLINGER = re.compile(r"\bBollinger|\bBB\b|"
                        r"\b(?<!-)(?:day|session|intraday|daily|today)(?:['\u2019]s)?\s+(?:trading\s+)?range",
                        re.IGNORECASE)
"""A band or range whose width is not the consolidation range's: Bollinger's, the day's (not "the
20-session range", a range of sessions: values.py holds its count to the range's length)."""
_BOLLINGER = leading(_BOLLINGER)  # see lookahead.py


def _width_named(before: str, after: str) -> str | None:
    """The width a % the words give: the consolidation range's ("a range between $241.00 and $249.26
    for 25 sessions, a width of 3.43%", "the box is 3.4% wide", "the 22-session fairway that is 3.43%
    wide"), the Bollinger bands' ("Bollinger bands $239.63 to $250.15, 4.30% wide", "lower $676.53,
    width 2.42%"), or None (the day's range, no width word)."""
    clause = before[-160:]
    bracketed = _EDGES_BRACKET.search(before[-40:]) is not None and _RANGE_WORDS.search(clause) is not None
    if _RANGE_OF_BEFORE.search(before[-30:]) or _RANGE_AFTER.match(after) or bracketed:
        sessions = _SESSIONS_WORD_IN.search(clause) or _SESSIONS_NOUN.search(clause)
        if sessions is not None and _BOLLINGER.search(clause) is None:
            return "range_width_pct"
        if not bracketed:
            return None  # "the 20-day range ... (15.00% wide)": the width words below still read it
    if not (_WIDTH_BEFORE.search(before[-30:]) or _WIDE_AFTER.match(after)):
        return None
    bands = _BOLLINGER_BANDS.search(clause)
    if bands is not None and _RANGE_WORDS.search(clause, bands.end()) is None:
        return "bb_width_pct"
    ranged = _RANGE_WORDS.search(clause) is not None or _SESSIONS_NOUN.search(clause) is not None
    return "range_width_pct" if ranged and _BOLLINGER.search(clause) is None else None


_BOLLINGER_BANDS = re.compile(r"\bBollinger(?:\s+bands?)?\b|\bBB\b", re.IGNORECASE)
"""The Bollinger bands named last before a width, no range named after them."""
_SESSIONS_NOUN = re.compile(r"(?<![\w.,$-])\d{1,3}-(?:session|trading-day)\s+(?!average|moving|EMA|SMA)"
                            r"[a-z]+\b", re.IGNORECASE)
"""A span of sessions under any noun ("the 20-session dungeon spans $588.73 to $622.21, 5.69% wide")."""


_TIMES_ATR = re.compile(r"^\s+times\s+(?:the|its|an?)\s+(?:(?:\d+|fourteen)[- ](?:day|session)\s+|daily\s+|"
                        r"average\s+)?(?:ATR|average true range)\b", re.IGNORECASE)
"""A multiple of the ATR written out ("about 1.8 times the 14-day ATR of $2.97"): the ATR's words."""
_SHARE_OF_ATR = re.compile(r"^\s+of\s+(?:an?|the|its|one)\s+(?:full\s+)?"
                           r"(?:(?:\d+|fourteen)[- ](?:day|session)\s+)?(?:ATR|average true range)\b"
                           r"(?!\s+(?:above|below|under|over|from|beyond|past|away|off|to|wide|stop))",
                           re.IGNORECASE)
"""A share of the ATR written out ("only 0.6 of an ATR", "0.4 of the 14-day ATR"): the ATR's words."""
_TIMES_THAT = re.compile(r"^\s+times\s+(?:that|this)\b(?!\s+(?:of|in|on|for)\b)", re.IGNORECASE)
_ATR_NAMED = re.compile(r"\bATR\b|\baverage true range\b", re.IGNORECASE)
"""A multiple of the ATR named just before ("ATR is $0.47, or 1.56%; today's move was about three times
that")."""
_DAY_WAS = re.compile(r"\b(?:today|the day|the session)\s+(?:was|is)\s+(?:(?:about|roughly|around|nearly|"
                      r"almost|some|just|only|barely)\s+)*$", re.IGNORECASE)
"""The day itself sized in ATRs ("The 14-day ATR is $7.16, so today was two ATRs")."""
_MOVE_IN_ATR = re.compile(r"\b(?:move|moves|moved|swing|swung|rose|fell|gained|lost|jumped|dropped|climbed|"
                          r"slid|rallied|sank|surged|tumbled|added|shed|slipped|declined|advanced|eased|"
                          r"gave up|gave back)\b", re.IGNORECASE)
"""A count of ATRs the words give as the day's move ("Friday's move was about 3.6 ATRs", "a move of 1.6
ATRs", "rose 1.6 ATR", "about 2 ATRs of $4.48"): `move_atr`; not a distance ("a stop 1.5 ATRs below",
"3 ATRs past the entry")."""
_DAY_IN_ATR = re.compile(r"^\s?-?(?:ATRs?|average true ranges?)\s+(?:day|session|move|swing|drop|dip|"
                         r"gain|decline|rally|pullback|bounce)\b", re.IGNORECASE)
"""ATRs that size a day or a move right after them ("roughly a 1.6 ATR day")."""
_RESTATES_MOVE = re.compile(r"^\s*(?:that|this|which|it)(?:['\u2019]s|\s+(?:is|was|equals|equaled|comes to|"
                            r"came to|amounts to|amounted to|works out to|worked out to))\b", re.IGNORECASE)
"""A clause that restates the move before it ("That is about half of its average true range")."""
_MOVE_NOUN = re.compile(r"\b(?:move|movement|swing|dip|drop|decline|gain|rise|fall|climb|loss|rally|pullback|"
                        r"bounce|sell-?off|slide|slowdown|rebound|setback|upswing|downswing|downdraft|giveback|"
                        r"advance|retreat)\b", re.IGNORECASE)
_NOT_A_MOVE = re.compile(r"\b(?:stops?|targets?|entry|entries|risk|trail(?:ing)?|bands?|channels?|buffer|"
                         r"cushion|room|range|ranges)\b", re.IGNORECASE)
"""Words that make a count of ATRs a distance or a width, not the day's move."""
_NEEDED_MOVE = re.compile(r"\bneed(?:s|ed)?\b", re.IGNORECASE)
"""A move a level needs (values._needed_move): its size in ATRs is no day's move."""
_HEDGE_ONLY = re.compile(r"^\s*(?:(?:about|roughly|around|nearly|almost|some|approximately|close to|"
                         r"just over|just under|only|barely|just)\s+)*$", re.IGNORECASE)
"""A clause of nothing but a hedge before a count of ATRs: an aside on the clause before it."""
_MOVE_BY_LAST = ("up", "down", "by", "gaining", "losing", "adding", "shedding", "rising", "falling")
"""The words one of which ends every _MOVE_BY match (before its trailing spaces)."""


def _move_in_atrs(before: str, after: str) -> bool:
    """A count of ATRs the words give as the day's move: a move word in its clause, a day or move
    after it, a clause that restates the move before it, an aside right after a clause with a move
    verb ("IWM rose 0.30%, about a third of an ATR"), or the sentence's move named earlier with
    its clause about nothing else ("Today's dip was a small one, about two ATRs", "The size of the
    move: about 2.4 ATR")."""
    if _NEEDED_MOVE.search(before[-90:]):
        return False  # "Needs a rise of $2.74 from here, about 0.8 ATR": the way to a level, not the day
    clause = _clause_tail(before)
    if _MOVE_IN_ATR.search(clause) or _DAY_IN_ATR.match(after) or _RESTATES_MOVE.match(clause) \
            or _DAY_WAS.search(clause):
        return True
    if _HEDGE_ONLY.match(clause) and _NOT_A_MOVE.search(before[-90:]) is None \
            and _MOVE_IN_ATR.search(before[-90:]) is not None:
        return True  # "IWM rose 0.30%, about 3 ATRs": an aside on the clause before it
    return _NOT_A_MOVE.search(clause) is None and _MOVE_NOUN.search(before[-90:]) is not None


def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False when `text` holds none of `words` (lowercase ASCII), as an IGNORECASE search for a pattern
    every match of which holds one of them reads it: a cheap test before such a search, worth it only
    before a slow one (lowering costs about what a short lookahead-led search does). A text with a
    letter that folds to ASCII takes the search (see folded)."""
    lowered = folded(text)
    return lowered is None or any(word in lowered for word in words)


def _may_end_with(text: str, words: tuple[str, ...]) -> bool:
    """False when `text` cannot end in one of `words` (plain ASCII letters, at most 9 long) with only
    spaces after it, as an IGNORECASE pattern ending in `word\\s*$` reads it: a cheap test before such a
    search along the text. Non-ASCII characters near the end ('ſ' folds to 's') take the search."""
    end = text.rstrip()[-9:]
    return not end.isascii() or end.lower().endswith(words)


def direction_span(claim: Claim) -> str:
    """The figure with the word that gives it its direction: 'fell 0.58%', '0.60% above', 'lower by $2.65'."""
    if claim.relation:
        after = re.match(r"^\s*\w+", claim.sentence[claim.number.end:])
        return claim.span + (after.group(0) if after else "")
    before = claim.sentence[:claim.number.start]
    word = re.search(r"(\b[\w-]+(?: (?:up|down|on|back|higher|lower))?(?: by| of)?)\s+$", before)
    if claim.direction and not claim.number.sign and word:
        if word.group(1).lower() == "by" and _DAY_BEFORE.search(before.rstrip()[:-2].rstrip(" ,")):
            # "rose again on Friday, by 0.88%": from the verb
            tail = _clause_tail(before)
            ways = [*_UP_WORDS.finditer(tail), *_DOWN_WORDS.finditer(tail)]
            if ways:
                nearest = max(ways, key=lambda m: m.end())
                return before[len(before) - len(tail) + nearest.start():] + claim.span
        named = _NAMED_MOVER.search(before, 0, word.start())
        return f"{named.group(0) if named else ''}{word.group(1)} {claim.span}"
    return claim.span


_NAMED_MOVER = re.compile(r"(?<![\w&])(?:[A-Z]{2,5}|S&P 500|Nasdaq(?: 100| Composite)?|Dow(?: Jones)?|"
                          r"Russell 2000|the (?:index|fund|ETF))(?:\s+(?:itself|index|fund|ETF))?\s+$")
"""The mover named right before a move's verb ('SPY fell 1.10%', 'the S&P 500 fell 1.11%', 'VIX rose
4.67%'): the words a writer turns when a peer's move is flipped, part of the direction's span."""


_BARE_LEVEL = re.compile(r"^(?:['\u2019]s)?\s+(?:level\s+)?(?:(?:is|was|sits|sat|stands|stood|trades|traded|"
                         r"trading|hovering|hovered|holding|held|ended|finished|reads|read|reading|prints|printed|printing)\s+)?"
                         r"(?:at|near|around|about|of|=)?\s*(?P<adjective>" + READING_ADJECTIVE + r")?\$?$",
                         re.IGNORECASE)


_LABEL_LEVEL = re.compile(r"^(?:\s+(?:index|fund|ETF|itself|index itself|fund itself))?\s*:\s*\$?$",
                          re.IGNORECASE)
_MOVE_AFTER_LEVEL = re.compile(r"^\s*(?:\(\s*[+\-\u2212]\d[\d,]*(?:\.\d+)?%|"
                               r",\s*(?:up|down)\s+\d[\d,]*(?:\.\d+)?%)",
                               re.IGNORECASE)


def _labelled_level(before: str, after: str, mentions: list[Mention]) -> bool:
    """An instrument's name as a label, its figure, then the day's move in % ("The Russell 2000 index:
    2,465.17 (+0.30%)", "Russell 2000 itself: 2,456.79, down 0.78%"): the figure is its close."""
    earlier = [m for m in mentions if m.end <= len(before)]
    return bool(earlier) and _LABEL_LEVEL.match(before[earlier[-1].end:]) is not None \
        and _MOVE_AFTER_LEVEL.match(after) is not None


_NOT_LEVEL_AFTER = re.compile(r"^\s*(?:times|x\b|multiple|per\b|companies|stocks|members|names|shares\b|"
                              r"sessions|days|weeks|months|years|minutes|hours|sales|deals|trades|listings|"
                              r"homes|houses|loans|accounts|contracts|transactions|orders|tickets)",
                              re.IGNORECASE)
"""A count after a close's verb names what was closed ("We closed 14 sales"): no close of the market."""


SET_OUT = re.compile(
    r"\b(?:(?:broke|break(?:s|ing)?|burst(?:s|ing)?|c(?:a|o)me|coming|jump(?:ed|ing|s)?|left|leav(?:es|ing)|"
    r"sprang|shot)\s+(?:out\s+)?(?:of|from|onto|off)?\s*(?:the\s+)?(?:gates?|blocks|on-ramp|starting\s+"
    r"(?:line|blocks|gate)|dock|station|runway|tee|hangar|stalls?|stable)"
    r"|(?:walk|step|stride|strode|march|head|set|took|take|tak)(?:s|ed|ing|e)?\s+(?:out|off)"
    r"|(?:start(?:s|ed|ing)?|beg(?:an|un|ins?|inning)|kick(?:s|ed|ing)?\s+off)\s+(?:the\s+)?"
    r"(?:day|session|trading|morning|week's\s+last\s+day))\b", re.IGNORECASE)
"""A day told as a race or a trip from its start ("Breaking from the gate it's the S&P 500 at 6,833.00",
"left the on-ramp at $682.51", "walked out at $681.15", "started the day at"): the price it set out
from is the session's open, not its close."""


def _bare_level(before: str, mentions: list[Mention]) -> re.Match[str] | None:
    """The figure follows its instrument's name with only a level verb between ("VIX at 19.2"), maybe
    with one adjective ("the VIX at a sleepy 14")."""
    earlier = [m for m in mentions if m.end <= len(before)]
    return _BARE_LEVEL.match(before[earlier[-1].end:]) if earlier else None


_CLAUSE_BREAK = leading(re.compile(
    r";|:|,|\(|\)|\u2014|[|\u00b7\u2022\u25b8]|w(?<=\bw)hile\b|w(?<=\bw)hereas\b"
    r"|a(?<=\ba)nd\b|b(?<=\bb)ut\b|t(?<=\bt)hough\b|y(?<=\by)et\b"))
"""A clause mark, or a joining word ("while", "and"...). Each alternative opens with its literal first
character (a word's boundary looked behind for); `re` finds no prefix to skip to in C (one alternative
opens with a set), so the lookahead in front turns the other positions away (about 15% less a figure)."""


_LAST_CLAUSE_BREAK = re.compile(rf"(?s:.*)(?:{_CLAUSE_BREAK.pattern})")
"""The last _CLAUSE_BREAK: its matches never overlap (marks are single characters, words whole words), so
the latest one to start, tried first as the greedy run gives back characters, is the last finditer finds."""


def _clause_tail(before: str) -> str:
    """The words since the last clause break before a figure (at most 40 characters); a comma before
    a bare "by" does not break it ("rose again on Friday, by 0.88%": the move's verb is before it)."""
    # Only a break ending in the last 40 characters shortens the tail, and every break is at most 7
    # characters long ("whereas"): scanning from 48 back finds it (\b still sees the text before).
    last = _LAST_CLAUSE_BREAK.match(before, max(0, len(before) - 48))
    if last and before[last.end() - 1] == "," and _BARE_BY.match(before, last.end()) \
            and _DAY_BEFORE.search(before, 0, last.end() - 1):
        return (_clause_tail(before[:last.end() - 1]) + before[last.end() - 1:])[-40:]
    return before[last.end():][-40:] if last else before[-40:]


_BARE_BY = re.compile(r"\s*by\s*$", re.IGNORECASE)
_DAY_BEFORE = re.compile(r"\b(?:on\s+\w+day|today|yesterday|tonight)$", re.IGNORECASE)
"""The session's day the move was told for, right before the comma ("rose again on Friday, by 0.88%")."""


def _direction(number: PrintedNumber, tail: str) -> int:
    """The direction word nearest before a figure in `tail`, its clause's words (see _clause_tail)."""
    if number.sign:
        return number.sign
    if "up" in tail.lower():
        tail = _ADD_UP.sub(lambda m: " " * len(m.group(0)), tail)  # "add up to": a total, no rise
    if _DIRECTION_WORDS.search(tail) is None:
        return 0  # neither an up word nor a down word
    ups, downs = list(_UP_WORDS.finditer(tail)), list(_DOWN_WORDS.finditer(tail))
    last_up = ups[-1].end() if ups else -1
    last_down = downs[-1].end() if downs else -1
    if last_up == last_down:  # "gave up" ends where "up" does: the longer phrase is the word
        if last_up < 0 or ups[-1].start() == downs[-1].start():
            return 0
        return 1 if ups[-1].start() < downs[-1].start() else -1
    return 1 if last_up > last_down else -1


_ADD_UP = re.compile(r"\b(?:add|adds|added|adding)\s+up\b", re.IGNORECASE)


_SIDE = re.compile(r"^\s*(above|below|under|over|beneath|underneath|off|short of|shy of|vs\.?|versus)(?!\w)",
                   re.IGNORECASE)


_SIGNAL_AFTER = re.compile(r"\s*(?:(?:the|its|a|an|their)\s+)?(?:[+\-\u2212]?\d[\d,]*(?:\.\d+)?\s+)?"
                           r"signal\b", re.IGNORECASE)
"""A MACD's side of its signal line ("MACD 1.09 below signal 2.42", "1.96 under its signal"): which line
is higher, whatever the sign of either (gauges.py reads the words)."""


_AVERAGE_SUBJECT = re.compile(r"\b(?:the|its|our)\s+(?P<days>20|50|100|200)-day"
                              r"(?:\s+(?:simple\s+)?(?:moving\s+)?(?:average|SMA|MA|line))?(?:\s*\(?,?\s*(?:US)?\$?\d[\d,]*(?:\.\d+)?\)?,?)?\s+"
                              r"(?:is|sits|lies|stands|was|now\s+sits|now\s+lies)\s+(?:now\s+|still\s+)?$",
                              re.IGNORECASE)
_CLOSE_OBJECT = re.compile(r"\s*(?:above|below|under|over|beneath)\s+(?:us|here|where\s+we\s+(?:are|trade)|"
                           r"the\s+(?:close|price|last\s+(?:close|price)))\b", re.IGNORECASE)


def _average_as_subject(before: str, after: str) -> str | None:
    """The average a distance puts on a side of the close when the average is the sentence's subject
    and the close its object ("the 200-day, 6,477.10, is 5.83% below us"): 'sma_200', or None."""
    if not _CLOSE_OBJECT.match(after):
        return None
    found = _AVERAGE_SUBJECT.search(before, max(0, len(before) - 60))
    return f"sma_{found.group('days')}" if found is not None else None


def _relation(after: str, sign: int) -> tuple[str | None, str | None]:
    match = _SIDE.match(after)
    if not match:
        return None, None
    word = match.group(1).lower()
    if _SIGNAL_AFTER.match(after, match.end()):
        return None, None  # "MACD 0.31 below a 0.51 signal": one line against another, not the sign
    reference = next((name for name, pattern in _REFERENCES if pattern.match(after[match.end():])), None)
    if word not in ("above", "below") and reference is None:
        return None, None  # "over the month", "off its lows": not a side of a level
    if word.startswith("v"):  # "+2.02% vs 50d": the sign gives the side of the average
        return ("above" if sign > 0 else "below", reference) if sign else (None, None)
    relation = "above" if word in ("above", "over") else "below"
    return relation, reference


_PERIOD_END = re.compile(r"[,;(|\u2014\u00b7\u2022\u25b8]|\b[A-Za-z]+\s?:(?!\d)|\.(?!\d)|\band\b|\bwhile\b|"
                         r"\$\d|\d[\d,]*(?:\.\d|%)")


def _period(sentence: str, number: PrintedNumber, tail: str) -> str | None:
    """The time frame the words around a figure give it ("year-to-date", "for the week", "since the
    April low"), a sentence-opening phrase ("So far this year, ...") included."""
    return _period_of(_period_clause(sentence, number, tail))


def _words_after(after: str) -> str:
    """The words after a figure (`after`: the sentence from its end) up to the next break."""
    end = _PERIOD_END.search(after, 0, 60)
    if end is None:
        return after[:60]
    gloss = _PERIOD_GLOSS.match(after, end.start())
    return after[:gloss.end() if gloss else end.start()]


_PERIOD_GLOSS = re.compile(r"\((?:the |i\.e\.,? |that is,? )?"
                           r"(?:year[- ]to[- ]date|YTD|month[- ]to[- ]date|MTD)\)", re.IGNORECASE)
"""A period named in brackets right after a figure's words ("up 3.16% for the season (the year to
date)"): the figure's period."""


def _period_clause(sentence: str, number: PrintedNumber, tail: str, after: str | None = None) -> str:
    """The words that may give a figure its time frame: its clause's words before it (`tail`), the
    words after it up to the next break (`after`, from _words_after, when known), and a
    sentence-opening phrase that is its own."""
    if after is None:
        after = _words_after(sentence[number.end:])
    before = sentence[:number.start]
    lead = _LEAD_PERIOD.match(before)
    if lead and (_DIGIT.search(_WINDOW.sub("", lead.group(0)))
                 or _LEAD_BREAK.search(_ASIDE.sub(" ", before[lead.end():]))):
        lead = None  # the opening phrase belongs to an earlier clause's figure (its window's count does not)
    return (lead.group(0) if lead else "") + " " + tail + " " + after


_DIGIT = re.compile(r"\d")
_LABEL_BEFORE = re.compile(r"(?:^|[|;,\u2014\n])[\W\d]*(?:[A-Z][A-Za-z.^]{0,6}['\u2019]s\s+)?"
                           r"[A-Za-z][A-Za-z0-9 -]{0,20}:\s*$")
"""A label right before a figure, at the start of its line or cell, maybe after a list number and an
instrument's possessive ("4/ IWM's week:", "In 2026 so far:"): its period is the figure's."""
_LABEL_WORDS = re.compile(r"(?:\s*\b(?:up|down|higher|lower|plus|minus|still|ahead|behind|by|off|a gain of|"
                          r"a loss of|about|roughly|nearly|almost|just|only|some)\b)*\s*$", re.IGNORECASE)
"""Direction and hedge words between a period's label and its figure ("the month: lower by 1.65%", "for the
year, still up 0.42%")."""
_LABEL_WORD_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
"""The ASCII characters a match of _LABEL_WORDS may hold (its words' letters and whitespace): an ASCII
character of any other kind ends the text such a match may cover, so none starts before it."""
_COMMA_LABEL = re.compile(r"(?:^|[|;:\u2014\n])\s*(?:and\s+)?"
                          r"(?P<label>(?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*)\s*,\s*$")
"""A period's name opening a clause or a list's item, then a comma ("five days, -1.10%; one month,
-1.65%", "and for the year, still up 0.42%"): no more than four words, so a clause with its own
subject and verb is no label."""


def _period_label(before: str) -> str | None:
    """The label that gives the figure after `before` its period, when one stands right before it, maybe
    past direction words: "Week: -1.10%", "the month: lower by 1.65%", "one month, -1.65%", "for
    the year, still up 0.42%"."""
    start = max(0, len(before) - 45)
    if ":" not in before[start:] and "," not in before[start:]:
        return None  # no label's end near the figure (most figures: one slice, no search)
    head = before[:_LABEL_WORDS.search(before, _label_words_from(before, start)).start()]  # type: ignore[union-attr]
    if head.rstrip().endswith(":"):
        colon = _LABEL_BEFORE.search(head)
        return colon.group(0) if colon is not None and _period_of(colon.group(0)) else None
    comma = _COMMA_LABEL.search(head, max(0, len(head) - 60)) if head.rstrip().endswith(",") else None
    if comma is None:
        return None
    bare = _BARE_PERIOD.fullmatch(comma.group("label"))
    label = f"this {bare.group(1).lower()}" if bare is not None else comma.group("label")
    return label if _period_of(label) in (*_MOVE_PERIODS, "window") else None


def _label_words_from(before: str, start: int) -> int:
    """Where a search for _LABEL_WORDS in `before` from `start` may begin and find the same match: past
    the last ASCII character no label word holds (a digit, a mark), when that is after `start`."""
    words_from = len(before.rstrip(_LABEL_WORD_CHARS))
    return words_from if words_from > start and before[words_from - 1].isascii() else start


_BARE_PERIOD = re.compile(r"(?:(?:for|over|in|on)\s+)?the\s+(year|week)", re.IGNORECASE)
"""The year or the week named as a list's item ("the year, minus 2.40%", "the week, down 1.10%"):
the year to date, the five sessions."""


_CONTRAST = re.compile(r"\b(?:while|whereas|but)\b", re.IGNORECASE)


def _contrast_period(before: str) -> str | None:
    """A time frame named earlier in the sentence for a figure set against it: "Small caps are flat on
    the year while $QQQ is up 4.91%", "year to date it is down 18.33%, while SPY is up 3.28%" (the
    second figure is over that year too)."""
    if _CONTRAST.search(before) is None:
        return None  # no contrast word anywhere before the figure (one scan, no split)
    words = re.split(r"[;:]|\.(?!\d)", before)[-1]
    if not _CONTRAST.search(words) or _DIGIT.search(words[_CONTRAST.search(words).start():]):  # type: ignore[union-attr]
        return None
    return _period_of(words[:_CONTRAST.search(words).start()])  # type: ignore[union-attr]
_ASIDE = re.compile(r"^\s*(?:though|however|still|then|in turn|so far|as a result),", re.IGNORECASE)
"""An aside right after a sentence-opening phrase ("For the year to date, though, it remains 2.93%
lower"): the phrase still gives the figure its time frame."""
_LEAD_BREAK = re.compile(r"[,;]|\band\b|\bbut\b|\bwhile\b")


def _period_of(clause: str) -> str | None:
    """The time frame `clause` names (the first of _PERIODS it matches), read once per text in a
    document: a figure's words after it, then its frame, are read, and the same few recur ('', ' to ')."""
    return _PERIODS_READ(clause)


def _period_read(clause: str) -> str | None:
    for n in _PERIOD_WORDS.candidates(folded(clause)):
        name, pattern = _PERIODS[n]
        if pattern.search(clause):
            return name
    return None


def forget_periods() -> None:
    """Drop the periods read so far (a new document's texts are its own; the memory stays bounded)."""
    _PERIODS_READ.forget()


_PERIODS_READ = TextMemo(_period_read)


_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_SESSIONS_PER = {"session": 1, "trading day": 1, "day": 1, "week": 5, "month": 21, "quarter": 63}
"""Sessions in each unit a window is written in ("the past ten days" are read as trading days)."""
_WINDOW = re.compile(r"\b(?P<lead>(?:past|last|over|in|across) (?:the |those |these )?|(?:those|these) |"
                     r"of the )?"
                     r"(?P<count>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
                     r"(?:straight )?"
                     r"(?P<unit>session|trading day|day|week|month|quarter)s?\b"
                     r"(?(lead)|(?= of (?:losses|gains|declines|selling|buying)\b))", re.IGNORECASE)
"""A window of sessions: "over the past 10 sessions", "over those three sessions", "five days of
losses"."""
_LOOKBACK_BEFORE = re.compile(r"(?:\b(?:(?:past|last|over|across)\s+(?:the\s+)?|in\s+the\s+)|"
                              r"(?:%|\bpercent|\bper cent)\s+in\s+|"
                              r"\b(?:highest|lowest|best|worst|strongest|weakest)\s+(?:clos(?:e|ing)\s+)?"
                              r"(?:in|of|for)\s+(?:the\s+)?|"
                              r"\baverage\s+(?:from|of|over|for)\s+(?:the\s+)?(?:(?:last|past)\s+)?)$",
                              re.IGNORECASE)
"""Words before a count of sessions looking back ("over the past 10", "in the 12", "0.4% in 20", "the
average from 20 sessions", "its highest close in 10"); "in
12 sessions" alone may be ahead (the FOMC meets in 12 sessions), so a bare "in" is not one, but after a
percentage it is the window that change covers."""
_LOOKBACK_AFTER = re.compile(r"^\s+(?:straight\s+)?(?P<unit>session|trading day|day|quarter)s\b",
                             re.IGNORECASE)


def window_sessions(text: str) -> int | None:
    """The sessions a "past N sessions / weeks / months" frame in `text` covers, or None."""
    match = _WINDOW.search(text)
    if match is None:
        return None
    count = match.group("count").lower()
    number = int(count) if count.isdigit() else _COUNT_WORDS[count]
    return number * _SESSIONS_PER[match.group("unit").lower()] or None


_TOTAL_AFTER = re.compile(r"^\s*(?:in total|all told|in all|altogether|combined|cumulatively|overall|"
                          r"(?:over|during|on|across|for)\s+(?:the|this|that)\s+(?:run|streak|stretch)|together|"
                          r"(?:(?:drop|decline|loss|fall|slide|gain|rise|advance)\s+)?(?:across|over|between)\s+"
                          r"(?:them|those|these)(?:\s+(?:sessions|days|closes))?|"
                          r"(?:slide|drop|decline|loss|fall|skid|retreat|gain|rise|advance|rally|climb)\b"
                          r"(?!\s+(?:today|on the day|this session|in the session|"
                          r"on (?:Mon|Tues|Wednes|Thurs|Fri)day)\b)"
                          r"(?=\s+(?:since|over|across|in all|in total|from)\b))\b",
                          re.IGNORECASE)
"""The words after a % that make it a run's total: "in total", "over the streak", and the run's own noun
when a time span follows ("six straight lower closes, a 5.80% slide since Thursday, Feb 5")."""
_CUMULATIVE = re.compile(r"\b(?:cumulative|cumulatively|combined|in total|all told|together)\b",
                         re.IGNORECASE)
"""A total's word in a % figure's clause with a window: the window's move, not a distance."""
_TOTAL_BEFORE = re.compile(r"\b(?:(?:a|the|their|its) (?:combined|cumulative|total|net)(?: (?:loss|gain|drop|"
                           r"decline|rise|move|fall|slide|advance|damage))?(?: of)?|(?:in total|all told|"
                           r"in all|altogether|cumulatively|combined)[,:]?)\s*$", re.IGNORECASE)
"""Words that make a % the total of a run ("-3.60% in total", "a combined loss of 2.1%")."""
_TOTAL_WORDS = ("combined", "cumulative", "total", "net", "all told", "in all", "altogether")
"""Words one of which every _TOTAL_BEFORE match holds (a cheap test before its search, which has no
first-character lookahead)."""
_RUN = re.compile(r"\b(?:(?P<count>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|"
                  r"(?P<ordinal>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)))"
                  r"(?:\s+(?:straight|consecutive|successive))?\s+(?:(?:red|green|down|up|losing|winning|"
                  r"lower|higher|negative|positive|falling|rising|weak|strong)\s+)?"
                  r"(?:days|sessions|closes|trading days|(?<=[a-z] )(?:day|session|close|trading day)\b"
                  r"(?=(?:\s+(?:in a row|running|straight))?\s*[,;]))\b",
                  re.IGNORECASE)
"""A run of sessions ("three red days", "4 straight losing sessions", "five higher closes", "its third
higher close in a row,")."""
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10}
_COST_VERBS = (r"(?:cost|took away|took|shaved(?: off)?|wiped out|erased|lopped off|knocked off|added|gained|"
               r"tacked on|delivered|brought)(?:\s+(?:the fund|the index|it|us|you|investors|holders|"
               r"shareholders))?(?:\s+(?:about|roughly|some|nearly|almost|around))?\s*$")
_RUN_COST = re.compile(r"\b(?:the|those|these|all)\s+(?:\w+\s+){0,2}(?:days|sessions|closes)"
                       r"(?:\s+(?:together|combined|between them|in all|so far))?\s+" + _COST_VERBS,
                       re.IGNORECASE)
"""The run's days as the subject of what they cost or brought ("the six sessions together cost 5.80%",
"the three days together took away 3.58%"): the run's total, not the day's move."""
_RUN_COUNT_COST = re.compile(r"\b(?:the\s+)?(?P<count>[2-9]|1[0-2]|two|three|four|five|six|seven|eight|"
                             r"nine|ten|eleven|twelve)\s+(?:(?!(?:funds|indexes|indices|stocks|shares|ETFs|names|sectors|"
                             r"companies|markets|benchmarks)\b)[a-z]+\s+){0,2}?(?:that\s+|which\s+)?"
                             r"(?:together|combined|between them|in all)\s+" + _COST_VERBS,
                             re.IGNORECASE)
"""A run's count as the subject of its cost, alone or with its own noun ("the third down session; the three
together cost 3.58%", "three sessions that together took 2.1%"): the run's total. Not a count of funds
or stocks ("the three funds together gained 2%")."""
_RUN_NAMED_COST = re.compile(r"\b(?:that|this|the)\s+(?:(?:losing|winning|down|up|red|green)\s+)?"
                             r"(?:run|streak|slide|skid)\s+(?:has\s+|had\s+|have\s+)?(?:now\s+|so\s+far\s+)?"
                             + _COST_VERBS, re.IGNORECASE)
"""A run named by its noun, told in the sentence before, as the subject of what it cost ("...its sixth lower
close in a row: Monday $236.72, ... That run has cost 5.80%"): the streak's total, not the day's move."""
_MIN_RUN = 2
"""The count a run named only by its noun stands for (its total is read as the streak's, whatever its
count)."""
_OVER_THE_COUNT = re.compile(r"^\s*(?:over|across|in|for)\s+(?:the|those|these|all)\s+"
                             r"(?P<count>[2-9]|1[0-2]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                             r"(?:\s+(?:sessions|days|trading days|closes))?\b(?!\s*[-\w])", re.IGNORECASE)
"""A % told over a run's count right after it ("-3.60% over the three", "2.1% across those four
sessions"): the run's total."""
_OVER_THEM = re.compile(r"^\s*(?:over|across|in|during)\s+(?:them|those|these)\b(?!\s+\w)", re.IGNORECASE)
"""A % told over the run named before it in its sentence, by a pronoun ("three lower closes in a row,
down 3.60% over them"): the run's total."""
_OVER_RUN_FIRST = re.compile(r"\b(?:over|across|during|through|in)\s", re.IGNORECASE)
_OVER_A_RUN = re.compile(
    r"(?:^|[.;:(]\s*)\s*(?:over|across|during|through|in)\s+(?:the\s+|its\s+|those\s+|these\s+|a\s+)?"
    r"(?:last\s+|past\s+|latest\s+)?"
    r"(?P<count>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:(?:straight|consecutive|successive)\s+(?:(?:red|green|down|up|losing|winning|lower|higher|negative|"
    r"positive|falling|rising)\s+)?|(?:red|green|down|up|losing|winning|lower|higher|negative|positive|falling|"
    r"rising)\s+)(?:days|sessions|closes|trading days)(?:\s+(?:in\s+a\s+row|straight|running))?\s*,",
    re.IGNORECASE)
"""A run's frame opening the clause of its total: "Over 6 higher closes in a row, the S&P 500 has gained
6.97%", "Across three straight down days, IWM lost 2.1%": the run's return, not the day's move (a plain
window, "Over five sessions", is the window's move, read as such)."""
_RUN_GAP = re.compile(r"\d[\d,]*(?:\.\d+)?%|[.;!?]\s")
"""A figure or a sentence break between a run and a total: the total is not that run's."""


def _run_total(before: str, after: str, costs: bool = True) -> int | None:
    """The sessions of the run a % totals: a total's words beside it ("in total", "all told", "a
    combined loss of") and a run of N days or sessions before it in its sentence, or right after it
    ("-2.1% in all over four down sessions"), with no other figure between. `costs`: False when the
    sentence holds no word of _COST_VERBS (neither _RUN_COST nor _RUN_COUNT_COST can match)."""
    counted = _OVER_THE_COUNT.match(after)
    if counted is not None:  # "(-3.60% over the three)"
        count = counted.group("count").lower()
        return int(count) if count.isdigit() else _COUNT_WORDS[count]
    framed = _OVER_A_RUN.search(before) if _OVER_RUN_FIRST.search(before) else None
    if framed is not None and not _RUN_GAP.search(before, framed.end()):  # "Over 6 higher closes in a
        count = framed.group("count").lower()                             # row, the S&P 500 has gained"
        sessions = int(count) if count.isdigit() else _COUNT_WORDS[count]
        return sessions if sessions >= 2 else None
    if not (_TOTAL_AFTER.match(after) or _OVER_THEM.match(after) or (_may_hold(before[-40:], _TOTAL_WORDS)
                                                                    and _TOTAL_BEFORE.search(before[-40:]))
            or costs and (_RUN_COST.search(before[-70:]) or _RUN_COUNT_COST.search(before[-50:])
                          or _RUN_NAMED_COST.search(before[-50:]))):
        return None
    if costs and _RUN_NAMED_COST.search(before[-50:]) and not _RUN.search(before):
        return _MIN_RUN  # "That run has cost 5.80%": the run told before, its total the streak's
    bare = _RUN_COUNT_COST.search(before[-50:]) if costs else None
    if bare is not None:  # "...the third down session; the three together cost 3.58%"
        count = bare.group("count").lower()
        return int(count) if count.isdigit() else _COUNT_WORDS.get(count)
    runs = [m for m in _RUN.finditer(before) if not _RUN_GAP.search(before, m.end())]
    if not runs:
        ahead = _RUN.search(after[:60])
        runs = [ahead] if ahead is not None and not _RUN_GAP.search(after, 0, ahead.start()) else []
    if not runs:
        return None
    count = (runs[-1].group("count") or runs[-1].group("ordinal")).lower()
    sessions = int(count) if count.isdigit() else int(count[:-2]) if count[:-2].isdigit() \
        else _COUNT_WORDS.get(count) or _ORDINALS[count]
    return sessions if sessions >= 2 else None


def _lookback(before: str, after: str, number: PrintedNumber) -> bool:
    """The figure counts a look-back window ("over the past 10 sessions", a cell's "| 10 sessions
    +0.17%"), not a market figure."""
    plain = number.unit is None and not number.sign and not number.decimals
    if not plain or not _LOOKBACK_AFTER.match(after):
        return False
    return bool(_LOOKBACK_BEFORE.search(before[-30:]) or _CELL_OPENS.search(before[-4:])
                and _WINDOW_CELL_AFTER.match(after))


_CELL_OPENS = re.compile(r"(?:^|[|;:\u00b7\u2022\u25b8])\s*$")
_WINDOW_CELL_AFTER = re.compile(r"^\s+(?:sessions|trading days|days)\s*:?\s*[+\-\u2212]?\d[\d.]*%")
"""A count opening a cell of a line and labelling the move after it ("| 10 sessions +0.17%"): the window
that move covers (claims read the move's period from the same label)."""


def _lookback_sessions(number: PrintedNumber, after: str) -> int | None:
    match = _LOOKBACK_AFTER.match(after)
    return None if match is None else int(number.value) * _SESSIONS_PER[match.group("unit").lower()]


_SOURCE = re.compile(r"\b(?:analysts?|strategists?|economists?|chartists?|technicians?|forecasters?|"
                     r"brokers?|the bank|the firm|according to|(?:said|says|say|wrote|writes|noted|told|"
                     r"argued|reckons?|thinks?|believes?))\b", re.IGNORECASE)
_FORECAST = re.compile(r"\b(?:sees?|saw|expects?|expected|forecasts?|projects?|predicts?|targets?|"
                       r"objective|price target|support|resistance|floor|ceiling|year-end|could|would|"
                       r"might|may)\b", re.IGNORECASE)


_SOURCE_WORDS = any_word(("analyst", "strategist", "economist", "chartist", "technician", "forecaster",
                          "broker", "the bank", "the firm", "according to", "said", "say", "wrote", "writes",
                          "noted", "told", "argued", "reckon", "think", "believe"))
"""Words one of which a lowered ASCII sentence must hold for _SOURCE to match."""


_FAMILIES = WordIndex((
    ("while", "whereas", "but"),  # _CONTRAST
    ("golden", "death", "crossed", "200-day"),  # _CROSS_WORDS
    ("cost", "took", "shaved", "wiped", "erased", "lopped", "knocked", "added", "gained", "tacked",
     "delivered", "brought"),  # _COST_VERBS, which _RUN_COST and _RUN_COUNT_COST end with
    ("rsi", "macd", "atr", "volatility", "volume", "yield", "spread", "ratio", "breadth", "sentiment",
     "pulse"),  # _NOT_PRICE
))
"""Word families, each the words one of which a text must hold (as a substring, lowered) for a pattern
searched around its figures to match anywhere in it, or in any piece of it."""
_CONTRAST_FAMILY, _CROSS_FAMILY, _COST_FAMILY, _NOT_PRICE_FAMILY = range(_FAMILIES.size)
_EVERY_FAMILY = frozenset(range(_FAMILIES.size))


def sentence_families(sentence: str) -> frozenset[int]:
    """The _FAMILIES a sentence holds a word of (every family when its lowering cannot be trusted: see
    folded): read once per sentence, so each of its figures skips the searches of the families it lacks."""
    return frozenset(_FAMILIES.candidates(folded(sentence)))


_FLAT, _NOT_PRICE, _FROM_LEVEL, _PERIOD_END, _WINDOW, _LOOKBACK_BEFORE, _SOURCE, _FORECAST, _CONTRAST = (
    leading(pattern) for pattern in (_FLAT, _NOT_PRICE, _FROM_LEVEL, _PERIOD_END, _WINDOW,
                                     _LOOKBACK_BEFORE, _SOURCE, _FORECAST, _CONTRAST))
"""The patterns searched along a text turn away the positions no match can start at (lookahead.py)."""


@functools.lru_cache(maxsize=16)  # a sentence is asked twice in a row (its claims, then its levels)
def attributed(sentence: str) -> bool:
    """The sentence gives another source's levels or forecast ("analysts see support at 2,990",
    "according to [2], resistance sits at..."): its figures are that source's claims."""
    lowered = folded(sentence)
    if lowered is not None and not _SOURCE_WORDS(lowered):
        return False
    return bool(_SOURCE.search(sentence) and _FORECAST.search(sentence))


_SECONDS_MARK = re.compile(r"(\d['\u2032][ \t]?\d{1,2}(?:\.\d+)?)\"")
"""A time gap's seconds mark ("4h 51' 08\"", "by 0' 42\""): a double prime, no quotation mark."""


def _quoted_spans(sentence: str) -> list[tuple[int, int]]:
    """The quotations a sentence attributes to someone: their figures are the speaker's, held to the
    cited source. A quotation nobody is said to have said (a spelling bee's 'Sentence: "SPY rallied
    1.10% on Friday..."', a tooltip's text) is the text's own words: its figures are claims."""
    if '"' not in sentence and "\u201c" not in sentence:
        return []  # no quotation can open
    if "'" in sentence or "\u2032" in sentence:
        sentence = _SECONDS_MARK.sub(lambda m: m.group(1) + " ", sentence)
    spans = [(m.start(), m.end()) for m in QUOTE.finditer(sentence)]
    return spans if spans and _quotes_someone(sentence, spans) else []


def _quotes_someone(sentence: str, spans: list[tuple[int, int]]) -> bool:
    """A citation anywhere in the sentence, a verb of saying or 'according to' outside its quotations, or
    a speaker's label right before one ("@nana_invests: \"...", "BRANDT: \"...", "> ")."""
    if CITATION.search(sentence):
        return True
    outside = blank_spans(sentence, spans)
    return bool(_SPEAKS.search(outside)) or any(_SPEAKER_LABEL.search(sentence, 0, start)
                                                for start, _ in spans)


_SPEAKS = re.compile(r"\b(?:s(?:aid|ays?|aying)|wr(?:ote|ites?|iting)|t(?:old|ells?)|not(?:ed|es)|"
                     r"add(?:ed|s)|ask(?:ed|s)|argu(?:ed|es)|according\s+to|quot(?:ed|es|ing)|quipped|put\s+it|call(?:ed|s)\s+"
                     r"it|tweet(?:ed|s)|post(?:ed|s)|comment(?:ed|s)|repl(?:ied|ies)|warn(?:ed|s)|headlined?|"
                     r"headlines|titled|reads?|cit(?:ed|es|ing)|explain(?:ed|s)|insist(?:ed|s)|jok(?:ed|es)|"
                     r"remark(?:ed|s)|observ(?:ed|es)|stat(?:ed|es)|declar(?:ed|es)|announc(?:ed|es)|"
                     r"report(?:ed|s)|in\s+the\s+words\s+of|summed\s+up|sums\s+up|per|claim(?:ed|s)?|rumou?r(?:ed|s)?)\b",
                     re.IGNORECASE)
"""Words that say whose a quotation is, or that someone holds it ("Claim 2: \"...\" Rating: TRUE.")."""
_SPEAKER_LABEL = re.compile(r"(?:@\w+|\b[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+)*|\*\*[^*\n]{1,40}\*\*|^\s*>)"
                            r"\s*:?\s*[*_]*\s*$")
"""A speaker's name or handle, in capitals or bold, before a colon; or a quoted post's '>'."""
