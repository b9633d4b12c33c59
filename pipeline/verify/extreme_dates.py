"""The date of a record close or a 52-week closing extreme, checked against the snapshot's.

"its record close of $629.76, set on Nov 11, 2026", "its April 28 closing low of $592.37" and
"the 52-week high from Oct 22" date an extreme the snapshot holds with its date
(`Extremes.all_time_high_date`, `high_52w_date`, `low_52w_date`). Such a date must be that
extreme's, even when some other fact or a source happens to carry it. The extreme is named by
its words ("record close", "all-time high", "52-week low"), or by a bare "high"/"low"/"record"
beside a figure that is the extreme's value ("closing low of $592.37"). A date binds to the
extreme in its own comma phrase, or in the phrase before when its phrase attaches to it ("set on
Nov 11", "reached Oct 22", "was touched on 23 October"), or in brackets after the extreme's figure
("closing low of $592.37 (Apr 28)") or its name ("The death cross (Oct 16)"). The record close
and the 52-week extremes are also named in other words ("the best close ever", "the historical
summit of closing", "the lowest close of 52 weeks"). Intraday extremes are not held (the
snapshot's are closing ones), and neither is an extreme of less than a full year of history.
"""

from __future__ import annotations

import re
from datetime import date

from ..contracts import Finding, Snapshot
from .codes import finding
from .context import VerifyContext
from .numbers import PrintedDate, find_dates, find_numbers, folded, same_at_precision

_NAMED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("all_time_high", re.compile(r"\b(?:record(?:\s+closing)?\s+(?:close|high|finish)|record\s+closing\s+"
                                 r"(?:price|level|mark|value)|"
                                 r"all-time(?:\s+closing)?\s+high|closing\s+record|"
                                 r"(?:highest|best)\s+close\s+ever|"
                                 r"historic(?:al)?\s+(?:summit|maximum|peak|high)\s+of\s+clos(?:e|ing)|"
                                 r"(?-i:ATH))\b",
                                 re.IGNORECASE)),
    ("high_52w", re.compile(r"\b(?:52-week|fifty-two-week|one-year|12-month)\s+(?:closing\s+)?high\b|"
                            r"\b52\s?w(?:k|eek)?\s+hi(?:gh)?\b|"  # a sheet's "52w hi 493.91 (12-Jan)"
                            r"\b(?:maximum|high)\s+of\s+52\s+weeks\b|"
                            r"\bhighest\s+close\s+(?:of|in)\s+(?:the\s+(?:past|last)\s+)?(?:52\s+weeks|"
                            r"(?<=past\s)year|(?<=last\s)year|twelve\s+months|12\s+months)\b",
                            re.IGNORECASE)),
    ("low_52w", re.compile(r"\b(?:52-week|fifty-two-week|one-year|12-month)\s+(?:closing\s+)?low\b|"
                           r"\b52\s?w(?:k|eek)?\s+lo(?:w)?\b|"
                           r"\b(?:minimum|low)\s+of\s+52\s+weeks\b|"
                           r"\blowest\s+close\s+(?:of|in)\s+(?:the\s+(?:past|last)\s+)?(?:52\s+weeks|"
                           r"(?<=past\s)year|(?<=last\s)year|twelve\s+months|12\s+months)\b",
                           re.IGNORECASE)),
    ("cross", re.compile(r"\b(?:golden|death)[\s-](?:cross|x)\b|"  # "golden x" on a desk
                         r"\b(?:50|fifty)-day\b[^.;,]{0,30}?\bcross(?:ed|es)\s+(?:above|below|over|under|beneath)\s+"
                         r"(?:the\s+|its\s+)?(?:200|two-hundred)-day\b|"
                         r"\b(?:50|fifty)-day\b(?:(?!\band\b)[^.;,\d]){0,20}?\b(?:fell|dropped|slipped|sank|dipped|"
                         r"moved|rose|climbed|pushed|broke)\s+(?:above|below|over|under|beneath|through)\s+"
                         r"(?:the\s+|its\s+)?(?:200|two-hundred)-day\b|"
                         r"\b(?:50|fifty)-day\b(?:(?!\band\b)[^.;,\d]){0,30}?\b(?:above|below|over|under|beneath)\s+"
                         r"(?:the\s+|its\s+)?(?:200|two-hundred)-day\b(?=\s+since\b)|"
                         r"\bthe\s+(?:moving[- ]average\s+)?cross(?:over)?\b(?![\w-])", re.IGNORECASE)),
)
"""The cross is also named by what it is ("the 50-day crossed below the 200-day on October 25", "On
March 24 the 50-day fell under the 200-day", "the 50-day has been above the 200-day since July 14") and,
once named, as "the cross" ("the cross dates from Wednesday, April 15"); two distances joined by "and"
("2% above the 50-day and 5% above the 200-day") name no cross."""
_BARE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("all_time_high", re.compile(r"\b(?:record|peak|summit|top)\b", re.IGNORECASE)),
    ("high_52w", re.compile(r"\b(?:high|peak|summit|top)\b", re.IGNORECASE)),
    ("low_52w", re.compile(r"\b(?:low|trough|bottom)\b", re.IGNORECASE)),
)
"""A bare word names an extreme only beside its value: "its historic peak of 52,018.76, reached on 13
November 2023" (the record close), "Its peak of the past year, $41.82" (the 52-week high close); at the
intraday extreme's value it is that ("the $632.37 peak of November 13")."""
_EXTREME_WORDS = ("record", "all-time", "best", "historic", "ath", "high", "maximum", "low", "minimum",
                  "golden", "death", "cross", "peak", "summit", "trough", "bottom", "top", "50-day",
                  "fifty-day", "52w")
