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
