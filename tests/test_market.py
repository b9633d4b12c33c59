"""The market stage: CSV layouts seen in the wild, refusals with reasons, options chains."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from pipeline.config import MarketConfig
from pipeline.contracts import (
    Bar,
    OptionContract,
    OptionRight,
    OptionsChain,
    PriceHistory,
)
from pipeline.errors import DataError
from pipeline.market import (
    CsvBarsProvider,
    CsvOptionsProvider,
    MarketData,
    bars_filename,
    check_chain,
    check_history,
    read_bars_csv,
)
from pipeline.skips import QualityIssue, SkipCode

SESSION = date(2026, 11, 20)


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


# --------------------------------------------------------------------------- file names
@pytest.mark.parametrize(("symbol", "name"), [
    ("IWM", "IWM.csv"), ("^VIX", "idx_VIX.csv"), ("^GSPC", "idx_GSPC.csv"), ("SPY", "SPY.csv"),
])
def test_bars_filename(symbol: str, name: str) -> None:
    assert bars_filename(symbol) == name


# --------------------------------------------------------------------------- layouts
LAYOUTS = {
    "yfinance, Close first": (
        "Date,Close,High,Low,Open,Volume\n"
        "2026-11-19,243.57,245.27,243.39,244.80,31000000\n"
        "2026-11-20,244.30,244.45,243.65,243.90,39577148\n",
        {"close": 244.30, "open": 243.90, "volume": 39577148},
    ),
    "Adj Close present (raw Close used)": (
        "Date,Open,High,Low,Close,Adj Close,Volume\n"
        "2026-11-19,244.80,245.27,243.39,243.57,240.11,31000000.0\n"
        "2026-11-20,243.90,244.45,243.65,244.30,240.83,39577148.0\n",
        {"close": 244.30, "open": 243.90, "volume": 39577148},
    ),
    "upper case, no volume": (
        "DATE,OPEN,HIGH,LOW,CLOSE\n"
        "2026-11-19,17.40,17.90,16.95,17.20\n"
        "2026-11-20,17.05,17.10,15.41,15.60\n",
        {"close": 15.60, "open": 17.05, "volume": 0},
    ),
    "unnamed first column": (
        ",Open,High,Low,Close,Volume\n"
        "2026-11-19,244.80,245.27,243.39,243.57,31000000\n"
        "2026-11-20,243.90,244.45,243.65,244.30,39577148\n",
        {"close": 244.30, "open": 243.90, "volume": 39577148},
    ),
    "M/D/YYYY dates": (
        "Date,Open,High,Low,Close,Volume\n"
        "11/19/2026,244.80,245.27,243.39,243.57,31000000\n"
        "11/20/2026,243.90,244.45,243.65,244.30,39577148\n",
        {"close": 244.30, "open": 243.90, "volume": 39577148},
    ),
    "ISO timestamps with offset": (
        "Date,Open,High,Low,Close,Volume\n"
        "2026-11-19 00:00:00-05:00,244.80,245.27,243.39,243.57,31000000\n"
        "2026-11-20 00:00:00-05:00,243.90,244.45,243.65,244.30,39577148\n",
        {"close": 244.30, "open": 243.90, "volume": 39577148},
    ),
    "BOM, CRLF, unsorted, no final newline": (
        "\ufeffDate,Open,High,Low,Close,Volume\r\n"
        "2026-11-20,243.90,244.45,243.65,244.30,39577148\r\n"
        "2026-11-19,244.80,245.27,243.39,243.57,31000000",
        {"close": 244.30, "open": 243.90, "volume": 39577148},
    ),
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_real_world_layout_parses(tmp_path: Path, layout: str) -> None:
    text, last = LAYOUTS[layout]
    write(tmp_path, "IWM.csv", text)
    history = CsvBarsProvider(tmp_path).load("IWM")
    assert history.symbol == "IWM"
    assert [bar.session for bar in history.bars] == [date(2026, 11, 19), SESSION]
    final = history.bars[-1]
    assert (final.close, final.open, final.volume) == (last["close"], last["open"], last["volume"])


def test_index_symbol_reads_idx_file(tmp_path: Path) -> None:
    write(tmp_path, "idx_VIX.csv", LAYOUTS["upper case, no volume"][0])
    assert CsvBarsProvider(tmp_path).load("^VIX").bars[-1].close == 15.60


def test_missing_file_names_symbol_and_path(tmp_path: Path) -> None:
    with pytest.raises(DataError) as raised:
        CsvBarsProvider(tmp_path).load("IWM")
    assert str(raised.value) == f"IWM: no bars file at {tmp_path / 'IWM.csv'}"
    assert raised.value.code == SkipCode.NO_DATA


_NAN, _ROW = SkipCode.NAN, SkipCode.BAD_ROW
BROKEN = {
    "nan close": ("2026-11-19,244.80,245.27,243.39,nan,31000000", "line 3: close 'nan'", _NAN),
    "empty close": ("2026-11-19,244.80,245.27,243.39,,31000000", "line 3: close ''", _NAN),
    "junk volume": ("2026-11-19,244.80,245.27,243.39,243.57,lots", "line 3: volume 'lots'", _NAN),
    "negative volume": ("2026-11-19,244.80,245.27,243.39,243.57,-5", "line 3: volume '-5'", _ROW),
    "high below low": ("2026-11-19,244.80,240.00,243.39,243.57,1", "line 3: high 240.0 below low", _ROW),
    "zero price": ("2026-11-19,0,245.27,243.39,243.57,1", "line 3: open 0.0 is not a positive", _ROW),
    "bad date": ("2026-13-45,244.80,245.27,243.39,243.57,1", "line 3: date '2026-13-45'", _ROW),
    "repeated date": ("2026-11-18,244.80,245.27,243.39,243.57,1", "lines 2 and 3: two rows for", _ROW),
}


@pytest.mark.parametrize("case", BROKEN)
def test_broken_rows_refuse_the_file_with_line_and_problem(tmp_path: Path, case: str) -> None:
    row, message, code = BROKEN[case]
    path = write(tmp_path, "IWM.csv", "Date,Open,High,Low,Close,Volume\n"
                 f"2026-11-18,245.00,246.00,244.00,244.79,1\n{row}\n")
    with pytest.raises(DataError) as raised:
        read_bars_csv(path, "IWM")
    assert message in str(raised.value)
    assert str(path) in str(raised.value)
    assert raised.value.code == code


def test_missing_column_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, "IWM.csv", "Date,Open,High,Close\n2026-11-20,1,2,1.5\n")
    with pytest.raises(DataError, match="lacks column\\(s\\) low") as raised:
        read_bars_csv(path, "IWM")
    assert raised.value.code == SkipCode.BAD_FILE


@pytest.mark.parametrize(("text", "code"), [
    ("", SkipCode.NO_DATA), ("Date,Open,High,Low,Close\n", SkipCode.NO_DATA),
    ("Date,Open,High,Low\n2026-11-20,1,2,1\n", SkipCode.BAD_FILE),
])
def test_empty_and_headless_files_carry_their_code(tmp_path: Path, text: str, code: SkipCode) -> None:
    with pytest.raises(DataError) as raised:
        read_bars_csv(write(tmp_path, "IWM.csv", text), "IWM")
    assert raised.value.code == code


def test_header_only_file_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "IWM.csv", "Date,Open,High,Low,Close\n")
    with pytest.raises(DataError, match="no rows"):
        read_bars_csv(path, "IWM")


# --------------------------------------------------------------------------- real files
@pytest.mark.realdata
@pytest.mark.parametrize(("folder", "symbol", "day", "close"), [
    ("kittycapital_etf-seasonality", "SPY", date(2026, 8, 21), 765.72),   # Close first
    ("xjcarter_data", "IWM", date(2000, 5, 26), 45.72),                  # Adj Close ignored
    ("xjcarter_data", "^VIX", date(2000, 1, 3), 24.21),                  # IDX_ file name
    ("slow-turtle-research", "^NDX", date(1985, 10, 1), 112.14),         # no volume
])
def test_real_files_load(realdata: Path, folder: str, symbol: str, day: date,
                         close: float) -> None:
    history = CsvBarsProvider(realdata / "ohlcv" / folder).load(symbol)
    bar = next(bar for bar in history.bars if bar.session == day)
    assert bar.close == pytest.approx(close, abs=0.01)
    assert check_history(history, history.bars[-1].session, min_sessions=30) == []


@pytest.mark.realdata
@pytest.mark.parametrize(("relative", "day", "close"), [
    ("datahub_finance-vix/vix-daily.csv", date(1990, 1, 2), 17.24),        # DATE,OPEN,...
    ("backtesting_py/GOOG.csv", date(2004, 8, 19), 100.34),                # unnamed column
    ("mplfinance_examples/SP500_NOV2019_Hist.csv", date(2019, 11, 1), 3066.91),  # M/D/YYYY
    ("mplfinance_examples/yahoofinance-SPY-20200901-20210113.csv", date(2021, 1, 12), 378.77),
])
def test_real_layouts_parse(realdata: Path, relative: str, day: date, close: float) -> None:
    history = read_bars_csv(realdata / "ohlcv" / relative, "X")
    bar = next(bar for bar in history.bars if bar.session == day)
    assert bar.close == pytest.approx(close, abs=0.01)


@pytest.mark.realdata
def test_real_intraday_snapshot_is_refused(realdata: Path) -> None:
    """alitalbi's ^RUT ends with an intraday row (volume 0): not a close to write about."""
    history = CsvBarsProvider(realdata / "ohlcv" / "alitalbi_storage_data_fy").load("^RUT")
    reasons = check_history(history, date(2026, 2, 23), min_sessions=30)
    assert any("intraday snapshot" in reason.message for reason in reasons)
    assert SkipCode.PARTIAL_BAR in {reason.code for reason in reasons}


