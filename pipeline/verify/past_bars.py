"""Figures the words date to a past session, checked against that session's bar.

"closed at $243.57 on Thursday", "Tuesday's close of 512.30", "Wednesday's high
of $249.95", "fell 0.20% on Wednesday", "since Monday's close, down 1.20%" and
"on Nov 18 it closed at $244.79" name one bar of the snapshot's recent history
(`Snapshot.recent_sessions` with its closes, highs and lows). The figure must be
that bar's close, high, low or 1-day move (or the return from its close to the
session's); a figure that is the session's own value under a past weekday is a
wrong weekday; a day before the sessions held is unverifiable (info).

A weekday means the latest such day on or before the session ("last Thursday":
before it); the figure's clause gives it (a decimal point does not end one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import partial

from ..contracts import Finding, Snapshot
from ..facts import Fact
from .claims import Claim, ClaimKind
from .codes import finding
from .context import VerifyContext
from .lookahead import leading
from .numbers import PrintedDate, find_dates, matches, may_hold_date

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_WEEKDAY = re.compile(r"\b(?P<last>[Ll]ast\s+|LAST\s+|(?:[Tt]he\s+)?(?:previous|prior)\s+)?"
                      r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|"
                      r"Mon|Tues?|Wed|Thur?s?|Fri|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|"
                      r"(?:(?<=\d\s)|(?<=[\d,]\s\s))(?:mon|tue|wed|thu|fri)(?![a-z])|"
                      r"(?:mon|tue|wed|thu|fri)(?=\.?,?\s+(?:close\s+)?\$?\d|\s+[a-z]{3}\.?\s+\d{1,2}\b))"
                      r"\b\.?(?:'s|\u2019s)?\b")
_WEEKDAY = leading(_WEEKDAY)  # see lookahead.py
"""A weekday: in full, short or capitals; lower-case and short only as a price's label ("thu $614.72, wed
$618.43", "fri nov 13 $618.47") or right after its price ("$247.01 fri"), where no other word is meant."""
_LOWER_DAY = re.compile(r"\b(?:mon|tue|wed|thu|fri)\b")
_SINCE = re.compile(r"\b(?:since|from)\s+(?:the\s+)?$", re.IGNORECASE)
_CLAUSE_END = leading(re.compile(r"[;\u2014]|(?<!Jan)(?<!Feb)(?<!Mar)(?<!Apr)(?<!Jun)(?<!Jul)(?<!Aug)(?<!Sep)"
                         r"(?<!Sept)(?<!Oct)(?<!Nov)(?<!Dec)(?<!Mon)(?<!Tue)(?<!Tues)(?<!Wed)(?<!Thu)(?<!Thurs)(?<!Fri)"
                         r"\.(?!\d)|,\s(?:while|but|and|whereas)\b"))
"""A clause ends at a semicolon, a dash, a full stop (not a decimal point nor the stop of 'Nov.' or
'Tue.') or a comma before a conjunction."""
_LABEL_COLON = re.compile(r":\s+(?=[A-Z])")
"""A colon before the capital that opens what it labels ("Narrative (required for short sales): IWM
closed at ..."): the label's words are not the figure's (a weekday there still dates it: "Tuesday was
one soft spot: QQQ closed at $615.97")."""
_DAY_LABEL = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Mon|Tues?|Wed|Thur?s?|Fri)\.?"
                        r"(?:,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)|,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
                        r"Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?)?:?"
                        r"(?:\s+at)?\s*$")
"""A weekday standing as the label of the price right after it ("Monday $236.72", "Mon $462.43 ->
Tue $463.78", "..., Wednesday at $244.79", "and on Thursday the 19th at $244.10"): that day's close."""
_ITEM_LABEL = re.compile(r"(?:^\s*|[;:]\s*|,\s+|\b(?:and|then)\s+)"
                         r"(?P<label>(?:Monday|Tuesday|Wednesday|Thursday|Friday)"
                         r"(?:,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)|,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
                         r"Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?,\s*)$")
"""A weekday opening a list's item and labelling its figure after a comma ("Last six starts: Wednesday the
11th, 6,889.76; Thursday, 6,869.68"): that day's close. A weekday after its own figure ("$243.57 on
Thursday, $244.30 today") ends that item instead."""
_ITEM_LABEL = leading(_ITEM_LABEL)  # see lookahead.py
_MOVED_TO = re.compile(r"\b(?:(?:rose|fell|slipped|slid|dropped|climbed|sank|jumped|eased|retreated|"
                       r"rallied|bounced|rebounded|recovered|tumbled|"
                       r"(?:edged|inched|ticked) (?:up|down|higher|lower))"
                       r"(?:\s+back)?\s+to|(?:was|stood|sat)\s+back\s+(?:at|to))\s*$", re.IGNORECASE)
_THAT_DAY_CLOSE = re.compile(r"\b(?:closed|ended|finished|settled)\s+(?:that|the same)\s+(?:day|session)"
                             r"(?:\s+(?:up|down|higher|lower))?\s+at\s*$", re.IGNORECASE)
"""'closed that day at $466.32': the close of the day an earlier clause named."""
_THAT_DAY_WORDS = re.compile(r"\b(?:that|the same)\s+(?:day|session)\b", re.IGNORECASE)
_DAY_BEFORE = re.compile(r"\s*(?:(?P<which>close|closing price|high|low)\s+)?(?:of|on)?\s*"
                         r"(?:the\s+(?:day|session)\s+before|the\s+(?:previous|prior)\s+(?:day|session)|"
                         r"a\s+(?:day|session)\s+earlier)\b", re.IGNORECASE)
"""Words right after a figure that date it to the session before the day its clause names ("Born on
Thursday, Nov 13, when the fund slid from its $479.00 close of the day before", "it had closed at
$244.10 the previous day")."""
"""A price a dated day's move ended at ("on Friday, Nov 13 the fund slid back to $246.01", "on Monday it
was back at $241.90"): that day's close (a day's move is told close to close)."""
_BARE_POSSESSIVE_DAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday)(?:'s|\u2019s)(?:\s+|:\s*)"
                                  r"(?:was\s+|at\s+|of\s+)?\$?$")
"""A weekday's possessive standing for its noun, right before the figure ("...; Friday's was $680.53",
"Thursday's close was $625.98 and Friday's $618.47", "Yesterday's close: 2,485.09. Last Friday's:
2,482.49"): a figure of that day's bar."""
_DAY_MARK = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday)(?:'s|\u2019s)\s+"
                       r"(?:finish|finishing\s+"
                       r"(?:level|price)|mark|level|print|settle(?:ment)?)\s*(?:of|at|was|,|:)?\s*\$?$",
                       re.IGNORECASE)
"""A weekday's finish, mark or level right before the figure ("past Monday's mark of 6,855.03", "Tuesday's
finish, $679.84"): where that day ended, its close."""
_POSSESSIVE_MEASURE = re.compile(r"(?:'s|\u2019s)\s+(?:(?P<closing>closing\s+)?(?P<which>close|high|low))\b",
                                 re.IGNORECASE)
_EXTREME = re.compile(r"\b(?P<closing>closing\s+)?(?P<which>high|low)(?:\s+(?:of|at|was|near|around))?"
                      r"\s*[:\-]?\s*$", re.IGNORECASE)
_MEASURE_OF_DAY = re.compile(r"\s+(?P<which>close|closing price|high|low)\s+(?:of|on)\s+(?:last\s+)?"
                             r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Mon|Tue|Wed|Thu|Fri|January|February|"
                             r"March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|"
                             r"Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b", re.IGNORECASE)
"""A price with its measure and day after it ("the $215.61 close of Tuesday, March 24", "a $249.95 high
on Nov 12"): that day's bar's figure."""
_ON_DAY_AFTER = re.compile(r"\s+on\s+(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                           r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b)",
                           re.IGNORECASE)
_MEASURE_WORD = re.compile(r"\b(?:(?P<close>closing\s+(?:high|low)|clos(?:e|ed|es|ing)|ended|finished|"
                           r"settled)|"
                           r"(?P<high>highs?|peak(?:ed)?|top(?:ped)?)|(?P<low>lows?|trough|bottom(?:ed)?))\b"
                           r"(?:(?<!top)(?<!bottom)|(?!\s+of\s+(?:the|its|a)\b))",
                           re.IGNORECASE)
