"""The final call's reasons with their figures: what the averages and MACD actually say.

The biases come from `scoring.medium_term_view` / `long_term_view`; these sentences give the
specific reading behind each ("above the 50-day at $601.50 but MACD still under its signal"),
rotated by `phrases.vary` so one session's articles do not repeat one stock phrase. A neutral
medium-term reason (the 50-day and MACD disagree) says so, why the call has no side ('Trend and
momentum split', 'so they cancel out'; before edday, stop 45, only 'No trend to hold for weeks
yet' did), and ends with what would settle it: the one reading
that turns the call bullish and the one that turns it bearish, each by name, the 50-day's figure
quoted once ("a MACD cross up makes it bullish, a close under the 50-day bearish").
"""

from __future__ import annotations

import re

from ..contracts import Bias, CrossKind
from ..facts import FactSheet
from ..scoring import window_words
from .base import Brief
from .phrases import vary

_MEDIUM = {  # (close above the 50-day, MACD above its signal)
    (True, True): ["Above the 50-day at {sma_50}, with MACD ({macd}) over its signal ({macd_signal})",
                   "{pct_vs_sma_50:abs} over the 50-day average ({sma_50}), and MACD runs above its signal",
                   "The close holds above the 50-day at {sma_50}; MACD ({macd}) leads its signal "
                   "({macd_signal})",
                   "Trend and momentum agree: the 50-day at {sma_50} is under the close, MACD is over its "
                   "signal"],
    (False, False): ["Below the 50-day at {sma_50}, with MACD ({macd}) under its signal ({macd_signal})",
                     "{pct_vs_sma_50:abs} under the 50-day average ({sma_50}), and MACD runs below its "
                     "signal",
                     "The close sits below the 50-day at {sma_50}; MACD ({macd}) trails its signal "
                     "({macd_signal})",
                     "Trend and momentum agree: the 50-day at {sma_50} is over the close, MACD is under its "
                     "signal"],
    (True, False): ["Trend and momentum split: above the 50-day at {sma_50}, but MACD ({macd}) still "
                    "under its signal ({macd_signal}); a MACD cross up makes it bullish, a close under the "
                    "50-day bearish",
                    "The close is {pct_vs_sma_50:abs} over the 50-day ({sma_50}) but MACD is under its "
                    "signal, so they cancel out; MACD back over it turns the call bullish, a close under the "
                    "average bearish",
                    "Price and momentum disagree: the close holds over the 50-day at {sma_50}, MACD under "
                    "its signal; a MACD cross up would make it bullish, a close below the 50-day bearish",
                    "No trend to hold for weeks yet: above the 50-day at {sma_50}, MACD under its "
                    "signal; a MACD cross up makes it bullish, a close under the 50-day bearish"],
    (False, True): ["Trend and momentum split: below the 50-day at {sma_50}, though MACD ({macd}) is "
                    "over its signal ({macd_signal}); a close back above the 50-day makes it bullish, a "
                    "MACD cross down bearish",
                    "The close is {pct_vs_sma_50:abs} under the 50-day ({sma_50}) but MACD is over its "
                    "signal, so they cancel out; a close back over the average turns the call bullish, MACD "
                    "crossing down bearish",
                    "Price and momentum disagree: the 50-day at {sma_50} caps the close, MACD is over its "
                    "signal; a close above the 50-day would make it bullish, a MACD cross down bearish",
                    "No trend to hold for weeks yet: below the 50-day at {sma_50}, MACD over its "
                    "signal; a close over the 50-day makes it bullish, a MACD cross down bearish"],
}
_LONG = {  # (close above the 200-day, golden-cross state)
    (True, True): ["Above the 200-day at {sma_200}, with the 50-day over the 200-day (golden cross)",
                   "{pct_vs_sma_200:abs} over the 200-day average ({sma_200}) in the golden-cross state",
                   "The 200-day at {sma_200} sits under the close, and the averages are in the "
                   "golden-cross state",
                   "Long trend up: the close clears the 200-day ({sma_200}) and the 50-day stays above it"],
    (False, False): ["Below the 200-day at {sma_200}, with the 50-day under the 200-day (death cross)",
                     "{pct_vs_sma_200:abs} under the 200-day average ({sma_200}) in the death-cross state",
                     "The 200-day at {sma_200} sits over the close, and the averages are in the "
                     "death-cross state",
                     "Long trend down: the close is under the 200-day ({sma_200}) and so is the 50-day"],
    (True, False): ["Above the 200-day at {sma_200}, but the 50-day is still under it (death cross)",
                    "The close is {pct_vs_sma_200:abs} over the 200-day ({sma_200}) while the averages stay "
                    "in the death-cross state",
                    "Back above the 200-day at {sma_200}, though the 50-day has not crossed over it yet",
                    "The close clears the 200-day ({sma_200}); the death-cross state says the turn is "
                    "unproven"],
    (False, True): ["Below the 200-day at {sma_200}, though the 50-day is still over it (golden cross)",
                    "The close is {pct_vs_sma_200:abs} under the 200-day ({sma_200}) while the averages stay "
                    "in the golden-cross state",
                    "Under the 200-day at {sma_200}, with the 50-day still above it: the long trend is in "
                    "question",
                    "The close lost the 200-day ({sma_200}); only the golden-cross state still leans up"],
}


