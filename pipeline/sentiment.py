"""The tone of news for stocks, read as a trader reads a headline: a pure function of the words.

A story's tone is a list of parts, each a few words read and what they count (+ good for stocks,
- bad), so the score shows its working (`ToneReading.parts`, the `show` view lists them):

- a move and its subject: "stocks tumble" is -2, but a rise of what hurts stocks (the VIX or
  volatility, yields and rates, inflation and consumer prices, oil, unemployment, fears, losses,
  tariffs ...) is bad and its fall good: "yields jump" -1, "cooler inflation" +1; a move of the
  dollar, gold or bitcoin counts nothing.
  The subject is the nearest known noun before the move in its clause ("oil prices surge"), else
  the noun after it ("soaring oil prices"); a clause without one ("..., its biggest jump") takes
  the last subject of the sentence. A move that acts on a noun ("hits markets", "stokes fears",
  "lifts stocks") is read on the noun after it first.
- intensity: tumble, sink, plunge, soar, surge, rout ... count 2, rise, fall, slip ... 1;
  "sharply", "biggest", "worst" ... add 1 to the part next to them.
- the Fed: rate cuts are easing (+1); "fewer cuts", "higher for longer", "rate hikes" are
  hawkish (-2/-1).
- analysts and results: upgrades, raised targets, "at Buy" +1, downgrades, lowered targets -1;
  "EPS $1.90 vs $2.12 est." reads the figures (EPS 2, other lines 1).
- tone words: optimism, relief, rebound (+1); fears, worries, selloff, war, recession (-1).
- negation flips a part: "did not rally", "no relief", "fails to break out". A clause after
  "despite" is not read (the headline says it did not count).

`news_sentiment` in pipeline/scoring.py turns the parts of the day's stories into the 0-100 score.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

INTENSE_UP = frozenset("soar soars soared soaring surge surges surged surging skyrocket skyrockets "
                       "skyrocketed rocket rockets rocketed spike spikes spiked spiking "
                       "zoom zooms zoomed".split())
INTENSE_DOWN = frozenset("plunge plunges plunged plunging plummet plummets plummeted plummeting tumble "
                         "tumbles tumbled tumbling sink sinks sank sunk sinking crash crashes crashed "
                         "crashing collapse collapses collapsed tank tanks tanked nosedive nosedives "
                         "nosedived slump slumps slumped".split())
UP = frozenset("rise rises rose risen rising jump jumps jumped jumping climb climbs climbed climbing gain "
               "gains gained gaining rally rallies rallied rallying advance advances advanced advancing "
               "higher highest increase increases increased grow grows grew growing rebound rebounds "
               "rebounded quicken quickens quickened accelerate accelerates accelerated strong stronger "
               "strongest hotter hot high highs leap leaps leaped leapt firmed double doubles doubled "
               "strengthen strengthens strengthened recover recovers recovered heats expands expanded "
               "widen widens widened up".split()) | INTENSE_UP
DOWN = frozenset("fall falls fell fallen falling drop drops dropped dropping slide slides slid sliding slip "
                 "lose loses lost losing shed sheds shedding lag lags lagged lagging trail trails trailed "
                 "slips slipped slipping dip dips dipped dipping decline declines declined declining lower "
                 "lowest retreat retreats retreated retreating ease eases eased easing sag sags sagged "
                 "slow slows slowed slowing slower cool cools cooled cooling cooler weak weaker weakest "
                 "weaken weakens weakened shrink shrinks shrank shrinking contract contracts contracted "
                 "low lows down subdued soft softer narrow narrows narrowed".split()) | INTENSE_DOWN
# Moves that act on the noun after them ("hits markets", "stokes fears", "curbs inflation").
ACTS_DOWN = frozenset("hit hits rattle rattles rattled rattling rock rocks rocked shake shakes shook "
                      "batter batters battered dent dents dented hurt hurts slam slams slammed "
                      "threaten threatens derail derails erase erases erased curb "
                      "curbs curbed dim dims dimmed dash dashes dashed trim trims trimmed "
                      "douse douses squeeze squeezes sap saps drag drags dragged".split())
ACTS_UP = frozenset("lift lifts lifted boost boosts boosted buoy buoys buoyed fuel fuels fueled fuelled "
                    "stoke stokes stoked spur spurs spurred revive revives revived".split())
INVERSE = frozenset("vix volatility yields yield rates rate inflation cpi ppi prices price oil crude brent "
                    "energy gas gasoline lng unemployment jobless claims layoffs "
                    "costs cost losses loss debt deficit tariffs tariff sanctions war conflict tensions "
                    "tension fears fear worries worry concerns concern risks jitters outflows defaults "
                    "spreads selloff rout uncertainty".split())
# Moves of these count for nothing: a strong dollar or a gold rally is not good or bad for stocks by itself.
NEUTRAL = frozenset("dollar dollars greenback yen euro sterling pound gold bitcoin crypto "
                    "cryptocurrency".split())
DIRECT = frozenset("stocks stock shares share equities equity index indexes indices market markets futures "
                   "s&p nasdaq dow russell caps earnings profit profits sales revenue revenues eps hiring "
                   "payrolls jobs growth economy spending demand confidence gdp bets hopes expectations "
                   "outlook forecast guidance valuation investors sentiment appetite inflows "
                   "benchmarks benchmark bourses tech chipmakers chips banks street".split())
PRICE_OF_ASSET = frozenset("stock share home house housing asset".split())
POSITIVE = frozenset("optimism optimistic bullish upbeat relief recovery outperform outperforms "
                     "outperformed beat beats upgrade upgrades upgraded buyback approval approves "
                     "approved best comfort breakout reassure reassures reassured cheer cheers cheered "
                     "resilient resilience boom booming dovish progress favorite".split())
NEGATIVE = frozenset("pessimism bearish gloomy gloom selloff rout correction recession downgrade downgrades "
                     "downgraded miss misses missed disappoint disappoints disappointed disappointing "
                     "warning warns warned cautious caution jitters turmoil panic crisis shock shocks war "
                     "conflict tensions fears fear worries worry concerns risks losses loss layoffs "
                     "bankruptcy default probe sues lawsuit fined slowdown disruption disruptions shortage "
                     "halt halts halted suspends suspended outflows brunt beating hawkish stagflation "
                     "underperform underperforms fail fails failed jeopardy bubble ruins challenging".split())
INTENSIFIERS = frozenset("sharply biggest heaviest steepest worst deepest dramatically sharpest "
                         "massive huge".split())
NEGATORS = frozenset("not no never without".split())
CLAUSE_WORDS = frozenset("as after but while amid since despite though although when".split())
HAWKISH_BEFORE_CUT = frozenset("fewer less slower smaller".split())
FED_WORDS = frozenset("fed fomc rate rates easing bets powell ecb boe boj central bank policy "
                      "basis point".split())
CUT_WORDS = frozenset("cut cuts reduction reductions".split())
WINDOW = 4
UP_DOWN_VERBS = frozenset("ticks ticked edges edged creeps crept moves moved goes went is was are were "
                          "ends ended closes closed finishes finished trades traded".split())
NOUN_LINKS = frozenset("cut cuts hike hikes supply".split())
MONETARY = frozenset("bets cycle policy path campaign expectations hopes".split())

def _phrases(*rows: tuple[str, int, str]) -> tuple[tuple[tuple[str, ...], int, str], ...]:
    return tuple((tuple(words.split()), points, why) for words, points, why in rows)


# Whole phrases read before single words: words, points, the reading.
PHRASES: tuple[tuple[tuple[str, ...], int, str], ...] = _phrases(
    ("higher for longer", -2, "rates held high: hawkish"),
    ("rate hike", -1, "a rate hike: tightening"),
    ("rate hikes", -1, "rate hikes: tightening"),
    ("raises price target", 1, "a higher price target"),
    ("raises pt", 1, "a higher price target"),
    ("raised price target", 1, "a higher price target"),
    ("lowers price target", -1, "a lower price target"),
    ("lowers pt", -1, "a lower price target"),
    ("reduces price target", -1, "a lower price target"),
    ("reduces pt", -1, "a lower price target"),
    ("cuts price target", -1, "a lower price target"),
    ("cuts pt", -1, "a lower price target"),
    ("lowers target", -1, "a lower price target"),
    ("raises target", 1, "a higher price target"),
    ("raises guidance", 1, "raised guidance"),
    ("raised guidance", 1, "raised guidance"),
    ("lowers guidance", -1, "lowered guidance"),
    ("cuts guidance", -1, "lowered guidance"),
    ("cuts forecast", -1, "a lowered forecast"),
    ("lowers forecast", -1, "a lowered forecast"),
    ("raises forecast", 1, "a raised forecast"),
    ("52 week highs", 1, "52-week highs"),
    ("52 week lows", -1, "52-week lows"),
    ("52 week high", 1, "a 52-week high"),
    ("52 week low", -1, "a 52-week low"),
    ("record high", 1, "a record high"),
    ("record highs", 1, "record highs"),
    ("all time high", 1, "an all-time high"),
    ("at records", 1, "closes at records"),
    ("at a record", 1, "closes at a record"),
    ("to a record", 1, "up to a record"),
    ("record low", -1, "a record low"),
    ("take a hit", -1, "a hit"),
    ("takes a hit", -1, "a hit"),
    ("take a beating", -2, "a beating"),
    ("takes a beating", -2, "a beating"),
    ("weigh on", -1, "weighs on"),
    ("weighs on", -1, "weighs on"),
    ("weighed on", -1, "weighs on"),
    ("give back", -1, "gives back gains"),
    ("gives back", -1, "gives back gains"),
    ("tripped up", -1, "tripped up"),
    ("short sellers", -1, "short sellers"),
    ("buying opportunity", 1, "a buying opportunity"),
    ("break out", 1, "a breakout"),
    ("sell off", -1, "a selloff"),
    ("better than expected", 1, "better than expected"),
    ("worse than expected", -1, "worse than expected"),
    ("safe haven", -1, "a flight to safety"),
    ("seek safety", -1, "a flight to safety"),
    ("price to pay", -1, "a price to pay"),
)

# An analyst's rating, read only in a clause that names a rating action ("upgrades ... to Buy").
RATINGS: tuple[tuple[tuple[str, ...], int, str], ...] = _phrases(
    ("at buy", 1, "a Buy rating"),
    ("to buy", 1, "a Buy rating"),
    ("maintains buy", 1, "a Buy rating"),
    ("at sell", -1, "a Sell rating"),
    ("to sell", -1, "a Sell rating"),
    ("maintains sell", -1, "a Sell rating"),
    ("to underweight", -1, "an Underweight rating"),
    ("to overweight", 1, "an Overweight rating"),
    ("at overweight", 1, "an Overweight rating"),
)
RATING_ACTIONS = frozenset("upgrade upgrades upgraded downgrade downgrades downgraded initiates initiated "
                           "maintains reiterates assumes rates coverage".split())
LEVEL_WORDS = frozenset("high highs highest low lows lowest".split())
REACHES = frozenset("a an new 52 record records high highs low lows".split())


@dataclass(frozen=True)
class TonePart:
    """Words read and what they count for stocks: + good, - bad."""

    words: str
    points: int
    why: str


@dataclass(frozen=True)
class ToneReading:
    parts: tuple[TonePart, ...]


@dataclass
class _Found:
    start: int
    end: int
    points: int
    why: str
    words: str


_VS_EST = re.compile(
    r"\b(?P<line>eps|earnings|sales|revenues?|rev)\b[^;,]*?\$?(?P<low>-?\d+(?:\.\d+)?)(?P<u1>[bmk])?"
    r"(?:\s*-\s*\$?(?P<high>-?\d+(?:\.\d+)?)(?P<u2>[bmk])?)?\s+vs\.?\s+(?:est\.?\s+)?\$?"
    r"(?P<est>-?\d+(?:\.\d+)?)(?P<u3>[bmk])?", re.I)


def tone_of(text: str) -> ToneReading:
    """The parts of one text's tone for stocks, in reading order."""
    parts: list[TonePart] = list(_estimates(text))
    for sentence in _sentences(text):
        carried: str | None = None
        for clause, ignored in _clauses(sentence):
            found, carried = _read_clause(clause, carried)
            if not ignored:
                parts += [TonePart(f.words, f.points, f.why) for f in found]
    return ToneReading(tuple(parts))


