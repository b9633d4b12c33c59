"""The data-quality gate: a broken bars file skips its instrument with a named reason.

Each fault is a copy of the fixture bars with one file damaged the way real
vendor files go wrong. Expected every time: that instrument is "skipped" with
its reason code and message in the run report, the run summary and the
`run_skips` table; the other instruments are written; nothing is forward-filled
(no draft, no article file for the skipped one).
"""

from __future__ import annotations

import logging
import pickle
import re
import shutil
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cli_helpers import newsdesk, write_config
from conftest import FIXTURES

from pipeline.config import load_settings
from pipeline.errors import DataError, ProviderError, QualityRefusal
from pipeline.run import Pipeline
from pipeline.skips import CODES, MEANINGS, QualityIssue, SkipCode, skip_reasons
from pipeline.wiring import make_pipeline

SESSION = date(2026, 11, 20)
COVERED = ("IWM", "SPY", "QQQ", "DIA")

Rows = list[list[str]]


def _rows(path: Path) -> tuple[str, Rows]:
    header, *lines = path.read_text().splitlines()
    return header, [line.split(",") for line in lines]


def _damage(bars: Path, symbol: str, change: Callable[[Rows], Rows]) -> None:
    path = bars / f"{symbol}.csv"
    header, rows = _rows(path)
    path.write_text("\n".join([header, *(",".join(row) for row in change(rows))]) + "\n")


def stale(rows: Rows) -> Rows:
    return rows[:-10]  # the newest bar is 2026-11-06; the clock says 2026-11-23


def gap(rows: Rows) -> Rows:
    return rows[:-60] + rows[-50:]  # ten sessions missing in September


def nan_close(rows: Rows) -> Rows:
    rows[-30][4] = "nan"
    return rows


def stuck(rows: Rows) -> Rows:
    rows[-1][4] = rows[-2][4]  # same close, while the day's high and low moved
    return rows


def scale_jump(rows: Rows) -> Rows:
    for row in rows[-40:]:
        row[1:5] = [f"{float(v) * 10:.2f}" for v in row[1:5]]
    return rows


def unadjusted_split(rows: Rows) -> Rows:
    for row in rows[-40:]:
        row[1:5] = [f"{float(v) / 2:.2f}" for v in row[1:5]]
    return rows


def partial(rows: Rows) -> Rows:
    rows[-1][5] = "0"
    return rows


def short(rows: Rows) -> Rows:
    return rows[-12:]


FAULTS = {
    "stale-last-bar": stale, "gap": gap, "nan": nan_close, "stuck-quote": stuck,
    "scale-jump": scale_jump, "split-gap": unadjusted_split, "partial-bar": partial,
    "short-history": short,
}


def _pipeline(tmp_path: Path, bars: Path) -> Pipeline:
    """The fixture config with a staleness limit, on a clock set to Monday 2026-11-23."""
    config = write_config(tmp_path, bars=bars)
    config.write_text(config.read_text().replace("[market]\n", "[market]\nmax_staleness_days = 3\n"))
    pipeline = make_pipeline(load_settings(config))
    pipeline.clock = lambda: datetime(2026, 11, 23, 12, tzinfo=UTC)
    return pipeline


@pytest.fixture
def bars(tmp_path: Path) -> Path:
    copy = tmp_path / "bars"
    shutil.copytree(FIXTURES / "market" / "bars", copy)
    return copy


@pytest.mark.parametrize("code", sorted(FAULTS))
def test_fault_skips_only_that_instrument_with_its_code(tmp_path: Path, bars: Path, code: str) -> None:
    _damage(bars, "DIA", FAULTS[code])
    pipeline = _pipeline(tmp_path, bars)
    report = pipeline.run(SESSION, do_ingest=False)

    results = {o.symbol: o.result for o in report.outcomes}
    assert results == {"IWM": "written", "SPY": "written", "QQQ": "written", "DIA": "skipped"}
    dia = next(o for o in report.outcomes if o.symbol == "DIA")
    assert dia.skip_code == code and "DIA" in dia.skip_reasons[0][1]
    assert report.status == "partial"

    store = pipeline.store
    skips = store.list_skips(run_id=report.run_id)
    assert [(s.symbol, s.code, s.session) for s in skips][:1] == [("DIA", code, SESSION)]
    assert skips[0].message == dia.skip_reasons[0][1]
    summary = store.get_run(report.run_id).summary
    assert summary["skipped"]["DIA"][0] == {"code": code, "message": dia.skip_reasons[0][1]}
    assert summary["written"] == ["IWM", "SPY", "QQQ"] and summary["failed"] == {}

    out = tmp_path / "out" / SESSION.isoformat()
    assert not list(out.glob("dia-*")), "nothing written for a skipped instrument"
    assert {d.symbol for d in store.list_drafts(session=SESSION)} == {"IWM", "SPY", "QQQ"}
    for symbol in ("iwm", "spy", "qqq"):
        assert (out / f"{symbol}-{SESSION}.md").is_file()


def test_every_reason_has_a_code_and_every_code_a_meaning() -> None:
    assert set(FAULTS) <= set(CODES)
    assert list(MEANINGS) == list(SkipCode) and list(CODES) == [code.value for code in SkipCode]


