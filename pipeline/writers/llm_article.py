"""Builds the Article from the model's answer: its words, code's numbers.

Slots are filled from the fact sheet; picked levels and setups come from the
snapshot; scores, tables, sources, tags and the disclaimer are built exactly
as the template writer builds them. Picks that name nothing become findings.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..contracts import (
    Article,
    FinalCallRow,
    Finding,
    InstrumentRef,
    KeyLevel,
    LevelKind,
    LevelRow,
    Severity,
    Snapshot,
    TradeSetup,
)
from ..facts import FactSheet
from ..level_notes import level_type
from . import labels, tables
from .base import Brief
from .llm_schema import LevelPick, ModelArticle
from .slots import SlotFiller
from .source_numbers import in_reading_order
from .template import DISCLAIMER, article_tags


def candidate_levels(snapshot: Snapshot) -> list[tuple[int, KeyLevel]]:
    """The levels offered to the model, by their fact number (level_N)."""
    return [(n, lv) for n, lv in enumerate(snapshot.levels, start=1) if lv.kind != LevelKind.CURRENT]


def offered_setups(brief: Brief) -> list[TradeSetup]:
    """The setups that agree with the short-term call (tables.setups_for_call)."""
    return tables.setups_for_call(brief)


def assemble(brief: Brief, sheet: FactSheet, answer: ModelArticle, cited: int,
             byline: str) -> tuple[Article, list[Finding]]:
    slots = SlotFiller(sheet)
    s, sc = brief.snapshot, brief.scores
    level_rows, level_findings = _level_rows(brief, answer.key_levels, slots)
    setups, setup_findings = _setups(brief, answer.setups)
    article = in_reading_order(Article(
        headline=slots.fill(answer.headline, "headline"), dek=slots.fill(answer.dek, "dek"),
        instrument=InstrumentRef(symbol=s.symbol, name=s.name, kind=s.kind,
                                 index_symbol=s.index_symbol, index_name=brief.index_name),
        session=s.session, as_of=s.as_of, bias=sc.bias, pulse=sc.pulse,
        sentiment_score=sc.sentiment_score, sentiment_label=sc.sentiment_label, risk=sc.risk,
        threat_level=sc.threat_level, tags=article_tags(brief), byline=byline, desk=brief.desk,
        ai_label=brief.ai_label,
        analysis=[slots.fill(p, "analysis") for p in answer.analysis],
        key_levels=level_rows, indicators=tables.indicator_rows(brief, sheet),
        bull_case=[slots.fill(p, "bull_case") for p in answer.bull_case],
        bear_case=[slots.fill(p, "bear_case") for p in answer.bear_case],
        setups=setups, cross_market=slots.fill(answer.cross_market, "cross_market"),
        cross_market_table=tables.cross_market_rows(brief),
        final_call=_final_call(brief, sheet, answer, slots), take=slots.fill(answer.take, "take"),
        sources=tables.sources_for(brief.news[:cited]),
        data_sources=labels.data_citations(s, brief.csv_source),
        disclaimer=DISCLAIMER,
    ))
    return article, [*slots.findings, *level_findings, *setup_findings]


def _level_rows(brief: Brief, picks: list[LevelPick],
                slots: SlotFiller) -> tuple[list[LevelRow], list[Finding]]:
    s = brief.snapshot
    offered = dict(candidate_levels(s))
    rows: list[tuple[float, LevelRow]] = []
    findings: list[Finding] = []
    for pick in picks:
        level = offered.get(pick.level)
        if level is None:
            findings.append(_pick_finding("level-unknown", f"level {pick.level}",
                                          f"no candidate level_{pick.level}; pick from the listed levels"))
            continue
        if any(row.note == pick.note and row.low == level.price for _, row in rows):
            continue
        rows.append((level.price, _level_row(level, s.close, slots.fill(pick.note, "key_levels"))))
    rows.append((s.close, LevelRow(kind="Current", low=s.close, note="Last close", is_current=True)))
    rows.sort(key=lambda pair: pair[0], reverse=True)
    return [row for _, row in rows], findings


def _level_row(level: KeyLevel, close: float, note: str) -> LevelRow:
    kind = level_type(level, close)
    if level.zone_low is not None:
        return LevelRow(kind=kind, low=level.zone_low, high=level.zone_high, note=note)
    return LevelRow(kind=kind, low=level.price, note=note)


def _setups(brief: Brief, picked: Sequence[str]) -> tuple[list[TradeSetup], list[Finding]]:
    offered = {setup.direction: setup for setup in offered_setups(brief)}
    chosen, findings = [], []
    for direction in dict.fromkeys(picked):
        if direction in offered:
            chosen.append(offered[direction])
        else:
            findings.append(_pick_finding("setup-unknown", direction,
                                          f"no {direction} setup was offered; pick only offered setups"))
    return chosen, findings


def _final_call(brief: Brief, sheet: FactSheet, answer: ModelArticle,
                slots: SlotFiller) -> list[FinalCallRow]:
    """Code's horizons and biases; the model's reasoning for each."""
    reasons = answer.final_call
    texts = {"Short-term": reasons.short_term, "Medium-term": reasons.medium_term,
             "Long-term": reasons.long_term}
    return [row.model_copy(update={"reasoning": slots.fill(texts[row.horizon], "final_call")})
            for row in tables.final_call_rows(brief, sheet)]


def _pick_finding(code: str, span: str, message: str) -> Finding:
    return Finding(code=code, severity=Severity.ERROR, message=message, section="choices", span=span)