def _estimates(text: str) -> Iterable[TonePart]:
    """'EPS $1.90 vs $2.12 est' read as a miss: the figure against the estimate."""
    for match in _VS_EST.finditer(text):
        if "est" not in text[match.end(): match.end() + 8].lower() and "est" not in match.group(0).lower():
            continue
        low = _amount(match.group("low"), match.group("u1") or match.group("u2"))
        high = _amount(match.group("high"), match.group("u2")) if match.group("high") else low
        value, estimate = (low + high) / 2, _amount(match.group("est"), match.group("u3"))
        if value == estimate:
            continue
        weight = 2 if match.group("line").lower() in ("eps", "earnings") else 1
        sign = 1 if value > estimate else -1
        yield TonePart(match.group(0), sign * weight,
                       f"{match.group('line')} {'above' if sign > 0 else 'below'} the estimate")


def _amount(figure: str, unit: str | None) -> float:
    return float(figure) * {"b": 1e9, "m": 1e6, "k": 1e3}.get((unit or "").lower(), 1.0)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"'])|\n+", text) if s.strip()]


def _tokens(text: str) -> list[str]:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"n't\b", " not", text)
    text = re.sub(r"'s\b", "", text)
    text = text.replace("sell-off", "selloff")
    text = re.sub(r"\b(?:sits?|sat|sitting) out\b", "not join", text)  # "small caps sit out the rally"
    text = re.sub(r"(?<=[a-z0-9])-(?=[a-z0-9])", " ", text)
    return re.findall(r"[a-z0-9&.%$]+|[,;:!?()\"'\u201c\u201d\u2014\u2013]|(?<=\s)-(?=\s)", text)


