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
from .numbers import PrintedNumber, find_numbers

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
dividends buyback buybacks valuation multiple interest oi wall walls position positions sh shs
monday tuesday wednesday thursday friday mon tue tues wed thu thur thurs fri today yesterday
""".split())
"""Nouns that name a market measure, its unit or its time: a figure counted or priced in one is the
market's ("0.80 points", "61.1M shares", "83 sessions ago", "$250 strike", "a 55.63-point advance"), and
so are the fundamentals and the economy's figures ("14.6% earnings growth") and a session's day
("Thursday was $681.88", "Mon was 467.85": that day's close): an untraced one stays an error."""
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
became began drew grew held knew bore wore tore shook struck stuck swung hung said told thought felt chose
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
                 r"totals?|totall?ed|reached|reaches|ran|runs|(?:is|are|was|were)\s+quoted|"
                 r"(?:rose|fell|climbed|dropped|increased|decreased|jumped|slipped|edged\s+(?:up|down))"
                 r"(?=\s+to\b))")
_SUBJECT_BEFORE = re.compile(
    r"(?:^\n\s*(?P<first>[A-Z][a-z\-]+)|(?:^|[\s(])(?P<noun>[a-z][a-z\-]*))\s+" + _SUBJECT_VERB +
    r"(?:\s+(?:at|to|now|still|again|steady|unchanged))*(?:\s+\d[\d,.]*%\s+from)?"
    r"\s+(?:(?:about|roughly|around|nearly|almost|some|just|only|"
    r"over|under|below|above)\s+)?(?:US\$|\$|\u20ac|\u00a3)?\s*$")
"""The subject of the clause a figure completes: "copies are $15", "the fee stays at 0.35%", "the
repair came to $2,340", "a mortgage was quoted at 6.1%", "the audience is 220", "Limit usage rose to 71%
from 64%" (both figures the usage's)."""
_SUBJECT_REACH = 60
"""How far before a figure its clause's subject may start (characters)."""
_NOUN_OF_BEFORE = re.compile(r"\b(?:a|an|the|its|our|their)\s+(?P<noun>[a-z][a-z\-]*)\s+of\s+"
                             r"(?:US\$|\$|\u20ac|\u00a3)?\s*$")
"""A noun the figure is the size of: "against a limit of $400 million"."""
_SUBJECT_LAST_WORDS = ("is", "are", "was", "were", "stay", "stays", "stayed", "remain", "remains", "remained",
                       "come", "comes", "came", "cost", "costs", "averaged", "averages", "total", "totals",
                       "totaled", "totalled", "reached", "reaches", "ran", "runs", "quoted", "at", "to",
                       "now", "still", "again", "steady", "unchanged", "about", "roughly", "around", "nearly",
                       "almost", "some", "just", "only", "over", "under", "below", "above", "of", "from")
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
    if any(ch.isalpha() for ch in claim.number.text.rstrip("xXkKMB")):
        return None  # a figure in words ("two point one percent"): its own words are read elsewhere
    if _FOREIGN_CURRENCY_BEFORE.search(sentence[max(0, start - 6):start]) \
            or _FOREIGN_CURRENCY_AFTER.match(sentence, end):
        return "a sum in another currency"
    measured = _measure_of_another_thing(claim)
    if measured is not None or any(ch.isalpha() for ch in claim.number.text):
        return measured  # a multiple's or a shorthand's letter ("1.5x", "25k"): no noun read after it
    before = sentence[start - _SUBJECT_REACH:start] if start > _SUBJECT_REACH else "\n" + sentence[:start]
    money = "." in claim.number.text or claim.number.unit == "price"
    modifier = _DETERMINER_BEFORE.search(sentence, max(0, start - 12), start) is not None
    bought = _thing_bought_after(sentence, end, plural=True) if claim.number.unit == "price" else None
    # a bare plural after 'for' may name who pays ("Seats are $18 for members"): the thing named
    # around the sum comes first, the plural only when nothing else is named ("$85 for cats")
    subject = _subject_before(before)
    if subject in _WRITERS and claim.number.unit == "pct" and _SIDE_AFTER.match(sentence, end):
        subject = None  # "we are 12.12% under it": the writer's instrument's distance, no thing of theirs
    return _noun_after(sentence, end, money, modifier) or subject \
        or (f"a price of {bought}" if bought else None)


_WRITERS = frozenset(("we", "i", "you"))
_SIDE_AFTER = re.compile(r"%?\s*(?:under|over|below|above|beneath|off|from|away|short\s+of)\b", re.IGNORECASE)
"""A side after a % ("we're 2.41% below it"): the distance of the instrument the writer speaks for."""


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
        if words and _past_form(word.group(1)):
            break  # "58% of 2,114 readers said yes": the count's noun, then its verb
        words.append(word.group(1))
        at = word.end()
    participle = _past_form(words[0]) if words else False
    if participle and part is not None and part.group(0).strip()[-1:].isdigit() and len(words) > 1:
        participle = False  # "31.4% of 212,880 registered voters": the whole's adjective, not a verb
    if not words or any(_is_market(w) for w in words) or _LABEL_OF_NEXT.match(sentence, at) \
            or participle or (money and not modifier and per is None and part is None):
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
    second = _RANGE_SECOND_END.search(before)
    if second is not None:  # "estimate was $600 to $700": the range's second end is the first's thing's
        before = before[:second.start()]
    threshold = _THRESHOLD_BEFORE.search(before)
    if threshold is not None:
        noun = threshold.group("noun").lower()
        return None if noun in _FUNCTION_WORDS or _is_market(noun) else noun
    if not _may_end_a_subject(before):
        return None
    found = _SUBJECT_BEFORE.search(before) or _NOUN_OF_BEFORE.search(before)
    if found is None:
        return None
    noun = (found.group("noun") or found.group("first")).lower()  # "Seats are $18": the sentence's first word
    if noun in _FUNCTION_WORDS or noun in _PRONOUN_SUBJECTS or _is_market(noun):
        return None
    return noun


_RANGE_SECOND_END = re.compile(r"(?:US)?\$?\d[\d,]*(?:\.\d+)?\s*(?:to|-|\u2013)\s*(?:US)?\$?\s*$")
_THRESHOLD_BEFORE = re.compile(r"(?:^|[\s(])(?P<noun>[A-Za-z][a-z\-]+s)\s+(?:over|under|above|below|"
                               r"of\s+more\s+than|of\s+less\s+than)\s+(?:US)?\$?\s*$")
"""Things above or below a sum: "Tickets over $600 must be claimed" (a rule's threshold for those things;
"closes above $600" is a market's noun and stays read)."""


def is_function_word(word: str) -> bool:
    return word.lower() in _FUNCTION_WORDS


def is_market_word(word: str) -> bool:
    """Whether a word names a market measure, its unit or its time (a noun of _MARKET_NOUNS, a window)."""
    return _is_market(word)


def _is_market(word: str) -> bool:
    word = word.lower().strip("'\u2019")
    return (word in _MARKET_NOUNS or word.rstrip("s") in _MARKET_NOUNS or word.endswith("-day")
            or word.endswith("-week"))


_UNIT_OF_MEASURE = (r"(?:km|kms|kg|kgs|kWh|MWh|GWh|kW|MW|bpm|BPM|mph|kph|km/h|cm|ft|mi|lbs?|oz|ml|mL|"
                    r"kcal|hPa|mg|ha|sq\s?ft|m2|m\u00b2|\u00b0[CF]?|GB|MB|TB|Mbps|dB|rpm|psi)")
"""Units a body, a road, a meter or a machine is measured in ("184 km", "628 kWh", "148 bpm", "40 kg"),
none a market's. Not 'm' nor 'mm' (a desk's millions: "3.9m", "63.7mm"), nor K, M, B, x, pp or bp."""
_UNIT_AFTER = re.compile(r"\s?" + _UNIT_OF_MEASURE + r"(?![\w/])")
_UNIT_WORD = re.compile(_UNIT_OF_MEASURE, re.IGNORECASE)


def is_unit_of_measure(word: str) -> bool:
    """Whether a word is a unit another thing is measured in ("kg", "km", "bpm", "kWh")."""
    return _UNIT_WORD.fullmatch(word) is not None


_UNIT_BEFORE = re.compile(r"(?:^|[\s(])(?:BPM|HR|bpm)\s*:?\s*$")
"""A unit written before its reading, as a device's display does ("BPM 128", "HR: 148")."""
_MEASURED_BEFORE = re.compile(r"\d(?:[\d,]*\d)?(?:\.\d+)?\s?" + _UNIT_OF_MEASURE
                              + r"\s+(?:at|of|on|@)\s+(?:about\s+|roughly\s+|an?\s+average\s+of\s+)?$")
"""A rate on something measured in such a unit, written right after it: "the final climb, 11.2 km at
7.4%" (a gradient), "2.5 kg at 12%"."""
_SUM_OF_MONEY = re.compile(r"(?:\s*(?:million|billion|trillion|bn|mn|mln)|mm?)\b"
                           r"(?!\s+(?:of\s+|in\s+)?(?:shares|"
                           r"units|contracts)\b)", re.IGNORECASE)
