"""Write a blind holdout set for the verifier to tests/data/verify_holdout/ (deterministic).

    .venv/bin/python scripts/make_verify_holdout.py            # (re)write the set
    .venv/bin/python scripts/make_verify_holdout.py --check    # exit 1 if the files on disk differ
    .venv/bin/python scripts/make_verify_holdout.py --score    # run the verifier over the set, report

The texts were written without reading the verifier's code. They use frozen copies
of the snapshots and ingested sources of tests/data/verify_eval/ as they were when
the texts were written, in tests/data/verify_holdout/context/ (a case's `snapshot`
and `sources` are keys into context/snapshots/ and context/sources/): the eval set
is regenerated whenever the writer's levels and setups change, and these texts
name setups and levels of that time. Every figure comes from
`pipeline.facts.build_fact_sheet(...).fill(...)` (peers' figures from the peer
snapshots in the same snapshot file). Planted cases are one clean text with one
exact substitution and one expected finding.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pipeline.facts import FactSheet, build_fact_sheet

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verify_eval import holdout_kit as kit  # noqa: E402
from verify_eval.holdout_kit import Context, load_context  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO / "tests" / "data" / "verify_holdout" / "context"  # frozen copies; see the docstring
OUT = REPO / "tests" / "data" / "verify_holdout"
README = """# A blind holdout set for the verifier (generated: do not edit)

Written by `scripts/make_verify_holdout.py` (`--check` to compare with the disk,
`--score` to run the verifier over it). The texts were written by someone who had
not read `pipeline/verify/`, in voices and layouts that are not in verify_eval.

- `cases.json`: the same case format as `../verify_eval/cases.json`. `file` is
  relative to this directory; `snapshot` and `sources` are keys into
  `../verify_eval/snapshots/` and `../verify_eval/sources/` (the holdout reuses
  those snapshots and ingested items and adds none of its own).
- `cases/`: the texts. Clean cases must raise no error finding; each planted case
  (one exact substitution into a clean text) must raise its expected finding
  (`code`, `span`); `allowed` lists codes that may appear as a consequence.
"""


# ---------------------------------------------------------------- the clean texts
#
# Slots: `{fact}` / `{fact:signed}` / `{fact:abs}` / `{date_fact:weekday}` / `{date_fact:long}` from the
# subject's fact sheet; `{SPY.fact}` from a peer snapshot's sheet. A line that starts with exactly two
# spaces continues the line before it (so the source stays under 110 columns). `<<SOURCES>>` is replaced
# by the case's Sources block.


@dataclass(frozen=True)
class Clean:
    case_id: str
    key: str
    style: str
    ext: str
    body: str
    note: str
    sources: tuple[str, ...] = ()
    source_format: str = "md"


U = {  # the ingested items cited, by a short name
    "ld-smallcaps": "https://ledgerdaily.example/us-stocks/2026/11/20/small-caps-sit-out-another-rally",
    "ld-nasdaq-leads": "https://ledgerdaily.example/us-stocks/2026/11/20/nasdaq-leads-friday-rebound",
    "tw-box": "https://tapewatch.example/indices/2026-11-19/russell-2000-ten-dollar-box.html",
    "hs-megacap": "https://wire.harborstreet.example/markets/2026/11/20/nasdaq-megacap-tech-rally",
    "hs-oil": "https://wire.harborstreet.example/markets/2026/11/17/wall-street-slides-oil-energy",
    "ld-rut-lower": "https://ledgerdaily.example/us-stocks/2026/11/13/russell-2000-turns-lower-again",
    "ld-oil-dow": "https://ledgerdaily.example/us-stocks/2026/11/17/oil-slides-energy-drags-dow",
    "tw-ndx-slips": "https://tapewatch.example/indices/2026-11-17/nasdaq-100-slips.html",
    "hs-week-ahead": "https://wire.harborstreet.example/markets/2026/11/14/week-ahead-fed-minutes-opex",
    "tw-opex": "https://tapewatch.example/indices/2026-11-20/monthly-options-expiry.html",
    "tw-spx-50d": "https://tapewatch.example/indices/2026-11-16/sp-500-holds-50-day.html",
    "hs-expiry": "https://wire.harborstreet.example/markets/2026/11/19/stocks-edge-lower-before-expiry",
    "tw-dow-defensives": "https://tapewatch.example/indices/2026-11-18/dow-edges-up-defensives.html",
}

CLEAN: list[Clean] = []


def clean(case_id: str, key: str, style: str, ext: str, note: str, body: str, *,
          sources: tuple[str, ...] = (), source_format: str = "md") -> None:
    CLEAN.append(Clean(case_id, key, style, ext, body, note, sources, source_format))


clean("flash-IWM-2026-11-17", "IWM-2026-11-17", "wire-flash", "txt", "terse wire flash on a down day", """\
FLASH | IWM {close} ({change_1d_pct:signed}) | {session:long}, close

Small caps slipped {change_1d_pct:abs} on the day, shedding {change_1d:abs} a share to {close}. The
  Russell 2000 index lost {RUT_change_1d_pct:abs} to {RUT_close}.
Peers: SPY {SPY_change_1d_pct:signed} at {SPY_close}, QQQ {QQQ_change_1d_pct:signed} at {QQQ_close},
  DIA {DIA_change_1d_pct:signed} at {DIA_close}. VIX {VIX_close}, up {VIX_change_1d_pct:abs}.
Relative: IWM has trailed SPY for {streak_sessions} sessions running, by {streak_avg_margin_bp:abs} a day
  on average.
Trend: {pct_vs_sma_50:abs} under the 50-day ({sma_50}), {pct_vs_sma_200} over the 200-day ({sma_200}).
  RSI(14) {rsi_14}. MACD {macd} vs signal {macd_signal}.
Range: {range_lower} to {range_upper} for {range_sessions} sessions.
Calendar: FOMC decision {event_1_date:weekday}, {event_1_date}, {event_1_sessions_until} sessions out;
  CPI {event_2_date}.
Context: Harbor Street Wire says oil's drop hit energy shares and small caps lost 0.8% on the day [1].

<<SOURCES>>
""", sources=("hs-oil",), source_format="plain")

clean("flash-SPY-2026-06-03", "SPY-2026-06-03", "wire-flash", "md",
      "bullet flash: a rally into overbought RSI while the death cross persists", """\
**SPY {change_1d_pct:signed}: the S&P 500 ETF tacks on {change_1d} to {close}**

*{session:long}*

- SPY rose {change_1d_pct} to {close}. Five-day gain {change_5d_pct}; one-month gain {change_1m_pct}.
- RSI(14) at {rsi_14} is overbought.
- The 50-day ({sma_50}) is still under the 200-day ({sma_200}): a death cross since {cross_since}. Price
  trades above both, {pct_vs_sma_200} over the 200-day.
- Laggard among the peers: DIA fell {DIA_change_1d_pct:abs}. QQQ added {QQQ_change_1d_pct}, IWM
  {IWM_change_1d_pct}.
- Volume was light at {volume}, {volume_ratio} times its 20-day average.
- Nearest resistance {level_3} ({level_3_distance_pct} above); support {level_4}.
""")

clean("flash-QQQ-2025-11-17", "QQQ-2025-11-17", "wire-flash", "txt",
      "all-caps wire flash on a record close", """\
QQQ PRINTS A RECORD CLOSE: {close}, {change_1d_pct:signed}

{session:weekday}, {session}. The Nasdaq 100 ETF jumped {change_1d} to {close}, a new 52-week high and its
  highest close on record. The Nasdaq-100 index rose {NDX_change_1d_pct} to {NDX_close}.
Volume {volume} against a {avg_volume_20} average ({volume_ratio}x).
RSI(14) {rsi_14}: strong, short of overbought. MACD {macd}, above its signal at {macd_signal}.
QQQ beat SPY ({SPY_change_1d_pct:signed}) by {spread_vs_SPY_1d_pp} but trailed IWM
  ({IWM_change_1d_pct:signed}).
Resistance {level_2}, then {level_1}; first support {level_3}, then {level_4}.
""")

clean("longform-IWM-2026-11-20", "IWM-2026-11-20", "long-form", "md",
      "long-form analysis with subheadings, options and cited news", """\
# Small Caps Tread Water While Tech Runs: IWM's Five-Week Box, Examined

*{session:long} · IWM (iShares Russell 2000 ETF) · Bias: Neutral · Pulse {pulse}/100 · Threat level
  {threat_level}/5 · Risk: Medium*

