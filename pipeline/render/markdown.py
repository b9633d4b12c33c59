"""Article -> Markdown with YAML front matter. Pure: no I/O.

Prose is untrusted text: Markdown syntax in it is escaped so it prints as
written, while citation markers such as `[1]` stay plain text (there are no
reference definitions for them to resolve to).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from ..contracts import Article, Finding, Severity, Source
from . import view

Block = str


@dataclass(frozen=True)
class Table:
    """A table of the article: its printed cells, and the contract row each printed row shows
    (the verifier checks a row's figures from that row's fields)."""

    header: Sequence[str]
    rows: Sequence[Sequence[str]]
    align: Sequence[str] = ()
    origins: Sequence[object] = ()

    def block(self) -> Block:
        return _table(self.header, self.rows, self.align)


Part = Block | Table


def render_markdown(article: Article, findings: Sequence[Finding] = (), *, chart_vector: bool = True,
                    status: str | None = None) -> str:
    """With error `findings` the draft is held for review, and the file says so at the top.

    `chart_vector` off: the chart has no SVG beside its PNG, and no link to one. `status`:
    the draft's status; a person's decision (approved, rejected, published) goes into the
    front matter's `review`, and a rejected draft gets a banner instead of the held one."""
    errors = sum(1 for f in findings if f.severity == Severity.ERROR)
    decided = view.decision(status)
    blocks: list[Block] = [front_matter(article, errors=errors, warnings=len(findings) - errors,
                                        decided=decided)]
    if decided == "rejected":
        blocks.append(REJECTED_BANNER)
    elif errors:
        blocks.append(held_banner(errors))
    blocks += [part.block() if isinstance(part, Table) else part
               for part in article_parts(article, chart_vector)]
    return "\n\n".join(blocks) + "\n"


def article_parts(article: Article, chart_vector: bool = True) -> list[Part]:
    """The article's body after the front matter and banners, block by block, tables as Tables."""
    parts: list[Part] = []
    for section in _SECTIONS:
        parts.extend(_chart(article, chart_vector) if section is _chart else section(article))
    return parts


# --- YAML front matter --------------------------------------------------------

