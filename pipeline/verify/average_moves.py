"""A moving average's own move: "the 50-day is still rising, up about two percent in a month".

A % whose subject is a moving average (named as the subject of its clause, or "it" right after a
clause about one: "The 50-day average is rising; it has gained roughly 1.8% over the past twenty
sessions") is that average's change over the window the words give, not the instrument's move.
Over 20 or 21 sessions (a month, four weeks, twenty sessions) it is the snapshot's slope fact
(`trend.sma_50_slope_pct`, `trend.sma_200_slope_pct`); over a shorter window the closes held give
it when they cover the average and the window; otherwise, or with no window stated, it cannot be
checked (info), unless the size printed to the hundredth is the 20-session slope's own ("the 200-day
climbed 0.12%" of a -0.12% slope): that is the slope the writer read, and its verb must go its way.
"""

from __future__ import annotations

import re
from statistics import fmean
from typing import TYPE_CHECKING

from ..contracts import Finding, Snapshot
from ..facts import Fact
from .codes import finding
from .lookahead import leading
from .numbers import same_at_precision

if TYPE_CHECKING:
    from .claims import Claim

_AVERAGE = leading(re.compile(
    r"\b(?:(?P<n>20|50|100|200)(?:-day|-DMA| DMA|-session|d)(?:\s+(?:simple|exponential))?"
                      r"(?:\s+moving)?(?:\s+(?:average|MA|SMA|line))?|(?:SMA|MA)\s?(?P<m>20|50|100|200)|"
                      r"(?P<side>shorter|longer)(?:\s+moving)?\s+(?:average|line)|"
                      r"(?:that|this)\s+(?P<back>average|line))\b",
                      re.IGNORECASE))
"""An average's name; "the shorter line" and "the longer average" are the 50-day and the 200-day of the
pair the slopes are told for; "that average" is the one named before it ("above its 50-day average of
$612.70, and that average is climbing, up nearly 1.8%")."""
_PAIR = {"shorter": 50, "longer": 200}
_AS_OBJECT = re.compile(r"\b(?:above|below|over|under|beneath|off|from|than|to|at|near|vs\.?|versus|of|for|"
                        r"cross(?:ed|es|ing)?|reclaim(?:ed|s|ing)?|test(?:ed|s|ing)?|broke|break(?:s|ing)?|"
                        r"through|and|with|on|into|towards?|hold(?:s|ing)?|held|lost|losing|regain(?:ed|s|ing)?|"
                        r"like|as)\s+(?:(?:the|its|their|a|an)\s+)?(?:\S+['\u2019]s\s+)?$",
                        re.IGNORECASE)
"""Words before an average that make it the object of a clause ("above its 50-day"), not its subject."""
_NEW_CLAUSE = re.compile(r"(?:[,;]|^)\s*and\s+(?:(?:the|its)\s+)?$", re.IGNORECASE)
"""', and the 50-day has kept falling': a new clause with the average as its subject, not "between the
50-day and the 200-day"; so is a sentence opening on 'And the 50-day has been rising'."""
_ASIDE = re.compile(r"\([^()]*\)|,\s*(?:at|near|around)?\s*\$?\d[\d,]*(?:\.\d+)?\s*,|"
                    r"^\s+at\s+\$?\d[\d,]*(?:\.\d+)?(?=\s+[a-z])")
"""The average's value beside its name: "the 50-day ($680.43)", "the 200-day, at $230.77,"."""
_WHICH = re.compile(r"^\s*(?:,?\s*which|that)\b", re.IGNORECASE)
"""An average named as an object, then what it did in a relative clause ("0.38% below its 50-day average
($246.21), which has edged up about 0.4%"): the clause's subject is the average."""
_SECOND_PREDICATE = re.compile(r"\band\s+(?=(?:has|have|had|is|was|it)\b)", re.IGNORECASE)
"""A second predicate of the average as subject, after a first with no figure ("the 50-day at $614.02
sits under the price and has risen about 1.5%"): no other subject stands between "and" and its verb."""
_NOUN_AFTER = re.compile(r"^\s+(?:lane|ribbon|curve|track|gauge|reading|piece)\b"
                         r"(?=\s+(?:is|are|has|have|was|were|had|"
                         r"keeps|kept|continues|still)\b)", re.IGNORECASE)
