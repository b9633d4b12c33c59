"""story.LevelPrices finds the levels a figure shows by bisecting the sorted level prices and zone edges;
it must find exactly what holding the figure against every level with same_at_precision finds, at every
printed precision (a rounded edge, a figure one cent off, a thousands shorthand, a tolerance word)."""

from pipeline.contracts import KeyLevel, LevelKind
from pipeline.verify.numbers import PrintedNumber, find_numbers, same_at_precision
from pipeline.verify.story import LevelPrices, level_quotes

LEVELS = [
    KeyLevel(kind=LevelKind.RESISTANCE, price=249.56, zone_low=249.17, zone_high=249.95, label="range top",
             source="range", distance_pct=1.2),
    KeyLevel(kind=LevelKind.RESISTANCE, price=250.0, label="round number", source="round", distance_pct=1.4),
    KeyLevel(kind=LevelKind.SUPPORT, price=241.0, zone_low=240.55, zone_high=241.45, label="range bottom",
             source="range", distance_pct=-2.0),
    KeyLevel(kind=LevelKind.SUPPORT, price=245.77, label="50-day MA", source="sma_50", distance_pct=-0.3),
]


def _every_level(number: PrintedNumber) -> set[tuple[int, str]]:
    return {(n, part) for n, lv in enumerate(LEVELS, start=1)
            for part, value in (("price", lv.price), ("low", lv.zone_low), ("high", lv.zone_high))
            if value is not None and same_at_precision(value, number)}


def test_the_index_finds_what_every_level_held_against_the_figure_finds():
    prices = LevelPrices.of(LEVELS)
    text = ("$249.17 $249.2 $249 $249.18 $250 $250.0 $249.95 $249.9 $241 $241.0 $240.55 $240.6 $241.45 "
            "$245.77 $245.8 $246 $245.78 0.25k $0.25K 241 245.7 100")
    numbers = find_numbers(text)
    assert len(numbers) == 22
    shown = {number.text: set(prices.shown(number)) for number in numbers}
    assert shown == {number.text: _every_level(number) for number in numbers}
    assert shown["$250"] == {(1, "price"), (1, "high"), (2, "price")}  # $249.56 and $249.95 round to it
    assert shown["$249.18"] == set()
    approximate = PrintedNumber("about 245", 245.0, 0, "price", tolerance=0.01)
    assert set(prices.shown(approximate)) == _every_level(approximate) == {(4, "price")}  # within 1%


def test_a_zone_span_is_one_quote_and_an_edge_alone_is_an_edge():
    prices = LevelPrices.of(LEVELS)
    quotes = level_quotes("the range top at $249.17–$249.95, then $241.45 and $245.77", "take", prices)
    assert [(q.text, sorted(q.levels), q.whole, q.edge_only) for q in quotes] == [
        ("$249.17–$249.95", [1], True, False), ("$241.45", [3], False, True), ("$245.77", [4], False, False)]