_MARKET_SUM_WORDS = re.compile(r"\b(?:inflows?|outflows?|flows?|market\s+(?:cap|value)|capitali[sz]ation|"
                               r"valuation|volume|turnover|notional|traded|changed\s+hands|open\s+interest|"
                               r"revenue|earnings|profit|sales|buyback)\b", re.IGNORECASE)
"""A sum of money written in millions or more ("$4.2 million", "$3.5 bn") is no price or level of a
loaded instrument (its price is a few dollars to a few thousand points): a sleeve, a budget, a fee, a
deal; not one of the market's own sums (flows, caps, volume, earnings), which stay read."""
_MONEY_LABEL_BEFORE = re.compile(
    r"(?:^|[,;:(|\u00b7\u2022]\s*|\s(?:and|or|plus)\s+|[.!?]\s+)"
    r"(?P<label>(?:[A-Za-z][A-Za-z'\-]*\s+){0,2}[A-Za-z][A-Za-z\-]*)(?:\s*\([^()$\n]{1,24}\))?"
    r"\s*[:=]?\s*(?:US)?$")
"""A sum of money right after its own label at a clause's start: "shirts $30, vinyl $35", "TOTAL DUE
$137.16", "Last payment $129.40", "nuts $7.00", "cost estimate $1,150", "Banana bread (loaf)  $8.00"
(the label's bracketed size or portion between it and its price)."""
_MOVE_OR_DAY_AFTER = re.compile(
    r"\s*,?\s*(?:\(\s*[+\-\u2212]?\$?\d|or\s+[+\-\u2212]?\d[\d.,]*\s?%|(?:up|down|higher|lower)\b|"
    r"[+\-\u2212]\$?\d|(?:on\s+)?(?:Mon|Tue|Wed|Thu|Fri)[a-z]*\b)")
"""A move or a session's day right after a sum: the market's price in other words ("Hammer: $472.60,
up $2.81", "(Answer: $4.31, or 0.50%.)", "Previous doses: $30.37 on Thursday")."""
_PAST_LABELS = frozenset("previous prior prev former earlier old".split())
_LABEL_REACH = 40
_SHARE_REACH = 80
_NOT_THING_LABELS = frozenset("""
spot px last settle settled settlement mark bid ask offer pivot prior previous prev vwap twap nav fair
ref reference intraday now currently trigger trail trailing invalidation breakeven be
""".split())
"""Labels before a price that name a market's figure, though no market noun: "Spot $624.60", "VWAP
$622.10", "prior $611.20"."""
_NOW_WORDS = frozenset({"today", "tonight", "now"})
"""A time word closing a sum's label ("Admission today: $24", "Total owed today: $5.25"): the label is the
words before it."""
_BILL_WORDS = frozenset("total subtotal balance owed due fine fines fee fees admission deposit refund"
                        .split())
"""Words of a bill's line: a past form after one is the line's label ("Total owed", "Balance due"), no verb
of a market figure."""
_DAY_WORDS = frozenset("""
mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday
jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august
september october november december today yesterday tonight
""".split())
"""A day's name before a price dates a close ("Wed $618.43", "Fri May 29 $456.48")."""
_MULTIPLE_WORDS = re.compile(r"\b(?:volume|vol|avg|average|normal|usual|typical|ATRs?|true\s+range|earnings|"
                             r"sales|EBITDA|book|leverage[ds]?|levered|reward|risk|R:R|turnover|shares|"
                             r"multiple|P/E|PE|forward|trailing|range|move|day|session)\b", re.IGNORECASE)
_MAGNIFICATION = 10
"""A whole multiple this large ("48x", "120x") with no market word before it is a lens's
magnification or another thing's size, not the day's volume multiple (printed like "1.1x")."""


_LEADERS = re.compile(r"\s*(?:\.{4,}|\u2026{2,})\s*")
_LEADER_FIGURE = re.compile(r"(?:US)?\$?\s*\d[\d,]*(?:\.\d+)?\s*$")
_LABEL_HEAD = re.compile(r"[^(,:;]*")
_NAME_WORD = re.compile(r"\b(?:[A-Z]{2,5}|\^[A-Z]+|S&P)\b")


_PRICED_COUNT = re.compile(r"\b(?P<count>\d(?:[\d,]*\d)?)\s+(?:[a-z][a-z\-]+\s+)?(?P<noun>[a-z][a-z\-]+)\s+"
                           r"(?:at|@)\s+(?:US)?\$(?P<price>\d[\d,]*(?:\.\d+)?)")


def _total_of_priced_counts(before: str, value: float) -> bool:
    """A sum that is, to the cent, the counts of other things priced before it ("40 medium boxes at $2.85,
    12 wardrobe boxes at $18.00  $330.00"): the line's total, no market price."""
    found = [m for m in _PRICED_COUNT.finditer(before) if not _is_market(m.group("noun"))
             and m.group("noun") not in _FUNCTION_WORDS and not _SHARES_AFTER.match(" " + m.group("noun"))]
    total = sum(_figure(m.group("count")) * _figure(m.group("price")) for m in found)
    return bool(found) and abs(total - value) < 0.005


_SCORE_AFTER = re.compile(r"\s*[-\u2013]\s*\d{1,2}\s+[A-Z][a-z]")
_SCORE_BEFORE = re.compile(r"[A-Z][a-z]+\s+\d{1,2}\s*[-\u2013]\s*$")


def _match_score(sentence: str, start: int, end: int, number: PrintedNumber) -> bool:
    """A game's score between two named sides: "U10 Gold 1 - 1 Westfield" (a team may bear a market's
    name; "Gold 1" is no price of gold)."""
    if number.unit is not None or number.decimals or number.value >= 100:
        return False
    return _SCORE_AFTER.match(sentence, end) is not None and sentence[max(0, start - 1):start] == " " \
        or _SCORE_BEFORE.search(sentence, max(0, start - 24), start) is not None


_FOR_THING_AFTER = re.compile(r"\s+for\s+(?:(?:the|a|an|our|my|your|its|their)\s+(?:[a-z][a-z\-]*\s+){0,2}"
                              r"(?P<noun>[a-z][a-z\-]*)|(?P<plural>[a-z]{3,}s))\b(?!\s+of\b)(?![\w-])")
_TIME_PLURALS = frozenset("seconds minutes hours days weeks months years decades ages sessions".split())
"""A bare plural after 'for' that is a length of time ("near $245 for weeks"), no thing priced."""
_EARLIER_PRICE_BEFORE = re.compile(r"(?:US)?\$\d[\d,]*(?:\.\d+)?\s*\(\s*(?:was|reg\.?|regularly|normally|"
                                   r"usually)\s+(?:US)?\$?\s*$", re.IGNORECASE)
"""A thing's price and what it was before: "Whitening special: $249 (was $349)" (the same thing's old
price when the first is a thing's by its label; "SPY $688.00 (was $680.51)" is the market's)."""


def _thing_bought_after(sentence: str, end: int, plural: bool) -> str | None:
    """The thing a sum buys, named after 'for': "quote $6,800 for the new deck oven", or with `plural`
    a bare plural, "$85 for cats" (not "$688 for the week", a market's noun, nor "for the rest of the
    day", nor "$245 for weeks")."""
    found = _FOR_THING_AFTER.match(sentence, end)
    if found is None:
        return None
    noun = found.group("plural") if plural else found.group("noun")
    if noun is None:
        return None
    return None if _is_market(noun) or noun in _FUNCTION_WORDS or noun in _DAY_WORDS \
        or noun in _TIME_PLURALS else noun


def _bill_line(sentence: str, start: int) -> bool:
    """A figure of a bill's line run to dot leaders ("Stairs fee (2 flights) ........ $120.00", "Deposit
    due to hold the date (20%) ........ $474.00"): in its label or the line's figure after the leaders,
    when the label's head (before a bracket, comma or colon) names no market measure and no instrument
    ("QQQ close ........ $626.40" stays the market's)."""
    leaders = _LEADERS.search(sentence)
    if leaders is None or leaders.start() == 0:
        return False
    if start >= leaders.end() \
            and not _LEADER_FIGURE.fullmatch(sentence, leaders.end(), _number_end(sentence, start)):
        return False
    head = _LABEL_HEAD.match(sentence).group(0)  # type: ignore[union-attr]
    words = re.findall(r"[A-Za-z][A-Za-z'\-]*", head)
    return bool(words) and _NAME_WORD.search(head) is None and not any(
        _is_market(w) or w.lower() in _INDEX_NAMES or w.lower() in _DAY_WORDS for w in words)


def _number_end(sentence: str, start: int) -> int:
    found = re.match(r"(?:US)?\$?\s*\d[\d,]*(?:\.\d+)?", sentence[start:])
    return start + (found.end() if found else 0)


