"""Each article of a news day opens on the story that matters most for its instrument
(angle_text.own_stories, leads_on; bench/editorial.py first_sentence_same_source).

- News day 2024-12-18: small caps open on their own story ('Small caps bear the brunt as
  higher-for-longer rates return'); the wrap whose headline leads on the Dow ('... the Dow falls for
  a 10th day') is the Dow's opening source, and the S&P 500, which that wrap names only further
  down, opens on the Fed's own statement. Before ednews three of the four opened on the wrap.
- News day 2024-08-02: small caps' own story ('Small caps give back half their July rally in two
  days') names the slowing job market, so the day's wrap, which has no line of its own on small caps,
  is not selected for them (stories._without_silent_wraps) and the opening cites their own story.
  Before ednews2 (stop 48) the wrap stayed as the day's cause and the opening cited it, as did the
  three other articles of the day.

Real bars; skips when ../shared/realdata is absent.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from editorial_cases import Case, news_day_cases, news_days, realdata_present  # noqa: E402
from editorial_metrics import first_sentence_same_source  # noqa: E402

from pipeline.contracts import Severity  # noqa: E402
from pipeline.verify.numbers import sentences  # noqa: E402
from pipeline.writers.source_numbers import first_cited  # noqa: E402

pytestmark = pytest.mark.skipif(not realdata_present(), reason="../shared/realdata is absent")


@pytest.fixture(scope="module")
def days() -> dict[date, dict[str, Case]]:
    wanted = [d for d in news_days() if d.session in (date(2024, 8, 2), date(2024, 12, 18))]
    out: dict[date, dict[str, Case]] = {}
    for case in news_day_cases(wanted):
        out.setdefault(case.snapshot.session, {})[case.snapshot.symbol] = case
    return out


def first_sentence_titles(case: Case) -> list[str]:
    """The titles of the stories the analysis's first sentence cites, in citation order."""
    first = sentences(case.article.analysis[0])[0]
    titles = {source.number: source.title.replace("\u2019", "'") for source in case.article.sources}
    return [titles[int(n)] for n in re.findall(r"\[(\d+)\]", first)]


def test_small_caps_open_on_their_own_story(days: dict[date, dict[str, Case]]) -> None:
    assert first_sentence_titles(days[date(2024, 12, 18)]["IWM"]) == [
        "Small caps bear the brunt as higher-for-longer rates return"]


def test_the_wrap_is_the_opening_source_of_the_instrument_it_leads_on(
        days: dict[date, dict[str, Case]]) -> None:
    day = days[date(2024, 12, 18)]
    wrap = "Stocks tumble after the Fed signals fewer cuts; the Dow falls for a 10th day"
    assert first_sentence_titles(day["DIA"]) == [wrap]
    assert first_sentence_titles(day["SPY"]) == [
        "Fed cuts rates a quarter point and pencils in fewer reductions for 2025"]
    assert first_sentence_same_source(list(day.values())) == 0.5


def test_an_own_story_naming_the_event_leads_instead_of_a_silent_wrap(
        days: dict[date, dict[str, Case]]) -> None:
    case = days[date(2024, 8, 2)]["IWM"]
    assert first_sentence_titles(case) == ["Small caps give back half their July rally in two days"]
    wrap = "Stocks slide as a weak jobs report stokes growth fears; Nasdaq 100 ends in a correction"
    assert wrap not in [s.title for s in case.article.sources]
    assert first_sentence_titles(days[date(2024, 8, 2)]["SPY"]) == [wrap]
    for cases in days.values():
        for c in cases.values():
            assert len(first_cited(c.article)) == len(c.article.sources), c.snapshot.symbol
            assert all(f.severity != Severity.ERROR for f in c.findings)