## The session

Small caps managed only a modest gain on {session:weekday}. IWM closed at {close}, up {change_1d_pct} or
  {change_1d}, after a session spent between {low} and {high}. On its own scale the Russell 2000 index
  finished at {RUT_close}, also up {RUT_change_1d_pct}.

Next to the large caps it was a poor showing. The S&P 500 ETF (SPY) gained {SPY_change_1d_pct} and the
  Nasdaq 100 ETF (QQQ) {QQQ_change_1d_pct}, leaving small caps {divergence_vs_QQQ_pp:abs} behind tech on
  the day. IWM has now lagged SPY for {streak_sessions} sessions running, by an average of
  {streak_avg_margin_bp:abs} a day, and sits {spread_vs_SPY_1m_pp:abs} behind it over the past month.

## Trend and momentum

The trend picture is split. IWM closed {pct_vs_sma_50:abs} below its 50-day average at {sma_50} but
  {pct_vs_sma_200} above the 200-day at {sma_200}. The 50-day has held above the 200-day since
  {cross_since}, so the golden cross is intact.

Momentum is flat. RSI(14) reads {rsi_14}, in the high 40s, and MACD at {macd} sits below its signal line
  at {macd_signal}. Average true range is {atr_14}, or {atr_pct} of price. The VIX fell
  {VIX_change_1d_pct:abs} to {VIX_close}.

## Where the box ends

IWM has spent {range_sessions} sessions between {range_lower} and {range_upper}, a band {range_width_pct}
  wide. The top of the range is {level_1_distance_pct} above the close. Below, swing support at {level_4}
  comes first, then the range floor at {range_lower} and a second swing low at {level_6}.

A long on a close above {setup_long_entry}, with a stop at {setup_long_stop}, targets {setup_long_target}
  for a reward/risk of {setup_long_reward_risk}.

## What options positioning says

Max pain for the {options_expiry} expiry sits at {max_pain}, just above the close. Call open interest is
  heaviest at {call_wall} and put open interest at {put_wall}, bracketing the range; the put/call
  open-interest ratio is {put_call_oi_ratio}.

## Reading the news

Ledger Markets Daily described small caps sitting out another rally as the Russell 2000's range
  stretched to five weeks [1]. Tapewatch put it more bluntly: the Russell 2000 is stuck in a $10 box
  between $240 and $250 [2]. The Fed's rate decision on {event_1_date:weekday}, {event_1_date}, is
  {event_1_sessions_until} sessions away.

## Bottom line

Until IWM leaves the {range_lower}-{range_upper} band, the range is the trade. Pulse {pulse}/100 keeps
  the bias neutral.

## Sources

<<SOURCES>>
""", sources=("ld-smallcaps", "tw-box"))

clean("longform-DIA-2026-06-03", "DIA-2026-06-03", "long-form", "md",
      "long-form on a down day in the death-cross state, with a setups table", """\
# The Dow Slips, but the Trend Repair Continues

*DIA · SPDR Dow Jones Industrial Average ETF · {session:long} · Bias: Bullish · Pulse {pulse}/100 ·
  Risk: Low · Threat level {threat_level}/5*

## What moved

Blue chips gave back {change_1d_pct:abs} on {session:weekday}: DIA lost {change_1d:abs} to close at
  {close}. The Dow Jones Industrial Average fell {DJI_change_1d_pct:abs} to {DJI_close}. It was a lonely
  decline. SPY rose {SPY_change_1d_pct}, QQQ {QQQ_change_1d_pct} and IWM {IWM_change_1d_pct}, so DIA
  trailed SPY by {spread_vs_SPY_1d_pp:abs}. It has now trailed SPY for {streak_sessions} sessions in a row.

Over a longer window the picture is better: DIA is up {change_5d_pct} in five sessions and
  {change_1m_pct} over the month, though still {change_ytd_pct:abs} down for the year.

## The averages

The close is {pct_vs_sma_50} above the 50-day average ({sma_50}) and only {pct_vs_sma_200} above the
  200-day ({sma_200}). The longer-term signal has not caught up: the 50-day remains below the 200-day,
  the death-cross state it entered on {cross_since}, {cross_sessions_since} sessions ago.

## Momentum

RSI(14) is {rsi_14}, firm but not overbought. MACD at {macd} is above its signal line ({macd_signal}),
  with the histogram at {macd_hist}. ATR(14) is {atr_14}, {atr_pct} of price. The VIX rose
  {VIX_change_1d_pct:abs} to {VIX_close}.

## Levels

Overhead: a resistance zone at {level_3} ({level_3_low}-{level_3_high}), then {level_2} and {level_1}.
  Underneath: the 200-day at {level_4}, then swing supports at {level_5} and {level_6}. The close sits
  {pct_from_52w_high:abs} below the 52-week high of {high_52w}, set on {high_52w_date}.

## Setups

| Side | Entry | Stop | Target | R/R |
| --- | ---: | ---: | ---: | ---: |
| Long | {setup_long_entry} | {setup_long_stop} | {setup_long_target} | {setup_long_reward_risk} |
| Short | {setup_short_entry} | {setup_short_stop} | {setup_short_target} | {setup_short_reward_risk} |

## Verdict

Pulse {pulse}/100 puts the bias at bullish even after a down day: the 50-day trend and momentum carry
  more weight than one soft session. The level that matters is the 200-day at {sma_200}.
""")

clean("qa-SPY-2026-11-20", "SPY-2026-11-20", "q-and-a", "md", "question-and-answer recap with citations", """\
## SPY, {session}: the questions after the bell

**What happened?**
SPY rose {change_1d_pct} to {close}, a gain of {change_1d}, on volume of {volume}, {volume_ratio} times
  the 20-day average.

**Did everything rally?**
Not equally. QQQ gained {QQQ_change_1d_pct}, DIA {DIA_change_1d_pct} and IWM just {IWM_change_1d_pct}.
  SPY trailed QQQ by {spread_vs_QQQ_1d_pp:abs} on the day. The VIX fell {VIX_change_1d_pct:abs} to
  {VIX_close}.

**Is the trend still up?**
Yes. The close is {pct_vs_sma_50} above the 50-day ({sma_50}) and {pct_vs_sma_200} above the 200-day
  ({sma_200}), and the golden cross has been in place since {cross_since}.

**Is momentum stretched?**
No. RSI(14) is {rsi_14}, in the mid 50s. MACD ({macd}) is still below its signal ({macd_signal}), so the
  rebound has not yet turned the momentum gauge.

**How far is the record?**
SPY is {pct_from_52w_high:abs} below its 52-week high of {high_52w}, set on {high_52w_date}. Resistance
  at that high is {level_1_distance_pct} away; support sits at the 50-day, {level_3}.

**What comes next?**
The Fed decides on rates on {event_1_date:weekday}, {event_1_date}, {event_1_sessions_until} sessions
  from now, and the November CPI report follows on {event_2_date:weekday}. Ledger Markets Daily summed up
  the day as "Nasdaq leads Friday’s rebound, S&P 500 climbs 1.1%; small caps lag again" [1]. Harbor
  Street Wire pinned the rally on megacap tech, with the Nasdaq 100 up 1.9% [2].

*Pulse {pulse}/100, bias Bullish, risk Medium, threat level {threat_level}/5.*

<<SOURCES>>
""", sources=("ld-nasdaq-leads", "hs-megacap"))

clean("qa-IWM-2026-03-30", "IWM-2026-03-30", "q-and-a", "txt", "plain-text Q&A after a down day", """\
IWM after {session:weekday}'s drop: questions and answers

Q: How bad was the day?
A: IWM lost {change_1d_pct:abs}, or {change_1d:abs}, to {close} on {session:long}. The Russell 2000 index
  fell {RUT_change_1d_pct:abs} to {RUT_close}.

Q: Were small caps alone?
A: No. SPY fell {SPY_change_1d_pct:abs}, DIA {DIA_change_1d_pct:abs} and QQQ {QQQ_change_1d_pct:abs}.
  Small caps held up better than tech, beating QQQ by {divergence_vs_QQQ_pp}, but lagged SPY by
  {spread_vs_SPY_1d_pp:abs}.

Q: What does the trend say?
A: Nothing good. The close is {pct_vs_sma_50:abs} below the 50-day average ({sma_50}) and
  {pct_vs_sma_200:abs} below the 200-day ({sma_200}). On {cross_since} the 50-day crossed under the
  200-day: a death cross, now {cross_sessions_since} sessions old.

