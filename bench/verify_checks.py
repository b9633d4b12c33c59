"""Where check_article's time goes: each check's CPU time per demo article, its calls and its cost per call.

The demo articles (bench/verify_bench.py builds them) are checked --articles times, each with its own
context, as verify_bench times check_article. Every function named in CHECKS is wrapped wherever a
module of pipeline/verify binds it (its own module and those that import it by name), and the process
CPU time of its outermost calls is summed: a check's figure includes what it calls (find_numbers
inside extract_claims is counted under both), so the column does not add up to the total. `empty`
gives the calls that returned nothing and their share of the time (a check whose calls nearly all
come back empty is one a cheaper gate could turn away). The wrappers cost about a microsecond a
call: compare figures of one run, or runs of this script, never with verify_bench's. Figures only.
Usage: python bench/verify_checks.py [--articles 200]
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import verify_bench as vb  # noqa: E402  (the demo cases)

import pipeline.verify as verify_package  # noqa: E402
from pipeline.verify import check_article  # noqa: E402

CHECKS = (
    "claims.extract_claims", "numbers.find_numbers", "numbers._furniture_in_folded", "numbers.find_dates",
    "numbers.sentences", "number_words.rewrite", "values.check_claim", "past_bars.check_past_figure",
    "words.check_words", "words.check_move_words", "positions.check_positions", "levels.prose_levels",
    "levels.prose_setups", "levels.own_fills", "touches.check_touch_counts",
    "pronoun_sides.check_pronoun_sides", "ranking.check_rank_words", "ranking.check_group_place",
    "ranking.check_peer_comparisons", "dates.check_dates", "citations.check_support",
    "citations.misquoted", "citations.check_citations", "magnitude.check_magnitude_words",
    "cross_markets.check_market_claims", "cross_markets.check_market_words", "cross_markets.owners",
    "cross_markets.check_market_dates", "gauges.check_gauge_claims", "gauges.owners", "story.check_story",
    "scenarios.check_scenarios", "track_record.check_track_record", "subjects.sentence_topic",
    "claims.attributed", "article_document.article_document", "scores.stated_scores",
    "engine._mentions_setup",
)
"""module.function of pipeline/verify: the checks a sentence, a row or a document goes through."""


@dataclass
class Tally:
    seconds: float = 0.0
    calls: int = 0
    empty_seconds: float = 0.0
    empty_calls: int = 0
    depth: int = 0  # a recursive call is counted in its outermost one


def timed(tally: Tally, work: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if tally.depth:
            return work(*args, **kwargs)
        tally.depth += 1
        started = time.process_time()
        result = None
        try:
            result = work(*args, **kwargs)
            return result
        finally:
            spent = time.process_time() - started
            tally.depth -= 1
            tally.seconds += spent
            tally.calls += 1
            if not result:
                tally.empty_seconds += spent
                tally.empty_calls += 1
    return wrapper


def wrap_checks() -> dict[str, Tally]:
    """Each check of CHECKS wrapped in every module of pipeline/verify that binds it."""
    modules = [importlib.import_module(f"pipeline.verify.{m.name}")
               for m in pkgutil.iter_modules(verify_package.__path__)]
    tallies = {}
    for name in CHECKS:
        module_name, function_name = name.split(".")
        original = getattr(importlib.import_module(f"pipeline.verify.{module_name}"), function_name)
        tally = tallies[name] = Tally()
        wrapped = timed(tally, original)
        for module in modules:
            for attribute, value in list(vars(module).items()):
                if value is original:
                    setattr(module, attribute, wrapped)
    return tallies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200, help="Articles checked.")
    args = parser.parse_args()
    logging.getLogger("pipeline").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory(prefix="verify-checks-") as workdir:
        cases = vb.demo_cases(Path(workdir))
    if not cases:
        print("no demo article was written; nothing to time")
        return
    contexts = [case.context() for case in cases]
    tallies = wrap_checks()
    for case, ctx in zip(cases, contexts, strict=True):  # warm: patterns compiled, caches filled
        check_article(case.article, ctx)
    for tally in tallies.values():
        tally.seconds = tally.empty_seconds = 0.0
        tally.calls = tally.empty_calls = 0
    n = args.articles
    started = time.process_time()
    for i in range(n):
        check_article(cases[i % len(cases)].article, contexts[i % len(cases)])
    total = time.process_time() - started
    print(f"check_article, wrapped: {total / n * 1000:.2f} ms CPU per article ({n} articles, "
          f"{', '.join(c.snapshot.symbol for c in cases)})")
    print(f"{'us/article':>10} {'calls':>6} {'us/call':>8} {'empty':>6} {'us/empty':>8}  check")
    for name, tally in sorted(tallies.items(), key=lambda item: -item[1].seconds):
        if not tally.calls:
            continue
        empty_each = tally.empty_seconds / tally.empty_calls * 1e6 if tally.empty_calls else 0.0
        each = tally.seconds / tally.calls * 1e6
        print(f"{tally.seconds / n * 1e6:10.0f} {tally.calls / n:6.1f} {each:8.1f} "
              f"{tally.empty_calls / n:6.1f} {empty_each:8.1f}  {name}")


if __name__ == "__main__":
    main()
