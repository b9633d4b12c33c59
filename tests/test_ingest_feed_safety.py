"""Hostile feeds: entity bombs, external entities, pathological fields, broken XML, wrong charsets.

feedparser only ever sees bytes newsdesk fetched itself; an audit hook in a
fresh interpreter shows that parsing opens no file and no socket; a feed that
keeps the parser busy is stopped by the per-feed time limit of the worker.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

import feed_targets
import pytest

from pipeline.config import FeedConfig, load_settings
from pipeline.errors import IngestError
from pipeline.ingest import FetchedDocument, ingest
from pipeline.ingest import feeds as feeds_module
from pipeline.ingest.feeds import AUTHOR_MAX, parse_feed
from pipeline.ingest.isolate import IsolatedParser

HOSTILE = Path(__file__).parent / "data" / "hostile_feeds"
REPO = Path(__file__).resolve().parent.parent
FEED = FeedConfig(url="https://hostile.example/feed.xml", publisher="Hostile")
FETCHED = datetime(2026, 11, 20, 22, 1, tzinfo=UTC)
SESSION = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 22, 0, tzinfo=UTC)


def hostile(name: str) -> bytes:
    return (HOSTILE / f"{name}.xml").read_bytes()


# --- feedparser gets bytes, never a URL or a path ---------------------------------------

def test_feedparser_only_ever_receives_bytes(monkeypatch, tmp_path) -> None:
    seen: list[object] = []
    real = feeds_module.feedparser.parse

    def guarded(source, *args, **kwargs):  # noqa: ANN001, ANN202
        assert isinstance(source, io.BytesIO), f"feedparser.parse got {type(source).__name__}"
        seen.append(source)
        return real(source, *args, **kwargs)

    monkeypatch.setattr(feeds_module.feedparser, "parse", guarded)
    for path in sorted(HOSTILE.glob("*.xml")):
        parse_feed(path.read_bytes(), FEED, FETCHED)
    settings = load_settings(cwd=tmp_path)
    settings = settings.model_copy(update={
        "feeds": [FeedConfig(url=f"https://h.example/{p.stem}", publisher="H")
                  for p in sorted(HOSTILE.glob("*.xml"))],
        "ingest": settings.ingest.model_copy(update={"parse_timeout": 0.0})})
    ingest(settings, HostileFetcher(), now=NOW, session=SESSION)
    assert len(seen) == 2 * len(list(HOSTILE.glob("*.xml")))


@pytest.mark.parametrize("source", ["https://evil.example/feed.xml", "/etc/passwd",
                                    bytearray(b"<rss/>"), memoryview(b"<rss/>")])
def test_parse_feed_refuses_anything_but_bytes(source: object) -> None:
    with pytest.raises(TypeError, match="bytes"):
        parse_feed(source, FEED, FETCHED)  # type: ignore[arg-type]


# --- entity attacks: audit hook in a fresh interpreter --------------------------------------

AUDIT_SCRIPT = r"""
import json, resource, sys, time
from datetime import UTC, datetime
from pipeline.config import FeedConfig
from pipeline.ingest.feeds import parse_feed

feed = FeedConfig(url="https://hostile.example/feed.xml", publisher="Hostile")
body = open(sys.argv[1], "rb").read()
warm = open(sys.argv[2], "rb").read()
parse_feed(warm, feed, datetime.now(UTC))  # imports everything a parse needs, before the hook
events = []

def hook(event, args):
    if event in ("open", "os.open") or event.startswith(("socket.", "urllib.", "http.")):
        events.append([event, repr(args[0])[:200] if args else ""])

before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.monotonic()
sys.addaudithook(hook)
parsed = parse_feed(body, feed, datetime.now(UTC))
seconds = time.monotonic() - started
grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(json.dumps({"events": events, "seconds": seconds, "grown_kb": grown_kb,
                  "entries": len(parsed.entries), "bozo": parsed.bozo,
                  "text": " ".join(e.title + " " + e.summary for e in parsed.entries)}))
