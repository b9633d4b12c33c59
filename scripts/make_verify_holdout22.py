"""Write the twenty-second blind holdout set for the verifier to tests/data/verify_holdout22/ (deterministic).

    .venv/bin/python scripts/make_verify_holdout22.py            # (re)write the set
    .venv/bin/python scripts/make_verify_holdout22.py --check    # exit 1 if the files on disk differ
    .venv/bin/python scripts/make_verify_holdout22.py --score    # run the verifier over the set, report

Written for issue 14 by someone who had read neither `pipeline/verify/` nor the texts of the
evaluation set or of the first twenty-one holdouts (only the shared plumbing in
`scripts/verify_eval/holdout_kit.py`, `tests/holdout_helpers.py`, `tests/test_verify_holdout21.py`,
the top and the bottom of `scripts/make_verify_holdout21.py`, the other generators' module docstrings
(to learn which voices were taken), `pipeline/facts.py`, `pipeline/contracts/`, the README's verifier
section and, to build the new context keys, `scripts/verify_eval/universe.py`), and who did not run
the verifier on these texts before the blind score. About two thirds of the voices are market
commentary as people really write it, in forms the earlier sets did not use: a CFD broker's daily
pivot-levels sheet (R1-R3, S1-S3, a classic pivot and the regulator's risk warning), a market
educator's LinkedIn carousel ("Slide 3/8"), a cable channel's closing segment in which a guest
quotes Friday's drop wrong and the anchor corrects her on air, a language model's SEO article with its
tics left in (bold labels, "Key Takeaways", hedges, an FAQ), a broker's Thanksgiving-week
trading-hours notice with a recap, a client's complaint about an unfilled buy stop with the
complaints team's reply, a private bank's weekly house view with an allocation table, a newsletter's
"the day in numbers", a paid newsletter's model-portfolio update with a buy-limit alert, the
transcript of a day trader's live stream with the chat, a data-visualisation blogger's "chart crime"
column, a charting platform's new-highs scanner e-mail, a brokerage app's "year, wrapped" cards and an
options desk's dealer-gamma note. The rest are unusual voices that carry non-market numbers on purpose
next to the market figures: a homebrewer's batch log, a hair salon's day sheet, an animal shelter's
newsletter, a family's board-game scoresheet, a middle school's cafeteria menu with its investing
club's box, and a sailing club's race results.

Every figure of a clean text was typed by hand from `pipeline.facts.build_fact_sheet(...)` of the
case's snapshot, of a peer in the same file, of the snapshot's dated bars (`recent_sessions`,
`recent_closes`), of the 50/200-day slopes the snapshot carries (`trend.sma_50_slope_pct`,
`trend.sma_200_slope_pct`), or from the text of a cited source; approximations ("about 1.7 to 1",
"little more than one ATR", "nine-tenths of the norm") were checked against the same values, and a
figure that is the writer's own product (a classic pivot (H+L+C)/3, the cents between a stop and the
day's high) is worked from those. Clock times, years, counts of things, ages, weights, calories,
gravity readings, prices of things that are not market data, a member's own entry price and page
furniture are there on purpose. The snapshots and sources are frozen copies in
tests/data/verify_holdout22/context/: the seventeen keys of holdout 21 copied from
tests/data/verify_holdout21/context/ on 2026-12-07 (each with 64 dated bars), and three NEW keys no
earlier holdout used, built once with the pipeline's own snapshot builder over the bundled fixtures
by scripts/verify_eval/holdout22_context.py (the way scripts/verify_eval/universe.py builds the eval's
contexts, same JSON shape, peers and ranked sources): DIA on Thursday 2026-11-19, QQQ on Wednesday
2026-11-18 and the S&P 500 index on Monday 2026-11-16. Three of the twenty texts (pivot sheet,
carousel, TV segment) stand on them: `tests/holdout_helpers.assert_shape` asks every set to use all
seventeen eval keys, so with twenty texts no more than three can stand on new keys.
Each planted case is one clean text with one exact substitution and one expected finding whose code
is the README's documented one for that fault; its note says why that code.

The blind score (once, on the branch point 95b6bb7c, main when the set was begun; the set frozen in
3be1fc04): 746/921 planted errors caught (0.81), 45 error findings on the 20 clean texts (2.25 per
text), 831/921 planted spots flagged by an error finding of some code. Per kind, caught/planted: value
370/422, scale 4/5, derived 14/28, direction 41/62, indicator 71/74, pattern 19/27, level 16/46, setup
8/21, date 67/80, citation 11/11, subject 18/19, timeframe 14/16, negation 2/9, quotation 13/14, trend
5/7, history 68/74, words 2/3, magnitude 3/3. None of the 45 error findings was right, and no figure
of a clean text was found mistyped; two plants had been filed under the wrong code (an expiry date
and a weekday), corrected in cb544a98, after which the same verifier read 747/921 (date 68/82, history
68/73, value 370/421), 45 error findings, 831/921 flagged. scripts/verify_eval/holdout22_score.md has
the table, the findings per clean text and the misses and false alarms by mechanism.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verify_eval import holdout_kit as kit  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- the clean texts

U = {**kit.FIXTURE_URLS,  # the ingested items cited, by a short name (the kit's, and the new keys')
     "tw-vix13": "https://tapewatch.example/indices/2026-11-13/vix-jumps-above-17.html"}

SET = kit.HoldoutSet("holdout22", REPO, U)  # the kit's source formats (md, plain, foot, paren)
OUT = SET.out
CLEAN = SET.texts
clean = SET.clean

plants = SET.plant_rows  # one clean text's plants, one a line (holdout_kit.HoldoutSet.plant_rows)


# A line starting with exactly two spaces continues the line before it. `<<SOURCES>>` becomes the
# Sources block. Figures are typed, not slotted: each was read off the key's fact sheet. Each text's
# planted errors follow it; an empty span is the new text.

B = "pivots-DIA-2026-11-19"
clean(B, "DIA-2026-11-19", "pivot sheet", "txt",
      "a CFD broker's daily pivot-levels sheet for the Dow ETF, written before Friday's open, with a "
      "risk warning and page furniture", """\
NORTHGATE MARKETS | DAILY PIVOT SHEET | US30 ETF (DIA) CASH CFD
Prepared 05:30 GMT, Friday 20 November 2026 | Ref PS-4471 | Page 1 of 2

THURSDAY'S BAR (Nov 19)
Open $468.34 | High $470.00 | Low $467.83 | Close $468.79
Change +$0.47 (+0.10%) | Volume 3.1M vs 20-day average 3.4M
Turnover ran at about nine-tenths of the norm.

LEVELS FOR FRIDAY
R3 $485.46 (two touches, last tested Jan 28)
R2 $474.50 (top of the 42-session range, three touches)
R1 $470.00 (Thursday's high)
Classic pivot (H+L+C)/3: $468.87
S1 $467.35 (the 50-day average, four touches)
S2 $464.29 (floor of the range, three touches)
S3 $461.93 (last tested Mon Nov 2)

DESK VIEW
The Dow fund edged higher for a second straight session, adding 0.40% over the two days, while
  the S&P 500 fund slipped 0.20% and the Nasdaq 100 fund lost 0.60%; small caps (IWM) fell 0.50% to
  $243.57. The Dow itself added 0.12% to 46,946.60 [1]. DIA has still not reclaimed its 20-day
  average at $468.87 and it is not back above $470 on a close either. On Wednesday it had closed at
  $468.32, and the lowest of the last twelve closes was $466.45 on Friday, Nov 13.

The bigger picture is unchanged: the golden cross of Oct 2 is 34 sessions old, the 50-day is rising
  and sits above the 200-day ($454.83), and the fund is 3.07% above that long average. It remains
  5.09% below the record close of $493.91 set on Monday, Jan 12. RSI(14) reads 50.7, dead neutral;
  the MACD histogram is -0.39. The 14-day ATR is $4.50, or 0.96% of price, so R2 is little more than one ATR
  away. Bollinger bands: $463.40 to $474.35.

Over a month DIA is down 0.41% and it is down 1.31% this year. The Fed decision on Wednesday,
  Dec 9 is 14 sessions out.

TRADE IDEA
Long on a close above $470.00, stop $467.35, target $474.50. Risk $2.65 to make $4.50: about 1.7 to 1.

A reminder from Tapewatch on Wednesday: "The Dow Jones Industrial Average gained 0.3% on Wednesday
  to 46,891.82" [2].

CFDs are complex instruments and come with a high risk of losing money rapidly due to leverage. 71%
  of retail investor accounts lose money when trading CFDs with this provider. Margin 5% (leverage
  1:20). Typical spread 2.4 points. Dealing desk opens 07:00 GMT.

<<SOURCES>>
""", sources=("hs-edge19", "tw-dow18"), source_format="plain")
plants(B, """
pv-open ;; value ;; V ;; Open $468.34 ;; Open $468.43 ;; $468.43 ;; the open was $468.34
pv-high ;; value ;; V ;; High $470.00 | ;; High $471.00 | ;; $471.00 ;; the high was $470.00
pv-low ;; value ;; V ;; Low $467.83 ;; Low $467.38 ;; $467.38 ;; the low was $467.83
pv-close ;; value ;; V ;; Close $468.79 ;; Close $469.79 ;; $469.79 ;; DIA closed at $468.79
pv-chg ;; value ;; V ;; Change +$0.47 ;; Change +$0.57 ;; +$0.57 ;; the change was $0.47
pv-pct ;; value ;; V ;; (+0.10%) ;; (+0.19%) ;; +0.19% ;; DIA rose 0.10%
pv-dir ;; direction ;; D ;; Change +$0.47 (+0.10%) ;; Change -$0.47 (-0.10%) ;; -$0.47 ;; DIA rose on Thursday
pv-vol ;; value ;; V ;; Volume 3.1M ;; Volume 3.7M ;; 3.7M ;; volume was 3.1M
pv-avg ;; value ;; V ;; 20-day average 3.4M ;; 20-day average 3.9M ;; 3.9M ;; the 20-day average volume is
  3.4M
pv-volsc ;; scale ;; SC ;; Volume 3.1M ;; Volume 3.1B ;; 3.1B ;; 3.1 million shares, not billion
pv-r3 ;; level ;; V ;; R3 $485.46 ;; R3 $485.64 ;; $485.64 ;; the level is $485.46
pv-r3d ;; date ;; DU ;; last tested Jan 28 ;; last tested Jan 27 ;; Jan 27 ;; the level was last tested on
  Jan 28
pv-r2 ;; level ;; V ;; R2 $474.50 ;; R2 $475.40 ;; $475.40 ;; the range top is $474.50
pv-rs ;; history ;; V ;; top of the 42-session range ;; top of the 24-session range ;; 24-session ;; the range
  has held 42 sessions
pv-r1 ;; value ;; V ;; R1 $470.00 ;; R1 $470.60 ;; $470.60 ;; Thursday's high was $470.00
pv-s1 ;; level ;; V ;; S1 $467.35 ;; S1 $467.53 ;; $467.53 ;; the 50-day is $467.35
pv-s1t ;; level ;; V ;; four touches) ;; six touches) ;; six touches ;; the level has four touches
pv-s2 ;; level ;; V ;; S2 $464.29 ;; S2 $464.92 ;; $464.92 ;; the range floor is $464.29
pv-s3 ;; level ;; V ;; S3 $461.93 ;; S3 $461.39 ;; $461.39 ;; the level is $461.93
pv-s3d ;; date ;; WM ;; last tested Mon Nov 2 ;; last tested Tue Nov 2 ;; Tue Nov 2 ;; Nov 2, 2026 was a
  Monday
pv-2d ;; history ;; V ;; adding 0.40% over the two days ;; adding 0.64% over the two days ;; 0.64% ;; the
  two-session gain is 0.40%
pv-streak ;; history ;; V ;; for a second straight session ;; for a third straight session ;; third straight
  session ;; DIA has closed higher two sessions running
pv-spy ;; subject ;; V ;; fund slipped 0.20% ;; fund slipped 0.60% ;; 0.60% ;; SPY fell 0.20%; 0.60% is
  QQQ's move ;; real
pv-qqq ;; value ;; V ;; Nasdaq 100 fund lost 0.60% ;; Nasdaq 100 fund lost 0.80% ;; 0.80% ;; QQQ fell 0.60%
pv-qdir ;; direction ;; D ;; Nasdaq 100 fund lost 0.60% ;; Nasdaq 100 fund gained 0.60% ;; gained 0.60% ;;
  QQQ fell
pv-iwm ;; value ;; V ;; fell 0.50% to ;; fell 0.53% to ;; 0.53% ;; IWM fell 0.50%
pv-iwmc ;; value ;; V ;; to
  $243.57 ;; to
  $243.75 ;; $243.75 ;; IWM closed at $243.57
pv-dji ;; value ;; V ;; added 0.12% to ;; added 0.21% to ;; 0.21% ;; the Dow rose 0.12%
pv-djic ;; value ;; V ;; 46,946.60 [1] ;; 46,964.60 [1] ;; 46,964.60 ;; the Dow closed at 46,946.60
pv-cite ;; citation ;; CU ;; 46,946.60 [1] ;; 46,946.60 [3] ;; [3] ;; the sheet lists two sources
pv-neg ;; negation ;; P ;; DIA has still not reclaimed its 20-day ;; DIA has now reclaimed its 20-day ;; has
  now reclaimed ;; $468.79 is below the 20-day's $468.87
pv-sma20 ;; value ;; V ;; average at $468.87 and ;; average at $466.87 and ;; $466.87 ;; the 20-day is $468.87
pv-wed ;; history ;; V ;; closed at
  $468.32 ;; closed at
  $468.23 ;; $468.23 ;; Wednesday's close was $468.32
pv-wedwd ;; date ;; WM ;; On Wednesday it had closed ;; On Tuesday it had closed ;; On Tuesday ;; $468.32 was
  Wednesday's close
pv-min ;; history ;; V ;; closes was $466.45 ;; closes was $465.46 ;; $465.46 ;; the lowest close was $466.45
pv-mind ;; date ;; WM ;; on Friday, Nov 13 ;; on Thursday, Nov 13 ;; Thursday, Nov 13 ;; Nov 13 was a Friday
pv-crossd ;; date ;; DU ;; golden cross of Oct 2 ;; golden cross of Oct 9 ;; Oct 9 ;; the cross was on Oct 2
pv-crossn ;; history ;; V ;; is 34 sessions old ;; is 43 sessions old ;; 43 sessions ;; the cross is 34
  sessions old
pv-pat ;; pattern ;; P ;; the golden cross of Oct 2 ;; the death cross of Oct 2 ;; death cross ;; the 50-day
  crossed above the 200-day
pv-trend ;; trend ;; P ;; the 50-day is rising ;; the 50-day is falling ;; falling ;; the 50-day slopes up
pv-side ;; level ;; P ;; and sits above the 200-day ;; and sits below the 200-day ;; sits below ;; the 50-day
  ($467.35) is above the 200-day ($454.83)
pv-200 ;; value ;; V ;; 200-day ($454.83) ;; 200-day ($458.83) ;; $458.83 ;; the 200-day is $454.83
pv-200p ;; value ;; V ;; fund is 3.07% above ;; fund is 3.70% above ;; 3.70% ;; DIA is 3.07% above the 200-day
pv-ath ;; value ;; V ;; 5.09% below the record ;; 5.90% below the record ;; 5.90% ;; DIA is 5.09% below
  the record
pv-athc ;; value ;; V ;; close of $493.91 ;; close of $493.19 ;; $493.19 ;; the record close is $493.91
pv-athw ;; date ;; WM ;; set on Monday, Jan 12 ;; set on Tuesday, Jan 12 ;; Tuesday, Jan 12 ;; Jan 12,
  2026 was a Monday
pv-rsi ;; indicator ;; V ;; RSI(14) reads 50.7 ;; RSI(14) reads 57.0 ;; 57.0 ;; RSI is 50.7
pv-rsiw ;; indicator ;; IND ;; dead neutral ;; deeply oversold ;; deeply oversold ;; an RSI of 50.7 is neutral
pv-macd ;; indicator ;; V ;; histogram is -0.39 ;; histogram is -0.93 ;; -0.93 ;; the MACD histogram is -0.39
pv-atr ;; indicator ;; V ;; ATR is $4.50 ;; ATR is $5.40 ;; $5.40 ;; the ATR is $4.50
pv-atrp ;; indicator ;; V ;; or 0.96% of price ;; or 0.69% of price ;; 0.69% ;; the ATR is 0.96% of price
pv-atrn ;; derived ;; DER ;; little more than one ATR ;; more than three ATRs ;; three ATRs ;; ($474.50 -
  $468.79) / $4.50 is 1.3
pv-bbl ;; indicator ;; V ;; $463.40 to ;; $463.04 to ;; $463.04 ;; the lower band is $463.40
pv-bbu ;; indicator ;; V ;; to $474.35. ;; to $475.35. ;; $475.35 ;; the upper band is $474.35
pv-1m ;; timeframe ;; V ;; DIA is down 0.41% ;; DIA is down 1.31% ;; 1.31% ;; the month's change is -0.41%;
  -1.31% is the year's ;; real
pv-ytd ;; value ;; V ;; down 1.31% this year ;; down 1.13% this year ;; 1.13% ;; the year-to-date change
  is -1.31%
pv-ytdd ;; direction ;; D ;; down 1.31% this year ;; up 1.31% this year ;; up 1.31% ;; DIA is down on the year
pv-fomc ;; date ;; WM ;; on Wednesday,
  Dec 9 ;; on Tuesday,
  Dec 9 ;; Tuesday, Dec 9 ;; Dec 9, 2026 is a Wednesday
pv-fomcn ;; history ;; V ;; is 14 sessions out ;; is 19 sessions out ;; 19 sessions ;; Dec 9 is 14
  sessions away
pv-entry ;; setup ;; SG ;; stop $467.35, target ;; stop $471.35, target ;; $471.35 ;; a long's stop must
  sit below
  the $470.00 entry
pv-rr ;; setup ;; SRR ;; about 1.7 to 1 ;; about 2.7 to 1 ;; 2.7 to 1 ;; 4.50 / 2.65 is 1.7
pv-risk ;; derived ;; DER ;; Risk $2.65 to ;; Risk $3.65 to ;; $3.65 ;; $470.00 - $467.35 is $2.65
pv-quote ;; quotation ;; NU ;; "The Dow Jones Industrial Average gained 0.3% on Wednesday ;; "The Dow Jones
  Industrial Average gained 1.3% on Wednesday ;; 1.3% ;; the source says 0.3%
pv-qlvl ;; quotation ;; NU ;; to 46,891.82" ;; to 46,981.82" ;; 46,981.82 ;; the source says 46,891.82
pv-words ;; words ;; V ;; at about nine-tenths of ;; at about one and a half times ;; one and a half times
  ;; volume
  ratio is 0.9
""")

B = "carousel-QQQ-2026-11-18"
clean(B, "QQQ-2026-11-18", "LinkedIn carousel", "md",
      "a market educator's LinkedIn carousel on Wednesday's tech bounce, slide by slide, with hashtags, "
      "a follower count and a swipe prompt", """\
**Slide 1/8**
WEDNESDAY, NOV 18: TECH BOUNCES, BUT THE WEEK IS STILL RED
QQQ closed at $618.43, up $2.46 or 0.40%. Swipe to see what changed.

**Slide 2/8: The day**
Open $615.95, low $615.37, high $618.56. The fund closed within 13 cents of its high.
Volume: 53.8M shares, about 1.2 times the 20-day average of 43.6M.

**Slide 3/8: The week so far**
Five sessions: -1.80%. Tuesday's close was $615.97 and Monday's was $621.56.
The record close, $629.76, came a week ago on Wednesday, Nov 11; QQQ is 1.80% below it.
The intraday record of $632.37 was printed one day later, on Thursday, Nov 12.

**Slide 4/8: The neighbours**
Nasdaq 100: 25,431.32 (+0.42%)
SPY: $681.88 (+0.30%)
DIA: $468.32 (+0.30%)
IWM: $244.79 (-0.20%), the only one of the four funds that fell.
QQQ beat SPY by 0.10 pp on the day and by 0.77 pp over the month.

**Slide 5/8: The trend**
50-day average: $613.02, QQQ 0.88% above it.
200-day average: $579.94, QQQ 6.64% above it.
The golden cross dates to Jul 27, 81 sessions ago. Both averages are still climbing, the 50-day
  much faster (about 1.7% over its slope window vs 0.2% for the 200-day).

**Slide 6/8: The gauges**
RSI(14): 50.5. Not overbought, not oversold.
MACD 2.09 under a signal line of 2.86 (histogram -0.77): momentum has cooled.
ATR(14): $7.64, 1.24% of price. The Bollinger bands run from $609.93 to $629.13.

**Slide 7/8: The map**
Resistance: $620 (round number), then $623.73 (tested Tuesday, Nov 17), then the record at $629.76.
Support: the 50-day at $613.02, then $609.62 (last tested Nov 3), then $606.02, the bottom of a
  41-session range.
The setup I am watching: buy a pullback to $613.02, stop $607.29, target $622.21. That risks $5.73 to
  make $9.19, roughly 1.6 to 1.

**Slide 8/8: The context**
On Tuesday "the Nasdaq 100 fell 0.9% to 25,326.20" [1]. Wednesday brought the Fed's October minutes
  [2]. Year to date QQQ is up 3.57%; over a month it is up 0.30%. The VIX eased 1.14% to 17.40.

Not investment advice. Join 12,400 followers: I post one of these every weekday at 6 pm.
#markets #nasdaq #ETFs #technicalanalysis

<<SOURCES>>
""", sources=("tw-nasdaq17", "hs-weekahead14"))
plants(B, """
cs-close ;; value ;; V ;; QQQ closed at $618.43 ;; QQQ closed at $618.34 ;; $618.34 ;; the close was $618.43
cs-chg ;; value ;; V ;; up $2.46 or ;; up $2.64 or ;; $2.64 ;; QQQ rose $2.46
cs-pct ;; value ;; V ;; or 0.40% ;; or 0.47% ;; 0.47% ;; QQQ rose 0.40%
cs-dir ;; direction ;; D ;; up $2.46 or 0.40% ;; down $2.46 or 0.40% ;; down $2.46 ;; QQQ rose on Wednesday
cs-open ;; value ;; V ;; Open $615.95 ;; Open $616.95 ;; $616.95 ;; the open was $615.95
cs-low ;; value ;; V ;; low $615.37 ;; low $614.37 ;; $614.37 ;; the low was $615.37
cs-high ;; value ;; V ;; high $618.56 ;; high $618.65 ;; $618.65 ;; the high was $618.56
cs-cents ;; derived ;; DER ;; within 13 cents ;; within 31 cents ;; 31 cents ;; $618.56 - $618.43 is 13 cents
cs-vol ;; value ;; V ;; 53.8M shares ;; 58.3M shares ;; 58.3M ;; volume was 53.8M
cs-ratio ;; derived ;; V ;; about 1.2 times ;; about 1.8 times ;; 1.8 times ;; 53.8 / 43.6 is 1.2
cs-avg ;; value ;; V ;; average of 43.6M ;; average of 46.3M ;; 46.3M ;; the 20-day average is 43.6M
cs-5d ;; value ;; V ;; Five sessions: -1.80% ;; Five sessions: -1.08% ;; -1.08% ;; the five-session change
  is -1.80%
cs-5dtf ;; timeframe ;; V ;; Five sessions: -1.80% ;; Five sessions: +0.30% ;; +0.30% ;; +0.30% is the month's
  change; the five-session change is -1.80% ;; real
cs-tue ;; history ;; V ;; Tuesday's close was $615.97 ;; Tuesday's close was $616.97 ;; $616.97 ;;
  Tuesday's close
  was $615.97
cs-mon ;; history ;; V ;; Monday's was $621.56 ;; Monday's was $618.47 ;; $618.47 ;; Monday closed at $621.56;
  $618.47 was Friday ;; real
cs-rec ;; value ;; V ;; The record close, $629.76 ;; The record close, $627.96 ;; $627.96 ;; the record
  close is $629.76
cs-recd ;; date ;; DU ;; on Wednesday, Nov 11 ;; on Wednesday, Nov 4 ;; Nov 4 ;; the record close was on
  Nov 11
cs-recwd ;; date ;; WM ;; on Wednesday, Nov 11 ;; on Tuesday, Nov 11 ;; Tuesday, Nov 11 ;; Nov 11, 2026
  was a Wednesday
cs-recp ;; value ;; V ;; QQQ is 1.80% below it ;; QQQ is 2.80% below it ;; 2.80% ;; QQQ is 1.80% below the
  record
cs-intra ;; value ;; V ;; intraday record of $632.37 ;; intraday record of $632.73 ;; $632.73 ;; the
  intraday record
  is $632.37