Q: Is it oversold?
A: Not yet. RSI(14) is {rsi_14}: weak, but still above the 30 line. MACD ({macd}) has turned up above
  its signal line ({macd_signal}), a first sign the selling is slowing.

Q: How nervous is the market?
A: The VIX is at {VIX_close}, elevated, and ticked up {VIX_change_1d_pct} on the day.

Q: Which levels matter?
A: IWM has held a {range_lower}-{range_upper} range for {range_sessions} sessions. The close is just
  above the range floor at {level_4}; below that, the next support zone is {level_5_low}-{level_5_high}.
  Overhead, resistance sits at {level_3}, {level_2} and the range top at {level_1}.

Q: And the scores?
A: Pulse {pulse}/100, bias Bearish, threat level {threat_level}/5, risk High. IWM is
  {pct_from_52w_high:abs} below its 52-week high of {high_52w}, set on {high_52w_date}.
""")

clean("dash-DIA-2025-11-17", "DIA-2025-11-17", "dashboard", "md",
      "bullet dashboard on a record close with RSI overbought", """\
# DIA dashboard · {session:long}

**Scores:** Bullish · Pulse {pulse}/100 · Risk Medium · Threat {threat_level}/5

**Price**
- Close: {close} ({change_1d_pct:signed}, {change_1d:signed})
- Day range: {low} – {high}
- Dow Jones Industrial Average: {DJI_close} ({DJI_change_1d_pct:signed})
- Status: new 52-week high and a record close

**Trend**
- 50-day: {sma_50} — price {pct_vs_sma_50} above
- 200-day: {sma_200} — price {pct_vs_sma_200} above
- Cross: golden since {cross_since} ({cross_sessions_since} sessions)

**Momentum**
- RSI(14): {rsi_14} — overbought
- MACD: {macd}, above signal {macd_signal}
- Upper Bollinger band: {bb_upper}, just over the close

**Relative**
- vs SPY: {spread_vs_SPY_1d_pp} on the day; {spread_vs_SPY_1m_pp:signed} over a month
- DIA's gain was the smallest of the group: SPY {SPY_change_1d_pct:signed}, QQQ
  {QQQ_change_1d_pct:signed}, IWM {IWM_change_1d_pct:signed}

**Volatility**
- VIX: {VIX_close} ({VIX_change_1d_pct:signed}), calm
- ATR(14): {atr_14} ({atr_pct} of price)

**Levels**
- Resistance: {level_1}
- Support: {level_2}, {level_3}, {level_4}

**Setups**
- Long above {setup_long_entry}: stop {setup_long_stop}, target {setup_long_target}, R/R
  {setup_long_reward_risk}
- Short below {setup_short_entry}: stop {setup_short_stop}, target {setup_short_target}, R/R
  {setup_short_reward_risk}
""")

clean("dash-IWM-2026-02-13", "IWM-2026-02-13", "dashboard", "txt",
      "fixed-width risk board in a sell-off (RSI oversold, golden cross still on the books)", """\
IWM RISK BOARD — {session:long}
Bias BEARISH | Pulse {pulse}/100 | Threat {threat_level}/5 | Risk HIGH

PRICE     {close}  {change_1d_pct:signed}  ({change_1d:signed})
5 DAYS    {change_5d_pct:signed}
1 MONTH   {change_1m_pct:signed}
INDEX     Russell 2000 {RUT_close} ({RUT_change_1d_pct:signed})

TREND     {pct_vs_sma_50:abs} below the 50-day {sma_50}; {pct_vs_sma_200:abs} below the 200-day {sma_200}
CROSS     golden cross still on the books (since {cross_since}), but price is under both lines
RSI(14)   {rsi_14}, oversold
MACD      {macd} vs signal {macd_signal}: below, histogram {macd_hist}
BANDS     close under the lower Bollinger band ({bb_lower})
VIX       {VIX_close} ({VIX_change_1d_pct:signed})

RELATIVE  {streak_sessions} sessions in a row behind SPY, {streak_avg_margin_bp:abs} a day on average;
          {spread_vs_SPY_1m_pp:abs} behind over the month
PEERS     SPY {SPY_change_1d_pct:signed} | QQQ {QQQ_change_1d_pct:signed} | DIA {DIA_change_1d_pct:signed}
DRAWDOWN  {pct_from_52w_high:abs} below the 52-week high of {high_52w} ({high_52w_date})

OVERHEAD  {level_3_low}-{level_3_high} zone, the 200-day at {level_2}, swing high {level_1}
BELOW     {level_4} round number, then {level_5} and the {level_6_low}-{level_6_high} zone
NOTE      the close is the bottom of the {range_sessions}-session range ({range_lower}-{range_upper})
""")

clean("compare-QQQ-2026-11-17", "QQQ-2026-11-17", "comparison", "md",
      "comparison across the four index ETFs on a down day, peers from their own snapshots", """\
# One red Tuesday, four index ETFs: who held up and who didn't

*{session:long} · lead instrument QQQ (Invesco QQQ Trust), compared with SPY, DIA and IWM*

All four of the big index funds closed lower, and tech took the heaviest hit. QQQ fell
  {change_1d_pct:abs} to {close}. IWM dropped {IWM.change_1d_pct:abs} to {IWM.close}, SPY slipped
  {SPY.change_1d_pct:abs} to {SPY.close}, and DIA held up best, down just {DIA.change_1d_pct:abs} at
  {DIA.close}.

| ETF | Close | Day | RSI(14) | vs 50-day | vs 200-day |
| --- | ---: | ---: | ---: | ---: | ---: |
| QQQ | {close} | {change_1d_pct:signed} | {rsi_14} | {pct_vs_sma_50:signed} | {pct_vs_sma_200:signed} |
| SPY | {SPY.close} | {SPY.change_1d_pct:signed} | {SPY.rsi_14} | {SPY.pct_vs_sma_50:signed} |
  {SPY.pct_vs_sma_200:signed} |
| DIA | {DIA.close} | {DIA.change_1d_pct:signed} | {DIA.rsi_14} | {DIA.pct_vs_sma_50:signed} |
  {DIA.pct_vs_sma_200:signed} |
| IWM | {IWM.close} | {IWM.change_1d_pct:signed} | {IWM.rsi_14} | {IWM.pct_vs_sma_50:signed} |
  {IWM.pct_vs_sma_200:signed} |

**Tech gave back the most.** QQQ trailed SPY by {spread_vs_SPY_1d_pp:abs} and DIA by
  {divergence_vs_DIA_pp:abs}. It still closed {pct_vs_sma_50} above its 50-day average of {sma_50}, and it
  is only {pct_from_52w_high:abs} below the record close of {high_52w} set on {high_52w_date}.

**Two of the four are now under their 50-day lines.** IWM closed {IWM.pct_vs_sma_50:abs} below its
  50-day ({IWM.sma_50}) and DIA {DIA.pct_vs_sma_50:abs} below its own ({DIA.sma_50}). SPY is hanging on
  by a thread, {SPY.pct_vs_sma_50} above its 50-day at {SPY.sma_50}.

**Nobody is stretched.** RSI readings run from {SPY.rsi_14} for SPY to {IWM.rsi_14} for IWM, all within
  a few points of 50. Each of the four is still in the golden-cross state, its 50-day above its 200-day.

The VIX rose {VIX_change_1d_pct:abs} to {VIX_close}. Tapewatch called it an orderly pullback under the
  headline "Nasdaq 100 slips 0.9%; QQQ backs away from its record" [1]. Harbor Street Wire tied the slide
  to oil's drop and weakness in energy shares [2].

<<SOURCES>>
""", sources=("tw-ndx-slips", "hs-oil"))

clean("compare-IWM-2026-11-20", "IWM-2026-11-20", "comparison", "md",
      "scorecard table across the index ETFs, peers from their own snapshots", """\
# Scorecard: the index ETFs on {session:long}

Subject: IWM, against SPY, QQQ and DIA. A green day across the board, but not an even one.

| Fund | Close | 1-day | 5-day | 1-month | RSI(14) | MACD vs signal |
| --- | ---: | ---: | ---: | ---: | ---: | --- |
| QQQ | {QQQ.close} | {QQQ.change_1d_pct:signed} | {QQQ.change_5d_pct:signed} | {QQQ.change_1m_pct:signed} |
  {QQQ.rsi_14} | below |
