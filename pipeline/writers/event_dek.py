"""The dek's opening clause on a news day: what happened, and what it did to this instrument.

On a day the session's market wraps name an event as the market's cause (angle_text.news_event: a
CPI release, a jobs report, a Fed decision, a chip-stock selloff), the headline leads with the event
and the dek tells what it did here before the chart's thesis: 'A cooler inflation report lifted small
caps while the Nasdaq 100 fell: IWM ended above ...'. What it did is read from the day's moves
(`event_place`), never from a story: this instrument sat it out, went against every peer, moved least
or most of them, or was on one side of a split market. The event's tone ('cooler', 'weak') is the
word the wrap's own cause clause puts before the event ('as cooler inflation sends investors out of
tech giants'), from a closed list of the words releases are described by; none when the wrap has
none.
"""

from __future__ import annotations

import re
from typing import Literal

from ..contracts import RelatedRole, Snapshot
from ..stories import EVENT_WORDS, SessionEvent, moved, rotation
from .base import Brief
from .phrases import mid_sentence, vary

Place = Literal["still", "against", "least", "most", "split", "with"]

_NOUNS: dict[str, tuple[tuple[str, str], ...]] = {  # (the noun, after a tone word: '{a}' its article)
    "fed": (("the Fed's policy statement", "{a} Fed policy statement"),
            ("the Fed's verdict", "{a} Fed verdict"),
            ("the Federal Reserve's move", "{a} Federal Reserve move"),
            ("the FOMC decision", "{a} FOMC decision")),
    "inflation": (("the CPI release", "{a} CPI release"),
                  ("the inflation numbers", "inflation numbers"),
                  ("the consumer-price data", "consumer-price data"),
                  ("the inflation print", "{a} inflation print")),
    "jobs": (("the payroll figures", "payroll figures"),
             ("the jobs numbers", "jobs numbers"),
             ("the hiring data", "hiring data"),
             ("the unemployment report", "{a} unemployment report")),
    "earnings": (("the quarterly results", "quarterly results"),
                 ("the earnings releases", "earnings releases"),
                 ("the latest results", "results"),
                 ("the earnings season", "{a} earnings season")),
    "chips_down": (("the chipmakers' slide", "{a} chipmakers' slide"),
                   ("the semiconductor rout", "{a} semiconductor rout"),
                   ("the selling in chip shares", "selling in chip shares"),
                   ("the chip slump", "{a} chip slump")),
    "chips_up": (("the chipmakers' rally", "{a} chipmakers' rally"),
                 ("the semiconductor surge", "{a} semiconductor surge"),
                 ("the buying in chip shares", "buying in chip shares"),
                 ("the chip rebound", "{a} chip rebound")),
    "chips": (("the chipmakers' swing", "{a} chipmakers' swing"),
              ("the semiconductor swing", "{a} semiconductor swing"),
              ("the trading in chip shares", "trading in chip shares"),
              ("the chip churn", "{a} chip churn")),
}
"""The event as the dek names it, four ways, each with its form after a tone word ('a weak labor
report'), in words none of the headline's event tails (angle_text.EVENT_TAILS) uses, so the dek
names the event without reading the headline back; noun n goes with the headline's frame n
(event_noun), so one session's four articles name it four ways."""

_TONES = ("cool", "cooler", "soft", "softer", "tame", "tamer", "benign", "hot", "hotter", "firm", "firmer",
          "sticky", "weak", "weaker", "strong", "stronger", "solid", "blowout", "disappointing", "dismal",
          "upbeat", "hawkish", "dovish", "surprise")
"""The words a wrap describes a release or a decision by, as the word before the event ('as cooler
inflation sends investors out of tech giants', 'as a weak jobs report stokes growth fears')."""
_CAUSE = re.compile(r"\b(?:as|after|amid|on)\s+(.+?)(?:;|$)", re.IGNORECASE)

