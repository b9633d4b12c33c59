"""Whether the take, the final call, the scenarios and the headline tell one story.

Every figure in these sections can be right while the story breaks: a model writing through fact
slots may stand the take on one level and ask the final call for another, call one zone by two of
the levels table's names, lean bearish in the take under a neutral call, put a long's trigger
below the close, or head the article with a verb the session contradicts. Read here, per document:

- `story-call-level` (warning): the short-term call's close above/below a level (its own condition
  or a setup's entry), or a setup's entry in the setups table, that is not the one (or an edge of
  the one) the take names on that side of the close, unless the call's clause names the take's
  level too (it says why the trade waits for another);
- `story-level-name` (warning): a level called by another level's name from the table ('the swing
  high at' the range top's zone), or a zone quoted whole in one place and by one edge under its
  name in another;
- `story-lean` (error): the take leans bullish or bearish against the short-term call's bias;
- `story-call-side` (error): a long asked for a close below a level, a short for a close above;
- `headline-move` (error): the headline's verb for the article's instrument against the session's
  move ('Slumps' on a gain), or a record it did not set ('Closes at a Record').

The levels and their names are the snapshot's (`KeyLevel.label`, the names the levels table
prints, level_notes.py); no wording of the writer is copied here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..contracts import Finding, KeyLevel
from .codes import finding
from .context import VerifyContext
from .document import Document, TableRow
from .lookahead import leading
from .numbers import PrintedNumber, find_numbers, same_at_precision

_STORY_SECTIONS = ("take", "final_call", "bull_case", "bear_case", "setups")


@dataclass(frozen=True)
class Quote:
    """A figure of a story section that is one of the snapshot's levels (or an edge of its zone)."""

    section: str
    text: str  # as printed: '$249.17' or '$249.17–$249.95'
    levels: frozenset[int]  # the levels (numbered from 1, as the table's slots) the figure is
    whole: bool  # a zone printed as its span
    edge_only: bool  # one edge of a zone, not the level's own price
    start: int
    end: int
    low: float = 0.0  # the figures as printed (a zone's two edges; one figure twice)
    high: float = 0.0

    def side(self, close: float) -> int:
        """+1 when the figures lie above the close, -1 below, 0 when they hold it."""
        return 1 if self.low > close else -1 if self.high < close else 0


@dataclass(frozen=True)
class Call:
    """The short-term call: its bias word and its reasoning."""

    bias: str
    reasoning: str


def check_story(doc: Document, ctx: VerifyContext) -> list[Finding]:
    texts = [(section, text) for section, text in doc.prose() if section in _STORY_SECTIONS]
    told = [*texts, *(("final_call", r) for r in _call_texts(doc))]
    prices = LevelPrices.of(ctx.snapshot.levels)
    call = short_term_call(doc)
    found = check_headline(doc, ctx)
    found += [f for section, text in told for f in call_sides(text, section)]
    take = " ".join(text for section, text in texts if section == "take")
    if take and call is not None:
        found += lean_against_call(take, call)
        found += call_level(take, call, prices, ctx.snapshot.close, setup_entries(doc))
    found += level_names(told, prices)
    return found


# --- the final call ---------------------------------------------------------------------------------

_BIAS_WORD = re.compile(r"\b(bullish|bearish|neutral)\b", re.IGNORECASE)
_BIAS_WORD = leading(_BIAS_WORD)  # see lookahead.py
_SHORT_TERM = re.compile(r"^\W*short[- ]term\b", re.IGNORECASE)


def _call_rows(doc: Document) -> list[TableRow]:
    return [row for row in doc.rows if row.section == "final_call"]


def _call_texts(doc: Document) -> list[str]:
    return [row.cell("reasoning", "why", "note") or row.text() for row in _call_rows(doc)]


