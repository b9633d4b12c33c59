"""Write the twenty-fourth blind holdout set for the verifier to tests/data/verify_holdout24/ (deterministic).

    .venv/bin/python scripts/make_verify_holdout24.py            # (re)write the set
    .venv/bin/python scripts/make_verify_holdout24.py --check    # exit 1 if the files on disk differ
    .venv/bin/python scripts/make_verify_holdout24.py --score    # run the verifier over the set, report

Written for issue 14 by someone who had read neither `pipeline/verify/` nor the texts of the
evaluation set or of the first twenty-three holdouts (only the shared plumbing in
`scripts/verify_eval/holdout_kit.py`, `tests/holdout_helpers.py`, `tests/test_verify_holdout23.py`,
the structure of `scripts/make_verify_holdout23.py` (its docstring, its helpers, its first text read
for format and its tail), holdout 23's README and score notes, `pipeline/facts.py` and the README's
holdout table, to learn which voices were taken), and who did not run the verifier on these texts
before the blind score. Fourteen voices are market commentary in forms the earlier sets did not use: a
drive-time radio business bulletin, a private bank's broadcast-channel digest to its clients, an
options-expiry explainer, a retail investing club's Slack standup recap, a church endowment
committee's investment briefing, a sell-side "what we're watching" list, a candle-by-candle chart walk,
an earnings-season scorecard, an index provider's quarterly review notice, a video description with
chapter timestamps, a university trading competition's judges' memo, a "myth vs fact" explainer, a
note comparing a frontier ETF with its index, and a covered-call seller's weekly log. Six are
non-market voices with numbers of their own next to a market aside: a cycling club's sportive
newsletter, a hardware store's quote, a weather station's daily log, a school fete budget, a theatre
box-office report and a scout camp's meal plan scaled for 40.

Every market figure of a clean text is a slot filled from `pipeline.facts.build_fact_sheet(...)` of
the case's snapshot or of a peer in the same file (`{close}`, `{SPY.change_1d_pct}`), so it prints
exactly as the fact; dated past closes, weekdays, streaks and counts were read by hand off the
snapshot's dated bars (`recent_sessions`, `recent_closes`) and its 50/200-day slopes, quoted figures
off the cited source's text, and derived figures (cents between two prices, a risk in dollars, a
multiple of the ATR) worked from the same values. Clock times, years, counts of things, prices of
things that are not market data and page furniture are there on purpose. The plain value plants are
made by `values` below: every market figure of a text's body (one that prints as a fact of the key or
a dated close, outside quotation marks) gets a plant with two of its digits swapped (never a real
fact, as `vet_digits` checks); the other plants are written one by one. The snapshots and sources are
frozen copies in tests/data/verify_holdout24/context/: the twenty-three keys of holdout 23 copied from
tests/data/verify_holdout23/context/ on 2026-12-07, and three NEW keys no earlier holdout used, built
once by scripts/verify_eval/holdout24_context.py (holdout 22's builder, reused): QQQ on Thursday
2026-11-19, DIA on Tuesday 2026-11-17 and IWM on Monday 2026-11-16. Three texts stand on them (the
"what we're watching" list, the scout camp meal plan, the covered-call log); the other seventeen cover
the seventeen eval keys `tests/holdout_helpers.assert_shape` asks for.
Each planted case is one clean text with one exact substitution and one expected finding whose code
is the README's documented one for that fault; its note says why that code.

The blind score (once, on the branch point e181853c, main when the set was begun; the set frozen in
ed9f97ed): 952/1186 planted errors caught (0.80), 78 error findings on the 20 clean texts (3.90 per
text), 1082/1186 planted spots flagged by an error finding of some code. Per kind, caught/planted: value
663/758, scale 7/7, derived 5/10, direction 33/56, indicator 25/37, pattern 24/25, level 8/29, setup
11/19, date 44/68, citation 12/12, subject 19/19, timeframe 23/25, negation 1/6, quotation 21/23, trend
12/26, history 30/39, words 8/12, magnitude 6/15. None of the 78 was right. Nine plants were then
corrected, texts unchanged: six reward/risk figures refiled as setup-reward-risk, one plant the context
cannot check and two that repeated another plant's substitution dropped; the same verifier then read
955/1183 (0.81), 78 error findings, 1081/1183 flagged. scripts/verify_eval/holdout24_score.md has the
table, the findings per clean text and the misses and false alarms by mechanism.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verify_eval import holdout_kit as kit  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

U = {**kit.FIXTURE_URLS,  # the ingested items cited, by a short name (the kit's, and one more)
     "mb-ppi13": "https://macrobrief.example/rates/2026/11/13/treasury-yields-climb-ppi"}
SET = kit.HoldoutSet("holdout24", REPO, U)  # the kit's source formats (md, plain, foot, paren)
OUT = SET.out
CLEAN = SET.texts
clean = SET.clean
plants = SET.plant_rows  # one clean text's plants, one a line (holdout_kit.HoldoutSet.plant_rows)

# Plain wrong-figure plants: a market figure with two digits swapped (six reward/risk plants were filed as
# value-mismatch in the blind run, corrected after it to setup-reward-risk as holdout24_score.md says).
values = SET.digit_swaps


# A line starting with exactly two spaces continues the line before it. `<<SOURCES>>` becomes the
# Sources block. Each text's planted errors follow it; an empty span is the new text.

B = "radio-GSPC-2026-11-20"
clean(B, "idx_GSPC-2026-11-20", "radio business bulletin", "txt",
      "the script of a drive-time radio station's business bulletin read at 5:30 PM on Friday, with the "
      "presenter's cues, a sponsor line and a traffic handover", """\
WKRN 1240 AM - DRIVE-TIME BUSINESS BULLETIN - FRIDAY 5:30 PM - READ TIME 2:10
[STING] [PRESENTER: DANA]
Good evening, this is the WKRN business desk, brought to you by Millbrook Credit Union.
Wall Street finished the week on a strong note. The S&P 500 climbed {change_1d} points, or {change_1d_pct},
  to close at {close}. It opened at {open}, dipped to {low} in the first hour and reached {high} before
  the bell. The day's range was 105.39 points, and the move was about one ATR, the 14-day average
  range being {atr_14} points.
That close puts the index up {change_5d_pct} for the week, down {change_1m_pct:abs} for the month and up
  {change_ytd_pct} since January. Thursday it had closed at {prev_close}; Tuesday's 6,821.04 was the
  lowest close of the week, and Wednesday's was 6,841.38.
Tech led. The Nasdaq 100 jumped {NDX_change_1d_pct} to {NDX_close}. The Dow rose {DJI_change_1d_pct} to
  {DJI_close}, and the Russell 2000 of smaller companies gained {RUT_change_1d_pct} to {RUT_close}. Wall
  Street's fear gauge, the VIX, fell {VIX_change_1d_pct:abs} to {VIX_close}.
For the chart watchers: the S&P is above its 50-day average of {sma_50}, by {pct_vs_sma_50}, and above
  its 200-day of {sma_200}, by {pct_vs_sma_200}. The 50-day has risen 1.77% over the past twenty
  sessions. The golden cross is from {cross_since:short}, {cross_sessions_since} sessions ago. RSI {rsi_14},
  middle of the road.
Friday's close was not a record. The record close is {all_time_high}, from October 22, and the index
  sits {pct_from_ath:abs} below it. The round 7,000 mark is {level_1_distance_pct} overhead.
In the papers: the S&P "climbed 1.1% to 6,901.69" [1], and megacaps lifted "the Nasdaq 100 1.9% to
  25,753.96" [2].
[SPONSOR] Millbrook Credit Union, 14 branches, auto loans from 5.9% APR.
That's business. Now to Kevin with traffic on the 9 and the 17. [OUT 2:10]

<<SOURCES>>
""", sources=("ld-rebound20", "hs-megacap20"), source_format="plain")
values(B, "rd")
plants(B, """
rd-dir ;; direction ;; D ;; climbed 75.63 points ;; dropped 75.63 points ;; dropped 75.63 ;; the index rose
rd-mg ;; magnitude ;; MG ;; finished the week on a strong note. The S&P 500 climbed ;; finished the week on a
  strong note. The S&P 500 inched up ;; inched up ;; a 1.11% move of 1.1 ATR is no inch
rd-wk ;; timeframe ;; V ;; up 1.10% for the week ;; up 3.33% for the week ;; 3.33% ;; 3.33% is the year's; the
  week's is 1.10% ;; real
rd-mo ;; timeframe ;; V ;; down 0.95% for the month ;; down 1.10% for the month ;; 1.10% ;; the month is
  -0.95%; 1.10% is the week ;; real
rd-rng ;; derived ;; DER ;; range was 105.39 points ;; range was 115.39 points ;; 115.39 points ;; 6,920.40 -
  6,815.01 is 105.39
rd-atrw ;; words ;; V ;; about one ATR ;; about three ATRs ;; three ATRs ;; 75.63/70.89 is 1.1 ATR
rd-tue ;; date ;; WM ;; Tuesday's 6,821.04 ;; Monday's 6,821.04 ;; Monday's 6,821.04 ;; 6,821.04 was
  Tuesday's;
  Monday closed at 6,855.03
rd-low ;; history ;; V ;; lowest close of the week ;; highest close of the week ;; highest close ;; 6,821.04
  was the week's lowest close
rd-sub ;; subject ;; V ;; Nasdaq 100 jumped 1.89% ;; Nasdaq 100 jumped 0.58% ;; 0.58% ;; 0.58% is the Dow's;
  the Nasdaq 100 rose 1.89% ;; real
rd-vix ;; direction ;; D ;; the VIX, fell ;; the VIX, rose ;; rose ;; the VIX fell 9.30%
rd-scale ;; scale ;; SC ;; gained 0.30% to 2,456.17 ;; gained 0.30% to $2,456.17 ;; $2,456.17 ;; an index is
  not quoted in dollars
rd-50 ;; pattern ;; P ;; the S&P is above its 50-day ;; the S&P is below its 50-day ;; below its 50-day ;;
  6,901.69 > 6,824.87
rd-slope ;; trend ;; V ;; has risen 1.77% over ;; has risen 1.27% over ;; 1.27% ;; the 50-day's slope is 1.77%
rd-slope2 ;; trend ;; D ;; The 50-day has risen ;; The 50-day has fallen ;; fallen ;; the 50-day's slope is
  +1.77%
rd-xd ;; date ;; DU ;; from Sep 21, 44 ;; from Sep 24, 44 ;; Sep 24 ;; the golden cross was on Sep 21
rd-xn ;; history ;; V ;; 44 sessions ago ;; 64 sessions ago ;; 64 sessions ;; the cross was 44 sessions ago
rd-rsi ;; indicator ;; IND ;; RSI 54.9,
  middle of the road ;; RSI 54.9,
  deeply oversold ;; oversold ;; 54.9 is not oversold
rd-rec ;; negation ;; P ;; Friday's close was not a record ;; Friday's close was a record ;; was a record ;;
  6,901.69 is 0.95% under the record 6,968.14
rd-athd ;; date ;; DU ;; from October 22, and ;; from October 29, and ;; October 29 ;; the record close was
  on Oct 22
rd-7k ;; level ;; LW ;; is 1.42% overhead ;; is 1.42% underneath ;; 1.42% underneath ;; 7,000 is above
  6,901.69
rd-q ;; quotation ;; NU ;; "climbed 1.1% to 6,901.69" ;; "climbed 1.4% to 6,901.69" ;; 1.4% ;; the source
  says 1.1%
rd-q2 ;; quotation ;; NU ;; 1.9% to
  25,753.96" ;; 1.9% to
  25,357.96" ;; 25,357.96 ;; the source says 25,753.96
rd-cite ;; citation ;; CU ;; 25,753.96" [2] ;; 25,753.96" [3] ;; [3] ;; two sources
""")

B = "opex-SPY-2026-11-20"
clean(B, "SPY-2026-11-20", "options-expiry explainer", "md",
      "a brokerage education team's explainer posted after Friday's monthly options expiry, walking a "
      "new options trader through max pain, walls and the put-call ratio with the S&P 500 ETF as the "
      "example, in numbered steps with a glossary", """\
# Options expiry, explained with this week's SPY

*Learning Center | Options 201 | updated Friday, Nov 20, 2026, 6:15 PM ET | 7 min read*

Friday was the monthly expiry, the third Friday of November. Here is what happened to SPY around it and
  how to read the numbers you will see quoted for next week's contracts.

**Step 1. Where the fund closed.** SPY ended expiry day at {close}, up {change_1d} ({change_1d_pct}). It
  opened at {open}, so most of the gain came after the open; the low was {low} and the high {high}. Thursday
  it had closed at {prev_close}. Volume was {volume} shares, {volume_ratio} times the 20-day average of
  {avg_volume_20}: expiry days are busy.

**Step 2. Max pain.** Max pain is the strike where the most open interest would expire worthless. For the
  weekly contracts expiring Friday, {options_expiry}, it is {max_pain}, just $2.00 above Friday's close.
  It is a magnet only in theory; treat it as a reference, not a forecast.

**Step 3. The walls.** The call wall, the strike with the most call open interest, is {call_wall}; the put
  wall is {put_wall}. Price sits between them, $12.00 under the call wall and $13.00 over the put wall.
  The put-call open interest ratio is {put_call_oi_ratio}: a bit more puts than calls outstanding, which
  is normal for a fund used as a hedge.

**Step 4. Context.** Expiry does not happen in a vacuum. SPY is up {change_5d_pct} this week, down
  {change_1m_pct:abs} over the month and up {change_ytd_pct} this year. It closed above its 50-day average
  ({sma_50}) and above its 200-day ({sma_200}), {pct_vs_sma_200} over the longer one. The record close is
  {all_time_high} from {all_time_high_date}, {pct_from_ath:abs} above Friday's close, so the $690 max-pain
  strike sits just under that old high and the $700 call wall just over it. The 14-day ATR is {atr_14}.

**Step 5. A worked trade plan (education only).** A breakout buyer would wait for {setup_long_entry}, the
  intraday record, with a stop at {setup_long_stop} and a target of {setup_long_target}. That risks $7.06
  to make $13.88, a reward-to-risk of {setup_long_reward_risk} to 1.

**Step 6. The week's closes**, for your spreadsheet: Monday $683.25, Tuesday $679.84, Wednesday $681.88,
  Thursday $680.51, Friday $688.00. Friday's was the best of the five; Tuesday's the worst.

| Glossary | What it means | SPY now |
| --- | --- | --- |
| Max pain | strike with most OI expiring worthless | {max_pain} |
| Call wall | strike with most call OI | {call_wall} |
| Put wall | strike with most put OI | {put_wall} |
| Put/call OI | puts outstanding per call | {put_call_oi_ratio} |

Elsewhere on expiry day the Nasdaq 100 ETF rose {QQQ.change_1d_pct} and the small-cap ETF
  added {IWM.change_1d_pct}. The S&P 500 itself "climbed 1.1% to 6,901.69" [1], and the small-cap fund is
  still "boxed between roughly $240 and $250" [2].

*Options involve risk and are not suitable for all investors. Lesson 7 of 12. Next lesson: rolling a
  covered call.*

<<SOURCES>>
""", sources=("ld-rebound20", "ld-smallcaps20"))
values(B, "ox")
plants(B, """
ox-dir ;; direction ;; D ;; at $688.00, up $7.49 ;; at $688.00, down $7.49 ;; down $7.49 ;; the fund rose
ox-mp ;; derived ;; DER ;; just $2.00 above Friday's close ;; just $4.00 above Friday's close ;; $4.00 ;;
  690.00
  - 688.00 is $2.00
ox-mpside ;; level ;; LW ;; just $2.00 above Friday's close ;; just $2.00 below Friday's close ;; $2.00
  below ;;
  max pain $690 is above the $688.00 close
ox-cw ;; derived ;; DER ;; $12.00 under the call wall ;; $21.00 under the call wall ;; $21.00 ;; 700 - 688 is
  $12.00
ox-cwv ;; level ;; V ;; The call wall, the strike with the most call open interest, is $700.00 ;; The call
  wall, the strike with the most call open interest, is $710.00 ;; $710.00 ;; the call wall is $700
ox-pwv ;; level ;; V ;; the put
  wall is $675.00 ;; the put
  wall is $665.00 ;; $665.00 ;; the put wall is $675
ox-exp ;; date ;; DU ;; Friday, Nov 27, 2026 ;; Friday, Dec 4, 2026 ;; Dec 4, 2026 ;; the next expiry is Nov
  27
ox-expw ;; date ;; WM ;; Friday, Nov 27, 2026 ;; Thursday, Nov 27, 2026 ;; Thursday, Nov 27 ;; Nov 27, 2026
  is a
  Friday
