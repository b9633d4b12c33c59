"""The Pulse calibration SVG: well-formed, one bar and one dot per band, the baseline drawn, no
style attribute (the review server's CSP would block it)."""

from __future__ import annotations

from xml.etree import ElementTree

from pipeline.render.scorecard_chart import calibration_svg
from pipeline.scorecard.summary import PulseRow, wilson

SVG = "{http://www.w3.org/2000/svg}"


def row(band: str, returns: list[float]) -> PulseRow:
    return PulseRow(band=band, sessions=len(returns),
                    mean_return_pct=sum(returns) / len(returns) if returns else None,
                    up=wilson(sum(r > 0 for r in returns), len(returns)))


def test_each_band_has_its_bar_dot_and_count_and_the_baseline_is_dashed() -> None:
    bands = [row("0-30", [-1.0, -2.0, 0.5]), row("31-40", []), row("70-100", [1.0, 2.0, 3.0, -1.0])]
    baseline = row("all", [-1.0, -2.0, 0.5, 1.0, 2.0, 3.0, -1.0])
    svg = calibration_svg(bands, baseline, title="IWM <test>")
    root = ElementTree.fromstring(svg)
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "IWM <test>" in texts  # escaped in the source, read back whole
    assert {"Pulse 0-30", "Pulse 31-40", "Pulse 70-100", "n=3", "n=0", "n=4"} <= set(texts)
    assert "-0.83" in texts and "+1.25" in texts  # the two bands' mean returns
    assert "no sessions" in texts  # the empty band says so instead of a bar
    bars = [r for r in root.iter(f"{SVG}rect") if r.get("fill") != "#ffffff"]
    assert [b.get("fill") for b in bars] == ["#b42318", "#1a7f4b"]  # down, then up
    assert len(list(root.iter(f"{SVG}circle"))) == 2
    dashed = [line for line in root.iter(f"{SVG}line") if line.get("stroke-dasharray")]
    assert len(dashed) == 2  # the baseline in both panels
    assert "all sessions +0.36%" in texts and "all sessions 57%" in texts
    assert "style=" not in svg and "<script" not in svg
