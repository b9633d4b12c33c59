"""`newsdesk backfill` and `newsdesk scorecard`: past sessions' calls, and how they turned out."""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from typing import TYPE_CHECKING, cast

import click

from .cli_context import FIRST_SESSION, LAST_SESSION, Context, err, out
from .config import InstrumentConfig
from .contracts import PriceHistory
from .errors import DataError

if TYPE_CHECKING:  # market data, the scorecard stage, the store and rich tables load with a command
    from .market import MarketData
    from .run import Pipeline
    from .scorecard.contracts import CallOrigin


def _day(value: str | None, flag: str) -> date | None:
    if value is None:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=f"'{flag}'") from None
    if not FIRST_SESSION <= day <= LAST_SESSION:
        raise click.BadParameter(f"{value} is outside the sessions newsdesk handles "
                                 f"({FIRST_SESSION} to {LAST_SESSION})", param_hint=f"'{flag}'")
    return day


def _span(first: str | None, last: str | None) -> tuple[date | None, date | None]:
    start, end = _day(first, "--from"), _day(last, "--to")
    if start is not None and end is not None and start > end:
        raise click.UsageError(f"--from {start} is after --to {end}")
    return start, end


def _instruments(obj: Context, symbols: tuple[str, ...]) -> list[InstrumentConfig]:
    settings = obj.settings
    return [settings.instrument(s) for s in symbols] if symbols else settings.covered()


@click.command()
@click.option("--from", "first", required=True, help="First session YYYY-MM-DD.")
@click.option("--to", "last", help="Last session YYYY-MM-DD (default: the newest bar).")
@click.option("--symbol", "symbols", multiple=True, help="Only these instruments (repeatable; "
              "default: the covered ones).")
@click.pass_obj
def backfill(obj: Context, first: str, last: str | None, symbols: tuple[str, ...]) -> None:
    """Compute and store the calls of past sessions from bars alone (no news, no model).

    Each session's final call per horizon, setups, key levels and Pulse are what
    a run on that session computes; re-running stores nothing twice. Exit codes:
    0 done; 1 some instruments' bars were refused; 3 all were; 2 bad dates."""
    from . import views_scorecard
    from .scorecard.backfill import backfill_calls

    start, end = _span(first, last)
    assert start is not None
    instruments = _instruments(obj, symbols)
    pipeline = obj.pipeline()
    rows, refused = [], 0
    histories = Histories(pipeline.market)
    for inst in instruments:
        began = time.perf_counter()
        history = histories.load(inst.symbol)
        if isinstance(history, DataError):
            err.print(f"skipped {inst.symbol}: {history}", markup=False, highlight=False)
            refused += 1
            continue
        calls = backfill_calls(history, _benchmark(histories, inst), start, end or date.max)
        saved = pipeline.store.save_session_calls(calls)
        rows.append(views_scorecard.BackfillRow(inst.symbol, len(calls), saved,
                                                time.perf_counter() - began,
                                                calls[0].session if calls else None,
                                                calls[-1].session if calls else None))
    views_scorecard.print_backfill(out, rows)
    if refused:
        sys.exit(3 if refused == len(instruments) else 1)


class Histories:
    """Each symbol's bars read once (a benchmark serves several instruments); a refusal too."""

    def __init__(self, market: MarketData) -> None:
        self.market = market
        self.loaded: dict[str, PriceHistory | DataError] = {}

    def load(self, symbol: str) -> PriceHistory | DataError:
        if symbol not in self.loaded:
            try:
                self.loaded[symbol] = self.market.load_history(symbol)
            except DataError as exc:
                self.loaded[symbol] = exc
        return self.loaded[symbol]


def _benchmark(histories: Histories, inst: InstrumentConfig) -> PriceHistory | None:
    """The benchmark's bars for the Pulse's relative component; None (scored neutral, as in a
    run) when it is not configured or its bars are refused."""
    if inst.benchmark is None:
        return None
    history = histories.load(inst.benchmark)
    if isinstance(history, DataError):
        err.print(f"note {inst.symbol}: benchmark {inst.benchmark} left out: {history}",
                  markup=False, highlight=False)
        return None
    return history


@click.command()
@click.option("--symbol", "symbols", multiple=True, help="Only these instruments (repeatable).")
@click.option("--from", "first", help="First session YYYY-MM-DD.")
@click.option("--to", "last", help="Last session YYYY-MM-DD.")
@click.option("--origin", type=click.Choice(["backfill", "article"]),
              help="Only calls from `backfill` or from runs' articles (default: both, the "
                   "article's when a session has both).")
@click.option("--json", "as_json", is_flag=True, help="The scorecard as JSON.")
@click.option("--page", is_flag=True, help="Also write the scorecard page, <output.dir>/"
              "scorecard.html, beside the session folders of the articles.")
@click.pass_obj
def scorecard(obj: Context, symbols: tuple[str, ...], first: str | None, last: str | None,
              origin: str | None, as_json: bool, page: bool) -> None:
    """Grade the stored calls against the bars after each session: hit rates per horizon and
    bias, setup expectancy in R, level hold rates, Pulse calibration, each beside naive
    baselines. Exit codes: 0 done; 2 bad dates or symbol; 5 no stored calls match."""
    from . import views_scorecard
    from .render.scorecard_page import write_scorecard_page
    from .scorecard.report import scorecard_for

    start, end = _span(first, last)
    wanted = [inst.symbol for inst in _instruments(obj, symbols)] if symbols else None
    pipeline = obj.pipeline()
    card = scorecard_for(pipeline.store, pipeline.market.load_history, wanted, start, end,
                         cast("CallOrigin | None", origin))
    if as_json:
        click.echo(json.dumps(card.model_dump(mode="json"), indent=2))
    else:
        views_scorecard.print_scorecard(out, card)
    if page:
        path = write_scorecard_page(obj.settings.output.dir, card)
        linked = _link_page_from_indexes(pipeline)
        also = f" (now linked from {linked} session index{'es' if linked != 1 else ''})" if linked else ""
        err.print(f"scorecard page: {path}{also}", markup=False, highlight=False)


def _link_page_from_indexes(pipeline: Pipeline) -> int:
    """Session indexes written before the scorecard page link it from now on: each
    `<output.dir>/<session>/index.html` that does not yet, and whose session has drafts in the
    store, is written again from them (a folder the store knows nothing of is left alone).
    Returns how many were written."""
    from .render.files import index_links_scorecard

    written = 0
    for folder in sorted(p for p in pipeline.settings.output.dir.iterdir() if p.is_dir()):
        session = _folder_session(folder.name)
        if session is None or not (folder / "index.html").is_file() or index_links_scorecard(folder):
            continue
        if pipeline.store.count_drafts(session=session):
            pipeline.write_session_index(session)
            written += 1
    return written


def _folder_session(name: str) -> date | None:
    try:
        return date.fromisoformat(name)
    except ValueError:
        return None
