"""Macro gauges in the article: the template's cross-market sentence and Macro rows, the model's
slots, and the verifier tracing each gauge figure with its direction word."""

from __future__ import annotations

import pytest
from brief_factories import error_findings as errors
from brief_factories import iwm_brief
from market_factories import SESSION, settings, snapshot_for

from pipeline.contracts import MacroGauge
from pipeline.facts import build_fact_sheet
from pipeline.llm.prompts import PromptSet
from pipeline.render import render_markdown
from pipeline.writers import Brief, TemplateWriter
from pipeline.writers.llm_prompt import article_values, macro_slots


def gauges(yield_change: float | None = -0.07, dollar_change: float | None = -0.38) -> list[MacroGauge]:
    return [
        MacroGauge(key="ten_year_yield", symbol="^TNX", name="US 10-year Treasury yield", unit="percent",
                   session=SESSION, value=4.06, change_1d=yield_change),
        MacroGauge(key="dollar_index", symbol="DX-Y.NYB", name="US Dollar Index", unit="points",
                   session=SESSION, value=99.64, change_1d=dollar_change),
    ]


def brief_with(macro: list[MacroGauge]) -> Brief:
    return iwm_brief(snapshot_for("IWM", seed=3, cfg=settings()).model_copy(update={"macro": macro}))


@pytest.fixture(scope="module")
def falling() -> tuple[Brief, str]:
    brief = brief_with(gauges())
    return brief, render_markdown(TemplateWriter().write(brief))


def test_falling_yield_and_dollar_read_as_falling(falling) -> None:
    brief, text = falling
    article = TemplateWriter().write(brief)
    assert ("The macro backdrop eased: the 10-year Treasury yield fell 7 bp to 4.06% and the dollar index "
            "(DXY) eased 0.38% to 99.64.") in article.cross_market
    rows = {row.name: (row.value, row.reading) for row in article.indicators}
    assert rows["Macro: 10-year Treasury yield"] == ("4.06%", "Down 7 bp on the session")
    assert rows["Macro: dollar index (DXY)"] == ("99.64", "Down 0.38% on the session")
    assert errors(text, brief) == []


def test_rising_yield_and_mixed_signs() -> None:
    brief = brief_with(gauges(yield_change=0.06, dollar_change=-0.38))
    article = TemplateWriter().write(brief)
    assert "Rates and the dollar pulled in different directions: the 10-year Treasury yield rose 6 bp to " \
           "4.06%" in article.cross_market
    assert errors(render_markdown(article), brief) == []


def test_unchanged_and_changeless_gauges() -> None:
    brief = brief_with(gauges(yield_change=0.001, dollar_change=None))
    article = TemplateWriter().write(brief)
    assert "the 10-year Treasury yield held at 4.06% and the dollar index (DXY) stood at 99.64" \
           in article.cross_market
    rows = {row.name: row.reading for row in article.indicators}
    assert rows["Macro: 10-year Treasury yield"] == "Unchanged on the session"
    assert errors(render_markdown(article), brief) == []


def test_no_gauges_no_macro_words() -> None:
    brief = brief_with([])
    text = render_markdown(TemplateWriter().write(brief))
    assert "Treasury" not in text and "dollar index" not in text and "Macro:" not in text
    assert errors(text, brief) == []


def test_dollar_change_pct_fact() -> None:
    sheet = build_fact_sheet(brief_with(gauges()).snapshot)
    assert sheet.fmt("macro_dollar_index_change_pct", "signed") == "-0.38%"  # -0.38 of 100.02
    assert sheet.fmt("macro_ten_year_yield_change_bp", "abs") == "7 bp"


