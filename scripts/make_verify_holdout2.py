"""Write the second blind holdout set for the verifier to tests/data/verify_holdout2/ (deterministic).

    .venv/bin/python scripts/make_verify_holdout2.py            # (re)write the set
    .venv/bin/python scripts/make_verify_holdout2.py --check    # exit 1 if the files on disk differ
    .venv/bin/python scripts/make_verify_holdout2.py --score    # run the verifier over the set, report

Written for issue 14 by someone who had read neither `pipeline/verify/` nor the texts of
the evaluation set or of the first holdout: real-style prose (wire wraps, blogs, an
AI-written SEO post, newsletters, social threads, desk notes, a Q&A) with several
instruments per text, quotations from the cited sources, years, counts, durations, clock
times, dates in source titles, page furniture, numbers in words, weekly/monthly/YTD moves,
past closes with their dates, negations, pattern names in quotes and trend words.

Every figure of a clean text comes from `pipeline.facts.build_fact_sheet(...)` of the
case's snapshot (`{fact}` slots), of a peer snapshot in the same file (`{SPY.fact}`), from
the snapshot's `recent_closes` (`{back_N}`: the close N sessions before the session), or
from the text of a cited source. Numbers written as words were checked by hand against the
same facts (each is noted beside the text). The snapshots and sources are frozen copies in
tests/data/verify_holdout2/context/ (taken from tests/data/verify_eval/ on 2026-12-04; the
dated history, recent_sessions/highs/lows, added later the same day from the same source).
Each planted case is one clean text with one exact substitution and one expected finding.
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
OUT = REPO / "tests" / "data" / "verify_holdout2"
CONTEXT = OUT / "context"


# ---------------------------------------------------------------- context


@cache
def context(key: str) -> Context:
    return load_context(CONTEXT, key)


def _with_history(sheet: FactSheet, snap: Snapshot) -> FactSheet:
    """`back_N`: the close N sessions before the session, from `recent_closes` (for dated past closes)."""
    closes = snap.recent_closes
    for n in range(1, min(10, len(closes))):
        sheet.add(f"back_{n}", closes[-1 - n], "price", source=f"recent_closes[-{n + 1}]")
    return sheet


@cache
def sheets(key: str) -> tuple[FactSheet, dict[str, FactSheet]]:
    ctx = context(key)
    main = _with_history(build_fact_sheet(ctx.snapshot, ctx.scores), ctx.snapshot)
    return main, {tag: _with_history(build_fact_sheet(p), p) for tag, p in ctx.peers.items()}


# ---------------------------------------------------------------- the clean texts


Clean = kit.CleanText


U = {  # the ingested items cited, by a short name
    "ld-rebound": "https://ledgerdaily.example/us-stocks/2026/11/20/nasdaq-leads-friday-rebound",
    "ld-smallcaps": "https://ledgerdaily.example/us-stocks/2026/11/20/small-caps-sit-out-another-rally",
    "hs-megacap": "https://wire.harborstreet.example/markets/2026/11/20/nasdaq-megacap-tech-rally",
    "hs-expiry": "https://wire.harborstreet.example/markets/2026/11/19/stocks-edge-lower-before-expiry",
    "tw-opex": "https://tapewatch.example/indices/2026-11-20/monthly-options-expiry.html",
    "tw-box": "https://tapewatch.example/indices/2026-11-19/russell-2000-ten-dollar-box.html",
    "mb-yields": "https://macrobrief.example/rates/2026/11/20/yields-slide-rate-cut-odds",
    "hs-oil": "https://wire.harborstreet.example/markets/2026/11/17/wall-street-slides-oil-energy",
    "ld-oil": "https://ledgerdaily.example/us-stocks/2026/11/17/oil-slides-energy-drags-dow",
    "ld-rut-lower": "https://ledgerdaily.example/us-stocks/2026/11/13/russell-2000-turns-lower-again",
    "hs-chips": "https://wire.harborstreet.example/markets/2026/11/13/stocks-slip-chip-shares-drag",
    "tw-spx-50d": "https://tapewatch.example/indices/2026-11-16/sp-500-holds-50-day.html",
    "tw-ndx-slips": "https://tapewatch.example/indices/2026-11-17/nasdaq-100-slips.html",
}

CLEAN: list[Clean] = []


def clean(case_id: str, key: str, style: str, ext: str, voice: str, body: str, *,
          sources: tuple[str, ...] = (), source_format: str = "md") -> None:
    CLEAN.append(Clean(case_id, key, style, ext, voice, body, sources, source_format))


# Slots: `{fact}`, `{fact:signed}`, `{fact:abs}`, `{date_fact:long|dated|weekday}` from the subject's
# sheet; `{SPY.fact}` from a peer's; `{back_N}` a past close. A line starting with exactly two spaces
# continues the line before it. `<<SOURCES>>` becomes the case's Sources block.

clean("wire-SPY-2026-11-20", "SPY-2026-11-20", "wire-wrap", "md",
      "a wire service's afternoon wrap: dateline, byline furniture, long paragraphs, four ETFs, "
      "a quoted trader, weekly/YTD moves and the record close with its date; 'thirteen sessions' = "
      "event_1_sessions_until", """\
# Stocks rebound into the weekend as megacap tech leads; small caps lag again

By the Markets Desk | Updated 5:12 p.m. ET | 4 min read

NEW YORK — U.S. stocks snapped back on {session:weekday}, with the SPDR S&P 500 ETF (SPY) climbing
  {change_1d_pct} to {close}, a gain of {change_1d} a share, as buyers returned to the largest technology
  names after a choppy week. The S&P 500 itself rose 1.1% to 6,901.69 [1]. Volume in SPY ran to
  {volume} shares, about {volume_ratio} times its 20-day average, on the day November's monthly options
  expired.

The Invesco QQQ Trust did the heavy lifting, rising {QQQ.change_1d_pct} to {QQQ.close}, while the SPDR
  Dow Jones Industrial Average ETF (DIA) added {DIA.change_1d_pct} to {DIA.close}. Small caps sat out
  once more: IWM gained only {IWM.change_1d_pct} and closed at {IWM.close}, the sixth session in a row it
  has trailed SPY [2]. "Buyers keep showing up for the same handful of names," said Theo Vasquez, head
  of equity trading at Corbin Ridge Securities [2].

For the week SPY is up {change_5d_pct}, which leaves it {change_ytd_pct} higher year-to-date but still
  {pct_from_52w_high:abs} below the record close of {high_52w} it set on {high_52w_date}. The fund has
  spent the past {range_sessions} sessions between {range_lower} and {range_upper}. The Cboe Volatility
  Index fell {VIX_change_1d_pct:abs} to {VIX_close}.

Traders now turn to the Fed's rate decision on {event_1_date}, thirteen sessions away, and the November
  CPI report the following day.

Sources (2)
<<SOURCES>>
""", sources=("ld-rebound", "hs-megacap"))

clean("blog-SPY-2026-11-20", "SPY-2026-11-20", "trader-blog", "md",
      "a retail trader's first-person blog post: years, counts, durations and clock times, the close "
      "in words ('six hundred eighty-eight dollars even' = $688.00, 'a little over one percent' = "
      "+1.10%), a negated cross, a cross name in quotes, trend words on both averages (50-day slope "
      "+1.76% = rising, 200-day +0.13% = flat)", """\
## Friday notes: SPY finally gets its bounce

Posted {session:long} · 6 min read · Comments (14)

