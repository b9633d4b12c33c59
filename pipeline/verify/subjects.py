"""Who a figure is about: instruments found in text by symbol, name or alias.

An alias either names one instrument exactly (a ticker, "Russell 2000 Index",
"the ETF") or a family: an ETF and the index it tracks ("Russell 2000",
"small caps", "the Dow"). A price attributed to a family may be on either
scale; a price attributed to one instrument must be on that instrument's scale.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

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


_TOKEN = re.compile(r"(?<![\w^])[\w^&]+")
"""Where a mention may start, and the first token an alias is indexed by ("s&p", "^rut", "small")."""
_TOKENS = re.compile(r"[\w^&]+")
"""_TOKEN for findall: a greedy scan never starts inside a run of token characters, so the lookbehind
always holds there and is left out (it cost a test at every position)."""
_CONTINUES = re.compile(r"[\w-]")
_IN_TOKEN = re.compile(r"[\w^&]")
"""A character a token holds: a token is a whole run of them."""


@dataclass
class Lexicon:
    """Aliases looked up by their first word, so matching a sentence costs the same with 9 or 500
    configured instruments. A lexicon built for one article layers the article's instruments
    (`overlay`) over the configured ones (`base`, built once per configuration)."""

    instruments: dict[str, Instrument] = field(default_factory=dict)
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lower-case alias -> symbols
    _index: dict[str, list[str]] | None = None
    _odd: re.Pattern[str] | None = None  # aliases that do not start with a word character
    _whole: re.Pattern[str] | None = None  # an unlayered lexicon's other aliases, as one pattern
    _members: dict[str, tuple[str, ...]] | None = None
    _by_symbol: dict[str, list[str]] | None = None
    _layers: tuple[Lexicon, ...] = ()
    _seen: dict[str, list[Mention]] = field(default_factory=dict, repr=False)

    @classmethod
    def layered(cls, base: Lexicon, overlay: Lexicon) -> Lexicon:
        """`overlay`'s instruments and aliases win over `base`'s; both keep their own indexes."""
        return cls(instruments={**base.instruments, **overlay.instruments},
                   aliases={**base.aliases, **overlay.aliases}, _layers=(overlay, base))

    def add_instrument(self, symbol: str, name: str, kind: InstrumentKind, family: str | None = None) -> None:
        if symbol not in self.instruments or family is not None:
            self.instruments[symbol] = Instrument(symbol, name, kind, family or symbol)
        self.add_alias(symbol, (symbol,))
        if symbol.startswith("^"):
            self.add_alias(symbol[1:], (symbol,))
        self.add_alias(name, (symbol,))
        words = name.split()
        if kind == InstrumentKind.INDEX and len(words) >= 4 and words[-1].lower() == "index":
            shortened = f"{words[0]} {words[1]} index"  # "Frontier Select index": a word left out
            if shortened.lower() not in self.aliases:
                self.add_alias(shortened, (symbol,))
        self._members = None

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
        self._changed()

    def _changed(self) -> None:
        self._index = self._odd = self._whole = self._by_symbol = None
        self._layers = ()
        self._seen.clear()

    def family_of(self, symbol: str) -> tuple[str, ...]:
        inst = self.instruments.get(symbol)
        if inst is None:
            return (symbol,)
        return self._family_members().get(inst.family, (symbol,))

    def _family_members(self) -> dict[str, tuple[str, ...]]:
        if self._members is None:
            members: dict[str, list[str]] = {}
            for symbol, inst in self.instruments.items():
                members.setdefault(inst.family, []).append(symbol)
            self._members = {family: tuple(symbols) for family, symbols in members.items()}
        return self._members

    def kind_of(self, symbol: str) -> InstrumentKind | None:
        inst = self.instruments.get(symbol)
        return None if inst is None else inst.kind

    @property
    def article_aliases(self) -> dict[str, tuple[str, ...]]:
        """The aliases of the article's own instruments (all of them in an unlayered lexicon)."""
        return self._layers[0].aliases if self._layers else self.aliases

    def aliases_of(self, symbols: Iterable[str]) -> list[str]:
        """Every alias naming one of `symbols`."""
        wanted = set(symbols)
        found = dict.fromkeys(alias for symbol in wanted for alias in self._reverse().get(symbol, ()))
        return [alias for alias in found if wanted & set(self.aliases.get(alias, ()))]

    def mentions(self, text: str) -> list[Mention]:
        """Every alias found in `text`, longest first where they overlap, in text order."""
        known = self._seen.get(text)
        if known is None:
            known = self._seen[text] = self._find(text)
        return list(known)

    def forget(self) -> None:
        """Drop the mentions remembered for texts read so far (one document's sentences)."""
        self._seen.clear()

    def _find(self, text: str) -> list[Mention]:
        lowered = text.lower()
        if len(lowered) != len(text):
            lowered = "".join(ch.lower()[:1] or ch for ch in text)  # keep offsets
        found = self._by_token(text, lowered) if self._layers else [
            Mention(m.start(), m.end(), text[m.start():m.end()], self.aliases[m.group(0)])
            for m in self._whole_pattern().finditer(lowered)]
        odd = self._odd_pattern()
        if odd is not None:
            odd_found = [Mention(m.start(), m.end(), m.group(0), self.aliases[m.group(0).lower()])
                         for m in odd.finditer(text) if m.group(0).lower() in self.aliases]
            found = _merge_odd(found, odd_found)
        return found

    def _by_token(self, text: str, lowered: str) -> list[Mention]:
        """A layered lexicon's aliases that start with a word character, looked up by their first token
        (its layers' aliases differ per article: one pattern of them all would be compiled per article)."""
        index = self._merged_index()
        found: list[Mention] = []
        taken = 0
        for start, token in _token_starts(lowered, index):
            if start < taken:
                continue
            for alias in index[token]:
                stop = start + len(alias)
                if lowered.startswith(alias, start) and not _CONTINUES.match(lowered, stop):
                    found.append(Mention(start, stop, text[start:stop], self.aliases[alias]))
                    taken = stop
                    break
        return found

    def _whole_pattern(self) -> re.Pattern[str]:
        """The aliases `_by_token` would look up, as one pattern (see `_aliases_pattern`)."""
        if self._whole is None:
            self._whole = _aliases_pattern(tuple(sorted(
                (alias for token, aliases in self._token_index().items() if token for alias in aliases),
                key=lambda alias: (-len(alias), alias))))
        return self._whole

    def _merged_index(self) -> dict[str, list[str]]:
        """First token -> aliases, longest first; a layered lexicon merges its layers' indexes once."""
        if self._index is None and self._layers:
            overlay, base = self._layers
            merged = dict(base._token_index())
            for token, aliases in overlay._token_index().items():
                merged[token] = sorted({*merged.get(token, ()), *aliases}, key=len, reverse=True)
            self._index = merged
        return self._token_index()

    def _token_index(self) -> dict[str, list[str]]:
        if self._index is None:
            index: dict[str, list[str]] = {}
            for alias in self.aliases:
                first = _TOKEN.match(alias)  # "" holds the aliases that start otherwise ("$SPY")
                index.setdefault(first.group(0) if first else "", []).append(alias)
            for aliases in index.values():
                aliases.sort(key=len, reverse=True)
            self._index = index
        return self._index

    def _odd_pattern(self) -> re.Pattern[str] | None:
        """Aliases that do not start with a word character ("$SPY"), matched the slow way."""
        if self._odd is None:
            odd = sorted(self._odd_aliases(), key=len, reverse=True)
            alternatives = "|".join(_alias_pattern(a) for a in odd) or r"(?!x)x"
            self._odd = re.compile(rf"(?<![\w^])(?:{alternatives})(?![\w-])", re.IGNORECASE)
        return None if self._odd.pattern.startswith(r"(?<![\w^])(?:(?!x)x)") else self._odd

    def _odd_aliases(self) -> list[str]:
        if self._layers:
            return [alias for layer in self._layers for alias in layer._odd_aliases()]
        return [alias for alias in self._token_index().get("", [])]

    def _reverse(self) -> dict[str, list[str]]:
        """symbol -> the aliases that name it (each layer's own, merged by `aliases_of`)."""
        if self._by_symbol is None:
            by_symbol: dict[str, list[str]] = {}
            if self._layers:
                for layer in self._layers:
                    for symbol, aliases in layer._reverse().items():
                        by_symbol.setdefault(symbol, []).extend(aliases)
            else:
                for alias, symbols in self.aliases.items():
                    for symbol in symbols:
                        by_symbol.setdefault(symbol, []).append(alias)
            self._by_symbol = by_symbol
        return self._by_symbol


