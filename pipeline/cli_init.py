"""`newsdesk init`: create the configured store, its folders included, and migrate it.

Every other command opens the store where the config says and creates at most
its own folder (the default `.newsdesk/`); a missing parent folder is refused
there, so a mistyped `store.url` never starts an empty store. `init` is how a
new location is made on purpose.
"""

from __future__ import annotations

from pathlib import Path

import click

from .cli_context import Context, out
from .errors import StoreError


@click.command("init")
@click.pass_obj
def init_store(obj: Context) -> None:
    """Create the store named by store.url (and its folders); safe to run again."""
    from .store import open_store

    url = obj.settings.store.url
    _make_folders(url)
    with open_store(url) as store:
        out.print(f"store ready: {store.url}", markup=False, highlight=False)


def _make_folders(url: str) -> None:
    from .store import db

    path = db.sqlite_file(db.parse_url(url))
    if path is None:
        return
    folder = Path(path).parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"store {url}: cannot create the folder {folder}: "
                         f"{exc.strerror or exc}") from None
