"""The article chart: size, formats, links, label layout, and that it draws the data it was given."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from market_factories import SESSION, snapshot_for, synthetic_history
from render_factories import make_article

from pipeline.contracts import KeyLevel, LevelKind, PriceHistory
from pipeline.contracts.chart import ChartData
from pipeline.errors import ChartError
from pipeline.render import chart as chart_module
from pipeline.render import write_article_files
from pipeline.render.chart import chart_images, draw_chart, month_starts, spread_labels
from pipeline.render.chart_data import CHART_SESSIONS, MIN_CHART_SESSIONS, build_chart_data
from pipeline.render.files import chart_is_current, png_text

SVG = "{http://www.w3.org/2000/svg}"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


@pytest.fixture(scope="module")
def iwm() -> ChartData:
    return build_chart_data(synthetic_history("IWM", seed=3), snapshot_for("IWM", seed=3))


def level(price: float, label: str, kind: LevelKind = LevelKind.SUPPORT, **extra: float) -> KeyLevel:
    return KeyLevel(kind=kind, price=price, label=label, source="swing", distance_pct=0.0,
                    **extra)  # type: ignore[arg-type]


# --- the data handed to the chart ----------------------------------------------------

def test_chart_data_is_six_months_with_both_averages(iwm: ChartData) -> None:
    assert len(iwm.bars) == CHART_SESSIONS and iwm.bars[-1].session == SESSION
    assert all(v is not None for v in iwm.sma_50) and all(v is not None for v in iwm.sma_200)
    closes = [b.close for b in synthetic_history("IWM", seed=3).bars]
    assert iwm.sma_200[-1] == pytest.approx(sum(closes[-200:]) / 200)
    assert iwm.sma_50[0] == pytest.approx(sum(closes[-CHART_SESSIONS - 49:-CHART_SESSIONS + 1]) / 50)


def test_short_history_has_averages_only_where_they_exist() -> None:
    history = synthetic_history("IWM", sessions=120, seed=3)
    data = build_chart_data(history, snapshot_for("IWM", seed=3).model_copy(update={"levels": []}))
    assert len(data.bars) == 120
    assert data.sma_200 == [None] * 120
    assert data.sma_50[48] is None and data.sma_50[49] is not None


def test_too_little_history_is_a_stated_reason_not_a_crash() -> None:
    history = synthetic_history("IWM", sessions=MIN_CHART_SESSIONS - 1, seed=3)
    with pytest.raises(ChartError, match=r"only 19 sessions .* at least 20"):
        build_chart_data(history, snapshot_for("IWM", seed=3))


def test_history_without_the_session_is_refused() -> None:
    history = synthetic_history("IWM", seed=3)
    cut = PriceHistory(symbol="IWM", provider="x", bars=history.bars[:-1])
    with pytest.raises(ChartError, match="no bar for 2026-11-20"):
        build_chart_data(cut, snapshot_for("IWM", seed=3))


# --- the images ------------------------------------------------------------------------

def test_png_is_1200_by_700_and_svg_parses(iwm: ChartData) -> None:
    png, svg = chart_images(iwm, svg=True)
    assert png_size(png) == (1200, 700) and svg is not None
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg" and root.get("viewBox") == "0 0 864 504"
    assert b"<dc:date>" not in svg and b"Matplotlib v" not in svg


def test_rendering_is_byte_stable(iwm: ChartData) -> None:
    assert chart_images(iwm, svg=True) == chart_images(iwm, svg=True)
    assert chart_images(iwm) == (chart_images(iwm, svg=True)[0], None)


def test_the_reused_figure_draws_what_a_new_one_draws(iwm: ChartData,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """One chart after others (levels, no 200-day line, no volume, another symbol) is the same
    bytes as the same chart on a new figure drawn by matplotlib's own text renderer."""
    other = build_chart_data(synthetic_history("SPY", seed=5), snapshot_for("SPY", seed=5))
    close = iwm.bars[-1].close
    crowded = iwm.model_copy(update={"levels": [level(close * (1 + k * 0.001), f"level {k}")
                                                for k in range(6)]})
    no_200 = iwm.model_copy(update={"sma_200": [None] * len(iwm.bars)})
    no_volume = iwm.model_copy(update={"bars": [b.model_copy(update={"volume": 0.0}) for b in iwm.bars]})
    charts = [iwm, crowded, other, no_200, no_volume, iwm]
    reused = [chart_images(data, svg=True) for data in charts]
    monkeypatch.setattr(chart_module, "GLYPH_CACHE", False)
    for data, images in zip(charts, reused, strict=True):
        monkeypatch.setattr(chart_module, "_CANVASES", {})
        assert chart_images(data, svg=True) == images
    assert reused[0] == reused[-1] and reused[0] != reused[2]


def test_the_chart_stamp_is_in_both_files(iwm: ChartData, tmp_path: Path) -> None:
    png, svg = chart_images(iwm, svg=True, stamp="0123abcd")
    (tmp_path / "c.png").write_bytes(png)
    (tmp_path / "c.svg").write_bytes(svg or b"")
    assert png_text(tmp_path / "c.png") == {"newsdesk-chart": "0123abcd"}
    assert chart_is_current([tmp_path / "c.png", tmp_path / "c.svg"], "0123abcd")
    assert not chart_is_current([tmp_path / "c.png"], "0123abcd0")
    assert not chart_is_current([tmp_path / "c.png", tmp_path / "missing.svg"], "0123abcd")