def _clauses(sentence: str) -> list[tuple[list[str], bool]]:
    """Clauses of a sentence, and whether each is one not to read (after 'despite')."""
    clauses: list[tuple[list[str], bool]] = []
    current: list[str] = []
    ignored = False
    for token in _tokens(sentence):
        word = token.strip(".")
        if not word or not re.search(r"[a-z0-9&$%]", word) or word in CLAUSE_WORDS:
            if current:
                clauses.append((current, ignored))
            current = []
            ignored = word == "despite"
            continue
        current.append(word)
    if current:
        clauses.append((current, ignored))
    return clauses


def _read_clause(words: list[str], carried: str | None) -> tuple[list[_Found], str | None]:
    """The parts of one clause, and the subject kind it leaves for the next clause of the sentence."""
    taken = [False] * len(words)
    found: list[_Found] = []
    phrases = PHRASES + RATINGS if RATING_ACTIONS.intersection(words) else PHRASES
    for start in range(len(words)):
        for phrase, points, why in phrases:
            end = start + len(phrase)
            if tuple(words[start:end]) == phrase and not any(taken[start:end]):
                found.append(_Found(start, end, points, why, " ".join(phrase)))
                for i in range(start, end):
                    taken[i] = True
    found += _fed_cuts(words, taken)
    subject = next((_kind(words, j) for j in range(len(words) - 1, -1, -1) if _kind(words, j)), carried)
    for i in range(len(words)):
        if taken[i]:
            continue
        part = _move(words, i, carried, taken) or _tone_word(words, i)
        if part is not None:
            found.append(part)
            for j in range(part.start, part.end):
                taken[j] = True
    found = _drop_subjects_moved(found)
    _intensify(words, found)
    _negate(words, found)
    return sorted(found, key=lambda f: f.start), subject


