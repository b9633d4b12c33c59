"""Write the twelfth blind holdout set for the verifier to tests/data/verify_holdout12/ (deterministic).

    .venv/bin/python scripts/make_verify_holdout12.py            # (re)write the set
    .venv/bin/python scripts/make_verify_holdout12.py --check    # exit 1 if the files on disk differ
    .venv/bin/python scripts/make_verify_holdout12.py --score    # run the verifier over the set, report

Written for issue 14 by someone who had read neither `pipeline/verify/` nor the texts of the
evaluation set or of the first eleven holdouts (only the shared plumbing in
`scripts/verify_eval/holdout_kit.py`, `tests/holdout_helpers.py`, `tests/test_verify_holdout11.py`,
the top and the bottom of `scripts/make_verify_holdout11.py`, `pipeline/facts.py`,
`pipeline/contracts/` and the README's verifier section), and who did not run the verifier on these
texts before the blind score. The voices are ones the earlier sets did not use: a sell-side morning
call transcript, a wealth manager's voice-note transcript, a sports-style play-by-play of the close, a
teacher's economics worksheet with answers, a regulator's surveillance summary, a haiku thread, a
property manager's reserve-fund memo, a radio traffic-report parody, notes translated from
Portuguese, Turkish, Polish and Japanese, a private diary, a family office's meeting minutes, an
investor-relations FAQ, a Discord bot's digest, a TV chyron list, a sommelier's tasting notes, a
museum audio guide and a lifeguard's shift log.

Every figure of a clean text was typed by hand from `pipeline.facts.build_fact_sheet(...)` of the
case's snapshot, of a peer in the same file, of the snapshot's dated bars (`recent_sessions`,
`recent_closes`, `recent_highs`, `recent_lows`), of the 50/200-day slopes the snapshot carries
(`trend.sma_50_slope_pct`, `trend.sma_200_slope_pct`), or from the text of a cited source;
approximations ("about two to one", "nearly double") were checked against the same values. Page
furniture, years, counts of things, ages, clock times, prices of things that are not market data and
percentages of things that are not markets are there on purpose. The snapshots and sources are
frozen copies in tests/data/verify_holdout12/context/ (copied from tests/data/verify_holdout11/context/,
itself taken from tests/data/verify_eval/, on 2026-12-06; each carries 64 dated bars). Each planted
case is one clean text with one exact substitution and one expected finding whose code is the README's
documented one for that fault; its note says why that code.

The blind score (once, on main at 6cba520, the set frozen in a93077a): 262/389 planted errors caught
(0.67), 63 error findings on the 20 clean texts (3.15 per text), 305/389 planted spots flagged by an
error finding of some code. Per kind, caught/planted: value 52/77, scale 7/9, derived 15/21, direction
9/17, indicator 18/20, pattern 7/15, level 12/20, setup 8/10, date 33/43, citation 8/10, subject 13/16,
timeframe 8/15, negation 4/10, quotation 4/9, trend 10/14, history 40/54, words 7/18, magnitude 7/11
(scripts/verify_eval/holdout12_score.md has the table and the findings per clean text).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verify_eval import holdout_kit as kit  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- the clean texts

U = kit.FIXTURE_URLS  # the ingested items cited, by a short name

SET = kit.HoldoutSet("holdout12", REPO, U)  # the kit's four source formats
OUT = SET.out
CLEAN = SET.texts
clean = SET.clean

plant = SET.plant_wrapped  # old/new/span may carry the texts' continuation breaks

V, D, P, IND, DU, WM, LW, NU, MG, DER, SC, SG, SRR, CU, CS = kit.CODES

# A line starting with exactly two spaces continues the line before it. `<<SOURCES>>` becomes the
# Sources block. Figures are typed, not slotted: each was read off the key's fact sheet. Each text's
# planted errors follow it.

B = "morningcall-SPY-2026-11-20"
clean(B, "SPY-2026-11-20", "morning-call", "md",
      "a sell-side morning call transcript: a moderator, a strategist and a derivatives trader on "
      "SPY's Friday, with head counts, minutes, options walls, a trade idea and two cited wires",
      """\
# Morning Call, Monday, November 23, 2026, 7:15 a.m. (transcript, lightly edited)

DANA WHITCOMBE (head of sales trading): Good morning, everyone. We have about forty people on the
  line and twelve minutes, so let's go. Priya, the tape.

PRIYA ANAND (equity strategy): Thanks, Dana. Friday was a good day for the big index fund. The SPDR
  S&P 500 ETF, SPY, closed at $688.00, up $7.49 or 1.10%, on 118.3 million shares, roughly 1.8 times
  its twenty-day average of 64.9 million. The S&P 500 itself finished at 6,901.69. That came after a
  soft middle of the week: SPY had closed at $679.84 on Tuesday the 17th and at $680.51 on Thursday.
  For the week it is up 1.10%; for the month it is still down 0.97%, and the gain for the year is
  3.28%. The move was worth about 1.1 average true ranges, so a real day, not a drift.

DANA: Where does that leave us against the averages?

PRIYA: Above all of them. The 50-day sits at $680.43, so we are 1.11% above it, and we are 6.48% above the
  200-day at $646.13. The golden cross dates from September 21, forty-four sessions
  ago. The 50-day has risen about 1.8% over the last twenty sessions, while the 200-day has barely
  moved, up about a tenth of a percent. RSI is 55.0, neutral, and MACD, at 0.82, is still under its
  signal line at 1.59, so momentum has not confirmed the day yet.

MARCUS LEE (derivatives): Let me add the options picture. Max pain for the November 27 expiry sits
  at $690, the call wall at $700 and the put wall at $675. Put/call open interest is 1.16, a bit
  defensive.

PRIYA: The record close is $694.71 from October 22, and we're 0.97% under it. The range that has
  held for 29 sessions runs from $678.45 to $694.71, only 2.40% wide. Support is $678.45, tested
  twice; resistance is the $694.71 record, touched five times.

DANA: Relative?

PRIYA: Middle of the pack. QQQ jumped 1.90%, so SPY trailed it by 0.80 points, but we beat the Dow
  fund, DIA, up 0.60%, and IWM, which only managed 0.30%. The VIX fell 9.30% to 15.60. Ledger had
  it the same way, "Nasdaq leads Friday's rebound" [1], and Harbor Street put the megacap tech
  rally behind the Nasdaq 100's 1.9% jump [2].

MARCUS: And the idea for the desk: long SPY on a close above $697.09, stop at $690.03, target
  $710.97. That is two-to-one reward to risk.

DANA: Calendar: the Fed decides December 9, thirteen sessions out, and November CPI lands the next
  day. Three questions in the queue; we'll take them offline. Thanks, all.

<<SOURCES>>
""", sources=("ld-rebound20", "hs-megacap20"))

plant(B, "mc-close", "value", V, "closed at $688.00, up", "closed at $686.00, up", "$686.00",
      "SPY closed at $688.00")
plant(B, "mc-ratio", "value", V, "roughly 1.8 times", "roughly 2.8 times", "2.8",
      "volume was 1.8 times the 20-day average")
plant(B, "mc-tue", "history", V, "$679.84 on Tuesday the 17th", "$676.84 on Tuesday the 17th", "$676.84",
      "SPY closed at $679.84 on Tuesday, November 17")
plant(B, "mc-week", "timeframe", V, "For the week it is up 1.10%", "For the week it is up 1.28%", "1.28%",
      "SPY's five-day move is 1.10%; 1.28% is QQQ's", real=True)
plant(B, "mc-month", "direction", D, "for the month it is still down 0.97%",
      "for the month it is still up 0.97%", "up 0.97%", "the one-month move is -0.97%")
plant(B, "mc-atr", "magnitude", MG, "so a real day, not a drift", "so a drift, not a real day", "a drift",
      "a 1.1 ATR, 1.10% move called a drift")
plant(B, "mc-sma50", "value", V, "The 50-day sits at $680.43", "The 50-day sits at $682.43", "$682.43",
      "the 50-day average is $680.43")
plant(B, "mc-pct200", "value", V, "we are 6.48% above the", "we are 6.84% above the", "6.84%",
      "SPY is 6.48% above its 200-day (a fact-sheet distance)")
plant(B, "mc-crossage", "history", V, "forty-four sessions\n  ago", "fifty-four sessions\n  ago",
      "fifty-four", "the golden cross is 44 sessions old")
plant(B, "mc-slope", "trend", P, "The 50-day has risen about 1.8%", "The 50-day has fallen about 1.8%",
      "fallen", "the 50-day's 20-session slope is +1.76%")
plant(B, "mc-macd", "indicator", IND, "is still under its\n  signal line at 1.59",
      "is already over its\n  signal line at 1.59", "over its", "MACD 0.82 is below its signal 1.59")
plant(B, "mc-rsi", "indicator", IND, "RSI is 55.0, neutral", "RSI is 55.0, overbought", "overbought",
      "RSI 55.0 is not overbought")
plant(B, "mc-putwall", "level", V, "the put wall at $675", "the put wall at $665", "$665",
      "the put wall is $675")
plant(B, "mc-recdate", "date", DU, "$694.71 from October 22", "$694.71 from October 29", "October 29",
      "the record close was set on Oct 22, 2026")
plant(B, "mc-support", "level", LW, "Support is $678.45, tested", "Support is $698.45, tested", "$698.45",
      "a support above the $688.00 close")
plant(B, "mc-qqq", "subject", V, "QQQ jumped 1.90%", "QQQ jumped 1.10%", "1.10%",
      "QQQ rose 1.90%; 1.10% is SPY's own move", real=True)
plant(B, "mc-trail", "derived", DER, "SPY trailed it by 0.80 points", "SPY trailed it by 0.65 points",
      "0.65", "1.10% - 1.90% = -0.80 pp")
plant(B, "mc-vix", "scale", SC, "to 15.60. Ledger", "to $15.60. Ledger", "$15.60",
      "the VIX is a gauge in points, not dollars")
plant(B, "mc-cite", "citation", CU, "rally behind the Nasdaq 100's 1.9% jump [2]",
      "rally behind the Nasdaq 100's 1.9% jump [3]", "[3]", "only two sources are listed")
plant(B, "mc-stop", "setup", SG, "stop at $690.03, target", "stop at $699.03, target", "$699.03",
      "a long's stop above its $697.09 entry")
plant(B, "mc-weekday", "date", WM, "the Fed decides December 9, thirteen",
      "the Fed decides Thursday, December 9, thirteen", "Thursday",
      "December 9, 2026 is a Wednesday")
plant(B, "mc-touches", "words", V, "touched five times", "touched nine times", "nine",
      "the range top has five touches")

B = "voicenote-QQQ-2026-11-20"
clean(B, "QQQ-2026-11-20", "voice-note", "txt",
      "a wealth manager's WhatsApp voice notes to a client, transcribed by the app: QQQ's Friday, a "
      "grandson's tuition, a quote from the client's son, the record and the options expiry",
      """\
[Voice note 1 of 3, 0:58, sent 6:42 PM, transcribed automatically]

Hi Margaret, it's Tomás. Quick one before you head to the lake house. So the tech fund, the QQQ
  position, had a really strong Friday. It closed at $626.40, up $11.68, that's 1.90% in one day,
  and it traded 86.8 million shares, about double the usual 44.3 million. It opened at $618.09, dipped
  to $614.90 early and went as high as $631.45 before settling. Thursday it had finished at $614.72,
  so it won back everything it lost in the middle of the week and then some. Over five days it's up
  1.28%, over the month 0.27%, and for the year 4.91%, which, I know, is less than your CD ladder
  paid in 2023, but bear with me.

[Voice note 2 of 3, 1:12, sent 6:44 PM]

The part I want you to hear: it is sitting just 0.53% under its record close of $629.76, which it
  set on November 11. The intraday peak was $632.37 the next day, November 12. The 50-day average is
  $614.02 and the 200-day is $580.22, so the fund is 2.02% above the first and 7.96% above the
  second, and the 50-day crossed above the 200-day back on July 27, 83 sessions ago. RSI is 56.4,
  nothing stretched. Your son said on the phone Thursday, and I wrote it down, "it looks like a
  death-cross chart to me, Mom," and respectfully, that's backwards: it's a golden cross and it has
  been for months. Harbor Street had the Nasdaq 100 up 1.9% on the megacap tech rally, with the
  fund\n  finishing 0.5% below its record close [1].

[Voice note 3 of 3, 0:47, sent 6:46 PM]

Compared with the rest of your book: the S&P fund, SPY, rose 1.10%, so tech beat it by 0.80
  points; the Dow fund rose 0.60% and the small-cap fund just 0.30%. The VIX dropped to 15.60. The
  options that expire on November 27 have their max pain at $630 and a big call wall at $640, with
  puts stacked at $610. I'd only add on a close above $630.00, stop $621.95, target $649.31, which
  is roughly 2.4 to 1. Otherwise we hold. Fed's on December 9. And Margaret, the $18,400 for Lucas's
  spring tuition is already in the money-market sleeve, so that's handled. Talk Monday. Bye bye.

<<SOURCES>>
""", sources=("hs-megacap20",), source_format="plain")

plant(B, "vn-change", "value", V, "up $11.68, that's", "up $11.98, that's", "$11.98",
      "QQQ's one-day change is $11.68")
plant(B, "vn-double", "words", V, "about double the usual 44.3 million",
      "about triple the usual 44.3 million", "triple", "volume ratio 2.0 is double, not triple")
plant(B, "vn-low", "value", V, "dipped\n  to $614.90 early", "dipped\n  to $612.90 early", "$612.90",
      "the session low is $614.90")
plant(B, "vn-thu", "history", V, "Thursday it had finished at $614.72", "Thursday it had finished at $618.43",
      "$618.43", "QQQ closed at $614.72 on Thursday, Nov 19; $618.43 was Wednesday's close", real=True)
plant(B, "vn-month", "timeframe", V, "over the month 0.27%", "over the month 1.28%", "1.28%",
      "QQQ's one-month move is 0.27%; 1.28% is its five-day", real=True)
plant(B, "vn-ath-pct", "value", V, "just 0.53% under its record", "just 0.35% under its record", "0.35%",
      "QQQ is 0.53% below its record close")
plant(B, "vn-recdate", "date", DU, "which it\n  set on November 11", "which it\n  set on November 10",
      "November 10", "the record close was Nov 11, 2026")
plant(B, "vn-peakdate", "date", DU, "$632.37 the next day, November 12", "$632.37 the next day, November 13",
      "November 13", "the intraday high was Nov 12, 2026")
plant(B, "vn-sma200", "value", V, "the 200-day is $580.22", "the 200-day is $585.22", "$585.22",
      "the 200-day average is $580.22")
plant(B, "vn-above50", "pattern", P, "2.02% above the first", "2.02% below the first", "below",
      "QQQ is above its 50-day average")
plant(B, "vn-cross", "date", DU, "back on July 27, 83", "back on July 20, 83", "July 20",
      "the golden cross dates from Jul 27, 2026")
plant(B, "vn-crossage", "history", V, "July 27, 83 sessions ago", "July 27, 88 sessions ago", "88",
      "the cross is 83 sessions old")
plant(B, "vn-rsi", "indicator", IND, "RSI is 56.4,\n  nothing stretched", "RSI is 56.4,\n  deeply oversold",
      "oversold", "RSI 56.4 is not oversold")
plant(B, "vn-negation", "negation", P, "it's a golden cross and it has\n  been for months",
      "it's not a golden cross and it has\n  not been for months", "not a golden cross",
      "the 50-day is above the 200-day: it is a golden cross")
plant(B, "vn-cite", "citation", CS,
      "Harbor Street had the Nasdaq 100 up 1.9% on the megacap tech rally, with the fund\n  finishing 0.5% "
      "below its record close [1].", "My dentist swears by index funds for his grandchildren [1].", "[1]",
      "the cited Harbor Street piece says nothing about a dentist or grandchildren")
plant(B, "vn-spy", "subject", V, "SPY, rose 1.10%", "SPY, rose 0.60%", "0.60%",
      "SPY rose 1.10%; 0.60% is DIA's move", real=True)
plant(B, "vn-beat", "derived", DER, "tech beat it by 0.80\n  points", "tech beat it by 1.05\n  points",
      "1.05", "1.90% - 1.10% = 0.80 pp")
plant(B, "vn-vixdir", "direction", D, "The VIX dropped to 15.60", "The VIX jumped to 15.60", "jumped",
      "the VIX fell 9.30%")
plant(B, "vn-callwall", "level", V, "a big call wall at $640", "a big call wall at $650", "$650",
      "the call wall is $640")
plant(B, "vn-rr", "setup", SRR, "which\n  is roughly 2.4 to 1", "which\n  is roughly 4 to 1", "4 to 1",
      "entry 630.00, stop 621.95, target 649.31: 2.4 to 1")

B = "playbyplay-GSPC-2026-11-20"
clean(B, "idx_GSPC-2026-11-20", "play-by-play", "md",
      "a sports-radio style play-by-play of the S&P 500's Friday close with a color commentator: "
      "the score by the clock, the averages as field position, rivals' scores and two cited wires",
      """\
