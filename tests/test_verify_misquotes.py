"""A figure inside quotation marks next to a citation whose story does not print it misquotes the story:
number-untraced, the quote's code, not the value-mismatch the figure would earn as the writer's own
(issue 14, vquote: "analysts' and other sources' levels treated as claims of that source")."""

from __future__ import annotations

import pytest
import test_verify_eval as tv

from pipeline.verify import VerifyContext, check_text
from pipeline.verify.citations import misquotations, misquoted_figures
from pipeline.verify.number_words import rewrite

STORY = "https://ledgerdaily.example/us-stocks/2026/11/20/small-caps-sit-out-another-rally"
SAID = ("IWM finished Friday at $244.30, still boxed between roughly $240 and $250, where it has traded for "
        "five weeks.")


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    """IWM's Friday, Nov 20 2026 (IWM +0.30%, QQQ +1.90%), with the session's stories."""
    case = next(c for c in tv.CASES if c["id"] == "user-misquote-IWM-2026-11-20")
    return tv.verify_ctx(case)


def errors(ctx: VerifyContext, body: str) -> list[tuple[str, str | None]]:
    text = f"{body}\n\nSources\n[1] Ledger Markets Daily, {STORY}\n"
    return [(f.code, f.span) for f in check_text(text, ctx) if f.severity.value == "error"]


def figures(sentence: str, source: str = SAID) -> list[str]:
    return misquoted_figures(sentence, misquotations(sentence, source), source)


def test_the_one_figure_a_quotation_changed_is_found_in_any_marks() -> None:
    assert figures('Ledger says IWM "has traded for six weeks" in the box [1].') == ["six"]
    assert figures("It was \u201cstill boxed between roughly $240 and $260\u201d [1].") == ["$260"]
    assert figures('It is "still boxed between roughly $240 and $250" [1].') == []  # word for word
    assert figures('It is "still boxed, and for five weeks now" [1].') == []  # other words, not a figure


def test_a_changed_count_in_words_misquotes_the_story(ctx: VerifyContext) -> None:
    said = ('Ledger put it plainly: IWM is "still boxed between roughly $240 and $250, where it has traded '
            'for {} weeks" [1].')
    assert ("number-untraced", "eight") in errors(ctx, said.format("eight"))
    assert not errors(ctx, said.format("five"))


def test_a_changed_window_inside_a_quotation_misquotes_the_story(ctx: VerifyContext) -> None:
    said = 'The story said IWM "is trading just below its {}-day moving average of $245.77" [1].'
    assert ("number-untraced", "10") in errors(ctx, said.format(10))
    assert not errors(ctx, said.format(50))


def test_a_quoted_move_the_data_contradicts_is_the_quote_s_fault_not_the_writer_s(ctx: VerifyContext) -> None:
    said = 'Ledger\'s line was "The S&P 500 added {}% on the day and the Nasdaq 100 surged 1.9%" [1].'
    found = errors(ctx, said.format("1.6"))
    assert ("number-untraced", "1.6%") in found
    assert not any(code == "value-mismatch" for code, _ in found)
    assert not errors(ctx, said.format("1.1"))


def test_a_figure_standing_for_the_story_s_words_is_the_misquote() -> None:
    story = "Dealers said they keep buying the same handful of names into every dip."
    assert figures('A dealer said they "keep buying the same 12 names into every dip" [1].', story) == ["12"]
    assert figures('A dealer said they "keep buying the same handful of names" [1].', story) == []


def test_a_quotation_of_numbers_in_words_is_the_story_s_own() -> None:
    story = "The small-cap index fell two percent on Tuesday as rate worries returned."
    said = rewrite('The wire: the index "fell two percent on Tuesday as rate worries returned" [1].').text
    assert "2%" in said and misquotations(said, story) == []
