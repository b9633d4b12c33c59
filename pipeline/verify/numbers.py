"""Find the numbers and dates printed in text, with where they sit and how they were printed.

Labels that carry digits but state no figure (RSI(14), 50-day, 4:00 PM, a year,
'S&P 500') are blanked first, keeping offsets, so a number's position in the
sentence is its position in the original text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from ..facts import Fact, FactSheet
from .lookahead import first_fragments, leading
from .memo import TextMemo

_MODIFIER = (r"(?!(?:as|and|but|or|while|when|after|before|with|than|in|on|at|for|to|of|by|because|since|"
             r"if|so|amid|despite|though|although|even|the|an?|its|their|led|lifted|dragged|pushed)\b)"
             r"[a-z-]+(?:\.[a-z]\.)?")
"""A word that may stand between a count and what it counts ("2,000 small U.S. companies"): not a
joining word, so a level followed by a clause ("2,466 as smaller companies lagged") is no count."""
NON_MARKET = (
    r"\b\d+[- ]?(?:MA|DMA|SMA|EMA|WMA)\b"  # "50-MA", "200 DMA": an average's name, not a figure
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b"  # a date inside a title: 2/2/2026
    r"|\b\d{1,2}-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*-(?:\d{4}|\d{2})\b"  # "17-Nov-2025"
    r"|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+\(?\d{1,2}/\d{1,2}\b"  # a dated weekday: "Tue (3/24)"
    r"|\b(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01])\.(?:\d{4}|\d{2})\b"  # a dotted date: 11.20.26
    r"|\b(?:1[3-9]|2\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d\b"  # day first: 20.11.2026
    r"|\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])\b(?![/%]|\.\d)"  # a month/day: "last Tue (3/24)"
    r"|\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)"  # a clock time: 10 a.m.
    r"|\b(?:Sources|Comments|Replies|Shares|Likes|Views|Related)\s?\(\d+\)"  # page furniture
    r"|\b\d+(?:\.\d+)?/10\b"  # a rating widget: 7/10
    r"|(?<![\w$.,+\-\u2212])\d{1,3}(?:,\d{3})*(?=\s+(?:" + _MODIFIER + r"\s+){0,2}"
    r"(?:companies|firms|stocks|names|members|"
    r"constituents|employees|workers|jobs|people|analysts|economists|funds|banks|issues|holdings|"
    r"minutes|hours|weeks|months|years|decades|comments|replies|upvotes|views|likes|followers|subscribers|"
    r"reposts|retweets|reactions|votes|words|pages|characters)\b)"
    # a count or a duration: "2,000 companies", "312 comments", "412 words"
    r"|(?<![\w$.,+\-\u2212])\d+(?:\.\d+)?[kK]?(?=\s*[\u00b7|]\s*(?:Reply|Share|Report|Save|Comments?)\b)"
    # a post's score beside its action links: "1.2k · Reply · Share"
    r"|\b\d{1,3}(?:\.\d+)?%(?= of (?:the )?(?:economists|analysts|strategists|respondents|investors|traders|"
    r"fund managers|managers|participants|those (?:polled|surveyed|asked)|companies|firms|stocks|members|"
    r"constituents|households|voters)\b"
    r"| of (?:the|my|our|your|its|their|his|her)\s+(?:[\w.&-]+['\u2019]s\s+)?(?:total\s+)?"
    r"(?:assets|portfolio|savings|IRA|401\(k\)|net worth|nest egg|holdings|equity sleeve)\b)"
    # a share of people or things polled: "60% of economists"; a share of someone's money: "38% of the
    # fund's assets", "5% of my IRA"
)
"""Numbers that are not market data: average names, dates in titles, clock times, page furniture,
counts of things and durations. Blanked with the labels, so they are never checked as prices."""
_LABELS = re.compile(
    r"RSI\s?\(\d+\)|MACD\s?\(\d+,\s?\d+,\s?\d+\)|ATR\s?\(\d+\)|Bollinger\s?\(\d+,\s?\d+\)"
    r"|\b\d+-(?:day|week|session|month|year|minute|hour)s?\b|/(?:100|5)\b|\b(?:one|two|three)-month\b"
    r"|\b\d{1,3}[dw]\b"  # a window's shorthand: "50d", "200d", "5d", "4w"
    r"|(?<![\d.,])\b(?:1|3|6|9|12|18|24)(?-i:[MY])(?=:?[ \t]+[+\-\u2212]?\d[\d.,]*%)"
    # a return's window in a strip: "1M -0.17%", "1Y +12.40%" (not a volume: a move follows)
    r"|\b(?:10|20|50|100|150|200) day\b"  # an average's name without its hyphen: "50 day is 614.02"
    r"|\baverage (?:at|of|over) (?:10|20|50|100|150|200) (?:days|sessions)\b"  # "its average of 50 sessions"
    r"|\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?\b"  # a time of day: the session's close, "16:00:07"
    r"|#[\w-]+"  # a tag such as #russell-2000
    r"|\b(?:20|30|50|70|80)(?:\s(?:and|or)\s(?:20|30|50|70|80))?[- ](?:line|level|threshold|mark)s?\b"
    r"|(?<!\S)\d{1,2}/(?![\d/])"  # RSI lines ("the 70 and 30 lines"); "5/"
    r"|\b[QH][1-4]\b|\b\d+(?:st|nd|rd|th)\b|\b[1-9]0s\b"  # quarters, ordinals, decades ("low 50s")
    r"|\b(?:19|20)\d\d/\d\d\b(?![/.,]\d|%)"  # a school's or a fiscal year: "2026/27"
    r"|(?<![\w$.,])(?:19[5-9]\d|20\d\d)(?![\w%]|\.\d|,\d)"  # a bare year, "since 2008." too
    r"|" + NON_MARKET,
    re.IGNORECASE,
)
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_CASED_MONTHS = f"{_MONTHS}|{_MONTHS.upper()}"
"""Month names capitalised or in a desk's capitals ('SET NOV 12'), never lowercase ('may 5' is a verb)."""
DATE = re.compile(
    rf"(?:\b(?P<weekday>{_WEEKDAYS}|{_WEEKDAYS.upper()}),?\s+)?"
    rf"(?:\b(?P<month>{_CASED_MONTHS})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    r"(?P<span>\s?[-\u2013]\s?\d{1,2}\b(?!\.\d|%))?"  # a span of days: "Feb. 9-13" (dated by its first)
    r"(?:,?\s+(?P<year>\d{4}))?\b"
    rf"|\b(?P<dday>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmonth>{_CASED_MONTHS})\b\.?"  # "12 of Nov"
    r"(?:,?\s+(?:of\s+)?(?P<dyear>\d{4}))?"  # with its year, translated too: "13 of November of 2026"
    r"|\b(?P<iso>\d{4}-\d{2}-\d{2})\b)"
)
CITATION = re.compile(r"\[(\d+)\]")
_URL = re.compile(r"https?://\S+|\bwww\.\S+")
_NUMBER = re.compile(
    r"(?=[\d$+\-\u2212])"  # what a figure can start with: other positions fail at once
    r"(?:(?<![\w$.,])(?P<sign>[+\-\u2212])(?=\$?\d))?(?P<dollar>\$)?"
    r"(?:(?P<continental>\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\d.,]))"  # continental notation: "35.112,40"
    r"|(?P<whole>\d{1,3}(?:,\d{3})+|\d+)(?P<fraction>\.\d+)?)"
    r"(?P<suffix>%|\s?pp\b|\s?bp\b|\s?(?:percentage points?|basis points?)\b|[KMB]\b|k\b|mn\b|mm\b|[xX]\b|"
    r"\s(?:times|TIMES)\b(?=\s+(?:(?:the|its|a|an)\s+)?(?:(?:20|twenty)-day\s+)?(?:average|avg|normal|usual|"
    r"typical)\b)|"
    r"\s(?:million|mln)\b(?!\s+(?:dollars|euros|pounds|yen|people|jobs|barrels)\b))?"
)
_UNIT_OF_SUFFIX = {"%": "pct", "pp": "pp", "bp": "bp", "percentage point": "pp", "percentage points": "pp",
                   "basis point": "bp", "basis points": "bp", "K": "volume", "M": "volume", "mn": "volume",
                   "B": "volume", "mm": "volume", "million": "volume", "mln": "volume",
                   "x": "ratio", "X": "ratio", "times": "ratio", "TIMES": "ratio"}
"""A lowercase 'k' is a thousands shorthand for a price or a level ("35.1k", "$91.2k"), printed
to the hundreds (a negative number of decimals), not a volume's K."""
_SCALE = {"K": 1e3, "M": 1e6, "mn": 1e6, "mm": 1e6, "B": 1e9, "million": 1e6, "mln": 1e6}
"""'mn' is the desks' shorthand for millions ("vol 5.5mn"): a volume in millions, like 'M'; so is a
count written out ("63.7 million shares"). A sum of money in millions ("$40 million") is no volume:
it keeps its dollar sign's unit and reads as the bare figure it did."""


