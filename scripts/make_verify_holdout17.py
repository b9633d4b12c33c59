"""Write the seventeenth blind holdout set for the verifier to tests/data/verify_holdout17/ (deterministic).

    .venv/bin/python scripts/make_verify_holdout17.py            # (re)write the set
    .venv/bin/python scripts/make_verify_holdout17.py --check    # exit 1 if the files on disk differ
    .venv/bin/python scripts/make_verify_holdout17.py --score    # run the verifier over the set, report

Written for issue 14 by someone who had read neither `pipeline/verify/` nor the texts of the
evaluation set or of the first sixteen holdouts (only the shared plumbing in
`scripts/verify_eval/holdout_kit.py`, `tests/holdout_helpers.py`, `tests/test_verify_holdout16.py`,
the top and the bottom of `scripts/make_verify_holdout16.py`, the other generators' module docstrings
(to learn which voices were taken), `pipeline/facts.py`, `pipeline/contracts/` and the README's
verifier section), and who did not run the verifier on these texts before the blind score. Half the
voices are market commentary as desks and readers really write it, in shapes the earlier sets did not
use: a sell-side morning note with a levels table, a sales-trader's chat with a client, a wire's
multi-asset market wrap, a forum reply quoting two other posters, an overnight desk handover log, a
quant's notebook cells with printed output, an investment committee's vote memo, a technician's
"chart of the day" email, a pitch deck's slides with speaker notes and a clearing broker's margin
notice. The other half are unusual voices that carry non-market numbers on purpose next to the market
figures: a marathon split sheet, a shipping manifest, an amateur astronomer's observing log, a cycling
stage report, a utility bill, a school report card, a harbour master's tide notice, a spelling bee
pronouncer's script, a hotel housekeeping shift report and a band's concert setlist.

Every figure of a clean text was typed by hand from `pipeline.facts.build_fact_sheet(...)` of the
case's snapshot, of a peer in the same file, of the snapshot's dated bars (`recent_sessions`,
`recent_closes`, `recent_highs`, `recent_lows`), of the 50/200-day slopes the snapshot carries
(`trend.sma_50_slope_pct`, `trend.sma_200_slope_pct`), or from the text of a cited source;
approximations ("about 2 to 1", "nearly flat") were checked against the same values. Clock times,
years, counts of things, ages, distances, page numbers and prices of things that are not market data
are there on purpose. The snapshots and sources are frozen copies in
tests/data/verify_holdout17/context/ (copied from tests/data/verify_holdout16/context/, itself a copy
of holdout 15's, on 2026-12-06; each carries 64 dated bars). Each planted case is one clean text with
one exact substitution and one expected finding whose code is the README's documented one for that
fault; its note says why that code.

The blind score (once, on the branch point 3b3b4668, main when the set was begun; the set frozen in
ec14a61f, rebased unchanged as 5b14efba): 440/603 planted errors caught (0.73), 148 error findings on
the 20 clean texts (7.40 per text), 515/603 planted spots flagged by an error finding of some code. Per
kind, caught/planted: value 110/165, scale 11/16, derived 22/34, direction 37/54, indicator 27/30,
pattern 17/23, level 21/32, setup 15/16, date 60/66, citation 10/12, subject 16/18, timeframe 14/18,
negation 4/4, quotation 10/14, trend 16/25, history 31/47, words 14/16, magnitude 5/13.
Two of the 148 findings were right: the forum reply cited [1] and [2] without its Sources block (an
authoring slip, fixed in 76707a72 and nothing else changed). On the landing main, b7a1f1a7 (the same
verifier): 443/603 (0.73), 146 error findings on the clean texts (7.30 per text), 518/603 flagged; the
test's floors are these. scripts/verify_eval/holdout17_score.md has the table, the findings per clean
text and the misses and false alarms by mechanism.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verify_eval import holdout_kit as kit  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- the clean texts

U = kit.FIXTURE_URLS  # the ingested items cited, by a short name

SET = kit.HoldoutSet("holdout17", REPO, U)  # the kit's source formats (md, plain, foot, paren)
OUT = SET.out
CLEAN = SET.texts
clean = SET.clean

plant = SET.plant_wrapped  # old/new/span may carry the texts' continuation breaks

V, D, P, IND, DU, WM, LW, NU, MG, DER, SC, SG, SRR, CU, CS = kit.CODES

# A line starting with exactly two spaces continues the line before it. `<<SOURCES>>` becomes the
# Sources block. Figures are typed, not slotted: each was read off the key's fact sheet. Each text's
# planted errors follow it.

B = "morningnote-SPY-2026-11-20"
clean(B, "SPY-2026-11-20", "morning-note", "md",
      "a sell-side strategist's morning note with a levels table (R2 to S3), page furniture, a trade "
      "idea and a calendar line",
      """MORNING NOTE | US Equity Strategy | Monday, 07:15 ET | Page 1 of 2

## SPY: back in the box after a 1.10% Friday

**Summary.** SPY closed Friday, Nov 20 at $688.00, up $7.49 (+1.10%) on 118.3M shares, 1.8x its
  20-day average of 64.9M. The S&P 500 itself rose 1.1% to 6,901.69 [1]. The fund opened at
  $681.15, dipped to $679.36 and finished near the day's high of $689.87. It ended the week up
  1.10% but is still 0.97% lower over the month. It had closed at $679.84 on Tuesday and $680.51
  on Thursday.

**Levels (as of the Friday close)**

| Level | Price | Type | Note |
|---|---|---|---|
| R2 | $697.09 | resistance | top of the range-top zone, the intraday record |
| R1 | $694.71 | resistance | record close (Oct 22), five touches |
| Pivot | $690.00 | max pain | Nov 27 expiry |
| S1 | $678.45 | support | range bottom, two touches |
| S2 | $670.42 | support | swing zone |
| S3 | $666.26 | support | swing zone, three touches |

**Trend.** The 50-day average sits at $680.43 and the 200-day at $646.13; the fund is 1.11% above
  the first and 6.48% above the second, and the golden cross from Monday, Sep 21 is now 44
  sessions old. The 50-day has risen about 1.8% over the last 20 sessions while the 200-day is
  nearly flat, up 0.13%. RSI(14) is a neutral 55.0. MACD at 0.82 is still below its signal line at
  1.59 (histogram -0.77), so momentum has not turned even though price has.

**Relative.** SPY lagged QQQ by 0.80 pp (QQQ +1.90% to $626.40 [2]) but beat IWM by 0.80 pp and DIA
  by 0.50 pp. The wire noted that QQQ "closed at $626.40, 0.5% below the record close of $629.76"
  [2]. The VIX dropped 9.30% to 15.60.

**Range.** Twenty-nine sessions between $678.45 and $694.71, a 2.40% band. Friday's close sits in
  the upper half of it, and the record close of $694.71 is 0.97% above.

**Trade idea.** Long only on a close above $697.09; stop $690.03, target $710.97 (the range's
  measured move), about 2 to 1.

**Calendar.** FOMC Wednesday, Dec 9 (13 sessions away), November CPI Thursday, Dec 10.

"Buyers keep showing up for the same handful of names," Theo Vasquez of Corbin Ridge Securities
  told [1].

<<SOURCES>>

For institutional clients only. Not a recommendation. Desk line ext. 4410. (c) 2026""",
      sources=("ld-rebound20", "hs-megacap20"))
plant(B, "mn-close", "value", V, "at $688.00, up", "at $689.00, up", "$689.00", "the close was $688.00")
plant(B, "mn-chg", "value", V, "up $7.49", "up $7.94", "$7.94", "the 1-day change was $7.49")
plant(B, "mn-sign", "direction", D, "(+1.10%)", "(-1.10%)", "-1.10%",
      "SPY rose 1.10%; a minus sign says it fell")
plant(B, "mn-vol", "value", V, "118.3M shares", "128.3M shares", "128.3M", "volume was 118.3M")
plant(B, "mn-open", "value", V, "opened at\n  $681.15", "opened at\n  $683.15", "$683.15",
      "the open was $681.15")
plant(B, "mn-month", "timeframe", V, "0.97% lower over the month", "0.97% lower over the year",
      "0.97%", "-0.97% is the 1-month return; the year-to-date return is +3.28%")
plant(B, "mn-tue", "history", V, "$679.84 on Tuesday", "$678.84 on Tuesday", "$678.84",
      "Tuesday Nov 17's close was $679.84 (dated bars)")
plant(B, "mn-thu", "history", V, "$680.51\n  on Thursday", "$680.51\n  on Wednesday", "$680.51",
      "$680.51 was Thursday's close; Wednesday closed at $681.88")
plant(B, "mn-s1", "level", LW, "| S1 | $678.45 | support |", "| S1 | $678.45 | resistance |", "$678.45",
      "$678.45 is below the $688.00 close, so it cannot be resistance")
plant(B, "mn-r1t", "level", V, "five touches", "seven touches", "seven",
      "the range top $694.71 has 5 touches")
plant(B, "mn-ath-d", "date", DU, "record close (Oct 22)", "record close (Oct 29)", "Oct 29",
      "the record close was on Oct 22, 2026")
plant(B, "mn-exp", "date", DU, "Nov 27 expiry", "Nov 24 expiry", "Nov 24", "the options expiry is Nov 27")
plant(B, "mn-v50", "value", V, "1.11% above", "1.41% above", "1.41%", "pct_vs_sma_50 is 1.11%")
plant(B, "mn-p200", "pattern", P, "6.48% above the second", "6.48% below the second", "below",
      "SPY is above its 200-day average")
plant(B, "mn-cross", "pattern", P, "the golden cross", "the death cross", "death cross",
      "the 50-day is above the 200-day: a golden cross since Sep 21")
plant(B, "mn-crossd", "date", WM, "Monday, Sep 21", "Sunday, Sep 21", "Sunday", "Sep 21, 2026 was a Monday")
plant(B, "mn-slope", "trend", V, "risen about 1.8%", "risen about 3.8%", "3.8%",
      "the 50-day's 20-session slope is +1.76%")
plant(B, "mn-flat", "trend", P, "200-day is\n  nearly flat", "200-day is\n  sliding", "sliding",
      "the 200-day rose 0.13% over 20 sessions; it is not sliding")
plant(B, "mn-rsi", "indicator", IND, "a neutral 55.0", "an overbought 55.0", "overbought",
      "RSI 55.0 is not overbought")
plant(B, "mn-macd", "negation", IND, "still below its signal line", "no longer below its signal line",
      "no longer below", "MACD 0.82 is below its signal 1.59")
plant(B, "mn-qqq", "subject", V, "(QQQ +1.90%", "(QQQ +1.10%", "+1.10%",
      "+1.10% is SPY's move; QQQ rose 1.90%", real=True)
plant(B, "mn-iwm", "derived", DER, "beat IWM by 0.80 pp", "beat IWM by 1.20 pp", "1.20 pp",
      "1.10% - 0.30% = 0.80 pp")
plant(B, "mn-dia", "derived", DER, "by 0.50 pp", "by 0.90 pp", "0.90 pp", "1.10% - 0.60% = 0.50 pp")
plant(B, "mn-quote", "quotation", NU, "0.5% below the record", "0.8% below the record", "0.8%",
      "the wire [2] prints 0.5%; a quoted figure the source does not print")
plant(B, "mn-vix", "direction", D, "The VIX dropped 9.30%", "The VIX rose 9.30%", "rose",
      "the VIX fell 9.30%")
plant(B, "mn-sess", "words", V, "Twenty-nine sessions", "Thirty-nine sessions", "Thirty-nine",
      "the range holds 29 sessions")
plant(B, "mn-width", "value", V, "a 2.40% band", "a 3.40% band", "3.40%", "the range width is 2.40%")
plant(B, "mn-half", "direction", D, "the upper half", "the lower half", "lower half",
      "$688.00 is above the range's midpoint $686.58")
plant(B, "mn-stop", "setup", SG, "stop $690.03", "stop $699.03", "$699.03",
      "a long's stop must be below its $697.09 entry")
plant(B, "mn-rr", "setup", SRR, "about 2 to 1", "about 4 to 1", "4 to 1",
      "(710.97-697.09)/(697.09-690.03) = 2.0")
plant(B, "mn-fomc", "date", WM, "FOMC Wednesday, Dec 9", "FOMC Tuesday, Dec 9", "Tuesday",
      "Dec 9, 2026 is a Wednesday")
plant(B, "mn-cite", "citation", CU, "to 6,901.69 [1]", "to 6,901.69 [3]", "[3]",
      "the note lists two sources")
plant(B, "mn-scale", "scale", SC, "sits at $680.43", "sits at 6,804.30", "6,804.30",
      "SPY's 50-day is $680.43; 6,804.30 is on the index's scale")

B = "ibchat-QQQ-2026-11-20"
clean(B, "QQQ-2026-11-20", "chat", "txt",
      "a sales-trader's instant-message chat with a hedge-fund client after Friday's close, with "
      "timestamps, typos left in, order sizes and a lunch booking",
      """[16:04:12] MAYA.R (SALES-TRADING): pete u there. QQQ ripped, closed $626.40, +$11.68 on the day,
  +1.90%
[16:04:40] PETE.K (CLIENT): saw it. big one?
[16:05:02] MAYA.R: biggest in a while. 1.6 ATRs, z of 2.1. volume 86.8M vs a 44.3M 20d avg so 2.0x
[16:05:31] MAYA.R: gapped up 0.55% at the open ($618.09), low $614.90, high $631.45. never looked back
[16:06:10] PETE.K: where does that leave us vs the highs
[16:06:44] MAYA.R: record close still $629.76 from Wed Nov 11, we're 0.53% shy. intraday record $632.37
  on Thu Nov 12
[16:07:20] MAYA.R: range since early Oct is $610.21 to $629.76, 29 sessions, 3.20% wide. we closed in
  the top half