# --------------------------------------------------------------------------- quality
def weekdays(end: date, count: int) -> list[date]:
    days: list[date] = []
    day = end
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day -= timedelta(days=1)
    return days[::-1]


def make_history(count: int = 60, end: date = SESSION, *, volume: float = 1_000_000,
                 symbol: str = "IWM") -> list[Bar]:
    bars = []
    for n, day in enumerate(weekdays(end, count)):
        close = 240 + (n % 7) * 0.75 + n * 0.01
        bars.append(Bar(session=day, open=close - 0.3, high=close + 1, low=close - 1,
                        close=close, volume=volume))
    return bars


def history_of(bars: list[Bar], symbol: str = "IWM") -> PriceHistory:
    return PriceHistory(symbol=symbol, provider="test", bars=bars)


def replace_last(bars: list[Bar], **changes: float) -> list[Bar]:
    return bars[:-1] + [bars[-1].model_copy(update=changes)]


def test_clean_history_has_no_reasons() -> None:
    history = history_of(make_history())
    assert check_history(history, SESSION, min_sessions=30, max_staleness_days=4,
                         today=SESSION + timedelta(days=1)) == []


def test_no_bar_on_session_names_the_last_bar() -> None:
    history = history_of(make_history(end=date(2026, 11, 19)))
    reasons = check_history(history, SESSION, min_sessions=30)
    assert reasons == [QualityIssue(SkipCode.MISSING_SESSION,
                                    "IWM: no bar for 2026-11-20; the last bar is 2026-11-19")]


