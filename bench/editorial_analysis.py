"""Does the analysis read the day or list it, and do one day's articles differ in what they lead with?

Three figures over the analysis sections (pure: cases in, numbers out):
- indicator_sentences_without_reading: sentences naming RSI, MACD or the ATR that read the figure
  against nothing: no other indicator, no word of the session's move and no consequence ("so",
  "yet", "still", "room", "confirm" ...). "RSI(14) sits at 55.0, which reads as the
  neutral-to-positive zone." is one; "MACD has yet to follow the gain, still below its signal" is not.
- same_day_paragraph_order: the share of same-day article pairs whose analysis paragraphs after the
  opening one take up the same topics in the same order (each paragraph's topic read from its first
  sentence: news, relative race, range, averages, record, momentum, VIX, options, calendar).
- same_day_stock_phrases: masked STOCK_WORDS-word runs of the analysis printed by every article of a
  session, per session: the stock phrase ("a negative read on momentum") an editor reading one
  day's articles one after another would strike.
- sentence_phrase_repeats: analysis sentences (quotations aside) that say one phrase twice: two
  content words in a row ("under its record close of $629.76 ..., the record close is within
  reach"), or a three-word phrase (writers.phrases.repeated_phrases: "set for Dec 9 ..., set for Dec 10").
- same_day_news_beat_order: the share of same-day article pairs (both with a news paragraph) whose
  news paragraphs tell their beats (calendar, VIX, a story's line, the rates reading, a frame) in the
  same order; same_day_news_vix_all: sessions on which every article's news paragraph reads the VIX.
- equal_figures_side_by_side: analysis sentences printing a percentage the sentence before prints
  too (the month's -0.97% before the record's 0.97% away).
- openers_back_to_back: sentences of a paragraph that open on the word the one before opened on
  ("Small caps rose ... Small caps (IWM) edged up"; articles aside), or on "So" after a sentence
  that ends on ", so ...".
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from itertools import combinations

from editorial_cases import Case
from editorial_text import mask, sentences, word_runs

from pipeline.config import Settings
from pipeline.writers.phrases import _FILLER as PHRASE_FILLER
from pipeline.writers.phrases import phrase_words, repeated_phrases

_INDICATORS = re.compile(r"\bRSI\b|\bMACD\b|\bATR\b|average true range", re.IGNORECASE)
_READS = re.compile(
    r"\b(?:so|yet|still|but|though|while|backs?|backed|confirm\w*|room|stretched|pause|follow\w*|"
    r"catch\w*|agrees?|against the day|gain|drop|rise|fall|move|buying|selling|big day|large day|"
    r"ordinary|quiet|large|small|routine|outsized|registered|ceiling|floor|session's|day's|"
    r"[A-Z][a-z]+day's)\b", re.IGNORECASE)


def reads_nothing(sentence: str) -> bool:
    """An indicator sentence that states its figure alone: one indicator named, nothing read
    against it (another indicator, the session's move, a consequence)."""
    named = {m.group(0).upper() for m in _INDICATORS.finditer(sentence)}
    return len(named) == 1 and _READS.search(sentence) is None


_TOPICS = (  # first match wins: the words a paragraph's first sentence opens its topic with
    ("news", re.compile(r"\[\d+\]")),
    ("relative", re.compile(r"\b(?:lagged|beaten|outperform\w*|underperform\w*|in a row|one-month|over "
                            r"the (?:past )?month|a month|on the month)\b", re.IGNORECASE)),
    ("options", re.compile(r"\bmax pain\b|\bopen interest\b", re.IGNORECASE)),
    ("vix", re.compile(r"\bVIX\b")),
    ("momentum", _INDICATORS),
    ("record", re.compile(r"\brecord\b|\b52-week\b", re.IGNORECASE)),
    ("range", re.compile(r"\brange\b|\bband\b|\bboxed\b", re.IGNORECASE)),
    ("averages", re.compile(r"\b(?:50|200)-day\b|\baverages?\b|\bcross\b", re.IGNORECASE)),
    ("calendar", re.compile(r"\bcalendar\b|\bFOMC\b|\bCPI\b|\bdue on\b", re.IGNORECASE)),
)


def paragraph_topic(paragraph: str) -> str:
    """The topic a paragraph opens with: a cited paragraph is the news one, else its first sentence's."""
    if _TOPICS[0][1].search(paragraph):
        return "news"
    first = (sentences(paragraph) or [paragraph])[0]
    return next((name for name, words in _TOPICS[1:] if words.search(first)), "other")


def paragraph_order(case: Case) -> tuple[str, ...]:
    """The topics of the analysis paragraphs after the opening one, in order."""
    return tuple(paragraph_topic(p) for p in case.article.analysis[1:])


STOCK_WORDS = 4
"""A run of this many masked words in a row that every article of a session prints is a stock phrase."""


def _by_day(cases: Sequence[Case]) -> list[list[Case]]:
    days: dict[tuple[str, date], list[Case]] = defaultdict(list)
    for case in cases:
        days[(case.source, case.snapshot.session)].append(case)
    return [group for group in days.values() if len(group) > 1]


def stock_phrases(group: list[Case], settings: Settings) -> set[tuple[str, ...]]:
    """Masked word runs of the analysis (quotations and citations aside) found in every article."""
    from editorial_text import name_pattern

    names = name_pattern(settings)
    runs = []
    for case in group:
        own: set[tuple[str, ...]] = set()
        for paragraph in case.article.analysis:
            if _TOPICS[0][1].search(paragraph):
                continue  # the news paragraph's quotes are the sources' words
            for sentence in sentences(paragraph):
                own |= {run for run in word_runs(mask(sentence, names), STOCK_WORDS) if _content(run)}
        runs.append(own)
    return set.intersection(*runs) if runs else set()


_FILLER = frozenset("the a an of to at on in and its is # n d ( ) , by for with from as it".split())


def _content(run: tuple[str, ...]) -> bool:
    """A run with two or more words other than articles, prepositions, names and figures."""
    words = [word.strip("(),.:;") for word in run]
    return sum(bool(word) and word not in _FILLER for word in words) >= 2


_QUOTED = re.compile(r"\u201c[^\u201d]*\u201d")


def repeats_phrase(sentence: str) -> bool:
    """The sentence (quotations aside) says a phrase twice: two content words in a row, or a
    three-word phrase (writers.phrases.repeated_phrases)."""
    own = _QUOTED.sub(" ", sentence)
    words = phrase_words(own)
    pairs = [pair for pair in zip(words, words[1:], strict=False)
             if "#" not in pair and not set(pair) & PHRASE_FILLER]
    return len(pairs) != len(set(pairs)) or bool(repeated_phrases(own))


_ARTICLES = frozenset({"the", "a", "an"})
_SO_CLAUSE = re.compile(r",\s+so\b", re.IGNORECASE)


def openers_back_to_back(paragraph: str) -> int:
    """Sentences opening on the word the sentence before opened on (articles aside), or on "So"
    after one that holds ", so"."""
    count = 0
    said = sentences(paragraph)
    for before, after in zip(said, said[1:], strict=False):
        first, second = before.split()[0].lower().strip(",:;"), after.split()[0].lower().strip(",:;")
        count += (first == second and first not in _ARTICLES) or (
            second == "so" and _SO_CLAUSE.search(before) is not None)
    return count


_BEATS = (  # first match wins: what one sentence of the news paragraph tells
    ("calendar", re.compile(r"\bFOMC\b|\bCPI\b|rate decision|\bcalendar\b", re.IGNORECASE)),
    ("vix", re.compile(r"\bVIX\b|\bvolatility\b|\bprotection\b|\bhedg", re.IGNORECASE)),
    ("quote", re.compile("\u201c")),
    ("rates", re.compile(r"\byields?\b|\brates?\b|\bmoney\b|\bbonds?\b", re.IGNORECASE)),
)


def news_beats(case: Case) -> tuple[str, ...]:
    """The beats of the news paragraph (the analysis paragraph after the opening one that cites a
    story), in order, a beat told in two sentences in a row counted once: calendar, vix, quote (a
    story's line), rates (the yield move read), other (a frame such as 'The day's reporting lines up
    with the price action')."""
    news = next((p for p in case.article.analysis[1:] if _TOPICS[0][1].search(p)), "")
    beats: list[str] = []
    for sentence in sentences(news):
        beat = next((name for name, words in _BEATS if words.search(sentence)), "other")
        if not beats or beats[-1] != beat:
            beats.append(beat)
    return tuple(beats)


_PERCENT = re.compile(r"(?<![\d.])[-+\u2212]?(\d+\.\d+)%")


def equal_figures_side_by_side(case: Case) -> int:
    """Sentences of the analysis (read in order, across paragraph breaks) that print a percentage
    equal in size to one the sentence before prints: the month's '-0.97%' then the record's '0.97%
    away' read as one figure said twice, or as an echo the reader has to untangle."""
    said = [s for p in case.article.analysis for s in sentences(_QUOTED.sub(" ", p))]
    count = 0
    for before, after in zip(said, said[1:], strict=False):
        count += bool(set(_PERCENT.findall(before)) & set(_PERCENT.findall(after)))
    return count


def analysis_reading(cases: Sequence[Case], settings: Settings) -> dict[str, float | None]:
    days = _by_day(cases)
    pairs = [(a, b) for group in days for a, b in combinations(group, 2)]
    same = sum(paragraph_order(a) == paragraph_order(b) for a, b in pairs)
    unread = sum(reads_nothing(s) for c in cases for p in c.article.analysis for s in sentences(p)
                 if _INDICATORS.search(s))
    paragraphs = [p for c in cases for p in c.article.analysis]
    told = [(a, b) for a, b in pairs if news_beats(a) and news_beats(b)]
    same_beats = sum(news_beats(a) == news_beats(b) for a, b in told)
    return {"indicator_sentences_without_reading": float(unread),
            "sentence_phrase_repeats": float(sum(repeats_phrase(s) for p in paragraphs
                                                 for s in sentences(p))),
            "openers_back_to_back": float(sum(openers_back_to_back(p) for p in paragraphs)),
            "same_day_news_beat_order": round(same_beats / len(told), 4) if told else None,
            "same_day_news_vix_all": float(sum(all("vix" in news_beats(c) for c in g) for g in days)),
            "equal_figures_side_by_side": float(sum(equal_figures_side_by_side(c) for c in cases)),
            "same_day_paragraph_order": round(same / len(pairs), 4) if pairs else None,
            "same_day_stock_phrases": round(sum(len(stock_phrases(g, settings)) for g in days) / len(days), 3)
            if days else None}