_AT_AVERAGE = {(False, False): "At the 50-day ({sma_50}), a hair under it, with MACD under its signal",
               (True, True): "At the 50-day ({sma_50}), a hair over it, with MACD over its signal"}
"""The medium-term reason when the close sits at the 50-day (the distance rounds to 0.00%, as the
analysis and the indicator table say) and the bias still follows the side it is on: 'Below the
50-day' beside 'sits at the 50-day average' reads as two closes."""


def medium_reason(brief: Brief, sheet: FactSheet, fallback: str) -> str:
    """The 50-day and MACD readings behind the medium-term bias; `fallback` without the figures."""
    s = brief.snapshot
    if not sheet.has("sma_50", "pct_vs_sma_50", "macd", "macd_signal") or s.trend.sma_50 is None:
        return fallback
    key = (s.close > s.trend.sma_50, (s.momentum.macd or 0) > (s.momentum.macd_signal or 0))
    if round(sheet.value("pct_vs_sma_50"), 2) == 0:  # the analysis says the close sits at it
        return sheet.fill(_AT_AVERAGE[key]) if key in _AT_AVERAGE else fallback
    return sheet.fill(vary(_MEDIUM[key], brief, "call-medium"))


def long_reason(brief: Brief, sheet: FactSheet, fallback: str, slope_said: bool = False) -> str:
    """The 200-day and the averages' cross state behind the long-term bias; the clause on the
    200-day's own slope only when the short-term row has not already said why the slope keeps a
    side out (`slope_said`): the article gives the trend filter's reason once."""
    s = brief.snapshot
    cross = s.trend.cross
    if cross is None or s.trend.sma_200 is None or not sheet.has("sma_200", "pct_vs_sma_200"):
        return fallback
    if round(sheet.value("pct_vs_sma_200"), 2) == 0:
        return fallback
    above = s.close > s.trend.sma_200
    key = (above, cross.state == CrossKind.GOLDEN)
    unconfirmed = unconfirmed_slope(s.trend.sma_200_slope_pct, above) if key[0] == key[1] else None
    if unconfirmed is not None:  # the bias follows price and the cross; the slope is read with them
        bank = _LONG_RECOVERING if above else _LONG_FADING
        return sheet.fill(vary(bank, brief, "call-long").replace("{slope}", unconfirmed))
    slope = "" if slope_said else _slope_against(s.trend.sma_200_slope_pct, above)
    return sheet.fill(vary(_LONG[key], brief, "call-long")) + slope


