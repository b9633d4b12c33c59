"""The measure a figure's own words name when the figure matched no fact.

A figure that traces to nothing is already an error; when a label before it ("Last", "Spot", "hi",
"opened", "Bollinger bands"), a label after it ("at the high", ", today's high"), a unit ("2.6x" in
a clause about volume, "2.4 times its average true range") or a reference ("21.12% off it" after the
record, "27.95% from its 52-week low") says what it measures, it is held to that measure's fact, so
the finding names the expected value (`value-mismatch`) instead of `number-untraced`. One table
serves every layout: label then figure, figure then label, and figure then reference.

Only figures nothing matched reach this reader (values._unexplained), so reading a measure never
turns a correct figure into an error.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .claims import SET_OUT, Claim, ClaimKind
from .lookahead import leading
from .numbers import folded
from .things import thing_measured

_CURRENCY = r"(?:US\$|C\$|A\$|\$|\u20ac|\u00a3)?\s*"
_LINK = r"(?:\s+(?:at|of|was|is|near|around|had been|has been|stood at)|\s*[:=(]|\.?\*\*)?\s*"
"""What may stand between a label and its figure: a link word, a colon, an opening bracket ("the
lower Bollinger band ($229.50)"), a bold heading's end ("**Last price.** $624.60")."""
_DAY = r"(?:mon|tues|wednes|thurs|fri)day"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE = rf"(?:,?\s+(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?,?)?"
"""The date after a weekday, its comma before the link word left out ("closed on Friday, November 20
at $473.60")."""
_DAY_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?,?"
"""A date with no weekday after "on" ("closed on 13 February at $226.54"): the caller dates the close."""
_MOVED = (r"(?:rose|risen|rallied|gained|added|climbed|jumped|advanced|rebounded|recovered|bounced|"
          r"fell|fallen|dropped|slid|lost|declined|sank|slipped|eased|dipped|shed)")
_RANGE_SPAN = (r"(?:\b\d+\s+(?:sessions|trading days)\b|\b\d+-(?:session|trading-day)\b|\b(?:box|channel)\b)"
               r"(?:[^.;%$\d]|\.\d){0,50}?")
"""A range of sessions named before its edges ("For 25 sessions the closes have stayed between", "29
sessions, $606.21 - $629.76", "The 20-session closing range runs from", "the box from"): not the day's
range, read before it."""
_EDGE = r"(?:\bbetween|\bfrom|,|:)\s*"
_OF_THE_DAY = r"\b(?:the\s+)?(?:session's|day's|today's|intraday|session|daily)\s+"
"""The day's own turn in other words than high and low ("the session's top tick", "the intraday
trough"): the day's high or low, not a place in a range ("the top of the range" names no day)."""
_WALL_LINK = r"(?:\s+(?:is|sits|was|stands|lies))?"
_LARGEST = r"(?:largest|biggest|heaviest|main|top)"
_POSITION = r"(?:position|open interest|OI|strike)"
"""The call or put wall in words ("the largest put position at $235.00", "the heaviest call open
interest is at $640.00")."""
_AVERAGE = (r"\b{days}(?:-day|d|-session|-DMA| DMA)"
            r"(?:\s+(?:simple\s+)?(?:moving\s+)?(?:average|SMA|MA|line))?"
            r"(?:\s+(?:is|sits|stands|lies|was|still|now|way|well|far|down|up|below|above|under|over|here)){{0,3}}")
"""A moving average's name and the words that place it before its price ("200d way down at $582.20", "The
200-day down at $597.82", "the 50-day is at"): that average's value."""
_BAND_SETTINGS = r"(?:\s*\(\d+,\s*\d+(?:\.\d+)?\))?"
"""The bands' settings in brackets after their name ("Bollinger bands (20, 2) 35,162.55 / 39,037.42")."""
_LABELS_BEFORE: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern + _LINK + _CURRENCY + "$", re.IGNORECASE)) for name, pattern in (
        ("range_upper", _RANGE_SPAN + _EDGE + _CURRENCY + r"\d[\d,]*(?:\.\d+)?\s*(?:and|to|-|\u2013)"),
        ("range_lower", _RANGE_SPAN + r"(?:\bbetween|\bfrom|,|:)"),
        ("call_wall", r"\b(?:call wall|" + _LARGEST + r" call " + _POSITION + ")" + _WALL_LINK),
        ("put_wall", r"\b(?:put wall|" + _LARGEST + r" put " + _POSITION + ")" + _WALL_LINK),
        ("close", rf"(?:^|[\s|(\u00b7:;,])(?:last(?: price| trade)?|spot|px|settles?|settled|settling|"
                  rf"closes?|closed|closing(?: price| level)?|ended|ends|finished|finishes|finishing)"
                  rf"(?:\s+(?:the (?:session|day)\s+)?(?:on\s+)?(?:{_DAY}|today|tonight){_DATE}|"
                  rf"\s+on\s+{_DAY_DATE})?"),
        ("close", rf"\b{_MOVED}\b(?:[^.;:$%]|\.\d){{0,50}}?\d[\d.,]*%[^.;:$]{{0,25}}?\bto"),  # "rebounded on
        # Friday by 75.63 points, or 1.11%, to": the close
        ("open", r"(?:^|[\s|(\u00b7:;,])(?:opened|opens|open|opening(?: price| print| level)?)"
                 r"(?:\s+the (?:session|day))?"),  # "opened the day at 6,833.00"
        ("open", r"(?:" + SET_OUT.pattern + r")(?:(?!\d[.,]\d)[^$;:!?]){0,40}?\b(?:at|from)"),
        # "left the on-ramp at $682.51": where the day set out from
        ("high", r"(?:^|[\s|(\u00b7:;,])(?:hi|high|hit|tagged|peaked|topped out|touched|"
                 r"(?:session|intraday|day's|today's) high)"),
        ("high", _OF_THE_DAY + r"(?:peak|top(?:\s+tick)?|best\s+(?:tick|print|level)|ceiling|high\s+water)"),
        ("high", r"\b(?:topped(?: out)?\s+at|"
                 r"never\s+(?:got|traded|went|rose|made it)\s+(?:above|higher than|past)|"
                 r"high of the (?:day|session),?)"),  # "topped at $248.37", "never got above $212.88"
        ("low", r"\b(?:never\s+(?:got|traded|went|fell|dipped)\s+(?:below|under|lower than)|"
                r"low of the (?:day|session),?)"),  # "on its low of the day, $614.95"
        ("open", r"\bopened\b(?:[^.;$]|\.\d){0,40}?\bat"),  # "opened with a gap down of 0.48% at"
        ("low", r"(?:^|[\s|(\u00b7:;,])(?:lo|low|bottomed(?: out)?|dipped to|"
                r"(?:session|intraday|day's|today's) low)"),
        ("low", _OF_THE_DAY + r"(?:trough|bottom(?:\s+tick)?|floor|worst\s+(?:tick|print|level)|"
                              r"low\s+water)"),
        ("bb_upper", r"\b(?:upper (?:Bollinger )?band,?|Bollinger(?: bands?)?" + _BAND_SETTINGS
                     + r"\s*:?\s*\$?\d[\d,]*(?:\.\d+)?\s*(?:/|-|\u2013|to|and))"),
        ("bb_lower", r"\b(?:lower (?:Bollinger )?band,?|Bollinger(?: bands?)?" + _BAND_SETTINGS
                     + r"(?=\s*:?\s*\$?$))"),
        ("sma_200", _AVERAGE.format(days="200")),
        ("sma_50", _AVERAGE.format(days="50")),
        ("sma_20", _AVERAGE.format(days="20")),
        ("max_pain", r"\bmax(?:imum)?[- ]pain\b(?:[^.;$%]{0,45}?(?:\bis|\bat|\bsits|\bof|:))?"),
        ("put_call_oi_ratio", r"\b(?:put[/-](?:to-)?call|P/C)(?:\s+open[- ]interest|\s+OI)?(?:\s+ratio)?"),
        ("atr_14", r"\((?:ATR|average true range)\)(?:\s+(?:about|roughly|around|near|of|at|is|was))?"),
        # "Daily swing (ATR) about $6.07": the ATR named in brackets after its plain words
        ("prev_close", r"(?:^|[\s|(\u00b7:;,])(?:prior|prev\.?|previous)(?:\s+close)?"),
        # "close 471.60   prior 468.79": the session before's close on a quote sheet
        ("range_lower", r"\brange(?:'s)?\s+(?:floor|bottom|low end)"),
        ("range_upper", r"\brange(?:'s)?\s+(?:top|ceiling|high end)"),
        # "the range floor of $673.92": the edge of the range of closes
        ("high", r"(?:^|[\s(,;])(?:reached|got as high as|rose as high as)"),
        ("change_1d", r"\b(?:a|the)\s+(?:fall|drop|decline|loss|slide|gain|rise|advance|climb)\s+of"),
        ("change_1d", rf"\b(?:{_MOVED}|up|down|(?:a|the)\s+(?:jump|fall|drop|decline|loss|slide|gain|rise|"
                      rf"advance|climb|move))\b(?:[^.;:$%]|\.\d){{0,30}}?\d[\d.,]*%\)?,?\s+"
                      r"(?:which is|that is|or|i\.e\.,?)"),
        # "a jump of 1.90%, which is $13.68 a share": the day's change in dollars
    ))