"""A price with a past day right after it ("from $247.26 on Monday", "the intraday peak, $632.37 on Nov
12") is the figure of that day's bar the last measure word of the 90 characters before it names: a
close for close/closed/finished/settled, a high for high/peak/top, a low for low/trough/bottom; with
no such word the words do not say which (no dated check). "The top (bottom) of the range" is a place
in a range, no measure of the bar."""
_SINCE_DAYS_FIGURE = re.compile(
    r"\b(?:since|from)\s+(?:the\s+)?(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday)(?:'s|\u2019s)\s+"
    r"(?:(?:closing\s+price|close|high|low)\s*(?:of|at|was|,|:)?\s*)?\(?\s*\$?$", re.IGNORECASE)
"""A since phrase whose day's figure stands right after it ("since last Friday's close ($247.01)", "from
Wednesday's $244.79"): the figure is that day's own, the since tells the move printed beside it."""
_CLOSED_AT_EXTREME = re.compile(r"\bclos(?:ed|es|ing)\s+at\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){0,3}$",
                                re.IGNORECASE)
"""'closed at a one-month high of $463.78': the high named is a close."""
_DAY_ORDINAL = re.compile(r",?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b")
"""The day of the month after a weekday ("Friday the 13th"): part of the day's name, no figure."""
_FELL_TO = re.compile(r"\b(?:dipped|dropped|fell|slid|sank|slipped|tumbled|eased|retreated)\s+"
                      r"(?:back\s+)?to\s*\$?$",
                      re.IGNORECASE)
_ROSE_TO = re.compile(r"\b(?:rose|climbed|jumped|rallied|bounced|rebounded|advanced|popped)\s+"
                      r"(?:back\s+)?to\s*\$?$",
                      re.IGNORECASE)
"""A price a dated day's fall (rise) ended at: the close, or the low (high) the day touched."""
_MOVE_KINDS = (ClaimKind.CHANGE,)
_NOT_A_BAR = leading(re.compile(
    r"\b(?:CPI|inflation|prices|payrolls|jobs|jobless|claims|yields?|Fed|FOMC|rates?|"
                        r"earnings|revenue|GDP|PMI|sales|Treasur(?:y|ies))\b", re.IGNORECASE))


@dataclass(frozen=True)
class Anchor:
    day: date
    text: str  # the words that date it: "Thursday", "Nov 18"
    since: bool  # "since Monday's close": the return from that close to the session's


@dataclass(frozen=True)
class Bar:
    day: date
    close: float
    prev_close: float | None
    high: float | None
    low: float | None


def check_past_figure(claim: Claim, ctx: VerifyContext, snapshot: Snapshot | None) -> list[Finding] | None:
    """Findings for a figure dated to a past session of `snapshot` (its subject's); None when the words
    do not date it to a past session, it is not a close, high, low or move, or no snapshot is loaded."""
    if snapshot is None:
        return None
    path = _path_verb(claim)
    if path is not None:
        return _on_the_path(claim, ctx, snapshot, path)
    if not ctx.per_text(_may_name_a_day, claim.sentence):
        return None  # the sentence's test first: read once per sentence, most name no day
    what = _measure(claim)
    if what is None:
        return None
    side = _threshold_side(claim) if what != "move" else None
    if side is not None and _SCENARIO.search(claim.sentence):
        return None  # "If it closes above $620 on Wednesday": a scenario's level, no claim about that close
    clause = _clause(claim)
    if _NOT_A_BAR.search(_after_label(clause[0], claim.number.start - clause[1])):
        return None  # "Tuesday's CPI report showed prices rose 0.3%": a macro or company figure, no bar's
    anchor = _anchor(claim, snapshot.session, clause, past_year=what != "move", close=snapshot.close) \
        or _since_named_day(claim, snapshot.session) or _that_day(claim, snapshot.session, clause) \
        or (_the_session_before(claim, snapshot) if what != "move" else None)
    next_day = what != "move" and _DAY_AFTER.match(claim.sentence, claim.number.end) is not None
    if next_day:  # "closed at $249.26 on Thursday, ..., and at $247.01 the next day": the session after
        anchor = _session_after(claim, snapshot)
    dated = (_anchor(claim, snapshot.session, clause, past_year=True, close=snapshot.close)
             or _extreme_named_before(claim, snapshot.session)) if what == "move" else anchor
    sessions = held_sessions(snapshot)
    extreme = None if dated is None or dated.day in sessions else _dated_extreme(claim, dated, snapshot) \
        if what != "move" else _move_from_extreme(claim, dated, snapshot)
    if extreme is not None:  # "the Aug 19 closing high at $42.02": before the bars, but a dated extreme
        return [] if any(matches(f, claim.number) for f in extreme) else [_wrong_extreme(claim, extreme[0])]
    if what != "move" and sessions and anchor is not None \
            and _DAY_BEFORE.match(claim.sentence, claim.number.end):
        anchor = _session_before(anchor, sessions)  # "from $30.55 the day before": the session's eve too
    if anchor is None or (anchor.day == snapshot.session and not anchor.since):
        return None  # no past day named (most figures: the bars are not built)
    bars = _bars(snapshot) if sessions else {}
    bar = bars.get(anchor.day)
    if what in ("any", "dated"):  # "it was $605.03 on Monday", "Monday 9 November $688.56"
        return _bare_dated_price(claim, ctx, anchor, bar, bars, snapshot)
    if not sessions:  # a snapshot stored before dates were kept
        return _undated(claim, anchor, snapshot)
    if what != "move" and anchor.since:
        if not _SINCE_DAYS_FIGURE.search(claim.sentence, 0, claim.number.start):
            return None  # "the high since Monday" is no bar's figure
        anchor = replace(anchor, since=False)  # "since last Friday's close ($247.01)": Friday's close
    if bar is None:
        return [_no_bar(claim, anchor, snapshot, bars)]
    expected = _value(what, bar, snapshot, anchor.since)
    if expected is None:
        return [_no_bar(claim, anchor, snapshot, bars)]
    if what in ("low", "high") and _move_to_close(claim, what, bar):
        return []  # "it had dipped to $679.84 on Tuesday": the day's fall ended at its close
    if what != "move" and _other_scale(claim.number.value, expected):
        return None  # "FRNT, which follows the index, closed at 30.01 dollars against 30.27 dollars on Thu"
    fact = _fact(what, expected, bar, snapshot, anchor.since)
    if side is not None:  # "it closed above $620 on Wednesday": a side of the figure, not the figure
        return _side_check(claim, fact, side)
    if matches(fact, claim.number):
        return _sign_check(claim, fact, anchor)
    return _wrong(claim, fact, anchor, bar, bars, snapshot, what)


_THRESHOLD = re.compile(r"\b(?:clos(?:e|es|ed|ing)|end(?:s|ed|ing)?|finish(?:es|ed|ing)?|"
                        r"settl(?:e|es|ed|ing))"
                        r"(?:\s+(?:the\s+)?(?:day|session|week))?\s+"
                        r"(?:(?P<above>above|over|beyond|past|through)|(?P<below>below|under|beneath))"
                        r"\s+\$?$", re.IGNORECASE)
"""A close told against a side of the figure ("closes above $620", "a close under $605.40", "ended the day
below $31"): the figure is a threshold, not the close ("$620, above $615 on Wednesday" is Wednesday's)."""
_CLOSE_SIDE = re.compile(r"\bclos(?:e|es|ed|ing)\s+(?:above|over|beyond|below|under|beneath)\b",
                         re.IGNORECASE)
_SCENARIO = re.compile(r"\b(?:if|should|unless|once|until|would|could|might|will|needs?|must|wants?|"
                       r"has\s+to|have\s+to|scenario|trigger\w*|confirm\w*)\b|\bclos(?:es|ing)\b",
                       re.IGNORECASE)
"""Words that make a close against a threshold a scenario ("If it closes above $620 on Wednesday", "a close
above $630.25 on Friday would clear the range"): the day is when it may happen, no past session's close."""


_SIDE_AGAIN = re.compile(r"\b(?:and|but|then|or)\s+"
                         r"(?:(?P<above>above|over|beyond)|(?P<below>below|under|beneath))\s+\$?$",
                         re.IGNORECASE)
"""A side word for a close told before it ("closed above $617.93 on Wednesday and below $615.32 on
Thursday"): the verb is left out."""


def _threshold_side(claim: Claim) -> str | None:
    """'above' or 'below' for a figure a close is told against (_THRESHOLD, or _SIDE_AGAIN after such a
    close in the same sentence), else None."""
    start = claim.number.start
    side = _THRESHOLD.search(claim.sentence, max(0, start - 40), start)
    if side is None:
        again = _SIDE_AGAIN.search(claim.sentence, max(0, start - 16), start)
        told = again is not None \
            and _CLOSE_SIDE.search(claim.sentence, max(0, again.start() - 80), again.start()) is not None
        side = again if told else None
    if side is None:
        return None
    return "above" if side.group("above") else "below"


