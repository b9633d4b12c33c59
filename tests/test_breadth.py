"""A story's line on how many stocks made the move (breadth) is read as breadth, checked against the
peers' moves, and told as breadth in the news paragraph."""

from __future__ import annotations

from market_factories import settings, snapshot_for
from test_news_synthesis import story

from pipeline.breadth import breadth, breadth_backed, move_leader
from pipeline.contracts import RelatedRole, Snapshot
from pipeline.scoring import score_snapshot
from pipeline.writers.base import Brief
from pipeline.writers.news_paragraph import news_paragraph


def spy_day(own: float, **peers: float) -> Snapshot:
    """Synthetic SPY with its day change set to `own` and its peers' (QQQ, DIA, IWM) to `peers`."""
    snap = snapshot_for("SPY", seed=3)
    related = [m.model_copy(update={"change_1d_pct": peers[m.symbol], "divergence_pp": own - peers[m.symbol]})
               if m.symbol in peers else m for m in snap.related]
    returns = snap.returns.model_copy(update={"change_1d_pct": own})
    return snap.model_copy(update={"related": related, "returns": returns})


def test_a_line_on_how_many_stocks_moved_reads_as_breadth_either_way() -> None:
    assert breadth("the equal-weight version of the S&P 500 lagged its cap-weighted parent", "up") == "narrow"
    assert breadth("The equal-weighted version of the S&P 500 rose, a reminder that the index losses "
                   "came from a handful of very large names", "down") == "narrow"
    assert breadth("The equal-weight index rose too, keeping pace with the benchmark", "up") is None
    assert breadth("The equal-weight index outpaced its parent by a wide margin", "up") == "broad"
    assert breadth("Decliners outnumbered advancers by two to one on the NYSE", "up") == "narrow"
    assert breadth("Decliners outnumbered advancers by two to one on the NYSE", "down") == "broad"
    assert breadth("Nearly as many stocks fell as rose on the session", "up") == "narrow"
    assert breadth("Nearly as many stocks fell as rose on the session", "down") is None
    assert breadth("The selloff was broad-based, hitting every sector", "down") == "broad"
    # a move with no word on how many stocks made it
    assert breadth("The S&P 500 climbed as yields fell and traders added to cut bets", "up") is None
    assert breadth("Losses narrowed late in the session", "down") is None
    assert breadth("The S&P 500 eked out a narrow gain after a choppy session", "up") is None  # a small one
    assert breadth("It was a narrow rally, led by a few chipmakers", "up") == "narrow"


def test_breadth_is_told_only_when_the_peers_moves_fit_it() -> None:
    narrow = spy_day(1.1, QQQ=1.9, DIA=0.6, IWM=0.3)
    assert breadth_backed(narrow, "narrow") and breadth_backed(narrow, "broad")
    leader = move_leader(narrow)
    assert leader is not None and leader.symbol == "QQQ"
    # every peer ran further the same way: nothing was left behind, the move was not narrow
    wide = spy_day(1.1, QQQ=1.9, DIA=1.4, IWM=2.3)
    assert not breadth_backed(wide, "narrow") and breadth_backed(wide, "broad")
    led = move_leader(wide)
    assert led is not None and led.symbol == "IWM"
    # a peer that went the other way breaks a broad reading
    split = spy_day(-0.9, QQQ=-2.2, DIA=0.1, IWM=3.6)
    assert breadth_backed(split, "narrow") and not breadth_backed(split, "broad")
    # the instrument that moved most has no leader to name
    alone = spy_day(2.5, QQQ=1.9, DIA=0.6, IWM=0.3)
    assert move_leader(alone) is None
    assert leader.role != RelatedRole.INDEX and led.role != RelatedRole.INDEX  # peers only


def _spy_brief(snapshot: Snapshot, text: str) -> Brief:
    cfg = settings()
    item = story(1, "Stocks rise as megacaps lead", text, symbols=("SPY",), themes=())
    return Brief(snapshot=snapshot, scores=score_snapshot(snapshot, [item]), news=[item],
                 short_name="The S&P 500", index_name="S&P 500 Index",
                 related_names={i.symbol: i.short_name or i.name for i in cfg.instruments},
                 tags=cfg.instrument("SPY").tags, desk="Desk", byline="Writer", ai_label="AI label")


LINE = ("Buyers came back on Friday. The equal-weight version of the S&P 500 lagged its cap-weighted "
        "parent as a few megacap names did the lifting for the whole market.")


def test_the_news_paragraph_tells_a_narrow_line_as_breadth_and_names_the_leader() -> None:
    paragraph = news_paragraph(_spy_brief(spy_day(1.1, QQQ=1.9, DIA=0.6, IWM=0.3), LINE), 1) or ""
    told = next(s for s in paragraph.split(". ") if "equal-weight" in s)
    assert any(word in told for word in ("narrow", "few", "thin")), paragraph
    assert "the Nasdaq 100 led" in paragraph
    # the same line on a day every peer outran the instrument is not told as narrow
    paragraph = news_paragraph(_spy_brief(spy_day(1.1, QQQ=1.9, DIA=1.4, IWM=2.3), LINE), 1) or ""
    assert "equal-weight" in paragraph and "narrow" not in paragraph and "led the" not in paragraph
