"""The scorecard as HTML: a standalone page beside the articles, and the same body for the
review server's /scorecard.

`scorecard_body(card)` is the body (escaped, no script, no style attribute; the two charts are
inline SVG drawn with presentation attributes), `render_scorecard_html(card)` the standalone
page (the article pages' stylesheet inline, their CSP), `write_scorecard_page(out_dir, card)`
writes `<out_dir>/scorecard.html`. Every figure stands beside its naive baselines
(`scorecard.summary` says how each is graded); a hit rate at or below a baseline is said so in
words, not only in colour.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from markupsafe import Markup

from ..scorecard.contracts import HORIZON_SESSIONS, HORIZON_TITLES, LEVEL_SESSIONS, PULSE_SESSIONS
from ..scorecard.summary import CallRow, Rate, Scorecard
from .files import SCORECARD_PAGE, write_text_atomic
from .html import environment
from .scorecard_chart import calibration_svg, distribution_svg

PAGE_NAME = SCORECARD_PAGE


def rate_text(rate: Rate) -> str:
    return "-" if rate.rate is None else f"{rate.rate:.1%}"


def interval_text(rate: Rate) -> str:
    if rate.low is None or rate.high is None:
        return "-"
    return f"{rate.low:.1%} to {rate.high:.1%}"


def r_text(value: float | None) -> str:
    return "-" if value is None else f"{value:+.2f}R"


def verdict(row: CallRow) -> str:
    """The call's hit rate against both baselines, in words (point estimates)."""
    hit, long, previous = row.hit.rate, row.always_long.rate, row.previous_direction.rate
    if hit is None:
        return "-"
    behind = [name for name, base in (("always-long", long), ("previous session", previous))
              if base is not None and hit <= base]
    return "above both" if not behind else "not above " + " or ".join(behind)


def _call_row(row: CallRow) -> dict[str, Any]:
    name = verdict(row)
    return {"horizon": f"{HORIZON_TITLES[row.horizon]} ({HORIZON_SESSIONS[row.horizon]} sessions)",
            "bias": "All calls" if row.bias == "all" else row.bias, "all": row.bias == "all",
            "graded": f"{row.sessions:,}", "flat": f"{row.flat:,}", "open": f"{row.open:,}",
            "hit": rate_text(row.hit), "interval": interval_text(row.hit),
            "long": rate_text(row.always_long), "previous": rate_text(row.previous_direction),
            "verdict": name, "behind": name.startswith("not")}


def scorecard_context(card: Scorecard) -> dict[str, Any]:
    s = card.setups
    span = f"{card.first} to {card.last}" if card.first else "no sessions"
    return {
        "symbols": ", ".join(card.symbols) or "none", "sessions": f"{card.sessions:,}", "span": span,
        "calls": [_call_row(row) for row in card.calls if row.sessions or row.open],
        "setups": [("Offered", f"{s.offered:,}"),
                   ("Never triggered / still open", f"{s.not_triggered:,} / {s.open:,}"),
                   ("Target / stop / expired", f"{s.target:,} / {s.stop:,} / {s.expired:,}"),
                   ("Stop and target on one bar (counted as stops)", f"{s.ties:,}"),
                   ("Exits at a gapped open", f"{s.gaps:,}"),
                   ("Won, R > 0", f"{rate_text(s.wins)} of {s.wins.total:,} "
                    f"(95% CI {interval_text(s.wins)})")],
        "expectancy": r_text(s.expectancy_r), "setup_long": r_text(s.always_long_r),
        "setup_previous": r_text(s.previous_direction_r),
        "setups_behind": s.expectancy_r is not None and any(
            base is not None and s.expectancy_r <= base
            for base in (s.always_long_r, s.previous_direction_r)),
        "distribution": Markup(distribution_svg(s.distribution)),
        "levels": [{"side": row.side.capitalize(), "decided": f"{row.held.total:,}",
                    "open": f"{row.open:,}", "held": rate_text(row.held),
                    "interval": interval_text(row.held), "baseline": rate_text(row.baseline),
                    "behind": row.held.rate is not None and row.baseline.rate is not None
                    and row.held.rate <= row.baseline.rate} for row in card.levels],
        "pulse_chart": Markup(calibration_svg(card.pulse, card.pulse_baseline)),
        "pulse": [{"band": "All sessions (baseline)" if row.band == "all" else row.band,
                   "sessions": f"{row.sessions:,}",
                   "mean": "-" if row.mean_return_pct is None else f"{row.mean_return_pct:+.2f}%",
                   "up": rate_text(row.up), "interval": interval_text(row.up),
                   "baseline": row.band == "all"} for row in [*card.pulse, card.pulse_baseline]],
        "level_sessions": LEVEL_SESSIONS, "pulse_sessions": PULSE_SESSIONS,
        "horizons": ", ".join(f"{HORIZON_TITLES[h].lower()} {n}" for h, n in HORIZON_SESSIONS.items()),
    }


def scorecard_body(card: Scorecard) -> Markup:
    """The page's sections, for a page of its own or the review server's layout."""
    return Markup(environment().get_template("_scorecard.html.j2").render(**scorecard_context(card)))


def render_scorecard_html(card: Scorecard, title: str = "newsdesk · Scorecard") -> str:
    return environment().get_template("scorecard.html.j2").render(title=title,
                                                                  body=scorecard_body(card))


def write_scorecard_page(out_dir: Path, card: Scorecard) -> Path:
    """`<out_dir>/scorecard.html`, written atomically; returns its path."""
    path = Path(out_dir) / PAGE_NAME
    write_text_atomic(path, render_scorecard_html(card))
    return path
