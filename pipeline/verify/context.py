"""What a draft is checked against: the snapshot, its peers, the scores and the sources.

`VerifyContext.build` flattens every snapshot into named facts, each tagged with
the instrument it is about, so a figure attributed to QQQ can be checked
against QQQ's facts and not IWM's.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import compress
from typing import TYPE_CHECKING, TypeVar

from ..contracts import NewsItem, Scores, Snapshot
from ..facts import Fact, FactSheet, build_fact_sheet, fact_tag
from .claims import forget_periods
from .numbers import PrintedNumber, forget_folded, same_at_precision, units_fit
from .subjects import InstrumentInfo, Lexicon, build_lexicon

if TYPE_CHECKING:
    from .citations import SourceWords

_T = TypeVar("_T")


@dataclass(frozen=True)
class SubjectFact:
    subject: str  # the instrument symbol the fact is about
    name: str  # the fact's name from the subject's side: QQQ_close in IWM's sheet is QQQ's 'close'
    fact: Fact


@dataclass
class VerifyContext:
    snapshot: Snapshot
    scores: Scores | None
    sheet: FactSheet
    peers: dict[str, Snapshot]
    sources: dict[str, NewsItem]  # item_id -> item
    lexicon: Lexicon
    facts: list[SubjectFact] = field(default_factory=list)
    extra_names: list[str] = field(default_factory=list)  # digit-bearing names that state no figure
    sources_known: bool = True  # False: no sources were handed in, so citations cannot be checked
    _values: list[float] = field(default_factory=list, repr=False)
    _order: list[int] = field(default_factory=list, repr=False)
    _units: list[str | None] = field(default_factory=list, repr=False)  # each _order fact's unit
    _by_name: dict[tuple[str, str], Fact] = field(default_factory=dict, repr=False)
    _by_unit: dict[str | None, tuple[list[float], list[int]]] = field(default_factory=dict, repr=False)
    _shown: dict[tuple[float, int, str | None, float, float], list[SubjectFact]] = field(
        default_factory=dict, repr=False)  # showing() per printed value: figures recur across sentences
    fact_dates: frozenset[date] = frozenset()  # every date among the facts (read once per context)
    _texts: dict[tuple[Callable[[str], object], str], object] = field(
        default_factory=dict, repr=False)  # per_text: what several checks read from the same text
    source_words: dict[str, SourceWords] = field(
        default_factory=dict, repr=False)  # each cited source's words (citations.check_support), read once
    # per context: they depend on the source's text and this context's lexicon only, so a draft checked
    # again (a revision, check_text after check_article) does not read its sources again

    @classmethod
    def build(cls, snapshot: Snapshot, scores: Scores | None = None, *,
              peers: Iterable[Snapshot] = (),
              sources: Iterable[NewsItem] | Mapping[str, NewsItem] | None = (),
              instruments: Iterable[InstrumentInfo] = ()) -> VerifyContext:
        """`sources=None` means the ingested items are unknown (not that there are none):
        resolution of [n] is still checked, ingestion and support are not."""
        peer_map = {p.symbol: p for p in peers if p.symbol != snapshot.symbol}
        items = () if sources is None else sources.values() if isinstance(sources, Mapping) else sources
        sheet = build_fact_sheet(snapshot, scores)
        ctx = cls(snapshot=snapshot, scores=scores, sheet=sheet, peers=peer_map,
                  sources={item.item_id: item for item in items},
                  lexicon=build_lexicon(snapshot, peer_map.values(), instruments),
                  sources_known=sources is not None)
        ctx.facts = _subject_facts(snapshot, sheet) + [
            sf for peer in peer_map.values() for sf in _subject_facts(peer, build_fact_sheet(peer))]
        ctx._index()
        return ctx

    def _index(self) -> None:
        numeric = sorted((abs(float(sf.fact.value)), n) for n, sf in enumerate(self.facts)  # type: ignore[arg-type]
                         if not isinstance(sf.fact.value, date))
        self._values = [value for value, _ in numeric]
        self._order = [n for _, n in numeric]
        self._units = [self.facts[n].fact.unit for n in self._order]
        self._by_name = {(sf.subject, sf.name): sf.fact for sf in reversed(self.facts)}
        self._by_unit = {}
        self._shown = {}
        self.fact_dates = frozenset(sf.fact.value for sf in self.facts  # type: ignore[misc]
                                    if sf.fact.unit == "date" and isinstance(sf.fact.value, date))

    def forget(self) -> None:
        """Drop what was remembered while reading one document (its mentions, the facts its figures
        show): a document's figures recur, another document's need not."""
        self.lexicon.forget()
        forget_folded()
        forget_periods()
        self._shown.clear()
        self._texts.clear()

    def per_text(self, read: Callable[[str], _T], text: str) -> _T:
        """read(text), once per document (see forget): a property of a sentence that each of its
        figures' checks asks for (`read` must depend on the text alone)."""
        key = (read, text)
        if key in self._texts:
            return self._texts[key]  # type: ignore[return-value]
        known = self._texts[key] = read(text)
        return known

    def candidates(self, number: PrintedNumber) -> list[SubjectFact]:
        """Facts whose size is within a rounding step (plus one) of a printed number."""
        step = max(1.5 * 10 ** -number.decimals, number.tolerance * number.value)
        low = bisect.bisect_left(self._values, (number.value - step) * number.scale)
        high = bisect.bisect_right(self._values, (number.value + step) * number.scale)
        return [self.facts[n] for n in self._order[low:high]]

    def showing(self, number: PrintedNumber) -> list[SubjectFact]:
        """The facts a printed number shows, at its precision and in a unit it may be printed in:
        the `candidates` that `matches`, in the same order (each unit's facts indexed apart). They
        depend on the facts and on how the number was printed only: each is looked up once per
        document (see forget)."""
        key = (number.value, number.decimals, number.unit, number.scale, number.tolerance)
        known = self._shown.get(key)
        if known is None:
            values, order = self._of_unit(number.unit)
            step = max(1.5 * 10 ** -number.decimals, number.tolerance * number.value)
            low = bisect.bisect_left(values, (number.value - step) * number.scale)
            high = bisect.bisect_right(values, (number.value + step) * number.scale)
            facts = self.facts
            known = self._shown[key] = [facts[n] for n in order[low:high]
                                        if same_at_precision(float(facts[n].fact.value), number)]  # type: ignore[arg-type]
        return list(known)

    def prices(self) -> tuple[list[float], list[int]]:
        """The values (ascending) and fact positions of every fact a price may be printed as."""
        return self._of_unit("price")

    def _of_unit(self, unit: str | None) -> tuple[list[float], list[int]]:
        known = self._by_unit.get(unit)
        if known is None:
            fits = {fact_unit: units_fit(fact_unit, unit) for fact_unit in set(self._units)}
            kept = list(map(fits.__getitem__, self._units))  # a few units among hundreds of facts
            known = self._by_unit[unit] = (list(compress(self._values, kept)),
                                           list(compress(self._order, kept)))
        return known

    @property
    def symbol(self) -> str:
        return self.snapshot.symbol

    def facts_of(self, subjects: Iterable[str]) -> list[Fact]:
        wanted = set(subjects)
        return [sf.fact for sf in self.facts if sf.subject in wanted]

    def fact(self, subject: str, name: str) -> Fact | None:
        """A fact by its name in the subject's own sheet ('close', 'change_1d_pct', 'rsi_14')."""
        return self._by_name.get((subject, name))

    def source_urls(self) -> set[str]:
        """Every URL a source was seen at, copies collapsed into it by dedupe (`also_at`) included."""
        return {url for item in self.sources.values() for url in _item_urls(item)}

    def item_for_url(self, url: str) -> NewsItem | None:
        for item in self.sources.values():
            if url in _item_urls(item):
                return item
        return None


def _item_urls(item: NewsItem) -> list[str]:
    return [item.url, *item.urls, *(copy.url for copy in item.also_at)]


def _subject_facts(snapshot: Snapshot, sheet: FactSheet) -> list[SubjectFact]:
    tags = {fact_tag(move.symbol): move.symbol for move in snapshot.related}
    found = []
    for fact in sheet.facts.values():
        subject, name = snapshot.symbol, fact.name
        for tag, symbol in tags.items():
            for own in ("close", "change_1d_pct"):
                if fact.name == f"{tag}_{own}":
                    subject, name = symbol, own
        found.append(SubjectFact(subject, name, fact))
    return found
