"""Write the third blind holdout set for the verifier to tests/data/verify_holdout3/ (deterministic).

    .venv/bin/python scripts/make_verify_holdout3.py            # (re)write the set
    .venv/bin/python scripts/make_verify_holdout3.py --check    # exit 1 if the files on disk differ
    .venv/bin/python scripts/make_verify_holdout3.py --score    # run the verifier over the set, report

Written for issue 14 by someone who had read neither `pipeline/verify/` nor the texts of the
evaluation set or of the first two holdouts. The voices are ones the earlier sets did not use:
an options-desk note, a Reddit daily thread, a newsletter with its disclaimer footer, terse desk
bullets, an AI listicle ("5 things to watch"), a pre-market morning note, a trader chat log, a
question-and-answer post, a weekly recap with a day-by-day line, hand-written tables with several
instruments in columns, and more. They carry ranges ("6,805-6,825"), approximations ("about",
"nearly", "north of"), numbers in words, "bp"/"pp"/"x"/"R" abbreviations, figures in
parentheses, several instruments per paragraph, quotations, years, counts, clock times, dates in
titles and page furniture.

Every figure of a clean text comes from `pipeline.facts.build_fact_sheet(...)` of the case's
snapshot (`{fact}` slots), of a peer snapshot in the same file (`{SPY.fact}`), from the
snapshot's dated bars (`{back_N}` close, `{day_N:...}` date, `{hi_N}` high, `{lo_N}` low: N
sessions before the session), or from the text of a cited source. Numbers written in words and
approximations were checked by hand against the same facts (each is noted in the voice).
The snapshots and sources are frozen copies in tests/data/verify_holdout3/context/ (taken from
tests/data/verify_eval/ on 2026-12-04). Each planted case is one clean text with one exact
substitution and one expected finding whose code is the README's documented one for that fault.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import Any

from pipeline.contracts import Snapshot
from pipeline.facts import FactSheet, build_fact_sheet

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verify_eval import holdout_kit as kit  # noqa: E402
from verify_eval.holdout_kit import Context, load_context  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "tests" / "data" / "verify_holdout3"
CONTEXT = OUT / "context"


# ---------------------------------------------------------------- context


@cache
def context(key: str) -> Context:
    return load_context(CONTEXT, key)


def _with_bars(sheet: FactSheet, snap: Snapshot) -> FactSheet:
    """`back_N`, `day_N`, `hi_N`, `lo_N`: the close, date, high and low N sessions before the
    session, from the snapshot's dated bars (`recent_closes`, `recent_sessions`, ...)."""
    closes, days = snap.recent_closes, snap.recent_sessions
    highs, lows = snap.recent_highs, snap.recent_lows
    for n in range(1, min(12, len(closes))):
        sheet.add(f"back_{n}", closes[-1 - n], "price", source=f"recent_closes[-{n + 1}]")
        if len(days) == len(closes):
            sheet.add(f"day_{n}", days[-1 - n], "date", source=f"recent_sessions[-{n + 1}]")
        if len(highs) == len(closes):
            sheet.add(f"hi_{n}", highs[-1 - n], "price", source=f"recent_highs[-{n + 1}]")
            sheet.add(f"lo_{n}", lows[-1 - n], "price", source=f"recent_lows[-{n + 1}]")
    return sheet


@cache
def sheets(key: str) -> tuple[FactSheet, dict[str, FactSheet]]:
    ctx = context(key)
    main = _with_bars(build_fact_sheet(ctx.snapshot, ctx.scores), ctx.snapshot)
    return main, {tag: _with_bars(build_fact_sheet(p), p) for tag, p in ctx.peers.items()}


# ---------------------------------------------------------------- the clean texts


Clean = kit.CleanText


U = {  # the ingested items cited, by a short name
    "ld-rebound": "https://ledgerdaily.example/us-stocks/2026/11/20/nasdaq-leads-friday-rebound",
    "ld-smallcaps": "https://ledgerdaily.example/us-stocks/2026/11/20/small-caps-sit-out-another-rally",
    "hs-megacap": "https://wire.harborstreet.example/markets/2026/11/20/nasdaq-megacap-tech-rally",
    "hs-expiry": "https://wire.harborstreet.example/markets/2026/11/19/stocks-edge-lower-before-expiry",
    "mb-yields": "https://macrobrief.example/rates/2026/11/20/yields-slide-rate-cut-odds",
    "hs-oil": "https://wire.harborstreet.example/markets/2026/11/17/wall-street-slides-oil-energy",
    "tw-ndx-slips": "https://tapewatch.example/indices/2026-11-17/nasdaq-100-slips.html",
    "hs-rebound16": "https://wire.harborstreet.example/markets/2026/11/16/stocks-rebound-yields-ease",
    "tw-spx-50d": "https://tapewatch.example/indices/2026-11-16/sp-500-holds-50-day.html",
    "ld-oil": "https://ledgerdaily.example/us-stocks/2026/11/17/oil-slides-energy-drags-dow",
    "tw-dow-defensives": "https://tapewatch.example/indices/2026-11-18/dow-edges-up-defensives.html",
    "ld-rut-lower": "https://ledgerdaily.example/us-stocks/2026/11/13/russell-2000-turns-lower-again",
}

CLEAN: list[Clean] = []


def clean(case_id: str, key: str, style: str, ext: str, voice: str, body: str, *,
          sources: tuple[str, ...] = (), source_format: str = "md") -> None:
    CLEAN.append(Clean(case_id, key, style, ext, voice, body, sources, source_format))


# Slots: `{fact}`, `{fact:signed}`, `{fact:abs}`, `{date_fact:long|dated|weekday}` from the subject's
# sheet; `{SPY.fact}` from a peer's; `{back_N}`/`{day_N}`/`{hi_N}`/`{lo_N}` a past bar. A line
# starting with exactly two spaces continues the line before it. `<<SOURCES>>` becomes the Sources.

clean("optdesk-IWM-2026-11-20", "IWM-2026-11-20", "options-desk", "md",
      "an index-options desk note: strikes, max pain, walls, put/call OI, realized range against the "
      "ATR ('under a third of an ATR': 0.80 / 2.83), a hand-written level table and the last three "
      "closes by weekday", """\
**IWM · index options desk · {session:dated}, 4:20 p.m. ET**

Spot {close} ({change_1d_pct:signed}, {change_1d:signed} a share). Next week's expiry ({options_expiry:dated})
  has max pain at {max_pain}, the call wall at {call_wall} and the put wall at {put_wall}; put/call OI
  stands at {put_call_oi_ratio}. Dealers look long gamma inside the box and nobody paid up to leave it.

Realized vol stays tame. The 14-day ATR is {atr_14} ({atr_pct} of spot), and the whole session fit
  between {low} and {high}, under a third of an ATR. The path into the close: {back_2} on
  {day_2:weekday}, {back_1} on {day_1:weekday}, {close} today.

Relative: IWM has lagged SPY six sessions running, by {streak_avg_margin_bp:abs} a session on average,
  and on the week it shows {change_5d_pct} against SPY's {SPY.change_5d_pct:signed}.

| level | what it is |
|---|---|
| {call_wall} | call wall, top of the box |
| {range_upper} | highest close of the {range_sessions}-session range |
| {sma_50} | 50-day average, {pct_vs_sma_50:abs} overhead |
| {max_pain} | max pain |
| {range_lower} | lowest close of the range |
| {put_wall} | put wall |

Positioning read: the 50-day ({sma_50}) is resistance overhead, and it has gone flat; the 200-day
  ({sma_200}) sits far below and is flat as well. No death cross here: the golden cross dates from
  {cross_since}, {cross_sessions_since} sessions ago.

We would keep selling the {call_wall} calls against stock on pops toward the top of the range; a close
  under {range_lower} ends that trade.
""")

clean("reddit-SPY-2026-11-20", "SPY-2026-11-20", "reddit-thread", "md",
      "a Reddit daily-discussion post: username, comment count, lowercase slang, levels without "
      "dollar signs, 'about one percent' off the record (0.97%), 'a boring fifty-five' (RSI 55.0), "
      "'forty-four sessions' (cross_sessions_since), 'almost double' volume (1.8x), a position line "
      "with a strike", """\
**[Daily Discussion] SPY ripped into the weekend but breadth says meh**

*posted by u/theta_and_chill · 4h · 312 comments*

ok so SPY closed at {close}, up {change_1d} or {change_1d_pct}, on {volume} shares vs a 20d avg of
  {avg_volume_20}, almost double the usual volume. QQQ did the heavy lifting ({QQQ.change_1d_pct:signed})
  while IWM managed a measly {IWM.change_1d_pct}. VIX got smoked, down {VIX_change_1d_pct:abs} to {VIX_close}.

we're about one percent off the ATH close ({high_52w}, Oct 22) and RSI is a boring fifty-five. golden
  cross is forty-four sessions old. over the week SPY is up {change_5d_pct}, on the month it's still down
  {change_1m_pct:abs}, and YTD we're only {change_ytd_pct:signed}. lol.

my levels: 690 (max pain next week + round number), 694.71 (the ATH close), 700 call wall. below:
  678.45 range floor, then 670ish.

Fed is {event_1_sessions_until} sessions out ({event_1_date}). not financial advice. position: a few Dec
  700 calls, small.

*⬆ 1.2k · Reply · Share · Report*
""")