[16:07:58] PETE.K: and the avgs
[16:08:15] MAYA.R: 50d $614.02 (we're 2.02% over), 200d $580.22 (7.96% over). golden cross since
  Jul 27, 83 sessions. 50d slope up about 1.5% over 20 sessions, 200d up a touch, 0.23%
[16:08:50] MAYA.R: rsi 56.4 so middle of the road. macd 1.96 under its signal 2.46, hist -0.51
[16:09:30] PETE.K: how did it do vs spy
[16:09:44] MAYA.R: beat SPY by 0.80 pp (spy +1.10%), beat DIA by 1.30 pp, IWM only +0.30%. NDX
  +1.89% to 25,753.96
[16:10:05] MAYA.R: wire headline (1) literally says "surges 1.9%" and has the nasdaq 100 at 25,753.96
[16:10:30] MAYA.R: for the week +1.28%, month +0.27%, ytd +4.91%
[16:11:02] PETE.K: last few closes?
[16:11:19] MAYA.R: thu $614.72, wed $618.43, tue $615.97, mon $621.56, fri nov 13 $618.47
[16:12:00] PETE.K: levels
[16:12:26] MAYA.R: resistance $629.76 then $632.37. support $620 round, then the 50d at $614.02, then
  range floor $610.21 (2 touches)
[16:12:58] MAYA.R: opex next fri Nov 27, max pain $630, call wall $640, put wall $610, p/c oi 1.32
[16:13:31] MAYA.R: desk idea: long above $630.00, stop $621.95, target $649.31, 2.4R
[16:14:05] PETE.K: ok. work 25k shares on a close over 630, gtc till the 27th
[16:14:20] MAYA.R: done. also fomc wed dec 9, cpi thu dec 10
[16:15:02] PETE.K: lunch tue? 12:30 at Marlow's, table for 3
[16:15:09] MAYA.R: booked

<<SOURCES>>""",
      sources=("hs-megacap20",), source_format="plain")
plant(B, "ib-close", "value", V, "ripped, closed $626.40", "ripped, closed $628.40", "$628.40",
      "the close was $626.40")
plant(B, "ib-chg", "value", V, "+$11.68", "+$12.68", "$12.68", "the 1-day change was $11.68")
plant(B, "ib-pct", "subject", V, "on the day, +1.90%", "on the day, +1.10%", "+1.10%",
      "1.10% is SPY's move; QQQ rose 1.90%", real=True)
plant(B, "ib-atr", "value", V, "1.6 ATRs", "0.4 ATRs", "0.4 ATRs", "the move was 1.6 ATR")
plant(B, "ib-edge", "magnitude", MG, "QQQ ripped,", "QQQ edged up,", "edged up",
      "a 1.90% move of 1.6 ATR is no edge")
plant(B, "ib-vol", "value", V, "volume 86.8M", "volume 96.8M", "96.8M", "volume was 86.8M")
plant(B, "ib-ratio", "value", V, "so 2.0x", "so 2.6x", "2.6x", "the volume ratio was 2.0")
plant(B, "ib-gap", "direction", D, "gapped up 0.55%", "gapped down 0.55%", "gapped down",
      "the open $618.09 was above the $614.72 prior close: a gap up")
plant(B, "ib-low", "value", V, "low $614.90", "low $612.90", "$612.90", "the day's low was $614.90")
plant(B, "ib-ath", "value", V, "record close still $629.76", "record close still $631.76", "$631.76",
      "the record close is $629.76")
plant(B, "ib-athd", "date", WM, "from Wed Nov 11", "from Tue Nov 11", "Tue", "Nov 11, 2026 was a Wednesday")
plant(B, "ib-shy", "value", V, "0.53% shy", "0.93% shy", "0.93%", "pct_from_ath is -0.53%")
plant(B, "ib-ihd", "date", DU, "on Thu Nov 12", "on Thu Nov 5", "Nov 5",
      "the intraday record $632.37 was set on Nov 12 (and Nov 5 was a Thursday, so only the date is wrong)")
plant(B, "ib-rsess", "value", V, "29 sessions, 3.20%", "39 sessions, 3.20%", "39 sessions",
      "the range holds 29 sessions")
plant(B, "ib-half", "direction", D, "closed in\n  the top half", "closed in\n  the bottom half",
      "bottom half",
      "$626.40 is above the range's midpoint $619.99")
plant(B, "ib-v50", "value", V, "(we're 2.02% over)", "(we're 2.62% over)", "2.62%", "pct_vs_sma_50 is 2.02%")
plant(B, "ib-crossd", "date", DU, "since\n  Jul 27", "since\n  Jun 27", "Jun 27",
      "the golden cross was on Jul 27")
plant(B, "ib-slope", "trend", V, "up about 1.5% over 20 sessions", "up about 4.5% over 20 sessions", "4.5%",
      "the 50-day's 20-session slope is +1.49%")
plant(B, "ib-rsi", "indicator", IND, "so middle of the road", "so deep oversold", "oversold",
      "RSI 56.4 is not oversold")
plant(B, "ib-macd", "indicator", IND, "macd 1.96 under its signal", "macd 1.96 over its signal", "over",
      "MACD 1.96 is below its 2.46 signal")
plant(B, "ib-dia", "derived", DER, "beat DIA by 1.30 pp", "beat DIA by 1.80 pp", "1.80 pp",
      "1.90% - 0.60% = 1.30 pp")
plant(B, "ib-quote", "quotation", NU, "\"surges 1.9%\"", "\"surges 2.9%\"", "2.9%",
      "the cited wire's headline says 1.9%")
plant(B, "ib-week", "timeframe", V, "for the week +1.28%", "for the week +4.91%", "+4.91%",
      "4.91% is the year-to-date return; the week was +1.28%", real=True)
plant(B, "ib-wed", "history", V, "wed $618.43", "wed $619.43", "$619.43",
      "Wednesday Nov 18 closed at $618.43")
plant(B, "ib-mon", "history", V, "mon $621.56", "mon $625.56", "$625.56", "Monday Nov 16 closed at $621.56")
plant(B, "ib-sup", "level", LW, "resistance $629.76 then", "support $629.76 then", "$629.76",
      "$629.76 is above the $626.40 close, so it cannot be support")
plant(B, "ib-floor", "level", V, "(2 touches)", "(5 touches)", "5 touches", "the range bottom has 2 touches")
plant(B, "ib-opex", "date", DU, "next fri Nov 27", "next fri Nov 26", "Nov 26",
      "the expiry is Friday, Nov 27")
plant(B, "ib-stop", "setup", SG, "stop $621.95", "stop $631.95", "$631.95",
      "a long's stop must be below its $630.00 entry")
plant(B, "ib-rr", "setup", SRR, "2.4R", "4.4R", "4.4R", "(649.31-630)/(630-621.95) = 2.4")
plant(B, "ib-cpi", "date", WM, "cpi thu dec 10", "cpi fri dec 10", "fri", "Dec 10, 2026 is a Thursday")
plant(B, "ib-cite", "citation", CU, "wire headline (1)", "wire headline (2)", "(2)",
      "the chat cites one source")

B = "wirewrap-GSPC-2026-11-20"
clean(B, "idx_GSPC-2026-11-20", "wire-wrap", "txt",
      "a wire service's multi-asset closing wrap: dateline, several instruments per paragraph, "
      "overseas markets, commodities and currencies, a correction line and a slug",
      """NEW YORK, Nov 20 (Harbor Desk) - U.S. stocks rallied on Friday as technology shares rebounded,
  with the S&P 500 up 75.63 points, or 1.11%, at 6,901.69, the Nasdaq 100 up 1.89% at 25,753.96 and
  the Dow Jones Industrial Average up 0.58% at 47,220.31. The Russell 2000 added only 0.30% to
  2,456.17, trailing the S&P 500 by 0.80 percentage point [1].

The benchmark opened at 6,833.00, slipped to 6,815.01 in the first hour and touched 6,920.40
  before the bell. It had closed at 6,826.06 on Thursday, after 6,841.38 on Wednesday and 6,821.04 on
  Tuesday, the lowest close of the week. The index gained 1.10% for the week but remains 0.95% lower
  for the month; it is up 3.33% this year.

The S&P 500 still stands 0.95% below its record close of 6,968.14 from Thursday, Oct 22, and has
  held between 6,805.34 and 6,968.14 for 29 sessions, a band 2.39% wide. The round 7,000 mark, never
  reached, lies 1.42% above. Thursday's close of 6,826.06 had left it near the floor of that range;
  Friday's finish put it back in the middle of the band.

Wall Street's fear gauge, the VIX, fell 9.30% to 15.60. The index closed 1.13% above its 50-day
  moving average of 6,824.87 and 6.50% above its 200-day average of 6,480.69; the 50-day crossed
  above the 200-day on Sept 21, 44 sessions ago, and has climbed 1.77% over the past month of
  sessions. The 14-day RSI stood at 54.9. The MACD line, at 8.49, remained under its signal line
  of 16.37.

Overseas, Germany's DAX rose 0.62% to 24,106.94 and Japan's Nikkei gained 0.41% to 48,912.62,
  while Hong Kong's Hang Seng lost 1.21% to 25,873.84. Gold rose 0.48% to 4,050.95, U.S. crude
  (WTI) gained 1.04% to 67.80, and bitcoin jumped 2.27% to 91,229. The euro slipped 0.16% to
  1.1553 and the dollar rose 0.24% to 155.29 yen.

"We are seeing profit-taking in the winners rather than a change of view," Gideon Marsh of
  Tidewater Research had said on Thursday [2], when the Dow added 0.1%.

Next week: the Fed decides on Wednesday, Dec 9, 13 sessions from now, and November CPI follows on
  Thursday, Dec 10.

CORRECTION: An earlier version of this story misstated the time of the close. It is 4:00 p.m. ET.
(Reporting by the Harbor Desk; editing by R. Okafor; 412 words)

<<SOURCES>>""",
      sources=("ld-rebound20", "hs-edge19"), source_format="paren")
plant(B, "ww-pts", "value", V, "up 75.63 points", "up 57.63 points", "57.63", "the index rose 75.63 points")
plant(B, "ww-close", "value", V, "1.11%, at 6,901.69", "1.11%, at 6,910.69", "6,910.69",
      "the close was 6,901.69")
plant(B, "ww-ndx", "subject", V, "the Nasdaq 100 up 1.89%", "the Nasdaq 100 up 1.11%", "1.11%",
      "1.11% is the S&P 500's move; the Nasdaq 100 rose 1.89%", real=True)
plant(B, "ww-dji", "value", V, "up 0.58% at 47,220.31", "up 0.58% at 47,520.31", "47,520.31",
      "the Dow closed at 47,220.31")
plant(B, "ww-rut", "derived", DER, "by 0.80 percentage point", "by 1.70 percentage point", "1.70",
      "1.11% - 0.30% = 0.80 pp")
plant(B, "ww-open", "value", V, "opened at 6,833.00", "opened at 6,853.00", "6,853.00",
      "the open was 6,833.00")
plant(B, "ww-hi", "value", V, "touched 6,920.40", "touched 6,940.40", "6,940.40",
      "the day's high was 6,920.40")
plant(B, "ww-wed", "history", V, "6,841.38 on Wednesday", "6,841.38 on Monday", "6,841.38",
      "6,841.38 was Wednesday Nov 18's close; Monday closed at 6,855.03")
plant(B, "ww-tue", "history", V, "6,821.04 on\n  Tuesday", "6,812.04 on\n  Tuesday", "6,812.04",
      "Tuesday Nov 17 closed at 6,821.04")
plant(B, "ww-low", "history", V, "the lowest close of the week", "the highest close of the week",
      "highest close", "6,821.04 was the week's lowest close, not its highest")
plant(B, "ww-week", "timeframe", V, "gained 1.10% for the week", "gained 3.33% for the week", "3.33%",
      "3.33% is the year-to-date return; the week was +1.10%", real=True)
plant(B, "ww-month", "direction", D, "remains 0.95% lower\n  for the month",
      "remains 0.95% higher\n  for the month",
      "higher", "the 1-month return is -0.95%")
plant(B, "ww-ath", "value", V, "record close of 6,968.14 from", "record close of 6,986.14 from", "6,986.14",
      "the record close is 6,968.14")
plant(B, "ww-athd", "date", WM, "from Thursday, Oct 22", "from Friday, Oct 22", "Friday",
      "Oct 22, 2026 was a Thursday")
plant(B, "ww-rs", "words", V, "for 29 sessions", "for 39 sessions", "39 sessions",
      "the range holds 29 sessions")
plant(B, "ww-7k", "derived", DER, "lies 1.42% above", "lies 2.62% above", "2.62%",
      "7,000 / 6,901.69 - 1 = 1.42%")
plant(B, "ww-mid", "direction", D, "back in the middle of the band", "back at the top of the band",
      "at the top",
      "6,901.69 is near the middle of 6,805.34-6,968.14 (midpoint 6,886.74), 66 points below the top")
plant(B, "ww-vix", "direction", D, "the VIX, fell 9.30%", "the VIX, rose 9.30%", "rose", "the VIX fell 9.30%")
plant(B, "ww-v50", "value", V, "closed 1.13% above", "closed 1.53% above", "1.53%", "pct_vs_sma_50 is 1.13%")
plant(B, "ww-200", "pattern", P, "6.50% above its 200-day", "6.50% below its 200-day", "below",
      "the index is above its 200-day average")
plant(B, "ww-crossd", "date", DU, "on Sept 21", "on Sept 14", "Sept 14", "the golden cross was on Sep 21")
plant(B, "ww-slope", "trend", V, "has climbed 1.77%", "has climbed 2.77%", "2.77%",
      "the 50-day's 20-session slope is +1.77%")
plant(B, "ww-macd", "indicator", IND, "remained under its signal line", "remained above its signal line",
      "above its signal", "MACD 8.49 is below its 16.37 signal")
plant(B, "ww-dax", "value", V, "0.62% to 24,106.94", "0.62% to 24,160.94", "24,160.94",
      "the DAX closed at 24,106.94")
plant(B, "ww-hs", "direction", D, "Hang Seng lost 1.21%", "Hang Seng gained 1.21%", "gained",
      "the Hang Seng fell 1.21%")
plant(B, "ww-wti", "value", V, "1.04% to 67.80", "1.04% to 68.70", "68.70", "WTI was 67.80")
plant(B, "ww-quote", "quotation", NU, "when the Dow added 0.1%", "when the Dow added 0.4%", "0.4%",
      "the cited wire [2] says the Dow added 0.1%")
plant(B, "ww-cite", "citation", CU, "Thursday [2]", "Thursday [3]", "[3]", "the wrap lists two sources")
plant(B, "ww-fed", "date", WM, "on Wednesday, Dec 9", "on Thursday, Dec 9", "Thursday",
      "Dec 9, 2026 is a Wednesday")
plant(B, "ww-sess", "value", V, "13 sessions from now", "18 sessions from now", "18 sessions",
      "the FOMC decision is 13 sessions away")
plant(B, "ww-scale", "scale", SC, "at 6,901.69, the Nasdaq", "at $690.17, the Nasdaq", "$690.17",
      "the S&P 500 is an index in points; a dollar price is on an ETF's scale")

B = "forum-IWM-2026-11-20"
clean(B, "IWM-2026-11-20", "forum", "md",
      "a personal-finance forum reply that quotes two other posters with '>' blocks, a join date, "
      "post count and karma in the header, and a signature",
      """**Re: Small caps dead money again? (page 3 of 7)**
*smallcap_sally - member since 2019 - 2,318 posts - Sat Nov 21, 2026 9:42 am*

> **dividend_dave wrote:** IWM went up again Friday, surely the breakout is on?

It went up, Dave, but barely: IWM closed at $244.30, up $0.73 or 0.30%, on 39.6M shares (1.3x
  normal). The Russell 2000 index did the same 0.30% to 2,456.17. Meanwhile SPY gained 1.10% and QQQ
  1.90%, so IWM trailed SPY by 0.80 pp and QQQ by 1.60 pp. That makes six sessions in a row behind
  SPY, by about 42 bp a day on average [1].

> **ThetaGangTom wrote:** The range is $240-$250 and it's been five weeks, per the blogs.

Close. The article [2] says "five weeks between $240 and $250", and the computed range is $241.00
  to $249.26 over 25 sessions, 3.43% wide. The top has been hit three times; the last close there
  was $249.26 on Thursday, Nov 12. Since then: $247.01 Fri, $247.26 Mon, $245.28 Tue, $244.79 Wed,
  $243.57 Thu, $244.30 Fri. The week as a whole lost 1.10%, the month 1.65%.

My own numbers:

* 50-day SMA $245.77 - IWM is 0.60% below it, and it has flattened (down 0.08% over 20 sessions).
* 200-day SMA $230.77 - 5.86% above it. Golden cross since Aug 10 (73 sessions).
* RSI 48.2, just under 50. MACD 0.31 vs signal 0.51, so below.
* Bollinger bands $239.63 / $250.15, 4.30% wide.
* Resistance: $245.00 (max pain for the Nov 27 expiry), then $249.26, then $252.53.
* Support: $242.80, then $241.00, then $240.02.
* Record close $257.77 on Nov 28, 2025; we are 5.23% under it.

So no, no breakout. A close above $249.26 would be the first sign. Until then it drifted up 0.30%,
  no more. FOMC is Wednesday, Dec 9.

--
*Sally. Index funds, two cats, one bad knee. "Time in the market."*

<<SOURCES>>""",
      sources=("ld-smallcaps20", "tw-box19"))
plant(B, "fo-close", "value", V, "IWM closed at $244.30", "IWM closed at $245.30", "$245.30",
      "the close was $244.30")
plant(B, "fo-chg", "value", V, "up $0.73", "up $0.37", "$0.37", "the change was $0.73")
plant(B, "fo-vol", "value", V, "39.6M shares", "49.6M shares", "49.6M", "volume was 39.6M")
plant(B, "fo-rut", "value", V, "0.30% to 2,456.17", "0.30% to 2,465.17", "2,465.17",
      "the Russell 2000 closed at 2,456.17")
plant(B, "fo-spy", "subject", V, "SPY gained 1.10%", "SPY gained 1.90%", "1.90%",
      "1.90% is QQQ's move; SPY rose 1.10%", real=True)
plant(B, "fo-dspy", "derived", DER, "trailed SPY by 0.80 pp", "trailed SPY by 1.20 pp", "1.20 pp",
      "0.30% - 1.10% = -0.80 pp")
plant(B, "fo-dqqq", "derived", DER, "QQQ by 1.60 pp", "QQQ by 2.10 pp", "2.10 pp", "0.30% - 1.90% = -1.60 pp")
plant(B, "fo-streak", "words", V, "six sessions in a row", "nine sessions in a row", "nine",
      "IWM has trailed SPY six sessions in a row")
plant(B, "fo-bp", "value", V, "about 42 bp", "about 72 bp", "72 bp", "the streak's average margin is -42 bp")
plant(B, "fo-quote", "quotation", NU, "\"five weeks between", "\"seven weeks between", "seven",
      "the cited piece [2] says five weeks")
plant(B, "fo-rlow", "value", V, "is $241.00\n  to $249.26", "is $241.50\n  to $249.26", "$241.50",
      "the range bottom is $241.00")
plant(B, "fo-rsess", "value", V, "over 25 sessions", "over 35 sessions", "35 sessions",
      "the range holds 25 sessions")
plant(B, "fo-hits", "level", V, "hit three times", "hit five times", "five",
      "the range top $249.26 has 3 touches")
plant(B, "fo-d12", "date", WM, "on Thursday, Nov 12", "on Wednesday, Nov 12", "Wednesday",
      "Nov 12, 2026 was a Thursday")
plant(B, "fo-mon", "history", V, "$247.26 Mon", "$246.26 Mon", "$246.26", "Monday Nov 16 closed at $247.26")
plant(B, "fo-wed", "history", V, "$244.79 Wed", "$244.97 Wed", "$244.97",
      "Wednesday Nov 18 closed at $244.79")
plant(B, "fo-week", "timeframe", V, "lost 1.10%, the month", "lost 1.65%, the month", "1.65%",
      "1.65% is the 1-month loss; the week lost 1.10%", real=True)
plant(B, "fo-50", "pattern", P, "IWM is 0.60% below it", "IWM is 0.60% above it", "above",
      "$244.30 is below the $245.77 50-day")
plant(B, "fo-flat", "trend", P, "it has flattened", "it is climbing steeply", "climbing steeply",
      "the 50-day fell 0.08% over 20 sessions")
plant(B, "fo-200", "value", V, "5.86% above it", "6.86% above it", "6.86%", "pct_vs_sma_200 is 5.86%")
plant(B, "fo-cross", "date", DU, "since Aug 10", "since Aug 17", "Aug 17", "the golden cross was on Aug 10")
plant(B, "fo-rsi", "indicator", IND, "just under 50", "just over 50", "just over 50", "RSI is 48.2")
plant(B, "fo-bb", "value", V, "4.30% wide", "5.30% wide", "5.30%", "the Bollinger width is 4.30%")
plant(B, "fo-sup", "level", LW, "* Support: $242.80", "* Resistance: $242.80", "$242.80",
      "$242.80 is below the $244.30 close")
plant(B, "fo-ath", "date", DU, "on Nov 28, 2025", "on Nov 21, 2025", "Nov 21, 2025",
      "the record close was Nov 28, 2025")
plant(B, "fo-athp", "value", V, "5.23% under it", "3.83% under it", "3.83%", "pct_from_ath is -5.23%")
plant(B, "fo-mg", "magnitude", MG, "it drifted up 0.30%", "it surged 0.30%", "surged",
      "0.30% is 0.2 ATR: no surge")
plant(B, "fo-fomc", "date", WM, "FOMC is Wednesday, Dec 9", "FOMC is Friday, Dec 9", "Friday",
      "Dec 9, 2026 is a Wednesday")
plant(B, "fo-cite", "citation", CU, "The article [2]", "The article [5]", "[5]", "the post lists two sources")
plant(B, "fo-scale", "scale", SC, "50-day SMA $245.77", "50-day SMA 2,457.70", "2,457.70",
      "IWM's 50-day is $245.77; 2,457.70 is the index's scale")
plant(B, "fo-dir", "direction", D, "IWM went up again Friday", "IWM went down again Friday", "went down",
      "IWM rose 0.30% on Friday")

B = "handover-RUT-2026-11-17"
clean(B, "idx_RUT-2026-11-17", "handover", "txt",
      "an equity desk's end-of-day handover log to the Asia desk, with shift times, a ticket count, "
      "a broken-printer line and a to-do list",
      """HANDOVER LOG - NY cash desk -> Asia desk | Tue 17 Nov 2026 | shift 06:30-17:00 ET | 14 tickets
  booked, 0 breaks | author: J. Okonkwo

1. RUSSELL 2000 (RUT)
   Closed 2,465.79, down 19.30 pts or 0.78%. Opened 2,479.40, high 2,486.79, low 2,459.06. Gapped
   down 0.23% and filled the gap in the first hour. Move was 0.6 ATR, nothing disorderly.
   Prior closes: Mon 2,485.09, Fri 13 Nov 2,482.49, Thu 12 Nov 2,505.20 (top of the range).
   Five-day -0.98%, one month +1.48%, YTD +0.85%.

2. AVERAGES / MOMENTUM
   Index slipped back under the 50-day (2,473.93) today; now 0.33% below it. 200-day at 2,318.38,
   6.36% above it. Golden cross intact since Mon 10 Aug, 70 sessions. 50-day has risen 0.39% over
   the last 20 sessions; 200-day has slipped 0.12%. RSI 50.1 = dead neutral. MACD 8.85 over its
   signal 5.83, hist +3.02.

3. RANGE / LEVELS
   22-session range 2,421.62 - 2,505.20 (3.45% wide). Range top tested twice. Above us: 50-day
   2,473.93, then 2,505.20, then swing high 2,537.49. Below: swing low 2,458.33 (0.30% under),
   round 2,450, swing low 2,440.36, range floor 2,421.62. Record close 2,591.09 (Fri 28 Nov 2025),
   we are 4.84% below.

4. CROSS-ASSET
   SPX -0.50% to 6,821.04, NDX -0.90% to 25,326.20, Dow -0.21% to 46,742.21. RUT did better than
   NDX by 0.13 pp, worse than SPX by 0.28 pp - third straight session of trailing SPX, by about
   29 bp a day. VIX up 6.02% to 17.60.
   Wire [1]: "the small-cap Russell 2000 slipped 0.8% to 2,465.79". Oil was the story: "oil ended
   at $67.35 a barrel" [1]. Friday's piece [2] had the band held "for four weeks".

5. CALENDAR
   FOMC Wed 9 Dec (16 sessions), CPI Thu 10 Dec (17 sessions).

TO DO: chase ops on the 2 unsigned allocations; printer on 31 still jammed (ticket IT-5520);
  coffee fund owes $42.

<<SOURCES>>""",
      sources=("hs-slides17", "ld-turns13"), source_format="foot")
plant(B, "ho-close", "value", V, "Closed 2,465.79", "Closed 2,456.79", "2,456.79", "the close was 2,465.79")
plant(B, "ho-pts", "value", V, "down 19.30 pts", "down 29.30 pts", "29.30", "the change was -19.30")
plant(B, "ho-pct", "direction", D, "down 19.30 pts or 0.78%", "up 19.30 pts or 0.78%", "up",
      "the index fell 0.78%")
plant(B, "ho-open", "value", V, "Opened 2,479.40", "Opened 2,474.90", "2,474.90", "the open was 2,479.40")
plant(B, "ho-low", "value", V, "low 2,459.06", "low 2,449.06", "2,449.06", "the day's low was 2,459.06")
plant(B, "ho-gap", "direction", D, "down 0.23% and filled", "up 0.23% and filled", "up 0.23%",
      "the open was below the prior close: a gap down")
plant(B, "ho-atr", "magnitude", V, "Move was 0.6 ATR", "Move was 1.9 ATR", "1.9 ATR", "the move was 0.6 ATR")
plant(B, "ho-mon", "history", V, "Mon 2,485.09", "Mon 2,482.09", "2,482.09",
      "Monday Nov 16 closed at 2,485.09")
plant(B, "ho-fri", "history", V, "Fri 13 Nov 2,482.49", "Fri 13 Nov 2,428.49", "2,428.49",
      "Friday Nov 13 closed at 2,482.49")
plant(B, "ho-thu", "date", WM, "Thu 12 Nov 2,505.20", "Wed 12 Nov 2,505.20", "Wed",
      "Nov 12, 2026 was a Thursday")
plant(B, "ho-5d", "timeframe", V, "Five-day -0.98%", "Five-day -0.78%", "-0.78%",
      "-0.78% is the 1-day move; the 5-day return is -0.98%", real=True)
plant(B, "ho-1m", "direction", D, "one month +1.48%", "one month -1.48%", "-1.48%",
      "the 1-month return is +1.48%")
plant(B, "ho-under", "pattern", P, "slipped back under the 50-day", "pushed back over the 50-day",
      "over the 50-day",
      "2,465.79 is below the 2,473.93 50-day")
plant(B, "ho-p50", "value", V, "now 0.33% below it", "now 0.83% below it", "0.83%", "pct_vs_sma_50 is -0.33%")
plant(B, "ho-200", "value", V, "200-day at 2,318.38", "200-day at 2,381.38", "2,381.38",
      "the 200-day is 2,318.38")
plant(B, "ho-crossd", "date", WM, "since Mon 10 Aug", "since Tue 10 Aug", "Tue", "Aug 10, 2026 was a Monday")
plant(B, "ho-slope", "trend", V, "risen 0.39% over", "risen 1.39% over", "1.39%",
      "the 50-day's 20-session slope is +0.39%")
plant(B, "ho-200s", "trend", P, "200-day has slipped 0.12%", "200-day has climbed 0.12%", "climbed",
      "the 200-day fell 0.12% over 20 sessions")
plant(B, "ho-rsi", "indicator", IND, "RSI 50.1 = dead neutral", "RSI 50.1 = oversold", "oversold",
      "RSI 50.1 is not oversold")
plant(B, "ho-macd", "indicator", IND, "MACD 8.85 over its", "MACD 8.85 under its", "under",
      "MACD 8.85 is above its 5.83 signal")
plant(B, "ho-rw", "value", V, "(3.45% wide)", "(4.45% wide)", "4.45%", "the range width is 3.45%")
plant(B, "ho-tests", "level", V, "Range top tested twice", "Range top tested four times", "four times",
      "the range top has 2 touches")
plant(B, "ho-sw", "level", LW, "Above us: 50-day", "Above us: 2,450, 50-day", "2,450",
      "the round 2,450 is below the 2,465.79 close; it cannot be above us", real=True)
plant(B, "ho-dist", "derived", DER, "(0.30% under)", "(1.15% under)", "1.15%",
      "2,458.33 / 2,465.79 - 1 = -0.30%")
plant(B, "ho-athd", "date", DU, "(Fri 28 Nov 2025)", "(Fri 21 Nov 2025)", "21 Nov 2025",
      "the record close was Nov 28, 2025")
plant(B, "ho-ndx", "subject", V, "NDX -0.90% to 25,326.20", "NDX -0.50% to 25,326.20", "-0.50%",
      "-0.50% is the S&P 500's move; the Nasdaq 100 fell 0.90%", real=True)
plant(B, "ho-dndx", "derived", DER, "by 0.13 pp", "by 0.43 pp", "0.43 pp",
      "-0.78% - (-0.90%) = 0.12 pp (0.13 unrounded)")
plant(B, "ho-streak", "words", V, "third straight session", "fifth straight session", "fifth",
      "RUT has trailed the S&P 500 three sessions in a row")
plant(B, "ho-vix", "direction", D, "VIX up 6.02%", "VIX down 6.02%", "down", "the VIX rose 6.02%")
plant(B, "ho-q1", "quotation", NU, "slipped 0.8% to 2,465.79\"", "slipped 1.8% to 2,465.79\"", "1.8%",
      "the wire [1] says 0.8%")
plant(B, "ho-q2", "quotation", NU, "\"for four weeks\"", "\"for six weeks\"", "six weeks",
      "the Nov 13 piece [2] says four weeks")
plant(B, "ho-cite", "citation", CU, "a barrel\" [1]", "a barrel\" [4]", "[4]", "the log lists two sources")
plant(B, "ho-fomc", "value", V, "(16 sessions)", "(12 sessions)", "12 sessions",
      "the FOMC decision is 16 sessions away")
plant(B, "ho-scale", "scale", SC, "range floor 2,421.62", "range floor $242.16", "$242.16",
      "the Russell 2000 is an index in points; a dollar price is on IWM's scale")
plant(B, "ho-cs", "citation", CS, "Friday's piece [2]", "Friday's piece [1]", "[1]",
      "source [1] (Tuesday's wire) says nothing of the band or of four weeks; that was the Nov 13 piece")

B = "notebook-QQQ-2025-11-17"
clean(B, "QQQ-2025-11-17", "notebook", "txt",
      "a quant analyst's notebook export: numbered cells, code comments, printed output and a "
      "markdown cell of conclusions, with row counts, seeds and run times",
      """In [1]: # qqq_daily_review.ipynb  --  kernel py3.11, run 2025-11-17 18:02, seed=7
In [2]: bars = load("QQQ", lookback=260)   # 260 rows loaded in 0.41 s
In [3]: bars.tail(1)
Out[3]: date=2025-11-17 (Mon)  open=$613.29  high=$626.07  low=$609.46  close=$622.21

In [4]: # day move
        print(chg_abs, chg_pct, atr_mult, z)
Out[4]: +$10.60  +1.73%  1.4 ATR  z=1.7

In [5]: # markdown: QQQ jumped 1.73% on the day and closed at a new record close of $622.21, above
        # the old high close of $620.26 from Thu Oct 23.
In [6]: prior = closes[-6:-1]; print(prior)
Out[6]: Mon 11-10 $605.03 | Tue 11-11 $610.76 | Wed 11-12 $615.65 | Thu 11-13 $612.16 | Fri 11-14 $611.61

In [7]: print(ret_5d, ret_1m, ret_ytd)
Out[7]: +2.84%  +1.68%  +14.73%

In [8]: print(vol, avg20, ratio)
Out[8]: 63.7M  40.8M  1.6x

In [9]: print(sma50, sma200, dist50, dist200)
Out[9]: $601.02  $538.92  +3.52%  +15.46%
        # price above both; golden cross on 2025-07-01 (Tue), 97 sessions ago
In [10]: print(slope50_20d, slope200_20d)
Out[10]: +2.04%  +1.17%   # both averages rising

In [11]: print(rsi14, macd, signal, hist)
Out[11]: 65.6  3.36  1.48  +1.88
         # rsi firm but not overbought; macd above signal

In [12]: print(bb_up, bb_mid, bb_lo, bb_width)
Out[12]: $627.15  $605.44  $583.73  7.17%

In [13]: peers()
Out[13]: NDX 25,582.79 +1.74% | SPY $684.44 +1.39% | DIA $481.59 +0.89% | IWM $247.41 +1.96% | VIX 13.47
  -4.67%
         # QQQ beat SPY by 0.35 pp and DIA by 0.84 pp, lagged IWM by 0.23 pp; 2 sessions ahead of SPY

In [14]: levels()
Out[14]: R $630 (round, 1.25% above) | $622.81 swing high, 1 touch | S $620 round | S $617.74 swing high
         | S $601.02 50-day zone, 2 touches

In [15]: setup()
Out[15]: long: entry $630.56 / stop $620.12 / target $655.61 / R:R 2.4

In [16]: range20()
Out[16]: $588.73 - $622.21, 20 sessions, 5.69% wide   # closing at the top of it

## Conclusions (markdown cell)
- New record close, on 1.6x volume. Trend up on both averages.
- 52-week low was $411.68 on Apr 16, 2025: QQQ is 51.14% above it.
- Next: recompute at 16:30 tomorrow; 3 TODOs left in the cell below.""")
plant(B, "nb-open", "value", V, "open=$613.29", "open=$616.29", "$616.29", "the open was $613.29")
plant(B, "nb-close", "value", V, "close=$622.21", "close=$627.21", "$627.21", "the close was $622.21")
plant(B, "nb-wd", "date", WM, "date=2025-11-17 (Mon)", "date=2025-11-17 (Tue)", "Tue",
      "Nov 17, 2025 was a Monday")
plant(B, "nb-chg", "value", V, "+$10.60", "+$16.60", "$16.60", "the 1-day change was $10.60")
plant(B, "nb-atr", "value", V, "1.4 ATR", "2.4 ATR", "2.4 ATR", "the move was 1.4 ATR", real=True)
plant(B, "nb-mg", "magnitude", MG, "QQQ jumped 1.73%", "QQQ edged up 1.73%", "edged up",
      "a 1.73% move of 1.4 ATR is no edge")
plant(B, "nb-rec", "pattern", P, "closed at a new record close of $622.21",
      "closed just under its record close of $622.21",
      "just under its record close", "$622.21 is the record close, set this session")
plant(B, "nb-oldh", "history", V, "old high close of $620.26", "old high close of $621.26", "$621.26",
      "the highest earlier close was $620.26 (Oct 23, 2025)")
plant(B, "nb-oldd", "date", WM, "from Thu Oct 23", "from Fri Oct 23", "Fri", "Oct 23, 2025 was a Thursday")
plant(B, "nb-tue", "history", V, "Tue 11-11 $610.76", "Tue 11-11 $612.76", "$612.76",
      "Nov 11 closed at $610.76")
plant(B, "nb-fri", "history", V, "Fri 11-14 $611.61", "Fri 11-14 $615.61", "$615.61",
      "Nov 14 closed at $611.61")
plant(B, "nb-5d", "value", V, "+2.84%  +1.68%", "+3.84%  +1.68%", "+3.84%", "the 5-day return is 2.84%")
plant(B, "nb-ytd", "timeframe", V, "+14.73%", "+15.46%", "+15.46%",
      "15.46% is the distance from the 200-day; the YTD return is 14.73%", real=True)
plant(B, "nb-vol", "value", V, "63.7M  40.8M", "73.7M  40.8M", "73.7M", "volume was 63.7M")
plant(B, "nb-s50", "value", V, "$601.02  $538.92", "$610.02  $538.92", "$610.02", "the 50-day is $601.02")
plant(B, "nb-d200", "value", V, "+15.46%", "+13.46%", "+13.46%", "pct_vs_sma_200 is 15.46%")
plant(B, "nb-cross", "date", DU, "golden cross on 2025-07-01", "golden cross on 2025-07-08", "2025-07-08",
      "the golden cross was on Jul 1, 2025")
plant(B, "nb-ago", "value", V, "97 sessions ago", "79 sessions ago", "79 sessions",
      "the cross is 97 sessions old")
plant(B, "nb-sl", "trend", V, "+2.04%  +1.17%", "+2.04%  +3.17%", "+3.17%",
      "the 200-day's 20-session slope is +1.17%")
plant(B, "nb-slw", "trend", P, "# both averages rising", "# both averages falling", "falling",
      "both averages rose over 20 sessions")
plant(B, "nb-rsi", "indicator", IND, "rsi firm but not overbought", "rsi deeply overbought", "overbought",
      "RSI 65.6 is under 70")
plant(B, "nb-macd", "indicator", IND, "macd above signal", "macd below signal", "below signal",
      "MACD 3.36 is above its 1.48 signal")
plant(B, "nb-bw", "value", V, "$583.73  7.17%", "$583.73  6.17%", "6.17%", "the Bollinger width is 7.17%")
plant(B, "nb-iwm", "subject", V, "IWM $247.41 +1.96%", "IWM $247.41 +1.39%", "+1.39%",
      "1.39% is SPY's move; IWM rose 1.96%", real=True)
plant(B, "nb-dspy", "derived", DER, "beat SPY by 0.35 pp", "beat SPY by 0.55 pp", "0.55 pp",
      "1.73% - 1.39% = 0.35 pp (unrounded)")
plant(B, "nb-diwm", "direction", D, "lagged IWM by 0.23 pp", "beat IWM by 0.23 pp", "beat IWM",
      "QQQ rose 1.73%, IWM 1.96%: QQQ lagged")
plant(B, "nb-r", "level", LW, "| S $620 round", "| R $620 round", "$620", "$620 is below the $622.21 close")
plant(B, "nb-touch", "level", V, "2 touches", "4 touches", "4 touches", "the 50-day zone has 2 touches")
plant(B, "nb-stop", "setup", SG, "stop $620.12", "stop $632.12", "$632.12",
      "a long's stop must be below its $630.56 entry")
plant(B, "nb-rr", "setup", SRR, "R:R 2.4", "R:R 3.4", "3.4", "(655.61-630.56)/(630.56-620.12) = 2.4")
plant(B, "nb-rw", "value", V, "5.69% wide", "5.96% wide", "5.96%", "the range width is 5.69%")
plant(B, "nb-top", "direction", D, "closing at the top of it", "closing at the bottom of it", "bottom",
      "$622.21 is the range's top")
plant(B, "nb-lowd", "date", DU, "on Apr 16, 2025", "on Apr 9, 2025", "Apr 9, 2025",
      "the 52-week low was on Apr 16, 2025")
plant(B, "nb-lowp", "value", V, "51.14% above it", "41.14% above it", "41.14%", "pct_from_52w_low is 51.14%")
plant(B, "nb-scale", "scale", SC, "S $617.74 swing high", "S 6,177.40 swing high", "6,177.40",
      "QQQ is an ETF in dollars; 6,177.40 is on an index's scale")

B = "icmemo-DIA-2026-11-20"
clean(B, "DIA-2026-11-20", "committee-memo", "md",
      "an endowment investment committee's vote memo on trimming a Dow ETF sleeve: attendance, the "
      "motion, the vote tally, the sleeve's dollar size and the market background",
      """# Investment Committee - Vote Memo No. 2026-41

**Date of meeting:** Saturday, Nov 21, 2026, 10:00-11:20 (7 of 9 members present; quorum is 5)
**Motion:** trim the DIA sleeve from $4.2 million to $3.5 million (about 17%)

## Market background (as of the Friday, Nov 20 close)

DIA closed at $471.60, up $2.81 or 0.60%, its third higher close in a row (+1.00% over the three).
  Volume was 5.5M shares, 1.6 times the 20-day average of 3.4M. The Dow itself rose 0.58% to
  47,220.31. DIA lagged SPY (+1.10%) by 0.50 pp and QQQ (+1.90%) by 1.30 pp but beat IWM (+0.30%)
  by 0.30 pp.

Earlier in the week the Dow had gained 0.3% on Wednesday to 46,891.82, with DIA at $468.32 [1],
  and it "added 0.1% to 46,946.60" on Thursday [2]. DIA's closes: $467.85 Monday, $466.92
  Tuesday, $468.32 Wednesday, $468.79 Thursday. The week ended up 1.10%; the month is down 0.17%
  and the year down 0.72%.

DIA sits 0.85% above its 50-day average ($467.61) and 3.69% above its 200-day ($454.80); the golden
  cross dates from Friday, Oct 2 (35 sessions). The 50-day has firmed 0.75% over 20 sessions while
  the 200-day has eased 0.32%. RSI is 55.5, neutral. MACD (0.34) is below its signal (0.47).

The fund has spent 43 sessions between $464.29 and $474.50, a 2.20% range, and Friday's close is
  in the upper half. Resistance: $473.00 (three touches, also max pain for Nov 27), $474.50, then
  the $476.13 swing zone. Support: the round $470, the 50-day zone near $467.61 (four touches), then
  $464.29. The record close is $493.91 from Monday, Jan 12, 4.52% above; the year's low close was
  $423.43 on Apr 30.

## Discussion

Ms. Adeyemi noted the fund is only 0.96% below the $476.13 swing zone, "and 4.52% under the
  record". Mr. Lindqvist argued the sleeve had merely crept up 0.60% on the day, hardly a reason to
  sell. The chair reminded members of the FOMC decision on Wednesday, Dec 9.

## Vote

For: 5. Against: 2. Abstain: 0. **Motion carried.** Execution by Dec 4; cost estimate $1,150.

<<SOURCES>>

*Minutes to be approved at meeting No. 2026-42. Page 1 of 1.*""",
      sources=("tw-dow18", "hs-edge19"))
plant(B, "ic-close", "value", V, "DIA closed at $471.60", "DIA closed at $474.60", "$474.60",
      "the close was $471.60")
plant(B, "ic-chg", "value", V, "up $2.81", "up $2.18", "$2.18", "the change was $2.81")
plant(B, "ic-streak", "words", V, "third higher close in a row", "fifth higher close in a row", "fifth",
      "DIA's close streak is 3 sessions")
plant(B, "ic-strp", "history", V, "(+1.00% over the three)", "(+1.80% over the three)", "+1.80%",
      "the 3-session streak gained 1.00%")
plant(B, "ic-vol", "value", V, "1.6 times", "2.6 times", "2.6 times", "the volume ratio is 1.6")
plant(B, "ic-dji", "subject", V, "rose 0.58% to\n  47,220.31", "rose 0.60% to\n  47,220.31", "0.60%",
      "0.60% is DIA's move; the Dow rose 0.58%", real=True)
plant(B, "ic-dspy", "derived", DER, "by 0.50 pp", "by 0.80 pp", "0.80 pp",
      "0.60% - 1.10% = -0.50 pp", real=True)
plant(B, "ic-dqqq", "derived", DER, "by 1.30 pp", "by 1.70 pp", "1.70 pp", "0.60% - 1.90% = -1.30 pp")
plant(B, "ic-iwm", "direction", D, "but beat IWM", "but lagged IWM", "lagged IWM",
      "DIA +0.60% beat IWM +0.30%")
plant(B, "ic-src1", "history", V, "to 46,891.82, with DIA at $468.32 [1]",
      "to 46,891.82, with DIA at $463.32 [1]",
      "$463.32", "the cited piece [1] and the bars give DIA's Wednesday close as $468.32")
plant(B, "ic-q2", "quotation", NU, "\"added 0.1% to 46,946.60\"", "\"added 0.4% to 46,946.60\"", "0.4%",
      "the cited wire [2] says 0.1%")
plant(B, "ic-mon", "history", V, "$467.85 Monday", "$468.85 Monday", "$468.85",
      "Monday Nov 16 closed at $467.85")
plant(B, "ic-tue", "history", V, "$466.92\n  Tuesday", "$466.92\n  Friday", "$466.92",
      "$466.92 was Tuesday's close; the Friday before closed at $466.45")
plant(B, "ic-week", "direction", D, "The week ended up 1.10%", "The week ended down 1.10%", "down",
      "the 5-day return is +1.10%")
plant(B, "ic-year", "timeframe", V, "the year down 0.72%", "the year down 0.17%", "0.17%",
      "0.17% is the 1-month loss; the year is down 0.72%", real=True)
plant(B, "ic-p50", "value", V, "sits 0.85% above", "sits 0.58% above", "0.58%",
      "pct_vs_sma_50 is 0.85%", real=True)
plant(B, "ic-p200", "pattern", P, "3.69% above its 200-day", "3.69% below its 200-day", "below",
      "DIA is above its 200-day")
plant(B, "ic-crossd", "date", WM, "from Friday, Oct 2", "from Thursday, Oct 2", "Thursday",
      "Oct 2, 2026 was a Friday")
plant(B, "ic-slope", "trend", P, "the 200-day has eased 0.32%", "the 200-day has risen 0.32%", "risen",
      "the 200-day fell 0.32% over 20 sessions")
plant(B, "ic-rsi", "indicator", IND, "RSI is 55.5, neutral", "RSI is 55.5, overbought", "overbought",
      "RSI 55.5 is not overbought")
plant(B, "ic-macd", "negation", IND, "MACD (0.34) is below its signal", "MACD (0.34) is not below its signal",
      "not below", "MACD 0.34 is below its 0.47 signal")
plant(B, "ic-rs", "value", V, "spent 43 sessions", "spent 34 sessions", "34 sessions",
      "the range holds 43 sessions")
plant(B, "ic-half", "direction", D, "is\n  in the upper half", "is\n  in the lower half", "lower half",
      "$471.60 is above the range's midpoint $469.40")
plant(B, "ic-r", "level", LW, "Support: the round $470", "Resistance: the round $470", "$470",
      "$470 is below the $471.60 close")
plant(B, "ic-t4", "level", V, "(four touches)", "(six touches)", "six touches",
      "the 50-day zone has 4 touches")
plant(B, "ic-athd", "date", WM, "from Monday, Jan 12", "from Tuesday, Jan 12", "Tuesday",
      "Jan 12, 2026 was a Monday")
plant(B, "ic-lowd", "date", DU, "$423.43 on Apr 30", "$423.43 on Apr 3", "Apr 3",
      "the 52-week low close was Apr 30")
plant(B, "ic-dist", "derived", DER, "only 0.96% below", "only 1.46% below", "1.46%",
      "476.13 / 471.60 - 1 = 0.96%")
plant(B, "ic-mg", "magnitude", MG, "merely crept up 0.60%", "merely soared 0.60%", "soared",
      "0.60% is 0.6 ATR: no soaring move")
plant(B, "ic-fomc", "date", WM, "on Wednesday, Dec 9", "on Monday, Dec 9", "Monday",
      "Dec 9, 2026 is a Wednesday")
plant(B, "ic-cite", "citation", CU, "on Thursday [2]", "on Thursday [3]", "[3]", "the memo lists two sources")
plant(B, "ic-scale", "scale", SC, "200-day ($454.80)", "200-day (45,480.00)", "45,480.00",
      "DIA is an ETF in dollars; 45,480.00 is on the Dow's scale")

B = "chartday-SPY-2026-11-17"
clean(B, "SPY-2026-11-17", "chart-email", "txt",
      "a technician's 'chart of the day' e-mail to subscribers: subject line, a described chart with "
      "annotations, a fade setup, an unsubscribe footer and a postal address",
      """Subject: Chart of the Day #212 - SPY sits on its 50-day (Tue, Nov 17)

Good evening,

Today's chart is a daily candle chart of SPY with the 50-day and 200-day averages and the 40-session
  range drawn in. Annotations A to E are marked on it.

A. The candle: SPY opened at $682.51, reached $683.69, fell as low as $676.68 and closed at $679.84,
  down $3.41 or 0.50%. The S&P 500 index lost 0.5% to 6,821.04 [2]. A modest down day: 0.5 ATR.
  Volume 73.0M, about 1.1 times normal.

B. The 50-day average, $679.19: SPY closed just 0.09% above it. On Monday the index had bounced
  "staying above its 50-day moving average" and SPY closed at $683.25 [1]. The line has risen 2.16%
  over the last 20 sessions. The 200-day is far below at $645.83 (5.27% under the price) and is
  rising slowly, 0.13% over the same stretch. The golden cross of Monday, Sep 21 is 41 sessions old.

C. The range: $673.92 to $694.71 for 40 sessions, 3.08% wide. The top, the record close of $694.71
  from Oct 22, has been touched five times; SPY is 2.14% below it. The floor, $673.92, is 0.87%
  under today's close.

D. Momentum: RSI 46.8, a touch below the midline. MACD 1.09 has slipped under its 2.42 signal line.
  The lower Bollinger band is at $676.76, which today's low briefly pierced.

E. Recent closes: $683.25 Monday, $680.53 Friday Nov 13, $684.64 Thursday Nov 12, $686.70
  Wednesday Nov 11. The week is down 0.80% and the month 1.06%; the year is still up 2.05%.

Elsewhere: QQQ fell 0.90% to $615.97, IWM 0.80% to $245.28, DIA 0.20% to $466.92. SPY fell less
  than QQQ by 0.40 pp but more than DIA by 0.30 pp. The VIX rose 6.02% to 17.60.

Setup: a fade long on a dip to the range floor, entry $673.92, stop $668.55, target $691.80 (the
  bottom of the range-top zone). Reward to risk about 3.3 to 1. Supports under that: $670.42 and
  $666.26 (three touches).

Next FOMC: Wednesday, Dec 9, 16 sessions away.

- Ruth

Sources:
<<SOURCES>>

You are receiving this because you subscribed at a seminar (fee $49). Unsubscribe: reply STOP.
Chartroom Letters, 1200 Harbor Ave, Suite 7, Portland, ME 04101""",
      sources=("tw-50day16", "hs-slides17"))
plant(B, "cd-open", "value", V, "opened at $682.51", "opened at $685.51", "$685.51", "the open was $682.51")
plant(B, "cd-hi", "value", V, "reached $683.69", "reached $688.69", "$688.69", "the high was $683.69")
plant(B, "cd-close", "value", V, "closed at $679.84", "closed at $678.84", "$678.84", "the close was $679.84")
plant(B, "cd-chg", "direction", D, "down $3.41 or 0.50%", "up $3.41 or 0.50%", "up", "SPY fell 0.50%")
plant(B, "cd-mg", "magnitude", MG, "A modest down day", "A crushing down day", "crushing",
      "a 0.50% fall of 0.5 ATR is modest")
plant(B, "cd-vol", "value", V, "Volume 73.0M", "Volume 78.0M", "78.0M", "volume was 73.0M")
plant(B, "cd-50", "value", V, "The 50-day average, $679.19", "The 50-day average, $677.19", "$677.19",
      "the 50-day is $679.19")
plant(B, "cd-above", "pattern", P, "closed just 0.09% above it", "closed just 0.09% below it", "below it",
      "$679.84 is above the $679.19 50-day")
plant(B, "cd-q1", "quotation", NU, "\"staying above its 50-day moving average\"",
      "\"staying above its 100-day moving average\"", "100-day",
      "the cited piece [1] says 50-day; a quoted figure it does not print")
plant(B, "cd-src", "history", V, "SPY closed at $683.25 [1]", "SPY closed at $683.52 [1]", "$683.52",
      "SPY's Monday close was $683.25 (bars and source [1])")
plant(B, "cd-slope", "trend", V, "risen 2.16%", "risen 3.46%", "3.46%",
      "the 50-day's 20-session slope is +2.16%")
plant(B, "cd-200", "value", V, "(5.27% under the price)", "(6.27% under the price)", "6.27%",
      "pct_vs_sma_200 is 5.27%")
plant(B, "cd-200s", "trend", P, "rising slowly, 0.13%", "falling slowly, 0.13%", "falling",
      "the 200-day rose 0.13% over 20 sessions")
plant(B, "cd-crossd", "date", WM, "Monday, Sep 21", "Friday, Sep 21", "Friday", "Sep 21, 2026 was a Monday")
plant(B, "cd-age", "value", V, "41 sessions old", "14 sessions old", "14 sessions",
      "the cross is 41 sessions old")
plant(B, "cd-rs", "words", V, "for 40 sessions", "for 30 sessions", "30 sessions",
      "the range holds 40 sessions")
plant(B, "cd-athd", "date", DU, "from Oct 22", "from Oct 12", "Oct 12", "the record close was on Oct 22")
plant(B, "cd-five", "level", V, "touched five times", "touched eight times", "eight",
      "the range top has 5 touches")
plant(B, "cd-floor", "derived", DER, "is 0.87%\n  under", "is 1.27%\n  under", "1.27%",
      "673.92 / 679.84 - 1 = -0.87%")
plant(B, "cd-rsi", "indicator", IND, "a touch below the midline", "a touch above the midline",
      "above the midline",
      "RSI 46.8 is below 50")
plant(B, "cd-macd", "indicator", IND, "has slipped under its 2.42 signal", "has climbed over its 2.42 signal",
      "over", "MACD 1.09 is below its 2.42 signal")
plant(B, "cd-bb", "direction", D, "which today's low briefly pierced", "which today's close fell through",
      "close fell through",
      "the close $679.84 is above the $676.76 lower band (only the low $676.68 dipped under)")
plant(B, "cd-fri", "history", V, "$680.53 Friday Nov 13", "$681.53 Friday Nov 13", "$681.53",
      "Friday Nov 13 closed at $680.53")
plant(B, "cd-wed", "date", WM, "$686.70\n  Wednesday Nov 11", "$686.70\n  Tuesday Nov 11", "Tuesday",
      "Nov 11, 2026 was a Wednesday")
plant(B, "cd-month", "timeframe", V, "the month 1.06%", "the month 0.80%", "0.80%",
      "0.80% is the weekly loss; the month lost 1.06%", real=True)
plant(B, "cd-iwm", "subject", V, "IWM 0.80% to $245.28", "IWM 0.90% to $245.28", "0.90%",
      "0.90% is QQQ's loss; IWM fell 0.80%", real=True)
plant(B, "cd-dqqq", "derived", DER, "by 0.40 pp", "by 0.75 pp", "0.75 pp", "-0.50% - (-0.90%) = 0.40 pp")
plant(B, "cd-vix", "direction", D, "The VIX rose 6.02%", "The VIX fell 6.02%", "fell", "the VIX rose 6.02%")
plant(B, "cd-stop", "setup", SG, "stop $668.55", "stop $675.55", "$675.55",
      "a long's stop must be below its $673.92 entry")
plant(B, "cd-rr", "setup", SRR, "about 3.3 to 1", "about 1.3 to 1", "1.3 to 1",
      "(691.80-673.92)/(673.92-668.55) = 3.3")
plant(B, "cd-sup", "level", LW, "Supports under that: $670.42", "Resistances over that: $670.42", "$670.42",
      "$670.42 is below the $679.84 close")
plant(B, "cd-fomc", "value", V, "16 sessions away", "13 sessions away", "13 sessions",
      "the FOMC decision is 16 sessions away")
plant(B, "cd-cite", "citation", CU, "to 6,821.04 [2]", "to 6,821.04 [3]", "[3]",
      "the e-mail lists two sources")
plant(B, "cd-scale", "scale", SC, "far below at $645.83", "far below at 6,458.30", "6,458.30",
      "SPY's 200-day is $645.83; 6,458.30 is on the index's scale")

B = "pitchdeck-QQQ-2026-11-17"
clean(B, "QQQ-2026-11-17", "slides", "md",
      "a pitch deck for an internal tech-allocation proposal, slide by slide with speaker notes, a "
      "slide counter, a budget line and a headcount",
      """### Slide 1 of 6 - "Tech on sale?" (Growth sleeve proposal, Wed Nov 18, 2026)
Team: 4 analysts. Budget asked: $250,000 of the growth sleeve.

### Slide 2 of 6 - What happened Tuesday
- QQQ closed at $615.97, down $5.59 (-0.90%); it finished at the low of the day ($615.95) after
  opening at $620.75 and touching $624.18.
- Volume 61.1M, 1.5x the 20-day average of 42.0M.
- The Nasdaq 100 fell 0.90% to 25,326.20; SPY -0.50%, DIA -0.20%, IWM -0.80%.
- QQQ trailed SPY by 0.40 pp and DIA by 0.70 pp.

*Speaker notes: stress that the tape described it as orderly. The article [1] has QQQ "2.2% short
  of the record close of $629.76 it posted on Nov. 11". VIX up 6.02% to 17.60.*

### Slide 3 of 6 - Where the trend stands
- 50-day SMA $612.70, price 0.53% above it. 200-day $579.82, price 6.24% above it.
- Golden cross since Monday, Jul 27 (80 sessions). 50-day up 1.77% in 20 sessions, 200-day up
  0.21%.
- RSI 48.4 (below 50). MACD 2.43 vs signal 3.05: under it.

*Speaker notes: the 50-day has not been tested since the cross; nobody on the team remembers a
  cleaner uptrend in 3 years.*

### Slide 4 of 6 - The map
| Zone | Price | Side |
|---|---|---|
| Record close (Wed, Nov 11) | $629.76 | resistance, 2.24% above |
| Swing zone | $623.73 | resistance, 2 touches |
| Round | $620 | resistance |
| 50-day | $612.70 | support |
| Swing zone | $609.62 | support, 2 touches |
| Range floor | $606.02 | support, 1.62% below |

Range: 40 sessions, $606.02 to $629.76, 3.92% wide. Intraday record $632.37 on Thursday, Nov 12.

### Slide 5 of 6 - The ask
Buy on a pullback to the 50-day at $612.70, stop $606.71, first target $622.21: about 1.6 to 1.
  The last five closes: $629.76 (Nov 11), $625.98, $618.47, $621.56, $615.97. Week -1.80%, month
  -0.72%, year +3.16%.

### Slide 6 of 6 - Risks
FOMC on Wednesday, Dec 9 (16 sessions), CPI on Thursday, Dec 10. Q&A: 10 minutes.

<<SOURCES>>""",
      sources=("tw-nasdaq17",), source_format="md")
plant(B, "pd-close", "value", V, "QQQ closed at $615.97", "QQQ closed at $615.79", "$615.79",
      "the close was $615.97")
plant(B, "pd-chg", "value", V, "down $5.59", "down $5.95", "$5.95", "the change was -$5.59")
plant(B, "pd-pct", "direction", D, "(-0.90%)", "(+0.90%)", "+0.90%", "QQQ fell 0.90%")
plant(B, "pd-low", "direction", D, "finished at the low of the day", "finished at the high of the day",
      "high of the day", "the close $615.97 sat at the day's low $615.95")
plant(B, "pd-open", "value", V, "opening at $620.75", "opening at $622.75", "$622.75", "the open was $620.75")
plant(B, "pd-vol", "value", V, "Volume 61.1M", "Volume 66.1M", "66.1M", "volume was 61.1M")
plant(B, "pd-ndx", "value", V, "0.90% to 25,326.20", "0.90% to 25,362.20", "25,362.20",
      "the Nasdaq 100 closed at 25,326.20")
plant(B, "pd-dia", "subject", V, "DIA -0.20%", "DIA -0.80%", "-0.80%",
      "-0.80% is IWM's move; DIA fell 0.20%", real=True)
plant(B, "pd-dspy", "derived", DER, "trailed SPY by 0.40 pp", "trailed SPY by 0.55 pp", "0.55 pp",
      "-0.90% - (-0.50%) = -0.40 pp")
plant(B, "pd-q", "quotation", NU, "\"2.2% short", "\"3.2% short", "3.2%", "the cited article [1] says 2.2%")
plant(B, "pd-vix", "direction", D, "VIX up 6.02%", "VIX down 6.02%", "down", "the VIX rose 6.02%")
plant(B, "pd-50", "value", V, "50-day SMA $612.70", "50-day SMA $617.20", "$617.20", "the 50-day is $612.70")
plant(B, "pd-p50", "pattern", P, "price 0.53% above it", "price 0.53% below it", "below it",
      "$615.97 is above the $612.70 50-day")
plant(B, "pd-p200", "value", V, "6.24% above it", "8.24% above it", "8.24%", "pct_vs_sma_200 is 6.24%")
plant(B, "pd-crossd", "date", WM, "Monday, Jul 27", "Tuesday, Jul 27", "Tuesday", "Jul 27, 2026 was a Monday")
plant(B, "pd-age", "value", V, "(80 sessions)", "(88 sessions)", "88 sessions",
      "the cross is 80 sessions old")
plant(B, "pd-slope", "trend", V, "50-day up 1.77% in 20 sessions", "50-day up 2.77% in 20 sessions", "2.77%",
      "the 50-day's 20-session slope is +1.77%")
plant(B, "pd-200s", "trend", P, "200-day up\n  0.21%", "200-day down\n  0.21%", "down",
      "the 200-day rose 0.21% over 20 sessions")
plant(B, "pd-rsi", "indicator", IND, "RSI 48.4 (below 50)", "RSI 48.4 (above 50)", "above 50",
      "RSI 48.4 is below 50")
plant(B, "pd-macd", "indicator", IND, "vs signal 3.05: under it", "vs signal 3.05: over it", "over it",
      "MACD 2.43 is below its 3.05 signal")
plant(B, "pd-athd", "date", WM, "Record close (Wed, Nov 11)", "Record close (Fri, Nov 11)", "Fri",
      "Nov 11, 2026 was a Wednesday")
plant(B, "pd-athp", "value", V, "resistance, 2.24% above", "resistance, 2.84% above", "2.84%",
      "$629.76 is 2.24% above the close")
plant(B, "pd-t2", "level", V, "resistance, 2 touches", "resistance, 6 touches", "6 touches",
      "the $623.73 swing zone has 2 touches")
plant(B, "pd-sw", "level", LW, "| $609.62 | support,", "| $609.62 | resistance,", "$609.62",
      "$609.62 is below the $615.97 close")
plant(B, "pd-floor", "derived", DER, "support, 1.62% below", "support, 2.12% below", "2.12%",
      "606.02 / 615.97 - 1 = -1.62%")
plant(B, "pd-rw", "value", V, "3.92% wide", "2.92% wide", "2.92%", "the range width is 3.92%")
plant(B, "pd-ihd", "date", DU, "on Thursday, Nov 12", "on Thursday, Nov 19", "Nov 19",
      "the intraday record was set Nov 12; Nov 19 is after this session")
plant(B, "pd-stop", "setup", SG, "stop $606.71", "stop $614.71", "$614.71",
      "a long's stop must be below its $612.70 entry")
plant(B, "pd-rr", "setup", SRR, "about 1.6 to 1", "about 3.6 to 1", "3.6 to 1",
      "(622.21-612.70)/(612.70-606.71) = 1.6")
plant(B, "pd-c2", "history", V, "$625.98, $618.47", "$625.98, $619.47", "$619.47",
      "Friday Nov 13 closed at $618.47")
plant(B, "pd-week", "timeframe", V, "Week -1.80%", "Week -0.72%", "-0.72%",
      "-0.72% is the 1-month return; the week was -1.80%", real=True)
plant(B, "pd-fomc", "date", WM, "FOMC on Wednesday, Dec 9", "FOMC on Thursday, Dec 9", "Thursday",
      "Dec 9, 2026 is a Wednesday")
plant(B, "pd-cite", "citation", CU, "The article [1]", "The article [2]", "[2]", "the deck lists one source")
plant(B, "pd-scale", "scale", SC, "Range floor | $606.02", "Range floor | 6,060.20", "6,060.20",
      "QQQ is an ETF in dollars; 6,060.20 is on an index's scale")

B = "margin-IWM-2026-11-17"
clean(B, "IWM-2026-11-17", "margin-notice", "txt",
      "a clearing broker's end-of-day margin notice to a retail client holding IWM: account number, "
      "position size, house requirement in percent, a deadline and a phone extension",
      """NORTHGATE CLEARING - MARGIN NOTICE (courtesy, no call issued)
Account: ****-7731   Date: Tuesday, November 17, 2026   Position: 1,200 sh IWM   Ref: MN-88120

Dear client,

This notice explains the move in your largest position today. No action is needed unless your
  equity falls under the 30% house requirement (you are at 41% after today).

1) Price. IWM closed at $245.28, down $1.98 or 0.80% from Monday's $247.26. It opened at $246.64,
  traded between $244.61 and $247.37, and ended nearer the low than the high. Volume 31.1M, about
  the 20-day average (29.8M). The move equals 0.6 of the average true range of $3.22 (1.31% of
  price), an ordinary day.

