"""Charts drawn in worker processes, off the run's critical path.

Drawing a chart is pure CPU in matplotlib and holds the GIL for its whole
length: drawn in the run's own process it stalls the event loop that feeds the
model writer, and in the template batch it adds its time to every instrument.
`ChartPool` hands each chart to a small pool of processes (each with the
chart module and its reused figure loaded once) and gives back a `Future` of
its bytes; the render stage writes the files when it comes back.

`output.chart_workers` sets the pool's size (0: draw in the run's process).
The processes are started by `start()` (the run calls it first) or the first chart, and
stopped by `close()`.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor

from ..contracts.chart import ChartData
from .files import ChartImages

log = logging.getLogger(__name__)


def default_workers() -> int:
    """One process per core but one (the run's own process keeps a core), at least one."""
    return max(1, (os.cpu_count() or 1) - 1)


class ChartPool:
    """Draws charts in `workers` processes (spawned: the run's threads are never forked)."""

    def __init__(self, workers: int) -> None:
        if workers < 1:
            raise ValueError(f"a chart pool needs at least one worker, not {workers}")
        self.workers = workers
        self._executor: ProcessPoolExecutor | None = None

    def start(self) -> None:
        """Start the processes now (each imports matplotlib, about a second of CPU), so they are
        ready when the first chart comes; `submit` starts them otherwise."""
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("spawn"), initializer=_warm_up)
            for _ in range(self.workers):
                self._executor.submit(os.getpid)

    def submit(self, data: ChartData, svg: bool, stamp: str) -> Future[ChartImages]:
        self.start()
        assert self._executor is not None
        return self._executor.submit(_draw, data, svg, stamp)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> ChartPool:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _warm_up() -> None:
    """Import matplotlib and the chart module before the first chart arrives."""
    logging.disable(logging.WARNING)  # a worker's warnings would interleave with the run's output
    from . import chart  # noqa: F401


def _draw(data: ChartData, svg: bool, stamp: str) -> ChartImages:
    from .chart import chart_images

    return chart_images(data, svg=svg, stamp=stamp)
