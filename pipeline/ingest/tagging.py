"""Which instruments a story is about, and how useful it is as a source (pure).

Matching rules, per alias (and per symbol, except `^`-prefixed index symbols,
which match through their alias list only):
- a short all-caps term (a ticker such as IWM, SPY, DIA, RTY, VIX, QQQ, or S&P)
  matches case-sensitively as a whole word: "dia" in "media" or "India" never
  matches, nor "Spy" in "spy thriller";
- any other term (multi-word or mixed/lower case: "Dow", "small caps",
  "Nasdaq-100") matches case-insensitively between word boundaries: "Dow" does
  not match "Dowling". Spaces in a term match any run of whitespace.

Themes and sectors (`[[themes]]` in the config: name, kind, aliases) are
tagged by the same rules into `NewsItem.themes`.

An index is tagged as its own symbol (an item naming "Russell 2000 index" gets
^RUT, and IWM too because "Russell 2000" is one of IWM's aliases). Whether an
item concerns a tradable instrument directly or only through its index is
answered by `symbols_about`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from functools import cache

from ..config import InstrumentConfig, ThemeConfig
from ..contracts import NewsItem
from .addresses import linkable

TICKER_MAX_LEN = 5
TITLE_WEIGHT = 3.0
LEAD_WEIGHT = 1.0
LEAD_CHARS = 400
INDEX_TITLE_WEIGHT = 2.0
BODY_WEIGHT = 0.4
BODY_HITS_CAP = 5
INDEX_BODY_WEIGHT = 0.5
CONTENT_BONUS = 0.25
HALF_LIFE_HOURS = 48.0
UNDATED_RECENCY = 0.25


def is_ticker_term(term: str) -> bool:
    """A short all-caps token, matched case-sensitively."""
    return " " not in term and len(term) <= TICKER_MAX_LEN and term.isupper()


def instrument_terms(instrument: InstrumentConfig) -> tuple[str, ...]:
    terms = [] if instrument.symbol.startswith("^") else [instrument.symbol]
    terms += instrument.aliases
    return tuple(dict.fromkeys(t.strip() for t in terms if t.strip()))


@cache  # one entry per instrument and theme: a bounded cache thrashed past 256
def _pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """One alternation: case-sensitive tickers, case-insensitive names (scoped flag)."""
    parts = []
    for term in sorted(terms, key=len, reverse=True):
        body = r"\s+".join(re.escape(word) for word in term.split())
        parts.append(body if is_ticker_term(term) else f"(?i:{body})")
    if not parts:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


def _matcher(instrument: InstrumentConfig) -> re.Pattern[str] | None:
    return _pattern(instrument_terms(instrument))


def count_mentions(text: str, instrument: InstrumentConfig) -> int:
    pattern = _matcher(instrument)
    return 0 if pattern is None or not text else sum(1 for _ in pattern.finditer(text))


def mentions(text: str, instrument: InstrumentConfig) -> bool:
    pattern = _matcher(instrument)
    return pattern is not None and bool(text) and pattern.search(text) is not None


def tag_symbols(text: str, instruments: Iterable[InstrumentConfig]) -> list[str]:
    """Symbols of the instruments `text` mentions, in configuration order.

    Only instruments one of whose terms starts with a word of `text` are matched
    (`first_word`), so a text costs about the same against 500 instruments as
    against 5."""
    if not text:
        return []
    words = set(_WORD.findall(text.lower()))
    return [inst.symbol for inst in instruments if _may_mention(words, inst) and mentions(text, inst)]


def _may_mention(words: set[str], instrument: InstrumentConfig) -> bool:
    firsts = _first_words(instrument_terms(instrument))
    return "" in firsts or not words.isdisjoint(firsts)


_WORD = re.compile(r"\w+")


@cache
def _first_words(terms: tuple[str, ...]) -> frozenset[str]:
    """The first run of word characters of each term, lower-cased: a text that matches the
    term has it as one of its words (the match starts and ends at word boundaries)."""
    return frozenset(first_word(term) for term in terms)


def first_word(term: str) -> str:
    found = _WORD.search(term.lower())
    return found.group(0) if found else ""


def tag_themes(text: str, themes: Iterable[ThemeConfig]) -> list[str]:
    """Names of the configured themes and sectors `text` mentions, in configuration order."""
    found = []
    for theme in themes:
        pattern = _pattern(tuple(dict.fromkeys(a.strip() for a in theme.aliases if a.strip())))
        if pattern is not None and text and pattern.search(text):
            found.append(theme.name)
    return found


def item_text(item: NewsItem) -> str:
    """Title, summary and body: what tagging reads."""
    return "\n".join(part for part in (item.title, item.summary, item.text) if part)


def symbols_about(item: NewsItem, instrument: InstrumentConfig) -> list[str]:
    """Which of [instrument, its index] the item is tagged with.

    `instrument.symbol in result`: the item names the instrument itself;
    only `instrument.index` in result: it concerns the instrument via its index;
    empty: unrelated.
    """
    wanted = [instrument.symbol] + ([instrument.index] if instrument.index else [])
    return [symbol for symbol in wanted if item.mentions(symbol)]


def relevance(item: NewsItem, instrument: InstrumentConfig, *, now: datetime) -> float:
    """How good a source `item` is for an article on `instrument`; 0.0 when unrelated.

    A mention in the title weighs TITLE_WEIGHT; one in the lead (the feed
    summary or the first LEAD_CHARS of the text) adds LEAD_WEIGHT; body mentions
    add BODY_WEIGHT each (at most BODY_HITS_CAP); a tag on the instrument's index
    adds INDEX_TITLE_WEIGHT when the item does not name the instrument in its
    title, else INDEX_BODY_WEIGHT. That is scaled by recency (half-life
    HALF_LIFE_HOURS before `now`; undated stories count as UNDATED_RECENCY)
    between 0.5x and 1x and by the feed's `source_weight`; an item with
    extracted text gets CONTENT_BONUS.
    """
    about = symbols_about(item, instrument)
    if not about:
        return 0.0
    in_title = count_mentions(item.title, instrument) > 0
    in_lead = count_mentions(f"{item.summary}\n{item.text[:LEAD_CHARS]}", instrument) > 0
    body_hits = count_mentions(f"{item.summary}\n{item.text}", instrument)
    score = (TITLE_WEIGHT if in_title else 0.0) + (LEAD_WEIGHT if in_lead else 0.0)
    score += BODY_WEIGHT * min(body_hits, BODY_HITS_CAP)
    if instrument.index in about:
        score += INDEX_BODY_WEIGHT if in_title else INDEX_TITLE_WEIGHT
    if score == 0.0:  # tagged, but by text this function cannot see; still related
        score = BODY_WEIGHT
    score *= (0.5 + 0.5 * recency(item.published_at, now)) * item.source_weight
    return round(score + (CONTENT_BONUS if item.has_content else 0.0), 6)


def recency(published_at: datetime | None, now: datetime) -> float:
    """1.0 at `now`, halving every HALF_LIFE_HOURS; future-dated counts as now."""
    if published_at is None:
        return UNDATED_RECENCY
    hours = max(0.0, (now - published_at).total_seconds() / 3600)
    return math.pow(0.5, hours / HALF_LIFE_HOURS)


def rank_for(
    items: Sequence[NewsItem],
    instrument: InstrumentConfig,
    limit: int,
    *,
    now: datetime | None = None,
    session: date | None = None,
    allow_loopback: bool = False,
) -> list[NewsItem]:
    """The `limit` best sources for `instrument`, best first; unrelated items never.

    Nor items whose URL the fetcher refuses (`addresses.linkable`): an article
    links every source it cites, so a refused URL is never offered to a writer.

    Recency is measured back from `now`; given only `session`, from midnight UTC
    ending that day; given neither, from the newest publication time among
    `items`. So the ranking depends on the data only. Ties go to the newer
    story, then the item id. Which items a session may cite (nothing from its
    future) is decided before: by ingest's window and the store's query.
    """
    if limit <= 0:
        return []
    if now is None and session is not None:
        now = datetime.combine(session + timedelta(days=1), time(0), UTC)
    if now is None:
        dated = [i.published_at for i in items if i.published_at is not None]
        # With nothing dated every item gets UNDATED_RECENCY, whatever `now` is.
        now = max(dated) if dated else datetime.min.replace(tzinfo=UTC)
    scored = [(relevance(item, instrument, now=now), item) for item in items
              if linkable(item.url, allow_loopback=allow_loopback)]
    scored = [(score, item) for score, item in scored if score > 0]
    scored.sort(key=lambda pair: (-pair[0], -_timestamp(pair[1]), pair[1].item_id))
    return [item for _, item in scored[:limit]]


def _timestamp(item: NewsItem) -> float:
    return item.published_at.timestamp() if item.published_at else float("-inf")
