"""A publisher named once per news paragraph: after that its stories are cited by their [n] mark.

A desk editor introduces a source once ("Macro Brief had the bond market's side: yields fell after
the jobs report [2].") and then lets the citation carry it: "Payrolls grew by 114,000 in July; the
jobless rate went from 4.1% to 4.3% [3]." rather than "Macro Brief's numbers: ..." again. A paragraph
where every sentence opens on "X reported" / "Y had" lists the news instead of reading it.

Only sentences in the article's own words lose their attribution: a quotation keeps its speaker
(a quote with no one saying it would read as the article's own claim). Each rewrite drops the
publisher's name and the verb that hangs on it and leaves the rest of the sentence, and its
citation, as the writer built it, so every figure and date stays where the verifier finds it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def _rules(pub: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    p = re.escape(pub)
    return (
        (re.compile(rf",\s+(?:per|according to)\s+{p}(?=:|\s*\[\d+\])"), ""),  # "..., per Macro Brief [2]."
        (re.compile(rf",\s+{p}\s+reported(?=\s*\[\d+\])"), ""),  # "..., Macro Brief reported [3]."
        (re.compile(rf"^The\s+report,\s+as\s+{p}\s+told\s+it:\s+"), "In the report, "),
        (re.compile(rf",\s+as\s+{p}\s+(?:told it|tells it|lays out)(?=:)"), ""),  # "Next up, as X lays out:"
        (re.compile(rf"^(?:Per|According to)\s+{p},\s+"), ""),  # "Per Macro Brief, consumer prices ..."
        (re.compile(rf"^{p}'s\s+numbers:\s+"), ""),  # "Macro Brief's numbers: payrolls grew ..."
        (re.compile(rf"^{p}\s+had\s+the\s+bond\s+market's\s+side:\s+"), "In bonds, "),
        (re.compile(rf":\s+{p}\s+reported\s+that\s+"), ": "),  # "Bonds moved too: X reported that yields ..."
        (re.compile(rf"^{p}\s+marks\s+the\s+calendar:\s+"), "On the calendar: "),
        (re.compile(rf"^{p}\s+has\s+(?=the\s|[A-Z][a-z]{{2}}\s+\d)"), "Next on the calendar: "),
    )


def unattributed(sentence: str, pub: str) -> str:
    """The sentence without its attribution to `pub` (the first rule that applies), or itself."""
    for pattern, repl in _rules(pub):
        bare, count = pattern.subn(repl, sentence, count=1)
        if count:
            return bare[:1].upper() + bare[1:]
    return sentence


_QUOTED = re.compile("[\u201c\u201d]")
_ARTICLES = frozenset({"the", "a", "an"})


def _opener(sentence: str) -> str:
    """The sentence's first word, lower case, without trailing punctuation; '' for an article."""
    first = sentence.split()[0].lower().strip(",:;") if sentence.split() else ""
    return "" if first in _ARTICLES else first


def named_once(sentences: Iterable[str], publishers: Iterable[str]) -> list[str]:
    """The paragraph's sentences, each publisher named in the first sentence naming it; a later
    sentence of the article's own words naming it again loses the attribution (unattributed), unless
    the bare sentence would open on the word the sentence before it opens on ("In the bond market, ...
    In bonds, ...": news_paragraph.openers_apart keeps those apart)."""
    pubs = sorted({p for p in publishers if p}, key=len, reverse=True)
    named: set[str] = set()
    out: list[str] = []
    for sentence in sentences:
        for pub in pubs:
            if pub not in sentence:
                continue
            if pub in named and not _QUOTED.search(sentence):
                bare = unattributed(sentence, pub)
                clash = bool(out) and _opener(bare) != "" and _opener(bare) == _opener(out[-1])
                sentence = sentence if clash else bare
            named.add(pub)
        out.append(sentence)
    return out