_TIME_AFTER = re.compile(r"\s+(?:trading\s+|business\s+|calendar\s+)?"
                         r"(?:days?|sessions?|weeks?|months?|hours?)\b",
                         re.IGNORECASE)


def count_of_time(claim: Claim) -> bool:
    """A whole count of days, sessions or weeks: a wait or a span, never a world market's or a gauge's
    level ("the 10-year yield dropped to 4.06%, and the Fed meets Dec 9, thirteen trading days out")."""
    number = claim.number
    return number.unit is None and not number.decimals and not number.sign \
        and _TIME_AFTER.match(claim.sentence, number.end) is not None


def _measure_of_another_thing(claim: Claim) -> str | None:
    """What a figure measures when its unit, its rate's base, its size in millions or its label right
    before it names another thing ("184 km", "11.2 km at 7.4%", "$4.2 million", "shirts $30", "48x")."""
    number, sentence = claim.number, claim.sentence
    start, end = number.start, number.end
    if _UNIT_AFTER.match(sentence, end) or _UNIT_BEFORE.search(sentence[max(0, start - 8):start]):
        return "a measure in a unit of another thing"
    if not number.decimals and (_DEGREES_AFTER.match(sentence, end)
                                and _WEATHER_BEFORE.search(sentence[max(0, start - 30):start])
                                or number.unit is None and _forecast_edge(sentence, start)):
        return "a temperature"
    if number.sign:
        return None
    if _bill_line(sentence, start):
        return "a bill's line"
    if _match_score(sentence, start, end, number):
        return "a match's score"
    if number.unit == "price" and _thing_bought_after(sentence, end, plural=False):
        return f"a price of {_thing_bought_after(sentence, end, plural=False)}"
    earlier = _EARLIER_PRICE_BEFORE.search(sentence, max(0, start - 20), start)
    if number.unit == "price" and earlier is not None \
            and _money_label(sentence[max(0, earlier.start() - _LABEL_REACH):earlier.start()]):
        return "an earlier price of the thing priced before it"
    if number.unit == "price" and _total_of_priced_counts(sentence[:start], number.value):
        return "the total of the priced counts before it"
    before = sentence[max(0, start - _LABEL_REACH):start]
    counted = _counted_thing(sentence, start, end, number)
    if counted is not None and (claim.subject is None or claim.inherited
                                or counted != _COUNT_SHARE):  # "The Dow 47,220 (0.58%)": its move
        return counted
    if number.unit == "pct" and _MEASURED_BEFORE.search(before):
        return "a rate on a measured thing"
    if number.unit == "pct" and _share_of_figures_before(sentence[max(0, start - _SHARE_REACH):start],
                                                          number):
        return "a share worked from the figures before it"
    if number.unit in (None, "volume") and _SHARES_AFTER.match(sentence, end) \
            and _ORDER_BEFORE.search(sentence[max(0, start - 30):start]):
        return "the size of an order or a holding"
    if _year_in_a_name(claim):
        return "a year in a name"
    if number.unit == "ratio" and not number.decimals and number.value >= _MAGNIFICATION \
            and not _MULTIPLE_WORDS.search(sentence[max(0, start - 80):start]):
        return "a magnification"
    if number.unit == "volume" and number.text.startswith(_CURRENCY_SIGNS) and not claim.relation \
            and not _MARKET_SUM_WORDS.search(sentence):
        return "a sum of money"  # "the fund's $1.2M": money in millions, no count of shares traded
    if number.unit != "price" or claim.names or claim.relation:
        return None
    if _SUM_OF_MONEY.match(sentence, end) and not _MARKET_SUM_WORDS.search(sentence):
        return "a sum of money"
    worked = _worked_sum(before)
    if worked is not None:
        return worked
    if claim.subject or _MOVE_OR_DAY_AFTER.match(sentence, end):
        return None  # "$472.60, up $2.81", "$4.31, or 0.50%", "$30.37 on Thursday": a market's price
    return _money_label(before) or _bracketed_price(sentence, start, end)


_PRICE_IN_BRACKETS = re.compile(r"\b(?P<noun>[A-Za-z][A-Za-z\-]+)\s*\(\s*(?:US)?\$?$")
"""A thing's price alone in brackets right after its noun ("my desk mic ($129)", "the levels PDF ($19)")."""


def _bracketed_price(sentence: str, start: int, end: int) -> str | None:
    """The thing a sum alone in brackets prices, named right before the bracket by a noun no market
    measure goes by, or None ("the 200-day ($580.06)", "the record ($257.77)" stay read)."""
    if not sentence[end:end + 1] == ")":
        return None
    found = _PRICE_IN_BRACKETS.search(sentence, max(0, start - _LABEL_REACH), start)
    if found is None:
        return None
    noun = found.group("noun").lower()
    if len(noun) < 3 or _is_market(noun) or noun in _FUNCTION_WORDS or noun in _DAY_WORDS \
            or noun in _NOT_THING_LABELS or noun.endswith("ly") or noun.rstrip("s") in _CHART_NOUNS:
        return None
    return f"a price of the {noun}"


_CHART_NOUNS = frozenset("""
neckline trendline trend-line shelf shoulder wedge flag pennant triangle cup base ledge lid vwap anchor pocket
congestion cluster consolidation doji candle wick body gap-fill fill retest retracement fib fibonacci
extension objective measured plateau ceiling magnet cap hurdle barrier line median midpoint mid pin
""".split())
"""Chart words no market noun covers: a price in brackets after one is a level's ("the neckline ($612)")."""


_HOLDING_VALUE_BEFORE = re.compile(
    r"(?:\d\s+shares|\b(?:position|holding|holdings|stake|lot))\b[^.;$%\d]{0,24}\b(?:worth|valued\s+at)\s+"
    r"(?:about\s+|roughly\s+|around\s+|nearly\s+|some\s+|just\s+(?:over|under)\s+)?(?:US)?\$?\s*$",
    re.IGNORECASE)
"""A holding's value: "12 shares, worth $2,931.60", "the position is worth about $57,790" (a count of
shares times a price, no price of the market itself; not "IWM shares were worth $244.30", a close)."""
_HOLDING_RESULT_BEFORE = re.compile(
    r"\b(?:unreali[sz]ed|reali[sz]ed|paper)\s+(?:loss|losses|gain|gains|profit|profits)\b"
    r"(?:\s+(?:of|is|was|at|comes\s+to|came\s+to|stands\s+at))?\s*(?:(?:US)?\$?\s*$|"
    r"(?:US)?\$\d[\d,]*(?:\.\d+)?,?\s+or\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|some\s+)?$)",
    re.IGNORECASE)
"""A holding's result, in money and as a share of what it cost: "an unrealized loss of $7,458, or about
9.9%" (the client's lot against its cost, no move of the market)."""
_HOLDING_COST_BEFORE = re.compile(r"\b(?:cost\s+basis|average\s+cost|avg\.?\s+cost|purchase\s+price|"
                                  r"cost\s+per\s+share)\s*(?:of\s+|at\s+|was\s+|is\s+|[:=]\s*)?(?:US)?\$?\s*$",
                                  re.IGNORECASE)
"""A holding's cost: "120 shares (cost basis $402.10)", "average cost: $231.10" (the price paid once,
no price of the session)."""
_HOLDING_REACH = 60