| SPY | {SPY.close} | {SPY.change_1d_pct:signed} | {SPY.change_5d_pct:signed} | {SPY.change_1m_pct:signed} |
  {SPY.rsi_14} | below |
| DIA | {DIA.close} | {DIA.change_1d_pct:signed} | {DIA.change_5d_pct:signed} | {DIA.change_1m_pct:signed} |
  {DIA.rsi_14} | below |
| IWM | {close} | {change_1d_pct:signed} | {change_5d_pct:signed} | {change_1m_pct:signed} | {rsi_14} |
  below |

QQQ led the group with a {QQQ.change_1d_pct} gain, and IWM brought up the rear at {change_1d_pct}: a
  {divergence_vs_QQQ_pp:abs} gap. SPY's {SPY.change_1d_pct} put it {divergence_vs_SPY_pp:abs} ahead of
  small caps, and DIA's {DIA.change_1d_pct} put it {divergence_vs_DIA_pp:abs} ahead.

Over five sessions only IWM is in the red, {change_5d_pct:abs} lower, while SPY is up
  {SPY.change_5d_pct}, DIA {DIA.change_5d_pct} and QQQ {QQQ.change_5d_pct}. Over the month QQQ alone is
  positive, up {QQQ.change_1m_pct}.

On trend, three of the four sit above their 50-day averages: QQQ by {QQQ.pct_vs_sma_50}, SPY by
  {SPY.pct_vs_sma_50} and DIA by {DIA.pct_vs_sma_50}. IWM is the exception, {pct_vs_sma_50:abs} below its
  50-day at {sma_50}. All four trade above their 200-day averages, and all four are in the golden-cross
  state.

Small caps have now trailed SPY for {streak_sessions} sessions straight. Ledger Markets Daily's headline
  said it plainly: "Nasdaq leads Friday’s rebound, S&P 500 climbs 1.1%; small caps lag again" [1].

<<SOURCES>>
""", sources=("ld-nasdaq-leads",))

clean("options-QQQ-2026-11-20", "QQQ-2026-11-20", "options-note", "md",
      "options-focused note: max pain, call and put walls, next expiry", """\
## QQQ options note: pinned under {max_pain}?

QQQ closed {session:weekday} at {close}, up {change_1d_pct}, as the monthly expiry rolled off. The next
  weekly contracts expire on {options_expiry:weekday}, {options_expiry}.

- **Max pain:** {max_pain}, {level_1_distance_pct} above the close.
- **Call wall:** {call_wall}, the strike with the most call open interest.
- **Put wall:** {put_wall}.
- **Put/call open-interest ratio:** {put_call_oi_ratio}, so more puts than calls are outstanding.

The record close of {high_52w} ({high_52w_date}) sits between the close and max pain. Spot is boxed in:
  resistance at the record {level_2} and at the swing zone {level_3} ({level_3_low}-{level_3_high}),
  support at {level_4} and the round {level_5}. With the call wall overhead and the put wall below,
  dealer hedging tends to lean against moves toward either strike.

Tapewatch reported that open interest for the Nov. 27 expiry clusters at $640 calls and $610 puts in
  QQQ [1]. Harbor Street Wire credited the day's rally to megacap tech [2].

Momentum does not argue for a breakout yet: RSI(14) is {rsi_14}, in the mid 50s, and MACD ({macd}) is
  below its signal ({macd_signal}). An ATR(14) of {atr_14} means a move to max pain fits well inside one
  day's typical range.

*Bias Bullish, Pulse {pulse}/100, threat level {threat_level}/5.*

<<SOURCES>>
""", sources=("tw-opex", "hs-megacap"))

clean("options-SPY-2026-11-20", "SPY-2026-11-20", "options-note", "txt",
      "plain-text options positioning sheet", """\
SPY | Options positioning into the {options_expiry} weekly expiry
Data as of the {session:weekday} close, {session}.

Spot: {close} ({change_1d_pct:signed})
Max pain: {max_pain} ({level_2_distance_pct} above spot)
Largest call open interest: {call_wall}
Largest put open interest: {put_wall}
Put/call OI ratio: {put_call_oi_ratio}

Read: spot finished a touch below max pain after a {change_1d} rally. The call wall at {call_wall} sits
  above the 52-week high of {high_52w}; the put wall at {put_wall} sits just above range support at
  {level_5}. Between them, the 50-day average at {sma_50} is the nearest support and {level_4} the next.

Volume was heavy at {volume}, {volume_ratio} times normal. The VIX fell {VIX_change_1d_pct:abs} to
  {VIX_close}, so option premiums got cheaper into the holiday-shortened week.

Ledger Markets Daily: the S&P 500 climbed 1.1% on Friday and the Nasdaq 100 jumped 1.9% [1].

<<SOURCES>>
""", sources=("ld-nasdaq-leads",), source_format="plain")

clean("event-SPY-2026-11-17", "SPY-2026-11-17", "event-preview", "md",
      "event preview: FOMC and CPI dates with sessions until", """\
# Countdown to the Fed: where SPY stands with {event_1_sessions_until} sessions to go

*Event preview · {session:long}*

**The calendar.** The FOMC rate decision lands on {event_1_date:weekday}, {event_1_date},
  {event_1_sessions_until} sessions from today's close. The November CPI report follows a day later, on
  {event_2_date:weekday}, {event_2_date}, {event_2_sessions_until} sessions out.

**The starting point.** SPY fell {change_1d_pct:abs} on {session:weekday} to {close}, a loss of
  {change_1d:abs}. It sits a hair above its 50-day average ({sma_50}), by just {pct_vs_sma_50}, and
  {pct_vs_sma_200} above the 200-day ({sma_200}). Tapewatch reported on Monday that the S&P 500 held
  above its 50-day average as dip buyers returned [1].

**Momentum going in.** RSI(14) is {rsi_14}, in the high 40s. MACD at {macd} is below its {macd_signal}
  signal line, so momentum is soft rather than broken. The VIX climbed {VIX_change_1d_pct:abs} to
  {VIX_close}.

**Levels that matter before the meeting.** Resistance: {level_2}, then the record at {level_1}. Support:
  the 50-day at {level_3}, the range floor at {level_4} and a swing zone near {level_5}.

**What the tape said.** Harbor Street Wire reported that Wall Street slid as oil's drop hit energy
  shares [2].

**Scores.** Pulse {pulse}/100, bias Neutral, threat level {threat_level}/5, risk Medium.

<<SOURCES>>
""", sources=("tw-spx-50d", "hs-oil"))

clean("event-QQQ-2026-11-17", "QQQ-2026-11-17", "event-preview", "txt",
      "plain-text event watch with long dates", """\
EVENT WATCH: QQQ into the Fed and CPI

Session: {session:long}
FOMC decision: {event_1_date:long} ({event_1_sessions_until} sessions)
November CPI: {event_2_date:long} ({event_2_sessions_until} sessions)

QQQ gave back {change_1d_pct:abs} on the day to {close}, {pct_from_52w_high:abs} short of the record close
  of {high_52w} it set on {high_52w_date:weekday}, {high_52w_date}. The Nasdaq-100 index lost
  {NDX_change_1d_pct:abs} to {NDX_close}.

Into the events, the trend is intact but momentum has cooled. Price is {pct_vs_sma_50} above the 50-day
  average ({sma_50}) and {pct_vs_sma_200} above the 200-day ({sma_200}); the 50-day has been above the
  200-day since {cross_since}. RSI(14) has eased to {rsi_14} and MACD ({macd}) is under its signal
  ({macd_signal}).

Harbor Street Wire's week-ahead note flagged the Fed minutes and a monthly options expiry, with the Fed
  meeting on Dec. 9 and November CPI on Dec. 10 [1]. Tapewatch described Tuesday's pullback in tech as
  orderly, with QQQ backing away from its record [2].

Levels: resistance {level_3}, {level_2} and the record {level_1}; support at the 50-day {level_4}, then
  {level_5} and the range low {level_6}.

Pulse {pulse}/100 (Neutral) · threat {threat_level}/5 · risk Medium

<<SOURCES>>
""", sources=("hs-week-ahead", "tw-ndx-slips"), source_format="bare")

clean("index-GSPC-2026-11-20", "idx_GSPC-2026-11-20", "index-note", "md",
      "a note about the S&P 500 index itself, in points", """\
# S&P 500 index: {close} after a {change_1d_pct} jump, {pct_from_52w_high:abs} from the top

