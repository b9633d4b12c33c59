"""A gap between two named instruments' moves written in points or after "by" ("QQQ beat SPY by
0.80 points", "LAGS SPY BY 0.50 PCT POINT", "the gap to SPY was 0.30 points", "trailed SPY, which
rose 1.39%, by 0.49 points", "beat it by 0.8%").

Figures printed in pp or bp are read by values._divergence; this reader takes the layouts that print
no such unit: "points" (or "pct points", "percentage point") after a comparison word, and a % right
after "by" behind a beat/trail verb. The pair is the last two instruments the sentence names before
the figure (the article's own instrument when it names one other), and the gap is checked against
the difference of the two subjects' own 1-day moves, so the expected value never comes from a third
instrument. A sentence with a longer time frame (week, month, year) is left to the other readers.
"""

from __future__ import annotations

import re

from ..contracts import Finding, InstrumentKind, Snapshot
from .claims import Claim
from .codes import finding
from .context import VerifyContext
from .subjects import Mention

_POINTS_AFTER = re.compile(r"\s*(?:of\s+a\s+)?(?:(?:pct\.?|percentage|percent)\s+)?"
                           r"(?:points?|pts?\.?)(?![\w-])", re.IGNORECASE)
"""The unit of a gap: points, also "of a point" ("the gap was 0.90 of a point")."""
_COMPARE = (r"beat|beats|beating|bested|trail(?:ed|s|ing)?|lag(?:ged|s|ging)?|outran|outrun|outpac\w*|"
            r"out[a-z]{2,}ed|outshone|outdid|outgrew|"
            r"outperform\w*|underperform\w*|behind|ahead|gap|spread|difference|margin|edged out|"
            r"topped|led|leads|leading|better|worse")
_BEFORE = re.compile(rf"\b(?:{_COMPARE})\b(?:[^.!?]|\.\d){{0,70}}$", re.IGNORECASE)
"""A comparison word earlier in the clause: the figure is a gap, not an index's move in points."""
_BY_BEFORE = re.compile(rf"\b(?:{_COMPARE})\b(?:[^.!?%]|\.\d){{0,40}}\bby\s+"
                        r"(?:about\s+|roughly\s+|some\s+|almost\s+|nearly\s+|around\s+|close to\s+)?$",
                        re.IGNORECASE)
"""A beat/trail verb, then "by" right before a % or a share of a point in words ("beat SPY by 0.8%",
"trailed it by about a full point"): the gap, not a move."""
_AFTER = re.compile(r"\s*(?:of\s+a\s+)?(?:(?:pct\.?|percentage|percent)\s+)?(?:points?|pts?\.?)\s+"
                    r"(?:behind|ahead|(?:better|worse|more|less)\s+than|better\b(?!\s+than)|worse\b(?!\s+than))\b"
                    r"(?:\s+of)?(?:\s+the)?\s*", re.IGNORECASE)
"""The comparison after the unit ("leaving SPY 0.80 points behind it", "held up 0.20 points better than
QQQ", "almost 2.5 points more than the S&P 500")."""
_BARE_COMPARATIVE = re.compile(r"\b(?:better|worse)\s*$", re.IGNORECASE)
"""A comparison with no "than" ("IWM was 1.51 points worse"): its other side was named before it."""
_CLAUSE_END = re.compile(r"[,;.:)]")
_AGAINST = re.compile(r"\s*(?:(?:of\s+a\s+)?(?:(?:pct\.?|percentage|percent)\s+)?(?:points?|pts?\.?)\s+)?"
                      r"(?:against|versus|vs\.?)\s+(?:the\s+)?", re.IGNORECASE)
"""A gap with its other side after it ("the gap was 0.80 points against SPY and 1.60 against QQQ")."""
_AGAINST_ELLIPTICAL = re.compile(r"\d(?:\.\d+)?\s*(?:(?:pct\.?|percentage|percent)\s+)?"
                                 r"(?:points?|pts?\.?|pp)\s+(?:against|versus|vs\.?)\s+[^.!?;\d]{1,40}?\s+and\s+$",
                                 re.IGNORECASE)