I have been trading index ETFs since 2008 and Fridays still fool me. The first 30 minutes looked like
  another fade, and by 10:15 half of my watchlist of 40 names was in the red. Then the megacaps woke up.
  SPY finished at six hundred eighty-eight dollars even, up a little over one percent on the day
  ({change_1d_pct:signed}), and Tuesday's close of {back_3} now looks like the low of the week.

The chart is boring in a good way. The 50-day ({sma_50}) is still rising and price is back above it by
  {pct_vs_sma_50}, while the 200-day at {sma_200} is basically flatlining. There is still no death cross
  anywhere near: the 'golden cross' from {cross_since} is {cross_sessions_since} sessions old. RSI(14)
  is {rsi_14}, right in the middle, and MACD ({macd}) is still under its signal line ({macd_signal}), so
  momentum has not turned up yet.

My levels: support at {level_3}, the bottom of the box SPY has been stuck in for {range_sessions}
  sessions, then {level_4}. Resistance is the record close of {high_52w} from {high_52w_date}. I am not
  chasing into {level_2}, the max-pain strike for next week's expiry.

Not advice, just my notes. QQQ did better ({QQQ.change_1d_pct:signed}), small caps did not (IWM
  {IWM.change_1d_pct:signed}).
""")

clean("seo-SPY-2026-11-20", "SPY-2026-11-20", "ai-seo-post", "md",
      "an AI-written SEO stock page: 'Key Takeaways' bullets, a date and a figure in the headline, a "
      "comparison table of four ETFs with 1-day and YTD columns, indicator words in quotes, a quotation "
      "from a cited story and an FAQ", """\
# SPY Stock Price Today ({session}): S&P 500 ETF Rises as Tech Rebounds

**Key Takeaways**
- SPY closed at {close} on {session:dated}, up {change_1d_pct}.
- The ETF is {change_ytd_pct} higher year-to-date and {change_1m_pct:abs} lower over the past month.
- RSI(14) at {rsi_14} signals neutral momentum — neither "overbought" nor "oversold".
- Key support: {level_3}; key resistance: {level_1}.

## What Happened Today?
The SPDR S&P 500 ETF Trust (SPY) rose {change_1d_pct} on {session:weekday}, closing at {close}. The move
  came as megacap technology stocks rallied, with the Nasdaq 100 climbing 1.9% to 25,753.96 [1].
  Meanwhile, the Dow Jones Industrial Average rose 0.6% [1].

## Technical Analysis
SPY trades above both its 50-day moving average ({sma_50}) and its 200-day moving average
  ({sma_200}). The 50-day crossed above the 200-day on {cross_since}, a bullish "golden cross" that
  remains in place. Bollinger Bands run from {bb_lower} to {bb_upper}, a width of {bb_width_pct}. The
  ATR(14) of {atr_14} means a typical daily swing of about {atr_pct}.

## How Does SPY Compare?
| Ticker | Close | 1-Day | YTD |
|---|---|---|---|
| SPY | {close} | {change_1d_pct:signed} | {change_ytd_pct:signed} |
| QQQ | {QQQ.close} | {QQQ.change_1d_pct:signed} | {QQQ.change_ytd_pct:signed} |
| DIA | {DIA.close} | {DIA.change_1d_pct:signed} | {DIA.change_ytd_pct:signed} |
| IWM | {IWM.close} | {IWM.change_1d_pct:signed} | {IWM.change_ytd_pct:signed} |

Small caps continue to struggle. As one report put it, the Russell 2000 "is going nowhere fast" [2].

## FAQ
**Is SPY overbought?** No. With RSI at {rsi_14}, SPY is well below the 70 threshold.

**When is the next Fed meeting?** The FOMC decision is due on {event_1_date:long}.

Sources (2)
<<SOURCES>>
""", sources=("hs-megacap", "ld-smallcaps"))

clean("letter-QQQ-2026-11-20", "QQQ-2026-11-20", "newsletter", "txt",
      "an evening subscriber newsletter, chatty and figure-heavy: issue number, the record close and "
      "the intraday peak with their dates, weekly and YTD moves, 'roughly twice normal' = volume "
      "ratio 2.0, the gap to SPY in pp, OI strikes quoted from a cited story", """\
THE CLOSING BELL LETTER — Issue #212 — {session:long}

Good evening. Tech got its groove back today. QQQ jumped {change_1d_pct} to {close}, a gain of
  {change_1d} a share, and the Nasdaq 100 itself finished at {NDX_close}, up {NDX_change_1d_pct} [1].
  That leaves QQQ {pct_from_52w_high:abs} under its record close of {high_52w}, set on {high_52w_date};
  the intraday peak, {high_52w_intraday} on {high_52w_intraday_date}, is a little further off. On the
  week the fund is up {change_5d_pct} and for the year it has gained {change_ytd_pct}.

Volume was loud: {volume} shares against a 20-day average of {avg_volume_20}, roughly twice normal, on
  the day November's monthly options expired [2]. The move was worth about {move_atr} ATRs.

Everyone else lagged. SPY rose {SPY.change_1d_pct}, DIA {DIA.change_1d_pct} and IWM just
  {IWM.change_1d_pct}, so QQQ beat SPY by {spread_vs_SPY_1d_pp}. The VIX slid to {VIX_close}.

What I am watching next week: the swing high at {level_1}, then whether {level_5}, a round number,
  holds on any dip. The 50-day average ({sma_50}) has been climbing, and the golden cross from
  {cross_since} is intact. Open interest for the Nov. 27 expiry clusters at the $640 calls and the $610
  puts [2].

See you Monday.

Sources:
<<SOURCES>>
""", sources=("hs-megacap", "tw-opex"), source_format="plain")

clean("thread-QQQ-2026-11-20", "QQQ-2026-11-20", "social-thread", "txt",
      "a numbered social-media thread with cashtags and an emoji, terse figures, a negated cross, "
      "an indicator word in quotes, 'sixth straight session' = IWM's streak behind SPY (6)", """\
1/ $QQQ ripped {change_1d_pct} today to {close}. Best tech day in a while, and it came on opex Friday.
  Thread on what the tape says 🧵

2/ Closed {pct_from_52w_high:abs} off the ATH close ({high_52w}, {high_52w_date}). Not a new high. Not
  yet.

3/ Trend check: 50d {sma_50}, 200d {sma_200}. Price above both. No death cross — the golden cross has
  held for {cross_sessions_since} sessions.

4/ Momentum: RSI {rsi_14}. Not "overbought", not even close. MACD {macd} vs signal {macd_signal} → still
  below. Needs to cross back.

5/ Relative: $QQQ {change_1d_pct:signed}, $SPY {SPY.change_1d_pct:signed}, $DIA
  {DIA.change_1d_pct:signed}, $IWM {IWM.change_1d_pct:signed}. $IWM lagged $SPY for a sixth straight
  session. Ouch.

6/ Levels I care about: {level_2} (range top and record close), {level_1} (intraday swing high).
  Support {level_5}, then {level_7}.

7/ Volume {volume} vs {avg_volume_20} avg. Real buyers.

8/ <<SOURCES>>
""", sources=("tw-opex",), source_format="thread")

clean("column-IWM-2026-11-20", "IWM-2026-11-20", "smallcap-column", "md",
      "a weekly small-cap column: long paragraphs, the ETF and its index, the streak behind SPY with "
      "its average margin, 'range-bound' facts, flat averages (50-day -0.08%, 200-day -0.09% over 20 "
      "sessions), a yield figure and a quotation from cited stories, a date in a source title", """\
