"""Write a generated file set to disk, or (`check=True`) only compare it with the disk.

Shared by scripts/make_verify_eval.py and scripts/make_verify_holdout.py.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def sync(files: dict[str, str], current: dict[str, str], out: Path, *, check: bool, script: str) -> int:
    """0 when written (or up to date under `check`), 1 when `check` finds the disk out of date."""
    if check:
        return _compare(files, current, out, script)
    for path in sorted(set(current) - set(files)):
        (out / path).unlink()
    for path, content in files.items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if current.get(path) != content:
            target.write_text(content, "utf-8")
    cases = json.loads(files["cases.json"])
    kinds = Counter(c["kind"] for c in cases)
    print(f"{out}: {len(files)} files, {len(cases)} cases ({kinds['clean']} clean, "
          f"{kinds['planted']} planted)")
    return 0


def _compare(files: dict[str, str], current: dict[str, str], out: Path, script: str) -> int:
    changed = sorted(p for p in files if current.get(p) != files[p])
    stale = sorted(set(current) - set(files))
    for path in changed:
        print(f"differs: {path}" if path in current else f"missing: {path}")
    for path in stale:
        print(f"not generated: {path}")
    if changed or stale:
        print(f"{out}: out of date; run scripts/{script}", file=sys.stderr)
        return 1
    print(f"{out}: {len(files)} files up to date")
    return 0
