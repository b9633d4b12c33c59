"""Headlines follow the top angle, agree about the peers within a session, and read differently
across one session's articles and one instrument's consecutive sessions (demo and real data)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from market_factories import settings
from test_angles import quiet_band, snapshot_with, with_peer

from pipeline.angles import HEADLINE_WORDS, Angle, AngleKind
from pipeline.contracts import InstrumentKind, RelatedMove, RelatedRole
from pipeline.facts import build_fact_sheet
from pipeline.render import render_markdown
from pipeline.scoring import score_snapshot
from pipeline.writers import TemplateWriter
from pipeline.writers.angle_text import _LEAD_FEAR, agree, headline
from pipeline.writers.base import Brief

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import angles_report  # noqa: E402


def brief_for(snapshot) -> Brief:  # type: ignore[no-untyped-def]
    names = {i.symbol: i.short_name or i.name for i in settings().instruments}
    return Brief(snapshot=snapshot, scores=score_snapshot(snapshot), short_name="The S&P 500",
                 related_names=names, desk="d", byline="b", ai_label="a")


def test_selloff_with_a_vix_spike_heads_the_article_not_the_range() -> None:
    base = quiet_band()
    snap = snapshot_with([*base, base[-1] * (1 - 0.026)], [16.0] * len(base) + [22.4])
    article = TemplateWriter().write(brief_for(snap))
    words = article.headline.lower()
    assert any(w in words for w in HEADLINE_WORDS[AngleKind.MOVE]), article.headline
    assert not any(w in words for w in HEADLINE_WORDS[AngleKind.RANGE]), article.headline
    assert "VIX" in article.dek or "VIX" in article.headline
    # the lead says what the spike means, and the VIX opens the paragraph that carries it
    assert any(article.analysis[0].startswith(lead) for lead in _LEAD_FEAR), article.analysis[0]
    vix_paragraph = next(p for p in article.analysis[1:] if "VIX" in p)
    assert vix_paragraph.startswith(("The VIX", "Options pricing")), vix_paragraph


def test_plural_name_takes_a_plural_verb() -> None:
    base = quiet_band()
    snap = snapshot_with([*base, base[-1] * 1.001])
    brief = brief_for(snap).model_copy(update={"short_name": "Small caps"})
    headline = TemplateWriter().write(brief).headline
    assert headline.startswith("Small Caps") or "small caps" in headline.lower()
    assert not re.search(r"Small Caps (Coils|Stays|Holds|Marks)\b", headline), headline


@pytest.fixture(scope="module")
def demo_rows(tmp_path_factory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("demo")
    return angles_report.write_articles(angles_report.demo_config(folder), [angles_report.DEMO_SESSION], True)


QUIET_WORDS = ("coil", "boxed", "nowhere", "sideways", "marks time", "mark time", "steady", "quiet",
               "low-key", "inside the range")


def peer_claims_agree(rows) -> list[str]:  # type: ignore[no-untyped-def]
    """Headlines that call a peer moving ('Rallies', 'Slides') while its own headline is a range one."""
    by_key = {(r["session"], r["symbol"]): r for r in rows}
    names = {i.symbol: (i.short_name or i.name) for i in settings().covered()}
    bad = []
    for r in rows:
        for symbol, name in names.items():
            own = by_key.get((r["session"], symbol))
            if own is None or symbol == r["symbol"]:
                continue
            said = re.search(re.escape(name.replace("The ", "")) + r" (Rallies|Rally|Slides|Slide)\b",
                             r["article"].headline)
            if said and any(w in own["article"].headline.lower() for w in QUIET_WORDS):
                bad.append(f"{r['article'].headline} / {own['article'].headline}")
    return bad


def test_demo_session_reads_as_four_articles(demo_rows) -> None:  # type: ignore[no-untyped-def]
    assert all(not r["errors"] for r in demo_rows)
    assert len({r["article"].headline for r in demo_rows}) == 4
    assert angles_report.same_day_share(demo_rows, news=False) <= 0.20  # the news paragraph quotes
    assert angles_report.same_day_share(demo_rows) <= 0.30  # the session's stories in every article
    assert angles_report.headline_on_angle(demo_rows) == 1.0
    assert peer_claims_agree(demo_rows) == []


@pytest.mark.realdata
def test_real_sessions_variety_floors(realdata, tmp_path) -> None:  # type: ignore[no-untyped-def]
    if not (realdata / "ohlcv" / "kittycapital_etf-seasonality").is_dir():
        pytest.skip("real ETF bars absent")
    rows = angles_report.write_articles(angles_report.real_config(tmp_path), angles_report.REAL_SESSIONS,
                                        False)
    assert angles_report.same_day_share(rows) <= 0.20
    assert angles_report.consecutive_share(rows) <= 0.30
    assert angles_report.headline_frames(rows)[1] <= 0.20
    assert angles_report.headline_on_angle(rows) >= 0.90
    assert peer_claims_agree(rows) == []


def headline_on(closes: list[float], angles: list[Angle]) -> str:
    snap = snapshot_with(closes)
    peer = RelatedMove(symbol="QQQ", name="Nasdaq 100", kind=InstrumentKind.ETF, role=RelatedRole.PEER,
                       close=600.0, change_1d_pct=snap.returns.change_1d_pct + 1.5, divergence_pp=-1.5)
    snap = snap.model_copy(update={"related": [peer]})
    brief = brief_for(snap)
    return headline(brief, build_fact_sheet(snap, brief.scores), angles)


def test_a_streak_that_broke_the_month_says_both() -> None:
    base = quiet_band()
    closes = [*base, *(base[-1] * (1 - 0.004 * i) for i in range(1, 7))]
    angles = [Angle(kind=AngleKind.STREAK, score=2.4, direction="down", summary="s"),
              Angle(kind=AngleKind.BREAKOUT, score=2.1, direction="down", subject="month", summary="b")]
    text = headline_on(closes, angles)
    assert "Recent Lows" in text and ("in a Row" in text or "Straight Losses" in text), text
    alone = headline_on(closes, angles[:1])
    assert "Recent Lows" not in alone, alone


def test_a_session_apart_from_a_peer_within_reach_of_the_record_says_both() -> None:
    base = quiet_band()
    closes = [*base, max(base) * 0.997]
    angles = [Angle(kind=AngleKind.DIVERGENCE, score=1.8, direction="down", subject="QQQ", summary="d"),
              Angle(kind=AngleKind.NEAR_RECORD, score=1.7, direction="up", summary="n")]
    assert "Record" in headline_on(closes, angles)
    weak = [angles[0], angles[1].model_copy(update={"score": 1.0})]  # under 0.8 of the top: left out
    assert "Record" not in headline_on(closes, weak)


def test_a_move_or_a_50_day_cross_with_a_divergence_close_behind_says_both() -> None:
    base = quiet_band()
    closes = [*base, base[-1] * 0.99]
    lagging = Angle(kind=AngleKind.DIVERGENCE, score=0.9, direction="down", subject="QQQ", summary="d")
    move = Angle(kind=AngleKind.MOVE, score=1.0, direction="down", summary="m")
    both = headline_on(closes, [move, lagging]).lower()
    assert any(w in both for w in HEADLINE_WORDS[AngleKind.MOVE]), both
    assert "nasdaq 100" in both and any(w in both for w in HEADLINE_WORDS[AngleKind.DIVERGENCE]), both
    alone = headline_on(closes, [move, lagging.model_copy(update={"score": 0.7})])  # under 0.8 of the top
    assert "nasdaq" not in alone.lower(), alone
    cross = Angle(kind=AngleKind.CROSS, score=1.5, direction="up", subject="sma_50", summary="c")
    crossed = headline_on([*base, base[-1] * 1.01], [cross, lagging.model_copy(update={"score": 1.3})])
    assert "50-Day" in crossed and "Nasdaq 100" in crossed, crossed


def test_every_selloff_headline_names_the_vix_spike() -> None:
    full = quiet_band()
    for n in (296, 297, 298, 299):  # four sessions: the rotation reaches every frame
        base = full[:n]
        close = max(base[-1] * 0.98, min(base) * 1.002)  # a big drop, not a new low
        snap = snapshot_with([*base, close], [16.0] * len(base) + [22.4])
        assert "VIX" in TemplateWriter().write(brief_for(snap)).headline


def test_a_plural_name_is_still_an_it() -> None:
    frame = "{Name} [Holds|Hold] Inside [Its|Their] Range"
    assert agree(frame, plural=True) == "{Name} Hold Inside the Range"
    assert agree(frame, plural=False) == "{Name} Holds Inside Its Range"
    base = quiet_band()
    for closes in ([*base, base[-1] * 1.001], [*base, max(base) * 0.997], [*base, base[-1] * 0.975]):
        brief = brief_for(snapshot_with(closes)).model_copy(update={"short_name": "Small caps"})
        text = render_markdown(TemplateWriter().write(brief))
        assert not re.search(r"\b(?:[Tt]hey|[Tt]heir|[Tt]hem)\b", text), text


def test_a_fear_day_headline_names_the_fall_and_the_vix_before_the_peer() -> None:
    full = quiet_band()
    angles = [Angle(kind=AngleKind.MOVE, score=2.27, direction="down", summary="m"),
              Angle(kind=AngleKind.DIVERGENCE, score=2.26, direction="up", subject="QQQ", summary="d"),
              Angle(kind=AngleKind.VIX, score=1.98, direction="up", subject="^VIX", summary="v")]
    for n in (296, 297, 298, 299):  # four sessions: the rotation reaches every frame
        base = full[:n]
        snap = with_peer(snapshot_with([*base, base[-1] * 0.987], [16.0] * len(base) + [22.4]), -4.8)
        brief = brief_for(snap)
        text = headline(brief, build_fact_sheet(snap, brief.scores), angles)
        lower = text.lower()
        fall = min(lower.find(w) for w in HEADLINE_WORDS[AngleKind.MOVE] if w in lower)
        assert "1.30%" in text and "40.00%" in text, text
        assert fall < lower.index("vix") < lower.index("nasdaq 100"), text
        calm = snapshot_with([*base, base[-1] * 0.987], [16.0] * len(base) + [16.5])
        calm = with_peer(calm, 3.0)  # no fear and the peer rallied: the pairing is the usual one
        assert "VIX" not in headline(brief_for(calm), build_fact_sheet(calm, brief.scores), angles[:2])


def test_every_frame_names_the_angles_the_model_plan_shares() -> None:
    """One decision (angle_text.headline_choice) picks the headline's frames and the angles named
    beside angle 1; the model's plan (llm_plan.headline_partners) gets the same angles, and every
    frame of the rotation carries the words of the top angle and of each partner."""
    from pipeline.writers.angle_text import headline_choice
    from pipeline.writers.llm_plan import headline_partners

    base = quiet_band()
    snap = snapshot_with([*base, max(base) * 1.03])
    assert snap.tape is not None
    broke = snap.model_copy(update={"tape": snap.tape.model_copy(update={"range_break": "above"})})

    def angle(kind: AngleKind, score: float, direction: str = "up", **extra: str) -> Angle:
        return Angle(kind=kind, score=score, direction=direction, summary="a", **extra)

    combos = [
        [angle(AngleKind.MOVE, 2.5), angle(AngleKind.NEAR_RECORD, 1.8), angle(AngleKind.BREAKOUT, 1.5)],
        [angle(AngleKind.MOVE, 2.5), angle(AngleKind.HIGH, 2.0)],
        [angle(AngleKind.MOVE, 2.5), angle(AngleKind.BREAKOUT, 2.0)],
        [angle(AngleKind.MOVE, 2.5), angle(AngleKind.VIX, 1.5, "down", subject="^VIX"),
         angle(AngleKind.BREAKOUT, 1.4)],
        [angle(AngleKind.BREAKOUT, 2.8), angle(AngleKind.MOVE, 1.6)],
        [angle(AngleKind.BREAKOUT, 2.8), angle(AngleKind.NEAR_RECORD, 1.5), angle(AngleKind.MOVE, 1.2)],
        [angle(AngleKind.STREAK, 2.4), angle(AngleKind.BREAKOUT, 2.1, subject="month")],
    ]
    expected = [2, 1, 1, 1, 1, 1, 1]
    brief = brief_for(broke)
    for angles, count in zip(combos, expected, strict=True):
        choice = headline_choice(brief, angles)
        assert headline_partners(brief, angles) == choice.partners
        assert len(choice.partners) == count, (angles, choice.partners)
        for frame in choice.frames:
            lower = frame.lower()
            for named in (angles[0], *choice.partners):
                assert any(w in lower for w in HEADLINE_WORDS[named.kind]), (named.kind, frame)
