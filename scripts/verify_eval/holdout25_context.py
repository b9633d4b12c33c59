"""Build the new context keys of the twenty-fifth blind holdout (run once; the files are frozen).

    PYTHONPATH=. .venv/bin/python scripts/verify_eval/holdout25_context.py

The keys are built exactly as holdouts 22-24 built theirs (`holdout22_context.build`: `Pipeline.snapshot`
over the bundled fixtures, the fixture news ingested and ranked, `score_snapshot`, the covered ETF peers
and the template writer's cited sources first), for sessions and instruments no earlier holdout used.
The files go to tests/data/verify_holdout25/context/ next to the keys copied from holdout 24.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from verify_eval import universe as u  # noqa: E402
from verify_eval.holdout22_context import write as write_keys  # noqa: E402

NEW_KEYS: list[tuple[str, date]] = [
    ("^DJI", date(2026, 11, 18)),  # the Dow index itself, on a Wednesday
    ("^NDX", date(2026, 11, 19)),  # the Nasdaq 100 index, on a Thursday
    ("SPY", date(2026, 11, 18)),   # a Wednesday
]
OUT = u.REPO / "tests" / "data" / "verify_holdout25" / "context"


def write() -> None:
    write_keys(NEW_KEYS, OUT)


if __name__ == "__main__":
    write()
