"""Newsworthy angles of one session: what an editor would lead with, scored and ranked.

`rank_angles` reads a Snapshot (and the session's news) and returns candidate
angles, best first. Scores are on one scale so kinds compete: about 1 for a
tight range still holding (the story only when nothing bigger happened), 1.5-2.5
for a move of two ATRs, a five-day streak or twice the normal volume, about 3
for a record close or a range break. Pure: no I/O, no text beyond short plain
summaries (no numbers; the writers print numbers only through fact slots).

| kind        | when                                              | score                        |
|-------------|---------------------------------------------------|------------------------------|
| record      | new all-time closing high, full year held          | 3.6 (above any range break)  |
| low         | new 52-week closing low (window low: shorter)      | 3.0 (1.8)                    |
| breakout    | close outside the tight range held to yesterday    | 2.8 + up to 0.5              |
|             | (no tight range: beyond the 20 prior closes)       | 1.2 + ATRs beyond (max 2.5)  |
| high        | new 52-week closing high (window high: shorter)    | 2.6 (1.6)                    |
| move        | |move| >= 1 ATR or |z| >= 1.25                      | max(|ATRs|, 0.8 |z|)         |
|             | (a 1 ATR+ down day on a VIX jump of 20%+)          | + VIX change / 40            |
| cross       | golden/death cross in 5 sessions; 50-day crossed   | 2.6 - 0.2 per session; 1.5   |
|             | today by 0.5 ATR+ (x 0.35 inside a tight range)    |                              |
| streak      | 4+ closes the same way                             | 0.45 n - 0.3 (max 3.5)       |
| vix         | VIX up 15%+ (down 15%+)                            | change / 20 (x 0.6)          |
| near_record | up day within 1% of the record close               | 1.0 + (1 - % below)          |
| relative    | 4+ sessions beating/lagging the benchmark          | 0.35 n - 0.2                 |
| gap         | open >= 0.6 ATR from the previous close            | 1.3 x gap in ATRs (x 0.6 filled) |
| divergence  | a peer 0.75 pp and 0.6 ATR apart                   | 1.2 x gap in ATRs (x 0.6 when|
|             |                                                    | the own move is 1 ATR+)      |
| volume      | volume 1.5x the 20-day average                     | 1.5 x (ratio - 1)            |
| event       | scheduled event within 3 sessions (FOMC +0.2)      | 1.2 + 0.2 a session closer   |
| news        | one theme in 3+ and half the stories               | 1.1                          |
| range       | tight range holding, day move under 1%             | 1.0                          |
| drift       | always (nothing notable)                           | 0.5                          |
| driver      | the news gives the day's driver (the analysis      | just above the weak top      |
|             | opens with it) and the top angle is weak (volume,  | angle (`with_driver`)        |
|             | drift, event, news)                                |                              |

On a market-wide day (`market_day`: the VIX up 20%+, or a broad selloff: the instrument down
1 ATR+ and every peer down at least its ATR %), a relative angle (divergence, relative) never
outranks the market's event: it scores just under the instrument's down move (or, without one,
the VIX jump), so the headline names the fall or the fear first and the relative fact second.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Literal

from pydantic import Field

from .contracts import Contract, NewsItem, RelatedMove, RelatedRole, Snapshot
from .facts import fact_tag

QUIET_MOVE_PCT = 1.0
"""A day moving this much (%) or more is never called range-bound or quiet, here or in a peer's
headline: phrases.peer_move uses the same bound, so one session's headlines agree on the peers."""


VIX_ANGLE_PCT = 15.0
"""A VIX day change (%) this big either way is an angle, and leads the writer's momentum paragraph."""


class AngleKind(StrEnum):
    RECORD = "record"
    LOW = "low"
    BREAKOUT = "breakout"
    HIGH = "high"
    MOVE = "move"
    CROSS = "cross"
    STREAK = "streak"
    VIX = "vix"
    NEAR_RECORD = "near_record"
    RELATIVE = "relative"
    GAP = "gap"
    DIVERGENCE = "divergence"
    VOLUME = "volume"
    EVENT = "event"
    NEWS = "news"
    RANGE = "range"
    DRIFT = "drift"
    DRIVER = "driver"