def _fed_cuts(words: list[str], taken: list[bool]) -> list[_Found]:
    out = []
    fed_context = any(w in FED_WORDS for w in words)
    for i, word in enumerate(words):
        if word not in CUT_WORDS or taken[i] or not fed_context:
            continue
        before = words[max(0, i - 3): i]
        if words[i + 1: i + 2] in (["forecast"], ["guidance"], ["jobs"], ["dividend"], ["output"]):
            continue
        if any(w in HAWKISH_BEFORE_CUT for w in before):
            start = max(j for j in range(max(0, i - 3), i) if words[j] in HAWKISH_BEFORE_CUT)
            out.append(_Found(start, i + 1, -2, "fewer rate cuts: hawkish", " ".join(words[start: i + 1])))
        else:
            out.append(_Found(i, i + 1, 1, "a rate cut: easing", word))
        for j in range(out[-1].start, out[-1].end):
            taken[j] = True
    return out


def _kind(words: Sequence[str], i: int) -> str | None:
    """'inverse', 'direct' or 'neutral' for a known noun, None for any other word."""
    word = words[i]
    if word in ("price", "prices") and i > 0 and words[i - 1] in PRICE_OF_ASSET:
        return "direct"
    if word in ("index", "gauge") and i > 0 and words[i - 1] in ("volatility", "fear"):
        return "inverse"  # the volatility index, the fear gauge
    if word in NEUTRAL:
        return "neutral"
    if word in INVERSE:
        return "inverse"
    return "direct" if word in DIRECT else None


