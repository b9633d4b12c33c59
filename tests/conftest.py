"""Shared test fixtures. Tests never touch a user's files: state goes to tmp_path.

`store`, `wp` and `ghost` serve the publish tests; a module that needs another store
(one from its own settings, a parametrized URL) or a stub with other credentials
defines a fixture of the same name, which takes precedence in that module.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from publish_factories import new_store
from publish_servers import GhostStub, WordPressStub

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