"""A second gap "against" another instrument after a first in points, its unit left out ("0.80 points
against SPY and 1.60 against QQQ")."""
_LONGER_FRAME = re.compile(r"\b(?:(?:over|in|during|for)\s+(?:the\s+|a\s+)?"
                           r"(?:past|last|prior|week|month|year)|"
                           r"(?:this|the|a)\s+(?:week|month|year|quarter)|weekly|monthly|yearly|ytd|"
                           r"year[- ]to[- ]date|month[- ]to[- ]date|on average|(?<!on )a day|per day|"
                           r"a session|"
                           r"per session|since)\b", re.IGNORECASE)
"""Words after the figure that give the gap a longer frame ("over the past month", "a day on average")
than the day (a streak's length after it, "its 2 straight sessions ahead", is no frame)."""
_FRAME_OPENING = re.compile(r"^\W*(?:over|in|during|for|across)\s+(?:the\s+)?(?:(?:past|last|prior)\s+)?"
                            r"(?:one\s+|a\s+|two\s+|three\s+|five\s+|\d{1,2}\s+)?"
                            r"(?P<unit>weeks?|months?|years?|quarters?|sessions|trading days)\b[^;]*$",
                            re.IGNORECASE)
"""A longer frame opening the sentence, in the same clause as the gap ("Over one month, however, IWM is up
1.46% and ahead of SPY by 2.52 points"): no day's gap."""
_VERB = re.compile(r"\b(?:(?P<ahead>beat|beats|beating|bested|outran|outruns?|outpac\w*|outperform\w*|"
                   r"out[a-z]{2,}ed|outshone|outdid|outgrew|led|leads|topped|edged out|better\s+than)|"
                   r"(?P<behind>trail(?:ed|s|ing)?|lag(?:ged|s|ging)?|underperform\w*|worse\s+than))\b",
                   re.IGNORECASE)
"""A verb whose subject's move is ahead of (or behind) its object's: "FRNT led SPY by 1.96 points"."""
_NEW_SUBJECT = re.compile(r"(?:(?:,|;|\u2014)\s*(?:so|and so|which means|meaning|while|whereas|but)|;)\s+"
                          r"(?!it\b|they\b|its\b|and\b)[A-Za-z]", re.IGNORECASE)
"""A new clause between the last instrument named and the verb, its subject no instrument's name ("the S&P
500 rose 1.11%, so our index lagged it", "SPY rose 1.10%, so tech beat it", "SPY lost 0.50%; my client
trailed it"): the article's own."""
_CLAUSE_OPENS = re.compile(r"(?:[,;\u2014]\s*(?:but|while|whereas|yet|and)?|\b(?:but|while|whereas|yet))\s+"
                           r"(?:the\s+)?$", re.IGNORECASE)
"""A new clause opening right before an instrument's name (", but QQQ beat", "; the Dow trailed"): the name
is that clause's subject."""
_OWN_SUBJECT = re.compile(r"\b(?:(?:our|my)\s+(?:index|fund|benchmark|tracker|etf|portfolio|stock)|we)\s+"
                          r"(?:\w+\s+){0,2}$", re.IGNORECASE)
"""The text's own instrument as the subject right before a gap ("the Russell 2000 0.30%: our index did
1.99 points worse than the S&P 500", "we did 0.40 points better than QQQ")."""
_TIE = 0.05
"""Moves closer than this (points) are no lead either way."""
MAX_GAP = 20.0
"""A figure in points above this is an index's move in points, never a gap between two % moves."""


_BARE_BY = re.compile(_VERB.pattern + r"\s+(?:the\s+)?[A-Za-z&][^.!?;:,%\d()]{0,30}?\s+by\s+"
                       r"(?:only\s+|just\s+|about\s+|roughly\s+|some\s+)?$", re.IGNORECASE)
"""A beat/trail verb, its object and "by" right before a figure with no unit ("trailed SPY by 1.96",
"we beat DIA by 0.30", "better than IWM by 0.30"): a gap in points with its unit left out."""
_SIDE_AFTER = re.compile(r"\s+(?:(?P<behind>behind)|(?P<ahead>ahead)|(?:more|less|better|worse)\s+than)\b"
                         r"(?:\s+of)?(?:\s+the)?\s*", re.IGNORECASE)
"""A figure with no unit before the other side ("0.75 behind DIA", "0.10 ahead of QQQ", "0.70 more than
DIA"): a gap when an instrument is named right after (gap_pair asks)."""


