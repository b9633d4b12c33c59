"""Direction words between prices a sentence prints itself, and the close placed against a printed price.

Three phrasings put one price above or below another, and the words can be held to the figures without
any other fact:

- a price set against a named day's price right after it ("it opened at 2,479.40, below Monday's
  2,485.09", "the open, $212.62, was under Friday's close of $213.65"): the first price must lie on the
  side the words give;
- a list of moves from price to price ("slipped to $466.92 on Tuesday, rose to $468.32 on Wednesday and
  to $468.79 on Thursday"): a verb that rises must go to a higher price than the one printed just
  before it in the list, a verb that falls to a lower one;
- the article's instrument said to have closed or to sit above or below a printed price ("DIA closed
  above the round $480", "the fund sits just above the round $30"): the session's close must lie on that
  side.

A wrong side is `direction-mismatch` on the side word or the verb. Another instrument named in the
clause, a conditional or a denied clause ("if it closes below $480", "it did not close below $480"), a
past day named in the clause ("closed above $480 on Monday"), and a price that is a percentage or an
indicator's reading are left alone.
"""

from __future__ import annotations

import re

from ..contracts import Finding
from .codes import finding
from .context import VerifyContext
from .lookahead import leading

_PRICE = r"\$?\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\d%]|\.\d|,\d)"
_DAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|yesterday|the previous session|the prior session)"
_AGAINST = re.compile(
    rf"(?<![\w.,$])(?P<first>{_PRICE}),?\s+(?:(?:just|well|slightly|a little|comfortably)\s+)?"
    rf"(?P<side>above|below|under|over|beneath|higher than|lower than)\s+"
    rf"(?:{_DAY_NAME}['\u2019]s|the previous|the prior|its previous|its prior)\s+"
    rf"(?:(?:close|closing price|closing level|finish|settle|settlement)\s+)?(?:(?:of|at)\s+)?"
    rf"(?P<second>{_PRICE})")
"""A price set against a named day's price after it: '2,479.40, above Monday's 2,485.09', '$212.62, below
Friday's close of $213.65'."""
_AGAINST = leading(_AGAINST)  # see lookahead.py
_UP_VERBS = ("rose", "climbed", "gained", "rallied", "recovered", "rebounded", "bounced", "advanced",
             "jumped", "edged up", "ticked up", "crept up", "firmed", "popped", "surged", "soared")
_DOWN_VERBS = ("fell", "slipped", "dropped", "sank", "declined", "slid", "eased", "dipped", "retreated",
               "tumbled", "edged down", "ticked down", "skidded", "sagged", "plunged", "lost ground")
_VERBS = "|".join(v.replace(" ", r"\s+") for v in (*_UP_VERBS, *_DOWN_VERBS))
_STEP = re.compile(
    rf"(?<![\w.,$])(?P<before>{_PRICE})(?P<between>(?:\s+(?:on|last)\s+(?:{_DAY_NAME}|the\s+\d{{1,2}}(?:st|nd|rd|th))"
    rf"(?:\s+the\s+\d{{1,2}}(?:st|nd|rd|th))?|\s+the\s+(?:Friday|Monday|Tuesday|Wednesday|Thursday)\s+before)?"
    rf"\s*(?:,|,?\s+and|,?\s+then|,?\s+and\s+then)\s+(?:it\s+|then\s+)?)"
    rf"(?=(?P<verb>{_VERBS})\s+(?:back\s+)?to\s+(?P<after>{_PRICE}))")  # the next step may start at 'after'
"""A step of a list of moves: '$466.92 on Tuesday, fell to $468.32', '$30.27, rose to $30.33'."""
_STEP = leading(_STEP)  # see lookahead.py
_CLOSED_SIDE = re.compile(
    r"\b(?P<denied>(?:did\s+not|didn['\u2019]t|does\s+not|doesn['\u2019]t|no\s+longer)\s+)?"
    r"(?P<verb>closed|finished|ended|settled|sits|stands|is\s+sitting|is\s+trading|trades|is|"
    r"(?<=not\s)(?:close|finish|end|settle|sit|trade)|(?<=n['\u2019]t\s)(?:close|finish|end|settle|sit|trade))\s+"
    r"(?:(?:just|well|slightly|comfortably|barely|still|now|safely|a\s+(?:hair|touch|shade|bit))\s+)?"
    r"(?P<side>above|below|under|over|beneath)\s+(?:the\s+)?(?:(?:round|psychological|key|big)\s+)?"
    r"(?:(?:number|figure|mark|level|line)\s+(?:of\s+|at\s+)?)?"
    r"(?P<price>\$\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?![\d%]|\.\d|,\d)")
"""The instrument's close put against a printed price: 'closed above the round $480', 'sits just above the
round $30'; denied, the other side ('did not close above the $480 round number': at or below it)."""
_CLOSED_SIDE = leading(_CLOSED_SIDE)  # see lookahead.py
_CLAUSE_END = re.compile(r"[;:\n]|\.(?!\d)|\?|!|\bbut\b|\bwhile\b|\bwhereas\b")
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|so)\s+(?:it|its|the|this|that)\b")
"""A comma and a new clause with its own subject (", and it did not slip under ..."): its words are
not the side's."""
_IF_OR_NOT = re.compile(r"\b(?:if|unless|once|when|whether|would|could|might|should|may|will|not|never|"
                        r"n['\u2019]t|no\s+longer|failed\s+to)\b", re.IGNORECASE)
