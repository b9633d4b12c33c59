"""Rank words among the peers (pipeline/verify/ranking.py) in more of the ways commentary puts them. IWM
2026-11-20 rose 0.30%, the smallest gain of the four: SPY +1.10%, QQQ +1.90%, DIA +0.60%."""

from __future__ import annotations

from verify_text_helpers import errors, iwm_context

CTX = iwm_context()


def _direction(text: str) -> list[str | None]:
    return [span for code, span in errors(CTX, text) if code == "direction-mismatch"]


def test_all_three_after_the_three_are_listed() -> None:
    listed = "SPY rose 1.10%, QQQ 1.90% and DIA 0.60%, so IWM {} all three."
    assert _direction(listed.format("trailed")) == []
    assert _direction(listed.format("led")) == ["IWM led all three"]
    assert _direction("IWM led all three averages higher.") == []  # no peers named: not read


def test_a_second_rank_verb_after_an_earlier_comparisons_figures() -> None:
    text = "IWM trailed SPY by 0.80 points and QQQ by about 1.6, and {} DIA."
    assert _direction(text.format("trailed")) == []
    assert _direction(text.format("beat")) == ["beat DIA"]
    assert _direction("IWM trailed SPY by 0.80 points, and DIA beat QQQ.") == []  # DIA's rank: not IWM's


def test_the_best_day_and_a_fragment_after_a_semicolon() -> None:
    assert _direction("IWM had the worst day of the four.") == []
    assert _direction("IWM had the best day of the four.") == ["the best day of the four"]
    assert _direction("IWM trailed SPY by 0.80 pts; worst of the four funds.") == []
    assert _direction("IWM trailed SPY by 0.80 pts; best of the four funds.") == ["best of the four funds"]


def test_than_us_is_the_writers_own_holding() -> None:
    assert _direction("We hold IWM. QQQ rose 1.90%, better than us.") == []
    assert _direction("We hold IWM. QQQ rose 1.90%, worse than us.") == ["worse than us"]