"""A label right before the figure (maybe a link word and a currency): the measure it names. A close
under a weekday other than the session's is a past bar's (see `measure_named`)."""
_UNMISTAKABLE: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern + _LINK + _CURRENCY + "$", re.IGNORECASE)) for name, pattern in (
        ("call_wall", r"\b(?:call wall|" + _LARGEST + r" call " + _POSITION + ")" + _WALL_LINK),
        ("put_wall", r"\b(?:put wall|" + _LARGEST + r" put " + _POSITION + ")" + _WALL_LINK),
        ("open", r"(?:^|[\s(:;,])(?:opened|opening price)(?:\s+the (?:session|day))?"),
        ("high", r"\b(?:peaked|topped out|(?:session|intraday|day's|today's) high)"),
        ("low", r"\b(?:bottomed(?: out)?|(?:session|intraday|day's|today's) low)"),
    ))
"""Labels that name one fact and nothing else: a figure right after one is that fact's, even when it
shares its value with another fact (a put wall at a round level, a high equal to the upper band)."""
_UNMISTAKABLE_WORDS = ("call", "put", "open", "peaked", "topped", "high", "bottomed", "low")
"""Words one of which lowered text holds for a pattern of _UNMISTAKABLE to match (each names one)."""
_LABELS_AFTER = re.compile(r"^\s*,?\s*(?:\(\s*)?(?:at|for|as)?\s*(?:the\s+|today's\s+|the day's\s+|"
                           r"the session's\s+|its\s+|a\s+)?(?:new\s+)?(?:(?:session|intraday)\s+)?"
                           r"(?P<which>high|low|open|close)\b", re.IGNORECASE)