def _side_check(claim: Claim, fact: Fact, side: str) -> list[Finding]:
    """A past day's figure told as above or below a threshold ("it closed above $620 on Wednesday"): a
    `direction-mismatch` when the bar's figure is on the other side, nothing otherwise."""
    value = float(fact.value)  # type: ignore[arg-type]
    if (value >= claim.number.value) == (side == "above") or value == claim.number.value:
        return []
    other = "below" if side == "above" else "above"
    return [finding("direction-mismatch", f"{claim.span} printed with the wrong side: {fact.name} is "
                    f"{fact.printed()}, {other} it", section=claim.section, span=claim.span, expected=other,
                    source=fact.source)]


_OPENED = re.compile(r"\b(?:opened|opening|open(?:s|ed)?\s+(?:at|near|around|on)|at\s+the\s+open|"
                     r"the\s+open(?:ing)?\s+(?:print|price|tick|trade|of|was|at))\b", re.IGNORECASE)
_PATH_TO = re.compile(r"\b(?:(?P<up>rose|climbed|jumped|rallied|ran|pushed|spiked|popped|advanced|bounced|"
                      r"rebounded|"
                      r"surged|soared)|(?P<down>fell|sank|slid|dropped|dipped|slipped|tumbled|eased|retreated|sagged|"
                      r"plunged|fell\s+back|slumped))\s+(?:back\s+)?(?:(?:as\s+(?:high|low|far)\s+as)|to)"
                      r"\s*\$?$", re.IGNORECASE)
_PATH_TO = leading(_PATH_TO)  # see lookahead.py
_CLOSE_WORD = re.compile(r"\b(?:clos(?:ed|es|ing)|ended|finished|settled|the\s+close|the\s+bell)\b",
                         re.IGNORECASE)
"""The path of a day told from its open ("opened at $682.51, rose to $683.69, then sank to $676.68 before it
recovered", "Friday it opened at $30.27, rose to $30.33 and fell to $29.95"): after an open each price a
rise or a fall went to is a turn of the day (its high or its low), not where it closed, until a close
word comes between."""


def _path_verb(claim: Claim) -> str | None:
    """'high' ('low') for a price a rise (fall) went to after the day's open in the same sentence, with no
    close word between (_OPENED, _PATH_TO); None otherwise."""
    if claim.names not in ("close", None) or claim.number.unit != "price" or claim.number.sign:
        return None
    verb = _PATH_TO.search(claim.sentence, max(0, claim.number.start - 30), claim.number.start)
    if verb is None:
        return None
    opened = max(_OPENED.finditer(claim.sentence, 0, verb.start()), key=lambda m: m.start(), default=None)
    if opened is None or _CLOSE_WORD.search(claim.sentence, opened.end(), claim.number.start):
        return None
    return "high" if verb.group("up") else "low"


def _on_the_path(claim: Claim, ctx: VerifyContext, snapshot: Snapshot, which: str) -> list[Finding]:
    """A price on a day's path (_path_verb) is one of that day's figures (the session's open, high, low or
    close; a past day's high, low or close); none of them is wrong against the turn its verb names."""
    anchor = _anchor(claim, snapshot.session, _clause(claim), close=snapshot.close) \
        if ctx.per_text(_may_name_a_day, claim.sentence) else None
    if anchor is None or anchor.day == snapshot.session:
        day = Bar(snapshot.session, snapshot.close, snapshot.prev_close, snapshot.high, snapshot.low)
        figures: dict[str, float | None] = {"open": snapshot.open, "high": snapshot.high, "low": snapshot.low,
                                            "close": snapshot.close}
    else:
        bar = _bars(snapshot).get(anchor.day)
        if bar is None:
            return [_no_bar(claim, anchor, snapshot, _bars(snapshot))]
        day = bar
        figures = {"high": bar.high, "low": bar.low, "close": bar.close}
    held = {what: value for what, value in figures.items() if value is not None}
    if any(matches(_fact(what, value, day, snapshot, False), claim.number) for what, value in held.items()):
        return []
    expected = held.get(which)
    if expected is None:
        return []
    fact = _fact(which, expected, day, snapshot, False)
    return [finding("value-mismatch", f"{claim.span} is not {fact.name}", section=claim.section,
                    span=claim.span, expected=fact.printed(), source=fact.source)]


_SCALE_RATIO = 2.5
"""A price this many times off the bar's is on another scale (values.SCALE_RATIO): a fund's dollars
beside its index's points, or the index beside its fund; another instrument's figure, not that bar's."""


def _any_figure(claim: Claim, bar: Bar, snapshot: Snapshot) -> bool:
    """The figure is the bar's close, high or low."""
    return any(matches(_fact(what, value, bar, snapshot, False), claim.number)
               for what in ("close", "high", "low")
               if (value := _value(what, bar, snapshot, False)) is not None)


_TRADE_WORDS = leading(re.compile(
    r"\b(?:bought|sold|buy\w*|sell\w*|paid|pay\w*|entr\w+|enter\w*|fill\w*|strike|target|stop\w*|limit|"
    r"order\w*|basis|cost|offer\w*|bid|ask|short\w*|cover\w*|trad\w+|touch\w*|hit(?:ting)?|reach\w*|test\w*|"
    r"open\w*|average|mean|pivot|support|resistance|level|band|line|round)\b", re.IGNORECASE))
"""Words that make a dated price another price of the day than its close: a trade's fill, an order's
limit, a price the day passed through, a level or an average."""


_OPEN_WORD = re.compile(r"\bopen(?:s|ed|ing)?\b", re.IGNORECASE)


def _bare_dated_price(claim: Claim, ctx: VerifyContext, anchor: Anchor, bar: Bar | None,
                      bars: dict[date, Bar], snapshot: Snapshot) -> list[Finding] | None:
    """A price dated to a past session with no measure word of its own ("$215.29 on Thursday, $215.38 on
    Wednesday", "Friday 6 November $693.42"): a day-by-day account prints the days' closes, so the price
    is one of that bar's figures or is held to its close; None (no dated check) when no bar is held,
    another fact shows it, it is on another scale, or its clause prices a trade, an order or a level."""
    if anchor.since:
        return None
    clause, offset = _clause(claim)
    own = clause[:claim.number.start - offset]
    own = own[max([0, *(m.end() for m in _FIGURE.finditer(own))]):]  # its words: after the figure before it
    if _OPEN_WORD.search(own):  # "On Wednesday it opened at $245.10": no past session's open is stored
        return [finding("figure-unverifiable", f"{claim.span} cannot be checked: it is the open of "
                        f"{_day(anchor.day)}, and no past session's open is loaded", section=claim.section,
                        span=claim.span)]
    if bar is None:
        return None
    if _any_figure(claim, bar, snapshot):
        return []
    if not claim.number.decimals or ctx.showing(claim.number) or _other_scale(claim.number.value, bar.close) \
            or _TRADE_WORDS.search(own):
        return None  # "$620 on Friday", "0800 Monday": a round level or a clock time, no bar's print
    close = _fact("close", bar.close, bar, snapshot, False)
    return _wrong(claim, close, anchor, bar, bars, snapshot, "close")


def _move_to_close(claim: Claim, what: str, bar: Bar) -> bool:
    """A low (high) told as the price a day's fall (rise) went to that is that day's close."""
    verb = _FELL_TO if what == "low" else _ROSE_TO
    return verb.search(claim.sentence, max(0, claim.number.start - 30), claim.number.start) is not None \
        and matches(Fact("close", bar.close, "price", 2), claim.number)


def _other_scale(printed: float, bar_value: float) -> bool:
    return bar_value > 0 and not 1 / _SCALE_RATIO <= printed / bar_value <= _SCALE_RATIO


def _after_label(clause: str, figure: int) -> str:
    """The clause from the last label colon before the figure (all of it when there is none)."""
    return clause[max([0, *(m.end() for m in _LABEL_COLON.finditer(clause, 0, max(0, figure)))]):]


def _may_name_a_day(sentence: str) -> bool:
    """False when no part of the sentence can name a day: a weekday (_WEEKDAY, case-sensitive, starts
    with one of the stems) or a printed date (find_dates reads none where may_hold_date is False, and
    what is false for the sentence is false for each part of it)."""
    return any(stem in sentence for stem in _WEEKDAY_STEMS) or may_hold_date(sentence) \
        or "esterday" in sentence or "before" in sentence or "from" in sentence \
        or _LOWER_DAY.search(sentence) is not None


_WEEKDAY_STEMS = ("Mon", "Tue", "Wed", "Thu", "Fri", "MON", "TUE", "WED", "THU", "FRI")


