"""Markets outside the US session in text: foreign indices, gold, crude, bitcoin, FX pairs.

A figure belongs to a market when the market is the last thing named before it
in the sentence ("the Hang Seng fell 1.21% to 25,873.84"), not a gauge or an
instrument. A % is the market's change, any other figure its level; a change
must carry the right direction word, a level reached with a move word ("rose
to") must agree with the change, and an index printed in dollars is on the
wrong scale. A figure for a market the data does not hold traces to nothing.

Each market is read as of its own session (pipeline/market/crossmarket.py), so
a date belongs to the markets named before it since the previous date ("the
DAX rose 0.62% on Friday, Nov 20"), or, when none is, to those named after it
up to the next date ("Over the UTC day of Thursday, Nov 19, bitcoin rose ...").
It must be each one's session date; a bare weekday likewise its session's day.
Sentences citing a source are left to the citation checks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..contracts import Finding
from ..facts import Fact
from .claims import FLAT_PCT, SESSION_COUNTS, Claim, direction_span
from .codes import finding
from .context import VerifyContext
from .gauges import GAUGES, IN_YEN
from .lookahead import leading
from .numbers import WordIndex, citations_in, find_dates, folded, same_at_precision, stated_in, unquoted
from .subjects import Lexicon
from .things import count_of_time, counted_other_thing

PRINTS_ZERO_PCT = 0.005
"""A change that prints as 0.00%: no direction to read in it."""


@dataclass(frozen=True)
class MarketName:
    key: str  # CrossMarketReading.key; its facts are xmkt_<key>...
    label: str
    pattern: re.Pattern[str]
    points: bool  # an index, quoted in points (never in dollars)


MARKETS: tuple[MarketName, ...] = (
    MarketName("dax", "the DAX", re.compile(
        r"\bDAX\b|\^GDAXI\b|\bGerman (?:stocks|shares|equities|blue chips)\b"), True),
    MarketName("nikkei", "the Nikkei 225", re.compile(
        r"\bNikkei(?:\s+225)?(?:\s+(?:index|average|Stock Average))?\b|\^N225\b"
        r"|\bJapanese (?:stocks|shares|equities)\b", re.IGNORECASE), True),
    MarketName("hang_seng", "the Hang Seng", re.compile(
        r"\bHang Seng(?: Index)?\b|\^HSI\b|\bHong Kong (?:stocks|shares|equities)\b", re.IGNORECASE), True),
    MarketName("gold", "gold", re.compile(r"\bgold(?: futures| prices?)?\b|\bGC=F", re.IGNORECASE), False),
    MarketName("wti", "WTI crude", re.compile(
        r"\bWTI(?: crude)?(?: oil)?(?: futures)?\b|\b(?:crude|oil)(?: oil)?(?: futures| prices?)?\b|\bCL=F",
        re.IGNORECASE), False),
    MarketName("bitcoin", "bitcoin", re.compile(r"\bbitcoin\b|\bBTC(?:-USD)?\b", re.IGNORECASE), False),
    MarketName("eur_usd", "EUR/USD", re.compile(r"\bEUR/?USD(?:=X)?|\bthe euro\b", re.IGNORECASE), False),
    MarketName("usd_jpy", "USD/JPY", re.compile(
        rf"\bUSD/?JPY\b|\bJPY=X|\b(?:the\s+)?(?:US\s+|U\.S\.\s+)?dollar\b(?={IN_YEN})"), False),
)
_BY_KEY = {m.key: m for m in MARKETS}
_MARKET_WORDS = WordIndex((("dax", "german"), ("nikkei", "n225", "japanese"),
                           ("hang seng", "hsi", "hong kong"), ("gold", "gc=f"),
                           ("wti", "crude", "oil", "cl=f"), ("bitcoin", "btc"), ("eur",), ("jpy", "yen")))
"""For each market, words one of which a lowered sentence must hold for its pattern to match."""
assert _MARKET_WORDS.size == len(MARKETS)
_STEADY = re.compile(r"\b(?:held|holding|steady|unchanged|flat|little changed)\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s|\u2019s)?\b")
_OTHER_DAY = re.compile(r"\b(?:previous|prior|yesterday|next|coming|since|until|before|after|every|each|"
                        r"week)\b", re.IGNORECASE)

NAME_PART = "name"
"""The owner given to a figure printed inside a market's name ("225" of "Nikkei 225"): not checked."""


_KEPT = 16
"""Sentences whose named markets are kept: those being read, not the articles before (a bench that
checks the same articles again must not find them answered)."""


@dataclass(frozen=True, order=True)
class Named:
    start: int
    end: int
    key: str  # a market's key, or "" for a gauge or an instrument


def named_markets(sentence: str) -> tuple[Named, ...]:
    """Every market named in `sentence`, in text order (none in a sentence citing a source: its move
    words and dates are the citation checks')."""
    return () if citations_in(sentence) else markets_in(sentence)


