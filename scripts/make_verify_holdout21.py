"""Write the twenty-first blind holdout set for the verifier to tests/data/verify_holdout21/ (deterministic).

    .venv/bin/python scripts/make_verify_holdout21.py            # (re)write the set
    .venv/bin/python scripts/make_verify_holdout21.py --check    # exit 1 if the files on disk differ
    .venv/bin/python scripts/make_verify_holdout21.py --score    # run the verifier over the set, report

Written for issue 14 by someone who had read neither `pipeline/verify/` nor the texts of the
evaluation set or of the first twenty holdouts (only the shared plumbing in
`scripts/verify_eval/holdout_kit.py`, `tests/holdout_helpers.py`, `tests/test_verify_holdout20.py`,
the top and the bottom of `scripts/make_verify_holdout20.py`, the other generators' module docstrings
(to learn which voices were taken), `pipeline/facts.py`, `pipeline/contracts/` and the README's
verifier section), and who did not run the verifier on these texts before the blind score. About two
thirds of the voices are market commentary as people really write it, in forms the earlier sets did
not use: a price-alert service's log of triggered alerts, a structured note's observation-date notice
(autocall and barrier levels as a percentage of the initial level), a strategist's year-ahead outlook
with forecasts and targets next to the data, a CTA trend-signal report, a covered-call ETF's
distribution notice, a 401(k) plan's participant newsletter, a trader's pre-market checklist, a
prediction-market commentary, a chart pack's caption set, an editor's tracked-changes markup of a
draft, a wire's correction notice (the wrong figure quoted on purpose as the wrong one), a call-in
radio show's lightning round, a frontier index note translated from Lithuanian, a contrarian's
capitulation checklist and a market-data vendor's bad-tick incident report. The rest are unusual
voices that carry non-market numbers on purpose next to the market figures: a florist's Valentine's
order sheet, a ski area's closing-week snow report, a bowling league's standings sheet, a food
truck's weekly sales recap and a marina's winter haul-out schedule.

Every figure of a clean text was typed by hand from `pipeline.facts.build_fact_sheet(...)` of the
case's snapshot, of a peer in the same file, of the snapshot's dated bars (`recent_sessions`,
`recent_closes`), of the 50/200-day slopes the snapshot carries (`trend.sma_50_slope_pct`,
`trend.sma_200_slope_pct`), or from the text of a cited source; approximations ("about 1.8 times",
"roughly 2 to 1") were checked against the same values, and a figure that is a product of the
writer's own (a structured note's barrier at 70% of its initial level, a forecaster's target) is
worked from those. Clock times, years, counts of things, ages, weights, scores, prices of things that
are not market data and page furniture are there on purpose. The snapshots and sources are frozen
copies in tests/data/verify_holdout21/context/ (copied from tests/data/verify_holdout20/context/ on
2026-12-07; each carries 64 dated bars). No extra context day was added: the kit loads one snapshot
file per key and a new key would need a new snapshot built by pipeline code this set does not touch.
Each planted case is one clean text with one exact substitution and one expected finding whose code
is the README's documented one for that fault; its note says why that code.

The blind score (once, on the branch point 328364e0, main when the set was begun; the set frozen in
5d0ba8d6): 664/816 planted errors caught (0.81), 111 error findings on the 20 clean texts (5.55 per
text), 746/816 planted spots flagged by an error finding of some code. Per kind, caught/planted: value
349/429, scale 4/6, derived 11/20, direction 36/45, indicator 18/21, pattern 8/16, level 12/19, setup
14/16, date 57/65, citation 14/17, subject 15/16, timeframe 15/17, negation 7/8, quotation 6/9, trend
15/21, history 65/68, words 15/17, magnitude 3/6. Reading the run, the author found three slips in the
texts (a death cross called a move of the 50-day "above" the 200-day, a citation hung on a sentence its
story does not print, a prior high called "the old record close" that the bars cannot show); they
were fixed in 687cd16f and the same verifier then read 664/816 (pattern 9/16, date 56/65), 107 error
findings (none of them right), 746/816 flagged. Two voices (a snow report, a bowling sheet) repeat
holdout 18's; the author saw that only after the run. scripts/verify_eval/holdout21_score.md has the
table, the findings per clean text and the misses and false alarms by mechanism.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verify_eval import holdout_kit as kit  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- the clean texts

U = kit.FIXTURE_URLS  # the ingested items cited, by a short name

SET = kit.HoldoutSet("holdout21", REPO, U)  # the kit's source formats (md, plain, foot, paren)
OUT = SET.out
CLEAN = SET.texts
clean = SET.clean

plants = SET.plant_rows  # one clean text's plants, one a line (holdout_kit.HoldoutSet.plant_rows)


# A line starting with exactly two spaces continues the line before it. `<<SOURCES>>` becomes the
# Sources block. Figures are typed, not slotted: each was read off the key's fact sheet. Each text's
# planted errors follow it.

B = "alerts-SPY-2026-11-20"
clean(B, "SPY-2026-11-20", "price-alert-log", "md",
      "a price-alert service's end-of-day e-mail listing the alerts that fired, the ones still armed with "
      "their distance from the close, and a template trade, with plan limits and clock times",
      """# PingPrice: your alerts for Friday, November 20, 2026

Account j.moreau, Plus plan (19 of 25 alert slots in use). Times are Eastern. Each alert fires once a
  day; 3 alerts expire on Nov 30.

## Fired today (6)

1. 09:30:02. SPY opened at $681.15, above Thursday's close of $680.51 (your "gap up" alert).
2. 11:18:40. The VIX was down more than 5% on the day; it closed at 15.60, down 9.30%.
3. 15:59:58. QQQ was up more than 1.5% on the day and finished up 1.90% at $626.40.
4. 16:00:00. SPY closed up 1.10% at $688.00, a gain of $7.49 (threshold: 1%).
5. 16:00:00. SPY volume above 1.5x its 20-day average: 118.3M shares against 64.9M.
6. 16:00:00. IWM lagged SPY again (IWM +0.30%, SPY +1.10%), the sixth session in a row.

## Still armed

| Alert on SPY | Level | How far from the close | Set on |
|---|---|---|---|
| Close above the record | $694.71 (Oct 22) | needs +0.98% | Oct 23 |
| Close above the round number | $690.00 | needs +0.29% | Nov 2 |
| Close below support | $678.45 | 1.39% below | Nov 3 |
| Close below the 50-day | $680.43 | SPY 1.11% above it | Sep 30 |
| Close below the 200-day | $646.13 | SPY 6.48% above it | Jun 1 |
| RSI(14) above 70 | 55.0 now | | Nov 9 |

## The day behind the alerts

SPY traded between $679.36 and $689.87 and closed at $688.00, its highest close since Monday, Nov 9,
  when it ended at $688.56. The days before had been soft: SPY finished Tuesday at $679.84, its lowest
  close of the week, and Thursday at $680.51. Friday's move made the whole week, +1.10%, though the
  fund is still down 0.97% over the month and up 3.28% for the year.

The move was about 1.1 times the fund's average daily range, so a solid day rather than a wild one.
  The MACD (0.82) stayed below its signal line (1.59), so no crossover alert fired. The 50-day average
  is still rising, up 1.76% over the past 20 sessions, while the 200-day is close to flat (+0.13%).
  SPY is no longer below its 20-day average ($684.83).

Peers: DIA rose 0.60% to $471.60, IWM 0.30% to $244.30. The Dow ended at 47,220.31 [1]. One trader
  told the paper that buyers "keep showing up for the same handful of names" [1].

## Template trade (not advice)

Long above $697.09, stop $690.03, target $710.97: roughly 2 to 1. Max pain for the Nov 27 expiry is
  $690.00; the largest call open interest sits at the $700 strike and the largest put pile at $675.

Manage alerts at pingprice.example/alerts. You received this because alert e-mails are on. Reply STOP
  to pause them for 7 days.

<<SOURCES>>
""", sources=("ld-rebound20",))
plants(B, """
al-open ;; value ;; V ;; SPY opened at $681.15 ;; SPY opened at $681.51 ;; $681.51 ;; SPY opened at $681.15
al-prev ;; history ;; V ;; Thursday's close of $680.51 ;; Thursday's close of $681.88 ;; $681.88 ;; Thursday
  closed at $680.51; $681.88 was Wednesday ;; real
al-prevwd ;; date ;; WM ;; above Thursday's close of ;; above Wednesday's close of ;; Wednesday's ;; $680.51
  was
  Thursday's close
al-vix ;; value ;; V ;; closed at 15.60, down ;; closed at 16.50, down ;; 16.50 ;; the VIX closed at 15.60
al-vixpct ;; value ;; V ;; down 9.30%. ;; down 3.90%. ;; 3.90% ;; the VIX fell 9.30%
al-qqq ;; value ;; V ;; finished up 1.90% at ;; finished up 1.09% at ;; 1.09% ;; QQQ rose 1.90%
al-qqqc ;; value ;; V ;; at $626.40. ;; at $624.60. ;; $624.60 ;; QQQ closed at $626.40
al-close ;; value ;; V ;; SPY closed up 1.10% at $688.00 ;; SPY closed up 1.10% at $686.80 ;; $686.80 ;; SPY
  closed at $688.00