"""A noun the writer puts after the average's name ("the 50-day lane has climbed", "the 200-day ribbon is
still rising"): the average itself."""
_SLOPE_LABEL = re.compile(r"\bslopes?\b"
                          r"(?P<window>\s*(?:\(|,|over|in|across)?\s*\d{1,2}\s+(?:sessions?|days?)\)?)?"
                          r"(?:[^.;%]|(?<=\d)%|\.(?=\d)){0,50}$", re.IGNORECASE)
"""A list of the averages' slopes under a label ("SLOPES (20 sessions): 50d +2.5%, 200d +0.5%")."""
_VERBS = (
    "gain", "add", "rise:rose:risen", "climb", "lose:lost:lost", "fall:fell:fallen", "drop", "slip",
    "decline", "shed:shed:shed", "edge", "inch", "increase", "decrease", "advance", "sink:sank:sunk", "slope",
    "trend", "point", "turn", "drift", "roll", "ease", "sag", "slide:slid:slid", "move", "dip", "soften",
    "creep:crept:crept", "tilt", "head", "curl", "descend", "ascend", "tick", "flatten", "slump", "firm",
    "steepen", "weaken",
    "recover", "rebound", "bend:bent:bent", "dive", "plunge", "tumble", "drag", "crawl", "glide",
    "swing:swung:swung", "budge",
)
"""Verbs of an average's move, each with its irregular past and participle when it has them."""


def _forms(verb: str) -> tuple[str, ...]:
    """A verb's forms: "slip" gives slip, slips, slipped, slipping; "rise:rose:risen" gives rise, rises,
    rose, risen, rising."""
    base, *irregular = verb.split(":")
    stem = base[:-1] if base.endswith("e") and not base.endswith("ee") else base
    doubled = base + base[-1] if len(base) <= 4 and base[-1] in "pgbtd" and base[-2] in "aeiou" \
        and base[-3] not in "aeiou" else base
    third = base + "es" if base.endswith(("sh", "ch", "s", "x")) else base + "s"
    past = irregular or [(stem if stem != base else doubled) + "ed" if not base.endswith("e") else base + "d"]
    return (base, third, *past, (doubled if doubled != base else stem) + "ing")


_MOVES = frozenset((*(form for verb in _VERBS for form in _forms(verb)),
                    "up", "down", "off", "higher", "lower", "flat", "flattish", "descending", "ascending"))
_GLUE = frozenset((
    "is", "are", "has", "have", "was", "were", "had", "been", "s", "still", "also", "now", "steadily",
    "itself", "quietly", "slowly", "gently", "it", "which", "and", "having", "by", "about", "roughly",
    "nearly", "almost", "some", "around", "approximately", "just", "only", "a", "an", "another", "further",
    "more", "than", "over", "already", "too", "so", "far", "lately", "recently", "barely", "over", "on",
    "average", "line", "keeps", "keep", "kept", "continues", "continue", "continued", "to", "firmly",
    "solidly", "modestly", "sharply", "hard", "fast", "gradually", "all", "along", "autumn", "summer",
    "spring", "winter", "month", "year", "week", "alone", "steeply", "rapidly", "quickly", "strongly",
    "clearly", "practically", "honestly", "itself", "been", "being", "slightly", "started", "starting",
    "begun", "began", "starts", "begins", "beginning", "essentially", "virtually", "the", "last", "past",
    "that", "mere", "better", "less", "little", "hardly", "scarcely", "mildly", "softly", "marginally"))
_TOKEN = re.compile(r"[A-Za-z]+|[;,:\u2014]|\S")
_PRONOUN = frozenset(("it", "which", "that"))
_SHARED_MOVE = re.compile(r"\baverages\b[^.;]{0,40}?\b(?:" + "|".join(sorted(_MOVES - {"up", "down"})) +
                          r")\s*[,:]\s*(?:(?:[^.;:]|\.(?=\d)){0,80}?(?:,\s*(?:and\s+)?|\s+and\s+))?(?:the\s+|its\s+)?$",
                          re.IGNORECASE)
