"""Write the eighteenth blind holdout set for the verifier to tests/data/verify_holdout18/ (deterministic).

    .venv/bin/python scripts/make_verify_holdout18.py            # (re)write the set
    .venv/bin/python scripts/make_verify_holdout18.py --check    # exit 1 if the files on disk differ
    .venv/bin/python scripts/make_verify_holdout18.py --score    # run the verifier over the set, report

Written for issue 14 by someone who had read neither `pipeline/verify/` nor the texts of the
evaluation set or of the first seventeen holdouts (only the shared plumbing in
`scripts/verify_eval/holdout_kit.py`, `tests/holdout_helpers.py`, `tests/test_verify_holdout17.py`,
the top and the bottom of `scripts/make_verify_holdout17.py`, the other generators' module docstrings
(to learn which voices were taken), `pipeline/facts.py`, `pipeline/contracts/` and the README's
verifier section), and who did not run the verifier on these texts before the blind score. About two
thirds of the voices are market commentary as people really write it, in forms the earlier sets did
not use: an ETF issuer's daily fund commentary, a prop desk's end-of-day recap scoring its calls, a
crypto-style "levels to watch" post applied to the ETFs, a sector rotation note, a newsletter's week
ahead with three scenarios, a reader mailbag column, a TV teleprompter script with production cues, a
charting site's idea post with timestamped updates, an execution desk's closing-auction note, an
encyclopedia-style entry on a trading day, a brokerage watchlist export with the user's notes, a risk
manager's daily VaR commentary and a TV booker's talking-points brief for a guest. The rest are
unusual voices that carry non-market numbers on purpose next to the market figures: an election-night
results ticker, a grocery receipt, an airport departures board, a ski resort's snow report, a bowling
league's standings sheet, a fishing charter's catch report and a fantasy-football weekly recap.

Every figure of a clean text was typed by hand from `pipeline.facts.build_fact_sheet(...)` of the
case's snapshot, of a peer in the same file, of the snapshot's dated bars (`recent_sessions`,
`recent_closes`, `recent_highs`, `recent_lows`), of the 50/200-day slopes the snapshot carries
(`trend.sma_50_slope_pct`, `trend.sma_200_slope_pct`), or from the text of a cited source;
approximations ("about 1.8%", "roughly two to one") were checked against the same values. Clock
times, years, counts of things, ages, scores, weights, prices of things that are not market data and
page furniture are there on purpose. The snapshots and sources are frozen copies in
tests/data/verify_holdout18/context/ (copied from tests/data/verify_holdout17/context/, itself a copy
of holdout 16's, on 2026-12-07; each carries 64 dated bars). Each planted case is one clean text with
one exact substitution and one expected finding whose code is the README's documented one for that
fault; its note says why that code.

The blind score (once, on the branch point 81a07503, main when the set was begun; the set frozen in
3d5bc860): 556/692 planted errors caught (0.80), 55 error findings on the 20 clean texts (2.75 per
text), 618/692 planted spots flagged by an error finding of some code. Per kind, caught/planted: value
174/224, scale 7/8, derived 19/26, direction 33/55, indicator 31/35, pattern 26/29, level 32/41, setup
15/20, date 53/56, citation 12/12, subject 33/34, timeframe 18/20, negation 1/5, quotation 12/17, trend
18/24, history 59/69, words 3/3, magnitude 10/14. Four of the 55 findings were right: the levels post
called this week's Monday-to-Thursday closes "last week's" (an authoring slip, fixed in a70c0490 and
nothing else changed): 556/692 (0.80), 51 error findings (2.55 per text), 618/692 flagged, on the same
verifier. scripts/verify_eval/holdout18_score.md has the table, the findings per clean text and the
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

SET = kit.HoldoutSet("holdout18", REPO, U)  # the kit's source formats (md, plain, foot, paren)
OUT = SET.out
CLEAN = SET.texts
clean = SET.clean

plants = SET.plant_rows  # one clean text's plants, one a line (holdout_kit.HoldoutSet.plant_rows)


# A line starting with exactly two spaces continues the line before it. `<<SOURCES>>` becomes the
# Sources block. Figures are typed, not slotted: each was read off the key's fact sheet. Each text's
# planted errors follow it.

B = "navnote-SPY-2026-11-20"
clean(B, "SPY-2026-11-20", "fund-commentary", "md",
      "an ETF issuer's daily fund commentary with a period-return table, an expense ratio, a document "
      "reference and an options paragraph",
      """DAILY FUND COMMENTARY | S&P 500 tracker (SPY) | Trade date Friday, Nov 20, 2026 | Ref FC-1120-02

Issued 18:30 ET. Gross expense ratio 0.0945%. For professional investors; page 1 of 3.

**Market price.** The fund closed at $688.00, up $7.49 or 1.10% on the day, against a gain of 1.11% for
  the S&P 500 index itself (6,901.69), a gap of just 0.01 pp. Shares opened at $681.15 and traded
  between $679.36 and $689.87. Volume came to 118.3M shares, 1.8 times the 20-day average of 64.9M.

**Period returns (market price)**

| Period | Return |
|---|---|
| 1 week | +1.10% |
| 1 month | -0.97% |
| Year to date | +3.28% |

**Trend.** The price stands 1.11% above the 50-day average of $680.43 and 6.48% above the 200-day
  average of $646.13; the 20-day average is $684.83. Over the last twenty sessions the 50-day average
  has risen about 1.8% while the 200-day has been close to flat (+0.13%). The 50-day crossed above the
  200-day on Monday, Sep 21, 44 sessions ago, and that golden cross still stands.

**Momentum.** RSI(14) reads 55.0, neither overbought nor oversold. MACD at 0.82 remains below its
  signal line of 1.59, a histogram of -0.77. The 14-day average true range is $7.06 (1.03% of price),
  so Friday's move was worth about 1.1 ATRs, a solid but not unusual day.

**Highs and lows.** The record close of $694.71 was set on Thursday, Oct 22; the market price is 0.97%
  below it. The 52-week closing low of $592.37 dates from Tuesday, Apr 28, and the fund is 16.14% above it.

**Earlier in the week.** The fund had closed at $683.25 on Monday, $679.84 on Tuesday (the week's
  lowest close), $681.88 on Wednesday and $680.51 on Thursday, Nov 19.

**Peers.** The Nasdaq 100 tracker QQQ rose 1.90% to $626.40, the Dow tracker DIA gained 0.60% to
  $471.60 and the small-cap IWM added 0.30% to $244.30. SPY trailed QQQ by 0.80 pp and beat IWM by
  0.80 pp. The VIX fell 9.30% to 15.60. Ledger Markets Daily reported that the S&P 500 "climbed 1.1%
  to 6,901.69" [1].

**Options.** Open interest for the Nov 27 weekly expiry puts max pain at $690.00; the call wall is at
  $700.00 and the put wall at $675.00, with a put/call open-interest ratio of 1.16.

**Levels the desk watches.** Resistance at $694.71 (five touches, zone $691.80 to $697.09); support at
  $678.45 (two touches), then $670.42 and $666.26 (three touches). The closing range of the last 29
  sessions runs from $678.45 to $694.71, a 2.40% band.

Past performance does not guarantee future results. Fund shares are bought and sold at market price,
  not NAV. Document FC-1120-02, version 4.

<<SOURCES>>""", sources=("ld-rebound20",))
plants(B, """
nv-close ;; value ;; V ;; closed at $688.00, up ;; closed at $686.00, up ;; $686.00 ;; the close was $688.00
nv-chg ;; value ;; V ;; up $7.49 ;; up $7.94 ;; $7.94 ;; the day's change was $7.49
nv-dir ;; direction ;; D ;; up $7.49 or ;; down $7.49 or ;; down ;; the fund rose on the day
nv-pct ;; value ;; V ;; or 1.10% on the day ;; or 1.01% on the day ;; 1.01% ;; the fund rose 1.10%
nv-idx ;; subject ;; V ;; index itself (6,901.69) ;; index itself (6,910.69) ;; 6,910.69 ;; the S&P 500 closed
  at 6,901.69
nv-gap ;; derived ;; DER ;; just 0.01 pp ;; just 0.10 pp ;; 0.10 pp ;; 1.11% - 1.10% = 0.01 pp
nv-open ;; value ;; V ;; opened at $681.15 ;; opened at $681.51 ;; $681.51 ;; the open was $681.15
nv-high ;; value ;; V ;; and $689.87 ;; and $698.87 ;; $698.87 ;; the day's high was $689.87
nv-vol ;; value ;; V ;; came to 118.3M ;; came to 113.8M ;; 113.8M ;; volume was 118.3M
nv-volsc ;; scale ;; SC ;; 118.3M shares ;; 118.3K shares ;; 118.3K ;; volume is in millions, not thousands
nv-ratio ;; value ;; V ;; 1.8 times ;; 2.8 times ;; 2.8 times ;; volume was 1.8 times its 20-day average
nv-1m ;; direction ;; D ;; | 1 month | -0.97% | ;; | 1 month | +0.97% | ;; +0.97% ;; the month's return was
  negative
nv-1w ;; timeframe ;; V ;; | 1 week | +1.10% | ;; | 1 week | +3.28% | ;; +3.28% ;; 3.28% is the year to date;
  the week was +1.10% ;; real
nv-ytd ;; value ;; V ;; | Year to date | +3.28% | ;; | Year to date | +2.38% | ;; +2.38% ;; the YTD return is
  3.28%
nv-p50 ;; pattern ;; P ;; 1.11% above the 50-day ;; 1.11% below the 50-day ;; below ;; $688.00 is above the
  $680.43 50-day
nv-200 ;; value ;; V ;; average of $646.13 ;; average of $664.13 ;; $664.13 ;; the 200-day is $646.13
nv-slope ;; trend ;; P ;; has risen about 1.8% ;; has fallen about 1.8% ;; fallen ;; the 50-day's 20-session
  slope
  is +1.76%
nv-flat ;; trend ;; V ;; close to flat (+0.13%) ;; close to flat (+0.18%) ;; +0.18% ;; the 200-day's slope is
  +0.13%
nv-crossd ;; date ;; WM ;; on Monday, Sep 21 ;; on Tuesday, Sep 21 ;; Tuesday ;; Sep 21, 2026 was a Monday
nv-cross ;; pattern ;; P ;; that golden cross still stands ;; that death cross still stands ;; death cross ;;
  the 50-day is above the 200-day
nv-crossn ;; history ;; V ;; 44 sessions ago ;; 54 sessions ago ;; 54 sessions ;; the cross is 44 sessions old
nv-rsi ;; indicator ;; IND ;; neither overbought nor oversold ;; firmly overbought ;; overbought ;; RSI 55.0
  is
  not overbought
nv-macd ;; indicator ;; IND ;; remains below its ;; remains above its ;; above ;; MACD 0.82 is below its 1.59
  signal
nv-atr ;; value ;; V ;; range is $7.06 ;; range is $7.60 ;; $7.60 ;; ATR(14) is $7.06
nv-mg ;; magnitude ;; MG ;; a solid but not unusual day ;; a historic surge ;; historic surge ;; the move was
  1.1 ATR and 1.10%
nv-ath ;; value ;; V ;; record close of $694.71 was ;; record close of $697.41 was ;; $697.41 ;; the record
  close was $694.71
nv-athd ;; date ;; DU ;; on Thursday, Oct 22 ;; on Thursday, Oct 29 ;; Oct 29 ;; the record close was on Oct
  22
nv-athp ;; value ;; V ;; price is 0.97%
  below it ;; price is 0.79%
  below it ;; 0.79% ;; SPY is 0.97% below its record close
nv-lowd ;; date ;; WM ;; from Tuesday, Apr 28 ;; from Wednesday, Apr 28 ;; Wednesday ;; Apr 28, 2026 was
  a Tuesday
nv-low ;; value ;; V ;; 16.14% above it ;; 16.41% above it ;; 16.41% ;; the fund is 16.14% above the low
nv-tue ;; history ;; V ;; $679.84 on Tuesday ;; $679.48 on Tuesday ;; $679.48 ;; Tuesday Nov 17 closed at
  $679.84
nv-wed ;; history ;; V ;; $681.88 on Wednesday ;; $681.88 on Thursday ;; $681.88 ;; $681.88 was Wednesday's
  close; Thursday closed at $680.51
nv-lowest ;; history ;; D ;; (the week's lowest close) ;; (the week's highest close) ;; highest ;; Tuesday's
  $679.84 was the week's lowest close
nv-thu ;; date ;; WM ;; Thursday, Nov 19 ;; Wednesday, Nov 19 ;; Wednesday ;; Nov 19, 2026 was a Thursday
nv-qqq ;; subject ;; V ;; rose 1.90% to $626.40 ;; rose 1.10% to $626.40 ;; 1.10% ;; QQQ rose 1.90%; 1.10% is
  SPY's move ;; real
nv-dia ;; value ;; V ;; to $471.60 ;; to $417.60 ;; $417.60 ;; DIA closed at $471.60
nv-iwmdir ;; direction ;; D ;; IWM added 0.30% ;; IWM shed 0.30% ;; shed ;; IWM rose 0.30%
nv-div ;; derived ;; DER ;; beat IWM by 0.80 pp ;; beat IWM by 0.90 pp ;; 0.90 pp ;; 1.10% - 0.30% = 0.80 pp
nv-lag ;; direction ;; D ;; SPY trailed QQQ ;; SPY beat QQQ ;; beat ;; SPY's 1.10% trailed QQQ's 1.90%
nv-vix ;; value ;; V ;; fell 9.30% to 15.60 ;; fell 9.30% to 16.50 ;; 16.50 ;; the VIX closed at 15.60
nv-quote ;; quotation ;; NU ;; "climbed 1.1% to 6,901.69" ;; "climbed 1.4% to 6,901.69" ;; 1.4% ;; the story
  says 1.1%
nv-cite ;; citation ;; CU ;; to 6,901.69" [1] ;; to 6,901.69" [2] ;; [2] ;; there is no source [2]
nv-maxp ;; value ;; V ;; max pain at $690.00 ;; max pain at $695.00 ;; $695.00 ;; max pain is $690.00
nv-exp ;; date ;; DU ;; the Nov 27 weekly ;; the Nov 26 weekly ;; Nov 26 ;; the expiry is Nov 27
nv-pcr ;; value ;; V ;; ratio of 1.16 ;; ratio of 1.61 ;; 1.61 ;; the put/call OI ratio is 1.16
nv-res ;; level ;; LW ;; Resistance at $694.71 ;; Resistance at $666.26 ;; $666.26 ;; $666.26 is below the
  $688.00 close ;; real
