"""Shared test fixtures. Tests never touch a user's files: state goes to tmp_path.

`settings` and `store` are one project folder in tmp_path and the store its config names;
`wp` and `ghost` are stub CMSs for the publish tests. A module that needs something else
(a store with a reviewer, a parametrized URL, a stub with other credentials) defines a
fixture of the same name, which takes precedence there and may request the shared one.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from publish_factories import new_store
from publish_servers import GhostStub, WordPressStub
from review_helpers import settings_for

from pipeline.config import Settings
from pipeline.store import Store

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
REALDATA = REPO.parent / "shared" / "realdata"


@pytest.fixture
def repo_root() -> Path:
    return REPO


@pytest.fixture
def realdata() -> Path:
    """../shared/realdata, or skip: it may not exist on a user's machine."""
    if not REALDATA.is_dir():
        pytest.skip("../shared/realdata is absent")
    return REALDATA


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """A project folder in tmp_path: its newsdesk.toml keeps the store in state/newsdesk.db
    (the file `store` opens) and output in out/."""
    return settings_for(tmp_path)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A new SQLite store at tmp_path/state/newsdesk.db, closed after the test."""
    with new_store(tmp_path) as opened:
        yield opened


@pytest.fixture
def wp() -> Iterator[WordPressStub]:
    """A stub WordPress on 127.0.0.1 with its default application password."""
    with WordPressStub() as server:
        yield server


@pytest.fixture
def ghost() -> Iterator[GhostStub]:
    """A stub Ghost Admin API on 127.0.0.1 with its own admin key."""
    with GhostStub() as server:
        yield server
