"""Size words against the size of the move: "edged" on a 3-ATR day, "plunged" on a 0.1% dip.

A size word is checked when an instrument is named right before it ("IWM
edged up", "small caps plunged") or the sentence opens on the article's own
instrument ("Shares surged", "It inched higher"), or it is a participle after a
comma ("IWM ended at $244.30, soaring 0.30%": the instrument the sentence opens
on); the move is that
instrument's one-day change, in % and, where its snapshot has one, in ATRs of
the prior session (`tape.move_atr`). The present tense of a headline or an alert
("Russell 2000 soars +0.30%", "QQQ edges 1.90% higher") is read like the past.
Words about another time frame ("surged this year", "plunged at the open") or
hedged ("could plunge") are not checked.

| words | flagged when the 1-day move is |
|---|---|
| small (`_SMALL`): edged, inched, ticked, nudged, crept | >= 1.0 ATR (when known) and >= 1.0% |
| large (`_LARGE`): plunged, tumbled, surged, jumped... | < 0.5 ATR (when known) and < 0.5% |
| steepest (`_STEEPEST`): soared, skyrocketed, plummeted, crashed... | < 1.0 ATR (when known) and < 1.0% |
| still: barely budged/moved/drifted, a hair lower | >= 0.7 ATR (when known) and >= 0.7% |

A one-way large word ("plunged", "soared") on a move the other way is a `direction-mismatch`.

The % bounds are five times wider for volatility gauges (the VIX moves 5% on a
quiet day). The template writer says "edged"/"inched" only under 0.5% and
"jumped"/"tumbled" only from 1.5%, so its own wording is never flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..contracts import Finding, InstrumentKind
from .codes import finding
from .context import VerifyContext
from .lookahead import leading
from .numbers import DATE, any_word, folded, unquoted


@dataclass(frozen=True)
class Bound:
    atr: float
    pct: float


SMALL_BOUND = Bound(atr=1.0, pct=1.0)
"""A small word is wrong from this size up (both, when the ATR is known): 1 ATR is about the 80th
percentile of daily moves (0.97 over 131,560 index and ETF sessions in ../shared/realdata/ohlcv, ATR of
the 14 sessions before)."""
LARGE_BOUND = Bound(atr=0.5, pct=0.5)
"""A large word is wrong below this size (both, when the ATR is known): about the median day (0.46 ATR,
0.67% over the same sessions)."""
STILL_BOUND = Bound(atr=0.7, pct=0.7)
"""'Barely budged', 'a hair lower': wrong from this size up (both), a day larger than two in three
(0.70 ATR at the 67th percentile of the same sessions) and than the median day's 0.67%."""
VOLATILITY_SCALE = 5.0

_SMALL = r"edged|inched|ticked|nudged|crept"
_LARGE = (r"plunged|plummeted|tumbled|crashed|cratered|collapsed|tanked|nosedived|slid hard|surged|soared|"
          r"skyrocketed|rocketed|spiked|jumped|zoomed")
_SMALL_ING = r"edging|inching|ticking|nudging|creeping"
_LARGE_ING = (r"plunging|plummeting|tumbling|crashing|cratering|collapsing|tanking|nosediving|surging|"
              r"soaring|skyrocketing|rocketing|spiking|jumping|zooming")
def _past_of(word: str) -> str:
    """'soars' -> 'soared', 'surges' -> 'surged', 'crashes' -> 'crashed'."""
    if word.endswith(("ches", "shes", "sses")):
        return word[:-2] + "ed"
    return word[:-1] + "d" if word.endswith("es") else word[:-1] + "ed"


_SMALL_S = r"edges|inches|ticks|nudges|creeps"
_LARGE_S = (r"plunges|plummets|tumbles|crashes|craters|collapses|tanks|nosedives|surges|soars|skyrockets|"
            r"rockets|spikes|jumps|zooms")
"""The present tense of a headline or an alert ("Russell 2000 soars +0.30%")."""
_LARGE_BASE = (r"plunge|plummet|tumble|crater|nosedive|soar|skyrocket")
"""...and with a plural subject ("Small caps plummet as oil drags"): the large verbs that are not
also a common noun after a name ("a Nasdaq surge", "the VIX spike")."""
_ING_AS_PAST = {"creeping": "crept", **{w: w[:-3] + "ed" for w in f"{_SMALL_ING}|{_LARGE_ING}".split("|")
                                        if w != "creeping"},
                "creeps": "crept", **{w: _past_of(w) for w in f"{_SMALL_S}|{_LARGE_S}".split("|")
                                      if w != "creeps"},
                **{w: w + ("d" if w.endswith("e") else "ed") for w in _LARGE_BASE.split("|")}}
