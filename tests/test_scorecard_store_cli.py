"""Session calls in the store (SQLite, and PostgreSQL when configured), and the two commands."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import newsdesk, write_config
from market_factories import synthetic_history
from store_factories import BACKENDS, backend_url

from pipeline.contracts import Bias
from pipeline.errors import NotFound
from pipeline.scorecard.backfill import backfill_calls
from pipeline.scorecard.contracts import HorizonCall
from pipeline.scorecard.report import scorecard_for, stored_calls
from pipeline.store import Store, open_store


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    for url in backend_url(request.param, tmp_path):
        with open_store(url) as opened:
            yield opened


def test_saving_calls_twice_adds_no_row(store: Store) -> None:
    history = synthetic_history("IWM", sessions=300, seed=2)
    days = [bar.session for bar in history.bars]
    calls = backfill_calls(history, None, days[200], days[-1])
    first = store.save_session_calls(calls)
    assert (first.new, first.updated, first.unchanged) == (100, 0, 0)
    again = store.save_session_calls(calls)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 100)
    changed = calls[0].model_copy(update={"calls": [HorizonCall(horizon="short", bias=Bias.BEARISH),
                                                     *calls[0].calls[1:]]})
    assert store.save_session_calls([changed]).updated == 1
    assert store.count_session_calls() == 100
    stored = store.session_calls("IWM")
    assert stored[0] == changed and stored[1:] == calls[1:]
    assert [c.session for c in store.session_calls(first=days[210], last=days[212])] == days[210:213]
    assert store.session_calls("SPY") == [] and store.session_calls(origin="article") == []


def test_backfill_then_scorecard(tmp_path: Path) -> None:
    write_config(tmp_path)
    empty = newsdesk(tmp_path, "scorecard")
    assert empty.code == 5 and "no calls stored" in empty.stderr and "Traceback" not in empty.stderr
    done = newsdesk(tmp_path, "backfill", "--from", "2026-01-02", "--to", "2026-11-20", "--symbol", "IWM")
    assert done.code == 0, done.stderr
    assert "IWM" in done.stdout and "2026-01-02" in done.stdout
    again = newsdesk(tmp_path, "backfill", "--from", "2026-01-02", "--to", "2026-11-20", "--symbol", "iwm")
    row = next(line for line in again.stdout.splitlines() if line.strip().startswith("IWM"))
    assert row.split()[4:7] == ["0", "0", row.split()[1]]  # new, updated, unchanged = every session
    card = newsdesk(tmp_path, "scorecard", "--json")
    assert card.code == 0, card.stderr
    data = json.loads(card.stdout)
    assert data["symbols"] == ["IWM"] and data["first"] == "2026-01-02" and data["last"] == "2026-11-20"
    short = next(r for r in data["calls"] if r["horizon"] == "short" and r["bias"] == "all")
    assert short["sessions"] + short["open"] == data["sessions"] and short["open"] == 5
    assert short["hit"]["low"] <= short["hit"]["rate"] <= short["hit"]["high"]
    assert sum(r["sessions"] for r in data["pulse"]) == data["pulse_baseline"]["sessions"]
    table = newsdesk(tmp_path, "scorecard", "--symbol", "IWM", "--from", "2026-06-01")
    assert table.code == 0 and "hit rate" in table.stdout and "Pulse calibration" in table.stdout


@pytest.mark.parametrize(("args", "code", "message"), [
    (("backfill", "--from", "2026-02-30"), 2, "not a date"),
    (("backfill", "--from", "2026-03-01", "--to", "2026-02-01"), 2, "is after"),
    (("scorecard", "--symbol", "NOPE"), 2, "unknown instrument"),
    (("scorecard", "--from", "1800-01-01"), 2, "outside the sessions"),
])
def test_bad_input_is_one_line(tmp_path: Path, args: tuple[str, ...], code: int, message: str) -> None:
    write_config(tmp_path)
    result = newsdesk(tmp_path, *args)
    assert result.code == code and message in result.stderr and "Traceback" not in result.stderr


def test_a_run_records_its_articles_calls(tmp_path: Path) -> None:
    write_config(tmp_path)
    result = newsdesk(tmp_path, "run", "--no-ingest", "--symbol", "IWM", "--session", "2026-11-20")
    assert result.code in (0, 8), result.stderr
    with open_store(f"sqlite:///{tmp_path}/state/newsdesk.db") as opened:
        stored = opened.session_calls("IWM", origin="article")
    assert [(c.symbol, c.session) for c in stored] == [("IWM", date(2026, 11, 20))]


def test_a_session_with_both_origins_counts_once_as_the_article(store: Store) -> None:
    history = synthetic_history("IWM", sessions=260, seed=4)
    days = [bar.session for bar in history.bars]
    backfilled = backfill_calls(history, None, days[250], days[-1])
    article = backfilled[3].model_copy(update={"origin": "article", "pulse": 99})
    store.save_session_calls([*backfilled, article])
    chosen = stored_calls(store, ["IWM"])
    assert len(chosen) == len(backfilled) and chosen[3] == article
    assert stored_calls(store, ["IWM"], origin="backfill")[3] == backfilled[3]
    with pytest.raises(NotFound, match="no calls stored for SPY"):
        stored_calls(store, ["SPY"])
    card = scorecard_for(store, lambda symbol: history, ["IWM"])
    assert card.sessions == len(backfilled) and card.symbols == ["IWM"]