"""Both averages' move named before one of them with its own size ("Both averages are falling, the
50-day by about 9.4%", "Both averages are rising: the 50-day about 2.5%"), also the second of a list
after it ("... rising: the 50-day about 2.5% in 20 sessions, the 200-day about 0.5%"): that average's
move; the second joined by "and" alone too ("the 50-day by about 2.0% and the 200-day by about 1.2%")."""
_AVERAGES_TOLD = re.compile(r"\baverages\b[^.;%\d]{0,40}?\b(?:" + "|".join(sorted(_MOVES)) +
                            r")\b[^.;%\d]{0,20}?[(:,\u2014]\s*$", re.IGNORECASE)
"""Both averages' move told before a shorthand list of their sizes ("Both averages basically flat though
(50d -0.08% over 20 sessions, 200d -0.09%)"): each size is its average's move."""
_SHARED_SIZE = frozenset(("by", "about", "roughly", "around", "nearly", "almost", "some", "approximately"))

_WINDOW = re.compile(r"^\W*(?:(?:lower|higher|down|up)\s+)?(?:(?:over|in|across|during|for)\s+)?"
                     r"(?:the\s+|a\s+|this\s+)?"
                     r"(?:(?:past|last|prior)\s+)?"
                     r"(?:(?P<count>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"fifteen|twenty|thirty)\s+)?(?:trading\s+)?(?P<unit>sessions?|days?|weeks?|months?)\b",
                     re.IGNORECASE)
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30}
_PER_UNIT = {"session": 1, "day": 1, "week": 5, "month": 21}
_SLOPE_SESSIONS = (20, 21)
"""Windows the snapshot's 20-session slope answers (a month of sessions is 20 to 21)."""


def average_of(before: str) -> int | None:
    """The days of the moving average a figure's clause is about, when the average is its subject:
    named before it with only a verb of moving (and adverbs, its value, "it" after a clause break)
    between ("the 50-day is still rising, up about", "The 50-day average is rising; it has gained
    roughly"), or named as the sentence's subject when "it" opens the figure's clause after a clause
    about it ("The 50-day is under the 200-day, and it has been sliding, down about")."""
    if "20" not in before and "50" not in before and "100" not in before and "er " not in before:
        return None  # every average _AVERAGE reads: a 20, 50, 100 or 200 ("200" holds "20"), or "shorter ..."
    found = list(_AVERAGE.finditer(before))
    if not found:
        return None
    average = found[-1]
    ahead = before[max(0, average.start() - 40):average.start()]
    between = _ASIDE.sub(" ", before[average.end():])
    opening = before[:average.start()]
    if _AS_OBJECT.search(ahead) and not _NEW_CLAUSE.search(ahead) and not _WHICH.match(between) \
            and not _follows_average_move(opening):
        return _opening_subject(before, found[0])
    if _GAPPED.fullmatch(between) and _follows_average_move(opening):
        return _days(average) or None  # "the 50-day gained 2.04% over twenty sessions and the 200-day 1.17%"
    told = _tells_move(before, average.start(), _FLAT_AT.sub(r"\1", between))
    return (_days(average) or None) if told else None


_AFTER_MOVE = re.compile(r"(?P<figure>[+\-\u2212]?\d[\d,]*(?:\.\d+)?%)"
                         r"(?:\s+(?:higher|lower|up|down))?"
                         r"(?:\s+(?:over|in|across|during|for|this)\s+[^,;%\d]{0,30}?(?:\d{1,2}\s+)?[^,;%\d]{0,20}?)?"
                         r"\s*(?:[,;]\s*(?:and\s+|while\s+)?|\s+(?:and|while)\s+)(?:(?:the|its)\s+|(?<=,\s))$",
                         re.IGNORECASE)
"""A clause that told an average's move, then the next clause opening on another average ("The 50-day rose
0.38% in twenty sessions and the 200-day", "...; the 200-day", "climbed 2.49% this month, the 200-day"): that
average is the new clause's subject."""
_GAPPED = re.compile(r"\s*(?:(?:piece|line|lane|average|MA|SMA)\s+)?"
                     r"(?:(?:by|about|roughly|nearly|almost|some|around|just)\s+)?", re.IGNORECASE)
