"""The editorial evaluation (bench/editorial.py) held to pinned floors.

The same measurement as the bench, on fewer real sessions (editorial_cases.TEST_SESSIONS:
2026-04-08, 2026-04-09, 2026-06-05, 2026-08-21 for SPY, QQQ, IWM and DIA) and on the
demo (fixtures, 2026-11-20). Floors live in tests/data/editorial/floors.json as
{"real"|"demo": {figure: {"max"|"min": value}}}: a figure worse than its floor fails.
Raise a floor when the pipeline gets better; never lower one to make a change pass
without saying why in the commit. The real-data part skips when ../shared/realdata
is absent. Print the figures with `-s`.
"""

from __future__ import annotations

import json
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

from editorial_cases import (  # noqa: E402
    TEST_SESSIONS,
    Case,
    demo_cases,
    packaged_settings,
    real_cases,
    realdata_present,
)
from editorial_events import measured_events, top_kinds  # noqa: E402
from editorial_metrics import measure, scenario_violations  # noqa: E402
from editorial_text import (  # noqa: E402
    headline_angles,
    mask,
    name_pattern,
    shared_run_share,
    shared_share,
)
from market_factories import snapshot_for  # noqa: E402

from pipeline.contracts import Bar, PriceHistory  # noqa: E402

FLOORS = Path(__file__).parent / "data" / "editorial" / "floors.json"


def below_floors(figures: dict[str, float | None], floors: dict[str, dict[str, float]]) -> list[str]:
    """One line per figure worse than its floor (or missing)."""
    out = []
    for name, bound in floors.items():
        value = figures.get(name)
        if value is None:
            out.append(f"{name}: not measured (floor {bound})")
        elif "max" in bound and value > bound["max"] + 1e-9:
            out.append(f"{name}: {value:g} above the pinned maximum {bound['max']:g}")
        elif "min" in bound and value < bound["min"] - 1e-9:
            out.append(f"{name}: {value:g} below the pinned minimum {bound['min']:g}")
    return out


@pytest.fixture(scope="module")
def floors() -> dict[str, dict[str, dict[str, float]]]:
    return json.loads(FLOORS.read_text("utf-8"))


@pytest.fixture(scope="module")
def demo() -> list[Case]:
    return demo_cases()


def test_demo_meets_floors(demo: list[Case], floors: dict) -> None:
    figures = measure(demo, packaged_settings())
    print("\ndemo", json.dumps(figures, indent=1))
    assert len(demo) == 4
    assert below_floors(figures, floors["demo"]) == []


@pytest.mark.realdata
def test_real_sessions_meet_floors(floors: dict) -> None:
    if not realdata_present():
        pytest.skip("../shared/realdata/ohlcv is absent")
    cases = real_cases(TEST_SESSIONS)
    figures = measure(cases, packaged_settings())
    print("\nreal", json.dumps(figures, indent=1))
    assert len(cases) == 4 * len(TEST_SESSIONS)
    assert below_floors(figures, floors["real"]) == []


def test_a_figure_worse_than_its_floor_is_reported() -> None:
    floors = {"same_day_shared": {"max": 0.5}, "headline_angle_match": {"min": 0.5},
              "citations_same_day": {"min": 0.8}}
    found = below_floors({"same_day_shared": 0.6, "headline_angle_match": 0.5}, floors)
    assert found == ["same_day_shared: 0.6 above the pinned maximum 0.5",
                     "citations_same_day: not measured (floor {'min': 0.8})"]


def test_masking_makes_number_swapped_sentences_equal() -> None:
    names = name_pattern(packaged_settings())
    one = mask("The S&P 500 (SPY) rose to $688.00 on Friday, +1.10% on the session.", names)
    two = mask("Small caps (IWM) rose to $244.30 on Monday, +0.30% on the session.", names)
    assert one == two == "n (n) rose to # on d, # on the session."
    assert mask("SPY fell 2.58% to $737.55", names) != mask("SPY rose 2.58% to $737.55", names)


def test_a_clause_shared_under_different_openers_counts_as_shared() -> None:
    # same_day_shared compares whole sentences; two openers over one list clause slip past it
    names = name_pattern(packaged_settings())
    one = {mask("For the wider backdrop, the 10-year Treasury yield fell 7 bp to 4.06% and the dollar "
                "index (DXY) eased 0.38% to 99.64.", names)}
    two = {mask("Beyond stocks, the 10-year Treasury yield fell 3 bp to 4.10% and the dollar index "
                "(DXY) eased 0.10% to 99.90.", names)}
    other = {mask("Small caps (IWM) rose to $244.30 on Monday, +0.30% on the session.", names)}
    assert shared_share([[one, two]]) == (0, 2)
    assert shared_run_share([[one, two]]) == (2, 2)
    assert shared_run_share([[one, other]]) == (0, 2)


def test_headline_angles_read_the_words() -> None:
    assert headline_angles("Small Caps Coil in a Tight Range") == {"quiet"}
    assert headline_angles("The Nasdaq 100 Prints a Record Close") == {"high"}
    assert headline_angles("The S&P 500 Tumbles as the VIX Jumps") == {"move", "vix"}
    assert headline_angles("Buyers Keep Control of the Dow") == set()
    assert "low" not in headline_angles("The Dow Slips Lower")


def _history(closes: list[float], volumes: list[float] | None = None) -> PriceHistory:
    start = date(2026, 1, 1)
    vols = volumes or [1e6] * len(closes)
    bars = [Bar(session=start + timedelta(days=i), open=c, high=c * 1.005, low=c * 0.995, close=c,
                volume=v) for i, (c, v) in enumerate(zip(closes, vols, strict=True))]
    return PriceHistory(symbol="SPY", provider="test", bars=bars)


def test_biggest_event_a_crash_beats_a_quiet_range() -> None:
    flat = [110.0 - 0.03 * i + (0.2 if i % 2 else -0.2) for i in range(300)]  # ~9% below its top
    snap = snapshot_for("SPY").model_copy(update={"related": []})  # no peers, no VIX
    assert top_kinds(measured_events(_history(flat), snap)) == {"quiet"}
    crash = _history(flat + [96.0])
    assert "move" in top_kinds(measured_events(crash, snap)) or "low" in top_kinds(
        measured_events(crash, snap))
    record = _history(flat + [115.0])
    assert "high" in top_kinds(measured_events(record, snap))
    surge = _history(flat + [100.1], [1e6] * 300 + [5e6])
    assert top_kinds(measured_events(surge, snap)) == {"volume"}


def test_scenario_faults_are_counted(demo: list[Case]) -> None:
    case = demo[0]
    close = f"${case.snapshot.close:,.2f}"
    faulty = case.article.model_copy(update={
        "bull_case": [f"A close above the range top at {close} would mark a breakout.",
                      "Follow-through would put the next resistance at $999.50 in play."],
        "bear_case": ["A close below the floor at $999.50 would mark a breakdown.",
                      "Below that, the next support waits at $999.50."],
        "setups": []})
    found = scenario_violations(Case(source="demo", article=faulty, snapshot=case.snapshot, findings=[]))
    assert found["trigger_at_close"] == 1
    assert found["next_repeats_trigger"] == 1
    assert found["awaited_close_met"] == 1  # "a close below $999.50" is met by today's close