def _undated(claim: Claim, anchor: Anchor, snapshot: Snapshot) -> list[Finding] | None:
    """Without dated history the session before is still known (the previous close): its figures are
    checked as before (None). An older day's figure is unverifiable, never held to today's close."""
    before = snapshot.session - timedelta(days=1)
    while before.weekday() >= 5:
        before -= timedelta(days=1)
    if anchor.since or anchor.day >= before:
        return None
    return [_no_bar(claim, anchor, snapshot, {})]


def held_sessions(snapshot: Snapshot) -> list[date]:
    """The sessions of the recent closes, when the snapshot carries them."""
    if len(snapshot.recent_sessions) != len(snapshot.recent_closes):
        return []
    return list(snapshot.recent_sessions)


# --- what the figure is ---------------------------------------------------------------------------

def _measure(claim: Claim) -> str | None:
    if claim.kind in _MOVE_KINDS and claim.number.unit == "pct":
        return "move"
    if claim.names == "close":
        return "close"
    if claim.names in ("high", "low"):
        return claim.names
    if claim.names is None and claim.number.unit in ("price", None) and claim.kind == ClaimKind.VALUE:
        before = claim.sentence[max(0, claim.number.start - 30):claim.number.start]
        extreme = _EXTREME.search(before)
        if extreme is not None:
            opens = claim.number.start - len(before) + extreme.start()
            closed_at = _CLOSED_AT_EXTREME.search(claim.sentence, 0, opens)
            return "close" if extreme.group("closing") or closed_at else extreme.group("which").lower()
        if _DAY_LABEL.search(before) or _MOVED_TO.search(before) or _THAT_DAY_CLOSE.search(before) \
                or _ITEM_LABEL.search(before):
            return "close"
        if _DAY_MARK.search(before):
            return "close"
        if _BARE_POSSESSIVE_DAY.search(before):
            return _elided_measure(claim.sentence[:claim.number.start])
        if _ON_DAY_AFTER.match(claim.sentence, claim.number.end):  # "PREVIOUS CLOSE ...; $650.49 ON MONDAY";
            return _measure_named_before(claim) or "any"  # "it was $605.03 on Monday": some figure of the day
        named_after = _MEASURE_OF_DAY.match(claim.sentence, claim.number.end) \
            or _DAY_BEFORE.match(claim.sentence, claim.number.end)
        if named_after is None and _DAY_AFTER.match(claim.sentence, claim.number.end):
            return _measure_named_before(claim) or "any"  # "and at $247.01 the next day"
        if named_after is not None:  # "since the $215.61 close of Tuesday, March 24"
            which = (named_after.group("which") or "close").lower()
            return "close" if which.startswith("clos") else which
        return "dated"  # "Friday 6 November $693.42": a figure of that day's bar, else its close
    return None


def _measure_named_before(claim: Claim) -> str | None:
    """The bar's measure the last measure word before a figure dated right after it names (_MEASURE_WORD)."""
    words = list(_MEASURE_WORD.finditer(claim.sentence, max(0, claim.number.start - 90), claim.number.start))
    return next((name for name, hit in words[-1].groupdict().items() if hit), None) if words else None


def _dated_extreme(claim: Claim, anchor: Anchor, snapshot: Snapshot) -> list[Fact] | None:
    """The closing extreme (and its intraday twin) a dated high or low names when its day is the
    extreme's own ("the Aug 19 closing high at $42.02", "its April 16 closing low of $411.68"): the
    snapshot's 52-week or record close, whatever bars are held; the closing one first."""
    extreme = _EXTREME.search(claim.sentence, max(0, claim.number.start - 30), claim.number.start)
    if extreme is None or anchor.since:
        return None
    which, closing = extreme.group("which").lower(), bool(extreme.group("closing"))
    e, tape = snapshot.extremes, snapshot.tape
    dated = ((e.high_52w, e.high_52w_date, tape.high_intraday if tape else None,
              tape.high_intraday_date if tape else None),
             (e.all_time_high, e.all_time_high_date, None, None)) \
        if which == "high" else ((e.low_52w, e.low_52w_date, tape.low_intraday if tape else None,
                                   tape.low_intraday_date if tape else None),)
    for value, day, intraday_value, intraday_day in dated:
        if day == anchor.day:
            facts = [Fact(f"{snapshot.symbol} closing {which} of {_day(day)}", value, "price", 2,
                          kind=snapshot.kind, source=f"{snapshot.symbol}: extremes ({which}, {day})")]
            if not closing and intraday_value is not None and intraday_day == day:
                facts.append(Fact(f"{snapshot.symbol} intraday {which} of {_day(day)}",
                                  intraday_value, "price",
                                  2, kind=snapshot.kind, source=f"{snapshot.symbol}: intraday extremes"))
            return facts
    return None


_FROM_EXTREME = re.compile(r"\s*(?:(?:closing|close)\s+)?(?P<which>high|low|peak|record|bottom|trough)\b",
                           re.IGNORECASE)


_FROM_EXTREME_BEFORE = re.compile(
    r"\b[Ff]rom\s+(?:its|the|their)\s+(?P<day>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)\s+(?:(?:closing|close)\s+)?"
    r"(?P<which>high|low|peak|record|bottom|trough)\b(?:\s+(?:of|at)\s+\$?\d[\d,]*(?:\.\d+)?)?"
    r"\s*,?\s*(?:(?:it|the\s+(?:fund|index))\s+(?:has|had|is|was)?\s*)?(?:[a-z']+\s+){0,2}(?:up\s+|down\s+)?$")
"""A dated extreme a move is told from, before it in its clause ("From its April 16 low of $371.18 it has
climbed 29.75%", "From the April 16 low of $411.68 it's up 51.14%")."""


def _extreme_named_before(claim: Claim, session: date) -> Anchor | None:
    """The day of a dated extreme a move is told from before it ("From its April 16 low of $371.18 it has
    climbed 29.75%"): the extreme's own price stands between, so the clause's day is not found for it."""
    words = _FROM_EXTREME_BEFORE.search(claim.sentence, 0, claim.number.start)
    dates = find_dates(words.group("day"), session) if words is not None else []
    if len(dates) != 1:
        return None
    printed = _on_or_before(session, dates[0])
    return Anchor(printed.value, words.group("day"), False) if words is not None and printed.value < session \
        else None


def _move_from_extreme(claim: Claim, anchor: Anchor, snapshot: Snapshot) -> list[Fact] | None:
    """The % from a dated extreme when the day is the extreme's own ("rallied 51.14% from its April 16
    closing low"): the close's distance from that 52-week or record close."""
    clause = claim.sentence[claim.number.end:]
    at = clause.find(anchor.text)
    words = _FROM_EXTREME.match(clause, at + len(anchor.text)) if 0 <= at < 40 else None
    if words is None:  # "From its April 16 low of $371.18 it has climbed 29.75%"
        words = _FROM_EXTREME_BEFORE.search(claim.sentence, 0, claim.number.start)
        if words is None or words.group("day") != anchor.text:
            return None
    e = snapshot.extremes
    which = words.group("which").lower()
    dated = ((e.pct_from_52w_low, e.low_52w_date, "52-week low"),) if which in ("low", "bottom", "trough") \
        else ((e.pct_from_52w_high, e.high_52w_date, "52-week high"),
              (e.pct_from_ath, e.all_time_high_date, "record"))
    return next(([Fact(f"{snapshot.symbol}'s distance from its {label} of {_day(day)}", value, "pct", 2,
                       source=f"{snapshot.symbol}: extremes ({label})")]
                 for value, day, label in dated if day == anchor.day), None)


def _wrong_extreme(claim: Claim, fact: Fact) -> Finding:
    return finding("value-mismatch", f"{claim.span} is not {fact.name}", section=claim.section,
                   span=claim.span,
                   expected=fact.printed(), source=fact.source)


def _elided_measure(before: str) -> str:
    """What a bare possessive weekday's figure is ("Monday's close was $683.25; Friday's was $680.53"):
    the noun an earlier possessive day of the sentence names, else the day's close."""
    named = [m.group("which").lower() for m in _POSSESSIVE_MEASURE.finditer(before)]
    return named[-1] if named else "close"


def _clause(claim: Claim) -> tuple[str, int]:
    """The figure's clause and the offset it starts at in the sentence."""
    sentence, number = claim.sentence, claim.number
    start = max([0, *(m.end() for m in _CLAUSE_END.finditer(sentence[:number.start]))])
    end_match = _CLAUSE_END.search(sentence, number.end)
    return sentence[start:end_match.start() if end_match else len(sentence)], start


