"""The render stage: Markdown, HTML and JSON from one Article, and the files they go to."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from render_factories import make_article, make_bare_article, make_findings

from pipeline.contracts import Article, InstrumentKind, LevelRow, Source
from pipeline.errors import ConfigError
from pipeline.render import (
    IndexEntry,
    render_html,
    render_json,
    render_markdown,
    view,
    write_article_files,
    write_index,
)
from pipeline.render.markdown import md_cell, md_text, yaml_scalar

MD_SECTIONS = [
    "## Analysis", "## Key levels", "## Indicator snapshot", "## Scenarios", "### Bull case",
    "### Bear case", "## Trade setups", "## Cross-market read", "## Final call", "## Take",
    "## Chart", "## Sources",
]
HTML_SECTIONS = [
    "Analysis", "Key levels", "Indicator snapshot", "Scenarios", "Bull case", "Bear case",
    "Trade setups", "Cross-market read", "Final call", "Take", "Chart", "Sources",
]
XSS = '<script>alert(1)</script><img src=x onerror="alert(2)">'


# --- helpers ------------------------------------------------------------------------

def parse_front_matter(text: str) -> tuple[dict[str, object], str]:
    """A YAML subset: `key: scalar`, `key: []` and `key:` followed by `  - scalar` items.
    Quoted scalars are read as JSON strings, which is what the renderer promises."""
    assert text.startswith("---\n")
    head, body = text[4:].split("\n---\n", 1)
    data: dict[str, object] = {}
    current: list[object] | None = None
    for line in head.splitlines():
        if line.startswith("  - "):
            assert current is not None, line
            current.append(_scalar(line[4:]))
            continue
        key, sep, value = line.partition(":")
        assert sep and re.fullmatch(r"[a-z_]+", key), line
        value = value.strip()
        if value == "":
            current = []
            data[key] = current
        else:
            current = None
            data[key] = [] if value == "[]" else _scalar(value)
    return data, body


def _scalar(text: str) -> object:
    if text.startswith('"'):
        assert text.endswith('"') and len(text) >= 2
        return json.loads(text)
    assert re.fullmatch(r"-?\d+", text), f"unquoted non-integer scalar: {text!r}"
    return int(text)


def positions(text: str, needles: list[str]) -> list[int]:
    found = []
    for needle in needles:
        assert needle in text, f"missing {needle!r}"
        found.append(text.index(needle))
    return found


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.headings: list[str] = []
        self._in_heading = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("h2", "h3"):
            self._in_heading = True
            self.headings.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("h2", "h3"):
            self._in_heading = False

    def handle_data(self, data: str) -> None:
        if self._in_heading:
            self.headings[-1] += data


def parse_html(page: str) -> TagCollector:
    parser = TagCollector()
    parser.feed(page)
    parser.close()
    return parser


def body_markdown(text: str) -> str:
    return parse_front_matter(text)[1]


def markdown_to_html(text: str) -> str:
    return MarkdownIt("commonmark").enable("table").render(body_markdown(text))


# --- Markdown -----------------------------------------------------------------------

def test_markdown_has_every_section_in_order() -> None:
    text = render_markdown(make_article())
    lines = text.splitlines()
    for heading in MD_SECTIONS:
        assert heading in lines, heading
    order = [lines.index(heading) for heading in MD_SECTIONS]
    assert order == sorted(order)
    h1 = next(i for i, line in enumerate(lines) if line.startswith("# "))
    assert lines[h1] == "# Small Caps Stall Under the Range Top as Rate Bets Cool"
    assert h1 < order[0]
    assert text.rstrip().endswith(
        "*For information only; not investment advice. Trading involves risk of loss, "
        "including loss of capital.*")


def test_markdown_header_block() -> None:
    text = render_markdown(make_article())
    assert "*IWM closed at $262.22, still boxed between $255.00 and $265.00" in text
    assert ("**Bias:** Neutral · **Pulse:** 48/100 · **Risk:** Medium · "
            "**Threat level:** 3/5 · **Sentiment:** 42 (Moderate)") in text
    assert "As of the close on Friday, November 20, 2026, 4:00 PM EST" in text
    assert "By newsdesk template writer · newsdesk Markets Desk" in text
    assert "*Machine-written from computed market data; pending editorial review.*" in text
    assert "Tags: #russell-2000 #iwm #small-caps #range-trading" in text


def test_as_of_after_json_round_trip_still_prints_exchange_zone() -> None:
    article = make_article()
    again = Article.model_validate(json.loads(render_json(article))["article"])
    assert "4:00 PM EST" in render_markdown(again)
    summer = make_article(as_of=article.as_of.replace(month=7, day=17),
                          session=article.session.replace(month=7, day=17))
    assert "As of the close on Friday, July 17, 2026, 4:00 PM EDT" in render_markdown(summer)


def test_front_matter_parses() -> None:
    data, body = parse_front_matter(render_markdown(make_article()))
    assert data == {
        "title": "Small Caps Stall Under the Range Top as Rate Bets Cool",
        "dek": "IWM closed at $262.22, still boxed between $255.00 and $265.00 "
               "while large caps drifted higher.",
        "symbol": "IWM",
        "instrument": "iShares Russell 2000 ETF",
        "session": "2026-11-20",
        "as_of": "2026-11-20T16:00:00-05:00",
        "bias": "Neutral",
        "pulse": 48,
        "risk": "Medium",
        "threat_level": 3,
        "sentiment": 42,
        "sentiment_label": "Moderate",
        "tags": ["russell-2000", "iwm", "small-caps", "range-trading"],
        "desk": "newsdesk Markets Desk",
        "byline": "newsdesk template writer",
        "ai_label": "Machine-written from computed market data; pending editorial review.",
    }
    assert body.lstrip().startswith("# ")


@pytest.mark.parametrize("headline", [
    'Small caps: "stuck" #range — why it matters',
    "Back\\slash, tab\there, quote ' and \" # : - [1] {x} &anchor *star",
    "Line\nbreak\u2028and\u0007bell\ufeff plus emoji 📉 and é",
    "yes",
    "- looks like a list: item",
])
def test_front_matter_quotes_any_headline(headline: str) -> None:
    data, _ = parse_front_matter(render_markdown(make_article(headline=headline, tags=[])))
    assert data["title"] == headline
    assert data["tags"] == []


def test_yaml_scalar_is_json_compatible() -> None:
    for value in ['a: "b" #c', "\u2028\u2029\x7f\x85", "\\", ""]:
        quoted = yaml_scalar(value)
        assert quoted.startswith('"') and "\n" not in quoted
        assert json.loads(quoted) == value
    assert yaml_scalar(48) == "48"


def test_markdown_numbers_on_the_instrument_scale() -> None:
    text = render_markdown(make_article())
    assert "| **Current** | **$262.22** | Friday's close |" in text
    assert "| Resistance | $265.00–$266.50 | Top of the 19-session range |" in text
    assert "| SPY | SPDR S&P 500 ETF | $681.45 | +0.35% |" in text
    assert "| ^RUT | Russell 2000 | 2,036.40 | +0.72% |" in text
    assert "| ^VIX | CBOE Volatility Index | 16.82 | -3.10% |" in text
    assert "$2,036" not in text
    assert "| Long | a close above the range top | $265.50 | $262.00 | $272.50 | 2.0 |" in text
    assert "| Short | a close below the range floor | $254.50 | $258.00 | $247.50 | 2.0 |" in text
    assert "| RSI(14) | 54.6 | Neutral, drifting up |" in text


def test_index_instrument_prints_in_points() -> None:
    article = make_article(
        instrument=make_article().instrument.model_copy(update={"symbol": "^RUT",
                                                               "kind": InstrumentKind.INDEX}),
        key_levels=[LevelRow(kind="Resistance", low=3000, high=3010, note="Zone"),
                    LevelRow(kind="Current", low=2036.4, note="Close", is_current=True)])
    text = render_markdown(article)
    assert "| Resistance | 3,000.00–3,010.00 | Zone |" in text
    assert "| **Current** | **2,036.40** | Close |" in text
    assert "| Long | a close above the range top | 265.50 | 262.00 | 272.50 | 2.0 |" in text
    page = render_html(article)
    assert "3,000.00–3,010.00" in page and "$3,000" not in page


def test_markdown_table_cells_escape_pipes() -> None:
    levels = [LevelRow(kind="Support | floor", low=255.0, note="Range | floor, a|b"),
              LevelRow(kind="Current", low=262.22, note="Close", is_current=True)]
    text = render_markdown(make_article(key_levels=levels))
    assert "| Support \\| floor | $255.00 | Range \\| floor, a\\|b |" in text
    html = markdown_to_html(text)
    assert "<td>Support | floor</td>" in html
    assert "<td>Range | floor, a|b</td>" in html


def test_markdown_citations_stay_plain_text() -> None:
    article = make_article(take="Watch $265.00 [1]. Grouped [1, 2]; linked-looking [2](x) "
                                "and [1]: not a definition.")
    text = render_markdown(article)
    assert "[1]" in text and "[2]" in text
    html = markdown_to_html(text)
    assert "left the fund inside the band it has held for 19 sessions [1].</p>" in html
    assert "Watch $265.00 [1]. Grouped [1, 2]; linked-looking [2](x) and [1]: not a " \
           "definition.</p>" in html
    assert 'href="x"' not in html
    anchors = [a for a in re.findall(r'<a href="([^"]+)"', html)
               if a != "charts/iwm-2026-11-20.svg"]  # the chart's vector version
    assert anchors and all(a.startswith("https://") for a in anchors)


def test_markdown_prose_cannot_inject_markup() -> None:
    article = make_article(
        headline="# Big *news* <b>now</b> ##",
        analysis=["## not a heading", "- not a list", "1. not a list either",
                  f"{XSS} and *stars* and _under_ and `code` and &amp;"],
        bull_case=["> not a quote"],
        take="---",
        chart=None,
    )
    html = markdown_to_html(render_markdown(article))
    parsed = parse_html(html)
    tags = [tag for tag, _ in parsed.tags]
    assert "script" not in tags and "img" not in tags
    assert tags.count("em") == 3  # dek, AI label, disclaimer: not the prose's *stars*
    assert "and *stars* and _under_ and `code` and &amp;amp;</p>" in html
    assert "code" not in tags
    assert tags.count("blockquote") == 2  # the two source snippets; "> not a quote" stays text
    assert tags.count("hr") == 1  # the rule above the disclaimer; "---" prose stays text
    assert tags.count("h2") == len([s for s in MD_SECTIONS if s.startswith("## ")]) - 1  # no chart
    assert tags.count("ol") == 1  # only the sources
    assert "<h1># Big *news* &lt;b&gt;now&lt;/b&gt; ##</h1>" in html
    assert "&amp;amp;" in html
    assert "&lt;script&gt;" in html


def test_markdown_escape_helpers() -> None:
    assert md_text("1. item") == "1\\. item"
    assert md_text("54.6 reading") == "54.6 reading"
    assert md_text("-3.10% move") == "-3.10% move"
    assert md_text("- item") == "\\- item"
    assert md_text("sma_50 and _x_") == "sma_50 and \\_x\\_"
    assert md_cell("+0.72% | up") == "+0.72% \\| up"
    assert md_text("a\n\nb   c") == "a b c"


def test_source_dates_follow_the_article_date_style() -> None:
    """A source of the session's year (six months back at most) prints without its year, as the
    prose and the tables date it; an older one, or one without the session, keeps it."""
    source = make_article().sources[0]
    session = date(2026, 11, 20)
    assert view.source_meta(source, session) == "Harbor Street Wire, Nov 20"
    old = source.model_copy(update={"published": date(2025, 12, 30)})
    assert view.source_meta(old, session) == "Harbor Street Wire, Dec 30, 2025"
    assert view.source_meta(source) == "Harbor Street Wire, Nov 20, 2026"


def test_markdown_sources_and_data_lines() -> None:
    text = render_markdown(make_article())
    assert ("1. **Small caps edge up as traders eye the Fed** — Harbor Street Wire, "
            "Nov 20. <https://wire.harborstreet.example/markets/small-caps-edge-up>") in text
    assert "   > “The Russell 2000 ended the week little changed" in text
    assert "2. **Factory data trims December cut bets** — Ledger Markets Daily, Nov 19." in text
    assert "Data: csv fixtures — IWM, ^RUT, SPY, ^VIX — as of Nov 20, 2026, 4:00 PM EST" in text
    assert ("![IWM daily chart, up to six months: candles, 50-day and 200-day averages, key levels "
            "and volume](charts/iwm-2026-11-20.png)\n\n"
            "[Vector version (SVG)](charts/iwm-2026-11-20.svg)") in text


def test_markdown_unsafe_source_url_is_not_a_link() -> None:
    source = make_article().sources[0].model_copy(update={"url": "javascript:alert(1)"})
    article = make_article(sources=[source, make_article().sources[1]])
    html = markdown_to_html(render_markdown(article))
    assert "javascript:alert(1)" in html
    assert 'href="javascript' not in html


def test_long_snippet_is_shortened() -> None:
    long = "word " * 200
    source = make_article().sources[0].model_copy(update={"snippet": long})
    text = render_markdown(make_article(sources=[source]))
    quote = next(line for line in text.splitlines() if line.startswith("   > "))
    assert quote.endswith("…”") and len(quote) < 260


# --- HTML ---------------------------------------------------------------------------

def test_html_has_every_section_in_order() -> None:
    page = render_html(make_article())
    assert page.startswith("<!DOCTYPE html>")
    parsed = parse_html(page)
    headings = [h.strip() for h in parsed.headings]
    assert [h for h in headings if h in HTML_SECTIONS] == HTML_SECTIONS
    positions(page, ["<h1>", 'class="badges"', "As of the close on Friday, November 20, 2026, "
                     "4:00 PM EST", "<h2>Analysis</h2>"])
    order = positions(page, ["<h1>", "<h2>Analysis</h2>", "<h2>Sources</h2>",
                             'class="data"', 'class="disclaimer"'])
    assert order == sorted(order)


def test_html_head_meta_and_no_external_resources() -> None:
    page = render_html(make_article())
    assert '<meta name="generator" content="newsdesk">' in page
    assert ('<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; '
            "img-src &#39;self&#39; data:; style-src &#39;unsafe-inline&#39;\">") in page
    parsed = parse_html(page)
    tags = [tag for tag, _ in parsed.tags]
    assert "script" not in tags and "link" not in tags and "iframe" not in tags
    csp = next(a for t, a in parsed.tags if t == "meta" and a.get("http-equiv"))
    assert csp["content"] == "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'"
    for tag, attrs in parsed.tags:
        if tag == "img":
            assert not re.match(r"https?:", attrs["src"] or "")


def test_html_badges_and_numbers() -> None:
    page = render_html(make_article())
    for text in ("Neutral", "48", "/100", "Medium", "3", "/5", "42 (Moderate)"):
        assert text in page
    assert '<td class="num">$262.22</td>' in page
    assert '<tr class="current">' in page
    assert '<td class="num">2,036.40</td>' in page
    assert '<td class="num">$681.45</td>' in page
    assert '<td class="num">16.82</td>' in page
    assert '<td class="num up">+0.72%</td>' in page
    assert '<td class="num down">-3.10%</td>' in page
    assert '<td class="num">2.0</td>' in page
    assert "$2,036" not in page


def test_html_citations_link_to_sources() -> None:
    article = make_article(take="Watch $265.00 [1]; see [1, 2] and the missing [9].")
    page = render_html(article)
    assert ('held for 19 sessions <a class="cite" href="#source-1">[1]</a>.') in page
    assert '<li id="source-1" value="1">' in page
    assert '<li id="source-2" value="2">' in page
    assert ('[<a class="cite" href="#source-1">1</a>, <a class="cite" href="#source-2">2</a>]'
            in page)
    assert "the missing [9]." in page and "#source-9" not in page
    targets = {a["href"] for t, a in parse_html(page).tags if t == "a"}
    ids = {a["id"] for t, a in parse_html(page).tags if a.get("id")}
    for href in targets:
        if href and href.startswith("#"):
            assert href[1:] in ids


def test_html_external_links_are_nofollow() -> None:
    parsed = parse_html(render_html(make_article()))
    external = [a for t, a in parsed.tags if t == "a" and (a["href"] or "").startswith("http")]
    assert len(external) == 2
    assert all(a["rel"] == "nofollow noopener" for a in external)


def test_html_escapes_untrusted_text() -> None:
    sources = [Source(number=1, item_id="x", title=XSS, publisher=XSS, url="https://a.example/",
                      snippet=XSS),
               Source(number=2, item_id="y", title="ok", publisher="p",
                      url='https://b.example/"onmouseover="alert(3)', snippet="s")]
    levels = [LevelRow(kind=XSS, low=255.0, note=XSS + " [1]"),
              LevelRow(kind="Current", low=262.22, note="Close", is_current=True)]
    article = make_article(headline=XSS, dek=XSS, analysis=[XSS + " [1]"] * 3, take=XSS,
                           bull_case=[XSS], cross_market=XSS, key_levels=levels,
                           sources=sources, tags=[XSS], byline=XSS, disclaimer=XSS,
                           chart='x.png" onerror="alert(4)')
    findings = [f.model_copy(update={"message": XSS, "span": XSS, "code": XSS})
                for f in make_findings()]
    page = render_html(article, findings)
    parsed = parse_html(page)
    assert "<script" not in page.lower()
    for tag, attrs in parsed.tags:
        assert tag not in ("script", "iframe", "object", "embed")
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        if tag == "img":
            assert attrs["src"] in (None, "") or "alert" not in (attrs["src"] or "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert '<title>&lt;script&gt;' in page
    hrefs = [a["href"] for t, a in parsed.tags if t == "a"]
    assert "https://a.example/" in hrefs
    assert not any("onmouseover" in (h or "") for h in hrefs)


def test_html_javascript_url_is_not_clickable() -> None:
    base = make_article()
    bad = base.sources[0].model_copy(update={"url": "javascript:alert(document.cookie)"})
    also_bad = base.sources[1].model_copy(update={"url": " JaVaScRiPt:alert(1)"})
    page = render_html(make_article(sources=[bad, also_bad]))
    parsed = parse_html(page)
    for _tag, attrs in parsed.tags:
        for value in attrs.values():
            assert "javascript" not in (value or "").lower()
    assert "javascript:alert(document.cookie)" in page  # shown as text


def test_html_chart_image() -> None:
    page = render_html(make_article())
    imgs = [a for t, a in parse_html(page).tags if t == "img"]
    assert [i["src"] for i in imgs] == ["charts/iwm-2026-11-20.png"]
    assert imgs[0]["alt"]
    page = render_html(make_article(chart="javascript:alert(1)"))
    assert not [a for t, a in parse_html(page).tags if t == "img"]


def test_html_findings_panel() -> None:
    findings = make_findings()
    page = render_html(make_article(), findings)
    panel = page.index('class="card findings"')
    assert panel < page.index("<h1>")
    for text in ("Review findings: 1 error, 1 warning", "number-unsourced", "level-wrong-side",
                 "A number in prose matches no fact.", "<q>0.38 pp</q>", "<q>$270.00</q>",
                 'class="sev-error"', 'class="sev-warning"'):
        assert text in page, text
    assert page.index("number-unsourced") < page.index("level-wrong-side")  # errors first
    assert 'class="card findings"' not in render_html(make_article())


# --- JSON ---------------------------------------------------------------------------

def test_json_round_trips() -> None:
    article = make_article()
    findings = make_findings()
    text = render_json(article, findings=findings)
    document = json.loads(text)
    assert set(document) == {"review", "article", "snapshot", "scores", "findings"}
    assert document["review"] == {"status": "needs_review", "error_findings": 1, "warning_findings": 1}
    assert document["snapshot"] is None and document["scores"] is None
    assert Article.model_validate(document["article"]) == article
    assert len(document["findings"]) == 2 and document["findings"][1]["severity"] == "error"
    assert text.startswith("{\n  ")
    bare = make_bare_article()
    assert Article.model_validate(json.loads(render_json(bare))["article"]) == bare


# --- optional parts unset -------------------------------------------------------------

def test_optional_parts_unset_print_nothing() -> None:
    article = make_bare_article()
    text = render_markdown(article)
    page = render_html(article)
    for output in (text, page):
        assert not re.search(r"\b(None|nan|NaN|null|undefined)\b", output)
        assert "Sentiment" not in output and "Trade setups" not in output
        assert "Daily chart" not in output
    assert "## Trade setups" not in text and "## Chart" not in text
    assert "| Symbol | Name |" not in text
    data, _ = parse_front_matter(text)
    assert "sentiment" not in data and "sentiment_label" not in data
    assert "**Threat level:** 3/5\n" in text
    assert "<img" not in page and "<h2>Chart</h2>" not in page


def test_sentiment_label_without_score() -> None:
    text = render_markdown(make_article(sentiment_score=None))
    assert "**Sentiment:** Moderate" in text
    assert "sentiment_label" in parse_front_matter(text)[0]


# --- files --------------------------------------------------------------------------

def test_write_article_files(tmp_path: Path) -> None:
    article = make_article()
    findings = make_findings()
    paths = write_article_files(article, tmp_path, ["md", "html", "json"], findings=findings)
    day = tmp_path / "2026-11-20"
    assert paths == [day / "iwm-2026-11-20.md", day / "iwm-2026-11-20.html",
                     day / "iwm-2026-11-20.json"]
    assert sorted(p.name for p in day.iterdir()) == sorted(p.name for p in paths)  # no temp left
    assert paths[0].read_text(encoding="utf-8") == render_markdown(article, findings)
    assert "> **Held for review: 1 error finding.**" in paths[0].read_text(encoding="utf-8")
    assert "> **Held for review" not in render_markdown(article)
    assert paths[1].read_text(encoding="utf-8") == render_html(article, findings, index="index.html")
    assert paths[2].read_text(encoding="utf-8") == render_json(article, findings=findings)
    # Writing again replaces the files in place.
    again = write_article_files(article.model_copy(update={"take": "Changed take."}), tmp_path,
                                ["md"])
    assert again == [paths[0]] and "Changed take." in paths[0].read_text(encoding="utf-8")


def test_write_article_files_slug_and_formats(tmp_path: Path) -> None:
    base = make_article()
    article = make_article(instrument=base.instrument.model_copy(
        update={"symbol": "^RUT", "kind": InstrumentKind.INDEX}))
    paths = write_article_files(article, tmp_path / "new" / "dir", ["json"])
    assert paths == [tmp_path / "new" / "dir" / "2026-11-20" / "rut-2026-11-20.json"]
    with pytest.raises(ConfigError, match="pdf"):
        write_article_files(article, tmp_path, ["md", "pdf"])
    assert not (tmp_path / "2026-11-20").exists()


def test_write_index(tmp_path: Path) -> None:
    article = make_article(headline="IWM | stalls <here>")
    paths = write_article_files(article, tmp_path, ["md", "html"])
    entry = IndexEntry.from_article(article, paths)
    written = write_index(tmp_path / "2026-11-20", [entry])
    assert written == [tmp_path / "2026-11-20" / "index.md",
                       tmp_path / "2026-11-20" / "index.html"]
    md = written[0].read_text(encoding="utf-8")
    assert md.startswith("# newsdesk · Friday, November 20, 2026")
    assert "[IWM \\| stalls \\<here>](<iwm-2026-11-20.html>)" in md
    assert "| IWM | Neutral | 48/100 | 3/5 |" in md
    assert "[md](<iwm-2026-11-20.md>) · [html](<iwm-2026-11-20.html>)" in md
    page = written[1].read_text(encoding="utf-8")
    assert '<a href="iwm-2026-11-20.html">IWM | stalls &lt;here&gt;</a>' in page
    assert '<a href="iwm-2026-11-20.md">md</a>' in page
    assert "48/100" in page and "3/5" in page
    assert '<meta name="generator" content="newsdesk">' in page


def test_write_index_accepts_articles(tmp_path: Path) -> None:
    article = make_article()
    write_article_files(article, tmp_path, ["html", "json"])
    md = write_index(tmp_path / "2026-11-20", [article])[0].read_text(encoding="utf-8")
    assert "[Small Caps Stall Under the Range Top as Rate Bets Cool](<iwm-2026-11-20.html>)" in md
    assert "[html](<iwm-2026-11-20.html>) · [json](<iwm-2026-11-20.json>) |" in md
    assert "iwm-2026-11-20.md" not in md  # not written, so not linked


def test_write_index_links_the_scorecard_page_only_when_it_is_there(tmp_path: Path) -> None:
    article = make_article()
    write_article_files(article, tmp_path, ["md", "html"])
    md, page = (p.read_text(encoding="utf-8") for p in write_index(tmp_path / "2026-11-20", [article]))
    assert "scorecard.html" not in md and "scorecard.html" not in page
    (tmp_path / "scorecard.html").write_text("<!DOCTYPE html>", encoding="utf-8")
    md, page = (p.read_text(encoding="utf-8") for p in write_index(tmp_path / "2026-11-20", [article]))
    assert "](<../scorecard.html>)" in md and '<a href="../scorecard.html">' in page
    assert (tmp_path / "2026-11-20" / "../scorecard.html").resolve() == tmp_path / "scorecard.html"


def test_write_index_marks_a_rejected_draft(tmp_path: Path) -> None:
    article = make_article()
    write_article_files(article, tmp_path, ["md", "html"])
    md, page = (p.read_text(encoding="utf-8")
                for p in write_index(tmp_path / "2026-11-20", [article], rejected={"IWM"}))
    assert f"| **Rejected in review:** [{article.headline}](<iwm-2026-11-20.html>) |" in md
    assert '<strong class="held">Rejected in review:</strong> <a href="iwm-2026-11-20.html">' in page
    md = write_index(tmp_path / "2026-11-20", [article], rejected={"SPY"})[0].read_text("utf-8")
    assert "Rejected" not in md


def test_write_index_empty_and_hostile_names(tmp_path: Path) -> None:
    day = tmp_path / "2026-11-20"
    written = write_index(day, [])
    assert "No articles" in written[0].read_text(encoding="utf-8")
    entry = IndexEntry.from_article(make_article(), [Path("javascript:alert(1)"), Path("ok.md")])
    page = write_index(day, [entry])[1].read_text(encoding="utf-8")
    assert "javascript:" not in page and 'href="ok.md"' in page


# --- a real browser, when one is installed ----------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_html_renders_in_headless_chromium(tmp_path: Path) -> None:
    page = tmp_path / "article.html"
    page.write_text(render_html(make_article(chart=None), make_findings()), encoding="utf-8")
    shot = tmp_path / "article.png"
    assert CHROMIUM is not None
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", f"--screenshot={shot}", "--window-size=1200,2400",
         page.as_uri()],
        check=True, capture_output=True, timeout=120)
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000


def test_write_index_marks_approved_and_published_drafts(tmp_path: Path) -> None:
    article = make_article()
    write_article_files(article, tmp_path, ["md", "html"])
    md, page = (p.read_text(encoding="utf-8") for p in write_index(
        tmp_path / "2026-11-20", [article], decided={"IWM": "published"}))
    assert f"| **Published:** [{article.headline}](<iwm-2026-11-20.html>) |" in md
    assert '<strong class="decided">Published:</strong> <a href="iwm-2026-11-20.html">' in page
    md = write_index(tmp_path / "2026-11-20", [article], decided={"IWM": "approved"})[0]
    assert "**Approved in review:**" in md.read_text(encoding="utf-8")
    both = write_index(tmp_path / "2026-11-20", [article], rejected={"IWM"}, decided={"IWM": "approved"})
    assert "Approved" not in both[0].read_text(encoding="utf-8")  # a rejection is what shows
    plain = write_index(tmp_path / "2026-11-20", [article], decided={"IWM": "draft"})
    assert "**" not in plain[0].read_text(encoding="utf-8").split("| --- |")[-1]


def test_renderers_state_a_persons_decision_only() -> None:
    article = make_article()
    for status in ("draft", "needs_review", None):
        assert render_markdown(article, status=status) == render_markdown(article)
        assert render_html(article, status=status) == render_html(article)
        assert render_json(article, status=status) == render_json(article)
    rejected = render_markdown(article, make_findings(), status="rejected")
    assert '\nreview: "rejected"\n' in rejected and "error_findings: 1" in rejected
    assert "> **Rejected in review.**" in rejected and "Held for review" not in rejected
    assert 'review: "approved"' in render_markdown(article, status="approved")
    assert "<strong>Approved in review.</strong>" in render_html(article, status="approved")
    assert json.loads(render_json(article, status="published"))["review"]["status"] == "published"
