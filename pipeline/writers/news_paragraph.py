"""The template writer's news paragraph: what the session's stories report, and how it fits the tape.

Each cited story is stated by its key claim (a clause of its own text, quoted
verbatim so any figure in it is the source's, attributed to its publisher and
cited [n]), grouped by theme: the market's day first, then rates, the Fed,
volatility and the rest. Link sentences then draw the line from the news to
the tape using directions only (never a figure): whether this instrument moved
with the day the stories describe, and what the yield and VIX moves in the
data mean for it (yields down and stocks up fit together, most of all for
rate-sensitive small caps and long-duration growth shares; a VIX rising on a
down day means hedging demand). Wording comes from the banks in news_phrases.
"""

from __future__ import annotations

import re

from ..contracts import NewsItem, RelatedRole
from ..stories import FED, RATES, TAPE, VOLATILITY, StoryDigest, data_direction, digest
from . import news_phrases as bank
from .base import Brief
from .phrases import vary

_LOWER_FIRST = frozenset("the a an each some most many its their this that these those stocks shares "
                         "investors traders markets equities".split())
FLAT_PCT = 0.05
PARTLY_PP = 0.5
Numbered = tuple[int, NewsItem, StoryDigest]


def stories_for(brief: Brief, items: list[NewsItem]) -> list[StoryDigest]:
    """The brief's digest of each item (computed by the pipeline), or one made here."""
    known = {story.item_id: story for story in brief.stories}
    names = [brief.short_name, *(brief.related_names.values())]
    return [known.get(item.item_id) or digest(item, brief.snapshot, names) for item in items]


def news_paragraph(brief: Brief, cited: int) -> str | None:
    items = brief.news[:cited]
    if not items:
        return None
    stories = stories_for(brief, items)
    key: tuple[object, ...] = (brief,)  # every wording below is rotated per article by _pick
    numbered = [(n, item, s) for n, (item, s) in enumerate(zip(items, stories, strict=True), start=1)]
    tape = [entry for entry in numbered if entry[2].theme == TAPE]
    used: set[str] = set()  # frames already used in this paragraph: no frame twice
    sentences: list[str | None] = [_opener(brief, stories, key)]
    if tape:
        sentences.append(_tape_sentence(tape[:2], key))
        sentences += [_disagreement(brief, s) for _, _, s in tape[:2]]
        sentences += [x for entry in tape[2:]
                      for x in (_themed(entry, key, used), _disagreement(brief, entry[2]))]
        sentences.append(_tape_link(brief, key) if any(s.same_day for _, _, s in tape) else None)
    sentences += [x for entry in numbered if entry[2].theme != TAPE
                  for x in (_themed(entry, key, used), _disagreement(brief, entry[2]))]
    themes = {s.theme for s in stories}
    sentences += [_rates_link(brief, key)] if themes & {RATES, FED} else []
    sentences += [_vix_link(brief, key)] if VOLATILITY in themes else []
    return " ".join(s for s in sentences if s)


def _pick(options: tuple[str, ...] | list[str], brief: object, *tags: object) -> str:
    """One of `options`, rotated like the rest of the prose (phrases.vary): one session's articles,
    and one instrument's consecutive sessions, take different wordings where the bank allows."""
    return vary(list(options), brief, "|".join(map(str, tags)))


def _opener(brief: Brief, stories: list[StoryDigest], key: tuple[object, ...]) -> str:
    options: tuple[str, ...]
    if not any(s.same_day for s in stories):
        options = bank.OPENER_STALE
    elif any(s.agrees is False for s in stories):
        options = bank.OPENER_MIXED
    else:
        options = bank.OPENERS
    return _pick(options, *key, "news-open").format(day=brief.snapshot.session.strftime("%A"))


def quoted(claim: str, text: str = "") -> str:
    """The claim in quotation marks after "that": its first word lowered when it is a common word
    (a determiner, or a word the story itself prints in lower case elsewhere)."""
    first, _, rest = claim.partition(" ")
    common = first.lower() in _LOWER_FIRST or (
        first[1:].islower() and re.search(rf"\b{re.escape(first.lower())}\b", text))
    if common and rest:
        claim = f"{first.lower()} {rest}"
    return f"\u201c{claim}\u201d"


def _quote(story: StoryDigest, item: NewsItem) -> str:
    return quoted(story.claim, f"{item.title}\n{item.text}")


