"""A side the desk's trend filter keeps out is never offered as a trade, and the take's level is the
one the shown setup trades toward (bench/editorial_metrics: filtered_sides_offered,
take_setup_disagree).

- News day 2024-12-18 SPY: a bearish call above a rising 200-day. A close under the average alone
  would still leave the short out (the average has to turn down too), so the short-term row names
  both conditions, as the take does; before edtrade46 it read 'a short needs a close below the
  200-day average at $550.53 first'.
- Real QQQ 2026-03-31: 'a long needs a close above $594.41 (the 200-day average)' is a real
  condition: the average is $594.4145, and a close above the printed figure is one at $594.42.
- News day 2022-09-13 IWM: the take watches the range bottom at $176.99-$178.31 and the short fade
  aims at $178.31, the zone's near edge: at the level, not short of it.

Real bars; skips when ../shared/realdata is absent.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from editorial_cases import Case, news_day_cases, news_days, real_cases, realdata_present  # noqa: E402
from editorial_metrics import filtered_sides_offered, offers, take_setup_disagree  # noqa: E402

from pipeline.contracts import Bias  # noqa: E402
from pipeline.indicators.setups import Market, trend_block  # noqa: E402

pytestmark = pytest.mark.skipif(not realdata_present(), reason="../shared/realdata is absent")


def _news_case(session: date, symbol: str) -> Case:
    (day,) = [d for d in news_days() if d.session == session]
    return next(c for c in news_day_cases([day]) if c.snapshot.symbol == symbol)


def _errors(case: Case) -> list[str]:
    return [f.message for f in case.findings if f.severity == "error"]


def test_a_short_above_a_rising_200_day_names_both_conditions() -> None:
    case = _news_case(date(2024, 12, 18), "SPY")
    market = Market.of(case.snapshot)
    assert market is not None and market.sma_200 is not None
    assert trend_block("short", market) == "trend_side"
    assert trend_block("short", replace(market, close=market.sma_200 - 0.01)) == "trend_slope"
    row = case.article.final_call[0]
    assert row.bias == Bias.BEARISH and not case.article.setups
    assert f"${market.sma_200:,.2f}" in row.reasoning and "turn" in row.reasoning, row.reasoning
    assert "needs a close below" not in row.reasoning, row.reasoning
    assert filtered_sides_offered(case) == []
    assert _errors(case) == []


def test_a_close_condition_at_the_printed_average_lets_the_long_in() -> None:
    (case,) = real_cases([date(2026, 3, 31)], ["QQQ"])
    market = Market.of(case.snapshot)
    assert market is not None and market.sma_200 is not None
    printed = f"${market.sma_200:,.2f}"
    assert float(printed[1:].replace(",", "")) < market.sma_200  # the figure rounds down
    assert f"a long needs a close above {printed}" in case.article.final_call[0].reasoning
    assert filtered_sides_offered(case) == []
    assert not offers(f"a long needs a close above {printed}", "long", market)
    assert offers(f"a short needs a close below the 200-day average at {printed} first", "short",
                  replace(market, close=market.sma_200 + 5))


def test_a_fade_aiming_at_the_zone_the_take_watches_agrees() -> None:
    case = _news_case(date(2022, 9, 13), "IWM")
    (setup,) = case.article.setups
    first = case.article.take.split(". ")[0]
    assert setup.direction == "short" and setup.entry > case.snapshot.close
    assert f"–${setup.target:,.2f}" in first, first  # the zone's near edge, under the close
    assert take_setup_disagree(case) == 0
    assert _errors(case) == []


def test_a_lean_whose_only_trade_is_the_other_way_names_that_trade() -> None:
    """Real QQQ 2026-07-29: bearish (Pulse 22) above a 200-day that has not turned down, so no short;
    the desk's rules place a long on a pullback to the 200-day at $644.14, not shown under a bearish
    call. The take names it as the trade on the chart, with the long trend, and the lean stays."""
    from editorial_metrics import lean_other_way_trade_unsaid

    (case,) = real_cases([date(2026, 7, 29)], ["QQQ"])
    market = Market.of(case.snapshot)
    assert market is not None and trend_block("short", market) is not None
    assert case.article.final_call[0].bias == Bias.BEARISH and not case.article.setups
    (other,) = [s for s in case.snapshot.setups if s.direction == "long"]
    take = case.article.take
    assert "no short" in take, take
    assert f"a long on a pullback to the 200-day average at ${other.entry:,.2f}" in take, take
    assert "(the 200-day average)" not in take, take
    assert lean_other_way_trade_unsaid(case) == 0
    assert _errors(case) == []
    start = take.rindex(". ", 0, take.index("a long on")) + 1
    bare = replace(case, article=case.article.model_copy(update={"take": take[:start]}))
    assert lean_other_way_trade_unsaid(bare) == 1


def test_the_model_plan_names_the_other_way_trade_the_take_names(tmp_path: Path) -> None:
    """Real QQQ 2026-07-29 again, for the model writer: the plan's play (llm_plan.setup_play) gives
    the long the template's take names, with its trigger's figure, not an empty play beside a
    bearish lean (before ednews the model was told no trade and wrote none)."""
    from editorial_cases import FIXTURES, REALDATA_SOURCE, _config, _link_bars

    from pipeline.config import load_settings
    from pipeline.facts import build_fact_sheet
    from pipeline.wiring import make_pipeline
    from pipeline.writers.llm_plan import setup_play

    pipeline = make_pipeline(load_settings(_config(tmp_path, _link_bars(tmp_path), None, FIXTURES / "web",
                                                   REALDATA_SOURCE)))
    snapshot = pipeline.snapshot("QQQ", date(2026, 7, 29))
    _, scores, brief = pipeline.prepare(pipeline.settings.instrument("QQQ"), snapshot)
    (other,) = [s for s in snapshot.setups if s.direction == "long"]
    play = build_fact_sheet(snapshot, scores).fill(setup_play(brief))
    assert play.startswith("no short: the only trade is the other way, a long"), play
    assert f"${other.entry:,.2f}" in play, play
    assert f"${other.entry:,.2f}" in pipeline.writer.write(brief).take  # type: ignore[union-attr]
