"""The momentum paragraph as one argument: the day's size by ATR, whether MACD backs the move, how
much room RSI leaves in its direction, and the conclusion those three readings add up to.

A trader reads the indicators together and with the session: MACD still under its signal after an
up day means momentum has not confirmed the move; RSI at 55 leaves room before overbought; a move
of a full ATR is a big day. Each reading below is a class chosen from the snapshot (no figure is
typed here: the FactSheet fills every slot), and the closing sentence is picked by the classes
together, so four articles of one session end on four different conclusions when their data differ.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..facts import FactSheet
from .base import Brief
from .phrases import RSI_NEAR, direction_word, is_plural, mid_sentence, vary

Size = Literal["big", "full", "ordinary", "small"]
Room = Literal["stretched", "near", "leaning", "room"]

BIG_ATR = 1.5
"""A move of this many ATRs or more is a big day (paragraphs.BIG_DAY_ATR, the move angle's size)."""
FULL_ATR = 0.8
"""From this many ATRs a move is a full day's swing for the instrument."""
SMALL_ATR = 0.4
"""Under this many ATRs the move used little of a typical session's range."""
RSI_LEANING = 10.0
"""RSI within this many points of its edge (but not RSI_NEAR) leans that way, on the weak (firm)
side of the 40-60 middle, and is not yet close to oversold (overbought): news day SPY 2024-08-02
read 'The 14-day RSI, 38.7, is approaching oversold, which caps the room ahead' before edday (stop
45), 8.7 points above the 30 line a trader reads as oversold."""


@dataclass(frozen=True)
class Reading:
    """What the momentum figures say about this session, each as a class."""

    way: str  # up, down, flat: the day's direction
    size: Size | None  # the move against the ATR; None without an ATR
    backed: bool | None  # MACD on the day's side of its signal; None without MACD or on a flat day
    room: Room | None  # RSI's distance to the edge the day moved toward; None without RSI
    ranged: bool  # a tight range holds the closes (the structure paragraph tells it)


def read(brief: Brief) -> Reading:
    s = brief.snapshot
    way = direction_word(s.returns.change_1d_pct)
    m = s.momentum
    backed = None
    if m.macd is not None and m.macd_signal is not None and way != "flat":
        backed = (m.macd > m.macd_signal) == (way == "up")
    return Reading(way=way, size=_size(brief), backed=backed, room=_room(m.rsi_14, way),
                   ranged=s.range is not None and s.range.is_tight and
                   (s.tape is None or s.tape.range_break is None))


def _size(brief: Brief) -> Size | None:
    s = brief.snapshot
    atrs = abs(s.tape.move_atr) if s.tape is not None and s.tape.move_atr is not None else (
        abs(s.returns.change_1d_pct) / s.volatility.atr_pct if s.volatility.atr_pct else None)
    if atrs is None:
        return None
    return "big" if atrs >= BIG_ATR else "full" if atrs >= FULL_ATR else \
        "ordinary" if atrs >= SMALL_ATR else "small"


def _room(rsi: float | None, way: str) -> Room | None:
    if rsi is None:
        return None
    if rsi >= 70 or rsi <= 30:
        return "stretched"
    toward_oversold = way == "down" or (way == "flat" and rsi < 50)
    edge_gap = rsi - 30 if toward_oversold else 70 - rsi
    return "near" if edge_gap <= RSI_NEAR else "leaning" if edge_gap <= RSI_LEANING else "room"


def momentum_sentences(brief: Brief, sheet: FactSheet) -> list[str]:
    """The argument's sentences, unfilled: size, MACD, RSI, then the conclusion they add up to."""
    r = read(brief)
    out = []
    if sheet.has("atr_14", "atr_pct") and r.size is not None:
        out.append(_size_sentence(brief, sheet, r))
    if sheet.has("macd", "macd_signal"):
        out.append(_macd_sentence(brief, r))
    if sheet.has("rsi_14") and r.room is not None:
        out.append(_rsi_sentence(brief, r))
    if len(out) >= 2 and not _told_by_macd(r):
        out.append(conclusion(brief, r))
    return out


def _told_by_macd(r: Reading) -> bool:
    """A large move MACD has not followed: the MACD sentence already says momentum has not
    confirmed it, and every conclusion of that class said it again (demo SPY 2026-11-20 before
    edday, stop 45: 'MACD has yet to follow, ...' then 'Momentum has still to catch up with the
    move, which for now rests on its size alone.'); the paragraph ends on the RSI's room."""
    return r.size in ("big", "full") and r.backed is False


def _noun(r: Reading) -> str:
    return {"up": "gain", "down": "drop"}.get(r.way, "session")


_ATR_CLAUSES = ["A typical session spans {atr_14} by ATR, {atr_pct} of price",
                "The 14-day ATR is {atr_14}, {atr_pct} of price",
                "Average true range stands at {atr_14}, or {atr_pct} of price per session",
                "Daily swings average {atr_14} by ATR(14), {atr_pct} of the price"]
"""The ATR figure, in a clause of its own: the day's move is read against it in the next clause,
without its percentage (the lead paragraph gives it; two percentages in one clause would read as two
moves)."""


def _size_sentence(brief: Brief, sheet: FactSheet, r: Reading) -> str:
    name, day = mid_sentence(brief.short_name), "{session:weekday}"
    move = f"{day}'s {_noun(r)}"
    bank = {
        "big": [f"{move} went well beyond that, a big day for {name}",
                f"against that, {move} was a big day", f"so {day} counts as a big day for {name}",
                f"by that yardstick {move} was outsized"],
        "full": [f"{move} used all of it, a large day for {name}", f"so {move} was a full day's swing",
                 f"{move} matched it, a large session for {name}",
                 f"by that yardstick {day} was a full, large session"],
        "ordinary": [f"{move} stayed inside it, an ordinary session for {name}",
                     f"so {move} was an ordinary one", f"by that yardstick {move} was routine",
                     f"{move} fit well within it"],
        "small": [f"{move} used little of it, a quiet session for {name}",
                  f"so {move} was small by the standard of {name}",
                  f"by that yardstick {day} barely registered",
                  f"{move} took up only a sliver of it"],
    }
    assert r.size is not None
    reading = vary(bank[r.size], brief, "atr-size")
    return f"{vary(_ATR_CLAUSES, brief, 'atr')}{', ' if reading.startswith('so ') else '; '}{reading}."


def _macd_sentence(brief: Brief, r: Reading) -> str:
    s = brief.snapshot
    side = "above" if (s.momentum.macd or 0) > (s.momentum.macd_signal or 0) else "below"
    pair = "{macd} against {macd_signal}"
    if r.backed is None:
        return vary([f"MACD sits {side} its signal line ({pair}), the lean the flat day leaves in place.",
                     f"The flat day leaves MACD {side} its signal line, {pair}.",
                     f"With no move to read, MACD at {{macd}} stays {side} its signal ({{macd_signal}}).",
                     f"MACD ({{macd}}) holds {side} its signal line ({{macd_signal}}) through the flat "
                     "session."], brief, "macd-arg")
    selling = "the selling" if r.way == "down" else "the buying"
    if r.backed:
        return vary([f"MACD backs {selling}: it runs {side} its signal line, {pair}.",
                     f"Momentum agrees with the day, with MACD {side} its signal line at {pair}.",
                     f"At {{macd}}, MACD holds {side} its signal ({{macd_signal}}), in step with {selling}.",
                     f"The MACD line, {{macd}}, is {side} its {{macd_signal}} signal, so momentum is on the "
                     f"side of {selling}."], brief, "macd-arg")
    return vary([f"Momentum has not confirmed {selling} yet: MACD is still {side} its signal line, {pair}.",
                 f"MACD has yet to follow, still {side} its signal line at {pair}.",
                 f"At {{macd}}, MACD remains {side} its signal ({{macd_signal}}), so {selling} lacks "
                 "momentum's backing.",
                 f"The MACD line ({{macd}}) is still {side} its signal ({{macd_signal}}): momentum trails "
                 "the day."], brief, "macd-arg")


def _rsi_sentence(brief: Brief, r: Reading) -> str:
    rsi = brief.snapshot.momentum.rsi_14 or 50.0
    if r.room == "stretched":
        zone = "overbought" if rsi >= 70 else "oversold"
        selling = "the selling" if zone == "oversold" else "the buying"
        return vary([f"RSI(14) at {{rsi_14}} is in {zone} territory, so {selling} looks stretched.",
                     f"At {{rsi_14}}, RSI(14) has reached {zone} territory: the move is stretched.",
                     f"RSI(14) has pushed into {zone} territory at {{rsi_14}}, a stretched reading.",
                     f"The 14-day RSI, {{rsi_14}}, reads {zone}, which leaves {selling} stretched."],
                    brief, "rsi-arg")
    edge = "oversold" if r.way == "down" or (r.way == "flat" and rsi < 50) else "overbought"
    selling = "the selling" if edge == "oversold" else "the buying"
    if r.room == "near":
        return vary([f"RSI(14), at {{rsi_14}}, is getting close to {edge}, so {selling} has little room "
                     "left.",
                     f"At {{rsi_14}}, RSI(14) is already close to {edge}, so the room left is short.",
                     f"RSI(14) reads {{rsi_14}}, near {edge}, with little room left for {selling}.",
                     f"The 14-day RSI, {{rsi_14}}, is approaching {edge}, which caps the room ahead."],
                    brief, "rsi-arg")
    if r.room == "leaning":
        line = "30" if edge == "oversold" else "70"
        side, tone = ("above", "soft") if edge == "oversold" else ("below", "firm")
        return vary([f"RSI(14), at {{rsi_14}}, is {tone} but still {side} {line}, short of {edge}, so "
                     f"{selling} is not stretched yet.",
                     f"At {{rsi_14}}, RSI(14) leans {tone} without reaching {edge}: it is still {side} "
                     f"{line}, and {selling} has room.",
                     f"RSI(14) reads {{rsi_14}}, on the {tone} side yet {side} {line} and short of {edge}, "
                     "so there is room left.",
                     f"The 14-day RSI, {{rsi_14}}, is {tone} but stays {side} {line}, shy of {edge}: "
                     f"{selling} is not stretched."], brief, "rsi-arg")
    if r.size in ("big", "full"):
        return vary([f"RSI(14) at {{rsi_14}} is well short of {edge}, so there is room left for the move.",
                     f"At {{rsi_14}}, RSI(14) is far from {edge}: the move has room to run.",
                     f"RSI(14) reads {{rsi_14}}, a long way short of {edge}, so the move is not stretched.",
                     f"With RSI(14) at {{rsi_14}}, far from {edge}, the move has room to extend."],
                    brief, "rsi-arg")
    limit = "floor" if edge == "oversold" else "ceiling"
    return vary([f"RSI(14) at {{rsi_14}} is well short of {edge}, so it sets no {limit} here.",
                 f"At {{rsi_14}}, RSI(14) is far from {edge} and puts no {limit} on the next sessions.",
                 f"RSI(14) reads {{rsi_14}}, short of {edge}: no {limit} from momentum yet.",
                 f"The 14-day RSI, {{rsi_14}}, is far from {edge}, so it is no {limit} for now."],
                brief, "rsi-arg")


def conclusion(brief: Brief, r: Reading) -> str:
    """What the readings add up to, from their classes together (first rule that fits)."""
    name = mid_sentence(brief.short_name)
    verb_s = "" if is_plural(brief.short_name) else "s"
    return vary(_conclusions(r, name, verb_s), brief, "momentum-call")


def _conclusions(r: Reading, name: str, verb_s: str) -> list[str]:
    if r.way == "flat":
        return ["With the day flat, the readings describe the trend rather than the session.",
                f"A flat day leaves the lean of these readings where it was for {name}.",
                "Nothing moved enough to shift these readings, which describe the trend, not the day.",
                "The session added nothing to the picture these readings paint."]
    if r.room == "stretched":
        return ["Readings this stretched tend to slow a move before ending it: the odds favour a pause "
                "over a chase.",
                "After a run this stretched, a pause is more likely than another leg at the same pace.",
                "Stretched like this, the move is more likely to rest than to extend at once.",
                f"For {name} that argues for patience: stretched readings rarely sustain the same pace."]
    if r.size in ("big", "full") and r.backed and r.room in ("room", "leaning"):
        return ["Size, momentum and room line up behind the move.",
                f"Everything here points the way the day went for {name}: a large move, backed, with room "
                "left.",
                "A large move with momentum behind it and room ahead: the readings back the day.",
                f"For {name} the readings agree with the day on every count."]
    if r.size in ("big", "full"):
        return ["The move is backed but short of room, so follow-through is the thing to watch.",
                "Backed, but with little room left: the next session shows whether it carries on.",
                "Momentum is with the move, room less so; follow-through decides.",
                f"For {name} the push has backing but little room, so the next session matters."]
    if r.backed and r.ranged:
        return [f"A modest day with momentum behind it, though inside the range {name} need{verb_s} more "
                "than that to leave it.",
                "Momentum leans the day's way, yet a move this size changes nothing inside the range.",
                "The lean is right but the move is small, and the range still holds.",
                f"Inside its range, {name} got a nudge the momentum agrees with, nothing more."]
    if r.backed:
        return ["A modest day, then, that runs with the momentum rather than against it.",
                "Small as it was, the move went with the momentum, not against it.",
                "The move was modest, and momentum points the same way.",
                f"For {name} a modest step in the direction momentum already points."]
    if r.ranged:
        return ["Nothing here breaks the stalemate: with momentum against the day, the range's edges still "
                "decide.",
                "The day ran against momentum and stayed inside the range, so the range's edges remain what "
                "matters.",
                "A modest move against momentum, inside the range: the edges of the band still decide.",
                f"Until momentum turns, the range is what matters for {name}."]
    return ["A move this size against the momentum reading does not change the picture.",
            "The day went against momentum, and on a move this size the momentum reading still holds.",
            "Too small to overturn momentum, the move leaves the picture as it was.",
            f"For {name} a modest move against momentum, not a turn."]