## FINAL BELL LIVE with Rick "The Ticker" Dalton and Sue Okafor: Friday, Nov 20, 2026

**RICK:** Welcome back, folks, and what a finish here at the corner of Broad and Wall! The S&P 500
  opened the day at 6,833.00, fell behind early, touched a low of 6,815.01, and then, oh my, the
  comeback: up to 6,920.40 at the high and into the locker room at 6,901.69! That's a gain of 75.63
  points, 1.11% on the day, after a 6,826.06 close on Thursday!

**SUE:** And Rick, that's a move of about 1.1 times the average true range of 70.89 points. This
  was a statement win, not a garbage-time score. The gap at the open was tiny, 0.10%, so they earned
  this one inside the session.

**RICK:** Let's look at the season standings. Five sessions: up 1.10%. The month: down 0.95%, they
  still owe the fans one. The year to date: up 3.33%. Remember Monday the 16th, when they posted
  6,855.03, and then Tuesday's stumble to 6,821.04? Ancient history tonight!

**SUE:** Field position matters, Rick. The index is camped at 1.13% above its 50-day average of
  6,824.87 and a healthy 6.50% above the 200-day at 6,480.69. The golden cross came on September 21,
  forty-four sessions ago, and the 50-day has climbed about 1.8% in the last twenty sessions. That is
  a team on the rise. RSI 54.9: fresh legs, nobody's overbought. MACD at 8.49 is still under the
  16.37 signal line though, so the coaches want more.

**RICK:** The end zone? The record close of 6,968.14 from October 22, just 0.95% away. The highest
  print of the year, 6,992.05, came that same Thursday. Range play: 29 sessions between 6,805.34 and
  6,968.14, a 2.39% field. The big round number, 7,000, sits 1.42% above the close.

**SUE:** Around the league! The Nasdaq 100 rolled up 1.89% to 25,753.96 and beat the S&P by 0.78
  points. The Dow added 0.58% to 47,220.31. The Russell 2000 limped home with 0.30% at 2,456.17.
  And the VIX, the fear gauge, fell 9.30% to 15.60. Ledger Markets Daily had the same box score,
  the S&P 500 up 1.1% to 6,901.69 with small caps lagging again [1].

**RICK:** Overseas scores: the DAX up 0.62% at 24,106.94 and the Nikkei up 0.41% at 48,912.62.
  Gold 4,050.95, crude 67.80.

**SUE:** And the playbook for next week: a long only on a break of 6,992.05, with a stop at 6,921.16
  and the target at 7,130.94, about two to one. Support first at 6,805.34, then 6,724.30. Monday
  was the day the index "holds above its 50-day average," as Tapewatch's headline put it [2]. The Fed meets
  December 9, thirteen sessions away, with CPI on December 10.

**RICK:** That's the horn! Sponsored by Hank's Tires, 14 locations, open until 9. Good night!

<<SOURCES>>
""", sources=("ld-rebound20", "tw-50day16"))

plant(B, "pb-open", "value", V, "opened the day at 6,833.00", "opened the day at 6,843.00", "6,843.00",
      "the S&P 500 opened at 6,833.00")
plant(B, "pb-pts", "value", V, "That's a gain of 75.63\n  points", "That's a gain of 57.63\n  points",
      "57.63", "the one-day change is 75.63 points")
plant(B, "pb-thu", "history", V, "after a 6,826.06 close on Thursday", "after a 6,862.06 close on Thursday",
      "6,862.06", "Thursday, Nov 19 closed at 6,826.06")
plant(B, "pb-mag", "magnitude", MG, "This\n  was a statement win, not a garbage-time score.",
      "This\n  was a barely-there nudge, not a statement win.", "barely-there nudge",
      "a 1.1 ATR, 1.11% gain is not a barely-there nudge")
plant(B, "pb-month", "direction", D, "The month: down 0.95%", "The month: up 0.95%", "up 0.95%",
      "the one-month move is -0.95%")
plant(B, "pb-ytd", "timeframe", V, "The year to date: up 3.33%", "The year to date: up 1.10%", "1.10%",
      "YTD is 3.33%; 1.10% is the five-day move", real=True)
plant(B, "pb-mon", "history", V, "when they posted\n  6,855.03", "when they posted\n  6,885.03", "6,885.03",
      "Monday, Nov 16 closed at 6,855.03")
plant(B, "pb-tuewd", "date", WM, "Remember Monday the 16th", "Remember Sunday the 16th", "Sunday",
      "November 16, 2026 is a Monday")
plant(B, "pb-sma50", "value", V, "50-day average of\n  6,824.87", "50-day average of\n  6,842.87", "6,842.87",
      "the 50-day is 6,824.87")
plant(B, "pb-200pct", "value", V, "a healthy 6.50% above the 200-day", "a healthy 5.60% above the 200-day",
      "5.60%", "the index is 6.50% above its 200-day")
plant(B, "pb-crossw", "history", V, "forty-four sessions ago, and", "thirty-four sessions ago, and",
      "thirty-four", "the golden cross is 44 sessions old")
plant(B, "pb-slope", "trend", P, "the 50-day has climbed about 1.8% in the last twenty sessions",
      "the 50-day has flatlined in the last twenty sessions", "flatlined",
      "the 50-day rose 1.77% over 20 sessions")
plant(B, "pb-rsi", "indicator", IND, "nobody's overbought", "everybody's overbought", "overbought",
      "RSI 54.9 is not overbought")
plant(B, "pb-recdate", "date", DU, "6,968.14 from October 22", "6,968.14 from October 21", "October 21",
      "the record close was Oct 22, 2026")
plant(B, "pb-recpct", "value", V, "just 0.95% away", "just 1.95% away", "1.95%",
      "the index is 0.95% below its record")
plant(B, "pb-7000", "derived", DER, "sits 1.42% above the close", "sits 2.24% above the close", "2.24%",
      "7,000 / 6,901.69 - 1 = 1.42%")
plant(B, "pb-ndx", "subject", V, "rolled up 1.89% to 25,753.96", "rolled up 0.58% to 25,753.96", "0.58%",
      "the Nasdaq 100 rose 1.89%; 0.58% is the Dow's", real=True)
plant(B, "pb-beat", "derived", DER, "beat the S&P by 0.78\n  points", "beat the S&P by 1.38\n  points",
      "1.38", "1.89% - 1.11% = 0.78 pp")
plant(B, "pb-rut", "scale", SC, "0.30% at 2,456.17", "0.30% at $2,456.17", "$2,456.17",
      "the Russell 2000 is an index in points, not dollars")
plant(B, "pb-dax", "value", V, "the DAX up 0.62% at 24,106.94", "the DAX up 1.62% at 24,106.94", "1.62%",
      "the DAX rose 0.62%")
plant(B, "pb-stop", "setup", SG, "with a stop at 6,921.16", "with a stop at 7,021.16", "7,021.16",
      "a long's stop above its 6,992.05 entry")
plant(B, "pb-support", "level", LW, "Support first at 6,805.34", "Support first at 6,935.34", "6,935.34",
      "a support above the 6,901.69 close")
plant(B, "pb-quote", "quotation", P, '"holds above its 50-day average,"', '"slips below its 50-day average,"',
      "slips below its 50-day average",
      "the index closed above its 50-day on Monday; Tapewatch said held above")
plant(B, "pb-cite", "citation", CU, "as Tapewatch's headline put it [2]",
      "as Tapewatch's headline put it [4]", "[4]", "only two sources are listed")

B = "worksheet-DIA-2026-11-20"
clean(B, "DIA-2026-11-20", "worksheet", "md",
      "a high-school economics teacher's worksheet with an answer key on the Dow fund's week: "
      "a table of closes, percent questions, a streak, the averages and a cited Tapewatch item",
      """\
# Unit 6 Worksheet: Reading a Market Week (Ms. Abernathy, Period 3, Room 214)

Name: ____________  Due: Tuesday, December 1. Worth 20 points. Calculators allowed.

The SPDR Dow Jones Industrial Average ETF (ticker DIA) tracks the thirty stocks of the Dow. Use
  the table and the notes to answer the questions. Answers are at the bottom: no peeking, Jaylen.

| Day | DIA close |
| --- | ---: |
| Monday, Nov 16 | $467.85 |
| Tuesday, Nov 17 | $466.92 |
| Wednesday, Nov 18 | $468.32 |
| Thursday, Nov 19 | $468.79 |
| Friday, Nov 20 | $471.60 |

Notes: On Friday DIA rose $2.81, or 0.60%, on 5.5 million shares against a 20-day average of 3.4
  million. Its 50-day moving average is $467.61 and its 200-day is $454.80. Its record close,
  $493.91, was set on January 12, 2026. The Dow index itself closed at 47,220.31, up 0.58%.

1. By how many days in a row did DIA close higher at the end of the week?
2. Was Friday's volume above or below normal? By roughly what multiple?
3. How far is DIA above its 50-day average, in percent?
4. How far below the record close is DIA?
5. Did DIA do better or worse than SPY (up 1.10%) on Friday? By how much?
6. Explain in one sentence what a "golden cross" is, and whether DIA has one.

## Answer key

1. Three. Tuesday was a down day, then DIA rose on Wednesday, Thursday and Friday, a three-day
   winning streak worth 1.00% in all.
2. Above: 5.5 million against 3.4 million is about 1.6 times normal.
3. 0.85% above the 50-day ($471.60 against $467.61). It is 3.69% above the 200-day as well.
4. 4.52% below the $493.91 record from January 12.
5. Worse: DIA's 0.60% trailed SPY's 1.10% by half a percentage point, 0.50 points. It did beat the
   small-cap fund IWM (0.30%) but trailed the tech fund QQQ (1.90%) by 1.30 points.
6. A golden cross is when the 50-day average moves above the 200-day. DIA's happened on October 2,
   35 sessions before Friday, and it is still in place; the 50-day is rising (about 0.75% in twenty
   sessions) while the 200-day is drifting slightly lower.

Bonus (2 points): RSI is 55.5. Is that overbought? (No: overbought usually means above 70.) The
  MACD line, 0.34, is below its signal line, 0.47. Wednesday's item from Tapewatch is a good read on
  why the Dow moved: defensive shares attracted buyers as the average gained 0.3% to 46,891.82 [1].
  The range to watch is $464.29 to $474.50, where DIA has traded for 43 sessions; the
  resistance at $474.50 is 0.61% above Friday's close, and the support at $464.29 is below it.

<<SOURCES>>
""", sources=("tw-dow18",))

plant(B, "ws-tue", "history", V, "| Tuesday, Nov 17 | $466.92 |", "| Tuesday, Nov 17 | $469.92 |", "$469.92",
      "DIA closed at $466.92 on Tuesday, Nov 17")
plant(B, "ws-wedwd", "date", WM, "| Wednesday, Nov 18 | $468.32 |", "| Thursday, Nov 18 | $468.32 |",
      "Thursday, Nov 18", "November 18, 2026 is a Wednesday")
plant(B, "ws-change", "value", V, "DIA rose $2.81, or 0.60%", "DIA rose $2.18, or 0.60%", "$2.18",
      "DIA's one-day change is $2.81")
plant(B, "ws-sma200", "value", V, "its 200-day is $454.80", "its 200-day is $445.80", "$445.80",
      "DIA's 200-day is $454.80")
plant(B, "ws-recdate", "date", DU, "$493.91, was set on January 12, 2026",
      "$493.91, was set on January 21, 2026", "January 21, 2026", "the record close was Jan 12, 2026")
plant(B, "ws-dji", "scale", SC, "The Dow index itself closed at 47,220.31",
      "The Dow index itself closed at $471.60", "$471.60", "the Dow index quoted at its ETF's dollar price",
      real=True)
plant(B, "ws-streakw", "history", V, "1. Three. Tuesday", "1. Four. Tuesday", "Four",
      "DIA's close streak is three sessions")
plant(B, "ws-streakpct", "history", V, "winning streak worth 1.00% in all",
      "winning streak worth 1.45% in all", "1.45%", "the three-session streak is worth 1.00%")
plant(B, "ws-mult", "words", V, "is about 1.6 times normal", "is about 2.6 times normal", "2.6",
      "the volume ratio is 1.6")
plant(B, "ws-pct50", "value", V, "3. 0.85% above the 50-day", "3. 0.78% above the 50-day", "0.78%",
      "DIA is 0.85% above its 50-day")
plant(B, "ws-pct200", "value", V, "It is 3.69% above the 200-day", "It is 3.96% above the 200-day", "3.96%",
      "DIA is 3.69% above its 200-day")
plant(B, "ws-athpct", "value", V, "4. 4.52% below", "4. 5.42% below", "5.42%",
      "DIA is 4.52% below its record")
plant(B, "ws-half", "words", DER, "by half a percentage point, 0.50 points",
      "by a full percentage point, 0.50 points", "a full percentage point",
      "1.10% - 0.60% is half a point, not a full one")
plant(B, "ws-worse", "direction", D, "5. Worse: DIA's 0.60% trailed SPY's",
      "5. Better: DIA's 0.60% led SPY's", "led", "DIA's 0.60% trailed SPY's 1.10%")
plant(B, "ws-qqq", "derived", DER, "(1.90%) by 1.30 points", "(1.90%) by 1.15 points", "1.15",
      "0.60% - 1.90% = -1.30 pp")
plant(B, "ws-crossdate", "date", DU, "DIA's happened on October 2,", "DIA's happened on October 12,",
      "October 12", "the golden cross dates from Oct 2, 2026")
plant(B, "ws-crossage", "history", V, "35 sessions before Friday", "53 sessions before Friday", "53",
      "the cross is 35 sessions old")
plant(B, "ws-slope200", "trend", P, "while the 200-day is drifting slightly lower",
      "while the 200-day is climbing steadily", "climbing steadily",
      "the 200-day's 20-session slope is -0.32%")
plant(B, "ws-rsi", "negation", IND, "(No: overbought usually means above 70.)",
      "(Yes: it is overbought.)", "overbought", "RSI 55.5 is not overbought")
plant(B, "ws-macd", "indicator", IND, "0.34, is below its signal line", "0.34, is above its signal line",
      "above its signal", "MACD 0.34 is below its signal 0.47")
plant(B, "ws-cite", "citation", CS,
      "why the Dow moved: defensive shares attracted buyers as the average gained 0.3% to 46,891.82 [1].",
      "why the school board moved the bus schedule to 7:40 [1].", "[1]",
      "the cited Tapewatch item says nothing about a school board or a bus schedule")
plant(B, "ws-res", "level", LW, "the\n  resistance at $474.50 is 0.61% above",
      "the\n  resistance at $470.50 is 0.61% above", "$470.50", "a resistance below the $471.60 close")
plant(B, "ws-respct", "derived", DER, "is 0.61% above Friday's close", "is 1.61% above Friday's close",
      "1.61%", "474.50 / 471.60 - 1 = 0.61%")
plant(B, "ws-sessions", "history", V, "has traded for 43 sessions", "has traded for 34 sessions", "34",
      "the range is 43 sessions old")

B = "surveillance-IWM-2026-11-20"
clean(B, "IWM-2026-11-20", "surveillance-summary", "txt",
      "a market regulator's weekly surveillance summary on small-cap ETF trading: alert ids, account "
      "counts, rule numbers, then IWM's session, its range, its lag behind SPY and three cited items",
      """\
