"""'Went the other way' is a claim about each peer: stories.stands_apart says 'against' only when every
peer and the benchmark moved the other way; a market split around the instrument (stories.off_average)
names the peers that did (news_paragraph._split_link), not 'its peers'."""

from __future__ import annotations

from market_factories import snapshot_for

from pipeline.contracts import RelatedRole, Snapshot
from pipeline.stories import off_average, stands_apart


def _day(own: float, peers: list[float]) -> Snapshot:
    base = snapshot_for("QQQ")
    returns = base.returns.model_copy(update={"change_1d_pct": own})
    moves = [m for m in base.related if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)]
    assert len(moves) >= len(peers)
    related = [m.model_copy(update={"change_1d_pct": change, "divergence_pp": own - change})
               for m, change in zip(moves, peers, strict=False)]
    return base.model_copy(update={"returns": returns, "related": related})


def test_against_only_when_every_peer_went_the_other_way() -> None:
    assert stands_apart(_day(-0.5, [0.4, 1.7, 1.5])) == "against"
    # down with one peer that fell harder: the peers' average rose, yet not every peer went the other way
    split = _day(-0.86, [-2.19, 0.09, 3.59])
    assert stands_apart(split) is None and off_average(split)
    assert stands_apart(_day(0.02, [1.0, 2.0])) == "still"
    flat_peer = _day(1.0, [-1.0, 0.01])  # a peer that did not move did not go the other way
    assert stands_apart(flat_peer) is None
    assert stands_apart(_day(1.0, [0.5, 2.0])) is None and not off_average(_day(1.0, [0.5, 2.0]))