*Index note · ^GSPC · {session:long} · quoted in index points*

The S&P 500 index added {change_1d} points on {session:weekday} to close at {close}, a gain of
  {change_1d_pct}. The session ran from {low} to {high}. The Nasdaq-100 index did better, up
  {NDX_change_1d_pct} to {NDX_close}, so the S&P lagged it by {spread_vs_NDX_1d_pp:abs}; the Dow Jones
  Industrial Average rose {DJI_change_1d_pct} to {DJI_close} and the Russell 2000 index
  {RUT_change_1d_pct} to {RUT_close}.

Trend: the index is {pct_vs_sma_50} above its 50-day average ({sma_50}) and {pct_vs_sma_200} above the
  200-day ({sma_200}). The golden cross dates to {cross_since}. The record close is {high_52w}, from
  {high_52w_date}.

Momentum: RSI(14) {rsi_14}. MACD {macd}, below its {macd_signal} signal line, histogram {macd_hist}.
  ATR(14) {atr_14} points, {atr_pct} of the index level.

Levels in points: resistance at {level_3} (zone {level_3_low}-{level_3_high}), the record {level_2} and
  the round {level_1}; support at {level_4}, the 50-day {level_5} and the range floor {level_6}. The
  close is just {level_4_distance_pct:abs} above the round {level_4} mark.

For ETF holders: SPY, which tracks the index, closed at {SPY.close}, up {SPY.change_1d_pct}.

The VIX dropped {VIX_change_1d_pct:abs} to {VIX_close}. Ledger Markets Daily reported the S&P 500 climbed
  1.1% to 6,901.69 as the Nasdaq led Friday's rebound [1]. Harbor Street Wire attributed the rally to
  megacap tech [2]. The Fed decides on {event_1_date:weekday}, {event_1_date}.

Pulse {pulse}/100 · Bullish · threat level {threat_level}/5 · risk Medium

<<SOURCES>>
""", sources=("ld-nasdaq-leads", "hs-megacap"))

clean("index-RUT-2026-11-17", "idx_RUT-2026-11-17", "index-note", "txt",
      "plain-text note about the Russell 2000 index itself", """\
RUSSELL 2000 INDEX (^RUT) — close of {session:long}

Level: {close} points, down {change_1d:abs} ({change_1d_pct})
Range today: {low} to {high}
Previous close: {prev_close}

The small-cap benchmark lost ground with the rest of the market. It fell {change_1d_pct:abs}, a little
  more than the S&P 500 index ({GSPC_change_1d_pct}) and the Dow Jones Industrial Average
  ({DJI_change_1d_pct}) but less than the Nasdaq-100 index ({NDX_change_1d_pct}). Against the S&P 500
  index it has now underperformed for {streak_sessions} sessions in a row, though over the past month it
  is still {spread_vs_GSPC_1m_pp} ahead.

The index sits {pct_vs_sma_50:abs} under its 50-day average of {sma_50} and {pct_vs_sma_200} above its
  200-day of {sma_200}; the golden cross that formed on {cross_since} is intact. RSI(14) is {rsi_14},
  dead centre. MACD ({macd}) holds above its signal ({macd_signal}).

It has traded between {range_lower} and {range_upper} for {range_sessions} sessions. Immediate support is
  {level_4}, then the round {level_5} and the range floor {level_6}; resistance is the 50-day at
  {level_3}, the range top {level_2} and {level_1}. The index is {pct_from_52w_high:abs} below its
  52-week high of {high_52w} ({high_52w_date}).

In ETF terms, IWM closed at {IWM.close}, down {IWM.change_1d_pct:abs}.

News: Harbor Street Wire reported the Russell 2000 slipped 0.8% to 2,465.79 as oil's drop hit energy [1].
  Ledger Markets Daily noted the Russell 2000 turned lower again after another run at $250 in IWM [2].
  Ledger Markets Daily said the oil slide weighed on the energy-heavy corners of the Russell 2000 [3].

Next: FOMC {event_1_date} ({event_1_sessions_until} sessions), CPI {event_2_date}.
Pulse {pulse}/100, Bullish; threat {threat_level}/5; risk Medium.

<<SOURCES>>
""", sources=("hs-oil", "ld-rut-lower", "ld-oil-dow"), source_format="bare")

clean("synth-FRNT-2026-11-20", "FRNT-2026-11-20", "synthetic-note", "md",
      "the synthetic $30 ETF at a 52-week low, oversold, death cross", """\
# Frontier stocks hit a 52-week low as FRNT slides to {close}

*FRNT · Frontier Select Markets ETF · {session:long} · Bias Bearish · Pulse {pulse}/100 · Risk High ·
  Threat level {threat_level}/5*

The Frontier Select Markets ETF lost {change_1d:abs}, or {change_1d_pct:abs}, to close at {close}, its
  lowest close in a year. Its index, the Frontier Select Markets Index, fell {FSMI_change_1d_pct:abs} to
  {FSMI_close} points. The contrast with US stocks was stark: SPY gained {SPY_change_1d_pct} and IWM
  {IWM_change_1d_pct}. FRNT has now lagged SPY for {streak_sessions} straight sessions, by an average of
  {streak_avg_margin_bp:abs} a day, and trails it by {spread_vs_SPY_1m_pp:abs} over a month.

The damage shows on every time frame: {change_5d_pct} in five sessions, {change_1m_pct} in a month and
  {change_ytd_pct} year to date. The fund is {pct_from_52w_high:abs} below its 52-week high of {high_52w}
  ({high_52w_date}).

Trend: {pct_vs_sma_50:abs} below the 50-day ({sma_50}), {pct_vs_sma_200:abs} below the 200-day
  ({sma_200}). The 50-day crossed under the 200-day on {cross_since}, a death cross now
  {cross_sessions_since} sessions old.

Momentum: RSI(14) at {rsi_14} is deeply oversold. MACD ({macd}) sits under its signal ({macd_signal}).
  ATR(14) is {atr_14}, {atr_pct} of price.

Levels: the round {level_4} is the only support nearby, {level_4_distance_pct:abs} under the close.
  Above: {level_3}, then {level_2} and the 50-day at {level_1}.

Setups: a short below {setup_short_entry} with a stop at {setup_short_stop} aims at {setup_short_target}
  (reward/risk {setup_short_reward_risk}). A long above {setup_long_entry}, stop {setup_long_stop},
  target {setup_long_target}, offers only {setup_long_reward_risk} to 1.
""")

clean("synth-FSMI-2026-11-20", "idx_FSMI-2026-11-20", "synthetic-note", "txt",
      "the synthetic 35,000-point index at a 52-week low", """\
FRONTIER SELECT MARKETS INDEX (^FSMI) · {session:long}

Close {close}, down {change_1d:abs} points ({change_1d_pct}). Day range {low}-{high}.

The Frontier index finished at {close}, its 52-week low, after losing {change_1d:abs} points, or
  {change_1d_pct:abs}. It opened at {open}, close to the prior close of {prev_close}, and drifted lower.
  US benchmarks went the other way: the S&P 500 index rose {GSPC_change_1d_pct} to {GSPC_close} and the
  Russell 2000 index {RUT_change_1d_pct} to {RUT_close}, leaving the Frontier index
  {spread_vs_GSPC_1d_pp:abs} behind the S&P 500 index on the day.

From its all-time high of {all_time_high}, set on {all_time_high_date}, the index is down {pct_from_ath:abs}.

Averages: 50-day {sma_50}, 200-day {sma_200}. The index is {pct_vs_sma_50:abs} under the first and
  {pct_vs_sma_200:abs} under the second, and the 50-day has been below the 200-day since {cross_since}.

RSI(14) {rsi_14}, oversold. MACD {macd} against a signal of {macd_signal}, so still below it. ATR(14)
  {atr_14} points.

Support: {level_4}, just {level_4_distance_pct:abs} below. Resistance: {level_3}, {level_2}, then the
  50-day at {level_1}.

The tracking ETF, FRNT, closed at {FRNT.close}, down {FRNT.change_1d_pct:abs}.

Scores: Pulse {pulse}/100, Bearish, threat {threat_level}/5, risk High.
""")

clean("thread-DIA-2026-11-20", "DIA-2026-11-20", "social-thread", "txt",
      "a numbered social-media thread", """\
1/ Dow ETF check-in for {session:weekday}, {session}. DIA closed at {close}, up {change_1d}
  ({change_1d_pct:signed}). 🧵