def _anchor(claim: Claim, session: date, where: tuple[str, int], *, past_year: bool = False,
            close: float | None = None) -> Anchor | None:
    """The past day the figure's clause (`where`: `_clause(claim)`) dates it to: the weekday or date
    nearest the figure (a weekday that opens a date, "Thursday, Feb 5", is that date). With
    `past_year`, a date without its year after the session is read in the year before (see
    _on_or_before). `close`: the session's close, which tells a week just ended (_week_just_ended)."""
    clause, offset = where
    middle = claim.number.start - offset
    found: list[tuple[int, Anchor]] = []
    after = claim.number.end - offset
    dated: list[tuple[int, int]] = []
    if may_hold_date(clause):
        printed_dates = find_dates(clause, session)
        dated = [(p.start, p.end) for p in printed_dates]
        for printed in map(partial(_on_or_before, session), printed_dates) if past_year else printed_dates:
            if printed.value <= session and not printed.span and not _figure_between(
                    clause, middle, after, printed.start, printed.end) \
                    and not _move_since_day(clause, printed.start):
                since = bool(_SINCE.search(clause[:printed.start])) and not _THAT_DAY.match(
                    clause, printed.end, max(printed.end, middle))
                found.append((_distance(clause, middle, after, printed.start),
                              Anchor(printed.value, printed.text, since)))
    for match in _WEEKDAY.finditer(clause):
        if _figure_between(clause, middle, after, match.start(), match.end()) \
                or any(start <= match.start() < end for start, end in dated) \
                or _move_since_day(clause, match.start()):
            continue
        day = _weekday_date(match.group("day"), session, last=bool(match.group("last")))
        last_week = _LAST_WEEK.search(clause, 0, match.start())
        if last_week:  # "last week it was $605.03 on Monday"
            day = _after_dated(match.group("day"), clause[last_week.end():match.start()], session) \
                or (_weekday_date(match.group("day"), session, last=False)
                    if _week_just_ended(claim.sentence, session, close)
                    else _in_week_before(match.group("day"), session))
        elif not match.group("last") and (_DAY_LABEL.fullmatch(clause, match.start(), middle) or _item_label(
                clause, match.start(), middle)):
            day = _next_in_list(day, claim.sentence[:offset + match.start()], session)
        day = _with_day_of_month(day, clause, match.end(), session)
        if not match.group("last") and match.start() >= after and _own_day_after(clause, after, match):
            day = _forward_in_list(match.group("day"), claim.sentence[:claim.number.start], day, session)
        if not match.group("last") and clause[:match.start()].endswith(("the ", "The ")):
            earlier = claim.sentence[:offset + match.start()]
            day = _weekday_before(match.group("day"), earlier, session) \
                if _THE_DAY_BEFORE.match(clause, match.end()) \
                else _weekday_after(match.group("day"), earlier, day, session)
        since = bool(_SINCE.search(clause[:match.start()])) and not _THAT_DAY.match(
            clause, match.end(), max(match.end(), middle)) and not _labels(clause, match.end(), middle)
        found.append((_distance(clause, middle, after, match.start("day")),
                      Anchor(day, match.group("day"), since)))
    return min(found, key=lambda pair: pair[0])[1] if found else _heading_day(claim, session)



def _move_since_day(clause: str, start: int) -> bool:
    """The day after "its worst day since", "the biggest one-day gain since": the date of a past move as
    large (move_since checks it), not a day the figure beside it is dated to or measured from."""
    from .move_since import names_move_since  # move_since reads this module's held sessions

    return names_move_since(clause, start)

_THE_DAY_BEFORE = re.compile(r"\s+before(?:\s+(?:that|it|this|then))?\b"
                             r"(?!\s+(?:(?:the|a|an|its|their)\b|[A-Z]))")
"""'the Friday before', 'the Thursday before that': the weekday's last occurrence before the day named
just before it (before the session when none is); not 'the Friday before the Fed'."""


def _weekday_before(name: str, before: str, session: date) -> date:
    """The latest such weekday strictly before the day the words before it name last (the session when
    they name none): "last Friday $643.10, and the Thursday before that $630.82" is the Thursday before
    that Friday; "closed at $466.45 the Friday before, at $467.85 on Monday" the Friday before the
    session's week's."""
    named = _last_day_named(before, session)
    reference = named[0] if named is not None and named[0] <= session else session
    back = (reference.weekday() - [day[:3] for day in _WEEKDAYS].index(name[:3].title())) % 7 or 7
    return reference - timedelta(days=back)


def _weekday_after(name: str, before: str, day: date, session: date) -> date:
    """'the Friday' after a day named before it ("closed at $249.26 on Thursday, November 12, ... fell to
    $247.01 on the Friday"): the first such weekday after that day; `day` (the latest one) when the words
    before name no day or that reading is past it."""
    named = _last_day_named(before, session)
    if named is None or named[0] >= day:
        return day
    ahead = (([d[:3] for d in _WEEKDAYS].index(name[:3].title()) - named[0].weekday() - 1) % 7) + 1
    following = named[0] + timedelta(days=ahead)
    return following if following <= day else day


def _item_label(clause: str, start: int, figure: int) -> bool:
    """The weekday at `start` opens a list's item that labels the figure at `figure` (_ITEM_LABEL)."""
    label = _ITEM_LABEL.search(clause, 0, figure)
    return label is not None and label.start("label") == start


_LIST_STEP = re.compile(r"[;,]\s*$")


def _next_in_list(day: date, before: str, session: date) -> date:
    """A bare weekday labelling a figure after another labelled day of the same list ("Last six starts:
    Wednesday the 11th, 6,889.76; Thursday, 6,869.68; ..."): a day-by-day list runs forward, so it is the
    first such weekday after the day before it (the 12th), not the latest one; `day` when the words
    before name no labelled day, or that reading is past the session."""
    if _LIST_STEP.search(before) is None:
        return day
    previous = max(_PREVIOUS_LABEL.finditer(before), key=lambda m: m.start(), default=None)
    if previous is None:
        return day
    if previous.group("date"):
        named = _last_day_named(before[:previous.end("date")], session)
        earlier = named[0] if named is not None else None
    else:  # a bare weekday itself: read as its own list's item (the list runs forward from its start)
        own = _weekday_date(previous.group("day"), session, last=False)
        earlier = _next_in_list(own, before[:previous.start()], session)
    if earlier is None or earlier >= day:
        return day
    following = earlier + timedelta(days=(day.weekday() - earlier.weekday() - 1) % 7 + 1)
    return following if following <= session else day


_PREVIOUS_LABEL = re.compile(r"\b(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday)\b(?P<date>,?\s+(?:the\s+)?"
                             r"\d{1,2}(?:st|nd|rd|th)|,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
                             r"\.?\s+\d{1,2})?[:,]?\s*\$?\d[\d,]*(?:\.\d+)?")
"""A day labelling the figure right after it, as a list's item does ("Wednesday the 11th, 6,889.76")."""


_ON_OWN_DAY = re.compile(r"\s+(?:on\s+)?(?:last\s+)?", re.IGNORECASE)
"""The words between a figure and the day right after it that is its own: "on", or nothing ("$247.01
Friday, $247.26 Monday")."""


def _own_day_after(clause: str, after: int, match: re.Match[str]) -> bool:
    """The weekday `match` stands right after the figure ending at `after` and dates it ("$247.01 Friday",
    "$679.84 on Tuesday"); not a possessive, which labels what follows ("$615.97 Tuesday's close")."""
    return _ON_OWN_DAY.fullmatch(clause, after, match.start()) is not None \
        and not match.group(0).endswith(("'s", "\u2019s"))


_LIST_GAP = re.compile(r"(?:,|\s+(?:and|then)\b)[^\d.;:!?]{0,40}$")
"""What stands between a list's dated item and the next item's figure: a comma or "and"/"then" and a few
words ("..., the top of the range, then $247.01 Friday", "..., dropped to $679.84 on Tuesday")."""
_LISTED_DAY = re.compile(r"\b(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday)\b(?:,?\s+(?:the\s+)?\d{1,2}"
                         r"(?:st|nd|rd|th)\b|,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
                         r"\s+\d{1,2}\b)?")


