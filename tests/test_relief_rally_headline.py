"""A big rally as the VIX collapses leads like a fear day does: the headline and the lead say the
VIX fell, and the dek adds the level in the rally's path rather than saying it again (real
sessions, ../shared/realdata; skips when it is absent)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from editorial_cases import real_cases, realdata_present  # noqa: E402
from editorial_metrics import dek_repeats_headline, move_vix_unnamed  # noqa: E402

from pipeline.writers.angle_text import _LEAD_RELIEF  # noqa: E402

pytestmark = pytest.mark.skipif(not realdata_present(), reason="../shared/realdata is absent")


def test_a_rally_on_a_vix_collapse_names_the_vix_in_headline_dek_and_lead() -> None:
    cases = real_cases([date(2026, 3, 31)], ["SPY", "QQQ", "DIA"])
    for case in cases:
        vix = next(m for m in case.snapshot.related if m.kind == "volatility")
        drop = f"{abs(vix.change_1d_pct):.2f}%"
        assert vix.change_1d_pct < -15 and case.snapshot.returns.change_1d_pct > 2
        said = (f"as the VIX Drops {drop}", f"With the VIX Down {drop}", f"as the VIX Eases {drop}",
                f", VIX Down {drop}")
        assert case.article.headline.endswith(said), case.article.headline
        # the headline gave the move and the VIX: the dek adds the level in the move's path instead
        assert not dek_repeats_headline(case.article.headline, case.article.dek), case.article.dek
        assert case.article.dek.count("$") >= 2, case.article.dek  # the close and the level ahead
        assert any(case.article.analysis[0].startswith(lead) for lead in _LEAD_RELIEF)
        assert not move_vix_unnamed(case)
        assert not [f for f in case.findings if f.severity == "error"]
    # the whole market's VIX swing, worded its own way in each of the session's headlines
    tails = {case.article.headline.split("%", 1)[1] for case in cases}
    assert len(tails) == len(cases), tails


def test_a_breakout_on_the_same_kind_of_day_keeps_its_own_story() -> None:
    spy = real_cases([date(2026, 4, 8)], ["SPY"])[0]
    assert "Breakout" in spy.article.headline and "VIX" not in spy.article.headline
    assert "higher closes" in spy.article.dek  # the streak clause stays; no VIX tacked on a condition