"""Nothing between the second average and its figure but its noun and a size word: the first clause's
verb is understood ("and the 200-day 1.17%", ", the 200-day piece 0.23%")."""
_FLAT_AT = re.compile(r"\b(?:close\s+to\s+|near(?:ly)?\s+)?(flat(?:tish)?)(?:\s+at\b)?", re.IGNORECASE)
"""'the 200-day was flat at +0.21%', 'has been close to flat (+0.13%)': the figure is the flat average's
move."""


def _follows_average_move(ahead: str) -> bool:
    """The words before an average end a clause whose figure was another average's move."""
    if not ahead.endswith(("the ", "its ", "The ", "Its ", ", ")):
        return False  # ", 200d -0.09%": a shorthand list names the next average with no article
    told = _AFTER_MOVE.search(ahead[-120:])
    if told is None:
        return False
    opening = ahead[:len(ahead) - len(ahead[-120:]) + told.start()]
    return average_of(opening) is not None


def _days(average: re.Match[str]) -> int:
    if average.group("back"):  # "that average": the one named before it in the sentence
        named = [m for m in _AVERAGE.finditer(average.string, 0, average.start()) if not m.group("back")]
        return _days(named[-1]) if named else 0
    side = average.group("side")
    return _PAIR[side.lower()] if side else int(average.group("n") or average.group("m"))


def _tells_move(before: str, start: int, between: str) -> bool:
    """The words between an average named at `start` and the figure tell only its move."""
    second = list(_SECOND_PREDICATE.finditer(between))
    if second and not any(ch.isdigit() or ch == "%" for ch in between[:second[-1].start()]) \
            and len(between) <= 120:
        between = between[second[-1].start():]  # "the 50-day sits under the price and has risen"
    between = _NOUN_AFTER.sub(" ", between, count=1)  # "the 50-day lane has climbed"
    between, aside = _MOVE_ASIDE.subn(r"\g<move>", between, count=1)  # "keeps falling like a stone,"
    if len(between) > 70:
        return False
    tokens = [t.lower() for t in _TOKEN.findall(between) if t not in "'\u2019"]  # "it's up": "it", "s"
    words = [t for t in tokens if t.isalpha()]
    moving = any(w in _MOVES for w in words) \
        or bool(words) and words[0] in _SHARED_SIZE \
        and _SHARED_MOVE.search(before, 0, start) is not None \
        or not words and (_SLOPE_LABEL.search(before, max(0, start - 40), start) is not None
                          or _AVERAGES_TOLD.search(before, max(0, start - 60), start) is not None)
    if not moving or not all(w in _MOVES or w in _GLUE for w in words):
        return False
    if any(not t.isalpha() and t not in ";,:(\u2014" for t in tokens):
        return False  # another figure or a sign between ("the 50-day keeps rising (about 1.5%": its aside)
    for n, token in enumerate(tokens):
        if token in _PRONOUN and (aside or n and tokens[n - 1] not in ";,:\u2014"):
            return False  # "it" opens a clause on the average, "that" follows its name; not after an aside
    return True


_MOVE_ASIDE = re.compile(r"\b(?P<move>" + "|".join(sorted(_MOVES - {"up", "down", "higher", "lower", "flat"}))
                         +
                         r")\s+(?:like|under|beneath|with|toward|towards|against|along)\s+"
                         r"(?:[a-z]+\s+){0,2}[a-z]+(?=\s*[,:;(\u2014])")
"""A simile or a place after the average's move word, before the clause break that leads to its size
("keeps falling like a stone, down", "keeps rising under the price: up about"); lower-case words only,
so no instrument's name is passed over."""
_IT_CLAUSE = re.compile(r"(?:,\s*(?:and|but|so)|;|\u2014)\s+(?=it\b)", re.IGNORECASE)
_SENTENCE_OPENING = re.compile(r"\W*(?:(?:and|but|so|meanwhile)\s+)?(?:(?:the|its|[A-Z]{2,5}['\u2019]s)\s+)?",
                               re.IGNORECASE)
