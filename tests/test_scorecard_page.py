"""The scorecard page: written beside the articles from a real SQLite store holding backfilled
calls, by `newsdesk scorecard --page`, and served at /scorecard behind the review sign-in."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from cli_helpers import newsdesk, write_config
from market_factories import SESSION, synthetic_history
from review_helpers import Client, add_reviewer, review_server

from pipeline.config import Settings
from pipeline.contracts import PriceHistory
from pipeline.render.scorecard_page import write_scorecard_page
from pipeline.review.app import ReviewOptions
from pipeline.scorecard.backfill import backfill_calls
from pipeline.scorecard.report import scorecard_for
from pipeline.scorecard.summary import Scorecard
from pipeline.store import Store


class Cells(HTMLParser):
    """Each table row's cell texts, by the id of the section holding it."""

    def __init__(self) -> None:
        super().__init__()
        self.section = ""
        self.rows: dict[str, list[list[str]]] = {}
        self.cell: list[str] | None = None
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        found = dict(attrs)
        if tag == "section" and found.get("id"):
            self.section = found["id"] or ""
        if tag == "tr":
            self.rows.setdefault(self.section, []).append([])
        if tag in ("td", "th"):
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None:
            self.rows[self.section][-1].append("".join(self.cell).strip())
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def parsed(html: str) -> Cells:
    cells = Cells()
    cells.feed(html)
    return cells


@pytest.fixture
def history() -> PriceHistory:
    return synthetic_history("IWM", sessions=600, seed=5)


@pytest.fixture
def graded_store(store: Store, history: PriceHistory) -> Store:
    """The test's SQLite store with IWM's backfilled calls for its last 300 sessions."""
    days = [bar.session for bar in history.bars]
    store.save_session_calls(backfill_calls(history, None, days[300], days[-1]))
    return store


def card_of(store: Store, history: PriceHistory) -> Scorecard:
    return scorecard_for(store, {"IWM": history}.__getitem__)


def test_the_page_shows_every_figure_beside_its_baselines(graded_store: Store,
                                                          history: PriceHistory,
                                                          tmp_path: Path) -> None:
    card = card_of(graded_store, history)
    path = write_scorecard_page(tmp_path / "out", card)
    assert path == tmp_path / "out" / "scorecard.html"
    html = path.read_text("utf-8")
    assert "<script" not in html and 'http-equiv="Content-Security-Policy"' in html
    rows = parsed(html).rows
    short = next(r for r in card.calls if r.horizon == "short" and r.bias == "all")
    assert short.sessions > 250  # graded, not open: the fixture's calls have later bars
    line = next(r for r in rows["calls"] if r[:2] == ["Short-term (5 sessions)", "All calls"])
    assert line[2] == f"{short.sessions:,}" and line[5] == f"{short.hit.rate:.1%}"
    assert line[6] == f"{short.hit.low:.1%} to {short.hit.high:.1%}"
    assert line[7:9] == [f"{short.always_long.rate:.1%}", f"{short.previous_direction.rate:.1%}"]
    hit, base = short.hit.rate or 0, max(short.always_long.rate or 0, short.previous_direction.rate or 0)
    if hit > base:
        assert line[9] == "above both"
    else:
        assert line[9].startswith("not above ")
    expectancy = next(r for r in rows["setups"] if r[0] == "Expectancy")[1]
    assert expectancy == (f"{card.setups.expectancy_r:+.2f}R" if card.setups.expectancy_r is not None
                          else "-")
    support = next(r for r in rows["levels"] if r[0] == "Support")
    levels = {row.side: row for row in card.levels}
    assert support[1] == f"{levels['support'].held.total:,}" and support[5] == \
        f"{levels['support'].baseline.rate:.1%}"
    pulse = {r[0]: r for r in rows["pulse"][1:]}
    assert pulse["All sessions (baseline)"][1] == f"{card.pulse_baseline.sessions:,}"
    assert sum(int(pulse[b.band][1].replace(",", "")) for b in card.pulse) == \
        card.pulse_baseline.sessions
    assert html.count("<svg") == 2  # the R distribution and the Pulse calibration
    assert "Pulse 70-100" in html


