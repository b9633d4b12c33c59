"""The claim reader's sentence-wide gates skip only searches that could match nothing: a word family a
sentence lacks (claims.sentence_families) has no match anywhere in it, nor in any piece of it; the
cheaper forms of the number reader's tests (a trie of the names with digits, the RSI's stems, the
folding test) answer as the forms they replace answered."""

from __future__ import annotations

import re

import pytest
from test_verify_prefilters import TEXTS

from pipeline.verify import claims, numbers

FAMILY_PATTERNS = {
    claims._CONTRAST_FAMILY: (claims._CONTRAST,),
    claims._CROSS_FAMILY: (claims._CROSS_WORDS,),
    claims._COST_FAMILY: (claims._RUN_COST, claims._RUN_COUNT_COST),
    claims._NOT_PRICE_FAMILY: (claims._NOT_PRICE,),
}

OWN = [
    "Small caps slipped 0.4%, BUT the Dow held on to a 0.2% gain.",
    "Whereas the Nasdaq fell 1.1%, the equal-weight index rose 0.3%.",
    "The Golden Cross of late July is still in place, 88 sessions on.",
    "The 50-day CROSSED above the 200-day on June 3 and has stayed there for 120 sessions.",
    "Those four sessions together shaved off 3.2%, and the last two alone knocked off 1.9%.",
    "The three down days combined took away 2.75% from the fund.",
    "Volatility at 17.4 and a put/call ratio of 1.05 say little; Breadth was thin at 41%.",
    "The \u017fecond leg: \u017fhares were up 1.2% while the VIX eased to 15.1.",  # a long s folds to 's'
    "Meanwhile gold rallied 0.8% to $2,412.30.",
    "The RSI sits at 62.5, short of 70; nowhere near oversold 30 either.",
    "OVERBOUGHT readings above 70 are rare for the Russell 2000 this year.",
]


_SENTENCE_LENGTH = 600


def _pieces(text: str) -> list[str]:
    """The text, and the words before each of its figures as the claim reader searches them (the whole
    of them and their last 50, 60, 70 and 120 characters)."""
    if len(text) > _SENTENCE_LENGTH:  # a whole document: its sentences are in the corpus too
        return [text]
    befores = [text[:m.start()] for m in numbers._NUMBER.finditer(text)]
    return [text, *(before[-size:] for before in befores for size in (50, 60, 70, 120)), *befores]


def _matched(text: str, patterns: tuple[re.Pattern[str], ...]) -> bool:
    return any(p.search(piece) for piece in _pieces(text) for p in patterns)


def test_every_family_a_pattern_matches_in_is_held() -> None:
    missed = [(text[:60], family) for text in [*TEXTS, *OWN] for family, patterns in FAMILY_PATTERNS.items()
              if family not in claims.sentence_families(text) and _matched(text, patterns)]
    assert missed == []


@pytest.mark.parametrize("text", OWN[:7])
def test_a_family_named_in_any_case_is_held(text: str) -> None:
    held = claims.sentence_families(text)
    assert any(family in held and _matched(text, patterns) for family, patterns in FAMILY_PATTERNS.items())


def test_a_sentence_with_a_letter_that_folds_to_ascii_holds_every_family() -> None:
    assert claims.sentence_families(OWN[7]) == claims._EVERY_FAMILY


def test_a_sentence_without_the_words_holds_no_family() -> None:
    assert claims.sentence_families("IWM closed at $244.30, up 0.30% on the day.") == frozenset()


def test_the_rsi_stems_pass_every_text_the_rsi_words_match() -> None:
    missed = [text[:60] for text in [*TEXTS, *OWN] if numbers._RSI_ZONE_WORDS.search(text)
              and (lowered := numbers.folded(text)) is not None
              and not any(word in lowered for word in numbers._RSI_ZONE_STEMS)]
    assert missed == []


def _alternation(names: tuple[str, ...]) -> re.Pattern[str]:
    """The names with digits as the plain alternation the trie replaced."""
    lowered = sorted({n.lower() for n in (*names, *numbers.COMMON_NAMES) if re.search(r"\d", n)})
    return re.compile("|".join(re.escape(n) for n in lowered))


def test_the_names_trie_finds_a_name_where_their_alternation_does() -> None:
    names = ("Russell 2000", "S&P 500", "Nasdaq-100", "iShares Russell 2000 ETF", "Dow 30")
    trie, alternation = numbers._lower_names(names), _alternation(names)
    differing = [text[:60] for text in [*TEXTS, *OWN, "the fortune 500s", "g7 and g20", "7-eleven"]
                 if (trie.search(text.lower()) is None) != (alternation.search(text.lower()) is None)]
    assert differing == []


def _folded_before(text: str) -> str | None:
    """folded as it read a text's non-ASCII characters before (a joined findall)."""
    if not text.isascii():
        beyond = "".join(re.findall(r"[^\x00-\x7f]+", text))
        if not beyond.lower() == beyond == beyond.upper():
            return None
    return text.lower()


def test_folding_reads_every_text_as_before() -> None:
    extra = ["\u0130stanbul 3%", "caf\u00e9 1.2%", "\u2014 up 0.3% \u2014", "\u212a 5", "\u00df 4", "plain"]
    assert [numbers.folded(t) for t in [*TEXTS, *OWN, *extra]] == \
        [_folded_before(t) for t in [*TEXTS, *OWN, *extra]]
