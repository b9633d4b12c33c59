"""Write newsdesk's offline fixtures: daily bars, options open interest, news feeds and pages.

Everything is generated from one seed; rerunning writes byte-identical files.
Nothing is copied from real data.

The story (demo session Friday 2026-11-20)
------------------------------------------
Megacap tech leads a rebound: the Nasdaq 100 (QQQ, ^NDX) rises about 1.9%, the
S&P 500 (SPY, ^GSPC) about 1.1% and the Dow (DIA, ^DJI) about 0.6%, while the
Russell 2000 (IWM, ^RUT) adds only about 0.3%. Small caps have lagged the S&P 500
six sessions in a row. IWM has been boxed between roughly $240 and $250 for five
weeks (after a September high near $256 and a slide under $240 by mid-October) and
was turned away near $250 again on 2026-11-12. The VIX falls from about 17.2 to
15.6. QQQ closes about half a percent under its record close (2026-11-11). SPY is
above its 50- and 200-day averages; IWM's 50-day crossed above its 200-day months
ago, and the price hugs the 50-day. The FOMC decides on 2026-12-09 and November
CPI lands 2026-12-10 (both configured events).

How the bars are made
---------------------
1. A market factor with GARCH(1,1) volatility, dated stress regimes (`VOL_REGIMES`)
   and fat-tailed shocks drives four ETFs (each with its own beta and noise).
2. Each ETF's log-price path is pinned to a handful of dated anchor levels
   (`ANCHORS`), which shapes 2023-2026 into bull runs, corrections and the spring
   2026 small-cap slump, while keeping the day-to-day noise and its clustering.
3. The last weeks are steered: IWM mean-reverts inside its range, QQQ's earlier
   highs are kept under the 2026-11-11 record, and the final eight sessions follow
   `STORY_TAPE` exactly.
4. Indexes are their ETF times a fixed ratio with a few basis points of
   stationary tracking noise; the VIX mean-reverts to a level set by realized
   volatility and drawdown, and jumps against the market's daily move.
5. Open, high, low and volume are drawn around each close; prices are rounded to
   cents and no session is left unchanged.

The news is built from sentence banks (`scripts/fixtures/`), filled with numbers read off
the generated bars, so the articles agree with the data.

Usage: python scripts/make_fixtures.py [--out DIR]   (default: the repo's fixtures/)

The generator lives in the `scripts/fixtures/` package (one module per part: params,
bars, story_check, options, macro, feeds, stories, facts, sentences, paragraphs,
story_text, pages, feed_xml, manifest); this file only writes its output.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixtures.manifest import all_files  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def main(out_dir: Path | str = REPO / "fixtures") -> list[Path]:
    """Write the fixtures under `out_dir`; return the paths written."""
    out = Path(out_dir)
    written = []
    for relative, text in sorted(all_files().items()):
        path = out / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        written.append(path)
    return written


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=REPO / "fixtures",
                        help="output directory (default: the repo's fixtures/)")
    arguments = parser.parse_args()
    paths = main(arguments.out)
    print(f"wrote {len(paths)} files under {arguments.out}")
