"""False alarms of the third blind holdout, each pinned by a clean text in other words (issue 14).

Round-number maps: an index's close, levels and average in thousands shorthand ("6.9k", "6.81k",
"7k"), the close's distance from the nearest support said from the index's side ("sits 1.40%
above that level": the index is above it, the level's own distance is negative), and a post's
furniture line ("1,204 views · 57 replies"). Every figure comes from the snapshot.

Plant: the 50-day in shorthand 0.3k off (number-untraced: the shorthand is read on the index's
scale, not as a figure of a few dollars).
"""

from __future__ import annotations

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built

K_KEYS = ("idx_GSPC-2026-11-20", "idx_RUT-2026-11-17")


def _k(value: float, decimals: int) -> str:
    return f"{value / 1000:.{decimals}f}k"


def _support(s: Snapshot):  # type: ignore[no-untyped-def]
    return next(level for level in s.levels if level.kind == "support" and level.source != "round")


def _resistance(s: Snapshot):  # type: ignore[no-untyped-def]
    return next(level for level in reversed(s.levels)
                if level.kind == "resistance" and level.source != "round")


def round_map(b: Built) -> str:
    s = b.snapshot
    support, resistance = _support(s), _resistance(s)
    assert s.trend.sma_50 is not None
    return (
        f"# {s.name}: the round-number map\n\n"
        f"The index finished the day around {_k(s.close, 1)}. The nearest floor is the {support.label} at "
        f"{_k(support.price, 2)}, and the close sits {abs(support.distance_pct):.2f}% above that level; "
        f"overhead, the {resistance.label} near {_k(resistance.price, 2)}. The 50-day is back at "
        f"{_k(s.trend.sma_50, 2)}.\n\n*1,204 views \u00b7 57 replies*\n"
    )


def shorthand_texts(built: dict[str, Built]) -> list:  # type: ignore[type-arg]
    from .user_texts import UserText

    return [UserText(f"user-roundmap-{key}", key, "social", "md", round_map(built[key])) for key in K_KEYS]


def shorthand_plants(built: dict[str, Built]) -> list[Plant]:
    out = []
    for key in K_KEYS:
        s = built[key].snapshot
        assert s.trend.sma_50 is not None
        said, wrong = _k(s.trend.sma_50, 2), _k(s.trend.sma_50 + 300, 2)
        out.append(Plant(f"roundmap-50d-{key}", f"user-roundmap-{key}", "value", f"back at {said}",
                         f"back at {wrong}", "number-untraced", wrong,
                         note="the 50-day in thousands shorthand, 0.3k off"))
    return out