_PAST_DAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|yesterday|last|previous|prior|earlier|"
                       r"before|week|month|year|January|February|March|April|May|June|July|August|"
                       r"September|October|November|December|since|until|for\s+the\s+first)\b",
                       re.IGNORECASE)
_REACH = 60


def check_printed_order(sentence: str, section: str, ctx: VerifyContext) -> list[Finding]:
    """A finding for each side or move word that its own printed prices (or the close) contradict."""
    if "$" not in sentence and not any(c.isdigit() for c in sentence):
        return []
    return [*_against(sentence, section), *_steps(sentence, section), *_closed_side(sentence, section, ctx)]


def _value(text: str) -> float:
    return float(text.replace("$", "").replace(",", ""))


def _same_scale(a: str, b: str) -> bool:
    one, two = _value(a), _value(b)
    return a.startswith("$") == b.startswith("$") and one > 0 and two > 0 and 0.8 < one / two < 1.25


def _wrong(side_up: bool, first: float, second: float) -> bool:
    return first <= second if side_up else first >= second


def _against(sentence: str, section: str) -> list[Finding]:
    found = []
    for m in _AGAINST.finditer(sentence):
        if not _same_scale(m.group("first"), m.group("second")):
            continue
        up = m.group("side") in ("above", "over", "higher than")
        if _wrong(up, _value(m.group("first")), _value(m.group("second"))):
            found.append(finding(
                "direction-mismatch", f"{m.group('first')} is not {m.group('side')} {m.group('second')}",
                section=section, span=m.group("side"),
                expected="below" if up else "above"))
    return found


def _steps(sentence: str, section: str) -> list[Finding]:
    found = []
    for m in _STEP.finditer(sentence):
        if not _same_scale(m.group("before"), m.group("after")):
            continue
        verb = re.sub(r"\s+", " ", m.group("verb"))
        up = verb in _UP_VERBS
        if _wrong(up, _value(m.group("after")), _value(m.group("before"))):
            found.append(finding(
                "direction-mismatch", f"'{verb} to {m.group('after')}' after {m.group('before')} is a "
                f"{'fall' if up else 'rise'}", section=section, span=m.group("verb"),
                expected="a fall" if up else "a rise"))
    return found


def _closed_side(sentence: str, section: str, ctx: VerifyContext) -> list[Finding]:
    close = ctx.snapshot.close
    if not close:
        return []
    found = []
    for m in _CLOSED_SIDE.finditer(sentence):
        price = _value(m.group("price"))
        if not 0.8 < price / close < 1.25:
            continue
        start = _clause_start(sentence, m.start())
        clause = _side_clause(sentence, start, m)
        if _IF_OR_NOT.search(clause) or _PAST_DAY.search(clause) or not _own_subject(sentence, start,
                                                                                      m.start(), ctx):
            continue
        up = m.group("side") in ("above", "over")
        if m.group("denied"):
            if close != price and (close > price) == up:
                said = sentence[m.start():m.end("side")]
                found.append(finding(
                    "direction-mismatch", f"'{said}': the close {close:,.2f} is {m.group('side')} "
                    f"{m.group('price')}", section=section, span=said,
                    expected=m.group("side"), source="close"))
        elif _wrong(up, close, price):
            found.append(finding(
                "direction-mismatch", f"the close {close:,.2f} is not {m.group('side')} {m.group('price')}",
                section=section, span=m.group("side"), expected="below" if up else "above",
                source="close"))
    return found


def _side_clause(sentence: str, start: int, m: re.Match[str]) -> str:
    """The clause of a side word, to its end or to a comma before a new subject; a denial the side is read
    with is left out (any other 'not' still leaves the side alone)."""
    ends = [e.start() for e in (_CLAUSE_END.search(sentence, m.end()), _NEXT_CLAUSE.search(sentence, m.end()))
            if e is not None]
    end = min(ends, default=len(sentence))
    if m.group("denied"):
        return sentence[start:m.start()] + sentence[m.end("denied"):end]
    return sentence[start:end]


def _clause_start(sentence: str, at: int) -> int:
    ends = [m.end() for m in _CLAUSE_END.finditer(sentence, max(0, at - _REACH), at)]
    return ends[-1] if ends else max(0, at - _REACH)


def _own_subject(sentence: str, start: int, at: int, ctx: VerifyContext) -> bool:
    """The verb's subject is the article's instrument: its name or a pronoun for it right before the verb,
    and no other instrument named in the clause."""
    mentions = [m for m in ctx.lexicon.mentions(sentence) if start <= m.start < at]
    if any(ctx.symbol not in m.symbols for m in mentions):
        return False
    before = sentence[start:at].rstrip()
    if mentions and mentions[-1].end >= start + len(before):
        return True  # "DIA closed above ...": the name right before the verb
    return re.search(r"\b(?:it|the\s+fund|the\s+ETF|the\s+index|the\s+trust)\s*$", before,
                     re.IGNORECASE) is not None