"""A label right after the figure ("$691.87 at the high", "$248.37, today's high", "$679.36 (the
low)")."""
_RECORD_AFTER = re.compile(r"^\s+(?:record(?:\s+close|\s+closing\s+high)?|all-time\s+(?:closing\s+)?high)\b"
                           r"(?!\s+(?:volume|turnover))", re.IGNORECASE)
"""A price named the record after it ("closed 0.53% under the $629.76 record from Wed 11/11"): the record
close (`all_time_high`)."""
_EDGE_AFTER = re.compile(r"^\s+(?:(?P<floor>floor|bottom)|top|ceiling|lid)\s+of\s+(?:the|its)\s+"
                         r"(?:\d+-session\s+)?(?:box|range|channel|consolidation)\b", re.IGNORECASE)
"""A price named an edge of the range of closes after it ("the $242.00 floor of the box")."""
_SIGNAL_AFTER = re.compile(r"^\s+signal\b", re.IGNORECASE)
_MACD_BEFORE = re.compile(r"\bMACD\b", re.IGNORECASE)
"""A figure named the signal after it in a clause about the MACD ("MACD 3.36 is above its 1.84 signal")."""
_DAY_RANGE = (r"(?:\b(?:day's|intraday|session|today's|daily)\s+range\b|\brange for the (?:day|session)\b|"
              r"\btraded\b(?=\s+(?:between|from)))")
"""The day's range by its name ("range for the day just $243.65 to $244.45"), or the day's trading
between two prices ("traded between $679.36 and $698.87"); a window of sessions after the two prices
makes them no day's (`_WINDOW_AFTER`)."""
_DAY_RANGE_LOW = re.compile(_DAY_RANGE + r"[^.;%]{0,30}?(?:from|between|of|:|was|just|only)\s*" + _CURRENCY
                            + "$", re.IGNORECASE)
_DAY_RANGE_HIGH = re.compile(_DAY_RANGE + r"[^.;%]{0,40}?\d[\d,]*(?:\.\d+)?\s*(?:to|and|-|\u2013)\s*"
                             + _CURRENCY + "$", re.IGNORECASE)
_WINDOW_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:sessions|days|weeks|months|year|since|this week|last week)\b",
                           re.IGNORECASE)
_RANGE_NEXT = re.compile(r"^\s*(?:to|and|-|\u2013)\s*\$?\d")
"""The day's range written from its low to its high ("The day's range was narrow, from $243.65 to
$245.45"): the first figure is the low, the second the high."""
_DISTANCE_AFTER = re.compile(r"^\s+(?:above|below|under|over|beneath|from|off|short of|shy of)\b",
                             re.IGNORECASE)
"""A figure told as a distance from something ("$4.28 above the floor"): no edge of a range itself."""
_OTHER_UNIT_AFTER = re.compile(r"^\s*(?:bps?|basis points?|pct|percent|per cent|points?|pts?|sessions?|"
                               r"days?|weeks?|months?|years?|shares|million|mn|bn|billion|times|x)\b",
                               re.IGNORECASE)
"""A unit after the figure that is no price ("Spot is 38 bps under the top"): no price label holds it."""
_VOLUME_CLAUSE = re.compile(r"\b(?:volume|vol\.?|turnover|shares|printed|prints)\b|\d(?:mm|mn|M)\b",
                            re.IGNORECASE)
_MULTIPLE_AFTER = re.compile(r"^\s*(?:x\b|times\b)", re.IGNORECASE)
_ATR_AFTER = re.compile(r"^\s*(?:x\s*|times\s+)?(?:(?:its|the)\s+)?(?:average true range|ATRs?)\b"
                        r"(?!\s+(?:above|below|under|over|from|beyond|past|away|off|stop|wide))",
                        re.IGNORECASE)
_REFERENCE_AFTER: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(r"^\s*(?:above|below|under|over|off|from|beneath|short of|shy of)\s+(?:its|the)\s+"
                      + pattern, re.IGNORECASE)) for name, pattern in (
        ("pct_from_52w_low", r"52-week(?: closing| intraday)? low"),
        ("pct_from_52w_high", r"52-week(?: closing| intraday)? high"),
        ("pct_from_ath", r"(?:record(?: close| closing high| high)?|all-time (?:high|closing high)|ATH)\b"),
        ("pct_vs_sma_50", r"50-day"),
        ("pct_vs_sma_200", r"200-day"),
    ))
"""A % with its reference right after it ("risen 27.95% from its 52-week closing low")."""
_EXTREME_DATE = (rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|"
                 rf"\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}(?:\s+\d{{4}})?)")