MARKET SURVEILLANCE DIVISION: WEEKLY SUMMARY, EXCHANGE-TRADED PRODUCTS
Reporting week ending Friday, November 20, 2026. Prepared for the Oversight Committee. Internal.

1. Scope. Staff reviewed 212 alerts across 37 exchange-traded products. Of these, 9 were escalated
  under Rule 4.12 (layering) and 2 were referred to Enforcement. No trading halts were required.

2. iShares Russell 2000 ETF (IWM). Alert SV-26-1184 (volume) was triggered on Friday. IWM traded
  39.6 million shares against a twenty-day average of 30.0 million, 1.3 times normal. Price action
  did not support a manipulation hypothesis: the fund opened at $244.20, held a narrow band between
  $243.65 and $244.45, and closed at $244.30, up $0.73 (0.30%) from Thursday's $243.57. The move
  equalled roughly a fifth of one average true range ($2.83), an unremarkable session. The underlying
  Russell 2000 index closed at 2,456.17, also up 0.30%, so the product tracked its index closely.

3. Context. Over five sessions IWM fell 1.10% and over one month 1.65%; it is up 0.42% for the year.
  The fund closed at $247.26 on Monday, November 16, and at $245.28 on Tuesday, so the week's decline
  was gradual, not a single dislocation. Its 50-day average is $245.77 and the fund sits 0.60% below
  it; the 50-day has been essentially flat over the last twenty sessions. The fund is 5.86% above
  its 200-day, at $230.77. The 50-day crossed above the 200-day on August 10, 73 sessions ago.
  Staff note that RSI stood at 48.2, neutral.

4. Relative performance. IWM lagged the S&P 500 fund SPY (up 1.10%) by 0.80 points on Friday, the
  sixth straight session it trailed SPY, and the Nasdaq 100 fund QQQ (up 1.90%) by 1.60 points. Press
  coverage agreed: Ledger called it small caps sitting out another rally, with IWM boxed between
  roughly $240 and $250 for five weeks [1], a picture Tapewatch drew a day earlier as well, its
  "$10 box" [2]. Macro Brief put the 10-year yield at 4.06% after a 7 basis point drop [3].

5. Range. IWM has held between $241.00 and $249.26 for 25 sessions, a range 3.43% wide. The nearest
  resistance is $249.26, tested three times; support sits at $242.80 and then $241.00. The November
  27 options expiry shows a put wall at $240 and a call wall at $250, with put/call open interest
  of 1.12.

6. The fund's record close remains $257.77 from November 28, 2025; Friday's close is 5.23% below it. No
  further action recommended. Next review: Friday, December 4, 2026, 10:00 ET, Room 6B.

<<SOURCES>>
""", sources=("ld-smallcaps20", "tw-box19", "mb-yields20"), source_format="paren")

plant(B, "sv-vol", "value", V, "IWM traded\n  39.6 million shares", "IWM traded\n  36.9 million shares",
      "36.9", "IWM's volume was 39.6M")
plant(B, "sv-ratio", "value", V, "1.3 times normal", "2.3 times normal", "2.3",
      "the volume ratio is 1.3")
plant(B, "sv-high", "value", V, "$243.65 and $244.45", "$243.65 and $245.45", "$245.45",
      "the session high is $244.45")
plant(B, "sv-thu", "history", V, "from Thursday's $243.57", "from Thursday's $244.79", "$244.79",
      "Thursday's close was $243.57; $244.79 was Wednesday's", real=True)
plant(B, "sv-atr", "words", V, "roughly a fifth of one average true range", "roughly two average true ranges",
      "two average true ranges", "the move was 0.2 ATR")
plant(B, "sv-mag", "magnitude", MG, "an unremarkable session", "a violent session", "violent",
      "a 0.30%, 0.2 ATR move is not violent")
plant(B, "sv-rut", "subject", V, "Russell 2000 index closed at 2,456.17, also up 0.30%",
      "Russell 2000 index closed at 2,456.17, also up 0.60%", "0.60%",
      "the Russell 2000 rose 0.30%; 0.60% is DIA's move", real=True)
plant(B, "sv-5d", "direction", D, "Over five sessions IWM fell 1.10%", "Over five sessions IWM rose 1.10%",
      "rose", "the five-day move is -1.10%")
plant(B, "sv-ytd", "timeframe", V, "it is up 0.42% for the year", "it is up 0.30% for the year", "0.30%",
      "YTD is 0.42%; 0.30% is the one-day move", real=True)
plant(B, "sv-mon", "history", V, "closed at $247.26 on Monday", "closed at $247.62 on Monday", "$247.62",
      "IWM closed at $247.26 on Monday, Nov 16")
plant(B, "sv-monwd", "date", WM, "on Monday, November 16, and", "on Tuesday, November 16, and",
      "Tuesday, November 16", "November 16, 2026 is a Monday")
plant(B, "sv-below50", "pattern", P, "the fund sits 0.60% below\n  it", "the fund sits 0.60% above\n  it",
      "above", "IWM is below its 50-day")
plant(B, "sv-flat", "trend", P, "the 50-day has been essentially flat",
      "the 50-day has been climbing steeply", "climbing steeply", "the 50-day moved -0.08% over 20 sessions")
plant(B, "sv-pct200", "value", V, "The fund is 5.86% above", "The fund is 8.56% above", "8.56%",
      "IWM is 5.86% above its 200-day")
plant(B, "sv-crossdate", "date", DU, "on August 10, 73 sessions ago", "on August 17, 73 sessions ago",
      "August 17", "the golden cross is from Aug 10, 2026")
plant(B, "sv-rsi", "indicator", IND, "RSI stood at 48.2, neutral", "RSI stood at 48.2, deeply oversold",
      "oversold", "RSI 48.2 is not oversold")
plant(B, "sv-lag", "derived", DER, "(up 1.10%) by 0.80 points", "(up 1.10%) by 0.40 points", "0.40",
      "0.30% - 1.10% = -0.80 pp")
plant(B, "sv-streak", "history", V, "the\n  sixth straight session", "the\n  ninth straight session", "ninth",
      "IWM has trailed SPY for six sessions")
plant(B, "sv-qqq", "derived", DER, "(up 1.90%) by 1.60 points", "(up 1.90%) by 1.20 points", "1.20",
      "0.30% - 1.90% = -1.60 pp")
plant(B, "sv-cite", "citation", CU, "its\n  \"$10 box\" [2]", "its\n  \"$10 box\" [5]", "[5]",
      "three sources are listed")
plant(B, "sv-10y", "citation", V, "the 10-year yield at 4.06%", "the 10-year yield at 4.16%", "4.16%",
      "the cited Macro Brief item puts the 10-year at 4.06%")
plant(B, "sv-rangew", "value", V, "a range 3.43% wide", "a range 4.30% wide", "4.30%",
      "the range is 3.43% wide; 4.30% is the Bollinger width", real=True)
plant(B, "sv-res", "level", LW, "The nearest\n  resistance is $249.26",
      "The nearest\n  resistance is $239.26", "$239.26", "a resistance below the $244.30 close")
plant(B, "sv-touch", "words", V, "tested three times", "tested seven times", "seven",
      "the range top has three touches")
plant(B, "sv-recdate", "date", DU, "$257.77 from November 28, 2025", "$257.77 from November 18, 2025",
      "November 18, 2025", "the record close was Nov 28, 2025")

B = "haiku-RUT-2026-11-17"
clean(B, "idx_RUT-2026-11-17", "haiku-thread", "txt",
      "a poet-trader's haiku thread on the Russell 2000's Tuesday: each post a short poem with the "
      "close, the averages, the range, rivals' moves, a Tuesday wire quoted and a post count",
      """\
@slowtape_haiku · Tue Nov 17, 2026 · thread, 14 posts, small caps in seventeen syllables

1/14
Russell two thousand
slips nineteen thirty points down,
two four six five seven nine.

2/14
Close 2,465.79,
down 0.78% today;
autumn leaves let go.

3/14
It opened lower,
2,479.40, then it sank
to 2,459.06.

4/14
Monday's close: 2,485.09.
Friday's close 2,482.49.
Three days, one long sigh.

5/14
Five days: down 0.98%.
One month: up 1.48%.
Year: just 0.85%.

6/14
Fifty-day above,
2,473.93: the price
sits a third of a percent below.

7/14
Two hundred day far,
2,318.38; the close rides
six point three six percent above.

8/14
Golden cross still stands,
born August tenth, seventy
sessions of summer.

9/14
RSI 50.1,
neither hot nor cold; MACD
8.85 above its signal 5.83.

10/14
The box: 2,421.62
to 2,505.20, twenty-two
sessions, walls that hold.

11/14
Thursday, November 12:
2,505.20, the top close of the box,
then the slow slide down.

12/14
The record sits far:
2,591.09, last November 28;
we are 4.84% below.

13/14
Most big caps fell less: the S&P 500
lost 0.50%; Nasdaq 100 lost 0.90%,
worse than us. Dow lost 0.21%.

14/14
VIX up to 17.60.
"small caps lose 0.8%,"
the wire said [^1]. Goodnight.

<<SOURCES>>
""", sources=("hs-slides17",), source_format="foot")

plant(B, "hk-pts", "words", V, "slips nineteen thirty points down", "slips twenty-nine thirty points down",
      "twenty-nine thirty", "the index fell 19.30 points")
plant(B, "hk-close", "value", V, "Close 2,465.79,", "Close 2,456.79,", "2,456.79",
      "the Russell 2000 closed at 2,465.79")
plant(B, "hk-pct", "value", V, "down 0.78% today", "down 0.68% today", "0.68%",
      "the one-day move is -0.78%")
plant(B, "hk-open", "direction", D, "It opened lower,", "It opened higher,", "opened higher",
      "it opened at 2,479.40, below Monday's 2,485.09 close: the gap was -0.23%")
plant(B, "hk-mon", "history", V, "Monday's close: 2,485.09.", "Monday's close: 2,458.09.", "2,458.09",
      "Monday, Nov 16 closed at 2,485.09")
plant(B, "hk-fri", "history", V, "Friday's close 2,482.49.", "Friday's close 2,490.27.", "2,490.27",
      "Friday, Nov 13 closed at 2,482.49; 2,490.27 was Nov 10's close", real=True)
plant(B, "hk-5d", "timeframe", V, "Five days: down 0.98%.", "Five days: down 0.78%.", "0.78%",
      "the five-day move is -0.98%; -0.78% is the one-day", real=True)
plant(B, "hk-1m", "direction", D, "One month: up 1.48%.", "One month: down 1.48%.", "down 1.48%",
      "the one-month move is +1.48%")
plant(B, "hk-sma50", "value", V, "2,473.93: the price", "2,437.93: the price", "2,437.93",
      "the 50-day is 2,473.93")
plant(B, "hk-third", "words", V, "sits a third of a percent below", "sits three percent below",
      "three percent", "the index is 0.33% below its 50-day")
plant(B, "hk-200pct", "words", V, "six point three six percent", "six point six three percent",
      "six point six three percent", "the index is 6.36% above its 200-day")
plant(B, "hk-crossdate", "date", DU, "born August tenth, seventy", "born August twentieth, seventy",
      "August twentieth", "the golden cross is from Aug 10, 2026")
plant(B, "hk-crossage", "history", V, "seventy\nsessions of summer", "ninety\nsessions of summer", "ninety",
      "the cross is 70 sessions old")
plant(B, "hk-cross", "pattern", P, "Golden cross still stands", "Death cross still stands", "Death cross",
      "the 50-day is above the 200-day: golden")
plant(B, "hk-macd", "indicator", IND, "8.85 above its signal 5.83", "8.85 below its signal 5.83",
      "below its signal", "MACD 8.85 is above its signal 5.83")
plant(B, "hk-rsi", "indicator", IND, "neither hot nor cold", "red hot, overbought", "overbought",
      "RSI 50.1 is not overbought")
plant(B, "hk-range", "level", V, "to 2,505.20, twenty-two", "to 2,515.20, twenty-two", "2,515.20",
      "the range top is 2,505.20")
plant(B, "hk-thuwd", "date", WM, "Thursday, November 12:", "Wednesday, November 12:",
      "Wednesday, November 12", "November 12, 2026 is a Thursday")
plant(B, "hk-recdate", "date", DU, "last November 28", "last November 20", "November 20",
      "the record close was Nov 28, 2025")
plant(B, "hk-recpct", "value", V, "we are 4.84% below", "we are 8.44% below", "8.44%",
      "the index is 4.84% below its record")
plant(B, "hk-spx", "subject", V, "lost 0.50%; Nasdaq", "lost 0.21%; Nasdaq", "0.21%",
      "the S&P 500 lost 0.50%; 0.21% is the Dow's", real=True)
plant(B, "hk-worse", "negation", D, "worse than us", "better than us", "better than us",
      "the Nasdaq 100's -0.90% is worse than the Russell 2000's -0.78%")
plant(B, "hk-vix", "value", V, "VIX up to 17.60.", "VIX up to 16.70.", "16.70",
      "the VIX closed at 17.60")
plant(B, "hk-quote", "quotation", V, '"small caps lose 0.8%,"', '"small caps lose 1.8%,"', "1.8%",
      "the cited wire's headline says 0.8%; the Russell 2000 lost 0.78%")

B = "reserve-DIA-2026-06-03"
clean(B, "DIA-2026-06-03", "reserve-memo", "md",
      "a condominium property manager's memo to the board on the reserve fund's Dow ETF sleeve: "
      "unit counts, a roof bid, a study's percent funded, then DIA's Wednesday, its averages and range",
      """\
# MEMO: Reserve Fund, Equity Sleeve Update

To: Board of Directors, Harbor Pointe Condominium Association (84 units)
From: Renata Osei, CMCA, Portfolio Manager, Bayline Property Services
Date: Thursday, June 4, 2026
Re: The DIA position and the July 2026 roof bid

Board members, as requested at the May 19 meeting, here is where the reserve's equity sleeve
  stands. The reserve study (2025 update) puts us at 61% funded against a target of 70%, and the
  lowest roof bid came in at $412,500, so the sleeve matters. The sleeve holds 310 shares of the SPDR
  Dow Jones Industrial Average ETF (DIA), bought in 2024 under the investment policy the owners
  approved 52 to 9.

Yesterday, Wednesday, DIA closed at $461.11, down $2.67 or 0.58%, after a $463.78 close on Tuesday.
  It opened at $462.98 and topped out at $463.24. Volume was ordinary, 3.9 million shares
  against 3.5 million on an average day. It was a modest dip, not a rout: the move was about half of
  the fund's average daily range of $5.20. The Dow itself fell 0.57% to 46,185.73.

