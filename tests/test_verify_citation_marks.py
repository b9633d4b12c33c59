"""Citation marks written otherwise than "[n]", figures a cited story does not print, two peers compared
in words, and a place in the group denied (issue 14, vcite)."""

from __future__ import annotations

import pytest
from verify_text_helpers import errors, eval_case_context

from pipeline.verify import VerifyContext
from pipeline.verify.citations import cited_clause
from pipeline.verify.document import parse_document

NASDAQ = "https://tapewatch.example/indices/2026-11-17/nasdaq-100-slips.html"
MONDAY = "https://wire.harborstreet.example/markets/2026/11/16/stocks-rebound-yields-ease"


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    """QQQ's Tuesday, Nov 17 2026 (QQQ -0.90%, IWM -0.80%, SPY -0.50%), with the session's stories."""
    return eval_case_context("user-vcite-desk-note-QQQ-2026-11-17")


def test_markdown_footnotes_are_read_as_citations() -> None:
    doc = parse_document(f"Tech slipped [^1] and again [^2].\n\n[^1]: {NASDAQ}, Tapewatch\n[^2]: {MONDAY}\n")
    assert [e.number for e in doc.sources] == [1, 2]
    assert doc.paragraphs[0].text == "Tech slipped [1] and again [2]."
    assert doc.marks == {1: "[^1]", 2: "[^2]"}


def test_a_bare_number_in_parentheses_is_a_citation_only_under_a_list_numbered_so() -> None:
    listed = parse_document(f"The index fell 0.9% (1). Three funds (3) moved.\n\nSources\n(1) {NASDAQ}\n")
    assert listed.paragraphs[0].text.startswith("The index fell 0.9% [1].")
    bracketed = parse_document(f"Clue: a tech fund (3). It fell 0.9% [1].\n\nSources\n[1] {NASDAQ}\n")
    assert "(3)" in bracketed.paragraphs[0].text and not bracketed.marks
    uncited = parse_document(f"Step (2) of the plan: wait.\n\nSources\n(1) {NASDAQ}\n")
    assert "(2)" in uncited.paragraphs[0].text  # the text never cites a listed source this way


def test_a_named_mark_resolves_or_is_unresolved_as_written(ctx: VerifyContext) -> None:
    text = (f"The Nasdaq 100 fell 0.9% to 25,326.20 (source 1). The VIX rose to 17.6 (source 4).\n\n"
            f"Sources\n1. {NASDAQ}\n")
    assert ("citation-unresolved", "(source 4)") in errors(ctx, text)
    assert not any(span == "(source 1)" for _, span in errors(ctx, text))


def test_the_cited_clause_stops_at_the_joint_before_it() -> None:
    sentence = "QQQ ended at $615.97, and the chip selloff is behind it [2]."
    assert cited_clause(sentence, 2).strip() == "the chip selloff is behind it"
    assert cited_clause("Oil fell [1]; the index slid 0.9% to 25,326.20 [2].", 2).strip() == \
        "the index slid 0.9% to 25,326.20"


def test_a_cited_figure_the_story_does_not_print_is_unsupported(ctx: VerifyContext) -> None:
    backed = f"On Tuesday the Nasdaq 100 fell 0.9% to 25,326.20 [1].\n\nSources\n[1] {NASDAQ}\n[2] {MONDAY}\n"
    assert not [e for e in errors(ctx, backed) if e[0].startswith("citation")]
    wrong = backed.replace("25,326.20 [1]", "25,326.20 [2]")  # Monday's wrap: the index up 0.5%
    assert ("citation-unsupported", "[2]") in errors(ctx, wrong)


def test_peers_compared_in_words_are_checked(ctx: VerifyContext) -> None:
    assert ("direction-mismatch", "fared a bit better than IWM") in errors(
        ctx, "QQQ fared a bit better than IWM on the day.")
    assert not errors(ctx, "QQQ fared a bit worse than IWM on the day.")
    assert ("direction-mismatch", "slightly less than IWM") in errors(
        ctx, "QQQ dropped 0.90%, slightly less than IWM.")
    assert not errors(ctx, "QQQ dropped 0.90%, slightly more than IWM.")
    assert not errors(ctx, "QQQ did better than IWM over the week.")  # another time frame


def test_a_place_denied_is_the_opposite_claim(ctx: VerifyContext) -> None:
    assert not errors(ctx, "QQQ wasn't the day's best.")
    assert ("direction-mismatch", "not even the day's worst") in errors(
        ctx, "QQQ was not even the day's worst.")


@pytest.fixture(scope="module")
def record_day() -> VerifyContext:
    """DIA's Monday, Nov 17 2025: a record close, RSI above 70, MACD above its signal and above zero."""
    return eval_case_context("user-vcite-club-recap-DIA-2025-11-17")


def test_a_quiz_prompt_asks_and_its_answer_claims(record_day: VerifyContext) -> None:
    assert not errors(record_day, "Fact or fiction: DIA closed under its 50-day average?")
    assert ("pattern-mismatch", "under its 50-day") in errors(
        record_day, "Answer: fact. DIA closed under its 50-day average.")


def test_a_statement_before_a_question_is_a_claim(record_day: VerifyContext) -> None:
    assert ("indicator-mismatch", "oversold") in errors(
        record_day, "The RSI reads oversold, so should we buy?")
    assert not errors(record_day, "Is the RSI oversold?")


def test_macd_moods_and_a_close_short_of_its_record(record_day: VerifyContext) -> None:
    assert ("indicator-mismatch", "bearish MACD") in errors(record_day, "Traders pointed to a bearish MACD.")
    assert not errors(record_day, "Traders pointed to a bullish MACD.")
    assert errors(record_day, "\u201cIt closed well short of its record,\u201d one reader wrote.")