def _forward_in_list(name: str, before: str, day: date, session: date) -> date:
    """A weekday dating its figure in a list after an earlier weekday item ("$249.26 on Thursday the 12th,
    ..., then $247.01 Friday, $247.26 Monday"; "Last week: ... $680.53 on Friday the 13th, $683.25 on
    Monday"): a day-by-day list runs forward, so it is the first such weekday after the item before it
    when its own reading (`day`) is before that item, or a week or more past that first one; `day` when
    the words before end no list item on a weekday, or that reading is past the session."""
    previous = max(_LISTED_DAY.finditer(before), key=lambda m: m.start(), default=None)
    if previous is None or _LIST_GAP.fullmatch(before, previous.end()) is None \
            or _FIGURE.search(before, previous.end()) is not None:
        return day
    named = _last_day_named(before[:previous.end()], session)
    if named is None:
        return day
    earlier = named[0]
    following = earlier + timedelta(days=(day.weekday() - earlier.weekday() - 1) % 7 + 1)
    if following > session or not (day < earlier or day >= following + timedelta(days=7)):
        return day
    return following


def _distance(clause: str, middle: int, after: int, start: int) -> int:
    """How far a day stands from the figure; a day joined to the figure by "on" right after it is the
    figure's own and nearest of all ("$244.79 on Wednesday, $243.57 on Thursday": Thursday dates
    $243.57, not the Wednesday as near before it)."""
    return -1 if _ON_OWN_DAY.fullmatch(clause, after, start) else abs(start - middle)


def _labels(clause: str, end: int, figure: int) -> bool:
    """A day whose possessive labels the figure right after it ("up $7.49 from Thursday's $680.51",
    "since Monday's close of $683.25"): the figure is that day's own, not a move since it."""
    return figure >= end and clause[end - 2:end] in ("'s", "\u2019s") \
        and _OWN_FIGURE.fullmatch(clause, end, figure) is not None


def _on_or_before(session: date, printed: PrintedDate) -> PrintedDate:
    """A date without its year read as the latest such day on or before the session: a past bar's
    "April 16" in a November note is this year's, not next year's."""
    if printed.has_year or printed.value <= session:
        return printed
    try:
        return replace(printed, value=printed.value.replace(year=printed.value.year - 1))
    except ValueError:  # Feb 29
        return printed


_THAT_DAY = re.compile(r"[\s,]*(?:when|on which|that day)\b", re.IGNORECASE)
"""A day named after "since" and then described ("its lowest close since Nov 3, when it ended at
$612.92"): the figure is that day's own, not a move since it."""


_BARE_SINCE = re.compile(r"^\s*since(?:\s+then)?\s*(?:[.;,)!]|$)", re.IGNORECASE)


def _since_named_day(claim: Claim, session: date) -> Anchor | None:
    """A move "since" with no day after it ("on 12 November IWM closed at $249.26, and it has slipped
    1.6 per cent since."): the return from the close of the last day the sentence named before it."""
    if claim.kind not in _MOVE_KINDS or not _BARE_SINCE.match(claim.sentence[claim.number.end:]):
        return None
    before = claim.sentence[:claim.number.start]
    named = _last_day_named(before, session)
    return None if named is None else Anchor(*named, True)


def _last_day_named(before: str, session: date) -> tuple[date, str] | None:
    """The day (and its words) named last in `before`: a weekday or a date on or before the session."""
    dates = [d for d in find_dates(before, session) if d.value <= session and not d.span] \
        if may_hold_date(before) else []
    found = [(m.start(), _listed_weekday(m, before, session), m.group("day"))
             for m in _WEEKDAY.finditer(before)
             if not any(d.start <= m.start() < d.end for d in dates)]  # "Thursday, November 12": the date
    found += [(d.start, d.value, d.text) for d in dates]
    if not found:
        return None
    _, day, text = max(found, key=lambda hit: hit[0])
    return day, text


def _listed_weekday(match: re.Match[str], text: str, session: date) -> date:
    """A weekday's date: the latest such day (before the session's after 'last'), or the one its day of
    the month names."""
    day = _weekday_date(match.group("day"), session, last=bool(match.group("last")))
    return _with_day_of_month(day, text, match.end(), session)


def _that_day(claim: Claim, session: date, where: tuple[str, int]) -> Anchor | None:
    """A clause dated by "that day" or "the same session" ("on Wednesday the Dow gained 0.3%, and DIA
    closed that day at $466.32"): the day the sentence named last before the clause."""
    clause, offset = where
    if not _THAT_DAY_WORDS.search(clause):
        return None
    before = claim.sentence[:offset]
    named = _last_day_named(before, session)
    return None if named is None else Anchor(*named, False)


_DAY_AFTER = re.compile(r"\s*(?:the\s+(?:next|following)\s+(?:day|session|trading\s+day)|the\s+day\s+after|"
                        r"a\s+(?:day|session)\s+later)\b", re.IGNORECASE)
"""Words right after a figure that date it to the session after the day named before it ("closed at
$249.26 on Thursday, November 12, and at $247.01 the next day")."""


def _session_after(claim: Claim, snapshot: Snapshot) -> Anchor | None:
    """The held session after the day the sentence names last before the figure (None when it names
    none, or that day is the last session held)."""
    named = _last_day_named(claim.sentence[:claim.number.start], snapshot.session)
    if named is None:
        return None
    later = [day for day in held_sessions(snapshot) if day > named[0]]
    return Anchor(later[0], f"the day after {named[1]}", False) if later else None


_YESTERDAYS = re.compile(r"\b(?:yesterday|the\s+(?:previous|prior)\s+(?:day|session))(?:'s|\u2019s)\s+\$?$",
                         re.IGNORECASE)
"""'yesterday's $462.43': the figure of the session before the session (its close: a bare price)."""


def _the_session_before(claim: Claim, snapshot: Snapshot) -> Anchor | None:
    """The session before the session, for a figure no day is named for but "yesterday's" right before it
    ("$2.67 less than yesterday's $462.43") or "the day before" right after it ("down 0.86% from $30.55
    the day before"): the previous session's bar."""
    if _YESTERDAYS.search(claim.sentence, max(0, claim.number.start - 30), claim.number.start) is not None:
        earlier = [day for day in held_sessions(snapshot) if day < snapshot.session]
        return Anchor(earlier[-1], "yesterday", False) if earlier else None
    if _DAY_BEFORE.match(claim.sentence, claim.number.end):  # _session_before moves it back a session
        return Anchor(snapshot.session, "the session", False)
    if _YESTERDAY_AFTER.match(claim.sentence, claim.number.end) or _moved_from(claim):
        earlier = [day for day in held_sessions(snapshot) if day < snapshot.session]
        return Anchor(earlier[-1], "the previous close", False) if earlier else None
    return None


_YESTERDAY_AFTER = re.compile(r"\s*yesterday\b(?!['\u2019]s)", re.IGNORECASE)
"""'from $243.57 yesterday': a price dated to the session before the session."""
_FROM = re.compile(r"\bfrom\s+\$?$", re.IGNORECASE)
_MOVE_BEFORE = re.compile(r"\b(?:up|down|higher|lower|gain(?:ed|ing)?|los(?:t|ing)|add(?:ed|ing)|shed|"
                          r"(?:rose|climbed|jumped|rallied|fell|dropped|slipped|slid|sank|eased|bounced|moved|went)"
                          r"(?:\s+back)?\s+to)\b", re.IGNORECASE)
_FROM_ENDS = re.compile(r"\s*(?:[.;,)!?\]\u2014]|$)")
"""What may follow the price a move started from when nothing else dates it: the clause's end (not "to",
which makes it a range's or a path's start: "fell from $252.38 to $226.54 over 20 sessions")."""


def _moved_from(claim: Claim) -> bool:
    """A price the session's move is told from, with no day or period named ("closed at $244.30, up $0.73
    from $243.57", "rose to $626.77 from $614.72."): the previous close."""
    if claim.period is not None or claim.number.unit != "price" or claim.number.sign:
        return False
    clause, offset = _clause(claim)
    figure = claim.number.start - offset
    return _FROM.search(clause, max(0, figure - 8), figure) is not None \
        and _MOVE_BEFORE.search(clause, 0, figure) is not None \
        and _FROM_ENDS.match(clause, claim.number.end - offset) is not None


def _session_before(anchor: Anchor, sessions: list[date]) -> Anchor:
    """The held session before the anchor's day ("the day before" Thursday: Wednesday's bar)."""
    earlier = [day for day in sessions if day < anchor.day]
    return replace(anchor, day=earlier[-1], text=f"the day before {anchor.text}") if earlier else anchor


_HEADING = re.compile(r"^[\s*_\-\u2022#>]*(?P<head>[^:\n]{3,32}?)[\s*_]*:(?!\d)")


