"""scripts/scorecard_realdata.py's split on a real history (skipped without ../shared/realdata):
in-sample calls are graded with bars before the split only, out-of-sample ones start at it."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

from pipeline.scorecard.contracts import LONGEST_WINDOW


def script(repo_root: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "scorecard_realdata", repo_root / "scripts" / "scorecard_realdata.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_in_sample_part_never_sees_a_bar_of_the_out_of_sample_part(
        realdata: Path, repo_root: Path, tmp_path: Path) -> None:
    split = date(2015, 1, 1)
    run = script(repo_root)
    graded = run.grade_group("t", realdata / "ohlcv" / "kittycapital_etf-seasonality", ("IWM",),
                             split, tmp_path)
    assert graded.inside and graded.outside
    assert max(g.session for g in graded.inside) < split <= min(g.session for g in graded.outside)
    last = [g for g in graded.inside if g.session == max(g.session for g in graded.inside)][0]
    assert last.bars_after == 0 and all(c.status == "open" for c in last.calls)  # 2014-12-31
    assert all(g.bars_after <= LONGEST_WINDOW for g in graded.inside)
    oldest = min(graded.outside, key=lambda g: g.session)
    assert oldest.bars_after == LONGEST_WINDOW and all(c.status == "graded" for c in oldest.calls)
    text = run.report([graded], split)
    assert "## Out-of-sample: sessions from 2015-01-01 on" in text and "always-long" in text
