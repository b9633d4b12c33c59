"""Write the editorial bench's news days: feeds and pages of real sessions, under
tests/data/editorial/news_days/<session>/ (scripts/news_days/ holds the stories).

Each day folder holds manifest.json, feeds/ and pages/ in the layout of fixtures/web (the
packaged [[feeds]] list reads them), DAY.md (the event and the stories) and day.json (the
session, the event's kind and the scheduled events the bench configures). The bars stay in
../shared/realdata: bench/editorial.py skips the news days when it is absent. Rerunning writes
byte-identical files.

Usage: python scripts/make_news_days.py [--out DIR]
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from news_days import Day, files  # noqa: E402
from news_days.day_20220913 import DAY as HOT_CPI_DAY  # noqa: E402
from news_days.day_20240711 import DAY as CPI_DAY  # noqa: E402
from news_days.day_20240802 import DAY as JOBS_DAY  # noqa: E402
from news_days.day_20241218 import DAY as FED_DAY  # noqa: E402
from news_days.day_20250127 import DAY as SECTOR_DAY  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "tests" / "data" / "editorial" / "news_days"
DAYS: tuple[Day, ...] = (HOT_CPI_DAY, CPI_DAY, JOBS_DAY, FED_DAY, SECTOR_DAY)


def main(out_dir: Path = OUT) -> list[Path]:
    written = []
    for day in DAYS:
        folder = out_dir / day.session.isoformat()
        if folder.exists():
            shutil.rmtree(folder)
        for relative, text in sorted(files(day).items()):
            path = folder / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
            written.append(path)
    return written


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=OUT, help="output folder (default: %(default)s)")
    paths = main(parser.parse_args().out)
    print(f"wrote {len(paths)} files under {parser.parse_args().out}")