2/ Solid, not spectacular. QQQ ran {QQQ_change_1d_pct}, SPY {SPY_change_1d_pct}. DIA beat only IWM
  ({IWM_change_1d_pct}). Blue chips trailed SPY by {spread_vs_SPY_1d_pp:abs} on the day but are
  {spread_vs_SPY_1m_pp} ahead over the month.

3/ Trend is fine: {pct_vs_sma_50} above the 50-day ({sma_50}), {pct_vs_sma_200} above the 200-day
  ({sma_200}). Golden cross since {cross_since}.

4/ Momentum is middling. RSI {rsi_14}, mid 50s. MACD {macd}, just under its signal {macd_signal}.

5/ Options: max pain {max_pain} for {options_expiry}, a touch above spot. Call wall {call_wall}, put
  wall {put_wall}.

6/ Levels I'm watching: {level_3} and the range top {level_2}, then {level_1} overhead. Round-number
  support at {level_4}, then the 50-day at {level_5}.

7/ Volume ran {volume_ratio}x its 20-day average. VIX down {VIX_change_1d_pct:abs} to {VIX_close}.

8/ Calendar: FOMC {event_1_date:weekday} {event_1_date}, CPI {event_2_date:weekday}. Pulse
  {pulse}/100, bullish lean; threat {threat_level}/5.

9/ Reading: the Dow added 0.1% on Thursday even as stocks edged lower before expiry (Harbor Street
  Wire) [1]. Tapewatch said defensive shares attracted buyers earlier in the week [2].

<<SOURCES>>
""", sources=("hs-expiry", "tw-dow-defensives"), source_format="thread")

clean("journal-QQQ-2026-11-20", "QQQ-2026-11-20", "trader-journal", "txt",
      "first-person trading log", """\
Trading log — {session:weekday} {session}, QQQ

What I saw: tech ripped. QQQ gained {change_1d} to {close}, {change_1d_pct:signed}, on {volume} shares,
  about {volume_ratio} times the usual. It led every peer: SPY {SPY_change_1d_pct:signed}, DIA
  {DIA_change_1d_pct:signed}, IWM {IWM_change_1d_pct:signed}. QQQ finished {divergence_vs_IWM_pp} ahead of
  small caps.

Where it stopped: the high of the day was {high}, above the record close of {high_52w} from
  {high_52w_date}, but the close came in {pct_from_52w_high:abs} under that record. So no new closing
  high yet.

What the indicators say: RSI {rsi_14}, mid 50s. MACD {macd} under signal {macd_signal}; the histogram is
  {macd_hist}. Above both averages, {pct_vs_sma_50} over the 50-day and {pct_vs_sma_200} over the 200-day.

Plan for next week: the long setup triggers above {setup_long_entry} (stop {setup_long_stop}, target
  {setup_long_target}, {setup_long_reward_risk} R). Below {level_4_low} I stand aside. Max pain for
  {options_expiry} is {max_pain}.

News I read: Harbor Street Wire, "Nasdaq 100 surges 1.9% as megacap tech powers Friday's rally" [1].

<<SOURCES>>
""", sources=("hs-megacap",), source_format="plain")

clean("brief-IWM-2026-11-17", "IWM-2026-11-17", "morning-brief", "md",
      "a next-morning 'three things' email brief with cited news", """\
**Good morning.** Three things on small caps after {session:weekday}'s session ({session}).

**1. A down day, in line with the market.** IWM ended at {close}, off {change_1d_pct:abs}, after opening
  at {open}. The Russell 2000 index finished at {RUT_close}. Harbor Street Wire's wrap had the same
  picture: Wall Street slid, oil's drop hit energy, and small caps lost 0.8% [1].

**2. Still inside the box.** The fund has spent {range_sessions} sessions between {range_lower} and
  {range_upper}. It closed {pct_vs_sma_50:abs} below its 50-day average ({sma_50}), which now caps it
  from just overhead, with swing support at {level_4} just beneath the close. Ledger Markets Daily wrote
  last week that the Russell 2000 turned lower again after another run at $250 in IWM [2].

**3. The Fed is the next catalyst.** The rate decision is due {event_1_date:weekday}, {event_1_date}, and
  the CPI report the day after. RSI(14) sits at {rsi_14}, right on 50, so the indicators leave the
  direction open.

Scores: Pulse {pulse}/100, bias Bullish, threat level {threat_level}/5, risk Medium.