def _themed(entry: Numbered, key: tuple[object, ...], used: set[str]) -> str:
    """One story's sentence, in a frame not yet used in this paragraph while one is left."""
    number, item, story = entry
    topic = bank.TOPICS.get(story.theme) or ("the market" if story.theme in (TAPE, "other")
                                             else story.theme.replace("-", " "))
    frames = (*bank.THEMED, bank.THEMED_DESK) if story.theme in bank.DESKS else bank.THEMED
    frame = _pick([f for f in frames if f not in used] or frames, *key, story.theme)
    used.add(frame)
    text = frame.format(topic=topic, desk=bank.DESKS.get(story.theme, ""), pub=item.publisher,
                        verb=_pick(bank.VERBS, *key, number), q=_quote(story, item), n=number)
    return text[:1].upper() + text[1:]


def _tape_sentence(tape: list[Numbered], key: tuple[object, ...]) -> str:
    (n1, item1, s1), *more = tape
    values = {"pub": item1.publisher, "verb": _pick(bank.VERBS, *key, "tape"), "q": _quote(s1, item1),
              "n": n1}
    if not more:
        return _pick(bank.TAPE_ONE, *key, "tape-frame").format(**values)
    n2, item2, s2 = more[0]
    values |= {"pub2": bank.SAME_PUBLISHER if item2.publisher == item1.publisher else item2.publisher,
               "verb2": _pick(bank.VERBS, *key, "tape2"), "q2": _quote(s2, item2), "n2": n2}
    frame = _pick(bank.TAPE_TWO, *key, "tape-frame")
    if values["pub2"] == bank.SAME_PUBLISHER:
        frame = bank.TAPE_TWO[0]  # "and in a second story that ..." reads only in the first frame
    return frame.format(**values)


def _disagreement(brief: Brief, story: StoryDigest) -> str | None:
    """When the data moved the other way from what the story reports, say so (no figures)."""
    if story.agrees is not False or story.direction is None:
        return None
    seen = "higher" if story.direction == "down" else "lower"
    subject = {TAPE: _mid_sentence(brief.short_name), RATES: "the 10-year yield", FED: "the 10-year yield",
               VOLATILITY: "the VIX"}.get(story.theme)
    return f"The data says otherwise: {subject} ended {seen} on the session." if subject else None


def _moved(change: float) -> str | None:
    return None if abs(change) < FLAT_PCT else "up" if change > 0 else "down"


def _tape_link(brief: Brief, key: tuple[object, ...]) -> str:
    """This instrument against the day the stories describe: with it, ahead, behind, against it."""
    s = brief.snapshot
    own = _moved(s.returns.change_1d_pct)
    peers = [m.change_1d_pct for m in s.related if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)]
    average = sum(peers) / len(peers) if peers else s.returns.change_1d_pct
    market = _moved(average)
    gap = s.returns.change_1d_pct - average
    options: tuple[str, ...]
    if own is None:
        options = bank.STILL
    elif market is not None and own != market:
        options = bank.AGAINST
    elif abs(gap) < PARTLY_PP:
        options = bank.WITH_MARKET
    else:
        options = bank.AHEAD if (gap > 0) == (own == "up") else bank.BEHIND
    plural = _plural(brief)
    return _pick(options, *key, "tape-link").format(
        name=brief.short_name, was="were" if plural else "was")


def _rates_link(brief: Brief, key: tuple[object, ...]) -> str | None:
    """What the yield move in the data means for this instrument; None when the data holds none."""
    yields, own = data_direction(RATES, brief.snapshot), _moved(brief.snapshot.returns.change_1d_pct)
    if yields is None or own is None:
        return None
    if (yields, own) in bank.RATES_APART:
        return _pick(bank.RATES_APART[(yields, own)], *key, "rates").format(name=brief.short_name)
    kind = next((k for k in bank.KINDS if k in brief.tags), "")
    base = _pick(bank.RATES_BASE[(yields, own)], *key, "rates")
    return f"{base}: {bank.RATES_WHY[(yields, kind)]}."


def _vix_link(brief: Brief, key: tuple[object, ...]) -> str | None:
    vix, own = data_direction(VOLATILITY, brief.snapshot), _moved(brief.snapshot.returns.change_1d_pct)
    if vix is None or own is None:
        return None
    return _pick(bank.VIX[(vix, own)], *key, "vix")


def _mid_sentence(name: str) -> str:
    """'The Dow' -> 'the Dow', 'Small caps' -> 'small caps'; 'Nasdaq' stays."""
    words = name.split()
    if words and (words[0] == "The" or (len(words) > 1 and words[1][:1].islower())):
        return name[:1].lower() + name[1:]
    return name


def _plural(brief: Brief) -> bool:
    return brief.short_name.lower().endswith(("caps", "stocks", "shares"))
