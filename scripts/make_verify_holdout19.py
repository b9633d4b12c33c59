"""Write the nineteenth blind holdout set for the verifier to tests/data/verify_holdout19/ (deterministic).

    .venv/bin/python scripts/make_verify_holdout19.py            # (re)write the set
    .venv/bin/python scripts/make_verify_holdout19.py --check    # exit 1 if the files on disk differ
    .venv/bin/python scripts/make_verify_holdout19.py --score    # run the verifier over the set, report

Written for issue 14 by someone who had read neither `pipeline/verify/` nor the texts of the
evaluation set or of the first eighteen holdouts (only the shared plumbing in
`scripts/verify_eval/holdout_kit.py`, `tests/holdout_helpers.py`, `tests/test_verify_holdout18.py`,
the top and the bottom of `scripts/make_verify_holdout18.py`, the other generators' module docstrings
(to learn which voices were taken), `pipeline/facts.py`, `pipeline/contracts/` and the README's
verifier section), and who did not run the verifier on these texts before the blind score. About two
thirds of the voices are market commentary as people really write it, in forms the earlier sets did
not use: an options desk's end-of-day flow note, a closing-bell newsletter with "By the numbers"
bullets, a futures desk's overnight recap applied to the ETFs, a retail broker app's push
notifications, a market-internals (breadth) note, an ETF-flows summary, a technical "chart of the
day" with a setup, an index provider's end-of-day factsheet, a regional newspaper's business brief
with a strategist's quote, a frontier-markets desk summary, a trading-floor squawk-box transcript, a
student-managed fund's weekly report, a wealth manager's tax-loss-harvesting note and a quarter-end
rebalancing note. The rest are unusual voices that carry non-market numbers on purpose next to the
market figures: a lottery draw announcement, a vet clinic's discharge note, a museum audio guide, a
car-service invoice, a darts league match report and a library overdue notice.

Every figure of a clean text was typed by hand from `pipeline.facts.build_fact_sheet(...)` of the
case's snapshot, of a peer in the same file, of the snapshot's dated bars (`recent_sessions`,
`recent_closes`, `recent_highs`, `recent_lows`), of the 50/200-day slopes the snapshot carries
(`trend.sma_50_slope_pct`, `trend.sma_200_slope_pct`), or from the text of a cited source;
approximations ("about 1.8%", "roughly two to one") were checked against the same values. Clock
times, years, counts of things, ages, scores, weights, prices of things that are not market data and
page furniture are there on purpose. The snapshots and sources are frozen copies in
tests/data/verify_holdout19/context/ (copied from tests/data/verify_holdout18/context/, itself a copy
of holdout 17's, on 2026-12-07; each carries 64 dated bars). No extra context day was added (the kit
loads one snapshot file per key and the set's keys are the shared ones). Each planted case is one
clean text with one exact substitution and one expected finding whose code is the README's documented
one for that fault; its note says why that code.

The blind score (once, on the branch point 1beddf0a, main when the set was begun; the set frozen in
c5248fb1): 673/819 planted errors caught (0.82), 39 error findings on the 20 clean texts (1.95 per
text), 747/819 planted spots flagged by an error finding of some code. Per kind, caught/planted: value
308/382, scale 10/11, derived 27/28, direction 42/66, indicator 22/25, pattern 21/28, level 19/24, setup
6/9, date 48/51, citation 13/13, subject 18/21, timeframe 18/18, quotation 11/17, trend 14/16, history
87/94, words 4/8, magnitude 5/8. None of the 39 findings was right (no clean text changed). The frozen
set planted no negation; eight negation plants were added after the blind score (a8da3c3c) and first
run with the landing score on the same verifier: 677/827 (0.82), negation 4/8, 39 error findings,
751/827 flagged. scripts/verify_eval/holdout19_score.md has the table, the findings per clean text and
the misses and false alarms by mechanism.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verify_eval import holdout_kit as kit  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- the clean texts

U = kit.FIXTURE_URLS  # the ingested items cited, by a short name

SET = kit.HoldoutSet("holdout19", REPO, U)  # the kit's source formats (md, plain, foot, paren)
OUT = SET.out
CLEAN = SET.texts
clean = SET.clean

plants = SET.plant_rows  # one clean text's plants, one a line (holdout_kit.HoldoutSet.plant_rows)


# A line starting with exactly two spaces continues the line before it. `<<SOURCES>>` becomes the
# Sources block. Figures are typed, not slotted: each was read off the key's fact sheet. Each text's
# planted errors follow it.

B = "flow-QQQ-2026-11-20"
clean(B, "QQQ-2026-11-20", "options-flow-note", "txt",
      "an options desk's end-of-day flow note with an underlying block, open-interest walls, a desk trade "
      "idea and a ticket reference",
      """QQQ FLOW DESK | end-of-day options color | Fri 11/20/2026 | sent 16:42 ET | desk line x4471

TL;DR: monthly opex is done, QQQ squeezed higher into the print, call buyers chased, and next week's
  board is pinned around $630.

UNDERLYING
QQQ $626.40 last, +$11.68 (+1.90%) vs $614.72 on Thursday. Opened $618.09 (a gap up of 0.55%), low
  $614.90, high $631.45. 86.8M shares traded, twice the 20-day average of 44.3M. The move was 1.6
  times the 14-day ATR of $8.05. The NDX rose 1.89% to 25,753.96, so the ETF tracked its index to
  within 0.01 pp.

Context: still 0.53% shy of the $629.76 record close from Wed Nov 11; the intraday record is $632.37
  (Thu Nov 12). Week +1.28%, month +0.27%, YTD +4.91%.

FLOW
- Nov 27 weekly board: call wall $640, put wall $610, max pain $630. Put/call OI 1.32.
- Tapewatch saw the same clusters: "$640 calls and $610 puts in QQQ" [1].
- Price finished below the upper Bollinger band ($629.47); the lower band is $609.43.

TECHNICALS THE DESK CARES ABOUT
- Above the 50-day ($614.02) by 2.02% and the 200-day ($580.22) by 7.96%. Golden cross since Jul
  27, 83 sessions ago.
- RSI 56.4, nowhere near overbought. MACD 1.96 still under its 2.46 signal (hist -0.51), so momentum
  hasn't confirmed the pop.
- Nearest resistance $627.27 (two touches), then $629.76; support $623.73, then $620 and the 50-day.

TRADE IDEA (desk, not advice): buy a break of $630.00, stop $621.95, target $649.31. That is 2.4 to 1.

Earlier this week: Mon $621.56, Tue $615.97, Wed $618.43, Thu $614.72.

Harbor Street Wire had QQQ closing "0.5% below the record close of $629.76" [2].

Desk hours Monday 07:30 to 17:00 ET. Ticket ref OPX-2026-1120-7.

<<SOURCES>>""", sources=("tw-opex20", "hs-megacap20"), source_format="plain")
plants(B, """
fl-close ;; value ;; V ;; QQQ $626.40 last ;; QQQ $624.60 last ;; $624.60 ;; the close was $626.40
fl-chg ;; value ;; V ;; +$11.68 (+1.90%) ;; +$11.86 (+1.90%) ;; $11.86 ;; the day's change was $11.68
fl-pct ;; value ;; V ;; (+1.90%) vs ;; (+1.09%) vs ;; 1.09% ;; QQQ rose 1.90%
fl-dir ;; direction ;; D ;; QQQ squeezed higher into ;; QQQ slid lower into ;; slid lower ;; QQQ rose 1.90%
  on the day
fl-prev ;; history ;; V ;; vs $614.72 on Thursday ;; vs $616.72 on Thursday ;; $616.72 ;; Thursday Nov 19
  closed at
  $614.72
fl-open ;; value ;; V ;; Opened $618.09 ;; Opened $619.08 ;; $619.08 ;; the open was $618.09
fl-gapd ;; direction ;; D ;; a gap up of 0.55% ;; a gap down of 0.55% ;; gap down ;; QQQ opened above
  Thursday's
  close
fl-gap ;; value ;; V ;; a gap up of 0.55% ;; a gap up of 0.65% ;; 0.65% ;; the opening gap was 0.55%
fl-low ;; value ;; V ;; low
  $614.90 ;; low
  $612.90 ;; $612.90 ;; the day's low was $614.90
fl-high ;; value ;; V ;; high $631.45 ;; high $633.45 ;; $633.45 ;; the day's high was $631.45
fl-vol ;; value ;; V ;; 86.8M shares ;; 68.8M shares ;; 68.8M ;; volume was 86.8M
fl-twice ;; words ;; V ;; twice the 20-day average ;; three times the 20-day average ;; three times ;; volume
  was 2.0 times the average
fl-atr ;; value ;; V ;; ATR of $8.05 ;; ATR of $9.05 ;; $9.05 ;; the 14-day ATR is $8.05
fl-ndx ;; subject ;; V ;; NDX rose 1.89% ;; NDX rose 1.10% ;; 1.10% ;; the NDX rose 1.89%; 1.10% is SPY's
  ;; real
fl-ndxl ;; value ;; V ;; to 25,753.96 ;; to 25,573.96 ;; 25,573.96 ;; the NDX closed at 25,753.96
fl-div ;; derived ;; DER ;; within 0.01 pp ;; within 0.21 pp ;; 0.21 pp ;; 1.90% - 1.89% = 0.01 pp
fl-ath ;; value ;; V ;; still 0.53% shy ;; still 0.35% shy ;; 0.35% ;; QQQ is 0.53% below the record close
fl-athd ;; date ;; WM ;; from Wed Nov 11 ;; from Tue Nov 11 ;; Tue ;; Nov 11, 2026 was a Wednesday
fl-ihd ;; date ;; WM ;; (Thu Nov 12) ;; (Fri Nov 12) ;; Fri ;; Nov 12, 2026 was a Thursday
fl-week ;; timeframe ;; V ;; Week +1.28% ;; Week +0.27% ;; +0.27% ;; the week was +1.28%; 0.27% is the
  month ;; real
fl-ytd ;; value ;; V ;; YTD +4.91% ;; YTD +4.19% ;; +4.19% ;; the year to date is +4.91%
fl-cw ;; value ;; V ;; call wall $640 ;; call wall $650 ;; $650 ;; the call wall is $640.00
fl-mp ;; value ;; V ;; max pain $630. ;; max pain $625. ;; $625 ;; max pain is $630.00
fl-pc ;; value ;; V ;; Put/call OI 1.32 ;; Put/call OI 1.37 ;; 1.37 ;; the put/call OI ratio is 1.32
fl-q ;; quotation ;; NU ;; "$640 calls and ;; "$650 calls and ;; $650 ;; Tapewatch wrote $640 calls
fl-bb ;; direction ;; D ;; finished below the upper Bollinger band ;; finished above the upper Bollinger
  band ;;
  above the upper Bollinger band ;; $626.40 is below the $629.47 upper band
fl-bbv ;; value ;; V ;; the lower band is $609.43 ;; the lower band is $606.43 ;; $606.43 ;; the lower band is
  $609.43
fl-50 ;; pattern ;; P ;; - Above the 50-day ;; - Below the 50-day ;; Below ;; $626.40 is above the $614.02
  50-day
fl-50v ;; value ;; V ;; 50-day ($614.02) ;; 50-day ($616.02) ;; $616.02 ;; the 50-day is $614.02
fl-p200 ;; value ;; V ;; by 7.96% ;; by 7.69% ;; 7.69% ;; QQQ is 7.96% above the 200-day
fl-crossd ;; date ;; DU ;; since Jul
  27 ;; since Jul
  17 ;; Jul 17 ;; the golden cross was on Jul 27
fl-cross ;; history ;; V ;; 83 sessions ago ;; 38 sessions ago ;; 38 sessions ;; the cross was 83 sessions ago
fl-rsi ;; indicator ;; IND ;; RSI 56.4, nowhere near overbought ;; RSI 56.4, firmly overbought ;;
  overbought ;;
  RSI 56.4 is not overbought
fl-rsiv ;; value ;; V ;; RSI 56.4, ;; RSI 65.4, ;; 65.4 ;; RSI is 56.4
fl-macd ;; indicator ;; IND ;; still under its 2.46 signal ;; now above its 2.46 signal ;; above its 2.46
  signal
  ;; MACD 1.96 is below its 2.46 signal
fl-res ;; level ;; LW ;; Nearest resistance $627.27 ;; Nearest support $627.27 ;; $627.27 ;; $627.27 is
  above the
  $626.40 close
fl-tch ;; level ;; V ;; (two touches) ;; (four touches) ;; four touches ;; $627.27 has two touches
fl-stop ;; setup ;; SG ;; stop $621.95 ;; stop $631.95 ;; $631.95 ;; a long's stop must be under its $630.00
  entry
fl-rr ;; setup ;; SRR ;; That is 2.4 to 1 ;; That is 4.4 to 1 ;; 4.4 to 1 ;; (649.31 - 630) / (630 -
  621.95) = 2.4
fl-mon ;; history ;; V ;; Mon $621.56 ;; Mon $612.56 ;; $612.56 ;; Monday Nov 16 closed at $621.56
fl-tue ;; history ;; V ;; Tue $615.97 ;; Tue $615.79 ;; $615.79 ;; Tuesday Nov 17 closed at $615.97
fl-q2 ;; quotation ;; NU ;; "0.5% below the record ;; "0.7% below the record ;; 0.7% ;; the story wrote 0.5%
fl-cite ;; citation ;; CU ;; $629.76" [2] ;; $629.76" [3] ;; [3] ;; there is no source [3]
""")

B = "bellnews-SPY-2026-11-20"
clean(B, "SPY-2026-11-20", "closing-bell-newsletter", "md",
      "a closing-bell email newsletter with a subject line, a 'By the numbers' bullet block, a one-chart "
      "section, a sponsor slot and an unsubscribe footer",
      """Subject: The Closing Bell | Fri, Nov 20, 2026 | Tech carries the tape into the weekend

Good evening. It's 4:35 p.m. ET and this is issue No. 412, read by 38,000 of you.

**The lede.** The S&P 500 finished Friday at 6,901.69, up 1.11%, and SPY closed at $688.00, up
  $7.49. Megacap tech did the heavy lifting: the Nasdaq 100 fund QQQ jumped 1.90% while small caps
  barely joined in. The Ledger Markets Daily wrap said the S&P 500 "climbed 1.1% to 6,901.69" [1].

**By the numbers**

- **$688.00**: SPY's close, between a low of $679.36 and a high of $689.87
- **1.10%**: SPY's gain, its first up day after Thursday's dip to $680.51
- **118.3M**: shares of SPY traded, 1.8 times the 20-day average
- **0.80 pp**: how far SPY trailed QQQ, and also how far it led IWM ($244.30, +0.30%)
- **15.60**: where the VIX settled, down 9.30%
- **0.97%**: SPY's distance below its record close of $694.71 (Thursday, Oct 22)
- **+1.10%**: SPY's week, from the $680.53 close of Friday, Nov 13
- **-0.97%**: SPY's month; the year to date is +3.28%
- **44**: sessions since the 50-day crossed above the 200-day (Monday, Sep 21)

**One chart.** SPY sits 1.11% above its 50-day average ($680.43) and 6.48% above its 200-day
  ($646.13). Over the last 20 sessions the 50-day rose about 1.8% while the 200-day barely moved
  (+0.13%). The fund has been stuck in a $678.45-$694.71 closing range for 29 sessions, a 2.40%
  band; resistance at $694.71 has turned it back five times.

**Under the hood.** RSI(14) at 55.0 says neutral. The MACD (0.82) is below its signal line (1.59).
  The day's move was about 1.1 times the 14-day ATR of $7.06, solid without being wild.

**Across the street.** The Dow fund DIA rose 0.60% to $471.60. Earlier this week SPY closed at
  $683.25 on Monday, $679.84 on Tuesday and $681.88 on Wednesday. The Dow added 0.1% Thursday,
  per Harbor Street Wire [2].

*This issue is brought to you by Quillfeather Notebooks: 20% off with code BELL20 through Nov 30.*

Reply to this email with questions; we read all 1,100 a week. Unsubscribe | Manage preferences

<<SOURCES>>""", sources=("ld-rebound20", "hs-edge19"))
plants(B, """
bn-gspc ;; value ;; V ;; finished Friday at 6,901.69 ;; finished Friday at 6,910.69 ;; 6,910.69 ;; the S&P 500
  closed at 6,901.69
bn-gspcp ;; value ;; V ;; 6,901.69, up 1.11% ;; 6,901.69, up 1.41% ;; 1.41% ;; the S&P 500 rose 1.11%
bn-scale ;; scale ;; SC ;; SPY closed at $688.00, up
  $7.49 ;; SPY closed at 6,880.00, up
  $7.49 ;; 6,880.00 ;; SPY is an ETF in dollars near $688, not an index level
bn-chg ;; value ;; V ;; up
  $7.49. ;; up
  $7.94. ;; $7.94 ;; SPY's change was $7.49
bn-qqq ;; subject ;; V ;; QQQ jumped 1.90% ;; QQQ jumped 1.11% ;; 1.11% ;; QQQ rose 1.90%; 1.11% is the S&P
  500's ;;
  real
bn-mg ;; magnitude ;; MG ;; QQQ jumped 1.90% while small caps
  barely joined in ;; QQQ edged 1.90% higher while small caps
  barely joined in ;; edged ;; 1.90% is 1.6 ATRs, not an edge
bn-q ;; quotation ;; NU ;; "climbed 1.1% to 6,901.69" ;; "climbed 1.4% to 6,901.69" ;; 1.4% ;; the story
  wrote 1.1%
bn-close ;; value ;; V ;; **$688.00**: SPY's close ;; **$686.00**: SPY's close ;; $686.00 ;; the close was
  $688.00
bn-low ;; value ;; V ;; a low of $679.36 ;; a low of $677.36 ;; $677.36 ;; the day's low was $679.36
bn-high ;; value ;; V ;; a high of $689.87 ;; a high of $698.87 ;; $698.87 ;; the day's high was $689.87
bn-pct ;; value ;; V ;; **1.10%**: SPY's gain ;; **1.70%**: SPY's gain ;; 1.70% ;; SPY rose 1.10%
bn-first ;; direction ;; D ;; its first up day after Thursday's dip ;; its first down day after Thursday's
  dip ;;
  down day ;; SPY rose on Friday
bn-thu ;; history ;; V ;; dip to $680.51 ;; dip to $680.15 ;; $680.15 ;; Thursday's close was $680.51
bn-vol ;; value ;; V ;; **118.3M**: shares ;; **113.8M**: shares ;; 113.8M ;; volume was 118.3M
bn-vr ;; value ;; V ;; 1.8 times the 20-day ;; 2.8 times the 20-day ;; 2.8 times ;; volume was 1.8 times the
  average
bn-div ;; derived ;; DER ;; **0.80 pp**: how far ;; **0.90 pp**: how far ;; 0.90 pp ;; 1.10% - 1.90% =
  -0.80 pp
bn-led ;; direction ;; D ;; how far SPY trailed QQQ ;; how far SPY led QQQ ;; led QQQ ;; SPY rose less than
  QQQ
bn-iwm ;; subject ;; V ;; IWM ($244.30, +0.30%) ;; IWM ($244.30, +0.60%) ;; +0.60% ;; IWM rose 0.30%; 0.60%
  is DIA's
  ;; real
bn-vix ;; value ;; V ;; **15.60**: where ;; **16.50**: where ;; 16.50 ;; the VIX closed at 15.60
bn-vixd ;; direction ;; D ;; settled, down 9.30% ;; settled, up 9.30% ;; up ;; the VIX fell 9.30%
bn-ath ;; value ;; V ;; **0.97%**: SPY's distance ;; **0.79%**: SPY's distance ;; 0.79% ;; SPY is 0.97%
  below the
  record
bn-athv ;; value ;; V ;; record close of $694.71 ;; record close of $697.41 ;; $697.41 ;; the record close
  is $694.71
bn-athd ;; date ;; WM ;; (Thursday, Oct 22) ;; (Wednesday, Oct 22) ;; Wednesday ;; Oct 22, 2026 was a Thursday
bn-wk13 ;; history ;; V ;; the $680.53 close ;; the $685.03 close ;; $685.03 ;; Friday Nov 13 closed at
  $680.53
bn-13d ;; date ;; WM ;; of Friday, Nov 13 ;; of Thursday, Nov 13 ;; Thursday ;; Nov 13, 2026 was a Friday
bn-month ;; timeframe ;; V ;; **-0.97%**: SPY's month ;; **-0.17%**: SPY's month ;; -0.17% ;; the month was
  -0.97%;
  -0.17% is DIA's month ;; real
bn-ytd ;; value ;; V ;; year to date is +3.28% ;; year to date is +3.82% ;; +3.82% ;; the year to date is
  +3.28%
bn-44 ;; history ;; V ;; **44**: sessions ;; **54**: sessions ;; 54 ;; the cross was 44 sessions ago
bn-crossd ;; date ;; DU ;; (Monday, Sep 21) ;; (Monday, Sep 28) ;; Sep 28 ;; the golden cross was on Sep 21
bn-50 ;; value ;; V ;; SPY sits 1.11% above ;; SPY sits 1.71% above ;; 1.71% ;; SPY is 1.11% above the 50-day
bn-50p ;; pattern ;; P ;; 1.11% above its 50-day ;; 1.11% below its 50-day ;; below ;; $688.00 is above the
  $680.43
  50-day
bn-200 ;; value ;; V ;; ($646.13) ;; ($641.63) ;; $641.63 ;; the 200-day is $646.13
bn-slope ;; trend ;; P ;; the 50-day rose about 1.8% ;; the 50-day fell about 1.8% ;; fell ;; the 50-day rose
  1.76% over 20 sessions
bn-slope2 ;; trend ;; V ;; the 200-day barely moved
  (+0.13%) ;; the 200-day barely moved
  (+0.37%) ;; +0.37% ;; the 200-day slope was +0.13%
bn-rng ;; value ;; V ;; $678.45-$694.71 ;; $676.45-$694.71 ;; $676.45 ;; the range floor is $678.45
bn-rngw ;; value ;; V ;; a 2.40%
  band ;; a 2.80%
  band ;; 2.80% ;; the range is 2.40% wide
bn-five ;; level ;; V ;; turned it back five times ;; turned it back eight times ;; eight times ;; $694.71
  has five
  touches
bn-rsi ;; indicator ;; IND ;; at 55.0 says neutral ;; at 55.0 says oversold ;; oversold ;; RSI 55.0 is not
  oversold
bn-macd ;; indicator ;; IND ;; (0.82) is below its signal ;; (0.82) is above its signal ;; above its signal
  ;; MACD
  0.82 is below its 1.59 signal
bn-atr ;; value ;; V ;; ATR of $7.06 ;; ATR of $6.07 ;; $6.07 ;; the ATR is $7.06
bn-dia ;; value ;; V ;; DIA rose 0.60% to $471.60 ;; DIA rose 0.60% to $474.60 ;; $474.60 ;; DIA closed at
  $471.60
bn-mon ;; history ;; V ;; $683.25 on Monday ;; $682.35 on Monday ;; $682.35 ;; Monday Nov 16 closed at $683.25
bn-tue ;; history ;; V ;; $679.84 on Tuesday ;; $679.48 on Tuesday ;; $679.48 ;; Tuesday Nov 17 closed at
  $679.84
bn-cite ;; citation ;; CU ;; Harbor Street Wire [2] ;; Harbor Street Wire [4] ;; [4] ;; there is no source [4]
bn-cs ;; citation ;; CS ;; we read all 1,100 a week. ;; we read all 1,100 a week [1]. ;; [1] ;; reader mail
  shares
  nothing with the cited story