"""'soaring' and 'soars' read as 'soared' (its one-way direction)."""
_WORD = leading(re.compile(rf"\b(?P<word>(?P<small>{_SMALL}|{_SMALL_ING}|{_SMALL_S})|"
                   rf"(?P<large>{_LARGE}|{_LARGE_ING}|{_LARGE_S}|{_LARGE_BASE}))\b", re.IGNORECASE))
_PARTICIPLE = re.compile(r",\s*$")
"""', soaring 0.30%': a participle after a comma tells what the clause's subject did."""
_GAP = re.compile(r"^[\s,()'\u2019s]*(?:(?:shares|also|just|only|then|had|have|has|fund|ETF|index|"
                  r"tracker)\s+)*$", re.IGNORECASE)
_OWN_OPENING = re.compile(r"^\s*(?:(?:until|since)\s+then\s*,?\s+|(?:and|but|so|yet|still)\s*,?\s+)?"
                          r"(?:(?:this\s+|on\s+)?(?:today|tonight|(?:mon|tues|wednes|thurs|fri)day|"
                          r"(?:morning|afternoon|session))\s*,?\s+)?"
                          r"(?:shares|it|the (?:ETF|fund|stock|sleeve|holding|position|index)|prices?)\s+"
                          r"(?:(?:had|has|also|just|then|barely|only|merely|slowly|gently|quietly)\s+){0,2}$",
                          re.IGNORECASE)
"""The sentence opens on the article's own instrument, after the day it speaks of or a linking word and
before a manner adverb: "Shares edged", "This Friday it barely crept higher", "On Monday, the fund just
inched up", "Until then it surged 0.30%", "The index plummeted"."""
_OWN_THEN_IT = re.compile(r"^\s*(?:shares|it|the (?:ETF|fund|stock|index))\b[^;:!?\u2014]*?"
                          r"\b(?:after|as|when|once|because|since|while)\s+it\s+"
                          r"(?:(?:had|has|also|just|then|only)\s+)?$", re.IGNORECASE)
"""A sentence opening on the article's own instrument whose 'it' after a subordinator is that instrument:
"The index closed the week at 6,901.69 after it edged up 1.11%" (no other instrument named before)."""
_OWN_NOUN = re.compile(r"\b(?:the|our|this)\s+(?:ETF|fund|sleeve|holding|position)\s+"
                       r"(?:(?:had|has|also|just|then|barely|only|merely)\s+){0,2}$", re.IGNORECASE)
"""The article's own fund named by a common noun right before the word, mid-sentence: "argued the sleeve
had merely soared 0.60%" (a holding or a sleeve is the fund the text is about)."""
_OTHER_FRAME = re.compile(r"\b(?:week|weeks|month|months|year|years|YTD|since|quarter|over the past|sessions|"
                          r"days|intraday|at the open|early|at one point|in the first|before|earlier|"
                          r"yesterday|last \w+)\b", re.IGNORECASE)
_HEDGED = re.compile(r"\b(?:could|would|might|(?-i:may)|if|unless|should|can)\b", re.IGNORECASE)
"""A hedge before the size word; "may" only in lower case: "In May" names the month."""


_DOWN_ONLY = {"plunged", "plummeted", "crashed", "cratered", "collapsed", "tanked", "nosedived"}
_UP_ONLY = {"soared", "skyrocketed", "rocketed", "spiked", "zoomed"}
"""Large words whose direction no other check reads (words.py reads 'tumbled', 'jumped', 'surged')."""
_STEEPEST = {"soared", "skyrocketed", "rocketed", "zoomed", "plummeted", "crashed", "cratered", "collapsed",
             "nosedived"}
"""Large words that say more than a big day ('soared', 'crashed'): held to STRONG_BOUND, not LARGE_BOUND."""


_WORD_WORDS = tuple(w.replace("slid hard", "slid") for w in
                    f"{_SMALL}|{_LARGE}|{_SMALL_ING}|{_LARGE_ING}|{_SMALL_S}|{_LARGE_S}|{_LARGE_BASE}".split("|"))
_WORD_STEMS = any_word(_WORD_WORDS)
"""Words one of which a lowered ASCII sentence must hold for _WORD to match."""


