"""What every `newsdesk` command module shares: the consoles, the command context (settings,
store, pipeline on demand) and the session-date option parser. The command modules (`cli.py`,
`cli_*.py`) import from here, never from each other, so each can be imported on its own."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console

from . import redact
from .config import Settings, load_settings

if TYPE_CHECKING:
    from .run import Pipeline
    from .store import Store

err = Console(stderr=True)
out = Console()


def print_json(document: object) -> None:
    """What every `--json` prints: one JSON document (a listing is an array, `[]` when empty)."""
    click.echo(json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False))


class Context:
    def __init__(self, config: Path | None, debug: bool) -> None:
        self.config_path = config
        self.debug = debug
        self._settings: Settings | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load_settings(self.config_path)
            redact.install(redact.configured(self._settings))  # log records, tracebacks, errors
        return self._settings

    def store(self) -> Store:
        """The store alone, for commands that only read or move drafts (no market, no writer)."""
        from .store import open_store

        return open_store(self.settings.store.url, redactor=redact.configured(self.settings))

    def pipeline(self, writer: str | None = None, *, ingest: bool = False) -> Pipeline:
        """The pipeline; a news fetcher only for a command that ingests (`ingest=True`)."""
        from .wiring import make_pipeline

        settings = self.settings
        if writer is not None:  # --writer overrides writer.kind for this command
            settings = settings.model_copy(
                update={"writer": settings.writer.model_copy(update={"kind": writer})})
        return make_pipeline(settings, ingest=ingest)


# Sessions newsdesk can reason about: the exchange calendars and pandas hold dates in this span.
FIRST_SESSION, LAST_SESSION = date(1900, 1, 1), date(2199, 12, 31)


def parse_session(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint="'--session'") from None
    if not FIRST_SESSION <= day <= LAST_SESSION:
        raise click.BadParameter(f"{value} is outside the sessions newsdesk handles "
                                 f"({FIRST_SESSION} to {LAST_SESSION})", param_hint="'--session'")
    return day
