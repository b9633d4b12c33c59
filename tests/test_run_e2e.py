"""`newsdesk run` end to end on the bundled fixtures, through the real command."""

from __future__ import annotations

import json
import re

import pytest
from cli_helpers import newsdesk, write_config

from pipeline.config import load_settings
from pipeline.contracts import Article, Snapshot
from pipeline.facts import build_fact_sheet
from pipeline.store import open_store
from pipeline.verify.numbers import find_dates, find_numbers, trace_date, trace_number

SESSION = "2026-11-20"
COVERED = ["IWM", "SPY", "QQQ", "DIA"]
SECTIONS = ["## Analysis", "## Key levels", "## Indicator snapshot", "## Scenarios",
            "### Bull case", "### Bear case", "## Cross-market read", "## Final call", "## Take",
            "## Sources", "For information only"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One real run of the demo session; the tests below read what it left."""
    directory = tmp_path_factory.mktemp("demo")
    write_config(directory)
    first = newsdesk(directory, "run", "--session", SESSION)
    return directory, first


def _store(directory):
    return open_store(f"sqlite:///{directory / 'state' / 'newsdesk.db'}")


def test_run_writes_four_complete_articles_in_three_formats(demo):
    directory, result = demo
    assert result.code == 0, result.stderr
    out = directory / "out" / SESSION
    for symbol in COVERED:
        stem = out / f"{symbol.lower()}-{SESSION}"
        markdown = stem.with_suffix(".md").read_text()
        positions = [markdown.index(section) for section in SECTIONS]
        assert positions == sorted(positions), f"{symbol}: sections out of order"
        assert "<html" in stem.with_suffix(".html").read_text()
        article = Article.model_validate(json.loads(stem.with_suffix(".json").read_text())["article"])
        assert 3 <= len(article.analysis) <= 6 and len(article.final_call) == 3
        assert any(row.is_current for row in article.key_levels)
        assert article.sources and article.data_sources and article.tags
    assert (out / "index.html").exists() and (out / "index.md").exists()
    assert "4 of 4 articles written" in result.stdout


def test_every_demo_article_carries_its_chart(demo):
    directory, _ = demo
    out = directory / "out" / SESSION
    for symbol in COVERED:
        stem = f"{symbol.lower()}-{SESSION}"
        png = (out / f"{stem}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert (int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")) == (1200, 700)
        assert not (out / f"{stem}.svg").exists()  # output.chart_svg is off by default
        assert f"]({stem}.png)" in (out / f"{stem}.md").read_text()
        assert f'src="{stem}.png"' in (out / f"{stem}.html").read_text()


def test_every_source_was_ingested_and_drafts_have_no_errors(demo):
    directory, _ = demo
    store = _store(directory)
    ingested = {item.item_id: item for item in store.news_items()}
    drafts = [store.get_draft(d.draft_id) for d in store.list_drafts(session=None)]
    assert sorted(d.article.instrument.symbol for d in drafts) == sorted(COVERED)
    for draft in drafts:
        assert [f for f in draft.findings if f.severity == "error"] == []
        assert draft.status == "draft"
        for source in draft.article.sources:
            assert source.item_id in ingested
            assert source.url in {ingested[source.item_id].url, *ingested[source.item_id].urls}


def _body(markdown: str) -> str:
    """The article text a reader sees, from the headline to the Chart (or Sources) heading."""
    body = markdown.split("\n---\n", 1)[1]
    return re.split(r"^## (?:Chart|Sources)$", body, maxsplit=1, flags=re.MULTILINE)[0]


def test_every_number_in_the_markdown_equals_a_snapshot_value(demo):
    """Independent of the verifier's own pass: re-read the published Markdown."""
    directory, _ = demo
    settings = load_settings(directory / "newsdesk.toml")
    names = [n for inst in settings.instruments for n in (inst.name, *inst.aliases)]
    store = _store(directory)
    checked = 0
    for summary in store.list_drafts():
        draft = store.get_draft(summary.draft_id)
        sheet = build_fact_sheet(draft.snapshot, draft.scores)
        markdown = (directory / "out" / SESSION / f"{summary.symbol.lower()}-{SESSION}.md").read_text()
        sources = {s.number: store_text(store, s.item_id) for s in draft.article.sources}
        for line in _body(markdown).splitlines():
            cited = " ".join(sources.get(int(n), "") for n in re.findall(r"\[(\d+)\]", line))
            for number in find_numbers(line, names):
                checked += 1
                assert trace_number(number, sheet.facts) or number.text.lstrip("$") in cited, (
                    f"{summary.symbol}: {number.text!r} in {line!r} matches no fact")
            for printed in find_dates(line):
                assert trace_date(printed, sheet) or printed.text in cited, line
    assert checked > 200


def store_text(store, item_id):
    item = next(i for i in store.news_items() if i.item_id == item_id)
    return f"{item.title} {item.summary} {item.text}"


def test_second_run_duplicates_nothing(demo):
    directory, _ = demo
    store = _store(directory)
    news_before, drafts_before = len(store.news_items()), len(store.list_drafts())
    again = newsdesk(directory, "run", "--session", SESSION)
    assert again.code == 0, again.stderr
    assert "32 already stored" in again.stdout and "0 new" in again.stdout
    ingest_line, rest = again.stdout.split("\n", 1)
    assert ingest_line.startswith("ingest: feeds 4 ok, 0 unchanged, 0 failed;")
    assert rest.count("unchanged") == 4  # every draft
    assert len(store.news_items()) == news_before and len(store.list_drafts()) == drafts_before


def test_snapshot_command_prints_snapshot_json(demo):
    directory, _ = demo
    result = newsdesk(directory, "snapshot", "IWM", "--session", SESSION, "--json")
    assert result.code == 0, result.stderr
    snapshot = Snapshot.model_validate_json(result.stdout)
    assert snapshot.symbol == "IWM" and snapshot.session.isoformat() == SESSION
    assert snapshot.range is not None and snapshot.range.is_tight
    assert Snapshot.model_validate_json(snapshot.model_dump_json()) == snapshot


def test_drafts_and_show_commands(demo):
    directory, _ = demo
    listing = newsdesk(directory, "drafts")
    assert listing.code == 0 and all(symbol in listing.stdout for symbol in COVERED)
    draft_id = _store(directory).list_drafts(symbol="IWM")[0].draft_id
    shown = newsdesk(directory, "show", draft_id[:8])
    assert shown.code == 0 and "Pulse" in shown.stdout and "## Key levels" in shown.stdout
    missing = newsdesk(directory, "show", "ffffffffffff")
    assert missing.code == 5 and "ffffffffffff" in missing.stderr
