"""`newsdesk check` on a real-style text about several instruments, with their snapshots as peers.

Each figure must be charged to the instrument the words make it about: the paragraph's
running subject ("QQQ had the better day. It rose..."), the index beside its ETF, the Dow
through the DIA snapshot. Figures are read from the snapshots the command writes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import newsdesk, write_config

SESSION = "2026-11-20"


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("subjects")
    write_config(directory)
    for symbol in ("IWM", "QQQ", "DIA"):
        done = newsdesk(directory, "snapshot", symbol, "--session", SESSION, "--json")
        assert done.code == 0, done.stderr
        (directory / f"{symbol}.json").write_text(done.stdout)
    return directory


def snap(desk: Path, symbol: str) -> dict:
    return json.loads((desk / f"{symbol}.json").read_text())


def related(snapshot: dict, symbol: str) -> dict:
    return next(m for m in snapshot["related"] if m["symbol"] == symbol)


def pct(value: float) -> str:
    return f"{abs(value):.2f}%"


def wrap(desk: Path) -> str:
    iwm, qqq, dia = (snap(desk, s) for s in ("IWM", "QQQ", "DIA"))
    rut, dji = related(iwm, "^RUT"), related(dia, "^DJI")
    return (
        "Small caps lag while tech leads\n\n"
        f"IWM closed at ${iwm['close']:,.2f} on Friday, up {pct(iwm['returns']['change_1d_pct'])} on the "
        f"session, and the Russell 2000 index ended near {rut['close']:,.0f}.\n\n"
        f"QQQ had the better day. It rose {pct(qqq['returns']['change_1d_pct'])} to ${qqq['close']:,.2f}, "
        f"and its RSI(14) sits at {qqq['momentum']['rsi_14']:.1f}.\n\n"
        f"The Dow had a steadier session. It gained {pct(dji['change_1d_pct'])} and closed at "
        f"{dji['close']:,.2f}.\n"
    )


def check(desk: Path, text: str, *peers: str) -> dict:
    article = desk / "wrap.md"
    article.write_text(text)
    args = [arg for peer in peers for arg in ("--peer", f"{peer}.json")]
    done = newsdesk(desk, "check", str(article), "--snapshot", "IWM.json", *args, "--json")
    assert done.code in (0, 1), done.stderr
    return json.loads(done.stdout)


def errors(report: dict) -> list[dict]:
    return [f for f in report["findings"] if f["severity"] == "error"]


def test_a_multi_instrument_text_with_peers_loaded_checks_clean(desk: Path) -> None:
    report = check(desk, wrap(desk), "QQQ", "DIA")
    assert errors(report) == []


def test_a_wrong_figure_about_a_peer_is_charged_to_that_peer(desk: Path) -> None:
    iwm, qqq = snap(desk, "IWM"), snap(desk, "QQQ")
    text = wrap(desk).replace(f"to ${qqq['close']:,.2f}", f"to ${iwm['close']:,.2f}")
    [error] = errors(check(desk, text, "QQQ", "DIA"))
    assert error["code"] == "value-mismatch"
    assert error["expected"] == f"${qqq['close']:,.2f}"  # QQQ's own close, never IWM's
    assert "QQQ" in error["message"]


def test_the_dows_close_is_checked_against_the_dow(desk: Path) -> None:
    dji = related(snap(desk, "DIA"), "^DJI")
    wrong = f"{dji['close'] * 1.004:,.2f}"
    [error] = errors(check(desk, wrap(desk).replace(f"{dji['close']:,.2f}", wrong), "QQQ", "DIA"))
    expected = f"{dji['close']:,.2f}"
    assert (error["code"], error["span"], error["expected"]) == ("value-mismatch", wrong, expected)


def test_without_the_peers_their_figures_are_unverifiable_not_errors(desk: Path) -> None:
    report = check(desk, wrap(desk))
    assert errors(report) == []
    qqq = snap(desk, "QQQ")
    info = {f["span"] for f in report["findings"] if f["code"] == "figure-unverifiable"}
    assert f"{qqq['momentum']['rsi_14']:.1f}" in info
    assert report["unverifiable"] == len(info) and report["warnings"] == 0  # info is not a warning
    done = newsdesk(desk, "check", str(desk / "wrap.md"), "--snapshot", "IWM.json")
    assert done.code == 0, done.stdout + done.stderr
    assert f"0 errors, 0 warnings, {len(info)} unverifiable" in done.stdout


def desk_note(desk: Path) -> str:
    """A desk's evening note in another voice: the running subject changes by paragraph, a gap names
    both funds, and the Dow's figures are read through the DIA snapshot."""
    iwm, qqq, dia = (snap(desk, s) for s in ("IWM", "QQQ", "DIA"))
    dji = related(dia, "^DJI")
    small, tech = iwm["returns"]["change_1d_pct"], qqq["returns"]["change_1d_pct"]
    verb = "trailed" if small < tech else "beat"
    return (
        "Evening note: three funds, three days\n\n"
        f"Tech carried the tape. QQQ settled at ${qqq['close']:,.2f}, a move of {pct(tech)}, and "
        f"its 14-day RSI read {qqq['momentum']['rsi_14']:.1f} at the bell.\n\n"
        f"The Dow fund DIA ended at ${dia['close']:,.2f}; the index itself closed at {dji['close']:,.2f}, "
        f"a change of {pct(dji['change_1d_pct'])}.\n\n"
        f"Our small-cap fund IWM finished at ${iwm['close']:,.2f}, {pct(small)} on the session. "
        f"IWM {verb} QQQ by {abs(small - tech):.2f} points.\n"
    )


def test_a_desk_note_about_three_funds_charges_each_figure_to_its_fund(desk: Path) -> None:
    report = check(desk, desk_note(desk), "QQQ", "DIA")
    assert errors(report) == []


def test_a_peers_wrong_close_gets_that_peers_expected_value(desk: Path) -> None:
    dia = snap(desk, "DIA")
    wrong = f"${dia['close'] + 4.44:,.2f}"
    text = desk_note(desk).replace(f"ended at ${dia['close']:,.2f}", f"ended at {wrong}")
    [error] = errors(check(desk, text, "QQQ", "DIA"))
    assert error["code"] == "value-mismatch" and error["span"] == wrong
    assert error["expected"] == f"${dia['close']:,.2f}"  # DIA's own close, never IWM's or QQQ's
    assert "DIA" in error["message"]


def test_a_wrong_gap_between_two_funds_gets_their_own_gap(desk: Path) -> None:
    iwm, qqq = snap(desk, "IWM"), snap(desk, "QQQ")
    gap = abs(iwm["returns"]["change_1d_pct"] - qqq["returns"]["change_1d_pct"])
    text = desk_note(desk).replace(f"by {gap:.2f} points", f"by {gap + 0.42:.2f} points")
    [error] = errors(check(desk, text, "QQQ", "DIA"))
    assert error["code"] == "derived-mismatch" and error["span"] == f"{gap + 0.42:.2f}"
    assert error["expected"] == f"{gap:.2f} points"
    assert "IWM" in error["message"] and "QQQ" in error["message"]