"""Words one of which a lowered ASCII sentence holds for a pattern of _NAMED, _BARE or _CROSS_APPOSITIVE
to match in it (each of their alternatives spells one)."""
_INTRADAY = re.compile(r"\bintra-?day\s+(?:\w+\s+)?(?:record|high|low|peak)\b|\b(?:record|high|low)\s+"
                       r"intra-?day\b", re.IGNORECASE)
"""An intraday extreme named (the snapshot holds closing ones, and the tape the intraday high and low of
the same window, each checked only at its value); "touched $631.45 before settling under its record close
of $629.76 from Nov 11" still dates the record close."""
_PHRASE_MARK = re.compile(r",(?!\d)|[;\u2014(]|:(?!\d)|\.(?!\d)")
_CLAUSE_MARK = re.compile(r"[;\u2014]|\.(?!\d)")
_ATTACHES = re.compile(r"^\s*(?:[$\u20ac\u00a3]?\d[\d,]*(?:\.\d+)?\s+)?"  # "$371.18 from April 16"
                       r"(?:(?:which|that)\s+)?(?:it\s+)?(?:(?:was|is|has been|had been)\s+)?"
                       r"(?:set|made|formed|printed|dates|dating|dated|came|reached|hit|posted|notched|logged|marked|"
                       r"recorded|touched|registered|happened|occurred|triggered|flashed|appeared|from|on|"
                       r"back|(?:in place|in force|intact|standing)\s+since)\b",
                       re.IGNORECASE)
_IT_ATTACHES = re.compile(r"\s*(?:(?:which|that)\s+)?it\s+(?:(?:was|has been|had been)\s+)?"
                          r"(?:set|made|formed|printed|came|happened|occurred|triggered|flashed|appeared|posted|registered)\s+"
                          r"(?:back\s+)?on\b", re.IGNORECASE)
"""A phrase that attaches its date to the extreme named before it ("which it set on April 16", "it
happened back on Sep 21")."""
_BRACKETED = re.compile(r"\d\s*\(\s*$")
"""A date opening a bracket right after a figure ("$493.91 (Jan 12, 2026)")."""
_OPENS_BRACKET = re.compile(r"(?:\s+(?:on|in)\s+the\s+chart)?\s*\(\s*(?:since|from|on|dated|set)?\s*$",
                            re.IGNORECASE)