"""A date between the article and its extreme ("its Nov 28, 2025 record", "the April 28 low", "its
August high", "its April 2025 low")."""
_DATED_REFERENCE_AFTER: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(r"^\s*(?:above|below|under|over|off|from|beneath|short of|shy of)\s+(?:its|the)\s+"
                      r"(?P<when>" + _EXTREME_DATE + r")\s+(?:" + pattern + r")\b(?!\s+(?:volume|turnover))",
                      re.IGNORECASE)) for name, pattern in (
        ("pct_from_ath", r"record(?: close| closing high| high)?|all-time (?:high|closing high)|ATH"),
        ("pct_from_52w_high", r"(?:closing |intraday )?(?:high|peak|top)"),
        ("pct_from_52w_low", r"(?:closing |intraday )?(?:low|bottom|trough)"),
    ))
"""A % from a dated extreme ("2.53% below the Nov 28, 2025 record", "4.66% below its January 12 peak",
"12.61% above the April 28 low", "down 24.28% from its August high"): the record's distance, else
the 52-week extreme's (a dated high or low in a year's view)."""
_PRONOUN_AFTER = re.compile(r"^\s*(?:off|below|under|beneath|overhead|short of|shy of|from|away from|away)\b"
                            r"(?:\s+(?:it|that|there|the top|the peak|the high))?", re.IGNORECASE)
_RECORD_BEFORE = re.compile(r"\b(?:record(?: close| closing high| high)?|all-time high|ATH|"
                            r"best close ever)\b", re.IGNORECASE)
"""A % off a record the sentence named before it ("$257.77 (record close, Nov 28) and now we're 21.12%
off it", "the record close, $629.76, now 1.29% overhead"): the distance from the record close."""


def measure_named(claim: Claim) -> str | None:
    """The fact name a figure's words name around it, or None; a past weekday's close stays a close
    (the caller dates it)."""
    sentence, start, end = claim.sentence, claim.number.start, claim.number.end
    before, after = sentence[max(0, start - 60):start], sentence[end:end + 60]
    unit = claim.number.unit
    if unit == "pct":
        return _reference(sentence[max(0, start - 100):start], after)
    if _ATR_AFTER.match(after):
        if unit == "price" and not claim.number.sign and not _MULTIPLE_AFTER.match(after):
            return "atr_14"  # "$5.77 ATR": the ATR in dollars, no count of ATRs
        return "move_atr"  # "a move of about 2.4 times its average true range", "a 3.4 ATR day"
    if unit == "ratio" or _MULTIPLE_AFTER.match(after):
        clause = sentence[max(0, start - 120):start]
        return "volume_ratio" if _VOLUME_CLAUSE.search(clause) else None  # "63.7mm vs 40.8mm avg, 2.6x"
    if unit is None and _POINTS_AFTER.match(after):
        if not claim.number.sign:
            return _in_points(before)
        return None if _GAP_TO_PEER.match(after) else "change_1d"  # "-13.90 pts / -0.78%": the day's move
    if unit is None and not claim.number.sign and _SIGNAL_AFTER.match(after) and _MACD_BEFORE.search(before):
        return "macd_signal"
    if unit not in ("price", None) or claim.number.sign or _OTHER_UNIT_AFTER.match(after):
        return None
    if thing_measured(claim) is not None:
        return None  # "We closed 14 sales": the figure counts sales, whatever verb comes before it
    if _DAY_RANGE_HIGH.search(before) and not _WINDOW_AFTER.match(after):
        return "high"
    if _DAY_RANGE_LOW.search(before) and _RANGE_NEXT.match(after) and not _WINDOW_AFTER.match(after):
        return "low"
    label = _LABELS_AFTER.match(after)
    if label is not None:
        return label.group("which").lower()
    if _RECORD_AFTER.match(after):
        return "all_time_high"
    edge = _EDGE_AFTER.match(after)
    if edge is not None:
        return "range_lower" if edge.group("floor") else "range_upper"
    distance = _DISTANCE_AFTER.match(after) is not None
    if unit != "price" and before.rstrip().endswith("("):
        return None  # "Pollen count: low (12)": a bracketed label's figure is a price ("open ($620.09)")
    for name, pattern in _LABELS_BEFORE:
        if pattern.search(before):
            return None if distance and name.startswith("range_") else name
    return None


def labelled_measure(claim: Claim) -> str | None:
    """The fact an unmistakable label right before an unsigned price names (`_UNMISTAKABLE`), or None."""
    number = claim.number
    if number.unit not in ("price", None) or number.sign or claim.names is not None or claim.relation:
        return None
    if number.unit is None and number.decimals < 2 \
            or _OTHER_UNIT_AFTER.match(claim.sentence[number.end:number.end + 30]):
        return None
    before = claim.sentence[max(0, number.start - 60):number.start]
    lowered = folded(before)
    if lowered is not None and not any(word in lowered for word in _UNMISTAKABLE_WORDS):
        return None  # no label's word: the patterns, anchored at the figure, are not tried at every position
    return next((name for name, pattern in _UNMISTAKABLE if pattern.search(before)), None)


