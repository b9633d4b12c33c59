"""Angle ranking on snapshots built from hand-made bars: the biggest event of the session leads."""

from __future__ import annotations

from datetime import date

import numpy as np
from test_indicators import closes_from_pct, history, instrument

from pipeline.angles import Angle, AngleKind, market_day, rank_angles, with_driver
from pipeline.config import InstrumentConfig
from pipeline.contracts import InstrumentKind, PriceHistory, RelatedMove, RelatedRole, Snapshot
from pipeline.indicators import build_snapshot


def quiet_band(n: int = 300, seed: int = 5) -> list[float]:
    """`n` closes wandering in a narrow band around 100 (daily moves of about 0.4%)."""
    rng = np.random.default_rng(seed)
    closes = [100.0]
    for _ in range(n - 1):
        step = rng.normal(0, 0.4)
        closes.append(closes[-1] * (1 + step / 100) if 98.5 < closes[-1] < 101.5 else
                      closes[-1] * (1 - np.sign(closes[-1] - 100) * 0.004))
    return closes


def snapshot_with(closes: list[float], vix: list[float] | None = None,
                  volumes: list[float] | None = None) -> Snapshot:
    hist = history("SPY", closes, volumes=volumes)
    related: dict[str, tuple[InstrumentConfig, PriceHistory]] = {}
    inst = instrument("SPY")
    if vix is not None:
        inst = instrument("SPY", gauges=["^VIX"])
        related["^VIX"] = (InstrumentConfig(symbol="^VIX", name="Cboe Volatility Index",
                                            kind=InstrumentKind.VOLATILITY), history("^VIX", vix))
    return build_snapshot(hist, inst, related, hist.bars[-1].session)


def test_selloff_with_a_vix_spike_leads_over_the_range() -> None:
    base = quiet_band()
    closes = [*base, base[-1] * (1 - 0.026)]
    vix = [16.0] * (len(closes) - 1) + [22.4]  # +40%
    angles = rank_angles(snapshot_with(closes, vix))
    assert angles[0].kind == AngleKind.MOVE and angles[0].direction == "down"
    kinds = [a.kind for a in angles]
    assert AngleKind.VIX in kinds and kinds.index(AngleKind.VIX) < kinds.index(AngleKind.DRIFT)
    assert AngleKind.RANGE not in kinds  # a 2.6% day is not "still in its range"


def test_quiet_day_in_a_tight_range_leads_with_the_range() -> None:
    base = quiet_band()[:-1]  # the band's last close broke its range: end the day before
    closes = [*base, base[-1] * 1.001]
    angles = rank_angles(snapshot_with(closes))
    assert angles[0].kind == AngleKind.RANGE


def test_record_close_with_a_full_year_is_a_record_without_it_a_window_high() -> None:
    base = quiet_band()
    closes = [*base, max(base) * 0.999, max(base) * 1.003]  # the day before nearly matched it
    full = rank_angles(snapshot_with(closes))
    assert full[0].kind == AngleKind.RECORD
    short = rank_angles(snapshot_with(closes[-120:]))
    assert AngleKind.RECORD not in [a.kind for a in short]
    assert AngleKind.HIGH in [a.kind for a in short]


def test_five_up_closes_and_a_volume_surge_are_angles() -> None:
    base = quiet_band()
    closes = [*base[:-6], *closes_from_pct(base[-6], [0.3, 0.3, 0.3, 0.3, 0.3])]
    volumes = [1_000_000.0] * (len(closes) - 1) + [3_000_000.0]
    angles = rank_angles(snapshot_with(closes, volumes=volumes))
    kinds = [a.kind for a in angles]
    assert AngleKind.STREAK in kinds and AngleKind.VOLUME in kinds
    assert kinds.index(AngleKind.VOLUME) < kinds.index(AngleKind.RANGE)


def test_angles_are_ranked_best_first() -> None:
    base = quiet_band()
    angles = rank_angles(snapshot_with([*base, base[-1] * 0.97], [16.0] * len(base) + [24.0]))
    scores = [a.score for a in angles]
    assert scores == sorted(scores, reverse=True)
    assert angles[-1].kind == AngleKind.DRIFT or angles[-1].score <= 0.5
    assert isinstance(angles[0].summary, str) and not any(ch.isdigit() for ch in angles[0].summary)
    assert date  # imported for readers of the fixtures