clean("letter-QQQ-2026-11-17", "QQQ-2026-11-17", "newsletter", "md",
      "an evening newsletter with masthead, issue number, read time, a quoted analyst from the cited "
      "story, 'one and a half times' volume (1.5x), a quoted 'golden cross', and a long disclaimer "
      "footer with a copyright year and a source count", """\
# The Tuesday Tape — Issue #212

*Nov. 17, 2026 · 6 min read · Free edition*

Good evening. Tech took the hit today. QQQ gave back {change_1d_pct:abs} to {close}, and the Nasdaq 100
  ended at {NDX_close} [1]. That leaves the fund {pct_from_52w_high:abs} below the record close of
  {high_52w} it set on Nov. 11 [1]. The S&P 500 lost 0.5% and the Dow 0.2% as oil's drop hit energy
  shares [2].

One line from the day's coverage sums up the mood: “The trend is intact as long as the S&P 500 holds
  its 50-day line” [1].

Volume ran one and a half times its 20-day average ({volume} against {avg_volume_20}), so the selling
  had some weight behind it.

The chart still leans up. QQQ sits {pct_vs_sma_50} above its 50-day ({sma_50}) and well above the
  200-day ({sma_200}). The 50-day is still rising steeply. The RSI is {rsi_14}, neither overbought nor
  oversold, and MACD ({macd}) has slipped below its signal line ({macd_signal}). The 'golden cross'
  from late July ({cross_since}) is intact.

Over five sessions QQQ is down {change_5d_pct:abs}; for the year it is still up {change_ytd_pct}.

What I'm watching: {level_3} overhead (the round number), then {level_2}; the 50-day below, then
  {level_6}, the bottom of the {range_sessions}-session range.

Sources
<<SOURCES>>

---
*You are receiving The Tuesday Tape because you subscribed at tuesdaytape.example. This newsletter is
for information only and is not investment advice; past performance does not guarantee future
results. © 2026 Tuesday Tape LLC · 2 sources · Unsubscribe*
""", sources=("tw-ndx-slips", "hs-oil"), source_format="plain")

clean("bullets-DIA-2026-06-03", "DIA-2026-06-03", "desk-bullets", "txt",
      "terse desk bullets: four ETFs on one line, 'wk/1m/YTD' labels, an arrow day-by-day line, "
      "'R'/'S' levels, 'x' for the volume ratio, '~half an ATR' (move 0.5 ATR), '6.6%' (the 1-month "
      "6.62% at one decimal)", """\
DIA / Dow desk bullets - Wed 6/3, 16:05 ET

- DIA {close} ({change_1d_pct}, {change_1d}); ^DJI {DJI_close} ({DJI_change_1d_pct}).
- The only red print of the four: SPY {SPY.change_1d_pct:signed}, QQQ {QQQ.change_1d_pct:signed},
  IWM {IWM.change_1d_pct:signed}. 2nd straight session behind SPY, avg gap {streak_avg_margin_bp:abs}/day.
- Wk {change_5d_pct:signed} / 1m {change_1m_pct:signed} / YTD {change_ytd_pct:signed}.
- Mon {back_2} -> Tue {back_1} -> Wed {close}.
- Above the 50d ({sma_50}, {pct_vs_sma_50:signed}) and just above the 200d ({sma_200},
  {pct_vs_sma_200:signed}).
- Death cross still in force (since {cross_since}); 50d still sloping down, 200d flat.
- RSI {rsi_14}, firm but not overbought. MACD {macd} > signal {macd_signal}.
- R {level_3} / {level_1}; S {sma_200} then {level_5}.
- ATR {atr_14}; today's move ~half an ATR.
- Vol {volume} vs {avg_volume_20} avg ({volume_ratio}x).
- Up 6.6% in a month, so no range to speak of.
- 52w high {high_52w} ({high_52w_date}), {pct_from_52w_high:abs} away.
""")

clean("listicle-GSPC-2026-11-20", "idx_GSPC-2026-11-20", "ai-listicle", "md",
      "an AI-assisted SEO listicle, '5 Things to Watch', with a dated title, an update stamp, "
      "numbered headings, 'thirteen sessions' (event_1_sessions_until), a support zone written as a "
      "range ('6,805-6,825': range floor 6,805.34 and 50-day 6,824.87), an FAQ answered 'No' and an "
      "AI-disclosure footer", """\
# 5 Things to Watch After the S&P 500's Friday Bounce (Nov. 20, 2026)

*Updated 5:40 PM ET · AI-assisted summary, edited by the desk · Reading time: 4 minutes*

The S&P 500 closed at {close} on {session:weekday}, up {change_1d:abs} points or {change_1d_pct} [1].
  Here is what matters next.

## 1. The record is within reach
The index sits {pct_from_52w_high:abs} under its closing record of {high_52w}, set on Oct. 22. The
  intraday peak that day, {high_52w_intraday}, is the number a breakout has to clear.

## 2. The Fed, thirteen sessions away
The Federal Reserve decides on {event_1_date:dated}, and November CPI lands a day later, on
  {event_2_date:dated}. Rates are already moving: the 10-year Treasury yield fell to 4.06% [1].

## 3. Tech is doing the lifting
The Nasdaq 100 rose {NDX_change_1d_pct} to {NDX_close} [2], beating the S&P by {divergence_vs_NDX_pp:abs};
  the Dow added {DJI_change_1d_pct} and the Russell 2000 only {RUT_change_1d_pct}.

## 4. Volatility has come in
The VIX fell {VIX_change_1d_pct:abs} to {VIX_close}, back under 16.

## 5. Trend and momentum
The 50-day average ({sma_50}) is rising steeply while the 200-day ({sma_200}) is barely moving. RSI sits
  at {rsi_14}; MACD ({macd}) remains under its signal line ({macd_signal}), so momentum has not confirmed
  the bounce. The golden cross has held for {cross_sessions_since} sessions.

## Bottom line
Support is the 6,805-6,825 zone (the range floor and the 50-day); resistance is 6,968, then the 7,000
  round number.

**FAQ: Is the S&P 500 overbought?** No. An RSI of {rsi_14} is neutral.

### Sources (2)
<<SOURCES>>

*This article was generated with the help of AI and reviewed by an editor. It is not investment advice.*
""", sources=("ld-rebound", "hs-megacap"), source_format="md")

clean("morning-RUT-2026-11-17", "idx_RUT-2026-11-17", "morning-note", "txt",
      "a pre-market morning note the day after the session ('yesterday (Tue)'), on the index with its "
      "ETF beside it, weekday closes of the past week, 'sixteen sessions out' (event_1_sessions_until), "
      "'2,474' for the 50-day at 2,473.93", """\
MORNING NOTE - Small caps | 07:10 ET

Yesterday (Tue) the Russell 2000 lost {change_1d:abs} points, or {change_1d_pct:abs}, to {close}; IWM, the
  ETF, finished at {IWM.close} [1]. It was the third session in a row that small caps lagged the S&P
  500, which gave up {GSPC_change_1d_pct:abs}.

Over five sessions the index is off {change_5d_pct:abs}; over a month it is still up {change_1m_pct},
  and the year-to-date gain is a thin {change_ytd_pct}. The high of the run came on Nov. 12, a close of
  {back_3}, the top of the {range_sessions}-session range. Last Friday it closed at {back_2}, and
  Monday's close was {back_1}.

Chart: 2,474 (the 50-day, {sma_50}) is now resistance, {pct_vs_sma_50:abs} above the close; support is
  {level_5}, then the range floor at {range_lower}. The 200-day ({sma_200}) is far below. The 50-day is
  flat and so is the 200-day. RSI {rsi_14} is dead neutral; MACD ({macd}) is still above its signal
  ({macd_signal}).

Peers yesterday: Nasdaq 100 {NDX_change_1d_pct}, Dow {DJI_change_1d_pct}. VIX {VIX_close}
  ({VIX_change_1d_pct:signed}).

Today: nothing big on the calendar until the Fed on Dec. 9, sixteen sessions out.

[1] <<SOURCES>>
""", sources=("hs-oil",), source_format="bare")

clean("wrap-FRNT-2026-11-20", "FRNT-2026-11-20", "frontier-wrap", "md",
      "an end-of-day wrap on the synthetic frontier-markets ETF with its index, a new closing low, "
      "three lower closes, oversold RSI, both averages falling ('steeply' -9.4%, 'more gently' -1.6% "
      "over 20 sessions), a counter-trend long with 'about three to one' (2.96)", """\
## Frontier fund sinks to a new low as the slide reaches a third day

FRNT fell {change_1d:abs} to {close} on Friday, its third straight lower close and the lowest close of
  the past year; the Frontier Select Markets Index lost {FSMI_change_1d_pct:abs} to {FSMI_close}. Three
  days of losses add up to {close_streak_change_pct:abs}.

The selling is not new. The fund is down {change_1m_pct:abs} in a month and {change_ytd_pct:abs} this
  year, and it has trailed the S&P 500 ETF by {spread_vs_SPY_1m_pp:abs} over the past month. For
  contrast, SPY gained {SPY.change_1d_pct} on Friday and IWM {IWM.change_1d_pct}.

Momentum is stretched: the RSI(14) reads {rsi_14}, deep in oversold territory, while MACD ({macd}) sits
  just below its signal ({macd_signal}). Both averages point down, the 50-day ({sma_50}) steeply and the
  200-day ({sma_200}) more gently, and the death cross of {cross_since} is {cross_sessions_since}
  sessions old. FRNT trades {pct_vs_sma_50:abs} below its 50-day and {pct_vs_sma_200:abs} below its
  200-day. The day's move was about half an ATR ({atr_14}).

A counter-trend long only above {setup_long_entry}: stop {setup_long_stop}, target {setup_long_target},
  about three to one.
""")

