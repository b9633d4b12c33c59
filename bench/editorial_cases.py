"""The articles the editorial evaluation reads: the real pipeline on real sessions and on the demo.

Real sessions: the SPY, QQQ, IWM and DIA daily bars under
../shared/realdata/ohlcv/kittycapital_etf-seasonality (yfinance, raw closes, to
2026-08-21), with the S&P 500 and Nasdaq-100 indices from slow-turtle-research
(to 2026-07-13) and the CBOE VIX from datahub_finance-vix (to 2026-07-24), each
linked (never copied) into a temp folder under the names the CSV reader looks
for. A related series that ends before a session is left out by the pipeline
with a note, as in production. These sessions have no news: the real feeds under
realdata/feeds (CNBC, NYT, Seeking Alpha, Reuters via Google News; 2026-02-24 to
2026-03-14) hold titles and summaries but no page text, and the news selection
never cites a page without text, so citations are measured on the demo only.

Demo: the bundled fixtures (bars, options, feeds and pages) on 2026-11-20, ingested
and written by the same pipeline.

News days: real sessions whose biggest event was news of a known kind (a CPI release, a jobs
report, a Fed decision, a sector story), with feeds and pages we wrote for them under
tests/data/editorial/news_days/<session>/ (scripts/make_news_days.py; every market figure in them
is one the realdata bars show) over the same real bars; each day's folder is ingested for its
session and the four ETFs are written, with the scheduled events its day.json lists configured.
Skipped, like the real sessions, when realdata is absent.

Every article is written by the template writer and checked by the verifier,
exactly as `newsdesk run` does, minus the files on disk.
"""

from __future__ import annotations

import json
import logging
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipeline.config import Settings, load_settings
from pipeline.contracts import Article, Finding, NewsItem, PriceHistory, Snapshot
from pipeline.run import Pipeline
from pipeline.wiring import make_pipeline

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
REALDATA = REPO.parent / "shared" / "realdata"
NEWS_DAYS = REPO / "tests" / "data" / "editorial" / "news_days"
OHLCV = REALDATA / "ohlcv"
DEMO_SESSION = date(2026, 11, 20)
ETFS = ("SPY", "QQQ", "IWM", "DIA")

# Quiet and violent days, in consecutive pairs so one instrument's back-to-back articles compare.
REAL_SESSIONS = (
    date(2026, 2, 5), date(2026, 2, 6),     # -1.3% then +1.9%
    date(2026, 3, 30), date(2026, 3, 31),   # quiet, then +2.9% on 1.5x volume
    date(2026, 4, 8), date(2026, 4, 9),     # +2.6%, then a quiet follow-through
    date(2026, 5, 14), date(2026, 5, 15),   # a record close, then -1.2%
    date(2026, 6, 4), date(2026, 6, 5), date(2026, 6, 8),  # -2.6% on twice the volume, between
    date(2026, 7, 29), date(2026, 7, 30),   # -1.5% then +1.7%
    date(2026, 8, 20), date(2026, 8, 21),   # the last two sessions the data holds
)
# The subset the floors test runs (it must stay well under a minute).
TEST_SESSIONS = (date(2026, 4, 8), date(2026, 4, 9), date(2026, 6, 5), date(2026, 8, 21))

# newsdesk file name -> file under ohlcv/
LINKS = {
    "SPY.csv": "kittycapital_etf-seasonality/SPY.csv",
    "QQQ.csv": "kittycapital_etf-seasonality/QQQ.csv",
    "IWM.csv": "kittycapital_etf-seasonality/IWM.csv",
    "DIA.csv": "kittycapital_etf-seasonality/DIA.csv",
    "idx_GSPC.csv": "slow-turtle-research/IDX_GSPC.csv",
    "idx_NDX.csv": "slow-turtle-research/IDX_NDX.csv",
    "idx_VIX.csv": "datahub_finance-vix/vix-daily.csv",
}


@dataclass
class Case:
    """One written article with what it was written from."""

    source: str  # "real", "demo" or "news"
    article: Article
    snapshot: Snapshot
    findings: list[Finding]
    news: list[NewsItem] = field(default_factory=list)
    bars: PriceHistory | None = None  # the instrument's raw history up to the session


def packaged_settings() -> Settings:
    """The packaged defaults (bench/ holds no newsdesk.toml): the instruments and names articles use."""
    return load_settings(cwd=Path(__file__).resolve().parent)


def realdata_present() -> bool:
    return all((OHLCV / target).is_file() for target in LINKS.values())


REALDATA_SOURCE = "Yahoo Finance and Cboe daily bars"
"""Where the realdata bars came from (its README): the real articles' data line."""