_OTHER_SUBJECT = re.compile(r"\b[A-Z]{2,}\b|\b(?:fund|funds|index|ETF|price|prices|stock|shares|market|"
                            r"Dow|Nasdaq|Russell|S&P|it|they|we|you|I)\b")
"""Another thing a later "it" could stand for: a ticker, the instrument's nouns, another pronoun."""


def _opening_subject(before: str, first: re.Match[str]) -> int | None:
    """The average the sentence opens with, when "it" opens the figure's clause after a clause about
    the average that names no other thing "it" could stand for ("The 50-day is still under the 200-day,
    a death cross since April 8, and it has been sliding (down about")."""
    if not _SENTENCE_OPENING.fullmatch(before[:first.start()]):
        return None
    clauses = list(_IT_CLAUSE.finditer(before, first.end()))
    if not clauses or _OTHER_SUBJECT.search(before, first.end(), clauses[-1].start()):
        return None
    rest = before[clauses[-1].end():]
    return (_days(first) or None) if _tells_move(before, first.start(), rest) else None


def window_of(after: str) -> int | None:
    """The sessions the words right after the figure give its change ("over the past twenty
    sessions", "in a month", "this week")."""
    match = _WINDOW.match(after[:60])
    if match is None:
        return 5 if re.match(r"^\W*(?:this|on the|over the|for the) week\b", after, re.IGNORECASE) else None
    count = match.group("count")
    unit = match.group("unit").lower().rstrip("s")
    named = re.search(r"\b(?:a|the|this|past|last|prior)\s+(?:trading\s+)?" + unit, match.group(0),
                      re.IGNORECASE)
    if count is None and not named:
        return None
    number = 1 if count is None else int(count) if count.isdigit() else _COUNTS[count.lower()]
    return number * _PER_UNIT[unit]


_WINDOW_BETWEEN = re.compile(r"\b(?:(?:over|in|across|during|for)\s+(?:the\s+|a\s+)?|this\s+)"
                             r"(?:(?:past|last|prior)\s+)?"
                             r"(?:(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                             r"fifteen|twenty|thirty)\s+)?(?:trading\s+)?(?:sessions?|days?|weeks?|months?)\b",
                             re.IGNORECASE)


def window_between(before: str) -> int | None:
    """The window told between the average's name and its figure ("The 50-day has barely moved over
    the last month, up about 0.4%"), or in the slopes' label before it ("SLOPES (20 sessions): 50d
    +2.5%"), when none follows the figure; else one opening the average's clause
    ("over the last twenty sessions the 50-day has dropped more than 9%")."""
    found = list(_AVERAGE.finditer(before))
    if not found:
        return None
    windows = list(_WINDOW_BETWEEN.finditer(before, found[-1].end()))
    if windows:
        return window_of(windows[-1].group(0))
    opening = list(_WINDOW_BETWEEN.finditer(before, 0, found[-1].start()))
    if opening and _OPENED_CLAUSE.fullmatch(before[opening[-1].end():found[-1].start()]):
        return window_of(opening[-1].group(0))
    if opening and not before[:opening[0].start()].strip(" *_#") \
            and _OPENED_CLAUSE.fullmatch(before[opening[0].end():found[0].start()]):
        return window_of(opening[0].group(0))  # "Over the last twenty sessions the 50-day average has
        # risen about 1.8% while the 200-day has been close to flat (+0.13%)": the sentence's window
    label = _SLOPE_LABEL.search(before, max(0, found[-1].start() - 60), found[-1].start())
    window = label.group("window") if label else None
    return window_of(window.strip(" (),").removeprefix("over").removeprefix("in").removeprefix("across")) \
        if window else None


_SAME_WINDOW = re.compile(r"^\W*(?:over|in|across|during|for)\s+the\s+same\s+"
                          r"(?:stretch|period|span|window|sessions|days|time|months?|weeks?)\b",
                          re.IGNORECASE)


