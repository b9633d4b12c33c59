"""The review server's /scorecard in headless Chromium (Playwright, as test_review_browser.py):
a reviewer signs in, opens the scorecard from the top bar, filters it, and the page draws its
tables and both SVG charts under the CSP (no violation reported, the stylesheet applied).

Skips when Chromium or Playwright is missing. NEWSDESK_SCREENSHOT_DIR keeps the screenshot.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_helpers import chromium_context, csp_violations, require_chromium, sign_in
from market_factories import SESSION, synthetic_history
from review_helpers import PASSWORD, add_reviewer, review_server

from pipeline.config import Settings
from pipeline.review.app import ReviewOptions
from pipeline.scorecard.backfill import backfill_calls
from pipeline.store import Store

require_chromium()


@pytest.fixture
def browser_context() -> Iterator[Any]:
    with chromium_context({"width": 1400, "height": 1000}, ["--disable-quic"]) as context:
        yield context


def test_a_reviewer_reads_the_scorecard_under_the_csp(store: Store, settings: Settings,
                                                      browser_context: Any,
                                                      tmp_path: Path) -> None:
    add_reviewer(store)
    history = synthetic_history("IWM", sessions=600, seed=5)
    days = [bar.session for bar in history.bars]
    store.save_session_calls(backfill_calls(history, None, days[300], days[-1]))
    options = ReviewOptions(load_history={"IWM": history}.__getitem__, today=lambda: SESSION)
    with review_server(store, settings, options) as server:
        page = browser_context.new_page()
        violations = csp_violations(page)
        page.goto(f"{server.base}/scorecard")
        assert page.url == f"{server.base}/login"
        sign_in(page, server.base, PASSWORD)

        page.click("#nav-scorecard")
        page.wait_for_url(f"{server.base}/scorecard")
        page.fill("input[name=from]", days[300].isoformat())
        page.select_option("select[name=symbol]", "IWM")
        page.click(".scorecard-filter button[type=submit]")
        page.wait_for_url(f"{server.base}/scorecard?symbol=IWM&from={days[300].isoformat()}&to=")
        total = page.locator("#calls tr.total").first
        assert total.is_visible() and "Short-term" in total.inner_text()
        assert total.evaluate("r => getComputedStyle(r.cells[0]).fontWeight") == "700"
        behind = page.locator("#calls td.behind").first  # these made-up bars lose to always-long
        assert behind.inner_text().startswith("not above")
        assert behind.evaluate("c => getComputedStyle(c).color") == "rgb(138, 28, 23)"
        chart = page.locator("#pulse svg")
        box = chart.bounding_box()
        assert box is not None and box["width"] > 300 and box["height"] > 150  # drawn, not blocked
        assert page.locator("#pulse svg rect").count() >= 2
        assert page.locator("#setups svg rect").count() == 6  # one bar per R bucket
        shot = tmp_path / "review-scorecard.png"
        page.screenshot(path=str(shot), full_page=True)
        keep = os.environ.get("NEWSDESK_SCREENSHOT_DIR")
        if keep:
            shutil.copy(shot, Path(keep) / shot.name)
        assert violations == []