# Small caps: five weeks in the same box

The iShares Russell 2000 ETF ended {session:weekday} at {close}, up {change_1d_pct}, and the Russell
  2000 index closed at {RUT_close}. It was a day to forget for small-cap bulls even so: with SPY up
  {SPY.change_1d_pct} and QQQ up {QQQ.change_1d_pct}, IWM trailed the S&P 500 fund for the sixth session
  in a row [1], by an average of {streak_avg_margin_bp:abs} a day over that stretch.

Zoom out and nothing has changed for weeks. IWM has closed between {range_lower} and {range_upper} for
  {range_sessions} sessions, a band only {range_width_pct} wide, and the past month has cost it
  {change_1m_pct:abs}. Both moving averages are flat: the 50-day sits at {sma_50} and has barely moved in
  twenty sessions, and the 200-day, at {sma_200}, is just as level. The golden cross of {cross_since} is
  still in force, but it is not doing much work. The fund is up only {change_ytd_pct} this year and
  stands {pct_from_52w_high:abs} below its 52-week closing high of {high_52w}, reached on {high_52w_date}.

Rates are the swing factor. The 10-year yield fell 7 basis points to 4.06% on Friday [2], which should
  help a group where many companies carry floating-rate debt. "Small caps need lower rates and a better
  read on growth, and right now they have neither locked in," Owen Fairweather of Millbrook Capital
  said [1].

Levels: resistance at {level_2}, the range top, and {level_1} beyond it; support at {level_5} and
  {level_6}. RSI(14) is {rsi_14}.

<<SOURCES>>
""", sources=("ld-smallcaps", "mb-yields"))

clean("qa-IWM-2026-11-20", "IWM-2026-11-20", "reader-qa", "txt",
      "an 'Ask the Desk' reader Q&A in plain text: distance to the range top, touches, the short fade "
      "setup with reward/risk, RSI/MACD words, weekly moves of three ETFs, the previous close, the "
      "Fed date with its weekday and the sessions until it", """\
Ask the Desk: Is IWM finally about to break out?

Q: IWM keeps bumping into $250. Is a breakout coming?
A: Not on today's evidence. The fund closed at {close} on {session:dated}, and the range top at
  {level_2} is {level_2_distance_pct} above that. IWM has tested that area three times without a close
  above it. Until it does, the range from {range_lower} to {range_upper} is the story: a market
  range-bound for weeks, which is what the 1-month change of {change_1m_pct} tells you.

Q: Where would you be wrong?
A: A close above {level_2}. Our fade setup shorts a stall at {setup_short_entry} with a stop at
  {setup_short_stop} and a target at the 50-day, {setup_short_target}; that is {setup_short_reward_risk}
  to 1 reward to risk.

Q: Is it oversold?
A: No. RSI(14) reads {rsi_14}, in the middle of its range. MACD ({macd}) sits below its signal
  ({macd_signal}).

Q: How did it do against the big indexes this week?
A: Badly. IWM lost {change_5d_pct:abs} over five sessions while SPY gained {SPY.change_5d_pct} and QQQ
  {QQQ.change_5d_pct}. Thursday's close was {prev_close}; Friday's gain of {change_1d} clawed back only
  a little of that.

Q: Anything on the calendar?
A: The Fed on {event_1_date:dated}, {event_1_sessions_until} sessions from now, and CPI the next day.
""")

clean("thread-IWM-2026-11-20", "IWM-2026-11-20", "social-thread", "txt",
      "a weekly-wrap thread: day/week/YTD moves side by side, peers' YTD, 'Six straight sessions' = "
      "the streak, options walls, 'range-bound for weeks' during a -1.65% month, flat averages", """\
IWM weekly wrap 🧵 ({session})

1/ $IWM closed the week at {close}. Day: {change_1d_pct:signed}. Week: {change_5d_pct:signed}. YTD:
  {change_ytd_pct:signed}. Small caps are flat on the year while $QQQ is up {QQQ.change_ytd_pct} and
  $SPY {SPY.change_ytd_pct}.

2/ Six straight sessions behind $SPY. Average gap {streak_avg_margin_bp:abs} a day.

3/ Russell 2000 index: {RUT_close}, {RUT_change_1d_pct:signed} on the day.

4/ Still range-bound for weeks: {range_lower}–{range_upper}, {range_sessions} sessions. The box everyone
  talks about [1]. Support {level_5}, resistance {level_2}.

5/ Options: max pain {max_pain}, call wall {call_wall}, put wall {put_wall} for the {options_expiry}
  expiry.

6/ 50d {sma_50} flat. 200d {sma_200} flat. No trend = no edge.

7/ <<SOURCES>>
""", sources=("tw-box",), source_format="thread")

clean("wire-IWM-2026-11-17", "IWM-2026-11-17", "wire-story", "md",
      "a down-day wire story: the close below the 50-day, peers' losses with size words, oil quoted "
      "from a cited story, the VIX, the move in ATRs, weekly/monthly moves, Monday's close, the range "
      "top with its date (Nov 12 close $249.26 in recent_closes)", """\
## Small caps slip below their 50-day as oil's slide hits energy names

{session:long} — The iShares Russell 2000 ETF fell {change_1d_pct:abs} to {close} on Tuesday,
  shedding {change_1d:abs} a share and closing beneath its 50-day moving average ({sma_50}). The
  Russell 2000 index lost {RUT_change_1d_pct:abs} to {RUT_close} [1].

The selling was broad but orderly. SPY declined {SPY.change_1d_pct:abs}, QQQ lost
  {QQQ.change_1d_pct:abs} and DIA slipped {DIA.change_1d_pct:abs}, while West Texas Intermediate crude
  fell 2.7% to $67.35 a barrel [2]. The VIX rose {VIX_change_1d_pct} to {VIX_close}. It was the third
  session in a row in which IWM lagged SPY [1].

IWM's move amounted to about {move_atr} ATRs, a modest day by the fund's own standards, and it left the
  ETF {change_5d_pct:abs} lower over five sessions though still {change_1m_pct} higher over the past
  month. Monday's close was {prev_close}; the top of the current range, {range_upper}, was the close of
  Nov 12.

RSI(14) sits at exactly {rsi_14}, and MACD ({macd}) remains above its signal line ({macd_signal}).
  Support is at {level_5}, then {level_6}, the range floor.

<<SOURCES>>
""", sources=("hs-oil", "ld-oil"))

clean("desk-IWM-2026-11-17", "IWM-2026-11-17", "desk-notes", "txt",
      "end-of-day desk notes in bullets: the day's range, the gap, an ordinal streak ('3rd straight'), "
      "a negated MACD cross, last Friday's close (back_2 = $247.01, Nov 13) with a quotation from the "
      "story that printed it, a figure from an older story's title day", """\
IWM — end-of-day desk notes, Tue {session}
* Close {close} ({change_1d_pct:signed}); low of the day {low}, high {high}.
* Gapped {gap_pct} at the open; the gap was filled.
* 3rd straight session behind SPY (avg margin {streak_avg_margin_bp}).
* Closing below the 50-day ({sma_50}) again; still well above the 200-day ({sma_200}), {pct_vs_sma_200}
  over it.
* MACD has not crossed below its signal: {macd} vs {macd_signal}.
* No new 52-week high in sight: the high close is {high_52w} from {high_52w_date}, {pct_from_52w_high:abs}
  away.
