"""One complete template-writer article (markdown) on real bars, from this checkout or an older one.

    .venv/bin/python scripts/realdata_article.py SPY 2026-06-05
    .venv/bin/python scripts/realdata_article.py SPY 2026-06-05 --checkout /work/wt-before -o before.md

Builds the article the way bench/editorial.py does: the SPY, QQQ, IWM and DIA daily bars under
../shared/realdata/ohlcv (with the S&P 500 and Nasdaq-100 indices and the VIX) are linked, never
copied, into a temporary folder under the names the CSV reader looks for; the pipeline of the
checkout takes the snapshot, the template writer writes, the verifier checks, and the article is
rendered to markdown with the verifier's error and warning counts in its front matter. The real
sessions carry no news (the realdata feeds hold no page text), so the articles cite data only.

--checkout runs the `pipeline` package of another working tree (an older commit checked out with
`git worktree add`) with this interpreter, so the same symbols and sessions can be compared before
and after a change. Only the calls every version since 906b1b9 has are used (load_settings,
make_pipeline, Pipeline.snapshot/prepare/checker, the writer, render_markdown); the data is adapted
here, never in the older code.

Exit codes: 0 written; 2 bad input (unknown symbol, no realdata, a checkout without a pipeline
package); otherwise the checkout's own code for its error (3 for data, e.g. a session the bars do
not hold), printed on one line. --debug shows the traceback.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import logging
import sys
import tempfile
from datetime import date
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
OHLCV = REPO.parent / "shared" / "realdata" / "ohlcv"
SYMBOLS = ("SPY", "QQQ", "IWM", "DIA")
# newsdesk file name -> file under ohlcv/ (bench/editorial_cases.py links the same files)
LINKS = {
    "SPY.csv": "kittycapital_etf-seasonality/SPY.csv",
    "QQQ.csv": "kittycapital_etf-seasonality/QQQ.csv",
    "IWM.csv": "kittycapital_etf-seasonality/IWM.csv",
    "DIA.csv": "kittycapital_etf-seasonality/DIA.csv",
    "idx_GSPC.csv": "slow-turtle-research/IDX_GSPC.csv",
    "idx_NDX.csv": "slow-turtle-research/IDX_NDX.csv",
    "idx_VIX.csv": "datahub_finance-vix/vix-daily.csv",
}
EXIT_BAD_INPUT = 2


class BadInput(Exception):
    """One line for the user, exit code 2."""


def load_pipeline(checkout: Path) -> ModuleType:
    """Import `pipeline` from `checkout` (this repo by default) and make sure that is the one loaded."""
    if not (checkout / "pipeline" / "__init__.py").is_file():
        raise BadInput(f"{checkout}: no pipeline package there")
    sys.path.insert(0, str(checkout))
    for name in [n for n in sys.modules if n == "pipeline" or n.startswith("pipeline.")]:
        del sys.modules[name]
    package = importlib.import_module("pipeline")
    loaded = Path(package.__file__ or "").resolve().parent
    if loaded != (checkout / "pipeline").resolve():
        raise BadInput(f"{checkout}: imported pipeline from {loaded} instead")
    return package


def link_bars(folder: Path, ohlcv: Path) -> Path:
    bars = folder / "bars"
    bars.mkdir()
    for name, target in LINKS.items():
        if not (ohlcv / target).is_file():
            raise BadInput(f"{ohlcv / target}: realdata file missing")
        (bars / name).symlink_to(ohlcv / target)
    return bars


REALDATA_SOURCE = "Yahoo Finance and Cboe daily bars"
"""Where the realdata bars came from (its README), for the article's data line."""


def source_line() -> str:
    """`csv_source = ...` for a checkout whose writer config has the field; older ones refuse it."""
    from pipeline.config import WriterConfig  # the checkout's, imported after load_pipeline
    return f'csv_source = "{REALDATA_SOURCE}"' if "csv_source" in WriterConfig.model_fields else ""


def write_config(folder: Path, bars: Path) -> Path:
    """A config every version reads: CSV bars, no options, no news ingested, no chart."""
    (folder / "state").mkdir()
    config = folder / "newsdesk.toml"
    config.write_text(f"""
[store]
url = "sqlite:///{folder}/state/newsdesk.db"
[output]
dir = "{folder}/out"
formats = ["json"]
chart = false
[writer]
kind = "template"
{source_line()}
[market]
csv_dir = "{bars}"
options_provider = "none"
""", "utf-8")
    return config


def article_markdown(symbol: str, session: date, ohlcv: Path) -> tuple[str, int]:
    """(markdown, error findings) of the checkout's template-writer article on `session`."""
    from pipeline.config import load_settings  # the checkout's, imported after load_pipeline
    from pipeline.render.markdown import render_markdown
    from pipeline.wiring import make_pipeline

    with tempfile.TemporaryDirectory(prefix="realdata-article-") as tmp:
        folder = Path(tmp)
        pipeline = make_pipeline(load_settings(write_config(folder, link_bars(folder, ohlcv))))
        inst = pipeline.settings.instrument(symbol)
        snapshot = pipeline.snapshot(symbol, session)
        if snapshot.session != session:
            raise BadInput(f"{session}: not a session the {symbol} bars hold (nearest {snapshot.session})")
        news, scores, brief = pipeline.prepare(inst, snapshot)
        article = pipeline.writer.write(brief)
        findings = pipeline.checker(snapshot, scores, news)(article)
    errors = sum(1 for f in findings if getattr(f.severity, "value", f.severity) == "error")
    if "findings" in inspect.signature(render_markdown).parameters:
        return render_markdown(article, findings), errors
    return render_markdown(article), errors  # older versions render the article alone


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("symbol", type=str.upper, choices=SYMBOLS)
    parser.add_argument("session", type=date.fromisoformat, help="YYYY-MM-DD")
    parser.add_argument("--checkout", type=Path, default=REPO,
                        help="working tree whose pipeline writes the article (default: this one)")
    parser.add_argument("--ohlcv", type=Path, default=OHLCV, help="the realdata ohlcv folder")
    parser.add_argument("-o", "--out", type=Path, help="write the markdown here instead of stdout")
    parser.add_argument("--debug", action="store_true", help="tracebacks on errors")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    try:
        package = load_pipeline(args.checkout.resolve())
    except BadInput as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    own_errors = importlib.import_module(f"{package.__name__}.errors").NewsdeskError
    try:
        markdown, errors = article_markdown(args.symbol, args.session, args.ohlcv)
    except (BadInput, own_errors) as exc:
        if args.debug:
            raise
        print(f"error: {exc}", file=sys.stderr)
        return getattr(exc, "exit_code", EXIT_BAD_INPUT)
    if args.out:
        args.out.write_text(markdown, "utf-8")
        print(f"{args.out}: {args.symbol} {args.session}, {errors} error findings", file=sys.stderr)
    else:
        sys.stdout.write(markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
