"""What claims._named_by_patterns names a figure, on a frozen corpus of the figures the verifier
reads, stays what it named when the corpus was frozen: a speed change to the naming (its candidate
choice, its patterns' pre-checks) must not move one name.

tests/data/claim_names_frozen.json.gz holds 12,039 distinct calls (every one the eval's texts and
articles, holdouts 1-13 and the demo articles make; 5,486 of them named: close, sma_50, rsi_14, macd,
...): the tail before the figure, its last 60 characters, the sentence after it, the figure's unit, the
sentence's word families, and the name and kind given. Frozen at 4407ba0; 7 names re-frozen at
stop 38 on purpose ("the 52-week low close of $X" names the extreme, not the close: 5727982); 9 at stop
43 (vnamed2: "RSI sits at exactly 55.0", "RSI is exactly" name the RSI's reading).
A deliberate change to what a naming pattern reads re-freezes it with `scripts/freeze_claim_names.py`
(it lists the calls named differently; `--write` collects and stores them anew)."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

from pipeline.verify import claims

FROZEN = Path(__file__).parent / "data" / "claim_names_frozen.json.gz"


def _calls() -> list[dict]:
    return json.loads(gzip.decompress(FROZEN.read_bytes()))["calls"]


def _named_now(call: dict) -> list[str] | None:
    named = claims._named_by_patterns(call["tail"], call["near"], call["after"], call["unit"],
                                      frozenset(call["held"]), claims._naming_candidates(call["tail"]))
    return None if named is None else [named[0], named[1].value]


def test_naming_matches_frozen_corpus() -> None:
    calls = _calls()
    assert len(calls) > 11000
    differ = [(c["tail"], c["named"], now) for c in calls if (now := _named_now(c)) != c["named"]]
    assert not differ, f"{len(differ)} figures named differently, first: {differ[0]}"


def test_frozen_corpus_covers_the_names() -> None:
    """The corpus holds figures of most of the names, and figures named by none (a naming that named
    everything, or nothing, would fail the pin above)."""
    names = Counter(c["named"][0] if c["named"] else None for c in _calls())
    for name in ("close", "sma_50", "sma_200", "rsi_14", "macd", "macd_signal", "atr_14", "all_time_high",
                 "change_1d", "pulse", "high_52w", "max_pain", "put_call_oi_ratio", "low", "high", None):
        assert names[name] >= 10, name
