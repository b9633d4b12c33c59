"""The heavy third-party packages load only where they are used, not with the CLI.

Every `newsdesk` command, `--help` included, imports `pipeline.cli`; matplotlib
(charts), pandas and exchange_calendars (the session calendar), numpy (indicators,
bar columns), the openai SDK (the model writer), trafilatura, lxml and feedparser
(ingest), starlette/uvicorn (the review web server), SQLAlchemy (the store), httpx2
(publish targets, notifications), nh3 (the sanitiser), jinja2 (HTML rendering),
tenacity (model retries) and rich's tables and progress bars are imported by the
commands and modules that need them. Pydantic and the contracts and settings load
with the CLI. Each check runs in a fresh interpreter, since this test process has
long imported all of them.
"""

from __future__ import annotations

import json
import subprocess
import sys

LAZY = ("matplotlib", "pandas", "exchange_calendars", "openai", "trafilatura", "starlette", "uvicorn",
        "numpy", "sqlalchemy", "httpx2", "jinja2", "nh3", "tenacity", "lxml", "feedparser",
        "rich.table", "rich.progress")


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
            "import pipeline.views, pipeline.store, pipeline.publish.targets, pipeline.ingest.feeds\n"
            "SessionCalendar('XNYS')\n"
            "extract_page(b'<html><body><p>hello</p></body></html>', 'https://example.com/a')\n"
            "strict_schema(type('Probe', (Contract,), {'__annotations__': {'x': int}}))")
    assert _loaded_after(code) == sorted(LAZY)


def test_the_terminal_review_queue_loads_the_store_but_no_html_templates() -> None:
    """`newsdesk review` reads the store and prints tables; jinja2 and numpy stay out."""
    code = "import pipeline.cli, pipeline.review.terminal, pipeline.review.overview, pipeline.store"
    assert _loaded_after(code) == ["rich.table", "sqlalchemy"]


def test_each_command_module_imports_on_its_own() -> None:
    """The command modules share `cli_context`, not each other: none needs `pipeline.cli` first."""
    from pathlib import Path

    modules = sorted(p.stem for p in Path(__file__).parents[1].joinpath("pipeline").glob("cli_*.py"))
    assert "cli_review" in modules
    for name in modules:
        done = subprocess.run([sys.executable, "-c", f"import pipeline.{name}"], capture_output=True,
                              text=True, timeout=120, check=False)
        assert done.returncode == 0, f"pipeline.{name}: {done.stderr.strip().splitlines()[-1:]}"
