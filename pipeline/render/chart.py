"""The article chart: daily candles, 50/200-day averages, key levels and volume.

Pure drawing with matplotlib's object API (no pyplot, no display): `draw_chart`
builds the figure from a `ChartData`, `chart_images` turns it into PNG and SVG
bytes. The output is byte-stable for the same data: fonts are fixed (DejaVu
Sans ships with matplotlib), the SVG ids come from a fixed hash salt, and no
date or software version is written into the files' metadata.

Reading the chart: up sessions are hollow blue candles, down sessions filled
orange ones (a pair colour-blind readers tell apart, and the fill tells them
apart in grey too). Levels are dashed lines, or bands for zones, labelled at
the right edge; labels that would collide are pushed apart (`spread_labels`)
and joined to their level by a short leader line.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import matplotlib
import numpy as np

matplotlib.use("Agg")  # no display, ever; the figures below never touch pyplot

from matplotlib.axes import Axes  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.collections import LineCollection, PolyCollection  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402
from matplotlib.text import Text  # noqa: E402
from matplotlib.ticker import FuncFormatter, MaxNLocator  # noqa: E402
from matplotlib.transforms import blended_transform_factory  # noqa: E402

from ..contracts import InstrumentKind, KeyLevel, LevelKind  # noqa: E402
from ..contracts.chart import ChartData  # noqa: E402
from ..facts import format_price  # noqa: E402
from .chart_canvas import GlyphCachingCanvas, caching_available  # noqa: E402

WIDTH_PX, HEIGHT_PX, DPI = 1200, 700, 100
UP, DOWN = "#1f6fb2", "#e0701b"
SMA_50_COLOUR, SMA_200_COLOUR = "#009e73", "#8e3c8e"
LEVEL_COLOURS = {LevelKind.RESISTANCE: "#a6361c", LevelKind.SUPPORT: "#1b6b5f",
                 LevelKind.MAX_PAIN: "#6a4c93", LevelKind.CURRENT: "#222222"}
LABEL_FONT_PT = 9.0
LABEL_GAP_PX = 3.0
LEVEL_REACH = 0.25
"""A level is drawn when it lies within this share of the bars' price span
beyond their low or high; further away it would squash the candles."""

_RC: dict[str, Any] = {"font.family": "DejaVu Sans", "font.size": 10.0, "svg.hashsalt": "newsdesk-chart",
       "svg.fonttype": "path", "axes.titlesize": 14.0, "path.simplify": False}
GLYPH_CACHE = True
"""Draw text through `chart_canvas.GlyphCachingCanvas` (same pixels, less time); a test
turns it off to compare with matplotlib's own renderer."""
_LOCK = threading.Lock()  # rcParams are process-wide; charts are drawn one at a time


@dataclass
class ChartFigure:
    """A drawn chart and the parts tests and callers look at.

    The figure is the process's reused one (see `_Canvas`): drawing the next
    chart changes it, so save or inspect it before drawing another."""

    figure: Figure
    price_axes: Axes
    volume_axes: Axes
    candle_bodies: PolyCollection
    labels: list[Text]
    levels_drawn: list[KeyLevel]
    levels_left_out: list[KeyLevel]


def chart_images(data: ChartData, *, svg: bool = False,
                 stamp: str | None = None) -> tuple[bytes, bytes | None]:
    """The chart as (PNG bytes, SVG bytes or None when `svg` is off), 1200x700 pixels.

    `stamp` (the chart inputs' hash, `chart_stamp`) is written into both files'
    metadata, so a later run can tell an unchanged chart from its file alone."""
    with _LOCK, matplotlib.rc_context(_RC):  # type: ignore[arg-type]
        chart = draw_chart(data)
        png = io.BytesIO()
        chart.figure.savefig(png, format="png", dpi=DPI,
                             metadata={"Software": None, **({STAMP_KEY: stamp} if stamp else {})})
        vector = None
        if svg:
            vector = io.BytesIO()
            chart.figure.savefig(vector, format="svg", dpi=DPI, metadata={
                "Date": None, "Creator": None, **({"Description": f"{STAMP_KEY} {stamp}"} if stamp else {})})
    return png.getvalue(), vector.getvalue() if vector is not None else None


