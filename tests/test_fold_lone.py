"""A one-sentence paragraph joins the day paragraph unless a pronoun in it would then point at the wrong
thing (template.fold_lone_sentences, pronoun_anchored): a pronoun in a later clause of its own
sentence points back to that sentence's subject and folds; a sentence opening on the instrument's
pronoun folds only after a sentence whose subject is the instrument (bench/editorial_prose.py's
pronoun_openers_unanchored stays at 0)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from pipeline.writers.template import fold_lone_sentences, pronoun_anchored

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from editorial_prose import unanchored  # noqa: E402

FUND = re.compile(r"^(?:the\s+)?(?:Dow|DIA|it|price|the close)\b", re.IGNORECASE)
DAY_VOLUME = ("The Dow (DIA) slipped to $401.20 at the close on Tuesday, down 0.40% on the session. "
              "Volume ran at 1.4 times the 20-day average.")
DAY_FUND = ("Volume ran at 1.4 times the 20-day average. At the close on Tuesday, the Dow (DIA) sat "
            "0.40% lower, at $401.20.")
EVENT = "The CPI report lands on Dec 10, 2026, 3 sessions away; desks tend to trim risk into it."
OPENER = "Its record close of $420.00 is 4.5% above."
BARE = "Buyers came back for it late in the day."
TECHNICAL = ["The 50-day average sits at $398.00. The 200-day sits at $380.00.",
             "RSI(14) reads 55.0, mid-range. MACD sits above its signal line."]


def test_a_pronoun_after_its_own_sentences_subject_folds_anywhere() -> None:
    assert pronoun_anchored(DAY_VOLUME, EVENT, FUND)
    folded = fold_lone_sentences([DAY_VOLUME, EVENT, *TECHNICAL], FUND)
    assert folded[0].endswith(EVENT) and len(folded) == 3


def test_a_pronoun_opener_folds_only_after_the_instrument_as_subject() -> None:
    assert not pronoun_anchored(DAY_VOLUME, OPENER, FUND)
    assert pronoun_anchored(DAY_FUND, OPENER, FUND)
    assert not pronoun_anchored(DAY_FUND, OPENER, None)  # no names to check against: left alone
    for day in (DAY_VOLUME, DAY_FUND):
        folded = fold_lone_sentences([day, OPENER, *TECHNICAL], FUND)
        last = re.split(r"(?<=\.)\s+", folded[0])
        assert all(not unanchored(a, b, FUND) for a, b in zip(last, last[1:], strict=False)), folded[0]


def test_a_pronoun_in_the_first_clause_without_an_antecedent_there_stays_apart() -> None:
    assert not pronoun_anchored(DAY_FUND, BARE, FUND)
    assert fold_lone_sentences([DAY_FUND, BARE, *TECHNICAL], FUND)[1] == BARE