_GROUP = (r"(?:them(?:\s+all)?|all\s+(?:two|three|four|five|of\s+them)|both(?:\s+of\s+them)?|"
          r"each(?:\s+of\s+them)?|the\s+(?:two|three|four|five)|the\s+rest)")
_GAP_LIST = re.compile(r"\b(?:beat|beats|bested|outran|outpaced|outperformed|led|topped|trailed|lagged|"
                       r"underperformed)\s+" + _GROUP + r",?\s+by\s+"
                       r"(?P<list>\d+(?:\.\d+)?(?:\s*,\s*\d+(?:\.\d+)?)*,?\s+and\s+\d+(?:\.\d+)?)\b",
                       re.IGNORECASE)
"""A list of gaps to the instruments named before, in their order ("SPY won 1.39%, QQQ 1.73%, IWM
1.96%; DIA trailed all three, by 0.49, 0.84 and 1.07 points", "the insured beat them by 0.52 and 0.80
points")."""
_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _gap_list(claim: Claim) -> re.Match[str] | None:
    """The list of gaps the figure is one of, or None."""
    return next((m for m in _GAP_LIST.finditer(claim.sentence)
                 if m.start("list") <= claim.number.start < m.end("list")), None)


def _list_pair(claim: Claim, ctx: VerifyContext, own: tuple[str, ...],
               listed: re.Match[str]) -> tuple[str, str] | None:
    """The pair of one gap in a list: the verb's subject (the instrument named right before it, else
    the article's own) and the instrument named before it in the figure's place in the list; None
    when the list and the instruments named do not pair one to one."""
    sentence = claim.sentence
    starts = [listed.start("list") + f.start() for f in _FIGURE.finditer(listed.group("list"))]
    before = [m for m in ctx.lexicon.mentions(sentence) if m.end <= listed.start()]
    subject = own
    if before and not re.search(r"[\d,;:]", sentence[before[-1].end:listed.start()]):
        subject = _family(before[-1].symbols, ctx)  # "DIA trailed all three"
    others: list[tuple[str, ...]] = []
    for mention in before:
        family = _family(mention.symbols, ctx)
        if family and set(family).isdisjoint(subject) and family not in others:
            others.append(family)
    if len(others) != len(starts) or claim.number.start not in starts:
        return None
    first, second = _loaded(subject, ctx), _loaded(others[starts.index(claim.number.start)], ctx)
    return (first, second) if first is not None and second is not None else None


def _bare_gap(number_end: int, before: str, sentence: str) -> bool:
    """A gap printed with no unit: after "<verb> <instrument> by", or before "behind/ahead of/more than"."""
    return bool(_BARE_BY.search(before) or _SIDE_AFTER.match(sentence, number_end))


def reads_gap(claim: Claim) -> bool:
    """The figure is a gap in points or a % after "by" behind a comparison word (cheap check first)."""
    number, sentence = claim.number, claim.sentence
    after = sentence[number.end:number.end + 30]
    folded, by = after.lower(), "by " in sentence[max(0, number.start - 18):number.start]
    against = "against" in folded or "vs" in folded or "versus" in folded
    side = number.unit is None and number.decimals == 2 and not number.sign and number.value <= MAX_GAP \
        and _SIDE_AFTER.match(sentence, number.end) is not None
    if not side and (number.value > MAX_GAP or number.sign
                     or not (by or "pt" in folded or "point" in folded or against)):
        return False
    before = sentence[max(0, number.start - 110):number.start]
    if number.unit is None and against and _AGAINST.match(after) and not _POINTS_AFTER.match(after):
        return _AGAINST_ELLIPTICAL.search(before) is not None and _BEFORE.search(before) is not None
    if number.unit is None and _POINTS_AFTER.match(after):  # "less than QQQ by 0.80 points": the gap
        return bool(_BEFORE.search(before) or _AFTER.match(after) or by and _THAN_BY.search(before))
    if number.unit is None and by and _elliptical(before):
        return True  # "beat SPY by 0.80 points and IWM by 1.60": the second gap leaves its unit out
    if number.unit is None and _gap_list(claim) is not None:
        return True  # "DIA trailed all three, by 0.49, 0.84 and 1.07 points"
    if number.unit is None and number.decimals == 2 and _bare_gap(number.end, before, sentence):
        return True  # "trailed SPY by 1.96", "0.75 behind DIA": a gap whose words leave out its unit
    words = number.unit == "pp" and bool(number.tolerance)  # "by about a full point", in words
    return (number.unit == "pct" or words) and bool(_BY_BEFORE.search(before))