def draw_chart(data: ChartData) -> ChartFigure:
    """Draw `data` on the process's reused figure; callers that save it should hold `_RC`
    and `_LOCK` (see `chart_images`)."""
    has_volume = any(bar.volume > 0 for bar in data.bars)
    canvas = _CANVASES.get(has_volume)
    if canvas is None:
        canvas = _CANVASES[has_volume] = _Canvas.new(has_volume)
    return canvas.show(data)


STAMP_KEY = "newsdesk-chart"
"""The metadata key (PNG text chunk; SVG description prefix) of a chart's inputs hash."""


class _Canvas:
    """One figure, its two panels and the artists every chart has, made once per process
    and reused: building a figure (axes, ticks, spines, fonts) cost more than drawing it.

    Each chart sets the data of the lasting artists (wicks, bodies, volume bars, the
    titles and the source note) and adds its own (averages, levels, labels, legend),
    which the next chart removes first. The lasting artists are made in the order a
    fresh figure made them, so the files are the same bytes as from a new figure
    (a test draws one chart after another and compares). A figure with volume bars and
    one without (an index) are two canvases.
    """

    def __init__(self, figure: Figure, price: Axes, volume: Axes, wicks: LineCollection,
                 bodies: PolyCollection, volume_bars: PolyCollection | None, texts: list[Text]) -> None:
        self.figure, self.price, self.volume = figure, price, volume
        self.wicks, self.bodies, self.volume_bars = wicks, bodies, volume_bars
        self.title, self.subtitle, self.note = texts
        self.added: list[Any] = []
        self.legends: dict[tuple[bool, bool], Any] = {}

    def show_legend(self, data: ChartData) -> None:
        """The legend for which averages the chart has; each of the four is built once."""
        key = (_has_values(data.sma_50), _has_values(data.sma_200))
        if key not in self.legends:
            self.price.legend(handles=_legend_handles(data), loc="lower left", bbox_to_anchor=(0.0, 1.0),
                              ncol=5, frameon=False, fontsize=9, borderaxespad=0.2, handlelength=1.6)
            self.legends[key] = self.price.legend_
        self.price.legend_ = self.legends[key]

    @classmethod
    def new(cls, has_volume: bool) -> _Canvas:
        figure = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI, facecolor="white")
        (GlyphCachingCanvas if GLYPH_CACHE and caching_available() else FigureCanvasAgg)(figure)
        price = figure.add_axes((0.07, 0.34, 0.74, 0.52))
        volume = figure.add_axes((0.07, 0.115, 0.74, 0.19), sharex=price)
        wicks = LineCollection([], linestyles="solid", linewidths=1.0, zorder=2)
        price.add_collection(wicks, autolim=False)
        bodies = PolyCollection([], linewidths=1.0, zorder=3)
        price.add_collection(bodies, autolim=False)
        price.tick_params(labelbottom=False)
        volume.set_xlabel("Session (daily bars; weekends and holidays left out)")
        volume.set_ylabel("Volume")
        volume_bars = None
        if has_volume:
            volume_bars = PolyCollection([], alpha=0.75, linewidths=0)
            volume.add_collection(volume_bars, autolim=False)
            volume.yaxis.set_major_locator(MaxNLocator(3))
            volume.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: short_volume(v)))
            volume.grid(axis="y", color="#e3e3e3", linewidth=0.7)
        else:
            volume.text(0.5, 0.5, "no volume reported for this instrument", transform=volume.transAxes,
                        ha="center", va="center", color="#555555")
            volume.set_yticks([])
        texts = [figure.text(0.07, 0.962, "", fontsize=15, fontweight="bold", va="center"),
                 figure.text(0.07, 0.918, "", fontsize=10, va="center", color="#333333"),
                 figure.text(0.07, 0.02, "", fontsize=8, color="#555555")]
        price.grid(color="#e3e3e3", linewidth=0.7)
        price.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:,.2f}"))
        for ax in (price, volume):
            ax.spines[["top", "right"]].set_visible(False)
        return cls(figure, price, volume, wicks, bodies, volume_bars, texts)

    def show(self, data: ChartData) -> ChartFigure:
        for artist in self.added:
            artist.remove()
        before = _children(self.price)
        _candles(self.wicks, self.bodies, data)
        _averages(self.price, data)
        drawn, left_out = _y_limits(self.price, data)
        _x_axis(self.volume, data)
        if self.volume_bars is not None:
            _volume(self.volume, self.volume_bars, data)
        _decorate(self, data, left_out)
        labels = _levels(self.figure, self.price, data, drawn)
        self.added = [artist for key, artist in _children(self.price).items() if key not in before]
        return ChartFigure(self.figure, self.price, self.volume, self.bodies, labels, drawn, left_out)


