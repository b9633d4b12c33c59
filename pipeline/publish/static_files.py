"""Static sites (Hugo, Jekyll, Astro, ...): one Markdown file with front matter per article.

The file is `<dir>/<slug>.md`, written atomically (a temporary file in the
same folder, then a rename), so a site build never reads half a file. A
republish overwrites the same file. Front matter (YAML between `---` or TOML
between `+++`): title, date, slug, description, tags, draft, sources (the
cited URLs) and `newsdesk_key`, the marker that says newsdesk wrote the file;
a file of that name without it is someone else's and is never overwritten.
Every value is a quoted string with `<`, `>` and `&` written as `\u003c`-style
escapes: a `<script>` title reads back unchanged but never lands as markup.
The chart PNG is copied beside the post as `<slug>.png` (front matter
`image`, and a Chart section before the Sources). State: `published` or
`draft` (the front matter's `draft`), `deleted` when the
file is gone. Unpublish rewrites the file with `draft: true`; `--delete`
removes it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..errors import PublishError
from ..render.files import write_bytes_atomic, write_text_atomic
from ..render.markdown import yaml_scalar
from .base import DELETED, PublishPayload, PublishResult, RemoteRef
from .payload import escape_markup
from .settings import StaticTarget

MARKER_FIELD = "newsdesk_key"
_DRAFT_LINE = re.compile(r"^draft(: | = )(true|false)$", re.M)


class StaticFiles:
    def __init__(self, name: str, cfg: StaticTarget) -> None:
        self.name = name
        self._cfg = cfg

    def describe(self) -> str:
        return f"Markdown files in {self._cfg.dir} ({self._cfg.front_matter} front matter)"

    def publish(self, payload: PublishPayload, known: RemoteRef | None) -> PublishResult:
        folder = self._cfg.dir
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise PublishError(f"static target {self.name!r}: cannot create {folder}: {exc}") from None
        path = folder / f"{payload.slug}.md"
        existed = path.exists()
        if existed and not _written_by_us(path, payload.marker):
            raise PublishError(f"static target {self.name!r}: {path} exists and was not written by "
                               "newsdesk for this draft; move it away or change the slug")
        image = self._copy_chart(payload)
        write_text_atomic(path, self._document(payload, image))
        return PublishResult(action="updated" if existed else "written", remote_id=path.name,
                             remote_url=path.resolve().as_uri(), slug=payload.slug,
                             remote_state="draft" if self._cfg.draft else "published")

    def remote_state(self, known: RemoteRef) -> str:
        path = self._cfg.dir / known.remote_id
        try:
            head = path.read_text("utf-8")[:4000]
        except FileNotFoundError:
            return DELETED
        except (OSError, UnicodeDecodeError) as exc:
            raise PublishError(f"static target {self.name!r}: cannot read {path}: {exc}") from None
        found = _DRAFT_LINE.search(head)
        return "draft" if found and found[2] == "true" else "published"

    def unpublish(self, key: str, known: RemoteRef, delete: bool) -> str:
        path = self._cfg.dir / known.remote_id
        if not path.exists():
            return DELETED
        try:
            if delete:
                path.unlink()
                path.with_suffix(".png").unlink(missing_ok=True)
                return DELETED
            text = path.read_text("utf-8")
        except OSError as exc:
            raise PublishError(f"static target {self.name!r}: cannot change {path}: {exc}") from None
        write_text_atomic(path, _DRAFT_LINE.sub(lambda m: f"draft{m[1]}true", text, count=1))
        return "draft"

    def close(self) -> None:
        return None

    def _copy_chart(self, payload: PublishPayload) -> str | None:
        """`<slug>.png` beside the post (rewritten only when its content changed), or None."""
        if payload.chart is None:
            return None
        target = self._cfg.dir / f"{payload.slug}.png"
        try:
            data = Path(payload.chart.path).read_bytes()
            if not target.exists() or target.read_bytes() != data:
                write_bytes_atomic(target, data)
        except OSError as exc:
            raise PublishError(f"static target {self.name!r}: cannot copy the chart to {target}: "
                               f"{exc}") from None
        return target.name

    def _document(self, payload: PublishPayload, image: str | None) -> str:
        fields: list[tuple[str, object]] = [
            ("title", payload.title), ("date", payload.as_of.isoformat()), ("slug", payload.slug),
            ("description", payload.excerpt), ("tags", [*payload.tags, *self._cfg.tags]),
            ("draft", self._cfg.draft), ("sources", payload.source_urls),
            *([("image", image)] if image else []), (MARKER_FIELD, payload.marker),
        ]
        if self._cfg.front_matter == "toml":
            head = "+++\n" + "".join(f"{k} = {_toml_value(v)}\n" for k, v in fields) + "+++\n"
        else:
            head = "---\n" + "".join(_yaml_field(k, v) for k, v in fields) + "---\n"
        return head + "\n" + _with_chart(payload, image).rstrip("\n") + "\n"


def _with_chart(payload: PublishPayload, image: str | None) -> str:
    """The Markdown with a Chart section (the copied PNG) before its Sources, when there is one."""
    if image is None or payload.chart is None:
        return payload.markdown
    alt = payload.chart.alt.replace("[", "(").replace("]", ")")
    section = f"## Chart\n\n![{alt}]({image})\n\n"
    head, found, tail = payload.markdown.partition("## Sources")
    return head + section + found + tail if found else payload.markdown.rstrip("\n") + "\n\n" + section


def _yaml_field(key: str, value: object) -> str:
    if isinstance(value, list):
        if not value:
            return f"{key}: []\n"
        return f"{key}:\n" + "".join(f"  - {escape_markup(yaml_scalar(str(v)))}\n" for v in value)
    assert isinstance(value, str | bool)
    return f"{key}: {escape_markup(yaml_scalar(value))}\n"


def _toml_value(value: object) -> str:
    """TOML basic strings share JSON's escapes; booleans and arrays likewise."""
    return escape_markup(json.dumps(value, ensure_ascii=True))


def _written_by_us(path: Path, marker: str) -> bool:
    try:
        head = path.read_text("utf-8")[:4000]
    except (OSError, UnicodeDecodeError):
        return False
    return f'{MARKER_FIELD}: "{marker}"' in head or f'{MARKER_FIELD} = "{marker}"' in head