_THAN_BY = re.compile(r"\b(?:less|more|lower|higher|smaller|bigger|weaker|stronger)\s+than\s+"
                      r"(?:[^.!?;%\d]|\.\d){1,40}?\bby\s+(?:about\s+|roughly\s+|some\s+|almost\s+|nearly\s+|around\s+)?$",
                      re.IGNORECASE)
"""A comparison with "than" and the gap after "by" ("less than QQQ by 0.80 points")."""
_ELLIPTICAL = re.compile(rf"\b(?:{_COMPARE})\b(?:[^.!?;]|\.\d)*?\bby\s+\d+(?:\.\d+)?\s*"
                         r"(?:(?:of\s+an?\s+)?(?:(?:pct\.?|percentage|percent)\s+)?(?:points?|pts?\.?|pp))?(?![\w%-])"
                         r"(?:[^.!?;%()]|\.\d|\([^()]{0,30}\)|,\s*(?:[A-Z]{2,5}\s+)?(?:up|down)\s+\d+(?:\.\d+)?%\s*,)"
                         r"{0,60}?\bby\s+(?:about\s+|roughly\s+|some\s+)?$",
                         re.IGNORECASE)
"""A second gap after "by" that leaves out the unit of the first (or both leave it out), in the same
clause: "QQQ beat SPY by 0.80 points and IWM by 1.60", "trailed QQQ by 0.80 points and beat IWM by 0.80",
"lagged SPY by 0.51 of a point, QQQ by 0.46 and DIA by 0.39", "QQQ leads SPY by 0.80, DIA by 1.15", the
second side's move in brackets or between commas ("and DIA (up 0.89%) by 0.84", "and IWM, up 0.30%, by
1.60")."""


def _elliptical(before: str) -> bool:
    return _ELLIPTICAL.search(before) is not None


def gap_frame(claim: Claim) -> str | None:
    """The move a gap is between: the day's ("change_1d_pct"), or the week's, month's or year's when a
    frame opens the sentence ("Over one month, however, IWM is ... ahead of SPY by 2.52 points"); None
    for any other longer frame (the other readers take the figure)."""
    sentence = claim.sentence
    opening = _FRAME_OPENING.match(sentence[:claim.number.start])
    if opening is not None and claim.period in (None, "1d", *_PERIOD_MOVES):
        return _FRAME_MOVES.get(opening.group("unit").lower().rstrip("s"))
    closing = _FRAME_AFTER.match(sentence, claim.number.end)
    if closing is not None and claim.period in (None, *_PERIOD_MOVES):  # "and by 7.61 points over the month"
        return _FRAME_MOVES[closing.group("unit").lower()]
    if claim.period not in (None, "1d") or _LONGER_FRAME.search(sentence, claim.number.end,
                                                                  claim.number.end + 40):
        return None
    return "change_1d_pct"


def frame_after(claim: Claim) -> bool:
    """Whether the gap's period is named right after its unit ("by 7.61 points over the month")."""
    return _FRAME_AFTER.match(claim.sentence, claim.number.end) is not None


_FRAME_AFTER = re.compile(r"\s*(?:(?:pct\.?|percentage|percent)\s+)?(?:points?|pts?\.?)\s+"
                          r"(?:over|in|during|for)\s+"
                          r"(?:the\s+)?(?:(?:past|last)\s+)?(?P<unit>week|month|year)\b(?!\s+(?:before|earlier|ago))",
                          re.IGNORECASE)
"""A frame right after a gap's unit: "by 7.61 points over the month" (the two moves over the month)."""


_PERIOD_MOVES = ("5d", "1m", "ytd")
_FRAME_MOVES = {"week": "change_5d_pct", "month": "change_1m_pct", "year": "change_ytd_pct"}
_MOVE_WORDS = {"change_1d_pct": "1-day", "change_5d_pct": "5-day", "change_1m_pct": "1-month",
               "change_ytd_pct": "year-to-date"}