<<SOURCES>>
""", sources=("hs-oil", "ld-rut-lower"))


# ---------------------------------------------------------------- the planted errors


@dataclass(frozen=True)
class Plant:
    base: str  # a clean case id
    name: str
    check: str
    code: str
    old: str
    new: str
    span: str
    note: str
    allowed: tuple[str, ...] = ()
    real_figure: bool = False  # the wrong figure is deliberately some other real fact


PLANTS: list[Plant] = [
    # value
    Plant("flash-IWM-2026-11-17", "value-close-shed", "value", "value-mismatch",
          "a share to $245.28.", "a share to $244.82.", "$244.82", "the close wrong after 'shedding'"),
    Plant("longform-IWM-2026-11-20", "value-rsi", "value", "value-mismatch",
          "RSI(14) reads 48.2", "RSI(14) reads 46.9", "46.9", "RSI off by 1.3, in the same zone"),
    Plant("qa-SPY-2026-11-20", "value-sma50", "value", "value-mismatch",
          "the 50-day ($680.43)", "the 50-day ($683.10)", "$683.10",
          "the 50-day average wrong in a Q&A answer", ("derived-mismatch",)),
    Plant("index-GSPC-2026-11-20", "value-vix", "value", "value-mismatch",
          "to 15.60. Ledger", "to 16.85. Ledger", "16.85", "the VIX level wrong in an index note"),
    Plant("compare-QQQ-2026-11-17", "value-peer-close-table", "value", "value-mismatch",
          "| DIA | $466.92 |", "| DIA | $469.02 |", "$469.02", "a peer's close wrong in a comparison table"),
    Plant("thread-DIA-2026-11-20", "value-move-swap", "value", "value-mismatch",
          "SPY 1.10%. DIA beat", "SPY 1.90%. DIA beat", "1.90%",
          "QQQ's move given to SPY in a social thread", real_figure=True),
    Plant("dash-IWM-2026-02-13", "value-streak", "value", "value-mismatch",
          "5 sessions in a row behind SPY", "7 sessions in a row behind SPY", "7 sessions",
          "the streak count +2 on a fixed-width board"),
    Plant("synth-FSMI-2026-11-20", "value-index-close", "value", "value-mismatch",
          "finished at 35,112.40, its", "finished at 35,211.40, its", "35,211.40",
          "a 35,000-point index's close with two digits swapped"),
    Plant("event-QQQ-2026-11-17", "value-ndx-close", "value", "value-mismatch",
          "to 25,326.20.", "to 25,362.20.", "25,362.20", "the Nasdaq-100 index close with digits swapped"),
    # untraced
    Plant("longform-DIA-2026-06-03", "untraced-pe", "untraced", "number-untraced",
          "than one soft session.",
          "than one soft session, and the Dow trades at 21.3 times forward earnings.",
          "21.3", "an invented forward P/E"),
    Plant("options-SPY-2026-11-20", "untraced-support", "untraced", "number-untraced",
          "nearest support and $677.66 the next", "nearest support and $676.20 the next", "$676.20",
          "a made-up support level", ("value-mismatch",)),
    Plant("index-RUT-2026-11-17", "untraced-eps-growth", "untraced", "number-untraced",
          "The small-cap benchmark lost ground",
          "The small-cap benchmark, whose members expect 14.6% earnings growth next year, lost ground",
          "14.6%", "an invented earnings-growth figure"),
    Plant("journal-QQQ-2026-11-20", "untraced-stand-aside", "untraced", "number-untraced",
          "Below $622.21 I stand aside.", "Below $618.40 I stand aside.", "$618.40",
          "a made-up line in the sand", ("value-mismatch",)),
    # scale
    Plant("synth-FRNT-2026-11-20", "scale-etf-support-at-index", "scale", "scale-mismatch",
          "the round $30 is the only support", "the round 35,000 is the only support", "35,000",
          "the $30 ETF's support quoted at its index's scale",
          ("level-wrong-side", "number-untraced", "value-mismatch")),
    Plant("index-GSPC-2026-11-20", "scale-index-dollars", "scale", "scale-mismatch",
          "to close at 6,901.69", "to close at $6,901.69", "$6,901.69", "the index close in dollars"),
    Plant("longform-IWM-2026-11-20", "scale-etf-band-at-index", "scale", "scale-mismatch",
          "leaves the $241.00-$249.26 band", "leaves the 2,410-2,490 band", "2,410-2,490",
          "the ETF's range quoted at index scale", ("number-untraced", "value-mismatch")),
    Plant("index-RUT-2026-11-17", "scale-index-support-dollars", "scale", "scale-mismatch",
          "Immediate support is 2,458.33", "Immediate support is $245.83", "$245.83",
          "an index support level at its ETF's dollar scale",
          ("level-wrong-side", "number-untraced", "value-mismatch")),
    # derived
    Plant("compare-IWM-2026-11-20", "derived-gap", "derived", "derived-mismatch",
          "a 1.60 pp gap", "a 1.40 pp gap", "1.40 pp",
          "a gap that is not the difference of the printed moves"),
    Plant("index-GSPC-2026-11-20", "derived-level-distance", "derived", "derived-mismatch",
          "just 0.02% above the round", "just 0.45% above the round", "0.45%",
          "a close-to-level distance that is not the one between the printed figures", ("value-mismatch",)),
    Plant("event-SPY-2026-11-17", "derived-sma-distance", "derived", "derived-mismatch",
          "by just 0.09%", "by just 0.35%", "0.35%",
          "distance to the printed 50-day made wrong", ("value-mismatch",)),
    Plant("qa-IWM-2026-03-30", "derived-beat-gap", "derived", "derived-mismatch",
          "beating QQQ by 0.20 pp", "beating QQQ by 0.60 pp", "0.60 pp",
          "'beating X by' a gap that is not the difference of the printed moves", ("value-mismatch",)),
    # direction
    Plant("flash-SPY-2026-06-03", "direction-fell", "direction", "direction-mismatch",
          "SPY rose 0.58%", "SPY fell 0.58%", "fell", "'fell' on a gain, in a bullet"),
    Plant("longform-DIA-2026-06-03", "direction-tacked-on", "direction", "direction-mismatch",
          "Blue chips gave back 0.58%", "Blue chips tacked on 0.58%", "tacked on", "'tacked on' on a loss"),
    Plant("journal-QQQ-2026-11-20", "direction-lagged", "direction", "direction-mismatch",
          "It led every peer", "It lagged every peer", "lagged", "'lagged' for the day's leader"),
    Plant("event-QQQ-2026-11-17", "direction-added", "direction", "direction-mismatch",
          "QQQ gave back 0.90%", "QQQ added 0.90%", "added", "'added' on a loss"),
    Plant("dash-DIA-2025-11-17", "direction-below-50d", "direction", "direction-mismatch",
          "price 4.51% above", "price 4.51% below", "4.51% below",
          "'below' the 50-day with its % when above", ("pattern-mismatch",)),
    Plant("flash-IWM-2026-11-17", "direction-vix-unchanged", "direction", "direction-mismatch",
          "VIX 17.60, up 6.02%.", "VIX 17.60, unchanged on the day.", "unchanged",
          "'unchanged' for a VIX that rose 6%"),
    Plant("dash-IWM-2026-02-13", "direction-peer-sign", "direction", "direction-mismatch",
          "QQQ -0.41%", "QQQ +0.41%", "+0.41%", "a peer's loss printed with a +", ("value-mismatch",)),
    # indicator
    Plant("qa-IWM-2026-03-30", "indicator-oversold", "indicator", "indicator-mismatch",
          "weak, but still above the 30 line", "deep in oversold territory", "oversold",
          "RSI 33.9 called deeply oversold"),
    Plant("longform-IWM-2026-11-20", "indicator-mid-50s", "indicator", "indicator-mismatch",
          "in the high 40s", "in the mid 50s", "mid 50s", "'mid 50s' for RSI 48.2"),
    Plant("dash-DIA-2025-11-17", "indicator-macd-below", "indicator", "indicator-mismatch",
          "above signal 3.61", "below signal 3.61", "below signal", "MACD 'below signal' when above"),
    Plant("options-QQQ-2026-11-20", "indicator-overbought", "indicator", "indicator-mismatch",
          "in the mid 50s, and MACD", "in overbought territory, and MACD", "overbought",
          "RSI 56.4 called overbought in an options note"),
    Plant("event-SPY-2026-11-17", "indicator-low-40s", "indicator", "indicator-mismatch",
          "in the high 40s", "in the low 40s", "low 40s", "'low 40s' for RSI 46.8"),
    # pattern
    Plant("longform-DIA-2026-06-03", "pattern-golden", "pattern", "pattern-mismatch",
          "the death-cross state it entered", "the golden-cross state it entered", "golden-cross",
          "the 50-day below the 200-day named a golden cross"),
    Plant("qa-SPY-2026-11-20", "pattern-death", "pattern", "pattern-mismatch",
          "the golden cross has been in place", "the death cross has been in place", "death cross",
          "'death cross' while golden, in a Q&A"),
    Plant("journal-QQQ-2026-11-20", "pattern-fresh-record", "pattern", "pattern-mismatch",
          "So no new closing high yet.", "So QQQ printed a fresh record close.", "fresh record",
          "a record close claimed 0.53% under the record"),
    Plant("longform-IWM-2026-11-20", "pattern-50-below-200", "pattern", "pattern-mismatch",
          "The 50-day has held above the 200-day", "The 50-day has held below the 200-day",
          "below the 200-day", "the 50-day said to be below the 200-day in the golden-cross state",
          ("direction-mismatch",)),
    Plant("flash-SPY-2026-06-03", "pattern-below-both", "pattern", "pattern-mismatch",
          "trades above both", "trades below both", "below both",
          "price said to be below both averages when above both", ("direction-mismatch",)),
    # level
    Plant("flash-QQQ-2025-11-17", "level-support-above", "level", "level-wrong-side",
          "first support $620", "first support $622.81", "$622.81", "a support above the close",
          real_figure=True),
    Plant("event-SPY-2026-11-17", "level-resistance-below", "level", "level-wrong-side",
          "Resistance: $681.56", "Resistance: $676.68", "$676.68",
          "resistance at the day's low, below the close", real_figure=True),
    Plant("synth-FSMI-2026-11-20", "level-index-support-above", "level", "level-wrong-side",
          "Support: 35,000,", "Support: 35,500,", "35,500", "an index support above the close",
          ("derived-mismatch",), real_figure=True),
    Plant("longform-DIA-2026-06-03", "level-support-above-prose", "level", "level-wrong-side",
          "swing supports at $453.39", "swing supports at $465.21", "$465.21",
          "a swing support priced above the close, in prose", real_figure=True),
    # setup
    Plant("longform-DIA-2026-06-03", "setup-short-stop-below", "setup", "setup-geometry",
          "| $460.09 | $463.64 | $453.39 |", "| $460.09 | $453.39 | $463.64 |", "$460.09 | $453.39 | $463.64",
          "a short's stop and target swapped in a table", ("setup-reward-risk",), real_figure=True),
    Plant("synth-FRNT-2026-11-20", "setup-reward-risk", "setup", "setup-reward-risk",
          "offers only 1.4 to 1", "offers 2.6 to 1", "2.6", "a reward/risk of 2.6 for a 1.4 setup"),
    Plant("journal-QQQ-2026-11-20", "setup-long-stop-above", "setup", "setup-geometry",
          "(stop $623.73,", "(stop $633.73,", "$633.73", "a long's stop above its entry, in prose",
          ("number-untraced", "setup-reward-risk", "value-mismatch")),
    Plant("dash-DIA-2025-11-17", "setup-short-stop-below-bullet", "setup", "setup-geometry",
          "stop $490.00, target $411.01", "stop $440.00, target $411.01", "$440.00",
          "a short's stop below its entry, in a bullet",
          ("number-untraced", "setup-reward-risk", "value-mismatch")),
    # date
    Plant("longform-IWM-2026-11-20", "weekday-fomc", "date", "weekday-mismatch",
          "decision on Wednesday, Dec 9, 2026", "decision on Tuesday, Dec 9, 2026", "Tuesday",
          "FOMC 'Tuesday' for a Wednesday date"),
    Plant("event-QQQ-2026-11-17", "weekday-record-date", "date", "weekday-mismatch",
          "set on Wednesday, Nov 11, 2026", "set on Thursday, Nov 11, 2026", "Thursday",
          "a past record date with the wrong weekday"),
    Plant("qa-IWM-2026-03-30", "weekday-session-title", "date", "weekday-mismatch",
          "IWM after Monday's drop", "IWM after Tuesday's drop", "Tuesday",
          "the session's weekday wrong in a title, no date beside it"),
    Plant("options-QQQ-2026-11-20", "date-untraced-expiry", "date", "date-untraced",
          "on Friday, Nov 27, 2026", "on Friday, Dec 4, 2026", "Dec 4, 2026",
          "an options expiry a week late (same weekday)"),
    Plant("event-SPY-2026-11-17", "date-untraced-cpi", "date", "date-untraced",
          "Thursday, Dec 10, 2026", "Thursday, Dec 17, 2026", "Dec 17, 2026",
          "the CPI date a week late (same weekday)"),
    # citation
    Plant("compare-QQQ-2026-11-17", "citation-unresolved", "citation", "citation-unresolved",
          "energy shares [2].", "energy shares [3].", "[3]", "[3] with two sources", ("source-uncited",)),
    Plant("index-RUT-2026-11-17", "source-not-ingested", "citation", "source-not-ingested",
          "oil-slides-energy-drags-dow", "oil-slides-energy-lifts-dow",
          "https://ledgerdaily.example/us-stocks/2026/11/17/oil-slides-energy-lifts-dow",
          "a Sources URL changed to one never ingested", ("citation-unsupported", "url-not-ingested")),
    Plant("options-QQQ-2026-11-20", "source-not-ingested-md", "citation", "source-not-ingested",
          "2026-11-20/monthly-options-expiry.html", "2026-11-20/weekly-options-expiry.html",
          "https://tapewatch.example/indices/2026-11-20/weekly-options-expiry.html",
          "a Markdown source link changed to a page never ingested",
          ("citation-unsupported", "url-not-ingested")),
    Plant("event-SPY-2026-11-17", "citation-unsupported-momentum", "citation", "citation-unsupported",
          "soft rather than broken.", "soft rather than broken [2].", "[2]",
          "a MACD sentence cited to an oil-and-energy wrap"),
    Plant("longform-IWM-2026-11-20", "citation-unsupported-atr", "citation", "citation-unsupported",
          "1.16% of price.", "1.16% of price [2].", "[2]", "an ATR sentence cited to a range story"),
    Plant("qa-SPY-2026-11-20", "url-not-ingested", "citation", "url-not-ingested",
          "The Fed decides on rates on",
          "The Fed decides on rates (https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm) on",
          "https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm", "an inline link never ingested"),
    # score
    Plant("dash-IWM-2026-02-13", "score-pulse", "score", "score-mismatch",
          "Pulse 19/100", "Pulse 29/100", "29/100", "Pulse +10 on a risk board", ("bias-mismatch",)),
    Plant("synth-FRNT-2026-11-20", "score-risk", "score", "score-mismatch",
          "Risk High", "Risk Medium", "Medium", "risk label wrong in the header"),
    Plant("index-GSPC-2026-11-20", "score-threat", "score", "score-mismatch",
          "threat level 3/5", "threat level 2/5", "2/5", "threat level wrong in the footer"),
    Plant("qa-IWM-2026-03-30", "score-bias", "score", "score-mismatch",
          "bias Bearish", "bias Neutral", "Neutral", "bias wrong in the answers", ("bias-mismatch",)),
    # missing
    Plant("compare-QQQ-2026-11-17", "missing-nan-table", "missing", "text-missing-value",
          "| -0.20% | 47.4 |", "| -0.20% | nan |", "nan", "a peer's RSI printed as nan in a table"),
    Plant("synth-FSMI-2026-11-20", "missing-none-atr", "missing", "text-missing-value",
          "ATR(14) 549.68 points", "ATR(14) None points", "None", "'None' for the ATR"),
]


# ---------------------------------------------------------------- building


@cache
def context(key: str) -> Context:
    return load_context(EVAL, key)


@cache
def sheets(key: str) -> tuple[FactSheet, dict[str, FactSheet]]:
    ctx = context(key)
    return build_fact_sheet(ctx.snapshot, ctx.scores), {t: build_fact_sheet(p) for t, p in ctx.peers.items()}


def render(c: Clean) -> str:
    return kit.render(c, sheets(c.key), sources_block)


SOURCE_LINES = {  # a cited item's line in each source format
    "md": "{n}. [{item.title}]({item.url}) — {item.publisher}, {day}",
    "plain": '[{n}] {item.publisher}, "{item.title}", {day}. {item.url}',
    "bare": "{n}) {item.title} ({item.publisher}, {day}) <{item.url}>",
    "thread": "[{n}] {item.url}",
}
SOURCE_JOINS = {  # heading and separator where not one a line
    "thread": ("10/ Sources: ", " · "), "bare": ("Sources\n", "\n"), "plain": ("Sources:\n", "\n")}


def sources_block(c: Clean) -> str:
    # the sources handed to the writer (the session's best `max_sources` for the subject)
    return kit.sources_block(c, context(c.key).sources, U, SOURCE_LINES, SOURCE_JOINS)


def printed_facts(key: str) -> frozenset[str]:
    """Every numeric fact of the subject and its peers as printed (plain and unsigned), digits only."""
    return kit.sheet_numbers(sheets(key))


def assert_not_a_fact(p: Plant, key: str) -> None:
    """A planted wrong figure must not coincidentally be a real fact (unless that is the point)."""
    if p.real_figure or p.check not in {"value", "untraced", "scale", "derived", "level", "setup"}:
        return
    kit.assert_no_clash(p, printed_facts(key), short_too=True)


def build_files() -> dict[str, str]:
    return kit.build_set(CLEAN, PLANTS, render=render, snapshot=lambda key: context(key).snapshot,
                         note=lambda c: c.note, vet=assert_not_a_fact, readme=README,
                         extra=lambda p: {"allowed": sorted(p.allowed)})


# ---------------------------------------------------------------- scoring


def score(out: Path) -> int:
    """Run the verifier over the set on disk with tests/test_verify_eval.py's own scoring and report."""
    tv = kit.eval_module(REPO)  # the eval's loader (keys into verify_eval/), Result, report
    ev = kit.evaluate(out, REPO)  # against the frozen snapshots the texts were written against
    print(tv.report(ev).replace("verify eval:", "verify holdout:"))
    print("\nmisses:\n" + (tv.miss_details(ev, 200) or "(none)"))
    print("\nerror findings on clean articles:\n" + (tv.false_positive_details(ev.clean, 200) or "(none)"))
    print("\ncollateral errors on planted cases (not expected or allowed):\n"
          + (tv.false_positive_details(ev.planted, 200) or "(none)"))
    print("\n" + "\n".join(diagnostics(tv, ev)))
    warnings = [(r.case["id"], f) for r in ev.clean for f in r.findings if f.severity != "error"]
    print(f"\nnon-error findings on clean articles: {len(warnings)}")
    for case_id, f in warnings:
        print(f"- {case_id}: {tv.describe(f)}")
    return 0


