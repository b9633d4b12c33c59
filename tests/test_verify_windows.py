"""Moves over a window ("up 5.00% over the past 10 sessions", "the past three weeks", "the past
week") checked against returns computed from the snapshot's recent closes, and the count that names
the window ("over the past 10 sessions") traced when the history held covers it.

The closes are made up so that each window's return is known: 5 sessions back +2.00%, 10 back
+5.00%, 15 back -3.00%, 21 back +8.00%.
"""

from __future__ import annotations

import pytest
from market_factories import settings, snapshot_for

from pipeline.contracts import Snapshot
from pipeline.contracts.snapshot import RECENT_CLOSES
from pipeline.verify import InstrumentInfo, VerifyContext, check_text

INFOS = [InstrumentInfo(i.symbol, i.name, i.kind, i.index, i.short_name, tuple(i.aliases))
         for i in settings().instruments]


def made_up_closes(close: float) -> list[float]:
    closes = [close] * RECENT_CLOSES
    for back, change_pct in ((5, 2.0), (10, 5.0), (15, -3.0), (21, 8.0)):
        closes[-1 - back] = close / (1 + change_pct / 100)
    return closes


@pytest.fixture(scope="module")
def snapshot() -> Snapshot:
    real = snapshot_for("IWM", seed=3)
    return real.model_copy(update={"recent_closes": made_up_closes(real.close)})


def ctx_for(snapshot: Snapshot) -> VerifyContext:
    return VerifyContext.build(snapshot, instruments=INFOS)


def found(snapshot: Snapshot, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.code, f.span, f.expected) for f in check_text(text, ctx_for(snapshot))]


@pytest.mark.parametrize("text", [
    "IWM is up 5.00% over the past 10 sessions.",
    "IWM has gained 5.0% in the last 2 weeks.",
    "Over the past 10 sessions, IWM is up 5.00%.",
    "Over the past three weeks, IWM is down 3.00%.",
    "In the last 15 sessions the fund slipped 3.00%.",
    "IWM added 8.00% across the last 21 trading days.",
])
def test_a_move_over_a_window_matching_the_closes_is_clean(snapshot, text):
    assert found(snapshot, text) == []


def test_a_wrong_move_over_a_window_names_the_computed_return(snapshot):
    assert found(snapshot, "IWM is up 4.00% over the past 10 sessions.") == [
        ("value-mismatch", "4.00%", "5.00%")]
    assert found(snapshot, "Over the past three weeks, IWM is down 2.00%.") == [
        ("value-mismatch", "2.00%", "-3.00%")]


def test_a_move_over_a_window_in_the_wrong_direction(snapshot):
    codes = [code for code, _, _ in found(snapshot, "IWM fell 5.00% over the past 10 sessions.")]
    assert codes == ["direction-mismatch"]


def test_a_week_or_month_the_sheet_lacks_comes_from_the_closes(snapshot):
    returns = snapshot.returns.model_copy(update={"change_5d_pct": None, "change_1m_pct": None})
    lacking = snapshot.model_copy(update={"returns": returns})
    assert found(lacking, "IWM rose 2.00% over the past week.") == []
    assert found(lacking, "IWM rose 8.00% over the past month.") == []
    assert found(lacking, "IWM rose 2.50% over the past week.") == [("value-mismatch", "2.50%", "2.00%")]


def test_without_closes_the_window_stays_unverifiable(snapshot):
    bare = snapshot.model_copy(update={"recent_closes": []})
    assert found(bare, "IWM is up 5.00% over the past 10 sessions.") == [
        ("figure-unverifiable", "5.00%", None)]


def test_a_window_longer_than_the_closes_held_stays_unverifiable(snapshot):
    assert found(snapshot, "IWM is up 5.00% over the past 100 sessions.") == [
        ("figure-unverifiable", "5.00%", None)]


def test_the_count_naming_a_window_is_traced_when_the_history_covers_it(snapshot):
    # "15" names the window, not a price: no number-untraced or value-mismatch on it
    assert found(snapshot, "In the last 15 sessions the fund slipped 3.00%.") == []
    assert found(snapshot, "IWM has traded in a range over the past 40 sessions.") == []
    beyond = found(snapshot, f"IWM has traded in a range over the past {snapshot.bars_used + 50} sessions.")
    assert beyond == [("figure-unverifiable", str(snapshot.bars_used + 50), None)]


def test_the_snapshot_carries_its_last_closes():
    real = snapshot_for("IWM", seed=3)
    assert len(real.recent_closes) == min(RECENT_CLOSES, real.bars_used)
    assert real.recent_closes[-1] == real.close
    assert real.recent_closes[-2] == real.prev_close
    week = (real.recent_closes[-1] / real.recent_closes[-6] - 1) * 100
    assert week == pytest.approx(real.returns.change_5d_pct)


def test_a_count_ahead_is_no_look_back_window():
    from pipeline.verify import build_lexicon
    from pipeline.verify.claims import extract_claims

    real = snapshot_for("IWM", seed=3)
    lexicon = build_lexicon(real, [], INFOS)
    ahead = extract_claims("The FOMC meets in 12 sessions.", "body", lexicon, [])
    back = extract_claims("In the last 12 sessions IWM slipped 3.00%.", "body", lexicon, [])
    assert [c.names for c in ahead] == [None]
    assert [(c.names, c.window) for c in back] == [("lookback_sessions", 12), (None, 12)]


def test_a_move_word_after_a_window_is_checked_against_that_window(snapshot):
    # 15 sessions back the close was 3% higher: "slipped" fits, "rose" does not, whatever the day did
    assert found(snapshot, "Over the past 15 sessions IWM slipped.") == []
    wrong = check_text("Over the past 15 sessions IWM rose.", ctx_for(snapshot))
    assert [(f.code, f.span) for f in wrong] == [("direction-mismatch", "IWM rose")]
    assert "over the past 15 sessions" in wrong[0].message
    assert snapshot.returns.change_1d_pct > 0.05  # so "slipped" on the day would be wrong
    assert [code for code, _, _ in found(snapshot, "IWM slipped.")] == ["direction-mismatch"]
    assert found(snapshot, "Since March, IWM slipped.") == []  # a frame the closes do not give
