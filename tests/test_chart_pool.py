"""Charts drawn in the chart pool's worker process: the same files as drawn in the run's
process, and a rerun over unchanged data draws none again."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import FIXTURES

from pipeline.config import load_settings
from pipeline.render.chart_pool import ChartPool
from pipeline.run import use_chart_pool
from pipeline.wiring import make_pipeline

SESSION = date(2026, 11, 20)


def config(directory: Path, workers: int) -> Path:
    path = directory / "newsdesk.toml"
    path.write_text(f"""
[store]
url = "sqlite:///{directory / 'newsdesk.db'}"
[output]
dir = "{directory / 'out'}"
chart_svg = true
chart_workers = {workers}
[market]
csv_dir = "{FIXTURES / 'market' / 'bars'}"
options_dir = "{FIXTURES / 'market' / 'options'}"
""")
    return path


def run(directory: Path, workers: int) -> dict[str, bytes]:
    directory.mkdir(exist_ok=True)
    pipeline = make_pipeline(load_settings(config(directory, workers)))
    report = pipeline.run(SESSION, do_ingest=False)
    assert not report.failed and all(not o.notes for o in report.outcomes), report.outcomes
    return {p.name: p.read_bytes() for p in sorted((directory / "out" / SESSION.isoformat()).iterdir())}


def test_the_pool_draws_the_same_files_and_skips_unchanged_charts(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    logging.disable(logging.WARNING)
    try:
        inline = run(tmp_path / "inline", 0)
        pooled = run(tmp_path / "pool", 1)
        assert sorted(inline) == sorted(pooled) and len([n for n in inline if n.endswith(".svg")]) == 4
        assert inline == pooled
        png = tmp_path / "pool" / "out" / SESSION.isoformat() / "iwm-2026-11-20.png"
        drawn_at = png.stat().st_mtime_ns
        submitted: list[str] = []
        original = ChartPool.submit

        def counting(self: ChartPool, data, svg, stamp):  # type: ignore[no-untyped-def]
            submitted.append(data.symbol)
            return original(self, data, svg, stamp)

        monkeypatch.setattr(ChartPool, "submit", counting)
        assert run(tmp_path / "pool", 1) == pooled
        assert submitted == [] and png.stat().st_mtime_ns == drawn_at
    finally:
        logging.disable(logging.NOTSET)


def test_the_pool_is_used_for_large_batches_unless_turned_off(tmp_path: Path) -> None:
    settings = load_settings(config(tmp_path, 0))
    assert not use_chart_pool(settings, 500)
    auto = settings.model_copy(update={"output": settings.output.model_copy(update={"chart_workers": None})})
    assert use_chart_pool(auto, 100) and not use_chart_pool(auto, 4)
    off = auto.model_copy(update={"output": auto.output.model_copy(update={"chart": False})})
    assert not use_chart_pool(off, 100)


def test_each_history_is_checked_once_per_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An index or peer named by several instruments is quality-checked once, not per instrument."""
    import pipeline.run as run_module

    checked: list[str] = []
    original = run_module.check_history

    def counting(history, *args, **kwargs):  # type: ignore[no-untyped-def]
        checked.append(history.symbol)
        return original(history, *args, **kwargs)

    monkeypatch.setattr(run_module, "check_history", counting)
    pipeline = make_pipeline(load_settings(config(tmp_path, 0)))
    for inst in pipeline.settings.covered():
        pipeline.snapshot(inst.symbol, SESSION)
    assert len(checked) == len(set(checked)) and len(checked) > len(pipeline.settings.covered())