* Last Friday's close, {back_2}, is still the reference: Ledger had IWM "inside the $240-to-$250 band it
  has held for four weeks" [1].
* Chip shares dragged on Friday too; the Russell 2000 fell 0.9% that day [2].
* Levels: R {level_2} / {level_1}; S {level_4}, {level_5}, {level_7}.

Sources
<<SOURCES>>
""", sources=("ld-rut-lower", "hs-chips"), source_format="bare")

clean("note-GSPC-2026-11-20", "idx_GSPC-2026-11-20", "index-note", "md",
      "an index strategist's note in points: the Nasdaq 100, Dow and Russell 2000 levels beside the S&P "
      "500, SPY's dollars, the record close and intraday record with dates, 'twenty-nine sessions' = "
      "range_sessions, Monday's close (back_4) from a cited story, a quotation from Thursday's story", """\
# S&P 500 | Index note | {session:long}

The S&P 500 rose {change_1d} points, or {change_1d_pct}, to {close}, back above the 6,900 mark. The
  Nasdaq 100 did better, up {NDX_change_1d_pct} to {NDX_close}, while the Dow Jones Industrial Average
  gained {DJI_change_1d_pct} to {DJI_close} and the Russell 2000 rose {RUT_change_1d_pct} to {RUT_close}
  [1]. In ETF terms, SPY finished at {SPY.close}.

The week closes with the index up {change_5d_pct}, but the month is still negative at {change_1m_pct}
  and the year-to-date gain is a modest {change_ytd_pct}. The record close of {high_52w}, set on
  {high_52w_date}, is {pct_from_52w_high:abs} away; the intraday record, {high_52w_intraday}, came the
  same day. Since then the index has chopped inside a {range_width_pct} band between {range_lower} and
  {range_upper}, twenty-nine sessions in all.

The 50-day average, {sma_50}, is the line traders watch: on Monday the index held above it, closing at
  {back_4} [2]. The 200-day is far below at {sma_200}. MACD ({macd}) remains under its signal
  ({macd_signal}) and RSI(14) is {rsi_14}. The VIX fell to {VIX_close}.

Gideon Marsh of Tidewater Research put it simply on Thursday: "The trend is intact as long as the S&P
  500 holds its 50-day line" [3].

<<SOURCES>>
""", sources=("ld-rebound", "tw-spx-50d", "hs-expiry"))

clean("recap-GSPC-2026-11-20", "idx_GSPC-2026-11-20", "ai-weekly-recap", "md",
      "an AI-written weekly recap with a day-by-day list (weekday, date, close: back_4..back_1 and "
      "the session), a figure in the headline, a cross name in quotes, an AI disclosure line", """\
## S&P 500 Weekly Recap: Index Ends the Week at {close}

The S&P 500 finished the week of November 16–20 with a gain of {change_5d_pct}, closing {session:weekday}
  at {close}. Here is how the week unfolded:

- **Monday, Nov 16:** The index rose 0.4% to {back_4}, staying above its 50-day moving average [1].
- **Tuesday, Nov 17:** Stocks pulled back, and the S&P 500 closed at {back_3}.
- **Wednesday, Nov 18:** A modest rebound to {back_2}.
- **Thursday, Nov 19:** The index slipped 0.2% to {prev_close} ahead of the options expiry [2].
- **Friday, Nov 20:** A broad rally lifted the index {change_1d_pct} to {close}.

### Technical Picture
The index remains in a "golden cross" configuration, with the 50-day average ({sma_50}) above the
  200-day ({sma_200}). Momentum is neutral: RSI stands at {rsi_14}. The Bollinger Bands span {bb_lower}
  to {bb_upper}. Resistance is the record close at {level_2}, then the {level_1} level; support is
  {level_5}, the bottom of the recent range.

### Outlook
With the Fed meeting on December 9 and CPI on December 10, volatility could pick up. The VIX ended the
  week at {VIX_close}, down {VIX_change_1d_pct:abs} on the day.

*This article was generated with the help of AI and reviewed by our editors.*

Sources (2)
<<SOURCES>>
""", sources=("tw-spx-50d", "hs-expiry"))

clean("research-FRNT-2026-11-20", "FRNT-2026-11-20", "research-note", "md",
      "a research note on the synthetic $30 frontier-markets ETF and its 35,000-point index at a new "
      "52-week low: 'third straight losing session' = close_streak_sessions 3, past highs with dates, "
      "the 50-day's slope in % ('about 9%' = sma_50_slope_pct -9.39), a death cross and a negated "
      "golden cross, the long setup", """\
# Frontier Select Markets ETF (FRNT): a new 52-week low, and no floor yet

FRNT closed at {close} on {session:weekday}, down {change_1d_pct:abs}, its lowest close in 52 weeks and
  the third straight losing session, worth {close_streak_change_pct:abs} in all. The underlying Frontier
  Select Markets Index fell {FSMI_change_1d_pct:abs} to {FSMI_close}. While US large caps rallied (SPY
  {SPY.change_1d_pct:signed}), frontier stocks went the other way, trailing SPY for a third session by an
  average of {streak_avg_margin_bp:abs} a day.

The damage has built for months. FRNT is down {change_1m_pct:abs} over the past month and
  {change_ytd_pct:abs} this year; it is {pct_from_52w_high:abs} below the 52-week closing high of
  {high_52w} it set on {high_52w_date}, and {pct_from_ath:abs} below its all-time closing high of
  {all_time_high} from {all_time_high_date}. Both averages point down: the 50-day ({sma_50}) has dropped
  about 9% in twenty sessions, and the 200-day ({sma_200}) is declining too. The death cross dates from
  {cross_since}, {cross_sessions_since} sessions ago, and there is still no sign of a golden cross.

RSI(14) at {rsi_14} is deeply oversold, which can produce sharp bounces, but MACD ({macd}) is still below
  its signal ({macd_signal}). The fund closed just under its lower Bollinger Band ({bb_lower}).

The only setup we would entertain is a long breakout: entry on a close above {setup_long_entry}, stop
  {setup_long_stop}, target {setup_long_target} (reward/risk {setup_long_reward_risk}). Until then,
  {level_4} is the round number to watch.
""")

clean("blog-FRNT-2026-11-20", "FRNT-2026-11-20", "casual-blog", "txt",
      "a casual check-in written almost entirely in words: 'twenty-six cents' = change_1d, 'thirty "
      "dollars and one cent' = the close, 'nearly nine percent in a month' = -8.56%, 'more than "
      "eighteen percent on the year' = -18.34%, 'over one percent' = SPY +1.10%, 'twenty-three' = RSI "
      "22.9, 'about 1.2 times' = the volume ratio", """\
Frontier markets check-in ({session:dated})

Ouch. FRNT lost another twenty-six cents today to close at thirty dollars and one cent. That's down
  nearly nine percent in a month and more than eighteen percent on the year. Meanwhile the S&P fund was
  up over one percent. Frontier stocks have lagged SPY three sessions running.

RSI is twenty-three, so yes, it is "oversold" — but oversold can stay oversold. The 50-day is at
  {sma_50} and falling hard; price is {pct_vs_sma_50:abs} below it. The death cross from mid-October is
  still in charge.

I'd want to see a close back above $31 before touching it. Volume was {volume}, about 1.2 times its
  twenty-day average, so this wasn't a quiet drift lower.
