"""A run's lifecycle edges: the output folder checked up front, and the reason a run failed.

Once a run has started (its `runs` row says `running`), any error that ends it
finishes the row as `failed` with a one-line reason before it goes on up (see
`Pipeline.run`); a run whose process died without finishing is marked
`abandoned` by the next command that opens the store (see `store.runs`).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import NewsdeskError, OutputError


def check_output_dir(out_dir: Path, subfolder: str) -> None:
    """Make `out_dir/subfolder` (and parents) and write a probe file in it; OutputError when it cannot."""
    target = out_dir / subfolder
    with writing_output(out_dir):
        target.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=target):
            pass


@contextmanager
def writing_output(folder: Path) -> Iterator[None]:
    """An OSError while writing under `folder` becomes an OutputError naming `output.dir`."""
    try:
        yield
    except OSError as exc:
        detail = exc.strerror or str(exc)
        where = f" ({exc.filename})" if exc.filename and str(exc.filename) != str(folder) else ""
        raise OutputError(f"output.dir {folder}: cannot write there: {detail}{where}") from None


def failure_reason(exc: BaseException) -> str:
    """One line saying why a run ended: newsdesk's own message, "interrupted", or the bug's type."""
    if isinstance(exc, NewsdeskError):
        reason = str(exc)
    elif isinstance(exc, KeyboardInterrupt):
        reason = "interrupted"
    else:
        reason = f"internal error: {type(exc).__name__}: {exc}"
    return " ".join(reason.split()) or type(exc).__name__
