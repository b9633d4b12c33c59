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
from editorial_text import sentences

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


def relative_day(s: Snapshot) -> RelativeDay | None:
    """'least' when every peer and the benchmark went the instrument's way, and further; 'against'
    when every one of them went the other way; None otherwise (led, in the middle, mixed, flat)."""
    peers = [m.change_1d_pct for m in s.related if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)]
    own = s.returns.change_1d_pct
    way = _direction(own)
    if not peers or way == 0:
        return None
    if all(_direction(p) == -way for p in peers):
        return "against"
    if all(_direction(p) == way and abs(p) > abs(own) for p in peers):
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


def lead_figures(cases: Sequence[Case]) -> dict[str, float | None]:
    return {"lead_overstates_relative_day": float(sum(overstates_relative_day(c) for c in cases))}