""")

B = "overnight-DIA-2026-11-20"
clean(B, "DIA-2026-11-20", "futures-overnight-recap", "txt",
      "a futures desk's weekend recap before the Sunday reopen, applied to the Dow ETF: a settle block, "
      "global markets in one line, shorthand levels (R1/S1, pivot), a wire check and a desk calendar",
      """OVERNIGHT DESK RECAP -- index futures, read across to the cash ETFs
Prepared Sun Nov 22, 2026, 17:10 ET, ahead of the 18:00 ET Globex reopen. Night desk, desk 14.

RTH SETTLE RECAP (Friday)
DIA settled the cash session at $471.60, +$2.81 or +0.60%. Range $467.35 to $471.86; it opened at
  $468.96, a hair above Thursday's $468.79 close. The Dow itself closed at 47,220.31 (+0.58%), so the
  ETF ran 0.02 pp ahead of its index. Third straight up close: DIA has gained 1.00% over those three
  sessions (Wed $468.32, Thu $468.79, Fri $471.60).

Volume 5.5M shares vs a 3.4M 20-day average. Move size 0.6 ATR (ATR $4.50, 0.95% of price), an
  ordinary day.

Relative: DIA lagged SPY (+1.10%) by 0.50 pp and QQQ (+1.90%) by 1.30 pp, but beat IWM (+0.30%) by
  0.30 pp.

GLOBAL (Friday sessions)
DAX +0.62% at 24,106.94 | Nikkei +0.41% at 48,912.62 | Hang Seng -1.21% at 25,873.84
WTI 67.80 (+1.04%) | Gold 4,050.95 (+0.48%) | EUR/USD 1.1553 | USD/JPY 155.29 | BTC 91,229 (Thu)

LEVELS FOR THE REOPEN (cash-equivalent)
R2 $476.13 (3 touches) | R1 $473.00 (3 touches) | S1 $470.00 | S2 $467.61 (the 50-day, 4 touches)
  | S3 $464.29 (range floor, 3 touches)
The 43-session closing range runs $464.29 to $474.50 (2.20% wide). Options for the Nov 27 expiry: max
  pain $473, call wall $480, put wall $465, put/call 1.14.

TREND / MOMENTUM
Price above the 20d ($469.16), 50d ($467.61) and 200d ($454.80). 50d over 200d since Fri Oct 2, 35
  sessions. The 50d is rising (+0.75% over 20 sessions), the 200d drifting lower (-0.32%). RSI 55.5;
  MACD 0.34 under its 0.47 signal. Bollinger $463.75 / $474.57.
DIA is still 4.52% below its $493.91 record close (Mon Jan 12) and 11.38% above the 52-week low of
  $423.43 (Thu Apr 30).

PERIODS: week +1.10%, month -0.17%, YTD -0.72%.

WIRE CHECK
Harbor Street Wire on Thursday: the Dow "added 0.1% to 46,946.60" [1]. Tapewatch on Wednesday had DIA
  closing at $468.32 [2].

Calendar: FOMC Dec 9, 13 sessions out. Thanksgiving Thursday Nov 26, cash closed; Friday Nov 27 is a
  half day. Night desk staffed until 02:00 ET. The coffee machine on 14 is broken again.

<<SOURCES>>""", sources=("hs-edge19", "tw-dow18"), source_format="plain")
plants(B, """
on-close ;; value ;; V ;; settled the cash session at $471.60 ;; settled the cash session at $472.60 ;;
  $472.60 ;;
  DIA closed at $471.60
on-chg ;; value ;; V ;; +$2.81 or ;; +$2.18 or ;; $2.18 ;; the change was $2.81
on-pct ;; value ;; V ;; or +0.60%. ;; or +0.66%. ;; 0.66% ;; DIA rose 0.60%
on-dir ;; direction ;; D ;; +$2.81 or +0.60% ;; -$2.81 or -0.60% ;; -$2.81 ;; DIA rose $2.81
on-low ;; value ;; V ;; Range $467.35 to ;; Range $465.35 to ;; $465.35 ;; the day's low was $467.35
on-high ;; value ;; V ;; to $471.86; ;; to $472.86; ;; $472.86 ;; the day's high was $471.86
on-open ;; value ;; V ;; opened at
  $468.96 ;; opened at
  $469.96 ;; $469.96 ;; the open was $468.96
on-above ;; direction ;; D ;; a hair above Thursday's ;; a hair below Thursday's ;; below ;; $468.96 opened
  above
  Thursday's $468.79
on-prev ;; history ;; V ;; Thursday's $468.79 close ;; Thursday's $467.89 close ;; $467.89 ;; Thursday
  closed at
  $468.79
on-dji ;; value ;; V ;; closed at 47,220.31 ;; closed at 47,202.31 ;; 47,202.31 ;; the Dow closed at 47,220.31
on-djip ;; value ;; V ;; (+0.58%) ;; (+0.83%) ;; +0.83% ;; the Dow rose 0.58%
on-div ;; derived ;; DER ;; ran 0.02 pp ahead ;; ran 0.22 pp ahead ;; 0.22 pp ;; 0.60% - 0.58% = 0.02 pp
on-third ;; history ;; V ;; Third straight up close ;; Fifth straight up close ;; Fifth ;; DIA's up streak
  is three
  sessions
on-str ;; history ;; V ;; has gained 1.00% over ;; has gained 1.40% over ;; 1.40% ;; the three-session streak
  gained 1.00%
