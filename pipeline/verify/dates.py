"""Dates and weekdays against the session calendar and the snapshot's events.

A printed date must be a date the snapshot holds (the session, an event, the
date of a high or a cross, an options expiry) or one the cited source prints.
A weekday next to a date must be that date's weekday. A bare weekday in a
sentence about the close ("closed on Thursday") must be the session's; next to
an event ("the FOMC on Wednesday") it must be the event's; in a title that names
no other move, "<weekday>'s drop" is the session's too.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from ..contracts import Finding
from .close_since import check_close_since
from .codes import finding
from .context import VerifyContext
from .extreme_dates import check_extreme_date
from .lookahead import leading
from .move_since import check_move_since
from .number_words import ORDINAL_WORD, ordinal_value
from .numbers import DATE, PrintedDate, find_dates, find_numbers, unquoted
from .past_bars import held_sessions
from .things import is_market_word

_WEEKDAY = re.compile(r"\b(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s|\u2019s)?\b")
_SESSION_WORDS = re.compile(r"\b(?:closed|close|closing|finished|ended|settled|session|today|rose|fell|"
                            r"gained|"
                            r"lost|rallied|slipped|climbed|dropped)\b", re.IGNORECASE)
_OTHER_DAY = re.compile(r"\b(?:previous|prior|yesterday|earlier|last week|next|coming|since|through|until|"
                        r"before|after|by|from|every|each|on Monday's|week)\b", re.IGNORECASE)
_EVENT_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("fomc", re.compile(r"\b(?:FOMC|Fed|Federal Reserve|rate decision)\b", re.IGNORECASE)),
    ("cpi", re.compile(r"\b(?:CPI|consumer price|inflation (?:report|data|print))\b", re.IGNORECASE)),
    ("jobs", re.compile(r"\b(?:payrolls|jobs report|employment report|NFP)\b", re.IGNORECASE)),
    ("expiry", re.compile(r"\b(?:expiry|expiration|opex)\b", re.IGNORECASE)),
)


_WEEKDAY, _SESSION_WORDS, _OTHER_DAY = (leading(p) for p in (_WEEKDAY, _SESSION_WORDS, _OTHER_DAY))
_EVENT_WORDS = tuple((kind, leading(pattern)) for kind, pattern in _EVENT_WORDS)
"""The patterns searched along a text turn away the positions no match can start at (lookahead.py)."""


def check_dates(sentence: str, section: str, ctx: VerifyContext, source_text: str) -> list[Finding]:
    session = ctx.snapshot.session
    printed = [_extreme_in_past(when, sentence, session) for when in find_dates(sentence, session)]
    findings = []
    for when in printed:
        findings += _weekday_of_date(when, section) + _appositive_weekday(when, sentence, section)
        extreme = _dated_by_bars(when, sentence, section, ctx) if section != "sources" else None
        if extreme is not None:
            findings += extreme
        elif section != "sources" and not _date_known(when, ctx, source_text, sentence):
            findings.append(_untraced(when, section, ctx, sentence))
    if section != "sources":
        findings += weekday_beside_date(sentence, section, ctx.snapshot.session)
        findings += _bare_weekdays(sentence, section, ctx, printed, source_text)
    return findings


_EXTREME_BEFORE = re.compile(r"\b(?:record|all-time|highs?|highest|lows?|lowest|weakest|strongest|"
                             r"52w\s+(?:hi|lo)|peak(?:ed)?|trough|bottom(?:ed)?|summit|best\s+close|worst\s+close)\b"
                             r"(?P<between>(?:[^.;:!?\u2014]|\.(?=\d)|:(?=\s*[$\u20ac\u00a3]?\d)){0,60})$",
                             re.IGNORECASE)
"""An extreme named before a date in its clause ("The record close, $257.77 from November 28", "The
lowest, $423.43, came on Thursday, April 30", "Best close ever: $493.91 (Mon Jan 12)")."""
_FUTURE_WORDS = re.compile(r"\b(?:will|would|could|may|might|by|until|before|next|coming|ahead|expected|due|"
                           r"if|"
                           r"scheduled|FOMC|Fed|CPI|meeting|decision|earnings|expir\w*)\b", re.IGNORECASE)


def _extreme_in_past(when: PrintedDate, sentence: str, session: date) -> PrintedDate:
    """A yearless date of an extreme the words name before it ("the 52-week low close, $371.18 from April
    16", "The highest close of the past year was on Monday, January 12") is the latest such day on or
    before the session: an extreme was set on a day that has passed, never in the year to come (DATE
    reads a yearless date more than half a year back in the next year)."""
    if when.has_year:
        return when
    past = _extreme_day_in_past(when.value, sentence, when.start, session)
    return when if past == when.value or past is None else replace(when, value=past)


_WHICH_IS = re.compile(r",?\s*(?:which|that)\s+(?:is|was|falls\s+on|fell\s+on)\s+an?\s+"
                       r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
"""A weekday told of the date right before it ("on 9 December, which is a Wednesday"): that date's
weekday, not an event's or the session's a clause further on."""


def _appositive_weekday(when: PrintedDate, sentence: str, section: str) -> list[Finding]:
    told = _WHICH_IS.match(sentence, when.end)
    if told is None or when.weekday is not None or told.group("day") == _WEEKDAY_NAMES[when.value.weekday()]:
        return []
    return [finding("weekday-mismatch", f"{when.value:%b} {when.value.day}, {when.value.year} is a "
                    f"{when.value:%A}, not a {told.group('day')}", section=section, span=told.group("day"),
                    expected=f"{when.value:%A}", source="calendar")]


def _dated_by_bars(when: PrintedDate, sentence: str, section: str,
                   ctx: VerifyContext) -> list[Finding] | None:
    """The findings on a date the snapshot's extremes or bars date (a record's day, the day of a "lowest
    close since"); None when the words name neither."""
    extreme = check_extreme_date(when, sentence, section, ctx)
    if extreme is None:
        extreme = check_close_since(when, sentence, section, ctx)
    return check_move_since(when, sentence, section, ctx) if extreme is None else extreme


_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
"""date.weekday()'s names, as f"{day:%A}" prints them in the C locale (without its formatting cost)."""
_DAY_NAMES = {"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday", "fri": "Friday",
              "sat": "Saturday", "sun": "Sunday"}
_SHORT_WEEKDAY = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
_ANY_WEEKDAY = rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|{_SHORT_WEEKDAY})"
_MONTH_NAMES = ("January|February|March|April|May|June|July|August|September|October|November|December|"
                "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
_WEEKDAY_DATE = leading(re.compile(
    rf"\b(?P<weekday>{_ANY_WEEKDAY}),?\s+(?:"
    r"\(?(?:(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/(?P<y>\d{2}|\d{4}))?|(?P<mm>\d{2})-(?P<dd>\d{2})(?![\d-]))\)?(?![\d/])"
    rf"|(?P<bracket>\()?(?P<month>{_MONTH_NAMES})\.?\s+(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:,?\s+(?P<year>\d{{4}}))?\b|(?P<word>{ORDINAL_WORD.pattern[2:-2]})\b)(?(bracket)\)?)"
    rf"|(?P<dday>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:of\s+|de\s+)?|-)(?P<dmonth>{_MONTH_NAMES})\b"
    r"(?:\.?,?\s+(?:of\s+|de\s+)?(?P<dyear>\d{4})\b)?"
    rf"|the\s+(?P<oday>\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:{_MONTH_NAMES})\b))", re.IGNORECASE))
"""A weekday beside a date DATE does not read with it: a numeric date ('Wed (3/24)', 'Tue 11/17', 'Mon
11-10' with two digits each side of a dash), a
short weekday before a month ('Thu Dec 9'), a month in brackets ('Last Thu (Nov 13)'), a day in words
('Thursday, November eleventh'), a day before its month ('Thursday, 13 of November', 'Thu 27-Nov';
with the year
after it, 'Fri 28 Nov 2025', in that year), or any of them in capitals ('TUESDAY, NOVEMBER 17, 2025';
the weekday capitalised or in capitals, never lowercase); or a day of the month alone ('Tuesday the
12th': that day in the session's month or a month beside it)."""


_WEEKDAY_STEM = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)", re.IGNORECASE)
_STEMS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
"""A weekday read beside a date is capitalised or in capitals: it prints one of these."""
_ANY_STEM = re.compile("|".join(_STEMS))
"""One of _STEMS as a substring (one scan in C, not fourteen tests)."""


def weekday_beside_date(sentence: str, section: str, session: date) -> list[Finding]:
    """Each weekday printed beside a date is that date's weekday (the year is the session's, or the next
    one for a date more than half a year back, as for DATE)."""
    if _ANY_STEM.search(sentence) is None or _WEEKDAY_STEM.search(sentence) is None:
        return []  # the substring tests first: most sentences name no weekday
    findings = []
    for match in _WEEKDAY_DATE.finditer(sentence):
        printed = match.group("weekday")
        if printed not in (printed.capitalize(), printed.upper()):
            continue  # 'wed', 'sat': a word, not a weekday
        named = _DAY_NAMES[printed[:3].lower()]
        if printed in (named, named.upper()) and (match.group("day") or match.group("dday")) \
                and not match.group("bracket"):
            continue  # 'Thursday, Nov 12', 'THURSDAY, NOV 12': DATE reads the weekday with the date
        if match.group("oday"):
            when = _month_day_off(int(match.group("oday")), named, session)
        else:
            when = _printed_day(match, session, _tense_before(sentence, match.start()))
            when = _extreme_day_in_past(when, sentence, match.start(), session)
        if when is None or f"{when:%A}" == named:
            continue
        findings.append(finding("weekday-mismatch", f"{when:%b} {when.day}, {when.year} is a {when:%A}, not "
                                f"a {named}", section=section, span=match.group(0).strip(),
                                expected=f"{when:%A}", source="calendar"))
    return findings


def _extreme_day_in_past(when: date | None, sentence: str, start: int, session: date) -> date | None:
    """A yearless date read in the year to come that dates an extreme the words name before it (DATE's
    and a weekday's: "its $493.91 record close (Mon Jan 12)", "52-week low $204.10 (Thu Apr 9)") is the
    latest such day on or before the session: an extreme has passed."""
    if when is None or when <= session:
        return when
    named = _EXTREME_BEFORE.search(sentence, max(0, start - 90), start)
    if named is None or _FUTURE_WORDS.search(named.group("between")):
        return when
    try:
        past = when.replace(year=when.year - 1)
    except ValueError:  # Feb 29
        return when
    return past if past <= session else when


_MONTH_NUMBERS = "jan feb mar apr may jun jul aug sep oct nov dec".split()


def _month_day_off(day: int, named: str, session: date) -> date | None:
    """The day of the month a weekday names without its month ('Tuesday the 12th'), when it is that
    weekday in none of the session's month and the months beside it: that day of the session's month
    (None when one of them fits, or the day is in none of them)."""
    candidates = []
    for step in (0, -1, 1):
        month = (session.month - 1 + step) % 12 + 1
        year = session.year + (session.month - 1 + step) // 12
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates or any(f"{c:%A}" == named for c in candidates):
        return None
    return candidates[0]


_PAST_WORD = re.compile(r"\b(?:last|past|previous|prior)\s+$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\b(?:next|coming|upcoming)\s+$", re.IGNORECASE)


def _tense_before(sentence: str, start: int) -> int:
    """-1 for a weekday after 'last/past/previous/prior' ('last Tue (3/24)'), 1 after 'next/coming',
    0 otherwise: the side of the session the yearless date lies on."""
    before = sentence[max(0, start - 12):start]
    return -1 if _PAST_WORD.search(before) else 1 if _NEXT_WORD.search(before) else 0


def _printed_day(match: re.Match[str], session: date, tense: int = 0) -> date | None:
    """The date printed beside a weekday. Without a year it is in the session's year, or the next one
    when more than half a year back; after 'last' it is on or before the session (the year before when
    the date is later in the year), after 'next' on or after it."""
    if match.group("m") or match.group("mm"):
        month, day = (int(match.group(g)) for g in (("m", "d") if match.group("m") else ("mm", "dd")))
        year = match.group("y")
        year_value = (2000 + int(year) if len(year) == 2 else int(year)) if year else None
    elif match.group("dmonth"):
        month = _MONTH_NUMBERS.index(match.group("dmonth")[:3].lower()) + 1
        day = int(match.group("dday"))
        year_value = int(match.group("dyear")) if match.group("dyear") else None
    else:
        month = _MONTH_NUMBERS.index(match.group("month")[:3].lower()) + 1
        day = int(match.group("day")) if match.group("day") else ordinal_value(match.group("word"))
        year_value = int(match.group("year")) if match.group("year") else None
    try:
        value = date(year_value or session.year, month, day)
    except ValueError:
        return None
    if year_value is None:
        value = _yearless(value, session, tense)
    return value


def _yearless(value: date, session: date, tense: int) -> date:
    try:
        if tense < 0 and value > session:
            return value.replace(year=value.year - 1)
        if tense > 0 and value < session:
            return value.replace(year=value.year + 1)
        if tense == 0 and (value - session).days < -183:
            return value.replace(year=value.year + 1)
    except ValueError:  # Feb 29 in a year without one
        return value
    return value


PAST_DAYS = 7
"""A date more than this many days before the session is history the snapshot does not hold."""


_RESTATED_WEEKDAY = re.compile(r",?\s*(?:which|that)\s+(?:is|was|will be|falls on|fell on)\s+(?:a\s+)?$",
                               re.IGNORECASE)
"""A weekday restating the date printed right before it ("on 9 December, which is a Wednesday")."""
_HOLIDAY = re.compile(r"\b(?:holiday|Thanksgiving|Christmas|New Year's|Good Friday|Easter|Juneteenth|"
                      r"Independence Day|Labou?r Day|Memorial Day|Presidents['\u2019]? Day|Veterans Day|"
                      r"Columbus Day|Martin Luther King|MLK Day|Boxing Day)\b", re.IGNORECASE)
"""A holiday named in the weekday's phrase: the weekday is the holiday's, not an event's or the session's."""
_MARKETS_SHUT = re.compile(r"(?:\b(?:markets?|exchanges?|NYSE|Nasdaq|Wall\s+Street|stocks)\s+"
                           r"(?:are\s+|is\s+|will\s+be\s+|were\s+|stay\s+)?(?:closed|shut)|\bearly\s+close|\bhalf[\s-]day|\bno\s+trading)"
                           r"\s*(?:on\s+|this\s+|next\s+)?$", re.IGNORECASE)
"""The market shut or cut short on a weekday right after ("Markets closed Thursday", "early close Friday",
"half day Friday"): a holiday calendar's day, not the session's."""
_ANCHOR_BEFORE = re.compile(r"\b(?:from|since|counting from|after|before)\s+(?:last\s+|this\s+)?$",
                            re.IGNORECASE)
"""A weekday a span is counted from or to ("13 trading days from Friday"): a reference day, not the
event's."""
_DATED_FACT = re.compile(r"\b(?:52-week|record|all-time|cross|peak|bottom|trough|expir\w*|FOMC|Fed|CPI|"
                         r"payrolls|meeting|earnings)\b", re.IGNORECASE)
"""Words naming a fact the snapshot dates (an extreme, a cross, an event): a date beside one is that
fact's date and must be the snapshot's, not a past session's of a day-by-day account (_untraced), nor
a held bar's (_dates_a_bar)."""
_MARKET_FACT = (r"\b(?:record|high|highs|low|lows|peak|top|bottom|range|cross|crossed|expir\w*|opex|"
                r"FOMC|Fed|CPI|payrolls|jobs|earnings|dividend|meeting|decision|report|due|scheduled")
"""The dated facts' words _MARKET_DATE starts from (a wider list than _DATED_FACT: a range, a report,
a due date tie a later date to the market too)."""
_MARKET_DATE = re.compile(_MARKET_FACT + r"|clos\w*|settl\w*|sessions?|trad\w*|market|tape|"
                          r"bars?|data|snapshot|as of|quote[sd]?|prices?|moved?|rose|fell|gained|lost|opened|"
                          r"rall\w*|slid|dropped|climbed|up|down|year|ytd|since|count(?:ed|ing))\b",
                          re.IGNORECASE)
"""A later day's date is a market claim only when its sentence holds one of these words (a dated fact, a
close, a session, a move, a period's start, the data's as-of): with none it is the writer's own date (a
letter's, a lesson's, a reply-by)."""


_FURNITURE_LABEL = re.compile(r"(?:^|[\n(|\u2014]|\s{2,}|[.!?)\]\"\u201d]\s+)\s*"
                              r"(?:(?:last\s+)?updated|published|posted|revised|submitted|due|"
                              r"next\s+(?:digest|issue|edition|update|bulletin|newsletter|post|episode|show|briefing|"
                              r"note|call))\s*:?\s*(?:on\s+)?"
                              r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?$", re.IGNORECASE)
"""A page's own label right before a later date, opening its line, bracket or sentence ("Due: Friday,
December 4", "(last updated Wednesday, November 18, 2026)", "Next issue: Mon 23 Nov 2026"): the
document's deadline, update or next issue, not a market claim, whatever the rest of the line says."""
_THING_DUE = re.compile(r"\b(?P<noun>[A-Za-z][a-z\-]+)\s+(?:are\s+|is\s+)?(?:due|needed|wanted)\s+"
                        r"(?:back\s+)?(?:on\s+|by\s+|before\s+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?$")
"""A thing due on a later day, named right before it ("Permission slips due Friday 27 November", "forms are
due by Monday, Nov 30"): a deadline of that thing's; when the thing is the market's ("CPI due", "the
report is due", "earnings due") the date stays a market claim."""
_DUE_MARKET = frozenset("""report reports data release releases decision minutes figures numbers results
auction auctions print prints statement speech testimony jobs""".split())


def _other_thing_due(sentence: str, when: PrintedDate) -> bool:
    found = _THING_DUE.search(sentence, 0, when.start)
    if found is None:
        return False
    noun = found.group("noun").lower()
    return not (is_market_word(noun) or noun in _DUE_MARKET or _DATED_FACT.fullmatch(noun))


_CLOSURE = re.compile(r"\b(?:is|are|will be|stays?|remains?)\s+closed\b", re.IGNORECASE)
"""'the library is closed Thursday, November 27': a place shut on a later day, no close of a market."""


_HOLIDAY_REACH = 16
"""How far before a later date its holiday's name may end ("Thanksgiving Thursday, Nov 26 (closed)")."""
_HOLIDAY_AFTER = re.compile(r"[\s,(]*(?:for|is|:|-|\u2014)?\s*(?:the\s+)?" + _HOLIDAY.pattern, re.IGNORECASE)
"""A holiday named right after a later date ("Closed Thursday Nov 26 for Thanksgiving", "Nov 26
(Thanksgiving)")."""
_DATELINE_DAYS = 3
"""A headline's date up to this many days after the session is the page's own (a weekend edition)."""
_CLAUSE_DATE_FIGURE = re.compile(r"\b\d{1,2}(?::\d{2})+\b|"
                                 r"\b\d{1,2}(?:st|nd|rd|th)?\b(?=\s+[A-Z][a-z]+\s+\d{4})|"
                                 r"\b(?:[A-Z][a-z]{2,8}\.?\s+)\d{1,2}\b|\b(?:19|20)\d{2}\b")
"""A date's own digits and a clock time ("Saturday 21 November 2026, 06:30"): what a dateline holds
besides words; any other digit is a figure, which makes the headline's date a claim's."""


def _untraced(when: PrintedDate, section: str, ctx: VerifyContext, sentence: str = "") -> Finding:
    days = (ctx.snapshot.session - when.value).days
    if days > PAST_DAYS:
        return finding("figure-unverifiable", f"date {when.text} is a past date; no history of that day is "
                       "loaded", section=section, span=when.text)
    if days > 0 and when.value.weekday() < 5 and not _DATED_FACT.search(_around(sentence, when)):
        return finding("figure-unverifiable", f"date {when.text} is a past session's date (a day-by-day "
                       "account); no dated history of that day is loaded", section=section, span=when.text)
    if days < 0 and (_HOLIDAY.search(sentence, max(0, when.start - _HOLIDAY_REACH), when.start) is not None
                     or _HOLIDAY_AFTER.match(sentence, when.end) is not None):
        return finding("figure-unverifiable", f"date {when.text} is a holiday's on the calendar ahead, no "
                       "market fact", section=section, span=when.text)
    if -_DATELINE_DAYS <= days < 0 and section in _TITLE_SECTIONS and not _FIGURE.search(
            _CLAUSE_DATE_FIGURE.sub(" ", sentence)):
        return finding("figure-unverifiable", f"date {when.text} is the page's own date (its dateline), "
                       "a day or two after the session", section=section, span=when.text)
    if days < 0 and when.value.weekday() >= 5 and not _DATED_FACT.search(_own_clause(sentence, when)) \
            and not _MARKET_LEAD.search(_lead(sentence, when)):
        return finding("figure-unverifiable", f"date {when.text} is a later weekend day, no session's and no "
                       "market event's (a move's, a party's, a visit's own date)", section=section,
                       span=when.text)
    if days < 0 and (_FURNITURE_LABEL.search(sentence, 0, when.start) is not None
                     or _other_thing_due(sentence, when)
                     or not _MARKET_DATE.search(_CLOSURE.sub(" ", sentence or when.text))):
        return finding("figure-unverifiable", f"date {when.text} is a later day its words tie to no market "
                       "fact (a letter's, a lesson's or a deadline's own date)", section=section,
                       span=when.text)
    return finding("date-untraced", f"date {when.text} matches no computed fact or cited source",
                   section=section, span=when.text)


_LEAD_MARK = re.compile(r"[,:;(\n]")
_MARKET_LEAD = re.compile(r"\d|\b(?:reached|set|hit|made|posted|touched|closed|closes|peaked|topped|bottomed|"
                          r"printed|marked|recorded|trades?|traded|settles?|settled|expires?|opens?)\b",
                          re.IGNORECASE)
"""The words right before a later weekend date that make it a market figure's day ("2,591.09, reached
November 28 of this year": a wrong day of the peak, still a claim), unlike a label ("Move date:")."""


def _lead(sentence: str, when: PrintedDate) -> str:
    """The words between the last comma, colon, semicolon or bracket before a date and the date."""
    marks = [m.end() for m in _LEAD_MARK.finditer(sentence, 0, when.start)]
    return sentence[marks[-1] if marks else 0:when.start]


def _around(sentence: str, when: PrintedDate) -> str:
    """The words beside a date up to the nearest comma, semicolon, dash or full stop either side."""
    marks = [m.end() for m in _PHRASE_MARK.finditer(sentence, 0, when.start)]
    end = _PHRASE_MARK.search(sentence, when.end)
    return sentence[marks[-1] if marks else 0:end.start() if end else len(sentence)]


def _weekday_of_date(when: PrintedDate, section: str) -> list[Finding]:
    if when.weekday is None or when.weekday.title() == _WEEKDAY_NAMES[when.value.weekday()]:
        return []  # 'MONDAY, NOVEMBER 17, 2025': a desk's capitals name the same day
    if when.value.year >= _BUDDHIST_ERA_FROM \
            and when.weekday.title() == _WEEKDAY_NAMES[_in_common_era(when.value).weekday()]:
        return []  # 'Wednesday 3 June 2569': a Buddhist-era year (2026 + 543), the same day
    return [finding("weekday-mismatch", f"{when.value:%b} {when.value.day}, {when.value.year} is a "
                    f"{when.value:%A}, not a {when.weekday.title()}", section=section, span=when.text,
                    expected=f"{when.value:%A}", source="calendar")]


_BUDDHIST_ERA_FROM = 2400
_BUDDHIST_ERA_OFFSET = 543
"""A year printed from 2400 on is a Buddhist-era year (Thai calendars: 2569 B.E. is 2026): 543 ahead."""


def _in_common_era(value: date) -> date:
    try:
        return value.replace(year=value.year - _BUDDHIST_ERA_OFFSET)
    except ValueError:  # Feb 29
        return value


def _date_known(when: PrintedDate, ctx: VerifyContext, source_text: str, sentence: str = "") -> bool:
    if when.value in ctx.fact_dates or _dates_a_bar(when, ctx, sentence) or _year_start(when, ctx, sentence) \
            or _appointment(when, ctx, sentence):
        return True
    if any(item.published_at and item.published_at.date() == when.value for item in ctx.sources.values()):
        return True
    bare = DATE.sub(lambda m: m.group(0).split(",")[0] if m.group("weekday") else m.group(0), when.text)
    if not source_text:
        return False
    if when.text in source_text or bare in source_text:
        return True
    plain = month_forms_alike(source_text)
    return any(re.search(re.escape(month_forms_alike(text)) + r"(?!\d)", plain) for text in (when.text, bare))


_MONTH_FORM = re.compile(r"\b(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                         r"(?:(?<=Jan)uary|(?<=Feb)ruary|(?<=Mar)ch|(?<=Apr)il|(?<=Jun)e|(?<=Jul)y|(?<=Aug)ust|"
                         r"(?<=Sep)t(?:ember)?|(?<=Oct)ober|(?<=Nov)ember|(?<=Dec)ember)?\.?(?=\s+\d)")
"""A month before a day number in any of its printed forms ("January 29", "Jan. 29", "Jan 29", "Sept. 20",
"Sep 20"): one date however the month is spelled."""


@lru_cache(maxsize=16)
def month_forms_alike(text: str) -> str:
    """The text with every month before a day number in its three-letter form: a date the article
    prints as "Jan 29" is the one its source prints as "Jan. 29" or "January 29"."""
    return _MONTH_FORM.sub(lambda m: m.group("month"), text)


_SINCE_BEFORE = re.compile(r"\b(?:since|from)\s+(?:the\s+)?$", re.IGNORECASE)


_AT_CLOCK = re.compile(r"\s*,?\s*(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)", re.IGNORECASE)
_CLAUSE_BEFORE = re.compile(r"[;\u00b7|\u2014\n]")
_CLAUSE_AFTER = re.compile(r"[;\u00b7|\u2014\n(]")
"""Where a date's own clause stops: a semicolon, a middle dot or a bar between a page's items, a dash, a
line's end; after the date, a bracket too (its aside is about something else: "regular meeting, Tuesday,
February 17, 2026 (the notes refer to the close of Friday, February 13)")."""


_MARKET_DATED = leading(re.compile(
    r"\b(?:FOMC|Fed|Federal Reserve|CPI|inflation|payrolls|jobs|NFP|expir\w*|opex|earnings|dividends?|"
    r"decision|report|release|due|scheduled|holiday|Thanksgiving|Christmas|closed|closes?|sessions?|trading|"
    r"record|highs?|lows?|peak|cross|crossed|options?)\b", re.IGNORECASE))
"""Words naming something of the market a date after the session can be the date of (an event, a
holiday, a session, an expiry): a date in a sentence holding none is the writer's own."""


def _appointment(when: PrintedDate, ctx: VerifyContext, sentence: str) -> bool:
    """A date after the session that is the writer's own, not the market's: with its clock time and
    no market event named before it in its clause ("Next meeting: Friday, December 18, at 5:30
    p.m."), or in a sentence naming nothing of the market and printing no figure (a dateline "Milan,
    21 November 2026", a byline's publication day, "Submitted November 18, 2025", "the meeting of June
    4"; "Counted from Jan. 6, IWM is up 0.42%" is a period's start, checked)."""
    if when.value <= ctx.snapshot.session:
        return False
    if _AT_CLOCK.match(sentence, when.end) is None:
        clause = _own_clause(sentence, when)
        return _MARKET_DATED.search(clause) is None and not find_numbers(clause)
    start = max([0, *(m.end() for m in re.finditer(r"[.;(\u2014]", sentence[:when.start]))])
    before = sentence[start:when.start]
    return not any(pattern.search(before) for _, pattern in _EVENT_WORDS)


def _own_clause(sentence: str, when: PrintedDate) -> str:
    """The clause a date stands in ("Settlement: Tuesday, March 31, 2026" of a trade ticket's line,
    "Saturday, 21 November 2026" between a page's dots)."""
    before = max([0, *(m.end() for m in _CLAUSE_BEFORE.finditer(sentence, 0, when.start))])
    after = _CLAUSE_AFTER.search(sentence, when.end)
    return sentence[before:after.start() if after else len(sentence)]


def _year_start(when: PrintedDate, ctx: VerifyContext, sentence: str) -> bool:
    """The session's year's first day as a period's start ("down 18.34% since January 1"): the
    year-to-date window's start, no session of its own (Jan 1 is a holiday)."""
    session = ctx.snapshot.session  # a yearless "January 1" read in November is next year's: either
    first = (when.value.month, when.value.day) == (1, 1) and (
        when.value.year == session.year or not when.has_year)
    return first and not when.weekday and (
        _SINCE_BEFORE.search(sentence[max(0, when.start - 12):when.start]) is not None)


def _bare_weekdays(sentence: str, section: str, ctx: VerifyContext,
                   printed: list[PrintedDate], source_text: str = "") -> list[Finding]:
    if "day" not in sentence or not any(name in sentence for name in _WEEKDAY_NAMES):
        return []  # _WEEKDAY reads only these names, as printed ("50-day", "today": none)
    text_only = unquoted(sentence)
    dated = [(d.start, d.end) for d in printed]
    dated += [(m.start("day"), m.end("day")) for d in printed if (m := _WHICH_IS.match(text_only, d.end))]
    dated += [(m.start(), m.end()) for m in _WEEKDAY_DATE.finditer(text_only)]  # checked with their dates
    findings = []
    for match in _WEEKDAY.finditer(text_only):
        if any(a <= match.start() < b for a, b in dated):
            continue
        restated = _RESTATED_WEEKDAY.search(text_only, max(0, match.start() - 40), match.start())
        day_of = next((d for d in printed if restated is not None and d.end == restated.start()), None)
        if day_of is not None:  # "on 9 December, which is a Wednesday": the weekday of that date
            if f"{day_of.value:%A}" != match.group("day"):
                said, day = match.group("day"), day_of.value
                findings.append(finding("weekday-mismatch", f"{day:%b} {day.day}, {day.year} is a {day:%A}, "
                                        f"not a {said}", section=section, span=said, expected=f"{day:%A}",
                                        source="calendar"))
            continue
        expected = _expected_weekday(text_only, match, ctx, source_text)
        if expected is None and section in _TITLE_SECTIONS:
            expected = _title_weekday(text_only, match, ctx)
        if expected is not None and expected[0] != match.group("day"):
            findings.append(finding("weekday-mismatch", f"'{match.group('day')}' is not {expected[1]}",
                                    section=section, span=match.group("day"), expected=expected[0],
                                    source=expected[2]))
    return findings


def _expected_weekday(text: str, match: re.Match[str], ctx: VerifyContext,
                      source_text: str = "") -> tuple[str, str, str] | None:
    """(weekday, what it should be, where from) or None when the sentence does not say."""
    clause = _clause(text, match)
    if re.search(r"\[\d+\]", clause) and match.group("day") in source_text:
        return None  # the cited source's account of its own day
    if _HOLIDAY.search(_phrase(text, match)):
        return None  # "Thanksgiving on Thursday", "closed on Monday for Presidents' Day": the holiday's day
    if _MARKETS_SHUT.search(text, max(0, match.start() - 40), match.start()):
        return None  # "Markets closed Thursday, early close Friday": the calendar's closures, no session's
    clause_start, clause_end = _clause_bounds(text, match)  # an event in another clause is not this day's
    start = max(clause_start, match.start() - 60)
    near = text[start:min(clause_end, match.end() + 60)]
    anchor = _ANCHOR_BEFORE.search(text, max(0, match.start() - 24), match.start()) is not None
    events = [] if anchor else [(abs(m.start() - (match.start() - start)), kind)
                                for kind, pattern in _EVENT_WORDS for m in pattern.finditer(near)]
    if events:
        kind = min(events)[1]
        when = _event_date(kind, ctx)
        return None if when is None else (f"{when:%A}", f"the {kind.upper()} day ({when:%b} "
                                          f"{when.day}, {when.year})", f"events[{kind}]")
    if match.group(0).endswith(("'s", "\u2019s")):
        return None  # "Tuesday's close": a session named by its own day, a past one unless it is today's
    window = _phrase(text, match)
    if _past_bar_figure(clause, match.group("day"), ctx):
        return None  # "closed at $243.57 on Thursday": the figure is checked against Thursday's bar
    if _SESSION_WORDS.search(clause) and not _OTHER_DAY.search(window):
        session = ctx.snapshot.session
        what = f"the session's day ({session:%A}, {session:%b} {session.day})"
        return f"{session:%A}", what, "snapshot.session"
    return None


def _dates_a_bar(when: PrintedDate, ctx: VerifyContext, sentence: str) -> bool:
    """A held session's date in a sentence about a day's bar ("On Nov 18 it closed at $244.79"; its
    figures are checked against that bar), not about a dated fact (a 52-week high, a cross, an event)."""
    return when.value in held_sessions(ctx.snapshot) and not _DATED_FACT.search(sentence)


def _past_bar_figure(clause: str, day: str, ctx: VerifyContext) -> bool:
    """The clause prints a figure and the weekday names a past session the snapshot holds a bar of."""
    session = ctx.snapshot.session
    back = (session.weekday() - _WEEKDAY_NUMBERS.get(day, session.weekday())) % 7
    return back > 0 and bool(_FIGURE.search(clause)) \
        and session - timedelta(days=back) in held_sessions(ctx.snapshot)


_WEEKDAY_NUMBERS = {name: n for n, name in enumerate(("Monday", "Tuesday", "Wednesday", "Thursday",
                                                      "Friday"))}
_FIGURE = re.compile(r"\d")


_TITLE_SECTIONS = ("headline", "header")
_DAY_MOVE = re.compile(r"^(?:'s|\u2019s) (?:\w+ )?(?:drop|slide|sell-?off|rally|rebound|bounce|gain|loss|"
                       r"decline|jump|surge|slump|swoon|rout|retreat|advance|dip|pullback|move|session)\b",
                       re.IGNORECASE)
_TITLE_OTHER_DAY = re.compile(r"\b(?:last|previous|prior|yesterday|earlier|since|until|before|next|coming|"
                              r"week|extends?|extended|erases?|erased|reverses?|reversed|pares?|pared|"
                              r"recovers?|recovered)\b", re.IGNORECASE)
_TITLE_VERB = re.compile(r"\b(?:rose|rises|fell|falls|gained|gains|lost|loses|climbs?|climbed|slips?|slipped|"
                         r"drops|dropped|jumps|jumped|rall(?:y|ies|ied)|rebounds?|rebounded|sinks?|sank|"
                         r"slides?|slid|tumbles?|tumbled|surges?|surged|extends?|extended)\b", re.IGNORECASE)


def _title_weekday(text: str, match: re.Match[str], ctx: VerifyContext) -> tuple[str, str, str] | None:
    """A title's "<weekday>'s drop" names the session the article covers ("IWM after Monday's drop:
    questions and answers"), unless the title moves on from it ("Stocks rebound after Monday's
    drop", "extend last Friday's rally")."""
    move = _DAY_MOVE.match(text[match.end("day"):])
    if move is None or _TITLE_OTHER_DAY.search(text):
        return None
    own = range(match.end("day"), match.end("day") + move.end())
    if any(m.start() not in own for m in _TITLE_VERB.finditer(text)):
        return None  # another move in the title is the session's: the weekday's is an earlier one
    session = ctx.snapshot.session
    return f"{session:%A}", f"the session's day in the title ({session:%A}, {session:%b} {session.day})", \
        "snapshot.session"


_CLAUSE_START = re.compile(r"[;\u2014]|:(?!\d)|\.(?!\d)")
_CLAUSE_END = re.compile(r"[;\u2014]|\.(?!\d)")


_PHRASE_MARK = re.compile(r"[,;\u2014(]|\.(?!\d)")


def _phrase(text: str, match: re.Match[str]) -> str:
    """The words around a weekday up to the nearest comma either side (at most 40 characters each
    way): "closed at $266.85 on Thursday, with the 30 minutes after the open" stops at the comma."""
    start = max(0, match.start() - 40)
    marks = [m.end() for m in _PHRASE_MARK.finditer(text, start, match.start())]
    end = _PHRASE_MARK.search(text, match.end(), match.end() + 40)
    return text[marks[-1] if marks else start:end.start() if end else match.end() + 40]


def _clause(text: str, match: re.Match[str]) -> str:
    """The clause around a weekday; a decimal point ("$266.85 on Thursday") does not end it."""
    start, end = _clause_bounds(text, match)
    return text[start:end]


def _clause_bounds(text: str, match: re.Match[str]) -> tuple[int, int]:
    starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, match.start())]
    end = _CLAUSE_END.search(text, match.end())
    return starts[-1] if starts else 0, end.start() if end else len(text)


def _event_date(kind: str, ctx: VerifyContext) -> date | None:
    if kind == "expiry":
        return ctx.snapshot.options.expiry if ctx.snapshot.options else None
    upcoming = [e.date for e in ctx.snapshot.events if e.kind == kind]
    return min(upcoming) if upcoming else None