def test_too_few_sessions() -> None:
    reasons = check_history(history_of(make_history(count=10)), SESSION, min_sessions=30)
    assert reasons == [QualityIssue(SkipCode.SHORT_HISTORY,
                                    "IWM: only 10 sessions up to 2026-11-20; at least 30 needed")]


def test_stale_last_bar_against_today() -> None:
    history = history_of(make_history())
    fine = check_history(history, SESSION, min_sessions=30, max_staleness_days=4,
                         today=date(2026, 11, 23))
    stale = check_history(history, SESSION, min_sessions=30, max_staleness_days=4,
                          today=date(2026, 11, 30))
    assert fine == []
    assert stale == [QualityIssue(SkipCode.STALE_LAST_BAR, "IWM: the last bar (2026-11-20) is 10 days "
                                                          "old on 2026-11-30; the limit is 4")]


def test_missing_bars_are_a_gap_but_holidays_are_not() -> None:
    bars = make_history(count=120)
    holiday = [bar for bar in bars if bar.session != date(2026, 11, 16)]     # Fri -> Tue: 4 days
    assert check_history(history_of(holiday), SESSION, min_sessions=30) == []
    hole = [bar for bar in bars if not date(2026, 10, 5) <= bar.session <= date(2026, 10, 9)]
    reasons = check_history(history_of(hole), SESSION, min_sessions=30)
    assert reasons == [QualityIssue(
        SkipCode.GAP, "IWM: 10 calendar days between 2026-10-02 and 2026-10-12; bars are missing")]


