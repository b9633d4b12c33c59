"""The IWM brief the template writer reads, and the verifier's errors on what it wrote."""

from __future__ import annotations

from market_factories import news_item, settings

from pipeline.contracts import Finding, NewsItem, Severity, Snapshot
from pipeline.scoring import score_snapshot
from pipeline.verify import VerifyContext, check_text
from pipeline.writers import Brief

NAMES = [n for inst in settings().instruments for n in (inst.name, *inst.aliases)]
RATES_STORY = ("Small caps stall as rates ease", "Small caps lagged while yields eased.")


def iwm_brief(snapshot: Snapshot, news: list[NewsItem] | None = None) -> Brief:
    """IWM's brief on `snapshot` with the packaged instruments' names (default news: one
    small-caps story about rates)."""
    cfg = settings()
    inst = cfg.instrument("IWM")
    news = news if news is not None else [news_item(*RATES_STORY, ["IWM"])]
    return Brief(snapshot=snapshot, scores=score_snapshot(snapshot, news), news=news,
                 short_name=inst.display_name, index_name="Russell 2000 Index",
                 related_names={i.symbol: i.short_name or i.name for i in cfg.instruments},
                 tags=inst.tags, desk="Desk", byline="Writer", ai_label="AI label")


def error_findings(text: str, brief: Brief) -> list[Finding]:
    """The verifier's error findings on `text`; instrument names holding digits are names."""
    ctx = VerifyContext.build(brief.snapshot, brief.scores, sources=brief.news)
    ctx.extra_names.extend(n for n in NAMES if any(ch.isdigit() for ch in n))
    return [f for f in check_text(text, ctx) if f.severity == Severity.ERROR]