_GAP_TO_PEER = re.compile(r"^\s*(?:points?|pts?)\s+(?:vs\.?|versus|against|relative to)(?!\w)", re.IGNORECASE)
"""Signed points measured against another instrument ("+0.80 pts vs SPY"): a gap, not the day's move."""
_POINTS_AFTER = re.compile(r"^\s*(?:points?|pts?)\b(?!\s+(?:more|less|better|worse|than|behind|ahead|"
                           r"above|below|under|over|from|off|short))", re.IGNORECASE)
_MOVE_BY = re.compile(rf"\b{_MOVED}\b(?:\s+on\s+{_DAY})?(?:\s+by)?\s+"
                      r"(?:about\s+|roughly\s+|some\s+|nearly\s+)?$", re.IGNORECASE)


def _in_points(before: str) -> str | None:
    """An index figure in points: the day's move after a move verb ("rebounded on Friday by 57.63
    points"), the close after a close's label ("to 6,910.69 points" after the move); not a gap or a
    distance ("0.85 points better", "40 points below the record")."""
    if _MOVE_BY.search(before):
        return "change_1d"
    closes = (pattern for name, pattern in _LABELS_BEFORE if name == "close")
    return "close" if any(pattern.search(before) for pattern in closes) else None


_OF_PRICE_AFTER = re.compile(r"^\s+of\s+(?:the\s+|its\s+)?(?:price|close|closing price|last price|"
                             r"share price)\b", re.IGNORECASE)
_ATR_BEFORE = re.compile(r"\b(?:ATR|average true range)\b(?:[^.;%]|\.\d){0,60}$", re.IGNORECASE)
"""The ATR told as a share of the price ("The daily range (ATR) is 549.68 points, 1.57% of the price")."""


def dated_extreme(claim: Claim) -> tuple[str, str] | None:
    """The distance fact and the printed date of a % told from a dated high or low ("4.66% below its
    January 12 peak": ('pct_from_52w_high', 'January 12')), or None; the caller holds the date to the
    extreme's before reading the % as its distance."""
    if claim.number.unit != "pct":
        return None
    after = claim.sentence[claim.number.end:claim.number.end + 60]
    for name, pattern in _DATED_REFERENCE_AFTER:
        match = pattern.match(after)
        if match is not None:
            return name, match.group("when")
    return None


def _reference(before: str, after: str) -> str | None:
    for name, pattern in (*_REFERENCE_AFTER, *_DATED_REFERENCE_AFTER):
        if pattern.match(after):
            return name
    if _OF_PRICE_AFTER.match(after) and _ATR_BEFORE.search(before):
        return "atr_pct"
    if _PRONOUN_AFTER.match(after) and _RECORD_BEFORE.search(before):
        return "pct_from_ath"
    return None


_MARKET_WORDS = re.compile(
    r"\b(?:clos(?:e|es|ed|ing)|settle[sd]?|level|support|resistance|floor|ceiling|average|avg|[SE]?MA|RSI|MACD|"
    r"ATR|high|low|open(?:ed|s)?|index|stop|target|entry|points?|pts|price|quoted|range|band|pivot|breakout|"
    r"handle|mark|zone|volume|VIX|yield|dollars?|cents?|USD|EUR|bps?|spot|last|Fibonacci|retracement|"
    r"sessions?|gap|spread|strike|expiry|times|earnings|valuation|trad(?:e|es|ed|ing)\s+at|"
    r"put[/-](?:to-)?call|P/C|open interest|OI|max pain|(?:call|put) wall)\b", re.IGNORECASE)
"""Words that name a market measure or its unit in a figure's clause: a bare figure beside one of them
is a market figure ("support near 6,805", "the 50-day average (6,824.87)", "75.63 points")."""
_CLAUSE_STOPS = re.compile(r"[;|\u00b7\u2022\n\[\]]|[.!?](?=\s)|\s[\u2014\u2013-]\s")
_TIE_BEFORE, _TIE_AFTER = 45, 30
"""How far a tie word may stand from the figure, within its clause (characters)."""
_PRICE_SCALE = (0.8, 1.25)
"""A bare figure within this ratio of a loaded instrument's close sits on its price scale."""


def market_tied(claim: Claim, closes: Sequence[float], measured: str | None) -> bool:
    """Whether a figure that matched no fact is one its clause ties to a market measure: a unit (%, $,
    pp, bp, a volume's M or a multiple's x), a move or its direction, a relation to a level, a time
    frame, the subject named right before it, a measure its words name, a market word within its
    clause, or a figure on the price scale of a loaded instrument's close. A figure tied to none
    (an age, a room, a ticket, a count of teams, a phone number) is no market figure, and so is one
    whose own words count or price another thing (`other_thing_counted`) and no sign, move, relation
    or measure label ties to the market, whatever its unit."""
    number = claim.number
    if measured is None and priced_thing(claim):
        return False  # "costs $9.99 a month", "149 Kc a month", "$18 a head": a price of something
    if number.sign or claim.names or claim.direction or claim.relation or measured is not None:
        return True
    if other_thing_counted(claim) or thing_measured(claim) is not None:
        return False  # "20% off your first year", "62% of you", "$40 million endowment", "Office 2B",
        # "412 covers", "copies are $15", "a 40% chance of drizzle": another thing's count or price
    if number.unit is not None or claim.kind != ClaimKind.VALUE:
        return True
    if claim.flat or claim.period or claim.strong or claim.average:
        return True
    if any(_PRICE_SCALE[0] * close <= number.value <= _PRICE_SCALE[1] * close for close in closes):
        return True
    return _MARKET_WORDS.search(_clause_around(claim.sentence, number.start, number.end)) is not None


