"""A user's own folder: a newsdesk.toml and bars, no fixtures, no feeds of its own.

Commands that read no news build no news fetcher, so they work there; the one
that would fetch news from fixtures that are not there says so as a
configuration problem (exit 2), not as refused data.
"""

from __future__ import annotations

import shutil

from cli_helpers import newsdesk
from conftest import FIXTURES

SESSION = "2026-11-20"


def _user_folder(tmp_path):
    shutil.copytree(FIXTURES / "market" / "bars", tmp_path / "data" / "bars")
    (tmp_path / "newsdesk.toml").write_text('[market]\ncsv_dir = "data/bars"\noptions_dir = "data/options"\n')
    assert not (tmp_path / "fixtures").exists()
    return tmp_path


def test_commands_that_read_no_news_work_without_fixtures(tmp_path):
    folder = _user_folder(tmp_path)
    run = newsdesk(folder, "run", "--no-ingest", "--session", SESSION)
    assert run.code == 0, run.stderr
    assert "4 of 4 articles written" in run.stdout
    snap = newsdesk(folder, "snapshot", "IWM", "--session", SESSION, "--json")
    assert snap.code == 0, snap.stderr
    (folder / "snap.json").write_text(snap.stdout)
    write = newsdesk(folder, "write", "SPY", "--session", SESSION)
    assert write.code == 0, write.stderr
    article = folder / "outputs" / SESSION / f"iwm-{SESSION}.md"
    check = newsdesk(folder, "check", str(article), "--snapshot", "snap.json")
    assert check.code == 0, check.stdout + check.stderr
    for result in (run, snap, write, check):
        assert "manifest" not in result.stdout + result.stderr


def test_ingesting_from_missing_fixtures_is_a_configuration_error(tmp_path):
    folder = _user_folder(tmp_path)
    result = newsdesk(folder, "run", "--session", SESSION)
    assert result.code == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "fixture manifest not found" in result.stderr and "ingest.source" in result.stderr