def gap_pair(claim: Claim, ctx: VerifyContext) -> tuple[str, str] | None:
    """The two instruments the gap is between: the last two distinct families the sentence names
    before the figure (with the article's own instrument when it names one other), each as the member
    whose snapshot is loaded; None when a side has no data (or `gap_frame` gives no frame)."""
    sentence = claim.sentence
    if gap_frame(claim) is None:
        return None
    own = clause_own(claim, ctx)
    listed = _gap_list(claim)
    if listed is not None:
        return _list_pair(claim, ctx, own, listed)
    against = _AGAINST.match(sentence, claim.number.end)
    if against is not None:
        return _against_pair(claim, ctx, own, against.end())
    if claim.number.unit is None and not _POINTS_AFTER.match(sentence, claim.number.end) \
            and _elliptical(sentence[max(0, claim.number.start - 110):claim.number.start]):
        return _elliptical_pair(claim, ctx, own)
    if _BY_RIGHT_BEFORE.search(sentence, max(0, claim.number.start - 20), claim.number.start):
        by_verb = _verb_pair(claim, ctx, own)
        if by_verb is not None:
            return by_verb
    named: list[tuple[str, ...]] = []
    objects: set[tuple[str, ...]] = set()
    for mention in ctx.lexicon.mentions(sentence):
        if mention.start >= claim.number.start:
            break
        family = _family(mention.symbols, ctx)
        if family and (not named or set(named[-1]).isdisjoint(family)):
            named = [f for f in named if set(f).isdisjoint(family)] + [family]
        if family and _OBJECT_BEFORE.search(sentence, max(0, mention.start - 24), mention.start):
            objects.add(family)
    behind = _AFTER.match(sentence, claim.number.end)
    if behind is None and claim.number.unit is None:
        behind = _SIDE_AFTER.match(sentence, claim.number.end)  # "0.75 behind DIA": its unit left out
    if behind is not None and _BARE_COMPARATIVE.search(behind.group(0)):
        behind = None  # "so QQQ was 0.40 points worse; the Dow fund DIA ...": no other side after it
    bracket = _BRACKETED_SIDE.match(sentence, claim.number.end) if behind is None else None
    side_at = behind.end() if behind is not None else bracket.end() if bracket is not None else None
    following = [m for m in ctx.lexicon.mentions(sentence)  # "0.46 points behind SPY", "0.80 points (SPY
                 if side_at is not None and side_at <= m.start <= side_at + 6  # +1.10%)"
                 and not _CLAUSE_END.search(sentence, side_at, m.start)]
    if following:  # "0.46 points behind SPY": the other side is named after the figure
        family = _family(following[0].symbols, ctx)
        named = [f for f in named if set(f).isdisjoint(family)]
        if _OWN_SUBJECT.search(sentence, max(0, claim.number.start - 40), claim.number.start):
            named = [own]  # "our index did 1.99 points worse than the S&P 500": the text's own
        subjects = [f for f in named if f not in objects]
        if named and not subjects:  # "He finished 0.30 behind SPY and 0.75 behind DIA": the own's gaps
            named = [own]
        elif subjects and subjects[-1] != named[-1]:  # "the Russell fell 0.28 points more than the S&P 500
            named = [subjects[-1]]  # and 0.12 points less than the Nasdaq 100": the first clause's subject
        named.append(family)
    elif claim.number.unit is None and _SIDE_AFTER.match(sentence, claim.number.end) \
            and not _POINTS_AFTER.match(sentence, claim.number.end):
        return None  # a bare figure before "behind" with no instrument after it: no gap it can be held to
    if len(named) == 1 and set(named[0]).isdisjoint(own):
        named.insert(0, own)
    if len(named) < 2:
        return None
    sides = [_loaded(family, ctx) for family in named[-2:]]
    if sides[0] is None or sides[1] is None:
        return None
    return sides[0], sides[1]


_BRACKETED_SIDE = re.compile(r"\s*(?:(?:pct\.?|percentage|percent)\s+)?(?:points?|pts?\.?)\s*\(\s*")
"""The other side of a gap named in brackets right after its unit, with its own move ("the gap was 0.80
points (SPY +1.10%)")."""
_OBJECT_BEFORE = re.compile(r"\b(?:than|behind|ahead\s+of|beat|beats|beating|trail(?:ed|s|ing)?|"
                            r"lag(?:ged|s|ging)?|against|vs\.?|versus|outpac\w*|outperform\w*|"
                            r"underperform\w*|topped|led)\s+(?:the\s+)?$", re.IGNORECASE)
