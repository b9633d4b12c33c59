"""Named facts: the only way a number from the snapshot reaches text.

`build_fact_sheet` flattens a Snapshot and its Scores into named facts
(`price`, `change_1d_pct`, `sma_50`, `divergence_vs_QQQ_pp`, ...), each with a
unit and a printed precision. Writers put `{name}` slots in their sentences and
`FactSheet.fill` prints the values; the verifier parses printed numbers back
and compares them at the same precision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from .contracts import InstrumentKind, Scores, Snapshot

Unit = Literal[
    "price", "pct", "pp", "bp", "rsi", "macd", "ratio", "count", "volume", "score", "date"
]

DECIMALS: dict[str, int] = {
    "price": 2, "pct": 2, "pp": 2, "bp": 0, "rsi": 1, "macd": 2, "ratio": 2, "count": 0,
    "volume": 1, "score": 0, "date": 0,
}


@dataclass(frozen=True)
class Fact:
    name: str
    value: float | date
    unit: Unit
    decimals: int
    kind: InstrumentKind | None = None  # for prices: which scale they are on
    source: str = ""  # where in the snapshot it came from

    def printed(self, style: str = "") -> str:
        return format_value(self.value, self.unit, self.decimals, self.kind, style)


class MissingFact(KeyError):
    """A slot named a fact the sheet does not hold."""


@dataclass
class FactSheet:
    symbol: str
    kind: InstrumentKind
    facts: dict[str, Fact] = field(default_factory=dict)
    article_dates: bool = False  # a plain date slot in the article's one style (article_date_style)

    def add(self, name: str, value: float | date | None, unit: Unit, *,
            kind: InstrumentKind | None = None, decimals: int | None = None,
            source: str = "") -> None:
        if value is None:
            return
        places = DECIMALS[unit] if decimals is None else decimals
        if unit == "price" and kind is None:
            kind = self.kind
        self.facts[name] = Fact(name, value, unit, places, kind, source or name)

    def has(self, *names: str) -> bool:
        return all(name in self.facts for name in names)

    def value(self, name: str) -> float:
        fact = self._get(name)
        if isinstance(fact.value, date):
            raise TypeError(f"fact {name} is a date")
        return float(fact.value)

    def fmt(self, name: str, style: str = "") -> str:
        fact = self._get(name)
        if self.article_dates and not style and isinstance(fact.value, date) and self.has("session"):
            style = article_date_style(fact.value, self.facts["session"].value)
        return fact.printed(style)

    def fill(self, text: str) -> str:
        """Replace every `{name}` or `{name:style}` slot; unknown names raise."""
        return _SLOT.sub(lambda m: self.fmt(m.group(1), m.group(2) or ""), text)

    def _get(self, name: str) -> Fact:
        try:
            return self.facts[name]
        except KeyError:
            raise MissingFact(f"{self.symbol}: no fact named {name!r}") from None


_SLOT = re.compile(r"\{([A-Za-z0-9_]+)(?::([a-z]+))?\}")

YEARLESS_DAYS = 183
"""A date of the session's year no more than this many days before the session prints without its
year ('Nov 12'); the verifier reads a yearless date as the session's year, or the next one when that
would put it more than half a year back (verify.numbers._date_of)."""


def article_date_style(when: date, session: date | float) -> str:
    """The one date style of an article, for a date slot with no style of its own: 'short' ('Nov 12',
    'Dec 9') for a date of the session's year from YEARLESS_DAYS before the session onwards, 'year'
    ('Dec 15, 2025', 'Mar 2, 2026' eight months back) otherwise. Before edvoice (stop 42) a plain
    slot always printed the year, so demo QQQ 2026-11-20 read 'Its record close of $629.76 (Nov 11,
    2026)' in the analysis and 'last tested Nov 12' in the levels table."""
    if not isinstance(session, date) or when.year != session.year \
            or (session - when).days > YEARLESS_DAYS:
        return "year"
    return "short"


