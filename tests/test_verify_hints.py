"""What a value-mismatch says besides the expected value, and RSI lines named as such (issue 14
item 7, fp5): the hint names another instrument's same fact, or another period's move of the same
one, in plain words ("it is QQQ's 1-day move"), never a fact of another kind that shares the value
(a foreign market's move, a level's distance); "nowhere near a key 70" is the RSI's zone line, not
an untraced figure, while a wrong reading beside it is still caught."""

from __future__ import annotations

import pytest
import test_verify_eval as tv

from pipeline.contracts import Finding, Severity
from pipeline.verify import check_text


def _ctx(snapshot: str) -> object:
    case = next(c for c in tv.CASES if c["snapshot"] == snapshot and c["kind"] == "clean")
    return tv.verify_ctx(case)


def _errors(text: str, snapshot: str) -> list[Finding]:
    return [f for f in check_text(text, _ctx(snapshot)) if f.severity == Severity.ERROR]  # type: ignore[arg-type]


def test_a_peers_move_is_named_in_plain_words() -> None:
    found = _errors("SPY rose 1.90% on the day.", "SPY-2026-11-20")
    assert [(f.code, f.span) for f in found] == [("value-mismatch", "1.90%")], found
    assert found[0].message.endswith("; it is QQQ's 1-day move"), found[0].message


def test_the_same_fact_of_a_peer_is_named_before_a_foreign_market_that_shares_the_value() -> None:
    found = _errors("DIA rose 0.80% on the day.", "SPY-2026-11-17")  # the Nikkei's move too
    assert [(f.code, f.span) for f in found] == [("value-mismatch", "0.80%")], found
    assert found[0].message.endswith("; it is IWM's 1-day move"), found[0].message


def test_a_fact_of_another_kind_that_shares_the_value_is_no_hint() -> None:
    found = _errors("The index rose 1.8% on the day.", "idx_GSPC-2026-11-20")  # IWM's level 7 distance
    assert [(f.code, f.span) for f in found] == [("value-mismatch", "1.8%")], found
    assert "; it is" not in found[0].message, found[0].message


@pytest.mark.parametrize("text", [
    "QQQ's RSI is nowhere near a key 70.",
    "RSI(14) sits a long way under the critical 70 and well above the key 30.",
])
def test_a_zone_line_named_as_such_is_no_figure(text: str) -> None:
    assert _errors(text, "QQQ-2026-11-20") == []


def test_a_wrong_reading_beside_a_named_line_is_still_caught() -> None:
    found = _errors("RSI(14) reads 61.4, nowhere near a key 70.", "QQQ-2026-11-20")
    assert [(f.code, f.span) for f in found] == [("value-mismatch", "61.4")], found
    found = _errors("QQQ's RSI hit the key 70 today.", "QQQ-2026-11-20")
    assert [f.span for f in found] == ["70"], found
