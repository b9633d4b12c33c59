"""find_numbers gives, on a frozen corpus of the texts the verifier reads it on, exactly the figures
it gave when the corpus was frozen: a speed change to the number finder must not move one figure.

tests/data/find_numbers_frozen.json.gz holds 6,135 texts (every one of the eval's, the holdouts' and
the demo's find_numbers calls where a label, a date or furniture was blanked, and a sample of the
rest), the instrument names each was read with, and the figures found (text, value, decimals,
unit, start, end, sign, scale, tolerance). Frozen at de622e5 (speed10a).
A deliberate change to what find_numbers reads re-freezes it with `scripts/refreeze_find_numbers.py`
(it lists the texts read differently; `--write` stores them)."""

from __future__ import annotations

import dataclasses
import gzip
import json
from pathlib import Path

from pipeline.verify.numbers import find_numbers

FROZEN = Path(__file__).parent / "data" / "find_numbers_frozen.json.gz"


def test_find_numbers_matches_frozen_corpus() -> None:
    data = json.loads(gzip.decompress(FROZEN.read_bytes()))
    names = [tuple(n) for n in data["names"]]
    assert len(data["calls"]) > 6000
    differ = []
    for call in data["calls"]:
        found = [list(dataclasses.astuple(n)) for n in find_numbers(call["text"], names[call["names"]])]
        if found != call["numbers"]:
            differ.append((call["text"], call["numbers"], found))
    assert not differ, f"{len(differ)} texts read differently, first: {differ[0]}"


def test_frozen_corpus_covers_blanked_shapes() -> None:
    """The corpus holds texts where the blanking moves a figure: percentages, dates, clock times."""
    texts = [c["text"] for c in json.loads(gzip.decompress(FROZEN.read_bytes()))["calls"]]
    for piece in ("%", "a.m.", "RSI(14)", "50-day", "Nov", "2026"):
        assert any(piece in t for t in texts), piece