"""


def audited_parse(name: str) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", AUDIT_SCRIPT, str(HOSTILE / f"{name}.xml"),
         str(HOSTILE / "wrong_charset.xml")],
        cwd=REPO, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("name", ["billion_laughs", "external_entity"])
def test_entity_attacks_open_no_file_and_no_socket(name: str) -> None:
    report = audited_parse(name)
    assert report["events"] == []
    assert report["seconds"] < 5
    assert report["grown_kb"] < 100_000  # not the gigabytes the entities would expand to
    assert "root:" not in report["text"]  # nothing of /etc/passwd
    assert "lollollol" not in report["text"]
    assert report["bozo"] and report["entries"] == 1


def test_the_audit_hook_would_see_a_file_being_opened() -> None:
    """The hook is live: a parse handed a path (what newsdesk never does) shows up as an open."""
    script = AUDIT_SCRIPT.replace("parsed = parse_feed(body, feed, datetime.now(UTC))",
                                  "import feedparser; feedparser.parse(sys.argv[1]); "
                                  "parsed = parse_feed(body, feed, datetime.now(UTC))")
    proc = subprocess.run([sys.executable, "-c", script, str(HOSTILE / "malformed.xml"),
                           str(HOSTILE / "wrong_charset.xml")],
                          cwd=REPO, capture_output=True, text=True, timeout=60)
    events = json.loads(proc.stdout.strip().splitlines()[-1])["events"]
    assert any("malformed.xml" in detail for _, detail in events)


# --- pathological fields and the per-feed time limit ----------------------------------------

def test_a_very_long_author_email_is_capped_and_quick() -> None:
    script = ("import sys, time; from datetime import UTC, datetime; "
              "from pipeline.config import FeedConfig; from pipeline.ingest.feeds import parse_feed; "
              "t = time.monotonic(); p = parse_feed(open(sys.argv[1], 'rb').read(), "
              "FeedConfig(url='https://a.example/f', publisher='A'), datetime.now(UTC)); "
              "print(time.monotonic() - t, max(len(e.author) for e in p.entries))")
    proc = subprocess.run([sys.executable, "-c", script, str(HOSTILE / "long_author.xml")],
                          cwd=REPO, capture_output=True, text=True, timeout=30)
    assert proc.returncode == 0, proc.stderr
    seconds, author = proc.stdout.split()
    assert float(seconds) < 5 and 0 < int(author) <= AUTHOR_MAX


def test_the_worker_is_killed_when_a_parse_outlives_the_limit() -> None:
    """Raw feedparser on the 64 kB author takes minutes; the 2 s limit stops it, and the next feed
    gets a fresh worker."""
    with IsolatedParser(2.0, target=feed_targets.uncapped) as slow:
        slow(hostile("malformed"), FEED, FETCHED)  # start the worker outside the timing
        started = time.monotonic()
        with pytest.raises(IngestError, match="parse-timeout"):
            slow(hostile("long_author"), FEED, FETCHED)
        assert time.monotonic() - started < 6
    with IsolatedParser(5.0) as parser:
        assert len(parser(hostile("long_author"), FEED, FETCHED).entries) == 1


def test_a_sleeping_parse_is_stopped_and_the_parser_recovers() -> None:
    with IsolatedParser(1.0, target=feed_targets.sleepy) as parser:
        with pytest.raises(IngestError, match="parse-timeout"):
            parser(hostile("malformed"), FEED, FETCHED)
        parser.target = parse_feed
        assert parser(hostile("malformed"), FEED, FETCHED).entries


def test_a_crashing_parser_is_one_feed_failure() -> None:
    with IsolatedParser(10.0, target=feed_targets.crash) as parser:
        with pytest.raises(IngestError, match="parse-crash"):
            parser(hostile("malformed"), FEED, FETCHED)


# --- malformed and mis-encoded feeds: bozo recorded, entries kept ------------------------------

class HostileFetcher:
    """Serves tests/data/hostile_feeds/<stem>.xml at https://h.example/<stem>; pages are 404s."""

    def fetch(self, url: str) -> FetchedDocument:
        name = url.rsplit("/", 1)[-1]
        path = HOSTILE / f"{name}.xml"
        if not url.startswith("https://h.example/") or not path.is_file():
            raise IngestError(f"{url}: HTTP 404")
        return FetchedDocument(url, url, 200, "application/rss+xml", path.read_bytes(), FETCHED)


def test_malformed_and_miscoded_feeds_record_bozo_and_keep_entries(tmp_path) -> None:
    settings = load_settings(cwd=tmp_path)
    names = ["malformed", "wrong_charset", "billion_laughs", "external_entity", "long_author"]
    settings = settings.model_copy(update={
        "feeds": [FeedConfig(url=f"https://h.example/{n}", publisher=n) for n in names]})
    result = ingest(settings, HostileFetcher(), now=NOW, session=SESSION)
    reports = {r.publisher: r for r in result.feeds}
    assert all(r.ok for r in result.feeds)
    assert "SAXParseException" in (reports["malformed"].bozo or "")
    assert "not well-formed" in (reports["malformed"].bozo or "")
    assert "CharacterEncodingOverride" in (reports["wrong_charset"].bozo or "")
    assert {n: reports[n].entries for n in names} == {n: 1 for n in names}
    titles = {item.title for item in result.items}
    assert "La Société Générale recule, le CAC 40 à l'équilibre" in titles
    assert "Small caps lead the rally" in titles
    by_title = {item.title: item for item in result.items}
    assert by_title["Small caps lead the rally"].bozo == reports["malformed"].bozo
    assert result.pages.failed == len(result.items) and result.pages.reasons == {"fetch": 5}