def test_chart_reflects_the_data(iwm: ChartData) -> None:
    chart = draw_chart(iwm)
    low, high = chart.price_axes.get_ylim()
    assert low <= min(b.low for b in iwm.bars) and high >= max(b.high for b in iwm.bars)
    bodies = chart.candle_bodies.get_paths()
    assert len(bodies) == len(iwm.bars)
    last, corners = iwm.bars[-1], bodies[-1].vertices
    assert corners[:, 1].min() == pytest.approx(min(last.open, last.close))
    assert corners[:, 1].max() == pytest.approx(max(last.open, last.close), abs=last.close * 1e-3)
    assert corners[:, 0].min() == pytest.approx(len(iwm.bars) - 1 - 0.31)
    labels = [t.get_text() for t in chart.volume_axes.get_xticklabels()]
    assert labels[-1] == "Nov" and "2026" in labels[0]
    lines = {line.get_label() for line in chart.price_axes.get_lines()}
    assert {"50-day average", "200-day average"} <= lines
    texts = [t.get_text() for t in chart.labels]
    assert any(text.endswith(" close") and f"{iwm.bars[-1].close:,.2f}" in text for text in texts)


def test_no_200_day_line_without_its_values(iwm: ChartData) -> None:
    data = iwm.model_copy(update={"sma_200": [None] * len(iwm.bars)})
    chart = draw_chart(data)
    assert "200-day average" not in {line.get_label() for line in chart.price_axes.get_lines()}
    legend = [t.get_text() for t in chart.price_axes.get_legend().get_texts()]
    assert "200-day average" not in legend and "50-day average" in legend


def test_crowded_levels_get_labels_that_do_not_overlap(iwm: ChartData) -> None:
    close = iwm.bars[-1].close
    crowded = [level(close * (1 + k * 0.0004), f"level {k}") for k in range(-4, 5)]
    crowded.append(level(close * 1.01, "band", kind=LevelKind.RESISTANCE,
                         zone_low=close * 1.008, zone_high=close * 1.012))
    chart = draw_chart(iwm.model_copy(update={"levels": crowded}))
    renderer = chart.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    boxes = [t.get_window_extent(renderer) for t in chart.labels]
    assert len(boxes) == len(crowded) + 1  # the close has a label too
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b), (a, b)
    for box in boxes:  # inside the image, not clipped
        assert 0 <= box.x0 and box.x1 <= 1200 and 0 <= box.y0 and box.y1 <= 700


def test_far_levels_are_left_out_and_named(iwm: ChartData) -> None:
    top = max(b.high for b in iwm.bars)
    far = level(top * 3, "all-time high", kind=LevelKind.RESISTANCE)
    chart = draw_chart(iwm.model_copy(update={"levels": [far]}))
    assert chart.levels_left_out == [far] and chart.price_axes.get_ylim()[1] < top * 1.5
    note = [t.get_text() for t in chart.figure.texts][-1]
    assert "Outside the chart's range: all-time high" in note


def test_no_volume_is_said_not_drawn_as_zero_bars(iwm: ChartData) -> None:
    bars = [b.model_copy(update={"volume": 0.0}) for b in iwm.bars]
    chart = draw_chart(iwm.model_copy(update={"bars": bars}))
    assert not chart.volume_axes.collections
    assert "no volume reported" in chart.volume_axes.texts[0].get_text()


# --- label layout --------------------------------------------------------------------

@pytest.mark.parametrize("wanted", [
    [100.0, 101.0, 102.0, 103.0], [10.0, 10.0, 10.0], [0.0, 50.0, 300.0], [395.0, 396.0, 399.0],
    [-20.0, 5.0, 6.0], [],
])
def test_spread_labels_keeps_order_spacing_and_bounds(wanted: list[float]) -> None:
    placed = spread_labels(wanted, 16.0, 0.0, 400.0)
    assert len(placed) == len(wanted)
    assert all(b - a >= 16.0 - 1e-9 for a, b in itertools.pairwise(placed))
    assert all(0.0 <= y <= 400.0 for y in placed)
    assert placed == spread_labels(wanted, 16.0, 0.0, 400.0)


def test_spread_labels_leaves_free_labels_where_they_are() -> None:
    assert spread_labels([50.0, 200.0, 300.0], 16.0, 0.0, 400.0) == [50.0, 200.0, 300.0]
    assert spread_labels([100.0, 105.0], 16.0, 0.0, 400.0) == [100.0, 116.0]


def test_month_ticks_skip_a_short_first_month() -> None:
    from datetime import date, timedelta

    def weekdays(start: date, count: int) -> list[date]:
        days = [start + timedelta(days=n) for n in range(count * 2)]
        return [d for d in days if d.weekday() < 5][:count]

    late_start = weekdays(date(2026, 5, 27), 60)  # 3 sessions of May, then June
    assert month_starts(late_start)[0] == 3 and late_start[3] == date(2026, 6, 1)
    early_start = weekdays(date(2026, 5, 4), 60)
    assert month_starts(early_start)[:2] == [0, 20]


