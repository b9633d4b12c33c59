"""Write the fifteenth blind holdout set for the verifier to tests/data/verify_holdout15/ (deterministic).

    .venv/bin/python scripts/make_verify_holdout15.py            # (re)write the set
    .venv/bin/python scripts/make_verify_holdout15.py --check    # exit 1 if the files on disk differ
    .venv/bin/python scripts/make_verify_holdout15.py --score    # run the verifier over the set, report

Written for issue 14 by someone who had read neither `pipeline/verify/` nor the texts of the
evaluation set or of the first fourteen holdouts (only the shared plumbing in
`scripts/verify_eval/holdout_kit.py`, `tests/holdout_helpers.py`, `tests/test_verify_holdout14.py`,
the top and the bottom of `scripts/make_verify_holdout14.py`, the other generators' module docstrings
(to learn which voices were taken), `pipeline/facts.py`, `pipeline/contracts/` and the README's
verifier section), and who did not run the verifier on these texts before the blind score. The voices
are ones the earlier sets did not use: a cricket ball-by-ball commentary, a military-style
situation report, a one-act stage play set in a bar, a parody sermon, a letters-to-the-editor page, a
lab notebook, notes translated from Afrikaans, Icelandic, Persian and Catalan, a beekeeper's hive
inspection log, a tarot reader's three-card spread, a knitting pattern, a pub bingo caller's patter, an
estate agent's property listing, a job posting, a fitness app's weekly report, a gardening column, a
zookeeper's shift log and a dating-app profile.

Every figure of a clean text was typed by hand from `pipeline.facts.build_fact_sheet(...)` of the
case's snapshot, of a peer in the same file, of the snapshot's dated bars (`recent_sessions`,
`recent_closes`, `recent_highs`, `recent_lows`), of the 50/200-day slopes the snapshot carries
(`trend.sma_50_slope_pct`, `trend.sma_200_slope_pct`), or from the text of a cited source;
approximations ("nearly double", "roughly two to one") were checked against the same values. Page
furniture, years, counts of things, ages, clock times, prices of things that are not market data and
percentages of things that are not markets are there on purpose. The snapshots and sources are frozen
copies in tests/data/verify_holdout15/context/ (copied from tests/data/verify_holdout14/context/,
itself a copy of holdout 13's, taken from tests/data/verify_eval/, on 2026-12-06; each carries 64 dated
bars). Each planted case is one clean text with one exact substitution and one expected finding whose
code is the README's documented one for that fault; its note says why that code.

The blind score (once, on main at b7063902, the set frozen in f05faec2, landed unchanged as c21737aa):
391/479 planted errors caught (0.82), 28 error findings on the 20 clean texts (1.40 per text), 431/479
planted spots flagged by an error finding of some code. Per kind, caught/planted: value 60/78, scale
8/11, derived 21/28, direction 13/23, indicator 23/24, pattern 10/12, level 37/44, setup 14/16, date
44/46, citation 10/12, subject 16/18, timeframe 16/16, negation 14/17, quotation 15/16, trend 15/19,
history 54/73, words 13/16, magnitude 8/10. scripts/verify_eval/holdout15_score.md has the table, the
findings per clean text and the misses and false alarms by mechanism.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verify_eval import holdout_kit as kit  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- the clean texts

U = kit.FIXTURE_URLS  # the ingested items cited, by a short name

SET = kit.HoldoutSet("holdout15", REPO, U)  # the kit's source formats (md, plain, foot, paren)
OUT = SET.out
CLEAN = SET.texts
clean = SET.clean

plant = SET.plant_wrapped  # old/new/span may carry the texts' continuation breaks

V, D, P, IND, DU, WM, LW, NU, MG, DER, SC, SG, SRR, CU, CS = kit.CODES

# A line starting with exactly two spaces continues the line before it. `<<SOURCES>>` becomes the
# Sources block. Figures are typed, not slotted: each was read off the key's fact sheet. Each text's
# planted errors follow it.

B = "cricket-SPY-2026-11-20"
clean(B, "SPY-2026-11-20", "commentary", "txt",
      "a cricket ball-by-ball commentary of Friday's session, overs for half-hours, with a scorecard "
      "table, a summariser's century at Lord's and two quoted wire lines",
      """\
LIVE: Wall Street XI v The Bears, Friday 20 November 2026, day five of the Test (the week)
Ball-by-ball from the press box, with apologies to everyone who plays the real game.

Toss and conditions. The SPDR S&P 500 ETF walked out at $681.15, a shade above Thursday's close of
  $680.51. Pitch report: the ball had been keeping low all week. SPY had closed at $680.53 the
  previous Friday, fell to $679.84 on Tuesday, recovered to $681.88 on Wednesday and slipped back
  on Thursday.

Over 3.4: nearly a wicket. SPY dipped to $679.36, the low of the day, and the slip cordon was
  licking its lips. The support at $678.45, tested twice already, was never reached.

Over 17.2: FOUR! Technology drives through the covers. QQQ went on to finish up 1.90% at $626.40,
  and the captain, SPY, rose 1.10%, trailing QQQ by 0.80 of a point. DIA added 0.60%, and IWM
  scratched out 0.30%. Ledger Markets Daily had the tail-enders in mind: "the Russell 2000 climbed
  0.3%, trailing the Nasdaq 100 by 1.6 percentage points" [1].

Over 38.5: the close. SPY finished at $688.00, up $7.49, with the day's high at $689.87, so it
  carried its bat almost to the top of the day's range. Volume came to 118.3 million shares, nearly
  double its 20-day norm of 64.9 million: a packed ground.

Scorecard, end of play:

| batter | close | day | 5 sessions |
|---|---|---|---|
| SPY | $688.00 | +1.10% | +1.10% |
| QQQ | $626.40 | +1.90% | +1.28% |
| DIA | $471.60 | +0.60% | +1.10% |
| IWM | $244.30 | +0.30% | -1.10% |

Tea break, and the commentary box. "The averages are in good nick," says our summariser, a former
  opener who once made 112 at Lord's in 1994. SPY is 1.11% above its 50-day average of $680.43 and
  6.48% above its 200-day of $646.13. The golden cross, dated September 21, is 44 sessions old. The
  50-day has climbed about 1.8% in twenty sessions; the 200-day is nearly flat, up 0.13%. RSI is
  55.0, neither overbought nor oversold, and MACD at 0.82 is still below its signal at 1.59, so the
  bowlers have not lost this one yet.

The target to chase. The record close is $694.71 from Thursday, October 22, and Friday's finish
  sat 0.97% below it; that level has been tested five times. Over the month SPY is down 0.97%, and
  since January 1 it is up 3.28%. The plan for the next innings: a long only on a close above
  $697.09, stop $690.03, target $710.97, roughly two to one.

Weather for the next session: the VIX fell 9.30% to 15.60. Stumps until Wednesday, December 9,
  when the Fed decides; CPI follows on Thursday, December 10. Harbor Street Wire summed up the
  afternoon: "Megacap technology shares roared back on Friday" [2].

<<SOURCES>>
""", sources=("ld-rebound20", "hs-megacap20"), source_format="plain")
plant(B, "ck-close", "value", V, "SPY finished at $688.00, up", "SPY finished at $688.60, up", "$688.60",
      "SPY closed at $688.00")
plant(B, "ck-vol", "value", V, "Volume came to 118.3 million", "Volume came to 121.3 million",
      "121.3 million",
      "volume was 118.3M")
plant(B, "ck-double", "words", V, "nearly\n  double its", "nearly\n  triple its", "triple",
      "the volume ratio is 1.8: nearly double, not triple")
plant(B, "ck-tue", "history", V, "fell to $679.84 on Tuesday", "fell to $677.84 on Tuesday", "$677.84",
      "SPY closed at $679.84 on Tue Nov 17")
plant(B, "ck-wed", "history", V, "recovered to $681.88 on", "recovered to $682.48 on", "$682.48",
      "SPY closed at $681.88 on Wed Nov 18")
plant(B, "ck-subj", "subject", V, "SPY, rose 1.10%, trailing", "SPY, rose 0.60%, trailing", "0.60%",
      "0.60% is DIA's day; SPY rose 1.10%", real=True)
plant(B, "ck-div", "derived", DER, "by 0.80 of a point", "by 1.20 of a point", "1.20",
      "1.90 - 1.10 = 0.80")
plant(B, "ck-dia", "direction", D, "DIA added 0.60%", "DIA lost 0.60%", "lost", "DIA rose 0.60%")
plant(B, "ck-mag", "magnitude", MG, "IWM\n  scratched out 0.30%", "IWM\n  soared 0.30%", "soared",
      "IWM's 0.30% is about a quarter of its ATR")
plant(B, "ck-quote", "quotation", NU, "by 1.6 percentage points\" [1]", "by 2.6 percentage points\" [1]",
      "2.6", "the source says 1.6 percentage points")
plant(B, "ck-cite", "citation", CU, "percentage points\" [1]", "percentage points\" [3]", "[3]",
      "there is no source [3]")
plant(B, "ck-low", "scale", SC, "SPY dipped to $679.36", "SPY dipped to 6,793.60", "6,793.60",
      "SPY quoted on the S&P 500's scale")
plant(B, "ck-sup", "level", LW, "The support at $678.45, tested", "The support at $698.45, tested", "$698.45",
      "a support above the $688.00 close")
plant(B, "ck-200", "value", V, "6.48% above its 200-day", "6.84% above its 200-day", "6.84%",
      "pct_vs_sma_200 is 6.48%")
plant(B, "ck-death", "pattern", P, "The golden cross, dated", "The death cross, dated", "death cross",
      "the 50-day is above the 200-day: a golden cross")
plant(B, "ck-crossdate", "date", DU, "dated September 21, is", "dated September 24, is", "September 24",
      "the cross is dated Sep 21, 2026")
plant(B, "ck-flat", "trend", P, "the 200-day is nearly flat, up 0.13%",
      "the 200-day is rising steeply, up 0.13%",
      "rising steeply", "the 200-day moved 0.13% in 20 sessions")
plant(B, "ck-rsi", "indicator", IND, "neither overbought nor oversold", "firmly in overbought territory",
      "overbought", "RSI 55.0 is neutral")
plant(B, "ck-macd", "negation", IND, "is still below its signal", "is no longer below its signal",
      "no longer below", "MACD 0.82 is below its signal 1.59")
plant(B, "ck-wd", "date", WM, "from Thursday, October 22", "from Tuesday, October 22", "Tuesday",
      "Oct 22, 2026 was a Thursday")
plant(B, "ck-touch", "level", V, "tested five times", "tested eight times", "eight",
      "the record level has 5 touches")
plant(B, "ck-ytd", "timeframe", V, "since January 1 it is up 3.28%", "over five sessions it is up 3.28%",
      "3.28%", "3.28% is the YTD move; the 5-day move is 1.10%")
plant(B, "ck-rr", "setup", SRR, "roughly two to one", "roughly four to one", "four to one",
      "(710.97-697.09)/(697.09-690.03) = 2.0")
plant(B, "ck-fed", "date", WM, "Stumps until Wednesday, December 9", "Stumps until Tuesday, December 9",
      "Tuesday", "Dec 9, 2026 is a Wednesday")

B = "sitrep-QQQ-2026-11-20"
clean(B, "QQQ-2026-11-20", "sitrep", "txt",
      "a military-style situation report from a trading desk calling itself Task Force Nasdaq, in "
      "numbered paragraphs with a date-time group, an extension number and a sergeant on duty",
      """\
SITREP 047 // TASK FORCE NASDAQ // DTG 202215Z NOV 26 // UNCLASSIFIED (PARODY)
FROM: OPS DESK, 3RD FLOOR. TO: ALL STATIONS. COPY: THE COFFEE MACHINE.

1. SITUATION. The Invesco QQQ Trust closed at $626.40, up $11.68, or 1.90%, after opening at
  $618.09 against Thursday's close of $614.72. The position was threatened only briefly in the
  opening hour, when QQQ touched $614.90, and the high of the day was $631.45. Assessment: QQQ
  rallied hard. The Nasdaq 100 itself advanced 1.89% to 25,753.96.

2. ENEMY. Sellers held the ground most of the week and then withdrew. QQQ closed at $615.97 on
  Tuesday, November 17, recovered to $618.43 on Wednesday and gave ground again to $614.72 on
  Thursday. Tapewatch's Tuesday report had QQQ "2.2% short of the record close of $629.76 it posted
  on Nov. 11" [1].

3. FRIENDLY FORCES, FLANKS. SPY advanced 1.10% to $688.00, DIA 0.60% to $471.60 and IWM only 0.30%
  to $244.30. QQQ outran SPY by 0.80 points and IWM by 1.60. Over five sessions QQQ is up 1.28%;
  over one month, up 0.27%; for the year, up 4.91%.

4. TERRAIN. The unit holds 2.02% above its 50-day average at $614.02 and 7.96% above its 200-day at
  $580.22. The golden cross has stood since July 27, 83 sessions ago. The 50-day gained about 1.5%
  in twenty sessions, and the 200-day crept up 0.23%. RSI 56.4: troops rested, not exhausted. MACD
  1.96 remains under its signal line at 2.46; no crossover confirmed.

5. OBSTACLES. First resistance $627.27, tested twice, then the record close of $629.76 from
  Wednesday, November 11, which QQQ now trails by 0.53%, and $632.37, the intraday peak of
  November 12. Support behind the lines: $623.73 (two tests), the round $620, the 50-day at $614.02
  and $610.21, the floor of the 29-session range, which spans 3.20%.

6. LOGISTICS. Ammunition consumption heavy: 86.8 million shares, twice the 20-day average of 44.3
  million. The day's move measured 1.6 times the average true range of $8.05, a real advance, not a
  skirmish.

7. MISSION FOR NEXT PERIOD. Long on a break above $630.00, stop $621.95, objective $649.31; reward
  to risk 2.4. Expiry reference: max pain $630.00 for the November 27 contracts; put/call 1.32. From
  the flank, Harbor Street Wire: "Semiconductor shares were the strongest group" [2].

8. COMMAND AND SIGNAL. Next scheduled contact: Fed decision Wednesday, December 9 (13 sessions),
  CPI Thursday, December 10. Radio silence until 0800 Monday. Sergeant Okafor has the duty phone
  (ext. 4471). OUT.