clean("review-SPY-2026-06-03", "SPY-2026-06-03", "table-review", "md",
      "a mid-week review built on hand-written tables (four ETFs in columns, a setup table), a "
      "quoted 'death cross' that is true (50-day under the 200-day), 'roughly three quarters' of "
      "average volume (0.74x), five up closes", """\
### SPY mid-week check-in: five up days, light volume, and a death cross that hasn't gone away

| | SPY | QQQ | DIA | IWM |
|---|---|---|---|---|
| close | {close} | {QQQ.close} | {DIA.close} | {IWM.close} |
| day | {change_1d_pct:signed} | {QQQ.change_1d_pct:signed} |
  {DIA.change_1d_pct:signed} | {IWM.change_1d_pct:signed} |

SPY has closed higher five sessions running, a {close_streak_change_pct} climb, and is up
  {change_1m_pct} over the past month, yet today's volume was only {volume}, roughly three quarters of
  its 20-day average ({avg_volume_20}). RSI(14) is {rsi_14}, overbought.

The awkward part: the 50-day ({sma_50}) is still under the 200-day ({sma_200}), the 'death cross' that
  formed on {cross_since}, {cross_sessions_since} sessions ago. Price is above both, {pct_vs_sma_50}
  over the 50-day and {pct_vs_sma_200} over the 200-day. The 50-day is still edging lower while the
  200-day is flat.

| setup | entry | stop | target | R/R |
|---|---|---|---|---|
| long on a break of the shelf | {setup_long_entry} | {setup_long_stop} | {setup_long_target} |
  {setup_long_reward_risk} |

Year to date SPY is still {change_ytd_pct}, and it sits {pct_from_52w_high:abs} under its 52-week closing
  high of {high_52w} ({high_52w_date}).
""")

clean("weekly-IWM-2026-02-13", "IWM-2026-02-13", "weekly-recap", "md",
      "a weekly small-cap recap with the week's dates in the title, a day-by-day line of closes, "
      "'nearly 8%' under the 50-day (7.99%), a six-session slide from a dated close, 'about 2.2 to 1'",
      """\
**The Small-Cap Week | Feb. 9-13, 2026**

A rough one. IWM lost ground every day this week and has now fallen six sessions in a row, a
  {close_streak_change_pct:abs} slide from the {back_6} close on {day_6:dated}.

Day by day: Monday {back_4}, Tuesday {back_3}, Wednesday {back_2}, Thursday {back_1}, Friday {close}.

For the week the fund is down {change_5d_pct:abs}; over the past month it has lost {change_1m_pct:abs},
  and it is now {change_ytd_pct:abs} underwater for 2026. Friday alone cost {change_1d_pct:abs}, or
  {change_1d:abs} a share, while SPY slipped {SPY.change_1d_pct:abs} and QQQ {QQQ.change_1d_pct:abs}. It
  was the fifth straight session of lagging SPY.

The damage on the chart: IWM closed {pct_vs_sma_200:abs} under its 200-day average ({sma_200}) and
  nearly 8% under its 50-day ({sma_50}). The RSI is down to {rsi_14}, deeply oversold, and MACD is
  under its signal. The 50-day has started to roll over; the 200-day is still rising steeply. This is
  a market trending hard, not a range. The golden cross is still technically in place (since July).

Next week: a short below {setup_short_entry} targets {setup_short_target} with a stop at
  {setup_short_stop}, about 2.2 to 1.
""")

clean("faq-QQQ-2025-11-17", "QQQ-2025-11-17", "qa-post", "md",
      "a question-and-answer post written by a model: bold questions, 'Yes.'/'Not yet.' answers, a "
      "record close, 'about 1.4 times' the ATR (move_atr 1.4), 'roughly 1.6 times' volume, "
      "'ninety-seven sessions ago' (cross_sessions_since), two conditional setups", """\
# QQQ Hits a Record: Your Questions Answered (Nov 17, 2025)

**Did QQQ close at a record?** Yes. The Invesco QQQ Trust closed at {close}, up {change_1d_pct}
  ({change_1d}), its highest close on record. The intraday peak was {high}.

**How big was the move?** About 1.4 times its average true range ({atr_14}): a big day, not an extreme one.

**Was volume heavy?** Yes: {volume} shares, roughly 1.6 times the 20-day average of {avg_volume_20}.

**Who led?** Not tech alone. Small caps did better still: IWM rose {IWM.change_1d_pct}, ahead of the
  Nasdaq 100's {NDX_change_1d_pct}. SPY added {SPY.change_1d_pct} and DIA {DIA.change_1d_pct}.

**Is QQQ overbought?** Not yet. RSI(14) is {rsi_14}: warm, short of 70.

**What about the trend?** Strong. QQQ trades {pct_vs_sma_50} above its 50-day average ({sma_50}) and
  {pct_vs_sma_200} above its 200-day ({sma_200}); both averages are rising, and the golden cross dates
  back to July 1, ninety-seven sessions ago.

**How has 2025 gone?** Up {change_ytd_pct} year to date, and {change_5d_pct} over the past five sessions.

**Where are the levels?** Resistance at the {level_1} round number; support at {level_3}, then {level_4}.

**Any trade ideas?** Two, both conditional: a long on a close above {setup_long_entry} (stop
  {setup_long_stop}, target {setup_long_target}, {setup_long_reward_risk} reward/risk), or a short below
  {setup_short_entry} (stop {setup_short_stop}, target {setup_short_target}, {setup_short_reward_risk}).

**And the VIX?** Down {VIX_change_1d_pct:abs} at {VIX_close}: subdued.
""")

clean("chat-IWM-2026-03-30", "IWM-2026-03-30", "trader-chat", "txt",
      "a trading-desk chat log: clock times, handles, lowercase shorthand ('211 handle', 'tgt', '4.4R'), "
      "'4th red close', 'since Tuesday's close' (the four-session streak from Mar 24), a death cross "
      "dated '3/24', the MACD above its signal, 'rolling over hard' (-5.4% in 20 sessions)", """\
#smallcaps-desk - Mon Mar 30

[15:58] dana: IWM 211 handle into the bell. {change_1d_pct} on the day
[16:01] raj: 4th red close in a row, down {close_streak_change_pct:abs} since Tuesday's close
[16:02] dana: death cross printed last Tue (3/24), 50d {sma_50} under 200d {sma_200}. four sessions old
[16:03] raj: rsi {rsi_14}. not oversold yet
[16:03] dana: macd just crossed above signal tho, {macd} vs {macd_signal}
[16:05] mo: VIX {VIX_close}, elevated. QQQ got hit harder than us, {QQQ.change_1d_pct}
[16:06] raj: russell index {RUT_close}. we're sitting right on the 210-211 floor (range low {range_lower})
[16:08] dana: short idea if {setup_short_entry} breaks: stop {setup_short_stop}, tgt
  {setup_short_target}. {setup_short_reward_risk}R
[16:09] mo: month {change_1m_pct}, ytd {change_ytd_pct}. ugly
[16:10] raj: 50d rolling over hard
""")

clean("wire-DIA-2026-11-20", "DIA-2026-11-20", "wire-wrap", "md",
      "a wire-style Dow story: headline with a rounded move, byline and time stamp, the index from "
      "the cited story beside the ETF, Thursday's close, a quoted analyst, 'more than two months' "
      "(a 43-session range), 'about 1.6 times' volume, two setups with 'x:1' ratios", """\
# Dow adds 0.6% as blue chips join Friday's rebound

*By the Markets Staff | Nov. 20, 2026, 5:05 p.m. ET*

The Dow Jones Industrial Average rose 0.6% to 47,220.31 on Friday [1], and the SPDR Dow Jones
  Industrial Average ETF (DIA) closed at {close}, up {change_1d} or {change_1d_pct}. It was DIA's third
  higher close in a row, {close_streak_change_pct} in all.

The blue chips still trailed. The S&P 500 climbed 1.1% and the Nasdaq 100 jumped 1.9% [1]; DIA lagged
  SPY by {divergence_vs_SPY_pp:abs} and QQQ by {divergence_vs_QQQ_pp:abs}, though it beat IWM, which rose
  only {IWM.change_1d_pct}. On Thursday, the Dow added 0.1% to 46,946.60 [2], and DIA settled at {back_1}.

Volume was heavy: {volume} DIA shares changed hands, about 1.6 times the 20-day average. The ETF has been
  boxed between {range_lower} and {range_upper} for {range_sessions} sessions, more than two months, and
  it ended {level_3_distance_pct} below the top of that box.

“We are seeing profit-taking in the winners rather than a change of view,” Gideon Marsh of Tidewater
  Research said on Thursday [2].

The 50-day ({sma_50}) is edging higher and the 200-day ({sma_200}) has flattened. Options: max pain for
  next Friday's expiry is {max_pain}, with the walls at {put_wall} and {call_wall}; put/call OI
  {put_call_oi_ratio}.

Desk setups: a short at {setup_short_entry} (stop {setup_short_stop}, target {setup_short_target}, 2.4:1)
  or a dip-buy at {setup_long_entry} (stop {setup_long_stop}, target {setup_long_target}, 1.8:1).

<<SOURCES>>
""", sources=("ld-rebound", "hs-expiry"), source_format="md")

