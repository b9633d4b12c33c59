"""Headless Chromium for the browser tests: Playwright driving /usr/bin/chromium (or
NEWSDESK_CHROMIUM) with a throw-away profile, which is removed afterwards."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path(os.environ.get("NEWSDESK_CHROMIUM", "/usr/bin/chromium"))
ARGS = ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync")


def require_chromium() -> None:
    """Skip the calling test module when Playwright or the Chromium binary is missing."""
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')")
    if not CHROMIUM.is_file():
        pytest.skip(f"no Chromium at {CHROMIUM} (Debian: apt-get install chromium)",
                    allow_module_level=True)


@contextmanager
def chromium_context(viewport: dict[str, int], extra_args: Sequence[str] = ()) -> Iterator[Any]:
    """A persistent browser context at `viewport`, closed and its profile deleted on exit."""
    from playwright import sync_api

    profile = tempfile.mkdtemp(prefix="newsdesk-chromium-")
    try:
        with sync_api.sync_playwright() as pw:
            context = pw.chromium.launch_persistent_context(
                profile, executable_path=str(CHROMIUM), headless=True, args=[*ARGS, *extra_args],
                viewport=viewport)
            try:
                yield context
            finally:
                context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def csp_violations(page: Any) -> list[str]:
    """The page's console reports of Content Security Policy violations, collected as they come."""
    violations: list[str] = []
    page.on("console", lambda msg: violations.append(msg.text)
            if "Content Security Policy" in msg.text else None)
    return violations


def sign_in(page: Any, base: str, password: str, user: str = "alice") -> None:
    """Fill in and send the review page's sign-in form the page shows; wait for the queue."""
    page.fill("input[name=user]", user)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/")