def format_value(value: float | date, unit: Unit, decimals: int,
                 kind: InstrumentKind | None = None, style: str = "") -> str:
    """Print a value. Styles: '' plain, 'signed' (+/-), 'abs' (no sign); dates also 'long'
    (Friday, November 20, 2026), 'weekday' (Friday), 'dated' (Friday, Nov 20), 'short' (Nov 20) and
    'year' (Nov 20, 2026), which '' prints too (a writer's FactSheet picks 'short' or 'year' for '')."""
    if isinstance(value, date):
        return _format_date(value, style)
    number = abs(value) if style == "abs" else value
    sign = "+" if style == "signed" and number > 0 else ""
    if unit == "price":
        return sign + format_price(number, kind, decimals)
    if unit == "volume":
        return sign + _format_volume(number, decimals)
    text = f"{number:,.{decimals}f}"
    suffix = {"pct": "%", "pp": " pp", "bp": " bp"}.get(unit, "")
    return f"{sign}{text}{suffix}"


def format_price(value: float, kind: InstrumentKind | None, decimals: int = 2) -> str:
    """ETFs in dollars ($262.22); indexes and volatility gauges in points (2,036.40)."""
    text = f"{abs(value):,.{decimals}f}"
    minus = "-" if value < 0 else ""
    if kind == InstrumentKind.ETF:
        return f"{minus}${text}"
    return minus + text


def _format_volume(value: float, decimals: int) -> str:
    for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= size:
            return f"{value / size:,.{decimals}f}{suffix}"
    return f"{value:,.0f}"


def _format_date(value: date, style: str) -> str:
    if style == "long":
        return f"{value:%A}, {value:%B} {value.day}, {value.year}"
    if style == "weekday":
        return f"{value:%A}"
    if style == "dated":
        return f"{value:%A}, {value:%b} {value.day}"
    if style == "short":
        return f"{value:%b} {value.day}"
    return f"{value:%b} {value.day}, {value.year}"


MOVE_SINCE_SESSIONS = 20
"""A 1-day move with no move the same way as large in this many sessions before it is news ('QQQ's worst
day since Apr 10'): the fact `move_since_date` (tape.move_unmatched_since) is on the sheet from here."""


def fact_tag(symbol: str) -> str:
    """A symbol as it appears inside fact names: ^VIX -> VIX, BRK.B -> BRK_B."""
    return re.sub(r"[^A-Za-z0-9]", "_", symbol.lstrip("^"))


def build_fact_sheet(snapshot: Snapshot, scores: Scores | None = None, *,
                     article_dates: bool = False) -> FactSheet:
    """The snapshot's facts; `article_dates` for a writer's sheet, whose plain date slots print in the
    article's one date style (article_date_style). Other sheets (the verifier's, the eval kit's) print
    a plain date slot with its year, as before."""
    sheet = FactSheet(snapshot.symbol, snapshot.kind, article_dates=article_dates)
    _add_price_facts(sheet, snapshot)
    _add_trend_facts(sheet, snapshot)
    _add_extremes(sheet, snapshot)
    _add_relative_facts(sheet, snapshot)
    _add_structure_facts(sheet, snapshot)
    _add_event_facts(sheet, snapshot)
    _add_macro_facts(sheet, snapshot)
    _add_cross_market_facts(sheet, snapshot)
    _add_tape_facts(sheet, snapshot)
    _add_track_record(sheet, snapshot)
    if scores is not None:
        sheet.add("pulse", scores.pulse, "score", source="scores.pulse")
        sheet.add("threat_level", scores.threat_level, "score", source="scores.threat_level")
        sheet.add("sentiment_score", scores.sentiment_score, "score")
        for part in scores.pulse_components:
            sheet.add(f"pulse_{part.name}", part.points, "score",
                      source=f"scores.pulse_components[{part.name}]")
            sheet.add(f"pulse_{part.name}_max", part.max_points, "score",
                      source=f"scores.pulse_components[{part.name}].max_points")
    return sheet


def _add_track_record(sheet: FactSheet, s: Snapshot) -> None:
    """The desk's graded calls before the session (`Snapshot.track_record`, when configured)."""
    record = s.track_record
    if record is None:
        return
    sheet.add("track_record_sessions", record.sessions, "count", source="track_record.sessions")
    sheet.add("track_record_right", record.right, "count", source="track_record.right")
    sheet.add("track_record_decided", record.decided, "count",
              source="track_record.right + track_record.wrong")
    sheet.add("track_record_flat", record.flat, "count", source="track_record.flat")


