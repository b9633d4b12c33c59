"""scripts/realdata_article.py: a complete article from the real bars, and its one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "realdata_article.py"
OHLCV = REPO.parent / "shared" / "realdata" / "ohlcv"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True,
                          timeout=300, check=False)


@pytest.mark.skipif(not (OHLCV / "kittycapital_etf-seasonality" / "SPY.csv").is_file(),
                    reason="../shared/realdata is absent")
def test_writes_the_whole_article_for_a_real_session(tmp_path: Path) -> None:
    out = tmp_path / "spy.md"
    done = run("SPY", "2026-06-05", "-o", str(out))
    assert done.returncode == 0, done.stderr
    text = out.read_text("utf-8")
    for heading in ("## Analysis", "## Key levels", "## Scenarios", "## Final call", "## Take", "## Sources"):
        assert heading in text
    assert 'session: "2026-06-05"' in text and "$737.55" in text
    assert "0 error findings" in done.stderr

    missing = run("SPY", "2026-06-06")
    assert missing.returncode == 3
    assert missing.stderr.strip() == "error: SPY: no bar for 2026-06-06; the last bar is 2026-06-05"


def test_a_checkout_without_a_pipeline_is_refused_in_one_line(tmp_path: Path) -> None:
    done = run("SPY", "2026-06-05", "--checkout", str(tmp_path))
    assert done.returncode == 2
    assert done.stderr.strip() == f"error: {tmp_path}: no pipeline package there"