class Angle(Contract):
    kind: AngleKind
    score: float = Field(ge=0)
    direction: Literal["up", "down", "none"] = "none"
    facts: list[str] = Field(default_factory=list, description="Fact names that back the angle.")
    subject: str | None = Field(default=None, description="Peer symbol, theme or event name.")
    summary: str = Field(description="The angle in plain words, without numbers.")


HEADLINE_WORDS: dict[AngleKind, tuple[str, ...]] = {
    AngleKind.RECORD: ("record",),
    AngleKind.LOW: ("low",),
    AngleKind.BREAKOUT: ("break", "escape", "out of", "clear", "recent high", "recent low"),
    AngleKind.HIGH: ("high",),
    AngleKind.MOVE: ("jump", "rall", "surge", "soar", "climb", "slide", "tumble", "sell", "slump",
                     "sink", "drop", "lurch", "rout", "pounce", "retreat", "rip", "fall", "skid"),
    AngleKind.CROSS: ("cross", "50-day", "average"),
    AngleKind.STREAK: ("straight", "in a row", "streak"),
    AngleKind.VIX: ("vix", "fear", "volatility"),
    AngleKind.NEAR_RECORD: ("record",),
    AngleKind.RELATIVE: ("straight", "in a row", "streak", "lag", "beat", "outrun", "trail", "behind",
                         "ahead", "outpace"),
    AngleKind.GAP: ("gap",),
    AngleKind.DIVERGENCE: ("while", "lag", "outpace", "outperform", "underperform", "trail", "beat",
                           "lead", "pull", "behind"),
    AngleKind.VOLUME: ("volume", "heavy", "turnover"),
    AngleKind.EVENT: ("fed", "fomc", "cpi", "ahead of", "before", "countdown", "payroll"),
    AngleKind.NEWS: ("fed", "rates", "inflation", "jobs", "earnings", "tech", "oil", "tariff", "news"),
    AngleKind.RANGE: ("range", "coil", "box", "stalemate", "idle", "sideways", "nowhere"),
    AngleKind.DRIFT: ("quiet", "ordinary", "low-key", "standout"),
    AngleKind.DRIVER: ("yield",),
}
"""Words a headline written on the angle carries (lower case): the evaluation's check that the
headline follows the top angle."""


def rank_angles(snapshot: Snapshot, news: Sequence[NewsItem] = ()) -> list[Angle]:
    """Every angle the session supports, best first; never empty (drift is always there)."""
    found = [angle for rule in _RULES for angle in rule(snapshot)]
    found += news_angles(news)
    found.append(Angle(kind=AngleKind.DRIFT, score=0.5, direction=_sign(snapshot.returns.change_1d_pct),
                       facts=["change_1d_pct"], summary="an ordinary session with no standout event"))
    order = list(AngleKind)
    return sorted(market_first(snapshot, found), key=lambda a: (-a.score, order.index(a.kind)))


FEAR_VIX_PCT = 20.0
"""A VIX jump (%) this big makes the session a market-wide fear day."""
RELATIVE_KINDS = (AngleKind.DIVERGENCE, AngleKind.RELATIVE)
MARKET_MARGIN = 0.01
"""How far under the market's event a relative angle is held on a market-wide day."""


def market_day(s: Snapshot) -> bool:
    """A VIX jump of 20%+, or a broad selloff: the instrument down 1 ATR or more and every peer and
    the benchmark down at least the instrument's ATR % (the peers on this instrument's yardstick)."""
    vix = _vix(s)
    if vix is not None and vix.change_1d_pct >= FEAR_VIX_PCT:
        return True
    peers = [m for m in s.related if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)]
    atr_pct, t = s.volatility.atr_pct, s.tape
    if not peers or not atr_pct or t is None or (t.move_atr or 0) > -1.0:
        return False
    return all(m.change_1d_pct <= -atr_pct for m in peers)


def market_first(s: Snapshot, found: list[Angle]) -> list[Angle]:
    """On a market-wide day, relative angles held just under the market's event for this
    instrument: its down move, else the VIX jump (unchanged on other days, or with neither)."""
    if not market_day(s):
        return found
    lead = next((a for a in found if a.kind == AngleKind.MOVE and a.direction == "down"), None) or \
        next((a for a in found if a.kind == AngleKind.VIX and a.direction == "up"), None)
    if lead is None:
        return found
    ceiling = max(0.0, lead.score - MARKET_MARGIN)
    return [a.model_copy(update={"score": ceiling}) if a.kind in RELATIVE_KINDS and a.score > ceiling
            else a for a in found]


