"""The instruments, sessions and drafts the evaluation set is built from.

Everything goes through the real pipeline code: `Pipeline.snapshot` over the
bundled fixtures (plus two synthetic instruments at very different scales),
`ingest` over fixtures/web, the same news ranking the pipeline uses,
`score_snapshot`, the template writer and `render_markdown`.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.config import InstrumentConfig, MacroConfig, Settings, load_settings
from pipeline.contracts import Article, Bar, InstrumentKind, NewsItem, PriceHistory, Scores, Snapshot
from pipeline.facts import FactSheet, build_fact_sheet
from pipeline.ingest import FixtureFetcher, ingest, rank_for
from pipeline.market import MarketData
from pipeline.redact import Redactor
from pipeline.render import render_markdown
from pipeline.run import Pipeline
from pipeline.scoring import score_snapshot
from pipeline.writers import TemplateWriter

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "fixtures"
DEMO = date(2026, 11, 20)
# A fixed clock: ingest stamps fetched_at with it, so the set is byte-for-byte reproducible.
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)

# Subjects: (symbol, session, why this session is in the set).
SUBJECTS: list[tuple[str, date, str]] = [
    ("IWM", DEMO, "the demo: tight range, lagging the Nasdaq 100, golden cross"),
    ("IWM", date(2026, 11, 17), "a down day inside the news window"),
    ("IWM", date(2026, 2, 13), "a sell-off: RSI oversold, bearish Pulse"),
    ("IWM", date(2026, 3, 30), "a down day in the death-cross state"),
    ("SPY", DEMO, "the demo session"),
    ("SPY", date(2026, 11, 17), "a down day inside the news window"),
    ("SPY", date(2026, 6, 3), "a rally with RSI overbought while still in a death cross"),
    ("QQQ", DEMO, "the demo: leads the peers"),
    ("QQQ", date(2026, 11, 17), "a down day inside the news window"),
    ("QQQ", date(2025, 11, 17), "a new 52-week high"),
    ("DIA", DEMO, "the demo session"),
    ("DIA", date(2025, 11, 17), "a new 52-week high with RSI overbought"),
    ("DIA", date(2026, 6, 3), "a rally in the death-cross state"),
    ("^GSPC", DEMO, "an index as the subject, quoted in points (6,900)"),
    ("^RUT", date(2026, 11, 17), "an index as the subject, quoted in points (2,400)"),
    ("FRNT", DEMO, "a synthetic $30 ETF"),
    ("^FSMI", DEMO, "a synthetic 35,000-point index"),
]

# Index subjects are context-only in the packaged config; here they are covered.
INDEX_OVERRIDES: dict[str, dict[str, Any]] = {
    "^GSPC": {
        "cover": True,
        "short_name": "The S&P 500 index",
        "benchmark": "^NDX",
        "peers": ["^NDX", "^DJI", "^RUT"],
        "gauges": ["^VIX"],
        "aliases": ["S&P 500 index", "S&P 500", "SPX"],
        "tags": ["sp-500", "spx", "large-caps"],
    },
    "^RUT": {
        "cover": True,
        "short_name": "The Russell 2000 index",
        "benchmark": "^GSPC",
        "peers": ["^GSPC", "^NDX", "^DJI"],
        "gauges": ["^VIX"],
        "aliases": ["Russell 2000 index", "Russell 2000", "small caps"],
        "tags": ["russell-2000", "rut", "small-caps"],
    },
}

# Two synthetic instruments on the fixtures' calendar: a $30 ETF and its 35,000-point index.
SYNTHETIC: list[dict[str, Any]] = [
    {
        "symbol": "FRNT",
        "name": "Frontier Select Markets ETF",
        "short_name": "Frontier stocks",
        "kind": "etf",
        "index": "^FSMI",
        "benchmark": "SPY",
        "peers": ["SPY", "IWM"],
        "gauges": ["^VIX"],
        "aliases": ["FRNT", "frontier stocks", "frontier markets"],
        "tags": ["frontier", "frnt"],
    },
    {
        "symbol": "^FSMI",
        "name": "Frontier Select Markets Index",
        "short_name": "The Frontier index",
        "kind": "index",
        "benchmark": "^GSPC",
        "peers": ["^GSPC", "^RUT"],
        "gauges": ["^VIX"],
        "aliases": ["Frontier Select Markets Index", "FSMI"],
        "tags": ["frontier", "frnt-index"],
    },
]
SYNTHETIC_SEED = 20261120
SYNTHETIC_INDEX_END = 35_112.40
SYNTHETIC_RATIO = 1_170.0  # index points per ETF dollar


def frozen_shape(snapshot: Snapshot) -> dict[str, Any]:
    """A snapshot as the eval's stored contexts hold it: without the tape's count of sessions back to an
    equal streak (a writer's headline input read from the full bars, added after the contexts were frozen;
    it loads as 0, "not rare")."""
    return snapshot.model_dump(mode="json", exclude={"tape": {"streak_unmatched_sessions"}})


def key_of(symbol: str, session: date) -> str:
    return (
        f"{symbol.lstrip('^')}-{session.isoformat()}"
        if not symbol.startswith("^")
        else f"idx_{symbol.lstrip('^')}-{session.isoformat()}"
    )


@dataclass
class Built:
    """One subject on one session: everything a case needs."""

    key: str
    snapshot: Snapshot
    scores: Scores
    peers: list[Snapshot]
    news: list[NewsItem]
    article: Article
    markdown: str
    sheet: FactSheet
    short_name: str
    extra_instruments: list[dict[str, Any]] = field(default_factory=list)

    def snapshot_file(self) -> dict[str, Any]:
        return {
            "snapshot": frozen_shape(self.snapshot),
            "scores": self.scores.model_dump(mode="json"),
            "peers": [frozen_shape(p) for p in self.peers],
            "instruments": self.extra_instruments,
        }


def base_settings() -> Settings:
    """The packaged defaults, pointed at the bundled fixtures, plus the eval's own instruments."""
    raw = load_settings(cwd=Path(__file__).resolve().parent).model_dump(mode="json")
    raw["market"].update(
        csv_dir=str(FIXTURES / "market" / "bars"), options_dir=str(FIXTURES / "market" / "options")
    )
    raw["ingest"]["fixtures_dir"] = str(FIXTURES / "web")
    for inst in raw["instruments"]:
        inst.update(INDEX_OVERRIDES.get(inst["symbol"], {}))
    raw["instruments"] += [dict(s) for s in SYNTHETIC]
    return Settings.model_validate(raw)