al-chg ;; value ;; V ;; a gain of $7.49 ;; a gain of $7.94 ;; $7.94 ;; the day's change is $7.49
al-dir ;; direction ;; D ;; SPY closed up 1.10% at ;; SPY closed down 1.10% at ;; down 1.10% ;; SPY rose 1.10%
al-vol ;; value ;; V ;; 118.3M shares ;; 113.8M shares ;; 113.8M ;; volume was 118.3M
al-avg ;; value ;; V ;; against 64.9M ;; against 69.4M ;; 69.4M ;; the 20-day average volume is 64.9M
al-volsc ;; scale ;; SC ;; 118.3M shares ;; 118.3K shares ;; 118.3K ;; volume is 118.3 million, not thousand
al-iwm ;; subject ;; V ;; (IWM +0.30%, ;; (IWM +0.60%, ;; +0.60% ;; IWM rose 0.30%; 0.60% is DIA's ;; real
al-streak ;; words ;; V ;; the sixth session in a row ;; the fourth session in a row ;; fourth ;; IWM has
  trailed SPY six sessions running
al-ath ;; value ;; V ;; $694.71 (Oct 22) ;; $697.41 (Oct 22) ;; $697.41 ;; the record close is $694.71
al-athd ;; date ;; DU ;; $694.71 (Oct 22) ;; $694.71 (Oct 27) ;; Oct 27 ;; the record close was on Oct 22
al-athpct ;; derived ;; DER ;; needs +0.98% ;; needs +0.89% ;; +0.89% ;; $694.71 is 0.98% above $688.00
al-690 ;; derived ;; DER ;; needs +0.29% ;; needs +0.92% ;; +0.92% ;; $690.00 is 0.29% above $688.00
al-sup ;; value ;; V ;; | $678.45 | ;; | $678.54 | ;; $678.54 ;; the support level is $678.45
al-supside ;; level ;; LW ;; | Close below support | $678.45 | ;; | Close below support | $689.45 | ;; $689.45
  ;; a support at $689.45 would sit above the $688.00 close
al-50 ;; value ;; V ;; | $680.43 | ;; | $684.03 | ;; $684.03 ;; the 50-day is $680.43
al-50pct ;; value ;; V ;; SPY 1.11% above it ;; SPY 1.51% above it ;; 1.51% ;; SPY is 1.11% above the 50-day
al-200 ;; value ;; V ;; | $646.13 | ;; | $664.13 | ;; $664.13 ;; the 200-day is $646.13
al-200pct ;; value ;; V ;; SPY 6.48% above it ;; SPY 4.68% above it ;; 4.68% ;; SPY is 6.48% above the 200-day
al-rsi ;; value ;; V ;; | 55.0 now | ;; | 50.5 now | ;; 50.5 ;; RSI is 55.0
al-low ;; value ;; V ;; between $679.36 and ;; between $678.36 and ;; $678.36 ;; the day's low was $679.36
al-high ;; value ;; V ;; and $689.87 and ;; and $688.97 and ;; $688.97 ;; the day's high was $689.87
al-since ;; history ;; V ;; when it ended at $688.56 ;; when it ended at $686.56 ;; $686.56 ;; SPY closed at
  $688.56 on Nov 9
al-sinced ;; date ;; WM ;; since Monday, Nov 9 ;; since Tuesday, Nov 9 ;; Tuesday, Nov 9 ;; Nov 9, 2026 was a
  Monday
al-tue ;; history ;; V ;; finished Tuesday at $679.84 ;; finished Tuesday at $678.84 ;; $678.84 ;; Tuesday's
  close was $679.84
al-week ;; timeframe ;; V ;; the whole week, +1.10% ;; the whole week, +3.28% ;; +3.28% ;; the week is +1.10%;
  3.28% is the year to date ;; real
al-month ;; direction ;; D ;; still down 0.97% over the month ;; still up 0.97% over the month ;; up 0.97% ;;
  the month is -0.97%
al-ytd ;; value ;; V ;; up 3.28% for the year ;; up 3.82% for the year ;; 3.82% ;; year to date is +3.28%
al-atr ;; value ;; V ;; about 1.1 times the fund's ;; about 2.7 times the fund's ;; 2.7 times ;; the move was
  1.1 ATRs
al-mag ;; magnitude ;; MG ;; so a solid day rather than a wild one ;; so the fund barely budged ;; barely
  budged
  ;; 1.10% is 1.1 ATR, far from barely budging
al-macd ;; indicator ;; IND ;; stayed below its signal line ;; stayed above its signal line ;; above its
  signal
  line ;; 0.82 is below 1.59
al-macdv ;; value ;; V ;; The MACD (0.82) ;; The MACD (0.28) ;; 0.28 ;; the MACD is 0.82
al-slope ;; trend ;; P ;; The 50-day average
  is still rising ;; The 50-day average
  is now falling ;; now falling ;; the 50-day slope is +1.76%
al-slopev ;; trend ;; V ;; up 1.76% over the past 20 sessions ;; up 2.76% over the past 20 sessions ;; 2.76%
  ;;
  the 50-day's 20-session slope is +1.76%
al-neg ;; negation ;; P ;; SPY is no longer below its 20-day average ;; SPY is still below its 20-day average
  ;; still below ;; $688.00 is above the $684.83 20-day
al-20 ;; value ;; V ;; 20-day average ($684.83) ;; 20-day average ($683.48) ;; $683.48 ;; the 20-day is
  $684.83
al-dia ;; value ;; V ;; DIA rose 0.60% to $471.60 ;; DIA rose 0.60% to $474.60 ;; $474.60 ;; DIA closed at
  $471.60
al-iwm2 ;; direction ;; D ;; IWM 0.30% to $244.30 ;; IWM fell 0.30% to $244.30 ;; fell 0.30% ;; IWM rose 0.30%
al-dji ;; value ;; V ;; The Dow ended at 47,220.31 ;; The Dow ended at 47,202.31 ;; 47,202.31 ;; the Dow
  closed
  at 47,220.31
al-quote ;; quotation ;; NU ;; "keep showing up for the same handful of names" ;; "keep showing up for the
  same
  eight names" ;; eight names ;; the source says the same handful of names
al-cite ;; citation ;; CU ;; handful of names" [1] ;; handful of names" [3] ;; [3] ;; there is one source
al-entry ;; setup ;; SG ;; stop $690.03, target ;; stop $699.03, target ;; $699.03 ;; a long's stop must be
  under its $697.09 entry
al-rr ;; setup ;; SRR ;; roughly 2 to 1 ;; roughly 4 to 1 ;; 4 to 1 ;; (710.97 - 697.09) / (697.09 - 690.03)
  is
  2.0
al-tgt ;; value ;; V ;; target $710.97 ;; target $717.09 ;; $717.09 ;; the setup's target is $710.97
al-pain ;; value ;; V ;; Nov 27 expiry is
  $690.00 ;; Nov 27 expiry is
  $685.00 ;; $685.00 ;; max pain is $690.00
al-exp ;; date ;; DU ;; for the Nov 27 expiry ;; for the Nov 24 expiry ;; Nov 24 ;; the expiry is Nov 27
al-put ;; value ;; V ;; largest put pile at $675 ;; largest put pile at $665 ;; $665 ;; the put wall is $675
""")

B = "autocall-DIA-2026-11-20"
clean(B, "DIA-2026-11-20", "structured-note-observation-notice", "txt",
      "an issuer's observation-date notice for an autocallable note on DIA, with the initial level, the "
      "autocall trigger and the barrier as percentages of it, the coupon, and a market paragraph",
      """NOTICE TO NOTEHOLDERS
Autocallable Contingent Coupon Notes linked to the SPDR Dow Jones Industrial Average ETF (DIA)
Series 2026-114 | CUSIP 00000XAB7 | Denomination $1,000 | Issue size $18,400,000

Observation date 1 of 8: Friday, November 20, 2026

Initial Level (closing level on the strike date, Monday, August 24, 2026): $462.45
Autocall Trigger (100% of the Initial Level): $462.45
Coupon Barrier and Knock-in Barrier (70% of the Initial Level): $323.72
Contingent coupon: 2.15% per quarter ($21.50 per note)

Closing level of DIA on the observation date: $471.60, which is 101.98% of the Initial Level.

Determination. The closing level is at or above the Autocall Trigger. The notes are therefore
  automatically called. Holders will receive $1,000 plus the contingent coupon of $21.50 per $1,000
  note, $1,021.50 in total, on the early redemption date, Wednesday, November 25, 2026 (three business
  days after the observation date). No further coupons will be paid and observation dates 2 to 8 are
  cancelled.

Market background (for information only). DIA rose 0.60% on the observation date, gaining $2.81
  from the prior close of $468.79, on volume of 5.5M shares against a 20-day average of 3.4M. It was
  the fund's third straight higher close. The Dow Jones Industrial Average finished at 47,220.31, up
  0.58%. Over the week DIA gained 1.10%; over the month it slipped 0.17%, and for 2026 it is down
  0.72%. The fund closed above both its 50-day average ($467.61) and its 200-day average ($454.80),
  and 4.52% below its record close of $493.91 from Monday, January 12, 2026. Its 14-day RSI stood at
  55.5. On the way to the observation date the fund had dipped to its close of
  Friday, November 13 ($466.45), before four gains in the following five sessions.

Reference closes since the strike date, for holders who track the note themselves:
- Aug 24, 2026: $462.45 (strike)
- Sep 16, 2026: $452.03 (lowest close of the period, 97.75% of the Initial Level)
- Oct 22, 2026: $472.38
- Nov 19, 2026: $468.79
- Nov 20, 2026: $471.60 (observation)

The lowest close since the strike date, $452.03, stayed far above the $323.72 barrier, so the
  knock-in event did not occur.

Questions: structured.products@issuer.example or +1 212 555 0147, 8 AM to 6 PM ET. This notice is
  not an offer to buy or sell any security. Past performance of the underlying is no guide to future
  results.
""")
plants(B, """
ac-init ;; history ;; V ;; (closing level on the strike date, Monday, August 24, 2026): $462.45 ;; (closing
  level on the strike date, Monday, August 24, 2026): $465.40 ;; $465.40 ;; DIA closed at $462.45 on Aug 24;
  $465.40 was Aug 25 ;; real
ac-initwd ;; date ;; WM ;; the strike date, Monday, August 24 ;; the strike date, Tuesday, August 24 ;;
  Tuesday, August 24 ;; Aug 24, 2026 was a Monday
ac-pct ;; derived ;; DER ;; which is 101.98% of the Initial Level ;; which is 102.89% of the Initial Level ;;
  102.89% ;; $471.60 / $462.45 is 101.98%
ac-close ;; value ;; V ;; Closing level of DIA on the observation date: $471.60 ;; Closing level of DIA on the
  observation date: $474.10 ;; $474.10 ;; DIA closed at $471.60
ac-pct1d ;; value ;; V ;; DIA rose 0.60% on ;; DIA rose 0.66% on ;; 0.66% ;; DIA rose 0.60%
ac-dir ;; direction ;; D ;; DIA rose 0.60% on ;; DIA fell 0.60% on ;; fell 0.60% ;; DIA rose 0.60%
ac-chg ;; value ;; V ;; gaining $2.81 ;; gaining $2.18 ;; $2.18 ;; the day's change is $2.81
ac-prev ;; value ;; V ;; prior close of $468.79 ;; prior close of $467.89 ;; $467.89 ;; the prior close is
  $468.79
ac-vol ;; value ;; V ;; volume of 5.5M shares ;; volume of 4.5M shares ;; 4.5M ;; volume was 5.5M
ac-avg ;; value ;; V ;; a 20-day average of 3.4M ;; a 20-day average of 3.9M ;; 3.9M ;; the 20-day average is
  3.4M
ac-streak ;; words ;; V ;; the fund's third straight higher close ;; the fund's fifth straight higher close ;;
  fifth ;; the close streak is three sessions
ac-dji ;; value ;; V ;; finished at 47,220.31 ;; finished at 47,320.31 ;; 47,320.31 ;; the Dow closed at
  47,220.31
ac-djipct ;; value ;; V ;; up
  0.58%. ;; up
  0.78%. ;; 0.78% ;; the Dow rose 0.58%
ac-week ;; value ;; V ;; DIA gained 1.10% ;; DIA gained 1.01% ;; 1.01% ;; the week is +1.10%
ac-month ;; direction ;; D ;; over the month it slipped 0.17% ;; over the month it added 0.17% ;; added 0.17%
  ;;
  the month is -0.17%
ac-ytd ;; timeframe ;; V ;; for 2026 it is down
  0.72% ;; for 2026 it is down
  0.17% ;; 0.17% ;; year to date is -0.72%; -0.17% is the month ;; real
ac-50 ;; value ;; V ;; 50-day average ($467.61) ;; 50-day average ($476.16) ;; $476.16 ;; the 50-day is
  $467.61
ac-200 ;; value ;; V ;; 200-day average ($454.80) ;; 200-day average ($458.40) ;; $458.40 ;; the 200-day is
  $454.80
ac-pos ;; pattern ;; P ;; closed above both its 50-day ;; closed below both its 50-day ;; closed below both ;;
  $471.60 is above $467.61 and $454.80
ac-athp ;; value ;; V ;; and 4.52% below its record ;; and 4.25% below its record ;; 4.25% ;; DIA is 4.52%
  below
  the record
ac-ath ;; value ;; V ;; record close of $493.91 ;; record close of $491.39 ;; $491.39 ;; the record close is
  $493.91
ac-athd ;; date ;; DU ;; from Monday, January 12, 2026 ;; from Monday, January 5, 2026 ;; January 5, 2026 ;;
  the
  record close was on Jan 12, 2026
ac-athwd ;; date ;; WM ;; from Monday, January 12 ;; from Friday, January 12 ;; Friday, January 12 ;; Jan 12,
  2026 was a Monday
ac-rsi ;; value ;; V ;; stood at
  55.5 ;; stood at
  58.5 ;; 58.5 ;; RSI is 55.5
ac-rsiw ;; indicator ;; IND ;; Its 14-day RSI stood at
  55.5. ;; Its 14-day RSI stood at
  55.5, deep in overbought territory. ;; overbought ;; RSI 55.5 is not overbought
ac-nov13 ;; history ;; V ;; Friday, November 13 ($466.45) ;; Friday, November 13 ($465.45) ;; $465.45 ;; DIA
  closed at $466.45 on Nov 13
ac-nov13wd ;; date ;; WM ;; Friday, November 13 ($466.45) ;; Thursday, November 13 ($466.45) ;; Thursday,
  November 13 ;; Nov 13, 2026 was a Friday
ac-sep16 ;; history ;; V ;; Sep 16, 2026: $452.03 ;; Sep 16, 2026: $455.09 ;; $455.09 ;; DIA closed at $452.03
  on
  Sep 16; $455.09 was Sep 17 ;; real
ac-sep16p ;; derived ;; DER ;; 97.75% of the Initial Level ;; 96.75% of the Initial Level ;; 96.75% ;; $452.03
  /
  $462.45 is 97.75%
ac-oct22 ;; history ;; V ;; Oct 22, 2026: $472.38 ;; Oct 22, 2026: $473.28 ;; $473.28 ;; DIA closed at $472.38
  on Oct 22
ac-nov19 ;; history ;; V ;; Nov 19, 2026: $468.79 ;; Nov 19, 2026: $468.32 ;; $468.32 ;; DIA closed at $468.79
  on Nov 19; $468.32 was Nov 18 ;; real
ac-oct22d ;; history ;; V ;; Oct 22, 2026: $472.38 ;; Oct 21, 2026: $472.38 ;; $472.38 ;; DIA closed at
  $470.74 on Oct 21; $472.38 was the Oct 22 close
""")

B = "outlook-GSPC-2026-11-20"
clean(B, "idx_GSPC-2026-11-20", "year-ahead-outlook", "md",
      "a bank strategist's 2027 year-ahead outlook with base, bull and bear targets, an earnings "
      "forecast and a 'where we start from' section of the week's data, with a quote from the wire",
      """# 2027 Outlook: Narrow Roads, Higher Ground

*Equity Strategy | Published Saturday, November 21, 2026 | 34 pages | Read time 22 minutes*

## Our call in one paragraph

We set our end-2027 target for the S&P 500 at 7,400, with a bull case of 7,900 and a bear case of
  6,200. We expect earnings per share of $298 in 2027 (up 9% from our $273 estimate for 2026) and a
  forward multiple a little under 23 times. Probabilities: base 55%, bull 25%, bear 20%. These are
  forecasts, not data.

## Where we start from

The index closed the week at 6,901.69 after a 1.11% jump on Friday, which made the whole weekly gain
  of 1.10%. It is still 0.95% below the record close of 6,968.14 set on October 22, and it has
  recovered 16.21% from the year's low close of 5,938.73 on April 28. Year to date the S&P 500 is up
  3.33%; over the past month it is down 0.95%.

Friday was a Nasdaq day: the Nasdaq 100 rose 1.89% to 25,753.96, the Dow 0.58% to 47,220.31 and the
  Russell 2000 just 0.30% to 2,456.17. The 10-year Treasury yield fell to 4.06% and oil ended at
  $67.80 a barrel [1]. Thursday's close had been 6,826.06 [2], and Monday's 6,855.03.

The trend we inherit is healthy but not stretched. The index sits 1.13% above its 50-day average
  (6,824.87) and 6.50% above its 200-day (6,480.69). The 50-day crossed above the 200-day on
  September 21, 44 sessions ago, and both averages are still rising. The 14-day RSI is 54.9. The VIX
  closed at 15.60.

## The roads ahead

1. Base case (7,400): earnings do the work. A quarter-point cut at the Fed meeting on Dec 9, the CPI
  print a day later, and steady growth. The first hurdle is 7,000, 1.42% above Friday's close.
2. Bull case (7,900): breadth finally widens. Small caps, flat at +0.42% for the year in IWM, catch up.
3. Bear case (6,200): the narrow leadership cracks. One analyst's line from Thursday sums up what we
  watch: "The trend is intact as long as the S&P 500 holds its 50-day line" [2].

## For tactical readers

Our desk's pending long: above 6,992.05, stop 6,921.16, target 7,130.94, about 2 to 1. Support
  first at 6,805.34, the bottom of the 29-session range, then at 6,724.30.

Disclosures are on pages 31 to 34. Forecasts are not a reliable indicator of future results.

<<SOURCES>>
""", sources=("ld-rebound20", "hs-edge19"), source_format="plain")
plants(B, """
ol-close ;; value ;; V ;; closed the week at 6,901.69 ;; closed the week at 6,910.69 ;; 6,910.69 ;; the S&P
  500
  closed at 6,901.69
ol-1d ;; value ;; V ;; after a 1.11% jump ;; after a 1.41% jump ;; 1.41% ;; the index rose 1.11%
ol-mag ;; magnitude ;; MG ;; after a 1.11% jump on Friday ;; after it edged up 1.11% on Friday ;; edged up ;;
  a
  1.11% move of 1.1 ATR is no edge
ol-week ;; value ;; V ;; weekly gain
  of 1.10% ;; weekly gain
  of 1.70% ;; 1.70% ;; the week is +1.10%
ol-athp ;; value ;; V ;; still 0.95% below the record ;; still 0.59% below the record ;; 0.59% ;; the index is
  0.95% below the record
ol-ath ;; value ;; V ;; record close of 6,968.14 ;; record close of 6,986.14 ;; 6,986.14 ;; the record close
  is
  6,968.14
ol-athd ;; date ;; DU ;; set on October 22 ;; set on October 29 ;; October 29 ;; the record close was on Oct
  22
ol-lowp ;; value ;; V ;; recovered 16.21% from ;; recovered 12.61% from ;; 12.61% ;; the index is 16.21% above
  the 52-week low
ol-low ;; value ;; V ;; low close of 5,938.73 ;; low close of 5,983.73 ;; 5,983.73 ;; the 52-week low close is
  5,938.73
ol-lowd ;; date ;; DU ;; 5,938.73 on April 28 ;; 5,938.73 on April 8 ;; April 8 ;; the low close was on Apr 28
ol-ytd ;; value ;; V ;; up
  3.33%; ;; up
  3.03%; ;; 3.03% ;; year to date is +3.33%
ol-month ;; direction ;; D ;; over the past month it is down 0.95% ;; over the past month it is up 0.95% ;; up
  0.95% ;; the month is -0.95%
ol-ndx ;; value ;; V ;; rose 1.89% to 25,753.96 ;; rose 1.89% to 25,573.96 ;; 25,573.96 ;; the Nasdaq 100
  closed
  at 25,753.96
ol-ndxp ;; value ;; V ;; Nasdaq 100 rose 1.89% ;; Nasdaq 100 rose 1.79% ;; 1.79% ;; the Nasdaq 100 rose 1.89%
ol-dji ;; subject ;; V ;; the Dow 0.58% to ;; the Dow 0.30% to ;; 0.30% ;; the Dow rose 0.58%; 0.30% is the
  Russell's ;; real
ol-djic ;; value ;; V ;; to 47,220.31 ;; to 47,220.13 ;; 47,220.13 ;; the Dow closed at 47,220.31
ol-rut ;; value ;; V ;; 0.30% to 2,456.17 ;; 0.30% to 2,465.17 ;; 2,465.17 ;; the Russell 2000 closed at
  2,456.17
ol-yield ;; citation ;; NU ;; The 10-year Treasury yield fell to 4.06% ;; The 10-year Treasury yield fell to
  3.86% ;; 3.86% ;; the cited source says 4.06% and no fact holds 3.86%
ol-oil ;; value ;; V ;; oil ended at
  $67.80 a barrel ;; oil ended at
  $68.70 a barrel ;; $68.70 ;; WTI closed at $67.80
ol-thu ;; history ;; V ;; Thursday's close had been 6,826.06 ;; Thursday's close had been 6,862.06 ;; 6,862.06
  ;; the S&P 500 closed at 6,826.06 on Thursday
ol-mon ;; history ;; V ;; and Monday's 6,855.03 ;; and Monday's 6,841.38 ;; 6,841.38 ;; Monday closed at
  6,855.03; 6,841.38 was Wednesday ;; real
ol-50p ;; value ;; V ;; sits 1.13% above its 50-day ;; sits 1.31% above its 50-day ;; 1.31% ;; the index is
  1.13% above the 50-day
ol-50 ;; value ;; V ;; (6,824.87) ;; (6,842.87) ;; 6,842.87 ;; the 50-day is 6,824.87
ol-200p ;; value ;; V ;; 6.50% above its 200-day ;; 5.60% above its 200-day ;; 5.60% ;; the index is 6.50%
  above
  the 200-day
ol-200 ;; value ;; V ;; (6,480.69) ;; (6,408.69) ;; 6,408.69 ;; the 200-day is 6,480.69
ol-cross ;; pattern ;; P ;; The 50-day crossed above the 200-day ;; The 50-day crossed below the 200-day ;;
  crossed below ;; the Sep 21 cross was a golden cross (the 50-day is above)
ol-crossd ;; date ;; DU ;; September 21, 44 sessions ago ;; September 14, 44 sessions ago ;; September 14 ;;
  the
  cross was on Sep 21
ol-crossn ;; history ;; V ;; 44 sessions ago ;; 54 sessions ago ;; 54 sessions ;; the cross was 44 sessions
  ago
ol-slope ;; trend ;; P ;; both averages are still rising ;; both averages are now falling ;; now falling ;;
  the
  50-day slope is +1.77% and the 200-day's +0.13%
ol-rsi ;; value ;; V ;; The 14-day RSI is 54.9 ;; The 14-day RSI is 59.4 ;; 59.4 ;; RSI is 54.9
ol-vix ;; value ;; V ;; The VIX
  closed at 15.60 ;; The VIX
  closed at 16.05 ;; 16.05 ;; the VIX closed at 15.60
ol-fed ;; date ;; DU ;; Fed meeting on Dec 9 ;; Fed meeting on Dec 16 ;; Dec 16 ;; the Fed decision is on Dec
  9
ol-7000 ;; derived ;; DER ;; 7,000, 1.42% above ;; 7,000, 2.14% above ;; 2.14% ;; 7,000 is 1.42% above
  6,901.69
ol-iwm ;; value ;; V ;; flat at +0.42% for the year ;; flat at +0.44% for the year ;; +0.44% ;; IWM's year to
  date
  is +0.42%
ol-quote ;; quotation ;; NU ;; "The trend is intact as long as the S&P 500 holds its 50-day line" ;; "The
  trend
  is intact as long as the S&P 500 holds its 200-day line" ;; 200-day ;; the source says its 50-day line
ol-cite ;; citation ;; CU ;; its 50-day line" [2] ;; its 50-day line" [4] ;; [4] ;; there are two sources
ol-entry ;; setup ;; SG ;; stop 6,921.16, target ;; stop 7,021.16, target ;; 7,021.16 ;; a long's stop must be
  under its 6,992.05 entry
ol-rr ;; setup ;; SRR ;; about 2 to 1 ;; about 3 to 1 ;; 3 to 1 ;; (7,130.94 - 6,992.05) / (6,992.05 -
  6,921.16)
  is 2.0
ol-sup ;; level ;; LW ;; Support
  first at 6,805.34 ;; Support
  first at 6,949.67 ;; 6,949.67 ;; 6,949.67 is above the 6,901.69 close, not support ;; real
ol-sup2 ;; value ;; V ;; then at 6,724.30 ;; then at 6,742.30 ;; 6,742.30 ;; the support level is 6,724.30
ol-range ;; history ;; V ;; the bottom of the 29-session range ;; the bottom of the 19-session range ;;
  19-session ;; the range has lasted 29 sessions
ol-scale ;; scale ;; SC ;; closed the week at 6,901.69 ;; closed the week at $6,901.69 ;; $6,901.69 ;; the S&P
  500 is an index in points, not dollars
""")

B = "cta-QQQ-2026-11-20"
clean(B, "QQQ-2026-11-20", "cta-trend-signal-report", "txt",
      "a systematic desk's CTA trend-signal report for QQQ: signals by lookback with flip levels, "
      "modelled position sizes, the volatility input and a short commentary",
      """TREND MONITOR  |  QQQ  |  signals as of the close, Fri 20-Nov-2026  |  run 16:42 ET, model v3.8

SIGNALS BY LOOKBACK (+1 = max long, -1 = max short; sizes are model estimates, not positions)

Lookback     Signal   Size    Flip level    Close vs flip
Short (20d)  LONG     +0.45   $619.45       +1.12%
Medium (50d) LONG     +0.80   $614.02       +2.02%
Long (200d)  LONG     +1.00   $580.22       +7.96%

Blended signal: +0.75 (was +0.40 on Thursday). Model gross exposure estimate: $38bn across 61
  funds we track; not a measure of actual holdings.

INPUTS
- Close $626.40, up $11.68 or 1.90% on the day, from $614.72 on Thursday.
- Range $614.90 to $631.45; opened at $618.09, a 0.55% gap up.
- Volume 86.8M, 2.0x the 20-day average of 44.3M.
- ATR(14) $8.05 (1.29% of price). Friday's move: about 1.6 ATRs.
- Returns: 5 sessions +1.28%, 1 month +0.27%, year to date +4.91%.
- 50-day slope +1.49% over 20 sessions (rising); 200-day slope +0.23% (rising slowly).
- RSI(14) 56.4. MACD 1.96, signal 2.46: MACD still under its signal.

COMMENTARY
The short-term signal flipped back to long on Friday. It had gone flat on Tuesday, Nov 17, when QQQ
  closed at $615.97, under the 20-day line, and it stayed flat through Thursday. Friday's jump took the
  fund back above the 20-day and within 0.53% of the record close of $629.76 from Wednesday, Nov 11.
  The 29-session range runs from $610.21 to $629.76, only 3.20% wide; a close above the top would
  add the breakout overlay (+0.15). The medium-term signal has not been short since the 50-day crossed
  above the 200-day on July 27, 83 sessions ago.

Cross-asset: the Nasdaq 100 rose 1.89% to 25,753.96. SPY gained 1.10% and IWM only 0.30%, so QQQ
  beat the small-cap fund by 1.60 percentage points. The VIX fell 9.30% to 15.60, which lowers the
  vol input and raises target sizes across the book.

Where the signals flip (closing basis): short-term below $619.45, medium-term below $614.02,
  long-term below $580.22. The nearest support is $623.73, then $620. Resistance: $629.76, then
  $632.37, the intraday record.

Desk trade idea (discretionary, not the model): buy a close above $630.00, stop $621.95, target
  $649.31, a reward/risk of 2.4.

Distribution: internal and professional clients only. 3 pages. Questions: trendmonitor@desk.example
""")
plants(B, """
ct-20 ;; value ;; V ;; LONG     +0.45   $619.45 ;; LONG     +0.45   $619.54 ;; $619.54 ;; the 20-day is
  $619.45
ct-20p ;; derived ;; DER ;; $619.45       +1.12% ;; $619.45       +1.42% ;; +1.42% ;; $626.40 is 1.12% above
  $619.45
ct-50 ;; value ;; V ;; +0.80   $614.02 ;; +0.80   $614.20 ;; $614.20 ;; the 50-day is $614.02
ct-50p ;; value ;; V ;; $614.02       +2.02% ;; $614.02       +2.32% ;; +2.32% ;; QQQ is 2.02% above the
  50-day
ct-200 ;; value ;; V ;; +1.00   $580.22 ;; +1.00   $582.02 ;; $582.02 ;; the 200-day is $580.22
ct-200p ;; value ;; V ;; $580.22       +7.96% ;; $580.22       +6.97% ;; +6.97% ;; QQQ is 7.96% above the
  200-day
ct-close ;; value ;; V ;; Close $626.40, up ;; Close $624.60, up ;; $624.60 ;; QQQ closed at $626.40
ct-chg ;; value ;; V ;; up $11.68 or ;; up $11.86 or ;; $11.86 ;; the day's change is $11.68
ct-pct ;; value ;; V ;; or 1.90% on the day ;; or 1.09% on the day ;; 1.09% ;; QQQ rose 1.90%
ct-prev ;; history ;; V ;; from $614.72 on Thursday ;; from $618.43 on Thursday ;; $618.43 ;; Thursday's close
  was $614.72; $618.43 was Wednesday ;; real
ct-prevwd ;; date ;; WM ;; from $614.72 on Thursday ;; from $614.72 on Wednesday ;; Wednesday ;; $614.72 was
  Thursday's close
ct-low ;; value ;; V ;; Range $614.90 to ;; Range $614.09 to ;; $614.09 ;; the low was $614.90
ct-high ;; value ;; V ;; to $631.45; ;; to $631.54; ;; $631.54 ;; the high was $631.45
ct-open ;; value ;; V ;; opened at $618.09 ;; opened at $618.90 ;; $618.90 ;; QQQ opened at $618.09
ct-gap ;; value ;; V ;; a 0.55% gap up ;; a 0.65% gap up ;; 0.65% ;; the gap was 0.55%
ct-gapd ;; direction ;; D ;; a 0.55% gap up ;; a 0.55% gap down ;; gap down ;; the open $618.09 is above the
  $614.72 close
ct-vol ;; value ;; V ;; Volume 86.8M, ;; Volume 68.8M, ;; 68.8M ;; volume was 86.8M
ct-volr ;; value ;; V ;; 2.0x the 20-day ;; 3.0x the 20-day ;; 3.0x ;; volume was 2.0 times the average
ct-avg ;; value ;; V ;; average of 44.3M ;; average of 43.4M ;; 43.4M ;; the 20-day average is 44.3M
ct-atr ;; value ;; V ;; ATR(14) $8.05 ;; ATR(14) $8.50 ;; $8.50 ;; the ATR is $8.05
ct-atrp ;; value ;; V ;; (1.29% of price) ;; (1.92% of price) ;; 1.92% ;; the ATR is 1.29% of price
ct-move ;; value ;; V ;; about 1.6 ATRs ;; about 2.6 ATRs ;; 2.6 ATRs ;; the move was 1.6 ATRs
ct-5d ;; value ;; V ;; 5 sessions +1.28% ;; 5 sessions +1.82% ;; +1.82% ;; the five-session return is +1.28%
ct-1m ;; timeframe ;; V ;; 1 month +0.27% ;; 1 month +1.28% ;; +1.28% ;; the month is +0.27%; 1.28% is five
  sessions ;; real
ct-ytd ;; value ;; V ;; year to date +4.91% ;; year to date +4.19% ;; +4.19% ;; year to date is +4.91%
ct-slope ;; trend ;; V ;; 50-day slope +1.49% ;; 50-day slope +4.19% ;; +4.19% ;; the 50-day slope is +1.49%
ct-slope2 ;; trend ;; P ;; 200-day slope +0.23% (rising slowly) ;; 200-day slope +0.23% (falling) ;; falling
  ;; the 200-day slope is +0.23%
ct-rsi ;; value ;; V ;; RSI(14) 56.4 ;; RSI(14) 65.4 ;; 65.4 ;; RSI is 56.4
ct-macd ;; indicator ;; IND ;; MACD still under its signal ;; MACD now above its signal ;; above its signal ;;
  1.96 is under 2.46
ct-macdv ;; value ;; V ;; MACD 1.96, signal 2.46 ;; MACD 1.96, signal 2.64 ;; 2.64 ;; the MACD signal is 2.46
ct-tue ;; history ;; V ;; closed at $615.97, under ;; closed at $615.79, under ;; $615.79 ;; QQQ closed at
  $615.97
  on Nov 17
ct-tuewd ;; date ;; WM ;; on Tuesday, Nov 17 ;; on Monday, Nov 17 ;; Monday, Nov 17 ;; Nov 17, 2026 was a
  Tuesday
ct-athp ;; value ;; V ;; within 0.53% of the record ;; within 0.35% of the record ;; 0.35% ;; QQQ is 0.53%
  below the record
ct-ath ;; value ;; V ;; record close of $629.76 from ;; record close of $627.96 from ;; $627.96 ;; the record
  close is $629.76
ct-athd ;; date ;; DU ;; from Wednesday, Nov 11 ;; from Wednesday, Nov 4 ;; Nov 4 ;; the record close was on
  Nov 11
ct-rlow ;; value ;; V ;; runs from $610.21 to ;; runs from $612.01 to ;; $612.01 ;; the range's low is $610.21
ct-rw ;; value ;; V ;; only 3.20% wide ;; only 3.60% wide ;; 3.60% ;; the range is 3.20% wide
ct-rn ;; history ;; V ;; The 29-session range ;; The 39-session range ;; 39-session ;; the range has lasted 29
  sessions
ct-cross ;; date ;; DU ;; above the 200-day on July 27 ;; above the 200-day on July 17 ;; July 17 ;; the cross
  was on Jul 27
ct-crossn ;; history ;; V ;; 83 sessions ago ;; 38 sessions ago ;; 38 sessions ;; the cross was 83 sessions
  ago
ct-ndx ;; value ;; V ;; rose 1.89% to 25,753.96 ;; rose 1.89% to 25,357.96 ;; 25,357.96 ;; the Nasdaq 100
  closed
  at 25,753.96
ct-spy ;; subject ;; V ;; SPY gained 1.10% ;; SPY gained 0.60% ;; 0.60% ;; SPY rose 1.10%; 0.60% is DIA's ;;
  real
ct-div ;; derived ;; DER ;; by 1.60 percentage points ;; by 1.70 percentage points ;; 1.70 ;; 1.90% - 0.30% is
  1.60 points
ct-vix ;; direction ;; D ;; The VIX fell 9.30% ;; The VIX rose 9.30% ;; rose 9.30% ;; the VIX fell 9.30%
ct-sup ;; level ;; LW ;; The nearest support is $623.73 ;; The nearest support is $627.27 ;; $627.27 ;;
  $627.27
  is above the $626.40 close ;; real
ct-sup2 ;; value ;; V ;; then $620. ;; then $602. ;; $602 ;; the next support is the round $620
ct-res ;; level ;; LW ;; Resistance: $629.76, then ;; Resistance: $610.21, then ;; $610.21 ;; $610.21 is below
  the close ;; real
ct-rec ;; value ;; V ;; $632.37, the intraday record ;; $632.73, the intraday record ;; $632.73 ;; the
  intraday
  record is $632.37
ct-stop ;; setup ;; SG ;; stop $621.95, target ;; stop $631.95, target ;; $631.95 ;; a long's stop must be
  under
  its $630.00 entry
ct-rr ;; setup ;; SRR ;; a reward/risk of 2.4 ;; a reward/risk of 1.4 ;; 1.4 ;; (649.31 - 630) / (630 -
  621.95)
  is 2.4
ct-tgt ;; value ;; V ;; target
  $649.31 ;; target
  $643.91 ;; $643.91 ;; the setup's target is $649.31
""")

B = "distrib-QQQ-2026-11-17"
clean(B, "QQQ-2026-11-17", "covered-call-distribution-notice", "txt",
      "a covered-call ETF's monthly distribution notice with the per-share amount, dates, the estimated "
      "sources of the payout and a review of the reference fund QQQ, quoting a wire",
      """NASDAQ-100 PREMIUM INCOME ETF (ticker QPIN) | DISTRIBUTION NOTICE | November 2026

Declared: Tuesday, November 17, 2026
Ex-date and record date: Wednesday, November 18, 2026
Payable: Monday, November 23, 2026
Amount: $0.4125 per share (prior month: $0.3980)
Annualized distribution rate: 22.6% of the NAV of $21.90 at the declaration date

Estimated sources (Section 19(a) estimate; final tax character is reported on Form 1099-DIV):
net investment income 8%, net realized gains 0%, return of capital 92%. A return of capital is not
a return on your investment.

How the fund earns its income. The fund holds QQQ and sells one-month call options on it, near the
  money. This month's calls were written at the $620 strike, expiring Friday, November 20. Option
  premium is the main source of the payout, so distributions rise and fall with QQQ's volatility.

The reference fund on the declaration date. QQQ fell 0.90% on Tuesday, or $5.59, to $615.97, its
  lowest close since Tuesday, November 3 ($614.92). It had closed at $621.56 on Monday and at
  $618.47 on Friday, November 13. The Nasdaq 100 lost 0.90% to 25,326.20. Volume was 61.1M shares, 1.5 times
  the 20-day
  average of 42.0M, and the VIX rose 6.02% to 17.60, which helps option premiums.

QQQ is down 1.80% over five sessions and 0.72% over one month, but still up 3.16% this year. It ended
  2.19% below its record close of $629.76, set on Wednesday, November 11, and still above its 50-day
  average ($612.70) by 0.53%; it is 6.24% above the 200-day ($579.82). The 14-day RSI is 48.4,
  mid-range, and the 50-day average is still rising. Peers fell too: SPY -0.50%, DIA
  -0.20%, IWM -0.80%.

A market note that evening described the pullback as orderly, with QQQ "2.2% short of the record
  close" [1], and quoted an analyst who saw "profit-taking in the winners rather than a change of
  view" [1].

For shareholders who trade around the holding: the next support is the 50-day near $612.70, then
  $609.62; overhead, $620 and then $623.73. A dip-buy at $612.70 with a stop at $606.71 and a target
  of $622.21 offers about 1.6 to 1.

The fund's upside is capped by the calls it writes; in a sharp rally it will lag QQQ. Distributions
  are not guaranteed and may vary monthly. Call 1-800-555-0199 (8:30 AM to 7 PM ET) for a
  prospectus.

<<SOURCES>>
""", sources=("tw-nasdaq17",), source_format="paren")
plants(B, """
dn-pct ;; value ;; V ;; QQQ fell 0.90% on Tuesday ;; QQQ fell 0.19% on Tuesday ;; 0.19% ;; QQQ fell 0.90%
dn-dir ;; direction ;; D ;; QQQ fell 0.90% on Tuesday ;; QQQ rose 0.90% on Tuesday ;; rose 0.90% ;; QQQ fell
  0.90%
dn-chg ;; value ;; V ;; or $5.59, to ;; or $5.95, to ;; $5.95 ;; the day's change is -$5.59
dn-close ;; value ;; V ;; to $615.97, its ;; to $619.57, its ;; $619.57 ;; QQQ closed at $615.97
dn-since ;; history ;; V ;; since Tuesday, November 3 ($614.92) ;; since Tuesday, November 3 ($610.21) ;;
  $610.21 ;; QQQ closed at $614.92 on Nov 3; $610.21 was Nov 2 ;; real
dn-sincewd ;; date ;; WM ;; since Tuesday, November 3 ;; since Thursday, November 3 ;; Thursday, November 3 ;;
  Nov 3, 2026 was a Tuesday
dn-mon ;; history ;; V ;; closed at $621.56 on Monday ;; closed at $625.98 on Monday ;; $625.98 ;; Monday's
  close was $621.56; $625.98 was Nov 12 ;; real
dn-fri ;; history ;; V ;; $618.47 on Friday, November 13 ;; $617.31 on Friday, November 13 ;; $617.31 ;; QQQ
  closed at $618.47 on Nov 13; $617.31 was Nov 6 ;; real
dn-friwd ;; date ;; WM ;; on Friday, November 13 ;; on Thursday, November 13 ;; Thursday, November 13 ;; Nov
  13,
  2026 was a Friday
dn-ndx ;; value ;; V ;; lost 0.90% to 25,326.20 ;; lost 0.90% to 25,362.20 ;; 25,362.20 ;; the Nasdaq 100
  closed at 25,326.20
dn-vol ;; value ;; V ;; Volume was 61.1M shares ;; Volume was 66.1M shares ;; 66.1M ;; volume was 61.1M
dn-volr ;; value ;; V ;; 1.5 times the 20-day ;; 2.5 times the 20-day ;; 2.5 times ;; volume was 1.5 times the
  average
dn-avg ;; value ;; V ;; average of 42.0M ;; average of 40.2M ;; 40.2M ;; the 20-day average is 42.0M
dn-vix ;; value ;; V ;; the VIX rose 6.02% to 17.60 ;; the VIX rose 6.02% to 16.70 ;; 16.70 ;; the VIX closed
  at 17.60
dn-vixd ;; direction ;; D ;; the VIX rose 6.02% ;; the VIX fell 6.02% ;; fell 6.02% ;; the VIX rose 6.02%
dn-5d ;; value ;; V ;; down 1.80% over five sessions ;; down 1.08% over five sessions ;; 1.08% ;; the
  five-session return is -1.80%
dn-1m ;; timeframe ;; V ;; and 0.72% over one month ;; and 1.80% over one month ;; 1.80% ;; the month is
  -0.72%;
  -1.80% is five sessions ;; real
dn-ytd ;; value ;; V ;; still up 3.16% this year ;; still up 3.61% this year ;; 3.61% ;; year to date is
  +3.16%
dn-athp ;; value ;; V ;; It ended
  2.19% below ;; It ended
  2.91% below ;; 2.91% ;; QQQ is 2.19% below the record
dn-ath ;; value ;; V ;; record close of $629.76, set ;; record close of $629.67, set ;; $629.67 ;; the record
  close
  is $629.76
dn-athd ;; date ;; DU ;; set on Wednesday, November 11 ;; set on Wednesday, November 4 ;; November 4 ;; the
  record close was on Nov 11
dn-50 ;; value ;; V ;; average ($612.70) by ;; average ($612.07) by ;; $612.07 ;; the 50-day is $612.70
dn-50p ;; value ;; V ;; by 0.53%; ;; by 0.35%; ;; 0.35% ;; QQQ is 0.53% above the 50-day
dn-50neg ;; negation ;; P ;; and still above its 50-day ;; and no longer above its 50-day ;; no longer above
  ;;
  $615.97 is above the $612.70 50-day
dn-200 ;; value ;; V ;; the 200-day ($579.82) ;; the 200-day ($597.82) ;; $597.82 ;; the 200-day is $579.82
dn-200p ;; value ;; V ;; it is 6.24% above the 200-day ;; it is 4.26% above the 200-day ;; 4.26% ;; QQQ is
  6.24% above the 200-day
dn-rsi ;; value ;; V ;; The 14-day RSI is 48.4 ;; The 14-day RSI is 44.8 ;; 44.8 ;; RSI is 48.4
dn-rsiw ;; indicator ;; IND ;; The 14-day RSI is 48.4,
  mid-range ;; The 14-day RSI is 48.4,
  oversold ;; oversold ;; RSI 48.4 is not oversold
dn-slope ;; trend ;; P ;; the 50-day average is still rising ;; the 50-day average is rolling over ;; rolling
  over
  ;; the 50-day slope is +1.77%
dn-spy ;; value ;; V ;; SPY -0.50% ;; SPY -0.05% ;; -0.05% ;; SPY fell 0.50%
dn-dia ;; subject ;; V ;; DIA
  -0.20% ;; DIA
  -0.80% ;; -0.80% ;; DIA fell 0.20%; 0.80% is IWM's ;; real
dn-iwm ;; value ;; V ;; IWM -0.80% ;; IWM -0.88% ;; -0.88% ;; IWM fell 0.80%
dn-quote ;; quotation ;; NU ;; "2.2% short of the record
  close" ;; "3.2% short of the record
  close" ;; 3.2% ;; the source says 2.2% short
dn-quote2 ;; quotation ;; NU ;; "profit-taking in the winners rather than a change of
  view" ;; "profit-taking in the laggards rather than a change of
  view" ;; laggards ;; the source says profit-taking in the winners
dn-cite ;; citation ;; CU ;; change of
  view" [1] ;; change of
  view" [2] ;; [2] ;; there is one source
dn-sup ;; value ;; V ;; then
  $609.62; ;; then
  $609.26; ;; $609.26 ;; the support level is $609.62
dn-supside ;; level ;; LW ;; overhead, $620 and then $623.73 ;; overhead, $606.02 and then $623.73 ;; $606.02
  ;;
  $606.02 is below the close ;; real
dn-stop ;; setup ;; SG ;; with a stop at $606.71 ;; with a stop at $616.71 ;; $616.71 ;; a long's stop must be
  under its $612.70 entry
dn-rr ;; setup ;; SRR ;; offers about 1.6 to 1 ;; offers about 3.6 to 1 ;; 3.6 to 1 ;; (622.21 - 612.70) /
  (612.70 - 606.71) is 1.6
dn-tgt ;; value ;; V ;; a target
  of $622.21 ;; a target
  of $622.12 ;; $622.12 ;; the pending setup's target is $622.21
""")

B = "k401-DIA-2026-06-03"
clean(B, "DIA-2026-06-03", "401k-participant-newsletter", "md",
      "a company 401(k) plan's participant newsletter with contribution limits, the match, a fund "
      "lineup note and a 'markets in plain English' column built on the Dow fund",
      """# Your Plan, Your Future: Northfield Tools 401(k) Newsletter, June 2026

*For the 1,412 employees eligible for the Northfield Tools Retirement Savings Plan. Issue 23.*

## Plan news

- Participation reached 87% this spring, up from 81% a year ago.
- The company match stays at 100% of the first 4% you contribute, vesting over 3 years.
- 2026 limits: $24,500 of your own contributions, plus an $8,000 catch-up from age 50 and an $11,250
  catch-up if you are 60 to 63.
- Open enrollment for the Roth option runs June 8 to June 26. Lunch-and-learn sessions: June 10 and
  June 17, 12:00 to 12:45, cafeteria B.

## Markets in plain English (as of the close on Wednesday, June 3, 2026)

Several of you asked about the Dow, because the plan's large-cap value fund is measured against it.
  Here is where the Dow fund, DIA, stood.

On Wednesday DIA slipped 0.58%, or $2.67, to $461.11, and the Dow itself ended at 46,185.73, down
  0.57%. That dip came after a strong run: DIA closed at $463.78 on Tuesday and at $462.43 on Monday,
  June 1, after $456.48 on Friday, May 29. Over the past five sessions it is still up 2.78%, and over
  the past month up 6.62%. For the year it is down 2.93%.

The other big funds rose on Wednesday: SPY gained 0.58% to $659.18, QQQ 0.57% to $595.41 and IWM
  0.35% to $228.85. DIA did worse than all three. The VIX, a measure of expected swings, rose 6.18% to
  18.55.

Two things the pros watch:

1. Averages. DIA is 4.85% above its 50-day average ($439.80) and just 0.22% above its 200-day
  ($460.09). The 50-day moved below the 200-day on April 8, 39 trading days ago, and the 50-day
  average is still sloping down a little (-0.93% over the past 20 sessions) while the 200-day is flat.
2. Distance from the top. DIA is 6.64% below its record close of $493.91 (January 12) and 8.90%
  above its low of the past year, $423.43 on April 30.

The 14-day RSI reads 66.6: warm, but not above 70, the line many call overbought. Volume was
  ordinary, 3.9M shares against a 20-day average of 3.5M.

## What this means for you

Probably nothing. If you are 25 or 45, a 0.58% day is noise. Keep contributing at least 4% so you get
  the full match. Rebalancing is free and takes about 3 minutes online.

*Questions? Call the plan line at 1-800-555-0140, weekdays 8 AM to 8 PM ET. Past performance does not
  guarantee future results.*
""")
plants(B, """
k4-pct ;; value ;; V ;; DIA slipped 0.58%, or ;; DIA slipped 0.85%, or ;; 0.85% ;; DIA fell 0.58%
k4-dir ;; direction ;; D ;; On Wednesday DIA slipped 0.58% ;; On Wednesday DIA climbed 0.58% ;; climbed 0.58%
  ;;
  DIA fell 0.58%
k4-chg ;; value ;; V ;; or $2.67, to ;; or $2.76, to ;; $2.76 ;; the day's change is -$2.67
k4-close ;; value ;; V ;; to $461.11, and ;; to $461.41, and ;; $461.41 ;; DIA closed at $461.11
k4-dji ;; value ;; V ;; ended at 46,185.73 ;; ended at 46,815.73 ;; 46,815.73 ;; the Dow closed at 46,185.73
k4-djip ;; value ;; V ;; down
  0.57%. ;; down
  0.75%. ;; 0.75% ;; the Dow fell 0.57%
k4-tue ;; history ;; V ;; closed at $463.78 on Tuesday ;; closed at $464.78 on Tuesday ;; $464.78 ;; DIA
  closed
  at $463.78 on Jun 2
k4-mon ;; history ;; V ;; and at $462.43 on Monday ;; and at $463.78 on Monday ;; $463.78 ;; Monday Jun 1's
  close
  was $462.43; $463.78 was Tuesday ;; real
k4-monwd ;; date ;; WM ;; on Monday,
  June 1 ;; on Sunday,
  June 1 ;; Sunday ;; Jun 1, 2026 was a Monday
k4-fri ;; history ;; V ;; after $456.48 on Friday ;; after $450.01 on Friday ;; $450.01 ;; May 29's close was
  $456.48; $450.01 was May 28 ;; real
k4-frid ;; date ;; WM ;; on Friday, May 29 ;; on Thursday, May 29 ;; Thursday, May 29 ;; May 29, 2026 was a
  Friday
k4-5d ;; value ;; V ;; still up 2.78% ;; still up 2.87% ;; 2.87% ;; the five-session return is +2.78%
k4-1m ;; value ;; V ;; month up 6.62% ;; month up 6.26% ;; 6.26% ;; the month is +6.62%
k4-ytd ;; timeframe ;; V ;; For the year it is down 2.93% ;; For the year it is down 0.58% ;; 0.58% ;; year to
  date is -2.93%; 0.58% is the day ;; real
k4-ytdd ;; direction ;; D ;; For the year it is down 2.93% ;; For the year it is up 2.93% ;; up 2.93% ;; year
  to
  date is -2.93%
k4-spy ;; value ;; V ;; SPY gained 0.58% to $659.18 ;; SPY gained 0.58% to $656.18 ;; $656.18 ;; SPY closed at
  $659.18
k4-qqq ;; value ;; V ;; QQQ 0.57% to $595.41 ;; QQQ 0.57% to $594.51 ;; $594.51 ;; QQQ closed at $595.41
k4-iwm ;; subject ;; V ;; and IWM
  0.35% to ;; and IWM
  0.57% to ;; 0.57% ;; IWM rose 0.35%; 0.57% is QQQ's ;; real
k4-iwmc ;; value ;; V ;; to $228.85 ;; to $228.58 ;; $228.58 ;; IWM closed at $228.85
k4-worse ;; direction ;; D ;; DIA did worse than all three ;; DIA did better than all three ;; did better than
  all three ;; DIA fell while SPY, QQQ and IWM rose
k4-vix ;; value ;; V ;; rose 6.18% to
  18.55 ;; rose 6.18% to
  18.85 ;; 18.85 ;; the VIX closed at 18.55
k4-vixp ;; value ;; V ;; rose 6.18% to ;; rose 8.16% to ;; 8.16% ;; the VIX rose 6.18%
k4-50p ;; value ;; V ;; DIA is 4.85% above its 50-day ;; DIA is 5.48% above its 50-day ;; 5.48% ;; DIA is
  4.85%
  above the 50-day
k4-50 ;; value ;; V ;; 50-day average ($439.80) ;; 50-day average ($438.90) ;; $438.90 ;; the 50-day is
  $439.80
k4-200p ;; value ;; V ;; just 0.22% above its 200-day ;; just 2.20% above its 200-day ;; 2.20% ;; DIA is 0.22%
  above the 200-day
k4-200 ;; value ;; V ;; ($460.09). The 50-day ;; ($461.90). The 50-day ;; $461.90 ;; the 200-day is $460.09
k4-200neg ;; negation ;; P ;; just 0.22% above its 200-day ;; no longer above its 200-day ;; no longer above
  ;;
  $461.11 is above the $460.09 200-day
k4-cross ;; pattern ;; P ;; The 50-day moved below the 200-day ;; The 50-day moved above the 200-day ;; moved
  above ;; the Apr 8 cross put the 50-day ($439.80) under the 200-day ($460.09)
k4-crossd ;; date ;; DU ;; on April 8, 39 trading days ago ;; on April 18, 39 trading days ago ;; April 18 ;;
  the
  cross was on Apr 8
k4-crossn ;; history ;; V ;; 39 trading days ago ;; 29 trading days ago ;; 29 trading days ;; the cross was 39
  sessions ago
k4-slope ;; trend ;; P ;; the 50-day
  average is still sloping down a little ;; the 50-day
  average is still climbing a little ;; climbing ;; the 50-day slope is -0.93%
k4-slopev ;; trend ;; V ;; (-0.93% over the past 20 sessions) ;; (-0.39% over the past 20 sessions) ;; -0.39%
  ;;
  the 50-day's 20-session slope is -0.93%
k4-athp ;; value ;; V ;; DIA is 6.64% below its record ;; DIA is 6.46% below its record ;; 6.46% ;; DIA is
  6.64%
  below the record
k4-ath ;; value ;; V ;; record close of $493.91 ;; record close of $495.73 ;; $495.73 ;; the record close is
  $493.91; $495.73 is the intraday high ;; real
k4-athd ;; date ;; DU ;; $493.91 (January 12) ;; $493.91 (January 21) ;; January 21 ;; the record close was on
  Jan 12
k4-lowp ;; value ;; V ;; and 8.90%
  above its low ;; and 9.80%
  above its low ;; 9.80% ;; DIA is 8.90% above the 52-week low
k4-low ;; value ;; V ;; $423.43 on April 30 ;; $424.33 on April 30 ;; $424.33 ;; the 52-week low close is
  $423.43
k4-lowd ;; date ;; DU ;; $423.43 on April 30 ;; $423.43 on April 3 ;; April 3 ;; the low close was on Apr 30
k4-rsi ;; value ;; V ;; The 14-day RSI reads 66.6 ;; The 14-day RSI reads 68.6 ;; 68.6 ;; RSI is 66.6
k4-rsiw ;; indicator ;; IND ;; but not above 70 ;; and above 70 ;; above 70 ;; RSI 66.6 is not above 70
k4-vol ;; value ;; V ;; ordinary, 3.9M shares ;; ordinary, 3.6M shares ;; 3.6M ;; volume was 3.9M
k4-avg ;; value ;; V ;; a 20-day average of 3.5M ;; a 20-day average of 5.3M ;; 5.3M ;; the 20-day average is
  3.5M
k4-mag ;; magnitude ;; MG ;; a 0.58% day is noise ;; a day when DIA plummeted 0.58% is noise ;; plummeted ;;
  0.58% is about half an ATR and under 1%, no plummet
""")

B = "checklist-SPY-2026-11-17"
clean(B, "SPY-2026-11-17", "pre-market-checklist", "md",
      "a day trader's pre-market checklist written on Tuesday evening for Wednesday's open, with "
      "tick boxes, overnight markets, levels, a setup and rules, citing two wires",
      """# Pre-market checklist for Wed, Nov 18 (prepared Tue, Nov 17, 9:40 PM)

Sleep: 7h target. Alarm 6:15. Screens on by 8:45. Max 4 trades, max loss $600 for the day.

## 1. Where did we close?

- [x] SPY closed at $679.84, down $3.41 or 0.50%, after opening at $682.51. Range $676.68 to $683.69.
- [x] Monday's close was $683.25 [2]; last Friday's $680.53; last Thursday's $684.64.
- [x] S&P 500: 6,821.04, down 0.50% [1]. QQQ -0.90% to $615.97, DIA -0.20% to $466.92, IWM -0.80% to
  $245.28. Every one of the four fell.
- [x] Volume 73.0M against a 20-day average of 66.3M: about 1.1 times normal, nothing special.
- [x] VIX 17.60, up 6.02%.

## 2. The bigger picture

- [x] Last 5 sessions: -0.80%. Month: -1.06%. Year to date: +2.05%.
- [x] SPY is 2.14% under the record close of $694.71 from Oct 22.
- [x] 50-day $679.19: SPY is just 0.09% above it, hanging on. 200-day $645.83, 5.27% below the price.
- [x] 20-day $685.80: SPY is below it now.
- [x] 50-day rising (+2.16% over 20 sessions), 200-day rising slowly (+0.13%). Golden cross since
  Sep 21, 41 sessions.
- [x] RSI 46.8, neutral. MACD 1.09 below its signal 2.42, so momentum is soft.
- [x] ATR $7.16, 1.05% of price. A normal day is about $7 either way.

## 3. Overnight (check again at 8:45)

- [ ] Oil: WTI ended at $67.35, down 2.67% [1]. Gold 4,121.30, up 1.09%.
- [ ] Nikkei 49,292.00, -0.80%. DAX 23,870.64, flat at -0.01%.
- [ ] 10-year yield: 4.15% at Tuesday's close [1].

## 4. Levels

| Level | What | Side |
|---|---|---|
| $694.71 | record close, tested 5 times | resistance |
| $679.19 | 50-day | support, 0.09% below |
| $673.92 | bottom of the 40-session range | support |
| $670.42 | older pivot | support |
| $666.26 | older floor | support |

## 5. The plan

- [ ] If SPY loses the 50-day, no longs until it is back above.
- [ ] Long idea only at $673.92 (range floor): stop $668.55, target $691.80, about 3.3 to 1.
- [ ] Fed decision Dec 9 (16 sessions away) and CPI Dec 10: not this week's problem.
- [ ] Remember what the analyst said: "The trend is intact as long as the S&P 500 holds its 50-day
  line" [1]. Monday's note had the 50-day near $678.81 [2]; it is $679.19 now.

## 6. Rules

1. No trade in the first 5 minutes. 2. No averaging down. 3. Walk away after 2 losers.

<<SOURCES>>
""", sources=("hs-slides17", "tw-50day16"))
plants(B, """
pm-close ;; value ;; V ;; SPY closed at $679.84, down ;; SPY closed at $678.94, down ;; $678.94 ;; SPY closed
  at
  $679.84
pm-chg ;; value ;; V ;; down $3.41 or ;; down $3.71 or ;; $3.71 ;; the day's change is -$3.41
pm-pct ;; value ;; V ;; or 0.50%, after ;; or 0.05%, after ;; 0.05% ;; SPY fell 0.50%
pm-dir ;; direction ;; D ;; SPY closed at $679.84, down ;; SPY closed at $679.84, up ;; up $3.41 ;; SPY fell
  $3.41
pm-open ;; value ;; V ;; after opening at $682.51 ;; after opening at $682.15 ;; $682.15 ;; SPY opened at
  $682.51
pm-low ;; value ;; V ;; Range $676.68 to ;; Range $676.86 to ;; $676.86 ;; the low was $676.68
pm-high ;; value ;; V ;; to $683.69. ;; to $686.39. ;; $686.39 ;; the high was $683.69
pm-mon ;; history ;; V ;; Monday's close was $683.25 ;; Monday's close was $680.53 ;; $680.53 ;; Monday's
  close
  was $683.25; $680.53 was Friday's ;; real
pm-fri ;; history ;; V ;; last Friday's $680.53 ;; last Friday's $684.64 ;; $684.64 ;; Nov 13's close was
  $680.53; $684.64 was Nov 12 ;; real
pm-thu ;; history ;; V ;; last Thursday's $684.64 ;; last Thursday's $686.70 ;; $686.70 ;; Nov 12's close was
  $684.64; $686.70 was Nov 11 ;; real
pm-gspc ;; value ;; V ;; S&P 500: 6,821.04 ;; S&P 500: 6,812.04 ;; 6,812.04 ;; the S&P 500 closed at 6,821.04
pm-qqq ;; value ;; V ;; QQQ -0.90% to $615.97 ;; QQQ -0.90% to $615.79 ;; $615.79 ;; QQQ closed at $615.97
pm-dia ;; subject ;; V ;; DIA -0.20% to ;; DIA -0.50% to ;; -0.50% ;; DIA fell 0.20%; 0.50% is SPY's ;; real
pm-iwm ;; value ;; V ;; IWM -0.80% to ;; IWM -0.83% to ;; -0.83% ;; IWM fell 0.80%
pm-iwmc ;; value ;; V ;; $245.28. Every ;; $245.82. Every ;; $245.82 ;; IWM closed at $245.28
pm-every ;; direction ;; D ;; Every one of the four fell ;; Every one of the four rose ;; Every one of the
  four
  rose ;; all four fell
pm-vol ;; value ;; V ;; Volume 73.0M against ;; Volume 70.3M against ;; 70.3M ;; volume was 73.0M
pm-avg ;; value ;; V ;; average of 66.3M ;; average of 63.6M ;; 63.6M ;; the 20-day average is 66.3M
pm-volr ;; value ;; V ;; about 1.1 times normal ;; about 1.7 times normal ;; 1.7 times ;; volume was 1.1 times
  the average
pm-vix ;; value ;; V ;; VIX 17.60, up ;; VIX 17.06, up ;; 17.06 ;; the VIX closed at 17.60
pm-vixd ;; direction ;; D ;; VIX 17.60, up 6.02% ;; VIX 17.60, down 6.02% ;; down 6.02% ;; the VIX rose 6.02%
pm-5d ;; value ;; V ;; Last 5 sessions: -0.80% ;; Last 5 sessions: -0.08% ;; -0.08% ;; the five-session return
  is -0.80%
pm-1m ;; value ;; V ;; Month: -1.06% ;; Month: -1.60% ;; -1.60% ;; the month is -1.06%
pm-ytd ;; timeframe ;; V ;; Year to date: +2.05% ;; Year to date: -1.06% ;; -1.06% ;; year to date is +2.05%;
  -1.06% is the month ;; real
pm-athp ;; value ;; V ;; SPY is 2.14% under ;; SPY is 2.41% under ;; 2.41% ;; SPY is 2.14% below the record
pm-ath ;; value ;; V ;; record close of $694.71 from ;; record close of $697.09 from ;; $697.09 ;; the record
  close is $694.71; $697.09 is the intraday high ;; real
pm-athd ;; date ;; DU ;; $694.71 from Oct 22 ;; $694.71 from Oct 12 ;; Oct 12 ;; the record close was on Oct
  22
pm-50 ;; value ;; V ;; 50-day $679.19: ;; 50-day $679.91: ;; $679.91 ;; the 50-day is $679.19
pm-50p ;; value ;; V ;; just 0.09% above it ;; just 0.19% above it ;; 0.19% ;; SPY is 0.09% above the 50-day
pm-50neg ;; negation ;; P ;; SPY is just 0.09% above it, hanging on ;; SPY is no longer above it, hanging on
  ;;
  no longer above ;; $679.84 is above the $679.19 50-day
pm-200 ;; value ;; V ;; 200-day $645.83, ;; 200-day $654.83, ;; $654.83 ;; the 200-day is $645.83
pm-200p ;; value ;; V ;; 5.27% below the price ;; 5.72% below the price ;; 5.72% ;; SPY is 5.27% above the
  200-day
pm-20 ;; pattern ;; P ;; SPY is below it now ;; SPY is above it now ;; SPY is above it ;; $679.84 is below the
  $685.80 20-day
pm-20v ;; value ;; V ;; 20-day $685.80: ;; 20-day $685.08: ;; $685.08 ;; the 20-day is $685.80
pm-slope ;; trend ;; P ;; 50-day rising (+2.16% ;; 50-day falling (+2.16% ;; falling ;; the 50-day slope is
  +2.16%
pm-slopev ;; trend ;; V ;; (+2.16% over 20 sessions) ;; (+1.39% over 20 sessions) ;; +1.39% ;; the 50-day's
  20-session slope is +2.16%
pm-cross ;; pattern ;; P ;; Golden cross since ;; Death cross since ;; Death cross ;; the 50-day is above the
  200-day
pm-crossd ;; date ;; DU ;; since
  Sep 21, 41 sessions ;; since
  Sep 12, 41 sessions ;; Sep 12 ;; the cross was on Sep 21
pm-crossn ;; history ;; V ;; Sep 21, 41 sessions. ;; Sep 21, 14 sessions. ;; 14 sessions ;; the cross was 41
  sessions ago
pm-rsi ;; value ;; V ;; RSI 46.8, neutral ;; RSI 48.6, neutral ;; 48.6 ;; RSI is 46.8
pm-rsiw ;; indicator ;; IND ;; RSI 46.8, neutral ;; RSI 46.8, overbought ;; overbought ;; RSI 46.8 is not
  overbought
pm-macd ;; indicator ;; IND ;; MACD 1.09 below its signal ;; MACD 1.09 above its signal ;; above its signal ;;
  1.09 is below 2.42
pm-atr ;; value ;; V ;; ATR $7.16, ;; ATR $7.61, ;; $7.61 ;; the ATR is $7.16
pm-atrp ;; value ;; V ;; 1.05% of price ;; 1.50% of price ;; 1.50% ;; the ATR is 1.05% of price
pm-wti ;; value ;; V ;; WTI ended at $67.35 ;; WTI ended at $67.53 ;; $67.53 ;; WTI closed at $67.35
pm-wtip ;; direction ;; D ;; $67.35, down 2.67% ;; $67.35, up 2.67% ;; up 2.67% ;; WTI fell 2.67%
pm-gold ;; value ;; V ;; Gold 4,121.30, ;; Gold 4,211.30, ;; 4,211.30 ;; gold closed at 4,121.30
pm-nik ;; value ;; V ;; Nikkei 49,292.00, ;; Nikkei 49,929.00, ;; 49,929.00 ;; the Nikkei closed at 49,292.00
pm-dax ;; value ;; V ;; DAX 23,870.64, ;; DAX 23,807.64, ;; 23,807.64 ;; the DAX closed at 23,870.64
pm-yield ;; citation ;; NU ;; 10-year yield: 4.15% at ;; 10-year yield: 4.51% at ;; 4.51% ;; the cited source
  says 4.15% and no fact holds 4.51%
pm-touch ;; value ;; V ;; record close, tested 5 times ;; record close, tested 3 times ;; tested 3 times ;;
  the
  $694.71 level has 5 touches
pm-side ;; level ;; LW ;; | $670.42 | older pivot | support | ;; | $670.42 | older pivot | resistance | ;;
  resistance ;; $670.42 is below the $679.84 close
pm-rng ;; history ;; V ;; bottom of the 40-session range ;; bottom of the 20-session range ;; 20-session ;;
  the
  range has lasted 40 sessions
pm-lvl ;; value ;; V ;; | $666.26 | ;; | $662.66 | ;; $662.66 ;; the level is $666.26
pm-stop ;; setup ;; SG ;; stop $668.55, target ;; stop $678.55, target ;; $678.55 ;; a long's stop must be
  under
  its $673.92 entry
pm-rr ;; setup ;; SRR ;; about 3.3 to 1 ;; about 2.3 to 1 ;; 2.3 to 1 ;; (691.80 - 673.92) / (673.92 - 668.55)
  is
  3.3
pm-tgt ;; value ;; V ;; target $691.80 ;; target $698.10 ;; $698.10 ;; the setup's target is $691.80
pm-fed ;; date ;; DU ;; Fed decision Dec 9 ;; Fed decision Dec 2 ;; Dec 2 ;; the Fed decision is on Dec 9
pm-fedn ;; history ;; V ;; (16 sessions away) ;; (12 sessions away) ;; 12 sessions ;; the Fed decision is 16
  sessions away
pm-quote ;; quotation ;; NU ;; holds its 50-day
  line" ;; holds its 20-day
  line" ;; 20-day ;; the source says its 50-day line
pm-cite ;; citation ;; CU ;; Monday's note had the 50-day near $678.81 [2] ;; Monday's note had the 50-day
  near
  $678.81 [3] ;; [3] ;; there are two sources
pm-src ;; citation ;; NU ;; 50-day near $678.81 [2] ;; 50-day near $678.18 [2] ;; $678.18 ;; the cited source
  says
  $678.81 and no fact holds $678.18
""")

B = "predmkt-IWM-2026-11-20"
clean(B, "IWM-2026-11-20", "prediction-market-commentary", "md",
      "a prediction-market newsletter's Friday column reading contract prices on the Fed, year-end "
      "small-cap levels and the Russell 2000's range against the data, with two cited stories",
      """# The Odds Desk: small caps, the Fed and a $10 box

*Friday, Nov 20, 2026. Contract prices at 4:15 PM ET. Prices are in cents and read as rough
  probabilities; they move with every trade. Not investment advice.*

| Contract | Yes price | Week ago | Volume (contracts) |
|---|---|---|---|
| Fed cuts on Dec 9 | 64c | 52c | 1,288,400 |
| IWM closes 2026 above $250 | 23c | 31c | 214,900 |
| IWM closes 2026 below $240 | 18c | 14c | 97,300 |
| Russell 2000 beats S&P 500 in December | 41c | 44c | 58,050 |

## The rate trade moved, small caps did not

The Fed contract jumped 12 cents this week, and the bond market agreed: the 10-year yield fell 7 basis
  points on Friday to 4.06% and the 2-year dropped to 3.47% [1]. In theory that is rocket fuel for
  small caps. In practice IWM rose just 0.30% to $244.30, a gain of $0.73, while SPY added 1.10% and
  QQQ 1.90%. The Russell 2000 ended at 2,456.17 [2]. That makes six sessions in a row in which IWM
  trailed SPY, by about 42 basis points a day on average.

## Why the "above $250" contract fell

Because the box held. IWM has spent 25 sessions between $241.00 and $249.26, a range only 3.43% wide,
  and the story of the week was another failure near the top [2]. The fund closed at $249.26 on
  Thursday, Nov 12, its best close of the range, then drifted lower: $247.01 on Friday the 13th, $245.28 on
  Tuesday, $244.79 on Wednesday and $243.57 on Thursday. For the week it lost 1.10%, for the month
  1.65%, and for the year it is up just 0.42%.

To get to $250 by Dec 31, IWM needs a gain of about 2.3% in under six weeks. That is less than one
  good week. But it also has to get through its 50-day average ($245.77), which it is 0.60% below, and the
  average is flat. So is the 200-day ($230.77), which the fund sits 5.86% above.

## Why "below $240" is still cheap

The floor is close: $241.00 is 1.35% under Friday's close and $240.02 is 1.75% under. The put wall for
  next Friday's expiry (Nov 27) is at $240, the call wall at $250, and max pain at $245.00. The
  put/call open-interest ratio is 1.12. One manager quoted by the paper said small caps "need lower
  rates and a better read on growth" [2]. The market is pricing the first of those, not the second.

## Numbers to know

- 14-day RSI: 48.2, a shade under 50.
- ATR: $2.83 (1.16%). A move to $250 is about two ATRs.
- Record close: $257.77 on Nov 28, 2025; IWM is 5.23% below it.
- 52-week low close: $204.10 on Apr 9, 2026; the fund is 19.70% above it.
- Volume: 39.6M, 1.3 times the 20-day average of 30.0M.

*Next column: Friday, Dec 4. Reply with the contracts you want covered.*

<<SOURCES>>
""", sources=("mb-yields20", "ld-smallcaps20"), source_format="foot")
plants(B, """
pd-yield ;; citation ;; NU ;; fell 7 basis
  points on Friday to 4.06% ;; fell 7 basis
  points on Friday to 4.16% ;; 4.16% ;; the cited source says 4.06% and no fact holds 4.16%
pd-2y ;; citation ;; NU ;; the 2-year dropped to 3.47% ;; the 2-year dropped to 3.74% ;; 3.74% ;; the cited
  source says 3.47%
pd-pct ;; value ;; V ;; IWM rose just 0.30% to ;; IWM rose just 0.39% to ;; 0.39% ;; IWM rose 0.30%
pd-close ;; value ;; V ;; to $244.30, a gain ;; to $243.40, a gain ;; $243.40 ;; IWM closed at $244.30
pd-chg ;; value ;; V ;; a gain of $0.73 ;; a gain of $0.37 ;; $0.37 ;; the day's change is $0.73
pd-dir ;; direction ;; D ;; IWM rose just 0.30% ;; IWM fell just 0.30% ;; fell just 0.30% ;; IWM rose 0.30%
pd-spy ;; value ;; V ;; while SPY added 1.10% ;; while SPY added 1.01% ;; 1.01% ;; SPY rose 1.10%
pd-qqq ;; subject ;; V ;; and
  QQQ 1.90% ;; and
  QQQ 1.10% ;; QQQ 1.10% ;; QQQ rose 1.90%; 1.10% is SPY's ;; real
pd-rut ;; value ;; V ;; ended at 2,456.17 [2] ;; ended at 2,465.17 [2] ;; 2,465.17 ;; the Russell 2000 closed
  at 2,456.17
pd-rutsc ;; scale ;; SC ;; ended at 2,456.17 [2] ;; ended at $2,456.17 [2] ;; $2,456.17 ;; the Russell 2000 is
  an
  index in points
pd-streak ;; words ;; V ;; six sessions in a row ;; four sessions in a row ;; four sessions ;; IWM has trailed
  SPY
  six sessions running
pd-bp ;; value ;; V ;; about 42 basis points a day ;; about 24 basis points a day ;; 24 basis points ;; the
  streak's average margin is 42 bp
pd-rn ;; history ;; V ;; IWM has spent 25 sessions between ;; IWM has spent 15 sessions between ;; 15 sessions
  ;; the range has lasted 25 sessions
pd-rlo ;; value ;; V ;; between $241.00 and ;; between $240.10 and ;; $240.10 ;; the range's low is $241.00
pd-rhi ;; value ;; V ;; and $249.26, a range ;; and $249.62, a range ;; $249.62 ;; the range's high is $249.26
pd-rw ;; value ;; V ;; only 3.43% wide ;; only 4.33% wide ;; 4.33% ;; the range is 3.43% wide
pd-nov12 ;; history ;; V ;; closed at $249.26 on ;; closed at $248.76 on ;; $248.76 ;; IWM closed at $249.26
  on
  Nov 12; $248.76 was Nov 11 ;; real
pd-nov12wd ;; date ;; WM ;; Thursday, Nov 12, its best ;; Wednesday, Nov 12, its best ;; Wednesday, Nov 12 ;;
  Nov 12, 2026 was a Thursday
pd-nov13 ;; history ;; V ;; $247.01 on Friday the 13th ;; $247.10 on Friday the 13th ;; $247.10 ;; IWM closed
  at
  $247.01 on Nov 13
pd-tue ;; history ;; V ;; $245.28 on
  Tuesday ;; $247.26 on
  Tuesday ;; $247.26 ;; Tuesday's close was $245.28; $247.26 was Monday ;; real
pd-wed ;; history ;; V ;; $244.79 on Wednesday ;; $244.97 on Wednesday ;; $244.97 ;; Wednesday's close was
  $244.79
pd-thu ;; history ;; V ;; $243.57 on Thursday ;; $243.75 on Thursday ;; $243.75 ;; Thursday's close was
  $243.57
pd-week ;; value ;; V ;; For the week it lost 1.10% ;; For the week it lost 1.01% ;; 1.01% ;; the week is
  -1.10%
pd-month ;; timeframe ;; V ;; for the month
  1.65% ;; for the month
  1.10% ;; 1.10% ;; the month is -1.65%; -1.10% is the week ;; real
pd-ytd ;; direction ;; D ;; for the year it is up just 0.42% ;; for the year it is down just 0.42% ;; down
  just
  0.42% ;; year to date is +0.42%
pd-250 ;; derived ;; DER ;; a gain of about 2.3% in ;; a gain of about 3.2% in ;; 3.2% ;; $250 is 2.33% above
  $244.30
pd-50 ;; value ;; V ;; average ($245.77), which ;; average ($247.57), which ;; $247.57 ;; the 50-day is
  $245.77
pd-50p ;; value ;; V ;; which it is 0.60% below ;; which it is 0.06% below ;; 0.06% ;; IWM is 0.60% below the
  50-day
pd-50side ;; pattern ;; P ;; which it is 0.60% below ;; which it is 0.60% above ;; 0.60% above ;; $244.30 is
  below
  the $245.77 50-day
pd-slope ;; trend ;; P ;; and the
  average is flat ;; and the
  average is climbing steeply ;; climbing steeply ;; the 50-day slope is -0.08%
pd-200 ;; value ;; V ;; 200-day ($230.77) ;; 200-day ($237.07) ;; $237.07 ;; the 200-day is $230.77
pd-200p ;; value ;; V ;; sits 5.86% above ;; sits 8.56% above ;; 8.56% ;; IWM is 5.86% above the 200-day
pd-241 ;; derived ;; DER ;; $241.00 is 1.35% under ;; $241.00 is 1.53% under ;; 1.53% ;; $241.00 is 1.35%
  below
  $244.30
pd-240 ;; derived ;; DER ;; $240.02 is 1.75% under ;; $240.02 is 1.57% under ;; 1.57% ;; $240.02 is 1.75%
  below
  $244.30
pd-exp ;; date ;; DU ;; expiry (Nov 27) ;; expiry (Nov 25) ;; Nov 25 ;; the expiry is Nov 27
pd-putw ;; value ;; V ;; is at $240, the call ;; is at $235, the call ;; $235 ;; the put wall is $240
pd-pain ;; value ;; V ;; max pain at $245.00 ;; max pain at $244.00 ;; $244.00 ;; max pain is $245.00
pd-pc ;; value ;; V ;; ratio is 1.12 ;; ratio is 1.42 ;; 1.42 ;; the put/call ratio is 1.12
pd-quote ;; quotation ;; NU ;; "need lower
  rates and a better read on growth" ;; "need lower
  rates and a better read on inflation" ;; inflation ;; the source says a better read on growth
pd-cite ;; citation ;; CU ;; read on growth" [2] ;; read on growth" [3] ;; [3] ;; there are two sources
pd-rsi ;; value ;; V ;; 14-day RSI: 48.2 ;; 14-day RSI: 42.8 ;; 42.8 ;; RSI is 48.2
pd-rsiw ;; indicator ;; IND ;; a shade under 50 ;; a shade over 50 ;; over 50 ;; RSI 48.2 is under 50
pd-atr ;; value ;; V ;; ATR: $2.83 (1.16%) ;; ATR: $3.82 (1.16%) ;; $3.82 ;; the ATR is $2.83
pd-atrp ;; value ;; V ;; $2.83 (1.16%) ;; $2.83 (1.61%) ;; 1.61% ;; the ATR is 1.16% of price
pd-ath ;; value ;; V ;; Record close: $257.77 ;; Record close: $258.49 ;; $258.49 ;; the record close is
  $257.77;
  $258.49 is the intraday high ;; real
pd-athd ;; date ;; DU ;; on Nov 28, 2025; ;; on Nov 18, 2025; ;; Nov 18, 2025 ;; the record close was on Nov
  28,
  2025
pd-athp ;; value ;; V ;; IWM is 5.23% below it ;; IWM is 3.25% below it ;; 3.25% ;; IWM is 5.23% below the
  record
pd-low ;; value ;; V ;; close: $204.10 on ;; close: $202.28 on ;; $202.28 ;; the 52-week low close is $204.10;
  $202.28 is the intraday low ;; real
pd-lowd ;; date ;; DU ;; on Apr 9, 2026 ;; on Apr 19, 2026 ;; Apr 19, 2026 ;; the low close was on Apr 9, 2026
pd-lowp ;; value ;; V ;; 19.70% above it ;; 17.90% above it ;; 17.90% ;; IWM is 19.70% above the 52-week low
pd-vol ;; value ;; V ;; Volume: 39.6M, ;; Volume: 36.9M, ;; 36.9M ;; volume was 39.6M
pd-volr ;; value ;; V ;; 1.3 times the 20-day ;; 1.9 times the 20-day ;; 1.9 times ;; volume was 1.3 times the
  average
""")

B = "chartpack-RUT-2026-11-17"
clean(B, "idx_RUT-2026-11-17", "chart-pack-captions", "txt",
      "a research team's weekly chart pack, caption text only (chart titles, captions and footnotes for "
      "eight slides on the Russell 2000), citing two stories",
      """SMALL-CAP CHART PACK | Week 47 | Data to the close of Tuesday, 17 November 2026 | 8 slides

Slide 1. Russell 2000, daily, six months.
Caption: The index closed at 2,465.79, down 19.30 points or 0.78%, after an open of 2,479.40 and a
  range of 2,459.06 to 2,486.79 [1]. It has now lost ground over five sessions (-0.98%) but is still
  up 1.48% over a month and 0.85% for the year.

Slide 2. The box.
Caption: For 22 sessions the index has held between 2,421.62 and 2,505.20, a band just 3.45% wide.
  The top was set on Thursday, Nov 12, at 2,505.20; the index fell 0.9% to 2,482.49 the next day [2].
  Monday's close was 2,485.09.

Slide 3. Moving averages.
Caption: The close sits 0.33% below the 50-day average (2,473.93) and 6.36% above the 200-day
  (2,318.38). The 50-day crossed above the 200-day on Aug 10, 70 sessions ago. The 50-day has been
  drifting up slowly (+0.39% over 20 sessions), while the 200-day has turned a touch lower (-0.12%).

Slide 4. Momentum.
Caption: 14-day RSI at 50.1, right on the midline. The MACD (8.85) remains above its signal line
  (5.83).

Slide 5. Volatility.
Caption: The 14-day ATR is 32.44 points, 1.32% of the index level. Tuesday's decline was about 0.6
  ATR, an ordinary day.

Slide 6. Relative strength.
Caption: Small caps lagged large caps for a third straight session, by 29 basis points a day on
  average. Tuesday: Russell 2000 -0.78%, S&P 500 -0.50% (to 6,821.04), Nasdaq 100 -0.90% (to
  25,326.20), Dow -0.21% (to 46,742.21). The Russell did better than the Nasdaq 100 but worse than the
  Dow. Over a month, though, it is 2.53 percentage points ahead of the S&P 500.

Slide 7. Distance from extremes.
Caption: 4.84% below the record close of 2,591.09 (Nov 28, 2025); 20.25% above the 52-week low close
  of 2,050.63 (Apr 9, 2026).

Slide 8. Levels map.
Caption: Resistance at 2,473.93 (the 50-day), then 2,505.20 (two touches) and 2,537.49. Support at
  2,458.33, the round 2,450, then 2,440.36 and 2,421.62.

Footnotes: Index levels in points. Sources for slides 1 and 2 below. Chart software: version 12.4.
  Slides 9 to 14 (sector breakdown) are in the appendix deck.

<<SOURCES>>
""", sources=("hs-slides17", "ld-turns13"), source_format="plain")
plants(B, """
cp-close ;; value ;; V ;; closed at 2,465.79, down ;; closed at 2,456.79, down ;; 2,456.79 ;; the Russell 2000
  closed at 2,465.79
cp-pts ;; value ;; V ;; down 19.30 points ;; down 13.90 points ;; 13.90 ;; the day's change is -19.30
cp-pct ;; value ;; V ;; or 0.78%, after ;; or 0.68%, after ;; 0.68% ;; the index fell 0.78%
cp-dir ;; direction ;; D ;; down 19.30 points ;; up 19.30 points ;; up 19.30 ;; the index fell 19.30
cp-open ;; value ;; V ;; an open of 2,479.40 ;; an open of 2,474.90 ;; 2,474.90 ;; the open was 2,479.40
cp-low ;; value ;; V ;; range of 2,459.06 to ;; range of 2,450.96 to ;; 2,450.96 ;; the low was 2,459.06
cp-high ;; value ;; V ;; to 2,486.79 [1]. ;; to 2,487.69 [1]. ;; 2,487.69 ;; the high was 2,486.79
cp-5d ;; value ;; V ;; (-0.98%) ;; (-0.89%) ;; -0.89% ;; the five-session return is -0.98%
cp-1m ;; value ;; V ;; still up
  1.48% over a month ;; still up
  1.84% over a month ;; 1.84% ;; the month is +1.48%
cp-ytd ;; timeframe ;; V ;; and 0.85% for the year ;; and 1.48% for the year ;; 1.48% ;; year to date is
  +0.85%;
  1.48% is the month ;; real
cp-rn ;; history ;; V ;; For 22 sessions the index ;; For 32 sessions the index ;; 32 sessions ;; the range
  has
  lasted 22 sessions
cp-rlo ;; value ;; V ;; between 2,421.62 and ;; between 2,412.62 and ;; 2,412.62 ;; the range's low is
  2,421.62
cp-rw ;; value ;; V ;; just 3.45% wide ;; just 4.35% wide ;; 4.35% ;; the range is 3.45% wide
cp-top ;; date ;; WM ;; on Thursday, Nov 12, at ;; on Friday, Nov 12, at ;; Friday, Nov 12 ;; Nov 12, 2026 was
  a
  Thursday
cp-topd ;; history ;; V ;; Nov 12, at 2,505.20; ;; Nov 12, at 2,500.45; ;; 2,500.45 ;; the Nov 12 close was
  2,505.20; 2,500.45 was Nov 11 ;; real
cp-nov13 ;; citation ;; NU ;; fell 0.9% to 2,482.49 ;; fell 1.9% to 2,482.49 ;; 1.9% ;; the cited source says
  the
  index lost 0.9%
cp-nov13c ;; history ;; V ;; to 2,482.49 the next day ;; to 2,485.09 the next day ;; 2,485.09 ;; the Nov 13
  close
  was 2,482.49; 2,485.09 was Nov 16 ;; real
cp-mon ;; history ;; V ;; Monday's close was 2,485.09 ;; Monday's close was 2,458.09 ;; 2,458.09 ;; Monday's
  close
  was 2,485.09
cp-50p ;; value ;; V ;; sits 0.33% below ;; sits 0.63% below ;; 0.63% ;; the index is 0.33% below the 50-day
cp-50side ;; pattern ;; P ;; sits 0.33% below the 50-day ;; sits 0.33% above the 50-day ;; 0.33% above ;;
  2,465.79
  is below the 2,473.93 50-day
cp-50 ;; value ;; V ;; 50-day average (2,473.93) ;; 50-day average (2,437.93) ;; 2,437.93 ;; the 50-day is
  2,473.93
cp-200p ;; value ;; V ;; and 6.36% above the 200-day ;; and 6.63% above the 200-day ;; 6.63% ;; the index is
  6.36% above the 200-day
cp-200 ;; value ;; V ;; (2,318.38). The ;; (2,381.38). The ;; 2,381.38 ;; the 200-day is 2,318.38
cp-cross ;; date ;; DU ;; the 200-day on Aug 10, ;; the 200-day on Aug 17, ;; Aug 17 ;; the cross was on Aug
  10
cp-crossn ;; history ;; V ;; 70 sessions ago ;; 77 sessions ago ;; 77 sessions ;; the cross was 70 sessions
  ago
cp-slope ;; trend ;; P ;; The 50-day has been
  drifting up slowly ;; The 50-day has been
  sliding ;; sliding ;; the 50-day slope is +0.39%
cp-slopev ;; trend ;; V ;; (+0.39% over 20 sessions) ;; (+3.90% over 20 sessions) ;; +3.90% ;; the 50-day's
  20-session slope is +0.39%
cp-slope2 ;; trend ;; P ;; the 200-day has turned a touch lower ;; the 200-day has kept climbing ;; kept
  climbing
  ;; the 200-day slope is -0.12%
cp-rsi ;; value ;; V ;; RSI at 50.1 ;; RSI at 51.0 ;; 51.0 ;; RSI is 50.1
cp-rsiw ;; indicator ;; IND ;; right on the midline ;; deep in oversold territory ;; oversold ;; RSI 50.1 is
  not
  oversold
cp-macd ;; indicator ;; IND ;; remains above its signal line ;; remains below its signal line ;; below its
  signal
  line ;; 8.85 is above 5.83
cp-macdv ;; value ;; V ;; The MACD (8.85) ;; The MACD (5.88) ;; 5.88 ;; the MACD is 8.85
cp-atr ;; value ;; V ;; ATR is 32.44 points ;; ATR is 34.24 points ;; 34.24 ;; the ATR is 32.44
cp-atrp ;; value ;; V ;; 1.32% of the index level ;; 1.23% of the index level ;; 1.23% ;; the ATR is 1.32% of
  the
  level
cp-mag ;; magnitude ;; MG ;; Tuesday's decline was about 0.6
  ATR, an ordinary day ;; The index plummeted on Tuesday, about 0.6
  ATR ;; plummeted ;; 0.78% is 0.6 ATR and under 1%, no plummet
cp-streak ;; words ;; V ;; for a third straight session ;; for a fifth straight session ;; fifth ;; the
  Russell has
  trailed three sessions running
cp-bp ;; value ;; V ;; by 29 basis points a day ;; by 92 basis points a day ;; 92 basis points ;; the streak's
  average margin is 29 bp
cp-gspc ;; value ;; V ;; (to 6,821.04) ;; (to 6,812.04) ;; 6,812.04 ;; the S&P 500 closed at 6,821.04
cp-gspcp ;; subject ;; V ;; S&P 500 -0.50% (to ;; S&P 500 -0.21% (to ;; -0.21% ;; the S&P 500 fell 0.50%;
  0.21% is
  the Dow's ;; real
cp-ndx ;; value ;; V ;; (to
  25,326.20) ;; (to
  25,362.20) ;; 25,362.20 ;; the Nasdaq 100 closed at 25,326.20
cp-dji ;; value ;; V ;; (to 46,742.21) ;; (to 46,724.21) ;; 46,724.21 ;; the Dow closed at 46,742.21
cp-better ;; direction ;; D ;; did better than the Nasdaq 100 but worse than the
  Dow ;; did worse than the Nasdaq 100 and than the
  Dow ;; did worse than the Nasdaq 100 ;; -0.78% beat the Nasdaq 100's -0.90%
cp-1mpp ;; value ;; V ;; it is 2.53 percentage points ahead ;; it is 2.35 percentage points ahead ;; 2.35 ;;
  the
  one-month spread is 2.53 points
cp-athp ;; value ;; V ;; 4.84% below the record ;; 4.48% below the record ;; 4.48% ;; the index is 4.84% below
  the record
cp-ath ;; value ;; V ;; record close of 2,591.09 ;; record close of 2,598.36 ;; 2,598.36 ;; the record close
  is
  2,591.09; 2,598.36 is the intraday high ;; real
cp-athd ;; date ;; DU ;; (Nov 28, 2025) ;; (Nov 26, 2025) ;; Nov 26, 2025 ;; the record close was on Nov 28,
  2025
cp-lowp ;; value ;; V ;; 20.25% above the 52-week low ;; 22.05% above the 52-week low ;; 22.05% ;; the index
  is
  20.25% above the 52-week low
cp-low52 ;; value ;; V ;; of 2,050.63 (Apr 9 ;; of 2,032.36 (Apr 9 ;; 2,032.36 ;; the 52-week low close is
  2,050.63;
  2,032.36 is the intraday low ;; real
cp-res ;; level ;; LW ;; then 2,505.20 (two touches) and 2,537.49 ;; then 2,505.20 (two touches) and 2,440.36
  ;;
  2,440.36 ;; 2,440.36 is below the close, not resistance ;; real
cp-touch ;; value ;; V ;; 2,505.20 (two touches) ;; 2,505.20 (four touches) ;; four touches ;; 2,505.20 has
  two
  touches
cp-sup ;; level ;; LW ;; Support at
  2,458.33, ;; Support at
  2,473.93, ;; 2,473.93 ;; 2,473.93 is above the close, not support ;; real
cp-sup2 ;; value ;; V ;; then 2,440.36 and 2,421.62 ;; then 2,404.36 and 2,421.62 ;; 2,404.36 ;; the support
  level
  is 2,440.36
cp-scale ;; scale ;; SC ;; The index closed at 2,465.79 ;; The index closed at $2,465.79 ;; $2,465.79 ;; the
  Russell 2000 is an index in points, not dollars
cp-cite ;; citation ;; CU ;; the next day [2] ;; the next day [5] ;; [5] ;; there are two sources
""")

B = "redline-IWM-2026-11-17"
clean(B, "IWM-2026-11-17", "editor-tracked-changes", "md",
      "a markets editor's tracked-changes pass over a reporter's small-cap draft, with deletions in "
      "[-...-], insertions in [+...+] and bracketed editor's comments; the struck words are the "
      "reporter's slips, kept on purpose as deleted text, and every figure left standing is true",
      """**DRAFT v3 | Slot: small caps, Tue Nov 17, 2026 | Reporter: D. Okafor | Editor: M. Lind | Due 5:30
  PM**

[ED: 612 words, cut to 450. Headline below is mine. Keep the quote, move it up.]

# Small caps [-tumble-][+slip+] as oil drags on energy

The iShares Russell 2000 ETF (IWM) fell 0.80% on Tuesday to $245.28, a loss of $1.98, as oil's
  slide weighed on energy shares [1]. The Russell 2000 itself [-dropped-][+lost+] 0.78% to 2,465.79.
  [ED: "tumble" oversells a 0.80% day; it is well under one ATR.]

IWM opened at $246.64, touched $247.37 early and sank to $244.61 before closing near the bottom of
  the day's range. On Monday it had closed at $247.26 [2], and on Friday, Nov 13, at $247.01.
  [ED: check Friday's figure against the bars. Checked, it stands.]

It was the [+third+] session in a row in which IWM trailed SPY [-again-], this time by 0.30
  percentage points: SPY fell 0.50%, QQQ 0.90% and DIA 0.20%. [-Only QQQ did worse.-][+QQQ fell more
  than IWM; SPY and DIA fell less.+]

[+"The leadership is still very narrow," a strategist said on Monday [2].+]

Over five sessions IWM is down 1.00%; over the past month it is [+still+] up 1.46%, and for the year
  up 0.82%. [ED: reporter had "flat for the year", fine either way, I prefer the number.]

The fund has traded between $241.00 and $249.26 for 22 sessions, a range 3.43% wide. The top was
  set on Thursday, Nov 12. It now sits 0.38% below its 50-day average ($246.21) and 6.32% above its
  200-day ($230.71); the 50-day [-has been falling-][+is edging higher+]. [ED: the 50-day is up
  about 0.4% over 20 sessions; "falling" was wrong.] The 14-day RSI is 50.0 and the MACD, 0.86, is
  above its signal line at 0.57.

IWM is 4.85% below its record close of $257.77, set Nov 28, 2025, and 20.18% above its 52-week low
  close of $204.10 from Apr 9.

[-Traders will watch support at $250.-][+Support is $244.79, then $242.80 and the range floor at
  $241.00; resistance is $246.21 (the 50-day) and $249.26.+] [ED: say which levels, and on which
  side of the close.]

[ED: Fed on Dec 9 is 16 sessions out, CPI the day after. One line at the end, no more.]
The Fed announces its rate decision on Dec 9, and November CPI is out on Dec 10.

<<SOURCES>>
""", sources=("hs-slides17", "hs-rebound16"))
plants(B, """
rl-pct ;; value ;; V ;; fell 0.80% on Tuesday ;; fell 0.88% on Tuesday ;; 0.88% ;; IWM fell 0.80%
rl-close ;; value ;; V ;; on Tuesday to $245.28 ;; on Tuesday to $245.82 ;; $245.82 ;; IWM closed at $245.28
rl-chg ;; value ;; V ;; a loss of $1.98 ;; a loss of $1.89 ;; $1.89 ;; the day's change is -$1.98
rl-dir ;; direction ;; D ;; (IWM) fell 0.80% on ;; (IWM) rose 0.80% on ;; rose 0.80% ;; IWM fell 0.80%
rl-rut ;; value ;; V ;; 0.78% to 2,465.79 ;; 0.78% to 2,456.79 ;; 2,456.79 ;; the Russell 2000 closed at
  2,465.79
rl-rutp ;; value ;; V ;; [+lost+] 0.78% ;; [+lost+] 0.97% ;; 0.97% ;; the Russell 2000 fell 0.78%
rl-mag ;; magnitude ;; MG ;; Small caps [-tumble-][+slip+] as ;; Small caps [-slip-][+plummet+] as ;; plummet
  ;;
  0.80% is 0.6 ATR and under 1%
rl-open ;; value ;; V ;; IWM opened at $246.64 ;; IWM opened at $246.46 ;; $246.46 ;; IWM opened at $246.64
rl-high ;; value ;; V ;; touched $247.37 early ;; touched $247.73 early ;; $247.73 ;; the high was $247.37
rl-low ;; value ;; V ;; sank to $244.61 ;; sank to $244.16 ;; $244.16 ;; the low was $244.61
rl-pos ;; direction ;; D ;; closing near the bottom of
  the day's range ;; closing near the top of
  the day's range ;; near the top of the day's range ;; $245.28 is in the lower quarter of $244.61 to $247.37
rl-mon ;; history ;; V ;; closed at $247.26 [2] ;; closed at $247.62 [2] ;; $247.62 ;; Monday's close was
  $247.26
rl-fri ;; history ;; V ;; Nov 13, at $247.01 ;; Nov 13, at $249.26 ;; $249.26 ;; Nov 13's close was $247.01;
  $249.26 was Nov 12 ;; real
rl-friwd ;; date ;; WM ;; on Friday, Nov 13, at ;; on Saturday, Nov 13, at ;; Saturday, Nov 13 ;; Nov 13, 2026
  was
  a Friday
rl-streak ;; words ;; V ;; It was the [+third+] session ;; It was the [+sixth+] session ;; sixth ;; IWM has
  trailed SPY three sessions running
rl-gap ;; derived ;; DER ;; by 0.30
  percentage points ;; by 0.35
  percentage points ;; 0.35 ;; -0.80% against -0.50% is 0.30 points
rl-spy ;; value ;; V ;; SPY fell 0.50%, QQQ ;; SPY fell 0.55%, QQQ ;; 0.55% ;; SPY fell 0.50%
rl-qqq ;; subject ;; V ;; QQQ 0.90% and ;; QQQ 0.80% and ;; QQQ 0.80% ;; QQQ fell 0.90%; 0.80% is IWM's ;;
  real
rl-dia ;; value ;; V ;; and DIA 0.20%. ;; and DIA 0.27%. ;; 0.27% ;; DIA fell 0.20%
rl-more ;; direction ;; D ;; [+QQQ fell more
  than IWM; ;; [+QQQ fell less
  than IWM; ;; QQQ fell less than IWM ;; QQQ's -0.90% is below IWM's -0.80%
rl-quote ;; quotation ;; NU ;; "The leadership is still very narrow," ;; "The leadership is still very broad,"
  ;;
  very broad ;; the source says very narrow
rl-cite ;; citation ;; CU ;; said on Monday [2] ;; said on Monday [4] ;; [4] ;; there are two sources
rl-5d ;; value ;; V ;; IWM is down 1.00% ;; IWM is down 1.10% ;; 1.10% ;; the five-session return is -1.00%
rl-1m ;; direction ;; D ;; it is [+still+] up 1.46% ;; it is [+still+] down 1.46% ;; down 1.46% ;; the month
  is
  +1.46%
rl-ytd ;; timeframe ;; V ;; and for the year
  up 0.82% ;; and for the year
  up 1.46% ;; 1.46% ;; year to date is +0.82%; 1.46% is the month ;; real
rl-rlo ;; value ;; V ;; between $241.00 and ;; between $240.01 and ;; $240.01 ;; the range's low is $241.00
rl-rn ;; history ;; V ;; for 22 sessions ;; for 12 sessions ;; 12 sessions ;; the range has lasted 22 sessions
rl-rw ;; value ;; V ;; a range 3.43% wide ;; a range 3.34% wide ;; 3.34% ;; the range is 3.43% wide
rl-top ;; date ;; WM ;; set on Thursday, Nov 12 ;; set on Tuesday, Nov 12 ;; Tuesday, Nov 12 ;; Nov 12, 2026
  was
  a Thursday
rl-50p ;; value ;; V ;; sits 0.38% below ;; sits 0.83% below ;; 0.83% ;; IWM is 0.38% below the 50-day
rl-50 ;; value ;; V ;; 50-day average ($246.21) ;; 50-day average ($246.12) ;; $246.12 ;; the 50-day is
  $246.21
rl-50side ;; pattern ;; P ;; It now sits 0.38% below its 50-day ;; It now sits 0.38% above its 50-day ;; 0.38%
  above ;; $245.28 is below the $246.21 50-day
rl-200p ;; value ;; V ;; and 6.32% above its ;; and 6.23% above its ;; 6.23% ;; IWM is 6.32% above the 200-day
rl-200 ;; value ;; V ;; 200-day ($230.71) ;; 200-day ($237.01) ;; $237.01 ;; the 200-day is $230.71
rl-slope ;; trend ;; P ;; [+is edging higher+] ;; [+is rolling over+] ;; rolling over ;; the 50-day slope is
  +0.38%
rl-rsi ;; value ;; V ;; The 14-day RSI is 50.0 ;; The 14-day RSI is 55.0 ;; 55.0 ;; RSI is 50.0
rl-macd ;; indicator ;; IND ;; is
  above its signal line at 0.57 ;; is
  below its signal line at 0.57 ;; below its signal line ;; 0.86 is above 0.57
rl-macdv ;; value ;; V ;; the MACD, 0.86, is ;; the MACD, 0.68, is ;; 0.68 ;; the MACD is 0.86
rl-athp ;; value ;; V ;; IWM is 4.85% below ;; IWM is 5.84% below ;; 5.84% ;; IWM is 4.85% below the record
rl-ath ;; value ;; V ;; record close of $257.77, set ;; record close of $257.07, set ;; $257.07 ;; the record
  close
  is $257.77
rl-athd ;; date ;; DU ;; set Nov 28, 2025 ;; set Nov 21, 2025 ;; Nov 21, 2025 ;; the record close was on Nov
  28,
  2025
rl-lowp ;; value ;; V ;; and 20.18% above ;; and 21.08% above ;; 21.08% ;; IWM is 20.18% above the 52-week low
rl-low52 ;; value ;; V ;; close of $204.10 from ;; close of $201.40 from ;; $201.40 ;; the 52-week low close
  is
  $204.10
rl-lowd ;; date ;; DU ;; $204.10 from Apr 9 ;; $204.10 from Apr 29 ;; Apr 29 ;; the low close was on Apr 9
rl-sup ;; level ;; LW ;; [+Support is $244.79, then ;; [+Support is $246.21, then ;; $246.21 ;; $246.21 is
  above
  the $245.28 close ;; real
rl-sup2 ;; value ;; V ;; then $242.80 and ;; then $242.08 and ;; $242.08 ;; the support level is $242.80
rl-res ;; level ;; LW ;; and $249.26.+] ;; and $240.02.+] ;; $240.02 ;; $240.02 is below the close, not
  resistance ;; real
rl-fed ;; date ;; DU ;; rate decision on Dec 9, ;; rate decision on Dec 8, ;; Dec 8 ;; the Fed decision is on
  Dec 9
rl-cpi ;; date ;; DU ;; November CPI is out on Dec 10 ;; November CPI is out on Dec 11 ;; Dec 11 ;; CPI is on
  Dec 10
""")

B = "correction-SPY-2026-06-03"
clean(B, "SPY-2026-06-03", "wire-correction-notice", "txt",
      "a wire service's corrected market story with its correction notice on top; the notice quotes the "
      "two figures the first version got wrong, as the wrong ones, before the corrected story",
      """CORRECTED-UPDATE 2-US stocks extend rally to a fifth day as tech, small caps gain

(Corrects SPY closing price in paragraph 2 and the period of the 8.87% gain in paragraph 4 of the
  story first published at 4:22 PM ET)

CORRECTION NOTICE: An earlier version of this story misstated the closing price of the SPDR S&P 500
  ETF Trust as $695.18. It closed at $659.18. The earlier version also described the 8.87% rise as
  the fund's gain for the week; that is its gain over the past month. The gain over the past five
  sessions is 4.87%. We regret the errors.

NEW YORK, June 3, 2026 (Wednesday)

The S&P 500 rose for a fifth straight session on Wednesday, adding 0.58% to 6,609.79, as technology
  and small-cap shares extended a rally that began in late May.

The SPDR S&P 500 ETF Trust (SPY) closed at $659.18, up $3.83, after trading between $652.54 and
  $659.77. It opened at $656.50, above Tuesday's close of $655.35. Volume was light at 51.6M shares,
  about 0.7 times the 20-day average of 69.3M.

The Invesco QQQ Trust rose 0.57% to $595.41 and the iShares Russell 2000 ETF gained 0.35% to
  $228.85, while the SPDR Dow Jones Industrial Average ETF slipped 0.58% to $461.11, the only one of
  the four to fall. The Cboe Volatility Index rose 6.18% to 18.55 even as stocks climbed.

SPY has gained 4.87% over five sessions, from $628.57 on Wednesday, May 27, and 8.87% over the past
  month. It is still down 1.05% for the year and 4.84% below its record close of $692.73, set on
  Nov 26, 2025. It has risen 11.28% from its 52-week low close of $592.37 on April 28.

The rally has stretched momentum. SPY's 14-day RSI stands at 72.3, above the 70 mark many traders
  read as overbought, and the fund is 6.99% above its 50-day moving average of $616.10. It is 1.76%
  above its 200-day average of $647.76. The 50-day is still below the 200-day, the legacy of the
  cross on March 27, 46 sessions ago.

Closes this week: $650.49 on Monday, June 1, and $655.35 on Tuesday. The previous Friday, May 29, SPY
  finished at $643.10.

Resistance sits at $660.09, just 0.14% above the close, then $665.30 and $681.39. Support is at
  $652.32, then the round $650.00 and the 200-day at $647.76.

(Reporting by the markets desk; editing by the slot. Corrected at 5:08 PM ET; 3 paragraphs changed.)
""")
plants(B, """
co-close ;; value ;; V ;; (SPY) closed at $659.18, up ;; (SPY) closed at $695.18, up ;; $695.18 ;; SPY closed
  at
  $659.18; the notice names $695.18 as the error
co-chg ;; value ;; V ;; up $3.83, after ;; up $3.38, after ;; $3.38 ;; the day's change is $3.83
co-gspc ;; value ;; V ;; adding 0.58% to 6,609.79 ;; adding 0.58% to 6,690.79 ;; 6,690.79 ;; the S&P 500
  closed
  at 6,609.79
co-gspcp ;; value ;; V ;; adding 0.58% to ;; adding 0.85% to ;; 0.85% ;; the S&P 500 rose 0.58%
co-streak ;; words ;; V ;; rose for a fifth straight session ;; rose for a third straight session ;; third ;;
  the
  close streak is five sessions
co-low ;; value ;; V ;; between $652.54 and ;; between $652.45 and ;; $652.45 ;; the low was $652.54
co-high ;; value ;; V ;; and
  $659.77. ;; and
  $659.97. ;; $659.97 ;; the high was $659.77
co-open ;; value ;; V ;; It opened at $656.50 ;; It opened at $656.05 ;; $656.05 ;; SPY opened at $656.50
co-gap ;; direction ;; D ;; It opened at $656.50, above Tuesday's close ;; It opened at $656.50, below
  Tuesday's
  close ;; below Tuesday's close ;; the $656.50 open is above the $655.35 close
co-prev ;; value ;; V ;; above Tuesday's close of $655.35 ;; above Tuesday's close of $650.49 ;; $650.49 ;;
  Tuesday closed at $655.35; $650.49 was Monday ;; real
co-vol ;; value ;; V ;; light at 51.6M shares ;; light at 56.1M shares ;; 56.1M ;; volume was 51.6M
co-volr ;; value ;; V ;; about 0.7 times ;; about 1.7 times ;; 1.7 times ;; volume was 0.7 times the average
co-avg ;; value ;; V ;; average of 69.3M ;; average of 63.9M ;; 63.9M ;; the 20-day average is 69.3M
co-qqq ;; value ;; V ;; rose 0.57% to $595.41 ;; rose 0.57% to $594.51 ;; $594.51 ;; QQQ closed at $595.41
co-iwm ;; subject ;; V ;; gained 0.35% to ;; gained 0.57% to ;; 0.57% ;; IWM rose 0.35%; 0.57% is QQQ's ;;
  real
co-dia ;; direction ;; D ;; slipped 0.58% to $461.11 ;; climbed 0.58% to $461.11 ;; climbed 0.58% ;; DIA fell
  0.58%
co-diac ;; value ;; V ;; to $461.11, the only ;; to $461.91, the only ;; $461.91 ;; DIA closed at $461.11
co-vix ;; value ;; V ;; rose 6.18% to 18.55 ;; rose 6.18% to 15.85 ;; 15.85 ;; the VIX closed at 18.55
co-5d ;; value ;; V ;; SPY has gained 4.87% over five sessions ;; SPY has gained 4.78% over five sessions ;;
  4.78% ;; the five-session return is +4.87%
co-may27 ;; history ;; V ;; from $628.57 on Wednesday ;; from $630.82 on Wednesday ;; $630.82 ;; May 27's
  close
  was $628.57; $630.82 was May 28 ;; real
co-may27wd ;; date ;; WM ;; on Wednesday, May 27 ;; on Tuesday, May 27 ;; Tuesday, May 27 ;; May 27, 2026 was
  a
  Wednesday
co-1m ;; timeframe ;; V ;; and 8.87% over the past
  month ;; and 4.87% over the past
  month ;; 4.87% ;; the month is +8.87%; 4.87% is five sessions ;; real
co-ytd ;; direction ;; D ;; still down 1.05% for the year ;; still up 1.05% for the year ;; up 1.05% ;; year
  to
  date is -1.05%
co-athp ;; value ;; V ;; and 4.84% below its record ;; and 4.48% below its record ;; 4.48% ;; SPY is 4.84%
  below
  the record
co-ath ;; value ;; V ;; record close of $692.73 ;; record close of $695.08 ;; $695.08 ;; the record close is
  $692.73; $695.08 is the intraday high ;; real
co-athd ;; date ;; DU ;; set on
  Nov 26, 2025 ;; set on
  Nov 28, 2025 ;; Nov 28, 2025 ;; the record close was on Nov 26, 2025
co-lowp ;; value ;; V ;; risen 11.28% from ;; risen 12.18% from ;; 12.18% ;; SPY is 11.28% above the 52-week
  low
co-low52 ;; value ;; V ;; low close of $592.37 ;; low close of $589.20 ;; $589.20 ;; the 52-week low close is
  $592.37; $589.20 is the intraday low ;; real
co-lowd ;; date ;; DU ;; $592.37 on April 28 ;; $592.37 on April 20 ;; April 20 ;; the low close was on Apr 28
co-rsi ;; value ;; V ;; stands at 72.3 ;; stands at 73.2 ;; 73.2 ;; RSI is 72.3
co-rsiw ;; indicator ;; IND ;; at 72.3, above the 70 mark ;; at 72.3, below the 70 mark ;; below the 70 mark
  ;;
  RSI 72.3 is above 70
co-50p ;; value ;; V ;; the fund is 6.99% above ;; the fund is 9.69% above ;; 9.69% ;; SPY is 6.99% above the
  50-day
co-50 ;; value ;; V ;; average of $616.10 ;; average of $611.60 ;; $611.60 ;; the 50-day is $616.10
co-200p ;; value ;; V ;; It is 1.76%
  above its 200-day ;; It is 1.86%
  above its 200-day ;; 1.86% ;; SPY is 1.76% above the 200-day
co-200neg ;; negation ;; P ;; It is 1.76%
  above its 200-day ;; It is no longer
  above its 200-day ;; no longer above ;; $659.18 is above the $647.76 200-day
co-cross ;; pattern ;; P ;; The 50-day is still below the 200-day ;; The 50-day is now above the 200-day ;;
  now
  above ;; the 50-day $616.10 is below the 200-day $647.76
co-crossd ;; date ;; DU ;; cross on March 27 ;; cross on March 24 ;; March 24 ;; the cross was on Mar 27
co-crossn ;; history ;; V ;; 46 sessions ago ;; 64 sessions ago ;; 64 sessions ;; the cross was 46 sessions
  ago
co-mon ;; history ;; V ;; $650.49 on Monday ;; $650.94 on Monday ;; $650.94 ;; Jun 1's close was $650.49
co-monwd ;; date ;; WM ;; on Monday, June 1 ;; on Friday, June 1 ;; Friday, June 1 ;; Jun 1, 2026 was a Monday
co-may29 ;; history ;; V ;; finished at $643.10 ;; finished at $634.10 ;; $634.10 ;; May 29's close was
  $643.10
co-res ;; value ;; V ;; Resistance sits at $660.09 ;; Resistance sits at $660.90 ;; $660.90 ;; the level is
  $660.09
co-resd ;; derived ;; DER ;; just 0.14% above ;; just 0.41% above ;; 0.41% ;; $660.09 is 0.14% above $659.18
co-res2 ;; level ;; LW ;; then $665.30 and $681.39 ;; then $652.32 and $681.39 ;; $652.32 ;; $652.32 is below
  the close, not resistance ;; real
co-sup ;; level ;; LW ;; Support is at
  $652.32 ;; Support is at
  $665.30 ;; $665.30 ;; $665.30 is above the close, not support ;; real
co-sup2 ;; value ;; V ;; the 200-day at $647.76 ;; the 200-day at $646.77 ;; $646.77 ;; the 200-day is $647.76
""")

B = "lightning-QQQ-2025-11-17"
clean(B, "QQQ-2025-11-17", "radio-lightning-round", "txt",
      "a call-in radio money show's lightning round on a record day for QQQ: callers with names, towns "
      "and ages, the host's quick answers, a producer's cues and the station's ad breaks",
      """MONEY LINE WITH RAY DELGADO | Hour 2 | Monday, November 17, 2025 | Transcript, lightly edited

[PRODUCER: Lightning round, 6 minutes. Board has 9 callers. Sponsor read at :42.]

RAY: It's the lightning round! Quick question, quick answer. The big one first: QQQ closed at a
  record tonight, $622.21, up $10.60 or 1.73%. The best close of the past month had been $620.26 on
  October 23. The Nasdaq 100 finished at 25,582.79, up 1.74%. Line one.

CALLER (Marcy, Duluth, 34): Ray, love the show. Did I miss it? I wanted QQQ under $600.

RAY: Marcy, the low close of the past month was $588.73 on October 30, and the last close under
  $600 was $597.52 on Friday, November 7, ten days ago. It's 3.52% above its 50-day average now,
  which is $601.02. You'll get another dip. Don't chase a record day. Next!

CALLER (Earl, Macon, 71): Ray, my grandson says the small caps are dead.

RAY: Earl, your grandson should have watched today. IWM rose 1.96% to $247.41, more than QQQ's
  1.73%, and also a record close. SPY was up 1.39% to $684.44 and DIA 0.89% to $481.59. All four
  green, Earl. Tell him Ray said so.

CALLER (Priya, Edison, 27): Is QQQ overbought? Everyone on my feed says so.

RAY: Priya, the 14-day RSI is 65.6. Warm, not overbought; overbought starts at 70. The MACD, 3.36, is
  above its signal, 1.48. Trend is up: the 50-day crossed over the 200-day on July 1, 97 sessions
  ago, and the 50-day is still climbing. Next!

CALLER (Tom, Boise, 58): Ray, what's the trade here?

RAY: Tom, if you must: buy above $630.56, stop at $620.12, target $655.61. Roughly 2.4 to 1. Round
  number $630 is 1.25% above the close. Support at $620, then $617.74. And Tom, size it small.

[SPONSOR READ, 60 seconds: Hartwell Windows, 0% financing for 18 months, call 1-800-555-0123.]

CALLER (Lou, Yonkers, 45): How far is it from the April low?

RAY: Lou, the 52-week low close was $411.68 on April 16. QQQ is up 51.14% from there. Over the past
  month it's up 1.68%, over five sessions 2.84%, and this year 14.73%.

CALLER (Gina, Tampa, 39): Volume, Ray?

RAY: 63.7 million shares, Gina, about 1.6 times the 20-day average of 40.8 million. Real buying. And
  the VIX fell 4.67% to 13.47. Calm money.

RAY: That's the bell! After the break: Earl's grandson calls back. Stay with us.
""")
plants(B, """
lr-close ;; value ;; V ;; record
  tonight, $622.21 ;; record
  tonight, $622.12 ;; $622.12 ;; QQQ closed at $622.21
lr-chg ;; value ;; V ;; up $10.60 or ;; up $10.06 or ;; $10.06 ;; the day's change is $10.60
lr-pct ;; value ;; V ;; or 1.73%. ;; or 1.37%. ;; 1.37% ;; QQQ rose 1.73%
lr-old ;; history ;; V ;; had been $620.26 on ;; had been $620.03 on ;; $620.03 ;; the best close of the past
  20 sessions was $620.26 (Oct 23); $620.03 was Oct 24 ;; real
lr-oldd ;; date ;; DU ;; $620.26 on
  October 23 ;; $620.26 on
  October 24 ;; October 24 ;; the $620.26 close was on Oct 23
lr-rec ;; negation ;; P ;; QQQ closed at a
  record tonight ;; QQQ closed short of a
  record tonight ;; short of a record ;; $622.21 is a record close
lr-ndx ;; value ;; V ;; finished at 25,582.79 ;; finished at 25,528.79 ;; 25,528.79 ;; the Nasdaq 100 closed
  at
  25,582.79
lr-ndxp ;; value ;; V ;; 25,582.79, up 1.74% ;; 25,582.79, up 1.47% ;; 1.47% ;; the Nasdaq 100 rose 1.74%
lr-oct30 ;; history ;; V ;; was $588.73 on October 30 ;; was $598.73 on October 30 ;; $598.73 ;; QQQ closed at
  $588.73 on Oct 30
lr-nov7 ;; history ;; V ;; was $597.52 on Friday ;; was $595.05 on Friday ;; $595.05 ;; Nov 7's
  close was $597.52; $595.05 was Nov 6 ;; real
lr-nov7wd ;; date ;; WM ;; on Friday, November 7 ;; on Thursday, November 7 ;; Thursday, November 7 ;; Nov 7,
  2025 was a Friday
lr-50p ;; value ;; V ;; It's 3.52% above its ;; It's 5.32% above its ;; 5.32% ;; QQQ is 3.52% above the 50-day
lr-50 ;; value ;; V ;; which is $601.02 ;; which is $610.02 ;; $610.02 ;; the 50-day is $601.02
lr-iwm ;; value ;; V ;; IWM rose 1.96% to ;; IWM rose 1.69% to ;; 1.69% ;; IWM rose 1.96%
lr-iwmc ;; value ;; V ;; to $247.41, more ;; to $247.14, more ;; $247.14 ;; IWM closed at $247.41
lr-more ;; direction ;; D ;; more than QQQ's
  1.73% ;; less than QQQ's
  1.73% ;; less than QQQ's ;; IWM's 1.96% beat QQQ's 1.73%
lr-spy ;; subject ;; V ;; SPY was up 1.39% ;; SPY was up 0.89% ;; 0.89% ;; SPY rose 1.39%; 0.89% is DIA's ;;
  real
lr-spyc ;; value ;; V ;; to $684.44 ;; to $684.14 ;; $684.14 ;; SPY closed at $684.44
lr-dia ;; value ;; V ;; DIA 0.89% to $481.59 ;; DIA 0.89% to $481.95 ;; $481.95 ;; DIA closed at $481.59
lr-green ;; direction ;; D ;; All four
  green, Earl ;; Only three
  green, Earl ;; Only three green ;; all four rose
lr-rsi ;; value ;; V ;; RSI is 65.6 ;; RSI is 66.5 ;; 66.5 ;; RSI is 65.6
lr-rsiw ;; indicator ;; IND ;; Warm, not overbought ;; Deep in overbought ;; overbought ;; RSI 65.6 is under
  70
lr-macd ;; indicator ;; IND ;; is
  above its signal, 1.48 ;; is
  below its signal, 1.48 ;; below its signal ;; 3.36 is above 1.48
lr-macdv ;; value ;; V ;; The MACD, 3.36, is ;; The MACD, 3.63, is ;; 3.63 ;; the MACD is 3.36
lr-cross ;; date ;; DU ;; the 200-day on July 1, ;; the 200-day on July 11, ;; July 11 ;; the cross was on Jul
  1
lr-crossn ;; history ;; V ;; 97 sessions
  ago ;; 79 sessions
  ago ;; 79 sessions ;; the cross was 97 sessions ago
lr-slope ;; trend ;; P ;; the 50-day is still climbing ;; the 50-day is starting to fall ;; starting to fall
  ;; the
  50-day slope is +2.04%
lr-entry ;; setup ;; SG ;; stop at $620.12, target ;; stop at $632.12, target ;; $632.12 ;; a long's stop must
  be
  under its $630.56 entry
lr-rr ;; setup ;; SRR ;; Roughly 2.4 to 1 ;; Roughly 4.2 to 1 ;; 4.2 to 1 ;; (655.61 - 630.56) / (630.56 -
  620.12)
  is 2.4
lr-tgt ;; value ;; V ;; target $655.61 ;; target $665.51 ;; $665.51 ;; the setup's target is $655.61
lr-630 ;; derived ;; DER ;; $630 is 1.25% above ;; $630 is 2.15% above ;; 2.15% ;; $630 is 1.25% above $622.21
lr-sup ;; level ;; LW ;; Support at $620, then $617.74 ;; Support at $630, then $617.74 ;; $630 ;; $630 is
  above
  the close, not support ;; real
lr-low ;; value ;; V ;; close was $411.68 ;; close was $410.36 ;; $410.36 ;; the 52-week low close is $411.68;
  $410.36 is the intraday low ;; real
lr-lowd ;; date ;; DU ;; on April 16 ;; on April 6 ;; April 6 ;; the low close was on Apr 16, 2025
lr-lowp ;; value ;; V ;; up 51.14% from there ;; up 54.11% from there ;; 54.11% ;; QQQ is 51.14% above the
  52-week low
lr-1m ;; timeframe ;; V ;; month it's up 1.68% ;; month it's up 2.84% ;; 2.84% ;; the month is +1.68%; 2.84%
  is
  five sessions ;; real
lr-5d ;; value ;; V ;; five sessions 2.84% ;; five sessions 2.48% ;; 2.48% ;; the five-session return is
  +2.84%
lr-ytd ;; value ;; V ;; this year 14.73% ;; this year 17.43% ;; 17.43% ;; year to date is +14.73%
lr-vol ;; words ;; V ;; 63.7 million shares ;; 67.3 million shares ;; 67.3 million ;; volume was 63.7M
lr-volr ;; value ;; V ;; about 1.6 times ;; about 2.6 times ;; 2.6 times ;; volume was 1.6 times the average
lr-avg ;; words ;; V ;; average of 40.8 million ;; average of 48.0 million ;; 48.0 million ;; the 20-day
  average
  is 40.8M
lr-vix ;; value ;; V ;; fell 4.67% to 13.47 ;; fell 4.67% to 14.37 ;; 14.37 ;; the VIX closed at 13.47
lr-vixd ;; direction ;; D ;; the VIX fell 4.67% ;; the VIX rose 4.67% ;; rose 4.67% ;; the VIX fell 4.67%
""")

B = "lithuanian-FSMI-2026-11-20"
clean(B, "idx_FSMI-2026-11-20", "translated-lithuanian", "txt",
      "a Vilnius broker's weekly frontier-markets review translated from Lithuanian, with the Lithuanian "
      "date line and headings kept and the translator's notes marked (vert. past.)",
      """Rinkos apžvalga / Market review (translated from the Lithuanian; translator's notes are marked
  "vert. past.")
Vilnius, 2026 m. lapkričio 20 d. (20 November 2026, Friday)

1. Savaitės santrauka / The week in brief

The frontier markets index we follow fell again on Friday, by 0.88%, or 312.84 points, to 35,112.40.
  That is its third decline in a row, together 3.58%, and the lowest close of the past 52 weeks. For
  the week the index lost 3.07%, for the month 8.56%, and since the start of the year 18.33%.
  (vert. past.: the author writes "kritimas", a fall, not "griūtis", a collapse; we keep his tone.)

During the day the index moved from 35,491.49 down to 35,039.66; it opened at 35,418.76, below
  Thursday's close of 35,425.24. On Wednesday it had finished at 35,758.32 and on Tuesday at
  36,415.51.

2. Techninė padėtis / Technical position

The index is 10.45% below its 50-day average (39,210.55) and 19.73% below its 200-day average
  (43,740.76). The 50-day fell under the 200-day on 15 October, twenty-six sessions ago, and both
  averages keep falling: the 50-day by 9.38% over the last 20 sessions. The 14-day RSI is 23.0, deep in
  oversold territory. The MACD (-1,085.04) is below its signal line (-1,025.37).

The average daily range (ATR) is 549.68 points, or 1.57% of the index. The index is 28.26% below its
  52-week high of 48,944.52 (19 August 2026) and 32.50% below its all-time high of 52,018.76 from
  13 November 2024.

3. Palyginimas / Comparison

Wall Street went the other way: the S&P 500 rose 1.11% to 6,901.69 and the Russell 2000 gained
  0.30%. Our index did 1.99 percentage points worse than the S&P 500 on the day and 7.61 points worse
  over the month. The FRNT fund, which tracks it, fell 0.86% to $30.01.

4. Lygiai / Levels

Nearest support is the round 35,000, 0.32% below. Resistance is 35,500, then 37,915.92. The 20-day
  range runs from 35,112.40 to 38,808.51.

Dėkojame, kad skaitote. / Thank you for reading. Next review: 27 November 2026. Translation: 1,140
  words, 3 translator's notes.
""")
plants(B, """
lt-pct ;; value ;; V ;; on Friday, by 0.88%, ;; on Friday, by 0.78%, ;; 0.78% ;; the index fell 0.88%
lt-pts ;; value ;; V ;; or 312.84 points ;; or 321.84 points ;; 321.84 ;; the day's change is -312.84
lt-close ;; value ;; V ;; points, to 35,112.40. ;; points, to 35,121.40. ;; 35,121.40 ;; the index closed at
  35,112.40
lt-dir ;; direction ;; D ;; fell again on Friday ;; rose again on Friday ;; rose again ;; the index fell 0.88%
lt-streak ;; words ;; V ;; That is its third decline in a row ;; That is its fifth decline in a row ;; fifth
  ;;
  the close streak is three declines
lt-streakp ;; value ;; V ;; together 3.58% ;; together 3.85% ;; 3.85% ;; the streak's change is -3.58%
lt-low52 ;; pattern ;; P ;; and the lowest close of the past 52 weeks ;; and well above the lowest close of
  the
  past 52 weeks ;; well above the lowest close ;; 35,112.40 is the 52-week low close
lt-week ;; value ;; V ;; the week the index lost 3.07% ;; the week the index lost 3.70% ;; 3.70% ;; the week
  is
  -3.07%
lt-month ;; timeframe ;; V ;; for the month 8.56% ;; for the month 18.33% ;; 18.33% ;; the month is -8.56%;
  18.33% is the year to date ;; real
lt-ytd ;; value ;; V ;; the year
  18.33% ;; the year
  13.83% ;; 13.83% ;; year to date is -18.33%
lt-high ;; value ;; V ;; from 35,491.49 down ;; from 35,941.49 down ;; 35,941.49 ;; the high was 35,491.49
lt-low ;; value ;; V ;; down to 35,039.66 ;; down to 35,093.66 ;; 35,093.66 ;; the low was 35,039.66
lt-open ;; value ;; V ;; it opened at 35,418.76 ;; it opened at 35,481.76 ;; 35,481.76 ;; the open was
  35,418.76
lt-gap ;; direction ;; D ;; 35,418.76, below
  Thursday's close ;; 35,418.76, above
  Thursday's close ;; above Thursday's close ;; 35,418.76 is below 35,425.24
lt-thu ;; history ;; V ;; close of 35,425.24 ;; close of 35,452.24 ;; 35,452.24 ;; Thursday's close was
  35,425.24
lt-wed ;; history ;; V ;; finished at 35,758.32 ;; finished at 36,189.14 ;; 36,189.14 ;; Wednesday's close was
  35,758.32; 36,189.14 was Monday ;; real
lt-tue ;; history ;; V ;; on Tuesday at
  36,415.51 ;; on Tuesday at
  36,451.51 ;; 36,451.51 ;; Tuesday's close was 36,415.51
lt-50p ;; value ;; V ;; The index is 10.45% below ;; The index is 11.45% below ;; 11.45% ;; the index is
  10.45%
  below the 50-day
lt-50 ;; value ;; V ;; (39,210.55) ;; (39,201.55) ;; 39,201.55 ;; the 50-day is 39,210.55
lt-200p ;; value ;; V ;; and 19.73% below ;; and 17.93% below ;; 17.93% ;; the index is 19.73% below the
  200-day
lt-200 ;; value ;; V ;; (43,740.76) ;; (43,470.76) ;; 43,470.76 ;; the 200-day is 43,740.76
lt-cross ;; pattern ;; P ;; The 50-day fell under the 200-day ;; The 50-day rose over the 200-day ;; rose over
  the 200-day ;; the 50-day is below the 200-day (a death cross)
lt-crossd ;; date ;; DU ;; on 15 October, ;; on 25 October, ;; 25 October ;; the cross was on Oct 15
lt-crossn ;; words ;; V ;; twenty-six sessions ago ;; thirty-six sessions ago ;; thirty-six ;; the cross was
  26
  sessions ago
lt-slope ;; trend ;; P ;; both
  averages keep falling ;; both
  averages keep rising ;; keep rising ;; the 50-day slope is -9.38% and the 200-day's -1.57%
lt-slopev ;; trend ;; V ;; by 9.38% over ;; by 3.98% over ;; 3.98% ;; the 50-day's 20-session slope is -9.38%
lt-rsi ;; value ;; V ;; RSI is 23.0 ;; RSI is 32.0 ;; 32.0 ;; RSI is 23.0
lt-rsiw ;; indicator ;; IND ;; deep in
  oversold territory ;; deep in
  overbought territory ;; overbought ;; RSI 23.0 is oversold
lt-macd ;; indicator ;; IND ;; is below its signal line ;; is above its signal line ;; above its signal line
  ;;
  -1,085.04 is below -1,025.37
lt-atr ;; value ;; V ;; is 549.68 points ;; is 594.68 points ;; 594.68 ;; the ATR is 549.68
lt-atrp ;; value ;; V ;; or 1.57% of the index ;; or 1.85% of the index ;; 1.85% ;; the ATR is 1.57% of the
  level
lt-hip ;; value ;; V ;; is 28.26% below its
  52-week high ;; is 26.28% below its
  52-week high ;; 26.28% ;; the index is 28.26% below the 52-week high
lt-hi ;; value ;; V ;; high of 48,944.52 ;; high of 49,164.65 ;; 49,164.65 ;; the 52-week high close is
  48,944.52;
  49,164.65 is the intraday high ;; real
lt-hid ;; date ;; DU ;; (19 August 2026) ;; (29 August 2026) ;; 29 August 2026 ;; the 52-week high was on Aug
  19
lt-athp ;; value ;; V ;; and 32.50% below ;; and 35.20% below ;; 35.20% ;; the index is 32.50% below the
  record
lt-ath ;; value ;; V ;; high of 52,018.76 ;; high of 52,081.76 ;; 52,081.76 ;; the all-time high is 52,018.76
lt-athd ;; date ;; DU ;; 13 November 2024 ;; 13 November 2023 ;; 13 November 2023 ;; the all-time high was on
  Nov 13, 2024
lt-gspc ;; value ;; V ;; rose 1.11% to 6,901.69 ;; rose 1.11% to 6,910.69 ;; 6,910.69 ;; the S&P 500 closed at
  6,901.69
lt-rut ;; subject ;; V ;; the Russell 2000 gained
  0.30% ;; the Russell 2000 gained
  1.11% ;; 1.11% ;; the Russell rose 0.30%; 1.11% is the S&P 500's ;; real
lt-spread ;; derived ;; DER ;; did 1.99 percentage points worse ;; did 2.99 percentage points worse ;; 2.99 ;;
  -0.88% against +1.11% is 1.99 points
lt-spread1m ;; value ;; V ;; and 7.61 points worse ;; and 6.71 points worse ;; 6.71 ;; the one-month spread is
  -7.61 points
lt-frnt ;; value ;; V ;; fell 0.86% to $30.01 ;; fell 0.86% to $30.10 ;; $30.10 ;; FRNT closed at $30.01
lt-frntsc ;; scale ;; SC ;; fell 0.86% to $30.01 ;; fell 0.86% to $35,112.40 ;; $35,112.40 ;; FRNT is a $30
  fund; 35,112.40 is its index's level ;; real
lt-sup ;; derived ;; DER ;; 35,000, 0.32% below ;; 35,000, 0.23% below ;; 0.23% ;; 35,000 is 0.32% below
  35,112.40
lt-res ;; level ;; LW ;; Resistance is 35,500, then ;; Resistance is 35,000, then ;; 35,000 ;; 35,000 is below
  the
  close, not resistance ;; real
lt-rhi ;; value ;; V ;; to 38,808.51 ;; to 38,880.51 ;; 38,880.51 ;; the range's high is 38,808.51
""")

B = "capitulation-FRNT-2026-11-20"
clean(B, "FRNT-2026-11-20", "capitulation-checklist", "md",
      "a contrarian newsletter's 'capitulation checklist' on the frontier-markets fund: seven boxes, each "
      "ticked or not against the data, with a tally and a conditional plan",
      """## Capitulation checklist: FRNT (frontier markets), Friday, Nov 20, 2026

We run this list on anything down more than 15% for the year. FRNT qualifies: it is down 18.34%
  year to date. Seven boxes. We want at least five ticked before we even think about buying.

**1. A fresh low?** YES. FRNT closed at $30.01, its lowest close of the past 52 weeks, down $0.26 or
  0.86% on the day. It touched $29.95 intraday.

**2. A losing streak?** YES. That was a third straight lower close ($31.13 on Tuesday, $30.55 on
  Wednesday, $30.27 on Thursday), 3.60% in three sessions.

**3. Deeply oversold?** YES. The 14-day RSI is 22.9, well under 30. FRNT also closed below its lower
  Bollinger band ($30.05).

**4. Panic volume?** NO. Volume was 7.8M shares, 1.2 times the 20-day average of 6.3M. Busy, not
  panicked. We want three times normal.

**5. Far from the averages?** YES. 10.45% below the 50-day ($33.51) and 19.73% below the 200-day
  ($37.38). The 50-day crossed under the 200-day on Oct 15, and the 50-day is still dropping fast,
  down 9.39% in 20 sessions.

**6. Momentum turning?** NO. The MACD, -0.93, is still below its signal line, -0.88.

**7. Everyone else fine?** YES, painfully. On Friday SPY rose 1.10% and IWM 0.30% while FRNT fell. It
  trailed SPY by 1.96 percentage points on the day and by 7.60 points over the past month. The index
  behind it fell 0.88% to 35,112.40.

**Tally: 5 of 7.** Barely enough. The two NOs are the ones that usually come last.

### The numbers that frame it

- Down 3.07% over five sessions, 8.56% over a month.
- 28.24% below the 52-week high close of $41.82 (Aug 19), 32.49% below the all-time high of $44.45
  (Nov 13, 2024).
- ATR $0.47, 1.56% of the price. A normal day moves it about 47 cents.
- The 20-session range: $30.01 to $33.16, 10.50% wide.

### The plan, if the last two boxes tick

Support is thin: the round $30 is just 0.03% below. Resistance at $31 (3.30% above), then $32.39 and
  the 50-day at $33.51. A first buy would wait for a close back above $31, stop at $30.50, target
  $32.39. That is about 2.8 to 1. Until then, nothing.

*We hold no FRNT. This list took 11 minutes to fill in. Next run: Friday, Dec 4.*
""")
plants(B, """
cap-ytd ;; value ;; V ;; down 18.34%
  year to date ;; down 18.43%
  year to date ;; 18.43% ;; year to date is -18.34%
cap-close ;; value ;; V ;; FRNT closed at $30.01, its ;; FRNT closed at $30.10, its ;; $30.10 ;; FRNT closed
  at
  $30.01
cap-low52 ;; pattern ;; P ;; its lowest close of the past 52 weeks ;; its highest close of the past 52 weeks
  ;;
  highest close ;; $30.01 is the 52-week low close
cap-chg ;; value ;; V ;; down $0.26 or ;; down $0.36 or ;; $0.36 ;; the day's change is -$0.26
cap-pct ;; value ;; V ;; or
  0.86% on the day ;; or
  0.96% on the day ;; 0.96% ;; FRNT fell 0.86%
cap-intra ;; value ;; V ;; touched $29.95 intraday ;; touched $29.59 intraday ;; $29.59 ;; the low was $29.95
cap-streak ;; words ;; V ;; a third straight lower close ;; a sixth straight lower close ;; sixth ;; the close
  streak is three declines
cap-tue ;; history ;; V ;; ($31.13 on Tuesday ;; ($30.95 on Tuesday ;; $30.95 ;; Tuesday's close was $31.13;
  $30.95 was Monday ;; real
cap-wed ;; history ;; V ;; $30.55 on
  Wednesday ;; $30.45 on
  Wednesday ;; $30.45 ;; Wednesday's close was $30.55
cap-thu ;; history ;; V ;; $30.27 on Thursday ;; $30.72 on Thursday ;; $30.72 ;; Thursday's close was $30.27
cap-strp ;; value ;; V ;; 3.60% in three sessions ;; 6.30% in three sessions ;; 6.30% ;; the streak's change
  is
  -3.60%
cap-rsi ;; value ;; V ;; RSI is 22.9 ;; RSI is 29.2 ;; 29.2 ;; RSI is 22.9
cap-rsiw ;; indicator ;; IND ;; well under 30 ;; well over 70 ;; over 70 ;; RSI 22.9 is under 30
cap-bb ;; direction ;; D ;; closed below its lower
  Bollinger band ;; closed above its upper
  Bollinger band ;; above its upper Bollinger band ;; $30.01 is below the lower band $30.05
cap-bbv ;; value ;; V ;; band ($30.05) ;; band ($30.15) ;; $30.15 ;; the lower band is $30.05
cap-vol ;; value ;; V ;; Volume was 7.8M shares ;; Volume was 8.7M shares ;; 8.7M ;; volume was 7.8M
cap-volr ;; value ;; V ;; 1.2 times the 20-day ;; 2.1 times the 20-day ;; 2.1 times ;; volume was 1.2 times
  the
  average
cap-avg ;; value ;; V ;; average of 6.3M ;; average of 3.6M ;; 3.6M ;; the 20-day average is 6.3M
cap-50p ;; value ;; V ;; 10.45% below the 50-day ;; 14.05% below the 50-day ;; 14.05% ;; FRNT is 10.45% below
  the
  50-day
cap-50 ;; value ;; V ;; 50-day ($33.51) ;; 50-day ($35.11) ;; $35.11 ;; the 50-day is $33.51
cap-200p ;; value ;; V ;; 19.73% below the 200-day ;; 17.93% below the 200-day ;; 17.93% ;; FRNT is 19.73%
  below
  the 200-day
cap-200 ;; value ;; V ;; ($37.38). The ;; ($37.83). The ;; $37.83 ;; the 200-day is $37.38
cap-cross ;; pattern ;; P ;; The 50-day crossed under the 200-day ;; The 50-day crossed over the 200-day ;;
  crossed
  over ;; the 50-day is below the 200-day
cap-crossd ;; date ;; DU ;; the 200-day on Oct 15, ;; the 200-day on Oct 5, ;; Oct 5 ;; the cross was on Oct
  15
cap-slope ;; trend ;; P ;; the 50-day is still dropping fast ;; the 50-day is turning up ;; turning up ;; the
  50-day slope is -9.39%
cap-slopev ;; trend ;; V ;; down 9.39% in 20 sessions ;; down 3.99% in 20 sessions ;; 3.99% ;; the 50-day's
  20-session slope is -9.39%
cap-macd ;; indicator ;; IND ;; is still below its signal line ;; is back above its signal line ;; above its
  signal line ;; -0.93 is below -0.88
cap-spy ;; value ;; V ;; SPY rose 1.10% and ;; SPY rose 1.19% and ;; 1.19% ;; SPY rose 1.10%
cap-iwm ;; subject ;; V ;; and IWM 0.30% while ;; and IWM 1.10% while ;; IWM 1.10% ;; IWM rose 0.30%; 1.10% is
  SPY's ;; real
cap-spread ;; derived ;; DER ;; by 1.96 percentage points ;; by 2.96 percentage points ;; 2.96 ;; -0.86%
  against
  +1.10% is 1.96 points
cap-1mpp ;; value ;; V ;; by 7.60 points over ;; by 6.70 points over ;; 6.70 ;; the one-month spread is -7.60
  points
cap-fsmi ;; value ;; V ;; fell 0.88% to 35,112.40 ;; fell 0.88% to 35,211.40 ;; 35,211.40 ;; the index closed
  at
  35,112.40
cap-5d ;; value ;; V ;; Down 3.07% over five sessions ;; Down 3.70% over five sessions ;; 3.70% ;; the
  five-session return is -3.07%
cap-1m ;; timeframe ;; V ;; 8.56% over a month ;; 18.34% over a month ;; 18.34% ;; the month is -8.56%; 18.34%
  is
  the year ;; real
cap-hip ;; value ;; V ;; 28.24% below the 52-week high ;; 24.28% below the 52-week high ;; 24.28% ;; FRNT is
  28.24% below the 52-week high
cap-hi ;; value ;; V ;; high close of $41.82 ;; high close of $42.02 ;; $42.02 ;; the 52-week high close is
  $41.82; $42.02 is the intraday high ;; real
cap-hid ;; date ;; DU ;; $41.82 (Aug 19) ;; $41.82 (Aug 9) ;; Aug 9 ;; the 52-week high was on Aug 19
cap-athp ;; value ;; V ;; 32.49% below the all-time ;; 34.29% below the all-time ;; 34.29% ;; FRNT is 32.49%
  below
  the all-time high
cap-ath ;; value ;; V ;; high of $44.45 ;; high of $45.44 ;; $45.44 ;; the all-time high is $44.45
cap-athd ;; date ;; DU ;; (Nov 13, 2024) ;; (Nov 13, 2025) ;; Nov 13, 2025 ;; the all-time high was on Nov 13,
  2024
cap-atr ;; value ;; V ;; ATR $0.47, ;; ATR $0.74, ;; $0.74 ;; the ATR is $0.47
cap-atrp ;; value ;; V ;; 1.56% of the price ;; 1.95% of the price ;; 1.95% ;; the ATR is 1.56% of price
cap-rw ;; value ;; V ;; 10.50% wide ;; 15.00% wide ;; 15.00% ;; the range is 10.50% wide
cap-rhi ;; value ;; V ;; $30.01 to $33.16, ;; $30.01 to $33.61, ;; $33.61 ;; the range's high is $33.16
cap-30 ;; level ;; LW ;; Support is thin: the round $30 ;; Support is thin: the round $31 ;; $31 ;; $31 is
  above
  the close, not support ;; real
cap-30p ;; derived ;; DER ;; just 0.03% below ;; just 0.13% below ;; 0.13% ;; $30 is 0.03% below $30.01
cap-31p ;; derived ;; DER ;; $31 (3.30% above) ;; $31 (3.03% above) ;; 3.03% ;; $31 is 3.30% above $30.01
cap-res ;; level ;; LW ;; then $32.39 and ;; then $29.80 and ;; $29.80 ;; $29.80 is below the close, not
  resistance
cap-stop ;; setup ;; SG ;; stop at $30.50, target ;; stop at $31.50, target ;; $31.50 ;; a long's stop must be
  under its $31 entry
cap-rr ;; setup ;; SRR ;; about 2.8 to 1 ;; about 4.5 to 1 ;; 4.5 to 1 ;; (32.39 - 31) / (31 - 30.50) is 2.8
""")

B = "florist-IWM-2026-02-13"
clean(B, "IWM-2026-02-13", "florist-order-sheet", "txt",
      "a florist's Valentine's-eve order sheet and staff note: stem counts, prices, delivery runs and "
      "shift times, with the owner's aside on the shop's reserve fund in IWM",
      """PETAL & STEM  |  VALENTINE'S EVE ORDER SHEET  |  Fri Feb 13, 2026  |  printed 6:05 PM

Orders in: 412 (last year 371). Pre-paid: 388. Walk-in cap tomorrow: 60.
Red roses: 2,400 stems received, 2,160 spoken for. Dozen long-stem: $89. Half dozen: $52.
Tulips: 900 stems, $34 a bunch of 10. Ranunculus sold out at 2:40 PM.
Vans: 3 (Van 2 back from the shop Thursday). Runs: 7 AM, 10 AM, 1 PM, 4 PM. 38 stops per run, max.
Staff tomorrow: Ana 5 AM to 2 PM, Jo 6 AM to 3 PM, Dev 10 AM to 7 PM, Sam (drivers) all day.
Cooler at 36F. Ribbon: order 20 more rolls of the 1.5-inch satin.

From Rita (owner), since you keep asking about the reserve fund: yes, it's the small-cap ETF, and
  no, this was not a good week. IWM fell 1.04% today to $226.54, down $2.39, and that was its sixth
  lower close in a row, 5.80% in total. It closed at $228.93 on Thursday, $231.24 on Wednesday and
  $238.32 last Friday. It's down 4.94% for the week, 10.88% for the month and 6.88% for the year.
  The big funds fell less: SPY -0.54%, QQQ -0.41%, DIA -0.65%.

Our accountant says the trend is still technically up, since the 50-day ($246.22) is above the
  200-day ($229.41), but the fund is now 1.25% below the 200-day and 7.99% below the 50-day, which
  is not a happy place. The RSI is 21.4, very oversold. It's 12.12% below the record close of $257.77
  from Nov 28. Next floor is $225, then $218.48. I'm not selling. Roses first.

Reminder: card messages are due by 9 PM tonight. No glitter, it gets in the cooler.
""")
plants(B, """
fl-pct ;; value ;; V ;; IWM fell 1.04% today ;; IWM fell 1.40% today ;; 1.40% ;; IWM fell 1.04%
fl-close ;; value ;; V ;; today to $226.54 ;; today to $226.45 ;; $226.45 ;; IWM closed at $226.54
fl-chg ;; value ;; V ;; down $2.39 ;; down $2.93 ;; $2.93 ;; the day's change is -$2.39
fl-dir ;; direction ;; D ;; IWM fell 1.04% today ;; IWM rose 1.04% today ;; rose 1.04% ;; IWM fell 1.04%
fl-streak ;; words ;; V ;; its sixth
  lower close in a row ;; its third
  lower close in a row ;; third ;; the close streak is six declines
fl-streakp ;; value ;; V ;; 5.80% in total ;; 8.50% in total ;; 8.50% ;; the streak's change is -5.80%
fl-thu ;; history ;; V ;; closed at $228.93 on Thursday ;; closed at $229.83 on Thursday ;; $229.83 ;;
  Thursday's
  close was $228.93
fl-wed ;; history ;; V ;; $231.24 on Wednesday ;; $235.10 on Wednesday ;; $235.10 ;; Wednesday's close was
  $231.24; $235.10 was Tuesday ;; real
fl-fri ;; history ;; V ;; $238.32 last Friday ;; $238.84 last Friday ;; $238.84 ;; Feb 6's close was $238.32;
  $238.84 was Feb 4 ;; real
fl-week ;; value ;; V ;; down 4.94% for the week ;; down 4.49% for the week ;; 4.49% ;; the week is -4.94%
fl-month ;; timeframe ;; V ;; 10.88% for the month ;; 6.88% for the month ;; 6.88% ;; the month is -10.88%;
  6.88% is the year ;; real
fl-ytd ;; value ;; V ;; 6.88% for the year ;; 8.68% for the year ;; 8.68% ;; year to date is -6.88%
fl-spy ;; value ;; V ;; SPY -0.54% ;; SPY -0.45% ;; -0.45% ;; SPY fell 0.54%
fl-qqq ;; subject ;; V ;; QQQ -0.41% ;; QQQ -0.65% ;; -0.65% ;; QQQ fell 0.41%; 0.65% is DIA's ;; real
fl-less ;; direction ;; D ;; The big funds fell less ;; The big funds fell more ;; fell more ;; SPY, QQQ and
  DIA
  all fell less than IWM's 1.04%
fl-50 ;; value ;; V ;; the 50-day ($246.22) ;; the 50-day ($242.62) ;; $242.62 ;; the 50-day is $246.22
fl-200 ;; value ;; V ;; 200-day ($229.41) ;; 200-day ($224.91) ;; $224.91 ;; the 200-day is $229.41
fl-cross ;; pattern ;; P ;; since the 50-day ($246.22) is above the
  200-day ;; since the 50-day ($246.22) is below the
  200-day ;; is below the 200-day ;; $246.22 is above $229.41
fl-200p ;; value ;; V ;; now 1.25% below the 200-day ;; now 2.15% below the 200-day ;; 2.15% ;; IWM is 1.25%
  below
  the 200-day
fl-200neg ;; negation ;; P ;; the fund is now 1.25% below the 200-day ;; the fund is still above the 200-day
  ;;
  still above the 200-day ;; $226.54 is below the $229.41 200-day
fl-50p ;; value ;; V ;; and 7.99% below the 50-day ;; and 9.97% below the 50-day ;; 9.97% ;; IWM is 7.99%
  below
  the 50-day
fl-rsi ;; value ;; V ;; The RSI is 21.4 ;; The RSI is 24.1 ;; 24.1 ;; RSI is 21.4
fl-rsiw ;; indicator ;; IND ;; very oversold ;; very overbought ;; overbought ;; RSI 21.4 is oversold
fl-athp ;; value ;; V ;; It's 12.12% below ;; It's 12.21% below ;; 12.21% ;; IWM is 12.12% below the record
fl-ath ;; value ;; V ;; record close of $257.77 ;; record close of $255.95 ;; $255.95 ;; the record close is
  $257.77; $255.95 was Jan 12 ;; real
fl-athd ;; date ;; DU ;; from Nov 28. ;; from Nov 18. ;; Nov 18 ;; the record close was on Nov 28, 2025
fl-225 ;; level ;; LW ;; Next floor is $225, then ;; Next floor is $229.41, then ;; $229.41 ;; $229.41 is
  above the
  close, not a floor ;; real
fl-218 ;; value ;; V ;; then $218.48. ;; then $218.84. ;; $218.84 ;; the level is $218.48
""")

B = "ski-IWM-2026-03-30"
clean(B, "IWM-2026-03-30", "ski-area-snow-report", "txt",
      "a ski area's closing-week snow report with base depths, lifts, temperatures and ticket prices, "
      "and the general manager's note on the employee fund's small-cap holding",
      """BALSAM RIDGE SNOW REPORT  |  Monday, March 30, 2026  |  6:30 AM

New snow (24h): 2 in. Base: 31 in (summit), 18 in (base lodge). Season total: 164 in.
Lifts open: 5 of 7. Trails open: 38 of 52. Temperature: 24F at the summit, 33F at the lodge.
Closing weekend: April 11 to 12. Pond skim Sunday at noon, $10 entry, ages 12 and up.
Lift ticket today: $69 adult, $49 junior, free for 5 and under and 75 and over.

GM's corner. Someone asked at the staff meeting why the employee fund is "melting faster than the
  lodge deck". Fair. It holds IWM, and IWM fell 1.24% on Monday to $211.00, down $2.65. That is a
  fourth straight down day, 2.54% in all, after $213.65 on Friday. Over five sessions the fund is
  down 2.10%, over a month 3.87%, and for 2026 it is down 13.27%. SPY lost 0.78% and QQQ 1.44%.

The 50-day average ($227.59) slipped under the 200-day ($230.93) on March 24, four sessions ago,
  which the chart people call a death cross. IWM is 7.29% under the 50-day and 8.63% under the 200-day.
  It is 18.14% off its record close of $257.77 from last November. The RSI is 33.9, low but not yet
  under 30. The VIX is at 24.71.

The fund is down near the bottom of its 20-session range ($210.30 to $223.97). The next support is
  the round $210, then $207.94. Like the snow, it'll come back. Probably not by April 12.

Grooming tonight: Upper Birch, Fox Run, Lodge Loop. Please clear the rental racks by 4:15 PM.
""")
plants(B, """
sk-pct ;; value ;; V ;; IWM fell 1.24% on Monday ;; IWM fell 1.42% on Monday ;; 1.42% ;; IWM fell 1.24%
sk-close ;; value ;; V ;; on Monday to $211.00 ;; on Monday to $211.90 ;; $211.90 ;; IWM closed at $211.00
sk-chg ;; value ;; V ;; down $2.65 ;; down $2.56 ;; $2.56 ;; the day's change is -$2.65
sk-streak ;; words ;; V ;; That is a
  fourth straight down day ;; That is a
  second straight down day ;; second ;; the close streak is four declines
sk-strp ;; value ;; V ;; 2.54% in all ;; 5.24% in all ;; 5.24% ;; the streak's change is -2.54%
sk-fri ;; history ;; V ;; after $213.65 on Friday ;; after $212.65 on Friday ;; $212.65 ;; Friday's close was
  $213.65
sk-5d ;; value ;; V ;; down 2.10%, over ;; down 2.40%, over ;; 2.40% ;; the five-session return is -2.10%
sk-1m ;; value ;; V ;; over a month 3.87% ;; over a month 3.78% ;; 3.78% ;; the month is -3.87%
sk-ytd ;; direction ;; D ;; for 2026 it is down 13.27% ;; for 2026 it is up 13.27% ;; up 13.27% ;; year to
  date
  is -13.27%
sk-spy ;; value ;; V ;; SPY lost 0.78% ;; SPY lost 0.87% ;; 0.87% ;; SPY fell 0.78%
sk-qqq ;; value ;; V ;; QQQ 1.44% ;; QQQ 1.14% ;; 1.14% ;; QQQ fell 1.44%
sk-50 ;; value ;; V ;; average ($227.59) ;; average ($225.79) ;; $225.79 ;; the 50-day is $227.59
sk-200 ;; value ;; V ;; the 200-day ($230.93) ;; the 200-day ($230.39) ;; $230.39 ;; the 200-day is $230.93
sk-crossd ;; date ;; DU ;; on March 24, four ;; on March 20, four ;; March 20 ;; the cross was on Mar 24
sk-crossn ;; words ;; V ;; four sessions ago ;; nine sessions ago ;; nine sessions ;; the cross was 4 sessions
  ago
sk-cross ;; pattern ;; P ;; call a death cross ;; call a golden cross ;; golden cross ;; the 50-day fell below
  the
  200-day
sk-50p ;; value ;; V ;; 7.29% under the 50-day ;; 7.92% under the 50-day ;; 7.92% ;; IWM is 7.29% below the
  50-day
sk-200p ;; value ;; V ;; 8.63% under the 200-day ;; 6.83% under the 200-day ;; 6.83% ;; IWM is 8.63% below the
  200-day
sk-athp ;; value ;; V ;; It is 18.14% off ;; It is 14.18% off ;; 14.18% ;; IWM is 18.14% below the record
sk-ath ;; value ;; V ;; record close of $257.77 ;; record close of $258.49 ;; $258.49 ;; the record close is
  $257.77; $258.49 is the intraday high ;; real
sk-rsi ;; value ;; V ;; The RSI is 33.9 ;; The RSI is 39.3 ;; 39.3 ;; RSI is 33.9
sk-rsiw ;; indicator ;; IND ;; low but not yet
  under 30 ;; already
  under 30 ;; under 30 ;; RSI 33.9 is above 30
sk-vix ;; value ;; V ;; VIX is at 24.71 ;; VIX is at 27.41 ;; 27.41 ;; the VIX closed at 24.71
sk-pos ;; direction ;; D ;; near the bottom of its 20-session range ;; near the top of its 20-session range ;;
  near
  the top ;; $211.00 is near the $210.30 floor of $210.30 to $223.97
sk-rlo ;; value ;; V ;; range ($210.30 to ;; range ($213.00 to ;; $213.00 ;; the range's low is $210.30
sk-rn ;; history ;; V ;; its 20-session range ;; its 40-session range ;; 40-session ;; the range has lasted 20
  sessions
sk-sup ;; level ;; LW ;; The next support is
  the round $210 ;; The next support is
  the round $215 ;; $215 ;; $215 is above the $211.00 close, not support
sk-sup2 ;; value ;; V ;; then $207.94 ;; then $209.74 ;; $209.74 ;; the support level is $207.94
""")

B = "bowling-DIA-2025-11-17"
clean(B, "DIA-2025-11-17", "bowling-league-sheet", "txt",
      "a Monday-night bowling league's weekly standings sheet with team points, high games, averages and "
      "handicaps, plus the treasurer's line on the prize fund parked in the Dow fund",
      """MAPLE LANES MONDAY MIXED LEAGUE  |  Week 11 of 32  |  November 17, 2025

STANDINGS (won-lost, points)
1. Gutter Gang          29-15   58
2. Split Happens        27-17   54
3. Pin Pals             25-19   50
4. Lane Rangers         22-22   44
5. The Spare Parts      19-25   38
6. Holy Rollers         10-34   20

HIGH GAME (scratch): Deb K. 247; Marco P. 236. HIGH SERIES: Deb K. 658.
Top averages: Deb K. 201, Lou S. 194, Tina R. 188. Handicap is 90% of 220.
Lane assignments next week: 1-2 Gutter Gang v Pin Pals, 3-4 Split Happens v Lane Rangers.

TREASURER'S NOTE (Walt): The prize fund, $4,860 as of tonight, sits in DIA, the Dow fund, until the
  banquet on April 27. Good night for it: DIA closed at a record, $481.59, up $4.26 or 0.89%. The Dow
  itself ended at 48,219.41, up 0.87%. Last Friday DIA closed at $477.33, and the old high close was
  $478.00 on Wednesday, Nov 12. DIA is up 1.70% over five sessions, 1.99% over a month, and 6.55%
  this year.

It was a green day everywhere, but DIA was the laggard: SPY rose 1.39%, QQQ 1.73% and IWM 1.96%.
  The RSI is 72.8, over 70, so it's running hot, like Deb. The fund is 4.51% above its 50-day average
  ($460.80) and 10.90% above its 200-day ($434.25). From the 52-week low close of $371.18 on April 16
  it has climbed 29.75%.

If you're the type: a buy over $486.07 with a stop at $480.47 targets $499.52, about 2.4 to 1. The
  round $490 is 1.75% above. I'm not the type. The money is for trophies.

Dues: $18 a week, $6 of it to the prize fund. Please pay Walt, not the bartender.
""")
plants(B, """
bw-close ;; value ;; V ;; a record, $481.59, up ;; a record, $481.95, up ;; $481.95 ;; DIA closed at $481.59
bw-chg ;; value ;; V ;; up $4.26 or ;; up $4.62 or ;; $4.62 ;; the day's change is $4.26
bw-pct ;; value ;; V ;; or 0.89%. The Dow ;; or 0.98%. The Dow ;; 0.98% ;; DIA rose 0.89%
bw-rec ;; negation ;; P ;; DIA closed at a record, ;; DIA closed just short of a record, ;; just short of a
  record
  ;; $481.59 is a record close
bw-dji ;; value ;; V ;; ended at 48,219.41 ;; ended at 48,291.41 ;; 48,291.41 ;; the Dow closed at 48,219.41
bw-djip ;; subject ;; V ;; 48,219.41, up 0.87% ;; 48,219.41, up 1.39% ;; 1.39% ;; the Dow rose 0.87%; 1.39% is
  SPY's
  ;; real
bw-fri ;; history ;; V ;; DIA closed at $477.33 ;; DIA closed at $477.56 ;; $477.56 ;; Friday's close was
  $477.33; $477.56 was Thursday ;; real
bw-old ;; history ;; V ;; close was
  $478.00 on ;; close was
  $476.06 on ;; $476.06 ;; the prior high close was $478.00 on Nov 12; $476.06 was Nov 11 ;; real
bw-oldwd ;; date ;; WM ;; on Wednesday, Nov 12 ;; on Thursday, Nov 12 ;; Thursday, Nov 12 ;; Nov 12, 2025 was
  a
  Wednesday
bw-5d ;; value ;; V ;; up 1.70% over five sessions ;; up 1.17% over five sessions ;; 1.17% ;; the five-session
  return is +1.70%
bw-1m ;; value ;; V ;; 1.99% over a month ;; 1.19% over a month ;; 1.19% ;; the month is +1.99%
bw-ytd ;; timeframe ;; V ;; and 6.55%
  this year ;; and 1.99%
  this year ;; 1.99% ;; year to date is +6.55%; 1.99% is the month ;; real
bw-green ;; direction ;; D ;; but DIA was the laggard ;; and DIA was the leader ;; DIA was the leader ;; DIA's
  0.89% was below SPY, QQQ and IWM
bw-spy ;; value ;; V ;; SPY rose 1.39% ;; SPY rose 1.93% ;; 1.93% ;; SPY rose 1.39%
bw-qqq ;; value ;; V ;; QQQ 1.73% and ;; QQQ 1.37% and ;; 1.37% ;; QQQ rose 1.73%
bw-iwm ;; value ;; V ;; IWM 1.96%. ;; IWM 1.69%. ;; 1.69% ;; IWM rose 1.96%
bw-rsi ;; value ;; V ;; The RSI is 72.8 ;; The RSI is 77.2 ;; 77.2 ;; RSI is 72.8
bw-rsiw ;; indicator ;; IND ;; over 70, so it's running hot ;; under 70, so it's cooling off ;; under 70 ;;
  RSI
  72.8 is over 70
bw-50p ;; value ;; V ;; The fund is 4.51% above ;; The fund is 5.41% above ;; 5.41% ;; DIA is 4.51% above the
  50-day
bw-50 ;; value ;; V ;; ($460.80) ;; ($468.00) ;; $468.00 ;; the 50-day is $460.80
bw-200p ;; value ;; V ;; and 10.90% above ;; and 19.00% above ;; 19.00% ;; DIA is 10.90% above the 200-day
bw-200 ;; value ;; V ;; 200-day ($434.25) ;; 200-day ($443.25) ;; $443.25 ;; the 200-day is $434.25
bw-low ;; value ;; V ;; low close of $371.18 ;; low close of $364.64 ;; $364.64 ;; the 52-week low close is
  $371.18; $364.64 is the intraday low ;; real
bw-lowd ;; date ;; DU ;; on April 16 ;; on April 6 ;; April 6 ;; the low close was on Apr 16, 2025
bw-lowp ;; value ;; V ;; climbed 29.75% ;; climbed 27.95% ;; 27.95% ;; DIA is 29.75% above the 52-week low
bw-stop ;; setup ;; SG ;; with a stop at $480.47 targets ;; with a stop at $488.47 targets ;; $488.47 ;; a
  long's
  stop must be under its $486.07 entry
bw-rr ;; setup ;; SRR ;; about 2.4 to 1 ;; about 4.4 to 1 ;; 4.4 to 1 ;; (499.52 - 486.07) / (486.07 - 480.47)
  is
  2.4
bw-tgt ;; value ;; V ;; targets $499.52 ;; targets $495.92 ;; $495.92 ;; the setup's target is $499.52
bw-490 ;; derived ;; DER ;; $490 is 1.75% above ;; $490 is 1.57% above ;; 1.57% ;; $490 is 1.75% above $481.59
""")

B = "foodtruck-SPY-2026-11-20"
clean(B, "SPY-2026-11-20", "food-truck-weekly-recap", "md",
      "a taco truck's weekly sales recap for its two partners, with covers, ticket sizes, spoilage and "
      "propane, and a paragraph on the truck-replacement fund held in SPY, citing a wire story",
      """# Week 47 recap: La Güera Tacos (Mon Nov 16 to Fri Nov 20)

| Day | Spot | Tickets | Sales | Avg ticket |
|---|---|---|---|---|
| Mon | Hospital lot | 188 | $2,140 | $11.38 |
| Tue | Brewery | 231 | $2,905 | $12.58 |
| Wed | Office park | 164 | $1,822 | $11.11 |
| Thu | Campus | 302 | $3,260 | $10.79 |
| Fri | Night market | 287 | $3,412 | $11.89 |

Week: 1,172 tickets, $13,539. Best day Friday, worst Wednesday (rain from 11:30). Spoilage: 6 lb of
  carnitas, 2 trays of crema. Propane: 3 tanks at $27.50. Generator service due at 1,500 hours (now
  at 1,436).

## The truck fund

The replacement fund ($21,300, target $45,000 by 2028) is in SPY. Friday was its best day in a
  while: SPY rose 1.10% to $688.00, up $7.49, after four sessions that went nowhere. Thursday it had
  closed at $680.51 and Tuesday at $679.84. The week ended up 1.10%, all of it on Friday. QQQ did
  better, up 1.90%, and a wire story said tech rallied partly on "short covering after three down
  sessions for the group in the past week" [1]. QQQ closed at $626.40, 0.5% under its Nov. 11 record
  [1].

SPY is still 0.97% below its own record close of $694.71 (Oct 22) and down 0.97% for the month, but
  up 3.28% this year. It sits above both its 50-day ($680.43) and 200-day ($646.13) averages. At this
  rate the fund hits $45,000 never, so keep selling tacos.

## To do

- Order 40 lb of pork shoulder by Tuesday 2 PM.
- Renew the night-market permit ($140) before Dec 1.
- Fix the squeaky serving window. Again.

<<SOURCES>>
""", sources=("hs-megacap20",))
plants(B, """
ft-pct ;; value ;; V ;; SPY rose 1.10% to $688.00 ;; SPY rose 1.01% to $688.00 ;; 1.01% ;; SPY rose 1.10%
ft-close ;; value ;; V ;; to $688.00, up ;; to $686.00, up ;; $686.00 ;; SPY closed at $688.00
ft-chg ;; value ;; V ;; up $7.49, after ;; up $4.79, after ;; $4.79 ;; the day's change is $7.49
ft-thu ;; history ;; V ;; Thursday it had
  closed at $680.51 ;; Thursday it had
  closed at $680.15 ;; $680.15 ;; Thursday's close was $680.51
ft-tue ;; history ;; V ;; and Tuesday at $679.84 ;; and Tuesday at $681.88 ;; $681.88 ;; Tuesday's close was
  $679.84; $681.88 was Wednesday ;; real
ft-week ;; timeframe ;; V ;; The week ended up 1.10% ;; The week ended up 3.28% ;; 3.28% ;; the week is
  +1.10%;
  3.28% is the year ;; real
ft-qqq ;; direction ;; D ;; QQQ did
  better, up 1.90% ;; QQQ did
  worse, up 1.90% ;; worse ;; QQQ's 1.90% beat SPY's 1.10%
ft-qqqv ;; value ;; V ;; better, up 1.90% ;; better, up 1.99% ;; 1.99% ;; QQQ rose 1.90%
ft-quote ;; quotation ;; NU ;; "short covering after three down
  sessions ;; "short covering after five down
  sessions ;; five down ;; the source says three down sessions
ft-qqqc ;; value ;; V ;; QQQ closed at $626.40, 0.5% ;; QQQ closed at $624.60, 0.5% ;; $624.60 ;; QQQ closed
  at
  $626.40
ft-cite ;; citation ;; CU ;; under its Nov. 11 record
  [1] ;; under its Nov. 11 record
  [2] ;; [2] ;; there is one source
ft-recd ;; date ;; DU ;; under its Nov. 11 record ;; under its Nov. 10 record ;; Nov. 10 ;; QQQ's record close
  was
  on Nov 11
ft-athp ;; value ;; V ;; SPY is still 0.97% below ;; SPY is still 0.79% below ;; 0.79% ;; SPY is 0.97% below
  the
  record
ft-ath ;; value ;; V ;; record close of $694.71 ;; record close of $693.42 ;; $693.42 ;; the record close is
  $694.71; $693.42 was Nov 6 ;; real
ft-athd ;; date ;; DU ;; $694.71 (Oct 22) ;; $694.71 (Oct 20) ;; Oct 20 ;; the record close was on Oct 22
ft-month ;; direction ;; D ;; and down 0.97% for the month ;; and up 0.97% for the month ;; up 0.97% ;; the
  month
  is -0.97%
ft-ytd ;; value ;; V ;; up 3.28% this year ;; up 2.38% this year ;; 2.38% ;; year to date is +3.28%
ft-pos ;; pattern ;; P ;; It sits above both its 50-day ;; It sits below both its 50-day ;; below both ;;
  $688.00
  is above $680.43 and $646.13
ft-50 ;; value ;; V ;; 50-day ($680.43) ;; 50-day ($684.03) ;; $684.03 ;; the 50-day is $680.43
ft-200 ;; value ;; V ;; 200-day ($646.13) ;; 200-day ($641.63) ;; $641.63 ;; the 200-day is $646.13
""")

B = "marina-DIA-2026-11-20"
clean(B, "DIA-2026-11-20", "marina-haul-out-schedule", "txt",
      "a marina's winter haul-out schedule with boat lengths, slip numbers, travel-lift times and storage "
      "rates, and the harbormaster's note on the members' dredging fund held in DIA",
      """SHEPHERD'S COVE MARINA  |  WINTER HAUL-OUT SCHEDULE  |  week of Nov 23, 2026

Travel lift: 35-ton. Hauls start 7:30 AM, last lift 2:30 PM. High tide Monday 9:12 AM (4.1 ft).
Mon 11/23: slips A4 (28 ft sloop), A9 (31 ft), B2 (24 ft center console)
Tue 11/24: B7 (36 ft trawler, mast down first), C1 (22 ft), C3 (27 ft)
Wed 11/25: C8 (40 ft, needs the long straps), D2 (19 ft)
Thanksgiving Thursday: yard closed. Fri 11/27: rain date only.
Storage: $58 per foot, shrink-wrap $24 per foot, bottom wash $6 per foot. Antifreeze: 2 gal minimum.

HARBORMASTER'S NOTE: The dredging fund ($62,400) is parked in DIA, the Dow fund, until the spring
  permit comes through. It had a decent Friday: DIA closed at $471.60, up 0.60%, its third gain in a
  row, on volume of 5.5 million shares, well above the usual 3.4 million. The Dow closed at
  47,220.31; on Thursday it had added 0.1% to 46,946.60 [1]. For the week DIA is up 1.10%, though it
  is down 0.17% for the month and 0.72% for the year.

It is still 4.52% below the record of $493.91 set on January 12, so the fund hasn't gone anywhere in a
  year. It sits 0.85% above its 50-day average of $467.61 and 3.69% above its 200-day of $454.80; the
  50-day average is still rising. DIA was not the day's laggard: it beat IWM (+0.30%) but trailed SPY
  (+1.10%) and QQQ (+1.90%). A modest gain, not a surge. The first ceiling above is $473.00, about
  0.30% away, then $474.50.

Please remove dinghies from the racks by Dec 1. Winter water is off at the docks from Nov 30.

<<SOURCES>>
""", sources=("hs-edge19",))
plants(B, """
mr-close ;; value ;; V ;; DIA closed at $471.60, up ;; DIA closed at $471.06, up ;; $471.06 ;; DIA closed at
  $471.60
mr-pct ;; value ;; V ;; up 0.60%, its third ;; up 0.66%, its third ;; 0.66% ;; DIA rose 0.60%
mr-streak ;; words ;; V ;; its third gain in a
  row ;; its seventh gain in a
  row ;; seventh ;; the close streak is three gains
mr-vol ;; words ;; V ;; volume of 5.5 million shares ;; volume of 4.5 million shares ;; 4.5 million ;; volume
  was
  5.5M
mr-avg ;; words ;; V ;; the usual 3.4 million ;; the usual 4.3 million ;; 4.3 million ;; the 20-day average is
  3.4M
mr-dji ;; value ;; V ;; The Dow closed at
  47,220.31 ;; The Dow closed at
  47,022.31 ;; 47,022.31 ;; the Dow closed at 47,220.31
mr-thu ;; citation ;; NU ;; it had added 0.1% to 46,946.60 ;; it had added 0.1% to 46,964.60 ;; 46,964.60 ;;
  the
  cited source says 46,946.60
mr-cite ;; citation ;; CU ;; to 46,946.60 [1] ;; to 46,946.60 [2] ;; [2] ;; there is one source
mr-week ;; value ;; V ;; For the week DIA is up 1.10% ;; For the week DIA is up 1.40% ;; 1.40% ;; the week is
  +1.10%
mr-month ;; value ;; V ;; down 0.17% for the month ;; down 0.71% for the month ;; 0.71% ;; the month is -0.17%
mr-ytd ;; timeframe ;; V ;; and 0.72% for the year ;; and 0.17% for the year ;; 0.17% ;; year to date is
  -0.72%;
  -0.17% is the month ;; real
mr-athp ;; value ;; V ;; It is still 4.52% below ;; It is still 2.54% below ;; 2.54% ;; DIA is 4.52% below the
  record
mr-ath ;; value ;; V ;; record of $493.91 set ;; record of $495.73 set ;; $495.73 ;; the record close is
  $493.91;
  $495.73 is the intraday high ;; real
mr-athd ;; date ;; DU ;; set on January 12 ;; set on January 21 ;; January 21 ;; the record was set on Jan 12,
  2026
mr-50p ;; value ;; V ;; It sits 0.85% above ;; It sits 1.85% above ;; 1.85% ;; DIA is 0.85% above the 50-day
mr-50 ;; value ;; V ;; average of $467.61 ;; average of $476.61 ;; $476.61 ;; the 50-day is $467.61
mr-200p ;; value ;; V ;; and 3.69% above ;; and 3.96% above ;; 3.96% ;; DIA is 3.69% above the 200-day
mr-slope ;; trend ;; P ;; the
  50-day average is still rising ;; the
  50-day average is flattening into a decline ;; flattening into a decline ;; the 50-day slope is +0.75%
mr-lag ;; direction ;; D ;; DIA was not the day's laggard ;; DIA was the day's laggard ;; was the day's
  laggard ;;
  IWM's 0.30% was below DIA's 0.60%
mr-iwm ;; subject ;; V ;; it beat IWM (+0.30%) ;; it beat IWM (+0.60%) ;; +0.60% ;; IWM rose 0.30%; 0.60% is
  DIA's ;; real
mr-spy ;; value ;; V ;; trailed SPY
  (+1.10%) ;; trailed SPY
  (+1.19%) ;; +1.19% ;; SPY rose 1.10%
mr-qqq ;; direction ;; D ;; but trailed SPY ;; and beat SPY ;; beat SPY ;; DIA's 0.60% trailed SPY's 1.10%
mr-mag ;; magnitude ;; MG ;; A modest gain, not a surge ;; The fund soared ;; soared ;; 0.60% is 0.6 ATR and
  under
  1%, no soaring
mr-473 ;; level ;; LW ;; The first ceiling above is $473.00 ;; The first ceiling above is $470 ;; $470 ;; $470
  is
  below the $471.60 close ;; real
mr-473p ;; derived ;; DER ;; about
  0.30% away ;; about
  0.45% away ;; 0.45% ;; $473.00 is 0.30% above $471.60
mr-474 ;; value ;; V ;; then $474.50. ;; then $475.40. ;; $475.40 ;; the level is $474.50
""")

B = "badtick-QQQ-2026-11-20"
clean(B, "QQQ-2026-11-20", "data-vendor-incident-report", "md",
      "a market-data vendor's incident report on an erroneous print in QQQ: the timeline in clock "
      "times, the busted trade's price given as the bad one, the corrected session figures and the "
      "clients affected",
      """# Incident report INC-26-1187: erroneous QQQ print on Nov 20, 2026

**Status:** resolved | **Severity:** 2 | **Author:** market data operations | **Filed:** Sat Nov 21,
  09:12 UTC

## Summary

At 10:14:07 ET a single odd-lot print in QQQ at $662.64 reached our consolidated feed. The exchange
  broke the trade at 10:31. Our high-of-day field showed the bad price until 10:46, when a correction
  job reset it. 214 client terminals and 9 API customers received the erroneous high. No close,
  volume or average in our end-of-day file was affected.

## Timeline (ET)

- 10:14:07 print at $662.64, 100 shares (about 5.8% above the last trade).
- 10:31:40 trade broken by the exchange.
- 10:46:02 high-of-day reset by the correction job.
- 16:00:00 close; end-of-day file built at 16:20 and checked against the exchange's summary.

## Corrected session figures for QQQ (as published in the end-of-day file)

| Field | Value |
|---|---|
| Open | $618.09 |
| High | $631.45 |
| Low | $614.90 |
| Close | $626.40 |
| Change | +$11.68 (+1.90%) |
| Volume | 86.8M |
| 20-day average volume | 44.3M |
| Previous close (Thu) | $614.72 |

The corrected high of $631.45 stands below the all-time intraday high of $632.37 from Nov 12, and the
  close of $626.40 is 0.53% under the record close of $629.76 (Nov 11). The Nasdaq 100 closed at
  25,753.96, up 1.89%; an options-expiry note that evening had QQQ at $626.40 and put next week's
  open interest at "$640 calls and $610 puts in QQQ" [1].

## Root cause and fix

The odd-lot filter compared prints with a 15-minute band instead of the 5-minute band in the spec.
  Fix deployed Nov 20 at 19:05 ET (build 4.12.3). Two more checks were added to the nightly suite.

## Client impact

Three clients reported alerts fired on the bad high. We sent corrections at 11:02 ET. No trading
  loss was reported to us.

<<SOURCES>>
""", sources=("tw-opex20",))
plants(B, """
bt-open ;; value ;; V ;; | Open | $618.09 | ;; | Open | $619.80 | ;; $619.80 ;; QQQ opened at $618.09
bt-high ;; value ;; V ;; | High | $631.45 | ;; | High | $632.45 | ;; $632.45 ;; the high was $631.45
bt-low ;; value ;; V ;; | Low | $614.90 | ;; | Low | $614.09 | ;; $614.09 ;; the low was $614.90
bt-close ;; value ;; V ;; | Close | $626.40 | ;; | Close | $624.60 | ;; $624.60 ;; QQQ closed at $626.40
bt-chg ;; value ;; V ;; | Change | +$11.68 (+1.90%) | ;; | Change | +$11.86 (+1.90%) | ;; +$11.86 ;; the day's
  change is $11.68
bt-pct ;; value ;; V ;; (+1.90%) | ;; (+1.09%) | ;; +1.09% ;; QQQ rose 1.90%
bt-dir ;; direction ;; D ;; | Change | +$11.68 ;; | Change | -$11.68 ;; -$11.68 ;; QQQ rose $11.68
bt-vol ;; value ;; V ;; | Volume | 86.8M | ;; | Volume | 68.8M | ;; 68.8M ;; volume was 86.8M
bt-avg ;; value ;; V ;; | 20-day average volume | 44.3M | ;; | 20-day average volume | 43.4M | ;; 43.4M ;; the
  20-day average is 44.3M
bt-volsc ;; scale ;; SC ;; | Volume | 86.8M | ;; | Volume | 86.8B | ;; 86.8B ;; volume was 86.8 million, not
  billion
bt-prev ;; history ;; V ;; | Previous close (Thu) | $614.72 | ;; | Previous close (Thu) | $618.43 | ;; $618.43
  ;;
  Thursday's close was $614.72; $618.43 was Wednesday ;; real
bt-prevwd ;; date ;; WM ;; | Previous close (Thu) | ;; | Previous close (Wed) | ;; Wed ;; $614.72 was
  Thursday's
  close
bt-athi ;; value ;; V ;; intraday high of $632.37 ;; intraday high of $633.27 ;; $633.27 ;; the intraday
  record
  is $632.37
bt-athid ;; date ;; DU ;; $632.37 from Nov 12 ;; $632.37 from Nov 13 ;; Nov 13 ;; the intraday record was on
  Nov 12
bt-below ;; direction ;; D ;; stands below the all-time intraday high ;; stands above the all-time intraday
  high
  ;; stands above ;; $631.45 is below $632.37
bt-athp ;; value ;; V ;; is 0.53% under the record ;; is 0.35% under the record ;; 0.35% ;; QQQ is 0.53% below
  the record
bt-ath ;; value ;; V ;; record close of $629.76 ;; record close of $627.96 ;; $627.96 ;; the record close is
  $629.76
bt-athd ;; date ;; DU ;; $629.76 (Nov 11) ;; $629.76 (Nov 12) ;; Nov 12 ;; the record close was on Nov 11
bt-ndx ;; value ;; V ;; closed at
  25,753.96 ;; closed at
  25,735.96 ;; 25,735.96 ;; the Nasdaq 100 closed at 25,753.96
bt-ndxp ;; value ;; V ;; 25,753.96, up 1.89% ;; 25,753.96, up 1.79% ;; 1.79% ;; the Nasdaq 100 rose 1.89%
bt-quote ;; quotation ;; NU ;; "$640 calls and $610 puts in QQQ" ;; "$650 calls and $610 puts in QQQ" ;; $650
  calls
  ;; the source says $640 calls
bt-cite ;; citation ;; CU ;; puts in QQQ" [1] ;; puts in QQQ" [2] ;; [2] ;; there is one source
""")

README = kit.blind_readme(21)

# ---------------------------------------------------------------- scoring and the command line

evaluate, report = SET.evaluate, SET.report  # what tests/test_verify_holdout21.py runs

if __name__ == "__main__":
    raise SystemExit(SET.main(sys.argv[1:], doc=__doc__ or "", readme=README))

README = kit.blind_readme(21)

# ---------------------------------------------------------------- scoring and the command line

evaluate, report = SET.evaluate, SET.report  # what tests/test_verify_holdout21.py runs

if __name__ == "__main__":
    raise SystemExit(SET.main(sys.argv[1:], doc=__doc__ or "", readme=README))