def _heading_day(claim: Claim, session: date) -> Anchor | None:
    """A line headed by its day ("**Tuesday, Nov 17:** Stocks pulled back, and the S&P 500 closed at
    6,821.04."): a day-by-day list dates every figure of the line by its heading."""
    heading = _HEADING.match(claim.sentence)
    if heading is None or claim.number.start < heading.end():
        return None
    head = heading.group("head").strip()
    dates = find_dates(head, session) if may_hold_date(head) else []
    if len(dates) == 1 and dates[0].text == head and dates[0].value <= session:
        return Anchor(dates[0].value, head, False)
    weekday = _WEEKDAY.fullmatch(head)
    if weekday is not None and not weekday.group(0).endswith("s"):
        return Anchor(_weekday_date(weekday.group("day"), session, last=bool(weekday.group("last"))), head,
                      False)
    return None


_FIGURE = re.compile(r"\d")


def _figure_between(clause: str, before: int, after: int, start: int, end: int) -> bool:
    """A day dates a figure only when no other figure stands between them ("the high of the day was
    $631.45, above the record close of $629.76 from Nov 11": the record's date; "closed at $243.57 on
    Thursday and at $244.30 today") and a day after the figure is not nearer the next one ("$481.59,
    a record close, topping the Nov 12 close of $478.00": Nov 12 dates $478.00), unless the day opens
    the clause ("On Thursday it closed at $243.57, down 0.50%"); a day after a comma that labels the
    next figure is that figure's ("Thursday it closed at $243.57, Wednesday at $244.79")."""
    ordinal = _DAY_ORDINAL.match(clause, end) or _NUMERIC_DAY.match(clause, end)
    end = ordinal.end() if ordinal else end  # "on Friday the 13th at 247.01", "Mon 11-10 $605.03": the day's
    if start >= after:
        if _FIGURE.search(clause, after, start) is not None:
            return True
        if _ON_DAY.fullmatch(clause, after, start) and clause.startswith(",", end):
            return False  # "closed at $465.85 on Monday, November 16, at $466.92 on Tuesday": on its own day
        following = _FIGURE.search(clause, end)  # "$481.59, a record, topping the Nov 12 close of $478.00"
        if following is not None and _OWN_FIGURE.fullmatch(clause[end:following.start()]):
            return True  # "closed at $244.79, Wednesday at $244.30": Wednesday's own figure follows it
        return following is not None and "," not in clause[end:following.start()] \
            and (following.start() - end < start - after or "," in clause[after:start])
    opener = _OPENER.fullmatch(clause[:start])
    return opener is None and _FIGURE.search(clause, end, before) is not None


_ON_DAY = re.compile(r"\s+on\s+(?:last\s+)?", re.IGNORECASE)
_OWN_FIGURE = re.compile(r"(?:['\u2019]s)?\s*(?:close|closing|high|low)?\s*(?:at|of|was|:)?\s*[$+\-\u2212]?"
                         r"|,\s*(?:at|of|was)\s*[$+\-\u2212]?", re.IGNORECASE)
"""The words between a day and the figure that is its own ("Thursday's close of $", "Friday, May 29, at
$": a comma before a linking word, never a bare comma, which lists the next item)."""
_OPENER = re.compile(r"\W*(?:on|since|from|by|as of)?\s*", re.IGNORECASE)


_LAST_WEEK = re.compile(r"\b(?:last|the previous|the prior)\s+week\b", re.IGNORECASE)
"""A clause set in the week before the session's: its weekdays are that week's."""


def _after_dated(name: str, between: str, session: date) -> date | None:
    """A weekday after a day the words date to its day of the month, past "last week" ("Last week was
    messy: $680.53 on Friday the 13th, $683.25 on Monday"; "Last week's closes: Thursday the 12th $31.52,
    Friday $30.96, Monday $30.95"): the list runs on from that day, so it is the first such weekday after
    it (within the sessions to the session's), not that weekday of the week before the session's."""
    first = next((m for m in _WEEKDAY.finditer(between) if not m.group("last")), None)
    ordinal = _OF_MONTH.match(between, first.end()) if first is not None else None
    if first is None or ordinal is None:
        return None
    dated = _with_day_of_month(_weekday_date(first.group("day"), session, last=False), between, first.end(),
                               session)
    if dated.day != int(ordinal.group("day")):
        return None  # no such day in the months held: no reading
    ahead = ([d[:3] for d in _WEEKDAYS].index(name[:3].title()) - dated.weekday() - 1) % 7 + 1
    following = dated + timedelta(days=ahead)
    return following if following <= session else None


def _week_just_ended(sentence: str, session: date, close: float | None) -> bool:
    """"Last week" told after a Friday session, its list ending on that Friday with the session's own
    close ("The tape last week (closes): Mon $247.26, ..., Fri $244.30" posted on the weekend): the week
    that just ended, the session's, not the one before it. A list whose Friday figure is another's is
    read as the week before, as always."""
    if close is None or session.weekday() != _FRIDAY:
        return False
    figures = "|".join(re.escape(f"{close:{comma}.2f}") for comma in ("", ","))
    return re.search(rf"\bFri(?:day)?\.?,?\s*:?\s*(?:at\s+)?(?:US)?\$?(?:{figures})(?!\.?\d)",
                     sentence) is not None


_FRIDAY = 4


def _in_week_before(name: str, session: date) -> date:
    monday = session - timedelta(days=session.weekday())
    return monday - timedelta(days=7 - [day[:3] for day in _WEEKDAYS].index(name[:3].title()))


_OF_MONTH = re.compile(r",?\s+(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Z][a-z])")
_MONTHS_BACK = 3
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NUMERIC_DAY = re.compile(r",?\s+\(?(?:(?P<month>\d{1,2})/(?P<day>\d{1,2})|"
                          r"(?P<mm>\d{2})-(?P<dd>\d{2})(?![\d-])|"
                          r"(?P<name>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
                          r"(?P<nd>\d{1,2})(?!\d))\)?(?![\d/])")
"""A weekday's month and day in figures right after it ("Tue 11/11", "Wed (3/24)", "Mon 11-10 $605.03"; with
a dash both in two digits, not a span such as "Tue 9-5"), or its month's name and day ("fri nov
13 $618.47": lower-case, which DATE does not read)."""


def _with_day_of_month(day: date, text: str, end: int, session: date) -> date:
    """A weekday with its day of the month and no month ("Thursday the 12th", "Friday, 13th"): the latest
    day on or before the session that is both (the 12th that is a Thursday, in the session's month or one
    of the few before it); with its month and day in figures ("Mon 11-10"), that day when it is the
    weekday's (_numeric_day); `day` (the weekday's own reading) when the words print no such day or no
    month fits."""
    ordinal = _OF_MONTH.match(text, end)
    if ordinal is None:
        return _numeric_day(day, text, end, session)
    wanted, weekday = int(ordinal.group("day")), day.weekday()
    year, month = session.year, session.month
    for _ in range(_MONTHS_BACK + 1):
        try:
            candidate = date(year, month, wanted)
        except ValueError:
            candidate = None
        if candidate is not None and candidate <= session and candidate.weekday() == weekday:
            return candidate
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return day


def _numeric_day(day: date, text: str, end: int, session: date) -> date:
    """The date a weekday's month and day in figures name ("Mon 11-10" in a note of Nov 17, 2025: Nov 10):
    the latest such day on or before the session, whatever the weekday (a wrong one is dates.py's to
    report: the figures are the more exact of the two); `day` when the words print no such date."""
    printed = _NUMERIC_DAY.match(text, end)
    if printed is None:
        return day
    month, day_of_month = printed.group("month", "day") if printed.group("month") \
        else printed.group("mm", "dd") if printed.group("mm") \
        else (str(_MONTHS.index(printed.group("name").lower()) + 1), printed.group("nd"))
    for year in (session.year, session.year - 1):
        try:
            candidate = date(year, int(month), int(day_of_month))
        except ValueError:
            return day
        if candidate <= session:
            return candidate
    return day


def _weekday_date(name: str, session: date, *, last: bool) -> date:
    back = (session.weekday() - [day[:3] for day in _WEEKDAYS].index(name[:3].title())) % 7
    if last and back == 0:
        back = 7
    return session - timedelta(days=back)


# --- the bar ----------------------------------------------------------------------------------

def _bars(snapshot: Snapshot) -> dict[date, Bar]:
    sessions = held_sessions(snapshot)
    closes = snapshot.recent_closes
    highs = snapshot.recent_highs if len(snapshot.recent_highs) == len(sessions) else [None] * len(sessions)
    lows = snapshot.recent_lows if len(snapshot.recent_lows) == len(sessions) else [None] * len(sessions)
    return {day: Bar(day, closes[n], closes[n - 1] if n else None, highs[n], lows[n])
            for n, day in enumerate(sessions)}