# --- the files ------------------------------------------------------------------------

def test_article_files_link_the_chart(tmp_path: Path, iwm: ChartData) -> None:
    article = make_article(chart=None)
    warnings: list[str] = []
    paths = write_article_files(article, tmp_path, ["md", "html", "json"], chart=iwm, chart_svg=True,
                                warnings=warnings)
    names = [p.name for p in paths]
    assert names == ["iwm-2026-11-20.png", "iwm-2026-11-20.svg", "iwm-2026-11-20.md",
                     "iwm-2026-11-20.html", "iwm-2026-11-20.json"]
    assert warnings == []
    session = tmp_path / "2026-11-20"
    assert png_size((session / "iwm-2026-11-20.png").read_bytes()) == (1200, 700)
    md = (session / "iwm-2026-11-20.md").read_text()
    assert "![IWM daily chart, up to six months" in md and "](iwm-2026-11-20.png)" in md
    assert "[Vector version (SVG)](iwm-2026-11-20.svg)" in md
    html = (session / "iwm-2026-11-20.html").read_text()
    assert '<img src="iwm-2026-11-20.png" alt="IWM daily chart' in html
    assert 'width="1200" height="700"' in html and 'href="iwm-2026-11-20.svg"' in html
    assert '"chart": "iwm-2026-11-20.png"' in (session / "iwm-2026-11-20.json").read_text()
    assert not list(session.glob(".*.tmp"))


def test_without_the_svg_the_article_links_only_the_png(tmp_path: Path, iwm: ChartData) -> None:
    paths = write_article_files(make_article(chart=None), tmp_path, ["md", "html"], chart=iwm)
    assert [p.name for p in paths] == ["iwm-2026-11-20.png", "iwm-2026-11-20.md", "iwm-2026-11-20.html"]
    session = tmp_path / "2026-11-20"
    md, html = (session / "iwm-2026-11-20.md").read_text(), (session / "iwm-2026-11-20.html").read_text()
    assert "](iwm-2026-11-20.png)" in md and ".svg" not in md
    assert '<img src="iwm-2026-11-20.png"' in html and ".svg" not in html


def test_an_unchanged_chart_is_not_drawn_again(tmp_path: Path, iwm: ChartData,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    article = make_article(chart=None)
    write_article_files(article, tmp_path, ["md"], chart=iwm, chart_svg=True)
    png = tmp_path / "2026-11-20" / "iwm-2026-11-20.png"
    drawn = png.read_bytes()

    def refuse(*_args: object) -> tuple[bytes, bytes]:
        raise AssertionError("drawn again")

    monkeypatch.setattr("pipeline.render.files.chart_images", refuse)
    warnings: list[str] = []
    again = write_article_files(article, tmp_path, ["md"], chart=iwm, chart_svg=True, warnings=warnings)
    assert [p.name for p in again][:2] == ["iwm-2026-11-20.png", "iwm-2026-11-20.svg"] and not warnings
    assert png.read_bytes() == drawn
    changed = iwm.model_copy(update={"levels": []})  # other inputs: drawn again (and refused here)
    write_article_files(article, tmp_path, ["md"], chart=changed, chart_svg=True, warnings=warnings)
    assert warnings == ["chart not drawn: drawn again"]


def test_a_chart_failure_costs_only_the_chart(tmp_path: Path, iwm: ChartData,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> tuple[bytes, bytes]:
        raise RuntimeError("renderer exploded")

    monkeypatch.setattr("pipeline.render.files.chart_images", broken)
    warnings: list[str] = []
    paths = write_article_files(make_article(chart=None), tmp_path, ["md", "html"], chart=iwm,
                                warnings=warnings)
    assert [p.suffix for p in paths] == [".md", ".html"]
    assert warnings == ["chart not drawn: renderer exploded"]
    session = tmp_path / "2026-11-20"
    assert "## Chart" not in (session / "iwm-2026-11-20.md").read_text()
    assert not list(session.glob("*.png")) and not list(session.glob(".*.tmp"))


def test_chart_uses_the_agg_backend() -> None:
    assert chart_module.matplotlib.get_backend().lower() == "agg"


def test_a_chart_that_cannot_be_written_leaves_no_half_pair(tmp_path: Path, iwm: ChartData) -> None:
    session = tmp_path / "2026-11-20"
    (session / "iwm-2026-11-20.svg").mkdir(parents=True)  # a directory where the SVG should go
    warnings: list[str] = []
    paths = write_article_files(make_article(chart=None), tmp_path, ["md"], chart=iwm, chart_svg=True,
                                warnings=warnings)
    assert [p.name for p in paths] == ["iwm-2026-11-20.md"]
    assert len(warnings) == 1 and warnings[0].startswith("chart not written:")
    assert not (session / "iwm-2026-11-20.png").exists()
    assert "## Chart" not in (session / "iwm-2026-11-20.md").read_text()
