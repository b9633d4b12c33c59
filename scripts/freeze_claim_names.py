"""Freeze (or re-freeze) tests/data/claim_names_frozen.json.gz: what claims._named_by_patterns
names each figure it is asked about, on the texts the verifier reads (the eval's texts and articles,
holdouts 1-13, the demo articles; no real-data text). A speed change must never need this.

    .venv/bin/python scripts/freeze_claim_names.py          # list the calls named differently
    .venv/bin/python scripts/freeze_claim_names.py --write  # collect the calls anew and store them

Each call keeps the naming's inputs (the tail before the figure, its last 60 characters, the
sentence after it up to 200 characters, the figure's unit, the sentence's word families) and the
name and kind given. Name the changed calls and why in the commit that re-freezes."""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
FROZEN = REPO / "tests" / "data" / "claim_names_frozen.json.gz"
HOLDOUT_SETS = ["verify_holdout", *(f"verify_holdout{n}" for n in range(2, 14))]
"""The open holdout sets (a blind set is never read here)."""
_AFTER_KEPT = 200


def _collect() -> list[dict[str, Any]]:
    """Every distinct call of _named_by_patterns the checks of the corpus make, with its answer."""
    sys.path.insert(0, str(REPO / "tests"))
    sys.path.insert(0, str(REPO / "bench"))
    import test_verify_eval as tv
    from editorial_cases import demo_cases

    from pipeline.contracts import Article
    from pipeline.verify import check_article, check_text, claims

    seen: dict[str, dict[str, Any]] = {}
    real = claims._named_by_patterns

    def recording(tail: str, near: str, after: str, unit: str | None, held: frozenset[int],
                  candidates: list[int]) -> Any:
        call = {"tail": tail, "near": near, "after": after[:_AFTER_KEPT], "unit": unit, "held": sorted(held)}
        key = json.dumps(call, sort_keys=True)
        if key not in seen:
            named = real(tail, near, call["after"], unit, held, candidates)
            seen[key] = {**call, "named": None if named is None else [named[0], named[1].value]}
        return real(tail, near, after, unit, held, candidates)

    claims._named_by_patterns = recording
    try:
        for case in tv.CASES:
            ctx = tv.verify_ctx(case)
            check_text((tv.DATA / case["file"]).read_text("utf-8"), ctx)
            if case.get("article") and case["style"] == "template":
                check_article(Article.model_validate_json((tv.DATA / case["article"]).read_text()), ctx)
        for name in HOLDOUT_SETS:
            folder = REPO / "tests" / "data" / name
            for case in json.loads((folder / "cases.json").read_text()):
                ctx = tv.verify_ctx(case, folder / "context")
                check_text((folder / case["file"]).read_text("utf-8"), ctx)
        logging.getLogger("pipeline").setLevel(logging.ERROR)
        demo_cases()  # the demo articles, checked as the pipeline writes them
    finally:
        claims._named_by_patterns = real
    return list(seen.values())


def named_now(call: dict[str, Any]) -> list[str] | None:
    """What the naming gives a frozen call now."""
    from pipeline.verify import claims

    named = claims._named_by_patterns(call["tail"], call["near"], call["after"], call["unit"],
                                      frozenset(call["held"]), claims._naming_candidates(call["tail"]))
    return None if named is None else [named[0], named[1].value]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="collect the calls anew and store them")
    args = parser.parse_args()
    if args.write:
        calls = _collect()
        data = json.dumps({"calls": calls}, separators=(",", ":")).encode()
        FROZEN.write_bytes(gzip.compress(data, mtime=0))
        print(f"{len(calls)} calls, {sum(c['named'] is not None for c in calls)} named -> {FROZEN}")
        return
    calls = json.loads(gzip.decompress(FROZEN.read_bytes()))["calls"]
    changed = [c for c in calls if named_now(c) != c["named"]]
    for call in changed:
        print(f"{call['tail'][-60:]!r}\n  was {call['named']}\n  now {named_now(call)}")
    print(f"{len(changed)} of {len(calls)} calls named differently")


if __name__ == "__main__":
    main()
