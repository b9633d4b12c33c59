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

matplotlib.use("Agg")  # no display, ever; the figures below never touch pyplot

from matplotlib.axes import Axes  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.collections import PolyCollection  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402
from matplotlib.text import Text  # noqa: E402
from matplotlib.ticker import FuncFormatter, MaxNLocator  # noqa: E402
from matplotlib.transforms import blended_transform_factory  # noqa: E402

from ..contracts import InstrumentKind, KeyLevel, LevelKind  # noqa: E402
from ..contracts.chart import ChartData  # noqa: E402
from ..facts import format_price  # noqa: E402

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
_LOCK = threading.Lock()  # rcParams are process-wide; charts are drawn one at a time


@dataclass
class ChartFigure:
    """A drawn chart and the parts tests and callers look at."""

    figure: Figure
    price_axes: Axes
    volume_axes: Axes
    candle_bodies: PolyCollection
    labels: list[Text]
    levels_drawn: list[KeyLevel]
    levels_left_out: list[KeyLevel]


def chart_images(data: ChartData) -> tuple[bytes, bytes]:
    """The chart as (PNG bytes, SVG bytes), 1200x700 pixels."""
    with _LOCK, matplotlib.rc_context(_RC):  # type: ignore[arg-type]
        chart = draw_chart(data)
        png, svg = io.BytesIO(), io.BytesIO()
        chart.figure.savefig(png, format="png", dpi=DPI, metadata={"Software": None})
        chart.figure.savefig(svg, format="svg", dpi=DPI, metadata={"Date": None, "Creator": None})
    return png.getvalue(), svg.getvalue()


def draw_chart(data: ChartData) -> ChartFigure:
    """Build the figure; callers that save it should hold `_RC` (see `chart_images`)."""
    figure = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI, facecolor="white")
    FigureCanvasAgg(figure)
    price = figure.add_axes((0.07, 0.34, 0.74, 0.52))
    volume = figure.add_axes((0.07, 0.115, 0.74, 0.19), sharex=price)
    candles = _candles(price, data)
    _averages(price, data)
    drawn, left_out = _y_limits(price, data)
    _x_axis(price, volume, data)
    _volume(volume, data)
    _decorate(figure, price, volume, data, left_out)
    labels = _levels(figure, price, data, drawn)
    return ChartFigure(figure, price, volume, candles, labels, drawn, left_out)


# --- price panel -----------------------------------------------------------------

def _candles(ax: Axes, data: ChartData) -> PolyCollection:
    ups = [bar.close >= bar.open for bar in data.bars]
    colours = [UP if up else DOWN for up in ups]
    xs = list(range(len(data.bars)))
    ax.vlines(xs, [b.low for b in data.bars], [b.high for b in data.bars], colors=colours,
              linewidth=1.0, zorder=2)
    bodies = [(min(b.open, b.close), max(abs(b.close - b.open), (b.high - b.low) * 0.02, b.close * 1e-5))
              for b in data.bars]
    candles = PolyCollection(_boxes(bodies), facecolors=["white" if up else DOWN for up in ups],
                             edgecolors=colours, linewidths=1.0, zorder=3)
    ax.add_collection(candles)
    return candles


def _boxes(spans: Sequence[tuple[float, float]], width: float = 0.62) -> list[list[tuple[float, float]]]:
    """One rectangle per session x = 0, 1, ...: (bottom, height) -> its four corners.

    A single collection draws far faster than one patch per bar."""
    half = width / 2
    return [[(x - half, bottom), (x + half, bottom), (x + half, bottom + height), (x - half, bottom + height)]
            for x, (bottom, height) in enumerate(spans)]


def _averages(ax: Axes, data: ChartData) -> None:
    for values, colour, label in ((data.sma_50, SMA_50_COLOUR, "50-day average"),
                                  (data.sma_200, SMA_200_COLOUR, "200-day average")):
        if any(v is not None for v in values):
            ys = [float("nan") if v is None else v for v in values]
            ax.plot(range(len(ys)), ys, color=colour, linewidth=1.8, label=label, zorder=4)


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

def _x_axis(price: Axes, volume: Axes, data: ChartData) -> None:
    sessions = [bar.session for bar in data.bars]
    ticks = month_starts(sessions)
    volume.set_xticks(ticks, [_month_label(sessions[i], i == ticks[0]) for i in ticks])
    volume.set_xlim(-0.8, len(sessions) - 0.2)
    price.tick_params(labelbottom=False)
    volume.set_xlabel("Session (daily bars; weekends and holidays left out)")


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


def _volume(ax: Axes, data: ChartData) -> None:
    ax.set_ylabel("Volume")
    if not any(bar.volume > 0 for bar in data.bars):
        ax.text(0.5, 0.5, "no volume reported for this instrument", transform=ax.transAxes,
                ha="center", va="center", color="#555555")
        ax.set_yticks([])
        return
    colours = [UP if bar.close >= bar.open else DOWN for bar in data.bars]
    ax.add_collection(PolyCollection(_boxes([(0.0, bar.volume) for bar in data.bars]),
                                     facecolors=colours, alpha=0.75, linewidths=0))
    ax.set_ylim(0, max(bar.volume for bar in data.bars) * 1.08)
    ax.yaxis.set_major_locator(MaxNLocator(3))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: short_volume(v)))
    ax.grid(axis="y", color="#e3e3e3", linewidth=0.7)


def short_volume(value: float) -> str:
    for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= size:
            return f"{value / size:g}{suffix}"
    return f"{value:g}"


def _decorate(figure: Figure, price: Axes, volume: Axes, data: ChartData,
              left_out: Sequence[KeyLevel]) -> None:
    first, last = data.bars[0].session, data.session
    figure.text(0.07, 0.962, _no_math(f"{data.symbol} · {data.name}"), fontsize=15,
                fontweight="bold", va="center")
    figure.text(0.07, 0.918, f"Daily candles, {first:%d %b %Y} to {last:%d %b %Y} "
                f"({len(data.bars)} sessions)", fontsize=10, va="center", color="#333333")
    price.set_ylabel(_price_axis_label(data.kind))
    price.grid(color="#e3e3e3", linewidth=0.7)
    price.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:,.2f}"))
    price.legend(handles=_legend_handles(data), loc="lower left", bbox_to_anchor=(0.0, 1.0),
                 ncol=5, frameon=False, fontsize=9, borderaxespad=0.2, handlelength=1.6)
    for ax in (price, volume):
        ax.spines[["top", "right"]].set_visible(False)
    figure.text(0.07, 0.02, _no_math(_source_note(data, left_out)), fontsize=8, color="#555555")


def _legend_handles(data: ChartData) -> list[Line2D | Patch]:
    handles: list[Line2D | Patch] = [
        Patch(facecolor="white", edgecolor=UP, label="up session"),
        Patch(facecolor=DOWN, edgecolor=DOWN, label="down session")]
    for values, colour, label in ((data.sma_50, SMA_50_COLOUR, "50-day average"),
                                  (data.sma_200, SMA_200_COLOUR, "200-day average")):
        if any(v is not None for v in values):
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