"""A date opening a bracket right after the extreme's name ("The death cross (Oct 16)")."""
_CROSS_APPOSITIVE = re.compile(r",\s*(?:a|the)\s+(?:so-called\s+)?[\"\u201c]?(?:golden|death)[\s-]cross\b",
                               re.IGNORECASE)
"""The cross named right after the phrase that dates it, as its appositive."""
_BARE_RIGHT_AFTER = re.compile(r"\s+(?:closing\s+)?(?:low|high|peak|trough|bottom|summit|record)\b",
                               re.IGNORECASE)
_NAMED_RIGHT_AFTER = re.compile(r"\s+(?:record|all-time|52-week)\s+(?:closing\s+)?(?:close|high|low)\b",
                                re.IGNORECASE)
"""A date right before the bare word of an extreme ("the April 28 low of 5,938.73", "its Nov 12 high"): it
dates that extreme, held to its value, whatever extreme the clause named before it."""
_ITS = re.compile(r"\bits\b", re.IGNORECASE)
"""'its' in the extreme's phrase, which names no instrument: the instrument its clause names owns it."""
_LABELS = {"all_time_high": "record close", "high_52w": "52-week closing high",
           "low_52w": "52-week closing low", "cross": "moving-average cross",
           "high_intraday": "52-week intraday high", "low_intraday": "52-week intraday low"}


def check_extreme_date(when: PrintedDate, sentence: str, section: str,
                       ctx: VerifyContext) -> list[Finding] | None:
    """None when the date is not a held extreme's; else the finding when it is not that extreme's
    date (none when it is)."""
    lowered = folded(sentence)
    if lowered is not None and not any(word in lowered for word in _EXTREME_WORDS):
        return None  # no extreme's word: the clause around each date is not read
    named = _extreme_named(sentence, when)
    if named is None:
        return None
    kinds, phrase, bare = named
    snapshot = _subject(phrase, ctx)
    if _ITS.search(phrase) and not ctx.lexicon.mentions(phrase):
        clause_start = max([0, *(m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, when.start))])
        snapshot = _subject(sentence[clause_start:when.start], ctx)  # "QQQ lost 0.90%, ... its Nov 11 record"
    if snapshot is None or (kinds[0] != "cross" and not snapshot.has_full_year):
        return None
    which = _valued(kinds, phrase, snapshot) if bare else kinds[0]
    if which is None:
        return None  # "the Nov 12 high of $478.00": a bare 'high' is the extreme's only at its value
    held = _held_date(snapshot, which)
    if held is None:
        return None
    if _past_day(when, snapshot.session) == held:
        return []
    printed = f"{held:%b} {held.day}, {held.year}"
    return [finding("date-untraced", f"date {when.text} is not the date of {snapshot.symbol}'s "
                    f"{_LABELS[which]} ({printed})", section=section, span=when.text, expected=printed,
                    source=f"{snapshot.symbol}: " + _SOURCES.get(which, f"extremes.{which}_date"))]


_SOURCES = {"cross": "trend.cross.since", "high_intraday": "tape.high_intraday_date",
            "low_intraday": "tape.low_intraday_date"}
_CLOSING = re.compile(r"\bclos(?:e|es|ed|ing)\b", re.IGNORECASE)
_INTRADAY_OF = {"all_time_high": "high_intraday", "high_52w": "high_intraday", "low_52w": "low_intraday"}


def _valued(kinds: list[str], phrase: str, snapshot: Snapshot) -> str | None:
    """Of the extremes a phrase's bare words may name, the one whose value the phrase prints: a closing
    extreme, else the tape's intraday high or low of the same window."""
    figures = [number for number in find_numbers(phrase) if number.unit in ("price", None)]
    for which in kinds:
        if any(same_at_precision(getattr(snapshot.extremes, which), number) for number in figures):
            return which
    tape = snapshot.tape
    if _CLOSING.search(phrase):
        return None  # "the Jan 12 closing high of $495.73": a close, even at the intraday high's value
    for which in dict.fromkeys(_INTRADAY_OF[k] for k in kinds if k in _INTRADAY_OF):
        value = getattr(tape, which, None) if tape is not None else None
        if value is not None and any(same_at_precision(value, number) for number in figures):
            return which
    return None


