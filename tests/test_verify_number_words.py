"""Numbers written as words are claims like digits; size words are checked against the move.

The snapshot is the evaluation set's IWM on 2026-11-20 (close $244.30, +0.30% on the
day, 0.24 ATR; six sessions in a row behind SPY; SPY +1.10%, QQQ +1.90%, VIX -9.30%).
"""

from __future__ import annotations

import pytest
from verify_text_helpers import errors, iwm_context

from pipeline.contracts import Severity
from pipeline.verify import VerifyContext, check_text
from pipeline.verify.number_words import rewrite


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    return iwm_context()



# --- reading the words ------------------------------------------------------------------------

@pytest.mark.parametrize(("words", "digits"), [
    ("fell two percent", "fell 2%"),
    ("nine hundred eighty-seven dollars", "$987"),
    ("for ten sessions in a row", "for 10 sessions in a row"),
    ("for a third straight session", "for a 3 straight sessions"),
    ("gained half a percent", "gained 0.5%"),
    ("lagged by a quarter point", "lagged by 0.25 pp"),
    ("for a dozen sessions", "for 12 sessions"),
    ("volume roughly doubled", "volume 2x"),
    ("up 2 per cent", "up 2%"),
    ("two and a half percent", "2.5%"),
    ("support near two hundred", "support near 200"),
    ("RSI at forty-eight.", "RSI at 48."),
    ("one thousand two hundred points", "1200 points"),
])
def test_number_words_read_as_digits(words, digits):
    assert rewrite(words).text == digits


@pytest.mark.parametrize("text", [
    "The two averages and one of three scenarios.", "a quarter-point rate cut",
    "Two hundred and fifty companies", "over the past ten sessions", "the first of two", "someone",
])
def test_counting_words_are_left_alone(text):
    assert rewrite(text).text == text


# --- checked like digits ----------------------------------------------------------------------

def test_right_values_in_words_pass(ctx):
    text = ("IWM closed at two hundred forty-four dollars and change, up three tenths of a percent. "
            "It trailed the S&P 500 for six sessions in a row, its sixth straight session behind. "
            "SPY gained one percent; QQQ rose two percent. Small caps edged higher.")
    assert errors(ctx, text) == []


@pytest.mark.parametrize(("text", "code", "span"), [
    ("IWM trailed the S&P 500 for ten sessions in a row.", "value-mismatch", "ten sessions in a row"),
    ("IWM lagged SPY for a third straight session.", "value-mismatch", "third straight session"),
    ("IWM gained half a percent on the day.", "value-mismatch", "half a percent"),
    ("IWM fell two percent on the day.", "value-mismatch", "two percent"),
    ("IWM closed at nine hundred eighty-seven dollars.", "value-mismatch",
     "nine hundred eighty-seven dollars"),
    ("IWM was up twelve percent on the session.", "value-mismatch", "twelve percent"),
    ("Volume roughly doubled its 20-day average.", "value-mismatch", "roughly doubled"),
    ("IWM gained half a percent.", "value-mismatch", "half a percent"),
])
def test_wrong_values_in_words_are_flagged_with_the_words(ctx, text, code, span):
    assert (code, span) in errors(ctx, text)


def test_a_direction_in_words_is_checked_like_digits(ctx):
    assert ("direction-mismatch", "fell three tenths of a percent") not in errors(ctx, "IWM rose 0.3%.")
    assert errors(ctx, "IWM fell 0.3 percent on the day.") == [
        ("direction-mismatch", "IWM fell 0.3 percent")]  # the span holds its mover


def test_the_expected_value_is_the_data(ctx):
    found = [f for f in check_text("IWM trailed the S&P 500 for ten sessions in a row.", ctx)
             if f.code == "value-mismatch"]
    assert found[0].expected == "6" and "ten sessions in a row" in found[0].message


# --- size words ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "span"), [
    ("IWM plunged on the session.", "plunged"),  # +0.30%: one-way word the other way
    ("IWM surged on the session.", "surged"),  # 0.24 ATR, 0.30%: not a surge
    ("QQQ edged higher on the session.", "edged"),  # +1.90%, 1.6 ATR: not an edge
])
def test_size_words_that_do_not_fit_the_move(ctx, text, span):
    codes = {code for code, s in errors(ctx, text) if s == span}
    assert codes & {"magnitude-mismatch", "direction-mismatch"}, errors(ctx, text)


@pytest.mark.parametrize("text", [
    "IWM edged higher on the session.", "QQQ jumped on the session.", "The VIX tumbled.",
    "Small caps surged this year.", "IWM could plunge if yields rise.", "Small caps crashed on Aug 5, 2024.",
])
def test_size_words_that_fit_or_are_about_something_else(ctx, text):
    assert [e for e in errors(ctx, text) if e[0] == "magnitude-mismatch"] == []


