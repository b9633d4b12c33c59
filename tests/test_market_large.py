"""Large bars and options files: a size cap, and a reader that checks columns, not objects.

A clean file is read as arrays (`market.csv_columns`) and turned into the
`PriceHistory` contract without validating a model per row; anything unclean
goes through the row-by-row reader for its message. Both must give the same
history.
"""

from __future__ import annotations

import csv
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from cli_helpers import newsdesk, write_config
from conftest import FIXTURES

from pipeline.contracts import Bar, PriceHistory
from pipeline.errors import DataError
from pipeline.market import CsvOptionsProvider
from pipeline.market.csv_provider import _locate_columns, _read_rows, read_bars_csv
from pipeline.skips import SkipCode

BARS = FIXTURES / "market" / "bars"


def _write_bars(path: Path, rows: int, start: date = date(1990, 1, 1)) -> Path:
    lines = ["Date,Open,High,Low,Close,Volume"]
    price = 100.0
    for n in range(rows):
        day = start + timedelta(days=n)
        close = price * (1.001 if n % 3 else 0.998)
        lines.append(f"{day.isoformat()},{price:.2f},{max(price, close) + 0.5:.2f},"
                     f"{min(price, close) - 0.5:.2f},{close:.2f},{1000 + n}")
        price = close
    path.write_text("\n".join(lines) + "\n")
    return path


def _careful(path: Path, symbol: str) -> PriceHistory:
    rows = [row for row in csv.reader(path.read_text("utf-8-sig").splitlines()) if any(row)]
    return _read_rows(rows[1:], _locate_columns(rows[0], path, symbol), path, symbol)


def test_an_oversize_bars_file_is_refused_unread_with_its_size(tmp_path):
    path = _write_bars(tmp_path / "IWM.csv", 30_000)  # about 1.3 MB
    with pytest.raises(DataError) as caught:
        read_bars_csv(path, "IWM", max_bytes=1024 * 1024)
    message = str(caught.value)
    assert caught.value.code == SkipCode.BAD_FILE
    assert str(path) in message and "over the 1 MB limit (market.max_file_mb)" in message


def test_an_oversize_options_file_is_refused(tmp_path):
    (tmp_path / "IWM.csv").write_text("as_of,expiry,strike,right,open_interest\n" +
                                      "2026-11-20,2026-12-19,200,call,10\n" * 2000)
    with pytest.raises(DataError) as caught:
        CsvOptionsProvider(tmp_path, max_bytes=10_000).load("IWM", date(2026, 11, 20))
    assert caught.value.code == SkipCode.BAD_FILE and "market.max_file_mb" in str(caught.value)


def test_the_cap_is_configurable_and_named_on_the_command_line(tmp_path):
    write_config(tmp_path)
    text = (tmp_path / "newsdesk.toml").read_text().replace("[market]\n", "[market]\nmax_file_mb = 0.01\n", 1)
    (tmp_path / "newsdesk.toml").write_text(text)
    result = newsdesk(tmp_path, "snapshot", "IWM", "--session", "2026-11-20")
    assert result.code == 3, result.stderr
    flat = " ".join(result.stderr.split())
    assert re.search(r"IWM\.csv is [0-9.]+ MB, over the 0\.01 MB limit \(market\.max_file_mb\)", flat)


def test_a_clean_file_builds_no_validated_bar_per_row(tmp_path, monkeypatch):
    path = _write_bars(tmp_path / "SPY.csv", 5_000)
    careful = _careful(path, "SPY")
    validated: list[int] = []
    original = Bar.__init__

    def counting(self, **data):  # noqa: ANN001, ANN003, ANN202
        validated.append(1)
        original(self, **data)

    monkeypatch.setattr(Bar, "__init__", counting)
    history = read_bars_csv(path, "SPY")
    assert validated == []
    assert history == careful and len(history.bars) == 5_000
    assert PriceHistory.model_validate_json(history.model_dump_json()) == history


@pytest.mark.parametrize("path", sorted(BARS.glob("*.csv")), ids=lambda p: p.name)
def test_the_column_reader_matches_the_row_reader_on_every_fixture(path):
    assert read_bars_csv(path, path.stem) == _careful(path, path.stem)


def test_realdata_files_read_the_same_both_ways(realdata):
    files = sorted((realdata / "ohlcv").rglob("*.csv"))[:40]
    assert files
    for path in files:
        try:
            careful = _careful(path, path.stem)
        except DataError:
            continue  # refused files are the row reader's to explain
        assert read_bars_csv(path, path.stem, max_bytes=None) == careful, path


def test_until_is_the_prefix_and_still_a_valid_history():
    history = read_bars_csv(BARS / "IWM.csv", "IWM")
    for day in (history.bars[0].session, date(2026, 6, 13), history.bars[-1].session, date(1990, 1, 1)):
        cut = history.until(day)
        assert cut.bars == [bar for bar in history.bars if bar.session <= day]
        assert PriceHistory.model_validate(cut.model_dump()) == cut
