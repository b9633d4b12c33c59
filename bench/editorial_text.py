"""Reading articles as an editor compares them: masked sentences, headline frames, headline angles.

A masked sentence has its numbers, dates and instrument names replaced by
placeholders, so "SPY rose 1.10% to $688.00 on Friday" and "QQQ rose 1.90% to
$626.40 on Friday" are the same sentence: the template with the numbers swapped.
A headline's frame is its masked form. A headline's angles are the kinds of
story its words tell (a record, a big move, a range break, a quiet range ...),
read from its words alone, independently of how the writer chose it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.config import Settings
from pipeline.contracts import Article

_SENTENCE_END = re.compile(r"(?<=[.!?\u201d])\s+(?=[A-Z\u201c\"(])")
_NUMBER = re.compile(r"[-+\u2212]?[$]?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|pp|bp|[MBK]\b))?")
_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\b")
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_QUOTED = re.compile(r"\u201c[^\u201d]*\u201d")


def name_terms(settings: Settings) -> list[str]:
    """Every name an article may call an instrument by, longest first."""
    terms: set[str] = set()
    for inst in settings.instruments:
        terms.update(t for t in (inst.symbol, inst.name, inst.short_name or "", inst.display_name,
                                 *inst.aliases) if t)
        terms.add(inst.symbol.lstrip("^"))
    return sorted(terms, key=len, reverse=True)


def name_pattern(settings: Settings) -> re.Pattern[str]:
    parts = [re.escape(t) for t in name_terms(settings)]
    return re.compile(r"(?<![\w^])\^?(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def mask(text: str, names: re.Pattern[str]) -> str:
    """Names -> N, quoted headlines -> Q, dates -> D, numbers -> #; lower case, spaces collapsed."""
    text = _QUOTED.sub("Q", text)
    text = names.sub("N", text)
    text = _WEEKDAY.sub("D", _MONTH.sub("D", text))
    text = _NUMBER.sub("#", text)
    return " ".join(text.lower().split())


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def article_sentences(article: Article) -> list[str]:
    """The prose a reader reads: headline, dek, analysis, cross-market, scenarios, take."""
    parts = [article.headline, article.dek, *article.analysis, article.cross_market,
             *article.bull_case, *article.bear_case, article.take]
    return [s for part in parts for s in sentences(part)]


def masked_set(article: Article, names: re.Pattern[str]) -> set[str]:
    return {mask(s, names) for s in article_sentences(article)}


RUN_WORDS = 8
"""A run of this many masked words in a row, found in two same-day articles, is one shared clause
(names, numbers and dates masked, so 'the 10-year Treasury yield fell # bp to # and the dollar
index (DXY) eased # to #' inside two differently opened sentences counts)."""


def word_runs(sentence: str, size: int = RUN_WORDS) -> set[tuple[str, ...]]:
    """Every run of `size` consecutive words of a masked sentence (none when it is shorter)."""
    words = sentence.split()
    return {tuple(words[n:n + size]) for n in range(len(words) - size + 1)}


def shared_run_share(groups: Iterable[list[set[str]]]) -> tuple[int, int]:
    """(sentences holding a RUN_WORDS-word run that another article of their group also holds,
    sentences), over all groups: the sentence skeletons shared_share misses when only the sentence's
    opening words differ."""
    shared = total = 0
    for group in groups:
        runs = [[word_runs(s) for s in own] for own in group]
        for i, own in enumerate(runs):
            others = set().union(*(r for j, rs in enumerate(runs) if j != i for r in rs))
            shared += sum(bool(r & others) for r in own)
            total += len(own)
    return shared, total


def shared_share(groups: Iterable[list[set[str]]]) -> tuple[int, int]:
    """(sentences found in two or more articles of their group, sentences), over all groups."""
    shared = total = 0
    for group in groups:
        for i, own in enumerate(group):
            others = set().union(*(g for j, g in enumerate(group) if j != i))
            shared += len(own & others)
            total += len(own)
    return shared, total


def recurring_share(pairs: Iterable[tuple[set[str], set[str]]]) -> tuple[int, int]:
    """(sentences of the later article also in the earlier one, sentences of the later), summed."""
    shared = total = 0
    for earlier, later in pairs:
        shared += len(later & earlier)
        total += len(later)
    return shared, total


# The angle words: the kind of story a headline tells, from its words alone.
ANGLE_WORDS: dict[str, tuple[str, ...]] = {
    "high": ("record", "all-time", "fresh high", "new high", "52-week high", "high$", "highs$", "peak",
             "summit"),
    "low": ("52-week low", "new low", "fresh low", "low$", "lows$", "trough"),
    "move": ("rall", "surge", "jump", "soar", "climb", "rise", "rises", "gain", "rebound", "bounce",
             "tumble", "slide", "slid", "drop", "fall", "plunge", "sink", "slump", "sell-off",
             "selloff", "shed", "lose", "loses", "retreat", "skid", "rip", "roar", "pop", "spike",
             "sink", "rout", "crash", "leap", "lurch", "swing", "reversal", "reverses", "bid"),
    "volume": ("volume", "turnover", "heavy trad", "busiest", "crowd"),
    "range-break": ("breakout", "breaks out", "break out", "breaks above", "breaks below",
                    "breakdown", "breaks down", "escape", "clears", "pierce", "out of its range",
                    "out of the range", "through", "broken", "range behind", "out of the box",
                    "recent lows", "recent highs", "past month",
                    r"re:\bbreak\w*\s+(?:above|below|out|down)\b"),
    "quiet": ("range", "coil", "boxed", "stall", "idle", "nowhere", "crossroads", "drift", "flat",
              "pause", "wait", "quiet", "steady", "tread", "stuck", "sideways", "calm", "stalemate",
              "low-key", "ordinary", "standout", "marks time"),
    "divergence": ("lead", "lag", "outpace", "trail", "outrun", "diverge", "pull away", "pulls away",
                   "left behind", "beat", "while", "outperform", "underperform", "apart", "alone",
                   "better than", "part ways", "split", "ahead of", "behind"),
    "vix": ("vix", "fear", "volatility"),
    "streak": ("streak", "straight", "in a row", "losing run", "winning run", "again", "run of"),
    "gap": ("gap", "at the open"),
    "cross": ("50-day", "200-day", "golden cross", "death cross", "crosses", "retake"),
    "event": ("countdown", "waits on", "wait on", "all eyes", "fomc", "cpi", "fed", "rate decision",
              "payrolls", "jobs report"),
}


def _word(word: str) -> str:
    """'high$' matches the word only, 're:...' is a regex; any other entry a word starting with it
    (up to 4 more letters)."""
    if word.startswith("re:"):
        return word[3:]
    if word.endswith("$"):
        return r"\b" + re.escape(word[:-1]) + r"\b"
    return r"\b" + re.escape(word) + r"[a-z]{0,4}\b"


_ANGLE_PATTERNS = {angle: re.compile("|".join(_word(w) for w in words))
                   for angle, words in ANGLE_WORDS.items()}


def headline_angles(headline: str) -> set[str]:
    """The angles a headline's words tell; {} for a headline naming only a mood ('Buyers Keep Control')."""
    text = headline.lower()
    return {angle for angle, pattern in _ANGLE_PATTERNS.items() if pattern.search(text)}


def angle_positions(headline: str) -> dict[str, int]:
    """Where each angle's first word starts in the headline (angles it does not tell are absent)."""
    text = headline.lower()
    found = {angle: pattern.search(text) for angle, pattern in _ANGLE_PATTERNS.items()}
    return {angle: match.start() for angle, match in found.items() if match is not None}