def instrument_info(inst: InstrumentConfig) -> dict[str, Any]:
    """What the verifier's InstrumentInfo takes, as JSON."""
    return {
        "symbol": inst.symbol,
        "name": inst.name,
        "kind": inst.kind.value,
        "index": inst.index,
        "short_name": inst.short_name,
        "aliases": list(inst.aliases),
    }


class EvalMarket(MarketData):
    """The fixture CSVs, plus the synthetic histories; options only for the demo session."""

    def __init__(self, settings: Settings) -> None:
        # Markets outside the US session on every subject (their own dates), not the US gauges.
        super().__init__(settings.market.csv_dir, settings.market.options_dir,
                         macro=MacroConfig(vix="", ten_year_yield="", dollar_index=""))
        self.synthetic = synthetic_histories(self.bars.load("IWM"))

    def load_history(self, symbol: str) -> PriceHistory:
        return self.synthetic.get(symbol) or super().load_history(symbol)

    def load_chain(self, symbol: str, session: date, notes=None):  # type: ignore[no-untyped-def]
        if symbol in self.synthetic or session != DEMO:
            return None  # the bundled chains are as of the demo session only
        return super().load_chain(symbol, session, notes)


def synthetic_histories(calendar: PriceHistory) -> dict[str, PriceHistory]:
    """A 35,000-point index and a $30 ETF tracking it, on the fixtures' trading calendar."""
    rng = np.random.default_rng(SYNTHETIC_SEED)
    days = [bar.session for bar in calendar.bars]
    n = len(days)
    drift = np.r_[np.full(n - 60, 0.0005), np.full(60, -0.0009)]  # an uptrend that rolls over
    closes = np.exp(np.cumsum(rng.normal(drift, 0.010, n)))
    closes *= SYNTHETIC_INDEX_END / closes[-1]
    index_bars, etf_bars = [], []
    prev = closes[0]
    for day, close in zip(days, closes, strict=True):
        open_ = prev * (1 + rng.normal(0, 0.002))
        spread = abs(rng.normal(0, 0.005)) * close
        high, low = max(open_, close) + spread / 2, min(open_, close) - spread / 2
        index_bars.append(
            Bar(
                session=day,
                open=round(open_, 2),
                high=round(high, 2),
                low=round(low, 2),
                close=round(close, 2),
                volume=0.0,
            )
        )
        fee = 1 - rng.normal(0, 0.0003)
        etf_bars.append(
            Bar(
                session=day,
                open=round(open_ / SYNTHETIC_RATIO * fee, 2),
                high=round(high / SYNTHETIC_RATIO * fee, 2),
                low=round(low / SYNTHETIC_RATIO * fee, 2),
                close=round(close / SYNTHETIC_RATIO * fee, 2),
                volume=float(rng.integers(3_000_000, 9_000_000)),
            )
        )
        prev = close
    for bars in (index_bars, etf_bars):  # keep every bar's high/low around its open and close
        for i, bar in enumerate(bars):
            hi = max(bar.high, bar.open, bar.close)
            lo = min(bar.low, bar.open, bar.close)
            bars[i] = bar.model_copy(update={"high": hi, "low": lo})
    return {
        "^FSMI": PriceHistory(symbol="^FSMI", provider="synthetic", bars=index_bars),
        "FRNT": PriceHistory(symbol="FRNT", provider="synthetic", bars=etf_bars),
    }