nv-touch ;; level ;; V ;; (five touches, zone ;; (two touches, zone ;; two touches ;; $694.71 has five touches
nv-sup ;; level ;; LW ;; support at
  $678.45 (two touches) ;; support at
  $697.09 (two touches) ;; $697.09 ;; $697.09 is above the $688.00 close ;; real
nv-rng ;; value ;; V ;; a 2.40% band ;; a 2.04% band ;; 2.04% ;; the range width is 2.40%
""")

B = "propdesk-QQQ-2026-11-20"
clean(B, "QQQ-2026-11-20", "prop-desk-recap", "txt",
      "a prop desk's end-of-day recap that scores the morning's calls as hits and misses, with a P&L "
      "line in points, seat numbers and a pizza order",
      """EOD RECAP -- NQ/QQQ pod -- Fri 11/20 -- 16:20 -- seats 4 to 9

Scorecard on this morning's calls (3 of 4 right, we'll take it):
- [HIT]  "Opex pins nothing, tech rips": QQQ +1.90% to $626.40, up $11.68.
- [HIT]  "Gap holds": opened $618.09 vs $614.72 Thursday, a 0.55% gap, and never filled it; low $614.90.
- [HIT]  "Tape beats SPY": QQQ outran SPY (+1.10%) by 0.80 pp and IWM (+0.30%) by 1.60 pp.
- [MISS] "Record close today": high $631.45 but closed 0.53% under the $629.76 record from Wed 11/11.

Numbers:
- Range $614.90 - $631.45, closed in the top third of it.
- Vol 86.8M, 2.0x the 20d avg of 44.3M. Biggest day we've printed since the record week.
- Move = 1.6 ATR (ATR $8.05). Call it a big day, not a freak one.
- NDX 25,753.96, +1.89%.
- Week +1.28%, month +0.27%, YTD +4.91%.
- Thu close $614.72 was the low close of the week; Tue $615.97, Wed $618.43.

Tech:
- Back above the 20d ($619.45) and 2.02% over the 50d ($614.02); 200d way down at $580.22.
- RSI 56.4. MACD 1.96 still under signal 2.46, hist -0.51 shrinking.
- Upper Bollinger $629.47 is right overhead; lower band $609.43.
- 50d slope about +1.5% over 20 sessions, 200d barely moving (+0.23%).

Monday plan:
- R: $629.76 (record), then $632.37 (the Nov 12 intraday high). S: $623.73, then $620, then $614.02.
- Long above $630.00, stop $621.95, target $649.31, 2.4R. No shorts until $620 breaks.
- OI for 11/27: call wall $640.00, put wall $610.00, max pain $630.00.

Housekeeping: desk P&L +14 pts on the day, 2 traders flat. Pizza from Sal's at 17:00, $84 for 6 pies.
  Badge audit Monday 08:00, room 12B.""")
plants(B, """
pd-pct ;; value ;; V ;; QQQ +1.90% to ;; QQQ +1.09% to ;; +1.09% ;; QQQ rose 1.90%
pd-close ;; value ;; V ;; to $626.40, up ;; to $624.60, up ;; $624.60 ;; the close was $626.40
pd-chg ;; value ;; V ;; up $11.68 ;; up $11.86 ;; $11.86 ;; the change was $11.68
pd-open ;; value ;; V ;; opened $618.09 ;; opened $618.90 ;; $618.90 ;; the open was $618.09
pd-prev ;; history ;; V ;; vs $614.72 Thursday ;; vs $641.72 Thursday ;; $641.72 ;; Thursday closed at $614.72
pd-gap ;; derived ;; V ;; a 0.55% gap ;; a 0.45% gap ;; 0.45% ;; the gap was 0.55%
pd-low ;; value ;; V ;; never filled it; low $614.90 ;; never filled it; low $641.90 ;; $641.90 ;; the low
  was $614.90
pd-spy ;; subject ;; V ;; SPY (+1.10%) ;; SPY (+0.60%) ;; +0.60% ;; SPY rose 1.10%; 0.60% is DIA's ;; real
pd-dvs ;; derived ;; DER ;; by 0.80 pp and ;; by 0.70 pp and ;; 0.70 pp ;; 1.90% - 1.10% = 0.80 pp
pd-iwm ;; direction ;; D ;; IWM (+0.30%) ;; IWM (-0.30%) ;; -0.30% ;; IWM rose 0.30%
pd-div2 ;; derived ;; DER ;; by 1.60 pp. ;; by 1.20 pp. ;; 1.20 pp ;; 1.90% - 0.30% = 1.60 pp
pd-hi ;; value ;; V ;; high $631.45 but ;; high $631.54 but ;; $631.54 ;; the high was $631.45
pd-athp ;; value ;; V ;; closed 0.53% under ;; closed 0.35% under ;; 0.35% ;; the close is 0.53% under the
  record
pd-ath ;; value ;; V ;; the $629.76 record ;; the $627.96 record ;; $627.96 ;; the record close is $629.76
pd-athd ;; date ;; WM ;; from Wed 11/11 ;; from Thu 11/11 ;; Thu ;; Nov 11, 2026 was a Wednesday
pd-pos ;; direction ;; D ;; closed in the top third of it ;; closed in the bottom third of it ;; bottom third
  ;;
  $626.40 is in the top third of $614.90-$631.45
pd-vol ;; value ;; V ;; Vol 86.8M ;; Vol 68.8M ;; 68.8M ;; volume was 86.8M
pd-ratio ;; value ;; V ;; 2.0x the 20d ;; 3.0x the 20d ;; 3.0x ;; volume was 2.0 times the average
pd-avg ;; value ;; V ;; avg of 44.3M ;; avg of 43.4M ;; 43.4M ;; the 20-day average is 44.3M
pd-atr ;; magnitude ;; V ;; Move = 1.6 ATR ;; Move = 2.6 ATR ;; 2.6 ATR ;; the move was 1.6 ATR
pd-atrv ;; value ;; V ;; (ATR $8.05) ;; (ATR $5.08) ;; $5.08 ;; ATR(14) is $8.05
pd-ndx ;; subject ;; V ;; NDX 25,753.96 ;; NDX 25,375.96 ;; 25,375.96 ;; the Nasdaq 100 closed at 25,753.96
pd-ndxsc ;; scale ;; SC ;; NDX 25,753.96, ;; NDX $25,753.96, ;; $25,753.96 ;; an index is not in dollars
pd-week ;; timeframe ;; V ;; Week +1.28% ;; Week +4.91% ;; +4.91% ;; 4.91% is the YTD return; the week was
  +1.28%
  ;; real
pd-month ;; value ;; V ;; month +0.27% ;; month +0.37% ;; +0.37% ;; the month was +0.27%
pd-thu ;; history ;; D ;; was the low close of the week ;; was the high close of the week ;; high close ;;
  $614.72 was the week's lowest close
pd-tue ;; history ;; V ;; Tue $615.97 ;; Tue $615.79 ;; $615.79 ;; Tuesday closed at $615.97
pd-wed ;; history ;; V ;; Wed $618.43. ;; Mon $618.43. ;; $618.43 ;; $618.43 was Wednesday's close; Monday's
  was $621.56
pd-20d ;; pattern ;; P ;; Back above the 20d ;; Back below the 20d ;; below ;; $626.40 is above the $619.45
  20-day
pd-50p ;; value ;; V ;; 2.02% over the 50d ;; 2.12% over the 50d ;; 2.12% ;; the fund is 2.02% above its
  50-day
pd-200 ;; value ;; V ;; 200d way down at $580.22 ;; 200d way down at $582.20 ;; $582.20 ;; the 200-day is
  $580.22
pd-rsi ;; indicator ;; V ;; RSI 56.4. ;; RSI 65.4. ;; 65.4 ;; RSI(14) is 56.4
pd-macd ;; indicator ;; IND ;; still under signal ;; still over signal ;; over ;; MACD 1.96 is below its 2.46
  signal
pd-bb ;; value ;; V ;; Upper Bollinger $629.47 ;; Upper Bollinger $624.97 ;; $624.97 ;; the upper band is
  $629.47
pd-bbpos ;; direction ;; D ;; is right overhead ;; is already below us ;; below ;; the $629.47 band is above
  the
  $626.40 close
pd-slope ;; trend ;; V ;; about +1.5% over ;; about +3.5% over ;; +3.5% ;; the 50-day's 20-session slope is
  +1.49%
pd-s200 ;; trend ;; P ;; 200d barely moving (+0.23%) ;; 200d rolling over hard (+0.23%) ;; rolling over ;;
  the 200-day rose 0.23%
pd-r1 ;; level ;; LW ;; R: $629.76 (record) ;; R: $623.73 (record) ;; $623.73 ;; $623.73 is below the close
  ;; real
pd-ihd ;; date ;; DU ;; (the Nov 12 intraday high) ;; (the Nov 13 intraday high) ;; Nov 13 ;; the 52-week
  intraday
  high was on Nov 12
pd-s1 ;; level ;; LW ;; S: $623.73, then ;; S: $627.27, then ;; $627.27 ;; $627.27 is above the $626.40 close
  ;; real
pd-stop ;; setup ;; SG ;; stop $621.95 ;; stop $633.95 ;; $633.95 ;; a long's stop must sit below its $630.00
  entry
pd-rr ;; setup ;; SRR ;; $649.31, 2.4R ;; $649.31, 4.2R ;; 4.2R ;; (649.31-630)/(630-621.95) = 2.4
pd-tgt ;; setup ;; SG ;; target $649.31 ;; target $619.31 ;; $619.31 ;; a long's target must sit above its
  entry
pd-cw ;; value ;; V ;; call wall $640.00 ;; call wall $650.00 ;; $650.00 ;; the call wall is $640.00
pd-mp ;; value ;; V ;; max pain $630.00 ;; max pain $620.00 ;; $620.00 ;; max pain is $630.00
""")

B = "levels-IWM-2026-11-20"
clean(B, "IWM-2026-11-20", "levels-post", "md",
      "a crypto-style \"levels to watch\" post applied to the small-cap ETF: HTF/LTF shorthand, bids and "
      "liquidity, an invalidation line, emojis spelled out and a follower count",
      """# $IWM levels to watch into next week (gm frens)

posted 21:14 ET Fri | 12.4k followers | not financial advice, I trade my own bag

**TL;DR** small caps still chopping in the box. IWM closed $244.30 (+$0.73, +0.30%), range for the day
  just $243.65 to $244.45, which is tiny (0.2 ATR day, ATR $2.83). Volume 39.6M vs 30.0M avg so people
  are at least paying attention. 6 sessions in a row now trailing SPY, which did +1.10%.

**HTF (daily)**
- Box: $241.00 to $249.26 on closes, 25 sessions, 3.43% wide. we are in the lower half.
- 50d $245.77 sits overhead, we're 0.60% under it. 200d $230.77 way below, price 5.86% above it.
- Golden cross since Aug 10, still intact, 73 sessions old. Both averages basically flat though
  (50d -0.08% over 20 sessions, 200d -0.09%).
- RSI 48.2, dead center. MACD 0.31 under signal 0.51.
- Bollinger bands $239.63 / $250.15, so the box edges line up with the bands lol.

**Levels (resistance up top, support down low)**
- $252.53 : last swing high, 1 touch, 3.37% away
- $249.26 : box top, 3 touches (Nov 12 close was the top, Thursday)
- $245.77 : the 50d, 0.60% above us
- $245.00 : max pain for the 11/27 expiry
- ---- price $244.30 ----
- $242.80 : 1 touch, 0.61% below
- $241.00 : box floor on closes
- $240.02 : the big one, put wall $240.00 right there

**Liquidity** call wall $250.00, put wall $240.00, put/call OI 1.12. Tapewatch says the fund is "boxed
  between roughly $240 and $250, where it has traded for five weeks" [1].

**Plan** long only on a daily close over $245.77, stop $242.80, target $252.53 = about 2.3R.
  Invalidation is a close under $241.00. if that goes, I'm out and touching grass.

**Context** Russell 2000 index 2,456.17, +0.30%. QQQ +1.90%, DIA +0.60%. IWM is -1.10% on the week,
  -1.65% on the month and +0.42% YTD. This week's closes: Mon $247.26, Tue $245.28, Wed $244.79,
  Thu $243.57. 52w high close $257.77 from Nov 28, 2025, we're 5.23% below it.

wagmi. 🚀 count this week: 0.

<<SOURCES>>""", sources=("tw-box19",))
plants(B, """
lv-close ;; value ;; V ;; IWM closed $244.30 (+$0.73 ;; IWM closed $243.40 (+$0.73 ;; $243.40 ;; the close was
  $244.30
lv-chg ;; value ;; V ;; (+$0.73, ;; (+$0.37, ;; +$0.37 ;; the change was $0.73
lv-dir ;; direction ;; D ;; (+$0.73, +0.30%) ;; (+$0.73, -0.30%) ;; -0.30% ;; IWM rose 0.30%
lv-lo ;; value ;; V ;; just $243.65 to ;; just $243.56 to ;; $243.56 ;; the low was $243.65
lv-atrm ;; magnitude ;; V ;; (0.2 ATR day ;; (1.2 ATR day ;; 1.2 ATR ;; the move was 0.2 ATR
lv-atr ;; value ;; V ;; ATR $2.83) ;; ATR $3.38) ;; $3.38 ;; ATR(14) is $2.83
lv-vol ;; value ;; V ;; Volume 39.6M vs ;; Volume 36.9M vs ;; 36.9M ;; volume was 39.6M
lv-avg ;; value ;; V ;; vs 30.0M avg ;; vs 33.0M avg ;; 33.0M ;; the 20-day average is 30.0M
lv-streak ;; history ;; V ;; 6 sessions in a row now ;; 4 sessions in a row now ;; 4 sessions ;; IWM trailed
  SPY six sessions in a row
lv-spy ;; subject ;; V ;; which did +1.10% ;; which did +1.90% ;; +1.90% ;; SPY rose 1.10%; 1.90% is QQQ's ;;
  real
lv-box ;; value ;; V ;; Box: $241.00 to ;; Box: $240.10 to ;; $240.10 ;; the range floor is $241.00
lv-boxn ;; value ;; V ;; 25 sessions, 3.43% wide ;; 35 sessions, 3.43% wide ;; 35 sessions ;; the range spans
  25 sessions
lv-boxw ;; value ;; V ;; 3.43% wide ;; 3.34% wide ;; 3.34% ;; the range is 3.43% wide
lv-half ;; direction ;; D ;; we are in the lower half ;; we are in the upper half ;; upper half ;; $244.30 is
  in
  the lower half of $241.00-$249.26
lv-50 ;; pattern ;; P ;; 50d $245.77 sits overhead ;; 50d $245.77 sits underneath ;; underneath ;; the 50-day
  is
  above the $244.30 close
lv-50p ;; value ;; V ;; we're 0.60% under it ;; we're 0.06% under it ;; 0.06% ;; the fund is 0.60% below its
  50-day
lv-200p ;; value ;; V ;; price 5.86% above it ;; price 5.68% above it ;; 5.68% ;; the fund is 5.86% above its
  200-day
lv-crossd ;; date ;; DU ;; since Aug 10, still ;; since Aug 17, still ;; Aug 17 ;; the golden cross was on
  Aug 10
lv-crossn ;; history ;; V ;; 73 sessions old ;; 37 sessions old ;; 37 sessions ;; the cross is 73 sessions old
lv-flat ;; trend ;; P ;; Both averages basically flat ;; Both averages climbing steeply ;; climbing steeply ;;
  the 20-session slopes are -0.08% and -0.09%
lv-s50 ;; trend ;; D ;; (50d -0.08% over ;; (50d +0.08% over ;; +0.08% ;; the 50-day's slope is negative
lv-rsi ;; indicator ;; IND ;; RSI 48.2, dead center ;; RSI 48.2, deeply oversold ;; deeply oversold ;; RSI
  48.2
  is not oversold
lv-macd ;; indicator ;; V ;; MACD 0.31 under ;; MACD 0.13 under ;; 0.13 ;; MACD is 0.31
lv-bb ;; value ;; V ;; $239.63 / $250.15 ;; $239.63 / $251.05 ;; $251.05 ;; the upper band is $250.15
lv-r1 ;; level ;; V ;; 1 touch, 3.37% away ;; 1 touch, 3.73% away ;; 3.73% ;; $252.53 is 3.37% above the close
lv-r2t ;; level ;; V ;; box top, 3 touches ;; box top, 5 touches ;; 5 touches ;; $249.26 has three touches
lv-nov12 ;; date ;; WM ;; (Nov 12 close was the top, Thursday) ;; (Nov 12 close was the top, Wednesday) ;;
  Wednesday ;; Nov 12, 2026 was a Thursday
lv-50d ;; derived ;; DER ;; the 50d, 0.60% above us ;; the 50d, 0.90% above us ;; 0.90% ;; $245.77 is 0.60%
  above $244.30
lv-mp ;; value ;; V ;; max pain for the ;; put wall for the ;; put wall ;; $245.00 is max pain; the put wall
  is
  $240.00
lv-s1 ;; level ;; LW ;; - $242.80 : 1 touch ;; - $252.80 : 1 touch ;; $252.80 ;; a level listed under the
  price
  line as support must be below $244.30
lv-s1d ;; derived ;; DER ;; 0.61% below ;; 0.19% below ;; 0.19% ;; $242.80 is 0.61% below $244.30
lv-pcr ;; value ;; V ;; put/call OI 1.12 ;; put/call OI 1.31 ;; 1.31 ;; the put/call OI ratio is 1.12
lv-quote ;; quotation ;; NU ;; traded for five weeks" ;; traded for six weeks" ;; six weeks ;; the story says
  five weeks
lv-cite ;; citation ;; CU ;; five weeks" [1] ;; five weeks" [3] ;; [3] ;; there is no source [3]
lv-stop ;; setup ;; SG ;; stop $242.80, target ;; stop $247.80, target ;; $247.80 ;; a long's stop must sit
  below
  its $245.77 entry
lv-rr ;; setup ;; SRR ;; about 2.3R ;; about 4.3R ;; 4.3R ;; (252.53-245.77)/(245.77-242.80) = 2.3
lv-rut ;; subject ;; V ;; index 2,456.17 ;; index 2,465.17 ;; 2,465.17 ;; the Russell 2000 closed at 2,456.17
lv-rutsc ;; scale ;; SC ;; index 2,456.17, ;; index $2,456.17, ;; $2,456.17 ;; an index is not in dollars
lv-qqq ;; value ;; V ;; QQQ +1.90%, DIA ;; QQQ +1.70%, DIA ;; +1.70% ;; QQQ rose 1.90%
lv-dia ;; direction ;; D ;; DIA +0.60% ;; DIA -0.60% ;; -0.60% ;; DIA rose 0.60%
lv-week ;; timeframe ;; V ;; IWM is -1.10% on the week ;; IWM is -1.65% on the week ;; -1.65% ;; -1.65% is the
  month; the week was -1.10% ;; real
lv-ytd ;; value ;; V ;; +0.42% YTD ;; +0.44% YTD ;; +0.44% ;; the YTD return is 0.42%
lv-mon ;; history ;; V ;; Mon $247.26 ;; Mon $247.62 ;; $247.62 ;; Monday Nov 16 closed at $247.26
lv-wed ;; history ;; V ;; Wed $244.79 ;; Wed $245.79 ;; $245.79 ;; Wednesday Nov 18 closed at $244.79
lv-ath ;; value ;; V ;; close $257.77 from ;; close $257.17 from ;; $257.17 ;; the 52-week high close is
  $257.77
lv-athd ;; date ;; DU ;; from Nov 28, 2025 ;; from Nov 28, 2024 ;; Nov 28, 2024 ;; the high was on Nov 28,
  2025
lv-athp ;; value ;; V ;; we're 5.23% below it ;; we're 5.32% below it ;; 5.32% ;; the fund is 5.23% below the
  high
""")

B = "rotation-DIA-2026-11-20"
clean(B, "DIA-2026-11-20", "rotation-note", "md",
      "a strategist's style-rotation note comparing the four index ETFs over a day, a week, a month and "
      "the year, with a relative-strength table and a chart count",
      """## Rotation Watch No. 47: the Dow's quiet month

*Cross-asset strategy | Friday, Nov 20, 2026 | 6 charts, 2 tables | reading time 5 min*

Friday belonged to growth: the Nasdaq 100 tracker QQQ jumped 1.90% while the Dow tracker DIA gained a
  more modest 0.60% to $471.60, up $2.81. But step back to the month and the leadership flips.

| ETF | 1 day | 1 week | 1 month | YTD |
|---|---|---|---|---|
| DIA | +0.60% | +1.10% | -0.17% | -0.72% |
| SPY | +1.10% | +1.10% | -0.97% | +3.28% |
| QQQ | +1.90% | +1.28% | +0.27% | +4.91% |
| IWM | +0.30% | -1.10% | -1.65% | +0.42% |

Over one month DIA has beaten SPY by 0.80 pp, the kind of value tilt that usually shows up when
  investors hide in health care and industrials. On the day it lagged SPY by 0.50 pp and QQQ by 1.30 pp,
  and it still beat IWM by 0.30 pp.

**The Dow itself.** The Dow Jones Industrial Average rose 0.58% to 47,220.31. DIA opened at $468.96,
  dipped to $467.35 and finished at $471.60, a whisker under the day's high of $471.86. That is its
  third higher close in a row, up 1.00% over the three sessions, on volume of 5.5M shares, 1.6 times
  the 20-day average. Earlier in the week the wire had the fund at $468.32 on Wednesday [1], and it
  closed at $468.79 on Thursday.

**Trend.** DIA sits 0.85% above its 50-day average ($467.61) and 3.69% above its 200-day ($454.80).
  The 50-day has crept up about 0.75% in twenty sessions, but the 200-day is drifting slightly lower
  (-0.32%). The golden cross dates from Friday, Oct 2, 35 sessions ago. RSI(14) 55.5; MACD 0.34 below
  its signal of 0.47.

**Range.** For 43 sessions DIA has closed between $464.29 and $474.50, a band only 2.20% wide; resistance
  sits at $476.13 (three touches) and support at the 50-day, $467.61, which has held four times. DIA is
  4.52% below the record close of $493.91 from Monday, Jan 12.

**Positioning.** We keep the value overweight. Blue chips "edged up on Monday" [2] and the trend of the
  month favours them over the small caps, which have lagged SPY for six sessions.

<<SOURCES>>""", sources=("tw-dow18", "ld-bluechips16"), source_format="plain")
plants(B, """
ro-qqq ;; subject ;; V ;; QQQ jumped 1.90% ;; QQQ jumped 1.10% ;; 1.10% ;; QQQ rose 1.90%; 1.10% is SPY's ;;
  real
ro-pct ;; value ;; V ;; gained a
  more modest 0.60% ;; gained a
  more modest 0.66% ;; 0.66% ;; DIA rose 0.60%
ro-close ;; value ;; V ;; 0.60% to $471.60, up ;; 0.60% to $476.10, up ;; $476.10 ;; the close was $471.60
ro-chg ;; value ;; V ;; up $2.81 ;; up $2.18 ;; $2.18 ;; the change was $2.81
ro-t1w ;; timeframe ;; V ;; | DIA | +0.60% | +1.10% | -0.17% ;; | DIA | +0.60% | +0.60% | -0.17% ;; +0.60% |
  -0.17%
  ;; the week was +1.10%; 0.60% is the day ;; real
ro-t1m ;; direction ;; D ;; +1.10% | -0.17% | -0.72% ;; +1.10% | +0.17% | -0.72% ;; +0.17% ;; DIA's month was
  -0.17%
ro-tytd ;; value ;; V ;; -0.17% | -0.72% | ;; -0.17% | -0.37% | ;; -0.37% ;; DIA's YTD return is -0.72%
ro-spym ;; value ;; V ;; -0.97% | +3.28% ;; -0.79% | +3.28% ;; -0.79% ;; SPY's month was -0.97%
ro-qqqw ;; value ;; V ;; | +1.90% | +1.28% | ;; | +1.90% | +1.82% | ;; +1.82% ;; QQQ's week was +1.28%
ro-iwmd ;; direction ;; D ;; | IWM | +0.30% | ;; | IWM | -0.30% | ;; -0.30% ;; IWM rose 0.30%
ro-1m ;; derived ;; V ;; beaten SPY by 0.80 pp ;; beaten SPY by 0.08 pp ;; 0.08 pp ;; -0.17% - (-0.97%) =
  0.80 pp
ro-lag ;; derived ;; DER ;; lagged SPY by 0.50 pp ;; lagged SPY by 0.40 pp ;; 0.40 pp ;; 1.10% - 0.60% = 0.50
  pp
ro-lagq ;; derived ;; DER ;; QQQ by 1.30 pp ;; QQQ by 1.13 pp ;; 1.13 pp ;; 1.90% - 0.60% = 1.30 pp
ro-beat ;; direction ;; D ;; still beat IWM ;; still trailed IWM ;; trailed ;; DIA's 0.60% beat IWM's 0.30%
ro-dji ;; subject ;; V ;; rose 0.58% to 47,220.31 ;; rose 0.58% to 47,202.31 ;; 47,202.31 ;; the Dow closed at
  47,220.31
ro-djisc ;; scale ;; SC ;; to 47,220.31. ;; to $47,220.31. ;; $47,220.31 ;; an index is not in dollars
ro-open ;; value ;; V ;; opened at $468.96 ;; opened at $469.68 ;; $469.68 ;; the open was $468.96
ro-low ;; value ;; V ;; dipped to $467.35 ;; dipped to $463.57 ;; $463.57 ;; the low was $467.35
ro-near ;; direction ;; D ;; a whisker under the day's high ;; a whisker over the day's low ;; over the day's
  low ;;
  $471.60 is at the top of $467.35-$471.86
ro-streak ;; history ;; V ;; third higher close in a row ;; fifth higher close in a row ;; fifth ;; three
  higher
  closes in a row
ro-strp ;; history ;; V ;; up 1.00% over ;; up 1.40% over ;; 1.40% ;; the streak gained 1.00%
ro-vol ;; value ;; V ;; volume of 5.5M ;; volume of 5.8M ;; 5.8M ;; volume was 5.5M
ro-wed ;; quotation ;; V ;; at $468.32 on Wednesday ;; at $468.23 on Wednesday ;; $468.23 ;; the wire and the
  bars
  say $468.32
ro-thu ;; history ;; V ;; $468.79 on Thursday ;; $468.97 on Thursday ;; $468.97 ;; Thursday closed at $468.79
ro-p50 ;; value ;; V ;; sits 0.85% above ;; sits 0.78% above ;; 0.78% ;; DIA is 0.85% above its 50-day
ro-200 ;; value ;; V ;; 200-day ($454.80) ;; 200-day ($458.40) ;; $458.40 ;; the 200-day is $454.80
ro-slope ;; trend ;; V ;; crept up about 0.75% ;; crept up about 1.95% ;; 1.95% ;; the 50-day's slope is
  +0.75%
ro-s200 ;; trend ;; P ;; drifting slightly lower ;; rising steadily ;; rising steadily ;; the 200-day's slope
  is -0.32%
ro-crossd ;; date ;; WM ;; from Friday, Oct 2 ;; from Thursday, Oct 2 ;; Thursday ;; Oct 2, 2026 was a Friday
ro-cross ;; pattern ;; P ;; The golden cross dates ;; The death cross dates ;; death cross ;; the 50-day is
  above
  the 200-day
ro-macd ;; indicator ;; IND ;; 0.34 below ;; 0.34 above ;; above ;; MACD 0.34 is below its 0.47 signal
ro-rng ;; value ;; V ;; For 43 sessions ;; For 34 sessions ;; 34 sessions ;; the range spans 43 sessions
ro-rngw ;; value ;; V ;; only 2.20% wide ;; only 2.12% wide ;; 2.12% ;; the range is 2.20% wide
ro-res ;; level ;; LW ;; resistance
  sits at $476.13 ;; resistance
  sits at $464.29 ;; $464.29 ;; $464.29 is below the $471.60 close ;; real
ro-tch ;; level ;; V ;; has held four times ;; has held twice ;; twice ;; the 50-day level has four touches
ro-ath ;; value ;; V ;; record close of $493.91 ;; record close of $439.91 ;; $439.91 ;; the record close is
  $493.91
ro-athd ;; date ;; WM ;; from Monday, Jan 12 ;; from Tuesday, Jan 12 ;; Tuesday ;; Jan 12, 2026 was a Monday
ro-cite ;; citation ;; CU ;; "edged up on Monday" [2] ;; "edged up on Monday" [4] ;; [4] ;; there is no
  source [4]
ro-six ;; history ;; V ;; lagged SPY for six sessions ;; lagged SPY for nine sessions ;; nine sessions ;; IWM
  trailed SPY six sessions in a row
""")

B = "weekahead-GSPC-2026-11-20"
clean(B, "idx_GSPC-2026-11-20", "week-ahead", "md",
      "a paid newsletter's \"week ahead\" for the S&P 500 with bull, base and bear scenarios and their "
      "odds, a holiday calendar and a subscriber count",
      """# The Week Ahead: turkey, expiry and a 7,000 question

*Sunday edition, Nov 22, 2026. 38,000 subscribers. Markets closed Thursday, early close Friday.*

**Where we stand.** The S&P 500 finished Friday at 6,901.69, up 75.63 points or 1.11%, after opening at
  6,833.00 and trading as low as 6,815.01 and as high as 6,920.40. It was the index's best day of the
  week and turned the week positive at +1.10%; the month is still down 0.95% and the year is up 3.33%.
  Ledger Markets Daily had the Nasdaq 100 up 1.9% and the Dow up 0.6% [1].

The path there was choppy: 6,855.03 on Monday, 6,821.04 on Tuesday, 6,841.38 on Wednesday and
  6,826.06 on Thursday, Nov 19. Friday's gain was about 1.1 times the 14-day average true range of 70.89
  points, a good day but no blow-off.

**Trend check.** The index is 1.13% above its 50-day average (6,824.87) and 6.50% above its 200-day
  (6,480.69). The 50-day is still rising, up about 1.8% over twenty sessions, and the golden cross of
  Monday, Sep 21 is 44 sessions old. RSI 54.9. MACD 8.49 sits below its signal line at 16.37.

**The map.** Resistance: 6,949.67 (two touches), then the record close of 6,968.14 from Oct 22 (three
  touches), then the round 7,000. Support: 6,900, which Friday's close sits just 0.02% above, then
  6,805.34, the bottom of the 29-session range, and 6,724.30.

**Scenarios for the holiday week**

1. *Bull (30%)*: a close above the 6,992.05 intraday record triggers the pending long: entry 6,992.05,
   stop 6,921.16, target 7,130.94, roughly two to one. The round 7,000 falls on the first day.
2. *Base (50%)*: thin holiday volume keeps the index between 6,805.34 and 6,968.14, the range it has
   held for 29 sessions, 2.39% wide.
3. *Bear (20%)*: a close under 6,805.34 opens 6,724.30 and then 6,681.39 (three touches).

**Rates.** On Thursday the 10-year Treasury yield "rose to 4.13%", Harbor Street reported, and oil
  ended at $67.10 a barrel [2].

**Calendar.** Thanksgiving Thursday, Nov 26 (closed); half day Friday, Nov 27, which is also a weekly
  options expiry. The Fed decides on Wednesday, Dec 9, 13 sessions away; November CPI follows on
  Thursday, Dec 10.

*Cross-check:* VIX 15.60, down 9.30%. Russell 2000 2,456.17 (+0.30%), Dow 47,220.31 (+0.58%).

<<SOURCES>>""", sources=("ld-rebound20", "hs-edge19"), source_format="foot")
plants(B, """
wa-close ;; value ;; V ;; Friday at 6,901.69, up ;; Friday at 6,910.69, up ;; 6,910.69 ;; the close was
  6,901.69
wa-pts ;; value ;; V ;; up 75.63 points ;; up 57.63 points ;; 57.63 ;; the change was 75.63 points
wa-pct ;; value ;; V ;; or 1.11%, after ;; or 1.31%, after ;; 1.31% ;; the index rose 1.11%
wa-sc ;; scale ;; SC ;; Friday at 6,901.69 ;; Friday at $6,901.69 ;; $6,901.69 ;; an index is not in dollars
wa-open ;; value ;; V ;; opening at
  6,833.00 ;; opening at
  6,383.00 ;; 6,383.00 ;; the open was 6,833.00
wa-low ;; value ;; V ;; as low as 6,815.01 ;; as low as 6,851.01 ;; 6,851.01 ;; the low was 6,815.01
wa-best ;; history ;; D ;; index's best day of the
  week ;; index's worst day of the
  week ;; worst day ;; Friday's +1.11% was the week's best day
wa-week ;; timeframe ;; V ;; positive at +1.10% ;; positive at +3.33% ;; +3.33% ;; 3.33% is the YTD return;
  the week
  was +1.10% ;; real
wa-month ;; direction ;; D ;; month is still down 0.95% ;; month is still up 0.95% ;; up 0.95% ;; the month
  was
  -0.95%
wa-ytd ;; value ;; V ;; year is up 3.33% ;; year is up 3.53% ;; 3.53% ;; the YTD return is 3.33%
wa-ndxq ;; quotation ;; NU ;; Nasdaq 100 up 1.9% and ;; Nasdaq 100 up 2.9% and ;; 2.9% ;; the story says 1.9%
wa-cite ;; citation ;; CU ;; the Dow up 0.6% [1] ;; the Dow up 0.6% [3] ;; [3] ;; there is no source [3]
wa-mon ;; history ;; V ;; 6,855.03 on Monday ;; 6,855.30 on Monday ;; 6,855.30 ;; Monday Nov 16 closed at
  6,855.03
wa-tue ;; history ;; V ;; 6,821.04 on Tuesday ;; 6,841.38 on Tuesday ;; 6,841.38 ;; 6,841.38 was Wednesday's
  close; Tuesday closed at 6,821.04 ;; real
wa-thud ;; date ;; WM ;; on Thursday, Nov 19 ;; on Friday, Nov 19 ;; Friday ;; Nov 19, 2026 was a Thursday
wa-atr ;; value ;; V ;; range of 70.89 ;; range of 79.08 ;; 79.08 ;; ATR(14) is 70.89
wa-mg ;; magnitude ;; MG ;; a good day but no blow-off ;; a barely noticeable drift ;; barely noticeable ;;
  the move was 1.1 ATR and 1.11%
wa-p50 ;; value ;; V ;; 1.13% above its 50-day ;; 1.31% above its 50-day ;; 1.31% ;; the index is 1.13% above
  its
  50-day
wa-200 ;; pattern ;; P ;; 6.50% above its 200-day ;; 6.50% below its 200-day ;; below ;; 6,901.69 is above the
  6,480.69 200-day
wa-sma200 ;; value ;; V ;; (6,480.69) ;; (6,408.69) ;; 6,408.69 ;; the 200-day is 6,480.69
wa-slope ;; trend ;; P ;; The 50-day is still rising ;; The 50-day is now falling ;; falling ;; the 50-day's
  slope
  is +1.77%
wa-crossd ;; date ;; DU ;; Monday, Sep 21 is ;; Monday, Sep 28 is ;; Sep 28 ;; the golden cross was on Sep 21
wa-rsi ;; indicator ;; V ;; RSI 54.9. ;; RSI 59.4. ;; 59.4 ;; RSI(14) is 54.9
wa-macd ;; indicator ;; IND ;; sits below its signal ;; sits above its signal ;; above ;; MACD 8.49 is below
  16.37
wa-r1 ;; level ;; LW ;; Resistance: 6,949.67 ;; Resistance: 6,724.30 ;; 6,724.30 ;; 6,724.30 is below the
  close
  ;; real
wa-ath ;; value ;; V ;; record close of 6,968.14 from ;; record close of 6,986.14 from ;; 6,986.14 ;; the
  record
  close is 6,968.14
wa-athd ;; date ;; DU ;; from Oct 22 (three ;; from Oct 23 (three ;; Oct 23 ;; the record close was on Oct 22
wa-s1 ;; level ;; D ;; sits just 0.02% above ;; sits just 0.02% below ;; below ;; 6,901.69 is above 6,900
wa-ent ;; setup ;; V ;; above the 6,992.05 intraday record ;; above the 6,929.05 intraday record ;; 6,929.05
  ;; the
  intraday record is 6,992.05
wa-stop ;; setup ;; SG ;; stop 6,921.16 ;; stop 7,021.16 ;; 7,021.16 ;; a long's stop must sit below its
  6,992.05
  entry
wa-rr ;; setup ;; SRR ;; roughly two to one ;; roughly four to one ;; four to one ;; (7,130.94-6,992.05)/
  (6,992.05-6,921.16) = 1.96
wa-rng ;; value ;; V ;; held for 29 sessions, 2.39% wide ;; held for 29 sessions, 2.93% wide ;; 2.93% ;; the
  range
  is 2.39% wide
wa-b3 ;; level ;; V ;; 6,681.39 (three touches) ;; 6,681.39 (five touches) ;; five touches ;; 6,681.39 has
  three
  touches
wa-yq ;; quotation ;; NU ;; "rose to 4.13%" ;; "rose to 4.31%" ;; 4.31% ;; the story says 4.13%
wa-cpi ;; date ;; WM ;; Thursday, Dec 10 ;; Friday, Dec 10 ;; Friday ;; Dec 10, 2026 is a Thursday
wa-fomc ;; date ;; WM ;; on Wednesday, Dec 9 ;; on Tuesday, Dec 9 ;; Tuesday ;; Dec 9, 2026 is a Wednesday
wa-fomcn ;; date ;; V ;; 13 sessions away ;; 18 sessions away ;; 18 sessions ;; the Fed decision is 13
  sessions
  away
wa-vix ;; value ;; V ;; VIX 15.60, down 9.30% ;; VIX 15.60, down 3.90% ;; 3.90% ;; the VIX fell 9.30%
wa-rut ;; subject ;; V ;; 2,456.17 (+0.30%) ;; 2,456.17 (+0.58%) ;; +0.58% ;; the Russell 2000 rose 0.30%;
  0.58%
  is the Dow's ;; real
wa-dji ;; direction ;; D ;; 47,220.31 (+0.58%) ;; 47,220.31 (-0.58%) ;; -0.58% ;; the Dow rose 0.58%
""")

B = "mailbag-SPY-2026-11-17"
clean(B, "SPY-2026-11-17", "mailbag", "md",
      "a personal-finance columnist's Tuesday reader mailbag: three letters with the readers' ages, towns "
      "and account sizes, each answered with the day's figures",
      """# Ask the Tape: your letters, Tuesday Nov 17

*Letters are edited for length. This week: 212 letters, three answered.*

---

**"Is the S&P breaking down? I'm 61 and my 401(k) is 70% in an index fund." -- Carol, Dayton, OH**

Carol, not yet. SPY, the big S&P 500 fund, fell 0.50% on Tuesday to $679.84, down $3.41, and the index
  itself lost 0.5% to 6,821.04. That sounds worse than it is: the fund traded between $676.68 and
  $683.69, and it is still 0.09% above its 50-day average of $679.19. Tapewatch put that average near
  $678.81 on Monday [1]. The 200-day, at $645.83, is 5.27% below the price. The fund is 2.14% under
  its record close of $694.71, set on Thursday, Oct 22, and is up 2.05% for the year. Breaking down
  would look like a run of closes under $673.92, the floor of the 40-session range, and we are not
  there.

**"Why does everyone say the Nasdaq is weaker?" -- Dev, 34, Austin**

Because on the day it was: QQQ dropped 0.90% to $615.97, so SPY beat it by 0.40 pp. The Dow fund DIA
  lost only 0.20% ($466.92) and the small-cap IWM fell 0.80% to $245.28. The fear gauge went the other
  way: the VIX rose 6.02% to 17.60. Gideon Marsh of Tidewater Research told the wire that "the trend is
  intact as long as the S&P 500 holds its 50-day line" [2].

**"I want to buy a dip. Where?" -- Anonymous, 27, with $4,000 to invest**

The chart people mark support at $673.92 and then $670.42 (two touches) and $666.26 (three). A
  textbook plan: a long near $673.92 with a stop at $668.55 and a target of $691.80, which works out to
  about 3.3 to 1. Resistance is the record zone around $694.71, tested five times. Momentum is soft:
  RSI(14) 46.8 and MACD 1.09 below its signal of 2.42. The fund is also under its 20-day average of
  $685.80, and the lower Bollinger band sits at $676.76.

For perspective, SPY closed at $683.25 on Monday, $680.53 last Friday, Nov 13 and $693.42 on Friday,
  Nov 6. The week is down 0.80% and the month 1.06%. Volume Tuesday was 73.0M, about 1.1 times normal.
  The Fed decides on Wednesday, Dec 9, 16 sessions from now.

*Send letters to the Tape desk, 4th floor, or reply to this email. We answer about 3 a week.*

<<SOURCES>>""", sources=("tw-50day16", "hs-slides17"), source_format="paren")
plants(B, """
mb-pct ;; value ;; V ;; fell 0.50% on Tuesday ;; fell 0.80% on Tuesday ;; 0.80% ;; SPY fell 0.50%; 0.80% is
  IWM's
  ;; real
mb-dir ;; direction ;; D ;; fell 0.50% on Tuesday ;; rose 0.50% on Tuesday ;; rose ;; SPY fell on the day
mb-close ;; value ;; V ;; to $679.84, down ;; to $697.84, down ;; $697.84 ;; the close was $679.84
mb-chg ;; value ;; V ;; down $3.41 ;; down $3.24 ;; $3.24 ;; the change was -$3.41
mb-idx ;; subject ;; V ;; lost 0.5% to 6,821.04 ;; lost 0.5% to 6,812.04 ;; 6,812.04 ;; the S&P 500 closed at
  6,821.04
mb-hi ;; value ;; V ;; and
  $683.69, and ;; and
  $683.96, and ;; $683.96 ;; the high was $683.69
mb-p50 ;; pattern ;; P ;; still 0.09% above its 50-day ;; still 0.09% below its 50-day ;; below ;; $679.84 is
  above the $679.19 50-day
mb-50 ;; value ;; V ;; average of $679.19 ;; average of $679.91 ;; $679.91 ;; the 50-day is $679.19
mb-src ;; quotation ;; V ;; near
  $678.81 on Monday ;; near
  $678.18 on Monday ;; $678.18 ;; Tapewatch wrote $678.81
mb-200p ;; value ;; V ;; is 5.27% below the price ;; is 5.72% below the price ;; 5.72% ;; SPY is 5.27% above
  its
  200-day
mb-athp ;; value ;; V ;; is 2.14% under ;; is 2.41% under ;; 2.41% ;; SPY is 2.14% below its record close
mb-athd ;; date ;; WM ;; on Thursday, Oct 22 ;; on Friday, Oct 22 ;; Friday ;; Oct 22, 2026 was a Thursday
mb-ytd ;; timeframe ;; V ;; up 2.05% for the year ;; up 1.06% for the year ;; 1.06% ;; 1.06% is the month's
  move (down); the year is +2.05% ;; real
mb-rng ;; value ;; V ;; the 40-session range ;; the 30-session range ;; 30-session ;; the range spans 40
  sessions
mb-qqq ;; value ;; V ;; QQQ dropped 0.90% ;; QQQ dropped 0.09% ;; 0.09% ;; QQQ fell 0.90% ;; real
mb-div ;; derived ;; DER ;; SPY beat it by 0.40 pp ;; SPY beat it by 0.45 pp ;; 0.45 pp ;; -0.50% - (-0.90%) =
  0.40 pp
mb-dia ;; value ;; V ;; lost only 0.20% ;; lost only 0.35% ;; 0.35% ;; DIA fell 0.20%
mb-iwm ;; subject ;; V ;; fell 0.80% to $245.28 ;; fell 0.80% to $244.30 ;; $244.30 ;; IWM closed at $245.28
  on
  Nov 17; $244.30 is its Nov 20 close
mb-vixd ;; direction ;; D ;; the VIX rose 6.02% ;; the VIX fell 6.02% ;; fell ;; the VIX rose
mb-vix ;; value ;; V ;; to 17.60 ;; to 16.70 ;; 16.70 ;; the VIX closed at 17.60
mb-quote ;; quotation ;; NU ;; holds its 50-day line" ;; holds its 200-day line" ;; 200-day ;; the story says
  its 50-day line
mb-cite ;; citation ;; CU ;; 50-day line" [2] ;; 50-day line" [5] ;; [5] ;; there is no source [5]
mb-sup ;; level ;; LW ;; support at $673.92 and then ;; support at $683.92 and then ;; $683.92 ;; $683.92 is
  above
  the $679.84 close
mb-tch ;; level ;; V ;; $670.42 (two touches) ;; $670.42 (four touches) ;; four touches ;; $670.42 has two
  touches
mb-stop ;; setup ;; SG ;; a stop at $668.55 ;; a stop at $678.55 ;; $678.55 ;; a long's stop must sit below
  its
  $673.92 entry
mb-rr ;; setup ;; SRR ;; about 3.3 to 1 ;; about 1.3 to 1 ;; 1.3 to 1 ;; (691.80-673.92)/(673.92-668.55) = 3.3
mb-res ;; level ;; V ;; tested five times ;; tested eight times ;; eight times ;; $694.71 has five touches
mb-rsi ;; indicator ;; V ;; RSI(14) 46.8 ;; RSI(14) 64.8 ;; 64.8 ;; RSI(14) is 46.8
mb-macd ;; indicator ;; IND ;; 1.09 below its signal ;; 1.09 above its signal ;; above ;; MACD 1.09 is below
  2.42
mb-20 ;; pattern ;; P ;; also under its 20-day ;; also over its 20-day ;; over ;; $679.84 is below the $685.80
  20-day
mb-mon ;; history ;; V ;; $683.25 on Monday ;; $683.52 on Monday ;; $683.52 ;; Monday Nov 16 closed at $683.25
mb-fri ;; date ;; WM ;; last Friday, Nov 13 ;; last Thursday, Nov 13 ;; Thursday ;; Nov 13, 2026 was a Friday
mb-nov6 ;; history ;; V ;; $693.42 on Friday ;; $639.42 on Friday ;; $639.42 ;; Friday Nov 6 closed at $693.42
mb-week ;; value ;; V ;; week is down 0.80% ;; week is down 0.08% ;; 0.08% ;; the week was -0.80%
mb-vol ;; value ;; V ;; Tuesday was 73.0M ;; Tuesday was 37.0M ;; 37.0M ;; volume was 73.0M
mb-fed ;; date ;; V ;; 16 sessions from now ;; 12 sessions from now ;; 12 sessions ;; Dec 9 is 16 sessions
  away
""")

B = "prompter-QQQ-2026-11-17"
clean(B, "QQQ-2026-11-17", "teleprompter", "txt",
      "a cable channel's closing-bell teleprompter script with camera and graphics cues, running times "
      "and a sports toss",
      """SHOW: CLOSING TAPE   EP 1142   TUE 11/17   SEG B "TECH TAKES A BREATHER"   RT 2:40
TALENT: JANE (A), MARCUS (B)   DIRECTOR: K. OWUSU   FLOOR: STUDIO 3

[CAM 2 / JANE]
JANE: Tech stepped back today. The Nasdaq 100 fell nine-tenths of a percent to 25,326.20, and the
  QQQ fund closed at $615.97, down $5.59, or 0.90%.

[GFX FULL: QQQ DAY -- OPEN $620.75 / HIGH $624.18 / LOW $615.95 / CLOSE $615.97]

JANE (VO): It opened at $620.75, touched $624.18 early and closed almost exactly on the low of the day.
  Volume, 61.1 million shares, about one and a half times normal.

[CAM 1 / MARCUS]
MARCUS: Jane, I'd call this a pause, not a plunge. The drop was about 0.7 of a normal day's range. The
  fund is still 0.53% above its 50-day average of $612.70, and that average is climbing, up nearly 1.8%
  in a month of sessions. The 200-day down at $579.82 has barely budged.

[GFX L3: "RECORD CLOSE $629.76 -- WED NOV 11"]

MARCUS (VO): It is 2.2% short of the record close of $629.76 from last Wednesday, Nov 11, Tapewatch
  notes [1]. On Thursday, Nov 12 it reached $632.37 intraday, the 52-week high. It closed at $621.56
  on Monday and $618.47 last Friday.

[CAM 2 / JANE]
JANE: Marcus, the wider market?

[CAM 1 / MARCUS]
MARCUS: Everything was red but the fear gauge. SPY lost 0.50%, the Dow fund DIA 0.20%, small caps in
  IWM 0.80%. QQQ lagged SPY by 0.40 points. And the VIX jumped 6.02% to 17.60.

[GFX FULL: LEVELS -- R $623.73 / R $629.76 -- S $612.70 / S $609.62 / S $606.02]

MARCUS (VO): Traders I talk to are watching $612.70, the 50-day, as first support, then $609.62 and
  $606.02. Overhead it's $620, then $623.73 and the record. RSI is 48.4, right in the middle, and MACD
  at 2.43 is below its signal line at 3.05. For the week the fund is down 1.80%; for the year it's
  still up 3.16%.

[CAM 2 / JANE]
JANE: One plan making the rounds: buy at $612.70 with a stop at $606.71 and a target of $622.21. That is
  about one and a half to one. Up next, the Fed meets December 9th, 16 sessions from now.

[TOSS TO SPORTS -- 2:38] JANE: And Dale, I hear the Hawks won 104 to 98?
[END SEG B -- HARD OUT 18:02:40]

<<SOURCES>>""", sources=("tw-nasdaq17",), source_format="plain")
plants(B, """
tp-ndx ;; subject ;; V ;; percent to 25,326.20 ;; percent to 25,362.20 ;; 25,362.20 ;; the Nasdaq 100 closed
  at
  25,326.20
tp-words ;; words ;; V ;; fell nine-tenths of a percent ;; fell six-tenths of a percent ;; six-tenths ;; the
  Nasdaq
  100 fell 0.90%
tp-close ;; value ;; V ;; closed at $615.97, down ;; closed at $615.79, down ;; $615.79 ;; the close was
  $615.97
tp-chg ;; value ;; V ;; down $5.59 ;; down $5.95 ;; $5.95 ;; the change was -$5.59
tp-pct ;; value ;; V ;; or 0.90%. ;; or 0.99%. ;; 0.99% ;; QQQ fell 0.90%
tp-gfxo ;; value ;; V ;; OPEN $620.75 / ;; OPEN $602.75 / ;; $602.75 ;; the open was $620.75
tp-gfxh ;; value ;; V ;; HIGH $624.18 / ;; HIGH $624.81 / ;; $624.81 ;; the high was $624.18
tp-pos ;; direction ;; D ;; closed almost exactly on the low of the day ;; closed almost exactly on the high
  of
  the day ;; on the high ;; $615.97 is at the $615.95 low
tp-volw ;; words ;; V ;; about one and a half times ;; about three times ;; three times ;; volume was 1.5
  times
  the average
tp-vol ;; value ;; V ;; Volume, 61.1 million ;; Volume, 16.1 million ;; 16.1 million ;; volume was 61.1M
tp-mg ;; magnitude ;; MG ;; a pause, not a plunge ;; a plunge, not a pause ;; plunge ;; the move was 0.7 ATR
  and
  0.90%
tp-atr ;; magnitude ;; V ;; about 0.7 of a normal ;; about 1.7 of a normal ;; 1.7 ;; the move was 0.7 ATR
tp-p50 ;; value ;; V ;; still 0.53% above ;; still 0.35% above ;; 0.35% ;; QQQ is 0.53% above its 50-day
tp-side ;; pattern ;; P ;; 0.53% above its 50-day ;; 0.53% under its 50-day ;; under ;; $615.97 is above the
  $612.70 50-day
tp-slope ;; trend ;; P ;; that average is climbing ;; that average is sinking ;; sinking ;; the 50-day's
  slope is
  +1.77%
tp-slopev ;; trend ;; V ;; up nearly 1.8% ;; up nearly 2.8% ;; 2.8% ;; the 50-day's slope is +1.77%
tp-200 ;; value ;; V ;; down at $579.82 ;; down at $597.82 ;; $597.82 ;; the 200-day is $579.82
tp-gfxd ;; date ;; WM ;; $629.76 -- WED NOV 11 ;; $629.76 -- TUE NOV 11 ;; TUE ;; Nov 11, 2026 was a Wednesday
tp-src ;; quotation ;; NU ;; It is 2.2% short ;; It is 2.7% short ;; 2.7% ;; Tapewatch wrote 2.2%
tp-cite ;; citation ;; CU ;; Tapewatch
  notes [1] ;; Tapewatch
  notes [2] ;; [2] ;; there is no source [2]
tp-ihd ;; date ;; WM ;; On Thursday, Nov 12 it ;; On Friday, Nov 12 it ;; Friday ;; Nov 12, 2026 was a
  Thursday
tp-ih ;; value ;; V ;; reached $632.37 intraday ;; reached $633.27 intraday ;; $633.27 ;; the intraday high
  was
  $632.37
tp-mon ;; history ;; V ;; at $621.56
  on Monday ;; at $612.56
  on Monday ;; $612.56 ;; Monday Nov 16 closed at $621.56
tp-fri ;; history ;; V ;; $618.47 last Friday ;; $618.47 last Thursday ;; $618.47 ;; $618.47 was Friday Nov
  13's
  close; Thursday closed at $625.98
tp-neg ;; negation ;; D ;; Everything was red but the fear gauge ;; Everything was green but the fear gauge ;;
  green ;; SPY, QQQ, DIA and IWM all fell
tp-dia ;; subject ;; V ;; DIA 0.20%, ;; DIA 0.50%, ;; 0.50% ;; DIA fell 0.20%; 0.50% is SPY's ;; real
tp-lag ;; derived ;; DER ;; lagged SPY by 0.40 points ;; lagged SPY by 0.45 points ;; 0.45 ;; -0.90% -
  (-0.50%) =
  -0.40 pp
tp-vix ;; value ;; V ;; VIX jumped 6.02% ;; VIX jumped 2.06% ;; 2.06% ;; the VIX rose 6.02%
tp-gfxr ;; level ;; LW ;; LEVELS -- R $623.73 ;; LEVELS -- R $609.62 ;; $609.62 ;; $609.62 is below the close
  ;; real
tp-gfxs ;; level ;; LW ;; S $612.70 / S $609.62 ;; S $623.73 / S $609.62 ;; $623.73 ;; $623.73 is above the
  close ;; real
tp-rsi ;; indicator ;; IND ;; right in the middle ;; deep in oversold territory ;; oversold ;; RSI 48.4 is not
  oversold
tp-macd ;; indicator ;; V ;; at 2.43 is below ;; at 2.34 is below ;; 2.34 ;; MACD is 2.43
tp-week ;; timeframe ;; V ;; down 1.80% ;; down 0.72% ;; 0.72% ;; 0.72% is the month; the week was -1.80% ;;
  real
tp-ytd ;; direction ;; D ;; still up 3.16% ;; now down 3.16% ;; down 3.16% ;; the YTD return is +3.16%
tp-stop ;; setup ;; SG ;; a stop at $606.71 ;; a stop at $616.71 ;; $616.71 ;; a long's stop must sit below
  its
  $612.70 entry
tp-rr ;; setup ;; SRR ;; about one and a half to one ;; about three to one ;; three to one ;;
  (622.21-612.70)/(612.70-606.71) = 1.6
tp-fed ;; date ;; V ;; 16 sessions from now ;; 19 sessions from now ;; 19 sessions ;; Dec 9 is 16 sessions
  away
""")

B = "idea-IWM-2026-11-17"
clean(B, "IWM-2026-11-17", "chart-idea", "md",
      "a charting site's public trade idea for IWM with timestamped updates through the day, likes and "
      "comment counts, and the author's running tally of ideas",
      """### IWM: box trader's guide, still short-term neutral (idea #88 of mine)

by @smallcapsam | Published Tue Nov 17, 09:12 ET | 1D chart | 46 likes | 12 comments

Small caps are still stuck inside their box. On closes IWM has held between $241.00 and $249.26 for 22
  sessions, a range 3.43% wide, and the top has turned it back twice. The 50-day at $246.21 runs through
  the middle of it and is nearly flat (+0.38% over 20 sessions), while the 200-day, $230.71, sits far below
  and has slipped a little (-0.12%). The golden cross from Aug 10 is 70 sessions old.

Plan: fade the edges. Sell strength near $249.26, buy weakness near $241.00. No trade in the middle.

**UPDATE 11:40** -- opened $246.64 (a 0.25% gap down from Monday's $247.26 close) and the high so far
  is $247.37. Lower than the opening and rolling over.

**UPDATE 16:10 (close)** -- IWM finished at $245.28, down $1.98 or 0.80%, with a low of $244.61. That
  puts it 0.38% under the 50-day and back in the lower half of the box, but still above the 20-day at
  $245.15. Volume 31.1M, right at its 29.8M average. The move was about 0.6 ATR (ATR $3.22), so nothing
  dramatic. RSI 50.0 flat in the middle. MACD 0.86 is still above its 0.57 signal, the one bullish
  detail on the chart.

Harbor Street's wrap: the Russell 2000 "slipped 0.8% to 2,465.79" and it was "the third session in a
  row in which IWM trailed the SPDR S&P 500 ETF" [1]. SPY lost 0.50%, so IWM trailed by 0.30 pp.
  Ledger Markets Daily had the fund at $247.01 last Friday, Nov 13, "inside the $240-to-$250 band it has
  held for four weeks" [2].

Recent closes for reference: Thu Nov 12 $249.26 (the top of the box), Wed Nov 11 $248.76, Mon Nov 16
  $247.26. For the week the fund is off 1.00%; for the month it is still up 1.46% and 2.52 pp ahead of
  SPY.

Levels: R $252.53 (2.96% above) / R $249.26 / pivot $246.21 (50d) / S $244.79 (1 touch) / S $242.80 /
  S $241.00 / S $240.02. Lower Bollinger band $239.69, upper $250.62.

52-week high close $257.77 (Fri Nov 28, 2025); the fund is 4.85% below it. 52-week low close $204.10 (Apr
  9), the fund is
  20.18% above it. Ideas so far this year: 88 published, 51 hit target, 29 stopped, 8 open.

<<SOURCES>>""", sources=("hs-slides17", "ld-turns13"))
plants(B, """
id-box ;; value ;; V ;; between $241.00 and $249.26 for 22 ;; between $241.00 and $249.62 for 22 ;; $249.62 ;;
  the range top is $249.26
id-boxn ;; value ;; V ;; for 22
  sessions ;; for 32
  sessions ;; 32 sessions ;; the range spans 22 sessions
id-boxw ;; value ;; V ;; a range 3.43% wide ;; a range 4.43% wide ;; 4.43% ;; the range is 3.43% wide
id-twice ;; level ;; V ;; turned it back twice ;; turned it back four times ;; four times ;; $249.26 has two
  touches
id-50 ;; value ;; V ;; The 50-day at $246.21 ;; The 50-day at $246.12 ;; $246.12 ;; the 50-day is $246.21
id-flat ;; trend ;; P ;; is nearly flat (+0.38% ;; is surging (+0.38% ;; surging ;; the 50-day's slope is
  +0.38%
id-s200 ;; trend ;; D ;; has slipped a little (-0.12%) ;; has risen a little (-0.12%) ;; risen ;; the
  200-day's
  slope is -0.12%
id-crossd ;; date ;; DU ;; from Aug 10 is ;; from Aug 3 is ;; Aug 3 ;; the golden cross was on Aug 10
id-crossn ;; history ;; V ;; 70 sessions old ;; 77 sessions old ;; 77 sessions ;; the cross is 70 sessions old
id-open ;; value ;; V ;; opened $246.64 ;; opened $246.46 ;; $246.46 ;; the open was $246.64
id-gap ;; derived ;; V ;; a 0.25% gap down ;; a 0.52% gap down ;; 0.52% ;; the gap was -0.25%
id-mon ;; history ;; V ;; from Monday's $247.26 close ;; from Monday's $247.62 close ;; $247.62 ;; Monday Nov
  16
  closed at $247.26
id-close ;; value ;; V ;; finished at $245.28, down ;; finished at $245.82, down ;; $245.82 ;; the close was
  $245.28
id-chg ;; value ;; V ;; down $1.98 ;; down $1.89 ;; $1.89 ;; the change was -$1.98
id-dir ;; direction ;; D ;; down $1.98 or 0.80% ;; up $1.98 or 0.80% ;; up ;; IWM fell
id-low ;; value ;; V ;; a low of $244.61 ;; a low of $244.16 ;; $244.16 ;; the low was $244.61
id-p50 ;; pattern ;; P ;; 0.38% under the 50-day ;; 0.38% over the 50-day ;; over ;; $245.28 is below the
  $246.21
  50-day
id-half ;; direction ;; D ;; back in the lower half of the box ;; back in the upper half of the box ;; upper
  half ;;
  $245.28 is in the lower half of $241.00-$249.26
id-20 ;; pattern ;; P ;; still above the 20-day ;; still below the 20-day ;; below ;; $245.28 is above the
  $245.15
  20-day
id-vol ;; value ;; V ;; Volume 31.1M ;; Volume 13.1M ;; 13.1M ;; volume was 31.1M
id-mg ;; magnitude ;; V ;; about 0.6 ATR ;; about 1.6 ATR ;; 1.6 ATR ;; the move was 0.6 ATR
id-rsi ;; indicator ;; V ;; RSI 50.0 flat ;; RSI 55.0 flat ;; 55.0 ;; RSI(14) is 50.0
id-macd ;; indicator ;; IND ;; is still above its 0.57 signal ;; is now below its 0.57 signal ;; below ;;
  MACD 0.86
  is above 0.57
id-q1 ;; quotation ;; NU ;; "slipped 0.8% to 2,465.79" ;; "slipped 1.8% to 2,465.79" ;; 1.8% ;; the story
  says 0.8%
id-q2 ;; quotation ;; NU ;; "the third session in a
  row ;; "the fourth session in a
  row ;; fourth ;; the story says the third session
id-spy ;; subject ;; V ;; SPY lost 0.50% ;; SPY lost 0.90% ;; 0.90% ;; SPY fell 0.50%; 0.90% is QQQ's ;; real
id-div ;; derived ;; DER ;; IWM trailed by 0.30 pp ;; IWM trailed by 0.45 pp ;; 0.45 pp ;; -0.80% - (-0.50%) =
  -0.30 pp
id-q3 ;; quotation ;; V ;; fund at $247.01 last Friday ;; fund at $247.10 last Friday ;; $247.10 ;; the story
  and
  the bars say $247.01
id-frid ;; date ;; WM ;; last Friday, Nov 13 ;; last Saturday, Nov 13 ;; Saturday ;; Nov 13, 2026 was a Friday
id-q4 ;; quotation ;; NU ;; held for four weeks" ;; held for nine weeks" ;; nine weeks ;; the story says four
  weeks
id-cite ;; citation ;; CU ;; four weeks" [2] ;; four weeks" [3] ;; [3] ;; there is no source [3]
id-thu ;; history ;; V ;; Thu Nov 12 $249.26 ;; Thu Nov 12 $248.76 ;; $248.76 ;; $248.76 was Wednesday's
  close;
  Thursday closed at $249.26 ;; real
id-wed ;; date ;; WM ;; Wed Nov 11 $248.76 ;; Tue Nov 11 $248.76 ;; Tue ;; Nov 11, 2026 was a Wednesday
id-week ;; value ;; V ;; off 1.00% ;; off 1.90% ;; 1.90% ;; the week was -1.00%
id-month ;; timeframe ;; V ;; still up 1.46% ;; still up 0.82% ;; 0.82% ;; 0.82% is the YTD return; the month
  is
  +1.46% ;; real
id-spr ;; derived ;; V ;; 2.52 pp ahead ;; 2.25 pp ahead ;; 2.25 pp ;; 1.46% - (-1.06%) = 2.52 pp
id-r1 ;; level ;; V ;; $252.53 (2.96% above) ;; $252.53 (2.69% above) ;; 2.69% ;; $252.53 is 2.96% above
  $245.28
id-s1 ;; level ;; LW ;; S $244.79 (1 touch) ;; S $249.79 (1 touch) ;; $249.79 ;; a support must be below the
  $245.28 close
id-bb ;; value ;; V ;; Bollinger band $239.69 ;; Bollinger band $236.99 ;; $236.99 ;; the lower band is
  $239.69
id-athd ;; date ;; WM ;; (Fri Nov 28, 2025) ;; (Sat Nov 28, 2025) ;; Sat ;; Nov 28, 2025 was a Friday
id-athp ;; value ;; V ;; is 4.85% below it ;; is 4.58% below it ;; 4.58% ;; IWM is 4.85% below the high
id-lowp ;; value ;; V ;; 20.18% above it ;; 21.08% above it ;; 21.08% ;; the fund is 20.18% above its 52-week
  low
""")

B = "auction-RUT-2026-11-17"
clean(B, "idx_RUT-2026-11-17", "auction-note", "txt",
      "an execution desk's closing-auction note to clients on the Russell 2000, with order-ticket counts, "
      "cut-off times and a phone extension",
      """EXECUTION SERVICES -- CLOSE NOTE -- TUESDAY 17 NOV 2026 -- 16:25 ET
Desk line ext. 4410. Auction cut-off for MOC/LOC entries 15:50; we took 37 client tickets today, 2 late.

RUSSELL 2000 (RUT) settled at 2,465.79, -19.30 pts / -0.78%, off an open of 2,479.40. Session high
  2,486.79, low 2,459.06. Prior close 2,485.09 (Monday).

Relative: SPX -0.50% (6,821.04), NDX -0.90% (25,326.20), Dow -0.21% (46,742.21). RTY underperformed SPX
  by 0.28 pp, its third straight session of trailing the large caps, but held up better than the Nasdaq
  100, beating it by 0.13 pp.

Into the print the index sat 0.33% below its 50-day (2,473.93) and 6.36% above its 200-day (2,318.38).
  The move was a modest 0.6 ATR (ATR 32.44 pts). RSI 50.1; MACD 8.85 vs signal 5.83, still positive.

Context for PMs:
* 22-session closing range 2,421.62 to 2,505.20 (3.45%); the top was tagged twice.
* Resistance 2,505.20 (Thu Nov 12 close) then 2,537.49. Support 2,458.33, 2,450, 2,440.36, 2,421.62.
* Recent closes: Fri 13 Nov 2,482.49, Thu 12 Nov 2,505.20, Wed 4 Nov 2,500.80.
* Week -0.98%, month +1.48%, YTD +0.85%. Record close 2,591.09 on 28 Nov 2025, now 4.84% away.
* Fed Wed 9 Dec (16 sessions), CPI Thu 10 Dec.

Wire check: "The small-cap Russell 2000 slipped 0.8% to 2,465.79" [1]. Oil "fell 2.7%" on the day,
  which weighed on "the energy-heavy corners of the Russell 2000" [2].

Next note 08:30 ET. Compliance ref EXS-2026-1117-B.

<<SOURCES>>""", sources=("hs-slides17", "ld-oil17"), source_format="plain")
plants(B, """
au-close ;; value ;; V ;; settled at 2,465.79 ;; settled at 2,456.79 ;; 2,456.79 ;; the close was 2,465.79
au-pts ;; value ;; V ;; -19.30 pts ;; -13.90 pts ;; -13.90 ;; the change was -19.30 points
au-pct ;; value ;; V ;; / -0.78%, off ;; / -0.68%, off ;; -0.68% ;; the index fell 0.78%
au-dir ;; direction ;; D ;; / -0.78%, off ;; / +0.78%, off ;; +0.78% ;; the index fell
au-sc ;; scale ;; SC ;; settled at 2,465.79 ;; settled at $2,465.79 ;; $2,465.79 ;; an index is not in dollars
au-open ;; value ;; V ;; an open of 2,479.40 ;; an open of 2,497.40 ;; 2,497.40 ;; the open was 2,479.40
au-high ;; value ;; V ;; Session high
  2,486.79 ;; Session high
  2,468.79 ;; 2,468.79 ;; the high was 2,486.79
au-prev ;; history ;; V ;; 2,485.09 (Monday) ;; 2,485.09 (Friday) ;; 2,485.09 ;; 2,485.09 was Monday's close
au-spx ;; subject ;; V ;; SPX -0.50% ;; SPX -0.21% ;; -0.21% ;; the S&P 500 fell 0.50%; 0.21% is the Dow's ;;
  real
au-ndx ;; value ;; V ;; (25,326.20) ;; (25,236.20) ;; 25,236.20 ;; the Nasdaq 100 closed at 25,326.20
au-dow ;; direction ;; D ;; Dow -0.21% ;; Dow +0.21% ;; +0.21% ;; the Dow fell
au-div ;; derived ;; DER ;; by 0.28 pp ;; by 0.48 pp ;; 0.48 pp ;; -0.78% - (-0.50%) = -0.28 pp
au-strk ;; history ;; V ;; its third straight session ;; its fifth straight session ;; fifth ;; three sessions
  in a row
au-ndxd ;; direction ;; D ;; beating it by 0.13 pp ;; trailing it by 0.13 pp ;; trailing ;; -0.78% beat -0.90%
au-p50 ;; pattern ;; P ;; 0.33% below its 50-day ;; 0.33% above its 50-day ;; above ;; 2,465.79 is below the
  2,473.93 50-day
au-200 ;; value ;; V ;; 200-day (2,318.38) ;; 200-day (2,381.38) ;; 2,381.38 ;; the 200-day is 2,318.38
au-mg ;; magnitude ;; MG ;; a modest 0.6 ATR ;; a violent 0.6 ATR ;; violent ;; the move was 0.6 ATR and 0.78%
au-atr ;; value ;; V ;; (ATR 32.44 pts) ;; (ATR 34.22 pts) ;; 34.22 ;; ATR(14) is 32.44
au-macd ;; indicator ;; IND ;; still positive ;; already negative ;; negative ;; MACD is 8.85, above zero and
  its signal
au-rng ;; value ;; V ;; 22-session closing range ;; 12-session closing range ;; 12-session ;; the range spans
  22
  sessions
au-rngw ;; value ;; V ;; (3.45%) ;; (3.54%) ;; 3.54% ;; the range is 3.45% wide
au-res ;; level ;; LW ;; Resistance 2,505.20 ;; Resistance 2,440.36 ;; 2,440.36 ;; 2,440.36 is below the close
  ;; real
au-sup ;; level ;; LW ;; Support 2,458.33, ;; Support 2,478.33, ;; 2,478.33 ;; a support must be below
  2,465.79
au-thu ;; date ;; WM ;; (Thu Nov 12 close) ;; (Wed Nov 12 close) ;; Wed ;; Nov 12, 2026 was a Thursday
au-fri ;; history ;; V ;; Fri 13 Nov 2,482.49 ;; Fri 13 Nov 2,428.49 ;; 2,428.49 ;; Friday Nov 13 closed at
  2,482.49
au-wed4 ;; history ;; V ;; Wed 4 Nov 2,500.80 ;; Wed 4 Nov 2,500.45 ;; 2,500.45 ;; 2,500.45 was Nov 11's
  close;
  Nov 4 closed at 2,500.80 ;; real
au-week ;; timeframe ;; V ;; Week -0.98% ;; Week -0.78% ;; -0.78% ;; -0.78% is the day; the week was -0.98%
  ;; real
au-month ;; direction ;; D ;; month +1.48% ;; month -1.48% ;; -1.48% ;; the month was +1.48%
au-ath ;; value ;; V ;; Record close 2,591.09 ;; Record close 2,519.09 ;; 2,519.09 ;; the record close is
  2,591.09
au-athd ;; date ;; DU ;; on 28 Nov 2025 ;; on 28 Nov 2024 ;; 28 Nov 2024 ;; the record close was on Nov 28,
  2025
au-athp ;; value ;; V ;; now 4.84% away ;; now 8.44% away ;; 8.44% ;; the index is 4.84% below its record
au-fed ;; date ;; WM ;; Fed Wed 9 Dec ;; Fed Tue 9 Dec ;; Tue ;; Dec 9, 2026 is a Wednesday
au-q1 ;; quotation ;; NU ;; slipped 0.8% to 2,465.79" ;; slipped 1.3% to 2,465.79" ;; 1.3% ;; the story says
  0.8%
au-q2 ;; quotation ;; NU ;; Oil "fell 2.7%" ;; Oil "fell 2.2%" ;; 2.2% ;; the story says 2.7%
au-cite ;; citation ;; CU ;; Russell 2000" [2] ;; Russell 2000" [4] ;; [4] ;; there is no source [4]
""")

B = "encyclopedia-SPY-2026-06-03"
clean(B, "SPY-2026-06-03", "encyclopedia", "md",
      "an encyclopedia-style entry on a trading day, in the past tense, with a see-also list, an edit "
      "count and bracketed footnote markers that are not citations of the article's sources",
      """# June 3, 2026 (stock market)

*From the markets wiki. This page was last edited 14 times; 3 watchers.*

**June 3, 2026** was a Wednesday on which the SPDR S&P 500 ETF Trust (SPY) extended a rally that had
  begun the week before. The fund closed at $659.18, a gain of $3.83 (0.58%), its fifth consecutive
  higher close; over those five sessions it rose 4.87%.

## Trading

SPY opened at $656.50, fell to an intraday low of $652.54 and reached a high of $659.77 before closing
  near that high. Volume of 51.6 million shares was about 0.7 times the 20-day average of 69.3 million,
  lighter than usual. The S&P 500 index rose 0.58% to 6,609.79.

Other index funds were mixed. The Invesco QQQ Trust gained 0.57% to $595.41 and the iShares Russell 2000
  ETF 0.35% to $228.85, while the SPDR Dow Jones Industrial Average ETF fell 0.58% to $461.11. The Cboe
  Volatility Index rose 6.18% to 18.55 despite the gains.

## Technical position

By the close SPY stood 6.99% above its 50-day moving average ($616.10) and 1.76% above its 200-day
  ($647.76). The 50-day average had been below the 200-day since a death cross on Friday, March 27, 2026,
  46 sessions earlier, and it was still edging lower (-0.31% over 20 sessions) while the 200-day was flat.
  The 14-day RSI of 72.3 placed the fund in overbought territory, and the close was above the upper
  Bollinger band ($655.85). The MACD (10.15) was above its signal line (6.99).

The close was the highest of the previous 20 sessions, whose closes ranged from $609.86 to $659.18, a
  spread of 8.09%. It remained 4.84% below the record close of $692.73 set on Wednesday, November 26,
  2025, and 11.28% above the 52-week closing low of $592.37 from April 28, 2026.

## Prior sessions

| Date | Close |
|---|---|
| Wed May 27 | $628.57 |
| Thu May 28 | $630.82 |
| Fri May 29 | $643.10 |
| Mon Jun 1 | $650.49 |
| Tue Jun 2 | $655.35 |

Markets had been closed on Monday, May 25 for Memorial Day. The month to June 3 returned 8.87%, while
  the year to date was still -1.05%.

## See also

- Levels watched at the time: $665.30 (two touches) and $681.39 above; $652.32 and $647.76 below.
- A long setup then in circulation: entry $665.54, stop $657.79, target $681.23, reward-to-risk 2.0.

[a] Figures are closing prices. [b] Volume is consolidated. Categories: 2026 in economics | Market days""")
plants(B, """
en-wd ;; date ;; WM ;; was a Wednesday on which ;; was a Thursday on which ;; Thursday ;; Jun 3, 2026 was a
  Wednesday
en-close ;; value ;; V ;; closed at $659.18, a gain ;; closed at $695.18, a gain ;; $695.18 ;; the close was
  $659.18
en-chg ;; value ;; V ;; a gain of $3.83 ;; a gain of $3.38 ;; $3.38 ;; the change was $3.83
en-pct ;; value ;; V ;; $3.83 (0.58%) ;; $3.83 (0.85%) ;; 0.85% ;; SPY rose 0.58%
en-strk ;; history ;; V ;; its fifth consecutive ;; its third consecutive ;; third ;; five higher closes in a
  row
en-strp ;; history ;; V ;; it rose 4.87% ;; it rose 8.87% ;; 8.87% ;; the streak gained 4.87%; 8.87% is the
  month
  ;; real
en-open ;; value ;; V ;; opened at $656.50 ;; opened at $655.60 ;; $655.60 ;; the open was $656.50
en-low ;; value ;; V ;; low of $652.54 ;; low of $645.52 ;; $645.52 ;; the low was $652.54
en-near ;; direction ;; D ;; closing
  near that high ;; closing
  near the low ;; near the low ;; $659.18 is at the top of $652.54-$659.77
en-volr ;; value ;; V ;; about 0.7 times ;; about 1.7 times ;; 1.7 times ;; volume was 0.7 times its average
en-light ;; direction ;; D ;; lighter than usual ;; heavier than usual ;; heavier ;; volume was below its
  average
en-gspc ;; subject ;; V ;; rose 0.58% to 6,609.79 ;; rose 0.58% to 6,690.79 ;; 6,690.79 ;; the S&P 500 closed
  at
  6,609.79
en-qqq ;; value ;; V ;; gained 0.57% to $595.41 ;; gained 0.57% to $559.41 ;; $559.41 ;; QQQ closed at $595.41
en-iwm ;; subject ;; V ;; ETF 0.35% to $228.85 ;; ETF 0.57% to $228.85 ;; 0.57% ;; IWM rose 0.35%; 0.57% is
  QQQ's
  ;; real
en-dia ;; direction ;; D ;; ETF fell 0.58% to $461.11 ;; ETF rose 0.58% to $461.11 ;; rose ;; DIA fell 0.58%
en-vix ;; value ;; V ;; rose 6.18% to 18.55 ;; rose 6.18% to 15.85 ;; 15.85 ;; the VIX closed at 18.55
en-p50 ;; value ;; V ;; stood 6.99% above ;; stood 9.69% above ;; 9.69% ;; SPY is 6.99% above its 50-day
en-200 ;; pattern ;; P ;; 1.76% above its 200-day ;; 1.76% below its 200-day ;; below ;; $659.18 is above the
  $647.76 200-day
en-cross ;; pattern ;; P ;; since a death cross ;; since a golden cross ;; golden cross ;; the 50-day
  ($616.10) is below the 200-day ($647.76)
en-crossd ;; date ;; WM ;; on Friday, March 27 ;; on Thursday, March 27 ;; Thursday ;; Mar 27, 2026 was a
  Friday
en-crossn ;; history ;; V ;; 46 sessions earlier ;; 64 sessions earlier ;; 64 sessions ;; the cross was 46
  sessions earlier
en-slope ;; trend ;; P ;; it was still edging lower ;; it was climbing fast ;; climbing fast ;; the 50-day's
  slope
  is -0.31%
en-rsi ;; indicator ;; IND ;; in overbought territory ;; in oversold territory ;; oversold ;; RSI 72.3 is
  overbought
en-bb ;; direction ;; D ;; the close was above the upper ;; the close was below the upper ;; below ;; $659.18
  is
  above the $655.85 upper band
en-macd ;; indicator ;; IND ;; (10.15) was above its ;; (10.15) was below its ;; below ;; MACD 10.15 is above
  6.99
en-rng ;; value ;; V ;; from $609.86 to ;; from $606.89 to ;; $606.89 ;; the 20-session low close is $609.86
en-rngw ;; value ;; V ;; a
  spread of 8.09% ;; a
  spread of 9.08% ;; 9.08% ;; the range is 8.09% wide
en-ath ;; value ;; V ;; record close of $692.73 ;; record close of $697.23 ;; $697.23 ;; the record close was
  $692.73
en-athd ;; date ;; WM ;; on Wednesday, November 26 ;; on Tuesday, November 26 ;; Tuesday ;; Nov 26, 2025 was a
  Wednesday
en-lowd ;; date ;; DU ;; from April 28, 2026 ;; from April 21, 2026 ;; April 21 ;; the 52-week low was on Apr
  28
en-t27 ;; history ;; V ;; | Wed May 27 | $628.57 | ;; | Wed May 27 | $628.75 | ;; $628.75 ;; May 27 closed at
  $628.57
en-t29 ;; history ;; V ;; | Fri May 29 | $643.10 | ;; | Fri May 29 | $634.10 | ;; $634.10 ;; May 29 closed at
  $643.10
en-tjun ;; date ;; WM ;; | Mon Jun 1 | ;; | Tue Jun 1 | ;; Tue Jun 1 ;; Jun 1, 2026 was a Monday
en-month ;; timeframe ;; V ;; returned 8.87% ;; returned 4.87% ;; 4.87% ;; 4.87% is the week's return; the
  month was
  +8.87% ;; real
en-ytd ;; direction ;; D ;; was still -1.05% ;; was already +1.05% ;; +1.05% ;; the YTD return was -1.05%
en-lvl ;; level ;; V ;; $665.30 (two touches) ;; $665.30 (six touches) ;; six touches ;; $665.30 has two
  touches
en-lvb ;; level ;; LW ;; $652.32 and $647.76 below ;; $652.32 and $681.39 below ;; $681.39 ;; $681.39 is
  above the
  close ;; real
en-stop ;; setup ;; SG ;; stop $657.79 ;; stop $667.79 ;; $667.79 ;; a long's stop must sit below its $665.54
  entry
en-rr ;; setup ;; SRR ;; reward-to-risk 2.0 ;; reward-to-risk 3.0 ;; 3.0 ;; (681.23-665.54)/(665.54-657.79) =
  2.0
""")

B = "watchlist-DIA-2026-06-03"
clean(B, "DIA-2026-06-03", "watchlist-export", "txt",
      "a brokerage app's watchlist export pasted as CSV with the user's own notes column and a few lines "
      "of notes under it, account number masked",
      """Watchlist "Index ETFs" exported 2026-06-03 16:45 ET -- account ****7731 -- 4 symbols

symbol,last,chg,chg_pct,volume,day_low,day_high,note
DIA,461.11,-2.67,-0.58%,3.9M,460.92,463.24,"red while the rest were green; still above the 200d"
SPY,659.18,+3.83,+0.58%,51.6M,652.54,659.77,"5 up closes in a row"
QQQ,595.41,+3.37,+0.57%,39.9M,593.53,595.59,"overbought, RSI 72.7"
IWM,228.85,+0.80,+0.35%,27.2M,226.86,229.20,"still 11.22% under its high"

My notes on DIA (the one I actually own, 40 shares):
- Lagged SPY by 1.16 pp today and for the second session running. The Dow itself fell 0.57% to 46,185.73.
- Opened $462.98, gap down 0.17% from Tuesday's $463.78 close, which was the best close in 20 sessions.
- 4.85% above the 50-day ($439.80) but only 0.22% above the 200-day ($460.09). The 200-day is also a
  support zone with 3 touches, so a close under $460.09 would matter to me.
- Death cross since Wed Apr 8, 39 sessions. Odd detail: the 50-day is still falling (about -0.9% over 20
  sessions) even with price way above it.
- RSI 66.6, warm but not overbought. MACD 5.89 over its 4.08 signal.
- ATR $5.20, today's drop was half an ATR. Upper Bollinger $463.44 just above the close.
- Resistance $463.64 (3 touches), $465.21, $469.08. Support $460.09, $453.39, $450.88 (3 touches).
- Week +2.78%, month +6.62%, year -2.93%. Record close $493.91 (Jan 12); DIA is 6.64% below it.
- Closed $462.43 on Monday, Jun 1 and $456.48 on Friday, May 29.

Reminder: dividend date check, alarm set for 09:25. Paid $0.00 commission on 3 trades this month.""")
plants(B, """
wl-last ;; value ;; V ;; DIA,461.11,-2.67 ;; DIA,461.71,-2.67 ;; 461.71 ;; DIA closed at $461.11
wl-chg ;; value ;; V ;; ,-2.67,-0.58%, ;; ,-2.76,-0.58%, ;; -2.76 ;; DIA's change was -$2.67
wl-pct ;; direction ;; D ;; ,-2.67,-0.58%, ;; ,-2.67,+0.58%, ;; +0.58% ;; DIA fell 0.58%
wl-lo ;; value ;; V ;; 3.9M,460.92,463.24 ;; 3.9M,460.29,463.24 ;; 460.29 ;; DIA's low was $460.92
wl-spy ;; subject ;; V ;; SPY,659.18,+3.83 ;; SPY,595.41,+3.83 ;; 595.41 ;; SPY closed at $659.18; $595.41 is
  QQQ's
  close ;; real
wl-spyv ;; value ;; V ;; ,51.6M,652.54 ;; ,56.1M,652.54 ;; 56.1M ;; SPY's volume was 51.6M
wl-spys ;; history ;; V ;; "5 up closes in a row" ;; "7 up closes in a row" ;; 7 up closes ;; SPY had five
  higher
  closes in a row
wl-qqq ;; value ;; V ;; +0.57%,39.9M ;; +0.57%,93.9M ;; 93.9M ;; QQQ's volume was 39.9M
wl-qrsi ;; indicator ;; V ;; "overbought, RSI 72.7" ;; "overbought, RSI 77.2" ;; 77.2 ;; QQQ's RSI is 72.7
wl-iwm ;; value ;; V ;; still 11.22% under ;; still 12.22% under ;; 12.22% ;; IWM is 11.22% below its high
wl-red ;; direction ;; D ;; "red while the rest were green ;; "green like the rest ;; green ;; DIA fell
wl-lag ;; derived ;; DER ;; Lagged SPY by 1.16 pp ;; Lagged SPY by 1.61 pp ;; 1.61 pp ;; -0.58% - 0.58% =
  -1.16 pp
wl-strk ;; history ;; V ;; for the second session running ;; for the fourth session running ;; fourth ;; DIA
  trailed SPY two sessions in a row
wl-dji ;; subject ;; V ;; fell 0.57% to 46,185.73 ;; fell 0.57% to 46,158.73 ;; 46,158.73 ;; the Dow closed at
  46,185.73
wl-open ;; value ;; V ;; Opened $462.98 ;; Opened $462.89 ;; $462.89 ;; the open was $462.98
wl-gap ;; direction ;; D ;; gap down 0.17% ;; gap up 0.17% ;; gap up ;; DIA opened below the prior close
wl-prev ;; history ;; V ;; Tuesday's $463.78 close ;; Tuesday's $463.87 close ;; $463.87 ;; Tuesday Jun 2
  closed at
  $463.78
wl-best ;; history ;; D ;; which was the best close in 20 sessions ;; which was the worst close in 20
  sessions ;;
  worst ;; $463.78 was the top of the 20-session range
wl-p50 ;; value ;; V ;; 4.85% above the 50-day ;; 5.85% above the 50-day ;; 5.85% ;; DIA is 4.85% above its
  50-day
wl-200 ;; pattern ;; P ;; only 0.22% above the 200-day ;; only 0.22% below the 200-day ;; below ;; $461.11 is
  above
  the $460.09 200-day
wl-crossd ;; date ;; WM ;; since Wed Apr 8 ;; since Thu Apr 8 ;; Thu ;; Apr 8, 2026 was a Wednesday
wl-slope ;; trend ;; P ;; the 50-day is still falling ;; the 50-day is still rising ;; rising ;; the 50-day's
  slope
  is -0.93%
wl-rsi ;; indicator ;; IND ;; warm but not overbought ;; cold and oversold ;; oversold ;; RSI 66.6 is not
  oversold
wl-mg ;; magnitude ;; V ;; was half an ATR ;; was two ATRs ;; two ATRs ;; the move was 0.5 ATR
wl-bb ;; direction ;; D ;; $463.44 just above the close ;; $463.44 just below the close ;; below ;; the
  $463.44 band
  is above the $461.11 close
wl-res ;; level ;; LW ;; Resistance $463.64 ;; Resistance $453.39 ;; $453.39 ;; $453.39 is below the close ;;
  real
wl-sup ;; level ;; V ;; $450.88 (3 touches) ;; $450.88 (5 touches) ;; 5 touches ;; $450.88 has three touches
wl-week ;; timeframe ;; V ;; Week +2.78% ;; Week +6.62% ;; +6.62% ;; 6.62% is the month; the week was +2.78%
  ;; real
wl-ytd ;; value ;; V ;; year -2.93% ;; year -3.93% ;; -3.93% ;; the YTD return is -2.93%
wl-athd ;; date ;; DU ;; (Jan 12); ;; (Jan 21); ;; Jan 21 ;; the record close was on Jan 12
wl-mon ;; history ;; V ;; Closed $462.43 on Monday ;; Closed $464.23 on Monday ;; $464.23 ;; Monday Jun 1
  closed
  at $462.43
wl-fri ;; date ;; WM ;; on Friday, May 29 ;; on Thursday, May 29 ;; Thursday ;; May 29, 2026 was a Friday
""")

B = "riskvar-QQQ-2025-11-17"
clean(B, "QQQ-2025-11-17", "risk-commentary", "md",
      "a risk manager's daily VaR commentary for a long-only growth sleeve, with limit usage, a back-test "
      "exception count and the day's market drivers",
      """**Daily Risk Commentary -- Growth Sleeve G-3 -- Monday 17 November 2025**
Prepared by Market Risk (R. Lindqvist). Distribution: CIO, PMs, COO. Back-test exceptions YTD: 2 of 226 days.

*Summary.* Limit usage rose to 71% from 64% as the sleeve's main hedge proxy, QQQ, made a record close.
  No limit breach. Stress scenario S-7 ("tech -15%") unchanged at its 9 Oct calibration.

*Market drivers.* QQQ closed at a record $622.21, up $10.60 or 1.73%, after opening at $613.29. It
  traded between $609.46 and $626.07, the latter also a new 52-week intraday high. The Nasdaq 100 rose
  1.74% to 25,582.79. Volume of 63.7M shares ran 1.6 times the 20-day average of 40.8M. The move equalled
  1.4 times the 14-day ATR of $8.35, a large day by this sleeve's standards but not an outlier.

Breadth across the index ETFs was positive: SPY +1.39% to $684.44, DIA +0.89% to $481.59 and IWM
  +1.96% to $247.41, so QQQ beat SPY by 0.35 pp and lagged the small caps by 0.23 pp. The VIX fell 4.67%
  to 13.47.

*Trend inputs to the vol model.* QQQ is 3.52% above its 50-day average ($601.02) and 15.46% above its
  200-day ($538.92). Both averages are rising: the 50-day by about 2.0% and the 200-day by about 1.2%
  over the last 20 sessions. The golden cross of Tuesday, 1 July 2025 is 97 sessions old. RSI(14) is
  65.6, not yet overbought; MACD 3.36 is above its 1.48 signal. The close sits just under the upper
  Bollinger band of $627.15.

*Recent path.* Closes of $611.61 on Friday 14 Nov and $612.16 on Thursday 13 Nov, after $615.65 on
  Wednesday 12 Nov. Over five sessions the fund is up 2.84%; over the month 1.68%; year to date 14.73%.
  The 52-week low close of $411.68 (16 Apr 2025) is far behind: the fund is 51.14% above it.

*Levels used for the hedge ladder.* $630 (round number, above), $622.81 (one touch), $620, $617.74 and
  $601.02 (the 50-day, two touches). The 20-session closing range is $588.73 to $622.21, 5.69% wide.
  Desk's indicative long trigger: $630.56 with a stop at $620.12 and a target of $655.61 (2.4 to 1).

*Actions.* None required. Next review 08:00 Tuesday. Model version VaR-HS-250 v3.2.""")
plants(B, """
rv-rec ;; pattern ;; P ;; QQQ, made a record close ;; QQQ, made a 52-week low close ;; 52-week low ;; $622.21
  is a record close, not a 52-week low
rv-close ;; value ;; V ;; record $622.21, up ;; record $622.12, up ;; $622.12 ;; the close was $622.21
rv-chg ;; value ;; V ;; up $10.60 ;; up $16.00 ;; $16.00 ;; the change was $10.60
rv-pct ;; value ;; V ;; or 1.73%, after ;; or 1.37%, after ;; 1.37% ;; QQQ rose 1.73%
rv-open ;; value ;; V ;; opening at $613.29 ;; opening at $631.29 ;; $631.29 ;; the open was $613.29
rv-hi ;; value ;; V ;; and $626.07, the ;; and $627.06, the ;; $627.06 ;; the high was $626.07
rv-ndx ;; subject ;; V ;; 1.74% to 25,582.79 ;; 1.74% to 25,528.79 ;; 25,528.79 ;; the Nasdaq 100 closed at
  25,582.79
rv-ndxsc ;; scale ;; SC ;; to 25,582.79. ;; to $25,582.79. ;; $25,582.79 ;; an index is not in dollars
rv-vol ;; value ;; V ;; Volume of 63.7M ;; Volume of 67.3M ;; 67.3M ;; volume was 63.7M
rv-volr ;; value ;; V ;; ran 1.6 times ;; ran 2.6 times ;; 2.6 times ;; volume was 1.6 times its average
rv-atr ;; magnitude ;; V ;; 1.4 times the 14-day ATR ;; 2.9 times the 14-day ATR ;; 2.9 times ;; the move was
  1.4 ATR
rv-mg ;; magnitude ;; MG ;; a large day by ;; a negligible day by ;; negligible ;; the move was 1.4 ATR and
  1.73%
rv-spy ;; subject ;; V ;; SPY +1.39% to $684.44 ;; SPY +1.39% to $622.21 ;; $622.21 ;; SPY closed at $684.44;
  $622.21 is QQQ's close ;; real
rv-dia ;; value ;; V ;; DIA +0.89% to $481.59 ;; DIA +0.98% to $481.59 ;; +0.98% ;; DIA rose 0.89%
rv-iwm ;; direction ;; D ;; IWM
  +1.96% ;; IWM
  -1.96% ;; -1.96% ;; IWM rose 1.96%
rv-beat ;; derived ;; DER ;; beat SPY by 0.35 pp ;; beat SPY by 0.63 pp ;; 0.63 pp ;; 1.73% - 1.39% =
  0.34-0.35 pp
rv-lagd ;; direction ;; D ;; lagged the small caps ;; beat the small caps ;; beat ;; QQQ's 1.73% trailed
  IWM's 1.96%
rv-vix ;; direction ;; D ;; The VIX fell 4.67% ;; The VIX rose 4.67% ;; rose ;; the VIX fell
rv-p50 ;; value ;; V ;; 3.52% above its 50-day ;; 3.25% above its 50-day ;; 3.25% ;; QQQ is 3.52% above its
  50-day
rv-200 ;; value ;; V ;; 200-day ($538.92) ;; 200-day ($583.92) ;; $583.92 ;; the 200-day is $538.92
rv-slope ;; trend ;; P ;; Both averages are rising ;; Both averages are falling ;; falling ;; the slopes are
  +2.04%
  and +1.17%
rv-s200 ;; trend ;; V ;; the 200-day by about 1.2% ;; the 200-day by about 2.2% ;; 2.2% ;; the 200-day's
  slope is
  +1.17%
rv-crossd ;; date ;; WM ;; Tuesday, 1 July 2025 ;; Monday, 1 July 2025 ;; Monday ;; Jul 1, 2025 was a Tuesday
rv-crossn ;; history ;; V ;; 97 sessions old ;; 79 sessions old ;; 79 sessions ;; the cross is 97 sessions old
rv-rsi ;; indicator ;; IND ;; not yet overbought ;; already oversold ;; oversold ;; RSI 65.6 is not oversold
rv-macd ;; indicator ;; V ;; its 1.48 signal ;; its 1.84 signal ;; 1.84 ;; the MACD signal is 1.48
rv-bb ;; direction ;; D ;; just under the upper ;; well over the upper ;; over ;; $622.21 is below the
  $627.15 band
rv-fri ;; history ;; V ;; $611.61 on Friday 14 Nov ;; $611.16 on Friday 14 Nov ;; $611.16 ;; Friday Nov 14
  closed
  at $611.61
rv-thu ;; date ;; WM ;; Thursday 13 Nov ;; Wednesday 13 Nov ;; Wednesday ;; Nov 13, 2025 was a Thursday
rv-wed ;; history ;; V ;; $615.65 on
  Wednesday ;; $610.76 on
  Wednesday ;; $610.76 ;; $610.76 was Tuesday's close; Wednesday Nov 12 closed at $615.65 ;; real
rv-5d ;; timeframe ;; V ;; is up 2.84% ;; is up 1.68% ;; 1.68% ;; 1.68% is the month; five sessions were
  +2.84%
  ;; real
rv-ytd ;; value ;; V ;; year to date 14.73% ;; year to date 17.43% ;; 17.43% ;; the YTD return is 14.73%
rv-lowd ;; date ;; DU ;; (16 Apr 2025) ;; (16 Apr 2024) ;; 16 Apr 2024 ;; the 52-week low was on Apr 16, 2025
rv-lvl ;; level ;; LW ;; $630 (round number, above) ;; $617.74 (round number, above) ;; $617.74 ;; $617.74 is
  below
  the close ;; real
rv-rng ;; value ;; V ;; 5.69% wide ;; 6.95% wide ;; 6.95% ;; the range is 5.69% wide
rv-stop ;; setup ;; SG ;; a stop at $620.12 ;; a stop at $640.12 ;; $640.12 ;; a long's stop must sit below
  its
  $630.56 entry
rv-rr ;; setup ;; SRR ;; (2.4 to 1) ;; (4.2 to 1) ;; 4.2 to 1 ;; (655.61-630.56)/(630.56-620.12) = 2.4
""")
plants("riskvar-QQQ-2025-11-17", """
rv-lowp ;; value ;; V ;; the fund is 51.14% above it ;; the fund is 54.11% above it ;; 54.11% ;; QQQ is 51.14%
  above its 52-week low
""")

B = "booker-DIA-2025-11-17"
clean(B, "DIA-2025-11-17", "talking-points", "md",
    "a TV booker's pre-interview brief for a guest strategist: hit time, green-room notes, the anchor's "
    "likely questions and the figures the guest should have ready",
    """BOOKING BRIEF -- "Markets at Six" -- Mon Nov 17, 2025
Guest: Dana Whitfield, Whitfield Capital (3rd appearance). Hit time 18:14, 4 minutes, remote from Chicago.
Car at 17:20. Green room B. Mic check 17:55. Please no white shirts.

LIKELY QUESTION 1: "The Dow fund just made a record. Is it too late to buy?"
Numbers to have ready:
* DIA closed at $481.59, a record close, up $4.26 or 0.89%. The Dow itself rose 0.87% to 48,219.41.
* Intraday it reached $485.20 (a 52-week high) after opening at $478.18; low $477.56.
* It is 4.51% above its 50-day ($460.80) and 10.90% above its 200-day ($434.25).
* RSI 72.8, so technically overbought. MACD 4.50 over its 3.61 signal.
* Close is just under the upper Bollinger band, $482.40.

LIKELY QUESTION 2: "Why did the Dow lag?"
* Everyone else did more: SPY +1.39%, QQQ +1.73%, IWM +1.96%. DIA trailed SPY by 0.49 pp and
  IWM by 1.07 pp.
* Volume 3.9M, only 1.1 times average. The move was about 1.0 ATR ($4.48), ordinary.

LIKELY QUESTION 3: "How far has it come?"
* Five sessions +1.70%, one month +1.99%, year to date +6.55%.
* 29.75% above the 52-week low close of $371.18 from Wednesday, April 16, 2025.
* The golden cross was Monday, July 14, 89 sessions ago. The 50-day has climbed about 2.5% in 20
  sessions; the 200-day about 0.5%.
* Last week's closes: Mon $473.54, Tue $476.06, Wed $478.00, Thu $477.56, Fri $477.33.

IF ASKED ABOUT LEVELS: $490 is the next round number, 1.75% above; $480 just below (0.33%), then $476.43
  and $463.29 (three touches). The 20-session closing range runs from $461.90 to today's $481.59, 4.26%.
  Her firm's model long: above $486.07, stop $480.47, target $499.52, about 2.4 to 1.

OFF-TOPIC BACKUP: gold 3,151.83 (-0.53%), WTI crude 60.44 (+0.87%), VIX 13.47 (-4.67%).

Guest fee: none. Parking validated, lot C, level 2. Producer cell ext. 2207.""")
plants(B, """
bk-close ;; value ;; V ;; DIA closed at $481.59, a record ;; DIA closed at $481.95, a record ;; $481.95 ;;
  the close
  was $481.59
bk-rec ;; pattern ;; P ;; a record close, up ;; a fresh low close, up ;; fresh low ;; $481.59 is a record
  close
bk-chg ;; value ;; V ;; up $4.26 or ;; up $4.62 or ;; $4.62 ;; the change was $4.26
bk-pct ;; value ;; V ;; or 0.89%. ;; or 0.98%. ;; 0.98% ;; DIA rose 0.89%
bk-dji ;; subject ;; V ;; rose 0.87% to 48,219.41 ;; rose 0.87% to 48,291.41 ;; 48,291.41 ;; the Dow closed at
  48,219.41
bk-hi ;; value ;; V ;; reached $485.20 ;; reached $482.50 ;; $482.50 ;; the high was $485.20
bk-open ;; value ;; V ;; opening at $478.18 ;; opening at $477.33 ;; $477.33 ;; the open was $478.18; $477.33
  is
  the prior close ;; real
bk-p50 ;; value ;; V ;; 4.51% above its 50-day ;; 5.41% above its 50-day ;; 5.41% ;; DIA is 4.51% above its
  50-day
bk-200 ;; value ;; V ;; 10.90% above its 200-day ;; 10.09% above its 200-day ;; 10.09% ;; DIA is 10.90% above
  its 200-day
bk-rsi ;; indicator ;; IND ;; so technically overbought ;; so technically oversold ;; oversold ;; RSI 72.8 is
  overbought
bk-macd ;; indicator ;; IND ;; MACD 4.50 over its ;; MACD 4.50 under its ;; under ;; MACD 4.50 is above 3.61
bk-bb ;; value ;; V ;; band, $482.40 ;; band, $484.20 ;; $484.20 ;; the upper band is $482.40
bk-spy ;; subject ;; V ;; SPY +1.39%, ;; SPY +1.73%, ;; +1.73% ;; SPY rose 1.39%; 1.73% is QQQ's ;; real
bk-iwm ;; value ;; V ;; IWM +1.96%. ;; IWM +1.69%. ;; +1.69% ;; IWM rose 1.96%
bk-div ;; derived ;; DER ;; trailed SPY by 0.49 pp ;; trailed SPY by 0.94 pp ;; 0.94 pp ;; 0.89% - 1.39% =
  -0.50 pp
  (-0.49 from the unrounded moves)
bk-div2 ;; derived ;; DER ;; IWM by 1.07 pp ;; IWM by 1.17 pp ;; 1.17 pp ;; 0.89% - 1.96% = -1.07 pp
bk-vol ;; value ;; V ;; Volume 3.9M ;; Volume 9.3M ;; 9.3M ;; volume was 3.9M
bk-mg ;; magnitude ;; MG ;; ($4.48), ordinary ;; ($4.48), a collapse ;; collapse ;; the move was a 1.0 ATR
  gain
bk-5d ;; timeframe ;; V ;; Five sessions +1.70% ;; Five sessions +6.55% ;; +6.55% ;; 6.55% is the YTD return;
  five
  sessions were +1.70% ;; real
bk-1m ;; value ;; V ;; one month +1.99% ;; one month +1.49% ;; +1.49% ;; the month was +1.99%
bk-lowp ;; value ;; V ;; 29.75% above ;; 27.95% above ;; 27.95% ;; DIA is 29.75% above its 52-week low
bk-lowd ;; date ;; WM ;; Wednesday, April 16, 2025 ;; Thursday, April 16, 2025 ;; Thursday ;; Apr 16, 2025
  was a
  Wednesday
bk-crossd ;; date ;; WM ;; Monday, July 14 ;; Friday, July 14 ;; Friday ;; Jul 14, 2025 was a Monday
bk-crossn ;; history ;; V ;; 89 sessions ago ;; 98 sessions ago ;; 98 sessions ;; the cross is 89 sessions old
bk-slope ;; trend ;; P ;; The 50-day has climbed ;; The 50-day has dropped ;; dropped ;; the 50-day's slope
  is +2.49%
bk-s200 ;; trend ;; V ;; the 200-day about 0.5% ;; the 200-day about 1.9% ;; 1.9% ;; the 200-day's slope is
  +0.46%
bk-tue ;; history ;; V ;; Tue $476.06 ;; Tue $467.06 ;; $467.06 ;; Tuesday Nov 11 closed at $476.06
bk-thu ;; history ;; V ;; Thu $477.56, ;; Thu $478.00, ;; $478.00 ;; $478.00 was Wednesday's close;
  Thursday's was
  $477.56 ;; real
bk-r1 ;; level ;; DER ;; round number, 1.75% above ;; round number, 1.57% above ;; 1.57% ;; $490 is 1.75%
  above
  $481.59
bk-s1 ;; level ;; D ;; $480 just below (0.33%) ;; $480 just above (0.33%) ;; just above ;; $480 is below
  $481.59
bk-lv3 ;; level ;; V ;; $463.29 (three touches) ;; $463.29 (seven touches) ;; seven touches ;; $463.29 has
  three
  touches
bk-rng ;; value ;; V ;; runs from $461.90 to ;; runs from $461.09 to ;; $461.09 ;; the range floor is $461.90
bk-stop ;; setup ;; SG ;; stop $480.47 ;; stop $490.47 ;; $490.47 ;; a long's stop must sit below its $486.07
  entry
bk-rr ;; setup ;; SRR ;; about 2.4 to 1 ;; about 4.6 to 1 ;; 4.6 to 1 ;; (499.52-486.07)/(486.07-480.47) = 2.4
bk-gold ;; subject ;; V ;; gold 3,151.83 ;; gold 3,115.83 ;; 3,115.83 ;; gold was 3,151.83
bk-vix ;; direction ;; D ;; VIX 13.47 (-4.67%) ;; VIX 13.47 (+4.67%) ;; +4.67% ;; the VIX fell 4.67%
""")

B = "election-IWM-2026-02-13"
clean(B, "IWM-2026-02-13", "results-ticker", "txt",
      "a local TV station's special-election night results ticker with vote counts, precinct percentages "
      "and turnout, and a markets crawl between the race updates",
      """KVLT 7 ELECTION NIGHT -- SPECIAL ELECTION, FRI FEB 13, 2026 -- LIVE RESULTS TICKER

20:05  CITY COUNCIL WARD 4 | 41 of 63 precincts (65%) | ALVAREZ 6,212 (52.3%) | KOWALSKI 5,668 (47.7%)
20:06  MARKETS CRAWL | Small caps end a rough week: IWM closed at $226.54, down $2.39 or 1.04%. That is six
  straight lower closes, a 5.80% slide since Thursday, Feb 5. The Russell 2000 fell 1.04% to 2,276.24.
20:19  SCHOOL BOND MEASURE B ($48 million) | 55% reporting | YES 9,310 (58.9%) | NO 6,497 (41.1%)
20:20  MARKETS CRAWL | IWM fell harder than the big funds: SPY -0.54%, QQQ -0.41%, DIA -0.65%. It trailed SPY
  by 0.51 pp, a fifth straight session of lagging. The VIX rose 4.34% to 17.06.
20:31  WARD 4 | 58 of 63 precincts | ALVAREZ 8,845 | KOWALSKI 8,102 | margin 743 votes
20:32  MARKETS CRAWL | IWM is deeply oversold with an RSI of 21.4, and it closed below its lower
  Bollinger band
  ($227.50). It sits 7.99% under its 50-day ($246.22) and 1.25% under its 200-day ($229.41).
20:45  TURNOUT | 31.4% of 212,880 registered voters, highest for a February special since 2019
20:46  MARKETS CRAWL | Friday's close was the lowest of the last 20 sessions, which ran up to $252.38.
  The fund
  is down 4.94% on the week, 10.88% on the month and 6.88% on the year, and 12.12% below its record
  close of $257.77.
20:58  WARD 4 CALLED | ALVAREZ WINS, 9,214 to 8,590 | concession speech expected 21:15 at the union hall
20:59  MARKETS CRAWL | Earlier closes: $228.93 Thursday, $231.24 Wednesday, $235.10 on Tuesday, Feb 10.
  The golden cross from Jul 18, 2025 still stands even though price is under both averages; the 50-day
  is now falling (-1.0% in 20 sessions) while the 200-day still rises (+2.7%).
21:10  MEASURE B PASSES | 100% reporting | YES 15,904 (59.2%)
21:11  MARKETS CRAWL | Next supports: $225, then $218.48 and $217.15 (three touches). Resistance $229.41,
  the 200-day, then $232.59.""")
plants(B, """
el-close ;; value ;; V ;; IWM closed at $226.54 ;; IWM closed at $225.64 ;; $225.64 ;; the close was $226.54
el-chg ;; value ;; V ;; down $2.39 ;; down $2.93 ;; $2.93 ;; the change was -$2.39
el-pct ;; value ;; V ;; or 1.04%. That ;; or 1.40%. That ;; 1.40% ;; IWM fell 1.04%
el-strk ;; history ;; V ;; six
  straight lower closes ;; four
  straight lower closes ;; four ;; six lower closes in a row
el-strp ;; history ;; V ;; a 5.80% slide ;; a 8.50% slide ;; 8.50% ;; the streak lost 5.80%
el-strd ;; date ;; WM ;; since Thursday, Feb 5 ;; since Wednesday, Feb 5 ;; Wednesday ;; Feb 5, 2026 was a
  Thursday
el-rut ;; subject ;; V ;; fell 1.04% to 2,276.24 ;; fell 1.04% to 2,267.24 ;; 2,267.24 ;; the Russell 2000
  closed
  at 2,276.24
el-spy ;; subject ;; V ;; SPY -0.54% ;; SPY -0.65% ;; -0.65% ;; SPY fell 0.54%; 0.65% is DIA's ;; real
el-harder ;; direction ;; D ;; IWM fell harder than ;; IWM fell less than ;; less than ;; IWM's -1.04% was
  worse
  than SPY, QQQ and DIA
el-div ;; derived ;; DER ;; by 0.51 pp ;; by 0.15 pp ;; 0.15 pp ;; -1.04% - (-0.54%) = -0.50/-0.51 pp
el-lag ;; history ;; V ;; a fifth straight session of ;; a ninth straight session of ;; ninth ;; IWM trailed
  SPY
  five sessions in a row
el-vix ;; direction ;; D ;; The VIX rose 4.34% ;; The VIX fell 4.34% ;; fell ;; the VIX rose
el-rsi ;; indicator ;; IND ;; deeply oversold with ;; deeply overbought with ;; overbought ;; RSI 21.4 is
  oversold
el-bb ;; direction ;; D ;; closed below its lower Bollinger ;; closed above its upper Bollinger ;; above its
  upper ;;
  $226.54 is below the $227.50 lower band
el-50 ;; value ;; V ;; 7.99% under its 50-day ;; 9.79% under its 50-day ;; 9.79% ;; IWM is 7.99% below its
  50-day
el-200 ;; pattern ;; P ;; 1.25% under its 200-day ;; 1.25% over its 200-day ;; over ;; $226.54 is below the
  $229.41
  200-day
el-low ;; pattern ;; P ;; was the lowest of the last 20 sessions ;; was the highest of the last 20 sessions ;;
  highest ;; $226.54 is the 20-session closing low
el-week ;; timeframe ;; V ;; down 4.94% on the week ;; down 6.88% on the week ;; 6.88% ;; 6.88% is the YTD;
  the
  week was -4.94% ;; real
el-month ;; value ;; V ;; 10.88% on the month ;; 18.08% on the month ;; 18.08% ;; the month was -10.88%
el-ath ;; value ;; V ;; 12.12% below its record ;; 21.12% below its record ;; 21.12% ;; IWM is 12.12% below
  its
  record close
el-thu ;; history ;; V ;; $228.93 Thursday ;; $229.83 Thursday ;; $229.83 ;; Thursday Feb 12 closed at $228.93
el-tued ;; date ;; WM ;; on Tuesday, Feb 10 ;; on Monday, Feb 10 ;; Monday ;; Feb 10, 2026 was a Tuesday
el-crossd ;; date ;; DU ;; from Jul 18, 2025 ;; from Jul 8, 2025 ;; Jul 8, 2025 ;; the golden cross was on
  Jul 18,
  2025
el-slope ;; trend ;; P ;; while the 200-day still rises ;; while the 200-day also falls ;; also falls ;; the
  200-day's slope is +2.72%
el-s50 ;; trend ;; V ;; (-1.0% in 20 sessions) ;; (-3.0% in 20 sessions) ;; -3.0% ;; the 50-day's slope is
  -1.02%
el-sup ;; level ;; LW ;; Next supports: $225, ;; Next supports: $232.59, ;; $232.59 ;; $232.59 is above the
  $226.54
  close ;; real
el-tch ;; level ;; V ;; $217.15 (three touches) ;; $217.15 (one touch) ;; one touch ;; $217.15 has three
  touches
el-res ;; level ;; LW ;; Resistance $229.41, ;; Resistance $218.48, ;; $218.48 ;; $218.48 is below the close
  ;; real
""")

B = "receipt-IWM-2026-03-30"
clean(B, "IWM-2026-03-30", "receipt", "txt",
      "a food co-op's till receipt whose footer prints the day's small-cap market note for members, with "
      "prices of groceries, a member number, a loyalty balance and a till time",
      """GREENLEAF FOOD CO-OP  #0412 -- 88 Mill Street
MON 03/30/2026  17:42  TILL 3  CASHIER: RUTH  MEMBER 20-1187

OAT MILK 1L              2 @ 3.49      6.98
SOURDOUGH LOAF                         5.25
EGGS FREE RANGE DZ                     6.40
APPLES HONEYCRISP  1.62 lb @ 2.99/lb   4.84
LENTILS BULK       2.00 lb @ 1.89/lb   3.78
COFFEE BEANS 12OZ                     13.50
   SUBTOTAL                            40.75
   MEMBER DISCOUNT 5%                  -2.04
   TAX 0%                               0.00
   TOTAL                               38.71
   CARD ****5512                       38.71
LOYALTY POINTS +39  BALANCE 1,204

------ MEMBER MARKET NOTE (SMALL CAPS) ------
IWM closed $211.00, down $2.65 (-1.24%).
Fourth lower close in a row, -2.54% since
Tue 3/24, the day of the death cross: the
50-day ($227.59) fell under the 200-day
($230.93) four sessions ago. Price is 7.29%
under the 50-day and 8.63% under the 200-day,
and the 50-day is sliding fast (-5.4% over
20 sessions).
Opened $212.62, a 0.48% gap down; low $210.85.
RSI 33.9, weak but not oversold. MACD -3.77
is above its signal (-4.40), a first
glimmer. Lower Bollinger band $208.69.
Russell 2000 2,120.33 (-1.22%). QQQ fell
more (-1.44%); IWM beat it by 0.20 pp.
SPY -0.78%, DIA -1.04%. VIX 24.71, +0.69%.
Week -2.10%, month -3.87%, year -13.27%.
18.14% below the record close of $257.77.
Support $210, then $207.94 (two touches).
Resistance $212.32, $214.35, $217.15.
Friday 3/27 close: $213.65.
-------------------------------------------
RETURNS WITHIN 30 DAYS WITH RECEIPT
THANK YOU FOR SHOPPING LOCAL  TRANS 55871""")
plants(B, """
rc-close ;; value ;; V ;; IWM closed $211.00, ;; IWM closed $210.00, ;; $210.00 ;; the close was $211.00
rc-chg ;; value ;; V ;; down $2.65 ;; down $2.56 ;; $2.56 ;; the change was -$2.65
rc-pct ;; value ;; V ;; (-1.24%). ;; (-1.42%). ;; -1.42% ;; IWM fell 1.24%
rc-strk ;; history ;; V ;; Fourth lower close in a row ;; Sixth lower close in a row ;; Sixth ;; four lower
  closes
  in a row
rc-strp ;; history ;; V ;; -2.54% since ;; -2.45% since ;; -2.45% ;; the streak lost 2.54%
rc-crossp ;; pattern ;; P ;; the day of the death cross ;; the day of the golden cross ;; golden cross ;; the
  50-day
  fell under the 200-day
rc-crossn ;; history ;; V ;; four sessions ago ;; nine sessions ago ;; nine sessions ;; the cross was 4
  sessions ago
rc-50p ;; value ;; V ;; Price is 7.29% ;; Price is 7.92% ;; 7.92% ;; IWM is 7.29% below its 50-day
rc-200 ;; pattern ;; P ;; 8.63% under the 200-day ;; 8.63% over the 200-day ;; over ;; $211.00 is below the
  $230.93 200-day
rc-slope ;; trend ;; P ;; the 50-day is sliding fast ;; the 50-day is flat ;; flat ;; the 50-day's slope is
  -5.36%
rc-open ;; value ;; V ;; Opened $212.62 ;; Opened $216.22 ;; $216.22 ;; the open was $212.62
rc-gap ;; direction ;; D ;; a 0.48% gap down ;; a 0.48% gap up ;; gap up ;; IWM opened below the prior close
rc-rsi ;; indicator ;; V ;; RSI 33.9, ;; RSI 39.3, ;; 39.3 ;; RSI(14) is 33.9
rc-macd ;; indicator ;; IND ;; is above its signal ;; is below its signal ;; below ;; MACD -3.77 is above
  -4.40
rc-rut ;; subject ;; V ;; Russell 2000 2,120.33 ;; Russell 2000 2,102.33 ;; 2,102.33 ;; the Russell 2000
  closed at
  2,120.33
rc-qqq ;; direction ;; D ;; IWM beat it by ;; IWM lagged it by ;; lagged ;; IWM's -1.24% beat QQQ's -1.44%
rc-div ;; derived ;; DER ;; IWM beat it by 0.20 pp ;; IWM beat it by 0.35 pp ;; 0.35 pp ;; -1.24% - (-1.44%)
  = 0.20 pp
rc-dia ;; subject ;; V ;; DIA -1.04% ;; DIA -0.78% ;; -0.78% ;; DIA fell 1.04%; 0.78% is SPY's ;; real
rc-vix ;; value ;; V ;; VIX 24.71 ;; VIX 27.41 ;; 27.41 ;; the VIX closed at 24.71
rc-week ;; timeframe ;; V ;; Week -2.10% ;; Week -3.87% ;; -3.87% ;; -3.87% is the month; the week was -2.10%
  ;; real
rc-ytd ;; value ;; V ;; year -13.27% ;; year -13.72% ;; -13.72% ;; the YTD return is -13.27%
rc-ath ;; value ;; V ;; 18.14% below ;; 18.41% below ;; 18.41% ;; IWM is 18.14% below its record close
rc-sup ;; level ;; LW ;; Support $210, then ;; Support $214, then ;; $214 ;; $214 is above the $211.00 close
rc-tch ;; level ;; V ;; $207.94 (two touches) ;; $207.94 (four touches) ;; four touches ;; $207.94 has two
  touches
rc-res ;; level ;; LW ;; Resistance $212.32, ;; Resistance $207.94, ;; $207.94 ;; $207.94 is below the close
  ;; real
rc-fri ;; history ;; V ;; Friday 3/27 close: $213.65 ;; Friday 3/27 close: $216.35 ;; $216.35 ;; Friday Mar 27
  closed at $213.65
rc-tue ;; date ;; WM ;; Tue 3/24, the day ;; Wed 3/24, the day ;; Wed ;; Mar 24, 2026 was a Tuesday
""")

B = "departures-FSMI-2026-11-20"
clean(B, "idx_FSMI-2026-11-20", "departures-board", "txt",
      "an airport lounge's departures board transcribed with flight numbers, gates and times, and the "
      "lounge screen's market panel on the frontier small-and-mid-cap index between the flights",
      """HARBOURVIEW INTL -- TERMINAL 2 -- NORTH LOUNGE SCREEN -- FRI 20 NOV 2026 -- 18:40 LOCAL

TIME   FLIGHT   DESTINATION       GATE  STATUS
18:55  HV 211   LISBON            B14   BOARDING
19:05  NA 3390  CHICAGO O'HARE    B07   DELAYED 40 MIN
19:20  HV 467   SINGAPORE         C22   GATE OPEN
19:35  QL 18    REYKJAVIK         B03   ON TIME

MARKET PANEL -- FRONTIER SMALL & MID INDEX (FSMI)
   Close 35,112.40, down 312.84 points or 0.88%, a new 52-week closing low.
   Day: open 35,418.76, high 35,491.49, low 35,039.66. Third straight loss, -3.58% over the three days.
   Week -3.07% | Month -8.56% | Year -18.33%
   Below the 50-day (39,210.55) by 10.45% and the 200-day (43,740.76) by 19.73%.
   Death cross since Thu 15 Oct, 26 sessions. 50-day falling steeply, about -9.4% in 20 sessions.
   RSI 23.0, oversold. MACD -1,085.04 under its signal -1,025.37.
   Closed under the lower Bollinger band, 35,162.55. ATR 549.68 points; today was 0.6 of that.
   52-week high 48,944.52 on Wed 19 Aug; the index is 28.26% below it. Record 52,018.76 from 13 Nov 2024.
   Versus the S&P 500 (+1.11% to 6,901.69): behind by 1.99 pp. Russell 2000 +0.30%.
   Earlier closes: Thu 35,425.24 | Wed 35,758.32 | Tue 36,415.51 | Mon 36,189.14.
   Next floor 35,000, 0.32% below; ceiling 35,500, then 37,915.92.

19:50  HV 902   NEW YORK JFK      C09   ON TIME
20:10  AZ 77    ROME FIUMICINO    B11   CANCELLED -- SEE AGENT
WIFI: HV-LOUNGE / PASSWORD ON CARD. SHOWERS 3 AND 4 AVAILABLE. LAST CALL BAR 23:30.""")
plants(B, """
dp-close ;; value ;; V ;; Close 35,112.40, down ;; Close 35,121.40, down ;; 35,121.40 ;; the close was
  35,112.40
dp-pts ;; value ;; V ;; down 312.84 points ;; down 321.84 points ;; 321.84 ;; the change was -312.84
dp-pct ;; value ;; V ;; points or 0.88%, ;; points or 0.78%, ;; 0.78% ;; the index fell 0.88%
dp-sc ;; scale ;; SC ;; Close 35,112.40, ;; Close $35,112.40, ;; $35,112.40 ;; an index is not in dollars
dp-low ;; pattern ;; P ;; a new 52-week closing low ;; a new 52-week closing high ;; 52-week closing high ;;
  the
  close is the 52-week low
dp-open ;; value ;; V ;; open 35,418.76 ;; open 35,481.76 ;; 35,481.76 ;; the open was 35,418.76
dp-strk ;; history ;; V ;; Third straight loss ;; Fifth straight loss ;; Fifth ;; three losses in a row
dp-strp ;; history ;; V ;; -3.58% over the three days ;; -3.85% over the three days ;; -3.85% ;; the streak
  lost 3.58%
dp-week ;; timeframe ;; V ;; Week -3.07% ;; Week -8.56% ;; -8.56% ;; -8.56% is the month; the week was -3.07%
  ;; real
dp-ytd ;; value ;; V ;; Year -18.33% ;; Year -13.83% ;; -13.83% ;; the YTD return is -18.33%
dp-50 ;; value ;; V ;; (39,210.55) by 10.45% ;; (39,210.55) by 14.05% ;; 14.05% ;; the index is 10.45% below
  its
  50-day
dp-200 ;; value ;; V ;; 200-day (43,740.76) ;; 200-day (43,470.76) ;; 43,470.76 ;; the 200-day is 43,740.76
dp-cross ;; pattern ;; P ;; Death cross since ;; Golden cross since ;; Golden cross ;; the 50-day is below
  the 200-day
dp-crossd ;; date ;; WM ;; since Thu 15 Oct ;; since Fri 15 Oct ;; Fri ;; Oct 15, 2026 was a Thursday
dp-slope ;; trend ;; P ;; 50-day falling steeply ;; 50-day rising steeply ;; rising ;; the 50-day's slope is
  -9.38%
dp-rsi ;; indicator ;; IND ;; RSI 23.0, oversold ;; RSI 23.0, overbought ;; overbought ;; RSI 23.0 is oversold
dp-macd ;; indicator ;; V ;; MACD -1,085.04 ;; MACD -1,058.04 ;; -1,058.04 ;; MACD is -1,085.04
dp-bb ;; direction ;; D ;; Closed under the lower Bollinger ;; Closed over the lower Bollinger ;; over ;;
  35,112.40 is
  below the 35,162.55 band
dp-mg ;; magnitude ;; V ;; today was 0.6 of that ;; today was 1.6 of that ;; 1.6 ;; the move was 0.6 ATR
dp-hid ;; date ;; WM ;; on Wed 19 Aug ;; on Tue 19 Aug ;; Tue ;; Aug 19, 2026 was a Wednesday
dp-hip ;; value ;; V ;; is 28.26% below it ;; is 26.28% below it ;; 26.28% ;; the index is 28.26% below its
  52-week high
dp-athd ;; date ;; DU ;; from 13 Nov 2024 ;; from 13 Nov 2023 ;; 13 Nov 2023 ;; the record was on Nov 13, 2024
dp-gspc ;; subject ;; V ;; (+1.11% to 6,901.69) ;; (+1.11% to 6,910.96) ;; 6,910.96 ;; the S&P 500 closed at
  6,901.69
dp-div ;; derived ;; DER ;; behind by 1.99 pp ;; behind by 1.19 pp ;; 1.19 pp ;; -0.88% - 1.11% = -1.99 pp;
  1.19
  is the gap to the Russell 2000 ;; real
dp-rut ;; direction ;; D ;; Russell 2000 +0.30% ;; Russell 2000 -0.30% ;; -0.30% ;; the Russell 2000 rose
  0.30%
dp-thu ;; history ;; V ;; Thu 35,425.24 ;; Thu 35,758.32 ;; 35,758.32 ;; 35,758.32 was Wednesday's close ;;
  real
dp-tue ;; history ;; V ;; Tue 36,415.51 ;; Tue 36,145.51 ;; 36,145.51 ;; Tuesday Nov 17 closed at 36,415.51
dp-floor ;; level ;; DER ;; 35,000, 0.32% below ;; 35,000, 0.23% below ;; 0.23% ;; 35,000 is 0.32% below
  35,112.40
dp-ceil ;; level ;; LW ;; ceiling 35,500, then ;; ceiling 35,000, then ;; 35,000 ;; 35,000 is below the close
  ;; real
""")

B = "snowreport-FRNT-2026-11-20"
clean(B, "FRNT-2026-11-20", "snow-report", "md",
      "a ski resort's morning snow report with base depths, lift counts, temperatures and a ticket price, "
      "whose owner adds a note on the frontier-markets fund the resort's pension holds",
      """# Summit Ridge Snow Report -- Saturday 21 November 2026, 06:30

**Overnight snow:** 14 cm | **Base:** 85 cm (lower), 142 cm (upper) | **Lifts open:** 9 of 12
**Runs open:** 31 of 47 | **Summit temp:** -9 C, wind 25 km/h NW | **Day ticket:** $89 (kids under 12: $45)
Grooming: 18 runs overnight. Terrain park opens 10:00. Night skiing Friday to Sunday until 21:00.

## From the owner's desk

Staff keep asking about the pension fund, which holds the frontier small-and-mid-cap ETF (FRNT). It had a
  bad Friday again: $30.01 at the close, down $0.26 or 0.86%, the lowest close in a year. It opened at
  $30.27 with no gap, reached $30.33 and touched $29.95 at the low. Volume was 7.8M shares, 1.2 times
  the usual 6.3M.

That is three down days in a row, -3.60% together. The fund is -3.07% for the week, -8.56% for the
  month and -18.34% since January, and it is 28.24% below its August 19 high of $41.82. It sits 10.45%
  below its 50-day average ($33.51) and 19.73% below its 200-day ($37.38); the death cross came on
  October 15, 26 sessions ago, and the 50-day keeps falling, around -9.4% in twenty sessions.

RSI is 22.9, oversold. MACD -0.93 is below its signal (-0.88). The close is under the lower Bollinger
  band at $30.05. The US market went the other way: SPY rose 1.10%, so FRNT lagged it by 1.96 pp, and
  IWM added 0.30%. The FSMI index behind the fund fell 0.88%.

Closes this week: $30.95 Monday, $31.13 Tuesday, $30.55 Wednesday, $30.27 Thursday. Round numbers to
  watch: $30 (support, just 0.03% below), $31 and then $32.39 overhead.

Lost and found: one blue glove, one phone (call 555-0142). Snowmaking on runs 4, 7 and 22 tonight.""")
plants(B, """
sr-close ;; value ;; V ;; $30.01 at the close ;; $30.10 at the close ;; $30.10 ;; the close was $30.01
sr-chg ;; value ;; V ;; down $0.26 ;; down $0.36 ;; $0.36 ;; the change was -$0.26
sr-pct ;; value ;; V ;; or 0.86%, ;; or 0.96%, ;; 0.96% ;; FRNT fell 0.86%
sr-low ;; pattern ;; P ;; the lowest close in a year ;; the highest close in a year ;; highest ;; $30.01 is
  the
  52-week low close
sr-gap ;; direction ;; D ;; with no gap ;; with a big gap up ;; gap up ;; the open equalled the prior close
sr-hi ;; value ;; V ;; reached $30.33 ;; reached $30.53 ;; $30.53 ;; the high was $30.33
sr-vol ;; value ;; V ;; Volume was 7.8M ;; Volume was 8.7M ;; 8.7M ;; volume was 7.8M
sr-strk ;; history ;; V ;; three down days in a row ;; five down days in a row ;; five ;; three down closes
sr-strp ;; history ;; V ;; -3.60% together ;; -3.06% together ;; -3.06% ;; the streak lost 3.60%
sr-week ;; timeframe ;; V ;; -3.07% for the week ;; -18.34% for the week ;; -18.34% ;; -18.34% is the YTD; the
  week was -3.07% ;; real
sr-month ;; direction ;; D ;; -8.56% for the
  month ;; +8.56% for the
  month ;; +8.56% ;; the month was -8.56%
sr-hid ;; date ;; DU ;; its August 19 high ;; its August 29 high ;; August 29 ;; the 52-week high was on Aug
  19
sr-hi52 ;; value ;; V ;; high of $41.82 ;; high of $44.45 ;; $44.45 ;; $44.45 is the 2024 record; the 52-week
  high
  was $41.82 ;; real
sr-50 ;; pattern ;; P ;; 10.45%
  below its 50-day ;; 10.45%
  above its 50-day ;; above ;; $30.01 is below the $33.51 50-day
sr-200 ;; value ;; V ;; 200-day ($37.38) ;; 200-day ($38.37) ;; $38.37 ;; the 200-day is $37.38
sr-crossd ;; date ;; DU ;; on
  October 15 ;; on
  October 5 ;; October 5 ;; the death cross was on Oct 15
sr-slope ;; trend ;; P ;; the 50-day keeps falling ;; the 50-day keeps climbing ;; climbing ;; the 50-day's
  slope
  is -9.39%
sr-rsi ;; indicator ;; IND ;; RSI is 22.9, oversold ;; RSI is 22.9, overbought ;; overbought ;; RSI 22.9 is
  oversold
sr-macd ;; indicator ;; IND ;; -0.93 is below its ;; -0.93 is above its ;; above ;; MACD -0.93 is below -0.88
sr-spy ;; subject ;; V ;; SPY rose 1.10% ;; SPY rose 0.30% ;; 0.30% ;; SPY rose 1.10%; 0.30% is IWM's ;; real
sr-div ;; derived ;; DER ;; lagged it by 1.96 pp ;; lagged it by 1.69 pp ;; 1.69 pp ;; -0.86% - 1.10% = -1.96
  pp
sr-fsmi ;; direction ;; D ;; index behind the fund fell 0.88% ;; index behind the fund rose 0.88% ;; rose ;;
  the FSMI
  fell
sr-tue ;; history ;; V ;; $31.13 Tuesday ;; $31.31 Tuesday ;; $31.31 ;; Tuesday Nov 17 closed at $31.13
sr-thu ;; history ;; V ;; $30.27 Thursday ;; $30.55 Thursday ;; $30.55 ;; $30.55 was Wednesday's close ;; real
sr-sup ;; level ;; LW ;; $30 (support, ;; $31 (support, ;; $31 ;; $31 is above the $30.01 close
""")

B = "bowling-SPY-2026-11-20"
clean(B, "SPY-2026-11-20", "league-sheet", "txt",
      "a Friday-night bowling league's standings sheet with pins, averages, handicaps and high games, "
      "whose secretary names the teams after index funds and adds the funds' Friday figures",
      """LUCKY LANES FRIDAY MIXED LEAGUE -- WEEK 11 OF 32 -- FRI NOV 20, 2026
Secretary: Bev Okafor. Lanes 1-16. Dues $22 per bowler per week. Prize fund to date $3,520.

POS  TEAM           WON  LOST  PINS    HIGH GAME
1    The SPYders    29   15    24,118  268 (Hal)
2    QQQuackers     27   17    23,906  255 (Mina)
3    DIAmonds       24   20    23,411  244 (Joe)
4    IWMpossibles   16   28    22,870  231 (Trish)

Secretary's market corner (the teams asked for it again):
- SPY, our leaders' namesake, closed at $688.00, up 1.10%, and the S&P 500 itself finished at 6,901.69.
- It opened at $681.15 and ended near the top of the day, the high being $689.87.
- QQQ did even better, +1.90% to $626.40, so the QQQuackers have bragging rights tonight. DIA rose
  0.60% to $471.60 and IWM only 0.30% to $244.30, poor Trish.
- SPY is 0.97% below its record close of $694.71 from Thursday, Oct 22, and up 3.28% for the year.
  The week was +1.10% and the month -0.97%.
- On Tuesday it closed at $679.84, on Thursday at $680.51.
- The 50-day average is $680.43 and SPY is above it; the 200-day is $646.13.
- The RSI is 55.0, middle of the lane. VIX down 9.30% to 15.60.
- Max pain for next Friday's Nov 27 expiry is $690.00; the call wall is $700.00.

Next week: no bowling Thursday (Thanksgiving). Friday starts 18:30 sharp. Hal's 268 is the season high;
  league average 171, handicap 90% of 220.""")
plants(B, """
bw-close ;; value ;; V ;; closed at $688.00, up 1.10% ;; closed at $680.80, up 1.10% ;; $680.80 ;; the close
  was
  $688.00
bw-pct ;; value ;; V ;; up 1.10%, and ;; up 1.40%, and ;; 1.40% ;; SPY rose 1.10%
bw-gspc ;; subject ;; V ;; finished at 6,901.69 ;; finished at 6,910.69 ;; 6,910.69 ;; the S&P 500 closed at
  6,901.69
bw-open ;; value ;; V ;; opened at $681.15 ;; opened at $688.15 ;; $688.15 ;; the open was $681.15
bw-top ;; direction ;; D ;; ended near the top of the day ;; ended near the bottom of the day ;; bottom ;;
  $688.00 is
  near the $689.87 high of the $679.36-$689.87 day
bw-qqq ;; value ;; V ;; +1.90% to $626.40 ;; +1.90% to $662.40 ;; $662.40 ;; QQQ closed at $626.40
bw-better ;; direction ;; D ;; QQQ did even better ;; QQQ did worse ;; worse ;; QQQ's +1.90% beat SPY's +1.10%
bw-dia ;; subject ;; V ;; DIA rose
  0.60% ;; DIA rose
  0.30% ;; 0.30% ;; DIA rose 0.60%; 0.30% is IWM's ;; real
bw-iwm ;; value ;; V ;; to $244.30 ;; to $242.30 ;; $242.30 ;; IWM closed at $244.30
bw-athp ;; value ;; V ;; SPY is 0.97% below ;; SPY is 0.79% below ;; 0.79% ;; SPY is 0.97% below its record
bw-athd ;; date ;; WM ;; from Thursday, Oct 22 ;; from Wednesday, Oct 22 ;; Wednesday ;; Oct 22, 2026 was a
  Thursday
bw-ytd ;; value ;; V ;; up 3.28% for the year ;; up 3.82% for the year ;; 3.82% ;; the YTD return is 3.28%
bw-month ;; timeframe ;; V ;; the month -0.97% ;; the month +1.10% ;; +1.10% ;; +1.10% is the week; the month
  was
  -0.97% ;; real
bw-tue ;; history ;; V ;; closed at $679.84 ;; closed at $678.94 ;; $678.94 ;; Tuesday Nov 17 closed at
  $679.84
bw-thu ;; history ;; V ;; on Thursday at $680.51 ;; on Thursday at $681.88 ;; $681.88 ;; $681.88 was
  Wednesday's
  close; Thursday's was $680.51 ;; real
bw-50 ;; pattern ;; P ;; SPY is above it ;; SPY is below it ;; below ;; $688.00 is above the $680.43 50-day
bw-200 ;; value ;; V ;; 200-day is $646.13 ;; 200-day is $641.63 ;; $641.63 ;; the 200-day is $646.13
bw-rsi ;; indicator ;; IND ;; middle of the lane ;; deep in overbought ;; overbought ;; RSI 55.0 is not
  overbought
bw-vix ;; direction ;; D ;; VIX down 9.30% ;; VIX up 9.30% ;; up ;; the VIX fell
bw-mp ;; value ;; V ;; expiry is $690.00 ;; expiry is $685.00 ;; $685.00 ;; max pain is $690.00
bw-exp ;; date ;; WM ;; next Friday's Nov 27 ;; next Thursday's Nov 27 ;; Thursday ;; Nov 27, 2026 is a Friday
""")

B = "charter-QQQ-2026-11-20"
clean(B, "QQQ-2026-11-20", "catch-report", "md",
      "a fishing charter captain's catch report with fish weights, water temperature, tide times and "
      "fuel, and a paragraph on the Nasdaq fund for the regulars who trade",
      """## Reel Easy Charters -- Catch Report -- Friday, Nov 20, 2026

Boat: *Second Wind* (34 ft). Captain Lou Ferreira. 6 anglers, out 05:45, back at the dock 13:10.
Water 61 F, swell 3 ft, high tide 09:12. Fuel used 48 gallons at $4.19.

Catch: 11 striped bass (biggest 31 lb, Gary from Scranton), 4 bluefish, 2 fluke released under the
  19-inch limit. Next open trips: Sun 06:00 (2 spots), Tue 05:30 (full).

**For the regulars who trade.** Y'all asked, so: the Nasdaq fund QQQ had a big one. It closed at $626.40,
  up $11.68 or 1.90%, after a low of $614.90 and a high of $631.45. Nasdaq 100 up 1.89% to 25,753.96.
  Volume ran 86.8M, twice the normal 44.3M. The wire said QQQ "closed at $626.40, 0.5% below the record
  close of $629.76 it set on Nov. 11" [1]. It beat SPY by 0.80 pp and IWM by 1.60 pp. Three sessions
  ago, on Tuesday, it closed at $615.97; Thursday it was $614.72, the week's low close. The week ended
  +1.28% and the month +0.27%.

The fund is above its 50-day ($614.02) and its 200-day ($580.22). RSI 56.4, nothing extreme. MACD 1.96
  is under its 2.46 signal. A swing long some of you follow: over $630.00, stop $621.95, target $649.31.

Tight lines. Tips for the mate appreciated (Jonah, 19, saving for a truck).

<<SOURCES>>""", sources=("hs-megacap20",))
plants(B, """
ch-close ;; value ;; V ;; It closed at $626.40,
  up ;; It closed at $622.40,
  up ;; $622.40 ;; the close was $626.40
ch-chg ;; value ;; V ;; up $11.68 or ;; up $16.18 or ;; $16.18 ;; the change was $11.68
ch-pct ;; value ;; V ;; or 1.90%, after ;; or 2.90%, after ;; 2.90% ;; QQQ rose 1.90%
ch-mg ;; magnitude ;; MG ;; QQQ had a big one ;; QQQ had a sleepy one ;; sleepy ;; the move was 1.6 ATR and
  1.90%
ch-low ;; value ;; V ;; a low of $614.90 ;; a low of $619.40 ;; $619.40 ;; the low was $614.90
ch-ndx ;; subject ;; V ;; up 1.89% to 25,753.96 ;; up 1.89% to 25,735.96 ;; 25,735.96 ;; the Nasdaq 100
  closed at
  25,753.96
ch-volw ;; words ;; V ;; twice the normal ;; four times the normal ;; four times ;; volume was 2.0 times its
  average
ch-q1 ;; quotation ;; NU ;; 0.5% below the record ;; 0.8% below the record ;; 0.8% ;; the story says 0.5%
ch-q2 ;; quotation ;; DU ;; it set on Nov. 11" ;; it set on Nov. 10" ;; Nov. 10 ;; the story and the record
  say
  Nov 11
ch-cite ;; citation ;; CU ;; on Nov. 11" [1] ;; on Nov. 11" [2] ;; [2] ;; there is no source [2]
ch-beat ;; derived ;; DER ;; beat SPY by 0.80 pp ;; beat SPY by 0.90 pp ;; 0.90 pp ;; 1.90% - 1.10% = 0.80 pp
ch-iwm ;; direction ;; D ;; and IWM by 1.60 pp ;; and trailed IWM by 1.60 pp ;; trailed ;; QQQ beat IWM
ch-tue ;; history ;; V ;; it closed at $615.97 ;; it closed at $618.43 ;; $618.43 ;; $618.43 was Wednesday's
  close;
  Tuesday's was $615.97 ;; real
ch-thu ;; history ;; D ;; the week's low close ;; the week's high close ;; high close ;; $614.72 was the
  week's
  lowest close
ch-week ;; timeframe ;; V ;; The week ended
  +1.28% ;; The week ended
  +4.91% ;; +4.91% ;; 4.91% is the YTD; the week was +1.28% ;; real
ch-200 ;; value ;; V ;; 200-day ($580.22) ;; 200-day ($582.02) ;; $582.02 ;; the 200-day is $580.22
ch-above ;; pattern ;; P ;; The fund is above its 50-day ;; The fund is below its 50-day ;; below ;; $626.40
  is above
  the $614.02 50-day
ch-rsi ;; indicator ;; V ;; RSI 56.4, nothing ;; RSI 46.4, nothing ;; 46.4 ;; RSI(14) is 56.4
ch-macd ;; indicator ;; IND ;; is under its 2.46 signal ;; is over its 2.46 signal ;; over ;; MACD 1.96 is
  below 2.46
ch-stop ;; setup ;; SG ;; stop $621.95, target ;; stop $631.95, target ;; $631.95 ;; a long's stop must sit
  below
  its $630.00 entry
ch-tgt ;; setup ;; SG ;; target $649.31 ;; target $609.31 ;; $609.31 ;; a long's target must sit above its
  entry
""")

B = "fantasy-IWM-2026-11-20"
clean(B, "IWM-2026-11-20", "fantasy-recap", "md",
      "a fantasy-football league commissioner's weekly recap with matchup scores, waiver claims and "
      "player points, whose loser's punishment is to write up the small-cap fund's week",
      """# Gridiron Degens League -- Week 11 Recap (posted Sat Nov 21)

**Matchups**
- Tom's Brady Bunch 128.4 def. Couch Potatoes 97.2
- Kelce's Kitchen 114.0 def. Waiver Wire Warriors 113.6 (decided on a 2-point conversion, Monday night)
- Mahomes Alone 88.7 lost to Ja'Marr Ja'Binks 131.9
- Standings: Ja'Binks 9-2, Brady Bunch 8-3, Kitchen 6-5, everyone else irrelevant.

Waivers: 7 claims processed Wednesday 03:00. FAAB spent this week: $61 of $1,000 total.

**Last place punishment: Dave writes the small-cap stock report (again)**

"Fine. IWM, the Russell 2000 fund, closed Friday at $244.30, up 0.30%, on a day when QQQ did +1.90% and
  SPY +1.10%. So it lagged SPY by 0.80 pp, which the wire says makes six sessions in a row of trailing
  SPY. Kind of like my team. Ledger Markets Daily says small caps are "boxed between roughly $240 and
  $250, where it has traded for five weeks" [1].

It's down 1.10% this week and 1.65% this month, and it is below its 50-day average of $245.77 but above
  the 200-day of $230.77. RSI 48.2, so neither hot nor cold. The closing box since mid-October is $241.00
  to $249.26, and the top got hit three times. Its high this year-ish is the $257.77 close from Friday,
  Nov 28, 2025, and IWM sits 5.23% below it.

Thursday it closed at $243.57, Wednesday $244.79. Max pain next Friday is $245.00. I want to be removed
  from this league." -- Dave, 0-11

<<SOURCES>>""", sources=("ld-smallcaps20",))
plants(B, """
ff-close ;; value ;; V ;; closed Friday at $244.30 ;; closed Friday at $243.30 ;; $243.30 ;; the close was
  $244.30
ff-pct ;; direction ;; D ;; up 0.30%, on ;; down 0.30%, on ;; down ;; IWM rose 0.30%
ff-qqq ;; subject ;; V ;; QQQ did +1.90% ;; QQQ did +1.10% ;; +1.10% ;; QQQ rose 1.90%; 1.10% is SPY's ;; real
ff-div ;; derived ;; DER ;; lagged SPY by 0.80 pp ;; lagged SPY by 1.80 pp ;; 1.80 pp ;; 0.30% - 1.10% =
  -0.80 pp
ff-six ;; history ;; V ;; makes six sessions ;; makes eight sessions ;; eight sessions ;; IWM trailed SPY six
  sessions
  in a row
ff-q ;; quotation ;; NU ;; traded for five weeks" ;; traded for three weeks" ;; three weeks ;; the story says
  five
  weeks
ff-cite ;; citation ;; CU ;; five weeks" [1] ;; five weeks" [2] ;; [2] ;; there is no source [2]
ff-week ;; timeframe ;; V ;; down 1.10% this week ;; down 1.65% this week ;; 1.65% ;; 1.65% is the month; the
  week
  was -1.10% ;; real
ff-month ;; value ;; V ;; 1.65% this month ;; 1.56% this month ;; 1.56% ;; the month was -1.65%
ff-50 ;; pattern ;; P ;; below its 50-day average ;; above its 50-day average ;; above ;; $244.30 is below the
  $245.77 50-day
ff-200 ;; value ;; V ;; the 200-day of $230.77 ;; the 200-day of $237.07 ;; $237.07 ;; the 200-day is $230.77
ff-rsi ;; indicator ;; IND ;; neither hot nor cold ;; red hot, overbought ;; overbought ;; RSI 48.2 is not
  overbought
ff-box ;; value ;; V ;; is $241.00
  to $249.26 ;; is $241.00
  to $249.62 ;; $249.62 ;; the range top is $249.26
ff-tch ;; level ;; V ;; the top got hit three times ;; the top got hit five times ;; five times ;; $249.26
  has three
  touches
ff-athd ;; date ;; WM ;; from Friday,
  Nov 28, 2025 ;; from Thursday,
  Nov 28, 2025 ;; Thursday ;; Nov 28, 2025 was a Friday
ff-athp ;; value ;; V ;; sits 5.23% below it ;; sits 3.25% below it ;; 3.25% ;; IWM is 5.23% below the high
ff-thu ;; history ;; V ;; Thursday it closed at $243.57 ;; Thursday it closed at $243.75 ;; $243.75 ;;
  Thursday
  Nov 19 closed at $243.57
ff-wed ;; history ;; V ;; Wednesday $244.79 ;; Wednesday $247.49 ;; $247.49 ;; Wednesday Nov 18 closed at
  $244.79
ff-mp ;; value ;; V ;; Max pain next Friday is $245.00 ;; Max pain next Friday is $250.00 ;; $250.00 ;; max
  pain
  is $245.00; $250.00 is the call wall ;; real
""")
plants("charter-QQQ-2026-11-20", """
ch-cs ;; citation ;; CS ;; Tight lines. ;; Tight lines [1]. ;; [1] ;; the sign-off shares nothing with the
  cited story
""")
plants("fantasy-IWM-2026-11-20", """
ff-cs ;; citation ;; CS ;; Kind of like my team. ;; Kind of like my team [1]. ;; [1] ;; a joke about the team
  shares
  nothing with the cited story
ff-neg ;; negation ;; P ;; and it is below its 50-day ;; and it is not below its 50-day ;; not below ;;
  $244.30 is
  below the $245.77 50-day
""")
plants("bowling-SPY-2026-11-20", """
bw-neg ;; negation ;; P ;; SPY is above it ;; SPY is not above it ;; not above ;; $688.00 is above the
  $680.43 50-day
""")
plants("watchlist-DIA-2026-06-03", """
wl-cross ;; pattern ;; P ;; Death cross since Wed ;; Golden cross since Wed ;; Golden cross ;; the 50-day
  ($439.80)
  is below the 200-day ($460.09)
wl-neg ;; negation ;; P ;; still above the 200d ;; no longer above the 200d ;; no longer above ;; $461.11 is
  above
  the $460.09 200-day
""")
plants("election-IWM-2026-02-13", """
el-neg ;; negation ;; P ;; still stands even though ;; no longer stands even though ;; no longer stands ;; the
  50-day ($246.22) is still above the 200-day ($229.41)
""")

README = kit.blind_readme(18)

# ---------------------------------------------------------------- scoring and the command line

evaluate, report = SET.evaluate, SET.report  # what tests/test_verify_holdout18.py runs

if __name__ == "__main__":
    raise SystemExit(SET.main(sys.argv[1:], doc=__doc__ or "", readme=README))