on-wed ;; history ;; V ;; (Wed $468.32, ;; (Wed $468.23, ;; $468.23 ;; Wednesday Nov 18 closed at $468.32
on-vol ;; value ;; V ;; Volume 5.5M shares ;; Volume 5.9M shares ;; 5.9M ;; volume was 5.5M
on-avg ;; value ;; V ;; vs a 3.4M 20-day ;; vs a 4.3M 20-day ;; 4.3M ;; the 20-day average volume is 3.4M
on-atr ;; value ;; V ;; Move size 0.6 ATR ;; Move size 1.7 ATR ;; 1.7 ATR ;; the move was 0.6 ATR
on-atrv ;; value ;; V ;; (ATR $4.50, ;; (ATR $5.40, ;; $5.40 ;; the ATR is $4.50
on-spy ;; derived ;; DER ;; SPY (+1.10%) by 0.50 pp ;; SPY (+1.10%) by 0.70 pp ;; 0.70 pp ;; 0.60% - 1.10% =
  -0.50 pp
on-lag ;; direction ;; D ;; DIA lagged SPY ;; DIA beat SPY ;; beat SPY ;; DIA rose 0.60%, SPY 1.10%
on-qqq ;; subject ;; V ;; QQQ (+1.90%) ;; QQQ (+1.10%) ;; +1.10% ;; QQQ rose 1.90%; 1.10% is SPY's ;; real
on-iwm ;; direction ;; D ;; but beat IWM ;; but trailed IWM ;; trailed IWM ;; DIA rose 0.60%, IWM 0.30%
on-dax ;; value ;; V ;; DAX +0.62% ;; DAX +0.67% ;; +0.67% ;; the DAX rose 0.62%
on-hsi ;; direction ;; D ;; Hang Seng -1.21% ;; Hang Seng +1.21% ;; +1.21% ;; the Hang Seng fell 1.21%
on-nik ;; value ;; V ;; at 48,912.62 ;; at 48,192.62 ;; 48,192.62 ;; the Nikkei closed at 48,912.62
on-wti ;; value ;; V ;; WTI 67.80 ;; WTI 68.70 ;; 68.70 ;; WTI settled at 67.80
on-r2 ;; level ;; V ;; R2 $476.13 (3 touches) ;; R2 $476.13 (6 touches) ;; 6 touches ;; $476.13 has three
  touches
on-r1 ;; level ;; LW ;; R1 $473.00 ;; R1 $470.00 ;; R1 $470.00 ;; $470.00 is below the $471.60 close, so not
  resistance ;; real
on-s2 ;; level ;; LW ;; S2 $467.61 ;; S2 $474.50 ;; S2 $474.50 ;; $474.50 is above the close, so not
  support ;; real
on-rng ;; value ;; V ;; runs $464.29 to $474.50 ;; runs $464.29 to $475.40 ;; $475.40 ;; the range top is
  $474.50
on-rngw ;; value ;; V ;; (2.20% wide) ;; (2.60% wide) ;; 2.60% ;; the range is 2.20% wide
on-rngn ;; history ;; V ;; The 43-session closing range ;; The 34-session closing range ;; 34-session ;;
  the range
  spans 43 sessions
on-mp ;; value ;; V ;; max
  pain $473, ;; max
  pain $475, ;; $475 ;; max pain is $473.00
on-pc ;; value ;; V ;; put/call 1.14 ;; put/call 1.41 ;; 1.41 ;; the put/call ratio is 1.14
on-200 ;; value ;; V ;; 200d ($454.80) ;; 200d ($458.40) ;; $458.40 ;; the 200-day is $454.80
on-crossd ;; date ;; WM ;; since Fri Oct 2 ;; since Thu Oct 2 ;; Thu ;; Oct 2, 2026 was a Friday
on-cross ;; history ;; V ;; Oct 2, 35
  sessions ;; Oct 2, 53
  sessions ;; 53 sessions ;; the cross was 35 sessions ago
on-slope ;; trend ;; P ;; the 200d drifting lower ;; the 200d climbing ;; climbing ;; the 200-day fell
  0.32% over
  20 sessions
on-slope50 ;; trend ;; V ;; (+0.75% over 20 sessions) ;; (+1.57% over 20 sessions) ;; +1.57% ;; the 50-day
  rose
  0.75%
on-rsi ;; value ;; V ;; RSI 55.5; ;; RSI 59.5; ;; 59.5 ;; RSI is 55.5
on-macd ;; indicator ;; IND ;; MACD 0.34 under its 0.47 signal ;; MACD 0.34 over its 0.47 signal ;; over
  its 0.47
  signal ;; MACD is below its signal
on-bb ;; value ;; V ;; Bollinger $463.75 ;; Bollinger $463.57 ;; $463.57 ;; the lower band is $463.75
on-ath ;; value ;; V ;; still 4.52% below ;; still 4.25% below ;; 4.25% ;; DIA is 4.52% below its record
on-athd ;; date ;; WM ;; (Mon Jan 12) ;; (Tue Jan 12) ;; Tue ;; Jan 12, 2026 was a Monday
on-low52 ;; value ;; V ;; 11.38% above ;; 13.18% above ;; 13.18% ;; DIA is 11.38% above the 52-week low
on-lowd ;; date ;; DU ;; (Thu Apr 30) ;; (Thu Apr 23) ;; Apr 23 ;; the 52-week low was on Apr 30
on-week ;; timeframe ;; V ;; week +1.10% ;; week -0.17% ;; -0.17% ;; the week was +1.10%; -0.17% is the
  month ;;
  real
on-ytd ;; direction ;; D ;; YTD -0.72% ;; YTD +0.72% ;; +0.72% ;; DIA is down 0.72% this year
on-q ;; quotation ;; NU ;; "added 0.1% to 46,946.60" ;; "added 0.1% to 46,964.60" ;; 46,964.60 ;; the story
  wrote
  46,946.60
on-cite ;; citation ;; CU ;; at $468.32 [2] ;; at $468.32 [5] ;; [5] ;; there is no source [5]
on-fomc ;; date ;; DU ;; FOMC Dec 9 ;; FOMC Dec 16 ;; Dec 16 ;; the Fed decision is on Dec 9
""")

B = "push-IWM-2026-11-20"
clean(B, "IWM-2026-11-20", "push-notifications", "txt",
      "a retail broker app's notification log for one ticker, exported the next morning: clock stamps, "
      "alert prices the user set, a position size and its value, and one-line market pushes",
      """[Trovio app | notification log | exported Sat Nov 21, 2026 09:12 | 23 notifications, 16 shown]

09:30 Market open
IWM opened at $244.20, above Thursday's $243.57 close. Tap to view.

10:05 Price alert
IWM crossed below your $244.00 alert. You set this alert 41 days ago.

16:00 Closing bell
IWM closed at $244.30, up $0.73 (+0.30%). Day range $243.65 - $244.45.

16:02 Your watchlist
QQQ +1.90% | SPY +1.10% | DIA +0.60% | IWM +0.30%. IWM was the weakest of your 4 names today.

16:05 Streak
IWM has trailed SPY for 6 sessions in a row.

16:10 Technicals
IWM is 0.60% below its 50-day moving average ($245.77) and 5.86% above its 200-day ($230.77).

16:15 Volatility
Today's move was 0.2x the 14-day ATR of $2.83. Volume 39.6M, 1.3x the 20-day average.

16:20 Options
Nov 27 expiry: max pain $245 | call wall $250 | put wall $240 | P/C 1.12

17:30 News
Ledger Markets Daily: IWM is "still boxed between roughly $240 and $250, where it has traded for five
  weeks" [1]

18:00 Weekly recap
Your IWM position: 12 shares, worth $2,931.60. IWM this week -1.10% | month -1.65% | YTD +0.42%.

18:05 Range check
25-session closing range $241.00 - $249.26 (3.43% wide). The top has been tested 3 times.

Sat 08:00 Record watch
IWM is 5.23% below its record close of $257.77 from Fri Nov 28, 2025. 52-week low $204.10 (Thu Apr 9).

Sat 08:30 Rates
The 10-year yield fell 7 basis points to 4.06% on Friday, per Macro Brief [2].

Sat 09:00 This week's closes
Mon $247.26 | Tue $245.28 | Wed $244.79 | Thu $243.57 | Fri $244.30

Sat 09:05 Indicators
RSI(14) 48.2, neutral | MACD 0.31, below its 0.51 signal | Bollinger $239.63 / $250.15 | golden cross
  since Mon Aug 10 (73 sessions)

Sat 09:10 Index
The Russell 2000 rose 0.30% to 2,456.17 on Friday, in step with IWM.

Not investment advice. Settings > Notifications > Alerts. 4 unread.

<<SOURCES>>""", sources=("ld-smallcaps20", "mb-yields20"), source_format="paren")
plants(B, """
pn-open ;; value ;; V ;; IWM opened at $244.20 ;; IWM opened at $244.02 ;; $244.02 ;; the open was $244.20
pn-above ;; direction ;; D ;; $244.20, above Thursday's ;; $244.20, below Thursday's ;; below ;; $244.20 is
  above
  $243.57
pn-prev ;; history ;; V ;; above Thursday's $243.57 close ;; above Thursday's $243.75 close ;; $243.75 ;;
  Thursday
  closed at $243.57
pn-close ;; value ;; V ;; IWM closed at $244.30 ;; IWM closed at $243.30 ;; $243.30 ;; the close was $244.30
pn-chg ;; value ;; V ;; up $0.73 ;; up $0.37 ;; $0.37 ;; the change was $0.73
pn-dir ;; direction ;; D ;; closed at $244.30, up ;; closed at $244.30, down ;; down ;; IWM rose on the day
pn-pct ;; value ;; V ;; (+0.30%). Day ;; (+0.38%). Day ;; +0.38% ;; IWM rose 0.30%
pn-low ;; value ;; V ;; range $243.65 - ;; range $243.56 - ;; $243.56 ;; the day's low was $243.65
pn-high ;; value ;; V ;; - $244.45. ;; - $245.45. ;; $245.45 ;; the day's high was $244.45
pn-qqq ;; subject ;; V ;; QQQ +1.90% ;; QQQ +0.60% ;; +0.60% ;; QQQ rose 1.90%; 0.60% is DIA's ;; real
pn-dia ;; value ;; V ;; DIA +0.60% ;; DIA +0.66% ;; +0.66% ;; DIA rose 0.60%
pn-weak ;; direction ;; D ;; IWM was the weakest ;; IWM was the strongest ;; strongest ;; IWM rose least of
  the four
pn-streak ;; history ;; V ;; for 6 sessions in a row ;; for 9 sessions in a row ;; 9 sessions ;; IWM
  trailed SPY 6
  sessions
pn-50 ;; value ;; V ;; IWM is 0.60% below ;; IWM is 0.90% below ;; 0.90% ;; IWM is 0.60% below the 50-day
pn-50p ;; pattern ;; P ;; 0.60% below its 50-day ;; 0.60% above its 50-day ;; above ;; $244.30 is below the
  $245.77
  50-day
pn-50v ;; value ;; V ;; average ($245.77) ;; average ($247.57) ;; $247.57 ;; the 50-day is $245.77
pn-200 ;; value ;; V ;; 5.86% above ;; 6.58% above ;; 6.58% ;; IWM is 5.86% above the 200-day
pn-atr ;; value ;; V ;; was 0.2x the 14-day ;; was 1.2x the 14-day ;; 1.2x ;; the move was 0.2 ATR
pn-atrv ;; value ;; V ;; ATR of $2.83 ;; ATR of $3.82 ;; $3.82 ;; the ATR is $2.83
pn-vol ;; value ;; V ;; Volume 39.6M ;; Volume 36.9M ;; 36.9M ;; volume was 39.6M
pn-vr ;; value ;; V ;; 1.3x the 20-day ;; 1.9x the 20-day ;; 1.9x ;; volume was 1.3 times the average
pn-mp ;; value ;; V ;; max pain $245 | ;; max pain $242 | ;; $242 ;; max pain is $245.00
pn-pw ;; value ;; V ;; put wall $240 ;; put wall $235 ;; $235 ;; the put wall is $240.00
pn-pc ;; value ;; V ;; P/C 1.12 ;; P/C 1.27 ;; 1.27 ;; the put/call ratio is 1.12
pn-q ;; quotation ;; NU ;; traded for five
  weeks" ;; traded for seven
  weeks" ;; seven weeks ;; the story wrote five weeks
pn-q2 ;; quotation ;; NU ;; roughly $240 and $250, ;; roughly $235 and $250, ;; $235 ;; the story wrote $240
pn-week ;; timeframe ;; V ;; this week -1.10% ;; this week -1.65% ;; -1.65% ;; the week was -1.10%; -1.65%
  is the
  month ;; real
pn-month ;; value ;; V ;; month -1.65% ;; month -1.45% ;; -1.45% ;; the month was -1.65%
pn-ytd ;; direction ;; D ;; YTD +0.42% ;; YTD -0.42% ;; -0.42% ;; IWM is up 0.42% this year
pn-rng ;; value ;; V ;; range $241.00 - $249.26 ;; range $241.00 - $249.62 ;; $249.62 ;; the range top is
  $249.26
pn-rngw ;; value ;; V ;; (3.43% wide) ;; (3.34% wide) ;; 3.34% ;; the range is 3.43% wide
pn-tch ;; level ;; V ;; tested 3 times ;; tested 5 times ;; 5 times ;; $249.26 has three touches
pn-ath ;; value ;; V ;; IWM is 5.23% below ;; IWM is 5.32% below ;; 5.32% ;; IWM is 5.23% below the record
pn-athv ;; value ;; V ;; record close of $257.77 ;; record close of $258.49 ;; $258.49 ;; the record close
  is $257.77;
  $258.49 is the intraday high ;; real
pn-athd ;; date ;; WM ;; from Fri Nov 28, 2025 ;; from Sat Nov 28, 2025 ;; Sat ;; Nov 28, 2025 was a Friday
pn-low52 ;; value ;; V ;; 52-week low $204.10 ;; 52-week low $240.10 ;; $240.10 ;; the 52-week low is $204.10
pn-lowd ;; date ;; WM ;; (Thu Apr 9) ;; (Wed Apr 9) ;; Wed ;; Apr 9, 2026 was a Thursday
pn-q3 ;; quotation ;; NU ;; fell 7 basis points to 4.06% ;; fell 9 basis points to 4.06% ;; 9 basis points
  ;; the
  story wrote 7 basis points
pn-cite ;; citation ;; CU ;; per Macro Brief [2] ;; per Macro Brief [3] ;; [3] ;; there is no source [3]
pn-mon ;; history ;; V ;; Mon $247.26 ;; Mon $247.62 ;; $247.62 ;; Monday Nov 16 closed at $247.26
pn-tue ;; history ;; V ;; Tue $245.28 ;; Tue $245.82 ;; $245.82 ;; Tuesday Nov 17 closed at $245.28
pn-wed ;; history ;; V ;; Wed $244.79 ;; Wed $244.97 ;; $244.97 ;; Wednesday Nov 18 closed at $244.79
pn-rsi ;; indicator ;; IND ;; RSI(14) 48.2, neutral ;; RSI(14) 48.2, overbought ;; overbought ;; RSI 48.2
  is not
  overbought
pn-macd ;; indicator ;; IND ;; MACD 0.31, below its 0.51 signal ;; MACD 0.31, above its 0.51 signal ;;
  above its
  0.51 signal ;; MACD is below its signal
pn-cross ;; pattern ;; P ;; golden cross
  since Mon Aug 10 ;; death cross
  since Mon Aug 10 ;; death cross ;; the 50-day is above the 200-day
pn-crossn ;; history ;; V ;; (73 sessions) ;; (37 sessions) ;; 37 sessions ;; the cross was 73 sessions ago
pn-rut ;; value ;; V ;; to 2,456.17 ;; to 2,465.17 ;; 2,465.17 ;; the Russell 2000 closed at 2,456.17
pn-mg ;; magnitude ;; MG ;; IWM closed at $244.30, up ;; IWM surged to $244.30, up ;; surged ;; IWM rose
  0.30%, 0.2 ATR: not a surge
pn-rutsc ;; scale ;; SC ;; rose 0.30% to 2,456.17 ;; rose 0.30% to $2,456.17 ;; $2,456.17 ;; the index is
  in points,
  not dollars
""")

B = "internals-GSPC-2026-11-20"
clean(B, "idx_GSPC-2026-11-20", "market-internals-note", "md",
      "a market-structure note on the day's internals: the index against its own averages and bands, "
      "the size tiers side by side, breadth in words from the wire, a short table of the index's week",
      """## Internals check, Friday 11/20: a narrow lift

*Market structure desk. 3 min read. Filed 17:20 ET; revised once at 17:45 for a typo.*

The S&P 500 closed at 6,901.69, up 75.63 points or 1.11%, its best day of the week, after opening at
  6,833.00 and trading between 6,815.01 and 6,920.40. On the surface that is a strong session: the
  move was about 1.1 times the index's 14-day average true range of 70.89 points.

Underneath, the tape was thinner. Harbor Street Wire noted that "Nearly as many NYSE stocks fell as
  rose" and that the equal-weight index lagged [1]. The size tiers tell the same story:

| Gauge | Friday | vs S&P 500 |
|---|---:|---:|
| Nasdaq 100 | +1.89% to 25,753.96 | +0.78 pp |
| S&P 500 | +1.11% to 6,901.69 | -- |
| Dow industrials | +0.58% to 47,220.31 | -0.52 pp |
| Russell 2000 | +0.30% to 2,456.17 | -0.80 pp |

So the index trailed the Nasdaq 100 by 0.78 pp but beat the Russell 2000 by 0.80 pp. The VIX fell 9.30%
  to 15.60.

**Where it sits.** 1.13% above the 50-day average (6,824.87) and 6.50% above the 200-day (6,480.69).
  The 50-day has risen about 1.77% over the past 20 sessions; the 200-day is nearly flat, up 0.13%. The
  golden cross of Monday, Sep 21 is 44 sessions old. The Bollinger bands run from 6,786.65 to 6,954.18,
  a width of 2.44%, and the close is inside them.

**The range.** For 29 sessions the closes have held between 6,805.34 and 6,968.14, a 2.39% corridor.
  The top is the record close from Thursday, Oct 22; the index is 0.95% below it. The round 7,000 is
  1.42% above. Friday's close sat just above the round 6,900, which has no touches in the window.

**Momentum.** RSI(14) 54.9, the middle of the scale. MACD 8.49 against a 16.37 signal: still below it.

**The week, closes:** Mon 6,855.03 | Tue 6,821.04 | Wed 6,841.38 | Thu 6,826.06 | Fri 6,901.69. The
  index gained 1.10% over five sessions, but it is down 0.95% over the month and up 3.33% this year.
  The 52-week closing low is 5,938.73 (Tuesday, Apr 28); the index is 16.21% above it.

Tapewatch had the Monday close at 6,855.03 [2].

*Next note Monday. This desk has published 1,412 of these since 2019.*

<<SOURCES>>""", sources=("hs-megacap20", "tw-50day16"))
plants(B, """
in-close ;; value ;; V ;; closed at 6,901.69, up ;; closed at 6,910.69, up ;; 6,910.69 ;; the index closed at
  6,901.69
in-pts ;; value ;; V ;; up 75.63 points ;; up 57.63 points ;; 57.63 ;; the change was 75.63 points
in-pct ;; value ;; V ;; or 1.11%, its best ;; or 1.91%, its best ;; 1.91% ;; the index rose 1.11%
in-dir ;; direction ;; D ;; up 75.63 points ;; down 75.63 points ;; down ;; the index rose
in-best ;; history ;; D ;; its best day of the week ;; its worst day of the week ;; worst day ;; Friday's
  +1.11% was
  the week's best
in-open ;; value ;; V ;; opening at
  6,833.00 ;; opening at
  6,883.00 ;; 6,883.00 ;; the open was 6,833.00
in-low ;; value ;; V ;; between 6,815.01 and ;; between 6,851.01 and ;; 6,851.01 ;; the day's low was 6,815.01
in-high ;; value ;; V ;; and 6,920.40. ;; and 6,902.40. ;; 6,902.40 ;; the day's high was 6,920.40
in-sc ;; scale ;; SC ;; and 6,920.40. ;; and $6,920.40. ;; $6,920.40 ;; the S&P 500 is in points, not dollars
in-atr ;; value ;; V ;; about 1.1 times ;; about 2.7 times ;; 2.7 times ;; the move was 1.1 ATRs
in-atrv ;; value ;; V ;; range of 70.89 points ;; range of 79.08 points ;; 79.08 ;; the ATR is 70.89
in-q ;; quotation ;; NU ;; "Nearly as many NYSE stocks fell as
  rose" ;; "Twice as many NYSE stocks rose as
  fell" ;; Twice ;; the story wrote nearly as many fell as rose
in-ndx ;; value ;; V ;; +1.89% to 25,753.96 ;; +1.86% to 25,753.96 ;; +1.86% ;; the Nasdaq 100 rose 1.89%
in-ndxl ;; value ;; V ;; to 25,753.96 | ;; to 25,735.96 | ;; 25,735.96 ;; the Nasdaq 100 closed at 25,753.96
in-dji ;; subject ;; V ;; +0.58% to 47,220.31 ;; +0.30% to 47,220.31 ;; +0.30% ;; the Dow rose 0.58%; 0.30%
  is the
  Russell 2000's ;; real
in-djid ;; derived ;; DER ;; 47,220.31 | -0.52 pp ;; 47,220.31 | -0.25 pp ;; -0.25 pp ;; 0.58% - 1.11% =
  -0.53 pp
  (0.52 pp from unrounded moves)
in-rut ;; value ;; V ;; +0.30% to 2,456.17 ;; +0.30% to 2,465.17 ;; 2,465.17 ;; the Russell 2000 closed at
  2,456.17
in-rutd ;; derived ;; DER ;; 2,456.17 | -0.80 pp ;; 2,456.17 | -0.40 pp ;; -0.40 pp ;; 0.30% - 1.11% =
  -0.81 pp
  (0.80 pp)
in-trail ;; direction ;; D ;; the index trailed the Nasdaq 100 ;; the index beat the Nasdaq 100 ;; beat the
  Nasdaq
  100 ;; the S&P 500 rose less than the Nasdaq 100
in-beat ;; derived ;; DER ;; beat the Russell 2000 by 0.80 pp ;; beat the Russell 2000 by 0.65 pp ;; 0.65
  pp ;;
  1.11% - 0.30% = 0.80 pp
in-vix ;; direction ;; D ;; The VIX fell 9.30% ;; The VIX rose 9.30% ;; rose ;; the VIX fell 9.30%
in-vixl ;; value ;; V ;; to 15.60. ;; to 16.50. ;; 16.50 ;; the VIX closed at 15.60
in-50 ;; value ;; V ;; 1.13% above the 50-day ;; 1.31% above the 50-day ;; 1.31% ;; the index is 1.13%
  above the
  50-day
in-50v ;; value ;; V ;; (6,824.87) ;; (6,842.87) ;; 6,842.87 ;; the 50-day is 6,824.87
in-200 ;; pattern ;; P ;; 6.50% above the 200-day ;; 6.50% below the 200-day ;; below ;; 6,901.69 is above the
  6,480.69 200-day
in-slope ;; trend ;; V ;; risen about 1.77% ;; risen about 2.77% ;; 2.77% ;; the 50-day rose 1.77% in 20
  sessions
in-slope2 ;; trend ;; P ;; the 200-day is nearly flat ;; the 200-day is falling fast ;; falling fast ;; the
  200-day
  rose 0.13%
in-crossd ;; date ;; WM ;; of Monday, Sep 21 ;; of Tuesday, Sep 21 ;; Tuesday ;; Sep 21, 2026 was a Monday
in-cross ;; history ;; V ;; is 44 sessions old ;; is 47 sessions old ;; 47 sessions ;; the cross was 44
  sessions ago
in-bb ;; value ;; V ;; from 6,786.65 to ;; from 6,768.65 to ;; 6,768.65 ;; the lower band is 6,786.65
in-bbw ;; value ;; V ;; a width of 2.44% ;; a width of 2.94% ;; 2.94% ;; the band width is 2.44%
in-rngn ;; history ;; V ;; For 29 sessions ;; For 39 sessions ;; 39 sessions ;; the range is 29 sessions
in-rng ;; value ;; V ;; between 6,805.34 and 6,968.14 ;; between 6,850.34 and 6,968.14 ;; 6,850.34 ;; the
  range
  floor is 6,805.34
in-rngw ;; value ;; V ;; a 2.39% corridor ;; a 2.93% corridor ;; 2.93% ;; the range is 2.39% wide
in-athd ;; date ;; WM ;; from Thursday, Oct 22 ;; from Friday, Oct 22 ;; Friday ;; Oct 22, 2026 was a Thursday
in-ath ;; value ;; V ;; the index is 0.95% below it ;; the index is 0.59% below it ;; 0.59% ;; the index is
  0.95%
  below the record
in-7000 ;; derived ;; DER ;; 1.42% above ;; 1.24% above ;; 1.24% ;; 7,000 is 1.42% above 6,901.69
in-6900 ;; direction ;; D ;; sat just above the round 6,900 ;; sat just below the round 6,900 ;; below ;;
  6,901.69
  is above 6,900
in-rsi ;; value ;; V ;; RSI(14) 54.9 ;; RSI(14) 45.9 ;; 45.9 ;; RSI is 54.9
in-macd ;; indicator ;; IND ;; signal: still below it ;; signal: now above it ;; now above it ;; MACD 8.49
  is below
  its 16.37 signal
in-macdv ;; value ;; V ;; MACD 8.49 ;; MACD 4.89 ;; 4.89 ;; MACD is 8.49
in-mon ;; history ;; V ;; Mon 6,855.03 | ;; Mon 6,858.03 | ;; 6,858.03 ;; Monday Nov 16 closed at 6,855.03
in-tue ;; history ;; V ;; Tue 6,821.04 ;; Tue 6,812.04 ;; 6,812.04 ;; Tuesday Nov 17 closed at 6,821.04
in-thu ;; history ;; V ;; Thu 6,826.06 ;; Thu 6,862.06 ;; 6,862.06 ;; Thursday Nov 19 closed at 6,826.06
in-5d ;; value ;; V ;; gained 1.10% over five sessions ;; gained 1.53% over five sessions ;; 1.53% ;; the
  week was
  +1.10%
in-month ;; direction ;; D ;; down 0.95% over the month ;; up 0.95% over the month ;; up 0.95% ;; the month
  was
  -0.95%
in-ytd ;; timeframe ;; V ;; up 3.33% this year ;; up 1.10% this year ;; 1.10% ;; the year is +3.33%; 1.10%
  is the
  week ;; real
in-lowv ;; value ;; V ;; low is 5,938.73 ;; low is 5,983.73 ;; 5,983.73 ;; the 52-week low is 5,938.73
in-lowd ;; date ;; WM ;; (Tuesday, Apr 28) ;; (Monday, Apr 28) ;; Monday ;; Apr 28, 2026 was a Tuesday
in-lowp ;; value ;; V ;; 16.21% above it ;; 16.12% above it ;; 16.12% ;; the index is 16.21% above the low
in-q2 ;; quotation ;; NU ;; Monday close at 6,855.03 [2] ;; Monday close at 6,885.03 [2] ;; 6,885.03 ;;
  Tapewatch
  wrote 6,855.03
in-cite ;; citation ;; CU ;; equal-weight index lagged [1] ;; equal-weight index lagged [3] ;; [3] ;; there
  is no
  source [3]
in-mg ;; magnitude ;; MG ;; On the surface that is a strong
  session ;; On the surface the index merely edged
  higher ;; edged ;; the index rose 1.11%, 1.1 ATR: not an edge
in-cs ;; citation ;; CS ;; revised once at 17:45 for a typo. ;; revised once at 17:45 for a typo [2]. ;;
  [2] ;; the
  page note shares nothing with the cited story
""")

B = "etfvol-SPY-2026-11-17"
clean(B, "SPY-2026-11-17", "etf-activity-summary", "md",
      "an ETF trading-activity summary for the big index funds: a volume table with ratios, one line per "
      "fund, the S&P fund against its averages, and a sidebar of how many funds the screen covers",
      """# ETF Activity Monitor -- Tuesday, Nov 17, 2026

Screen covers 2,214 US-listed ETFs; the four index funds below traded 168.9M shares between them.

| Fund | Close | Day | Volume | vs 20-day avg |
|---|---:|---:|---:|---:|
| SPY | $679.84 | -0.50% | 73.0M | 1.1x |
| QQQ | $615.97 | -0.90% | 61.1M | 1.5x |
| IWM | $245.28 | -0.80% | 31.1M | 1.0x |
| DIA | $466.92 | -0.20% | 3.7M | 1.1x |

**SPY.** The S&P 500 fund lost $3.41 to $679.84, a 0.50% drop that matched its index (6,821.04) to
  the hundredth. It opened at $682.51, a small gap down of 0.11% from Monday's $683.25, touched
  $683.69 and slid to $676.68. 73.0M shares changed hands against a 66.3M average. It still closed
  0.09% above its 50-day average of $679.19 -- by 65 cents -- and 5.27% above the 200-day ($645.83).
  Tapewatch noted on Monday that "the 50-day average sits near $678.81" [1].

**QQQ** fell the most, 0.90%, on the busiest relative volume of the group (1.5x). SPY beat it by 0.40
  pp. **DIA** lost the least, 0.20%. **IWM** dropped 0.80% and trailed SPY by 0.30 pp, the third
  session in a row it lagged, according to Harbor Street Wire [2].

**SPY in context.** Five sessions: -0.80%. One month: -1.06%. Year to date: +2.05%. The record close is
  $694.71 from Thursday, Oct 22, 2.14% above Tuesday's close. Closing range of the last 40 sessions:
  $673.92 to $694.71 (3.08%). RSI(14) 46.8; MACD 1.09 below its 2.42 signal. ATR $7.16, so Tuesday's
  move was about half an ATR. The VIX rose 6.02% to 17.60.

Recent SPY closes: Fri Nov 6 $693.42, Mon Nov 9 $688.56, Tue Nov 10 $685.33, Wed Nov 11 $686.70, Thu
  Nov 12 $684.64, Fri Nov 13 $680.53.

*Data delayed 15 minutes. Monitor v3.2. 11 funds had zero volume today and are not shown.*

<<SOURCES>>""", sources=("tw-50day16", "hs-slides17"))
plants(B, """
ev-spyc ;; value ;; V ;; | SPY | $679.84 | ;; | SPY | $678.94 | ;; $678.94 ;; SPY closed at $679.84
ev-spyp ;; direction ;; D ;; | $679.84 | -0.50% | ;; | $679.84 | +0.50% | ;; +0.50% ;; SPY fell 0.50%
ev-qqq ;; value ;; V ;; | $615.97 | -0.90% | ;; | $615.97 | -1.15% | ;; -1.15% ;; QQQ fell 0.90%
ev-qqqv ;; value ;; V ;; | 61.1M | 1.5x | ;; | 66.1M | 1.5x | ;; 66.1M ;; QQQ volume was 61.1M
ev-iwm ;; subject ;; V ;; | $245.28 | -0.80% | ;; | $245.28 | -0.90% | ;; -0.90% ;; IWM fell 0.80%; 0.90%
  is QQQ's ;;
  real
ev-diac ;; value ;; V ;; | DIA | $466.92 | ;; | DIA | $469.92 | ;; $469.92 ;; DIA closed at $466.92
ev-diav ;; value ;; V ;; | 3.7M | 1.1x | ;; | 7.3M | 1.1x | ;; 7.3M ;; DIA volume was 3.7M
ev-chg ;; value ;; V ;; lost $3.41 to ;; lost $3.44 to ;; $3.44 ;; SPY's change was -$3.41
ev-gspc ;; value ;; V ;; its index (6,821.04) ;; its index (6,812.04) ;; 6,812.04 ;; the S&P 500 closed at
  6,821.04
ev-open ;; value ;; V ;; opened at $682.51 ;; opened at $681.52 ;; $681.52 ;; the open was $682.51
ev-gapd ;; direction ;; D ;; a small gap down of 0.11% ;; a small gap up of 0.11% ;; gap up ;; SPY opened
  below
  Monday's close
ev-prev ;; history ;; V ;; from Monday's $683.25 ;; from Monday's $683.52 ;; $683.52 ;; Monday closed at
  $683.25
ev-high ;; value ;; V ;; touched
  $683.69 ;; touched
  $684.69 ;; $684.69 ;; the day's high was $683.69
ev-low ;; value ;; V ;; slid to $676.68 ;; slid to $676.86 ;; $676.86 ;; the day's low was $676.68
ev-avgv ;; value ;; V ;; against a 66.3M average ;; against a 63.6M average ;; 63.6M ;; the average volume
  is 66.3M
ev-50p ;; pattern ;; P ;; It still closed
  0.09% above its 50-day ;; It still closed
  0.09% below its 50-day ;; below ;; $679.84 is above the $679.19 50-day
ev-50v ;; value ;; V ;; 50-day average of $679.19 ;; 50-day average of $677.19 ;; $677.19 ;; the 50-day is
  $679.19
ev-200 ;; value ;; V ;; 5.27% above the 200-day ;; 5.72% above the 200-day ;; 5.72% ;; SPY is 5.27% above the
  200-day
ev-q ;; quotation ;; NU ;; sits near $678.81" ;; sits near $676.81" ;; $676.81 ;; Tapewatch wrote $678.81
ev-most ;; direction ;; D ;; **QQQ** fell the most ;; **QQQ** fell the least ;; fell the least ;; QQQ's
  -0.90% was
  the biggest drop
ev-beat ;; derived ;; DER ;; SPY beat it by 0.40
  pp ;; SPY beat it by 0.45
  pp ;; 0.45 pp ;; -0.50% - (-0.90%) = 0.40 pp
ev-dia ;; subject ;; V ;; lost the least, 0.20% ;; lost the least, 0.50% ;; 0.50% ;; DIA fell 0.20%; 0.50%
  is SPY's
  ;; real
ev-iwmp ;; value ;; V ;; **IWM** dropped 0.80% ;; **IWM** dropped 0.85% ;; 0.85% ;; IWM fell 0.80%
ev-trail ;; derived ;; DER ;; trailed SPY by 0.30 pp ;; trailed SPY by 0.45 pp ;; 0.45 pp ;; -0.80% -
  (-0.50%) =
  -0.30 pp
ev-third ;; history ;; V ;; the third
  session in a row ;; the fifth
  session in a row ;; fifth ;; IWM trailed SPY three sessions in a row
ev-5d ;; value ;; V ;; Five sessions: -0.80% ;; Five sessions: -0.85% ;; -0.85% ;; the five-session return
  is -0.80%
ev-1m ;; timeframe ;; V ;; One month: -1.06% ;; One month: -0.80% ;; -0.80% ;; the month is -1.06%; -0.80%
  is the
  five-session return ;; real
ev-ytd ;; value ;; V ;; Year to date: +2.05% ;; Year to date: +2.50% ;; +2.50% ;; the year to date is +2.05%
ev-ath ;; value ;; V ;; $694.71 from Thursday ;; $697.09 from Thursday ;; $697.09 ;; the record close is
  $694.71;
  $697.09 is the intraday high ;; real
ev-athd ;; date ;; WM ;; from Thursday, Oct 22 ;; from Monday, Oct 22 ;; Monday ;; Oct 22, 2026 was a Thursday
ev-athp ;; value ;; V ;; 2.14% above Tuesday's ;; 2.41% above Tuesday's ;; 2.41% ;; the record is 2.14%
  above the
  close
ev-rng ;; value ;; V ;; $673.92 to $694.71 (3.08%) ;; $673.29 to $694.71 (3.08%) ;; $673.29 ;; the range
  floor is
  $673.92
ev-rngn ;; history ;; V ;; the last 40 sessions ;; the last 20 sessions ;; 20 sessions ;; the range spans
  40 sessions
ev-rsi ;; value ;; V ;; RSI(14) 46.8 ;; RSI(14) 48.6 ;; 48.6 ;; RSI is 46.8
ev-macd ;; indicator ;; IND ;; MACD 1.09 below its 2.42 signal ;; MACD 1.09 above its 2.42 signal ;; above
  its 2.42
  signal ;; MACD is below its signal
ev-atr ;; value ;; V ;; ATR $7.16 ;; ATR $7.61 ;; $7.61 ;; the ATR is $7.16
ev-half ;; words ;; V ;; about half an ATR ;; about two ATRs ;; two ATRs ;; the move was 0.5 ATR
ev-vix ;; value ;; V ;; rose 6.02% to 17.60 ;; rose 6.02% to 17.06 ;; 17.06 ;; the VIX closed at 17.60
ev-vixd ;; direction ;; D ;; The VIX rose 6.02% ;; The VIX fell 6.02% ;; fell ;; the VIX rose 6.02%
ev-nov6 ;; history ;; V ;; Fri Nov 6 $693.42 ;; Fri Nov 6 $693.24 ;; $693.24 ;; Nov 6 closed at $693.42
ev-nov9 ;; date ;; WM ;; Mon Nov 9 $688.56 ;; Tue Nov 9 $688.56 ;; Tue ;; Nov 9, 2026 was a Monday
ev-nov10 ;; history ;; V ;; Tue Nov 10 $685.33 ;; Tue Nov 10 $685.73 ;; $685.73 ;; Nov 10 closed at $685.33
ev-nov12 ;; history ;; V ;; Nov 12 $684.64 ;; Nov 12 $686.64 ;; $686.64 ;; Nov 12 closed at $684.64
ev-nov13 ;; history ;; V ;; Fri Nov 13 $680.53 ;; Fri Nov 13 $680.35 ;; $680.35 ;; Nov 13 closed at $680.53
ev-cite ;; citation ;; CU ;; Harbor Street Wire [2] ;; Harbor Street Wire [6] ;; [6] ;; there is no source [6]
""")

B = "cotd-IWM-2026-11-17"
clean(B, "IWM-2026-11-17", "chart-of-the-day", "md",
      "a charting newsletter's 'chart of the day' on the small-cap fund: a caption, annotated levels, a "
      "breakout setup with entry, stop, target and reward/risk, and an invalidation line",
      """**CHART OF THE DAY (Tue Nov 17): IWM is still boxed in**

*[Chart: IWM daily candles, 3 months, 20/50/200-day averages, horizontal lines at the box edges]*

Caption: The iShares Russell 2000 ETF closed Tuesday at $245.28, down $1.98 or 0.80%, after
  opening at $246.64. The day's high was $247.37 and the low $244.61. It was the third straight
  session in which IWM trailed SPY, which fell only 0.50%.

What the chart shows:
1. The box. Closes have held between $241.00 and $249.26 for 22 sessions, a band 3.43% wide. The
   top was hit on Thursday, Nov 12 (close $249.26) and has two touches.
2. The averages. Price is 0.38% below the 50-day ($246.21), which is flattening out (+0.38% over
   20 sessions), and 6.32% above the 200-day ($230.71). The 50-day has been above the 200-day since
   Monday, Aug 10 -- 70 sessions.
3. Momentum. RSI(14) sits at exactly 50.0. The MACD (0.86) is still above its signal (0.57).
4. Volatility. ATR $3.22, or 1.31% of price; Bollinger bands $239.69 to $250.62.

Levels annotated: resistance $249.26, then $252.53 (one touch); support $244.79, then $242.80 and the
  $241.00 floor.

**The setup.** Long only on a close above $249.26. Stop $246.21 (back under the 50-day). Target
  $257.77, the record close from Friday, Nov 28, 2025. Reward to risk about 2.8 to 1. If IWM closes
  under $241.00 instead, the idea is void.

Backdrop: the fund is down 1.00% over five sessions but up 1.46% over the month and 0.82% this year.
  It sits 4.85% below the record. The index, the Russell 2000, lost 0.78% to 2,465.79. Harbor Street
  Wire: the Russell 2000 "slipped 0.8% to 2,465.79" [1]. The prior Friday, Ledger Markets Daily had
  IWM at $247.01 [2].

Previous closes: Fri Nov 6 $243.79, Mon Nov 9 $246.62, Tue Nov 10 $247.77, Wed Nov 11 $248.76.

*Chart of the Day is No. 287 in the series. Charts drawn with a 6-month lookback; educational only.*

<<SOURCES>>""", sources=("hs-slides17", "ld-turns13"))
plants(B, """
cd-close ;; value ;; V ;; closed Tuesday at $245.28 ;; closed Tuesday at $245.82 ;; $245.82 ;; IWM closed
  at $245.28
cd-chg ;; value ;; V ;; down $1.98 or ;; down $1.89 or ;; $1.89 ;; the change was -$1.98
cd-pct ;; value ;; V ;; or 0.80%, after ;; or 0.85%, after ;; 0.85% ;; IWM fell 0.80%
cd-dir ;; direction ;; D ;; down $1.98 or ;; up $1.98 or ;; up ;; IWM fell on the day
cd-open ;; value ;; V ;; opening at $246.64 ;; opening at $246.46 ;; $246.46 ;; the open was $246.64
cd-high ;; value ;; V ;; high was $247.37 ;; high was $247.73 ;; $247.73 ;; the day's high was $247.37
cd-low ;; value ;; V ;; the low $244.61 ;; the low $244.16 ;; $244.16 ;; the day's low was $244.61
cd-third ;; history ;; V ;; the third straight ;; the second straight ;; second straight ;; IWM trailed SPY
  three
  sessions
cd-spy ;; subject ;; V ;; which fell only 0.50% ;; which fell only 0.20% ;; 0.20% ;; SPY fell 0.50%; 0.20%
  is DIA's ;;
  real
cd-box ;; value ;; V ;; between $241.00 and $249.26 ;; between $240.00 and $249.26 ;; $240.00 ;; the range
  floor is
  $241.00
cd-boxn ;; history ;; V ;; for 22 sessions ;; for 32 sessions ;; 32 sessions ;; the range spans 22 sessions
cd-boxw ;; value ;; V ;; a band 3.43% wide ;; a band 4.43% wide ;; 4.43% ;; the range is 3.43% wide
cd-topd ;; date ;; WM ;; on Thursday, Nov 12 ;; on Wednesday, Nov 12 ;; Wednesday ;; Nov 12, 2026 was a
  Thursday
cd-topc ;; history ;; V ;; (close $249.26) ;; (close $249.62) ;; $249.62 ;; Nov 12 closed at $249.26
cd-tch ;; level ;; V ;; and has two touches ;; and has four touches ;; four touches ;; $249.26 has two touches
cd-50 ;; value ;; V ;; Price is 0.38% below ;; Price is 0.83% below ;; 0.83% ;; IWM is 0.38% below the 50-day
cd-50p ;; pattern ;; P ;; 0.38% below the 50-day ;; 0.38% above the 50-day ;; above ;; $245.28 is below the
  $246.21
  50-day
cd-50v ;; value ;; V ;; 50-day ($246.21) ;; 50-day ($246.12) ;; $246.12 ;; the 50-day is $246.21
cd-slope ;; trend ;; P ;; which is flattening out ;; which is rising steeply ;; rising steeply ;; the
  50-day rose
  only 0.38% in 20 sessions
cd-200 ;; value ;; V ;; 6.32% above the 200-day ;; 6.23% above the 200-day ;; 6.23% ;; IWM is 6.32% above
  the 200-day
cd-200v ;; value ;; V ;; 200-day ($230.71) ;; 200-day ($230.17) ;; $230.17 ;; the 200-day is $230.71
cd-crossd ;; date ;; WM ;; Monday, Aug 10 ;; Sunday, Aug 10 ;; Sunday ;; Aug 10, 2026 was a Monday
cd-cross ;; history ;; V ;; -- 70 sessions ;; -- 77 sessions ;; 77 sessions ;; the cross was 70 sessions ago
cd-rsi ;; value ;; V ;; sits at exactly 50.0 ;; sits at exactly 55.0 ;; 55.0 ;; RSI is 50.0
cd-macd ;; indicator ;; IND ;; is still above its signal ;; is now below its signal ;; below its signal ;;
  MACD 0.86
  is above its 0.57 signal
cd-atr ;; value ;; V ;; ATR $3.22, or ;; ATR $2.32, or ;; $2.32 ;; the ATR is $3.22
cd-atrp ;; value ;; V ;; or 1.31% of price ;; or 1.13% of price ;; 1.13% ;; the ATR is 1.31% of price
cd-bb ;; value ;; V ;; $239.69 to $250.62 ;; $239.69 to $250.26 ;; $250.26 ;; the upper band is $250.62
cd-res ;; level ;; LW ;; resistance $249.26, then $252.53 ;; resistance $244.79, then $252.53 ;; resistance
  $244.79
  ;; $244.79 is below the $245.28 close ;; real
cd-one ;; level ;; V ;; (one touch) ;; (three touches) ;; three touches ;; $252.53 has one touch
cd-sup ;; level ;; LW ;; support $244.79, then ;; support $246.21, then ;; support $246.21 ;; $246.21 is
  above the
  close ;; real
cd-stop ;; setup ;; SG ;; Stop $246.21 (back ;; Stop $251.21 (back ;; $251.21 ;; a long's stop must be
  under its
  $249.26 entry
cd-tgt ;; setup ;; SG ;; Target
  $257.77, the ;; Target
  $247.77, the ;; $247.77 ;; a long's target must be above its $249.26 entry
cd-rr ;; setup ;; SRR ;; about 2.8 to 1 ;; about 4.8 to 1 ;; 4.8 to 1 ;; (257.77 - 249.26) / (249.26 -
  246.21) = 2.8
cd-athd ;; date ;; WM ;; from Friday, Nov 28, 2025 ;; from Monday, Nov 28, 2025 ;; Monday ;; Nov 28, 2025
  was a
  Friday
cd-5d ;; direction ;; D ;; down 1.00% over five sessions ;; up 1.00% over five sessions ;; up 1.00% ;; the
  five-
  session return is -1.00%
cd-1m ;; value ;; V ;; up 1.46% over the month ;; up 1.64% over the month ;; 1.64% ;; the month is +1.46%
cd-ytd ;; timeframe ;; V ;; 0.82% this year ;; 1.46% this year ;; 1.46% ;; the year is +0.82%; 1.46% is the
  month ;;
  real
cd-ath ;; value ;; V ;; sits 4.85% below the record ;; sits 5.48% below the record ;; 5.48% ;; IWM is 4.85%
  below the
  record
cd-rut ;; value ;; V ;; lost 0.78% to 2,465.79 ;; lost 0.78% to 2,456.79 ;; 2,456.79 ;; the Russell 2000
  closed at
  2,465.79
cd-rutsc ;; scale ;; SC ;; lost 0.78% to 2,465.79 ;; lost 0.78% to $246.57 ;; $246.57 ;; the index is near
  2,465.79,
  not an ETF price
cd-q ;; quotation ;; NU ;; "slipped 0.8% to 2,465.79" ;; "slipped 1.8% to 2,465.79" ;; 1.8% ;; the story
  wrote 0.8%
cd-q2 ;; quotation ;; NU ;; IWM at $247.01 [2] ;; IWM at $247.10 [2] ;; $247.10 ;; the story wrote $247.01
cd-nov6 ;; history ;; V ;; Fri Nov 6 $243.79 ;; Fri Nov 6 $243.97 ;; $243.97 ;; Nov 6 closed at $243.79
cd-nov10 ;; history ;; V ;; Tue Nov 10 $247.77 ;; Tue Nov 10 $247.07 ;; $247.07 ;; Nov 10 closed at $247.77
cd-nov11 ;; date ;; WM ;; Wed Nov 11 $248.76 ;; Thu Nov 11 $248.76 ;; Thu ;; Nov 11, 2026 was a Wednesday
""")

B = "factsheet-FSMI-2026-11-20"
clean(B, "idx_FSMI-2026-11-20", "index-factsheet", "md",
      "an index provider's end-of-day factsheet for a frontier-markets index: a key-figures table, "
      "period performance, risk statistics, a methodology footnote and a document number",
      """# Frontier Select Markets Index (FSMI) -- End-of-Day Factsheet

Calculation date: Friday, 20 November 2026 | Currency: USD | Base value 10,000 on 31 Dec 2011 |
  Constituents: 58 | Document IDX-FS-4471, page 1 of 2

## Key figures

| Item | Value |
|---|---:|
| Closing level | 35,112.40 |
| Previous close | 35,425.24 |
| Change (points) | -312.84 |
| Change (%) | -0.88% |
| Opening level | 35,418.76 |
| Session high / low | 35,491.49 / 35,039.66 |

## Performance

| Period | Return |
|---|---:|
| 5 days | -3.07% |
| 1 month | -8.56% |
| Year to date | -18.33% |

The close is a new 52-week closing low, and the third straight decline: the index has lost 3.58% over
  those three sessions (from 36,415.51 on Tuesday to 35,758.32 on Wednesday, 35,425.24 on Thursday and
  35,112.40 on Friday). It is 28.26% below the 52-week closing high of 48,944.52 (Wednesday, 19
  August 2026) and 32.50% below the all-time closing high of 52,018.76 set on 13 November 2024.

## Technical statistics

| Statistic | Value |
|---|---:|
| 20-day average | 37,117.99 |
| 50-day average | 39,210.55 |
| 200-day average | 43,740.76 |
| Distance from 50-day | -10.45% |
| Distance from 200-day | -19.73% |
| RSI (14) | 23.0 |
| MACD / signal | -1,085.04 / -1,025.37 |
| ATR (14) | 549.68 (1.57%) |
| Bollinger bands (20, 2) | 35,162.55 / 39,073.42 |

The index closed below both averages and below its lower Bollinger band. The 50-day average crossed
  under the 200-day on Thursday, 15 October (a death cross), 26 sessions ago; the 50-day has fallen
  about 9.4% over the last 20 sessions. RSI at 23.0 is in oversold territory. The MACD is below its
  signal line.

## Range and reference levels

Over 20 sessions the closes span 35,112.40 to 38,808.51, a width of 10.53%. Reference levels: 35,500
  (1.10% above the close), 37,915.92 and the 50-day average at 39,210.55 overhead; 35,000 just below
  (0.32% under the close).

## Comparison

On the same day the S&P 500 rose 1.11% and the Russell 2000 0.30%, so the FSMI lagged the S&P 500 by
  1.99 pp. Over one month the gap to the S&P 500 is 7.61 pp.

*Methodology: free-float market-cap weighted, capped at 10% per constituent, reviewed each March and
  September. Levels are calculated at 16:30 local exchange time. This factsheet is for information
  only. 2 of 58 constituents did not trade on the calculation date.*
""")
plants(B, """
fs-close ;; value ;; V ;; | Closing level | 35,112.40 | ;; | Closing level | 35,121.40 | ;; 35,121.40 ;;
  the index
  closed at 35,112.40
fs-prev ;; history ;; V ;; | Previous close | 35,425.24 | ;; | Previous close | 35,452.24 | ;; 35,452.24 ;;
  the
  previous close was 35,425.24
fs-pts ;; value ;; V ;; | -312.84 | ;; | -321.84 | ;; -321.84 ;; the change was -312.84 points
fs-pct ;; value ;; V ;; | Change (%) | -0.88% | ;; | Change (%) | -0.79% | ;; -0.79% ;; the index fell 0.88%
fs-dir ;; direction ;; D ;; | Change (%) | -0.88% | ;; | Change (%) | +0.88% | ;; +0.88% ;; the index fell
  0.88%
fs-open ;; value ;; V ;; | 35,418.76 | ;; | 35,481.76 | ;; 35,481.76 ;; the open was 35,418.76
fs-high ;; value ;; V ;; | 35,491.49 / ;; | 35,941.49 / ;; 35,941.49 ;; the session high was 35,491.49
fs-low ;; value ;; V ;; / 35,039.66 | ;; / 35,093.66 | ;; 35,093.66 ;; the session low was 35,039.66
fs-5d ;; value ;; V ;; | 5 days | -3.07% | ;; | 5 days | -3.70% | ;; -3.70% ;; the five-day return is -3.07%
fs-1m ;; timeframe ;; V ;; | 1 month | -8.56% | ;; | 1 month | -3.07% | ;; -3.07% ;; the month is -8.56%;
  -3.07% is
  five days ;; real
fs-ytd ;; value ;; V ;; | -18.33% | ;; | -13.83% | ;; -13.83% ;; the year to date is -18.33%
fs-low52 ;; pattern ;; P ;; a new 52-week closing low ;; a new 52-week closing high ;; 52-week closing high
  ;; the
  close is the 52-week low, not a high
fs-third ;; history ;; V ;; the third straight decline ;; the fifth straight decline ;; fifth straight ;;
  the down
  streak is three sessions
fs-str ;; history ;; V ;; has lost 3.58% over ;; has lost 3.85% over ;; 3.85% ;; the three-session streak
  lost 3.58%
fs-tue ;; history ;; V ;; from 36,415.51 on Tuesday ;; from 36,451.51 on Tuesday ;; 36,451.51 ;; Tuesday
  Nov 17 closed
  at 36,415.51
fs-wed ;; history ;; V ;; to 35,758.32 on Wednesday ;; to 35,785.32 on Wednesday ;; 35,785.32 ;; Wednesday
  Nov 18
  closed at 35,758.32
fs-thu ;; history ;; V ;; 35,425.24 on Thursday ;; 35,524.24 on Thursday ;; 35,524.24 ;; Thursday Nov 19
  closed at
  35,425.24
fs-52h ;; value ;; V ;; It is 28.26% below ;; It is 26.28% below ;; 26.28% ;; the index is 28.26% below the
  52-week
  high
fs-52hv ;; value ;; V ;; high of 48,944.52 ;; high of 49,164.65 ;; 49,164.65 ;; the 52-week closing high is
  48,944.52; 49,164.65 is the intraday high ;; real
fs-52hd ;; date ;; WM ;; (Wednesday, 19
  August 2026) ;; (Tuesday, 19
  August 2026) ;; Tuesday ;; 19 August 2026 was a Wednesday
fs-ath ;; value ;; V ;; 32.50% below the all-time ;; 35.20% below the all-time ;; 35.20% ;; the index is
  32.50%
  below the record
fs-athv ;; value ;; V ;; high of 52,018.76 ;; high of 52,108.76 ;; 52,108.76 ;; the record close is 52,018.76
fs-athd ;; date ;; DU ;; set on 13 November 2024 ;; set on 13 November 2023 ;; 13 November 2023 ;; the
  record was set
  on 13 November 2024
fs-20 ;; value ;; V ;; | 37,117.99 | ;; | 37,171.99 | ;; 37,171.99 ;; the 20-day average is 37,117.99
fs-50 ;; value ;; V ;; | 50-day average | 39,210.55 | ;; | 50-day average | 39,201.55 | ;; 39,201.55 ;; the
  50-day is
  39,210.55
fs-200 ;; value ;; V ;; | 43,740.76 | ;; | 43,470.76 | ;; 43,470.76 ;; the 200-day is 43,740.76
fs-d50 ;; value ;; V ;; | -10.45% | ;; | -10.65% | ;; -10.65% ;; the index is 10.45% below the 50-day
fs-d200 ;; value ;; V ;; | -19.73% | ;; | -17.93% | ;; -17.93% ;; the index is 19.73% below the 200-day
fs-rsi ;; value ;; V ;; | RSI (14) | 23.0 | ;; | RSI (14) | 32.0 | ;; 32.0 ;; RSI is 23.0
fs-macd ;; value ;; V ;; | -1,085.04 / ;; | -1,058.04 / ;; -1,058.04 ;; MACD is -1,085.04
fs-atr ;; value ;; V ;; | 549.68 (1.57%) | ;; | 594.68 (1.57%) | ;; 594.68 ;; the ATR is 549.68
fs-bb ;; value ;; V ;; | 35,162.55 / 39,073.42 | ;; | 35,162.55 / 39,037.42 | ;; 39,037.42 ;; the upper
  band is
  39,073.42
fs-both ;; pattern ;; P ;; closed below both averages ;; closed above both averages ;; above both averages ;;
  35,112.40 is below the 50-day and the 200-day
fs-band ;; direction ;; D ;; and below its lower Bollinger band ;; and above its lower Bollinger band ;;
  above its
  lower Bollinger band ;; 35,112.40 is under the 35,162.55 lower band
fs-crossd ;; date ;; WM ;; on Thursday, 15 October ;; on Friday, 15 October ;; Friday ;; 15 October 2026 was a
  Thursday
fs-cross ;; pattern ;; P ;; (a death cross) ;; (a golden cross) ;; golden cross ;; the 50-day crossed under
  the
  200-day
fs-crossn ;; history ;; V ;; 26 sessions ago ;; 16 sessions ago ;; 16 sessions ;; the cross was 26 sessions
  ago
fs-slope ;; trend ;; P ;; the 50-day has fallen ;; the 50-day has risen ;; risen ;; the 50-day fell 9.38%
  in 20
  sessions
fs-slopev ;; trend ;; V ;; about 9.4% over ;; about 4.9% over ;; 4.9% ;; the 50-day fell 9.38%
fs-rsiw ;; indicator ;; IND ;; is in oversold territory ;; is in overbought territory ;; overbought ;; RSI
  23.0 is
  oversold
fs-macdw ;; indicator ;; IND ;; The MACD is below its
  signal line ;; The MACD is above its
  signal line ;; above its signal ;; MACD -1,085.04 is below its -1,025.37 signal
fs-rng ;; value ;; V ;; 35,112.40 to 38,808.51 ;; 35,112.40 to 38,880.51 ;; 38,880.51 ;; the range top is
  38,808.51
fs-rngw ;; value ;; V ;; a width of 10.53% ;; a width of 13.05% ;; 13.05% ;; the range is 10.53% wide
fs-35500 ;; derived ;; DER ;; (1.10% above the close) ;; (1.70% above the close) ;; 1.70% ;; 35,500 is
  1.10% above
  35,112.40
fs-lw ;; level ;; LW ;; 35,000 just below ;; 35,000 just above ;; just above ;; 35,000 is below the
  35,112.40 close
fs-gspc ;; value ;; V ;; the S&P 500 rose 1.11% ;; the S&P 500 rose 1.31% ;; 1.31% ;; the S&P 500 rose 1.11%
fs-rut ;; subject ;; V ;; Russell 2000 0.30% ;; Russell 2000 1.11% ;; 1.11% ;; the Russell 2000 rose 0.30%;
  1.11% is
  the S&P 500's ;; real
fs-div ;; derived ;; DER ;; lagged the S&P 500 by
  1.99 pp ;; lagged the S&P 500 by
  2.49 pp ;; 2.49 pp ;; -0.88% - 1.11% = -1.99 pp
fs-1mgap ;; value ;; V ;; gap to the S&P 500 is 7.61 pp ;; gap to the S&P 500 is 6.71 pp ;; 6.71 pp ;; the
  one-month
  spread is 7.61 pp
""")

B = "brief-RUT-2026-11-17"
clean(B, "idx_RUT-2026-11-17", "newspaper-business-brief", "txt",
      "a regional newspaper's business-page brief on small caps with a local angle, a strategist's quote "
      "taken from a wire, a dateline and a 'by the numbers' box",
      """BUSINESS | The Lakeshore Courier | Wednesday, November 18, 2026 | Page B6

Small caps slip again as oil slide weighs

By Dana Whitcombe, Courier business writer

NEW YORK -- Smaller companies, including several of the 14 Lakeshore County firms in the index, had
  another rough day on Tuesday. The Russell 2000 fell 19.30 points, or 0.78%, to 2,465.79, after
  opening at 2,479.40, below Monday's close of 2,485.09. The day's high was 2,486.79 and the low
  2,459.06.

The index did worse than the broad market for a third straight session. The S&P 500 lost 0.50%, so
  the small-cap gauge trailed it by 0.28 pp, while the tech-heavy Nasdaq 100 fell further, 0.90%.

"Small caps need lower rates and a better read on growth, and right now they have neither locked in,"
  Owen Fairweather, a small-cap portfolio manager at Millbrook Capital, told Ledger Markets Daily last
  week [1]. Oil's drop did not help: crude "fell 2.7% on Tuesday" to $67.35, according to the same
  paper [2].

Chart watchers point to a ceiling near 2,505.20, where the index closed on Thursday, Nov 12 and turned
  back, and a floor at 2,421.62. In between, the index has gone sideways for 22 sessions in a band
  3.45% wide. It now sits just under its 50-day average of 2,473.93 (0.33% below) but well above the
  200-day at 2,318.38.

The index is still up 1.48% from a month ago and 0.85% for the year, though it has given back 0.98%
  over five sessions. It stands 4.84% below its record close of 2,591.09 from Friday, Nov 28, 2025.

BY THE NUMBERS
2,465.79 -- Russell 2000 close, Tuesday
-0.78% -- its one-day change
50.1 -- its 14-day RSI, dead center
32.44 -- average daily range in points (14 days)
17.60 -- the VIX, up 6.02%
2,500.45 -- the index's close on Wednesday, Nov 11
14 -- Lakeshore County companies in the index
$3.2 billion -- their combined market value, per the county's economic office

Contact Dana Whitcombe at 555-0147.

<<SOURCES>>""", sources=("ld-turns13", "ld-oil17"), source_format="plain")
plants(B, """
br-pts ;; value ;; V ;; fell 19.30 points ;; fell 13.90 points ;; 13.90 ;; the change was -19.30 points
br-pct ;; value ;; V ;; or 0.78%, to ;; or 0.83%, to ;; 0.83% ;; the index fell 0.78%
br-close ;; value ;; V ;; to 2,465.79, after ;; to 2,456.79, after ;; 2,456.79 ;; the close was 2,465.79
br-sc ;; scale ;; SC ;; to 2,465.79, after ;; to $2,465.79, after ;; $2,465.79 ;; the index is in points, not
  dollars
br-open ;; value ;; V ;; opening at 2,479.40 ;; opening at 2,497.40 ;; 2,497.40 ;; the open was 2,479.40
br-prev ;; history ;; V ;; Monday's close of 2,485.09 ;; Monday's close of 2,458.09 ;; 2,458.09 ;; Monday
  closed at
  2,485.09
br-high ;; value ;; V ;; high was 2,486.79 ;; high was 2,468.79 ;; 2,468.79 ;; the day's high was 2,486.79
br-low ;; value ;; V ;; the low 2,459.06 ;; the low 2,450.96 ;; 2,450.96 ;; the day's low was 2,459.06
br-worse ;; direction ;; D ;; The index did worse than the broad market ;; The index did better than the broad
  market ;; did better ;; the Russell 2000 fell more than the S&P 500
br-third ;; history ;; V ;; for a third straight session ;; for a sixth straight session ;; sixth straight
  ;; the
  streak is three sessions
br-gspc ;; value ;; V ;; The S&P 500 lost 0.50% ;; The S&P 500 lost 0.45% ;; 0.45% ;; the S&P 500 fell 0.50%
br-div ;; derived ;; DER ;; trailed it by 0.28 pp ;; trailed it by 0.48 pp ;; 0.48 pp ;; -0.78% - (-0.50%)
  = -0.28 pp
br-ndx ;; subject ;; V ;; fell further, 0.90% ;; fell further, 0.78% ;; 0.78% ;; the Nasdaq 100 fell 0.90%;
  0.78% is
  the Russell 2000's ;; real
br-q ;; quotation ;; NU ;; better read on growth, and right now ;; better read on growth, and right now,
  for six
  months, ;; six months ;; the quote has no six months
br-q2 ;; quotation ;; NU ;; "fell 2.7% on Tuesday" ;; "fell 3.2% on Tuesday" ;; 3.2% ;; the story wrote 2.7%
br-oil ;; quotation ;; NU ;; to $67.35, according ;; to $65.35, according ;; $65.35 ;; the story wrote $67.35
br-cite ;; citation ;; CU ;; same
  paper [2] ;; same
  paper [3] ;; [3] ;; there is no source [3]
br-ceil ;; value ;; V ;; a ceiling near 2,505.20 ;; a ceiling near 2,520.50 ;; 2,520.50 ;; the range top is
  2,505.20
br-ceild ;; date ;; WM ;; on Thursday, Nov 12 ;; on Friday, Nov 12 ;; Friday ;; Nov 12, 2026 was a Thursday
br-floor ;; level ;; LW ;; a floor at 2,421.62 ;; a floor at 2,473.93 ;; 2,473.93 ;; 2,473.93 is above the
  close, not
  a floor ;; real
br-n ;; history ;; V ;; for 22 sessions ;; for 12 sessions ;; 12 sessions ;; the range spans 22 sessions
br-w ;; value ;; V ;; a band
  3.45% wide ;; a band
  4.35% wide ;; 4.35% ;; the range is 3.45% wide
br-50 ;; pattern ;; P ;; just under its 50-day average ;; just over its 50-day average ;; just over ;;
  2,465.79 is
  below the 2,473.93 50-day
br-50v ;; value ;; V ;; 50-day average of 2,473.93 ;; 50-day average of 2,437.93 ;; 2,437.93 ;; the 50-day is
  2,473.93
br-50p ;; value ;; V ;; (0.33% below) ;; (0.43% below) ;; 0.43% ;; the index is 0.33% below the 50-day
br-200 ;; value ;; V ;; 200-day at 2,318.38 ;; 200-day at 2,381.38 ;; 2,381.38 ;; the 200-day is 2,318.38
br-1m ;; value ;; V ;; up 1.48% from a month ago ;; up 1.84% from a month ago ;; 1.84% ;; the month is +1.48%
br-ytd ;; timeframe ;; V ;; 0.85% for the year ;; 1.48% for the year ;; 1.48% ;; the year is +0.85%; 1.48%
  is the
  month ;; real
br-5d ;; value ;; V ;; given back 0.98% ;; given back 0.89% ;; 0.89% ;; the five-session return is -0.98%
br-ath ;; value ;; V ;; stands 4.84% below ;; stands 4.48% below ;; 4.48% ;; the index is 4.84% below the
  record
br-athv ;; value ;; V ;; record close of 2,591.09 ;; record close of 2,598.36 ;; 2,598.36 ;; the record
  close is
  2,591.09; 2,598.36 is the intraday high ;; real
br-athd ;; date ;; WM ;; from Friday, Nov 28, 2025 ;; from Saturday, Nov 28, 2025 ;; Saturday ;; Nov 28,
  2025 was a
  Friday
br-bn1 ;; value ;; V ;; 2,465.79 -- Russell ;; 2,465.97 -- Russell ;; 2,465.97 ;; the close was 2,465.79
br-bn2 ;; direction ;; D ;; -0.78% -- its ;; +0.78% -- its ;; +0.78% ;; the index fell 0.78%
br-rsi ;; value ;; V ;; 50.1 -- its 14-day RSI ;; 55.1 -- its 14-day RSI ;; 55.1 ;; RSI is 50.1
br-rsiw ;; indicator ;; IND ;; RSI, dead center ;; RSI, deeply oversold ;; oversold ;; RSI 50.1 is not
  oversold
br-atr ;; value ;; V ;; 32.44 -- average ;; 34.24 -- average ;; 34.24 ;; the ATR is 32.44
br-vix ;; value ;; V ;; 17.60 -- the VIX ;; 16.70 -- the VIX ;; 16.70 ;; the VIX closed at 17.60
br-vixd ;; direction ;; D ;; the VIX, up 6.02% ;; the VIX, down 6.02% ;; down 6.02% ;; the VIX rose 6.02%
br-nov11 ;; history ;; V ;; 2,500.45 -- the index's ;; 2,504.50 -- the index's ;; 2,504.50 ;; Nov 11 closed at
  2,500.45
br-nov11d ;; date ;; WM ;; close on Wednesday, Nov 11 ;; close on Tuesday, Nov 11 ;; Tuesday ;; Nov 11,
  2026 was a
  Wednesday
br-cs ;; citation ;; CS ;; Contact Dana Whitcombe at 555-0147. ;; Contact Dana Whitcombe at 555-0147 [1].
  ;; [1] ;;
  the contact line shares nothing with the cited story
""")

B = "frontier-FRNT-2026-11-20"
clean(B, "FRNT-2026-11-20", "frontier-desk-summary", "md",
     "an emerging and frontier markets desk's end-of-day summary for a frontier ETF in a selloff: a "
     "scoreboard against US funds, the ETF against its index, oversold readings and a client-flows aside",
     """**EM/Frontier Desk -- EOD summary -- Fri 20-Nov-2026**
From: frontier desk (Singapore/London/NY) | To: distribution list FM-17 | 6 attachments

1) **FRNT (Frontier Select Markets ETF)** closed $30.01, -$0.26 (-0.86%), a fresh 52-week closing low.
  Opened $30.27, flat to Thursday's $30.27 close, high $30.33, low $29.95. 7.8M shares vs a 6.3M
  average (1.2x). The index it tracks, the FSMI, fell 0.88% to 35,112.40, so the ETF did 0.02 pp
  better than its index.

2) **Scoreboard.** SPY +1.10%, IWM +0.30%, FRNT -0.86%. FRNT lagged SPY by 1.96 pp and IWM by 1.16 pp.
  A very different day in the US, where the VIX dropped 9.30% to 15.60.

3) **Damage so far.** Week -3.07%, month -8.56%, YTD -18.34%. Three down closes in a row, -3.60% in
  total: $31.13 Tuesday, $30.55 Wednesday, $30.27 Thursday, $30.01 Friday. FRNT is 28.24% below its
  52-week closing high of $41.82 (Aug 19) and 32.49% below the all-time closing high of $44.45 (Nov
  13, 2024).

4) **Trend.** 10.45% below the 50-day ($33.51) and 19.73% below the 200-day ($37.38). Death cross since
  Thu Oct 15 (26 sessions). The 200-day has slipped about 1.6% over 20 sessions. 20-day average
  $31.72.

5) **Oversold?** RSI 22.9, deep in oversold territory. MACD -0.93 vs signal -0.88, still below it.
  The lower Bollinger band is $30.05 and the close is just beneath it; the upper band is $33.39.
  ATR $0.47 (1.56%), so Friday was about half an ATR.

6) **Levels.** $30.00 right under the close. Overhead: $31.00 (3.30%
  above), $32.39, then the 50-day at $33.51. The 20-session closing range is $30.01 to $33.16, 10.50%
  wide, and we're sitting on its floor.