2) Market. The Russell 2000 fell 0.78% to 2,465.79; the wire reported that "small caps lose 0.8%"
  (1). SPY fell 0.50%, QQQ 0.90% and DIA 0.20%. IWM did worse than SPY by 0.30 pp - the third
  session in a row - but better than QQQ by 0.10 pp. The VIX rose to 17.60. Last Friday the index
  had "fell 0.9% to 2,482.49" with IWM at $247.01 (2).

3) Trend. IWM is 0.38% below its 50-day average of $246.21 and 6.32% above its 200-day of $230.71.
  The 50-day rose 0.38% over 20 sessions; the 200-day slipped 0.12%. The two averages have been in
  a golden cross since Aug 10 (70 sessions). RSI 50.0 exactly; MACD 0.86 above the 0.57 signal.

4) Levels your broker watches. Resistance: $246.21 (the 50-day), $249.26 (range top, two touches),
  $252.53. Support: $244.79 (0.20% below), $242.80, $241.00 (range bottom), $240.02. The range has
  held 22 sessions and is 3.43% wide. The record close is $257.77 (Nov 28, 2025), 4.85% above.

5) History. Closes: $249.26 Thu Nov 12 (the top of the range), $247.01 Fri Nov 13, $247.26 Mon Nov
  16. Over five sessions IWM lost 1.00%; over a month it gained 1.46%; this year, +0.82%.