ox-wk ;; timeframe ;; V ;; SPY is up 1.10% this week ;; SPY is up 3.28% this week ;; 3.28% ;; the week's is
  1.10%; 3.28% is the year ;; real
ox-ytd ;; timeframe ;; V ;; up 3.28% this year ;; up 1.10% this year ;; 1.10% ;; the year's is 3.28% ;; real
ox-200 ;; pattern ;; P ;; and above its 200-day ($646.13) ;; and below its 200-day ($646.13) ;; below its
  200-day ;; 688.00 > 646.13
ox-athd ;; date ;; DU ;; from Oct 22, 2026, ;; from Oct 12, 2026, ;; Oct 12, 2026 ;; the record close was on
  Oct 22
ox-rr ;; setup ;; SRR ;; a reward-to-risk of 2.0 to 1 ;; a reward-to-risk of 3.0 to 1 ;; 3.0 to 1 ;;
  13.88/7.06
  is 2.0
ox-risk ;; setup ;; DER ;; That risks $7.06 ;; That risks $9.06 ;; $9.06 ;; 697.09 - 690.03 is $7.06
ox-stop ;; setup ;; SG ;; with a stop at $690.03 ;; with a stop at $699.03 ;; $699.03 ;; a long's stop above
  its
  entry $697.09 is no stop
ox-tgt ;; setup ;; V ;; a target of $710.97 ;; a target of $701.97 ;; $701.97 ;; the target is $710.97
ox-mon ;; date ;; WM ;; Monday $683.25 ;; Tuesday $683.25 ;; Tuesday $683.25 ;; $683.25 was Monday's close
ox-best ;; history ;; V ;; Tuesday's the worst ;; Wednesday's the worst ;; Wednesday's the worst ;; Tuesday's
  $679.84 was the week's lowest close
ox-qqq ;; subject ;; V ;; ETF rose 1.90% ;; ETF rose 1.10% ;; 1.10% ;; QQQ rose 1.90%; 1.10% is SPY's ;; real
ox-iwm ;; direction ;; D ;; the small-cap ETF
  added 0.30% ;; the small-cap ETF
  lost 0.30% ;; lost 0.30% ;; IWM rose 0.30%
ox-q ;; quotation ;; NU ;; "climbed 1.1% to 6,901.69" ;; "climbed 1.1% to 6,910.69" ;; 6,910.69 ;; the source
  says 6,901.69
ox-q2 ;; quotation ;; NU ;; "boxed between roughly $240 and $250" ;; "boxed between roughly $230 and $250" ;;
  $230 ;; the source says $240
ox-cite ;; citation ;; CU ;; $250" [2] ;; $250" [4] ;; [4] ;; two sources
ox-mag ;; magnitude ;; MG ;; so most of the gain came after the open ;; so most of the small gain came after
  the open ;; small gain ;; a 1.10% move of 1.1 ATR is not small
""")

B = "slack-QQQ-2026-11-20"
clean(B, "QQQ-2026-11-20", "investing club Slack recap", "md",
      "a retail investing club's Friday-evening Slack standup thread in #markets, three members posting "
      "what the Nasdaq 100 ETF did, with emoji reactions, a pinned rule and a poll", """\
#markets | Friday standup thread | pinned: "no tickers without a source" (rule 3)

**@maria_k** 4:12 PM
QQQ closed {close} today, up {change_1d} / {change_1d_pct} :rocket: Opened {open}, low {low}, high {high}.
  Yesterday's close was {prev_close}. That high is a hair under the intraday record of {level_1}.
  reactions: :fire: 7  :eyes: 3

**@dev_ops_dan** 4:15 PM
volume {volume} vs 20d avg {avg_volume_20}, twice the usual. opex day tho. move was {move_atr} ATRs
  (ATR {atr_14}), biggest day in a while. week +{change_5d_pct}, month +{change_1m_pct}, YTD
  +{change_ytd_pct}.

**@maria_k** 4:18 PM
closes this week: Mon $621.56, Tue $615.97, Wed $618.43, Thu $614.72, Fri $626.40. so it ended the week
  above where Monday closed, and Thursday's was the low close.

**@lena.w** 4:22 PM
ok chart nerd corner:
- above the 20d ({sma_20}), the 50d ({sma_50}) and the 200d ({sma_200})
- {pct_vs_sma_50} over the 50d, {pct_vs_sma_200} over the 200d
- 50d has climbed 1.49% over twenty sessions, 200d up 0.23%: both still rising
- golden cross since {cross_since:short}, {cross_sessions_since} sessions
- RSI {rsi_14} (not overbought), MACD {macd} still under signal {macd_signal}
- upper BB {bb_upper}, we closed inside the bands
- record close {all_time_high} on {all_time_high_date:dated}, we're {pct_from_ath:abs} under it
- 29-session range {range_lower} to {range_upper}, we're in it, not out of it

**@dev_ops_dan** 4:25 PM
if you're a breakout person: entry {setup_long_entry}, stop {setup_long_stop}, target {setup_long_target}.
  $8.05 risk for $19.31 reward, {setup_long_reward_risk}R. i'm not touching it till it clears $630.

**@maria_k** 4:27 PM
for the record QQQ beat everything: SPY +{SPY.change_1d_pct}, DIA +{DIA.change_1d_pct}, IWM
  +{IWM.change_1d_pct}.
  IWM did the least. VIX down {VIX_change_1d_pct:abs} to {VIX_close}. headline: "lifting the Nasdaq 100
  1.9% to 25,753.96" [1] and the opex piece says the rally "lifted QQQ to $626.40" [2]

POLL: new high next week? Yes 9 / No 5 / Pizza 11

<<SOURCES>>
""", sources=("hs-megacap20", "tw-opex20"))
values(B, "sk")
plants(B, """
sk-dir ;; direction ;; D ;; up $11.68 ;; down $11.68 ;; down $11.68 ;; QQQ rose
sk-volw ;; words ;; V ;; twice the usual ;; four times the usual ;; four times ;; 86.8/44.3 is 2.0
sk-wk ;; timeframe ;; V ;; week +1.28% ;; week +4.91% ;; +4.91% ;; the week is 1.28%; 4.91% is the year's ;;
  real
sk-mo ;; timeframe ;; V ;; month +0.27% ;; month +1.28% ;; +1.28% ;; the month is 0.27% ;; real
sk-mon ;; date ;; WM ;; Mon $621.56 ;; Tue $621.56 ;; Tue $621.56 ;; $621.56 was Monday's
sk-low ;; history ;; V ;; Thursday's was the low close ;; Tuesday's was the low close ;; Tuesday's was the low
  close ;; Thursday's $614.72 was lowest; Tuesday's was $615.97
sk-mon2 ;; direction ;; D ;; ended the week
  above where Monday closed ;; ended the week
  below where Monday closed ;; below where Monday closed ;; 626.40 > 621.56
sk-20 ;; pattern ;; P ;; above the 20d ;; below the 20d ;; below the 20d ;; 626.40 > 619.45
sk-slope ;; trend ;; V ;; 50d has climbed 1.49% ;; 50d has climbed 4.19% ;; 4.19% ;; the 50-day's slope is
  1.49%
sk-slope2 ;; trend ;; D ;; both still rising ;; both now falling ;; falling ;; both slopes are positive
sk-xd ;; date ;; DU ;; since Jul 27, 83 ;; since Jul 17, 83 ;; Jul 17 ;; the golden cross was Jul 27
sk-rsi ;; indicator ;; IND ;; RSI 56.4 (not overbought) ;; RSI 56.4 (overbought) ;; overbought ;; 56.4 is not
  overbought
sk-macd ;; indicator ;; IND ;; still under signal ;; now over signal ;; over signal ;; 1.96 < 2.46
sk-bb ;; indicator ;; P ;; we closed inside the bands ;; we closed above the upper band ;; above the upper
  band ;;
  626.40 < 629.47
sk-athd ;; date ;; WM ;; on Wednesday, Nov 11 ;; on Thursday, Nov 11 ;; Thursday, Nov 11 ;; Nov 11, 2026 was a
  Wednesday
sk-rng ;; negation ;; P ;; we're in it, not out of it ;; we're out of it, not in it ;; out of it ;; 626.40 is
  inside 610.21-629.76
sk-rs ;; history ;; V ;; 29-session range ;; 39-session range ;; 39-session ;; the range is 29 sessions
sk-rec ;; level ;; LW ;; a hair under the intraday record ;; a hair over the intraday record ;; over the
  intraday record ;; 631.45 < 632.37
sk-risk ;; setup ;; DER ;; $8.05 risk ;; $6.05 risk ;; $6.05 ;; 630.00 - 621.95 is $8.05
sk-rew ;; setup ;; DER ;; for $19.31 reward ;; for $16.31 reward ;; $16.31 ;; 649.31 - 630.00 is $19.31
sk-rr ;; setup ;; SRR ;; 2.4R ;; 4.4R ;; 4.4R ;; 19.31/8.05 is 2.4
sk-beat ;; direction ;; D ;; IWM did the least ;; DIA did the least ;; DIA did the least ;; IWM's 0.30% is
  under DIA's 0.60%
sk-sub ;; subject ;; V ;; DIA +0.60% ;; DIA +0.30% ;; +0.30% ;; DIA rose 0.60%; 0.30% is IWM's ;; real
sk-vix ;; direction ;; D ;; VIX down ;; VIX up ;; VIX up ;; the VIX fell 9.30%
sk-q ;; quotation ;; NU ;; "lifting the Nasdaq 100
  1.9% to 25,753.96" ;; "lifting the Nasdaq 100
  2.9% to 25,753.96" ;; 2.9% ;; the source says 1.9%
sk-q2 ;; quotation ;; NU ;; "lifted QQQ to $626.40" ;; "lifted QQQ to $628.40" ;; $628.40 ;; the source says
  $626.40
sk-cite ;; citation ;; CU ;; $626.40" [2] ;; $626.40" [3] ;; [3] ;; two sources
sk-mg ;; magnitude ;; MG ;; biggest day in a while ;; a sleepy little day ;; sleepy little day ;; a 1.90% move
  of 1.6 ATR is not sleepy
""")

B = "endow-DIA-2026-11-20"
clean(B, "DIA-2026-11-20", "endowment committee briefing", "txt",
      "the treasurer's briefing to a parish endowment committee meeting on Saturday morning, on the Dow "
      "ETF that holds most of the fund, with agenda numbers, the fund's own balances and a prayer for "
      "the meeting", """\
ST. BRENDAN'S PARISH ENDOWMENT COMMITTEE - BRIEFING FOR SATURDAY, NOVEMBER 21, 2026
Agenda item 4: market report (Treasurer, 10 minutes). Opening prayer: Deacon Ruiz.

1. Our holding. About 62% of the endowment's $1,184,000 sits in the SPDR Dow Jones Industrial Average ETF
  (DIA). It closed Friday at {close}, up {change_1d}, or {change_1d_pct}. The day's low was {low} and
  its high {high}, after an open of {open}; Thursday's close had been {prev_close}.
2. The week. DIA gained {change_5d_pct} over five sessions and closed higher three days running:
  Wednesday $468.32, Thursday $468.79, Friday $471.60, after a dip on Tuesday to $466.92 from Monday's
  $467.85. Over the month it is down {change_1m_pct:abs}; for the calendar year it is down
  {change_ytd_pct:abs}, which is why the committee's 4% draw will come partly from cash.
3. Where it stands. The fund is above its 50-day average ({sma_50}) by {pct_vs_sma_50} and above its
  200-day ({sma_200}) by {pct_vs_sma_200}. The 50-day rose 0.75% over the last twenty sessions, but the
  200-day slipped 0.32%, so the long trend is only flat. A golden cross happened on {cross_since:short},
  {cross_sessions_since} trading days ago. RSI {rsi_14}; MACD {macd} against a signal of {macd_signal}.
4. Records. DIA's record close, {all_time_high}, dates from {all_time_high_date}; Friday's close is
  {pct_from_ath:abs} below it. The 52-week low was {low_52w} on {low_52w_date}. The fund has spent
  {range_sessions} sessions between {range_lower} and {range_upper}.
5. The index and the neighbours. The Dow itself rose {DJI_change_1d_pct} to {DJI_close}. The S&P 500 fund
  rose {SPY.change_1d_pct} and the Nasdaq fund {QQQ.change_1d_pct}, so our blue chips lagged both. The
  Dow "gained 0.3% on Wednesday to 46,891.82" [1], and on Monday DIA "closed at $467.85" [2].
6. Action requested: none. Next review Saturday, December 19. Closing prayer: Mrs. Adeyemi.

<<SOURCES>>
""", sources=("tw-dow18", "ld-bluechips16"), source_format="paren")
values(B, "en")
plants(B, """
en-dir ;; direction ;; D ;; up $2.81, or ;; down $2.81, or ;; down $2.81 ;; DIA rose
en-strk ;; history ;; V ;; closed higher three days running ;; closed higher five days running ;; five days
  running ;; three up closes Wed-Fri; Tuesday fell
en-tue ;; date ;; WM ;; Tuesday to $466.92 ;; Wednesday to $466.92 ;; Wednesday to $466.92 ;; $466.92 was
  Tuesday's
en-thu ;; date ;; WM ;; Thursday $468.79 ;; Monday $468.79 ;; Monday $468.79 ;; $468.79 was Thursday's
en-mo ;; timeframe ;; V ;; down 0.17% ;; down 0.72% ;; 0.72% ;; the month is -0.17%; -0.72% is the year ;;
  real
en-wk ;; timeframe ;; V ;; gained 1.10% over five ;; gained 0.60% over five ;; 0.60% ;; the week is 1.10% ;;
  real
en-50 ;; pattern ;; P ;; The fund is above its 50-day ;; The fund is below its 50-day ;; below its 50-day ;;
  471.60 > 467.61
en-slope ;; trend ;; V ;; rose 0.75% over ;; rose 0.57% over ;; 0.57% ;; the 50-day's slope is 0.75%
en-slope2 ;; trend ;; D ;; the
  200-day slipped 0.32% ;; the
  200-day rose 0.32% ;; rose 0.32% ;; the 200-day's slope is -0.32%
en-xd ;; date ;; DU ;; on Oct 2,
  35 ;; on Oct 9,
  35 ;; Oct 9 ;; the golden cross was Oct 2
en-xn ;; history ;; V ;; 35 trading days ago ;; 53 trading days ago ;; 53 trading days ;; the cross was 35
  sessions ago
en-cross ;; pattern ;; P ;; A golden cross ;; A death cross ;; death cross ;; the 50-day is above the 200-day
en-athd ;; date ;; DU ;; from Jan 12, 2026 ;; from Jan 21, 2026 ;; Jan 21, 2026 ;; the record close was Jan
  12, 2026
en-lowd ;; date ;; DU ;; on Apr 30, 2026 ;; on Apr 3, 2026 ;; Apr 3, 2026 ;; the 52-week low was Apr 30
en-rs ;; history ;; V ;; spent
  43 sessions ;; spent
  34 sessions ;; 34 sessions ;; the range is 43 sessions
en-lag ;; direction ;; D ;; our blue chips lagged both ;; our blue chips beat both ;; beat both ;; 0.60% is
  under 1.10% and 1.90%
en-sub ;; subject ;; V ;; fund
  rose 1.10% ;; fund
  rose 1.90% ;; 1.90% ;; SPY rose 1.10%; 1.90% is QQQ's ;; real
en-q ;; quotation ;; NU ;; "gained 0.3% on Wednesday to 46,891.82" ;; "gained 0.3% on Wednesday to
  46,981.82" ;;
  46,981.82 ;; the source says 46,891.82
en-q2 ;; quotation ;; CS ;; "gained 0.3% on Wednesday ;; "gained 0.3% on Thursday ;; Thursday ;; the source
  says Wednesday
en-cite ;; citation ;; CU ;; "closed at $467.85" [2] ;; "closed at $467.85" [5] ;; [5] ;; two sources
en-mg ;; magnitude ;; MG ;; closed Friday at $471.60, up ;; closed Friday at $471.60, soaring ;; soaring ;; a
  0.60% move is no soar
""")

B = "judges-IWM-2026-11-20"
clean(B, "IWM-2026-11-20", "trading competition judges' memo", "md",
      "the judges' results memo of a university's student paper-trading competition, closing on Friday "
      "with every team's book marked at the small-cap ETF's close, with team names, their own returns "
      "(not market data) and a ruling on a disputed fill", """\
## Hollis University Investment Society - Fall Paper-Trading Cup
### Judges' memo: final marks as of the close, Friday, November 20, 2026

All books were marked at Friday's official closes. The cup's theme this term was small caps, so every
  team had to hold at least 40% in IWM.

**Mark prices.** IWM closed at {close}, up {change_1d} ({change_1d_pct}) on the day, with a high of {high},
  a low of {low} and an open of {open}. Thursday's close, used for the dispute below, was {prev_close}.
  The S&P 500 ETF closed at {SPY.close}, the Nasdaq 100 ETF at {QQQ.close} and the Dow ETF at {DIA.close}.

