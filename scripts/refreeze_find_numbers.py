"""Re-freeze tests/data/find_numbers_frozen.json.gz after a deliberate change to what
find_numbers reads (a new label, unit or furniture shape). A speed change must never need this.

    .venv/bin/python scripts/refreeze_find_numbers.py          # list the texts read differently
    .venv/bin/python scripts/refreeze_find_numbers.py --write  # store the new figures

Name the listed texts and why they changed in the commit that re-freezes."""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
from pathlib import Path

from pipeline.verify.numbers import find_numbers

FROZEN = Path(__file__).resolve().parent.parent / "tests" / "data" / "find_numbers_frozen.json.gz"


def refreeze(write: bool) -> int:
    data = json.loads(gzip.decompress(FROZEN.read_bytes()))
    names = [tuple(n) for n in data["names"]]
    changed = 0
    for call in data["calls"]:
        found = [list(dataclasses.astuple(n)) for n in find_numbers(call["text"], names[call["names"]])]
        if found != call["numbers"]:
            changed += 1
            print(f"{call['text'].strip()[:100]!r}\n  was {call['numbers']}\n  now {found}")
            call["numbers"] = found
    print(f"{changed} of {len(data['calls'])} texts read differently")
    if write and changed:
        FROZEN.write_bytes(gzip.compress(json.dumps(data, separators=(",", ":")).encode(), mtime=0))
        print(f"wrote {FROZEN}")
    return changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="store the new figures")
    refreeze(parser.parse_args().write)


if __name__ == "__main__":
    main()
