"""A figure that matched nothing, read as a held fact misprinted when its words name that fact.

"closed at 15.60, down 3.90%" on a day the VIX fell 9.30%, "its 50-day average now, which is $610.02"
against a 50-day of $601.02, "Next floor is $225, then $218.84" beside a support level of $218.48: the
words name a measure we hold and the figure prints that measure's digits swapped or one digit changed.
Such a figure is the measure's `value-mismatch` (README: a wrong figure whose words name a fact we hold
is held to that fact), not `number-untraced`.

Two tests, both needed: the figure is a misprint of the fact (at least three digits, the same digits in
another order or one digit changed, at the figure's own precision and scale), and a word naming the
fact's measure stands near the figure (before it in its sentence, or right after it; when its sentence
names none, at the end of the paragraph's sentence before: a quiz's question before its answer, "The
record close is $694.71. We're 2.41% below it."). Of several such facts the one whose name stands nearest
wins; a gap to another instrument only where that instrument is named. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .context import SubjectFact, VerifyContext
from .numbers import PrintedNumber, same_at_precision, unit_fits

_MOVE = r"\b(?:up|down|rose|fell|gain\w*|lost|loss|los(?:e|ing)|jump\w*|drop\w*|slid|slip\w*|climb\w*|" \
        r"declin\w*|advanc\w*|add\w*|shed|rall\w*|sank|dipp?\w*|eased|by|moved?|change|soar\w*|surg\w*|" \
        r"tumbl\w*|plung\w*|sink\w*|rise|rises|rising|pop\w*|slump\w*|off)\b"
_LEVEL = r"\b(?:support|resistance|floor|ceiling|level|hurdle|barrier|line in the sand|pivot|mark|shelf|" \
         r"shelves|wall)s?\b|\b[RS][1-3]\b|\b(?:top|bottom) of (?:the|that|this|its|a)\b|" \
         r"\b(?:under|over|below|above) us\b|\b(?:above|below|under|overhead|underneath)\s*:|" \
         r"\boverhead\b|\bround\b|\btested\b"
"""A level's words, and a pivot sheet's labels ("R2 $474.50", "S1 $467.35"), a range's edge ("the top of
that range was $252.38"), a streamer's list ("under us: $244.79, $242.80, then $241", "Below: $242.80,
$241.00"), a round number ("Round 7,000 is 1.42% above") and a tested mark ("Nearest marks: 2,475.43
below, then 2,458.33"); not a setup's stop or target, which a writer sets a little past a level of their
own ("stop at $240.80" under a $242.80 support)."""
_AVERAGE = r"\b{n}[- ]?(?:day|d|session)\b|\b(?:SMA|EMA|MA)\s?\(?(?:\d+\s?/\s?)*{n}\b"
"""An average's words: "the 200-day", "200d", "SMA(50)", "sma20", a row's header "SMA 20 / 50 / 200"."""

_NAMED_BY: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?:close|price|prev_close)$"), r"\b(?:clos\w*|finish\w*|ended|settled|to)\b|"
                                                  r"\btoday\W{{0,3}}$"),
    (re.compile(r"change_1d(?:_pct)?$"), _MOVE),
    (re.compile(r"change_5d_pct$"), r"\b(?:week|five (?:sessions|days)|5 (?:sessions|days)|5-day|5d)\b"),
    (re.compile(r"change_1m_pct$"), r"\b(?:month|1m|one-month|30 days)\b"),
    (re.compile(r"change_ytd_pct$"), r"\b(?:year|ytd|year-to-date)\b"),
    (re.compile(r"(?:sma|ema|pct_vs_sma)_(?P<n>\d+)$"), _AVERAGE),
    (re.compile(r"rsi_14$"), r"\bRSI\b|\brelative strength\b"),
    (re.compile(r"macd(?:_signal|_hist)?$"), r"\bMACD\b|\bsignal\b|\bhist(?:ogram)?\b"),
    (re.compile(r"atr_(?:14|pct)$"), r"\bATR\b|\baverage (?:daily|true) range\b"),
    (re.compile(r"(?:avg_)?volume(?:_20)?$"), r"\bvolume\b|\bshares\b|\bvol\b"),
    (re.compile(r"(?:high|low|open)$"), r"\b(?:high(?:est)?|low(?:est)?|open\w*|range|intraday|"
                                         r"during the day)\b|\b[OHL](?:/[OHLC]){{1,3}}\b"),
    (re.compile(r"bb_(?:upper|middle|lower)$"), r"\b(?:bollinger|bands?|BB)\b"),
    (re.compile(r"level_\d+(?:_low|_high|_distance_pct)?$|(?:prior_)?range_(?:lower|upper)$"), _LEVEL),
    (re.compile(r"max_pain$"), r"\bmax(?:imum)?[- ]pain\b"),
    (re.compile(r"(?P<side>call|put)_wall$"), r"\b{side}[- ]wall\b"),
    (re.compile(r"(?:all_time_high|(?:high|low)_52w(?:_intraday)?|pct_from_(?:ath|52w_high|52w_low))$"),
     r"\b(?:record|all-time|52-week|year|high|low)\b"),
    (re.compile(r"close_streak_change_pct$"), r"\b(?:straight|in a row|streak|consecutive)\b"),
    (re.compile(r"(?:setup|pending)_long_entry$"), r"\b(?:entry|buy\w*|long)\b"),
    (re.compile(r"(?:setup|pending)_short_entry$"), r"\b(?:entry|sell\w*|short\w*)\b"),
    (re.compile(r"(?:setup|pending)_\w+_(?P<part>target|stop)$"), r"\b{part}\b"),
    (re.compile(r"spread_vs_\w+_pp$|divergence_vs_\w+_pp$"),
     r"\b(?:worse|better|trail\w*|lagg?\w*|beat|ahead|behind|outperform\w*|underperform\w*)\b"),
)
"""Which facts a misprint may be read as, and the words that name each (a fact not listed is never
guessed from its digits: a count, a date, a score)."""

_BEFORE = 120
_AFTER = 40
"""How far (characters) a naming word may stand before and after the figure."""
_MIN_DIGITS = 3


def _words_naming(name: str) -> re.Pattern[str] | None:
    for pattern, words in _NAMED_BY:
        match = pattern.match(name)
        if match is not None:
            return re.compile(words.format(**match.groupdict()), re.IGNORECASE)
    return None


_VERSUS = re.compile(r"_vs_(?P<tag>[A-Za-z0-9_]+?)(?:_\d+[dm])?_pp$")


def _peer_named(name: str, peers: set[str]) -> bool:
    """A gap to another instrument ("divergence_vs_SPY_pp") is read only where that instrument is named
    ("IWM trailed SPY by 0.08%" is IWM's gap to SPY, not SPY's to QQQ)."""
    versus = _VERSUS.search(name)
    return versus is None or versus.group("tag") in peers


def _digits(value: float, number: PrintedNumber) -> str:
    return f"{abs(value) / number.scale:.{number.decimals}f}".replace(".", "")


def _misprint(printed: str, held: str, swapped_only: bool) -> bool:
    """Two digit strings one of which is the other misprinted: the same digits in another order, or (not
    `swapped_only`) one digit changed."""
    if printed == held or len(printed) != len(held) or len(printed) < _MIN_DIGITS:
        return False
    return sorted(printed) == sorted(held) or not swapped_only \
        and sum(a != b for a, b in zip(printed, held, strict=True)) == 1


def _naming_distance(sentence: str, start: int, end: int, words: re.Pattern[str]) -> int | None:
    """Characters between the figure and the nearest word naming the fact (before it, or after it)."""
    before = [m for m in words.finditer(sentence, max(0, start - _BEFORE), start)]
    after = words.search(sentence, end, min(len(sentence), end + _AFTER))
    found = [start - before[-1].end()] if before else []
    if after is not None:
        found.append(after.start() - end)
    return min(found) if found else None


def misprinted_fact(sentence: str, number: PrintedNumber, subjects: Sequence[str], ctx: VerifyContext,
                    swapped_only: bool = False, before: str = "") -> SubjectFact | None:
    """The held fact of `subjects` (first subject first) that `number` misprints and whose measure the
    words around it name, the nearest named one; else None. `swapped_only`: digits in another order only
    (for a figure the verifier would otherwise leave unchecked, where a one-digit change is too easy).
    `before`: the paragraph's sentence before, read when the figure's own names no measure (a quiz's
    "What did QQQ close at today?  A: $622.12", "The record close is $694.71. We're 2.41% below it"); a
    name that far off takes digits in another order only ("The tape showed 690.90" after a sentence on
    support is no misprint of a $690 level)."""
    if number.decimals < 0:  # "7.12k": a figure rounded to tens or more, no digit-for-digit misprint
        return None
    found = _misprinted(sentence, number, number.start, subjects, ctx, swapped_only)
    if found is None and before:
        joined = f"{before} {sentence}"
        found = _misprinted(joined, number, len(before) + 1 + number.start, subjects, ctx, swapped_only=True)
    if found is None and before and _POINTS_BACK.search(sentence, 0, number.start):
        head = before[:_SUBJECT_HEAD]  # "Max pain is the strike where ... . For the weekly contracts, it is
        # $960.00": "it" is the measure the sentence before opened with
        found = _misprinted(f"{head} {sentence[number.start:]}", number, len(head) + 1, subjects, ctx,
                            swapped_only=True)
    return found


_POINTS_BACK = re.compile(r"\b(?:it|that|this)(?:['\u2019]s|\s+(?:is|was|sits|stands|comes\s+in|prints))\s+"
                          r"(?:(?:at|about|around|roughly|now|still)\s+)*$", re.IGNORECASE)
"""A figure told as what a pronoun is ("it is $690.00"): the pronoun stands for the measure the sentence
before named first."""
_SUBJECT_HEAD = 60
"""How much of the sentence before holds the measure it opens with."""


def _misprinted(text: str, number: PrintedNumber, start: int, subjects: Sequence[str], ctx: VerifyContext,
                swapped_only: bool) -> SubjectFact | None:
    """`misprinted_fact` over `text`, the figure standing at `start` in it."""
    end = start + (number.end - number.start)
    printed = _digits(number.value * number.scale, number)
    peers = {symbol.lstrip("^").replace(".", "_") for m in ctx.lexicon.mentions(text) for symbol in m.symbols}
    for subject in subjects:
        best: tuple[int, SubjectFact] | None = None
        for sf in ctx.facts:
            if sf.subject != subject or not unit_fits(sf.fact, number) \
                    or not isinstance(sf.fact.value, (int, float)):
                continue
            words = _words_naming(sf.name)
            held = _digits(float(sf.fact.value), number)
            if words is None or not _peer_named(sf.name, peers) or not _misprint(printed, held, swapped_only):
                continue
            distance = _naming_distance(text, start, end, words)
            if distance is not None and (best is None or distance < best[0]):
                best = (distance, sf)
        if best is not None:
            return best[1]
    return None


def misprinted_setup_part(parts: Sequence[tuple[str, PrintedNumber]], direction: str,
                          ctx: VerifyContext) -> tuple[PrintedNumber, SubjectFact] | None:
    """The figure of a setup (`parts`: its entry, stop and target, by name) that prints the held setup's
    same part of the article's instrument, same direction, with its digits in another order ("Buy $603.00,
    stop $621.95, target $649.31" on a held entry of $630.00); else None."""
    for part, number in parts:
        printed = _digits(number.value * number.scale, number)
        names = (f"setup_{direction}_{part}", f"pending_{direction}_{part}")
        for sf in ctx.facts:
            if sf.subject == ctx.symbol and sf.name in names \
                    and isinstance(sf.fact.value, (int, float)) and number.unit in (None, "price") \
                    and _misprint(printed, _digits(float(sf.fact.value), number), swapped_only=True):
                return number, sf
    return None