The bigger picture is friendlier. Over five sessions DIA is up 2.78%, and over the past month it
  rose 6.62%, although it is still down 2.93% for the year. On Friday, May 29, it closed at $456.48,
  and on Monday, June 1, at $462.43. The fund sits 4.85% above its 50-day average ($439.80) and just
  0.22% above its 200-day ($460.09), so the 200-day is the line to watch. Note that the 50-day is
  still under the 200-day: the "death cross" from April 8, 39 sessions ago, has not been undone,
  and the 50-day has been sliding, about 0.9% lower over twenty sessions. RSI is 66.6, warm but not
  overbought; MACD (5.89) is above its signal line (4.08).

For context, the S&P 500 fund rose 0.58% on Wednesday, so DIA lagged it by 1.16 points, its second
  straight session behind. The tech fund QQQ rose 0.57% and the small-cap fund 0.35%. The VIX rose
  to 18.55.

| Item | Figure |
| --- | --- |
| DIA record close | $493.91 (January 12, 2026) |
| Distance below record | 6.64% |
| 52-week low | $423.43 (April 30, 2026) |
| Range, last 20 sessions | $436.19 to $463.78 |
| Nearest resistance | $463.64 |
| Nearest support | $453.39 |

Recommendation: hold the 310 shares; revisit at the August 11 meeting (7:00 p.m., clubhouse).
  Owners may email questions to the office by June 15.
""")

plant(B, "rv-close", "value", V, "DIA closed at $461.11, down", "DIA closed at $461.91, down", "$461.91",
      "DIA closed at $461.11")
plant(B, "rv-tue", "history", V, "after a $463.78 close on Tuesday", "after a $464.78 close on Tuesday",
      "$464.78", "Tuesday, Jun 2 closed at $463.78")
plant(B, "rv-high", "value", V, "topped out at $463.24", "topped out at $463.44", "$463.44",
      "the session high is $463.24; $463.44 is the upper Bollinger band", real=True)
plant(B, "rv-mag", "magnitude", MG, "It was a modest dip, not a rout", "It was a rout, not a modest dip",
      "a rout", "a 0.58%, 0.5 ATR fall is not a rout")
plant(B, "rv-half", "words", V, "the move was about half of\n  the fund's average daily range",
      "the move was about three times\n  the fund's average daily range", "three times",
      "the move was 0.5 ATR")
plant(B, "rv-dji", "subject", V, "The Dow itself fell 0.57% to 46,185.73",
      "The Dow itself fell 0.35% to 46,185.73", "0.35%", "the Dow fell 0.57%; 0.35% is IWM's move", real=True)
plant(B, "rv-5d", "value", V, "DIA is up 2.78%", "DIA is up 2.87%", "2.87%",
      "the five-day move is 2.78%")
plant(B, "rv-1m", "timeframe", V, "over the past month it\n  rose 6.62%",
      "over the past month it\n  rose 2.78%", "2.78%", "the one-month move is 6.62%; 2.78% is the five-day",
      real=True)
plant(B, "rv-ytd", "direction", D, "still down 2.93% for the year", "still up 2.93% for the year", "up 2.93%",
      "YTD is -2.93%")
plant(B, "rv-may29", "history", V, "it closed at $456.48", "it closed at $450.01", "$450.01",
      "May 29 closed at $456.48; $450.01 is May 28's close", real=True)
plant(B, "rv-jun1wd", "date", WM, "on Monday, June 1, at", "on Tuesday, June 1, at", "Tuesday, June 1",
      "June 1, 2026 is a Monday")
plant(B, "rv-sma50", "value", V, "average ($439.80)", "average ($493.80)", "$493.80",
      "the 50-day is $439.80")
plant(B, "rv-pct200", "value", V, "0.22% above its 200-day", "1.22% above its 200-day", "1.22%",
      "DIA is 0.22% above its 200-day")
plant(B, "rv-under", "pattern", P, "the 50-day is\n  still under the 200-day",
      "the 50-day is\n  now over the 200-day", "over the 200-day",
      "the 50-day $439.80 is below the 200-day $460.09")
plant(B, "rv-crossdate", "date", DU, "from April 8, 39 sessions", "from April 18, 39 sessions", "April 18",
      "the death cross is from Apr 8, 2026")
plant(B, "rv-slide", "trend", V, "about 0.9% lower over twenty sessions",
      "about 2.9% lower over twenty sessions", "2.9%", "the 50-day fell 0.93% over 20 sessions")
plant(B, "rv-rsi", "negation", IND, "warm but not\n  overbought", "warm and already\n  overbought",
      "overbought", "RSI 66.6 is under 70")
plant(B, "rv-lag", "derived", DER, "DIA lagged it by 1.16 points", "DIA lagged it by 0.61 points", "0.61",
      "-0.58% - 0.58% = -1.16 pp")
plant(B, "rv-second", "history", V, "its second\n  straight session behind",
      "its fifth\n  straight session behind", "fifth", "DIA has trailed SPY for two sessions")
plant(B, "rv-qqq", "subject", V, "The tech fund QQQ rose 0.57%", "The tech fund QQQ rose 0.58%", "0.58%",
      "QQQ rose 0.57%; 0.58% is SPY's", real=True)
plant(B, "rv-vix", "direction", D, "The VIX rose\n  to 18.55", "The VIX fell\n  to 18.55", "fell",
      "the VIX rose 6.18%")
plant(B, "rv-recdate", "date", DU, "$493.91 (January 12, 2026)", "$493.91 (January 21, 2026)",
      "January 21, 2026", "the record close was Jan 12, 2026")
plant(B, "rv-lowtbl", "value", V, "| 52-week low | $423.43", "| 52-week low | $432.43", "$432.43",
      "the 52-week low close is $423.43")
plant(B, "rv-res", "level", LW, "| Nearest resistance | $463.64 |", "| Nearest resistance | $458.64 |",
      "$458.64", "a resistance below the $461.11 close")
plant(B, "rv-sup", "level", LW, "| Nearest support | $453.39 |", "| Nearest support | $465.39 |",
      "$465.39", "a support above the $461.11 close")

B = "traffic-SPY-2026-11-17"
clean(B, "SPY-2026-11-17", "traffic-report", "txt",
      "a drive-time radio traffic report parody of Tuesday's market: lanes, slowdowns and exits for "
      "SPY and its neighbours, with the radio station's frequency, mile markers and a quoted analyst",
      """\
WKRT 101.9 FM, "Traffic on the Nines, Market Edition," Tuesday, November 17, 2026, 5:09 p.m.

Good evening, this is Carla Mendez in the SkyTracker 7 helicopter, and it's a slow ride home on
  the S&P 500 Expressway. The SPDR S&P 500 ETF, SPY, left the on-ramp at $682.51, peaked at $683.69,
  then hit the brakes and rolled to a stop at $679.84. That's down $3.41, or 0.50%, from Monday's
  $683.25. Call it a fender-bender, not a pile-up: the slowdown was about half an average day's
  range of $7.16.

Volume's heavier than usual for a Tuesday, 73.0 million shares against the 66.3 million average,
  about 1.1 times normal. Over the past five sessions, traffic is down 0.80%; for the month, down
  1.06%; and for the year, still ahead by 2.05%.

Now, drivers, watch the 50-day overpass at $679.19: SPY is crawling just 0.09% above it, bumper
  to bumper. The 200-day underpass is way back at $645.83, and the close is 5.27% above it. The golden-cross
  interchange opened September 21, 41 sessions ago, and the 50-day lane has climbed about 2.2% in
  the last twenty sessions. RSI reads 46.8, on the cool side. MACD, 1.09, is stuck below its signal
  at 2.42: no passing lane yet.

Checking the other routes: the Nasdaq 100 tunnel, QQQ, is the worst of it, down 0.90% to $615.97,
  so SPY is beating it by 0.40 points. The Dow bridge, DIA, eased only 0.20% to $466.92, and small
  cars on the IWM service road lost 0.80%. The S&P 500 index itself fell 0.50% to 6,821.04, and the
  VIX warning lights climbed 6.02% to 17.60. Harbor Street's wire says oil's drop hit energy, with
  crude at $67.35 a barrel [1]. And Gideon Marsh at Tidewater Research says "the trend is intact as
  long as the S&P 500 holds its 50-day line" [1].

Exits ahead: the record-close toll plaza at $694.71, last reached October 22; SPY is 2.14% short of it.
  The range runs $673.92 to $694.71, and it's been 40 sessions in that lane. First rest stop on the
  way down: $673.92, then $670.42. Commuters who want to merge long can wait for a dip to $673.92,
  stop at $668.55, target $691.80, that's 3.3 to 1. The Fed off-ramp is Wednesday, December 9.

That's traffic. Next report at 5:19, right after Dolores with the weather on the nines. WKRT.

<<SOURCES>>
""", sources=("hs-slides17",), source_format="plain")

plant(B, "tr-open", "value", V, "left the on-ramp at $682.51", "left the on-ramp at $682.15", "$682.15",
      "SPY opened at $682.51")
plant(B, "tr-stop", "direction", D, "hit the brakes and rolled to a stop at $679.84",
      "stepped on the gas and rolled to a stop at $679.84", "stepped on the gas",
      "SPY fell 0.50% from its open and the prior close")
plant(B, "tr-chg", "value", V, "That's down $3.41", "That's down $4.31", "$4.31",
      "the one-day change is -$3.41")
plant(B, "tr-mon", "history", V, "from Monday's\n  $683.25", "from Monday's\n  $680.53", "$680.53",
      "Monday, Nov 16 closed at $683.25; $680.53 was Friday's", real=True)
plant(B, "tr-mag", "magnitude", MG, "Call it a fender-bender, not a pile-up",
      "Call it a pile-up, not a fender-bender", "a pile-up", "a 0.50%, 0.5 ATR dip is not a pile-up")
plant(B, "tr-half", "words", V, "about half an average day's\n  range",
      "about twice an average day's\n  range", "twice", "the move was 0.5 ATR")
plant(B, "tr-vol", "value", V, "73.0 million shares", "83.0 million shares", "83.0",
      "SPY's volume was 73.0M")
plant(B, "tr-1m", "timeframe", V, "for the month, down\n  1.06%", "for the month, down\n  0.80%", "0.80%",
      "the one-month move is -1.06%; -0.80% is the five-day", real=True)
plant(B, "tr-sma50", "value", V, "the 50-day overpass at $679.19", "the 50-day overpass at $677.19",
      "$677.19", "the 50-day is $679.19")
plant(B, "tr-above", "pattern", P, "crawling just 0.09% above it", "crawling just 0.09% below it", "below it",
      "SPY is 0.09% above its 50-day")
plant(B, "tr-200", "value", V, "the close is 5.27% above it", "the close is 5.72% above it", "5.72%",
      "SPY is 5.27% above its 200-day")
plant(B, "tr-crossage", "history", V, "September 21, 41 sessions ago", "September 21, 14 sessions ago", "14",
      "the golden cross is 41 sessions old")
plant(B, "tr-slope", "trend", V, "climbed about 2.2% in\n  the last twenty",
      "climbed about 4.2% in\n  the last twenty", "4.2%", "the 50-day rose 2.16% over 20 sessions")
plant(B, "tr-rsi", "indicator", IND, "RSI reads 46.8, on the cool side",
      "RSI reads 46.8, deep in overbought territory", "overbought", "RSI 46.8 is not overbought")
plant(B, "tr-macd", "indicator", IND, "is stuck below its signal", "is cruising above its signal",
      "above its signal", "MACD 1.09 is below its signal 2.42")
plant(B, "tr-worst", "subject", V, "down 0.90% to $615.97", "down 0.80% to $615.97", "0.80%",
      "QQQ fell 0.90%; -0.80% is IWM's move", real=True)
plant(B, "tr-beat", "derived", DER, "SPY is beating it by 0.40 points", "SPY is beating it by 1.40 points",
      "1.40", "-0.50% - (-0.90%) = 0.40 pp")
plant(B, "tr-dia", "scale", SC, "eased only 0.20% to $466.92", "eased only 0.20% to 46,692", "46,692",
      "DIA, an ETF, quoted at an index-sized level")
plant(B, "tr-vix", "value", V, "climbed 6.02% to 17.60", "climbed 6.20% to 17.60", "6.20%",
      "the VIX rose 6.02%")
plant(B, "tr-quote", "quotation", P,
      "\"the trend is intact as\n  long as the S&P 500 holds its 50-day line\"",
      "\"the trend is broken now\n  that the S&P 500 has lost its 50-day line\"", "lost its 50-day line",
      "the quote is changed to say the S&P 500 lost its 50-day; SPY is above it and the source says "
      "otherwise")
plant(B, "tr-cite", "citation", CU, "with\n  crude at $67.35 a barrel [1]",
      "with\n  crude at $67.35 a barrel [2]", "[2]", "one source is listed")
plant(B, "tr-recdate", "date", DU, "last reached October 22; SPY", "last reached October 27; SPY",
      "October 27", "the record close was Oct 22, 2026")
plant(B, "tr-recpct", "value", V, "SPY is 2.14% short of it", "SPY is 2.71% short of it", "2.71%",
      "SPY is 2.14% below its record")
plant(B, "tr-sess", "history", V, "it's been 40 sessions in that lane", "it's been 60 sessions in that lane",
      "60", "the range is 40 sessions old")
plant(B, "tr-sup", "level", LW, "First rest stop on the\n  way down: $673.92, then $670.42",
      "First rest stop on the\n  way down: $683.92, then $670.42", "$683.92",
      "a support above the $679.84 close")
plant(B, "tr-target", "setup", SRR, "that's 3.3 to 1", "that's 1.3 to 1", "1.3 to 1",
      "entry 673.92, stop 668.55, target 691.80: 3.3 to 1")
plant(B, "tr-fedwd", "date", WM, "The Fed off-ramp is Wednesday, December 9",
      "The Fed off-ramp is Friday, December 9", "Friday, December 9", "December 9, 2026 is a Wednesday")

B = "portuguese-FSMI-2026-11-20"
clean(B, "idx_FSMI-2026-11-20", "translation", "md",
      "a Brazilian investment club's weekly bulletin on a frontier-markets index, translated from "
      "Portuguese: a new 52-week low, a three-day slide, the averages far above and the ETF that tracks it",
      """\
# Boletim do Clube Ipê, No. 212: Frontier markets (translated from Portuguese)

*Translator's note: figures kept as in the original, with the decimal comma changed to a point.*

Dear members, there is no pretty way to say this: the frontier-markets index (FSMI) closed on
  Friday, November 20, at 35,112.40, its lowest close of the past 52 weeks. It fell 312.84 points,
  or 0.88%, after opening at 35,418.76; the session's floor was 35,039.66. It is the third down day
  in a row, and the three days together cost 3.58%. On Thursday it had closed at 35,425.24, and on
  Wednesday at 35,758.32.

Our treasurer, Dona Lúcia (78 years old and sharper than all of us), asked for the longer view. Here
  it is: five sessions, minus 3.07%; one month, minus 8.56%; the year, minus 18.33%. The peak of the
  year was the 48,944.52 close of August 19, 2026, and we are now 28.26% below it. The all-time record,
  52,018.76 from November 13, 2024, is far away: the index is 32.50% below it.

The averages are all overhead. The 50-day sits at 39,210.55, with the index 10.45% beneath it, and
  the 200-day at 43,740.76, with the index 19.73% below it. The death cross came on October 15, 26 sessions
  ago, and the 50-day keeps sinking: it has lost about 9.4% in twenty sessions. RSI 23.0: oversold,
  deeply so. MACD, at -1,085.04, is below its signal line at -1,025.37. The daily range (ATR) is
  549.68 points, 1.57% of the price.