def _extreme_named(sentence: str, when: PrintedDate) -> tuple[list[str], str, bool] | None:
    """(the extremes the words may name, the words that name it with the date, named by bare words)
    or None; an extreme named by its words is one, bare words may name several."""
    clause_start = max([0, *(m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, when.start))])
    clause_end_mark = _CLAUSE_MARK.search(sentence, when.end)
    clause_end = clause_end_mark.start() if clause_end_mark else len(sentence)
    marks = [m.end() for m in _PHRASE_MARK.finditer(sentence, clause_start, when.start)]
    if marks and sentence[marks[-1] - 1] == "(" and ")" in sentence[marks[-1]:when.start]:
        marks.pop()  # "Golden cross (50 over 200) dated 27 Aug": a closed aside is no phrase of its own
    start = marks[-1] if marks else clause_start
    end_mark = _PHRASE_MARK.search(sentence, when.end, clause_end)
    end = _bracket_end(sentence, when, end_mark.start() if end_mark else clause_end)
    valued = _VALUE_BRACKET.match(sentence, end)
    end = valued.end() if valued is not None else end  # "the Oct 28 top ($694.71)": the top's value
    own = sentence[start:end]
    if marks and _WEEKDAY_ONLY.fullmatch(sentence, start, when.start):
        # "$257.77 (record close, Nov 28)": a date standing alone dates the phrase before it
        own = sentence[marks[-2] if len(marks) > 1 else clause_start:end]
        if not any(pattern.search(own) for _, pattern in (*_NAMED, *_BARE)):
            own = sentence[clause_start:end]  # "off the april low (411.68, Apr 16)": the clause's extreme
    elif _ATTACHES.match(sentence[start:when.start]) and marks:
        own = sentence[clause_start:end]  # "The record close, 6,968.14, set on Oct 22": the clause's
    elif not marks and clause_start and _IT_ATTACHES.match(sentence, clause_start, when.start):
        # "The death cross is still with us; it formed on March 27": 'it' is the clause before's
        before = [m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, clause_start - 1)]
        own = sentence[before[-1] if before else 0:end]
    elif _BRACKETED.search(sentence[:when.start]) and marks:
        # "its record close of 6,968.14 (22 October 2026)", "The 52-week closing low, $517.65 (Apr 28)":
        # a date in brackets after a figure dates the extreme named last before it in the clause
        names = [m.start() for _, pattern in _NAMED
                 for m in pattern.finditer(sentence, clause_start, when.start)]
        if not names:  # "From the closing high of $257.77 (Dec 2, 2025)": a bare name, held to its value
            names = [m.start() for _, pattern in _BARE
                     for m in pattern.finditer(sentence, clause_start, when.start)]
        own = sentence[max(names):end] if names else own
    elif marks:
        named_before = [m for _, pattern in _NAMED
                        for m in pattern.finditer(sentence, clause_start, when.start)
                        if _OPENS_BRACKET.fullmatch(sentence, m.end(), when.start)]
        own = sentence[named_before[-1].start():end] if named_before else own
    if _INTRADAY.search(own):
        return None
    if _BARE_RIGHT_AFTER.match(sentence, when.end) and not _NAMED_RIGHT_AFTER.match(sentence, when.end):
        own = sentence[when.start:end]  # "... the record close set on October 22 and 16.21% above the April
        # 28 low of 5,938.73": a date right before a bare extreme's word is that extreme's, not the one before
    named = _nearest_named(own, own.find(when.text))
    if named is not None:
        return [named], own, False
    if _CROSS_APPOSITIVE.match(sentence, end):
        return ["cross"], own, False  # "The 50-day moved above the 200-day on August 10, a golden cross"
    bare = [which for which, pattern in _BARE if pattern.search(own)]
    return (bare, own, True) if bare else None


