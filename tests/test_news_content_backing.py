"""A sentence telling what the day's event said is cited to any story that says it too
(news_content.says_content), not only the wrap the content was read from."""

from __future__ import annotations

from market_factories import news_item

from pipeline.news_content import NewsContent, says_content

RELEASE = ("Consumer prices rose 0.1% last month even as gasoline got cheaper, defying forecasts of a small "
           "decline, the Labor Department said on Tuesday. The core index, which leaves out food and energy, "
           "climbed twice as fast as economists had expected, and rents and medical care kept rising at a "
           "pace the central bank has said it cannot live with for long.")
RATES = ("Treasury yields climbed on Tuesday, led by the two-year note, as traders moved up their bets on "
         "the size of the next increase in the central bank's benchmark rate. Futures that had priced a "
         "three-quarter-point move began to put odds on a full percentage point, and the dollar gained "
         "against every major currency through the afternoon session in New York.")


def test_a_story_says_the_content_in_its_title_or_opening() -> None:
    wrap = news_item("Stocks sink after a hot inflation report", RELEASE, ["SPY"], n=1)
    hotter = NewsContent("inflation", "hotter", wrap)
    release = news_item("Inflation runs hotter than forecast as core prices jump", RELEASE, ["SPY"], n=2)
    rates = news_item("Two-year yield jumps as traders brace for a bigger hike", RATES, ["SPY"], n=3)
    cooler = news_item("Inflation cools in June as gasoline falls", RELEASE.replace("rose", "fell"),
                       ["SPY"], n=4)
    assert says_content(hotter, release)
    assert says_content(hotter, wrap)
    assert not says_content(hotter, rates)  # on the event's day, but says nothing of its content
    assert not says_content(hotter, cooler)  # says another content
    stub = news_item("Inflation runs hotter than forecast", "Prices rose.", ["SPY"], n=5)
    assert not says_content(hotter, stub)  # nothing to read, nothing to cite
