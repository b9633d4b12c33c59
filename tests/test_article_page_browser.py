"""An article page and its session index, as written to disk, in headless Chromium (Playwright
driving /usr/bin/chromium): a reader goes from the page to the index and back by clicking.

Skips when Chromium or Playwright is missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_helpers import chromium_context, csp_violations, require_chromium
from render_factories import make_article, make_findings

from pipeline.contracts import DraftStatus
from pipeline.render import write_article_files, write_index

require_chromium()

DESKTOP = {"width": 1200, "height": 900}


@pytest.fixture
def page() -> Iterator[Any]:
    with chromium_context(DESKTOP) as context:
        yield context.new_page()


def test_the_article_page_links_its_session_index_and_back(page: Any, tmp_path: Path) -> None:
    article = make_article(chart=None)
    paths = write_article_files(article, tmp_path, ["md", "html"], findings=make_findings())
    write_index(tmp_path / "2026-11-20", [article])
    violations = csp_violations(page)
    page.goto(paths[1].as_uri())
    links = page.locator("nav.session-nav a")
    assert links.count() == 2  # above the article and below it
    assert links.first.inner_text() == "← All articles for Friday, November 20, 2026"
    assert links.first.is_visible()
    links.first.click()
    page.wait_for_url("**/2026-11-20/index.html")
    assert page.locator("h1").inner_text() == "newsdesk · Friday, November 20, 2026"
    page.locator("table.index-table a", has_text=article.headline).click()
    page.wait_for_url("**/2026-11-20/iwm-2026-11-20.html")
    assert page.locator("h1").inner_text() == article.headline
    assert violations == []


def test_a_decision_shows_above_the_article(page: Any, tmp_path: Path) -> None:
    paths = write_article_files(make_article(chart=None), tmp_path, ["html"],
                                status=DraftStatus.REJECTED)
    page.goto(paths[0].as_uri())
    notice = page.locator("aside.decision")
    assert notice.is_visible()
    assert notice.inner_text() == "Rejected in review. This draft is not to be published."
    above = page.evaluate("""() => document.querySelector('aside.decision').getBoundingClientRect().bottom
        <= document.querySelector('article h1').getBoundingClientRect().top""")
    assert above
