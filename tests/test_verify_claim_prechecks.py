"""The claim reader's cheap pre-checks never turn away a window its pattern matches: on the frozen
corpus of texts the verifier reads (tests/data/find_numbers_frozen.json.gz: the eval's, the holdouts'
and the demo's sentences), every tail before a figure or a word that _NAMING's "... at/to" pattern
matches passes _ends_with_at_or_to."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from pipeline.verify import claims

FROZEN = Path(__file__).parent / "data" / "find_numbers_frozen.json.gz"


def _tails(text: str) -> list[str]:
    """The tails _named reads before each figure or word start of `text` (its last 90 characters,
    '$' dropped)."""
    starts = {n for n in range(1, len(text)) if text[n].isalnum() and not text[n - 1].isalnum()}
    return [text[:n][-90:].replace("$", "") for n in sorted(starts)]


def test_at_or_to_precheck_keeps_every_match() -> None:
    texts = [c["text"] for c in json.loads(gzip.decompress(FROZEN.read_bytes()))["calls"]]
    (n,) = claims._ENDS_AT_OR_TO
    pattern = claims._NAMING[n][0]
    matched, missed = 0, []
    for text in texts:
        for tail in _tails(text):
            if pattern.search(tail):
                matched += 1
                if not claims._ends_with_at_or_to(tail):
                    missed.append(tail)
    assert matched > 50  # the corpus exercises the pattern
    assert not missed, f"{len(missed)} tails the pattern matches were turned away, first: {missed[0]!r}"


def test_at_or_to_precheck_reads_the_end() -> None:
    assert claims._ends_with_at_or_to("shedding 1.98 a share to ")
    assert claims._ends_with_at_or_to("ends +0.30% AT :  ")
    assert not claims._ends_with_at_or_to("shedding 1.98 a share toward ")
    assert not claims._ends_with_at_or_to("closed up 0.30%, ")


def test_close_after_move_precheck_keeps_every_match() -> None:
    """The stricter pre-check (a move's figure or words before the "to"/"at") turns away no tail the
    pattern matches, and turns away most of those the first one lets through."""
    texts = [c["text"] for c in json.loads(gzip.decompress(FROZEN.read_bytes()))["calls"]]
    (n,) = claims._ENDS_AT_OR_TO
    pattern = claims._NAMING[n][0]
    matched, ending, passed, missed = 0, 0, 0, []
    for text in texts:
        for tail in _tails(text):
            ending += claims._ends_with_at_or_to(tail)
            passed += claims._may_close_after_move(tail)
            if pattern.search(tail):
                matched += 1
                if not claims._may_close_after_move(tail):
                    missed.append(tail)
    assert matched > 50
    assert not missed, f"{len(missed)} tails the pattern matches were turned away, first: {missed[0]!r}"
    assert passed < ending * 0.6


def test_close_after_move_precheck_reads_the_move() -> None:
    """Tails the pattern matches pass; tails with no move's figure or words before "to"/"at" do not."""
    (n,) = claims._ENDS_AT_OR_TO
    pattern = claims._NAMING[n][0]
    for tail in ("the fund dropped 2.15 points to ", "slid 1.98 a share to ", "added 0.41%, to ",
                 "IWM rose 0.74 (+0.30%) at ", "fell 19.30 points on Tuesday, or 0.78%, to ",
                 "moved up on Thursday, 17 March, by 0.30% to ", "GAINED 4.10 HIGHER TO : "):
        assert pattern.search(tail) and claims._may_close_after_move(tail), tail
    for tail in ("the index closed at ", "support near the 50-day, close to ", "rallied back up to ",
                 "slipped 0.50 into ", "it is set to "):
        assert not claims._may_close_after_move(tail), tail


def test_strong_gap_answers_as_its_pattern() -> None:
    """_strong_gap (a word check before _STRONG_GAP's search) answers as the pattern does, on stretches
    of the frozen corpus's texts and on gaps written to probe the opening it skips."""
    texts = [c["text"] for c in json.loads(gzip.decompress(FROZEN.read_bytes()))["calls"]]
    gaps = [text[start:start + width].replace("$", "") for text in texts[::3]
            for start in range(0, len(text), 7) for width in (6, 19, 41)]
    gaps += ["'s ", "’s closed at ", "s at ", ": sat near ", "sshed ", "ſat ", " IS AT ",
             "), up 1.90%, the gap was ", " (SPY) 1,234.5% higher, ", " rose 3% 4% 5% 6% 7% 8% 9% ",
             " rose 3% 4% 5% 6% 7% 8% "]
    differ = [g for g in gaps if claims._strong_gap(g) != bool(claims._STRONG_GAP.match(g))]
    assert sum(bool(claims._STRONG_GAP.match(g)) for g in gaps) > 500
    assert not differ, f"{len(differ)} gaps answered otherwise, first: {differ[0]!r}"


def test_strong_gap_turns_away_a_gap_with_another_word() -> None:
    assert claims._strong_gap(" closed at ")
    assert claims._strong_gap("’s ETF rose 1.2%, to ")
    assert claims._strong_gap(": sat near ")  # the opening skips the "s" of "sat"
    assert not claims._strong_gap("), up 1.90%, the gap was ")
    assert not claims._strong_gap(" rose 3% 4% 5% 6% 7% 8% 9% ")  # seven words: more than the six allowed


def test_label_and_keyword_prechecks_keep_every_match() -> None:
    """A data card's and the day's range's patterns match only tails _may_open_a_label lets through,
    and the close after a price's name or a verb's " to" only tails holding those words: on the frozen
    corpus's tails, no match is turned away."""
    texts = [c["text"] for c in json.loads(gzip.decompress(FROZEN.read_bytes()))["calls"]]
    watched = sorted(claims._LINE_LABELS | {n for n, (p, _, _) in enumerate(claims._NAMING)
                                            if "(?= to)" in p.pattern or "closing level of" in p.pattern})
    assert len(watched) == 6
    matched, missed = 0, []
    for text in texts:
        for tail in _tails(text):
            candidates = claims._naming_candidates(tail)
            for n in watched:
                if claims._NAMING[n][0].search(tail):
                    matched += 1
                    if n not in candidates or n in claims._LINE_LABELS and not claims._may_open_a_label(tail):
                        missed.append((n, tail))
    assert matched > 50
    assert not missed, f"{len(missed)} matches turned away, first: {missed[0]!r}"


def test_label_precheck_reads_the_openings() -> None:
    may = claims._may_open_a_label
    for tail in ("Hi / Lo 612.10 / ", "| Low ", "Day's range of 243.65-", "Range ", "; range was ",
                 "the daily range ", "its intraday range of ", "SESSION LOW "):
        assert may(tail), tail
    for tail in ("it closed lower at ", "the 25-session range from ", "support below the low at "):
        assert not may(tail), tail