def diagnostics(tv: Any, ev: Any) -> list[str]:
    """Beyond the eval's scoring: was the planted spot flagged under any code; which collateral is new."""
    base = {r.case["id"]: r for r in ev.clean}
    located, new_collateral = 0, []
    other_code = []
    for r in ev.planted:
        if not r.misses():
            located += 1
            continue
        spot = [f for f in r.errors if any(tv.matches({**e, "code": f.code}, f) for e in r.case["expected"])]
        if spot:
            located += 1
            other_code.append(f"- {r.case['id']}: {'; '.join(tv.describe(f) for f in spot)}")
    for r in ev.planted:
        before = {(f.code, tv.norm(f.span)) for f in base[r.case["base"]].errors}
        new_collateral += [
            f"- {r.case['id']}: {tv.describe(f)}"
            for f in r.unexpected_errors()
            if (f.code, tv.norm(f.span)) not in before
        ]
    total = len(ev.planted)
    return [
        f"planted spots flagged by an error finding of any code: {located}/{total} ({located / total:.2f})",
        "misses flagged at the planted span under another code:",
        *(other_code or ["(none)"]),
        f"\ncollateral not already raised on the clean base text: {len(new_collateral)}",
        *new_collateral,
    ]


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    return kit.main(argv, doc=__doc__ or "", out=OUT, build=build_files, score=score,
                    script="make_verify_holdout.py")

if __name__ == "__main__":
    raise SystemExit(main())