_SIZE_NOUN = re.compile(r"\b(?:an?\s+(?:(?:huge|big|massive|sharp|strong|real|veritable|genuine)\s+)?"
                        r"(?P<large>surge|plunge|collapse|crash|spike|moonshot)\b(?!\s+(?:in|of|from|to)\b)"
                        r"|an?\s+(?P<adjective>soaring|surging|plunging)\s+(?:one|day|session|gain|win|loss|move)\b"
                        r"|(?P<small>(?:barely|hardly|scarcely)\s+(?:budged|moved|changed|drifted|shifted|stirred"
                        r"|(?:up|down|higher|lower)\b(?!\s+(?:from|on|for|over|since|in|this|so|year|week|month)\b))"
                        r"|\ba\s+(?:hair|whisker|tad)\s+(?:lower|higher)\b))", re.IGNORECASE)
"""Size words that name the day's move as a noun or an adjective ("the movement was a surge", "And
tonight, a huge surge", "a win, a soaring one", "this barely budged", "barely up $4.26"): the move of
the instrument named last before them, or the article's own when the sentence names none. Not a
surge in or of something else ("a surge in volume"), not one denied ("not a surge")."""
_DENIED = re.compile(r"\b(?:not|no|never|n't|far from|anything but|rather than|instead of|nothing like|"
                     r"hardly|scarcely)\s*$", re.IGNORECASE)
_NOUN_WORDS = ("surge", "plunge", "collapse", "crash", "spike", "moonshot", "soaring", "surging", "plunging",
               "budged", "barely mov", "hardly mov", "scarcely mov", "barely chang", "hardly chang",
               "scarcely chang", "drifted", "shifted", "stirred", "hair", "whisker", "tad", "barely up",
               "barely down", "barely higher", "barely lower", "hardly up", "hardly down")
_NOUN_STEMS = any_word(_NOUN_WORDS)
"""Words one of which a lowered ASCII sentence must hold for _SIZE_NOUN to match."""
_OTHER_MOVER = re.compile(r"\b(?:volume|turnover|yields?|rates?|oil|crude|gold|bitcoin|dollar|inflation|"
                          r"buying|selling|demand|supply|flows?|inflows|outflows|volatility|VIX|options|calls|"
                          r"puts|interest|earnings|sales|orders|prices|jobs|claims|spending|wages)\b",
                          re.IGNORECASE)
"""A sentence about another mover (volume, yields, oil, flows...): its size nouns are not the fund's."""
_GAUGE_SUBJECT = re.compile(r"\b(?:\d+-?(?:day|d|DMA)|averages?|SMA|EMA|RSI|MACD|band|bands|line|histogram|"
                            r"signal|spread|ratio|breadth)\b", re.IGNORECASE)
"""A gauge or an average in the clause before a size noun: the noun is its move ('the 200-day has hardly
budged'), not the fund's day."""

EXTREME_BOUND = Bound(atr=1.5, pct=1.5)
"""An extreme word ("a crash", "a rout", "a blowout", "explosive") is wrong below this size (both)."""
STRONG_BOUND = Bound(atr=1.0, pct=1.0)
"""A strong noun or adjective ("a surge", "a plunge", "a big day") is wrong below this size (both)."""
QUIET_BOUND = Bound(atr=1.0, pct=1.0)
"""A quiet word ("a tiny drift", "a quiet day", "barely a move") is wrong from this size up (both)."""

_EXTREME_NOUNS = (r"crash|collapse|rout|meltdown|bloodbath|blowout|blow-out|explosion|wipeout|wipe-out|"
                  r"free-?fall|massacre|carnage|stampede|implosion|pile-up|pileup|train wreck|avalanche|"
                  r"landslide|washout|catastrophe|disaster|debacle|calamity|cataclysm")
_STRONG_NOUNS = r"surge|plunge|spike|slump|nosedive|moonshot|tumble|melt-up|sell-off|selloff|rocket ride"
_QUIET_NOUNS = (r"drift|blip|non-event|nonevent|snooze|yawn|shrug|dud|rounding error|nudge|ripple|twitch|"
                r"flicker|wobble|sliver|whisper|shuffle|tiptoe")
_EXTREME_ADJ = (r"explosive|savage|violent|brutal|ferocious|spectacular|wild|crash-sized|crash-like|vicious|"
                r"crushing|punishing|bruising|staggering|blistering|"
                r"epic|extraordinary|historic|catastrophic|disastrous|seismic")