clean("thread-SPY-2026-11-17", "SPY-2026-11-17", "social-thread", "txt",
      "a numbered social-media thread (1/ ... 5/): shorthand ('50d', 'wk', '2.6R'), several ETFs on one "
      "line, 'sitting on' the 50-day (0.09% above), the 50-day 'climbing fast' (+2.2% in 20 sessions), "
      "the long trigger from the sheet's setup, the FOMC date and its session count", """\
SPY after Tuesday's dip, a thread 🧵

1/ SPY {change_1d_pct} to {close}. That's {pct_vs_sma_50} above the 50d ({sma_50}): basically sitting on it.

2/ the tape: QQQ {QQQ.change_1d_pct}, IWM {IWM.change_1d_pct}, DIA {DIA.change_1d_pct}. VIX up
  {VIX_change_1d_pct} to {VIX_close}. Oil's slide dragged energy [1].

3/ bigger picture: {change_5d_pct} on the wk, {change_1m_pct} on the month, still {change_ytd_pct:signed}
  YTD. {pct_from_52w_high:abs} under the Oct 22 record close ({high_52w}).

4/ momentum: RSI {rsi_14}, MACD {macd} under its {macd_signal} signal. 50d still climbing fast (the golden
  cross is {cross_sessions_since} sessions old), 200d flat.

5/ levels: {level_3} is the bottom of the {range_sessions}-session range, {level_4} below that. Over us,
  {level_1}. The long trigger I track is {setup_long_entry} (stop {setup_long_stop}, target
  {setup_long_target}, {setup_long_reward_risk}R). FOMC Dec 9, {event_1_sessions_until} sessions away.

<<SOURCES>>
""", sources=("hs-oil",), source_format="thread")

clean("brief-QQQ-2026-11-20", "QQQ-2026-11-20", "closing-brief", "md",
      "a closing-bell brief with a numeric date in its header ('11.20.26'), size words that fit "
      "(QQQ 'surged' 1.90% = 1.6 ATR), 'twice its usual volume' (2.0x), 'half a percent under' its "
      "record close (0.53%), a labelled 'Week:/Month:/2026:' line and the options walls", """\
**CLOSING BELL BRIEF · Nasdaq 100 · 11.20.26**

QQQ surged {change_1d_pct} to {close} on {session:weekday}, a move of 1.6 ATRs on twice its usual volume
  ({volume} vs {avg_volume_20}). It gapped {gap_pct} higher at the open and touched {high} before
  settling half a percent under its record close of {high_52w} from Nov. 11 [1]. The Nasdaq 100 itself
  finished at {NDX_close}, up {NDX_change_1d_pct} [1].

The rest of the tape was slower: SPY rose {SPY.change_1d_pct}, DIA {DIA.change_1d_pct} and IWM
  {IWM.change_1d_pct}. QQQ beat SPY by {divergence_vs_SPY_pp:abs} and IWM by {divergence_vs_IWM_pp:abs}.

Week: {change_5d_pct:signed}. Month: {change_1m_pct:signed}. 2026: {change_ytd_pct:signed}.

Options into next Friday: max pain {max_pain}, call wall {call_wall}, put wall {put_wall}, put/call OI
  {put_call_oi_ratio}. The 50-day ({sma_50}) keeps rising; RSI {rsi_14}; MACD {macd} is still a touch
  under its {macd_signal} signal.

<<SOURCES>>
""", sources=("hs-megacap",), source_format="md")

clean("chart-DIA-2025-11-17", "DIA-2025-11-17", "chart-blog", "md",
      "a 'chart of the day' blog post with a long date in its title, comment count, the day's "
      "dollar move in words ('four dollars and twenty-six cents'), 'nearly 30%' above the April low "
      "(29.75%), an overbought RSI, and DIA lagging all three peers", """\
## Chart of the Day: The Dow ETF Closes at a Record (Monday, November 17, 2025)

*Posted at 6:30 PM by the chart desk · 3 comments*

The SPDR Dow Jones Industrial Average ETF rose {change_1d_pct} on Monday to {close}, a record close, as
  the Dow itself added {DJI_change_1d_pct} to {DJI_close}. That is a gain of four dollars and twenty-six
  cents a share. The intraday high was {high}.

DIA is up {change_5d_pct} over five sessions and {change_ytd_pct} in 2025, and it has climbed nearly
  30% from its April 16 low of {low_52w}. At {rsi_14}, the RSI is overbought, the first warning sign.

The trend is not in question: the 50-day ({sma_50}) is climbing steeply, price sits {pct_vs_sma_200}
  above the 200-day ({sma_200}), and the golden cross is {cross_sessions_since} sessions old.

Still, DIA lagged all three of the other big ETFs: SPY {SPY.change_1d_pct:signed}, QQQ
  {QQQ.change_1d_pct:signed}, IWM {IWM.change_1d_pct:signed}. Volume was about average
  ({volume_ratio}x).

Resistance is the {level_1} round number; support sits at {level_2}, then {level_3}.
""")

clean("note-FSMI-2026-11-20", "idx_FSMI-2026-11-20", "index-note", "txt",
      "an index note in points with 'k' shorthand ('35.1k', '37.9k', '39.2k', '43.7k'), 'pts', a "
      "day-first date in the title, 'within a whisker' of 35k support (0.32% above it), the ETF "
      "that tracks the index, and the drop from the dated August peak", """\
Frontier Select Markets Index - session note, 20 Nov 2026

The FSMI closed at {close} ({change_1d:signed} pts, {change_1d_pct}), a fresh 52-week closing low and its
third lower close in a row. That is {close_streak_change_pct:abs} in three sessions and
{change_1m_pct:abs} in a month; year to date it is down {change_ytd_pct:abs}, while SPY is up
{SPY.change_ytd_pct}.

Round numbers: the index is about 35.1k, within a whisker of 35k support (0.32% above it);
resistance near 35.5k, then 37.9k. The 50-day (39.2k) is sinking fast and the 200-day (43.7k) is
sliding too; the index is {pct_vs_sma_50:abs} under the 50-day.

RSI {rsi_14}: oversold. The ETF that tracks the index, FRNT, closed at {FRNT.close}, down
{FRNT.change_1d_pct:abs}. From the August 19 peak of {high_52w} the index has lost
{pct_from_52w_high:abs}.
""")

clean("letter-IWM-2026-11-17", "IWM-2026-11-17", "uk-newsletter", "md",
      "a newsletter in British style: 'per cent' spelled out, day-first dates ('12 November'), "
      "'half a per cent' (SPY -0.50%), a move since a dated close ('1.6 per cent since': 245.28 / "
      "249.26), a reader's quoted 'golden cross' that is true, a cited quote and a disclaimer line",
      """\
# The Small-Cap Letter — Tuesday 17 November 2026

Small caps gave back another slice today. The iShares Russell 2000 ETF fell 0.8 per cent to {close}
  and the Russell 2000 index shed 0.78 per cent to {RUT_close}, a third straight session behind the
  S&P 500 (SPY was down half a per cent).

A week ago the picture looked better: on 12 November IWM closed at {back_3}, the top of its range, and
  it has slipped 1.6 per cent since. Over a month the ETF is still up 1.46 per cent, and it is 0.82 per
  cent higher on the year.

RSI {rsi_14}, as neutral as it gets. MACD {macd} remains above its {macd_signal} signal. The price is
  0.38 per cent below the 50-day average ({sma_50}), which is flat; the 200-day ({sma_200}) is well
  below, also flat. One reader's description, a 'golden cross' market, still holds: the 50-day is
  above the 200-day.

Range: {range_lower} to {range_upper} over {range_sessions} sessions. Support {level_5} and
  {level_6}; resistance {sma_50} and {range_upper}.

“Small caps need lower rates and a better read on growth, and right now they have neither locked in,”
  said Owen Fairweather, a small-cap portfolio manager at Millbrook Capital [1].

<<SOURCES>>

*Disclaimer: The Small-Cap Letter is published for information; nothing here is a recommendation.
Data as of 4:00 p.m. ET.*
""", sources=("ld-rut-lower",), source_format="plain")

clean("blog-IWM-2026-11-20", "IWM-2026-11-20", "evening-blog", "md",
      "an evening blog post that quotes the cited story's range and its chart watchers' levels in "
      "quotation marks, a macro gauge from a cited rates story, weekday closes, the 52-week high "
      "with its 2025 date", """\
## Small caps, again, sat it out

IWM closed at {close} on Friday ({change_1d_pct:signed}), while the Nasdaq 100 surged 1.9% [1]. That
  makes six sessions in a row in which IWM trailed SPY [1]; its average shortfall over the run is
  {streak_avg_margin_bp:abs} a day.

The five-week box is the story: IWM is "boxed between roughly $240 and $250" [1]. Chart watchers put
  support at $240 and resistance at $250 [1]. In closing terms the range is
  {range_lower}-{range_upper} over {range_sessions} sessions. Thursday it closed at {back_1},
  Wednesday at {back_2}.

IWM is {pct_vs_sma_50:abs} under its 50-day ({sma_50}) and {pct_vs_sma_200} over its 200-day
  ({sma_200}). The 52-week high is {high_52w} from Nov. 28, 2025; IWM sits {pct_from_52w_high:abs}
  below it. On the week it's down {change_5d_pct:abs}, on the month down {change_1m_pct:abs}, and year
  to date up just {change_ytd_pct}.

Rates helped at the margin: the 10-year Treasury yield fell 7 basis points to 4.06% [2]. RSI
  {rsi_14}; MACD {macd} sits under its {macd_signal} signal.

<<SOURCES>>
""", sources=("ld-smallcaps", "mb-yields"), source_format="md")