""")

clean("midweek-SPY-2026-06-03", "SPY-2026-06-03", "newsletter", "md",
      "a midweek newsletter on a rally into an overbought RSI while the death cross persists: 'fifth "
      "straight gain' = close_streak_sessions 5, the run since last Wednesday's close (= the streak's "
      "4.87%), 1-month and YTD moves, a negated golden cross, flat averages (-0.31%, +0.01%)", """\
# Midweek Markets — {session:long}

Five for five. SPY added {change_1d_pct} on Wednesday to {close}, its fifth straight gain, and the run
  since last Wednesday's close is worth {close_streak_change_pct}. Over the past month the fund has
  climbed {change_1m_pct}, although it is still {change_ytd_pct:abs} below where it ended 2025.

The rally has pushed momentum into stretched territory: RSI(14) is {rsi_14}, above the 70 line that
  marks overbought, and MACD ({macd}) is well above its signal ({macd_signal}). Price is {pct_vs_sma_50}
  above the 50-day ({sma_50}) and back above the 200-day ({sma_200}) too. Yet the death cross that
  formed on {cross_since} is still in place, and no golden cross has formed since. Neither average is
  going anywhere; both are essentially flat over the past twenty sessions.

Volume did not confirm: {volume} shares changed hands, about {volume_ratio} of the 20-day average. The
  VIX rose {VIX_change_1d_pct} to {VIX_close}, and DIA fell {DIA.change_1d_pct:abs} while QQQ rose
  {QQQ.change_1d_pct}.

Resistance sits at {level_3}, then {level_2}; our long setup buys a close above {setup_long_entry} with a
  stop at {setup_long_stop}, aiming for {setup_long_target}. The 52-week closing high, {high_52w} from
  {high_52w_date}, is {pct_from_52w_high:abs} overhead.
""")

clean("skeptic-SPY-2026-06-03", "SPY-2026-06-03", "contrarian-blog", "md",
      "a skeptical technician's blog: the April 28 closing low, pattern names in quotes ('V-shaped', "
      "'death cross'), the gap between the averages in dollars ('more than $31' = 647.76 - 616.10), "
      "peers' RSI, the long setup with its ratio", """\
## Is this rally real? Notes on SPY, June 3

Three weeks ago the bears had the chart. Today SPY closed at {close}, {pct_from_52w_low} above its
  April 28 closing low of {low_52w}, and the talk on trading desks is all about a "V-shaped" recovery. I
  am less sure.

First, the "death cross" is still on the books. The 50-day at {sma_50} is below the 200-day at
  {sma_200}, as it has been since late March. A golden cross would need the 50-day to climb more than $31
  in a hurry, and it is not rising at all.

Second, the stretch is extreme. RSI(14) at {rsi_14} is overbought, and price sits above the upper
  Bollinger Band ({bb_upper}). QQQ's RSI is even higher at {QQQ.rsi_14}; IWM's is at {IWM.rsi_14}.

Third, breadth: the Dow fund DIA actually fell {DIA.change_1d_pct:abs} today while SPY gained
  {change_1d_pct}.

What would change my mind? A close above {level_3}, the old swing low, which is also where our long
  setup triggers ({setup_long_entry}, stop {setup_long_stop}, target {setup_long_target},
  {setup_long_reward_risk} to 1).
""")

clean("record-DIA-2025-11-17", "DIA-2025-11-17", "wire-story", "md",
      "a record-close wire story on the Dow ETF: the prior 20-session high close with its date (Nov 12 "
      "= $478.00 in recent_closes), the index level, the day's intraday high, a peer at a 52-week "
      "high, the gap to SPY, 5-day/1-month/YTD moves, the pullback setup", """\
# Dow ETF closes at a record as blue chips join Monday's rally

{session:long}. The SPDR Dow Jones Industrial Average ETF (DIA) rose {change_1d_pct} to {close}, a
  record close, topping the Nov 12 close of {prior_high_20}, the best of the prior twenty sessions. The
  Dow Jones Industrial Average itself gained {DJI_change_1d_pct} to {DJI_close}. Intraday the fund
  touched {high}.

It was a broad advance: SPY rose {SPY.change_1d_pct}, QQQ {QQQ.change_1d_pct} and IWM
  {IWM.change_1d_pct}, the last also closing at a 52-week high, {IWM.close}. DIA's gain, solid as it
  was, left it {spread_vs_SPY_1d_pp:abs} behind SPY on the day. The VIX dropped to {VIX_close}.

DIA is up {change_5d_pct} over five sessions, {change_1m_pct} over the month and {change_ytd_pct} since
  the start of the year. The 50-day average at {sma_50} is climbing, and the golden cross that formed on
  {cross_since} has now held for {cross_sessions_since} sessions. With RSI(14) at {rsi_14} the fund is
  overbought, and it closed near the top of its Bollinger Band ({bb_upper}).

The nearest round numbers frame the next move: {level_1} overhead and {level_2} below. Our pullback
  setup buys a dip to {setup_long_entry} that holds, with a stop at {setup_long_stop} and a target of
  {setup_long_target}.
""")

clean("brit-DIA-2025-11-17", "DIA-2025-11-17", "british-column", "txt",
      "a British-spelled column: 'per cent' spelled out, the 52-week low with its date, a negated death "
      "cross, the 200-day 'nearly flat' (+0.46%) and the 50-day 'rising faster' (+2.49%), peers' RSI, "
      "'roughly four and a half dollars' = ATR $4.48", """\
Blue chips at a record: what the numbers say

The Dow fund closed Monday at an all-time high of {close}, up 0.89 per cent, while its
  index ended at {DJI_close}. Over the year the ETF has climbed from a 52-week closing low of {low_52w} on
  {low_52w_date}, a gain of {pct_from_52w_low} from that trough.

Nothing about the chart says stop yet: there is no death cross, the 200-day ({sma_200}) is nearly flat
  and the 50-day is rising faster. But the ETF is stretched, sitting {pct_vs_sma_50} above its 50-day,
  and RSI(14) reads {rsi_14}. For comparison, the S&P 500 fund's RSI is {SPY.rsi_14} and the Nasdaq 100
  fund's {QQQ.rsi_14}.

The ATR is {atr_14} a session, about {atr_pct} of the price, so a normal day moves DIA roughly four and a
  half dollars.
""")

clean("pullback-QQQ-2026-11-17", "QQQ-2026-11-17", "web-article", "md",
      "a web markets article on a down day: page furniture, the record close with its date, a word "
      "quoted from the cited story ('orderly'), the VIX from a second story, the 40-session range, "
      "trend word on the 50-day (+1.77%), the FOMC date and sessions until it", """\
## Tech takes a breather

**{session:long}** · Markets · 3 min read

QQQ gave back {change_1d_pct:abs} on Tuesday to close at {close}, a loss of {change_1d:abs} a share, as
  the Nasdaq 100 fell {NDX_change_1d_pct:abs} to {NDX_close} [1]. The fund is now {pct_from_52w_high:abs}
  below the record close of {high_52w} it posted on {high_52w_date}, and it has lost {change_5d_pct:abs}
  over five sessions. Traders called the pullback "orderly" [1].

The wider market slipped too: SPY lost {SPY.change_1d_pct:abs}, DIA {DIA.change_1d_pct:abs} and IWM
  {IWM.change_1d_pct:abs}, while the VIX climbed {VIX_change_1d_pct} to {VIX_close} [2]. QQQ did worse
  than SPY by {spread_vs_SPY_1d_pp:abs}.