<<SOURCES>>
""", sources=("tw-nasdaq17", "hs-megacap20"))
plant(B, "sr-close", "value", V, "Trust closed at $626.40, up", "Trust closed at $624.40, up", "$624.40",
      "QQQ closed at $626.40")
plant(B, "sr-open", "value", V, "after opening at\n  $618.09", "after opening at\n  $619.09", "$619.09",
      "QQQ opened at $618.09")
plant(B, "sr-mag", "magnitude", MG, "QQQ\n  rallied hard", "QQQ\n  edged up", "edged up",
      "a 1.90% gain of 1.6 ATR is not an edge")
plant(B, "sr-tue", "history", V, "QQQ closed at $615.97 on", "QQQ closed at $617.97 on", "$617.97",
      "QQQ closed at $615.97 on Tue Nov 17")
plant(B, "sr-wed", "history", V, "recovered to $618.43 on Wednesday", "recovered to $619.43 on Wednesday",
      "$619.43", "QQQ closed at $618.43 on Wed Nov 18")
plant(B, "sr-quote", "quotation", NU, "\"2.2% short of", "\"2.6% short of", "2.6%",
      "the Tapewatch story says 2.2%")
plant(B, "sr-cite", "citation", CU, "on Nov. 11\" [1]", "on Nov. 11\" [4]", "[4]", "there is no source [4]")
plant(B, "sr-dia", "subject", V, "DIA 0.60% to $471.60", "DIA 0.30% to $471.60", "0.30%",
      "0.30% is IWM's day; DIA rose 0.60%", real=True)
plant(B, "sr-div", "derived", DER, "and IWM by 1.60", "and IWM by 1.40", "1.40", "1.90 - 0.30 = 1.60")
plant(B, "sr-month", "timeframe", V, "over one month, up 0.27%", "over one month, up 4.91%", "4.91%",
      "4.91% is the YTD move; the month is 0.27%", real=True)
plant(B, "sr-200", "value", V, "7.96% above its 200-day", "7.69% above its 200-day", "7.69%",
      "pct_vs_sma_200 is 7.96%")
plant(B, "sr-cross", "date", DU, "since July 27, 83", "since July 29, 83", "July 29",
      "the golden cross is dated Jul 27, 2026")
plant(B, "sr-83", "history", V, "83 sessions ago", "93 sessions ago", "93", "the cross is 83 sessions old")
plant(B, "sr-slope", "trend", P, "the 200-day crept up 0.23%", "the 200-day slid 0.23%", "slid",
      "the 200-day rose 0.23% over 20 sessions")
plant(B, "sr-rsi", "indicator", IND, "troops rested, not exhausted", "troops exhausted, deeply overbought",
      "overbought", "RSI 56.4 is not overbought")
plant(B, "sr-macd", "negation", IND, "1.96 remains under its signal", "1.96 is not under its signal",
      "not under", "MACD 1.96 is below its signal 2.46")
plant(B, "sr-res", "level", LW, "First resistance $627.27", "First resistance $622.27", "$622.27",
      "a resistance below the $626.40 close")
plant(B, "sr-sup", "level", LW, "Support behind the lines: $623.73", "Support behind the lines: $628.73",
      "$628.73", "a support above the $626.40 close")
plant(B, "sr-wd", "date", WM, "Wednesday, November 11, which", "Thursday, November 11, which", "Thursday",
      "Nov 11, 2026 was a Wednesday")
plant(B, "sr-ath", "value", V, "now trails by 0.53%", "now trails by 0.35%", "0.35%",
      "QQQ is 0.53% below its record close")
plant(B, "sr-scale", "scale", SC, "the round $620, the", "the round 25,200, the", "25,200",
      "a QQQ support on the Nasdaq 100's scale")
plant(B, "sr-twice", "words", V, "twice the 20-day average", "three times the 20-day average",
      "three times", "the volume ratio is 2.0")
plant(B, "sr-stop", "setup", SG, "stop $621.95, objective", "stop $631.95, objective", "$631.95",
      "a long's stop above its $630.00 entry")
plant(B, "sr-rr", "setup", SRR, "reward\n  to risk 2.4", "reward\n  to risk 3.7", "3.7",
      "(649.31-630)/(630-621.95) = 2.4")
plant(B, "sr-exp", "date", DU, "the November 27 contracts", "the November 28 contracts", "November 28",
      "the options expiry is Nov 27, 2026")

B = "play-GSPC-2026-11-20"
clean(B, "idx_GSPC-2026-11-20", "play", "txt",
      "a one-act stage play set in a bar near the exchange, with stage directions, a retired floor "
      "clerk, an index analyst and a stagehand who asks questions, and two cited wire lines",
      """\
THE CLOSING BELL
A play in one act. Scene 2: a bar near the exchange, Friday 20 November 2026, 4:15 p.m.

(MARGARET, 58, a retired floor clerk, and DEV, 31, an index analyst, at a table. A television over
  the bar shows the S&P 500. A STAGEHAND wanders through with a ladder.)

DEV: It closed at 6,901.69. Up 75.63 points, 1.11%. You can stop pretending you're not looking.

MARGARET: I looked at the open. 6,833.00, against Thursday's 6,826.06, and I said to myself, that is
  a polite gap, nothing more. Then it sagged to 6,815.01 before lunch.

DEV: And up to 6,920.40 by the afternoon. It finished near the top of the day's range.

MARGARET: (sipping) In my day we'd have called that a good Friday. What about the week?

DEV: Up 1.10% over five sessions. It closed at 6,826.92 last Friday, then 6,855.03 on Monday,
  "staying above its 50-day moving average," as Tapewatch put it [2], then 6,821.04 on Tuesday,
  6,841.38 on Wednesday and 6,826.06 on Thursday. A week of going nowhere and then one big
  afternoon.

MARGARET: And the month?

DEV: Down 0.95%. The year, up 3.33%. The record close is 6,968.14, from Thursday, October 22; we're
  0.95% under it. That level has stopped it three times.

(The STAGEHAND sets the ladder against the wall, climbs two rungs, and listens.)

STAGEHAND: What about the Nasdaq lot?

DEV: The Nasdaq 100 gained 1.89% to 25,753.96, so the S&P trailed it by 0.78 of a point. The Dow
  added 0.58% to 47,220.31 and the Russell 2000 just 0.30%, to 2,456.17. The VIX dropped 9.30% to
  15.60.

MARGARET: Averages. I always ask about the averages.

DEV: 1.13% above the 50-day at 6,824.87 and 6.50% above the 200-day at 6,480.69. Golden cross since
  September 21, 44 sessions. The 50-day rose about 1.8% in twenty sessions; the 200-day barely moved,
  0.13%. RSI 54.9, middle of the road. MACD 8.49, below its signal of 16.37.

MARGARET: So the momentum isn't there yet.

DEV: Not yet. Resistance at 6,949.67, two tests, then the record at 6,968.14 and the round 7,000.
  Support at 6,805.34, the bottom of the 29-session range, tested twice, and 6,724.30 below that. The
  range is only 2.39% wide.

STAGEHAND: And if it breaks out?

DEV: A long waits above 6,992.05, the intraday record, with a stop at 6,921.16 and a target of
  7,130.94. About two to one.

MARGARET: (standing, putting on her coat) Ledger Markets Daily said it better than you: "the S&P 500
  climbed 1.1% to 6,901.69" [1]. And the Fed is on Wednesday, December 9. I'll be back for that.
  I've been coming to this bar since 1987.

(Lights down. The television keeps flickering. Curtain.)

<<SOURCES>>
""", sources=("ld-rebound20", "tw-50day16"), source_format="paren")
plant(B, "pl-close", "value", V, "It closed at 6,901.69. Up", "It closed at 6,911.69. Up", "6,911.69",
      "the S&P 500 closed at 6,901.69")
plant(B, "pl-pts", "value", V, "Up 75.63 points", "Up 57.63 points", "57.63", "the change was 75.63 points")
plant(B, "pl-open", "value", V, "the open. 6,833.00, against", "the open. 6,843.00, against", "6,843.00",
      "the open was 6,833.00")
plant(B, "pl-fri", "history", V, "closed at 6,826.92 last Friday", "closed at 6,862.92 last Friday",
      "6,862.92", "the close of Fri Nov 13 was 6,826.92")
plant(B, "pl-tue", "history", V, "then 6,821.04 on Tuesday", "then 6,812.04 on Tuesday", "6,812.04",
      "the close of Tue Nov 17 was 6,821.04")
plant(B, "pl-wed", "history", V, "6,841.38 on Wednesday", "6,814.38 on Wednesday", "6,814.38",
      "the close of Wed Nov 18 was 6,841.38")
plant(B, "pl-month", "direction", D, "Down 0.95%. The year", "Up 0.95%. The year", "Up 0.95%",
      "the 1-month move is -0.95%")
plant(B, "pl-ytd", "timeframe", V, "The year, up 3.33%", "The year, up 1.11%", "1.11%",
      "1.11% is the day's move; the YTD move is 3.33%", real=True)
plant(B, "pl-wd", "date", WM, "from Thursday, October 22", "from Friday, October 22", "Friday",
      "Oct 22, 2026 was a Thursday")
plant(B, "pl-touch", "level", V, "stopped it three times", "stopped it five times", "five",
      "the record level 6,968.14 has 3 touches")
plant(B, "pl-ndx", "subject", V, "The Nasdaq 100 gained 1.89%", "The Nasdaq 100 gained 1.11%", "1.11%",
      "1.11% is the S&P 500's move; the Nasdaq 100 gained 1.89%", real=True)
plant(B, "pl-div", "derived", DER, "trailed it by 0.78 of a point", "trailed it by 0.38 of a point", "0.38",
      "1.89 - 1.11 = 0.78")
plant(B, "pl-vix", "direction", D, "The VIX dropped 9.30%", "The VIX jumped 9.30%", "jumped",
      "the VIX fell 9.30%")
plant(B, "pl-200", "value", V, "6.50% above the 200-day", "6.05% above the 200-day", "6.05%",
      "pct_vs_sma_200 is 6.50%")
plant(B, "pl-cross", "pattern", P, "Golden cross since", "Death cross since", "Death cross",
      "the 50-day is above the 200-day")
plant(B, "pl-slope", "trend", P, "the 200-day barely moved,", "the 200-day plunged,", "plunged",
      "the 200-day rose 0.13% over 20 sessions")
plant(B, "pl-rsi", "indicator", IND, "RSI 54.9, middle of the road", "RSI 54.9, deep in oversold territory",
      "oversold", "RSI 54.9 is neutral")
plant(B, "pl-macd", "negation", IND, "MACD 8.49, below its signal", "MACD 8.49, not below its signal",
      "not below", "MACD 8.49 is below its signal 16.37")
plant(B, "pl-res", "level", LW, "Resistance at 6,949.67", "Resistance at 6,849.67", "6,849.67",
      "a resistance below the 6,901.69 close")
plant(B, "pl-sup", "level", LW, "Support at 6,805.34", "Support at 6,950.34", "6,950.34",
      "a support above the 6,901.69 close")
plant(B, "pl-range", "history", V, "the 29-session range", "the 39-session range", "39",
      "the range has lasted 29 sessions")
plant(B, "pl-stop", "setup", SG, "with a stop at 6,921.16", "with a stop at 7,021.16", "7,021.16",
      "a long's stop above its 6,992.05 entry")
plant(B, "pl-rr", "setup", SRR, "About two to one", "About four to one", "four to one",
      "(7130.94-6992.05)/(6992.05-6921.16) = 2.0")
plant(B, "pl-quote", "quotation", NU, "climbed 1.1% to 6,901.69\" [1]", "climbed 1.4% to 6,901.69\" [1]",
      "1.4%", "the source says 1.1%")
plant(B, "pl-cite", "citation", CU, "as Tapewatch put it [2]", "as Tapewatch put it [5]", "[5]",
      "there is no source [5]")
plant(B, "pl-fed", "date", DU, "Wednesday, December 9", "Wednesday, December 2", "December 2",
      "the Fed decision is on Dec 9, 2026")
plant(B, "pl-scale", "scale", SC, "and the round 7,000", "and the round $700", "$700",
      "an S&P 500 level in dollars, on SPY's scale")

B = "sermon-DIA-2026-11-20"
clean(B, "DIA-2026-11-20", "sermon", "md",
      "a parody sermon on the patience of blue chips, with a psalm reference, a hymn number, the "
      "week told day by day as small things faithfully added, and two quoted wire lines",
      """\
# On the Patience of Blue Chips

*Sermon for the last Sunday after Pentecost, 22 November 2026. The Wall Street Chapel (a parody).
  Text: Psalm 37:7.*

Brothers and sisters, sit down; the collection plate will come round after hymn number 412.

Let us begin with the good news. On Friday the SPDR Dow Jones Industrial Average ETF, DIA, closed
  at $471.60, up $2.81, or 0.60%. It was the third up close in a row, and over those three days the
  fund gained 1.00%. It did not leap; it walked. The Dow itself rose 0.58% to 47,220.31.

And what of the days before? I tell you, they were days of small things. DIA closed at $466.45 the
  Friday before, at $467.85 on Monday, slipped to $466.92 on Tuesday, rose to $468.32 on Wednesday
  and to $468.79 on Thursday. Ledger Markets Daily wrote on Monday that "Blue chips edged up" [1],
  and Tapewatch on Wednesday that "The Dow Jones Industrial Average gained 0.3%" [2]. Small gains,
  faithfully added. Over the week, 1.10%.

Now consider the lilies of the Nasdaq. QQQ rose 1.90% and SPY 1.10%, and DIA trailed SPY by half a
  point. The proud were not humbled this time. But the small shall not be forgotten: IWM added only 0.30%,
  and DIA beat it by 0.30 of a point.

Yet I must also speak of the wilderness. Over the month DIA is down 0.17%, and for the year it is down 0.72%.
  The record close, $493.91, was set on Monday, January 12, and the fund stands 4.52% beneath it: ten
  months of waiting. The low of the year, $423.43, came on April 30.

Where is our rock? It is the 50-day average at $467.61, tested four times, and DIA stands 0.85% above
  it. The 200-day at $454.80 lies 3.69% below. The golden cross came on October 2, 35 sessions ago,
  and it has not been taken from us. But hear this: the 200-day has sagged 0.32% over twenty
  sessions, while the 50-day has risen about 0.75%.

Be not proud. The RSI is 55.5, neither overbought nor oversold. MACD, at 0.34, is still below its signal at
  0.47.
  The fund has been in a box for 43 sessions, from $464.29 to $474.50, a range only 2.20% wide.
  Resistance waits at $473.00, tested three times, and at $476.13, also tested three times. Support
  lies at $470 and at $467.61.

Volume on Friday was 5.5 million shares against a 20-day average of 3.4 million, about one and a
  half times the usual congregation.

The Fed meets on Wednesday, December 9, thirteen sessions from now. Go in peace, and do not sell
  everything on a Tuesday.

<<SOURCES>>
""", sources=("ld-bluechips16", "tw-dow18"))
plant(B, "se-close", "value", V, "at $471.60, up $2.81", "at $471.90, up $2.81", "$471.90",
      "DIA closed at $471.60")
plant(B, "se-chg", "value", V, "up $2.81, or 0.60%", "up $3.81, or 0.60%", "$3.81", "the change was $2.81")
plant(B, "se-streak", "history", V, "the third up close in a row", "the fifth up close in a row", "fifth",
      "the close streak is 3 sessions")
plant(B, "se-streakpct", "history", V, "fund gained 1.00%", "fund gained 1.40%", "1.40%",
      "the 3-session streak gained 1.00%")
plant(B, "se-fri", "history", V, "DIA closed at $466.45 the", "DIA closed at $465.45 the", "$465.45",
      "DIA closed at $466.45 on Fri Nov 13")
plant(B, "se-mon", "history", V, "at $467.85 on Monday", "at $468.85 on Monday", "$468.85",
      "DIA closed at $467.85 on Mon Nov 16")
plant(B, "se-tue", "history", V, "slipped to $466.92 on Tuesday", "slipped to $465.92 on Tuesday", "$465.92",
      "DIA closed at $466.92 on Tue Nov 17")
plant(B, "se-wed", "direction", D, "rose to $468.32 on Wednesday", "fell to $468.32 on Wednesday", "fell",
      "from $466.92 on Tuesday to $468.32 on Wednesday is a rise")
plant(B, "se-quote", "quotation", NU, "Average gained 0.3%\" [2]", "Average gained 0.8%\" [2]", "0.8%",
      "the Tapewatch story says 0.3%")
plant(B, "se-cite", "citation", CU, "\"Blue chips edged up\" [1]", "\"Blue chips edged up\" [4]", "[4]",
      "there is no source [4]")
plant(B, "se-qqq", "subject", V, "QQQ rose 1.90% and", "QQQ rose 0.60% and", "0.60%",
      "0.60% is DIA's own day; QQQ rose 1.90%", real=True)
plant(B, "se-mag", "magnitude", MG, "IWM added only 0.30%", "IWM soared 0.30%", "soared",
      "IWM's 0.30% is a quarter of its ATR")
plant(B, "se-div", "derived", DER, "beat it by 0.30 of a point", "beat it by 0.40 of a point", "0.40",
      "0.60 - 0.30 = 0.30")
plant(B, "se-ytd", "timeframe", V, "for the year it is down 0.72%", "for the year it is down 0.17%", "0.17%",
      "0.17% is the month's fall; the YTD move is -0.72%", real=True)
plant(B, "se-ath", "value", V, "stands 4.52% beneath it", "stands 5.42% beneath it", "5.42%",
      "DIA is 4.52% below its record close")
plant(B, "se-wd", "date", WM, "on Monday, January 12", "on Friday, January 12", "Friday",
      "Jan 12, 2026 was a Monday")
plant(B, "se-low", "date", DU, "came on April 30", "came on April 13", "April 13",
      "the 52-week low was on Apr 30, 2026")
plant(B, "se-touch", "level", V, "tested four times", "tested six times", "six",
      "the 50-day level has 4 touches")
plant(B, "se-200", "value", V, "lies 3.69% below", "lies 3.96% below", "3.96%", "pct_vs_sma_200 is 3.69%")
plant(B, "se-cross", "date", DU, "came on October 2, 35", "came on October 9, 35", "October 9",
      "the golden cross is dated Oct 2, 2026")
plant(B, "se-slope", "trend", P, "the 200-day has sagged 0.32%", "the 200-day has climbed 0.32%", "climbed",
      "the 200-day fell 0.32% over 20 sessions")
plant(B, "se-rsi", "indicator", IND, "55.5, neither overbought nor oversold", "55.5, deeply oversold",
      "oversold", "RSI 55.5 is neutral")
plant(B, "se-macd", "negation", IND, "is still below its signal at 0.47",
      "is no longer below its signal at 0.47",
      "no longer below", "MACD 0.34 is below its signal 0.47")
plant(B, "se-box", "history", V, "in a box for 43 sessions", "in a box for 34 sessions", "34",
      "the range has lasted 43 sessions")
plant(B, "se-res", "level", LW, "Resistance waits at $473.00", "Resistance waits at $463.00", "$463.00",
      "a resistance below the $471.60 close")
plant(B, "se-sup", "level", LW, "lies at $470 and", "lies at $478 and", "$478",
      "a support above the $471.60 close")
plant(B, "se-vol", "words", V, "about one and a\n  half times", "about three\n  times", "three",
      "the volume ratio is 1.6")
plant(B, "se-13", "words", V, "thirteen sessions from now", "eighteen sessions from now", "eighteen",
      "the Fed decision is 13 sessions away")
plant(B, "se-fedwd", "date", WM, "on Wednesday, December 9", "on Thursday, December 9", "Thursday",
      "Dec 9, 2026 is a Wednesday")

B = "letters-IWM-2026-11-20"
clean(B, "IWM-2026-11-20", "letters", "txt",
      "a weekend newspaper's letters-to-the-editor page on small caps, four readers signing with their "
      "towns, ages, years of holding and a retired chartist's career in brackets",
      """\