Client flows (our book only): 9 sell tickets, 2 buys, average ticket $1.4M. Singapore office closed
  Monday for a local holiday. Next summary Monday 17:30 SGT.
""")
plants(B, """
fr-close ;; value ;; V ;; closed $30.01, ;; closed $30.10, ;; $30.10 ;; FRNT closed at $30.01
fr-chg ;; value ;; V ;; -$0.26 (-0.86%) ;; -$0.36 (-0.86%) ;; $0.36 ;; the change was -$0.26
fr-pct ;; value ;; V ;; (-0.86%), a fresh ;; (-0.96%), a fresh ;; -0.96% ;; FRNT fell 0.86%
fr-dir ;; direction ;; D ;; -$0.26 (-0.86%) ;; +$0.26 (+0.86%) ;; +$0.26 ;; FRNT fell on the day
fr-low52 ;; pattern ;; P ;; a fresh 52-week closing low ;; a fresh 52-week closing high ;; 52-week closing
  high ;;
  the close is the 52-week low
fr-open ;; value ;; V ;; Opened $30.27 ;; Opened $30.37 ;; $30.37 ;; the open was $30.27
fr-prev ;; history ;; V ;; Thursday's $30.27 close ;; Thursday's $30.72 close ;; $30.72 ;; Thursday closed
  at $30.27
