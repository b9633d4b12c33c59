"""A complete, valid Article built by hand, for render tests (and anyone else's).

`make_article(**changes)` returns the IWM article for Friday 2026-11-20 with
every part ARTICLE.md lists; pass field names to replace parts of it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from pipeline.contracts import (
    Article,
    Bias,
    CrossMarketRow,
    DataCitation,
    FinalCallRow,
    Finding,
    IndicatorRow,
    InstrumentKind,
    InstrumentRef,
    LevelRow,
    RiskLabel,
    Severity,
    Source,
    TradeSetup,
)

NEW_YORK = ZoneInfo("America/New_York")
SESSION = date(2026, 11, 20)
CLOSE = datetime(2026, 11, 20, 16, 0, tzinfo=NEW_YORK)


def make_article(**changes: Any) -> Article:
    fields: dict[str, Any] = {
        "headline": "Small Caps Stall Under the Range Top as Rate Bets Cool",
        "dek": "IWM closed at $262.22, still boxed between $255.00 and $265.00 "
               "while large caps drifted higher.",
        "instrument": InstrumentRef(symbol="IWM", name="iShares Russell 2000 ETF",
                                    kind=InstrumentKind.ETF, index_symbol="^RUT",
                                    index_name="Russell 2000"),
        "session": SESSION,
        "as_of": CLOSE,
        "bias": Bias.NEUTRAL,
        "pulse": 48,
        "sentiment_score": 42,
        "sentiment_label": "Moderate",
        "risk": RiskLabel.MEDIUM,
        "threat_level": 3,
        "tags": ["russell-2000", "iwm", "small-caps", "range-trading"],
        "byline": "newsdesk template writer",
        "desk": "newsdesk Markets Desk",
        "ai_label": "Machine-written from computed market data; pending editorial review.",
        "analysis": [
            "IWM rose 0.72% to $262.22 on Friday, a quiet gain that left the fund inside "
            "the band it has held for 19 sessions [1].",
            "The Nasdaq 100 fund added 1.10%, so small caps trailed by 0.38 pp; rate-cut "
            "odds for December slipped after firmer factory data [2].",
            "Price sits 1.27% above the 50-day average at $258.94 and 6.12% above the "
            "200-day at $247.10, the golden-cross state that has held since August.",
            "RSI(14) reads 54.6 and the MACD line is 0.42 above its signal: momentum "
            "is positive but faint.",
        ],
        "key_levels": [
            LevelRow(kind="Resistance", low=270.0, note="September swing high"),
            LevelRow(kind="Resistance", low=265.0, high=266.5,
                     note="Top of the 19-session range"),
            LevelRow(kind="Current", low=262.22, note="Friday's close", is_current=True),
            LevelRow(kind="Max pain", low=260.0, note="December 18 options expiry"),
            LevelRow(kind="Moving average", low=258.94, note="50-day average"),
            LevelRow(kind="Support", low=255.0, note="Range floor, tested four times"),
        ],
        "indicators": [
            IndicatorRow(name="Price", value="$262.22", reading="+0.72% on the day"),
            IndicatorRow(name="50-day MA", value="$258.94", reading="Price 1.27% above"),
            IndicatorRow(name="200-day MA", value="$247.10", reading="Price 6.12% above"),
            IndicatorRow(name="RSI(14)", value="54.6", reading="Neutral, drifting up"),
            IndicatorRow(name="MACD", value="0.42", reading="Above its signal line"),
        ],
        "bull_case": [
            "A close above $265.00 on rising volume opens $270.00.",
            "Holding the 50-day at $258.94 keeps the uptrend from August intact.",
        ],
        "bear_case": [
            "A close below $255.00 breaks the range and targets $247.10.",
            "Another soft session against large caps extends the laggard streak [2].",
        ],
        "setups": [
            TradeSetup(direction="long", trigger="a close above the range top",
                       entry=265.5, stop=262.0, target=272.5, reward_risk=2.0),
            TradeSetup(direction="short", trigger="a close below the range floor",
                       entry=254.5, stop=258.0, target=247.5, reward_risk=2.0),
        ],
        "cross_market": "Large caps led: SPY gained 0.35% while the VIX eased 3.10% to "
                        "16.82, and the Russell 2000 index closed at 2,036.40 [1].",
        "cross_market_table": [
            CrossMarketRow(symbol="SPY", name="SPDR S&P 500 ETF", close=681.45,
                           change_1d_pct=0.35, kind=InstrumentKind.ETF),
            CrossMarketRow(symbol="^RUT", name="Russell 2000", close=2036.4,
                           change_1d_pct=0.72, kind=InstrumentKind.INDEX),
            CrossMarketRow(symbol="^VIX", name="CBOE Volatility Index", close=16.82,
                           change_1d_pct=-3.1, kind=InstrumentKind.VOLATILITY),
        ],
        "final_call": [
            FinalCallRow(horizon="Short-term", bias=Bias.NEUTRAL,
                         reasoning="Inside the $255.00-$265.00 range; wait for a close outside."),
            FinalCallRow(horizon="Medium-term", bias=Bias.BULLISH,
                         reasoning="Golden-cross state and price above both averages."),
            FinalCallRow(horizon="Long-term", bias=Bias.NEUTRAL,
                         reasoning="Still 4.80% under the 52-week high."),
        ],
        "take": "The level that matters is $265.00: a close above it ends the stalemate; "
                "until then the range rules.",
        "chart": "charts/iwm-2026-11-20.png",
        "sources": [
            Source(number=1, item_id="harbor-1", title="Small caps edge up as traders eye the Fed",
                   publisher="Harbor Street Wire", published=date(2026, 11, 20),
                   url="https://wire.harborstreet.example/markets/small-caps-edge-up",
                   snippet="The Russell 2000 ended the week little changed, extending a "
                           "month-long stretch inside a narrow band."),
            Source(number=2, item_id="ledger-7", title="Factory data trims December cut bets",
                   publisher="Ledger Markets Daily", published=date(2026, 11, 19),
                   url="https://ledgerdaily.example/us-stocks/factory-data-cut-bets",
                   snippet="Futures now price a smaller chance of a December cut after "
                           "manufacturing orders beat forecasts."),
        ],
        "data_sources": [
            DataCitation(provider="csv fixtures", symbols=["IWM", "^RUT", "SPY", "^VIX"],
                         as_of=CLOSE),
        ],
        "disclaimer": "For information only; not investment advice. Trading involves risk "
                      "of loss, including loss of capital.",
    }
    fields.update(changes)
    return Article(**fields)


def make_bare_article(**changes: Any) -> Article:
    """The article with every optional part unset."""
    bare: dict[str, Any] = {"sentiment_score": None, "sentiment_label": None, "chart": None,
                            "setups": [], "cross_market_table": [], "tags": []}
    bare.update(changes)
    return make_article(**bare)


def make_findings() -> list[Finding]:
    return [
        Finding(code="level-wrong-side", severity=Severity.WARNING,
                message="Support printed above the close.", section="key_levels",
                span="$270.00", expected="below $262.22", source="snapshot.close"),
        Finding(code="number-unsourced", severity=Severity.ERROR,
                message="A number in prose matches no fact.", section="analysis",
                span="0.38 pp"),
    ]