def test_the_code_is_what_the_raiser_said_whatever_the_wording() -> None:
    reworded = DataError("DIA: there is a hole in September", code=SkipCode.GAP)
    assert skip_reasons(reworded) == [QualityIssue(SkipCode.GAP, "DIA: there is a hole in September")]
    # wording that used to be matched as another code keeps the code it was raised with
    misleading = DataError("DIA: 9 calendar days between two bars; bars are missing", code=SkipCode.NAN)
    assert [issue.code for issue in skip_reasons(misleading)] == [SkipCode.NAN]
    assert skip_reasons(ProviderError("polygon DIA: HTTP 500"))[0].code == SkipCode.PROVIDER


def test_an_uncoded_refusal_is_kept_as_data_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="pipeline.skips")
    assert skip_reasons(DataError("something new went wrong")) == [
        QualityIssue(SkipCode.DATA, "something new went wrong")]
    assert "without a code" in caplog.text and "something new went wrong" in caplog.text


def test_a_refusal_puts_the_most_telling_reason_first_and_survives_pickling() -> None:
    refusal = QualityRefusal([QualityIssue(SkipCode.MISSING_SESSION, "DIA: no bar for 2026-11-20"),
                              QualityIssue(SkipCode.STALE_LAST_BAR, "DIA: the last bar is old")])
    assert refusal.code == SkipCode.STALE_LAST_BAR
    assert [issue.code for issue in refusal.reasons] == [SkipCode.STALE_LAST_BAR, SkipCode.MISSING_SESSION]
    assert str(refusal) == "DIA: the last bar is old; DIA: no bar for 2026-11-20"
    copy = pickle.loads(pickle.dumps(refusal))
    assert copy.reasons == refusal.reasons and str(copy) == str(refusal)
    with pytest.raises(ValueError):
        QualityRefusal([])


def _readme_skip_codes() -> dict[str, str]:
    readme = (Path(__file__).parents[1] / "README.md").read_text()
    table = readme.split("| code | meaning |", 1)[1].split("\n\n", 1)[0]
    rows = [line.strip("|").split(" | ") for line in table.splitlines()[2:]]
    return {code.strip(" `"): meaning.strip().replace("`", "") for code, meaning in rows}


def test_readme_code_table_matches_the_code_list() -> None:
    assert _readme_skip_codes() == CODES


def test_a_file_without_a_price_column_is_skipped_as_bad_file(tmp_path: Path, bars: Path) -> None:
    header, rows = _rows(bars / "DIA.csv")
    keep = [i for i, name in enumerate(header.split(",")) if name.strip().lower() != "low"]
    (bars / "DIA.csv").write_text("\n".join(
        ",".join(cells[i] for i in keep) for cells in [header.split(","), *rows]) + "\n")
    report = _pipeline(tmp_path, bars).run(SESSION, symbols=["DIA"], do_ingest=False)
    dia = report.outcomes[0]
    assert dia.result == "skipped" and dia.skip_code == "bad-file"
    assert "lacks column(s) low" in dia.skip_reasons[0].message


def test_a_broken_related_instrument_is_left_out_not_filled(tmp_path: Path, bars: Path) -> None:
    _damage(bars, "idx_RUT", gap)
    report = _pipeline(tmp_path, bars).run(SESSION, symbols=["IWM"], do_ingest=False)
    iwm = report.outcomes[0]
    assert iwm.result == "written"
    assert any(note.startswith("^RUT left out") and "bars are missing" in note for note in iwm.notes)


def test_skip_shows_in_run_runs_and_skips_commands(tmp_path: Path, bars: Path) -> None:
    _damage(bars, "DIA", gap)
    write_config(tmp_path, bars=bars)
    run = newsdesk(tmp_path, "run", "--session", SESSION.isoformat(), "--no-ingest")
    assert run.code == 1, run.stderr
    flat = " ".join(run.stdout.split())
    assert "DIA │ skipped │ gap" in flat
    assert re.search(r"skipped DIA \[gap\]: DIA: \d+ calendar days between 2026-\d\d-\d\d and ", flat)
    assert "3 of 4 articles written" in flat and "1 skipped by the data-quality gate, 0 failed" in flat

    listed = newsdesk(tmp_path, "skips", "--code", "gap")
    assert listed.code == 0 and "DIA" in listed.stdout and "bars are missing" in listed.stdout
    assert "DIA(gap)" in newsdesk(tmp_path, "runs").stdout
    none = newsdesk(tmp_path, "skips", "--code", "nan")
    assert "0 skipped instruments" in none.stdout


def test_store_lists_skips_by_run_prefix_symbol_code_and_session(tmp_path: Path) -> None:
    from pipeline.store import open_store

    with open_store(f"sqlite:///{tmp_path / 'skips.db'}") as store:
        first, second = store.start_run(SESSION), store.start_run(date(2026, 11, 19))
        store.record_skips(first, SESSION, "DIA", [("gap", "DIA: gap"), ("scale-jump", "DIA: x10")])
        store.record_skips(second, date(2026, 11, 19), "QQQ", [("nan", "QQQ: nan close")])
        assert [(s.symbol, s.code) for s in store.list_skips(run_id=first[:8])] == [
            ("DIA", "gap"), ("DIA", "scale-jump")]
        assert [s.run_id for s in store.list_skips(code="nan")] == [second]
        assert [s.code for s in store.list_skips(symbol="DIA", session=SESSION)] == ["gap", "scale-jump"]
        assert store.list_skips(symbol="IWM") == []
        with pytest.raises(ValueError, match="at least one"):
            store.record_skips(first, SESSION, "SPY", [])