def setup_held(parts: Sequence[tuple[str, PrintedNumber]], direction: str, ctx: VerifyContext) -> bool:
    """Whether a setup's entry, stop and target (`parts`, by name) are each the held setup's same part of the
    article's instrument, same direction (the offered setup's, or the pending one's), at their printed
    precision: a risk or reward in money told beside such a setup that does not fit them is the wrong figure
    ("$8.50 risk for $19.31 reward, 2.4R" on a held $630.00 / $621.95 / $649.31), whatever the ratio says."""
    for kind in ("setup", "pending"):
        held = {sf.name: sf.fact for sf in ctx.facts if sf.subject == ctx.symbol}
        facts = [held.get(f"{kind}_{direction}_{part}") for part, _ in parts]
        if all(fact is not None and number.unit in (None, "price") and isinstance(fact.value, int | float)
               and same_at_precision(float(fact.value), number, slack=1)
               for fact, (_, number) in zip(facts, parts, strict=True)):
            return True
    return False


_AFTER_LISTED = re.compile(r"\)?\s*(?:[,;.)]|(?:to|at|and)\b|$)", re.IGNORECASE)
"""What may follow a figure in a list of instruments' moves and closes: the next item, the close it took the
instrument to ("QQQ 0.57% to $595.41"), the end of the clause; not a word naming another measure ("SPY 1.39%
below its record", "SPY $700 is resistance")."""
_LISTED_GAP = re.compile(r"\s*(?:(?:index|ETF|fund)\s*)?:?\s*(?:\$?\d[\d,]*(?:\.\d+)?\s*[,(]\s*)?",
                         re.IGNORECASE)
