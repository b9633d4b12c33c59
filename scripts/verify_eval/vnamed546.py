"""Desk notes for stop 46's fixes of the twenty-second holdout's misprinted named figures (issue 14): a
figure that matched nothing although its words name a level or a move we hold, now that fact's
`value-mismatch` (README: a wrong figure whose words name a fact we hold is held to that fact). Each
cause is planted in other words than the holdout's, on other subjects.

- A pivot sheet's labels ("R1 $623.73", "S2 $606.02"): a resistance or a support of the snapshot.
  Plants: R1 with its last two digits swapped, S2 the same.

- A range's edges told as "the top of that range" and "the bottom of the 29-session range". Plants:
  each edge with its last two digits swapped.

- A streamer's list of levels over and under the price ("over us: $249.26, then $252.53"). Plants:
  the far resistance and the far support with two digits swapped.

- A headline's move after a strong verb ("SPY surges 1.10%"). Plant: the move's digits swapped.

- A gap to the benchmark over the month told beside the day's ("QQQ beat SPY by 0.80 pp on the day and
  by 1.23 pp over the month"): the one-month spread, a fact we hold (`value-mismatch`), not the day's
  divergence. Plant: the month's gap with two digits swapped.

- A setup's risk and reward in money before its ratio, in the sentence after it ("We risk $3.32 to
  make $6.89, about 2.1 to 1", "Risk about 81 points to make about 163, roughly 2.0 to 1"), its entry
  after "Buy limit": each held to the way from the entry to the stop and to the target
  (`derived-mismatch`), the ratio to the setup (`setup-reward-risk`); when the three agree among
  themselves a setup they do not fit has a wrong figure of its own. Plants: the risk a dollar high, the
  reward in points forty points low, the ratio one unit high, the target (the range top) with two
  digits swapped.

- A setup whose entry is named "entry" with no side word and whose ratio is "reward per unit of risk"
  or "a reward-to-risk ratio of approximately". Plants: the ratio one unit high (both forms), the stop
  above a long's entry.

Every figure comes from the snapshot, so each note is correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import LevelKind

from .plants import Plant
from .universe import Built
from .user_texts import UserText


def _swapped(text: str) -> str:
    """The figure with its last two digits swapped ('623.73' -> '623.37'); they must differ."""
    assert text[-1] != text[-2]
    return text[:-2] + text[-1] + text[-2]


# ---------------------------------------------------------------- a pivot sheet's labels

PIVOT_KEY = "QQQ-2026-11-17"


def _pivots(b: Built) -> tuple[str, str, str, str]:
    """R2, R1 (resistances above the close, far first) and S1, S2 (supports below it, near first)."""
    s = b.snapshot
    over = sorted(lv.price for lv in s.levels if lv.kind == LevelKind.RESISTANCE and lv.source != "round")
    under = sorted((lv.price for lv in s.levels if lv.kind == LevelKind.SUPPORT), reverse=True)
    assert len(over) >= 2 and len(under) >= 2 and under[0] < s.close < over[0]
    return f"{over[1]:.2f}", f"{over[0]:.2f}", f"{under[0]:.2f}", f"{under[1]:.2f}"


def pivot_note(b: Built) -> str:
    r2, r1, s1, s2 = _pivots(b)
    return (f"QQQ LEVELS FOR THE NEXT SESSION\n\n"
            f"Last ${b.snapshot.close:.2f}\n"
            f"R2 ${r2}\n"
            f"R1 ${r1}\n"
            f"S1 ${s1}\n"
            f"S2 ${s2}\n\n"
            f"Levels are the desk's, not advice.\n")


def pivot_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-vnamed546-pivots-{PIVOT_KEY}", PIVOT_KEY, "prose", "txt",
                     pivot_note(built[PIVOT_KEY]))]


def pivot_plants(built: dict[str, Built]) -> list[Plant]:
    _, r1, _, s2 = _pivots(built[PIVOT_KEY])
    base = f"user-vnamed546-pivots-{PIVOT_KEY}"
    return [Plant(f"vnamed546-pivot-r1-{PIVOT_KEY}", base, "level",
                  f"R1 ${r1}", f"R1 ${_swapped(r1)}", "value-mismatch", f"${_swapped(r1)}",
                  note="a pivot sheet's R1 (the nearest resistance), two digits swapped"),
            Plant(f"vnamed546-pivot-s2-{PIVOT_KEY}", base, "level",
                  f"S2 ${s2}", f"S2 ${_swapped(s2)}", "value-mismatch", f"${_swapped(s2)}",
                  note="a pivot sheet's S2 (the second support), two digits swapped")]


# ---------------------------------------------------------------- a range's edges in words

EDGE_KEY = "SPY-2026-11-20"


def _edges(b: Built) -> tuple[str, str, int]:
    r = b.snapshot.range
    assert r is not None
    return f"{r.upper:.2f}", f"{r.lower:.2f}", r.sessions


def edge_note(b: Built) -> str:
    top, bottom, sessions = _edges(b)
    return (f"# SPY inside its box\n\n"
            f"SPY closed at ${b.snapshot.close:.2f}. The top of that range is ${top}; a close back under "
            f"${bottom}, the bottom of the {sessions}-session range, would end the story.\n")


def edge_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-vnamed546-edges-{EDGE_KEY}", EDGE_KEY, "prose", "md", edge_note(built[EDGE_KEY]))]


def edge_plants(built: dict[str, Built]) -> list[Plant]:
    top, bottom, _ = _edges(built[EDGE_KEY])
    base = f"user-vnamed546-edges-{EDGE_KEY}"
    return [Plant(f"vnamed546-edge-top-{EDGE_KEY}", base, "level",
                  f"range is ${top}", f"range is ${_swapped(top)}", "value-mismatch", f"${_swapped(top)}",
                  note="the range's top after 'The top of that range is', two digits swapped"),
            Plant(f"vnamed546-edge-bottom-{EDGE_KEY}", base, "level",
                  f"${bottom}, the bottom", f"${_swapped(bottom)}, the bottom", "value-mismatch",
                  f"${_swapped(bottom)}",
                  note="the range's floor before ', the bottom of the 29-session range', two digits swapped")]


# ---------------------------------------------------------------- a streamer's levels over and under

STREAM_KEY = "IWM-2026-11-17"


def _sides(b: Built) -> tuple[str, str, str, str]:
    """The two swing/range resistances over the close (near first) and the two supports under it."""
    s = b.snapshot
    over = sorted(lv.price for lv in s.levels if lv.kind == LevelKind.RESISTANCE)
    under = sorted((lv.price for lv in s.levels if lv.kind == LevelKind.SUPPORT), reverse=True)
    assert len(over) >= 2 and len(under) >= 3
    return f"{over[0]:.2f}", f"{over[1]:.2f}", f"{under[0]:.2f}", f"{under[2]:.2f}"


def stream_note(b: Built) -> str:
    near_r, far_r, near_s, far_s = _sides(b)
    return (f"[00:12:04] HOST: IWM last ${b.snapshot.close:.2f}. over us: ${near_r}, then ${far_r}. "
            f"under us: ${near_s}, then ${far_s}. that's the map for tomorrow.\n")


def stream_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-vnamed546-stream-{STREAM_KEY}", STREAM_KEY, "prose", "txt",
                     stream_note(built[STREAM_KEY]))]


def stream_plants(built: dict[str, Built]) -> list[Plant]:
    _, far_r, _, far_s = _sides(built[STREAM_KEY])
    base = f"user-vnamed546-stream-{STREAM_KEY}"
    return [Plant(f"vnamed546-stream-over-{STREAM_KEY}", base, "level",
                  f"then ${far_r}", f"then ${_swapped(far_r)}", "value-mismatch", f"${_swapped(far_r)}",
                  note="the far resistance in a list after 'over us:', two digits swapped"),
            Plant(f"vnamed546-stream-under-{STREAM_KEY}", base, "level",
                  f"then ${far_s}", f"then ${_swapped(far_s)}", "value-mismatch", f"${_swapped(far_s)}",
                  note="the far support in a list after 'under us:', two digits swapped")]


# ---------------------------------------------------------------- a headline's strong verb

HEADLINE_KEY = "SPY-2026-11-20"


def _move(b: Built) -> str:
    move = b.snapshot.returns.change_1d_pct
    assert move > 0
    return f"{move:.2f}%"


def headline_note(b: Built) -> str:
    return (f"# SPY Surges {_move(b)} as Buyers Return\n\n"
            f"The fund finished the session at ${b.snapshot.close:.2f}.\n")


def headline_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-vnamed546-headline-{HEADLINE_KEY}", HEADLINE_KEY, "prose", "md",
                     headline_note(built[HEADLINE_KEY]))]


def headline_plants(built: dict[str, Built]) -> list[Plant]:
    move = _move(built[HEADLINE_KEY])
    wrong = move[:2] + move[3] + move[2] + move[4:]  # 1.10% -> 1.01%
    assert wrong != move
    base = f"user-vnamed546-headline-{HEADLINE_KEY}"
    return [Plant(f"vnamed546-headline-move-{HEADLINE_KEY}", base, "value",
                  f"Surges {move}", f"Surges {wrong}", "value-mismatch", wrong,
                  note="the day's move after a headline's 'Surges', two digits swapped")]


# ---------------------------------------------------------------- a setup's stakes in money

STAKES_KEY = "DIA-2026-11-20"


def _stakes(b: Built) -> tuple[str, str, str, str, str, str]:
    """A long from the 50-day to the range top with the range floor as its stop: entry, stop, target,
    risk, reward and the ratio, as printed."""
    s = b.snapshot
    entry, r = s.trend.sma_50, s.range
    assert entry is not None and r is not None and r.lower < entry < s.close < r.upper
    entry, stop, target = round(entry, 2), r.lower, r.upper
    risk, reward = entry - stop, target - entry
    return (f"{entry:.2f}", f"{stop:.2f}", f"{target:.2f}", f"{risk:.2f}", f"{reward:.2f}",
            f"{reward / risk:.1f}")


def stakes_note(b: Built) -> str:
    entry, stop, target, risk, reward, ratio = _stakes(b)
    return (f"NEW ALERT: DIA\n\n"
            f"Buy limit ${entry} (the 50-day), stop ${stop}, target ${target} (the top of the range). We "
            f"risk ${risk} to make ${reward}, about {ratio} to 1. The alert lapses at Friday's close.\n")


def stakes_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-vnamed546-stakes-{STAKES_KEY}", STAKES_KEY, "prose", "txt",
                     stakes_note(built[STAKES_KEY]))]


def stakes_plants(built: dict[str, Built]) -> list[Plant]:
    _, _, target, risk, _, ratio = _stakes(built[STAKES_KEY])
    high, up = f"{float(risk) + 1:.2f}", f"{float(ratio) + 1:.1f}"
    base = f"user-vnamed546-stakes-{STAKES_KEY}"
    return [Plant(f"vnamed546-stakes-risk-{STAKES_KEY}", base, "derived",
                  f"We risk ${risk}", f"We risk ${high}", "derived-mismatch", f"${high}",
                  note="the risk in money after 'We risk' is the entry less the stop; a dollar high"),
            Plant(f"vnamed546-stakes-target-{STAKES_KEY}", base, "level",
                  f"target ${target} (", f"target ${_swapped(target)} (", "value-mismatch",
                  f"${_swapped(target)}",
                  note="the target (the range top) typed wrong while the risk, reward and ratio after it "
                       "agree among themselves: the target's own value-mismatch, not the ratio's"),
            Plant(f"vnamed546-stakes-ratio-{STAKES_KEY}", base, "setup",
                  f"about {ratio} to 1", f"about {up} to 1", "setup-reward-risk", up,
                  note="the ratio after the risk and reward in money, one unit high")]


POINTS_KEY = "idx_GSPC-2026-11-20"


def _points(b: Built) -> tuple[str, str, str, str, str, str]:
    """A long from the range floor to the record with the swing support below as its stop, in points."""
    s = b.snapshot
    r = s.range
    assert r is not None
    below = [lv.price for lv in s.levels if lv.kind == LevelKind.SUPPORT and lv.price < r.lower]
    assert below
    entry, stop, target = r.lower, round(max(below), 2), r.upper
    risk, reward = entry - stop, target - entry
    return (f"{entry:,.2f}", f"{stop:,.2f}", f"{target:,.2f}", f"{risk:.0f}", f"{reward:.0f}",
            f"{reward / risk:.1f}")


def points_note(b: Built) -> str:
    entry, stop, target, risk, reward, ratio = _points(b)
    return (f"ANCHOR: So what is the trade?\n\n"
            f"GUEST: Buy {entry}, stop {stop}, target {target}. Risk about {risk} points to make about "
            f"{reward}, roughly {ratio} to 1.\n")


def points_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-vnamed546-points-{POINTS_KEY}", POINTS_KEY, "prose", "txt",
                     points_note(built[POINTS_KEY]))]


def points_plants(built: dict[str, Built]) -> list[Plant]:
    _, _, _, _, reward, _ = _points(built[POINTS_KEY])
    low = f"{int(reward) - 40}"
    base = f"user-vnamed546-points-{POINTS_KEY}"
    return [Plant(f"vnamed546-points-reward-{POINTS_KEY}", base, "derived",
                  f"make about {reward},", f"make about {low},", "derived-mismatch", low,
                  note="the reward in points after 'to make about' is the target less the entry; 40 low")]


# ---------------------------------------------------------------- an entry named as such

LABEL_KEY = "QQQ-2026-11-20"


def _label(b: Built) -> tuple[str, str, str, str]:
    """A long from the 50-day to the swing high above the range, its stop at the range floor."""
    s = b.snapshot
    r, entry = s.range, s.trend.sma_50
    over = [lv.price for lv in s.levels if lv.kind == LevelKind.RESISTANCE and lv.source == "swing"]
    assert r is not None and entry is not None and over and r.lower < entry
    entry, stop, target = round(entry, 2), r.lower, max(over)
    return f"{entry:.2f}", f"{stop:.2f}", f"{target:.2f}", f"{(target - entry) / (entry - stop):.1f}"


def label_note(b: Built) -> str:
    entry, stop, target, ratio = _label(b)
    return (f"## The setup we show members\n\n"
            f"Entry ${entry}, stop ${stop}, target ${target}, {ratio} reward per unit of risk.\n\n"
            f"## The same idea, written by the assistant\n\n"
            f"A potential swing might involve an entry at ${entry}, a stop-loss at ${stop} and a target of "
            f"${target}, offering a reward-to-risk ratio of approximately {ratio}.\n")


def label_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-vnamed546-label-{LABEL_KEY}", LABEL_KEY, "prose", "md",
                     label_note(built[LABEL_KEY]))]


def label_plants(built: dict[str, Built]) -> list[Plant]:
    entry, stop, _, ratio = _label(built[LABEL_KEY])
    up, above = f"{float(ratio) + 1:.1f}", f"{float(entry) + 3:.2f}"
    base = f"user-vnamed546-label-{LABEL_KEY}"
    return [Plant(f"vnamed546-label-unit-{LABEL_KEY}", base, "setup",
                  f"{ratio} reward per", f"{up} reward per", "setup-reward-risk", up,
                  note="the ratio as 'reward per unit of risk', one unit high"),
            Plant(f"vnamed546-label-approx-{LABEL_KEY}", base, "setup",
                  f"approximately {ratio}.", f"approximately {up}.", "setup-reward-risk", up,
                  note="the ratio after 'a reward-to-risk ratio of approximately', one unit high"),
            Plant(f"vnamed546-label-stop-{LABEL_KEY}", base, "setup",
                  f"stop ${stop}, target", f"stop ${above}, target", "setup-geometry", f"${above}",
                  note="a long's stop (the entry named 'Entry', no side word) three dollars above its entry")]


# ---------------------------------------------------------------- a one-month gap beside the day's

SPREAD_KEY = "QQQ-2026-11-20"


def _spreads(b: Built) -> tuple[str, str]:
    rel = b.snapshot.relative
    assert rel is not None and rel.benchmark == "SPY" and rel.spread_1d_pp > 0 and rel.spread_1m_pp > 0
    return f"{rel.spread_1d_pp:.2f}", f"{rel.spread_1m_pp:.2f}"


def spread_note(b: Built) -> str:
    day, month = _spreads(b)
    return (f"# QQQ keeps its lead\n\n"
            f"QQQ closed at ${b.snapshot.close:.2f}. It beat SPY by {day} pp on the day and by {month} pp "
            f"over the month.\n")


def spread_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-vnamed546-spread-{SPREAD_KEY}", SPREAD_KEY, "prose", "md",
                     spread_note(built[SPREAD_KEY]))]


def spread_plants(built: dict[str, Built]) -> list[Plant]:
    _, month = _spreads(built[SPREAD_KEY])
    base = f"user-vnamed546-spread-{SPREAD_KEY}"
    return [Plant(f"vnamed546-spread-month-{SPREAD_KEY}", base, "value",
                  f"by {month} pp over", f"by {_swapped(month)} pp over", "value-mismatch",
                  f"{_swapped(month)} pp",
                  note="the gap to SPY 'over the month' is the one-month spread, two digits swapped")]


def vnamed546_texts(built: dict[str, Built]) -> list[UserText]:
    return [*pivot_texts(built), *edge_texts(built), *stream_texts(built), *headline_texts(built),
            *spread_texts(built), *stakes_texts(built), *points_texts(built), *label_texts(built)]


def vnamed546_plants(built: dict[str, Built]) -> list[Plant]:
    return [*pivot_plants(built), *edge_plants(built), *stream_plants(built), *headline_plants(built),
            *spread_plants(built), *stakes_plants(built), *points_plants(built), *label_plants(built)]
