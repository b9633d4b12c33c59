"""check_article of this tree against another checkout's, in one process, on the demo articles.

On a shared machine two runs of bench/verify_bench.py taken a minute apart differ by
10-40%, far more than most speed changes. Here the other checkout's `pipeline` package is
copied under another name (its modules import each other relatively) and loaded beside
this tree's; each round checks every demo article with both, alternating call by call, so
a change of load falls on both alike. Contracts are rebuilt from JSON for the other
package, and both must give the same number of findings. Prints CPU ms per article for
each and the ratio this/other (of the totals, and the median of the rounds'). Figures
only, no asserts beyond the findings count.
Usage: python bench/verify_ab.py OTHER_CHECKOUT [--configured 9] [--rounds 40]
  e.g. git worktree add /tmp/base main; python bench/verify_ab.py /tmp/base
"""

from __future__ import annotations

import argparse
import importlib
import logging
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import verify_bench as vb  # noqa: E402  (the demo cases and the padded configuration)

from pipeline.verify import check_article  # noqa: E402

OTHER = "pipeline_other"


def load_other(checkout: Path, into: Path) -> ModuleType:
    """The other checkout's `pipeline` package, importable as `pipeline_other`."""
    shutil.copytree(checkout / "pipeline", into / OTHER, ignore=shutil.ignore_patterns("__pycache__"))
    sys.path.insert(0, str(into))
    return importlib.import_module(OTHER)


def other_case(case: vb.Case) -> tuple[Any, Any]:
    """A demo case as the other package's Article and VerifyContext (its contracts, from JSON)."""
    contracts = importlib.import_module(f"{OTHER}.contracts")
    verify = importlib.import_module(f"{OTHER}.verify")

    def again(model: Any, cls: Any) -> Any:
        return cls.model_validate_json(model.model_dump_json())

    infos = [verify.InstrumentInfo(symbol=i.symbol, name=i.name, kind=contracts.InstrumentKind(i.kind.value),
                                   index=i.index, short_name=i.short_name, aliases=i.aliases)
             for i in case.instruments]
    ctx = verify.VerifyContext.build(
        again(case.snapshot, contracts.Snapshot), again(case.scores, contracts.Scores),
        peers=[again(p, contracts.Snapshot) for p in case.peers],
        sources=[again(s, contracts.NewsItem) for s in case.sources], instruments=infos)
    return again(case.article, contracts.Article), ctx


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("other", type=Path, help="Another checkout of the project (its pipeline/ is read).")
    parser.add_argument("--configured", type=int, default=9, help="Configured instruments (padded).")
    parser.add_argument("--rounds", type=int, default=40, help="Rounds of 8 articles with each tree.")
    args = parser.parse_args()
    logging.getLogger("pipeline").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory(prefix="verify-ab-") as workdir:  # kept: modules load lazily
        other = load_other(args.other.resolve(), Path(workdir))
        (Path(workdir) / "run").mkdir()
        compare(other, vb.demo_cases(Path(workdir) / "run"), args)


def compare(other: ModuleType, cases: list[vb.Case], args: argparse.Namespace) -> None:
    if not cases:
        print("no demo article was written; nothing to time")
        return
    cases = [replace(c, instruments=vb.padded(c.instruments, args.configured)) for c in cases]
    mine = [(c.article, c.context()) for c in cases]
    theirs = [other_case(c) for c in cases]
    check_other = other.verify.check_article
    counts = ([len(check_article(a, x)) for a, x in mine], [len(check_other(a, x)) for a, x in theirs])
    if counts[0] != counts[1]:
        print(f"the trees give different findings counts per article: {counts[0]} vs {counts[1]}")
    spent_mine = spent_other = 0.0
    ratios = []
    for _ in range(args.rounds):
        this_round = [0.0, 0.0]
        for i in range(8):
            for side, (article, ctx), check in ((0, mine[i % len(mine)], check_article),
                                                (1, theirs[i % len(theirs)], check_other)):
                started = time.process_time()
                check(article, ctx)
                this_round[side] += time.process_time() - started
        spent_mine += this_round[0]
        spent_other += this_round[1]
        ratios.append(this_round[0] / this_round[1])
    n = args.rounds * 8
    print(f"{len(cases[0].instruments)} configured instruments, {n} articles each: this tree "
          f"{spent_mine / n * 1000:.2f} ms, {args.other} {spent_other / n * 1000:.2f} ms CPU per article; "
          f"this/other {spent_mine / spent_other:.3f} (median of rounds {statistics.median(ratios):.3f})")


if __name__ == "__main__":
    main()
