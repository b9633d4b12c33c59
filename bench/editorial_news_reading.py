"""Does the news paragraph read the news for this instrument, and do one day's articles read it apart?

- news_paragraphs_unanchored: news paragraphs (the analysis paragraphs after the opening one that
  cite a story) with no sentence tying the news to this instrument's own day. A sentence ties it
  when, outside quotations (a source's words are the source's, not the article's reading), it
  names the instrument (its symbol, name, short name or an alias; or 'the price', 'its price',
  'here')
  and says what it did: a word of its move ('fell', 'selling', 'rallied', 'ended lower'), of its
  place among its peers ('hardest', 'held up', 'lagged', 'the other way', 'the damage here', 'the
  other side of the day') or a dollar level. 'X
  reported A. Y said B.' without such a sentence is a list of the day's stories, not a reading.
- news_same_day_4grams: the share of a news paragraph's 4-word runs (names, figures and dates
  masked; citation markers dropped; quotations kept, their words are printed too) that another
  article of the same session prints in its news paragraph, averaged over the articles of sessions
  with two or more. A run counts when it holds two words other than articles, prepositions and
  masks ('the Fed's preferred inflation' counts, 'of the # and' does not): the same wire line
  quoted in every article, or one frame filled with each one's name, reads as one article four
  times.
- news_yields_unread: news paragraphs that report the day's yield move but never read it for this
  instrument in the article's own words (yields_unread).
- news_frames_off_theme: news sentences that file a cited story under the Fed ('On the Fed, ...',
  'Macro Brief's Fed coverage: ...', 'From the Fed beat', 'The Fed's side of it') when the story's
  headline names neither the Fed nor its rates: 'Consumer prices fall in June' is the inflation
  report, 'Hiring slows sharply in July' the jobs report, whatever central-bank words their text (and
  so their tags) holds further down.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from editorial_cases import Case
from editorial_text import name_pattern, sentences

from pipeline.config import Settings

_CITED = re.compile(r"\[\d+\]")
_QUOTED = re.compile(r"\u201c[^\u201d]*\u201d")
_MOVE = re.compile(
    r"\b(?:fell|fall\w*|dropp?\w*|slid\w*|slump\w*|sank|sink\w*|tumbl\w*|declin\w*|los(?:t|s|ses|ing)|"
    r"rose|ris(?:e|es|ing)|rall\w*|gain\w*|climb\w*|jump\w*|surg\w*|advanc\w*|edg\w*|"
    r"selling|buying|selloff|sell-off|higher|lower|"
    r"hardest|worst|best|most|least|held up|lagg?\w*|trail\w*|led|lead\w*|outperform\w*|"
    r"underperform\w*|bucked|other way|other side of the day|damage|spared|barely|hardly|brunt|heaviest)\b|"
    r"\$\d", re.IGNORECASE)
_PRICE = re.compile(r"\b(?:(?:the|its|a (?:falling|rising)|in) price\b(?! index)|here\b)", re.IGNORECASE)
_FILLER = frozenset("the a an of to at on in and its is # n d by for with from as it that this".split())
RUN = 4


def news_paragraphs(case: Case) -> list[str]:
    """The analysis paragraphs after the opening one that cite a story."""
    return [p for p in case.article.analysis[1:] if _CITED.search(p)]


def own_names(case: Case, settings: Settings) -> re.Pattern[str]:
    """The instrument's names: symbol, name, short name, display name, aliases."""
    inst = next((i for i in settings.instruments if i.symbol == case.snapshot.symbol), None)
    terms = {case.snapshot.symbol}
    if inst is not None:
        terms |= {t for t in (inst.name, inst.short_name or "", inst.display_name, *inst.aliases) if t}
    spelled = sorted((re.escape(re.sub(r"^the\s+", "", t, flags=re.IGNORECASE)) for t in terms),
                     key=len, reverse=True)
    return re.compile(r"(?<![\w^])(?:" + "|".join(spelled) + r")(?!\w)", re.IGNORECASE)


def anchors(sentence: str, names: re.Pattern[str]) -> bool:
    """The sentence, outside quotations, names the instrument and says what it did."""
    own = _QUOTED.sub(" ", sentence)
    return bool((names.search(own) or _PRICE.search(own)) and _MOVE.search(own))


def unanchored(case: Case, settings: Settings) -> int:
    names = own_names(case, settings)
    return sum(not any(anchors(s, names) for s in sentences(p)) for p in news_paragraphs(case))


_NUMBER = re.compile(r"[$]?\d[\d,]*(?:\.\d+)?%?")
_DATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?=\s|$)|"
                   r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_WORD = re.compile(r"[\w'\u2019&-]+")


