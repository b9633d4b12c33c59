"""Prompts are files in `prompts/`: Jinja templates rendered with strict undefined.

Each template's version is `name@<first 12 hex of sha256 of its text>`; the
versions go into every call-log row and into Draft.prompt_version. Scraped text
enters only through `data_block`, which fences it and neutralises any fence
markers inside it, so a story cannot close its own block.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import jinja2

from ..errors import ConfigError

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "prompts"
NAMES = ("system", "article", "repair")
DATA_OPEN = "<<<NEWS DATA id={id}>>>"
DATA_CLOSE = "<<<END NEWS DATA>>>"
_FENCE = re.compile(r"<{3,}|>{3,}|\u2039{3,}|\u203a{3,}")


def version_of(name: str, text: str) -> str:
    return f"{name}@{hashlib.sha256(text.encode('utf-8')).hexdigest()[:12]}"


def neutralise(text: str) -> str:
    """Scraped text with fence-like runs of angle brackets made harmless."""
    return _FENCE.sub(lambda m: "\u2039" if m.group(0)[0] in "<\u2039" else "\u203a", text)


def data_block(item_id: int, text: str) -> str:
    return f"{DATA_OPEN.format(id=item_id)}\n{neutralise(text).strip()}\n{DATA_CLOSE}"


class PromptSet:
    """The system, article and repair templates of one prompts directory."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = Path(directory or DEFAULT_DIR)
        self._env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(self.directory)), undefined=jinja2.StrictUndefined,
            autoescape=False, keep_trailing_newline=False, trim_blocks=True, lstrip_blocks=True)
        self._env.filters["data_block"] = lambda text, item_id: data_block(item_id, text)
        self.versions = {name: version_of(name, self._source(name)) for name in NAMES}

    @property
    def version(self) -> str:
        """All three versions in one string, e.g. 'system@ab12.. article@cd34.. repair@ef56..'."""
        return " ".join(self.versions[name] for name in NAMES)

    def render(self, template: str, /, **values: Any) -> str:
        try:
            return self._env.get_template(f"{template}.j2").render(**values).strip()
        except jinja2.UndefinedError as exc:
            raise ConfigError(f"prompt {template}.j2: {exc.message}") from None

    def _source(self, name: str) -> str:
        path = self.directory / f"{name}.j2"
        try:
            return path.read_text("utf-8")
        except OSError as exc:
            raise ConfigError(f"prompt {path}: cannot read it ({exc.strerror or exc})") from None
