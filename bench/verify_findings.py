"""Every verifier finding on the evaluation set, the eleven holdout sets, the eval articles, the demo
articles and (when ../shared/realdata is present) the editorial bench's real-data articles, as JSON.

For work on pipeline/verify: dump the findings before and after a change and compare the two
files; a restructuring must leave them identical, and a fix must change only what it names. The
real-data articles are where a verifier fix has raised false errors on the template writer's own
prose before (bad8a29: 'or gives up $X' read as the day's move on 3 of 60).
Usage: python bench/verify_findings.py OUT.json [--compare BEFORE.json] [--quick]
(--quick leaves out the written articles: demo and real data.)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

import test_verify_eval as tv  # noqa: E402  (the eval's own loaders: same contexts as the tests)

from pipeline.contracts import Article, Finding  # noqa: E402
from pipeline.verify import check_article, check_snapshot, check_text  # noqa: E402

HOLDOUT = REPO / "tests" / "data" / "verify_holdout"
HOLDOUTS = {"holdout": HOLDOUT,  # and every numbered set there is (a new set joins without an edit here)
            **{f"holdout{n}": REPO / "tests" / "data" / f"verify_holdout{n}"
               for n in sorted(int(d.name.removeprefix("verify_holdout"))
                               for d in (REPO / "tests" / "data").glob("verify_holdout[0-9]*"))}}


def rows(findings: list[Finding]) -> list[dict[str, object]]:
    return [f.model_dump(mode="json") for f in findings]


def all_findings(written: bool = True) -> dict[str, list[dict[str, object]]]:
    out: dict[str, list[dict[str, object]]] = {}
    for case in tv.CASES:
        ctx = tv.verify_ctx(case)
        text = (tv.DATA / case["file"]).read_text("utf-8")
        out[f"eval/{case['id']}"] = rows(check_text(text, ctx) + check_snapshot(ctx.snapshot))
        if case.get("article") and case["style"] == "template":
            article = Article.model_validate_json((tv.DATA / case["article"]).read_text())
            out[f"article/{case['id']}"] = rows(check_article(article, ctx))
    for name, folder in HOLDOUTS.items():
        for case in json.loads((folder / "cases.json").read_text()):
            ctx = tv.verify_ctx(case, folder / "context")
            out[f"{name}/{case['id']}"] = rows(check_text((folder / case["file"]).read_text("utf-8"), ctx))
    if written:
        out.update(written_findings())
    return out


def clean_errors(found: dict[str, list[dict[str, object]]]) -> dict[str, int]:
    """Error findings on each set's clean texts, counted as the holdout tests count them
    (tests/test_verify_eval.distinct: once per code, span, message and section)."""
    counts = {}
    for name, folder in {"eval": tv.DATA, **HOLDOUTS}.items():
        prefix = "eval" if name == "eval" else name
        clean = [c for c in json.loads((folder / "cases.json").read_text()) if c["kind"] == "clean"]
        rows_of = [found.get(f"{prefix}/{c['id']}", []) for c in clean]  # an older dump may lack new cases
        counts[name] = sum(len(tv.distinct([Finding.model_validate(f) for f in rows
                                            if f["severity"] == "error"])) for rows in rows_of)
    return counts


def written_findings() -> dict[str, list[dict[str, object]]]:
    """The findings the pipeline's own check gives the demo articles and the real-data articles the
    editorial bench writes (none of the latter when ../shared/realdata is absent: one line says so, for
    a compare with a dump that holds them would list each of them as lost)."""
    sys.path.insert(0, str(REPO / "bench"))
    from editorial_cases import REALDATA, demo_cases, real_cases, realdata_present

    if not realdata_present():
        print(f"real-data articles skipped: no realdata bars under {REALDATA}")
    return {f"{case.source}/{case.snapshot.symbol}-{case.snapshot.session}": rows(case.findings)
            for case in [*demo_cases(), *real_cases()]}


def _as_set(found: list[dict[str, object]]) -> list[str]:
    """The findings as sorted JSON lines, keys sorted too: a dump read back from disk has its keys sorted
    (json.dumps(..., sort_keys=True)) while a fresh one keeps the model's field order."""
    return sorted(json.dumps(f, sort_keys=True) for f in found)


def compare(before: dict[str, list[dict[str, object]]], after: dict[str, list[dict[str, object]]]) -> int:
    """Print each case whose findings differ; return how many do."""
    differing = 0
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        differing += 1
        print(f"- {key}")
        for f in old or []:
            if f not in (new or []):
                print(f"    lost   {f}")
        for f in new or []:
            if f not in (old or []):
                print(f"    gained {f}")
        if old and new and _as_set(old) == _as_set(new):
            print("    same findings, other order")
    return differing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, help="Where to write the findings (JSON).")
    parser.add_argument("--compare", type=Path, help="An earlier dump to compare with.")
    parser.add_argument("--quick", action="store_true", help="Leave out the demo and real-data articles.")
    args = parser.parse_args()
    found = all_findings(written=not args.quick)
    args.out.write_text(json.dumps(found, indent=1, sort_keys=True))
    total = sum(len(v) for v in found.values())
    print(f"{len(found)} checks, {total} findings -> {args.out}")
    print("error findings on clean texts: " + ", ".join(f"{k} {v}" for k, v in clean_errors(found).items()))
    if args.compare:
        before = json.loads(args.compare.read_text())
        print("before: " + ", ".join(f"{k} {v}" for k, v in clean_errors(before).items()))
        differing = compare(before, found)
        print(f"{differing} checks differ from {args.compare}")
        sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