def holding_figure(claim: Claim) -> str | None:
    """What a figure is of someone's holding (its value, its cost, its unrealized result, the cost of
    trading it), or None: the words say so whatever fact the figure happens to equal ("or about 9.9%" of
    a client's loss is no day's move, "Trading cost estimate 3 bp" no margin)."""
    number = claim.number
    reach = claim.sentence[max(0, number.start - _OWN_FUND_REACH):number.start]
    if number.unit == "pct" and _own_fund_result(reach):
        return "the writer's own fund's result"
    if number.unit in (None, "volume") and not number.decimals \
            and _SHARES_AFTER.match(claim.sentence, number.end) \
            and (_POSITION_BEFORE.search(reach[-30:]) or _LONG_SHORT_AFTER.match(claim.sentence, number.end)):
        return "a position's size"  # "inventory close +3,400 sh (long)": the desk's shares, no close
    if number.unit == "pct" and not number.sign and _RATE_OF_DESK_BEFORE.search(reach[-30:]):
        return "a desk's own rate"
    if number.unit is None and not number.decimals and not number.sign \
            and _DESK_COUNT_BEFORE.search(reach[-30:]):
        return "a count of the desk's own trades"
    net = number.sign and _NET_OF_CHARGES_AFTER.match(claim.sentence, number.end)
    if number.unit == "price" and (_FILL_RESULT_BEFORE.search(reach[-30:]) or net):
        return "a trade's own result"
    if number.unit == "price" and not number.sign and _CHARGE_AFTER.match(claim.sentence, number.end):
        return "a charge paid for trading"
    if number.unit == "price" and not number.sign and _TAKEN_IN_AFTER.match(claim.sentence, number.end):
        return "a sum the writer took in or paid out"
    if number.unit == "price" and not number.sign and _CLAIMED_FILL_BEFORE.search(reach[-40:]):
        return "a trader's own fill"
    if number.unit == "pct" and not number.sign and _ALLOCATION_BEFORE.search(reach[-40:]) \
            and _ALLOCATION_AFTER.match(claim.sentence, number.end):
        return "a share of a book held in one fund"
    if number.unit is None and not number.decimals and not number.sign \
            and _FILL_SIDE_BEFORE.search(reach[-12:]) and _FILL_AFTER.match(claim.sentence, number.end):
        return "the size of an order or a holding"
    if number.sign:
        return None
    before = claim.sentence[max(0, number.start - _HOLDING_REACH):number.start]
    if number.unit == "price" and _HOLDING_VALUE_BEFORE.search(before):
        return "a holding's value"
    if number.unit == "price" and _HOLDING_COST_BEFORE.search(before):
        return "a holding's cost"
    if number.unit in ("price", "pct") and _HOLDING_RESULT_BEFORE.search(before):
        return "a holding's gain or loss"
    if number.unit in ("bp", "pct") and _COST_LABEL_BEFORE.search(before) \
            or number.unit != "volume" and _DEALING_SPREAD_BEFORE.search(before):
        return "a cost of trading"
    if number.unit == "price" and (_ORDER_PRICE_BEFORE.search(before) or _ORDER_TYPE_BEFORE.search(before)):
        return "an order's or a fill's price"
    if number.unit is None and not number.decimals and _ORDER_COUNT_BEFORE.search(before) \
            and _ORDER_COUNT_AFTER.match(claim.sentence, number.end):
        return "the size of an order or a holding"
    if number.unit in ("price", "pct") and _FEE_BEFORE.search(before) and (
            number.unit == "price" or _PER_YEAR_AFTER.match(claim.sentence, number.end)):
        return "a fee"
    if number.unit == "price" and _TRADE_SIZE_BEFORE.search(before) \
            and _TRADE_SIZE_AFTER.match(claim.sentence, number.end):
        return "the money a trade puts in or takes out"
    if number.unit == "pct" and (_BOOK_LABEL_BEFORE.search(before)
                                 or _NET_OF_GROSS.search(claim.sentence, 0, number.start)
                                 or _OF_BOOK_AFTER.match(claim.sentence, number.end)
                                 or _CONFIDENCE_AFTER.match(claim.sentence, number.end)):
        return "a book's risk figure"
    if number.unit == "pct" and (_WEIGHT_BEFORE.search(before) or _TARGET_OF_BEFORE.search(before)
                                 and _WEIGHT_WORD.search(claim.sentence, 0, number.start)):
        return "a portfolio's weight"
    if number.unit in ("pp", None) and _TARGET_BAND_AFTER.match(claim.sentence, number.end) \
            and _WEIGHT_WORD.search(claim.sentence, 0, number.start):
        return "a portfolio weight's drift from its target"
    return None


_CLAUSE_TAIL = r"(?:[^.;!?\n]|\.(?=\d))*$"
"""The rest of a clause up to a figure (a decimal point does not end it)."""
_MARKET_VERB_BETWEEN = re.compile(r"\b(?:closed|closes|ended|ends|finished|finishes|settled|"
                                  r"settles|rose|fell|gained|lost|added|dropped|slipped|climbed|jumped|traded|trades|sits|"
                                  r"stands|is\s+(?:up|down|at)|was\s+(?:up|down|at))\b", re.IGNORECASE)
"""A market's verb between a reader's words and the figure: the figure is that clause's close or move
("Above the knock-in barrier of $300.20, DIA closed at $471.60"), not the words' own."""
_CLOSE_BETWEEN = re.compile(r"\bclos(?:e|es|ed|ing)\b", re.IGNORECASE)
"""A close named between a note's term and its figure: the term is a dated close ("Initial Level (closing
level on the strike date, Monday, August 24, 2026): $462.45"), checked as one."""


def _said_before(words: re.Pattern[str], before: str, *blockers: re.Pattern[str]) -> bool:
    """Whether `words` end in the figure's clause before it with no market verb (nor a blocker) after them."""
    found = None
    for found in words.finditer(before):  # noqa: B007 (the last one)
        continue
    return found is not None \
        and not any(b.search(before, found.end()) for b in (_MARKET_VERB_BETWEEN, *blockers)) \
        and re.fullmatch(_CLAUSE_TAIL, before[found.end():]) is not None


_FORECAST_WORDS = re.compile(
    r"\b(?:we|our|my|I)\b(?:[^.;:!?\n]|\.(?=\d)){0,24}?\b(?:targets?|forecasts?|forecasting|projects?|"
    r"projected|projections?|expects?|expecting|estimates?|estimated|see|sees)\b"
    r"|\bforward\s+(?:multiple|p/?e)\b", re.IGNORECASE)
"""The words of the writer's own forecast before its figure: a strategist's target ("Our end-2027 target for
the S&P 500 at 7,400"), what the writer expects or estimates ("We expect earnings per share of $298"), a
forward multiple: the house's claim about the future, no close, move or level of the data. Someone else's
expectation ("whose members expect 14.6% earnings growth") is a claim that needs its source, and a trade
setup's bare "target $710.97" (after its entry and stop) is data: both stay checked."""
_SCENARIO_BEFORE = re.compile(r"\b(?:bull|bear|base)(?:[\s-]+case|\s+scenario)?\s*(?:of|at|[:=(])?\s*$",
                              re.IGNORECASE)
"""A scenario's figure right after its name ("a bull case of 7,900", "Base case (7,400)", "Probabilities:
base 55%, bull 25%"); not a statement under a scenario's heading ("**Bear case:** it's 5.23% below the
record")."""
_FORECAST_AFTER = re.compile(r"\s*(?:estimate|forecast|projection|target)\b", re.IGNORECASE)
_OWN_BEFORE = re.compile(r"\b(?:our|my)\s+(?:US)?\$?$", re.IGNORECASE)
"""The writer's own figure named a forecast right after it ("our $273 estimate for 2026")."""
_FORECAST_REACH = 70


def forecast_figure(claim: Claim) -> str | None:
    """A figure the words give as a forecast, a target or an estimate (above), or None."""
    number = claim.number
    before = claim.sentence[max(0, number.start - _FORECAST_REACH):number.start]
    if _said_before(_FORECAST_WORDS, before) or _SCENARIO_BEFORE.search(before) \
            or _FORECAST_AFTER.match(claim.sentence, number.end) and _OWN_BEFORE.search(before):
        return "a forecast, a target or an estimate"
    return None


_MODEL_SCORE_WORDS = re.compile(r"\b(?:blended|composite|aggregate|model|trend|CTA|momentum)\s+"
                                r"(?:signal|score)s?\b", re.IGNORECASE)
"""A trend model's own score before its figure ("Blended signal: +0.75 (was +0.40 on Thursday)", on a
scale of -1 to +1): the model's output, no MACD signal line."""


def model_score(claim: Claim) -> str | None:
    """A figure the words give as a trend model's score (above), or None."""
    before = claim.sentence[max(0, claim.number.start - _FORECAST_REACH):claim.number.start]
    return "a trend model's own score" if _said_before(_MODEL_SCORE_WORDS, before) else None


_STRATEGY_STAT_BEFORE = re.compile(
    r"\b(?:CAGR|max(?:imum)?\.?\s+draw-?downs?|(?:hit|win|winning)\s+(?:rate|ratio)|Sharpe(?:\s+ratio)?|"
    r"Sortino(?:\s+ratio)?|Calmar(?:\s+ratio)?|profit\s+factor|expectancy|avg\.?\s+hold(?:ing)?|"
    r"average\s+hold(?:ing)?(?:\s+(?:period|time))?|annuali[sz]ed\s+(?:return|volatility|vol))"
    r"\s*(?:of|was|is|at|:|=)?\s*(?:US)?\$?\s*$", re.IGNORECASE)
"""A trading strategy's own statistic named right before its figure ("CAGR 7.4%", "max drawdown 21.9%",
"hit rate 44%", "Sharpe 0.61", "avg hold 63 days"): the rule's record over its test, no close, move or
level of the market (a market's fall from its peak is "below its record", not a "max drawdown")."""
_TEST_RUN_LABEL = re.compile(r"^\W*(?:back-?test(?:ed)?|simulat(?:ed|ion)|hypothetical|paper[- ]traded|"
                             r"walk-forward|out-of-sample|in-sample)\b[^:\n]{0,80}:", re.IGNORECASE)
"""A line labelled as a strategy's test ("Backtest (2004-2025, 5,538 trading days, costs 2 bp/side): CAGR
7.4%, ..."): every figure in it, the label's span and costs too, is the test's own."""
_STAT_REACH = 40


def strategy_statistic(claim: Claim) -> str | None:
    """A figure of a trading strategy's own test (above), or None."""
    number = claim.number
    before = claim.sentence[max(0, number.start - _STAT_REACH):number.start]
    if _STRATEGY_STAT_BEFORE.search(before) or _TEST_RUN_LABEL.match(claim.sentence) \
            and not claim.subject:
        return "a trading strategy's own test statistic"
    return None