def _clause_around(sentence: str, start: int, end: int) -> str:
    """The words within reach of a figure on each side, cut at its clause's ends."""
    before = sentence[max(0, start - _TIE_BEFORE):start]
    after = sentence[end:end + _TIE_AFTER]
    cuts = [m.end() for m in _CLAUSE_STOPS.finditer(before)]
    if cuts:
        before = before[cuts[-1]:]
    stop = _CLAUSE_STOPS.search(after)
    return before + " " + (after[:stop.start()] if stop else after)


_OTHER_BEFORE = leading(re.compile(
    r"(?:\b(?:clause|section|sec\.|item|rule|page|chapter|paragraph|edition|episode|ep\.|season|office|"
    r"room|suite|floor|gate|apt\.|building|bldg\.|seat|locker|platform|ticket|invoice|account|acct\.|"
    r"column|issue|no\.)\s*"
    r"(?:no\.|#)?\s*"
    r"|\b(?:poll|polled|survey|surveyed|voted|votes|respondents|discount|coupon|promo(?:tion)?|sponsor|"
    r"code\s+\S+\s+(?:for|gets?(?: you)?)|fees?|charges|expense ratio|commission|tax(?: rate)?|tip|"
    r"contribution|allocation|prize(?: pool| money)?|pool|purse|budget|salary|bonus|donation|grant|"
    r"tuition|rent|payroll|endowment|maturity|duration|tenor|premium|uptime|"
    r"availability|turnout|attendance|occupancy|loans?|debt|mortgage|dues|account|balance(?:\s+after\s+\w+)?|"
    r"cash(?:\s*(?:\+|and|&)\s*equivalents)?|burn|max(?:imum)?\s+loss|fuel|battery|tank|"
    r"yes|no(?!\.)|undecided|unsure|takes? home|took home|walks? away with|goes home with|"
    r"(?:top|grand|first) prize|jackpot)\b"
    r"\s*(?:of|at|is|are|was|were|:|to|for|=|,|\()?\s*"
    r"(?:about|roughly|around|nearly|almost|some|just|only|a|an)?\s*)" + _CURRENCY + "$", re.IGNORECASE))
"""The figure's own label names a thing that is not market data: an identifier ("clause 4.3", "Office
2B", "Edition no. 219") or a poll, a fee, a discount, a prize or a budget ("Reader poll: 62%",
"Ongoing charges 0.16%", "Prize pool: $2,500")."""
_PEOPLE = (r"readers|listeners|viewers|respondents|subscribers|voters|members|users|followers|clients|"
           r"households|students|participants|attendees|employees|customers|fans|kids|children|adults|"
           r"families|parents|retirees|hires|visitors|guests|donors|volunteers|savers|taxpayers|pensioners|"
           r"workers|residents|citizens|patients|scouts|"
           r"those (?:polled|surveyed|asked)")
_SCALE_WORD = r"\s*(?:million|billion|trillion|thousand|mn|bn|m|k)?\s*"
_OTHER_AFTER = re.compile("^(?:" + "|".join((
    r"\(\w\)",  # "401(k)", "4.3(b)": a plan's or a clause's name
    _SCALE_WORD + rf"of\s+(?:you|us|them|(?:all|the|our|my|your|its|their)?\s*(?:{_PEOPLE}))",
    _SCALE_WORD + r"off\s+(?:your|our|any|all|every|orders?|subscriptions?|memberships?|tickets?|"
                  r"the\s+(?:first|list|regular|retail|sticker|annual|monthly|cover))",
    _SCALE_WORD + r"(?:discount|cash\s?back|coupon|commission|fees?|tax|tips?|APR|allocation|stake|weighting|"
                  r"contribution|expense ratio|interest\s+on\s+(?:savings|deposits|loans)|"
                  r"of\s+(?:the\s+)?(?:votes?|ballots?|budget|salary|income|savings|endowment|portfolio))",
    _SCALE_WORD + r"(?:(?:new|more|unique|total|monthly|daily|paying|active|registered|UK|US|U\.S\.|EU)\s+)?"
                  rf"(?:{_PEOPLE}|emails|letters|calls|messages|comments|replies|likes|views|votes|downloads|"
                  r"streams|plays|people|teams|players|tickets|pages|episodes|posts|miles|kilomet(?:er|re)s|"
                  r"pounds|kilos|calories|steps|acres|rooms|beds|seats)",
    r"\s*(?:million|billion|trillion|mn|bn)\s+(?:\w+\s+){0,2}?(?:revolving|credit|facility|loan|endowment|"
    r"funding|budget|settlement|fine|grant|donation|bond issue|buyback|acquisition|deal|contract|payroll|"
    r"salary|sleeve|mandate|portfolio|account)",
    r"\s+in\s+(?:\w+\s+)?(?:credit|prizes?|prize money|cash|gift cards?|scholarships?|vouchers?)",
    r"\s*(?:entry|membership|subscription|annual|monthly|late|admission|registration|cover)\s+"
    r"(?:fees?|charges?)",  # "a $50 entry fee"
    r"\s+(?:left|given|donated|bequeathed|lent|loaned|owed|raised)\s+(?:to|by|us|me|for)\b",  # "left to us"
    r"\s*of\s+(?:the\s+|its\s+|our\s+)?(?:tank|capacity|battery|charge)\b",  # "62% of tank"
    r"\s*of\s+(?:it|this|that|which)\s+(?:is|was|sits|goes|went)\s+in\b",  # "73% of it is in T-bills"
    r"\s*days\s+on\s+(?:the\s+)?market",  # "homes spent 23 days on the market"
    r"\s+(?:funded|subscribed|vaccinated|booked|occupied|staffed|allocated|invested|complete|completed|"
    r"sold out)\b",  # "61% funded"
    r"\s+(?:in|into)\s+(?:cash|bonds?|gold|T-bills|treasuries|zloty|z\u0142oty|euros?|yen|francs|pounds|"
    r"savings|deposits|CDs|money[- ]market|stocks|equities|index funds?)\b",  # "keep 30% in zloty"
)) + r")(?!\w)", re.IGNORECASE)
"""The figure's own noun after it names another thing: people ("14.2K of you", "62% of readers"), a
count of things ("1,400 emails"), a discount or fee ("20% off your first year", "a 0.5% fee"), a sum
of money for something that is no market measure ("$750 million revolving credit facility", "$2,500
in bookstore credit") or an identifier ("401(k)")."""


