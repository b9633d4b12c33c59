"""Loaders for `newsdesk check`: every accepted shape, and a clear InputError for every bad one."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from market_factories import settings, snapshot_for
from render_factories import make_article
from store_factories import make_draft, make_news, make_scores

from pipeline.contracts import Article, NewsItem, Snapshot
from pipeline.errors import InputError, NewsdeskError
from pipeline.ingest.normalize import content_hash, item_id
from pipeline.render import render_json, render_markdown
from pipeline.verify import inputs
from pipeline.verify.inputs import load_article, load_snapshot, load_sources

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def snap() -> Snapshot:
    return snapshot_for("IWM")


def write(tmp_path: Path, name: str, content: Any) -> Path:
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def refused(load: Any, path: Path) -> str:
    with pytest.raises(InputError) as caught:
        load(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: "), message
    return message[len(f"{path}: "):]


def test_input_error_is_a_usage_error() -> None:
    assert issubclass(InputError, NewsdeskError)
    assert InputError.exit_code == 2


# --- articles ---------------------------------------------------------------------

@pytest.mark.parametrize("name", ["mine.md", "mine.markdown", "mine.txt", "mine"])
def test_article_text_is_read_as_written(tmp_path: Path, name: str) -> None:
    text = "IWM closed at $244.30 on Friday.\n"
    loaded = load_article(write(tmp_path, name, text))
    assert loaded.text == text and loaded.article is None
    assert loaded.name == str(tmp_path / name)


def test_article_from_article_json(tmp_path: Path) -> None:
    article = make_article()
    for name, content in [("a.json", article.model_dump(mode="json")),
                          ("rendered.json", json.loads(render_json(article))),
                          ("draft.json", make_draft().model_dump(mode="json"))]:
        loaded = load_article(write(tmp_path, name, content))
        assert isinstance(loaded.article, Article)
        assert loaded.text == render_markdown(loaded.article)
    assert load_article(tmp_path / "a.json").article == article


def test_article_missing_empty_or_binary(tmp_path: Path) -> None:
    assert refused(load_article, tmp_path / "article.md") == "file not found"
    assert refused(load_article, write(tmp_path, "blank.md", "  \n\n")) == "empty"
    assert refused(load_article, tmp_path) == "is a directory, not a file"
    binary = tmp_path / "binary.md"
    binary.write_bytes(b"IWM \xff\xfe closed")
    assert refused(load_article, binary).startswith("not UTF-8 text (byte 4")


def test_article_json_that_is_not_an_article(tmp_path: Path) -> None:
    assert refused(load_article, write(tmp_path, "list.json", [1, 2])) == \
        "expected a JSON object (an article), got a list"
    assert refused(load_article, write(tmp_path, "other.json", {"title": "x"})).startswith("not an article")
    assert refused(load_article, write(tmp_path, "null.json", {"article": None})).startswith("article: null")
    broken = make_article().model_dump(mode="json")
    broken["pulse"] = "high"
    assert refused(load_article, write(tmp_path, "r.json", {"article": broken})).startswith(
        "article.pulse: Input should be a valid integer")


def test_input_size_is_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inputs, "MAX_BYTES", 100)
    message = refused(load_article, write(tmp_path, "big.md", "x" * 101))
    assert "MB; inputs are limited to" in message


# --- snapshots ------------------------------------------------------------------

def test_every_snapshot_shape(tmp_path: Path, snap: Snapshot) -> None:
    scores = make_scores()
    peer = snapshot_for("SPY", seed=5)
    bare = load_snapshot(write(tmp_path, "bare.json", snap.model_dump_json()))
    assert (bare.snapshot, bare.scores, bare.peers) == (snap, None, [])
    rendered = load_snapshot(write(tmp_path, "r.json", render_json(make_article(), snap, scores)))
    assert (rendered.snapshot, rendered.scores) == (snap, scores)
    draft = make_draft()
    from_draft = load_snapshot(write(tmp_path, "d.json", draft.model_dump_json()))
    assert (from_draft.snapshot, from_draft.scores) == (draft.snapshot, draft.scores)
    wrapped = load_snapshot(write(tmp_path, "w.json", {"snapshot": snap.model_dump(mode="json"),
                                                       "peers": [peer.model_dump(mode="json")]}))
    assert (wrapped.snapshot, wrapped.scores, wrapped.peers) == (snap, None, [peer])


def test_snapshot_not_json_names_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, "snapshot.json", '{\n  "symbol": "IWM",\n  "close" 1\n}')
    assert refused(load_snapshot, path) == "not JSON (line 3, column 11: Expecting ':' delimiter)"


def test_snapshot_nan_is_refused(tmp_path: Path, snap: Snapshot) -> None:
    text = snap.model_dump_json().replace(f'"close":{snap.close}', '"close":NaN', 1)
    assert '"close":NaN' in text
    assert refused(load_snapshot, write(tmp_path, "s.json", text)) == \
        "NaN is not a number; NaN and infinity are refused"


def test_snapshot_fields_are_named(tmp_path: Path, snap: Snapshot) -> None:
    data = snap.model_dump(mode="json")
    data["close"] = "n/a"
    assert refused(load_snapshot, write(tmp_path, "bare.json", data)) == \
        "close: Input should be a valid number, unable to parse string as a number"
    wrapped = write(tmp_path, "snapshot.json", {"snapshot": data})
    assert refused(load_snapshot, wrapped).startswith("snapshot.close: Input should be a valid number")
    del data["close"]
    data["colse"] = 1
    message = refused(load_snapshot, write(tmp_path, "typo.json", data))
    assert "close: missing" in message and "colse: unknown key" in message


def test_snapshot_shape_errors(tmp_path: Path, snap: Snapshot) -> None:
    assert refused(load_snapshot, write(tmp_path, "l.json", [])) == \
        "expected a JSON object (a snapshot), got a list"
    assert refused(load_snapshot, write(tmp_path, "o.json", {"items": []})).startswith("not a snapshot")
    assert refused(load_snapshot, write(tmp_path, "n.json", {"snapshot": None})).startswith(
        "snapshot: null")
    good = snap.model_dump(mode="json")
    assert refused(load_snapshot, write(tmp_path, "k.json", {"snapshot": good, "peer": []})) == \
        "peer: unknown key (expected snapshot, scores, peers)"
    assert refused(load_snapshot, write(tmp_path, "p.json", {"snapshot": good, "peers": {}})) == \
        "peers: expected a list of snapshots, got an object"
    bad_peer = {**good, "high": "x"}
    assert refused(load_snapshot, write(tmp_path, "q.json", {"snapshot": good, "peers": [bad_peer]})) \
        .startswith("peers.0.high: ")
    assert refused(load_snapshot, write(tmp_path, "s.json", {"snapshot": good, "scores": {"pulse": 1}})) \
        .startswith("scores.")


# --- sources --------------------------------------------------------------------

def test_sources_full_items_round_trip(tmp_path: Path) -> None:
    items = [make_news(1), make_news(2, symbols=("IWM",))]
    dumped = [item.model_dump(mode="json") for item in items]
    assert load_sources(write(tmp_path, "news.json", dumped)) == items
    assert load_sources(write(tmp_path, "wrapped.json", {"items": dumped})) == items
    assert load_sources(write(tmp_path, "none.json", [])) == []


def test_sources_plain_records(tmp_path: Path) -> None:
    path = write(tmp_path, "sources.json", [
        {"url": "https://wire.example/a?utm_source=x", "title": "Small caps lag",
         "text": "The Russell 2000 fell 1%.", "published_at": "2026-11-20T15:00:00-05:00"},
        {"url": "https://wire.example/b", "title": "Fed watch", "publisher": "Macro Brief",
         "summary": "Rates.", "published_at": "2026-11-20", "symbols": ["SPY"],
         "urls": ["https://mirror.example/b/"]},
    ])
    first, second = load_sources(path, settings().instruments, clock=lambda: NOW)
    assert first.url == "https://wire.example/a"
    assert first.publisher == "wire.example"
    assert first.content_hash == content_hash("Small caps lag", "The Russell 2000 fell 1%.")
    assert first.item_id == item_id(first.content_hash)
    assert first.has_content and first.symbols == ["IWM"]
    assert first.published_at == datetime(2026, 11, 20, 20, 0, tzinfo=UTC)
    assert first.feed_url == path.resolve().as_uri()
    assert second.publisher == "Macro Brief" and second.symbols == ["SPY"]
    assert second.content_hash == content_hash("Fed watch", "Rates.") and not second.has_content
    assert second.urls == ["https://wire.example/b", "https://mirror.example/b"]
    assert second.published_at == datetime(2026, 11, 20, tzinfo=UTC)


def test_plain_record_without_date_is_fetched_now(tmp_path: Path) -> None:
    (item,) = load_sources(write(tmp_path, "s.json", [{"url": "https://x.example/1", "title": "T"}]),
                           clock=lambda: NOW)
    assert item.published_at is None and item.fetched_at == NOW


@pytest.mark.parametrize(("content", "expected"), [
    ({"url": "x"}, 'expected a JSON list of sources (or {"items": [...]}), got an object'),
    ([{"url": "https://x.example/1", "title": "T"}, {"title": "T"}], 'item 2: missing "url"'),
    ([{"url": "https://x.example/1"}], 'item 1: missing "title"'),
    ([{"url": "", "title": "T"}], "item 1: url: empty"),
    ([{"url": 5, "title": "T"}], "item 1: url: expected a string, got a number"),
    (["https://x.example/1"], 'item 1: expected an object with "url" and "title", got a string'),
    ([{"url": "https://x.example/1", "title": "T", "publishedAt": "2026-11-20"}],
     "item 1: publishedAt: unknown key (a source has url, title, publisher, summary, text, "
     "published_at, urls, symbols; or give a full NewsItem as `newsdesk news --json` prints)"),
    ([{"url": "https://x.example/1", "title": "T", "published_at": "yesterday"}],
     "item 1: published_at: 'yesterday' is not an ISO date or datetime "
     "(e.g. 2026-11-20 or 2026-11-20T14:30:00Z)"),
    ([{"url": "https://x.example/1", "title": "T", "urls": "https://x.example/2"}],
     "item 1: urls: expected a list of strings, got a string"),
    ([{"url": "https://x.example/1", "title": "T", "text": None, "summary": 3}],
     "item 1: summary: expected a string, got a number"),
])
def test_sources_errors(tmp_path: Path, content: Any, expected: str) -> None:
    assert refused(load_sources, write(tmp_path, "sources.json", content)) == expected


def test_full_item_errors_name_the_item_and_field(tmp_path: Path) -> None:
    dumped = [make_news(1).model_dump(mode="json"), make_news(2).model_dump(mode="json")]
    dumped[1]["fetched_at"] = "soon"
    message = refused(load_sources, write(tmp_path, "sources.json", dumped))
    assert message.startswith("item 2: fetched_at: Input should be a valid datetime")


def test_sources_not_json(tmp_path: Path) -> None:
    assert refused(load_sources, write(tmp_path, "sources.json", "[{]")).startswith("not JSON (line 1")
    assert refused(load_sources, tmp_path / "missing.json") == "file not found"


def test_loaded_news_item_is_a_contract(tmp_path: Path) -> None:
    (item,) = load_sources(write(tmp_path, "s.json", [{"url": "https://x.example/1", "title": "T"}]))
    assert NewsItem.model_validate_json(item.model_dump_json()) == item