def short_term_call(doc: Document) -> Call | None:
    """The final call's short-term row (its bias cell and reasoning), or a final-call paragraph
    opening on 'Short-term' with its first bias word."""
    for row in _call_rows(doc):
        horizon = row.cell("time", "horizon", "term") or (row.cells[0] if row.cells else "")
        if _SHORT_TERM.match(horizon):
            bias = _BIAS_WORD.search(row.cell("bias", "call", "view") or "")
            reasoning = row.cell("reasoning", "why", "note") or ""
            return Call(bias.group(1).lower(), reasoning) if bias else None
    for section, text in doc.prose():
        if section == "final_call" and _SHORT_TERM.match(text):
            bias = _BIAS_WORD.search(text)
            return Call(bias.group(1).lower(), text) if bias else None
    return None


def setup_entries(doc: Document) -> list[tuple[float, str]]:
    """(entry, direction) of each row of the setups table with a figure for its entry."""
    found = []
    for row in doc.rows:
        if row.section != "setups":
            continue
        entry = next(iter(find_numbers(row.cell("entry") or "")), None)
        direction = (row.cell("direction", "side") or "").strip().lower()
        if entry is not None and direction in ("long", "short"):
            found.append((entry.value, direction))
    return found


# --- sides: a long waits for a close above, a short for a close below ---------------------------------

_CLOSE = r"(?:a |the )?(?:daily |first |decisive )?close (?:back )?(?P<side>above|below|under|over)\b"
_SIDE_FIRST = re.compile(r"\b(?:an? |the )(?:[\w-]+ ){0,2}?(?P<dir>long|short)s? (?:setup |trade |position )?"
                         r"(?:needs|wants|waits for|requires|would need|comes on|is live on|on|after) "
                         + _CLOSE, re.IGNORECASE)
_CLOSE_FIRST = leading(re.compile(_CLOSE + r"(?:(?!\bor\b)[^;.]|\.\d){0,60}?"
                          r"\bwould (?:set up|trigger|open|start|arm) "
                          r"(?:a |the )?(?:[\w-]+ ){0,2}?(?P<dir>long|short)\b", re.IGNORECASE))
_SIDE_WORDS = (re.compile("close", re.IGNORECASE), re.compile("long|short", re.IGNORECASE))
"""What both patterns need, read under their flag: a text without both is searched no further (the
two patterns open on optional words and are tried at every position)."""


def call_sides(text: str, section: str) -> list[Finding]:
    """A long on a close below a level or a short on a close above one: the setup's side swapped. A
    close and the setup after it are one condition only within one alternative: in "a close above X
    first, or a bounce to X that holds would set up a short" the close belongs to the other side."""
    found: list[Finding] = []
    if any(word.search(text) is None for word in _SIDE_WORDS):
        return found
    for pattern in (_SIDE_FIRST, _CLOSE_FIRST):
        for m in pattern.finditer(text):
            long, up = m.group("dir").lower() == "long", m.group("side").lower() in ("above", "over")
            if long != up:
                want = "above" if long else "below"
                found.append(finding("story-call-side", f"a {m.group('dir').lower()} on a close "
                                     f"{m.group('side').lower()} a level: a {m.group('dir').lower()} "
                                     f"waits for a close {want} one", section=section, span=m.group(0),
                                     expected=f"a close {want}", source="setup direction"))
    return found


# --- the take's lean against the call ---------------------------------------------------------------

_LEANS = (
    re.compile(r"\b(?:we|our (?:read|view|call|bias|stance)|the desk|the view:?)\b[^.;:!?]{0,25}?"
               r"\b(?P<lean>bullish|bearish)\b", re.IGNORECASE),
    re.compile(r"^\W*(?:the view:\s*)?(?P<lean>bullish|bearish)\b", re.IGNORECASE),
    re.compile(r"\bside with the (?P<lean>buyers|sellers)\b", re.IGNORECASE),
)
_LEAN_WORD = {"buyers": "bullish", "sellers": "bearish"}
_NEGATED = re.compile(r"\b(?:not|no longer|never|nor|stop being)\s+(?:\w+\s+)?$", re.IGNORECASE)
_CLAUSES = re.compile(r"(?<=[.;:!?])\s+")