@dataclass
class PrintedNumber:
    text: str
    value: float  # always >= 0; the printed sign is in `sign`
    decimals: int
    unit: str | None  # pct, pp, bp, volume, ratio, price ($) or None
    start: int = 0
    end: int = 0
    sign: int = 0  # +1 / -1 when printed with a sign, else 0
    scale: float = 1.0  # K/M/B multiplier for volumes
    tolerance: float = 0.0  # relative, for approximate words ("half a percent"); 0: the printed precision

    @property
    def signed(self) -> float:
        return -self.value if self.sign < 0 else self.value


@dataclass(frozen=True)
class PrintedDate:
    text: str
    value: date
    weekday: str | None = None
    start: int = 0
    end: int = 0
    has_year: bool = True
    span: bool = False  # a span of days ("Feb. 9-13"), dated by its first: no one session


QUOTE = re.compile(r"\u201c[^\u201d]*\u201d|\"[^\"]*\"")
"""A quotation: a source's words, traced to that source rather than read as the article's claims."""


def unquoted(text: str) -> str:
    """`text` with every quotation blanked (offsets survive)."""
    if '"' not in text and "\u201c" not in text:
        return text  # no quotation can open: nothing to blank
    return blank(text, QUOTE)


def folded(text: str) -> str | None:
    """`text` lowered for a keyword pre-check, or None when the pre-check cannot be trusted.

    A pattern compiled with IGNORECASE matches 'ı', 'İ', 'ſ' and the Kelvin sign as ASCII letters,
    which lowering does not give; so text holding a non-ASCII letter (any character with a case)
    takes every pattern. Caseless characters ('·', '—', '’', '“') are safe: they fold to no letter
    and lowering leaves them, and every offset, as they are.

    Each text is folded once per document (see forget_folded): the checks pre-check the same sentence,
    clause or tail again and again (about six calls for each text folded)."""
    return _FOLDED(text)


def _folded(text: str) -> str | None:
    if not text.isascii():
        beyond = _ASCII_RUN.sub("", text)  # its non-ASCII characters (half the cost of joining a findall's)
        if not beyond.lower() == beyond == beyond.upper():
            return None
    return text.lower()


def may_hold(text: str, stems: tuple[str, ...]) -> bool:
    """Whether an IGNORECASE pattern each of whose matches holds one of `stems` (lowered letters) may
    match `text`: False only when the folded text (see folded) holds none of them, a few substring
    tests where the pattern's search enters its matcher at every letter it may open with."""
    lowered = folded(text)
    return lowered is None or any(stem in lowered for stem in stems)


def forget_folded() -> None:
    """Drop the texts folded so far (a new document's texts are its own; the memory stays bounded)."""
    _FOLDED.forget()


_ASCII_RUN = re.compile(r"[\x00-\x7f]+")


def any_word(words: tuple[str, ...]) -> Callable[[str], bool]:
    """A test that lowered text holds one of `words`: a substring test for one, a compiled trie of
    them (scanned in C, one branch per next character) for several."""
    if len(words) == 1:
        word = words[0]
        return lambda text: word in text
    search = re.compile(word_trie(words)).search
    return lambda text: search(text) is not None


def word_trie(words: Iterable[str]) -> str:
    """A regex matching any of `words`, as a trie: at each step one branch per next character, and a
    word that ends there matches only when no longer word does (the greedy optional group)."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        either = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{either})?" if "" in node else either

    return emit(root)


class WordIndex:
    """Which of several keyword lists lowered text touches, in one scan: `candidates(text)` gives,
    in order, the positions of the lists one of whose words `text` holds (all of them for None).

    One zero-width lookahead over a trie of the words (a branch per next character, the longer word
    tried first) finds the longest word starting at each position; the shorter words that are its
    prefixes are credited with it, so every word occurring anywhere is found."""

    def __init__(self, word_lists: Iterable[tuple[str, ...]]) -> None:
        lists = [tuple(words) for words in word_lists]
        self.size = len(lists)
        words = sorted({w for ws in lists for w in ws}, key=lambda w: (-len(w), w))
        owners = {w: {n for n, ws in enumerate(lists) if w in ws} for w in words}
        self._lists = {w: tuple(sorted({n for p in words if w.startswith(p) for n in owners[p]}))
                       for w in words}
        firsts = "".join(sorted({re.escape(w[0]) for w in words}))
        self._scan = re.compile(f"(?=[{firsts}])(?=({word_trie(words)}))")  # other positions fail at once
        self._words = tuple(words) if len(words) <= _SUBSTRING_WORDS else None
        self._known: dict[frozenset[str], list[int]] = {}

    def candidates(self, lowered: str | None) -> list[int]:
        if lowered is None:
            return list(range(self.size))
        if self._words is not None:  # a few words: each a substring test (the lists hit are the same: a
            words = [w for w in self._words if w in lowered]  # word's prefixes found are credited anyway)
        else:
            words = self._scan.findall(lowered)
        if not words:
            return []  # most short texts hold none of the words
        found = frozenset(words)
        known = self._known.get(found)
        if known is None:
            hit: set[int] = set()
            for word in found:
                hit.update(self._lists[word])
            known = sorted(hit)
            if len(self._known) < _KNOWN_SETS:
                self._known[found] = known  # the same few keyword sets recur in every text
        return list(known)


_KNOWN_SETS = 4096
"""Keyword sets a WordIndex remembers the lists of (a bound on its memory)."""
_SUBSTRING_WORDS = 48
"""Up to this many words, a WordIndex tests each as a substring: measured on a sentence, 18 words 1.6 us
against the trie's scan 2.9 us, 42 words 3.2 us against 5.5 us."""


