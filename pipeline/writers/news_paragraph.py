"""The template writer's news paragraph: what the session's stories report, and how it fits the tape.

Each cited story is stated by its key claim (a clause of its own text, quoted
verbatim so any figure in it is the source's, attributed to its publisher and
cited [n]), grouped by theme: the market's day first, then rates, the Fed,
volatility and the rest. Link sentences then draw the line from the news to
the tape using directions only (never a figure): whether this instrument moved
with the day the stories describe, and what the yield and VIX moves in the
data mean for it (yields down and stocks up fit together; yields up and stocks
down are one story; a VIX rising on a down day means hedging demand).
"""

from __future__ import annotations

import re

from ..contracts import NewsItem, RelatedRole
from ..stories import FED, RATES, TAPE, VOLATILITY, StoryDigest, data_direction, digest
from .base import Brief
from .phrases import pick

_LOWER_FIRST = frozenset("the a an each some most many its their this that these those stocks shares "
                         "investors traders markets equities".split())
_THEME_LEAD = {RATES: "On rates,", FED: "On the Fed,", VOLATILITY: "On volatility,"}
_VERBS = ("reported", "wrote", "said")
FLAT_PCT = 0.05
PARTLY_PP = 0.5


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
    key = (brief.snapshot.symbol, brief.snapshot.session)
    sentences: list[str | None] = [_opener(brief, stories, key)]
    numbered = list(enumerate(zip(items, stories, strict=True), start=1))
    tape = [(n, item, s) for n, (item, s) in numbered if s.theme == TAPE]
    if tape:
        sentences.append(_tape_sentence(tape[:2], key))
        sentences += [_attribution(n, item, s, key) for n, item, s in tape[2:]]
        sentences += [_tape_link(brief)]
    sentences += [_attribution(n, item, s, key) for n, (item, s) in numbered if s.theme != TAPE]
    themes = {s.theme for s in stories}
    sentences += [_rates_link(brief)] if themes & {RATES, FED} else []
    sentences += [_vix_link(brief)] if VOLATILITY in themes else []
    return " ".join(s for s in sentences if s)


def _opener(brief: Brief, stories: list[StoryDigest], key: tuple[object, ...]) -> str:
    day = brief.snapshot.session.strftime("%A")
    if not any(s.same_day for s in stories):
        return (f"No story in the feeds covers {day}'s session itself; the latest coverage "
                "sets the backdrop.")
    if any(s.agrees is False for s in stories):
        return f"{day}'s coverage and the tape do not line up on every point."
    return pick([f"{day}'s coverage tells the same story as the tape.",
                 f"The session's stories explain most of what the tape did on {day}.",
                 "The day's reporting lines up with the price action."], *key, "news-open")


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


def _attribution(number: int, item: NewsItem, story: StoryDigest, key: tuple[object, ...]) -> str:
    verb = pick(_VERBS, *key, number)
    lead = _THEME_LEAD.get(story.theme) or (f"On {story.theme.replace('-', ' ')}," if story.theme not in
                                            (TAPE, "other") else "Elsewhere,")
    return f"{lead} {item.publisher} {verb} that {_quote(story, item)} [{number}]."


def _tape_sentence(tape: list[tuple[int, NewsItem, StoryDigest]], key: tuple[object, ...]) -> str:
    (n1, item1, s1), *more = tape
    verb = pick(_VERBS, *key, "tape")
    text = f"{item1.publisher} {verb} that {_quote(s1, item1)} [{n1}]"
    for n2, item2, s2 in more:
        who = "in a second story" if item2.publisher == item1.publisher else item2.publisher
        text += f", and {who} that {_quote(s2, item2)} [{n2}]"
    return text + "."


def _moved(change: float) -> str | None:
    return None if abs(change) < FLAT_PCT else "up" if change > 0 else "down"


def _tape_link(brief: Brief) -> str:
    """This instrument against the day the stories describe: with it, partly, or against it."""
    s = brief.snapshot
    own = _moved(s.returns.change_1d_pct)
    peers = [m.change_1d_pct for m in s.related if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)]
    market = _moved(sum(peers) / len(peers)) if peers else own
    name = brief.short_name
    if own is None:
        return (f"{name} barely moved through it, so the news explains the market better than it "
                f"explains {_it(brief)}.")
    if market is not None and own != market:
        return (f"{name} went the other way, so {_its(brief)} own drivers matter more than the "
                "market's mood here.")
    gap = s.returns.change_1d_pct - (sum(peers) / len(peers) if peers else s.returns.change_1d_pct)
    if abs(gap) < PARTLY_PP:
        return f"{name} moved with that tide."
    ahead = (gap > 0) == (own == "up")
    return (f"{name} {'were' if _plural(brief) else 'was'} at the front of that move." if ahead else
            f"{name} took part, but less than the rest of the market.")


def _rates_link(brief: Brief) -> str | None:
    """What the yield move in the data means for stocks; None when the data holds no yield move."""
    yields, own = data_direction(RATES, brief.snapshot), _moved(brief.snapshot.returns.change_1d_pct)
    if yields is None or own is None:
        return None
    if yields == "down" and own == "up":
        return ("Falling yields and a rising price fit together: cheaper money raises what future "
                "earnings are worth today.")
    if yields == "up" and own == "down":
        return ("Rising yields and a falling price are one story: dearer money lowers what future "
                "earnings are worth today.")
    if yields == "up":
        return (f"{brief.short_name} rose even as yields climbed, so the buying did not depend on "
                "cheaper money.")
    return "Yields fell along with the price, the pattern of a move to safety rather than relief over rates."


def _vix_link(brief: Brief) -> str | None:
    vix, own = data_direction(VOLATILITY, brief.snapshot), _moved(brief.snapshot.returns.change_1d_pct)
    if vix is None or own is None:
        return None
    return {("down", "up"): "A falling VIX on an up day says the buying came with less demand for "
                            "protection, not more.",
            ("up", "down"): "A rising VIX on a down day means investors paid up for protection: "
                            "the selling was taken seriously.",
            ("up", "up"): "The VIX rose even as prices climbed, so the gains came with hedging.",
            ("down", "down"): "The VIX eased despite the decline, so the selling looked orderly."}[(vix, own)]


def _plural(brief: Brief) -> bool:
    return brief.short_name.lower().endswith(("caps", "stocks", "shares"))


def _it(brief: Brief) -> str:
    return "them" if _plural(brief) else "it"


def _its(brief: Brief) -> str:
    return "their" if _plural(brief) else "its"
