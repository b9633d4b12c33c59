"""Run the real `newsdesk` command in a temp directory with its own config."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from conftest import FIXTURES

REPO = Path(__file__).resolve().parents[1]
"""The tree these tests are in: the command runs its `pipeline`, whichever tree the environment installed."""


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str


def write_config(directory: Path, extra: str = "", *, bars: Path | None = None,
                 web: Path | None = None) -> Path:
    """A user config in `directory` pointing at the repo's fixtures (or copies)."""
    bars = bars or FIXTURES / "market" / "bars"
    web = web or FIXTURES / "web"
    text = f"""
[store]
url = "sqlite:///state/newsdesk.db"
[output]
dir = "out"
[market]
csv_dir = "{bars}"
options_dir = "{FIXTURES / 'market' / 'options'}"
[ingest]
fixtures_dir = "{web}"
{extra}
"""
    path = directory / "newsdesk.toml"
    path.write_text(text)
    return path


def newsdesk(directory: Path, *args: str, timeout: float = 120) -> Result:
    proc = subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=directory,
                          capture_output=True, text=True, timeout=timeout,
                          env={"PATH": "/usr/bin:/bin", "COLUMNS": "200", "PYTHONPATH": str(REPO)})
    return Result(proc.returncode, proc.stdout, proc.stderr)
