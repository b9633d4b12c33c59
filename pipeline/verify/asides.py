"""Paragraphs about something else: a line of a snow report, a league's notice, a fantasy score.

A text that carries the market beside other things ("Runs open: 31 of 47 | Summit temp: -9 C | Day
ticket: $89", "Hal's 268 is the season high; league average 171, handicap 90% of 220", "- Mahomes
Alone 88.7 lost to Ja'Marr Ja'Binks 131.9") prints figures in paragraphs that name no instrument and
no word only the market uses (a close, an index, shares, a session, an average of N days, RSI). A
bare figure there (no move, no sign, no distance from a level) counts or prices that other thing:
it is no claim about the market. A figure the words tie to the market in any way stays read: the
paragraph names an instrument or a market word, or the figure is a move, a distance or a period's.
"""

from __future__ import annotations

import re

from .claims import Claim
from .measures import measure_named
from .subjects import Lexicon

_MARKET_ONLY = re.compile(
    r"\b(?:clos(?:e|es|ed|ing)|index(?:es)?|indices|etfs?|funds?|stocks?|shares?|equit(?:y|ies)|markets?|"
    r"tickers?|trad(?:e|es|ed|ing|ers?)|sessions?|rall(?:y|ied|ies)|sell-?off|sold\s+off|rsi|macd|"
    r"s?ma|ema|vwap|atr|bollinger|support|resistance|breakout|breakdown|pivot|gap(?:ped|s)?|"
    r"volatility|vix|futures|options?|puts?|calls?|strike|expiry|earnings|yields?|treasur(?:y|ies)|"
    r"bonds?|bulls?|bullish|bears?|bearish|bid|ask|spread|ytd|mtd|wtd|pp|bps?|basis\s+points?|"
    r"sess|ses|price[sd]?|pric(?:ing)|quote[sd]?|dow|nasdaq|s&p|russell|oversold|overbought|"
    r"moving\s+averages?|\d+[-\s](?:day|week|month)s?|52w|50d|200d|golden\s+cross|death\s+cross|"
    r"record|all-time|highs|lows|portfolio|position|stop|target|entry|long|short)\b",
    re.IGNORECASE)
"""Words that tie a paragraph to the market: an instrument's own nouns, its measures, its indicators,
its trades. Not the words other things share with it ("high", "average", "open", "day", "points",
"lost"): "the season high", "league average 171", "Lifts open: 9 of 12", "lost to ... 131.9"."""


_DAY_NAMED = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri)(?:day|s|sday|nesday|rsday|urs|es)?\b|"
                        r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b")
"""A session's day or date in the sentence: a figure to a decimal beside one is a dated close ("pressure
read 2,505.20 on Thursday the 12th", "Wednesday the 11th, 6,889.76"), whatever the paragraph calls it."""
_DAY_REACH = (30, 20)
"""How far before and after a figure its day may be named (characters), within its clause."""


def _dated(claim: Claim) -> bool:
    sentence, start, end = claim.sentence, claim.number.start, claim.number.end
    before = re.split(r"[;(]", sentence[max(0, start - _DAY_REACH[0]):start])[-1]
    after = re.split(r"[;(]", sentence[end:end + _DAY_REACH[1]])[0]
    return _DAY_NAMED.search(before) is not None or _DAY_NAMED.search(after) is not None


_CENTS = re.compile(r"\$\s?\d[\d,]*\.\d\d\b")


def about_something_else(paragraph: str, lexicon: Lexicon) -> bool:
    """Whether a paragraph names no instrument and no word only the market uses."""
    return _MARKET_ONLY.search(paragraph) is None and not lexicon.mentions(paragraph)


def bare_figure(claim: Claim) -> bool:
    """A figure with nothing of a market claim on it: no distance from a level, no period, no average,
    no run, not flat, no signed or worded move in % ("Down 0.5% today" stays read; a discount's "-2.04"
    or a score "lost to ... 131.9" is no move of a price), and no price to the cent nor a figure a
    market's word names to a decimal ("It opened at $688.15", "Day: open 35,418.76" stay read;
    "Lifts open: 9 of 12" is a count)."""
    moved = bool(claim.number.sign or claim.direction) and claim.number.unit == "pct"
    priced = claim.number.decimals > 0 and (claim.number.unit == "price" or claim.names is not None
                                            or measure_named(claim) is not None
                                            or _dated(claim))
    if _CENTS.search(claim.sentence):
        return False  # "Moorings overhead: $463.64 ..., then $465.21, 1.24% away": a sentence with a
        # price to the cent is a market one, its other figures too
    return not (moved or priced or claim.relation or claim.period or claim.flat or claim.average is not None
                or claim.run or claim.subject is not None)