def _add_price_facts(sheet: FactSheet, s: Snapshot) -> None:
    sheet.add("session", s.session, "date", source="snapshot.session")
    for name in ("close", "open", "high", "low", "prev_close"):
        sheet.add(name, getattr(s, name), "price", source=f"snapshot.{name}")
    sheet.add("price", s.close, "price", source="snapshot.close")
    sheet.add("change_1d", s.returns.change_1d, "price", source="returns.change_1d")
    for name in ("change_1d_pct", "change_5d_pct", "change_1m_pct", "change_ytd_pct"):
        sheet.add(name, getattr(s.returns, name), "pct", source=f"returns.{name}")
    sheet.add("volume", s.volume.volume, "volume", source="volume.volume")
    sheet.add("avg_volume_20", s.volume.avg_volume_20, "volume", source="volume.avg_volume_20")
    sheet.add("volume_ratio", s.volume.volume_ratio, "ratio", decimals=1,
              source="volume.volume_ratio")


def _add_trend_facts(sheet: FactSheet, s: Snapshot) -> None:
    for name in ("sma_20", "sma_50", "sma_200", "ema_20"):
        sheet.add(name, getattr(s.trend, name), "price", source=f"trend.{name}")
    sheet.add("pct_vs_sma_50", s.trend.pct_vs_sma_50, "pct", source="trend.pct_vs_sma_50")
    sheet.add("pct_vs_sma_200", s.trend.pct_vs_sma_200, "pct", source="trend.pct_vs_sma_200")
    if s.trend.cross is not None:
        sheet.add("cross_since", s.trend.cross.since, "date", source="trend.cross.since")
        sheet.add("cross_sessions_since", s.trend.cross.sessions_since, "count",
                  source="trend.cross.sessions_since")
    sheet.add("rsi_14", s.momentum.rsi_14, "rsi", source="momentum.rsi_14")
    for name in ("macd", "macd_signal", "macd_hist"):
        sheet.add(name, getattr(s.momentum, name), "macd", source=f"momentum.{name}")
    sheet.add("atr_14", s.volatility.atr_14, "price", source="volatility.atr_14")
    sheet.add("atr_pct", s.volatility.atr_pct, "pct", source="volatility.atr_pct")
    for name in ("bb_upper", "bb_middle", "bb_lower"):
        sheet.add(name, getattr(s.volatility, name), "price", source=f"volatility.{name}")
    sheet.add("bb_width_pct", s.volatility.bb_width_pct, "pct", source="volatility.bb_width_pct")


def _add_extremes(sheet: FactSheet, s: Snapshot) -> None:
    """52-week facts with a full year of history; otherwise `*_window` facts and `window_sessions`,
    so no slot can call a shorter window "52-week" or its high "all-time"."""
    e = s.extremes
    if not s.has_full_year:
        _add_window_extremes(sheet, s)
        return
    sheet.add("high_52w", e.high_52w, "price", source="extremes.high_52w")
    sheet.add("high_52w_date", e.high_52w_date, "date", source="extremes.high_52w_date")
    sheet.add("low_52w", e.low_52w, "price", source="extremes.low_52w")
    sheet.add("low_52w_date", e.low_52w_date, "date", source="extremes.low_52w_date")
    sheet.add("pct_from_52w_high", e.pct_from_52w_high, "pct", source="extremes.pct_from_52w_high")
    sheet.add("pct_from_52w_low", e.pct_from_52w_low, "pct", source="extremes.pct_from_52w_low")
    sheet.add("all_time_high", e.all_time_high, "price", source="extremes.all_time_high")
    sheet.add("all_time_high_date", e.all_time_high_date, "date",
              source="extremes.all_time_high_date")
    sheet.add("pct_from_ath", e.pct_from_ath, "pct", source="extremes.pct_from_ath")


def _add_window_extremes(sheet: FactSheet, s: Snapshot) -> None:
    """The high and low of the `window_sessions` sessions held (fewer than a year)."""
    e = s.extremes
    sheet.add("window_sessions", s.extremes_window, "count", source="snapshot.bars_used")
    sheet.add("high_window", e.high_52w, "price", source="extremes.high_52w")
    sheet.add("high_window_date", e.high_52w_date, "date", source="extremes.high_52w_date")
    sheet.add("low_window", e.low_52w, "price", source="extremes.low_52w")
    sheet.add("low_window_date", e.low_52w_date, "date", source="extremes.low_52w_date")
    sheet.add("pct_from_window_high", e.pct_from_52w_high, "pct", source="extremes.pct_from_52w_high")
    sheet.add("pct_from_window_low", e.pct_from_52w_low, "pct", source="extremes.pct_from_52w_low")


