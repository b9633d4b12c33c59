"""A sentence opening on 'It', 'That' or 'This' points at the sentence before it
(bench/editorial_prose.py: pronoun_openers_unanchored, pinned at 0 in the editorial floors), and one
comparison with a peer is told in one verb (comparison_verbs_mixed). The template writer's day
paragraph ('That left it 0.80 pp ahead of ...', not 'That outran small caps') and its record
sentence (named, after the averages' sentence) hold to both."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from market_factories import settings, snapshot_for

from pipeline.scoring import score_snapshot
from pipeline.writers import Brief, TemplateWriter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from editorial_prose import COMPARISON_VERBS, unanchored  # noqa: E402
from editorial_text import sentences  # noqa: E402

FUND = re.compile(r"^(?:the\s+)?(?:Dow|DIA|it|price|the close)\b", re.IGNORECASE)


def test_a_demonstrative_before_a_move_verb_has_no_antecedent() -> None:
    prev = "At the close on Tuesday, the Dow (DIA) slipped to $401.20, down 0.40% on the session."
    assert unanchored(prev, "That trailed the Nasdaq 100 (QQQ), up 0.20%, by 0.60 pp.", FUND)
    assert not unanchored(prev, "That left it 0.60 pp behind the Nasdaq 100 (QQQ), up 0.20%.", FUND)
    assert not unanchored(prev, "It trailed the Nasdaq 100 (QQQ) by 0.60 pp.", FUND)


def test_it_needs_the_instrument_as_the_subject_before() -> None:
    averages = "With the 50-day above the 200-day since May 4, the averages are in the golden-cross state."
    assert unanchored(averages, "It sits 3.10% below its record close of $420.00.", FUND)
    assert not unanchored(averages, "The Dow sits 3.10% below its record close of $420.00.", FUND)
    assert not unanchored(averages, "It was a quiet session all round.", FUND)  # a dummy 'it'


def test_a_demonstrative_noun_needs_that_noun_before() -> None:
    volume = "Turnover ran light: 3.1M shares against a 20-day average of 4.0M."
    assert unanchored(volume, "That gap to SPY adds to a one-month lead of 1.20 pp.", FUND)
    edge = "Watch the range top at $405.00: a close beyond it would end the range."
    assert not unanchored(edge, "That top is also the record close.", FUND)


def _brief(symbol: str, seed: int) -> Brief:
    cfg = settings()
    inst = cfg.instrument(symbol)
    snapshot = snapshot_for(symbol, seed=seed, cfg=cfg)
    return Brief(snapshot=snapshot, scores=score_snapshot(snapshot, []), news=[],
                 short_name=inst.display_name,
                 related_names={i.symbol: i.short_name or i.name for i in cfg.instruments},
                 tags=inst.tags, desk="Desk", byline="Writer", ai_label="AI label")


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
@pytest.mark.parametrize("symbol", ["IWM", "SPY", "QQQ", "DIA"])
def test_the_template_opens_no_sentence_on_a_pronoun_without_its_antecedent(symbol: str, seed: int) -> None:
    brief = _brief(symbol, seed)
    article = TemplateWriter().write(brief)
    short = re.sub(r"^the\s+", "", brief.short_name, flags=re.IGNORECASE)
    names = "|".join(re.escape(n) for n in (symbol, short, article.instrument.name))
    fund = re.compile(rf"^(?:the\s+)?(?:{names}|it|price|the close|the fund)\b", re.IGNORECASE)
    for paragraph in article.analysis:
        said = sentences(paragraph)
        for prev, sentence in zip(said, said[1:], strict=False):
            assert not unanchored(prev, sentence, fund), (prev, sentence)


def test_the_comparison_verbs_are_read_by_sense() -> None:
    behind, ahead = COMPARISON_VERBS["behind"], COMPARISON_VERBS["ahead"]
    assert behind["lag"].search("Small caps lagged as a bond rally lifted the big indexes")
    assert not behind["lag"].search("adds to a one-month lag of 3.20 pp")  # a noun, not the verb
    assert behind["trail"].search("It trailed the Nasdaq 100 (QQQ) by 1.60 pp")
    assert ahead["outrun"].search("It outran the Dow (DIA) by 0.54 pp")