cs-intrad ;; date ;; WM ;; on Thursday, Nov 12 ;; on Friday, Nov 12 ;; Friday, Nov 12 ;; Nov 12 was a Thursday
cs-ndx ;; value ;; V ;; 25,431.32 (+0.42%) ;; 25,413.32 (+0.42%) ;; 25,413.32 ;; the Nasdaq 100 closed at
  25,431.32
cs-ndxp ;; value ;; V ;; (+0.42%) ;; (+0.24%) ;; +0.24% ;; the Nasdaq 100 rose 0.42%
cs-spy ;; value ;; V ;; SPY: $681.88 ;; SPY: $681.18 ;; $681.18 ;; SPY closed at $681.88
cs-dia ;; subject ;; V ;; DIA: $468.32 ;; DIA: $244.79 ;; $244.79 ;; DIA closed at $468.32; $244.79 is
  IWM's close ;; real
cs-iwm ;; value ;; V ;; IWM: $244.79 (-0.20%) ;; IWM: $244.79 (-0.45%) ;; -0.45% ;; IWM fell 0.20%
cs-iwmd ;; direction ;; D ;; IWM: $244.79 (-0.20%) ;; IWM: $244.79 (+0.20%) ;; +0.20% ;; IWM fell
cs-only ;; negation ;; D ;; the only one of the four funds that fell ;; the only one of the four funds
  that rose ;;
  the only one of the four funds that rose ;; IWM fell while the others rose
cs-sp1d ;; derived ;; DER ;; by 0.10 pp on the day ;; by 0.45 pp on the day ;; 0.45 pp ;; 0.40% - 0.30% is
  0.10 pp
cs-sp1m ;; value ;; V ;; by 0.77 pp over the month ;; by 0.97 pp over the month ;; 0.97 pp ;; the
  one-month spread is 0.77 pp
cs-50 ;; value ;; V ;; 50-day average: $613.02 ;; 50-day average: $613.20 ;; $613.20 ;; the 50-day is $613.02
cs-50p ;; value ;; V ;; QQQ 0.88% above it ;; QQQ 0.68% above it ;; 0.68% ;; QQQ is 0.88% above the 50-day
cs-200 ;; value ;; V ;; 200-day average: $579.94 ;; 200-day average: $575.94 ;; $575.94 ;; the 200-day is
  $579.94
cs-200p ;; value ;; V ;; QQQ 6.64% above it ;; QQQ 6.46% above it ;; 6.46% ;; QQQ is 6.64% above the 200-day
cs-200s ;; level ;; P ;; QQQ 6.64% above it ;; QQQ 6.64% below it ;; 6.64% below ;; $618.43 is above $579.94
cs-xd ;; date ;; DU ;; dates to Jul 27 ;; dates to Jul 17 ;; Jul 17 ;; the cross was on Jul 27
cs-xn ;; history ;; V ;; 81 sessions ago ;; 18 sessions ago ;; 18 sessions ;; the cross is 81 sessions old
cs-xp ;; pattern ;; P ;; The golden cross dates ;; The death cross dates ;; death cross ;; the 50-day is
  above the 200-day
cs-slope ;; trend ;; P ;; Both averages are still climbing ;; Both averages are now falling ;; falling ;;
  both slopes
  are positive
cs-slopen ;; trend ;; V ;; about 1.7% over ;; about 2.7% over ;; 2.7% ;; the 50-day slope is 1.65%
cs-rsi ;; indicator ;; V ;; RSI(14): 50.5 ;; RSI(14): 55.5 ;; 55.5 ;; RSI is 50.5
cs-rsiw ;; indicator ;; IND ;; Not overbought, not oversold. ;; Deeply oversold. ;; Deeply oversold ;; RSI
  50.5 is neutral
cs-macd ;; indicator ;; V ;; MACD 2.09 under ;; MACD 2.90 under ;; 2.90 ;; MACD is 2.09
cs-sig ;; indicator ;; V ;; signal line of 2.86 ;; signal line of 2.68 ;; 2.68 ;; the signal line is 2.86
cs-under ;; indicator ;; IND ;; MACD 2.09 under a signal ;; MACD 2.09 over a signal ;; over ;; 2.09 is
  under 2.86
cs-atr ;; indicator ;; V ;; ATR(14): $7.64 ;; ATR(14): $7.46 ;; $7.46 ;; the ATR is $7.64
cs-bbl ;; indicator ;; V ;; from $609.93 ;; from $609.39 ;; $609.39 ;; the lower band is $609.93
cs-bbu ;; indicator ;; V ;; to $629.13. ;; to $629.31. ;; $629.31 ;; the upper band is $629.13
cs-lv2 ;; level ;; V ;; then $623.73 ;; then $623.37 ;; $623.37 ;; the level is $623.73
cs-lv2d ;; date ;; WM ;; tested Tuesday, Nov 17 ;; tested Monday, Nov 17 ;; Monday, Nov 17 ;; Nov 17 was a
  Tuesday
cs-lv5 ;; level ;; V ;; then $609.62 ;; then $609.26 ;; $609.26 ;; the level is $609.62
cs-lv5d ;; date ;; DU ;; last tested Nov 3 ;; last tested Nov 5 ;; Nov 5 ;; the level was last tested Nov 3
cs-rng ;; history ;; V ;; bottom of a
  41-session range ;; bottom of a
  14-session range ;; 14-session ;; the range is 41 sessions old
cs-stop ;; setup ;; SG ;; stop $607.29, target ;; stop $617.29, target ;; $617.29 ;; a long's stop must
  sit below the
  $613.02 entry
cs-rr ;; setup ;; SRR ;; roughly 1.6 to 1 ;; roughly 2.6 to 1 ;; 2.6 to 1 ;; 9.19 / 5.73 is 1.6
cs-quote ;; quotation ;; NU ;; fell 0.9% to 25,326.20" ;; fell 1.9% to 25,326.20" ;; 1.9% ;; the source
  says 0.9%
cs-cite ;; citation ;; CU ;; minutes
  [2] ;; minutes
  [4] ;; [4] ;; two sources
cs-ytd ;; value ;; V ;; QQQ is up 3.57% ;; QQQ is up 5.37% ;; 5.37% ;; the year-to-date gain is 3.57%
cs-vix ;; value ;; V ;; to 17.40 ;; to 17.04 ;; 17.04 ;; the VIX closed at 17.40
""")

B = "crosstalk-GSPC-2026-11-16"
clean(B, "idx_GSPC-2026-11-16", "TV crosstalk", "txt",
      "a cable business channel's closing segment on Monday: an anchor and two guests who disagree, one "
      "of whom quotes Friday's drop wrong and is corrected on air", """\
THE CLOSING EXCHANGE | Monday, November 16, 2026 | Segment 3 of 5 | 4:06 PM ET
ANCHOR (DANA ORR), GUESTS: MILO PRATT (BULL), RENATA SOSA (BEAR)

ORR: The S&P 500 finished at 6,855.03, up 28.11 points or 0.41%. Milo, a bounce?

PRATT: More than a bounce. It opened at 6,834.37, dipped to 6,812.24 and still pushed up to 6,883.73.
  And look where it found buyers: right on top of the 50-day average, 6,808.57. It closed 0.68% above
  it. The golden cross from Sep 21 is 40 sessions old and the 200-day, 6,477.10, is 5.83% below us.

SOSA: Milo, it's one up day after Friday, when the index fell 1.2%.

ORR: Renata, I have to stop you there. Friday's drop was 0.6%, to 6,826.92 [1]. The 1.2% was the
  Nasdaq 100.

SOSA: Fair, 0.6%. My point stands. Over five sessions the index is still down 0.76%. It closed at
  6,957.72 on Friday, Nov 6 and it has not made a new record since the 6,968.14 close of Thursday,
  Oct 22. It sits 1.62% below that.

PRATT: And 15.43% above the April 28 low of 5,938.73. Year to date we're up 2.63%.

SOSA: Momentum says otherwise. MACD is 16.86 against a signal of 28.20, a histogram of minus 11.34.
  RSI is 50.1, nowhere. And the 20-day, 6,882.62, is above the price: the index is still below its
  20-day average.

ORR: The VIX fell 4.05% to 16.60. On Friday, quote, "The VIX rose to 17.3 from 16.4" [2].

PRATT: The rest of the board agreed with me. Nasdaq 100 up 0.48% to 25,557.13, the Dow up 0.30% to
  46,842.14, the Russell 2000 up 0.10% to 2,485.09. SPY closed at $683.25 and QQQ at $621.56. The S&P
  lagged the Nasdaq 100 by 0.07 points today and by 0.89 points over the past month.

SOSA: The first hurdle is 6,900 and the top of the range is the record at 6,968.14. Below, 6,808.57,
  then 6,758.82, the floor of a 39-session range, then 6,724.30, last tested on Oct 7.

PRATT: Which is my trade: buy 6,758.82, stop 6,704.85, target 6,935.27. Risk about 54 points to make
  about 176, better than three to one.

ORR: A daily ATR of 71.96 points, 1.05%, says either of you can be right by Wednesday. We have to go.
  Coming up after the break: the holiday shopping outlook, with 39 days until Christmas.

<<SOURCES>>
""", sources=("hs-chips13", "tw-vix13"), source_format="paren")
plants(B, """
ct-close ;; value ;; V ;; finished at 6,855.03 ;; finished at 6,885.03 ;; 6,885.03 ;; the close was 6,855.03
ct-pts ;; value ;; V ;; up 28.11 points ;; up 21.18 points ;; 21.18 ;; the index rose 28.11 points
ct-pct ;; value ;; V ;; or 0.41%. Milo ;; or 0.14%. Milo ;; 0.14% ;; the index rose 0.41%
ct-dir ;; direction ;; D ;; up 28.11 points ;; down 28.11 points ;; down 28.11 ;; the index rose on Monday
ct-open ;; value ;; V ;; opened at 6,834.37 ;; opened at 6,843.37 ;; 6,843.37 ;; the open was 6,834.37
ct-low ;; value ;; V ;; dipped to 6,812.24 ;; dipped to 6,802.24 ;; 6,802.24 ;; the low was 6,812.24
ct-high ;; value ;; V ;; pushed up to 6,883.73 ;; pushed up to 6,888.73 ;; 6,888.73 ;; the high was 6,883.73
ct-50 ;; value ;; V ;; 50-day average, 6,808.57 ;; 50-day average, 6,880.57 ;; 6,880.57 ;; the 50-day is
  6,808.57
ct-50p ;; value ;; V ;; It closed 0.68% above ;; It closed 0.86% above ;; 0.86% ;; the index is 0.68% above
  the 50-day
ct-50s ;; level ;; P ;; It closed 0.68% above ;; It closed 0.68% below ;; 0.68% below ;; 6,855.03 is above
  6,808.57
ct-xd ;; date ;; DU ;; golden cross from Sep 21 ;; golden cross from Sep 28 ;; Sep 28 ;; the cross was on
  Sep 21
ct-xn ;; history ;; V ;; is 40 sessions old ;; is 46 sessions old ;; 46 sessions ;; the cross is 40
  sessions old
ct-xp ;; pattern ;; P ;; The golden cross from ;; The death cross from ;; death cross ;; the 50-day is above
  the 200-day
ct-200 ;; value ;; V ;; 200-day, 6,477.10 ;; 200-day, 6,747.10 ;; 6,747.10 ;; the 200-day is 6,477.10
ct-200p ;; value ;; V ;; is 5.83% below us ;; is 5.38% below us ;; 5.38% ;; the index is 5.83% above the
  200-day
ct-fri ;; value ;; V ;; drop was 0.6%, to ;; drop was 1.6%, to ;; 1.6% ;; Friday's drop was 0.6%
ct-fric ;; history ;; V ;; to 6,826.92 [1] ;; to 6,862.92 [1] ;; 6,862.92 ;; Friday's close was 6,826.92
ct-cite ;; citation ;; CU ;; to 6,826.92 [1] ;; to 6,826.92 [3] ;; [3] ;; two sources
ct-ndxw ;; subject ;; V ;; The 1.2% was the
  Nasdaq 100. ;; The 1.2% was the
  Dow. ;; the
  Dow ;; the Dow fell 0.3% on Friday; the 1.2% was the Nasdaq 100's
ct-5d ;; value ;; V ;; index is still down 0.76% ;; index is still down 0.79% ;; 0.79% ;; the five-session
  change
  is -0.76%
ct-5dtf ;; timeframe ;; V ;; Over five sessions the index is still down 0.76% ;; Over five sessions the
  index is
  still down 1.62% ;; 1.62% ;; the five-session change is -0.76%; 1.62% is the distance from the record ;;
  real
ct-nov6 ;; history ;; V ;; closed at
  6,957.72 on Friday ;; closed at
  6,975.72 on Friday ;; 6,975.72 ;; the Nov 6 close was 6,957.72
ct-nov6w ;; date ;; WM ;; on Friday, Nov 6 ;; on Thursday, Nov 6 ;; Thursday, Nov 6 ;; Nov 6 was a Friday
ct-neg ;; negation ;; P ;; it has not made a new record since ;; it has made a new record since ;; it has
  made a new
  record ;; the record close is still Oct 22's
ct-ath ;; value ;; V ;; the 6,968.14 close ;; the 6,986.14 close ;; 6,986.14 ;; the record close is 6,968.14
ct-athd ;; date ;; WM ;; of Thursday,
  Oct 22 ;; of Friday,
  Oct 22 ;; Friday,
  Oct 22 ;; Oct 22, 2026 was a Thursday
ct-athp ;; value ;; V ;; It sits 1.62% below ;; It sits 2.62% below ;; 2.62% ;; the index is 1.62% below
  the record
ct-low52 ;; value ;; V ;; And 15.43% above ;; And 13.45% above ;; 13.45% ;; the index is 15.43% above the low
ct-low52c ;; value ;; V ;; low of 5,938.73 ;; low of 5,983.73 ;; 5,983.73 ;; the 52-week low close is 5,938.73
ct-low52d ;; date ;; DU ;; the April 28 low ;; the April 21 low ;; April 21 ;; the low was on April 28
ct-ytd ;; value ;; V ;; we're up 2.63% ;; we're up 3.62% ;; 3.62% ;; the year-to-date gain is 2.63%
ct-macd ;; indicator ;; V ;; MACD is 16.86 ;; MACD is 18.66 ;; 18.66 ;; MACD is 16.86
ct-sig ;; indicator ;; V ;; signal of 28.20 ;; signal of 22.80 ;; 22.80 ;; the signal is 28.20
ct-hist ;; indicator ;; V ;; minus 11.34 ;; minus 13.14 ;; 13.14 ;; the histogram is -11.34
ct-rsi ;; indicator ;; V ;; RSI is 50.1 ;; RSI is 71.0 ;; 71.0 ;; RSI is 50.1
ct-20 ;; value ;; V ;; the 20-day, 6,882.62 ;; the 20-day, 6,828.62 ;; 6,828.62 ;; the 20-day is 6,882.62
ct-20s ;; negation ;; P ;; the index is still below its
  20-day average ;; the index is already above its
  20-day average ;; already above ;; 6,855.03 is below 6,882.62
ct-vix ;; value ;; V ;; fell 4.05% to ;; fell 5.04% to ;; 5.04% ;; the VIX fell 4.05%
ct-vixc ;; value ;; V ;; to 16.60. ;; to 16.06. ;; 16.06 ;; the VIX closed at 16.60
ct-vixd ;; direction ;; D ;; The VIX fell 4.05% ;; The VIX rose 4.05% ;; rose 4.05% ;; the VIX fell
ct-quote ;; quotation ;; NU ;; "The VIX rose to 17.3 from 16.4" ;; "The VIX rose to 18.3 from 16.4" ;;
  18.3 ;; the
  source says 17.3
ct-ndx ;; value ;; V ;; up 0.48% to 25,557.13 ;; up 0.84% to 25,557.13 ;; 0.84% ;; the Nasdaq 100 rose 0.48%
ct-ndxc ;; value ;; V ;; to 25,557.13, the ;; to 25,575.13, the ;; 25,575.13 ;; the Nasdaq 100 closed at
  25,557.13
ct-dji ;; value ;; V ;; Dow up 0.30% ;; Dow up 0.83% ;; 0.83% ;; the Dow rose 0.30%
ct-djic ;; value ;; V ;; to
  46,842.14 ;; to
  46,824.14 ;; 46,824.14 ;; the Dow closed at 46,842.14
ct-rut ;; value ;; V ;; up 0.10% to 2,485.09 ;; up 1.10% to 2,485.09 ;; 1.10% ;; the Russell 2000 rose 0.10%
ct-rutc ;; value ;; V ;; to 2,485.09. ;; to 2,458.09. ;; 2,458.09 ;; the Russell 2000 closed at 2,485.09
ct-spy ;; value ;; V ;; SPY closed at $683.25 ;; SPY closed at $683.52 ;; $683.52 ;; SPY closed at $683.25
ct-qqq ;; subject ;; V ;; QQQ at $621.56 ;; QQQ at $683.25 ;; $683.25 ;; QQQ closed at $621.56; $683.25 is
  SPY ;; real
ct-lag ;; value ;; DER ;; by 0.07 points today ;; by 0.70 points today ;; 0.70 points ;; the one-day
  spread is 0.07 pp
ct-lagm ;; value ;; V ;; by 0.89 points over ;; by 0.98 points over ;; 0.98 points ;; the one-month spread
  is 0.89 pp
ct-lagw ;; direction ;; D ;; The S&P
  lagged the Nasdaq 100 ;; The S&P
  led the Nasdaq 100 ;; led ;; 0.41% is under 0.48%
ct-6900 ;; level ;; V ;; The first hurdle is 6,900 ;; The first hurdle is 6,950 ;; 6,950 ;; the round
  level is 6,900
ct-lv4 ;; level ;; V ;; then 6,758.82, the ;; then 6,785.82, the ;; 6,785.82 ;; the range floor is 6,758.82
ct-rs ;; history ;; V ;; of a 39-session range ;; of a 93-session range ;; 93-session ;; the range is 39
  sessions old
ct-lv5 ;; level ;; V ;; then 6,724.30, last ;; then 6,742.30, last ;; 6,742.30 ;; the level is 6,724.30
ct-lv5d ;; date ;; DU ;; last tested on Oct 7 ;; last tested on Oct 9 ;; Oct 9 ;; the level was last
  tested Oct 7
ct-stop ;; setup ;; SG ;; stop 6,704.85, target ;; stop 6,784.85, target ;; 6,784.85 ;; a long's stop must
  sit below
  the 6,758.82 entry
ct-tgt ;; setup ;; V ;; target 6,935.27 ;; target 6,953.27 ;; 6,953.27 ;; the target is 6,935.27
ct-rr ;; setup ;; SRR ;; better than three to one ;; better than five to one ;; five to one ;; 176.45 /
  53.97 is 3.3
ct-risk ;; derived ;; DER ;; Risk about 54 points ;; Risk about 45 points ;; 45 points ;; 6,758.82 -
  6,704.85 is 53.97
ct-atr ;; indicator ;; V ;; ATR of 71.96 points ;; ATR of 79.16 points ;; 79.16 ;; the ATR is 71.96
ct-atrp ;; indicator ;; V ;; points, 1.05%, says ;; points, 1.50%, says ;; 1.50% ;; the ATR is 1.05% of
  the index
""")

B = "llm-QQQ-2026-11-20"
clean(B, "QQQ-2026-11-20", "LLM-written article", "md",
      "a content farm's article generated by a language model, with its tics left in: bold labels, "
      "hedges, 'delve', a Key Takeaways box, an FAQ and a disclaimer", """\
# QQQ Soars 1.90% on Friday: What Investors Need to Know

*Reading time: 4 minutes | Updated Nov 21, 2026*

In today's fast-paced market landscape, it's important to delve into what moved the Invesco QQQ
  Trust on Friday, November 20, 2026. Let's break it down.

## Key Takeaways

- **Close:** QQQ ended the session at $626.40, a gain of $11.68 (1.90%).
- **Range:** The fund traded between $614.90 and $631.45 after opening at $618.09.
- **Volume:** 86.8M shares changed hands, roughly 2.0 times the 20-day average of 44.3M.
- **Relative strength:** QQQ outperformed the SPDR S&P 500 ETF (SPY) by 0.80 percentage points.
- **Record watch:** It's worth noting that QQQ remains 0.53% below its record close of $629.76.

## A Closer Look at the Price Action

It's important to note that Friday's move was notably large. At 1.6 times the 14-day ATR of
  $8.05, the rally arguably stands out. QQQ opened with a 0.55% gap above Thursday's close of $614.72
  and did not look back. Interestingly, the intraday high of $631.45 briefly took the fund above its
  record close, although it stayed below the intraday record of $632.37 set on Thursday, Nov 12.

## How Did Other Markets Perform?

It's also worth mentioning the broader market:

| Fund | Close | Change |
|---|---|---|
| SPY | $688.00 | +1.10% |
| DIA | $471.60 | +0.60% |
| IWM | $244.30 | +0.30% |

QQQ led all three. Meanwhile, the Nasdaq 100 index rose 1.89% to 25,753.96, and the VIX dropped 9.30%
  to 15.60. Harbor Street Wire reported that megacap shares were "lifting the Nasdaq 100 1.9% to
  25,753.96" [1].

## Technical Indicators: A Deep Dive

- **RSI (14):** 56.4, which could suggest moderate bullish momentum without being overbought.
- **MACD:** 1.96, still slightly under its signal line of 2.46.
- **Moving averages:** QQQ sits 2.02% above its 50-day SMA ($614.02) and 7.96% above its 200-day SMA
  ($580.22). The 50-day has been above the 200-day since the golden cross of Jul 27, 83 sessions ago.
- **Bollinger Bands:** The close sits just below the upper band of $629.47.

## Options Landscape

Ahead of the Nov 27 expiry, put/call open interest stands at 1.32. The largest call open interest
  sits at the $640 strike and the largest put open interest at $610, while max pain is $630.
  According to Tapewatch, "Friday's monthly options expiry came and went without drama" [2].

## Potential Trade Setup (For Educational Purposes Only)

A potential long setup might involve an entry at $630.00, a stop-loss at $621.95 and a target of
  $649.31, offering a reward-to-risk ratio of approximately 2.4.

## Frequently Asked Questions

**Is QQQ at an all-time high?** Not quite. Its record close is $629.76, set on Wednesday, Nov 11.

**How has QQQ done this year?** It is up 4.91% year to date and 1.28% over five sessions.

**Is QQQ below its 50-day moving average?** No. It is no longer anywhere near it: the gap is 2.02%.

## Conclusion

In conclusion, Friday's rally was a testament to the resilience of large-cap technology. As always,
  investors should do their own research.

*Disclaimer: This article was generated with the assistance of AI and is for informational purposes
  only. 0 of the authors hold positions. Rated 4.6/5 by 128 readers.*

<<SOURCES>>
""", sources=("hs-megacap20", "tw-opex20"))
plants(B, """
ll-head ;; value ;; V ;; # QQQ Soars 1.90% ;; # QQQ Soars 1.09% ;; 1.09% ;; QQQ rose 1.90%
ll-headd ;; direction ;; D ;; # QQQ Soars ;; # QQQ Sinks ;; Sinks ;; QQQ rose
ll-day ;; date ;; WM ;; on Friday, November 20 ;; on Thursday, November 20 ;; Thursday, November 20 ;; Nov 20,
  2026 is a Friday
ll-close ;; value ;; V ;; session at $626.40 ;; session at $624.60 ;; $624.60 ;; QQQ closed at $626.40
ll-chg ;; value ;; V ;; a gain of $11.68 ;; a gain of $11.86 ;; $11.86 ;; QQQ rose $11.68
ll-dir ;; direction ;; D ;; a gain of $11.68 ;; a loss of $11.68 ;; a loss of $11.68 ;; QQQ rose
ll-low ;; value ;; V ;; between $614.90 ;; between $614.09 ;; $614.09 ;; the low was $614.90
ll-high ;; value ;; V ;; and $631.45 after ;; and $633.45 after ;; $633.45 ;; the high was $631.45
ll-open ;; value ;; V ;; opening at $618.09 ;; opening at $618.90 ;; $618.90 ;; the open was $618.09
ll-vol ;; value ;; V ;; 86.8M shares ;; 88.6M shares ;; 88.6M ;; volume was 86.8M
ll-ratio ;; value ;; V ;; roughly 2.0 times ;; roughly 3.0 times ;; 3.0 times ;; the volume ratio is 2.0
ll-avg ;; value ;; V ;; average of 44.3M ;; average of 43.4M ;; 43.4M ;; the 20-day average is 44.3M
ll-rel ;; derived ;; DER ;; by 0.80 percentage points ;; by 0.45 percentage points ;; 0.45 percentage
  points ;; 1.90% -
  1.10% is 0.80 pp