fr-high ;; value ;; V ;; high $30.33, ;; high $30.43, ;; $30.43 ;; the day's high was $30.33
fr-low ;; value ;; V ;; low $29.95. ;; low $29.59. ;; $29.59 ;; the day's low was $29.95
fr-vol ;; value ;; V ;; 7.8M shares ;; 8.7M shares ;; 8.7M ;; volume was 7.8M
fr-avg ;; value ;; V ;; vs a 6.3M ;; vs a 3.6M ;; 3.6M ;; the average volume is 6.3M
fr-fsmi ;; value ;; V ;; fell 0.88% to 35,112.40 ;; fell 0.88% to 35,211.40 ;; 35,211.40 ;; the FSMI closed at
  35,112.40
fr-fsmisc ;; scale ;; SC ;; fell 0.88% to 35,112.40 ;; fell 0.88% to $35,112.40 ;; $35,112.40 ;; the index
  is in
  points, not dollars
fr-fsmip ;; value ;; V ;; FSMI, fell 0.88% ;; FSMI, fell 0.78% ;; 0.78% ;; the FSMI fell 0.88%
fr-div ;; derived ;; DER ;; did 0.02 pp
  better ;; did 0.12 pp
  better ;; 0.12 pp ;; -0.86% - (-0.88%) = 0.02 pp
fr-spy ;; value ;; V ;; SPY +1.10%, IWM ;; SPY +1.01%, IWM ;; +1.01% ;; SPY rose 1.10%
fr-iwm ;; direction ;; D ;; IWM +0.30%, FRNT ;; IWM -0.30%, FRNT ;; -0.30% ;; IWM rose 0.30%
fr-lag ;; derived ;; DER ;; lagged SPY by 1.96 pp ;; lagged SPY by 2.96 pp ;; 2.96 pp ;; -0.86% - 1.10% =
  -1.96 pp
fr-lagi ;; derived ;; DER ;; IWM by 1.16 pp ;; IWM by 0.56 pp ;; 0.56 pp ;; -0.86% - 0.30% = -1.16 pp
fr-vix ;; value ;; V ;; dropped 9.30% to 15.60 ;; dropped 3.90% to 15.60 ;; 3.90% ;; the VIX fell 9.30%
fr-week ;; value ;; V ;; Week -3.07% ;; Week -3.70% ;; -3.70% ;; the week was -3.07%
fr-month ;; timeframe ;; V ;; month -8.56% ;; month -18.34% ;; -18.34% ;; the month is -8.56%; -18.34% is
  the year
  ;; real
fr-ytd ;; value ;; V ;; YTD -18.34% ;; YTD -13.84% ;; -13.84% ;; the year to date is -18.34%
fr-three ;; history ;; V ;; Three down closes in a row ;; Five down closes in a row ;; Five ;; the streak
  is three
  sessions
fr-strk ;; history ;; V ;; -3.60% in
  total ;; -3.06% in
  total ;; -3.06% ;; the three-session streak lost 3.60%
fr-tue ;; history ;; V ;; $31.13 Tuesday ;; $31.31 Tuesday ;; $31.31 ;; Tuesday Nov 17 closed at $31.13
fr-wed ;; history ;; V ;; $30.55 Wednesday ;; $30.65 Wednesday ;; $30.65 ;; Wednesday Nov 18 closed at $30.55
fr-52h ;; value ;; V ;; is 28.24% below ;; is 24.28% below ;; 24.28% ;; FRNT is 28.24% below the 52-week high
fr-52hv ;; value ;; V ;; high of $41.82 ;; high of $42.02 ;; $42.02 ;; the 52-week closing high is $41.82;
  $42.02 is
  the intraday high ;; real
fr-52hd ;; date ;; DU ;; (Aug 19) ;; (Aug 29) ;; Aug 29 ;; the 52-week high was on Aug 19
fr-ath ;; value ;; V ;; 32.49% below the all-time ;; 23.49% below the all-time ;; 23.49% ;; FRNT is 32.49%
  below the
  record
fr-athd ;; date ;; DU ;; (Nov
  13, 2024) ;; (Nov
  13, 2025) ;; Nov 13, 2025 ;; the record was on Nov 13, 2024
fr-50 ;; value ;; V ;; 10.45% below the 50-day ;; 10.54% below the 50-day ;; 10.54% ;; FRNT is 10.45% below
  the
  50-day
fr-50v ;; value ;; V ;; 50-day ($33.51) ;; 50-day ($35.31) ;; $35.31 ;; the 50-day is $33.51
fr-200p ;; pattern ;; P ;; 19.73% below the 200-day ;; 19.73% above the 200-day ;; above ;; $30.01 is below
  the
  $37.38 200-day
fr-crossd ;; date ;; WM ;; since
  Thu Oct 15 ;; since
  Wed Oct 15 ;; Wed ;; Oct 15, 2026 was a Thursday
fr-cross ;; pattern ;; P ;; Death cross since ;; Golden cross since ;; Golden cross ;; the 50-day is below the
  200-day
fr-slope ;; trend ;; P ;; The 200-day has slipped ;; The 200-day has climbed ;; climbed ;; the 200-day fell
  1.57% in
  20 sessions
fr-20 ;; value ;; V ;; 20-day average
  $31.72 ;; 20-day average
  $32.17 ;; $32.17 ;; the 20-day is $31.72
fr-rsi ;; value ;; V ;; RSI 22.9, ;; RSI 29.2, ;; 29.2 ;; RSI is 22.9
fr-rsiw ;; indicator ;; IND ;; deep in oversold territory ;; deep in overbought territory ;; overbought ;;
  RSI 22.9 is
  oversold
fr-macd ;; indicator ;; IND ;; -0.88, still below it ;; -0.88, now above it ;; now above it ;; MACD -0.93
  is below
  its -0.88 signal
fr-bb ;; direction ;; D ;; the close is just beneath it ;; the close is well above it ;; well above it ;;
  $30.01 is
  under the $30.05 lower band
fr-bbv ;; value ;; V ;; upper band is $33.39 ;; upper band is $33.93 ;; $33.93 ;; the upper band is $33.39
fr-atr ;; value ;; V ;; ATR $0.47 (1.56%) ;; ATR $0.74 (1.56%) ;; $0.74 ;; the ATR is $0.47
fr-30 ;; level ;; LW ;; $30.00 right under the close ;; $31.00 right under the close ;; $31.00 ;; $31.00 is
  above
  the $30.01 close ;; real
fr-31 ;; derived ;; DER ;; (3.30%
  above) ;; (3.90%
  above) ;; 3.90% ;; $31.00 is 3.30% above $30.01
fr-rng ;; value ;; V ;; $30.01 to $33.16, ;; $30.01 to $33.61, ;; $33.61 ;; the range top is $33.16
fr-mg ;; magnitude ;; MG ;; closed $30.01, -$0.26 ;; plummeted to $30.01, -$0.26 ;; plummeted ;; FRNT fell
  0.86%, 0.5 ATR: not a plummet
fr-rngw ;; value ;; V ;; 10.50%
  wide ;; 15.00%
  wide ;; 15.00% ;; the range is 10.50% wide
""")

B = "squawk-SPY-2026-06-03"
clean(B, "SPY-2026-06-03", "squawk-box-transcript", "txt",
      "a trading floor's squawk-box transcript for the close: timestamped spoken lines, numbers read out "
      "the way a squawker says them, a level check, a cross-asset line and a sign-off",
      """SQUAWK LOG -- equity floor box, channel 2 -- Wednesday June 3 2026 -- transcribed from audio

15:59:40  Thirty seconds to the bell, thirty seconds. Imbalance flat.
16:00:05  Cash close. SPY finishing six fifty-nine eighteen, $659.18, up three eighty-three, that's
  up 0.58%. Index, the S&P, 6,609.79, also plus 0.58%.
16:00:30  That's five up days in a row for SPY, plus 4.87% across the five. Yesterday's close was
  $655.35, Monday $650.49, Friday $643.10.
16:01:02  Range today: low six fifty-two fifty-four, $652.54, high $659.77. We opened $656.50, small gap
  up, 0.18%. Closed right near the high.
16:01:40  Volume light, 51.6 million against a 69.3 average, so 0.7 of normal.
16:02:15  Quick run around: QQQ plus 0.57 at $595.41. IWM plus 0.35 at $228.85. DIA the odd one out,
  minus 0.58 at $461.11. SPY beat DIA by 1.16 points. VIX up 6.18% to 18.55, yes up, on an up day.
16:03:00  Levels. We closed on the top of the 20-day closing range, $609.86 to $659.18, that's an
  8.09% range. First resistance above, $660.09, one touch, then $665.30, two touches. Support $652.32,
  then the round $650, then the 200-day at $647.76.
16:03:45  Averages: 50-day $616.10, we're 6.99% over it. 200-day $647.76, we're 1.76% over it. But the
  50 is still below the 200, death cross since Friday March 27, 46 sessions. Fifty-day's been slipping,
  down about 0.3% over 20 sessions.
16:04:20  RSI 72.3, overbought, guys, overbought. We're also outside the upper Bollinger at $655.85.
  MACD 10.15 over a 6.99 signal.
16:05:00  Month: plus 8.87%. Year to date still red, minus 1.05%. We're 4.84% off the record close of
  $692.73, that's from Wednesday November 26, 2025. 52-week closing low $592.37, Tuesday April 28; we're
  11.28% above it.
16:05:40  For the desk idea book: long over $665.54, stop $657.79, target $681.23. Two to one.
16:06:10  ATR seven seventy-five, $7.75. Today's move about half of that.
16:06:30  Pizza's here for the late shift, floor 3, 14 boxes. Box off at 16:07.
""")
plants(B, """
sq-close ;; value ;; V ;; $659.18, up three ;; $658.19, up three ;; $658.19 ;; SPY closed at $659.18
sq-chgw ;; words ;; V ;; up three eighty-three ;; up four eighty-three ;; four eighty-three ;; the change
  was $3.83
sq-pct ;; value ;; V ;; that's
  up 0.58%. ;; that's
  up 0.85%. ;; 0.85% ;; SPY rose 0.58%
sq-gspc ;; value ;; V ;; S&P, 6,609.79 ;; S&P, 6,690.79 ;; 6,690.79 ;; the S&P 500 closed at 6,609.79
sq-sc ;; scale ;; SC ;; S&P, 6,609.79 ;; S&P, $6,609.79 ;; $6,609.79 ;; the S&P 500 is in points, not dollars
sq-five ;; history ;; V ;; five up days in a row ;; seven up days in a row ;; seven up days ;; the up
  streak is five
  sessions
sq-str ;; history ;; V ;; plus 4.87% across ;; plus 4.78% across ;; 4.78% ;; the five-session streak gained
  4.87%
sq-yest ;; history ;; V ;; Yesterday's close was
  $655.35 ;; Yesterday's close was
  $653.55 ;; $653.55 ;; Tuesday Jun 2 closed at $655.35
sq-mon ;; history ;; V ;; Monday $650.49 ;; Monday $649.50 ;; $649.50 ;; Monday Jun 1 closed at $650.49
sq-fri ;; history ;; V ;; Friday $643.10 ;; Friday $634.10 ;; $634.10 ;; Friday May 29 closed at $643.10
sq-loww ;; words ;; V ;; low six fifty-two fifty-four ;; low six fifty-one fifty-four ;; six fifty-one
  fifty-four
  ;; the day's low was $652.54
sq-high ;; value ;; V ;; high $659.77 ;; high $660.77 ;; $660.77 ;; the day's high was $659.77
sq-open ;; value ;; V ;; We opened $656.50 ;; We opened $655.60 ;; $655.60 ;; the open was $656.50
sq-gap ;; direction ;; D ;; small gap
  up, 0.18% ;; small gap
  down, 0.18% ;; gap down ;; SPY opened above Tuesday's close
sq-nearhi ;; direction ;; D ;; Closed right near the high ;; Closed right near the low ;; near the low ;;
  $659.18 is
  $0.59 under the $659.77 high
sq-vol ;; value ;; V ;; 51.6 million ;; 61.5 million ;; 61.5 million ;; volume was 51.6M
sq-vr ;; value ;; V ;; so 0.7 of normal ;; so 1.7 of normal ;; 1.7 ;; volume was 0.7 times the average
sq-qqq ;; value ;; V ;; plus 0.57 at $595.41 ;; plus 0.57 at $599.41 ;; $599.41 ;; QQQ closed at $595.41
sq-iwm ;; subject ;; V ;; IWM plus 0.35 ;; IWM plus 0.57 ;; plus 0.57 ;; IWM rose 0.35%; 0.57% is QQQ's ;;
  real
sq-dia ;; direction ;; D ;; minus 0.58 at $461.11 ;; plus 0.58 at $461.11 ;; plus 0.58 ;; DIA fell 0.58%
sq-div ;; derived ;; DER ;; SPY beat DIA by 1.16 points ;; SPY beat DIA by 1.61 points ;; 1.61 points ;;
  0.58% -
  (-0.58%) = 1.16 pp
sq-vix ;; value ;; V ;; to 18.55 ;; to 18.15 ;; 18.15 ;; the VIX closed at 18.55
sq-vixd ;; direction ;; D ;; VIX up 6.18% ;; VIX down 6.18% ;; down ;; the VIX rose 6.18%
sq-top ;; direction ;; D ;; closed on the top of the 20-day closing range ;; closed on the bottom of the
  20-day
  closing range ;; bottom ;; $659.18 is the range top
sq-rng ;; value ;; V ;; $609.86 to $659.18, ;; $606.86 to $659.18, ;; $606.86 ;; the range floor is $609.86
sq-rngw ;; value ;; V ;; an
  8.09% range ;; an
  9.08% range ;; 9.08% ;; the range is 8.09% wide
sq-r1 ;; level ;; V ;; $660.09, one touch ;; $660.09, four touches ;; four touches ;; $660.09 has one touch
sq-r1lw ;; level ;; LW ;; First resistance above, $660.09 ;; First resistance above, $652.32 ;; $652.32 ;;
  $652.32 is
  below the $659.18 close ;; real
sq-sup ;; level ;; LW ;; Support $652.32 ;; Support $665.30 ;; Support $665.30 ;; $665.30 is above the
  close ;; real
sq-200lv ;; value ;; V ;; then the 200-day at $647.76 ;; then the 200-day at $647.67 ;; $647.67 ;; the
  200-day is
  $647.76
sq-50 ;; value ;; V ;; 50-day $616.10 ;; 50-day $611.60 ;; $611.60 ;; the 50-day is $616.10
sq-50p ;; value ;; V ;; we're 6.99% over it ;; we're 9.69% over it ;; 9.69% ;; SPY is 6.99% above the 50-day
sq-200p ;; value ;; V ;; we're 1.76% over it ;; we're 1.86% over it ;; 1.86% ;; SPY is 1.76% above the 200-day
sq-cross ;; pattern ;; P ;; the 50 is still below the 200 ;; the 50 is now above the 200 ;; now above ;;
  the 50-day
  ($616.10) is below the 200-day ($647.76)
sq-crossw ;; pattern ;; P ;; death cross since ;; golden cross since ;; golden cross ;; the cross is a
  death cross
sq-crossd ;; date ;; WM ;; since Friday March 27 ;; since Thursday March 27 ;; Thursday ;; Mar 27, 2026 was
  a Friday
sq-crossn ;; history ;; V ;; March 27, 46 sessions ;; March 27, 64 sessions ;; 64 sessions ;; the cross was 46
  sessions ago
sq-slope ;; trend ;; P ;; Fifty-day's been slipping ;; Fifty-day's been climbing ;; climbing ;; the 50-day
  fell 0.31%
  over 20 sessions
sq-rsi ;; value ;; V ;; RSI 72.3 ;; RSI 73.2 ;; 73.2 ;; RSI is 72.3
sq-rsiw ;; indicator ;; IND ;; overbought, guys ;; oversold, guys ;; oversold ;; RSI 72.3 is overbought
sq-bb ;; direction ;; D ;; outside the upper Bollinger ;; inside the upper Bollinger ;; inside ;; $659.18
  is above the
  $655.85 upper band
sq-macd ;; indicator ;; IND ;; MACD 10.15 over a 6.99 signal ;; MACD 10.15 under a 6.99 signal ;; under ;;
  MACD is
  above its signal
sq-month ;; value ;; V ;; Month: plus 8.87% ;; Month: plus 7.88% ;; 7.88% ;; the month is +8.87%
sq-ytd ;; direction ;; D ;; Year to date still red, minus 1.05% ;; Year to date now green, plus 1.05% ;;
  plus 1.05%
  ;; the year to date is -1.05%
sq-ath ;; value ;; V ;; We're 4.84% off ;; We're 4.48% off ;; 4.48% ;; SPY is 4.84% below the record
sq-athv ;; value ;; V ;; record close of
  $692.73 ;; record close of
  $695.08 ;; $695.08 ;; the record close is $692.73; $695.08 is the intraday high ;; real