_PER_THING = re.compile(r"\s*(?:K\u010d|Kc|CZK|kr|Rs\.?|rupees|dollars|euros|pounds)?\s*(?:a|per|each|/)\s*"
                        r"(?:month|year|head|person|seat|night|plate|licen[cs]e|mo|yr|day|week|hour|scout|member|"
                        r"student|child|kid|participant|family|household|bushel)\b", re.IGNORECASE)
"""A sum per month, year, head or seat after a price or a bare figure: what something costs, even after a
verb ("my newsletter costs $9.99 a month"), not a market measure."""
_HEADING_NUMBER = re.compile(r"\d{1,2}\.\d(?:\.\d)?")
_HEADING_AFTER = re.compile(r"\s+[A-Z]")
_HEADING_BEFORE = re.compile(r"\s*(?:[A-Z][a-z]+\s+){0,3}$")
"""A section number opening its line, or after its heading's words run into it ("2.1 The CBOE
Volatility Index rose ...", "Volatility 2.1 The CBOE ..."), before a capitalised sentence."""


_SHARE_TARGET = re.compile(r"\d%\s+(?:funded|subscribed|booked|occupied|staffed|complete|completed)\b"
                           r"[^.;%]{0,40}?\b(?:target|goal|aim|requirement)\s+(?:of\s+|is\s+|at\s+)?$",
                           re.IGNORECASE)
"""The goal a share of something else is held against ("61% funded against a target of 70%")."""
_STAKE_BEFORE = re.compile(r"(?:^|[:\n]\s*|\band\s+)for\s+$", re.IGNORECASE)
_STAKE_AFTER = re.compile(r"\s*[:,]")
"""A quiz question's stake opening its clause ("For $500: where did IWM close?", "And for $25,000, the
big one"): a prize, no market figure."""
_IDENTIFIER_BEFORE = re.compile(r"\b(?:entry|entries|stops?|gallery|galleries|exhibit|hall|puzzle|lesson|"
                                r"slide|step|track|route|bus|exit|lot|unit|ward|aisle|bay|pier|stage|"
                                r"column|issue|edition|episode|chapter|page|room|gate|no\.)\s*(?:no\.|#)?\s*$",
                                re.IGNORECASE)
"""A label that numbers a thing ("entry 96" of a diary, "Stop 41" of an audio guide, "Gallery 5"): with a
bare whole number off every loaded price scale, an identifier, not a stop or an entry price."""
_DURATION_AFTER = re.compile(r"\s*(?:min|mins|minutes?|sec|secs|seconds?|hrs?|hours?)\b|"
                             r"\s*s\b(?=\s*\))", re.IGNORECASE)
"""A duration's unit after a figure ("1 min 30 s", "(45 s)"): a length of time, no market figure."""
_MINUTES_BEFORE = re.compile(r"\d['\u2032][ \t]?$")
"""The minutes of a time gap before its seconds ("0' 42\"", a rider's gap on the road)."""
_CODE_SUFFIX = re.compile(r"-(?!(?:[DWMY]|DMA|SMA|EMA|WMA|MA|DAY|WK|MO|YR|VWAP|RSI|ATR)\b)"
                          r"[A-Z]{1,4}\d*(?![\w\-])")
"""Capital letters a hyphen fuses onto a whole number ("26300-AJ", "41060-FL"): a part's, a model's or a
form's code, no price or count of the market (not a window's or an average's letters: "200-DMA",
"20-D")."""
_NUMBER_CHAIN = re.compile(r"\+?\d{1,4}(?:[-.]\d{2,4}){2,}")
"""A chain of digit groups joined by hyphens or dots ("1-800-555-0142", "555.0142.88"): a phone or an
account number."""