While we bled, New York partied: the S&P 500 rose 1.11% on Friday, so our index lagged it by 1.99
  points, the third session in a row behind. Even the Russell 2000 managed 0.30%. The ETF some of
  you hold, FRNT, closed at $30.01, down 0.86%, and its RSI is 22.9.

Over the last 20 sessions the index moved between 35,112.40 and 38,808.51, a range 10.53% wide,
  and it now sits on its lower edge. The round number 35,000 is just below; 35,500 is above, and
  the next resistance is 37,915.92. The Fed decides on December 9, in 13 sessions.

The next meeting is on Saturday the 28th at 10:00, at the Padaria Santa Rita, as always. Bring R$ 20
  for the coffee. Abraços, Paulo (secretary).
""")

plant(B, "pt-close", "value", V, "at 35,112.40, its lowest close", "at 35,121.40, its lowest close",
      "35,121.40", "the index closed at 35,112.40")
plant(B, "pt-low52", "pattern", P, "its lowest close of the past 52 weeks",
      "its highest close of the past 52 weeks", "highest close", "the close is the 52-week low, not the high")
plant(B, "pt-pts", "value", V, "It fell 312.84 points", "It fell 321.84 points", "321.84",
      "the index lost 312.84 points")
plant(B, "pt-third", "history", V, "It is the third down day\n  in a row",
      "It is the fifth down day\n  in a row", "fifth", "the close streak is three sessions")
plant(B, "pt-streakpct", "history", V, "cost 3.58%", "cost 3.07%", "3.07%",
      "the three-day streak cost 3.58%; 3.07% is the five-day move", real=True)
plant(B, "pt-wed", "history", V, "on\n  Wednesday at 35,758.32", "on\n  Wednesday at 36,415.51", "36,415.51",
      "Wednesday, Nov 18 closed at 35,758.32; 36,415.51 was Tuesday's", real=True)
plant(B, "pt-ytd", "timeframe", V, "the year, minus 18.33%", "the year, minus 8.56%", "8.56%",
      "YTD is -18.33%; -8.56% is the one-month move", real=True)
plant(B, "pt-peakdate", "date", DU, "close of August 19, 2026", "close of August 29, 2026", "August 29, 2026",
      "the 52-week high close was Aug 19, 2026")
plant(B, "pt-peakpct", "value", V, "we are now 28.26% below it", "we are now 26.28% below it", "26.28%",
      "the index is 28.26% below its 52-week high")
plant(B, "pt-ath", "value", V, "52,018.76 from November 13", "52,081.76 from November 13", "52,081.76",
      "the all-time high close is 52,018.76")
plant(B, "pt-sma50", "value", V, "The 50-day sits at 39,210.55", "The 50-day sits at 39,120.55", "39,120.55",
      "the 50-day is 39,210.55")
plant(B, "pt-beneath", "pattern", P, "with the index 10.45% beneath it", "with the index 10.45% above it",
      "above it", "the index is 10.45% below its 50-day")
plant(B, "pt-crossage", "history", V, "October 15, 26 sessions\n  ago", "October 15, 62 sessions\n  ago",
      "62", "the death cross is 26 sessions old")
plant(B, "pt-sink", "trend", P, "the 50-day keeps sinking", "the 50-day keeps rising", "keeps rising",
      "the 50-day fell 9.38% over 20 sessions")
plant(B, "pt-rsi", "indicator", IND, "RSI 23.0: oversold,\n  deeply so", "RSI 23.0: overbought,\n  deeply so",
      "overbought", "RSI 23.0 is oversold")
plant(B, "pt-macd", "indicator", IND, "is below its signal line at -1,025.37",
      "is above its signal line at -1,025.37", "above its signal",
      "MACD -1,085.04 is below its signal -1,025.37")
plant(B, "pt-atr", "value", V, "549.68 points, 1.57% of the price", "549.68 points, 5.17% of the price",
      "5.17%", "ATR is 1.57% of the price")
plant(B, "pt-lag", "derived", DER, "lagged it by 1.99\n  points", "lagged it by 1.09\n  points", "1.09",
      "-0.88% - 1.11% = -1.99 pp")
plant(B, "pt-frnt", "scale", SC, "FRNT, closed at $30.01", "FRNT, closed at $35,112.40", "$35,112.40",
      "the ETF quoted at its index's level", real=True)
plant(B, "pt-frntrsi", "subject", V, "its RSI is 22.9", "its RSI is 23.0", "23.0",
      "FRNT's RSI is 22.9; 23.0 is the index's", real=True)
plant(B, "pt-range", "value", V, "between 35,112.40 and 38,808.51", "between 35,112.40 and 38,880.51",
      "38,880.51", "the range top is 38,808.51")
plant(B, "pt-res", "level", LW, "the\n  next resistance is 37,915.92", "the\n  next resistance is 34,915.92",
      "34,915.92", "a resistance below the 35,112.40 close")
plant(B, "pt-fed", "date", DU, "The Fed decides on December 9", "The Fed decides on December 16",
      "December 16", "the FOMC decision is Dec 9, 2026")

B = "turkish-FRNT-2026-11-20"
clean(B, "FRNT-2026-11-20", "translation", "txt",
      "an Istanbul retail investor's forum post on a frontier-markets ETF, translated from Turkish: "
      "lira prices of tea, a fund at its yearly low, a three-day slide and a comparison with SPY",
      """\
Forum: Borsa Sohbet > Yabancı ETF'ler > "FRNT: how much lower?" (translated from Turkish)
Posted by kadikoy_yatirimci, Saturday, 21 November 2026, 09:14. Replies: 37. Views: 1,902.

Friends, I bought FRNT in the spring and I have been watching it fall all autumn, so let me write
  it down properly. Friday it closed at $30.01, down $0.26, that is 0.86%. It opened at $30.27,
  exactly at Thursday's close, so there was no gap at all, touched $30.33 and fell as low as $29.95.
  Volume was 7.8 million units against an average of 6.3 million, about 1.2 times normal.

That $30.01 is the lowest close in a full year. The year's top was $41.82 on August 19; we are
  28.24% under it. The fund's all-time high, $44.45 from November 13, 2024, is even further away:
  we are 32.49% below it. This is the third losing day in a row, 3.60% gone in
  three days: Tuesday $31.13, Wednesday $30.55, Thursday $30.27, Friday $30.01.

Longer: one week minus 3.07%, one month minus 8.56%, this year minus 18.34%. My tea at the ferry
  costs 25 lira now, by the way, double what it was; at least something in my life goes up.

Technicals, for the chart people: the 50-day average is $33.51 and the 200-day $37.38, both far
  above the price (the price is 10.45% and 19.73% below them). The 50-day fell under the 200-day on October
  15, the death
  cross, and over the last twenty sessions the 50-day has dropped more than 9%. RSI is 22.9, so it
  is oversold, and the MACD (-0.93) is still under its signal (-0.88). Bollinger lower band $30.05:
  we closed below it.

Meanwhile America: SPY rose 1.10% on Friday, so FRNT lagged it by 1.96 points, the third day in a
  row it trailed SPY. The small-cap IWM added 0.30%. The frontier index itself closed at 35,112.40,
  down 0.88%.

Levels I am watching: $30 round number just under us, then nothing. Resistance: $31, then $32.39, then
  the 50-day at $33.51. In 20 sessions the price went from $33.16 down to $30.01, a 10.50% range.
  I am not selling. I am not buying either. Hayırlı hafta sonları.
""")

plant(B, "tr2-close", "value", V, "Friday it closed at $30.01, down", "Friday it closed at $30.10, down",
      "$30.10", "FRNT closed at $30.01")
plant(B, "tr2-gap", "negation", V, "so there was no gap at all", "so there was a gap of nearly 1%",
      "1%", "the gap was 0.00%: it opened at Thursday's close")
plant(B, "tr2-low", "value", V, "fell as low as $29.95", "fell as low as $29.59", "$29.59",
      "the session low is $29.95")
plant(B, "tr2-ratio", "words", V, "about 1.2 times normal", "about 3.2 times normal", "3.2",
      "the volume ratio is 1.2")
plant(B, "tr2-low52", "pattern", P, "That $30.01 is the lowest close in a full year",
      "That $30.01 is the highest close in a full year", "highest close",
      "the close is the 52-week low")
plant(B, "tr2-peak", "date", DU, "$41.82 on August 19", "$41.82 on August 9", "August 9",
      "the 52-week high close was Aug 19, 2026")
plant(B, "tr2-streak", "history", V, "This is the third losing day in a row",
      "This is the sixth losing day in a row", "sixth", "the close streak is three sessions")
plant(B, "tr2-wed", "history", V, "Wednesday $30.55", "Wednesday $30.95", "$30.95",
      "Wednesday, Nov 18 closed at $30.55; $30.95 was Monday's", real=True)
plant(B, "tr2-month", "timeframe", V, "one month minus 8.56%", "one month minus 18.34%", "18.34%",
      "the one-month move is -8.56%; -18.34% is YTD", real=True)
plant(B, "tr2-sma200", "value", V, "the 200-day $37.38", "the 200-day $37.83", "$37.83",
      "the 200-day is $37.38")
plant(B, "tr2-crossdate", "date", DU, "on October 15, the death", "on October 5, the death", "October 5",
      "the death cross is from Oct 15, 2026")
plant(B, "tr2-slope", "trend", V, "the 50-day has dropped more than 9%",
      "the 50-day has dropped more than 19%", "19%", "the 50-day fell 9.39% over 20 sessions")
plant(B, "tr2-rsi", "indicator", IND, "so it\n  is oversold", "so it\n  is overbought", "overbought",
      "RSI 22.9 is oversold")
plant(B, "tr2-lag", "derived", DER, "FRNT lagged it by 1.96 points", "FRNT lagged it by 0.96 points", "0.96",
      "-0.86% - 1.10% = -1.96 pp")
plant(B, "tr2-spy", "direction", D, "SPY rose 1.10% on Friday", "SPY fell 1.10% on Friday", "fell",
      "SPY rose 1.10%")
plant(B, "tr2-idx", "subject", V, "down 0.88%.", "down 0.86%.", "0.86%",
      "the frontier index fell 0.88%; 0.86% is FRNT's own move", real=True)
plant(B, "tr2-res", "level", LW, "Resistance: $31, then", "Resistance: $29, then", "$29",
      "a resistance below the $30.01 close")
plant(B, "tr2-rangew", "value", V, "a 10.50% range", "a 10.05% range", "10.05%",
      "the 20-session range is 10.50% wide")

B = "polish-IWM-2026-02-13"
clean(B, "IWM-2026-02-13", "translation", "md",
      "a Kraków pensioner's investing blog on US small caps, translated from Polish: six red days, "
      "the oversold reading, a table of the week's closes, and his late wife's rule about zloty savings",
      """\
# Dziennik inwestora: small caps in the cold (translated from Polish)

*Kraków, Saturday, 14 February 2026. Post no. 418. Minus 9 degrees outside.*

Dear readers, the American small companies had another bad Friday. The iShares Russell 2000 ETF
  (IWM) closed on 13 February at $226.54, a loss of $2.39, or 1.04%. It opened at $229.00, tried
  $229.49, and slid to $226.37 before the bell. That was the sixth session in a row in the red, and
  the six days together took away 5.80%. Volume: 31.7 million, about the same as the usual 30.3
  million, so nobody panicked, people just walked away.

| Day | Close |
| --- | ---: |
| Monday 9 Feb | $236.72 |
| Tuesday 10 Feb | $235.10 |
| Wednesday 11 Feb | $231.24 |
| Thursday 12 Feb | $228.93 |
| Friday 13 Feb | $226.54 |

Over five sessions that is minus 4.94%; over a month, minus 10.88%; since New Year, minus 6.88%.
  On 12 January it still closed at $255.95. The record close, $257.77, is from 28 November 2025, and
  we are now 12.12% below it.

Now the technical picture, which my grandson Kuba explains to me every Sunday. The fund is under
  its 50-day average ($246.22) by 7.99% and now also under the 200-day ($229.41) by 1.25%. The
  50-day is still above the 200-day, because the golden cross of 18 July 2025 has not yet been
  undone after 145 sessions, but the 50-day has started to turn down, about 1% in twenty sessions,
  while the 200-day is still rising. RSI: 21.4. This is oversold, strongly. MACD -4.70 under its
  signal at -3.06. The price closed under the lower Bollinger band, $227.50.

The big companies also fell, but less: SPY lost 0.54%, so IWM was 0.51 points worse, the fifth
  session in a row behind SPY. The Nasdaq fund QQQ lost 0.41% and the Dow fund DIA 0.65%. The
  Russell 2000 index itself ended at 2,276.24, down 1.04%. The VIX went up 4.34% to 17.06.

Where could it stop? The round $225 is the first support, just under the price; lower are $218.48 and
  $217.15. Above,
  $229.41 (the 200-day), then $230.79 and $232.59. In the last 20 sessions the fund fell from $252.38
  to $226.54, a range of 11.41%, and Friday's close is its bottom.

My late wife Halina always said: keep 30% in zloty and never look at the screen on Valentine's Day.
  Today I broke the second rule. Pozdrawiam, Zbigniew.
""")

plant(B, "pl-close", "value", V, "closed on 13 February at $226.54", "closed on 13 February at $225.64",
      "$225.64", "IWM closed at $226.54")
plant(B, "pl-chg", "value", V, "a loss of $2.39, or 1.04%", "a loss of $2.93, or 1.04%", "$2.93",
      "the one-day change is -$2.39")
plant(B, "pl-sixth", "history", V, "That was the sixth session in a row",
      "That was the fourth session in a row", "fourth", "the losing streak is six sessions")
plant(B, "pl-streakpct", "history", V, "took away 5.80%", "took away 4.94%", "4.94%",
      "the six-day streak lost 5.80%; -4.94% is the five-day move", real=True)
plant(B, "pl-vol", "words", V, "about the same as the usual 30.3\n  million",
      "about double the usual 30.3\n  million", "double", "the volume ratio is 1.0")
plant(B, "pl-tue", "history", V, "| Tuesday 10 Feb | $235.10 |", "| Tuesday 10 Feb | $236.10 |", "$236.10",
      "Tuesday, Feb 10 closed at $235.10")
plant(B, "pl-wedwd", "date", WM, "| Wednesday 11 Feb | $231.24 |", "| Tuesday 11 Feb | $231.24 |",
      "Tuesday 11 Feb", "February 11, 2026 is a Wednesday")
plant(B, "pl-1m", "timeframe", V, "over a month, minus 10.88%", "over a month, minus 6.88%", "6.88%",
      "the one-month move is -10.88%; -6.88% is YTD", real=True)
plant(B, "pl-jan12", "history", V, "it still closed at $255.95", "it still closed at $257.95", "$257.95",
      "January 12, 2026 closed at $255.95")
plant(B, "pl-recdate", "date", DU, "is from 28 November 2025", "is from 28 October 2025", "28 October 2025",
      "the record close was Nov 28, 2025")
plant(B, "pl-sma50", "value", V, "its 50-day average ($246.22)", "its 50-day average ($242.26)", "$242.26",
      "the 50-day is $246.22")
plant(B, "pl-under200", "pattern", P, "now also under the 200-day", "still above the 200-day",
      "above the 200-day", "IWM is 1.25% below its 200-day")
plant(B, "pl-crossdate", "date", DU, "the golden cross of 18 July 2025", "the golden cross of 8 July 2025",
      "8 July 2025", "the golden cross is from Jul 18, 2025")
plant(B, "pl-crossage", "history", V, "after 145 sessions", "after 154 sessions", "154",
      "the cross is 145 sessions old")
plant(B, "pl-200rise", "trend", P, "while the 200-day is still rising",
      "while the 200-day is falling as well", "falling", "the 200-day rose 2.72% over 20 sessions")
plant(B, "pl-rsi", "indicator", IND, "This is oversold, strongly", "This is overbought, strongly",
      "overbought", "RSI 21.4 is oversold")
plant(B, "pl-worse", "derived", DER, "so IWM was 0.51 points worse", "so IWM was 1.51 points worse", "1.51",
      "-1.04% - (-0.54%) = -0.50 pp (divergence -0.51)")
plant(B, "pl-fifth", "history", V, "the fifth\n  session in a row behind SPY",
      "the second\n  session in a row behind SPY", "second", "IWM has trailed SPY for five sessions")
plant(B, "pl-dia", "subject", V, "the Dow fund DIA 0.65%", "the Dow fund DIA 0.41%", "0.41%",
      "DIA lost 0.65%; 0.41% is QQQ's", real=True)
plant(B, "pl-vix", "direction", D, "The VIX went up 4.34% to 17.06", "The VIX went down 4.34% to 17.06",
      "went down", "the VIX rose 4.34%")
plant(B, "pl-sup", "level", LW, "The round $225 is the first support", "The round $228 is the first support",
      "$228", "a support above the $226.54 close")
plant(B, "pl-rangew", "value", V, "a range of 11.41%", "a range of 11.42%", "11.42%",
      "the range is 11.41% wide; 11.42% is the Bollinger width", real=True)

B = "japanese-QQQ-2026-11-17"
clean(B, "QQQ-2026-11-17", "translation", "md",
      "a Tokyo office worker's NISA account blog on the Nasdaq 100 fund, translated from Japanese: "
      "yen figures for lunch, the Tuesday pullback from the record, a quoted analyst and a cited wire",
      """\