clean("global-SPY-2026-11-20", "SPY-2026-11-20", "global-close", "txt",
      "a global close sheet, one line per region: DAX, Nikkei, Hang Seng, SPY/QQQ/VIX, gold and WTI, "
      "FX and bitcoin with Thursday's marks ('about $91.2k')", """\
GLOBAL CLOSE | Friday 20 November

Europe: the DAX added {xmkt_dax_change_pct} to {xmkt_dax}.
Asia: Tokyo's Nikkei 225 rose {xmkt_nikkei_change_pct} to {xmkt_nikkei}; Hong Kong's Hang Seng fell
  {xmkt_hang_seng_change_pct:abs} to {xmkt_hang_seng}, the region's laggard.
US: SPY {change_1d_pct:signed} to {close}; QQQ {QQQ.change_1d_pct:signed}; the VIX down to {VIX_close}.
Commodities: gold {xmkt_gold_change_pct:signed} at ${xmkt_gold} an ounce; WTI crude
  {xmkt_wti_change_pct:signed} to ${xmkt_wti} a barrel.
FX & crypto (Thursday's marks): EUR/USD {xmkt_eur_usd} ({xmkt_eur_usd_change_pct:signed}), USD/JPY
  {xmkt_usd_jpy} ({xmkt_usd_jpy_change_pct:signed}), bitcoin about $91.2k ({xmkt_bitcoin_change_pct:signed}).
""")

clean("radio-QQQ-2026-11-17", "QQQ-2026-11-17", "radio-transcript", "txt",
      "a radio 'market minute' transcript with nearly every figure in words: 'about nine-tenths of "
      "one percent' (-0.90%), 'six hundred fifteen dollars and ninety-seven cents', 'roughly two "
      "percent' under the record (2.19%), 'the high forties' (RSI 48.4), 'near six hundred thirteen "
      "dollars' (the 50-day at 612.70), 'seventeen point six' (VIX), 'sixteen sessions' to the Fed",
      """\
MARKET MINUTE (transcript, 4:30 p.m.)

Good afternoon. The Nasdaq 100 fund, QQQ, fell about nine-tenths of one percent today, closing at six
  hundred fifteen dollars and ninety-seven cents. That leaves it roughly two percent below the record
  close it set last Wednesday, November eleventh.

Elsewhere, the S&P 500 fund lost half a percent and the Dow fund two-tenths of a percent. Small caps
  fell eight-tenths of a percent. The VIX climbed six percent to seventeen point six.

QQQ's RSI is in the high forties, and the fund still sits above its fifty-day average, which is near six
  hundred thirteen dollars. Volume ran about one and a half times normal.

The next Fed decision is December ninth, sixteen sessions from now. That's your Market Minute.
""")


# ---------------------------------------------------------------- the planted errors


Plant = kit.PlantedText


