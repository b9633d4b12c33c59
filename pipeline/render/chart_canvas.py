"""An Agg canvas that rasterises each glyph once per process, for the reused chart figure.

Text was more than half of the time matplotlib spent drawing a chart: every tick
label, level label and line of the legend laid out again by FreeType and every
glyph rendered again, though most of them are the same from one chart to the
next. `GlyphCachingRenderer` keeps the layout of each string (per font and size)
and the bitmap of each glyph (per font, size, glyph, rotation and position
within its pixel, in FreeType's 1/64 units), and draws the cached bitmap at
the glyph's whole-pixel position. A glyph shifted by whole pixels rasterises to
the same bitmap shifted, so the image is the same, pixel for pixel, as
matplotlib's own renderer makes (a test compares the PNG bytes).

It relies on the Agg renderer's per-glyph drawing of matplotlib 3.10 and later
(`_draw_text_glyphs_and_boxes`, `FT2Font._layout`, `FT2Font._render_glyph`);
with an older matplotlib, `caching_available()` is False and the chart uses the
stock canvas.
"""

from __future__ import annotations

import math
from typing import Any

import matplotlib.ft2font
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg, get_hinting_flag
from matplotlib.ft2font import FT2Font

RenderMode: Any = getattr(matplotlib.ft2font, "RenderMode", None)  # None before matplotlib 3.10

MAX_GLYPHS = 200_000
"""Cached glyph bitmaps before the cache starts again (a chart uses a few hundred)."""


def caching_available() -> bool:
    return (RenderMode is not None and hasattr(RendererAgg, "_draw_text_glyphs_and_boxes")
            and hasattr(FT2Font, "_layout") and hasattr(FT2Font, "_render_glyph"))


class GlyphCachingRenderer(RendererAgg):
    """`RendererAgg` with the text laid out and rasterised from caches (see the module)."""

    def __init__(self, width: float, height: float, dpi: float) -> None:
        super().__init__(width, height, dpi)
        self._layouts: dict[tuple[Any, ...], list[tuple[Any, int, float, float]]] = {}
        self._glyphs: dict[tuple[Any, ...], tuple[np.ndarray, int, int]] = {}

    def draw_text(self, gc: Any, x: float, y: float, s: str, prop: Any, angle: float,
                  ismath: Any = False, mtext: Any = None) -> None:
        if ismath:
            super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
            return
        font = self._prepare_font(prop)
        size = prop.get_size_in_points()
        features = mtext.get_fontfeatures() if mtext is not None else None
        language = mtext.get_language() if mtext is not None else None
        key = (font, size, s, features, language)
        items = self._layouts.get(key)
        if items is None:
            items = [(item.ft_object, item.glyph_index, item.x, item.y) for item in font._layout(
                s, flags=get_hinting_flag(), features=features, language=language)]
            self._layouts[key] = items
        self._draw_glyphs(gc, x, y, angle, size, items)

    def _draw_glyphs(self, gc: Any, x: float, y: float, angle: float, size: float,
                     items: list[tuple[Any, int, float, float]]) -> None:
        """`RendererAgg._draw_text_glyphs_and_boxes` for plain text, each bitmap rendered once."""
        cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        matrix = (0x10000 * np.array([[cos, -sin], [sin, cos]])).round().astype(int)
        rotation = matrix.tobytes()
        flags = get_hinting_flag()
        antialiased = bool(gc.get_antialiased())
        height = self.height
        for font, glyph_index, dx, dy in items:
            px = round(0x40 * (x + dx * cos - dy * sin))
            py = round(0x40 * (height - y + dx * sin + dy * cos))
            key = (font, size, glyph_index, rotation, px & 63, py & 63, flags, antialiased)
            cached = self._glyphs.get(key)
            if cached is None:
                cached = self._render(font, size, glyph_index, matrix, px & 63, py & 63, flags,
                                      antialiased)
                if len(self._glyphs) >= MAX_GLYPHS:
                    self._glyphs.clear()
                self._glyphs[key] = cached
            buffer, left, top = cached
            self._renderer.draw_text_image(buffer, left + (px >> 6),
                                           int(height) - (top + (py >> 6)) + buffer.shape[0], 0, gc)

    def _render(self, font: Any, size: float, glyph_index: int, matrix: np.ndarray, fx: int, fy: int,
                flags: Any, antialiased: bool) -> tuple[np.ndarray, int, int]:
        font.set_size(size, self.dpi)
        font._set_transform(matrix, [fx, fy])
        bitmap = font._render_glyph(glyph_index, flags,
                                    RenderMode.NORMAL if antialiased else RenderMode.MONO)
        buffer = np.array(bitmap.buffer, copy=True)
        if not antialiased:
            buffer *= 0xff
        return buffer, bitmap.left, bitmap.top


class GlyphCachingCanvas(FigureCanvasAgg):
    """`FigureCanvasAgg` drawing with one `GlyphCachingRenderer`, kept while the size holds."""

    def get_renderer(self) -> RendererAgg:
        w, h = self.get_width_height(physical=True)
        key = w, h, self.figure.dpi
        if getattr(self, "_glyph_key", None) != key:
            self.renderer = GlyphCachingRenderer(w, h, self.figure.dpi)
            self._glyph_key = key
        return self.renderer
