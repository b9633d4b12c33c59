"""A citation given the words of another ingested story (issue 14, vmiss stop 19): the clause names
another outlet as its speaker ("Northgate Daily wrote that ... [1]" where [1] is Pier Street's story), or
quotes words that only another story prints. `citation-unsupported` on that mark; the right outlet, an
outlet named but not as the speaker, and a quote no other story prints are left to the other checks."""

from __future__ import annotations

import pytest
from market_factories import news_item, settings, snapshot_for

from pipeline.contracts import Severity
from pipeline.scoring import score_snapshot
from pipeline.verify import InstrumentInfo, VerifyContext, check_text

CFG = settings()
INFOS = [InstrumentInfo(i.symbol, i.name, i.kind, i.index, i.short_name, tuple(i.aliases))
         for i in CFG.instruments]
PIER = news_item("Small caps drift as traders wait for the Fed", "Small caps drifted on Friday as the "
                 "Russell 2000 edged up and traders said the tape felt like a holding pattern.", ["IWM"], 1)
PIER = PIER.model_copy(update={"publisher": "Pier Street Journal"})
NORTH = news_item("Rate hopes lift the Russell 2000", "Northgate's desk said rate-cut hopes kept small "
                  "caps bid into the close, calling the move a patient rebuild of confidence.", ["IWM"], 2)
NORTH = NORTH.model_copy(update={"publisher": "Northgate Daily"})
SOURCES = (f"\n\nSources\n[1] {PIER.title}, {PIER.url}\n[2] {NORTH.title}, {NORTH.url}\n")


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    snapshot = snapshot_for("IWM", seed=3)
    return VerifyContext.build(snapshot, score_snapshot(snapshot, [PIER, NORTH]), sources=[PIER, NORTH],
                               instruments=INFOS)


def unsupported(ctx: VerifyContext, body: str) -> list[str | None]:
    return [f.span for f in check_text(body + SOURCES, ctx)
            if f.severity == Severity.ERROR and f.code == "citation-unsupported"]


@pytest.mark.parametrize("body", [
    'Pier Street Journal wrote that the tape "felt like a holding pattern" [1].',
    'Northgate Daily called it "a patient rebuild of confidence" [2].',
    'Small caps drifted while traders waited for the Fed, Pier Street said [1], and Northgate Daily '
    'credited rate-cut hopes [2].',
    'Unlike Northgate, Pier Street Journal saw a holding pattern in the small caps [1].',
])
def test_each_story_given_its_own_words_is_clean(ctx: VerifyContext, body: str) -> None:
    assert unsupported(ctx, body) == []


@pytest.mark.parametrize("body, span", [
    ('Northgate Daily wrote that the tape "felt like a holding pattern" [1].', "[1]"),  # the outlet named
    ('According to Northgate, small caps drifted while traders waited for the Fed [1].', "[1]"),
    ('The desk put it plainly: "a patient rebuild of confidence" [1].', "[1]"),  # only [2] prints it
    ('Pier Street Journal saw "a holding pattern" [1], and Northgate Daily saw '
     '"a patient rebuild of confidence" [1].', "[1]"),  # the second of two marks
])
def test_words_given_to_the_wrong_story(ctx: VerifyContext, body: str, span: str) -> None:
    assert span in unsupported(ctx, body)