@pytest.mark.parametrize(("old", "new", "code"), [
    ("yield fell 7 bp", "yield rose 7 bp", "direction-mismatch"),
    ("fell 7 bp to 4.06%", "fell 7 bp to 4.16%", "value-mismatch"),
    ("fell 7 bp to 4.06%", "fell 7 bp to $4.06", "scale-mismatch"),
    ("fell 7 bp", "fell 9 bp", "value-mismatch"),
    ("(DXY) eased 0.38%", "(DXY) firmed 0.38%", "direction-mismatch"),
    ("eased 0.38% to 99.64", "eased 0.38% to $99.64", "scale-mismatch"),
    ("| Down 7 bp on the session |", "| Up 7 bp on the session |", "direction-mismatch"),
    ("| 4.06% | Down", "| $4.06 | Down", "scale-mismatch"),
    ("yield fell 7 bp to 4.06%", "yield held at 4.06%", "direction-mismatch"),
    ("yield fell 7 bp to 4.06%", "yield rose to 4.06%", "direction-mismatch"),
])
def test_planted_gauge_errors_are_caught(falling, old: str, new: str, code: str) -> None:
    brief, text = falling
    assert old in text
    found = errors(text.replace(old, new, 1), brief)
    assert [f.code for f in found] == [code], found


def test_basis_points_spelled_out_and_other_names() -> None:
    brief = brief_with(gauges())
    good = ("Treasury yields fell 7 basis points to 4.06%, and the DXY slipped 0.38% to 99.64. "
            "The 10-year yield lost 0.07 pp on the day.")
    assert errors(good, brief) == []
    bad = "Treasury yields rose 7 basis points to 4.06%."
    assert [f.code for f in errors(bad, brief)] == ["direction-mismatch"]


def test_a_gauge_the_data_lacks_traces_to_nothing() -> None:
    brief = brief_with([])
    found = errors("The 10-year Treasury yield fell 7 bp to 4.06%.", brief)
    assert [f.code for f in found] == ["number-untraced", "number-untraced"]


def test_an_instrument_after_the_gauge_takes_its_own_figures(falling) -> None:
    brief, _ = falling
    close = build_fact_sheet(brief.snapshot).fmt("price")
    text = f"The 10-year Treasury yield fell 7 bp, while IWM closed at {close}."
    assert errors(text, brief) == []


def test_the_model_gets_the_gauges_as_named_slots() -> None:
    brief = brief_with(gauges())
    sheet = build_fact_sheet(brief.snapshot, brief.scores)
    slots = macro_slots(sheet)
    assert [(g["level"], g["changes"], g["direction"]) for g in slots] == [
        ("macro_ten_year_yield", ["macro_ten_year_yield_change_bp"], "down"),
        ("macro_dollar_index", ["macro_dollar_index_change_pct"], "down")]
    prompt = PromptSet().render("article", **article_values(brief, sheet, 1, 400))
    assert "- 10-year Treasury yield {macro_ten_year_yield}, change " \
           "{macro_ten_year_yield_change_bp:abs}, down" in prompt  # its slots, in its section
    assert "macro_ten_year_yield_change_bp=" not in prompt  # not listed twice among the facts
    bare = brief_with([])
    bare_sheet = build_fact_sheet(bare.snapshot, bare.scores)
    none = PromptSet().render("article", **article_values(bare, bare_sheet, 1, 400))
    assert "none in the data: no figures for yields" in none


def test_vix_from_the_macro_gauges_when_no_peer_row_carries_it() -> None:
    brief = brief_with([MacroGauge(key="vix", symbol="^VIX", name="Cboe Volatility Index", unit="points",
                                   session=SESSION, value=15.6, change_1d=-1.6)])
    snapshot = brief.snapshot.model_copy(update={"related": [m for m in brief.snapshot.related
                                                             if m.kind != "volatility"]})
    brief = brief.model_copy(update={"snapshot": snapshot})
    article = TemplateWriter().write(brief)
    assert "On the macro side, the VIX stood at 15.60." in article.cross_market
    rows = {row.name: (row.value, row.reading) for row in article.indicators}
    assert rows["Macro: VIX"] == ("15.60", "Down 9.30% on the session")
    text = render_markdown(article)
    assert errors(text, brief) == []
    assert [f.code for f in errors(text.replace("Down 9.30%", "Up 9.30%"), brief)] == ["direction-mismatch"]


def test_closed_at_reads_as_the_gauge_and_a_dollar_sign_is_caught() -> None:
    brief = brief_with(gauges())
    assert errors("The dollar index closed at 99.64, down 0.38%.", brief) == []
    assert [f.code for f in errors("The dollar index closed at $99.64.", brief)] == ["scale-mismatch"]
