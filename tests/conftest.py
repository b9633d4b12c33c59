"""Shared test fixtures. Tests never touch a user's files: state goes to tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

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