def _vix(s: Snapshot) -> RelatedMove | None:
    return next((m for m in s.related_by_role(RelatedRole.GAUGE) if m.kind == "volatility"), None)


def _sign(value: float) -> Literal["up", "down", "none"]:
    return "up" if value > 0 else "down" if value < 0 else "none"


def extreme_angles(s: Snapshot) -> list[Angle]:
    e, full = s.extremes, s.has_full_year
    window = "52-week" if full else "history-window"
    if e.new_all_time_high and full:
        return [Angle(kind=AngleKind.RECORD, score=3.6, direction="up", facts=["price"],
                      summary="a record close: the highest close in the history held")]
    if e.new_52w_high:
        return [Angle(kind=AngleKind.HIGH, score=2.6 if full else 1.6, direction="up", facts=["price"],
                      summary=f"a new {window} closing high")]
    if s.tape is not None and s.tape.new_low:
        return [Angle(kind=AngleKind.LOW, score=3.0 if full else 1.8, direction="down",
                      facts=["price"], summary=f"a new {window} closing low")]
    if full and s.returns.change_1d_pct > 0 and e.pct_from_ath > -1.0:
        return [Angle(kind=AngleKind.NEAR_RECORD, score=1.0 + (1 + e.pct_from_ath), direction="up",
                      facts=["pct_from_ath", "all_time_high"],
                      summary="an up day that ends within reach of the record close")]
    return []


def move_angles(s: Snapshot) -> list[Angle]:
    t = s.tape
    if t is None:
        return []
    size = max(abs(t.move_atr or 0), 0.8 * abs(t.return_z or 0))
    if size < 1.0:
        return []
    return [Angle(kind=AngleKind.MOVE, score=round(size + fear_bonus(s, size), 3),
                  direction=_sign(s.returns.change_1d_pct),
                  facts=["change_1d_pct", "move_atr"],
                  summary="a move several times the usual daily range")]


def fear_bonus(s: Snapshot, size: float) -> float:
    """A down day of 1 ATR+ on a VIX jump of 20%+ is one story, bigger than either part: the
    move gains half the VIX angle's score, so it outranks a streak the day merely extends and
    leads the VIX jump it came with."""
    vix = _vix(s)
    if vix is None or size < 1.0 or vix.change_1d_pct < FEAR_VIX_PCT or s.returns.change_1d_pct >= 0:
        return 0.0
    return 0.5 * vix.change_1d_pct / 20


def breakout_angles(s: Snapshot) -> list[Angle]:
    t = s.tape
    if t is None:
        return []
    if t.range_break is None or t.prior_range is None:
        return month_break(s)
    edge = t.prior_range.upper if t.range_break == "above" else t.prior_range.lower
    beyond = abs(s.close / edge - 1) * 100 / (s.volatility.atr_pct or 1)
    direction: Literal["up", "down"] = "up" if t.range_break == "above" else "down"
    return [Angle(kind=AngleKind.BREAKOUT, score=2.8 + min(0.5, beyond * 0.5), direction=direction,
                  facts=["prior_range_lower", "prior_range_upper", "prior_range_sessions"],
                  summary=f"a close {t.range_break} the range that held until yesterday")]


def month_break(s: Snapshot) -> list[Angle]:
    """A close beyond every close of the past 20 sessions, when no tight range was there to break."""
    t, atr_pct = s.tape, s.volatility.atr_pct
    if t is None or t.prior_high_20 is None or t.prior_low_20 is None or not atr_pct:
        return []
    above, below = s.close > t.prior_high_20, s.close < t.prior_low_20
    if not (above or below):
        return []
    edge = t.prior_high_20 if above else t.prior_low_20
    beyond = abs(s.close / edge - 1) * 100 / atr_pct
    return [Angle(kind=AngleKind.BREAKOUT, score=min(2.5, 1.2 + beyond), direction="up" if above else "down",
                  subject="month", facts=["prior_high_20" if above else "prior_low_20"],
                  summary=f"a close {'above' if above else 'below'} every close of the past month")]