_LONG_RECOVERING = [
    "Above the 200-day at {sma_200} in the golden-cross state, but the average itself is still {slope}: "
    "a long trend recovering, not confirmed",
    "The close clears the 200-day ({sma_200}) and the 50-day is over it, yet the 200-day is still {slope}: "
    "a recovery, not a confirmed uptrend",
    "{pct_vs_sma_200:abs} over the 200-day ({sma_200}) in the golden-cross state; with that average still "
    "{slope}, the long trend is recovering, not confirmed",
    "Golden-cross state and a close over the 200-day at {sma_200}, but a {slope} 200-day makes the long "
    "trend a recovery, not a confirmed one"]
_LONG_FADING = [
    "Below the 200-day at {sma_200} in the death-cross state, but the average itself is still {slope}: "
    "a long trend weakening, not a confirmed decline",
    "The close is under the 200-day ({sma_200}) and so is the 50-day, yet the 200-day is still {slope}: "
    "a slide, not a confirmed downtrend",
    "{pct_vs_sma_200:abs} under the 200-day ({sma_200}) in the death-cross state; with that average still "
    "{slope}, the long trend is weakening, not confirmed down",
    "Death-cross state and a close under the 200-day at {sma_200}, but a {slope} 200-day makes the long "
    "trend a slide, not a confirmed decline"]
"""The long-term reason when price and the cross agree but the 200-day itself slopes against them
(real DIA 2026-11-20 in the demo: the close 3.69% over a falling 200-day in the golden-cross state):
the bias follows price and the cross (scoring.long_term_view), and the row says the trend is a
recovery (a slide), not confirmed, the reading the short-term row's trend filter stands aside on.
Before editorial12b the row read 'Long trend up' beside 'the long side stands aside: the 200-day
average is falling'. The bias itself is unchanged: docs/scorecard.md has the long-term Neutral and
Bearish calls losing to always-long over 63 sessions, no evidence for a Neutral here."""


def unconfirmed_slope(slope_pct: float | None, above: bool) -> str | None:
    """'falling' or 'flat' (above the 200-day), 'rising' or 'flat' (below it) when the average's
    20-session slope goes against the close's side (as _slope_against and the setups' trend filter
    read it); None when it goes with it, rounds to zero or is unknown."""
    if slope_pct is None or round(slope_pct, 2) == 0:
        return None
    if above and slope_pct < 0:
        return "falling" if slope_pct <= -SLOPE_CLEAR else "flat"
    if not above and slope_pct > 0:
        return "rising" if slope_pct >= SLOPE_CLEAR else "flat"
    return None


def _slope_against(slope_pct: float | None, above: bool) -> str:
    """A clause when the 200-day itself slopes against the side the close is on (above a falling
    average, below a rising one): the setups stand aside on that side (setups.RULES trend filter),
    so the long-term reason says why the trend is not yet a trade."""
    if slope_pct is None or round(slope_pct, 2) == 0:
        return ""
    if above and slope_pct < 0:
        return (", though the 200-day itself is still falling" if slope_pct <= -SLOPE_CLEAR
                else ", though the 200-day itself is flat, not yet rising")
    if not above and slope_pct > 0:
        return (", though the 200-day itself is still rising" if slope_pct >= SLOPE_CLEAR
                else ", though the 200-day itself is flat, not yet falling")
    return ""


_SLOPE_WORDS = re.compile(r"200-day[^;:]*\b(?:rising|falling|flat|to rise|to fall|turns? (?:up|down))\b|"
                          r"\b(?:rising|falling|flat) 200-day")


def names_slope(short_reason: str) -> bool:
    """The short-term row already says how the 200-day slopes (the trend filter's reason for a side
    it keeps out): the long-term row leaves its own slope clause out."""
    return _SLOPE_WORDS.search(short_reason) is not None


SLOPE_CLEAR = 0.2
"""A 20-session slope (%) this large is 'rising'/'falling'; smaller is 'flat' (the verifier's
slope-word threshold, README 'trend words')."""


