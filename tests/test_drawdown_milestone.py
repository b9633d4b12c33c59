"""A close that crosses a drawdown mark under the record close (into or out of a correction or a bear
market: stories.drawdown_milestone) takes the headline, the dek says where the close ended against
the record close, and the analysis says what the distance amounts to (news day 2024-08-02: QQQ
closed 10.78% under its record close, in a correction, under 'The Nasdaq 100 Drops 2.37% as Hiring
Slows')."""

from __future__ import annotations

from test_rotation_day import brief_for, day

from pipeline.angles import rank_angles
from pipeline.contracts import Snapshot
from pipeline.facts import build_fact_sheet
from pipeline.stories import Milestone, drawdown_milestone, drawdown_zone, relative_place
from pipeline.writers.angle_text import CONTENT_TAILS, headline_choice, milestone_frames
from pipeline.writers.dek import milestone_sentence
from pipeline.writers.paragraphs import same_way_words


def under_record(drawdown_pct: float, change_pct: float) -> Snapshot:
    """QQQ's synthetic snapshot closing `drawdown_pct` % under its record close after a day's move."""
    snap = day("QQQ", change_pct, {"SPY": -1.86, "IWM": -3.54, "DIA": -1.51})
    assert snap.has_full_year
    record = snap.close / (1 - drawdown_pct / 100)
    extremes = snap.extremes.model_copy(update={"all_time_high": record, "high_52w": record,
                                                "pct_from_ath": -drawdown_pct,
                                                "pct_from_52w_high": -drawdown_pct,
                                                "new_all_time_high": False, "new_52w_high": False})
    return snap.model_copy(update={"extremes": extremes})


def test_a_close_past_a_mark_crosses_it_and_one_already_past_does_not() -> None:
    assert drawdown_milestone(under_record(10.78, -2.37)) == Milestone("correction", "into")
    assert drawdown_milestone(under_record(21.0, -2.0)) == Milestone("bear", "into")
    assert drawdown_milestone(under_record(9.0, 2.0)) == Milestone("correction", "out")
    assert drawdown_milestone(under_record(19.0, 2.5)) == Milestone("bear", "out")
    assert drawdown_milestone(under_record(27.3, -5.48)) is None  # in a bear market the day before
    assert drawdown_milestone(under_record(8.0, -1.0)) is None  # not deep enough yet
    assert drawdown_zone(under_record(15.26, -3.96)) == "correction"
    assert drawdown_zone(under_record(24.86, -3.91)) == "bear"
    assert drawdown_zone(under_record(9.99, -1.0)) is None


def test_the_milestone_frames_lead_with_it_and_keep_the_move_and_the_news() -> None:
    tails = CONTENT_TAILS[("jobs", "weak")]
    frames = milestone_frames(Milestone("correction", "into"), tails, "down", True)
    assert len(set(frames)) == len(tails)
    for frame, tail in zip(frames, tails, strict=True):
        assert "Correction" in frame and frame.endswith(tail) and ", Down {change_1d_pct:abs} " in frame
    bare = milestone_frames(Milestone("bear", "out"), (), "up", False)
    assert all("Bear" in f and "{change_1d_pct" not in f and not f.endswith(" ") for f in bare)


def test_the_crossing_heads_the_headline_and_the_dek_dates_the_record() -> None:
    brief = brief_for(under_record(10.78, -2.37))
    sheet = build_fact_sheet(brief.snapshot)
    choice = headline_choice(brief, rank_angles(brief.snapshot))
    assert all("Correction" in f for f in choice.frames)
    said = milestone_sentence(brief, sheet)
    assert "QQQ" in said and "correction" in said and "10.78%" in said
    assert sheet.fmt("all_time_high_date", "") in said
    assert milestone_sentence(brief_for(under_record(27.3, -5.48)), sheet) == ""


def test_a_gap_between_two_falls_is_told_as_less_or_more_of_a_fall() -> None:
    """'That left it 1.67 pp ahead of small caps (IWM), down 3.54%' read as a lead on a day both fell
    (news day 2024-08-02): the gap between two moves one way is said by their size."""
    assert same_way_words(-1.86, -3.54) == ("fell", "less")
    assert same_way_words(-4.43, -2.61) == ("fell", "more")
    assert same_way_words(4.25, 0.79) == ("rose", "more")
    assert same_way_words(-0.86, 3.59) is None  # opposite ways: ahead of / behind


def test_a_fund_holds_up_best_only_by_a_margin() -> None:
    """Small caps down 3.91% beside the Dow down 3.96% (news day 2022-09-13) fell with the market."""
    assert relative_place(day("IWM", -3.91, {"SPY": -4.35, "QQQ": -5.48, "DIA": -3.96})) is None
    assert relative_place(day("DIA", -1.51, {"SPY": -1.86, "QQQ": -2.37, "IWM": -3.54})) == "least"