def _add_relative_facts(sheet: FactSheet, s: Snapshot) -> None:
    for move in s.related:
        tag = fact_tag(move.symbol)
        src = f"related[{move.symbol}]"
        sheet.add(f"{tag}_close", move.close, "price", kind=move.kind, source=f"{src}.close")
        sheet.add(f"{tag}_change_1d_pct", move.change_1d_pct, "pct", source=f"{src}.change_1d_pct")
        sheet.add(f"divergence_vs_{tag}_pp", move.divergence_pp, "pp",
                  source=f"{src}.divergence_pp")
    rel = s.relative
    if rel is None:
        return
    tag = fact_tag(rel.benchmark)
    sheet.add(f"spread_vs_{tag}_1d_pp", rel.spread_1d_pp, "pp", source="relative.spread_1d_pp")
    sheet.add(f"spread_vs_{tag}_1m_pp", rel.spread_1m_pp, "pp", source="relative.spread_1m_pp")
    sheet.add("streak_sessions", rel.streak_sessions, "count", source="relative.streak_sessions")
    sheet.add("streak_avg_margin_bp", rel.streak_avg_margin_bp, "bp",
              source="relative.streak_avg_margin_bp")


def _add_structure_facts(sheet: FactSheet, s: Snapshot) -> None:
    if s.range is not None:
        sheet.add("range_lower", s.range.lower, "price", source="range.lower")
        sheet.add("range_upper", s.range.upper, "price", source="range.upper")
        sheet.add("range_sessions", s.range.sessions, "count", source="range.sessions")
        sheet.add("range_width_pct", s.range.width_pct, "pct", source="range.width_pct")
    for number, level in enumerate(s.levels, start=1):
        places = 0 if level.source == "round" else None
        sheet.add(f"level_{number}", level.price, "price", decimals=places,
                  source=f"levels[{number - 1}].price")
        sheet.add(f"level_{number}_low", level.zone_low, "price", source=f"levels[{number - 1}]")
        sheet.add(f"level_{number}_high", level.zone_high, "price", source=f"levels[{number - 1}]")
        sheet.add(f"level_{number}_distance_pct", level.distance_pct, "pct",
                  source=f"levels[{number - 1}].distance_pct")
        sheet.add(f"level_{number}_touches", level.touches, "count",
                  source=f"levels[{number - 1}].touches")
        sheet.add(f"level_{number}_tested", level.last_tested, "date",
                  source=f"levels[{number - 1}].last_tested")
        sheet.add(f"level_{number}_crossed", level.crossed, "date", source=f"levels[{number - 1}].crossed")
    if s.options is not None:
        o = s.options
        sheet.add("max_pain", o.max_pain, "price", source="options.max_pain")
        sheet.add("options_expiry", o.expiry, "date", source="options.expiry")
        sheet.add("put_call_oi_ratio", o.put_call_oi_ratio, "ratio", source="options.put_call")
        sheet.add("call_wall", o.call_wall, "price", source="options.call_wall")
        sheet.add("put_wall", o.put_wall, "price", source="options.put_wall")
    for setup in s.setups:
        prefix = f"setup_{setup.direction}"
        for part in ("entry", "stop", "target"):
            sheet.add(f"{prefix}_{part}", getattr(setup, part), "price",
                      source=f"setups[{setup.direction}].{part}")
        sheet.add(f"{prefix}_reward_risk", setup.reward_risk, "ratio", decimals=1,
                  source=f"setups[{setup.direction}].reward_risk")
    for setup in s.pending_setups:
        prefix = f"pending_{setup.direction}"
        for part in ("entry", "stop", "target"):
            sheet.add(f"{prefix}_{part}", getattr(setup, part), "price",
                      source=f"pending_setups[{setup.direction}].{part}")


def _add_event_facts(sheet: FactSheet, s: Snapshot) -> None:
    for number, event in enumerate(s.events, start=1):
        sheet.add(f"event_{number}_date", event.date, "date", source=f"events[{number - 1}].date")
        sheet.add(f"event_{number}_sessions_until", event.sessions_until, "count",
                  source=f"events[{number - 1}].sessions_until")