def _children(ax: Axes) -> dict[int, Any]:
    """The axes' artists by identity, the legend left out (each chart replaces it)."""
    return {id(artist): artist for artist in ax.get_children() if artist is not ax.legend_}


_CANVASES: dict[bool, _Canvas] = {}


# --- price panel -----------------------------------------------------------------

def _candles(wicks: LineCollection, bodies: PolyCollection, data: ChartData) -> None:
    ups = [bar.close >= bar.open for bar in data.bars]
    colours = [UP if up else DOWN for up in ups]
    wicks.set_segments([((x, b.low), (x, b.high)) for x, b in enumerate(data.bars)])
    wicks.set_color(colours)
    spans = [(min(b.open, b.close), max(abs(b.close - b.open), (b.high - b.low) * 0.02, b.close * 1e-5))
             for b in data.bars]
    bodies.set_verts(_boxes(spans))  # type: ignore[arg-type]  # an (n, 4, 2) array is fine
    bodies.set_facecolor(["white" if up else DOWN for up in ups])
    bodies.set_edgecolor(colours)


def _boxes(spans: Sequence[tuple[float, float]], width: float = 0.62) -> np.ndarray:
    """One rectangle per session x = 0, 1, ...: (bottom, height) -> its four corners,
    as one (n, 4, 2) array (a collection takes it without a Python loop over the bars).

    A single collection draws far faster than one patch per bar."""
    half = width / 2
    bottom, height = np.asarray(spans, dtype=float).reshape(-1, 2).T
    x = np.arange(len(bottom), dtype=float)
    left, right, top = x - half, x + half, bottom + height
    return np.stack([np.stack([left, bottom], axis=1), np.stack([right, bottom], axis=1),
                     np.stack([right, top], axis=1), np.stack([left, top], axis=1)], axis=1)


def _averages(ax: Axes, data: ChartData) -> None:
    for values, colour, label in ((data.sma_50, SMA_50_COLOUR, "50-day average"),
                                  (data.sma_200, SMA_200_COLOUR, "200-day average")):
        if _has_values(values):
            ys = [float("nan") if v is None else v for v in values]
            ax.plot(range(len(ys)), ys, color=colour, linewidth=1.8, label=label, zorder=4)


def _has_values(values: Sequence[float | None]) -> bool:
    return any(v is not None for v in values)


def _y_limits(ax: Axes, data: ChartData) -> tuple[list[KeyLevel], list[KeyLevel]]:
    """Fit the bars and averages; add the levels near enough. Returns (drawn, left out)."""
    lows = [b.low for b in data.bars] + [v for v in data.sma_50 + data.sma_200 if v is not None]
    highs = [b.high for b in data.bars] + [v for v in data.sma_50 + data.sma_200 if v is not None]
    low, high = min(lows), max(highs)
    span = max(high - low, high * 0.01)
    drawn, left_out = [], []
    for level in data.levels:
        bottom, top = _level_extent(level)
        if bottom >= low - LEVEL_REACH * span and top <= high + LEVEL_REACH * span:
            drawn.append(level)
            low, high = min(low, bottom), max(high, top)
        else:
            left_out.append(level)
    pad = (high - low) * 0.04
    ax.set_ylim(low - pad, high + pad)
    return drawn, left_out