_WHOLE = 100.0
_MIN_PARTS = 2
_REPORTED_AFTER = re.compile(r"\s*of\s+(?:the\s+|its\s+)?(?:[A-Za-z&\d\-]+\s+){0,3}?(?:has|have|had)\s+"
                             r"(?:now\s+|so\s+far\s+|already\s+)?(?:reported|beaten|beat|missed|raised|lowered|"
                             r"cut|guided)\b", re.IGNORECASE)
"""A share of the companies that have reported, beaten or raised ("98% of the index has reported", "79% of
S&P 500 companies have beaten"): an earnings season's tally of firms, no move or level of the market."""


def reporting_share(claim: Claim) -> str | None:
    """A percentage of companies that have reported (above), or None."""
    number = claim.number
    if number.unit != "pct" or number.sign or not _REPORTED_AFTER.match(claim.sentence, number.end):
        return None
    return "an earnings season's share of the companies reporting"


def share_of_a_whole(claim: Claim) -> str | None:
    """A percentage that is one part of a split its sentence prints in full: the sentence's unsigned
    percentages, two or more, add up to 100 to their printed precision ("POLL (412 votes): Bullish 38%,
    Neutral 41%, Bearish 21%", "Yes 62%, No 38%"): a poll's, a vote's or a mix's shares, none a move,
    a distance or a rate of the market (moves are signed or worded, and several of them hardly make
    100), or None."""
    number = claim.number
    if number.unit != "pct" or number.sign or claim.direction or claim.relation:
        return None
    parts = [n for n in find_numbers(claim.sentence) if n.unit == "pct"]
    if len(parts) < _MIN_PARTS or any(n.sign for n in parts):
        return None
    slack = sum(0.5 * 10 ** -n.decimals for n in parts)
    return "a share of a whole split in full" if abs(sum(n.value for n in parts) - _WHOLE) <= slack else None


_TERM_WORDS = re.compile(
    r"\b(?:initial\s+level|strike\s+level|(?:coupon|knock-?in|knock-?out|capital|protection|autocall|call)\s+"
    r"(?:barrier|trigger|level)s?|autocall|contingent\s+coupon|coupon\s+of|redemption\s+(?:amount|price)|"
    r"denomination|issue\s+size|(?:fund's\s+)?NAV|net\s+asset\s+value)\b", re.IGNORECASE)
"""A structured note's or a fund's own terms before a figure ("Coupon Barrier and Knock-in Barrier (70% of
the Initial Level): $323.72", "the contingent coupon of $21.50 per $1,000 note, $1,021.50 in total", "the
NAV of $21.90"): set by the issuer's paper, no close or move of the market."""
_TERM_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:par|notional|principal|face\s+value|"
                            r"denomination|NAV|net\s+asset\s+value)\b", re.IGNORECASE)
"""A % of a note's par or a fund's NAV ("22.6% of the NAV"): the paper's own rate."""
_TERM_AFTER = re.compile(r"\s*,?\s*(?:the\s+|its\s+|our\s+)?(?:knock-?in|knock-?out|coupon|autocall|capital|"
                         r"protection)\s+(?:barrier|trigger|level)\b", re.IGNORECASE)
"""A figure named as the note's barrier right after it ("At $295.82, the knock-in barrier is far below")."""
_TERM_REACH = 100


def product_term(claim: Claim) -> str | None:
    """A figure of a structured note's or a fund's own terms (above), or None. A % of the note's initial
    level worked from a close ("$471.60, which is 101.98% of the Initial Level") is not one: no term word
    before it."""
    number = claim.number
    before = claim.sentence[max(0, number.start - _TERM_REACH):number.start]
    after = claim.sentence, number.end
    if number.sign or not (_said_before(_TERM_WORDS, before, _CLOSE_BETWEEN) or _TERM_AFTER.match(*after)
                           or number.unit == "pct" and _TERM_OF_AFTER.match(*after)):
        return None
    return "a structured note's or a fund's own terms"


_WRONG_WORDS = re.compile(r"\b(?:misstated|misstates|misreported|misprinted|misquoted|mistyped|incorrectly|"
                          r"erroneously|wrongly|mistakenly)\b", re.IGNORECASE)
_AS_BEFORE = re.compile(r"\bas\s+(?:US)?\$?$", re.IGNORECASE)
_EARLIER_VERSION = re.compile(r"^\W*(?:an?|the)\s+(?:earlier|previous|prior|original)\s+version\b[^;:]*$",
                              re.IGNORECASE)
"""A figure a correction quotes as the wrong one: given "as" it after a word of error ("misstated the
closing price ... as $695.18"), or in a sentence whose subject is the wrong version ("An earlier version
... described the 8.87% rise as the fund's gain for the week", up to its ';'): the error it corrects, not
the text's claim (the corrected figure comes in its own clause and is read: "the close was misprinted:
the index declined 0.2% to 6,862.60")."""
_PRINT_AT_BEFORE = re.compile(r"\b(?:odd-lot|bad|erroneous|errant|busted|broken|off-market|stray)\s+"
                              r"(?:trade|print|tick)s?\b(?:[^.;!?\n$]{0,30}\s)?at\s+(?:US)?\$?$|"
                              r"\b\d{1,2}:\d{2}(?::\d{2})?\s+(?:print|trade|tick)\s+at\s+(?:US)?\$?$",
                              re.IGNORECASE)
_FROM_LAST_TRADE_AFTER = re.compile(r"\s+(?:above|below|over|under|from)\s+the\s+(?:last|prior|previous)\s+"
                                    r"(?:trade|print|tick|quote)\b", re.IGNORECASE)
"""A single trade's print inside the session ("a single odd-lot print in QQQ at $662.64", "10:14:07 print at
$662.64") and its distance from the trade before it ("5.8% above the last trade"): no tick is held, and
a bad print is no close, high or low."""


def misprint(claim: Claim) -> str | None:
    """A figure quoted as the error a correction fixes, or a single trade's print (above), or None."""
    number = claim.number
    before = claim.sentence[max(0, number.start - 160):number.start]
    if _said_before(_WRONG_WORDS, before) and _AS_BEFORE.search(before) \
            or _EARLIER_VERSION.match(claim.sentence[:number.start]):
        return "a figure quoted as the error a correction fixes"
    if _PRINT_AT_BEFORE.search(before[-60:]) or number.unit == "pct" \
            and _FROM_LAST_TRADE_AFTER.match(claim.sentence, number.end):
        return "a single trade's print in the session"
    return None


def own_figure(claim: Claim) -> str | None:
    """What a figure is of someone's own (a holding's, a forecast's, a note's terms, a correction's quoted
    error, a single print, a model's score, a strategy's test statistic, a part of a split, a band some
    sessions kept), whatever fact it happens to equal, or None."""
    return holding_figure(claim) or forecast_figure(claim) or product_term(claim) or misprint(claim) \
        or model_score(claim) or strategy_statistic(claim) or share_of_a_whole(claim) \
        or reporting_share(claim) \
        or some_sessions_band(claim)


_SOME_SESSIONS_BAND = re.compile(
    r"\b(?:\d+|[a-z]+)\s+(?:out\s+)?of\s+(?:the\s+)?(?:(?:last|past|latest)\s+)?(?:\d+|[a-z]+)\s+"
    r"(?:sessions|trading\s+days|days)\s+(?:\w+\s+)?(?:closed|ended|finished|settled)\s+"
    r"(?:between|inside|within)\s+(?:US)?\$?(?:\d[\d,]*(?:\.\d+)?\s*(?:and|to|-|\u2013)\s*(?:US)?\$?)?$",
    re.IGNORECASE)


def some_sessions_band(claim: Claim) -> str | None:
    """An edge of the band a part of the sessions closed in ("Four of five sessions ended between 6,820
    and 6,860"): round marks the writer chose, no range of every close (which holds them all), or None."""
    number = claim.number
    before = claim.sentence[max(0, number.start - 90):number.start]
    if number.sign or number.unit not in ("price", None) or not _SOME_SESSIONS_BAND.search(before):
        return None
    return "a band some of the sessions kept"


_ORDER_PRICE_BEFORE = re.compile(
    r"(?:\b(?:buy|bought|sell|sold|add|added|trim|trimmed|filled|fill|cover|covered|short|shorted)\b"
    r"(?:\s+(?:on|the|another|my|our|other))*\s+(?:half|a\s+third|a\s+quarter|the\s+rest|some|"
    r"\d[\d,]*(?:\s+(?:shares|sh))?)|\bposition:?\s+\d[\d,]*\s+(?:shares|sh))\s+(?:at|@)\s+(?:US)?\$?\s*$",
    re.IGNORECASE)
