"""Where check_article's time goes: each check's CPU time per demo article, its calls and its cost per call.

The demo articles (bench/verify_bench.py builds them) are checked --articles times, each with its own
context, as verify_bench times check_article. Every function named in CHECKS is wrapped wherever a
module of pipeline/verify binds it (its own module and those that import it by name), and the process
CPU time of its outermost calls is summed: a check's figure includes what it calls (find_numbers
inside extract_claims is counted under both), so the column does not add up to the total. `empty`
gives the calls that returned nothing and their share of the time (a check whose calls nearly all
come back empty is one a cheaper gate could turn away). The wrappers cost about a microsecond a
call: compare figures of one run, or runs of this script, never with verify_bench's. Figures only.
`--reads` prints instead, for each reader of READERS, its calls per article and the distinct texts it
was handed per article (counted per document, as the verifier's memos are kept): a reader called
more often than it has texts re-reads a text some memo could share.
Usage: python bench/verify_checks.py [--articles 200] [--reads]
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
import tempfile
import time
from collections import Counter
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
READERS = ("numbers.sentences", "number_words.rewrite", "claims.extract_claims", "numbers.find_numbers",
           "numbers.folded", "numbers._folded", "subjects.Lexicon.mentions", "subjects.Lexicon._find")
"""The readers several checks share (a text split, folded, its figures found, its claims and names read);
`numbers._folded` and `Lexicon._find` are the work behind the `folded` and `mentions` memos."""


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
    tallies = {}
    for name in CHECKS:
        tally = tallies[name] = Tally()
        wrap_everywhere(name, lambda original, tally=tally: timed(tally, original))
    return tallies


def wrap_everywhere(name: str, wrap: Callable[[Any], Any]) -> None:
    """module.function (or module.Class.method) of pipeline/verify replaced by wrap(it) wherever a module
    of the package (or the class) binds it."""
    module_name, *path = name.split(".")
    owner: Any = importlib.import_module(f"pipeline.verify.{module_name}")
    for part in path[:-1]:
        owner = getattr(owner, part)
    original = getattr(owner, path[-1])
    wrapped = wrap(original)
    modules = [owner] if len(path) > 1 else [importlib.import_module(f"pipeline.verify.{m.name}")
                                              for m in pkgutil.iter_modules(verify_package.__path__)]
    for module in modules:
        for attribute, value in list(vars(module).items()):
            if value is original:
                setattr(module, attribute, wrapped)


def counted(texts: Counter[str], original: Callable[..., Any]) -> Callable[..., Any]:
    """`original`, each call's text (its first argument that is a str) counted in `texts`."""
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        texts[next((a for a in args if isinstance(a, str)), "")] += 1
        return original(*args, **kwargs)
    return wrapper


def print_reads(cases: list[vb.Case], n: int) -> None:
    """For each of READERS: calls per article, and distinct texts per article (per document)."""
    texts: dict[str, Counter[str]] = {name: Counter() for name in READERS}
    for name in READERS:
        wrap_everywhere(name, lambda original, name=name: counted(texts[name], original))
    calls: Counter[str] = Counter()
    distinct: Counter[str] = Counter()
    for i in range(n):
        case = cases[i % len(cases)]
        for counter in texts.values():
            counter.clear()
        check_article(case.article, case.context())
        for name, counter in texts.items():
            calls[name] += sum(counter.values())
            distinct[name] += len(counter)
    print(f"readers per article ({n} articles, {', '.join(c.snapshot.symbol for c in cases)}; each with "
          f"a new context)")
    print(f"{'calls':>8} {'texts':>8}  reader")
    for name in READERS:
        print(f"{calls[name] / n:8.1f} {distinct[name] / n:8.1f}  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200, help="Articles checked.")
    parser.add_argument("--reads", action="store_true", help="Count the shared readers' calls and texts.")
    args = parser.parse_args()
    logging.getLogger("pipeline").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory(prefix="verify-checks-") as workdir:
        cases = vb.demo_cases(Path(workdir))
    if not cases:
        print("no demo article was written; nothing to time")
        return
    if args.reads:
        print_reads(cases, min(args.articles, 4 * len(cases)))
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
