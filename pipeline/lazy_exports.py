"""Package names that load their submodule on first use (a module `__getattr__`, PEP 562).

A package whose `__init__` re-exports from heavy submodules makes every import of any
of its submodules pay for all of them (`render.view` loading jinja2 for the HTML
templates; `scorecard.contracts`, which the store needs, loading numpy through the
indicators). The package keeps its names, for type checkers too, under
`if TYPE_CHECKING:` and sets `__getattr__ = lazy_exports(__name__, {name: submodule})`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_exports(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """A `__getattr__` for `package` that imports each name of `homes` from its submodule."""

    def load(name: str) -> Any:
        if name not in homes:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f".{homes[name]}", package), name)
        setattr(sys.modules[package], name, value)  # later lookups skip this function
        return value

    return load