def test_newsdesk_scorecard_page_writes_it_beside_the_session_folders(tmp_path: Path) -> None:
    write_config(tmp_path)
    done = newsdesk(tmp_path, "backfill", "--from", "2026-06-01", "--symbol", "IWM")
    assert done.code == 0, done.stderr
    shown = newsdesk(tmp_path, "scorecard", "--page")
    assert shown.code == 0, shown.stderr
    page = tmp_path / "out" / "scorecard.html"
    assert "scorecard page: " in shown.stderr and "scorecard.html" in shown.stderr
    assert "IWM" in page.read_text("utf-8") and "Pulse calibration" in page.read_text("utf-8")


def test_scorecard_page_is_linked_from_the_session_indexes_written_before_it(tmp_path: Path) -> None:
    write_config(tmp_path)
    ran = newsdesk(tmp_path, "run", "--session", "2026-11-20", "--symbol", "IWM", "--no-ingest")
    assert ran.code == 0, ran.stderr
    index = tmp_path / "out" / "2026-11-20" / "index.html"
    assert "scorecard.html" not in index.read_text("utf-8")
    stranger = tmp_path / "out" / "2026-01-02"  # a folder this store wrote nothing into
    stranger.mkdir()
    (stranger / "index.html").write_text("kept as it is", encoding="utf-8")
    assert newsdesk(tmp_path, "backfill", "--from", "2026-10-01", "--symbol", "IWM").code == 0
    shown = newsdesk(tmp_path, "scorecard", "--page")
    assert shown.code == 0, shown.stderr
    assert "now linked from 1 session index)" in shown.stderr
    page = index.read_text("utf-8")
    assert '<a href="../scorecard.html">' in page and "iwm-2026-11-20.html" in page
    assert "](<../scorecard.html>)" in (index.parent / "index.md").read_text("utf-8")
    assert (stranger / "index.html").read_text("utf-8") == "kept as it is"
    again = newsdesk(tmp_path, "scorecard", "--page")
    assert again.code == 0 and "now linked" not in again.stderr  # nothing left to link


def test_the_review_scorecard_needs_sign_in_and_grades_the_stored_calls(
        graded_store: Store, history: PriceHistory, settings: Settings) -> None:
    add_reviewer(graded_store)
    options = ReviewOptions(load_history={"IWM": history}.__getitem__, today=lambda: SESSION)
    with review_server(graded_store, settings, options) as server:
        anonymous = Client(server.port).get("/scorecard")
        assert anonymous.status == 303 and anonymous.header("location") == "/login"
        client = Client(server.port)
        assert client.sign_in().status == 303
        page = client.get("/scorecard?symbol=iwm&from=2025-01-01")
        assert page.status == 200
        assert "script-src" not in (page.header("content-security-policy") or "") and \
            "default-src 'none'" in (page.header("content-security-policy") or "")
        card = card_of(graded_store, history)
        short = next(r for r in card.calls if r.horizon == "short" and r.bias == "all")
        line = next(r for r in parsed(page.body).rows["calls"] if r[1] == "All calls")
        assert line[5] == f"{short.hit.rate:.1%}"
        assert 'option value="IWM" selected' in page.body and 'value="2025-01-01"' in page.body
        assert "style=" not in page.body  # the CSP allows no inline style

        recent = parsed(client.get("/scorecard").body).rows["calls"]  # the last 365 days
        assert int(next(r for r in recent if r[1] == "All calls")[2].replace(",", "")) < \
            short.sessions
        bad = client.get("/scorecard?from=2025-13-01")
        assert bad.status == 400 and "is not a date" in bad.body
        unknown = client.get("/scorecard?symbol=NOPE")
        assert unknown.status == 400 and "unknown instrument" in unknown.body
        none = client.get("/scorecard?from=2030-01-01")
        assert none.status == 200 and re.search(r'id="no-scorecard".*no calls stored', none.body,
                                                re.S)


def test_without_market_data_the_review_page_says_so(graded_store: Store,
                                                     settings: Settings) -> None:
    add_reviewer(graded_store)
    with review_server(graded_store, settings, ReviewOptions(today=lambda: date(2026, 11, 20))) \
            as server:
        client = Client(server.port)
        client.sign_in()
        page = client.get("/scorecard")
        assert page.status == 200 and "without market data" in page.body
