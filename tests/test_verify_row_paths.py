"""Table rows checked from an Article's fields give the findings the same rows give read as text.

`check_article` reads a writer's Article; `check_text` reads Markdown (a reviewer's edit,
`newsdesk check`). For the same article both must report the same findings, whatever is wrong in
its tables. Each test takes real template articles of the evaluation set with their own contexts,
spoils one table value at a time (a wrong number, a wrong side word, a wrong date, a wrong level
name, a wrong symbol, a flipped bias...) and compares the two paths finding by finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

import pytest
import test_verify_eval as tv

from pipeline.contracts import Article, Bias, Finding, InstrumentKind
from pipeline.render import render_markdown
from pipeline.verify import VerifyContext, check_article, check_text, table_rows

ARTICLES = ("tmpl-IWM-2026-11-20", "tmpl-SPY-2026-06-03", "tmpl-idx_GSPC-2026-11-20", "tmpl-FRNT-2026-11-20")
"""An ETF with five peer rows, an ETF with a trade setup, an index (no '$'), a foreign-listed fund."""

_SWAPS = (("above", "below"), ("Above", "Below"), ("Up", "Down"), ("up", "down"), ("higher", "lower"),
          ("Support", "Resistance"), ("support", "resistance"), ("swing high", "swing low"),
          ("50-day", "200-day"), ("golden", "death"), ("Breakout", "Breakdown"),
          ("range top", "range bottom"), ("calls", "puts"), ("Nov", "Oct"), ("Friday", "Thursday"),
          ("Monday", "Tuesday"),
          ("Wednesday", "Friday"), ("2025", "2024"), ("2026", "2025"))
_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def _case(case_id: str) -> dict[str, Any]:
    return next(c for c in tv.CASES if c["id"] == case_id)


@cache
def _article(case_id: str) -> Article:
    return Article.model_validate_json((tv.DATA / _case(case_id)["article"]).read_text())


@cache
def _context(case_id: str) -> VerifyContext:
    return tv.verify_ctx(_case(case_id))


def text_variants(text: str) -> Iterator[tuple[str, str]]:
    """(what was changed, the spoiled text): each number off by a little (the first also by a lot), each side,
    name, month, weekday or year word swapped for its pair."""
    for n, match in enumerate(_NUMBER.finditer(text)):
        digits = match.group(0)
        last = digits[-1]
        nudged = digits[:-1] + ("0" if last == "9" else str(int(last) + 1))
        wrongs = (("nudged", nudged), ("doubled", _doubled(digits))) if n == 0 else (("nudged", nudged),)
        for label, wrong in wrongs:
            yield f"number {n} {label}", text[:match.start()] + wrong + text[match.end():]
    for one, other in _SWAPS:
        for old, new in ((one, other), (other, one)):
            if re.search(rf"\b{re.escape(old)}\b", text):
                yield f"{old} -> {new}", re.sub(rf"\b{re.escape(old)}\b", new, text, count=1)


def _doubled(digits: str) -> str:
    value = float(digits.replace(",", "")) * 2 + 1
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return f"{value:,.{decimals}f}" if "," in digits else f"{value:.{decimals}f}"


def _float_variants(value: float) -> Iterator[tuple[str, float]]:
    yield "off 3%", round(value * 1.03, 2)
    yield "off a cent", round(value + 0.01, 2)
    if value:
        yield "sign", -value


def row_variants(article: Article) -> Iterator[tuple[str, Callable[[], Article]]]:
    """(label, a maker of the spoiled article) for every value of every table row."""
    tables = {"key_levels": article.key_levels, "indicators": article.indicators,
              "setups": article.setups, "cross_market_table": article.cross_market_table,
              "final_call": article.final_call}
    for table, rows in tables.items():
        for index, row in enumerate(rows):
            for name, value in row:
                for label, wrong in _value_variants(table, name, value, rows):
                    yield (f"{table}[{index}].{name}: {label}",
                           _maker(article, table, index, name, wrong))


def _value_variants(table: str, name: str, value: object, rows: list[Any]) -> Iterator[tuple[str, object]]:
    if isinstance(value, bool):
        yield "flipped", not value
    elif isinstance(value, Bias):
        yield "bias", Bias.BEARISH if value != Bias.BEARISH else Bias.BULLISH
    elif isinstance(value, InstrumentKind):
        yield "kind", InstrumentKind.INDEX if value != InstrumentKind.INDEX else InstrumentKind.ETF
    elif isinstance(value, float):
        yield from _float_variants(value)
    elif isinstance(value, str) and name == "symbol":
        others = [r.symbol for r in rows if r.symbol != value]
        if others:
            yield f"symbol of {others[0]}", others[0]
    elif isinstance(value, str) and name not in ("horizon", "direction"):
        yield from text_variants(value)


def _maker(article: Article, table: str, index: int, name: str, wrong: object) -> Callable[[], Article]:
    def make() -> Article:
        rows = list(getattr(article, table))
        rows[index] = rows[index].model_copy(update={name: wrong})
        return article.model_copy(update={table: rows})
    return make


def both_paths(article: Article, ctx: VerifyContext) -> tuple[list[Finding], list[Finding]]:
    return check_article(article, ctx), check_text(render_markdown(article), ctx)


def _described(found: list[Finding]) -> list[str]:
    return [f"{f.code} [{f.section}] {f.span!r}: {f.message} (expected {f.expected!r}, {f.source})"
            for f in found]


@pytest.mark.parametrize("case_id", ARTICLES)
def test_spoiled_table_values_give_the_same_findings_on_both_paths(case_id: str) -> None:
    article, ctx = _article(case_id), _context(case_id)
    differing, spoiled, flagged = [], 0, 0
    for label, make in row_variants(article):
        structured, text = both_paths(make(), ctx)
        spoiled += 1
        flagged += bool(structured)
        if structured != text:
            differing.append(f"{label}:\n  article: {_described(structured)}\n  text:    {_described(text)}")
    assert spoiled > 60, f"only {spoiled} spoiled variants of {case_id}"
    assert flagged > spoiled // 4, f"most spoiled values of {case_id} pass: {flagged}/{spoiled} flagged"
    shown = "\n".join(differing[:9])
    assert not differing, f"{len(differing)} of {spoiled} spoiled articles differ:\n{shown}"


TEMPLATE_ARTICLES = [c["id"] for c in tv.CASES if c.get("article") and c["style"] == "template"]


@pytest.mark.parametrize("case_id", TEMPLATE_ARTICLES)
def test_clean_template_articles_give_the_same_findings_on_both_paths(case_id: str) -> None:
    structured, text = both_paths(_article(case_id), _context(case_id))
    assert structured == text


def test_a_long_table_of_rows_that_hold_gives_the_same_findings_as_its_text() -> None:
    """Rows checked from their fields hand on their figures unread; a check that asks for the moves
    before it ('trailed the peer by 1.70 pp') reads them. Fifteen hundred such rows are read in
    batches, not through a chain of reads deeper than Python's stack (a `check-failed` finding)."""
    article, ctx = _article(ARTICLES[0]), _context(ARTICLES[0])
    rsi = next(row for row in article.indicators if row.name == "RSI(14)")
    trailed = "It trailed the peer by 1.70 pp on the day."
    calls = [article.final_call[0].model_copy(update={"reasoning": trailed}), *article.final_call[1:]]
    long = article.model_copy(update={"indicators": [rsi] * 1500, "cross_market_table": [],
                                      "final_call": calls})
    structured, text = both_paths(long, ctx)
    assert structured == text
    assert structured and not any(f.code == "check-failed" for f in structured)