def news_for(
    settings: Settings, items: list[NewsItem], inst: InstrumentConfig, session: date
) -> list[NewsItem]:
    """`Pipeline.news_for` without a store: the same window and the same ranking."""
    end = datetime.combine(session + timedelta(days=1), time(0), tzinfo=UTC)
    since = end - timedelta(days=settings.ingest.lookback_days + 1)
    window = [i for i in items if i.published_at is not None and since <= i.published_at < end]
    return rank_for(window, inst, settings.writer.max_sources, session=session)


def peer_symbols(settings: Settings, inst: InstrumentConfig) -> list[str]:
    """Covered ETFs among the related instruments, or tracking the subject or a related index."""
    related = set(inst.related_symbols()) | {inst.symbol}
    out = []
    for other in settings.instruments:
        if other.symbol == inst.symbol or other.kind != InstrumentKind.ETF or not other.cover:
            continue
        if other.symbol in related or (other.index in related and inst.kind == InstrumentKind.INDEX):
            out.append(other.symbol)
    return out


def build_all() -> list[Built]:
    settings = base_settings()
    writer = TemplateWriter(max_sources=settings.writer.max_sources)
    # No store: the set needs snapshots and briefs only; news are ranked as `Pipeline.news_for` does.
    pipeline = Pipeline(settings, None, EvalMarket(settings), writer, clock=lambda: NOW,  # type: ignore[arg-type]
                        redactor=Redactor())
    fetcher = FixtureFetcher(settings.ingest.fixtures_dir, clock=lambda: NOW)
    ingested: dict[date, list[NewsItem]] = {}
    built = []
    for symbol, session, _why in SUBJECTS:
        if session not in ingested:
            ingested[session] = ingest(settings, fetcher, now=NOW, session=session).items
        inst = settings.instrument(symbol)
        snapshot = pipeline.snapshot(symbol, session)
        news = news_for(settings, ingested[session], inst, session)
        scores = score_snapshot(snapshot, news)
        brief = pipeline._brief(inst, snapshot, scores, news)
        article = writer.write(brief)
        peers = [pipeline.snapshot(p, session) for p in peer_symbols(settings, inst)]
        extra = [
            instrument_info(i)
            for i in settings.instruments
            if i.symbol in INDEX_OVERRIDES or i.symbol in {s["symbol"] for s in SYNTHETIC}
        ]
        built.append(
            Built(
                key=key_of(symbol, session),
                snapshot=snapshot,
                scores=scores,
                peers=peers,
                news=cited_first(article, news),
                article=article,
                markdown=render_markdown(article),
                sheet=build_fact_sheet(snapshot, scores),
                short_name=inst.display_name,
                extra_instruments=extra,
            )
        )
    return built


def cited_first(article: Article, news: list[NewsItem]) -> list[NewsItem]:
    """The article's sources in its numbering ([n] is item n), then the selected stories it does not
    cite (still ingested: a user text may cite them)."""
    by_id = {item.item_id: item for item in news}
    cited = [by_id[source.item_id] for source in article.sources]
    return cited + [item for item in news if item not in cited]


def fixture_sessions() -> list[str]:
    with (FIXTURES / "market" / "bars" / "IWM.csv").open() as handle:
        return [row["date"] for row in csv.DictReader(handle)]