def _subject_at(words: Sequence[str], i: int) -> int | None:
    """The nearest known noun before `i` in the window."""
    return next((j for j in range(i - 1, max(-1, i - 1 - WINDOW), -1) if _kind(words, j)), None)


def _object_at(words: Sequence[str], i: int) -> int | None:
    """The head of the noun phrase right after `i`: the last known noun of its first run of nouns
    ("cooler inflation sends investors ..." is inflation, "rate-cut hopes" is hopes)."""
    head = None
    for j in range(i + 1, min(len(words), i + 1 + WINDOW)):
        if _kind(words, j):
            head = j
        elif head is not None and words[j] not in NOUN_LINKS:
            break
    return head


def _move(words: list[str], i: int, carried: str | None, taken: list[bool]) -> _Found | None:
    word = words[i]
    acts = word in ACTS_DOWN or word in ACTS_UP
    if not acts and word not in UP and word not in DOWN:
        return None
    if word == "easing" and words[i + 1: i + 2] and words[i + 1] in MONETARY:
        return None  # "easing bets": monetary easing, not a fall
    if word in ("up", "down") and not (i > 0 and (_kind(words, i - 1) or words[i - 1] in UP_DOWN_VERBS)
                                       or re.match(r"\d", words[i + 1] if i + 1 < len(words) else "")):
        return None  # "sets up", "lock in": only "yields up", "ticks up", "down 3%" are moves
    if word in LEVEL_WORDS and any(w in UP | DOWN for w in words[max(0, i - WINDOW - 1): i]):
        return None  # "rose to its highest": the level the move reached, counted once
    if acts and i + 1 < len(words) and (taken[i + 1] or words[i + 1] in REACHES):
        return None  # "hits a record", "hit 52-week highs": reaching a level, not hurting
    noun = _object_at(words, i) if acts else _subject_at(words, i)
    if noun is None and not acts:  # "soaring oil prices", else the clause's subject: "yields climb to a high"
        noun = _object_at(words, i)
        noun = noun if noun is not None else next((j for j in range(i - 1, -1, -1) if _kind(words, j)), None)
    kind = _kind(words, noun) if noun is not None else (None if acts else carried) or "direct"
    if kind == "neutral":
        return None
    direction = 1 if word in UP or word in ACTS_UP else -1
    weight = 2 if word in INTENSE_UP or word in INTENSE_DOWN else 1
    sign = direction if kind == "direct" else -direction
    what = ("a rise" if direction > 0 else "a fall") + (f" of {words[noun]}" if noun is not None else "")
    why = f"{what}: {'good' if sign > 0 else 'bad'} for stocks"
    span = words[min(i, noun): max(i, noun) + 1] if noun is not None else [word]
    return _Found(i, i + 1, sign * weight, why, " ".join(span))


def _tone_word(words: list[str], i: int) -> _Found | None:
    word = words[i]
    if word in POSITIVE:
        return _Found(i, i + 1, 1, f"'{word}': good for stocks", word)
    if word in NEGATIVE:
        return _Found(i, i + 1, -1, f"'{word}': bad for stocks", word)
    return None


def _drop_subjects_moved(found: list[_Found]) -> list[_Found]:
    """A bad noun that a move reads ('fears rise', 'tensions ease') counts once, through the move."""
    moves = [f for f in found if f.why.startswith(("a rise", "a fall"))]
    kept = []
    for part in found:
        nouns = part.why.startswith("'") and any(part.words in m.why.split(":")[0].split() for m in moves)
        if not nouns:
            kept.append(part)
    return kept


def _intensify(words: list[str], found: list[_Found]) -> None:
    for i, word in enumerate(words):
        if word not in INTENSIFIERS or not found:
            continue
        nearest = min(found, key=lambda f: min(abs(f.start - i), abs(f.end - 1 - i)))
        if min(abs(nearest.start - i), abs(nearest.end - 1 - i)) <= 3:
            nearest.points += 1 if nearest.points > 0 else -1
            nearest.why += f" ('{word}')"


def _negate(words: list[str], found: list[_Found]) -> None:
    for part in found:
        before = words[max(0, part.start - 3): part.start]
        if any(w in NEGATORS for w in before) or before[-2:] in (["fail", "to"], ["fails", "to"],
                                                                  ["failed", "to"]):
            part.points = -part.points
            part.why += " (negated)"
