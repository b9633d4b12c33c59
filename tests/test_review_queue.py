"""The queue as a reviewer meets it: what waits by default, pages, --json, several ids at
once, and tables that fit 80 columns. The real `newsdesk` command on a real SQLite store,
and the web queue on a uvicorn server on 127.0.0.1."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import Result
from review_helpers import (
    ERROR,
    WARNING,
    Client,
    add_reviewer,
    review_draft,
    review_server,
)

from pipeline.config import Settings
from pipeline.contracts import DraftStatus
from pipeline.review.app import ReviewOptions
from pipeline.store import Store, short_id

S = DraftStatus
LONG = "Small Caps Hold Their Range While the Fed Speaks and Breadth Thins Out Again"


@pytest.fixture
def store(store: Store, settings: Settings) -> Store:
    """The store of the project folder `settings` describes, with reviewer alice signed up."""
    add_reviewer(store)
    return store


def seed(store: Store) -> dict[str, str]:
    """Seven drafts: four waiting (AAA..DDD; DDD has an error), one of each other status."""
    ids: dict[str, str] = {}
    for symbol, findings in (("AAA", [WARNING]), ("BBB", []), ("CCC", []), ("DDD", [ERROR])):
        ids[symbol] = store.save_draft(review_draft(findings, symbol=symbol, headline=LONG,
                                                    status=S.DRAFT)).draft_id
    for symbol, to in (("EEE", S.APPROVED), ("FFF", S.REJECTED), ("GGG", S.PUBLISHED)):
        ids[symbol] = store.save_draft(review_draft([], symbol=symbol, status=S.DRAFT)).draft_id
        store.set_status(ids[symbol], S.APPROVED, "setup")
        if to != S.APPROVED:
            store.set_status(ids[symbol], to, "setup", "because")
    return ids


def newsdesk(directory: Path, *args: str, columns: int = 80) -> Result:
    env = {"PATH": "/usr/bin:/bin", "COLUMNS": str(columns), "USER": "carol", "LOGNAME": "carol"}
    proc = subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=directory, env=env,
                          capture_output=True, text=True, timeout=120)
    return Result(proc.returncode, proc.stdout, proc.stderr)


def symbols_listed(output: str) -> list[str]:
    return re.findall(r"^\S{8} \S+ +([A-Z]{3}) ", output, re.MULTILINE)


def test_the_queue_holds_what_waits_and_fits_80_columns(store: Store, tmp_path: Path) -> None:
    empty = newsdesk(tmp_path, "review")
    assert "No drafts." in empty.stdout and "`newsdesk review --all` lists every" in empty.stdout
    seed(store)
    waiting = newsdesk(tmp_path, "review")
    assert waiting.code == 0, waiting.stderr
    assert symbols_listed(waiting.stdout) == ["AAA", "BBB", "CCC", "DDD"]
    assert "drafts 1-4 of 4 (draft, needs_review)" in waiting.stdout
    every = newsdesk(tmp_path, "review", "--all")
    assert symbols_listed(every.stdout) == ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG"]
    only = newsdesk(tmp_path, "review", "--status", "rejected", "--status", "published")
    assert symbols_listed(only.stdout) == ["FFF", "GGG"]
    for output in (waiting.stdout, every.stdout, newsdesk(tmp_path, "drafts").stdout):
        assert max(len(line) for line in output.splitlines()) <= 80
        assert "Small Caps Hold" in output and "…" in output  # the headline cut, not wrapped
    wide = newsdesk(tmp_path, "review", columns=200)
    assert LONG in wide.stdout


def test_listings_page_and_name_the_next_offset(store: Store, tmp_path: Path) -> None:
    seed(store)
    first = newsdesk(tmp_path, "review", "--all", "--limit", "3")
    assert symbols_listed(first.stdout) == ["AAA", "BBB", "CCC"]
    assert "drafts 1-3 of 7 (every status); next: newsdesk review --all --offset 3" in first.stdout
    last = newsdesk(tmp_path, "drafts", "--limit", "3", "--offset", "6")
    assert symbols_listed(last.stdout) == ["GGG"] and "next:" not in last.stdout
    assert newsdesk(tmp_path, "review", "--limit", "0").code == 2


def test_every_listing_speaks_json(store: Store, tmp_path: Path) -> None:
    ids = seed(store)
    page = json.loads(newsdesk(tmp_path, "review", "--json", "--limit", "2").stdout)
    assert (page["total"], page["offset"], page["next_offset"]) == (4, 0, 2)
    assert [(d["symbol"], d["draft_id"]) for d in page["drafts"]] == [
        ("AAA", ids["AAA"]), ("BBB", ids["BBB"])]
    assert page["drafts"][0]["warnings"] == 1 and page["drafts"][0]["published"] == ""
    listed = json.loads(newsdesk(tmp_path, "drafts", "--json", "--status", "approved").stdout)
    assert [d["symbol"] for d in listed["drafts"]] == ["EEE"]
    users = json.loads(newsdesk(tmp_path, "user", "list", "--json").stdout)
    assert [u["name"] for u in users] == ["alice"]
    one = json.loads(newsdesk(tmp_path, "review", short_id(ids["DDD"]), "--json").stdout)
    assert one["draft_id"] == ids["DDD"] and one["findings"][0]["code"] == ERROR.code


def test_every_json_listing_is_one_document(store: Store, tmp_path: Path) -> None:
    """`--json` prints one JSON document everywhere: the other listings an array, `[]` when
    nothing matches (runs, skips and calls printed JSON lines, and nothing at all when empty)."""
    run_id = store.start_run(date(2026, 11, 20))
    store.finish_run(run_id, "ok", {"written": ["IWM"]})
    for command in (("runs",), ("skips",), ("calls",), ("news",), ("publish", "--log")):
        result = newsdesk(tmp_path, *command, "--json")
        assert result.code == 0, (command, result.stderr)
        document = json.loads(result.stdout)  # a second line or document would not parse
        assert isinstance(document, list), command
    (listed,) = json.loads(newsdesk(tmp_path, "runs", "--json").stdout)
    assert (listed["run_id"], listed["status"]) == (run_id, "ok")
    assert json.loads(newsdesk(tmp_path, "skips", "--json").stdout) == []


def test_several_ids_are_each_tried_and_reported(store: Store, tmp_path: Path) -> None:
    ids = seed(store)
    short = {symbol: short_id(ident) for symbol, ident in ids.items()}
    result = newsdesk(tmp_path, "approve", short["AAA"], short["DDD"], "ffffffff",
                      f"{short['BBB']}@1", "--reason", "checked")
    assert result.code == 6  # the first failure: DDD's error finding blocks it
    assert re.search(rf"^{short['AAA']} AAA:2026-11-20:template: approved \(version 1\)$",
                     result.stdout, re.MULTILINE)
    assert f"{short['BBB']} BBB:2026-11-20:template: approved" in result.stdout
    assert f"{short['DDD']}: not approved" in result.stderr and "block approval" in result.stderr
    assert "ffffffff: not approved: no draft with id or id prefix" in result.stderr
    assert "2 of 4 not approved" in result.stderr
    statuses = {s: store.get_draft(ids[s]).status for s in ("AAA", "BBB", "DDD")}
    assert statuses == {"AAA": S.APPROVED, "BBB": S.APPROVED, "DDD": S.DRAFT}
    never = newsdesk(tmp_path, "reject", f"{short['CCC']}@2", "--reason", "no")
    assert never.code == 5 and "has no version 2 (it has versions 1 to 1)" in never.stderr
    both = newsdesk(tmp_path, "reject", short["CCC"], short["DDD"], "--version", "1",
                    "--reason", "no")
    assert both.code == 2 and "ID@N" in both.stderr
    gone = newsdesk(tmp_path, "reject", "ffffffff", "--reason", "no")
    assert gone.code == 5


def test_the_web_queue_pages_with_next_and_previous_links(store: Store,
                                                          settings: Settings) -> None:
    seed(store)
    with review_server(store, settings, ReviewOptions(page_size=3)) as server:
        client = Client(server.port)
        assert client.sign_in().status == 303
        first = client.get("/")
        second = client.get("/?status=all&offset=3")
        third = client.get("/?status=all&offset=6")
        bad = client.get("/?offset=-1")
    rows = [re.findall(r"<td>([A-Z]{3})</td>", page.body) for page in (first, second, third)]
    assert rows == [["AAA", "BBB", "CCC"], ["DDD", "EEE", "FFF"], ["GGG"]]
    assert 'href="/?offset=3" rel="next"' in first.body and 'rel="prev"' not in first.body
    assert "drafts 1-3 of 4 (draft, needs_review)" in first.body
    assert 'href="/?status=all" rel="prev"' in second.body
    assert 'href="/?status=all&amp;offset=6" rel="next"' in second.body
    assert 'rel="next"' not in third.body and bad.status == 400


def test_diff_shows_what_changed_between_versions(store: Store, tmp_path: Path,
                                                  settings: Settings) -> None:
    first = store.save_draft(review_draft([], symbol="AAA", headline="Small caps <b>stall</b>",
                                          status=S.DRAFT))
    store.save_draft(review_draft([], symbol="AAA", headline="Small caps break out",
                                  status=S.DRAFT))
    short = short_id(first.draft_id)
    shown = newsdesk(tmp_path, "diff", short)
    assert shown.code == 0, shown.stderr
    assert f"--- {short} version 1" in shown.stdout and f"+++ {short} version 2" in shown.stdout
    assert "-# Small caps \\<b>stall\\</b>" in shown.stdout  # Markdown escapes it
    assert "+# Small caps break out" in shown.stdout
    assert "## Analysis" not in shown.stdout  # two lines of context, not the whole article
    same = newsdesk(tmp_path, "diff", short, "2", "2")
    assert same.code == 0 and "no change" in same.stdout
    missing = newsdesk(tmp_path, "diff", short, "1", "3")
    assert missing.code == 5 and "no version 3" in missing.stderr
    with review_server(store, settings) as server:
        client = Client(server.port)
        assert client.sign_in().status == 303
        page = client.get(f"/drafts/{first.draft_id}")
        changes = client.get(f"/drafts/{first.draft_id}/diff")
        reverse = client.get(f"/drafts/{short}/diff?from=2&to=1")
        bad = client.get(f"/drafts/{first.draft_id}/diff?from=x")
        gone = client.get(f"/drafts/{first.draft_id}/diff?to=9")
    assert f'href="/drafts/{first.draft_id}/diff" id="changes"' in page.body
    assert changes.status == 200 and "<script" not in changes.body
    assert '<span class="d-del">-# Small caps \\&lt;b&gt;stall\\&lt;/b&gt;</span>' in changes.body
    assert '<span class="d-add">+# Small caps break out</span>' in changes.body
    assert "1 line added, 1 removed." in changes.body
    assert '<span class="d-add">+# Small caps \\&lt;b&gt;stall\\&lt;/b&gt;</span>' in reverse.body
    assert (bad.status, gone.status) == (400, 404)


def test_news_fits_80_columns_and_keeps_ids_and_flags_whole() -> None:
    from io import StringIO

    from rich.console import Console
    from store_factories import make_news

    from pipeline.views import print_news

    items = [make_news(n, title=f"Story {n}: " + "a very long title about small caps " * 3)
             for n in range(3)]
    items[1] = items[1].model_copy(update={"flags": ["injection:hidden-css"]})
    sink = StringIO()
    print_news(Console(file=sink, width=80, color_system=None), items)
    lines = sink.getvalue().splitlines()
    assert max(len(line) for line in lines) <= 80
    rows = [line for line in lines if line.startswith(tuple(i.item_id for i in items))]
    assert len(rows) == 3 and all(row.endswith("…") for row in rows)
    assert "injection:hidden-css" in rows[1]


def test_runs_and_skips_keep_ids_dates_and_codes_whole_at_80_columns() -> None:
    from datetime import UTC, date, datetime
    from io import StringIO

    from rich.console import Console

    from pipeline.store.models import RunRecord, RunSkip
    from pipeline.views import print_runs, print_skips

    run = RunRecord(run_id="a1b2c3d4" + "0" * 24, session=date(2026, 11, 20),
                    started_at=datetime(2026, 11, 21, 2, 5, tzinfo=UTC), finished_at=None,
                    status="abandoned", summary={
                        "written": ["SPY", "QQQ", "IWM", "XLK", "XLF", "XLV", "TLT", "GLD"],
                        "skipped": {"DIA": [{"code": "gap"}], "XLE": [{"code": "stale"}]},
                        "failed": {"TLT": "x"}, "seconds": 1234.567})
    skip = RunSkip(run_id="e5f6a7b8" + "0" * 24, session=date(2026, 11, 20), symbol="DIA",
                   code="gap", message="a gap of 4 sessions between 2026-11-10 and 2026-11-16 "
                                       "in the bars file /data/bars/DIA.csv")
    sink = StringIO()
    console = Console(file=sink, width=80, color_system=None)
    print_runs(console, [run])
    print_skips(console, [skip])
    text = sink.getvalue()
    assert max(len(line) for line in text.splitlines()) <= 80
    for whole in ("a1b2c3d4", "2026-11-20", "11-21 02:05", "abandoned", "DIA(gap)", "XLE(stale)",
                  "e5f6a7b8", " gap ", " secs", " 1235"):
        assert whole in text, whole


def test_findings_are_blocks_of_lines_at_80_columns_and_a_table_when_wide() -> None:
    from io import StringIO

    from rich.console import Console

    from pipeline.views import print_findings

    def shown(width: int) -> str:
        sink = StringIO()
        print_findings(Console(file=sink, width=width, color_system=None), [ERROR, WARNING])
        return sink.getvalue()

    narrow, wide = shown(80), shown(200)
    assert "error value-mismatch (analysis) «0.72%»" in narrow
    assert "  expected 0.30% from snapshot.returns.change_1d_pct" in narrow
    assert max(len(line) for line in narrow.splitlines()) <= 80
    assert "┃ severity" in wide and "snapshot.returns.change_1d_pct" in wide


def test_calls_fit_80_columns_with_tokens_and_outcome_whole() -> None:
    from datetime import UTC, datetime
    from io import StringIO

    from rich.console import Console

    from pipeline.llm.records import ModelCall
    from pipeline.views import print_calls

    call = ModelCall(call_id=12, started_at=datetime(2026, 11, 21, 2, tzinfo=UTC), run_id="r",
                     draft_key="k", symbol="IWM", round=1,
                     model="Qwen/Qwen2.5-7B-Instruct-AWQ-with-a-long-name",
                     base_host="http://127.0.0.1:8000",
                     prompt_version="system@ab12cd34ef56 article@1234567890ab", schema_hash="s",
                     cache_key="c", messages=[], raw_response=None, parsed=None,
                     prompt_tokens=2296, completion_tokens=1480, latency_ms=18234, cost_usd=None,
                     outcome="ok", attempts=1, error=None)
    sink = StringIO()
    print_calls(Console(file=sink, width=80, color_system=None), [call])
    lines = sink.getvalue().splitlines()
    assert max(len(line) for line in lines) <= 80
    row = next(line for line in lines if line.startswith("12 "))
    assert all(part in row for part in (" IWM ", " ok ", " 2296 ", " 1480 ", " 18234 ", "Qwen/"))


def test_the_news_heading_says_how_many_of_how_many() -> None:
    from pipeline.views import news_heading

    assert news_heading(27, 27) == "27 news items"
    assert news_heading(1, 1) == "1 news item"
    assert news_heading(0, 0) == "0 news items"
    assert news_heading(2, 27) == "latest 2 of 27 news items"
    assert news_heading(2, 27, offset=2) == "news items 3-4 of 27 (newest first)"
    assert news_heading(0, 27, offset=400) == "no news items at offset 400 of 27"
    assert news_heading(3) == "3 news items"