def take_lean(take: str) -> tuple[str, str] | None:
    """The lean a take states ('We lean bearish', 'Our read is bullish', 'We side with the
    buyers'), with its words; None when it states none or stays neutral."""
    for clause in _CLAUSES.split(take):
        for pattern in _LEANS:
            m = pattern.search(clause)
            if m and not _NEGATED.search(clause[:m.start("lean")]):
                word = m.group("lean").lower()
                return _LEAN_WORD.get(word, word), m.group(0).strip()
    return None


def lean_against_call(take: str, call: Call) -> list[Finding]:
    lean = take_lean(take)
    if lean is None or lean[0] == call.bias:
        return []
    word, span = lean
    return [finding("story-lean", f"the take leans {word} ('{span}') but the final call's short-term "
                    f"bias is {call.bias}", section="take", span=span, expected=call.bias,
                    source="final call, short-term bias")]


# --- which level the call and the take stand on -------------------------------------------------------

_SPAN = re.compile(r"\s*[–\-]\s*\$?\d")
_CALL_TRIGGER = re.compile(r"\b(?:long|short)s? (?:setup |trade )?(?:needs|wants|requires|waits for) "
                           r"(?:a |the )?(?:daily |first )?close (?:back )?"
                           r"(?P<side>above|below|under|over)\s+(?P<at>\$?\d[\d,]*(?:\.\d+)?)", re.IGNORECASE)
"""The call's own condition ('a long needs a close above $X first')."""


@dataclass(frozen=True)
class LevelPrices:
    """The snapshot's levels with their prices and zone edges sorted by size, built once per article, so
    a figure is held against the few points within its printed precision, not against every level."""

    levels: Sequence[KeyLevel]
    points: tuple[tuple[float, int, str], ...]  # (|price|, level number from 1, 'price'|'low'|'high')
    keys: tuple[float, ...]  # the points' sizes, for bisect

    @classmethod
    def of(cls, levels: Sequence[KeyLevel]) -> LevelPrices:
        points = sorted((abs(value), n, part) for n, lv in enumerate(levels, start=1)
                        for part, value in (("price", lv.price), ("low", lv.zone_low), ("high", lv.zone_high))
                        if value is not None)
        return cls(levels, tuple(points), tuple(p[0] for p in points))

    def shown(self, number: PrintedNumber) -> list[tuple[int, str]]:
        """The (level, part) points `number` shows at its printed precision (same_at_precision). A
        point it shows lies within 10**-decimals of it (rounding moves a value by half that), or
        within its tolerance: only the points in that window are compared."""
        width = 10.0 ** -number.decimals + number.tolerance * number.value + 1e-6
        low = bisect_left(self.keys, (number.value - width) * number.scale)
        high = bisect_right(self.keys, (number.value + width) * number.scale)
        return [(n, part) for size, n, part in self.points[low:high] if same_at_precision(size, number)]


def level_quotes(text: str, section: str, prices: LevelPrices) -> list[Quote]:
    """The figures of `text` that are levels of the snapshot: a price, an edge of a zone, or a zone's
    span ('$249.17–$249.95', read as one quote)."""
    numbers = [n for n in find_numbers(text) if n.unit in ("price", None) and n.value > 0]
    quotes: list[Quote] = []
    skip = -1
    for k, number in enumerate(numbers):
        if k <= skip:
            continue
        shown = prices.shown(number)
        nxt = numbers[k + 1] if k + 1 < len(numbers) else None
        if nxt is not None and _SPAN.match(text[number.end:nxt.start + 2]) \
                and nxt.start - number.end <= 4:
            lows = {n for n, part in shown if part == "low"}
            zone = frozenset(n for n, part in prices.shown(nxt) if part == "high" and n in lows)
            if zone:
                quotes.append(Quote(section, text[number.start:nxt.end], zone, True, False,
                                    number.start, nxt.end, number.value, nxt.value))
                skip = k + 1
                continue
        own = frozenset(n for n, part in shown if part == "price")
        edge = frozenset(n for n, part in shown if part != "price")
        if own or edge:
            quotes.append(Quote(section, number.text, own | edge, False, not own, number.start, number.end,
                                number.value, number.value))
    return quotes