@lru_cache(maxsize=_KEPT)
def markets_in(sentence: str) -> tuple[Named, ...]:
    """Every market named in `sentence`, in text order, citing or not; each sentence is read by three
    checks one after the other, so the answer is kept for the sentences just read only (an article's
    next sentences, or another article's, are read afresh)."""
    candidates = _MARKET_WORDS.candidates(folded(sentence))  # curly quotes or dashes are pre-checked too
    if not candidates:
        return ()
    return tuple(sorted(Named(m.start(), m.end(), MARKETS[n].key)
                        for n in candidates for m in MARKETS[n].pattern.finditer(sentence)))


def owners(sentence: str, claims: Sequence[Claim], lexicon: Lexicon) -> dict[int, str]:
    """For each claim (by position) whose figure belongs to a market, the market's key
    (NAME_PART for a figure inside a market's name). In a sentence citing a source too: "oil slid 2.7%
    [1], and gold climbed 1.09%" gives gold's figures to gold, never to the article's instrument."""
    markets = markets_in(sentence)
    if not claims or not markets:
        return {}
    others = [Named(m.start(), m.end(), "") for g in GAUGES for m in g.pattern.finditer(sentence)]
    others += [Named(m.start, m.end, "") for m in lexicon.mentions(sentence)]
    everything = sorted([*markets, *others], key=lambda n: n.end)
    owned = {}
    for n, claim in enumerate(claims):
        start = claim.number.start
        if any(m.start <= start < m.end for m in markets):
            owned[n] = NAME_PART
            continue
        before = [named for named in everything if named.end <= start]
        if claim.names in SESSION_COUNTS:
            continue  # a count of sessions (to the Fed, since a cross) is no market's figure
        if claim.quoted or not before or not before[-1].key or _TURN.search(sentence[before[-1].end:start]):
            continue
        owned[n] = before[-1].key
    return owned


_TURN = leading(re.compile(r";|\b(?:while|whereas|but|although|though|even as)\b", re.IGNORECASE))
"""Words after which a figure is about a new subject, not the market named before them."""
_CLAUSE_END = re.compile(r"[,:;]|\.(?!\d)")
_MOVE = re.compile(r"\b(?P<up>rose|rallied|gained|climbed|jumped|surged|soared|advanced|added|firmed|"
                   r"rebounded)\b|\b(?P<down>fell|dropped|slid|slipped|declined|lost|sank|tumbled|eased|retreated|plunged|"
                   r"slumped)\b", re.IGNORECASE)


def check_market_words(sentence: str, section: str, claims: Sequence[Claim], lexicon: Lexicon,
                       ctx: VerifyContext) -> list[Finding]:
    """A move word right after a market's name with no figure of its own ('bitcoin fell on Thursday')
    against the market's change on its session."""
    markets = named_markets(sentence)
    if not markets:
        return []
    bounds = sorted([*(m.start for m in markets), *(m.start for m in lexicon.mentions(sentence)),
                     *(m.start() for g in GAUGES for m in g.pattern.finditer(sentence)), len(sentence)])
    found = []
    for market in markets:
        end = min(b for b in bounds if b >= market.end)
        window = sentence[market.end:end]
        stops = [m.start() for m in (_TURN.search(window), _CLAUSE_END.search(window)) if m is not None]
        window = window[:min(stops)] if stops else window
        move = _MOVE.search(window)
        figures = [c for c in claims if market.end <= c.number.start < market.end + len(window)]
        if move is None or figures:
            continue
        change = ctx.sheet.facts.get(f"xmkt_{market.key}_change_pct")
        if change is None:
            continue
        found += _direction_word(move, _BY_KEY[market.key], change, section)
    return found


def _direction_word(move: re.Match[str], market: MarketName, change: Fact, section: str) -> list[Finding]:
    value = float(change.value)  # type: ignore[arg-type]
    if abs(value) < PRINTS_ZERO_PCT or (value > 0) == bool(move.group("up")):
        return []
    word = "up" if value > 0 else "down"
    return [finding("direction-mismatch", f"'{move.group(0)}' is the wrong direction: {market.label} moved "
                    f"{change.printed('signed')} in its session", section=section, span=move.group(0),
                    expected=f"{word} {change.printed('abs')}", source=change.source)]


def check_market_claims(pairs: Sequence[tuple[Claim, str]], ctx: VerifyContext,
                        source_text: str = "") -> list[Finding]:
    """Every market figure of one sentence, against the market's facts; a figure the cited sources
    state is theirs (traced to them), any other is checked, or untraced with no data for the market."""
    changes = {key for claim, key in pairs if claim.number.unit == "pct"}
    return [f for claim, key in pairs if key != NAME_PART and not stated_in(claim.number, source_text)
            and counted_other_thing(claim) is None  # "Heating oil: 120 gallons at $3.89"
            and not count_of_time(claim)  # "the Fed meets Dec 9, 13 trading days out"
            for f in _check(claim, _BY_KEY[key], ctx, key in changes)]



