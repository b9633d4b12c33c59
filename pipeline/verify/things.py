"""The thing a figure counts or prices, read from the noun its own words give it.

A figure that matched no fact may measure something no market data covers: "412 covers over the
weekend", "the $850 deposit", "$0.78 a letter", "a 40% chance of drizzle", "1,200 of the 9,000 hedge
contracts", "copies are $15", "the administrator's fee stays at 0.35%", "the repair came to $2,340",
"4,000 shekels". The noun is read in three places:

- right after the figure (a count's or a sum's own noun, maybe after "of the" or "a"/"per"),
- as the subject of the clause the figure completes ("<noun> is/was/stays at/came to <figure>"),
- as the currency the figure is written in, when no instrument is quoted in it (shekels, rupiah).

The figure is the other thing's when that noun names no market measure, unit or time (a close, a
level, points, shares, sessions, a fund, a move): a class of nouns, not a list of the other things.
"""

from __future__ import annotations

import re

from .claims import Claim

_FUNCTION_WORDS = frozenset("""
a an the this that these those its it their our my your his her whose which who what where when while
of to in on at by for from with into onto over under above below beneath near around about across
against after before since until till through between among per via than then as so and or but nor yet
if because though although once
is are was were be been being am has have had do does did will would could should may might can must
up down higher lower today yesterday tonight tomorrow now again still also ago away back just only even
more less most least very too not no each every all both either neither some any other another own
wide narrow deep apart ahead behind shy short clear overhead underwater better worse weaker stronger off out
period comma colon semicolon dash hyphen quote unquote
""".split())
"""Closed-class words: none is a noun a figure can count or price, and a noun phrase stops at one (nor is
punctuation spoken in a dictation: "about two point one percent period")."""
_MARKET_NOUNS = frozenset("""
close closes closing level levels support resistance floor ceiling average averages high highs low lows open
price prices index indices indexes fund funds etf etfs trust benchmark stock stocks share shares market
markets point points pts pt percent percentage pct bp bps basis dollar dollars cent cents penny pennies
move moves gain gains loss losses drop drops fall falls rise rises decline declines rally rallies slide dip
dips bounce rebound change changes return returns distance margin lead gap gaps spread width range ranges
band bands stop target entry yield yields rate rates ratio multiple value volume turnover print quote bid ask
session sessions day days week weeks month months year years quarter quarters hour hours minute minutes
trend slope signal line histogram crossover cross box channel top bottom peak trough record handle mark
zone pivot breakout strike expiry option options call calls put puts future futures contango atr atrs
rsi macd sma ema ma vix mark marks tick ticks times lot round figure figures number numbers reading readings
cap caps cushion cushions hi lo chg avg vol ytd mtd wtd
gold silver oil crude brent wti bitcoin ether copper treasury treasuries bond bonds dollar euro yen sterling
advance increase decrease jump surge plunge slump selloff sell-off climb retreat pullback recovery upswing
downswing swing pop spike tumble sag dive run streak sess ses wk mo yr hr hrs min mins sec secs
earnings eps revenue revenues profit profits growth inflation gdp cpi ppi payrolls unemployment dividend
dividends buyback buybacks valuation multiple interest oi wall walls position positions
""".split())
"""Nouns that name a market measure, its unit or its time: a figure counted or priced in one is the
market's ("0.80 points", "61.1M shares", "83 sessions ago", "$250 strike", "a 55.63-point advance"), and
so are the fundamentals and the economy's figures ("14.6% earnings growth"): an untraced one
stays an error."""
_NO_NOUNS = frozenset("""
lol lmao rofl ok okay imo imho tbh fwiw btw nope yep yes yeah wow ouch oops ugh hmm meh nice sir
""".split())
"""Words of a chat that are no noun ("$624.60 lol", "ok")."""
_PRONOUN_SUBJECTS = frozenset("""it this that which what there here who one each all both underneath overhead
beneath nearby next first last below above""".split())
"""Words before a linking verb that are no noun of a thing: a pronoun or a place ("underneath is 46,084")."""
_VERBISH_AFTER = re.compile(r"\s+(?:the|a|an|its|their|as|at|near|above|below|into|to|out|up|down|firm|"
                            r"steady)\b")