6) Dates. FOMC decision Wednesday, Dec 9 (16 sessions). Maintenance is recalculated at 20:00 ET.

Questions: margin desk, ext. 2207, 8 a.m.-6 p.m.

Sources
<<SOURCES>>""",
      sources=("hs-slides17", "hs-chips13"), source_format="paren")
plant(B, "mg-close", "value", V, "IWM closed at $245.28", "IWM closed at $245.82", "$245.82",
      "the close was $245.28")
plant(B, "mg-chg", "value", V, "down $1.98", "down $1.89", "$1.89", "the change was -$1.98")
plant(B, "mg-pct", "direction", D, "down $1.98 or 0.80%", "up $1.98 or 0.80%", "up", "IWM fell 0.80%")
plant(B, "mg-prev", "history", V, "from Monday's $247.26", "from Monday's $247.62", "$247.62",
      "Monday closed at $247.26")
plant(B, "mg-open", "value", V, "opened at $246.64", "opened at $246.46", "$246.46", "the open was $246.64")
plant(B, "mg-pos", "direction", D, "nearer the low than the high", "nearer the high than the low",
      "nearer the high", "$245.28 is nearer the $244.61 low than the $247.37 high")
plant(B, "mg-vol", "value", V, "Volume 31.1M", "Volume 33.1M", "33.1M", "volume was 31.1M")
plant(B, "mg-atr", "value", V, "true range of $3.22", "true range of $3.52", "$3.52", "the ATR is $3.22")
plant(B, "mg-mg", "magnitude", MG, "an ordinary day", "a violent day", "violent",
      "0.80% and 0.6 ATR is an ordinary move")
plant(B, "mg-rut", "value", V, "0.78% to 2,465.79", "0.78% to 2,456.79", "2,456.79",
      "the Russell 2000 closed at 2,465.79")
plant(B, "mg-q1", "quotation", NU, "\"small caps lose 0.8%\"", "\"small caps lose 1.8%\"", "1.8%",
      "the cited wire's title (1) says 0.8%")
plant(B, "mg-qqq", "subject", V, "QQQ 0.90% and DIA", "QQQ 0.50% and DIA", "0.50%",
      "0.50% is SPY's fall; QQQ fell 0.90%", real=True)
plant(B, "mg-dspy", "derived", DER, "worse than SPY by 0.30 pp", "worse than SPY by 0.45 pp", "0.45 pp",
      "-0.80% - (-0.50%) = -0.30 pp")
plant(B, "mg-streak", "words", V, "the third\n  session in a row", "the fifth\n  session in a row", "fifth",
      "IWM has trailed SPY three sessions in a row")
plant(B, "mg-dqqq", "direction", D, "but better than QQQ", "and worse than QQQ", "worse than QQQ",
      "IWM -0.80% did better than QQQ -0.90%")
plant(B, "mg-q2", "quotation", NU, "\"fell 0.9% to 2,482.49\"", "\"fell 1.9% to 2,482.49\"", "1.9%",
      "the cited Nov 13 wire (2) says 0.9%")
plant(B, "mg-src2", "history", V, "with IWM at $247.01 (2)", "with IWM at $247.10 (2)", "$247.10",
      "IWM closed at $247.01 on Nov 13 (bars and source (2))")
plant(B, "mg-p50", "pattern", P, "0.38% below its 50-day", "0.38% above its 50-day", "above its 50-day",
      "$245.28 is below the $246.21 50-day")
plant(B, "mg-200", "value", V, "200-day of $230.71", "200-day of $237.01", "$237.01",
      "the 200-day is $230.71")
plant(B, "mg-slope", "trend", P, "the 200-day slipped 0.12%", "the 200-day climbed 0.12%", "climbed",
      "the 200-day fell 0.12% over 20 sessions")
plant(B, "mg-crossd", "date", DU, "since Aug 10", "since Aug 3", "Aug 3", "the golden cross was on Aug 10")
plant(B, "mg-macd", "indicator", IND, "MACD 0.86 above the 0.57 signal", "MACD 0.86 below the 0.57 signal",
      "below", "MACD 0.86 is above its 0.57 signal")
plant(B, "mg-r", "level", LW, "Support: $244.79", "Resistance: $244.79", "$244.79",
      "$244.79 is below the $245.28 close")
plant(B, "mg-tt", "level", V, "(range top, two touches)", "(range top, four touches)", "four touches",
      "the range top has 2 touches")
plant(B, "mg-dist", "derived", DER, "(0.20% below)", "(0.50% below)", "0.50%",
      "244.79 / 245.28 - 1 = -0.20%", real=True)
plant(B, "mg-rs", "value", V, "held 22 sessions", "held 28 sessions", "28 sessions",
      "the range holds 22 sessions")
plant(B, "mg-athd", "date", DU, "(Nov 28, 2025)", "(Dec 2, 2025)", "Dec 2, 2025",
      "the record close was Nov 28, 2025 (Dec 2 was the intraday high)", real=True)
plant(B, "mg-athp", "value", V, "4.85% above", "5.85% above", "5.85%", "pct_from_ath is -4.85%")
plant(B, "mg-thu", "date", WM, "$249.26 Thu Nov 12", "$249.26 Fri Nov 12", "Fri",
      "Nov 12, 2026 was a Thursday")
plant(B, "mg-5d", "timeframe", V, "IWM lost 1.00%", "IWM lost 0.80%", "0.80%",
      "0.80% is the 1-day loss; the 5-day loss is 1.00%", real=True)
plant(B, "mg-1m", "direction", D, "over a month it gained 1.46%", "over a month it lost 1.46%", "lost 1.46%",
      "the 1-month return is +1.46%")
plant(B, "mg-fomc", "date", WM, "Wednesday, Dec 9 (16", "Tuesday, Dec 9 (16", "Tuesday",
      "Dec 9, 2026 is a Wednesday")
plant(B, "mg-cite", "citation", CU, "with IWM at $247.01 (2)", "with IWM at $247.01 (3)", "(3)",
      "the notice lists two sources")
plant(B, "mg-scale", "scale", SC, "its 50-day average of $246.21", "its 50-day average of 2,462.10",
      "2,462.10",
      "IWM is an ETF in dollars; 2,462.10 is on the Russell 2000's scale")

B = "marathon-SPY-2026-06-03"
clean(B, "SPY-2026-06-03", "split-sheet", "txt",
      "a club runner's marathon split sheet with kilometre splits, paces, heart rates, gels and a "
      "finishing time, each split annotated with a line about SPY's session",
      """RIVERSIDE CITY MARATHON - SPLIT SHEET - bib 4471 - Wed 3 June 2026 (evening race, start 18:30)