**The market during the cup's last week.** IWM closed Monday at $247.26, Tuesday at $245.28, Wednesday at
  $244.79 and Thursday at $243.57, three straight lower closes, before Friday's small bounce. It fell
  {change_5d_pct:abs} on the week and {change_1m_pct:abs} over the month; it is up {change_ytd_pct} for
  the year. It has trailed SPY six sessions in a row. The Russell 2000 index finished at {RUT_close},
  up {RUT_change_1d_pct}.

**Final standings** (returns are the teams' own, since the Sep 14 start):

| Rank | Team | Return | Max drawdown | Trades |
| ---: | --- | ---: | ---: | ---: |
| 1 | Bear Necessities | +6.8% | -2.1% | 41 |
| 2 | The Mean Reverters | +5.2% | -3.9% | 118 |
| 3 | Small Cap Energy | +3.3% | -1.4% | 12 |
| 4 | Liquidity Llamas | -0.9% | -6.0% | 77 |

**Technical appendix (the winning team's pitch, checked by the judges).** IWM closed below its 50-day
  average of {sma_50}, {pct_vs_sma_50:abs} under it, but well above its 200-day at {sma_200}, by
  {pct_vs_sma_200}. Both averages are drifting slightly lower: the 50-day is down 0.08% over twenty
  sessions and the 200-day down 0.09%. The golden cross still stands, from {cross_since:short},
  {cross_sessions_since}
  sessions back. RSI {rsi_14}, neutral; MACD {macd}, below its {macd_signal} signal. The ATR is {atr_14}.
  The fund has held a {range_sessions}-session range from {range_lower} to {range_upper}, and sits
  {pct_from_ath:abs} below its record close of {all_time_high} from {all_time_high_date}. Options:
  max pain {max_pain} for the {options_expiry:short} expiry, call wall {call_wall}, put wall {put_wall}.
  As the wire put it, IWM is "boxed between roughly $240 and $250" [1].

**Disputed fill.** The Liquidity Llamas claimed a buy at $243.10 on Thursday. Thursday's low was above
  that price, so the fill is disallowed and the trade is re-marked at Thursday's close, $243.57.

Prize money ($500, $250, $100) will be paid by the Society treasurer by December 4.

<<SOURCES>>
""", sources=("ld-smallcaps20",))
values(B, "jd", skip=("243.10", "2.1", "0.9"))
plants(B, """
jd-dir ;; direction ;; D ;; up $0.73 ;; down $0.73 ;; down $0.73 ;; IWM rose on Friday
jd-strk ;; history ;; V ;; three straight lower closes ;; four straight lower closes ;; four straight ;; Tue,
  Wed, Thu fell; Monday rose from $247.01
jd-tue ;; date ;; WM ;; Tuesday at $245.28 ;; Wednesday at $245.28 ;; Wednesday at $245.28 ;; $245.28 was
  Tuesday's close
jd-wk ;; timeframe ;; V ;; It fell 1.10% on the week ;; It fell 1.65% on the week ;; 1.65% ;; the week is
  -1.10%; -1.65% is the month ;; real
jd-ytd ;; timeframe ;; V ;; it is up 0.42% for ;; it is up 0.30% for ;; 0.30% ;; the year is 0.42% ;; real
jd-trail ;; history ;; V ;; six sessions in a row ;; nine sessions in a row ;; nine sessions ;; IWM lagged SPY
  six sessions
jd-sub ;; subject ;; V ;; The S&P 500 ETF closed at $688.00 ;; The S&P 500 ETF closed at $626.40 ;; $626.40 ;;
  SPY closed at $688.00; $626.40 is QQQ's ;; real
jd-scale ;; scale ;; SC ;; finished at 2,456.17 ;; finished at $244.30 ;; $244.30 ;; the index closed at
  2,456.17; $244.30 is IWM's ;; real
jd-50 ;; pattern ;; P ;; IWM closed below its 50-day ;; IWM closed above its 50-day ;; above its 50-day ;;
  244.30 < 245.77
jd-slope ;; trend ;; D ;; Both averages are drifting slightly lower ;; Both averages are climbing steadily ;;
  climbing ;; both slopes are negative
jd-xd ;; date ;; DU ;; from Aug 10, 73 ;; from Aug 19, 73 ;; Aug 19 ;; the golden cross was Aug 10
jd-rsi ;; indicator ;; IND ;; RSI 48.2, neutral ;; RSI 48.2, oversold ;; oversold ;; 48.2 is not oversold
jd-macd ;; indicator ;; IND ;; below its 0.51 signal ;; above its 0.51 signal ;; above its ;; 0.31 < 0.51
jd-athd ;; date ;; DU ;; from Nov 28, 2025 ;; from Nov 20, 2025 ;; Nov 20, 2025 ;; the record close was Nov
  28, 2025
jd-rs ;; history ;; V ;; a 25-session range ;; a 52-session range ;; 52-session ;; the range is 25 sessions
jd-cw ;; level ;; V ;; call wall $250.00 ;; call wall $255.00 ;; $255.00 ;; the call wall is $250
jd-q ;; quotation ;; NU ;; "boxed between roughly $240 and $250" ;; "boxed between roughly $240 and $260" ;;
  $260 ;; the source says $250
jd-cite ;; citation ;; CU ;; $250" [1] ;; $250" [2] ;; [2] ;; one source
""")

B = "bankcast-SPY-2026-11-17"
clean(B, "SPY-2026-11-17", "private bank broadcast digest", "txt",
      "a private bank's evening broadcast-channel digest to its clients on Tuesday, short numbered "
      "messages from the relationship desk on the S&P 500 ETF, with a compliance footer and an event "
      "reminder", """\
[Aldgate Private | Client Broadcast | Tue 17 Nov 2026 | 21:05 GMT]

(1/7) Good evening. US equities ended lower. SPY closed at {close}, down {change_1d:abs} or
  {change_1d_pct:abs}, after trading between {low} and {high}. It opened at {open}; Monday's close
  was {prev_close}.
(2/7) Weaker across the board: QQQ {QQQ.change_1d_pct}, DIA {DIA.change_1d_pct}, IWM {IWM.change_1d_pct}.
  Tech and small caps fell more than SPY, the Dow ETF less. The S&P 500 index closed at {GSPC_close}.
  VIX up {VIX_change_1d_pct} to {VIX_close}.
(3/7) Oil was the story: crude fell, "settling at $67.35 a barrel" [^1], and energy weighed. The index
  "lost 0.5% to 6,821.04" [^2].
(4/7) Positioning: SPY is down {change_5d_pct:abs} over five sessions and {change_1m_pct:abs} over the
  month, still up {change_ytd_pct} in 2026. Volume {volume}, {volume_ratio}x its 20-day average.
(5/7) Technicals: it closed under its 20-day ({sma_20}) but held above the 50-day ({sma_50}) by just
  {pct_vs_sma_50}, 65 cents. The 200-day is {sma_200}, {pct_vs_sma_200} below the price. The 50-day
  has risen 2.16% over twenty sessions. RSI {rsi_14}; MACD {macd} under its signal {macd_signal}; ATR
  {atr_14}. Today's fall was half an ATR.
(6/7) Levels: the record close {all_time_high} ({all_time_high_date}) is {pct_from_ath:abs} above.
  The {range_sessions}-session range runs {range_lower} to {range_upper}. Closes of recent days: Fri
  13th $680.53, Thu 12th $684.64, Wed 11th $686.70. Our desk idea, unchanged: buy a retest of
  {setup_long_entry}, stop {setup_long_stop}, target {setup_long_target}, roughly {setup_long_reward_risk}
  to 1.
(7/7) Reminder: our year-end outlook call is Thursday 3 December at 14:00 GMT. Dial-in 0800 555 0142.

Capital at risk. This message is not a personal recommendation. Aldgate Private is a trading name of
  Aldgate & Co. Ltd.

<<SOURCES>>
""", sources=("ld-oil17", "hs-slides17"), source_format="foot")
values(B, "bc")
plants(B, """
bc-dir ;; direction ;; D ;; US equities ended lower ;; US equities ended higher ;; ended higher ;; SPY fell
  0.50%
bc-more ;; direction ;; D ;; Tech and small caps fell more than SPY ;; Tech and small caps fell less than SPY
  ;; fell less ;; -0.90% and -0.80% are below -0.50%
bc-less ;; direction ;; D ;; the Dow ETF less ;; the Dow ETF most ;; the Dow ETF most ;; DIA fell 0.20%, the
  least
bc-vix ;; direction ;; D ;; VIX up ;; VIX down ;; VIX down ;; the VIX rose 6.02%
bc-sub ;; subject ;; V ;; IWM -0.80% ;; IWM -0.90% ;; -0.90% ;; IWM fell 0.80%; -0.90% is QQQ's ;; real
bc-q ;; quotation ;; NU ;; "settling at $67.35 a barrel" ;; "settling at $67.53 a barrel" ;; $67.53 ;; the
  source says $67.35
bc-q2 ;; quotation ;; NU ;; "lost 0.5% to 6,821.04" ;; "lost 2.5% to 6,821.04" ;; 2.5% ;; the source says
  0.5%
bc-cite ;; citation ;; CU ;; 6,821.04" [^2] ;; 6,821.04" [^3] ;; [^3] ;; two sources
bc-wk ;; timeframe ;; V ;; down 0.80% over five ;; down 1.06% over five ;; 1.06% ;; the five-session change
  is -0.80%; -1.06% is the month ;; real
bc-20 ;; pattern ;; P ;; it closed under its 20-day ;; it closed over its 20-day ;; over its 20-day ;; 679.84
  < 685.80
bc-50 ;; pattern ;; P ;; but held above the 50-day ;; but slipped below the 50-day ;; below the 50-day ;;
  679.84 > 679.19
bc-cents ;; derived ;; DER ;; 65 cents ;; 85 cents ;; 85 cents ;; 679.84 - 679.19 is $0.65
bc-200 ;; level ;; LW ;; below the price. The 50-day ;; above the price. The 50-day ;; above the price ;;
  645.83 is below 679.84
bc-slope ;; trend ;; V ;; has risen 2.16% ;; has risen 2.61% ;; 2.61% ;; the 50-day's slope is 2.16%
bc-macd ;; indicator ;; IND ;; under its signal 2.42 ;; over its signal 2.42 ;; over its signal ;; 1.09 <
  2.42
bc-half ;; words ;; V ;; half an ATR ;; two ATRs ;; two ATRs ;; 3.41/7.16 is 0.5 ATR
bc-athd ;; date ;; DU ;; (Oct 22, 2026) ;; (Oct 2, 2026) ;; Oct 2, 2026 ;; the record close was Oct 22
bc-rs ;; history ;; V ;; The 40-session range ;; The 14-session range ;; 14-session ;; the range is 40
  sessions
bc-fri ;; date ;; WM ;; Fri
  13th $680.53 ;; Mon
  13th $680.53 ;; Mon 13th ;; Nov 13, 2026 was a Friday
bc-thu ;; history ;; V ;; Thu 12th $684.64 ;; Thu 12th $686.70 ;; $686.70 ;; Thursday closed at $684.64;
  $686.70 was Wednesday's ;; real
bc-stop ;; setup ;; SG ;; stop $668.55 ;; stop $678.55 ;; $678.55 ;; a long's stop above its entry $673.92
bc-rr ;; setup ;; SRR ;; roughly 3.3
  to 1 ;; roughly 1.3
  to 1 ;; 1.3 to 1 ;; 17.88/5.37 is 3.3
bc-mg ;; magnitude ;; MG ;; US equities ended lower ;; US equities crashed ;; crashed ;; a 0.50% fall is no
  crash
""")

B = "candles-QQQ-2026-11-17"
clean(B, "QQQ-2026-11-17", "candle-by-candle chart walk", "md",
      "a chart blogger's candle-by-candle walk through the Nasdaq 100 ETF's last six daily candles, "
      "written on Tuesday evening with a marked-up chart's annotations in brackets", """\
# Six candles: how QQQ walked back from its record

*Tuesday, November 17, 2026. Daily chart, regular hours. Annotations refer to the chart above.*

**Candle 1, Tuesday Nov 10.** A strong up day that closed at $627.25. [A]
**Candle 2, Wednesday Nov 11.** The record close: $629.76, a new all-time high. [B] Everything since
  hangs off this one.
**Candle 3, Thursday Nov 12.** The first down day, closing at $625.98. The intraday high that day was
  the record intraday print. [C]
**Candle 4, Friday Nov 13.** A wide down day to $618.47, the biggest fall of the six. [D]
**Candle 5, Monday Nov 16.** A small up day to $621.56. [E]
**Candle 6, today.** Opened at {open}, poked up to {high}, then sold off all day to close at {close},
  just 2 cents above the {low} low. Red body of $4.78, an upper wick of $3.43 and almost no lower wick.
  The fund fell {change_1d:abs}, or {change_1d_pct:abs}, from Monday's {prev_close}. [F]

So from the record close the fund has given back {pct_from_ath:abs}. Over five sessions it is down
  {change_5d_pct:abs}; over a month, {change_1m_pct:abs}; for the year it is still up {change_ytd_pct}.
  Today's range, $8.23, was about one ATR ({atr_14}), and volume of {volume} ran {volume_ratio} times the
  20-day average.

**Where the candles sit.** Today's candle closed below the 20-day ({sma_20}) and above the 50-day
  ({sma_50}), {pct_vs_sma_50} above it. The 50-day has risen 1.77% over twenty sessions, so it is still
  climbing under the price. The 200-day, {sma_200}, is {pct_vs_sma_200} below. The lower Bollinger band
  is {bb_lower} and the upper {bb_upper}; price is inside, nearer the lower. RSI {rsi_14}, MACD {macd}
  below its signal {macd_signal}. Golden cross from {cross_since:short}, {cross_sessions_since} sessions.

**Levels on the chart.** Overhead: $620, then the $622.21-$625.25 shelf tested twice, then the record
  {all_time_high}. Below: the 50-day at {sma_50}, then $609.62 and the range floor {range_lower}. The
  range itself is {range_sessions} sessions old. A pullback buyer's plan: {pending_long_entry} entry,
  {pending_long_stop} stop, {pending_long_target} target.

The Nasdaq 100 "fell 0.9% to 25,326.20" [1]. The week's calendar: "monthly options expire on Friday" [2].

<<SOURCES>>
""", sources=("tw-nasdaq17", "hs-weekahead14"))
values(B, "cd")
plants(B, """
cd-c2 ;; history ;; V ;; close: $629.76, a new ;; close: $627.25, a new ;; $627.25 ;; the record close of Nov
  11 was $629.76; $627.25 was Nov 10 ;; real
cd-w1 ;; date ;; WM ;; Candle 1, Tuesday Nov 10 ;; Candle 1, Monday Nov 10 ;; Monday Nov 10 ;; Nov 10, 2026
  was
  a Tuesday
cd-w4 ;; date ;; WM ;; Candle 4, Friday Nov 13 ;; Candle 4, Thursday Nov 13 ;; Thursday Nov 13 ;; Nov 13, 2026
  was a Friday
cd-d5 ;; direction ;; D ;; A small up day to $621.56 ;; A small down day to $621.56 ;; down day ;; 621.56 >
  618.47
cd-cents ;; derived ;; DER ;; just 2 cents above ;; just 20 cents above ;; 20 cents ;; 615.97 - 615.95 is 2
  cents
cd-body ;; derived ;; DER ;; Red body of $4.78 ;; Red body of $3.78 ;; $3.78 ;; 620.75 - 615.97 is $4.78
cd-dir ;; direction ;; D ;; The fund fell $5.59 ;; The fund rose $5.59 ;; rose $5.59 ;; QQQ fell
cd-wk ;; timeframe ;; V ;; it is
  down 1.80% ;; it is
  down 0.72% ;; 0.72% ;; the five-session change is -1.80%; -0.72% is the month ;; real
cd-rng ;; derived ;; DER ;; range, $8.23, ;; range, $9.23, ;; $9.23 ;; 624.18 - 615.95 is $8.23
cd-atrw ;; words ;; V ;; about one ATR ;; about two ATRs ;; two ATRs ;; 8.23/7.99 is 1.0
cd-20 ;; pattern ;; P ;; closed below the 20-day ;; closed above the 20-day ;; above the 20-day ;; 615.97 <
  619.78
cd-slope ;; trend ;; D ;; so it is still
  climbing under the price ;; so it is now
  falling under the price ;; falling ;; the 50-day's slope is +1.77%
cd-200 ;; level ;; LW ;; $579.82, is 6.24% below ;; $579.82, is 6.24% above ;; 6.24% above ;; the 200-day is
  under the price
cd-bb ;; indicator ;; P ;; nearer the lower ;; nearer the upper ;; nearer the upper ;; 615.97 is 5.92 over the
  lower band, 13.53 under the upper
cd-xd ;; date ;; DU ;; from Jul 27, 80 ;; from Jul 7, 80 ;; Jul 7 ;; the golden cross was Jul 27
cd-over ;; level ;; LW ;; Overhead: $620, then ;; Underneath: $620, then ;; Underneath: $620 ;; $620 is above
  $615.97
cd-tst ;; level ;; V ;; shelf tested twice ;; shelf tested five times ;; five times ;; the shelf has 2 touches
cd-rs ;; history ;; V ;; is 40 sessions old ;; is 20 sessions old ;; 20 sessions ;; the range is 40 sessions
cd-q ;; quotation ;; NU ;; "fell 0.9% to 25,326.20" ;; "fell 0.9% to 25,362.20" ;; 25,362.20 ;; the source
  says
  25,326.20
cd-q2 ;; quotation ;; CS ;; "monthly options expire on Friday" ;; "monthly options expire on Thursday" ;;
  Thursday ;; the source says Friday
cd-cite ;; citation ;; CU ;; on Friday" [2] ;; on Friday" [3] ;; [3] ;; two sources
cd-mg ;; magnitude ;; MG ;; then sold off all day ;; then collapsed all day ;; collapsed ;; a 0.90% fall of
  one
  ATR is no collapse
""")

B = "cycling-IWM-2026-11-17"
clean(B, "IWM-2026-11-17", "cycling club newsletter", "txt",
      "a cycling club's midweek newsletter after its autumn sportive, with route distances, finishing "
      "times, a café stop bill and the treasurer's paragraph on the small-cap ETF the club reserve "
      "sits in", """\
RIDGEWAY WHEELERS - MIDWEEK SPOKE - TUESDAY 17 NOVEMBER 2026 - ISSUE 48

SPORTIVE REPORT. 63 riders started Sunday's Autumn Ridgeway from the village hall. The long route was 104.6 km
  with 1,412 m of climbing; the short route 61.3 km. Fastest long-route time: Priya S. in 3:18:42, an
  average of 31.6 km/h. Slowest finisher home by 2:40 PM, in time for cake. Two punctures, one snapped
  chain, zero crashes.
CAFÉ STOP. The Old Forge did 58 teas and 49 slices of flapjack: bill £212.40, paid from club funds.
RESERVE FUND (treasurer, Gwen). Our £18,600 reserve sits in the iShares Russell 2000 ETF, and today was a
  down day. IWM closed at {close}, down {change_1d:abs} ({change_1d_pct:abs}), from {prev_close} on
  Monday. It opened at {open}, touched {high} early and bottomed at {low}. The Russell 2000 itself fell
  {RUT_change_1d_pct:abs} to {RUT_close}. The headline: "small caps lose 0.8%" [1]. Friday's close, per
  the paper, was "$247.01" [2]; last Thursday's was $249.26, the top of the range.
Over five sessions the fund is down {change_5d_pct:abs}, but over the month it is up {change_1m_pct} and
  for the year {change_ytd_pct}. The big funds fell too: SPY {SPY.change_1d_pct}, QQQ {QQQ.change_1d_pct},
  DIA {DIA.change_1d_pct}. So we did worse than SPY and DIA, a touch better than QQQ.
For the chart people in the club (you know who you are): the fund closed just under its 50-day average
  of {sma_50}, by {pct_vs_sma_50:abs}, just over its 20-day at {sma_20}, and far above the 200-day at
  {sma_200}. The 50-day is up 0.38% over twenty sessions. RSI {rsi_14}, bang in the middle. MACD
  {macd} is above its signal {macd_signal}. ATR {atr_14}. Record close {all_time_high}, a year ago on
  {all_time_high_date}, {pct_from_ath:abs} above. It has ranged between {range_lower} and {range_upper}
  for {range_sessions} sessions.
NEXT RIDES. Saturday 21st, 8:30 AM, 72 km to Uffington (B group). Lights compulsory after 4 PM.

<<SOURCES>>
""", sources=("hs-slides17", "ld-turns13"), source_format="paren")
values(B, "cy")
plants(B, """
cy-dir ;; direction ;; D ;; today was a
  down day ;; today was an
  up day ;; up day ;; IWM fell 0.80%
cy-rut ;; subject ;; V ;; itself fell
  0.78% ;; itself fell
  0.80% ;; 0.80% ;; the Russell 2000 fell 0.78%; 0.80% is IWM's ;; real
cy-q ;; quotation ;; NU ;; "small caps lose 0.8%" ;; "small caps lose 1.8%" ;; 1.8% ;; the headline says 0.8%
cy-q2 ;; quotation ;; NU ;; "$247.01" [2] ;; "$247.10" [2] ;; $247.10 ;; the source says $247.01
cy-cite ;; citation ;; CU ;; "$247.01" [2] ;; "$247.01" [4] ;; [4] ;; two sources
cy-thu ;; history ;; V ;; last Thursday's was $249.26 ;; last Thursday's was $248.76 ;; $248.76 ;; Thursday
  Nov
  12 closed at $249.26; $248.76 was Wednesday's ;; real
cy-mo ;; timeframe ;; V ;; up 1.46% and ;; up 0.82% and ;; 0.82% ;; the month is 1.46%; 0.82% is the year ;;
  real
cy-wk ;; direction ;; D ;; the fund is down 1.00% ;; the fund is up 1.00% ;; up 1.00% ;; the five-session
  change is -1.00%
cy-worse ;; direction ;; D ;; we did worse than SPY and DIA ;; we did better than SPY and DIA ;; better than
  SPY ;; -0.80% is below -0.50% and -0.20%
cy-qqq ;; direction ;; D ;; a touch better than QQQ ;; a touch worse than QQQ ;; worse than QQQ ;; -0.80% is
  above -0.90%
cy-50 ;; pattern ;; P ;; closed just under its 50-day ;; closed just over its 50-day ;; over its 50-day ;;
  245.28 < 246.21
cy-20 ;; pattern ;; P ;; just over its 20-day ;; just under its 20-day ;; under its 20-day ;; 245.28 > 245.15
cy-rsi ;; indicator ;; IND ;; RSI 50.0, bang in the middle ;; RSI 50.0, deeply overbought ;; overbought ;;
  50.0
  is not overbought
cy-macd ;; indicator ;; IND ;; is above its signal ;; is below its signal ;; below its signal ;; 0.86 > 0.57
cy-athd ;; date ;; DU ;; on
  Nov 28, 2025 ;; on
  Nov 18, 2025 ;; Nov 18, 2025 ;; the record close was Nov 28, 2025
cy-rs ;; history ;; V ;; for 22 sessions ;; for 32 sessions ;; 32 sessions ;; the range is 22 sessions
cy-mg ;; magnitude ;; MG ;; today was a
  down day ;; today was a
  crash ;; crash ;; a 0.80% fall is no crash
""")

B = "watching-QQQ-2026-11-19"
clean(B, "QQQ-2026-11-19", "sell-side what-we're-watching list", "md",
      "a sell-side sales-strategy desk's Thursday-evening 'what we're watching' list on the Nasdaq 100 "
      "ETF for Friday's session, numbered items with a levels table and a disclaimer", """\
**WHAT WE'RE WATCHING - QQQ - into Friday, Nov 20** | US Sales Strategy | Thursday, Nov 19, 2026, 5:40 PM ET

1. **The tape.** QQQ closed at {close}, off {change_1d:abs} ({change_1d_pct:abs}), inside a tight
  {low}-{high} day after opening at {open}. Yesterday's close was {prev_close}. It is the lowest close
  of the week so far: Monday $621.56, Tuesday $615.97, Wednesday $618.43. Volume {volume} was lighter
  than usual, {volume_ratio}x the 20-day average of {avg_volume_20}.
2. **The 50-day.** The fund holds above its 50-day at {sma_50}, by only {pct_vs_sma_50}, and sits below
  its 20-day at {sma_20}. The 50-day is still rising, up 1.54% over twenty sessions; the 200-day
  ({sma_200}, {pct_vs_sma_200} below) is up 0.21%. Golden cross since {cross_since:short},
  {cross_sessions_since}
  sessions ago. We watch whether the 50-day holds on a closing basis.
3. **Momentum.** RSI {rsi_14}, below 50 but not oversold. MACD {macd} below its signal {macd_signal}, the
  histogram at {macd_hist}. ATR {atr_14}. Bollinger bands {bb_lower} to {bb_upper}; price is in the
  lower half.
4. **Distance to the highs.** The record close, {all_time_high} on {all_time_high_date:dated}, is
  {pct_from_ath:abs} away; the intraday record is {high_52w_intraday} from {high_52w_intraday_date:dated}.
5. **Levels.**

| Level | Price | Note |
| --- | ---: | --- |
| Record close | {level_1} | {level_1_distance_pct} above |
| Shelf | {level_2_low}-{level_2_high} | tested twice, last Nov 17 |
| Round | {level_3} | {level_3_distance_pct} above |
| 50-day | {level_4} | {level_4_distance_pct:abs} below |
| Support zone | {level_5_low}-{level_5_high} | last tested Nov 3 |
| Range floor | {level_6} | {level_6_distance_pct:abs} below |
| Deep support | {level_7} | four touches, last Sep 23 |

6. **The trade we would take.** Buy a pullback at {pending_long_entry}, stop {pending_long_stop}, target
  {pending_long_target}: $7.00 of risk for $11.86 of reward, about 1.7 to 1.
7. **Cross-asset.** SPY {SPY.change_1d_pct} to {SPY.close}, DIA {DIA.change_1d_pct} to {DIA.close}, IWM
  {IWM.change_1d_pct} to {IWM.close}. The Dow ETF was the only one of the four up. The Nasdaq 100
  index closed at {NDX_close}. VIX {VIX_change_1d_pct} to {VIX_close}: the gauge eased even as tech fell.
  The wire: the Nasdaq 100 "slipped 0.6%" while the Dow "added 0.1% to 46,946.60" [1].
8. **Calendar.** Friday is the monthly options expiry. The Fed meets Dec 9, {event_1_sessions_until}
  sessions out.

*For institutional clients only. Not research. Prices as of the close.*

<<SOURCES>>
""", sources=("hs-edge19",))
values(B, "ww")
plants(B, """
ww-dir ;; direction ;; D ;; off $3.71 ;; up $3.71 ;; up $3.71 ;; QQQ fell
ww-low ;; history ;; V ;; It is the lowest close
  of the week so far ;; It is the highest close
  of the week so far ;; highest close ;; 614.72 is below Mon-Wed's closes
ww-tue ;; date ;; WM ;; Tuesday $615.97 ;; Wednesday $615.97 ;; Wednesday $615.97 ;; $615.97 was Tuesday's
ww-vol ;; direction ;; D ;; was lighter
  than usual ;; was heavier
  than usual ;; heavier ;; 37.5M is under 44.0M
ww-50 ;; pattern ;; P ;; The fund holds above its 50-day ;; The fund slipped below its 50-day ;; below its
  50-day
  ;; 614.72 > 613.34
ww-20 ;; pattern ;; P ;; sits below
  its 20-day ;; sits above
  its 20-day ;; above its 20-day ;; 614.72 < 619.03
ww-slope ;; trend ;; V ;; up 1.54% over twenty ;; up 1.45% over twenty ;; 1.45% ;; the 50-day's slope is 1.54%
ww-slope2 ;; trend ;; D ;; The 50-day is still rising ;; The 50-day is now falling ;; falling ;; the 50-day's
  slope is +1.54%
ww-xd ;; date ;; DU ;; since Jul 27, 82 ;; since Jun 27, 82 ;; Jun 27 ;; the golden cross was Jul 27
ww-rsi ;; indicator ;; IND ;; below 50 but not oversold ;; below 50 and oversold ;; and oversold ;; 47.4 is
  not
  oversold
ww-macd ;; indicator ;; IND ;; below its signal 2.59 ;; above its signal 2.59 ;; above its signal ;; 1.50 <
  2.59
ww-bb ;; indicator ;; P ;; price is in the
  lower half ;; price is in the
  upper half ;; upper half ;; 614.72 is under the middle band 619.03
ww-athd ;; date ;; WM ;; on Wednesday, Nov 11 ;; on Tuesday, Nov 11 ;; Tuesday, Nov 11 ;; Nov 11, 2026 was a
  Wednesday
ww-ihd ;; date ;; DU ;; from Thursday, Nov 12 ;; from Thursday, Nov 19 ;; Nov 19 ;; the intraday record was
  Nov
  12
ww-tst ;; level ;; V ;; tested twice, last Nov 17 ;; tested four times, last Nov 17 ;; four times ;; the shelf
  has 2 touches
ww-tstd ;; date ;; DU ;; tested twice, last Nov 17 ;; tested twice, last Nov 18 ;; Nov 18 ;; the shelf was
  last
  tested Nov 17
ww-sup ;; date ;; DU ;; last tested Nov 3 ;; last tested Nov 6 ;; Nov 6 ;; the zone was last tested Nov 3
ww-deep ;; level ;; V ;; four touches, last Sep 23 ;; seven touches, last Sep 23 ;; seven touches ;; level 7
  has
  4 touches
ww-above ;; level ;; LW ;; | $620 | 0.86% above | ;; | $620 | 0.86% below | ;; 0.86% below ;; $620 is above
  $614.72
ww-risk ;; setup ;; DER ;; $7.00 of risk ;; $5.00 of risk ;; $5.00 ;; 610.35 - 603.35 is $7.00
ww-rr ;; setup ;; SRR ;; about 1.7 to 1 ;; about 2.7 to 1 ;; 2.7 to 1 ;; 11.86/7.00 is 1.7
ww-stop ;; setup ;; SG ;; stop $603.35 ;; stop $613.35 ;; $613.35 ;; a long's stop above its entry $610.35
ww-only ;; direction ;; D ;; The Dow ETF was the only one of the four up ;; The Dow ETF was the only one of
  the
  four down ;; only one of the four down ;; DIA rose 0.10%; the others fell
ww-sub ;; subject ;; V ;; IWM
  -0.50% ;; IWM
  -0.20% ;; -0.20% ;; IWM fell 0.50%; -0.20% is SPY's ;; real
ww-vix ;; direction ;; D ;; the gauge eased even as tech fell ;; the gauge jumped as tech fell ;; jumped ;;
  the
  VIX fell 1.15%
ww-q ;; quotation ;; NU ;; "added 0.1% to 46,946.60" ;; "added 0.1% to 46,964.60" ;; 46,964.60 ;; the source
  says
  46,946.60
ww-q2 ;; quotation ;; NU ;; "slipped 0.6%" ;; "slipped 1.6%" ;; 1.6% ;; the source says 0.6%
ww-cite ;; citation ;; CU ;; 46,946.60" [1] ;; 46,946.60" [2] ;; [2] ;; one source
ww-mg ;; magnitude ;; MG ;; inside a tight ;; inside a wild ;; wild ;; a 0.60% move of half an ATR is not wild
""")

B = "earnings-SPY-2026-06-03"
clean(B, "SPY-2026-06-03", "earnings-season scorecard", "md",
      "an equity strategist's Wednesday earnings-season scorecard for the S&P 500, with beat rates, "
      "sector tallies and guidance counts (the desk's own tallies, not market data) and a box on what "
      "the S&P 500 ETF did", """\
# Q1 earnings season scorecard - final week

*Wednesday, June 3, 2026 | Equity Strategy | 98% of the index has reported*

## The tally (our count)

| | Companies | Share |
| --- | ---: | ---: |
| Beat on EPS | 389 | 79% |
| Met | 31 | 6% |
| Missed | 73 | 15% |
| Raised guidance | 118 | 24% |

Blended EPS growth came in at 11.4% year on year, against 7.9% expected on March 31. Revenue beat rate: 64%.
  Best sector: technology (91% beats); worst: utilities (58%). Five companies left to report, including
  two retailers on Thursday.

## What the market did with it

SPY closed at {close}, up {change_1d} or {change_1d_pct}, its fifth straight higher close: Friday $643.10,
  Monday $650.49, Tuesday $655.35, today {close}. Over those five sessions it rose {change_5d_pct};
  over the month, {change_1m_pct}. It is still down {change_ytd_pct:abs} for the year. Today it ranged
  from {low} to {high} after opening at {open}; volume was light at {volume}, {volume_ratio}x normal.

The rally has carried SPY {pct_vs_sma_50} above its 50-day ({sma_50}) and {pct_vs_sma_200} above its
  200-day ({sma_200}). The 50-day is still below the 200-day: the death cross of {cross_since:short},
  {cross_sessions_since} sessions ago, has not been undone, and the 50-day itself is down 0.31% over
  twenty sessions. RSI is {rsi_14}, overbought. MACD {macd} is above its signal {macd_signal}. The close
  is above the upper Bollinger band ({bb_upper}). ATR {atr_14}; today's gain was half an ATR.

Today's close is the top of the {range_sessions}-session range ({range_lower} to {range_upper}). The record
  close, {all_time_high}, from {all_time_high_date}, is {pct_from_ath:abs} higher; the 52-week low,
  {low_52w}, came on {low_52w_date}. Next up: {level_4} is just overhead ({level_4_distance_pct}),
  then {level_3} and {level_2}.

A breakout long for the post-earnings drift: entry {setup_long_entry}, stop {setup_long_stop}, target
  {setup_long_target}, {setup_long_reward_risk} to 1 ($7.75 risked, $15.69 to gain).

Around the market: QQQ {QQQ.change_1d_pct} to {QQQ.close}, IWM {IWM.change_1d_pct}, DIA
  {DIA.change_1d_pct} to {DIA.close}. The Dow ETF was the laggard. The S&P 500 index closed at
  {GSPC_close}. The VIX rose {VIX_change_1d_pct} to {VIX_close}.
""")
values(B, "es")
plants(B, """
es-strk ;; history ;; V ;; its fifth straight higher close ;; its seventh straight higher close ;; seventh
  straight ;; five up closes from Thu May 28
es-mon ;; date ;; WM ;; Monday $650.49 ;; Tuesday $650.49 ;; Tuesday $650.49 ;; $650.49 was Monday's (Jun 1)
es-fri ;; history ;; V ;; Friday $643.10 ;; Friday $630.82 ;; $630.82 ;; Friday May 29 closed at $643.10;
  $630.82 was Thursday's ;; real
es-mo ;; timeframe ;; V ;; over the month, 8.87% ;; over the month, 4.87% ;; 4.87% ;; the month is 8.87%;
  4.87%
  is five sessions ;; real
es-ytd ;; direction ;; D ;; It is still down 1.05% ;; It is now up 1.05% ;; up 1.05% ;; the year is -1.05%
es-vol ;; direction ;; D ;; volume was light ;; volume was heavy ;; heavy ;; 51.6M is 0.7x the average
es-cross ;; pattern ;; P ;; The 50-day is still below the 200-day ;; The 50-day is now above the 200-day ;;
  above
  the 200-day ;; 616.10 < 647.76
es-xd ;; date ;; DU ;; the death cross of Mar 27 ;; the death cross of Mar 17 ;; Mar 17 ;; the cross was Mar
  27
es-slope ;; trend ;; D ;; the 50-day itself is down 0.31% ;; the 50-day itself is up 0.31% ;; up 0.31% ;; the
  50-day's slope is -0.31%
es-rsi ;; indicator ;; IND ;; RSI is 72.3, overbought ;; RSI is 72.3, oversold ;; oversold ;; 72.3 is not
  oversold
es-macd ;; indicator ;; IND ;; is above its signal 6.99 ;; is below its signal 6.99 ;; below its signal ;;
  10.15
  > 6.99
es-bb ;; indicator ;; P ;; The close
  is above the upper Bollinger band ;; The close
  is below the upper Bollinger band ;; below the upper Bollinger band ;; 659.18 > 655.85
es-half ;; words ;; V ;; half an ATR ;; two ATRs ;; two ATRs ;; 3.83/7.75 is 0.5 ATR
es-top ;; pattern ;; P ;; Today's close is the top of the ;; Today's close is the bottom of the ;; bottom ;;
  659.18 is the range's upper bound
es-athd ;; date ;; DU ;; from Nov 26, 2025 ;; from Nov 6, 2025 ;; Nov 6, 2025 ;; the record close was Nov
  26, 2025
es-lowd ;; date ;; DU ;; came on Apr 28, 2026 ;; came on Apr 8, 2026 ;; Apr 8, 2026 ;; the 52-week low was
  Apr 28
es-ovh ;; level ;; LW ;; is just overhead ;; is just underneath ;; just underneath ;; $660.09 is above $659.18
es-rr ;; setup ;; SRR ;; $681.23, 2.0 to 1 ;; $681.23, 4.0 to 1 ;; 4.0 to 1 ;; 15.69/7.75 is 2.0
es-risk ;; setup ;; DER ;; ($7.75 risked ;; ($5.75 risked ;; $5.75 ;; 665.54 - 657.79 is $7.75
es-tgt ;; setup ;; SG ;; target
  $681.23 ;; target
  $661.23 ;; $661.23 ;; a long's target under its entry $665.54
es-lag ;; direction ;; D ;; The Dow ETF was the laggard ;; The Dow ETF was the leader ;; the leader ;; DIA
  fell
  0.58%, the others rose
es-sub ;; subject ;; V ;; IWM 0.35% ;; IWM 0.57% ;; 0.57% ;; IWM rose 0.35%; 0.57% is QQQ's ;; real
es-vix ;; direction ;; D ;; The VIX rose ;; The VIX fell ;; VIX fell ;; the VIX rose 6.18%
es-scale ;; scale ;; SC ;; index closed at
  6,609.79 ;; index closed at
  $659.18 ;; $659.18 ;; the index closed at 6,609.79; $659.18 is SPY's ;; real
es-mg ;; magnitude ;; MG ;; SPY closed at $659.18, up ;; SPY closed at $659.18, rocketing ;; rocketing ;; a
  0.58%
  move of half an ATR is no rocket
""")

B = "hardware-DIA-2026-06-03"
clean(B, "DIA-2026-06-03", "hardware store quote", "txt",
      "a family hardware store's written quote for a customer's deck repair, with item lines, a "
      "contractor discount and sales tax, and the owner's handwritten note at the bottom about the Dow "
      "ETF her pension is in", """\
KESSLER & DAUGHTERS HARDWARE - 212 Mill Street - Est. 1961
QUOTE No. 4471        Date: Wed 06/03/2026        Valid 30 days
Customer: R. Okafor, deck repair (12 ft x 16 ft)

    24 x 5/4 x 6 x 12 pressure-treated decking     @ $14.89   =   $357.36
     6 x 2 x 8 x 12 joists                          @ $19.47   =   $116.82
     3 x 1 lb box 2-1/2" deck screws                @ $11.99   =    $35.97
     2 x joist hanger 2x8 (pack of 10)              @ $17.25   =    $34.50
     1 x gallon semi-transparent stain, cedar       @ $46.99   =    $46.99
                                                  Subtotal       $591.64
                             Contractor discount 10%            -$59.16
                                                  Net            $532.48
                                       Sales tax 7.25%            $38.60
                                                  TOTAL          $571.08
Delivery Thursday AM, $35 flat. Returns within 30 days with receipt.

-- Note from Ruth (owner), because you asked last week:
The pension's Dow fund, DIA, had a down day today: it closed at {close}, down {change_1d:abs}
  ({change_1d_pct:abs}). Open {open}, high {high}, low {low}. Yesterday it closed at {prev_close}, its
  best close in a month, and Monday at $462.43. The Dow itself fell {DJI_change_1d_pct:abs} to {DJI_close}.
  Funny thing, the others went up: SPY {SPY.change_1d_pct}, QQQ {QQQ.change_1d_pct}, IWM {IWM.change_1d_pct}.
  DIA was the only one down.
Still up {change_5d_pct} on the week and {change_1m_pct} on the month, though down {change_ytd_pct:abs}
  since New Year. It's over its 50-day line ({sma_50}) by {pct_vs_sma_50} and just barely over its
  200-day ({sma_200}), by {pct_vs_sma_200}. My son says the death cross from {cross_since:short}
  ({cross_sessions_since}
  sessions back) still stands, the 50-day slid 0.93% this past month, and RSI {rsi_14} is high but
  not overbought. MACD {macd}, over its {macd_signal} signal. The record is still {all_time_high} from
  {all_time_high_date}, {pct_from_ath:abs} above us; the low for the year was {low_52w} on
  {low_52w_date}. Some days it moves about {atr_14}; today was about half that.
Thank you for your business! - Ruth
""")
values(B, "hw")
plants(B, """
hw-dir ;; direction ;; D ;; had a down day today ;; had an up day today ;; up day ;; DIA fell 0.58%
hw-best ;; history ;; V ;; its
  best close in a month ;; its
  worst close in a month ;; worst close ;; $463.78 was the 20-session high close
hw-mon ;; history ;; V ;; and Monday at $462.43 ;; and Monday at $456.48 ;; $456.48 ;; Monday Jun 1 closed at
  $462.43; $456.48 was Friday's ;; real
hw-dji ;; direction ;; D ;; The Dow itself fell ;; The Dow itself rose ;; rose ;; the Dow fell 0.57%
hw-sub ;; subject ;; V ;; QQQ 0.57% ;; QQQ 0.35% ;; 0.35% ;; QQQ rose 0.57%; 0.35% is IWM's ;; real
hw-only ;; direction ;; D ;; DIA was the only one down ;; DIA was the only one up ;; only one up ;; DIA
  fell, the
  others rose
hw-wk ;; timeframe ;; V ;; up 2.78% on the week ;; up 6.62% on the week ;; 6.62% ;; the week is 2.78%; 6.62%
  is
  the month ;; real
hw-50 ;; pattern ;; P ;; It's over its 50-day line ;; It's under its 50-day line ;; under its 50-day ;;
  461.11 >
  439.80
hw-200 ;; pattern ;; P ;; just barely over its
  200-day ;; just barely under its
  200-day ;; under its 200-day ;; 461.11 > 460.09
hw-cross ;; pattern ;; P ;; the death cross from ;; the golden cross from ;; golden cross ;; the 50-day is
  under
  the 200-day
hw-xd ;; date ;; DU ;; from Apr 8 ;; from Apr 18 ;; Apr 18 ;; the death cross was Apr 8
hw-rsi ;; indicator ;; IND ;; is high but
  not overbought ;; is
  overbought ;; overbought ;; 66.6 is under 70
hw-macd ;; indicator ;; IND ;; over its 4.08 signal ;; under its 4.08 signal ;; under its ;; 5.89 > 4.08
hw-athd ;; date ;; DU ;; from
  Jan 12, 2026 ;; from
  Jan 22, 2026 ;; Jan 22, 2026 ;; the record close was Jan 12, 2026
hw-lowd ;; date ;; DU ;; on
  Apr 30, 2026 ;; on
  Apr 20, 2026 ;; Apr 20, 2026 ;; the 52-week low was Apr 30
hw-half ;; words ;; V ;; today was about half that ;; today was about twice that ;; twice that ;; 2.67/5.20 is
  0.5 ATR
hw-mg ;; magnitude ;; MG ;; had a down day today ;; had a terrible plunge today ;; plunge ;; a 0.58% fall is
  no
  plunge
""")

B = "video-QQQ-2025-11-17"
clean(B, "QQQ-2025-11-17", "video description with chapters", "txt",
      "the description box of a finance creator's Monday-evening video on the Nasdaq 100 ETF's record "
      "close, with chapter timestamps, a pinned-comment summary, affiliate links and hashtags", """\
QQQ JUST HIT A RECORD. Now what? (Mon Nov 17, 2025 recap)

In today's video I break down Monday's session for QQQ, the levels I'm watching and my plan.

CHAPTERS
0:00 Intro
0:42 The close: {close}, a new record close, up {change_1d} ({change_1d_pct})
2:15 The candle: open {open}, low {low}, high {high} (also an intraday record)
4:03 Volume: {volume}, {volume_ratio}x the 20-day average, a strong day, {move_atr} ATR
5:30 Week / month / year: +{change_5d_pct} / +{change_1m_pct} / +{change_ytd_pct}
7:12 Moving averages: 20d {sma_20}, 50d {sma_50} (+{pct_vs_sma_50}), 200d {sma_200} (+{pct_vs_sma_200})
9:48 The golden cross from {cross_since} is {cross_sessions_since} sessions old
11:20 RSI {rsi_14} and MACD {macd} vs signal {macd_signal}: strong, not yet overbought
13:05 Levels: $630 round number above, $622.81 just above, $620 and {level_4} below, then the 50d
15:40 The trade: buy {setup_long_entry}, stop {setup_long_stop}, target {setup_long_target}
  ({setup_long_reward_risk}R)
18:02 Every index ETF at a record?
20:30 Outro + Q&A

PINNED SUMMARY
- QQQ closed at a record {close} after Friday's {prev_close}. Last week: Wednesday $615.65, then two
  lower closes, Thursday $612.16 and Friday $611.61.
- The 52-week low was {low_52w} on {low_52w_date}; we are {pct_from_52w_low} above it.
- The 50-day has risen 2.04% in a month and the 200-day 1.17%, both pointing up.
- ATR {atr_14}; the upper Bollinger band is {bb_upper}, just above the close.
- All four index ETFs closed at records: SPY {SPY.close} ({SPY.change_1d_pct}), DIA {DIA.close}
  ({DIA.change_1d_pct}) and IWM {IWM.close} ({IWM.change_1d_pct}). Small caps actually beat QQQ today.
  The Nasdaq 100 index: {NDX_close}, {NDX_change_1d_pct}. VIX {VIX_close}, down {VIX_change_1d_pct:abs}.

GEAR & LINKS (affiliate): charting platform 30-day trial, my desk mic ($129), the 49-page levels PDF ($19).
Not financial advice. I own QQQ. #QQQ #Nasdaq #StockMarket #ATH
""")
values(B, "vd")
plants(B, """
vd-rec ;; negation ;; P ;; a new record close, up ;; not a record close, up ;; not a record close ;; 622.21
  is the
  record close (Nov 17, 2025)
vd-dir ;; direction ;; D ;; up $10.60 ;; down $10.60 ;; down $10.60 ;; QQQ rose
vd-wk ;; timeframe ;; V ;; +2.84% / +1.68% ;; +1.68% / +1.68% ;; +1.68% / +1.68% ;; the week is 2.84%; 1.68%
  is
  the month ;; real
vd-ytd ;; timeframe ;; V ;; / +14.73% ;; / +15.46% ;; +15.46% ;; the year is 14.73%; 15.46% is the distance
  from the 200-day ;; real
vd-xd ;; date ;; DU ;; from Jul 1, 2025 is ;; from Jul 11, 2025 is ;; Jul 11, 2025 ;; the golden cross was
  Jul 1
vd-xn ;; history ;; V ;; is 97 sessions old ;; is 79 sessions old ;; 79 sessions ;; the cross was 97
  sessions ago
vd-rsi ;; indicator ;; IND ;; strong, not yet overbought ;; weak, already oversold ;; oversold ;; 65.6 is not
  oversold
vd-macd ;; indicator ;; IND ;; MACD 3.36 vs signal 1.48: strong ;; MACD 3.36 under signal 1.48: strong ;;
  under
  signal ;; 3.36 > 1.48
vd-above ;; level ;; LW ;; $622.81 just above ;; $622.81 just below ;; $622.81 just below ;; 622.81 is above
  622.21
vd-below ;; level ;; LW ;; $620 and $617.74 below ;; $620 and $617.74 above ;; $617.74 above ;; both are under
  622.21
vd-rr ;; setup ;; SRR ;; (2.4R) ;; (3.6R) ;; 3.6R ;; 25.05/10.44 is 2.4
vd-stop ;; setup ;; SG ;; stop $620.12 ;; stop $640.12 ;; $640.12 ;; a long's stop above its entry $630.56
vd-wed ;; date ;; WM ;; Wednesday $615.65 ;; Tuesday $615.65 ;; Tuesday $615.65 ;; $615.65 was Wednesday's
  (Nov
  12, 2025)
vd-two ;; history ;; V ;; then two
  lower closes ;; then three
  lower closes ;; three lower closes ;; Thursday and Friday fell; Tuesday rose
vd-lowd ;; date ;; DU ;; on Apr 16, 2025 ;; on Apr 6, 2025 ;; Apr 6, 2025 ;; the 52-week low was Apr 16, 2025
vd-slope ;; trend ;; V ;; has risen 2.04% ;; has risen 2.40% ;; 2.40% ;; the 50-day's slope is 2.04%
vd-slope2 ;; trend ;; D ;; both pointing up ;; both pointing down ;; pointing down ;; both slopes are positive
vd-bb ;; indicator ;; P ;; just above the close ;; just below the close ;; below the close ;; 627.15 > 622.21
vd-beat ;; direction ;; D ;; Small caps actually beat QQQ ;; Small caps actually trailed QQQ ;; trailed QQQ ;;
  IWM 1.96% > QQQ 1.73%
vd-sub ;; subject ;; V ;; DIA $481.59
  (0.89%) ;; DIA $481.59
  (1.39%) ;; 1.39% ;; DIA rose 0.89%; 1.39% is SPY's ;; real
vd-vix ;; direction ;; D ;; down 4.67% ;; up 4.67% ;; up 4.67% ;; the VIX fell
vd-mg ;; magnitude ;; MG ;; a strong day, ;; a quiet day, ;; quiet day ;; a 1.73% move of 1.4 ATR is not quiet
""")

B = "myths-FSMI-2026-11-20"
clean(B, "idx_FSMI-2026-11-20", "myth vs fact explainer", "md",
      "an investor-education site's 'myth vs fact' explainer on the frontier-markets index after a new "
      "52-week low on Friday, each myth in bold and each fact answered from the day's figures", """\
# Frontier markets: five myths, checked against Friday's close

*Investor Education | Friday, November 20, 2026 | figures as of the close*

The Frontier Select index closed at {close} on Friday, down {change_1d:abs} points ({change_1d_pct:abs}),
  after opening at {open} and trading between {low} and {high}. Thursday it had closed at {prev_close}.
  Here is what people are saying, and what the numbers say.

**Myth 1: "It's just a bad week."**
Fact: it is more than a week. The index is down {change_5d_pct:abs} over five sessions, {change_1m_pct:abs}
  over a month and {change_ytd_pct:abs} this year. Friday's was the third lower close in a row: Wednesday
  35,758.32, Thursday 35,425.24, Friday 35,112.40, after Tuesday's bounce to 36,415.51.

**Myth 2: "It's near the highs, so there's room to fall."**
Fact: it is at the lows. Friday's close is the lowest of the past 52 weeks; the 52-week high close was
  {high_52w} on {high_52w_date}, {pct_from_52w_high:abs} above. The all-time record, {all_time_high} from
  {all_time_high_date}, is {pct_from_ath:abs} above.

**Myth 3: "The trend has already turned up."**
Fact: no. The index is {pct_vs_sma_50:abs} below its 50-day average ({sma_50}) and {pct_vs_sma_200:abs}
  below its 200-day ({sma_200}). The 50-day fell 9.38% over the last twenty sessions and the 200-day
  1.57%; both are still falling. The death cross of {cross_since:short}, {cross_sessions_since} sessions
  ago, still stands. MACD ({macd}) is below its signal ({macd_signal}).

**Myth 4: "Nobody is selling any more."**
Fact: the selling is orderly rather than panicked. RSI is {rsi_14}, deep in oversold territory, and the
  close sits below the lower Bollinger band ({bb_lower}). But Friday's move was only {move_atr} of an
  ATR ({atr_14} points), so this was not a capitulation day.

**Myth 5: "Frontier markets move with Wall Street."**
Fact: not on Friday. The S&P 500 rose {GSPC_change_1d_pct} to {GSPC_close}, and the Russell 2000 rose
  {RUT_change_1d_pct}, while the frontier index fell. The fund that tracks it, FRNT, lost
  {FRNT.change_1d_pct:abs} to {FRNT.close}.

**What to watch.** The round 35,000 level is {level_4_distance_pct:abs} below; 35,500 is
  {level_3_distance_pct}
  above, then 37,915.92. The 20-session range is now {range_lower} to {range_upper}.

*Education only. Past performance does not guarantee future results. 5-minute read.*
""")
values(B, "my")
plants(B, """
my-dir ;; direction ;; D ;; down 312.84 points ;; up 312.84 points ;; up 312.84 ;; the index fell
my-wk ;; timeframe ;; V ;; down 3.07% over five ;; down 8.56% over five ;; 8.56% ;; the five-session change is
  -3.07%; -8.56% is the month ;; real
my-strk ;; history ;; V ;; the third lower close in a row ;; the fifth lower close in a row ;; fifth lower
  close ;;
  Wed, Thu, Fri fell; Tuesday rose
my-tue ;; date ;; WM ;; after Tuesday's bounce ;; after Monday's bounce ;; Monday's bounce ;; 36,415.51 was
  Tuesday's (Monday closed at 36,189.14)
my-wed ;; history ;; V ;; Wednesday
  35,758.32 ;; Wednesday
  36,189.14 ;; 36,189.14 ;; Wednesday closed at 35,758.32; 36,189.14 was Monday's ;; real
my-low ;; negation ;; P ;; Friday's close is the lowest of the past 52 weeks ;; Friday's close is not the
  lowest
  of the past 52 weeks ;; not the lowest ;; 35,112.40 is the 52-week low close
my-hd ;; date ;; DU ;; on Aug 19, 2026 ;; on Aug 9, 2026 ;; Aug 9, 2026 ;; the 52-week high close was Aug 19
my-athd ;; date ;; DU ;; from
  Nov 13, 2024 ;; from
  Nov 3, 2024 ;; Nov 3, 2024 ;; the record was Nov 13, 2024
my-50 ;; level ;; LW ;; The index is 10.45% below its 50-day ;; The index is 10.45% above its 50-day ;; 10.45%
  above ;; 35,112.40 is under 39,210.55
my-slope ;; trend ;; V ;; The 50-day fell 9.38% ;; The 50-day fell 3.98% ;; 3.98% ;; the 50-day's slope is
  -9.38%
my-slope2 ;; trend ;; D ;; both are still falling ;; both are now rising ;; rising ;; both slopes are negative
my-cross ;; pattern ;; P ;; The death cross of ;; The golden cross of ;; golden cross ;; the 50-day is under
  the
  200-day
my-xd ;; date ;; DU ;; cross of Oct 15, 26 ;; cross of Oct 25, 26 ;; Oct 25 ;; the death cross was Oct 15
my-macd ;; indicator ;; IND ;; is below its signal ;; is above its signal ;; above its signal ;; -1,085.04 <
  -1,025.37
my-rsi ;; indicator ;; IND ;; deep in oversold territory ;; deep in overbought territory ;; overbought ;;
  23.0 is
  oversold
my-bb ;; indicator ;; P ;; the
  close sits below the lower Bollinger band ;; the
  close sits above the lower Bollinger band ;; above the lower Bollinger band ;; 35,112.40 < 35,162.55
my-atr ;; words ;; V ;; only 0.6 of an
  ATR ;; only 1.6 of an
  ATR ;; 1.6 of an ATR ;; 312.84/549.68 is 0.6
my-spx ;; direction ;; D ;; The S&P 500 rose 1.11% ;; The S&P 500 fell 1.11% ;; fell 1.11% ;; the S&P 500 rose
my-sub ;; subject ;; V ;; Russell 2000 rose
  0.30% ;; Russell 2000 rose
  1.11% ;; 1.11% ;; the Russell 2000 rose 0.30%; 1.11% is the S&P 500's ;; real
my-scale ;; scale ;; SC ;; lost
  0.86% to $30.01 ;; lost
  0.86% to 35,112.40 ;; 35,112.40 ;; FRNT closed at $30.01; 35,112.40 is the index ;; real
my-35k ;; level ;; LW ;; 35,000 level is 0.32% below ;; 35,000 level is 0.32% above ;; 0.32% above ;; 35,000
  is
  under 35,112.40
my-rs ;; history ;; V ;; The 20-session range ;; The 50-session range ;; 50-session ;; the range is 20
  sessions
my-mg ;; magnitude ;; MG ;; Fact: the selling is orderly rather than panicked ;; Fact: the selling is a
  crash, not
  orderly ;; crash ;; a 0.88% fall of 0.6 ATR is no crash
""")

B = "etfindex-FRNT-2026-11-20"
clean(B, "FRNT-2026-11-20", "ETF-versus-index note", "md",
      "an ETF analyst's note comparing the frontier-markets fund with the commodity-heavy index it "
      "tracks, after both made new 52-week lows on Friday, with a side-by-side table and a tracking "
      "section", """\
## FRNT vs. its index: is the fund doing its job?

*ETF Research | Friday, November 20, 2026 | after the close*

Frontier markets lean on commodity exporters: copper, oil, cocoa and coffee producers make up much of
  the Frontier Select index. Friday both the index and FRNT, the fund that tracks it, closed at new
  52-week lows. The question clients ask: is the fund tracking its index? On these numbers, yes.

| | FRNT (ETF) | Frontier Select (index) |
| --- | ---: | ---: |
| Close | {close} | {FSMI_close} |
| 1 day | {change_1d_pct} | {FSMI_change_1d_pct} |
| 5 days | {change_5d_pct} | -3.07% |
| 1 month | {change_1m_pct} | -8.56% |
| Year to date | {change_ytd_pct} | -18.33% |

The day's gap between fund and index was {divergence_vs_FSMI_pp}, and the year-to-date gap just 0.01
  points, about what the fund's fees would explain. FRNT fell {change_1d:abs} from Thursday's {prev_close},
  after opening at {open}; its high was {high} and its low {low}, when it dipped under $30 for the first
  time in a year. It closed 6 cents above that low. Volume was {volume}, {volume_ratio} times the 20-day
  average of
  {avg_volume_20}.

**The week in closes.** Monday $30.95, Tuesday $31.13, Wednesday $30.55, Thursday $30.27, Friday $30.01: three
  lower closes in a row to end the week, down {close_streak_change_pct:abs} over them.

**Trend.** The fund sits {pct_vs_sma_50:abs} below its 50-day ({sma_50}) and {pct_vs_sma_200:abs} below its
  200-day ({sma_200}); the death cross dates from {cross_since:short}. The 50-day has dropped 9.39% in
  twenty sessions. RSI {rsi_14}, oversold. MACD {macd} against {macd_signal}. ATR {atr_14}, so Friday's
  26-cent drop was about half an ATR. The close sits under the lower Bollinger band at {bb_lower}.

**Highs and lows.** The 52-week high close was {high_52w} on {high_52w_date}, {pct_from_52w_high:abs} above;
  the record, {all_time_high}, dates from {all_time_high_date}, {pct_from_ath:abs} above. The $30 line is
  just {level_4_distance_pct:abs} below the close; $31 is {level_3_distance_pct} above.

**Meanwhile in the US**, SPY rose {SPY.change_1d_pct} to {SPY.close} and IWM {IWM.change_1d_pct} to
  {IWM.close}. Frontier investors did not get that rally.

*Holdings and sector weights as of Oct 31. The index is calculated in US dollars.*
""")
values(B, "fx")
plants(B, """
fx-track ;; negation ;; P ;; On these numbers, yes. ;; On these numbers, no. ;; no ;; the fund's -0.86%
  tracks the
  index's -0.88%
fx-sub ;; subject ;; V ;; | 1 day | -0.86% | ;; | 1 day | -0.88% | ;; -0.88% ;; FRNT fell 0.86%; -0.88% is the
  index's ;; real
fx-scale ;; scale ;; SC ;; | Close | $30.01 | 35,112.40 | ;; | Close | $30.01 | $35,112.40 | ;; $35,112.40
  ;; an
  index is not quoted in dollars
fx-dir ;; direction ;; D ;; FRNT fell $0.26 ;; FRNT rose $0.26 ;; rose $0.26 ;; FRNT fell
fx-cents ;; derived ;; DER ;; It closed 6 cents above that low ;; It closed 16 cents above that low ;; 16
  cents ;;
  30.01 - 29.95 is 6 cents
fx-under ;; level ;; P ;; when it dipped under $30 ;; when it stayed above $30 ;; stayed above $30 ;; the
  low was
  $29.95
fx-vol ;; words ;; V ;; 1.2 times the 20-day ;; 2.2 times the 20-day ;; 2.2 times ;; 7.8M/6.3M is 1.2
fx-tue ;; date ;; WM ;; Tuesday $31.13 ;; Monday $31.13 ;; Monday $31.13 ;; $31.13 was Tuesday's
fx-strk ;; history ;; V ;; three
  lower closes in a row ;; five
  lower closes in a row ;; five lower closes ;; Wed-Fri fell; Tuesday rose
fx-xd ;; date ;; DU ;; dates from Oct 15. ;; dates from Oct 5. ;; Oct 5 ;; the death cross was Oct 15
fx-cross ;; pattern ;; P ;; the death cross dates ;; the golden cross dates ;; golden cross ;; the 50-day is
  under
  the 200-day
fx-slope ;; trend ;; V ;; has dropped 9.39% ;; has dropped 3.99% ;; 3.99% ;; the 50-day's slope is -9.39%
fx-rsi ;; indicator ;; IND ;; RSI 22.9, oversold ;; RSI 22.9, overbought ;; overbought ;; 22.9 is oversold
fx-half ;; words ;; V ;; about half an ATR ;; about two ATRs ;; two ATRs ;; 0.26/0.47 is 0.6
fx-bb ;; indicator ;; P ;; The close sits under the lower Bollinger band ;; The close sits over the lower
  Bollinger band ;; over the lower Bollinger band ;; 30.01 < 30.05
fx-hd ;; date ;; DU ;; on Aug 19, 2026 ;; on Aug 29, 2026 ;; Aug 29, 2026 ;; the 52-week high close was Aug 19
fx-athd ;; date ;; DU ;; dates from Nov 13, 2024 ;; dates from Nov 30, 2024 ;; Nov 30, 2024 ;; the record
  close
  was Nov 13, 2024
fx-30 ;; level ;; LW ;; just 0.03% below the close ;; just 0.03% above the close ;; 0.03% above ;; $30 is
  under
  $30.01
fx-spy ;; direction ;; D ;; SPY rose 1.10% ;; SPY fell 1.10% ;; fell 1.10% ;; SPY rose
fx-mg ;; magnitude ;; MG ;; FRNT fell $0.26 from ;; FRNT collapsed $0.26 from ;; collapsed ;; a 0.86% fall
  of half
  an ATR is no collapse
""")

B = "review-RUT-2026-11-17"
clean(B, "idx_RUT-2026-11-17", "index provider review notice", "txt",
      "an index provider's notice to licensees announcing the December quarterly review of its "
      "small-cap index, with notice numbers, effective dates and constituent counts (the provider's own "
      "figures), and an appendix of the index's levels as of Tuesday's close", """\
INDEX NOTICE 2026-117 | SMALL CAP INDEX SERIES | ISSUED TUESDAY 17 NOVEMBER 2026, 18:30 ET
Subject: December 2026 quarterly review - timetable and index levels appendix

1. TIMETABLE. Proposed additions and deletions will be published after the close on Friday 4 December
  2026. The changes take effect before the open on Monday 21 December 2026, using closing prices of
  Friday 18 December. Rank day was Friday 30 October.
2. SCOPE. The Russell 2000 currently has 1,967 constituents; we expect about 31 additions and 28 deletions,
  and a one-way turnover near 2.6%. Float changes below 5% will wait for the March review.
3. CONTACT. Index operations, notice desk, ext. 4410.

APPENDIX A - INDEX LEVELS AS OF THE CLOSE, TUESDAY 17 NOVEMBER 2026 (for information only)
- Close {close}, change {change_1d} ({change_1d_pct}); previous close {prev_close} (Monday).
- Open {open}; high {high}; low {low}.
- Period returns: 5 sessions {change_5d_pct}; 1 month {change_1m_pct}; year to date {change_ytd_pct}.
- Moving averages: 20-day {sma_20}; 50-day {sma_50}; 200-day {sma_200}. The close is {pct_vs_sma_50:abs}
  under the 50-day and {pct_vs_sma_200} over the 200-day. The 50-day rose 0.39% over twenty sessions;
  the 200-day eased 0.12%. Golden cross since {cross_since:short}.
- RSI(14) {rsi_14}. MACD {macd}, signal {macd_signal}, above it. ATR(14) {atr_14} points ({atr_pct}).
- Bollinger bands {bb_lower} / {bb_upper}.
- Record close {all_time_high} ({all_time_high_date}), {pct_from_ath:abs} above the close. 52-week low close
  {low_52w} ({low_52w_date}), {pct_from_52w_low} below the close.
- Recent closes: Thursday 12 November 2,505.20 (the high of the range), Friday 13 November 2,482.49,
  Monday 16 November 2,485.09.
- {range_sessions}-session range: {range_lower} - {range_upper}. Marks above: {level_2} (two touches),
  {level_1}. Marks below: {level_4}, {level_5}, {level_6}, {level_7}.
- Other benchmarks: S&P 500 {GSPC_close} ({GSPC_change_1d_pct}); Nasdaq 100 {NDX_close}
  ({NDX_change_1d_pct}); Dow {DJI_close} ({DJI_change_1d_pct}); VIX {VIX_close} ({VIX_change_1d_pct}).
- The small-cap index fell less than the Nasdaq 100 and more than the S&P 500 and the Dow.
- Tracking ETF: IWM {IWM.close} ({IWM.change_1d_pct}). Press coverage: "small caps lose 0.8%" [1];
  on 13 November IWM "closed at $247.01 on Friday" [2].

This notice is provided for information. The provider accepts no liability for its use.

<<SOURCES>>
""", sources=("hs-slides17", "ld-turns13"), source_format="plain")
values(B, "rv")
plants(B, """
rv-dir ;; direction ;; D ;; change -19.30 (-0.78%) ;; change +19.30 (+0.78%) ;; +19.30 ;; the index fell
rv-prev ;; date ;; WM ;; previous close 2,485.09 (Monday) ;; previous close 2,485.09 (Friday) ;; 2,485.09
  (Friday)
  ;; 2,485.09 was Monday's close
rv-wk ;; timeframe ;; V ;; 5 sessions -0.98% ;; 5 sessions -0.78% ;; -0.78% ;; the five-session change is
  -0.98% ;; real
rv-ytd ;; timeframe ;; V ;; year to date 0.85% ;; year to date 1.48% ;; 1.48% ;; the year is 0.85%; 1.48% is
  the month ;; real
rv-50 ;; level ;; LW ;; The close is 0.33%
  under the 50-day ;; The close is 0.33%
  over the 50-day ;; over the 50-day ;; 2,465.79 < 2,473.93
rv-slope ;; trend ;; V ;; The 50-day rose 0.39% ;; The 50-day rose 3.09% ;; 3.09% ;; the 50-day's slope is
  0.39%
rv-slope2 ;; trend ;; D ;; the 200-day eased 0.12% ;; the 200-day climbed 0.12% ;; climbed 0.12% ;; the
  200-day's slope is -0.12%
rv-xd ;; date ;; DU ;; Golden cross since Aug 10 ;; Golden cross since Aug 1 ;; Aug 1 ;; the cross was Aug 10
rv-macd ;; indicator ;; IND ;; signal 5.83, above it ;; signal 5.83, below it ;; below it ;; 8.85 > 5.83
rv-athd ;; date ;; DU ;; (Nov 28, 2025) ;; (Nov 25, 2025) ;; Nov 25, 2025 ;; the record close was Nov 28, 2025
rv-lowd ;; date ;; DU ;; (Apr 9, 2026) ;; (Apr 19, 2026) ;; Apr 19, 2026 ;; the 52-week low was Apr 9
rv-lowside ;; level ;; LW ;; 20.25% below the close ;; 20.25% above the close ;; 20.25% above ;; the 52-week
  low
  is under the close
rv-thu ;; date ;; WM ;; Thursday 12 November 2,505.20 ;; Wednesday 12 November 2,505.20 ;; Wednesday 12
  November
  ;; Nov 12, 2026 was a Thursday
rv-fri ;; history ;; V ;; Friday 13 November 2,482.49 ;; Friday 13 November 2,500.45 ;; 2,500.45 ;; Nov 13
  closed
  at 2,482.49; 2,500.45 was Nov 11's ;; real
rv-tch ;; level ;; V ;; (two touches) ;; (six touches) ;; six touches ;; 2,505.20 has 2 touches
rv-less ;; direction ;; D ;; fell less than the Nasdaq 100 ;; fell more than the Nasdaq 100 ;; fell more
  than the
  Nasdaq 100 ;; -0.78% is above -0.90%
rv-more ;; direction ;; D ;; and more than the S&P 500 and the Dow ;; and less than the S&P 500 and the Dow
  ;; less
  than the S&P 500 ;; -0.78% is below -0.50% and -0.21%
rv-sub ;; subject ;; V ;; Dow 46,742.21 (-0.21%) ;; Dow 46,742.21 (-0.50%) ;; -0.50% ;; the Dow fell 0.21%;
  -0.50% is the S&P 500's ;; real
rv-scale ;; scale ;; SC ;; IWM $245.28 ;; IWM 2,465.79 ;; IWM 2,465.79 ;; IWM closed at $245.28; 2,465.79 is
  the
  index ;; real
rv-q ;; quotation ;; NU ;; "small caps lose 0.8%" ;; "small caps lose 2.8%" ;; 2.8% ;; the headline says 0.8%
rv-q2 ;; quotation ;; NU ;; "closed at $247.01 on Friday" ;; "closed at $247.91 on Friday" ;; $247.91 ;; the
  source says $247.01
rv-cite ;; citation ;; CU ;; on Friday" [2] ;; on Friday" [3] ;; [3] ;; two sources
""")

B = "weather-DIA-2025-11-17"
clean(B, "DIA-2025-11-17", "weather station log", "txt",
      "a volunteer's daily log from a backyard weather station on Monday, with temperatures, pressure, "
      "wind, rainfall and a lightning count, and a line at the end about the Dow ETF from a retired "
      "broker who runs the station", """\
CEDAR HOLLOW CoCoRaHS STATION MD-HW-22 | DAILY LOG | MONDAY 17 NOV 2025 | observer: H. Lindqvist

07:00 obs   Temp 3.8 C   Dew pt 1.2 C   RH 83%   Press 1021.4 hPa rising   Wind NW 6 km/h   Sky overcast
12:00 obs   Temp 9.6 C   Dew pt 2.0 C   RH 59%   Press 1019.8 hPa falling  Wind W 14 km/h G 31   Sky broken
17:00 obs   Temp 7.1 C   Dew pt 2.7 C   RH 74%   Press 1018.2 hPa falling  Wind WSW 9 km/h      Sky clear
24-h precip (to 07:00): 4.3 mm   Snow: 0.0 cm   Max 10.2 C at 13:40   Min 2.9 C at 06:15
Lightning detector: 0 strikes within 40 km. Rain gauge cleaned. Battery 12.6 V.
Notes: frost on the car at 06:30, gone by 08:00. Geese heading south at 15:10 (about 120 birds).

Market note (old habits): the Dow fund DIA set a record close today at {close}, up {change_1d}, or
  {change_1d_pct}, a full ATR ({atr_14}). It opened at {open}, dipped to {low} and hit {high}, its best
  intraday level ever. Friday was {prev_close}, after Thursday $477.56 and Wednesday $478.00: two soft
  days, then this. The Dow itself closed at {DJI_close}, up {DJI_change_1d_pct}. Week {change_5d_pct},
  month {change_1m_pct}, year {change_ytd_pct}. The others all beat it: SPY {SPY.change_1d_pct}, QQQ
  {QQQ.change_1d_pct}, IWM {IWM.change_1d_pct}. VIX {VIX_close}, down {VIX_change_1d_pct:abs}.
  Above the 50-day ({sma_50}) by {pct_vs_sma_50}, above the 200-day ({sma_200}) by {pct_vs_sma_200};
  golden cross since {cross_since}, {cross_sessions_since} sessions. The 50-day climbed 2.49% this month,
  the 200-day 0.46%. RSI {rsi_14}, overbought. MACD {macd} over {macd_signal}. Upper band {bb_upper}, a
  hair above the close. The 52-week low was {low_52w} on {low_52w_date}, {pct_from_52w_low} below today's
  close.
  $490 is the next round number, {level_1_distance_pct} up; $480 is now below us. A breakout entry at
  {setup_long_entry}, stop {setup_long_stop}, target {setup_long_target}: {setup_long_reward_risk} to 1.
""")
values(B, "wx", skip=("1.2",))
plants(B, """
wx-rec ;; negation ;; P ;; set a record close today ;; fell short of a record close today ;; fell short of a
  record ;; 481.59 is the record close
wx-dir ;; direction ;; D ;; up $4.26, or ;; down $4.26, or ;; down $4.26 ;; DIA rose
wx-atr ;; words ;; V ;; a full ATR ;; three full ATRs ;; three full ATRs ;; 4.26/4.48 is 1.0
wx-thu ;; date ;; WM ;; after Thursday $477.56 ;; after Tuesday $477.56 ;; Tuesday $477.56 ;; $477.56 was
  Thursday's
wx-two ;; history ;; V ;; two soft
  days ;; four soft
  days ;; four soft days ;; Thursday and Friday fell; Wednesday rose
wx-beat ;; direction ;; D ;; The others all beat it ;; The others all lagged it ;; lagged it ;; DIA's 0.89% is
  below the others
wx-sub ;; subject ;; V ;; QQQ
  1.73% ;; QQQ
  1.96% ;; 1.96% ;; QQQ rose 1.73%; 1.96% is IWM's ;; real
wx-mo ;; timeframe ;; V ;; month 1.99% ;; month 1.70% ;; 1.70% ;; the month is 1.99%; 1.70% is the week ;;
  real
wx-vix ;; direction ;; D ;; VIX 13.47, down ;; VIX 13.47, up ;; up 4.67% ;; the VIX fell
wx-xd ;; date ;; DU ;; since Jul 14, 2025 ;; since Jul 4, 2025 ;; Jul 4, 2025 ;; the golden cross was Jul 14
wx-slope ;; trend ;; V ;; climbed 2.49% this ;; climbed 4.29% this ;; 4.29% ;; the 50-day's slope is 2.49%
wx-rsi ;; indicator ;; IND ;; RSI 72.8, overbought ;; RSI 72.8, oversold ;; oversold ;; 72.8 is overbought
wx-macd ;; indicator ;; IND ;; MACD 4.50 over 3.61 ;; MACD 4.50 under 3.61 ;; under 3.61 ;; 4.50 > 3.61
wx-bb ;; indicator ;; P ;; a
  hair above the close ;; a
  hair below the close ;; below the close ;; 482.40 > 481.59
wx-lowd ;; date ;; DU ;; on Apr 16, 2025 ;; on Apr 6, 2025 ;; Apr 6, 2025 ;; the 52-week low was Apr 16
wx-480 ;; level ;; LW ;; $480 is now below us ;; $480 is now above us ;; above us ;; 480 < 481.59
wx-stop ;; setup ;; SG ;; stop $480.47 ;; stop $490.47 ;; $490.47 ;; a long's stop above its entry $486.07
wx-mg ;; magnitude ;; MG ;; set a record close today at $481.59, up ;; set a record close today at $481.59,
  barely up ;; barely up ;; a 0.89% move of one ATR is not barely
""")

B = "fete-IWM-2026-02-13"
clean(B, "IWM-2026-02-13", "school fete budget", "txt",
      "the draft budget for a primary school's spring fete, circulated by the fete committee's treasurer "
      "on Friday with stall costs, expected takings and a float, and her note on the small-cap ETF where "
      "the school fund's reserve sits", """\
OAKFIELD PRIMARY SPRING FETE - DRAFT BUDGET v3 - circulated Friday 13 February 2026
Fete date: Saturday 16 May 2026, 11 AM - 3 PM. Committee meeting to approve: Tuesday 24 February.

COSTS                                   Budget      Last year
Bouncy castle hire (2)                  $340.00     $320.00
Marquee and tables                      $265.00     $265.00
Raffle prizes (top-up)                  $120.00      $95.00
Face paints and glitter                  $48.50      $41.20
Burger stall stock (400 patties)        $372.00     $338.00
Printing (posters, 600 tickets)          $86.40      $79.90
Total costs                           $1,231.90   $1,139.10

EXPECTED TAKINGS                                     $3,450.00 (last year $3,118.65)
Cash float for 14 stalls                             $700.00 (returned at close)
Target surplus for the library fund                  $2,218.10

TREASURER'S NOTE ON THE RESERVE. The school fund's $9,000 reserve is in the iShares Russell 2000 ETF,
  and it has had a rough fortnight. IWM closed today at {close}, down {change_1d:abs} ({change_1d_pct:abs}),
  its sixth lower close in a row: Monday $236.72, Tuesday $235.10, Wednesday $231.24, Thursday $228.93.
  That run has cost {close_streak_change_pct:abs}. For the week it is down {change_5d_pct:abs}, for the month
  {change_1m_pct:abs}, and {change_ytd_pct:abs} since January. It opened at {open}, topped out at {high}
  and bottomed at {low}.
It closed under its 50-day average ({sma_50}) by {pct_vs_sma_50:abs} and
  under its 200-day ({sma_200}) too, by {pct_vs_sma_200:abs}. The 50-day has turned down, off 1.02% over
  twenty sessions, while the 200-day is still rising. RSI is {rsi_14}: oversold. MACD {macd}, under its
  signal {macd_signal}. The close is below the lower Bollinger band ({bb_lower}) and is the lowest close
  of the last {range_sessions} sessions. The record close, {all_time_high}, was on {all_time_high_date};
  we are {pct_from_ath:abs} under it. $225 is {level_5_distance_pct:abs} below.
The rest of the market fell less: SPY {SPY.change_1d_pct}, QQQ {QQQ.change_1d_pct}, DIA {DIA.change_1d_pct}.
  The Russell 2000 index fell {RUT_change_1d_pct:abs} to {RUT_close}. VIX up {VIX_change_1d_pct} to
  {VIX_close}.
We do not need the reserve for the fete. Please send corrections to the budget by Wednesday. - Fran
""")
values(B, "ft")
plants(B, """
ft-strk ;; history ;; V ;; its sixth lower close in a row ;; its third lower close in a row ;; third lower
  close
  ;; six down closes from Feb 6 to Feb 13
ft-tue ;; date ;; WM ;; Tuesday $235.10 ;; Thursday $235.10 ;; Thursday $235.10 ;; $235.10 was Tuesday's
ft-thu ;; history ;; V ;; Thursday $228.93 ;; Thursday $231.24 ;; $231.24 ;; Thursday closed at $228.93;
  $231.24
  was Wednesday's ;; real
ft-wk ;; timeframe ;; V ;; For the week it is down 4.94% ;; For the week it is down 10.88% ;; 10.88% ;; the
  week
  is -4.94%; -10.88% is the month ;; real
ft-dir ;; direction ;; D ;; down $2.39 ;; up $2.39 ;; up $2.39 ;; IWM fell
ft-200 ;; pattern ;; P ;; under its 200-day ($229.41) too ;; over its 200-day ($229.41) too ;; over its
  200-day ;; 226.54 < 229.41
ft-slope ;; trend ;; D ;; The 50-day has turned down ;; The 50-day has turned up ;; turned up ;; the 50-day's
  slope is -1.02%
ft-slope2 ;; trend ;; D ;; while the 200-day is still rising ;; while the 200-day is now falling ;; falling ;;
  the 200-day's slope is +2.72%
ft-rsi ;; indicator ;; IND ;; RSI is 21.4: oversold ;; RSI is 21.4: overbought ;; overbought ;; 21.4 is
  oversold
ft-macd ;; indicator ;; IND ;; under its
  signal ;; over its
  signal ;; over its signal ;; -4.70 < -3.06
ft-bb ;; indicator ;; P ;; The close is below the lower Bollinger band ;; The close is above the lower
  Bollinger
  band ;; above the lower Bollinger band ;; 226.54 < 227.50
ft-low ;; history ;; V ;; is the lowest close
  of the last 20 sessions ;; is the highest close
  of the last 20 sessions ;; highest close ;; 226.54 is the 20-session low
ft-athd ;; date ;; DU ;; was on Nov 28, 2025 ;; was on Nov 18, 2025 ;; Nov 18, 2025 ;; the record close was
  Nov
  28, 2025
ft-225 ;; level ;; LW ;; $225 is 0.68% below ;; $225 is 0.68% above ;; 0.68% above ;; 225 < 226.54
ft-less ;; direction ;; D ;; The rest of the market fell less ;; The rest of the market fell more ;; fell
  more ;;
  -0.54%, -0.41%, -0.65% are above -1.04%
ft-sub ;; subject ;; V ;; DIA -0.65% ;; DIA -0.41% ;; -0.41% ;; DIA fell 0.65%; -0.41% is QQQ's ;; real
ft-vix ;; direction ;; D ;; VIX up ;; VIX down ;; VIX down ;; the VIX rose 4.34%
ft-mg ;; magnitude ;; MG ;; it has had a rough fortnight. IWM closed today ;; it has had a rough fortnight.
  IWM
  crashed today, closing ;; crashed ;; a 1.04% fall of 0.8 ATR is no crash
""")

B = "boxoffice-IWM-2026-03-30"
clean(B, "IWM-2026-03-30", "theatre box-office report", "md",
      "a community theatre's Monday box-office report on the weekend's run of a musical, with seats "
      "sold per performance, comps and bar takings, and the board treasurer's paragraph on the "
      "small-cap ETF the theatre's building fund holds", """\
# Riverside Players - Box Office Report
**Production:** *Guys and Dolls* | **Run:** Thu 26 - Sun 29 March 2026 | **Report date:** Monday 30 March 2026

| Performance | Seats sold | Comps | Capacity | Gross |
| --- | ---: | ---: | ---: | ---: |
| Thu 7:30 PM | 164 | 12 | 220 | $3,034.00 |
| Fri 7:30 PM | 208 | 6 | 220 | $3,848.00 |
| Sat 2:00 PM | 171 | 9 | 220 | $2,821.50 |
| Sat 7:30 PM | 219 | 1 | 220 | $4,051.50 |
| Sun 2:00 PM | 196 | 4 | 220 | $3,234.00 |
| **Total** | **958** | **32** | **1,100** | **$16,989.00** |

Average house: 87% of capacity. Bar and concessions: $2,477.25. Programme sales: 311 at $5.
Next production: *The Importance of Being Earnest*, auditions Saturday 18 April.

## Building fund (board treasurer)
The building fund's $62,000 sits in the iShares Russell 2000 ETF, and the markets had a worse weekend
  than we did. IWM closed today at {close}, down {change_1d:abs} ({change_1d_pct:abs}), its fourth lower
  close in a row: Wednesday $215.38, Thursday $215.29, Friday $213.65, after Tuesday's $216.51. It opened at
  {open}, with a high of {high} and a low of {low}. Over five sessions it is down {change_5d_pct:abs};
  over a month {change_1m_pct:abs}; this year {change_ytd_pct:abs}.
The fund is below both its 50-day ({sma_50}) and its 200-day ({sma_200}) averages, by {pct_vs_sma_50:abs}
  and {pct_vs_sma_200:abs}. Worse, the 50-day crossed under the 200-day on {cross_since:short}, a death
  cross just {cross_sessions_since} sessions ago, and the 50-day is falling fast, down 5.36% in twenty
  sessions. RSI {rsi_14}, weak but not yet oversold. One hopeful sign: MACD {macd} is above its signal
  {macd_signal}. ATR {atr_14}. It is {pct_from_ath:abs} below its record close of {all_time_high}
  ({all_time_high_date}). The 20-session range runs {range_lower} to {range_upper}; $210 is just
  {level_5_distance_pct:abs} below.
Everyone fell: SPY {SPY.change_1d_pct}, QQQ {QQQ.change_1d_pct}, DIA {DIA.change_1d_pct}. We fell more than
  SPY and DIA but less than QQQ. The Russell 2000 index lost {RUT_change_1d_pct:abs} to {RUT_close}; VIX
  {VIX_close}.
""")
values(B, "bo")
plants(B, """
bo-strk ;; history ;; V ;; its fourth lower
  close in a row ;; its sixth lower
  close in a row ;; sixth lower close ;; four down closes from Wed Mar 25
bo-wed ;; date ;; WM ;; Wednesday $215.38 ;; Tuesday $215.38 ;; Tuesday $215.38 ;; $215.38 was Wednesday's
bo-tue ;; history ;; V ;; after Tuesday's $216.51 ;; after Tuesday's $215.53 ;; $215.53 ;; Tuesday Mar 24
  closed
  at $216.51; $215.53 was Monday's ;; real
bo-dir ;; direction ;; D ;; down $2.65 ;; up $2.65 ;; up $2.65 ;; IWM fell
bo-ytd ;; timeframe ;; V ;; this year 13.27% ;; this year 3.87% ;; 3.87% ;; the year is -13.27%; -3.87% is the
  month ;; real
bo-50 ;; pattern ;; P ;; The fund is below both ;; The fund is above both ;; above both ;; 211.00 is under
  227.59 and 230.93
bo-cross ;; pattern ;; P ;; a death
  cross just ;; a golden
  cross just ;; golden cross ;; the 50-day crossed under the 200-day
bo-xd ;; date ;; DU ;; the 200-day on Mar 24 ;; the 200-day on Mar 14 ;; Mar 14 ;; the death cross was Mar 24
bo-xn ;; history ;; V ;; just 4 sessions ago ;; just 14 sessions ago ;; 14 sessions ;; the cross was 4
  sessions
  ago
bo-slope ;; trend ;; V ;; down 5.36% in ;; down 3.56% in ;; 3.56% ;; the 50-day's slope is -5.36%
bo-rsi ;; indicator ;; IND ;; weak but not yet oversold ;; deep in oversold territory ;; oversold ;; 33.9 is
  not
  oversold
bo-macd ;; indicator ;; IND ;; is above its signal ;; is below its signal ;; below its signal ;; -3.77 > -4.40
bo-athd ;; date ;; DU ;; (Nov 28, 2025) ;; (Nov 26, 2025) ;; Nov 26, 2025 ;; the record close was Nov 28, 2025
bo-210 ;; level ;; LW ;; $210 is just
  0.47% below ;; $210 is just
  0.47% above ;; 0.47% above ;; 210 < 211.00
bo-more ;; direction ;; D ;; We fell more than
  SPY and DIA but less than QQQ ;; We fell less than
  SPY and DIA but more than QQQ ;; fell less than SPY ;; -1.24% is below -0.78% and -1.04%, above -1.44%
bo-sub ;; subject ;; V ;; QQQ -1.44% ;; QQQ -1.04% ;; -1.04% ;; QQQ fell 1.44%; -1.04% is DIA's ;; real
bo-scale ;; scale ;; SC ;; lost 1.22% to 2,120.33 ;; lost 1.22% to $211.00 ;; $211.00 ;; the index closed at
  2,120.33; $211.00 is IWM's ;; real
""")

B = "scouts-DIA-2026-11-17"
clean(B, "DIA-2026-11-17", "scout camp meal plan", "txt",
      "a scout troop quartermaster's winter-camp meal plan, a chili recipe scaled from 6 to 40 with a "
      "shopping list and costs, and the troop treasurer's Tuesday note on the Dow ETF the troop's "
      "endowment sits in", """\
TROOP 212 WINTER CAMP - MEAL PLAN - CAMP HOLLOWAY, FRI 4 - SUN 6 DECEMBER
Quartermaster: D. Pruitt | issued Tuesday 17 November 2026 | 34 scouts + 6 leaders = 40 eaters

SATURDAY DINNER: CAMPFIRE CHILI, scaled from the 6-serving card (x 6.67, rounded to what the store sells)
    Ground beef            2 lb   ->  13.3 lb  (buy 14 lb, 7 packs)
    Kidney beans, cans     2      ->  14 cans
    Crushed tomatoes, cans 2      ->  14 cans
    Onions                 2      ->  13 (buy a 10-lb bag)
    Chili powder           3 tbsp ->  20 tbsp (1-1/4 cups)
    Cornbread mix, boxes   1      ->  7 boxes
Cook in the two 24-qt pots, 90 minutes at a low simmer. Allergy check: 2 scouts no dairy, 1 no beef
  (turkey chili, separate pot).
SHOPPING TOTAL (estimate): $286.40 for all six meals, $7.16 a head. Troop pays; no extra camp fee.

TREASURER'S NOTE (Tuesday evening). The endowment is in DIA, the Dow ETF. It closed today at {close},
  down {change_1d:abs} ({change_1d_pct:abs}), from Monday's {prev_close}. Open {open}, high {high},
  low {low}. The Dow itself "declined 0.2% to 46,742.21" [1]; on Monday DIA "closed at $467.85" [2].
  Over five sessions DIA is down {change_5d_pct:abs}, over the month {change_1m_pct:abs}, and
  {change_ytd_pct:abs} this year. It fell the least of the big funds: SPY {SPY.change_1d_pct}, QQQ
  {QQQ.change_1d_pct}, IWM {IWM.change_1d_pct}.
It slipped just under its 50-day average ({sma_50}), by {pct_vs_sma_50:abs}, 27 cents, but is well above
  its 200-day ({sma_200}), by {pct_vs_sma_200}. The golden cross from {cross_since:short}
  ({cross_sessions_since}
  sessions) still stands; the 50-day rose 0.99% this past month. RSI {rsi_14}; MACD {macd} below its
  signal {macd_signal}. ATR {atr_14}, so today's move was about a fifth of an ATR. The fund has spent
  {range_sessions} sessions between {range_lower} and {range_upper}. Last week's closes: Wednesday
  $468.33, Thursday $467.86, Friday $466.45. Record close {all_time_high} from {all_time_high_date}.
Permission slips due Friday 27 November. Bring a mess kit and a headlamp.

<<SOURCES>>
""", sources=("hs-slides17", "ld-bluechips16"))
values(B, "sc", skip=("7.16",))
plants(B, """
sc-dir ;; direction ;; D ;; down $0.93 ;; up $0.93 ;; up $0.93 ;; DIA fell
sc-q ;; quotation ;; NU ;; "declined 0.2% to 46,742.21" ;; "declined 0.2% to 46,724.21" ;; 46,724.21 ;; the
  source
  says 46,742.21
sc-q2 ;; quotation ;; NU ;; "closed at $467.85" ;; "closed at $468.75" ;; $468.75 ;; the source says $467.85
sc-cite ;; citation ;; CU ;; "closed at $467.85" [2] ;; "closed at $467.85" [3] ;; [3] ;; two sources
sc-mo ;; timeframe ;; V ;; over the month 0.73% ;; over the month 1.71% ;; 1.71% ;; the month is -0.73%;
  -1.71% is
  the year ;; real
sc-least ;; direction ;; D ;; It fell the least of the big funds ;; It fell the most of the big funds ;;
  fell the
  most ;; -0.20% is above -0.50%, -0.90%, -0.80%
sc-sub ;; subject ;; V ;; IWM -0.80% ;; IWM -0.90% ;; -0.90% ;; IWM fell 0.80%; -0.90% is QQQ's ;; real
sc-50 ;; pattern ;; P ;; It slipped just under its 50-day ;; It held just over its 50-day ;; over its 50-day
  ;;
  466.92 < 467.19
sc-cents ;; derived ;; DER ;; 27 cents ;; 72 cents ;; 72 cents ;; 467.19 - 466.92 is $0.27
sc-xd ;; date ;; DU ;; from Oct 2 ;; from Oct 12 ;; Oct 12 ;; the golden cross was Oct 2
sc-slope ;; trend ;; D ;; the 50-day rose 0.99% ;; the 50-day fell 0.99% ;; fell 0.99% ;; the 50-day's slope
  is
  +0.99%
sc-macd ;; indicator ;; IND ;; below its
  signal ;; above its
  signal ;; above its signal ;; 0.13 < 0.72
sc-fifth ;; words ;; V ;; about a fifth of an ATR ;; about two ATRs ;; two ATRs ;; 0.93/4.44 is 0.2
sc-rs ;; history ;; V ;; spent
  40 sessions ;; spent
  60 sessions ;; 60 sessions ;; the range is 40 sessions
sc-wed ;; date ;; WM ;; Wednesday
  $468.33 ;; Monday
  $468.33 ;; Monday $468.33 ;; $468.33 was Wednesday Nov 11's close; Monday Nov 9 closed at $471.18
sc-fri ;; history ;; V ;; Friday $466.45 ;; Friday $471.18 ;; $471.18 ;; Friday Nov 13 closed at $466.45;
  $471.18 was Nov 9's ;; real
sc-athd ;; date ;; DU ;; from Jan 12, 2026 ;; from Jan 2, 2026 ;; Jan 2, 2026 ;; the record close was Jan 12
""")

B = "coveredcall-IWM-2026-11-16"
clean(B, "IWM-2026-11-16", "covered-call weekly log", "md",
      "a retiree's covered-call log kept on a personal blog, Monday's entry for the small-cap ETF: his "
      "own shares, strikes, premiums and running income (not market data) beside the day's tape", """\
### Covered-call log, week 46 - Monday, November 16, 2026

**Position:** 600 shares of IWM, cost basis $201.40. **Open call:** 6 contracts of the Nov 20 $250 strike,
  sold
  last Monday for $1.35 each ($810 collected). **Income so far this year:** $11,482 from 41 calls written.

**Today's tape.** IWM closed at {close}, up {change_1d} ({change_1d_pct}) from Friday's {prev_close}. It
  opened at {open}, hit {high} and dipped to {low}. A sleepy session: volume {volume}, just
  {volume_ratio} times its 20-day average of {avg_volume_20}. The Russell 2000 itself ended at {RUT_close},
  up {RUT_change_1d_pct}. Everybody else did better: SPY {SPY.change_1d_pct}, QQQ {QQQ.change_1d_pct},
  DIA {DIA.change_1d_pct}. VIX {VIX_close}, down {VIX_change_1d_pct:abs}.

**Will my $250 call get hit by Friday?** Needs a rise of $2.74 from here, about 0.8 ATR (ATR {atr_14}).
  The fund has not closed above $250 in this range: the range top is {range_upper}, tested twice, most
  recently Thursday when it closed there, {range_sessions} sessions of going nowhere between {range_lower}
  and {range_upper}. The upper Bollinger band is {bb_upper}. I'd say the call expires worthless.

**The bigger picture.** Week {change_5d_pct}, month {change_1m_pct}, year {change_ytd_pct}. Above the 50-day
  ({sma_50}) by {pct_vs_sma_50}, above the 200-day ({sma_200}) by {pct_vs_sma_200}; the golden cross
  dates from {cross_since:short}, {cross_sessions_since} sessions ago. The 50-day rose 0.47% over the last
  twenty sessions. RSI {rsi_14}; MACD {macd} over its signal {macd_signal}. Record close {all_time_high} on
  {all_time_high_date}, {pct_from_ath:abs} above us. Below: the 50-day, then $244.79, last tested Nov 9.
  Closes last week: Tuesday $247.77, Wednesday $248.76, Thursday $249.26, Friday $247.01.

**Reading.** The Friday paper: IWM "closed at $247.01 on Friday" [1]. Rates: "The 10-year yield rose 4 basis
  points to 4.18%" [2].

*Not advice. I write calls on shares I'm happy to sell.*

<<SOURCES>>
""", sources=("ld-turns13", "mb-ppi13"))
values(B, "cc", skip=("0.8",))
plants(B, """
cc-dir ;; direction ;; D ;; up $0.25 ;; down $0.25 ;; down $0.25 ;; IWM rose
cc-vol ;; direction ;; D ;; A sleepy session ;; A frantic session ;; frantic ;; volume was 0.6x the average
cc-sub ;; subject ;; V ;; up 0.10%. Everybody ;; up 0.40%. Everybody ;; 0.40% ;; the Russell 2000 rose 0.10%;
  0.40% is SPY's ;; real
cc-else ;; direction ;; D ;; Everybody else did better ;; Everybody else did worse ;; did worse ;; 0.40%,
  0.50%,
  0.30% beat 0.10%
cc-vix ;; direction ;; D ;; VIX 16.60, down ;; VIX 16.60, up ;; up 4.05% ;; the VIX fell
cc-need ;; derived ;; DER ;; Needs a rise of $2.74 ;; Needs a rise of $4.74 ;; $4.74 ;; 250 - 247.26 is $2.74
cc-atr ;; words ;; V ;; about 0.8 ATR ;; about 2.8 ATR ;; 2.8 ATR ;; 2.74/3.26 is 0.8
cc-tst ;; level ;; V ;; tested twice ;; tested five times ;; five times ;; the range top has 2 touches
cc-thu ;; date ;; WM ;; recently Thursday when ;; recently Tuesday when ;; Tuesday ;; $249.26 was Thursday Nov
  12's close
cc-rs ;; history ;; V ;; 21 sessions of going nowhere ;; 12 sessions of going nowhere ;; 12 sessions ;; the
  range
  is 21 sessions
cc-mo ;; timeframe ;; V ;; month 3.72% ;; month 1.63% ;; 1.63% ;; the month is 3.72%; 1.63% is the year ;;
  real
cc-50 ;; pattern ;; P ;; Above the 50-day ;; Below the 50-day ;; Below the 50-day ;; 247.26 > 246.29
cc-xd ;; date ;; DU ;; dates from Aug 10 ;; dates from Aug 17 ;; Aug 17 ;; the golden cross was Aug 10
cc-slope ;; trend ;; D ;; The 50-day rose 0.47% ;; The 50-day fell 0.47% ;; fell 0.47% ;; the 50-day's slope
  is
  +0.47%
cc-macd ;; indicator ;; IND ;; over its signal ;; under its signal ;; under its signal ;; 1.03 > 0.50
cc-below ;; level ;; LW ;; Below: the 50-day, then $244.79 ;; Above: the 50-day, then $244.79 ;; Above: the
  50-day ;; both are under 247.26
cc-tstd ;; date ;; DU ;; last tested Nov 9 ;; last tested Nov 2 ;; Nov 2 ;; $244.79 was last tested Nov 9
cc-wed ;; date ;; WM ;; Wednesday $248.76 ;; Thursday $248.76 ;; Thursday $248.76 ;; $248.76 was Wednesday's
cc-q ;; quotation ;; NU ;; "closed at $247.01 on Friday" ;; "closed at $247.10 on Friday" ;; $247.10 ;; the
  source
  says $247.01
cc-q2 ;; quotation ;; NU ;; points to 4.18%" ;; points to 4.81%" ;; 4.81% ;; the source says 4.18%
cc-cite ;; citation ;; CU ;; 4.18%" [2] ;; 4.18%" [3] ;; [3] ;; two sources
""")

README = kit.blind_readme(24)

# ---------------------------------------------------------------- scoring and the command line

evaluate, report = SET.evaluate, SET.report  # what tests/test_verify_holdout24.py runs

if __name__ == "__main__":
    raise SystemExit(SET.main(sys.argv[1:], doc=__doc__ or "", readme=README))
