"""Write the thirteenth blind holdout set for the verifier to tests/data/verify_holdout13/ (deterministic).

    .venv/bin/python scripts/make_verify_holdout13.py            # (re)write the set
    .venv/bin/python scripts/make_verify_holdout13.py --check    # exit 1 if the files on disk differ
    .venv/bin/python scripts/make_verify_holdout13.py --score    # run the verifier over the set, report

Written for issue 14 by someone who had read neither `pipeline/verify/` nor the texts of the
evaluation set or of the first twelve holdouts (only the shared plumbing in
`scripts/verify_eval/holdout_kit.py`, `tests/holdout_helpers.py`, `tests/test_verify_holdout12.py`,
the top and the bottom of `scripts/make_verify_holdout12.py`, the other generators' module docstrings
(to learn which voices were taken), `pipeline/facts.py`, `pipeline/contracts/` and the README's
verifier section), and who did not run the verifier on these texts before the blind score. The voices
are ones the earlier sets did not use: a commuter-train conductor's announcements, a food blogger's
"recipe" for the session, a chess-style annotated game of the close, notes translated from Danish,
Hungarian, Mandarin and Thai, a nurse's shift-handoff report, an air-traffic-control style transcript,
a birder's field notebook, a stand-up comedian's set, a bookkeeper's journal with narrative, a hiking
trail-conditions report, a credit union board's speaker notes, a tabletop game master's session recap,
a theatre critic's review, an out-of-office auto-reply with a market handover, a police-blotter style
column, a bridge club's newsletter and a grandchild's letter to her grandmother.

Every figure of a clean text was typed by hand from `pipeline.facts.build_fact_sheet(...)` of the
case's snapshot, of a peer in the same file, of the snapshot's dated bars (`recent_sessions`,
`recent_closes`, `recent_highs`, `recent_lows`), of the 50/200-day slopes the snapshot carries
(`trend.sma_50_slope_pct`, `trend.sma_200_slope_pct`), or from the text of a cited source;
approximations ("almost twice", "about a fifth of a normal day's range") were checked against the same values.
Page furniture, years, counts of things, ages, clock times, prices of things that are not market data
and percentages of things that are not markets are there on purpose. The snapshots and sources are
frozen copies in tests/data/verify_holdout13/context/ (copied from tests/data/verify_holdout12/context/,
itself a copy of holdout 11's, taken from tests/data/verify_eval/, on 2026-12-06; each carries 64 dated
bars). Each planted case is one clean text with one exact substitution and one expected finding whose
code is the README's documented one for that fault; its note says why that code.

The blind score (once, on main at e160c55, the set frozen in 832a306): 266/373 planted errors caught
(0.71), 34 error findings on the 20 clean texts (1.70 per text), 305/373 planted spots flagged by an
error finding of some code. Per kind, caught/planted: value 35/53, scale 6/7, derived 23/31, direction
19/21, indicator 16/18, pattern 10/13, level 19/20, setup 12/15, date 28/36, citation 7/9, subject 9/15,
timeframe 17/20, negation 6/12, quotation 0/13, trend 10/13, history 30/44, words 13/18, magnitude 6/15
(scripts/verify_eval/holdout13_score.md has the table, the findings per clean text and the misses and
false alarms by mechanism).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verify_eval import holdout_kit as kit  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- the clean texts

U = kit.FIXTURE_URLS  # the ingested items cited, by a short name

SET = kit.HoldoutSet("holdout13", REPO, U)  # the kit's four source formats
OUT = SET.out
CLEAN = SET.texts
clean = SET.clean

plant = SET.plant_wrapped  # old/new/span may carry the texts' continuation breaks

V, D, P, IND, DU, WM, LW, NU, MG, DER, SC, SG, SRR, CU, CS = kit.CODES

# A line starting with exactly two spaces continues the line before it. `<<SOURCES>>` becomes the
# Sources block. Figures are typed, not slotted: each was read off the key's fact sheet. Each text's
# planted errors follow it.

B = "conductor-SPY-2026-11-20"
clean(B, "SPY-2026-11-20", "announcements", "md",
      "a commuter-train conductor's evening announcements, transcribed by a rider: SPY's Friday between "
      "stops, with clock times, station counts, a delay, a rider's trade and two cited wires",
      """\
# Northline Commuter Rail, Train 417, conductor's announcements, Friday, November 20, 2026

