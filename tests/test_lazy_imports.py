"""The heavy third-party packages load only where they are used, not with the CLI.

Every `newsdesk` command imports `pipeline.cli`; matplotlib (charts), pandas and
exchange_calendars (the session calendar), the openai SDK (the model writer),
trafilatura (page extraction) and starlette/uvicorn (the review web server) are
imported inside the functions that need them. Each check runs in a fresh
interpreter, since this test process has long imported all of them.
"""

from __future__ import annotations

import json
import subprocess
import sys

LAZY = ("matplotlib", "pandas", "exchange_calendars", "openai", "trafilatura", "starlette", "uvicorn")


def _loaded_after(code: str) -> list[str]:
    """Which of LAZY are in sys.modules after running `code` in a new interpreter."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(m for m in {LAZY!r} if m in sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
                          check=True)
    loaded: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return loaded


def test_importing_the_cli_loads_none_of_the_heavy_packages() -> None:
    assert _loaded_after("import pipeline.cli") == []


def test_the_edges_that_need_them_still_load_them() -> None:
    """The probe can fail: the modules that draw, extract, call the model or serve do import them."""
    code = ("import pipeline.render.chart, pipeline.review.app\n"
            "from pipeline.market.calendar import SessionCalendar\n"
            "from pipeline.ingest.pages import extract_page\n"
            "from pipeline.llm.schema import strict_schema\n"
            "from pipeline.contracts.base import Contract\n"
            "import uvicorn\n"  # cli_review imports it only when it starts the server
            "SessionCalendar('XNYS')\n"
            "extract_page(b'<html><body><p>hello</p></body></html>', 'https://example.com/a')\n"
            "strict_schema(type('Probe', (Contract,), {'__annotations__': {'x': int}}))")
    assert _loaded_after(code) == sorted(LAZY)
