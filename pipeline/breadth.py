"""Breadth: whether a story's line says the instrument's move was narrow (carried by a few large
names) or broad (most stocks took part), and whether the session's peer moves agree.

A line that sets an equal-weight gauge against the cap-weighted one ('the equal-weight version of
the S&P 500 lagged its cap-weighted parent'), counts advancers against decliners, or credits 'a
handful of very large names' is about how many stocks made the move, not about the move itself:
the article tells it as breadth ('The gain was narrow'), and only when the peers' moves fit it.
Pure: text and snapshot in, a reading out.
"""

from __future__ import annotations

import re
from typing import Literal

from .contracts import RelatedMove, RelatedRole, Snapshot
from .stories import Direction, direction_of, moved

Breadth = Literal["narrow", "broad"]

_FEW_NAMES = re.compile(r"\bhandful of\b|\b(?:a few|few|two|three) (?:very )?(?:large|big|biggest|largest|"
                        r"megacap|heavyweight)\w*\b|\bmegacaps? (?:did|carried|accounted)\b|"
                        r"\bnarrow (?:rally|leadership|breadth|market)\b|\bnarrowly led\b", re.IGNORECASE)
"""Words that say a few names made the move, whichever way it went ('a narrow gain' is a small one,
not one a few names made)."""
_WIDE = re.compile(r"\bbroad[- ]based\b|\bbroad (?:rally|advance|gains?|decline|selloff|losses?)\b|"
                   r"\bacross the board\b", re.IGNORECASE)
"""Words that say most stocks took part."""
_EQUAL_WEIGHT = re.compile(r"\bequal[- ]weight(?:ed)?\b", re.IGNORECASE)
_BEHIND = re.compile(r"\b(?:lagg|trail|underperform)\w*", re.IGNORECASE)
_AHEAD = re.compile(r"\b(?:outpac|outperform|outran|outrun|beat)\w*", re.IGNORECASE)
_COUNT = re.compile(r"\b(?P<first>advancers|gainers|advancing (?:stocks|issues)|decliners|losers|"
                    r"declining (?:stocks|issues))\s+(?:outnumbered|outpaced|beat)\b|"
                    r"\bmore (?:stocks|shares|issues|members) (?P<more>rose|fell) than\b|"
                    r"\bnearly as many (?:stocks|shares|issues|members) (?P<near>rose|fell) as\b",
                    re.IGNORECASE)
"""Advancers counted against decliners: the side that won ('decliners outnumbered advancers': most
stocks fell), or, 'nearly as many fell as rose', the side that nearly matched the winner (a move
the other way from it was thin)."""
_UP_SIDE = ("advancers", "gainers", "advancing", "rose")


def breadth(text: str, own: Direction) -> Breadth | None:
    """How broad the line says the instrument's move (`own`) was; None when it does not say."""
    if _FEW_NAMES.search(text):
        return "narrow"
    weight = _EQUAL_WEIGHT.search(text)
    if weight:
        after = text[weight.end():]
        if _BEHIND.search(after):
            return "narrow"
        if _AHEAD.search(after):
            return "broad"
        went = direction_of(after)
        if went is not None:
            return "narrow" if went != own else None  # the same way says nothing of breadth
    counted = _COUNT.search(text)
    if counted:
        near = counted.group("near")
        side = (near or counted.group("more") or counted.group("first")).lower()
        named: Direction = "up" if side.startswith(_UP_SIDE) else "down"
        if near:  # the named side nearly matched the other: a move against it was thin
            return "narrow" if named != own else None
        return "broad" if named == own else "narrow"
    return "broad" if _WIDE.search(text) else None


def peers_of(snapshot: Snapshot) -> list[RelatedMove]:
    return [m for m in snapshot.related if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)]


def breadth_backed(snapshot: Snapshot, reading: Breadth) -> bool:
    """The peers' moves fit the reading: a narrow move left a peer behind (it moved less the
    instrument's way, or not at all, or the other way); a broad one took every peer its way."""
    own = moved(snapshot.returns.change_1d_pct)
    peers = peers_of(snapshot)
    if own is None or not peers:
        return False
    if reading == "broad":
        return all(moved(m.change_1d_pct) == own for m in peers)
    sign = 1 if own == "up" else -1
    return any(sign * m.change_1d_pct < sign * snapshot.returns.change_1d_pct for m in peers)


def move_leader(snapshot: Snapshot) -> RelatedMove | None:
    """The peer that moved furthest the instrument's way, further than the instrument itself: on a
    narrow day, the gauge that carried it. None when the instrument led or did not move."""
    own = moved(snapshot.returns.change_1d_pct)
    if own is None:
        return None
    sign = 1 if own == "up" else -1
    ahead = [m for m in peers_of(snapshot) if sign * m.change_1d_pct > sign * snapshot.returns.change_1d_pct]
    return max(ahead, key=lambda m: sign * m.change_1d_pct) if ahead else None
