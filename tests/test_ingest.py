"""The ingest stage end to end: FixtureFetcher, feeds, pages, windows, dedupe, tags."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from pipeline.config import FeedConfig, IngestConfig, Settings, load_settings
from pipeline.errors import ConfigError, IngestError
from pipeline.ingest import (
    FetchedDocument,
    FixtureFetcher,
    ingest,
    make_fetcher,
    session_window,
)
from pipeline.ingest.dedupe import site
from pipeline.ingest.normalize import canonical_url
from pipeline.ingest.pages import PageText, no_content

WEB = Path(__file__).parent / "data" / "ingest" / "web"
SESSION = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 22, 0, tzinfo=UTC)  # 17:00 New York, after the close
FETCH_TIME = datetime(2026, 11, 20, 22, 1, tzinfo=UTC)

HARBOR = "https://wire.harborstreet.example/markets/rss.xml"
LEDGER = "https://ledgerdaily.example/feeds/us-stocks.atom"
TAPEWATCH = "https://tapewatch.example/rss/indices.xml"
MACRO = "https://macrobrief.example/rss/fed-and-rates.xml"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """The packaged defaults (their four feeds), independent of the working directory."""
    return load_settings(cwd=tmp_path)


@pytest.fixture
def fetcher() -> FixtureFetcher:
    return FixtureFetcher(WEB, clock=lambda: FETCH_TIME)


class CountingFetcher:
    """Wraps a real fetcher and records each URL asked for."""

    def __init__(self, inner: FixtureFetcher) -> None:
        self.inner = inner
        self.calls: list[str] = []

    def fetch(self, url: str) -> FetchedDocument:
        self.calls.append(url)
        return self.inner.fetch(url)


def copy_web(tmp_path: Path, manifest: list[dict[str, str]] | None = None) -> Path:
    target = tmp_path / "web"
    shutil.copytree(WEB, target)
    if manifest is not None:
        (target / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    return target


# --- FixtureFetcher -----------------------------------------------------------------

def test_fixture_fetcher_serves_bytes_type_and_time(fetcher):
    doc = fetcher.fetch(HARBOR)
    assert doc.requested_url == doc.final_url == HARBOR
    assert doc.status == 200
    assert doc.content_type == "application/rss+xml; charset=utf-8"
    assert doc.media_type == "application/rss+xml" and doc.charset == "utf-8"
    assert doc.body == (WEB / "feeds" / "harbor.xml").read_bytes()
    assert doc.fetched_at == FETCH_TIME and doc.fetched_at.tzinfo is UTC


def test_fixture_fetcher_matches_the_canonical_url(fetcher):
    url = "https://WIRE.harborstreet.example:443/2026/11/20/dow-slips/?fbclid=x&utm_source=y#top"
    doc = fetcher.fetch(url)
    assert doc.requested_url == url
    assert doc.final_url == "https://wire.harborstreet.example/2026/11/20/dow-slips"
    assert b"Dow slips" in doc.body


def test_fixture_fetcher_404(fetcher):
    url = "https://wire.harborstreet.example/2026/11/19/fed-minutes-preview"
    with pytest.raises(IngestError) as caught:
        fetcher.fetch(url)
    assert str(caught.value) == f"{url}: 404 not found in fixtures"
    with pytest.raises(IngestError, match="404"):
        fetcher.fetch("https://wire.harborstreet.example/2026/11/20/dow-slips?page=2")


def test_fixture_fetcher_default_clock_is_aware_utc():
    doc = FixtureFetcher(WEB).fetch(HARBOR)
    assert doc.fetched_at.tzinfo is UTC
    assert abs(datetime.now(UTC) - doc.fetched_at) < timedelta(minutes=1)


def test_missing_fixture_manifest_is_a_configuration_error(tmp_path):
    with pytest.raises(ConfigError, match="fixture manifest not found") as caught:
        FixtureFetcher(tmp_path)
    assert str(tmp_path / "manifest.json") in str(caught.value) and caught.value.exit_code == 2


@pytest.mark.parametrize(("manifest", "message"), [
    ("{not json", "fixture manifest unreadable"),
    ('{"url": "x"}', "must be a JSON list"),
    ('["x"]', "entry 0: not an object"),
    ('[{"path": "feeds/harbor.xml"}]', "entry 0: 'url' must be a non-empty string"),
    ('[{"url": "https://a.example/"}]', "entry 0: 'path' must be a non-empty string"),
    ('[{"url": "https://a.example/", "path": "a", "content_type": 3}]', "'content_type' must"),
    ('[{"url": "https://a.example/", "path": "../../etc/passwd"}]', "leaves"),
    ('[{"url": "https://a.example/", "path": "a"}, {"url": "https://a.example/", "path": "b"}]',
     "listed twice"),
])
def test_fixture_manifest_problems_are_clear(tmp_path, manifest, message):
    if manifest is not None:
        (tmp_path / "manifest.json").write_text(manifest, "utf-8")
    with pytest.raises(IngestError, match=message) as caught:
        FixtureFetcher(tmp_path)
    assert str(tmp_path / "manifest.json") in str(caught.value)


def test_missing_fixture_file_fails_at_fetch_and_type_is_guessed(tmp_path):
    (tmp_path / "page.html").write_text("<html></html>", "utf-8")
    (tmp_path / "manifest.json").write_text(json.dumps([
        {"url": "https://a.example/gone", "path": "gone.xml"},
        {"url": "https://a.example/page", "path": "page.html"},
    ]), "utf-8")
    fetcher = FixtureFetcher(tmp_path)
    with pytest.raises(IngestError, match="https://a.example/gone: fixture file .* unreadable"):
        fetcher.fetch("https://a.example/gone")
    assert fetcher.fetch("https://a.example/page").content_type == "text/html"


def test_fetched_document_needs_an_aware_time():
    with pytest.raises(ValueError, match="timezone-aware"):
        FetchedDocument("u", "u", 200, None, b"", datetime(2026, 11, 20))


def test_make_fetcher_builds_the_fixture_fetcher():
    fetcher = make_fetcher(IngestConfig(fixtures_dir=WEB))
    assert isinstance(fetcher, FixtureFetcher) and len(fetcher) == 12


# --- ingest on the hand-written fixture web -----------------------------------------

def test_ingest_end_to_end(settings, fetcher):
    result = ingest(settings, fetcher, now=NOW, session=SESSION)

    reports = {r.feed_url: r for r in result.feeds}
    assert [r.feed_url for r in result.feeds] == [HARBOR, LEDGER, TAPEWATCH, MACRO]
    assert reports[HARBOR].ok and reports[HARBOR].entries == 7 and reports[HARBOR].bozo is None
    assert reports[LEDGER].ok and reports[LEDGER].entries == 4
    # The malformed feed: bozo recorded, its entries kept, and the next feed still ran.
    assert reports[TAPEWATCH].ok and reports[TAPEWATCH].entries == 2
    assert "not well-formed" in (reports[TAPEWATCH].bozo or "")
    assert not reports[MACRO].ok
    assert reports[MACRO].error == f"{MACRO}: 404 not found in fixtures"

    titles = [i.title for i in result.items]
    assert titles == [
        "Small caps rally as Russell 2000 jumps 2%",
        "Dow slips as industrials lag; media stocks steady",
        "Fed minutes preview: rate-cut odds shift",
        "Photos: a day on the trading floor",
        "VIX eases as volatility sellers return",
        "Nasdaq 100 slides as megacap tech sells off",
        "Russell 2000 index notches a record close",
        "Café traders cheer the S&P; 500 record",  # what the loose parser makes of "S&P"
        "Breadth report: advancers beat decliners",
    ]
    assert result.duplicates == 2
    assert result.started_at == NOW and result.finished_at >= NOW


def test_ingest_items_carry_provenance(settings, fetcher):
    items = {i.title[:12]: i for i in ingest(settings, fetcher, now=NOW, session=SESSION).items}

    rally = items["Small caps r"]
    assert rally.url == "https://wire.harborstreet.example/2026/11/20/small-caps-rally"
    assert rally.urls == [rally.url,
                          "https://ledgerdaily.example/syndicated/2026/11/20/small-caps-rally"]
    assert rally.publisher == "Harbor Street Wire" and rally.feed_url == HARBOR
    assert rally.published_at == datetime(2026, 11, 20, 21, 30, tzinfo=UTC)
    assert rally.fetched_at == FETCH_TIME
    assert rally.has_content and "heaviest volume in three weeks" in rally.text
    assert rally.summary == "Small-cap stocks outperformed on Friday."
    assert rally.item_id == rally.content_hash[:16] and len(rally.content_hash) == 64
    assert rally.symbols[:1] == ["IWM"]

    dow = items["Dow slips as"]
    assert dow.symbols == ["DIA", "^DJI"]  # not fooled by "media", "India", "Dowling"
    assert dow.published_at == datetime(2026, 11, 20, 18, tzinfo=UTC)  # earlier of 2 copies

    assert items["Russell 2000"].symbols == ["IWM", "^RUT"]
    assert items["Nasdaq 100 s"].symbols == ["QQQ", "^VIX"]
    assert items["Café traders"].symbols == ["SPY"]
    assert items["Café traders"].bozo is not None


def test_failed_page_keeps_the_item_with_its_summary(settings, fetcher):
    items = {i.title[:12]: i for i in ingest(settings, fetcher, now=NOW, session=SESSION).items}

    missing = items["Fed minutes "]
    assert not missing.has_content and missing.text == ""
    assert missing.summary == "Traders weigh the broad market outlook before the minutes."
    assert missing.symbols == ["SPY"]  # "broad market"
    assert missing.fetched_at == FETCH_TIME

    gallery = items["Photos: a da"]
    assert not gallery.has_content and gallery.text == ""


def test_future_and_stale_entries_are_dropped(settings, fetcher):
    result = ingest(settings, fetcher, now=NOW, session=SESSION)
    titles = " ".join(i.title for i in result.items)
    assert "Week ahead" not in titles  # dated Nov 23, after the session
    assert "October recap" not in titles  # Nov 1, before the 7-day lookback
    window = session_window(settings, NOW, SESSION)
    assert all(window.start <= i.published_at < window.end for i in result.items)


def test_undated_entry_takes_the_page_date(settings, fetcher):
    items = {i.title[:12]: i for i in ingest(settings, fetcher, now=NOW, session=SESSION).items}
    # Page says 2026-11-19: taken as noon in New York.
    assert items["VIX eases as"].published_at == datetime(2026, 11, 19, 17, tzinfo=UTC)


def test_an_earlier_session_never_sees_its_future(settings, fetcher):
    result = ingest(settings, fetcher, now=NOW, session=date(2026, 11, 19))
    latest = max(i.published_at for i in result.items if i.published_at)
    assert latest < datetime(2026, 11, 20, 5, tzinfo=UTC)  # midnight New York
    assert {i.title[:12] for i in result.items} == {
        "Fed minutes ", "Photos: a da", "VIX eases as"}


def test_lookback_zero_keeps_the_session_day_only(settings, fetcher):
    settings = settings.model_copy(update={"ingest": IngestConfig(lookback_days=0)})
    result = ingest(settings, fetcher, now=NOW, session=SESSION)
    assert all(i.published_at and i.published_at.date() == SESSION for i in result.items)
    assert len(result.items) == 6


def test_undated_stories_kept_live_but_dropped_in_a_replay(settings, tmp_path):
    web = copy_web(tmp_path)
    # Take every date off the VIX story: its page meta and the date in its URL.
    for name in ("pages/harbor-vix-eases.html", "feeds/harbor.xml", "manifest.json"):
        path = web / name
        text = path.read_text("utf-8").replace("2026-11-19T20:00:00Z", "")
        path.write_text(text.replace("/2026/11/19/vix-eases", "/vix-eases"), "utf-8")
    fetcher = FixtureFetcher(web, clock=lambda: FETCH_TIME)

    live = ingest(settings, fetcher, now=NOW, session=SESSION)
    vix = [i for i in live.items if i.title.startswith("VIX")]
    assert len(vix) == 1 and vix[0].published_at is None

    replay = ingest(settings, fetcher, now=NOW + timedelta(days=5), session=SESSION)
    assert not [i for i in replay.items if i.title.startswith("VIX")]


def test_session_window_boundaries(settings):
    window = session_window(settings, NOW, SESSION)
    assert window.start == datetime(2026, 11, 13, 5, tzinfo=UTC)  # midnight EST, 7 days back
    assert window.end == NOW  # never after now
    assert window.current
    later = session_window(settings, NOW + timedelta(days=3), SESSION)
    assert later.end == datetime(2026, 11, 21, 5, tzinfo=UTC) and not later.current
    # Default session: today in New York (still Nov 20 at 03:00 UTC on Nov 21).
    assert session_window(settings, datetime(2026, 11, 21, 3, tzinfo=UTC)).session == SESSION


def test_naive_now_is_refused(settings, fetcher):
    with pytest.raises(ValueError, match="aware"):
        ingest(settings, fetcher, now=datetime(2026, 11, 20, 22))


def test_each_page_is_fetched_once(settings, fetcher):
    counting = CountingFetcher(fetcher)
    ingest(settings, counting, now=NOW, session=SESSION)
    dow_fetches = [u for u in counting.calls if "dow-slips" in u]
    assert len(dow_fetches) == 1  # the Ledger link is the same page once canonical
    assert "https://wire.harborstreet.example/2026/11/23/week-ahead" not in counting.calls
    assert "https://wire.harborstreet.example/2026/11/01/october-recap" not in counting.calls


def test_bad_feeds_do_not_stop_the_others(settings, tmp_path):
    web = copy_web(tmp_path)
    manifest = json.loads((web / "manifest.json").read_text("utf-8"))
    for entry in manifest:
        if entry["url"] == TAPEWATCH:  # a feed URL that serves an HTML page
            entry["path"] = "pages/harbor-dow-slips.html"
            entry["content_type"] = "text/html"
        if entry["url"] == HARBOR:  # a feed whose file vanished
            entry["path"] = "feeds/gone.xml"
    (web / "manifest.json").write_text(json.dumps(manifest), "utf-8")

    result = ingest(settings, FixtureFetcher(web), now=NOW, session=SESSION)
    reports = {r.feed_url: r for r in result.feeds}
    assert not reports[HARBOR].ok and "unreadable" in (reports[HARBOR].error or "")
    assert not reports[TAPEWATCH].ok and reports[TAPEWATCH].error == "not an RSS or Atom feed"
    assert reports[LEDGER].ok
    assert len(result.items) == 4


def test_http_error_status_counts_as_a_failed_fetch(settings, fetcher):
    class ServerError:
        def fetch(self, url: str) -> FetchedDocument:
            doc = fetcher.fetch(url)
            if "/markets/rss.xml" in url or "nasdaq" in url:
                return FetchedDocument(url, url, 503, "text/html", b"busy", doc.fetched_at)
            return doc

    result = ingest(settings, ServerError(), now=NOW, session=SESSION)
    assert result.feeds[0].error == f"{HARBOR}: HTTP 503"
    nasdaq = next(i for i in result.items if i.title.startswith("Nasdaq"))
    assert not nasdaq.has_content


def test_extractor_hook_is_used(settings, fetcher):
    seen: list[str] = []

    def timed_out(body: bytes, url: str, content_type: str | None) -> PageText:
        seen.append(url)
        return no_content(url, "extraction timed out")

    result = ingest(settings, fetcher, now=NOW, session=SESSION, extractor=timed_out)
    assert seen and not any(i.has_content for i in result.items)


def test_no_feeds_configured(settings, fetcher):
    settings = settings.model_copy(update={"feeds": []})
    result = ingest(settings, fetcher, now=NOW, session=SESSION)
    assert result.items == [] and result.feeds == [] and result.duplicates == 0


def test_a_syndicated_story_cites_the_original_whatever_the_feed_order(settings, fetcher):
    feeds = [FeedConfig(url=LEDGER, publisher="Ledger Markets Daily"),
             FeedConfig(url=HARBOR, publisher="Harbor Street Wire")]
    settings = settings.model_copy(update={"feeds": feeds})
    result = ingest(settings, fetcher, now=NOW, session=SESSION)
    rally = next(i for i in result.items if i.title.startswith("Small caps rally"))
    assert rally.publisher == "Harbor Street Wire"  # published first, on its own site
    assert rally.urls[0] == "https://ledgerdaily.example/syndicated/2026/11/20/small-caps-rally"
    assert rally.published_at == datetime(2026, 11, 20, 21, 30, tzinfo=UTC)  # still earliest


# --- the project's offline fixture web (fixtures/web) ---------------------------------

DEMO_SESSION = date(2026, 11, 20)
DEMO_NOW = datetime(2026, 11, 21, 12, tzinfo=UTC)  # the morning after: a replay


@pytest.fixture
def fixture_web(repo_root: Path) -> Settings:
    web = repo_root / "fixtures" / "web"
    if not (web / "manifest.json").is_file():
        pytest.skip("fixtures/web/manifest.json not generated yet (make fixtures)")
    return load_settings(cwd=repo_root)


def test_ingest_the_fixture_web(fixture_web, repo_root):
    settings = fixture_web
    fetcher = make_fetcher(settings.ingest, clock=lambda: DEMO_NOW)
    manifest = json.loads((repo_root / "fixtures/web/manifest.json").read_text("utf-8"))
    saved = {canonical_url(e["url"]) for e in manifest}

    result = ingest(settings, fetcher, now=DEMO_NOW, session=DEMO_SESSION)
    items = result.items
    print(f"\nfixtures/web: {len(items)} items, {result.duplicates} duplicates collapsed, "
          f"{sum(i.has_content for i in items)} with text, "
          f"{sum(bool(i.symbols) for i in items)} tagged; feeds "
          + ", ".join(f"{r.publisher} {r.entries}{'' if r.ok else ' FAILED'}"
                      for r in result.feeds))

    assert [r.ok for r in result.feeds] == [True] * len(settings.feeds), result.feeds
    assert len(items) >= 30
    assert result.duplicates >= 2  # syndicated copies and pages listed by two feeds
    assert sum(bool(i.symbols) for i in items) >= 0.6 * len(items)
    assert any(i.has_content for i in items) and any(not i.has_content for i in items)
    window = session_window(settings, DEMO_NOW, DEMO_SESSION)
    for item in items:
        assert item.published_at is not None and window.admits(item.published_at), item.title
        if item.url not in saved and not set(item.urls) & saved:
            assert not item.has_content, f"{item.url} has no saved page but has text"
    # Each story is cited on the site of the feed that carries it (the original).
    assert all(site(i.url) == site(i.feed_url) for i in items)
    # Dedupe held: no URL and no content hash twice.
    urls = [u for i in items for u in i.urls]
    assert len(urls) == len(set(urls))
    assert len({i.content_hash for i in items}) == len(items)
    assert len({i.item_id for i in items}) == len(items)
