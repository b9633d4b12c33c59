"""The verifier against its evaluation set (tests/data/verify_eval, made by scripts/make_verify_eval.py).

Clean articles (template drafts and user-style texts) must raise no error
finding; each planted article must raise its expected finding. Recall and
false positives are reported per check family and held to the floors pinned
in floors.json. Run with `pytest -s tests/test_verify_eval.py` to see the table.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from pipeline.config import Settings, load_settings
from pipeline.contracts import Article, Finding, InstrumentKind, NewsItem, Scores, Snapshot

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "verify_eval"
FLOORS = json.loads((DATA / "floors.json").read_text())
CASES: list[dict[str, Any]] = json.loads((DATA / "cases.json").read_text())
FAMILIES = [
    "value",
    "untraced",
    "scale",
    "derived",
    "direction",
    "indicator",
    "pattern",
    "level",
    "setup",
    "date",
    "citation",
    "score",
    "missing",
    "data-quality",
    "subject",
    "timeframe",
    "negation",
    "quotation",
    "trend",
    "history",
    "words",
    "magnitude",
    "cross-market",
    "story",
]


# ---------------------------------------------------------------- loading


@cache
def packaged_settings() -> Settings:
    return load_settings(cwd=Path(__file__).resolve().parent)


def instrument_infos(extra: list[dict[str, Any]] = ()) -> list[Any]:  # type: ignore[assignment]
    """InstrumentInfo for every instrument of the packaged config, overridden/extended by `extra`."""
    from pipeline.verify import InstrumentInfo

    rows: dict[str, dict[str, Any]] = {
        i.symbol: {
            "symbol": i.symbol,
            "name": i.name,
            "kind": i.kind.value,
            "index": i.index,
            "short_name": i.short_name,
            "aliases": list(i.aliases),
        }
        for i in packaged_settings().instruments
    }
    rows.update({row["symbol"]: row for row in extra})
    return [
        InstrumentInfo(
            symbol=r["symbol"],
            name=r["name"],
            kind=InstrumentKind(r["kind"]),
            index=r["index"],
            short_name=r["short_name"],
            aliases=tuple(r["aliases"]),
        )
        for r in rows.values()
    ]


@dataclass
class Context:
    snapshot: Snapshot
    scores: Scores
    peers: list[Snapshot]
    sources: list[NewsItem]
    extra: list[dict[str, Any]]


@cache
def load_context(snapshot_key: str, sources_key: str | None, base: Path = DATA) -> Context:
    raw = json.loads((base / "snapshots" / f"{snapshot_key}.json").read_text())
    sources = json.loads((base / "sources" / f"{sources_key}.json").read_text()) if sources_key else []
    return Context(
        Snapshot.model_validate(raw["snapshot"]),
        Scores.model_validate(raw["scores"]),
        [Snapshot.model_validate(p) for p in raw["peers"]],
        [NewsItem.model_validate(s) for s in sources],
        raw.get("instruments", []),
    )


def verify_ctx(case: dict[str, Any], base: Path = DATA) -> Any:
    from pipeline.verify import VerifyContext

    c = load_context(case["snapshot"], case["sources"], base)
    return VerifyContext.build(
        c.snapshot, c.scores, peers=c.peers, sources=c.sources, instruments=instrument_infos(c.extra)
    )


# ---------------------------------------------------------------- running


@dataclass
class Result:
    case: dict[str, Any]
    findings: list[Finding] = field(default_factory=list)
    crash: str | None = None

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    def caught(self, expected: dict[str, Any]) -> bool:
        return any(matches(expected, f) for f in self.findings)

    def misses(self) -> list[dict[str, Any]]:
        return [e for e in self.case["expected"] if not self.caught(e)]

    def unexpected_errors(self) -> list[Finding]:
        """Errors that are neither expected nor allowed (on a clean case: every error)."""
        ok = {e["code"] for e in self.case["expected"]} | set(self.case["allowed"])
        return [f for f in self.errors if f.code not in ok]

    def collateral(self) -> list[Finding]:
        """Errors besides the expected findings and the consequences the case's `allowed` codes declare
        (a second finding of the expected code elsewhere counts): on a planted case, a stale figure
        of the text it was planted in, or an unrelated false alarm. On a clean case: every error."""
        allowed = set(self.case["allowed"])
        return [f for f in self.errors
                if f.code not in allowed and not any(matches(e, f) for e in self.case["expected"])]


def norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def matches(expected: dict[str, Any], finding: Finding) -> bool:
    """Same code, and the finding's span contains the expected span or lies inside it."""
    if finding.code != expected["code"]:
        return False
    if expected["span"] is None:
        return True
    want, got = norm(expected["span"]), norm(finding.span)
    if not re.search(r"[A-Za-z0-9]", got):
        return False
    return want in got or got in want