"""The price of a trader's own order or fill: "sell half at $249.20", "Filled on half at $249.20",
"Bought 200 at $246.40", "Position: 150 shares at $246.10" (what was paid or asked, no price of the
session; a setup's entry, stop and target are read by setups.py first)."""
_ORDER_TYPE_BEFORE = re.compile(r"\b(?:buy|sell)[\s-](?:stop|limit|stop-limit)(?:\s+order)?\b[^.;:!?$]{0,40}?"
                                r"\s(?:at|@)\s+(?:US)?\$?\s*$|\blimit\s+order\s+(?:at|@)\s+(?:US)?\$?\s*$",
                                re.IGNORECASE)
"""The price of a client's resting order, its kind named: "I entered a buy stop for 40 shares of IWM at
$245.00", "Your buy limit on IWM at $242.53", "a limit order at $610" (where the order waits, no price of
the session; whether the tape reached it is told in other figures, read on their own)."""
_FILL_RESULT_BEFORE = re.compile(r"(?:@|\b(?:out|exit(?:ed)?|sold|covered|filled)\s+at)\s*(?:US)?\$?"
                                 r"\d[\d,]*(?:\.\d+)?\s*\(\s*[+\-\u2212]?(?:US)?\$?$",
                                 re.IGNORECASE)
"""A trade's result in brackets right after its exit fill ("out 11:15 @ $244.10 (+$60)"): the trader's own
profit or loss, no move of the market."""
_NET_OF_CHARGES_AFTER = re.compile(r"\s+(?:after|net\s+of)\s+(?:US)?\$?\d[\d,]*(?:\.\d+)?\s+(?:in\s+)?"
                                   r"(?:commissions?|fees?)\b", re.IGNORECASE)
"""A signed sum net of what trading cost ("Today: +$86.00 after $7.20 commissions"): an account's day."""
_CHARGE_AFTER = re.compile(r"\s+(?:in\s+)?(?:commissions?|fees?|slippage)\b", re.IGNORECASE)
"""A sum named as what trading cost right after it ("after $7.20 commissions", "$3.10 in fees")."""
_TAKEN_IN_AFTER = re.compile(r"\s+(?:collected|received|banked|pocketed|earned|raised|donated|refunded|"
                             r"spent|in\s+premium|of\s+premium|premium)\b", re.IGNORECASE)
"""A sum named as money taken in or paid out right after it ("($810 collected)", "$1.35 of premium"): the
writer's own cash, no price of the market."""
_CLAIMED_FILL_BEFORE = re.compile(r"\b(?:an?|the|their|his|her|my|our|its)\s+(?:buy|sell|purchase|sale|fill)"
                                  r"(?:\s+order)?\s+(?:at|@)\s*(?:US)?\$?$", re.IGNORECASE)
"""A trade's fill named as such ("claimed a buy at $243.10", "my sale at $250"): the trader's own price,
whether the tape reached it is told in other figures."""
_ALLOCATION_BEFORE = re.compile(r"\b(?:hold|holds|holding|held|keep|keeps|kept|allocate|allocated|put|invest|"
                                r"invested|park|parked)\s+(?:at\s+least\s+|at\s+most\s+|no\s+more\s+than\s+|"
                                r"up\s+to\s+|about\s+|roughly\s+|some\s+)?$", re.IGNORECASE)
_ALLOCATION_AFTER = re.compile(r"\s*(?:of\s+(?:the\s+|their\s+|its\s+|our\s+|your\s+)?(?:book|portfolio|"
                               r"account|money|fund|assets)s?\s+)?(?:in|into)\s+(?:(?-i:[A-Z]{2,5})\b|"
                               r"(?:the\s+|an?\s+)?(?:[\w&\-]+\s+){0,3}(?:fund|ETF|tracker)s?\b)",
                               re.IGNORECASE)
"""A share of a book put in one fund ("every team had to hold at least 40% in IWM", "we keep 25% of the
portfolio in DIA"): an allocation, no move or distance of the market."""
_FILL_SIDE_BEFORE = re.compile(r"\b(?:long|short|buy|bought|sell|sold|cover|covered)\s+$", re.IGNORECASE)
_FILL_AFTER = re.compile(r"\s+(?:(?:shares?|sh)\s+)?(?:@|at\s+(?:US)?\$)")
"""A fill's size between its side and its price ("10:42 long 200 @ $243.80", "sold 50 shares at $612"): the
trader's shares, no level."""
_ORDER_COUNT_BEFORE = re.compile(r"\b(?:add|adding|buy|buying|bought|sell|selling|kept|keep|keeping|trim|"
                                 r"trimming)\s+(?:the\s+other\s+|another\s+|the\s+remaining\s+|the\s+last\s+)?$|"
                                 r"\bthe\s+(?:remaining|other)\s+$", re.IGNORECASE)
_ORDER_COUNT_AFTER = re.compile(r"\s*(?:more\b|[.;,:!]|$)")
"""A count of shares an order or a holding moves, its noun left out: "Adding 100 more on a daily close
above $250", "Kept the other 100.", "Rule for the remaining 100: out on a close below $241.00" (not "the
Dow added 300": a market's verb)."""
_FEE_BEFORE = re.compile(r"\b(?:fees?|commissions?|expense\s+ratio)\b"
                         r"(?:\s+(?:this|the|last)\s+(?:period|month|"
                         r"quarter|year))?(?:\s+(?:of|is|was|were|came\s+to|totall?ed))?\s*[:=]?\s*"
                         r"(?:(?:US)?\$\d[\d,]*(?:\.\d+)?\s*\(\s*)?(?:US)?\$?\s*$", re.IGNORECASE)
_PER_YEAR_AFTER = re.compile(r"\s*(?:a|per)\s+year\b|\s*annually\b|\s*p\.a\.", re.IGNORECASE)
"""A fee and its yearly rate: "Fees this period $10.44 (0.25% a year)", "commissions of $4.95" (what the
account pays, no price or move of the market; a % only with its "a year")."""
_TRADE_SIZE_BEFORE = re.compile(r"\b(?:buy|buying|bought|sell|selling|sold|add|adding|added|invest|investing|"
                                r"invested|put|putting|trim|trimming|trimmed)\s+(?:about\s+|roughly\s+|around\s+|"
                                r"another\s+|an\s+extra\s+)?(?:US)?\$?\s*$", re.IGNORECASE)
_TRADE_SIZE_AFTER = re.compile(r"\s+(?:more\s+)?(?:of|in|into|worth)\b")
"""The money a trade moves: "we would buy about $640 of it", "sold $5,000 of IWM" (a sum bought or
sold, no price: a price comes after 'at')."""
_BOOK_LABEL_BEFORE = re.compile(r"(?:^|[.;:]\s+|\b(?:firm|book|fund|desk|our|the)\s+)(?:gross|net|leverage|"
                                r"exposure|(?:limit\s+)?usage|utili[sz]ation)\b(?:\s+(?:at|of|is|was|now|to|"
                                r"stands\s+at))?\s*[:=]?\s*(?:\d+%\s*\([a-z]+\s+from\s+)?$", re.IGNORECASE)
_NET_OF_GROSS = re.compile(r"\bgross\b[^.;]*,\s+net\s+$", re.IGNORECASE)
_OF_BOOK_AFTER = re.compile(r"\s+of\s+(?:the\s+(?:fund's\s+|firm's\s+)?)?(?:NAV|AUM|capital|equity)\b")
_CONFIDENCE_AFTER = re.compile(r"\s+(?:(?:1|one|10|ten)-day\s+)?(?:VaR|CVaR|expected\s+shortfall)\b")
"""A trading book's own risk figures: "Firm gross at 312% of NAV, net 41%", "Limit usage 78% (amber from
80%)", "1-day 99% VaR" (a leverage, a limit's use and its threshold, a VaR's confidence): no move or
distance of the market."""
_WEIGHT_WORD = re.compile(r"\b(?:weight|weighting|allocation|(?:equity|stock|bond|cash)\s+share)s?\b",
                          re.IGNORECASE)
_TARGET_BAND_AFTER = re.compile(r"\s*(?:(?:percentage\s+points?|pct\.?\s+points?|points?|pp)\s+)?"
                                r"(?:above|below|over|"
                                r"under|from|off|away\s+from)\s+(?:its|the|your|our|their)\s+target\b",
                                re.IGNORECASE)
_WEIGHT_BEFORE = re.compile(r"\b(?:weight|weighting|allocation)s?\b(?:\s+(?:is|was|of|at|now|stays?|stayed|"
                            r"sits?|stands?\s+at|:))*\s*(?:about\s+|roughly\s+|around\s+|nearly\s+)?$",
                            re.IGNORECASE)
_TARGET_OF_BEFORE = re.compile(r"\btarget\s+(?:of\s+)?$", re.IGNORECASE)
_WEIGHTS_TITLE = re.compile(r"\b(?:weight|weighting|allocation|tilt|over-?weight|under-?weight)s?\b",
                            re.IGNORECASE)


def weights_title(title: str) -> bool:
    """A table column titled by a portfolio's weight or its tilt ("| Asset class | Strategic weight | Our
    tilt | Now |"): the table sets out a portfolio's shares, each % of its rows a share of the portfolio
    (the "Now" beside them too), no move or distance of the market."""
    return _WEIGHTS_TITLE.search(title) is not None