"""Words that make the instrument after them a comparison's object ("more than the S&P 500", "beat SPY")."""
_BY_RIGHT_BEFORE = re.compile(r"\bby\s+(?:about\s+|roughly\s+|some\s+|almost\s+|nearly\s+|around\s+)?$",
                              re.IGNORECASE)


_OWN_OBJECT = re.compile(r"\s+(?:us|me)\b", re.IGNORECASE)
"""The article's own instrument as a beat/trail verb's object, in the first person ("DIA beat us by 0.30")."""


def _verb_pair(claim: Claim, ctx: VerifyContext, own: tuple[str, ...]) -> tuple[str, str] | None:
    """The pair of a gap after "by" behind a beat/trail verb: the verb's subject and the instrument
    named last before the figure, after that verb ("QQQ beat SPY (+1.10%) by 0.80 points and IWM
    (+0.30%) by 1.60 points": QQQ and IWM; "It beat IWM (0.30%) but trailed QQQ (1.90%) by 1.30
    points": the article's own and QQQ). A verb whose only instrument before it is the previous verb's
    object shares that verb's subject ("beat IWM but trailed QQQ"), and one in a new clause naming no
    instrument is the article's own ("...; we beat DIA by 0.30"); None when no instrument is named
    between the verb and the figure (the other readers pair it)."""
    sentence = claim.sentence
    verbs = list(_VERB.finditer(sentence, 0, claim.number.start))
    if not verbs:
        return None
    mentions = [m for m in ctx.lexicon.mentions(sentence) if m.end <= claim.number.start]
    subject: tuple[str, ...] | None = None
    for n, verb in enumerate(verbs):
        start = verbs[n - 1].end() if n else 0
        before = [m for m in mentions if start <= m.start and m.end <= verb.start()]
        if before and _NEW_SUBJECT.search(sentence, before[-1].end, verb.start()):
            subject = own  # "SPY lost 0.78% and QQQ 1.44%, so the little fund beat QQQ": the article's own
        elif before and n and _CLAUSE_OPENS.search(sentence, start, before[-1].start):
            subject = _family(before[-1].symbols, ctx)  # "IWM did better than QQQ today, but QQQ beat SPY by
            # 0.35 points": a new clause's own subject, though it was the previous verb's object
        elif before and (n == 0 or _family(before[-1].symbols, ctx) != _family(before[0].symbols, ctx)):
            subject = _family(before[-1].symbols, ctx)  # "..., and IWM trailed DIA": a new subject
        elif n == 0:
            subject = own
        # else: none, or only the previous verb's object, between: the verb shares its subject
    last = verbs[-1]
    objects = [m for m in mentions if m.start >= last.end()]
    if subject is None or not (objects or _OWN_OBJECT.match(sentence, last.end())):
        return None
    other = _family(objects[-1].symbols, ctx) if objects else own  # "DIA beat us by 0.30": the own
    if not set(subject).isdisjoint(other):
        return None
    first, second = _loaded(subject, ctx), _loaded(other, ctx)
    return (first, second) if first is not None and second is not None else None


def _elliptical_pair(claim: Claim, ctx: VerifyContext, own: tuple[str, ...]) -> tuple[str, str] | None:
    """The pair of an elliptical gap: the comparison's subject (the instrument named right before the
    sentence's first beat/trail verb, else the article's own) and the instrument named right before
    the figure ("QQQ beat SPY by 0.80 points and IWM by 1.60": QQQ and IWM)."""
    sentence = claim.sentence
    verb = _VERB.search(sentence, 0, claim.number.start)
    mentions = [m for m in ctx.lexicon.mentions(sentence) if m.end <= claim.number.start]
    if verb is None or not mentions:
        return None
    ahead = [m for m in mentions if m.end <= verb.start()]
    subject = _family(ahead[-1].symbols, ctx) if ahead else own
    other = _family(mentions[-1].symbols, ctx)
    if not set(subject).isdisjoint(other):
        return None
    first, second = _loaded(subject, ctx), _loaded(other, ctx)
    return (first, second) if first is not None and second is not None else None


