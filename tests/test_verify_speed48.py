"""Stop 48's speed mechanisms give what they replaced (vspeed): the memo's lookups and the cardinal-first
number-word phrases' matches."""

from __future__ import annotations

from pipeline.verify import number_words as nw
from pipeline.verify.memo import TextMemo
from pipeline.verify.numbers import folded

SENTENCES = (
    "IWM closed higher for the fifth straight session, its third higher close in a row.",
    "SPY rose two percent; it has gained for EIGHT sessions running and nine days of gains in a row.",
    "Twenty-one sessions of selling, the Fifty-Day average and two hundred dollars and five cents.",
    "Risking one to make three: about three to one, seventy-five basis points, a twenty-day norm.",
    "None of it: ten often stood for attention, and one tone of money is no number.",
)


def _old_found(sentence: str) -> list[tuple[int, int, str, float | None]]:
    """_found as it read before stop 48: every phrase searched along the sentence by finditer."""
    found: list[tuple[int, int, str, float | None]] = []
    for kind, pattern in (nw._PHRASES[n] for n in nw._PHRASE_WORDS.candidates(folded(sentence))):
        for match in pattern.finditer(sentence):
            taken = any(match.start() < end and start < match.end() for start, end, _, _ in found)
            digits = None if taken else nw._digits(kind, match, sentence)
            if digits is not None:
                found.append((match.start(), match.end(), *digits))
    return sorted(found)


def test_cardinal_first_phrases_match_as_finditer() -> None:
    assert nw._CARDINAL_FIRST == {"streak-cardinal", "cardinal", "span", "dollars-cents"}  # not "ratio":
    # its second branch opens with "risk"
    for sentence in SENTENCES:
        for variant in (sentence, sentence.upper(), sentence.title(), sentence.swapcase()):
            lowered = folded(variant)
            assert lowered is not None
            for kind, pattern in nw._PHRASES:
                if kind in nw._CARDINAL_FIRST:
                    assert [m.span() for m in nw._matches(pattern, variant, lowered)] == \
                        [m.span() for m in pattern.finditer(variant)]
            assert nw._found(variant) == _old_found(variant)


def test_one_branch() -> None:
    assert not nw._one_branch("a|b")
    assert nw._one_branch("(a|b)c") and nw._one_branch("[|]x") and nw._one_branch(r"\|x")
    assert nw._one_branch("[]|]x") and nw._one_branch("[^]|]x")


def test_text_memo_reads_once_and_stays_bounded() -> None:
    reads: list[str] = []

    def read(text: str) -> str | None:
        reads.append(text)
        return None if text == "none" else text.upper()

    memo = TextMemo(read, most=3)
    assert [memo("a"), memo("a"), memo("none"), memo("none")] == ["A", "A", None, None]
    assert reads == ["a", "none"]  # a None read is remembered too
    memo("b")
    memo("c")  # the fourth text: the memory starts over
    assert len(memo) == 1 and reads == ["a", "none", "b", "c"]
    memo.forget()
    assert len(memo) == 0 and memo("a") == "A" and reads[-1] == "a"
