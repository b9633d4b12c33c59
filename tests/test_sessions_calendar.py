"""Which session a run is for: weekends, holidays, early closes, explicit dates (XNYS calendar)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from tests_paths import NEW_YORK, REPO

from pipeline.config import load_settings
from pipeline.errors import ConfigError
from pipeline.market import MarketData
from pipeline.market.calendar import SessionCalendar
from pipeline.run import Pipeline
from pipeline.store import open_store
from pipeline.writers import TemplateWriter

CAL = SessionCalendar("XNYS")


def at(day: str, clock: str) -> datetime:
    return datetime.combine(date.fromisoformat(day), datetime.strptime(clock, "%H:%M").time(),
                            tzinfo=NEW_YORK)


def test_weekend_run_uses_friday_and_says_so() -> None:
    choice = CAL.last_closed(at("2026-11-21", "11:00"))
    assert choice.session == date(2026, 11, 20)
    assert "Saturday 2026-11-21 is not a trading day on XNYS (weekend)" in choice.reason
    assert CAL.last_closed(at("2026-11-22", "20:00")).session == date(2026, 11, 20)


def test_holiday_run_uses_the_previous_session() -> None:
    choice = CAL.last_closed(at("2026-11-26", "18:00"))  # Thanksgiving
    assert choice.session == date(2026, 11, 25)
    assert "(holiday)" in choice.reason and "Wednesday 2026-11-25" in choice.reason


def test_early_close_bar_is_final_after_13_00() -> None:
    assert CAL.close_at(date(2026, 11, 27)) == at("2026-11-27", "13:00")
    assert CAL.is_early_close(date(2026, 11, 27)) and not CAL.is_early_close(date(2026, 11, 25))
    after = CAL.last_closed(at("2026-11-27", "13:30"))
    assert after.session == date(2026, 11, 27)
    assert "closed early at 13:00" in after.reason


def test_during_an_early_close_session_the_prior_session_is_used() -> None:
    during = CAL.last_closed(at("2026-11-27", "12:00"))
    assert during.session == date(2026, 11, 25)  # Thursday was the holiday
    assert "has not closed" in during.reason and "not a partial bar" in during.reason


@pytest.mark.parametrize("clock, expected", [
    ("08:00", date(2026, 11, 23)),  # Tuesday before the open: Monday
    ("15:59", date(2026, 11, 23)),  # a minute before the close: still Monday
    ("16:00", date(2026, 11, 24)),  # at the close: Tuesday's bar is final
])
def test_regular_day_around_the_close(clock: str, expected: date) -> None:
    assert CAL.last_closed(at("2026-11-24", clock)).session == expected


def test_a_utc_clock_is_read_in_new_york() -> None:
    # 2026-11-25 02:00 UTC is 21:00 on Tuesday 2026-11-24 in New York.
    from datetime import UTC
    assert CAL.last_closed(datetime(2026, 11, 25, 2, 0, tzinfo=UTC)).session == date(2026, 11, 24)


def test_explicit_dates() -> None:
    assert CAL.resolve(date(2026, 11, 20)).reason == ""
    holiday = CAL.resolve(date(2026, 11, 26))
    assert holiday.session == date(2026, 11, 25) and "before it" in holiday.reason
    assert CAL.resolve(date(2026, 11, 22)).session == date(2026, 11, 20)
    assert CAL.resolve(date(2026, 12, 25)).session == date(2026, 12, 24)


def test_sessions_after_counts_trading_days() -> None:
    assert CAL.sessions_after(date(2026, 11, 20), date(2026, 11, 30)) == 5  # 23,24,25,27,30
    assert CAL.sessions_after(date(2026, 11, 20), date(2026, 11, 20)) == 0


def test_holidays_between_lists_closed_weekdays_only() -> None:
    assert CAL.holidays_between(date(2026, 11, 20), date(2026, 12, 31)) == [
        date(2026, 11, 26), date(2026, 12, 25)]
    assert CAL.holidays_between(date(2026, 11, 26), date(2026, 11, 30)) == []


def test_snapshot_counts_sessions_to_an_event_across_thanksgiving(tmp_path: Path) -> None:
    pipeline = demo_pipeline(tmp_path, at("2026-11-21", "10:00"))
    snapshot = pipeline.snapshot("IWM", date(2026, 11, 20))
    fomc = next(event for event in snapshot.events if event.kind == "fomc")
    assert (fomc.date, fomc.sessions_until) == (date(2026, 12, 9), 12)  # 13 weekdays less Thanksgiving


def test_unknown_calendar_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown exchange calendar 'XNOPE'"):
        SessionCalendar("XNOPE")


def demo_pipeline(tmp_path: Path, now: datetime, live: bool = False) -> Pipeline:
    settings = load_settings(cwd=REPO)
    market = MarketData.from_config(settings.market)
    market.live = live
    store = open_store(f"sqlite:///{tmp_path / 'sessions.db'}")
    return Pipeline(settings, store, market, TemplateWriter(), clock=lambda: now)


def test_pipeline_explicit_holiday_becomes_the_previous_session(tmp_path: Path) -> None:
    pipeline = demo_pipeline(tmp_path, at("2026-11-21", "10:00"))
    assert pipeline.resolve_session(date(2026, 11, 21)) == date(2026, 11, 20)
    assert pipeline.session_note is not None and "weekend" in pipeline.session_note
    assert pipeline.resolve_session(date(2026, 11, 20)) == date(2026, 11, 20)
    assert pipeline.session_note is None


def test_pipeline_on_csv_files_uses_the_newest_bar(tmp_path: Path) -> None:
    pipeline = demo_pipeline(tmp_path, at("2026-12-02", "10:00"))
    assert pipeline.resolve_session(None) == date(2026, 11, 20)


def test_pipeline_on_a_live_source_follows_the_clock(tmp_path: Path) -> None:
    pipeline = demo_pipeline(tmp_path, at("2026-11-27", "12:00"), live=True)
    assert pipeline.resolve_session(None) == date(2026, 11, 25)
    assert "not a partial bar" in (pipeline.session_note or "")


def test_staleness_counts_trading_sessions_with_a_calendar() -> None:
    from pipeline.contracts import Bar, PriceHistory
    from pipeline.market.quality import check_history
    from pipeline.skips import QualityIssue, SkipCode
    bars = [Bar(session=date(2026, 11, d), open=10, high=11, low=9, close=10 + d / 100, volume=1)
            for d in (18, 19, 20)]
    history = PriceHistory(symbol="IWM", provider="t", bars=bars)

    def stale(today: date) -> list[QualityIssue]:
        return check_history(history, date(2026, 11, 20), min_sessions=2, max_staleness_days=3,
                             today=today, sessions_after=CAL.sessions_after)
    # Friday's bar on the Wednesday before Thanksgiving: 5 calendar days but 3 sessions.
    assert stale(date(2026, 11, 25)) == []
    # On the Monday after: 10 days, 5 sessions (23, 24, 25, 27, 30).
    assert stale(date(2026, 11, 30)) == [QualityIssue(
        SkipCode.STALE_LAST_BAR, "IWM: the last bar (2026-11-20) is 10 days old on 2026-11-30, "
                                 "5 trading sessions; the limit is 3 sessions")]
    # Without the calendar the same Wednesday is too old.
    assert check_history(history, date(2026, 11, 20), min_sessions=2, max_staleness_days=3,
                         today=date(2026, 11, 25)) != []


# ------------------------------------------------------------------ pandas deprecation noise
def _ini_filters(config: pytest.Config) -> list[tuple[str, str, type[Warning]]]:
    """The `filterwarnings` lines of pyproject.toml as (action, message, category)."""
    import importlib

    filters = []
    for line in config.getini("filterwarnings"):
        action, message, category = (line.split(":") + ["", ""])[:3]
        module, _, name = category.rpartition(".")
        filters.append((action, message, getattr(importlib.import_module(module), name)))
    return filters


def test_our_calendar_calls_raise_no_warnings() -> None:
    import warnings

    calendar = SessionCalendar("XNYS")  # the exchange calendar itself is built (and cached) here
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        calendar.is_session(date(2026, 11, 26))
        calendar.close_at(date(2026, 11, 27))
        calendar.sessions_after(date(2026, 11, 20), date(2026, 11, 30))
        calendar.last_closed(at("2026-11-21", "11:00"))
        calendar.resolve(date(2026, 11, 26))
    assert [str(w.message) for w in caught] == []


def test_only_the_upstream_exchange_calendars_warning_is_filtered(pytestconfig: pytest.Config) -> None:
    """Building an exchange calendar trips pandas' Series.values deprecation inside
    exchange_calendars; the pytest filter hides exactly that message and nothing else."""
    import warnings

    import exchange_calendars as xcals
    from pandas.errors import Pandas4Warning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for action, message, category in _ini_filters(pytestconfig):
            warnings.filterwarnings(action, message=message, category=category)  # type: ignore[arg-type]
        xcals.get_calendar("XNYS", start="2001-01-01", end="2003-12-31")  # a range no other test builds
        warnings.warn("Series.values is deprecated for another reason", Pandas4Warning, stacklevel=1)
        warnings.warn("Series.values returning an ndarray ... (a DeprecationWarning)",
                      DeprecationWarning, stacklevel=1)
    assert [str(w.message) for w in caught] == [
        "Series.values is deprecated for another reason",
        "Series.values returning an ndarray ... (a DeprecationWarning)"]
