"""Word choices for the template writer, chosen by rules on the data.

`pick` varies the wording between instruments and sessions deterministically,
so reruns give the same article and neighbouring articles do not read alike.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import date
from typing import TypeVar

import numpy as np


def pick(options: Sequence[str], *keys: object) -> str:
    digest = hashlib.sha256("|".join(map(str, keys)).encode()).digest()
    return options[int.from_bytes(digest[:4], "big") % len(options)]


def move_verb(change_pct: float, key: str) -> str:
    """'jumped', 'rose', 'edged up', 'was little changed', 'slipped', 'fell', 'tumbled'."""
    size = abs(change_pct)
    if size < 0.05:
        return "was little changed at"
    if change_pct > 0:
        tiers = (["edged up to", "inched higher to"], ["rose to", "climbed to"],
                 ["jumped to", "rallied to"])
    else:
        tiers = (["slipped to", "eased to"], ["fell to", "declined to"],
                 ["tumbled to", "slid hard to"])
    tier = 0 if size < 0.5 else 1 if size < 1.5 else 2
    return pick(tiers[tier], key, "verb")


def direction_word(change_pct: float) -> str:
    if abs(change_pct) < 0.05:
        return "flat"
    return "up" if change_pct > 0 else "down"


def gap_phrase(divergence_pp: float) -> str:
    size = abs(divergence_pp)
    if size >= 1.5:
        return "a wide gap"
    if size >= 0.75:
        return "a clear gap"
    if size >= 0.25:
        return "a modest gap"
    return "a negligible gap"


RSI_NEAR = 5.0
"""RSI within this many points of its 70 (30) edge is close to it; further off it is short of it
(the table's RSI row and the momentum paragraph, momentum_text, read one scale)."""


def rsi_reading(rsi: float) -> str:
    """The indicator table's RSI reading. Before edtrade46 every RSI from 30 to 40 read 'weak
    momentum, close to oversold': real articles printed it beside 38.7, nearly nine points off the
    30 line a trader reads as oversold."""
    if rsi >= 70:
        return "overbought territory"
    if rsi >= 60:
        return "firm momentum, short of overbought"
    if rsi >= 50:
        return "the neutral-to-positive zone"
    if rsi >= 40:
        return "the neutral-to-soft zone"
    if rsi > 30 + RSI_NEAR:
        return "weak momentum, short of oversold"
    if rsi > 30:
        return "weak momentum, close to oversold"
    return "oversold territory"


def vix_reading(vix: float) -> str:
    if vix < 15:
        return "calm"
    if vix < 20:
        return "subdued"
    if vix < 28:
        return "elevated"
    return "stressed"


def rank_word(count: int) -> str:
    return {1: "one", 2: "two", 3: "three"}.get(count, str(count))


def yield_move(change_bp: float) -> str:
    """How the 10-year yield moved, for a change printed in whole basis points."""
    if round(abs(change_bp)) == 0:
        return "held at"
    return "rose" if change_bp > 0 else "fell"


def dollar_move(change_pct: float) -> str:
    """How the dollar index moved, for a change printed at two decimals."""
    if round(abs(change_pct), 2) == 0:
        return "was flat at"
    return "firmed" if change_pct > 0 else "eased"


def backdrop_phrase(yield_bp: float | None, dollar_pct: float | None) -> str:
    """The opening words of the macro sentence, from the signs of the moves the data holds;
    'On the macro side,' when it holds no move to read."""
    known = [round(v) for v in (yield_bp,) if v is not None] + \
        [round(v, 2) for v in (dollar_pct,) if v is not None]
    if not known:
        return "On the macro side,"
    signs = {v > 0 for v in known if v != 0}
    if len(signs) == 2:
        return "Rates and the dollar pulled in different directions:"
    if signs == {True}:
        return "The macro backdrop tightened a notch:"
    if signs == {False}:
        return "The macro backdrop eased:"
    return "The macro backdrop was steady:"


_T = TypeVar("_T")


def vary(options: Sequence[_T], brief: object, key: str) -> _T:
    """One of `options` for this article, rotated so that the articles of one session take
    different options (each instrument has its own slot in the configured list) and one
    instrument's consecutive sessions do too (the slot moves by one a weekday)."""
    snapshot = brief.snapshot  # type: ignore[attr-defined]
    names = sorted(brief.related_names)  # type: ignore[attr-defined]
    slot = names.index(snapshot.symbol) if snapshot.symbol in names else _hash(snapshot.symbol)
    day = int(np.busday_count(date(2000, 1, 3), snapshot.session))
    return options[(slot + day + _hash(key)) % len(options)]


_PHRASE_WORD = re.compile(r"\{[^}]*\}|[$]?\d[\d,.]*%?|[A-Za-z'-]+")
_FILLER = frozenset({"the", "a", "an", "of", "at", "to", "in", "on", "and", "is", "it", "its", "be", "by",
                     "for", "that", "this", "as", "or", "than", "with", "from"})


def phrase_words(text: str) -> list[str]:
    """A text's words in lower case, each figure or {slot} as '#': what repeated wording is read on."""
    return ["#" if w.startswith("{") or w[0] in "$0123456789" else w.lower()
            for w in _PHRASE_WORD.findall(text)]


def phrases(text: str) -> list[tuple[str, ...]]:
    """The phrases a reader hears as the same words when they come twice: every run of three words
    holding no figure and not only filler ('the range top', 'a close through'), and every 'would'
    with its verb ('would end')."""
    words = phrase_words(text)
    runs = [tuple(words[i:i + 3]) for i in range(len(words) - 2)]
    found = [run for run in runs if "#" not in run and not set(run) <= _FILLER]
    return found + [tuple(words[i:i + 2]) for i in range(len(words) - 1) if words[i] == "would"]


def repeated_phrases(text: str) -> list[tuple[str, ...]]:
    """The phrases (`phrases`) `text` says more than once, in order of first use."""
    seen: dict[tuple[str, ...], int] = {}
    for phrase in phrases(text):
        seen[phrase] = seen.get(phrase, 0) + 1
    return [phrase for phrase, count in seen.items() if count > 1]


def vary_fresh(options: Sequence[str], brief: object, key: str, said: str, avoid: str = "") -> str:
    """`vary`'s option, or the next one in the bank (in rotation order) that repeats no phrase of
    `said` (`phrases`: 'would end' twice in one take) and no run of ECHO_WORDS words of `avoid`
    (`echo_runs`: another part of the article, the final call beside the take); failing both, the
    first that repeats nothing of `said`; `vary`'s option when every one does."""
    first = vary(options, brief, key)
    start = list(options).index(first)
    heard, echoed = set(phrases(said)), echo_runs(avoid)
    turn = [*options[start:], *options[:start]]
    fresh = [option for option in turn if not heard & set(phrases(option))]
    return next((option for option in fresh if not echoed & echo_runs(option)), fresh[0] if fresh else first)


def vary_opening(options: Sequence[str], brief: object, key: str, before: str) -> str:
    """`vary`'s option, or the next one in the bank (in rotation order) that does not open on the
    word `before` opens on (articles aside): 'For the Dow, its record close ...' then 'For 12
    sessions the closes ...' reads as a stutter. `vary`'s option when every one does."""
    first = vary(options, brief, key)
    start = list(options).index(first)
    word = _opening(before)
    turn = [*options[start:], *options[:start]]
    return next((option for option in turn if not word or _opening(option) != word), first)


def _opening(text: str) -> str:
    """The first word of `text`, lower-cased; '' for an article ('the', 'a', 'an') or no text."""
    word = text.split()[0].lower().strip(",:;") if text.split() else ""
    return "" if word in ("the", "a", "an") else word


ECHO_WORDS = 5
_ECHO_BREAK = re.compile(r"[.;:,()]")


def echo_runs(text: str) -> set[tuple[str, ...]]:
    """Every run of ECHO_WORDS words inside one clause of `text` (`phrase_words`: figures and slots as
    '#'): what a reader hears as one part of the article reading another back ('a short needs a
    close below the 200-day' in the take under the same words in the final call)."""
    found: set[tuple[str, ...]] = set()
    for clause in _ECHO_BREAK.split(text):
        words = phrase_words(clause)
        found |= {tuple(words[i:i + ECHO_WORDS]) for i in range(len(words) - ECHO_WORDS + 1)}
    return found


_PLAIN_WORDS = frozenset({"the", "a", "an", "of", "at", "to", "in", "on", "and", "as", "is", "it", "its",
                          "by", "for", "with", "but", "while", "than", "that", "this", "from", "after",
                          "every", "all", "any", "was", "were", "has", "had", "have", "not", "one",
                          "other", "rest"})
STEM_LETTERS = 5
"""Words are heard as the same word by their first STEM_LETTERS letters ('moved' and 'move')."""


def content_stems(text: str) -> set[str]:
    """The content words of `text` (plain words and words of two letters aside) by their stem."""
    words = re.findall(r"[a-z][a-z'-]+", text.lower())
    return {w[:STEM_LETTERS] for w in words if w not in _PLAIN_WORDS and len(w) > 2}


def vary_apart(options: Sequence[str], brief: object, key: str, other: str) -> str:
    """`vary`'s option, or the next one in the bank (in rotation order) that shares the fewest content
    words (content_stems) with `other`: the lead under a dek that already says 'moved the market but
    hardly the Dow' takes a frame in other words than 'the market; the Dow hardly moved'."""
    if not other:
        return vary(options, brief, key)
    first = vary(options, brief, key)
    start = list(options).index(first)
    heard = content_stems(other)
    turn = [*options[start:], *options[:start]]
    return min(turn, key=lambda option: len(heard & content_stems(option)))


def _hash(*keys: object) -> int:
    digest = hashlib.sha256("|".join(map(str, keys)).encode()).digest()
    return int.from_bytes(digest[:4], "big")


STEADY_PCT = 0.3
"""Under this day move (%), any headline calls the instrument steady; see angles.QUIET_MOVE_PCT."""


def peer_move(change_pct: float) -> str:
    """How any headline of the session describes an instrument's day, with [singular|plural]
    verbs: the same words for the same move in every article, so headlines agree on the peers."""
    from ..angles import QUIET_MOVE_PCT

    if change_pct >= QUIET_MOVE_PCT:
        return "[Rallies|Rally]"
    if change_pct <= -QUIET_MOVE_PCT:
        return "[Slides|Slide]"
    if change_pct >= STEADY_PCT:
        return "[Edges Higher|Edge Higher]"
    if change_pct <= -STEADY_PCT:
        return "[Edges Lower|Edge Lower]"
    return "[Holds Steady|Hold Steady]"


def mid_sentence(name: str) -> str:
    """'The Dow' -> 'the Dow'; a common phrase such as 'Small caps' -> 'small caps'."""
    if name.startswith("The "):
        return "the" + name[3:]
    words = name.split()
    if len(words) > 1 and words[1][:1].islower():
        return name[:1].lower() + name[1:]
    return name


def is_plural(name: str) -> bool:
    """'Small caps' and other plural short names take plural verbs."""
    return name.lower().endswith(("caps", "stocks", "shares"))