"""After a word ending in -s that follows a figure: the word is a verb ("6,800 caps the rally", "$246
holds as support"), not the plural noun the figure counts."""
_LABEL_OF_NEXT = re.compile(r"\s*[:=]?\s*(?:US\$|\$|\u20ac|\u00a3)?\s*[+\-\u2212]?\d")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|our|their|this|that|his|her|my|your|each)\s+"
                                r"(?:US\$|\$|\u20ac|\u00a3)?\s*$", re.IGNORECASE)
_IRREGULAR_PAST = frozenset("""
came held gave stood went rose fell sat hit made took broke saw got ran kept left met set led won lost stayed
became began drew grew held knew bore wore tore shook struck stuck swung hung
""".split())
"""Past forms of verbs that follow a figure as their subject ("support at 2,410 held firm")."""
_WORD = re.compile(r"\s*([a-z][a-z'\u2019\-]*)")
_SCALE = re.compile(r"\s*(?:million|billion|trillion|thousand|mn|bn|[mMkKB])\b")
_PARTITIVE = re.compile(r"\s+of\s+(?:(?:the|its|our|their|his|her|my|your|this|that|these|those)\s+)?"
                        r"(?:(?:US)?\$?\d[\d,]*(?:\.\d+)?(?:\s*(?:million|billion|thousand|mn|bn|[mMkK]))?\s+)?")
"""A part of a whole: "1,200 of the 9,000 hedge contracts", "$48,200 of its $75,000 goal", "0.35% of
assets": the whole's noun is what the part counts."""
_PER_UNIT = re.compile(r"\s+(?:a|an|per|each)\s+(?=[a-z])")
_SUBJECT_VERB = (r"(?:is|are|was|were|stays?|stayed|remains?|remained|comes?|came|costs?|averaged|averages|"
                 r"totals?|totall?ed|reached|reaches|ran|runs|(?:is|are|was|were)\s+quoted)")
_SUBJECT_BEFORE = re.compile(
    r"(?:^\n\s*(?P<first>[A-Z][a-z\-]+)|(?:^|[\s(])(?P<noun>[a-z][a-z\-]*))\s+" + _SUBJECT_VERB +
    r"(?:\s+(?:at|to|now|still|again|steady|unchanged))*\s+(?:(?:about|roughly|around|nearly|almost|some|just|only|"
    r"over|under|below|above)\s+)?(?:US\$|\$|\u20ac|\u00a3)?\s*$")
"""The subject of the clause a figure completes: "copies are $15", "the fee stays at 0.35%", "the
repair came to $2,340", "a mortgage was quoted at 6.1%", "the audience is 220"."""
_SUBJECT_REACH = 60
"""How far before a figure its clause's subject may start (characters)."""
_NOUN_OF_BEFORE = re.compile(r"\b(?:a|an|the|its|our|their)\s+(?P<noun>[a-z][a-z\-]*)\s+of\s+"
                             r"(?:US\$|\$|\u20ac|\u00a3)?\s*$")
"""A noun the figure is the size of: "against a limit of $400 million"."""
_SUBJECT_LAST_WORDS = ("is", "are", "was", "were", "stay", "stays", "stayed", "remain", "remains", "remained",
                       "come", "comes", "came", "cost", "costs", "averaged", "averages", "total", "totals",
                       "totaled", "totalled", "reached", "reaches", "ran", "runs", "quoted", "at", "to",
                       "now", "still", "again", "steady", "unchanged", "about", "roughly", "around", "nearly",
                       "almost", "some", "just", "only", "over", "under", "below", "above", "of")
"""The words a match of _SUBJECT_BEFORE (its verbs and the words after them) or of _NOUN_OF_BEFORE ('of')
ends with, before the currency sign and the spaces right before the figure."""
_CURRENCY_SIGNS = ("US$", "$", "\u20ac", "\u00a3")


def _may_end_a_subject(before: str) -> bool:
    """False when `before` cannot end as _SUBJECT_BEFORE or _NOUN_OF_BEFORE reads it (a suffix test:
    cheaper than the two searches, which try every position)."""
    tail = before.rstrip()
    if tail.endswith(_CURRENCY_SIGNS):
        tail = tail[:-3 if tail.endswith("US$") else -1].rstrip()
    return tail.endswith(_SUBJECT_LAST_WORDS)
_FOREIGN_CURRENCY_BEFORE = re.compile(r"(?:\bRp\.?|\bRs\.?|\u20aa|\u20b4|\u20b9|\u20a9|\u20a6|\u20ab|\u0e3f|"
                                      r"\bR\$|\bzl|\bz\u0142|\bKc|\bK\u010d|\bNIS|\bUAH|\bIDR|\bINR|\bRON|\bPLN)\s*$")