_SHORT_RANGE = ["Pulse {pulse}/100 inside a {range_sessions}-session range",
                "Pulse {pulse}/100, still in its {range_sessions}-session range",
                "Pulse {pulse}/100 with the {range_sessions}-session range holding",
                "Pulse {pulse}/100, boxed in for {range_sessions} sessions"]
"""The range named by its age, not its closing bounds: the clause after it, the take and the levels
table quote its edges (as zones where the table has them, scenarios.range_edge_slot); the bounds
here would be a second figure for the same edge."""
_SHORT = ["Pulse {pulse}/100 with threat level {threat_level}/5",
          "Pulse {pulse}/100 after a close at {price}",
          "Pulse {pulse}/100 after {day_move}",
          "Threat level {threat_level}/5 and Pulse {pulse}/100"]


def short_lead(brief: Brief) -> str:
    """The Pulse and where price sits, ahead of the setup wording (scenarios.setup_reason); after a
    big move the bias does not follow, the Pulse and what holds it there (pulse_against_move)."""
    return short_leads(brief)[0]


def short_leads(brief: Brief) -> list[str]:
    """`short_lead`'s wording and its shorter forms, longest first, for a row whose setup clause
    leaves less room (ROW_WORDS_MAX): after a move the bias does not follow, the Pulse with two of
    the components holding it, with one, then with the move alone (still saying the Pulse stays
    'despite' it); otherwise the Pulse with where price sits, then the Pulse alone."""
    s = brief.snapshot
    against = [text for text in (pulse_against_move(brief, parts) for parts in (2, 1)) if text is not None]
    if against:
        down = s.tape is not None and (s.tape.move_atr or 0.0) < 0
        bare = vary(_AGAINST_DROP_BARE if down else _AGAINST_GAIN_BARE, brief, "call-short-against")
        return list(dict.fromkeys([*against, bare]))
    in_range = s.range is not None and s.range.is_tight
    lead = vary(_SHORT_RANGE if in_range else _SHORT, brief, "call-short")
    return [lead.replace("{day_move}", day_move(s.returns.change_1d_pct)),
            "Pulse {pulse}/100"]


def day_move(change_pct: float | None) -> str:
    """The session's move as a prose cell says it, a word and an unsigned figure ('a 0.60% gain',
    'a 1.10% loss'), not a signed number ('on a +0.60% session', demo DIA 2026-11-20); a change
    that prints as 0.00% is a flat session."""
    if change_pct is None or round(change_pct, 2) == 0:
        return "a flat session"
    return f"a {{change_1d_pct:abs}} {'gain' if change_pct > 0 else 'loss'}"


ROW_WORDS_MAX = 40
"""A final-call row a trader reads at a glance: the short-term row's lead gives way to a shorter
form (`short_leads`) before the row runs past this many words (demo IWM 2026-11-20 ran to 50,
real DIA 2026-05-15 to 63)."""


BIG_MOVE_ATR = 1.5
"""A move this many ATRs or more is big enough that a bias not following it needs a reason (the
lead's 'no ordinary session' threshold, angle_text.BIG_MOVE_ATR)."""
CARRYING_SHARE = 0.7
"""A Pulse component at this share of its points or more carries the score; at 1 - this or less,
it holds the score down."""
_AGAINST_DROP = ["Pulse {pulse}/100 despite the {change_1d_pct:abs} drop: {parts} {carry} it",
                 "Pulse {pulse}/100 even after a {change_1d_pct:abs} fall; {parts} {carry} it",
                 "Still Pulse {pulse}/100 after the {change_1d_pct:abs} slide, propped up by {parts}",
                 "A {change_1d_pct:abs} drop leaves Pulse at {pulse}/100; {parts} still {hold} it up"]