def test_close_beyond_the_past_month_without_a_tight_range_is_a_month_break() -> None:
    rng = np.random.default_rng(11)
    closes = closes_from_pct(100, list(rng.normal(0, 1.8, 299)))  # too wide for a tight range
    closes.append(max(closes[-20:]) * 1.004)
    snap = snapshot_with(closes)
    assert snap.range is not None and not snap.range.is_tight
    found = [a for a in rank_angles(snap) if a.kind == AngleKind.BREAKOUT]
    assert found and found[0].subject == "month" and found[0].direction == "up"


def test_big_selloff_on_a_vix_spike_outranks_the_streak_it_extends() -> None:
    base = quiet_band()
    falling = [base[-1] * (1 - 0.0015 * i) for i in range(1, 7)]  # six lower closes
    probe = snapshot_with([*base, *falling])
    atr = probe.volatility.atr_14 or 0.0
    closes = [*base, *falling, falling[-1] - 1.8 * atr]  # the seventh: about 1.8 ATRs
    vix = [16.0] * (len(closes) - 1) + [22.4]  # +40%
    calm = rank_angles(snapshot_with(closes))
    fear = rank_angles(snapshot_with(closes, vix))
    streak = next(a for a in calm if a.kind == AngleKind.STREAK)
    move = next(a for a in calm if a.kind == AngleKind.MOVE)
    assert move.score < streak.score  # without the VIX the streak leads
    assert fear[0].kind == AngleKind.MOVE and fear[0].score > streak.score


def with_peer(snap: Snapshot, change_pct: float) -> Snapshot:
    """`snap` with the Nasdaq 100 (QQQ) as a peer that moved `change_pct` on the session."""
    peer = RelatedMove(symbol="QQQ", name="Invesco QQQ Trust", kind=InstrumentKind.ETF, role=RelatedRole.PEER,
                       close=600.0, change_1d_pct=change_pct,
                       divergence_pp=snap.returns.change_1d_pct - change_pct)
    return snap.model_copy(update={"related": [*snap.related, peer]})


def fall_of(atrs: float) -> list[float]:
    """The quiet band, then one down close of `atrs` ATRs."""
    base = quiet_band()
    atr = snapshot_with(base).volatility.atr_14 or 0.0
    return [*base, base[-1] - atrs * atr]


def test_a_peer_gap_on_a_market_wide_day_ranks_under_the_fall() -> None:
    closes = fall_of(1.2)
    vix = [16.0] * (len(closes) - 1) + [22.4]  # +40%

    def move_and_gap(snap: Snapshot) -> tuple[Angle, Angle]:
        angles = rank_angles(snap)
        move = next(a for a in angles if a.kind == AngleKind.MOVE)
        return move, next(a for a in angles if a.kind == AngleKind.DIVERGENCE)

    fear = with_peer(snapshot_with(closes, vix), -4.8)
    move, gap = move_and_gap(fear)
    assert market_day(fear) and gap.direction == "up"
    assert 0 < move.score - gap.score <= 0.011  # right behind the fall: the headline pairs them
    move, gap = move_and_gap(with_peer(snapshot_with(closes), -4.8))  # no VIX: the peer fell further
    assert 0 < move.score - gap.score <= 0.011
    apart = with_peer(snapshot_with(closes), 3.0)  # the peer rallied: no market-wide fall
    move, gap = move_and_gap(apart)
    assert not market_day(apart) and gap.score > move.score + 1


def test_the_days_driver_leads_over_a_volume_surge_but_never_over_the_days_own_event() -> None:
    base = quiet_band()
    volumes = [1_000_000.0] * len(base) + [3_000_000.0]
    surge = rank_angles(snapshot_with([*base, base[-1] * 1.004], volumes=volumes))
    assert surge[0].kind == AngleKind.VOLUME
    led = with_driver(surge, "down")
    assert led[0].kind == AngleKind.DRIVER and led[0].direction == "up" and led[1:] == surge
    assert led[0].score > surge[0].score
    assert with_driver(surge, None) == surge  # no driver in the news: nothing changes
    selloff = rank_angles(snapshot_with([*base, base[-1] * 0.95], volumes=volumes))
    assert selloff[0].kind not in (AngleKind.VOLUME, AngleKind.DRIFT, AngleKind.EVENT, AngleKind.NEWS)
    assert with_driver(selloff, "up") == selloff  # a big move stays the headline