def _level_extent(level: KeyLevel) -> tuple[float, float]:
    values = [v for v in (level.price, level.zone_low, level.zone_high) if v is not None]
    return min(values), max(values)


def _levels(figure: Figure, ax: Axes, data: ChartData, levels: Sequence[KeyLevel]) -> list[Text]:
    for level in levels:
        colour = _level_colour(level)
        if level.zone_low is not None and level.zone_high is not None and level.zone_high > level.zone_low:
            ax.axhspan(level.zone_low, level.zone_high, color=colour, alpha=0.12, zorder=1, lw=0)
        ax.axhline(level.price, color=colour, linewidth=1.1, linestyle=(0, (5, 3)), zorder=1.5)
    close = data.bars[-1].close
    tags = [(level.price, f"{_price(level.price, data.kind)} {level.label}", _level_colour(level), False)
            for level in levels]
    tags.append((close, f"{_price(close, data.kind)} close", LEVEL_COLOURS[LevelKind.CURRENT], True))
    return _place_labels(figure, ax, tags)


def _level_colour(level: KeyLevel) -> str:
    if level.kind == LevelKind.MOVING_AVERAGE:
        return SMA_200_COLOUR if "200" in level.source else SMA_50_COLOUR
    return LEVEL_COLOURS.get(level.kind, "#444444")


def _place_labels(figure: Figure, ax: Axes, tags: Sequence[tuple[float, str, str, bool]]) -> list[Text]:
    """One label per tag at the right edge, spread so no two boxes overlap."""
    order = sorted(range(len(tags)), key=lambda i: (tags[i][0], tags[i][1]))
    to_px = ax.transData.transform
    wanted = [float(to_px((0, tags[i][0]))[1]) for i in order]
    box = ax.get_window_extent()
    height = LABEL_FONT_PT * DPI / 72 * 1.45 + LABEL_GAP_PX
    placed = spread_labels(wanted, height, box.y0 + height / 2, box.y1 - height / 2)
    to_axes = ax.transAxes.inverted().transform
    edge = blended_transform_factory(ax.transAxes, ax.transData)
    labels = []
    for i, y_px in zip(order, placed, strict=True):
        value, text, colour, filled = tags[i]
        y_axes = float(to_axes((box.x1, y_px))[1])
        ax.annotate("", xy=(1.0, value), xycoords=edge, xytext=(1.018, y_axes),
                    textcoords="axes fraction", annotation_clip=False,
                    arrowprops={"arrowstyle": "-", "color": colour, "linewidth": 0.9,
                                "shrinkA": 0, "shrinkB": 0})
        labels.append(ax.text(1.02, y_axes, _no_math(text), transform=ax.transAxes, va="center",
                              ha="left", fontsize=LABEL_FONT_PT, clip_on=False,
                              color="white" if filled else colour, fontweight="bold" if filled else None,
                              bbox={"boxstyle": "square,pad=0.18", "facecolor": colour if filled else "white",
                                    "edgecolor": colour, "linewidth": 0.8}))
    return labels


def spread_labels(wanted: Sequence[float], height: float, lowest: float, highest: float) -> list[float]:
    """Centres as close as possible to `wanted` (ascending) with at least `height` between
    neighbours, inside [lowest, highest] when they fit there.

    Deterministic: one upward pass pushes each centre above its lower neighbour,
    one downward pass pulls the top back under `highest`, a last upward pass
    restores `lowest` (when too many labels for the room, they keep their order
    and spacing and run past `highest`).
    """
    placed: list[float] = []
    for y in wanted:
        floor = placed[-1] + height if placed else lowest
        placed.append(max(y, floor))
    ceiling = highest
    for i in range(len(placed) - 1, -1, -1):
        placed[i] = min(placed[i], ceiling)
        ceiling = placed[i] - height
    floor = lowest
    for i, y in enumerate(placed):
        placed[i] = max(y, floor)
        floor = placed[i] + height
    return placed


