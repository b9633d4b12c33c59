"""A run of closes one way that is news is told in the analysis, counted from the bars: five sessions
or more by the data alone, three when a source names the instrument's streak (news day DIA
2024-12-18, 'Dow falls for 10th day': the article told the Fed and never the tenth lower close)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from editorial_cases import news_day_cases, news_days  # noqa: E402
from editorial_story import streak_untold  # noqa: E402

from pipeline.contracts import NewsItem  # noqa: E402
from pipeline.stories import own_names  # noqa: E402
from pipeline.writers.paragraphs import source_names_streak  # noqa: E402


def test_the_news_day_dow_tells_its_tenth_lower_close_from_the_bars() -> None:
    day = [d for d in news_days() if str(d.session) == "2024-12-18"]
    dia = next(c for c in news_day_cases(day) if c.snapshot.symbol == "DIA")
    assert dia.snapshot.tape is not None and dia.snapshot.tape.streak_sessions == 10  # the bars' count
    first = dia.article.analysis[0]
    ways = ("10 lower closes in a row", "lower 10 sessions", "for 10 sessions")
    assert any(told in first for told in ways), first
    assert not streak_untold(dia)
    assert not [f for f in dia.findings if f.severity == "error"]
    assert "10 Straight Lower Closes" in dia.article.headline  # a run rare in its bars heads the news day
    plain = "The Dow Drops 2.61% as the Fed Scales Back Its Cut Plans"  # the headline before the rare run led
    cut = [first.split(". That makes")[0] + "."]
    untold = dia.article.model_copy(update={"analysis": cut, "headline": plain})
    assert streak_untold(SimpleNamespace(**{**vars(dia), "article": untold}))  # type: ignore[arg-type]


def _item(title: str, text: str) -> NewsItem:
    return SimpleNamespace(title=title, text=text)  # type: ignore[return-value]  # what the reading reads


def test_a_source_names_the_instruments_streak_only_in_a_sentence_about_it() -> None:
    dow = own_names("DIA", "The Dow")
    assert source_names_streak([_item("Dow falls for 10th day", "Stocks fell.")], dow)
    assert source_names_streak([_item("Stocks slide", "The Dow fell for a third straight session.")], dow)
    other = _item("Stocks rise", "The Dow rose. It was the sixth session in a row in which IWM trailed SPY.")
    assert not source_names_streak([other], dow)