def test_old_gaps_are_ignored() -> None:
    bars = make_history(count=400)
    old = [bar for bar in bars if not date(2025, 6, 2) <= bar.session <= date(2025, 6, 13)]
    assert check_history(history_of(old), SESSION, min_sessions=30) == []


def test_zero_change_with_moving_range_is_a_stuck_quote() -> None:
    bars = make_history()
    stuck = replace_last(bars, close=bars[-2].close, open=bars[-2].close)
    reasons = check_history(history_of(stuck), SESSION, min_sessions=30)
    assert len(reasons) == 1 and "stuck quote" in reasons[0].message
    assert reasons[0].code == SkipCode.STUCK_QUOTE
    flat = replace_last(bars, close=bars[-2].close, open=bars[-2].close,
                        high=bars[-2].close, low=bars[-2].close)
    assert check_history(history_of(flat), SESSION, min_sessions=30) == []


@pytest.mark.parametrize("factor", [10.0, 0.1])
def test_scale_change_between_closes(factor: float) -> None:
    bars = make_history()
    last = bars[-1]
    jumped = replace_last(bars, open=last.open * factor, high=last.high * factor,
                          low=last.low * factor, close=last.close * factor)
    reasons = check_history(history_of(jumped), SESSION, min_sessions=30)
    assert len(reasons) == 1 and "change of scale" in reasons[0].message
    assert reasons[0].code == SkipCode.SCALE_JUMP


def test_zero_volume_after_volume_is_a_partial_session() -> None:
    bars = make_history()
    reasons = check_history(history_of(replace_last(bars, volume=0)), SESSION, min_sessions=30)
    assert len(reasons) == 1 and "intraday snapshot" in reasons[0].message
    assert reasons[0].code == SkipCode.PARTIAL_BAR
    index = history_of(make_history(volume=0), symbol="^RUT")
    assert check_history(index, SESSION, min_sessions=30) == []


def test_history_after_the_session_is_ignored() -> None:
    bars = make_history(end=date(2026, 11, 24))
    assert check_history(history_of(bars), SESSION, min_sessions=30) == []


# --------------------------------------------------------------------------- chains
def chain(*contracts: tuple[float, str, int]) -> OptionsChain:
    return OptionsChain(symbol="IWM", provider="test", as_of=SESSION, expiry=date(2026, 11, 27),
                        contracts=[OptionContract(strike=k, right=OptionRight(r), open_interest=oi)
                                   for k, r, oi in contracts])


