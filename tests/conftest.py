"""Shared test fixtures. Tests never touch a user's files: state goes to tmp_path.

`settings` and `store` are one project folder in tmp_path and the store its config names;
`wp` and `ghost` are stub CMSs for the publish tests; `iwm_desk` is a test's own copy of one real
`newsdesk run` (IWM, 2026-11-20, template writer) made once per module. A module that needs something else
(a store with a reviewer, a parametrized URL, a stub with other credentials) defines a
fixture of the same name, which takes precedence there and may request the shared one.
"""

from __future__ import annotations

import shutil
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


@pytest.fixture(scope="module")
def iwm_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project folder after one real `newsdesk run` over the repo's fixtures (IWM, 2026-11-20):
    its store holds the draft and its output folder the draft's files. Once per module."""
    from cli_helpers import newsdesk, write_config  # it reads FIXTURES from here

    base = tmp_path_factory.mktemp("iwm-run")
    write_config(base)
    result = newsdesk(base, "run", "--session", "2026-11-20", "--symbol", "IWM")
    assert result.code == 0, result.stderr
    return base


@pytest.fixture
def iwm_desk(iwm_run: Path, tmp_path: Path) -> Path:
    """The test's own copy of `iwm_run`."""
    from cli_helpers import write_config
    copy = tmp_path / "desk"
    shutil.copytree(iwm_run, copy)
    write_config(copy)  # paths in it are absolute fixtures, the store is relative
    return copy
