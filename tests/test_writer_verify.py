"""The template writer's articles pass the verifier; planted errors get the right finding."""

from __future__ import annotations

import pytest
from market_factories import news_item, settings, snapshot_for

from pipeline.contracts import Bias, Severity
from pipeline.scoring import score_snapshot
from pipeline.verify import verify_article
from pipeline.writers import Brief, TemplateWriter

NAMES = [n for inst in settings().instruments for n in (inst.name, *inst.aliases)]


def _brief(symbol: str = "IWM", seed: int = 3, news=None) -> Brief:
    cfg = settings()
    inst = cfg.instrument(symbol)
    snapshot = snapshot_for(symbol, seed=seed, cfg=cfg)
    news = news if news is not None else [
        news_item("Small caps stall as Nasdaq 100 rises 1.9%", "Small caps lagged. The Nasdaq 100 "
                  "rose 1.9% on chip strength while the Russell 2000 barely moved.", [symbol], 1),
        news_item("Fed officials signal patience before the December meeting",
                  "Policymakers said they would wait for more data.", [symbol], 2),
    ]
    scores = score_snapshot(snapshot, news)
    index = cfg.instrument(inst.index) if inst.index else None
    return Brief(snapshot=snapshot, scores=scores, news=news, short_name=inst.display_name,
                 index_name=index.name if index else None,
                 related_names={i.symbol: i.short_name or i.name for i in cfg.instruments},
                 tags=inst.tags, desk="Desk", byline="Writer", ai_label="AI label")


def _errors(article, brief):
    findings = verify_article(article, brief.snapshot, brief.scores,
                              {n.item_id: n for n in brief.news}, names=NAMES)
    return [f for f in findings if f.severity == Severity.ERROR]


@pytest.mark.parametrize("symbol", ["IWM", "SPY", "QQQ", "DIA"])
@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_template_articles_have_no_error_findings(symbol, seed):
    brief = _brief(symbol, seed)
    article = TemplateWriter().write(brief)
    assert _errors(article, brief) == []
    assert 3 <= len(article.analysis) <= 6
    assert article.bias == brief.scores.bias and article.pulse == brief.scores.pulse


def test_writer_is_deterministic():
    brief = _brief()
    assert TemplateWriter().write(brief) == TemplateWriter().write(brief)


def test_articles_for_different_instruments_do_not_read_alike():
    first = TemplateWriter().write(_brief("IWM", 1)).analysis[0]
    second = TemplateWriter().write(_brief("QQQ", 1)).analysis[0]
    assert first != second


def test_citations_point_only_at_given_news():
    brief = _brief()
    article = TemplateWriter().write(brief)
    assert [s.item_id for s in article.sources] == [n.item_id for n in brief.news]
    assert "[1]" in " ".join(article.analysis) and "[2]" in " ".join(article.analysis)


def test_no_news_means_no_sources_and_no_citations():
    brief = _brief(news=[])
    article = TemplateWriter().write(brief)
    assert article.sources == [] and "[1]" not in " ".join(article.analysis)
    assert _errors(article, brief) == []


def _planted(article, **changes):
    return article.model_copy(update=changes)


def test_wrong_number_is_caught():
    brief = _brief()
    article = TemplateWriter().write(brief)
    wrong = article.analysis[0].replace(f"{brief.snapshot.close:,.2f}", "999.99", 1)
    assert wrong != article.analysis[0]
    errors = _errors(_planted(article, analysis=[wrong, *article.analysis[1:]]), brief)
    assert [(e.code, e.span) for e in errors] == [("value-mismatch", "$999.99")]
    assert errors[0].expected == f"${brief.snapshot.close:,.2f}"


def test_number_from_cited_source_is_accepted_but_not_without_citation():
    brief = _brief()
    article = TemplateWriter().write(brief)
    cited = "The Nasdaq 100 rose 1.9%, the wire reported [1]."
    uncited = "The Nasdaq 100 rose 1.9%, the wire reported."
    assert _errors(_planted(article, analysis=[*article.analysis[:3], cited]), brief) == []
    errors = _errors(_planted(article, analysis=[*article.analysis[:3], uncited]), brief)
    # named as the Nasdaq 100's move, so it is checked against that move
    assert [e.code for e in errors] == ["value-mismatch"]


def test_unresolved_citation_and_foreign_url():
    brief = _brief()
    article = TemplateWriter().write(brief)
    text = "See [7] and https://elsewhere.example/x for more."
    codes = sorted(e.code for e in _errors(_planted(article, take=text), brief))
    assert codes == ["citation-unresolved", "url-not-ingested"]


def test_source_not_ingested():
    brief = _brief()
    article = TemplateWriter().write(brief)
    fake = article.sources[0].model_copy(update={"item_id": "f" * 16, "url": "https://x.example/"})
    errors = _errors(_planted(article, sources=[fake, *article.sources[1:]]), brief)
    # one fault, one finding: the figure quoted from [1] is not also reported as untraced
    assert sorted(e.code for e in errors) == ["source-not-ingested"]


def test_level_on_wrong_side_of_price():
    brief = _brief()
    article = TemplateWriter().write(brief)
    above = ("Resistance", "Waypoint")  # an untested round number above the close is a Waypoint row
    close = brief.snapshot.close
    rows = [r.model_copy(update={"kind": "Support"}) if r.kind in above and r.low > close else r
            for r in article.key_levels]
    assert rows != article.key_levels
    codes = {e.code for e in _errors(_planted(article, key_levels=rows), brief)}
    assert codes == {"level-wrong-side"}


def test_setup_geometry_and_reward_risk():
    brief = _brief()
    article = TemplateWriter().write(brief)
    long = next(s for s in article.setups if s.direction == "long")
    upside_down = long.model_copy(update={"stop": long.target + 1})
    assert [e.code for e in _errors(_planted(article, setups=[upside_down]), brief)] == ["setup-geometry"]
    wrong_ratio = long.model_copy(update={"reward_risk": long.reward_risk + 1})
    assert [e.code for e in _errors(_planted(article, setups=[wrong_ratio]), brief)] == [
        "setup-reward-risk"]


def test_bias_must_agree_with_score():
    brief = _brief()
    article = TemplateWriter().write(brief)
    other = Bias.BULLISH if article.bias != Bias.BULLISH else Bias.BEARISH
    codes = {e.code for e in _errors(_planted(article, bias=other), brief)}
    assert codes == {"score-mismatch", "bias-mismatch"}


def test_missing_value_words_are_caught():
    brief = _brief()
    article = TemplateWriter().write(brief)
    codes = [e.code for e in _errors(_planted(article, take="RSI is nan today."), brief)]
    assert codes == ["text-missing-value"]


def test_untraced_date_is_caught():
    brief = _brief()
    article = TemplateWriter().write(brief)
    codes = [e.code for e in _errors(_planted(article, take="The Fed meets on March 3, 2027."), brief)]
    assert codes == ["date-untraced"]


def test_vix_reading_takes_the_right_article():
    from pipeline.writers.paragraphs import _article

    assert _article("elevated") == "an elevated" and _article("subdued") == "a subdued"