def test_check_chain() -> None:
    assert check_chain(chain((240, "put", 10), (250, "call", 12))) == []
    assert check_chain(chain()) == ["IWM options 2026-11-27 (as of 2026-11-20): the chain has "
                                    "no contracts"]
    zero = check_chain(chain((240, "put", 0), (250, "call", 0)))
    assert zero == ["IWM options 2026-11-27 (as of 2026-11-20): every contract has zero open "
                    "interest"]
    one_sided = check_chain(chain((240, "call", 5), (250, "call", 7)))
    assert one_sided == ["IWM options 2026-11-27 (as of 2026-11-20): only calls, no puts"]


OPTIONS_CSV = """AS_OF,Expiry,Strike,Right,Open_Interest
2026-11-19,2026-11-20,245,call,100
2026-11-20,2026-11-27,245,c,1800
2026-11-20,2026-11-27,245,P,2100
2026-11-20,2026-11-27,250,call,5200
2026-11-20,2026-12-18,250,call,9100
2026-11-23,2026-11-27,250,call,7000
"""


def test_options_pick_latest_snapshot_and_nearest_expiry(tmp_path: Path) -> None:
    write(tmp_path, "IWM.csv", OPTIONS_CSV)
    loaded = CsvOptionsProvider(tmp_path).load("IWM", SESSION)
    assert loaded is not None
    assert (loaded.as_of, loaded.expiry) == (SESSION, date(2026, 11, 27))
    assert [(c.strike, c.right.value, c.open_interest) for c in loaded.contracts] == [
        (245.0, "call", 1800), (245.0, "put", 2100), (250.0, "call", 5200)]


def test_options_expiring_on_the_session_count(tmp_path: Path) -> None:
    write(tmp_path, "IWM.csv", OPTIONS_CSV)
    loaded = CsvOptionsProvider(tmp_path).load("IWM", date(2026, 11, 19))
    assert loaded is not None and loaded.expiry == date(2026, 11, 20)


def test_options_snapshot_after_session_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "IWM.csv", OPTIONS_CSV)
    with pytest.raises(DataError, match="after the session 2026-11-18"):
        CsvOptionsProvider(tmp_path).load("IWM", date(2026, 11, 18))


def test_options_without_file_is_none(tmp_path: Path) -> None:
    assert CsvOptionsProvider(tmp_path).load("IWM", SESSION) is None


@pytest.mark.parametrize(("row", "message"), [
    ("2026-11-20,2026-11-27,250,straddle,5", "right 'straddle'"),
    ("2026-11-20,2026-11-27,250,put,-4", "a whole number >= 0"),
    ("2026-11-20,2026-11-27,250,put,nan", "a whole number >= 0"),
    ("2026-11-20,2026-11-27,abc,put,4", "is not a number"),
    ("2026-11-20,2026-11-27,245,c,7", "lines 2, 3: call 245 appears more than once"),
])
def test_broken_option_rows(tmp_path: Path, row: str, message: str) -> None:
    write(tmp_path, "IWM.csv", "as_of,expiry,strike,right,open_interest\n"
          f"2026-11-20,2026-11-27,245,call,1800\n{row}\n")
    with pytest.raises(DataError) as raised:
        CsvOptionsProvider(tmp_path).load("IWM", SESSION)
    assert message in str(raised.value)


# --------------------------------------------------------------------------- facade
def test_market_data_facade(tmp_path: Path) -> None:
    bars, options = tmp_path / "bars", tmp_path / "options"
    bars.mkdir()
    options.mkdir()
    write(bars, "IWM.csv", LAYOUTS["yfinance, Close first"][0])
    write(options, "IWM.csv", OPTIONS_CSV)
    market = MarketData.from_config(MarketConfig(csv_dir=bars, options_dir=options))
    assert market.load_history("IWM").bars[-1].close == 244.30
    loaded = market.load_chain("IWM", SESSION)
    assert loaded is not None and loaded.expiry == date(2026, 11, 27)
    assert MarketData(bars).load_chain("IWM", SESSION) is None