"""A share of a portfolio in one fund: "Weight 40%" (a holdings table's column), "your small-cap weight is
25% against a target of 25%" (the target of that weight, not a price target): the client's allocation,
no move or distance of the market, whatever fact the figure equals."""


_POSITION_BEFORE = re.compile(r"\b(?:inventory|position|holding|net\s+long|net\s+short)\b[^.;$%\d]{0,16}$",
                              re.IGNORECASE)
_LONG_SHORT_AFTER = re.compile(r"\s*(?:shares|shs?|contracts|lots)\b\s*\(?\s*(?:long|short)\b", re.IGNORECASE)
_RATE_OF_DESK_BEFORE = re.compile(r"\b(?:time\s+at\s+(?:the\s+)?(?:NBBO|inside|bid|offer|best)|fill\s+rate|"
                                  r"hit\s+rate|win\s+rate|uptime)\s*[:=]?\s*$", re.IGNORECASE)
_DESK_COUNT_BEFORE = re.compile(r"\b(?:fills|executions|tickets|orders\s+(?:sent|filled|worked))\s*[:=]?\s*$",
                                re.IGNORECASE)
"""A market maker's or a trader's own book: "inventory close +3,400 sh (long)" (shares held, long or
short), "time at NBBO 87%", "win rate 58%" (a rate of its own quoting or trading), "fills 1,942" (a
count of its trades): no figure of the market's."""
_OWN_FUND_BEFORE = re.compile(r"\b(?:our|my)\s+(?:own\s+)?(?:fund|portfolio|account|book|strategy)\b"
                             r"(?P<between>(?:[^.;%\d]|\d(?![\d.,]*\s?%)|\.\d)*)$", re.IGNORECASE)
_OWN_FUND_REACH = 90
_COMPARED = re.compile(r"\b(?:than|vs\.?|versus|against)\s+(?:the\s+)?\S+")
_NAMED_BETWEEN = re.compile(r"\b(?:[A-Z]{2,5}|index|benchmark|S&P|Dow|Nasdaq|Russell)\b")


def _own_fund_result(before: str) -> bool:
    """The first % after the writer's own fund, with no instrument named between (but what it is compared
    with): "Our fund did better
    than ... this month (net -6.9% against -8.56%)" (the fund's result, which no data holds; the figure
    after it, the benchmark's, is read)."""
    found = _OWN_FUND_BEFORE.search(before)
    return found is not None and _NAMED_BETWEEN.search(_COMPARED.sub(" ", found.group("between"))) is None


_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|its|this|that)\s+$", re.IGNORECASE)
_CAPITAL_WORD_AFTER = re.compile(r"\s+([A-Z][a-z]{2,})\b")
_YEARS = (1000, 2099)


def _year_in_a_name(claim: Claim) -> bool:
    """A year written into a thing's name: "the 1792 Buttonwood Agreement", "the 1929 Crash" (a whole
    number of four digits between an article and a capitalised word that is no market's, month's or day's)."""
    number, sentence = claim.number, claim.sentence
    if number.unit is not None or number.decimals or len(number.text) != 4 or claim.names \
            or not _YEARS[0] <= number.value <= _YEARS[1]:
        return False
    after = _CAPITAL_WORD_AFTER.match(sentence, number.end)
    if after is None or not _ARTICLE_BEFORE.search(sentence, max(0, number.start - 6), number.start):
        return False
    word = after.group(1).lower()
    return not _is_market(word) and word not in _DAY_WORDS and word not in _INDEX_NAMES


_INDEX_NAMES = frozenset("dow nasdaq russell nikkei dax ftse stoxx hang kospi topix sensex nifty cac ibex"
                         .split())
"""Index names a level may stand before ("the 2050 Russell level"): no name a year is written into."""


_COST_LABEL_BEFORE = re.compile(r"\b(?:trading|transaction|execution|round-trip|switching)\s+costs?"
                                r"(?:\s+(?:estimate|estimated|of|at|is|was|about|roughly|~))*\s*[:=]?\s*$",
                                re.IGNORECASE)
"""A trade's own cost: "Trading cost estimate 3 bp" (what the desk pays to trade, no move or spread of
the market)."""
_DEALING_SPREAD_BEFORE = re.compile(r"\b(?:typical|average|avg\.?|min(?:imum)?|minimal|variable|fixed|"
                                    r"standard|target|quoted)\s+(?:dealing\s+|bid[\s-]ask\s+)?spreads?"
                                    r"(?:\s+(?:of|is|was|from|at|about|around))*\s*[:=]?\s*(?:US)?\$?$",
                                    re.IGNORECASE)
"""A broker's dealing spread on its sheet: "Typical spread 2.4 points", "minimum spread: 1 point" (what a
client pays to trade, no gap between two of the market's figures)."""
_DEGREES_AFTER = re.compile(r"\s?\u00b0?[CF](?![\w/$&])")
_WEATHER_BEFORE = re.compile(r"\b(?:temp|temps|temperature|water|air|weather|outside|summit|base|degrees|"
                             r"thermometer|wind\s+chill|feels\s+like|forecast)\b[^.;|$%\d]{0,14}[:=]?\s*$",
                             re.IGNORECASE)
"""A temperature: "Summit temp: -9 C", "Water 61 F" (a bare C or F after a whole figure that a weather
word names; not an option's "690 C", which no such word comes before)."""
_FORECAST_EDGE_BEFORE = re.compile(r"\b(?:high|low)s?\s+(?:of\s+)?(?:near\s+|around\s+|about\s+)?$",
                                   re.IGNORECASE)
_WEATHER_WORDS = re.compile(r"\b(?:weather|forecast|flurr(?:y|ies)|snow\w*|rain\w*|showers?|sunny|cloudy|"
                            r"clouds|fog|drizzle|sleet|frost|wind\s+chill|degrees|temps?|temperatures?)\b",
                            re.IGNORECASE)
"""A forecast's high or low, a whole number with no unit in a sentence about the weather ("weather: low
of 34 tonight, 20% chance of flurries"): a temperature, not the day's low."""


def _forecast_edge(sentence: str, start: int) -> bool:
    return _FORECAST_EDGE_BEFORE.search(sentence, max(0, start - 20), start) is not None \
        and _WEATHER_WORDS.search(sentence) is not None
_PRICE_OF_COUNT_AFTER = re.compile(r"\s+for\s+(?:a\s+|an\s+)?\d(?:[\d,]*\d)?\s+(?P<noun>[a-z][a-z\-]+)\b")
_COUNT_PRICED_BEFORE = re.compile(r"(?<![$\d.,])\d(?:[\d,]*\d)?(?:\.\d+)?\s+"
                                  r"(?:(?P<adjective>[a-z][a-z\-]+)\s+)?"
                                  r"(?P<noun>[a-z][a-z\-]+)\s+"
                                  r"(?:at|@)\s+(?:US)?\$?\s*$")
_PRICED_COUNT_AFTER = re.compile(r"\s+(?P<noun>[a-z][a-z\-]+)\s+(?:at|@)\s+(?:US)?\$\s*\d")
"""A price of a count of other things, on either side: "$84 for 6 pies", "48 gallons at $4.19" (not "100
shares at $4.19" nor "$5 for 20 sessions": a market's noun); the count's own noun before its price."""


def _plain_adjective(word: str | None) -> bool:
    """No word, or one that may stand between a count and its noun ("40 medium boxes"), not a function
    word nor a market's ("$626.07 after opening at": no count)."""
    return word is None or word not in _FUNCTION_WORDS and not _is_market(word)


_EACH_AFTER = re.compile(r"\s+(?:each|apiece)\b")
_COUNT_EACH_BEFORE = re.compile(r"\b\d(?:[\d,]*\d)?\s+(?P<noun>[a-z][a-z\-]+s)\s*[,:]?\s*(?:US)?\$?\s*$")
"""A price of each of a count of other things: "11 tickets, $50,000 each" (not "100 shares, $24.30
each": a market's noun)."""
_COUNT_SHARE_BEFORE = re.compile(r"(?<![$\d.,])\d{1,3}(?:,\d{3})+\s*\(\s*$")
"""A % in brackets right after a count in thousands, with no unit: the count's share of a whole ("ALVAREZ
6,212 (52.3%)", "YES 9,310 (58.9%)"); not when an instrument is named right before ("The Dow 47,220
(0.58%)": the index's level and move)."""
_HOLDING_IN = re.compile(r"\s+in\s+(?:an?\s+|the\s+)?(?:[a-z\-]+\s+){0,2}(?:funds?|stocks?|bonds?|cash|"
                         r"equities|shares|etfs?|treasuries|gold)\b", re.IGNORECASE)
_OWNER_BEFORE = re.compile(r"\b(?:my|our|your|his|her|their)\b[^.;%$]{0,25}\b(?:is|are|was|were|sits?|holds?)"
                           r"\s+(?:about\s+|roughly\s+|nearly\s+)?$", re.IGNORECASE)