sq-athd ;; date ;; WM ;; Wednesday November 26, 2025 ;; Thursday November 26, 2025 ;; Thursday ;; Nov 26,
  2025 was a
  Wednesday
sq-low52 ;; value ;; V ;; low $592.37 ;; low $589.20 ;; $589.20 ;; the 52-week closing low is $592.37;
  $589.20 is the
  intraday low ;; real
sq-lowd ;; date ;; WM ;; Tuesday April 28 ;; Monday April 28 ;; Monday ;; Apr 28, 2026 was a Tuesday
sq-stop ;; setup ;; SG ;; stop $657.79 ;; stop $667.79 ;; $667.79 ;; a long's stop must be under its
  $665.54 entry
sq-rr ;; setup ;; SRR ;; Two to one ;; Four to one ;; Four to one ;; (681.23 - 665.54) / (665.54 - 657.79)
  = 2.0
sq-atr ;; words ;; V ;; ATR seven seventy-five ;; ATR eight seventy-five ;; eight seventy-five ;; the ATR
  is $7.75
sq-w2 ;; words ;; V ;; finishing six fifty-nine eighteen ;; finishing six fifty-eight eighteen ;; six
  fifty-eight eighteen ;; SPY closed at $659.18
sq-half ;; magnitude ;; V ;; Today's move about half of that ;; Today's move about double that ;; double ;;
  the move
  was 0.5 ATR
""")

B = "smf-DIA-2025-11-17"
clean(B, "DIA-2025-11-17", "student-fund-report", "md",
      "a university student-managed fund's weekly report to its faculty adviser: a holdings line with share "
      "counts, the Dow ETF at a record, a peer table, a vote tally and the next meeting's room",
      """# Student Investment Fund -- Weekly Report, Week 12 (Fall 2025)

To: Prof. Hallberg (faculty adviser) | From: Industrials & Broad Market sector team (5 analysts) |
  Meeting: Tuesday 18:00, Room 214

## Headline

Our core broad-market holding, the Dow ETF DIA, closed Monday, Nov 17, 2025 at $481.59, a new record
  close. It rose $4.26 (0.89%) on the day after opening at $478.18, and the day's range was $477.56 to
  $485.20. The Dow itself finished at 48,219.41, up 0.87%.

We hold 120 shares (cost basis $402.10), so the position is worth about $57,790 of the fund's $1.2M.

## Performance

| Fund | Close | 1 day | vs DIA |
|---|---:|---:|---:|
| DIA | $481.59 | +0.89% | -- |
| SPY | $684.44 | +1.39% | DIA -0.49 pp |
| QQQ | $622.21 | +1.73% | DIA -0.84 pp |
| IWM | $247.41 | +1.96% | DIA -1.07 pp |

So DIA set a record but was the weakest of the four on the day. Over five sessions DIA is up 1.70%, over
  a month 1.99% and year to date 6.55%.

## Technicals (analyst: J. Park)

- 50-day $460.80 (DIA 4.51% above), 200-day $434.25 (10.90% above). Golden cross since Monday, Jul 14,
  89 sessions ago. The 50-day rose about 2.5% over the past 20 sessions.
- RSI 72.8: overbought, which the team flagged. MACD 4.50 above its 3.61 signal.
- Close just under the upper Bollinger band ($482.40); lower band $458.79.
- The 20-session closing range is $461.90 to $481.59 (4.26%), and we closed at its top.
- 52-week closing low $371.18 on Wednesday, Apr 16, 2025; DIA is 29.75% above it.
- ATR $4.48 (0.93%); the day's move was about one ATR.

## Last week's closes

Mon Nov 10 $473.54 | Tue Nov 11 $476.06 | Wed Nov 12 $478.00 | Thu Nov 13 $477.56 | Fri Nov 14 $477.33

## Trade proposal (vote 4-1 in favour)

Add 20 shares on a close above $486.07 with a stop at $480.47 and a target of $499.52, about 2.4 to 1.
  Round numbers to watch: $490 above, $480 below (0.33% under the close).

*Next report due Monday 9 a.m. Word count 412.*
""")
plants(B, """
sm-close ;; value ;; V ;; at $481.59, a new record ;; at $481.95, a new record ;; $481.95 ;; DIA closed at
  $481.59
sm-rec ;; pattern ;; P ;; a new record
  close ;; a pullback from its record
  close ;; pullback from its record ;; $481.59 is the record close
sm-chg ;; value ;; V ;; rose $4.26 ;; rose $4.62 ;; $4.62 ;; the change was $4.26
sm-pct ;; value ;; V ;; $4.26 (0.89%) ;; $4.26 (0.98%) ;; 0.98% ;; DIA rose 0.89%
sm-dir ;; direction ;; D ;; It rose $4.26 ;; It fell $4.26 ;; fell ;; DIA rose on the day
sm-open ;; value ;; V ;; opening at $478.18 ;; opening at $478.81 ;; $478.81 ;; the open was $478.18
sm-low ;; value ;; V ;; range was $477.56 to ;; range was $475.56 to ;; $475.56 ;; the day's low was $477.56
sm-high ;; value ;; V ;; to
  $485.20. ;; to
  $485.02. ;; $485.02 ;; the day's high was $485.20
sm-dji ;; value ;; V ;; finished at 48,219.41 ;; finished at 48,291.41 ;; 48,291.41 ;; the Dow closed at
  48,219.41
sm-djip ;; value ;; V ;; 48,219.41, up 0.87% ;; 48,219.41, up 0.78% ;; 0.78% ;; the Dow rose 0.87%
sm-dsc ;; scale ;; SC ;; finished at 48,219.41 ;; finished at $48,219.41 ;; $48,219.41 ;; the Dow is in
  points, not
  dollars
sm-spy ;; value ;; V ;; | SPY | $684.44 | ;; | SPY | $684.14 | ;; $684.14 ;; SPY closed at $684.44
sm-spyp ;; subject ;; V ;; | +1.39% | DIA -0.49 pp | ;; | +1.73% | DIA -0.49 pp | ;; +1.73% ;; SPY rose
  1.39%; 1.73% is
  QQQ's ;; real
sm-spyd ;; derived ;; DER ;; DIA -0.49 pp ;; DIA -0.94 pp ;; -0.94 pp ;; 0.89% - 1.39% = -0.50 pp (0.49 pp)
sm-qqq ;; value ;; V ;; | QQQ | $622.21 | ;; | QQQ | $622.12 | ;; $622.12 ;; QQQ closed at $622.21
sm-qqqd ;; derived ;; DER ;; DIA -0.84 pp ;; DIA -0.48 pp ;; -0.48 pp ;; 0.89% - 1.73% = -0.84 pp
sm-iwm ;; value ;; V ;; | +1.96% | DIA -1.07 pp | ;; | +1.69% | DIA -1.07 pp | ;; +1.69% ;; IWM rose 1.96%
sm-iwmd ;; derived ;; DER ;; DIA -1.07 pp ;; DIA -1.37 pp ;; -1.37 pp ;; 0.89% - 1.96% = -1.07 pp
sm-weak ;; direction ;; D ;; was the weakest of the four ;; was the strongest of the four ;; strongest ;;
  DIA's 0.89%
  was the smallest gain of the four
sm-5d ;; value ;; V ;; DIA is up 1.70%, ;; DIA is up 1.57%, ;; 1.57% ;; the five-session return is +1.70%
sm-1m ;; value ;; V ;; a month 1.99% ;; a month 1.79% ;; 1.79% ;; the month is +1.99%
sm-ytd ;; timeframe ;; V ;; year to date 6.55% ;; year to date 1.99% ;; 1.99% ;; the year is +6.55%; 1.99%
  is the
  month ;; real
sm-50 ;; value ;; V ;; 50-day $460.80 ;; 50-day $468.00 ;; $468.00 ;; the 50-day is $460.80
sm-50p ;; value ;; V ;; (DIA 4.51% above) ;; (DIA 5.41% above) ;; 5.41% ;; DIA is 4.51% above the 50-day
sm-200 ;; value ;; V ;; 200-day $434.25 ;; 200-day $443.25 ;; $443.25 ;; the 200-day is $434.25
sm-200p ;; pattern ;; P ;; (10.90% above) ;; (10.90% below) ;; below ;; $481.59 is above the $434.25 200-day
sm-crossd ;; date ;; WM ;; since Monday, Jul 14 ;; since Friday, Jul 14 ;; Friday ;; Jul 14, 2025 was a Monday
sm-cross ;; history ;; V ;; 89 sessions ago ;; 98 sessions ago ;; 98 sessions ;; the cross was 89 sessions ago
sm-slope ;; trend ;; V ;; rose about 2.5% ;; rose about 4.5% ;; 4.5% ;; the 50-day rose 2.49% over 20 sessions
sm-rsi ;; value ;; V ;; RSI 72.8: ;; RSI 75.8: ;; 75.8 ;; RSI is 72.8
sm-rsiw ;; indicator ;; IND ;; overbought, which the team flagged ;; oversold, which the team flagged ;;
  oversold ;;
  RSI 72.8 is overbought
sm-macd ;; indicator ;; IND ;; MACD 4.50 above its 3.61 signal ;; MACD 4.50 below its 3.61 signal ;; below
  its 3.61
  signal ;; MACD is above its signal
sm-bb ;; direction ;; D ;; Close just under the upper Bollinger band ;; Close well above the upper
  Bollinger band ;;
  well above ;; $481.59 is under the $482.40 upper band
sm-bbv ;; value ;; V ;; lower band $458.79 ;; lower band $457.89 ;; $457.89 ;; the lower band is $458.79
sm-rng ;; value ;; V ;; $461.90 to $481.59 (4.26%) ;; $461.90 to $481.59 (4.62%) ;; 4.62% ;; the range is
  4.26%
  wide
sm-top ;; direction ;; D ;; we closed at its top ;; we closed at its bottom ;; bottom ;; $481.59 is the
  range top
sm-low52 ;; value ;; V ;; low $371.18 ;; low $364.64 ;; $364.64 ;; the 52-week closing low is $371.18;
  $364.64 is the
  intraday low ;; real
sm-lowd ;; date ;; WM ;; on Wednesday, Apr 16, 2025 ;; on Tuesday, Apr 16, 2025 ;; Tuesday ;; Apr 16, 2025
  was a
  Wednesday
sm-lowp ;; value ;; V ;; DIA is 29.75% above it ;; DIA is 27.95% above it ;; 27.95% ;; DIA is 29.75% above
  the low
sm-atr ;; value ;; V ;; ATR $4.48 (0.93%) ;; ATR $4.84 (0.93%) ;; $4.84 ;; the ATR is $4.48
sm-mon ;; history ;; V ;; Mon Nov 10 $473.54 ;; Mon Nov 10 $473.45 ;; $473.45 ;; Nov 10 closed at $473.54
sm-tue ;; date ;; WM ;; Tue Nov 11 $476.06 ;; Wed Nov 11 $476.06 ;; Wed ;; Nov 11, 2025 was a Tuesday
sm-wed ;; history ;; V ;; Wed Nov 12 $478.00 ;; Wed Nov 12 $479.00 ;; $479.00 ;; Nov 12 closed at $478.00
sm-fri ;; history ;; V ;; Fri Nov 14 $477.33 ;; Fri Nov 14 $473.37 ;; $473.37 ;; Nov 14 closed at $477.33
sm-stop ;; setup ;; SG ;; stop at $480.47 ;; stop at $488.47 ;; $488.47 ;; a long's stop must be under its
  $486.07
  entry
sm-rr ;; setup ;; SRR ;; about 2.4 to 1 ;; about 3.4 to 1 ;; 3.4 to 1 ;; (499.52 - 486.07) / (486.07 -
  480.47) = 2.4
sm-480 ;; level ;; D ;; $480 below ;; $480 above ;; $480 above ;; $480 is under the $481.59 close
sm-w ;; words ;; V ;; about one ATR ;; about three ATRs ;; three ATRs ;; the move was 1.0 ATR
sm-480p ;; derived ;; DER ;; (0.33% under the close) ;; (0.63% under the close) ;; 0.63% ;; $480 is 0.33%
  under
  $481.59
""")

B = "tlh-IWM-2026-02-13"
clean(B, "IWM-2026-02-13", "tax-loss-harvesting-note", "md",
      "a wealth manager's tax-loss-harvesting note to advisers: a client's lot with its cost and loss, "
      "the wash-sale calendar, a swap candidate, and the small-cap fund's slide told in plain words",
      """**Advisor Desk Note: harvesting small-cap losses before the window closes**
*Friday, February 13, 2026. Internal use; 2 pages. Prepared by the Portfolio Solutions team.*

Small caps had another poor day. The iShares Russell 2000 ETF (IWM) closed at $226.54, down $2.39 or
  1.04%, its sixth straight lower close; over those six sessions it has lost 5.80%. It opened at
  $229.00 and traded between $226.37 and $229.49. The Russell 2000 index fell 1.04% to 2,276.24.

The selloff is concentrated in small caps: SPY fell 0.54%, QQQ 0.41% and DIA 0.65%, so IWM did worse
  than all three. It has now trailed SPY for five sessions running.

**How far it has come down.** IWM is 12.12% below its record close of $257.77 (Friday, Nov 28, 2025).
  It is down 4.94% in five sessions, 10.88% in a month and 6.88% since the start of the year. Friday's
  close is also the bottom of the 20-session closing range ($226.54 to $252.38, 11.41% wide).

**The technical picture, briefly.** Price is 7.99% below the 50-day average ($246.22) and 1.25% below
  the 200-day ($229.41). The golden cross from Friday, Jul 18, 2025 (145 sessions ago) still stands,
  but the 50-day has turned down, -1.02% over 20 sessions, while the 200-day is still rising. RSI(14)
  is 21.4, oversold. The close is below the lower Bollinger band ($227.50).

**Example lot.** A client bought 300 shares at $251.40 on Dec 8, 2025. At Friday's close that is an
  unrealized loss of $7,458, or about 9.9%. Selling and switching to a different small-cap index fund
  keeps the exposure; the wash-sale window is 30 days either side, so no repurchase of IWM before
  March 16.

**Recent closes:** Wed Feb 4 $238.84, Thu Feb 5 $240.49, Fri Feb 6 $238.32, Mon Feb 9 $236.72, Tue
  Feb 10 $235.10, Wed Feb 11 $231.24, Thu Feb 12 $228.93.

**Levels, for those who ask.** Support at $225, then $218.48 and $217.15 (three touches); resistance
  at $226.93, then $229.41 (the 200-day) and $232.59. The VIX rose 4.34% to 17.06.

*Not tax advice. Rules differ by account type; 1 in 4 of our clients hold IWM in an IRA, where none of
  this applies.*
""")
plants(B, """
tl-close ;; value ;; V ;; closed at $226.54, down ;; closed at $225.64, down ;; $225.64 ;; IWM closed at
  $226.54
tl-chg ;; value ;; V ;; down $2.39 or ;; down $2.93 or ;; $2.93 ;; the change was -$2.39
tl-pct ;; value ;; V ;; or
  1.04%, its sixth ;; or
  1.40%, its sixth ;; 1.40% ;; IWM fell 1.04%
tl-six ;; history ;; V ;; its sixth straight lower close ;; its fourth straight lower close ;; fourth
  straight ;;
  the down streak is six sessions
tl-str ;; history ;; V ;; it has lost 5.80% ;; it has lost 8.50% ;; 8.50% ;; the six-session streak lost 5.80%
tl-open ;; value ;; V ;; opened at
  $229.00 ;; opened at
  $229.90 ;; $229.90 ;; the open was $229.00
tl-low ;; value ;; V ;; between $226.37 and ;; between $226.73 and ;; $226.73 ;; the day's low was $226.37
tl-high ;; value ;; V ;; and $229.49. ;; and $229.94. ;; $229.94 ;; the day's high was $229.49
tl-rut ;; value ;; V ;; fell 1.04% to 2,276.24 ;; fell 1.04% to 2,267.24 ;; 2,267.24 ;; the Russell 2000
  closed at
  2,276.24
tl-rutsc ;; scale ;; SC ;; fell 1.04% to 2,276.24 ;; fell 1.04% to $2,276.24 ;; $2,276.24 ;; the index is
  in points
tl-spy ;; value ;; V ;; SPY fell 0.54% ;; SPY fell 0.45% ;; 0.45% ;; SPY fell 0.54%
tl-qqq ;; subject ;; V ;; QQQ 0.41% ;; QQQ 0.65% ;; 0.65% ;; QQQ fell 0.41%; 0.65% is DIA's ;; real
tl-worse ;; direction ;; D ;; IWM did worse
  than all three ;; IWM did better
  than all three ;; did better ;; IWM fell 1.04%, more than the others
tl-five ;; history ;; V ;; trailed SPY for five sessions ;; trailed SPY for eight sessions ;; eight
  sessions ;; the
  streak is five sessions
tl-ath ;; value ;; V ;; IWM is 12.12% below ;; IWM is 12.21% below ;; 12.21% ;; IWM is 12.12% below the record
tl-athd ;; date ;; WM ;; (Friday, Nov 28, 2025) ;; (Thursday, Nov 28, 2025) ;; Thursday ;; Nov 28, 2025 was
  a Friday
tl-5d ;; value ;; V ;; down 4.94% in five sessions ;; down 4.49% in five sessions ;; 4.49% ;; the
  five-session return
  is -4.94%
tl-1m ;; timeframe ;; V ;; 10.88% in a month ;; 6.88% in a month ;; 6.88% ;; the month is -10.88%; 6.88% is
  the year
  ;; real
tl-ytd ;; value ;; V ;; 6.88% since the start ;; 8.68% since the start ;; 8.68% ;; the year to date is -6.88%
tl-bot ;; direction ;; D ;; also the bottom of the 20-session ;; also the top of the 20-session ;; top ;;
  $226.54 is
  the range floor
tl-rng ;; value ;; V ;; ($226.54 to $252.38, ;; ($226.54 to $253.28, ;; $253.28 ;; the range top is $252.38
tl-rngw ;; value ;; V ;; 11.41% wide) ;; 14.11% wide) ;; 14.11% ;; the range is 11.41% wide
tl-50 ;; value ;; V ;; Price is 7.99% below ;; Price is 9.79% below ;; 9.79% ;; IWM is 7.99% below the 50-day
tl-50v ;; value ;; V ;; ($246.22) ;; ($242.62) ;; $242.62 ;; the 50-day is $246.22
tl-200 ;; pattern ;; P ;; 1.25% below
  the 200-day ;; 1.25% above
  the 200-day ;; above ;; $226.54 is below the $229.41 200-day
tl-crossd ;; date ;; WM ;; from Friday, Jul 18, 2025 ;; from Thursday, Jul 18, 2025 ;; Thursday ;; Jul 18,
  2025 was a
  Friday
tl-cross ;; history ;; V ;; (145 sessions ago) ;; (154 sessions ago) ;; 154 sessions ;; the cross was 145
  sessions
  ago
tl-slope ;; trend ;; P ;; the 50-day has turned down ;; the 50-day has turned up ;; turned up ;; the 50-day
  fell 1.02%
  over 20 sessions
tl-slope2 ;; trend ;; P ;; the 200-day is still rising ;; the 200-day is falling too ;; falling ;; the
  200-day rose
  2.72% over 20 sessions
tl-rsi ;; value ;; V ;; is 21.4, oversold ;; is 24.1, oversold ;; 24.1 ;; RSI is 21.4
tl-rsiw ;; indicator ;; IND ;; is 21.4, oversold ;; is 21.4, overbought ;; overbought ;; RSI 21.4 is oversold
tl-bb ;; direction ;; D ;; The close is below the lower Bollinger band ;; The close is above the lower
  Bollinger
  band ;; above the lower Bollinger band ;; $226.54 is under the $227.50 lower band
tl-feb4 ;; history ;; V ;; Wed Feb 4 $238.84 ;; Wed Feb 4 $238.48 ;; $238.48 ;; Feb 4 closed at $238.84
tl-feb6 ;; date ;; WM ;; Fri Feb 6 $238.32 ;; Sat Feb 6 $238.32 ;; Sat ;; Feb 6, 2026 was a Friday
tl-feb9 ;; history ;; V ;; Mon Feb 9 $236.72 ;; Mon Feb 9 $237.62 ;; $237.62 ;; Feb 9 closed at $236.72
tl-feb11 ;; history ;; V ;; Wed Feb 11 $231.24 ;; Wed Feb 11 $232.14 ;; $232.14 ;; Feb 11 closed at $231.24
tl-feb12 ;; date ;; WM ;; Thu Feb 12 $228.93 ;; Fri Feb 12 $228.93 ;; Fri ;; Feb 12, 2026 was a Thursday
tl-sup ;; level ;; LW ;; Support at $225, then ;; Support at $229.41, then ;; $229.41 ;; $229.41 is above
  the $226.54
  close ;; real
tl-tch ;; level ;; V ;; $217.15 (three touches) ;; $217.15 (five touches) ;; five touches ;; $217.15 has three
  touches
tl-res ;; level ;; LW ;; resistance
  at $226.93 ;; resistance
  at $225.00 ;; $225.00 ;; $225 is below the close
tl-vix ;; value ;; V ;; rose 4.34% to 17.06 ;; rose 4.34% to 17.60 ;; 17.60 ;; the VIX closed at 17.06
tl-mg ;; magnitude ;; MG ;; Small caps had another poor day. ;; Small caps barely budged again. ;; barely
  budged ;; IWM fell 1.04%, 0.8 ATR
tl-vixd ;; direction ;; D ;; The VIX rose 4.34% ;; The VIX fell 4.34% ;; fell ;; the VIX rose 4.34%
""")

B = "rebal-IWM-2026-03-30"
clean(B, "IWM-2026-03-30", "quarter-end-rebalancing-note", "md",
      "a model-portfolio team's quarter-end rebalancing note: target and drifted sleeve weights, the trades "
      "to restore them, and the small-cap fund's quarter told with its averages, a new death cross and "
      "levels",
      """## Q1 2026 rebalance: trimming nothing, topping up small caps

*Model Portfolio Committee, Monday, March 30, 2026, 17:15 ET. Trades go in Tuesday, the last day of
  the quarter. Models affected: 7. Accounts: about 4,300.*

**Why small caps are underweight.** The iShares Russell 2000 ETF (IWM) closed Monday at $211.00, down
  $2.65 or 1.24%. It opened with a gap down of 0.48% at $212.62, never got above $212.88 and touched
  $210.85. That makes four lower closes in a row, a 2.54% slide, and the fund is down 13.27% this year,
  3.87% over the month and 2.10% over five sessions. The Russell 2000 index fell 1.22% to 2,120.33.

Our 10% small-cap target has drifted to 8.6% in the growth model; the rebalance buys back to 10%.

**The tape around it.** SPY fell 0.78% to $618.00, DIA 1.04% to $446.00 and QQQ 1.44% to $541.00. So
  IWM trailed SPY by 0.46 pp but held up better than QQQ, by 0.20 pp. The VIX closed at 24.71, up 0.69%.

**Technical context.**
- The 50-day average ($227.59) crossed below the 200-day ($230.93) on Tuesday, Mar 24, a death cross
  four sessions old. Price is 7.29% below the 50-day and 8.63% below the 200-day.
- The 50-day is falling fast, down about 5.4% over 20 sessions; the 200-day is flat (+0.11%).
- RSI 33.9: weak, not yet oversold. The MACD (-3.77) is above its signal (-4.40), a small positive
  histogram of 0.63.