def _config(workdir: Path, bars: Path, options: Path | None, feeds: Path, source: str = "",
            events: Iterable[dict[str, str]] = ()) -> Path:
    config = workdir / "newsdesk.toml"
    event_lines = "".join(f'[[events]]\nname = "{e["name"]}"\nkind = "{e["kind"]}"\ndate = "{e["date"]}"\n'
                          for e in events)
    options_lines = (f'options_dir = "{options}"\noptions_provider = "csv"' if options
                     else 'options_provider = "none"')
    config.write_text(f"""
[store]
url = "sqlite:///state/newsdesk.db"
[output]
dir = "out"
formats = ["json"]
chart = false
[writer]
kind = "template"
csv_source = "{source}"
[market]
csv_dir = "{bars}"
{options_lines}
[ingest]
source = "fixtures"
fixtures_dir = "{feeds}"
{event_lines}""")
    (workdir / "state").mkdir(exist_ok=True)
    return config


def _write(pipeline: Pipeline, symbol: str, session: date, source: str) -> Case:
    inst = pipeline.settings.instrument(symbol)
    snapshot = pipeline.snapshot(symbol, session)
    news, scores, brief = pipeline.prepare(inst, snapshot)
    article = pipeline.writer.write(brief)  # type: ignore[union-attr]
    findings = pipeline.checker(snapshot, scores, news)(article)
    history = pipeline._history_or_none(symbol)
    return Case(source=source, article=article, snapshot=snapshot, findings=findings, news=news,
                bars=history.until(session) if history else None)


def _link_bars(workdir: Path) -> Path:
    bars = workdir / "bars"
    bars.mkdir()
    for name, target in LINKS.items():
        (bars / name).symlink_to(OHLCV / target)
    return bars


def real_cases(sessions: Iterable[date] = REAL_SESSIONS, symbols: Iterable[str] = ETFS) -> list[Case]:
    """One article per instrument and session over the real bars; [] when realdata is absent."""
    if not realdata_present():
        return []
    with tempfile.TemporaryDirectory(prefix="editorial-real-") as tmp:
        workdir = Path(tmp)
        bars = _link_bars(workdir)
        # The fixture feeds are named but never ingested: the store holds no news.
        pipeline = make_pipeline(load_settings(_config(workdir, bars, None, FIXTURES / "web",
                                                          REALDATA_SOURCE)))
        return [_write(pipeline, symbol, session, "real") for session in sessions for symbol in symbols]


def demo_cases() -> list[Case]:
    """The four demo articles on 2026-11-20, after ingesting the fixture feeds."""
    quiet = logging.getLogger("pipeline")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # the fixtures' two missing pages; restored after (tests share it)
    try:
        with tempfile.TemporaryDirectory(prefix="editorial-demo-") as tmp:
            workdir = Path(tmp)
            config = _config(workdir, FIXTURES / "market" / "bars", FIXTURES / "market" / "options",
                             FIXTURES / "web")
            pipeline = make_pipeline(load_settings(config))
            pipeline.ingest_only(DEMO_SESSION)
            return [_write(pipeline, symbol, DEMO_SESSION, "demo") for symbol in ETFS]
    finally:
        quiet.setLevel(level)


@dataclass(frozen=True)
class NewsDay:
    """One news day: its session, the kind of its biggest event (cpi, jobs, fed, sector), the event
    in a line and the words that name its driver (a regex), from its day.json."""

    session: date
    kind: str
    event: str
    driver: str
    folder: Path
    events: tuple[dict[str, str], ...]
    content: str = ""  # the words that say what the news said (a regex; '' when the day has none)
    held_out: bool = False  # added after the news-day writer was tuned on the others: its own floors


def news_days() -> list[NewsDay]:
    """The news days under tests/data/editorial/news_days, oldest first."""
    days = []
    for path in sorted(NEWS_DAYS.glob("*/day.json")):
        raw = json.loads(path.read_text("utf-8"))
        days.append(NewsDay(session=date.fromisoformat(raw["session"]), kind=raw["kind"], event=raw["event"],
                            driver=raw["driver"],
                            folder=path.parent, events=tuple(raw["events"]), content=raw.get("content", ""),
                            held_out=raw.get("held_out", False)))
    return days


def news_day_cases(days: Iterable[NewsDay] | None = None) -> list[Case]:
    """The four ETFs' articles on each news day, after ingesting its feeds; [] when realdata is absent."""
    if not realdata_present():
        return []
    cases = []
    for day in news_days() if days is None else days:
        with tempfile.TemporaryDirectory(prefix="editorial-news-") as tmp:
            workdir = Path(tmp)
            config = _config(workdir, _link_bars(workdir), None, day.folder, REALDATA_SOURCE, day.events)
            pipeline = make_pipeline(load_settings(config))
            pipeline.ingest_only(day.session)
            cases += [_write(pipeline, symbol, day.session, "news") for symbol in ETFS]
    return cases