# --- messages (issue 14 item 7) -------------------------------------------------------------------

def test_an_untraced_figure_names_the_nearest_facts_of_its_subject(ctx):
    [untraced] = [f for f in check_text("IWM could reach $271.17.", ctx) if f.code == "number-untraced"]
    assert untraced.message.endswith(
        "nearest IWM facts: high 52w intraday $258.49, high 52w $257.77")


def test_a_plain_text_article_gives_each_finding_its_section(ctx):
    text = ("IWM daily note\n\nSmall caps closed at $987.00 on the session.\n\nKey levels\n\n"
            "Resistance sits at $999.00.\n")
    sections = {f.span: f.section for f in check_text(text, ctx) if f.severity == Severity.ERROR}
    assert sections["$987.00"] == "body" and sections["$999.00"] == "key_levels"


def test_a_repeated_wrong_figure_is_reported_per_occurrence(ctx):
    text = "IWM closed at $987.00 on the session. Later, IWM closed at $987.00 on the session again."
    found = [f for f in check_text(text, ctx) if f.code == "value-mismatch" and f.span == "$987.00"]
    assert len(found) == 2 and "occurrence 2" in found[1].message


def test_none_of_that_is_english_not_a_missing_value(ctx):
    assert errors(ctx, "None of that changes the read on IWM.") == []
    assert errors(ctx, "IWM closed at None.") == [("text-missing-value", "None")]


@pytest.mark.parametrize(("text", "units"), [
    ("IWM has gone 71 sessions without a gap.", {"count"}),  # a count: the counts, no RSI or score
    ("IWM has gone seventy-one sessions without a gap.", {"count"}),
    ("IWM sits 7.77% under the level traders watch.", {"pct"}),
])
def test_an_untraced_figure_names_nearest_facts_of_its_own_kind(ctx, text, units):
    from pipeline.verify.claims import extract_claims
    from pipeline.verify.messages import nearest_facts

    [untraced] = [f for f in check_text(text, ctx) if f.code == "number-untraced"]
    assert "nearest IWM facts" in untraced.message
    claims = extract_claims(text.replace("seventy-one", "71"), "body", ctx.lexicon, [])
    nearest = nearest_facts(claims[0], ctx)
    assert nearest and {sf.fact.unit for sf in nearest} <= units, nearest


# --- whose figure (issue 14: loosely named indexes, companies outside the instrument list) --------

def test_a_loosely_named_index_move_is_held_to_the_index(ctx):
    found = check_text("The Dow fell 0.40% on the session.", ctx)
    [wrong] = [f for f in found if f.severity == Severity.ERROR]
    assert wrong.code == "value-mismatch" and wrong.expected == "0.58%" and "^DJI" in (wrong.source or "")


@pytest.mark.parametrize("text", ["Nvidia rose 4% on the day.",
                                  "Shares of Micron jumped 6.25% after earnings.",
                                  "Apple's stock slid 2.3% in late trade."])
def test_a_company_outside_the_instrument_list_is_unverifiable(ctx, text):
    found = check_text(text, ctx)
    assert [f.code for f in found] == ["figure-unverifiable"], found
    assert found[0].severity == Severity.INFO


def test_the_instrument_beside_a_company_is_still_checked(ctx):
    found = errors(ctx, "Micron jumped 6.25% while IWM added 0.90%.")
    assert found == [("value-mismatch", "0.90%")]


def test_a_figure_read_from_words_is_put_back_only_where_it_stands_whole():
    """restore() swaps the writer's words back into a finding's span and message: the figure must stand
    alone there, never inside another figure ("-19.30 points" must not become "-19.thirty points")."""
    from pipeline.verify.number_words import Rewrite, _swap

    thirty = Rewrite(start=0, end=2, source_start=0, source_end=6, words="thirty", replacement="30",
                     digits="30")
    assert _swap("fell -19.30 points, not 30 points", thirty) == "fell -19.30 points, not thirty points"
    assert _swap("2,430 and 30", thirty) == "2,430 and thirty"
    assert _swap("30% off 130", thirty) == "30% off 130"  # a percent is another figure: nothing whole
    assert _swap("up 30 points", thirty) == "up thirty points"
    days = Rewrite(start=0, end=20, source_start=0, source_end=26, words="ten sessions in a row",
                   replacement="10 sessions in a row", digits="10")
    assert _swap("the 10 sessions in a row is wrong", days) == "the ten sessions in a row is wrong"