(Transcribed by a regular rider for the riders' newsletter, car 3.)

**6:52 p.m.** Good evening, folks, welcome aboard the 417 to Harbor Point, stopping at all eleven
  stations. I'm Walt, your conductor for the next 58 minutes. As promised to the gentleman in car 3
  who asks me every Friday: the big S&P fund, SPY, closed at $688.00 today, up $7.49, or 1.10%. That
  was a proper day, about 1.1 times its average daily range. Volume ran at 118.3 million shares, almost
  twice the twenty-day norm of 64.9 million.

**7:04 p.m.** Next stop Millbrook. For the folks asking about the week: SPY is up 1.10% on the week,
  down 0.97% over the past month, and up 3.28% for the year. It had dipped to $679.84 on Tuesday, and
  Thursday's close was $680.51.

**7:11 p.m.** Tickets, please. And while I punch, the averages: SPY sits 1.11% above its 50-day at
  $680.43 and 6.48% above its 200-day at $646.13. The 50-day has climbed about 1.8% over the past
  twenty sessions; the 200-day is basically flat. The golden cross is from September 21, 44 sessions
  back. RSI 55.0, right in the middle. MACD, 0.82, has not crossed above its signal line, 1.59, yet.

**7:20 p.m.** Delay notice: signal trouble at Crane Junction, about four minutes. Meanwhile, the record
  close is $694.71 from Thursday, October 22, and SPY is still 0.97% under it. The fund has spent 29
  sessions between $678.45 and $694.71. Support at $678.45, resistance at $694.71.

**7:31 p.m.** Elsewhere on the line: QQQ ran express today, jumping 1.90%, so SPY trailed it by 0.80
  points. DIA rose 0.60% and IWM only 0.30%. The VIX fell 9.30% to 15.60. Ledger's wrap carried the
  headline "Nasdaq leads Friday’s rebound, S&P 500 climbs 1.1%" [1], and Harbor Street said megacap
  tech powered Friday's rally [2].

**7:40 p.m.** A rider in car 5 wants his trade read out: long SPY on a close above $697.09, stop
  $690.03, target $710.97. That works out to two to one. Not advice, sir.

**7:50 p.m.** Harbor Point, last stop. The Fed decides on Wednesday, December 9, thirteen sessions
  away, and CPI lands the next day. Mind the gap, and have a good weekend.

<<SOURCES>>
""", sources=("ld-rebound20", "hs-megacap20"))

plant(B, "cd-close", "value", V, "closed at $688.00 today", "closed at $686.50 today", "$686.50",
      "SPY closed at $688.00")
plant(B, "cd-dollar", "value", V, "up $7.49, or 1.10%", "up $7.94, or 1.10%", "$7.94",
      "SPY's day move is $7.49")
plant(B, "cd-proper", "magnitude", MG, "That\n  was a proper day", "That\n  was a sleepy, barely-there day",
      "sleepy", "a 1.10%, 1.1 ATR gain is not sleepy")
plant(B, "cd-twice", "words", V, "almost\n  twice the twenty-day norm",
      "almost\n  four times the twenty-day norm",
      "four times", "volume was 1.8 times its 20-day average")
plant(B, "cd-vol", "value", V, "Volume ran at 118.3 million shares", "Volume ran at 148.3 million shares",
      "148.3 million", "SPY's volume was 118.3M")
plant(B, "cd-week", "timeframe", V, "SPY is up 1.10% on the week", "SPY is up 1.28% on the week", "1.28%",
      "SPY's 5-day move is 1.10%; 1.28% is QQQ's", real=True)
plant(B, "cd-month", "direction", D, "down 0.97% over the past month", "up 0.97% over the past month",
      "up 0.97%", "the 1-month move is -0.97%")
plant(B, "cd-ytd", "timeframe", V, "up 3.28% for the year", "up 6.48% for the year", "6.48%",
      "SPY's YTD move is 3.28%; 6.48% is its distance above the 200-day", real=True)
plant(B, "cd-tue", "history", V, "dipped to $679.84 on Tuesday", "dipped to $681.88 on Tuesday", "$681.88",
      "Tuesday Nov 17 closed at $679.84; $681.88 is Wednesday's close", real=True)
plant(B, "cd-thu", "history", V, "Thursday's close was $680.51", "Thursday's close was $683.25", "$683.25",
      "Thursday Nov 19 closed at $680.51; $683.25 is Monday's close", real=True)
plant(B, "cd-dist50", "derived", V, "SPY sits 1.11% above its 50-day", "SPY sits 2.11% above its 50-day",
      "2.11%", "688.00 / 680.43 - 1 = 1.11% (a % distance from an average is value-mismatch)")
plant(B, "cd-slope", "trend", V, "climbed about 1.8% over the past\n  twenty sessions",
      "climbed about 3.8% over the past\n  twenty sessions", "3.8%", "the 50-day's 20-session slope is 1.76%")
plant(B, "cd-flat", "trend", P, "the 200-day is basically flat", "the 200-day is sinking fast",
      "sinking fast", "the 200-day rose 0.13% in 20 sessions: not sinking")
plant(B, "cd-cross", "date", DU, "The golden cross is from September 21",
      "The golden cross is from September 12",
      "September 12", "the golden cross dates from Sep 21, 2026")
plant(B, "cd-rsi", "indicator", IND, "RSI 55.0, right in the middle",
      "RSI 55.0, deep in overbought territory",
      "overbought", "RSI 55.0 is not overbought")
plant(B, "cd-macd", "negation", IND, "has not crossed above its signal line",
      "has not crossed below its signal line",
      "has not crossed below its signal", "MACD 0.82 is below its signal 1.59: denying it is below is wrong")
plant(B, "cd-recwd", "date", WM, "from Thursday, October 22", "from Wednesday, October 22",
      "Wednesday, October 22",
      "October 22, 2026 is a Thursday")
plant(B, "cd-under", "value", V, "SPY is still 0.97% under it", "SPY is still 1.97% under it", "1.97%",
      "SPY is 0.97% below its record close")
plant(B, "cd-sess", "history", V, "has spent 29\n  sessions", "has spent 19\n  sessions", "19",
      "the range is 29 sessions long")
plant(B, "cd-support", "level", LW, "Support at $678.45", "Support at $691.45", "$691.45",
      "a support above the $688.00 close")
plant(B, "cd-qqqsize", "magnitude", MG, "QQQ ran express today, jumping 1.90%",
      "QQQ ran express today, inching 1.90%",
      "inching", "QQQ's 1.90%, 1.6 ATR gain is not an inch")
plant(B, "cd-gap", "derived", DER, "SPY trailed it by 0.80\n  points", "SPY trailed it by 1.20\n  points",
      "1.20",
      "1.90 - 1.10 = 0.80 points")
plant(B, "cd-dia", "subject", V, "DIA rose 0.60%", "DIA rose 0.30%", "0.30%",
      "DIA rose 0.60%; 0.30% is IWM's move", real=True)
plant(B, "cd-vix", "direction", D, "The VIX fell 9.30% to 15.60", "The VIX rose 9.30% to 15.60", "rose",
      "the VIX fell 9.30%")
plant(B, "cd-quote", "quotation", NU, "S&P 500 climbs 1.1%\" [1]", "S&P 500 climbs 1.4%\" [1]", "1.4%",
      "the quoted headline says 1.1%")
plant(B, "cd-cite", "citation", CU, "Friday's rally [2]", "Friday's rally [3]", "[3]",
      "there is no source [3]")
plant(B, "cd-stop", "setup", SG, "stop\n  $690.03", "stop\n  $699.03", "$699.03",
      "a long's stop above its $697.09 entry")
plant(B, "cd-rr", "setup", SRR, "That works out to two to one", "That works out to four to one",
      "four to one",
      "(710.97 - 697.09) / (697.09 - 690.03) = 2.0")
plant(B, "cd-fedwd", "date", WM, "on Wednesday, December 9", "on Thursday, December 9",
      "Thursday, December 9",
      "December 9, 2026 is a Wednesday")
plant(B, "cd-fedn", "words", V, "thirteen sessions\n  away", "eighteen sessions\n  away", "eighteen",
      "the Fed decision is 13 sessions away")

B = "recipe-QQQ-2026-11-20"
clean(B, "QQQ-2026-11-20", "recipe-blog", "md",
      "a food blogger's 'recipe' for QQQ's Friday, with the life story first, an ingredients list of "
      "figures, a numbered method, a comment count, a quoted wire and an options-expiry source",
      """\
# Friday Tech Rally Crumble (serves one portfolio, prep time 6.5 hours)

*Posted by Marisol at The Weeknight Ledger Kitchen, November 21, 2026 · 14 min read · 212 comments*

Before the recipe, the story, because every food blog owes you one. My late uncle Bert kept a jar of
  QQQ shares the way other people keep sourdough starter, and every Friday he'd ask me how "the tech
  loaf" rose. This Friday it rose beautifully: QQQ closed at $626.40, up $11.68, or 1.90%, a good 1.6
  times its average true range. The Nasdaq 100 itself finished at 25,753.96, a gain of 1.89%.

## Ingredients

- 1 close of $626.40 (fresh, not the previous day's $614.72)
- 86.8 million shares of volume, about double the usual 44.3 million
- 2 moving averages: the 50-day at $614.02 and the 200-day at $580.22
- A pinch of RSI: 56.4, neither overbought nor oversold
- 3 cups of open interest: max pain at $630, the call wall at $640, the put wall at $610
- Salt to taste (a put/call ratio of 1.32)

## Method

1. Preheat the week. QQQ is up 1.28% over five sessions, up just 0.27% over the month, and up 4.91%
  for the year. Don't let anyone tell you it's been a hot oven since October.
2. Fold in the averages. The fund sits 2.02% above the 50-day and 7.96% above the 200-day. The golden
  cross has been in since July 27, 83 sessions now, so the dough has structure.
3. Check the crust. MACD is 1.96, still below the signal at 2.46, so it isn't fully set.
4. Watch the rise. The record close is $629.76 from Wednesday, November 11, and the fund finished 0.53%
  below it. Harbor Street noted it "closed at $626.40, 0.5% below the record close of $629.76" [1].
  Over the past 29 sessions it has held between $610.21 and $629.76, a pan only 3.20% wide.
5. Don't overmix. Resistance is $629.76 and then $632.37, the intraday top from November 12; support
  is $623.73, then $620 and the 50-day.
6. Plate it. Long above $630.00, stop $621.95, target $649.31, about 2.4 to 1. Tapewatch said next
  week's open interest clusters at "$640 calls and $610 puts in QQQ" [2].

## Notes from the test kitchen

The bake was lopsided: QQQ beat SPY, up 1.10%, by 0.80 points, and IWM, up 0.30%, by 1.60. The VIX
  cooled 9.30% to 15.60. On Wednesday the 18th the fund closed at $618.43 and on Tuesday at $615.97, so
  this was most of a week's wobble undone in one afternoon. It was not a record close, just close to one.

<<SOURCES>>
""", sources=("hs-megacap20", "tw-opex20"))

plant(B, "rc-rose", "magnitude", MG, "This Friday it rose beautifully", "This Friday it barely crept higher",
      "barely crept", "a 1.90%, 1.6 ATR gain is no creep")
plant(B, "rc-close", "value", V, "QQQ closed at $626.40, up", "QQQ closed at $624.40, up", "$624.40",
      "QQQ closed at $626.40")
plant(B, "rc-dollar", "value", V, "up $11.68, or 1.90%", "up $11.86, or 1.90%", "$11.86",
      "QQQ's day move is $11.68")
plant(B, "rc-atr", "value", V, "a good 1.6\n  times its average true range",
      "a good 2.6\n  times its average true range",
      "2.6", "the move was 1.6 ATR")
plant(B, "rc-ndx", "subject", V, "a gain of 1.89%", "a gain of 1.11%", "1.11%",
      "the Nasdaq 100 rose 1.89%; 1.11% is the S&P 500's", real=True)
plant(B, "rc-prev", "history", V, "the previous day's $614.72", "the previous day's $615.97", "$615.97",
      "the previous close is $614.72; $615.97 is Tuesday's", real=True)
plant(B, "rc-double", "words", V, "about double the usual", "about triple the usual", "triple",
      "volume was 2.0 times its 20-day average")
plant(B, "rc-avgvol", "value", V, "the usual 44.3 million", "the usual 54.3 million", "54.3 million",
      "the 20-day average volume is 44.3M")
plant(B, "rc-200", "value", V, "the 200-day at $580.22", "the 200-day at $590.22", "$590.22",
      "the 200-day average is $580.22")
plant(B, "rc-rsi", "indicator", IND, "56.4, neither overbought nor oversold", "56.4, already overbought",
      "overbought", "RSI 56.4 is not overbought")
plant(B, "rc-pc", "value", V, "a put/call ratio of 1.32", "a put/call ratio of 1.52", "1.52",
      "the put/call OI ratio is 1.32")
plant(B, "rc-week", "timeframe", V, "QQQ is up 1.28% over five sessions",
      "QQQ is up 0.27% over five sessions",
      "0.27%", "QQQ's 5-day move is 1.28%; 0.27% is its 1-month move", real=True)
plant(B, "rc-month", "direction", D, "up just 0.27% over the month", "down just 0.27% over the month",
      "down just 0.27%", "the 1-month move is +0.27%")
plant(B, "rc-ytd", "timeframe", V, "up 4.91%\n  for the year", "up 7.96%\n  for the year", "7.96%",
      "QQQ's YTD move is 4.91%; 7.96% is its distance above the 200-day", real=True)
plant(B, "rc-d50", "derived", V, "The fund sits 2.02% above the 50-day",
      "The fund sits 3.02% above the 50-day",
      "3.02%", "626.40 / 614.02 - 1 = 2.02%")
plant(B, "rc-crossd", "date", DU, "since July 27, 83 sessions", "since July 17, 83 sessions", "July 17",
      "the golden cross dates from Jul 27, 2026")
plant(B, "rc-crossn", "history", V, "83 sessions now", "38 sessions now", "38",
      "the cross is 83 sessions old")
plant(B, "rc-macdneg", "negation", IND, "MACD is 1.96, still below the signal at 2.46",
      "MACD is 1.96, no longer below the signal at 2.46", "no longer below",
      "MACD 1.96 is below its 2.46 signal: denying it is wrong")
plant(B, "rc-recwd", "date", WM, "from Wednesday, November 11", "from Tuesday, November 11",
      "Tuesday, November 11",
      "November 11, 2026 is a Wednesday")
plant(B, "rc-ath", "value", V, "the fund finished 0.53%\n  below it", "the fund finished 1.53%\n  below it",
      "1.53%",
      "QQQ is 0.53% below its record close")
plant(B, "rc-quote", "quotation", NU, "\"closed at $626.40, 0.5% below", "\"closed at $626.40, 0.8% below",
      "0.8%",
      "the cited item says 0.5% below the record close")
plant(B, "rc-sess", "history", V, "Over the past 29 sessions", "Over the past 39 sessions", "39",
      "the range is 29 sessions long")
plant(B, "rc-width", "derived", DER, "a pan only 3.20% wide", "a pan only 4.20% wide", "4.20%",
      "629.76 / 610.21 - 1 = 3.20%")
plant(B, "rc-res", "level", LW, "Resistance is $629.76 and then", "Resistance is $619.76 and then", "$619.76",
      "a resistance below the $626.40 close")
plant(B, "rc-sup", "level", LW, "support\n  is $623.73", "support\n  is $628.73", "$628.73",
      "a support above the $626.40 close")
plant(B, "rc-stop", "setup", SG, "stop $621.95", "stop $631.95", "$631.95",
      "a long's stop above its $630.00 entry")
plant(B, "rc-rr", "setup", SRR, "about 2.4 to 1", "about 4.4 to 1", "4.4",
      "(649.31 - 630.00) / (630.00 - 621.95) = 2.4")
plant(B, "rc-oiquote", "quotation", NU, "\"$640 calls and $610 puts", "\"$650 calls and $610 puts", "$650",
      "the cited item says $640 calls")
plant(B, "rc-spy", "subject", V, "QQQ beat SPY, up 1.10%", "QQQ beat SPY, up 0.60%", "0.60%",
      "SPY rose 1.10%; 0.60% is DIA's move", real=True)
plant(B, "rc-gap", "derived", DER, "by 0.80 points, and IWM", "by 0.90 points, and IWM", "0.90",
      "1.90 - 1.10 = 0.80 points")
plant(B, "rc-vix", "direction", D, "The VIX\n  cooled 9.30%", "The VIX\n  heated up 9.30%", "heated up",
      "the VIX fell 9.30%")
plant(B, "rc-wed", "history", V, "the fund closed at $618.43", "the fund closed at $621.43", "$621.43",
      "Wednesday Nov 18 closed at $618.43")

B = "chess-GSPC-2026-11-20"
clean(B, "idx_GSPC-2026-11-20", "annotated-game", "txt",
      "a retired grandmaster's chess-style annotation of the S&P 500's Friday for a club newsletter: "
      "a PGN header, move numbers, '!' marks, other boards for the other indexes, past games by weekday, "
      "a quoted analyst and a plan for the next game",
      """\
[Event "S&P 500 Friday Session"]
[Site "New York"]
[Date "2026.11.20"]
[White "Buyers"]
[Black "Sellers"]
[Result "1-0"]
[Annotator "K. Osterhaus, club newsletter No. 118"]

OPENING. 1. Open 6,833.00! The buyers opened 0.10% above Thursday's close of 6,826.06, a quiet gap.
  Black answered with 1... 6,815.01, the low of the day, and it was the last good move Black had.

MIDDLEGAME. 2. The buyers took out Monday's 6,855.03 close before lunch. By the bell the S&P 500 stood
  at 6,901.69, up 75.63 points or 1.11%, roughly 1.1 average true ranges (the ATR is 70.89 points). It
  was a solid gain, a positional win rather than a brilliancy. The day's high was 6,920.40.

POSITION AFTER THE CLOSE. White's pieces are well developed: the index is 1.13% above its 50-day
  average, 6,824.87, and 6.50% above the 200-day, 6,480.69. The 50-day has risen 1.8% in twenty
  sessions; the 200-day has barely moved. White castled long ago: the golden cross dates from September
  21, 44 sessions back. The RSI, 54.9, is balanced; the MACD, at 8.49, sits below its signal of 16.37,
  a weak queenside White will have to fix.

PROPHYLAXIS. The record close, 6,968.14, was set on Thursday, October 22, and the index sits 0.95%
  below it. For 29 sessions the board has run from 6,805.34 to 6,968.14. First support is the round
  6,900, just under the close, then 6,805.34, the range floor. Resistance is 6,949.67, then the record.

OTHER BOARDS. The Nasdaq 100 won faster, up 1.89% to 25,753.96, so the S&P 500 trailed it by 0.78
  points. The Dow rose 0.58% to 47,220.31 and the Russell 2000 only 0.30% to 2,456.17. The VIX dropped
  9.30% to 15.60.

PAST GAMES. Thursday: 6,826.06, a loss. Wednesday: 6,841.38. Tuesday: 6,821.04. Over the week: +1.10%.
  Over the month: -0.95%. Year to date: +3.33%.

COMMENTARY. Ledger wrote that the S&P 500 climbed 1.1% to 6,901.69 [1]. On Thursday, Tidewater's Gideon
  Marsh put the whole opening theory in one line: "The trend is intact as long as the S&P 500 holds its
  50-day line." [2]

PLAN FOR THE NEXT GAME. A long above 6,992.05, the intraday record, stop 6,921.16, target 7,130.94, about
  two to one. The Fed moves on December 9, thirteen sessions away.

<<SOURCES>>
""", sources=("ld-rebound20", "hs-edge19"), source_format="plain")

plant(B, "ch-gapprev", "history", V, "Thursday's close of 6,826.06", "Thursday's close of 6,841.38",
      "6,841.38",
      "Thursday Nov 19 closed at 6,826.06; 6,841.38 is Wednesday's", real=True)
plant(B, "ch-close", "value", V, "stood\n  at 6,901.69", "stood\n  at 6,910.69", "6,910.69",
      "the S&P 500 closed at 6,901.69")
plant(B, "ch-points", "value", V, "up 75.63 points", "up 57.63 points", "57.63",
      "the day's move is 75.63 points")
plant(B, "ch-atrn", "value", V, "roughly 1.1 average true ranges", "roughly 2.7 average true ranges", "2.7",
      "the move was 1.1 ATR")
plant(B, "ch-atr", "value", V, "the ATR is 70.89 points", "the ATR is 90.89 points", "90.89",
      "ATR(14) is 70.89")
plant(B, "ch-solid", "magnitude", MG, "It\n  was a solid gain", "It\n  was a microscopic gain", "microscopic",
      "a 1.11%, 1.1 ATR gain is not microscopic")
plant(B, "ch-high", "value", V, "The day's high was 6,920.40", "The day's high was 6,929.40", "6,929.40",
      "the session's high is 6,920.40")
plant(B, "ch-d50", "derived", V, "the index is 1.13% above its 50-day", "the index is 1.83% above its 50-day",
      "1.83%", "6,901.69 / 6,824.87 - 1 = 1.13%")
plant(B, "ch-slope", "trend", V, "The 50-day has risen 1.8% in twenty", "The 50-day has risen 2.8% in twenty",
      "2.8%", "the 50-day's 20-session slope is 1.77%")
plant(B, "ch-200flat", "trend", P, "the 200-day has barely moved", "the 200-day has rolled over",
      "rolled over",
      "the 200-day rose 0.13% in 20 sessions: not rolling over")
plant(B, "ch-cross", "date", DU, "dates from September\n  21", "dates from September\n  22", "September 22",
      "the golden cross dates from Sep 21, 2026")
plant(B, "ch-rsi", "indicator", IND, "The RSI, 54.9, is balanced", "The RSI, 54.9, is oversold", "oversold",
      "RSI 54.9 is not oversold")
plant(B, "ch-macd", "indicator", IND, "sits below its signal of 16.37", "sits above its signal of 16.37",
      "above its signal", "MACD 8.49 is below its 16.37 signal")
plant(B, "ch-recwd", "date", WM, "on Thursday, October 22", "on Friday, October 22", "Friday, October 22",
      "October 22, 2026 is a Thursday")
plant(B, "ch-ath", "value", V, "the index sits 0.95%\n  below it", "the index sits 0.59%\n  below it",
      "0.59%",
      "the S&P 500 is 0.95% below its record close")
plant(B, "ch-sess", "history", V, "For 29 sessions the board", "For 9 sessions the board", "9",
      "the range is 29 sessions long")
plant(B, "ch-sup", "level", LW, "First support is the round\n  6,900", "First support is the round\n  6,950",
      "6,950", "a support above the 6,901.69 close")
plant(B, "ch-res", "level", LW, "Resistance is 6,949.67", "Resistance is 6,849.67", "6,849.67",
      "a resistance below the 6,901.69 close")
plant(B, "ch-ndx", "subject", V, "up 1.89% to 25,753.96", "up 0.58% to 25,753.96", "0.58%",
      "the Nasdaq 100 rose 1.89%; 0.58% is the Dow's", real=True)
plant(B, "ch-gap", "derived", DER, "trailed it by 0.78\n  points", "trailed it by 0.87\n  points", "0.87",
      "1.89 - 1.11 = 0.78 points")
plant(B, "ch-dowscale", "scale", SC, "The Dow rose 0.58% to 47,220.31", "The Dow rose 0.58% to $47,220.31",
      "$47,220.31", "the Dow index is quoted in points, not dollars")
plant(B, "ch-rut", "value", V, "only 0.30% to 2,456.17", "only 0.30% to 2,465.17", "2,465.17",
      "the Russell 2000 closed at 2,456.17")
plant(B, "ch-vix", "direction", D, "The VIX dropped\n  9.30%", "The VIX jumped\n  9.30%", "jumped",
      "the VIX fell 9.30%")
plant(B, "ch-week", "timeframe", V, "Over the week: +1.10%", "Over the week: +3.33%", "3.33%",
      "the 5-day move is 1.10%; 3.33% is the YTD move", real=True)
plant(B, "ch-month", "direction", D, "Over the month: -0.95%", "Over the month: +0.95%", "+0.95%",
      "the 1-month move is -0.95%")
plant(B, "ch-cite", "citation", CS, "to 6,901.69 [1]", "to 6,901.69 [2]", "[2]",
      "source [2] is Thursday's wire: the S&P 500 fell 0.2% to 6,826.06; it says nothing of 6,901.69")
plant(B, "ch-quote", "quotation", NU, "holds its\n  50-day line.\"", "holds its\n  100-day line.\"", "100",
      "the quote altered: the cited item says 'its 50-day line'")
plant(B, "ch-stop", "setup", SG, "stop 6,921.16", "stop 7,021.16", "7,021.16",
      "a long's stop above its 6,992.05 entry")
plant(B, "ch-rr", "setup", SRR, "about\n  two to one", "about\n  four to one", "four to one",
      "(7,130.94 - 6,992.05) / (6,992.05 - 6,921.16) = 2.0")
plant(B, "ch-fed", "date", DU, "The Fed moves on December 9", "The Fed moves on December 11", "December 11",
      "the Fed decision is on Dec 9, 2026")

B = "danish-DIA-2026-11-20"
clean(B, "DIA-2026-11-20", "translated-letter", "md",
      "an Aarhus investment association's member letter translated from Danish with an app: DIA's "
      "Friday in 'percent' words, day-first dates, a meeting date, options levels, two cited items and "
      "a Danish sign-off",
      """\
# Ugens marked: the week's market, translated from Danish (Aarhus Investment Association, member letter no.
  47)

*Translated by a member with a translation app; some sentences are kept close to the Danish.*

Dear members. Friday the 20th November the Dow-fund DIA closed in kurs $471.60, a rise of $2.81 or 0.60
  percent. It is the third rise in a row, and together the three days have given 1.00 percent. The move
  was moderate, about 0.6 of a normal day's swing (ATR $4.50). There was traded 5.5 million shares
  against an average of 3.4 million, so about 1.6 times normal.

The index itself, Dow Jones Industrial Average, closed at 47,220.31 with plus 0.58 percent. For the week
  DIA is up 1.10 percent, for the month down 0.17 percent, and since New Year down 0.72 percent.

About the averages: DIA lies 0.85 percent over the 50-days average ($467.61) and 3.69 percent over the
  200-days ($454.80). The golden cross came the 2nd October, 35 trading days ago. Both averages are almost
  flat. RSI is 55.5, so neither hot nor cold. MACD 0.34 lies under the signal line 0.47.

The top stays far away: the highest close ever is $493.91 from Monday the 12th January, and DIA is 4.52
  percent under it. The lowest close in 52 weeks was $423.43 on the 30th April. For 43 trading days the
  fund has moved between $464.29 and $474.50, a band of only 2.20 percent.

Levels the board watches: resistance $473.00 and $474.50, support $470 and $467.61. For the options: max
  pain $473, call wall $480, put wall $465, put/call 1.14.

Other funds: SPY rose 1.10 percent, QQQ 1.90 percent, IWM 0.30 percent. DIA thus beat IWM by 0.30 points
  but lagged SPY by 0.50 points. The days before: Thursday $468.79, Wednesday $468.32, Tuesday $466.92.
  Tapewatch wrote on Wednesday that "the Dow Jones Industrial Average gained 0.3% on Wednesday to
  46,891.82" [1], and Ledger on Friday that the Dow rose 0.6 percent to 47,220.31 [2].

The next meeting in the association is Tuesday 8 December at 19:00 in room 3. The Fed has its rate
  decision the 9th December, 13 trading days from Friday.

Venlig hilsen, Birgitte (kasserer)

<<SOURCES>>
""", sources=("tw-dow18", "ld-rebound20"))

plant(B, "dk-close", "value", V, "closed in kurs $471.60", "closed in kurs $474.60", "$474.60",
      "DIA closed at $471.60")
plant(B, "dk-dollar", "value", V, "a rise of $2.81 or 0.60", "a rise of $2.18 or 0.60", "$2.18",
      "DIA's day move is $2.81")
plant(B, "dk-streak", "history", V, "It is the third rise in a row", "It is the fifth rise in a row", "fifth",
      "DIA has closed higher three sessions in a row")
plant(B, "dk-streakpct", "history", V, "the three days have given 1.00 percent",
      "the three days have given 1.40 percent", "1.40", "the three-session run adds up to 1.00%")
plant(B, "dk-moderate", "magnitude", MG, "The move\n  was moderate", "The move\n  was enormous", "enormous",
      "a 0.60%, 0.6 ATR gain is not enormous")
plant(B, "dk-times", "words", V, "so about 1.6 times normal", "so about three times normal", "three times",
      "volume was 1.6 times its 20-day average")
plant(B, "dk-dji", "subject", V, "with plus 0.58 percent", "with plus 1.11 percent", "1.11",
      "the Dow rose 0.58%; 1.11% is the S&P 500's", real=True)
plant(B, "dk-month", "timeframe", V, "for the month down 0.17 percent", "for the month down 0.72 percent",
      "0.72",
      "DIA's 1-month move is -0.17%; -0.72% is its YTD move", real=True)
plant(B, "dk-ytd", "direction", D, "since New Year down 0.72 percent", "since New Year up 0.72 percent",
      "up 0.72", "DIA's YTD move is -0.72%")
plant(B, "dk-d50", "derived", V, "DIA lies 0.85 percent over the 50-days",
      "DIA lies 1.85 percent over the 50-days",
      "1.85", "471.60 / 467.61 - 1 = 0.85%")
plant(B, "dk-cross", "date", DU, "The golden cross came the 2nd October",
      "The golden cross came the 12th October",
      "12th October", "the golden cross dates from Oct 2, 2026")
plant(B, "dk-flat", "trend", P, "Both averages are almost\n  flat", "Both averages are climbing\n  steeply",
      "climbing steeply", "the 50-day rose 0.75% and the 200-day fell 0.32% in 20 sessions")
plant(B, "dk-macd", "indicator", IND, "MACD 0.34 lies under the signal line",
      "MACD 0.34 lies over the signal line",
      "over the signal line", "MACD 0.34 is below its 0.47 signal")
plant(B, "dk-athwd", "date", WM, "from Monday the 12th January", "from Tuesday the 12th January",
      "Tuesday the 12th January", "January 12, 2026 is a Monday")
plant(B, "dk-ath", "value", V, "DIA is 4.52\n  percent under it", "DIA is 5.42\n  percent under it", "5.42",
      "DIA is 4.52% below its record close")
plant(B, "dk-lowdate", "date", DU, "on the 30th April", "on the 28th April", "28th April",
      "the 52-week closing low is from Apr 30, 2026 (Apr 28 is the intraday low's day)", real=True)
plant(B, "dk-sess", "history", V, "For 43 trading days", "For 34 trading days", "34",
      "the range is 43 sessions long")
plant(B, "dk-sup", "level", LW, "support $470 and $467.61", "support $478 and $467.61", "$478",
      "a support above the $471.60 close")
plant(B, "dk-gap", "derived", DER, "DIA thus beat IWM by 0.30 points", "DIA thus beat IWM by 0.40 points",
      "0.40",
      "0.60 - 0.30 = 0.30 points")
plant(B, "dk-wed", "history", V, "Wednesday $468.32", "Wednesday $466.92", "$466.92",
      "Wednesday Nov 18 closed at $468.32; $466.92 is Tuesday's", real=True)
plant(B, "dk-quote", "quotation", NU, "on Wednesday to\n  46,891.82\"", "on Wednesday to\n  46,981.82\"",
      "46,981.82",
      "the cited item says 46,891.82")
plant(B, "dk-cite", "citation", CU, "to 47,220.31 [2]", "to 47,220.31 [4]", "[4]", "there is no source [4]")

B = "hungarian-IWM-2026-11-17"
clean(B, "IWM-2026-11-17", "translated-newsletter", "md",
      "a Budapest investor club's newsletter translated from Hungarian: IWM's Tuesday with the currency "
      "after the figure ('245.28 USD'), 'percent' words, day-first dates, a Hungarian-order date line, "
      "three cited items and two quotations",
      """\
# Piaci jegyzet: the small-cap corner (translated from Hungarian)

2026. november 17., kedd (Tuesday) · Tőzsdeklub Hírlevél, issue 212

The small-company fund IWM fell on Tuesday: it closed at 245.28 USD, 1.98 USD lower, which is minus
  0.80 percent. The index behind it, the Russell 2000, lost 0.78 percent and stopped at 2,465.79 points.
  The drop was not large, about 0.6 of the average daily range (ATR 3.22 USD), and turnover was ordinary:
  31.1 million units, about the same as the 20-day average of 29.8 million.

Looking back: on Monday the fund closed at 247.26 USD, on Friday the 13th at 247.01 USD, and on Thursday
  the 12th at 249.26 USD, the highest close of the current range. In five sessions IWM has lost 1.00
  percent, but in one month it has gained 1.46 percent, and since the start of the year 0.82 percent.

The averages: the price is 0.38 percent below the 50-day average (246.21 USD) but 6.32 percent above the
  200-day average (230.71 USD). The golden cross happened on 10 August, 70 sessions ago, and it has not
  turned into a death cross. The 50-day line is flat. RSI is exactly 50.0. MACD (0.86) is above its
  signal (0.57).

Peak and trough: the record close is 257.77 USD from 28 November 2025; IWM is 4.85 percent below it. The
  52-week low close was 204.10 USD on 9 April. For 22 sessions the fund has traded between 241.00 and
  249.26 USD.

Levels: resistance 246.21 USD (the 50-day) and 249.26 USD; support 244.79 USD, then 242.80 USD.

Comparison: SPY fell 0.50 percent, QQQ 0.90 percent, DIA 0.20 percent. IWM lagged SPY by 0.30 percentage
  points, the third day in a row it trailed. Harbor Street wrote that "the small-cap Russell 2000 slipped
  0.8% to 2,465.79" [1]. A Ledger article quoted Owen Fairweather: "Small caps need lower rates and a
  better read on growth" [2]. Oil fell 2.7 percent, to 67.35 dollars a barrel [3].

Next: the Fed decides on 9 December, 16 sessions from now.

<<SOURCES>>
""", sources=("hs-slides17", "ld-turns13", "ld-oil17"), source_format="paren")

plant(B, "hu-close", "value", V, "it closed at 245.28 USD", "it closed at 245.82 USD", "245.82",
      "IWM closed at $245.28")
plant(B, "hu-dollar", "value", V, "1.98 USD lower", "1.89 USD lower", "1.89", "IWM's day move is -$1.98")
plant(B, "hu-sign", "direction", D, "which is minus\n  0.80 percent", "which is plus\n  0.80 percent",
      "plus 0.80", "IWM fell 0.80%")
plant(B, "hu-rut", "subject", V, "lost 0.78 percent", "lost 0.90 percent", "0.90",
      "the Russell 2000 lost 0.78%; 0.90% is QQQ's fall", real=True)
plant(B, "hu-large", "magnitude", MG, "The drop was not large", "The drop was brutal", "brutal",
      "a 0.80%, 0.6 ATR drop is not brutal")
plant(B, "hu-same", "words", V, "about the same as the 20-day average", "about double the 20-day average",
      "double", "volume was 1.0 times its 20-day average")
plant(B, "hu-mon", "history", V, "on Monday the fund closed at 247.26 USD",
      "on Monday the fund closed at 248.76 USD",
      "248.76", "Monday Nov 16 closed at $247.26; $248.76 is Nov 11's close", real=True)
plant(B, "hu-fri13", "date", WM, "on Friday the 13th", "on Thursday the 13th", "Thursday the 13th",
      "November 13, 2026 is a Friday")
plant(B, "hu-thu12", "history", V, "the 12th at 249.26 USD, the highest",
      "the 12th at 251.26 USD, the highest",
      "251.26", "Thursday Nov 12 closed at $249.26")
plant(B, "hu-5d", "timeframe", V, "In five sessions IWM has lost 1.00\n  percent",
      "In five sessions IWM has lost 0.80\n  percent", "0.80",
      "IWM's 5-day move is -1.00%; -0.80% is the day's", real=True)
plant(B, "hu-1m", "direction", D, "in one month it has gained 1.46 percent",
      "in one month it has lost 1.46 percent",
      "lost 1.46", "IWM's 1-month move is +1.46%")
plant(B, "hu-side50", "pattern", P, "the price is 0.38 percent below the 50-day",
      "the price is 0.38 percent above the 50-day",
      "above the 50-day", "IWM closed below its 50-day average")
plant(B, "hu-d200", "derived", V, "6.32 percent above the\n  200-day", "7.32 percent above the\n  200-day",
      "7.32",
      "245.28 / 230.71 - 1 = 6.32%")
plant(B, "hu-crossd", "date", DU, "happened on 10 August", "happened on 10 July", "10 July",
      "the golden cross dates from Aug 10, 2026")
plant(B, "hu-notdeath", "negation", P, "it has not\n  turned into a death cross",
      "it has not\n  stayed a golden cross",
      "not stayed a golden cross", "the golden cross still holds: denying it is wrong")
plant(B, "hu-flat", "trend", P, "The 50-day line is flat.", "The 50-day line is falling steeply.",
      "falling steeply", "the 50-day rose 0.38% in 20 sessions")
plant(B, "hu-rsi", "indicator", V, "RSI is exactly 50.0", "RSI is exactly 60.0", "60.0", "RSI(14) is 50.0")
plant(B, "hu-macd", "indicator", IND, "MACD (0.86) is above its\n  signal",
      "MACD (0.86) is below its\n  signal",
      "below its signal", "MACD 0.86 is above its 0.57 signal")
plant(B, "hu-athdate", "date", DU, "from 28 November 2025", "from 2 December 2025", "2 December 2025",
      "the record close is from Nov 28, 2025 (Dec 2 is the intraday high's day)", real=True)
plant(B, "hu-ath", "value", V, "IWM is 4.85 percent below it", "IWM is 4.58 percent below it", "4.58",
      "IWM is 4.85% below its record close")
plant(B, "hu-sess", "history", V, "For 22 sessions the fund", "For 12 sessions the fund", "12",
      "the range is 22 sessions long")
plant(B, "hu-sup", "level", LW, "support 244.79 USD", "support 246.79 USD", "246.79",
      "a support above the $245.28 close")
plant(B, "hu-gap", "derived", DER, "IWM lagged SPY by 0.30 percentage\n  points",
      "IWM lagged SPY by 0.55 percentage\n  points", "0.55", "-0.80 - (-0.50) = -0.30 points")
plant(B, "hu-lagn", "history", V, "the third day in a row it trailed", "the sixth day in a row it trailed",
      "sixth",
      "IWM has trailed SPY three sessions in a row")
plant(B, "hu-quote", "quotation", NU, "slipped\n  0.8% to 2,465.79\"", "slipped\n  1.8% to 2,465.79\"",
      "1.8%",
      "the cited item says 0.8%")
plant(B, "hu-cite", "citation", CS, "67.35 dollars a barrel [3]", "67.35 dollars a barrel [2]", "[2]",
      "source [2] is Nov 13's small-cap story; it says nothing of oil")

B = "mandarin-QQQ-2026-11-17"
clean(B, "QQQ-2026-11-17", "translated-wechat", "md",
      "a Shanghai investors' salon WeChat post translated from Mandarin: QQQ's Tuesday under bracketed "
      "headings (【Close】, 【Trend】...), 'US dollars' after figures, day-first dates, a pullback plan, a "
      "quoted wire and a week-ahead preview",
      """\
# 【美股速递】QQQ on Tuesday, translated from a Mandarin WeChat post (Bund Investors' Salon, article No. 388)

Translator's note: figures are as in the original; the bracketed headings are kept.

【Close】The Nasdaq 100 ETF QQQ closed at 615.97 US dollars on Tuesday 17 November, down 5.59 dollars, a
  fall of 0.90%. The Nasdaq 100 index fell 0.90% to 25,326.20 points. The decline was orderly, about 0.7
  times the average true range. Volume was 61.1 million shares, 1.5 times the 20-day average of 42.0
  million.

【Trend】The price is still above the 50-day moving average (612.70 dollars) by 0.53%, and above the
  200-day line (579.82 dollars) by 6.24%. The 50-day line keeps rising, up about 1.8% in 20 sessions.
  The golden cross formed on 27 July and has lasted 80 trading days. RSI 48.4, a neutral zone; MACD 2.43
  is lower than the signal line 3.05.

【History】The record close of 629.76 dollars was set on Wednesday 11 November, only four sessions ago,
  and QQQ is now 2.19% below it. Monday's close was 621.56 dollars; last Friday it was 618.47 dollars.
  Over five days the fund fell 1.80%; over one month 0.72%; this year it is still up 3.16%.

【Range】For 40 sessions QQQ has moved between 606.02 and 629.76 dollars. Resistance 620 and 623.73
  dollars; support 612.70 dollars (the 50-day), then 609.62.

【Plan】If the price pulls back to 612.70 and holds: buy, stop 606.71, target 622.21, about 1.6 times the
  risk.

【Peers】SPY down 0.50%, DIA down 0.20%, IWM down 0.80%. QQQ was 0.40 percentage points weaker than SPY.
  The VIX rose 6.02% to 17.60. Tapewatch: QQQ "ended at $615.97, 2.2% short of the record close of
  $629.76" [1]. Harbor Street's week-ahead preview said monthly options expire on Friday [2].

【Calendar】Fed meeting 9 December (Wednesday), 16 trading days away.

<<SOURCES>>
""", sources=("tw-nasdaq17", "hs-weekahead14"))

plant(B, "zh-close", "value", V, "closed at 615.97 US dollars", "closed at 615.79 US dollars", "615.79",
      "QQQ closed at $615.97")
plant(B, "zh-dollar", "value", V, "down 5.59 dollars", "down 5.95 dollars", "5.95",
      "QQQ's day move is -$5.59")
plant(B, "zh-ndxscale", "scale", SC, "to 25,326.20 points", "to 25,326.20 US dollars", "25,326.20 US dollars",
      "the Nasdaq 100 index is in points, not dollars")
plant(B, "zh-orderly", "magnitude", MG, "The decline was orderly", "The decline was a crash", "crash",
      "a 0.90%, 0.7 ATR fall is no crash")
plant(B, "zh-times", "words", V, "1.5 times the 20-day average", "two and a half times the 20-day average",
      "two and a half times", "volume was 1.5 times its 20-day average")
plant(B, "zh-above50", "negation", P, "The price is still above the 50-day",
      "The price is no longer above the 50-day",
      "no longer above", "QQQ closed 0.53% above its 50-day average")
plant(B, "zh-slope", "trend", V, "up about 1.8% in 20 sessions", "up about 3.8% in 20 sessions", "3.8%",
      "the 50-day's 20-session slope is 1.77%")
plant(B, "zh-cross", "date", DU, "formed on 27 July", "formed on 17 July", "17 July",
      "the golden cross dates from Jul 27, 2026")
plant(B, "zh-macd", "indicator", IND, "MACD 2.43\n  is lower than the signal line",
      "MACD 2.43\n  is higher than the signal line",
      "higher than the signal", "MACD 2.43 is below its 3.05 signal")
plant(B, "zh-recwd", "date", WM, "on Wednesday 11 November", "on Thursday 11 November",
      "Thursday 11 November",
      "November 11, 2026 is a Wednesday")
plant(B, "zh-ago", "history", V, "only four sessions ago", "only nine sessions ago", "nine",
      "the record close is four sessions before the session")
plant(B, "zh-mon", "history", V, "Monday's close was 621.56 dollars", "Monday's close was 625.98 dollars",
      "625.98",
      "Monday Nov 16 closed at $621.56; $625.98 is Thursday's", real=True)
plant(B, "zh-5d", "timeframe", V, "Over five days the fund fell 1.80%", "Over five days the fund fell 0.72%",
      "0.72%",
      "QQQ's 5-day move is -1.80%; -0.72% is the 1-month move", real=True)
plant(B, "zh-ytd", "direction", D, "this year it is still up 3.16%", "this year it is still down 3.16%",
      "down 3.16%", "QQQ's YTD move is +3.16%")
plant(B, "zh-sup", "level", LW, "support 612.70 dollars", "support 617.70 dollars", "617.70",
      "a support above the $615.97 close")
plant(B, "zh-stop", "setup", SG, "stop 606.71", "stop 616.71", "616.71",
      "a long's stop above its $612.70 entry")
plant(B, "zh-rr", "setup", SRR, "about 1.6 times the\n  risk", "about 3.6 times the\n  risk", "3.6",
      "(622.21 - 612.70) / (612.70 - 606.71) = 1.6")
plant(B, "zh-gap", "derived", DER, "QQQ was 0.40 percentage points weaker",
      "QQQ was 1.40 percentage points weaker",
      "1.40", "-0.90 - (-0.50) = -0.40 points")
plant(B, "zh-quote", "quotation", NU, "2.2% short of the record close", "1.2% short of the record close",
      "1.2%",
      "the cited item says 2.2% short")
plant(B, "zh-fedwd", "date", WM, "9 December (Wednesday)", "9 December (Tuesday)", "Tuesday",
      "December 9, 2026 is a Wednesday")

B = "thai-SPY-2026-06-03"
clean(B, "SPY-2026-06-03", "translated-chat", "txt",
      "a Bangkok securities firm's LINE group post for clients translated from Thai: SPY's Wednesday "
      "with a Buddhist-era year, polite particles, an overbought warning, a death cross under a price "
      "above both averages, a buy idea and a client's baht arithmetic",
      """\
US market summary for Thai clients (translated from Thai: สรุปตลาดหุ้นสหรัฐ)
Wednesday 3 June 2569 (B.E.; 2026 in the Western calendar) · LINE group for clients, post 14 of 20

Good evening, dear clients ka. Today SPY, the S&P 500 fund, closed at 659.18 dollars, up 3.83 dollars or
  0.58%. This is the fifth day in a row that it went up; in these five days it has gained 4.87% in total.
  The move today was small, only about half of an average day's range (ATR 7.75 dollars), and trading
  volume was light: 51.6 million units, around 0.7 times the 20-day average of 69.3 million.

For one month SPY has gone up 8.87%, but since New Year it is still down 1.05%. The S&P 500 index closed
  at 6,609.79 points, up 0.58% also.

Technical: RSI is 72.3, this is overbought already, please be careful ka. MACD 10.15 is above the signal
  line 6.99. The price is above both moving averages: 6.99% above the 50-day (616.10 dollars) and 1.76%
  above the 200-day (647.76 dollars). But the 50-day line is still below the 200-day line, so it is a
  death cross since 27 March, 46 sessions. Both lines are quite flat.

The highest close ever is 692.73 dollars, from 26 November 2025, and SPY is 4.84% below it. The lowest
  close of 52 weeks is 592.37 dollars from 28 April 2026; SPY is 11.28% above that.

Past days: Tuesday 655.35, Monday 650.49, last Friday 643.10 dollars.

Levels: resistance 660.09 and 665.30 dollars, support 652.32 and 650 dollars.

Idea for clients who want to buy: buy above 665.54 dollars, stop loss 657.79 dollars, target 681.23
  dollars, reward to risk 2 to 1 ka.

Other markets: QQQ up 0.57%, IWM up 0.35%, but DIA down 0.58%. SPY beat DIA by 1.16 points. VIX up
  6.18% to 18.55.

A client asked: if I put 100,000 baht in SPY at the start of the year, how much now? About 98,950 baht
  (-1.05%). Thank you ka.
""")

plant(B, "th-close", "value", V, "closed at 659.18 dollars", "closed at 659.81 dollars", "659.81",
      "SPY closed at $659.18")
plant(B, "th-dollar", "value", V, "up 3.83 dollars", "up 3.38 dollars", "3.38", "SPY's day move is $3.83")
plant(B, "th-streak", "history", V, "This is the fifth day in a row", "This is the third day in a row",
      "third",
      "SPY has closed higher five sessions in a row")
plant(B, "th-streakpct", "history", V, "gained 4.87% in total", "gained 3.87% in total", "3.87%",
      "the five-session run adds up to 4.87%")
plant(B, "th-small", "magnitude", MG, "The move today was small", "The move today was huge", "huge",
      "a 0.58%, 0.5 ATR gain is not huge")
plant(B, "th-half", "words", V, "only about half of an average day's range",
      "only about a tenth of an average day's range", "a tenth", "the move was 0.5 ATR")
plant(B, "th-1m", "timeframe", V, "For one month SPY has gone up 8.87%",
      "For one month SPY has gone up 4.87%",
      "4.87%", "SPY's 1-month move is 8.87%; 4.87% is its 5-day move", real=True)
plant(B, "th-ytd", "direction", D, "since New Year it is still down 1.05%",
      "since New Year it is still up 1.05%",
      "up 1.05%", "SPY's YTD move is -1.05%")
plant(B, "th-scale", "scale", SC, "closed\n  at 6,609.79 points", "closed\n  at $6,609.79 points",
      "$6,609.79",
      "the S&P 500 index is in points, not dollars")
plant(B, "th-rsi", "indicator", IND, "this is overbought already", "this is oversold already", "oversold",
      "RSI 72.3 is overbought, not oversold")
plant(B, "th-cross", "pattern", P, "so it is a\n  death cross since", "so it is a\n  golden cross since",
      "golden cross",
      "the 50-day is below the 200-day: a death cross")
plant(B, "th-crossd", "date", DU, "death cross since 27 March", "death cross since 7 March", "7 March",
      "the death cross dates from Mar 27, 2026")
plant(B, "th-flat", "trend", P, "Both lines are quite flat.", "Both lines are rising fast.", "rising fast",
      "the 50-day fell 0.31% and the 200-day rose 0.01% in 20 sessions")
plant(B, "th-athd", "date", DU, "from 26 November 2025", "from 12 January 2026", "12 January 2026",
      "the record close is from Nov 26, 2025 (Jan 12 is the intraday high's day)", real=True)
plant(B, "th-low", "derived", V, "SPY is 11.28% above that", "SPY is 12.28% above that", "12.28%",
      "659.18 / 592.37 - 1 = 11.28%")
plant(B, "th-sup", "level", LW, "support 652.32 and 650", "support 662.32 and 650", "662.32",
      "a support above the $659.18 close")
plant(B, "th-stop", "setup", SG, "stop loss 657.79 dollars", "stop loss 667.79 dollars", "667.79",
      "a long's stop above its $665.54 entry")
plant(B, "th-rr", "setup", SRR, "reward to risk 2 to 1 ka", "reward to risk 5 to 1 ka", "5 to 1",
      "(681.23 - 665.54) / (665.54 - 657.79) = 2.0")
plant(B, "th-qqq", "subject", V, "QQQ up 0.57%", "QQQ up 0.35%", "0.35%",
      "QQQ rose 0.57%; 0.35% is IWM's move", real=True)
plant(B, "th-dia", "direction", D, "but DIA down 0.58%", "but DIA up 0.58%", "up 0.58%", "DIA fell 0.58%")
plant(B, "th-gap", "derived", DER, "SPY beat DIA by 1.16 points", "SPY beat DIA by 0.16 points", "0.16",
      "0.58 - (-0.58) = 1.16 points")

B = "nurse-IWM-2026-11-20"
clean(B, "IWM-2026-11-20", "shift-handoff", "txt",
      "a night nurse's SBAR shift handoff with IWM as the patient: situation, background, assessment and "
      "recommendation in clipped chart shorthand, a bed number, a badge number, basis points from a "
      "cited rates story and a quoted small-cap wire",
      """\
SHIFT HANDOFF (SBAR), Ward 6B "Small Caps", night to day shift, Fri 20 Nov 2026, 19:00
Patient: IWM (iShares Russell 2000 ETF), bed 12. Allergies: none known. Code status: full.

S (Situation): Patient stable. Closed at $244.30, up $0.73 (+0.30%), a very quiet day, about a fifth of a
  normal day's range. Volume 39.6M vs 30.0M baseline, about 1.3x. Still boxed between $241.00 and $249.26,
  25 sessions now.

B (Background): Admitted five weeks ago with a range. Weekly trend down 1.10%, monthly down 1.65%, year to
  date up 0.42%. Yesterday (Thu) closed $243.57, Wed $244.79, Tue $245.28. Trailed SPY for a sixth
  straight session: SPY +1.10%, so IWM lagged by 0.80 points. Index (Russell 2000) at 2,456.17, +0.30%.

A (Assessment): Below the 50-day ($245.77) by 0.60%, above the 200-day ($230.77) by 5.86%. Both averages
  flat. Golden cross since 10 Aug, 73 sessions, still intact, no death cross. RSI 48.2, neither
  overbought nor oversold. MACD 0.31 below signal 0.51. Record close $257.77 (28 Nov 2025), 5.23% below.
  52-wk low close $204.10 (9 Apr 2026).

R (Recommendation): Watch resistance $245.77 (the 50-day) and $249.26; support $242.80, then $241.00.
  Options: max pain $245, call wall $250, put wall $240, P/C 1.12. Rates helped a little: 10-yr yield down
  7 bp to 4.06% [1]. Ledger: IWM "still boxed between roughly $240 and $250, where it has traded for five
  weeks" [2]. Fed Dec 9 (Wed), 13 sessions.

Meds given: 2 coffees (charge nurse). Next check 07:00. Signed: R. Okafor, RN, badge 5531.

<<SOURCES>>
""", sources=("mb-yields20", "ld-smallcaps20"), source_format="plain")

plant(B, "nu-close", "value", V, "Closed at $244.30", "Closed at $244.03", "$244.03", "IWM closed at $244.30")
plant(B, "nu-quiet", "magnitude", MG, "a very quiet day", "a violent day", "violent",
      "a 0.30%, 0.2 ATR move is not violent")
plant(B, "nu-fifth", "words", V, "about a fifth of a\n  normal day's range",
      "about three-quarters of a\n  normal day's range",
      "three-quarters", "the move was 0.2 ATR")
plant(B, "nu-vol", "value", V, "Volume 39.6M vs 30.0M", "Volume 36.9M vs 30.0M", "36.9M",
      "IWM's volume was 39.6M")
plant(B, "nu-week", "timeframe", V, "Weekly trend down 1.10%", "Weekly trend down 1.65%", "1.65%",
      "IWM's 5-day move is -1.10%; -1.65% is the 1-month move", real=True)
plant(B, "nu-ytd", "direction", D, "year to\n  date up 0.42%", "year to\n  date down 0.42%", "down 0.42%",
      "IWM's YTD move is +0.42%")
plant(B, "nu-thu", "history", V, "Yesterday (Thu) closed $243.57", "Yesterday (Thu) closed $244.79",
      "$244.79",
      "Thursday Nov 19 closed at $243.57; $244.79 is Wednesday's", real=True)
plant(B, "nu-lagn", "history", V, "for a sixth\n  straight session", "for a fourth\n  straight session",
      "fourth",
      "IWM has trailed SPY six sessions in a row")
plant(B, "nu-gap", "derived", DER, "so IWM lagged by 0.80 points", "so IWM lagged by 0.70 points", "0.70",
      "1.10 - 0.30 = 0.80 points")
plant(B, "nu-rut", "value", V, "at 2,456.17, +0.30%", "at 2,465.79, +0.30%", "2,465.79",
      "the Russell 2000 closed at 2,456.17 (2,465.79 was its Nov 17 close)")
plant(B, "nu-below50", "pattern", P, "Below the 50-day ($245.77)", "Above the 50-day ($245.77)",
      "Above the 50-day",
      "IWM closed below its 50-day average")
plant(B, "nu-nodeath", "negation", P, "still intact, no death cross", "still intact, no golden cross",
      "no golden cross", "the golden cross from Aug 10 holds")
plant(B, "nu-macd", "indicator", IND, "MACD 0.31 below signal 0.51", "MACD 0.31 above signal 0.51",
      "above signal", "MACD 0.31 is below its 0.51 signal")
plant(B, "nu-athd", "date", DU, "(28 Nov 2025)", "(28 Nov 2024)", "28 Nov 2024",
      "the record close is from Nov 28, 2025")
plant(B, "nu-athpct", "value", V, "5.23% below", "3.25% below", "3.25%",
      "IWM is 5.23% below its record close")
plant(B, "nu-sup", "level", LW, "support $242.80", "support $246.80", "$246.80",
      "a support above the $244.30 close")
plant(B, "nu-bp", "value", NU, "down\n  7 bp to 4.06%", "down\n  9 bp to 4.06%", "9 bp",
      "the cited rates story says the 10-year fell 7 basis points")
plant(B, "nu-quote", "quotation", NU, "traded for five\n  weeks\"", "traded for seven\n  weeks\"", "seven",
      "the cited item says 'five weeks'")
plant(B, "nu-fedwd", "date", WM, "Fed Dec 9 (Wed)", "Fed Dec 9 (Thu)", "Thu",
      "December 9, 2026 is a Wednesday")

B = "atc-SPY-2026-11-17"
clean(B, "SPY-2026-11-17", "radio-transcript", "txt",
      "an air-traffic-control style parody transcript of SPY's Tuesday: an approach controller and a "
      "flight whose call sign is a number, altitudes for prices, a frequency, Zulu time, a cleared long "
      "approach (a setup) and a quoted wire",
      """\
ATC TRANSCRIPT (parody), Wall Street Approach, 124.35 MHz, Tuesday 17 Nov 2026, 2100Z

APPROACH: Spider 683, Wall Street Approach, radar contact. Descend and maintain 679.84, you closed down
  3.41, that's minus 0.50 percent. Light chop only, about half your usual ATR of 7.16.
SPIDER 683: Down to 679.84, Spider 683. Previous altitude was 683.25 on Monday.
APPROACH: Spider 683, traffic: Nasdaq heavy QQQ descending through minus 0.90 percent, Dow light DIA minus
  0.20, small caps IWM minus 0.80. You're doing better than the QQQ by 0.40 points.
SPIDER 683: Traffic in sight. Confirm the fifty-day at 679.19?
APPROACH: Affirmative, 679.19, you're 0.09 percent above it, barely clear. Two-hundred-day well below at
  645.83, 5.27 percent under you. Fifty-day climbing about 2.2 percent over twenty sessions. Golden cross
  in effect since September 21, forty-one sessions.
SPIDER 683: Instruments?
APPROACH: RSI 46.8, mid-scale. MACD 1.09 under signal 2.42. Volume 73.0 million, 1.1 times normal.
SPIDER 683: Weather on the week?
APPROACH: Week minus 0.80 percent, month minus 1.06, year to date plus 2.05. The S&P 500 index at
  6,821.04, down 0.50. VIX up 6.02 percent to 17.60, winds picking up.
SPIDER 683: Ceiling?
APPROACH: Ceiling 694.71, the record close from October 22, a Thursday; you are 2.14 percent below it.
  Floor of the 40-session box at 673.92. Support 673.92 then 670.42, resistance 694.71.
SPIDER 683: Requesting long approach.
APPROACH: Cleared long at 673.92 on a pullback, stop 668.55, target 691.80, reward three point three to
  one. Harbor Street reports the S&P 500 "lost 0.5% to 6,821.04" [1], and Tidewater's Gideon Marsh says
  the trend is intact while the index holds its 50-day line [1]. Monday, Tapewatch had SPY closing at
  $683.25 [2].
SPIDER 683: Copy. Next waypoint?
APPROACH: Fed waypoint December 9, sixteen sessions ahead. Contact tower 118.7. Good day.

<<SOURCES>>
""", sources=("hs-slides17", "tw-50day16"), source_format="plain")

plant(B, "atc-close", "value", V, "Descend and maintain 679.84", "Descend and maintain 678.94", "678.94",
      "SPY closed at $679.84")
plant(B, "atc-dollar", "value", V, "you closed down\n  3.41", "you closed down\n  4.31", "4.31",
      "SPY's day move is -$3.41")
plant(B, "atc-sign", "direction", D, "that's minus 0.50 percent", "that's plus 0.50 percent", "plus 0.50",
      "SPY fell 0.50%")
plant(B, "atc-mon", "history", V, "683.25 on Monday", "680.53 on Monday", "680.53",
      "Monday Nov 16 closed at $683.25; $680.53 is Friday's", real=True)
plant(B, "atc-qqq", "subject", V, "QQQ descending through minus 0.90 percent",
      "QQQ descending through minus 0.20 percent",
      "0.20", "QQQ fell 0.90%; -0.20% is DIA's", real=True)
plant(B, "atc-gap", "derived", DER, "better than the QQQ by 0.40 points",
      "better than the QQQ by 0.45 points", "0.45",
      "-0.50 - (-0.90) = 0.40 points")
plant(B, "atc-d50", "derived", V, "you're 0.09 percent above it", "you're 0.19 percent above it", "0.19",
      "679.84 / 679.19 - 1 = 0.09%")
plant(B, "atc-slope", "trend", V, "climbing about 2.2 percent over twenty sessions",
      "climbing about 4.2 percent over twenty sessions", "4.2", "the 50-day's 20-session slope is 2.16%")
plant(B, "atc-crossn", "words", V, "since September 21, forty-one sessions",
      "since September 21, sixty-one sessions",
      "sixty-one", "the golden cross is 41 sessions old")
plant(B, "atc-rsi", "indicator", IND, "RSI 46.8, mid-scale", "RSI 46.8, deep oversold", "oversold",
      "RSI 46.8 is not oversold")
plant(B, "atc-month", "timeframe", V, "month minus 1.06", "month minus 0.80", "0.80",
      "SPY's 1-month move is -1.06%; -0.80% is its 5-day move", real=True)
plant(B, "atc-vix", "direction", D, "VIX up 6.02 percent", "VIX down 6.02 percent", "down 6.02",
      "the VIX rose 6.02%")
plant(B, "atc-recwd", "date", WM, "from October 22, a Thursday", "from October 22, a Tuesday",
      "October 22, a Tuesday",
      "October 22, 2026 is a Thursday")
plant(B, "atc-box", "history", V, "Floor of the 40-session box", "Floor of the 14-session box", "14",
      "the range is 40 sessions long")
plant(B, "atc-sup", "level", LW, "Support 673.92 then 670.42", "Support 683.92 then 670.42", "683.92",
      "a support above the $679.84 close")
plant(B, "atc-stop", "setup", SG, "stop 668.55", "stop 678.55", "678.55",
      "a long's stop above its $673.92 entry")
plant(B, "atc-rr", "setup", SRR, "reward three point three to\n  one", "reward one point three to\n  one",
      "one point three", "(691.80 - 673.92) / (673.92 - 668.55) = 3.3")
plant(B, "atc-quote", "quotation", NU, "\"lost 0.5% to 6,821.04\"", "\"lost 1.4% to 6,821.04\"", "1.4%",
      "the cited item says 0.5%")
plant(B, "atc-cite", "citation", CU, "$683.25 [2]", "$683.25 [3]", "[3]", "there is no source [3]")
plant(B, "atc-fedn", "words", V, "sixteen sessions ahead", "twelve sessions ahead", "twelve",
      "the Fed decision is 16 sessions away")

B = "birder-DIA-2026-06-03"
clean(B, "DIA-2026-06-03", "field-notebook", "txt",
      "a birder's field notebook with DIA logged between sightings: clock times, species counts, weather, "
      "a birthday, the Dow fund's Wednesday dip against a rising flock, a death cross under a price above "
      "both averages, past closes by weekday and levels",
      """\
FIELD NOTEBOOK, vol. 9, p. 112 · Marsh Lane hide, Wed 3 June 2026
Weather: 14 C, wind SW 3, light drizzle after 16:00. Observers: me and Harriet (her 61st birthday).

06:10 Reed warbler singing, 2. Grey heron, 1. Checked the phone: futures soft.
11:45 Little egret x4 on the far scrape.
16:10 Market closed. DIA (the Dow fund, my "old crow") down $2.67 to $461.11, -0.58%. A modest dip, about
  half an ATR ($5.20). Only the Dow fell; the rest of the flock rose: SPY +0.58%, QQQ +0.57%, IWM +0.35%.
  So DIA lagged SPY by 1.16 points, its second day behind. The Dow index itself: 46,185.73, -0.57%.
16:20 Perched just above the 200-day ($460.09), 0.22% over it, and well above the 50-day ($439.80), by
  4.85%. Odd plumage though: the 50-day still sits under the 200-day, a death cross since 8 April, 39
  sessions ago. Neither line is moving much; both nearly flat. RSI 66.6, warm but not overbought. MACD
  5.89 over its signal 4.08.
16:35 Yesterday (Tue) it closed at $463.78, the top of its 20-session range ($436.19 to $463.78). Monday
  $462.43, Friday 29 May $456.48. Week +2.78%, month +6.62%, year -2.93%. Record close $493.91 (12 Jan
  2026), now 6.64% below. Nearest support $460.09, then $453.39; resistance $463.64, then $465.21 and
  $469.08.
17:30 Barn owl hunting the north field. DIA volume 3.9M vs 3.5M average, about 1.1x.
18:05 Packed up. 23 species today.
""")

plant(B, "bd-close", "value", V, "down $2.67 to $461.11", "down $2.67 to $461.71", "$461.71",
      "DIA closed at $461.11")
plant(B, "bd-dollar", "value", V, "down $2.67 to", "down $2.76 to", "$2.76", "DIA's day move is -$2.67")
plant(B, "bd-modest", "magnitude", MG, "A modest dip", "A savage plunge", "savage plunge",
      "a 0.58%, 0.5 ATR fall is no plunge")
plant(B, "bd-half", "words", V, "about\n  half an ATR", "about\n  two full ATRs", "two",
      "the move was 0.5 ATR")
plant(B, "bd-only", "direction", D, "Only the Dow fell; the rest of the flock rose",
      "Only the Dow rose; the rest of the flock fell", "Only the Dow rose",
      "DIA fell 0.58% while SPY, QQQ, IWM rose")
plant(B, "bd-gap", "derived", DER, "lagged SPY by 1.16 points", "lagged SPY by 0.16 points", "0.16",
      "0.58 - (-0.58) = 1.16 points")
plant(B, "bd-lagn", "history", V, "its second day behind", "its fifth day behind", "fifth",
      "DIA has trailed SPY two sessions in a row")
plant(B, "bd-scale", "scale", SC, "The Dow index itself: 46,185.73", "The Dow index itself: $46,185.73",
      "$46,185.73", "the Dow index is in points, not dollars")
plant(B, "bd-d200", "derived", V, "0.22% over it", "0.72% over it", "0.72%", "461.11 / 460.09 - 1 = 0.22%")
plant(B, "bd-death", "pattern", P, "a death cross since 8 April", "a golden cross since 8 April",
      "golden cross",
      "the 50-day is below the 200-day: a death cross")
plant(B, "bd-crossd", "date", DU, "cross since 8 April", "cross since 18 April", "18 April",
      "the death cross dates from Apr 8, 2026")
plant(B, "bd-flat", "trend", P, "both nearly flat", "both climbing steeply", "climbing steeply",
      "the 50-day fell 0.93% and the 200-day rose 0.08% in 20 sessions")
plant(B, "bd-macd", "negation", IND, "MACD\n  5.89 over its signal", "MACD\n  5.89 not over its signal",
      "not over its signal", "MACD 5.89 is above its 4.08 signal")
plant(B, "bd-tue", "history", V, "Yesterday (Tue) it closed at $463.78",
      "Yesterday (Tue) it closed at $462.43",
      "$462.43", "Tuesday Jun 2 closed at $463.78; $462.43 is Monday's", real=True)
plant(B, "bd-month", "timeframe", V, "month +6.62%", "month +2.78%", "2.78%",
      "DIA's 1-month move is 6.62%; 2.78% is its 5-day move", real=True)
plant(B, "bd-athd", "date", DU, "(12 Jan\n  2026)", "(13 Jan\n  2026)", "13 Jan",
      "the record close is from Jan 12, 2026 (Jan 13 is the intraday high's day)", real=True)
plant(B, "bd-sup", "level", LW, "Nearest support $460.09", "Nearest support $463.09", "$463.09",
      "a support above the $461.11 close")
plant(B, "bd-res", "level", LW, "resistance $463.64, then", "resistance $458.64, then", "$458.64",
      "a resistance below the $461.11 close")

B = "standup-QQQ-2025-11-17"
clean(B, "QQQ-2025-11-17", "comedy-set", "md",
      "a stand-up comedian's open-mic set about a brother-in-law's QQQ on its record-close Monday, "
      "transcribed from the club's podcast: stage directions, shouted words in capitals, numbers in words, "
      "a drink price in shares, a quoted relative and his trade idea",
      """\
# "Technically Speaking": open mic at The Margin Call comedy club, Monday, November 17, 2025

*Transcribed from the club's podcast, episode 31. Set length 7 min 40 s.*

[applause] Thank you, thank you. Two-drink minimum, folks, and at these prices that's about 0.03 shares of
  QQQ.

So my brother-in-law. My brother-in-law put everything in QQQ. Everything. And today, Monday, it closed at
  $622.21. Up ten dollars and sixty cents, 1.73%. A RECORD close. The highest it has ever closed. [laughter]
  He called me. He never calls me. He said, "Do you know what a record close is?" I said, I'm a comedian,
  Doug, I know what a bad close is.

It's up 14.73% this year. FOURTEEN percent. My savings account is up... my savings account is a rumor.
  [laughter]

And he's got lines on his chart. He says, "The 50-day is at $601.02, we're 3.52% above it. The 200-day is
  at $538.92." Doug, the 200-day is me trying to finish a novel. [laughter] He says the golden cross is
  from July 1st, ninety-seven sessions ago. I said the only cross in my life is my landlord.

RSI 65.6. He says it's "not overbought yet." I said Doug, you're not overbought, you're over-BORED. MACD
  3.36, above the signal, 1.48. Volume 63.7 million, about one and a half times normal. [a glass breaks]
  That's fine, that's fine.

And the small caps! IWM up 1.96%. That beat QQQ by 0.23 points. Doug's furious. Doug says, "SPY only did
  1.39%." Doug, that's still a good day. The VIX fell 4.67% to 13.47. Everybody's calm except Doug.

Last week it was $605.03 on Monday, $611.61 on Friday. He tells me the week is up 2.84% and the month
  1.68%. He has an idea: buy at $630.56, stop $620.12, target $655.61. That's two point four to one, he
  says. I said Doug, my reward-to-risk is this microphone. Goodnight! [applause]
""")

plant(B, "su-close", "value", V, "it closed at\n  $622.21", "it closed at\n  $622.12", "$622.12",
      "QQQ closed at $622.21")
plant(B, "su-words", "words", V, "Up ten dollars and sixty cents", "Up twelve dollars and sixty cents",
      "twelve",
      "QQQ's day move is $10.60")
plant(B, "su-pct", "subject", V, "sixty cents, 1.73%", "sixty cents, 1.39%", "1.39%",
      "QQQ rose 1.73%; 1.39% is SPY's move", real=True)
plant(B, "su-record", "negation", P, "A RECORD close. The highest", "NOT a record close. The highest",
      "NOT a record close", "$622.21 is QQQ's record close")
plant(B, "su-ytd", "timeframe", V, "It's up 14.73% this year", "It's up 15.46% this year", "15.46%",
      "QQQ's YTD move is 14.73%; 15.46% is its distance above the 200-day", real=True)
plant(B, "su-fourteen", "words", V, "FOURTEEN percent", "TWENTY percent", "TWENTY",
      "QQQ's YTD move is 14.73%")
plant(B, "su-d50", "derived", V, "we're 3.52% above it", "we're 4.52% above it", "4.52%",
      "622.21 / 601.02 - 1 = 3.52%")
plant(B, "su-200", "value", V, "The 200-day is\n  at $538.92", "The 200-day is\n  at $583.92", "$583.92",
      "the 200-day average is $538.92")
plant(B, "su-crossd", "date", DU, "from July 1st", "from July 11th", "July 11th",
      "the golden cross dates from Jul 1, 2025")
plant(B, "su-crossn", "words", V, "ninety-seven sessions ago", "seventy-nine sessions ago", "seventy-nine",
      "the golden cross is 97 sessions old")
plant(B, "su-rsi", "indicator", V, "RSI 65.6. He says", "RSI 75.6. He says", "75.6", "RSI(14) is 65.6")
plant(B, "su-macd", "indicator", IND, "3.36, above the signal, 1.48", "3.36, below the signal, 1.48",
      "below the signal", "MACD 3.36 is above its 1.48 signal")
plant(B, "su-vol", "words", V, "about one and a half times normal", "about three times normal", "three times",
      "volume was 1.6 times its 20-day average")
plant(B, "su-gap", "derived", DER, "That beat QQQ by 0.23 points", "That beat QQQ by 0.32 points", "0.32",
      "1.96 - 1.73 = 0.23 points")
plant(B, "su-vix", "direction", D, "The VIX fell 4.67% to 13.47", "The VIX rose 4.67% to 13.47", "rose",
      "the VIX fell 4.67%")
plant(B, "su-mon", "history", V, "$605.03 on Monday", "$610.76 on Monday", "$610.76",
      "Monday Nov 10 closed at $605.03; $610.76 is Tuesday's", real=True)
plant(B, "su-week", "timeframe", V, "the week is up 2.84%", "the week is up 1.68%", "1.68%",
      "QQQ's 5-day move is 2.84%; 1.68% is the 1-month move", real=True)
plant(B, "su-stop", "setup", SG, "stop $620.12", "stop $632.12", "$632.12",
      "a long's stop above its $630.56 entry")
plant(B, "su-rr", "setup", SRR, "That's two point four to one", "That's four point two to one",
      "four point two",
      "(655.61 - 630.56) / (630.56 - 620.12) = 2.4")

B = "bookkeeper-DIA-2025-11-17"
clean(B, "DIA-2025-11-17", "journal-entry", "md",
      "a hardware shop's bookkeeper marking the reserve fund's DIA to market in the general journal: a "
      "debit/credit table with a reference number, a position gain in dollars, a narrative for the "
      "reviewer, prior marks by date and a broker's idea not approved",
      """\
# General journal: Hollis & Daughter Hardware Ltd., treasury sub-ledger, page 47

Entry date: Monday, 17 November 2025 · Prepared by: M. Hollis (bookkeeper) · Reviewed: pending

| Ref | Account | Debit | Credit |
|---|---|---|---|
| JE-2025-1117-01 | Investments: DIA (120 shares), mark to market | $511.20 | |
| JE-2025-1117-01 | Unrealised gain on investments | | $511.20 |

**Narrative for JE-2025-1117-01.** The reserve fund holds 120 shares of DIA, the SPDR Dow Jones Industrial
  Average ETF. DIA closed today at $481.59, up $4.26 per share, or 0.89%, so the position gained $511.20
  (120 x $4.26). That is a new record close for the fund; the best close of the prior twenty sessions was
  $478.00, set on Wednesday, November 12. The index itself closed at 48,219.41, up 0.87%.

**Supporting notes for the reviewer.** Over the last five sessions DIA is up 1.70%; over the month, 1.99%;
  since January 1, 6.55%. It closed 4.51% above its 50-day average ($460.80) and 10.90% above its 200-day
  ($434.25); the golden cross dates from July 14, 89 sessions ago. The 50-day average is rising steeply,
  about 2.5% over twenty sessions. RSI 72.8, in overbought territory, and the MACD, 4.50, is above its
  signal of 3.61. The move was about one ATR ($4.48), a normal day. Volume 3.9M shares against a 3.5M
  average.

**Peers, for context only.** SPY +1.39%, QQQ +1.73%, IWM +1.96%. DIA was the laggard, 0.49 points behind
  SPY. VIX down 4.67% to 13.47.

**Prior marks (for the audit trail).** Friday 14 November $477.33; Thursday 13 November $477.56; Tuesday
  11 November $476.06.

**Valuation sensitivity.** The 20-session range is $461.90 to $481.59. Next resistance $490; support $480,
  then $476.43. Our broker's note suggests adding above $486.07 with a stop at $480.47 and a target of
  $499.52 (2.4 to 1). Not approved by the board.
""")

plant(B, "bk-close", "value", V, "DIA closed today at $481.59", "DIA closed today at $481.95", "$481.95",
      "DIA closed at $481.59")
plant(B, "bk-dollar", "value", V, "up $4.26 per share", "up $4.62 per share", "$4.62",
      "DIA's day move is $4.26")
plant(B, "bk-record", "pattern", P, "That is a new record close for the fund",
      "That is a new 52-week low close for the fund",
      "52-week low", "$481.59 is DIA's record close, not a low")
plant(B, "bk-prior", "history", V, "was\n  $478.00, set on", "was\n  $479.00, set on", "$479.00",
      "Wednesday Nov 12 closed at $478.00, the prior 20-session closing high")
plant(B, "bk-priorwd", "date", WM, "set on Wednesday, November 12", "set on Thursday, November 12",
      "Thursday, November 12", "November 12, 2025 is a Wednesday")
plant(B, "bk-dji", "subject", V, "48,219.41, up 0.87%", "48,219.41, up 1.73%", "1.73%",
      "the Dow rose 0.87%; 1.73% is QQQ's move", real=True)
plant(B, "bk-month", "timeframe", V, "over the month, 1.99%", "over the month, 1.70%", "1.70%",
      "DIA's 1-month move is 1.99%; 1.70% is its 5-day move", real=True)
plant(B, "bk-d200", "derived", V, "10.90% above its 200-day", "19.90% above its 200-day", "19.90%",
      "481.59 / 434.25 - 1 = 10.90%")
plant(B, "bk-crossd", "date", DU, "dates from July 14", "dates from July 4", "July 4",
      "the golden cross dates from Jul 14, 2025")
plant(B, "bk-slope", "trend", V, "about 2.5% over twenty sessions", "about 0.5% over twenty sessions", "0.5%",
      "the 50-day's 20-session slope is 2.49%")
plant(B, "bk-rsi", "indicator", IND, "in overbought territory", "in oversold territory", "oversold",
      "RSI 72.8 is overbought")
plant(B, "bk-normal", "magnitude", MG, "a normal day", "an extraordinary, historic day", "extraordinary",
      "a 0.89%, 1.0 ATR gain is an ordinary day")
plant(B, "bk-gap", "derived", DER, "0.49 points behind", "0.94 points behind", "0.94",
      "1.39 - 0.89 = 0.49 points")
plant(B, "bk-vix", "direction", D, "VIX down 4.67%", "VIX up 4.67%", "up 4.67%", "the VIX fell 4.67%")
plant(B, "bk-thu", "history", V, "Thursday 13 November $477.56", "Thursday 13 November $478.00", "$478.00",
      "Thursday Nov 13 closed at $477.56; $478.00 is Wednesday's", real=True)
plant(B, "bk-friwd", "date", WM, "Friday 14 November", "Saturday 14 November", "Saturday 14 November",
      "November 14, 2025 is a Friday")
plant(B, "bk-sup", "level", LW, "support $480,\n  then", "support $484,\n  then", "$484",
      "a support above the $481.59 close")
plant(B, "bk-stop", "setup", SG, "a stop at $480.47", "a stop at $488.47", "$488.47",
      "a long's stop above its $486.07 entry")

B = "trail-RUT-2026-11-17"
clean(B, "idx_RUT-2026-11-17", "trail-report", "txt",
      "a volunteer ranger desk's trail-conditions report for the Russell 2000 'ridge loop': camps for "
      "past closes, cairns and lodges for averages, a summit for the record, a real trail's length and "
      "elevation gain, two cited wires and a quoted manager",
      """\
TRAIL CONDITIONS: Russell 2000 Ridge Loop (small-cap country)
Updated Tue Nov 17, 2026, 6:40 p.m., volunteer ranger desk

Status: OPEN, with caution. Difficulty: moderate. Loop length 8.4 miles, elevation gain 1,150 ft (the real
  trail, not the index).

Summary: The Russell 2000 descended today to 2,465.79, a loss of 19.30 points or 0.78%. Footing was fine:
  the drop measured about 0.6 of a typical day's range (ATR 32.44 points). The ETF hikers, IWM, came down
  to $245.28, -0.80%.

Switchbacks behind us: Monday's camp at 2,485.09, Friday's at 2,482.49, and the high camp on Thursday, Nov
  12, at 2,505.20, the top of the 22-session range that starts at 2,421.62. Over five sessions the trail
  lost 0.98%; over the month it gained 1.48%; on the year it is up 0.85%.

Landmarks: the 50-day cairn at 2,473.93 is now just above us (we're 0.33% below it); the 200-day lodge sits
  far down the valley at 2,318.38 (we're 6.36% above it). The 50-day path is flat. The golden cross marker
  from August 10 (70 sessions) still stands. RSI 50.1, dead even. MACD 8.85 above its signal 5.83.

Summit: the all-time high close, 2,591.09, reached on Nov 28, 2025; today's camp is 4.84% below it. The
  year's low camp was 2,050.63 on April 9.

Hazards: resistance at 2,473.93 and 2,505.20; support at 2,458.33, then 2,450 and 2,440.36.

Other trails: S&P 500 -0.50% to 6,821.04, Nasdaq 100 -0.90%, Dow -0.21% to 46,742.21. Small caps lagged the
  S&P 500 by 0.28 points, a third day behind. VIX +6.02% to 17.60. Harbor Street said the Russell 2000
  "slipped 0.8% to 2,465.79" [1]. On Friday, Eastlake's Priya Natarajan said "Nothing about today looks
  like panic" [2].

Next weather window: the Fed, December 9, 16 sessions out.

<<SOURCES>>
""", sources=("hs-slides17", "hs-chips13"), source_format="plain")

plant(B, "tr-close", "value", V, "descended today to 2,465.79", "descended today to 2,456.79", "2,456.79",
      "the Russell 2000 closed at 2,465.79")
plant(B, "tr-points", "value", V, "a loss of 19.30 points", "a loss of 13.90 points", "13.90",
      "the day's move is -19.30 points")
plant(B, "tr-fine", "magnitude", MG, "Footing was fine:", "It was a landslide:", "landslide",
      "a 0.78%, 0.6 ATR fall is no landslide")
plant(B, "tr-iwm", "subject", V, "to $245.28, -0.80%", "to $245.28, -0.90%", "-0.90%",
      "IWM fell 0.80%; -0.90% is the Nasdaq 100's", real=True)
plant(B, "tr-mon", "history", V, "Monday's camp at 2,485.09", "Monday's camp at 2,482.49", "2,482.49",
      "Monday Nov 16 closed at 2,485.09; 2,482.49 is Friday's", real=True)
plant(B, "tr-thuwd", "date", WM, "on Thursday, Nov\n  12", "on Wednesday, Nov\n  12", "Wednesday, Nov 12",
      "November 12, 2026 is a Thursday")
plant(B, "tr-sess", "history", V, "the 22-session range", "the 32-session range", "32",
      "the range is 22 sessions long")
plant(B, "tr-5d", "timeframe", V, "the trail\n  lost 0.98%", "the trail\n  lost 0.78%", "0.78%",
      "the 5-day move is -0.98%; -0.78% is the day's", real=True)
plant(B, "tr-1m", "direction", D, "over the month it gained 1.48%", "over the month it lost 1.48%",
      "lost 1.48%",
      "the 1-month move is +1.48%")
plant(B, "tr-d50", "derived", V, "we're 0.33% below it", "we're 0.63% below it", "0.63%",
      "2,465.79 / 2,473.93 - 1 = -0.33%")
plant(B, "tr-side", "pattern", P, "is now just above us", "is now just below us", "just below us",
      "the 50-day (2,473.93) is above the 2,465.79 close")
plant(B, "tr-flat", "negation", P, "The 50-day path is flat.", "The 50-day path is not flat.", "not flat",
      "the 50-day rose 0.39% in 20 sessions: flat")
plant(B, "tr-macd", "indicator", IND, "MACD 8.85 above its signal", "MACD 8.85 below its signal",
      "below its signal",
      "MACD 8.85 is above its 5.83 signal")
plant(B, "tr-athd", "date", DU, "reached on Nov 28, 2025", "reached on Nov 18, 2025", "Nov 18, 2025",
      "the record close is from Nov 28, 2025")
plant(B, "tr-ath", "value", V, "today's camp is 4.84% below it", "today's camp is 5.84% below it", "5.84%",
      "the index is 4.84% below its record close")
plant(B, "tr-sup", "level", LW, "support at 2,458.33", "support at 2,478.33", "2,478.33",
      "a support above the 2,465.79 close")
plant(B, "tr-ndx", "subject", V, "Nasdaq 100 -0.90%", "Nasdaq 100 -0.50%", "-0.50%",
      "the Nasdaq 100 fell 0.90%; -0.50% is the S&P 500's", real=True)
plant(B, "tr-gap", "derived", DER, "by 0.28 points", "by 0.48 points", "0.48",
      "-0.78 - (-0.50) = -0.28 points")
plant(B, "tr-quote", "quotation", NU, "\"slipped 0.8% to 2,465.79\"", "\"slipped 1.7% to 2,465.79\"", "1.7%",
      "the cited item says 0.8%")
plant(B, "tr-cite", "citation", CS, "like panic\" [2]", "like panic\" [1]", "[1]",
      "source [1] is Tuesday's wire; the quote is Friday's, from source [2]")

B = "creditunion-IWM-2026-02-13"
clean(B, "IWM-2026-02-13", "speaker-notes", "md",
      "a credit union treasurer's speaker notes for one board slide on the small-cap sleeve: bullets with "
      "stage directions, a loan-delinquency rate, share counts, a cost basis, an unrealised gain, a policy "
      "limit and IWM's sixth lower close in a row",
      """\
# Speaker notes: slide 9 of 14, "Investment portfolio: small-cap sleeve"

Riverbend Community Credit Union, board of directors, regular meeting, Tuesday, February 17, 2026 (the notes
  refer to the close of Friday, February 13).

[Pause for questions on slide 8 (loan delinquencies, 0.74%) before starting.]

- Opening line: "The small-cap sleeve had a rough two weeks." IWM closed Friday at $226.54, down $2.39, or
  1.04%. Friday itself was a moderate decline. It was the sixth lower close in a row; the six days together
  cost 5.80%.
- Context for the board: over five sessions, -4.94%; over the month, -10.88%; year to date, -6.88%. Friday's
  close is the lowest of the last 20 sessions, at the bottom of a $226.54 to $252.38 range.
- Averages: 7.99% below the 50-day ($246.22) and 1.25% below the 200-day ($229.41). The golden cross from
  July 18, 2025 is technically still in place (the 50-day is above the 200-day), but the price is under both.
- Momentum: RSI 21.4, oversold. MACD -4.70, below its signal of -3.06.
- Relative: IWM trailed SPY (-0.54%) by 0.51 points, the fifth session in a row behind. QQQ -0.41%, DIA
  -0.65%.
- Record close $257.77 (November 28, 2025); we are 12.12% below it. If asked: still 32.53% above the 52-week
  low close of $170.94 (March 25, 2025).
- Levels from the adviser: resistance $226.93, then $229.41; support $225, then $218.48.
- Our sleeve: 4,200 shares, cost basis $219.10. The unrealised gain is still positive, about $31,248. The
  policy limit for the sleeve is 6% of investments; we are at 4.1%.
- Do NOT say "crash": the move was under one ATR ($2.97), about 0.8.
- Next slide: the CD ladder.
""")

plant(B, "cu-close", "value", V, "IWM closed Friday at $226.54", "IWM closed Friday at $226.45", "$226.45",
      "IWM closed at $226.54")
plant(B, "cu-moderate", "magnitude", MG, "Friday itself was a moderate decline",
      "Friday itself was a collapse",
      "collapse", "a 1.04%, 0.8 ATR fall is no collapse")
plant(B, "cu-streak", "history", V, "It was the sixth lower close in a row",
      "It was the third lower close in a row",
      "third", "IWM has closed lower six sessions in a row")
plant(B, "cu-streakpct", "history", V, "cost 5.80%", "cost 3.80%", "3.80%", "the six-session run cost 5.80%")
plant(B, "cu-month", "timeframe", V, "over the month, -10.88%", "over the month, -6.88%", "-6.88%",
      "IWM's 1-month move is -10.88%; -6.88% is the YTD move", real=True)
plant(B, "cu-lowest", "pattern", P, "close is the lowest of the last 20 sessions",
      "close is the highest of the last 20 sessions",
      "highest", "$226.54 is the lowest close of the 20 sessions")
plant(B, "cu-d50", "derived", V, "7.99% below the 50-day", "6.99% below the 50-day", "6.99%",
      "226.54 / 246.22 - 1 = -7.99%")
plant(B, "cu-side200", "pattern", P, "1.25% below the 200-day", "1.25% above the 200-day",
      "above the 200-day",
      "IWM closed below its 200-day average")
plant(B, "cu-golden", "negation", P, "is technically still in place", "is technically no longer in place",
      "no longer in place", "the 50-day is above the 200-day: the golden cross holds")
plant(B, "cu-rsi", "indicator", IND, "RSI 21.4, oversold", "RSI 21.4, overbought", "overbought",
      "RSI 21.4 is oversold")
plant(B, "cu-gap", "derived", DER, "by 0.51 points", "by 0.15 points", "0.15",
      "-1.04 - (-0.54) = -0.50 (0.51 unrounded)")
plant(B, "cu-lagn", "history", V, "the fifth session in a row behind", "the second session in a row behind",
      "second",
      "IWM has trailed SPY five sessions in a row")
plant(B, "cu-athd", "date", DU, "(November 28, 2025)", "(November 25, 2025)", "November 25, 2025",
      "the record close is from Nov 28, 2025")
plant(B, "cu-res", "level", LW, "resistance $226.93", "resistance $224.93", "$224.93",
      "a resistance below the $226.54 close")

B = "dnd-IWM-2026-03-30"
clean(B, "IWM-2026-03-30", "game-recap", "md",
      "a tabletop game master's session recap on the campaign wiki, narrating IWM's Monday as a dungeon "
      "siege: character levels, XP, dice, a fresh death cross as a dark ritual, a falling 50-day, a MACD "
      "glimmer, the keep's walls as the range and loot counts",
      """\
# Session 42 recap: "The Siege of Small-Cap Keep"

*GM notes, campaign wiki. Played Monday, March 30, 2026. Party: Brannoc (fighter, level 7), Issa (wizard,
  level 7), Tamsin (rogue, level 6). XP awarded: 2,400 each.*

Our running joke: the party treasury is "invested" in IWM, and I narrate the market as the dungeon. Tonight:

The Keep lost ground again. IWM fell to $211.00, down $2.65 (-1.24%), its fourth straight lower close; the
  four days took 2.54% off. Roll for morale: it's -2.10% for the week, -3.87% for the month and a brutal
  -13.27% for the year.

The dark ritual completed: a death cross formed on March 24, only four sessions ago, when the 50-day
  ($227.59) sank below the 200-day ($230.93). The 50-day is falling hard. The keep stands 7.29% below the
  50-day and 8.63% below the 200-day.

Issa cast Detect Momentum: RSI 33.9, weak but not oversold. Oddly, the MACD (-3.77) is above its signal
  (-4.40), a faint glimmer. Tamsin checked the volume trap: 27.5 million shares, a bit under the usual 29.3
  million.

The map: the walls of the 20-session keep run from $210.30 to $223.97. The party is camped right on top of
  the $210 support; below it, $207.94. Above, resistance at $212.32 and $214.35. The old throne room, the
  record close of $257.77 from November 28, 2025, is far away: we are 18.14% below it.

The other dungeons: SPY -0.78%, QQQ -1.44%, DIA -1.04%. IWM did better than QQQ by 0.20 points but trailed
  SPY by 0.46. The Russell 2000 boss fell 1.22% to 2,120.33. The VIX dragon stirred: 24.71, up 0.69%.

Last week's log: Friday $213.65, Thursday $215.29, Tuesday the 24th $216.51.

Loot: 3 potions, 1 cursed ring. Next session: Monday, April 6, 7 p.m.
""")

plant(B, "dd-close", "value", V, "IWM fell to $211.00", "IWM fell to $211.60", "$211.60",
      "IWM closed at $211.00")
plant(B, "dd-streak", "history", V, "its fourth straight lower close", "its seventh straight lower close",
      "seventh",
      "IWM has closed lower four sessions in a row")
plant(B, "dd-ytd", "direction", D, "a brutal\n  -13.27% for the year", "a brutal\n  +13.27% for the year",
      "+13.27%",
      "IWM's YTD move is -13.27%")
plant(B, "dd-death", "pattern", P, "a death cross formed", "a golden cross formed", "golden cross",
      "the 50-day crossed below the 200-day: a death cross")
plant(B, "dd-crossd", "date", DU, "formed on March 24", "formed on March 20", "March 20",
      "the death cross dates from Mar 24, 2026")
plant(B, "dd-ago", "words", V, "only four sessions ago", "only nine sessions ago", "nine",
      "the death cross is four sessions old")
plant(B, "dd-falling", "trend", P, "The 50-day is falling hard.", "The 50-day is flat.", "flat",
      "the 50-day fell 5.36% in 20 sessions: not flat")
plant(B, "dd-d50", "derived", V, "The keep stands 7.29% below", "The keep stands 7.92% below", "7.92%",
      "211.00 / 227.59 - 1 = -7.29%")
plant(B, "dd-macd", "negation", IND, "the MACD (-3.77) is above its signal",
      "the MACD (-3.77) is not above its signal",
      "not above its signal", "MACD -3.77 is above its -4.40 signal")
plant(B, "dd-vol", "value", V, "27.5 million shares", "22.5 million shares", "22.5 million",
      "IWM's volume was 27.5M")
plant(B, "dd-sup", "level", LW, "the $210 support", "the $213 support", "$213",
      "a support above the $211.00 close")
plant(B, "dd-res", "level", LW, "resistance at $212.32", "resistance at $209.32", "$209.32",
      "a resistance below the $211.00 close")
plant(B, "dd-gap", "derived", DER, "better than QQQ by 0.20 points", "better than QQQ by 0.35 points", "0.35",
      "-1.24 - (-1.44) = 0.20 points")
plant(B, "dd-rut", "subject", V, "boss fell 1.22%", "boss fell 1.44%", "1.44%",
      "the Russell 2000 fell 1.22%; 1.44% is QQQ's fall", real=True)
plant(B, "dd-thu", "history", V, "Thursday $215.29", "Thursday $215.38", "$215.38",
      "Thursday Mar 26 closed at $215.29; $215.38 is Wednesday's", real=True)
plant(B, "dd-tuewd", "date", WM, "Tuesday the 24th", "Wednesday the 24th", "Wednesday the 24th",
      "March 24, 2026 is a Tuesday")

B = "theatre-FSMI-2026-11-20"
clean(B, "idx_FSMI-2026-11-20", "theatre-review", "md",
      "a theatre critic's two-star review of the frontier small-cap index's Friday as a play: running "
      "time, star rating, a new 52-week closing low as the plot, a death cross, four-figure MACD readings, "
      "the S&P 500 as the crowd-pleaser across town and past performances by weekday",
      """\
# Review: "The Long Fall" at the Frontier Playhouse (two stars)

*Our critic on the Frontier Small-cap Market Index's Friday, November 20, 2026. Running time: 6 hours 30
  minutes, no interval.*

Some productions build; this one only descends. By the final curtain the index had closed at 35,112.40, down
  312.84 points, or 0.88%. It is the third straight evening of losses, three performances that together cost
  3.58%, and the lowest close of the past 52 weeks, a grim new low for a cast that was at 48,944.52 as
  recently as August 19.

The staging is relentless. The 50-day average, 39,210.55, is sinking fast, and the index plays 10.45%
  beneath it; the 200-day, at 43,740.76, is sloping down too, and the index is 19.73% under it. The death
  cross arrived on
  October 15, 26 sessions ago, and it has not been undone. The RSI, at 23.0, is deeply oversold; the MACD
  (-1,085.04) sits below its signal (-1,025.37).

In truth, Friday's act was not a catastrophe: the drop was about 0.6 of an average true range (549.68
  points). The damage is cumulative. The week: -3.07%. The month: -8.56%. The year: -18.33%. The all-time
  high, 52,018.76 from November 13, 2024, now feels like another play entirely: the index is 32.50% below it.

Across town, the S&P 500 gave a crowd-pleaser, up 1.11% to 6,901.69, so the frontier index trailed it by 1.99
  points. The VIX fell 9.30% to 15.60.

Thursday's performance closed at 35,425.24, Wednesday's at 35,758.32. The set's floor is the round 35,000;
  overhead hang 35,500 and 37,915.92. Two stars, for the lighting.
""")

plant(B, "th2-close", "value", V, "had closed at 35,112.40", "had closed at 35,121.40", "35,121.40",
      "the index closed at 35,112.40")
plant(B, "th2-points", "value", V, "down\n  312.84 points", "down\n  321.84 points", "321.84",
      "the day's move is -312.84 points")
plant(B, "th2-streak", "history", V, "the third straight evening", "the fifth straight evening", "fifth",
      "the index has closed lower three sessions in a row")
plant(B, "th2-low", "pattern", P, "the lowest close of the past 52 weeks",
      "the highest close of the past 52 weeks",
      "highest close", "35,112.40 is the 52-week closing low")
plant(B, "th2-highd", "date", DU, "as\n  recently as August 19", "as\n  recently as August 9", "August 9",
      "the 52-week closing high is from Aug 19, 2026")
plant(B, "th2-sinking", "trend", P, "is sinking fast", "is holding flat", "holding flat",
      "the 50-day fell 9.38% in 20 sessions: not flat")
plant(B, "th2-d50", "derived", V, "the index plays 10.45%", "the index plays 11.45%", "11.45%",
      "35,112.40 / 39,210.55 - 1 = -10.45%")
plant(B, "th2-undone", "negation", P, "and it has not been undone", "and it has already been undone",
      "already been undone", "the 50-day is still below the 200-day: the death cross holds")
plant(B, "th2-rsi", "indicator", IND, "is deeply oversold", "is firmly overbought", "overbought",
      "RSI 23.0 is oversold")
plant(B, "th2-cat", "magnitude", MG, "Friday's act was not a catastrophe",
      "Friday's act was a total catastrophe",
      "catastrophe", "a 0.88%, 0.6 ATR fall is no catastrophe")
plant(B, "th2-month", "timeframe", V, "The month: -8.56%", "The month: -3.07%", "-3.07%",
      "the 1-month move is -8.56%; -3.07% is the 5-day move", real=True)
plant(B, "th2-scale", "scale", SC, "up 1.11% to 6,901.69", "up 1.11% to $6,901.69", "$6,901.69",
      "the S&P 500 index is in points, not dollars")
plant(B, "th2-gap", "derived", DER, "trailed it by 1.99\n  points", "trailed it by 0.99\n  points", "0.99",
      "-0.88 - 1.11 = -1.99 points")
plant(B, "th2-thu", "history", V, "Thursday's performance closed at 35,425.24",
      "Thursday's performance closed at 35,758.32",
      "35,758.32", "Thursday Nov 19 closed at 35,425.24; 35,758.32 is Wednesday's", real=True)
plant(B, "th2-floor", "level", LW, "The set's floor is the round 35,000",
      "The set's floor is the round 35,800",
      "35,800", "a floor (support) above the 35,112.40 close")
plant(B, "th2-athd", "date", DU, "from November 13, 2024", "from November 13, 2025", "November 13, 2025",
      "the record close is from Nov 13, 2024")

B = "ooo-FRNT-2026-11-20"
clean(B, "FRNT-2026-11-20", "auto-reply", "txt",
      "an analyst's out-of-office auto-reply with a handover note on the frontier fund: return dates, an "
      "extension number, a floor number, cents in words, a fresh 52-week closing low and a gap against SPY",
      """\
Subject: Automatic reply: FRNT handover (out of office until Monday, November 30)

Thank you for your email. I am out of the office from Saturday, November 21, returning Monday, November 30,
  with limited access to email. For anything urgent please call the desk on extension 4417 or write to Jonas
  Berg.

Handover note for Jonas on the frontier fund, as of Friday's close (November 20, 2026):

- FRNT closed at $30.01, down twenty-six cents (-0.86%). That is a fresh 52-week closing low and the third
  down day in a row (-3.60% over the three). The underlying index, ^FSMI, fell 0.88% to 35,112.40.
- It is 10.45% under the 50-day ($33.51) and 19.73% under the 200-day ($37.38). Death cross since October 15.
- RSI 22.9 (oversold). Volume 7.8M against a 6.3M average.
- Week -3.07%, month -8.56%, year -18.34%. Still 32.49% below the $44.45 record close from November 2024.
- Levels: $30 just below is the only support I trust; resistance $31, then $32.39.
- While SPY rose 1.10%, FRNT fell: a gap of 1.96 points.

Best regards,
Ana Kowalczyk, Portfolio Analyst, 14th floor
""")

plant(B, "oo-cents", "words", V, "down twenty-six cents", "down sixteen cents", "sixteen",
      "FRNT's day move is -$0.26")
plant(B, "oo-scale", "scale", SC, "FRNT closed at $30.01", "FRNT closed at $35,112.40", "$35,112.40",
      "FRNT is an ETF near $30; 35,112.40 is its index's level", real=True)
plant(B, "oo-low", "pattern", P, "a fresh 52-week closing low", "a fresh 52-week closing high",
      "closing high",
      "$30.01 is the 52-week closing low")
plant(B, "oo-streak", "history", V, "the third\n  down day in a row", "the sixth\n  down day in a row",
      "sixth",
      "FRNT has closed lower three sessions in a row")
plant(B, "oo-side200", "pattern", P, "19.73% under the 200-day", "19.73% over the 200-day",
      "over the 200-day",
      "FRNT closed below its 200-day average")
plant(B, "oo-rsi", "indicator", IND, "RSI 22.9 (oversold)", "RSI 22.9 (overbought)", "overbought",
      "RSI 22.9 is oversold")
plant(B, "oo-res", "level", LW, "resistance $31, then", "resistance $29, then", "$29",
      "a resistance below the $30.01 close")
plant(B, "oo-dir", "direction", D, "While SPY rose 1.10%, FRNT fell", "While SPY rose 1.10%, FRNT rose too",
      "FRNT rose", "FRNT fell 0.86%")

B = "blotter-IWM-2026-11-20"
clean(B, "IWM-2026-11-20", "police-blotter", "md",
      "a local paper's tongue-in-cheek 'market blotter' of IWM's week: case numbers, loitering in a box, "
      "failure to keep pace, cents, four cited items with quoted phrases and a court date",
      """\
# Market Blotter: the Small-Cap Precinct, week ending Friday, Nov. 20

*From the Millbrook Gazette's tongue-in-cheek blotter, compiled by our night desk. Case numbers are ours.*

**Case 26-1120-01, loitering.** A fund known as IWM was again observed loitering between roughly $240 and
  $250. Officers noted a close of $244.30 on Friday, up 73 cents. Witnesses at Ledger Markets Daily said it
  has "traded for five weeks" in that box [1]. No arrest was made.

**Case 26-1120-02, failure to keep pace.** IWM trailed SPY for the sixth session in a row. SPY rose 1.10% and
  the Nasdaq 100 fund QQQ 1.90%; IWM managed 0.30%. Ledger reported that the Russell 2000 was trailing the
  Nasdaq 100 "by 1.6 percentage points" [2].

**Case 26-1120-03, suspicious history.** On Thursday IWM was found at $243.57; on Wednesday at $244.79. On
  Nov.
  12 it closed at $249.26, the top of its range, before turning lower. Tapewatch's Thursday report said the
  Russell 2000 was "stuck in a $10 box" [3].

**Case 26-1120-04, rates.** The 10-year yield slipped 7 basis points to 4.06% and the 2-year yield dropped to
  3.47%, per Macro Brief [4].

**Disposition.** Released on its own recognizance: the 50-day ($245.77) overhead, the 200-day ($230.77) well
  below. Next court date: the Fed, Wednesday, Dec. 9.

<<SOURCES>>
""", sources=("ld-smallcaps20", "ld-rebound20", "tw-box19", "mb-yields20"))

plant(B, "pb-quote", "quotation", NU, "\"traded for five weeks\"", "\"traded for six weeks\"", "six",
      "the cited item says 'five weeks'")
plant(B, "pb-cents", "value", V, "up 73 cents", "up 37 cents", "37 cents", "IWM's day move is $0.73")
plant(B, "pb-lagn", "history", V, "for the sixth session in a row", "for the ninth session in a row", "ninth",
      "IWM has trailed SPY six sessions in a row")
plant(B, "pb-qqq", "subject", V, "QQQ 1.90%", "QQQ 1.10%", "1.10%", "QQQ rose 1.90%; 1.10% is SPY's move",
      real=True)
plant(B, "pb-quote2", "quotation", NU, "\"by 1.6 percentage points\"", "\"by 2.6 percentage points\"", "2.6",
      "the cited item says 1.6 percentage points")
plant(B, "pb-nov12", "history", V, "12 it closed at $249.26", "12 it closed at $248.76", "$248.76",
      "Thursday Nov 12 closed at $249.26; $248.76 is Nov 11's close", real=True)
plant(B, "pb-cite", "citation", CS, "\"stuck in a $10 box\" [3]", "\"stuck in a $10 box\" [2]", "[2]",
      "source [2] is Ledger's Friday wrap; the '$10 box' is Tapewatch's, source [3]")
plant(B, "pb-2y", "value", NU, "dropped to\n  3.47%", "dropped to\n  3.57%", "3.57%",
      "the cited rates story says the 2-year fell to 3.47%")

B = "bridge-DIA-2026-11-20"
clean(B, "DIA-2026-11-20", "club-newsletter", "md",
      "a duplicate bridge club's newsletter with the treasurer's corner on the club's Dow fund: pairs "
      "percentages, table fees, bidding metaphors, DIA's third higher close, a box of 43 sessions and a "
      "quoted wire",
      """\
# The Grand Slam Gazette: Maplewood Duplicate Bridge Club, December issue

Last month's pairs winners: Edna and Frank (62.4%), then the Hallorans (58.9%). Table fees rise to $7 in
  January. Our 14-table Swiss teams game is on Saturday, December 12.

## Treasurer's corner: the club's Dow fund

Our reserve is in DIA, the Dow fund, and several of you asked how it bid on Friday, November 20. It closed
  at $471.60, up 0.60%, a third straight higher close. The Dow itself made 47,220.31. Five sessions: +1.10%.
  One month: -0.17%.

Like a partner who won't commit, DIA has spent 43 sessions between $464.29 and $474.50. It sits above both
  averages, the 50-day at $467.61 and the 200-day at $454.80, and the golden cross (October 2) is intact.
  The record close is $493.91, from January 12; DIA is still 4.52% below it. The put/call ratio is 1.14.

The Thursday before, Harbor Street reported that the Dow "added 0.1% to 46,946.60" while the S&P 500
  declined [1]. On Friday, Ledger's wrap had the Dow up 0.6% to 47,220.31 [2]. No need to double anything,
  partners; we pass.

<<SOURCES>>
""", sources=("hs-edge19", "ld-rebound20"))

plant(B, "br-streak", "history", V, "a third straight higher close", "a fifth straight higher close", "fifth",
      "DIA has closed higher three sessions in a row")
plant(B, "br-scale", "scale", SC, "The Dow itself made 47,220.31", "The Dow itself made $47,220.31",
      "$47,220.31",
      "the Dow index is in points, not dollars")
plant(B, "br-month", "timeframe", V, "One month: -0.17%", "One month: -0.72%", "-0.72%",
      "DIA's 1-month move is -0.17%; -0.72% is its YTD move", real=True)
plant(B, "br-sess", "history", V, "DIA has spent 43 sessions", "DIA has spent 23 sessions", "23",
      "the range is 43 sessions long")
plant(B, "br-golden", "negation", P, "the golden cross (October 2) is intact",
      "the golden cross (October 2) is no longer intact",
      "no longer intact", "the 50-day is above the 200-day: the golden cross holds")
plant(B, "br-quote", "quotation", NU, "\"added 0.1% to 46,946.60\"", "\"added 0.4% to 46,946.60\"", "0.4%",
      "the cited item says 0.1%")
plant(B, "br-cite", "citation", CU, "up 0.6% to 47,220.31 [2]", "up 0.6% to 47,220.31 [3]", "[3]",
      "there is no source [3]")

B = "letter-QQQ-2026-11-20"
clean(B, "QQQ-2026-11-20", "family-letter", "txt",
      "a twelve-year-old's letter to her grandmother about Grandma's tech fund: a birthday gift in dollars, "
      "bingo night, QQQ's Friday in a child's words, a teacher's saying in quotes, a cited headline and a "
      "pie size",
      """\
Dear Grandma Ruth,

Thank you for the birthday card and the $25! I am writing like you asked, with your "tech fund" news,
  because Dad says you check it every Friday after bingo.

On Friday, November 20, your QQQ closed at $626.40. It went up $11.68, which is 1.90%! That is a lot for
  one day: about one and a half times its usual daily wiggle (the grown-ups call it ATR). It beat the S&P
  fund, SPY, which went up 1.10%, and the Dow fund went up 0.60%. Mr. Okafor in my economics class says
  that is called "leadership."

It is still just under its best close ever, $629.76 on November 11, only 0.53% away. It is above its 50-day
  line ($614.02) and its 200-day line ($580.22). RSI is 56.4, which is not overbought. Over the year it is
  up 4.91%, and over the month 0.27%.

The newspaper said the Nasdaq 100 surged 1.9% as megacap tech powered Friday's rally [1]. I looked it up!

Next week is Thanksgiving and the market closes early on Friday the 27th. See you then. I'm bringing the
  pie (pecan, 9 inches).

Love, Maya (age 12, 7th grade)

<<SOURCES>>
""", sources=("hs-megacap20",), source_format="plain")

plant(B, "lt-close", "value", V, "your QQQ closed at $626.40", "your QQQ closed at $662.40", "$662.40",
      "QQQ closed at $626.40")
plant(B, "lt-lot", "magnitude", MG, "That is a lot for\n  one day", "That is tiny for\n  one day", "tiny",
      "a 1.90%, 1.6 ATR gain is not tiny")
plant(B, "lt-times", "words", V, "about one and a half times its usual daily wiggle",
      "about four times its usual daily wiggle", "four times", "the move was 1.6 ATR")
plant(B, "lt-spy", "subject", V, "SPY, which went up 1.10%", "SPY, which went up 0.60%", "0.60%",
      "SPY rose 1.10%; 0.60% is DIA's move", real=True)
plant(B, "lt-above50", "pattern", P, "It is above its 50-day\n  line", "It is below its 50-day\n  line",
      "below its 50-day", "QQQ closed above its 50-day average")
plant(B, "lt-recd", "date", DU, "$629.76 on November 11", "$629.76 on November 12", "November 12",
      "the record close is from Nov 11, 2026 (Nov 12 is the intraday high's day)", real=True)
plant(B, "lt-away", "value", V, "only 0.53% away", "only 1.53% away", "1.53%",
      "QQQ is 0.53% below its record close")
plant(B, "lt-ytd", "timeframe", V, "Over the year it is\n  up 4.91%", "Over the year it is\n  up 1.28%",
      "1.28%",
      "QQQ's YTD move is 4.91%; 1.28% is its 5-day move", real=True)
plant(B, "lt-cite", "citation", CU, "Friday's rally [1]", "Friday's rally [2]", "[2]",
      "there is no source [2]")

README = kit.blind_readme(13)

# ---------------------------------------------------------------- scoring and the command line

evaluate, report = SET.evaluate, SET.report  # what tests/test_verify_holdout13.py runs

if __name__ == "__main__":
    raise SystemExit(SET.main(sys.argv[1:], doc=__doc__ or "", readme=README))