- ATR $3.50, 1.66% of price. Bollinger bands $208.69 to $222.72.
- The 20-session closing range runs $210.30 to $223.97 (6.50%); Monday's close is near its floor.
- IWM is 18.14% below its $257.77 record close and 21.72% above its 52-week closing low of $173.35
  (Apr 16, 2025).

**Levels we will use for the trade.** Support $210, then $207.94 (two touches). Resistance $212.32,
  then $214.35 and $217.15 (three touches).

**Last week's closes:** Mon Mar 23 $215.53, Tue Mar 24 $216.51, Wed Mar 25 $215.38, Thu Mar 26 $215.29,
  Fri Mar 27 $213.65.

*Committee vote 5-0. Trading cost estimate 3 bp. Next review June 29.*
""")
plants(B, """
rb-close ;; value ;; V ;; closed Monday at $211.00 ;; closed Monday at $210.00 ;; $210.00 ;; IWM closed at
  $211.00 ;;
  real
rb-chg ;; value ;; V ;; down
  $2.65 or ;; down
  $2.56 or ;; $2.56 ;; the change was -$2.65
rb-pct ;; value ;; V ;; or 1.24%. ;; or 1.42%. ;; 1.42% ;; IWM fell 1.24%
rb-gap ;; direction ;; D ;; a gap down of 0.48% ;; a gap up of 0.48% ;; gap up ;; IWM opened below Friday's
  close
rb-gapv ;; value ;; V ;; a gap down of 0.48% ;; a gap down of 0.74% ;; 0.74% ;; the opening gap was -0.48%
rb-open ;; value ;; V ;; at $212.62, never ;; at $212.26, never ;; $212.26 ;; the open was $212.62
rb-high ;; value ;; V ;; above $212.88 ;; above $213.88 ;; $213.88 ;; the day's high was $212.88
rb-low ;; value ;; V ;; touched
  $210.85. ;; touched
  $210.58. ;; $210.58 ;; the day's low was $210.85
rb-four ;; history ;; V ;; four lower closes in a row ;; six lower closes in a row ;; six lower closes ;;
  the down
  streak is four sessions
rb-str ;; history ;; V ;; a 2.54% slide ;; a 2.45% slide ;; 2.45% ;; the four-session streak lost 2.54%
rb-ytd ;; value ;; V ;; down 13.27% this year ;; down 13.72% this year ;; 13.72% ;; the year to date is
  -13.27%
rb-1m ;; timeframe ;; V ;; 3.87% over the month ;; 2.10% over the month ;; 2.10% ;; the month is -3.87%;
  2.10% is
  five sessions ;; real
rb-5d ;; value ;; V ;; 2.10% over five sessions ;; 2.70% over five sessions ;; 2.70% ;; the five-session
  return is
  -2.10%
rb-rut ;; value ;; V ;; fell 1.22% to 2,120.33 ;; fell 1.22% to 2,102.33 ;; 2,102.33 ;; the Russell 2000
  closed at
  2,120.33
rb-rutp ;; value ;; V ;; index fell 1.22% ;; index fell 1.32% ;; 1.32% ;; the Russell 2000 fell 1.22%
rb-spy ;; value ;; V ;; SPY fell 0.78% to $618.00 ;; SPY fell 0.78% to $616.00 ;; $616.00 ;; SPY closed at
  $618.00
rb-dia ;; subject ;; V ;; DIA 1.04% to $446.00 ;; DIA 1.44% to $446.00 ;; 1.44% ;; DIA fell 1.04%; 1.44% is
  QQQ's ;;
  real
rb-qqq ;; value ;; V ;; QQQ 1.44% to $541.00 ;; QQQ 1.44% to $514.00 ;; $514.00 ;; QQQ closed at $541.00
rb-trail ;; derived ;; DER ;; trailed SPY by 0.46 pp ;; trailed SPY by 0.64 pp ;; 0.64 pp ;; -1.24% -
  (-0.78%) =
  -0.46 pp
rb-better ;; direction ;; D ;; held up better than QQQ ;; did worse than QQQ ;; did worse ;; IWM fell less
  than QQQ
rb-betterv ;; derived ;; DER ;; than QQQ, by 0.20 pp ;; than QQQ, by 0.30 pp ;; 0.30 pp ;; -1.24% -
  (-1.44%) = 0.20 pp
rb-vix ;; value ;; V ;; closed at 24.71 ;; closed at 27.41 ;; 27.41 ;; the VIX closed at 24.71
rb-50v ;; value ;; V ;; average ($227.59) ;; average ($227.95) ;; $227.95 ;; the 50-day is $227.59
rb-200v ;; value ;; V ;; 200-day ($230.93) ;; 200-day ($230.39) ;; $230.39 ;; the 200-day is $230.93
rb-crossd ;; date ;; WM ;; on Tuesday, Mar 24 ;; on Wednesday, Mar 24 ;; Wednesday ;; Mar 24, 2026 was a
  Tuesday
rb-cross ;; pattern ;; P ;; a death cross
  four sessions old ;; a golden cross
  four sessions old ;; golden cross ;; the 50-day crossed below the 200-day
rb-crossn ;; history ;; V ;; four sessions old ;; nine sessions old ;; nine sessions ;; the cross was four
  sessions
  ago
rb-50p ;; value ;; V ;; 7.29% below the 50-day ;; 7.92% below the 50-day ;; 7.92% ;; IWM is 7.29% below the
  50-day
rb-200p ;; pattern ;; P ;; 8.63% below the 200-day ;; 8.63% above the 200-day ;; above ;; $211.00 is below the
  $230.93 200-day
rb-slope ;; trend ;; V ;; down about 5.4% over ;; down about 3.4% over ;; 3.4% ;; the 50-day fell 5.36%
  over 20
  sessions
rb-slope2 ;; trend ;; P ;; the 200-day is flat ;; the 200-day is plunging ;; plunging ;; the 200-day rose
  0.11%
rb-rsi ;; value ;; V ;; RSI 33.9: ;; RSI 39.3: ;; 39.3 ;; RSI is 33.9
rb-rsiw ;; indicator ;; IND ;; weak, not yet oversold ;; weak, and overbought ;; overbought ;; RSI 33.9 is not
  overbought
rb-macd ;; indicator ;; IND ;; (-3.77) is above its signal ;; (-3.77) is below its signal ;; below its
  signal ;;
  MACD -3.77 is above its -4.40 signal
rb-hist ;; value ;; V ;; histogram of 0.63 ;; histogram of 0.93 ;; 0.93 ;; the MACD histogram is 0.63
rb-atr ;; value ;; V ;; ATR $3.50, ;; ATR $3.05, ;; $3.05 ;; the ATR is $3.50
rb-bb ;; value ;; V ;; $208.69 to $222.72 ;; $208.96 to $222.72 ;; $208.96 ;; the lower band is $208.69
rb-rng ;; value ;; V ;; $210.30 to $223.97 (6.50%) ;; $210.30 to $223.79 (6.50%) ;; $223.79 ;; the range
  top is
  $223.97
rb-floor ;; direction ;; D ;; is near its floor ;; is near its ceiling ;; near its ceiling ;; $211.00 is
  $0.70 above
  the $210.30 floor
rb-ath ;; value ;; V ;; IWM is 18.14% below ;; IWM is 14.18% below ;; 14.18% ;; IWM is 18.14% below the record
rb-low52 ;; value ;; V ;; 21.72% above ;; 27.12% above ;; 27.12% ;; IWM is 21.72% above the 52-week low
rb-lowd ;; date ;; DU ;; (Apr 16, 2025) ;; (Apr 26, 2025) ;; Apr 26, 2025 ;; the 52-week low was on Apr 16,
  2025
rb-sup ;; level ;; LW ;; Support $210, then ;; Support $212.32, then ;; $212.32 ;; $212.32 is above the
  $211.00
  close ;; real
rb-tch ;; level ;; V ;; $207.94 (two touches) ;; $207.94 (four touches) ;; four touches ;; $207.94 has two
  touches
rb-res ;; level ;; LW ;; Resistance $212.32, ;; Resistance $207.94, ;; $207.94 ;; $207.94 is below the
  close ;; real
rb-mar23 ;; history ;; V ;; Mon Mar 23 $215.53 ;; Mon Mar 23 $215.35 ;; $215.35 ;; Mar 23 closed at $215.53
rb-mar24 ;; history ;; V ;; Tue Mar 24 $216.51 ;; Tue Mar 24 $216.15 ;; $216.15 ;; Mar 24 closed at $216.51
rb-mar26 ;; date ;; WM ;; Thu Mar 26 $215.29 ;; Wed Mar 26 $215.29 ;; Wed ;; Mar 26, 2026 was a Thursday
rb-mar27 ;; history ;; V ;; Fri Mar 27 $213.65 ;; Fri Mar 27 $213.56 ;; $213.56 ;; Mar 27 closed at $213.65
""")

B = "lottery-QQQ-2026-11-17"
clean(B, "QQQ-2026-11-17", "lottery-draw-announcement", "txt",
      "a state lottery's draw announcement read on local radio, with winning numbers, jackpot sizes, "
      "claim deadlines and the station's sponsored market minute squeezed in before the weather",
      """STATE LOTTERY -- OFFICIAL DRAW RESULTS -- TUESDAY, NOVEMBER 17, 2026 -- DRAW No. 2,418

Winning numbers: 07 - 19 - 23 - 41 - 56, Bonus Ball 12. Multiplier x3.
Jackpot: $184 million (cash option $86.2 million). No jackpot winner; Friday's jackpot rises to $197
  million. Match 5: 2 tickets, $1,000,000 each (sold in Marion and Alder counties). Match 4 + Bonus:
  11 tickets, $50,000 each. Odds of the jackpot: 1 in 292,201,338.

Claim period: 180 days from the draw. Tickets over $600 must be claimed at a regional office.

--- and now the Market Minute, brought to you by Ridgeline Credit Union ---

Tech took a step back today. The Nasdaq 100 fund QQQ closed at $615.97, down $5.59, or 0.90%, and it
  finished practically on its low of the day, $615.95. It had opened at $620.75 and got as high as
  $624.18. The index itself, the Nasdaq 100, fell 0.90% to 25,326.20.

QQQ fell more than SPY, which lost 0.50%, and slightly more than the small caps in IWM, down 0.80%.
  It is now 2.19% below its record close of $629.76, set a week ago on Wednesday, Nov 11. Tapewatch
  reported QQQ "2.2% short of the record close" [1]. For the week QQQ is down 1.80%, for the month
  0.72%, but it is still up 3.16% this year.

It is holding above its 50-day average of $612.70, by 0.53%, and well above the 200-day at $579.82.
  RSI 48.4, right about neutral. The fear gauge, the VIX, rose 6.02% to 17.60.

Monday it closed at $621.56 and last Friday at $618.47.

--- weather: low of 34 tonight, 20% chance of flurries. Please play responsibly; call 1-800-522-4700. ---

<<SOURCES>>""", sources=("tw-nasdaq17",), source_format="foot")
plants(B, """
lo-close ;; value ;; V ;; QQQ closed at $615.97 ;; QQQ closed at $615.79 ;; $615.79 ;; QQQ closed at $615.97
lo-chg ;; value ;; V ;; down $5.59, ;; down $5.95, ;; $5.95 ;; the change was -$5.59
lo-pct ;; value ;; V ;; or 0.90%, and ;; or 0.99%, and ;; 0.99% ;; QQQ fell 0.90%
lo-dir ;; direction ;; D ;; Tech took a step back today ;; Tech took a step forward today ;; step forward
  ;; QQQ
  fell 0.90%
lo-low ;; direction ;; D ;; finished practically on its low of the day ;; finished practically on its high
  of the
  day ;; on its high of the day ;; $615.97 is 2 cents over the $615.95 low
lo-lowv ;; value ;; V ;; of the day, $615.95 ;; of the day, $614.95 ;; $614.95 ;; the day's low was $615.95
lo-open ;; value ;; V ;; opened at $620.75 ;; opened at $620.57 ;; $620.57 ;; the open was $620.75
lo-high ;; value ;; V ;; as high as
  $624.18 ;; as high as
  $624.81 ;; $624.81 ;; the day's high was $624.18
lo-ndx ;; value ;; V ;; fell 0.90% to 25,326.20 ;; fell 0.90% to 25,362.20 ;; 25,362.20 ;; the Nasdaq 100
  closed at
  25,326.20
lo-more ;; direction ;; D ;; QQQ fell more than SPY ;; QQQ fell less than SPY ;; fell less ;; QQQ fell
  0.90%, SPY
  0.50%
lo-spy ;; subject ;; V ;; which lost 0.50% ;; which lost 0.20% ;; 0.20% ;; SPY fell 0.50%; 0.20% is DIA's
  ;; real
lo-iwm ;; value ;; V ;; IWM, down 0.80% ;; IWM, down 0.85% ;; 0.85% ;; IWM fell 0.80%
lo-ath ;; value ;; V ;; It is now 2.19% below ;; It is now 2.91% below ;; 2.91% ;; QQQ is 2.19% below the
  record
lo-athv ;; value ;; V ;; record close of $629.76, set ;; record close of $632.37, set ;; $632.37 ;; the
  record close
  is $629.76; $632.37 is the intraday high ;; real
lo-athd ;; date ;; WM ;; on Wednesday, Nov 11 ;; on Thursday, Nov 11 ;; Thursday ;; Nov 11, 2026 was a
  Wednesday
lo-q ;; quotation ;; NU ;; "2.2% short of the record close" ;; "2.8% short of the record close" ;; 2.8% ;;
  the story
  wrote 2.2%
lo-cite ;; citation ;; CU ;; record close" [1] ;; record close" [2] ;; [2] ;; there is no source [2]
lo-week ;; value ;; V ;; QQQ is down 1.80% ;; QQQ is down 1.08% ;; 1.08% ;; the five-session return is -1.80%
lo-month ;; timeframe ;; V ;; for the month
  0.72% ;; for the month
  1.80% ;; 1.80% ;; the month is -0.72%; 1.80% is the week ;; real
lo-ytd ;; value ;; V ;; up 3.16% this year ;; up 3.61% this year ;; 3.61% ;; the year to date is +3.16%
lo-50 ;; pattern ;; P ;; It is holding above its 50-day ;; It has slipped below its 50-day ;; slipped below ;;
  $615.97 is above the $612.70 50-day
lo-50v ;; value ;; V ;; 50-day average of $612.70 ;; 50-day average of $612.07 ;; $612.07 ;; the 50-day is
  $612.70
lo-50p ;; value ;; V ;; by 0.53% ;; by 0.35% ;; 0.35% ;; QQQ is 0.53% above the 50-day
lo-200 ;; value ;; V ;; 200-day at $579.82 ;; 200-day at $597.82 ;; $597.82 ;; the 200-day is $579.82
lo-rsi ;; indicator ;; IND ;; RSI 48.4, right about neutral ;; RSI 48.4, deep in overbought ground ;;
  overbought ;;
  RSI 48.4 is not overbought
lo-vix ;; value ;; V ;; rose 6.02% to 17.60 ;; rose 6.02% to 16.70 ;; 16.70 ;; the VIX closed at 17.60
lo-mon ;; history ;; V ;; Monday it closed at $621.56 ;; Monday it closed at $621.65 ;; $621.65 ;; Monday
  Nov 16
  closed at $621.56
lo-fri ;; history ;; V ;; last Friday at $618.47 ;; last Friday at $618.74 ;; $618.74 ;; Friday Nov 13
  closed at
  $618.47
lo-mg ;; magnitude ;; MG ;; Tech took a step back today ;; Tech plummeted today ;; plummeted ;; QQQ fell
  0.90%, 0.7 ATR: not a plummet
lo-cs ;; citation ;; CU ;; Please play responsibly; ;; Please play responsibly [2]; ;; [2] ;; there is no
  source [2]
""")

B = "vet-DIA-2026-06-03"
clean(B, "DIA-2026-06-03", "vet-discharge-note", "md",
      "a veterinary clinic's discharge note for a dog named after the Dow, with weights, doses, clock "
      "times and a fee, and a postscript of the Dow fund's day the owner asked the front desk to add",
      """**Maple Street Animal Clinic -- Discharge Summary**

Patient: **Dow** (beagle, male, neutered, 7 years) | Weight: 13.8 kg | Owner: R. Castellano
Admitted: Wed Jun 3, 2026, 08:15 | Discharged: 17:40 | Case No. 26-0611

**Procedure:** dental cleaning under general anaesthesia; 2 extractions (upper premolars). Recovery
  uneventful. Temperature at discharge 38.6 C, heart rate 96 bpm.

**Medications:** carprofen 25 mg by mouth twice daily for 5 days, with food. Soft food only for 7 days.
  Recheck in 10 to 14 days. Today's fee: $642.50 (estimate was $600 to $700).

**Call us** if Dow stops eating for more than 24 hours. After hours: 555-0190.

---

*P.S. from the front desk, at Mr. Castellano's request ("he's named after it, so tell me how it did"):*

The Dow fund DIA closed at $461.11 today, down $2.67 or 0.58%, on a day when SPY rose 0.58% and QQQ
  0.57%, so DIA lagged SPY by 1.16 points. It opened at $462.98 and its range was $460.92 to $463.24.
  The Dow average itself fell 0.57% to 46,185.73.

It is still up 2.78% over the week and 6.62% over the month, though down 2.93% for the year. It closed
  just above its 200-day average ($460.09), by 0.22%, and 4.85% above its 50-day ($439.80); the 50-day
  has been below the 200-day since Wednesday, Apr 8. RSI 66.6, not quite overbought. Yesterday it
  closed at $463.78, the top of its 20-day range. The record close is $493.91 from January 12; DIA is
  6.64% below it.

Dow (the dog) is doing better than Dow (the fund) today. -- Jenna, reception
""")
plants(B, """
vt-close ;; value ;; V ;; DIA closed at $461.11 ;; DIA closed at $461.41 ;; $461.41 ;; DIA closed at $461.11
vt-chg ;; value ;; V ;; down $2.67 or ;; down $2.76 or ;; $2.76 ;; the change was -$2.67
vt-pct ;; value ;; V ;; or 0.58%, on ;; or 0.85%, on ;; 0.85% ;; DIA fell 0.58%
vt-dir ;; direction ;; D ;; today, down $2.67 ;; today, up $2.67 ;; up $2.67 ;; DIA fell
vt-spy ;; value ;; V ;; SPY rose 0.58% ;; SPY rose 0.68% ;; 0.68% ;; SPY rose 0.58%
vt-qqq ;; subject ;; V ;; and QQQ
  0.57% ;; and QQQ
  0.35% ;; 0.35% ;; QQQ rose 0.57%; 0.35% is IWM's ;; real
vt-div ;; derived ;; DER ;; lagged SPY by 1.16 points ;; lagged SPY by 0.16 points ;; 0.16 points ;; -0.58%
  - 0.58%
  = -1.16 pp
vt-open ;; value ;; V ;; opened at $462.98 ;; opened at $462.89 ;; $462.89 ;; the open was $462.98
vt-low ;; value ;; V ;; range was $460.92 to ;; range was $460.29 to ;; $460.29 ;; the day's low was $460.92
vt-high ;; value ;; V ;; to $463.24. ;; to $464.23. ;; $464.23 ;; the day's high was $463.24
vt-dji ;; value ;; V ;; fell 0.57% to 46,185.73 ;; fell 0.57% to 46,158.73 ;; 46,158.73 ;; the Dow closed
  at 46,185.73
vt-djisc ;; scale ;; SC ;; to 46,185.73 ;; to $46,185.73 ;; $46,185.73 ;; the Dow is in points
vt-week ;; value ;; V ;; up 2.78% over the week ;; up 2.87% over the week ;; 2.87% ;; the five-session
  return is
  +2.78%
vt-month ;; timeframe ;; V ;; 6.62% over the month ;; 2.78% over the month ;; 2.78% ;; the month is +6.62%;
  2.78% is
  the week ;; real
vt-ytd ;; direction ;; D ;; though down 2.93% for the year ;; and up 2.93% for the year ;; up 2.93% ;; the
  year to
  date is -2.93%
vt-200 ;; pattern ;; P ;; just above its 200-day average ;; just below its 200-day average ;; just below ;;
  $461.11 is
  above the $460.09 200-day
vt-200v ;; value ;; V ;; ($460.09), by 0.22% ;; ($460.09), by 0.42% ;; 0.42% ;; DIA is 0.22% above the 200-day
vt-50 ;; value ;; V ;; 4.85% above its 50-day ;; 5.48% above its 50-day ;; 5.48% ;; DIA is 4.85% above the
  50-day
vt-50v ;; value ;; V ;; 50-day ($439.80) ;; 50-day ($438.90) ;; $438.90 ;; the 50-day is $439.80
vt-cross ;; pattern ;; P ;; the 50-day
  has been below the 200-day ;; the 50-day
  has been above the 200-day ;; above the 200-day ;; the 50-day ($439.80) is below the 200-day ($460.09)
vt-crossd ;; date ;; WM ;; since Wednesday, Apr 8 ;; since Thursday, Apr 8 ;; Thursday ;; Apr 8, 2026 was a
  Wednesday
vt-rsi ;; indicator ;; IND ;; RSI 66.6, not quite overbought ;; RSI 66.6, deeply oversold ;; oversold ;;
  RSI 66.6 is
  not oversold
vt-yest ;; history ;; V ;; closed at $463.78, the top ;; closed at $463.87, the top ;; $463.87 ;; Tuesday
  Jun 2 closed
  at $463.78
vt-ath ;; value ;; V ;; record close is $493.91 ;; record close is $495.73 ;; $495.73 ;; the record close
  is $493.91;
  $495.73 is the intraday high ;; real
vt-athd ;; date ;; DU ;; from January 12 ;; from January 21 ;; January 21 ;; the record was on Jan 12
vt-athp ;; value ;; V ;; DIA is
  6.64% below it ;; DIA is
  6.46% below it ;; 6.46% ;; DIA is 6.64% below the record
""")

B = "audioguide-QQQ-2025-11-17"
clean(B, "QQQ-2025-11-17", "museum-audio-guide", "txt",
      "a finance museum's audio-guide script for the live ticker wall, with stop numbers, gallery years "
      "and exhibit facts, reading the Nasdaq 100 fund's record day off the wall",
      """MUSEUM OF AMERICAN FINANCE -- AUDIO GUIDE -- STOP 14 OF 22: "THE LIVE WALL" (running time 3:40)
Recorded for the week of Monday, November 17, 2025. Gallery 3, second floor.

[Narrator] Welcome to stop fourteen. The wall in front of you is 11 metres long and carries 1,400 LED
  panels. It shows the last close of the funds that millions of savers own. Let's read it together.

[Narrator] Top left, QQQ, the fund that follows the Nasdaq 100. Monday it closed at $622.21, up $10.60,
  or 1.73%, and that close is a record, the highest it has ever finished. It opened at $613.29, dipped
  to $609.46 and reached $626.07 before the bell. Its index, the Nasdaq 100, rose 1.74% to 25,582.79.

[Narrator] To its right, the S&P 500 fund SPY, up 1.39% to $684.44, and the Dow fund DIA, up 0.89% to
  $481.59. The small-company fund IWM actually did best of all, up 1.96%, so QQQ trailed it by 0.23
  points. The VIX, often called the fear gauge, dropped 4.67% to 13.47.

[Narrator] The panel underneath shows QQQ's longer story: up 2.84% in a week, 1.68% in a month and
  14.73% since January. It is 51.14% above its 52-week closing low of $411.68, set on Wednesday, April
  16, 2025, during the spring selloff you read about in Gallery 2.

