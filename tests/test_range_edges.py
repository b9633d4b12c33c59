"""One range, one set of numbers: an article names each range edge by one figure, the levels table's
(its zone where the table has one, else its closing bound), in the band of closes as where it names
the edge as a level; a third figure is a stray (bench/editorial_ranges.py reads the article; the
demo and seeded snapshots are written by the real template writer)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from editorial_cases import Case, demo_cases  # noqa: E402
from editorial_ranges import edge_mentions, figures_per_edge, strays  # noqa: E402
from market_factories import settings, snapshot_for  # noqa: E402

from pipeline.contracts import Article, Snapshot  # noqa: E402
from pipeline.scoring import score_snapshot  # noqa: E402
from pipeline.writers import Brief, TemplateWriter  # noqa: E402


@pytest.fixture(scope="module")
def demo() -> list[Case]:
    return demo_cases()


@pytest.fixture(scope="module")
def qqq(demo: list[Case]) -> Case:
    return next(c for c in demo if c.snapshot.symbol == "QQQ")


def _with_take(case: Case, take: str) -> Article:
    return case.article.model_copy(update={"take": take})


def _bottom_zone(snapshot: Snapshot) -> tuple[float, float]:
    level = next(lv for lv in snapshot.levels if lv.source == "range" and lv.label == "range bottom")
    assert level.zone_low is not None and level.zone_high is not None
    return level.zone_low, level.zone_high


def test_the_demo_qqq_range_bottom_is_a_zone_around_its_lowest_close(qqq: Case) -> None:
    # the case the checks below lean on: three figures for one edge are possible here
    low, high = _bottom_zone(qqq.snapshot)
    assert qqq.snapshot.range is not None
    assert low < qqq.snapshot.range.lower < high


def test_an_edge_named_by_one_end_of_its_zone_is_a_stray(qqq: Case) -> None:
    low, high = _bottom_zone(qqq.snapshot)
    for figure in (low, high):
        article = _with_take(qqq, f"{qqq.article.take} Again: a close below the range bottom at "
                                  f"${figure:,.2f} would prove that wrong.")
        assert [m.figure for m in strays(article, qqq.snapshot)] == [(figure,)]
        assert figures_per_edge(article, qqq.snapshot)["bottom"] == 2  # the zone, and the stray


def test_an_edge_named_by_its_zone_its_closing_bound_or_a_labelled_zone_end_is_not(qqq: Case) -> None:
    low, high = _bottom_zone(qqq.snapshot)
    assert qqq.snapshot.range is not None
    bound = qqq.snapshot.range.lower
    for take in (f"A close below the range bottom at ${low:,.2f}–${high:,.2f} would prove that wrong.",
                 f"Our read is bullish while closes hold above ${low:,.2f}–${high:,.2f}, the range bottom.",
                 f"The close that matters is the range bottom at ${bound:,.2f}.",
                 f"The long setup buys at the top of the range-bottom zone, ${high:,.2f}."):
        article = _with_take(qqq, take)
        assert any(m.edge == "bottom" for m in edge_mentions(article, qqq.snapshot)), take
        assert strays(article, qqq.snapshot) == [], take


def test_a_zone_end_called_the_wrong_end_is_a_stray(qqq: Case) -> None:
    low, _ = _bottom_zone(qqq.snapshot)
    article = _with_take(qqq, f"The long setup buys at the top of the range-bottom zone, ${low:,.2f}.")
    assert len(strays(article, qqq.snapshot)) == 1


def test_closes_quoted_around_the_range_must_be_the_closing_bounds(qqq: Case) -> None:
    low, _ = _bottom_zone(qqq.snapshot)
    assert qqq.snapshot.range is not None
    top = qqq.snapshot.range.upper
    article = qqq.article.model_copy(update={"analysis": [
        f"Closes have held between ${low:,.2f} and ${top:,.2f} for 29 sessions.",
        *qqq.article.analysis[1:]]})
    assert [m.figure for m in strays(article, qqq.snapshot)] == [(low,)]


def test_the_demo_articles_name_each_range_edge_by_one_figure(demo: list[Case]) -> None:
    # IWM 2026-11-20 named its range top '$249.26' in the band of closes (dek, analysis, final call)
    # and '$249.17–$249.95' in the table, the scenarios and the take: two tops for one range
    named = 0
    for case in demo:
        assert strays(case.article, case.snapshot) == [], case.snapshot.symbol
        counts = figures_per_edge(case.article, case.snapshot)
        assert all(n == 1 for n in counts.values()), (case.snapshot.symbol, counts)
        named += bool(counts)
    assert named == len(demo)  # every demo instrument sits in a range the article talks about


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6, 7, 8])
@pytest.mark.parametrize("symbol", ["IWM", "SPY", "QQQ", "DIA"])
def test_template_articles_name_range_edges_consistently(symbol: str, seed: int) -> None:
    cfg = settings()
    inst = cfg.instrument(symbol)
    snapshot = snapshot_for(symbol, seed=seed, cfg=cfg)
    brief = Brief(snapshot=snapshot, scores=score_snapshot(snapshot, []), news=[],
                  short_name=inst.display_name,
                  related_names={i.symbol: i.short_name or i.name for i in cfg.instruments},
                  tags=inst.tags, desk="Desk", byline="Writer", ai_label="AI label")
    article = TemplateWriter().write(brief)
    assert strays(article, snapshot) == []
    assert all(n == 1 for n in figures_per_edge(article, snapshot).values())