def yaml_scalar(value: str | int | float | bool | date | None) -> str:
    """One YAML scalar. Strings are double-quoted with JSON-compatible escapes only,
    so every quoted scalar is also a valid JSON string."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, date | datetime):
        value = value.isoformat()
    return '"' + "".join(_yaml_char(ch) for ch in value) + '"'


_YAML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _yaml_char(ch: str) -> str:
    """A character as it may stand inside a double-quoted scalar.

    YAML allows only printable characters unescaped, and JSON escapes are a
    subset of YAML's, so anything else becomes \\uXXXX. U+2028/2029 are
    escaped too: YAML 1.1 readers take them for line breaks.
    """
    if ch in _YAML_ESCAPES:
        return _YAML_ESCAPES[ch]
    code = ord(ch)
    printable = (0x20 <= code < 0x7F or 0xA0 <= code <= 0xD7FF
                 or (0xE000 <= code <= 0xFFFD and code != 0xFEFF) or code >= 0x10000)
    if printable and code not in (0x2028, 0x2029):
        return ch
    return f"\\u{code:04x}"


def held_banner(errors: int) -> Block:
    plural = "finding" if errors == 1 else "findings"
    return (f"> **Held for review: {errors} error {plural}.** The verifier found figures or claims "
            "in this draft that the data does not support. Do not publish it as it stands; "
            "`newsdesk review` lists the findings.")


REJECTED_BANNER: Block = ("> **Rejected in review.** A reviewer rejected this draft: do not publish it. "
                          "`newsdesk review --status rejected` lists it; `newsdesk review ID` says why.")


def front_matter(article: Article, *, errors: int = 0, warnings: int = 0,
                 decided: str | None = None) -> Block:
    fields: list[tuple[str, str | int | date | None]] = [
        ("title", article.headline),
        ("dek", article.dek),
        ("symbol", article.instrument.symbol),
        ("instrument", article.instrument.name),
        ("session", article.session),
        ("as_of", article.as_of),
        ("bias", article.bias.value),
        ("pulse", article.pulse),
        ("risk", article.risk.value),
        ("threat_level", article.threat_level),
        ("sentiment", article.sentiment_score),
        ("sentiment_label", article.sentiment_label),
    ]
    if decided or errors:
        fields.append(("review", decided or "needs_review"))
    if errors:
        fields += [("error_findings", errors), ("warning_findings", warnings)]
    lines = ["---"]
    lines += [f"{key}: {yaml_scalar(value)}" for key, value in fields if value is not None]
    lines += _yaml_list("tags", article.tags)
    for key, text in (("desk", article.desk), ("byline", article.byline),
                      ("ai_label", article.ai_label)):
        lines.append(f"{key}: {yaml_scalar(text)}")
    lines.append("---")
    return "\n".join(lines)


def _yaml_list(key: str, items: Sequence[str]) -> list[str]:
    if not items:
        return [f"{key}: []"]
    return [f"{key}:"] + [f"  - {yaml_scalar(item)}" for item in items]


# --- Markdown escaping ----------------------------------------------------------

_INLINE_SPECIAL = re.compile(r"[\\`*\[\]<~]|&(?=#?\w+;)")
_ESCAPABLE = re.compile(r"[\\`*\[\]<~&_]")
"""A character `md_inline` may escape or a citation marker holds: without one, text is its own Markdown."""
_LONE_UNDERSCORE = re.compile(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")
# What would open a block at the start of a line: an ATX heading, a quote, a
# bullet, an ordered-list number, a thematic break ("---"). `*` and `_` are
# escaped everywhere already; a one-line text cannot underline a setext heading.
_BLOCK_START = re.compile(r"^(?:#{1,6}(?=\s|$)|>|[-+](?=\s|$)|-(?=[-\s]*$)|\d{1,9}(?=[.)](?:\s|$)))")


def md_text(text: str) -> str:
    """Untrusted text as one paragraph line of literal Markdown; `[n]` markers kept."""
    return _BLOCK_START.sub(_escape_block_start, md_inline(text))


def md_inline(text: str) -> str:
    """Untrusted text as literal inline Markdown on one line; `[n]` markers kept."""
    line = " ".join(text.split())
    if not _ESCAPABLE.search(line):  # most text: nothing to escape, no marker
        return line
    pieces: list[str] = []
    last = 0
    for marker in view.CITATION.finditer(line):
        pieces.append(_escape_inline(line[last:marker.start()]))
        pieces.append(marker[0])
        last = marker.end()
        if line[last:last + 1] in ("(", ":"):  # "[1](x)" is a link, "[1]: x" a definition
            pieces.append("\\" + line[last])
            last += 1
    pieces.append(_escape_inline(line[last:]))
    return "".join(pieces)


def _escape_inline(text: str) -> str:
    text = _INLINE_SPECIAL.sub(lambda m: "\\" + m[0], text)
    return _LONE_UNDERSCORE.sub(r"\\_", text) if "_" in text else text


def _escape_block_start(match: re.Match[str]) -> str:
    """'# x' -> '\\# x' and '1. x' -> '1\\. x', so a line never opens a block."""
    found = match[0]
    return found + "\\" if found[0].isdigit() else "\\" + found


def md_cell(text: str) -> str:
    """Text for a table cell: inline-escaped, with `|` escaped so it cannot split the cell."""
    return md_inline(text).replace("|", "\\|")


def _table(header: Sequence[str], rows: Sequence[Sequence[str]],
           align: Sequence[str] = ()) -> Block:
    rules = [{"r": "---:", "c": ":---:"}.get(a, "---") for a in align] or ["---"] * len(header)
    rules += ["---"] * (len(header) - len(rules))
    lines = [_row(header), _row(rules)]
    lines += [_row(row) for row in rows]
    return "\n".join(lines)


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _heading(level: int, text: str) -> Block:
    escaped = md_text(text)
    escaped = re.sub(r"(#+)$", lambda m: "\\" + m[1], escaped)  # not a closing sequence
    return "#" * level + " " + escaped


def _emphasis(text: str) -> str:
    escaped = md_text(text)
    return f"*{escaped}*" if escaped else ""


# --- sections -------------------------------------------------------------------

def _header(article: Article) -> list[Block]:
    scores = " · ".join(f"**{label}:** {md_text(value)}"
                        for label, value in view.score_items(article))
    blocks = [_heading(1, article.headline), _emphasis(article.dek), scores,
              md_text(view.instrument_line(article)) + "\\\n" + md_text(view.as_of_line(article)),
              md_text(view.byline(article)) + "\\\n" + _emphasis(article.ai_label)]
    if article.tags:
        blocks.append(md_text("Tags: " + " ".join(f"#{tag}" for tag in article.tags)))
    return [block for block in blocks if block]


def _analysis(article: Article) -> list[Part]:
    return ["## Analysis", *[md_text(p) for p in article.analysis]]


def _key_levels(article: Article) -> list[Part]:
    kind = article.instrument.kind
    rows = []
    for level in article.key_levels:
        cells = [md_cell(level.kind), md_cell(view.level_price(level, kind)), md_cell(level.note)]
        if level.is_current:
            cells[:2] = [f"**{cell}**" for cell in cells[:2]]
        rows.append(cells)
    return ["## Key levels",
            Table(["Type", "Price / zone", "Note"], rows, ["l", "r", "l"], article.key_levels)]


def _indicators(article: Article) -> list[Part]:
    rows = [[md_cell(row.name), md_cell(row.value), md_cell(row.reading)]
            for row in article.indicators]
    return ["## Indicator snapshot",
            Table(["Indicator", "Value", "Reading"], rows, ["l", "r", "l"], article.indicators)]


def _scenarios(article: Article) -> list[Block]:
    return ["## Scenarios",
            "### Bull case", _bullets(article.bull_case),
            "### Bear case", _bullets(article.bear_case)]


def _bullets(items: Sequence[str]) -> Block:
    return "\n".join(f"- {md_text(item)}" for item in items)


def _setups(article: Article) -> list[Part]:
    if not article.setups:
        return []
    kind = article.instrument.kind
    rows = [[s.direction.capitalize(), md_cell(s.trigger), view.price(s.entry, kind),
             view.price(s.stop, kind), view.price(s.target, kind), view.reward_risk(s.reward_risk),
             md_cell(view.setup_note(s))]
            for s in article.setups]
    header = ["Direction", "Trigger", "Entry", "Stop", "Target", "Reward/risk", "Notes"]
    return ["## Trade setups", Table(header, rows, ["l", "l", "r", "r", "r", "r", "l"], article.setups)]


def _cross_market(article: Article) -> list[Part]:
    blocks: list[Part] = ["## Cross-market read", md_text(article.cross_market)]
    if article.cross_market_table:
        rows = [[md_cell(r.symbol), md_cell(r.name), view.price(r.close, r.kind),
                 view.change_pct(r.change_1d_pct)] for r in article.cross_market_table]
        blocks.append(Table(["Symbol", "Name", "Close", "1-day change"], rows,
                            ["l", "l", "r", "r"], article.cross_market_table))
    return blocks


def _final_call(article: Article) -> list[Part]:
    rows = [[row.horizon, row.bias.value, md_cell(row.reasoning)] for row in article.final_call]
    return ["## Final call", Table(["Time frame", "Bias", "Reasoning"], rows, (), article.final_call)]


def _take(article: Article) -> list[Block]:
    return ["## Take", md_text(article.take)]


def _chart(article: Article, vector_beside: bool = True) -> list[Block]:
    if not article.chart:
        return []
    path = article.chart.strip()
    if re.search(r"[<>\n]", path):
        return ["## Chart", md_text(f"Chart file: {path}")]
    blocks = ["## Chart", f"![{md_text(view.chart_alt(article))}]({_link_target(path)})"]
    vector = view.chart_vector(path) if vector_beside else None
    if vector:
        blocks.append(f"[Vector version (SVG)]({_link_target(vector)})")
    return blocks


def _link_target(path: str) -> str:
    return f"<{path}>" if re.search(r"[\s()]", path) else path


def _sources(article: Article) -> list[Block]:
    blocks = ["## Sources"]
    items = [_source_item(s, article.session) for s in sorted(article.sources, key=lambda s: s.number)]
    if items:
        blocks.append("\n".join(items))
    blocks += [md_text(view.data_line(c)) for c in article.data_sources]
    return blocks


def _source_item(source: Source, session: date) -> str:
    marker = f"{source.number}. "
    url = view.safe_url(source.url)
    link = f"<{url}>" if url else md_text(source.url)
    line = f"{marker}**{md_text(source.title)}** — {md_text(view.source_meta(source, session))}. {link}"
    quote = md_text(view.short_quote(source.snippet))
    if not quote:
        return line
    return f"{line}\n{' ' * len(marker)}> “{quote}”"


def _disclaimer(article: Article) -> list[Block]:
    return ["---", _emphasis(article.disclaimer)]


_SECTIONS = (_header, _analysis, _key_levels, _indicators, _scenarios, _setups, _cross_market,
             _final_call, _take, _chart, _sources, _disclaimer)