def run_case(case: dict[str, Any]) -> Result:
    from pipeline.verify import check_snapshot, check_text

    result = Result(case)
    try:
        ctx = verify_ctx(case)
        text = (DATA / case["file"]).read_text("utf-8")
        found = check_text(text, ctx) + check_snapshot(ctx.snapshot)
    except Exception as exc:  # the report must show every case, even while the verifier is partial
        result.crash = f"{type(exc).__name__}: {exc}"
        return result
    result.findings = distinct(found)
    return result


def distinct(found: list[Finding]) -> list[Finding]:
    """The findings once each: a repeat of the same code, span and message in the same section is one
    finding; the same false alarm in the headline and in the body is two (bench/verify_findings.py
    counts a set's clean errors with this too, so the tests and the bench agree)."""
    seen: set[tuple[str, str | None, str, str | None]] = set()
    kept = []
    for f in found:
        key = (f.code, f.span, f.message, f.section)
        if key not in seen:
            seen.add(key)
            kept.append(f)
    return kept


@dataclass
class Evaluation:
    results: list[Result]
    seconds: float

    @property
    def clean(self) -> list[Result]:
        return [r for r in self.results if r.case["kind"] == "clean"]

    @property
    def planted(self) -> list[Result]:
        return [r for r in self.results if r.case["kind"] == "planted"]

    def recall(self, family: str | None = None) -> tuple[int, int]:
        chosen = [r for r in self.planted if family is None or r.case["check"] == family]
        total = sum(len(r.case["expected"]) for r in chosen)
        caught = sum(len(r.case["expected"]) - len(r.misses()) for r in chosen if r.crash is None)
        return caught, total

    def clean_false_positives(self) -> int:
        return sum(len(r.errors) + (r.crash is not None) for r in self.clean)

    def fp_per_clean(self) -> float:
        return self.clean_false_positives() / max(1, len(self.clean))


@pytest.fixture(scope="module")
def evaluation() -> Evaluation:
    started = time.perf_counter()
    results = [run_case(case) for case in CASES]
    return Evaluation(results, time.perf_counter() - started)


# ---------------------------------------------------------------- the report


def describe(f: Finding) -> str:
    return f"{f.code} [{f.severity}] span={f.span!r}: {f.message}"


def report(ev: Evaluation) -> str:
    lines = [
        f"verify eval: {len(ev.results)} cases ({len(ev.clean)} clean, {len(ev.planted)} planted) "
        f"in {ev.seconds:.2f}s",
        "",
        f"{'family':<14}{'cases':>6}{'caught':>8}{'recall':>8}{'collateral':>12}",
    ]
    for family in FAMILIES:
        caught, total = ev.recall(family)
        collateral = sum(len(r.collateral()) for r in ev.planted if r.case["check"] == family)
        if total:
            lines.append(f"{family:<14}{total:>6}{caught:>8}{caught / total:>8.2f}{collateral:>12}")
    caught, total = ev.recall()
    collateral = sum(len(r.collateral()) for r in ev.planted)
    lines.append(f"{'overall':<14}{total:>6}{caught:>8}{caught / max(1, total):>8.2f}{collateral:>12}")
    lines.append(collateral_line(ev))
    by_style = Counter(r.case["style"] for r in ev.clean)
    fp_style: dict[str, int] = defaultdict(int)
    for r in ev.clean:
        fp_style[r.case["style"]] += len(r.errors) + (r.crash is not None)
    lines += [
        "",
        f"clean articles: {len(ev.clean)}, error findings on them: {ev.clean_false_positives()} "
        f"({ev.fp_per_clean():.3f} per article; floor {FLOORS['fp_per_clean_article']})",
    ]
    lines += [
        f"  {style:<18} {n:>3} articles, {fp_style[style]:>3} errors" for style, n in sorted(by_style.items())
    ]
    crashes = [r for r in ev.results if r.crash]
    if crashes:
        lines += ["", f"crashed: {len(crashes)} cases; first: {crashes[0].case['id']}: {crashes[0].crash}"]
    return "\n".join(lines)


def collateral_line(ev: Evaluation) -> str:
    """How many planted cases raise an error besides their planted one (ideally none: a planted
    case differs from a true text by exactly one substitution)."""
    hit = [r for r in ev.planted if r.collateral()]
    codes = Counter(f.code for r in hit for f in r.collateral())
    named = ", ".join(f"{code} {n}" for code, n in codes.most_common()) or "none"
    return (f"collateral on planted cases: {sum(codes.values())} error findings in {len(hit)} of "
            f"{len(ev.planted)} cases ({named})")


def miss_details(ev: Evaluation, limit: int | None = 80) -> str:
    """Each miss with what the verifier said instead; `limit` misses at most (None: every one)."""
    out: list[list[str]] = []
    for r in ev.planted:
        misses = r.misses() if r.crash is None else r.case["expected"]
        if not misses:
            continue
        want = ", ".join(f"{m['code']} {m['span']!r}" for m in misses)
        block = [f"- {r.case['id']} ({r.case['file']}): expected {want}; {r.case['note']}"]
        if r.crash:
            block.append(f"    crashed: {r.crash}")
        block += [f"    got {describe(f)}" for f in r.findings] or ["    got no findings"]
        out.append(block)
    return "\n".join(line for block in out[:limit] for line in block)


