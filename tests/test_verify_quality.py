"""snapshot_quality: a snapshot from a file is checked against itself before an article is."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from market_factories import snapshot_for

from pipeline.contracts import Severity, Snapshot
from pipeline.verify import check_snapshot
from pipeline.verify.quality import MIN_BARS_USED, snapshot_quality


@pytest.fixture(scope="module")
def snap() -> Snapshot:
    return snapshot_for("IWM")


def changed(snap: Snapshot, **fields: Any) -> Snapshot:
    """A copy with some fields changed, re-validated as it would be when read from a file."""
    return Snapshot.model_validate({**snap.model_dump(), **fields})


def with_returns(snap: Snapshot, **fields: Any) -> Snapshot:
    return changed(snap, returns={**snap.returns.model_dump(), **fields})


def messages(snap: Snapshot) -> list[str]:
    findings = snapshot_quality(snap)
    assert all(f.code == "data-quality" and f.severity == Severity.ERROR for f in findings)
    return [f.message for f in findings]


def test_a_built_snapshot_is_consistent(snap: Snapshot) -> None:
    assert snapshot_quality(snap) == []
    assert check_snapshot(snap) == []


def test_values_rounded_to_two_decimals_pass(snap: Snapshot) -> None:
    rounded = with_returns(snap, change_1d=round(snap.returns.change_1d, 2),
                           change_1d_pct=round(snap.returns.change_1d_pct, 2))
    rounded = changed(rounded, related=[{**m.model_dump(), "divergence_pp": round(m.divergence_pp, 2),
                                         "change_1d_pct": round(m.change_1d_pct, 2)}
                                        for m in rounded.related],
                      levels=[{**lv.model_dump(), "distance_pct": round(lv.distance_pct, 2)}
                              for lv in rounded.levels])
    assert snapshot_quality(rounded) == []


def test_zero_change_with_a_moving_price_is_a_stuck_quote(snap: Snapshot) -> None:
    stuck = with_returns(changed(snap, close=snap.prev_close), change_1d=0.0, change_1d_pct=0.0)
    stuck = changed(stuck, levels=[], related=[])
    (message,) = messages(stuck)
    assert "stuck quote" in message
    assert f"close {snap.prev_close:g} equals prev_close {snap.prev_close:g}" in message


def test_a_flat_day_without_range_is_not_stuck(snap: Snapshot) -> None:
    price = snap.prev_close
    flat = with_returns(changed(snap, close=price, open=price, high=price, low=price),
                        change_1d=0.0, change_1d_pct=0.0)
    flat = changed(flat, levels=[], related=[])
    assert messages(flat) == []


def test_change_disagreeing_with_the_prices(snap: Snapshot) -> None:
    (finding,) = snapshot_quality(with_returns(snap, change_1d=snap.returns.change_1d + 1))
    assert finding.message.startswith("returns.change_1d: ")
    assert f"{snap.close:g} - {snap.prev_close:g}" in finding.message
    assert finding.expected == f"{snap.close - snap.prev_close:.4g}"
    (finding,) = snapshot_quality(with_returns(snap, change_1d_pct=snap.returns.change_1d_pct + 0.05))
    assert finding.message.startswith("returns.change_1d_pct: ")
    assert finding.section == "snapshot"


def test_a_quote_from_another_day_is_stale(snap: Snapshot) -> None:
    (message,) = messages(changed(snap, as_of=snap.as_of - timedelta(days=1)))
    assert message.startswith("as_of: ")
    assert "stale quote" in message and str(snap.session) in message


def test_prices_outside_the_days_range(snap: Snapshot) -> None:
    found = messages(changed(snap, open=snap.high + 1))
    assert found == [f"open: open {snap.high + 1:g} is outside the day's range low {snap.low:g} - "
                     f"high {snap.high:g}"]
    assert any(m.startswith("low: low ") for m in messages(changed(snap, low=snap.high + 5)))


def test_divergence_must_be_the_gap_between_the_moves(snap: Snapshot) -> None:
    moves = [m.model_dump() for m in snap.related]
    moves[1]["divergence_pp"] += 0.5
    (message,) = messages(changed(snap, related=moves))
    assert message.startswith("related[1].divergence_pp: ")
    assert snap.related[1].symbol in message


def test_level_distance_must_follow_from_the_close(snap: Snapshot) -> None:
    levels = [lv.model_dump() for lv in snap.levels]
    levels[0]["distance_pct"] = -levels[0]["distance_pct"] - 1
    (message,) = messages(changed(snap, levels=levels))
    assert message.startswith("levels[0].distance_pct: ")
    assert f"{snap.levels[0].price:g}" in message


def test_upside_down_range_and_zone(snap: Snapshot) -> None:
    assert snap.range is not None
    bad = changed(snap, range={**snap.range.model_dump(), "lower": snap.range.upper + 1})
    assert [m for m in messages(bad) if m.startswith("range.lower: ")]
    levels = [lv.model_dump() for lv in snap.levels]
    levels[0].update(zone_low=levels[0]["price"] + 1, zone_high=levels[0]["price"] - 1)
    assert [m for m in messages(changed(snap, levels=levels)) if m.startswith("levels[0].zone_low: ")]


def test_too_little_history(snap: Snapshot) -> None:
    (message,) = messages(changed(snap, bars_used=MIN_BARS_USED - 1))
    assert message.startswith(f"bars_used: {MIN_BARS_USED - 1} sessions")


def test_zero_prev_close_is_reported_not_divided(snap: Snapshot) -> None:
    found = messages(changed(snap, prev_close=0.0, levels=[], related=[]))
    assert any(m.startswith("prev_close: is 0") for m in found)
