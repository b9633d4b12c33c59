"""Range-edge figures: which numbers an article names a trading range's top and bottom by.

A range has two sets of numbers: its closing bounds (range.lower/upper, the lowest and highest
close) and, in the levels table, each edge's zone (the closing bound merged with the intraday
swings around it, "$608.89–$610.35"). An article reads as one range when every mention of an edge
uses the one figure the levels table gives it (writers/scenarios.range_edge_slot): the zone where
the table has one, in the band of closes as where it names the edge as a level ("the range bottom
at $608.89–$610.35"), else the closing bound, and a zone's single edge only when it says so ("the
top of the range-bottom zone, $610.35"). A closing bound beside the zone ("closes have held between
$610.21 and $629.76") is a second figure (figures_per_edge 2); anything else (the range bottom
"at $608.89", one end of the zone passed off as the edge) is a stray: a third number for one edge.

`edge_mentions` reads an article's prose (quotes from sources left out) and returns every
figure it ties to an edge; `strays` the ones that are neither; `figures_per_edge` how many
distinct figures each edge is named by (1 reads as one range).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.contracts import Article, Snapshot

_MONEY = r"\$\d[\d,]*(?:\.\d+)?"
_FIGURE = rf"(?P<fig>{_MONEY}(?:\s?[–-]\s?{_MONEY})?)"
_EDGE = r"(?<!old )(?<!prior )(?<!was the )range (?P<edge>top|bottom|floor|ceiling|edge)"
_AFTER = re.compile(_EDGE + r"(?:,| at| of| is| near| sits at)? \(?" + _FIGURE)
_BEFORE = re.compile(_FIGURE + r"(?:,| \()(?: the)? " + _EDGE)
_ZONE_EDGE = re.compile(r"(?P<end>top|bottom) of the range-(?P<edge>top|bottom) zone(?:,| at) "
                        rf"(?P<fig>{_MONEY})"
                        rf"|(?P<fig2>{_MONEY}), the (?P<end2>top|bottom) of the range-(?P<edge2>top|bottom) "
                        "zone")
_SPAN = re.compile(rf"(?P<lo>{_MONEY})(?: and | to |\s?[–-]\s?)(?P<hi>{_MONEY})")
_RANGE_WORDS = re.compile(r"\b(?:range|band|box|boxed|clos\w*)\b", re.IGNORECASE)
_QUOTED = re.compile(r"\u201c[^\u201d]*\u201d")
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")
_NAMES = {"top": "top", "ceiling": "top", "bottom": "bottom", "floor": "bottom"}


@dataclass(frozen=True)
class Mention:
    edge: str  # "top" or "bottom"
    figure: tuple[float, ...]  # one price, or a zone's (low, high)
    kind: str  # "label" (the edge named as a level), "zone_edge" (one end of its zone, said so), "closes"
    text: str


def _price(text: str) -> float:
    return float(text.replace("$", "").replace(",", ""))


def _figure(text: str) -> tuple[float, ...]:
    return tuple(_price(p) for p in re.findall(_MONEY, text))


def _same(a: float, b: float | None) -> bool:
    return b is not None and abs(a - b) < 0.005


def _zone(snapshot: Snapshot, edge: str) -> tuple[float, float] | None:
    for level in snapshot.levels:
        if level.source == "range" and level.label == f"range {edge}":
            if level.zone_low is not None and level.zone_high is not None:
                return level.zone_low, level.zone_high
            return level.price, level.price
    return None


def _bound(snapshot: Snapshot, edge: str) -> float | None:
    if snapshot.range is None:
        return None
    return snapshot.range.upper if edge == "top" else snapshot.range.lower


def _sentences(article: Article) -> list[str]:
    out = []
    for section, text in article.prose():
        if section in ("key_levels", "indicators"):  # the table rows define the zones
            continue
        for sentence in _SENTENCE_END.split(_QUOTED.sub("", text)):
            if sentence.strip():
                out.append(sentence.strip())
    return out


def edge_mentions(article: Article, snapshot: Snapshot) -> list[Mention]:
    """Every figure the article ties to a range edge (none without a range)."""
    if snapshot.range is None:
        return []
    found: list[Mention] = []
    for sentence in _sentences(article):
        taken: list[tuple[int, int]] = []
        for match in _ZONE_EDGE.finditer(sentence):
            edge = match.group("edge") or match.group("edge2")
            end = match.group("end") or match.group("end2")
            fig = match.group("fig") or match.group("fig2")
            found.append(Mention(edge, (_price(fig), 0.0 if end == "bottom" else 1.0), "zone_edge",
                                 sentence))
            taken.append(match.span())
        for pattern in (_AFTER, _BEFORE):
            for match in pattern.finditer(sentence):
                if any(a <= match.start() < b for a, b in taken):
                    continue
                figure = _figure(match.group("fig"))
                word = match.group("edge")
                edge = _NAMES.get(word) or ("top" if figure[0] > snapshot.close else "bottom")
                found.append(Mention(edge, figure, "label", sentence))
                taken.append(match.span())
        if not _RANGE_WORDS.search(sentence):
            continue
        for match in _SPAN.finditer(sentence):
            if any(a <= match.start() < b for a, b in taken):
                continue
            lo, hi = _price(match.group("lo")), _price(match.group("hi"))
            if lo < snapshot.close < hi:  # a span around the close: the range itself
                found.append(Mention("bottom", (lo,), "closes", sentence))
                found.append(Mention("top", (hi,), "closes", sentence))
    return found


def is_stray(mention: Mention, snapshot: Snapshot) -> bool:
    """True when a mention names its edge by neither the closing bound nor the zone (as a whole, or
    one end of it said to be that end)."""
    zone, bound = _zone(snapshot, mention.edge), _bound(snapshot, mention.edge)
    fig = mention.figure
    if mention.kind == "zone_edge":
        if zone is None:
            return True
        return not _same(fig[0], zone[1] if fig[1] == 1.0 else zone[0])
    if len(fig) == 1:
        return not (_same(fig[0], bound) or zone is not None and zone[0] == zone[1]
                    and _same(fig[0], zone[0]))
    return mention.kind == "closes" or zone is None or not (_same(fig[0], zone[0])
                                                            and _same(fig[1], zone[1]))


def strays(article: Article, snapshot: Snapshot) -> list[Mention]:
    return [m for m in edge_mentions(article, snapshot) if is_stray(m, snapshot)]


def figures_per_edge(article: Article, snapshot: Snapshot) -> dict[str, int]:
    """Distinct figures each edge is named by; a zone's end, said so, counts with its zone."""
    seen: dict[str, set[tuple[float, ...]]] = {}
    for mention in edge_mentions(article, snapshot):
        figure = mention.figure
        zone = _zone(snapshot, mention.edge)
        if mention.kind == "zone_edge" and zone is not None and not is_stray(mention, snapshot):
            figure = zone
        elif len(figure) == 2 and zone is not None and figure[0] == figure[1]:
            figure = figure[:1]
        seen.setdefault(mention.edge, set()).add(tuple(round(v, 2) for v in figure))
    return {edge: len(figures) for edge, figures in seen.items()}
