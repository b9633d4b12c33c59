"""The article's optional track-record line: counted from stored calls with no look-ahead, printed
from facts by the template writer, and checked by the verifier (a wrong count is an error)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from cli_helpers import write_config
from market_factories import synthetic_history

from pipeline.config import load_settings
from pipeline.contracts import Article, Bar, Finding, Severity
from pipeline.run import Pipeline
from pipeline.scorecard.backfill import backfill_calls
from pipeline.scorecard.grading import grade_from_history
from pipeline.scorecard.track_record import track_record
from pipeline.wiring import make_pipeline

SESSION = date(2026, 11, 20)


def test_the_record_counts_only_calls_graded_by_the_session() -> None:
    history = synthetic_history("IWM", sessions=500, seed=3)
    bars = history.bars
    days = [bar.session for bar in bars]
    session = days[-40]  # 39 sessions follow it: they must not count
    calls = backfill_calls(history, None, days[200], days[-1])
    record = track_record(calls, bars, session, sessions=60)
    # the session's own close is known: calls of the 4 sessions before it are still open
    assert (record.right + record.wrong + record.flat) == 56
    window = [c for c in calls if days[-100] <= c.session < session]
    assert len(window) == 60
    known = [bar for bar in bars if bar.session <= session]
    outcomes = [g.calls[0].outcome for g in grade_from_history(window, known)
                if g.calls[0].status == "graded"]
    assert (record.right, record.wrong, record.flat) == (
        outcomes.count("right"), outcomes.count("wrong"), outcomes.count("flat"))

    crash = [Bar(session=session + timedelta(days=n), open=1.0, high=1.0, low=0.5, close=0.5,
                 volume=1) for n in range(1, 60)]  # a made-up future that would flip every call
    assert track_record(calls, [*known, *crash], session, sessions=60) == record


def test_an_article_call_outranks_the_backfilled_one_for_its_session() -> None:
    history = synthetic_history("IWM", sessions=400, seed=4)
    days = [bar.session for bar in history.bars]
    calls = backfill_calls(history, None, days[300], days[-1])
    record = track_record(calls, history.bars, days[-1], sessions=60)
    flipped = [c.model_copy(update={"origin": "article", "calls": [
        c.calls[0].model_copy(update={"bias": "Bearish" if c.calls[0].bias == "Bullish" else "Bullish"}),
        *c.calls[1:]]}) for c in calls if c.calls[0].bias != "Neutral"]
    changed = track_record([*calls, *flipped], history.bars, days[-1], sessions=60)
    assert changed != record and changed.right + changed.wrong + changed.flat == 56


def run_with_record(tmp_path: Path, enabled: bool) -> tuple[Pipeline, Article, list[Finding]]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    config = write_config(tmp_path, f"[writer]\ntrack_record = {str(enabled).lower()}\n"
                          "track_record_sessions = 60\n")
    pipeline = make_pipeline(load_settings(config, cwd=tmp_path), ingest=False)
    history = pipeline.market.load_history("IWM")
    first = history.bars[-120].session
    pipeline.store.save_session_calls(backfill_calls(history, pipeline.market.load_history("SPY"),
                                                     first, SESSION - timedelta(days=1)))
    inst = pipeline.settings.instrument("IWM")
    snapshot = pipeline.snapshot("IWM", SESSION)
    news, scores, brief = pipeline.prepare(inst, snapshot)
    article = pipeline.writer.write(brief)
    return pipeline, article, pipeline.checker(snapshot, scores, news)(article)


def errors(findings: list[Finding]) -> list[tuple[str, str | None]]:
    return sorted((f.code, f.span) for f in findings if f.severity == Severity.ERROR)


@pytest.fixture
def with_record(tmp_path: Path) -> tuple[Pipeline, Article, list[Finding]]:
    return run_with_record(tmp_path / "on", True)


def test_the_line_is_printed_from_the_record_and_traces(
        with_record: tuple[Pipeline, Article, list[Finding]], tmp_path: Path) -> None:
    pipeline, article, findings = with_record
    snapshot = pipeline.snapshot("IWM", SESSION)
    record = snapshot.track_record
    assert record is not None and record.sessions == 60 and record.right + record.wrong > 0
    line = (f"Our short-term calls on IWM over the last 60 sessions: {record.right} of "
            f"{record.right + record.wrong} right")
    assert line in article.take
    _, plain, plain_findings = run_with_record(tmp_path / "off", False)
    assert "Our short-term calls" not in plain.take  # off by default
    assert errors(findings) == errors(plain_findings)  # the line adds no finding
    assert [f for f in findings if f.span and "short-term calls" in f.span] == []


def test_a_wrong_count_in_the_line_is_caught(
        with_record: tuple[Pipeline, Article, list[Finding]]) -> None:
    pipeline, article, _ = with_record
    snapshot = pipeline.snapshot("IWM", SESSION)
    record = snapshot.track_record
    assert record is not None
    right, decided = record.right, record.right + record.wrong
    wrong_take = article.take.replace(f"{right} of {decided} right", f"{right + 1} of {decided} right")
    assert wrong_take != article.take
    news, scores, _ = pipeline.prepare(pipeline.settings.instrument("IWM"), snapshot)
    found = pipeline.checker(snapshot, scores, news)(article.model_copy(update={"take": wrong_take}))
    mismatch = [f for f in found if f.code == "value-mismatch" and "track-record" in f.message]
    assert len(mismatch) == 1 and mismatch[0].severity == Severity.ERROR
    assert mismatch[0].expected == f"{right:,}"

    unrecorded = snapshot.model_copy(update={"track_record": None})
    found = pipeline.checker(unrecorded, scores, news)(article)
    assert any(f.code == "number-untraced" and "none was computed" in f.message for f in found)
