"""Near-duplicate bodies: word shingles, MinHash signatures, LSH buckets, exact check (pure).

A syndicated copy of a wire story often carries its own headline and lead
paragraph, a few edits and a different footer, so neither the URL nor a hash
matches. Here two bodies are near-duplicates when the overlap of their word
shingles (runs of SHINGLE_WORDS normalised words) is high:

    overlap(A, B) = |A & B| / min(|A|, |B|)   >= NEAR_DUP_OVERLAP

The overlap coefficient rather than Jaccard, so a copy cut short (first half
of the story) still matches the whole. Bodies under MIN_SHINGLES shingles are
never compared (too little text to tell a copy from a story on the same topic).

Comparing every pair is quadratic; MinHash keeps it near-linear: each body
gets NUM_PERM minimum hashes of (a*x + b) mod (2^61 - 1) over its 32-bit
shingle hashes x (a, b < 2^32, so the arithmetic is exact in uint64);
signatures are cut into BANDS bands of ROWS rows and bodies sharing any band
land in one bucket. Only bucket-mates are compared exactly
(so MinHash decides only who is compared, never the verdict). With 64 bands of
2 rows a pair with Jaccard 0.1 is a candidate with probability 1-(1-0.1^2)^64
= 0.47, at 0.2 with 0.93, at 0.3 with 0.998: generous on purpose, because a
copy cut to half the story has Jaccard near 0.5 but overlap 1.0, and the exact
check is cheap. The threshold sits between the copies of the planted corpus in
tests/test_ingest_similarity.py (overlap 0.88-1.0) and different stories that
share stock phrasing: up to 0.06 there, up to 0.57 among the bundled
fixtures/web market wraps ("The S&P 500 rose 0.4% ..."), hence 0.7.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np

from .normalize import normalise_text

SHINGLE_WORDS = 4
MIN_SHINGLES = 12
NEAR_DUP_OVERLAP = 0.7
NUM_PERM = 128
BANDS = 64
ROWS = NUM_PERM // BANDS
_PRIME = np.uint64((1 << 61) - 1)
_SEEDS = np.random.default_rng(20261121)  # fixed: signatures are reproducible across runs
_A = _SEEDS.integers(1, 1 << 32, NUM_PERM, dtype=np.uint64)
_B = _SEEDS.integers(0, 1 << 32, NUM_PERM, dtype=np.uint64)
_WORD = re.compile(r"\w+")


def shingles(text: str) -> frozenset[int]:
    """32-bit hashes of every run of SHINGLE_WORDS words of the normalised text."""
    words = _WORD.findall(normalise_text(text))
    runs = (" ".join(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1))
    return frozenset(int.from_bytes(hashlib.blake2b(r.encode(), digest_size=4).digest(), "big")
                     for r in runs)


def signature(shingle_set: frozenset[int]) -> np.ndarray:
    """NUM_PERM minimum hashes of (a*x + b) mod (2^61 - 1) over the shingles."""
    values = np.fromiter(shingle_set, dtype=np.uint64, count=len(shingle_set))
    mixed = (_A[:, None] * values[None, :] + _B[:, None]) % _PRIME
    return np.asarray(mixed.min(axis=1), dtype=np.uint64)


def overlap(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def near_duplicate_pairs(texts: Sequence[str]) -> list[tuple[int, int, float]]:
    """(i, j, overlap) for every pair i < j of `texts` that are near-duplicates."""
    sets = [shingles(t) for t in texts]
    buckets: dict[tuple[int, bytes], list[int]] = {}
    for index, shingle_set in enumerate(sets):
        if len(shingle_set) < MIN_SHINGLES:
            continue
        sig = signature(shingle_set)
        for band in range(BANDS):
            key = (band, sig[band * ROWS:(band + 1) * ROWS].tobytes())
            buckets.setdefault(key, []).append(index)
    candidates = {(a, b) for members in buckets.values() for i, a in enumerate(members)
                  for b in members[i + 1:]}
    pairs = []
    for a, b in sorted(candidates):
        score = overlap(sets[a], sets[b])
        if score >= NEAR_DUP_OVERLAP:
            pairs.append((a, b, round(score, 4)))
    return pairs
