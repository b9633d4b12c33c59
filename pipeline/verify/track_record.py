"""The article's track-record line against the record the run computed (`Snapshot.track_record`).

"Our short-term calls on IWM over the last 60 sessions: 34 of 52 right, 9 more flat." Each of
its counts must be the fact of the same name (`track_record_sessions`, `_right`, `_decided`,
`_flat`): a wrong one is a `value-mismatch` error naming the right figure, and a record line in
an article whose run computed none (the option is off, or a model wrote it) is
`number-untraced`. The generic number walk alone could trace a wrong count to an unrelated
count that happens to match; this check reads the line as what it says.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from ..contracts import Finding
from .codes import finding
from .context import VerifyContext
from .lookahead import leading

LINE = leading(re.compile(
    r"\bcalls on (?P<subject>[\w^.&-]+(?: [\w&.-]+){0,3}) over the (?:last|past) (?P<sessions>\d[\d,]*) "
    r"sessions?: (?P<right>\d[\d,]*) of (?P<decided>\d[\d,]*) (?:were )?right"
    r"(?:, (?:and )?(?P<flat>\d[\d,]*) (?:more )?(?:ended )?flat)?", re.IGNORECASE))
FACTS = (("sessions", "track_record_sessions"), ("right", "track_record_right"),
         ("decided", "track_record_decided"), ("flat", "track_record_flat"))


def check_track_record(prose: Iterable[tuple[str, str]], ctx: VerifyContext) -> list[Finding]:
    found: list[Finding] = []
    for section, text in prose:
        for match in LINE.finditer(text):
            found += _check_line(match, section, ctx)
    return found


def _check_line(match: re.Match[str], section: str, ctx: VerifyContext) -> list[Finding]:
    span = match.group(0)
    if ctx.fact(ctx.symbol, "track_record_decided") is None:
        return [finding("number-untraced", f"'{span}' states a track record, but none was computed "
                        "for this article (writer.track_record)", section=section, span=span)]
    found = []
    for group, name in FACTS:
        printed = match.group(group)
        fact = ctx.fact(ctx.symbol, name)
        if printed is None or fact is None or isinstance(fact.value, date):
            continue
        if int(printed.replace(",", "")) != round(fact.value):
            found.append(finding("value-mismatch", f"{printed} in the track-record line is not the "
                                 f"{group} count of the desk's graded calls", section=section,
                                 span=span, expected=f"{fact.value:,.0f}",
                                 source=f"snapshot.{fact.source}"))
    return found