def blank_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` with each (start, end) span replaced by spaces (offsets survive)."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def blank(text: str, pattern: re.Pattern[str]) -> str:
    """Replace every match with spaces of the same length (offsets survive); of a match holding a
    `figure` group, only that group (the words around it are kept: "the RSI of [14] sessions")."""
    if "figure" in pattern.groupindex:
        return pattern.sub(_blank_figure, text)
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def _blank_figure(match: re.Match[str]) -> str:
    whole = match.group(0)
    if match.group("figure") is None:
        return " " * len(whole)
    start, end = match.start("figure") - match.start(), match.end("figure") - match.start()
    return whole[:start] + " " * (end - start) + whole[end:]


COMMON_NAMES = (
    "S&P 500", "S&P 400", "S&P 600", "S&P/TSX", "Nasdaq 100", "Nasdaq-100", "Russell 2000", "Russell 1000",
    "Russell 3000", "Dow 30", "FTSE 100", "FTSE 250", "Stoxx 600", "Stoxx 50", "Euro Stoxx 50", "Nikkei 225",
    "DAX 40", "CAC 40", "ASX 200", "Sensex 30", "Nifty 50", "KOSPI 200", "Wilshire 5000", "Fortune 500",
    "G7", "G20", "3M", "7-Eleven", "Magnificent 7", "Mag 7",
)
"""Names with digits that state no figure, blanked before numbers are read."""


def strip_names(text: str, names: Iterable[str]) -> str:
    """Blank out instrument names that contain digits ('Russell 2000', 'S&P 500')."""
    key = tuple(names)
    if _lower_names(key).search(text.lower()) is None:
        return text  # the regex would find nothing: a substring test is far cheaper
    return blank(text, _names_pattern(key))


@functools.lru_cache(maxsize=64)
def _lower_names(names: tuple[str, ...]) -> re.Pattern[str]:
    """Whether lowered text holds one of the digit-bearing names, as a substring: one C scan of a trie of
    them (one branch per next character; about two thirds of the cost of their alternation)."""
    return re.compile(word_trie(sorted({n.lower() for n in (*names, *COMMON_NAMES) if re.search(r"\d", n)})))


@functools.lru_cache(maxsize=64)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    wanted = sorted({n for n in (*names, *COMMON_NAMES) if re.search(r"\d", n)}, key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in wanted)
    return leading(re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w.]\d|\w)", re.IGNORECASE))


_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
                "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_DIGIT_DASH = re.compile(r"-(?<=\d-)\d")
"""Every DATE match holds a month's first three letters or an ISO date's digit-dash-digit (DATE is
case-sensitive). The dash first: `re` skips to it in C (the digit before it looked behind for)."""


def may_hold_date(text: str) -> bool:
    """False when `text` cannot hold a date find_dates reads (a cheap test: one scan for the month
    stems, and a search for the digit-dash-digit only in a text holding a dash)."""
    if "-" in text and _DIGIT_DASH.search(text) is not None:
        return True
    return _ANY_MONTH_STEM(text) is not None


_ANY_MONTH_STEM = re.compile(word_trie(_MONTH_STEMS)).search
"""Whether a text holds one of _MONTH_STEMS as a substring (case-sensitive): one scan of a trie of
them in C, about a third of the cost of 24 substring tests."""


_DATE_SCAN = leading(DATE)
"""DATE, turning away at once the positions no date starts at."""


def find_dates(text: str, session: date | None = None) -> list[PrintedDate]:
    if not may_hold_date(text):
        return []
    found = []
    for match in _DATE_SCAN.finditer(text):
        value = _date_of(match, session)
        if value is None:
            continue
        has_year = any(match.group(g) for g in ("year", "dyear", "iso"))
        if not has_year and session is not None:
            value = _year_named_after(value, text, match.end(), session)
        found.append(PrintedDate(match.group(0), value, match.group("weekday"), match.start(), match.end(),
                                 has_year=has_year, span=bool(match.group("span"))))
    return found


_YEAR_AFTER = re.compile(r"(?:,\s*|\s+of\s+|\s+)(?:(?P<last>last|the previous|the prior)|"
                         r"(?P<this>this|the same)|(?P<next>next))\s+year\b", re.IGNORECASE)
"""A year phrase right after a yearless date ("set November 28 of last year", "Jan 5 this year")."""


def _year_named_after(value: date, text: str, end: int, session: date) -> date:
    """The date's year as the words after it name it, relative to the session's year; unchanged when
    they name none."""
    phrase = _YEAR_AFTER.match(text, end)
    if phrase is None:
        return value
    year = session.year + (-1 if phrase.group("last") else 1 if phrase.group("next") else 0)
    try:
        return value.replace(year=year)
    except ValueError:  # February 29
        return value


_MONTH_NUMBERS = {name: n for n, name in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                                    "Sep", "Oct", "Nov", "Dec"), start=1)}
_DAY = re.compile(r"3[01]|[12]\d|0[1-9]|[1-9]")
"""A day as strptime's %d takes it (\\d: any decimal digit, as in DATE)."""


def _date_of(match: re.Match[str], session: date | None) -> date | None:
    if match.group("iso"):
        try:
            return date.fromisoformat(match.group("iso"))
        except ValueError:
            return None
    if match.group("dmonth"):
        month, day, year = match.group("dmonth")[:3], match.group("dday"), match.group("dyear")
    else:
        month, day, year = match.group("month")[:3], match.group("day"), match.group("year")
    guess = year or str((session or date.today()).year)
    number = _MONTH_NUMBERS.get(month.title())  # read as strptime's "%b %d %Y" reads it, at less cost
    if number is None or not _DAY.fullmatch(day):
        return None
    try:
        value = date(int(guess), number, int(day))
    except ValueError:
        return None
    if year is None and session is not None and (value - session).days < -183:
        value = value.replace(year=value.year + 1)  # "Jan 27" written in November
    return value


_NOT_FIGURES_ANYWHERE = re.compile("|".join(f"(?{'i' if p.flags & re.IGNORECASE else ''}:{p.pattern})"
                                            for p in (_URL, _LABELS, DATE, CITATION)))
_NOT_FIGURES_START = "\\d#/\\[abcdfhjlmnoqrstvwABCDFHJLMNOQRSTVW\u017f\u212a"
"""Every character a match of _NOT_FIGURES_ANYWHERE can start with: a digit, '#', '/', '[' (a
citation), and the letters (either case; 'ſ' and the Kelvin sign fold to s and k) that open a URL,
a label (RSI, MACD, ATR, Bollinger, one-month, Q1, Sources (3)...), a weekday or a month."""


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex source (split at each '|' outside groups and sets)."""
    parts, depth, in_set, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_set:
            in_set = ch != "]"
        elif ch == "[":
            in_set = True
            i += 1 if pattern[i + 1:i + 2] != "]" else 2  # a ']' right after '[' is a member
            continue
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


_UNNAMED = re.compile(r"\(\?P<\w+>")
_DIGIT_FIRST = re.compile(r"(?:\\b|\(\?<!?[^()]*\))*(?:\\d|\(\?:\d|\[\d)")
"""An alternative that can only start with a digit: '\\b\\d+-day', '(?<![\\w$.,])(?:19|20)...',
'\\b[1-9]0s'."""


_MID_WORD_START = "#/\\[hrRmMaAbB"
"""Every character an alternative not opening with a word boundary can start with: '#', '/', '['
(a citation), 'h' (https://), and either case of the R, M, A, B of RSI, MACD, ATR, Bollinger (no
other character folds to these)."""


_NEEDS = (("paren", ("RSI", "MACD", "ATR", "Bollinger", r"\b(?:Sources|")),
          ("url", ("https?://", r"\bwww\.")), ("month", (r"\b(?:one|two|three)-month",)),
          ("slash", ("/(?:100|5)", r"(?<!\S)\d{1,2}/", r"\b\d{1,2}/", r"\b(?:0?[1-9]|1[0-2])/",
                     r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+\(?\d{1,2}/", r"\b\d+(?:\.\d+)?/10")))


def _needs(compiled: re.Pattern[str], alternative: str) -> str | None:
    """What a text must hold for an alternative of the blanking pattern to match anywhere in it:
    'paren' a '(' (RSI(14), Sources (3)), 'url' '://' or 'www.', 'month' '-month' (any case),
    'date' what may_hold_date finds, 'slash' a '/' (2/2/2026, 7/10, "Tue (3/24)"); None for the
    alternatives every text takes."""
    if compiled is DATE:
        return "date"
    return next((key for key, starts in _NEEDS if alternative.startswith(starts)), None)


_NO_LABEL_HERE = (r"(?!\d+(?:\.\d+)?%(?!(?i: of ))"
                  r"|\d+\.\d+(?![\d.%/kK\u212a\u00b7|]|\s*[\u00b7|]))")
"""Where no digit alternative can match: at the start of a percentage ("1.25%", and its "25"), but the
share of people polled ("60% of economists"); at the start of a decimal not followed by a second point
(a dotted date), a slash (a rating), a K or a post's dot or bar (a score): "$450.20 on". One lookahead
turns the alternatives away at once at most of the figures an article prints."""


def _by_first_character(present: frozenset[str] | None = None) -> re.Pattern[str]:
    """_NOT_FIGURES_ANYWHERE with its alternatives (order kept) split by whether they start with a
    digit: at a digit only the digit ones are tried, and only after a non-word character (each
    opens with a word boundary or a lookbehind refusing a word character); at a word boundary all
    the others; inside a word only the others that do not open with a word boundary, behind their
    start characters. The leftmost-first match at each position is unchanged.

    `present`: the keys (see _needs) of the alternatives to keep, all of them for None."""
    digit: list[str] = []
    other: list[str] = []
    mid_word: list[str] = []
    for compiled in (_URL, _LABELS, DATE, CITATION):
        flag = "i" if compiled.flags & re.IGNORECASE else ""
        for alternative in _alternatives(_UNNAMED.sub("(?:", compiled.pattern)):
            wrapped = f"(?{flag}:{alternative})"
            need = _needs(compiled, alternative)
            if present is not None and need is not None and need not in present:
                continue
            if compiled is DATE:  # a weekday or month opens it, or an ISO date's digit
                digit.append(wrapped)
                other.append(wrapped)
            elif _DIGIT_FIRST.match(alternative):
                digit.append(wrapped)
            else:
                other.append(wrapped)
                if not alternative.startswith("\\b"):
                    mid_word.append(wrapped)
    return re.compile(f"\\b(?=\\d){_NO_LABEL_HERE}(?:{'|'.join(digit)})"
                      f"|\\b(?=[{_start_class(other, _NOT_FIGURES_START[2:])}])(?:{'|'.join(other)})"
                      f"|(?=[{_start_class(mid_word, _MID_WORD_START)}])(?:{'|'.join(mid_word)})")


def _start_class(alternatives: list[str], allowed: str) -> str:
    """The character-set body `allowed` narrowed to the characters one of `alternatives` can start
    with: the branch is tried at the same positions it can match at, and turned away at the rest
    (without the date alternatives, a word's 'm', 'r' or 'b' no longer enters the labels of RSI,
    MACD and Bollinger). `allowed` as it is when that cannot be told."""
    starts = first_fragments(re.compile("|".join(alternatives))) if alternatives else None
    chars = set(allowed.replace("\\", ""))
    if starts is not None and "\\d" in starts and not any(ch.isdecimal() for ch in chars):
        starts.discard("\\d")  # a digit (a date's day) is none of the allowed characters
    if starts is None or any(len(start) > 1 for start in starts):  # a class such as \w: anything of it
        return allowed
    narrowed = starts & chars
    return "".join(sorted(re.escape(ch) for ch in narrowed)) if narrowed else allowed


_NOT_FIGURES = leading(_by_first_character())
"""URLs, labels, dates and citations in one pass (blanked before figures are read), each position
tried only against the alternatives that can start with its character."""

def _present(text: str) -> frozenset[str]:
    keys = []
    if "(" in text:
        keys.append("paren")
    if "://" in text or "www." in text:
        keys.append("url")
    if "-month" in text.lower():  # no letter but ASCII ones folds to "month" (see folded)
        keys.append("month")
    if may_hold_date(text):
        keys.append("date")
    if "/" in text:
        keys.append("slash")
    return frozenset(keys)


@functools.cache
def _not_figures(present: frozenset[str]) -> re.Pattern[str]:
    """_NOT_FIGURES without the alternatives that cannot match a text lacking what they need: the
    same matches on that text, and a first-character lookahead that turns away most letters."""
    return leading(_by_first_character(present))


_COUNTED = ("members|people|attendees|participants|callers|listeners|viewers|readers|subscribers|followers|"
            "votes|ratings|reviews|downloads|episodes|entries|portfolios|accounts|clients|households|posts")
_PICTOGRAPH = "[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?"
_FURNITURE = re.compile(
    rf"{_PICTOGRAPH}[ \t]*\d{{1,3}}(?:,\d{{3}})*(?:\.\d)?[kKM]?(?=[ \t]+{_PICTOGRAPH}|[ \t]*(?:\n|$)"
    r"|[ \t]*[\u00b7\u2022|][ \t]*\d)"
    # a post's counters in a row of pictographs or dots: "\U0001f4ac 41   \u2764\ufe0f 318",
    # "\U0001f44d 1,284 \u00b7 97"
    r"|[\u25b2\u2b06\u2191][ \t]*\d{1,3}(?:,\d{3})*(?:\.\d)?[kK]?[ \t]*[\u25bc\u2b07\u2193]"
    # a post's vote score between its up and down arrows: "\u25b2 88 \u25bc" (a move has no down
    # arrow after it)
    r"|(?<=[\u00b7\u2022][ \t])\d{1,2}[mhdw]\b"  # a post's age after its dot: "\u00b7 58m"
    r"|\b(?:Ep|Episode|Issue|Part|Chapter|Season|Lesson|Module|Fig|Figure|Exhibit|Page|Row)\.?[ \t]?#?"
    r"\d+(?:,\d{3})*\b"  # "Ep. 214", "episode 213", "Fig. 8", "page 96", "row 2,147"
    r"|\bNo\.[ \t]?\d+(?:,\d{3})*(?:/\d{2,4})?\b"  # a note's number: "no. 47/2026", "Issue No. 1,284"
    r"|\b\d+(?:\.\d+)?[ \t]?(?:\u2605|\u2606|stars?\b)"  # a star rating: "4.8 \u2605"
    r"|\b\d+[ \t]?(?:min|mins|sec|secs|seconds)\b"  # a runtime: "38 min"
    rf"|(?<![\w$.,+\-\u2212])\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?[kKM]?(?=\s+(?:[a-z-]+\s+)?(?:{_COUNTED})\b)"
    # an audience or a count of people, in shorthand too: "847K subscribers", "(1,212 ratings)"
    rf"|(?<![\w$.,+\-\u2212])\d{{1,3}}(?:,\d{{3}})*\s+of\s+(?:the\s+)?(?:[\w.&-]+['\u2019]s\s+)?"
    rf"(?=\d{{1,3}}(?:,\d{{3}})*\s+(?:[a-z-]+\s+)?(?:{_COUNTED})\b)"
    # "11 of 14 members", "38 of the index's 100 members"
    r"|(?<![\w$.,+\-\u2212])\d{1,3}(?:,\d{3})*\s+of\s+our\s+\d{1,3}(?:,\d{3})*\b(?![.,]\d|%)"
    # a count of our things: "41 of our 112 client portfolios"
    rf"|\b(?:{_COUNTED}|audience|attendance|turnout|word count|page count)[ \t]*:"
    r"[ \t]*\d{1,3}(?:,\d{3})*(?:\.\d)?[kK]?\b"
    r"(?![.,]\d|%)"  # a labelled count: "Audience: 212", "VIP members: 1,030"
    r"|\b\d{1,4}[ \t]+for(?:[ \t]+the[ \t]+[a-z]+)?,?[ \t]+\d{1,4}[ \t]+against\b"
    r"(?:,?[ \t]+\d{1,4}[ \t]+abstain(?:ing|ed|ions?)?\b)?"
    # a vote's tally: "118 for the motion, 94 against"
    r"|\b(?:dues|fees?|subscriptions?|membership)[ \t]+(?:of[ \t]+)?\$\d{1,3}(?:,\d{3})*(?:\.\d\d)?\b"
    r"|\$\d{1,3}(?:,\d{3})*(?:\.\d\d)?(?=[ \t]+in[ \t]+(?:the|our)[ \t]+(?:account|treasury|kitty)\b)"
    # a club's own money: "dues of $50", "$18,420 in the account"
    r"|(?-i:\b\d{3,4}[ \t]?AM\b)|\b\d{2,3}\.\d[ \t]?FM\b"  # a radio station: "1040 AM", "98.7 FM"
    r"|\b\d{1,2}(?:\.\d+)?%(?=[ \t]+(?:allocation|weighting|stake)\b)"  # a holding: "a 2.5% allocation"
    r"|\b(?:daily|weekly|intraday)[ \t]+(?:chart|closes|bars|candles),[ \t]+\d{1,3}"
    r"(?=[ \t]+(?:sessions|bars|days|weeks)\b)"  # a chart's window: "daily chart, 64 sessions"
    r"|(?-i:\b[A-Z][a-z]+,[ \t]\d{2}(?=,[ \t](?:in|from)[ \t]+[A-Z]))"  # an age: "Dave, 61, in Tucson"
    r"|(?<![\w$.,+\-\u2212])\d{1,3}(?:,\d{3})*(?=\s+of\s+(?:you|us|them|our\s+\w+)\b)"  # "340 of you"
    r"|(?<![\w$.,+\-\u2212])\d{1,4}(?=\s+(?:shares|pieces|units|contracts|lots)\b)"
    # a holding: "120 shares" (a day's volume is printed in millions or with a K/M)
    r"|\b(?:Suite|Ste\.|Apt\.?|Room)[ \t]?#?\d+(?-i:[A-Z])?\b"  # an address: "Suite 400", "Room 3B"
    r"|\b(?:Week|Wk)\.?[ \t]?#?\d{1,2}\b(?![.,]\d|%|[ \t]+(?:percent|points?|pts?|bps?)\b)"
    # a week's number: "Week 12 worksheet" ("for the week 2.15%" is a move)
    r"|\b0[ \t]?(?:-|\u2013|to|and)[ \t]?100\b(?![.,]\d|%)"  # a scale's bounds: "from 0 to 100", "0-100"
    r"|(?-i:\b(?:ECON|ECO|ECN|FIN|FINA|ACCT|MATH|STAT|STATS|BUS|MGMT|MGT|MKTG|Econ|Acct|Math|Stat|Stats|Mgmt)"
    r"[ \t]?\d{3,4}\b)"
    # a course code: "ECON 210"
    r"|\b(?:aged?|(?:you|we|they)(?:[ \t]+are|'re)|I(?:[ \t]+am|'m)|(?:he|she)(?:[ \t]+is|'s))[ \t]+\d{2}\b"
    r"(?![.,]\d|%|[ \t]+percent\b)"  # a person's age: "if you are 65", "aged 70"
    r"|\b(?:in|since|founded|published|established|launched|created|introduced|a|an|the|until|circa)[ \t]+"
    r"(?:in[ \t]+)?"
    r"1[89]\d\d\b(?![.,]\d|%)"  # a year before 1950 (later ones are blanked with the labels): "in 1896"
    r"|(?:(?<![\w.,$])\+\d{1,3}[ .\-]?)?(?:\(\d{3}\)|(?<![\w.,$+\-\u2212])\d{3})[ .\-]\d{3}[ .\-]\d{4}\b"
    r"|\bext\.?[ \t]?\d{2,6}\b"  # a phone number and its extension: "+1 212 555 0143", "ext. 4471"
    r"|(?<![\w.,$+\-\u2212])\d{3}-\d{4}\b(?![.,]\d|%)"  # a local phone number: "555-0142"
    r"|\b(?:SMS|text|texts|txt|dial|call)[ \t]+(?:from|to|at)?[ \t]*\d{4,6}\b(?![.,]\d|%)"
    # a short code: "SMS from 72020", "text STOP to 72020" reads "to 72020"
    r"|\b(?:13|16|18|19|21)\+(?=[ \t]+only\b|[ \t]*\))"  # an age limit: "18+ only"
    r"|\bif[ \t]+(?:I|you|we)[ \t]+(?:had|have)[ \t]+\$\d{1,3}(?:,\d{3})*\b(?![.,]\d)"
    # a sum in a hypothetical: "if I had $1,000"
    r"|\b(?-i:SMA|EMA|MA)[ \t]?\d{1,3}(?:[ \t]?/[ \t]?\d{1,3}\b(?![.,]\d))*\b(?![.,]\d)|\b\d{1,3}[- ]?wks?\b"
    # a window: "MA 200", "52-wk", a row of averages' windows: "SMA 20 / 50 / 200"
    r"|(?<=RSI[ \t])(?:14|9|21)(?=[ \t]+(?:US)?\$?\d)|(?<=ATR[ \t])(?:14|10|20)(?=[ \t]+(?:US)?\$?\d)"
    # an indicator's window between its name and its reading: "RSI 14   55.5", "ATR 14   $4.50"
    r"|\b\d{1,3}[ \t]+(?:or|to)[ \t]+\d{1,3}[ \t]+(?:days|sessions|weeks)\b"  # lengths: "50 or 200 days"
    r"|\b(?:average|avg|mean|RSI|ATR|SMA|EMA|that|\d[xX])(?:[ \t]+(?:computed|calculated|measured|taken))?"
    r"[ \t]+(?:at|of|over|on)[ \t]+(?P<figure>\d{1,3})(?=[ \t]+(?:days|sessions|weeks|periods)\b)"
    # a window written after what it measures, as translations put it: "the moving average at 50 days",
    # "the RSI of 14 sessions", "well above that at 200 days", "1.5x of 20 sessions" (a multiple in words
    # leaves "1.5x" for "one and a half times the average"); only the window is blanked, the words and
    # the multiple before it and the reading after it are still read
    r"|(?<=\b(?:why|how) )\d{1,4}(?=[ \t]+(?:is|was)[ \t]+(?:a|the)[ \t]+(?:[a-z-]+[ \t]+)?number\b)"
    # a number talked about as a number: "why 200 is a magic number"
    r"|\b(?:available|accessible|online|valid|open)[ \t]+for[ \t]+\d{1,3}(?=[ \t]+(?:days|weeks|months)\b)"
    # how long something stays up: "a replay will be available for 30 days"
    r"|(?-i:\b[A-Z]{1,6}(?:-\d+){2,}\b)"  # a reference number: "MO-2026-1117-04"
    r"|\b(?-i:(?!(?:SMA|EMA|DMA|WMA|MA)-)[A-Z]{2,6}-\d{3,6}\b)(?![.,]\d|%)"  # a ticket's key: "MKT-2231"
    r"|(?<=\d:\d\d[ \t])[+\-\u2212]\d{4}\b|(?<=\d:\d\d:\d\d[ \t])[+\-\u2212]\d{4}\b"
    # a time zone's offset after a clock time: "18:12 -0500"
    r"|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+\(?\d{1,2}/\d{1,2}/\d{2,4}\b"  # "Tuesday 11/17/26"
    r"|(?<=\()(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d{2}|\d{4})?(?=\))"
    r"|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?!\d)"
    # a day-first dotted date, in brackets or after its weekday: "(27.11.)", "Friday 27.11."
    r"|\b(?:hotline|helpline|phone|telephone|tel|fax)\.?[ \t]*(?:is|on|at|:)?[ \t]*\+?\d{2,5}"
    r"(?:[ \t\-]\d{2,5}){1,3}\b(?![.,]\d|%)"  # a phone number in groups: "helpline is 0800 111 6768"
    r"|\b(?:score|scored|rated|rating|grade)[ \t]*:?[ \t]*\d{1,3}(?:\.\d)?[ \t]?/[ \t]?(?:10|100)\b"
    r"|\bscoring[ \t]*:[^.\n]*"  # a score and a rubric's points: "(score 87/100)", "Scoring: 40 points ..."
    r"|\b(?:stop|step|slide|track|gallery|question|item)[ \t]+\d{1,3}[ \t]+of[ \t]+\d{1,3}\b(?![.,]\d|%)"
    # a place in a sequence: "Stop 14 of 22"
    r"|\b(?:until|till)[ \t]+(?:[01]?\d|2[0-3])[.:][0-5]\d\b(?![.,]\d|%)"  # opening hours: "until 16.30"
    r"|\b\d{2,5}[ \t]+(?:by|x)[ \t]+\d{2,5}[ \t]+pixels\b|\b\d{2,5}[ \t]?(?:pixels|px)\b"
    # an image's size: "640 by 360 pixels"
    r"|\baxis[ \t]+(?:runs|goes|ranges|spans|reads)[ \t]+from[ \t]+\d[\d,.]*[ \t]+to[ \t]+\d[\d,.]*"
    r"|\bin[ \t]+steps[ \t]+of[ \t]+\d[\d,.]*"
    # a chart's axis: "the axis runs from 6,800 to 7,000 in steps of 50"
    r"|\b(?:odds|pick|bet|wager|parlay|moneyline)[ \t]+(?:of|at|is)[ \t]+[+\-\u2212]\d{3,4}\b(?![.,]\d|%)"
    r"|(?<=:[ \t])[+\-\u2212][1-9]\d{2,3}(?=[ \t]*(?:\n|$))"
    # betting odds: "pick at -110", "... (resistance): +150"
    r"|\brecord[ \t]+(?:(?:to|of|at|is|now)[ \t]+)?\d{1,3}-\d{1,3}(?:-\d{1,3})?\b(?![.,]\d|%)"
    # a season's won-lost record: "my season record to 41-37"
    r"|\bcall[ \t]+(?:number|no\.)[ \t]*:?[ \t]*\d+(?:\.\d+)?"  # a call number: "call number 332.6327"
    r"|\b(?:troop|pack|den|district|ward|precinct|route|flight|platform|train|hymn|psalm|bus|gate)[ \t]+"
    r"(?:number[ \t]+|no\.[ \t]?)?#?\d{1,5}(?-i:[A-Z])?\b(?![.,]\d|%)"
    # a group's or a route's number: "Troop 417"
    r"|\bpp?\.[ \t]?\d{1,4}(?:[-\u2013]\d{1,4})?\b(?![.,]\d|%)"  # a page: "p. 214", "pp. 12-14"
    r"|(?-i:\b(?:[01]\d|2[0-3])[0-5]\d[ \t]?(?:Z|UTC|GMT)\b)",  # a clock time in UTC: "0100Z", "1430 UTC"
    re.IGNORECASE,
)
"""Page furniture a writer's layout carries around the figures: a post's counters, an episode's number
and runtime, a rating, an audience, a holding's share count, an address, a window's label written
number-last ("MA 200") or abbreviated ("52-wk"), a reference number, a mail header's time zone, a
dated title, a day-first date. None is market data; blanked before figures are
read, so a real figure beside one is still read and checked."""
_RUN = re.compile(r"[a-z]+")
_ODDS_NEEDS = re.compile(r":[ \t][+\-\u2212][1-9]\d{2,3}[ \t]*(?:\n|$)")
_REFERENCE_NEEDS = re.compile(r"-\d+-\d")
_CLOCK_NEEDS = re.compile(r":(?<=\d:)\d\d[ \t][+\-\u2212]\d")
_SLASH_DATE_NEEDS = re.compile(r"/(?<=\d/)\d{1,2}/\d")
_BRACKET_DATE_NEEDS = re.compile(r"\(\d{1,2}\.\d{1,2}\.")
_DOTTED_DATE_NEEDS = re.compile(r"\.(?<=\d\.)\d{1,2}\.(?!\d)")
_PICTOGRAPH_NEEDS = re.compile(_PICTOGRAPH[:-len("\ufe0f?")])
_OF_YOU_NEEDS = re.compile(r"of\s+(?:you|us|them|our)\b")
_HOLDING_NEEDS = re.compile(r"\d\s+(?:shares|pieces|units|contracts|lots)\b")
_PHONE_NEEDS = re.compile(r"[ .\-](?<=\d{3}[ .\-])\d{4}\b")
_TICKET_KEY_NEEDS = re.compile(r"[A-Z]-\d")  # a ticket's key ("MKT-2231"): capitals, a hyphen, digits
_OLD_YEAR_NEEDS = re.compile(r"1(?<=\b1)[89]\d\d\b")
_VOTE_ARROWS_NEEDS = re.compile("\\d[ \t]*[\u25bc\u2b07\u2193]")
_POST_AGE_NEEDS = re.compile("[\u00b7\u2022][ \t]\\d{1,2}[mhdw]\\b")
_OF_OUR_NEEDS = re.compile(r"of\s+our\s+\d")
_STATION_NEEDS = re.compile(r"M\b(?:(?<=\d[AF]M)|(?<=\d[ \t][AF]M))")
_APPOSITIVE_AGE_NEEDS = re.compile(r",(?<=[a-z],)[ \t]\d{2},[ \t](?:in|from)[ \t]")
_SCALE_NEEDS = re.compile(r"0(?<=\b0)[ \t]?(?:-|\u2013|to|and)[ \t]?100\b")
_WEEKDAY_STEMS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_STAR_MARKS = re.compile("[\u2605\u2606]")
_AGE_LIMIT_NEEDS = re.compile(r"\+(?<=\d\+)")  # the plus first: `re` skips to it in C


def _lowered_holds(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text.lower()) is not None


_FurnitureNeed = tuple[Callable[[str], bool], tuple[str, ...], "re.Pattern[str] | None",
                       "Callable[[str, set[str]], bool] | None"]
_FURNITURE_TESTS: tuple[_FurnitureNeed, ...] = (
    (lambda alt: alt.startswith(r"\b(?:hotline"), ("hotline", "helpline", "phone", "telephone", "tel", "fax"),
     None, None),
    (lambda alt: alt.startswith(r"\b(?:score|"), ("score", "scored", "rated", "rating", "grade"), None, None),
    (lambda alt: alt.startswith(r"\bscoring"), ("scoring",), None, None),
    (lambda alt: alt.startswith(r"\b(?:stop|step|"), ("stop", "step", "slide", "track", "gallery", "question",
                                                      "item"), None, None),
    (lambda alt: alt.startswith(r"\b(?:until|"), ("until", "till"), None, None),
    (lambda alt: "pixels" in alt, ("pixels", "px"), None, None),
    (lambda alt: alt.startswith(r"\baxis"), ("axis",), None, None),
    (lambda alt: "steps" in alt, ("steps",), None, None),
    (lambda alt: alt.startswith(r"\b(?:odds|"), ("odds", "pick", "bet", "wager", "parlay", "moneyline"),
     None, None),
    (lambda alt: alt.startswith(r"(?<=:[ \t])"), (), _ODDS_NEEDS, None),
    (lambda alt: alt.startswith(r"\brecord[ \t]"), ("record",), None, None),
    (lambda alt: alt.startswith(r"\bcall[ \t]"), ("call",), None, None),
    (lambda alt: alt.startswith(r"\b(?:troop|"), ("troop", "pack", "den", "district", "ward", "precinct",
                                                   "route", "flight", "platform", "train", "hymn", "psalm",
                                                   "bus", "gate"), None, None),
    (lambda alt: alt.startswith(r"\bpp?\."), ("p", "pp"), None, None),
    # (which alternative of _FURNITURE, whole words one of which the text's lowered runs of letters
    # hold, or a mark the text holds, for it to match; and a further test when one is needed)
    (lambda alt: alt.startswith("[\u2600"), (), _PICTOGRAPH_NEEDS, None),
    (lambda alt: alt.startswith(r"[\u25b2"), (), _VOTE_ARROWS_NEEDS, None),
    (lambda alt: alt.startswith(r"(?<=[\u00b7"), (), _POST_AGE_NEEDS, None),
    (lambda alt: r"of\s+our\s+\d" in alt, ("our",), None,
     lambda text, runs: "of" in runs and _lowered_holds(_OF_OUR_NEEDS, text)),
    (lambda alt: alt.startswith(r"\b(?:" + _COUNTED),
     (*_COUNTED.split("|"), "audience", "attendance", "turnout", "count"), None, None),
    (lambda alt: "against" in alt, ("against",), None, None),
    (lambda alt: alt.startswith(r"\b(?:dues"),
     ("dues", "fee", "fees", "subscription", "subscriptions", "membership"), None, None),
    (lambda alt: "(?:account|treasury" in alt, ("account", "treasury", "kitty"), None, None),
    (lambda alt: alt.startswith(r"(?-i:\b\d{3,4}"), ("am",), _STATION_NEEDS, None),
    (lambda alt: alt.endswith(r"[ \t]?FM\b"), ("fm",), None, None),
    (lambda alt: "(?:allocation|" in alt, ("allocation", "weighting", "stake"), None, None),
    (lambda alt: alt.startswith(r"\b(?:daily|"), ("chart", "closes", "bars", "candles"), None, None),
    (lambda alt: alt.startswith(r"(?-i:\b[A-Z][a-z]+,"), (), _APPOSITIVE_AGE_NEEDS, None),
    (lambda alt: alt.startswith(r"\bNo\."), ("no",), None, None),
    (lambda alt: alt.endswith(r"\d{3}[ .\-]\d{4}\b"), (), _PHONE_NEEDS, None),
    (lambda alt: alt.startswith(r"\bext"), ("ext",), None, None),
    (lambda alt: alt.startswith(r"\b(?:Ep|"),
     ("ep", "episode", "issue", "part", "chapter", "season", "lesson", "module", "fig", "figure", "exhibit",
      "page", "row"), None, None),
    (lambda alt: "stars?" in alt, ("star", "stars"), _STAR_MARKS, None),
    (lambda alt: "(?:min|mins|sec" in alt, ("min", "mins", "sec", "secs", "seconds"), None, None),
    (lambda alt: r"of\s+(?:you" in alt, ("you", "us", "them", "our"), None,
     lambda text, runs: "of" in runs and _lowered_holds(_OF_YOU_NEEDS, text)),
    (lambda alt: _COUNTED in alt, tuple(_COUNTED.split("|")), None, None),
    (lambda alt: "(?:shares|pieces" in alt, ("shares", "pieces", "units", "contracts", "lots"), None,
     lambda text, runs: _lowered_holds(_HOLDING_NEEDS, text)),
    (lambda alt: alt.startswith(r"\b(?:Suite"), ("suite", "ste", "apt", "room"), None, None),
    (lambda alt: alt.startswith(r"\b(?:Week"), ("week", "wk"), None, None),
    (lambda alt: alt.startswith(r"\b0[ \t]?"), (), _SCALE_NEEDS, None),
    (lambda alt: alt.startswith(r"(?-i:\b(?:ECON"),
     ("econ", "eco", "ecn", "fin", "fina", "acct", "math", "stat", "stats", "bus", "mgmt", "mgt", "mktg"),
     None, None),
    (lambda alt: alt.startswith(r"\b(?:aged?"), ("age", "aged", "you", "we", "they", "i", "he", "she"),
     None, None),
    (lambda alt: "1[89]" in alt, (), _OLD_YEAR_NEEDS, None),
    (lambda alt: alt.startswith(r"\b(?-i:SMA"), ("sma", "ema", "ma"), None, None),
    (lambda alt: alt.startswith(r"(?<=RSI"), ("rsi",), None, None),
    (lambda alt: alt.startswith(r"(?<=ATR"), ("atr",), None, None),
    (lambda alt: "wks?" in alt, ("wk", "wks"), None, None),
    (lambda alt: alt.startswith(r"\b(?:average|avg"), ("days", "sessions", "weeks", "periods"), None, None),
    (lambda alt: "(?:days|sessions|weeks)" in alt, ("days", "sessions", "weeks"), None, None),
    (lambda alt: "number" in alt, ("number",), None, None),
    (lambda alt: alt.startswith(r"\b(?:available|"), ("available", "accessible", "online", "valid", "open"),
     None, None),
    (lambda alt: alt.startswith(r"(?-i:\b(?:[01]"), ("z", "utc", "gmt"), None, None),
    (lambda alt: alt.startswith("(?-i:"), (), _REFERENCE_NEEDS, None),
    (lambda alt: alt.startswith(r"(?<=\d:\d\d"), (), _CLOCK_NEEDS, None),
    (lambda alt: "/" in alt, (), _SLASH_DATE_NEEDS, None),
    (lambda alt: alt.startswith(r"(?<=\("), (), _BRACKET_DATE_NEEDS, None),
    (lambda alt: alt.startswith(r"\b(?:Mon|"), (), _DOTTED_DATE_NEEDS,
     lambda text, runs: any(run.startswith(_WEEKDAY_STEMS) for run in runs)),
    (lambda alt: alt.startswith(r"(?<![\w.,$+\-\u2212])\d{3}-\d{4}"), (), _PHONE_NEEDS, None),
    (lambda alt: alt.startswith(r"\b(?-i:(?!(?:SMA|"), (), _TICKET_KEY_NEEDS, None),
    (lambda alt: alt.startswith(r"\b(?:SMS|"), ("sms", "text", "texts", "txt", "dial", "call"), None, None),
    (lambda alt: alt.startswith(r"\b(?:13|16|"), (), _AGE_LIMIT_NEEDS, None),
    (lambda alt: alt.startswith(r"\bif[ \t]"), ("if",), None,
     lambda text, runs: not runs.isdisjoint(("had", "have"))),
)
"""Tests in order, the first that claims an alternative gives what a text needs for it to match (an
alternative none claims, or one given neither words nor a mark, is always kept)."""


def _furniture_needs() -> list[tuple[str, _FurnitureNeed | None]]:
    """_FURNITURE's alternatives, each with its need (None: always kept)."""
    found = []
    for alt in _alternatives(_FURNITURE.pattern):
        need = next((test for test in _FURNITURE_TESTS if test[0](alt)), None)
        found.append((alt, need if need is not None and (need[1] or need[2] is not None) else None))
    return found


_FURNITURE_ALTERNATIVES = _furniture_needs()
_FURNITURE_WORDS = frozenset(w for _, need in _FURNITURE_ALTERNATIVES if need for w in need[1])
"""Every word one of which a text needs for a furniture alternative claimed by words to match."""


def _owners(key: Callable[[_FurnitureNeed], tuple[object, ...]]) -> dict[object, tuple[int, ...]]:
    """Each word or mark of the furniture's needs, with the alternatives it keeps (in order)."""
    owners: dict[object, list[int]] = {}
    for n, (_, need) in enumerate(_FURNITURE_ALTERNATIVES):
        for held in key(need) if need is not None else ():
            owners.setdefault(held, []).append(n)
    return {held: tuple(found) for held, found in owners.items()}


_FURNITURE_ALWAYS = frozenset(n for n, (_, need) in enumerate(_FURNITURE_ALTERNATIVES) if need is None)
_BY_WORD = _owners(lambda need: need[1])
_BY_MARK = _owners(lambda need: (need[2],) if need[2] is not None else ())
_ASCII_MARK_OWNERS = tuple((mark, n) for mark, n in _BY_MARK.items()
                           if isinstance(mark, re.Pattern) and mark.pattern.isascii())
_OTHER_MARK_OWNERS = tuple((mark, n) for mark, n in _BY_MARK.items()
                           if isinstance(mark, re.Pattern) and not mark.pattern.isascii())
"""The alternatives of _FURNITURE each word and each mark keeps: a text's words and marks are looked
up once each, not asked of every alternative in turn. The marks written in ASCII are searched in every
text, each alone (most open with a literal character, the digit before it looked behind for, so `re`
skips to that character in C: one pattern of them all would enter the matcher at every letter and
digit, about ten times the cost); the rest (pictographs, stars, arrows) only in a text that is not
ASCII. A mark is not searched for once the words keep all its alternatives."""
_OTHER_MARK_CHARS = re.compile("[\u00b7\u2022\u2193\u25bc\u2b07\u2600-\u27bf\U0001f300-\U0001faff]")
"""A character one of which every mark of _OTHER_MARK_OWNERS needs (a pictograph, a star, a down arrow, a
post's dot): a text holding none (most hold only curly quotes and dashes) skips their four searches for
one scan."""


def _furniture_in(text: str) -> re.Pattern[str] | None:
    """_FURNITURE without the alternatives that cannot match `text` (the same matches on it), or None
    when none can; all of it for a text holding a letter that folds to ASCII (see folded)."""
    return _furniture_in_folded(text, folded(text))


def _furniture_in_folded(text: str, lowered: str | None) -> re.Pattern[str] | None:
    """_furniture_in(text), given `lowered`, folded(text)."""
    if lowered is None:
        return _FURNITURE
    runs = set(_RUN.findall(lowered))
    held = set(_FURNITURE_ALWAYS)
    for word in runs.intersection(_FURNITURE_WORDS):
        held.update(_BY_WORD[word])
    for mark, owners in _ASCII_MARK_OWNERS if text.isascii() or _OTHER_MARK_CHARS.search(text) is None \
            else _ASCII_MARK_OWNERS + _OTHER_MARK_OWNERS:
        if not held.issuperset(owners) and mark.search(text) is not None:
            held.update(owners)
    kept = tuple(n for n in sorted(held) if _further_holds(n, text, runs))
    return _furniture_of(kept) if kept else None


def _further_holds(n: int, text: str, runs: set[str]) -> bool:
    need = _FURNITURE_ALTERNATIVES[n][1]
    return need is None or need[3] is None or need[3](text, runs)


@functools.cache
def _furniture_of(kept: tuple[int, ...]) -> re.Pattern[str]:
    return re.compile("|".join(_FURNITURE_ALTERNATIVES[n][0] for n in kept), _FURNITURE.flags)


_ANY_DIGIT = re.compile(r"\d")
_RSI_ZONE_WORDS = leading(re.compile(r"\bRSI\b|overbought|oversold", re.IGNORECASE))
_RSI_ZONE_STEMS = ("rsi", "overbought", "oversold")
"""What lowered text must hold for _RSI_ZONE_WORDS to match in it (substring tests: far cheaper than
the search, which enters its matcher at every R and O)."""
_RSI_LINE = re.compile(r"(\b(?:short of|shy of|above|below|under|over|past|through|towards?|near|nears|"
                       r"crosse[sd]|cross|breaks?|broke|topped|tops)\s+(?:the\s+)?)(20|30|70|80)\b(?![.,]\d|%)",
                       re.IGNORECASE)
"""An RSI zone's line named by a bare round number in a sentence about the RSI or its zones ("warm,
short of 70", "dipped below 30"): a threshold, not a figure ('RSI at 30' is the reading, kept)."""
_RSI_MIDLINE = re.compile(r"(\bRSI\b(?:[^.;:\n]|\.(?=\d)){0,30}?\b"
                          r"(?:above|below|under|over|beneath|past|through|crossed)\s+(?:the\s+)?)"
                          r"(50)\b(?![.,]\d|%|-|\s*(?:day|dma|sma|ema))", re.IGNORECASE)
"""The RSI's midline named right after the RSI in its clause ("RSI 47.4, below 50 but not oversold", "RSI
back above 50"): the line between its halves, not a reading nor a price (nor the 50-day)."""
_RSI_NAMED_LINE = re.compile(r"(\b(?:an?|the)\s+(?:key|critical|important|magic|pivotal|psychological|"
                             r"closely watched|widely watched|overbought|oversold)\s+)(20|30|50|70|80)\b"
                             r"(?![.,]\d|%)", re.IGNORECASE)
"""A zone's line named as such ("nowhere near a key 70", "the oversold 30"): a threshold, not a
reading, unless a reading's verb stands right before it ("RSI hit the key 70" claims the reading)."""
_READING_VERB = re.compile(r"\b(?:at|is|was|reads?|hit|hits|touched|touches|printed|prints)\s*$|[=:]\s*$",
                           re.IGNORECASE)


def _named_line(match: re.Match[str]) -> str:
    if _READING_VERB.search(match.string, 0, match.start()):
        return match.group(0)
    return match.group(1) + " " * len(match.group(2))


def find_numbers(text: str, names: Iterable[str] = ()) -> list[PrintedNumber]:
    """Every figure in `text`; offsets index into `text` itself."""
    if _ANY_DIGIT.search(text) is None:
        return []  # (a str.isdigit()-only character such as '²' is no \d: _NUMBER finds nothing either)
    stripped = strip_names(text, names)
    lowered = folded(stripped)  # lowered once: the furniture's words and the RSI's are looked up in it
    furniture = _furniture_in_folded(stripped, lowered)  # the alternatives whose words and marks it holds
    if furniture is not None:
        stripped = blank(stripped, furniture)
    cleaned = blank(stripped, _not_figures(_present(stripped)))
    if (lowered is None or any(word in lowered for word in _RSI_ZONE_STEMS)) \
            and _RSI_ZONE_WORDS.search(stripped):
        cleaned = _RSI_LINE.sub(lambda m: m.group(1) + " " * len(m.group(2)), cleaned)
        cleaned = _RSI_NAMED_LINE.sub(_named_line, cleaned)
        cleaned = _RSI_MIDLINE.sub(lambda m: m.group(1) + " " * len(m.group(2)), cleaned)
    found = []
    for match in _NUMBER.finditer(cleaned):
        start = match.start()
        if start and (cleaned[start - 1].isalnum() or cleaned[start - 1] in "._"):
            continue  # inside a word or after a point: "Q3", "x5", ".5"
        found.append(_printed(match, start))
    return found


_SIGNS = {"+": 1, "-": -1, "\u2212": -1, None: 0}


def _printed(match: re.Match[str], start: int) -> PrintedNumber:
    sign, dollar, whole, fraction, suffix, continental = match.group("sign", "dollar", "whole", "fraction",
                                                                     "suffix", "continental")
    if continental:  # "35.112,40" is 35,112.40
        whole, _, cents = continental.partition(",")
        whole, fraction = whole.replace(".", ""), f".{cents}"
    if suffix:
        suffix = suffix.strip()
    value = float(whole.replace(",", "") + fraction if fraction else whole.replace(",", ""))
    unit = _UNIT_OF_SUFFIX.get(suffix) if suffix else None
    if unit is None and dollar:
        unit = "price"
    decimals = len(fraction) - 1 if fraction else 0
    if dollar and suffix in ("million", "mln"):  # "$40 million": money, as "$40" reads
        return PrintedNumber(match.group(0)[:match.start("suffix") - start], value, decimals, "price",
                             start, match.start("suffix"), _SIGNS[sign])
    if suffix == "k":  # thousands shorthand ("35.1k", "$91.2k"): the figure in full, rounded to its hundreds
        value, decimals = round(value * 1000, max(0, 3 - decimals)), decimals - 3
    return PrintedNumber(match.group(0).strip(), value, decimals, unit, start, match.end(), _SIGNS[sign],
                         _SCALE.get(suffix, 1.0) if suffix else 1.0)


_CONTINENTAL_SURE = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+,\d+|\d+,\d{1,2})(?!\d|[.,]\d)")
"""A figure only continental notation prints: thousands dots before a decimal comma ("35.112,40"), or
a decimal comma with one or two digits ("312,84", "0,88%"; English groups thousands by three)."""
_ENGLISH_SURE = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+\.\d+|\d+\.\d{1,2})(?!\d|[.,]\d)")
"""A figure only English notation prints: "35,112.40", "0.88" (a continental thousands group has
three digits)."""
_CONTINENTAL_FIGURE = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?!\d|[.,]\d)")
"""A whole figure in continental notation: "35.112,40", "35.000", "312,84" (not a dotted date)."""
_SEPARATORS = str.maketrans(".,", ",.")


@dataclass(frozen=True)
class Notation:
    """A document's figures in English notation (same length, so every offset survives) and the way
    back: each rewritten figure's English form and its printed one."""

    text: str
    printed: Mapping[str, str]

    def original(self, span: str | None) -> str | None:
        """`span` (a piece of `text`) with each rewritten figure as the document printed it."""
        if not self.printed or not span:
            return span
        return _ENGLISH_FIGURE.sub(lambda m: self.printed.get(m.group(0), m.group(0)), span)


_ENGLISH_FIGURE = re.compile(r"(?<![\d.,])\d[\d.,]*\d(?![\d.,]*\d)")


def in_english_notation(text: str) -> Notation:
    """`text` read in English notation: a document printing more figures only continental notation
    prints ("35.112,40", "-0,88%") than ones only English prints ("35,112.40", "0.88%") is continental
    throughout, so its "35.000" is thirty-five thousand and its "312,84" one figure; every other
    document is left as it is (an English "1,234" stays English)."""
    continental = len(_CONTINENTAL_SURE.findall(text))
    if not continental or continental <= len(_ENGLISH_SURE.findall(text)):
        return Notation(text, {})
    printed: dict[str, str] = {}

    def english(match: re.Match[str]) -> str:
        figure = match.group(0)
        if "." not in figure and "," not in figure:
            return figure
        rewritten = figure.translate(_SEPARATORS)
        printed[rewritten] = figure
        return rewritten

    return Notation(_CONTINENTAL_FIGURE.sub(english, text), printed)


def same_at_precision(value: float, number: PrintedNumber, *, slack: int = 0) -> bool:
    """True when `value`, printed like `number`, shows the same digits (ignoring sign).

    `slack` allows that many units in the last printed place (for values derived
    from already-rounded figures).
    """
    if number.tolerance:
        return abs(abs(value) / number.scale - number.value) <= number.tolerance * number.value + 1e-9
    printed = round(abs(value) / number.scale, number.decimals)
    return abs(printed - number.value) <= (slack + 1e-6) * 10 ** -number.decimals


def unit_fits(fact: Fact, number: PrintedNumber) -> bool:
    return units_fit(fact.unit, number.unit)


def units_fit(fact_unit: str | None, printed_unit: str | None) -> bool:
    """A fact in `fact_unit` may be what a figure printed in `printed_unit` shows."""
    if fact_unit == "date":
        return False
    if printed_unit is None:
        return fact_unit not in ("pct", "pp", "bp", "volume")
    if printed_unit == "price":
        return fact_unit == "price"
    if printed_unit == "ratio":
        return fact_unit in ("ratio", "count")
    if printed_unit == "pp":
        return fact_unit in ("pp", "pct")
    return fact_unit == printed_unit


def matches(fact: Fact, number: PrintedNumber, *, slack: int = 0) -> bool:
    """`number` shows `fact`; approximate words ("a fifth of an ATR") may approximate the fact as the
    data prints it (a 0.24 ATR move is printed 0.2)."""
    if isinstance(fact.value, date) or not unit_fits(fact, number):
        return False
    return same_at_precision(float(fact.value), number, slack=slack) or bool(number.tolerance) and \
        same_at_precision(round(float(fact.value), fact.decimals), number)


def trace_number(number: PrintedNumber, facts: Mapping[str, Fact] | Iterable[Fact]) -> Fact | None:
    """The first fact this printed number shows, or None."""
    pool = facts.values() if isinstance(facts, Mapping) else facts
    return next((fact for fact in pool if matches(fact, number)), None)


def trace_date(printed: PrintedDate, sheet: FactSheet) -> Fact | None:
    return next((f for f in sheet.facts.values() if f.unit == "date" and f.value == printed.value),
                None)


_ABBREVIATIONS = re.compile(r"\b(?:vs|approx|est|Inc|Corp|Co|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|"
                            r"Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|e\.g|i\.e|U\.S|Ep|Ch|Pt|Ref|Ste|Apt|"
                            r"ext|Ext|tel|Tel|Fig|Figs|no)\.$")
_ABBREVIATIONS = leading(_ABBREVIATIONS)  # see lookahead.py
_PAGE = re.compile(r"(?<!\d )\bpp?\.$")
"""A page's abbreviation before its number ("Manual, p. 214"): no sentence end when a digit follows
("0.80 pp. For the month" is one)."""
_NUMBER_SIGN = re.compile(r"\b[A-Za-z][a-z]*[ \t]+No\.$")
"""A thing's number sign after its name, before the number ("Column No. 212", "Puzzle No. 318"): no
sentence end (a bare "No." answering a question is one)."""
_ABBREVIATION_REACH = 10
"""How far from a text's end an _ABBREVIATIONS match can start (the longest, 'approx.', and a newline
'$' stands before, with room): the search starts there rather than walking the whole text (its
word boundary still sees the character before)."""
_DAY_MONTH_END = re.compile(r"(?<![\d.,])\d{1,2}\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")


def _date_ends_sentence(before: str, part: str) -> bool:
    """A day's date written day first, its month abbreviated, ends a sentence when a word opens the next
    ("after $615.65 on Wednesday 12 Nov. Over five sessions the fund is up 2.84%"): the date is whole,
    the month's full stop is the sentence's too ("Nov. 12" keeps its day)."""
    return part[:1].isupper() and _DAY_MONTH_END.search(before, max(0, len(before) - 12)) is not None


_SENTENCE_END = re.compile(r"\s(?<=[.!?]\s)\s*(?=[A-Z\u201c\"(\[$+\-\u2212\d])")
"""The spaces after a sentence's end mark, before what opens the next sentence. Written space first, the
end mark looked behind for: `re` enters the matcher only at spaces (a pattern opening with the
lookbehind is entered at every position, at about twice the cost); the same matches."""


_LEADS_TO = frozenset("$0123456789")
"""What a line of dot leaders (four dots or more: "Brake pads ........ $362.50") leads to: the line's
own figure, no new sentence (an ellipsis is three dots)."""


_ANSWERED = re.compile(r"\?$")
_ANSWER = re.compile(r"\(?(?:Yes|No|Nope|Yep|Not)\b")  # "(Yes: it is.)" answers in brackets too
_SHORT_QUESTION = 5
"""A question of this many words or fewer ("And the VIX?", "Small caps?") is the subject of the
sentence answering it (see _answers_short_question): they are read as one."""


_ANSWER_OPENING = re.compile(r"[*_\s]*(?:[$+\-\u2212\d]|(?:Up|Down|Flat|Higher|Lower|Unchanged|Barely|About|"
                             r"Roughly|Nearly|Almost|Around|Just|Only|Still|Near|At|Off|Over|Under|Above|"
                             r"Below|Another|Less|More|It|It's|It\u2019s|Its|They|Both|Each|That|This)\b)")
_WORD = re.compile(r"[A-Za-z][\w&'-]*")


def _answers_short_question(question: str, part: str) -> bool:
    """A sentence answers the short question before it when it opens on a figure, a move word or a
    pronoun ("And the VIX? Down 4.67% at 13.47.", "And gold? It rose 0.48%.") or on a word of the
    question ("Small caps? Small caps slid 0.8%."), not when it moves on ("What about IWM?
    Meanwhile the index fell 0.8%.")."""
    if _ANSWER_OPENING.match(part):
        return True
    first = _WORD.search(part)
    asked = {w.lower() for w in _WORD.findall(question)} - {"the", "a", "an", "and", "what", "how", "about"}
    return first is not None and first.group(0).lower() in asked


def sentences(text: str) -> list[str]:
    """Split on sentence ends, not on abbreviations ('vs.', 'Nov.') or decimals; a question keeps its
    one-word answer ('Is SPY overbought? No.' is one claim), and a short question the sentence answering
    it ('And the VIX? Down 4.67% at 13.47.': the VIX's figures)."""
    parts = _SENTENCE_END.split(text)
    merged: list[str] = []
    for part in parts:
        answers = bool(merged) and bool(_ANSWERED.search(merged[-1])) and (
            bool(_ANSWER.match(part)) or (len(merged[-1].split()) <= _SHORT_QUESTION
                                          and _answers_short_question(merged[-1], part)))
        leaders = bool(merged) and part[:1] in _LEADS_TO and merged[-1].endswith("....")
        if merged and _ABBREVIATIONS.search(merged[-1], max(0, len(merged[-1]) - _ABBREVIATION_REACH)) \
                and not _date_ends_sentence(merged[-1], part) or answers or leaders \
                or (merged and part[:1].isdigit()
                               and (_PAGE.search(merged[-1], len(merged[-1]) - 3)
                                    or _NUMBER_SIGN.search(merged[-1], max(0, len(merged[-1]) - 40)))):
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    return [s for s in merged if s.strip()]


def stated_in(number: PrintedNumber, source_text: str) -> bool:
    """The figure's digits appear in the text of the sources its sentence cites as a number of their
    own: the '1' of "1.9%" or "2026" states no 1% (trailing zeros of a decimal may differ)."""
    if not source_text:
        return False
    digits = number.text.lstrip("+-\u2212$").rstrip("%").replace(" pp", "").replace(" bp", "")
    tail = r"0*(?!\d)" if "." in digits else r"(?:\.0+)?(?![\d]|[.,]\d)"
    return re.search(r"(?<![\d.,])" + re.escape(digits) + tail, source_text) is not None


_CITED = re.compile(r"\b(?:In|Out) ?\[\d+\]:|\[(\d+)\]")
"""A citation [n], or a notebook cell's marker ('In [3]:', 'Out[3]:'), matched whole to be passed over:
the number of a cell of code or of its printout, no source."""


def citations_in(text: str) -> list[int]:
    """The numbers of the citations [n] in `text`, in order (not the cell markers of a notebook)."""
    return [int(m.group(1)) for m in _CITED.finditer(text) if m.group(1)]


_FOLDED = TextMemo(_folded)
"""Texts `folded` remembers (at most 4096: a long document starts over past it)."""