_STRONG_ADJ = r"big|large|sharp|outsized|dramatic|steep|hefty|powerful|heavy|severe"
_GREAT_ADJ = r"huge|massive|giant|enormous|gigantic|colossal|tremendous|immense|monster|monstrous|mammoth"
"""Stronger than "big": held to a strong noun's bound ("a huge day" on half an ATR is wrong)."""
_QUIET_ADJ = (r"quiet|tiny|sleepy|calm|dull|uneventful|negligible|minuscule|muted|placid|sedate|flat|meager|"
              r"meagre|faint|feeble|tame|subdued|lackluster|lacklustre|listless|humdrum|ho-hum|barely-there|"
              r"barely-moving|barely-noticeable|microscopic|infinitesimal|imperceptible|paltry|piddling|timid|meek")
_SMALL_ADJ = r"small|modest|mild|minor|slight|limited|little|contained|gentle"
_MOVE = (r"move|movement|moves|day|session|drop|dip|decline|gain|rise|loss|fall|advance|swing|change|"
         r"slide|retreat|pullback|selloff|sell-off|rally|bounce|climb|uptick|downtick")
_DEGREE = (r"(?:(?:very|really|truly|rather|fairly|pretty|quite|so|utterly|extremely|genuinely|downright|"
           r"real|sheer|proper|veritable|genuine|outright|"
           r"total|complete|absolute|full-blown)\s+)?")
_DAY_SIZE = leading(re.compile(
    rf"\b(?:an?\s+{_DEGREE}(?:(?P<adj>{_EXTREME_ADJ}|{_STRONG_ADJ}|{_GREAT_ADJ}|{_QUIET_ADJ}|{_SMALL_ADJ}),?\s+)?"
    rf"(?:(?P<adj2>{_EXTREME_ADJ}|{_STRONG_ADJ}|{_GREAT_ADJ}|{_QUIET_ADJ}|{_SMALL_ADJ}),?\s+)?"
    rf"(?:(?P<noun>{_EXTREME_NOUNS}|{_STRONG_NOUNS}|{_QUIET_NOUNS})\b"
    rf"|(?:(?:one|two|\d)-(?:day|session)\s+|up\s+|down\s+)?(?:{_MOVE})\b)"
    rf"|(?P<barely>(?:barely|hardly|scarcely)\s+a\s+(?:move|ripple|blip|twitch|budge)\b)"
    rf"|(?<![-\w])(?:move|movement|day|session|drop|decline|gain|loss|rise|fall|selloff|sell-off|swing)\s+"
    rf"(?:(?:today|itself|on\s+the\s+day)\s+)?(?:was|is|looked|felt|seemed|proved)\s+{_DEGREE}"
    rf"(?P<predicate>{_EXTREME_ADJ}|{_QUIET_ADJ}|{_SMALL_ADJ}|{_STRONG_ADJ}|{_GREAT_ADJ})\b(?!\s+(?:for|in|than)\b)"
    rf"|\b(?:that|this|it)(?:'s|\u2019s|\s+is|\s+was)\s+{_DEGREE}(?P<verdict>{_EXTREME_ADJ}|{_QUIET_ADJ}|"
    rf"{_SMALL_ADJ}|{_STRONG_ADJ}|{_GREAT_ADJ})\s+for\s+(?:one|a|a\s+single|the)\s+(?:day|session)\b"
    rf"|\b(?P<sized>{_EXTREME_NOUNS})-(?:sized|size|scale|like|style)\b"
    rf"|\ban?\s+{_DEGREE}(?P<adj3>{_EXTREME_ADJ}|{_STRONG_ADJ}|{_GREAT_ADJ}|{_QUIET_ADJ}|{_SMALL_ADJ})\s+"
    rf"[a-z]+\s+of\s+an?\s+(?:{_MOVE})\b)"
    rf"(?!\s+(?:in|of(?!\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+)?[+\-\u2212]?\$?\d)|from|"
    rf"for(?!\s+(?:the\s+)?(?:fund|ETF|index|stock|shares|tracker|it)\b)|at|among|across|than|as)\b)(?!-)",
    re.IGNORECASE))