"""Between an instrument and its figure in such a list: nothing, its noun and a colon ("The Nasdaq 100 index:
25,582.79"), or its close before its move ("SPY $684.44 (1.39%)", "25,582.79, 1.74%")."""
_ITEM_OPENS = re.compile(r"(?:^|[,;:(\u2014]|\band|\bthe)\s*$", re.IGNORECASE)
"""What opens a list's item before the instrument's name: the sentence, a mark, "and", "the"."""


def misprinted_listed(sentence: str, number: PrintedNumber, ctx: VerifyContext,
                      swapped_only: bool = False) -> SubjectFact | None:
    """A bare figure told right after an instrument, with no verb, period or side of its own, in a list of
    the day's moves and closes ("The others all beat it: SPY 1.39%, QQQ 1.37%, IWM 1.96%", "Around the
    market: QQQ 0.57% to $595.41, IWM 0.35%", "SPY $684.44 (1.39%)", "The Nasdaq 100 index: 25,582.79,
    1.74%"), that prints that instrument's day's move (a %) or close (a price or points) misprinted (its
    digits in another order or one digit changed): that fact of the instrument (of a family, the member
    whose fact it misprints); else None. `swapped_only`: digits in another order only (a figure the
    verifier would otherwise leave unchecked)."""
    if number.sign or number.decimals < 0 or _AFTER_LISTED.match(sentence, number.end) is None:
        return None
    name = "change_1d_pct" if number.unit == "pct" else "close" if number.unit in (None, "price") else None
    before = [m for m in ctx.lexicon.mentions(sentence[:number.start]) if m.end <= number.start]
    if name is None or not before or not _LISTED_GAP.fullmatch(sentence, before[-1].end, number.start) \
            or not _ITEM_OPENS.search(sentence, max(0, before[-1].start - 12), before[-1].start):
        return None
    printed = _digits(number.value * number.scale, number)
    for subject in before[-1].symbols:
        for sf in ctx.facts:
            value = sf.fact.value
            if sf.subject == subject and sf.name == name and isinstance(value, int | float) \
                    and unit_fits(sf.fact, number) \
                    and _misprint(printed, _digits(float(value), number), swapped_only):
                return sf
    return None


