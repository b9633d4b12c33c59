"""The take and the dek say a thing once: repeated phrases inside a take, figures the headline gave."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from pipeline.writers.dek import told_figures
from pipeline.writers.phrases import phrases, repeated_phrases, vary, vary_fresh


def test_a_dek_is_told_the_prices_and_counts_a_headline_gave() -> None:
    headline = told_figures("Small Caps Lag the S&P 500 Again, 6 Sessions in a Row")
    assert headline & told_figures("IWM has lagged the S&P 500 (SPY) 6 sessions running") == {"6 session"}
    assert told_figures("Record Close for the Nasdaq 100 at $719.79") & \
        told_figures("QQQ set a record close at $719.79, up 0.71%") == {"719.79"}
    assert told_figures("Breaks Below Its 18-Session Range") == {"18 session"}
    # an average's length is its name, a percentage is no price
    assert told_figures("Moves Below Its 50-Day Average, up 1.90%") == frozenset()
    assert told_figures("the 50-day average at $686.09") == {"686.09"}


def test_a_take_that_says_would_end_twice_repeats_a_phrase() -> None:
    take = ("Watch the range top at $474.50: a close beyond it would end the range. Bullish as a lean; "
            "a close under the range bottom at $463.87 would end it.")
    assert repeated_phrases(take) == [("would", "end")]
    assert repeated_phrases("A close above $1.00 is the test; a close above $2.00 is another.") == \
        [("a", "close", "above")]
    assert repeated_phrases("Above $5.00 holds, and above $6.00 holds.") == []  # runs with a figure
    assert ("range", "top", "#") not in phrases("the range top $474.50")


def test_vary_fresh_takes_the_next_option_that_repeats_nothing_said() -> None:
    brief = SimpleNamespace(snapshot=SimpleNamespace(symbol="DIA", session=date(2026, 11, 20)),
                            related_names={"DIA": "Dow", "SPY": "S&P 500"})
    options = ["It would end the range.", "It would undo the break.", "Neutral until a close decides."]
    first = vary(options, brief, "k")
    assert vary_fresh(options, brief, "k", "") == first
    said = "A close beyond it " + first.lower().removeprefix("it ")
    fresh = vary_fresh(options, brief, "k", said)
    assert fresh != first and not set(phrases(fresh)) & set(phrases(said))
    everything = " ".join(options)
    assert vary_fresh(options[:2], brief, "k", everything) == vary(options[:2], brief, "k")  # none fresh