"""A size word that names the day's move as a noun or an adjective: "a surge", "A rout", "a tiny drift",
"That is a quiet day", "a savage surge", "barely a move", "The movement was explosive", "crash-sized",
"a sleepy, barely-moving day for the fund", "a faint gain of 1.90%" (of a figure: the move itself),
"The move today was huge", "That is tiny for one day" (a verdict on the move just told).
Its size class is its strongest word's (the adjective over the noun: "a savage surge" is extreme)."""
_DAY_WORDS = tuple(w.replace("-?", "").replace("\\", "") for w in
                   f"{_EXTREME_NOUNS}|{_STRONG_NOUNS}|{_QUIET_NOUNS}|{_EXTREME_ADJ}|{_STRONG_ADJ}|{_GREAT_ADJ}|"
                   f"{_QUIET_ADJ}|{_SMALL_ADJ}|barely|hardly|scarcely".split("|"))
_DAY_STEMS = any_word(_DAY_WORDS)
"""Words one of which a lowered ASCII sentence must hold for _DAY_SIZE to match."""
_ANY_STEMS = any_word(tuple(dict.fromkeys((*_NOUN_WORDS, *_DAY_WORDS, *_WORD_WORDS))))
"""Whether one of the three tests above can hold: one scan where most sentences hold no size word."""
_TIERS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (tier, re.compile(rf"^(?:{words})$", re.IGNORECASE)) for tier, words in (
        ("extreme", f"{_EXTREME_NOUNS}|{_EXTREME_ADJ}"), ("strong", f"{_STRONG_NOUNS}|{_GREAT_ADJ}"),
        ("large", _STRONG_ADJ),
        ("quiet", _QUIET_NOUNS + "|" + _QUIET_ADJ), ("small", _SMALL_ADJ)))
"""Each size word's class, strongest first: its bound is _BOUNDS[class]."""
_BOUNDS = {"extreme": EXTREME_BOUND, "strong": STRONG_BOUND, "large": LARGE_BOUND, "quiet": QUIET_BOUND,
           "small": SMALL_BOUND}
_CALM = frozenset({"quiet", "small"})
_NOT_THE_DAY = re.compile(r"\b(?:of|about|against|avoid\w*|without|fears?|risks?|into|toward|towards|after|"
                          r"before|than|since|prevent\w*|warn\w*|predict\w*|expect\w*|await\w*|until|another|"
                          r"next|tomorrow|whether|if|for|from)\s+$"
                          r"|\b(?:who|people|those|anyone|everyone|you|folks)\s+(?:\w+\s+)?"
                          r"(?:call|calls|label|labels|dub|dubs)\s+(?:[^.;:,!?]|\.(?=\d)){1,40}?\s+$",
                          re.IGNORECASE)
"""Words before a size noun that make it not today's move: "fears of a crash", "after a plunge",
"warned of a rout", "avoided a collapse", "set up for a big day", "tell one ATR from a crash", or a
habit of naming that the text reports ("people who call a 1.10% day a crash")."""


_FRAME = re.compile(
    r"\b(?:brac(?:e|es|ed|ing)|fear(?:s|ed|ing|ful)?|dread(?:s|ed|ing)?|expect\w*|await\w*|anticipat\w*|"
    r"(?:wait|watch|look|hope|hop|hold|prepar|position|plan)(?:s|ed|ing|e|es)?\s+for|"
    r"(?:risk|threat|danger|chance|odds|prospect|possibility|talk|sign|signs|hint|whiff|specter|spectre|"
    r"fears?|worry|worries)\s+of|in\s+(?:case|the\s+event)\s+of|"
    r"(?:ready|primed|set\s+up|due|overdue|ripe|room|poised|in\s+line)\s+for|"
    r"would|could|might|(?-i:may)|should|if|unless|whether|any|"
    r"n't|not|never|no|nor|without|nobody|nothing|neither)\b"
    r"(?!\s+(?:doubt|question|wonder|surprise|only|just|least|less|more|longer|matter|mistake|"
    r"small|short)\b)",
    re.IGNORECASE)
"""Words that put a size noun under an expectation, a hypothesis or a negation, so that it names no move
of today: "the thing traders were bracing for (a wobble, a rotation)", "a risk of a rout", "ready for a
big day", "could see a surge", "if a selloff comes", "did not get a big day", "no sign of a washout".
Not "no doubt", "not only", "no small" (they affirm). The modal "may" is read in lower case only: "As
in May, ... a bloodbath" names the month, not a hypothesis."""
_FRAME_CLOSE = re.compile(r"[.;:!?\u2014]|\b(?:but|yet|instead|however|though|although|whereas|while|then|"
                          r"rather)\b|,\s+(?:and|so)\s+(?!(?:an?|some|the)\s)", re.IGNORECASE)
