"""The verifier never raises, and without sources nothing traces to its own sentence.

A seeded generator writes thousands of odd texts (zeros, huge and tiny figures,
stray symbols, number words, broken Markdown) from real article fragments; each
must come back as findings, never as an exception.
"""

from __future__ import annotations

import random

import pytest
from market_factories import news_item, settings, snapshot_for

from pipeline.contracts import Severity
from pipeline.facts import build_fact_sheet
from pipeline.scoring import score_snapshot
from pipeline.verify import InstrumentInfo, VerifyContext, check_text
from pipeline.verify import values as values_module
from pipeline.verify.guard import failing_check

CFG = settings()
INFOS = [InstrumentInfo(i.symbol, i.name, i.kind, i.index, i.short_name, tuple(i.aliases))
         for i in CFG.instruments]
NEWS = [news_item("Small caps stall", "Small caps lagged again as the Russell 2000 barely moved.",
                  ["IWM"], 1)]


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    snapshot = snapshot_for("IWM", seed=3)
    return VerifyContext.build(snapshot, score_snapshot(snapshot, NEWS), sources=NEWS, instruments=INFOS)


def codes(found: list) -> list[tuple[str, str | None]]:
    return [(f.code, f.span) for f in found if f.severity == Severity.ERROR]


def test_a_distance_from_a_zero_level_is_a_finding_not_a_crash(ctx):
    found = check_text("IWM sits 2% above $0.", ctx)
    assert [f.code for f in found if f.code == "check-failed"] == []
    assert ("number-untraced", "2%") in codes(found)


def test_a_check_that_raises_becomes_a_finding_naming_itself(ctx, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(values_module, "_distance_from", broken)
    found = check_text(f"IWM closed at ${ctx.snapshot.close:,.2f}. IWM sits 2% above $200.", ctx)
    failed = [f for f in found if f.code == "check-failed"]
    assert len(failed) == 1 and failed[0].severity == Severity.ERROR
    assert failed[0].source == "values._check_claim"  # the innermost verifier function on the way
    assert "RuntimeError: boom" in failed[0].message and failed[0].span == "2%"
    assert not [f for f in found if f.code == "value-mismatch"]  # the close was still checked: it is right


def test_a_failure_outside_the_verifier_is_named_unknown():
    try:
        raise ValueError("outside")
    except ValueError as exc:
        assert failing_check(exc) == "unknown"


# --- check without sources ----------------------------------------------------------------------

def test_without_sources_an_invented_figure_is_an_error_that_says_why(ctx):
    blind = VerifyContext.build(ctx.snapshot, ctx.scores, sources=None, instruments=INFOS)
    text = build_fact_sheet(ctx.snapshot, ctx.scores).fill(
        "IWM closed at {close}. Small caps have 37.4% upside into year end [1].")
    found = [f for f in check_text(text, blind) if f.severity == Severity.ERROR]
    untraced = [f for f in found if f.code == "number-untraced"]
    assert [f.span for f in untraced] == ["37.4%"]
    assert "no sources were given" in untraced[0].message
    assert not [f for f in found if f.span and "close" in f.span]


def test_without_sources_an_uncited_sentence_cannot_vouch_for_itself(ctx):
    blind = VerifyContext.build(ctx.snapshot, ctx.scores, sources=None, instruments=INFOS)
    assert ("number-untraced", "12.5%") in codes(check_text("Margins expanded 12.5%.", blind))
    assert ("number-untraced", "12.5%") in codes(check_text("Margins expanded 12.5%.", ctx))


# --- fuzz ---------------------------------------------------------------------------------------

FRAGMENTS = [
    "IWM sits {n}% above ${n}.", "IWM closed at ${n}, {s}{n}% on the day.", "RSI(14) reads {n}.",
    "The 50-day average sits at {n}.", "Support at ${n}-${n}; resistance near {n}.",
    "Entry ${n}, stop ${n}, target ${n}, reward/risk {n}x.", "Small caps trailed by {n} pp [{k}].",
    "The VIX settled at {n}, {s}{n}%.", "It fell {n} bp on Friday, Nov {k}.",
    "| Symbol | Close |\n| --- | --- |\n| IWM | {n} |",
    "## Key levels\n\n| Type | Price | Note |\n|---|---|---|\n| Support | ${n} | {n}% below |",
    "IWM gained half a percent to {n}.", "For the {k}th straight session IWM trailed the S&P 500.",
    "nine hundred eighty-seven dollars", "{n} sessions in a row", "[{k}]", "$", "%", "-", "0", "\u2212{n}%",
    "Pulse {n}/100.", "the Russell 2000 Index at {n} points", "fell {n} percent", "1e308", "NaN", "inf",
    "**", "> quoted {n}%", "\u201c{n}%\u201d", "1. [{k}] https://x.example/{k}", "above the 50-day",
]
NUMBERS = ["0", "0.0", "0.00", "-0", "1", "2", "999,999,999,999", "0.0000001", "1e9", "00", "1,000.", ".5",
           "244.30", "2,965", "10" * 40]


def random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 8)):
        fragment = rng.choice(FRAGMENTS)
        parts.append(fragment.replace("{n}", rng.choice(NUMBERS), 1).replace("{n}", rng.choice(NUMBERS))
                     .replace("{s}", rng.choice(["+", "-", "", "\u2212"]))
                     .replace("{k}", str(rng.randint(0, 12))))
    joiner = rng.choice([" ", "\n", "\n\n", "", ". "])
    text = joiner.join(parts)
    if rng.random() < 0.2:  # cut anywhere, even inside a word or a table
        text = text[:rng.randint(0, len(text))]
    return text


def test_no_text_makes_the_verifier_raise_or_fail_a_check(ctx):
    rng = random.Random(20261120)
    failures = []
    for _ in range(400):
        text = random_text(rng)
        found = check_text(text, ctx)  # must not raise
        failures += [(text, f.message) for f in found if f.code == "check-failed"]
    assert not failures, failures[:5]


# --- through the command ------------------------------------------------------------------------

def test_check_without_sources_flags_an_invented_figure_and_never_crashes(tmp_path):
    """No --sources and no stored news: the invented figure is an error that says why, the
    report says sources were not given, and the text that used to raise exits 1 with findings."""
    import json

    from cli_helpers import newsdesk, write_config

    write_config(tmp_path)
    snap = newsdesk(tmp_path, "snapshot", "IWM", "--session", "2026-11-20", "--json")
    assert snap.code == 0, snap.stderr
    (tmp_path / "snapshot.json").write_text(snap.stdout)
    (tmp_path / "note.md").write_text("IWM closed at $244.30. Small caps have 37.4% upside into year end.\n")
    done = newsdesk(tmp_path, "check", "note.md", "--snapshot", "snapshot.json", "--json")
    assert done.code == 1, done.stderr
    report = json.loads(done.stdout)
    assert report["sources_checked"] is False
    [untraced] = [f for f in report["findings"] if f["code"] == "number-untraced"]
    assert untraced["span"] == "37.4%" and "no sources were given" in untraced["message"]
    text = newsdesk(tmp_path, "check", "note.md", "--snapshot", "snapshot.json")
    assert "sources: not given" in text.stdout
    (tmp_path / "zero.md").write_text("IWM sits 2% above $0.\n")
    crash = newsdesk(tmp_path, "check", "zero.md", "--snapshot", "snapshot.json")
    assert crash.code == 1 and "Traceback" not in crash.stderr and "number-untraced" in crash.stdout