def _against_pair(claim: Claim, ctx: VerifyContext, own: tuple[str, ...],
                  other_at: int) -> tuple[str, str] | None:
    """The pair of a gap "against" an instrument named right after it ("the gap was 0.80 points
    against SPY and 1.60 against QQQ"): the comparison's subject (named right before its verb, else the
    article's own instrument) and that instrument; None when none is named there."""
    sentence = claim.sentence
    after = [m for m in ctx.lexicon.mentions(sentence) if other_at <= m.start <= other_at + 6]
    if not after:
        return None
    verb = _VERB.search(sentence, 0, claim.number.start)
    ahead = [m for m in ctx.lexicon.mentions(sentence) if verb is not None and m.end <= verb.start()]
    subject = _family(ahead[-1].symbols, ctx) if ahead else own
    other = _family(after[0].symbols, ctx)
    if not set(subject).isdisjoint(other):
        return None
    first, second = _loaded(subject, ctx), _loaded(other, ctx)
    return (first, second) if first is not None and second is not None else None


_SUBJECTLESS = re.compile(r"^\W*(?:(?:and|but|also|then|still)\s+)?(?:lagged|lags|trailed|trails|beat|beats|"
                          r"led|leads|outpaced|outperformed|underperformed|topped|finished|ended|closed)\b",
                          re.IGNORECASE)
"""A sentence whose first word is its comparison's verb: its subject is the one the paragraph is about."""


def clause_own(claim: Claim, ctx: VerifyContext) -> tuple[str, ...]:
    """The family a sentence opening on its verb is about: the paragraph's running subject when one is
    held (a watch list's "3. DIA ... Lagged SPY by half a point"), else the article's own."""
    if claim.running and _SUBJECTLESS.match(claim.sentence):
        family = _family(claim.running, ctx)
        if _loaded(family, ctx) is not None:
            return family
    return ctx.lexicon.family_of(ctx.symbol)


def gap_of(pair: tuple[str, str], ctx: VerifyContext,
           move: str = "change_1d_pct") -> tuple[float, float, float] | None:
    """The two moves in % (the day's, or the `move` named) and their absolute difference in points."""
    first, second = (_move_of(s, ctx, move) for s in pair)
    if first is None or second is None:
        return None
    return first, second, abs(first - second)


def named_pair(claim: Claim, ctx: VerifyContext, pair: tuple[str, str],
               move: str = "change_1d_pct") -> tuple[str, str]:
    """The pair as the sentence names its sides: a side the words call by its index's name ("the S&P
    lagged the Nasdaq 100 by 0.07 points") is that index, whose day's move is held (its own snapshot, a
    peer's, or a related move), not the fund `gap_pair` loads for its family; a side named by its fund's
    own name ("QQQ"), or by no name at all ("it"), stays as loaded. Only the day's move is held for an
    index beside its fund."""
    if move != "change_1d_pct":
        return pair
    mentions = ctx.lexicon.mentions(claim.sentence)
    return _named_side(pair[0], mentions, ctx), _named_side(pair[1], mentions, ctx)


def _named_side(side: str, mentions: list[Mention], ctx: VerifyContext) -> str:
    family = ctx.lexicon.family_of(side)
    named = [m for m in mentions if not set(m.symbols).isdisjoint(family)]
    indexes = [s for s in family if s != side and ctx.lexicon.kind_of(s) == InstrumentKind.INDEX
               and _move_of(s, ctx) is not None]
    if not named or len(indexes) != 1:
        return side
    index = indexes[0]
    return index if all(index in m.symbols for m in named) else side


def _move_of(symbol: str, ctx: VerifyContext, move: str = "change_1d_pct") -> float | None:
    """The symbol's move from its loaded snapshot; a related instrument's day's move from the sheet."""
    snapshot = _snapshot(symbol, ctx)
    if snapshot is not None or move != "change_1d_pct":
        return _move(snapshot, move)
    fact = ctx.fact(symbol, move)
    return float(fact.value) if fact is not None and isinstance(fact.value, (int, float)) else None


def _family(symbols: tuple[str, ...], ctx: VerifyContext) -> tuple[str, ...]:
    members: set[str] = set()
    for symbol in symbols:
        members.update(ctx.lexicon.family_of(symbol))
    return tuple(sorted(members))