"""What ends a frame's reach: the end of a clause, a turn ("but", "instead") or a new clause after ", and"
(a list of nouns under one frame, "(a wobble, a rotation, and a scare)", stays under it)."""
_UNREALIZED = re.compile(
    r"^[^.;:!?\u2014]{0,120}?\b(?:fail(?:s|ed|ing)?\s+to\s+(?:arrive|come|materiali[sz]e|happen|show|appear)|"
    r"never\s+(?:came|come|comes|arrived|arrives|materiali[sz]ed|happened|showed|appeared)|"
    r"(?:did|does|do|has|have|had)(?:n't|\s+not)\s+(?:yet\s+)?(?:arrive|arrived|come|materiali[sz]e|"
    r"materiali[sz]ed|happen|happened|show|shown|appear|appeared)|"
    r"(?:is|was|are|were)(?:n't|\s+not)\s+(?:coming|happening|in\s+the\s+cards))\b"
    r"|^\s+(?:would|could|might|may|will|should|can|is\s+coming|looms|loomed|is\s+looming)\b",
    re.IGNORECASE)
"""Words after a size noun that say the move did not happen or has not yet: "a wobble ... simply fails to
arrive", "a crash never came", "the selloff did not materialize", "a rout could follow"."""


def _framed(text: str, start: int, end: int, ctx: VerifyContext) -> bool:
    """The size word at text[start:end] is expected, feared, supposed or denied rather than reported: a
    frame word before it in its clause with no instrument named in between (a frame before 'QQQ posted'
    does not reach the noun: 'After bracing for a selloff, QQQ posted a tiny drift'; 'If QQQ has a quiet
    day' stays a hypothesis), or words after it that say it never came."""
    before = text[:start]
    closes = list(_FRAME_CLOSE.finditer(before))
    clause_start = closes[-1].end() if closes else 0
    frames = list(_FRAME.finditer(before, clause_start))
    if frames:
        reach = frames[-1].end()
        if not any(reach <= m.start and m.end <= start and "," in text[reach:m.start]
                   for m in ctx.lexicon.mentions(text)):
            return True
    return bool(_UNREALIZED.search(re.sub(r"\([^()]*\)", "", text[end:])))


def check_magnitude_words(sentence: str, section: str, ctx: VerifyContext) -> list[Finding]:
    lowered = folded(sentence)
    if lowered is not None and not _ANY_STEMS(lowered):
        return []  # none of the size words: none of the three readings below can match
    found = _check_size_nouns(sentence, section, ctx) if lowered is None or _NOUN_STEMS(lowered) else []
    if not found and (lowered is None or _DAY_STEMS(lowered)):
        found = _check_day_size(sentence, section, ctx)
    if lowered is not None and not _WORD_STEMS(lowered):
        return found
    text = unquoted(sentence)
    for match in _WORD.finditer(text):
        symbols = _subject(text, match.start(), ctx)
        if not symbols or _not_a_claim(text, match):
            continue
        word = match.group("word").lower()
        turned = [(s, t) for s in symbols if (t := _direction(_ING_AS_PAST.get(word, word), s, ctx))]
        if turned and len(turned) == len(symbols):
            symbol, move = turned[0]
            found.append(finding("direction-mismatch", f"'{match.group('word')}' but {symbol} moved "
                                 f"{move}", section=section, span=match.group("word"),
                                 expected=f"{'up' if move.startswith('+') else 'down'} "
                                          f"{move.lstrip('+-')}",
                                 source=f"{symbol}: returns.change_1d_pct"))
            continue
        bound = STRONG_BOUND if _ING_AS_PAST.get(word, word) in _STEEPEST else None
        wrongs = [(s, w) for s in symbols if (w := _wrong(s, bool(match.group("small")), ctx, bound))]
        if wrongs and len(wrongs) == len(symbols):
            symbol, wrong = wrongs[0]
            found.append(finding("magnitude-mismatch", f"'{match.group('word')}' does not fit {symbol}'s "
                                 f"move of {wrong}", section=section, span=match.group("word"),
                                 expected=_expected(bool(match.group("small")), bound), source=f"{symbol}: "
                                 "returns.change_1d_pct, tape.move_atr"))
    return found