_FRAMES: dict[Place, tuple[str, ...]] = {
    "still": ("{Name} sat out {event}", "{Event} moved the market but hardly {name}",
              "{Name} barely budged through {event}", "{Event} passed {name} by"),
    "against": ("{Event} {market_verb} the market, but {name} went the other way",
                "{Name} bucked {event}, which {market_verb} every other index",
                "Only {name} escaped {event}",
                "{Name} {moved} through {event} while its peers {other_moved}"),
    "least": ("{Event} moved {name} least of all", "{Name} {least_word} on {event}",
              "{Event} {market_all} the whole market, {name} least", "{Name} {held_best}"),
    "most": ("{Event} {verb_most}", "{Name} {led} on {event}",
             "{Name} {moved} furthest of all on {event}", "No index {moved} further on {event} than {name}"),
    "split": ("{Event} {verb} while {other} {other_moved}",
              "{Event} split the market, with {name} {down_up} and {other} {up_down}",
              "{Name} {moved} on {event}, and {other} did the opposite",
              "{Event} sent {name} one way and {other} the other"),
    "with": ("{Event} {verb} with the rest of the market", "{Name} {moved} with every other index on {event}",
             "{Event} {verb} along with its peers", "{Name} {moved} in step with the market on {event}"),
}
"""What the event did to this instrument, by its place among its peers and benchmark (`event_place`),
four ways each; `verb` is the event's effect ('lifted', 'sank'), `moved` the instrument's own verb."""

_ROTATION_SPLIT = ("{Event} split the market, with {name} {down_up} and {other} {up_down}",
                   "{Name} {moved} and {other} {other_moved} after {event}",
                   "After {event}, {name} and {other} went opposite ways",
                   "{Event} sent {name} one way and {other} the other")
"""The split frames on a rotation day (stories.rotation): the news split the market, it did not move
this instrument; no frame says the event 'pulled the S&P 500 lower' when good news came with a fall
because money left it for another part of the market."""


def event_place(snapshot: Snapshot) -> Place:
    """This instrument's place in the event's day among its peers and benchmark: 'still' (it barely
    moved), 'against' (every one went the other way), 'least' or 'most' (every one went its way, each
    further, or none as far), 'split' (they went both ways), else 'with'."""
    own_move = moved(snapshot.returns.change_1d_pct)
    peers = [m.change_1d_pct for m in snapshot.related if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)]
    if own_move is None or not peers:
        return "still"
    ways = [moved(p) for p in peers]
    size = abs(snapshot.returns.change_1d_pct)
    if all(w not in (None, own_move) for w in ways):
        return "against"
    if all(w == own_move for w in ways):
        if all(abs(p) > size for p in peers):
            return "least"
        if all(abs(p) < size for p in peers):
            return "most"
        return "with"
    return "split" if any(w not in (None, own_move) for w in ways) else "with"


def sets_apart(snapshot: Snapshot) -> bool:
    """The event set this instrument apart from the market (its place is its own story): it sat the
    event out, went against every peer, moved least or most of them, or led its side of a split
    market (the largest move among those that went its way); not when it moved with the market or
    sat mid-pack on one side of a split."""
    place = event_place(snapshot)
    if place in ("still", "against", "least", "most"):
        return True
    if place != "split":
        return False
    own = snapshot.returns.change_1d_pct
    side = [m.change_1d_pct for m in snapshot.related if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)
            and moved(m.change_1d_pct) == moved(own)]
    return all(abs(p) < abs(own) for p in side)


def event_tone(event: SessionEvent) -> str | None:
    """The tone word the wrap's cause clause puts just before the event ('cooler' in 'as cooler inflation
    sends investors out of tech giants'); None when it has none from `_TONES`."""
    cause = _CAUSE.search(event.wrap.title)
    words = dict(EVENT_WORDS).get(event.kind)
    found = words.search(cause.group(1)) if cause is not None and words is not None else None
    if cause is None or found is None:
        return None
    before = re.findall(r"[A-Za-z-]+", cause.group(1)[:found.start()])[-2:]
    return next((w.lower() for w in reversed(before) if w.lower() in _TONES), None)


