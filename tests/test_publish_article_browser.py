"""The CMS body at phone width in headless Chromium (Playwright driving /usr/bin/chromium).

The body is set into a bare page with a theme-like stylesheet whose cells do not wrap (the
worst case for a 7-column table). At 375 px the page itself must not scroll sideways: each wide
table scrolls inside its `overflow: auto` wrapper. The same body with the wrappers removed
overflows the page, so the check can fail. Numeric cells are right-aligned as rendered.

Skips when Chromium or Playwright is missing. Set NEWSDESK_SCREENSHOT_DIR to keep screenshots.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_helpers import chromium_context, require_chromium
from publish_factories import new_store, stored_draft

from pipeline.publish.payload import article_html
from pipeline.render.cms import BodyOptions

PHONE = {"width": 375, "height": 812}
THEME = ("body{margin:0;font:16px/1.5 sans-serif}.entry-content{padding:0 16px}"
         "table{border-collapse:collapse}th,td{padding:4px 8px;white-space:nowrap;"
         "border-bottom:1px solid #ddd}")

require_chromium()


@pytest.fixture
def page() -> Iterator[Any]:
    with chromium_context(PHONE) as context:
        yield context.new_page()


def as_post(body: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><style>{THEME}</style></head>'
            f'<body><main class="entry-content"><h1>IWM headline</h1>{body}</main></body></html>')


def test_wide_tables_scroll_inside_their_wrapper_at_phone_width(page: Any, tmp_path: Path) -> None:
    with new_store(tmp_path) as store:
        body = article_html(stored_draft(store).article, BodyOptions(dek=True, hashtags=False))
    page.set_content(as_post(body))
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    wrappers = page.evaluate("""[...document.querySelectorAll('table')].map(t => {
        const d = t.parentElement, s = getComputedStyle(d);
        return [s.overflowX, d.clientWidth, d.scrollWidth];
    })""")
    assert all(overflow == "auto" for overflow, _, _ in wrappers)
    assert any(scroll > client for _, client, scroll in wrappers)  # the setups table does scroll
    aligned = page.evaluate("""[...document.querySelectorAll('#trade-setups td')].slice(0, 7)
        .map(td => getComputedStyle(td).textAlign)""")
    assert aligned == ["start", "start", "right", "right", "right", "right", "start"]
    keep = os.environ.get("NEWSDESK_SCREENSHOT_DIR")
    if keep:
        page.screenshot(path=str(Path(keep) / "cms-article-phone.png"), full_page=True)

    unwrapped = re.sub(r'<div style="overflow: auto">(<table>.*?</table>)</div>', r"\1", body, flags=re.S)
    page.set_content(as_post(unwrapped))
    assert page.evaluate("document.documentElement.scrollWidth") > PHONE["width"]