LETTERS TO THE EDITOR: The Weekend Ledger, Saturday 21 November 2026

Small caps: stuck in the mud

Sir, I have held the iShares Russell 2000 ETF since 2019 and I write in some despair. On Friday,
  when SPY rose 1.10% and QQQ 1.90%, my fund closed at $244.30, up a miserable 0.30%, or 73 cents.
  It has now trailed SPY for six sessions in a row. Over the week it lost 1.10%, over the month 1.65%,
  and for the whole year it is up a mere 0.42%. I am 71 years old and would like to see the record
  close of $257.77, set on Friday, November 28, 2025, again before I am 80; the fund is 5.23% below it.
  Harold Pemberton, Tunbridge Wells

A range, not a rut

Sir, Mr Pemberton should cheer up. IWM has spent 25 sessions between $241.00 and $249.26, a box just
  3.43% wide, and Ledger Markets Daily reported that it is "still boxed between roughly $240 and $250,
  where it has traded for five weeks" [1]. The fund closed at $249.26 on Thursday, November 12, the
  best close of the range, fell to $247.01 on the Friday, and has drifted since: $245.28 on Tuesday,
  $244.79 on Wednesday and $243.57 on Thursday. Friday's bounce was small but real.
  Priya Raman, Leeds

The averages tell the story

Sir, As a retired chartist (39 years, two bear markets, one divorce), may I point out that IWM sits
  0.60% below its 50-day average of $245.77 but 5.86% above its 200-day of $230.77? The golden cross
  of Monday, August 10 has held for 73 sessions. Both averages have gone flat: the 50-day moved 0.08%
  lower over twenty sessions and the 200-day 0.09% lower. RSI is 48.2, just under the midpoint, and
  MACD, 0.31, is below its signal line at 0.51. Resistance is $249.26, tested three times, with $252.53
  above it; support sits at $242.80 and then $241.00.
  Geoffrey Allard, Bath

Rates are the key

Sir, Your correspondents ignore the bond market. Macro Brief noted that "The 10-year yield fell 7 basis
  points to 4.06%" [2] on Friday. The Fed meets on Wednesday, December 9, and the CPI report follows
  on Thursday, December 10. Until then, a Friday volume of 39.6 million shares, only about a third
  more than the 20-day average of 30.0 million, tells you nobody is in a hurry. The Russell 2000 itself
  rose 0.30% to 2,456.17.
  Dr Nkechi Obi, Cambridge

<<SOURCES>>
""", sources=("ld-smallcaps20", "mb-yields20"), source_format="plain")
plant(B, "le-close", "value", V, "my fund closed at $244.30, up", "my fund closed at $244.90, up", "$244.90",
      "IWM closed at $244.30")
plant(B, "le-cents", "value", V, "or 73 cents", "or 83 cents", "83 cents", "the change was $0.73")
plant(B, "le-streak", "history", V, "for six sessions in a row", "for nine sessions in a row", "nine",
      "IWM has trailed SPY 6 sessions in a row")
plant(B, "le-month", "timeframe", V, "over the month 1.65%", "over the month 0.42%", "0.42%",
      "0.42% is the YTD move; the month is -1.65%", real=True)
plant(B, "le-ytd", "direction", D, "it is up a mere 0.42%", "it is down a mere 0.42%", "down",
      "the YTD move is +0.42%")
plant(B, "le-ath", "value", V, "the fund is 5.23% below it", "the fund is 2.53% below it", "2.53%",
      "IWM is 5.23% below its record close")
plant(B, "le-wd", "date", WM, "set on Friday, November 28, 2025", "set on Tuesday, November 28, 2025",
      "Tuesday", "Nov 28, 2025 was a Friday")
plant(B, "le-athdate", "date", DU, "November 28, 2025, again", "November 21, 2025, again",
      "November 21, 2025",
      "the record close was on Nov 28, 2025")
plant(B, "le-25", "history", V, "IWM has spent 25 sessions", "IWM has spent 35 sessions", "35",
      "the range has lasted 25 sessions")
plant(B, "le-width", "value", V, "a box just\n  3.43% wide", "a box just\n  4.34% wide", "4.34%",
      "the range is 3.43% wide")
plant(B, "le-quote", "quotation", NU, "boxed between roughly $240 and", "boxed between roughly $230 and",
      "$230", "the source says $240")
plant(B, "le-cite", "citation", CU, "for five weeks\" [1]", "for five weeks\" [3]", "[3]",
      "there is no source [3]")
plant(B, "le-nov12", "date", WM, "$249.26 on Thursday, November 12", "$249.26 on Wednesday, November 12",
      "Wednesday", "Nov 12, 2026 was a Thursday")
plant(B, "le-fri", "history", V, "fell to $247.01 on the Friday", "fell to $246.01 on the Friday", "$246.01",
      "IWM closed at $247.01 on Fri Nov 13")
plant(B, "le-tue", "history", V, "$245.28 on Tuesday", "$245.82 on Tuesday", "$245.82",
      "IWM closed at $245.28 on Tue Nov 17")
plant(B, "le-wed", "history", V, "$244.79 on Wednesday", "$244.97 on Wednesday", "$244.97",
      "IWM closed at $244.79 on Wed Nov 18")
plant(B, "le-50", "value", V, "0.60% below its 50-day", "0.06% below its 50-day", "0.06%",
      "IWM is 0.60% below its 50-day")
plant(B, "le-50side", "pattern", P, "0.60% below its 50-day", "0.60% above its 50-day", "above",
      "the close $244.30 is below the 50-day $245.77")
plant(B, "le-crosswd", "date", WM, "of Monday, August 10", "of Sunday, August 10", "Sunday",
      "Aug 10, 2026 was a Monday")
plant(B, "le-73", "history", V, "has held for 73 sessions", "has held for 37 sessions", "37",
      "the cross is 73 sessions old")
plant(B, "le-flat", "trend", P, "Both averages have gone flat", "Both averages are climbing steeply",
      "climbing steeply", "the 50-day moved -0.08% and the 200-day -0.09% over 20 sessions")
plant(B, "le-rsi", "indicator", IND, "RSI is 48.2, just under the midpoint", "RSI is 48.2, in the low 40s",
      "low 40s", "RSI 48.2 is in the high 40s")
plant(B, "le-macd", "negation", IND, "is below its signal line at 0.51",
      "is not below its signal line at 0.51",
      "not below", "MACD 0.31 is below its signal 0.51")
plant(B, "le-res", "level", LW, "Resistance is $249.26, tested", "Resistance is $239.26, tested", "$239.26",
      "a resistance below the $244.30 close")
plant(B, "le-touch", "level", V, "tested three times, with", "tested six times, with", "six",
      "$249.26 has 3 touches")
plant(B, "le-sup", "level", LW, "support sits at $242.80", "support sits at $247.80", "$247.80",
      "a support above the $244.30 close")
plant(B, "le-10y", "quotation", NU, "yield fell 7 basis", "yield fell 9 basis", "9 basis",
      "the Macro Brief story says 7 basis points")
plant(B, "le-cpi", "date", WM, "on Thursday, December 10", "on Friday, December 10", "Friday",
      "Dec 10, 2026 is a Thursday")
plant(B, "le-third", "words", V, "about a third\n  more than", "about twice", "twice",
      "the volume ratio is 1.3")
plant(B, "le-rut", "subject", V, "rose 0.30% to 2,456.17", "rose 1.10% to 2,456.17", "1.10%",
      "1.10% is SPY's day; the Russell 2000 rose 0.30%", real=True)
plant(B, "le-scale", "scale", SC, "with $252.53", "with 2,525.30", "2,525.30",
      "an IWM level on the Russell 2000's scale")

B = "labbook-SPY-2026-11-17"
clean(B, "SPY-2026-11-17", "notebook", "txt",
      "a lab notebook page written up like an experiment (aim, observations, control group, previous "
      "runs, conclusion), with room and page numbers and a witness's signature",
      """\
LAB NOTEBOOK: Market Behaviour Group, Bench 4
Notebook 12, page 87. Experiment 2026-11-17-A: does the S&P 500 ETF respect its 50-day average?
Operator: J. Lindqvist. Witness: Dr. A. Mensah. Room 2.14, fume hood off.

Aim. Record the session of Tuesday, 17 November 2026 for SPY and compare it with the control group
  (QQQ, DIA, IWM).

Observations (16:05). SPY opened at $682.51, below Monday's close of $683.25, traded as high as
  $683.69 and as low as $676.68, and closed at $679.84: down $3.41, or 0.50%. Volume 73.0 million
  shares, only a little above the 20-day mean of 66.3 million (ratio 1.1). The move was modest,
  about half an average true range of $7.16.

Control group. QQQ fell 0.90% to $615.97, IWM 0.80% to $245.28, and DIA slipped 0.20% to $466.92. SPY
  therefore beat QQQ by 0.40 points and lagged DIA by 0.30. The VIX rose 6.02% to 17.60. Harbor Street
  Wire's write-up agrees: "the S&P 500 lost 0.5% to 6,821.04 and the Nasdaq 100 lost 0.9%" [^1].

Previous runs (closing values, same apparatus): Friday 6 November $693.42; Monday 9 November
  $688.56; Tuesday 10 November $685.33; Wednesday 11 November $686.70; Thursday 12 November $684.64;
  Friday 13 November $680.53; Monday 16 November $683.25. Five-session result: -0.80%. One-month
  result: -1.06%. Year to date: +2.05%.

Key measurement. SPY sits 0.09% above the 50-day at $679.19, that is, practically on it, and for the
  record SPY has not closed below its 50-day average. Tapewatch had the 50-day "near $678.81" on
  Monday [^2]; the value has since risen. The 200-day is at $645.83, and the close is 5.27% above it.
  The golden cross (September 21) is 41 sessions old. Slopes over twenty sessions: 50-day +2.16%,
  200-day +0.13%, i.e. the short average is still rising briskly and the long one is flat.

Indicators. RSI 46.8, slightly below 50. MACD 1.09 against a signal of 2.42: below, no bullish cross.
  Bollinger bands $676.76 to $694.85; the close sits in the lower part of the band, about $3 above the
  lower band.

Levels recorded. Resistance: the record close $694.71 (Thursday, October 22), five touches; the close
  is 2.14% below it. Support: $679.19 (the 50-day, two touches), $673.92, and $670.42 (two touches).
  The 40-session range runs from $673.92 to $694.71, 3.08% wide.

Protocol for the next run. Buy a dip near $673.92, stop $668.55, target $691.80; reward to risk about
  3.3 to 1. Next scheduled event: the Fed on Wednesday, December 9, sixteen sessions away.

Conclusion. Hypothesis not rejected. Glassware washed. Signed J.L., 17/11/2026, 16:40.

<<SOURCES>>
""", sources=("hs-slides17", "tw-50day16"), source_format="foot")
plant(B, "lb-close", "value", V, "and closed at $679.84: down", "and closed at $678.84: down", "$678.84",
      "SPY closed at $679.84")
plant(B, "lb-chg", "value", V, "down $3.41, or 0.50%", "down $4.31, or 0.50%", "$4.31",
      "the change was -$3.41")
plant(B, "lb-open", "value", V, "SPY opened at $682.51", "SPY opened at $682.15", "$682.15",
      "the open was $682.51")
plant(B, "lb-gapside", "direction", D, "$682.51, below Monday's close", "$682.51, above Monday's close",
      "above",
      "$682.51 is below Monday's $683.25")
plant(B, "lb-mag", "magnitude", MG, "DIA slipped 0.20%", "DIA plunged 0.20%", "plunged",
      "DIA's 0.20% is a fifth of its ATR")
plant(B, "lb-qqq", "subject", V, "QQQ fell 0.90% to $615.97", "QQQ fell 0.80% to $615.97", "0.80%",
      "0.80% is IWM's fall; QQQ fell 0.90%", real=True)
plant(B, "lb-divq", "derived", DER, "beat QQQ by 0.40 points", "beat QQQ by 0.55 points", "0.55",
      "-0.50 - (-0.90) = 0.40")
plant(B, "lb-divd", "derived", DER, "lagged DIA by 0.30", "lagged DIA by 0.45", "0.45",
      "-0.50 - (-0.20) = -0.30")
plant(B, "lb-vix", "direction", D, "The VIX rose 6.02%", "The VIX fell 6.02%", "fell", "the VIX rose 6.02%")
plant(B, "lb-quote", "quotation", NU, "lost 0.5% to 6,821.04", "lost 2.5% to 6,821.04", "2.5%",
      "the Harbor Street story says 0.5%")
plant(B, "lb-nov6", "history", V, "Friday 6 November $693.42", "Friday 6 November $694.42", "$694.42",
      "SPY closed at $693.42 on Fri Nov 6")
plant(B, "lb-nov10", "history", V, "Tuesday 10 November $685.33", "Tuesday 10 November $683.53", "$683.53",
      "SPY closed at $685.33 on Tue Nov 10")
plant(B, "lb-nov12wd", "date", WM, "Thursday 12 November", "Wednesday 12 November", "Wednesday",
      "Nov 12, 2026 was a Thursday")
plant(B, "lb-nov13", "history", V, "Friday 13 November $680.53", "Friday 13 November $681.35", "$681.35",
      "SPY closed at $680.53 on Fri Nov 13")
plant(B, "lb-5d", "timeframe", V, "Five-session result: -0.80%", "Five-session result: -1.06%", "1.06%",
      "-1.06% is the month; the 5-day move is -0.80%", real=True)
plant(B, "lb-ytd", "value", V, "Year to date: +2.05%", "Year to date: +2.50%", "2.50%",
      "the YTD move is 2.05%")
plant(B, "lb-50", "value", V, "SPY sits 0.09% above", "SPY sits 0.19% above", "0.19%",
      "SPY is 0.09% above its 50-day")
plant(B, "lb-not", "negation", P, "SPY has not closed below its 50-day", "SPY has closed below its 50-day",
      "closed below", "the close $679.84 is above the 50-day $679.19")
plant(B, "lb-tapq", "quotation", NU, "\"near $678.81\"", "\"near $676.81\"", "$676.81",
      "the Tapewatch story says near $678.81")
plant(B, "lb-cite", "citation", CU, "Monday [^2]", "Monday [^7]", "[^7]", "there is no source [^7]")
plant(B, "lb-200", "value", V, "the close is 5.27% above it", "the close is 5.72% above it", "5.72%",
      "pct_vs_sma_200 is 5.27%")
plant(B, "lb-cross", "date", DU, "golden cross (September 21)", "golden cross (September 12)", "September 12",
      "the golden cross is dated Sep 21, 2026")
plant(B, "lb-41", "history", V, "is 41 sessions old", "is 47 sessions old", "47",
      "the cross is 41 sessions old")
plant(B, "lb-slope", "trend", P, "the short average is still rising briskly",
      "the short average is falling briskly", "falling briskly", "the 50-day rose 2.16% over 20 sessions")
plant(B, "lb-rsi", "indicator", IND, "RSI 46.8, slightly below 50", "RSI 46.8, overbought", "overbought",
      "RSI 46.8 is not overbought")
plant(B, "lb-macd", "indicator", IND, "below, no bullish cross", "above, a bullish cross", "above",
      "MACD 1.09 is below its signal 2.42")
plant(B, "lb-band", "direction", D, "in the lower part of the band", "in the upper part of the band",
      "upper part", "the close $679.84 is near the lower band $676.76")
plant(B, "lb-touch", "level", V, "five touches; the close", "nine touches; the close", "nine",
      "the record level has 5 touches")
plant(B, "lb-ath", "value", V, "is 2.14% below it", "is 1.41% below it", "1.41%",
      "SPY is 2.14% below its record close")
plant(B, "lb-sup", "level", LW, "$673.92, and $670.42", "$683.92, and $670.42", "$683.92",
      "a support above the $679.84 close")
plant(B, "lb-40", "history", V, "The 40-session range", "The 30-session range", "30",
      "the range has lasted 40 sessions")
plant(B, "lb-stop", "setup", SG, "stop $668.55", "stop $678.55", "$678.55",
      "a long's stop above its $673.92 entry")
plant(B, "lb-rr", "setup", SRR, "about\n  3.3 to 1", "about\n  1.3 to 1", "1.3 to 1",
      "(691.80-673.92)/(673.92-668.55) = 3.3")
plant(B, "lb-16", "words", V, "sixteen sessions away", "six sessions away", "six",
      "the Fed is 16 sessions away")
plant(B, "lb-fedwd", "date", WM, "on Wednesday, December 9", "on Tuesday, December 9", "Tuesday",
      "Dec 9, 2026 is a Wednesday")

B = "afrikaans-IWM-2026-11-17"
clean(B, "IWM-2026-11-17", "translation", "txt",
      "an investment club's weekly note translated from Afrikaans, with the translator's remarks in "
      "square brackets, the chairman's age and a braai priced in rand",
      """\
