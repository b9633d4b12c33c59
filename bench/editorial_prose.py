"""How the analysis reads sentence to sentence: a sentence opening on a pronoun points at the one
before it (pronoun_openers_unanchored), and one comparison is told in one verb
(comparison_verbs_mixed).

A pronoun opener is anchored when the sentence before carries what it needs. 'It' (the instrument,
the house style for every name) needs a sentence before whose subject is the instrument: its name,
symbol or fund name, 'price' or 'the close', after an opening adverbial ('At the close on Friday,');
a dummy 'It was a risk-off day' needs nothing. 'That'/'This' before a noun ('That top', 'That gap')
needs that noun in the sentence before; before a verb of the statement ('That is', 'That left') it
points at the sentence before and is anchored; before a verb of price movement ('That outran small
caps', 'That fell harder than the Dow') it stands for the instrument, which a demonstrative cannot.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from editorial_cases import Case
from editorial_text import sentences

from pipeline.config import Settings

_OPENER = re.compile(r"^(It|That|This|These|Those)\s+([A-Za-z'-]+)")
_DUMMY_IT = re.compile(r"^It (?:is|was) (?:a|an|the|not)\b")
_ADVERBIAL = re.compile(r"^(?:At|On|In|By|After|For|Over|With|Since|Against|Measured)\b[^,]*,\s*")
_MOTION = frozenset({"outran", "trailed", "fell", "rose", "held", "lagged", "beat", "gained", "dropped",
                     "climbed", "slipped", "outpaced", "underperformed", "outperformed", "edged"})
_STATEMENT = frozenset({"is", "was", "means", "meant", "leaves", "left", "puts", "put", "makes", "made",
                        "matters", "says", "said", "shows", "showed", "would", "could", "will", "has",
                        "had", "sets", "set", "takes", "took", "keeps", "kept", "marks", "marked", "adds",
                        "fits"})


def instrument_subject(case: Case, short_name: str) -> re.Pattern[str]:
    """The words a sentence whose subject is the instrument opens on (after an opening adverbial)."""
    short = re.sub(r"^the\s+", "", short_name, flags=re.IGNORECASE)
    names = [re.escape(n) for n in (case.snapshot.symbol, short, case.article.instrument.name) if n]
    words = "|".join([*names, "it", "price", "the close", "the fund"])
    return re.compile(r"^(?:the\s+)?(?:" + words + r")\b", re.IGNORECASE)


def unanchored(prev: str, sentence: str, subject: re.Pattern[str]) -> bool:
    """`sentence` opens on a pronoun that `prev` does not carry the antecedent of."""
    found = _OPENER.match(sentence)
    if found is None or _DUMMY_IT.match(sentence):
        return False
    word, after = found.group(1), found.group(2).lower()
    if word == "It":
        return subject.match(_ADVERBIAL.sub("", prev)) is None
    if after in _MOTION:
        return True
    if after in _STATEMENT:
        return False
    return re.search(rf"\b{re.escape(after)}", prev, re.IGNORECASE) is None


def pronoun_openers(case: Case, settings: Settings) -> list[tuple[str, str]]:
    """(sentence before, sentence) for each unanchored pronoun opener of the analysis and the take."""
    subject = instrument_subject(case, settings.instrument(case.snapshot.symbol).display_name)
    out = []
    for paragraph in (*case.article.analysis, case.article.take):
        said = sentences(paragraph)
        out += [(prev, s) for prev, s in zip(said, said[1:], strict=False) if unanchored(prev, s, subject)]
    return out


def prose_figures(cases: Sequence[Case], settings: Settings) -> dict[str, float | None]:
    return {"pronoun_openers_unanchored": float(sum(len(pronoun_openers(c, settings)) for c in cases)),
            "comparison_verbs_mixed": float(sum(len(mixed_comparisons(c)) for c in cases))}


COMPARISON_VERBS: dict[str, dict[str, re.Pattern[str]]] = {
    "behind": {"lag": re.compile(r"(?<!a )(?<!month )\blag(?:s|ged|ging)?\b", re.IGNORECASE),
               "trail": re.compile(r"\btrail(?:s|ed|ing)?\b(?! stop)", re.IGNORECASE),
               "underperform": re.compile(r"\bunderperform(?:s|ed|ing)?\b", re.IGNORECASE),
               "fall harder": re.compile(r"\bf[ae]ll harder than\b", re.IGNORECASE)},
    "ahead": {"outrun": re.compile(r"\bout(?:ran|runs?|running)\b", re.IGNORECASE),
              "outpace": re.compile(r"\boutpac(?:e|es|ed|ing)\b", re.IGNORECASE),
              "outperform": re.compile(r"\boutperform(?:s|ed|ing)?\b", re.IGNORECASE),
              "beat": re.compile(r"\bbeat(?:s|ing)?\b", re.IGNORECASE),
              "hold up better": re.compile(r"\bh(?:e|o)ld(?:s)? up better than\b", re.IGNORECASE)},
}
"""The verbs one comparison of the instrument with a peer is told in, by sense (behind it, ahead of it)."""
NEARBY = 3
_NOT_A_PEER = re.compile(r"\b(?:momentum|MACD|RSI)\b")
"""A sentence on an indicator ('momentum trails the day') compares no peer."""
_PEER = re.compile(r"\(([A-Z^]{2,6})\)|\b(?:SPY|QQQ|IWM|DIA)\b")
"""The peer a sentence compares with, by its symbol ('the Dow (DIA)', 'SPY')."""
"""Two sentences this close (or closer) in the analysis are read together."""


def mixed_comparisons(case: Case) -> list[tuple[str, str]]:
    """Pairs of nearby analysis sentences (within NEARBY, quotations aside) telling one comparison in
    two different verbs of one sense ('Small caps lagged as ...' then 'It trailed the Nasdaq 100'):
    a reader hears two ideas where there is one."""
    said = [re.sub("\u201c[^\u201d]*\u201d", "", s) for p in case.article.analysis for s in sentences(p)]
    verbs = [{(sense, verb) for sense, bank in COMPARISON_VERBS.items() for verb, pattern in bank.items()
              if pattern.search(s) and not _NOT_A_PEER.search(s)} for s in said]
    out = []
    for i, mine in enumerate(verbs):
        for j in range(i + 1, min(i + NEARBY + 1, len(said))):
            peers = ({m.group(0).strip("()") for m in _PEER.finditer(said[i])},
                     {m.group(0).strip("()") for m in _PEER.finditer(said[j])})
            if all(peers) and not peers[0] & peers[1]:
                continue  # two comparisons: against one peer, then another
            if any(a[0] == b[0] and a[1] != b[1] for a in mine for b in verbs[j]):
                out.append((said[i], said[j]))
    return out