# The expected code is the README's documented one: a figure named as a specific fact that differs
# is `value-mismatch`; a figure matching nothing is `number-untraced`; size words are
# `magnitude-mismatch`; RSI/MACD words (also denied) `indicator-mismatch`; crosses, 'range-bound'
# and slope words on an average (rising, flat, rolling over) `pattern-mismatch`; a support above /
# resistance below the close
# `level-wrong-side`; stop/entry/target order `setup-geometry`, a wrong stated reward/risk
# `setup-reward-risk`; a weekday wrong for its date `weekday-mismatch`; a dated high/cross on a
# date no fact holds `date-untraced`; a citation to a missing source `citation-unresolved`, to a
# source sharing nothing with the sentence `citation-unsupported`.
# Two labels were corrected after the first blind run (see FIRST_SCORE): the README names no code
# for slope words, and they had been labelled `direction-mismatch` (the verifier says
# `pattern-mismatch`, as this set already did for 'range-bound'); bitcoin's '$93.2k' names
# bitcoin's level, so it is a `value-mismatch` by the README, not `number-untraced`.
PLANTS: list[Plant] = [
    # ---- optdesk-IWM-2026-11-20
    Plant("optdesk-IWM-2026-11-20", "value-putcall", "value", "value-mismatch",
          "put/call OI stands at 1.12", "put/call OI stands at 1.17", "1.17",
          "put/call OI 1.12 written 1.17"),
    Plant("optdesk-IWM-2026-11-20", "history-wednesday", "history", "value-mismatch",
          "$244.79 on Wednesday", "$244.97 on Wednesday", "$244.97",
          "Wednesday's close ($244.79) with two digits swapped"),
    Plant("optdesk-IWM-2026-11-20", "level-50d-support", "level", "level-wrong-side",
          "is resistance overhead", "is support underneath", "the 50-day ($245.77) is support underneath",
          "the 50-day ($245.77) is above the $244.30 close, called support"),
    Plant("optdesk-IWM-2026-11-20", "negation-no-golden", "negation", "pattern-mismatch",
          "No death cross here", "No golden cross here", "No golden cross here",
          "the golden cross holds since Aug 10; its absence is claimed"),
    # ---- reddit-SPY-2026-11-20
    Plant("reddit-SPY-2026-11-20", "words-rsi", "words", "value-mismatch",
          "a boring fifty-five", "a boring sixty-five", "sixty-five",
          "RSI 55.0 written 'sixty-five'"),
    Plant("reddit-SPY-2026-11-20", "words-off-ath", "words", "value-mismatch",
          "about one percent off the ATH", "about three percent off the ATH", "three percent",
          "0.97% from the record close written 'about three percent'"),
    Plant("reddit-SPY-2026-11-20", "subject-iwm-gets-dia", "subject", "value-mismatch",
          "IWM managed a measly 0.30%", "IWM managed a measly 0.60%", "0.60%",
          "IWM's +0.30% day given DIA's +0.60%", real_figure=True),
    Plant("reddit-SPY-2026-11-20", "timeframe-week-is-ytd", "timeframe", "value-mismatch",
          "over the week SPY is up 1.10%", "over the week SPY is up 3.28%", "SPY is up 3.28%",
          "the weekly +1.10% replaced by the YTD +3.28%", real_figure=True),
    # ---- letter-QQQ-2026-11-17
    Plant("letter-QQQ-2026-11-17", "quotation-death-cross", "quotation", "pattern-mismatch",
          "The 'golden cross'", "The 'death cross'", "death cross",
          "a quoted 'death cross' while the 50-day is above the 200-day since Jul 27"),
    Plant("letter-QQQ-2026-11-17", "negation-macd", "negation", "indicator-mismatch",
          "has slipped below its signal line", "has not slipped below its signal line",
          "has not slipped below its signal line", "MACD 2.43 is below its 3.05 signal; denied"),
    Plant("letter-QQQ-2026-11-17", "trend-50d-rolling", "trend", "pattern-mismatch",
          "The 50-day is still rising steeply.", "The 50-day is rolling over.", "rolling over",
          "the 50-day rose 1.8% in 20 sessions"),
    Plant("letter-QQQ-2026-11-17", "citation-record-to-oil", "citation", "citation-unsupported",
          "Nov. 11 [1]", "Nov. 11 [2]", "Nov. 11 [2]",
          "QQQ's distance from its record cites the oil story, which names neither QQQ nor the record"),
    # ---- bullets-DIA-2026-06-03
    Plant("bullets-DIA-2026-06-03", "trend-50d-up", "trend", "pattern-mismatch",
          "50d still sloping down", "50d sloping up", "50d sloping up",
          "the 50-day fell 0.93% in 20 sessions"),
    Plant("bullets-DIA-2026-06-03", "value-atr", "value", "value-mismatch",
          "ATR $5.20", "ATR $5.02", "$5.02", "ATR $5.20 written $5.02"),
    Plant("bullets-DIA-2026-06-03", "history-tue-high", "history", "value-mismatch",
          "Tue $463.78", "Tue $464.70", "$464.70",
          "Tuesday's close given as Tuesday's high ($464.70)", real_figure=True),
    Plant("bullets-DIA-2026-06-03", "timeframe-wk-is-1m", "timeframe", "value-mismatch",
          "Wk +2.78%", "Wk +6.62%", "Wk +6.62%",
          "the weekly +2.78% replaced by the 1-month +6.62%", real_figure=True),
    Plant("bullets-DIA-2026-06-03", "level-r-below", "level", "level-wrong-side",
          "R $463.64 /", "R $453.39 /", "R $453.39",
          "a resistance at $453.39, below the $461.11 close", real_figure=True),
    # ---- listicle-GSPC-2026-11-20
    Plant("listicle-GSPC-2026-11-20", "date-fed-weekday", "date", "weekday-mismatch",
          "decides on Wednesday, Dec 9", "decides on Tuesday, Dec 9", "Tuesday, Dec 9",
          "Dec 9, 2026 is a Wednesday"),
    Plant("listicle-GSPC-2026-11-20", "words-fed-sessions", "words", "value-mismatch",
          "The Fed, thirteen sessions away", "The Fed, three sessions away", "three sessions",
          "the Fed is 13 sessions away, written 'three'"),
    Plant("listicle-GSPC-2026-11-20", "negation-macd-no-longer", "negation", "indicator-mismatch",
          "remains under its signal line", "is no longer under its signal line",
          "no longer under its signal line", "MACD 8.49 is under its 16.37 signal; denied"),
    Plant("listicle-GSPC-2026-11-20", "level-support-zone-above", "level", "level-wrong-side",
          "Support is the 6,805-6,825 zone", "Support is the 6,950-6,970 zone", "6,950-6,970",
          "a support zone above the 6,901.69 close"),
    Plant("listicle-GSPC-2026-11-20", "citation-yields-to-megacap", "citation", "citation-unsupported",
          "4.06% [1]", "4.06% [2]", "4.06% [2]",
          "the yields sentence cites the megacap-tech story, which says nothing of yields"),
    # ---- morning-RUT-2026-11-17
    Plant("morning-RUT-2026-11-17", "history-monday-is-friday", "history", "value-mismatch",
          "Monday's close was 2,485.09", "Monday's close was 2,482.49", "2,482.49",
          "Monday's close given Friday's (2,482.49)", real_figure=True),
    Plant("morning-RUT-2026-11-17", "subject-ndx-gets-rut", "subject", "value-mismatch",
          "Nasdaq 100 -0.90%", "Nasdaq 100 -0.78%", "-0.78%",
          "the Nasdaq 100 given the Russell's -0.78%", real_figure=True),
    Plant("morning-RUT-2026-11-17", "timeframe-month-is-ytd", "timeframe", "value-mismatch",
          "still up 1.48%", "still up 0.85%", "still up 0.85%",
          "the 1-month +1.48% replaced by the YTD +0.85%", real_figure=True),
    Plant("morning-RUT-2026-11-17", "words-fed-sixteen", "words", "value-mismatch",
          "sixteen sessions out", "six sessions out", "six sessions",
          "the Fed is 16 sessions out, written 'six'"),
    Plant("morning-RUT-2026-11-17", "trend-50d-steep", "trend", "pattern-mismatch",
          "The 50-day is flat", "The 50-day is climbing steeply", "climbing steeply",
          "the 50-day rose 0.39% in 20 sessions: 'steeply' needs 1.5%"),
    # ---- wrap-FRNT-2026-11-20
    Plant("wrap-FRNT-2026-11-20", "magnitude-iwm-soared", "magnitude", "magnitude-mismatch",
          "and IWM 0.30%", "and IWM soared 0.30%", "soared",
          "IWM's +0.30% (0.2 ATR) called 'soared'"),
    Plant("wrap-FRNT-2026-11-20", "setup-stop-above", "setup", "setup-geometry",
          "stop $30.53", "stop $31.53", "$31.53", "a long with its stop above its $31.00 entry"),
    Plant("wrap-FRNT-2026-11-20", "negation-nowhere-near", "negation", "indicator-mismatch",
          "deep in oversold territory", "nowhere near oversold territory", "nowhere near oversold",
          "RSI 22.9 denied to be oversold"),
    Plant("wrap-FRNT-2026-11-20", "value-rsi", "value", "value-mismatch",
          "the RSI(14) reads 22.9", "the RSI(14) reads 32.9", "32.9", "RSI 22.9 written 32.9"),
    Plant("wrap-FRNT-2026-11-20", "words-reward-risk", "words", "setup-reward-risk",
          "about three to one", "about four to one", "four to one",
          "reward/risk (32.39-31.00)/(31.00-30.53) = 2.96 written 'about four to one'"),
    Plant("wrap-FRNT-2026-11-20", "trend-200d-flat", "trend", "pattern-mismatch",
          "200-day ($37.38) more gently", "200-day ($37.38) gone flat", "gone flat",
          "the 200-day fell 1.57% in 20 sessions"),
    # ---- review-SPY-2026-06-03
    Plant("review-SPY-2026-06-03", "setup-table-stop", "setup", "setup-geometry",
          "| $657.79 |", "| $667.79 |", "$667.79", "a long's stop above its $665.54 entry, in a table"),
    Plant("review-SPY-2026-06-03", "quotation-golden", "quotation", "pattern-mismatch",
          "the 'death cross' that", "the 'golden cross' that", "golden cross",
          "a quoted 'golden cross' while the 50-day is under the 200-day"),
    Plant("review-SPY-2026-06-03", "subject-table-qqq", "subject", "value-mismatch",
          "| $659.18 | $595.41 |", "| $659.18 | $659.18 |", "$659.18 | $659.18",
          "the QQQ column given SPY's close", real_figure=True),
    Plant("review-SPY-2026-06-03", "words-volume-half", "words", "value-mismatch",
          "roughly three quarters of", "roughly half of", "roughly half",
          "volume 0.74x its average written 'roughly half'"),
    Plant("review-SPY-2026-06-03", "trend-50d-higher", "trend", "pattern-mismatch",
          "The 50-day is still edging lower", "The 50-day is now turning higher", "turning higher",
          "the 50-day fell 0.31% in 20 sessions"),
    # ---- weekly-IWM-2026-02-13
    Plant("weekly-IWM-2026-02-13", "history-tuesday-low", "history", "value-mismatch",
          "Tuesday $235.10", "Tuesday $234.53", "Tuesday $234.53",
          "Tuesday's close given as Tuesday's low", real_figure=True),
    Plant("weekly-IWM-2026-02-13", "timeframe-week-is-month", "timeframe", "value-mismatch",
          "the fund is down 4.94%", "the fund is down 10.88%", "the fund is down 10.88%",
          "the weekly -4.94% replaced by the 1-month -10.88%", real_figure=True),
    Plant("weekly-IWM-2026-02-13", "magnitude-qqq-plunged", "magnitude", "magnitude-mismatch",
          "and QQQ 0.41%", "and QQQ plunged 0.41%", "plunged",
          "QQQ's -0.41% called 'plunged'"),
    Plant("weekly-IWM-2026-02-13", "negation-not-oversold", "negation", "indicator-mismatch",
          "deeply oversold", "not even oversold", "not even oversold", "RSI 21.4 denied to be oversold"),
    Plant("weekly-IWM-2026-02-13", "trend-range-bound", "trend", "pattern-mismatch",
          "a market trending hard, not a range", "a market range-bound for weeks",
          "range-bound for weeks", "'range-bound for weeks' in a -10.88% month"),
    Plant("weekly-IWM-2026-02-13", "setup-ratio", "setup", "setup-reward-risk",
          "about 2.2 to 1", "about 3.2 to 1", "3.2 to 1", "reward/risk 2.2 written 3.2"),
    # ---- faq-QQQ-2025-11-17
    Plant("faq-QQQ-2025-11-17", "words-cross-sessions", "words", "value-mismatch",
          "ninety-seven sessions ago", "seventy-nine sessions ago", "seventy-nine sessions",
          "the golden cross is 97 sessions old, written 'seventy-nine'"),
    Plant("faq-QQQ-2025-11-17", "subject-dia-gets-iwm", "subject", "value-mismatch",
          "and DIA 0.89%", "and DIA 1.96%", "DIA 1.96%", "DIA given IWM's +1.96%", real_figure=True),
    Plant("faq-QQQ-2025-11-17", "setup-short-stop", "setup", "setup-geometry",
          "(stop $626.09", "(stop $609.09", "$609.09", "a short's stop below its $617.74 entry"),
    Plant("faq-QQQ-2025-11-17", "negation-yes-overbought", "negation", "indicator-mismatch",
          "**Is QQQ overbought?** Not yet.", "**Is QQQ overbought?** Yes, clearly.", "Yes, clearly",
          "answered 'Yes' at RSI 65.6"),
    Plant("faq-QQQ-2025-11-17", "history-cross-date", "history", "date-untraced",
          "back to July 1", "back to June 1", "June 1", "the golden cross formed on Jul 1, 2025"),
    # ---- chat-IWM-2026-03-30
    Plant("chat-IWM-2026-03-30", "date-wed-3-24", "date", "weekday-mismatch",
          "last Tue (3/24)", "last Wed (3/24)", "Wed (3/24)", "Mar 24, 2026 is a Tuesday"),
    Plant("chat-IWM-2026-03-30", "negation-macd-hasnt", "negation", "indicator-mismatch",
          "macd just crossed above signal tho", "macd still hasn't crossed above signal",
          "hasn't crossed above signal", "MACD -3.77 is above its -4.40 signal; denied"),
    Plant("chat-IWM-2026-03-30", "setup-r-multiple", "setup", "setup-reward-risk",
          "4.4R", "5.4R", "5.4R", "reward/risk 4.4 written 5.4R"),
    Plant("chat-IWM-2026-03-30", "subject-qqq-gets-iwm", "subject", "value-mismatch",
          "harder than us, -1.44%", "harder than us, -1.24%", "-1.24%",
          "QQQ given IWM's -1.24%", real_figure=True),
    Plant("chat-IWM-2026-03-30", "timeframe-month-is-streak", "timeframe", "value-mismatch",
          "month -3.87%", "month -2.54%", "month -2.54%",
          "the 1-month -3.87% replaced by the four-session -2.54%", real_figure=True),
    Plant("chat-IWM-2026-03-30", "trend-50d-flattening", "trend", "pattern-mismatch",
          "50d rolling over hard", "50d flattening out", "50d flattening out",
          "the 50-day fell 5.4% in 20 sessions"),
    # ---- wire-DIA-2026-11-20
    Plant("wire-DIA-2026-11-20", "citation-unresolved", "citation", "citation-unresolved",
          "Research said on Thursday [2]", "Research said on Thursday [3]", "[3]",
          "the article lists two sources"),
    Plant("wire-DIA-2026-11-20", "history-thursday-is-wednesday", "history", "value-mismatch",
          "DIA settled at $468.79", "DIA settled at $468.32", "$468.32",
          "Thursday's close given Wednesday's ($468.32)", real_figure=True),
    Plant("wire-DIA-2026-11-20", "subject-iwm-gets-dia", "subject", "value-mismatch",
          "rose only 0.30%", "rose only 0.60%", "0.60%",
          "IWM given DIA's +0.60%", real_figure=True),
    Plant("wire-DIA-2026-11-20", "words-volume", "words", "value-mismatch",
          "about 1.6 times the 20-day average", "about two and a half times the 20-day average",
          "two and a half times", "volume 1.6x written 'two and a half times'"),
    Plant("wire-DIA-2026-11-20", "setup-short-ratio", "setup", "setup-reward-risk",
          "2.4:1", "1.4:1", "1.4:1", "the short's reward/risk 2.4 written 1.4:1"),
    # ---- thread-SPY-2026-11-17
    Plant("thread-SPY-2026-11-17", "date-fomc-thursday", "date", "weekday-mismatch",
          "FOMC Dec 9", "FOMC Thu Dec 9", "Thu Dec 9", "Dec 9, 2026 is a Wednesday"),
    Plant("thread-SPY-2026-11-17", "trend-50d-flattening", "trend", "pattern-mismatch",
          "50d still climbing fast", "50d flattening out", "50d flattening out",
          "the 50-day rose 2.2% in 20 sessions"),
    Plant("thread-SPY-2026-11-17", "subject-qqq-gets-spy", "subject", "value-mismatch",
          "QQQ -0.90%", "QQQ -0.50%", "QQQ -0.50%", "QQQ given SPY's -0.50%", real_figure=True),
    # ---- brief-QQQ-2026-11-20
    Plant("brief-QQQ-2026-11-20", "magnitude-edged", "magnitude", "magnitude-mismatch",
          "QQQ surged 1.90%", "QQQ edged up 1.90%", "edged up",
          "a 1.90% move of 1.6 ATR called 'edged up'"),
    Plant("brief-QQQ-2026-11-20", "words-full-percent", "words", "value-mismatch",
          "half a percent under", "a full percent under", "a full percent",
          "0.53% under the record close written 'a full percent'"),
    Plant("brief-QQQ-2026-11-20", "timeframe-week-is-month", "timeframe", "value-mismatch",
          "Week: +1.28%", "Week: +0.27%", "Week: +0.27%",
          "the weekly +1.28% replaced by the 1-month +0.27%", real_figure=True),
    Plant("brief-QQQ-2026-11-20", "history-record-date", "history", "date-untraced",
          "from Nov. 11", "from Nov. 12", "Nov. 12",
          "the record close was Nov 11; Nov 12 is the intraday high's date, not the close's",
          real_figure=True),
    # ---- chart-DIA-2025-11-17
    Plant("chart-DIA-2025-11-17", "negation-not-yet-overbought", "negation", "indicator-mismatch",
          "the RSI is overbought", "the RSI is not yet overbought", "not yet overbought",
          "RSI 72.8 denied to be overbought"),
    Plant("chart-DIA-2025-11-17", "words-dollars-cents", "words", "value-mismatch",
          "four dollars and twenty-six cents", "four dollars and sixty-two cents",
          "four dollars and sixty-two", "the $4.26 move written 'four dollars and sixty-two cents'"),
    Plant("chart-DIA-2025-11-17", "direction-led", "direction", "direction-mismatch",
          "DIA lagged all three", "DIA led all three", "DIA led all three",
          "DIA +0.89% under SPY, QQQ and IWM"),
    Plant("chart-DIA-2025-11-17", "history-low-date", "history", "date-untraced",
          "its April 16 low", "its April 9 low", "April 9", "the 52-week low was on Apr 16, 2025"),
    # ---- note-FSMI-2026-11-20
    Plant("note-FSMI-2026-11-20", "value-k-level", "value", "number-untraced",
          "then 37.9k", "then 38.9k", "38.9k", "a resistance at 38.9k that no fact holds"),
    Plant("note-FSMI-2026-11-20", "words-whisker", "words", "value-mismatch",
          "(0.32% above it)", "(three percent above it)", "three percent",
          "0.32% above the 35k level written 'three percent'"),
    Plant("note-FSMI-2026-11-20", "subject-frnt-gets-index", "subject", "value-mismatch",
          "down\n0.86%", "down\n0.88%", "0.88%", "FRNT given the index's -0.88%", real_figure=True),
    # ---- letter-IWM-2026-11-17
    Plant("letter-IWM-2026-11-17", "words-per-cent", "words", "value-mismatch",
          "fell 0.8 per cent", "fell 1.8 per cent", "1.8 per cent", "the -0.80% day written '1.8 per cent'"),
    Plant("letter-IWM-2026-11-17", "history-nov12-high", "history", "value-mismatch",
          "IWM closed at $249.26", "IWM closed at $249.95", "$249.95",
          "Nov 12's close given as its high ($249.95)", real_figure=True),
    Plant("letter-IWM-2026-11-17", "timeframe-since-date", "timeframe", "value-mismatch",
          "slipped 1.6 per cent since", "slipped 1.0 per cent since", "1.0 per cent",
          "the move since the Nov 12 close (-1.60%) replaced by the weekly -1.00%", real_figure=True),
    Plant("letter-IWM-2026-11-17", "quotation-death-cross", "quotation", "pattern-mismatch",
          "a 'golden cross' market", "a 'death cross' market", "death cross",
          "a quoted 'death cross' while the 50-day is above the 200-day"),
    # ---- blog-IWM-2026-11-20
    Plant("blog-IWM-2026-11-20", "value-yield-bp", "value", "number-untraced",
          "fell 7 basis points", "fell 17 basis points", "17 basis points",
          "the cited story says 7 basis points; no data holds the yield"),
    Plant("blog-IWM-2026-11-20", "citation-yields-to-smallcaps", "citation", "citation-unsupported",
          "4.06% [2]", "4.06% [1]", "4.06% [1]",
          "the yields sentence cites the small-caps story, which says nothing of yields"),
    Plant("blog-IWM-2026-11-20", "level-sources-swapped", "level", "level-wrong-side",
          "support at $240 and resistance at $250", "support at $250 and resistance at $240",
          "support at $250", "the chart watchers' support and resistance swapped"),
    Plant("blog-IWM-2026-11-20", "history-thursday-swap", "history", "value-mismatch",
          "Thursday it closed at $243.57", "Thursday it closed at $244.79", "$244.79",
          "Thursday's close given Wednesday's ($244.79)", real_figure=True),
    # ---- global-SPY-2026-11-20
    Plant("global-SPY-2026-11-20", "subject-nikkei-gets-dax", "subject", "value-mismatch",
          "Nikkei 225 rose 0.41%", "Nikkei 225 rose 0.62%", "0.62%",
          "the Nikkei given the DAX's +0.62%", real_figure=True),
    Plant("global-SPY-2026-11-20", "direction-hang-seng", "direction", "direction-mismatch",
          "Hang Seng fell 1.21%", "Hang Seng rose 1.21%", "Hang Seng rose 1.21%",
          "the Hang Seng fell 1.21%"),
    Plant("global-SPY-2026-11-20", "value-bitcoin-k", "value", "value-mismatch",
          "about $91.2k", "about $93.2k", "$93.2k", "bitcoin at 91,229 written '$93.2k'"),
    # ---- radio-QQQ-2026-11-17
    Plant("radio-QQQ-2026-11-17", "words-close", "words", "value-mismatch",
          "six hundred fifteen dollars", "six hundred fifty-one dollars", "six hundred fifty-one dollars",
          "the $615.97 close written 'six hundred fifty-one dollars and ninety-seven cents'"),
    Plant("radio-QQQ-2026-11-17", "words-rsi-fifties", "words", "indicator-mismatch",
          "in the high forties", "in the high fifties", "high fifties", "RSI 48.4 called 'the high fifties'"),
    Plant("radio-QQQ-2026-11-17", "subject-smallcaps-get-qqq", "subject", "value-mismatch",
          "Small caps fell eight-tenths", "Small caps fell nine-tenths", "nine-tenths",
          "small caps (-0.78%/-0.80%) given QQQ's -0.90%", real_figure=True),
    Plant("radio-QQQ-2026-11-17", "date-record-thursday", "date", "weekday-mismatch",
          "last Wednesday, November eleventh", "last Thursday, November eleventh",
          "Thursday, November eleventh",
          "Nov 11, 2026 is a Wednesday"),
    # ---- more quotation and magnitude plants
    Plant("brief-QQQ-2026-11-20", "quotation-overbought", "quotation", "indicator-mismatch",
          "RSI 56.4;", "RSI 56.4, 'overbought';", "overbought",
          "RSI 56.4 called 'overbought' in quotation marks, no source says it"),
    Plant("bullets-DIA-2026-06-03", "quotation-golden-in-force", "quotation", "pattern-mismatch",
          "Death cross still in force", "'Golden cross' still in force", "Golden cross",
          "a quoted 'golden cross' while the 50-day is under the 200-day since Apr 8"),
    Plant("thread-SPY-2026-11-17", "magnitude-dia-plunged", "magnitude", "magnitude-mismatch",
          "DIA -0.20%", "DIA plunged 0.20%", "plunged", "DIA's -0.20% called 'plunged'"),
    Plant("morning-RUT-2026-11-17", "magnitude-dow-plunging", "magnitude", "magnitude-mismatch",
          "Dow -0.21%", "the Dow plunging 0.21%", "plunging", "the Dow's -0.21% called 'plunging'"),
    Plant("radio-QQQ-2026-11-17", "magnitude-dow-words", "magnitude", "magnitude-mismatch",
          "the Dow fund two-tenths of a percent", "the Dow fund plunged two-tenths of a percent", "plunged",
          "DIA's -0.20%, in words, called 'plunged'"),
]