On the chart the damage is small. QQQ is still {pct_vs_sma_50} above its 50-day average ({sma_50}),
  which keeps rising, and far above the 200-day ({sma_200}). The tight range it has traded in for forty
  sessions runs from {range_lower} to {range_upper}. RSI(14) is {rsi_14} and MACD ({macd}) is below its
  signal ({macd_signal}). The FOMC decision is {event_1_sessions_until} sessions out, on
  {event_1_date:dated}.

<<SOURCES>>
""", sources=("tw-ndx-slips", "hs-oil"))

clean("options-QQQ-2026-11-20", "QQQ-2026-11-20", "options-desk", "txt",
      "an options desk's terse plain-text note: expiry date and holiday, OI strikes quoted from a "
      "cited story, walls, max pain, put/call ratio, ATR, Bollinger width, distances to levels in %, "
      "a quotation attributed with a dash", """\
OPTIONS DESK — Friday close, {session}

QQQ {close} ({change_1d_pct:signed}); NDX {NDX_close}. Monthly expiry done. Next week's weekly (Nov 27,
  the day after Thanksgiving, early close) has open interest clustered at the $640 calls and $610 puts
  [1]; our call wall is {call_wall}, put wall {put_wall}, max pain {max_pain}. Put/call OI ratio
  {put_call_oi_ratio}.

Realized vol: ATR(14) {atr_14}, or {atr_pct} of price; today's move was {move_atr} ATRs. Bollinger width
  {bb_width_pct}, a tight band from {bb_lower} to {bb_upper}; price closed just under the upper band.

Positioning: spot is {level_3_distance_pct:abs} under {level_3}, a swing high, and
  {level_2_distance_pct:abs} under the range top at {level_2}. Support at {level_5} (round) and the 50-day
  at {level_6}.

"Buyers keep showing up for the same handful of names" — Theo Vasquez, Corbin Ridge [2].

