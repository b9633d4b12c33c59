"""The verifier's cheap pre-checks skip only work that could find nothing: with them, every text is
read exactly as the full patterns read it (the speed changes of pipeline/verify keep every finding)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.verify import numbers
from pipeline.verify.numbers import blank, may_hold_date, sentences

DATA = Path(__file__).parent / "data"

FURNITURE = [
    "\U0001f4ac 41   \u2764\ufe0f 318   \U0001f4ca 22.4K",
    "Ep. 214 of the show, episode 213 before it, Part 3, Chapter #2.",
    "Rated 4.8 \u2605 by listeners, 5 stars from critics; a 38 min episode, 45 secs of ads.",
    "847K subscribers, (1,212 ratings), 11 of 14 members voted; 340 of you wrote in.",
    "I hold 120 shares at Suite 400, Ste. 12, Apt 3B, Room 9.",
    "Ref MO-2026-1117-04, sent 18:12 -0500 and 09:15:02 \u22120100.",
    "Tuesday 11/17/26, then (27.11.) and Friday 27.11. in the diary.",
    "IWM closed at $244.30 on 39.6M shares, up 0.30%; RSI(14) reads 48.2 (neutral).",
    "\u0130nflation in Kelvin: \u017fince 3 EP 5 \u212a 12 min",  # letters IGNORECASE folds to ASCII
    "One 12 of US stocks; the 2 of them; 3 units; 4 lots; 5 contracts; 6 pieces.",
    "1.2k \u00b7 Reply \u00b7 Share | 318 | Comments; 2,000 Companies and 40 \u017ftocks; 60% OF economists.",
]


def _texts() -> list[str]:
    texts = list(FURNITURE)
    for path in sorted(DATA.glob("verify_*/**/*.md")) + sorted(DATA.glob("verify_*/**/*.txt")):
        text = path.read_text("utf-8")
        texts.append(text)
        texts += [s for paragraph in text.split("\n\n") for s in sentences(paragraph)]
    return texts


TEXTS = _texts()


def test_the_corpus_is_there() -> None:
    assert len(TEXTS) > 1000


def test_furniture_blanked_as_the_full_pattern_blanks_it() -> None:
    differing = []
    for text in TEXTS:
        full = blank(text, numbers._FURNITURE)
        kept = numbers._furniture_in(text)
        fast = blank(text, kept) if kept is not None else text
        if fast != full:
            differing.append(text)
    assert differing == []


@pytest.mark.parametrize("text", FURNITURE[:7])
def test_each_kind_of_furniture_keeps_its_pattern(text: str) -> None:
    kept = numbers._furniture_in(text)
    assert kept is not None and kept.search(text)


def test_every_furniture_alternative_has_its_need() -> None:
    assert all(needs is not None for _, needs in numbers._FURNITURE_ALTERNATIVES)


def test_may_hold_date_is_the_month_or_iso_test() -> None:
    import re
    stems = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
    needs = re.compile(rf"\d-\d|{stems}|{stems.upper()}")  # a desk's capitals too: 'SET NOV 12'
    for text in [*TEXTS, "2026-11-20", "\u0661-\u0662", "jan 5", "NOV 5", "nOV 5", "x-1", "1-x"]:
        assert may_hold_date(text) == (needs.search(text) is not None), text


def test_labels_and_dates_blanked_as_the_full_pattern_blanks_them() -> None:
    differing = [text for text in TEXTS
                 if blank(text, numbers._not_figures(numbers._present(text)))
                 != blank(text, numbers._NOT_FIGURES_ANYWHERE)]
    assert differing == []



def _figure_contexts() -> list[tuple[str, str]]:
    """(words before, words after) of every figure of the corpus's sentences, and made-up ends with
    letters IGNORECASE folds to ASCII."""
    found = [(s[:n.start], s[n.end:]) for s in TEXTS for n in numbers.find_numbers(s)]
    return found + [("closed \u017fhedding", " \u017fessions in a row"),
                    ("YT\u212a : ", "\n straight sessions"),
                    ("the 50-day SMA vs\t", "-session streak"), ("just below it ( ", " Trading days away"),
                    ("higher BY\n", " Consecutive sessions"), ("the 50d ($439.80, ", " sessions ago"),
                    ("a loss of $3.41, OR JUST UNDER\t", ""), ("up \u017fome $0.37 (", ""),
                    ("Three red days, A COMBINED LOSS OF ", ""), ("four sessions, \u017fum total: ", "")]


CONTEXTS = _figure_contexts()


def test_the_end_tests_pass_every_text_their_searches_match() -> None:
    from pipeline.verify import claims as c
    missed = []
    for before, after in CONTEXTS:
        tail = before[-90:].replace("$", "")
        if c._MOVE_BY.search(tail) and not c._may_end_with(tail, c._MOVE_BY_LAST):
            missed.append(("move by", before))
        if c._SHORT_LABEL.search(before) and not c._may_end_with(c._label_end(before), c._SHORT_LABELS):
            missed.append(("short label", before))
        if c.SIDE_OF_IT_BRACKETED.search(before) and not before.rstrip().endswith("("):
            missed.append(("side of it", before))
        if c._LEVEL_PRICE.search(before) and not before.rstrip().endswith(("(", ",")):
            missed.append(("level price", before))
        near = numbers.folded(before[-40:])
        if c._LEVEL_VERSUS.search(before, max(0, len(before) - 40)) and near is not None \
                and "vs" not in near and "versus" not in near:
            missed.append(("level versus", before))
        if c._RESTATED_MOVE.search(before[-60:]) and not c._may_end_with(before, c._RESTATED_LAST):
            missed.append(("restated move", before))
        if c._TOTAL_BEFORE.search(before[-40:]) and not c._may_hold(before[-40:], c._TOTAL_WORDS):
            missed.append(("total", before))
        opens = after[:1] == "-" or after.lstrip()[:1] in c._AFTER_FIRST
        if not opens and (any(p.search(after) for p, _, _ in c._AFTER) or c._CROSS_AGE.match(after)):
            missed.append(("after", after))
    assert len(CONTEXTS) > 5000
    assert missed == []


def test_the_end_tests_meet_matches() -> None:
    """The searches the word tests above guard do match in the corpus (so those tests can fail)."""
    from pipeline.verify import claims as c
    assert any(c._RESTATED_MOVE.search(before[-60:]) for before, _ in CONTEXTS)
    assert any(c._TOTAL_BEFORE.search(before[-40:]) for before, _ in CONTEXTS)


PLAIN_MARKS = {  # each furniture mark as first written, digit first: what its faster form must find
    "_CLOCK_NEEDS": r"\d:\d\d[ \t][+\-\u2212]\d", "_SLASH_DATE_NEEDS": r"\d/\d{1,2}/\d",
    "_DOTTED_DATE_NEEDS": r"\d\.\d{1,2}\.(?!\d)", "_PHONE_NEEDS": r"\d{3}[ .\-]\d{4}\b",
    "_OLD_YEAR_NEEDS": r"\b1[89]\d\d\b", "_STATION_NEEDS": r"\d[ \t]?(?:AM|FM)\b",
    "_APPOSITIVE_AGE_NEEDS": r"[a-z],[ \t]\d{2},[ \t](?:in|from)[ \t]",
    "_SCALE_NEEDS": r"\b0[ \t]?(?:-|\u2013|to|and)[ \t]?100\b",
}
MARKED = ["Tune to 1040 AM or 98.7FM, 5 AMEX.", "Dave, 61, in Tucson; Ann,62, from Reno",
          "0 to 100, x0-100", "in 1896, 21896, 1896a", "call 212 555-0143 or 212.555.01434", "18:12 -0500",
          "3/24/26", "27.11. 1.2.3"]


@pytest.mark.parametrize("name", sorted(PLAIN_MARKS))
def test_each_mark_finds_what_its_plain_form_finds(name: str) -> None:
    import re
    plain, fast = re.compile(PLAIN_MARKS[name]), getattr(numbers, name)
    differing = [text for text in [*TEXTS, *MARKED, *(t.lower() for t in MARKED)]
                 if (plain.search(text) is None) != (fast.search(text) is None)]
    assert differing == []
    assert any(plain.search(text) for text in MARKED)  # the examples hold each mark


def test_every_mark_keeps_its_alternatives_and_one_not_in_ascii_is_asked_only_of_other_texts() -> None:
    owners = (*numbers._ASCII_MARK_OWNERS, *numbers._OTHER_MARK_OWNERS)
    assert {n for _, kept in owners for n in kept} == {
        n for n, (_, need) in enumerate(numbers._FURNITURE_ALTERNATIVES) if need and need[2] is not None}
    ascii_texts = [text for text in [*TEXTS, *MARKED] if text.isascii()]
    assert [mark.pattern for mark, _ in numbers._OTHER_MARK_OWNERS
            if any(mark.search(text) for text in ascii_texts)] == []


def test_a_text_any_mark_not_in_ascii_matches_holds_one_of_their_characters() -> None:
    made_up = ["\u25b2 88 \u25bc", "\u2b06 12 \u2b07", "\u2191 3\u2193", "u/trader \u00b7 58m",
               "\u2022 2h ago", "4.8 \u2605", "3 \u2606", "\u2764\ufe0f 318", "\U0001f4ac 41",
               "rose 2% \u2014 \u201cfine\u201d"]
    missed = [text for text in [*TEXTS, *made_up] for mark, _ in numbers._OTHER_MARK_OWNERS
              if mark.search(text) and not numbers._OTHER_MARK_CHARS.search(text)]
    assert missed == []
    assert all(any(mark.search(text) for mark, _ in numbers._OTHER_MARK_OWNERS) for text in made_up[:-1])
    assert not numbers._OTHER_MARK_CHARS.search(made_up[-1])  # curly quotes and dashes skip the marks


def test_the_goods_test_passes_every_text_naming_a_farm_good() -> None:
    from pipeline.verify import outsiders
    made_up = ["December CORN closed at $4.31", "Soymeal and soybeans firmed", "HOGS, Cattle and Lumber",
               "\u017foybeans rose 2%", "cocoa at a record", "the hay crop", "no farm good here at all"]
    missed = [text for text in [*TEXTS, *made_up] if outsiders._GOODS.search(text)
              and (lowered := numbers.folded(text)) is not None and not outsiders._MAY_NAME_GOODS(lowered)]
    assert missed == []
    assert not outsiders._MAY_NAME_GOODS("spy rose 1.1% to $688.00")
