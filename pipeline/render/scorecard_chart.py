"""The Pulse calibration chart of the scorecard, as a standalone SVG (no script, no style
attribute: presentation attributes only, so it draws under the review server's CSP).

Two panels over the Pulse bands (`scorecard.contracts.PULSE_BANDS`):
- top: the mean close-to-close return over the next PULSE_SESSIONS sessions, a bar per band,
  with the baseline (every graded session, whatever its Pulse) as a dashed line;
- bottom: the share of sessions that rose, a dot per band with its Wilson 95% interval as a
  whisker, and the baseline share as a dashed line.
Each band is labelled with its session count. A calibrated Pulse climbs from left to right in
both panels; a flat or jagged row of bars around the dashed line says it is not.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from markupsafe import escape

from ..scorecard.contracts import PULSE_SESSIONS
from ..scorecard.summary import PulseRow

WIDTH, HEIGHT = 680, 430
LEFT, RIGHT = 64, 16
TOP_PANEL = (48, 208)  # y of the top and bottom of the return panel
LOW_PANEL = (262, 382)  # the same for the share panel
INK, MUTED, RULE = "#1b1f24", "#5b6470", "#d0d5db"
UP, DOWN, BASE = "#1a7f4b", "#b42318", "#1f4e8c"
FONT = "-apple-system, 'Segoe UI', Arial, sans-serif"


def calibration_svg(bands: Sequence[PulseRow], baseline: PulseRow, title: str = "") -> str:
    """The chart of `bands` (in Pulse order) against `baseline` (the 'all' row)."""
    step = (WIDTH - LEFT - RIGHT) / max(1, len(bands))
    centres = [LEFT + step * (i + 0.5) for i in range(len(bands))]
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
             f'width="{WIDTH}" height="{HEIGHT}" role="img" font-family="{FONT}" '
             f'aria-label="Pulse calibration: forward {PULSE_SESSIONS}-session return by Pulse band">',
             f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>']
    if title:
        parts.append(_text(LEFT, 22, title, size=15, weight="bold"))
    parts += _return_panel(bands, baseline, centres, step)
    parts += _share_panel(bands, baseline, centres)
    for band, x in zip(bands, centres, strict=True):
        parts.append(_text(x, LOW_PANEL[1] + 18, f"Pulse {band.band}", anchor="middle", size=12))
        parts.append(_text(x, LOW_PANEL[1] + 34, f"n={band.sessions:,}", anchor="middle", size=11,
                           fill=MUTED))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _return_panel(bands: Sequence[PulseRow], baseline: PulseRow, centres: list[float],
                  step: float) -> list[str]:
    top, bottom = TOP_PANEL
    values = [b.mean_return_pct for b in bands if b.mean_return_pct is not None]
    if baseline.mean_return_pct is not None:
        values.append(baseline.mean_return_pct)
    span = max([abs(v) for v in values] + [0.5])
    limit = _nice(span)

    def y(value: float) -> float:
        return top + (limit - value) / (2 * limit) * (bottom - top)

    parts = [_text(LEFT, top - 12, f"Mean return over the next {PULSE_SESSIONS} sessions, %",
                   size=12, fill=MUTED)]
    for tick in (-limit, -limit / 2, 0.0, limit / 2, limit):
        parts.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
                     f'stroke="{INK if tick == 0 else RULE}" stroke-width="1"/>')
        parts.append(_text(LEFT - 6, y(tick) + 4, f"{tick:+.2f}", anchor="end", size=11, fill=MUTED))
    for band, x in zip(bands, centres, strict=True):
        if band.mean_return_pct is None:
            parts.append(_text(x, y(0) - 6, "no sessions", anchor="middle", size=11, fill=MUTED))
            continue
        value = band.mean_return_pct
        high, low = y(max(value, 0.0)), y(min(value, 0.0))
        parts.append(f'<rect x="{x - step * 0.3:.1f}" y="{high:.1f}" width="{step * 0.6:.1f}" '
                     f'height="{max(low - high, 1):.1f}" fill="{UP if value >= 0 else DOWN}"/>')
        label_y = high - 5 if value >= 0 else low + 14
        parts.append(_text(x, label_y, f"{value:+.2f}", anchor="middle", size=11))
    if baseline.mean_return_pct is not None:
        parts += _baseline(y(baseline.mean_return_pct),
                           f"all sessions {baseline.mean_return_pct:+.2f}%")
    return parts


def _share_panel(bands: Sequence[PulseRow], baseline: PulseRow, centres: list[float]) -> list[str]:
    top, bottom = LOW_PANEL

    def y(share: float) -> float:
        return bottom - share * (bottom - top)

    parts = [_text(LEFT, top - 12, "Share of sessions that rose (dot) with its 95% interval",
                   size=12, fill=MUTED)]
    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
        parts.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
                     f'stroke="{RULE}" stroke-width="1"/>')
        parts.append(_text(LEFT - 6, y(tick) + 4, f"{tick:.0%}", anchor="end", size=11, fill=MUTED))
    for band, x in zip(bands, centres, strict=True):
        up = band.up
        if up.rate is None or up.low is None or up.high is None:
            continue
        parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y(up.low):.1f}" y2="{y(up.high):.1f}" '
                     f'stroke="{INK}" stroke-width="2"/>')
        parts.append(f'<circle cx="{x:.1f}" cy="{y(up.rate):.1f}" r="4.5" fill="{INK}"/>')
        parts.append(_text(x + 9, y(up.rate) + 4, f"{up.rate:.0%}", size=11))
    if baseline.up.rate is not None:
        parts += _baseline(y(baseline.up.rate), f"all sessions {baseline.up.rate:.0%}")
    return parts


def _baseline(y: float, label: str) -> list[str]:
    return [f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="{BASE}" '
            f'stroke-width="1.5" stroke-dasharray="6 4"/>',
            _text(WIDTH - RIGHT - 4, y - 5, label, anchor="end", size=11, fill=BASE)]


def _nice(span: float) -> float:
    """The smallest of 1, 2, 2.5, 5 x 10^k at or above `span` (the axis half-height)."""
    scale = 10.0 ** math.floor(math.log10(span))
    return next(f * scale for f in (1, 2, 2.5, 5, 10) if f * scale >= span)


def _text(x: float, y: float, text: str, *, anchor: str = "start", size: int = 12,
          weight: str = "normal", fill: str = INK) -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="{size}" '
            f'font-weight="{weight}" fill="{fill}">{escape(text)}</text>')


def distribution_svg(distribution: dict[str, int]) -> str:
    """Setups per R bucket (`summary.R_BUCKETS` order), a bar each with its count; losing
    buckets red, winning ones green."""
    width, height, base, top = 520, 170, 130, 24
    step = (width - 20) / max(1, len(distribution))
    most = max(list(distribution.values()) + [1])
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}" role="img" font-family="{FONT}" '
             f'aria-label="Setups by result in R">',
             f'<line x1="10" x2="{width - 10}" y1="{base}" y2="{base}" stroke="{INK}" stroke-width="1"/>']
    for index, (label, count) in enumerate(distribution.items()):
        x = 10 + step * index
        bar = (base - top) * count / most
        losing = label.startswith(("<", "-"))
        parts.append(f'<rect x="{x + step * 0.15:.1f}" y="{base - bar:.1f}" width="{step * 0.7:.1f}" '
                     f'height="{max(bar, 0.5):.1f}" fill="{DOWN if losing else UP}"/>')
        parts.append(_text(x + step / 2, base - bar - 5, f"{count:,}", anchor="middle", size=11))
        parts.append(_text(x + step / 2, base + 16, f"{label}R", anchor="middle", size=11,
                           fill=MUTED))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