[Translated from Afrikaans. Weekly note of the Stellenbosch Beleggingsklub, sent to members on
  Tuesday evening, 17 November 2026. Translator's remarks in square brackets.]

Good evening, friends. The small ones had a bad day again. IWM closed at $245.28, down $1.98 or
  0.80%, after opening at $246.64 and touching $247.37 early. The low was $244.61. The Russell 2000
  itself fell 0.78% to 2,465.79. It is the third day in a row that IWM lags SPY, which lost only
  0.50%; today the gap was 0.30 of a point. QQQ fell harder, 0.90%, so at least we beat the Nasdaq
  by a tenth of a point. DIA lost only 0.20%.

Harbor Street Wire [the American news service] wrote that "the iShares Russell 2000 ETF (IWM)
  finished at $245.28" [1]. And on Friday Ledger Markets Daily described "the $240-to-$250 band it has
  held for four weeks" [2].

The week: IWM closed at $249.26 on Thursday the 12th, its best close in the range, then $247.01 on
  Friday and $247.26 on Monday. Over five days it is down 1.00%, but over the month it is still up 1.46%
  and for the year up 0.82%. [The chairman, Oom Koos, 74, says he remembers 1987 and is not worried.]

Technical: IWM is 0.38% under its 50-day average of $246.21 and 6.32% above the 200-day at $230.71.
  RSI stands at exactly 50.0, in the middle. The MACD, 0.86, is above its signal line at 0.57, the only
  good news. The 50-day average still rises slowly, about 0.4% in twenty days; the 200-day is practically
  flat.
  The golden cross of August 10 has now lasted 70 sessions.

Levels: the range of 22 sessions goes from $241.00 to $249.26, 3.43% wide. Resistance at $249.26,
  tested twice, and $252.53. Support at $244.79, then $242.80. The fund is 4.85% under the record close
  of $257.77 from 28 November 2025.

Braai at Pieter's house on Saturday, R150 per person. The Fed decides on 9 December.

<<SOURCES>>
""", sources=("hs-slides17", "ld-turns13"), source_format="paren")
plant(B, "af-close", "value", V, "IWM closed at $245.28, down", "IWM closed at $245.82, down", "$245.82",
      "IWM closed at $245.28")
plant(B, "af-chg", "value", V, "down $1.98 or", "down $1.89 or", "$1.89", "the change was -$1.98")
plant(B, "af-open", "value", V, "after opening at $246.64", "after opening at $246.46", "$246.46",
      "the open was $246.64")
plant(B, "af-rut", "subject", V, "itself fell 0.78% to 2,465.79", "itself fell 0.50% to 2,465.79", "0.50%",
      "0.50% is SPY's fall; the Russell 2000 fell 0.78%", real=True)
plant(B, "af-streak", "history", V, "It is the third day in a row", "It is the fifth day in a row", "fifth",
      "IWM has trailed SPY 3 sessions in a row")
plant(B, "af-gap", "derived", DER, "the gap was 0.30 of a point", "the gap was 0.45 of a point", "0.45",
      "-0.80 - (-0.50) = -0.30")
plant(B, "af-tenth", "words", DER, "by a tenth of a point", "by half a point", "half a point",
      "-0.80 - (-0.90) = 0.10")
plant(B, "af-quote", "quotation", NU, "held for four weeks\" [2]", "held for six weeks\" [2]", "six weeks",
      "the Ledger story says four weeks")
plant(B, "af-cite", "citation", CU, "finished at $245.28\" [1]", "finished at $245.28\" [3]", "[3]",
      "there is no source [3]")
plant(B, "af-thu", "history", V, "closed at $249.26 on Thursday the 12th",
      "closed at $248.26 on Thursday the 12th",
      "$248.26", "IWM closed at $249.26 on Thu Nov 12")
plant(B, "af-fri", "history", V, "then $247.01 on", "then $247.10 on", "$247.10",
      "IWM closed at $247.01 on Fri Nov 13")
plant(B, "af-month", "timeframe", V, "still up 1.46%", "still up 0.82%", "0.82%",
      "0.82% is the YTD move; the month is 1.46%", real=True)
plant(B, "af-50", "value", V, "0.38% under its 50-day", "0.83% under its 50-day", "0.83%",
      "IWM is 0.38% below its 50-day")
plant(B, "af-rsi", "indicator", IND, "exactly 50.0, in the middle", "exactly 50.0, oversold", "oversold",
      "RSI 50.0 is neutral")
plant(B, "af-macd", "negation", IND, "is above its signal line at 0.57",
      "is not above its signal line at 0.57",
      "not above", "MACD 0.86 is above its signal 0.57")
plant(B, "af-flat", "trend", P, "the 200-day is practically flat", "the 200-day is falling fast",
      "falling fast",
      "the 200-day moved -0.12% over 20 sessions")
plant(B, "af-cross", "date", DU, "golden cross of August 10", "golden cross of August 17", "August 17",
      "the golden cross is dated Aug 10, 2026")
plant(B, "af-res", "level", LW, "Resistance at $249.26,", "Resistance at $243.26,", "$243.26",
      "a resistance below the $245.28 close")
plant(B, "af-touch", "level", V, "tested twice, and $252.53", "tested four times, and $252.53", "four",
      "$249.26 has 2 touches")
plant(B, "af-sup", "level", LW, "Support at $244.79", "Support at $246.79", "$246.79",
      "a support above the $245.28 close")
plant(B, "af-ath", "value", V, "is 4.85% under the record", "is 4.58% under the record", "4.58%",
      "IWM is 4.85% below its record close")
plant(B, "af-athdate", "date", DU, "of $257.77 from 28 November 2025", "of $257.77 from 18 November 2025",
      "18 November 2025", "the record close was on Nov 28, 2025")

B = "beekeeper-RUT-2026-11-17"
clean(B, "idx_RUT-2026-11-17", "log", "txt",
      "a beekeeper's hive inspection log that reads the Russell 2000 as hive 3, with the weather, the "
      "smoker's time, syrup in litres and the stings counted",
      """\
Hive inspection log: Apiary at Hollow Lane, hive 3 ("Russell")
Tuesday 17 November 2026, 15°C, overcast, wind light from the west. Smoker lit at 14:10.

Colony strength: weakening today. The Russell 2000 closed at 2,465.79, down 19.30 points, or 0.78%. It
  opened at 2,479.40, below Monday's 2,485.09, flew up to 2,486.79 and came down to 2,459.06. The
  foragers did not go far.

Brood pattern (the week): 2,505.20 on Thursday the 12th, the best close of the last 22 sessions, then
  2,482.49 on Friday and 2,485.09 on Monday. Harbor Street Wire had Friday as a fall of "0.9% to
  2,482.49" [1]. Five sessions: down 0.98%. One month: up 1.48%. Year: up 0.85%.

Neighbouring hives: the S&P 500 lost 0.50% to 6,821.04, the Nasdaq 100 lost 0.90% and the Dow 0.21%.
  So hive 3 trailed the S&P 500 by 0.28 of a point, for the third session running, and beat the Nasdaq
  100 by 0.13. The VIX rose 6.02% to 17.60, which is about how nervous I get near hive 5.

Queen and frames (the averages): the index sits 0.33% below its 50-day average of 2,473.93 and 6.36%
  above the 200-day at 2,318.38; golden cross since August 10, 70 sessions. The 50-day is still rising,
  0.39% over twenty sessions; the 200-day has drifted 0.12% lower. RSI 50.1, neutral. MACD 8.85 is
  above its 5.83 signal line.

Comb (levels): resistance 2,505.20, tested twice, and 2,537.49 above it. Support 2,458.33, then the
  round 2,450 and 2,440.36. The range is 2,421.62 to 2,505.20, 3.45% wide. The record close, 2,591.09,
  dates from November 28, 2025; the index is 4.84% below it. The year's low was 2,050.63 on April 9.

Actions: added a feeder, 2:1 syrup, 1.5 litres. Next inspection after the Fed, Wednesday, December 9.
  Stung twice.

<<SOURCES>>
""", sources=("hs-chips13", "hs-slides17"), source_format="md")
plant(B, "bk-close", "value", V, "closed at 2,465.79, down", "closed at 2,456.79, down", "2,456.79",
      "the Russell 2000 closed at 2,465.79")
plant(B, "bk-chg", "value", V, "down 19.30 points", "down 13.90 points", "13.90", "the change was -19.30")
plant(B, "bk-open", "direction", D, "2,479.40, below Monday's", "2,479.40, above Monday's", "above",
      "2,479.40 is below Monday's 2,485.09")
plant(B, "bk-thu", "history", V, "2,505.20 on Thursday the 12th", "2,502.50 on Thursday the 12th", "2,502.50",
      "the close of Thu Nov 12 was 2,505.20")
plant(B, "bk-fri", "history", V, "2,482.49 on Friday", "2,484.29 on Friday", "2,484.29",
      "the close of Fri Nov 13 was 2,482.49")
plant(B, "bk-quote", "quotation", NU, "\"0.9% to", "\"1.4% to", "1.4%", "the Harbor Street story says 0.9%")
plant(B, "bk-5d", "timeframe", V, "Five sessions: down 0.98%", "Five sessions: down 0.78%", "0.78%",
      "0.78% is the day's fall; the 5-day move is -0.98%", real=True)
plant(B, "bk-ndx", "subject", V, "the Nasdaq 100 lost 0.90% and", "the Nasdaq 100 lost 0.78% and", "0.78%",
      "0.78% is the Russell 2000's own fall; the Nasdaq 100 lost 0.90%", real=True)
plant(B, "bk-div", "derived", DER, "by 0.28 of a point", "by 0.48 of a point", "0.48",
      "-0.78 - (-0.50) = -0.28")
plant(B, "bk-streak", "history", V, "for the third session running", "for the sixth session running", "sixth",
      "the Russell 2000 has trailed the S&P 500 3 sessions in a row")
plant(B, "bk-div2", "derived", DER, "100 by 0.13", "100 by 0.31", "0.31",
      "-0.78 - (-0.90) = 0.12, printed 0.13")
plant(B, "bk-50", "value", V, "sits 0.33% below its 50-day", "sits 0.63% below its 50-day", "0.63%",
      "the index is 0.33% below its 50-day")
plant(B, "bk-50side", "pattern", P, "sits 0.33% below its 50-day", "sits 0.33% above its 50-day", "above",
      "2,465.79 is below the 50-day 2,473.93")
plant(B, "bk-slope", "trend", P, "The 50-day is still rising,", "The 50-day is falling,", "falling",
      "the 50-day rose 0.39% over 20 sessions")
plant(B, "bk-rsi", "indicator", IND, "RSI 50.1, neutral", "RSI 50.1, overbought", "overbought",
      "RSI 50.1 is neutral")
plant(B, "bk-macd", "negation", IND, "MACD 8.85 is\n  above", "MACD 8.85 is\n  not above", "not above",
      "MACD 8.85 is above its signal 5.83")
plant(B, "bk-res", "level", LW, "resistance 2,505.20, tested", "resistance 2,405.20, tested", "2,405.20",
      "a resistance below the 2,465.79 close")
plant(B, "bk-sup", "level", LW, "Support 2,458.33, then", "Support 2,478.33, then", "2,478.33",
      "a support above the 2,465.79 close")
plant(B, "bk-ath", "value", V, "the index is 4.84% below it", "the index is 4.48% below it", "4.48%",
      "the index is 4.84% below its record close")
plant(B, "bk-athdate", "date", DU, "dates from November 28, 2025", "dates from November 26, 2025",
      "November 26, 2025", "the record close was on Nov 28, 2025")
plant(B, "bk-low", "date", DU, "2,050.63 on April 9", "2,050.63 on April 19", "April 19",
      "the 52-week low was on Apr 9, 2026")
plant(B, "bk-fed", "date", WM, "Wednesday, December 9", "Friday, December 9", "Friday",
      "Dec 9, 2026 is a Wednesday")
plant(B, "bk-scale", "scale", SC, "round 2,450 and", "round $245 and", "$245",
      "a Russell 2000 level in dollars, on IWM's scale")

B = "tarot-FSMI-2026-11-20"
clean(B, "idx_FSMI-2026-11-20", "tarot", "txt",
      "a tarot reader's three-card spread for the Frontier Select Markets Index (past, present, "
      "future), with her fee in francs, candles and a client who asks nothing",
      """\
A Three-Card Spread for the Frontier Select Markets Index
Read by Madame Ostrova on Friday 20 November 2026, by candlelight. Fee 40 francs; no refunds.

The first card, the past: the Tower. Three months ago the Frontier Select Markets Index stood at its
  52-week high of 48,944.52, set on Wednesday, August 19. Since then the tower has fallen. On Friday the
  index closed at 35,112.40, down 312.84 points, or 0.88%, its lowest close in a year. It is 18.33%
  lower for the year, 8.56% lower for the month and 3.07% lower over five sessions. The all-time high
  of 52,018.76 came on November 13, 2024, and the index is 32.50% below it.

The second card, the present: the Three of Swords. Each day of the week has hurt. The index closed at
  36,224.53 the Friday before, 36,189.14 on Monday, 36,415.51 on Tuesday (a small reprieve), 35,758.32
  on Wednesday and 35,425.24 on Thursday. Three down closes in a row now, worth 3.58% together. The
  Frontier ETF, FRNT, fell 0.86% to $30.01. While the S&P 500 rose 1.11%, the frontier index trailed
  it by 1.99 points, the third session in a row it has lagged. The Russell 2000 rose 0.30%.

The cards speak of the averages. The index sits 10.45% below its 50-day average of 39,210.55 and
  19.73% below its 200-day of 43,740.76. Death cross since October 15, 26 sessions ago. The 50-day
  has dropped about 9.4% in twenty sessions and the 200-day about 1.6%. RSI 23.0, deeply oversold.
  MACD -1,085.04 is below its signal at -1,025.37.

The third card, the future: the Star, reversed. Support at the round 35,000; resistance at 35,500,
  then 37,915.92, tested once, and the 50-day. The 20-session range runs from 35,112.40 to 38,808.51,
  10.53% wide. The day's range was 35,039.66 to 35,491.49, and the index closed near the bottom of
  it. The Fed speaks on Wednesday, December 9, thirteen sessions away. Blow out the candles.
""")
plant(B, "ta-close", "value", V, "index closed at 35,112.40, down", "index closed at 35,121.40, down",
      "35,121.40",
      "the index closed at 35,112.40")
plant(B, "ta-chg", "value", V, "down 312.84 points", "down 321.84 points", "321.84", "the change was -312.84")
plant(B, "ta-hiwd", "date", WM, "set on Wednesday, August 19", "set on Tuesday, August 19", "Tuesday",
      "Aug 19, 2026 was a Wednesday")
plant(B, "ta-hi", "value", V, "52-week high of 48,944.52", "52-week high of 49,844.52", "49,844.52",
      "the 52-week high is 48,944.52")
plant(B, "ta-lowest", "pattern", P, "its lowest close in a year", "its best close in a month", "best close",
      "35,112.40 is the 52-week closing low")
plant(B, "ta-month", "timeframe", V, "8.56% lower for the month", "3.07% lower for the month", "3.07%",
      "3.07% is the 5-day fall; the month is -8.56%", real=True)
plant(B, "ta-ath", "value", V, "the index is 32.50% below it", "the index is 23.50% below it", "23.50%",
      "the index is 32.50% below its all-time high")
plant(B, "ta-athdate", "date", DU, "came on November 13, 2024", "came on November 3, 2024",
      "November 3, 2024",
      "the all-time high was on Nov 13, 2024")
plant(B, "ta-mon", "history", V, "36,189.14 on Monday", "36,198.14 on Monday", "36,198.14",
      "the close of Mon Nov 16 was 36,189.14")
plant(B, "ta-tue", "history", V, "36,415.51 on Tuesday", "36,451.15 on Tuesday", "36,451.15",
      "the close of Tue Nov 17 was 36,415.51")
plant(B, "ta-streak", "history", V, "Three down closes in a row", "Five down closes in a row", "Five",
      "the close streak is 3 sessions")
plant(B, "ta-streakpct", "history", V, "worth 3.58% together", "worth 5.38% together", "5.38%",
      "the 3-session streak lost 3.58%")
plant(B, "ta-frnt", "subject", V, "FRNT, fell 0.86% to $30.01", "FRNT, fell 0.88% to $30.01", "0.88%",
      "0.88% is the index's fall; FRNT fell 0.86%", real=True)
plant(B, "ta-scale", "scale", SC, "fell 0.86% to $30.01", "fell 0.86% to 35,010", "35,010",
      "FRNT quoted on the index's scale")
plant(B, "ta-div", "derived", DER, "it by 1.99 points", "it by 2.29 points", "2.29", "-0.88 - 1.11 = -1.99")
plant(B, "ta-lagstreak", "history", V, "the third session in a row it has lagged",
      "the fifth session in a row it has lagged", "fifth",
      "the index has trailed the S&P 500 3 sessions in a row")
plant(B, "ta-50", "value", V, "sits 10.45% below its 50-day", "sits 10.63% below its 50-day", "10.63%",
      "the index is 10.45% below its 50-day")
plant(B, "ta-cross", "pattern", P, "Death cross since October 15", "Golden cross since October 15",
      "Golden cross",
      "the 50-day is below the 200-day: a death cross")
plant(B, "ta-slope", "trend", P, "The 50-day\n  has dropped about 9.4%", "The 50-day\n  has risen about 9.4%",
      "risen", "the 50-day fell 9.38% over 20 sessions")
plant(B, "ta-rsi", "indicator", IND, "RSI 23.0, deeply oversold", "RSI 23.0, overbought", "overbought",
      "RSI 23.0 is oversold")
plant(B, "ta-macd", "negation", IND, "MACD -1,085.04 is below", "MACD -1,085.04 is not below", "not below",
      "MACD -1,085.04 is below its signal -1,025.37")
plant(B, "ta-sup", "level", LW, "Support at the round 35,000", "Support at the round 36,000", "36,000",
      "a support above the 35,112.40 close")
plant(B, "ta-res", "level", LW, "resistance at 35,500,", "resistance at 34,500,", "34,500",
      "a resistance below the 35,112.40 close")
plant(B, "ta-bottom", "direction", D, "closed near the bottom of", "closed near the top of", "near the top",
      "35,112.40 is near the day's low 35,039.66")
plant(B, "ta-13", "words", V, "thirteen sessions away", "three sessions away", "three",
      "the Fed is 13 sessions away")

B = "knitting-FRNT-2026-11-20"
clean(B, "FRNT-2026-11-20", "pattern", "md",
      "a knitting pattern for a scarf in the colours of a bad week for a frontier-markets fund, with "
      "yarn in metres, needle sizes, gauge and rows numbered like instructions",
      """\
## The Frontier Scarf: a knitting pattern in the colours of a bad week

*Skill level: intermediate. Yarn: 4 balls of DK, about 110 m each; 4 mm needles. Gauge: 22 stitches
  to 10 cm.*

**Cast on** 30 stitches, one for every dollar of the close: the Frontier Select Markets ETF ended
  Friday, 20 November 2026, at $30.01, down 26 cents, or 0.86%. It opened at $30.27, exactly
  Thursday's close, and never got above $30.33.

**Rows 1-5** (the week, one row a day): knit the Friday before at $30.96, Monday at $30.95, Tuesday at
  $31.13 in a contrast colour (the only up day), Wednesday at $30.55 and Thursday at $30.27. Three down
  closes in a row, 3.60% between them. For the week the fund lost 3.07%; for the month, 8.56%; for the
  year, 18.34%.

**Rows 6-10** (the averages, in purl): FRNT sits 10.45% below its 50-day average of $33.51 and 19.73%
  below its 200-day at $37.38. The death cross came on Thursday, October 15. The 50-day has fallen
  about 9.4% over twenty sessions.

**Rows 11-15** (the tension): RSI 22.9, oversold; MACD at -0.93, under its signal of -0.88. Keep the
  tension loose, as the market did not.

**Border**: the fund closed at its lowest level in a year; the 52-week high of $41.82 (August 19) is far
  above. Resistance at the round $31 and then $32.39; the fund sits just above the round $30. The
  Frontier Select Markets Index lost 0.88% while SPY gained 1.10%, so FRNT trailed SPY by 1.96 points,
  for the third straight session. Volume was 7.8 million shares against a 20-day average of 6.3 million.

**Cast off** loosely. Block, and wear until the Fed meets on December 9.
""")
plant(B, "kn-close", "value", V, "at $30.01, down 26 cents", "at $30.10, down 26 cents", "$30.10",
      "FRNT closed at $30.01")
plant(B, "kn-cents", "value", V, "down 26 cents", "down 36 cents", "36 cents", "the change was -$0.26")
plant(B, "kn-tue", "history", V, "Tuesday at\n  $31.13", "Tuesday at\n  $31.31", "$31.31",
      "FRNT closed at $31.13 on Tue Nov 17")
plant(B, "kn-wed", "history", V, "Wednesday at $30.55", "Wednesday at $30.65", "$30.65",
      "FRNT closed at $30.55 on Wed Nov 18")
plant(B, "kn-streak", "history", V, "Three down\n  closes in a row", "Four down\n  closes in a row", "Four",
      "the close streak is 3 sessions")
plant(B, "kn-ytd", "timeframe", V, "for the\n  year, 18.34%", "for the\n  year, 8.56%", "8.56%",
      "8.56% is the month's fall; the YTD move is -18.34%", real=True)
plant(B, "kn-200", "value", V, "19.73%\n  below its 200-day", "17.93%\n  below its 200-day", "17.93%",
      "FRNT is 19.73% below its 200-day")
plant(B, "kn-crosswd", "date", WM, "on Thursday, October 15", "on Friday, October 15", "Friday",
      "Oct 15, 2026 was a Thursday")
plant(B, "kn-slope", "trend", P, "The 50-day has fallen", "The 50-day has risen", "risen",
      "the 50-day fell 9.39% over 20 sessions")
plant(B, "kn-rsi", "indicator", IND, "RSI 22.9, oversold", "RSI 22.9, overbought", "overbought",
      "RSI 22.9 is oversold")
plant(B, "kn-macd", "indicator", IND, "under its signal of -0.88", "over its signal of -0.88",
      "over its signal",
      "MACD -0.93 is below its signal -0.88")
plant(B, "kn-low", "pattern", P, "its lowest level in a year", "its highest level in a year", "highest",
      "$30.01 is the 52-week low")
plant(B, "kn-hidate", "date", DU, "$41.82 (August 19)", "$41.82 (August 29)", "August 29",
      "the 52-week high was on Aug 19, 2026")
plant(B, "kn-res", "level", LW, "Resistance at the round $31", "Resistance at the round $29", "$29",
      "a resistance below the $30.01 close")
plant(B, "kn-scale", "scale", SC, "and then $32.39", "and then 32,390", "32,390",
      "an FRNT level on the index's scale")
plant(B, "kn-side", "direction", D, "just above the round $30", "just below the round $30", "below",
      "$30.01 is above $30")
plant(B, "kn-fsmi", "subject", V, "Index lost 0.88% while", "Index lost 0.86% while", "0.86%",
      "0.86% is FRNT's fall; the index lost 0.88%", real=True)
plant(B, "kn-div", "derived", DER, "trailed SPY by 1.96 points", "trailed SPY by 2.16 points", "2.16",
      "-0.86 - 1.10 = -1.96")
plant(B, "kn-lag", "history", V, "for the third straight session", "for the sixth straight session", "sixth",
      "FRNT has trailed SPY 3 sessions in a row")

B = "bingo-SPY-2026-06-03"
clean(B, "SPY-2026-06-03", "bingo", "txt",
      "a pub bingo caller's patter that calls the session's figures between the bingo numbers, with "
      "card prices in pounds, a lifeboat charity and regulars named Doris",
      """\
EYES DOWN: Market Bingo at the Royal Oak, Wednesday 3 June 2026
Caller: Big Sandra. Cards £2 each, full house pays £50. Proceeds to the lifeboat fund.

"Eyes down, look in! First call of the night: SPY closed at $659.18! Up $3.83, that's 0.58%. Two
  little ducks, 22! The open was $656.50, the high $659.77, the low $652.54.

"Five in a row, ladies and gents, FIVE up closes on the bounce, worth 4.87% altogether! Tuesday $655.35,
  Monday $650.49, last Friday $643.10, and the Thursday before that $630.82. Over the month, up 8.87%,
  but for the year still down 1.05%, so don't get excited, Doris.

"Kelly's eye, number one! The neighbours: QQQ up 0.57%, IWM up 0.35%, and DIA DOWN 0.58%, so SPY beat
  DIA by 1.16 points. The VIX climbed 6.18% to 18.55, funny that. The S&P 500 itself rose 0.58% to
  6,609.79.

"Averages! SPY is 6.99% above its 50-day at $616.10 and 1.76% above its 200-day at $647.76. And still a
  death cross, since Friday, March 27, 46 sessions ago, because the 50-day is under the 200-day. The
  50-day slipped 0.31% in twenty sessions; the 200-day is flat, 0.01%.

"RSI 72.3, overbought! Clickety-click, 66! MACD 10.15, above its signal at 6.99.

"Levels for a line: resistance $660.09, tested once, then $665.30, tested twice. Support $652.32 and the
  round $650. The record close, $692.73, from Wednesday, November 26, 2025, and SPY is still 4.84% below
  it.

"Full house: a long on a break of $665.54, stop $657.79, target $681.23, two to one. Volume 51.6 million
  shares, only about seven-tenths of the 20-day average of 69.3 million. Lucky for some, 13!"
""")
plant(B, "bi-close", "value", V, "SPY closed at $659.18! Up", "SPY closed at $659.81! Up", "$659.81",
      "SPY closed at $659.18")
plant(B, "bi-chg", "value", V, "Up $3.83, that's", "Up $3.38, that's", "$3.38", "the change was $3.83")
plant(B, "bi-streak", "history", V, "FIVE up closes", "SEVEN up closes", "SEVEN",
      "the close streak is 5 sessions")
plant(B, "bi-streakpct", "history", V, "worth 4.87% altogether", "worth 8.87% altogether", "8.87%",
      "the 5-session streak gained 4.87%; 8.87% is the month", real=True)
plant(B, "bi-mon", "history", V, "Monday $650.49", "Monday $651.49", "$651.49",
      "SPY closed at $650.49 on Mon Jun 1")
plant(B, "bi-fri", "history", V, "last Friday $643.10", "last Friday $641.30", "$641.30",
      "SPY closed at $643.10 on Fri May 29")
plant(B, "bi-thu", "history", V, "before that $630.82", "before that $628.57", "$628.57",
      "SPY closed at $630.82 on Thu May 28 ($628.57 was Wednesday's)")
plant(B, "bi-ytd", "direction", D, "for the year still down 1.05%", "for the year still up 1.05%", "up 1.05%",
      "the YTD move is -1.05%")
plant(B, "bi-qqq", "subject", V, "QQQ up 0.57%", "QQQ up 0.35%", "0.35%",
      "0.35% is IWM's day; QQQ rose 0.57%",
      real=True)
plant(B, "bi-div", "derived", DER, "DIA by 1.16 points", "DIA by 0.16 points", "0.16",
      "0.58 - (-0.58) = 1.16")
plant(B, "bi-vix", "direction", D, "The VIX climbed 6.18%", "The VIX dropped 6.18%", "dropped",
      "the VIX rose 6.18%")
plant(B, "bi-50", "value", V, "SPY is 6.99% above its 50-day", "SPY is 9.69% above its 50-day", "9.69%",
      "SPY is 6.99% above its 50-day")
plant(B, "bi-cross", "pattern", P, "And still a\n  death cross", "And still a\n  golden cross",
      "golden cross",
      "the 50-day is below the 200-day: a death cross")
plant(B, "bi-crosswd", "date", WM, "since Friday, March 27", "since Thursday, March 27", "Thursday",
      "Mar 27, 2026 was a Friday")
plant(B, "bi-slope", "trend", P, "50-day slipped 0.31%", "50-day soared 0.31%", "soared",
      "the 50-day fell 0.31% over 20 sessions")
plant(B, "bi-rsi", "indicator", IND, "RSI 72.3, overbought!", "RSI 72.3, oversold!", "oversold",
      "RSI 72.3 is overbought")
plant(B, "bi-macd", "negation", IND, "MACD 10.15, above its signal", "MACD 10.15, not above its signal",
      "not above", "MACD 10.15 is above its signal 6.99")
plant(B, "bi-res", "level", LW, "resistance $660.09, tested", "resistance $650.09, tested", "$650.09",
      "a resistance below the $659.18 close")
plant(B, "bi-sup", "level", LW, "Support $652.32 and", "Support $662.32 and", "$662.32",
      "a support above the $659.18 close")
plant(B, "bi-athwd", "date", WM, "from Wednesday, November 26, 2025", "from Thursday, November 26, 2025",
      "Thursday", "Nov 26, 2025 was a Wednesday")
plant(B, "bi-ath", "value", V, "still 4.84% below", "still 4.48% below", "4.48%",
      "SPY is 4.84% below its record close")
plant(B, "bi-stop", "setup", SG, "stop $657.79, target", "stop $667.79, target", "$667.79",
      "a long's stop above its $665.54 entry")
plant(B, "bi-rr", "setup", SRR, "two to one. Volume", "five to one. Volume", "five to one",
      "(681.23-665.54)/(665.54-657.79) = 2.0")
plant(B, "bi-vol", "words", V, "only about seven-tenths of", "about twice", "twice",
      "the volume ratio is 0.7")

B = "icelandic-DIA-2026-06-03"
clean(B, "DIA-2026-06-03", "translation", "txt",
      "a fishermen's savings circle's monthly bulletin translated from Icelandic, with page numbers, "
      "membership counts, coffee priced in kronur and the writer's fish comparisons kept",
      """\
[Translated from Icelandic. From the monthly bulletin of the Isafjordur fishermen's savings circle,
  Thursday 4 June 2026, page 3. The translator has kept the writer's habit of comparing everything to
  fish.]

Yesterday, Wednesday, the Dow fund DIA closed at $461.11, down $2.67, or 0.58%, a small catch thrown
  back into the sea. It opened at $462.98 and never rose above $463.24. The Dow itself fell 0.57% to
  46,185.73. While DIA fell, SPY rose 0.58%, QQQ 0.57% and IWM 0.35%: DIA was behind SPY by 1.16
  points, the second day in a row behind it.

But look at the whole season. On Tuesday DIA had closed at $463.78, the best close in 20 sessions, on
  Monday at $462.43 and last Friday at $456.48. Over five days it is still up 2.78%, over a month up
  6.62%, though for the year it is still down 2.93%. DIA is 6.64% below the record close of $493.91
  from 12 January.

The fund is 4.85% above its 50-day average of $439.80 and only 0.22% above the 200-day at $460.09. The
  death cross of 8 April, 39 sessions ago, has not been undone, because the 50-day is still far under
  the 200-day. The 50-day fell 0.93% over twenty sessions while the 200-day hardly moved. RSI 66.6, warm
  but not overbought. MACD 5.89 over its signal 4.08, like a cod over the net.

The nets. Resistance above us: $463.64, tested three times, then $465.21 and $469.08. Support below: the
  200-day at $460.09, then $453.39. The VIX rose 6.18% to 18.55. Our circle has 23 members and 41 years
  of history; coffee after the meeting, 500 kronur.
""")
plant(B, "is-close", "value", V, "DIA closed at $461.11, down", "DIA closed at $461.71, down", "$461.71",
      "DIA closed at $461.11")
plant(B, "is-chg", "value", V, "down $2.67, or", "down $2.76, or", "$2.76", "the change was -$2.67")
plant(B, "is-dji", "direction", D, "The Dow itself fell 0.57%", "The Dow itself rose 0.57%", "rose",
      "the Dow fell 0.57%")
plant(B, "is-iwm", "subject", V, "and IWM 0.35%: DIA", "and IWM 0.57%: DIA", "0.57%",
      "0.57% is QQQ's day; IWM rose 0.35%", real=True)
plant(B, "is-div", "derived", DER, "behind SPY by 1.16", "behind SPY by 1.61", "1.61", "-0.58 - 0.58 = -1.16")
plant(B, "is-streak", "history", V, "the second day in a row", "the fourth day in a row", "fourth",
      "DIA has trailed SPY 2 sessions in a row")
plant(B, "is-tue", "history", V, "closed at $463.78, the best", "closed at $464.78, the best", "$464.78",
      "DIA closed at $463.78 on Tue Jun 2")
plant(B, "is-mon", "history", V, "Monday at $462.43", "Monday at $462.34", "$462.34",
      "DIA closed at $462.43 on Mon Jun 1")
plant(B, "is-5d", "timeframe", V, "still up 2.78%", "still up 6.62%", "6.62%",
      "6.62% is the month; the 5-day move is 2.78%", real=True)
plant(B, "is-ath", "value", V, "DIA is 6.64% below", "DIA is 6.46% below", "6.46%",
      "DIA is 6.64% below its record close")
plant(B, "is-athdate", "date", DU, "from 12 January", "from 21 January", "21 January",
      "the record close was on Jan 12, 2026")
plant(B, "is-50", "value", V, "4.85% above its 50-day", "4.58% above its 50-day", "4.58%",
      "DIA is 4.85% above its 50-day")
plant(B, "is-cross", "date", DU, "death cross of 8 April", "death cross of 18 April", "18 April",
      "the death cross is dated Apr 8, 2026")
plant(B, "is-39", "history", V, "39 sessions ago", "93 sessions ago", "93", "the cross is 39 sessions old")
plant(B, "is-slope", "trend", P, "The 50-day fell 0.93%", "The 50-day rose 0.93%", "rose",
      "the 50-day fell 0.93% over 20 sessions")
plant(B, "is-rsi", "indicator", IND, "warm\n  but not overbought", "deeply\n  overbought", "overbought",
      "RSI 66.6 is under 70")
plant(B, "is-macd", "indicator", IND, "MACD 5.89 over its signal", "MACD 5.89 under its signal", "under",
      "MACD 5.89 is above its signal 4.08")
plant(B, "is-res", "level", LW, "Resistance above us: $463.64", "Resistance above us: $458.64", "$458.64",
      "a resistance below the $461.11 close")
plant(B, "is-touch", "level", V, "tested three times, then $465.21", "tested five times, then $465.21",
      "five",
      "$463.64 has 3 touches")
plant(B, "is-sup", "level", LW, "then $453.39. The VIX", "then $463.39. The VIX", "$463.39",
      "a support above the $461.11 close")
plant(B, "is-vix", "direction", D, "The VIX rose 6.18%", "The VIX fell 6.18%", "fell", "the VIX rose 6.18%")

B = "listing-QQQ-2025-11-17"
clean(B, "QQQ-2025-11-17", "listing", "md",
      "an estate agent's property listing that sells QQQ as a residence at a record height, with a "
      "listing number, the agency's founding year, viewings and a council tax band",
      """\
### FOR SALE: a record-high residence in Nasdaq Heights

*Listing QQQ-1117, Monday 17 November 2025. Agent: Cressida Vale, Vale & Daughters Realty (est. 1962).*

Rarely available: the Invesco QQQ Trust has just closed at a brand-new record of $622.21, up $10.60, or
  1.73%, on the day. Buyers came in strongly after an open at $613.29; the day ran from $609.46 to
  $626.07. Comparable sales on the street: SPY up 1.39% to $684.44, DIA up 0.89% to $481.59, and IWM,
  the small starter home, up 1.96% to $247.41, beating QQQ by 0.23 of a point. The VIX dropped 4.67% to
  13.47.

**Price history.** $605.03 on Monday the 10th, $610.76 on Tuesday, $615.65 on Wednesday, $612.16 on
  Thursday and $611.61 on Friday. Up 2.84% over five sessions, 1.68% over the month and 14.73% since
  January.

**Foundations.** 3.52% above the 50-day average of $601.02 and 15.46% above the 200-day at $538.92.
  Golden cross since Tuesday, July 1, 97 sessions ago. Both averages rising: the 50-day by about 2% over
  twenty sessions, the 200-day by 1.17%.

**Condition.** RSI 65.6, warm but not yet overbought. MACD 3.36, above its 1.48 signal line. Heavy
  viewing: 63.7 million shares against a 20-day average of 40.8 million.

**Nearby.** Resistance at $622.81, one test, and the round $630; support at $620, $617.74 and the
  50-day. The year's low, $411.68, from April 16, is a distant memory. A long above $630.56, stop
  $620.12, target $655.61, is priced at 2.4 to 1.

Viewings by appointment. Deposits are not refundable. Council tax band G.
""")
plant(B, "li-close", "value", V, "record of $622.21, up", "record of $622.12, up", "$622.12",
      "QQQ closed at $622.21")
plant(B, "li-chg", "value", V, "up $10.60, or", "up $16.00, or", "$16.00", "the change was $10.60")
plant(B, "li-spy", "subject", V, "SPY up 1.39% to $684.44", "SPY up 0.89% to $684.44", "0.89%",
      "0.89% is DIA's day; SPY rose 1.39%", real=True)
plant(B, "li-div", "derived", DER, "beating QQQ by 0.23 of a point", "beating QQQ by 0.63 of a point", "0.63",
      "1.96 - 1.73 = 0.23")
plant(B, "li-vix", "direction", D, "The VIX dropped 4.67%", "The VIX rose 4.67%", "rose",
      "the VIX fell 4.67%")
plant(B, "li-mon", "history", V, "$605.03 on Monday the 10th", "$606.03 on Monday the 10th", "$606.03",
      "QQQ closed at $605.03 on Mon Nov 10, 2025")
plant(B, "li-wed", "history", V, "$615.65 on Wednesday", "$616.55 on Wednesday", "$616.55",
      "QQQ closed at $615.65 on Wed Nov 12, 2025")
plant(B, "li-fri", "history", V, "$611.61 on Friday", "$611.16 on Friday", "$611.16",
      "QQQ closed at $611.61 on Fri Nov 14, 2025")
plant(B, "li-month", "timeframe", V, "1.68% over the month", "2.84% over the month", "2.84%",
      "2.84% is the 5-day move; the month is 1.68%", real=True)
plant(B, "li-200", "value", V, "15.46% above the 200-day", "14.56% above the 200-day", "14.56%",
      "QQQ is 15.46% above its 200-day")
plant(B, "li-cross", "pattern", P, "Golden cross since Tuesday", "Death cross since Tuesday", "Death cross",
      "the 50-day is above the 200-day")
plant(B, "li-crosswd", "date", WM, "since Tuesday, July 1", "since Monday, July 1", "Monday",
      "Jul 1, 2025 was a Tuesday")
plant(B, "li-97", "history", V, "97 sessions ago", "79 sessions ago", "79", "the cross is 97 sessions old")
plant(B, "li-slope", "trend", P, "Both averages rising", "Both averages falling", "falling",
      "the 50-day rose 2.04% and the 200-day 1.17% over 20 sessions")
plant(B, "li-rsi", "indicator", IND, "warm but not yet overbought", "deeply overbought", "overbought",
      "RSI 65.6 is under 70")
plant(B, "li-macd", "negation", IND, "above its 1.48 signal line", "not above its 1.48 signal line",
      "not above", "MACD 3.36 is above its signal 1.48")
plant(B, "li-res", "level", LW, "Resistance at $622.81", "Resistance at $612.81", "$612.81",
      "a resistance below the $622.21 close")
plant(B, "li-sup", "level", LW, "support at $620, $617.74", "support at $625, $617.74", "$625",
      "a support above the $622.21 close")
plant(B, "li-low", "date", DU, "from April 16, is", "from April 6, is", "April 6",
      "the 52-week low was on Apr 16, 2025")
plant(B, "li-stop", "setup", SG, "stop\n  $620.12", "stop\n  $632.12", "$632.12",
      "a long's stop above its $630.56 entry")
plant(B, "li-rr", "setup", SRR, "priced at 2.4 to 1", "priced at 4.2 to 1", "4.2 to 1",
      "(655.61-630.56)/(630.56-620.12) = 2.4")

B = "jobad-DIA-2025-11-17"
clean(B, "DIA-2025-11-17", "jobad", "txt",
      "a job posting for a junior Dow analyst that uses the day's figures as the job's worked example, "
      "with a salary band, a reference number, a bonus percentage and an application deadline",
      """\
JOB POSTING: Junior Dow Analyst (m/f/d), Grayfield Capital, Hartford office
Posted Monday 17 November 2025. Ref. GC-2025-311. Salary $68,000-$74,000 plus a 10% bonus. Apply by
  December 1.

About the desk. We cover the blue chips, and today was a good day to join: DIA closed at a record
  $481.59, up $4.26, or 0.89%, and the Dow rose 0.87% to 48,219.41. The fund is up 1.70% over five
  sessions, 1.99% over a month and 6.55% this year. For the record, DIA did not close below the round
  $480.

What you will do. Each morning you will write the day's numbers in plain words. For example: DIA
  trailed SPY, which rose 1.39%, by 0.49 of a point, and trailed IWM, up 1.96%, by 1.07 points. You will
  note that DIA had closed at $477.33 on Friday, $477.56 on Thursday and $478.00 on Wednesday, three
  sessions of going sideways before the jump. You will check that the fund is 4.51% above its 50-day
  average of $460.80 and 10.90% above the 200-day at $434.25, that the golden cross of July 14 is 89
  sessions old, and that the 50-day has risen about 2.5% in twenty sessions. You will flag that RSI,
  at 72.8, is overbought, and that MACD, 4.50, sits above its signal at 3.61.

You will keep the levels table: support at the round $480, at $476.43 (one test) and at $463.29 (three
  tests); resistance at the round $490. A long above $486.07, stop $480.47, target $499.52: 2.4 to 1.

Requirements. Two years of experience, Excel, and the ability to tell a move of one average true range
  ($4.48) from a crash. The VIX fell 4.67% to 13.47 today; we expect calm candidates.
""")
plant(B, "jo-close", "value", V, "closed at a record\n  $481.59, up", "closed at a record\n  $481.95, up",
      "$481.95", "DIA closed at $481.59")
plant(B, "jo-chg", "value", V, "up $4.26, or", "up $4.62, or", "$4.62", "the change was $4.26")
plant(B, "jo-dji", "subject", V, "the Dow rose 0.87%", "the Dow rose 0.89%", "0.89%",
      "0.89% is DIA's day; the Dow rose 0.87%", real=True)
plant(B, "jo-5d", "timeframe", V, "up 1.70% over five", "up 1.99% over five", "1.99%",
      "1.99% is the month; the 5-day move is 1.70%", real=True)
plant(B, "jo-ytd", "value", V, "6.55% this year", "5.65% this year", "5.65%", "the YTD move is 6.55%")
plant(B, "jo-not", "negation", D, "DIA did not close below the round", "DIA closed below the round",
      "closed below",
      "DIA closed at $481.59, above $480")
plant(B, "jo-div", "derived", DER, "by 0.49 of a point", "by 0.94 of a point", "0.94", "0.89 - 1.39 = -0.49")
plant(B, "jo-div2", "derived", DER, "by 1.07 points", "by 1.27 points", "1.27", "0.89 - 1.96 = -1.07")
plant(B, "jo-thu", "history", V, "$477.56 on Thursday", "$475.56 on Thursday", "$475.56",
      "DIA closed at $477.56 on Thu Nov 13, 2025")
plant(B, "jo-wed", "history", V, "$478.00 on Wednesday", "$478.60 on Wednesday", "$478.60",
      "DIA closed at $478.00 on Wed Nov 12, 2025")
plant(B, "jo-200", "value", V, "10.90% above the 200-day", "10.09% above the 200-day", "10.09%",
      "DIA is 10.90% above its 200-day")
plant(B, "jo-cross", "date", DU, "golden cross of July 14", "golden cross of July 24", "July 24",
      "the golden cross is dated Jul 14, 2025")
plant(B, "jo-89", "history", V, "is 89\n  sessions old", "is 98\n  sessions old", "98",
      "the cross is 89 sessions old")
plant(B, "jo-slope", "trend", P, "the 50-day has risen about 2.5%", "the 50-day has fallen about 2.5%",
      "fallen",
      "the 50-day rose 2.49% over 20 sessions")
plant(B, "jo-rsi", "indicator", IND, "at 72.8, is overbought", "at 72.8, is oversold", "oversold",
      "RSI 72.8 is overbought")
plant(B, "jo-macd", "indicator", IND, "sits above its signal at 3.61", "sits below its signal at 3.61",
      "below",
      "MACD 4.50 is above its signal 3.61")
plant(B, "jo-sup", "level", LW, "support at the round $480", "support at the round $485", "$485",
      "a support above the $481.59 close")
plant(B, "jo-res", "level", LW, "resistance at the round $490", "resistance at the round $470", "$470",
      "a resistance below the $481.59 close")
plant(B, "jo-touch", "level", V, "$463.29 (three\n  tests)", "$463.29 (five\n  tests)", "five",
      "$463.29 has 3 touches")
plant(B, "jo-stop", "setup", SG, "stop $480.47", "stop $488.47", "$488.47",
      "a long's stop above its $486.07 entry")
plant(B, "jo-rr", "setup", SRR, "$499.52: 2.4 to 1", "$499.52: 4.8 to 1", "4.8 to 1",
      "(499.52-486.07)/(486.07-480.47) = 2.4")
plant(B, "jo-vix", "direction", D, "The VIX fell 4.67%", "The VIX rose 4.67%", "rose", "the VIX fell 4.67%")

B = "fitness-IWM-2026-02-13"
clean(B, "IWM-2026-02-13", "app", "txt",
      "a fitness app's weekly report that tracks a small-cap fund like a runner, with goal progress, "
      "badges, heart-rate talk and a hydration reminder",
      """\
YOUR WEEKLY MARKET FITNESS REPORT (StrideFolio app)
Week ending Friday, February 13, 2026. Tracked asset: IWM (iShares Russell 2000 ETF)

Activity summary. Six days of decline in a row! IWM closed Friday at $226.54, down $2.39, or 1.04%,
  and the streak has cost 5.80% since it began. Your week: -4.94%. Your month: -10.88%. Your year so
  far: -6.88%. Goal progress: 0 of 5 green days.

Daily log. Thursday: $228.93. Wednesday: $231.24. Tuesday: $235.10. Monday: $236.72. Last Friday:
  $238.32. Friday's session ran from $229.00 at the open to a low of $226.37, and the close sat barely
  above that low, at the bottom of the day's range.

Heart rate (momentum). RSI 21.4: deeply oversold, the lowest zone on our chart. MACD -4.70 is below its
  signal of -3.06. Recovery recommended.

Pace vs. friends. SPY fell 0.54%, QQQ 0.41% and DIA 0.65%. You lagged SPY by about half a point for the
  fifth day running. The Russell 2000 index fell 1.04% to 2,276.24. The VIX rose 4.34% to 17.06.

Route (averages). You are 7.99% below your 50-day average of $246.22 and 1.25% below the 200-day at
  $229.41. The golden cross of July 18, 2025 still stands, 145 sessions on, since the 50-day is still
  above the 200-day, but the 50-day now slopes down, about 1% over twenty sessions, while the 200-day
  keeps rising, 2.7%.

Terrain ahead. Resistance overhead: $226.93, only 0.17% above the close, then $229.41 and $230.79.
  Support below: the round $225, 0.68% down, then $218.48. The 20-session range runs from $226.54 to
  $252.38, 11.41% wide, and you finished at its floor. The record close of $257.77 (November 28, 2025)
  is a long way up: you are 12.12% below it.

Badges earned this week: none. Remember to hydrate.
""")
plant(B, "fi-close", "value", V, "IWM closed Friday at $226.54, down", "IWM closed Friday at $226.45, down",
      "$226.45", "IWM closed at $226.54")
plant(B, "fi-six", "history", V, "Six days of decline in a row", "Eight days of decline in a row", "Eight",
      "the close streak is 6 sessions")
plant(B, "fi-cost", "history", V, "has cost 5.80% since", "has cost 8.50% since", "8.50%",
      "the 6-session streak lost 5.80%")
plant(B, "fi-month", "timeframe", V, "Your month: -10.88%", "Your month: -4.94%", "4.94%",
      "-4.94% is the week; the month is -10.88%", real=True)
plant(B, "fi-wed", "history", V, "Wednesday: $231.24", "Wednesday: $232.14", "$232.14",
      "IWM closed at $231.24 on Wed Feb 11")
plant(B, "fi-mon", "history", V, "Monday: $236.72", "Monday: $237.62", "$237.62",
      "IWM closed at $236.72 on Mon Feb 9")
plant(B, "fi-bottom", "direction", D, "at the bottom of the day's range", "at the top of the day's range",
      "top of the day's range", "$226.54 is a hair above the day's low $226.37")
plant(B, "fi-rsi", "indicator", IND, "RSI 21.4: deeply oversold", "RSI 21.4: overbought", "overbought",
      "RSI 21.4 is oversold")
plant(B, "fi-macd", "negation", IND, "MACD -4.70 is below its", "MACD -4.70 is not below its", "not below",
      "MACD -4.70 is below its signal -3.06")
plant(B, "fi-qqq", "subject", V, "QQQ 0.41% and", "QQQ 0.65% and", "0.65%",
      "0.65% is DIA's fall; QQQ fell 0.41%",
      real=True)
plant(B, "fi-half", "words", DER, "by about half a point", "by about two points", "two points",
      "-1.04 - (-0.54) = -0.51")
plant(B, "fi-streak", "history", V, "fifth day running", "ninth day running", "ninth",
      "IWM has trailed SPY 5 sessions in a row")
plant(B, "fi-rut", "subject", V, "index fell 1.04% to 2,276.24", "index fell 0.54% to 2,276.24", "0.54%",
      "0.54% is SPY's fall; the Russell 2000 fell 1.04%", real=True)
plant(B, "fi-50", "value", V, "You are 7.99% below", "You are 9.79% below", "9.79%",
      "IWM is 7.99% below its 50-day")
plant(B, "fi-cross", "pattern", P, "The golden cross of July 18, 2025", "The death cross of July 18, 2025",
      "death cross", "the 50-day $246.22 is above the 200-day $229.41")
plant(B, "fi-145", "history", V, "145 sessions on", "154 sessions on", "154", "the cross is 145 sessions old")
plant(B, "fi-slope", "trend", P, "the 200-day\n  keeps rising", "the 200-day\n  keeps falling",
      "keeps falling",
      "the 200-day rose 2.72% over 20 sessions")
plant(B, "fi-dist1", "derived", DER, "only 0.17% above the close", "only 0.71% above the close", "0.71%",
      "226.93 / 226.54 - 1 = 0.17%")
plant(B, "fi-dist2", "derived", DER, "the round $225, 0.68% down", "the round $225, 1.68% down", "1.68%",
      "225 / 226.54 - 1 = -0.68%")
plant(B, "fi-res", "level", LW, "Resistance overhead: $226.93", "Resistance overhead: $224.93", "$224.93",
      "a resistance below the $226.54 close")
plant(B, "fi-sup", "level", LW, "Support below: the round $225", "Support below: the round $228", "$228",
      "a support above the $226.54 close")
plant(B, "fi-width", "value", V, "$252.38, 11.41% wide", "$252.38, 14.11% wide", "14.11%",
      "the range is 11.41% wide")
plant(B, "fi-ath", "value", V, "you are 12.12% below it", "you are 21.12% below it", "21.12%",
      "IWM is 12.12% below its record close")
plant(B, "fi-athdate", "date", DU, "(November 28, 2025)", "(November 25, 2025)", "November 25, 2025",
      "the record close was on Nov 28, 2025")
plant(B, "fi-wd", "date", WM, "Week ending Friday, February 13", "Week ending Thursday, February 13",
      "Thursday",
      "Feb 13, 2026 was a Friday")

B = "garden-IWM-2026-03-30"
clean(B, "IWM-2026-03-30", "column", "txt",
      "a newspaper gardening column that tends a bed of small caps through a late frost, with sowing "
      "jobs for the week, a compost heap and a soil test",
      """\
IN THE GARDEN WITH MAUD: late March, and the small caps are still frost-bitten
Written on Monday evening, 30 March 2026, for the Sunday Gazette's gardening page.

Frost again on Monday. IWM, my little bed of small caps, closed at $211.00, down $2.65, or 1.24%, its
  fourth straight loss, 2.54% in all. It opened at $212.62, below Friday's $213.65, and the day's range
  was narrow, $210.85 to $212.88. Over the week it lost 2.10%, over the month 3.87%, and since New Year
  13.27%: a hard winter.

The neighbours' gardens fared no better: SPY fell 0.78%, DIA 1.04% and QQQ 1.44%, so my small caps
  actually beat QQQ by 0.20 of a point while trailing SPY by 0.46. The Russell 2000 lost 1.22% to
  2,120.33. The VIX rose 0.69% to 24.71. Past days: $215.29 on Thursday, $215.38 on Wednesday, and
  $216.51 on Tuesday, the best of the week.

Pruning notes. The 50-day average, $227.59, has dropped sharply, about 5.4% in twenty sessions, and on
  Tuesday, March 24, it slipped under the 200-day at $230.93: a death cross, only four sessions old. IWM
  is 7.29% below the 50-day and 8.63% below the 200-day. The 200-day itself is flat, up 0.11%.

Soil test. RSI 33.9, weak but not yet oversold. MACD -3.77 has crept above its signal line at -4.40,
  the first green shoot.

Where to dig. Support at the round $210, then $207.94, tested twice. Resistance at $212.32, then $214.35
  and $217.15, tested three times. The 20-session bed runs from $210.30 to $223.97, 6.50% wide. The
  record close of $257.77 came on November 28, and IWM is 18.14% below it.

Jobs for the week: sow sweet peas, turn the compost, don't panic-sell. Volume was light, 27.5 million
  shares against 29.3 million on average.
""")
plant(B, "ga-close", "value", V, "closed at $211.00, down", "closed at $211.60, down", "$211.60",
      "IWM closed at $211.00")
plant(B, "ga-chg", "value", V, "down $2.65, or", "down $2.56, or", "$2.56", "the change was -$2.65")
plant(B, "ga-streak", "history", V, "fourth straight loss", "sixth straight loss", "sixth",
      "the close streak is 4 sessions")
plant(B, "ga-streakpct", "history", V, "2.54% in all", "5.24% in all", "5.24%",
      "the 4-session streak lost 2.54%")
plant(B, "ga-open", "direction", D, "below Friday's $213.65", "above Friday's $213.65", "above",
      "the $212.62 open is below Friday's $213.65 close")
plant(B, "ga-ytd", "timeframe", V, "since New Year\n  13.27%", "since New Year\n  3.87%", "3.87%",
      "3.87% is the month; the YTD move is -13.27%", real=True)
plant(B, "ga-divq", "derived", DER, "beat QQQ by 0.20 of a point", "beat QQQ by 0.60 of a point", "0.60",
      "-1.24 - (-1.44) = 0.20")
plant(B, "ga-divs", "derived", DER, "trailing SPY by 0.46", "trailing SPY by 0.64", "0.64",
      "-1.24 - (-0.78) = -0.46")
plant(B, "ga-rut", "subject", V, "The Russell 2000 lost 1.22%", "The Russell 2000 lost 1.44%", "1.44%",
      "1.44% is QQQ's fall; the Russell 2000 lost 1.22%", real=True)
plant(B, "ga-thu", "history", V, "$215.29 on Thursday", "$215.92 on Thursday", "$215.92",
      "IWM closed at $215.29 on Thu Mar 26")
plant(B, "ga-tue", "history", V, "$216.51 on Tuesday", "$217.51 on Tuesday", "$217.51",
      "IWM closed at $216.51 on Tue Mar 24")
plant(B, "ga-crosswd", "date", WM, "Tuesday, March 24, it slipped", "Wednesday, March 24, it slipped",
      "Wednesday",
      "Mar 24, 2026 was a Tuesday")
plant(B, "ga-four", "words", V, "only four sessions old", "only nine sessions old", "nine",
      "the death cross is 4 sessions old")
plant(B, "ga-slope", "trend", P, "has dropped sharply", "has risen sharply", "risen sharply",
      "the 50-day fell 5.36% over 20 sessions")
plant(B, "ga-flat", "trend", P, "The 200-day itself is flat", "The 200-day itself is plunging", "plunging",
      "the 200-day rose 0.11% over 20 sessions")
plant(B, "ga-200", "value", V, "8.63% below the 200-day", "6.83% below the 200-day", "6.83%",
      "IWM is 8.63% below its 200-day")
plant(B, "ga-rsi", "indicator", IND, "weak but not yet oversold", "deeply oversold", "oversold",
      "RSI 33.9 is above 30")
plant(B, "ga-macd", "indicator", IND, "has crept above its signal line", "has slipped below its signal line",
      "below its signal", "MACD -3.77 is above its signal -4.40")
plant(B, "ga-sup", "level", LW, "Support at the round $210", "Support at the round $215", "$215",
      "a support above the $211.00 close")
plant(B, "ga-touch", "level", V, "$207.94, tested twice", "$207.94, tested four times", "four",
      "$207.94 has 2 touches")
plant(B, "ga-res", "level", LW, "Resistance at $212.32", "Resistance at $209.32", "$209.32",
      "a resistance below the $211.00 close")
plant(B, "ga-scale", "scale", SC, "then $214.35\n  and", "then 2,143.50\n  and", "2,143.50",
      "an IWM level on the Russell 2000's scale")
plant(B, "ga-ath", "value", V, "IWM is 18.14% below it", "IWM is 14.18% below it", "14.18%",
      "IWM is 18.14% below its record close")

B = "persian-QQQ-2026-11-17"
clean(B, "QQQ-2026-11-17", "translation", "txt",
      "a personal market blog translated from Persian, with the Iranian calendar date, a post number, "
      "the translator's bracketed notes and a father's first share bought in 1999",
      """\
[Translated from Persian. From "Daftar-e Bazaar" (The Market Notebook), a Tehran-born engineer's personal
  blog, post 212, Tuesday 17 November 2026 (26 Aban 1405). Translator's notes in brackets.]

In the name of patience. Today QQQ gave back some of its gains: it closed at $615.97, down $5.59 or
  0.90%, after opening at $620.75 and reaching $624.18. The close was almost exactly the low of the day,
  $615.95. The Nasdaq 100 index fell the same 0.90%, to 25,326.20. Tapewatch called the pullback orderly
  and wrote that QQQ "ended at $615.97, 2.2% short of the record close of $629.76 it posted on Nov. 11"
  [1]. [The record came on a Wednesday.]

The others: SPY fell 0.50%, IWM 0.80%, and DIA only slipped 0.20%. So QQQ trailed SPY by 0.40 of a point
  and DIA by 0.70. The VIX rose 6.02% to 17.60; Tapewatch said it "rose 1.0 points to 17.6" [1].

My diary of the last days: Monday $621.56, last Friday $618.47, Thursday $625.98, and Wednesday the 11th
  the record itself. In five sessions QQQ lost 1.80%, in a month 0.72%, but from the start of the year it
  is still up 3.16%. Harbor Street Wire's week-ahead piece on Saturday said "Policy makers next meet on
  Dec. 9" [2], and November CPI comes the next day.

The averages: QQQ is 0.53% above its 50-day ($612.70) and 6.24% above its 200-day ($579.82). Golden
  cross since July 27, 80 sessions. The 50-day has risen 1.77% in 20 sessions. RSI 48.4, a little below
  the middle. MACD 2.43 is under its signal 3.05.

Levels: resistance $620, then $623.73 (two tests), then the record $629.76, 2.24% above today's close.
  Support: the 50-day at $612.70, 0.53% below, then $609.62 and $606.02, each tested twice. The
  40-session range is $606.02 to $629.76, 3.92% wide. If it pulls back to the 50-day, a long at $612.70
  with stop $606.71 and target $622.21 pays about 1.6 to 1.

Volume 61.1 million, one and a half times the 20-day average of 42.0 million. [The author notes that
  his father bought his first share in 1999.]

<<SOURCES>>
""", sources=("tw-nasdaq17", "hs-weekahead14"), source_format="plain")
plant(B, "fa-close", "value", V, "it closed at $615.97, down", "it closed at $615.79, down", "$615.79",
      "QQQ closed at $615.97")
plant(B, "fa-chg", "value", V, "down $5.59 or", "down $9.55 or", "$9.55", "the change was -$5.59")
plant(B, "fa-low", "direction", D, "almost exactly the low of the day", "almost exactly the high of the day",
      "high of the day", "$615.97 sits on the day's low $615.95; the high was $624.18")
plant(B, "fa-quote", "quotation", NU, "2.2% short of the record", "3.2% short of the record", "3.2%",
      "the Tapewatch story says 2.2%")
plant(B, "fa-quote2", "quotation", NU, "\"rose 1.0 points to 17.6\"", "\"rose 2.0 points to 17.6\"",
      "2.0 points",
      "the Tapewatch story says 1.0 points")
plant(B, "fa-cite", "citation", CU, "Nov. 11\"\n  [1]", "Nov. 11\"\n  [3]", "[3]", "there is no source [3]")
plant(B, "fa-cs", "citation", CS, "Dec. 9\" [2]", "Dec. 9\" [1]", "[1]",
      "source [1] (Tapewatch on the Nasdaq 100's slip) says nothing of the Fed's meeting")
plant(B, "fa-wd", "date", WM, "came on a Wednesday", "came on a Thursday", "Thursday",
      "the record close of Nov 11, 2026 was on a Wednesday")
plant(B, "fa-mag", "magnitude", MG, "DIA only slipped 0.20%", "DIA tumbled 0.20%", "tumbled",
      "DIA's 0.20% is a fifth of its ATR")
plant(B, "fa-divs", "derived", DER, "trailed SPY by 0.40 of a point", "trailed SPY by 0.75 of a point",
      "0.75",
      "-0.90 - (-0.50) = -0.40")
plant(B, "fa-divd", "derived", DER, "and DIA by 0.70", "and DIA by 0.85", "0.85", "-0.90 - (-0.20) = -0.70")
plant(B, "fa-mon", "history", V, "Monday $621.56", "Monday $612.56", "$612.56",
      "QQQ closed at $621.56 on Mon Nov 16")
plant(B, "fa-thu", "history", V, "Thursday $625.98", "Thursday $626.98", "$626.98",
      "QQQ closed at $625.98 on Thu Nov 12")
plant(B, "fa-month", "timeframe", V, "in a month 0.72%", "in a month 1.80%", "1.80%",
      "1.80% is the 5-day fall; the month is -0.72%", real=True)
plant(B, "fa-ytd", "direction", D, "is still up 3.16%", "is still down 3.16%", "down",
      "the YTD move is +3.16%")
plant(B, "fa-200", "value", V, "6.24% above its 200-day", "6.42% above its 200-day", "6.42%",
      "QQQ is 6.24% above its 200-day")
plant(B, "fa-cross", "date", DU, "since July 27, 80", "since July 17, 80", "July 17",
      "the golden cross is dated Jul 27, 2026")
plant(B, "fa-slope", "trend", P, "The 50-day has risen 1.77%", "The 50-day has fallen 1.77%", "fallen",
      "the 50-day rose 1.77% over 20 sessions")
plant(B, "fa-rsi", "indicator", IND, "RSI 48.4, a little below", "RSI 48.4, overbought, a little below",
      "overbought",
      "RSI 48.4 is not overbought")
plant(B, "fa-macd", "negation", IND, "MACD 2.43 is under its signal", "MACD 2.43 is not under its signal",
      "not under", "MACD 2.43 is below its signal 3.05")
plant(B, "fa-dist1", "derived", DER, "2.24% above today's close", "3.24% above today's close", "3.24%",
      "629.76 / 615.97 - 1 = 2.24%")
plant(B, "fa-dist2", "derived", DER, "$612.70, 0.53% below, then", "$612.70, 1.53% below, then", "1.53%",
      "612.70 / 615.97 - 1 = -0.53%")
plant(B, "fa-res", "level", LW, "resistance $620, then", "resistance $610, then", "$610",
      "a resistance below the $615.97 close")
plant(B, "fa-touch", "level", V, "each tested twice", "each tested four times", "four",
      "$609.62 and $606.02 have 2 touches each")
plant(B, "fa-rr", "setup", SRR, "about 1.6 to 1", "about 3.6 to 1", "3.6 to 1",
      "(622.21-612.70)/(612.70-606.71) = 1.6")
plant(B, "fa-vol", "words", V, "one and a half times the 20-day", "three times the 20-day", "three times",
      "the volume ratio is 1.5")

B = "zookeeper-QQQ-2026-11-20"
clean(B, "QQQ-2026-11-20", "log", "txt",
      "a zookeeper's shift log in the big-cats house with timestamps, a badge number, feed weights and a "
      "colleague who trades options on his lunch break",
      """\
Keeper's log, Big Cats house, Riverside Zoo. Friday 20 November 2026. Keeper on duty: T. Adeyemi
  (badge 0417).

07:30 Fed the lions, 9 kg each. 16:10 Checked the board in the staff room. The tech fund everyone here
  owns, QQQ, jumped 1.90% to $626.40, up $11.68, the biggest mover of the big four. It pounced from an
  open of $618.09 to a high of $631.45. SPY rose 1.10%, DIA 0.60%, and IWM crept up 0.30%. QQQ beat IWM
  by 1.60 points and DIA by 1.30.

16:20 The young tiger (Ravi, 3 years old) paced all afternoon, about the way QQQ has paced its range:
  29 sessions between $610.21 and $629.76, a range 3.20% wide. The record close, $629.76, came on
  Wednesday, November 11, and QQQ is now 0.53% below it.

16:40 Cleaning. Keeper Lu says the price is 2.02% above the 50-day average of $614.02, and the 200-day,
  $580.22, is far below. RSI 56.4, calm. MACD 1.96 is still under its signal at 2.46.

17:05 Volume was double the usual: 86.8 million shares against 44.3 million on average. The call wall
  sits at $640.00 and the put wall at $610.00, says Lu, who trades options on his lunch break. Max
  pain $630.00.

17:30 Lights out. Next vet visit: Wednesday, December 9, the same day as the Fed.
""")
plant(B, "zo-edged", "magnitude", MG, "QQQ, jumped 1.90%", "QQQ, edged up 1.90%", "edged up",
      "a 1.90% gain of 1.6 ATR is not an edge")
plant(B, "zo-crept", "magnitude", MG, "IWM crept up 0.30%", "IWM rocketed 0.30%", "rocketed",
      "IWM's 0.30% is a quarter of its ATR")
plant(B, "zo-double", "words", V, "Volume was double the usual", "Volume was triple the usual", "triple",
      "the volume ratio is 2.0")
plant(B, "zo-lead", "direction", D, "the biggest mover of the big four", "the weakest of the big four",
      "weakest",
      "QQQ's 1.90% led SPY, DIA and IWM")
plant(B, "zo-spy", "subject", V, "SPY rose 1.10%, DIA", "SPY rose 1.90%, DIA", "1.90%",
      "1.90% is QQQ's own move; SPY rose 1.10%", real=True)
plant(B, "zo-div1", "derived", DER, "QQQ beat IWM\n  by 1.60 points", "QQQ beat IWM\n  by 1.06 points",
      "1.06",
      "1.90 - 0.30 = 1.60")
plant(B, "zo-div2", "derived", DER, "and DIA by 1.30", "and DIA by 1.45", "1.45", "1.90 - 0.60 = 1.30")
plant(B, "zo-29", "history", V, "29 sessions between", "19 sessions between", "19",
      "the range has lasted 29 sessions")
plant(B, "zo-wd", "date", WM, "Wednesday, November 11, and", "Tuesday, November 11, and", "Tuesday",
      "Nov 11, 2026 was a Wednesday")
plant(B, "zo-ath", "value", V, "now 0.53% below it", "now 0.35% below it", "0.35%",
      "QQQ is 0.53% below its record close")
plant(B, "zo-50", "value", V, "the price is 2.02% above", "the price is 2.62% above", "2.62%",
      "QQQ is 2.02% above its 50-day")
plant(B, "zo-rsi", "indicator", IND, "RSI 56.4, calm", "RSI 56.4, oversold", "oversold",
      "RSI 56.4 is neutral")
plant(B, "zo-macd", "negation", IND, "is still under its signal", "is no longer under its signal",
      "no longer under", "MACD 1.96 is below its signal 2.46")
plant(B, "zo-call", "value", V, "The call wall\n  sits at $640.00", "The call wall\n  sits at $645.00",
      "$645.00",
      "the call wall is $640.00")
plant(B, "zo-scale", "scale", SC, "Max\n  pain $630.00", "Max\n  pain 25,630", "25,630",
      "QQQ's max pain on the Nasdaq 100's scale")

B = "catalan-IWM-2026-11-20"
clean(B, "IWM-2026-11-20", "translation", "txt",
      "a savings cooperative's newsletter translated from Catalan, with its issue number, an assembly in "
      "room 3 at 19:00, the translator's bracketed notes and three quoted lines from two sources",
      """\
[Translated from Catalan. Newsletter of the Cooperativa d'Estalvi del Poblenou, issue 88, Saturday 21
  November 2026. Translator's notes in brackets.]

Dear members,

The small caps did not join Friday's party. IWM rose only 0.30%, to $244.30, while QQQ climbed 1.90% and
  SPY 1.10%. The fund barely moved all day: it opened at $244.20 and traded between $243.65 and $244.45,
  a range of 80 cents. For the sixth session running it lagged SPY, on average by 42 basis points a day.
  Ledger Markets Daily wrote that IWM is "still boxed between roughly $240 and $250, where it has traded
  for five weeks" [1], and that "Each push toward $250 has met sellers, most recently on Nov. 12" [1].
  Macro Brief added that the 2-year yield "dropped to 3.47%" [2].

The fund is 0.60% below its 50-day average of $245.77 but 5.86% above the 200-day at $230.77. Neither
  average is going anywhere: both are flat over twenty sessions. RSI 48.2. MACD 0.31 stays below its
  signal at 0.51. The Bollinger bands run from $239.63 to $250.15 and the fund sits in the middle of them.

Levels for the assembly: resistance at $245.00, only 0.29% above the close, and at $249.26, 2.03% above;
  support at $242.80, 0.61% below, and at $241.00, 1.35% below. Options: max pain $245.00, put/call 1.12,
  calls piled at $250.00 and puts at $240.00 for the November 27 expiry [the day after Thanksgiving].

Volume: 39.6 million shares, about a third above the 20-day average. The assembly will be on Thursday,
  December 10, at 19:00 in the usual room (room 3); the Fed decides the day before. Bring your own chair.

<<SOURCES>>
""", sources=("ld-smallcaps20", "mb-yields20"), source_format="paren")
plant(B, "ca-mag", "magnitude", MG, "IWM rose only 0.30%", "IWM surged 0.30%", "surged",
      "IWM's 0.30% is 0.2 ATR")
plant(B, "ca-close", "value", V, "to $244.30, while", "to $244.03, while", "$244.03", "IWM closed at $244.30")
plant(B, "ca-range", "words", DER, "a range of 80 cents", "a range of three dollars", "three dollars",
      "244.45 - 243.65 = 0.80")
plant(B, "ca-streak", "history", V, "For the sixth session running", "For the ninth session running", "ninth",
      "IWM has trailed SPY 6 sessions in a row")
plant(B, "ca-bp", "value", V, "by 42 basis points", "by 24 basis points", "24 basis points",
      "the streak's average margin is 42 bp")
plant(B, "ca-quote", "quotation", NU, "for five weeks\" [1]", "for eight weeks\" [1]", "eight weeks",
      "the Ledger story says five weeks")
plant(B, "ca-quote2", "quotation", NU, "\"dropped to 3.47%\"", "\"dropped to 3.74%\"", "3.74%",
      "the Macro Brief story says 3.47%")
plant(B, "ca-cs", "citation", CS, "on Nov. 12\" [1]", "on Nov. 12\" [2]", "[2]",
      "source [2] (Macro Brief on yields) says nothing of IWM's pushes toward $250")
plant(B, "ca-side", "pattern", P, "The fund is 0.60% below its 50-day", "The fund is 0.60% above its 50-day",
      "above", "$244.30 is below the 50-day $245.77")
plant(B, "ca-flat", "trend", P, "both are flat over twenty sessions",
      "both are rising steeply over twenty sessions",
      "rising steeply", "the 50-day moved -0.08% and the 200-day -0.09%")
plant(B, "ca-macd", "negation", IND, "MACD 0.31 stays below its", "MACD 0.31 does not stay below its",
      "does not stay below", "MACD 0.31 is below its signal 0.51")
plant(B, "ca-band", "direction", D, "sits in the middle of them", "sits above the upper band",
      "above the upper band",
      "$244.30 is between the bands $239.63 and $250.15")
plant(B, "ca-dist1", "derived", DER, "only 0.29% above the close", "only 0.92% above the close", "0.92%",
      "245.00 / 244.30 - 1 = 0.29%")
plant(B, "ca-dist2", "derived", DER, "$241.00, 1.35% below", "$241.00, 3.15% below", "3.15%",
      "241.00 / 244.30 - 1 = -1.35%")
plant(B, "ca-sup", "level", LW, "support at $242.80", "support at $246.80", "$246.80",
      "a support above the $244.30 close")
plant(B, "ca-scale", "scale", SC, "calls piled at $250.00", "calls piled at 2,500", "2,500",
      "an IWM strike on the Russell 2000's scale")
plant(B, "ca-exp", "date", DU, "the November 27 expiry", "the November 29 expiry", "November 29",
      "the options expiry is Nov 27, 2026")
plant(B, "ca-wd", "date", WM, "on Thursday,\n  December 10", "on Wednesday,\n  December 10", "Wednesday",
      "Dec 10, 2026 is a Thursday")
plant(B, "ca-third", "words", V, "about a third above", "about double", "double", "the volume ratio is 1.3")

B = "dating-SPY-2026-11-20"
clean(B, "SPY-2026-11-20", "profile", "md",
      "a dating-app profile written in the first person by SPY, with its launch year and age, turn-ons "
      "and turn-offs, three quoted wire lines and a first-date idea that is a trade setup",
      """\
**SPY, 33, Manhattan** (launched January 1993)
*Diversified, liquid, looking for a long-term relationship.*

**About me.** I closed Friday, November 20, 2026 at $688.00, up 1.10%, and I'm up 3.28% this year, not
  bad at my age. I'm within 0.97% of my best-ever close, $694.71, from October 22. My golden cross is 44
  sessions old.

**My friends.** QQQ (the flashy one) jumped 1.90%, DIA rose 0.60%, and IWM, bless it, managed 0.30% and
  has trailed me six sessions straight. Ledger Markets Daily says the S&P 500 "climbed 1.1%" [1]; Harbor
  Street Wire says "Megacap technology shares roared back on Friday" [2]; and Tapewatch says IWM is stuck
  "between roughly $240 and $250" [3].

**What I'm looking for.** Someone who respects my support at $678.45 (tested twice) and doesn't push me
  through my resistance at $690.00 too fast. Max pain for the November 27 expiry is $690.00; the put/call
  ratio is 1.16, a bit more caution than confidence.

**My stats.** RSI 55.0 (emotionally balanced). MACD 0.82, still under its 1.59 signal line; I'm working
  on it. Average true range $7.06, about 1.03% a day. I sit 1.11% above my 50-day average and 6.48% above
  my 200-day.

**Turn-offs:** people who call a 1.10% day a crash. **Turn-ons:** volume. Friday brought 118.3 million
  shares, 1.8 times my usual 64.9 million.

**First date idea:** a long above $697.09, stop $690.03, target $710.97. Roughly two to one. Fed night,
  Wednesday, December 9, is already booked.

<<SOURCES>>
""", sources=("ld-rebound20", "hs-megacap20", "tw-box19"))
plant(B, "da-close", "value", V, "at $688.00, up 1.10%, and", "at $688.80, up 1.10%, and", "$688.80",
      "SPY closed at $688.00")
plant(B, "da-ath", "value", V, "within 0.97% of my", "within 1.97% of my", "1.97%",
      "SPY is 0.97% below its record close")
plant(B, "da-athdate", "date", DU, "$694.71, from October 22", "$694.71, from October 23", "October 23",
      "the record close was on Oct 22, 2026")
plant(B, "da-44", "history", V, "is 44\n  sessions old", "is 54\n  sessions old", "54",
      "the cross is 44 sessions old")
plant(B, "da-cross", "pattern", P, "My golden cross", "My death cross", "death cross",
      "the 50-day is above the 200-day")
plant(B, "da-edged", "magnitude", MG, "(the flashy one) jumped 1.90%", "(the flashy one) edged up 1.90%",
      "edged up", "QQQ's 1.90% was 1.6 ATR")
plant(B, "da-soared", "magnitude", MG, "bless it, managed 0.30%", "bless it, soared 0.30%", "soared",
      "IWM's 0.30% is 0.2 ATR")
plant(B, "da-six", "history", V, "six sessions straight", "eleven sessions straight", "eleven",
      "IWM has trailed SPY 6 sessions in a row")
plant(B, "da-quote", "quotation", NU, "\"climbed 1.1%\"", "\"climbed 1.7%\"", "1.7%",
      "the Ledger story says 1.1%")
plant(B, "da-quote2", "quotation", NU, "$240 and $250\" [3]", "$240 and $260\" [3]", "$260",
      "the Tapewatch story says $250")
plant(B, "da-cite", "citation", CU, "and $250\" [3]", "and $250\" [5]", "[5]", "there is no source [5]")
plant(B, "da-cs", "citation", CS, "roared back on Friday\" [2]", "roared back on Friday\" [3]", "[3]",
      "source [3] (Tapewatch on the Russell 2000's box) says nothing of megacap technology")
plant(B, "da-sup", "level", LW, "support at $678.45 (tested", "support at $698.45 (tested", "$698.45",
      "a support above the $688.00 close")
plant(B, "da-touch", "level", V, "(tested twice)", "(tested seven times)", "seven", "$678.45 has 2 touches")
plant(B, "da-res", "level", LW, "resistance at $690.00 too fast", "resistance at $680.00 too fast", "$680.00",
      "a resistance below the $688.00 close")
plant(B, "da-rsi", "indicator", IND, "RSI 55.0 (emotionally balanced)", "RSI 55.0 (overbought and proud)",
      "overbought", "RSI 55.0 is neutral")
plant(B, "da-macd", "negation", IND, "still under its 1.59 signal", "no longer under its 1.59 signal",
      "no longer under", "MACD 0.82 is below its signal 1.59")
plant(B, "da-50", "value", V, "I sit 1.11% above", "I sit 1.81% above", "1.81%",
      "SPY is 1.11% above its 50-day")
plant(B, "da-times", "words", V, "1.8 times my usual", "three times my usual", "three times",
      "the volume ratio is 1.8")
plant(B, "da-stop", "setup", SG, "stop $690.03, target", "stop $699.03, target", "$699.03",
      "a long's stop above its $697.09 entry")
plant(B, "da-rr", "setup", SRR, "Roughly two to one.", "Roughly six to one.", "six to one",
      "(710.97-697.09)/(697.09-690.03) = 2.0")
plant(B, "da-scale", "scale", SC, "target $710.97", "target 7,109.70", "7,109.70",
      "an SPY target on the S&P 500's scale")
plant(B, "da-wd", "date", WM, "Wednesday, December 9, is", "Friday, December 9, is", "Friday",
      "Dec 9, 2026 is a Wednesday")

README = kit.blind_readme(15)

# ---------------------------------------------------------------- scoring and the command line

evaluate, report = SET.evaluate, SET.report  # what tests/test_verify_holdout15.py runs

if __name__ == "__main__":
    raise SystemExit(SET.main(sys.argv[1:], doc=__doc__ or "", readme=README))
