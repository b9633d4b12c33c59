"""Build the new context keys of the twenty-third blind holdout (run once; the files are frozen).

    PYTHONPATH=. .venv/bin/python scripts/verify_eval/holdout23_context.py

The keys are built exactly as holdout 22's were (`holdout22_context.build`: `Pipeline.snapshot` over
the bundled fixtures, the fixture news ingested and ranked, `score_snapshot`, the covered ETF peers and
the template writer's cited sources first), for sessions and instruments no earlier holdout used. The
files go to tests/data/verify_holdout23/context/ next to the keys copied from holdout 22.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from verify_eval import universe as u  # noqa: E402
from verify_eval.holdout22_context import write as write_keys  # noqa: E402

NEW_KEYS: list[tuple[str, date]] = [
    ("SPY", date(2026, 11, 19)),   # a Thursday, the day before the demo session
    ("IWM", date(2026, 11, 18)),   # a Wednesday
    ("^RUT", date(2026, 11, 13)),  # the small-cap index, on a Friday
]
OUT = u.REPO / "tests" / "data" / "verify_holdout23" / "context"


def write() -> None:
    write_keys(NEW_KEYS, OUT)


if __name__ == "__main__":
    write()
