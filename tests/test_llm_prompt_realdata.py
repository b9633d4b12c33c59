"""The model prompt on real sessions asks for what the template wrote there (../shared/realdata,
linked never copied; skips when it is absent): the VIX beside a relief rally's move in the headline,
the range's record lid, the 20-day average as the line under a record, the one edge of a zone in a
neutral final call, never a side the desk's 200-day filter keeps out; and an answer that follows the
prompt (tests/llm_answers.py) verifies clean."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import llm_answers
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import realdata_article as ra  # noqa: E402
from editorial_metrics import offers  # noqa: E402

from pipeline.config import load_settings  # noqa: E402
from pipeline.facts import build_fact_sheet  # noqa: E402
from pipeline.indicators.setups import Market, trend_block  # noqa: E402
from pipeline.llm.prompts import PromptSet  # noqa: E402
from pipeline.wiring import make_pipeline  # noqa: E402
from pipeline.writers.llm_article import assemble  # noqa: E402
from pipeline.writers.llm_prompt import article_values  # noqa: E402
from pipeline.writers.llm_schema import ModelArticle  # noqa: E402

pytestmark = pytest.mark.skipif(not (ra.OHLCV / "kittycapital_etf-seasonality").is_dir(),
                                reason="../shared/realdata is absent")
SESSIONS = {("SPY", date(2026, 3, 31)), ("IWM", date(2026, 8, 21)), ("QQQ", date(2026, 5, 14)),
            ("SPY", date(2026, 6, 5))}


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> Iterator[dict[str, tuple[str, object, list]]]:
    """'SYMBOL DATE' -> (the article prompt, the template article, the follower's findings)."""
    quiet = logging.getLogger("pipeline")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # restored below: a level left set hides later tests' log records
    try:
        yield _written(tmp_path_factory)
    finally:
        quiet.setLevel(level)


_FILLED: dict[str, tuple[str, Market | None]] = {}
"""'SYMBOL DATE' -> (the prompt's short-term line with its slots filled, the setups' market)."""


def _written(tmp_path_factory) -> dict[str, tuple[str, object, list]]:
    folder = tmp_path_factory.mktemp("realdata-prompt")
    pipeline = make_pipeline(load_settings(ra.write_config(folder, ra.link_bars(folder, ra.OHLCV))))
    out = {}
    for symbol, session in sorted(SESSIONS):
        snapshot = pipeline.snapshot(symbol, session)
        news, scores, brief = pipeline.prepare(pipeline.settings.instrument(symbol), snapshot)
        sheet = build_fact_sheet(snapshot, scores)
        prompt = PromptSet().render("article", **article_values(brief, sheet, len(news), 200))
        answer = ModelArticle.model_validate(llm_answers.answer_for(llm_answers.parse_prompt(prompt)))
        article, own = assemble(brief, sheet, answer, len(news), "model")
        findings = own + pipeline.checker(snapshot, scores, news)(article)
        out[f"{symbol} {session}"] = (prompt, pipeline.writer.write(brief), findings)
        line = next(row for row in prompt.splitlines() if row.startswith("- short-term: "))
        _FILLED[f"{symbol} {session}"] = (sheet.fill(line), Market.of(snapshot))
    return out


def test_the_prompt_asks_for_the_templates_story(written) -> None:
    prompt, template, _ = written["SPY 2026-03-31"]  # a relief rally: the VIX shares the headline
    assert "VIX" in template.headline and "Down" in template.headline  # angle_text.VIX_TAILS
    assert "in the headline (with angle 4 beside it)" in prompt and "\n4. vix (down)" in prompt
    assert "- take on {level_3}, the resistance zone around the 200-day average" in prompt
    assert "a long needs a close above {level_3_high} (top of the 200-day zone)" in prompt
    prompt, template, _ = written["IWM 2026-08-21"]  # the range's top is the record close
    assert "record close" in template.take.lower()
    # the range top is one price since a zone narrower than 0.05 ATR prints as one level (ed57e084): the
    # plan names it by its slot and says it is the record close
    assert "- the range top {range_upper} is also the record close" in prompt
    prompt, template, _ = written["QQQ 2026-05-14"]  # a record: the 20-day average is the line
    assert "- take on {sma_20}, the 20-day average" in prompt and "bullish while it holds" in prompt
    assert "20-day average" in template.take
    prompt, _, _ = written["SPY 2026-06-05"]  # a fear day: the signs once, the VIX beside the fall
    assert "(from a VIX spike, an outsized move; the take names these once" in prompt
    assert "in the headline (with angle 3 beside it)" in prompt and "\n3. vix (up)" in prompt


def test_the_plan_never_offers_a_side_the_trend_filter_keeps_out(written) -> None:
    """SPY 2026-03-31 closed under a rising 200-day: the short is filtered (the average rises) and
    named only as where the case fails; the long is filtered today, but a close above the zone
    around the 200-day would let it in, so its condition stays. SPY 2026-06-05: the short, above
    a rising 200-day, is not offered either."""
    blocked = []
    for key in written:
        line, market = _FILLED[key]
        assert market is not None, key
        for direction in ("long", "short"):
            if trend_block(direction, market) is not None:
                blocked.append((key, direction))
                assert not offers(line, direction, market), (key, direction, line)
    assert ("SPY 2026-03-31", "short") in blocked and ("SPY 2026-06-05", "short") in blocked
    line, _ = _FILLED["SPY 2026-03-31"]
    assert "a long needs a close above" in line, line
    assert any(refusal in line for refusal in ("no short to take", "short stays off", "stands aside there",
                                                "not start a short", "but no short", "stands aside above",
                                                "stands aside while", "yet no short", "still no short")), line


def test_an_answer_following_the_prompt_verifies_clean_on_real_sessions(written) -> None:
    for key, (_, _, findings) in written.items():
        assert [f for f in findings if f.severity.value in ("error", "warning")] == [], key


def test_the_plan_tells_a_range_breaks_story_as_the_take_does(written) -> None:
    """SPY 2026-06-05 closed under its range bottom above a rising 200-day: the template's take says
    the break is the sellers' but the desk takes no short, and what hands it back to the buyers; the
    plan's view says the same story, not 'buyers above ...; sellers below ...' (a range still
    holding)."""
    prompt, template, _ = written["SPY 2026-06-05"]
    assert "we take no short" in template.take and "sellers'" in template.take, template.take
    view = next(row for row in prompt.splitlines() if "neutral: " in row)
    assert "neutral: the break is the sellers' to keep below " in view, view
    assert "we take no short with the 200-day rising; a close back over " in view, view
    assert view.endswith("would hand it to the buyers"), view
    assert "buyers above" not in view and "sellers below" not in view, view