@pytest.mark.parametrize("case_id", TEMPLATE_ARTICLES)
def test_the_template_writers_readings_and_notes_are_checked_from_their_fields(case_id: str) -> None:
    """Every indicator reading and level note the template writer prints is the one its facts print
    (pipeline/verify/table_rows.py mirrors the writer's readings; both use pipeline/level_notes.py),
    so none is read as text; a change of the writer's wording that the verifier does not follow fails
    here (its rows would be read slower)."""
    article, ctx = _article(case_id), _context(case_id)
    readings = [row.name for row in article.indicators
                if not table_rows.indicator_reading_holds(row, ctx.sheet, ctx.scores)]
    notes = [row.note for row in article.key_levels
             if not table_rows.level_note_holds(row, ctx.snapshot, ctx.sheet)]
    assert (readings, notes) == ([], [])


def test_a_reading_or_note_that_differs_from_the_data_is_read_as_text() -> None:
    article, ctx = _article(ARTICLES[0]), _context(ARTICLES[0])
    price = next(row for row in article.indicators if row.name == "Price")
    level = next(row for row in article.key_levels if not row.is_current)
    assert not table_rows.indicator_reading_holds(price.model_copy(update={"reading": "+9.99% on the day"}),
                                                  ctx.sheet, ctx.scores)
    assert not table_rows.level_note_holds(level.model_copy(update={"note": level.note + "; 9 touches"}),
                                           ctx.snapshot, ctx.sheet)
    assert not table_rows.level_note_holds(level.model_copy(update={"low": level.low + 0.01}),
                                           ctx.snapshot, ctx.sheet)
