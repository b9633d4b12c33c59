"""The render stage's I/O edge: rendered text onto disk, atomically.

Layout: `out_dir/<session ISO>/<slug>.md|.html|.json`, slug such as
`iwm-2026-11-20`, the chart as `<slug>.png` (and `<slug>.svg` when asked) beside them,
plus an `index.md` and `index.html` per session directory.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
from collections.abc import Callable, Collection, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..contracts import Article, Finding, Scores, Snapshot
from ..contracts.chart import ChartData
from ..errors import ConfigError
from . import view
from .html import environment, render_html
from .json_out import render_json
from .markdown import md_cell, md_text, render_markdown

FORMATS = ("md", "html", "json")

INDEX_PAGE = "index.html"
"""The session index beside the article pages; each page links it."""

SCORECARD_PAGE = "scorecard.html"
"""The scorecard page (`newsdesk scorecard --page`), in `output.dir` beside the session folders;
a session index links it as `../scorecard.html` when it is there."""

log = logging.getLogger(__name__)


def article_slug(article: Article) -> str:
    """'iwm-2026-11-20'."""
    return view.slug(article)


def chart_file(article: Article, out_dir: Path) -> Path:
    """`<out_dir>/<session>/<slug>.png`: where `write_article_files` draws the chart."""
    return Path(out_dir) / article.session.isoformat() / f"{article_slug(article)}.png"


def write_article_files(article: Article, out_dir: Path, formats: Sequence[str], *,
                        snapshot: Snapshot | None = None, scores: Scores | None = None,
                        findings: Sequence[Finding] = (), chart: ChartData | None = None,
                        chart_svg: bool = False, drawing: Future[ChartImages] | None = None,
                        warnings: list[str] | None = None, status: str | None = None) -> list[Path]:
    """Render `article` in each of `formats` and write the files; returns their paths.

    With `chart`, `<slug>.png` (and `<slug>.svg` with `chart_svg`) are drawn and
    written first and the article links to them; `drawing` is the chart already
    being drawn elsewhere (`ChartPool`), else it is drawn here. A chart whose
    files already hold the same inputs (`chart_stamp`, in the files' metadata)
    is not drawn again. A chart that cannot be drawn or written costs only the
    chart: the reason goes to `warnings` and the article is written without one.
    The texts are rendered before any of them is written, so a rendering error
    leaves no partial set of article files behind. `status` is the draft's: a person's
    decision (approved, rejected, published) is stated in each file. The HTML page links
    the session's `index.html` beside it.
    """
    wanted = _wanted_formats(formats)
    session_dir = Path(out_dir) / article.session.isoformat()
    base = article_slug(article)
    notes = warnings if warnings is not None else []
    paths = _chart_files(chart, session_dir, base, chart_svg, drawing, notes) if chart is not None else []
    if paths:
        article = article.model_copy(update={"chart": paths[0].name})
    vector = chart is None or len(paths) == 2  # an article's own chart path keeps its SVG link
    texts = _article_texts(article, wanted, vector, snapshot, scores, findings, status)
    return paths + _write_texts(session_dir, base, texts)


def rewrite_article_files(article: Article, out_dir: Path, formats: Sequence[str], *,
                          snapshot: Snapshot | None = None, scores: Scores | None = None,
                          findings: Sequence[Finding] = (), status: str | None = None) -> list[Path]:
    """Write `article`'s files again after a review (an edit, a decision); returns their paths.

    Nothing is drawn: the chart a run drew beside them (`<slug>.png`, `<slug>.svg`) stays
    linked when it is there. Each file is replaced atomically, as `write_article_files` does.
    """
    wanted = _wanted_formats(formats)
    session_dir = Path(out_dir) / article.session.isoformat()
    base = article_slug(article)
    png, svg = session_dir / f"{base}.png", session_dir / f"{base}.svg"
    if png.is_file():
        article = article.model_copy(update={"chart": png.name})
    texts = _article_texts(article, wanted, svg.is_file(), snapshot, scores, findings, status)
    return _write_texts(session_dir, base, texts)


def _article_texts(article: Article, wanted: Sequence[str], vector: bool, snapshot: Snapshot | None,
                   scores: Scores | None, findings: Sequence[Finding],
                   status: str | None) -> dict[str, str]:
    """Every wanted format rendered, before any is written."""
    renderers: dict[str, Callable[[], str]] = {
        "md": lambda: render_markdown(article, findings, chart_vector=vector, status=status),
        "html": lambda: render_html(article, findings, chart_vector=vector, status=status,
                                    index=INDEX_PAGE),
        "json": lambda: render_json(article, snapshot, scores, findings, status),
    }
    return {fmt: renderers[fmt]() for fmt in wanted}


def _write_texts(session_dir: Path, base: str, texts: Mapping[str, str]) -> list[Path]:
    paths = []
    for fmt, text in texts.items():
        path = session_dir / f"{base}.{fmt}"
        write_text_atomic(path, text)
        paths.append(path)
    return paths


def _wanted_formats(formats: Sequence[str]) -> list[str]:
    wanted = list(dict.fromkeys(fmt.lower().lstrip(".") for fmt in formats))
    unknown = [fmt for fmt in wanted if fmt not in FORMATS]
    if unknown:
        raise ConfigError(f"unknown output format {', '.join(map(repr, unknown))}; "
                          f"known: {', '.join(FORMATS)}")
    return wanted


ChartImages = tuple[bytes, bytes | None]
"""A chart's PNG bytes, and its SVG bytes or None."""

CHART_FORMAT = "1"
"""Part of every chart stamp: change it when the drawing code changes what a chart looks
like, so charts drawn by the older code are drawn again."""


def chart_stamp(data: ChartData, svg: bool) -> str:
    """A hash of everything a chart's files depend on: its data, the formats, the drawing
    code's version (`CHART_FORMAT`) and matplotlib's."""
    from matplotlib import __version__ as matplotlib_version

    text = f"{CHART_FORMAT}|{matplotlib_version}|{svg}|{data.model_dump_json()}"
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def chart_paths(session_dir: Path, base: str, svg: bool) -> list[Path]:
    """`<base>.png`, and `<base>.svg` when the SVG is wanted."""
    return [session_dir / f"{base}.png"] + ([session_dir / f"{base}.svg"] if svg else [])


def chart_is_current(paths: Sequence[Path], stamp: str) -> bool:
    """Every one of `paths` exists and carries `stamp` (PNG text chunk, SVG description)."""
    try:
        return all(_stamp_in(path) == stamp for path in paths)
    except OSError:
        return False


def _stamp_in(path: Path) -> str | None:
    if path.suffix == ".svg":
        found = re.search(rb"newsdesk-chart ([0-9a-f]+)", path.read_bytes()[:4096])
        return found.group(1).decode() if found else None
    return png_text(path).get(STAMP_KEY)


def png_text(path: Path) -> dict[str, str]:
    """The tEXt chunks before a PNG's image data, read without decoding the image."""
    found: dict[str, str] = {}
    with path.open("rb") as handle:
        if handle.read(8) != b"\x89PNG\r\n\x1a\n":
            return found
        while True:
            header = handle.read(8)
            if len(header) < 8:
                return found
            length, kind = int.from_bytes(header[:4], "big"), header[4:]
            if kind == b"IDAT" or kind == b"IEND":
                return found
            body = handle.read(length)
            handle.seek(4, os.SEEK_CUR)  # the CRC
            if kind == b"tEXt" and b"\0" in body:
                key, value = body.split(b"\0", 1)
                found[key.decode("latin-1")] = value.decode("latin-1")


STAMP_KEY = "newsdesk-chart"  # = render.chart.STAMP_KEY (not imported: that imports matplotlib)


def chart_images(data: ChartData, svg: bool = False, stamp: str | None = None) -> ChartImages:
    """`render.chart.chart_images`, imported on first use: matplotlib takes a
    noticeable part of a second to import, and most commands never draw a chart."""
    from .chart import chart_images as draw

    return draw(data, svg=svg, stamp=stamp)


def _chart_files(chart: ChartData, session_dir: Path, base: str, svg: bool,
                 drawing: Future[ChartImages] | None, warnings: list[str]) -> list[Path]:
    """The chart's paths: kept when current, else drawn (or taken from `drawing`) and written;
    [] and a warning saying why when it cannot be."""
    paths = chart_paths(session_dir, base, svg)
    stamp = chart_stamp(chart, svg)
    if chart_is_current(paths, stamp):
        if drawing is not None:
            drawing.cancel()
        return paths
    try:
        images = drawing.result() if drawing is not None else chart_images(chart, svg, stamp)
    except Exception as exc:  # noqa: BLE001 - a chart must never cost the article
        log.warning("%s: chart not drawn: %s", chart.symbol, exc, exc_info=True)
        warnings.append(f"chart not drawn: {exc or type(exc).__name__}")
        return []
    return _write_chart(images, paths, warnings)


def _write_chart(images: ChartImages, paths: list[Path], warnings: list[str]) -> list[Path]:
    """The PNG (and the SVG), or none and a warning saying why."""
    written: list[Path] = []
    try:
        for path, data in zip(paths, images, strict=False):
            if data is None:
                raise OSError(f"no SVG drawn for {path.name}")
            write_bytes_atomic(path, data)
            written.append(path)
    except OSError as exc:
        log.warning("%s: chart not written: %s", paths[0].stem, exc)
        warnings.append(f"chart not written: {exc}")
        for path in written:
            path.unlink(missing_ok=True)
        return []
    return paths


def write_text_atomic(path: Path, text: str) -> None:
    """Write via a temporary file in the same directory, then `os.replace`."""
    write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same directory, then `os.replace`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(data)
            temp.flush()
            os.fsync(temp.fileno())
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class IndexEntry:
    """One article as a session index lists it; `files` are names inside the session dir."""

    headline: str
    symbol: str
    bias: str
    pulse: int
    threat_level: int
    session: date
    files: tuple[str, ...]
    held_errors: int = 0
    """Error findings of a draft held for review; its headline is then not to be trusted."""
    rejected: bool = False
    """A reviewer rejected the draft: its files stay, marked, and are not to be published."""
    decided: str = ""
    """'approved' or 'published' once a person approved the draft; '' before."""

    @classmethod
    def from_article(cls, article: Article, paths: Sequence[Path], held_errors: int = 0,
                     rejected: bool = False, decided: str = "") -> IndexEntry:
        return cls(headline=article.headline, symbol=article.instrument.symbol,
                   bias=article.bias.value, pulse=article.pulse,
                   threat_level=article.threat_level, session=article.session,
                   files=tuple(Path(p).name for p in paths), held_errors=held_errors,
                   rejected=rejected, decided=view.decision(decided) or "")

    @property
    def decided_label(self) -> str:
        """'Approved in review' or 'Published' for a draft a person approved; '' otherwise."""
        return view.DECIDED[self.decided] if self.decided and not self.rejected else ""

    @property
    def held_label(self) -> str:
        """'Rejected in review', 'Held for review (2 errors)', or '' for a clean draft."""
        if self.rejected:
            return "Rejected in review"
        if not self.held_errors:
            return ""
        return f"Held for review ({self.held_errors} error{'s' if self.held_errors != 1 else ''})"

    @property
    def links(self) -> list[tuple[str, str]]:
        """(label, file name) per file, e.g. ('html', 'iwm-2026-11-20.html')."""
        names = [Path(name).name for name in self.files]
        names = [name for name in names if name and not re.search(r"[<>:\s]", name)]
        return [(Path(name).suffix.lstrip(".") or name, name) for name in names]

    @property
    def main_link(self) -> str | None:
        """The page a reader should open: HTML if written, else Markdown, else the first."""
        by_label = dict(self.links)
        return by_label.get("html") or by_label.get("md") or next(iter(by_label.values()), None)


def write_index(session_dir: Path, entries: Sequence[IndexEntry | Article],
                held: Mapping[str, int] | None = None, rejected: Collection[str] = (),
                decided: Mapping[str, str] | None = None) -> list[Path]:
    """Write `index.md` and `index.html` listing a session's articles; returns both paths.

    An Article given instead of an IndexEntry links to whichever of its files
    (`<slug>.md|.html|.json`) already exist in `session_dir`; `held` maps the
    symbol of each draft held for review to its error count, and its row says so, as does the
    row of each symbol in `rejected` (drafts a reviewer rejected), and `decided` maps the
    symbol of each approved or published draft to that status. When the
    scorecard page is in the parent folder, both indexes link it.
    """
    session_dir = Path(session_dir)
    listed = [_as_entry(item, session_dir, (held or {}), rejected, decided or {})
              for item in entries]
    title = index_title(session_dir, listed)
    scorecard = scorecard_link(session_dir)
    md_path, html_path = session_dir / "index.md", session_dir / INDEX_PAGE
    write_text_atomic(md_path, render_index_markdown(title, listed, scorecard))
    write_text_atomic(html_path, render_index_html(title, listed, scorecard))
    return [md_path, html_path]


def scorecard_link(session_dir: Path) -> str | None:
    """`../scorecard.html` when the scorecard page sits beside the session folder, else None."""
    return f"../{SCORECARD_PAGE}" if (Path(session_dir).parent / SCORECARD_PAGE).is_file() else None


def index_links_scorecard(session_dir: Path) -> bool:
    """Whether the session's `index.html` already links the scorecard page."""
    page = Path(session_dir) / "index.html"
    return page.is_file() and f'href="../{SCORECARD_PAGE}"' in page.read_text(encoding="utf-8")


def _as_entry(item: IndexEntry | Article, session_dir: Path, held: Mapping[str, int],
              rejected: Collection[str], decided: Mapping[str, str]) -> IndexEntry:
    if isinstance(item, IndexEntry):
        return item
    return IndexEntry.from_article(item, written_files(session_dir, article_slug(item)),
                                   held.get(item.instrument.symbol, 0),
                                   item.instrument.symbol in rejected,
                                   decided.get(item.instrument.symbol, ""))


def written_files(session_dir: Path, base: str) -> list[Path]:
    """`<base>.md|.html|.json` in `session_dir`, those that exist."""
    return [path for path in (session_dir / f"{base}.{fmt}" for fmt in FORMATS) if path.is_file()]


def index_title(session_dir: Path, entries: Sequence[IndexEntry]) -> str:
    if entries:
        return f"newsdesk · {view.long_date(entries[0].session)}"
    try:
        return f"newsdesk · {view.long_date(date.fromisoformat(session_dir.name))}"
    except ValueError:
        return f"newsdesk · {session_dir.name}"


def render_index_markdown(title: str, entries: Sequence[IndexEntry], scorecard: str | None = None) -> str:
    blocks = [f"# {md_text(title)}"]
    if scorecard:
        blocks.append(f"[Scorecard: every call graded against what the market did next](<{scorecard}>)")
    if not entries:
        blocks.append("No articles for this session.")
    else:
        rows = [_index_row(entry) for entry in entries]
        header = ["Headline", "Symbol", "Bias", "Pulse", "Threat", "Files"]
        lines = ["| " + " | ".join(header) + " |", "| --- | --- | --- | ---: | ---: | --- |"]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def _index_row(entry: IndexEntry) -> list[str]:
    headline = md_cell(entry.headline)
    if entry.main_link:
        headline = f"[{headline}](<{entry.main_link}>)"
    label = entry.held_label or entry.decided_label
    if label:
        headline = f"**{label}:** {headline}"
    files = " · ".join(f"[{md_cell(label)}](<{name}>)" for label, name in entry.links)
    return [headline, md_cell(entry.symbol), md_cell(entry.bias), f"{view.score(entry.pulse)}/100",
            f"{view.score(entry.threat_level)}/5", files]


def render_index_html(title: str, entries: Sequence[IndexEntry], scorecard: str | None = None) -> str:
    template = environment().get_template("index.html.j2")
    rows = [{"entry": entry, "pulse": f"{view.score(entry.pulse)}/100",
             "threat": f"{view.score(entry.threat_level)}/5"} for entry in entries]
    return template.render(title=title, rows=rows, scorecard=scorecard)
