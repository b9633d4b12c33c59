"""Bad inputs give a clear message naming the input, and the other instruments still complete."""

from __future__ import annotations

import json
import shutil

from cli_helpers import newsdesk, write_config
from conftest import FIXTURES

SESSION = "2026-11-20"


def _copy_bars(tmp_path):
    bars = tmp_path / "bars"
    shutil.copytree(FIXTURES / "market" / "bars", bars)
    return bars


def test_missing_csv_skips_that_instrument_only(tmp_path):
    bars = _copy_bars(tmp_path)
    (bars / "DIA.csv").unlink()
    write_config(tmp_path, bars=bars)
    result = newsdesk(tmp_path, "run", "--session", SESSION)
    assert result.code == 1, result.stderr
    assert "DIA" in result.stdout and "DIA.csv" in result.stdout.replace("\n", "")
    assert "3 of 4 articles written" in result.stdout
    for symbol in ("iwm", "spy", "qqq"):
        assert (tmp_path / "out" / SESSION / f"{symbol}-{SESSION}.md").exists()
    assert not (tmp_path / "out" / SESSION / f"dia-{SESSION}.md").exists()


def test_broken_csv_row_is_refused_with_its_line(tmp_path):
    bars = _copy_bars(tmp_path)
    lines = (bars / "QQQ.csv").read_text().splitlines()
    lines[100] = lines[100].split(",")[0] + ",nan,nan,nan,nan,0"
    (bars / "QQQ.csv").write_text("\n".join(lines) + "\n")
    write_config(tmp_path, bars=bars)
    result = newsdesk(tmp_path, "run", "--session", SESSION)
    flat = result.stdout.replace("\n", " ")
    assert result.code == 1 and "QQQ" in flat and "101" in flat
    assert "3 of 4 articles written" in result.stdout


def test_malformed_feed_is_recorded_and_the_run_completes(tmp_path):
    web = tmp_path / "web"
    shutil.copytree(FIXTURES / "web", web)
    manifest = json.loads((web / "manifest.json").read_text())
    feed = next(entry for entry in manifest if entry["url"].endswith("indices.xml"))
    (web / feed["path"]).write_bytes(b"<?xml version='1.0'?><rss><channel><item><title>Broken")
    write_config(tmp_path, web=web)
    result = newsdesk(tmp_path, "run", "--session", SESSION)
    assert result.code == 0, result.stderr
    assert "4 of 4 articles written" in result.stdout


def test_unreachable_feed_fails_alone(tmp_path):
    extra = """
[[feeds]]
url = "https://nowhere.example/rss.xml"
publisher = "Nowhere"
"""
    write_config(tmp_path, extra)
    result = newsdesk(tmp_path, "run", "--session", SESSION)
    assert result.code == 0, result.stderr
    assert "feeds 0 ok, 0 unchanged, 1 failed (fetch 1)" in result.stdout
    assert "failed [fetch] https://nowhere.example/rss.xml" in result.stdout


def test_unknown_config_key_names_the_key(tmp_path):
    write_config(tmp_path, "[writer]\ncolour = 'blue'\n")
    result = newsdesk(tmp_path, "run", "--session", SESSION)
    assert result.code == 2
    assert "writer.colour: unknown key" in result.stderr and "newsdesk.toml" in result.stderr


def test_bad_config_value_names_the_key(tmp_path):
    write_config(tmp_path, "[[instruments]]\nsymbol = 'IWM'\nname = 'x'\nkind = 'stock'\n")
    result = newsdesk(tmp_path, "snapshot", "IWM")
    assert result.code == 2 and "instruments.0.kind" in result.stderr


def test_session_with_no_data_is_refused_for_every_instrument(tmp_path):
    write_config(tmp_path)
    result = newsdesk(tmp_path, "run", "--session", "2026-11-23", "--no-ingest")
    assert result.code == 3
    flat = result.stdout.replace("\n", " ")
    assert "2026-11-23" in flat and "2026-11-20" in flat
    assert "0 of 4 articles written" in result.stdout


def test_weekend_session_uses_the_last_session_and_says_so(tmp_path):
    write_config(tmp_path)
    result = newsdesk(tmp_path, "snapshot", "IWM", "--session", "2026-11-21")
    assert result.code == 0, result.stderr
    assert "Saturday 2026-11-21 is not a trading day on XNYS (weekend)" in result.stderr
    assert "Friday 2026-11-20" in result.stderr


def test_short_history_gives_insufficient_data_never_nan(tmp_path):
    bars = _copy_bars(tmp_path)
    lines = (bars / "IWM.csv").read_text().splitlines()
    (bars / "IWM.csv").write_text("\n".join([lines[0], *lines[-120:]]) + "\n")
    write_config(tmp_path, bars=bars)
    result = newsdesk(tmp_path, "run", "--session", SESSION, "--symbol", "IWM")
    assert result.code == 0, result.stderr
    markdown = (tmp_path / "out" / SESSION / f"iwm-{SESSION}.md").read_text()
    assert "200-day MA" not in markdown and "needs more history" in markdown
    for word in ("nan", "None", "null"):
        assert f" {word} " not in markdown
    snapshot = newsdesk(tmp_path, "snapshot", "IWM", "--session", SESSION)
    assert "sma_200: insufficient data" in snapshot.stdout.replace("\n", " ")


def test_unknown_symbol_is_a_clear_error(tmp_path):
    write_config(tmp_path)
    result = newsdesk(tmp_path, "snapshot", "TSLA")
    assert result.code == 2 and "TSLA" in result.stderr and "IWM" in result.stderr