Sources:
<<SOURCES>>
""", sources=("tw-opex", "hs-megacap"), source_format="plain")


# ---------------------------------------------------------------- the planted errors


Plant = kit.PlantedText


PLANTS: list[Plant] = [
    # ---- words: a wrong number written in words
    Plant("wire-SPY-2026-11-20", "words-sessions-until", "words", "value-mismatch",
          "thirteen sessions away", "eleven sessions away", "eleven sessions",
          "the Fed is 13 sessions away, written 'eleven'"),
    Plant("blog-SPY-2026-11-20", "words-close", "words", "value-mismatch",
          "six hundred eighty-eight dollars even", "six hundred eighty-six dollars even",
          "six hundred eighty-six dollars", "the close ($688.00) in words, two dollars off"),
    Plant("letter-QQQ-2026-11-20", "words-volume-multiple", "words", "value-mismatch",
          "roughly twice normal", "roughly three times normal", "three times",
          "volume 2.0x its average written 'three times'"),
    Plant("thread-QQQ-2026-11-20", "words-ordinal-streak", "words", "value-mismatch",
          "for a sixth straight", "for a fourth straight", "fourth straight",
          "IWM's streak behind SPY (6) as an ordinal word"),
    Plant("column-IWM-2026-11-20", "words-ordinal-cited", "words", "value-mismatch",
          "for the sixth session", "for the ninth session", "ninth session",
          "the streak (6) as 'ninth', in a sentence citing a story that says sixth"),
    Plant("note-GSPC-2026-11-20", "words-range-sessions", "words", "value-mismatch",
          "twenty-nine sessions in all", "thirty-nine sessions in all", "thirty-nine sessions",
          "the range's 29 sessions in words, +10"),
    Plant("blog-FRNT-2026-11-20", "words-cents", "words", "value-mismatch",
          "another twenty-six cents", "another thirty-six cents", "thirty-six cents",
          "the $0.26 loss in words"),
    Plant("brit-DIA-2025-11-17", "words-atr-dollars", "words", "value-mismatch",
          "roughly four and a half dollars", "roughly six and a half dollars", "six and a half dollars",
          "ATR $4.48 written as six and a half dollars"),
    Plant("brit-DIA-2025-11-17", "words-per-cent", "words", "value-mismatch",
          "up 0.89 per cent", "up 1.89 per cent", "1.89 per cent",
          "the 1-day move with 'per cent' spelled out, +1 point"),
    Plant("desk-IWM-2026-11-17", "words-ordinal-digits", "words", "value-mismatch",
          "3rd straight session", "5th straight session", "5th straight session",
          "the 3-session streak behind SPY as '5th'"),
    # ---- subject: a right figure of one instrument given to another
    Plant("seo-SPY-2026-11-20", "subject-table-ytd", "subject", "value-mismatch",
          "| IWM | $244.30 | +0.30% | +0.42% |", "| IWM | $244.30 | +0.30% | +4.91% |", "+4.91%",
          "QQQ's YTD in IWM's table row", real_figure=True),
    Plant("note-GSPC-2026-11-20", "subject-rut-gets-dow-move", "subject", "value-mismatch",
          "Russell 2000 rose 0.30%", "Russell 2000 rose 0.58%", "0.58%",
          "the Dow's 1-day move given to the Russell 2000", real_figure=True),
    Plant("skeptic-SPY-2026-06-03", "subject-rsi-swap", "subject", "value-mismatch",
          "IWM's is at 67.1", "IWM's is at 72.3", "72.3",
          "SPY's own RSI given to IWM", real_figure=True),
    Plant("record-DIA-2025-11-17", "subject-peer-move-swap", "subject", "value-mismatch",
          "QQQ 1.73% and IWM", "QQQ 1.96% and IWM", "1.96%",
          "IWM's 1-day move given to QQQ", real_figure=True),
    Plant("thread-IWM-2026-11-20", "subject-peer-ytd", "subject", "value-mismatch",
          "$SPY 3.28%", "$SPY 0.42%", "0.42%",
          "IWM's own YTD given to SPY in a thread", real_figure=True),
    Plant("letter-QQQ-2026-11-20", "subject-iwm-gets-dia-move", "subject", "value-mismatch",
          "IWM just 0.30%", "IWM just 0.60%", "IWM just 0.60%",
          "DIA's 1-day move given to IWM in a list of peers", real_figure=True),
    # ---- timeframe: a weekly / monthly / YTD figure that is wrong
    Plant("wire-SPY-2026-11-20", "timeframe-week", "timeframe", "value-mismatch",
          "For the week SPY is up 1.10%", "For the week SPY is up 1.65%", "1.65%",
          "the weekly move wrong (1.65% is IWM's 1-month loss, unsigned)", real_figure=True),
    Plant("seo-SPY-2026-11-20", "timeframe-month", "timeframe", "value-mismatch",
          "0.97% lower over the past month", "1.97% lower over the past month", "1.97%",
          "the 1-month move off by a point in a takeaway bullet"),
    Plant("column-IWM-2026-11-20", "timeframe-month-cost", "timeframe", "value-mismatch",
          "has cost it 1.65%", "has cost it 3.65%", "3.65%", "the 1-month loss wrong"),
    Plant("blog-FRNT-2026-11-20", "timeframe-ytd-words", "timeframe", "value-mismatch",
          "more than eighteen percent on the year", "more than twenty-eight percent on the year",
          "twenty-eight percent",
          "the YTD loss in words set to the distance from the 52-week high (28.24%)", real_figure=True),
    Plant("pullback-QQQ-2026-11-17", "timeframe-five-sessions", "timeframe", "value-mismatch",
          "lost 1.80% over five sessions", "lost 0.80% over five sessions", "0.80%",
          "QQQ's 5-session loss set to SPY's 5-session figure", real_figure=True),
    Plant("midweek-SPY-2026-06-03", "timeframe-month-is-week", "timeframe", "value-mismatch",
          "climbed 8.87%", "climbed 4.87%", "4.87%",
          "the 1-month gain replaced by the 5-session one", real_figure=True),
    # ---- negation and absence
    Plant("blog-SPY-2026-11-20", "negation-no-golden", "negation", "pattern-mismatch",
          "still no death cross", "still no golden cross", "no golden cross",
          "'still no golden cross' while the golden cross stands"),
    Plant("thread-QQQ-2026-11-20", "negation-thread", "negation", "pattern-mismatch",
          "No death cross —", "No golden cross —", "No golden cross", "a negated golden cross in a thread"),
    Plant("research-FRNT-2026-11-20", "negation-no-death", "negation", "pattern-mismatch",
          "no sign of a golden cross", "no sign of a death cross", "no sign of a death cross",
          "a death cross stands; the text says there is no sign of one"),
    Plant("midweek-SPY-2026-06-03", "negation-death-absent", "negation", "pattern-mismatch",
          "no golden cross has formed since", "no death cross has formed since", "no death cross",
          "the death cross of Mar 27 denied"),
    Plant("brit-DIA-2025-11-17", "negation-brit", "negation", "pattern-mismatch",
          "there is no death cross", "there is no golden cross", "no golden cross",
          "the golden cross of Jul 14 denied"),
    Plant("desk-IWM-2026-11-17", "negation-macd", "negation", "indicator-mismatch",
          "MACD has not crossed below its signal", "MACD has not crossed above its signal",
          "not crossed above its signal",
          "MACD (0.86) is above its signal (0.57); the note says it has not crossed above"),
    # ---- quotation: pattern and indicator words in quotation marks, not from a source
    Plant("seo-SPY-2026-11-20", "quotation-overbought", "quotation", "indicator-mismatch",
          'signals neutral momentum — neither "overbought" nor "oversold"', 'signals "overbought" momentum',
          '"overbought" momentum', "RSI 55.0 called \"overbought\" in quotes"),
    Plant("thread-QQQ-2026-11-20", "quotation-oversold", "quotation", "indicator-mismatch",
          'Not "overbought", not even close.', 'A textbook "oversold" bounce.', "oversold",
          "RSI 56.4 called \"oversold\" in quotes"),
    Plant("recap-GSPC-2026-11-20", "quotation-death-cross", "quotation", "pattern-mismatch",
          'in a "golden cross" configuration', 'in a "death cross" configuration', "death cross",
          "a quoted death cross while the golden cross stands"),
    Plant("skeptic-SPY-2026-06-03", "quotation-golden-cross", "quotation", "pattern-mismatch",
          'the "death cross" is still on the books', 'the "golden cross" is still on the books',
          '"golden cross" is still on the books', "a quoted golden cross while the death cross stands"),
    Plant("blog-FRNT-2026-11-20", "quotation-not-oversold", "quotation", "indicator-mismatch",
          'so yes, it is "oversold"', 'so no, it is not even "oversold"', 'not even "oversold"',
          "RSI 22.9 denied \"oversold\" in quotes"),
    # ---- trend words on averages and ranges
    Plant("blog-SPY-2026-11-20", "trend-50-rolling-over", "trend", "pattern-mismatch",
          "is still rising and price", "is rolling over and price", "rolling over",
          "the 50-day rose 1.76% in 20 sessions; 'rolling over'"),
    Plant("column-IWM-2026-11-20", "trend-200-climbing", "trend", "pattern-mismatch",
          "is just as level", "is climbing steeply", "climbing steeply",
          "the 200-day fell 0.09% in 20 sessions; 'climbing steeply'"),
    Plant("research-FRNT-2026-11-20", "trend-50-flat", "trend", "pattern-mismatch",
          "has dropped about 9% in twenty sessions", "has been flat for twenty sessions", "flat",
          "the 50-day fell 9.4% in 20 sessions; 'flat'"),
    Plant("midweek-SPY-2026-06-03", "trend-rising-steeply", "trend", "pattern-mismatch",
          "both are essentially flat", "both are rising steeply", "rising steeply",
          "both averages flat (-0.31%, +0.01%); 'rising steeply'"),
    Plant("thread-IWM-2026-11-20", "trend-thread-rising", "trend", "pattern-mismatch",
          "50d $245.77 flat.", "50d $245.77 rising fast.", "rising fast",
          "the 50-day flat (-0.08%); 'rising fast'"),
    Plant("pullback-QQQ-2026-11-17", "trend-gone-flat", "trend", "pattern-mismatch",
          "which keeps rising", "which has gone flat", "gone flat",
          "the 50-day rose 1.77% in 20 sessions; 'gone flat'"),
    Plant("qa-IWM-2026-11-20", "trend-range-bound", "trend", "pattern-mismatch",
          "a market range-bound for weeks", "a market trending hard for weeks", "trending hard",
          "a -1.65% month inside a 3.43% band called 'trending hard'"),
    # ---- history: past closes, highs and their dates
    Plant("letter-QQQ-2026-11-20", "history-record-date", "history", "date-untraced",
          "set on Nov 11, 2026", "set on Nov 13, 2026", "Nov 13, 2026",
          "the record close's date moved two days"),
    Plant("note-GSPC-2026-11-20", "history-record-date-index", "history", "date-untraced",
          "set on Oct 22, 2026", "set on Oct 29, 2026", "Oct 29, 2026",
          "the index record close's date wrong"),
    Plant("wire-IWM-2026-11-17", "history-previous-close", "history", "value-mismatch",
          "Monday's close was $247.26", "Monday's close was $247.62", "$247.62",
          "the previous session's close with two digits swapped"),
    Plant("desk-IWM-2026-11-17", "history-last-friday", "history", "value-mismatch",
          "Last Friday's close, $247.01", "Last Friday's close, $246.01", "$246.01",
          "a dated past close (Nov 13, in recent_closes and in the cited story) off by a dollar"),
    Plant("recap-GSPC-2026-11-20", "history-tuesday-close", "history", "value-mismatch",
          "closed at 6,821.04", "closed at 6,812.04", "6,812.04",
          "Tuesday's close in a day-by-day list, digits swapped"),
    Plant("skeptic-SPY-2026-06-03", "history-low-date", "history", "date-untraced",
          "April 28 closing low", "April 21 closing low", "April 21",
          "the 52-week closing low's date wrong by a week"),
    Plant("record-DIA-2025-11-17", "history-prior-high", "history", "value-mismatch",
          "the Nov 12 close of $478.00", "the Nov 12 close of $479.00", "$479.00",
          "the prior 20-session closing high wrong by a dollar"),
    # ---- magnitude words
    Plant("wire-SPY-2026-11-20", "magnitude-surged", "magnitude", "magnitude-mismatch",
          "IWM gained only 0.30%", "IWM surged 0.30%", "surged",
          "'surged' on IWM's 0.30% (0.2 ATR)"),
    Plant("letter-QQQ-2026-11-20", "magnitude-edged", "magnitude", "magnitude-mismatch",
          "QQQ jumped 1.90%", "QQQ edged up 1.90%", "edged up", "'edged' on a 1.90%, 1.6-ATR day"),
    Plant("wire-IWM-2026-11-17", "magnitude-tumbled", "magnitude", "magnitude-mismatch",
          "DIA slipped 0.20%", "DIA tumbled 0.20%", "tumbled", "'tumbled' on DIA's 0.20% dip"),
    Plant("thread-QQQ-2026-11-20", "magnitude-crept", "magnitude", "magnitude-mismatch",
          "$QQQ ripped 1.90%", "$QQQ crept up 1.90%", "crept up", "'crept up' on a 1.90%, 1.6-ATR day"),
    Plant("column-IWM-2026-11-20", "magnitude-soared", "magnitude", "magnitude-mismatch",
          "ended Friday at $244.30, up 0.30%", "ended Friday at $244.30, soaring 0.30%", "soaring",
          "'soaring' on a 0.30% (0.2 ATR) day"),
    # ---- value
    Plant("pullback-QQQ-2026-11-17", "value-close", "value", "value-mismatch",
          "to close at $615.97", "to close at $615.79", "$615.79", "the close with two digits swapped"),
    Plant("options-QQQ-2026-11-20", "value-put-call", "value", "value-mismatch",
          "Put/call OI ratio 1.32", "Put/call OI ratio 1.37", "1.37", "the put/call OI ratio swapped"),
    Plant("research-FRNT-2026-11-20", "value-index-level", "value", "value-mismatch",
          "to 35,112.40", "to 35,121.40", "35,121.40", "the 35,000-point index level with digits swapped"),
    # ---- direction
    Plant("wire-IWM-2026-11-17", "direction-vix", "direction", "direction-mismatch",
          "The VIX rose 6.02%", "The VIX fell 6.02%", "fell 6.02%", "the VIX rose; 'fell'"),
    Plant("qa-IWM-2026-11-20", "direction-week", "direction", "direction-mismatch",
          "IWM lost 1.10% over five sessions", "IWM gained 1.10% over five sessions", "gained 1.10%",
          "the 5-session loss called a gain"),
    Plant("record-DIA-2025-11-17", "direction-vix-jumped", "direction", "direction-mismatch",
          "The VIX dropped to 13.47", "The VIX jumped to 13.47", "jumped",
          "the VIX fell 4.67%; 'jumped'"),
    # ---- level side
    Plant("thread-IWM-2026-11-20", "level-support-above", "level", "level-wrong-side",
          "Support $242.80, resistance", "Support $252.53, resistance", "$252.53",
          "a resistance level above the close given as support", real_figure=True),
    Plant("options-QQQ-2026-11-20", "level-support-above-close", "level", "level-wrong-side",
          "Support at $620 (round)", "Support at $630 (round)", "$630",
          "support at a round number above the close (max pain)", real_figure=True),
    # ---- setup geometry
    Plant("qa-IWM-2026-11-20", "setup-short-stop-below", "setup", "setup-geometry",
          "a stop at $251.37", "a stop at $247.37", "$247.37", "a short's stop below its entry"),
    Plant("research-FRNT-2026-11-20", "setup-long-stop-above", "setup", "setup-geometry",
          "stop $30.53", "stop $31.53", "$31.53", "a long's stop above its entry on the $30 ETF"),
    # ---- weekday
    Plant("qa-IWM-2026-11-20", "weekday-session", "date", "weekday-mismatch",
          "on Friday, Nov 20", "on Thursday, Nov 20", "Thursday, Nov 20", "the session's weekday wrong"),
    Plant("recap-GSPC-2026-11-20", "weekday-list", "date", "weekday-mismatch",
          "**Wednesday, Nov 18:**", "**Thursday, Nov 18:**", "Thursday, Nov 18",
          "a weekday wrong in a day-by-day list"),
    # ---- citation
    Plant("pullback-QQQ-2026-11-17", "citation-unresolved", "citation", "citation-unresolved",
          "to 17.60 [2]", "to 17.60 [3]", "[3]", "a citation to a third source in a two-source article"),
    Plant("options-QQQ-2026-11-20", "citation-url-not-ingested", "citation", "source-not-ingested",
          "indices/2026-11-20/monthly-options-expiry.html", "indices/2026-11-21/monthly-options-expiry.html",
          "2026-11-21/monthly-options-expiry", "a listed source whose URL was never ingested"),
]


# ---------------------------------------------------------------- rendering


def render(c: Clean) -> str:
    return kit.render(c, sheets(c.key), sources_block)


SOURCE_LINES = {  # a cited item's line in each source format
    "md": "{n}. [{item.title}]({item.url}) — {item.publisher}, {day}",
    "plain": '[{n}] {item.publisher}, "{item.title}", {day}. {item.url}',
    "bare": "{n}) {item.title} ({item.publisher}, {day}) <{item.url}>",
    "thread": "[{n}] {item.url}",
}


def sources_block(c: Clean) -> str:
    return kit.sources_block(c, context(c.key).sources, U, SOURCE_LINES,
                             {"thread": ("Sources: ", " · ")})


README = """# A second blind holdout set for the verifier (generated: do not edit)