def _loaded(family: tuple[str, ...], ctx: VerifyContext) -> str | None:
    if ctx.symbol in family:
        return ctx.symbol
    return next((s for s in family if s in ctx.peers), None)


def _snapshot(symbol: str, ctx: VerifyContext) -> Snapshot | None:
    return ctx.snapshot if symbol == ctx.symbol else ctx.peers.get(symbol)


def _move(snapshot: Snapshot | None, move: str = "change_1d_pct") -> float | None:
    value = None if snapshot is None else getattr(snapshot.returns, move)
    return None if value is None else float(value)


def gap_direction(claim: Claim, ctx: VerifyContext, pair: tuple[str, str],
                  move: str = "change_1d_pct") -> Finding | None:
    """A beat/trail verb before the gap whose subject's 1-day move is on the other side of its
    object's ("FRNT led SPY by 1.96 points" while FRNT fell and SPY rose; "QQQ trailed it" when QQQ
    rose more): `direction-mismatch` on the verb. The subject is the side named last before the verb."""
    side = _SIDE_AFTER.match(claim.sentence, claim.number.end)
    if side is not None and (side.group("behind") or side.group("ahead")) and claim.number.unit is None:
        return _side_direction(claim, ctx, pair, move, side)
    verbs = list(_VERB.finditer(claim.sentence, 0, claim.number.start))
    if not verbs:
        return None
    verb = verbs[-1]
    sides = {side: set(_family((side,), ctx)) for side in pair}
    before = [m for m in ctx.lexicon.mentions(claim.sentence) if m.end <= verb.start()]
    named = [side for m in before for side in pair if sides[side] & set(m.symbols)]
    if _gap_list(claim) is not None:
        subject = pair[0]  # "the insured beat them by 0.52 and 0.80 points": the list's pair, in order
    elif before and _NEW_SUBJECT.search(claim.sentence, before[-1].end, verb.start()) and ctx.symbol in pair:
        subject = ctx.symbol  # "SPY rose 1.10%, so our index lagged it": the clause after "so" is the own
    elif named:
        subject = named[-1]
    elif not before and (own := _loaded(clause_own(claim, ctx), ctx)) in pair:
        subject = own  # "we beat DIA by 0.30": no instrument before the verb, the clause's own (or running)
    else:
        return None
    other = pair[1] if subject == pair[0] else pair[0]
    ahead, behind = (_move(_snapshot(s, ctx), move) for s in (subject, other))
    if ahead is None or behind is None or abs(ahead - behind) < _TIE:
        return None
    said = 1 if verb.group("ahead") else -1
    if said * (ahead - behind) > 0:
        return None
    return finding("direction-mismatch", f"{verb.group(0)}: {subject}'s move was "
                   f"{'below' if said > 0 else 'above'} {other}'s", section=claim.section,
                   span=verb.group(0), expected=f"{subject} {ahead:+.2f}% against {other} {behind:+.2f}%",
                   source=f"{subject} and {other} {_MOVE_WORDS[move]} moves")


def _side_direction(claim: Claim, ctx: VerifyContext, pair: tuple[str, str], move: str,
                    side: re.Match[str]) -> Finding | None:
    """"0.10 ahead of QQQ" (or "behind") whose subject, the pair's first side, moved on the other side of
    the instrument named after the word: `direction-mismatch` on the word and that instrument."""
    subject, other = pair
    ahead, behind = (_move(_snapshot(s, ctx), move) for s in pair)
    if ahead is None or behind is None or abs(ahead - behind) < _TIE:
        return None
    said = 1 if side.group("ahead") else -1
    if said * (ahead - behind) > 0:
        return None
    named = next((m for m in ctx.lexicon.mentions(claim.sentence)
                  if side.end() <= m.start <= side.end() + 6), None)
    end = named.end if named is not None else side.end()
    span = claim.sentence[side.start():end].strip()
    return finding("direction-mismatch", f"{span}: {subject}'s move was {'below' if said > 0 else 'above'} "
                   f"{other}'s", section=claim.section, span=span,
                   expected=f"{subject} {ahead:+.2f}% against {other} {behind:+.2f}%",
                   source=f"{subject} and {other} {_MOVE_WORDS[move]} moves")
