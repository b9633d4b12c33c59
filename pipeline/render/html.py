"""Article -> one standalone HTML5 page (inline CSS, no scripts, no external resources).

The page comes from `templates/article.html.j2`, rendered with autoescaping and
strict undefined variables. Prose is untrusted text: it is escaped, then its
citation markers `[n]` become links to `#source-n`. No Markdown is run over it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, pass_context
from jinja2.runtime import Context
from markupsafe import Markup, escape

from ..contracts import (
    Article,
    CrossMarketRow,
    Finding,
    InstrumentKind,
    Severity,
    Source,
    TradeSetup,
)
from . import view

CHART_WIDTH, CHART_HEIGHT = 1200, 700  # the chart stage's PNG size, so the page does not reflow

CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'"


def render_html(article: Article, findings: Sequence[Finding] = (), *, chart_vector: bool = True,
                status: str | None = None, index: str | None = None) -> str:
    """`chart_vector` off: the chart has no SVG beside its PNG, and no link to one. `status`:
    the draft's status (a person's decision is stated above the article); `index`: the
    session index's file name beside the page, linked at its top and bottom."""
    template = environment().get_template("article.html.j2")
    return template.render(**article_context(article, findings, chart_vector=chart_vector),
                           decision=_decision(status), index=index,
                           session_day=view.long_date(article.session))


def _decision(status: str | None) -> dict[str, str] | None:
    decided = view.decision(status)
    if decided is None:
        return None
    note = " This draft is not to be published." if decided == "rejected" else ""
    return {"status": decided, "label": view.DECIDED[decided], "note": note}


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("pipeline.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["cite"] = _cite_filter
    env.globals["csp"] = CSP
    return env


def link_citations(text: str, known: Collection[int]) -> Markup:
    """Escape `text`, then link each `[n]` whose source exists to `#source-n`."""
    escaped = str(escape(text))  # escaping leaves digits, brackets and commas alone

    def link(number: str) -> str:
        if int(number) not in known:
            return number
        return f'<a class="cite" href="#source-{int(number)}">{number}</a>'

    def replace(marker: re.Match[str]) -> str:
        numbers = re.findall(r"\d+", marker[1])
        if len(numbers) == 1 and int(numbers[0]) in known:
            n = int(numbers[0])
            return f'<a class="cite" href="#source-{n}">[{numbers[0]}]</a>'
        return "[" + re.sub(r"\d+", lambda m: link(m[0]), marker[1]) + "]"

    return Markup(view.CITATION.sub(replace, escaped))


@pass_context
def _cite_filter(context: Context, text: str) -> Markup:
    return link_citations(text, context["source_numbers"])


def article_context(article: Article, findings: Sequence[Finding] = (), *,
                    chart_vector: bool = True) -> dict[str, Any]:
    """Everything the template prints, numbers already printed; text still raw."""
    kind = article.instrument.kind
    return {
        "article": article,
        "slug": view.slug(article),
        "instrument_detail": view.instrument_detail(article),
        "as_of_line": view.as_of_line(article),
        "byline": view.byline(article),
        "badges": _badges(article),
        "levels": [{"kind": row.kind, "price": view.level_price(row, kind), "note": row.note,
                    "current": row.is_current} for row in article.key_levels],
        "setups": [_setup(s, kind) for s in article.setups],
        "cross_rows": [_cross_row(row) for row in article.cross_market_table],
        "final_call": [{"horizon": row.horizon, "bias": row.bias.value,
                        "reasoning": row.reasoning} for row in article.final_call],
        "chart": _chart(article, chart_vector),
        "sources": [_source(s, article.session) for s in sorted(article.sources, key=lambda s: s.number)],
        "data_lines": [view.data_line(c) for c in article.data_sources],
        "findings": _findings(findings),
        "finding_counts": _finding_counts(findings),
        "source_numbers": frozenset(s.number for s in article.sources),
    }


def _badges(article: Article) -> list[dict[str, Any]]:
    badges: list[dict[str, Any]] = [
        {"label": "Bias", "value": article.bias.value, "tone": article.bias.value.lower()},
        {"label": "Pulse", "value": view.score(article.pulse), "scale": "/100",
         "meter": article.pulse, "tone": "pulse"},
        {"label": "Risk", "value": article.risk.value, "tone": f"risk-{article.risk.value.lower()}"},
        {"label": "Threat level", "value": view.score(article.threat_level), "scale": "/5",
         "dots": [n <= article.threat_level for n in range(1, 6)],
         "tone": f"threat-{article.threat_level}"},
    ]
    mood = view.sentiment(article)
    if mood is not None:
        badges.append({"label": "Sentiment", "value": mood, "tone": "sentiment"})
    return badges


def _setup(setup: TradeSetup, kind: InstrumentKind) -> dict[str, str]:
    return {
        "direction": setup.direction.capitalize(),
        "tone": setup.direction,
        "trigger": setup.trigger,
        "entry": view.price(setup.entry, kind),
        "stop": view.price(setup.stop, kind),
        "target": view.price(setup.target, kind),
        "reward_risk": view.reward_risk(setup.reward_risk),
        "note": view.setup_note(setup),
    }


def _cross_row(row: CrossMarketRow) -> dict[str, str]:
    tone = "up" if row.change_1d_pct > 0 else "down" if row.change_1d_pct < 0 else "flat"
    return {"symbol": row.symbol, "name": row.name, "close": view.price(row.close, row.kind),
            "change": view.change_pct(row.change_1d_pct), "tone": tone}


def _chart(article: Article, vector_beside: bool = True) -> dict[str, Any] | None:
    if not article.chart:
        return None
    src = view.safe_image(article.chart) or ""
    return {"src": src, "path": article.chart, "alt": view.chart_alt(article),
            "vector": view.chart_vector(src) if src and vector_beside else None,
            "width": CHART_WIDTH, "height": CHART_HEIGHT}


def _source(source: Source, session: date) -> dict[str, Any]:
    return {"number": source.number, "title": source.title, "meta": view.source_meta(source, session),
            "url": source.url, "href": view.safe_url(source.url),
            "quote": view.short_quote(source.snippet)}


def _findings(findings: Sequence[Finding]) -> list[Finding]:
    order = {Severity.ERROR: 0, Severity.WARNING: 1}
    return sorted(findings, key=lambda f: order.get(f.severity, 2))


def _finding_counts(findings: Sequence[Finding]) -> str:
    errors = sum(1 for f in findings if f.severity == Severity.ERROR)
    warnings = len(findings) - errors
    parts = [f"{errors} error{'s' if errors != 1 else ''}"] if errors else []
    parts += [f"{warnings} warning{'s' if warnings != 1 else ''}"] if warnings else []
    return ", ".join(parts)