# ---------------------------------------------------------------- rendering


def render(c: Clean) -> str:
    return kit.render(c, sheets(c.key), sources_block)


SOURCE_LINES = {  # a cited item's line in each source format
    "md": "[{n}] [{item.title}]({item.url}), {item.publisher}, {day}",
    "plain": "[{n}] {item.publisher} — {item.title} ({day}) {item.url}",
    "bare": "{item.publisher}: {item.title}, {item.url}",
    "thread": "[{n}] {item.url}",
}


def sources_block(c: Clean) -> str:
    """The case's Sources, in one of the formats real pages use."""
    return kit.sources_block(c, context(c.key).sources, U, SOURCE_LINES,
                             {"thread": ("src: ", " ")})


README = """# A third blind holdout set for the verifier (generated: do not edit)

Written by `scripts/make_verify_holdout3.py` (`--check` compares with the disk, `--score`
runs the verifier over the set and lists every miss and false alarm) for issue 14, by
someone who had read neither `pipeline/verify/` nor the texts of `../verify_eval/`,
`../verify_holdout/` or `../verify_holdout2/`. Checked by `tests/test_verify_holdout3.py`
(floors pinned there at the first blind score).

- `cases.json`: the case format of `../verify_eval/cases.json`. `file` is relative to
  this directory; `snapshot` and `sources` are keys into `context/snapshots/` and
  `context/sources/`, frozen copies of `../verify_eval/snapshots/` and `sources/` taken
  when the texts were written (regenerating the eval set does not move this one).
- `cases/`: the texts. A clean case must raise no error finding; a planted case (one
  exact substitution into a clean text) must raise its expected finding (`code`, `span`).
  `check` is the kind of error planted: `value`, `words` (numbers in words),
  `subject` (one instrument's figure given to another), `timeframe` (a weekly,
  monthly, YTD or since-a-date move swapped), `history` (a dated past close, high or
  cross), `negation`, `quotation`, `trend` (slope and range words), `magnitude`,
  `level` (side of the close), `setup` (geometry, reward/risk), `date` (weekday),
  `citation`, `direction`.
- Every figure of a clean text is true: taken from the fact sheet of the snapshot or of a
  peer in the same file, from the snapshot's dated bars (past closes, highs and lows),
  or from the text of the story the sentence cites. Numbers in words and approximations
  were checked by hand (see each voice below). A planted figure that is some other real
  fact is marked so in the script (`real_figure`): the verifier must match a figure with
  the fact its words name, not with any fact that shares the value.
- The expected code of each plant is the one the main README documents for that fault
  (the script says which code for which fault). Where the verifier flags the planted
  spot under another code, `--score` still counts it in "planted spots flagged by an
  error finding of any code".

## The first blind score

<<SCORE>>

## The clean texts and their voices

"""