"""A share of someone's savings held in a kind of asset: "my 401(k) is 70% in an index fund", "our
account is 40% in bonds" (an allocation, no move or distance of the market)."""
_COUNT_SHARE = "a count's share of a whole"
_SCENARIO_ODDS_BEFORE = re.compile(r"\b(?:bull|base|bear|upside|downside|best|worst|blue[\s-]sky|tail)"
                                   r"(?:\s+(?:case|scenario))?[*_]*\s*[(\[]\s*$", re.IGNORECASE)
"""A scenario's odds in brackets after its name: "*Bull (30%)*", "Base case (50%)"."""


def counted_other_thing(claim: Claim) -> str | None:
    """The other things a figure counts or prices by the count ("120 gallons", "30 gallons at $4.05",
    "$62 for 4 tickets"), or None: read before a figure is taken for a world market's ("Heating oil:
    120 gallons at $3.89" is no crude price), where a price per unit ("$67.10 a barrel") stays one."""
    number, sentence = claim.number, claim.sentence
    if number.sign:
        return None
    if _UNIT_AFTER.match(sentence, number.end):
        return "a measure in a unit of another thing"  # "Next oil change due at 87,300 mi"
    if _match_score(sentence, number.start, number.end, number):
        return "a match's score"  # "U10 Gold 1 - 1 Westfield"
    found = _counted_thing(sentence, number.start, number.end, number)
    if found is not None or number.unit is not None or number.decimals:
        return found
    priced = _PRICED_COUNT_AFTER.match(sentence, number.end)
    counted = priced.group("noun") if priced is not None else ""
    if counted and not _is_market(counted) and counted not in _FUNCTION_WORDS \
            and not _SHARES_AFTER.match(" " + counted):
        return counted  # "120 gallons at $3.89"
    noun = _noun_after(sentence, number.end, False, False)
    return noun if noun is not None and _plural_form(noun.split()[-1]) else None


def _counted_thing(sentence: str, start: int, end: int, number: PrintedNumber) -> str | None:
    """A price of a count of other things, a count's share of a whole or a scenario's odds."""
    if number.unit == "price":
        after = _PRICE_OF_COUNT_AFTER.match(sentence, end)
        before = _COUNT_PRICED_BEFORE.search(sentence, max(0, start - 40), start) or (
            _COUNT_EACH_BEFORE.search(sentence, max(0, start - 40), start)
            if _EACH_AFTER.match(sentence, end) else None)
        for found in (after, before):
            noun = found.group("noun") if found is not None else ""
            if found is not None and noun and not _is_market(noun) and noun not in _FUNCTION_WORDS \
                    and not _past_form(noun) \
                    and (found.re is not _COUNT_PRICED_BEFORE or _plain_adjective(found.group("adjective"))) \
                    and not _SHARES_AFTER.match(" " + noun):  # "The S&P 500 closed at $682.10": a verb
                return f"a price of {noun}"  # after a name's number, no count's noun
        return None
    if number.unit != "pct":
        return None
    reach = sentence[max(0, start - 30):start]
    if _HOLDING_IN.match(sentence, end) and _OWNER_BEFORE.search(reach):
        return "a holding's allocation"
    if _COUNT_SHARE_BEFORE.search(reach):
        return _COUNT_SHARE
    if _SCENARIO_ODDS_BEFORE.search(reach):
        return "a scenario's odds"
    return None


_TIMES_BEFORE = re.compile(r"\d(?:\s?(?P<unit>[A-Za-z]+))?\s+[x\u00d7@]\s*$")
_RESULT_BEFORE = re.compile(r"(?:[x\u00d7@]\s*(?:US)?\$?\d[\d,]*(?:\.\d+)?|\b(?:tax|vat|gst|fees?|charges?|"
                            r"tip|discount|surcharge|levy|duty|commission)\s+\d[\d.]*%)"
                            r"\s*(?:=|\.{2,}|\u2026+)\s*$", re.IGNORECASE)
"""A bill's line worked out in full: "628 kWh x $0.1840 = $115.55", "29 x $0.52 = $15.08", "Tax 5% =
$6.53", "2.5 h @ $145.00 ........ $362.50" (dot leaders to the line's total): the rate after a count of
another thing, and the line's result."""


_SHARES_AFTER = re.compile(r"\s*(?:shares|shs?|contracts|lots)\b", re.IGNORECASE)
_ORDER_BEFORE = re.compile(r"\b(?:work|working|buy|buying|bought|sell|selling|sold|order|own|owns|owned|hold|"
                           r"holds|holding|add|adding|added|trim|trimming|trimmed|short|shorted|cover|covered|"
                           r"fill|filled|position|size|pay|paid)\b[^.;:$%\d]{0,12}$", re.IGNORECASE)
"""A count of shares after an order's or a holding's verb ("work 25k shares on a close over 630", "we
own 1,200 shares"): the size of a trade, not the day's volume nor a price ("25k" read as 25,000)."""
_OF_COUNT_BEFORE = re.compile(r"(?P<part>\d[\d,]*(?:\.\d+)?)\s+(?:of|out\s+of|/)\s+(?:the\s+)?"
                              r"(?P<whole>\d[\d,]*(?:\.\d+)?)\b(?:[^()%\d]|(?<=[A-Za-z&] )\d+){0,50}\(\s*"
                              r"(?:about\s+|roughly\s+|~)?$")
_CHANGE_BEFORE = re.compile(r"\bfrom\s+(?:US)?\$?(?P<whole>\d[\d,]*(?:\.\d+)?)"
                            r"(?P<scale>\s*(?:million|billion|bn|mn))"
                            r"\s+to\s+(?:US)?\$?(?P<part>\d[\d,]*(?:\.\d+)?)(?P=scale)?\s*\(\s*"
                            r"(?:about\s+|roughly\s+|~)?$", re.IGNORECASE)
"""A share in brackets worked from the figures right before it: "58 of 60 days (96.7%)" (the part of
the whole), "from $4.2 million to $3.5 million (about 17%)" (the change between two sums of money; a
move between two prices stays the market's)."""


def _share_of_figures_before(before: str, number: PrintedNumber) -> bool:
    """Whether a % in brackets is the share worked from the two figures right before it (to its printed
    precision, or to the unit after 'about'): it adds no figure of its own; those two are read."""
    found = _OF_COUNT_BEFORE.search(before)
    if found is not None:
        part, whole = _figure(found.group("part")), _figure(found.group("whole"))
        share = 100 * part / whole if whole else None
    else:
        found = _CHANGE_BEFORE.search(before)
        if found is None:
            return False
        part, whole = _figure(found.group("part")), _figure(found.group("whole"))
        share = 100 * abs(whole - part) / whole if whole else None
    if share is None:
        return False
    hedged = found.group(0).rstrip().endswith(("about", "roughly", "~"))
    return abs(share - number.value) <= (0.5 if hedged else 0.5 * 10 ** -number.decimals) + 1e-9


def _figure(text: str) -> float:
    return float(text.replace(",", ""))


def _worked_sum(before: str) -> str | None:
    """The part a sum plays in a worked line of a bill (a rate times a count, or the line's result),
    or None; a count of shares times a price is a position's, whose price is the market's."""
    times = _TIMES_BEFORE.search(before)
    if times is not None:
        unit = times.group("unit")
        return None if unit is not None and _is_market(unit) else "a rate times a count of another thing"
    return "a worked sum" if _RESULT_BEFORE.search(before) else None


_JOINED_LABEL = 3
"""A label of two nouns joined by 'and' ("Bar and concessions: $2,477.25", "Food and drink $340")."""


def _money_label(before: str) -> str | None:
    """The thing a sum's own label right before it names ("shirts $30"), or None for a market's label,
    a day, a verb or a word that is no noun."""
    found = _MONEY_LABEL_BEFORE.search(before)
    if found is None:
        return None
    said = [w.lower().strip("'") for w in found.group("label").split()]
    words = said[:-1] if len(said) > 1 and said[-1] in _NOW_WORDS else said  # "Admission today: $24"
    head = words[-1]
    if len(head) < 3 or head.endswith("ly") or head in _NOT_THING_LABELS \
            or _past_form(head) and not any(w in _BILL_WORDS for w in words):  # not "Total owed: $5.25"
        return None
    joined = len(words) == _JOINED_LABEL and words[1] in ("and", "&")  # "Bar and concessions: $2,477.25"
    if any(_is_market(w) or w in _DAY_WORDS or (w in _FUNCTION_WORDS and not (joined and n == 1))
           or w in _PAST_LABELS for n, w in enumerate(words)):
        return None  # "the tally read $624.60", "Previous doses: $30.37": a market figure in other words
    if found.group(0).rstrip().endswith(":") and len(said) == 1 and found.group("label")[0].isupper():
        return None  # "GLORIA: $242.30!", "Hammer: $472.60": a speaker's line or a heading's figure
    return " ".join(words)