def _check(claim: Claim, market: MarketName, ctx: VerifyContext, change_printed: bool) -> list[Finding]:
    level = ctx.sheet.facts.get(f"xmkt_{market.key}")
    if level is None:
        return [finding("number-untraced", f"{claim.span}: the data holds no value for {market.label}",
                        section=claim.section, span=claim.span, source=f"cross_markets[{market.key}]")]
    change = ctx.sheet.facts.get(f"xmkt_{market.key}_change_pct")
    if claim.number.unit == "pct":
        if change is None or not same_at_precision(float(change.value), claim.number):  # type: ignore[arg-type]
            return [_mismatch(claim, market, change or level, "change")]
        return _direction(claim, market, change, claim.flat, claim.direction, "printed")
    if claim.number.unit == "price" and market.points:
        return [finding("scale-mismatch", f"{claim.span} prints {market.label} in dollars; it is quoted in "
                        "points", section=claim.section, span=claim.span, expected=level.printed(),
                        source=level.source)]
    if not same_at_precision(float(level.value), claim.number):  # type: ignore[arg-type]
        return [_mismatch(claim, market, level, "level")]
    if change_printed or change is None:
        return []
    tail = re.split(r"[;:,()]|\band\b", claim.sentence[:claim.number.start])[-1]
    return _direction(claim, market, change, bool(_STEADY.search(tail)), claim.direction, "reached")


def _direction(claim: Claim, market: MarketName, change: Fact, flat_word: bool, direction: int,
               how: str) -> list[Finding]:
    value = float(change.value)  # type: ignore[arg-type]
    flat = abs(value) < PRINTS_ZERO_PCT
    if flat_word and abs(value) >= FLAT_PCT:  # the DAX "flat at -0.01%"
        what = "called flat"
    elif direction and not flat and (value > 0) != (direction > 0):
        what = f"{how} with the wrong direction"
    else:
        return []
    word = "up" if value > 0 else "down"
    return [finding("direction-mismatch", f"{claim.span} {what}: {market.label} moved "
                    f"{change.printed('signed')} in its session", section=claim.section,
                    span=direction_span(claim),
                    expected=f"{word} {change.printed('abs')}", source=change.source)]


def _mismatch(claim: Claim, market: MarketName, fact: Fact, what: str) -> Finding:
    return finding("value-mismatch", f"{claim.span} is not {market.label}'s {what}", section=claim.section,
                   span=claim.span, expected=fact.printed(), source=fact.source)


# --- dates ---------------------------------------------------------------------------------------

def check_market_dates(sentence: str, section: str, ctx: VerifyContext) -> list[Finding]:
    """Every date and bare weekday of a sentence naming markets, against those markets' sessions."""
    markets = named_markets(sentence)
    if not markets:
        return []
    text = unquoted(sentence)
    printed = find_dates(text, ctx.snapshot.session)
    marks: list[tuple[int, int, str, date | None]] = [(d.start, d.end, d.text, d.value) for d in printed]
    marks += [(m.start(), m.end(), m.group(1), None) for m in _WEEKDAY.finditer(text)
              if not any(d.start <= m.start() < d.end for d in printed)
              and not _OTHER_DAY.search(text[max(0, m.start() - 25):m.start()])]
    marks.sort()
    found = []
    for n, (start, end, shown, value) in enumerate(marks):
        since = marks[n - 1][1] if n else 0
        until = marks[n + 1][0] if n + 1 < len(marks) else len(text)
        keys = [m.key for m in markets if since <= m.start < start] or \
            [m.key for m in markets if end <= m.start < until]
        wrong = [f for key in dict.fromkeys(keys) for f in _date_of(key, shown, value, section, ctx)]
        found += wrong[:1]  # one finding per printed date, naming the first market it is wrong for
    return found


def _date_of(key: str, shown: str, value: date | None, section: str, ctx: VerifyContext) -> list[Finding]:
    market = _BY_KEY[key]
    session = ctx.sheet.facts.get(f"xmkt_{key}_session")
    if session is None or not isinstance(session.value, date):
        return []  # its figures already say the data holds no such market
    day = session.value
    if value is None:
        if shown == f"{day:%A}":
            return []
        return [finding("weekday-mismatch", f"'{shown}' is not {market.label}'s session day ({day:%A}, "
                        f"{day:%b} {day.day})", section=section, span=shown, expected=f"{day:%A}",
                        source=session.source)]
    if value == day:
        return []
    return [finding("value-mismatch", f"{shown} is not {market.label}'s session ({day:%A}, {day:%b} "
                    f"{day.day})", section=section, span=shown, expected=session.printed("dated"),
                    source=session.source)]
