"""Chart render timings on the demo fixtures: build the chart data, draw, PNG, SVG, and the
CPU seconds per chart with the SVG off (the default) and on.

Figures only, no asserts. Usage: python bench/chart_bench.py [--repeat N]
Reads the bundled fixture bars through the packaged defaults.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from datetime import date
from pathlib import Path

from pipeline.config import load_settings
from pipeline.contracts.chart import ChartData
from pipeline.render import chart
from pipeline.render.chart_data import build_chart_data
from pipeline.run import Pipeline
from pipeline.wiring import make_market

SESSION = date(2026, 11, 20)
ROOT = Path(__file__).resolve().parent.parent


def demo_charts() -> list[ChartData]:
    """The demo session's chart data, through the pipeline's own snapshot (no store, no writer)."""
    settings = load_settings(cwd=ROOT)
    pipeline = Pipeline(settings, store=None, market=make_market(settings), writer=None)  # type: ignore[arg-type]
    found = []
    for inst in settings.covered():
        snapshot = pipeline.snapshot(inst.symbol, SESSION)
        found.append(build_chart_data(pipeline._checked_history(inst.symbol, SESSION), snapshot))
    return found


def timed(work: object, repeat: int) -> list[float]:
    seconds = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()  # type: ignore[operator]
        seconds.append(time.perf_counter() - started)
    return seconds


def cpu_per_chart(charts: list[ChartData], svg: bool, repeat: int) -> float:
    started = time.process_time()
    for _ in range(repeat):
        for data in charts:
            chart.chart_images(data, svg=svg, stamp="0" * 32)
    return (time.process_time() - started) / (repeat * len(charts))


def stages(data: ChartData) -> dict[str, float]:
    with chart._LOCK, chart.matplotlib.rc_context(chart._RC):
        started = time.perf_counter()
        drawn = chart.draw_chart(data)
        drew = time.perf_counter()
        drawn.figure.savefig(io.BytesIO(), format="png", dpi=chart.DPI, metadata={"Software": None})
        png = time.perf_counter()
        drawn.figure.savefig(io.BytesIO(), format="svg", metadata={"Date": None, "Creator": None})
        svg = time.perf_counter()
    return {"draw": drew - started, "png": png - drew, "svg": svg - png}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    charts = demo_charts()
    chart.chart_images(charts[0])  # warm up fonts and caches
    print(f"{'symbol':<8}{'median s':>10}{'min s':>8}{'draw':>8}{'png':>8}{'svg':>8}")
    for data in charts:
        total = timed(lambda data=data: chart.chart_images(data, svg=True), args.repeat)
        parts = stages(data)
        print(f"{data.symbol:<8}{statistics.median(total):>10.3f}{min(total):>8.3f}"
              f"{parts['draw']:>8.3f}{parts['png']:>8.3f}{parts['svg']:>8.3f}")
    png, svg = chart.chart_images(charts[0], svg=True)
    vector = len(svg or b"")
    print(f"sizes for {charts[0].symbol}: PNG {len(png) / 1024:.0f} KiB, SVG {vector / 1024:.0f} KiB")
    print(f"CPU per chart: PNG only (default) {cpu_per_chart(charts, False, args.repeat):.3f} s, "
          f"PNG + SVG {cpu_per_chart(charts, True, args.repeat):.3f} s (goal <= 0.1 s)")


if __name__ == "__main__":
    main()
