"""Verifier timings on the demo articles: context build, check_article and check_text per article.

The four demo articles (IWM, SPY, QQQ, DIA on 2026-11-20) are built once from the
bundled fixtures by the real pipeline, in a temp directory; then each check is
timed over many articles, with the packaged configuration (9 instruments) and
with it padded to --configured instruments (made-up ETFs with names and aliases),
so the cost per article can be seen not to grow with the configuration; the context is
built with the session's other demo instruments as peers (as a run builds it) and without
(as runs built it before they passed the peers). Each line
gives wall-clock figures and the process's CPU time per article (steadier on a
shared machine). Figures only, no asserts.
Usage: python bench/verify_bench.py [--articles N] [--configured 500]
"""

from __future__ import annotations

import argparse
import logging
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from pipeline.config import load_settings
from pipeline.contracts import Article, InstrumentKind, NewsItem, Scores, Snapshot
from pipeline.render import render_markdown
from pipeline.run import named_peers
from pipeline.verify import InstrumentInfo, VerifyContext, check_article, check_text
from pipeline.verify.inputs import instrument_infos
from pipeline.verify.subjects import build_lexicon
from pipeline.wiring import make_pipeline

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
SESSION = date(2026, 11, 20)


@dataclass
class Case:
    article: Article
    markdown: str
    snapshot: Snapshot
    scores: Scores
    peers: list[Snapshot]
    sources: list[NewsItem]
    instruments: list[InstrumentInfo]

    def context(self) -> VerifyContext:
        return VerifyContext.build(self.snapshot, self.scores, peers=self.peers, sources=self.sources,
                                   instruments=self.instruments)


def demo_cases(workdir: Path) -> list[Case]:
    """Run the pipeline on the fixtures into `workdir`; one Case per article written."""
    config = workdir / "newsdesk.toml"
    config.write_text(f"""
[store]
url = "sqlite:///state/newsdesk.db"
[output]
dir = "out"
formats = ["json"]
[market]
csv_dir = "{FIXTURES / 'market' / 'bars'}"
options_dir = "{FIXTURES / 'market' / 'options'}"
[ingest]
fixtures_dir = "{FIXTURES / 'web'}"
""")
    settings = load_settings(config)
    pipeline = make_pipeline(settings)
    report = pipeline.run(SESSION)
    drafts = [pipeline.store.get_draft(o.draft_id) for o in report.outcomes if o.draft_id]
    snapshots = [d.snapshot for d in drafts]
    infos = instrument_infos(settings.instruments)
    return [Case(article=d.article, markdown=render_markdown(d.article), snapshot=d.snapshot,
                 scores=d.scores, peers=[s for s in snapshots if s.symbol != d.snapshot.symbol],
                 sources=pipeline.news_for(settings.instrument(d.snapshot.symbol), d.snapshot),
                 instruments=infos)
            for d in drafts]


def padded(infos: list[InstrumentInfo], total: int) -> list[InstrumentInfo]:
    """The configured instruments plus made-up ETFs up to `total` (each with a name and aliases)."""
    extra = [InstrumentInfo(symbol=f"X{n:03d}", name=f"Example Sector {n} Select ETF",
                            kind=InstrumentKind.ETF, short_name=f"Sector {n}",
                            aliases=(f"sector {n} stocks", f"XS{n:03d}"))
             for n in range(max(0, total - len(infos)))]
    return [*infos, *extra]


@dataclass
class Timing:
    wall: list[float]
    cpu: float  # seconds of process CPU time over all the calls


def timed(count: int, work: Callable[[int], object]) -> Timing:
    """Seconds taken by each of `count` calls of work(i), and the CPU time of them all."""
    times = []
    cpu_started = time.process_time()
    for i in range(count):
        started = time.perf_counter()
        work(i)
        times.append(time.perf_counter() - started)
    return Timing(times, time.process_time() - cpu_started)


def report(label: str, timing: Timing) -> None:
    times = timing.wall
    ordered = sorted(times)
    median = statistics.median(times)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    print(f"  {label:<28} median {median * 1000:7.2f} ms   p95 {p95 * 1000:7.2f} ms"
          f"   cpu {timing.cpu / len(times) * 1000:7.2f} ms/article")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200, help="Articles checked per figure.")
    parser.add_argument("--configured", type=int, default=500,
                        help="Configured instruments for the second set of figures.")
    args = parser.parse_args()
    logging.getLogger("pipeline").setLevel(logging.ERROR)  # the fixtures' two missing pages
    with tempfile.TemporaryDirectory(prefix="verify-bench-") as workdir:
        cases = demo_cases(Path(workdir))
    if not cases:
        print("no demo article was written; nothing to time")
        return
    n = args.articles
    for size in (len(cases[0].instruments), args.configured):
        sized = [replace(case, instruments=padded(case.instruments, size)) for case in cases]
        print(f"\n{len(sized[0].instruments)} configured instruments")
        run_figures(sized, n)


def all_peers(case: Case) -> list[Snapshot]:
    """The demo peers, plus a stand-in snapshot (a demo one renamed) for each made-up instrument,
    as a run of that many configured instruments hands them to each article's checker."""
    made_up = [i for i in case.instruments if i.symbol.startswith("X")]
    stand_ins = [case.peers[n % len(case.peers)].model_copy(update={"symbol": i.symbol, "name": i.name})
                 for n, i in enumerate(made_up)]
    return [*case.peers, *stand_ins]


def run_context(case: Case) -> VerifyContext:
    """What `Pipeline.checker` builds at a run's first check: the context with the peers the
    article names among every peer of the session."""
    lexicon = build_lexicon(case.snapshot, (), case.instruments)
    peers = named_peers(case.article, case.peers, lexicon)
    return VerifyContext.build(case.snapshot, case.scores, peers=peers, sources=case.sources,
                               instruments=case.instruments)


def run_figures(cases: list[Case], n: int) -> None:
    contexts = [case.context() for case in cases]
    findings = [len(check_article(case.article, ctx)) for case, ctx in zip(cases, contexts, strict=True)]
    print(f"verifier on {len(cases)} demo articles ({', '.join(c.snapshot.symbol for c in cases)}; "
          f"{sum(findings)} findings), {n} articles per figure")
    peers = len(cases[0].peers)
    report(f"VerifyContext.build ({peers} peers)", timed(n, lambda i: cases[i % len(cases)].context()))
    alone = [replace(case, peers=[]) for case in cases]  # what a run built before it passed the peers
    report("VerifyContext.build (0 peers)", timed(n, lambda i: alone[i % len(alone)].context()))
    every = [replace(case, peers=all_peers(case)) for case in cases]
    report(f"named of {len(every[0].peers)} peers + build",
           timed(n, lambda i: run_context(every[i % len(every)])))
    report("check_article", timed(n, lambda i: check_article(cases[i % len(cases)].article,
                                                              contexts[i % len(cases)])))
    report("check_text (Markdown)", timed(n, lambda i: check_text(cases[i % len(cases)].markdown,
                                                                  contexts[i % len(cases)])))
    report("build + check_text", timed(n, lambda i: check_text(cases[i % len(cases)].markdown,
                                                               cases[i % len(cases)].context())))


if __name__ == "__main__":
    main()