FIRST_SCORE = """Run once, blind, on main at 8ca4789 (`python scripts/make_verify_holdout3.py --score`),
before anyone changed the verifier for this set:

- **Recall 44/94 (0.47)** with the labels as first written; 60/94 planted spots drew an
  error finding of some code.
- **37 error findings on the 20 clean texts (1.85 per text)**; 4 of the 20 texts drew none.
  Every one of the 37 is on a true figure or a true word.

Label corrections after that run (expected code or span only; no text changed): the README
names no code for slope words on an average, which were labelled `direction-mismatch`; the
verifier reports them as `pattern-mismatch`, the code this set already used for
'range-bound' (7 plants); "bitcoin about $93.2k" names bitcoin's level, so by the README it
is a `value-mismatch`, not `number-untraced` (1); three spans were narrower than the
planted phrase ("flattening out" for "50d flattening out" twice, "Hang Seng rose" for
"Hang Seng rose 1.21%"). With them: **recall 53/94 (0.56)**, 63/94 spots flagged by some error, false
alarms unchanged (37, 1.85 per text). These are the floors in `tests/test_verify_holdout3.py`.

| kind | blind (first labels) | after the label corrections |
|---|---|---|
| value | 3/6 | 4/6 |
| words | 3/14 | 3/14 |
| subject | 6/10 | 6/10 |
| timeframe | 6/7 | 6/7 |
| history | 4/10 | 4/10 |
| negation | 5/8 | 5/8 |
| quotation | 5/5 | 5/5 |
| trend | 1/8 | 8/8 |
| magnitude | 4/6 | 4/6 |
| level | 2/4 | 2/4 |
| setup | 1/6 | 1/6 |
| date (weekday) | 1/4 | 1/4 |
| citation | 3/4 | 3/4 |
| direction | 0/2 | 1/2 |
| **all** | **44/94** | **53/94** |

The 41 misses (after the corrections):
- words, 11: "a boring sixty-five" (RSI 55.0), "about three percent off the ATH" (0.97%),
  "three sessions away" (13), "about four to one" (2.96), "roughly half" (volume 0.74x),
  "seventy-nine sessions ago" (97; reported unverifiable), "about two and a half times"
  (1.6x), "a full percent under" (0.53%), "four dollars and sixty-two cents" ($4.26;
  `number-untraced`, not named as the day's move), "three percent above it" (0.32%),
  "the high fifties" (RSI 48.4).
- history, 6: a day's high given as its close ("Tue $464.70", "Tuesday $234.53":
  untraced), the golden cross dated "June 1" (info only), Thursday's close given
  Wednesday's in a citing sentence (a `source-conflict` warning only), the record close
  dated to the intraday high's day ("Nov. 12"), two weekday closes swapped.
- setup, 5: a long's stop above its entry (prose and a hand-written table) and a short's
  stop below its entry (`number-untraced` only), stated reward/risk "3.2 to 1" and "5.4R".
- subject, 4: IWM given DIA's 0.60% in a Reddit post, QQQ given IWM's -1.24% in a chat
  line, FRNT given its index's -0.88%, small caps given QQQ's "nine-tenths".
- date, 3: "last Wed (3/24)", "FOMC Thu Dec 9", "last Thursday, November eleventh".
- negation, 3: "is no longer under its signal line", "nowhere near oversold territory",
  "**Is QQQ overbought?** Yes, clearly." at RSI 65.6.
- level, 2: "the 50-day ($245.77) is support underneath" (above the close), "R $453.39".
- magnitude, 2: "the Dow plunging 0.21%", "the Dow fund plunged two-tenths of a percent".
- value, 2: a "38.9k" resistance no fact holds, "17 basis points" where the cited story
  says 7.
- timeframe, citation, direction, 1 each: "1.0 per cent since" 12 November (-1.60%), a
  record-distance sentence citing the oil story, "DIA led all three" (it lagged all three).

The 37 false alarms, by cause:
- numbers that are not market data, 6: a comment count ("312 comments"), dates in titles
  and headers ("Feb. 9-13" read as -13, "11.20.26" as 11.20), day-first and numeric dates
  ("12 November", "(3/24)"), the RSI threshold in "short of 70".
- past sessions' closes, 7: "Mon $462.43", "Monday $236.72, Tuesday $235.10, Wednesday
  $231.24", "on Nov. 12, a close of 2,505.20", "on 12 November IWM closed at $249.26", and
  "Thursday it closed at $243.57, Wednesday at $244.79" ($243.57 dated by the weekday after it).
- labelled periods and distances read as the day's move, 4: "Wk +2.78% / 1m +6.62%", the
  distances from the averages in parentheses ("50d ($439.80, +4.85%)", "+0.22%").
- moves over other windows read as the day's, 3: "three days of losses add up to 3.60%",
  "nearly 30% from its April 16 low", "1.6 per cent since" a dated close.
- thousands shorthand, 7: "35.1k", "35k", "35.5k", "37.9k", "39.2k", "43.7k" on the index
  read as prices on the wrong scale (one of them as a resistance below the close), and
  "bitcoin about $91.2k".
- source lists without a "Sources" heading, 5: "[1] [title](url), publisher, date" lines
  at the end of the text and a "src: [1] url" line, read as no sources
  (`citation-unresolved`).
- a subject set by a question heading, 2: "**And the VIX?** Down 4.67% at 13.47".
- words, 3: "gave up 0.50%" read as a rise, "0.32% above" a support read as the wrong
  direction (the index is above the level), "seventeen point six" read as "seventeen point".
"""


def readme() -> str:
    return kit.voices(README.replace("<<SCORE>>", FIRST_SCORE), CLEAN)


def build_files() -> dict[str, str]:
    return kit.build_set(CLEAN, PLANTS, render=render, snapshot=lambda key: context(key).snapshot,
                         note=lambda c: c.voice, vet=lambda p, key: kit.vet_digits(p, sheets(key)),
                         readme=readme())


# ---------------------------------------------------------------- scoring


def evaluate(out: Path = OUT) -> Any:
    """Run the verifier over the set on disk with tests/test_verify_eval.py's Result/Evaluation."""
    return kit.evaluate(out, REPO)


def report(ev: Any) -> str:
    """Recall per kind, error findings per clean text, every miss and every false alarm."""
    return kit.report(ev, kit.eval_module(REPO), "holdout3")


def main(argv: list[str] | None = None) -> int:
    return kit.main(argv, doc=__doc__ or "", out=OUT, build=build_files,
                    score=lambda out: print(report(evaluate(out))), script="make_verify_holdout3.py")


if __name__ == "__main__":
    raise SystemExit(main())