Runner: D. Moreau, age 44, club: Harbour Harriers. Target 3:29:59. Shoes: 2nd pair, 310 km on them.

KM   SPLIT     PACE     HR    NOTE (my broker texts me the SPY tape; I read it at the water stops)
5    0:24:41   4:56/km  148   SPY opened $656.50 and closed $659.18, up $3.83 or 0.58%.
10   0:24:38   4:55/km  151   Fifth straight up close for SPY, +4.87% across the five.
15   0:24:52   4:58/km  153   Day range $652.54 to $659.77. Volume only 51.6M, 0.7x normal.
20   0:24:49   4:57/km  155   Month +8.87%, but the year still -1.05%.
21.1 (half)   1:44:09        Gel #3. SPY is 4.84% under its record close $692.73 (Nov 26, 2025).
25   0:24:57   4:59/km  157   50-day $616.10, 200-day $647.76; SPY 6.99% over the first, 1.76% over
                              the second. The 50-day is under the 200-day: death cross since
                              Fri Mar 27, 46 sessions.
30   0:25:20   5:04/km  160   The 50-day is still edging lower (-0.31% over 20 sessions); the
                              200-day is flat (+0.01%).
35   0:25:55   5:11/km  163   RSI 72.3 - overbought. MACD 10.15 over its 6.99 signal. Close above
                              the upper Bollinger band ($655.85).
40   0:26:30   5:18/km  166   Levels: $660.09 right overhead, then $665.30, $681.39. Support
                              $652.32, the round $650, the 200-day $647.76.
42.2 0:11:41   5:19/km  168   Long idea above $665.54, stop $657.79, target $681.23 = 2.0R.

FINISH 3:30:43 (missed by 44 seconds). Placed 1,208th of 9,640.
Peers at the finish line: QQQ +0.57% to $595.41, IWM +0.35% to $228.85, DIA down 0.58% to
  $461.11. SPY beat DIA by 1.16 pp. VIX up 6.18% to 18.55 anyway.
Last closes before today: $655.35 Tue, $650.49 Mon Jun 1, $643.10 Fri May 29. The 20-session range is
  $609.86-$659.18 (8.09% wide) and SPY closed at its top.
Recovery: 2 days off, ice bath, 1 beer.""")
plant(B, "mr-open", "value", V, "SPY opened $656.50", "SPY opened $655.60", "$655.60", "the open was $656.50")
plant(B, "mr-close", "value", V, "closed $659.18, up", "closed $659.81, up", "$659.81",
      "the close was $659.18")
plant(B, "mr-chg", "value", V, "up $3.83", "up $3.38", "$3.38", "the change was $3.83")
plant(B, "mr-pct", "direction", D, "up $3.83 or 0.58%", "down $3.83 or 0.58%", "down", "SPY rose 0.58%")
plant(B, "mr-streak", "words", V, "Fifth straight up close", "Seventh straight up close", "Seventh",
      "SPY's close streak is 5 sessions")
plant(B, "mr-strp", "history", V, "+4.87% across the five", "+6.12% across the five", "+6.12%",
      "the 5-session streak gained 4.87%")
plant(B, "mr-low", "value", V, "Day range $652.54", "Day range $651.54", "$651.54",
      "the day's low was $652.54")
plant(B, "mr-vol", "value", V, "Volume only 51.6M", "Volume only 61.6M", "61.6M", "volume was 51.6M")
plant(B, "mr-month", "timeframe", V, "Month +8.87%", "Month +4.87%", "+4.87%",
      "4.87% is the 5-day return; the month was +8.87%", real=True)
plant(B, "mr-ytd", "direction", D, "the year still -1.05%", "the year now +1.05%", "+1.05%",
      "the YTD return is -1.05%")
plant(B, "mr-ath", "value", V, "4.84% under its record close", "3.84% under its record close", "3.84%",
      "pct_from_ath is -4.84%")
plant(B, "mr-athd", "date", DU, "(Nov 26, 2025)", "(Nov 20, 2025)", "Nov 20, 2025",
      "the record close was Nov 26, 2025")
plant(B, "mr-50", "value", V, "50-day $616.10", "50-day $661.10", "$661.10", "the 50-day is $616.10")
plant(B, "mr-p200", "pattern", P, "1.76% over", "1.76% under", "1.76% under", "SPY is above its 200-day")
plant(B, "mr-cross", "pattern", P, "death cross since", "golden cross since", "golden cross",
      "the 50-day is below the 200-day: a death cross")
plant(B, "mr-crossd", "date", WM, "Fri Mar 27", "Thu Mar 27", "Thu", "Mar 27, 2026 was a Friday")
plant(B, "mr-slope", "trend", P, "still edging lower", "still climbing", "climbing",
      "the 50-day fell 0.31% over 20 sessions")
plant(B, "mr-rsi", "indicator", IND, "RSI 72.3 - overbought", "RSI 72.3 - oversold", "oversold",
      "RSI 72.3 is overbought")
plant(B, "mr-macd", "indicator", IND, "MACD 10.15 over its", "MACD 10.15 under its", "under",
      "MACD 10.15 is above its 6.99 signal")
plant(B, "mr-bb", "direction", D, "Close above", "Close below", "Close below",
      "the close $659.18 is above the upper band $655.85")
plant(B, "mr-over", "level", LW, "$660.09 right overhead", "$652.32 right overhead", "$652.32",
      "$652.32 is below the $659.18 close; it is not overhead", real=True)
plant(B, "mr-stop", "setup", SG, "stop $657.79", "stop $667.79", "$667.79",
      "a long's stop must be below its $665.54 entry")
plant(B, "mr-rr", "setup", SRR, "= 2.0R", "= 3.8R", "3.8R", "(681.23-665.54)/(665.54-657.79) = 2.0")
plant(B, "mr-iwm", "subject", V, "IWM +0.35%", "IWM +0.57%", "+0.57%",
      "0.57% is QQQ's move; IWM rose 0.35%", real=True)
plant(B, "mr-dia", "direction", D, "DIA down 0.58%", "DIA up 0.58%", "DIA up", "DIA fell 0.58%")
plant(B, "mr-ddia", "derived", DER, "beat DIA by 1.16 pp", "beat DIA by 0.86 pp", "0.86 pp",
      "0.58% - (-0.58%) = 1.16 pp")
plant(B, "mr-vix", "value", V, "to 18.55", "to 18.85", "18.85", "the VIX closed at 18.55")
plant(B, "mr-mon", "history", V, "$650.49 Mon Jun 1", "$650.94 Mon Jun 1", "$650.94",
      "Monday Jun 1 closed at $650.49")
plant(B, "mr-may", "date", WM, "$643.10 Fri May 29", "$643.10 Thu May 29", "Thu", "May 29, 2026 was a Friday")
plant(B, "mr-rw", "value", V, "(8.09% wide)", "(9.08% wide)", "9.08%", "the range width is 8.09%")
plant(B, "mr-top", "direction", D, "SPY closed at its top", "SPY closed at its bottom", "bottom",
      "$659.18 is the range top")
plant(B, "mr-scale", "scale", SC, "the 200-day $647.76", "the 200-day 6,477.60", "6,477.60",
      "SPY is an ETF in dollars; 6,477.60 is the index's scale")

B = "manifest-DIA-2026-06-03"
clean(B, "DIA-2026-06-03", "manifest", "txt",
      "a container ship's cargo manifest with container numbers, weights, a port schedule and a "
      "purser's remark column that tracks DIA for the crew's investment club",
      """MV NORTHERN LANTERN - CARGO MANIFEST - Voyage 26-114 - Rotterdam -> Newark
Sailed: 29 May 2026 04:10 UTC   ETA: 11 Jun 2026   Master: Capt. I. Halvorsen   Crew: 22

CONTAINER        TYPE   GROSS KG   CONTENTS              PURSER'S REMARK (crew club, DIA at Wed 3 Jun close)
MSKU 482119-3    40HC   24,310     bicycle parts         DIA closed $461.11, down $2.67 (-0.58%).
TGHU 730552-0    20GP   18,905     tinned tomatoes       Opened $462.98, high $463.24, low $460.92.
CMAU 114807-6    40HC   26,440     ceramic tiles         Volume 3.9M, 1.1x the 20-day 3.5M.
OOLU 902316-1    40RF   21,780     frozen peas (-18 C)   Dow index -0.57% to 46,185.73.
MSCU 665021-8    20GP   14,020     printer paper         SPY +0.58%, QQQ +0.57%, IWM +0.35%.
HLXU 300147-2    40HC   25,600     garden furniture      DIA lagged SPY by 1.16 pp, IWM by 0.93 pp.
TCNU 558803-9    40GP   22,875     tyres (412 units)     Second session in a row behind SPY.
SEGU 771260-4    40HC   23,990     books                 Tue close $463.78, Mon $462.43.
FCIU 640938-5    20GP   16,455     olive oil             Fri May 29 close $456.48.
GESU 219004-7    40HC   24,700     flat-pack desks       Week +2.78%, month +6.62%, year -2.93%.
BMOU 883410-1    40RF   20,150     cut flowers           50-day $439.80 (DIA 4.85% above).
CAIU 470226-0    40HC   25,015     toys                  200-day $460.09 (DIA just 0.22% above).
TRHU 319875-5    20GP   17,300     machine screws        Death cross since Wed Apr 8, 39 sessions.
MRKU 204471-6    40HC   24,480     rugs                  50-day falling: -0.93% in 20 sessions.
UETU 612093-2    40HC   23,655     sports shoes          RSI 66.6, not yet overbought.
DRYU 955102-8    40GP   22,010     glassware             MACD 5.89 above signal 4.08.
ZIMU 388014-4    20GP   15,880     coffee beans          Resistance $463.64 (3 touches), $465.21,
  $469.08. Support: the 200-day at $460.09, then $453.39, $450.88.
SUDU 106338-9    40HC   24,945     lamps                 20-day range $436.19-$463.78, 6.33% wide.
CXDU 702219-3    40HC   25,320     kitchen units         Record close $493.91 (Mon Jan 12), 6.64% above.
TLLU 458890-1    20GP   18,200     wine (9,600 bottles)  52-wk low close $423.43 Apr 30; DIA 8.90% above it.

