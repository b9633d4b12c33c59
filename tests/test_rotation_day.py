"""A rotation day on the news (stories.rotation): the day's best peer rose, its worst fell, far apart.
The headline, the lead and the dek tell the money's move, and none credits the news with a move the
wrong way ('The soft CPI report dragged the S&P 500 down' on news day 2024-07-11)."""

from __future__ import annotations

import re

from market_factories import settings, snapshot_for
from test_lead_relative_day import rates_story

from pipeline.contracts import RelatedRole, Snapshot
from pipeline.scoring import score_snapshot
from pipeline.stories import Rotation, SessionEvent, rotation
from pipeline.writers import Brief
from pipeline.writers.angle_text import CONTENT_TAILS, rotation_frames, rotation_lead
from pipeline.writers.event_dek import event_clause

CFG = settings()


def day(symbol: str, own: float, peers: dict[str, float]) -> Snapshot:
    """The synthetic snapshot of `symbol` with its own day move and each peer's (%)."""
    snap = snapshot_for(symbol, seed=3)
    related = [m.model_copy(update={"change_1d_pct": peers[m.symbol], "divergence_pp": own - peers[m.symbol]})
               if m.symbol in peers else m for m in snap.related]
    returns = snap.returns.model_copy(update={"change_1d_pct": own})
    return snap.model_copy(update={"related": related, "returns": returns})


def brief_for(snapshot: Snapshot) -> Brief:
    inst = CFG.instrument(snapshot.symbol)
    return Brief(snapshot=snapshot, scores=score_snapshot(snapshot, []), news=[],
                 short_name=inst.display_name, related_names={i.symbol: i.short_name or i.name
                                                              for i in CFG.instruments},
                 tags=inst.tags, desk="Desk", byline="Writer", ai_label="AI label")


CPI_DAY = {"SPY": -0.86, "QQQ": -2.19, "IWM": 3.59, "DIA": 0.09}
"""The four moves of news day 2024-07-11 (a cooler CPI)."""


def cpi_day(symbol: str) -> Snapshot:
    return day(symbol, CPI_DAY[symbol], {k: v for k, v in CPI_DAY.items() if k != symbol})


def test_rotation_reads_the_days_best_and_worst_when_far_apart_both_ways() -> None:
    assert rotation(cpi_day("SPY")) == Rotation("IWM", "QQQ")
    assert rotation(cpi_day("IWM")) == Rotation("IWM", "QQQ")  # the instrument can be a side
    # every index down (a hot CPI): no rotation, the news sank the market
    assert rotation(day("SPY", -4.35, {"QQQ": -5.48, "IWM": -3.91, "DIA": -3.96})) is None
    # a sector selloff with the Dow up 0.68%: the best side did not rise enough to be one
    assert rotation(day("SPY", -1.41, {"QQQ": -2.91, "IWM": -0.96, "DIA": 0.68})) is None
    # both ways by 1% or more but close together: a mixed day, not a rotation
    assert rotation(day("SPY", 0.20, {"QQQ": -1.10, "IWM": 1.20, "DIA": 0.10})) is None
    # only peers and the benchmark count, not the index or the VIX
    snap = cpi_day("QQQ")
    assert all(m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK) or m.symbol not in CPI_DAY
               for m in snap.related)


def test_rotation_headlines_tell_the_money_and_the_instruments_own_move() -> None:
    tails = CONTENT_TAILS[("inflation", "cooler")]
    loser = brief_for(cpi_day("QQQ"))
    frames = rotation_frames(loser, Rotation("IWM", "QQQ"), tails, "down", True)
    assert len(frames) == len(tails)
    for frame, tail in zip(frames, tails, strict=True):
        assert f"Small Caps {tail}; {{name}} " in frame
    winner = brief_for(cpi_day("IWM"))
    frames = rotation_frames(winner, Rotation("IWM", "QQQ"), tails, "up", True)
    assert all(f.endswith(" the Nasdaq 100") and f.startswith("{Name} ") and "; " in f for f in frames)
    assert len({f.split("; ")[1] for f in frames}) == len(frames)  # each frame its own words


def test_rotation_leads_credit_the_news_with_the_rotation_not_the_fall() -> None:
    nouns = ("the softer CPI reading",) * 4
    event = SessionEvent("inflation", rates_story(), None)
    causal = re.compile(r"(?:dragged|knocked|pushed|weighed on|gave ground on)", re.IGNORECASE)
    for symbol, slot in (("SPY", 0), ("QQQ", 1), ("IWM", 2), ("SPY", 3)):
        brief = brief_for(cpi_day(symbol))
        lead = rotation_lead(brief, Rotation("IWM", "QQQ"), nouns, slot, None, event)
        assert "the Nasdaq 100" in lead and "small caps" in lead, lead
        assert causal.search(lead) is None, lead
        assert lead[0].isupper(), lead
        # an instrument on neither side says which side it went with
        assert ("sided with the Nasdaq 100" in lead) == (symbol == "SPY"), lead


def test_the_rotation_deks_split_frames_credit_no_fall_to_the_news() -> None:
    event = SessionEvent("inflation", rates_story(), None)
    brief = brief_for(cpi_day("SPY"))
    for frame in range(4):
        text = event_clause(brief, event, frame)
        assert "lower" not in text and "sank" not in text, text
        assert "small caps" in text, text
