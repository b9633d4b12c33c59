"""Rank words without a figure ("QQQ led every peer", "It trailed SPY"), on the eval's QQQ demo session.

QQQ rose 1.90% on 2026-11-20 while SPY rose 1.10%, DIA 0.60% and IWM 0.30%: it led
every peer. Each sentence is checked alone, in a paragraph of its own.
"""

from __future__ import annotations

import pytest
import test_verify_eval as tv

from pipeline.verify import check_text


@pytest.fixture(scope="module")
def ctx():
    case = next(c for c in tv.CASES if c["snapshot"] == "QQQ-2026-11-20" and c["kind"] == "clean")
    return tv.verify_ctx(case)


def rank_errors(ctx, text: str) -> list[str | None]:
    return [f.span for f in check_text(text + "\n", ctx) if f.code == "direction-mismatch"]


@pytest.mark.parametrize("text, span", [
    ("QQQ lagged every peer on Friday.", "QQQ lagged every peer"),  # the span names the subject too
    ("Tech ripped. It trailed the rest of the group.", "trailed the rest of the group"),
    ("QQQ underperformed IWM.", "QQQ underperformed IWM"),
    ("The Nasdaq 100 trailed the S&P 500.", "Nasdaq 100 trailed the S&P 500"),
    ("QQQ trailed all three of the other big ETFs.", "QQQ trailed all three of the other big ETFs"),
])
def test_a_wrong_rank_word_is_a_direction_mismatch(ctx, text, span):
    assert rank_errors(ctx, text) == [span]


@pytest.mark.parametrize("text", [
    "QQQ led every peer on Friday.",
    "It outpaced the rest of the group.",
    "QQQ beat IWM, which lagged SPY.",  # the second verb is IWM's: not read
    "QQQ trailed SPY for 3 sessions in a row before Friday.",  # another time frame
    "QQQ trailed SPY over the month.",
    "QQQ never trailed IWM.",
    "QQQ could have trailed IWM.",
    "IWM lagged every peer.",  # another instrument's rank
    "QQQ finished 1.60 pp ahead of IWM.",  # a figure: values.py checks it
])
def test_right_or_unreadable_rank_words_raise_nothing(ctx, text):
    assert rank_errors(ctx, text) == []