_FOREIGN_CURRENCY_AFTER = re.compile(
    r"\s*(?:shekels?|hryvnias?|hryvni|lei|leu|rupiah|rupees?|pesos?|rand|baht|dong|naira|kronor|kroner|krona|"
    r"zloty|zlotys|forint|lira|liras|dirhams?|riyals?|yuan|renminbi|ringgit|won|rubles?|roubles?|"
    r"tenge|lari|dinars?|taka|kwacha|shillings?|cedis?|soles?|reais|reals?)\b", re.IGNORECASE)
"""A sum in a currency no loaded instrument is quoted in ("Rp 450,000", "4,000 shekels", "62
hryvnias"): the price of something local, never a market figure here."""


def thing_measured(claim: Claim) -> str | None:
    """The noun of the other thing a figure counts or prices, or None when its words name no such
    thing (or name a market measure, unit or time)."""
    sentence, start, end = claim.sentence, claim.number.start, claim.number.end
    if any(ch.isalpha() for ch in claim.number.text):
        return None  # a figure in words ("two point one percent"): its own words are read elsewhere
    if _FOREIGN_CURRENCY_BEFORE.search(sentence[max(0, start - 6):start]) \
            or _FOREIGN_CURRENCY_AFTER.match(sentence, end):
        return "a sum in another currency"
    before = sentence[start - _SUBJECT_REACH:start] if start > _SUBJECT_REACH else "\n" + sentence[:start]
    money = "." in claim.number.text or claim.number.unit == "price"
    modifier = _DETERMINER_BEFORE.search(sentence, max(0, start - 12), start) is not None
    return _noun_after(sentence, end, money, modifier) or _subject_before(before)


def _noun_after(sentence: str, end: int, money: bool, modifier: bool) -> str | None:
    """The noun right after the figure (maybe after "of the" or "a"/"per"). A sum or a decimal takes one
    only as a modifier after a determiner ("the $850 deposit", "a $4.95 fee"): otherwise the word after
    it is more likely its verb ("its high of $259.40 came a year ago")."""
    at = end
    scale = _SCALE.match(sentence, at)
    if scale is not None:
        at = scale.end()
    per = _PER_UNIT.match(sentence, at)
    part = None if per else _PARTITIVE.match(sentence, at)
    if per is not None:
        at = per.end()
    elif part is not None:
        at = part.end()
    words: list[str] = []
    while len(words) < 3:
        word = _WORD.match(sentence, at)
        if word is None or (not sentence[at:word.start(1)] and words) or word.group(1) in _FUNCTION_WORDS:
            break
        if at == end and not sentence[at:word.start(1)]:
            break  # "0100Z", "5.5M": letters run into the figure
        words.append(word.group(1))
        at = word.end()
    if not words or any(_is_market(w) for w in words) or _LABEL_OF_NEXT.match(sentence, at) \
            or _past_form(words[0]) or (money and not modifier and per is None and part is None):
        return None  # "hi 628.07 lo 609.46": a word before the next figure is that figure's label
    head = words[-1]
    if len(head) < 3 or head.endswith("ly") or any(w in _NO_NOUNS for w in words):
        return None
    if any(_plural_form(w) for w in words[:-1]):
        return None  # "19.2 keeps traders calm": a verb's -s before its object, not a count's noun
    if per is None and part is None and _plural_form(head) \
            and (money or _VERBISH_AFTER.match(sentence, at)):
        return None  # "6,800 caps the rally", "$36.38 agrees with it": a verb, not a count's noun
    return " ".join(words)


def _past_form(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR_PAST


def _plural_form(word: str) -> bool:
    return word.endswith("s") and not word.endswith("ss")


def _subject_before(before: str) -> str | None:
    if not _may_end_a_subject(before):
        return None
    found = _SUBJECT_BEFORE.search(before) or _NOUN_OF_BEFORE.search(before)
    if found is None:
        return None
    noun = (found.group("noun") or found.group("first")).lower()  # "Seats are $18": the sentence's first word
    if noun in _FUNCTION_WORDS or noun in _PRONOUN_SUBJECTS or _is_market(noun):
        return None
    return noun


def _is_market(word: str) -> bool:
    word = word.lower().strip("'\u2019")
    return (word in _MARKET_NOUNS or word.rstrip("s") in _MARKET_NOUNS or word.endswith("-day")
            or word.endswith("-week"))