def range_angles(s: Snapshot) -> list[Angle]:
    r = s.range
    if r is None or not r.is_tight or abs(s.returns.change_1d_pct) >= QUIET_MOVE_PCT:
        return []
    if s.tape is not None and s.tape.range_break is not None:
        return []
    return [Angle(kind=AngleKind.RANGE, score=1.0, facts=["range_lower", "range_upper", "range_sessions"],
                  summary="a tight range still holding")]


def streak_angles(s: Snapshot) -> list[Angle]:
    out = []
    t = s.tape
    if t is not None and t.streak_sessions >= 4:
        out.append(Angle(kind=AngleKind.STREAK, score=min(3.5, 0.45 * t.streak_sessions - 0.3),
                         direction="up" if t.streak_direction == "up" else "down",
                         facts=["close_streak_sessions", "close_streak_change_pct"],
                         summary=f"{t.streak_direction} closes several sessions in a row"))
    rel = s.relative
    if rel is not None and rel.streak_direction != "even" and rel.streak_sessions >= 4:
        out.append(Angle(kind=AngleKind.RELATIVE, score=0.35 * rel.streak_sessions - 0.2,
                         direction="up" if rel.streak_direction == "outperform" else "down",
                         facts=["streak_sessions", "streak_avg_margin_bp"], subject=rel.benchmark,
                         summary=f"a run of sessions that {rel.streak_direction}s the benchmark"))
    return out


def flow_angles(s: Snapshot) -> list[Angle]:
    out = []
    ratio = s.volume.volume_ratio
    if ratio is not None and ratio >= 1.5:
        out.append(Angle(kind=AngleKind.VOLUME, score=1.5 * (ratio - 1),
                         direction=_sign(s.returns.change_1d_pct), facts=["volume", "volume_ratio"],
                         summary="volume far above its 20-day average"))
    t, atr_pct = s.tape, s.volatility.atr_pct
    if t is not None and atr_pct and abs(t.gap_pct) / atr_pct >= 0.6:
        size = 1.3 * abs(t.gap_pct) / atr_pct * (0.6 if t.gap_filled else 1.0)
        out.append(Angle(kind=AngleKind.GAP, score=size, direction=_sign(t.gap_pct),
                         facts=["gap_pct", "open", "prev_close"],
                         summary="a gap at the open" + (", since filled" if t.gap_filled else
                                                        " that held all session")))
    return out


def divergence_angles(s: Snapshot) -> list[Angle]:
    peer = widest_peer_gap(s.related)
    atr_pct = s.volatility.atr_pct
    if peer is None or not atr_pct:
        return []
    if abs(peer.divergence_pp) < max(0.75, 0.6 * atr_pct):
        return []
    own_move = abs(s.tape.move_atr or 0) if s.tape is not None else 0.0
    damp = 0.6 if own_move >= 1.0 else 1.0  # a gap made by the instrument's own big move is that move
    return [Angle(kind=AngleKind.DIVERGENCE, score=damp * 1.2 * abs(peer.divergence_pp) / atr_pct,
                  direction=_sign(peer.divergence_pp), subject=peer.symbol,
                  facts=[f"divergence_vs_{fact_tag(peer.symbol)}_pp",
                         f"{fact_tag(peer.symbol)}_change_1d_pct"],
                  summary="a session far apart from a peer's")]


def widest_peer_gap(related: Sequence[RelatedMove]) -> RelatedMove | None:
    """The peer or benchmark whose day differed most from this instrument's."""
    moves = [m for m in related if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)]
    return max(moves, key=lambda m: abs(m.divergence_pp), default=None)


def cross_angles(s: Snapshot) -> list[Angle]:
    """Crosses; while a tight range holds the averages flatten and cross on noise, so they
    count for a third."""
    found = _crosses(s)
    if found and range_angles(s):
        return [found[0].model_copy(update={"score": found[0].score * 0.35})]
    return found


