"""What a finding says: the nearest facts to an untraced figure, and which occurrence it is.

An editor fixing "2,981 matches no computed fact" needs to see what the data
does hold near it ("nearest IWM facts: close $244.30, 50-day average
$245.78"); and a wrong figure printed twice is two findings, the second
saying it is the second occurrence, so fixing one does not hide the other.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

from ..contracts import Finding
from .claims import Claim
from .context import SubjectFact, VerifyContext
from .numbers import unit_fits

NEAREST = 2
"""How many of the subject's facts an untraced figure's message names."""


def with_nearest(findings: Sequence[Finding], claim: Claim, ctx: VerifyContext) -> list[Finding]:
    """`number-untraced` findings on `claim` name the subject's facts nearest to the figure."""
    out = []
    for item in findings:
        if item.code == "number-untraced" and "nearest" not in item.message:
            nearest = nearest_facts(claim, ctx)
            if nearest:
                names = ", ".join(f"{_name(sf)} {sf.fact.printed()}" for sf in nearest)
                item = item.model_copy(update={"message": f"{item.message}; nearest {nearest[0].subject} "
                                                          f"facts: {names}"})
        out.append(item)
    return out


def nearest_facts(claim: Claim, ctx: VerifyContext, count: int = NEAREST) -> list[SubjectFact]:
    subjects = set(claim.subject) if claim.subject and claim.strong else {ctx.symbol}
    subject = ctx.symbol if ctx.symbol in subjects else sorted(subjects)[0]
    value = claim.number.value * claim.number.scale
    pool = [sf for sf in ctx.facts if sf.subject == subject and not isinstance(sf.fact.value, date)
            and isinstance(sf.fact.value, int | float) and unit_fits(sf.fact, claim.number)]
    kinds = _kinds(claim)
    pool = [sf for sf in pool if sf.fact.unit in kinds] if kinds else pool
    unique = {sf.name: sf for sf in pool}.values()
    return sorted(unique, key=lambda sf: abs(abs(float(sf.fact.value)) - value))[:count]  # type: ignore[arg-type]


_COUNT_NOUN = re.compile(r"[\s-]+(?:(?:straight|consecutive|trading|more|other)\s+)?"
                         r"(?:sessions?|days?|weeks?|months?|times|touches|tests|closes)\b", re.IGNORECASE)


def _kinds(claim: Claim) -> tuple[str | None, ...]:
    """The fact units an untraced figure's neighbours are drawn from: a count of sessions among the
    counts ("thirty-nine sessions": the range's 29 sessions, not an RSI of 38.5); a bare number that
    counts nothing among prices and levels (no count or score happens to be near it); else its unit's."""
    number = claim.number
    if number.unit is not None:
        return ()
    if _COUNT_NOUN.match(claim.sentence, number.end) and not number.decimals:
        return ("count",)
    return ("price", None, "macd", "rsi", "ratio")


def _name(sf: SubjectFact) -> str:
    return sf.name.replace("_", " ")


def per_occurrence(findings: Sequence[Finding]) -> list[Finding]:
    """Each repeat of the same finding (same code, section, span and message) says which one it is."""
    seen: Counter[tuple[str, str | None, str | None, str]] = Counter()
    out = []
    for item in findings:
        key = (item.code, item.section, item.span, item.message)
        seen[key] += 1
        if seen[key] > 1:
            item = item.model_copy(update={"message": f"{item.message} (occurrence {seen[key]} of this span "
                                                      "in the section)"})
        out.append(item)
    return out