_HELD_LEVEL = re.compile(r"level_\d+(?:_low|_high)?$|(?:prior_)?range_(?:lower|upper)$")


def misprinted_level(number: PrintedNumber, above: bool, ctx: VerifyContext) -> SubjectFact | None:
    """The held level of the article's instrument on the side the words put a level (`above` the close, or
    under it) whose price `number` prints with its digits in another order ("Overhead: $602" over a $614.72
    close beside a held $620): a level on the wrong side that is no level at all is that level misprinted
    (its `value-mismatch`), not a level on the wrong side; else None (a held level put on the wrong side
    stays `level-wrong-side`)."""
    if number.unit not in (None, "price") or number.decimals < 0:
        return None
    printed = _digits(number.value * number.scale, number)
    close = ctx.snapshot.close
    held = [sf for sf in ctx.facts if sf.subject == ctx.symbol and _HELD_LEVEL.match(sf.name)
            and isinstance(sf.fact.value, int | float)]
    if any(_digits(float(sf.fact.value), number) == printed for sf in held):  # type: ignore[arg-type]
        return None  # "Resistance: $623.73" on a held $623.73 support: a real level on the wrong side
    for sf in ctx.facts:
        value = sf.fact.value
        if sf.subject == ctx.symbol and _HELD_LEVEL.match(sf.name) and isinstance(value, int | float) \
                and (value > close) == above and _misprint(printed, _digits(float(value), number), True):
            return sf
    return None
