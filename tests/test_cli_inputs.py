"""Bad inputs on the command line and in the config: one line naming the input, exit 2."""

from __future__ import annotations

import pytest
from cli_helpers import newsdesk, write_config


def _one_error_line(stderr: str) -> str:
    """The one error message (rejoined where the console wrapped it at its width)."""
    assert "Traceback" not in stderr, stderr
    lines = stderr.splitlines()
    starts = [n for n, line in enumerate(lines) if line.startswith(("Error:", "newsdesk:"))]
    assert len(starts) == 1, stderr
    return " ".join(line.strip() for line in lines[starts[0]:])


@pytest.mark.parametrize("day", ["2999-01-01", "0001-01-01"])
@pytest.mark.parametrize("command", [["snapshot", "IWM"], ["run", "--no-ingest"], ["drafts"]])
def test_session_outside_the_calendar_is_a_usage_error(tmp_path, command, day):
    write_config(tmp_path)
    result = newsdesk(tmp_path, *command, "--session", day)
    assert result.code == 2, result.stderr
    line = _one_error_line(result.stderr)
    assert "--session" in line and day in line


@pytest.mark.parametrize("command", [["drafts"], ["snapshot", "IWM"]])
def test_unknown_time_zone_is_a_configuration_error(tmp_path, command):
    write_config(tmp_path)
    text = (tmp_path / "newsdesk.toml").read_text().replace(
        "[market]\n", '[market]\ntimezone = "Mars/Olympus"\n', 1)
    (tmp_path / "newsdesk.toml").write_text(text)
    result = newsdesk(tmp_path, *command)
    assert result.code == 2, result.stderr
    line = _one_error_line(result.stderr)
    assert "market.timezone" in line and "Mars/Olympus" in line and "newsdesk.toml" in line


@pytest.mark.parametrize("field", ["symbol", "macro"])
def test_symbol_that_names_a_path_is_refused_at_load(tmp_path, field):
    (tmp_path / "secret.csv").write_text("Date,Open,High,Low,Close,Volume\n")
    extra = ('[[instruments]]\nsymbol = "../secret"\nname = "x"\nkind = "etf"\n' if field == "symbol"
             else "")
    write_config(tmp_path, extra)
    if field == "macro":
        text = (tmp_path / "newsdesk.toml").read_text().replace(
            "[market]\n", '[market]\nmacro.vix = "../secret"\n', 1)
        (tmp_path / "newsdesk.toml").write_text(text)
    result = newsdesk(tmp_path, "snapshot", "IWM")
    assert result.code == 2, result.stderr
    line = _one_error_line(result.stderr)
    assert "'../secret'" in line and "symbol" in line


def test_store_in_a_missing_folder_is_refused_until_init_creates_it(tmp_path):
    write_config(tmp_path)
    text = (tmp_path / "newsdesk.toml").read_text().replace(
        'url = "sqlite:///state/newsdesk.db"', 'url = "sqlite:///typo/deep/newsdesk.db"')
    (tmp_path / "newsdesk.toml").write_text(text)
    refused = newsdesk(tmp_path, "drafts")
    assert refused.code == 4, refused.stderr
    line = _one_error_line(refused.stderr)
    assert "typo/deep/newsdesk.db" in line and "does not exist" in line and "newsdesk init" in line
    assert not (tmp_path / "typo").exists()

    init = newsdesk(tmp_path, "init")
    assert init.code == 0, init.stderr
    assert "store ready" in init.stdout and (tmp_path / "typo" / "deep" / "newsdesk.db").is_file()
    assert newsdesk(tmp_path, "init").code == 0  # again: nothing to do, no error
    assert newsdesk(tmp_path, "drafts").code == 0