def _key(event: SessionEvent) -> str:
    return event.kind if event.kind != "chips" else f"chips_{event.direction}" if event.direction else "chips"


def event_noun(event: SessionEvent, frame: int, toned: bool = True) -> str:
    """The event as the dek names it: the noun in the headline frame's place (`frame`, its place in its
    bank of four: one session's headlines take four places, so its deks take four nouns), with the
    wrap's tone word ('a cooler CPI release') unless the headline already says what the event said
    (`toned` False: 'After a Weak Jobs Report' over 'A weak unemployment report ...' says it twice)."""
    nouns = _NOUNS[_key(event)]
    the, toned_noun = nouns[frame % len(nouns)]
    tone = event_tone(event) if toned else None
    return the if tone is None else _toned(toned_noun, tone)


def _toned(toned: str, tone: str) -> str:
    article = "an" if tone[0] in "aeiou" else "a"
    if toned.startswith("{a} "):
        return f"{article} {tone} {toned[4:]}"
    return f"{tone} {toned}"


def _other(brief: Brief, own_up: bool) -> str:
    """The peer or benchmark that went furthest the other way, by its short name mid-sentence."""
    s = brief.snapshot
    against = [m for m in s.related if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)
               and moved(m.change_1d_pct) == ("down" if own_up else "up")]
    far = max(against, key=lambda m: abs(m.change_1d_pct))
    return mid_sentence(brief.related_names.get(far.symbol, far.name))


def event_clause(brief: Brief, event: SessionEvent, frame: int, steady: bool = False,
                 toned: bool = True) -> str:
    """The dek's opening sentence: the event and what it did to this instrument (`event_place`);
    `frame`, the headline frame's place in its bank (event_noun); `steady`: the headline says the
    instrument held steady through it (angle_text.steady_event); `toned`: event_noun's."""
    s = brief.snapshot
    place: Place = "still" if steady else event_place(s)
    up = s.returns.change_1d_pct > 0
    name = brief.short_name
    noun = event_noun(event, frame, toned)
    words = {"name": mid_sentence(name), "Name": name, "event": noun, "Event": noun[:1].upper() + noun[1:],
             "verb": _verb(brief, name), "way": "higher" if up else "lower",
             "market_all": "lifted" if up else "hit",
             "down_up": "up" if up else "down", "up_down": "down" if up else "up",
             "verb_most": f"lifted {mid_sentence(name)} most" if up else f"hit {mid_sentence(name)} hardest",
             "led": "led the gains" if up else "took the brunt",
             "least_word": "gained least" if up else "gave up the least ground",
             "held_best": f"trailed the rally {noun} set off" if up
             else f"weathered {noun} better than any peer",
             "moved": "rose" if up else "fell", "market_verb": "sank" if up else "lifted"}
    words.update(other_moved="fell" if up else "rose")
    if place == "split":
        words.update(other=_other(brief, up))
    bank = _ROTATION_SPLIT if place == "split" and rotation(s) is not None else _FRAMES[place]
    text = vary(bank, brief, "dek-event").format(**words)
    return text[:1].upper() + text[1:]


BIG_MOVE_ATR = 1.5
"""A move of this many ATRs or more is one the event 'sank' the instrument by; a smaller fall it
'pulled lower' (a 0.86% day is not sunk)."""


def _verb(brief: Brief, name: str) -> str:
    """The event's effect on the instrument, the instrument named: 'lifted small caps', 'sank the Dow'
    (a fall of BIG_MOVE_ATR or more), 'pulled the Dow lower'."""
    s = brief.snapshot
    if s.returns.change_1d_pct > 0:
        return f"lifted {mid_sentence(name)}"
    big = s.tape is not None and abs(s.tape.move_atr or 0) >= BIG_MOVE_ATR
    return f"sank {mid_sentence(name)}" if big else f"pulled {mid_sentence(name)} lower"
