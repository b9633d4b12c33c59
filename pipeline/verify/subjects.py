"""Who a figure is about: instruments found in text by symbol, name or alias.

An alias either names one instrument exactly (a ticker, "Russell 2000 Index",
"the ETF") or a family: an ETF and the index it tracks ("Russell 2000",
"small caps", "the Dow"). A price attributed to a family may be on either
scale; a price attributed to one instrument must be on that instrument's scale.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..contracts import InstrumentKind, Snapshot

# Bare index and futures tickers people write without the caret.
_COMMON_TICKERS: dict[str, str] = {
    "RUT": "^RUT", "SPX": "^GSPC", "GSPC": "^GSPC", "NDX": "^NDX", "DJI": "^DJI", "DJIA": "^DJI",
    "VIX": "^VIX",
}
_FAMILY_WORDS = re.compile(r"\b(ETF|Trust|Fund|iShares|SPDR|Invesco)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Instrument:
    symbol: str
    name: str
    kind: InstrumentKind
    family: str  # the index symbol for an ETF/index pair, else the symbol itself


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    symbols: tuple[str, ...]  # one symbol: exact; two or more: a family


@dataclass
class Lexicon:
    instruments: dict[str, Instrument] = field(default_factory=dict)
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lower-case alias -> symbols
    _pattern: re.Pattern[str] | None = None

    def add_instrument(self, symbol: str, name: str, kind: InstrumentKind, family: str | None = None) -> None:
        if symbol not in self.instruments or family is not None:
            self.instruments[symbol] = Instrument(symbol, name, kind, family or symbol)
        self.add_alias(symbol, (symbol,))
        if symbol.startswith("^"):
            self.add_alias(symbol[1:], (symbol,))
        self.add_alias(name, (symbol,))
        self._pattern = None

    def add_alias(self, alias: str, symbols: Sequence[str]) -> None:
        alias = alias.strip()
        if len(alias) < 2:
            return
        key = alias.lower()
        known = self.aliases.get(key, ())
        if len(known) == 1 and len(symbols) > 1:
            return  # an exact name wins over a family alias
        if len(symbols) == 1 or not known:
            self.aliases[key] = tuple(symbols)
        else:
            self.aliases[key] = tuple(dict.fromkeys((*known, *symbols)))
        self._pattern = None

    def family_of(self, symbol: str) -> tuple[str, ...]:
        inst = self.instruments.get(symbol)
        if inst is None:
            return (symbol,)
        return tuple(s for s, i in self.instruments.items() if i.family == inst.family)

    def kind_of(self, symbol: str) -> InstrumentKind | None:
        inst = self.instruments.get(symbol)
        return None if inst is None else inst.kind

    def mentions(self, text: str) -> list[Mention]:
        """Every alias found in `text`, longest first where they overlap, in text order."""
        found: list[Mention] = []
        for match in self._regex().finditer(text):
            key = match.group(0).lower()
            symbols = self.aliases.get(key) or self.aliases.get(key.rstrip("'s"))
            if symbols:
                found.append(Mention(match.start(), match.end(), match.group(0), symbols))
        return found

    def _regex(self) -> re.Pattern[str]:
        if self._pattern is None:
            words = sorted(self.aliases, key=len, reverse=True)
            alternatives = "|".join(_alias_pattern(w) for w in words) or r"(?!x)x"
            self._pattern = re.compile(rf"(?<![\w^])(?:{alternatives})(?![\w-])", re.IGNORECASE)
        return self._pattern


def _alias_pattern(alias: str) -> str:
    escaped = re.escape(alias)
    # Tickers are matched case-sensitively in spirit: a ticker must be upper case in text.
    if alias.isupper() and len(alias) <= 5:
        return f"(?-i:{escaped})"
    return escaped


_TOPIC_LEAD = re.compile(r"^[\s\"\u201c(*_#]*(?:(?:the|a|an|meanwhile|elsewhere|by contrast|in contrast|"
                         r"as for|over at|across|shares of|turning to|on|for)\b[\s,]*){0,3}$", re.IGNORECASE)


def sentence_topic(sentence: str, mentions: Sequence[Mention]) -> tuple[str, ...] | None:
    """The instrument a sentence opens with ("The Dow had a steadier day."): it becomes the
    paragraph's running subject, so "It closed at 47,220" is read as the Dow's."""
    if not mentions:
        return None
    first = mentions[0]
    return first.symbols if _TOPIC_LEAD.match(sentence[:first.start]) else None


@dataclass(frozen=True)
class InstrumentInfo:
    """What the lexicon needs of a configured instrument (a subset of InstrumentConfig)."""

    symbol: str
    name: str
    kind: InstrumentKind
    index: str | None = None
    short_name: str | None = None
    aliases: tuple[str, ...] = ()


def build_lexicon(snapshot: Snapshot, peers: Iterable[Snapshot] = (),
                  instruments: Iterable[InstrumentInfo] = ()) -> Lexicon:
    """Instruments from the snapshot (and its related moves), peers and configuration."""
    lexicon = Lexicon()
    configured = list(instruments)
    families = {i.symbol: i.index for i in configured if i.index}
    if snapshot.index_symbol:
        families.setdefault(snapshot.symbol, snapshot.index_symbol)
    for snap in (snapshot, *peers):
        if snap.index_symbol:
            families.setdefault(snap.symbol, snap.index_symbol)
    _add_known(lexicon, snapshot, peers, configured, families)
    _add_aliases(lexicon, configured, families)
    _add_generic(lexicon, snapshot)
    return lexicon


def _family(symbol: str, families: dict[str, str]) -> str:
    return families.get(symbol, symbol)


def _add_known(lexicon: Lexicon, snapshot: Snapshot, peers: Iterable[Snapshot],
               configured: list[InstrumentInfo], families: dict[str, str]) -> None:
    for info in configured:
        lexicon.add_instrument(info.symbol, info.name, info.kind, _family(info.symbol, families))
    for snap in (snapshot, *peers):
        lexicon.add_instrument(snap.symbol, snap.name, snap.kind, _family(snap.symbol, families))
        for move in snap.related:
            if move.symbol not in lexicon.instruments:
                lexicon.add_instrument(move.symbol, move.name, move.kind, _family(move.symbol, families))
    for bare, symbol in _COMMON_TICKERS.items():
        if symbol in lexicon.instruments:
            lexicon.add_alias(bare, (symbol,))


def _add_aliases(lexicon: Lexicon, configured: list[InstrumentInfo], families: dict[str, str]) -> None:
    for info in configured:
        family = lexicon.family_of(info.symbol)
        names = [*info.aliases, *([info.short_name] if info.short_name else [])]
        for alias in names:
            alias = re.sub(r"^(the|The)\s+", "", alias)
            exact = alias.upper() == info.symbol.lstrip("^") or _FAMILY_WORDS.search(alias)
            lexicon.add_alias(alias, (info.symbol,) if exact else family)


def _add_generic(lexicon: Lexicon, snapshot: Snapshot) -> None:
    if snapshot.kind == InstrumentKind.ETF:
        for word in ("the ETF", "the fund"):
            lexicon.add_alias(word, (snapshot.symbol,))
    if snapshot.index_symbol and snapshot.index_symbol in lexicon.instruments:
        for word in ("the index", "its index", "the underlying index"):
            lexicon.add_alias(word, (snapshot.index_symbol,))