def news_runs(case: Case, names: re.Pattern[str]) -> set[tuple[str, ...]]:
    """The 4-word runs of the news paragraphs, names, figures and dates masked, with content."""
    runs: set[tuple[str, ...]] = set()
    for paragraph in news_paragraphs(case):
        for sentence in sentences(_CITED.sub(" ", paragraph)):
            text = _NUMBER.sub(" # ", _DATE.sub(" d ", names.sub(" n ", sentence)))
            words = [w.lower() for w in _WORD.findall(text)] if text else []
            words = ["#" if w == "#" else w for w in words]
            runs |= {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)
                     if sum(w not in _FILLER for w in words[i:i + RUN]) >= 2}
    return runs


def same_day_4grams(cases: Sequence[Case], settings: Settings) -> float | None:
    names = name_pattern(settings)
    days: dict[tuple[str, date], list[set[tuple[str, ...]]]] = defaultdict(list)
    for case in cases:
        days[(case.source, case.snapshot.session)].append(news_runs(case, names))
    shares = []
    for group in (g for g in days.values() if len(g) > 1):
        for i, own in enumerate(group):
            if not own:
                continue
            others = set().union(*(g for j, g in enumerate(group) if j != i))
            shares.append(len(own & others) / len(own))
    return round(sum(shares) / len(shares), 4) if shares else None


_FED_FRAME = re.compile(r"^On the Fed\b|\bFed coverage\b|\bthe Fed beat\b|^The Fed's side of it\b")
_FED_HEADLINE = re.compile(r"\bFed\b|\bFOMC\b|Federal Reserve|\bPowell\b|central bank|rate[- ](?:cut|hike)s?|"
                           r"\byields?\b|\btreasur(?:y|ies)\b", re.IGNORECASE)


def frames_off_theme(case: Case) -> int:
    """News sentences framing a cited story as Fed news whose headline names neither the Fed nor rates."""
    count = 0
    for paragraph in news_paragraphs(case):
        for sentence in sentences(paragraph):
            cited = [int(n) for n in re.findall(r"\[(\d+)\]", sentence)]
            titles = [case.article.sources[n - 1].title for n in cited if 0 < n <= len(case.article.sources)]
            if _FED_FRAME.search(_QUOTED.sub(" ", sentence)) and titles \
                    and not any(_FED_HEADLINE.search(t) for t in titles):
                count += 1
    return count


_YIELD_MOVE = re.compile(r"\b(?:yields?|Treasur(?:y|ies)|bonds?)\b[^.]*"
                         r"\b(?:fell|rose|dropp\w*|climb\w*|jump\w*|"
                         r"tumbl\w*|slid\w*|rall\w*|sold off|selloff)\b|\b(?:fell|rose)\b[^.]*\byields?\b",
                         re.IGNORECASE)
_RATES_WORDS = re.compile(r"\b(?:yields?|rates?|bonds?|Treasur(?:y|ies)|money|borrowing|discount rate)\b",
                          re.IGNORECASE)
_KIND_WORDS = re.compile(r"\b(?:small companies|growth shares|value-heavy|megacaps?|large companies)\b",
                         re.IGNORECASE)


def yields_unread(case: Case, settings: Settings) -> int:
    """News paragraphs that report the day's yield move (outside quotations, or in a quoted line)
    without a sentence of the article's own reading it for this instrument: a sentence, outside
    quotations, naming the rates (yields, bonds, money, borrowing) and this instrument (its names,
    'the price', 'here') or what it holds ('small companies', 'growth shares', 'value-heavy'). 'Bonds
    moved too: yields fell after the inflation report [3].' and nothing on what falling yields did for
    small caps is the news listed, not read (news days 2024-07-11: the CPI's rate-cut bets were the
    small caps' whole day)."""
    names = own_names(case, settings)
    count = 0
    for paragraph in news_paragraphs(case):
        said = sentences(paragraph)
        if not any(_YIELD_MOVE.search(s) for s in said):
            continue
        own = [_QUOTED.sub(" ", s) for s in said]
        read = any(_RATES_WORDS.search(s) and (names.search(s) or _PRICE.search(s) or _KIND_WORDS.search(s))
                   for s in own)
        count += not read
    return count


def news_reading_figures(cases: Sequence[Case], settings: Settings) -> dict[str, float | None]:
    return {"news_paragraphs_unanchored": float(sum(unanchored(c, settings) for c in cases)),
            "news_yields_unread": float(sum(yields_unread(c, settings) for c in cases)),
            "news_same_day_4grams": same_day_4grams(cases, settings),
            "news_frames_off_theme": float(sum(frames_off_theme(c) for c in cases))}