# --- axes, volume, text -------------------------------------------------------

def _x_axis(volume: Axes, data: ChartData) -> None:
    sessions = [bar.session for bar in data.bars]
    ticks = month_starts(sessions)
    volume.set_xticks(ticks, [_month_label(sessions[i], i == ticks[0]) for i in ticks])
    volume.set_xlim(-0.8, len(sessions) - 0.2)


def month_starts(sessions: Sequence[date], min_gap: int = 10) -> list[int]:
    """Index of the first session of each month in the window; the window's first
    session too, unless the next month starts within `min_gap` sessions (the labels
    would collide)."""
    starts = [i for i, day in enumerate(sessions) if i > 0
              and (day.year, day.month) != (sessions[i - 1].year, sessions[i - 1].month)]
    if not starts or starts[0] >= min_gap:
        starts.insert(0, 0)
    return starts


def _month_label(day: date, first: bool) -> str:
    return day.strftime("%b %Y") if first or day.month == 1 else day.strftime("%b")


def _volume(ax: Axes, bars: PolyCollection, data: ChartData) -> None:
    bars.set_verts(_boxes([(0.0, bar.volume) for bar in data.bars]))  # type: ignore[arg-type]
    bars.set_facecolor([UP if bar.close >= bar.open else DOWN for bar in data.bars])
    ax.set_ylim(0, max(bar.volume for bar in data.bars) * 1.08)


def short_volume(value: float) -> str:
    for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= size:
            return f"{value / size:g}{suffix}"
    return f"{value:g}"


def _decorate(canvas: _Canvas, data: ChartData, left_out: Sequence[KeyLevel]) -> None:
    first, last = data.bars[0].session, data.session
    canvas.title.set_text(_no_math(f"{data.symbol} · {data.name}"))
    canvas.subtitle.set_text(f"Daily candles, {first:%d %b %Y} to {last:%d %b %Y} "
                             f"({len(data.bars)} sessions)")
    canvas.price.set_ylabel(_price_axis_label(data.kind))
    canvas.show_legend(data)
    canvas.note.set_text(_no_math(_source_note(data, left_out)))


def _legend_handles(data: ChartData) -> list[Line2D | Patch]:
    handles: list[Line2D | Patch] = [
        Patch(facecolor="white", edgecolor=UP, label="up session"),
        Patch(facecolor=DOWN, edgecolor=DOWN, label="down session")]
    for values, colour, label in ((data.sma_50, SMA_50_COLOUR, "50-day average"),
                                  (data.sma_200, SMA_200_COLOUR, "200-day average")):
        if _has_values(values):
            handles.append(Line2D([], [], color=colour, linewidth=1.8, label=label))
    handles.append(Line2D([], [], color="#444444", linewidth=1.1, linestyle=(0, (5, 3)),
                          label="key level"))
    return handles


def _price_axis_label(kind: InstrumentKind) -> str:
    if kind == InstrumentKind.ETF:
        return "Price (USD)"
    return "Level (index points)" if kind == InstrumentKind.INDEX else "Level (volatility points)"


def _source_note(data: ChartData, left_out: Sequence[KeyLevel]) -> str:
    note = (f"Source: daily bars from the '{data.provider}' provider to the close of "
            f"{data.session:%d %b %Y}; "
            "averages of daily closes; key levels from the newsdesk snapshot.")
    if left_out:
        names = ", ".join(f"{level.label} {_price(level.price, data.kind)}" for level in left_out)
        note += f" Outside the chart's range: {names}."
    return note


def _price(value: float, kind: InstrumentKind) -> str:
    return format_price(value, kind)


def _no_math(text: str) -> str:
    """Matplotlib reads text between two '$' as mathtext; print dollars literally."""
    return text.replace("$", r"\$")