def _check_size_nouns(sentence: str, section: str, ctx: VerifyContext) -> list[Finding]:
    text = unquoted(sentence)
    found = []
    for match in _SIZE_NOUN.finditer(text):
        if (_OTHER_MOVER.search(text) or _not_a_claim(text, match) or _DENIED.search(text[:match.start()])
                or _GAUGE_SUBJECT.search(re.split(r"[;:,.\u2014]", text[:match.start()])[-1])
                or _framed(text, match.start(), match.end(), ctx)):
            continue
        ahead = [m for m in ctx.lexicon.mentions(text) if m.end <= match.start()]
        symbols = _named(ahead[-1].symbols, ctx) if ahead else (ctx.symbol,)
        small = bool(match.group("small"))
        bound = STILL_BOUND if small else None
        wrongs = [(s, w) for s in symbols if (w := _wrong(s, small, ctx, bound))]
        if symbols and wrongs and len(wrongs) == len(symbols):
            symbol, wrong = wrongs[0]
            span = match.group("large") or match.group("adjective") or match.group("small")
            found.append(finding("magnitude-mismatch", f"'{span}' does not fit {symbol}'s move of {wrong}",
                                 section=section, span=span, expected=_expected(small, bound),
                                 source=f"{symbol}: returns.change_1d_pct, tape.move_atr"))
            break  # one size claim per sentence
    return found


def _check_day_size(sentence: str, section: str, ctx: VerifyContext) -> list[Finding]:
    """A noun or adjective naming the size of the day's move, held to its class's bound: the move of
    the instrument named last before it, or the article's own when the sentence names none."""
    text = unquoted(sentence)
    if text.rstrip().endswith("?"):
        return []  # a question asks about the size; it claims none
    for match in _DAY_SIZE.finditer(text):
        tier = _tier(match)
        if tier is None or _not_the_days(text, match) or _framed(text, match.start(), match.end(), ctx):
            continue
        ahead = [m for m in ctx.lexicon.mentions(text) if m.end <= match.start()]
        symbols = _named(ahead[-1].symbols, ctx) if ahead else (ctx.symbol,)
        wrongs = [(s, w) for s in symbols if (w := _wrong(s, tier in _CALM, ctx, _BOUNDS[tier]))]
        if symbols and wrongs and len(wrongs) == len(symbols):
            symbol, wrong = wrongs[0]
            more = _APPOSITIVE.match(text, match.end())  # "a crash, a real rout": one claim, told twice
            span = text[match.start():more.end() if more else match.end()].strip()
            return [finding("magnitude-mismatch", f"'{span}' does not fit {symbol}'s move of {wrong}",
                            section=section, span=span, expected=_expected(tier in _CALM, _BOUNDS[tier]),
                            source=f"{symbol}: returns.change_1d_pct, tape.move_atr")]
    return []


_APPOSITIVE = re.compile(rf"(?:,\s*|\s+and\s+|\s*[\u2014\u2013]\s*)an?\s+(?:[\w-]+\s+){{0,2}}?"
                         rf"(?:{_EXTREME_NOUNS}|{_STRONG_NOUNS}|{_QUIET_NOUNS})\b", re.IGNORECASE)
"""A second size noun set beside the first ("a crash, a real rout", "a blip and a yawn"): the same claim
about the same move, so the finding spans both."""


def _tier(match: re.Match[str]) -> str | None:
    """The size class of the words matched: the stronger of an adjective and its noun on the same side
    ('a savage surge' is extreme); None when they pull apart ('a small surge') or no size word is there."""
    if match.group("barely"):
        return "quiet"
    words = [w for w in (match.group("adj"), match.group("adj2"), match.group("noun"),
                         match.group("predicate"), match.group("verdict"), match.group("sized"),
                         match.group("adj3")) if w]
    tiers = [next((t for t, pattern in _TIERS if pattern.match(w)), None) for w in words]
    known = [t for t in tiers if t is not None]
    if not known or len({t in _CALM for t in known}) > 1:
        return None
    order = [t for t, _ in _TIERS]
    return min(known, key=order.index) if known[0] not in _CALM else max(known, key=lambda t: t == "quiet")


def _not_the_days(text: str, match: re.Match[str]) -> bool:
    """The size word is not a claim about today's move: denied ('not a crash'), after a preposition or
    a verb of fear ('fears of a crash', 'after a plunge'), about another mover in its clause ('volume was
    a surge'), another time frame ('The week was a rout') or a hedge or a past year ('the 2020 crash')."""
    before = text[:match.start()]
    clause_before = re.split(r"[;:,.\u2014(]", before)[-1]
    return bool(_DENIED.search(before) or _NOT_THE_DAY.search(before) or _OTHER_MOVER.search(clause_before)
                or _OTHER_FRAME.search(clause_before) or _not_a_claim(text, match))


