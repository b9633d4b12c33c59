"""Figures dated to a past session ("closed at $243.57 on Thursday") against that session's bar.

IWM on Friday 2026-11-20 (evaluation set): closes Mon 16 $247.26, Tue 17 $245.28, Wed 18 $244.79
(high $245.81), Thu 19 $243.57, Fri 20 $244.30; the snapshot holds 64 dated sessions from Aug 24.
"""

from __future__ import annotations

import json

import pytest
from test_verify_subjects import DATA, build, found, infos

from pipeline.contracts import Severity, Snapshot
from pipeline.verify import VerifyContext, check_text


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    return build()


@pytest.mark.parametrize("text", [
    "IWM closed at $243.57 on Thursday.",
    "IWM closed at $244.79 on Wednesday, and Wednesday's high of $245.81 capped the bounce.",
    "Wednesday's close of $244.79 was the low of the week.",
    "On Nov 18 IWM closed at $244.79.",
    "IWM slipped 0.20% on Wednesday.",
    "Since Monday's close, IWM is down 1.20%.",
    "IWM closed at $244.30 on Friday.",
    "On Thursday IWM closed at $243.57, down 0.50% on the day.",
    "QQQ closed at $614.72 on Thursday.",
])
def test_a_figure_dated_to_a_past_session_is_checked_against_its_bar(ctx, text):
    assert found(ctx, text) == []


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("IWM closed at $244.10 on Wednesday.", "$244.10", "$244.79"),
    ("On Nov 18 IWM closed at $245.79.", "$245.79", "$244.79"),
    ("Since Monday's close, IWM is down 0.40%.", "0.40%", "-1.20%"),
    ("IWM fell 0.45% on Wednesday.", "0.45%", "-0.20%"),
    ("Wednesday's high of $246.81 capped the bounce.", "$246.81", "$245.81"),
    ("QQQ closed at $600.00 on Thursday.", "$600.00", "$614.72"),  # a peer's own bar
])
def test_a_wrong_past_figure_names_the_right_value_and_day(ctx, text, span, expected):
    findings = [f for f in check_text(text, ctx) if f.severity == Severity.ERROR]
    assert [(f.code, f.span, f.expected) for f in findings] == [("value-mismatch", span, expected)]


def test_the_wrong_day_is_named_in_the_message(ctx):
    """$244.79 is Wednesday's close to the cent, under Thursday of the same week: either the price or the
    weekday slipped, so both are told (the price against Thursday's bar, the weekday against the price's)."""
    findings = check_text("IWM closed at $244.79 on Thursday.", ctx)
    wrong = [f for f in findings if f.severity == Severity.ERROR]
    assert [(f.code, f.span, f.expected) for f in wrong] == [
        ("value-mismatch", "$244.79", "$243.57"), ("weekday-mismatch", "Thursday", "Wednesday")]
    assert "Thu, Nov 19" in wrong[0].message and "close of Wed, Nov 18" in wrong[0].message


def test_a_close_weeks_away_is_no_weekday_slip(ctx):
    """$243.79 is the close of Friday Nov 6, $247.26 of this Monday: no weekday of the named week would
    right them, so only the price is wrong."""
    assert found(ctx, "IWM is up from Wednesday's $243.79 but down from Monday's.") == [
        ("value-mismatch", "$243.79")]
    assert found(ctx, "Last week it closed at $247.26 on Friday.") == [("value-mismatch", "$247.26")]


def test_todays_figure_under_a_past_weekday_is_a_weekday_error(ctx):
    assert found(ctx, "IWM closed at $244.30 on Thursday.") == [("weekday-mismatch", "Thursday")]
    assert found(ctx, "On Thursday IWM closed at $243.57, down 0.30% on the day.") == [
        ("weekday-mismatch", "Thursday")]  # Thursday's move was -0.50%; 0.30% is the session's
    assert found(ctx, "IWM rose 0.20% on Wednesday.") == [("direction-mismatch", "0.20%")]


def test_a_macro_figure_beside_a_weekday_is_no_bar_figure(ctx):
    """0.3% is IWM's session move by chance: the CPI's figure is not checked against IWM's bars."""
    assert ("weekday-mismatch", "Tuesday") not in [
        (f.code, f.span) for f in check_text("Tuesday's CPI report showed prices rose 0.3% in October.", ctx)
        if f.source == "snapshot.session"]


def test_a_day_before_the_sessions_held_is_unverifiable_info(ctx):
    text = "IWM closed at $230.00 on Aug 3."
    assert found(ctx, text) == []
    assert ("figure-unverifiable", "$230.00") in found(ctx, text, Severity.INFO)


def test_a_snapshot_stored_without_dates_still_loads_and_keeps_past_figures_unverifiable(ctx):
    raw = json.loads((DATA / "snapshots" / "IWM-2026-11-20.json").read_text())["snapshot"]
    for name in ("recent_sessions", "recent_highs", "recent_lows"):
        raw.pop(name)
    old = Snapshot.model_validate(raw)
    assert old.recent_sessions == [] and old.recent_closes
    bare = VerifyContext.build(old, ctx.scores, peers=list(ctx.peers.values()), sources=[],
                               instruments=infos())
    text = "IWM closed at $245.79 on Nov 18."
    assert ("value-mismatch", "$245.79") not in found(bare, text)  # no bar to hold it against
    assert ("figure-unverifiable", "$245.79") in found(bare, text, Severity.INFO)


