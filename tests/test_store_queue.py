"""The queue at scale: summary columns kept in `drafts`, paging, status sets, short ids,
and m013 filling the columns of a store written before it (a real SQLite file)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, insert, select
from store_factories import (
    BACKENDS,
    SESSION,
    TickingClock,
    backend_url,
    error_finding,
    make_draft,
    warning_finding,
)

from pipeline.contracts import DraftStatus
from pipeline.errors import NotFound
from pipeline.store import MIGRATIONS, SHORT_ID, Store, migrate, open_store, short_id
from pipeline.store.schema import drafts as drafts_table

S = DraftStatus


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path):
    for url in backend_url(request.param, tmp_path):
        with open_store(url, clock=TickingClock()) as opened:
            yield opened


def columns(store: Store, draft_id: str) -> dict[str, object]:
    c = drafts_table.c
    with store.engine.connect() as conn:
        row = conn.execute(select(c.headline, c.bias, c.pulse, c.threat_level, c.errors,
                                  c.warnings, c.status).where(c.draft_id == draft_id)).one()
    return dict(row._mapping)


def test_summary_columns_follow_saves_edits_and_status_moves(store: Store) -> None:
    draft = make_draft(headline="SPY up", findings=[error_finding(), warning_finding()])
    saved = store.save_draft(draft)
    assert columns(store, saved.draft_id) == {
        "headline": "SPY up", "bias": "Bullish", "pulse": 62, "threat_level": 2, "errors": 1,
        "warnings": 1, "status": "draft"}
    rerun = make_draft(headline="SPY higher", findings=[])
    store.save_draft(rerun)
    assert columns(store, saved.draft_id)["headline"] == "SPY higher"
    assert columns(store, saved.draft_id)["errors"] == 0
    store.set_status(saved.draft_id, S.APPROVED, "alice")
    [row] = store.list_drafts()
    assert (row.status, row.headline, row.errors, row.version) == (S.APPROVED, "SPY higher", 0, 2)


def test_listing_pages_in_queue_order_and_counts(store: Store) -> None:
    symbols = ["AAA", "BBB", "CCC", "DDD", "EEE"]
    for day in range(3):
        store.save_drafts(make_draft(symbol=s, session=SESSION - timedelta(days=day))
                          for s in symbols)
    every = store.list_drafts()
    assert [(d.session, d.symbol) for d in every] == [
        (SESSION - timedelta(days=day), s) for day in range(3) for s in symbols]
    assert store.list_drafts(limit=4) == every[:4]
    assert store.list_drafts(limit=4, offset=12) == every[12:]
    assert store.list_drafts(limit=4, offset=20) == []
    assert store.count_drafts() == 15 and store.count_drafts(session=SESSION) == 5


def test_several_statuses_filter_together(store: Store) -> None:
    ids = [store.save_draft(make_draft(symbol=s)).draft_id for s in ("AAA", "BBB", "CCC", "DDD")]
    store.set_status(ids[1], S.NEEDS_REVIEW, "x")
    store.set_status(ids[2], S.APPROVED, "x")
    store.set_status(ids[3], S.REJECTED, "x", "stale")
    waiting = store.list_drafts(status=[S.DRAFT, "needs_review"])
    assert [d.symbol for d in waiting] == ["AAA", "BBB"]
    assert store.count_drafts(status=[S.DRAFT, S.NEEDS_REVIEW]) == 2
    assert [d.symbol for d in store.list_drafts(status="rejected")] == ["DDD"]


def test_a_new_draft_never_shares_a_short_id(store: Store) -> None:
    first = store.save_draft(make_draft(symbol="AAA", draft_id="abcdef12" + "0" * 24))
    second = store.save_draft(make_draft(symbol="BBB", draft_id="abcdef12" + "1" * 24))
    assert first.draft_id == "abcdef12" + "0" * 24
    assert short_id(second.draft_id) != short_id(first.draft_id)
    assert len(short_id(second.draft_id)) == SHORT_ID
    assert store.get_draft(short_id(second.draft_id)).article.instrument.symbol == "BBB"


def test_one_version_is_read_alone_and_a_missing_one_says_which_exist(store: Store) -> None:
    saved = store.save_draft(make_draft(headline="First"))
    store.save_draft(make_draft(headline="Second"))
    assert store.draft_version(short_id(saved.draft_id), 1).draft.article.headline == "First"
    assert store.draft_version(saved.draft_id, 2).draft.article.headline == "Second"
    with pytest.raises(NotFound, match="no version 3 .*versions 1 to 2"):
        store.draft_version(saved.draft_id, 3)


def test_m013_fills_the_summary_columns_of_an_older_store(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    applied = MIGRATIONS[:]
    try:
        MIGRATIONS[:] = [m for m in MIGRATIONS if m.__name__ < "m013"]
        migrate(engine)
    finally:
        MIGRATIONS[:] = applied
    draft = make_draft(headline="Kept before m013", findings=[warning_finding()])
    with engine.begin() as conn:
        for n, payload in enumerate((draft.model_dump_json(), "{}", "not json")):
            conn.execute(insert(drafts_table.c.draft_id.table).values(
                draft_id=f"{n:032x}", key=f"SPY:2026-11-{10 + n}:template", symbol="SPY",
                session=SESSION - timedelta(days=n), writer="template", status="draft",
                version=1, content_hash="h", payload=payload, created_at=draft.created_at,
                updated_at=draft.updated_at))
    engine.dispose()
    with open_store(url) as store:
        rows = store.list_drafts()
    assert [(r.headline, r.warnings, r.pulse, r.bias) for r in rows] == [
        ("Kept before m013", 1, 62, "Bullish"), ("", 0, 0, ""), ("", 0, 0, "")]


def test_prefixes_ending_in_any_hex_digit_find_their_draft(store: Store) -> None:
    ids = ["ab9f" + "0" * 28, "ab90" + "1" * 28, "abf0" + "2" * 28, "b000" + "3" * 28]
    for n, ident in enumerate(ids):
        store.save_draft(make_draft(symbol=f"S{n}", draft_id=ident))
    assert store.get_draft("ab9f").draft_id == ids[0]
    assert store.get_draft("ab90").draft_id == ids[1]
    assert store.get_draft("abf").draft_id == ids[2]
    assert store.get_draft("b").draft_id == ids[3]
    with pytest.raises(NotFound, match="ambiguous"):
        store.get_draft("ab9")


def test_news_pages_newest_first_and_counts(store: Store) -> None:
    from store_factories import make_news

    store.upsert_news(make_news(n, symbols=["SPY"] if n % 2 else ["QQQ"]) for n in range(7))
    every = store.news_items()
    assert [i.title for i in every] == [f"Story {n}" for n in range(7)]  # n hours before close
    assert store.news_items(limit=3, offset=2) == every[2:5]
    assert [i.title for i in store.news_items(symbol="SPY", limit=2)] == ["Story 1", "Story 3"]
    assert (store.count_news(), store.count_news(symbol="SPY")) == (7, 3)