TOTALS: 20 containers, 435,010 kg gross. Dangerous goods: none. Reefer plugs used: 2 of 40.
Port schedule: Le Havre 1 Jun (done), Halifax 9 Jun, Newark 11 Jun, berth 14.
Remark: DIA slipped 0.58% - a quiet day for the club; next meeting in the mess at 19:00.""")
plant(B, "sm-close", "value", V, "DIA closed $461.11", "DIA closed $461.71", "$461.71",
      "the close was $461.11")
plant(B, "sm-chg", "direction", D, "down $2.67 (-0.58%)", "up $2.67 (+0.58%)", "up $2.67", "DIA fell $2.67")
plant(B, "sm-open", "value", V, "Opened $462.98", "Opened $462.89", "$462.89", "the open was $462.98")
plant(B, "sm-low", "value", V, "low $460.92", "low $459.92", "$459.92", "the low was $460.92")
plant(B, "sm-vol", "value", V, "Volume 3.9M", "Volume 4.9M", "4.9M", "volume was 3.9M")
plant(B, "sm-dji", "value", V, "-0.57% to 46,185.73", "-0.57% to 46,815.73", "46,815.73",
      "the Dow closed at 46,185.73")
plant(B, "sm-iwm", "subject", V, "IWM +0.35%", "IWM +0.58%", "+0.58%",
      "0.58% is SPY's move; IWM rose 0.35%", real=True)
plant(B, "sm-dspy", "derived", DER, "lagged SPY by 1.16 pp", "lagged SPY by 0.56 pp", "0.56 pp",
      "-0.58% - 0.58% = -1.16 pp")
plant(B, "sm-diwm", "derived", DER, "IWM by 0.93 pp", "IWM by 0.39 pp", "0.39 pp",
      "-0.58% - 0.35% = -0.93 pp")
plant(B, "sm-streak", "words", V, "Second session in a row", "Fourth session in a row", "Fourth",
      "DIA has trailed SPY two sessions in a row")
plant(B, "sm-tue", "history", V, "Tue close $463.78", "Tue close $464.78", "$464.78",
      "Tuesday Jun 2 closed at $463.78")
plant(B, "sm-mon", "history", V, "Mon $462.43", "Mon $463.43", "$463.43", "Monday Jun 1 closed at $462.43")
plant(B, "sm-fri", "date", WM, "Fri May 29 close", "Sat May 29 close", "Sat", "May 29, 2026 was a Friday")
plant(B, "sm-month", "timeframe", V, "month +6.62%", "month +2.78%", "+2.78%",
      "2.78% is the 5-day return; the month was +6.62%", real=True)
plant(B, "sm-50", "value", V, "50-day $439.80", "50-day $493.80", "$493.80", "the 50-day is $439.80")
plant(B, "sm-200", "pattern", P, "(DIA just 0.22% above)", "(DIA just 0.22% below)", "below",
      "$461.11 is above the $460.09 200-day")
plant(B, "sm-cross", "date", WM, "since Wed Apr 8", "since Thu Apr 8", "Thu", "Apr 8, 2026 was a Wednesday")
plant(B, "sm-sess", "value", V, "39 sessions", "93 sessions", "93 sessions", "the cross is 39 sessions old")
plant(B, "sm-slope", "trend", P, "50-day falling", "50-day rising", "rising",
      "the 50-day fell 0.93% over 20 sessions")
plant(B, "sm-rsi", "indicator", IND, "RSI 66.6, not yet overbought", "RSI 66.6, deeply oversold", "oversold",
      "RSI 66.6 is not oversold")
plant(B, "sm-macd", "indicator", IND, "MACD 5.89 above signal", "MACD 5.89 below signal", "below signal",
      "MACD 5.89 is above its 4.08 signal")
plant(B, "sm-t3", "level", V, "(3 touches)", "(7 touches)", "7 touches", "the $463.64 zone has 3 touches")
plant(B, "sm-sup", "level", LW, "then $453.39, $450.88", "then $453.39, $450.88, $465.21", "$465.21",
      "$465.21 is above the $461.11 close; it cannot be support", real=True)
plant(B, "sm-rw", "value", V, "6.33% wide", "3.63% wide", "3.63%", "the range width is 6.33%")
plant(B, "sm-athd", "date", DU, "(Mon Jan 12)", "(Mon Jan 5)", "Jan 5",
      "the record close was on Jan 12, 2026")
plant(B, "sm-athp", "value", V, "6.64% above.", "4.64% above.", "4.64%", "pct_from_ath is -6.64%")
plant(B, "sm-lowp", "value", V, "DIA 8.90% above it", "DIA 9.80% above it", "9.80%",
      "pct_from_52w_low is 8.90%")
plant(B, "sm-mg", "magnitude", MG, "DIA slipped 0.58%", "DIA tumbled 0.58%", "tumbled",
      "a 0.58% fall of 0.5 ATR is no tumble")
plant(B, "sm-scale", "scale", SC, "200-day $460.09 (DIA", "200-day 46,009.00 (DIA", "46,009.00",
      "DIA is an ETF in dollars; 46,009.00 is on the Dow's scale")

B = "astrolog-DIA-2025-11-17"
clean(B, "DIA-2025-11-17", "observing-log", "txt",
      "an amateur astronomer's observing log for one night: sky conditions, telescope, magnitudes, "
      "object catalogue numbers and clock times, with the day's DIA close noted between targets",
      """OBSERVING LOG #318 - Mon 17 Nov 2025 - backyard, 41.2 N - 8-inch Dobsonian, 25 mm and 10 mm eyepieces
Seeing 3/5, transparency 4/5, limiting magnitude about 5.6. Temperature 4 C, dew heater on.

18:05  Set up. Before going out I checked the market: DIA closed at $481.59, up $4.26 or 0.89%,
  a new record close - the old best was $478.00 on Wed Nov 12.
18:40  M31 (Andromeda) - bright core, dust lane hinted at 48x. DIA's range today: $477.56 to
  $485.20, opening at $478.18. Volume 3.9M, 1.1 times average.
19:15  M45 (Pleiades) - 30+ stars in the 25 mm. The Dow index rose 0.87% to 48,219.41. SPY +1.39%,
  QQQ +1.73%, IWM +1.96%, so DIA lagged all three; it trailed SPY by 0.49 pp.
19:50  Double Cluster (NGC 869/884). DIA now sits 4.51% above its 50-day ($460.80) and 10.90% above
  its 200-day ($434.25). Golden cross since Monday, Jul 14 - 89 sessions. The 50-day has climbed
  2.49% over 20 sessions; the 200-day is up 0.46%.
20:30  Jupiter rising in the east, 4 moons visible, GRS not seen. RSI 72.8: overbought. MACD 4.50
  above its signal of 3.61. Upper Bollinger band $482.40, just above the close.
21:10  Clouds from the west, 20-minute break. Closes before today: Fri Nov 14 $477.33, Thu Nov 13
  $477.56. Five days +1.70%, one month +1.99%, this year +6.55%.
21:35  M42 low in the southeast, Trapezium split at 120x. The 20-session range is now $461.90 to
  $481.59 (4.26% wide), with the close at its very top.
22:05  Levels on my sticky note: resistance at the round $490 (1.75% above); support at $480, then
  $476.43, then the $463.29 zone (three touches).
22:20  The desk's breakout plan: long at $486.07, stop $480.47, target $499.52 - about 2.4 to 1.
22:45  Packed up. Gold -0.53% to 3,151.83 and bitcoin 53,637 per the late news. 5 new objects
  logged, 2 sketches. Next session: Sat, weather permitting.""")
plant(B, "as-close", "value", V, "DIA closed at $481.59", "DIA closed at $481.95", "$481.95",
      "the close was $481.59")
plant(B, "as-chg", "value", V, "up $4.26", "up $4.62", "$4.62", "the change was $4.26")
plant(B, "as-pct", "direction", D, "up $4.26 or 0.89%", "down $4.26 or 0.89%", "down", "DIA rose 0.89%")
plant(B, "as-rec", "pattern", P, "a new record close - the old", "just short of a record close - the old",
      "just short of a record close", "$481.59 is a new record close")
plant(B, "as-old", "history", V, "the old best was $478.00", "the old best was $479.00", "$479.00",
      "the highest earlier close in view was $478.00 (Nov 12)")
plant(B, "as-oldd", "date", WM, "on Wed Nov 12", "on Tue Nov 12", "Tue", "Nov 12, 2025 was a Wednesday")
plant(B, "as-hi", "value", V, "to\n  $485.20", "to\n  $485.02", "$485.02", "the high was $485.20")
plant(B, "as-open", "value", V, "opening at $478.18", "opening at $478.81", "$478.81", "the open was $478.18")
plant(B, "as-dji", "subject", V, "The Dow index rose 0.87%", "The Dow index rose 0.89%", "0.89%",
      "0.89% is DIA's move; the Dow rose 0.87%", real=True)
plant(B, "as-lag", "direction", D, "so DIA lagged all three", "so DIA beat all three", "beat all three",
      "DIA +0.89% trailed SPY, QQQ and IWM")
plant(B, "as-dspy", "derived", DER, "trailed SPY by 0.49 pp", "trailed SPY by 0.84 pp", "0.84 pp",
      "0.89% - 1.39% = -0.49 pp (unrounded)", real=True)
plant(B, "as-p50", "value", V, "4.51% above its 50-day", "5.41% above its 50-day", "5.41%",
      "pct_vs_sma_50 is 4.51%")
plant(B, "as-200", "pattern", P, "10.90% above\n  its 200-day", "10.90% below\n  its 200-day", "below",
      "DIA is above its 200-day")
plant(B, "as-crossd", "date", WM, "since Monday, Jul 14", "since Sunday, Jul 14", "Sunday",
      "Jul 14, 2025 was a Monday")
plant(B, "as-age", "value", V, "89 sessions", "98 sessions", "98 sessions", "the cross is 89 sessions old")
plant(B, "as-slope", "trend", V, "climbed\n  2.49% over", "climbed\n  4.29% over", "4.29%",
      "the 50-day's 20-session slope is +2.49%")
plant(B, "as-rsi", "indicator", IND, "RSI 72.8: overbought", "RSI 72.8: oversold", "oversold",
      "RSI 72.8 is overbought")
plant(B, "as-macd", "negation", IND, "MACD 4.50\n  above its signal", "MACD 4.50\n  not above its signal",
      "not above",
      "MACD 4.50 is above its 3.61 signal")
plant(B, "as-bb", "direction", D, "just above the close", "just below the close", "just below",
      "the upper band $482.40 is above the $481.59 close")
plant(B, "as-fri", "history", V, "Fri Nov 14 $477.33", "Fri Nov 14 $473.33", "$473.33",
      "Friday Nov 14 closed at $477.33")
plant(B, "as-thu", "date", WM, "Thu Nov 13\n  $477.56", "Wed Nov 13\n  $477.56", "Wed",
      "Nov 13, 2025 was a Thursday")
plant(B, "as-ytd", "timeframe", V, "this year +6.55%", "this year +1.99%", "+1.99%",
      "1.99% is the 1-month return; the year is +6.55%", real=True)
plant(B, "as-rw", "value", V, "(4.26% wide)", "(2.46% wide)", "2.46%", "the range width is 4.26%")
plant(B, "as-top", "direction", D, "at its very top", "at its very bottom", "very bottom",
      "$481.59 is the range top")
plant(B, "as-490", "derived", DER, "(1.75% above)", "(2.25% above)", "2.25%", "490 / 481.59 - 1 = 1.75%")
plant(B, "as-sup", "level", LW, "support at $480, then", "resistance at $480, then", "$480",
      "$480 is below the $481.59 close")
plant(B, "as-t3", "level", V, "zone (three touches)", "zone (five touches)", "five touches",
      "the $463.29 zone has 3 touches")
plant(B, "as-stop", "setup", SG, "stop $480.47", "stop $488.47", "$488.47",
      "a long's stop must be below its $486.07 entry")
plant(B, "as-rr", "setup", SRR, "about 2.4 to 1", "about 4.2 to 1", "4.2 to 1",
      "(499.52-486.07)/(486.07-480.47) = 2.4")
plant(B, "as-gold", "value", V, "-0.53% to 3,151.83", "-0.53% to 3,115.83", "3,115.83", "gold was 3,151.83")
plant(B, "as-mg", "magnitude", MG, "DIA closed at $481.59, up", "DIA barely budged, closing at $481.59, up",
      "barely budged", "a 0.89% gain of 1.0 ATR that set a record is no standstill")
plant(B, "as-scale", "scale", SC, "its 200-day ($434.25)", "its 200-day (43,425.00)", "43,425.00",
      "DIA is an ETF in dollars; 43,425.00 is on the Dow's scale")

B = "cycling-IWM-2026-02-13"
clean(B, "IWM-2026-02-13", "stage-report", "md",
      "a cycling stage-race report: stage distance, climbs with gradients, time gaps, jersey "
      "standings, rider ages, with IWM's losing streak told as the race's 'breakaway'",
      """# Tour of the Sierra, Stage 6 - Friday, Feb 13, 2026: 184 km, 3,240 m of climbing

**Stage winner:** L. Carvalho (24), 4h 51' 08", ahead of the group by 0' 42". The final climb,
  11.2 km at 7.4%, split the race. 143 riders finished; 6 abandoned.

**The other breakaway, on the tape.** Small caps kept falling off the back. IWM closed at $226.54,
  down $2.39 or 1.04%, its sixth straight lower close, and -5.80% across the six. It opened at
  $229.00, peaked at $229.49 and slid to $226.37. Volume 31.7M, in line with the 30.3M average. The
  Russell 2000 lost 1.04% to 2,276.24, while SPY fell only 0.54%, QQQ 0.41% and DIA 0.65%. IWM has
  now trailed SPY five sessions running, this time by 0.51 pp.

**Climbs and averages.** Like a rider dropped on the first slope, IWM is 7.99% below its 50-day
  ($246.22) and 1.25% below its 200-day ($229.41). The 50-day still sits above the 200-day - the
  golden cross from Friday, Jul 18, 2025 survives, 145 sessions old - but the 50-day has turned
  down, -1.02% over 20 sessions, while the 200-day is still climbing, +2.72%.

**Team car radio.** RSI 21.4: deeply oversold. MACD -4.70 below its -3.06 signal. Closed under the
  lower Bollinger band ($227.50); the bands are 11.42% apart.

**General classification (the closes).** Thu Feb 12 $228.93; Wed Feb 11 $231.24; Tue Feb 10
  $235.10; Mon Feb 9 $236.72. Five days -4.94%; a month -10.88%; the year -6.88%. The 20-session
  range runs from $226.54 to $252.38, 11.41% wide, and Friday's close is its lowest point.

**Feed zone (levels).** Overhead: $226.93 (0.17% above), the 200-day at $229.41, $230.79, then the
  $232.59 zone (two touches). Below: the round $225, then $218.48, then $217.15 (three touches).
  Record close $257.77 from Nov 28, 2025, now 12.12% away.

**Jerseys.** Yellow: Carvalho. Green: P. Ostrowski (31). Polka dot: J. Mbeki (27). VIX up 4.34% to
  17.06. Stage 7 tomorrow: 162 km, flat.""")
plant(B, "cy-close", "value", V, "IWM closed at $226.54", "IWM closed at $226.45", "$226.45",
      "the close was $226.54")
plant(B, "cy-chg", "value", V, "down $2.39", "down $2.93", "$2.93", "the change was -$2.39")
plant(B, "cy-streak", "words", V, "its sixth straight lower close", "its fourth straight lower close",
      "fourth",
      "IWM's close streak is 6 sessions down")
plant(B, "cy-strp", "history", V, "-5.80% across the six", "-6.80% across the six", "-6.80%",
      "the 6-session streak lost 5.80%")
plant(B, "cy-open", "value", V, "opened at\n  $229.00", "opened at\n  $229.90", "$229.90",
      "the open was $229.00")
plant(B, "cy-rut", "value", V, "1.04% to 2,276.24", "1.04% to 2,267.24", "2,267.24",
      "the Russell 2000 closed at 2,276.24")
plant(B, "cy-qqq", "subject", V, "QQQ 0.41%", "QQQ 0.65%", "0.65%",
      "0.65% is DIA's fall; QQQ fell 0.41%", real=True)
plant(B, "cy-spy", "direction", D, "while SPY fell only 0.54%", "while SPY rose 0.54%", "rose",
      "SPY fell 0.54%")
plant(B, "cy-st5", "words", V, "five sessions running", "three sessions running", "three sessions",
      "IWM has trailed SPY five sessions in a row")
plant(B, "cy-dspy", "derived", DER, "by 0.51 pp", "by 0.81 pp", "0.81 pp",
      "-1.04% - (-0.54%) = -0.51 pp (unrounded)")
plant(B, "cy-p50", "value", V, "7.99% below its 50-day", "9.79% below its 50-day", "9.79%",
      "pct_vs_sma_50 is -7.99%")
plant(B, "cy-p200", "pattern", P, "1.25% below its 200-day", "1.25% above its 200-day", "above its 200-day",
      "$226.54 is below the $229.41 200-day")
plant(B, "cy-cross", "pattern", P, "golden cross from", "death cross from", "death cross",
      "the 50-day is above the 200-day: a golden cross")
plant(B, "cy-crossd", "date", WM, "Friday, Jul 18, 2025", "Monday, Jul 18, 2025", "Monday",
      "Jul 18, 2025 was a Friday")
plant(B, "cy-age", "value", V, "145 sessions old", "154 sessions old", "154 sessions",
      "the cross is 145 sessions old")
plant(B, "cy-200s", "trend", P, "the 200-day is still climbing", "the 200-day is falling too", "falling",
      "the 200-day rose 2.72% over 20 sessions")
plant(B, "cy-rsi", "indicator", IND, "RSI 21.4: deeply oversold", "RSI 21.4: overbought", "overbought",
      "RSI 21.4 is oversold")
plant(B, "cy-macd", "indicator", IND, "MACD -4.70 below its", "MACD -4.70 above its", "above",
      "MACD -4.70 is below its -3.06 signal")
plant(B, "cy-bb", "direction", D, "Closed under the\n  lower Bollinger band",
      "Closed over the\n  lower Bollinger band",
      "over", "the close $226.54 is under the lower band $227.50")
plant(B, "cy-wed", "history", V, "Wed Feb 11 $231.24", "Wed Feb 11 $232.24", "$232.24",
      "Wednesday Feb 11 closed at $231.24")
plant(B, "cy-tue", "date", WM, "Tue Feb 10", "Mon Feb 10", "Mon Feb 10", "Feb 10, 2026 was a Tuesday")
plant(B, "cy-month", "timeframe", V, "a month -10.88%", "a month -6.88%", "-6.88%",
      "-6.88% is the YTD return; the month was -10.88%", real=True)
plant(B, "cy-low", "history", V, "Friday's close is its lowest point", "Friday's close is its highest point",
      "highest point", "$226.54 is the range's low")
plant(B, "cy-dist", "derived", DER, "$226.93 (0.17% above)", "$226.93 (0.47% above)", "0.47%",
      "226.93 / 226.54 - 1 = 0.17%")
plant(B, "cy-ovh", "level", LW, "Overhead: $226.93", "Overhead: $225, $226.93", "$225",
      "the round $225 is below the $226.54 close; it is not overhead", real=True)
plant(B, "cy-t3", "level", V, "$217.15 (three touches)", "$217.15 (six touches)", "six touches",
      "the $217.15 zone has 3 touches")
plant(B, "cy-athd", "date", DU, "from Nov 28, 2025", "from Dec 28, 2025", "Dec 28, 2025",
      "the record close was Nov 28, 2025")
plant(B, "cy-athp", "value", V, "now 12.12% away", "now 21.12% away", "21.12%", "pct_from_ath is -12.12%")
plant(B, "cy-mg", "magnitude", MG, "Small caps kept falling off the back",
      "Small caps barely drifted", "barely drifted",
      "a 1.04% fall that ended a six-day 5.80% slide is no drift")
plant(B, "cy-vix", "direction", D, "VIX up 4.34%", "VIX down 4.34%", "down", "the VIX rose 4.34%")
plant(B, "cy-scale", "scale", SC, "200-day at $229.41", "200-day at 2,294.10", "2,294.10",
      "IWM is an ETF in dollars; 2,294.10 is the Russell 2000's scale")

B = "utilitybill-IWM-2026-03-30"
clean(B, "IWM-2026-03-30", "bill", "txt",
      "a household electricity bill with meter readings, kWh, tariffs, taxes and a due date, whose "
      "'message from your supplier' box is a note on IWM from the supplier's pension-fund newsletter",
      """BRIGHTWATER ENERGY - YOUR ELECTRICITY BILL