_SETUP_ENTRY = re.compile(r"\bclose (?:back )?(?P<side>above|below|under|over)\s+"
                          r"(?P<at>\$?\d[\d,]*(?:\.\d+)?)(?:(?!\bor\b)[^;.]|\.\d){0,60}?"
                          r"\bwould (?:set up|trigger|open|start|arm)\b", re.IGNORECASE)
"""A setup's entry in the call ('a close above $X would set up a breakout long'): a close on a level
the take does not name stands apart from it unless its own clause also quotes the take's level (the
text says why the trade waits for a level beyond it, or aims at the take's level)."""
_ALTERNATIVE = re.compile(r"[;:]|\bor\b")
_CLAUSE_END = re.compile(r";|\bor\b")


def call_level(take: str, call: Call, prices: LevelPrices, close: float,
               entries: Sequence[tuple[float, str]] = ()) -> list[Finding]:
    """The short-term call's 'close above/below X' (its own condition, or a setup's entry), and each
    setup's entry (`entries`: price and direction, from the setups table), on a level the take does
    not name while the take names another on that side of the close. A setup entry whose alternative
    also quotes the take's level says why the two differ."""
    taken: list[Quote] | None = None  # read once, when the call names a level
    found = []
    asked = [(m, _alternative(call.reasoning, m.start(), m.end()))
             for pattern in (_CALL_TRIGGER, _SETUP_ENTRY) for m in pattern.finditer(call.reasoning)]
    for m, said in asked:
        at = level_quotes(m.group("at"), "final_call", prices)
        if not at:
            continue
        taken = level_quotes(take, "take", prices) if taken is None else taken
        apart = _stands_apart(at[0], taken, prices, close, said)
        if apart:
            found.append(_apart(f"the final call asks for a close {m.group('side')} {m.group('at')}",
                                m.group(0), "final_call", at[0], apart, prices.levels))
    for entry, direction in entries:
        printed = f"${entry:,.2f}"
        at = level_quotes(printed, "setups", prices)
        if not at:
            continue
        taken = level_quotes(take, "take", prices) if taken is None else taken
        apart = _stands_apart(at[0], taken, prices, close, "")
        if apart:
            found.append(_apart(f"the {direction} setup enters at {printed}", printed, "setups", at[0],
                                apart, prices.levels))
    return found


def _alternative(text: str, start: int, end: int) -> str:
    """The clause around text[start:end], between the ';', ':' or 'or' before it and the ';' or 'or'
    after it (an alternative of its own):
    a setup's trigger and what the clause says of it (why it waits for a level beyond the take's,
    or the take's level as its target: 'a close above $101.36 would set up a breakout long toward
    $103.49', the range top the take stands on)."""
    before = list(_ALTERNATIVE.finditer(text, 0, start))
    after = _CLAUSE_END.search(text, end)
    return text[before[-1].end() if before else 0:after.start() if after else len(text)]


def _stands_apart(at: Quote, taken: Sequence[Quote], prices: LevelPrices, close: float,
                  said: str) -> list[Quote]:
    """The take's quotes on the side of the close the level quoted as `at` lies on, when the take
    names none of `at`'s levels and `said` (its clause) quotes none of the take's; [] when
    they agree. A level the close sits inside (the table's 'Current') counts by the side of the
    figure quoted for it (real SPY 2026-02-05: the take on the range bottom, a closing bound just
    under the close)."""
    side = at.side(close)
    if side == 0 or any(q.levels & at.levels for q in taken):
        return []
    same_side = [q for q in taken if q.side(close) == side]
    if not same_side or not said:
        return same_side
    named = {n for q in level_quotes(said, "final_call", prices) for n in q.levels}
    return [] if any(q.levels & named for q in same_side) else same_side