def _token_starts(lowered: str, index: dict[str, list[str]]) -> list[tuple[int, str]]:
    """Where the tokens of `lowered` that start an alias in `index` stand, in text order: the tokens
    are listed at C speed and only the few that start an alias are looked for again."""
    starts = []
    for token in set(filter(index.__contains__, _TOKENS.findall(lowered))):
        start = lowered.find(token)
        while start >= 0:
            if (start == 0 or not _IN_TOKEN.match(lowered, start - 1)) and not _IN_TOKEN.match(
                    lowered, start + len(token)):  # a whole token, as _TOKEN reads it, not a part of one
                starts.append((start, token))
            start = lowered.find(token, start + 1)
    starts.sort()
    return starts


@functools.lru_cache(maxsize=32)
def _aliases_pattern(aliases: tuple[str, ...]) -> re.Pattern[str]:
    """Lower-case aliases that start with a token, as one pattern (a trie) for lower-cased text that
    finds what looking them up by their first token finds: a match starts where a token starts and
    takes the longest alias there; the next is looked for after it. An alias of one token must be that whole
    token and not run on into a word or a hyphen; a longer one ends before a word character or a
    hyphen (its first token is whole: the alias goes on with a character no token holds). Built once
    per alias set (the articles of a run share theirs), not once per article."""
    trie: dict[str, Any] = {}  # char -> the trie after it; "" -> the end test of the alias ending there
    for alias in aliases:
        node = trie
        for ch in alias:
            node = node.setdefault(ch, {})
        node[""] = r"(?![\w^&-])" if _TOKEN.fullmatch(alias) else r"(?![\w-])"
    return re.compile(rf"(?<![\w^&])(?:{_trie_pattern(trie) if trie else '(?!x)x'})")


