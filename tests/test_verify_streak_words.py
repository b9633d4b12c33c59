"""Runs told by the move itself ("its fourth straight loss", "a fifth consecutive gain") and the averages
told by their length ("the shorter line", "the longer average"), on IWM's 2026-11-20 context: one higher
close (+0.30%); the 50-day's 20-session slope -0.08%, the 200-day's -0.09% (both flat)."""

from __future__ import annotations

from verify_text_helpers import errors, iwm_context

from pipeline.verify import number_words

CTX = iwm_context()


def test_a_run_named_by_its_move_reads_as_a_run_of_closes() -> None:
    assert number_words.rewrite("its fourth straight loss").text == "its lower for 4 straight sessions"
    assert number_words.rewrite("a fifth consecutive gain").text == "a higher for 5 straight sessions"
    assert number_words.rewrite("three straight advances").text == "higher for 3 straight sessions"
    assert number_words.rewrite("its second straight weekly gain").text == "its second straight weekly gain"
    assert number_words.rewrite("its third gain this month").text == "its third gain this month"


def test_a_run_of_gains_is_checked_against_the_closes() -> None:
    assert errors(CTX, "IWM closed at $244.30, up 0.30%, its third straight gain.\n") == [
        ("value-mismatch", "third straight gain")]
    assert errors(CTX, "IWM closed at $244.30, up 0.30%, its first gain after two losses.\n") == []


def test_the_shorter_and_longer_lines_are_the_50_and_200_day() -> None:
    assert errors(CTX, "IWM closed at $244.30. The shorter line is flat, and so is the longer one.\n") == []
    assert errors(CTX, "IWM closed at $244.30. The shorter line is climbing steeply.\n") == [
        ("pattern-mismatch", "The shorter line is climbing steeply")]
    assert errors(CTX, "IWM closed at $244.30. The longer average keeps falling steeply.\n") == [
        ("pattern-mismatch", "The longer average keeps falling steeply")]
