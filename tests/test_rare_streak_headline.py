"""A run of closes rare in the instrument's own bars (tape.streak_unmatched_sessions) takes the headline
of a news day ahead of a plain move verb (angle_text.rare_streak, streak_event_frames)."""

from __future__ import annotations

from test_rotation_day import brief_for, day

from pipeline.writers import Brief
from pipeline.writers.angle_text import (
    CONTENT_TAILS,
    RARE_STREAK_UNMATCHED,
    rare_streak,
    streak_event_frames,
)


def with_streak(sessions: int, unmatched: int, way: str = "down") -> Brief:
    snap = day("DIA", -2.61 if way == "down" else 1.2, {"SPY": -2.98, "QQQ": -3.61, "IWM": -4.43})
    assert snap.tape is not None
    tape = snap.tape.model_copy(update={"streak_direction": way, "streak_sessions": sessions,
                                        "streak_unmatched_sessions": unmatched})
    return brief_for(snap.model_copy(update={"tape": tape}))


def test_a_streak_is_rare_when_long_and_unmatched_for_two_years_of_bars() -> None:
    assert rare_streak(with_streak(10, 6500), "down")
    assert rare_streak(with_streak(5, RARE_STREAK_UNMATCHED), "down")
    assert not rare_streak(with_streak(10, 6500), "up")  # the run must go the day's way
    assert not rare_streak(with_streak(4, 6500), "down")  # four closes in a row are common
    assert not rare_streak(with_streak(6, 120), "down")  # as long a run only months ago


def test_the_rare_streak_frames_give_the_count_the_figure_and_the_news() -> None:
    tails = CONTENT_TAILS[("fed", "fewer_cuts")]
    big = streak_event_frames(tails, "down", True)
    assert len(big) == len(tails) and len(set(big)) == len(big)
    for frame, tail in zip(big, tails, strict=True):
        assert "{close_streak_sessions}" in frame and frame.endswith(tail)
        assert ", Down {change_1d_pct:abs} " in frame  # a big move keeps its figure
    small = streak_event_frames(tails, "up", False)
    assert all("{change_1d_pct" not in f for f in small)