def _apart(what: str, span: str, section: str, at: Quote, apart: Sequence[Quote],
           levels: Sequence[KeyLevel]) -> Finding:
    names = ", ".join(f"{q.text} ({_label(levels, q.levels)})" for q in apart)
    return finding("story-call-level", f"{what} ({_label(levels, at.levels)}); the take stands on {names}",
                   section=section, span=span, expected=names, source="take")


def _label(levels: Sequence[KeyLevel], numbers: Iterable[int]) -> str:
    return " / ".join(dict.fromkeys(levels[n - 1].label for n in sorted(numbers)))


# --- one level, one name ------------------------------------------------------------------------------

_EDGE_WORDS = re.compile(r"\b(?:top|bottom|edge|upper|lower|low|high|near|far)\b[^$\d]{0,6}\bof\b"
                         r"[^$\d]{0,10}$", re.IGNORECASE)


def _names_pattern(levels: Sequence[KeyLevel]) -> re.Pattern[str] | None:
    labels = sorted({lv.label.lower() for lv in levels if lv.label.strip()}, key=len, reverse=True)
    if not labels:
        return None
    alternation = "|".join(re.escape(label).replace(r"\ ", r"[\s-]") for label in labels)
    return re.compile(rf"\b(?P<name>{alternation})\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Named:
    name: str  # as the levels table's labels are compared: lowered, hyphens as spaces
    start: int  # where the name stands in the text
    end: int


def _plain(name: str) -> str:
    return " ".join(name.lower().replace("-", " ").split())


_NAME_THEN_FIGURE = re.compile(r"(?:\s+zone)?\s+(?:at|of|near|around|is|sits at|stands at)\s+")
_FIGURE_THEN_NAME = re.compile(r"\s*(?:,\s*(?:the\s+)?|\(\s*(?:the\s+)?|\s+is the\s+)")


def _name_of(quote: Quote, text: str, names: re.Pattern[str]) -> _Named | None:
    """The table name a quote is given right beside it: 'the swing high at $X', '$X, the range top',
    '$X (swing high)'."""
    offset = max(0, quote.start - 40)
    before = text[offset:quote.start]
    last = next(iter(reversed(list(names.finditer(before)))), None)
    if last is not None and _NAME_THEN_FIGURE.fullmatch(before[last.end():]) is not None:
        return _Named(_plain(last.group("name")), offset + last.start(), offset + last.end())
    after = text[quote.end:quote.end + 40]
    lead = _FIGURE_THEN_NAME.match(after)
    named = names.match(after, lead.end()) if lead is not None else None
    if named is None:
        return None
    return _Named(_plain(named.group("name")), quote.end + named.start(), quote.end + named.end())


def level_names(texts: Sequence[tuple[str, str]], prices: LevelPrices) -> list[Finding]:
    """A level named as another level of the table, and a zone quoted whole in one place and by one
    edge under its own name in another."""
    levels = prices.levels
    names = _names_pattern(levels)
    if names is None:
        return []
    quoted = [(section, text, level_quotes(text, section, prices) if names.search(text) else None)
              for section, text in texts]  # a quote is named only in a text holding a name
    named = [(quote, text, name) for _, text, quotes in quoted for quote in quotes or ()
             if (name := _name_of(quote, text, names)) is not None]
    whole: dict[int, str] = {}
    if any(quote.edge_only for quote, _, _ in named):  # only an edge is held to its zone quoted whole
        whole = {n: q.text for section, text, quotes in quoted
                 for q in (level_quotes(text, section, prices) if quotes is None else quotes)
                 if q.whole for n in q.levels}
    return [f for quote, text, name in named for f in _misnamed(quote, text, name, levels, whole)]


def _misnamed(quote: Quote, text: str, named: _Named, levels: Sequence[KeyLevel],
              whole: dict[int, str]) -> list[Finding]:
    label = _label(levels, quote.levels)
    span = text[min(named.start, quote.start):max(named.end, quote.end)]
    if not any(named.name in own or own in named.name for own in (_plain(levels[n - 1].label)
                                                                  for n in quote.levels)):
        return [finding("story-level-name", f"{quote.text} is the {label} in the levels table, called the "
                        f"{named.name} here", section=quote.section, span=span, expected=label,
                        source="snapshot.levels")]
    zone = next((whole[n] for n in sorted(quote.levels) if n in whole), None)
    edge_named = quote.edge_only and named.start < quote.start and not _EDGE_WORDS.search(text[:named.start])
    if zone is None or not edge_named:  # 'the top of the range-bottom zone at $X' names its edge
        return []
    return [finding("story-level-name", f"the {named.name} is quoted whole elsewhere ({zone}) and by one "
                    "edge here", section=quote.section, span=span, expected=zone, source="snapshot.levels")]


# --- the headline's verb ------------------------------------------------------------------------------

_UP = ("soar", "surge", "jump", "rall", "climb", "rise", "rose", "gain", "advance", "rebound", "spike",
       "rocket", "leap")
_DOWN = ("slump", "slide", "slid", "sink", "sank", "fall", "fell", "drop", "tumble", "plunge", "retreat",
         "dip", "slip", "sag", "shed", "lose", "lost", "decline", "skid", "sell", "sold", "crash", "tank")
_VERB = re.compile(r"^\s*(?:'s\s+)?(?P<verb>(?:" + "|".join((*_UP, *_DOWN)) + r")[a-z]*)\b", re.IGNORECASE)
_HEAD_RECORD = re.compile(r"\b(?:(?:closes?|ends?|finish(?:es)?|settles?) at (?:a |an )?(?:new |fresh )?"
                          r"(?:all-time )?record|(?:sets?|hits?|notch(?:es)?|posts?|marks?) (?:a |an )?"
                          r"(?:new |fresh )?(?:all-time )?record|(?:new|fresh) record close|"
                          r"record close of)\b",
                          re.IGNORECASE)


def check_headline(doc: Document, ctx: VerifyContext) -> list[Finding]:
    """The headline's verb for the article's own instrument, and a record it says was set."""
    found: list[Finding] = []
    change = ctx.fact(ctx.symbol, "change_1d_pct")
    own = set(ctx.lexicon.family_of(ctx.symbol))
    for section, headline in doc.prose():
        if section != "headline":
            continue
        for mention in ctx.lexicon.mentions(headline):
            m = _VERB.match(headline[mention.end:])
            if m is None or own.isdisjoint(mention.symbols) or change is None:
                continue
            verb = m.group("verb").lower()
            up = verb.startswith(_UP)
            value = float(change.value)  # type: ignore[arg-type]
            if abs(value) >= 0.05 and (value > 0) != up:
                said = f"{mention.text} {m.group('verb')}"
                found.append(finding("headline-move", f"the headline says '{said}' "
                                     f"but {ctx.symbol} moved {change.printed('signed')} on the session",
                                     section=section, span=said,
                                     expected=f"{'up' if value > 0 else 'down'} {change.printed('abs')}",
                                     source=f"{ctx.symbol}: {change.source}"))
        record = _HEAD_RECORD.search(headline)
        if record is not None and not ctx.snapshot.extremes.new_all_time_high:
            found.append(finding("headline-move", f"the headline says '{record.group(0)}' but the close is "
                                 "no record", section=section, span=record.group(0),
                                 expected="no record close", source="extremes.new_all_time_high"))
    return found