def _trie_pattern(node: dict[str, Any]) -> str:
    """A trie of aliases as a pattern: a longer alias is tried before the one ending here (its end
    test, stored under ""), so a match is the longest alias at its start; prefixes are shared, so a
    position is tried against the few aliases that start with its letters, not against all."""
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in node.items() if ch]
    if "" in node:
        branches.append(node[""])
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _merge_odd(found: list[Mention], odd: list[Mention]) -> list[Mention]:
    """Mentions of both kinds in text order, an overlapped one dropped (the earlier, longer wins)."""
    merged: list[Mention] = []
    for mention in sorted([*found, *odd], key=lambda m: (m.start, -(m.end - m.start))):
        if not merged or mention.start >= merged[-1].end:
            merged.append(mention)
    return merged


def _alias_pattern(alias: str) -> str:
    escaped = re.escape(alias)
    # Tickers are matched case-sensitively in spirit: a ticker must be upper case in text.
    if alias.isupper() and len(alias) <= 5:
        return f"(?-i:{escaped})"
    return escaped


_TOPIC_LEAD = re.compile(r"^[\s\"\u201c(*_#]*(?:(?:the|a|an|meanwhile|elsewhere|by contrast|in contrast|"
                         r"as for|over at|across|shares of|turning to|on|for)\b[\s,]*){0,3}$|"
                         r"^[\s\"\u201c(*_#]*(?:[A-Za-z']+\s+){0,3}[A-Za-z']+,\s*(?:the\s+)?$|"
                         r"^[\s\"\u201c(*_#]*(?:the|our|my|a)\s+(?:[\w&'-]+\s+){0,3}"
                         r"(?:fund|etf|tracker|trust)\s+$", re.IGNORECASE)
"""Words a sentence may open with before the instrument it is about: a few lead words, a short opening
phrase and its comma ("Over the ridge, the S&P 500 climbed 1.11%."), or the fund described before its
ticker ("The Dow fund DIA ended at ...", "Our small-cap fund IWM")."""


def sentence_topic(sentence: str, mentions: Sequence[Mention]) -> tuple[str, ...] | None:
    """The instrument a sentence opens with ("The Dow had a steadier day."): it becomes the
    paragraph's running subject, so "It closed at 47,220" is read as the Dow's."""
    if not mentions:
        return None
    first = mentions[0]
    return first.symbols if _TOPIC_LEAD.match(sentence[:first.start]) else None