def _value(what: str, bar: Bar, snapshot: Snapshot, since: bool) -> float | None:
    if what == "move":
        if since:
            return (snapshot.close / bar.close - 1) * 100 if bar.close else None
        return (bar.close / bar.prev_close - 1) * 100 if bar.prev_close else None
    return {"close": bar.close, "high": bar.high, "low": bar.low}[what]


def _fact(what: str, value: float, bar: Bar, snapshot: Snapshot, since: bool) -> Fact:
    label = f"{snapshot.symbol} {_label(what, since)} {_day(bar.day)}"
    if what == "move":
        return Fact(label, value, "pct", 2, source=f"{snapshot.symbol}: recent_closes ({bar.day})")
    return Fact(label, value, "price", 2, kind=snapshot.kind,
                source=f"{snapshot.symbol}: recent_{'closes' if what == 'close' else what + 's'} ({bar.day})")


def _label(what: str, since: bool) -> str:
    if what == "move":
        return "move since the close of" if since else "1-day move on"
    return f"{what} on"


def _day(day: date) -> str:
    return f"{day:%a}, {day:%b} {day.day}"


# --- findings -------------------------------------------------------------------------------------

def _no_bar(claim: Claim, anchor: Anchor, snapshot: Snapshot, bars: dict[date, Bar]) -> Finding:
    if not bars:
        why = f"it is about {_day(anchor.day)}, and no dated history is loaded for {snapshot.symbol}"
    elif anchor.day < min(bars):
        why = (f"it is about {_day(anchor.day)}, before the {len(bars)} sessions held "
               f"(from {_day(min(bars))})")
    else:
        why = f"{_day(anchor.day)} is not a session in {snapshot.symbol}'s history"
    return finding("figure-unverifiable", f"{claim.span} cannot be checked: {why}", section=claim.section,
                   span=claim.span)


def _wrong(claim: Claim, fact: Fact, anchor: Anchor, bar: Bar, bars: dict[date, Bar], snapshot: Snapshot,
           what: str) -> list[Finding]:
    others = [b for b in bars.values() if b.day != bar.day and not anchor.since
              and (value := _value(what, b, snapshot, False)) is not None
              and matches(Fact("", value, fact.unit, 2, kind=fact.kind), claim.number)]
    if others and others[-1].day == snapshot.session and _weekday_index(anchor.text) is not None:
        return [_wrong_weekday(claim, anchor, others[-1].day, what, snapshot)]
    message = f"{claim.span} is not {fact.name}"
    if others:
        message += f"; it is the {what} of {_day(others[-1].day)}"
    wrong = finding("value-mismatch", message, section=claim.section, span=claim.span,
                    expected=fact.printed(), source=fact.source)
    week = [b.day for b in others
            if _same_week(b.day, anchor.day) and b.day.weekday() != anchor.day.weekday()]
    if week and what != "move" and _weekday_index(anchor.text) is not None \
            and _out_of_place(claim, anchor, snapshot.session):
        return [wrong, _wrong_weekday(claim, anchor, week[-1], what, snapshot)]  # either word slipped
    return [wrong]


def _same_week(day: date, other: date) -> bool:
    """Another weekday of the week the printed weekday names: only then would that weekday alone right
    the sentence ("Thursday's $244.79" of Wednesday's close). A close weeks away is the price's to the cent
    by chance ("Wednesday's $243.79" of a Friday two weeks before; "last week ... on Friday" of this
    Monday's): the weekday is not the slip there."""
    return day.isocalendar()[:2] == other.isocalendar()[:2]


_WEEKDAY_NAME = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Mon|Tues?|Wed|Thur?s?|Fri)\b")


def _weekday_index(text: str) -> int | None:
    """Monday 0 to Friday 4 for a weekday printed in full or short ("Tue", "Thurs"); None for a date."""
    short = text.rstrip(".").removesuffix("'s").removesuffix("\u2019s")[:3].title()
    names = [day[:3] for day in _WEEKDAYS]
    return names.index(short) if short in names and text[:3].isalpha() else None


def _out_of_place(claim: Claim, anchor: Anchor, session: date) -> bool:
    """The weekday printed right beside the figure does not follow on from the weekdays printed next to
    it in the sentence: alone ("Tuesday's $681.88"), or skipping or repeating its neighbours ("$247.26
    Monday, $245.28 Wednesday, $244.79 Wednesday"), or running against them ("Wednesday $468.32, Monday
    $468.79, Friday $471.60": the Friday printed is this week's, four sessions on, not the one before;
    "Monday $236.72, Thursday $235.10, Wednesday": a step back after a step of three forward). One in a
    run of days, each in its place (the session before or after its own, the run going one way:
    "Wednesday $478.00; Thursday $467.18; Friday"), is the day's; so is one a date stands between
    ("Wednesday, Nov. 11, then $625.98": the figure is the next day's in a list). The neighbours are read
    in the week the printed weekday is read in (this week's, or the one `anchor.day` was put in)."""
    names = list(_WEEKDAY_NAME.finditer(claim.sentence))
    at = _own_weekday(claim, anchor.text, names)
    if at is None:
        return False
    own = _weekday_index(anchor.text)
    assert own is not None
    shift = anchor.day - _weekday_date(_WEEKDAYS[own], session, last=False)

    def step(n: int) -> int | None:
        if not 0 <= n < len(names) or (index := _weekday_index(names[n].group(0))) is None \
                or _DATED_AFTER.match(claim.sentence, names[n].end()):
            return None  # "and on Thursday, Feb 5": a day of its own date, not of the run's week
        day = _weekday_date(_WEEKDAYS[index], session, last=False) + shift
        return _sessions_between(anchor.day, day)

    before, after = step(at - 1), step(at + 1)
    before = None if before is None else -before  # the step from the neighbour before to this day
    steps = [s for s in (before, after) if s is not None]
    if not any(abs(s) == 1 for s in steps):
        return True
    return len(steps) == 2 and (steps[0] > 0) != (steps[1] > 0)


_DATED_AFTER = re.compile(r",?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|"
                          r",?\s+\d{1,2}\b(?!\.\d)")
"""A date right after a weekday ("Thursday, Feb 5", "Mon 13"): that weekday is its own date's."""


def _sessions_between(start: date, end: date) -> int:
    """Weekdays from `start` to `end` (negative when `end` is earlier): Friday to Monday is 1."""
    sign = 1 if end >= start else -1
    low, high = min(start, end), max(start, end)
    count = sum(1 for n in range(1, (high - low).days + 1) if (low + timedelta(days=n)).weekday() < 5)
    return sign * count


def _own_weekday(claim: Claim, name: str, names: list[re.Match[str]]) -> int | None:
    """Which printed weekday dates the figure: the last one before it with no other figure between
    ("Wednesday $466.92"), else the first after it with none between ("$245.28 Wednesday")."""
    text, start, end = claim.sentence, claim.number.start, claim.number.end
    before = [n for n, m in enumerate(names) if m.group(0) == name and m.end() <= start
              and not _FIGURE.search(text, m.end(), start)]
    after = [n for n, m in enumerate(names) if m.group(0) == name and m.start() >= end
             and not _FIGURE.search(text, end, m.start())]
    return before[-1] if before else after[0] if after else None


def _wrong_weekday(claim: Claim, anchor: Anchor, day: date, what: str, snapshot: Snapshot) -> Finding:
    """The price beside a weekday is, to the cent, another held session's ("Tuesday's $681.88" of
    Wednesday's close; "$245.28 Wednesday" of Tuesday's): the weekday may be the slip as much as the
    price, so both are told (the price's `value-mismatch` and this), unless the weekday runs day by day
    with its neighbours (_out_of_place). A percent move is no such print: one day's 1.2% is another's by
    chance."""
    if day == snapshot.session:  # the figures beside the weekday are the session's: as dates.py says it
        why, source = f"the session's day ({day:%A}, {day:%b} {day.day})", "snapshot.session"
    else:
        why, source = f"the day of {claim.span} ({what} of {_day(day)})", f"{snapshot.symbol}: recent bars"
    return finding("weekday-mismatch", f"'{anchor.text}' is not {why}", section=claim.section,
                   span=anchor.text, expected=f"{day:%A}", source=source)


def _sign_check(claim: Claim, fact: Fact, anchor: Anchor) -> list[Finding]:
    wanted = claim.number.sign or claim.direction
    value = float(fact.value)  # type: ignore[arg-type]
    if fact.unit != "pct" or not wanted or abs(value) < 0.005 or (value > 0) == (wanted > 0):
        return []
    word = "up" if value > 0 else "down"
    return [finding("direction-mismatch", f"{claim.span} printed with the wrong direction: {fact.name} is "
                    f"{fact.printed('signed')}", section=claim.section, span=claim.span, expected=word,
                    source=fact.source)]