_VALUE_BRACKET = re.compile(r"\(\s*(?:US)?[$\u20ac\u00a3]?\d[\d,]*(?:\.\d+)?\s*\)")
"""A figure alone in brackets right after a dated extreme's word: its value ("the Nov 28, 2025 record
($692.73)")."""
_WEEKDAY_ONLY = re.compile(r"\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*)?")
"""Nothing but a weekday before a date in its phrase: "(Mon Jan 12)" stands alone as "(Jan 12)" does."""


def _bracket_end(sentence: str, when: PrintedDate, end: int) -> int:
    """The end of a date's phrase: its closing bracket when the date sits in brackets ("the 52-week
    closing high of $41.82 (Aug 19) and ... the all-time closing high": the bracket's date is the high's,
    not the clause's next extreme's), else `end`."""
    opened = sentence.rfind("(", 0, when.start)
    if opened < 0 or ")" in sentence[opened:when.start]:
        return end
    closed = sentence.find(")", when.end, end)
    return closed if closed >= 0 else end


def _nearest_named(own: str, at: int) -> str | None:
    """The extreme a phrase names by its words nearest before the date at `at` (the first after it when
    none comes before): "its $257.77 record close and ... its 52-week closing low of $173.35 (Apr 16,
    2025)" dates the low."""
    found = [(m.start(), which) for which, pattern in _NAMED for m in pattern.finditer(own)]
    if not found:
        return None
    before = [f for f in found if f[0] < at]
    return max(before)[1] if before else min(found)[1]


def _held_date(snapshot: Snapshot, which: str) -> date | None:
    if which == "cross":
        cross = snapshot.trend.cross
        return cross.since if cross is not None else None
    if which in ("high_intraday", "low_intraday"):
        return getattr(snapshot.tape, f"{which}_date") if snapshot.tape is not None else None
    held: date = getattr(snapshot.extremes, f"{which}_date")
    return held


def _past_day(when: PrintedDate, session: date) -> date:
    """An extreme is in the past: a date printed without its year is the latest such day on or before
    the session ("the April 28 low" in November is this year's, in March last year's)."""
    if when.has_year or when.value <= session:
        return when.value
    try:
        return when.value.replace(year=when.value.year - 1)
    except ValueError:  # Feb 29
        return when.value


def _subject(phrase: str, ctx: VerifyContext) -> Snapshot | None:
    """The snapshot the phrase is about: the one instrument it names, else the article's."""
    named = {s for m in ctx.lexicon.mentions(phrase) for s in m.symbols}
    own = set(ctx.lexicon.family_of(ctx.snapshot.symbol)) | {ctx.snapshot.symbol}
    others = named - own
    if not others:
        return ctx.snapshot
    if len(others) == 1:
        return ctx.peers.get(others.pop())
    return None


_MONTH_STEMS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_MONTH_ONLY = re.compile(r"^(?P<month>[A-Za-z]{3})[a-z]*\.?(?:\s+(?P<year>\d{4}))?$")
_EXTREME_OF_DISTANCE = {"pct_from_ath": "all_time_high", "pct_from_52w_high": "high_52w",
                        "pct_from_52w_low": "low_52w"}


def dated_extreme_held(snapshot: Snapshot, distance: str, printed: str) -> bool:
    """Whether a date printed before a high or a low ("its January 12 peak", "its August high", "the
    April 2025 low") is the date of the extreme whose distance `distance` names: a day must be its
    day, a month alone (with its year if printed) its month. The record is one close whatever the
    date beside it, so its distance is always that close's."""
    if distance == "pct_from_ath":
        return True
    held = _held_date(snapshot, _EXTREME_OF_DISTANCE[distance])
    if held is None:
        return False
    month = _MONTH_ONLY.match(printed.strip())
    if month is not None:
        stem, year = month.group("month").lower(), month.group("year")
        return stem in _MONTH_STEMS and _MONTH_STEMS.index(stem) + 1 == held.month \
            and (year is None or int(year) == held.year)
    dates = find_dates(printed, snapshot.session)
    return len(dates) == 1 and _past_day(dates[0], snapshot.session) == held