ll-relsub ;; subject ;; DER ;; (SPY) by 0.80 percentage ;; (SPY) by 1.60 percentage ;; 1.60 percentage ;;
  1.60 pp is
  the gap to IWM, not SPY ;; real
ll-athp ;; value ;; V ;; remains 0.53% below ;; remains 0.35% below ;; 0.35% ;; QQQ is 0.53% below the record
ll-ath ;; value ;; V ;; record close of $629.76. ;; record close of $627.96. ;; $627.96 ;; the record
  close is $629.76
ll-atr ;; value ;; V ;; At 1.6 times ;; At 2.6 times ;; 2.6 times ;; the move is 1.6 ATRs
ll-atrv ;; indicator ;; V ;; ATR of
  $8.05 ;; ATR of
  $8.50 ;; $8.50 ;; the ATR is $8.05
ll-mag ;; magnitude ;; MG ;; move was notably large ;; move was barely a blip ;; barely a blip ;; a 1.90%
  move is 1.6 ATRs
ll-gap ;; value ;; V ;; with a 0.55% gap ;; with a 0.65% gap ;; 0.65% ;; the gap was 0.55%
ll-gapd ;; direction ;; D ;; gap above Thursday's ;; gap below Thursday's ;; gap below ;; $618.09 is above
  $614.72
ll-thu ;; history ;; V ;; close of $614.72 ;; close of $618.43 ;; $618.43 ;; Thursday's close was $614.72;
  $618.43
  was Wednesday's ;; real
ll-thuw ;; date ;; WM ;; above Thursday's close ;; above Wednesday's close ;; Wednesday's close ;; $614.72 was
  Thursday's close
ll-above ;; pattern ;; P ;; briefly took the fund above its
  record close ;; briefly took the fund below its
  record close ;; below its
  record close ;; $631.45 is above $629.76
ll-intra ;; value ;; V ;; intraday record of $632.37 ;; intraday record of $631.37 ;; $631.37 ;; the
  intraday record
  is $632.37
ll-intrad ;; date ;; DU ;; on Thursday, Nov 12 ;; on Thursday, Nov 19 ;; Nov 19 ;; the intraday record was
  on Nov 12
ll-spy ;; value ;; V ;; | SPY | $688.00 ;; | SPY | $686.00 ;; $686.00 ;; SPY closed at $688.00
ll-spyp ;; value ;; V ;; | +1.10% | ;; | +1.01% | ;; +1.01% ;; SPY rose 1.10%
ll-dia ;; value ;; V ;; | DIA | $471.60 ;; | DIA | $476.10 ;; $476.10 ;; DIA closed at $471.60
ll-diap ;; value ;; V ;; | +0.60% | ;; | +0.66% | ;; +0.66% ;; DIA rose 0.60%
ll-iwm ;; value ;; V ;; | IWM | $244.30 ;; | IWM | $243.40 ;; $243.40 ;; IWM closed at $244.30
ll-iwmp ;; direction ;; D ;; | +0.30% | ;; | -0.30% | ;; -0.30% ;; IWM rose 0.30%
ll-led ;; negation ;; D ;; QQQ led all three. ;; QQQ trailed all three. ;; trailed all three ;; QQQ's
  1.90% beat all three
ll-ndx ;; value ;; V ;; rose 1.89% to ;; rose 1.79% to ;; 1.79% ;; the Nasdaq 100 rose 1.89%
ll-ndxc ;; value ;; V ;; to 25,753.96, and ;; to 25,735.96, and ;; 25,735.96 ;; the Nasdaq 100 closed at
  25,753.96
ll-vix ;; value ;; V ;; dropped 9.30% ;; dropped 3.90% ;; 3.90% ;; the VIX fell 9.30%
ll-vixc ;; value ;; V ;; to 15.60. Harbor ;; to 16.50. Harbor ;; 16.50 ;; the VIX closed at 15.60
ll-quote ;; quotation ;; NU ;; "lifting the Nasdaq 100 1.9% ;; "lifting the Nasdaq 100 2.9% ;; 2.9% ;; the
  source says 1.9%
ll-cite ;; citation ;; CU ;; 25,753.96" [1] ;; 25,753.96" [3] ;; [3] ;; two sources
ll-rsi ;; indicator ;; V ;; **RSI (14):** 56.4 ;; **RSI (14):** 65.4 ;; 65.4 ;; RSI is 56.4
ll-rsiw ;; indicator ;; IND ;; without being overbought ;; and is now overbought ;; now overbought ;; RSI
  56.4 is
  under 70
ll-macd ;; indicator ;; V ;; **MACD:** 1.96 ;; **MACD:** 1.69 ;; 1.69 ;; MACD is 1.96
ll-macds ;; indicator ;; IND ;; slightly under its signal ;; slightly over its signal ;; over its signal
  ;; 1.96 is
  under 2.46
ll-sig ;; indicator ;; V ;; signal line of 2.46 ;; signal line of 2.64 ;; 2.64 ;; the signal is 2.46
ll-50p ;; value ;; V ;; QQQ sits 2.02% above ;; QQQ sits 2.12% above ;; 2.12% ;; QQQ is 2.02% above the 50-day
ll-50 ;; value ;; V ;; 50-day SMA ($614.02) ;; 50-day SMA ($614.20) ;; $614.20 ;; the 50-day is $614.02
ll-200p ;; value ;; V ;; and 7.96% above ;; and 6.97% above ;; 6.97% ;; QQQ is 7.96% above the 200-day
ll-200 ;; value ;; V ;; ($580.22). The ;; ($582.02). The ;; $582.02 ;; the 200-day is $580.22
ll-x ;; pattern ;; P ;; The 50-day has been above the 200-day ;; The 50-day has been below the 200-day ;;
  below the
  200-day ;; $614.02 is above $580.22
ll-xd ;; date ;; DU ;; golden cross of Jul 27 ;; golden cross of Jul 29 ;; Jul 29 ;; the cross was on Jul 27
ll-xn ;; history ;; V ;; 83 sessions ago ;; 38 sessions ago ;; 38 sessions ;; the cross is 83 sessions old
ll-bb ;; indicator ;; V ;; upper band of $629.47 ;; upper band of $624.97 ;; $624.97 ;; the upper band is
  $629.47
ll-bbside ;; direction ;; D ;; just below the upper band ;; just above the upper band ;; just above the
  upper band ;;
  $626.40 is below $629.47
ll-exp ;; date ;; DU ;; Ahead of the Nov 27 expiry ;; Ahead of the Nov 25 expiry ;; Nov 25 ;; the options
  expire Nov 27
ll-pc ;; value ;; V ;; stands at 1.32 ;; stands at 1.27 ;; 1.27 ;; put/call open interest is 1.32
ll-cw ;; value ;; V ;; at the $640 strike ;; at the $645 strike ;; $645 ;; the call wall is $640
ll-pw ;; value ;; V ;; put open interest at $610 ;; put open interest at $605 ;; $605 ;; the put wall is $610
ll-mp ;; value ;; V ;; max pain is $630. ;; max pain is $635. ;; $635 ;; max pain is $630
ll-oq ;; quotation ;; NU ;; "Friday's monthly options expiry came and went without drama" ;; "Friday's monthly
  options expiry came and went with plenty of drama" ;; with plenty of drama ;; the source says without drama
ll-stop ;; setup ;; SG ;; stop-loss at $621.95 ;; stop-loss at $631.95 ;; $631.95 ;; a long's stop must
  sit below
  the $630.00 entry
ll-tgt ;; setup ;; SG ;; target of
  $649.31 ;; target of
  $619.31 ;; $619.31 ;; a long's target must sit above the entry
ll-rr ;; setup ;; SRR ;; approximately 2.4. ;; approximately 3.6. ;; 3.6 ;; 19.31 / 8.05 is 2.4
ll-faq ;; pattern ;; P ;; Not quite. Its record ;; Yes. Its record ;; Yes ;; $626.40 is below the $629.76
  record
ll-faqd ;; date ;; WM ;; set on Wednesday, Nov 11 ;; set on Tuesday, Nov 11 ;; Tuesday, Nov 11 ;; Nov 11
  was a Wednesday
ll-ytd ;; value ;; V ;; up 4.91% year to date ;; up 4.19% year to date ;; 4.19% ;; the year-to-date gain
  is 4.91%
ll-5d ;; timeframe ;; V ;; and 1.28% over five sessions ;; and 0.27% over five sessions ;; 0.27% ;; 0.27%
  is the
  month's return; five sessions gave 1.28% ;; real
ll-neg ;; negation ;; P ;; **Is QQQ below its 50-day moving average?** No. ;; **Is QQQ below its 50-day moving
  average?** Yes. ;; Yes ;; $626.40 is above $614.02
""")

B = "holiday-DIA-2026-11-20"
clean(B, "DIA-2026-11-20", "holiday hours notice", "txt",
      "an online broker's Thanksgiving-week trading-hours notice to clients with a short recap of the "
      "Dow fund's week: times, dates, settlement days and phone numbers next to the market figures", """\
CLIENT NOTICE 2026-118 | Thanksgiving week trading hours | Issued Friday, Nov 20, 2026, 6:15 pm ET

1. HOURS
US equity and options markets are closed on Thursday, Nov 26 (Thanksgiving Day) and close early, at
  1:00 pm ET, on Friday, Nov 27. Options that expire on Nov 27 stop trading at 1:00 pm ET too. Trades
  done on Wednesday, Nov 25 settle on Friday, Nov 27 (T+1). Our phone desk (1-800-555-0142) keeps
  its usual 8:00 am to 8:00 pm hours except on the 26th.

2. WHERE THE DOW FUND STANDS GOING INTO THE HOLIDAY WEEK
The SPDR Dow Jones Industrial Average ETF (DIA) closed Friday at $471.60, up $2.81 or 0.60%, its
  third higher close in a row (+1.00% over the three sessions). It opened at $468.96, dipped to
  $467.35 and reached $471.86. Volume was 5.5M shares, 1.6 times its 20-day average of 3.4M. The
  Dow itself rose 0.58% to 47,220.31; the wire put it at "0.6% to 47,220.31" [1].

For the week DIA gained 1.10%, after a Friday, Nov 13 close of $466.45. Over a month it is down
  0.17% and for the year it is down 0.72%. It is 4.52% below the record close of $493.91 (Jan 12)
  and 11.38% above the 52-week low of $423.43 (Apr 30).

DIA gained less than SPY (+1.10%), trailing it by 0.50 pp, and far less than QQQ (+1.90%), but it
  beat IWM (+0.30%) by 0.30 pp. The session's move was modest: 0.6 times the 14-day ATR of $4.50.

3. LEVELS CLIENTS ASK ABOUT
Above: $473.00 (three tests, and the options max-pain strike for Nov 27), then $474.50 (the top of
  a 43-session range), $476.13 and $480 (the largest call open interest).
Below: $470, then the 50-day average at $467.61 (four tests), then $464.29 (range floor).
DIA is 0.85% above its 50-day and 3.69% above its 200-day ($454.80); the 50-day has been above the
  200-day since the golden cross of Friday, Oct 2. RSI is 55.5. Put/call open interest: 1.14.
It is not yet above the range: the close is still under the $474.50 top.

4. REMINDER
On Monday, Nov 16 DIA "closed at $467.85" [2]; it has gained $3.75 since. Margin requirements do not
  change over the holiday. Questions: service@example-broker.test, or reply to this notice. Member
  SIPC. Page 1 of 1.

<<SOURCES>>
""", sources=("ld-rebound20", "ld-bluechips16"), source_format="paren")
plants(B, """
ho-thx ;; date ;; WM ;; closed on Thursday, Nov 26 ;; closed on Wednesday, Nov 26 ;; Wednesday, Nov 26 ;;
  Nov 26,
  2026 is a Thursday
ho-issued ;; date ;; WM ;; Issued Friday, Nov 20 ;; Issued Saturday, Nov 20 ;; Saturday, Nov 20 ;; Nov 20,
  2026 is
  a Friday
ho-close ;; value ;; V ;; closed Friday at $471.60 ;; closed Friday at $476.10 ;; $476.10 ;; DIA closed at
  $471.60
ho-chg ;; value ;; V ;; up $2.81 or ;; up $2.18 or ;; $2.18 ;; DIA rose $2.81
ho-pct ;; value ;; V ;; or 0.60%, its ;; or 0.66%, its ;; 0.66% ;; DIA rose 0.60%
ho-dir ;; direction ;; D ;; up $2.81 or 0.60% ;; down $2.81 or 0.60% ;; down $2.81 ;; DIA rose
ho-streak ;; history ;; V ;; its
  third higher close in a row ;; its
  fifth higher close in a row ;; fifth higher close ;; three up closes
ho-3d ;; history ;; V ;; (+1.00% over the three sessions) ;; (+1.40% over the three sessions) ;; +1.40% ;; the
  three-session gain is 1.00%
ho-open ;; value ;; V ;; opened at $468.96 ;; opened at $469.86 ;; $469.86 ;; the open was $468.96
ho-low ;; value ;; V ;; dipped to
  $467.35 ;; dipped to
  $466.35 ;; $466.35 ;; the low was $467.35
ho-high ;; value ;; V ;; reached $471.86 ;; reached $472.86 ;; $472.86 ;; the high was $471.86
ho-vol ;; value ;; V ;; Volume was 5.5M ;; Volume was 4.5M ;; 4.5M ;; volume was 5.5M
ho-ratio ;; value ;; V ;; 1.6 times its ;; 2.6 times its ;; 2.6 times ;; the volume ratio is 1.6
ho-dji ;; value ;; V ;; Dow itself rose 0.58% ;; Dow itself rose 0.88% ;; 0.88% ;; the Dow rose 0.58%
ho-djic ;; value ;; V ;; rose 0.58% to 47,220.31; ;; rose 0.58% to 47,202.31; ;; 47,202.31 ;; the Dow
  closed at 47,220.31
ho-quote ;; quotation ;; NU ;; "0.6% to 47,220.31" [1] ;; "0.8% to 47,220.31" [1] ;; 0.8% ;; the source
  says 0.6%
ho-cite ;; citation ;; CU ;; 47,220.31" [1] ;; 47,220.31" [5] ;; [5] ;; two sources
ho-wk ;; value ;; V ;; For the week DIA gained 1.10% ;; For the week DIA gained 1.01% ;; 1.01% ;; the
  week's gain is 1.10%
ho-wktf ;; timeframe ;; V ;; For the week DIA gained 1.10% ;; For the week DIA gained 0.60% ;; 0.60% ;;
  0.60% is the
  day's move; the week gave 1.10% ;; real
ho-fri ;; history ;; V ;; close of $466.45 ;; close of $466.54 ;; $466.54 ;; the Nov 13 close was $466.45
ho-friw ;; date ;; WM ;; after a Friday, Nov 13 ;; after a Thursday, Nov 13 ;; Thursday, Nov 13 ;; Nov 13
  was a Friday
ho-1m ;; value ;; V ;; it is down
  0.17% ;; it is down
  0.71% ;; 0.71% ;; the month's change is -0.17%
ho-ytd ;; value ;; V ;; it is down 0.72% ;; it is down 0.52% ;; 0.52% ;; the year-to-date change is -0.72%
ho-athp ;; value ;; V ;; It is 4.52% below ;; It is 4.25% below ;; 4.25% ;; DIA is 4.52% below the record
ho-ath ;; value ;; V ;; record close of $493.91 ;; record close of $491.93 ;; $491.93 ;; the record close
  is $493.91
ho-athd ;; date ;; DU ;; $493.91 (Jan 12) ;; $493.91 (Jan 21) ;; Jan 21 ;; the record was on Jan 12
ho-lowp ;; value ;; V ;; 11.38% above ;; 13.18% above ;; 13.18% ;; DIA is 11.38% above the 52-week low
ho-low52 ;; value ;; V ;; low of $423.43 ;; low of $432.43 ;; $432.43 ;; the 52-week low is $423.43
ho-lowd ;; date ;; DU ;; $423.43 (Apr 30) ;; $423.43 (Apr 3) ;; Apr 3 ;; the low was on Apr 30
ho-spy ;; value ;; V ;; SPY (+1.10%) ;; SPY (+1.40%) ;; +1.40% ;; SPY rose 1.10%
ho-gap ;; derived ;; DER ;; trailing it by 0.50 pp ;; trailing it by 0.70 pp ;; 0.70 pp ;; 1.10% - 0.60%
  is 0.50 pp
ho-less ;; direction ;; D ;; DIA gained less than SPY ;; DIA gained more than SPY ;; gained more than SPY
  ;; 0.60% is
  under 1.10%
ho-qqq ;; value ;; V ;; QQQ (+1.90%) ;; QQQ (+1.70%) ;; +1.70% ;; QQQ rose 1.90%
ho-iwm ;; subject ;; V ;; IWM (+0.30%) ;; IWM (+0.60%) ;; +0.60% ;; IWM rose 0.30%; 0.60% is DIA's move ;;
  real