# My NISA diary, entry 96: the Nasdaq takes a breath (translated from Japanese)

*Wednesday morning, 18 November 2026, written on the Tozai line between Nakano and Otemachi.*

Good morning. Last night (US Tuesday) my favourite fund, the Invesco QQQ Trust, fell for the day.
  It closed at $615.97, down $5.59, or 0.90%. It started at $620.75, reached $624.18, and finished
  almost at the day's low of $615.95, which is not a nice shape. Monday it had closed at $621.56.
  The Nasdaq 100 index also fell 0.90%, to 25,326.20.

Volume was 61.1 million shares, about one and a half times the 42.0 million average. Still, this was
  a small step back, not a collapse: the fall was about 0.7 of a normal day's range ($7.99).

For the longer view: five days, -1.80%; one month, -0.72%; this year, still +3.16%. The record close
  was $629.76 on 11 November, only four sessions ago, and the fund is now 2.19% below it. The highest
  price during a session, $632.37, came the day after, on 12 November.

The trend is still fine, I think. QQQ is 0.53% above its 50-day average of $612.70 and 6.24% above
  the 200-day at $579.82. The golden cross happened on 27 July, 80 sessions ago, and the 50-day line
  has climbed about 1.8% over twenty sessions. RSI 48.4 is in the middle. MACD 2.43 is below the
  signal 3.05, a little weak.

Other funds: SPY fell 0.50%, so QQQ was 0.40 points worse; the Dow fund DIA fell only 0.20%; the
  small-cap IWM fell 0.80%. VIX up 6.02% to 17.60. Tapewatch wrote that QQQ ended 2.2% short of its
  record close [1], and quoted Gideon Marsh of Tidewater Research: "We are seeing profit-taking in
  the winners rather than a change of view" [1].

My plan: if it comes down to the 50-day at $612.70 and holds, I buy, with a stop at $606.71 and a
  target of $622.21. Below that, support at $609.62 and $606.02, the bottom of the 40-session range
  that runs up to $629.76. The Fed meets on 9 December, 16 sessions from now.

Today's lunch: tonkatsu set, 980 yen. Monthly NISA contribution: 50,000 yen, unchanged. Ganbarimasu.

<<SOURCES>>
""", sources=("tw-nasdaq17",))

plant(B, "jp-close", "value", V, "It closed at $615.97, down", "It closed at $615.79, down", "$615.79",
      "QQQ closed at $615.97")
plant(B, "jp-pct", "value", V, "down $5.59, or 0.90%", "down $5.59, or 0.99%", "0.99%",
      "QQQ fell 0.90%")
plant(B, "jp-mon", "history", V, "Monday it had closed at $621.56", "Monday it had closed at $618.47",
      "$618.47", "Monday, Nov 16 closed at $621.56; $618.47 was Friday's", real=True)
plant(B, "jp-ratio", "words", V, "about one and a half times the 42.0 million",
      "about three times the 42.0 million", "three times", "the volume ratio is 1.5")
plant(B, "jp-mag", "magnitude", MG, "a small step back, not a collapse", "a collapse, not a small step back",
      "a collapse", "a 0.90%, 0.7 ATR fall is not a collapse")
plant(B, "jp-1m", "timeframe", V, "one month, -0.72%", "one month, -1.80%", "-1.80%",
      "the one-month move is -0.72%; -1.80% is the five-day", real=True)
plant(B, "jp-ytd", "direction", D, "this year, still +3.16%", "this year, now -3.16%", "-3.16%",
      "YTD is +3.16%")
plant(B, "jp-recdate", "date", DU, "was $629.76 on 11 November", "was $629.76 on 10 November", "10 November",
      "the record close was Nov 11, 2026")
plant(B, "jp-four", "history", V, "only four sessions ago", "only nine sessions ago", "nine",
      "Nov 11 is four sessions before Nov 17")
plant(B, "jp-recpct", "value", V, "the fund is now 2.19% below it", "the fund is now 2.91% below it", "2.91%",
      "QQQ is 2.19% below its record")
plant(B, "jp-above50", "pattern", P, "QQQ is 0.53% above its 50-day", "QQQ is 0.53% below its 50-day",
      "below its 50-day", "QQQ is above its 50-day")
plant(B, "jp-sma200", "value", V, "the 200-day at $579.82", "the 200-day at $597.82", "$597.82",
      "the 200-day is $579.82")
plant(B, "jp-crossage", "history", V, "27 July, 80 sessions ago", "27 July, 18 sessions ago", "18",
      "the golden cross is 80 sessions old")
plant(B, "jp-slope", "trend", V, "has climbed about 1.8% over twenty sessions",
      "has climbed about 4.8% over twenty sessions", "4.8%", "the 50-day rose 1.77% over 20 sessions")
plant(B, "jp-macd", "indicator", IND, "MACD 2.43 is below the\n  signal 3.05",
      "MACD 2.43 is above the\n  signal 3.05", "above the", "MACD 2.43 is below its signal 3.05")
plant(B, "jp-worse", "derived", DER, "so QQQ was 0.40 points worse", "so QQQ was 1.40 points worse", "1.40",
      "-0.90% - (-0.50%) = -0.40 pp")
plant(B, "jp-dia", "subject", V, "the Dow fund DIA fell only 0.20%", "the Dow fund DIA fell only 0.50%",
      "0.50%", "DIA fell 0.20%; 0.50% is SPY's", real=True)
plant(B, "jp-quote", "quotation", D,
      "\"We are seeing profit-taking in\n  the winners rather than a change of view\"",
      "\"We are seeing buying in\n  the winners rather than a change of view\"", "buying",
      "the quote is altered: the source says profit-taking, and QQQ fell")
plant(B, "jp-stop", "setup", SG, "with a stop at $606.71 and a\n  target",
      "with a stop at $616.71 and a\n  target", "$616.71", "a long's stop above its $612.70 entry")
plant(B, "jp-sup", "level", LW, "support at $609.62 and $606.02", "support at $619.62 and $606.02", "$619.62",
      "a support above the $615.97 close")
plant(B, "jp-fed", "date", V, "16 sessions from now", "61 sessions from now", "61",
      "the FOMC decision is 16 sessions away")

B = "diary-IWM-2026-03-30"
clean(B, "IWM-2026-03-30", "diary", "txt",
      "a retired nurse's private diary entry on her small-cap fund's Monday: the dog's vet bill, a "
      "four-day slide, a fresh death cross, and a comparison with her brother's tech fund",
      """\
Monday, March 30, 2026. Evening. Rain since noon; Biscuit's vet bill was $186.

Dear diary, the little-companies fund (IWM, my "garden," as Dad called it) had another sour day.
  Closed at $211.00, down $2.65, which is 1.24%. It opened already lower, at $212.62, because
  Friday's close had been $213.65, and it never got above $212.88. The low was $210.85. So four
  down days in a row now, 2.54% gone since last Tuesday, when it closed at $216.51.

Numbers I copied from the screen, so I stop checking every hour: down 2.10% for the week, down
  3.87% for the month, down 13.27% for the year. The top was $257.77 on November 28, 2025, and now
  we're 18.14% under it. Volume was 27.5 million, a bit lighter than the usual 29.3 million, so at
  least it's not a stampede.

The man on the business channel said "death cross" and he was right, sadly: the 50-day average
  ($227.59) slid below the 200-day ($230.93) on March 24, just four sessions ago. The 50-day has
  dropped more than 5% in twenty sessions. The price is 7.29% under the 50-day and 8.63% under the
  200-day. RSI is 33.9, weak but not quite oversold. Funny thing: the MACD line, -3.77, is above its
  signal, -4.40, the one small good sign.

My brother Ed crowed all winter about his tech fund, QQQ. Today it lost 1.44%, more than mine, so
  IWM beat it by 0.20 points. Ha. SPY lost 0.78% and the Dow fund 1.04%. The Russell 2000 index
  ended at 2,120.33. The VIX is up to 24.71.

The range it has been stuck in for 20 sessions goes from $210.30 to $223.97, and we're near the
  bottom of it. The round $210 is the next floor, then $207.94. To go back up it has to get past
  $212.32 and then $214.35.

Called Maureen. Tomorrow: pharmacy, library books due, and NOT looking at the fund.
""")

plant(B, "dy-close", "value", V, "Closed at $211.00, down", "Closed at $211.50, down", "$211.50",
      "IWM closed at $211.00")
plant(B, "dy-pct", "value", V, "which is 1.24%", "which is 1.42%", "1.42%",
      "IWM fell 1.24%")
plant(B, "dy-fri", "history", V, "Friday's close had been $213.65", "Friday's close had been $215.29",
      "$215.29", "Friday, Mar 27 closed at $213.65; $215.29 was Thursday's", real=True)
plant(B, "dy-four", "history", V, "So four\n  down days in a row", "So six\n  down days in a row", "six",
      "the losing streak is four sessions")
plant(B, "dy-streakpct", "history", V, "2.54% gone since last Tuesday", "3.54% gone since last Tuesday",
      "3.54%", "the four-day streak lost 2.54%")
plant(B, "dy-tue", "history", V, "when it closed at $216.51", "when it closed at $215.53", "$215.53",
      "Tuesday, Mar 24 closed at $216.51; $215.53 was Monday's", real=True)
plant(B, "dy-week", "timeframe", V, "down 2.10% for the week", "down 3.87% for the week", "3.87%",
      "the five-day move is -2.10%; -3.87% is the one-month", real=True)
plant(B, "dy-topdate", "date", DU, "$257.77 on November 28, 2025", "$257.77 on November 21, 2025",
      "November 21, 2025", "the record close was Nov 28, 2025")
plant(B, "dy-vol", "direction", D, "a bit lighter than the usual 29.3 million",
      "a bit heavier than the usual 29.3 million", "heavier", "volume ratio 0.9: lighter than usual")
plant(B, "dy-cross", "quotation", P, "said \"death cross\" and he was right",
      "said \"golden cross\" and he was right", "golden cross",
      "the 50-day fell below the 200-day: a death cross")
plant(B, "dy-crossdate", "date", DU, "on March 24, just four sessions ago",
      "on March 17, just four sessions ago", "March 17", "the death cross is from Mar 24, 2026")
plant(B, "dy-slope", "trend", P, "The 50-day has\n  dropped more than 5% in twenty sessions",
      "The 50-day has\n  held flat for twenty sessions", "held flat",
      "the 50-day fell 5.36% over 20 sessions")
plant(B, "dy-pct50", "value", V, "The price is 7.29% under the 50-day", "The price is 2.79% under the 50-day",
      "2.79%", "IWM is 7.29% below its 50-day")
plant(B, "dy-rsi", "negation", IND, "weak but not quite oversold", "weak and deeply oversold",
      "deeply oversold", "RSI 33.9 is above 30")
plant(B, "dy-macd", "indicator", IND, "is above its\n  signal, -4.40", "is below its\n  signal, -4.40",
      "below its", "MACD -3.77 is above its signal -4.40")
plant(B, "dy-beat", "derived", DER, "IWM beat it by 0.20 points", "IWM beat it by 0.60 points", "0.60",
      "-1.24% - (-1.44%) = 0.20 pp")
plant(B, "dy-more", "negation", D, "Today it lost 1.44%, more than mine",
      "Today it lost 1.44%, less than mine", "less than mine", "QQQ's -1.44% is more than IWM's -1.24%")
plant(B, "dy-dia", "subject", V, "the Dow fund 1.04%", "the Dow fund 0.78%", "0.78%",
      "DIA lost 1.04%; 0.78% is SPY's", real=True)
plant(B, "dy-rut", "scale", SC, "ended at 2,120.33", "ended at $2,120.33", "$2,120.33",
      "the Russell 2000 is an index in points")
plant(B, "dy-range", "value", V, "goes from $210.30 to $223.97", "goes from $210.30 to $232.97", "$232.97",
      "the range top is $223.97")
plant(B, "dy-floor", "level", LW, "The round $210 is the next floor", "The round $215 is the next floor",
      "$215", "a floor above the $211.00 close")

B = "familyoffice-IWM-2026-11-17"
clean(B, "IWM-2026-11-17", "meeting-minutes", "md",
      "a family office's investment committee minutes: attendees, a foundation grant, a vote count, "
      "then the CIO's report on the small-cap sleeve (IWM) with its range, averages and two cited wires",
      """\
# Ashgrove Family Office: Investment Committee, Minutes of the Meeting of November 18, 2026

**Present:** E. Ashgrove (chair), M. Ashgrove, R. Ilunga (CIO), T. Brandt (outside counsel), K. Sato
  (secretary). **Apologies:** J. Ashgrove-Price. Meeting opened at 8:30 a.m. in the library; quorum
  of four confirmed.

**1. Minutes and foundation.** The minutes of October 21 were approved. The committee approved a
  grant of $250,000 to the Riverside Literacy Trust (vote: 4 for, 0 against, 1 abstaining).

**2. CIO report: the small-cap sleeve.** Mr. Ilunga reported on the sleeve's iShares Russell 2000
  ETF (IWM) position after Tuesday's session. IWM closed at $245.28, down $1.98 or 0.80%, from
  $247.26 on Monday; it had closed at $247.01 on Friday, November 13. The session ran from a high of
  $247.37 to a low of $244.61. Volume, 31.1 million shares, was in line with the 29.8 million
  average. The move was a routine one, about 0.6 of an average day's range.

He noted that IWM has now trailed SPY for three sessions in a row; on Tuesday it lost 0.30 points
  more than SPY (down 0.50%), though it held up slightly better than QQQ (down 0.90%). Over one month,
  however, IWM is up 1.46% and ahead of SPY by 2.52 points; over five sessions it is down 1.00%, and
  for the year it is up 0.82%. Harbor Street's Tuesday wire put the Russell 2000 at 2,465.79 after a
  0.8% slide and IWM at $245.28 [1].