def labelled_identifier(claim: Claim, closes: Callable[[], Sequence[float]]) -> bool:
    """Whether a figure numbers or times another thing: a bare whole number after a label that numbers
    things ("entry 96", "Stop 41") off every loaded close's price scale, a duration ("1 min 30 s"), or
    a group of a phone or account number ("1-800-555-0142"). `closes()` is asked only for a labelled
    whole number (most figures are not one)."""
    number, sentence = claim.number, claim.sentence
    start, end = number.start, number.end
    chain = _NUMBER_CHAIN.fullmatch(_token_around(sentence, start, end))
    if chain is not None or _in_phone_groups(sentence, start, end):
        return True
    if number.unit is None and number.sign < 0 and not number.decimals and _joined_group(sentence, start):
        return True  # "Memo No. 2026-41", "Account: ****-7731": a group of an identifier, no fall
    if number.unit is not None or number.sign or number.decimals or claim.names or claim.relation:
        return False
    if _CODE_SUFFIX.match(sentence, end) and sentence[start - 1:start] not in ("-", "/") \
            and "," not in number.text:
        return True  # "Rotors PN 26300-AJ": a part's or a model's code, its letters fused on by a hyphen
    if _DURATION_AFTER.match(sentence, end) or sentence[end:end + 1] in ('"', "\u2033") \
            and _MINUTES_BEFORE.search(sentence, max(0, start - 8), start):
        return True  # "1 min 30 s", "0' 42\"": a length of time
    if not _IDENTIFIER_BEFORE.search(sentence[max(0, start - 20):start]):
        return False
    return not any(_PRICE_SCALE[0] * close <= number.value <= _PRICE_SCALE[1] * close for close in closes())


_PHONE_GROUPS = re.compile(r"(?<![\w.,$+\-\u2212])(?:\+\d{1,3}[ \-])?0\d{2,4}(?:[ \-]\d{2,5}){1,3}"
                           r"(?![\w%]|[.,]\d)")
"""A phone number in groups, its first a trunk code opening with a 0 ("0800 555 0199", "020 7946 0958",
"+44 0161 496 0000"): no price or level of a market is written so."""
_GROUP_JOINED = re.compile(r"(?:\d|\*|\b(?:account|acct|a/c|card|ref|reference|invoice|order|policy|memo|"
                           r"member|customer|client|no\.|#))[:.]?\s*$", re.IGNORECASE)
"""What a hyphen joins a figure to when it is no minus sign: the digit group before it ("2026-41" once
the year is set aside), a masked account's stars ("****-7731") or an identifier's label ("Account:
-7731" with its stars stripped as emphasis)."""


def _in_phone_groups(sentence: str, start: int, end: int) -> bool:
    if "0" not in sentence:
        return False
    lo = max(0, start - 24)
    return any(m.start() <= start and end <= m.end()
               for m in _PHONE_GROUPS.finditer(sentence, lo, min(len(sentence), end + 24)))


def _joined_group(sentence: str, start: int) -> bool:
    """Whether the hyphen a whole number was read as signed by joins it to an identifier's part."""
    at = start
    if sentence[at:at + 1] not in ("-", "\u2212"):
        return False
    return _GROUP_JOINED.search(sentence, max(0, at - 16), at) is not None


def _token_around(sentence: str, start: int, end: int) -> str:
    """The run of digits, hyphens and dots the figure stands in, its trailing punctuation left off."""
    while start > 0 and (sentence[start - 1].isdigit() or sentence[start - 1] in "-."):
        start -= 1
    while end < len(sentence) and (sentence[end].isdigit() or sentence[end] in "-."):
        end += 1
    return sentence[start:end].strip("-.")


def priced_thing(claim: Claim) -> bool:
    """Whether an unsigned price or bare figure, with no measure named and no relation, is what
    something costs per month, head, day or bushel ("Dues ($60 a year)", "$85 per scout", "25 cents a
    day", "$4.31 a bushel"): no market figure, whatever fact it happens to equal."""
    number = claim.number
    return (number.unit in ("price", None) and not number.sign and not claim.names and not claim.relation
            and _PER_THING.match(claim.sentence, number.end, number.end + 40) is not None)


def other_thing_counted(claim: Claim) -> bool:
    """Whether the figure's own words (its label right before it, its noun right after it) name a
    thing that is not market data: an identifier, people, a count of things, a poll, a fee or a
    discount, a prize or a sum of money for something else."""
    sentence, start, end = claim.sentence, claim.number.start, claim.number.end
    if _HEADING_NUMBER.fullmatch(claim.number.text) and _HEADING_AFTER.match(sentence, end) \
            and _HEADING_BEFORE.match(sentence[sentence.rfind("\n", 0, start) + 1:start]):
        return True  # "2.1 The CBOE Volatility Index rose 6.02%": the section's number
    return (_OTHER_AFTER.match(sentence[end:end + 80]) is not None
            or _OTHER_BEFORE.search(sentence[max(0, start - 50):start]) is not None
            or _SHARE_TARGET.search(sentence[max(0, start - 80):start]) is not None
            or _STAKE_BEFORE.search(sentence[max(0, start - 12):start]) is not None
            and _STAKE_AFTER.match(sentence, end) is not None)
