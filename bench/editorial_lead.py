"""Does the lead tell the truth about THIS instrument's day? (pure: cases in, numbers out)

A lead that credits the day's driver ('A bond rally lifted small caps', 'The payrolls report
framed the session') tells the market's day. Read on an instrument that moved least of its peers
(every peer went the same way, further) or against all of them (every peer went the other way),
it overstates what the driver did here unless it says so: demo IWM 2026-11-20 rose 0.30% (0.24
ATR) while SPY, QQQ and DIA rose 0.60-1.90%, and its lead read 'A bond rally lifted small caps'.

`lead_overstates_relative_day` counts those leads: the analysis's first sentence names a driver
(yields, bonds, money, the Fed, inflation, jobs, chips, results) and carries no relative word
(least, less, held up, except, the other way, ...) on a day the instrument trailed or bucked every
peer. Real sessions carry no news, so their leads name no driver; the figure is there so a
tagline that starts crediting one is counted too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from editorial_cases import Case
from editorial_text import mask, name_pattern, sentences

from pipeline.config import Settings
from pipeline.contracts import RelatedRole, Snapshot

FLAT_PCT = 0.05
"""A day change under this (%) is no move (stories.FLAT_PCT)."""

_DRIVER = re.compile(r"\b(?:yields?|bonds?|money|Fed|FOMC|inflation|CPI|consumer[- ]prices?|jobs?|payrolls?|"
                     r"hiring|chip\w*|results|earnings)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:least|less|fewer|more than|held up|hold up|best|worst|smallest|trail\w*|lag\w*|"
                       r"behind|except|but not|other way|against|outr[au]n|ahead|harder|passed\b.*\bby)\b",
                       re.IGNORECASE)

RelativeDay = Literal["least", "against"]


def _direction(change: float) -> int:
    return 0 if abs(change) < FLAT_PCT else 1 if change > 0 else -1


TIE_PP = 0.25
"""A peer less than this (pp) further is a tie, not a lead: small caps down 3.91% beside the Dow down
3.96% (news day 2022-09-13) fell with the market, and a lead crediting the news overstates nothing."""


def relative_day(s: Snapshot) -> RelativeDay | None:
    """'least' when every peer and the benchmark went the instrument's way, TIE_PP or more further; 'against'
    when every one of them went the other way; None otherwise (led, in the middle, mixed, flat)."""
    peers = [m.change_1d_pct for m in s.related if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)]
    own = s.returns.change_1d_pct
    way = _direction(own)
    if not peers or way == 0:
        return None
    if all(_direction(p) == -way for p in peers):
        return "against"
    if all(_direction(p) == way and abs(p) - abs(own) >= TIE_PP for p in peers):
        return "least"
    return None


def lead_sentence(case: Case) -> str:
    return next(iter(sentences(case.article.analysis[0])), "") if case.article.analysis else ""


def overstates_relative_day(case: Case) -> bool:
    """The lead credits a driver, without a relative word, on a day the instrument trailed or
    bucked every peer."""
    if relative_day(case.snapshot) is None:
        return False
    lead = lead_sentence(case)
    return bool(_DRIVER.search(lead)) and not _RELATIVE.search(lead)


def lead_figures(cases: Sequence[Case], settings: Settings) -> dict[str, float | None]:
    names = name_pattern(settings)
    overlaps = [dek_lead_overlap(c, names) for c in cases if c.article.dek and c.article.analysis]
    return {"lead_overstates_relative_day": float(sum(overstates_relative_day(c) for c in cases)),
            "dek_lead_overlap": round(sum(overlaps) / len(overlaps), 4) if overlaps else None,
            **header_figures(cases, name_pattern(settings))}


# -- the dek against the lead ---------------------------------------------------------------------
_PLAIN = frozenset({"the", "a", "an", "of", "at", "to", "in", "on", "and", "as", "is", "it", "its", "by",
                    "for", "with", "but", "while", "than", "that", "this", "from", "after", "every", "all",
                    "any", "was", "were", "has", "had", "have", "not", "one", "other", "rest", "n", "q",
                    "d"})
STEM = 5
"""Words are compared by their first STEM letters ('moved' and 'move', 'hardly' and 'hard')."""


def content_stems(text: str, names: re.Pattern[str]) -> set[str]:
    """The content words of `text` by stem (STEM), names, figures, dates and plain words aside."""
    words = re.findall(r"[a-z][a-z'-]+", mask(text, names))
    return {w[:STEM] for w in words if w not in _PLAIN and len(w) > 2}


def dek_lead_overlap(case: Case, names: re.Pattern[str]) -> float:
    """The share of the dek's first sentence's content words (content_stems) that the lead sentence
    prints too: a dek and a lead that tell the same thing in the same words ('A cooler CPI release
    moved the market but hardly the Dow.' over 'The consumer-price report reshuffled the market; the
    Dow hardly moved.') read as one line said twice at the top of the article."""
    dek = content_stems(next(iter(sentences(case.article.dek)), ""), names)
    lead = content_stems(lead_sentence(case), names)
    return len(dek & lead) / len(dek) if dek else 0.0


# -- one session's headers -----------------------------------------------------------------------
HEADER_GRAM = 4
_FILLER = frozenset({"the", "a", "an", "of", "at", "to", "in", "on", "and", "as", "is", "it", "its", "by",
                     "for", "with", "#", "d", "q", "$#", "#%"})


def header_text(case: Case) -> str:
    """What a reader reads before the body: the headline, the dek and the lead sentence."""
    return " ".join((case.article.headline, case.article.dek, lead_sentence(case)))


def header_grams(case: Case, names: re.Pattern[str]) -> set[tuple[str, ...]]:
    """The header's runs of HEADER_GRAM masked words holding two content words or more (names,
    figures, dates and filler masked out; a name counts as a word: 'as the VIX jumped #%' is one,
    'at the close on D' none)."""
    words = re.sub(r"[^\w$#%'-]+", " ", mask(header_text(case), names)).split()
    grams = (tuple(words[n:n + HEADER_GRAM]) for n in range(len(words) - HEADER_GRAM + 1))
    return {g for g in grams if sum(w not in _FILLER for w in g) >= 2}


Grams = set[tuple[str, ...]]


def header_shared(cases: Sequence[Case], names: re.Pattern[str]) -> dict[tuple[str, str], Grams]:
    """Per article (session, symbol), the header grams another article of its session also prints."""
    by_day: dict[str, list[Case]] = {}
    for case in cases:
        by_day.setdefault(f"{case.source} {case.snapshot.session}", []).append(case)
    out = {}
    for day, group in by_day.items():
        grams = {c.snapshot.symbol: header_grams(c, names) for c in group}
        for symbol, own in grams.items():
            others = set().union(*(g for s, g in grams.items() if s != symbol))
            out[(day, symbol)] = own & others
    return out


def header_figures(cases: Sequence[Case], names: re.Pattern[str]) -> dict[str, float | None]:
    shared = header_shared(cases, names)
    return {"same_day_header_shared_grams": round(sum(len(g) for g in shared.values()) / len(shared), 3)
            if shared else None}