On the chart: the fund sits 0.38% below its 50-day average ($246.21), which has edged up about 0.4%
  over twenty sessions, and 6.32% above its 200-day ($230.71). The 50-day has been above the 200-day
  since the golden cross of August 10. RSI is exactly 50.0; MACD (0.86) is above its signal (0.57).
  The range of the last 22 sessions runs from $241.00 to $249.26; the top was set by the $249.26
  close of Thursday, November 12, which Ledger described as another failed run at $250 [2]. The
  record close, $257.77 (November 28, 2025), is out of reach for now: the price is 4.85% below it.

**3. Discussion.** M. Ashgrove asked whether to add. The CIO recommended waiting for either a close
  above the $249.26 range top or a test of support at $242.80 and $241.00. Counsel reminded the
  committee of the 15% single-sleeve limit in the Investment Policy Statement (section 4.2).

**4. Resolution.** To hold the sleeve unchanged until after the Fed decision of December 9, sixteen
  sessions away (vote: 5 for). Meeting closed at 9:47 a.m. Next meeting: December 16, 2026.

<<SOURCES>>
""", sources=("hs-slides17", "ld-turns13"))

plant(B, "fo-close", "value", V, "IWM closed at $245.28, down $1.98", "IWM closed at $245.82, down $1.98",
      "$245.82", "IWM closed at $245.28")
plant(B, "fo-mon", "history", V, "$247.26 on Monday; it had", "$248.76 on Monday; it had", "$248.76",
      "Monday, Nov 16 closed at $247.26; $248.76 was Nov 11's", real=True)
plant(B, "fo-fri", "date", WM, "on Friday, November 13. The", "on Thursday, November 13. The",
      "Thursday, November 13", "November 13, 2026 is a Friday")
plant(B, "fo-low", "value", V, "to a low of $244.61", "to a low of $244.16", "$244.16",
      "the session low is $244.61")
plant(B, "fo-routine", "magnitude", MG, "The move was a routine one", "The move was a plunge", "a plunge",
      "a 0.80%, 0.6 ATR fall is not a plunge")
plant(B, "fo-three", "history", V, "trailed SPY for three sessions in a row",
      "trailed SPY for eight sessions in a row", "eight", "IWM has trailed SPY for three sessions")
plant(B, "fo-lag", "derived", DER, "it lost 0.30 points\n  more than SPY",
      "it lost 0.45 points\n  more than SPY", "0.45", "-0.80% - (-0.50%) = -0.30 pp")
plant(B, "fo-better", "negation", D, "though it held up slightly better than QQQ",
      "and it held up worse than QQQ", "worse than QQQ", "IWM's -0.80% beat QQQ's -0.90%")
plant(B, "fo-1m", "timeframe", V, "IWM is up 1.46% and ahead", "IWM is up 0.82% and ahead", "0.82%",
      "the one-month move is 1.46%; 0.82% is YTD", real=True)
plant(B, "fo-spread", "value", V, "ahead of SPY by 2.52 points", "ahead of SPY by 1.52 points", "1.52",
      "IWM's one-month spread over SPY is 2.52 pp")
plant(B, "fo-cite", "citation", V, "put the Russell 2000 at 2,465.79 after a\n  0.8% slide",
      "put the Russell 2000 at 2,456.79 after a\n  0.8% slide", "2,456.79",
      "the Russell 2000 closed at 2,465.79, as the cited wire says")
plant(B, "fo-below50", "pattern", P, "the fund sits 0.38% below its 50-day",
      "the fund sits 0.38% above its 50-day", "above its 50-day", "IWM is below its 50-day")
plant(B, "fo-edge", "trend", P, "which has edged up about 0.4%", "which has dropped about 0.4%", "dropped",
      "the 50-day rose 0.38% over 20 sessions")
plant(B, "fo-200", "value", V, "6.32% above its 200-day", "6.23% above its 200-day", "6.23%",
      "IWM is 6.32% above its 200-day")
plant(B, "fo-crossdate", "date", DU, "since the golden cross of August 10",
      "since the golden cross of August 3", "August 3", "the golden cross is from Aug 10, 2026")
plant(B, "fo-macd", "indicator", IND, "MACD (0.86) is above its signal (0.57)",
      "MACD (0.86) is below its signal (0.57)", "below its signal", "MACD 0.86 is above its signal 0.57")
plant(B, "fo-sess", "history", V, "The range of the last 22 sessions", "The range of the last 32 sessions",
      "32", "the range is 22 sessions old")
plant(B, "fo-topdate", "date", DU, "close of Thursday, November 12", "close of Thursday, November 5",
      "November 5", "the range top close was Nov 12, 2026")
plant(B, "fo-recpct", "value", V, "the price is 4.85% below it", "the price is 5.84% below it", "5.84%",
      "IWM is 4.85% below its record")
plant(B, "fo-support", "level", LW, "a test of support at $242.80 and $241.00",
      "a test of support at $247.80 and $241.00", "$247.80", "a support above the $245.28 close")
plant(B, "fo-fed", "words", V, "sixteen\n  sessions away", "six\n  sessions away", "six",
      "the FOMC decision is 16 sessions away")

B = "irfaq-QQQ-2025-11-17"
clean(B, "QQQ-2025-11-17", "ir-faq", "md",
      "a robo-advisor's investor-relations FAQ page answering clients about the Nasdaq 100 fund at a "
      "record: question numbers, a fee in basis points, the record, averages, peers and a breakout plan",
      """\
# Client FAQ: "Why is my tech allocation at a record?" (updated Tuesday, November 18, 2025)

*Brightpath Invest, Investor Relations. Applies to portfolios 3 through 7. Advisory fee: 25 bp a year.*

**Q1. Did the Nasdaq 100 fund really close at a record?**
Yes. On Monday, November 17, 2025, the Invesco QQQ Trust (QQQ) closed at $622.21, its highest close
  ever, up $10.60 or 1.73% from Friday's $611.61. During the day it also set a new intraday high of
  $626.07. This was a large move for the fund, about 1.4 times its average daily range of $8.35.

**Q2. How has it done over different periods?**
Over five sessions QQQ rose 2.84%, over one month 1.68%, and since January 1 it is up 14.73%. On
  Thursday, October 30, it had closed at $588.73, the low of the last 20 sessions, so it is 5.69%
  above the bottom of that range.

**Q3. Is the trend healthy?**
By the usual measures, yes. The fund is 3.52% above its 50-day average ($601.02) and 15.46% above
  its 200-day ($538.92). The 50-day has been above the 200-day since the golden cross of July 1, 97
  sessions ago, and both averages are rising. RSI is 65.6, firm but short of overbought, and MACD
  (3.36) is above its signal line (1.48).

**Q4. How did the other funds in my portfolio do?**
All four closed at records. SPY rose 1.39%, so QQQ beat it by 0.35 points, its second straight
  session ahead. DIA rose 0.89% and the small-cap fund IWM rose 1.96%, a bit more than QQQ. The VIX
  fell 4.67% to 13.47.

**Q5. Will you add more?**
Only on strength: our model buys if QQQ closes above $630.56, with a stop at $620.12 and a target of
  $655.61, about 2.4 to 1. The round $630 is the first resistance; $620 and then $617.74 are support.

**Q6. Who do I call?** Your advisor, or our line at 1-800-555-0142, 8 a.m. to 8 p.m. Eastern.
""")

plant(B, "ir-close", "value", V, "closed at $622.21, its highest close\n  ever",
      "closed at $622.12, its highest close\n  ever", "$622.12", "QQQ closed at $622.21")
plant(B, "ir-record", "negation", P, "its highest close\n  ever", "still short of its highest close\n  ever",
      "still short of its highest close", "QQQ closed at its all-time high")
plant(B, "ir-fri", "history", V, "from Friday's $611.61", "from Friday's $612.16", "$612.16",
      "Friday, Nov 14 closed at $611.61; $612.16 was Thursday's", real=True)
plant(B, "ir-mag", "magnitude", MG, "This was a large move for the fund",
      "This was a sleepy, barely-moving day for the fund", "sleepy, barely-moving",
      "a 1.73%, 1.4 ATR gain is not a sleepy day")
plant(B, "ir-atr", "words", V, "about 1.4 times its average daily range",
      "about four times its average daily range", "four times", "the move was 1.4 ATR")
plant(B, "ir-ytd", "timeframe", V, "it is up 14.73%", "it is up 2.84%", "2.84%",
      "YTD is 14.73%; 2.84% is the five-day move", real=True)
plant(B, "ir-oct30", "date", WM, "On\n  Thursday, October 30, it", "On\n  Friday, October 30, it",
      "Friday, October 30", "October 30, 2025 is a Thursday")
plant(B, "ir-rangepct", "derived", DER, "so it is 5.69%\n  above the bottom",
      "so it is 7.69%\n  above the bottom", "7.69%", "622.21 / 588.73 - 1 = 5.69%")
plant(B, "ir-crossdate", "date", DU, "the golden cross of July 1, 97", "the golden cross of June 1, 97",
      "June 1", "the golden cross is from Jul 1, 2025")
plant(B, "ir-rising", "trend", P, "both averages are rising", "both averages are falling", "falling",
      "the 50-day rose 2.04% and the 200-day 1.17% over 20 sessions")
plant(B, "ir-rsi", "indicator", IND, "firm but short of overbought", "already overbought", "overbought",
      "RSI 65.6 is under 70")
plant(B, "ir-beat", "derived", DER, "QQQ beat it by 0.35 points", "QQQ beat it by 0.85 points", "0.85",
      "1.73% - 1.39% = 0.34 pp (divergence 0.35)")
plant(B, "ir-second", "history", V, "its second straight\n  session ahead",
      "its fourth straight\n  session ahead", "fourth", "QQQ has led SPY for two sessions")
plant(B, "ir-iwm", "direction", D, "a bit more than QQQ", "a bit less than QQQ", "less than QQQ",
      "IWM's 1.96% is more than QQQ's 1.73%")
plant(B, "ir-stop", "setup", SG, "with a stop at $620.12", "with a stop at $632.12", "$632.12",
      "a long's stop above its $630.56 entry")
plant(B, "ir-rr", "setup", SRR, "about 2.4 to 1", "about 5 to 1", "5 to 1",
      "entry 630.56, stop 620.12, target 655.61: 2.4 to 1")
plant(B, "ir-res", "level", LW, "The round $630 is the first resistance",
      "The round $610 is the first resistance", "$610", "a resistance below the $622.21 close")

B = "discord-DIA-2025-11-17"
clean(B, "DIA-2025-11-17", "bot-digest", "txt",
      "a Discord server's market bot digest for the Dow ETF at a record, with emoji-free status lines, "
      "member counts, a poll, quoted member messages and the bot's breakout plan",
      """\
#market-digest | TickerBot v2.7 | posted 17 Nov 2025 21:05 UTC | 1,284 members online

DAILY DIGEST: DIA (SPDR Dow Jones Industrial Average ETF), session Mon 17 Nov 2025

> CLOSE: $481.59 (+$4.26, +0.89%), prev $477.33
> RANGE: open $478.18 / high $485.20 / low $477.56
> STATUS: new all-time closing high. Intraday high $485.20 also a record.
> VOLUME: 3.9M vs 20d avg 3.5M (1.1x)
> MOVE: 1.0 ATR (ATR $4.48, 0.93%), a solid day
> TREND: 50d $460.80 (+4.51%), 200d $434.25 (+10.90%), golden cross since 14 Jul 2025 (89 sessions)
> SLOPES (20 sessions): 50d +2.5%, 200d +0.5%
> MOMENTUM: RSI 72.8 (overbought), MACD 4.50 > signal 3.61
> PERIODS: 5d +1.70% | 1m +1.99% | YTD +6.55%
> INDEX: Dow Jones Industrial Average 48,219.41 (+0.87%)
> PEERS: SPY +1.39% | QQQ +1.73% | IWM +1.96% | VIX 13.47 (-4.67%)
> RELATIVE: DIA trailed SPY by 0.49 pts today; worst of the four funds
> LEVELS: R $490 | S $480, $476.43, $463.29
> RANGE 20d: $461.90 to $481.59 (4.26%); closing at the top
> BOT SETUP: long above $486.07, stop $480.47, target $499.52 (R/R 2.4)

Member highlights (top 3 by reactions):
- @riverbend_rx: "Dow at a record and RSI over 70, I'm trimming 10%." (41 reactions)
- @nana_invests: "Last week Friday it closed at $477.33, now $481.59, not bad." (27 reactions)
- @quietcompounding: "Overbought can stay overbought. Golden cross still intact." (19 reactions)

POLL: "Will DIA close above $490 by Thanksgiving?" Yes 58% / No 42% (212 votes)
Next digest: Tue 18 Nov 2025 21:05 UTC. Type !dia for the chart, !mute to stop pings.
""")

plant(B, "dc-prev", "history", V, "prev $477.33", "prev $477.56", "$477.56",
      "the previous close is $477.33; $477.56 is Thursday's close and the session low", real=True)
plant(B, "dc-status", "pattern", P, "STATUS: new all-time closing high",
      "STATUS: still below its closing high", "still below its closing high",
      "DIA closed at its all-time high")
plant(B, "dc-ratio", "value", V, "(1.1x)", "(2.1x)", "2.1x",
      "the volume ratio is 1.1")
plant(B, "dc-atr", "value", V, "MOVE: 1.0 ATR (ATR $4.48", "MOVE: 1.0 ATR (ATR $4.84", "$4.84",
      "ATR is $4.48")
plant(B, "dc-crossdate", "date", DU, "golden cross since 14 Jul 2025", "golden cross since 24 Jul 2025",
      "24 Jul 2025", "the golden cross is from Jul 14, 2025")
plant(B, "dc-slope", "trend", V, "50d +2.5%, 200d", "50d +5.2%, 200d", "+5.2%",
      "the 50-day rose 2.49% over 20 sessions")
plant(B, "dc-rsi", "indicator", IND, "RSI 72.8 (overbought)", "RSI 72.8 (oversold)", "oversold",
      "RSI 72.8 is overbought")
plant(B, "dc-ytd", "timeframe", V, "YTD +6.55%", "YTD +1.99%", "+1.99%",
      "YTD is 6.55%; 1.99% is the one-month", real=True)
plant(B, "dc-dji", "scale", SC, "Dow Jones Industrial Average 48,219.41",
      "Dow Jones Industrial Average $481.59", "$481.59", "the Dow index quoted at its ETF's dollar price",
      real=True)
plant(B, "dc-qqq", "subject", V, "QQQ +1.73%", "QQQ +1.96%", "+1.96%",
      "QQQ rose 1.73%; 1.96% is IWM's", real=True)
plant(B, "dc-rel", "derived", DER, "DIA trailed SPY by 0.49 pts", "DIA trailed SPY by 0.94 pts", "0.94",
      "0.89% - 1.39% = -0.50 pp (divergence -0.49)")
plant(B, "dc-worst", "direction", D, "worst of the four funds", "best of the four funds", "best of the four",
      "DIA's 0.89% was the smallest gain of the four")
plant(B, "dc-sup", "level", LW, "S $480, $476.43", "S $484, $476.43", "$484",
      "a support above the $481.59 close")
plant(B, "dc-stop", "setup", SG, "stop $480.47, target $499.52", "stop $488.47, target $499.52", "$488.47",
      "a long's stop above its $486.07 entry")
plant(B, "dc-quote", "quotation", IND, "\"Dow at a record and RSI over 70,",
      "\"Dow at a record and RSI under 50,", "RSI under 50", "RSI is 72.8: the quote says under 50")
plant(B, "dc-quote2", "quotation", P, "Golden cross still intact.", "Death cross still intact.",
      "Death cross", "DIA's 50-day is above its 200-day: golden")

B = "chyrons-SPY-2026-06-03"
clean(B, "SPY-2026-06-03", "chyron-list", "txt",
      "a business TV channel's chyron rundown for the closing hour, one lower-third per line with "
      "slot times: SPY's five-day run, the overbought reading, a death cross still in place, peers",
      """\