Account 0048-221-907 | Bill date: Mon 30 Mar 2026 | Period: 27 Feb - 27 Mar 2026 (29 days)
Meter 7715302: previous 41,208 kWh, present 41,836 kWh, used 628 kWh
Energy 628 kWh x $0.1840 = $115.55 | Standing charge 29 x $0.52 = $15.08 | Tax 5% = $6.53
TOTAL DUE $137.16 by Wed 15 Apr 2026. Direct debit: yes. Last payment $129.40, thank you.

MESSAGE FROM YOUR SUPPLIER'S PENSION FUND (not part of your bill)
The small-cap fund we hold, IWM, closed Monday at $211.00, down $2.65 or 1.24%, a fourth lower close
  in a row (-2.54% over the four). It gapped down 0.48% at the open ($212.62) and never got back to
  Friday's $213.65; the low was $210.85. Volume was 27.5M, a bit under the 29.3M average (0.9x).
  The Russell 2000 fell 1.22% to 2,120.33. SPY lost 0.78%, DIA 1.04% and QQQ 1.44%, so IWM did
  better than QQQ by 0.20 pp but worse than SPY by 0.46 pp.

The 50-day average ($227.59) crossed below the 200-day ($230.93) on Tuesday, Mar 24, only 4
  sessions ago: a death cross. IWM is 7.29% under the 50-day and 8.63% under the 200-day. The 50-day
  has dropped 5.36% in 20 sessions; the 200-day is about flat (+0.11%). RSI 33.9 is weak but not
  oversold. MACD -3.77 has moved above its -4.40 signal.

IWM closed below the $212.32 floor of its old 10-session range ($212.32-$216.51). Next supports
  are the round $210 (0.47% below) and $207.94 (two touches); resistance sits at $214.35, $217.15
  (three touches) and $218.48. Closes last week: $216.51 Tue Mar 24, $215.38 Wed, $215.29 Thu,
  $213.65 Fri. Over a month IWM is down 3.87% and this year down 13.27%. The record close, $257.77
  on Nov 28, 2025, is 18.14% above. The VIX ended at 24.71.

Save energy: a 1 C lower thermostat cuts heating use by up to 10%. Emergencies: call 0800 555 0199.""")
plant(B, "ub-close", "value", V, "closed Monday at $211.00", "closed Monday at $210.00", "$210.00",
      "the close was $211.00 ($210 is the round level below)", real=True)
plant(B, "ub-chg", "value", V, "down $2.65", "down $2.56", "$2.56", "the change was -$2.65")
plant(B, "ub-streak", "words", V, "a fourth lower close", "a seventh lower close", "seventh",
      "IWM's close streak is 4 sessions down")
plant(B, "ub-strp", "history", V, "(-2.54% over the four)", "(-3.54% over the four)", "-3.54%",
      "the 4-session streak lost 2.54%")
plant(B, "ub-gap", "direction", D, "It gapped down 0.48%", "It gapped up 0.48%", "gapped up",
      "the $212.62 open was below the $213.65 prior close")
plant(B, "ub-prev", "history", V, "Friday's $213.65", "Friday's $214.65", "$214.65",
      "Friday Mar 27 closed at $213.65")
plant(B, "ub-low", "value", V, "the low was $210.85", "the low was $210.58", "$210.58", "the low was $210.85")
plant(B, "ub-vol", "value", V, "Volume was 27.5M", "Volume was 25.7M", "25.7M", "volume was 27.5M")
plant(B, "ub-rut", "value", V, "1.22% to 2,120.33", "1.22% to 2,102.33", "2,102.33",
      "the Russell 2000 closed at 2,120.33")
plant(B, "ub-dia", "subject", V, "DIA 1.04%", "DIA 1.44%", "1.44%",
      "1.44% is QQQ's fall; DIA fell 1.04%", real=True)
plant(B, "ub-dqqq", "derived", DER, "better than QQQ by 0.20 pp", "better than QQQ by 0.35 pp", "0.35 pp",
      "-1.24% - (-1.44%) = 0.20 pp")
plant(B, "ub-dspy", "direction", D, "but worse than SPY", "and better than SPY", "better than SPY",
      "IWM -1.24% did worse than SPY -0.78%")
plant(B, "ub-crossd", "date", WM, "on Tuesday, Mar 24", "on Wednesday, Mar 24", "Wednesday",
      "Mar 24, 2026 was a Tuesday")
plant(B, "ub-age", "words", V, "only 4\n  sessions ago", "only 9\n  sessions ago", "9",
      "the cross is 4 sessions old")
plant(B, "ub-cross", "pattern", P, "a death cross", "a golden cross", "golden cross",
      "the 50-day is below the 200-day: a death cross")
plant(B, "ub-p50", "value", V, "7.29% under the 50-day", "7.92% under the 50-day", "7.92%",
      "pct_vs_sma_50 is -7.29%")
plant(B, "ub-slope", "trend", V, "dropped 5.36% in 20 sessions", "dropped 3.56% in 20 sessions", "3.56%",
      "the 50-day's 20-session slope is -5.36%")
plant(B, "ub-flat", "trend", P, "the 200-day is about flat", "the 200-day is plunging", "plunging",
      "the 200-day rose 0.11% over 20 sessions")
plant(B, "ub-rsi", "negation", IND, "weak but not\n  oversold", "weak and deeply\n  oversold", "oversold",
      "RSI 33.9 is above 30")
plant(B, "ub-macd", "indicator", IND, "has moved above its -4.40 signal", "has fallen below its -4.40 signal",
      "below", "MACD -3.77 is above its -4.40 signal")
plant(B, "ub-broke", "direction", D, "IWM closed below the $212.32 floor",
      "IWM closed above the $212.32 floor",
      "closed above", "$211.00 is below $212.32")
plant(B, "ub-dist", "derived", DER, "(0.47% below)", "(0.74% below)", "0.74%", "210 / 211.00 - 1 = -0.47%")
plant(B, "ub-res", "level", LW, "resistance sits at $214.35", "resistance sits at $207.94, $214.35",
      "$207.94",
      "$207.94 is below the $211.00 close; it cannot be resistance", real=True)
plant(B, "ub-t3", "level", V, "$217.15\n  (three touches)", "$217.15\n  (five touches)", "five touches",
      "the $217.15 zone has 3 touches")
plant(B, "ub-tue", "date", WM, "$216.51 Tue Mar 24", "$216.51 Mon Mar 24", "Mon",
      "Mar 24, 2026 was a Tuesday")
plant(B, "ub-thu", "history", V, "$215.29 Thu", "$215.92 Thu", "$215.92", "Thursday Mar 26 closed at $215.29")
plant(B, "ub-month", "timeframe", V, "down 3.87%", "down 2.10%", "2.10%",
      "2.10% is the 5-day loss; the month is -3.87%", real=True)
plant(B, "ub-athd", "date", DU, "on Nov 28, 2025", "on Nov 18, 2025", "Nov 18, 2025",
      "the record close was Nov 28, 2025")
plant(B, "ub-athp", "value", V, "is 18.14% above", "is 14.18% above", "14.18%", "pct_from_ath is -18.14%")
plant(B, "ub-vix", "value", V, "The VIX ended at 24.71", "The VIX ended at 27.41", "27.41",
      "the VIX closed at 24.71")
plant(B, "ub-mg", "magnitude", MG, "down $2.65 or 1.24%, a fourth",
      "a hair lower, down $2.65 or 1.24%, a fourth",
      "a hair lower", "a 1.24% fall is not a hair")
plant(B, "ub-scale", "scale", SC, "The 50-day average ($227.59)", "The 50-day average (2,275.90)", "2,275.90",
      "IWM is an ETF in dollars; 2,275.90 is on the Russell 2000's scale")

B = "reportcard-FRNT-2026-11-20"
clean(B, "FRNT-2026-11-20", "report-card", "txt",
      "a school report card for a pupil whose economics project follows the FRNT frontier-markets fund: "
      "grades, attendance, a teacher's comments and the project's figures",
      """HILLCREST MIDDLE SCHOOL - TERM 1 REPORT - 2026/27
Pupil: Amara N.   Year 8, Form 8C   Attendance: 58 of 60 days (96.7%)   Late: 1

Subject          Grade   Effort   Comment
English          A-      4/5      Lively essays; watch the semicolons.
Mathematics      B+      5/5      Strong on fractions, percentages next.
Science          A       5/5      Excellent lab write-up (pendulum, 12 trials).
Economics        A       5/5      See project notes below.
PE               B       3/5      Ran 1,500 m in 6:48.

ECONOMICS PROJECT - "Following one fund": FRNT (frontier markets), figures as of Friday, Nov 20
Amara reports that FRNT closed at $30.01, down $0.26 or 0.86%, its third down day in a row (-3.60%
  over the three) and its lowest close of the past year. It opened at $30.27, the same as Thursday's
  close, and the day's low was $29.95. Volume: 7.8M, 1.2 times the average.
The fund's index, the Frontier Select Markets index, fell 0.88% to 35,112.40, while SPY rose 1.10%
  and IWM 0.30%. So FRNT trailed SPY by 1.96 pp, the third session running, by about 161 bp a day.
Over a week FRNT lost 3.07%, over a month 8.56%, and this year 18.34%.
Her chart shows the 50-day average at $33.51 and the 200-day at $37.38, with FRNT 10.45% below the
  first and 19.73% below the second; the 50-day went under the 200-day on Thursday, Oct 15 (a death
  cross, 26 sessions ago). Both averages are falling: the 50-day by 9.39% in 20 sessions.
RSI 22.9 (oversold). MACD -0.93, a little below its -0.88 signal. The close sits just under the
  lower Bollinger band ($30.05). The round $30 is the last support, 0.03% below; resistance is $31,
  then $32.39 and the 50-day near $33.51. The 20-day range is $30.01 to $33.16 (10.50% wide).
The 52-week high close was $41.82 on Aug 19, 2026 (FRNT is 28.24% below it); the all-time high close,
  $44.45, dates from Wednesday, Nov 13, 2024.
Earlier closes: $30.27 Thu, $30.55 Wed, $31.13 Tue Nov 17, $30.95 Mon Nov 16.

Teacher's comment: a careful, honest project - Amara checked every number twice. (Mr. Dlamini)
Next term starts Monday, Jan 4. Parents' evening: Thursday 7 pm, room 14.""")
plant(B, "rc-close", "value", V, "FRNT closed at $30.01", "FRNT closed at $30.10", "$30.10",
      "the close was $30.01")
plant(B, "rc-chg", "value", V, "down $0.26", "down $0.36", "$0.36", "the change was -$0.26")
plant(B, "rc-pct", "direction", D, "down $0.26 or 0.86%", "up $0.26 or 0.86%", "up $0.26", "FRNT fell 0.86%")
plant(B, "rc-streak", "words", V, "its third down day in a row", "its sixth down day in a row", "sixth",
      "FRNT's close streak is 3 sessions down")
plant(B, "rc-strp", "history", V, "(-3.60%\n  over the three)", "(-4.60%\n  over the three)", "-4.60%",
      "the 3-session streak lost 3.60%")
plant(B, "rc-low", "history", V, "its lowest close of the past year", "its highest close of the past year",
      "highest close", "$30.01 is the 52-week low close")
plant(B, "rc-open", "value", V, "It opened at $30.27", "It opened at $30.72", "$30.72", "the open was $30.27")
plant(B, "rc-dlow", "value", V, "the day's low was $29.95", "the day's low was $29.59", "$29.59",
      "the low was $29.95")
plant(B, "rc-fsmi", "value", V, "0.88% to 35,112.40", "0.88% to 35,211.40", "35,211.40",
      "the index closed at 35,112.40")
plant(B, "rc-iwm", "subject", V, "and IWM 0.30%", "and IWM 1.10%", "1.10%",
      "1.10% is SPY's move; IWM rose 0.30%", real=True)
plant(B, "rc-dspy", "derived", DER, "trailed SPY by 1.96 pp", "trailed SPY by 1.24 pp", "1.24 pp",
      "-0.86% - 1.10% = -1.96 pp")
plant(B, "rc-bp", "value", V, "about 161 bp a day", "about 116 bp a day", "116 bp",
      "the streak's average margin is -161 bp")
plant(B, "rc-month", "timeframe", V, "over a month 8.56%", "over a month 3.07%", "3.07%",
      "3.07% is the weekly loss; the month lost 8.56%", real=True)
plant(B, "rc-50", "value", V, "50-day average at $33.51", "50-day average at $35.31", "$35.31",
      "the 50-day is $33.51")
plant(B, "rc-p200", "value", V, "19.73% below the second", "17.93% below the second", "17.93%",
      "pct_vs_sma_200 is -19.73%")
plant(B, "rc-crossd", "date", WM, "on Thursday, Oct 15", "on Friday, Oct 15", "Friday",
      "Oct 15, 2026 was a Thursday")
plant(B, "rc-cross", "pattern", P, "(a death\n  cross,", "(a golden\n  cross,", "golden",
      "the 50-day is below the 200-day: a death cross")
plant(B, "rc-slope", "trend", V, "the 50-day by 9.39% in 20 sessions", "the 50-day by 3.39% in 20 sessions",
      "3.39%",
      "the 50-day's 20-session slope is -9.39%")
plant(B, "rc-rsi", "indicator", IND, "RSI 22.9 (oversold)", "RSI 22.9 (overbought)", "overbought",
      "RSI 22.9 is oversold")
plant(B, "rc-macd", "indicator", IND, "a little below its -0.88 signal", "a little above its -0.88 signal",
      "above", "MACD -0.93 is below its -0.88 signal")
plant(B, "rc-bb", "direction", D, "just under the\n  lower Bollinger band",
      "just over the\n  lower Bollinger band",
      "over", "the $30.01 close is under the $30.05 lower band")
plant(B, "rc-res", "level", LW, "resistance is $31,", "resistance is $30, $31,", "$30",
      "the round $30 is below the $30.01 close; it cannot be resistance", real=True)
plant(B, "rc-dist", "derived", DER, "0.03% below", "0.33% below", "0.33%", "30 / 30.01 - 1 = -0.03%")
plant(B, "rc-rw", "value", V, "(10.50% wide)", "(15.00% wide)", "15.00%", "the range width is 10.50%")
plant(B, "rc-hid", "date", DU, "$41.82 on Aug 19, 2026", "$41.82 on Aug 29, 2026", "Aug 29, 2026",
      "the 52-week high close was on Aug 19, 2026")
plant(B, "rc-hip", "value", V, "28.24% below it", "24.28% below it", "24.28%", "pct_from_52w_high is -28.24%")
plant(B, "rc-athd", "date", WM, "Wednesday, Nov 13, 2024", "Thursday, Nov 13, 2024", "Thursday",
      "Nov 13, 2024 was a Wednesday")
plant(B, "rc-wed", "history", V, "$30.55 Wed", "$30.45 Wed", "$30.45", "Wednesday Nov 18 closed at $30.55")
plant(B, "rc-mon", "date", WM, "$30.95 Mon Nov 16", "$30.95 Sun Nov 16", "Sun", "Nov 16, 2026 was a Monday")
plant(B, "rc-scale", "scale", SC, "the 200-day at $37.38", "the 200-day at 3,738.00", "3,738.00",
      "FRNT is an ETF in dollars; 3,738.00 is on an index's scale")

B = "tides-FSMI-2026-11-20"
clean(B, "idx_FSMI-2026-11-20", "harbour-notice", "txt",
      "a harbour master's weekly notice to mariners: tide table with heights in metres, a buoy "
      "relocation, a dredging schedule and berth fees, with a 'market soundings' box on the Frontier "
      "Select Markets index",
      """PORT OF KESTREL BAY - NOTICE TO MARINERS No. 47/2026 - issued Sat 21 Nov 2026, 08:00

TIDES (Kestrel Bay, heights above chart datum)
Sat 21  HW 05:12 4.3 m   LW 11:27 0.9 m   HW 17:40 4.1 m   LW 23:58 1.0 m
Sun 22  HW 05:58 4.4 m   LW 12:13 0.8 m   HW 18:25 4.2 m
Mon 23  LW 00:41 0.9 m   HW 06:44 4.5 m   LW 12:59 0.7 m

1. Buoy No. 7 (green, Fl G 5s) moved 40 m north to 51 12.4 N 004 09.8 W.
2. Dredging in the inner channel Tue 24 - Fri 27 Nov, 07:00-15:00; keep to the red side.
3. Berth fees from 1 Jan 2027: $3.40 per metre per night (was $3.15).

MARKET SOUNDINGS (for the fishing co-op's fund; index in points, Friday 20 Nov close)
The Frontier Select Markets index ran aground again: it closed at 35,112.40, down 312.84 points or
  0.88%, its third lower close in a row (-3.58% over the three) and its lowest close in a year. It
  opened at 35,418.76, touched 35,491.49 and found bottom at 35,039.66. The fund that tracks it, FRNT,
  fell 0.86% to $30.01. Elsewhere the S&P 500 rose 1.11% to 6,901.69 and the Russell 2000 0.30%, so
  the index trailed the S&P 500 by 1.99 pp, for the third session, by about 160 bp a day.
Soundings: 50-day average 39,210.55 (the index is 10.45% below it), 200-day 43,740.76 (19.73% below).
  Death cross since Thursday, Oct 15, 26 sessions ago. The 50-day is sinking fast, -9.38% over 20
  sessions; the 200-day is easing, -1.57%.
Instruments: RSI 23.0, oversold. MACD -1,085.04 below its signal of -1,025.37. The close lies under the
  lower Bollinger band (35,162.55); the bands are 10.54% wide.
Channel markers: the round 35,000 below, 0.32% under the close; above, 35,500 (1.10% up), the
  37,915.92 swing low and the 50-day. The 20-session range: 35,112.40 to 38,808.51, 10.53% wide.
Log: Thu 35,425.24, Wed 35,758.32, Tue 36,415.51, Mon 36,189.14. Week -3.07%, month -8.56%, year
  -18.33%. The 52-week high close, 48,944.52 on Wed, Aug 19, is 28.26% above; the record close of
  52,018.76 dates from Nov 13, 2024.

Harbour office VHF channel 14. Fuel berth open 06:00-20:00. Signed: Capt. R. Penhaligon, Harbour Master.""")
plant(B, "td-close", "value", V, "it closed at 35,112.40", "it closed at 35,121.40", "35,121.40",
      "the close was 35,112.40")
plant(B, "td-pts", "value", V, "down 312.84 points", "down 321.84 points", "321.84", "the change was -312.84")
plant(B, "td-pct", "direction", D, "down 312.84 points or\n  0.88%", "up 312.84 points or\n  0.88%", "up",
      "the index fell 0.88%")
plant(B, "td-streak", "words", V, "its third lower close in a row", "its fifth lower close in a row", "fifth",
      "the close streak is 3 sessions down")
plant(B, "td-low", "history", V, "its lowest close in a year", "its highest close in a month",
      "highest close",
      "35,112.40 is the 52-week low close")
plant(B, "td-open", "value", V, "opened at 35,418.76", "opened at 35,481.76", "35,481.76",
      "the open was 35,418.76")
plant(B, "td-frnt", "scale", SC, "fell 0.86% to $30.01", "fell 0.86% to 30,010.00", "30,010.00",
      "FRNT is an ETF priced in dollars ($30.01), not in index points")
plant(B, "td-spx", "subject", V, "rose 1.11% to 6,901.69", "rose 0.30% to 6,901.69", "0.30%",
      "0.30% is the Russell 2000's move; the S&P 500 rose 1.11%", real=True)