def _subject(text: str, start: int, ctx: VerifyContext) -> tuple[str, ...]:
    """The instruments the size word is about: one, or a family a name stands for whose members'
    moves are all loaded ('the Dow' is DIA and ^DJI: the word is held to each)."""
    before = text[:start]
    ahead = [m for m in ctx.lexicon.mentions(text) if m.end <= start]
    if _OWN_OPENING.match(before) or (_OWN_THEN_IT.match(before) and all(
            set(m.symbols) & set(ctx.lexicon.family_of(ctx.symbol)) for m in ahead)):
        return (ctx.symbol,)
    participle = text[start:start + 12].lower().split(" ")[0].endswith("ing") and _PARTICIPLE.search(before)
    if participle and ahead and ";" not in before[ahead[0].end:]:
        return _named(ahead[0].symbols, ctx)  # the clause's subject: the instrument the sentence opens on
    mentions = [m for m in ahead if _GAP.match(text[m.end:start])]
    if not mentions:
        return (ctx.symbol,) if _OWN_NOUN.search(before) else ()
    return _named(mentions[-1].symbols, ctx)


def _named(symbols: tuple[str, ...], ctx: VerifyContext) -> tuple[str, ...]:
    """The only instrument a name stands for, the article's own, or every member of its family
    with a loaded move ('the Dow': DIA and ^DJI, checked against both)."""
    if len(symbols) == 1:
        return symbols
    if ctx.symbol in symbols:
        return (ctx.symbol,)
    return tuple(s for s in symbols if ctx.fact(s, "change_1d_pct") is not None)


def _not_a_claim(text: str, match: re.Match[str]) -> bool:
    clause_before = re.split(r"[;:,.\u2014]", text[:match.start()])[-1]
    clause_after = re.split(r"[;:,.\u2014]|\band\b|\bbut\b", text[match.end():])[0]
    past = DATE.search(clause_after) or re.search(r"\b(?:19|20)\d\d\b", clause_after)
    return bool(_HEDGED.search(clause_before) or _OTHER_FRAME.search(clause_after) or past)


def _direction(word: str, symbol: str, ctx: VerifyContext) -> str | None:
    """The move, printed, when a one-way word points the other way."""
    change = ctx.fact(symbol, "change_1d_pct")
    if change is None or (word not in _DOWN_ONLY and word not in _UP_ONLY):
        return None
    value = float(change.value)  # type: ignore[arg-type]
    if abs(value) < 0.05 or (value > 0) == (word in _UP_ONLY):
        return None
    return change.printed("signed")


def _wrong(symbol: str, small: bool, ctx: VerifyContext, bound: Bound | None = None) -> str | None:
    """The move, printed, when the word does not fit it; None when it fits or is unknown. A small word
    is wrong from `bound` up (SMALL_BOUND unless given), a large one below it (LARGE_BOUND)."""
    change = ctx.fact(symbol, "change_1d_pct")
    if change is None:
        return None
    pct = abs(float(change.value))  # type: ignore[arg-type]
    atr = _move_atr(symbol, ctx)
    scale = VOLATILITY_SCALE if ctx.lexicon.kind_of(symbol) == InstrumentKind.VOLATILITY else 1.0
    edge = bound or (SMALL_BOUND if small else LARGE_BOUND)
    if small:
        wrong = pct >= edge.pct * scale and (atr is None or atr >= edge.atr)
    else:
        wrong = pct < edge.pct * scale and (atr is None or atr < edge.atr)
    if not wrong:
        return None
    return change.printed("signed") + (f" ({atr:.1f} ATR)" if atr is not None else "")


def _move_atr(symbol: str, ctx: VerifyContext) -> float | None:
    snapshot = ctx.snapshot if symbol == ctx.symbol else ctx.peers.get(symbol)
    tape = getattr(snapshot, "tape", None) if snapshot is not None else None
    move = getattr(tape, "move_atr", None)
    return None if move is None else abs(float(move))


def _expected(small: bool, bound: Bound | None = None) -> str:
    edge = bound or (SMALL_BOUND if small else LARGE_BOUND)
    if small:
        return f"a small move (under {edge.atr} ATR or {edge.pct}%)"
    return f"a large move (from {edge.atr} ATR or {edge.pct}%)"