def false_positive_details(results: list[Result], limit: int | None = 60) -> str:
    """Each error finding nobody expected; `limit` lines at most (None: every one)."""
    out = []
    for r in results:
        bad = r.collateral()
        if r.crash:
            out.append(f"- {r.case['id']}: crashed: {r.crash}")
        for f in bad:
            out.append(f"- {r.case['id']} ({r.case['file']}): {describe(f)}")
    return "\n".join(out[:limit])


# ---------------------------------------------------------------- tests


def test_eval_set_has_the_promised_shape() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    assert len(CASES) >= FLOORS["min_cases"]
    clean = [c for c in CASES if c["kind"] == "clean"]
    planted = [c for c in CASES if c["kind"] == "planted"]
    assert len(clean) >= 25 and len(planted) >= 40
    assert sum(c["style"] != "template" for c in clean) >= 8
    assert sum(c["style"] == "prose" for c in clean) >= 8  # long multi-instrument paragraphs (issue 14)
    assert {c["check"] for c in planted} == set(FAMILIES)
    assert {c["symbol"] for c in clean} >= {"IWM", "SPY", "QQQ", "DIA", "^GSPC", "^RUT", "FRNT", "^FSMI"}
    for case in CASES:
        assert (DATA / case["file"]).is_file(), case["id"]
        assert all(e["code"] in _codes() for e in case["expected"]), case["id"]
        assert all(code in _codes() for code in case["allowed"]), case["id"]
        ctx = load_context(case["snapshot"], case["sources"])
        assert ctx.snapshot.symbol == case["symbol"]


def _codes() -> set[str]:
    from pipeline.verify.codes import CHECKS

    return set(CHECKS)


def test_eval_set_is_reproducible() -> None:
    proc = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "make_verify_eval.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]


def test_clean_template_drafts_have_no_error_findings(evaluation: Evaluation) -> None:
    from pipeline.verify import check_article

    drafts = [r for r in evaluation.clean if r.case["style"] == "template"]
    problems = false_positive_details(drafts)
    for r in drafts:  # the structured path too: the Article the template writer returned
        article = Article.model_validate_json((DATA / r.case["article"]).read_text())
        try:
            errors = [f for f in check_article(article, verify_ctx(r.case)) if f.severity == "error"]
        except Exception as exc:
            problems += f"\n- {r.case['id']} (check_article): crashed: {type(exc).__name__}: {exc}"
            continue
        problems += "".join(f"\n- {r.case['id']} (check_article): {describe(f)}" for f in errors)
    assert not problems, f"{report(evaluation)}\n\nerror findings on clean template drafts:\n{problems}"


def test_clean_user_texts_have_no_error_findings(evaluation: Evaluation) -> None:
    users = [r for r in evaluation.clean if r.case["style"] != "template"]
    problems = false_positive_details(users)
    allowed = FLOORS["fp_per_clean_article"] * len(evaluation.clean)
    count = sum(len(r.errors) + (r.crash is not None) for r in users)
    assert count <= allowed, f"{report(evaluation)}\n\nerror findings on clean user texts:\n{problems}"


def test_every_planted_error_gets_its_expected_finding(evaluation: Evaluation) -> None:
    details = miss_details(evaluation)
    assert not details, f"{report(evaluation)}\n\nmissed planted errors:\n{details}"


def test_recall_and_false_positive_floors(evaluation: Evaluation) -> None:
    print("\n" + report(evaluation))
    caught, total = evaluation.recall()
    recall = caught / max(1, total)
    fp = evaluation.fp_per_clean()
    problems = []
    if recall < FLOORS["recall"]:
        problems.append(f"recall {recall:.3f} < floor {FLOORS['recall']}")
    if fp > FLOORS["fp_per_clean_article"]:
        problems.append(
            f"false positives {fp:.3f} per clean article > floor {FLOORS['fp_per_clean_article']}"
        )
    assert not problems, (
        f"{'; '.join(problems)}\n\n{report(evaluation)}\n\nmisses:\n{miss_details(evaluation, 20)}"
        f"\n\nfalse positives on clean articles:\n{false_positive_details(evaluation.clean, 30)}"
    )


def test_planted_cases_carry_only_their_planted_error(evaluation: Evaluation) -> None:
    """Each planted case raises its own finding and nothing else: an error that is neither expected
    nor an allowed consequence is a stale figure of the text it was planted in (regenerate it:
    scripts/make_verify_eval.py) or a false alarm. The ceiling is pinned in floors.json."""
    count = sum(len(r.collateral()) for r in evaluation.planted)
    assert count <= FLOORS["collateral_on_planted"], (
        f"{collateral_line(evaluation)}; ceiling {FLOORS['collateral_on_planted']}\n"
        f"{false_positive_details(evaluation.planted, 120)}")
