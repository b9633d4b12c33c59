"""Write the twentieth blind holdout set for the verifier to tests/data/verify_holdout20/ (deterministic).

    .venv/bin/python scripts/make_verify_holdout20.py            # (re)write the set
    .venv/bin/python scripts/make_verify_holdout20.py --check    # exit 1 if the files on disk differ
    .venv/bin/python scripts/make_verify_holdout20.py --score    # run the verifier over the set, report

Written for issue 14 by someone who had read neither `pipeline/verify/` nor the texts of the
evaluation set or of the first nineteen holdouts (only the shared plumbing in
`scripts/verify_eval/holdout_kit.py`, `tests/holdout_helpers.py`, `tests/test_verify_holdout19.py`,
the top and the bottom of `scripts/make_verify_holdout19.py`, the other generators' module docstrings
(to learn which voices were taken), `pipeline/facts.py`, `pipeline/contracts/` and the README's
verifier section), and who did not run the verifier on these texts before the blind score. About two
thirds of the voices are market commentary as people really write it, in forms the earlier sets did
not use: a Saturday week-in-review newsletter with a scoreboard of weekly, one-month and year-to-date
returns, a brokerage's "ETFs to watch" list for the Monday open, a financial adviser's client blog on
a record high, a Reddit-style due-diligence post, a rates strategist's Fed-watch note tying yields,
the dollar and oil to the ETFs, an AI chat assistant's answer to "how did the market do today?", a
robo-advisor's monthly statement, an ETF market maker's end-of-day quote sheet, an earnings-season
wrap and preview that quotes index levels, a swing trader's journal with dated entries, a risk
manager's morning e-mail, a frontier-markets fund manager's letter to investors, a cable anchor's
script with lower-thirds and a screener's results page. The rest are unusual voices that carry
non-market numbers on purpose next to the market figures: a youth soccer club's bulletin, a moving
company's written estimate, a dental practice's newsletter, a bakery's prep sheet and whiteboard, a
cinema's listings with a sponsored pre-show slide and a community garden's end-of-season newsletter.

Every figure of a clean text was typed by hand from `pipeline.facts.build_fact_sheet(...)` of the
case's snapshot, of a peer in the same file, of the snapshot's dated bars (`recent_sessions`,
`recent_closes`), of the 50/200-day slopes the snapshot carries (`trend.sma_50_slope_pct`,
`trend.sma_200_slope_pct`), or from the text of a cited source; approximations ("about 1.8 times",
"close to 2 to 1", "about 1% away") were checked against the same values. Clock times, years, counts
of things, ages, weights, scores, prices of things that are not market data and page furniture are
there on purpose. The snapshots and sources are frozen copies in tests/data/verify_holdout20/context/
(copied from tests/data/verify_holdout19/context/, itself a copy of holdout 18's, on 2026-12-07; each
carries 64 dated bars). No extra context day was added: the kit loads one snapshot file per key, the
shape test asks for the shared keys, and a new key would need a new snapshot built by pipeline code
this set does not touch. Each planted case is one clean text with one exact substitution and one
expected finding whose code is the README's documented one for that fault; its note says why that
code.

The blind score (once, on the branch point 6c61026d, main when the set was begun; the set frozen in
ca1019f2): 503/712 planted errors caught (0.71), 98 error findings on the 20 clean texts (4.90 per
text), 592/712 planted spots flagged by an error finding of some code. Per kind, caught/planted: value
237/303, scale 7/12, derived 8/19, direction 17/38, indicator 20/22, pattern 12/17, level 10/40, setup
15/17, date 38/52, citation 11/11, subject 15/19, timeframe 15/20, negation 10/20, quotation 7/16,
trend 6/13, history 59/73, words 11/14, magnitude 5/6. None of the 98 findings was right. Reading the
run, the author found three slips the verifier had not flagged (three Tuesday texts called the
five-session return "the week"); they were reworded in 24738d50 (figures and plants unchanged) and
the same verifier then read 503/712 (derived 7/19, timeframe 16/20), 98 error findings, 593/712
flagged. scripts/verify_eval/holdout20_score.md has the table, the findings per clean text and the
misses and false alarms by mechanism.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verify_eval import holdout_kit as kit  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- the clean texts

U = kit.FIXTURE_URLS  # the ingested items cited, by a short name

SET = kit.HoldoutSet("holdout20", REPO, U)  # the kit's source formats (md, plain, foot, paren)
OUT = SET.out
CLEAN = SET.texts
clean = SET.clean

plants = SET.plant_rows  # one clean text's plants, one a line (holdout_kit.HoldoutSet.plant_rows)


# A line starting with exactly two spaces continues the line before it. `<<SOURCES>>` becomes the
# Sources block. Figures are typed, not slotted: each was read off the key's fact sheet. Each text's
# planted errors follow it.

B = "weekly-SPY-2026-11-20"
clean(B, "SPY-2026-11-20", "week-in-review-newsletter", "md",
      "a Saturday week-in-review e-mail newsletter with a scoreboard of weekly, one-month and year-to-date "
      "returns, a day-by-day line and a reader poll",
      """# The Saturday Spread: week in review (issue 212)

Week ending Friday, November 20, 2026. Six-minute read. 41,300 subscribers, thanks for forwarding.

## Scoreboard

| Fund | Fri close | Week | 1 month | YTD |
|---|---|---|---|---|
| SPY | $688.00 | +1.10% | -0.97% | +3.28% |
| QQQ | $626.40 | +1.28% | +0.27% | +4.91% |
| DIA | $471.60 | +1.10% | -0.17% | -0.72% |
| IWM | $244.30 | -1.10% | -1.65% | +0.42% |

## The week, day by day (SPY closes)

- Monday Nov 16: $683.25, a bounce from the prior Friday's $680.53.
- Tuesday Nov 17: $679.84, the lowest close of the week.
- Wednesday Nov 18: $681.88.
- Thursday Nov 19: $680.51, a small loss before expiry.
- Friday Nov 20: $688.00, up $7.49 or 1.10% on the day, the best close of the week.

## What happened

Four quiet days and one loud one. For four sessions SPY went nowhere, and then Friday's rally
  did the whole week's work: the fund rose 1.10% on volume of 118.3M shares, about 1.8 times its 20-day
  average of 64.9M. The S&P 500 itself finished at 6,901.69, up 1.11%. QQQ led with a 1.90% jump, DIA
  added 0.60% and IWM managed only 0.30%, its sixth straight session behind SPY [1]. Fear faded too: the
  VIX fell 9.30% to 15.60.

On Thursday the mood had been different. Stocks edged lower and one analyst summed it up as
  "profit-taking in the winners rather than a change of view" [2].

## Where it stands

SPY sits 1.11% above its 50-day average ($680.43) and 6.48% above its 200-day ($646.13); the 50-day
  crossed above the 200-day on Sep 21, 44 sessions ago, and is still rising. The record close is $694.71
  from Oct 22, which leaves the fund 0.97% below it. RSI is 55.0, neither stretched nor washed out, and
  the MACD (0.82) is below its signal line (1.59).

Levels for next week: $694.71 overhead (the record, tested five times), then the $700 call strike;
  support at $678.45, then $670.42. A long only above $697.09, stop $690.03, target $710.97: about 2 to 1.

## Reader poll

Last week we asked whether the 7,000 mark on the S&P 500 falls before New Year. 58% of 2,114 readers
  said yes. The Fed decides on Dec 9, thirteen sessions away, so there is time to change your vote.

<<SOURCES>>
""", sources=("ld-rebound20", "hs-edge19"))
plants(B, """
wk-spy-close ;; value ;; V ;; | SPY | $688.00 | ;; | SPY | $686.00 | ;; $686.00 ;; SPY closed at $688.00
wk-spy-week ;; timeframe ;; V ;; | $688.00 | +1.10% | -0.97% ;; | $688.00 | -0.97% | -0.97% ;; -0.97% ;; the
  week is +1.10%; -0.97% is
  the month ;; real
wk-spy-ytd ;; value ;; V ;; +3.28% | ;; +3.82% | ;; +3.82% ;; SPY's year to date is +3.28%
wk-qqq-week ;; value ;; V ;; +1.28% ;; +1.82% ;; +1.82% ;; QQQ's week is +1.28%
wk-qqq-ytd ;; value ;; V ;; +4.91% ;; +4.19% ;; +4.19% ;; QQQ's year to date is +4.91%
wk-dia-month ;; value ;; V ;; -0.17% ;; -0.71% ;; -0.71% ;; DIA's month is -0.17%
wk-dia-ytd ;; direction ;; D ;; -0.72% | ;; +0.72% | ;; +0.72% ;; DIA is down 0.72% on the year
wk-iwm-week ;; direction ;; D ;; | -1.10% | -1.65% ;; | +1.10% | -1.65% ;; +1.10% ;; IWM lost 1.10% on the
  week
wk-iwm-close ;; scale ;; SC ;; | IWM | $244.30 | ;; | IWM | $2,456.17 | ;; $2,456.17 ;; 2,456.17 is the
  Russell 2000's
  level, not the ETF's price ;; real
wk-mon ;; history ;; V ;; Nov 16: $683.25 ;; Nov 16: $683.52 ;; $683.52 ;; SPY closed at $683.25 on Nov 16
wk-prior-fri ;; history ;; V ;; prior Friday's $680.53 ;; prior Friday's $680.35 ;; $680.35 ;; SPY closed at
  $680.53 on
  Nov 13
wk-tue ;; history ;; V ;; Nov 17: $679.84 ;; Nov 17: $678.94 ;; $678.94 ;; SPY closed at $679.84 on Nov 17
wk-wed-day ;; date ;; WM ;; Wednesday Nov 18 ;; Thursday Nov 18 ;; Thursday Nov 18 ;; Nov 18, 2026 was a
  Wednesday
wk-thu ;; history ;; V ;; Nov 19: $680.51 ;; Nov 19: $681.50 ;; $681.50 ;; SPY closed at $680.51 on Nov 19
wk-thu-dir ;; direction ;; D ;; $680.51, a small loss ;; $680.51, a small gain ;; a small gain ;; $680.51 was
  below the
  $681.88 of the day before
wk-lowclose ;; history ;; D ;; $679.84, the lowest close ;; $679.84, the highest close ;; the highest close
  ;; $679.84
  was the week's lowest close
wk-chg ;; value ;; V ;; up $7.49 ;; up $7.94 ;; $7.94 ;; the day's change was $7.49
wk-vol ;; value ;; V ;; volume of 118.3M ;; volume of 113.8M ;; 113.8M ;; volume was 118.3M
wk-volx ;; derived ;; DER ;; about 1.8 times ;; about 2.8 times ;; 2.8 times ;; 118.3M over 64.9M is 1.8 times
wk-gspc ;; value ;; V ;; finished at 6,901.69 ;; finished at 6,910.69 ;; 6,910.69 ;; the S&P 500 closed at
  6,901.69
wk-gspc-pct ;; value ;; V ;; 6,901.69, up 1.11% ;; 6,901.69, up 1.41% ;; 1.41% ;; the S&P 500 rose 1.11%
wk-qqq-day ;; subject ;; V ;; a 1.90% jump ;; a 1.10% jump ;; 1.10% ;; QQQ rose 1.90%; 1.10% is SPY's ;; real
wk-dia-day ;; magnitude ;; MG ;; DIA
  added 0.60% ;; DIA
  soared 0.60% ;; soared ;; 0.60% is about 0.6 ATR, not a soaring move
wk-streak ;; history ;; V ;; its sixth straight session ;; its ninth straight session ;; ninth ;; the source
  says the sixth
  session in a row
wk-vix ;; value ;; V ;; fell 9.30% to 15.60 ;; fell 9.30% to 16.50 ;; 16.50 ;; the VIX closed at 15.60
wk-quote ;; quotation ;; NU ;; "profit-taking in the winners rather than a change of view" ;; "profit-taking
  in
  the 10 biggest winners rather than a change of view" ;; 10 ;; the quote has no figure in the source
wk-50 ;; value ;; V ;; 50-day average ($680.43) ;; 50-day average ($684.03) ;; $684.03 ;; the 50-day is
  $680.43
wk-200pct ;; value ;; V ;; 6.48% above its 200-day ;; 6.84% above its 200-day ;; 6.84% ;; SPY is 6.48% above
  the 200-day
wk-cross-date ;; date ;; DU ;; crossed above the 200-day on Sep 21 ;; crossed above the 200-day on Sep 12 ;;
  Sep 12
  ;; the golden cross was on Sep 21, 2026
wk-cross-n ;; history ;; V ;; 44 sessions ago ;; 48 sessions ago ;; 48 ;; the cross was 44 sessions ago
wk-trend ;; trend ;; P ;; and is still rising ;; and is now falling ;; now falling ;; the 50-day slope is
  +1.76%
wk-ath-date ;; date ;; DU ;; from Oct 22 ;; from Oct 27 ;; Oct 27 ;; the record close was on Oct 22, 2026
wk-ath-pct ;; value ;; V ;; 0.97% below it ;; 1.97% below it ;; 1.97% ;; SPY is 0.97% below the record
wk-rsi ;; value ;; V ;; RSI is 55.0 ;; RSI is 59.0 ;; 59.0 ;; RSI is 55.0
wk-macd ;; indicator ;; IND ;; is below its signal line ;; is above its signal line ;; above its signal ;;
  MACD 0.82 is
  below its 1.59 signal
wk-r1 ;; level ;; LW ;; $694.71 overhead ;; $674.71 overhead ;; $674.71 ;; $674.71 is below the $688.00
  close, so not
  overhead
wk-touch ;; level ;; V ;; tested five times ;; tested eight times ;; eight ;; $694.71 has five touches
wk-s1 ;; level ;; LW ;; support at $678.45 ;; support at $698.45 ;; $698.45 ;; $698.45 is above the close,
  not support
wk-stop ;; setup ;; SG ;; stop $690.03 ;; stop $699.03 ;; $699.03 ;; a long's stop must be below its $697.09
  entry
wk-rr ;; setup ;; SRR ;; about 2 to 1 ;; about 4 to 1 ;; 4 to 1 ;; (710.97-697.09)/(697.09-690.03) is 2.0
wk-fed ;; date ;; DU ;; Fed decides on Dec 9 ;; Fed decides on Dec 16 ;; Dec 16 ;; the next Fed event is Dec
  9, 2026
wk-sessions ;; words ;; V ;; thirteen sessions away ;; eighteen sessions away ;; eighteen ;; Dec 9 is 13
  sessions away
wk-cite ;; citation ;; CU ;; behind SPY [1] ;; behind SPY [3] ;; [3] ;; there is no source [3]
wk-cite2 ;; citation ;; CS ;; a change of view" [2] ;; a change of view" [1] ;; [1] ;; the quote is in source
  2, not
  source 1
wk-neg ;; negation ;; P ;; SPY sits 1.11% above its 50-day ;; SPY no longer sits above its 50-day ;; no
  longer sits
  above ;; $688.00 is above the $680.43 50-day
""")

B = "watch-QQQ-2026-11-20"
clean(B, "QQQ-2026-11-20", "premarket-watchlist", "txt",
      "a brokerage's weekend 'ETFs to watch' list for the Monday open, one entry per fund with a bold-less "
      "ticker header and the numbers that matter",
      """ETFs TO WATCH BEFORE MONDAY'S OPEN
Compiled Saturday 7:45 a.m. ET by the Markets Desk | 4 funds | not investment advice

1. QQQ (Invesco QQQ Trust), last $626.40
Why it's on the list: Friday's 1.90% surge, a gain of $11.68, was the biggest of the four index ETFs
  and came on 86.8M shares, twice the 20-day average. The Nasdaq 100 closed at 25,753.96 [1].
What to watch: the record close of $629.76 set on Nov 11 is only 0.53% away. Friday's high of $631.45
  poked above it intraday before the fund settled lower. Above that sits $632.37; below, $623.73 and
  then the $620 round number.
The numbers: opened at $618.09, a 0.55% gap up; day's low $614.90. RSI 56.4. The 50-day ($614.02)
  is 2.02% below the price and still rising; the 200-day is at $580.22.
The week: up 1.28%. It had closed lower on Thursday at $614.72, its lowest close of the week.
Options: next Friday's weekly expiry (Nov 27) has its biggest open interest at the $640 calls and
  the $610 puts [2]; the put/call open-interest ratio is 1.32.
Setup idea: buy a close above $630.00, stop $621.95, target $649.31. That is roughly 2.4 to 1.

2. SPY (SPDR S&P 500), last $688.00
Up 1.10% on Friday, less than QQQ by 0.80 points. Still below its Oct 22 record of $694.71.

3. DIA (SPDR Dow Jones), last $471.60
Rose 0.60%; the Dow closed at 47,220.31. Lagged SPY by half a point.

4. IWM (iShares Russell 2000), last $244.30
Only +0.30%. Sixth straight session trailing SPY. Sits below its 50-day at $245.77.

Not on the list this week: 11 sector funds we track, none of which moved more than QQQ.

<<SOURCES>>
""", sources=("hs-megacap20", "tw-opex20"), source_format="plain")
plants(B, """
wl-last ;; value ;; V ;; QQQ (Invesco QQQ Trust), last $626.40 ;; QQQ (Invesco QQQ Trust), last $624.60 ;;
  $624.60 ;; QQQ
  closed at $626.40
wl-pct ;; value ;; V ;; Friday's 1.90% surge ;; Friday's 1.70% surge ;; 1.70% ;; QQQ rose 1.90%
wl-chg ;; value ;; V ;; a gain of $11.68 ;; a gain of $11.86 ;; $11.86 ;; the change was $11.68
wl-dir ;; direction ;; D ;; a gain of $11.68 ;; a loss of $11.68 ;; a loss ;; QQQ rose on Friday
wl-vol ;; value ;; V ;; on 86.8M shares ;; on 68.8M shares ;; 68.8M ;; volume was 86.8M
wl-volx ;; words ;; V ;; twice the 20-day average ;; three times the 20-day average ;; three times ;; 86.8M
  is 2.0 times
  44.3M
wl-ndx ;; value ;; V ;; closed at 25,753.96 ;; closed at 25,573.96 ;; 25,573.96 ;; the Nasdaq 100 closed at
  25,753.96
wl-rec ;; value ;; V ;; record close of $629.76 ;; record close of $631.76 ;; $631.76 ;; the record close is
  $629.76
wl-rec-date ;; date ;; DU ;; set on Nov 11 ;; set on Nov 12 ;; Nov 12 ;; the record close was on Nov 11, 2026
wl-rec-pct ;; derived ;; DER ;; only 0.53% away ;; only 1.53% away ;; 1.53% ;; 626.40 to 629.76 is 0.53%
wl-high ;; value ;; V ;; high of $631.45 ;; high of $633.45 ;; $633.45 ;; the day's high was $631.45
wl-r1 ;; level ;; LW ;; Above that sits $632.37 ;; Above that sits $623.37 ;; $623.37 ;; $623.37 is below the
  close, not
  above
wl-s1 ;; level ;; LW ;; below, $623.73 ;; below, $627.73 ;; $627.73 ;; $627.73 is above the $626.40 close
wl-open ;; value ;; V ;; opened at $618.09 ;; opened at $618.90 ;; $618.90 ;; the open was $618.09
wl-gap ;; value ;; V ;; a 0.55% gap up ;; a 0.75% gap up ;; 0.75% ;; the gap was 0.55%
wl-gapdir ;; direction ;; D ;; a 0.55% gap up ;; a 0.55% gap down ;; gap down ;; $618.09 opened above the
  $614.72 close
wl-low ;; value ;; V ;; day's low $614.90 ;; day's low $614.09 ;; $614.09 ;; the day's low was $614.90
wl-rsi ;; indicator ;; V ;; RSI 56.4 ;; RSI 65.4 ;; 65.4 ;; RSI is 56.4
wl-50 ;; value ;; V ;; The 50-day ($614.02) ;; The 50-day ($612.02) ;; $612.02 ;; the 50-day is $614.02
wl-50pct ;; value ;; V ;; is 2.02% below the price ;; is 2.12% below the price ;; 2.12% ;; QQQ is 2.02% above
  the 50-day
wl-trend ;; trend ;; P ;; and still rising ;; and now falling ;; now falling ;; the 50-day slope is +1.49%
wl-200 ;; value ;; V ;; the 200-day is at $580.22 ;; the 200-day is at $582.20 ;; $582.20 ;; the 200-day is
  $580.22
wl-week ;; timeframe ;; V ;; The week: up 1.28% ;; The week: up 0.27% ;; 0.27% ;; the week is +1.28%; 0.27%
  is the month
  ;; real
wl-thu ;; history ;; V ;; Thursday at $614.72 ;; Thursday at $617.42 ;; $617.42 ;; QQQ closed at $614.72 on
  Nov 19