plant(B, "td-div", "derived", DER, "by 1.99 pp", "by 0.85 pp", "0.85 pp", "-0.88% - 1.11% = -1.99 pp")
plant(B, "td-bp", "value", V, "about 160 bp a day", "about 260 bp a day", "260 bp",
      "the streak's average margin is -160 bp")
plant(B, "td-50", "value", V, "50-day average 39,210.55", "50-day average 39,012.55", "39,012.55",
      "the 50-day is 39,210.55")
plant(B, "td-p200", "pattern", P, "(19.73% below)", "(19.73% above)", "above",
      "the index is below its 200-day")
plant(B, "td-crossd", "date", WM, "since Thursday, Oct 15", "since Tuesday, Oct 15", "Tuesday",
      "Oct 15, 2026 was a Thursday")
plant(B, "td-age", "value", V, "26 sessions ago", "62 sessions ago", "62 sessions",
      "the cross is 26 sessions old")
plant(B, "td-slope", "trend", V, "-9.38% over 20", "-3.98% over 20", "-3.98%",
      "the 50-day's 20-session slope is -9.38%")
plant(B, "td-200s", "trend", P, "the 200-day is easing", "the 200-day is rising", "rising",
      "the 200-day fell 1.57% over 20 sessions")
plant(B, "td-rsi", "indicator", IND, "RSI 23.0, oversold", "RSI 23.0, overbought", "overbought",
      "RSI 23.0 is oversold")
plant(B, "td-macd", "indicator", IND, "MACD -1,085.04 below its signal", "MACD -1,085.04 above its signal",
      "above", "MACD -1,085.04 is below its -1,025.37 signal")
plant(B, "td-bb", "direction", D, "The close lies under the\n  lower Bollinger band",
      "The close lies over the\n  lower Bollinger band",
      "over", "35,112.40 is under the 35,162.55 lower band")
plant(B, "td-dist", "derived", DER, "0.32% under the close", "0.52% under the close", "0.52%",
      "35,000 / 35,112.40 - 1 = -0.32%")
plant(B, "td-lw", "level", LW, "the round 35,000 below", "the round 35,000 above", "35,000",
      "35,000 is below the 35,112.40 close")
plant(B, "td-rw", "value", V, "38,808.51, 10.53% wide", "38,808.51, 13.53% wide", "13.53%",
      "the range width is 10.53%")
plant(B, "td-wed", "history", V, "Wed 35,758.32", "Wed 35,785.32", "35,785.32",
      "Wednesday Nov 18 closed at 35,758.32")
plant(B, "td-tue", "history", V, "Tue 36,415.51", "Tue 36,189.14", "36,189.14",
      "36,189.14 was Monday's close; Tuesday closed at 36,415.51", real=True)
plant(B, "td-month", "timeframe", V, "month -8.56%", "month -3.07%", "-3.07%",
      "-3.07% is the weekly return; the month was -8.56%", real=True)
plant(B, "td-hid", "date", WM, "on Wed, Aug 19", "on Tue, Aug 19", "Tue", "Aug 19, 2026 was a Wednesday")
plant(B, "td-hip", "value", V, "is 28.26% above", "is 26.28% above", "26.28%", "pct_from_52w_high is -28.26%")
plant(B, "td-athd", "date", DU, "from Nov 13, 2024", "from Nov 3, 2024", "Nov 3, 2024",
      "the record close was Nov 13, 2024")

B = "spellingbee-SPY-2026-11-20"
clean(B, "SPY-2026-11-20", "pronouncer-script", "txt",
      "a spelling bee pronouncer's script: round numbers, word, definition, sentence of use and "
      "language of origin, the sentences of use drawn from Friday's market",
      """COUNTY SPELLING BEE 2026 - PRONOUNCER'S SCRIPT - Round 4 (of 9) - Saturday, Nov 21, 2:15 p.m.
Speller count entering round: 23. Time per word: 90 seconds. Judges: 3.

Word 1: RALLY. (noun) A rise after a fall. Sentence: "SPY rallied 1.10% on Friday to close at
  $688.00." Origin: French.
Word 2: VOLUME. (noun) Amount traded. Sentence: "SPY's volume of 118.3M shares was 1.8 times its
  average." Origin: Latin.
Word 3: RESISTANCE. (noun) A price where selling appears. Sentence: "The record close of $694.71,
  set on Thursday, Oct 22, is resistance, 0.97% above Friday's close." Origin: Latin.
Word 4: SUPPORT. (noun) A price where buying appears. Sentence: "The range bottom at $678.45 is
  support." Origin: Latin.
Word 5: AVERAGE. (noun) A typical value. Sentence: "SPY sits above its 50-day average of $680.43
  and its 200-day of $646.13." Origin: Arabic, via Italian.
Word 6: MOMENTUM. (noun) Force of motion. Sentence: "With an RSI of 55.0, momentum is neutral, and
  the MACD of 0.82 is under its signal of 1.59." Origin: Latin.
Word 7: DIVERGENCE. (noun) Moving apart. Sentence: "QQQ rose 1.90% and IWM only 0.30%, a gap of
  1.60 points." Origin: Latin.
Word 8: VOLATILITY. (noun) Tendency to swing. Sentence: "The VIX fell 9.30% to 15.60 [1]."
  Origin: Latin.
Word 9: EXPIRATION. (noun) An ending. Sentence: "The next options expiry falls on Friday, Nov 27,
  with max pain at $690.00." Origin: Latin.
Word 10: CHRONOLOGICAL. (adjective) In time order. Sentence: "SPY closed at $680.53 on Friday, Nov
  13, $683.25 on Monday, $679.84 on Tuesday and $681.88 on Wednesday." Origin: Greek.
Word 11: QUOTATION. (noun) Repeated words. Sentence: "A trader said buyers 'keep showing up for the
  same handful of names' [2]." Origin: Latin.
Word 12: STREAK. (noun) A run. Sentence: "IWM trailed SPY for a sixth session in a row [1]."
  Origin: Old English.

Alternates (if needed): TREND ("the 50-day climbed 1.76% over 20 sessions"), GAP ("SPY opened
  0.09% above Thursday's close"). Spellers remaining after round: to be announced at 3:40 p.m.

<<SOURCES>>""",
      sources=("ld-rebound20", "hs-megacap20"), source_format="foot")
plant(B, "sb-pct", "value", V, "SPY rallied 1.10%", "SPY rallied 1.45%", "1.45%", "SPY rose 1.10%")
plant(B, "sb-close", "value", V, "to close at\n  $688.00", "to close at\n  $686.00", "$686.00",
      "the close was $688.00")
plant(B, "sb-dir", "direction", D, "SPY rallied 1.10% on Friday", "SPY slid 1.10% on Friday", "slid",
      "SPY rose 1.10%")
plant(B, "sb-vol", "value", V, "1.8 times its", "2.8 times its", "2.8 times", "the volume ratio was 1.8")
plant(B, "sb-athd", "date", WM, "set on Thursday, Oct 22", "set on Wednesday, Oct 22", "Wednesday",
      "Oct 22, 2026 was a Thursday")
plant(B, "sb-athp", "value", V, "resistance, 0.97% above", "resistance, 1.79% above", "1.79%",
      "the record close is 0.97% above")
plant(B, "sb-sup", "level", LW, "The range bottom at $678.45 is\n  support",
      "The range bottom at $678.45 is\n  resistance",
      "$678.45", "$678.45 is below the $688.00 close")
plant(B, "sb-50", "pattern", P, "SPY sits above its 50-day", "SPY sits below its 50-day", "below its 50-day",
      "$688.00 is above the $680.43 50-day")
plant(B, "sb-200", "value", V, "200-day of $646.13", "200-day of $641.63", "$641.63",
      "the 200-day is $646.13")
plant(B, "sb-rsi", "indicator", IND, "momentum is neutral", "momentum is overbought", "overbought",
      "RSI 55.0 is neutral")
plant(B, "sb-macd", "indicator", IND, "is under its signal of 1.59", "is over its signal of 1.59", "over",
      "MACD 0.82 is below its 1.59 signal")
plant(B, "sb-gap", "derived", DER, "a gap of\n  1.60 points", "a gap of\n  2.35 points", "2.35",
      "1.90% - 0.30% = 1.60 pp")
plant(B, "sb-vix", "direction", D, "The VIX fell 9.30%", "The VIX rose 9.30%", "rose", "the VIX fell 9.30%")
plant(B, "sb-cs", "citation", CU, "to 15.60 [1].\"", "to 15.60 [3].\"", "[3]", "the text lists two sources")
plant(B, "sb-exp", "date", WM, "on Friday, Nov 27", "on Thursday, Nov 27", "Thursday",
      "Nov 27, 2026 is a Friday")
plant(B, "sb-mp", "value", V, "max pain at $690.00", "max pain at $695.00", "$695.00", "max pain is $690.00")
plant(B, "sb-fri", "history", V, "$680.53 on Friday", "$680.35 on Friday", "$680.35",
      "Friday Nov 13 closed at $680.53")
plant(B, "sb-tue", "history", V, "$679.84 on Tuesday", "$679.84 on Thursday", "$679.84",
      "$679.84 was Tuesday's close; Thursday closed at $680.51")
plant(B, "sb-q", "quotation", NU, "'keep showing up for the\n  same handful of names'",
      "'keep showing up for the\n  same 12 names'", "12", "the quote in [2] says 'the same handful of names'")
plant(B, "sb-streak", "quotation", V, "a sixth session in a row [1]", "a ninth session in a row [1]", "ninth",
      "the cited piece and the data say six sessions in a row")
plant(B, "sb-slope", "trend", V, "climbed 1.76% over 20 sessions", "climbed 2.67% over 20 sessions", "2.67%",
      "the 50-day's 20-session slope is +1.76%")
plant(B, "sb-opengap", "value", V, "0.09% above Thursday's close", "0.90% above Thursday's close", "0.90%",
      "the gap was 0.09%")

B = "housekeeping-IWM-2026-11-20"
clean(B, "IWM-2026-11-20", "shift-report", "txt",
      "a hotel housekeeping supervisor's end-of-shift report: rooms cleaned, linen counts, minibar "
      "restocks, lost property and staff hours, with a guest's IWM printout found in room 512 transcribed",
      """GRAND MERIDIAN HOTEL - HOUSEKEEPING SHIFT REPORT - Fri 20 Nov 2026 - day shift 07:00-15:30
Supervisor: T. Nguyen. Attendants on shift: 9 (1 sick). Rooms: 142 departures, 61 stay-overs, 4 DND.

Linen: 418 sheets, 610 towels sent to laundry. Minibar restocks: 37 (water $4.50, nuts $7.00).
Maintenance tickets: room 308 shower drain, room 1104 AC rattle, room 715 lamp bulb (done).

LOST PROPERTY: room 512 (checked out 11:05) - one umbrella, one phone charger, and a printed market
  sheet, held at the desk under LP-2291. Transcribed for the guest at his request:

  "IWM Friday close $244.30, +$0.73 (+0.30%), a small up day, well behind SPY (+1.10%) and
  QQQ (+1.90%). Trailed SPY for the sixth straight session. Range $241.00-$249.26, 25 sessions.
  Below the 50-day ($245.77) by 0.60%; 5.86% above the 200-day ($230.77). RSI 48.2. Resistance
  $245.00 then $249.26 (3 touches); support $242.80, then $241.00. Week -1.10%, month -1.65%, year
  +0.42%. Thursday close $243.57, Wednesday $244.79. Record $257.77 on Nov 28, 2025. The Tapewatch
  piece had IWM 'boxed between roughly $240 and $250' (1)."

Staff hours: 71.5 regular, 3.0 overtime. Next shift briefing 06:45 Saturday. Report ends.

<<SOURCES>>""",
      sources=("tw-box19",), source_format="plain")
plant(B, "hk-close", "value", V, "IWM Friday close $244.30", "IWM Friday close $243.30", "$243.30",
      "the close was $244.30")
plant(B, "hk-chg", "value", V, "+$0.73", "+$0.83", "$0.83", "the change was $0.73")
plant(B, "hk-dir", "direction", D, "a small up day", "a small down day", "down day", "IWM rose 0.30%")
plant(B, "hk-mg", "magnitude", MG, "a small up day", "a huge up day", "huge", "0.30% is 0.2 ATR: no huge day")
plant(B, "hk-qqq", "subject", V, "QQQ (+1.90%)", "QQQ (+1.10%)", "+1.10%",
      "1.10% is SPY's move; QQQ rose 1.90%", real=True)
plant(B, "hk-streak", "words", V, "the sixth straight session", "the tenth straight session", "tenth",
      "IWM has trailed SPY six sessions in a row")
plant(B, "hk-rs", "value", V, "$249.26, 25 sessions", "$249.26, 52 sessions", "52 sessions",
      "the range holds 25 sessions")
plant(B, "hk-50", "pattern", P, "Below the 50-day", "Above the 50-day", "Above the 50-day",
      "$244.30 is below the $245.77 50-day")
plant(B, "hk-200", "value", V, "5.86% above the 200-day", "8.56% above the 200-day", "8.56%",
      "pct_vs_sma_200 is 5.86%")
plant(B, "hk-rsi", "value", V, "RSI 48.2", "RSI 42.8", "42.8", "RSI is 48.2")
plant(B, "hk-lw", "level", LW, "support $242.80", "resistance $242.80", "$242.80",
      "$242.80 is below the $244.30 close")
plant(B, "hk-t3", "level", V, "(3 touches)", "(8 touches)", "8 touches", "the range top has 3 touches")
plant(B, "hk-year", "direction", D, "year\n  +0.42%", "year\n  -0.42%", "-0.42%", "the YTD return is +0.42%")
plant(B, "hk-thu", "history", V, "Thursday close $243.57", "Thursday close $244.57", "$244.57",
      "Thursday Nov 19 closed at $243.57")
plant(B, "hk-wed", "history", V, "Wednesday $244.79", "Monday $244.79", "$244.79",
      "$244.79 was Wednesday's close; Monday closed at $247.26")
plant(B, "hk-athd", "date", DU, "on Nov 28, 2025", "on Nov 26, 2025", "Nov 26, 2025",
      "the record close was Nov 28, 2025")
plant(B, "hk-q", "quotation", NU, "'boxed between roughly $240 and $250'",
      "'boxed between roughly $230 and $250'",
      "$230", "the cited piece (1) says $240 and $250")
plant(B, "hk-cite", "citation", CU, "and $250' (1)", "and $250' (2)", "(2)", "the report lists one source")

B = "setlist-QQQ-2026-11-20"
clean(B, "QQQ-2026-11-20", "setlist", "txt",
      "a touring band's taped-to-the-stage setlist with song keys, tempos and durations, the "
      "drummer's margin notes following QQQ during soundcheck, and the venue's curfew",
      """THE HOLLOW PINES - SETLIST - The Foundry, Leeds - Fri 20 Nov 2026 - doors 19:00, on 20:45, curfew
  23:00
Capacity 1,150 (sold out). Merch: shirts $30, vinyl $35.

 #  SONG                    KEY   BPM   TIME   DRUMMER'S NOTES (QQQ, read off my phone at soundcheck)
 1  Lantern Road            E     128   3:42   QQQ closed $626.40, +1.90%, +$11.68.
 2  Saltwater Hymn          C#m   96    4:15   Big day: 1.6 ATR. Volume 86.8M, 2.0x average.
 3  Copper Wire             A     140   3:05   Opened $618.09, high $631.45, low $614.90.
 4  Night Ferry             F#m   84    5:20   Record close $629.76 (Wed Nov 11), 0.53% above.
 5  Paper Crowns            D     118   3:58   50-day $614.02, price 2.02% above it.
 6  Lowland (acoustic)      G     72    4:40   200-day $580.22; golden cross since Jul 27.
 7  Static Bloom            B     132   3:33   RSI 56.4. MACD 1.96 under its 2.46 signal.
 8  The Long Weekend        E     110   4:02   Beat SPY by 0.80 pp, IWM by 1.60 pp.
 9  Quarry Lights           Am    100   4:48   Nasdaq 100 +1.89% to 25,753.96.
10  Harbour Song            D     124   3:51   Thu close $614.72, Wed $618.43, Mon $621.56.
ENCORE
11  Red Kite                F     136   4:10   Long over $630.00, stop $621.95, target $649.31 = 2.4R.
12  Home By Morning         C     90    6:02   Opex Fri Nov 27. Week +1.28%, month +0.27%.

Total stage time 51:26 + encore 10:12. Load-out by 23:45. Van to Glasgow 08:00.""")
plant(B, "sl-close", "value", V, "QQQ closed $626.40", "QQQ closed $624.60", "$624.60",
      "the close was $626.40")
plant(B, "sl-pct", "direction", D, "$626.40, +1.90%", "$626.40, -1.90%", "-1.90%", "QQQ rose 1.90%")
plant(B, "sl-mg", "magnitude", V, "Big day: 1.6 ATR", "Big day: 3.6 ATR", "3.6 ATR", "the move was 1.6 ATR")
plant(B, "sl-vol", "value", V, "Volume 86.8M", "Volume 68.8M", "68.8M", "volume was 86.8M")
plant(B, "sl-hi", "value", V, "high $631.45", "high $634.15", "$634.15", "the high was $631.45")
plant(B, "sl-athd", "date", WM, "(Wed Nov 11)", "(Thu Nov 11)", "Thu", "Nov 11, 2026 was a Wednesday")
plant(B, "sl-athp", "value", V, "0.53% above.", "0.35% above.", "0.35%", "the record close is 0.53% above")
plant(B, "sl-p50", "pattern", P, "price 2.02% above it", "price 2.02% below it", "below it",
      "$626.40 is above the $614.02 50-day")
plant(B, "sl-crossd", "date", DU, "since Jul 27", "since Jul 7", "Jul 7", "the golden cross was on Jul 27")
plant(B, "sl-macd", "indicator", IND, "MACD 1.96 under its", "MACD 1.96 over its", "over",
      "MACD 1.96 is below its 2.46 signal")
plant(B, "sl-div", "derived", DER, "IWM by 1.60 pp", "IWM by 1.06 pp", "1.06 pp", "1.90% - 0.30% = 1.60 pp")
plant(B, "sl-ndx", "value", V, "+1.89% to 25,753.96", "+1.89% to 25,573.96", "25,573.96",
      "the Nasdaq 100 closed at 25,753.96")
plant(B, "sl-wed", "history", V, "Wed $618.43", "Wed $618.34", "$618.34",
      "Wednesday Nov 18 closed at $618.43")
plant(B, "sl-mon", "history", V, "Mon $621.56", "Tue $621.56", "$621.56",
      "$621.56 was Monday's close; Tuesday closed at $615.97")
plant(B, "sl-stop", "setup", SG, "stop $621.95", "stop $633.95", "$633.95",
      "a long's stop must be below its $630.00 entry")
plant(B, "sl-rr", "setup", SRR, "= 2.4R", "= 1.2R", "1.2R", "(649.31-630)/(630-621.95) = 2.4")
plant(B, "sl-opex", "date", WM, "Opex Fri Nov 27", "Opex Sat Nov 27", "Sat", "Nov 27, 2026 is a Friday")
plant(B, "sl-week", "timeframe", V, "Week +1.28%", "Week +0.27%", "+0.27%",
      "0.27% is the 1-month return; the week was +1.28%", real=True)

README = kit.blind_readme(17)

# ---------------------------------------------------------------- scoring and the command line

evaluate, report = SET.evaluate, SET.report  # what tests/test_verify_holdout17.py runs

if __name__ == "__main__":
    raise SystemExit(SET.main(sys.argv[1:], doc=__doc__ or "", readme=README))