ho-iwmg ;; derived ;; DER ;; by 0.30 pp. The ;; by 0.90 pp. The ;; 0.90 pp ;; 0.60% - 0.30% is 0.30 pp
ho-mag ;; magnitude ;; MG ;; move was modest ;; move was explosive ;; explosive ;; 0.6 ATR and 0.60%
ho-atrx ;; value ;; V ;; 0.6 times the 14-day ;; 2.9 times the 14-day ;; 2.9 times ;; the move is 0.6 ATR
ho-atr ;; indicator ;; V ;; ATR of $4.50 ;; ATR of $5.40 ;; $5.40 ;; the ATR is $4.50
ho-473 ;; level ;; V ;; Above: $473.00 ;; Above: $473.50 ;; $473.50 ;; the level is $473.00
ho-473t ;; level ;; V ;; (three tests, ;; (five tests, ;; five tests ;; $473.00 has three touches
ho-mp ;; date ;; DU ;; max-pain strike for Nov 27 ;; max-pain strike for Nov 24 ;; Nov 24 ;; the expiry is
  Nov 27
ho-top ;; level ;; V ;; then $474.50 (the top ;; then $475.40 (the top ;; $475.40 ;; the range top is $474.50
ho-rs ;; history ;; V ;; a 43-session range ;; a 34-session range ;; 34-session ;; the range is 43
  sessions old
ho-476 ;; level ;; V ;; $476.13 and ;; $476.31 and ;; $476.31 ;; the level is $476.13
ho-cw ;; value ;; V ;; and $480 (the largest ;; and $485 (the largest ;; $485 ;; the call wall is $480
ho-side ;; level ;; LW ;; Below: $470, then ;; Below: $473, then ;; Below: $473 ;; $473 is above the
  $471.60 close
ho-50 ;; value ;; V ;; average at $467.61 ;; average at $467.16 ;; $467.16 ;; the 50-day is $467.61
ho-50t ;; level ;; V ;; (four tests) ;; (two tests) ;; two tests ;; the 50-day level has four touches
ho-floor ;; level ;; V ;; then $464.29 (range floor) ;; then $462.49 (range floor) ;; $462.49 ;; the range
  floor is $464.29
ho-50p ;; value ;; V ;; DIA is 0.85% above ;; DIA is 0.65% above ;; 0.65% ;; DIA is 0.85% above the 50-day
ho-200p ;; value ;; V ;; 3.69% above its 200-day ;; 3.96% above its 200-day ;; 3.96% ;; DIA is 3.69% above
  the 200-day
ho-200 ;; value ;; V ;; ($454.80) ;; ($458.40) ;; $458.40 ;; the 200-day is $454.80
ho-xw ;; date ;; WM ;; golden cross of Friday, Oct 2 ;; golden cross of Monday, Oct 2 ;; Monday, Oct 2 ;;
  Oct 2,
  2026 was a Friday
ho-xp ;; pattern ;; P ;; the 50-day has been above the
  200-day ;; the 50-day has been below the
  200-day ;; below the
  200-day ;; $467.61 is above $454.80
ho-rsi ;; indicator ;; V ;; RSI is 55.5 ;; RSI is 58.5 ;; 58.5 ;; RSI is 55.5
ho-pc ;; value ;; V ;; open interest: 1.14 ;; open interest: 1.41 ;; 1.41 ;; put/call is 1.14
ho-neg ;; negation ;; P ;; It is not yet above the range ;; It is now above the range ;; now above the
  range ;;
  $471.60 is under the $474.50 top
ho-mon ;; quotation ;; NU ;; "closed at $467.85" [2] ;; "closed at $468.75" [2] ;; $468.75 ;; the source
  says $467.85
ho-monw ;; date ;; WM ;; On Monday, Nov 16 DIA ;; On Tuesday, Nov 16 DIA ;; Tuesday, Nov 16 ;; Nov 16 was
  a Monday
ho-since ;; derived ;; DER ;; gained $3.75 since ;; gained $4.75 since ;; $4.75 ;; $471.60 - $467.85 is $3.75
""")

B = "complaint-IWM-2026-11-20"
clean(B, "IWM-2026-11-20", "complaint and reply", "txt",
     "a retail client's complaint that a buy-stop order on the small-cap fund never filled, and the "
     "broker's complaints team's reply walking through the day's prices; case numbers, order ids, "
     "dates and a 15-business-day deadline on purpose", """\
From: J. Okafor <acct 7730-2291>
To: Complaints Team
Date: Saturday, Nov 21, 2026 9:12 AM
Subject: Order 55810 did not fill

I entered a buy stop for 40 shares of IWM at $245.00 on Friday morning, good for the day. Small caps
  were up, the S&P 500 was up more than 1%, and I am sure IWM went through $245 at some point. My order
  never filled and I missed the move. I have been a client for 11 years. Please explain.

From: Complaints Team (case C-2026-04417)
Date: Monday, Nov 23, 2026
Subject: RE: Order 55810 did not fill

Dear Mr. Okafor,

Thank you for writing. We reviewed order 55810 against the consolidated tape for Friday, Nov 20.

1. IWM opened at $244.20, traded as high as $244.45 and as low as $243.65, and closed at $244.30, up
  $0.73 (0.30%) from Thursday's close of $243.57. It never traded at $245.00, so a buy stop there was
  not triggered. The high of the day stayed 55 cents below your stop.
2. You are right that the broad market was strong: SPY rose 1.10% and QQQ 1.90%. Small caps lagged
  both, and also the Dow fund DIA (+0.60%). IWM had the weakest day of the four, trailing SPY by 0.80
  percentage points. The Russell 2000 itself rose 0.30% to 2,456.17.
3. For context, $245.00 is also where the largest open interest would expire worthless on Nov 27
  (max pain), and it sits just under the 50-day average of $245.77. IWM closed 0.60% below that
  average. The fund has not closed above $245.77 since Monday, Nov 16, when it finished at $247.26.
4. Volume was heavy, 39.6M shares against a 20-day average of 30.0M, about 1.3 times normal, but the
  day's range was narrow: 80 cents, well under the 14-day ATR of $2.83.

As a local paper put it, IWM is "still boxed between roughly $240 and $250, where it has traded for
  five weeks" [1]. Bond yields fell that day too: "The 10-year yield fell 7 basis points to 4.06%"
  [2].

For your records: over five sessions IWM is down 1.10%, over a month down 1.65%, and up 0.42% this
  year. It stands 5.23% below its record close of $257.77 from Nov 28, 2025, and 19.70% above its
  Apr 9 low of $204.10. The 14-day RSI is 48.2.

We do not find an error in the handling of your order, so we cannot offer compensation. If you
  disagree, you may refer the case to the ombudsman within 15 business days. Our reference: C-2026-04417.

<<SOURCES>>
""", sources=("ld-smallcaps20", "mb-yields20"), source_format="plain")
plants(B, """
cp-open ;; value ;; V ;; IWM opened at $244.20 ;; IWM opened at $244.02 ;; $244.02 ;; the open was $244.20
cp-high ;; value ;; V ;; as high as $244.45 ;; as high as $245.45 ;; $245.45 ;; the high was $244.45
cp-low ;; value ;; V ;; as low as $243.65 ;; as low as $243.56 ;; $243.56 ;; the low was $243.65
cp-close ;; value ;; V ;; closed at $244.30, up ;; closed at $244.03, up ;; $244.03 ;; IWM closed at $244.30
cp-chg ;; value ;; V ;; $0.73 (0.30%) ;; $0.37 (0.30%) ;; $0.37 ;; IWM rose $0.73
cp-pct ;; value ;; V ;; (0.30%) from ;; (0.33%) from ;; 0.33% ;; IWM rose 0.30%
cp-dir ;; direction ;; D ;; closed at $244.30, up ;; closed at $244.30, down ;; down ;; IWM rose
cp-thu ;; history ;; V ;; Thursday's close of $243.57 ;; Thursday's close of $244.79 ;; $244.79 ;;
  Thursday closed
  at $243.57; $244.79 was Wednesday ;; real
cp-thuw ;; date ;; WM ;; Thursday's close of ;; Wednesday's close of ;; Wednesday's close ;; $243.57 was
  Thursday's
cp-fri ;; date ;; WM ;; for Friday, Nov 20 ;; for Thursday, Nov 20 ;; Thursday, Nov 20 ;; Nov 20 is a Friday
cp-cents ;; derived ;; DER ;; stayed 55 cents below ;; stayed 35 cents below ;; 35 cents ;; $245.00 -
  $244.45 is 55 cents
cp-spy ;; value ;; V ;; SPY rose 1.10% ;; SPY rose 1.40% ;; 1.40% ;; SPY rose 1.10%
cp-qqq ;; subject ;; V ;; QQQ 1.90% ;; QQQ 1.10% ;; 1.10% ;; QQQ rose 1.90%; 1.10% is SPY's ;; real
cp-dia ;; value ;; V ;; DIA (+0.60%) ;; DIA (+0.70%) ;; +0.70% ;; DIA rose 0.60%
cp-worst ;; direction ;; D ;; IWM had the weakest day of the four ;; IWM had the strongest day of the four ;;
  strongest day ;; IWM's 0.30% was the smallest gain
cp-trail ;; derived ;; DER ;; trailing SPY by 0.80
  percentage points ;; trailing SPY by 1.80
  percentage points ;; 1.80 ;; 1.10% - 0.30% is 0.80 pp
cp-rut ;; value ;; V ;; rose 0.30% to 2,456.17 ;; rose 0.30% to 2,465.17 ;; 2,465.17 ;; the Russell 2000
  closed at
  2,456.17
cp-rutsc ;; scale ;; SC ;; rose 0.30% to 2,456.17 ;; rose 0.30% to $245.617 ;; $245.617 ;; the index is in
  points
cp-exp ;; date ;; DU ;; worthless on Nov 27 ;; worthless on Nov 28 ;; Nov 28 ;; the options expire Nov 27
cp-50 ;; value ;; V ;; average of $245.77 ;; average of $247.57 ;; $247.57 ;; the 50-day is $245.77
cp-under ;; level ;; D ;; just under the 50-day ;; just over the 50-day ;; just over ;; $245.00 is under
  $245.77
cp-50p ;; value ;; V ;; closed 0.60% below ;; closed 0.40% below ;; 0.40% ;; IWM is 0.60% below the 50-day
cp-50s ;; pattern ;; P ;; closed 0.60% below that ;; closed 0.60% above that ;; 0.60% above ;; $244.30 is
  below $245.77
cp-mon ;; history ;; V ;; finished at $247.26 ;; finished at $247.62 ;; $247.62 ;; Monday's close was $247.26
cp-monw ;; date ;; WM ;; since Monday, Nov 16 ;; since Sunday, Nov 16 ;; Sunday, Nov 16 ;; Nov 16 was a Monday
cp-vol ;; value ;; V ;; 39.6M shares ;; 36.9M shares ;; 36.9M ;; volume was 39.6M
cp-avg ;; value ;; V ;; average of 30.0M ;; average of 33.0M ;; 33.0M ;; the 20-day average is 30.0M
cp-ratio ;; value ;; V ;; about 1.3 times normal ;; about 2.3 times normal ;; 2.3 times ;; the volume
  ratio is 1.3
cp-rng ;; derived ;; DER ;; narrow: 80 cents ;; narrow: 60 cents ;; 60 cents ;; $244.45 - $243.65 is 80 cents
cp-atr ;; indicator ;; V ;; ATR of $2.83 ;; ATR of $3.82 ;; $3.82 ;; the ATR is $2.83
cp-quote ;; quotation ;; NU ;; where it has traded for
  five weeks" ;; where it has traded for
  seven weeks" ;; seven weeks ;; the source says five weeks
cp-qbox ;; quotation ;; NU ;; between roughly $240 and $250 ;; between roughly $240 and $260 ;; $260 ;;
  the source
  says $250
cp-cite ;; citation ;; CU ;; 4.06%"
  [2] ;; 4.06%"
  [3] ;; [3] ;; two sources
cp-yld ;; quotation ;; NU ;; fell 7 basis points to 4.06% ;; fell 9 basis points to 4.06% ;; 9 basis
  points ;; the
  source says 7
cp-5d ;; value ;; V ;; IWM is down 1.10% ;; IWM is down 1.01% ;; 1.01% ;; the five-session change is -1.10%
cp-1m ;; timeframe ;; V ;; over a month down 1.65% ;; over a month down 1.10% ;; 1.10% ;; -1.10% is the
  five-session
  change; the month's is -1.65% ;; real
cp-ytd ;; direction ;; D ;; and up 0.42% this ;; and down 0.42% this ;; down 0.42% ;; IWM is up on the year
cp-ytdv ;; value ;; V ;; up 0.42% this ;; up 0.44% this ;; 0.44% ;; the year-to-date gain is 0.42%
cp-athp ;; value ;; V ;; It stands 5.23% below ;; It stands 5.32% below ;; 5.32% ;; IWM is 5.23% below the
  record
cp-ath ;; value ;; V ;; close of $257.77 ;; close of $258.49 ;; $258.49 ;; the record close is $257.77;
  $258.49
  is the intraday record ;; real
cp-athd ;; date ;; DU ;; from Nov 28, 2025 ;; from Nov 21, 2025 ;; Nov 21, 2025 ;; the record close was on
  Nov 28, 2025
cp-lowp ;; value ;; V ;; and 19.70% above ;; and 17.90% above ;; 17.90% ;; IWM is 19.70% above the low
cp-lowd ;; date ;; DU ;; its
  Apr 9 low ;; its
  Apr 19 low ;; Apr 19 ;; the low was on Apr 9
cp-lowc ;; value ;; V ;; low of $204.10 ;; low of $201.40 ;; $201.40 ;; the 52-week low is $204.10
cp-rsi ;; indicator ;; V ;; RSI is 48.2 ;; RSI is 42.8 ;; 42.8 ;; RSI is 48.2
""")

B = "houseview-GSPC-2026-11-20"
clean(B, "idx_GSPC-2026-11-20", "house view one-pager", "md",
      "a private bank's weekly house view for clients: an asset-allocation table with portfolio weights "
      "and tilts (percentages that are not market moves) beside the week's index and cross-asset figures",
      """\
**HOUSE VIEW | Week 47 | Friday, November 20, 2026 | For professional clients | 1 page**

**Our stance: stay modestly overweight equities into the Dec 9 Fed decision.**

| Asset class | Strategic weight | Our tilt | Now |
|---|---|---|---|
| Global equities | 55% | +2% | 57% |
| Bonds | 35% | -2% | 33% |
| Gold and alternatives | 7% | 0% | 7% |
| Cash | 3% | 0% | 3% |

**What happened.** The S&P 500 rose 75.63 points, or 1.11%, to 6,901.69 on Friday, which left it up
  1.10% for the week but still down 0.95% over one month. Year to date the index has gained 3.33%. The
  Nasdaq 100 did better, up 1.89% to 25,753.96, while the Dow added 0.58% to 47,220.31 and the Russell
  2000 only 0.30% to 2,456.17 [1]. The VIX fell 9.30% to 15.60.

**Elsewhere.** Europe: the DAX gained 0.62% to 24,106.94. Asia was mixed: the Nikkei 225 rose 0.41% to
  48,912.62 but the Hang Seng lost 1.21% to 25,873.84. Gold rose 0.48% to 4,050.95 and WTI crude 1.04%
  to 67.80. Bitcoin climbed 2.27% to 91,229. EUR/USD ended at 1.1553 and USD/JPY at 155.29.

**Why we stay overweight.** The index is above its 50-day average (6,824.87) by 1.13% and 6.50%
  above its 200-day (6,480.69). It is within 0.95% of the Oct 22 record close of 6,968.14. RSI is 54.9:
  room to run. The close sat only 0.02% above the round 6,900; 7,000 is 1.42% away.

**What would change our mind.** A close back under 6,805.34, the bottom of the 29-session range, would
  take us back to neutral. The CPI report on Thursday, Dec 10 is the next test after the Fed.

**Recent path.** Monday, Nov 16: 6,855.03. Tuesday: 6,821.04. Wednesday: 6,841.38. Thursday: 6,826.06.
  Friday: 6,901.69. Four of five sessions ended between 6,820 and 6,860; the fifth broke out.

*Weights are of a balanced mandate; tilts are changes from strategic weights, not forecasts. Past
  performance is no guide. Ref HV-2026-47.*

<<SOURCES>>
""", sources=("ld-rebound20",))
plants(B, """
hv-pts ;; value ;; V ;; rose 75.63 points ;; rose 57.63 points ;; 57.63 ;; the index rose 75.63 points
hv-pct ;; value ;; V ;; or 1.11%, to ;; or 1.31%, to ;; 1.31% ;; the index rose 1.11%
hv-close ;; value ;; V ;; to 6,901.69 on Friday ;; to 6,910.69 on Friday ;; 6,910.69 ;; the close was 6,901.69
hv-dir ;; direction ;; D ;; The S&P 500 rose 75.63 ;; The S&P 500 fell 75.63 ;; fell 75.63 ;; the index rose
hv-wk ;; value ;; V ;; up
  1.10% for the week ;; up
  1.70% for the week ;; 1.70% ;; the week's gain is 1.10%
hv-1m ;; value ;; V ;; down 0.95% over one month ;; down 0.59% over one month ;; 0.59% ;; the month's
  change is -0.95%
hv-1md ;; direction ;; D ;; still down 0.95% over one month ;; still up 0.95% over one month ;; up 0.95%
  ;; the month's
  change is negative
hv-ytd ;; value ;; V ;; has gained 3.33% ;; has gained 3.03% ;; 3.03% ;; the year-to-date gain is 3.33%
hv-ndx ;; value ;; V ;; up 1.89% to 25,753.96 ;; up 1.69% to 25,753.96 ;; 1.69% ;; the Nasdaq 100 rose 1.89%
hv-better ;; direction ;; D ;; Nasdaq 100 did better ;; Nasdaq 100 did worse ;; did worse ;; 1.89% beats 1.11%
hv-dji ;; value ;; V ;; added 0.58% to 47,220.31 ;; added 0.58% to 47,022.31 ;; 47,022.31 ;; the Dow
  closed at 47,220.31
hv-rut ;; subject ;; V ;; 2000 only 0.30% ;; 2000 only 0.58% ;; 0.58% ;; the Russell 2000 rose 0.30%;
  0.58% is the Dow's ;; real
hv-rutc ;; value ;; V ;; to 2,456.17 [1] ;; to 2,546.17 [1] ;; 2,546.17 ;; the Russell 2000 closed at 2,456.17
hv-cite ;; citation ;; CU ;; to 2,456.17 [1] ;; to 2,456.17 [2] ;; [2] ;; one source
hv-vix ;; value ;; V ;; VIX fell 9.30% ;; VIX fell 3.90% ;; 3.90% ;; the VIX fell 9.30%
hv-dax ;; value ;; V ;; gained 0.62% to 24,106.94 ;; gained 0.62% to 24,160.94 ;; 24,160.94 ;; the DAX
  closed at 24,106.94
hv-nk ;; value ;; V ;; rose 0.41% to
  48,912.62 ;; rose 0.71% to
  48,912.62 ;; 0.71% ;; the Nikkei rose 0.41%
hv-hsd ;; direction ;; D ;; Hang Seng lost 1.21% ;; Hang Seng gained 1.21% ;; gained 1.21% ;; the Hang
  Seng fell
hv-hs ;; value ;; V ;; to 25,873.84 ;; to 25,783.84 ;; 25,783.84 ;; the Hang Seng closed at 25,873.84
hv-gold ;; value ;; V ;; Gold rose 0.48% to 4,050.95 ;; Gold rose 0.48% to 4,005.95 ;; 4,005.95 ;; gold
  settled at 4,050.95
hv-wti ;; value ;; V ;; crude 1.04%
  to 67.80 ;; crude 1.04%
  to 68.70 ;; 68.70 ;; WTI settled at 67.80
hv-btc ;; value ;; V ;; climbed 2.27% to 91,229 ;; climbed 2.72% to 91,229 ;; 2.72% ;; bitcoin rose 2.27%
hv-eur ;; value ;; V ;; ended at 1.1553 ;; ended at 1.1535 ;; 1.1535 ;; EUR/USD ended at 1.1553
hv-jpy ;; value ;; V ;; USD/JPY at 155.29 ;; USD/JPY at 152.99 ;; 152.99 ;; USD/JPY ended at 155.29
hv-50 ;; value ;; V ;; average (6,824.87) ;; average (6,842.87) ;; 6,842.87 ;; the 50-day is 6,824.87
hv-50p ;; value ;; V ;; by 1.13% and ;; by 1.31% and ;; 1.31% ;; the index is 1.13% above the 50-day
hv-200p ;; value ;; V ;; 6.50%
  above its 200-day ;; 5.60%
  above its 200-day ;; 5.60% ;; the index is 6.50% above the 200-day
hv-200 ;; value ;; V ;; 200-day (6,480.69) ;; 200-day (6,408.69) ;; 6,408.69 ;; the 200-day is 6,480.69
hv-athp ;; value ;; V ;; within 0.95% of ;; within 0.59% of ;; 0.59% ;; the index is 0.95% below the record
hv-athd ;; date ;; DU ;; the Oct 22 record ;; the Oct 29 record ;; Oct 29 ;; the record close was on Oct 22
hv-ath ;; value ;; V ;; close of 6,968.14 ;; close of 6,986.14 ;; 6,986.14 ;; the record close is 6,968.14
hv-rsi ;; indicator ;; V ;; RSI is 54.9 ;; RSI is 59.4 ;; 59.4 ;; RSI is 54.9
hv-6900 ;; level ;; V ;; only 0.02% above ;; only 0.25% above ;; 0.25% ;; the close is 0.02% above 6,900
hv-7000 ;; level ;; V ;; 7,000 is 1.42% away ;; 7,000 is 2.14% away ;; 2.14% ;; 7,000 is 1.42% above the close
hv-floor ;; level ;; V ;; under 6,805.34 ;; under 6,850.34 ;; 6,850.34 ;; the range floor is 6,805.34
hv-rs ;; history ;; V ;; of the 29-session range ;; of the 92-session range ;; 92-session ;; the range is
  29 sessions
hv-cpi ;; date ;; WM ;; on Thursday, Dec 10 ;; on Friday, Dec 10 ;; Friday, Dec 10 ;; Dec 10, 2026 is a
  Thursday
hv-fed ;; date ;; DU ;; into the Dec 9 Fed ;; into the Dec 16 Fed ;; Dec 16 ;; the Fed decides Dec 9
hv-mon ;; history ;; V ;; Nov 16: 6,855.03 ;; Nov 16: 6,885.03 ;; 6,885.03 ;; Monday's close was 6,855.03
hv-tue ;; history ;; V ;; Tuesday: 6,821.04 ;; Tuesday: 6,812.04 ;; 6,812.04 ;; Tuesday's close was 6,821.04
hv-wed ;; history ;; V ;; Wednesday: 6,841.38 ;; Wednesday: 6,826.06 ;; 6,826.06 ;; Wednesday closed at
  6,841.38;
  6,826.06 was Thursday ;; real
hv-thu ;; history ;; V ;; Thursday: 6,826.06 ;; Thursday: 6,862.06 ;; 6,862.06 ;; Thursday's close was
  6,826.06
hv-monw ;; date ;; WM ;; Monday, Nov 16: ;; Tuesday, Nov 16: ;; Tuesday, Nov 16 ;; Nov 16 was a Monday
hv-words ;; words ;; V ;; Four of five sessions ;; Two of five sessions ;; Two of five ;; four closes sat
  between
  6,820 and 6,860
""")

B = "numbers-SPY-2026-11-17"
clean(B, "SPY-2026-11-17", "numbers of the day", "md",
      "a newsletter's 'the day in numbers' section: each number printed big on its own line, explained "
      "underneath, with an issue number, a read time and a subscriber count", """\
# THE TAPE IN 9 NUMBERS
Issue #412 · Tuesday, Nov 17, 2026 · 2 min read · 48,000 subscribers

**$679.84**
Where SPY closed, down $3.41 or 0.50%. The S&P 500 itself lost the same 0.50%, to 6,821.04 [1].

**0.09%**
How far SPY still sits above its 50-day average ($679.19). It has not lost that line yet, but it is
  now 0.09% away from it. The 20-day ($685.80) is already above the price.

**$676.68**
The day's low, a few cents under the lower Bollinger band ($676.76). The high was $683.69 and the
  open $682.51, so the fund gave back the whole morning.

**73.0M**
Shares traded, about 1.1 times the 20-day average of 66.3M. Busy, not panicky.

**-0.90%**
QQQ's move to $615.97, the worst of the big four funds; IWM lost 0.80%, DIA only 0.20%. SPY did better
  than QQQ by 0.40 pp.

**17.60**
Where the VIX closed, up 6.02%.

**2.14%**
The distance to the record close of $694.71 from Thursday, Oct 22. For the year SPY is still up
  2.05%, but down 0.80% over five sessions and 1.06% over a month.

**3.3**
The reward-to-risk of the long we are watching: entry $673.92 at the floor of the 40-session range,
  stop $668.55, target $691.80.

**$67.35**
Where WTI settled after "Oil prices fell 2.7% on Tuesday" [2]; energy dragged.

One more, for free: Monday's close was $683.25, Friday's $680.53. The golden cross (Sep 21) is 41
  sessions old, RSI is 46.8 and the 14-day ATR is $7.16, so today's move was about half an ATR.

<<SOURCES>>
""", sources=("hs-slides17", "ld-oil17"), source_format="foot")
plants(B, """
nb-close ;; value ;; V ;; **$679.84** ;; **$679.48** ;; $679.48 ;; SPY closed at $679.84
nb-chg ;; value ;; V ;; down $3.41 or ;; down $3.51 or ;; $3.51 ;; SPY fell $3.41
nb-pct ;; value ;; V ;; or 0.50%. The ;; or 0.55%. The ;; 0.55% ;; SPY fell 0.50%
nb-dir ;; direction ;; D ;; Where SPY closed, down ;; Where SPY closed, up ;; up ;; SPY fell
nb-spx ;; value ;; V ;; to 6,821.04 [1] ;; to 6,812.04 [1] ;; 6,812.04 ;; the S&P 500 closed at 6,821.04
nb-spxsc ;; scale ;; SC ;; to 6,821.04 [1] ;; to $682.104 [1] ;; $682.104 ;; the index is in points
nb-cite ;; citation ;; CU ;; to 6,821.04 [1] ;; to 6,821.04 [4] ;; [4] ;; two sources
nb-50p ;; value ;; V ;; **0.09%** ;; **0.19%** ;; 0.19% ;; SPY is 0.09% above the 50-day
nb-50 ;; value ;; V ;; average ($679.19) ;; average ($679.91) ;; $679.91 ;; the 50-day is $679.19
nb-neg ;; negation ;; P ;; It has not lost that line yet ;; It has already lost that line ;; already lost that
  line ;; $679.84 is above $679.19
nb-20 ;; value ;; V ;; The 20-day ($685.80) ;; The 20-day ($683.80) ;; $683.80 ;; the 20-day is $685.80
nb-20s ;; pattern ;; P ;; is already above the price ;; is already below the price ;; below the price ;;
  $685.80
  is above $679.84
nb-low ;; value ;; V ;; **$676.68** ;; **$676.86** ;; $676.86 ;; the low was $676.68
nb-bb ;; indicator ;; V ;; band ($676.76) ;; band ($677.76) ;; $677.76 ;; the lower band is $676.76
nb-high ;; value ;; V ;; high was $683.69 ;; high was $683.96 ;; $683.96 ;; the high was $683.69
nb-open ;; value ;; V ;; open $682.51 ;; open $682.15 ;; $682.15 ;; the open was $682.51
nb-vol ;; value ;; V ;; **73.0M** ;; **70.3M** ;; 70.3M ;; volume was 73.0M
nb-ratio ;; value ;; V ;; about 1.1 times ;; about 1.7 times ;; 1.7 times ;; the volume ratio is 1.1
nb-avg ;; value ;; V ;; average of 66.3M ;; average of 63.6M ;; 63.6M ;; the 20-day average is 66.3M
nb-qqq ;; value ;; V ;; **-0.90%** ;; **-0.85%** ;; -0.85% ;; QQQ fell 0.90%
nb-qqqc ;; value ;; V ;; move to $615.97 ;; move to $615.79 ;; $615.79 ;; QQQ closed at $615.97
nb-worst ;; direction ;; D ;; the worst of the big four ;; the best of the big four ;; the best ;; QQQ's
  -0.90% was
  the worst
nb-iwm ;; subject ;; V ;; IWM lost 0.80% ;; IWM lost 0.20% ;; 0.20% ;; IWM fell 0.80%; 0.20% is DIA's ;; real
nb-dia ;; value ;; V ;; DIA only 0.20% ;; DIA only 0.35% ;; 0.35% ;; DIA fell 0.20%
nb-gap ;; derived ;; DER ;; than QQQ by 0.40 pp ;; than QQQ by 0.45 pp ;; 0.45 pp ;; -0.50% - -0.90% is
  0.40 pp
nb-vix ;; value ;; V ;; **17.60** ;; **16.70** ;; 16.70 ;; the VIX closed at 17.60
nb-vixp ;; direction ;; D ;; up 6.02% ;; down 6.02% ;; down 6.02% ;; the VIX rose
nb-athp ;; value ;; V ;; **2.14%** ;; **2.41%** ;; 2.41% ;; SPY is 2.14% below the record
nb-ath ;; value ;; V ;; close of $694.71 ;; close of $697.09 ;; $697.09 ;; the record close is $694.71;
  $697.09 is
  the intraday record ;; real
nb-athw ;; date ;; WM ;; from Thursday, Oct 22 ;; from Wednesday, Oct 22 ;; Wednesday, Oct 22 ;; Oct 22
  was a Thursday
nb-ytd ;; value ;; V ;; still up
  2.05% ;; still up
  2.50% ;; 2.50% ;; the year-to-date gain is 2.05%
nb-5d ;; timeframe ;; V ;; down 0.80% over five sessions ;; down 1.06% over five sessions ;; 1.06% ;;
  -1.06% is
  the month's change; five sessions gave -0.80% ;; real
nb-1m ;; value ;; V ;; and 1.06% over a month ;; and 1.60% over a month ;; 1.60% ;; the month's change is
  -1.06%
nb-rr ;; setup ;; SRR ;; **3.3** ;; **5.3** ;; 5.3 ;; 17.88 / 5.37 is 3.3
nb-entry ;; setup ;; V ;; entry $673.92 at ;; entry $679.32 at ;; $679.32 ;; the range floor is $673.92
nb-stop ;; setup ;; SG ;; stop $668.55, target ;; stop $678.55, target ;; $678.55 ;; a long's stop must
  sit below
  the $673.92 entry
nb-rs ;; history ;; V ;; of the 40-session range ;; of the 14-session range ;; 14-session ;; the range is
  40 sessions
nb-wti ;; quotation ;; NU ;; "Oil prices fell 2.7% on Tuesday" ;; "Oil prices fell 4.7% on Tuesday" ;;
  4.7% ;; the
  source says 2.7%
nb-wtic ;; value ;; NU ;; **$67.35** ;; **$67.53** ;; $67.53 ;; the cited source says $67.35
nb-mon ;; history ;; V ;; Monday's close was $683.25 ;; Monday's close was $683.52 ;; $683.52 ;; Monday's
  close was
  $683.25
nb-fri ;; history ;; V ;; Friday's $680.53 ;; Friday's $683.25 ;; $683.25 ;; Friday closed at $680.53;
  $683.25 was
  Monday ;; real
nb-xd ;; date ;; DU ;; golden cross (Sep 21) ;; golden cross (Sep 12) ;; Sep 12 ;; the cross was on Sep 21
nb-xn ;; history ;; V ;; is 41
  sessions old ;; is 14
  sessions old ;; 14
  sessions ;; the cross is 41 sessions old
nb-rsi ;; indicator ;; V ;; RSI is 46.8 ;; RSI is 64.8 ;; 64.8 ;; RSI is 46.8
nb-atr ;; indicator ;; V ;; ATR is $7.16 ;; ATR is $7.61 ;; $7.61 ;; the ATR is $7.16
nb-half ;; derived ;; DER ;; about half an ATR ;; about two ATRs ;; about two ATRs ;; $3.41 / $7.16 is 0.48
""")

B = "model-QQQ-2026-11-17"
clean(B, "QQQ-2026-11-17", "model portfolio update", "txt",
      "a paid newsletter's model-portfolio update after Tuesday's close: a positions table with the "
      "members' own entry prices and share counts, a trailing-stop change and a new buy-limit alert", """\
MODEL PORTFOLIO UPDATE #88 | Tuesday, Nov 17, 2026, 5:40 pm ET | Members only

POSITION        | SHARES | OUR ENTRY (date)   | LAST CLOSE | OPEN P/L
QQQ             | 30     | $598.40 (Sep 3)    | $615.97    | +2.94%
Cash            | -      | -                  | -          | 41% of the book

WHAT HAPPENED
QQQ fell $5.59, or 0.90%, to $615.97 and closed just 2 cents above its low of $615.95, after opening at
  $620.75 and trading up to $624.18. The Nasdaq 100 fell the same 0.90%, to 25,326.20 [1]. Volume
  was 61.1M shares, roughly one and a half times the 20-day average (42.0M). Over five sessions the
  fund is down 1.80%; it was at its record close of $629.76 on Wednesday, Nov 11, and now sits 2.19%
  below it. It closed at $621.56 on Monday and $618.47 on Friday.

Everyone was red: SPY -0.50%, DIA -0.20%, IWM -0.80%. QQQ lost the most. The VIX rose 6.02% to 17.60.

STOP CHANGE
We keep the stop at $606.02, the floor of the 40-session range (two tests). QQQ is still above its
  50-day average ($612.70) by 0.53% and above its 200-day ($579.82) by 6.24%, so the trend we bought
  is intact. The 20-day ($619.78) was lost today.

NEW ALERT: ADD 10 SHARES
Buy limit $612.70 (the 50-day), stop $606.71, target $622.21. We risk $5.99 to make $9.51, about 1.6
  to 1. Cancel if QQQ closes above $623.73 first.

INDICATORS
RSI 48.4. MACD 2.43, signal 3.05, histogram -0.62. ATR $7.99 (1.30%). Bollinger bands $610.05 to
  $629.50. Golden cross since Jul 27 (80 sessions).

Still up 3.16% for the year. Next update Thursday. Questions: reply to this e-mail; we answer within
  48 hours.

<<SOURCES>>
""", sources=("tw-nasdaq17",), source_format="plain")
plants(B, """
mp-last ;; value ;; V ;; | $615.97    | ;; | $615.79    | ;; $615.79 ;; QQQ closed at $615.97
mp-chg ;; value ;; V ;; QQQ fell $5.59 ;; QQQ fell $5.95 ;; $5.95 ;; QQQ fell $5.59
mp-pct ;; value ;; V ;; or 0.90%, to $615.97 ;; or 0.80%, to $615.97 ;; 0.80% ;; QQQ fell 0.90% ;; real
mp-dir ;; direction ;; D ;; QQQ fell $5.59 ;; QQQ rose $5.59 ;; rose $5.59 ;; QQQ fell
mp-cents ;; derived ;; DER ;; just 2 cents above ;; just 12 cents above ;; 12 cents ;; $615.97 - $615.95
  is 2 cents
mp-low ;; value ;; V ;; its low of $615.95 ;; its low of $614.95 ;; $614.95 ;; the low was $615.95
mp-open ;; value ;; V ;; opening at
  $620.75 ;; opening at
  $620.57 ;; $620.57 ;; the open was $620.75
mp-high ;; value ;; V ;; up to $624.18 ;; up to $624.81 ;; $624.81 ;; the high was $624.18
mp-ndx ;; value ;; V ;; to 25,326.20 [1] ;; to 25,362.20 [1] ;; 25,362.20 ;; the Nasdaq 100 closed at
  25,326.20
mp-cite ;; citation ;; CU ;; to 25,326.20 [1] ;; to 25,326.20 [2] ;; [2] ;; one source
mp-vol ;; value ;; V ;; was 61.1M shares ;; was 66.1M shares ;; 66.1M ;; volume was 61.1M
mp-words ;; words ;; V ;; roughly one and a half times ;; roughly three times ;; roughly three times ;; the
  volume ratio is 1.5
mp-avg ;; value ;; V ;; average (42.0M) ;; average (24.0M) ;; 24.0M ;; the 20-day average is 42.0M
mp-5d ;; value ;; V ;; fund is down 1.80% ;; fund is down 1.08% ;; 1.08% ;; the five-session change is -1.80%
mp-rec ;; value ;; V ;; record close of $629.76 ;; record close of $629.67 ;; $629.67 ;; the record close
  is $629.76
mp-recw ;; date ;; WM ;; on Wednesday, Nov 11 ;; on Thursday, Nov 11 ;; Thursday, Nov 11 ;; Nov 11 was a
  Wednesday
mp-recp ;; value ;; V ;; sits 2.19%
  below it ;; sits 2.91%
  below it ;; 2.91% ;; QQQ is 2.19% below the record
mp-mon ;; history ;; V ;; closed at $621.56 on Monday ;; closed at $612.56 on Monday ;; $612.56 ;;
  Monday's close
  was $621.56
mp-fri ;; date ;; WM ;; $618.47 on Friday ;; $618.47 on Thursday ;; Thursday ;; $618.47 was Friday's close
mp-red ;; direction ;; D ;; Everyone was red ;; Everyone was green ;; Everyone was green ;; all four funds
  fell
mp-dia ;; subject ;; V ;; DIA -0.20% ;; DIA -0.80% ;; -0.80% ;; DIA fell 0.20%; 0.80% is IWM's ;; real
mp-most ;; direction ;; D ;; QQQ lost the most ;; QQQ lost the least ;; lost the least ;; QQQ's -0.90% was
  the worst
mp-vix ;; value ;; V ;; rose 6.02% to 17.60 ;; rose 6.20% to 17.60 ;; 6.20% ;; the VIX rose 6.02%
mp-stop ;; level ;; V ;; stop at $606.02 ;; stop at $606.20 ;; $606.20 ;; the range floor is $606.02
mp-rs ;; history ;; V ;; of the 40-session range ;; of the 60-session range ;; 60-session ;; the range is
  40 sessions
mp-50 ;; value ;; V ;; average ($612.70) ;; average ($617.20) ;; $617.20 ;; the 50-day is $612.70
mp-50p ;; value ;; V ;; by 0.53% and ;; by 0.35% and ;; 0.35% ;; QQQ is 0.53% above the 50-day
mp-50s ;; pattern ;; P ;; QQQ is still above its
  50-day ;; QQQ is now below its
  50-day ;; now below ;; $615.97 is above $612.70
mp-200 ;; value ;; V ;; 200-day ($579.82) ;; 200-day ($597.82) ;; $597.82 ;; the 200-day is $579.82
mp-200p ;; value ;; V ;; by 6.24%, so ;; by 6.42%, so ;; 6.42% ;; QQQ is 6.24% above the 200-day
mp-20 ;; value ;; V ;; The 20-day ($619.78) ;; The 20-day ($618.79) ;; $618.79 ;; the 20-day is $619.78
mp-stop2 ;; setup ;; SG ;; stop $606.71, target ;; stop $616.71, target ;; $616.71 ;; a long's stop must
  sit below the
  $612.70 entry
mp-rr ;; setup ;; SRR ;; about 1.6
  to 1 ;; about 2.6
  to 1 ;; 2.6
  to 1 ;; 9.51 / 5.99 is 1.6
mp-risk ;; derived ;; DER ;; We risk $5.99 ;; We risk $6.99 ;; $6.99 ;; $612.70 - $606.71 is $5.99
mp-lv ;; level ;; V ;; closes above $623.73 first ;; closes above $623.37 first ;; $623.37 ;; the level is
  $623.73
mp-rsi ;; indicator ;; V ;; RSI 48.4. ;; RSI 44.8. ;; 44.8 ;; RSI is 48.4
mp-macd ;; indicator ;; V ;; MACD 2.43, ;; MACD 2.34, ;; 2.34 ;; MACD is 2.43
mp-hist ;; indicator ;; V ;; histogram -0.62 ;; histogram -0.26 ;; -0.26 ;; the histogram is -0.62
mp-atr ;; indicator ;; V ;; ATR $7.99 (1.30%) ;; ATR $7.99 (1.20%) ;; 1.20% ;; the ATR is 1.30% of price
mp-bb ;; indicator ;; V ;; $610.05 to ;; $601.05 to ;; $601.05 ;; the lower band is $610.05
mp-xd ;; date ;; DU ;; since Jul 27 ;; since Jun 27 ;; Jun 27 ;; the cross was on Jul 27
mp-xp ;; pattern ;; P ;; Golden cross since ;; Death cross since ;; Death cross ;; the 50-day is above the
  200-day
mp-ytd ;; value ;; V ;; up 3.16% for the year ;; up 3.61% for the year ;; 3.61% ;; the year-to-date gain
  is 3.16%
""")

B = "stream-IWM-2026-11-17"
clean(B, "IWM-2026-11-17", "live stream transcript", "txt",
      "the auto-generated transcript of a small-cap day trader's live stream after Tuesday's close, "
      "with the chat's messages interleaved, viewer counts and timestamps", """\
[LIVE] small caps post-market recap | 1,284 watching | stream time 00:00

[00:00:12] STREAMER: ok we're live. IWM closed at $245.28, down $1.98, that's minus 0.80% on the day.
[00:00:20] chat/pennyhawk: rip
[00:00:31] STREAMER: opened $246.64, high $247.37, low $244.61. so it tried to hold Monday's close of
  $247.26, couldn't, and sold off. a 0.6 ATR move, nothing crazy, ATR is $3.22.
[00:00:58] chat/theta_gang_22: was volume big?
[00:01:05] STREAMER: no, 31.1M vs a 20-day average of 29.8M, basically normal. 1.0x.
[00:01:40] STREAMER: here's the thing chat, it's back under the 50-day. 50-day is $246.21, we're 0.38%
  below it. but still above the 20-day at $245.15, and miles above the 200-day, $230.71, that's 6.32%.
[00:02:02] chat/mooncat: golden cross still on?
[00:02:09] STREAMER: yes, since Aug 10, 70 sessions. 50-day over 200-day, no change there.
[00:02:44] STREAMER: Russell 2000 index closed 2,465.79, minus 0.78%. everything was down: SPY -0.50%,
  QQQ -0.90%, DIA -0.20%. and IWM actually did better than QQQ, by 0.10 points. headline on the wire
  was "small caps lose 0.8%" [1], which, yeah.
[00:03:30] chat/pennyhawk: levels??
[00:03:36] STREAMER: box is $241 to $249.26, 22 sessions now. the top got hit Thursday at $249.26,
  that was the close. under us: $244.79, $242.80, then $241. over us: $246.21, the 50-day, then
  $249.26, then $252.53.
[00:04:15] STREAMER: MACD is still above signal, 0.86 vs 0.57. RSI 50.0 on the nose. bands $239.69 and
  $250.62.
[00:04:50] chat/theta_gang_22: ytd?
[00:04:55] STREAMER: up 0.82% this year, down 1.00% on the week, but up 1.46% over a month, and that's
  2.52 points better than SPY over the month. record close is $257.77 from Nov 28 last year, we're
  4.85% under it.
[00:05:40] STREAMER: that's it, going to dinner. 1,311 watching, thanks for the 14 subs.

<<SOURCES>>
""", sources=("hs-slides17",), source_format="plain")
plants(B, """
st-close ;; value ;; V ;; IWM closed at $245.28 ;; IWM closed at $245.82 ;; $245.82 ;; IWM closed at $245.28
st-chg ;; value ;; V ;; down $1.98, ;; down $1.89, ;; $1.89 ;; IWM fell $1.98
st-pct ;; value ;; V ;; minus 0.80% on ;; minus 0.88% on ;; 0.88% ;; IWM fell 0.80%
st-dir ;; direction ;; D ;; down $1.98, ;; up $1.98, ;; up $1.98 ;; IWM fell
st-open ;; value ;; V ;; opened $246.64 ;; opened $246.46 ;; $246.46 ;; the open was $246.64
st-high ;; value ;; V ;; high $247.37 ;; high $247.73 ;; $247.73 ;; the high was $247.37
st-low ;; value ;; V ;; low $244.61 ;; low $244.16 ;; $244.16 ;; the low was $244.61
st-mon ;; history ;; V ;; close of
  $247.26 ;; close of
  $247.01 ;; $247.01 ;; Monday closed at $247.26; $247.01 was Friday ;; real
st-atrx ;; value ;; V ;; a 0.6 ATR move ;; a 1.6 ATR move ;; 1.6 ATR ;; the move is 0.6 ATR
st-mag ;; magnitude ;; MG ;; nothing crazy ;; an absolute crash ;; absolute crash ;; a 0.80% move of 0.6 ATR
st-atr ;; indicator ;; V ;; ATR is $3.22 ;; ATR is $2.32 ;; $2.32 ;; the ATR is $3.22
st-vol ;; value ;; V ;; no, 31.1M vs ;; no, 13.1M vs ;; 13.1M ;; volume was 31.1M
st-avg ;; value ;; V ;; average of 29.8M ;; average of 28.9M ;; 28.9M ;; the 20-day average is 29.8M
st-50 ;; value ;; V ;; 50-day is $246.21 ;; 50-day is $246.12 ;; $246.12 ;; the 50-day is $246.21
st-50p ;; value ;; V ;; we're 0.38%
  below it ;; we're 0.83%
  below it ;; 0.83% ;; IWM is 0.38% below the 50-day
st-50s ;; pattern ;; P ;; it's back under the 50-day ;; it's back over the 50-day ;; back over the 50-day ;;
  $245.28 is below $246.21
st-20 ;; value ;; V ;; 20-day at $245.15 ;; 20-day at $245.51 ;; $245.51 ;; the 20-day is $245.15
st-20s ;; pattern ;; P ;; but still above the 20-day ;; but already below the 20-day ;; already below the
  20-day ;;
  $245.28 is above $245.15
st-200 ;; value ;; V ;; 200-day, $230.71 ;; 200-day, $237.01 ;; $237.01 ;; the 200-day is $230.71
st-200p ;; value ;; V ;; that's 6.32% ;; that's 3.62% ;; 3.62% ;; IWM is 6.32% above the 200-day
st-xd ;; date ;; DU ;; since Aug 10, ;; since Aug 17, ;; Aug 17 ;; the cross was on Aug 10
st-xn ;; history ;; V ;; 70 sessions ;; 17 sessions ;; 17 sessions ;; the cross is 70 sessions old
st-rut ;; value ;; V ;; closed 2,465.79 ;; closed 2,456.79 ;; 2,456.79 ;; the Russell 2000 closed at 2,465.79
st-rutp ;; value ;; V ;; minus 0.78% ;; minus 0.97% ;; 0.97% ;; the Russell 2000 fell 0.78%
st-down ;; direction ;; D ;; everything was down ;; everything was up ;; everything was up ;; all four
  funds fell
st-qqq ;; value ;; V ;; QQQ -0.90% ;; QQQ -0.99% ;; -0.99% ;; QQQ fell 0.90%
st-dia ;; subject ;; V ;; DIA -0.20% ;; DIA -0.50% ;; -0.50% ;; DIA fell 0.20%; 0.50% is SPY's ;; real
st-better ;; direction ;; D ;; IWM actually did better than QQQ ;; IWM actually did worse than QQQ ;; did
  worse than
  QQQ ;; -0.80% beats -0.90%
st-quote ;; quotation ;; NU ;; "small caps lose 0.8%" ;; "small caps lose 1.8%" ;; 1.8% ;; the source says
  0.8%
st-rs ;; history ;; V ;; 22 sessions now ;; 32 sessions now ;; 32 sessions ;; the range is 22 sessions old
st-thu ;; date ;; WM ;; got hit Thursday at ;; got hit Friday at ;; Friday ;; the $249.26 close was
  Thursday Nov 12
st-below ;; level ;; LW ;; under us: $244.79 ;; under us: $246.21 ;; under us: $246.21 ;; $246.21 is above
  the close ;; real
st-lv5 ;; level ;; V ;; $242.80, then ;; $242.08, then ;; $242.08 ;; the level is $242.80
st-lv1 ;; level ;; V ;; then $252.53. ;; then $253.52. ;; $253.52 ;; the level is $252.53
st-macd ;; indicator ;; IND ;; MACD is still above signal ;; MACD is still below signal ;; below signal ;;
  0.86 is
  above 0.57
st-macdv ;; indicator ;; V ;; 0.86 vs 0.57 ;; 0.68 vs 0.57 ;; 0.68 ;; MACD is 0.86
st-rsi ;; indicator ;; V ;; RSI 50.0 on the nose ;; RSI 55.0 on the nose ;; 55.0 ;; RSI is 50.0
st-bb ;; indicator ;; V ;; bands $239.69 ;; bands $239.96 ;; $239.96 ;; the lower band is $239.69
st-ytd ;; value ;; V ;; up 0.82% this year ;; up 0.28% this year ;; 0.28% ;; the year-to-date gain is 0.82%
st-wk ;; value ;; V ;; down 1.00% on the week ;; down 1.20% on the week ;; 1.20% ;; the five-session
  change is -1.00%
st-1m ;; timeframe ;; V ;; up 1.46% over a month ;; up 0.82% over a month ;; 0.82% ;; 0.82% is the
  year-to-date
  gain; the month's is 1.46% ;; real
st-spr ;; value ;; V ;; 2.52 points better ;; 2.25 points better ;; 2.25 points ;; the one-month spread is
  2.52 pp
st-ath ;; value ;; V ;; record close is $257.77 ;; record close is $257.17 ;; $257.17 ;; the record close
  is $257.77
st-athd ;; date ;; DU ;; from Nov 28 last year ;; from Nov 18 last year ;; Nov 18 ;; the record was on Nov
  28, 2025
st-athp ;; value ;; V ;; 4.85% under it ;; 5.48% under it ;; 5.48% ;; IWM is 4.85% below the record
""")

B = "chartcrit-SPY-2026-06-03"
clean(B, "SPY-2026-06-03", "chart critique", "md",
      "a data-visualisation blogger's 'chart crime of the week' column taking apart a broker's SPY chart "
      "from Wednesday, Jun 3: axis ticks, font sizes and colour codes next to the numbers the chart got "
      "right or hid", """\
## Chart Crime of the Week #31: the "unstoppable" SPY chart

The chart in question went out on Wednesday evening, Jun 3, with the title "SPY: UNSTOPPABLE". Here is
  what it showed, and what it should have shown.

**The numbers are right.** The chart's last bar is Wednesday's: open $656.50, high $659.77, low
  $652.54, close $659.18. The close was up $3.83, or 0.58%, and it was the fifth higher close in a row,
  worth 4.87% in total. Over one month SPY gained 8.87%. No complaint there.

**Crime 1: the y-axis.** It starts at $600 and ends at $665, in ticks of $5, on a chart 480 pixels tall.
  That turns a 4.87% week into a wall. The 20-session range runs from $609.86 to $659.18, and the
  close sat exactly at the top of it: a fair point, drawn too steep.

**Crime 2: the missing line.** The chart draws the 50-day average ($616.10) in bright green (#22c55e)
  and leaves out the 200-day ($647.76). Yet the 50-day is still below the 200-day: a death cross that
  has stood since Mar 27, 46 sessions. Worse, the 50-day is still sloping down. SPY is above both, 6.99%
  above the 50-day and 1.76% above the 200-day, but that story needs both lines.

**Crime 3: the hidden warning.** The RSI panel was cropped at 70. Wednesday's RSI was 72.3, overbought,
  and the close finished above the upper Bollinger band ($655.85). A chart called UNSTOPPABLE should show
  the reading that says it is stretched.

**Crime 4: the year.** Nothing on the chart says SPY was still down 1.05% for the year, or 4.84% below
  its record close of $692.73 from Nov 26, 2025.

**What it got away with.** Volume bars in 11-point type: 51.6M shares, about 0.7 times the 20-day
  average of 69.3M. A rally on light volume, which the chart's grey bars hid well.

**Peers it ignored.** QQQ rose 0.57% to $595.41 and IWM 0.35% to $228.85, but DIA fell 0.58% to
  $461.11. The VIX rose 6.18% to 18.55 on an up day.

Verdict: 2 stars out of 5. Correct data, dishonest frame.
""")
plants(B, """
cc-day ;; date ;; WM ;; Wednesday evening, Jun 3 ;; Tuesday evening, Jun 3 ;; Tuesday evening, Jun 3 ;;
  Jun 3, 2026
  was a Wednesday
cc-open ;; value ;; V ;; open $656.50 ;; open $655.60 ;; $655.60 ;; the open was $656.50
cc-high ;; value ;; V ;; high $659.77 ;; high $659.97 ;; $659.97 ;; the high was $659.77
cc-low ;; value ;; V ;; low
  $652.54 ;; low
  $652.45 ;; $652.45 ;; the low was $652.54
cc-close ;; value ;; V ;; close $659.18. ;; close $658.19. ;; $658.19 ;; SPY closed at $659.18
cc-chg ;; value ;; V ;; up $3.83, ;; up $3.38, ;; $3.38 ;; SPY rose $3.83
cc-pct ;; value ;; V ;; or 0.58%, and ;; or 0.85%, and ;; 0.85% ;; SPY rose 0.58%
cc-dir ;; direction ;; D ;; The close was up $3.83 ;; The close was down $3.83 ;; down $3.83 ;; SPY rose
cc-streak ;; history ;; V ;; fifth higher close in a row ;; third higher close in a row ;; third higher
  close ;; five
  up closes
cc-5d ;; history ;; V ;; worth 4.87% in total ;; worth 4.78% in total ;; 4.78% ;; the streak gained 4.87%
cc-1m ;; timeframe ;; V ;; SPY gained 8.87% ;; SPY gained 4.87% ;; 4.87% ;; 4.87% is the five-session
  gain; the
  month gave 8.87% ;; real
cc-rlo ;; level ;; V ;; from $609.86 to ;; from $608.96 to ;; $608.96 ;; the range floor is $609.86
cc-rs ;; history ;; V ;; The 20-session range ;; The 40-session range ;; 40-session ;; the range is 20
  sessions
cc-top ;; direction ;; D ;; sat exactly at the top of it ;; sat exactly at the bottom of it ;; at the
  bottom ;; the close
  is the range top
cc-50 ;; value ;; V ;; average ($616.10) ;; average ($611.60) ;; $611.60 ;; the 50-day is $616.10
cc-200 ;; value ;; V ;; 200-day ($647.76) ;; 200-day ($646.77) ;; $646.77 ;; the 200-day is $647.76
cc-order ;; pattern ;; P ;; the 50-day is still below the 200-day ;; the 50-day is already above the
  200-day ;;
  already above the 200-day ;; $616.10 is below $647.76
cc-xp ;; pattern ;; P ;; a death cross that ;; a golden cross that ;; golden cross ;; the 50-day is below
  the 200-day
cc-xd ;; date ;; DU ;; since Mar 27 ;; since Mar 20 ;; Mar 20 ;; the cross was on Mar 27
cc-xn ;; history ;; V ;; 46 sessions ;; 64 sessions ;; 64 sessions ;; the cross is 46 sessions old
cc-slope ;; trend ;; P ;; still sloping down ;; now sloping up ;; sloping up ;; the 50-day's slope is -0.31%
cc-50p ;; value ;; V ;; 6.99%
  above the 50-day ;; 9.69%
  above the 50-day ;; 9.69% ;; SPY is 6.99% above the 50-day
cc-200p ;; value ;; V ;; 1.76% above the 200-day ;; 1.86% above the 200-day ;; 1.86% ;; SPY is 1.76% above
  the 200-day
cc-rsi ;; indicator ;; V ;; RSI was 72.3 ;; RSI was 73.2 ;; 73.2 ;; RSI is 72.3
cc-rsiw ;; indicator ;; IND ;; 72.3, overbought ;; 72.3, oversold ;; oversold ;; RSI 72.3 is over 70
cc-bb ;; indicator ;; V ;; band ($655.85) ;; band ($658.55) ;; $658.55 ;; the upper band is $655.85
cc-bbs ;; direction ;; D ;; finished above the upper Bollinger ;; finished below the upper Bollinger ;;
  finished below
  the upper Bollinger ;; $659.18 is above $655.85
cc-ytd ;; direction ;; D ;; still down 1.05% for the year ;; still up 1.05% for the year ;; up 1.05% ;;
  SPY is down on
  the year
cc-ytdv ;; value ;; V ;; down 1.05% for ;; down 1.50% for ;; 1.50% ;; the year-to-date change is -1.05%
cc-athp ;; value ;; V ;; or 4.84% below ;; or 4.48% below ;; 4.48% ;; SPY is 4.84% below the record
cc-ath ;; value ;; V ;; close of $692.73 ;; close of $695.08 ;; $695.08 ;; the record close is $692.73;
  $695.08 is the
  intraday high ;; real
cc-athd ;; date ;; DU ;; from Nov 26, 2025 ;; from Nov 28, 2025 ;; Nov 28, 2025 ;; the record was on Nov
  26, 2025
cc-vol ;; value ;; V ;; 51.6M shares ;; 56.1M shares ;; 56.1M ;; volume was 51.6M
cc-ratio ;; value ;; V ;; about 0.7 times ;; about 1.7 times ;; 1.7 times ;; the volume ratio is 0.7
cc-avg ;; value ;; V ;; average of 69.3M ;; average of 63.9M ;; 63.9M ;; the 20-day average is 69.3M
cc-qqq ;; value ;; V ;; QQQ rose 0.57% ;; QQQ rose 0.75% ;; 0.75% ;; QQQ rose 0.57%
cc-qqqc ;; value ;; V ;; to $595.41 ;; to $594.51 ;; $594.51 ;; QQQ closed at $595.41
cc-iwm ;; value ;; V ;; IWM 0.35% to ;; IWM 0.53% to ;; 0.53% ;; IWM rose 0.35%
cc-iwmc ;; subject ;; V ;; to $228.85 ;; to $461.11 ;; $461.11 ;; IWM closed at $228.85; $461.11 is DIA's
  ;; real
cc-dia ;; direction ;; D ;; DIA fell 0.58% ;; DIA rose 0.58% ;; rose 0.58% ;; DIA fell
cc-diac ;; value ;; V ;; $461.11. The ;; $461.91. The ;; $461.91 ;; DIA closed at $461.11
cc-vix ;; value ;; V ;; rose 6.18% to 18.55 ;; rose 6.18% to 18.85 ;; 18.85 ;; the VIX closed at 18.55
cc-vixd ;; direction ;; D ;; The VIX rose 6.18% ;; The VIX fell 6.18% ;; fell 6.18% ;; the VIX rose
""")

B = "scanner-DIA-2025-11-17"
clean(B, "DIA-2025-11-17", "new-highs scanner e-mail", "txt",
      "a charting platform's automated 'new 52-week highs' scanner e-mail for the Dow fund on a record "
      "day, with its scan settings, a hit table for the four index funds and an unsubscribe footer", """\
SCAN ALERT: New 52-week closing highs | Monday, Nov 17, 2025 | Scan "IDX-HIGHS" (4 symbols) | Run 16:20 ET

4 of 4 symbols matched.

SYMBOL | CLOSE   | CHG %  | 52W HIGH (CLOSE)
DIA    | $481.59 | +0.89% | $481.59, today
SPY    | $684.44 | +1.39% | $684.44, today
QQQ    | $622.21 | +1.73% | $622.21, today
IWM    | $247.41 | +1.96% | $247.41, today

DETAIL: DIA
Closed at a record $481.59, up $4.26 on the day. Opened $478.18, low $477.56, high $485.20 (also an
  intraday record). The close was the highest ever, but it was the smallest gain of the four: DIA
  trailed IWM by 1.07 pp and SPY by 0.49 pp. The Dow index closed at 48,219.41, up 0.87%.
Prior closes: Friday, Nov 14 $477.33; Thursday $477.56; Wednesday, Nov 12 $478.00.
5 days: +1.70% | 1 month: +1.99% | Year to date: +6.55%
50-day SMA $460.80 (price 4.51% above) | 200-day SMA $434.25 (price 10.90% above)
Golden cross: Jul 14, 2025 (89 sessions ago)
RSI(14) 72.8, overbought | MACD 4.50 above signal 3.61 | ATR(14) $4.48 (0.93%)
Upper Bollinger band $482.40: the close is just below it.
52-week low $371.18 (Apr 16, 2025): price 29.75% above.
Volume 3.9M vs 3.5M average (1.1x). VIX 13.47 (-4.67%).

SUGGESTED BREAKOUT TEMPLATE (auto-generated): buy stop $486.07, stop $480.47, target $499.52,
  reward/risk 2.4. Next round numbers: $490 above; $480 below.

You receive this because scan IDX-HIGHS is set to "e-mail on match". Alerts used this month: 17 of 50.
  Manage alerts | Unsubscribe
""")
plants(B, """
sc-dia ;; value ;; V ;; DIA    | $481.59 | +0.89% ;; DIA    | $481.95 | +0.89% ;; $481.95 ;; DIA closed at
  $481.59
sc-diap ;; value ;; V ;; | +0.89% | $481.59 ;; | +0.98% | $481.59 ;; +0.98% ;; DIA rose 0.89%
sc-spy ;; value ;; V ;; SPY    | $684.44 ;; SPY    | $684.04 ;; $684.04 ;; SPY closed at $684.44
sc-spyp ;; value ;; V ;; | +1.39% | ;; | +1.93% | ;; +1.93% ;; SPY rose 1.39%
sc-qqq ;; value ;; V ;; QQQ    | $622.21 ;; QQQ    | $626.07 ;; $626.07 ;; QQQ closed at $622.21; $626.07
  was its high ;; real
sc-qqqp ;; value ;; V ;; | +1.73% | ;; | +1.37% | ;; +1.37% ;; QQQ rose 1.73%
sc-iwm ;; value ;; V ;; IWM    | $247.41 ;; IWM    | $247.14 ;; $247.14 ;; IWM closed at $247.41
sc-iwmp ;; direction ;; D ;; | +1.96% | ;; | -1.96% | ;; -1.96% ;; IWM rose 1.96%
sc-rec ;; value ;; V ;; Closed at a record $481.59 ;; Closed at a record $479.59 ;; $479.59 ;; the record
  close is
  $481.59
sc-recp ;; pattern ;; P ;; The close was the highest ever ;; The close was still short of the record ;;
  still short of
  the record ;; $481.59 is a new record close
sc-chg ;; value ;; V ;; up $4.26 on the day ;; up $4.62 on the day ;; $4.62 ;; DIA rose $4.26
sc-open ;; value ;; V ;; Opened $478.18 ;; Opened $478.81 ;; $478.81 ;; the open was $478.18
sc-low ;; value ;; V ;; low $477.56, high ;; low $477.65, high ;; $477.65 ;; the low was $477.56
sc-high ;; value ;; V ;; high $485.20 ;; high $485.02 ;; $485.02 ;; the high was $485.20
sc-least ;; direction ;; D ;; the smallest gain of the four ;; the biggest gain of the four ;; the biggest
  gain ;;
  0.89% was the smallest
sc-iwmg ;; derived ;; DER ;; trailed IWM by 1.07 pp ;; trailed IWM by 0.70 pp ;; 0.70 pp ;; 1.96% - 0.89%
  is 1.07 pp
sc-spyg ;; derived ;; DER ;; SPY by 0.49 pp ;; SPY by 0.94 pp ;; 0.94 pp ;; 1.39% - 0.89% is 0.50 pp
sc-dji ;; value ;; V ;; closed at 48,219.41 ;; closed at 48,291.41 ;; 48,291.41 ;; the Dow closed at 48,219.41
sc-djip ;; subject ;; V ;; up 0.87%. ;; up 1.73%. ;; 1.73% ;; the Dow rose 0.87%; 1.73% is QQQ's ;; real
sc-fri ;; history ;; V ;; Nov 14 $477.33 ;; Nov 14 $477.56 ;; $477.56 ;; Friday closed at $477.33; $477.56 was
  Thursday ;; real
sc-friw ;; date ;; WM ;; Friday, Nov 14 ;; Saturday, Nov 14 ;; Saturday, Nov 14 ;; Nov 14, 2025 was a Friday
sc-wed ;; history ;; V ;; Nov 12 $478.00 ;; Nov 12 $478.80 ;; $478.80 ;; Wednesday closed at $478.00
sc-5d ;; value ;; V ;; 5 days: +1.70% ;; 5 days: +1.77% ;; +1.77% ;; the five-day gain is 1.70%
sc-1m ;; timeframe ;; V ;; 1 month: +1.99% ;; 1 month: +6.55% ;; +6.55% ;; 6.55% is year to date; the
  month gave 1.99% ;; real
sc-ytd ;; value ;; V ;; Year to date: +6.55% ;; Year to date: +5.65% ;; +5.65% ;; the year-to-date gain is
  6.55%
sc-50 ;; value ;; V ;; 50-day SMA $460.80 ;; 50-day SMA $468.00 ;; $468.00 ;; the 50-day is $460.80
sc-50p ;; value ;; V ;; (price 4.51% above) ;; (price 5.41% above) ;; 5.41% ;; DIA is 4.51% above the 50-day
sc-200p ;; value ;; V ;; (price 10.90% above) ;; (price 9.10% above) ;; 9.10% ;; DIA is 10.90% above the
  200-day
sc-xd ;; date ;; DU ;; Golden cross: Jul 14, 2025 ;; Golden cross: Jul 24, 2025 ;; Jul 24, 2025 ;; the
  cross was on
  Jul 14, 2025
sc-xn ;; history ;; V ;; (89 sessions ago) ;; (98 sessions ago) ;; 98 sessions ;; the cross is 89 sessions old
sc-rsi ;; indicator ;; IND ;; RSI(14) 72.8, overbought ;; RSI(14) 72.8, oversold ;; oversold ;; RSI 72.8
  is over 70
sc-macd ;; indicator ;; IND ;; MACD 4.50 above signal ;; MACD 4.50 below signal ;; below signal ;; 4.50 is
  above 3.61
sc-bb ;; direction ;; D ;; the close is just below it ;; the close is well above it ;; well above it ;;
  $481.59 is
  below $482.40
sc-low52 ;; value ;; V ;; low $371.18 ;; low $317.18 ;; $317.18 ;; the 52-week low is $371.18
sc-lowd ;; date ;; DU ;; (Apr 16, 2025) ;; (Apr 6, 2025) ;; Apr 6, 2025 ;; the low was on Apr 16, 2025
sc-vix ;; value ;; V ;; VIX 13.47 (-4.67%) ;; VIX 14.37 (-4.67%) ;; 14.37 ;; the VIX closed at 13.47
sc-stop ;; setup ;; SG ;; stop $480.47, target ;; stop $488.47, target ;; $488.47 ;; a long's stop must
  sit below the
  $486.07 entry
sc-rr ;; setup ;; SRR ;; reward/risk 2.4 ;; reward/risk 4.2 ;; 4.2 ;; 13.45 / 5.60 is 2.4
sc-480 ;; level ;; LW ;; $490 above; $480 below ;; $480 above; $490 below ;; $480 above ;; $480 is below
  the close
""")

B = "wrapped-QQQ-2025-11-17"
clean(B, "QQQ-2025-11-17", "app year-in-review", "md",
      "a brokerage app's 'your year, wrapped' cards for a user holding the Nasdaq 100 fund, sent on a "
      "record day: the user's own habits (days held, app opens, favourite weekday) beside the fund's "
      "figures", """\
# Your 2025, Wrapped 🎁
*Card 1 of 6 · generated Monday, Nov 17, 2025*

**You held QQQ for 212 days.** You opened the app 1,406 times and your favourite day to check it was
  Tuesday. Here is how your fund did while you were looking.

**Card 2: Today was a big one.** QQQ closed at a record $622.21, up $10.60 (1.73%). It opened at $613.29,
  dipped to $609.46 and touched $626.07, also a record. That move was about 1.4 times its usual daily
  range (ATR $8.35). 63.7M shares traded, 1.6x the 20-day average of 40.8M.

**Card 3: Your fund vs. the others today.** QQQ +1.73%, SPY +1.39%, DIA +0.89%, IWM +1.96%. Small caps
  (IWM) did better than QQQ today, but QQQ beat SPY by 0.35 points. The Nasdaq 100 index closed at
  25,582.79, up 1.74%.

**Card 4: Your year.** Year to date QQQ is up 14.73%. Over the last month it rose 1.68% and over the
  last five sessions 2.84%. It's 51.14% above its Apr 16 low of $411.68. Remember Friday, Nov 14? It
  closed at $611.61. And Wednesday, Nov 12: $615.65.

**Card 5: For the chart lovers.** 50-day average $601.02 (QQQ 3.52% above), 200-day $538.92 (15.46%
  above), golden cross since Jul 1, 97 sessions. RSI 65.6: strong, not yet overbought. MACD 3.36 over
  its signal 1.48. Upper Bollinger band $627.15, so today's close sat under it. The fund is not below
  any of its averages.

**Card 6: What people are watching.** Round numbers at $620 below and $630 above. A popular breakout
  plan: buy $630.56, stop $620.12, target $655.61 (about 2.4 to 1).

*Share your Wrapped! 🔁 Not advice. Figures are end of day. You're in the top 8% of app users by
  logins.*
""")
plants(B, """
wr-close ;; value ;; V ;; closed at a record $622.21 ;; closed at a record $622.12 ;; $622.12 ;; QQQ
  closed at $622.21
wr-chg ;; value ;; V ;; up $10.60 (1.73%) ;; up $10.06 (1.73%) ;; $10.06 ;; QQQ rose $10.60
wr-pct ;; value ;; V ;; $10.60 (1.73%) ;; $10.60 (1.37%) ;; 1.37% ;; QQQ rose 1.73%
wr-dir ;; direction ;; D ;; up $10.60 ;; down $10.60 ;; down $10.60 ;; QQQ rose
wr-open ;; value ;; V ;; opened at $613.29 ;; opened at $613.92 ;; $613.92 ;; the open was $613.29
wr-low ;; value ;; V ;; dipped to $609.46 ;; dipped to $609.64 ;; $609.64 ;; the low was $609.46
wr-high ;; value ;; V ;; touched $626.07 ;; touched $627.06 ;; $627.06 ;; the high was $626.07
wr-atrx ;; value ;; V ;; about 1.4 times its usual ;; about 4.1 times its usual ;; 4.1 times ;; the move
  is 1.4 ATR
wr-atr ;; indicator ;; V ;; (ATR $8.35) ;; (ATR $8.53) ;; $8.53 ;; the ATR is $8.35
wr-vol ;; value ;; V ;; 63.7M shares ;; 67.3M shares ;; 67.3M ;; volume was 63.7M
wr-avg ;; value ;; V ;; average of 40.8M ;; average of 48.0M ;; 48.0M ;; the 20-day average is 40.8M
wr-spy ;; value ;; V ;; SPY +1.39% ;; SPY +1.93% ;; +1.93% ;; SPY rose 1.39%
wr-dia ;; subject ;; V ;; DIA +0.89% ;; DIA +1.96% ;; +1.96% ;; DIA rose 0.89%; 1.96% is IWM's ;; real
wr-iwm ;; value ;; V ;; IWM +1.96% ;; IWM +1.69% ;; +1.69% ;; IWM rose 1.96%
wr-better ;; direction ;; D ;; (IWM) did better than QQQ ;; (IWM) did worse than QQQ ;; did worse than QQQ
  ;; 1.96%
  beats 1.73%
wr-gap ;; derived ;; DER ;; beat SPY by 0.35 points ;; beat SPY by 0.65 points ;; 0.65 points ;; 1.73% -
  1.39% is 0.34
wr-ndx ;; value ;; V ;; closed at
  25,582.79 ;; closed at
  25,528.79 ;; 25,528.79 ;; the Nasdaq 100 closed at 25,582.79
wr-ytd ;; value ;; V ;; up 14.73% ;; up 17.43% ;; 17.43% ;; the year-to-date gain is 14.73%
wr-1m ;; value ;; V ;; it rose 1.68% ;; it rose 1.86% ;; 1.86% ;; the month's gain is 1.68%
wr-5d ;; timeframe ;; V ;; five sessions 2.84% ;; five sessions 1.68% ;; 1.68% ;; 1.68% is the month's; five
  sessions gave 2.84% ;; real
wr-lowp ;; value ;; V ;; It's 51.14% above ;; It's 41.15% above ;; 41.15% ;; QQQ is 51.14% above the low
wr-lowd ;; date ;; DU ;; its Apr 16 low ;; its Apr 9 low ;; Apr 9 ;; the low was on Apr 16, 2025
wr-fri ;; history ;; V ;; It
  closed at $611.61 ;; It
  closed at $612.16 ;; $612.16 ;; Friday closed at $611.61; $612.16 was Thursday ;; real
wr-friw ;; date ;; WM ;; Remember Friday, Nov 14 ;; Remember Thursday, Nov 14 ;; Thursday, Nov 14 ;; Nov
  14, 2025
  was a Friday
wr-wed ;; history ;; V ;; Nov 12: $615.65 ;; Nov 12: $616.55 ;; $616.55 ;; Wednesday closed at $615.65
wr-50 ;; value ;; V ;; 50-day average $601.02 ;; 50-day average $610.02 ;; $610.02 ;; the 50-day is $601.02
wr-50p ;; value ;; V ;; (QQQ 3.52% above) ;; (QQQ 2.53% above) ;; 2.53% ;; QQQ is 3.52% above the 50-day
wr-200 ;; value ;; V ;; 200-day $538.92 ;; 200-day $583.92 ;; $583.92 ;; the 200-day is $538.92
wr-200p ;; value ;; V ;; (15.46%
  above) ;; (14.56%
  above) ;; 14.56% ;; QQQ is 15.46% above the 200-day
wr-xd ;; date ;; DU ;; golden cross since Jul 1 ;; golden cross since Jul 11 ;; Jul 11 ;; the cross was on
  Jul 1, 2025
wr-xn ;; history ;; V ;; 97 sessions ;; 79 sessions ;; 79 sessions ;; the cross is 97 sessions old
wr-rsi ;; indicator ;; V ;; RSI 65.6 ;; RSI 56.6 ;; 56.6 ;; RSI is 65.6
wr-rsiw ;; indicator ;; IND ;; not yet overbought ;; already overbought ;; already overbought ;; RSI 65.6
  is under 70
wr-macd ;; indicator ;; IND ;; MACD 3.36 over
  its signal ;; MACD 3.36 under
  its signal ;; under ;; 3.36 is above 1.48
wr-bb ;; indicator ;; V ;; band $627.15 ;; band $621.75 ;; $621.75 ;; the upper band is $627.15
wr-neg ;; negation ;; P ;; The fund is not below
  any of its averages ;; The fund is below
  all of its averages ;; below
  all of its averages ;; QQQ is above its 20-, 50- and 200-day averages
wr-lv ;; level ;; LW ;; $620 below and $630 above ;; $630 below and $620 above ;; $630 below ;; $630 is
  above the close
wr-stop ;; setup ;; SG ;; stop $620.12, target ;; stop $632.12, target ;; $632.12 ;; a long's stop must
  sit below the
  $630.56 entry
wr-rr ;; setup ;; SRR ;; (about 2.4 to 1) ;; (about 4.2 to 1) ;; 4.2 to 1 ;; 25.05 / 10.44 is 2.4
""")

B = "gamma-SPY-2026-11-20"
clean(B, "SPY-2026-11-20", "gamma note", "md",
      "an options desk's dealer-positioning ('gamma') note after the monthly expiry: strikes, walls and a "
      "dollar-gamma estimate the desk makes itself, next to the day's tape", """\
**GAMMA CHECK | SPY | Fri Nov 20, 2026 close | desk estimate, not advice**

Monthly opex is behind us and SPY rallied through it: close $688.00, up $7.49 (+1.10%), from an open of
  $681.15. The low was $679.36 and the high $689.87, so the fund closed near the top of the day's
  range. Volume 118.3M, 1.8x its 20-day average of 64.9M, as expiring positions rolled.

**Positioning for the Nov 27 weekly expiry**
- Call wall: $700 (largest call open interest). That is $12 above the close.
- Put wall: $675 (largest put open interest).
- Max pain: $690, just 0.29% above the close.
- Put/call open-interest ratio: 1.16.
- Our dollar-gamma estimate: +$1.9bn per 1% move (our model, not exchange data), flipping negative
  under roughly $676.

**Tape**
SPY is 1.11% above its 50-day ($680.43) and 6.48% above its 200-day ($646.13). RSI 55.0. The record
  close is $694.71 (Oct 22), 0.97% above; the intraday record is $697.09. The breakout setup we show
  clients: entry $697.09, stop $690.03, target $710.97, 2.0 reward per unit of risk.
The S&P 500 closed at 6,901.69 [1]; QQQ did better (+1.90%), IWM (+0.30%) and DIA (+0.60%) did worse.
  SPY lagged QQQ by 0.80 pp. The VIX dropped 9.30% to 15.60.

**Read**
With the close $2 under max pain and the put wall $13 below, dealers should dampen moves into
  Thanksgiving. Above $690 the path to $694.71 opens. Not below $678.45 (the range floor) unless the
  Dec 9 Fed surprises. The ATR is $7.06, so the call wall is under two ATRs away.

<<SOURCES>>
""", sources=("ld-rebound20",))
plants(B, """
gm-close ;; value ;; V ;; close $688.00, up ;; close $686.00, up ;; $686.00 ;; SPY closed at $688.00
gm-chg ;; value ;; V ;; up $7.49 (+1.10%) ;; up $7.94 (+1.10%) ;; $7.94 ;; SPY rose $7.49
gm-pct ;; value ;; V ;; (+1.10%), from ;; (+1.01%), from ;; +1.01% ;; SPY rose 1.10%
gm-dir ;; direction ;; D ;; SPY rallied through it ;; SPY slumped through it ;; slumped ;; SPY rose 1.10%
gm-open ;; value ;; V ;; open of
  $681.15 ;; open of
  $681.51 ;; $681.51 ;; the open was $681.15
gm-low ;; value ;; V ;; The low was $679.36 ;; The low was $679.63 ;; $679.63 ;; the low was $679.36
gm-high ;; value ;; V ;; the high $689.87 ;; the high $689.78 ;; $689.78 ;; the high was $689.87
gm-top ;; direction ;; D ;; closed near the top of the day's ;; closed near the bottom of the day's ;;
  near the bottom ;;
  $688.00 is near $689.87
gm-vol ;; value ;; V ;; Volume 118.3M ;; Volume 113.8M ;; 113.8M ;; volume was 118.3M
gm-ratio ;; value ;; V ;; 1.8x its ;; 2.8x its ;; 2.8x ;; the volume ratio is 1.8
gm-exp ;; date ;; DU ;; the Nov 27 weekly ;; the Nov 26 weekly ;; Nov 26 ;; the options expire Nov 27
gm-cw ;; value ;; V ;; Call wall: $700 ;; Call wall: $710 ;; $710 ;; the call wall is $700
gm-cwd ;; derived ;; DER ;; That is $12 above ;; That is $22 above ;; $22 ;; $700 - $688.00 is $12
gm-pw ;; value ;; V ;; Put wall: $675 ;; Put wall: $665 ;; $665 ;; the put wall is $675
gm-mp ;; value ;; V ;; Max pain: $690, ;; Max pain: $695, ;; $695 ;; max pain is $690
gm-mpd ;; level ;; V ;; just 0.29% above ;; just 0.92% above ;; 0.92% ;; $690 is 0.29% above the close
gm-pc ;; value ;; V ;; ratio: 1.16 ;; ratio: 1.61 ;; 1.61 ;; put/call is 1.16
gm-50p ;; value ;; V ;; SPY is 1.11% above ;; SPY is 1.17% above ;; 1.17% ;; SPY is 1.11% above the 50-day
gm-50 ;; value ;; V ;; 50-day ($680.43) ;; 50-day ($684.03) ;; $684.03 ;; the 50-day is $680.43
gm-200 ;; value ;; V ;; 200-day ($646.13) ;; 200-day ($641.63) ;; $641.63 ;; the 200-day is $646.13
gm-rsi ;; indicator ;; V ;; RSI 55.0 ;; RSI 50.5 ;; 50.5 ;; RSI is 55.0
gm-ath ;; value ;; V ;; close is $694.71 ;; close is $697.09 ;; $697.09 ;; the record close is $694.71 ;; real
gm-athd ;; date ;; DU ;; $694.71 (Oct 22) ;; $694.71 (Oct 29) ;; Oct 29 ;; the record close was on Oct 22
gm-athp ;; value ;; V ;; 0.97% above; ;; 0.79% above; ;; 0.79% ;; the record is 0.97% above
gm-stop ;; setup ;; SG ;; stop $690.03, target ;; stop $699.03, target ;; $699.03 ;; a long's stop must
  sit below the
  $697.09 entry
gm-rr ;; setup ;; SRR ;; 2.0 reward per unit ;; 3.0 reward per unit ;; 3.0 reward ;; 13.88 / 7.06 is 2.0
gm-spx ;; value ;; V ;; closed at 6,901.69 [1] ;; closed at 6,910.69 [1] ;; 6,910.69 ;; the S&P 500 closed
  at 6,901.69
gm-cite ;; citation ;; CU ;; 6,901.69 [1] ;; 6,901.69 [2] ;; [2] ;; one source
gm-qqq ;; value ;; V ;; QQQ did better (+1.90%) ;; QQQ did better (+1.70%) ;; +1.70% ;; QQQ rose 1.90%
gm-iwm ;; direction ;; D ;; IWM (+0.30%) and DIA (+0.60%) did worse ;; IWM (+0.30%) and DIA (+0.60%) did
  better ;;
  did better ;; both rose less than SPY
gm-lag ;; derived ;; DER ;; lagged QQQ by 0.80 pp ;; lagged QQQ by 0.90 pp ;; 0.90 pp ;; 1.90% - 1.10% is
  0.80 pp
gm-vix ;; value ;; V ;; dropped 9.30% ;; dropped 3.90% ;; 3.90% ;; the VIX fell 9.30%
gm-vixc ;; value ;; V ;; to 15.60. ;; to 16.50. ;; 16.50 ;; the VIX closed at 15.60
gm-mpd2 ;; derived ;; DER ;; close $2 under max pain ;; close $5 under max pain ;; $5 under ;; $690 -
  $688.00 is $2
gm-floor ;; level ;; V ;; below $678.45 ;; below $674.85 ;; $674.85 ;; the range floor is $678.45
gm-fed ;; date ;; DU ;; the
  Dec 9 Fed ;; the
  Dec 2 Fed ;; Dec 2 ;; the Fed decides Dec 9
gm-atr ;; indicator ;; V ;; The ATR is $7.06 ;; The ATR is $7.60 ;; $7.60 ;; the ATR is $7.06
gm-atrn ;; derived ;; DER ;; under two ATRs away ;; over five ATRs away ;; over five ATRs ;; $12 / $7.06
  is 1.7
""")

B = "brewlog-IWM-2026-02-13"
clean(B, "IWM-2026-02-13", "homebrew log", "txt",
      "a homebrewer's batch log for an oatmeal stout, with gravity readings, temperatures, hop weights "
      "and bottle counts, and the small-cap fund's slide noted between readings", """\
BATCH 14: OATMEAL STOUT | brewed Tue Feb 10 | 5.5 gal | target OG 1.062

Fri Feb 13, 7:05 am. Gravity 1.030, airlock every 4 seconds, temp 66°F. Swirled the fermenter.

Fri Feb 13, 4:30 pm. Gravity 1.024. Still 66°F. Checked my IWM on the phone while waiting for the
  hydrometer: closed at $226.54, down $2.39, or 1.04%. That's six down closes in a row now, 5.80%
  gone over those six sessions, and 4.94% for the five-day week. Thursday it closed at $228.93, and
  last Friday, Feb 6, at $238.32.

The month is worse: down 10.88%. Year to date down 6.88%. It's 12.12% under the record close of
  $257.77 from Nov 28. RSI 21.4, which even I know means deeply oversold, and it closed below the
  lower Bollinger band ($227.50). Under the 50-day ($246.22) by 7.99% and now under the 200-day
  ($229.41) too, by 1.25%. The 50-day is rolling over; the 200-day is still climbing. Golden cross
  still technically on, since Jul 18 last year.

Today's close was the lowest of the 20-session range; the top of that range was $252.38. Next floors
  on the chart: $225, then $218.48.

Everybody fell, small caps most: SPY -0.54%, QQQ -0.41%, DIA -0.65%. Russell 2000 at 2,276.24. VIX up
  4.34% to 17.06.

Sat Feb 14. Gravity 1.018. Added 2 oz of cold brew coffee. Planning to bottle Feb 24: about 52
  bottles. Not selling anything.
""")
plants(B, """
bl-close ;; value ;; V ;; closed at $226.54 ;; closed at $226.45 ;; $226.45 ;; IWM closed at $226.54
bl-chg ;; value ;; V ;; down $2.39, ;; down $2.93, ;; $2.93 ;; IWM fell $2.39
bl-pct ;; value ;; V ;; or 1.04%. ;; or 1.40%. ;; 1.40% ;; IWM fell 1.04%
bl-dir ;; direction ;; D ;; down $2.39, ;; up $2.39, ;; up $2.39 ;; IWM fell
bl-streak ;; history ;; V ;; six down closes in a row ;; four down closes in a row ;; four down closes ;;
  six down closes
bl-6d ;; history ;; V ;; 5.80%
  gone ;; 5.08%
  gone ;; 5.08% ;; the six-session loss is 5.80%
bl-5d ;; value ;; V ;; and 4.94% for ;; and 4.49% for ;; 4.49% ;; the five-session change is -4.94%
bl-thu ;; history ;; V ;; Thursday it closed at $228.93 ;; Thursday it closed at $229.83 ;; $229.83 ;;
  Thursday closed
  at $228.93
bl-feb6 ;; history ;; V ;; Feb 6, at $238.32 ;; Feb 6, at $238.84 ;; $238.84 ;; Feb 6 closed at $238.32;
  $238.84 was
  Feb 4 ;; real
bl-feb6w ;; date ;; WM ;; last Friday, Feb 6 ;; last Thursday, Feb 6 ;; Thursday, Feb 6 ;; Feb 6, 2026 was
  a Friday
bl-1m ;; value ;; V ;; down 10.88% ;; down 10.08% ;; 10.08% ;; the month's change is -10.88%
bl-ytd ;; timeframe ;; V ;; Year to date down 6.88% ;; Year to date down 10.88% ;; 10.88% ;; -10.88% is
  the month;
  the year is -6.88% ;; real
bl-athp ;; value ;; V ;; 12.12% under ;; 12.21% under ;; 12.21% ;; IWM is 12.12% below the record
bl-ath ;; value ;; V ;; close of
  $257.77 ;; close of
  $258.49 ;; $258.49 ;; the record close is $257.77; $258.49 is intraday ;; real
bl-athd ;; date ;; DU ;; from Nov 28 ;; from Nov 26 ;; Nov 26 ;; the record was on Nov 28, 2025
bl-rsi ;; indicator ;; V ;; RSI 21.4 ;; RSI 24.1 ;; 24.1 ;; RSI is 21.4
bl-rsiw ;; indicator ;; IND ;; deeply oversold ;; deeply overbought ;; deeply overbought ;; RSI 21.4 is
  under 30
bl-bb ;; direction ;; D ;; closed below the
  lower Bollinger band ;; closed above the
  lower Bollinger band ;; closed above ;; $226.54 is below $227.50
bl-bbv ;; indicator ;; V ;; ($227.50) ;; ($227.05) ;; $227.05 ;; the lower band is $227.50
bl-50 ;; value ;; V ;; 50-day ($246.22) ;; 50-day ($242.26) ;; $242.26 ;; the 50-day is $246.22
bl-50p ;; value ;; V ;; by 7.99% ;; by 9.79% ;; 9.79% ;; IWM is 7.99% below the 50-day
bl-200s ;; pattern ;; P ;; now under the 200-day ;; still over the 200-day ;; still over the 200-day ;;
  $226.54 is below
  $229.41
bl-200 ;; value ;; V ;; ($229.41) too ;; ($229.14) too ;; $229.14 ;; the 200-day is $229.41
bl-200p ;; value ;; V ;; by 1.25%. ;; by 2.15%. ;; 2.15% ;; IWM is 1.25% below the 200-day
bl-slope50 ;; trend ;; P ;; The 50-day is rolling over ;; The 50-day is still rising ;; still rising ;;
  the 50-day
  slope is -1.02%
bl-slope200 ;; trend ;; P ;; the 200-day is still climbing ;; the 200-day is sinking ;; sinking ;; the
  200-day slope
  is +2.72%
bl-xd ;; date ;; DU ;; since Jul 18 last year ;; since Jul 8 last year ;; Jul 8 ;; the cross was on Jul
  18, 2025
bl-xp ;; pattern ;; P ;; Golden cross
  still technically on ;; Death cross
  already on ;; Death cross ;; the 50-day is still above the 200-day
bl-low ;; direction ;; D ;; the lowest of the 20-session range ;; the highest of the 20-session range ;;
  the highest
  ;; $226.54 is the range floor
bl-top ;; level ;; V ;; that range was $252.38 ;; that range was $253.28 ;; $253.28 ;; the range top is
  $252.38
bl-lv ;; level ;; V ;; then $218.48. ;; then $218.84. ;; $218.84 ;; the level is $218.48
bl-most ;; direction ;; D ;; small caps most ;; small caps least ;; small caps least ;; IWM's -1.04% was
  the worst
bl-spy ;; value ;; V ;; SPY -0.54% ;; SPY -0.45% ;; -0.45% ;; SPY fell 0.54%
bl-qqq ;; subject ;; V ;; QQQ -0.41% ;; QQQ -0.65% ;; -0.65% ;; QQQ fell 0.41%; 0.65% is DIA's ;; real
bl-rut ;; value ;; V ;; at 2,276.24 ;; at 2,267.24 ;; 2,267.24 ;; the Russell 2000 closed at 2,276.24
bl-vix ;; value ;; V ;; 4.34% to 17.06 ;; 4.34% to 17.60 ;; 17.60 ;; the VIX closed at 17.06
bl-wd ;; date ;; WM ;; Fri Feb 13, 4:30 pm ;; Thu Feb 13, 4:30 pm ;; Thu Feb 13 ;; Feb 13, 2026 was a Friday
""")

B = "salon-IWM-2026-03-30"
clean(B, "IWM-2026-03-30", "salon day sheet", "txt",
      "a hair salon's Monday day sheet: appointments with times, services and prices, and the owner's "
      "note on the small-cap fund a client asked about", """\
SHEAR LUCK SALON | DAY SHEET | MONDAY, MARCH 30, 2026 | chairs 1-4

09:00  Dana    cut + blow-dry        $65    chair 2
10:15  Priya   colour (root touch)   $95    chair 1   (45 min processing)
11:30  Marcus  beard trim            $25    chair 3
13:00  Lena    balayage              $210   chair 1   (3 hrs)
16:30  Walk-in slot                         chair 4

OWNER'S NOTE (for Lena, who asked about "that small-cap fund" again)
IWM closed at $211.00 today, down $2.65 or 1.24%. It opened at $212.62, already below Friday's
  $213.65, and never got above $212.88; the low was $210.85. That's four down days in a row, 2.54% in
  all. Since Tuesday, Mar 24's close of $216.51 it has not had an up day.
The Russell 2000 fell 1.22% to 2,120.33. QQQ fell more (-1.44%), SPY less (-0.78%, to $618.00) and
  DIA lost 1.04%.
It is down 13.27% this year and 18.14% below its record close of $257.77, but still 21.72% above the
  52-week low of $173.35 from Apr 16, 2025.
The 50-day average ($227.59) dropped under the 200-day ($230.93) on Mar 24: a death cross, 4 sessions
  ago. IWM is 7.29% below the first and 8.63% below the second. RSI 33.9, near oversold but not there.
  The MACD (-3.77) is above its signal (-4.40), the one hopeful thing.
Floors people mention: the round $210 and $207.94. The 20-day range bottom is $210.30, 70 cents under
  today's close. The VIX is at 24.71.
Tell her: I cut hair, I don't pick funds. Tip jar total today: $48.
""")
plants(B, """
sl-day ;; date ;; WM ;; MONDAY, MARCH 30, 2026 ;; TUESDAY, MARCH 30, 2026 ;; TUESDAY, MARCH 30 ;; Mar 30,
  2026 was a
  Monday
sl-close ;; value ;; V ;; IWM closed at $211.00 ;; IWM closed at $210.00 ;; $210.00 ;; IWM closed at $211.00
sl-chg ;; value ;; V ;; down $2.65 or ;; down $2.56 or ;; $2.56 ;; IWM fell $2.65
sl-pct ;; value ;; V ;; or 1.24%. ;; or 1.42%. ;; 1.42% ;; IWM fell 1.24%
sl-dir ;; direction ;; D ;; today, down $2.65 ;; today, up $2.65 ;; up $2.65 ;; IWM fell
sl-open ;; value ;; V ;; opened at $212.62 ;; opened at $212.26 ;; $212.26 ;; the open was $212.62
sl-gap ;; direction ;; D ;; already below Friday's ;; already above Friday's ;; already above ;; $212.62
  is below $213.65
sl-fri ;; history ;; V ;; Friday's
  $213.65 ;; Friday's
  $215.29 ;; $215.29 ;; Friday closed at $213.65; $215.29 was Thursday ;; real
sl-high ;; value ;; V ;; above $212.88 ;; above $213.88 ;; $213.88 ;; the high was $212.88
sl-low ;; value ;; V ;; the low was $210.85 ;; the low was $210.58 ;; $210.58 ;; the low was $210.85
sl-streak ;; history ;; V ;; four down days in a row ;; seven down days in a row ;; seven down days ;;
  four down closes
sl-4d ;; history ;; V ;; 2.54% in
  all ;; 3.54% in
  all ;; 3.54% ;; the four-session loss is 2.54%
sl-tue ;; history ;; V ;; close of $216.51 ;; close of $216.15 ;; $216.15 ;; Mar 24 closed at $216.51
sl-tuew ;; date ;; WM ;; Since Tuesday, Mar 24's ;; Since Wednesday, Mar 24's ;; Wednesday, Mar 24 ;; Mar
  24 was a
  Tuesday
sl-rut ;; value ;; V ;; fell 1.22% to 2,120.33 ;; fell 1.22% to 2,102.33 ;; 2,102.33 ;; the Russell 2000
  closed at 2,120.33
sl-more ;; direction ;; D ;; QQQ fell more (-1.44%) ;; QQQ fell less (-1.44%) ;; QQQ fell less ;; -1.44%
  is worse
  than -1.24%
sl-spy ;; value ;; V ;; to $618.00) ;; to $681.00) ;; $681.00 ;; SPY closed at $618.00
sl-dia ;; subject ;; V ;; DIA lost 1.04% ;; DIA lost 1.44% ;; 1.44% ;; DIA fell 1.04%; 1.44% is QQQ's ;; real
sl-ytd ;; value ;; V ;; down 13.27% this year ;; down 12.37% this year ;; 12.37% ;; the year-to-date
  change is -13.27%
sl-athp ;; value ;; V ;; and 18.14% below ;; and 18.41% below ;; 18.41% ;; IWM is 18.14% below the record
sl-lowp ;; value ;; V ;; still 21.72% above ;; still 27.12% above ;; 27.12% ;; IWM is 21.72% above the
  52-week low
sl-low52 ;; value ;; V ;; low of $173.35 ;; low of $170.94 ;; $170.94 ;; the 52-week low is $173.35 as of
  Mar 30 ;; real
sl-lowd ;; date ;; DU ;; from Apr 16, 2025 ;; from Apr 1, 2025 ;; Apr 1, 2025 ;; the low close was on Apr
  16, 2025
sl-50 ;; value ;; V ;; average ($227.59) ;; average ($225.79) ;; $225.79 ;; the 50-day is $227.59
sl-order ;; pattern ;; P ;; dropped under the 200-day ;; climbed over the 200-day ;; climbed over the
  200-day ;;
  $227.59 is below $230.93
sl-xp ;; pattern ;; P ;; a death cross, 4 sessions ;; a golden cross, 4 sessions ;; golden cross ;; the
  50-day fell
  below the 200-day
sl-xd ;; date ;; DU ;; on Mar 24: ;; on Mar 20: ;; Mar 20 ;; the cross was on Mar 24
sl-xn ;; history ;; V ;; 4 sessions
  ago ;; 9 sessions
  ago ;; 9 sessions ;; the cross is 4 sessions old
sl-50p ;; value ;; V ;; 7.29% below the first ;; 7.92% below the first ;; 7.92% ;; IWM is 7.29% below the
  50-day
sl-200p ;; value ;; V ;; 8.63% below the second ;; 6.83% below the second ;; 6.83% ;; IWM is 8.63% below
  the 200-day
sl-rsi ;; indicator ;; V ;; RSI 33.9 ;; RSI 39.3 ;; 39.3 ;; RSI is 33.9
sl-macd ;; indicator ;; IND ;; is above its signal ;; is below its signal ;; below its signal ;; -3.77 is
  above -4.40
sl-lv ;; level ;; V ;; and $207.94 ;; and $209.74 ;; $209.74 ;; the level is $207.94
sl-rb ;; level ;; V ;; bottom is $210.30 ;; bottom is $210.03 ;; $210.03 ;; the range floor is $210.30
sl-cents ;; derived ;; DER ;; 70 cents under ;; 30 cents under ;; 30 cents ;; $211.00 - $210.30 is 70 cents
sl-vix ;; value ;; V ;; VIX is at 24.71 ;; VIX is at 27.41 ;; 27.41 ;; the VIX closed at 24.71
""")

B = "shelter-DIA-2026-06-03"
clean(B, "DIA-2026-06-03", "animal shelter newsletter", "txt",
      "an animal shelter's June newsletter with adoption counts, fees, kennel numbers and a volunteer "
      "treasurer's paragraph on the Dow fund the shelter's small endowment holds", """\
PAWS & WHISKERS RESCUE | JUNE NEWSLETTER | Issue 63 | Wednesday, June 3, 2026

ADOPTIONS: 23 animals went home in May (14 dogs, 9 cats). Fees stay at $150 for dogs and $85 for
  cats; seniors over 65 adopt for half price. Kennels 4 through 12 are being repainted this month.

FROM THE TREASURER
Our endowment holds the Dow fund, DIA, so here is the number-cruncher's corner. DIA closed today at
  $461.11, down $2.67 or 0.58%, on a day when SPY (+0.58%), QQQ (+0.57%) and IWM (+0.35%) all rose.
  DIA was the only one of the four to fall, trailing SPY by 1.16 percentage points. The Dow closed at
  46,185.73, down 0.57%. Don't panic: Tuesday's close of $463.78 was the best of the last 20
  sessions, and over five sessions DIA is still up 2.78%; over a month, up 6.62%.
DIA opened at $462.98, reached $463.24 (just under the upper Bollinger band, $463.44) and fell to
  $460.92. It sits 4.85% above the 50-day average ($439.80) and only 0.22% above the 200-day
  ($460.09). The 50-day is still under the 200-day (the death cross of Apr 8, 39 sessions ago) and still
  falling. RSI is 66.6, warm but not overbought. For the year we are down 2.93%, and 6.64% below the
  record close of $493.91 (Jan 12). The low this year was $423.43 on Thursday, Apr 30; we are 8.90%
  above that. The VIX rose 6.18% to 18.55.

VOLUNTEER HOURS: 1,204 in May. Thank you!
WISH LIST: 40 lb bags of dry food, 12 litter boxes, towels of any size.
NEXT EVENT: Adopt-a-thon, Saturday, June 13, 10 am to 3 pm. Raffle tickets $5.
""")
plants(B, """
sh-close ;; value ;; V ;; DIA closed today at
  $461.11 ;; DIA closed today at
  $461.01 ;; $461.01 ;; DIA closed at $461.11
sh-chg ;; value ;; V ;; down $2.67 or ;; down $2.76 or ;; $2.76 ;; DIA fell $2.67
sh-pct ;; value ;; V ;; or 0.58%, on ;; or 0.85%, on ;; 0.85% ;; DIA fell 0.58%
sh-dir ;; direction ;; D ;; $461.11, down ;; $461.11, up ;; up ;; DIA fell
sh-spy ;; subject ;; V ;; SPY (+0.58%) ;; SPY (+0.35%) ;; +0.35% ;; SPY rose 0.58%; 0.35% is IWM's ;; real
sh-qqq ;; value ;; V ;; QQQ (+0.57%) ;; QQQ (+0.75%) ;; +0.75% ;; QQQ rose 0.57%
sh-iwm ;; value ;; V ;; IWM (+0.35%) ;; IWM (+0.53%) ;; +0.53% ;; IWM rose 0.35%
sh-only ;; direction ;; D ;; DIA was the only one of the four to fall ;; DIA was the only one of the four
  to rise ;;
  the only one of the four to rise ;; DIA fell while the others rose
sh-gap ;; derived ;; DER ;; trailing SPY by 1.16 ;; trailing SPY by 1.61 ;; 1.61 ;; 0.58% - -0.58% is 1.16 pp
sh-dji ;; value ;; V ;; closed at
  46,185.73 ;; closed at
  46,158.73 ;; 46,158.73 ;; the Dow closed at 46,185.73
sh-djip ;; direction ;; D ;; 46,185.73, down 0.57% ;; 46,185.73, up 0.57% ;; up 0.57% ;; the Dow fell
sh-tue ;; history ;; V ;; Tuesday's close of $463.78 ;; Tuesday's close of $462.43 ;; $462.43 ;; Tuesday
  closed at
  $463.78; $462.43 was Monday ;; real
sh-best ;; history ;; D ;; was the best of the last 20
  sessions ;; was the worst of the last 20
  sessions ;; the worst ;; $463.78 is the 20-session range top
sh-5d ;; value ;; V ;; still up 2.78% ;; still up 2.87% ;; 2.87% ;; the five-session gain is 2.78%
sh-1m ;; timeframe ;; V ;; over a month, up 6.62% ;; over a month, up 2.78% ;; 2.78% ;; 2.78% is five
  sessions; the
  month gave 6.62% ;; real
sh-open ;; value ;; V ;; DIA opened at $462.98 ;; DIA opened at $462.89 ;; $462.89 ;; the open was $462.98
sh-high ;; value ;; V ;; reached $463.24 ;; reached $464.23 ;; $464.23 ;; the high was $463.24
sh-bb ;; indicator ;; V ;; band, $463.44 ;; band, $464.43 ;; $464.43 ;; the upper band is $463.44
sh-low ;; value ;; V ;; fell to
  $460.92 ;; fell to
  $460.29 ;; $460.29 ;; the low was $460.92
sh-50p ;; value ;; V ;; It sits 4.85% above ;; It sits 5.84% above ;; 5.84% ;; DIA is 4.85% above the 50-day
sh-50 ;; value ;; V ;; average ($439.80) ;; average ($438.90) ;; $438.90 ;; the 50-day is $439.80
sh-200p ;; value ;; V ;; only 0.22% above ;; only 2.20% above ;; 2.20% ;; DIA is 0.22% above the 200-day
sh-200 ;; value ;; V ;; ($460.09). ;; ($469.09). ;; $469.09 ;; the 200-day is $460.09
sh-order ;; pattern ;; P ;; The 50-day is still under the 200-day ;; The 50-day is now over the 200-day ;;
  now over
  the 200-day ;; $439.80 is below $460.09
sh-xp ;; pattern ;; P ;; (the death cross of Apr 8 ;; (the golden cross of Apr 8 ;; golden cross ;; the
  cross was
  a death cross
sh-xd ;; date ;; DU ;; cross of Apr 8, ;; cross of Apr 18, ;; Apr 18 ;; the cross was on Apr 8
sh-xn ;; history ;; V ;; 39 sessions ago ;; 93 sessions ago ;; 93 sessions ;; the cross is 39 sessions old
sh-slope ;; trend ;; P ;; and still
  falling ;; and now
  rising ;; rising ;; the 50-day slope is -0.93%
sh-rsi ;; indicator ;; V ;; RSI is 66.6 ;; RSI is 69.6 ;; 69.6 ;; RSI is 66.6
sh-rsiw ;; indicator ;; IND ;; warm but not overbought ;; deeply oversold ;; deeply oversold ;; RSI 66.6
sh-ytd ;; value ;; V ;; we are down 2.93% ;; we are down 3.92% ;; 3.92% ;; the year-to-date change is -2.93%
sh-athp ;; value ;; V ;; and 6.64% below ;; and 6.46% below ;; 6.46% ;; DIA is 6.64% below the record
sh-ath ;; value ;; V ;; close of $493.91 ;; close of $495.73 ;; $495.73 ;; the record close is $493.91;
  $495.73 is
  intraday ;; real
sh-low52 ;; value ;; V ;; low this year was $423.43 ;; low this year was $422.22 ;; $422.22 ;; the low
  close was
  $423.43; $422.22 is the intraday low ;; real
sh-loww ;; date ;; WM ;; on Thursday, Apr 30 ;; on Friday, Apr 30 ;; Friday, Apr 30 ;; Apr 30, 2026 was a
  Thursday
sh-lowp ;; value ;; V ;; we are 8.90%
  above ;; we are 9.80%
  above ;; 9.80% ;; DIA is 8.90% above the low
sh-vix ;; value ;; V ;; rose 6.18% to 18.55 ;; rose 8.16% to 18.55 ;; 8.16% ;; the VIX rose 6.18%
sh-day ;; date ;; WM ;; Wednesday, June 3, 2026 ;; Thursday, June 3, 2026 ;; Thursday, June 3 ;; Jun 3,
  2026 was a
  Wednesday
""")

B = "monopoly-FRNT-2026-11-20"
clean(B, "FRNT-2026-11-20", "board-game night scoresheet", "txt",
      "a family's board-game night scoresheet with property prices, rents and cash counts, and the "
      "banker's asides on the frontier-markets fund an uncle keeps talking about", """\
GAME NIGHT SCORESHEET | Friday, Nov 20, 2026 | Table 2 | Banker: Aunt Rosa

Round 14. Tomas bought Boardwalk for $400 and Park Place for $350. Mia paid $28 rent on
  St. Charles Place and $200 income tax. Cash: Tomas $1,120, Mia $640, Uncle Ben $310, Rosa (bank) n/a.

Uncle Ben, between turns, about FRNT, "the frontier fund": closed at $30.01, down $0.26 or 0.86%, a
  new 52-week closing low. Third straight down close, -3.60% over the three. Opened $30.27, high
  $30.33, low $29.95. He says it's "just $0.01 above $30" and that the round $30 is the line in the sand.

Rosa's notes (she checks his numbers): week -3.07%, month -8.56%, year -18.34%. Thursday's close was
  $30.27, Wednesday's $30.55. It is 10.45% under its 50-day ($33.51) and 19.73% under its 200-day
  ($37.38); the 50-day crossed under the 200-day on Oct 15, 26 sessions ago, a death cross. RSI 22.9,
  oversold, and it closed under the lower Bollinger band of $30.05. The 52-week high was $41.82 on
  Aug 19, 28.24% above today; the all-time high, $44.45 on Nov 13, 2024, is 32.49% up.
The index behind it, the Frontier Select Markets Index, fell 0.88% to 35,112.40, while SPY rose 1.10%:
  FRNT trailed SPY by 1.96 points. Volume 7.8M, 1.2 times normal (6.3M). ATR $0.47.
Resistance above: $31, then $32.39, then the 50-day at $33.51. The 20-day range now runs from $30.01
  up to $33.16.

Round 15. Uncle Ben landed on Boardwalk: rent $50, unimproved. Mia rolled doubles three times and
  went to jail. Game ended 11:40 pm. Winner: Tomas, $2,310 in cash plus 9 properties.
""")
plants(B, """
mo-close ;; value ;; V ;; closed at $30.01 ;; closed at $30.10 ;; $30.10 ;; FRNT closed at $30.01
mo-chg ;; value ;; V ;; down $0.26 or ;; down $0.36 or ;; $0.36 ;; FRNT fell $0.26
mo-pct ;; value ;; V ;; or 0.86%, a ;; or 0.96%, a ;; 0.96% ;; FRNT fell 0.86%
mo-dir ;; direction ;; D ;; $30.01, down $0.26 ;; $30.01, up $0.26 ;; up $0.26 ;; FRNT fell
mo-low52 ;; pattern ;; P ;; new 52-week closing low ;; new 52-week closing high ;; closing high ;; $30.01
  is the
  52-week low close
mo-streak ;; history ;; V ;; Third straight down close ;; Fifth straight down close ;; Fifth straight ;;
  three down closes
mo-3d ;; history ;; V ;; -3.60% over the three ;; -3.06% over the three ;; -3.06% ;; the three-session
  loss is 3.60%
mo-open ;; value ;; V ;; Opened $30.27, high ;; Opened $30.72, high ;; $30.72 ;; the open was $30.27
mo-high ;; value ;; V ;; high
  $30.33 ;; high
  $30.38 ;; $30.38 ;; the high was $30.33
mo-low ;; value ;; V ;; low $29.95. ;; low $29.59. ;; $29.59 ;; the low was $29.95
mo-wk ;; value ;; V ;; week -3.07% ;; week -3.70% ;; -3.70% ;; the five-session change is -3.07%
mo-1m ;; value ;; V ;; month -8.56% ;; month -6.58% ;; -6.58% ;; the month's change is -8.56%
mo-ytd ;; timeframe ;; V ;; year -18.34% ;; year -8.56% ;; -8.56% ;; -8.56% is the month; the year is
  -18.34% ;; real
mo-thu ;; history ;; V ;; Thursday's close was
  $30.27 ;; Thursday's close was
  $30.55 ;; $30.55 ;; Thursday closed at $30.27; $30.55 was Wednesday ;; real
mo-wed ;; history ;; V ;; Wednesday's $30.55 ;; Wednesday's $31.13 ;; $31.13 ;; Wednesday closed at
  $30.55; $31.13
  was Tuesday ;; real
mo-50p ;; value ;; V ;; It is 10.45% under ;; It is 14.05% under ;; 14.05% ;; FRNT is 10.45% below the 50-day
mo-50 ;; value ;; V ;; 50-day ($33.51) ;; 50-day ($33.15) ;; $33.15 ;; the 50-day is $33.51
mo-200p ;; value ;; V ;; 19.73% under its 200-day ;; 17.93% under its 200-day ;; 17.93% ;; FRNT is 19.73%
  below the
  200-day
mo-200 ;; value ;; V ;; ($37.38); ;; ($38.37); ;; $38.37 ;; the 200-day is $37.38
mo-xd ;; date ;; DU ;; on Oct 15, 26 ;; on Oct 16, 26 ;; Oct 16 ;; the cross was on Oct 15
mo-xn ;; history ;; V ;; 26 sessions ago ;; 62 sessions ago ;; 62 sessions ;; the cross is 26 sessions old
mo-xp ;; pattern ;; P ;; ago, a death cross ;; ago, a golden cross ;; golden cross ;; the 50-day fell
  below the 200-day
mo-rsi ;; indicator ;; V ;; RSI 22.9 ;; RSI 29.2 ;; 29.2 ;; RSI is 22.9
mo-rsiw ;; indicator ;; IND ;; 22.9,
  oversold ;; 22.9,
  overbought ;; overbought ;; RSI 22.9 is under 30
mo-bbs ;; direction ;; D ;; closed under the lower Bollinger ;; closed over the lower Bollinger ;; closed
  over ;;
  $30.01 is under $30.05
mo-hi ;; value ;; V ;; high was $41.82 ;; high was $42.02 ;; $42.02 ;; the 52-week high close is $41.82;
  $42.02 is
  intraday ;; real
mo-hid ;; date ;; DU ;; on
  Aug 19, ;; on
  Aug 9, ;; Aug 9 ;; the 52-week high was on Aug 19
mo-hip ;; value ;; V ;; 28.24% above today ;; 24.28% above today ;; 24.28% ;; the 52-week high is 28.24% away
mo-ath ;; value ;; V ;; high, $44.45 ;; high, $45.44 ;; $45.44 ;; the all-time high is $44.45
mo-athd ;; date ;; DU ;; on Nov 13, 2024 ;; on Nov 13, 2025 ;; Nov 13, 2025 ;; the all-time high was on
  Nov 13, 2024
mo-fsmi ;; value ;; V ;; fell 0.88% to 35,112.40 ;; fell 0.88% to 35,121.40 ;; 35,121.40 ;; the index
  closed at
  35,112.40
mo-fsmisc ;; scale ;; SC ;; to 35,112.40, while ;; to $35.11, while ;; $35.11 ;; the index is in points,
  not dollars
mo-spy ;; value ;; V ;; SPY rose 1.10% ;; SPY rose 1.19% ;; 1.19% ;; SPY rose 1.10%
mo-gap ;; derived ;; DER ;; trailed SPY by 1.96 points ;; trailed SPY by 1.69 points ;; 1.69 points ;; 1.10% -
  -0.86% is 1.96
mo-vol ;; value ;; V ;; Volume 7.8M ;; Volume 8.7M ;; 8.7M ;; volume was 7.8M
mo-atr ;; indicator ;; V ;; ATR $0.47. ;; ATR $0.74. ;; $0.74 ;; the ATR is $0.47
mo-lv ;; level ;; V ;; then $32.39, then ;; then $32.93, then ;; $32.93 ;; the level is $32.39
mo-side ;; level ;; LW ;; Resistance above: $31, ;; Resistance above: $29, ;; Resistance above: $29 ;; $29
  is below
  the $30.01 close
mo-rtop ;; level ;; V ;; up to $33.16. ;; up to $33.61. ;; $33.61 ;; the range top is $33.16
""")

B = "cafeteria-FSMI-2026-11-20"
clean(B, "idx_FSMI-2026-11-20", "cafeteria menu", "txt",
      "a middle school's weekly cafeteria menu with meal prices, calorie counts and allergy codes, "
      "followed by the after-school investing club's 'index of the week' box on the frontier index", """\
LINCOLN MIDDLE SCHOOL CAFETERIA | WEEK OF NOV 16-20, 2026 | Lunch $3.25, reduced $0.40, milk $0.60

MON  Chicken tacos, black beans (640 kcal) [G]
TUE  Pasta bake, garden salad (710 kcal) [G, D]
WED  Turkey sandwich, apple (580 kcal) [G]
THU  Thanksgiving-style lunch: turkey, stuffing, green beans (820 kcal) [G, D]
FRI  Pizza day! Cheese or pepperoni (690 kcal) [G, D]
Allergy codes: G = gluten, D = dairy. Menu subject to change.

INVESTING CLUB: INDEX OF THE WEEK (Room 114, Fridays at 3:15)
This week we followed the Frontier Select Markets Index. On Friday it closed at 35,112.40, down 312.84
  points or 0.88%, after opening at 35,418.76. The high was 35,491.49 and the low 35,039.66. That was
  its third loss in a row (-3.58% over the three days) and its lowest close in 52 weeks.
Day by day: Monday 36,189.14, Tuesday 36,415.51 (the only up day), Wednesday 35,758.32, Thursday
  35,425.24, Friday 35,112.40. Week: -3.07%. Month: -8.56%. Year so far: -18.33%.
It is 10.45% below its 50-day average (39,210.55) and 19.73% below its 200-day (43,740.76). The 50-day
  went below the 200-day on Oct 15, which is called a death cross. RSI is 23.0 (under 30 means
  oversold). It closed below the lower Bollinger band, 35,162.55. Record high: 52,018.76 on Nov 13,
  2024, so it is 32.50% below that.
Meanwhile the S&P 500 rose 1.11% to 6,901.69 and the Russell 2000 0.30%: our index did 1.99 points
  worse than the S&P 500. The fund that tracks it, FRNT, closed at $30.01.
Next round numbers below: 35,000. Above: 35,500.
Club question for Monday: why can an index fall while the S&P 500 rises? Bring 1 idea each. 17 members.
""")
plants(B, """
cf-close ;; value ;; V ;; it closed at 35,112.40, down ;; it closed at 35,121.40, down ;; 35,121.40 ;; the
  index closed
  at 35,112.40
cf-pts ;; value ;; V ;; down 312.84
  points ;; down 321.84
  points ;; 321.84 ;; the index fell 312.84 points
cf-pct ;; value ;; V ;; or 0.88%, after ;; or 0.78%, after ;; 0.78% ;; the index fell 0.88%
cf-dir ;; direction ;; D ;; down 312.84 ;; up 312.84 ;; up 312.84 ;; the index fell
cf-open ;; value ;; V ;; opening at 35,418.76 ;; opening at 35,481.76 ;; 35,481.76 ;; the open was 35,418.76
cf-high ;; value ;; V ;; high was 35,491.49 ;; high was 35,941.49 ;; 35,941.49 ;; the high was 35,491.49
cf-low ;; value ;; V ;; low 35,039.66 ;; low 35,093.66 ;; 35,093.66 ;; the low was 35,039.66
cf-streak ;; history ;; V ;; its third loss in a row ;; its fifth loss in a row ;; fifth loss ;; three
  down closes
cf-3d ;; history ;; V ;; (-3.58% over the three days) ;; (-3.85% over the three days) ;; -3.85% ;; the
  three-session
  loss is 3.58%
cf-low52 ;; pattern ;; P ;; its lowest close in 52 weeks ;; its highest close in 52 weeks ;; highest close
  ;; the
  close is the 52-week low
cf-mon ;; history ;; V ;; Monday 36,189.14 ;; Monday 36,224.53 ;; 36,224.53 ;; Monday closed at 36,189.14;
  36,224.53
  was the Friday before ;; real
cf-tue ;; history ;; V ;; Tuesday 36,415.51 ;; Tuesday 36,451.51 ;; 36,451.51 ;; Tuesday closed at 36,415.51
cf-only ;; history ;; D ;; (the only up day) ;; (the only down day) ;; the only down day ;; Tuesday rose,
  the others fell
cf-wed ;; history ;; V ;; Wednesday 35,758.32 ;; Wednesday 35,785.32 ;; 35,785.32 ;; Wednesday closed at
  35,758.32
cf-thu ;; history ;; V ;; Thursday
  35,425.24 ;; Thursday
  35,452.24 ;; 35,452.24 ;; Thursday closed at 35,425.24
cf-wk ;; value ;; V ;; Week: -3.07% ;; Week: -3.70% ;; -3.70% ;; the five-session change is -3.07%
cf-1m ;; timeframe ;; V ;; Month: -8.56% ;; Month: -18.33% ;; -18.33% ;; -18.33% is the year; the month is
  -8.56% ;; real
cf-ytd ;; value ;; V ;; Year so far: -18.33% ;; Year so far: -13.38% ;; -13.38% ;; the year-to-date change
  is -18.33%
cf-50p ;; value ;; V ;; It is 10.45% below ;; It is 14.05% below ;; 14.05% ;; the index is 10.45% below
  the 50-day
cf-50 ;; value ;; V ;; average (39,210.55) ;; average (39,120.55) ;; 39,120.55 ;; the 50-day is 39,210.55
cf-200 ;; value ;; V ;; 200-day (43,740.76) ;; 200-day (43,470.76) ;; 43,470.76 ;; the 200-day is 43,740.76
cf-order ;; pattern ;; P ;; The 50-day
  went below the 200-day ;; The 50-day
  went above the 200-day ;; went above ;; the 50-day is below the 200-day
cf-xd ;; date ;; DU ;; on Oct 15, which ;; on Oct 5, which ;; Oct 5 ;; the cross was on Oct 15
cf-rsi ;; indicator ;; V ;; RSI is 23.0 ;; RSI is 32.0 ;; 32.0 ;; RSI is 23.0
cf-bb ;; indicator ;; V ;; band, 35,162.55 ;; band, 35,612.55 ;; 35,612.55 ;; the lower band is 35,162.55
cf-bbs ;; direction ;; D ;; It closed below the lower Bollinger ;; It closed above the lower Bollinger ;;
  closed above ;;
  35,112.40 is below 35,162.55
cf-ath ;; value ;; V ;; Record high: 52,018.76 ;; Record high: 52,108.76 ;; 52,108.76 ;; the record is
  52,018.76
cf-athd ;; date ;; DU ;; on Nov 13,
  2024 ;; on Nov 13,
  2023 ;; 2023 ;; the record was on Nov 13, 2024
cf-athp ;; value ;; V ;; it is 32.50% below ;; it is 35.20% below ;; 35.20% ;; the index is 32.50% below
  the record
cf-spx ;; value ;; V ;; rose 1.11% to 6,901.69 ;; rose 1.11% to 6,910.69 ;; 6,910.69 ;; the S&P 500 closed
  at 6,901.69
cf-spxp ;; subject ;; V ;; S&P 500 rose 1.11% ;; S&P 500 rose 0.30% ;; 0.30% ;; the S&P 500 rose 1.11%;
  0.30% is the
  Russell's ;; real
cf-gap ;; derived ;; DER ;; did 1.99 points
  worse ;; did 2.99 points
  worse ;; 2.99 points ;; 1.11% - -0.88% is 1.99
cf-frnt ;; value ;; V ;; closed at $30.01. ;; closed at $30.10. ;; $30.10 ;; FRNT closed at $30.01
cf-frntsc ;; scale ;; SC ;; FRNT, closed at $30.01. ;; FRNT, closed at 35,112.40. ;; FRNT, closed at
  35,112.40 ;; FRNT trades near
  $30, not at the index's level ;; real
cf-lv ;; level ;; LW ;; Next round numbers below: 35,000. ;; Next round numbers below: 35,500. ;; below:
  35,500 ;;
  35,500 is above the close ;; real
""")

B = "regatta-RUT-2026-11-17"
clean(B, "idx_RUT-2026-11-17", "regatta results", "txt",
      "a sailing club's Tuesday-evening race results with elapsed times, handicaps, wind speeds and "
      "sail numbers, and the race officer's note on the small-cap index for the members who trade it",
      """\
HARBOUR SAILING CLUB | TUESDAY TWILIGHT SERIES, RACE 9 | Tuesday, Nov 17, 2026
Wind SW 12-15 knots, gusts 19. Course 3 (4.2 nm). Start 16:45. 11 boats started, 10 finished.

POS  SAIL     BOAT            ELAPSED   CORRECTED
1    GBR 2245 Northern Light  1:02:14   0:58:31
2    GBR 1971 Kittiwake       1:04:50   0:59:02
3    IRL 808  Second Wind     1:01:37   0:59:40
DNF  GBR 3301 Mañana          (retired, broken batten)

RACE OFFICER'S NOTE (for the members who asked about the Russell 2000 at the bar last week)
The index closed at 2,465.79, down 19.30 points or 0.78%, after opening at 2,479.40. Its high,
  2,486.79, was above Monday's close of 2,485.09; its low was 2,459.06. Over five sessions it is down
  0.98%; over a month it is up 1.48%, and 0.85% for the year.
It closed just under its 50-day average, 2,473.93 (0.33% below), but above the 20-day, 2,463.79, and
  6.36% above the 200-day, 2,318.38. The golden cross has held since Aug 10 (70 sessions). RSI 50.1.
  MACD 8.85 above its signal, 5.83. The 14-day ATR is 32.44 points, so today was a 0.6 ATR day.
Its 22-session range runs from 2,421.62 to 2,505.20; it closed at that top on Thursday, Nov 12. Marks
  below: 2,458.33, then 2,450. The record close, 2,591.09 on Nov 28, 2025, is 4.84% above.
Others: the S&P 500 lost 0.50% to 6,821.04 [1], the Nasdaq 100 0.90% to 25,326.20 and the Dow 0.21%
  to 46,742.21. Small caps fell more than the S&P 500 but less than the Nasdaq 100. The VIX rose to
  17.60. Last Friday the ETF "closed at $247.01" [2].

Next race: Tuesday, Nov 24, first gun 16:45. Bar opens at 18:00. Series fee $35.

<<SOURCES>>
""", sources=("hs-slides17", "ld-turns13"), source_format="md")
plants(B, """
rg-close ;; value ;; V ;; closed at 2,465.79, down ;; closed at 2,456.79, down ;; 2,456.79 ;; the index
  closed at 2,465.79
rg-pts ;; value ;; V ;; down 19.30 points ;; down 13.90 points ;; 13.90 ;; the index fell 19.30 points
rg-pct ;; value ;; V ;; or 0.78%, after ;; or 0.97%, after ;; 0.97% ;; the index fell 0.78%
rg-dir ;; direction ;; D ;; down 19.30 points ;; up 19.30 points ;; up 19.30 ;; the index fell
rg-open ;; value ;; V ;; opening at 2,479.40 ;; opening at 2,497.40 ;; 2,497.40 ;; the open was 2,479.40
rg-high ;; value ;; V ;; Its high,
  2,486.79, ;; Its high,
  2,468.79, ;; 2,468.79 ;; the high was 2,486.79
rg-mon ;; history ;; V ;; close of 2,485.09 ;; close of 2,482.49 ;; 2,482.49 ;; Monday closed at 2,485.09;
  2,482.49 was
  Friday ;; real
rg-above ;; direction ;; D ;; was above Monday's ;; was below Monday's ;; below Monday's ;; 2,486.79 is
  above 2,485.09
rg-low ;; value ;; V ;; its low was 2,459.06 ;; its low was 2,495.06 ;; 2,495.06 ;; the low was 2,459.06
rg-5d ;; value ;; V ;; it is down
  0.98% ;; it is down
  0.89% ;; 0.89% ;; the five-session change is -0.98%
rg-1m ;; value ;; V ;; it is up 1.48% ;; it is up 1.84% ;; 1.84% ;; the month's gain is 1.48%
rg-ytd ;; timeframe ;; V ;; and 0.85% for the year ;; and 1.48% for the year ;; 1.48% ;; 1.48% is the
  month; the
  year is 0.85% ;; real
rg-50 ;; value ;; V ;; average, 2,473.93 ;; average, 2,437.93 ;; 2,437.93 ;; the 50-day is 2,473.93
rg-50p ;; value ;; V ;; (0.33% below) ;; (0.43% below) ;; 0.43% ;; the index is 0.33% below the 50-day
rg-50s ;; pattern ;; P ;; It closed just under its 50-day ;; It closed just over its 50-day ;; just over
  ;; 2,465.79
  is under 2,473.93
rg-20 ;; value ;; V ;; the 20-day, 2,463.79 ;; the 20-day, 2,436.79 ;; 2,436.79 ;; the 20-day is 2,463.79
rg-200 ;; value ;; V ;; the 200-day, 2,318.38 ;; the 200-day, 2,381.38 ;; 2,381.38 ;; the 200-day is 2,318.38
rg-200p ;; value ;; V ;; 6.36% above ;; 3.66% above ;; 3.66% ;; the index is 6.36% above the 200-day
rg-xd ;; date ;; DU ;; since Aug 10 (70 ;; since Aug 3 (70 ;; Aug 3 ;; the cross was on Aug 10
rg-rsi ;; indicator ;; V ;; RSI 50.1. ;; RSI 51.0. ;; 51.0 ;; RSI is 50.1
rg-macd ;; indicator ;; IND ;; MACD 8.85 above its signal ;; MACD 8.85 below its signal ;; below its
  signal ;; 8.85 is
  above 5.83
rg-atr ;; indicator ;; V ;; ATR is 32.44 points ;; ATR is 34.22 points ;; 34.22 ;; the ATR is 32.44
rg-atrx ;; value ;; V ;; a 0.6 ATR day ;; a 1.6 ATR day ;; 1.6 ATR ;; the move is 0.6 ATR
rg-rs ;; history ;; V ;; Its 22-session range ;; Its 12-session range ;; 12-session ;; the range is 22
  sessions
rg-rlo ;; level ;; V ;; from 2,421.62 to ;; from 2,412.62 to ;; 2,412.62 ;; the range floor is 2,421.62
rg-rtop ;; level ;; V ;; to 2,505.20; ;; to 2,502.50; ;; 2,502.50 ;; the range top is 2,505.20
rg-thu ;; date ;; WM ;; on Thursday, Nov 12 ;; on Wednesday, Nov 12 ;; Wednesday, Nov 12 ;; Nov 12 was a
  Thursday
rg-marks ;; level ;; LW ;; Marks
  below: 2,458.33 ;; Marks
  below: 2,473.93 ;; below: 2,473.93 ;; 2,473.93 is above the close ;; real
rg-ath ;; value ;; V ;; The record close, 2,591.09 ;; The record close, 2,598.36 ;; 2,598.36 ;; the record
  close is
  2,591.09; 2,598.36 is intraday ;; real
rg-athd ;; date ;; DU ;; on Nov 28, 2025 ;; on Nov 8, 2025 ;; Nov 8, 2025 ;; the record was on Nov 28, 2025
rg-athp ;; value ;; V ;; is 4.84% above ;; is 8.44% above ;; 8.44% ;; the record is 4.84% above
rg-spx ;; value ;; V ;; lost 0.50% to 6,821.04 [1] ;; lost 0.50% to 6,812.04 [1] ;; 6,812.04 ;; the S&P
  500 closed
  at 6,821.04
rg-cite ;; citation ;; CU ;; 6,821.04 [1] ;; 6,821.04 [3] ;; [3] ;; two sources
rg-ndx ;; value ;; V ;; 0.90% to 25,326.20 ;; 0.90% to 25,362.20 ;; 25,362.20 ;; the Nasdaq 100 closed at
  25,326.20
rg-dji ;; subject ;; V ;; Dow 0.21% ;; Dow 0.50% ;; 0.50% ;; the Dow fell 0.21%; 0.50% is the S&P 500's ;;
  real
rg-djic ;; value ;; V ;; to 46,742.21 ;; to 46,724.21 ;; 46,724.21 ;; the Dow closed at 46,742.21
rg-more ;; direction ;; D ;; fell more than the S&P 500 but less than ;; fell less than the S&P 500 but
  more than ;;
  fell less than the S&P 500 ;; -0.78% is worse than -0.50% and better than -0.90%
rg-vix ;; value ;; V ;; rose to
  17.60 ;; rose to
  16.70 ;; 16.70 ;; the VIX closed at 17.60
rg-quote ;; quotation ;; NU ;; "closed at $247.01" [2] ;; "closed at $247.10" [2] ;; $247.10 ;; the source
  says $247.01
rg-next ;; date ;; WM ;; Next race: Tuesday, Nov 24 ;; Next race: Monday, Nov 24 ;; Monday, Nov 24 ;; Nov
  24, 2026 is a
  Tuesday
""")

README = kit.blind_readme(22)

# ---------------------------------------------------------------- scoring and the command line

evaluate, report = SET.evaluate, SET.report  # what tests/test_verify_holdout22.py runs

if __name__ == "__main__":
    raise SystemExit(SET.main(sys.argv[1:], doc=__doc__ or "", readme=README))
