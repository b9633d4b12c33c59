"""On a split market the yield move is read as what sorted the sides (news_paragraph._rates_link,
news_phrases.RATES_SPLIT): the instrument it favoured gets its kind's reason, the one on the other side
is told the money rotated to the named peers, never that buyers fled to bonds; and a news paragraph
that reports the yield move reads it for the instrument (bench news_yields_unread)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from test_lead_relative_day import brief_for, rates_story, with_peers  # noqa: E402

from pipeline.contracts import Snapshot  # noqa: E402
from pipeline.writers.news_paragraph import news_paragraph  # noqa: E402


def _split(snapshot: Snapshot, symbol: str, change: float) -> Snapshot:
    """`snapshot` with one peer (`symbol`) moved `change` % instead."""
    related = [m.model_copy(update={"change_1d_pct": change}) if m.symbol == symbol else m
               for m in snapshot.related]
    return snapshot.model_copy(update={"related": related})


def test_the_side_falling_yields_favoured_gets_the_reason() -> None:
    """Small caps up 1.41% as yields fell, the Nasdaq 100 down 1.20% and the rest up: the bond rally
    explains the side small caps took, by what small companies borrow."""
    brief = brief_for(_split(with_peers(None, 0.60), "QQQ", -1.20), [rates_story()])
    paragraph = news_paragraph(brief, 1) or ""
    assert "floating-rate borrowing" in paragraph, paragraph
    assert "bonds, not to stocks" not in paragraph and "safety of bonds" not in paragraph, paragraph


def test_the_other_side_is_told_the_money_rotated_to_the_named_peer() -> None:
    """Small caps down 1.30% as yields fell while the S&P 500 rose 0.90%: no flight to bonds (the S&P
    500 rose), the money went to it; a peer that barely moved (0.10%) is not named as a winner."""
    snap = _split(_split(with_peers(-1.30, -0.80), "SPY", 0.90), "DIA", 0.10)
    paragraph = news_paragraph(brief_for(snap, [rates_story()]), 1) or ""
    assert "S&P 500" in paragraph and ("rotat" in paragraph or "within the market" in paragraph), paragraph
    assert "bonds, not to stocks" not in paragraph and "safety of bonds" not in paragraph, paragraph
    assert "Dow" not in paragraph, paragraph


def test_a_wrap_headlined_on_a_peer_is_checked_against_the_peer() -> None:
    """'The Nasdaq 100 slides as chipmakers sink' in small caps' article on a day small caps rose and
    the Nasdaq 100 fell: the headline's direction is the Nasdaq 100's and the data bears it out, so the
    paragraph does not answer it with 'The data says otherwise: small caps ended higher'."""
    from test_lead_relative_day import item

    wrap = item(1, "The Nasdaq 100 slides as chipmakers sink", (
        "Chipmakers dragged the Nasdaq 100 lower on Friday after a supplier cut its sales forecast, while "
        "smaller companies and industrial names held their ground through the afternoon. Traders said the "
        "selling stayed inside the technology group rather than spreading across the wider market."), hour=21)
    snap = _split(with_peers(None, 0.40), "QQQ", -1.60)  # small caps up 1.41%, the Nasdaq 100 down
    paragraph = news_paragraph(brief_for(snap, [wrap]), 1) or ""
    assert paragraph and "says otherwise" not in paragraph, paragraph