_AGAINST_DROP_BARE = ["Pulse {pulse}/100 despite the {change_1d_pct:abs} drop",
                      "Pulse {pulse}/100 even after a {change_1d_pct:abs} fall",
                      "Still Pulse {pulse}/100 after the {change_1d_pct:abs} slide",
                      "Pulse still {pulse}/100 after a {change_1d_pct:abs} drop"]
_AGAINST_GAIN_BARE = ["Pulse {pulse}/100 despite the {change_1d_pct:abs} gain",
                      "Pulse {pulse}/100 even after a {change_1d_pct:abs} rise",
                      "Still Pulse {pulse}/100 after the {change_1d_pct:abs} jump",
                      "Pulse only {pulse}/100 after a {change_1d_pct:abs} gain"]
"""The move and the Pulse without the components holding it, for a row with no room for them: the
same option as the full bank's (one key), still saying the score stays in spite of the move."""
_AGAINST_GAIN = ["Pulse {pulse}/100 despite the {change_1d_pct:abs} gain: {parts} {weigh} on it",
                 "Pulse {pulse}/100 even after a {change_1d_pct:abs} rise; {parts} {hold} it down",
                 "Still Pulse {pulse}/100 after the {change_1d_pct:abs} jump, held back by {parts}",
                 "A {change_1d_pct:abs} gain lifts Pulse only to {pulse}/100; {parts} {weigh} on it"]


def _part_name(brief: Brief, name: str, carrying: bool) -> str | None:
    """A Pulse component as words, on the side it pushes the score ('the 200-day trend')."""
    s = brief.snapshot
    if name == "relative_1m" and s.relative is not None:
        return f"the one-month {'lead over' if carrying else 'lag behind'} {s.relative.benchmark}"
    if name == "range_position":
        return f"a close {'high' if carrying else 'low'} in the {window_words(s.bars_used)} range"
    return {"trend_200": "the 200-day trend", "trend_50": "the 50-day trend", "momentum_rsi": "RSI",
            "momentum_macd": "MACD"}.get(name)


def broke_range_with(brief: Brief, move: float) -> bool:
    """The session's close left a tight range the way it moved (tape.range_break): a move the bias
    has to answer whatever its size, as the dek and the take tell the break."""
    tape = brief.snapshot.tape
    side = tape.range_break if tape is not None else None
    return side is not None and (side == "below") == (move < 0) and move != 0


def pulse_against_move(brief: Brief, most: int = 2) -> str | None:
    """After a move of BIG_MOVE_ATR or more, or one that broke out of a range
    (`broke_range_with`), that the short-term bias does not follow (a neutral or bullish call after
    a plunge or a break down, a neutral or bearish one after a surge or a break up), the Pulse with
    the components that keep it there (`most` of them at most); None on any other day (news day
    SPY 2024-08-02 before edday, stop 45: 'Pulse 51/100 with threat level 3/5' on a break below a
    12-session range, nothing saying what held the score in the neutral band)."""
    s = brief.snapshot
    move = s.tape.move_atr if s.tape is not None else None
    if move is None or (abs(move) < BIG_MOVE_ATR and not broke_range_with(brief, move)):
        return None
    down = move < 0
    if brief.scores.bias == (Bias.BEARISH if down else Bias.BULLISH):
        return None
    parts = [p for p in brief.scores.pulse_components if p.max_points > 0
             and (p.points / p.max_points >= CARRYING_SHARE if down
                  else p.points / p.max_points <= 1 - CARRYING_SHARE)]
    parts.sort(key=lambda p: p.points / p.max_points, reverse=down)
    names = [n for n in (_part_name(brief, p.name, down) for p in parts) if n is not None][:most]
    if not names:
        return None
    one = len(names) == 1
    words = {"{parts}": " and ".join(names), "{carry}": "carries" if one else "carry",
             "{hold}": "holds" if one else "hold", "{weigh}": "weighs" if one else "weigh"}
    text = vary(_AGAINST_DROP if down else _AGAINST_GAIN, brief, "call-short-against")
    for slot, word in words.items():
        text = text.replace(slot, word)
    return text