[Narrator] The chart beside it shows QQQ 3.52% above its 50-day average ($601.02) and 15.46% above its
  200-day ($538.92); the 50-day crossed above the 200-day on Tuesday, July 1, 97 sessions ago. RSI 65.6:
  strong, short of overbought. Closing prices of the week before: Monday Nov 10 $605.03, Tuesday $610.76,
  Wednesday $615.65, Thursday $612.16 and Friday $611.61.

[Narrator] When you are ready, walk to stop fifteen, the 1792 Buttonwood Agreement, past the bench.
  Admission today: $24; members free. The gallery closes at 17:30.
""")
plants(B, """
ag-close ;; value ;; V ;; Monday it closed at $622.21 ;; Monday it closed at $622.12 ;; $622.12 ;; QQQ
  closed at
  $622.21
ag-chg ;; value ;; V ;; up $10.60, ;; up $16.00, ;; $16.00 ;; the change was $10.60
ag-pct ;; value ;; V ;; or 1.73%, and ;; or 1.37%, and ;; 1.37% ;; QQQ rose 1.73%
ag-rec ;; pattern ;; P ;; that close is a record ;; that close is still short of a record ;; short of a
  record ;;
  $622.21 is the record close
ag-open ;; value ;; V ;; opened at $613.29 ;; opened at $613.92 ;; $613.92 ;; the open was $613.29
ag-low ;; value ;; V ;; dipped
  to $609.46 ;; dipped
  to $609.64 ;; $609.64 ;; the day's low was $609.46
ag-high ;; value ;; V ;; reached $626.07 ;; reached $627.06 ;; $627.06 ;; the day's high was $626.07
ag-ndx ;; value ;; V ;; rose 1.74% to 25,582.79 ;; rose 1.74% to 25,528.79 ;; 25,528.79 ;; the Nasdaq 100
  closed at
  25,582.79
ag-spy ;; subject ;; V ;; up 1.39% to $684.44 ;; up 1.96% to $684.44 ;; 1.96% ;; SPY rose 1.39%; 1.96% is
  IWM's ;;
  real
ag-dia ;; value ;; V ;; up 0.89% to
  $481.59 ;; up 0.89% to
  $481.95 ;; $481.95 ;; DIA closed at $481.59
ag-best ;; direction ;; D ;; actually did best of all ;; actually did worst of all ;; worst ;; IWM's 1.96%
  was the
  best gain
ag-div ;; derived ;; DER ;; QQQ trailed it by 0.23
  points ;; QQQ trailed it by 0.32
  points ;; 0.32 ;; 1.73% - 1.96% = -0.23 pp
ag-vix ;; direction ;; D ;; dropped 4.67% to 13.47 ;; jumped 4.67% to 13.47 ;; jumped ;; the VIX fell 4.67%
ag-week ;; value ;; V ;; up 2.84% in a week ;; up 2.48% in a week ;; 2.48% ;; the five-session return is
  +2.84%
ag-ytd ;; timeframe ;; V ;; 14.73% since January ;; 2.84% since January ;; 2.84% ;; the year is +14.73%;
  2.84% is the week ;; real
ag-low52 ;; value ;; V ;; It is 51.14% above ;; It is 41.14% above ;; 41.14% ;; QQQ is 51.14% above the
  52-week low
ag-lowd ;; date ;; WM ;; on Wednesday, April
  16, 2025 ;; on Thursday, April
  16, 2025 ;; Thursday ;; Apr 16, 2025 was a Wednesday
ag-50 ;; value ;; V ;; QQQ 3.52% above ;; QQQ 3.25% above ;; 3.25% ;; QQQ is 3.52% above the 50-day
ag-200 ;; pattern ;; P ;; 15.46% above its
  200-day ;; 15.46% below its
  200-day ;; below ;; $622.21 is above the $538.92 200-day
ag-crossd ;; date ;; WM ;; on Tuesday, July 1 ;; on Monday, July 1 ;; Monday ;; Jul 1, 2025 was a Tuesday
ag-cross ;; history ;; V ;; 97 sessions ago ;; 79 sessions ago ;; 79 sessions ;; the cross was 97 sessions ago
ag-rsi ;; indicator ;; IND ;; strong, short of overbought ;; weak, close to oversold ;; oversold ;; RSI
  65.6 is not
  near oversold
ag-mon ;; history ;; V ;; Monday Nov 10 $605.03 ;; Monday Nov 10 $605.30 ;; $605.30 ;; Nov 10 closed at
  $605.03
ag-wed ;; history ;; V ;; Wednesday $615.65 ;; Wednesday $616.55 ;; $616.55 ;; Nov 12 closed at $615.65
ag-mg ;; magnitude ;; MG ;; Monday it closed at $622.21 ;; Monday it edged up to $622.21 ;; edged up ;; QQQ
  rose 1.73%, 1.4 ATR: not an edge
ag-fri ;; history ;; V ;; Friday $611.61 ;; Friday $611.16 ;; $611.16 ;; Nov 14 closed at $611.61
""")

B = "invoice-QQQ-2026-11-20"
clean(B, "QQQ-2026-11-20", "car-service-invoice", "txt",
      "an independent garage's service invoice with mileage, labour hours, part numbers, tyre pressures and "
      "tax, whose owner prints a 'market corner' for the customers in the waiting room",
      """HENDRICKS AUTO & TIRE -- INVOICE No. 48813 -- Fri 11/20/2026, 16:55
Customer: M. Oyelaran | 2019 Subaru Outback | Odometer in: 84,312 mi | Plate ending 7KQ

LABOUR
  Brake pads and rotors, front axle ........ 2.5 h @ $145.00 ........ $362.50
  Tire rotation and balance ................ 0.8 h @ $145.00 ........ $116.00
PARTS
  Pad set PN 41060-FL ...................... 1 @ $89.99 .............. $89.99
  Rotors PN 26300-AJ ....................... 2 @ $112.40 ............. $224.80
SUBTOTAL $793.29 | TAX 6.25% $49.58 | TOTAL $842.87 | PAID, card ending 0041

Tire pressures set to 35 psi front, 33 psi rear. Next oil change due at 87,300 mi or in 6 months.

------------------------------------------------------------
MARKET CORNER (Dale's pick this month: the Nasdaq 100 fund)
QQQ ended the week strong: Friday close $626.40, up $11.68 or 1.90% from Thursday's $614.72. It
  opened at $618.09, dipped to $614.90, then ran to $631.45. Volume was about twice normal (86.8M).
  The Nasdaq 100 index rose 1.89%.
QQQ beat SPY (+1.10%) by 0.80 pp and the Dow fund DIA (+0.60%) by 1.30 pp. It is up 1.28% for the
  week and 4.91% this year, 0.53% below the record close of $629.76 (Wed Nov 11).
Above the 50-day ($614.02) and 200-day ($580.22) averages; RSI 56.4. Closing range, last 29
  sessions: $610.21 to $629.76. Options max pain for Nov 27: $630.
Earlier closes: Mon $621.56, Tue $615.97, Wed $618.43.
Dale's note: "Not advice. I fix brakes."
------------------------------------------------------------
Warranty: 12 months / 12,000 miles on parts and labour. Thank you for your business!
""")
plants(B, """
iv-close ;; value ;; V ;; Friday close $626.40 ;; Friday close $624.60 ;; $624.60 ;; QQQ closed at $626.40
iv-chg ;; value ;; V ;; up $11.68 or ;; up $11.18 or ;; $11.18 ;; the change was $11.68
iv-pct ;; value ;; V ;; or 1.90% from ;; or 1.66% from ;; 1.66% ;; QQQ rose 1.90%
iv-prev ;; history ;; V ;; from Thursday's $614.72 ;; from Thursday's $614.27 ;; $614.27 ;; Thursday closed at
  $614.72
iv-strong ;; direction ;; D ;; QQQ ended the week strong ;; QQQ ended the week weak ;; weak ;; QQQ rose
  1.90% on
  Friday
iv-open ;; value ;; V ;; opened at $618.09 ;; opened at $618.90 ;; $618.90 ;; the open was $618.09
iv-low ;; value ;; V ;; dipped to $614.90 ;; dipped to $613.90 ;; $613.90 ;; the day's low was $614.90
iv-high ;; value ;; V ;; ran to $631.45 ;; ran to $631.54 ;; $631.54 ;; the day's high was $631.45
iv-vol ;; value ;; V ;; (86.8M) ;; (88.6M) ;; 88.6M ;; volume was 86.8M
iv-ndx ;; value ;; V ;; index rose 1.89% ;; index rose 1.79% ;; 1.79% ;; the Nasdaq 100 rose 1.89%
iv-beat ;; derived ;; DER ;; by 0.80 pp and ;; by 0.90 pp and ;; 0.90 pp ;; 1.90% - 1.10% = 0.80 pp
iv-beatd ;; direction ;; D ;; QQQ beat SPY ;; QQQ trailed SPY ;; trailed SPY ;; QQQ rose 1.90%, SPY 1.10%
iv-dia ;; subject ;; V ;; DIA (+0.60%) ;; DIA (+0.30%) ;; +0.30% ;; DIA rose 0.60%; 0.30% is IWM's ;; real
iv-diad ;; derived ;; DER ;; by 1.30 pp. ;; by 1.13 pp. ;; 1.13 pp ;; 1.90% - 0.60% = 1.30 pp
iv-week ;; value ;; V ;; up 1.28% for the
  week ;; up 1.82% for the
  week ;; 1.82% ;; the five-session return is +1.28%
iv-ytd ;; value ;; V ;; 4.91% this year ;; 4.19% this year ;; 4.19% ;; the year to date is +4.91%
iv-ath ;; value ;; V ;; 0.53% below the record ;; 0.63% below the record ;; 0.63% ;; QQQ is 0.53% below the
  record
iv-athd ;; date ;; WM ;; (Wed Nov 11) ;; (Mon Nov 11) ;; Mon ;; Nov 11, 2026 was a Wednesday
iv-50 ;; pattern ;; P ;; Above the 50-day ;; Below the 50-day ;; Below ;; $626.40 is above the $614.02 50-day
iv-200 ;; value ;; V ;; 200-day ($580.22) ;; 200-day ($582.20) ;; $582.20 ;; the 200-day is $580.22
iv-rsi ;; value ;; V ;; RSI 56.4. ;; RSI 64.5. ;; 64.5 ;; RSI is 56.4
iv-rng ;; value ;; V ;; $610.21 to $629.76. ;; $612.01 to $629.76. ;; $612.01 ;; the range floor is $610.21
iv-rngn ;; history ;; V ;; last 29
  sessions ;; last 39
  sessions ;; 39 sessions ;; the range spans 29 sessions
iv-mp ;; value ;; V ;; Nov 27: $630. ;; Nov 27: $635. ;; $635 ;; max pain is $630.00
iv-mon ;; history ;; V ;; Mon $621.56 ;; Mon $621.65 ;; $621.65 ;; Monday Nov 16 closed at $621.56
iv-w ;; words ;; V ;; about twice normal ;; about four times normal ;; four times ;; volume was 2.0 times
  the average
iv-wed ;; history ;; V ;; Wed $618.43. ;; Wed $618.34. ;; $618.34 ;; Wednesday Nov 18 closed at $618.43
""")

B = "darts-IWM-2026-11-17"
clean(B, "IWM-2026-11-17", "darts-league-report", "md",
      "a pub darts league's match report with legs, checkouts, 180s and three-dart averages, whose "
      "captain adds a paragraph on the small-cap fund he follows",
      """### Tuesday Night Darts League -- Week 9 -- The Crown 7, Red Lion 5

*Played Tuesday 17 November 2026 at the Crown, 19:30 start. Report by the home captain.*

A tight one. We went 4-2 up after the singles, Red Lion pulled it back to 5-5, and Priya closed it
  out with a 121 checkout (T20, T11, D14) to win the last two legs. Match stats:

- 180s: Crown 3, Red Lion 2 (Mick hit two in one leg)
- Highest checkout: 121 (Priya)
- Best three-dart average: Priya 78.4; Red Lion's best 71.9
- Legs won: Crown 7, Red Lion 5; 12 legs in all, 501 straight in, double out

League table after week 9: Crown 22 pts, Anchor 20, Red Lion 18, Feathers 11.

**Captain's corner (the bit nobody asked for).** My small-cap fund IWM had a bad night too:
  closed at $245.28, down $1.98 or 0.80%, against SPY's 0.50% dip. That's three sessions
  running it has trailed SPY. It opened at $246.64, topped at $247.37 and bottomed at $244.61. It's
  sitting 0.38% under the 50-day ($246.21) but way above the 200-day ($230.71). RSI bang on 50.0. The
  box it lives in is $241.00 to $249.26; last Thursday it closed at $249.26, the top. Down 1.00% on the
  week, up 1.46% on the month. The Russell 2000 lost 0.78%.

Next week: away at the Anchor, Tuesday 24th, bus leaves 18:45. Subs of $5 due.
""")
plants(B, """
dt-close ;; value ;; V ;; closed at $245.28, down ;; closed at $245.82, down ;; $245.82 ;; IWM closed at
  $245.28
dt-chg ;; value ;; V ;; down $1.98 or ;; down $1.89 or ;; $1.89 ;; the change was -$1.98
dt-pct ;; value ;; V ;; or 0.80%, against ;; or 0.85%, against ;; 0.85% ;; IWM fell 0.80%
dt-dir ;; direction ;; D ;; closed at $245.28, down ;; closed at $245.28, up ;; up ;; IWM fell on the day
dt-spy ;; subject ;; V ;; SPY's 0.50% dip ;; SPY's 0.20% dip ;; 0.20% ;; SPY fell 0.50%; 0.20% is DIA's ;;
  real
dt-three ;; history ;; V ;; three sessions
  running ;; four sessions
  running ;; four sessions ;; IWM trailed SPY three sessions
dt-open ;; value ;; V ;; opened at $246.64 ;; opened at $246.46 ;; $246.46 ;; the open was $246.64
dt-high ;; value ;; V ;; topped at $247.37 ;; topped at $248.37 ;; $248.37 ;; the day's high was $247.37
dt-low ;; value ;; V ;; bottomed at $244.61 ;; bottomed at $244.16 ;; $244.16 ;; the day's low was $244.61
dt-50 ;; value ;; V ;; sitting 0.38% under ;; sitting 0.83% under ;; 0.83% ;; IWM is 0.38% below the 50-day
dt-50p ;; pattern ;; P ;; sitting 0.38% under the 50-day ;; sitting 0.38% over the 50-day ;; over ;;
  $245.28 is below
  the $246.21 50-day
dt-200 ;; value ;; V ;; 200-day ($230.71) ;; 200-day ($237.01) ;; $237.01 ;; the 200-day is $230.71
dt-rsi ;; value ;; V ;; RSI bang on 50.0 ;; RSI bang on 60.0 ;; 60.0 ;; RSI is 50.0
dt-box ;; value ;; V ;; $241.00 to $249.26; ;; $242.00 to $249.26; ;; $242.00 ;; the range floor is $241.00
dt-thu ;; date ;; WM ;; last Thursday it closed at $249.26 ;; last Wednesday it closed at $249.26 ;;
  Wednesday ;; the
  $249.26 close was on Thursday Nov 12
dt-top ;; direction ;; D ;; at $249.26, the top ;; at $249.26, the bottom ;; the bottom ;; $249.26 is the
  range top
dt-week ;; direction ;; D ;; Down 1.00% on the
  week ;; Up 1.00% on the
  week ;; Up 1.00% ;; the five-session return is -1.00%
dt-month ;; timeframe ;; V ;; up 1.46% on the month ;; up 0.82% on the month ;; 0.82% ;; the month is
  +1.46%; 0.82%
  is the year ;; real
dt-rut ;; value ;; V ;; Russell 2000 lost 0.78% ;; Russell 2000 lost 0.79% ;; 0.79% ;; the Russell 2000
  fell 0.78%
""")

B = "overdue-DIA-2026-11-20"
clean(B, "DIA-2026-11-20", "library-overdue-notice", "txt",
      "a public library's overdue notice with item barcodes, due dates, daily fines and opening hours, and "
      "the business reference desk's 'market figures of the day' insert that rides along with it",
      """RIVERBEND PUBLIC LIBRARY -- OVERDUE NOTICE -- printed Fri Nov 20, 2026 18:05
Card ending 3391 | Branch: Main (2nd floor, Business & Careers)

ITEMS OVERDUE
1. "The Intelligent Investor" (rev. ed.) | barcode 31190047712 | due Nov 6 | 14 days | fine $3.50
2. "A Random Walk Down Wall Street" | barcode 31190052208 | due Nov 13 | 7 days | fine $1.75
Fines accrue at $0.25 a day per item, up to $10.00. Total owed today: $5.25.

Hours: Mon-Thu 9-20, Fri 9-18, Sat 10-17. Closed Thursday Nov 26 for Thanksgiving.

------ BUSINESS REFERENCE DESK: MARKET FIGURES OF THE DAY ------
Dow Jones Industrial Average: 47,220.31, up 0.58%.
SPDR Dow Jones ETF (DIA): $471.60, up $2.81 (0.60%). Open $468.96, high $471.86, low $467.35.
Previous closes: Thu $468.79, Wed $468.32, Tue $466.92, Mon $467.85.
Week: +1.10%. Month: -0.17%. Year to date: -0.72%.
50-day average $467.61 (DIA 0.85% above); 200-day $454.80 (3.69% above).
Record close $493.91 (Jan 12, 2026); DIA is 4.52% below it.
For comparison: SPY $688.00 (+1.10%), QQQ $626.40 (+1.90%), IWM $244.30 (+0.30%).
Source for the Dow's Thursday close: Harbor Street Wire, which reported the Dow "added 0.1%" [1].
Ask a librarian about our Morningstar and Value Line access (free with your card).

<<SOURCES>>""", sources=("hs-edge19",), source_format="plain")
plants(B, """
od-dji ;; value ;; V ;; Average: 47,220.31 ;; Average: 47,202.31 ;; 47,202.31 ;; the Dow closed at 47,220.31
od-djip ;; value ;; V ;; 47,220.31, up 0.58% ;; 47,220.31, up 0.49% ;; 0.49% ;; the Dow rose 0.58%
od-close ;; value ;; V ;; (DIA): $471.60 ;; (DIA): $471.06 ;; $471.06 ;; DIA closed at $471.60
od-sc ;; scale ;; SC ;; (DIA): $471.60 ;; (DIA): 47,160.00 ;; 47,160.00 ;; DIA is an ETF in dollars, not on
  the Dow's
  scale
od-chg ;; value ;; V ;; up $2.81 (0.60%) ;; up $2.18 (0.60%) ;; $2.18 ;; the change was $2.81
od-dir ;; direction ;; D ;; $471.60, up $2.81 ;; $471.60, down $2.81 ;; down $2.81 ;; DIA rose
od-open ;; value ;; V ;; Open $468.96 ;; Open $469.68 ;; $469.68 ;; the open was $468.96
od-high ;; value ;; V ;; high $471.86 ;; high $471.68 ;; $471.68 ;; the day's high was $471.86
od-thu ;; history ;; V ;; Thu $468.79 ;; Thu $468.97 ;; $468.97 ;; Thursday Nov 19 closed at $468.79
od-tue ;; history ;; V ;; Tue $466.92 ;; Tue $466.29 ;; $466.29 ;; Tuesday Nov 17 closed at $466.92
od-mon ;; history ;; V ;; Mon $467.85 ;; Mon $468.55 ;; $468.55 ;; Monday Nov 16 closed at $467.85
od-week ;; timeframe ;; V ;; Week: +1.10% ;; Week: -0.72% ;; -0.72% ;; the week was +1.10%; -0.72% is the
  year ;;
  real
od-month ;; value ;; V ;; Month: -0.17% ;; Month: -0.71% ;; -0.71% ;; the month is -0.17%
od-50 ;; value ;; V ;; (DIA 0.85% above) ;; (DIA 0.87% above) ;; 0.87% ;; DIA is 0.85% above the 50-day
od-200 ;; value ;; V ;; 200-day $454.80 ;; 200-day $458.40 ;; $458.40 ;; the 200-day is $454.80
od-ath ;; date ;; DU ;; (Jan 12, 2026) ;; (Jan 21, 2026) ;; Jan 21, 2026 ;; the record was on Jan 12, 2026
od-athp ;; value ;; V ;; DIA is 4.52% below it ;; DIA is 5.42% below it ;; 5.42% ;; DIA is 4.52% below the
  record
od-spy ;; value ;; V ;; SPY $688.00 ;; SPY $686.00 ;; $686.00 ;; SPY closed at $688.00
od-qqq ;; subject ;; V ;; QQQ $626.40 (+1.90%) ;; QQQ $626.40 (+1.10%) ;; +1.10% ;; QQQ rose 1.90%; 1.10%
  is SPY's ;;
  real
od-q ;; quotation ;; NU ;; "added 0.1%" ;; "added 0.4%" ;; 0.4% ;; the story wrote 0.1%
od-cite ;; citation ;; CU ;; "added 0.1%" [1] ;; "added 0.1%" [4] ;; [4] ;; there is no source [4]
""")


# Negation plants, added after the blind score (the first run had none planted; the shape test asks for
# every kind): written before they were run, scored in the landing run.
plants("lottery-QQQ-2026-11-17", """
lo-neg ;; negation ;; P ;; It is holding above its 50-day ;; It is no longer above its 50-day ;; no longer
  above ;;
  $615.97 is above the $612.70 50-day
""")
plants("overnight-DIA-2026-11-20", """
on-neg ;; negation ;; P ;; Price above the 20d ;; Price no longer above the 20d ;; no longer above ;;
  $471.60 is
  above the 20-, 50- and 200-day averages
""")
plants("squawk-SPY-2026-06-03", """
sq-neg ;; negation ;; P ;; the 50 is still below the 200 ;; the 50 is no longer below the 200 ;; no longer
  below ;;
  the 50-day ($616.10) is still below the 200-day ($647.76)
""")
plants("factsheet-FSMI-2026-11-20", """
fs-neg ;; negation ;; IND ;; The MACD is below its ;; The MACD is not below its ;; not below ;; MACD
  -1,085.04 is
  below its -1,025.37 signal
""")
plants("tlh-IWM-2026-02-13", """
tl-neg ;; negation ;; P ;; (145 sessions ago) still stands ;; (145 sessions ago) no longer stands ;; no longer
  stands ;; the 50-day ($246.22) is still above the 200-day ($229.41)
""")
plants("smf-DIA-2025-11-17", """
sm-neg ;; negation ;; IND ;; RSI 72.8: overbought ;; RSI 72.8: not overbought ;; not overbought ;; RSI 72.8 is
  overbought
""")
plants("vet-DIA-2026-06-03", """
vt-neg ;; negation ;; P ;; It closed
  just above its 200-day ;; It did not close
  above its 200-day ;; did not close above ;; $461.11 is above the $460.09 200-day
""")
plants("cotd-IWM-2026-11-17", """
cd-neg ;; negation ;; P ;; The 50-day has been above the 200-day ;; The 50-day has not been above the
  200-day ;;
  not been above ;; the 50-day ($246.21) is above the 200-day ($230.71)
""")

README = kit.blind_readme(19)

# ---------------------------------------------------------------- scoring and the command line

evaluate, report = SET.evaluate, SET.report  # what tests/test_verify_holdout19.py runs

if __name__ == "__main__":
    raise SystemExit(SET.main(sys.argv[1:], doc=__doc__ or "", readme=README))
