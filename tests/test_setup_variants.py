"""scripts/setup_variants.py grades, for the desk's rules, exactly the setups the scorecard grades
(same sessions, same split, same bars), so a variant's figures compare with the scorecard's; and it
refuses an unknown variant or an out-of-sample report nobody chose (exit 2)."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from pipeline.contracts import Bias
from pipeline.indicators.bars import BarArrays
from pipeline.indicators.extremes import compute_extremes
from pipeline.indicators.setups import RULES
from pipeline.market.csv_provider import CsvBarsProvider
from pipeline.scorecard.backfill import backfill_calls
from pipeline.scorecard.contracts import SetupGrade
from pipeline.scorecard.grading import grade_from_history


def script(repo_root: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("setup_variants",
                                                  repo_root / "scripts" / "setup_variants.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def played(grades: list[SetupGrade]) -> list[tuple[object, ...]]:
    return [(g.direction, g.style, g.entry, g.stop, g.target, g.status, g.fill, g.r) for g in grades]


def test_the_desk_variant_grades_what_the_scorecard_grades(realdata: Path, repo_root: Path) -> None:
    run = script(repo_root)
    folder = realdata / "ohlcv" / "kittycapital_etf-seasonality"
    history = CsvBarsProvider(folder).load("IWM").until(date(2003, 6, 30))
    split = date(2002, 10, 1)
    sessions = run.sessions_of(history, None)
    calls = backfill_calls(history, None, history.bars[run.WARM_UP].session, history.bars[-1].session)
    assert [s.session for s in sessions] == [c.session for c in calls]
    before = [bar for bar in history.bars if bar.session < split]
    parts = ((True, grade_from_history([c for c in calls if c.session < split], before)),
             (False, grade_from_history([c for c in calls if c.session >= split], history.bars)))
    for inside, graded in parts:
        result = run.grade_variant(RULES, {"IWM": history}, sessions, split, inside)
        expected = [s for g in graded for s in g.setups]
        assert expected and played(result.grades) == played(expected)
        assert result.sessions == len(graded)
        assert result.covered == sum(bool(g.setups) for g in graded)
        # bearish-call sessions, and those whose article shows no setup
        part = [c for c in calls if (c.session < split) == inside]
        bearish = [g for c, g in zip(part, graded, strict=True) if c.calls[0].bias == Bias.BEARISH]
        assert bearish and result.bearish == len(bearish)
        assert result.bearish_bare == sum(not g.setups for g in bearish) < len(bearish)
        # --entries plays the same setups; a long's twin at the next open is the scorecard's
        # long-at-the-open baseline, a short's is its mirror
        entries = run.entries_of(RULES, {"IWM": history}, sessions, split, inside)
        assert played([e.grade for e in entries]) == played(expected)
        longs = [(e.at_open_r, s.always_long_r) for e, s in zip(entries, expected, strict=True)
                 if s.direction == "long"]
        assert longs and all(twin == baseline for twin, baseline in longs)
        assert all(e.entry_atr >= 0 and e.risk_atr > 0 for e in entries)


def test_the_short_gates_read_the_snapshot_s_drawdown_and_the_vix_close(realdata: Path,
                                                                        repo_root: Path) -> None:
    run = script(repo_root)
    history = CsvBarsProvider(realdata / "ohlcv" / "kittycapital_etf-seasonality").load("IWM").until(
        date(2003, 6, 30))
    drawdowns = run.drawdowns_of({"IWM": history})["IWM"]
    for index in (5, 260, 500, len(history.bars) - 1):
        upto = history.until(history.bars[index].session)
        expected = compute_extremes(BarArrays.from_history(upto)).pct_from_52w_high
        assert drawdowns[index] == pytest.approx(expected, abs=1e-9)
    assert drawdowns.max() <= 0 and drawdowns.min() < -10  # 2002 took IWM well under its high
    vix = run.vix_closes(realdata / "ohlcv" / "datahub_finance-vix" / "vix-daily.csv")
    assert vix[date(2008, 11, 20)] > 80 and run.vix_closes(repo_root / "no-vix.csv") == {}


@pytest.mark.parametrize(("argv", "message"), [
    (["no_such_rule"], "unknown variant no_such_rule"),
    (["--out-of-sample"], "--out-of-sample needs the variants to report named"),
])
def test_bad_input_is_one_line_and_exit_2(repo_root: Path, tmp_path: Path, argv: list[str], message: str,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    run = script(repo_root)
    with pytest.raises(SystemExit) as exit_:
        run.main([*argv, "--cache", str(tmp_path / "none.pkl")])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err and err.count("\n") == 1