def same_window(before: str, after: str) -> int | None:
    """"over the same stretch" after the figure: the window the sentence told last before it ("The
    50-day has climbed about 1.8% over the past twenty sessions, while the 200-day is up a mere 0.13% over
    the same stretch")."""
    if not _SAME_WINDOW.match(after):
        return None
    windows = list(_WINDOW_BETWEEN.finditer(before))
    return window_of(windows[-1].group(0)) if windows else None


_OPENED_CLAUSE = re.compile(r",?\s+(?:(?:and|while)\s+)?(?:the|its)\s+", re.IGNORECASE)
"""Between a window and the average its clause opens with: "over the last twenty sessions, the 50-day"; or
the window of the clause before, told once for both averages ("in twenty sessions and the 200-day"; not
across a semicolon, where the next clause may be another instrument's)."""


def average_change(s: Snapshot, days: int, window: int) -> Fact | None:
    """The average's % change over `window` sessions: the slope fact over 20-21 sessions, else from
    the closes held when they cover it."""
    name = f"sma_{days}_change_{window}_sessions_pct"
    if window in _SLOPE_SESSIONS:
        slope = {50: s.trend.sma_50_slope_pct, 200: s.trend.sma_200_slope_pct}.get(days)
        return None if slope is None else Fact(name, slope, "pct", 2, source=f"trend.sma_{days}_slope_pct")
    closes = s.recent_closes
    if window < 1 or len(closes) < days + window:
        return None
    now, then = fmean(closes[-days:]), fmean(closes[-days - window:-window])
    if not then:
        return None
    return Fact(name, (now / then - 1) * 100, "pct", 2, source=f"recent_closes (the {days}-day mean now and "
                f"{window} sessions earlier)")


_AT_MOST = re.compile(r"\b(?:less than|under|at most|no more than)\s*$", re.IGNORECASE)
_AT_LEAST = re.compile(r"\b(?:more than|better than|over|at least|upwards of)\s*$", re.IGNORECASE)


def _within_bound(value: float, printed: float, before: str) -> bool:
    """A size the words bound ("by less than one tenth of one percent", "down more than 5%") that the
    average's change keeps to."""
    words = before[-24:]
    return bool(_AT_MOST.search(words)) and abs(value) <= printed \
        or bool(_AT_LEAST.search(words)) and abs(value) >= printed


def check_average_move(claim: Claim, s: Snapshot) -> list[Finding]:
    """A % move of a moving average against that average's change over the stated window."""
    days = claim.average
    after, before = claim.sentence[claim.number.end:], claim.sentence[:claim.number.start]
    window = window_of(after) or window_between(before) or same_window(before, after)
    assert days is not None
    window = _SLOPE_SESSIONS[0] if window in _SLOPE_SESSIONS else window  # the slope's own window
    what = f"{s.symbol}'s {days}-day average"
    fact = average_change(s, days, window) if window is not None else None
    if window is None and claim.number.decimals >= 2:  # no window told: the slope's when the size is its own
        slope = average_change(s, days, _SLOPE_SESSIONS[0])
        if slope is not None and same_at_precision(float(slope.value), claim.number):  # type: ignore[arg-type]
            fact, window = slope, _SLOPE_SESSIONS[0]
    if fact is None:
        why = "no window is stated" if window is None else f"no change over {window} sessions is computed"
        return [finding("figure-unverifiable", f"{claim.span} is {what}'s change, and {why}",
                        section=claim.section, span=claim.span, source="snapshot.trend")]
    value = float(fact.value)  # type: ignore[arg-type]
    if not same_at_precision(value, claim.number) and not _within_bound(value, claim.number.value, before):
        return [finding("value-mismatch", f"{claim.span} is not {what}'s change over {window} sessions",
                        section=claim.section, span=claim.span, expected=f"{value:+.2f}%",
                        source=f"{s.symbol}: {fact.source}")]
    sign = claim.direction or claim.number.sign
    if sign and round(value, 2) and (value > 0) != (sign > 0):
        return [finding("direction-mismatch", f"{claim.span}: {what} {'fell' if value < 0 else 'rose'} "
                        f"over {window} sessions", section=claim.section, span=claim.span,
                        expected=f"{value:+.2f}%", source=f"{s.symbol}: {fact.source}")]
    return []