MARKET CLOSE LIVE: LOWER-THIRD RUNDOWN, WED JUNE 3, 2026 (control room copy, rev. 4)

15:58  S&P 500 ETF (SPY) CLOSES AT $659.18, UP 0.58%
15:58  SPY: FIFTH STRAIGHT GAIN, UP 4.87% OVER THE FIVE SESSIONS
16:00  SPY TOPPED OUT AT $659.77 AFTER OPENING AT $656.50
16:00  PREVIOUS CLOSE $655.35 ON TUESDAY; $650.49 ON MONDAY
16:01  ONE-MONTH GAIN: 8.87%. STILL DOWN 1.05% FOR 2026
16:02  LIGHT VOLUME: 51.6M SHARES VS 69.3M AVERAGE
16:03  RSI AT 72.3: OVERBOUGHT TERRITORY
16:03  MACD 10.15 ABOVE SIGNAL LINE 6.99
16:04  SPY 6.99% ABOVE 50-DAY AVERAGE ($616.10), 1.76% ABOVE 200-DAY ($647.76)
16:04  DEATH CROSS FROM MARCH 27 STILL IN PLACE: 50-DAY BELOW 200-DAY
16:05  RECORD CLOSE $692.73 (NOV 26, 2025) IS 4.84% AWAY
16:06  CLOSE ABOVE UPPER BOLLINGER BAND ($655.85)
16:06  S&P 500 INDEX: 6,609.79, UP 0.58%
16:07  NASDAQ 100 FUND QQQ +0.57% | DOW FUND DIA -0.58% | SMALL CAPS IWM +0.35%
16:07  SPY BEATS DIA BY 1.16 POINTS
16:08  VIX JUMPS 6.18% TO 18.55 EVEN AS STOCKS RISE
16:09  NEXT RESISTANCE $665.30; SUPPORT $652.32, THEN $650
16:10  DESK IDEA: LONG ABOVE $665.54, STOP $657.79, TARGET $681.23 (2-TO-1)
16:11  COMING UP: "THE RALLY NOBODY TRUSTS," WITH ANCHOR DELIA FRANK, AFTER THE BREAK
""")

plant(B, "ch-fifth", "history", V, "SPY: FIFTH STRAIGHT GAIN", "SPY: THIRD STRAIGHT GAIN", "THIRD",
      "SPY's winning streak is five sessions")
plant(B, "ch-mon", "history", V, "$650.49 ON MONDAY", "$643.10 ON MONDAY", "$643.10",
      "Monday, Jun 1 closed at $650.49; $643.10 was Friday's", real=True)
plant(B, "ch-light", "direction", D, "LIGHT VOLUME: 51.6M", "HEAVY VOLUME: 51.6M", "HEAVY",
      "volume ratio 0.7: lighter than usual")
plant(B, "ch-rsi", "indicator", IND, "RSI AT 72.3: OVERBOUGHT TERRITORY", "RSI AT 72.3: OVERSOLD TERRITORY",
      "OVERSOLD", "RSI 72.3 is overbought")
plant(B, "ch-death", "pattern", P, "DEATH CROSS FROM MARCH 27 STILL IN PLACE",
      "GOLDEN CROSS FROM MARCH 27 STILL IN PLACE", "GOLDEN CROSS",
      "SPY's 50-day is below its 200-day: a death cross")
plant(B, "ch-crossdate", "date", DU, "FROM MARCH 27 STILL", "FROM MARCH 20 STILL", "MARCH 20",
      "the death cross is from Mar 27, 2026")
plant(B, "ch-recdate", "date", DU, "(NOV 26, 2025)", "(NOV 28, 2025)", "NOV 28, 2025",
      "SPY's record close was Nov 26, 2025")
plant(B, "ch-bb", "negation", P, "CLOSE ABOVE UPPER BOLLINGER BAND ($655.85)",
      "CLOSE STILL BELOW UPPER BOLLINGER BAND ($655.85)", "BELOW UPPER BOLLINGER BAND",
      "SPY's $659.18 close is above the $655.85 upper band")
plant(B, "ch-spx", "scale", SC, "S&P 500 INDEX: 6,609.79", "S&P 500 INDEX: $659.18", "$659.18",
      "the S&P 500 index quoted at its ETF's dollar price", real=True)
plant(B, "ch-beat", "derived", DER, "SPY BEATS DIA BY 1.16 POINTS", "SPY BEATS DIA BY 0.61 POINTS", "0.61",
      "0.58% - (-0.58%) = 1.16 pp")
plant(B, "ch-vix", "value", V, "VIX JUMPS 6.18% TO 18.55", "VIX JUMPS 16.18% TO 18.55", "16.18%",
      "the VIX rose 6.18%")
plant(B, "ch-res", "level", LW, "NEXT RESISTANCE $665.30", "NEXT RESISTANCE $645.30", "$645.30",
      "a resistance below the $659.18 close")
plant(B, "ch-rr", "setup", SRR, "TARGET $681.23 (2-TO-1)", "TARGET $681.23 (4-TO-1)", "4-TO-1",
      "entry 665.54, stop 657.79, target 681.23: 2.0 to 1")

B = "sommelier-QQQ-2026-11-20"
clean(B, "QQQ-2026-11-20", "tasting-notes", "md",
      "a wine sommelier's tasting notes written as a market column on the Nasdaq 100 fund's Friday: "
      "vintages, bottle prices, the nose and finish of the session, the options cellar and two cited items",
      """\
# The Cellar Tape: tasting notes on Friday, November 20, 2026

*By Odile Fournier, head sommelier at Maison Berthe (table for 6 at 8:30, bottles from $48 to $2,400).*

**The pour.** QQQ, the Invesco Nasdaq 100 fund, vintage 2026, poured at $618.09 and finished at
  $626.40, a bold, full-bodied gain of 1.90%, worth 1.6 times its average daily range. Nothing shy
  about it: on the palate you find 86.8 million shares, twice the usual glass. The Nasdaq 100 itself
  came in at 25,753.96, and Harbor Street described megacap technology shares roaring back [1].

**The nose.** Old-vine structure: the 50-day at $614.02 sits under the price and has risen about
  1.5% in twenty sessions; the 200-day, $580.22, lies deeper in the cellar, with the price 7.96% above it.
  A golden
  cross since July 27, well aged. RSI 56.4, balanced, neither tannic nor flabby.

**The finish.** Long, but it does not quite reach the grand cru: the price is
  still 0.53% below the record close of $629.76. For the November 27 expiry, Tapewatch tasted $640 calls
  and $610 puts in
  QQQ [2], and max pain rests at $630. My pairing for the brave: a long above $630.00, stop $621.95,
  target $649.31.

**Compared with the house wines.** SPY, 1.10%, a reliable table red; DIA, 0.60%; IWM, 0.30%, a bit
  thin this year. QQQ outpoured SPY by 0.80 points.

*Tasting fee: $35, waived with any bottle over $150.*

<<SOURCES>>
""", sources=("hs-megacap20", "tw-opex20"))

plant(B, "so-open", "value", V, "poured at $618.09", "poured at $614.72", "$614.72",
      "QQQ opened at $618.09; $614.72 is the previous close", real=True)
plant(B, "so-mag", "magnitude", MG, "a bold, full-bodied gain of 1.90%",
      "a faint, barely-there gain of 1.90%", "faint, barely-there", "a 1.90%, 1.6 ATR gain is not faint")
plant(B, "so-twice", "words", V, "twice the usual glass", "four times the usual glass", "four times",
      "the volume ratio is 2.0")
plant(B, "so-ndx", "scale", SC, "came in at 25,753.96", "came in at $625.75", "$625.75",
      "the Nasdaq 100 is an index in points, not dollars")
plant(B, "so-cite", "citation", CS, "and Harbor Street described megacap technology shares roaring back [1].",
      "and the cellar's humidity held at 70% [1].", "[1]",
      "the cited wire says nothing about a cellar's humidity")
plant(B, "so-under", "pattern", P, "sits under the price", "sits above the price", "above the price",
      "the 50-day $614.02 is below the $626.40 close")
plant(B, "so-cross", "date", DU, "A golden\n  cross since July 27, well aged",
      "A golden\n  cross since July 17, well aged", "July 17", "the golden cross is from Jul 27, 2026")
plant(B, "so-cite2", "citation", CU, "$610 puts in\n  QQQ [2]", "$610 puts in\n  QQQ [3]", "[3]",
      "two sources are listed")
plant(B, "so-stop", "setup", SG, "stop $621.95,\n  target $649.31", "stop $631.95,\n  target $649.31",
      "$631.95", "a long's stop above its $630.00 entry")
plant(B, "so-dia", "subject", V, "DIA, 0.60%", "DIA, 0.30%", "0.30%",
      "DIA rose 0.60%; 0.30% is IWM's", real=True)

B = "audioguide-GSPC-2026-11-20"
clean(B, "idx_GSPC-2026-11-20", "audio-guide", "md",
      "a museum audio guide's script for an exhibit about the S&P 500's autumn, stop by stop: gallery "
      "numbers, track lengths, a record, a range and a quoted strategist from a cited wire",
      """\
# "The Autumn Tape": audio guide script, Gallery 4 (stops 41 to 45), Museum of Money, 2026

**Stop 41 (1 min 20 s). The last session.** You are standing before a single line of light. It
  traces Friday, November 20, 2026, when the S&P 500 closed at 6,901.69, up 1.11%. It is a decent
  day, about 1.1 average true ranges, the kind of day that lifts a whole hall.

**Stop 42 (1 min 45 s). The summit.** Look up to the brass marker. On Thursday, October 22, the index
  closed at 6,968.14, the highest close of the year and of all time; that same day it touched
  6,992.05 during trading. By November 20 it was 0.95% below the summit.

**Stop 43 (2 min 05 s). The corridor.** The painted floor shows the 29 sessions the index spent
  between 6,805.34 and 6,968.14. On Monday, November 2, it closed on the corridor's bottom, 6,805.34.

**Stop 44 (1 min 30 s). The rising floor.** The two ribbons are the 50-day average, 6,824.87, and the
  200-day, 6,480.69. The 50-day crossed above the 200-day on September 21, a golden cross.

**Stop 45 (2 min 10 s). Voices.** "Buyers keep showing up for the same handful of names," said Theo
  Vasquez of Corbin Ridge Securities on the evening of November 20 [1]. The Nasdaq 100 rose 1.89%
  that day, the Dow 0.58%. Please return your headset at the desk by Gallery 5.

<<SOURCES>>
""", sources=("ld-rebound20",), source_format="paren")

plant(B, "ag-decent", "magnitude", MG, "It is a decent\n  day, about 1.1 average true ranges",
      "It is a tiny\n  day, barely a flicker, about 1.1 average true ranges", "tiny",
      "a 1.11%, 1.1 ATR gain is not tiny")
plant(B, "ag-peakwd", "date", WM, "On Thursday, October 22, the index", "On Friday, October 22, the index",
      "Friday, October 22", "October 22, 2026 is a Thursday")
plant(B, "ag-intraday", "value", V, "it touched\n  6,992.05 during trading",
      "it touched\n  6,999.05 during trading", "6,999.05", "the intraday record is 6,992.05")
plant(B, "ag-sess", "history", V, "shows the 29 sessions", "shows the 19 sessions", "19",
      "the range is 29 sessions old")
plant(B, "ag-nov2", "history", V, "on the corridor's bottom, 6,805.34", "on the corridor's bottom, 6,850.34",
      "6,850.34", "Monday, Nov 2 closed at 6,805.34, the range bottom")
plant(B, "ag-crossdate", "date", DU, "on September 21, a golden cross", "on September 12, a golden cross",
      "September 12", "the golden cross is from Sep 21, 2026")
plant(B, "ag-quote", "quotation", NU, "\"Buyers keep showing up for the same handful of names,\"",
      "\"Buyers keep showing up for the same 10 names,\"", "10",
      "the quote altered: the cited item says 'the same handful of names'")
plant(B, "ag-ndx", "subject", V, "The Nasdaq 100 rose 1.89%", "The Nasdaq 100 rose 1.11%", "1.11%",
      "the Nasdaq 100 rose 1.89%; 1.11% is the S&P 500's", real=True)

B = "lifeguard-IWM-2026-11-20"
clean(B, "IWM-2026-11-20", "shift-log", "txt",
      "an off-season lifeguard's shift log at an indoor pool, with his small-cap fund noted between "
      "water tests: chlorine readings, swimmer counts, IWM's flat day, its box, a cited wire and a quote",
      """\
AQUATIC CENTER SHIFT LOG: Lane Pool, Friday 20 Nov 2026, guard on duty: D. Reyes (cert. #44817)

06:00  Opened. Water 27.5 C. Free chlorine 2.1 ppm, pH 7.4. 11 lap swimmers by 06:30.
09:15  Break. Checked my IWM: flat morning, hovering near $244.
12:40  Aqua-fit class, 23 participants. No incidents.
16:05  Market closed. IWM ended at $244.30, up 0.30%, a sleepy session that barely moved, a
  fifth of an average day's range. Still under the 50-day average ($245.77), still over the 200-day
  ($230.77). Sixth straight day behind SPY, which rose 1.10%. Ledger's evening piece said IWM is
  "still boxed between roughly $240 and $250, where it has traded for five weeks" [1]. Resistance
  $249.26, support $242.80. Range top is 2.03% above the close. RSI 48.2. Marco at the front desk
  keeps calling the chart "a golden cross that still holds," and he's right about that much.
18:30  Family swim, 41 swimmers, 2 whistle warnings (running on deck).
21:00  Closed. Backwash done. Chlorine 1.8 ppm. Keys to night security at 21:12.

<<SOURCES>>
""", sources=("ld-smallcaps20",))

plant(B, "lg-close", "value", V, "IWM ended at $244.30", "IWM ended at $243.30", "$243.30",
      "IWM closed at $244.30")
plant(B, "lg-sleepy", "magnitude", MG, "a sleepy session that barely moved",
      "a wild session that moved a lot", "a wild session", "a 0.30%, 0.2 ATR move is not wild")
plant(B, "lg-fifth", "words", V, "a\n  fifth of an average day's range",
      "a\n  full two of an average day's range", "two", "the move was 0.2 ATR")
plant(B, "lg-under", "pattern", P, "Still under the 50-day average", "Now over the 50-day average",
      "over the 50-day", "IWM is below its 50-day")
plant(B, "lg-sixth", "history", V, "Sixth straight day behind SPY", "Second straight day behind SPY",
      "Second", "IWM has trailed SPY for six sessions")
plant(B, "lg-quote", "quotation", P, "\"a golden cross that still holds,\"",
      "\"a death cross that still holds,\"", "death cross",
      "IWM's 50-day is above its 200-day: the quoted words name a death cross")
plant(B, "lg-res", "level", LW, "Resistance\n  $249.26", "Resistance\n  $241.26", "$241.26",
      "a resistance below the $244.30 close")
plant(B, "lg-toppct", "derived", DER, "Range top is 2.03% above the close",
      "Range top is 3.03% above the close", "3.03%", "249.26 / 244.30 - 1 = 2.03%")

README = kit.blind_readme(12)

# ---------------------------------------------------------------- scoring and the command line

evaluate, report = SET.evaluate, SET.report  # what tests/test_verify_holdout12.py runs

if __name__ == "__main__":
    raise SystemExit(SET.main(sys.argv[1:], doc=__doc__ or "", readme=README))