def _add_macro_facts(sheet: FactSheet, s: Snapshot) -> None:
    """`macro_vix`, `macro_ten_year_yield` (in %, its change in bp), `macro_dollar_index`; a gauge
    in points also has its change in points (`_change`) and in percent (`_change_pct`)."""
    for gauge in s.macro:
        name, src = f"macro_{gauge.key}", f"macro[{gauge.key}]"
        if gauge.unit == "percent":
            sheet.add(name, gauge.value, "pct", source=f"{src}.value")
            change_bp = None if gauge.change_1d is None else gauge.change_1d * 100
            sheet.add(f"{name}_change_bp", change_bp, "bp", source=f"{src}.change_1d")
            continue
        kind = InstrumentKind.VOLATILITY if gauge.key == "vix" else InstrumentKind.INDEX
        sheet.add(name, gauge.value, "price", kind=kind, source=f"{src}.value")
        sheet.add(f"{name}_change", gauge.change_1d, "price", kind=kind, source=f"{src}.change_1d")
        previous = None if gauge.change_1d is None else gauge.value - gauge.change_1d
        change_pct = gauge.change_1d / previous * 100 if gauge.change_1d is not None and previous else None
        sheet.add(f"{name}_change_pct", change_pct, "pct", source=f"{src}.change_1d")


CROSS_MARKET_DECIMALS = {"eur_usd": 4, "bitcoin": 0}
"""Printed places of a cross-market level other than 2 (EUR/USD 1.1542, bitcoin 91,250)."""


def _add_cross_market_facts(sheet: FactSheet, s: Snapshot) -> None:
    """`xmkt_<key>` (its close, printed without a currency sign), `xmkt_<key>_change_pct` and
    `xmkt_<key>_session` (its own session's date) for each market outside the US session."""
    for market in s.cross_markets:
        name, src = f"xmkt_{market.key}", f"cross_markets[{market.key}]"
        sheet.add(name, market.value, "price", kind=InstrumentKind.INDEX,
                  decimals=CROSS_MARKET_DECIMALS.get(market.key, 2), source=f"{src}.value")
        sheet.add(f"{name}_change_pct", market.change_pct, "pct", source=f"{src}.change_pct")
        sheet.add(f"{name}_session", market.session, "date", source=f"{src}.session")


def _add_tape_facts(sheet: FactSheet, s: Snapshot) -> None:
    """The session's gap, move in ATRs, close streak, intraday extremes and the range it left."""
    t = s.tape
    if t is None:
        return
    sheet.add("gap_pct", t.gap_pct, "pct", source="tape.gap_pct")
    sheet.add("move_atr", abs(t.move_atr) if t.move_atr is not None else None, "ratio", decimals=1,
              source="tape.move_atr")
    sheet.add("return_z", t.return_z, "ratio", decimals=1, source="tape.return_z")
    sheet.add("close_streak_sessions", t.streak_sessions, "count", source="tape.streak_sessions")
    sheet.add("close_streak_change_pct", t.streak_change_pct, "pct", source="tape.streak_change_pct")
    if t.move_unmatched_sessions >= MOVE_SINCE_SESSIONS:  # 'the worst day since <date>'
        sheet.add("move_since_date", t.move_unmatched_since, "date", source="tape.move_unmatched_since")
    window = "52w" if s.has_full_year else "window"
    sheet.add(f"high_{window}_intraday", t.high_intraday, "price", source="tape.high_intraday")
    sheet.add(f"high_{window}_intraday_date", t.high_intraday_date, "date",
              source="tape.high_intraday_date")
    sheet.add(f"low_{window}_intraday", t.low_intraday, "price", source="tape.low_intraday")
    sheet.add(f"low_{window}_intraday_date", t.low_intraday_date, "date",
              source="tape.low_intraday_date")
    sheet.add("prior_high_20", t.prior_high_20, "price", source="tape.prior_high_20")
    sheet.add("prior_low_20", t.prior_low_20, "price", source="tape.prior_low_20")
    if t.prior_range is not None:
        sheet.add("prior_range_lower", t.prior_range.lower, "price", source="tape.prior_range.lower")
        sheet.add("prior_range_upper", t.prior_range.upper, "price", source="tape.prior_range.upper")
        sheet.add("prior_range_sessions", t.prior_range.sessions, "count",
                  source="tape.prior_range.sessions")