wl-thu-day ;; history ;; V ;; closed lower on Thursday at $614.72 ;; closed lower on Wednesday at $614.72 ;;
  $614.72 ;;
  $614.72 was Thursday's close; Wednesday's was $618.43
wl-exp ;; date ;; DU ;; weekly expiry (Nov 27) ;; weekly expiry (Nov 24) ;; Nov 24 ;; the weekly expiry is
  Nov 27, 2026
wl-call ;; value ;; V ;; the $640 calls ;; the $650 calls ;; $650 ;; the call wall is $640
wl-put ;; value ;; V ;; the $610 puts ;; the $600 puts ;; $600 ;; the put wall is $610
wl-pcr ;; value ;; V ;; ratio is 1.32 ;; ratio is 1.42 ;; 1.42 ;; the put/call open-interest ratio is 1.32
wl-entry ;; setup ;; SG ;; stop $621.95 ;; stop $631.95 ;; $631.95 ;; the stop must sit below the $630.00
  entry
wl-rr ;; setup ;; SRR ;; roughly 2.4 to 1 ;; roughly 1.4 to 1 ;; 1.4 to 1 ;; (649.31-630)/(630-621.95) is 2.4
wl-spy ;; value ;; V ;; SPY (SPDR S&P 500), last $688.00 ;; SPY (SPDR S&P 500), last $683.00 ;; $683.00 ;;
  SPY closed
  at $688.00
wl-spy-div ;; derived ;; DER ;; less than QQQ by 0.80 points ;; less than QQQ by 1.80 points ;; 1.80 ;; 1.90
  minus
  1.10 is 0.80
wl-spy-rec ;; date ;; DU ;; its Oct 22 record ;; its Oct 20 record ;; Oct 20 ;; SPY's record close was Oct
  22, 2026
wl-dji ;; scale ;; SC ;; the Dow closed at 47,220.31 ;; the Dow closed at $472.20 ;; $472.20 ;; the Dow is an
  index,
  not a dollar price near DIA's
wl-dia ;; subject ;; V ;; Rose 0.60%; ;; Rose 0.30%; ;; 0.30% ;; DIA rose 0.60%; 0.30% is IWM's ;; real
wl-iwm ;; magnitude ;; MG ;; Only +0.30% ;; A blistering +0.30% ;; blistering ;; 0.30% is a small move
wl-iwm-streak ;; history ;; V ;; Sixth straight session trailing SPY ;; Third straight session trailing SPY
  ;; Third ;;
  IWM trailed SPY six sessions in a row
wl-iwm-50 ;; pattern ;; P ;; Sits below its 50-day at $245.77 ;; Sits above its 50-day at $245.77 ;; above its
  50-day ;; $244.30 is below the $245.77 50-day
wl-cite ;; citation ;; CU ;; closed at 25,753.96 [1] ;; closed at 25,753.96 [4] ;; [4] ;; there is no source
  [4]
wl-neg ;; negation ;; P ;; Still below its Oct 22 record ;; No longer below its Oct 22 record ;; No longer
  below ;;
  $688.00 is below the $694.71 record
""")

B = "adviser-DIA-2025-11-17"
clean(B, "DIA-2025-11-17", "adviser-client-blog", "md",
      "a fee-only financial adviser's client blog post on what a record high means for a retirement "
      "portfolio, with planning numbers (ages, withdrawal rates, allocations) beside the market figures",
      """# A record high is not a reason to change your plan

*Posted Monday evening, November 17, 2025, by the planning team. Filed under: Retirement, Markets.*

Several of you emailed today after seeing "record" in the headlines, so here is the short version.

The Dow Jones Industrial Average rose 0.87% to 48,219.41 on Monday, and the SPDR Dow Jones ETF (DIA),
  which many of you hold in the core sleeve, closed at $481.59. That is a new all-time closing high
  for the fund, up $4.26 (0.89%) from Friday's $477.33. It traded as high as $485.20 during the day
  and as low as $477.56.

It was a broad day. The S&P 500 fund SPY gained 1.39% to $684.44, the Nasdaq 100 fund QQQ added 1.73%
  and small caps did best of all: IWM jumped 1.96% to $247.41. DIA's 0.89% was actually the smallest
  gain of the four. The VIX, the market's fear gauge, closed at 13.47, which is calm.

## The longer view

- Past week: DIA +1.70%. Past month: +1.99%. Year to date: +6.55%.
- Since the April 16 low of $371.18, the fund is up 29.75%.
- It closed above the $480 round number, and it is 4.51% above its 50-day average of $460.80 and
  10.90% above its 200-day average of $434.25. Both averages point up, and the 50-day has been above
  the 200-day since July 14, about 89 trading sessions.
- The momentum gauge RSI reads 72.8, which technicians call overbought. That is a warning about the
  next few weeks, not about the next ten years.

Four sessions ago, on Tuesday, November 11, DIA closed at $476.06; three sessions before that, on Thursday,
  November 6, it was $465.51. Those are good weeks, and good weeks are exactly when people are tempted
  to do something.

## What we are doing (and not doing)

If your equity share has drifted more than 5 percentage points above its target, say a 60/40 plan now
  sitting at 66/34, we will trim it at your annual review. If you are within 3 years of retirement,
  check that two years of spending sits in cash or short bonds. The 4% withdrawal guideline was built
  on 30-year periods that included plenty of record highs.

For the traders among you (we know who you are): the next round number overhead is $490, and the $480
  mark just broken is the first support, with $476.43 beneath it. A buy above $486.07 with a stop at
  $480.47 aims for $499.52, about 2.4 times the risk. We are not doing that for client accounts.

Questions? Book a 20-minute call. Our office is closed on Thursday, November 27, for Thanksgiving.
""")
plants(B, """
ad-dji ;; value ;; V ;; rose 0.87% to 48,219.41 ;; rose 0.87% to 48,291.41 ;; 48,291.41 ;; the Dow closed at
  48,219.41
ad-djipct ;; value ;; V ;; rose 0.87% to ;; rose 0.78% to ;; 0.78% ;; the Dow rose 0.87%
ad-close ;; value ;; V ;; closed at $481.59 ;; closed at $481.95 ;; $481.95 ;; DIA closed at $481.59
ad-ath ;; pattern ;; P ;; That is a new all-time closing high ;; That is 1% short of its all-time closing
  high ;; short of
  its all-time closing high ;; $481.59 is the record close, set that day
ad-chg ;; value ;; V ;; up $4.26 ;; up $4.62 ;; $4.62 ;; the change was $4.26
ad-pct ;; value ;; V ;; (0.89%) from ;; (0.98%) from ;; 0.98% ;; DIA rose 0.89%
ad-prev ;; history ;; V ;; Friday's $477.33 ;; Friday's $477.56 ;; $477.56 ;; DIA closed at $477.33 on Friday
  Nov 14; $477.56
  is Thursday's close and the day's low ;; real
ad-high ;; value ;; V ;; as high as $485.20 ;; as high as $482.50 ;; $482.50 ;; the high was $485.20
ad-low ;; value ;; V ;; as low as $477.56 ;; as low as $475.56 ;; $475.56 ;; the low was $477.56
ad-spy ;; value ;; V ;; gained 1.39% to $684.44 ;; gained 1.39% to $648.44 ;; $648.44 ;; SPY closed at $684.44
ad-spypct ;; subject ;; V ;; SPY gained 1.39% ;; SPY gained 1.73% ;; 1.73% ;; SPY rose 1.39%; 1.73% is QQQ's
  ;; real
ad-qqq ;; value ;; V ;; QQQ added 1.73% ;; QQQ added 1.37% ;; 1.37% ;; QQQ rose 1.73%
ad-iwm ;; value ;; V ;; jumped 1.96% to $247.41 ;; jumped 1.96% to $274.41 ;; $274.41 ;; IWM closed at $247.41
ad-best ;; direction ;; D ;; small caps did best of all ;; small caps did worst of all ;; worst of all ;;
  IWM's 1.96% was the
  best of the four
ad-smallest ;; direction ;; D ;; actually the smallest
  gain of the four ;; actually the largest
  gain of the four ;; largest ;; DIA's 0.89% was the smallest gain
ad-vix ;; value ;; V ;; closed at 13.47 ;; closed at 14.37 ;; 14.37 ;; the VIX closed at 13.47
ad-week ;; value ;; V ;; Past week: DIA +1.70% ;; Past week: DIA +1.17% ;; +1.17% ;; the week is +1.70%
ad-month ;; timeframe ;; V ;; Past month: +1.99% ;; Past month: +6.55% ;; +6.55% ;; the month is +1.99%;
  6.55% is year to
  date ;; real
ad-ytd ;; value ;; V ;; Year to date: +6.55% ;; Year to date: +5.65% ;; +5.65% ;; year to date is +6.55%
ad-lowdate ;; date ;; DU ;; Since the April 16 low ;; Since the April 9 low ;; April 9 ;; the 52-week low was
  on Apr 16, 2025
ad-low52 ;; value ;; V ;; low of $371.18 ;; low of $317.18 ;; $317.18 ;; the 52-week low is $371.18
ad-up52 ;; value ;; V ;; is up 29.75% ;; is up 27.95% ;; 27.95% ;; DIA is 29.75% above the 52-week low
ad-50pct ;; value ;; V ;; 4.51% above its 50-day ;; 5.41% above its 50-day ;; 5.41% ;; DIA is 4.51% above the
  50-day
ad-50 ;; value ;; V ;; 50-day average of $460.80 ;; 50-day average of $468.00 ;; $468.00 ;; the 50-day is
  $460.80
ad-200pct ;; value ;; V ;; 10.90% above its 200-day ;; 19.00% above its 200-day ;; 19.00% ;; DIA is 10.90%
  above the 200-day
ad-200 ;; value ;; V ;; 200-day average of $434.25 ;; 200-day average of $443.25 ;; $443.25 ;; the 200-day is
  $434.25
ad-trend ;; trend ;; P ;; Both averages point up ;; Both averages point down ;; point down ;; both slopes are
  positive
ad-cross ;; pattern ;; P ;; the 50-day has been above
  the 200-day ;; the 50-day has been below
  the 200-day ;; been below ;; golden cross since Jul 14, 2025
ad-crossdate ;; date ;; DU ;; since July 14, about ;; since July 24, about ;; July 24 ;; the cross was on Jul
  14, 2025
ad-crossn ;; history ;; V ;; about 89 trading sessions ;; about 98 trading sessions ;; 98 ;; the cross was 89
  sessions ago
ad-rsi ;; value ;; V ;; RSI reads 72.8 ;; RSI reads 76.8 ;; 76.8 ;; RSI is 72.8
ad-ob ;; indicator ;; IND ;; which technicians call overbought ;; which technicians call oversold ;; oversold
  ;; RSI 72.8 is
  overbought
ad-nov11 ;; history ;; V ;; DIA closed at $476.06 ;; DIA closed at $478.06 ;; $478.06 ;; DIA closed at
  $476.06 on Nov 11
ad-nov11wd ;; date ;; WM ;; on Tuesday, November 11 ;; on Wednesday, November 11 ;; Wednesday ;; Nov 11, 2025
  was a Tuesday
ad-nov6 ;; history ;; V ;; it was $465.51 ;; it was $456.51 ;; $456.51 ;; DIA closed at $465.51 on Nov 6
ad-nov6wd ;; date ;; WM ;; on Thursday,
  November 6 ;; on Friday,
  November 6 ;; Friday ;; Nov 6, 2025 was a Thursday
ad-r1 ;; level ;; LW ;; overhead is $490 ;; overhead is $470 ;; $470 ;; $470 is below the close, not overhead
ad-s1 ;; level ;; LW ;; with $476.43 beneath it ;; with $486.43 beneath it ;; $486.43 ;; $486.43 is above the
  close
ad-stop ;; setup ;; SG ;; with a stop at
  $480.47 ;; with a stop at
  $488.47 ;; $488.47 ;; the stop must be below the $486.07 entry
ad-rr ;; setup ;; SRR ;; about 2.4 times the risk ;; about 4.2 times the risk ;; 4.2 times ;;
  (499.52-486.07)/(486.07-480.47)
  is 2.4
ad-neg ;; negation ;; P ;; It closed above the $480 round number ;; It did not close above the $480 round
  number ;; did not close above ;;
  $481.59 is above $480
""")

B = "dd-IWM-2026-11-20"
clean(B, "IWM-2026-11-20", "reddit-dd-post", "md",
      "a Reddit-style due-diligence post on small caps with a TL;DR, numbered points, the poster's position, "
      "edits and upvote furniture",
      """**[DD] IWM has been stuck in a box for five weeks. Here's the bull case, the bear case and my plan**

Posted by u/range_bound_ron · 6h · 1.4k upvotes · 312 comments · Flair: DD

**TL;DR:** IWM closed Friday at $244.30, up a measly 0.30% while QQQ ripped 1.90%. It's sat between
  $241.00 and $249.26 for 25 sessions. I'm long a small position and I'll add on a close above $250.
  Not financial advice, I'm a guy with a spreadsheet.

**1. The box.** Every push toward $250 has been sold, most recently on Nov 12 when IWM made its highest
  close of the range, $249.26 [1]. That level has now been tested three times. The floor is $241.00, and
  under that the $240.02 low. The range is only 3.43% wide.

**2. Relative strength is awful.** Friday was the sixth session in a row that IWM trailed SPY, by 42
  basis points a day on average. On Friday alone the gap was 0.80 points (SPY +1.10%). Over the past
  month IWM is down 1.65% and over the week it lost 1.10%. Year to date it's up a grand total of 0.42%.

**3. The trend is flat, not broken.** Price is 0.60% under the 50-day ($245.77) but 5.86% above the
  200-day ($230.77). The 50-day has been over the 200-day since the golden cross on Aug 10. Both averages
  are basically flat right now, drifting a hair lower. RSI 48.2, smack in the middle.

**4. Rates are the catalyst.** The 10-year yield dropped 7 basis points to 4.06% on Friday [2], and the
  Fed meets Dec 9, thirteen trading days out. Small caps carry more floating-rate debt, so in theory
  they should love this. In practice, per one PM quoted in the coverage, they "need lower rates and a better
  read on growth" [1].

**5. The tape last week (closes):** Mon $247.26, Tue $245.28, Wed $244.79, Thu $243.57, Fri $244.30.
  Three lower closes then a small bounce. Friday's range was tiny: $243.65 to $244.45.

**Bear case:** it's 5.23% below the Nov 28, 2025 record of $257.77 and has spent a year failing to
  get back. MACD (0.31) is under its signal (0.51).