def _crosses(s: Snapshot) -> list[Angle]:
    cross = s.trend.cross
    if cross is not None and cross.sessions_since is not None and cross.sessions_since <= 5:
        return [Angle(kind=AngleKind.CROSS, score=2.6 - 0.2 * cross.sessions_since,
                      direction="up" if cross.state == "golden" else "down", subject=cross.state.value,
                      facts=["cross_since", "sma_50", "sma_200"],
                      summary=f"a fresh {cross.state.value} cross of the 50- and 200-day averages")]
    t, atr_pct = s.tape, s.volatility.atr_pct or 0
    decisive = abs(s.trend.pct_vs_sma_50 or 0) >= 0.5 * atr_pct
    if t is not None and t.sma_50_cross is not None and decisive:
        direction: Literal["up", "down"] = "up" if t.sma_50_cross == "above" else "down"
        return [Angle(kind=AngleKind.CROSS, score=1.5, direction=direction,
                      subject="sma_50", facts=["sma_50", "pct_vs_sma_50"],
                      summary=f"a close back {t.sma_50_cross} the 50-day average")]
    return []


def vix_angles(s: Snapshot) -> list[Angle]:
    vix = next((m for m in s.related_by_role(RelatedRole.GAUGE) if m.kind == "volatility"), None)
    if vix is None or abs(vix.change_1d_pct) < VIX_ANGLE_PCT:
        return []
    up = vix.change_1d_pct > 0
    return [Angle(kind=AngleKind.VIX, score=abs(vix.change_1d_pct) / 20 * (1.0 if up else 0.6),
                  direction="up" if up else "down", subject=vix.symbol,
                  facts=[f"{fact_tag(vix.symbol)}_close", f"{fact_tag(vix.symbol)}_change_1d_pct"],
                  summary="a jump in the VIX" if up else "a collapse in the VIX")]


def event_angles(s: Snapshot) -> list[Angle]:
    out = []
    for number, event in enumerate(s.events[:3], start=1):
        if event.sessions_until <= 3:
            bonus = 0.2 if event.kind == "fomc" else 0.0
            out.append(Angle(kind=AngleKind.EVENT, score=1.2 + 0.2 * (3 - event.sessions_until) + bonus,
                             subject=event.name, facts=[f"event_{number}_date",
                                                        f"event_{number}_sessions_until"],
                             summary=f"the {event.name} within a few sessions"))
    return out[:1]


def news_angles(news: Sequence[NewsItem]) -> list[Angle]:
    themes = Counter(theme for item in news for theme in sorted(set(item.themes)))
    if not themes:
        return []
    theme, count = min(themes.items(), key=lambda pair: (-pair[1], pair[0]))  # ties: by name
    if count < 3 or count * 2 < len(news):
        return []
    return [Angle(kind=AngleKind.NEWS, score=1.1, subject=theme,
                  summary=f"the session's news dominated by one theme: {theme}")]


WEAK_KINDS = (AngleKind.VOLUME, AngleKind.DRIFT, AngleKind.EVENT, AngleKind.NEWS)
"""Top angles a day's driver from the news outranks: none of them is the day's own event (a
record, a range break, a streak, a move of several ATRs, a VIX shock)."""
DRIVER_MARGIN = 0.01


def with_driver(angles: list[Angle], yields: Literal["up", "down"] | None) -> list[Angle]:
    """The angles with the day's driver first when the news gives one (`yields`: the Treasury yield
    move that explains the instrument's, as the analysis opening tells it) and the top angle is weak;
    unchanged otherwise. The driver's subject is the kind it outranked (a volume surge stays in
    the headline beside it)."""
    if yields is None or not angles or angles[0].kind not in WEAK_KINDS:
        return angles
    top = angles[0]
    driver = Angle(kind=AngleKind.DRIVER, score=round(top.score + DRIVER_MARGIN, 3),
                   direction="up" if yields == "down" else "down", subject=top.kind.value,
                   facts=["change_1d_pct"], summary=f"Treasury yields {yields}, the news driver")
    return [driver, *angles]


_RULES: tuple[Callable[[Snapshot], list[Angle]], ...] = (
    extreme_angles, move_angles, breakout_angles, range_angles, streak_angles, flow_angles,
    divergence_angles, cross_angles, vix_angles, event_angles,
)


def top_kinds(angles: Sequence[Angle], count: int = 3) -> list[AngleKind]:
    return [a.kind for a in angles[:count]]


def angle_of(angles: Sequence[Angle], kind: AngleKind) -> Angle | None:
    return next((a for a in angles if a.kind == kind), None)
