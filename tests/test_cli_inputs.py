"""Bad inputs on the command line and in the config: one line naming the input, exit 2."""

from __future__ import annotations

import pytest
from cli_helpers import newsdesk, write_config


def _one_error_line(stderr: str) -> str:
    assert "Traceback" not in stderr, stderr
    lines = [line for line in stderr.splitlines() if line.startswith(("Error:", "newsdesk:"))]
    assert len(lines) == 1, stderr
    return lines[0]


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