def _undated(ctx: VerifyContext) -> VerifyContext:
    raw = json.loads((DATA / "snapshots" / "IWM-2026-11-20.json").read_text())["snapshot"]
    for name in ("recent_sessions", "recent_highs", "recent_lows"):
        raw.pop(name)
    return VerifyContext.build(Snapshot.model_validate(raw), ctx.scores, peers=list(ctx.peers.values()),
                               sources=[], instruments=infos())


def test_without_dates_an_older_weekdays_close_is_unverifiable_not_todays(ctx):
    bare = _undated(ctx)
    text = "Tuesday's close of $240.00 now looks like the low of the week."
    assert found(bare, text) == []  # never held to Friday's close
    assert ("figure-unverifiable", "$240.00") in found(bare, text, Severity.INFO)


def test_without_dates_the_session_before_is_still_checked_against_the_previous_close(ctx):
    bare = _undated(ctx)
    assert found(bare, "Thursday's close was $243.57.") == []
    assert ("value-mismatch", "$242.57") in found(bare, "Thursday's close was $242.57.")


def test_the_snapshot_carries_a_date_high_and_low_with_each_recent_close(ctx):
    s = ctx.snapshot
    assert len(s.recent_sessions) == len(s.recent_closes) == len(s.recent_highs) == len(s.recent_lows) == 64
    assert s.recent_sessions[-1] == s.session and s.recent_highs[-1] == s.high and s.recent_lows[-1] == s.low
    assert s.recent_sessions == sorted(s.recent_sessions)


def test_a_draft_stored_before_dates_were_kept_reads_back_from_a_real_store(tmp_path):
    """The snapshot lives in the draft's JSON payload: a row written without the dated fields loads."""
    from review_helpers import review_draft
    from sqlalchemy import update

    from pipeline.store import open_store
    from pipeline.store.schema import drafts

    draft = review_draft()
    day = draft.snapshot.session
    snapshot = draft.snapshot.model_copy(update={"recent_closes": [1.0, 2.0], "recent_sessions": [day, day],
                                                 "recent_highs": [1.0, 2.0], "recent_lows": [1.0, 2.0]})
    draft = draft.model_copy(update={"snapshot": snapshot})
    with open_store(f"sqlite:///{tmp_path / 'store.db'}") as store:
        store.save_draft(draft)
        payload = json.loads(draft.model_dump_json())
        for name in ("recent_sessions", "recent_highs", "recent_lows"):
            payload["snapshot"].pop(name)
        with store.engine.begin() as conn:
            conn.execute(update(drafts).where(drafts.c.draft_id == draft.draft_id)
                         .values(payload=json.dumps(payload)))
        loaded = store.get_draft(draft.draft_id)
    assert loaded.snapshot.recent_closes == [1.0, 2.0]
    assert loaded.snapshot.recent_sessions == [] and loaded.snapshot.recent_highs == []


@pytest.mark.parametrize(("right", "wrong"), [
    # a weekday's possessive before a colon labels the figure after it
    ("For reference, Thursday's: $243.57.", "For reference, Thursday's: $242.57."),
    # a since phrase with its day's close right after it: the close is that day's, the move is since it
    ("Since Monday's close ($247.26) IWM is down 1.20%.",
     "Since Monday's close ($246.26) IWM is down 1.20%."),
    ("IWM is up from Wednesday's $244.79 but down from Monday's.",
     "IWM is up from Wednesday's $243.79 but down from Monday's."),
    # a weekday with its day of the month: the ordinal names the day, it is no figure between
    ("Earlier, on Monday the fund closed at $247.26, on Wednesday the 18th at $244.79.",
     "Earlier, on Monday the fund closed at $247.26, on Wednesday the 18th at $245.19."),
    # a clause set last week reads its weekdays in that week
    ("Last week it closed at $247.01 on Friday.", "Last week it closed at $247.26 on Friday."),
    # a dated day's fall went to its close (or its low); a close at a named high is a close
    ("IWM had dipped to $245.28 on Tuesday.", "IWM had dipped to $243.28 on Tuesday."),
    ("IWM closed at a three-day high of $247.26 on Monday.",
     "IWM closed at a three-day high of $248.26 on Monday."),
])
def test_past_figures_in_forms_the_dated_check_used_to_drop(ctx, right, wrong):
    assert found(ctx, right) == []
    assert [code for code, _ in found(ctx, wrong)] == ["value-mismatch"], found(ctx, wrong)


def test_a_dated_price_without_a_measure_is_any_figure_of_its_bar(ctx):
    assert found(ctx, "IWM touched $245.81 on Wednesday.") == []  # Wednesday's high
    assert found(ctx, "It was $244.79 on Wednesday.") == []  # and its close
    wrong = found(ctx, "IWM touched $249.93 on Wednesday.")  # none of the bar's figures: still an error
    assert [span for _, span in wrong] == ["$249.93"] and wrong[0][0] in ("number-untraced", "value-mismatch")
