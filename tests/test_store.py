"""The store on a real database: a SQLite file in tmp_path, and PostgreSQL when
NEWSDESK_TEST_PG_URL is set (else those cases skip)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, inspect, select
from store_factories import (
    BACKENDS,
    CLOSE,
    PG_ENV,
    PG_URL,
    SESSION,
    TickingClock,
    backend_url,
    error_finding,
    make_draft,
    make_news,
    warning_finding,
)

from pipeline.contracts import DraftStatus
from pipeline.errors import InvalidTransition, NotFound, StoreError
from pipeline.store import (
    MIGRATIONS,
    TRANSITIONS,
    RunStatus,
    Store,
    applied_migrations,
    migrate,
    open_store,
)
from pipeline.store.db import BUSY_TIMEOUT_MS
from pipeline.store.schema import draft_versions, drafts, metadata, news_items, status_events
from pipeline.store.transitions import PUBLISHER_ONLY

S = DraftStatus
NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path):
    yield from backend_url(request.param, tmp_path)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path}/state/newsdesk.db"


@pytest.fixture
def clock() -> TickingClock:
    return TickingClock()


@pytest.fixture
def store(store_url: str, clock: TickingClock):
    with open_store(store_url, clock=clock) as opened:
        yield opened


def count(store: Store, table) -> int:
    with store.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(table))


def test_postgresql_suite_is_configured() -> None:
    """Every test taking `store_url` runs on PostgreSQL too when NEWSDESK_TEST_PG_URL is set."""
    if not PG_URL:
        pytest.skip(f"{PG_ENV} is not set: the store suite ran on SQLite only")
    assert "postgresql" in BACKENDS


# opening and migrating


def test_open_twice_applies_migrations_once(store_url: str) -> None:
    with open_store(store_url) as first:
        tables = sorted(inspect(first.engine).get_table_names())
        assert applied_migrations(first.engine) == [m.__name__ for m in MIGRATIONS]
    with open_store(store_url) as second:
        assert sorted(inspect(second.engine).get_table_names()) == tables
        assert applied_migrations(second.engine) == [m.__name__ for m in MIGRATIONS]
        assert migrate(second.engine) == []


def test_migrated_database_matches_schema_module(store: Store) -> None:
    """The migrations and schema.py describe the same tables, columns and indexes."""
    found = inspect(store.engine)
    assert sorted(found.get_table_names()) == sorted(metadata.tables)
    for name, table in metadata.tables.items():
        assert {c["name"] for c in found.get_columns(name)} == set(table.columns.keys()), name
    drafts_indexes = {ix["name"]: tuple(ix["column_names"]) for ix in found.get_indexes("drafts")}
    assert drafts_indexes["ix_drafts_session"] == ("session",)
    assert drafts_indexes["ix_drafts_queue_order"] == ("session", "symbol", "writer", "status",
                                                      "draft_id")


def test_sqlite_connections_use_wal_busy_timeout_and_foreign_keys(sqlite_url: str) -> None:
    with open_store(sqlite_url) as store:
        for _ in range(2):
            with store.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
                assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS == 30_000
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_open_creates_the_folder_of_a_sqlite_file_inside_an_existing_one(tmp_path: Path) -> None:
    path = tmp_path / "state" / "newsdesk.db"
    with open_store(f"sqlite:///{path}"):
        assert path.is_file()


def test_open_refuses_a_folder_whose_parent_is_missing_and_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "newsdesk.db"
    url = f"sqlite:///{path}"
    with pytest.raises(StoreError) as caught:
        open_store(url)
    message = str(caught.value)
    assert url in message and f"{tmp_path / 'deep'} does not exist" in message
    assert "newsdesk init" in message
    assert not (tmp_path / "deep").exists()


def test_relative_sqlite_path_is_created_under_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with open_store("sqlite:///.newsdesk/newsdesk.db"):
        assert (tmp_path / ".newsdesk" / "newsdesk.db").is_file()


def test_directory_that_cannot_be_created_is_a_store_error_naming_the_url(
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    url = f"sqlite:///{blocker}/sub/newsdesk.db"  # works even as root
    with pytest.raises(StoreError) as caught:
        open_store(url)
    assert url in str(caught.value)


def test_database_path_that_cannot_be_opened_is_a_store_error_naming_the_url(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path}"  # a directory, not a file
    with pytest.raises(StoreError) as caught:
        open_store(url)
    assert url in str(caught.value)


@pytest.mark.parametrize("url", ["not a url", "nosuchdb://host/db", "sqlite+nodriver:///x.db"])
def test_bad_url_is_a_store_error_naming_it(url: str) -> None:
    with pytest.raises(StoreError) as caught:
        open_store(url)
    assert url in str(caught.value)


def test_store_errors_never_show_a_password() -> None:
    with pytest.raises(StoreError) as caught:
        open_store("nosuchdb://editor:hunter2@db.internal/newsdesk")
    assert "hunter2" not in str(caught.value)
    assert "editor:***@db.internal" in str(caught.value)


# timestamps


def test_timestamps_are_stored_in_utc_and_come_back_aware(store: Store) -> None:
    evening = datetime(2026, 11, 20, 16, 30, tzinfo=NEW_YORK)
    store.upsert_news([make_news(1, fetched_at=evening, published_at=evening)])
    [item] = store.news_items()
    assert item.published_at == evening
    with store.engine.connect() as conn:
        row = conn.execute(select(news_items.c.first_seen_at, news_items.c.published_at)).one()
    for value in row:
        assert value.tzinfo == UTC
        assert value == datetime(2026, 11, 20, 21, 30, tzinfo=UTC)


def test_sqlite_keeps_utc_wall_time(sqlite_url: str) -> None:
    with open_store(sqlite_url) as store:
        evening = datetime(2026, 11, 20, 16, 30, tzinfo=NEW_YORK)
        store.upsert_news([make_news(1, fetched_at=evening)])
        with store.engine.connect() as conn:
            raw = conn.exec_driver_sql("SELECT first_seen_at FROM news_items").scalar()
    assert raw.startswith("2026-11-20 21:30:00")


def test_naive_datetimes_are_refused(store: Store) -> None:
    store.upsert_news([make_news(1)])
    with pytest.raises(ValueError, match="no time zone"):
        store.news_items(since=datetime(2026, 11, 20))
    with pytest.raises(ValueError, match="no time zone"):
        store.news_items(until=datetime(2026, 11, 20))


def test_a_naive_clock_is_refused(store_url: str) -> None:
    with open_store(store_url, clock=lambda: datetime(2026, 11, 20)) as store:
        with pytest.raises(ValueError, match="no time zone"):
            store.start_run(SESSION)


# news


def test_upserting_news_twice_stores_each_story_once(store: Store) -> None:
    stories = [make_news(n) for n in range(5)]
    assert store.upsert_news(stories).model_dump() == {"new": 5, "seen": 0}
    later = CLOSE + timedelta(hours=3)
    again = [make_news(n, fetched_at=later) for n in range(5)]
    assert store.upsert_news(again).model_dump() == {"new": 0, "seen": 5}
    assert count(store, news_items) == 5
    with store.engine.connect() as conn:
        seen = conn.execute(select(news_items.c.first_seen_at, news_items.c.last_seen_at)).all()
    assert all(first == CLOSE and last == later for first, last in seen)


def test_last_seen_never_moves_back(store: Store) -> None:
    store.upsert_news([make_news(1, fetched_at=CLOSE)])
    store.upsert_news([make_news(1, fetched_at=CLOSE - timedelta(days=1))])
    with store.engine.connect() as conn:
        first, last = conn.execute(
            select(news_items.c.first_seen_at, news_items.c.last_seen_at)).one()
    assert first == CLOSE - timedelta(days=1)
    assert last == CLOSE


def test_same_story_at_another_url_merges_urls(store: Store) -> None:
    store.upsert_news([make_news(title="Fed holds", url="https://a.example/fed")])
    syndicated = make_news(title="Fed holds", url="https://b.example/fed", symbols=["QQQ"])
    assert store.upsert_news([syndicated]).seen == 1
    [item] = store.news_items()
    assert item.url == "https://a.example/fed"  # the first canonical URL stays
    assert item.urls == ["https://a.example/fed", "https://b.example/fed"]
    assert item.symbols == ["SPY", "QQQ"]
    assert [i.item_id for i in store.news_items(symbol="QQQ")] == [item.item_id]


def test_same_url_with_changed_text_is_the_same_story(store: Store) -> None:
    store.upsert_news([make_news(title="Draft title", url="https://a.example/x")])
    edited = make_news(title="Edited title", url="https://a.example/x",
                       urls=["https://a.example/x?utm=1"])
    assert store.upsert_news([edited]).model_dump() == {"new": 0, "seen": 1}
    [item] = store.news_items()
    assert item.title == "Draft title"
    assert item.urls == ["https://a.example/x", "https://a.example/x?utm=1"]


def test_duplicates_within_one_batch_are_stored_once(store: Store) -> None:
    result = store.upsert_news([make_news(1), make_news(1, url="https://mirror.example/1")])
    assert result.model_dump() == {"new": 1, "seen": 1}
    assert count(store, news_items) == 1


def test_news_items_filter_by_symbol_and_time(store: Store) -> None:
    store.upsert_news([
        make_news(1, symbols=["SPY"]),  # published CLOSE - 1h
        make_news(2, symbols=["QQQ"]),  # CLOSE - 2h
        make_news(3, symbols=["SPY", "QQQ"]),  # CLOSE - 3h
    ])
    titles = lambda items: [i.title for i in items]  # noqa: E731
    assert titles(store.news_items()) == ["Story 1", "Story 2", "Story 3"]
    assert titles(store.news_items(symbol="SPY")) == ["Story 1", "Story 3"]
    assert titles(store.news_items(symbol="IWM")) == []
    since = (CLOSE - timedelta(hours=2)).astimezone(NEW_YORK)
    assert titles(store.news_items(since=since)) == ["Story 1", "Story 2"]
    assert titles(store.news_items(until=since)) == ["Story 3"]
    assert titles(store.news_items(symbol="QQQ", since=since)) == ["Story 2"]


# drafts: saving


def test_save_creates_then_reports_unchanged(store: Store) -> None:
    draft = make_draft()
    created = store.save_draft(draft)
    assert (created.outcome, created.draft_id, created.version) == ("created", draft.draft_id, 1)
    rerun = make_draft()  # same content, a new id from the rerun
    unchanged = store.save_draft(rerun)
    assert (unchanged.outcome, unchanged.draft_id, unchanged.version) == (
        "unchanged", draft.draft_id, 1)
    assert count(store, drafts) == 1
    assert count(store, draft_versions) == 1
    assert store.get_draft(draft.draft_id) == draft


def test_changed_content_is_a_new_version_and_the_old_one_is_kept(store: Store) -> None:
    first = make_draft(headline="SPY edges higher")
    store.save_draft(first)
    second = make_draft(headline="SPY climbs to a record", status=S.NEEDS_REVIEW,
                        at=CLOSE + timedelta(hours=1))
    outcome = store.save_draft(second)
    assert (outcome.outcome, outcome.draft_id, outcome.version) == ("updated", first.draft_id, 2)
    stored = store.get_draft(first.draft_id)
    assert stored.article.headline == "SPY climbs to a record"
    assert (stored.version, stored.status, stored.created_at) == (2, S.NEEDS_REVIEW, CLOSE)
    versions = store.draft_versions(first.draft_id)
    assert [(v.version, v.draft.article.headline) for v in versions] == [
        (1, "SPY edges higher"), (2, "SPY climbs to a record")]
    assert [v.content_hash for v in versions] == [first.content_hash, second.content_hash]
    assert count(store, drafts) == 1


def test_a_status_change_through_save_is_recorded_as_the_pipeline(store: Store) -> None:
    draft = make_draft()
    store.save_draft(draft)
    store.save_draft(make_draft(headline="v2", status=S.NEEDS_REVIEW))
    store.save_draft(make_draft(headline="v3", status=S.NEEDS_REVIEW))  # no status change
    events = store.status_history(draft.draft_id)
    assert [(e.from_status, e.to_status, e.actor) for e in events] == [
        (None, S.DRAFT, "pipeline"), (S.DRAFT, S.NEEDS_REVIEW, "pipeline")]


@pytest.mark.parametrize("locked", [S.APPROVED, S.REJECTED, S.PUBLISHED])
def test_a_rerun_never_overwrites_a_reviewed_draft(store: Store, locked: DraftStatus) -> None:
    draft = make_draft(headline="as reviewed")
    store.save_draft(draft)
    walk(store, draft.draft_id, locked)
    outcome = store.save_draft(make_draft(headline="rerun says something else"))
    assert (outcome.outcome, outcome.draft_id, outcome.status) == ("kept", draft.draft_id, locked)
    stored = store.get_draft(draft.draft_id)
    assert (stored.article.headline, stored.status, stored.version) == ("as reviewed", locked, 1)
    assert count(store, draft_versions) == 1


def test_distinct_keys_are_distinct_drafts(store: Store) -> None:
    for symbol, writer in itertools.product(["SPY", "QQQ"], ["template", "llm"]):
        assert store.save_draft(make_draft(symbol=symbol, writer=writer)).outcome == "created"
    assert count(store, drafts) == 4


@pytest.mark.parametrize("status", [S.APPROVED, S.PUBLISHED, S.REJECTED])
def test_save_refuses_a_draft_that_arrives_reviewed(store: Store, status: DraftStatus) -> None:
    with pytest.raises(InvalidTransition, match="set_status"):
        store.save_draft(make_draft(status=status))
    assert count(store, drafts) == 0


def test_save_refuses_a_key_that_does_not_match_the_article(store: Store) -> None:
    draft = make_draft().model_copy(update={"key": "QQQ:2026-11-20:template"})
    with pytest.raises(ValueError, match="does not match"):
        store.save_draft(draft)


# drafts: finding and listing


def test_get_draft_by_unique_prefix(store: Store) -> None:
    store.save_draft(make_draft(symbol="SPY", draft_id="abc123" + "0" * 26))
    store.save_draft(make_draft(symbol="QQQ", draft_id="abd456" + "0" * 26))
    assert store.get_draft("abc").article.instrument.symbol == "SPY"
    assert store.get_draft("abd4").article.instrument.symbol == "QQQ"
    assert store.get_draft("abc123" + "0" * 26).article.instrument.symbol == "SPY"
    assert store.set_status("abd", S.NEEDS_REVIEW, actor="editor").status == S.NEEDS_REVIEW
    assert len(store.status_history("abd")) == 2


def test_ambiguous_prefix_is_not_found_and_says_so(store: Store) -> None:
    store.save_draft(make_draft(symbol="SPY", draft_id="abc123" + "0" * 26))
    store.save_draft(make_draft(symbol="QQQ", draft_id="abd456" + "0" * 26))
    with pytest.raises(NotFound, match="ambiguous") as caught:
        store.get_draft("ab")
    assert "abc123" in str(caught.value) and "abd456" in str(caught.value)
    with pytest.raises(NotFound, match="ambiguous"):
        store.set_status("ab", S.APPROVED, actor="editor")


@pytest.mark.parametrize("ref", ["fff", "", "  ", "%", "_", "ABC"])
def test_unknown_draft_is_not_found(store: Store, ref: str) -> None:
    store.save_draft(make_draft(draft_id="abc123" + "0" * 26))
    with pytest.raises(NotFound):
        store.get_draft(ref)


def test_list_drafts_summarises_and_filters(store: Store) -> None:
    spy = make_draft(symbol="SPY", headline="SPY up",
                     findings=[error_finding(), warning_finding(), warning_finding("x")])
    qqq = make_draft(symbol="QQQ", headline="QQQ down")
    older = make_draft(symbol="SPY", session=SESSION - timedelta(days=1), headline="SPY flat")
    for draft in (spy, qqq, older):
        store.save_draft(draft)
    store.set_status(qqq.draft_id, S.NEEDS_REVIEW, actor="editor")

    every = store.list_drafts()
    assert [(d.symbol, d.session) for d in every] == [
        ("QQQ", SESSION), ("SPY", SESSION), ("SPY", SESSION - timedelta(days=1))]
    summary = every[1]
    assert (summary.draft_id, summary.key, summary.headline) == (
        spy.draft_id, "SPY:2026-11-20:template", "SPY up")
    assert (summary.errors, summary.warnings, summary.version, summary.writer) == (
        1, 2, 1, "template")
    assert summary.updated_at.tzinfo == UTC
    assert [d.symbol for d in store.list_drafts(session=SESSION)] == ["QQQ", "SPY"]
    assert [d.draft_id for d in store.list_drafts(status="needs_review")] == [qqq.draft_id]
    assert [d.headline for d in store.list_drafts(symbol="SPY")] == ["SPY up", "SPY flat"]
    with pytest.raises(InvalidTransition, match="unknown status"):
        store.list_drafts(status="pending")


# the status machine

PATH_TO = {  # how to bring a new draft to each status
    S.DRAFT: [],
    S.NEEDS_REVIEW: [S.NEEDS_REVIEW],
    S.APPROVED: [S.APPROVED],
    S.REJECTED: [S.REJECTED],
    S.PUBLISHED: [S.APPROVED, S.PUBLISHED],
}
LEGAL = [(a, b) for a, targets in TRANSITIONS.items() for b in sorted(targets)]
ILLEGAL = [(a, b) for a, b in itertools.product(S, S) if b not in TRANSITIONS[a]]


def walk(store: Store, draft_id: str, status: DraftStatus) -> None:
    for step in PATH_TO[status]:
        store.set_status(draft_id, step, actor="setup")


def test_the_machine_is_the_documented_one() -> None:
    assert {(a.value, b.value) for a, b in LEGAL} == {
        ("draft", "needs_review"), ("draft", "approved"), ("draft", "rejected"),
        ("needs_review", "approved"), ("needs_review", "rejected"), ("needs_review", "draft"),
        ("approved", "published"), ("approved", "rejected"), ("approved", "needs_review"),
        ("rejected", "draft"), ("rejected", "needs_review"),
        ("published", "approved"), ("published", "needs_review"),
    }


@pytest.mark.parametrize(("start", "to"), LEGAL, ids=lambda s: s.value)
def test_every_legal_transition(store: Store, start: DraftStatus, to: DraftStatus) -> None:
    draft = make_draft()
    store.save_draft(draft)
    walk(store, draft.draft_id, start)
    publisher = (start, to) in PUBLISHER_ONLY  # published -> approved: only the unpublish code
    if publisher:
        with pytest.raises(InvalidTransition, match="newsdesk unpublish"):
            store.set_status(draft.draft_id, to, actor="editor", reason="checked")
    moved = store.set_status(draft.draft_id, to, actor="editor", reason="checked", publisher=publisher)
    assert moved.status == to
    assert store.get_draft(draft.draft_id) == moved  # the payload says what the column says
    [summary] = store.list_drafts()
    assert summary.status == to
    assert store.list_drafts(status=to) == [summary]
    last = store.status_history(draft.draft_id)[-1]
    assert (last.from_status, last.to_status, last.actor, last.reason) == (
        start, to, "editor", "checked")


@pytest.mark.parametrize(("start", "to"), ILLEGAL, ids=lambda s: s.value)
def test_illegal_transitions_are_refused(store: Store, start: DraftStatus,
                                         to: DraftStatus) -> None:
    draft = make_draft()
    store.save_draft(draft)
    walk(store, draft.draft_id, start)
    events = len(store.status_history(draft.draft_id))
    with pytest.raises(InvalidTransition) as caught:
        store.set_status(draft.draft_id, to, actor="editor")
    assert start.value in str(caught.value) and to.value in str(caught.value)
    assert store.get_draft(draft.draft_id).status == start
    assert len(store.status_history(draft.draft_id)) == events


@pytest.mark.parametrize("start", [S.DRAFT, S.NEEDS_REVIEW])
def test_errors_block_approval(store: Store, start: DraftStatus) -> None:
    draft = make_draft(findings=[error_finding("level-wrong-side"), warning_finding()])
    store.save_draft(draft)
    walk(store, draft.draft_id, start)
    with pytest.raises(InvalidTransition, match="block approval") as caught:
        store.set_status(draft.draft_id, S.APPROVED, actor="editor")
    assert "level-wrong-side" in str(caught.value)
    assert store.get_draft(draft.draft_id).status == start
    store.set_status(draft.draft_id, S.REJECTED, actor="editor")  # rejecting is fine


def test_warnings_alone_do_not_block_approval(store: Store) -> None:
    draft = make_draft(findings=[warning_finding()])
    store.save_draft(draft)
    assert store.set_status(draft.draft_id, "approved", actor="editor").status == S.APPROVED


def test_a_fixed_version_can_then_be_approved(store: Store) -> None:
    broken = make_draft(headline="SPY at 650", status=S.NEEDS_REVIEW, findings=[error_finding()])
    store.save_draft(broken)
    store.save_draft(make_draft(headline="SPY at 605", status=S.NEEDS_REVIEW))
    assert store.set_status(broken.draft_id, S.APPROVED, actor="editor").version == 2


def test_history_records_actor_reason_and_time(store: Store, clock: TickingClock) -> None:
    draft = make_draft()
    store.save_draft(draft)
    store.set_status(draft.draft_id, S.NEEDS_REVIEW, actor="alice", reason="numbers look off")
    store.set_status(draft.draft_id, S.APPROVED, actor="bob", reason="checked against data")
    store.set_status(draft.draft_id, S.PUBLISHED, actor="publisher")
    events = store.status_history(draft.draft_id)
    assert [(e.from_status, e.to_status, e.actor, e.reason) for e in events] == [
        (None, S.DRAFT, "pipeline", "created"),
        (S.DRAFT, S.NEEDS_REVIEW, "alice", "numbers look off"),
        (S.NEEDS_REVIEW, S.APPROVED, "bob", "checked against data"),
        (S.APPROVED, S.PUBLISHED, "publisher", None),
    ]
    times = [e.at for e in events]
    assert all(t.tzinfo == UTC for t in times)
    assert times == sorted(times) and len(set(times)) == 4
    assert times[-1] == clock.now
    assert store.get_draft(draft.draft_id).updated_at == clock.now


def test_set_status_needs_an_actor_and_a_known_status(store: Store) -> None:
    draft = make_draft()
    store.save_draft(draft)
    with pytest.raises(ValueError, match="actor"):
        store.set_status(draft.draft_id, S.APPROVED, actor=" ")
    with pytest.raises(InvalidTransition, match="unknown status 'live'"):
        store.set_status(draft.draft_id, "live", actor="editor")
    with pytest.raises(NotFound):
        store.set_status("0" * 32, S.APPROVED, actor="editor")
    assert count(store, status_events) == 1


# runs


def test_runs_and_stage_timings(store: Store) -> None:
    first = store.start_run(SESSION)
    store.record_stage(first, "market", 0.25, ok=True)
    store.record_stage(first, "write", 1.5, ok=False, symbol="SPY", error="model timed out")
    finished = store.finish_run(first, "partial", {"drafts": 1, "session": SESSION})
    second = store.start_run(SESSION + timedelta(days=1))

    assert finished.status == RunStatus.PARTIAL
    assert finished.summary == {"drafts": 1, "session": "2026-11-20"}
    assert finished.seconds is not None and finished.seconds > 0
    assert [r.run_id for r in store.list_runs()] == [second, first]
    assert [r.run_id for r in store.list_runs(limit=1)] == [second]
    latest = store.list_runs()[0]
    assert (latest.status, latest.finished_at, latest.summary) == (RunStatus.RUNNING, None, {})
    timings = store.run_timings(first)
    assert [(t.stage, t.symbol, t.seconds, t.ok, t.error) for t in timings] == [
        ("market", None, 0.25, True, None),
        ("write", "SPY", 1.5, False, "model timed out"),
    ]
    assert store.run_timings(second) == []


def test_runs_refuse_unknown_ids_and_a_second_finish(store: Store) -> None:
    run_id = store.start_run(SESSION)
    store.finish_run(run_id, RunStatus.OK, {})
    with pytest.raises(StoreError, match="already finished as ok"):
        store.finish_run(run_id, RunStatus.FAILED, {})
    with pytest.raises(NotFound):
        store.record_stage("nope", "market", 1.0, ok=True)
    with pytest.raises(NotFound):
        store.run_timings("nope")
    with pytest.raises(ValueError):
        store.finish_run(store.start_run(SESSION), "running", {})
    with pytest.raises(ValueError):
        store.finish_run(store.start_run(SESSION), "ok", {"pulse": float("nan")})