**Position:** 150 shares at $246.10 (yes, I'm red). Adding 100 more on a daily close above $250.
  Bailing below $240.

Edit 1: fixed the 200-day number, thanks u/theta_gang_42.
Edit 2: for the 9 people asking, the Russell 2000 index itself closed at 2,456.17.

<<SOURCES>>
""", sources=("ld-smallcaps20", "mb-yields20"))
plants(B, """
dd-close ;; value ;; V ;; closed Friday at $244.30 ;; closed Friday at $243.30 ;; $243.30 ;; IWM closed at
  $244.30
dd-pct ;; value ;; V ;; up a measly 0.30% ;; up a measly 0.03% ;; 0.03% ;; IWM rose 0.30%
dd-qqq ;; subject ;; V ;; QQQ ripped 1.90% ;; QQQ ripped 1.10% ;; 1.10% ;; QQQ rose 1.90%; 1.10% is SPY's ;;
  real
dd-lower ;; value ;; V ;; between
  $241.00 and ;; between
  $239.00 and ;; $239.00 ;; the range floor is $241.00
dd-upper ;; value ;; V ;; and $249.26 for 25 sessions ;; and $249.62 for 25 sessions ;; $249.62 ;; the range
  top is
  $249.26
dd-nsess ;; history ;; V ;; for 25 sessions ;; for 35 sessions ;; 35 sessions ;; the range has held 25
  sessions
dd-nov12 ;; date ;; DU ;; most recently on Nov 12 ;; most recently on Nov 13 ;; Nov 13 ;; the source and the
  bars put
  the range's highest close on Nov 12
dd-hiclose ;; history ;; V ;; close of the range, $249.26 ;; close of the range, $248.76 ;; $248.76 ;; the
  highest close
  was $249.26 on Nov 12; $248.76 is Nov 11's ;; real
dd-touch ;; level ;; V ;; tested three times ;; tested six times ;; six times ;; $249.26 has three touches
dd-floor ;; level ;; LW ;; under that the $240.02 low ;; under that the $248.02 low ;; $248.02 ;; $248.02 is
  above the
  close, not under the floor
dd-width ;; derived ;; V ;; only 3.43% wide ;; only 4.43% wide ;; 4.43% ;; the range is 3.43% wide
dd-streak ;; history ;; V ;; the sixth session in a row ;; the fourth session in a row ;; fourth ;; IWM
  trailed SPY six
  sessions in a row
dd-margin ;; value ;; V ;; by 42
  basis points a day ;; by 24
  basis points a day ;; 24 ;; the average margin is 42 bp
dd-gap ;; derived ;; DER ;; the gap was 0.80 points ;; the gap was 1.80 points ;; 1.80 ;; 1.10 minus 0.30 is
  0.80
dd-spy ;; value ;; V ;; (SPY +1.10%) ;; (SPY +1.19%) ;; +1.19% ;; SPY rose 1.10%
dd-month ;; value ;; V ;; IWM is down 1.65% ;; IWM is down 1.56% ;; 1.56% ;; the month is -1.65%
dd-week ;; timeframe ;; V ;; over the week it lost 1.10% ;; over the week it lost 1.65% ;; 1.65% ;; the week
  is -1.10%;
  1.65% is the month ;; real
dd-ytd ;; direction ;; D ;; it's up a grand total of 0.42% ;; it's down a grand total of 0.42% ;; down ;;
  year to date is
  +0.42%
dd-50pct ;; value ;; V ;; Price is 0.60% under the 50-day ;; Price is 0.70% under the 50-day ;; 0.70% ;; IWM
  is 0.60%
  below the 50-day
dd-50 ;; value ;; V ;; the 50-day ($245.77) ;; the 50-day ($244.77) ;; $244.77 ;; the 50-day is $245.77
dd-200pct ;; value ;; V ;; 5.86% above the ;; 8.56% above the ;; 8.56% ;; IWM is 5.86% above the 200-day
dd-200 ;; value ;; V ;; 200-day ($230.77) ;; 200-day ($237.07) ;; $237.07 ;; the 200-day is $230.77
dd-cross ;; date ;; DU ;; golden cross on Aug 10 ;; golden cross on Aug 17 ;; Aug 17 ;; the cross was on Aug
  10, 2026
dd-crossp ;; pattern ;; P ;; the golden cross on Aug 10 ;; the death cross on Aug 10 ;; death cross ;; the
  50-day is above
  the 200-day
dd-trend ;; trend ;; P ;; drifting a hair lower ;; climbing steeply ;; climbing steeply ;; both slopes are
  about -0.1%
dd-rsi ;; value ;; V ;; RSI 48.2 ;; RSI 42.8 ;; 42.8 ;; RSI is 48.2
dd-yield ;; quotation ;; NU ;; dropped 7 basis points to 4.06% ;; dropped 9 basis points to 4.06% ;; 9 basis
  points ;; the
  source says 7 basis points
dd-yield2 ;; quotation ;; NU ;; points to 4.06% on ;; points to 4.16% on ;; 4.16% ;; the source says 4.06%
dd-fed ;; date ;; DU ;; Fed meets Dec 9 ;; Fed meets Dec 11 ;; Dec 11 ;; the Fed event is Dec 9, 2026
dd-fedn ;; words ;; V ;; thirteen trading days out ;; nineteen trading days out ;; nineteen ;; Dec 9 is 13
  sessions away
dd-quote ;; quotation ;; NU ;; "need lower rates and a better
  read on growth" ;; "need lower rates and 2 years of better
  growth" ;; 2 years ;; the source says "need lower rates and a better read on growth"
dd-mon ;; history ;; V ;; Mon $247.26 ;; Mon $247.62 ;; $247.62 ;; IWM closed at $247.26 on Nov 16
dd-tue ;; history ;; V ;; Tue $245.28 ;; Tue $245.82 ;; $245.82 ;; IWM closed at $245.28 on Nov 17
dd-thu ;; history ;; V ;; Thu $243.57 ;; Thu $243.75 ;; $243.75 ;; IWM closed at $243.57 on Nov 19
dd-count ;; words ;; V ;; Three lower closes then ;; Five lower closes then ;; Five lower closes ;; Nov 17,
  18 and 19
  were three lower closes
dd-lowd ;; value ;; V ;; $243.65 to $244.45 ;; $243.56 to $244.45 ;; $243.56 ;; the day's low was $243.65
dd-ath ;; value ;; V ;; it's 5.23% below ;; it's 2.53% below ;; 2.53% ;; IWM is 5.23% below the record
dd-athd ;; date ;; DU ;; the Nov 28, 2025 record ;; the Nov 26, 2025 record ;; Nov 26, 2025 ;; the record was
  on Nov
  28, 2025
dd-athv ;; value ;; V ;; record of $257.77 ;; record of $275.77 ;; $275.77 ;; the record close is $257.77
dd-macd ;; indicator ;; IND ;; MACD (0.31) is under its signal ;; MACD (0.31) is over its signal ;; over its
  signal ;;
  MACD 0.31 is below its 0.51 signal
dd-rut ;; scale ;; SC ;; closed at 2,456.17 ;; closed at $245.62 ;; $245.62 ;; the index is not on the ETF's
  dollar scale
dd-cite ;; citation ;; CU ;; dropped 7 basis points to 4.06% on Friday [2] ;; dropped 7 basis points to 4.06%
  on Friday [5] ;;
  [5] ;; there is no source [5]
dd-neg ;; negation ;; P ;; Price is 0.60% under the 50-day ($245.77) but ;; Price is no longer under the
  50-day
  ($245.77) but ;; no longer under ;; $244.30 is below the $245.77 50-day
""")

B = "fedwatch-SPY-2026-11-17"
clean(B, "SPY-2026-11-17", "fed-watcher-note", "txt",
      "a rates strategist's Fed-watch note tying Treasury yields, the dollar and oil to the index ETFs, "
      "with a countdown to the meeting and footnoted sources",
      """FED WATCH | Tuesday, November 17, 2026 | Rates & Equities Strategy | page 1 of 2

Countdown: FOMC decision Wed Dec 9, 16 sessions away. CPI for November the next day, Dec 10.

Bottom line: yields are falling and stocks are falling with them, which tells you the market is
  trading growth worries, not relief. The 10-year Treasury yield slipped to 4.15% today[^2], a day
  after closing at 4.16%[^1]. The dollar index firmed 0.3% to 99.95 and WTI crude dropped 2.7% to
  $67.35[^3].

How the ETFs took it:
    SPY  $679.84  -0.50%
    QQQ  $615.97  -0.90%
    DIA  $466.92  -0.20%
    IWM  $245.28  -0.80%
The S&P 500 closed at 6,821.04. The Nasdaq side fell hardest; the Dow fund held up best. The VIX rose
  a point to 17.60.

SPY in detail. The fund opened at $682.51, reached $683.69 and sank as low as $676.68 before closing
  down $3.41. That is its third loss in the last five sessions, which are down 0.80% in all; the
  past month, down 1.06%. Volume of 73.0M was a touch above the 66.3M average.

The 50-day line is the story. SPY sits at $679.84 against a 50-day of $679.19, only 0.09% above it.
  A source quoted by the wire put it plainly: "The trend is intact as long as the S&P 500 holds its
  50-day line"[^2]. The 50-day itself is still climbing (+2.16% slope) while the 200-day at $645.83 is
  nearly flat (+0.13%). SPY remains 5.27% above the 200-day and 2.14% below its Oct 22 record of $694.71.

Momentum is soft: RSI 46.8 and the MACD (1.09) under its signal (2.42). The 20-day average, $685.80,
  is now above the price.

Rates map to levels. If the Fed cuts a quarter point on Dec 9, we think the range top at $694.71 comes
  back into view. If it holds, the range floor of $673.92 is the first test, then $670.42 and $666.26.
  A long at $673.92 with a stop at $668.55 and a target of $691.80 risks $5.37 to make $17.88, about
  3.3 to 1.

Closes since November 6: Nov 6 $693.42, Nov 9 $688.56, Nov 10 $685.33, Nov 11 $686.70,
  Nov 12 $684.64, Nov 13 $680.53, Nov 16 $683.25.

Disclosures on page 2. Desk: 3 strategists, 1 economist. Next note Thursday at 7:00 a.m. ET.

<<SOURCES>>
""", sources=("hs-rebound16", "hs-slides17", "ld-oil17"), source_format="foot")
plants(B, """
fw-countdown ;; words ;; V ;; 16 sessions away ;; 12 sessions away ;; 12 sessions ;; Dec 9 is 16 sessions away
fw-fedday ;; date ;; WM ;; FOMC decision Wed Dec 9 ;; FOMC decision Thu Dec 9 ;; Thu Dec 9 ;; Dec 9, 2026 is
  a Wednesday
fw-cpi ;; date ;; DU ;; the next day, Dec 10 ;; the next day, Dec 11 ;; Dec 11 ;; the sources put CPI on Dec
  10
fw-10y ;; quotation ;; NU ;; slipped to 4.15% today ;; slipped to 4.05% today ;; 4.05% ;; the source says
  4.15%
fw-10yprev ;; quotation ;; NU ;; closing at 4.16% ;; closing at 4.26% ;; 4.26% ;; the Monday source says 4.16%
fw-dxy ;; quotation ;; NU ;; firmed 0.3% to 99.95 ;; firmed 0.3% to 99.59 ;; 99.59 ;; the source says 99.95
fw-wti ;; value ;; V ;; dropped 2.7% to
  $67.35 ;; dropped 2.7% to
  $67.53 ;; $67.53 ;; WTI settled at $67.35
fw-spy ;; value ;; V ;; SPY  $679.84  -0.50% ;; SPY  $679.48  -0.50% ;; $679.48 ;; SPY closed at $679.84
fw-qqq ;; value ;; V ;; QQQ  $615.97 ;; QQQ  $615.79 ;; $615.79 ;; QQQ closed at $615.97
fw-dia ;; subject ;; V ;; $466.92  -0.20% ;; $466.92  -0.50% ;; -0.50% ;; DIA fell 0.20%; 0.50% is SPY's ;;
  real
fw-iwm ;; direction ;; D ;; $245.28  -0.80% ;; $245.28  +0.80% ;; +0.80% ;; IWM fell 0.80%
fw-gspc ;; scale ;; SC ;; closed at 6,821.04 ;; closed at $682.10 ;; $682.10 ;; the S&P 500 index is not on
  SPY's
  dollar scale
fw-hardest ;; direction ;; D ;; The Nasdaq side fell hardest ;; The Nasdaq side held up best ;; held up best
  ;; QQQ's
  -0.90% was the worst of the four
fw-vix ;; value ;; V ;; a point to 17.60 ;; a point to 16.70 ;; 16.70 ;; the VIX closed at 17.60
fw-open ;; value ;; V ;; opened at $682.51 ;; opened at $682.15 ;; $682.15 ;; the open was $682.51
fw-high ;; value ;; V ;; reached $683.69 ;; reached $686.39 ;; $686.39 ;; the high was $683.69
fw-low ;; value ;; V ;; as low as $676.68 ;; as low as $667.68 ;; $667.68 ;; the low was $676.68
fw-chg ;; value ;; V ;; down $3.41 ;; down $4.31 ;; $4.31 ;; the change was -$3.41
fw-losses ;; history ;; V ;; its third loss in the last five sessions ;; its fifth loss in the last five
  sessions ;;
  fifth loss ;; Nov 11 and Nov 16 were gains, so three losses in five
fw-week ;; value ;; V ;; are down 0.80% in all ;; are down 0.68% in all ;; 0.68% ;; the five-session move is
  -0.80%
fw-month ;; timeframe ;; V ;; the
  past month, down 1.06% ;; the
  past month, down 0.80% ;; 0.80% ;; the month is -1.06%; 0.80% is the week ;; real
fw-vol ;; value ;; V ;; Volume of 73.0M ;; Volume of 37.0M ;; 37.0M ;; volume was 73.0M
fw-avgvol ;; value ;; V ;; the 66.3M average ;; the 63.6M average ;; 63.6M ;; the 20-day average volume is
  66.3M
fw-50 ;; value ;; V ;; a 50-day of $679.19 ;; a 50-day of $677.19 ;; $677.19 ;; the 50-day is $679.19
fw-50pct ;; derived ;; V ;; only 0.09% above it ;; only 0.19% above it ;; 0.19% ;; SPY is 0.09% above the
  50-day
fw-quote ;; quotation ;; NU ;; holds its
  50-day line" ;; holds its
  100-day line" ;; 100-day ;; the source says 50-day line
fw-slope ;; trend ;; V ;; (+2.16% slope) ;; (+1.16% slope) ;; +1.16% ;; the 50-day slope is +2.16%
fw-slope2 ;; trend ;; P ;; The 50-day itself is still climbing ;; The 50-day itself is now declining ;; now
  declining ;;
  the 50-day slope is +2.16%
fw-200 ;; value ;; V ;; the 200-day at $645.83 ;; the 200-day at $654.83 ;; $654.83 ;; the 200-day is $645.83
fw-200pct ;; value ;; V ;; 5.27% above the 200-day ;; 7.25% above the 200-day ;; 7.25% ;; SPY is 5.27% above
  the 200-day
fw-ath ;; value ;; V ;; 2.14% below its Oct 22 ;; 1.41% below its Oct 22 ;; 1.41% ;; SPY is 2.14% below the
  record
fw-athd ;; date ;; DU ;; its Oct 22 record of $694.71 ;; its Oct 29 record of $694.71 ;; Oct 29 ;; the record
  was on Oct 22
fw-rsi ;; value ;; V ;; RSI 46.8 ;; RSI 48.6 ;; 48.6 ;; RSI is 46.8
fw-macd ;; indicator ;; IND ;; under its signal (2.42) ;; over its signal (2.42) ;; over its signal ;; MACD
  1.09 is below
  2.42
fw-20 ;; pattern ;; P ;; is now above the price ;; is now below the price ;; below the price ;; the $685.80
  20-day is
  above $679.84
fw-rtop ;; level ;; LW ;; the range top at $694.71 ;; the range top at $664.71 ;; $664.71 ;; $664.71 is below
  the price,
  not a range top
fw-floor ;; level ;; V ;; range floor of $673.92 ;; range floor of $673.29 ;; $673.29 ;; the range floor is
  $673.92
fw-s2 ;; level ;; LW ;; then $670.42 and $666.26 ;; then $670.42 and $686.26 ;; $686.26 ;; $686.26 is above
  the price,
  not a support below the floor
fw-stop ;; setup ;; SG ;; with a stop at $668.55 ;; with a stop at $678.55 ;; $678.55 ;; the stop must be
  under the $673.92
  entry
fw-risk ;; setup ;; DER ;; risks $5.37 ;; risks $3.57 ;; $3.57 ;; 673.92 - 668.55 is 5.37
fw-rr ;; setup ;; SRR ;; about
  3.3 to 1 ;; about
  5.3 to 1 ;; 5.3 to 1 ;; (691.80-673.92)/(673.92-668.55) is 3.3
fw-nov6 ;; history ;; V ;; Nov 6 $693.42 ;; Nov 6 $694.32 ;; $694.32 ;; SPY closed at $693.42 on Nov 6
fw-nov10 ;; history ;; V ;; Nov 10 $685.33 ;; Nov 10 $685.53 ;; $685.53 ;; SPY closed at $685.33 on Nov 10
fw-nov13 ;; history ;; V ;; Nov 13 $680.53 ;; Nov 13 $683.05 ;; $683.05 ;; SPY closed at $680.53 on Nov 13
fw-cite ;; citation ;; CU ;; $67.35[^3] ;; $67.35[^5] ;; [^5] ;; there is no footnote 5
fw-neg ;; negation ;; P ;; SPY remains 5.27% above the 200-day ;; SPY is no longer above the 200-day ;; no
  longer above ;;
  $679.84 is 5.27% above the $645.83 200-day
""")

B = "chat-QQQ-2026-11-17"
clean(B, "QQQ-2026-11-17", "ai-assistant-answer", "md",
      "an AI chat assistant's answer to 'how did the market do today?' with bold lead-ins, a follow-up "
      "question from the user and the assistant's hedged second answer",
      """**You:** how did the market do today? mostly care about QQQ

**Assistant:** Here's a quick rundown of Tuesday, November 17, 2026.

**Overall:** a down day across the board. The S&P 500 fell 0.50% and the Nasdaq 100 slipped 0.90% to
  25,326.20 [1]. Tech led the decline.

**QQQ specifically:**
- Closed at **$615.97**, down $5.59 (-0.90%) from Monday's $621.56.
- It opened at $620.75, got as high as $624.18 early, and finished two cents above its low of the
  day ($615.95), which is a weak close.
- Volume was 61.1M shares, about 1.5x its 20-day average of 42.0M, so the selling had some weight.
- It's now 2.19% below its record close of $629.76 from November 11 [1].

**How it compares:** QQQ's -0.90% was worse than SPY (-0.50%), DIA (-0.20%) and IWM (-0.80%). So tech
  underperformed the broader market by 0.40 percentage points.

**Volatility:** the VIX rose to 17.60.

**You:** is the uptrend over?

**Assistant:** Not by the usual technical definitions, though it's weakened. A few data points:
- QQQ is still above its 50-day moving average ($612.70), by about 0.53%, and well above its 200-day
  ($579.82), by 6.24%.
- The 50-day has been above the 200-day since July 27 (a "golden cross" about 80 sessions ago), and
  both averages are still sloping upward.
- RSI is 48.4, which is neutral, not oversold. The MACD (2.43) has dropped below its signal line
  (3.05), which some traders read as fading momentum.
- Over the past week QQQ is down 1.80%, over the past month down 0.72%, and it's up 3.16% for the year.
- Recent closes: $629.76 on Nov 11, $625.98 on Nov 12, $618.47 on Friday Nov 13.

Levels people watch: resistance at $620 and then $623.73; support at the 50-day near $612.70, then
  $609.62 and $606.02. One way traders frame it is a buy near $612.70 with a stop at $606.71 and a
  target of $622.21, which is only about 1.6 to 1 reward to risk.

As one analyst put it today: "We are seeing profit-taking in the winners rather than a change of
  view" [1]. I can't predict where it goes next, and this isn't financial advice.

Was this helpful? 👍 👎 · Sources (1) · Answer generated in 4.2 seconds

<<SOURCES>>
""", sources=("tw-nasdaq17",))
plants(B, """
ch-spx ;; value ;; V ;; The S&P 500 fell 0.50% ;; The S&P 500 fell 0.75% ;; 0.75% ;; the S&P 500 fell 0.50%
ch-ndx ;; value ;; V ;; slipped 0.90% to
  25,326.20 ;; slipped 0.90% to
  25,362.20 ;; 25,362.20 ;; the Nasdaq 100 closed at 25,326.20
ch-close ;; value ;; V ;; **$615.97** ;; **$615.79** ;; $615.79 ;; QQQ closed at $615.97
ch-chg ;; value ;; V ;; down $5.59 ;; down $5.95 ;; $5.95 ;; the change was -$5.59
ch-pct ;; subject ;; V ;; (-0.90%) from ;; (-0.80%) from ;; -0.80% ;; QQQ fell 0.90%; 0.80% is IWM's ;; real
ch-prev ;; history ;; V ;; Monday's $621.56 ;; Monday's $621.65 ;; $621.65 ;; QQQ closed at $621.56 on Monday
ch-open ;; value ;; V ;; opened at $620.75 ;; opened at $627.05 ;; $627.05 ;; the open was $620.75
ch-high ;; value ;; V ;; as high as $624.18 ;; as high as $624.81 ;; $624.81 ;; the high was $624.18
ch-weak ;; direction ;; D ;; which is a weak close ;; which is a strong close ;; a strong close ;; the close
  sat on the
  day's low
ch-vol ;; value ;; V ;; Volume was 61.1M ;; Volume was 16.1M ;; 16.1M ;; volume was 61.1M
ch-volx ;; derived ;; DER ;; about 1.5x its ;; about 2.5x its ;; 2.5x ;; 61.1M over 42.0M is 1.5 times
ch-ath ;; value ;; V ;; 2.19% below its record ;; 2.91% below its record ;; 2.91% ;; QQQ is 2.19% below the
  record
ch-athd ;; date ;; DU ;; from November 11 ;; from November 10 ;; November 10 ;; the record close was on Nov 11
ch-worse ;; direction ;; D ;; was worse than SPY ;; was better than SPY ;; better than ;; -0.90% is worse
  than all
  three
ch-dia ;; value ;; V ;; DIA (-0.20%) ;; DIA (-0.12%) ;; -0.12% ;; DIA fell 0.20%
ch-spread ;; derived ;; DER ;; by 0.40 percentage points ;; by 1.40 percentage points ;; 1.40 ;; -0.90 vs
  -0.50 is 0.40
ch-vix ;; direction ;; D ;; the VIX rose to 17.60 ;; the VIX fell to 17.60 ;; fell ;; the VIX rose 1.0 point
ch-50 ;; value ;; V ;; moving average ($612.70) ;; moving average ($621.70) ;; $621.70 ;; the 50-day is
  $612.70
ch-50pct ;; value ;; V ;; by about 0.53% ;; by about 0.35% ;; 0.35% ;; QQQ is 0.53% above the 50-day
ch-200 ;; value ;; V ;; ($579.82), by 6.24% ;; ($597.82), by 6.24% ;; $597.82 ;; the 200-day is $579.82
ch-200pct ;; value ;; V ;; by 6.24% ;; by 4.26% ;; 4.26% ;; QQQ is 6.24% above the 200-day
ch-crossd ;; date ;; DU ;; since July 27 ;; since July 21 ;; July 21 ;; the cross was on Jul 27, 2026
ch-crossn ;; history ;; V ;; about 80 sessions ago ;; about 60 sessions ago ;; 60 sessions ;; the cross was
  80 sessions
  ago
ch-slope ;; trend ;; P ;; both averages are still sloping upward ;; both averages are now sloping downward ;;
  sloping
  downward ;; both slopes are positive
ch-rsi ;; indicator ;; IND ;; which is neutral, not oversold ;; which is deeply oversold ;; deeply oversold
  ;; RSI 48.4 is
  neutral
ch-macd ;; indicator ;; IND ;; has dropped below its signal line ;; has climbed above its signal line ;;
  above its
  signal ;; MACD 2.43 is below 3.05
ch-week ;; value ;; V ;; QQQ is down 1.80% ;; QQQ is down 1.08% ;; 1.08% ;; the week is -1.80%
ch-month ;; timeframe ;; V ;; month down 0.72% ;; month down 1.80% ;; 1.80% ;; the month is -0.72%; 1.80% is
  the week ;;
  real
ch-ytd ;; value ;; V ;; up 3.16% for the year ;; up 6.13% for the year ;; 6.13% ;; year to date is +3.16%
ch-nov11 ;; history ;; V ;; $629.76 on Nov 11 ;; $629.76 on Nov 10 ;; $629.76 ;; QQQ closed at $629.76 on Nov
  11, $627.25
  on Nov 10
ch-nov12 ;; history ;; V ;; $625.98 on Nov 12 ;; $628.95 on Nov 12 ;; $628.95 ;; QQQ closed at $625.98 on Nov
  12
ch-fri ;; date ;; WM ;; on Friday Nov 13 ;; on Thursday Nov 13 ;; Thursday ;; Nov 13, 2026 was a Friday
ch-res ;; level ;; LW ;; resistance at $620 and then ;; resistance at $610 and then ;; $610 ;; $610 is below
  the close,
  not resistance
ch-s2 ;; level ;; LW ;; then
  $609.62 and $606.02 ;; then
  $619.62 and $606.02 ;; $619.62 ;; $619.62 is above the close, not support
ch-stop ;; setup ;; SG ;; with a stop at $606.71 ;; with a stop at $616.71 ;; $616.71 ;; the stop must be
  below the
  $612.70 entry
ch-rr ;; setup ;; SRR ;; only about 1.6 to 1 ;; only about 3.6 to 1 ;; 3.6 to 1 ;;
  (622.21-612.70)/(612.70-606.71) is 1.6
ch-quote ;; quotation ;; NU ;; "We are seeing profit-taking in the winners ;; "We are seeing 3% profit-taking
  in the
  winners ;; 3% ;; the source has no figure in the quote
ch-cite ;; citation ;; CU ;; change of
  view" [1] ;; change of
  view" [2] ;; [2] ;; there is one source
ch-neg ;; negation ;; P ;; QQQ is still above its 50-day ;; QQQ is no longer above its 50-day ;; no longer
  above ;;
  $615.97 is above the $612.70 50-day
""")

B = "robo-IWM-2026-03-30"
clean(B, "IWM-2026-03-30", "robo-advisor-statement", "txt",
      "a robo-advisor's monthly statement with an account summary, a holdings table, a 'what moved your "
      "portfolio' paragraph and a rebalancing notice",
      """NESTWORTH  |  Monthly statement  |  Period ending Monday, March 30, 2026
Account: Joint taxable ...4471  |  Risk score 7 of 10  |  Statement 3 of 12

ACCOUNT SUMMARY
Starting value          $51,904.18
Deposits                   $500.00 (auto-deposit on the 1st and 15th)
Market change           -$2,312.61
Ending value            $50,091.57
Fees this period             $10.44 (0.25% a year)

YOUR HOLDINGS (prices at the March 30 close)
Fund   Weight   Price     Day      1 month   Year to date
SPY    40%      $618.00   -0.78%   -1.87%    -7.23%
QQQ    20%      $541.00   -1.44%   -2.71%    -9.40%
DIA    15%      $446.00   -1.04%   -1.50%    -6.11%
IWM    25%      $211.00   -1.24%   -3.87%    -13.27%

WHAT MOVED YOUR PORTFOLIO
Small companies had the roughest month. Your small-cap fund, IWM, closed at $211.00 on March 30, down
  $2.65 on the day and 3.87% over the past month; over the past five sessions it lost 2.10%. It has
  now fallen for four sessions in a row, from $216.51 on Tuesday, March 24 to Friday's $213.65 and
  Monday's $211.00. The Russell 2000 index it tracks ended at 2,120.33.

For perspective, IWM is 18.14% below its November 28, 2025 record of $257.77, but still 21.72% above
  its April 2025 low. It trades 7.29% below its 50-day average ($227.59) and 8.63% below its 200-day
  average ($230.93). On March 24 the 50-day fell under the 200-day, a pattern chartists call a death
  cross, and the 50-day is still falling steeply.

Market stress rose: the VIX closed at 24.71. The fund's momentum reading (RSI 33.9) is low but not in
  the oversold zone below 30.

WHAT WE DID
Nothing yet. Your small-cap weight is 25% against a target of 25%, inside the 5-point band, so no
  trade was needed. If IWM falls below $210, its next marked level, your allocation could drift under
  the band and we would buy about $640 of it at the next rebalance. The fund's 20-day trading range
  runs from $210.30 to $223.97.

Tax note: we harvested $1,185.20 of losses in February. Your next statement arrives around April 30.
Questions? Chat with us 8 a.m. to 8 p.m. ET, 7 days a week.
""")
plants(B, """
ro-spy ;; value ;; V ;; SPY    40%      $618.00 ;; SPY    40%      $681.00 ;; $681.00 ;; SPY closed at $618.00
ro-spyday ;; value ;; V ;; $618.00   -0.78% ;; $618.00   -0.87% ;; -0.87% ;; SPY fell 0.78%
ro-spym ;; timeframe ;; V ;; -1.87%    -7.23% ;; -3.01%    -7.23% ;; -3.01% ;; SPY's month is -1.87%; -3.01%
  is its week
  ;; real
ro-qqq ;; value ;; V ;; $541.00   -1.44% ;; $541.00   -1.14% ;; -1.14% ;; QQQ fell 1.44%
ro-qqqytd ;; value ;; V ;; -9.40% ;; -9.04% ;; -9.04% ;; QQQ's year to date is -9.40%
ro-dia ;; scale ;; SC ;; DIA    15%      $446.00 ;; DIA    15%      $44,600.00 ;; $44,600.00 ;; DIA trades
  near $446, not
  on the Dow's scale
ro-diam ;; value ;; V ;; -1.50%    -6.11% ;; -1.15%    -6.11% ;; -1.15% ;; DIA's month is -1.50%
ro-iwmd ;; subject ;; V ;; $211.00   -1.24% ;; $211.00   -1.04% ;; -1.04% ;; IWM fell 1.24%; 1.04% is DIA's
  ;; real
ro-iwmytd ;; value ;; V ;; -13.27% ;; -13.72% ;; -13.72% ;; IWM's year to date is -13.27%
ro-close ;; value ;; V ;; closed at $211.00 on March 30 ;; closed at $212.00 on March 30 ;; $212.00 ;; IWM
  closed at $211.00
ro-chg ;; value ;; V ;; down
  $2.65 on the day ;; down
  $2.56 on the day ;; $2.56 ;; the change was -$2.65
ro-month ;; value ;; V ;; and 3.87% over the past month ;; and 3.78% over the past month ;; 3.78% ;; the
  month is -3.87%
ro-week ;; timeframe ;; V ;; it lost 2.10% ;; it lost 3.87% ;; 3.87% ;; the five-session return is -2.10%;
  3.87% is the
  month ;; real
ro-streak ;; words ;; V ;; fallen for four sessions in a row ;; fallen for seven sessions in a row ;; seven
  ;; four lower
  closes from Mar 25 to Mar 30
ro-mar24 ;; history ;; V ;; from $216.51 on ;; from $215.61 on ;; $215.61 ;; IWM closed at $216.51 on Mar 24
ro-mar24wd ;; date ;; WM ;; on Tuesday, March 24 ;; on Wednesday, March 24 ;; Wednesday ;; Mar 24, 2026 was a
  Tuesday
ro-fri ;; history ;; V ;; to Friday's $213.65 ;; to Friday's $213.56 ;; $213.56 ;; IWM closed at $213.65 on
  Friday Mar 27
ro-rut ;; value ;; V ;; ended at 2,120.33 ;; ended at 2,102.33 ;; 2,102.33 ;; the Russell 2000 closed at
  2,120.33
ro-ath ;; value ;; V ;; IWM is 18.14% below ;; IWM is 14.18% below ;; 14.18% ;; IWM is 18.14% below the record
ro-athd ;; date ;; DU ;; its November 28, 2025 record ;; its November 18, 2025 record ;; November 18, 2025 ;;
  the record was
  on Nov 28, 2025
ro-athv ;; value ;; V ;; record of $257.77 ;; record of $252.77 ;; $252.77 ;; the record close is $257.77
ro-low ;; value ;; V ;; still 21.72% above ;; still 27.12% above ;; 27.12% ;; IWM is 21.72% above the 52-week
  low
ro-50pct ;; value ;; V ;; It trades 7.29% below ;; It trades 9.27% below ;; 9.27% ;; IWM is 7.29% below the
  50-day
ro-50 ;; value ;; V ;; 50-day average ($227.59) ;; 50-day average ($225.79) ;; $225.79 ;; the 50-day is
  $227.59
ro-200pct ;; value ;; V ;; 8.63% below its 200-day ;; 6.83% below its 200-day ;; 6.83% ;; IWM is 8.63% below
  the 200-day
ro-200 ;; value ;; V ;; average ($230.93) ;; average ($239.03) ;; $239.03 ;; the 200-day is $230.93
ro-cross ;; date ;; DU ;; On March 24 the 50-day ;; On March 17 the 50-day ;; March 17 ;; the death cross was
  on Mar 24,
  2026
ro-crossp ;; pattern ;; P ;; a pattern chartists call a death
  cross ;; a pattern chartists call a golden
  cross ;; golden cross ;; the 50-day fell under the 200-day
ro-slope ;; trend ;; P ;; the 50-day is still falling steeply ;; the 50-day is now rising steadily ;; rising
  steadily ;;
  the 50-day slope is -5.36%
ro-vix ;; value ;; V ;; VIX closed at 24.71 ;; VIX closed at 27.41 ;; 27.41 ;; the VIX closed at 24.71
ro-vixd ;; direction ;; D ;; Market stress rose ;; Market stress eased ;; eased ;; a VIX at 24.71 on a down
  day rose
ro-rsi ;; value ;; V ;; (RSI 33.9) ;; (RSI 39.3) ;; 39.3 ;; RSI is 33.9
ro-rsiw ;; indicator ;; IND ;; is low but not in
  the oversold zone ;; is deep in
  the oversold zone ;; deep in the oversold zone ;; RSI 33.9 is above 30
ro-level ;; level ;; LW ;; falls below $210, its next marked level ;; falls below $214, its next marked level
  ;; $214 ;;
  $214 is above the $211.00 close, so not a level to fall below
ro-rlow ;; value ;; V ;; runs from $210.30 to ;; runs from $210.03 to ;; $210.03 ;; the 20-day range low is
  $210.30
ro-rhigh ;; value ;; V ;; to $223.97 ;; to $229.37 ;; $229.37 ;; the 20-day range high is $223.97
ro-dir ;; direction ;; D ;; Small companies had the roughest month ;; Small companies had the best month ;;
  the best
  month ;; IWM's -3.87% is the worst month of the four
ro-neg ;; negation ;; P ;; It trades 7.29% below its 50-day ;; It no longer trades below its 50-day ;; no
  longer trades
  below ;; $211.00 is below the $227.59 50-day
ro-mag ;; magnitude ;; MG ;; Your small-cap fund, IWM, closed ;; Your small-cap fund, IWM, barely budged and
  closed ;; barely
  budged ;; -1.24% is 0.7 ATR and over 0.7%
""")

B = "mmsheet-DIA-2026-11-20"
clean(B, "DIA-2026-11-20", "market-maker-quote-sheet", "txt",
      "an ETF market maker's end-of-day quote sheet for DIA with its own spread and inventory lines, a "
      "reference block, a levels grid and the desk's notes with cited dailies",
      """LIQUIDITY DESK / ETF MM / EOD SHEET            FRI 20-NOV-2026   16:15 ET   book: DIA-01
-----------------------------------------------------------------------------------
REFERENCE
    close          471.60      prior       468.79      chg    +2.81  (+0.60%)
    open           468.96      high        471.86      low    467.35
    volume         5.5M        20d avg     3.4M        ratio  1.6x
    DJIA           47,220.31   (+0.58%)
    5d  +1.10%     1m  -0.17%     ytd  -0.72%
-----------------------------------------------------------------------------------
OUR BOOK (not market data)
    avg quoted spread   1.2 c     time at NBBO   87%     fills   1,942
    inventory close     +3,400 sh (long)      hedge   14 ES lots short
-----------------------------------------------------------------------------------
GRID                     px        vs close   touches
    R2  call wall         480.00     +1.78%      0
    R1                    476.13     +0.96%      3
    --  max pain          473.00     +0.30%      3
    ** CLOSE **           471.60
    S1  50d               467.61     -0.85%      4
    S2  range low         464.29     -1.55%      3
    put wall              465.00
-----------------------------------------------------------------------------------
TECH
    20d 469.16 / 50d 467.61 / 200d 454.80   px > all three
    golden cross 02-Oct (35 sess)   50d slope +0.75%, 200d slope -0.32% (flat to down)
    RSI 55.5   MACD 0.34 < sig 0.47   ATR 4.50 (0.95%)
    bands 463.75 / 474.57
    52w hi 493.91 (12-Jan) -4.52% ; 52w lo 423.43 (30-Apr) +11.38%
-----------------------------------------------------------------------------------
NOTES
- third up close in a row (+1.00% over the three). Wed 468.32, Thu 468.79, Fri 471.60. Mon was
  467.85 and Tue 466.92.
- Dow gained 0.3% Wed [1] and added 0.1% Thu [2]; Fri's +0.6% took it to 47,220.31 [3].
- DIA lagged SPY by 50 bp on the day (SPY +1.10%) but beat IWM (+0.30%). QQQ +1.90% best.
- range 464.29-474.50 has held 43 sessions, only 2.20% wide. close sits in upper half.
- P/C OI 1.14. expiry Fri 27-Nov (half day). Fed 09-Dec, 13 sessions.
- flat into the weekend by 16:45 except hedge. next sheet Mon 23-Nov 09:20.

<<SOURCES>>
""", sources=("tw-dow18", "hs-edge19", "ld-rebound20"), source_format="paren")
plants(B, """
mm-close ;; value ;; V ;; close          471.60 ;; close          471.06 ;; 471.06 ;; DIA closed at $471.60
mm-prior ;; value ;; V ;; prior       468.79 ;; prior       467.89 ;; 467.89 ;; the prior close was $468.79
mm-chg ;; value ;; V ;; chg    +2.81 ;; chg    +2.18 ;; +2.18 ;; the change was $2.81
mm-pct ;; direction ;; D ;; (+0.60%) ;; (-0.60%) ;; -0.60% ;; DIA rose 0.60%
mm-open ;; value ;; V ;; open           468.96 ;; open           469.86 ;; 469.86 ;; the open was $468.96
mm-high ;; value ;; V ;; high        471.86 ;; high        472.86 ;; 472.86 ;; the high was $471.86
mm-low ;; value ;; V ;; low    467.35 ;; low    463.75 ;; 463.75 ;; the low was $467.35; 463.75 is the lower
  band ;; real
mm-vol ;; value ;; V ;; volume         5.5M ;; volume         3.5M ;; 3.5M ;; volume was 5.5M
mm-ratio ;; derived ;; DER ;; ratio  1.6x ;; ratio  2.6x ;; 2.6x ;; 5.5M over 3.4M is 1.6 times
mm-dji ;; value ;; V ;; DJIA           47,220.31 ;; DJIA           47,202.31 ;; 47,202.31 ;; the Dow closed
  at 47,220.31
mm-djipct ;; subject ;; V ;; (+0.58%) ;; (+1.11%) ;; +1.11% ;; the Dow rose 0.58%; 1.11% is the S&P 500's ;;
  real
mm-5d ;; value ;; V ;; 5d  +1.10% ;; 5d  +1.01% ;; +1.01% ;; the five-day return is +1.10%
mm-1m ;; timeframe ;; V ;; 1m  -0.17% ;; 1m  -0.72% ;; -0.72% ;; the month is -0.17%; -0.72% is year to date
  ;; real
mm-ytd ;; direction ;; D ;; ytd  -0.72% ;; ytd  +0.72% ;; +0.72% ;; year to date is -0.72%
mm-cw ;; value ;; V ;; R2  call wall         480.00 ;; R2  call wall         485.00 ;; 485.00 ;; the call
  wall is $480
mm-r1 ;; level ;; LW ;; R1                    476.13 ;; R1                    466.13 ;; 466.13 ;; 466.13 is
  below the close,
  not resistance
mm-r1pct ;; derived ;; DER ;; +0.96%      3 ;; +1.69%      3 ;; +1.69% ;; 476.13 is 0.96% above 471.60
mm-r1t ;; level ;; V ;; 476.13     +0.96%      3 ;; 476.13     +0.96%      7 ;; 7 ;; 476.13 has three touches
mm-mp ;; value ;; V ;; max pain          473.00 ;; max pain          475.00 ;; 475.00 ;; max pain is $473
mm-s1 ;; level ;; LW ;; S1  50d               467.61 ;; S1  50d               476.61 ;; 476.61 ;; 476.61 is
  above the
  close, not support
mm-s1pct ;; derived ;; DER ;; -0.85%      4 ;; -1.85%      4 ;; -1.85% ;; 467.61 is 0.85% below 471.60
mm-s2 ;; value ;; V ;; S2  range low         464.29 ;; S2  range low         462.49 ;; 462.49 ;; the range
  low is $464.29
mm-pw ;; value ;; V ;; put wall              465.00 ;; put wall              460.00 ;; 460.00 ;; the put wall
  is $465
mm-20 ;; value ;; V ;; 20d 469.16 ;; 20d 469.61 ;; 469.61 ;; the 20-day is $469.16
mm-200 ;; value ;; V ;; 200d 454.80 ;; 200d 458.40 ;; 458.40 ;; the 200-day is $454.80
mm-all3 ;; pattern ;; P ;; px > all three ;; px < all three ;; px < all three ;; $471.60 is above the 20-,
  50- and
  200-day
mm-gc ;; date ;; DU ;; golden cross 02-Oct ;; golden cross 12-Oct ;; 12-Oct ;; the cross was on Oct 2, 2026
mm-gcn ;; history ;; V ;; (35 sess) ;; (53 sess) ;; 53 sess ;; the cross was 35 sessions ago
mm-s50 ;; trend ;; V ;; 50d slope +0.75% ;; 50d slope +0.57% ;; +0.57% ;; the 50-day slope is +0.75%
mm-s200 ;; trend ;; P ;; 200d slope -0.32% (flat to down) ;; 200d slope -0.32% (rising fast) ;; rising fast
  ;; the
  200-day slope is -0.32%
mm-rsi ;; value ;; V ;; RSI 55.5 ;; RSI 59.5 ;; 59.5 ;; RSI is 55.5
mm-macd ;; indicator ;; IND ;; MACD 0.34 < sig 0.47 ;; MACD 0.34 > sig 0.47 ;; > sig ;; MACD 0.34 is below
  0.47
mm-atr ;; value ;; V ;; ATR 4.50 ;; ATR 5.40 ;; 5.40 ;; ATR is $4.50
mm-bb ;; value ;; V ;; bands 463.75 / 474.57 ;; bands 463.75 / 475.47 ;; 475.47 ;; the upper band is $474.57
mm-hi ;; value ;; V ;; 52w hi 493.91 ;; 52w hi 439.91 ;; 439.91 ;; the 52-week high is $493.91
mm-hid ;; date ;; DU ;; (12-Jan) ;; (21-Jan) ;; 21-Jan ;; the 52-week high was on Jan 12, 2026
mm-lo ;; value ;; V ;; (30-Apr) +11.38% ;; (30-Apr) +13.18% ;; +13.18% ;; DIA is 11.38% above the 52-week low
mm-streak ;; history ;; V ;; third up close in a row ;; fifth up close in a row ;; fifth ;; Tue was a lower
  close, so
  three in a row
mm-streakpct ;; value ;; V ;; (+1.00% over the three) ;; (+1.40% over the three) ;; +1.40% ;; 466.92 to
  471.60 is
  +1.00%
mm-wed ;; history ;; V ;; Wed 468.32 ;; Wed 468.23 ;; 468.23 ;; DIA closed at $468.32 on Wednesday
mm-mon ;; history ;; V ;; Mon was
  467.85 ;; Mon was
  466.45 ;; 466.45 ;; DIA closed at $467.85 on Monday; 466.45 is the Friday before ;; real
mm-tue ;; history ;; V ;; Tue 466.92 ;; Tue 469.22 ;; 469.22 ;; DIA closed at $466.92 on Tuesday
mm-dowwed ;; quotation ;; V ;; Dow gained 0.3% Wed [1] ;; Dow gained 0.8% Wed [1] ;; 0.8% ;; the source says
  0.3%
mm-dowthu ;; direction ;; D ;; added 0.1% Thu [2] ;; lost 0.1% Thu [2] ;; lost ;; the source says the Dow
  added 0.1%
mm-cite ;; citation ;; CU ;; took it to 47,220.31 [3] ;; took it to 47,220.31 [6] ;; [6] ;; there is no
  source (6)
mm-lag ;; derived ;; DER ;; lagged SPY by 50 bp ;; lagged SPY by 150 bp ;; 150 bp ;; 1.10 minus 0.60 is 0.50
  points
mm-beat ;; direction ;; D ;; but beat IWM (+0.30%) ;; but trailed IWM (+0.30%) ;; trailed IWM ;; DIA's 0.60%
  beat IWM's
  0.30%
mm-rsess ;; history ;; V ;; has held 43 sessions ;; has held 34 sessions ;; 34 sessions ;; the range has held
  43 sessions
mm-upper ;; direction ;; D ;; close sits in upper half ;; close sits in lower half ;; lower half ;; 471.60 is
  in the
  upper half of 464.29-474.50
mm-pc ;; value ;; V ;; P/C OI 1.14 ;; P/C OI 1.41 ;; 1.41 ;; the put/call OI ratio is 1.14
mm-exp ;; date ;; WM ;; expiry Fri 27-Nov ;; expiry Thu 27-Nov ;; Thu 27-Nov ;; Nov 27, 2026 is a Friday
mm-fed ;; words ;; V ;; Fed 09-Dec, 13 sessions ;; Fed 09-Dec, 31 sessions ;; 31 sessions ;; Dec 9 is 13
  sessions away
mm-neg ;; negation ;; P ;; px > all three ;; px no longer above the 50d ;; no longer above ;; $471.60 is
  above the
  $467.61 50-day
""")

B = "earnprev-GSPC-2026-11-20"
clean(B, "idx_GSPC-2026-11-20", "earnings-season-preview", "md",
      "a brokerage research team's earnings-season wrap and preview that quotes index levels, with "
      "reported-season statistics (beat rates, growth, multiples) beside the market figures",
      """## Earnings Pulse: the season is nearly done, the index is not far from its high

*Equity Research, Saturday November 21, 2026. Data as of Friday's close.*

With 474 of the 500 companies in the S&P 500 now reported (95%), third-quarter earnings have grown
  about 11.2% from a year earlier and 81% of companies beat estimates. Next week brings the last big
  retailers, and then the calendar goes quiet until January.

**Where the index stands.** The S&P 500 closed Friday at 6,901.69, up 75.63 points or 1.11%, after
  opening at 6,833.00 and trading as high as 6,920.40. That leaves it 0.95% below
  the record close of 6,968.14 set on October 22 and 16.21% above the April 28 low of 5,938.73. For the
  week it rose 1.10%; over the past month it is down 0.95%, and it is up 3.33% for the year.

The Nasdaq 100 outpaced it with a 1.89% gain to 25,753.96, while the Dow rose 0.58% to 47,220.31
  and the Russell 2000 added just 0.30% [1]. Put another way, the S&P trailed the Nasdaq 100 by
  0.78 percentage points. The VIX dropped 9.30% to 15.60.

**The week's path.** 6,855.03 on Monday [2], 6,821.04 on Tuesday, 6,841.38 on Wednesday and
  6,826.06 on Thursday [3] before Friday's jump. The index had slipped 0.2% on Thursday.

**Technicals.** The index is 1.13% above its 50-day average (6,824.87) and 6.50% above its 200-day
  (6,480.69). The 50-day crossed above the 200-day on September 21, 44 sessions ago. RSI is 54.9;
  the MACD (8.49) is still below its signal (16.37), so momentum has not turned. The average true
  range is 70.89 points, roughly 1% a day.

**Levels.** Resistance at 6,949.67, then the record at 6,968.14 and the round 7,000. Support at
  6,805.34, then 6,724.30. Our technicians would buy a break above 6,992.05 with a stop at 6,921.16
  and a target of 7,130.94, close to 2 to 1.

**Valuation.** The forward P/E is 22.4 times, against a 10-year average of 18.7. Margins hit 13.1%.

<<SOURCES>>
""", sources=("ld-rebound20", "hs-rebound16", "hs-edge19"))
plants(B, """
ep-close ;; value ;; V ;; closed Friday at 6,901.69 ;; closed Friday at 6,910.96 ;; 6,910.96 ;; the S&P 500
  closed at
  6,901.69
ep-pts ;; value ;; V ;; up 75.63 points ;; up 57.63 points ;; 57.63 ;; the change was 75.63 points
ep-pct ;; value ;; V ;; points or 1.11% ;; points or 1.71% ;; 1.71% ;; the S&P 500 rose 1.11%
ep-open ;; value ;; V ;; opening at 6,833.00 ;; opening at 6,803.00 ;; 6,803.00 ;; the open was 6,833.00
ep-high ;; value ;; V ;; as high as 6,920.40 ;; as high as 6,942.00 ;; 6,942.00 ;; the high was 6,920.40
ep-ath ;; value ;; V ;; 0.95% below
  the record ;; 0.59% below
  the record ;; 0.59% ;; the index is 0.95% below the record
ep-athv ;; value ;; V ;; record close of 6,968.14 ;; record close of 6,986.14 ;; 6,986.14 ;; the record close
  is 6,968.14
ep-athd ;; date ;; DU ;; set on October 22 ;; set on October 2 ;; October 2 ;; the record was on Oct 22, 2026
ep-low ;; value ;; V ;; 16.21% above the April 28 low ;; 12.61% above the April 28 low ;; 12.61% ;; the index
  is 16.21%
  above the 52-week low
ep-lowv ;; scale ;; SC ;; low of 5,938.73 ;; low of $593.87 ;; $593.87 ;; the S&P 500 index is not priced in
  dollars
  near SPY's scale
ep-week ;; value ;; V ;; For the
  week it rose 1.10% ;; For the
  week it rose 1.45% ;; 1.45% ;; the week is +1.10%
ep-month ;; direction ;; D ;; it is down 0.95% ;; it is up 0.95% ;; up 0.95% ;; the month is -0.95%
ep-ytd ;; timeframe ;; V ;; up 3.33% for the year ;; up 1.10% for the year ;; 1.10% ;; year to date is
  +3.33%; 1.10% is
  the week ;; real
ep-ndx ;; value ;; V ;; gain to 25,753.96 ;; gain to 25,735.96 ;; 25,735.96 ;; the Nasdaq 100 closed at
  25,753.96
ep-ndxpct ;; subject ;; V ;; a 1.89% gain ;; a 0.58% gain ;; 0.58% ;; the Nasdaq 100 rose 1.89%; 0.58% is the
  Dow's ;;
  real
ep-dji ;; value ;; V ;; rose 0.58% to 47,220.31 ;; rose 0.58% to 47,120.31 ;; 47,120.31 ;; the Dow closed at
  47,220.31
ep-rut ;; value ;; V ;; added just 0.30% ;; added just 0.40% ;; 0.40% ;; the Russell 2000 rose 0.30%
ep-spread ;; derived ;; DER ;; 0.78 percentage points ;; 1.38 percentage points ;; 1.38 ;; 1.89 minus 1.11 is
  0.78
ep-vix ;; value ;; V ;; dropped 9.30% to 15.60 ;; dropped 3.90% to 15.60 ;; 3.90% ;; the VIX fell 9.30%
ep-mon ;; history ;; V ;; 6,855.03 on Monday ;; 6,850.03 on Monday ;; 6,850.03 ;; the index closed at
  6,855.03 on Nov 16
ep-tue ;; history ;; V ;; 6,821.04 on Tuesday ;; 6,812.04 on Tuesday ;; 6,812.04 ;; the index closed at
  6,821.04 on Nov 17
ep-wed ;; history ;; V ;; 6,841.38 on Wednesday ;; 6,826.06 on Wednesday ;; 6,826.06 ;; the index closed at
  6,841.38 on
  Wednesday; 6,826.06 is Thursday's ;; real
ep-thuq ;; quotation ;; NU ;; had slipped 0.2% on Thursday ;; had slipped 0.7% on Thursday ;; 0.7% ;; the
  cited source
  says 0.2%
ep-50pct ;; value ;; V ;; is 1.13% above its 50-day ;; is 1.31% above its 50-day ;; 1.31% ;; the index is
  1.13% above
  the 50-day
ep-50 ;; value ;; V ;; average (6,824.87) ;; average (6,842.87) ;; 6,842.87 ;; the 50-day is 6,824.87
ep-200 ;; value ;; V ;; (6,480.69) ;; (6,408.69) ;; 6,408.69 ;; the 200-day is 6,480.69
ep-cross ;; history ;; V ;; 44 sessions ago ;; 24 sessions ago ;; 24 sessions ;; the cross was 44 sessions ago
ep-rsi ;; value ;; V ;; RSI is 54.9 ;; RSI is 45.9 ;; 45.9 ;; RSI is 54.9
ep-macd ;; indicator ;; IND ;; is still below its signal ;; is now above its signal ;; above its signal ;;
  MACD 8.49 is
  below 16.37
ep-atr ;; value ;; V ;; range is 70.89 points ;; range is 79.08 points ;; 79.08 ;; ATR is 70.89
ep-r1 ;; level ;; LW ;; Resistance at 6,949.67 ;; Resistance at 6,849.67 ;; 6,849.67 ;; 6,849.67 is below the
  close,
  not resistance
ep-s1 ;; level ;; LW ;; Support at
  6,805.34 ;; Support at
  6,985.34 ;; 6,985.34 ;; 6,985.34 is above the close, not support
ep-stop ;; setup ;; SG ;; with a stop at 6,921.16 ;; with a stop at 7,021.16 ;; 7,021.16 ;; the stop must sit
  below the
  6,992.05 entry
ep-rr ;; setup ;; SRR ;; close to 2 to 1 ;; close to 4 to 1 ;; 4 to 1 ;;
  (7,130.94-6,992.05)/(6,992.05-6,921.16) is 1.96
ep-cite ;; citation ;; CU ;; 6,826.06 on Thursday [3] ;; 6,826.06 on Thursday [4] ;; [4] ;; there is no
  source [4]
ep-neg ;; negation ;; P ;; The index is 1.13% above its 50-day average ;; The index is no longer above its
  50-day average ;; no
  longer above ;; 6,901.69 is above the 6,824.87 50-day
ep-mag ;; magnitude ;; MG ;; 6,901.69, up 75.63 ;; 6,901.69, edging up 75.63 ;; edging up ;; a 1.11% gain is
  1.1 ATR,
  not an edge
""")

B = "journal-IWM-2026-11-17"
clean(B, "IWM-2026-11-17", "trading-journal", "txt",
      "a swing trader's journal with one entry per date, a position line, a mood score out of ten and "
      "lessons, trading the small-cap ETF's range",
      """TRADING JOURNAL, notebook 6, IWM range trade
(mood 1-10, sleep in hours, all times ET)

Mon Nov 9. IWM closed $246.62, up from Friday Nov 6's $243.79. Bought 200 at $246.40 at 10:12.
  Plan: hold for the top of the box near $249. Mood 7, sleep 6.5.

Tue Nov 10. Closed $247.77. Nothing to do. Mood 7.

Wed Nov 11. Closed $248.76. Getting close. Set a limit to sell half at $249.20.

Thu Nov 12. Filled on half at $249.20. IWM closed at $249.26, its best close of the whole range, and
  then faded in the last hour. Mood 8 (felt smart).

Fri Nov 13. Down day, closed $247.01. The Russell lost 0.9% [1]. Kept the other 100. Sleep 5.

Mon Nov 16. Closed $247.26, barely up. Russell +0.1% while the Nasdaq 100 did 0.5% [2]. Small caps
  keep lagging.

Tue Nov 17. Rough one. IWM fell $1.98 or 0.80% to $245.28 [3]; the Russell 2000 ended at 2,465.79.
  Opened $246.64, high $247.37, low $244.61. Third day in a row IWM did worse than SPY (SPY -0.50%).
  Price slipped under the 50-day ($246.21), now 0.38% below it, but still above the 20-day ($245.15)
  and far above the 200-day ($230.71). RSI 50.0, dead center. MACD 0.86 still above its 0.57 signal,
  which is the one thing keeping me in.
  Past five sessions -1.00%; past month still +1.46%.
  Levels I'm using: $244.79 just below, then $242.80 and the $241.00 floor of the box. Overhead the
  50-day at $246.21, then $249.26.
  Rule for the remaining 100: out on a close below $241.00. If I re-add, it's at $242.80 with a stop at
  $239.90 and a target of $249.20, about 2.2 to 1.
  Mood 4. Sleep 7 (ran 5 km first).

Lesson of the week: the box has held for 22 sessions. Sell the top, stop fighting it.
""", sources=("hs-chips13", "hs-rebound16", "hs-slides17"), source_format="plain")
plants(B, """
jo-nov9 ;; history ;; V ;; IWM closed $246.62 ;; IWM closed $246.26 ;; $246.26 ;; IWM closed at $246.62 on
  Nov 9
jo-nov6 ;; history ;; V ;; Nov 6's $243.79 ;; Nov 6's $243.97 ;; $243.97 ;; IWM closed at $243.79 on Nov 6
jo-nov6wd ;; date ;; WM ;; Friday Nov 6's ;; Thursday Nov 6's ;; Thursday ;; Nov 6, 2026 was a Friday
jo-nov10 ;; history ;; V ;; Closed $247.77 ;; Closed $247.17 ;; $247.17 ;; IWM closed at $247.77 on Nov 10
jo-nov10wd ;; date ;; WM ;; Tue Nov 10 ;; Wed Nov 10 ;; Wed Nov 10 ;; Nov 10, 2026 was a Tuesday
jo-nov11 ;; history ;; V ;; Closed $248.76 ;; Closed $248.67 ;; $248.67 ;; IWM closed at $248.76 on Nov 11
jo-nov12 ;; history ;; V ;; IWM closed at $249.26 ;; IWM closed at $249.62 ;; $249.62 ;; IWM closed at
  $249.26 on Nov 12
jo-best ;; history ;; D ;; its best close of the whole range ;; its worst close of the whole range ;; worst
  close ;;
  $249.26 is the range's top close
jo-nov13 ;; history ;; V ;; closed $247.01 ;; closed $247.10 ;; $247.10 ;; IWM closed at $247.01 on Nov 13
jo-nov13q ;; quotation ;; NU ;; The Russell lost 0.9% [1] ;; The Russell lost 1.9% [1] ;; 1.9% ;; the source
  says 0.9%
jo-nov16 ;; history ;; V ;; Closed $247.26, barely up ;; Closed $247.62, barely up ;; $247.62 ;; IWM closed
  at $247.26 on
  Nov 16
jo-nov16d ;; direction ;; D ;; barely up ;; barely down ;; barely down ;; $247.26 is above the $247.01 of Nov
  13
jo-ndxq ;; quotation ;; NU ;; Nasdaq 100 did 0.5% [2] ;; Nasdaq 100 did 2.5% [2] ;; 2.5% ;; the source says
  0.5%
jo-chg ;; value ;; V ;; fell $1.98 ;; fell $1.89 ;; $1.89 ;; the change was -$1.98
jo-pct ;; value ;; V ;; or 0.80% to ;; or 0.58% to ;; 0.58% ;; IWM fell 0.80%
jo-close ;; value ;; V ;; to $245.28 [3] ;; to $245.82 [3] ;; $245.82 ;; IWM closed at $245.28
jo-rut ;; scale ;; SC ;; ended at 2,465.79 ;; ended at $246.58 ;; $246.58 ;; the Russell 2000 is not on IWM's
  dollar scale
jo-open ;; value ;; V ;; Opened $246.64 ;; Opened $246.46 ;; $246.46 ;; the open was $246.64
jo-high ;; value ;; V ;; high $247.37 ;; high $247.73 ;; $247.73 ;; the high was $247.37
jo-low ;; value ;; V ;; low $244.61 ;; low $244.16 ;; $244.16 ;; the low was $244.61
jo-streak ;; history ;; V ;; Third day in a row IWM did worse ;; Fifth day in a row IWM did worse ;; Fifth ;;
  IWM trailed
  SPY three sessions in a row
jo-spy ;; subject ;; V ;; (SPY -0.50%) ;; (SPY -0.90%) ;; -0.90% ;; SPY fell 0.50%; 0.90% is QQQ's ;; real
jo-50 ;; value ;; V ;; the 50-day ($246.21) ;; the 50-day ($246.12) ;; $246.12 ;; the 50-day is $246.21
jo-50pct ;; value ;; V ;; now 0.38% below it ;; now 0.83% below it ;; 0.83% ;; IWM is 0.38% below the 50-day
jo-20 ;; pattern ;; P ;; but still above the 20-day ;; and below the 20-day ;; below the 20-day ;; $245.28 is
  above the
  $245.15 20-day
jo-200 ;; value ;; V ;; 200-day ($230.71) ;; 200-day ($237.01) ;; $237.01 ;; the 200-day is $230.71
jo-rsi ;; indicator ;; IND ;; RSI 50.0, dead center ;; RSI 50.0, deeply oversold ;; deeply oversold ;; RSI 50
  is neutral
jo-macd ;; indicator ;; IND ;; still above its 0.57 signal ;; now below its 0.57 signal ;; below its 0.57
  signal ;; MACD
  0.86 is above 0.57
jo-week ;; timeframe ;; V ;; sessions -1.00% ;; sessions -0.80% ;; -0.80% ;; the five-session move is -1.00%;
  -0.80%
  is the day
  ;; real
jo-month ;; direction ;; D ;; past month still +1.46% ;; past month now -1.46% ;; -1.46% ;; the month is
  +1.46%
jo-s1 ;; level ;; LW ;; $244.79 just below ;; $245.79 just below ;; $245.79 ;; $245.79 is above the $245.28
  close
jo-floor ;; level ;; V ;; the $241.00 floor of the box ;; the $242.00 floor of the box ;; $242.00 ;; the
  range floor is
  $241.00
jo-over ;; level ;; LW ;; then $249.26 ;; then $240.26 ;; $240.26 ;; $240.26 is below the close, not overhead
jo-stop ;; setup ;; SG ;; with a stop at
  $239.90 ;; with a stop at
  $243.90 ;; $243.90 ;; the stop must be below the $242.80 entry
jo-rr ;; setup ;; SRR ;; about 2.2 to 1 ;; about 3.2 to 1 ;; 3.2 to 1 ;; (249.20-242.80)/(242.80-239.90) is
  2.2
jo-range ;; history ;; V ;; held for 22 sessions ;; held for 32 sessions ;; 32 sessions ;; the range has held
  22 sessions
jo-cite ;; citation ;; CU ;; to $245.28 [3] ;; to $245.28 [7] ;; [7] ;; there is no source 7
jo-neg ;; negation ;; P ;; Price slipped under the 50-day ;; Price did not slip under the 50-day ;; did not
  slip under ;;
  $245.28 is below the $246.21 50-day
jo-lag ;; direction ;; D ;; Small caps
  keep lagging ;; Small caps
  keep leading ;; keep leading ;; IWM trailed SPY and QQQ's index on Nov 16
""")

B = "riskmail-SPY-2026-06-03"
clean(B, "SPY-2026-06-03", "risk-manager-morning-email", "txt",
      "a multi-strategy fund's risk manager's morning e-mail to the portfolio managers: limit usage, a "
      "stress line, then yesterday's tape and the levels that trigger a call",
      """From: Risk (M. Okafor)
To: PMs-all; CIO
Sent: Thursday, June 4, 2026 6:52 AM
Subject: AM risk - SPY stretched, five up days, VIX up anyway

Team,

Firm gross at 312% of NAV, net 41%. Limit usage 78% (amber from 80%). Two desks over their single-name
  caps, both flagged yesterday, both cut by 11:00. 1-day 99% VaR $14.2m, up from $12.9m.

Tape, Wednesday June 3 close:
- SPY $659.18, +0.58% (+$3.83). Range $652.54 to $659.77, open $656.50.
- Fifth straight higher close: $650.49 Mon, $655.35 Tue, $659.18 Wed, +4.87% over the five sessions.
  The past month: +8.87%. Still -1.05% for the year.
- Volume 51.6M vs 69.3M average (0.7x). The rally is happening on light volume.
- Peers: QQQ +0.57% to $595.41, IWM +0.35% to $228.85, but DIA fell 0.58% to $461.11. S&P 500 index
  6,609.79.
- VIX 18.55, up 6.18% even on an up day. Watch that.

Why I'm writing: SPY's RSI is 72.3, overbought, and price is 6.99% above its 50-day ($616.10). It is
  also back above the 200-day ($647.76) by 1.76%. But the 50-day is still under the 200-day (death
  cross from March 27, 46 sessions ago) and the 50-day is still sloping slightly down, so the
  longer trend hasn't confirmed the bounce. MACD 10.15 over a 6.99 signal.

Distance to the Nov 26, 2025 record ($692.73): 4.84%. Up 11.28% from the Apr 28 low ($592.37).

Trigger levels (call me if we close through them):
    Above: $660.09, $665.30, $681.39
    Below: $652.32, $650, then the 200-day at $647.76
The desk's proposed add: long above $665.54, stop $657.79, target $681.23 (2 to 1). Approved at half size.

Stress: a 2-ATR down day ($7.75 ATR, so about $15.50) costs the book roughly $9.8m. Fine.

Reply by 8:15 if your book differs. Offsite is Tuesday the 9th, 14 of us, room 4B.

M.
""")
plants(B, """
rm-close ;; value ;; V ;; SPY $659.18, +0.58% ;; SPY $695.18, +0.58% ;; $695.18 ;; SPY closed at $659.18
rm-pct ;; value ;; V ;; +0.58% (+$3.83) ;; +0.85% (+$3.83) ;; +0.85% ;; SPY rose 0.58%
rm-chg ;; value ;; V ;; (+$3.83) ;; (+$3.38) ;; +$3.38 ;; the change was $3.83
rm-low ;; value ;; V ;; Range $652.54 to ;; Range $652.45 to ;; $652.45 ;; the low was $652.54
rm-high ;; value ;; V ;; to $659.77, open ;; to $657.97, open ;; $657.97 ;; the high was $659.77
rm-open ;; value ;; V ;; open $656.50 ;; open $655.60 ;; $655.60 ;; the open was $656.50
rm-streak ;; words ;; V ;; Fifth straight higher close ;; Seventh straight higher close ;; Seventh ;; five
  higher closes
  in a row
rm-mon ;; history ;; V ;; $650.49 Mon ;; $650.94 Mon ;; $650.94 ;; SPY closed at $650.49 on Jun 1
rm-tue ;; history ;; V ;; $655.35 Tue ;; $653.55 Tue ;; $653.55 ;; SPY closed at $655.35 on Jun 2
rm-5d ;; value ;; V ;; +4.87% over the five sessions ;; +4.78% over the five sessions ;; +4.78% ;; the
  five-session gain is
  +4.87%
rm-month ;; timeframe ;; V ;; The past month: +8.87% ;; The past month: +4.87% ;; +4.87% ;; the month is
  +8.87%; 4.87% is
  the five sessions ;; real
rm-ytd ;; direction ;; D ;; Still -1.05% for the year ;; Now +1.05% for the year ;; +1.05% ;; year to date is
  -1.05%
rm-vol ;; value ;; V ;; Volume 51.6M ;; Volume 56.1M ;; 56.1M ;; volume was 51.6M
rm-avgvol ;; value ;; V ;; vs 69.3M average ;; vs 63.9M average ;; 63.9M ;; the 20-day average volume is 69.3M
rm-ratio ;; derived ;; DER ;; (0.7x) ;; (1.7x) ;; 1.7x ;; 51.6M over 69.3M is 0.7
rm-qqq ;; value ;; V ;; QQQ +0.57% to $595.41 ;; QQQ +0.57% to $599.41 ;; $599.41 ;; QQQ closed at $595.41
rm-iwm ;; subject ;; V ;; IWM +0.35% ;; IWM +0.57% ;; +0.57% ;; IWM rose 0.35%; 0.57% is QQQ's ;; real
rm-dia ;; direction ;; D ;; but DIA fell 0.58% ;; and DIA rose 0.58% ;; DIA rose ;; DIA fell 0.58%
rm-gspc ;; scale ;; SC ;; S&P 500 index
  6,609.79 ;; S&P 500 index
  $660.98 ;; $660.98 ;; the index is not on SPY's dollar scale
rm-vix ;; value ;; V ;; VIX 18.55 ;; VIX 15.85 ;; 15.85 ;; the VIX closed at 18.55
rm-vixpct ;; direction ;; D ;; up 6.18% even on an up day ;; down 6.18% on an up day ;; down 6.18% ;; the VIX
  rose 6.18%
rm-rsi ;; value ;; V ;; RSI is 72.3 ;; RSI is 73.2 ;; 73.2 ;; RSI is 72.3
rm-ob ;; indicator ;; IND ;; 72.3, overbought ;; 72.3, neutral ;; neutral ;; RSI 72.3 is overbought
rm-50pct ;; value ;; V ;; price is 6.99% above its 50-day ;; price is 9.69% above its 50-day ;; 9.69% ;; SPY
  is 6.99% above
  the 50-day
rm-50 ;; value ;; V ;; 50-day ($616.10) ;; 50-day ($611.60) ;; $611.60 ;; the 50-day is $616.10
rm-200 ;; value ;; V ;; 200-day ($647.76) ;; 200-day ($674.76) ;; $674.76 ;; the 200-day is $647.76
rm-200pct ;; value ;; V ;; by 1.76% ;; by 1.86% ;; 1.86% ;; SPY is 1.76% above the 200-day
rm-dc ;; pattern ;; P ;; (death
  cross from March 27 ;; (golden
  cross from March 27 ;; golden cross ;; the 50-day is below the 200-day
rm-dcd ;; date ;; DU ;; cross from March 27 ;; cross from March 17 ;; March 17 ;; the cross was on Mar 27,
  2026
rm-dcn ;; history ;; V ;; 46 sessions ago ;; 64 sessions ago ;; 64 sessions ;; the cross was 46 sessions ago
rm-slope ;; trend ;; P ;; still sloping slightly down ;; now sloping sharply up ;; sloping sharply up ;; the
  50-day slope
  is -0.31%
rm-macd ;; indicator ;; IND ;; MACD 10.15 over a 6.99 signal ;; MACD 10.15 under a 6.99 signal ;; under a
  6.99 signal ;;
  10.15 is above 6.99
rm-athd ;; date ;; DU ;; the Nov 26, 2025 record ;; the Nov 28, 2025 record ;; Nov 28, 2025 ;; SPY's record
  was on Nov 26,
  2025
rm-athp ;; value ;; V ;; ($692.73): 4.84% ;; ($692.73): 8.44% ;; 8.44% ;; SPY is 4.84% below the record
rm-lowp ;; value ;; V ;; Up 11.28% from ;; Up 12.18% from ;; 12.18% ;; SPY is 11.28% above the 52-week low
rm-r1 ;; level ;; LW ;; Above: $660.09 ;; Above: $656.09 ;; $656.09 ;; $656.09 is below the close, not above
rm-s1 ;; level ;; LW ;; Below: $652.32 ;; Below: $662.32 ;; $662.32 ;; $662.32 is above the close, not below
rm-stop ;; setup ;; SG ;; stop $657.79 ;; stop $667.79 ;; $667.79 ;; the stop must be below the $665.54 entry
rm-rr ;; setup ;; SRR ;; (2 to 1) ;; (4 to 1) ;; 4 to 1 ;; (681.23-665.54)/(665.54-657.79) is 2.0
rm-atr ;; value ;; V ;; ($7.75 ATR ;; ($5.77 ATR ;; $5.77 ;; ATR is $7.75
rm-neg ;; negation ;; P ;; the 50-day is still under the 200-day ;; the 50-day is no longer under the 200-day
  ;; no longer
  under ;; $616.10 is below $647.76
rm-wd ;; date ;; WM ;; Tape, Wednesday June 3 close ;; Tape, Tuesday June 3 close ;; Tuesday June 3 ;; Jun 3,
  2026 was a
  Wednesday
""")

B = "fmletter-FSMI-2026-11-20"
clean(B, "idx_FSMI-2026-11-20", "frontier-fund-letter", "md",
      "a frontier-markets fund manager's letter to investors after a bad week, with the index in points, "
      "the tracking ETF in dollars, fund-level figures and travel notes",
      """Dear fellow investors,

I am writing from a hotel in Nairobi on Saturday, November 21, 2026, after one of the hardest weeks
  we have had since launching the fund in 2019. I would rather you hear it from me.

The frontier index we benchmark against, the FSMI, closed Friday at 35,112.40, down 312.84 points or
  0.88% on the day and 3.07% on the week. It has now fallen three sessions in a row, by 3.58% over
  those three days, and closed at its lowest level of the past year. Over the past month the index is
  down 8.56%; for the year, down 18.33%.

The contrast with the United States is stark. On the same Friday the S&P 500 gained 1.11% to 6,901.69,
  so we trailed it by 1.99 percentage points in a single day, and by 7.61 points over the month. The
  FRNT exchange-traded fund, which many of you use for liquidity, closed at $30.01, down 0.86%.

The technical picture is poor and I will not dress it up. The index is 10.45% below its 50-day average
  (39,210.55) and 19.73% below its 200-day (43,740.76). The 50-day crossed below the 200-day on October
  15, 26 sessions ago, and both are falling, the 50-day steeply. Momentum is deeply oversold: the RSI is
  23.0, and the MACD (-1,085.04) is still below its signal line (-1,025.37). The daily average true
  range has widened to 549.68 points, about 1.57% of the index.

For scale: the August 19 high was 48,944.52, so we are 28.26% below it. The all-time high, 52,018.76
  from November 13, 2024, is further off still: we are 32.50% below it.

Closes this week: 36,189.14 on Monday, 36,415.51 on Tuesday (the only up day), 35,758.32 on Wednesday,
  35,425.24 on Thursday and 35,112.40 on Friday.

What would change my mind: a recovery above 35,500, the first marked level overhead, and then 37,915.92.
  Below us the round 35,000 is only 0.32% away.

Our fund did better than the index this month (net -6.9% against -8.56%), thanks to 14% cash and no
  exposure to two markets that suspended trading for 3 days. I meet 11 company managements next week.

With gratitude and resolve,
Amara Idowu, Portfolio Manager
""")
plants(B, """
fm-close ;; value ;; V ;; closed Friday at 35,112.40 ;; closed Friday at 35,211.40 ;; 35,211.40 ;; the index
  closed at
  35,112.40
fm-pts ;; value ;; V ;; down 312.84 points ;; down 321.84 points ;; 321.84 ;; the change was -312.84
fm-pct ;; value ;; V ;; or
  0.88% on the day ;; or
  0.78% on the day ;; 0.78% ;; the index fell 0.88%
fm-week ;; timeframe ;; V ;; and 3.07% on the week ;; and 8.56% on the week ;; 8.56% ;; the week is -3.07%;
  8.56% is the
  month ;; real
fm-streak ;; words ;; V ;; fallen three sessions in a row ;; fallen five sessions in a row ;; five sessions
  ;; three
  lower closes in a row
fm-streakp ;; value ;; V ;; by 3.58% over ;; by 3.85% over ;; 3.85% ;; the three-session fall is 3.58%
fm-low ;; pattern ;; P ;; closed at its lowest level of the past year ;; closed well above its lowest level
  of the past
  year ;; well above its lowest level ;; 35,112.40 is the 52-week low, set that day
fm-month ;; value ;; V ;; the index is
  down 8.56% ;; the index is
  down 6.85% ;; 6.85% ;; the month is -8.56%
fm-ytd ;; value ;; V ;; down 18.33% ;; down 13.83% ;; 13.83% ;; year to date is -18.33%
fm-spx ;; value ;; V ;; gained 1.11% to 6,901.69 ;; gained 1.11% to 6,910.69 ;; 6,910.69 ;; the S&P 500
  closed at 6,901.69
fm-spxpct ;; subject ;; V ;; S&P 500 gained 1.11% ;; S&P 500 gained 0.30% ;; 0.30% ;; the S&P 500 rose 1.11%;
  0.30% is
  the Russell 2000's ;; real
fm-spread ;; derived ;; DER ;; by 1.99 percentage points ;; by 2.99 percentage points ;; 2.99 ;; 1.11 minus
  -0.88 is
  1.99
fm-spread1m ;; value ;; V ;; by 7.61 points over the month ;; by 6.71 points over the month ;; 6.71 ;; the
  month spread is
  -7.61 pp
fm-frnt ;; value ;; V ;; closed at $30.01 ;; closed at $30.10 ;; $30.10 ;; FRNT closed at $30.01
fm-frntsc ;; scale ;; SC ;; closed at $30.01 ;; closed at 30,010.00 ;; 30,010.00 ;; FRNT is a $30 ETF, not an
  index in
  points
fm-frntd ;; direction ;; D ;; $30.01, down 0.86% ;; $30.01, up 0.86% ;; up 0.86% ;; FRNT fell 0.86%
fm-50pct ;; value ;; V ;; 10.45% below its 50-day ;; 14.05% below its 50-day ;; 14.05% ;; the index is 10.45%
  below the
  50-day
fm-50 ;; value ;; V ;; (39,210.55) ;; (39,120.55) ;; 39,120.55 ;; the 50-day is 39,210.55
fm-200 ;; value ;; V ;; (43,740.76) ;; (43,470.76) ;; 43,470.76 ;; the 200-day is 43,740.76
fm-200pct ;; value ;; V ;; 19.73% below its 200-day ;; 17.93% below its 200-day ;; 17.93% ;; the index is
  19.73% below the
  200-day
fm-cross ;; date ;; DU ;; on October
  15, 26 sessions ago ;; on October
  25, 26 sessions ago ;; October 25 ;; the death cross was on Oct 15, 2026
fm-crossn ;; history ;; V ;; 15, 26 sessions ago ;; 15, 62 sessions ago ;; 62 sessions ;; the cross was 26
  sessions ago
fm-slope ;; trend ;; P ;; and both are falling, the 50-day steeply ;; and both are rising, the 50-day steeply
  ;; both are
  rising ;; both slopes are negative
fm-rsi ;; value ;; V ;; the RSI is
  23.0 ;; the RSI is
  32.0 ;; 32.0 ;; RSI is 23.0
fm-ob ;; indicator ;; IND ;; Momentum is deeply oversold ;; Momentum is deeply overbought ;; overbought ;;
  RSI 23.0 is
  oversold
fm-macd ;; indicator ;; IND ;; is still below its signal line ;; is now above its signal line ;; above its
  signal ;;
  -1,085.04 is below -1,025.37
fm-atr ;; value ;; V ;; range has widened to 549.68 points ;; range has widened to 594.68 points ;; 594.68 ;;
  ATR is
  549.68
fm-hid ;; date ;; DU ;; the August 19 high ;; the August 9 high ;; August 9 ;; the 52-week high was on Aug
  19, 2026
fm-hi ;; value ;; V ;; was 48,944.52 ;; was 49,844.52 ;; 49,844.52 ;; the 52-week high is 48,944.52
fm-hip ;; value ;; V ;; we are 28.26% below ;; we are 26.28% below ;; 26.28% ;; the index is 28.26% below the
  52-week high
fm-ath ;; value ;; V ;; The all-time high, 52,018.76 ;; The all-time high, 52,108.76 ;; 52,108.76 ;; the
  all-time high is
  52,018.76
fm-athp ;; value ;; V ;; we are 32.50% below it ;; we are 35.20% below it ;; 35.20% ;; the index is 32.50%
  below
  the record
fm-athd ;; date ;; DU ;; from November 13, 2024 ;; from November 13, 2023 ;; November 13, 2023 ;; the record
  was on Nov 13,
  2024
fm-mon ;; history ;; V ;; 36,189.14 on Monday ;; 36,198.14 on Monday ;; 36,198.14 ;; the index closed at
  36,189.14 on
  Nov 16
fm-tue ;; history ;; D ;; (the only up day) ;; (the only down day) ;; the only down day ;; Tuesday's
  36,415.51 was above
  Monday's close
fm-wed ;; history ;; V ;; 35,758.32 on Wednesday ;; 35,425.24 on Wednesday ;; 35,425.24 ;; Wednesday's close
  was
  35,758.32; 35,425.24 is Thursday's ;; real
fm-thu ;; history ;; V ;; 35,425.24 on Thursday ;; 35,452.24 on Thursday ;; 35,452.24 ;; the index closed at
  35,425.24 on
  Thursday
fm-r1 ;; level ;; LW ;; a recovery above 35,500, the first marked level overhead ;; a recovery above 34,500,
  the first
  marked level overhead ;; 34,500 ;; 34,500 is below the close, not overhead
fm-r2 ;; level ;; V ;; and then 37,915.92 ;; and then 37,519.92 ;; 37,519.92 ;; the next level is 37,915.92
fm-s1 ;; derived ;; DER ;; is only 0.32% away ;; is only 0.23% away ;; 0.23% ;; 35,000 is 0.32% below
  35,112.40
fm-fundvs ;; value ;; V ;; (net -6.9% against -8.56%) ;; (net -6.9% against -8.65%) ;; -8.65% ;; the index's
  month is
  -8.56%
fm-neg ;; negation ;; P ;; The 50-day crossed below the 200-day ;; The 50-day never crossed below the 200-day
  ;; never
  crossed below ;; the 50-day is below the 200-day since Oct 15
""")

B = "anchor-RUT-2026-11-17"
clean(B, "idx_RUT-2026-11-17", "tv-anchor-script", "txt",
      "a cable business channel's evening anchor script for a small-cap segment, with lower-third "
      "captions, camera cues and a graphic's rows read on air",
      """SEGMENT 4: SMALL CAPS  |  TUE 11/17/2026  |  RUNS 1:45  |  ANCHOR: DANA  |  PKG: NONE

[CAM 2, TIGHT]
DANA: Small caps could not catch a break again today. The Russell 2000 fell 19.30 points, or 0.78%,
  to close at 2,465.79.

[LOWER THIRD: RUSSELL 2000  2,465.79  -0.78%]

DANA: That is the third straight day the index did worse than the S&P 500, which lost 0.50% to close
  at 6,821.04. The Nasdaq 100 was the day's biggest loser, down 0.90%, and the Dow slipped 0.21%.

[GFX FULL: "THE DAY"  Open 2,479.40 / High 2,486.79 / Low 2,459.06 / Close 2,465.79]

DANA: It opened at 2,479.40, tried for 2,486.79, and sold off into the afternoon, getting as low as
  2,459.06. Energy names did a lot of the damage as oil slid 2.7% [1].

[LOWER THIRD: SMALL CAPS STUCK IN A RANGE]

DANA: Zoom out and the picture is a box. For 22 sessions the Russell has traded between 2,421.62 and
  2,505.20, and last Thursday's close of 2,505.20 was the top of it. The index gained 0.1% on Monday [2]
  and gave it all back and more today.

[CAM 1, WIDE, GUEST BOX READY]

DANA: On the charts: the index is just under its 50-day average at 2,473.93, by 0.33%, but still
  6.36% above the 200-day at 2,318.38. RSI 50.1, right in the middle. Over five sessions it is down 0.98%,
  but over the past month it is up 1.48%, actually beating the S&P 500 by about 2.5 points.

[LOWER THIRD: RUSSELL 2000  4.84% BELOW NOV 28, 2025 RECORD]

DANA: The record close is 2,591.09, from November 28 of last year. It is 4.84% below that.
  Support traders are watching: 2,458.33, then the round 2,450. Overhead: the 50-day, then 2,505.20.

[TOSS TO BREAK: "Next, the 3 stocks driving retail, after this." 0:08 bumper, 2 spots]
""", sources=("ld-oil17", "hs-rebound16"), source_format="paren")
plants(B, """
an-pts ;; value ;; V ;; fell 19.30 points ;; fell 13.90 points ;; 13.90 ;; the change was -19.30
an-pct ;; value ;; V ;; or 0.78%,
  to close ;; or 0.97%,
  to close ;; 0.97% ;; the index fell 0.78%
an-close ;; value ;; V ;; to close at 2,465.79. ;; to close at 2,456.79. ;; 2,456.79 ;; the index closed at
  2,465.79
an-lt ;; value ;; V ;; RUSSELL 2000  2,465.79  -0.78% ;; RUSSELL 2000  2,465.79  -0.97% ;; -0.97% ;; the
  index fell 0.78%
an-streak ;; words ;; V ;; the third straight day ;; the fifth straight day ;; fifth ;; three sessions
  trailing the
  S&P 500
an-spx ;; value ;; V ;; lost 0.50% to close
  at 6,821.04 ;; lost 0.50% to close
  at 6,812.04 ;; 6,812.04 ;; the S&P 500 closed at 6,821.04
an-ndx ;; direction ;; D ;; the day's biggest loser ;; the day's biggest winner ;; biggest winner ;; -0.90%
  was the worst
an-dow ;; subject ;; V ;; the Dow slipped 0.21% ;; the Dow slipped 0.78% ;; 0.78% ;; the Dow fell 0.21%;
  0.78% is the
  Russell's ;; real
an-gopen ;; value ;; V ;; Open 2,479.40 ;; Open 2,497.40 ;; 2,497.40 ;; the open was 2,479.40
an-ghigh ;; value ;; V ;; High 2,486.79 ;; High 2,468.79 ;; 2,468.79 ;; the high was 2,486.79
an-low ;; value ;; V ;; as low as
  2,459.06 ;; as low as
  2,449.06 ;; 2,449.06 ;; the low was 2,459.06
an-oil ;; quotation ;; NU ;; oil slid 2.7% [1] ;; oil slid 4.7% [1] ;; 4.7% ;; the source says 2.7%
an-rsess ;; history ;; V ;; For 22 sessions ;; For 12 sessions ;; 12 sessions ;; the range has held 22
  sessions
an-rlow ;; value ;; V ;; between 2,421.62 and ;; between 2,412.62 and ;; 2,412.62 ;; the range floor is
  2,421.62
an-thu ;; date ;; WM ;; last Thursday's close of 2,505.20 ;; last Wednesday's close of 2,505.20 ;; Wednesday
  ;; 2,505.20 was
  the close of Thursday Nov 12
an-mon ;; quotation ;; NU ;; gained 0.1% on Monday [2] ;; gained 0.9% on Monday [2] ;; 0.9% ;; the source
  says 0.1%
an-50 ;; value ;; V ;; average at 2,473.93 ;; average at 2,437.93 ;; 2,437.93 ;; the 50-day is 2,473.93
an-50pct ;; value ;; V ;; by 0.33% ;; by 0.43% ;; 0.43% ;; the index is 0.33% below the 50-day
an-200pct ;; value ;; V ;; 6.36% above the 200-day ;; 3.66% above the 200-day ;; 3.66% ;; the index is 6.36%
  above the
  200-day
an-200sc ;; scale ;; SC ;; the 200-day at 2,318.38 ;; the 200-day at $231.84 ;; $231.84 ;; the index's
  200-day is not
  on IWM's dollar scale
an-rsi ;; indicator ;; IND ;; RSI 50.1, right in the middle ;; RSI 50.1, deeply oversold ;; deeply oversold
  ;; RSI 50.1 is
  neutral
an-week ;; value ;; V ;; down 0.98% ;; down 0.89% ;; 0.89% ;; the week is -0.98%
an-month ;; timeframe ;; V ;; up 1.48% ;; up 0.85% ;; 0.85% ;; the month is +1.48%; 0.85% is year to date ;;
  real
an-beat ;; derived ;; DER ;; by about 2.5 points ;; by about 4.5 points ;; 4.5 points ;; 1.48 vs -1.06 is
  2.53 points
an-ltp ;; value ;; V ;; 4.84% BELOW NOV 28 ;; 8.44% BELOW NOV 28 ;; 8.44% ;; the index is 4.84% below the
  record
an-rec ;; value ;; V ;; record close is 2,591.09 ;; record close is 2,519.09 ;; 2,519.09 ;; the record close
  is 2,591.09
an-recd ;; date ;; DU ;; from November 28 of last year ;; from November 18 of last year ;; November 18 ;; the
  record was on
  Nov 28, 2025
an-s1 ;; level ;; LW ;; watching: 2,458.33 ;; watching: 2,478.33 ;; 2,478.33 ;; 2,478.33 is above the close,
  not support
an-s2 ;; level ;; V ;; the round 2,450 ;; the round 2,400 ;; 2,400 ;; the round level is 2,450
an-over ;; level ;; LW ;; the 50-day, then 2,505.20 ;; the 50-day, then 2,405.20 ;; 2,405.20 ;; 2,405.20 is
  below the
  close, not overhead
an-neg ;; negation ;; P ;; the index is just under its 50-day ;; the index is no longer under its 50-day ;;
  no longer
  under ;; 2,465.79 is below the 2,473.93 50-day
an-cite ;; citation ;; CU ;; slid 2.7% [1] ;; slid 2.7% [3] ;; [3] ;; there is no source (3)
an-mag ;; magnitude ;; MG ;; Small caps could not catch a break again today. The Russell 2000 fell ;; Small
  caps could
  not catch a break again today. The Russell 2000 collapsed ;; collapsed ;; 0.78% is 0.6 ATR
""")

B = "screener-FRNT-2026-11-20"
clean(B, "FRNT-2026-11-20", "stock-screener-results", "txt",
      "a charting site's screener results page for oversold ETFs making new lows: the filter chips, one "
      "result row with its detail panel, the site's auto-written summary and page furniture",
      """Screener > ETFs > "Oversold at 52-week lows"        Saved screen · last run Nov 20, 2026 4:31 PM ET

Filters (4):  [RSI(14) < 30]  [Price < SMA50]  [Price < SMA200]  [New 52-week low today]
Universe: 2,614 U.S.-listed ETFs · Matches: 3 · Showing 1 of 3 (upgrade to see all) · Page 1/1

TICKER  LAST    CHG     CHG%     VOL    RELVOL  RSI   vs50     vs200    1W       1M       YTD
FRNT    30.01   -0.26   -0.86%   7.8M   1.2     22.9  -10.45%  -19.73%  -3.07%   -8.56%   -18.34%

> FRNT detail
    Day range 29.95 - 30.33 · Open 30.27 · Prev close 30.27
    SMA20 31.72 · SMA50 33.51 · SMA200 37.38
    52W range 30.01 - 41.82 (high on Aug 19, 2026) · ATH 44.45 (Nov 13, 2024), -32.49%
    MACD -0.93 / signal -0.88 · ATR(14) 0.47 (1.56%)
    Benchmark FSMI 35,112.40 (-0.88%)

Auto-summary (generated): FRNT closed at $30.01 on Friday, a new 52-week low and down 28.24% from its
  August high. It fell for a third straight session, losing 3.60% over the three, and trailed SPY by
  1.96 points on a day SPY rose 1.10%. The fund sits 10.45% below its 50-day average and 19.73% below
  its 200-day; the 50-day crossed under the 200-day on Oct 15. RSI 22.9 marks it as oversold. The
  MACD is below its signal. Nearest levels: $30 just under the price, then $31 and $32.39 overhead.
  Its last five closes: $30.95, $31.13, $30.55, $30.27, $30.01.

Screen alerts: ON (email) · Next run: Mon Nov 23, 9:35 AM ET · 128 users follow this screen
""")
plants(B, """
sc-last ;; value ;; V ;; FRNT    30.01   -0.26 ;; FRNT    31.01   -0.26 ;; 31.01 ;; FRNT closed at $30.01
sc-chg ;; value ;; V ;; -0.26   -0.86% ;; -0.36   -0.86% ;; -0.36 ;; the change was -$0.26
sc-pct ;; subject ;; V ;; -0.86%   7.8M ;; -0.88%   7.8M ;; -0.88% ;; FRNT fell 0.86%; 0.88% is the FSMI's ;;
  real
sc-vol ;; value ;; V ;; 7.8M   1.2 ;; 8.7M   1.2 ;; 8.7M ;; volume was 7.8M
sc-rsi ;; value ;; V ;; 1.2     22.9 ;; 1.2     29.2 ;; 29.2 ;; RSI is 22.9
sc-vs50 ;; value ;; V ;; 22.9  -10.45% ;; 22.9  -14.05% ;; -14.05% ;; FRNT is 10.45% below the 50-day
sc-1w ;; timeframe ;; V ;; -3.07%   -8.56% ;; -8.56%   -8.56% ;; -8.56% ;; the week is -3.07%; -8.56% is the
  month ;; real
sc-ytd ;; value ;; V ;; -18.34% ;; -18.43% ;; -18.43% ;; year to date is -18.34%
sc-range ;; value ;; V ;; Day range 29.95 - 30.33 ;; Day range 29.59 - 30.33 ;; 29.59 ;; the day's low was
  $29.95
sc-sma50 ;; value ;; V ;; SMA50 33.51 ;; SMA50 35.31 ;; 35.31 ;; the 50-day is $33.51
sc-sma200 ;; value ;; V ;; SMA200 37.38 ;; SMA200 38.37 ;; 38.37 ;; the 200-day is $37.38
sc-hi ;; value ;; V ;; 30.01 - 41.82 ;; 30.01 - 42.81 ;; 42.81 ;; the 52-week high is $41.82
sc-hid ;; date ;; DU ;; (high on Aug 19, 2026) ;; (high on Aug 9, 2026) ;; Aug 9, 2026 ;; the 52-week high
  was on Aug 19,
  2026
sc-ath ;; value ;; V ;; ATH 44.45 ;; ATH 45.44 ;; 45.44 ;; the all-time high is $44.45
sc-athd ;; date ;; DU ;; (Nov 13, 2024) ;; (Nov 13, 2025) ;; Nov 13, 2025 ;; the all-time high was on Nov 13,
  2024
sc-macd ;; value ;; V ;; MACD -0.93 ;; MACD -0.39 ;; -0.39 ;; MACD is -0.93
sc-atr ;; value ;; V ;; ATR(14) 0.47 ;; ATR(14) 0.74 ;; 0.74 ;; ATR is $0.47
sc-fsmi ;; scale ;; SC ;; Benchmark FSMI 35,112.40 ;; Benchmark FSMI $35.11 ;; $35.11 ;; the FSMI is an index
  in points
sc-sumlow ;; pattern ;; P ;; a new 52-week low ;; well above its 52-week low ;; well above its 52-week low ;;
  $30.01 is
  the 52-week low, set that day
sc-sumhi ;; value ;; V ;; down 28.24% from ;; down 24.28% from ;; 24.28% ;; FRNT is 28.24% below the 52-week
  high
sc-streak ;; words ;; V ;; fell for a third straight session ;; fell for a sixth straight session ;; sixth ;;
  three lower
  closes in a row
sc-streakp ;; value ;; V ;; losing 3.60% over the three ;; losing 3.06% over the three ;; 3.06% ;; 31.13 to
  30.01 is
  -3.60%
sc-trail ;; derived ;; DER ;; trailed SPY by
  1.96 points ;; trailed SPY by
  1.76 points ;; 1.76 ;; 1.10 minus -0.86 is 1.96
sc-spy ;; direction ;; D ;; a day SPY rose 1.10% ;; a day SPY fell 1.10% ;; SPY fell ;; SPY rose 1.10%
sc-cross ;; date ;; DU ;; 200-day on Oct 15 ;; 200-day on Oct 5 ;; Oct 5 ;; the death cross was on Oct 15,
  2026
sc-crossp ;; pattern ;; P ;; the 50-day crossed under the 200-day ;; the 50-day crossed over the 200-day ;;
  crossed over
  ;; the 50-day is below the 200-day
sc-os ;; indicator ;; IND ;; marks it as oversold ;; marks it as overbought ;; overbought ;; RSI 22.9 is
  oversold
sc-macdw ;; indicator ;; IND ;; MACD is below its signal ;; MACD is above its signal ;; above its signal ;;
  -0.93 is below
  -0.88
sc-l1 ;; level ;; LW ;; $30 just under the price ;; $30.50 just under the price ;; $30.50 ;; $30.50 is above
  the $30.01
  close
sc-l2 ;; level ;; LW ;; then $31 and $32.39 overhead ;; then $29 and $32.39 overhead ;; $29 ;; $29 is below
  the close,
  not overhead
sc-c1 ;; history ;; V ;; closes: $30.95, ;; closes: $30.59, ;; $30.59 ;; FRNT closed at $30.95 on Nov 16
sc-c2 ;; history ;; V ;; $31.13, $30.55 ;; $31.31, $30.55 ;; $31.31 ;; FRNT closed at $31.13 on Nov 17
sc-neg ;; negation ;; P ;; The fund sits 10.45% below its 50-day average ;; The fund no longer sits below its
  50-day average
  ;; no longer sits below ;; $30.01 is below the $33.51 50-day
""")

B = "soccer-QQQ-2025-11-17"
clean(B, "QQQ-2025-11-17", "youth-soccer-bulletin", "txt",
      "a youth soccer club's weekly bulletin with match scores, kick-off times, shirt numbers and a snack "
      "rota, plus the treasurer's 'market corner' on the club fund's QQQ holding",
      """RIVERSIDE ROVERS U10 & U12  *  WEEKLY BULLETIN No. 11  *  Monday, Nov 17, 2025

RESULTS (Saturday)
    U10 Blue 3 - 2 Harbor United (goals: #7 Leo x2, #14 Ana)
    U10 Gold 1 - 1 Westfield
    U12 Rovers 0 - 4 Lakeside FC (a tough one, heads up)

NEXT WEEKEND
    U10 Blue vs Oak Park, 9:00 AM, Field 3
    U12 at Lakeside (rematch), 11:30 AM. Carpool meets 10:45 at the church lot.
    Snack rota: the Ramirez family (oranges, 24 slices please).

TREASURER'S MARKET CORNER
The club's reserve fund keeps $8,500 in the Nasdaq 100 fund QQQ (fees for 62 players don't cover
  tournament travel). Good news today: QQQ closed at a record $622.21, up $10.60 or 1.73% on the day.
  It traded between $609.46 and $626.07 after opening at $613.29, and volume was 63.7M, about 1.6
  times normal.
Everything else was up too: SPY +1.39% to $684.44, DIA +0.89%, and small caps (IWM) led with +1.96%.
  The Nasdaq 100 index itself closed at 25,582.79.
For the season so far: QQQ is up 2.84% over the past week, 1.68% over the past month and 14.73% this
  year. It is 51.14% above its April 16 low of $411.68, which is the month we nearly sold (we didn't).
Before today's jump it had closed at $611.61 on Friday and $612.16 on Thursday.
The technical folks say it's 3.52% above its 50-day average ($601.02) and 15.46% above the 200-day
  ($538.92), with the 50-day above the 200-day since July 1. RSI is 65.6, warm but not yet overbought.
Next round number: $630. If it drops back, $620 then $617.74 are the floors people talk about.
We are NOT trading it. The board votes on selling $1,000 for the spring kit order on Dec 2.

REMINDERS
    Picture day: Saturday Nov 22, arrive 8:15. Shin guards are required, no exceptions.
    Lost and found: 3 water bottles, 1 left cleat (size 2).
""")
plants(B, """
sc2-close ;; value ;; V ;; closed at a record $622.21 ;; closed at a record $622.12 ;; $622.12 ;; QQQ closed
  at $622.21
sc2-rec ;; pattern ;; P ;; closed at a record $622.21 ;; closed well short of its record at $622.21 ;; well
  short of its
  record ;; $622.21 was the record close, set that day
sc2-chg ;; value ;; V ;; up $10.60 ;; up $16.00 ;; $16.00 ;; the change was $10.60
sc2-pct ;; subject ;; V ;; or 1.73% on the day ;; or 1.39% on the day ;; 1.39% ;; QQQ rose 1.73%; 1.39% is
  SPY's ;; real
sc2-low ;; value ;; V ;; between $609.46 and ;; between $606.94 and ;; $606.94 ;; the low was $609.46
sc2-high ;; value ;; V ;; and $626.07 after ;; and $627.06 after ;; $627.06 ;; the high was $626.07
sc2-open ;; value ;; V ;; opening at $613.29 ;; opening at $619.23 ;; $619.23 ;; the open was $613.29
sc2-vol ;; value ;; V ;; volume was 63.7M ;; volume was 36.7M ;; 36.7M ;; volume was 63.7M
sc2-volx ;; words ;; V ;; about 1.6
  times normal ;; about 2.6
  times normal ;; 2.6 ;; 63.7M over 40.8M is 1.6
sc2-spy ;; value ;; V ;; to $684.44 ;; to $648.44 ;; $648.44 ;; SPY closed at $684.44
sc2-dia ;; direction ;; D ;; DIA +0.89% ;; DIA -0.89% ;; -0.89% ;; DIA rose 0.89%
sc2-iwm ;; direction ;; D ;; small caps (IWM) led with +1.96% ;; small caps (IWM) lagged with +1.96% ;;
  lagged ;; IWM's
  1.96% was the best of the four
sc2-ndx ;; value ;; V ;; closed at 25,582.79 ;; closed at 25,528.79 ;; 25,528.79 ;; the Nasdaq 100 closed at
  25,582.79
sc2-week ;; value ;; V ;; up 2.84% over the past week ;; up 2.48% over the past week ;; 2.48% ;; the week is
  +2.84%
sc2-month ;; timeframe ;; V ;; 1.68% over the past month ;; 2.84% over the past month ;; 2.84% over the past
  month ;; the
  month is +1.68%; 2.84% is the week ;; real
sc2-ytd ;; value ;; V ;; 14.73% this
  year ;; 17.43% this
  year ;; 17.43% ;; year to date is +14.73%
sc2-lowp ;; value ;; V ;; It is 51.14% above ;; It is 41.15% above ;; 41.15% ;; QQQ is 51.14% above the
  52-week low
sc2-lowd ;; date ;; DU ;; its April 16 low ;; its April 6 low ;; April 6 ;; the 52-week low was on Apr 16,
  2025
sc2-lowv ;; value ;; V ;; low of $411.68 ;; low of $414.68 ;; $414.68 ;; the 52-week low is $411.68
sc2-fri ;; history ;; V ;; closed at $611.61 on Friday ;; closed at $616.11 on Friday ;; $616.11 ;; QQQ
  closed at $611.61
  on Nov 14
sc2-thu ;; history ;; V ;; $612.16 on Thursday ;; $615.65 on Thursday ;; $615.65 ;; QQQ closed at $612.16 on
  Thursday;
  $615.65 is Wednesday's ;; real
sc2-50pct ;; value ;; V ;; it's 3.52% above ;; it's 5.32% above ;; 5.32% ;; QQQ is 3.52% above the 50-day
sc2-50 ;; value ;; V ;; average ($601.02) ;; average ($610.02) ;; $610.02 ;; the 50-day is $601.02
sc2-200 ;; value ;; V ;; ($538.92) ;; ($583.92) ;; $583.92 ;; the 200-day is $538.92
sc2-cross ;; date ;; DU ;; since July 1 ;; since July 11 ;; July 11 ;; the cross was on Jul 1, 2025
sc2-rsi ;; indicator ;; IND ;; warm but not yet overbought ;; well into oversold territory ;; oversold ;; RSI
  65.6 is not
  oversold
sc2-r ;; level ;; LW ;; Next round number: $630 ;; Next round number: $600 ;; $600 ;; $600 is below the
  close, not next
  overhead
sc2-s ;; level ;; LW ;; $620 then $617.74 are the floors ;; $620 then $627.74 are the floors ;; $627.74 ;;
  $627.74 is
  above the close, not a floor
sc2-neg ;; negation ;; P ;; with the 50-day above the 200-day ;; with the 50-day no longer above the 200-day
  ;; no longer
  above ;; $601.02 is above $538.92
sc2-wd ;; date ;; WM ;; Monday, Nov 17, 2025 ;; Tuesday, Nov 17, 2025 ;; Tuesday ;; Nov 17, 2025 was a Monday
""")

B = "movers-IWM-2026-02-13"
clean(B, "IWM-2026-02-13", "moving-company-estimate", "txt",
      "a moving company's written estimate with crew hours, truck size, cubic feet, mileage and prices of "
      "boxes, and a chatty P.S. from the estimator about the small-cap fund the client is selling to pay",
      """BIG OAK MOVERS  -  WRITTEN ESTIMATE #2026-0213-07
Prepared Friday, February 13, 2026 for: J. & P. Lindqvist
From: 1482 Alder Ct, Apt 3B (2nd floor, no elevator)   To: 77 Harbor View Rd (ground floor)
Distance: 38 miles   Move date: Saturday, March 7, 2026, crew arrives 8:00 AM

Crew: 4 movers, 26-ft truck, estimated 7.5 hours at $210/hour ........ $1,575.00
Stairs fee (2 flights) ............................................... $120.00
Packing materials: 40 medium boxes at $2.85, 12 wardrobe boxes at $18.00 $330.00
Fuel and mileage (38 mi) ............................................. $95.00
Piano (upright, 480 lb) .............................................. $250.00
Estimated total ...................................................... $2,370.00
Deposit due to hold the date (20%) ................................... $474.00

Inventory: approx. 1,150 cubic feet, 3 bedrooms, 1 home office, 14 plants (we don't take plants).

P.S. from your estimator, Gus: you mentioned selling some of your small-cap fund for the deposit. I
  looked it up on my phone after I left. IWM closed today at $226.54, down $2.39 or 1.04%, its sixth
  lower close in a row, 5.80% down over those six days. It opened at $229.00, peaked at $229.49 early and slid
  from there; the low was $226.37. For the week it's down 4.94%, and over the past month, 10.88%. The Russell
  2000
  index closed at 2,276.24.
  It's been worse than the big funds lately: SPY lost 0.54% today, QQQ 0.41% and DIA 0.65%, and IWM has
  trailed SPY for five sessions running.
  My nephew the chart guy says the RSI is 21.4, which is deeply oversold, and the price is 7.99% under
  the 50-day average ($246.22) and now below the 200-day ($229.41) too, by 1.25%. The 50-day is still
  above the 200-day, though (since last July 18). It's 12.12% off the November 28 record of $257.77.
  Closes this week: Monday $236.72, Tuesday $235.10, Wednesday $231.24, Thursday $228.93.
  He also says $225 is the next support under the price and $226.93 was just broken. Not advice! I
  move couches.

Estimate valid 30 days. Binding only when signed. License #MV-20931. Insured to $100,000.
""")
plants(B, """
mv-close ;; value ;; V ;; IWM closed today at $226.54 ;; IWM closed today at $226.45 ;; $226.45 ;; IWM closed
  at $226.54
mv-chg ;; value ;; V ;; down $2.39 ;; down $2.93 ;; $2.93 ;; the change was -$2.39
mv-pct ;; subject ;; V ;; or 1.04%, its sixth ;; or 0.54%, its sixth ;; 0.54% ;; IWM fell 1.04%; 0.54% is
  SPY's ;; real
mv-streak ;; words ;; V ;; its sixth
  lower close in a row ;; its ninth
  lower close in a row ;; ninth ;; six lower closes from Feb 6 to Feb 13
mv-streakp ;; value ;; V ;; 5.80% down over those six days ;; 8.50% down over those six days ;; 8.50% ;;
  240.49 to
  226.54 is -5.80%
mv-open ;; value ;; V ;; opened at $229.00 ;; opened at $229.90 ;; $229.90 ;; the open was $229.00
mv-high ;; value ;; V ;; peaked at $229.49 ;; peaked at $229.94 ;; $229.94 ;; the high was $229.49
mv-low ;; value ;; V ;; the low was $226.37 ;; the low was $223.67 ;; $223.67 ;; the low was $226.37
mv-week ;; value ;; V ;; it's down 4.94% ;; it's down 4.49% ;; 4.49% ;; the week is -4.94%
mv-month ;; timeframe ;; V ;; over the past month, 10.88% ;; over the past month, 6.88% ;; 6.88% ;; the month
  is -10.88%;
  6.88% is year to date ;; real
mv-rut ;; value ;; V ;; index closed at 2,276.24 ;; index closed at 2,267.24 ;; 2,267.24 ;; the Russell 2000
  closed at
  2,276.24
mv-spy ;; value ;; V ;; SPY lost 0.54% today ;; SPY lost 0.45% today ;; 0.45% ;; SPY fell 0.54%
mv-worse ;; direction ;; D ;; It's been worse than the big funds lately ;; It's been better than the big
  funds lately ;;
  better than ;; IWM fell most of the four and trailed SPY five sessions
mv-trail ;; history ;; V ;; trailed SPY for five sessions running ;; trailed SPY for two sessions running ;;
  two sessions
  ;; IWM trailed SPY five sessions in a row
mv-rsi ;; value ;; V ;; the RSI is 21.4 ;; the RSI is 24.1 ;; 24.1 ;; RSI is 21.4
mv-os ;; indicator ;; IND ;; which is deeply oversold ;; which is deeply overbought ;; overbought ;; RSI 21.4
  is oversold
mv-50pct ;; value ;; V ;; 7.99% under ;; 9.79% under ;; 9.79% ;; IWM is 7.99% below the 50-day
mv-50 ;; value ;; V ;; average ($246.22) ;; average ($242.62) ;; $242.62 ;; the 50-day is $246.22
mv-200 ;; pattern ;; P ;; now below the 200-day ($229.41) too ;; still above the 200-day ($229.41) ;; still
  above ;; $226.54
  is below $229.41
mv-200pct ;; value ;; V ;; by 1.25% ;; by 2.15% ;; 2.15% ;; IWM is 1.25% below the 200-day
mv-cross ;; date ;; DU ;; (since last July 18) ;; (since last July 28) ;; July 28 ;; the golden cross was on
  Jul 18, 2025
mv-athp ;; value ;; V ;; It's 12.12% off ;; It's 21.12% off ;; 21.12% ;; IWM is 12.12% below the record
mv-athd ;; date ;; DU ;; the November 28 record ;; the November 26 record ;; November 26 ;; IWM's record was
  on Nov 28, 2025
mv-mon ;; history ;; V ;; Monday $236.72 ;; Monday $237.62 ;; $237.62 ;; IWM closed at $236.72 on Feb 9
mv-tue ;; history ;; V ;; Tuesday $235.10 ;; Tuesday $231.24 ;; $231.24 ;; Tuesday's close was $235.10;
  $231.24 is
  Wednesday's ;; real
mv-thu ;; history ;; V ;; Thursday $228.93 ;; Thursday $229.83 ;; $229.83 ;; IWM closed at $228.93 on Feb 12
mv-s ;; level ;; LW ;; $225 is the next support ;; $235 is the next support ;; $235 ;; $235 is above the
  price, not
  support under it
mv-neg ;; negation ;; P ;; The 50-day is still
  above the 200-day ;; The 50-day is no longer
  above the 200-day ;; no longer above ;; $246.22 is above $229.41
mv-wd ;; date ;; WM ;; Prepared Friday, February 13 ;; Prepared Thursday, February 13 ;; Thursday ;; Feb 13,
  2026 was a
  Friday
""")

B = "dental-DIA-2026-06-03"
clean(B, "DIA-2026-06-03", "dental-practice-newsletter", "txt",
      "a dental practice's patient e-newsletter: appointment reminders, prices of treatments, opening "
      "hours and the retired dentist's 'market minute' about the Dow fund the practice's pension holds",
      """MAPLE STREET DENTAL  ·  Patient newsletter  ·  Wednesday, June 3, 2026

Reminders
    Cleanings are every 6 months. If your last one was before December 3, please call 555-0148.
    New hours from June 15: Mon-Thu 7:30 AM to 6 PM, Fri 8 AM to 2 PM.
    Whitening special: $249 (was $349) through June 30. Night guards now $425.
    Dr. Chen welcomed twins in May (6 lb 2 oz and 5 lb 14 oz)!

Dr. Alvarez's market minute
(Dr. A retired in 2021 after 34 years but still writes this. He has never given a stock tip and never
  will.)

The staff pension holds the Dow fund, DIA, so here is how it did. It closed today at $461.11, down
  $2.67, or 0.58%. The Dow itself lost 0.57% to 46,185.73. Funny day: the S&P 500 fund SPY rose 0.58%
  and QQQ 0.57%, so DIA lagged SPY by 1.16 points. That's two days running it trailed.

The bigger picture is better. DIA is up 2.78% over the past week and 6.62% over the past month, though
  still down 2.93% for the year. It closed at $463.78 yesterday and $462.43 on Monday, its best closes in
  a while. It remains 6.64% below its January 12 peak of $493.91.

For the chart-minded: price is 4.85% above the 50-day average ($439.80) and just 0.22% above the
  200-day ($460.09), but the 50-day is still under the 200-day. RSI 66.6 is high but not overbought.
  Next levels: $463.64 above, $460.09 below.

Floss daily. See you at your next visit.
""")
plants(B, """
dn-close ;; value ;; V ;; It closed today at $461.11 ;; It closed today at $461.01 ;; $461.01 ;; DIA closed
  at $461.11
dn-chg ;; value ;; V ;; down
  $2.67 ;; down
  $2.76 ;; $2.76 ;; the change was -$2.67
dn-pct ;; value ;; V ;; or 0.58%. The Dow ;; or 0.85%. The Dow ;; 0.85% ;; DIA fell 0.58%
dn-dji ;; value ;; V ;; 0.57% to 46,185.73 ;; 0.57% to 46,158.73 ;; 46,158.73 ;; the Dow closed at 46,185.73
dn-djisc ;; scale ;; SC ;; lost 0.57% to 46,185.73 ;; lost 0.57% to $461.86 ;; $461.86 ;; the Dow is an
  index, not on
  DIA's dollar scale
dn-spy ;; direction ;; D ;; SPY rose 0.58% ;; SPY fell 0.58% ;; SPY fell ;; SPY rose 0.58%
dn-qqq ;; subject ;; V ;; and QQQ 0.57% ;; and QQQ 0.35% ;; 0.35% ;; QQQ rose 0.57%; 0.35% is IWM's ;; real
dn-lag ;; derived ;; DER ;; lagged SPY by 1.16 points ;; lagged SPY by 0.16 points ;; 0.16 ;; 0.58 minus
  -0.58 is 1.16
dn-two ;; history ;; V ;; That's two days running ;; That's four days running ;; four days ;; DIA trailed SPY
  two
  sessions running
dn-week ;; value ;; V ;; up 2.78% over the past week ;; up 2.87% over the past week ;; 2.87% ;; the week is
  +2.78%
dn-month ;; timeframe ;; V ;; 6.62% over the past month ;; 2.93% over the past month ;; 2.93% over the past
  month ;; the
  month is +6.62%; 2.93% is year to date ;; real
dn-ytd ;; direction ;; D ;; still down 2.93% for the year ;; now up 2.93% for the year ;; up 2.93% ;; year to
  date is -2.93%
dn-tue ;; history ;; V ;; closed at $463.78 yesterday ;; closed at $464.78 yesterday ;; $464.78 ;; DIA closed
  at $463.78
  on Jun 2
dn-mon ;; history ;; V ;; $462.43 on Monday ;; $462.34 on Monday ;; $462.34 ;; DIA closed at $462.43 on Jun 1
dn-peakp ;; value ;; V ;; It remains 6.64% below ;; It remains 4.66% below ;; 4.66% ;; DIA is 6.64% below the
  52-week high
dn-peakd ;; date ;; DU ;; its January 12 peak ;; its January 21 peak ;; January 21 ;; the peak was on Jan 12,
  2026
dn-peak ;; value ;; V ;; peak of $493.91 ;; peak of $498.31 ;; $498.31 ;; the 52-week high is $493.91
dn-50pct ;; value ;; V ;; price is 4.85% above ;; price is 5.84% above ;; 5.84% ;; DIA is 4.85% above the
  50-day
dn-50 ;; value ;; V ;; average ($439.80) ;; average ($438.90) ;; $438.90 ;; the 50-day is $439.80
dn-200 ;; value ;; V ;; 200-day ($460.09), but ;; 200-day ($469.09), but ;; $469.09 ;; the 200-day is $460.09
dn-200pct ;; value ;; V ;; just 0.22% above ;; just 0.92% above ;; 0.92% ;; DIA is 0.22% above the 200-day
dn-cross ;; pattern ;; P ;; the 50-day is still under the 200-day ;; the 50-day is still over the 200-day ;;
  still over
  ;; $439.80 is below $460.09
dn-rsi ;; indicator ;; IND ;; RSI 66.6 is high but not overbought ;; RSI 66.6 is oversold ;; oversold ;; RSI
  66.6 is not
  oversold
dn-r ;; level ;; LW ;; $463.64 above ;; $453.64 above ;; $453.64 ;; $453.64 is below the close, not above
dn-s ;; level ;; LW ;; $460.09 below ;; $466.09 below ;; $466.09 ;; $466.09 is above the close, not below
dn-neg ;; negation ;; P ;; just 0.22% above the
  200-day ;; no longer above the
  200-day ;; no longer above ;; $461.11 is above the $460.09 200-day
dn-wd ;; date ;; WM ;; Wednesday, June 3, 2026 ;; Thursday, June 3, 2026 ;; Thursday ;; Jun 3, 2026 was a
  Wednesday
""")

B = "bakery-SPY-2026-11-20"
clean(B, "SPY-2026-11-20", "bakery-order-sheet", "txt",
      "a bakery's end-of-day order sheet and whiteboard notes: dozens, oven temperatures, prices of loaves "
      "and the owner's scribbled line on the index fund the shop's savings sit in",
      """CRUMB & CO. BAKERY  -  PREP SHEET FOR SAT 11/21  (written Fri 11/20, 6:40 PM)

Oven 1 at 450F for 12 baguettes x 4 batches. Oven 2 at 375F for croissants (9 dozen) and 60 cinnamon
  rolls. Pre-orders: 3 birthday cakes (2 chocolate, 1 lemon), 1 wedding tier for pickup at 10:00.
Prices from Monday: sourdough $8.50, baguette $4.25, croissant $3.75. Flour delivery 25 bags Tue.
Today we sold 412 items, best Friday since September.

WHITEBOARD (Marta, money corner):
Savings fund SPY closed $688.00 today, +$7.49 (+1.10%)! Best close this week.
    Day: low $679.36, high $689.87. Big volume, 118.3M.
    Week +1.10%, month -0.97%, year +3.28%.
    Still under the Oct 22 top ($694.71), about 1% away.
    Above the 50-day ($680.43) and the 200-day ($646.13). RSI 55.0.
    The bands: $676.53 to $693.12, so it's near the top half.
    Daily swing (ATR) about $7.06.
    Next up: $690 then $694.71. Floor: $678.45.
    Thursday was $680.51, Wednesday $681.88.
Don't touch it until the oven fund needs it in March (quote $6,800 for the new deck oven).
""")
plants(B, """
bk-close ;; value ;; V ;; SPY closed $688.00 today ;; SPY closed $689.00 today ;; $689.00 ;; SPY closed at
  $688.00
bk-chg ;; value ;; V ;; +$7.49 ;; +$4.79 ;; +$4.79 ;; the change was $7.49
bk-pct ;; subject ;; V ;; (+1.10%)! ;; (+1.90%)! ;; +1.90% ;; SPY rose 1.10%; 1.90% is QQQ's ;; real
bk-best ;; history ;; D ;; Best close this week ;; Worst close this week ;; Worst close ;; $688.00 is the
  week's best close
bk-low ;; value ;; V ;; low $679.36 ;; low $679.63 ;; $679.63 ;; the low was $679.36
bk-high ;; value ;; V ;; high $689.87 ;; high $698.87 ;; $698.87 ;; the high was $689.87
bk-vol ;; value ;; V ;; 118.3M ;; 181.3M ;; 181.3M ;; volume was 118.3M
bk-month ;; timeframe ;; V ;; month -0.97% ;; month +3.28% ;; +3.28% ;; the month is -0.97%; +3.28% is year
  to date ;; real
bk-year ;; value ;; V ;; year +3.28% ;; year +2.38% ;; +2.38% ;; year to date is +3.28%
bk-top ;; date ;; DU ;; Still under the Oct 22 top ;; Still under the Oct 28 top ;; Oct 28 ;; the record was
  on Oct 22
bk-50 ;; value ;; V ;; the 50-day ($680.43) ;; the 50-day ($683.40) ;; $683.40 ;; the 50-day is $680.43
bk-200 ;; pattern ;; P ;; Above the 50-day ($680.43) and the 200-day ;; Above the 50-day ($680.43) but below
  the 200-day ;;
  below the 200-day ;; $688.00 is above the $646.13 200-day
bk-rsi ;; value ;; V ;; RSI 55.0 ;; RSI 50.5 ;; 50.5 ;; RSI is 55.0
bk-bands ;; value ;; V ;; $676.53 to $693.12 ;; $676.53 to $696.12 ;; $696.12 ;; the upper band is $693.12
bk-half ;; direction ;; D ;; near the top half ;; near the bottom half ;; bottom half ;; $688.00 is in the
  upper half of
  the bands
bk-atr ;; value ;; V ;; about $7.06 ;; about $6.07 ;; $6.07 ;; ATR is $7.06
bk-next ;; level ;; LW ;; Next up: $690 then ;; Next up: $680 then ;; $680 ;; $680 is below the close, not
  next up
bk-floor ;; level ;; LW ;; Floor: $678.45 ;; Floor: $698.45 ;; $698.45 ;; $698.45 is above the close, not a
  floor
bk-thu ;; history ;; V ;; Thursday was $680.51 ;; Thursday was $681.88 ;; $681.88 ;; Thursday's close was
  $680.51;
  $681.88 is Wednesday's ;; real
bk-wed ;; history ;; V ;; Wednesday $681.88 ;; Wednesday $681.18 ;; $681.18 ;; SPY closed at $681.88 on
  Wednesday
bk-neg ;; negation ;; P ;; Still under the Oct 22 top ;; No longer under the Oct 22 top ;; No longer under ;;
  $688.00 is
  below the $694.71 record
""")

B = "cinema-QQQ-2026-11-17"
clean(B, "QQQ-2026-11-17", "cinema-listings", "md",
      "an independent cinema's weekly listings e-mail with showtimes, runtimes, seat counts and ticket "
      "prices, and the sponsor's 'pre-show market slide' text for the tech fund",
      """# The Paramount: this week's listings

**Tuesday, November 17, 2026.** Members' night: $9 tickets (regular $14.50). Auditorium 1 seats 212.

| Film | Runtime | Times |
|---|---|---|
| *The Long Winter* (2026) | 2h 14m | 4:10, 7:30 |
| *Harbor Lights* (restored, 1961) | 1h 52m | 6:45 |
| *Kids' matinee: Otter Bay* | 1h 28m | Sat 11:00 |

## Pre-show slide (sponsored by Westgate Wealth)

> **Markets tonight.** The tech fund QQQ closed at $615.97, down 0.90%, a drop of $5.59. It traded between
> $615.95 and $624.18. That puts it 2.19% below its November 11 record of $629.76 and 0.53% above its
> 50-day average of $612.70. Over the past week QQQ is down 1.80%.
> The S&P 500 fund SPY fell a milder 0.50% to $679.84.
> RSI 48.4. The 50-day is still rising.

Popcorn is $6 for a large. Free refills for members. Parking after 6 PM is $3 at the Elm St garage.
""")
plants(B, """
cn-close ;; value ;; V ;; closed at $615.97 ;; closed at $619.57 ;; $619.57 ;; QQQ closed at $615.97
cn-pct ;; value ;; V ;; down 0.90%, a drop ;; down 0.99%, a drop ;; 0.99% ;; QQQ fell 0.90%
cn-chg ;; value ;; V ;; a drop of $5.59 ;; a drop of $9.55 ;; $9.55 ;; the change was -$5.59
cn-range ;; value ;; V ;; and $624.18. ;; and $622.18. ;; $622.18 ;; the high was $624.18
cn-ath ;; value ;; V ;; 2.19% below its ;; 1.29% below its ;; 1.29% ;; QQQ is 2.19% below the record
cn-athd ;; date ;; DU ;; its November 11 record ;; its November 12 record ;; November 12 ;; the record close
  was on Nov 11
cn-athv ;; value ;; V ;; record of $629.76 ;; record of $627.96 ;; $627.96 ;; the record close is $629.76
cn-50pct ;; value ;; V ;; and 0.53% above ;; and 0.35% above ;; 0.35% ;; QQQ is 0.53% above the 50-day
cn-50 ;; value ;; V ;; average of $612.70 ;; average of $617.20 ;; $617.20 ;; the 50-day is $612.70
cn-week ;; timeframe ;; V ;; QQQ is down 1.80% ;; QQQ is down 0.72% ;; 0.72% ;; the week is -1.80%; 0.72% is
  the month ;;
  real
cn-spy ;; magnitude ;; MG ;; fell a milder 0.50% ;; plummeted 0.50% ;; plummeted ;; 0.50% is well under one
  ATR and 1%
cn-spyv ;; value ;; V ;; 0.50% to $679.84 ;; 0.50% to $678.94 ;; $678.94 ;; SPY closed at $679.84
cn-rsi ;; value ;; V ;; RSI 48.4 ;; RSI 44.8 ;; 44.8 ;; RSI is 48.4
cn-slope ;; trend ;; P ;; The 50-day is still rising ;; The 50-day is now falling ;; now falling ;; the
  50-day slope is
  +1.77%
cn-neg ;; negation ;; P ;; and 0.53% above its ;; and no longer above its ;; no longer above ;; $615.97 is
  above the $612.70 50-day
""")

B = "garden-DIA-2026-11-20"
clean(B, "DIA-2026-11-20", "community-garden-newsletter", "txt",
      "a community garden's end-of-season newsletter with harvest weights, plot fees, a frost date and the "
      "treasurer's note on the Dow fund holding the tool-shed fund, with a quote from the news",
      """WILLOW LANE COMMUNITY GARDEN  ~  End-of-season newsletter  ~  November 20, 2026

Harvest totals: 1,284 lb of produce from 46 plots, including 310 lb donated to the food pantry.
First hard frost came on Nov 9 (27F). Plot fees for 2027 stay at $45 ($25 for seniors).
Compost workday: Saturday, Dec 5, 9 AM. Bring gloves. Hot cider provided.

From the treasurer (Ruth): our tool-shed fund, $3,900 in the Dow fund DIA, had a nice Friday. DIA
  closed at $471.60, up 0.60%, and the Dow itself ended at 47,220.31 [1]. That was its third higher
  close in a row. The fund also rose 1.10% for the week, though it's down 0.17% over the past month
  and down 0.72% for the year. It is still 4.52% below the record of $493.91 from January 12.
  DIA sits above its 50-day average ($467.61) and its 200-day ($454.80).
  Bigger funds did better today: SPY +1.10%, QQQ +1.90%. Only IWM did worse, at +0.30%.
  One trader in the paper said buyers "keep showing up for the same handful of names" [1].
  Next stop up is $473.00; below, the 50-day.

Seed swap: January 16 at the library, room 2. Bring labeled envelopes.
""", sources=("ld-rebound20",))
plants(B, """
gd-close ;; value ;; V ;; closed at $471.60, up ;; closed at $476.10, up ;; $476.10 ;; DIA closed at $471.60
gd-pct ;; subject ;; V ;; up 0.60%, and ;; up 1.10%, and ;; 1.10% ;; DIA rose 0.60%; 1.10% is SPY's ;; real
gd-dji ;; value ;; V ;; ended at 47,220.31 ;; ended at 47,022.31 ;; 47,022.31 ;; the Dow closed at 47,220.31
gd-streak ;; words ;; V ;; its third higher
  close in a row ;; its fifth higher
  close in a row ;; fifth ;; three higher closes in a row
gd-week ;; value ;; V ;; rose 1.10% for the week ;; rose 1.01% for the week ;; 1.01% ;; the week is +1.10%
gd-month ;; direction ;; D ;; down 0.17% over the past month ;; up 0.17% over the past month ;; up 0.17% ;;
  the month is
  -0.17%
gd-year ;; value ;; V ;; down 0.72% for the year ;; down 0.92% for the year ;; 0.92% ;; year to date is -0.72%
gd-athp ;; value ;; V ;; still 4.52% below ;; still 5.42% below ;; 5.42% ;; DIA is 4.52% below the record
gd-athd ;; date ;; DU ;; from January 12 ;; from January 2 ;; January 2 ;; the record was on Jan 12, 2026
gd-50 ;; value ;; V ;; average ($467.61) ;; average ($476.61) ;; $476.61 ;; the 50-day is $467.61
gd-200 ;; pattern ;; P ;; and its 200-day ($454.80) ;; but below its 200-day ($454.80) ;; below its 200-day
  ;; $471.60 is
  above $454.80
gd-qqq ;; value ;; V ;; QQQ +1.90% ;; QQQ +1.09% ;; +1.09% ;; QQQ rose 1.90%
gd-iwm ;; direction ;; D ;; Only IWM did worse ;; Only IWM did better ;; did better ;; IWM's 0.30% was below
  DIA's 0.60%
gd-quote ;; quotation ;; NU ;; "keep showing up for the same handful of names" ;; "keep showing up for the
  same 10 names" ;;
  10 names ;; the source says the same handful of names
gd-cite ;; citation ;; CU ;; handful of names" [1] ;; handful of names" [2] ;; [2] ;; there is one source
gd-r ;; level ;; LW ;; Next stop up is $473.00 ;; Next stop up is $470.00 ;; $470.00 ;; $470 is below the
  close, not up
gd-neg ;; negation ;; P ;; DIA sits above its 50-day ;; DIA no longer sits above its 50-day ;; no longer sits
  above ;;
  $471.60 is above the $467.61 50-day
""")

README = kit.blind_readme(20)

# ---------------------------------------------------------------- scoring and the command line

evaluate, report = SET.evaluate, SET.report  # what tests/test_verify_holdout20.py runs

if __name__ == "__main__":
    raise SystemExit(SET.main(sys.argv[1:], doc=__doc__ or "", readme=README))