_COMPARED_TO = re.compile(r"\b(?:behind|than|vs\.?|versus|against|relative\s+to|compared\s+(?:with|to)|"
                          r"trail(?:s|ed|ing)?|lag(?:s|ged|ging)?|outpac(?:es|ed|ing)|"
                          r"(?:under|out)perform(?:s|ed|ing)?)\s+(?:the\s+)?$", re.IGNORECASE)


def only_compared(sentence: str, mentions: Sequence[Mention], subject: tuple[str, ...]) -> bool:
    """Every mention of `subject` in the sentence is what something else is measured against ("six
    sessions in a row behind SPY", "a better day than the Dow"): the sentence is not about it."""
    own = [m for m in mentions if set(m.symbols) & set(subject)]
    return bool(own) and all(compared_against(sentence, m) for m in own)


def compared_against(sentence: str, mention: Mention) -> bool:
    """The mention is what something else is measured against ("... than IWM", "behind SPY")."""
    return bool(_COMPARED_TO.search(sentence[max(0, mention.start - 30):mention.start]))


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
    """Instruments from the snapshot (and its related moves), peers and configuration.

    The configured instruments are built into a lexicon once per configuration (cached);
    the article's own instrument, its related symbols and the peers are built per article
    and layered over it, so the cost per article does not grow with the configuration.
    """
    configured = tuple(instruments)
    peers = tuple(peers)
    relevant = _relevant(configured, snapshot, peers)
    overlay = _build(snapshot, peers, relevant)
    if len(relevant) == len(configured):
        return overlay
    try:
        base = _configured_lexicon(configured)
    except TypeError:  # an InstrumentInfo built with a list of aliases cannot be a cache key
        base = _build(None, (), configured)
    return Lexicon.layered(base, overlay)


@functools.lru_cache(maxsize=8)
def _configured_lexicon(configured: tuple[InstrumentInfo, ...]) -> Lexicon:
    return _build(None, (), configured)


def _relevant(configured: tuple[InstrumentInfo, ...], snapshot: Snapshot,
              peers: tuple[Snapshot, ...]) -> tuple[InstrumentInfo, ...]:
    """The configured instruments an article is about: its own, its related ones, its peers
    and each one's index and ETFs."""
    wanted = {snapshot.symbol, *(m.symbol for m in snapshot.related)}
    for snap in (snapshot, *peers):
        wanted |= {snap.symbol, snap.index_symbol or snap.symbol}
    wanted |= {i.index for i in configured if i.index and i.symbol in wanted}
    return tuple(i for i in configured if i.symbol in wanted or i.index in wanted)


def _build(snapshot: Snapshot | None, peers: tuple[Snapshot, ...],
           configured: tuple[InstrumentInfo, ...]) -> Lexicon:
    lexicon = Lexicon()
    families = {i.symbol: i.index for i in configured if i.index}
    snapshots = (snapshot, *peers) if snapshot is not None else ()
    for snap in snapshots:
        if snap.index_symbol:
            families.setdefault(snap.symbol, snap.index_symbol)
    _add_known(lexicon, snapshots, configured, families)
    _add_aliases(lexicon, configured, families)
    if snapshot is not None:
        _add_generic(lexicon, snapshot)
    return lexicon


def _family(symbol: str, families: dict[str, str]) -> str:
    return families.get(symbol, symbol)


def _add_known(lexicon: Lexicon, snapshots: tuple[Snapshot, ...],
               configured: tuple[InstrumentInfo, ...], families: dict[str, str]) -> None:
    for info in configured:
        lexicon.add_instrument(info.symbol, info.name, info.kind, _family(info.symbol, families))
    for snap in snapshots:
        lexicon.add_instrument(snap.symbol, snap.name, snap.kind, _family(snap.symbol, families))
        for move in snap.related:
            if move.symbol not in lexicon.instruments:
                lexicon.add_instrument(move.symbol, move.name, move.kind, _family(move.symbol, families))
    for bare, symbol in _COMMON_TICKERS.items():
        if symbol in lexicon.instruments:
            lexicon.add_alias(bare, (symbol,))


def _add_aliases(lexicon: Lexicon, configured: tuple[InstrumentInfo, ...], families: dict[str, str]) -> None:
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
