"""Pulse, bias, threat level, risk label and news sentiment: documented functions of data.

Pulse (0-100) is the sum of seven components, each a clipped linear map of one
snapshot reading onto its share of the 100 points. A reading the snapshot could
not compute scores the middle of its share and says so in the component note,
so a short history pulls the Pulse toward 50 openly rather than silently.

| component        | reading                        | maps          | points |
|------------------|--------------------------------|---------------|--------|
| trend_200        | close vs 200-day, %            | -10 .. +10    | 20     |
| trend_50         | close vs 50-day, %             | -5 .. +5      | 15     |
| momentum_rsi     | RSI(14)                        | 30 .. 70      | 20     |
| momentum_macd    | MACD histogram / ATR(14)       | -0.5 .. +0.5  | 10     |
| relative_1m      | 21-session spread vs benchmark | -5 .. +5 pp   | 15     |
| day_move         | 1-day % / ATR %                | -1 .. +1      | 10     |
| range_position   | close within the 52-week range | 0 .. 1        | 10     |

(With less than a year of history the range and the high are those of the
sessions held, and the component notes say "N-session".)

Bias (the short-term call): Bullish at Pulse >= 60, Bearish at <= 40, Neutral between.
Medium-term call (`medium_term_view`): Bullish above the 50-day average with MACD over its
signal, Bearish below it with MACD under its signal, else Neutral. Long-term call
(`long_term_view`): Bullish above the 200-day average in the golden-cross state, Bearish below
it in the death-cross state, else Neutral. Writers print these; the scorecard grades them.

Threat level (1-5) is 1 plus the count of warning signs (capped at 4), each a
threat component with the reading it was judged on:

| sign          | reading                                   | raised when                      |
|---------------|-------------------------------------------|----------------------------------|
| vix_elevated  | VIX close                                 | above 20                         |
| vix_stressed  | VIX close                                 | above 28 (counts on top of 20)   |
| vix_jump      | VIX 1-day change, %                       | up 20% or more on the session    |
| outsized_move | 1-day move in ATRs of the prior session   | 2 ATRs or more, either way       |
| gap_outsized  | open vs previous close, in ATR(14)s       | beyond 1 ATR, either way, unless |
|               |                                           | outsized_move already counts     |
| event_near    | sessions to the nearest scheduled event   | 5 or fewer                       |
| tight_range   | range width, %                            | a tight range (compressed        |
|               |                                           | volatility before a break)       |
| drawdown      | close vs the 52-week high, %              | more than 10% below              |
| rsi_extreme   | RSI(14)                                   | beyond 75 or below 25            |

The VIX jump, the outsized move and the outsized gap are the session's own stress; the
standing signs are as they were (a VIX at 40 that eases is still elevated). There is no level
sign: a close near a decision level (a range edge, the 52-week closing high or low) was followed
by fewer 3% drops than other sessions (in-sample 14.9% vs 17.8%, within a quarter ATR and moving
toward it 14.1% against 16.3% overall), so it counted calm as risk. Without it the levels order
forward risk in-sample (3% drops after 6.4/10.3/23.7/31.0/35.4% of sessions at threat 1-5,
before 7.5/8.6/13.6/27.7/33.1%): docs/threat.md, `bench/threat_realdata.py`.

Risk: High when threat >= 4 or ATR >= 3% of price; Low when threat <= 2 and
ATR < 1.5%; Medium otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .contracts import (
    Bias,
    CrossKind,
    Momentum,
    NewsItem,
    RelatedRole,
    RiskLabel,
    ScoreComponent,
    Scores,
    SentimentPart,
    Snapshot,
    Trend,
)
from .contracts.snapshot import SESSIONS_52W
from .sentiment import tone_of

STORY_MAX = 120
STORY_POINTS = 4
BULLISH_AT = 60
BEARISH_AT = 40


def score_snapshot(snapshot: Snapshot, news: Sequence[NewsItem] = ()) -> Scores:
    pulse_parts = pulse_components(snapshot)
    pulse = round(sum(part.points for part in pulse_parts))
    bias, bias_reason = bias_for(pulse)
    threat_parts = threat_components(snapshot)
    threat = threat_level_of(threat_parts)
    risk, risk_reason = risk_for(threat, snapshot.volatility.atr_pct)
    sentiment = news_sentiment(news)
    parts = sentiment_parts(news) if sentiment else []
    return Scores(
        pulse=pulse,
        pulse_components=pulse_parts,
        bias=bias,
        bias_reason=bias_reason,
        threat_level=threat,
        threat_components=threat_parts,
        risk=risk,
        risk_reason=risk_reason,
        sentiment_score=sentiment[0] if sentiment else None,
        sentiment_label=sentiment[1] if sentiment else None,
        sentiment_parts=parts,
    )


def _scaled(name: str, value: float | None, low: float, high: float, max_points: float,
            note: str) -> ScoreComponent:
    """Clip `value` to [low, high] and map it linearly onto 0..max_points."""
    if value is None:
        return ScoreComponent(name=name, value=None, points=max_points / 2,
                              max_points=max_points, note=f"{note}: insufficient data, neutral")
    share = (min(max(value, low), high) - low) / (high - low)
    return ScoreComponent(name=name, value=round(value, 4), points=round(share * max_points, 4),
                          max_points=max_points, note=note)


@dataclass(frozen=True)
class PulseReadings:
    """The snapshot readings the Pulse is made of (`PulseReadings.of`); the backfill fills them
    from indicator series computed once per instrument (pipeline/scorecard/backfill.py)."""

    pct_vs_sma_200: float | None
    pct_vs_sma_50: float | None
    rsi_14: float | None
    macd_hist: float | None
    atr_14: float | None
    atr_pct: float | None
    change_1d_pct: float
    spread_1m_pp: float | None
    close: float
    high_52w: float
    low_52w: float
    window: str = "52-week"

    @classmethod
    def of(cls, s: Snapshot) -> PulseReadings:
        return cls(pct_vs_sma_200=s.trend.pct_vs_sma_200, pct_vs_sma_50=s.trend.pct_vs_sma_50,
                   rsi_14=s.momentum.rsi_14, macd_hist=s.momentum.macd_hist,
                   atr_14=s.volatility.atr_14, atr_pct=s.volatility.atr_pct,
                   change_1d_pct=s.returns.change_1d_pct,
                   spread_1m_pp=s.relative.spread_1m_pp if s.relative else None, close=s.close,
                   high_52w=s.extremes.high_52w, low_52w=s.extremes.low_52w, window=_window(s))


def pulse_components(s: Snapshot) -> list[ScoreComponent]:
    return components_of(PulseReadings.of(s))


def pulse_of(readings: PulseReadings) -> int:
    """The Pulse (0-100) made of these readings, as `score_snapshot` computes it."""
    return round(sum(part.points for part in components_of(readings)))


def components_of(r: PulseReadings) -> list[ScoreComponent]:
    atr = r.atr_14
    macd_vs_atr = r.macd_hist / atr if r.macd_hist is not None and atr else None
    day_vs_atr = r.change_1d_pct / r.atr_pct if r.atr_pct else None
    span = r.high_52w - r.low_52w
    position = (r.close - r.low_52w) / span if span > 0 else None
    return [
        _scaled("trend_200", r.pct_vs_sma_200, -10, 10, 20, "close vs 200-day average, %"),
        _scaled("trend_50", r.pct_vs_sma_50, -5, 5, 15, "close vs 50-day average, %"),
        _scaled("momentum_rsi", r.rsi_14, 30, 70, 20, "RSI(14)"),
        _scaled("momentum_macd", macd_vs_atr, -0.5, 0.5, 10, "MACD histogram in ATRs"),
        _scaled("relative_1m", r.spread_1m_pp, -5, 5, 15, "21-session spread vs benchmark, pp"),
        _scaled("day_move", day_vs_atr, -1, 1, 10, "1-day move in ATRs"),
        _scaled("range_position", position, 0, 1, 10, f"position in the {r.window} range"),
    ]


def _window(s: Snapshot) -> str:
    """'52-week', or 'N-session' when less than a year of history is held."""
    return window_words(s.bars_used)


def window_words(bars_used: int) -> str:
    """'52-week' with a full year of sessions held, else 'N-session'."""
    return "52-week" if bars_used >= SESSIONS_52W else f"{bars_used}-session"


def bias_for(pulse: int) -> tuple[Bias, str]:
    if pulse >= BULLISH_AT:
        return Bias.BULLISH, f"Pulse {pulse} is at or above {BULLISH_AT}"
    if pulse <= BEARISH_AT:
        return Bias.BEARISH, f"Pulse {pulse} is at or below {BEARISH_AT}"
    return Bias.NEUTRAL, f"Pulse {pulse} is inside the neutral band {BEARISH_AT + 1}-{BULLISH_AT - 1}"


def medium_term_view(momentum: Momentum, trend: Trend, close: float) -> tuple[Bias, str]:
    """The medium-term call: the close against the 50-day average, and MACD against its signal."""
    m, t = momentum, trend
    if m.macd is None or m.macd_signal is None or t.sma_50 is None:
        return Bias.NEUTRAL, "Not enough history for the 50-day average and MACD"
    above_avg, rising = close > t.sma_50, m.macd > m.macd_signal
    if above_avg and rising:
        return Bias.BULLISH, "Above the 50-day with MACD over its signal"
    if not above_avg and not rising:
        return Bias.BEARISH, "Below the 50-day with MACD under its signal"
    return Bias.NEUTRAL, "The 50-day and MACD disagree"


def long_term_view(trend: Trend, close: float) -> tuple[Bias, str]:
    """The long-term call: the close against the 200-day average, and the cross state."""
    t = trend
    if t.sma_200 is None or t.cross is None:
        return Bias.NEUTRAL, "Not enough history for the 200-day average"
    golden = t.cross.state == CrossKind.GOLDEN
    if close > t.sma_200 and golden:
        return Bias.BULLISH, "Above the 200-day in the golden-cross state"
    if close < t.sma_200 and not golden:
        return Bias.BEARISH, "Below the 200-day in the death-cross state"
    return Bias.NEUTRAL, "Price and the moving-average cross point different ways"


def _flag(name: str, value: float | None, raised: bool, note: str, points: float = 1) -> ScoreComponent:
    return ScoreComponent(name=name, value=value, points=points if raised else 0,
                          max_points=points, note=note)


def threat_level_of(parts: Sequence[ScoreComponent]) -> int:
    """1 plus the warning signs raised, capped at 5."""
    return 1 + min(4, round(sum(part.points for part in parts)))


VIX_JUMP_PCT = 20.0
"""A one-day VIX rise of this many percent or more is a warning sign (vix_jump)."""
OUTSIZED_MOVE_ATR = 2.0
"""A one-day move of this many ATRs or more, either way, is a warning sign (outsized_move)."""
OUTSIZED_GAP_ATR = 1.0
"""An opening gap beyond this many ATRs, either way, is a warning sign (gap_outsized)."""


def threat_components(s: Snapshot) -> list[ScoreComponent]:
    vix_move = next((m for m in s.related_by_role(RelatedRole.GAUGE) if m.kind == "volatility"), None)
    vix = vix_move.close if vix_move else None
    nearest_event = min((e.sessions_until for e in s.events), default=None)
    rsi = s.momentum.rsi_14
    return [
        _flag("vix_elevated", vix, vix is not None and vix > 20, "VIX above 20"),
        _flag("vix_stressed", vix, vix is not None and vix > 28, "VIX above 28"),
        *day_stress_components(vix_move.change_1d_pct if vix_move else None,
                               s.tape.move_atr if s.tape else None, gap_in_atrs(s)),
        _flag("event_near", nearest_event, nearest_event is not None and nearest_event <= 5,
              "scheduled event within 5 sessions"),
        _flag("tight_range", s.range.width_pct if s.range else None,
              bool(s.range and s.range.is_tight), "tight range: compressed volatility"),
        _flag("drawdown", s.extremes.pct_from_52w_high, s.extremes.pct_from_52w_high < -10,
              f"more than 10% below the {_window(s)} high"),
        _flag("rsi_extreme", rsi, rsi is not None and (rsi > 75 or rsi < 25),
              "RSI beyond 75 or below 25"),
    ]


def gap_in_atrs(s: Snapshot) -> float | None:
    """The opening gap (open minus the previous close) in ATR(14)s, signed; None without an ATR."""
    atr = s.volatility.atr_14
    return (s.open - s.prev_close) / atr if atr else None


def day_stress_components(vix_change_pct: float | None, move_atr: float | None,
                          gap_atr: float | None) -> list[ScoreComponent]:
    """The session's own stress signs: a VIX jump, an outsized move, an outsized gap.

    A gap beyond one ATR counts only when the move itself is not already outsized, so a
    crash that gaps and keeps falling is one sign, not two."""
    big_move = move_atr is not None and abs(move_atr) >= OUTSIZED_MOVE_ATR
    big_gap = gap_atr is not None and abs(gap_atr) > OUTSIZED_GAP_ATR
    return [
        _flag("vix_jump", _rounded(vix_change_pct),
              vix_change_pct is not None and vix_change_pct >= VIX_JUMP_PCT,
              f"VIX up {VIX_JUMP_PCT:g}% or more on the session"),
        _flag("outsized_move", _rounded(move_atr), big_move,
              f"1-day move of {OUTSIZED_MOVE_ATR:g} ATRs or more, either way"),
        _flag("gap_outsized", _rounded(gap_atr), big_gap and not big_move,
              f"opening gap beyond {OUTSIZED_GAP_ATR:g} ATR, either way (counted once with "
              "an outsized move)"),
    ]


def _rounded(value: float | None) -> float | None:
    return round(value, 4) if value is not None else None


def risk_for(threat: int, atr_pct: float | None) -> tuple[RiskLabel, str]:
    atr_text = f"ATR {atr_pct:.2f}% of price" if atr_pct is not None else "ATR unknown"
    if threat >= 4 or (atr_pct is not None and atr_pct >= 3):
        return RiskLabel.HIGH, f"threat level {threat}, {atr_text}"
    if threat <= 2 and atr_pct is not None and atr_pct < 1.5:
        return RiskLabel.LOW, f"threat level {threat}, {atr_text}"
    return RiskLabel.MEDIUM, f"threat level {threat}, {atr_text}"


def news_sentiment(news: Sequence[NewsItem]) -> tuple[int, str] | None:
    """Tone of the stories' headlines and summaries for stocks, 0 (bad) to 100 (good), or None
    when fewer than two stories are available: 50 + 50 * (good - bad) / (good + bad + 4), where
    good and bad add up the points of the parts `sentiment_parts` lists (pipeline/sentiment.py
    reads them), each story counting at most STORY_POINTS each way (a wrap that lists ten index
    moves is one story, not ten)."""
    if len(news) < 2:
        return None
    good = bad = 0
    for story_parts in _by_story(sentiment_parts(news)):
        good += min(STORY_POINTS, sum(p.points for p in story_parts if p.points > 0))
        bad += min(STORY_POINTS, -sum(p.points for p in story_parts if p.points < 0))
    score = round(50 + 50 * (good - bad) / (good + bad + 4))
    return score, sentiment_label(score)


def _by_story(parts: Sequence[SentimentPart]) -> list[list[SentimentPart]]:
    stories: dict[str, list[SentimentPart]] = {}
    for part in parts:
        stories.setdefault(part.story_id, []).append(part)
    return list(stories.values())


def sentiment_parts(news: Sequence[NewsItem]) -> list[SentimentPart]:
    """What the score counts in each story's headline and summary, story by story."""
    return [SentimentPart(words=part.words, points=part.points, why=part.why, story=item.title[:STORY_MAX],
                          story_id=item.item_id)
            for item in news for text in (item.title, item.summary) if text
            for part in tone_of(text).parts]


def sentiment_label(score: int) -> str:
    if score < 30:
        return "Negative"
    if score < 45:
        return "Cautious"
    if score <= 55:
        return "Moderate"
    if score <= 70:
        return "Positive"
    return "Upbeat"