Written by `scripts/make_verify_holdout2.py` (`--check` compares with the disk, `--score`
runs the verifier over the set and lists every miss and false alarm) for issue 14, by
someone who had read neither `pipeline/verify/` nor the texts of `../verify_eval/` or
`../verify_holdout/`. Checked by `tests/test_verify_holdout2.py` (floors pinned there).

- `cases.json`: the case format of `../verify_eval/cases.json`. `file` is relative to
  this directory; `snapshot` and `sources` are keys into `context/snapshots/` and
  `context/sources/`, frozen copies of `../verify_eval/snapshots/` and `sources/` taken
  when the texts were written (regenerating the eval set does not move this one). The
  copies were taken before snapshots kept dated history; on 2026-12-04 (issue 14, missfix3)
  each snapshot and peer got `recent_sessions`, `recent_highs` and `recent_lows` from the
  eval snapshots of that day, built by the then-current pipeline from the same fixtures
  (their `recent_closes` identical to the frozen ones). Nothing else in the context moved,
  and the texts were not touched.
- `cases/`: the texts. A clean case must raise no error finding; a planted case (one
  exact substitution into a clean text) must raise its expected finding (`code`, `span`).
  `check` is the kind of error planted: `words`, `subject`, `timeframe`, `negation`,
  `quotation`, `trend`, `history`, `magnitude` (the classes of issue 14) and the basics
  `value`, `direction`, `level`, `setup`, `date` (weekday), `citation`.
- Every figure of a clean text is true: taken from the fact sheet of the snapshot or of a
  peer in the same file, from the snapshot's `recent_closes` (dated past closes), or from
  the text of the story the sentence cites. Numbers written in words were checked by hand
  (see each voice below). A planted figure that is some other real fact is marked so in
  the script (`real_figure`): the verifier must match a figure with the fact its words
  name, not with any fact that shares the value.

## The clean texts and their voices

"""


def readme() -> str:
    return kit.voices(README, CLEAN)


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
    return kit.report(ev, kit.eval_module(REPO), "holdout2")


def main(argv: list[str] | None = None) -> int:
    return kit.main(argv, doc=__doc__ or "", out=OUT, build=build_files,
                    score=lambda out: print(report(evaluate(out))), script="make_verify_holdout2.py")


if __name__ == "__main__":
    raise SystemExit(main())
