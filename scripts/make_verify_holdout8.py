"""Write the eighth blind holdout set for the verifier to tests/data/verify_holdout8/ (deterministic).

    .venv/bin/python scripts/make_verify_holdout8.py            # (re)write the set
    .venv/bin/python scripts/make_verify_holdout8.py --check    # exit 1 if the files on disk differ
    .venv/bin/python scripts/make_verify_holdout8.py --score    # run the verifier over the set, report

Written for issue 14 by someone who had read neither `pipeline/verify/` nor the texts of the
evaluation set or of the first seven holdouts (only the shared plumbing in
`scripts/verify_eval/holdout_kit.py`, `pipeline/facts.py`, `pipeline/contracts/`, the README's
verifier section and the CHANGELOG's older entries). The voices are ones the earlier sets did not
use: a small fund's letter to its partners, a numbered X/Twitter thread, a terminal's headline
stack, notes translated from Polish, Swedish and Turkish, a brokerage app's push-notification
digest, a teacher's lesson plan, an adviser's meeting notes, an internal audit memo, a trading
competition's leaderboard post, a live blog with timestamps, a podcast's show notes, a compliance
reviewer's comments on a draft, a forum post heavy with signatures, a corporate treasury update, a
closing-bell haiku blog with notes, a voice-to-text dictation with its slips left in, a sports-radio
play-by-play and software-style release notes for the market's day.

Every figure of a clean text was typed by hand from `pipeline.facts.build_fact_sheet(...)` of the
case's snapshot, of a peer in the same file, of the snapshot's dated bars (`recent_sessions`,
`recent_closes`, `recent_highs`, `recent_lows`), of the 50/200-day slopes the snapshot carries
(`trend.sma_50_slope_pct`, `trend.sma_200_slope_pct`), or from the text of a cited source;
approximations ("roughly 1.8 times", "about two to one") were checked against the same values.
Page furniture, years, counts of things, ages, clock times, room numbers and post counts are there
on purpose: they are not market data. The snapshots and sources are frozen copies in
tests/data/verify_holdout8/context/ (taken from tests/data/verify_eval/ on 2026-12-05; each
carries 64 dated bars). Each planted case is one clean text with one exact substitution and one
expected finding whose code is the README's documented one for that fault; its note says why that
code.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verify_eval import holdout_kit as kit  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- the clean texts

U = kit.FIXTURE_URLS  # the ingested items cited, by a short name

SOURCE_LINES = {  # a cited item's line in each source format
    "letter": "[{n}] {item.publisher}, \"{item.title}\" ({day}), {item.url}",
    "plain": "[{n}] {item.title} | {item.publisher} | {item.url}",
    "bare": "[{n}] {item.url}",
}
SOURCE_JOINS = {
    "letter": ("Sources\n", "\n"),
    "plain": ("Sources\n", "\n"),
    "bare": ("References\n", "\n"),
}


SET = kit.HoldoutSet("holdout8", REPO, U, SOURCE_LINES, SOURCE_JOINS)
OUT = SET.out
CLEAN = SET.texts
clean = SET.clean
plant = SET.plant
V, D, P, IND, DU, WM, LW, NU, MG, DER, SC, SG, SRR, CU, CS = kit.CODES

# A line starting with exactly two spaces continues the line before it. `<<SOURCES>>` becomes the
# Sources block. Figures are typed, not slotted: each was read off the key's fact sheet. Each text's
# planted errors follow it.

clean("letter-SPY-2026-11-20", "SPY-2026-11-20", "investor-letter", "txt",
      "a small fund's quarterly letter to its limited partners: founding year, partner counts, an age, "
      "a meeting room and an RSVP date around the SPY recap, a breakout plan with its reward/risk",
      """\
ASHGROVE CREEK PARTNERS, L.P.
Letter to limited partners · No. 48 · Saturday, November 21, 2026 · Page 1 of 3

Dear partners,

We founded Ashgrove in 2014 with eleven partners and one data terminal; today 37 of you have money
  with us, and the terminal count has grown to two. Thank you for your patience through a choppy
  autumn.

Our core hedge remains the SPDR S&P 500 ETF Trust (SPY), so let us start with Friday. SPY closed at
  $688.00 on November 20, up $7.49 or 1.10% from Thursday's $680.51, and it did so on heavy volume:
  118.3 million shares against a 20-day average of 64.9 million, roughly 1.8 times normal. The S&P 500
  itself climbed 1.1% to 6,901.69 [1]. The day's swing ran from a low of $679.36 to a high of $689.87.

The rally rescued the week but not the month. SPY finished the five sessions with a gain, and it is
  still down 0.97% over the past month and up only 3.28% for the year to date. Friday's jump came
  after a dull stretch: the fund closed at $679.84 on Tuesday the 17th and at $681.88 on Wednesday.

The trend is intact. SPY sits 1.11% above its 50-day moving average of $680.43 and 6.48% above its
  200-day of $646.13, and the golden cross that formed on September 21 is now 44 sessions old. The
  50-day has risen about 1.8% over the past twenty sessions, while the 200-day has barely moved. RSI
  stands at 55.0, comfortably neutral; the MACD (0.82) is still below its signal line (1.59), which
  tells us momentum has not yet caught up with price.

The fund is a little under its record close of $694.71, set on October 22. That record is our line
  in the sand: the 29-session range runs from $678.45 up to it, and support sits at $678.45. A close
  above $697.09, the intraday record, would give us a breakout long with a stop at $690.03 and a
  target of $710.97, a reward-to-risk of about two to one. We would rather wait for it than chase.

Tech did the lifting: QQQ gained 1.90% to $626.40, leaving SPY 0.80 points behind it, while the Dow
  fund DIA added 0.60% and small caps lagged with IWM up just 0.30%. The VIX fell 9.30% to 15.60. A
  day earlier the mood had been sour: the S&P 500 declined 0.2% to 6,826.06 on Thursday [2].

The calendar is short. The Federal Reserve decides on rates on December 9, 13 sessions from now, and
  the November CPI report follows on December 10. Our annual meeting is on January 14 at 10:30 a.m. in
  Room 402; please reply by December 31.

With gratitude,
Helen Okafor, managing partner (at 61, still the youngest member of our investment committee)

<<SOURCES>>
""", sources=("ld-rebound20", "hs-edge19"), source_format="letter")

B = "letter-SPY-2026-11-20"
plant(B, "ltr-close", "value", V, "SPY closed at $688.00 on November 20",
      "SPY closed at $686.40 on November 20", "$686.40", "the close is $688.00")
plant(B, "ltr-change-words", "words", V, "up $7.49 or 1.10% from", "up $7.49 or one point six percent from",
      "one point six percent", "the day's move is 1.10%, not 1.6%")
plant(B, "ltr-volume", "value", V, "118.3 million shares", "128.3 million shares", "128.3 million",
      "the volume is 118.3M")
plant(B, "ltr-ratio-words", "words", V, "roughly 1.8 times normal", "roughly three times normal",
      "three times", "the volume ratio is 1.8")
plant(B, "ltr-month", "timeframe", V, "still down 0.97% over the past month",
      "still down 3.28% over the past month", "3.28%",
      "the 1-month move is -0.97%; 3.28% is the year-to-date return", real=True)
plant(B, "ltr-tuesday", "history", V, "closed at $679.84 on Tuesday", "closed at $676.84 on Tuesday",
      "$676.84", "Nov 17's close is $679.84")
plant(B, "ltr-weekday", "date", WM, "on Tuesday the 17th", "on Monday the 17th", "Monday",
      "Nov 17, 2026 is a Tuesday")
plant(B, "ltr-sma50-side", "direction", D, "1.11% above its 50-day", "1.11% below its 50-day", "below",
      "SPY is above its 50-day")
plant(B, "ltr-cross-date", "date", DU, "formed on September 21", "formed on September 12", "September 12",
      "the golden cross formed on Sep 21, 2026")
plant(B, "ltr-slope-trend", "trend", P, "while the 200-day has barely moved", "while the 200-day is sinking",
      "sinking", "the 200-day rose 0.13% over 20 sessions: not falling")
plant(B, "ltr-macd-neg", "negation", IND, "is still below its signal line (1.59)",
      "is no longer below its signal line (1.59)", "no longer below", "MACD 0.82 is below its signal 1.59")
plant(B, "ltr-record", "value", V, "record close of $694.71", "record close of $696.71", "$696.71",
      "the record close is $694.71")
plant(B, "ltr-support", "level", LW, "support sits at $678.45", "support sits at $689.45", "$689.45",
      "a support above the $688.00 close")
plant(B, "ltr-rr", "setup", SRR, "about two to one", "about four to one", "four to one",
      "entry 697.09, stop 690.03, target 710.97: reward/risk 2.0")
plant(B, "ltr-subject", "subject", V, "with IWM up just 0.30%", "with IWM up just 0.58%", "0.58%",
      "IWM rose 0.30%; 0.58% is the Dow's move", real=True)
plant(B, "ltr-vix", "direction", D, "The VIX fell 9.30%", "The VIX rose 9.30%", "rose", "the VIX fell 9.30%")
plant(B, "ltr-fed-count", "history", V, "13 sessions from now", "18 sessions from now", "18 sessions",
      "the FOMC decision is 13 sessions away")
plant(B, "ltr-cite", "citation", CU, "6,901.69 [1]", "6,901.69 [3]", "[3]", "the letter lists two sources")

clean("xthread-QQQ-2026-11-20", "QQQ-2026-11-20", "x-thread", "txt",
      "a numbered X/Twitter thread on QQQ: post numbers, a count of Friday threads since a year, a "
      "follower count, emoji and cashtags, a pullback setup in R", """\
🧵 1/9 Friday tape recap for $QQQ. Long thread, grab a coffee. (I've posted one of these every Friday
  since 2021; this is #212.)

2/9 $QQQ ripped higher, closing at $626.40, up $11.68 or 1.90%. The Nasdaq 100 itself gained 1.89%
  to 25,753.96. It came on 86.8M shares, about double the 20-day average of 44.3M.

3/9 Context: ATR is $8.05, about 1.29% of price, so this was roughly a 1.6 ATR day. Intraday it ran
  from $614.90 to $631.45.

4/9 Week: +1.28%. Month: +0.27%. YTD: +4.91%. It basically erased the mid-month dip: Thursday's
  close was $614.72 and Tuesday's was $615.97.

5/9 Trend: 2.02% above the 50-day ($614.02), 7.96% above the 200-day ($580.22). Golden cross since
  July 27, 83 sessions ago. The 50-day is still rising, up about one and a half percent over 20
  sessions.

6/9 Momentum: RSI 56.4, middle of the road, not overbought. MACD 1.96 vs signal 2.46: still under
  the signal line, so no fresh buy signal yet.

7/9 Levels: record close $629.76 from Nov 11, and we're 0.53% under it. Intraday record $632.37 (Nov
  12). Support: the range floor at $610.21. The range has held for 29 sessions and is only 3.20% wide.

8/9 Relative: QQQ beat SPY by 0.80 points (SPY +1.10%), DIA +0.60%, IWM +0.30%. VIX down 9.30% to
  15.60. Megacap tech did the lifting, per the wire [1].

9/9 What I'm watching: a pullback long at $610.35, stop $602.85, target $626.99, so 2.2R. FOMC on
  Dec 9, 13 sessions out. Not advice. Follow for more; 14.2K of you already do 🙏

<<SOURCES>>
""", sources=("hs-megacap20",), source_format="bare")

B = "xthread-QQQ-2026-11-20"
plant(B, "x-close", "value", V, "closing at $626.40", "closing at $624.60", "$624.60", "the close is $626.40")
plant(B, "x-magnitude", "magnitude", MG, "$QQQ ripped higher", "$QQQ edged higher", "edged",
      "'edged' on a 1.90% move of 1.6 ATR")
plant(B, "x-volume-words", "words", V, "about double the 20-day average", "about triple the 20-day average",
      "triple", "the volume ratio is 2.0")
plant(B, "x-atr", "value", V, "ATR is $8.05", "ATR is $6.05", "$6.05", "the 14-day ATR is $8.05")
plant(B, "x-week", "timeframe", V, "Week: +1.28%", "Week: +1.90%", "1.90%",
      "the 5-day return is 1.28%; 1.90% is the day's move", real=True)
plant(B, "x-thursday", "history", V, "Thursday's close was $614.72", "Thursday's close was $616.72",
      "$616.72", "Nov 19's close is $614.72")
plant(B, "x-cross-date", "date", DU, "Golden cross since July 27", "Golden cross since July 17", "July 17",
      "the golden cross dates from Jul 27, 2026")
plant(B, "x-cross-name", "pattern", P, "Golden cross since July 27", "Death cross since July 27",
      "Death cross", "the 50-day is above the 200-day: a golden cross")
plant(B, "x-slope", "trend", P, "The 50-day is still rising", "The 50-day is rolling over", "rolling over",
      "the 50-day rose 1.49% over 20 sessions")
plant(B, "x-rsi", "indicator", IND, "RSI 56.4, middle of the road, not overbought",
      "RSI 56.4, overbought territory", "overbought", "RSI 56.4 is not overbought")
plant(B, "x-macd-neg", "negation", IND, "still under the signal line", "no longer under the signal line",
      "no longer under", "MACD 1.96 is under its signal 2.46")
plant(B, "x-support", "level", LW, "Support: the range floor at $610.21",
      "Resistance: the range floor at $610.21", "Resistance",
      "a resistance at $610.21, below the $626.40 close")
plant(B, "x-divergence", "derived", DER, "QQQ beat SPY by 0.80 points", "QQQ beat SPY by 1.30 points",
      "1.30 points", "1.90% - 1.10% is 0.80 points", real=True)
plant(B, "x-subject", "subject", V, "DIA +0.60%", "DIA +0.30%", "+0.30%",
      "DIA rose 0.60%; 0.30% is IWM's move", real=True)
plant(B, "x-stop", "setup", SG, "stop $602.85", "stop $612.85", "$612.85",
      "a long's stop above its $610.35 entry")
plant(B, "x-rr", "setup", SRR, "so 2.2R", "so 3.5R", "3.5R", "entry 610.35, stop 602.85, target 626.99: 2.2")
plant(B, "x-fed-date", "date", DU, "FOMC on Dec 9", "FOMC on Dec 8", "Dec 8",
      "the FOMC decision is on Dec 9, 2026")
plant(B, "x-scale", "scale", SC, "gained 1.89% to 25,753.96", "gained 1.89% to $25,753.96", "$25,753.96",
      "the Nasdaq 100 is an index, not quoted in dollars")
plant(B, "x-cite", "citation", CU, "per the wire [1]", "per the wire [2]", "[2]", "one reference is listed")

clean("terminal-DIA-2026-11-20", "DIA-2026-11-20", "headline-stack", "txt",
      "a market terminal's headline stack for DIA: clock stamps, story counts, page numbers and "
      "function keys around all-caps flashes", """\
NEWS · DIA US Equity · Top headlines · Fri 20 Nov 2026 · PG 1/2 · 14 stories · <HELP> for options

16:04 *DIA CLOSES AT $471.60, UP $2.81 OR 0.60%; THIRD STRAIGHT HIGHER CLOSE
16:04 *DOW INDUSTRIALS RISE 0.58% TO 47,220.31 AS TECH LEADS BROAD RALLY [1]
16:05 *DIA VOLUME 5.5M SHARES VS 20-DAY AVG 3.4M, ABOUT 1.6 TIMES NORMAL
16:05 *DIA GAINS 1.10% ON THE WEEK; DOWN 0.17% OVER ONE MONTH; DOWN 0.72% YEAR TO DATE
16:06 *DIA 0.85% ABOVE 50-DAY AVG OF $467.61, 3.69% ABOVE 200-DAY OF $454.80
16:06 *DIA GOLDEN CROSS IN PLACE SINCE OCT. 2, NOW 35 SESSIONS OLD
16:07 *DIA RSI AT 55.5, NEUTRAL; MACD 0.34 STILL BELOW SIGNAL 0.47
16:07 *DIA 50-DAY AVERAGE CLIMBS 0.75% OVER 20 SESSIONS; 200-DAY SLIPS 0.32%
16:08 *DIA 4.52% BELOW RECORD CLOSE OF $493.91 SET JAN. 12
16:08 *DIA TRADES IN 43-SESSION RANGE OF $464.29 TO $474.50; RESISTANCE AT $474.50
16:09 *DIA SUPPORT SEEN AT 50-DAY $467.61, THEN RANGE FLOOR $464.29
16:10 *DIA LAGS SPY BY 0.50 PCT POINT AS SPY RISES 1.10%; QQQ JUMPS 1.90%
16:10 *DIA BEATS IWM, WHICH ADDS 0.30%; VIX DROPS 9.30% TO 15.60
16:11 *DIA CLOSED AT $468.32 ON WEDNESDAY, $468.79 ON THURSDAY
16:12 *DOW ROSE 0.3% ON WEDNESDAY TO 46,891.82 AS DEFENSIVES FIRMED [2]
16:12 *FOMC DECISION DUE DEC. 9, 13 SESSIONS AWAY; NOVEMBER CPI DEC. 10
16:13 *DIA ATR $4.50, 0.95% OF PRICE; FRIDAY'S MOVE ABOUT 0.6 ATR

Type N <GO> for next page · 2 of 14 stories unread · Terminal ID 7741

<<SOURCES>>
""", sources=("ld-rebound20", "tw-dow18"), source_format="plain")

B = "terminal-DIA-2026-11-20"
plant(B, "tm-close", "value", V, "*DIA CLOSES AT $471.60", "*DIA CLOSES AT $473.60", "$473.60",
      "the close is $471.60")
plant(B, "tm-streak-words", "words", V, "THIRD STRAIGHT HIGHER CLOSE", "FIFTH STRAIGHT HIGHER CLOSE", "FIFTH",
      "three higher closes in a row")
plant(B, "tm-dow-dir", "direction", D, "*DOW INDUSTRIALS RISE 0.58%", "*DOW INDUSTRIALS FALL 0.58%", "FALL",
      "the Dow rose 0.58%")
plant(B, "tm-volume", "value", V, "DIA VOLUME 5.5M SHARES", "DIA VOLUME 7.5M SHARES", "7.5M",
      "the volume is 5.5M")
plant(B, "tm-ytd", "timeframe", V, "DOWN 0.72% YEAR TO DATE", "DOWN 0.17% YEAR TO DATE", "0.17%",
      "the year-to-date return is -0.72%; -0.17% is the 1-month move", real=True)
plant(B, "tm-sma200", "value", V, "200-DAY OF $454.80", "200-DAY OF $458.80", "$458.80",
      "the 200-day average is $454.80")
plant(B, "tm-cross-date", "date", DU, "SINCE OCT. 2, NOW", "SINCE OCT. 4, NOW", "OCT. 4",
      "the golden cross dates from Oct 2, 2026")
plant(B, "tm-macd", "indicator", IND, "MACD 0.34 STILL BELOW SIGNAL 0.47",
      "MACD 0.34 STILL ABOVE SIGNAL 0.47", "ABOVE", "MACD 0.34 is below its signal 0.47")
plant(B, "tm-slope", "trend", V, "50-DAY AVERAGE CLIMBS 0.75% OVER 20 SESSIONS",
      "50-DAY AVERAGE CLIMBS 2.75% OVER 20 SESSIONS", "2.75%", "the 50-day's 20-session slope is 0.75%")
plant(B, "tm-record-date", "date", DU, "SET JAN. 12", "SET JAN. 21", "JAN. 21",
      "the record close was set on Jan 12, 2026")
plant(B, "tm-resistance", "level", LW, "RESISTANCE AT $474.50", "RESISTANCE AT $470.00", "$470.00",
      "a resistance below the $471.60 close")
plant(B, "tm-lag", "derived", DER, "LAGS SPY BY 0.50 PCT POINT", "LAGS SPY BY 0.80 PCT POINT",
      "0.80 PCT POINT", "1.10% - 0.60% is 0.50 points; 0.80 is the 1-month spread", real=True)
plant(B, "tm-beats", "direction", D, "*DIA BEATS IWM", "*DIA TRAILS IWM", "TRAILS",
      "DIA's 0.60% beat IWM's 0.30%")
plant(B, "tm-subject", "subject", V, "QQQ JUMPS 1.90%", "QQQ JUMPS 1.10%", "1.10%",
      "QQQ rose 1.90%; 1.10% is SPY's move", real=True)
plant(B, "tm-wed", "history", V, "$468.32 ON WEDNESDAY", "$466.32 ON WEDNESDAY", "$466.32",
      "Nov 18's close is $468.32")
plant(B, "tm-cite", "citation", CU, "AS DEFENSIVES FIRMED [2]", "AS DEFENSIVES FIRMED [4]", "[4]",
      "two sources are listed")
plant(B, "tm-fed-days", "history", V, "13 SESSIONS AWAY", "11 SESSIONS AWAY", "11 SESSIONS",
      "the FOMC decision is 13 sessions away")
plant(B, "tm-atr-mult", "value", V, "FRIDAY'S MOVE ABOUT 0.6 ATR", "FRIDAY'S MOVE ABOUT 1.6 ATR", "1.6 ATR",
      "the move is 0.6 ATR", real=True)

clean("polish-IWM-2026-11-20", "IWM-2026-11-20", "translation-pl", "txt",
      "a Polish brokerage's daily note, machine-translated: figures with USD after them, 'percent' "
      "spelled out, day-month dates, a translator's note and a disclaimer with a licence number", """\
Daily note: small companies (translated from Polish)
Warsaw, 21 November 2026, 08:15 · Department of Analyses · Edition no. 219

The fund iShares Russell 2000 ETF (IWM) ended the Friday session at the level 244.30 USD, which
  means an increase of 0.73 USD, that is 0.30 percent, relative to the Thursday close of 243.57 USD.
  The index Russell 2000 itself rose also by 0.3 percent, to 2,456.17 points [1]. The turnover
  amounted to 39.6 million units, about 1.3 times more than the average from 20 sessions (30.0
  million).

In the whole week the fund lost 1.10 percent, in the scale of the month it is 1.65 percent below,
  and since the beginning of the year it has gained only 0.42 percent. It is the sixth session in a
  row in which IWM stayed behind SPY; the American large companies gained on Friday 1.10 percent, and
  the technology fund QQQ as much as 1.90 percent. The gap to SPY was therefore 0.80 percentage point.

Technical picture. The price is located 0.60 percent below the 50-session average (245.77 USD) but
  5.86 percent above the 200-session average (230.77 USD). The golden cross is valid since 10 August,
  that is 73 sessions. Both averages are practically flat for a month. RSI(14) amounts to 48.2,
  neither overbought nor oversold, and MACD (0.31) is located below the signal line (0.51).

The fund remains in the consolidation 241.00-249.26 USD, which lasts 25 sessions; the width of the
  channel is 3.43 percent. The nearest resistance is the round 245.00 USD, then the 50-session average
  at 245.77 USD and 249.26 USD, the highest close of the range from 12 November. Support lies at
  242.80 USD and at 241.00 USD. To the maximum of 52 weeks (257.77 USD, 28 November 2025) the fund
  lacks 5.23 percent.

For comparison: on Tuesday 17 November the fund closed at 245.28 USD, and on Wednesday at 244.79
  USD. The daily range on Friday was only from 243.65 to 244.45 USD. The average true range (ATR)
  amounts to 2.83 USD, so the Friday movement was small, about 0.2 ATR.

Calendar: the decision of the Fed on 9 December (in 13 sessions), the inflation CPI on 10 December.
  Yields of 10-year American bonds fell by 7 basis points to 4.06 percent [2].

Translator's note: "sesja" is rendered as "session" throughout. The document has 2 pages.
This material is not investment advice. Brokerage house licence no. DDM-M-4021-57-1/2005.

<<SOURCES>>
""", sources=("ld-rebound20", "mb-yields20"), source_format="plain")

B = "polish-IWM-2026-11-20"
plant(B, "pl-close", "value", V, "at the level 244.30 USD", "at the level 246.30 USD", "246.30 USD",
      "the close is $244.30")
plant(B, "pl-change-words", "words", V, "that is 0.30 percent, relative", "that is three percent, relative",
      "three percent", "the day's move is 0.30%")
plant(B, "pl-direction", "direction", D, "which means an increase of 0.73 USD",
      "which means a decrease of 0.73 USD", "decrease", "IWM rose $0.73")
plant(B, "pl-week", "timeframe", V, "In the whole week the fund lost 1.10 percent",
      "In the whole week the fund lost 1.65 percent", "1.65 percent",
      "the 5-day return is -1.10%; -1.65% is the 1-month move", real=True)
plant(B, "pl-streak", "history", V, "It is the sixth session in a row", "It is the ninth session in a row",
      "ninth", "IWM has trailed SPY for 6 sessions")
plant(B, "pl-subject", "subject", V, "QQQ as much as 1.90 percent", "QQQ as much as 0.60 percent",
      "0.60 percent", "QQQ rose 1.90%; 0.60% is DIA's move", real=True)
plant(B, "pl-gap", "derived", DER, "The gap to SPY was therefore 0.80 percentage point",
      "The gap to SPY was therefore 1.40 percentage point", "1.40", "1.10% - 0.30% is 0.80 points")
plant(B, "pl-sma50-side", "direction", D, "0.60 percent below the 50-session average",
      "0.60 percent above the 50-session average", "above", "IWM is below its 50-day")
plant(B, "pl-cross-neg", "negation", P, "The golden cross is valid since 10 August",
      "There is no golden cross since 10 August", "no golden cross",
      "the 50-day has been above the 200-day since Aug 10, 2026")
plant(B, "pl-flat", "trend", P, "Both averages are practically flat for a month",
      "Both averages are rising steeply for a month", "rising steeply",
      "the 50-day and 200-day moved -0.08% and -0.09% in 20 sessions")
plant(B, "pl-rsi", "indicator", IND, "neither overbought nor oversold", "already oversold", "oversold",
      "RSI 48.2 is not oversold")
plant(B, "pl-width", "value", V, "the width of the channel is 3.43 percent",
      "the width of the channel is 4.43 percent", "4.43 percent", "the range is 3.43% wide")
plant(B, "pl-support", "level", LW, "Support lies at 242.80 USD", "Support lies at 245.00 USD", "245.00 USD",
      "a support above the $244.30 close", real=True)
plant(B, "pl-high-date", "date", DU, "257.77 USD, 28 November 2025", "257.77 USD, 18 November 2025",
      "18 November 2025", "the 52-week high close was on Nov 28, 2025")
plant(B, "pl-tuesday", "history", V, "the fund closed at 245.28 USD", "the fund closed at 246.28 USD",
      "246.28 USD", "Nov 17's close is $245.28")
plant(B, "pl-weekday", "date", WM, "on Tuesday 17 November", "on Thursday 17 November", "Thursday",
      "Nov 17, 2026 is a Tuesday")
plant(B, "pl-magnitude", "magnitude", MG, "so the Friday movement was small",
      "so the Friday movement was a surge", "surge", "a 0.30% move of 0.2 ATR is no surge")
plant(B, "pl-fed-date", "date", DU, "the Fed on 9 December", "the Fed on 19 December", "19 December",
      "the FOMC decision is on Dec 9, 2026")
plant(B, "pl-yield", "citation", NU, "fell by 7 basis points to 4.06 percent",
      "fell by 7 basis points to 4.16 percent", "4.16 percent", "the cited source gives the 10-year at 4.06%")

clean("swedish-FSMI-2026-11-20", "idx_FSMI-2026-11-20", "translation-sv", "txt",
      "a Swedish bank's emerging-markets morning note, machine-translated: 'per cent' spelled out, "
      "points for the index, a frontier ETF in dollars, a week number and a helpline's opening hours", """\
Morning comment, Frontier markets · Week 47 · Stockholm, Saturday 21 November 2026
(Translated automatically from Swedish. In case of doubt the Swedish version applies.)

Frontier Select Markets Index fell on Friday by 312.84 points, or 0.88 per cent, and closed at
  35,112.40. It is the lowest closing price in 52 weeks, and during the day the index also touched
  35,039.66, a new low for the year. It is the third day in a row with a lower close; over the three
  days the decline is 3.58 per cent.

The fall is long. In one week the index has lost 3.07 per cent, in one month 8.56 per cent and since
  New Year 18.33 per cent. From the top of 48,944.52 on 19 August the distance is now 28.26 per cent,
  and today's level lies 32.50 per cent below the all-time high from November 2024, 52,018.76.

The technical picture is weak. The index is 10.45 per cent under its 50-day average (39,210.55) and
  19.73 per cent under the 200-day average (43,740.76). A death cross was formed on 15 October, 26
  trading days ago. The 50-day average itself has fallen by more than 9 per cent in a month, and also
  the 200-day line points downwards. RSI(14) is 23.0, which is clearly oversold, and MACD (-1,085.04)
  lies under its signal line (-1,025.37).

The first resistance is the round level 35,500, then 37,915.92, a former bottom. The trading range
  of the last 20 days stretches from 35,112.40 to 38,808.51, a width of 10.53 per cent. The average
  daily movement (ATR) is 549.68 points, 1.57 per cent, so Friday's fall was about 0.6 ATR.

The American market went the other way: S&P 500 rose 1.11 per cent to 6,901.69 and Russell 2000 0.30
  per cent. The difference against S&P 500 was thus 1.99 percentage points to our disadvantage. The
  exchange-traded fund FRNT, which follows the index, closed at 30.01 dollars against 30.27 dollars on
  Thursday.

On Thursday the index closed at 35,425.24, on Wednesday at 35,758.32 and on Tuesday at 36,415.51.

Questions? The customer service answers weekdays 08:00-17:00 on 0771-22 11 22. Document 3 of 5 in
  today's distribution.
""")

B = "swedish-FSMI-2026-11-20"
plant(B, "sv-close", "value", V, "and closed at 35,112.40.", "and closed at 35,412.40.", "35,412.40",
      "the close is 35,112.40")
plant(B, "sv-dir", "direction", D, "Frontier Select Markets Index fell on Friday",
      "Frontier Select Markets Index rose on Friday", "rose", "the index fell 0.88%")
plant(B, "sv-pct-words", "words", V, "or 0.88 per cent, and closed", "or one and a half per cent, and closed",
      "one and a half per cent", "the day's move is -0.88%")
plant(B, "sv-low-neg", "negation", P, "It is the lowest closing price in 52 weeks",
      "It is not the lowest closing price in 52 weeks", "not the lowest",
      "35,112.40 is the 52-week closing low, set today")
plant(B, "sv-streak", "history", V, "It is the third day in a row with a lower close",
      "It is the fifth day in a row with a lower close", "fifth", "three lower closes in a row")
plant(B, "sv-month", "timeframe", V, "in one month 8.56 per cent", "in one month 18.33 per cent",
      "18.33 per cent", "the 1-month move is -8.56%; -18.33% is the year-to-date return", real=True)
plant(B, "sv-high-date", "date", DU, "48,944.52 on 19 August", "48,944.52 on 29 August", "29 August",
      "the 52-week high close was on Aug 19, 2026")
plant(B, "sv-ath", "value", V, "November 2024, 52,018.76.", "November 2024, 54,018.76.", "54,018.76",
      "the all-time high is 52,018.76")
plant(B, "sv-sma200", "value", V, "200-day average (43,740.76)", "200-day average (41,740.76)", "41,740.76",
      "the 200-day average is 43,740.76")
plant(B, "sv-cross", "pattern", P, "A death cross was formed on 15 October",
      "A golden cross was formed on 15 October", "golden cross",
      "the 50-day is below the 200-day: a death cross")
plant(B, "sv-cross-days", "history", V, "26 trading days ago", "36 trading days ago", "36 trading days",
      "the death cross is 26 sessions old")
plant(B, "sv-slope", "trend", P, "also the 200-day line points downwards",
      "also the 200-day line points upwards", "points upwards", "the 200-day fell 1.57% in 20 sessions")
plant(B, "sv-rsi", "indicator", IND, "which is clearly oversold", "which is clearly overbought", "overbought",
      "RSI 23.0 is oversold")
plant(B, "sv-resistance", "level", LW, "The first resistance is the round level 35,500",
      "The first resistance is the round level 35,000", "35,000", "a resistance below the 35,112.40 close",
      real=True)
plant(B, "sv-subject", "subject", V, "Russell 2000 0.30 per cent", "Russell 2000 1.11 per cent",
      "1.11 per cent", "the Russell 2000 rose 0.30%; 1.11% is the S&P 500's move", real=True)
plant(B, "sv-diff", "derived", DER, "was thus 1.99 percentage points", "was thus 2.49 percentage points",
      "2.49", "-0.88% against 1.11% is 1.99 points")
plant(B, "sv-scale", "scale", SC, "closed at 30.01 dollars against", "closed at 3,001 dollars against",
      "3,001 dollars", "FRNT is an ETF near $30, not on the index's scale")
plant(B, "sv-wed", "history", V, "on Wednesday at 35,758.32", "on Wednesday at 35,958.32", "35,958.32",
      "Nov 18's close is 35,758.32")
plant(B, "sv-rangebound", "trend", P, "The fall is long.", "The index has been range-bound for weeks.",
      "range-bound for weeks", "range-bound against an 8.56% one-month fall")

clean("turkish-GSPC-2026-11-20", "idx_GSPC-2026-11-20", "translation-tr", "txt",
      "an Istanbul brokerage's note on US markets, machine-translated from Turkish: 'percent' before "
      "the figure as in Turkish ('by percent 1.11'), points, a bulletin number and a call-centre line", """\
US MARKETS DAILY BULLETIN (translated from Turkish) · Bulletin no: 2026/231 · Istanbul, 21.11.2026

The S&P 500 index completed Friday with a rise of percent 1.11 and closed at 6,901.69 points; the
  daily gain is 75.63 points. The index had closed on Thursday at 6,826.06. In the day the lowest
  level was 6,815.01 and the highest 6,920.40. The rise was supported by technology shares: the Nasdaq
  100 gained percent 1.89 and reached 25,753.96 [1].

On the weekly basis the index earned percent 1.10, on the monthly basis it lost percent 0.95, and
  since the beginning of the year its gain is percent 3.33. The distance to the historical peak of
  6,968.14 points, seen on 22 October, is percent 0.95. On Monday 16 November the index had closed at
  6,855.03, holding above its 50-day average [2].

The index is trading percent 1.13 above the 50-day moving average (6,824.87) and percent 6.50 above
  the 200-day moving average (6,480.69). The golden cross formed on 21 September continues since 44
  sessions. The 50-day average has increased by about percent 1.8 in the last 20 sessions; the 200-day
  average is almost horizontal. RSI is at 54.9 level, in the neutral zone. The MACD (8.49) is under
  the signal line (16.37).

In the 29-session band between 6,805.34 and 6,968.14 the price moves; the band width is percent
  2.39. Resistance levels: 6,949.67, then the peak 6,968.14 and the psychological 7,000. Support
  levels: 6,805.34 and 6,724.30. If the index closes above 6,992.05, a long position with stop
  6,921.16 and target 7,130.94 gives a reward/risk of about 2.

Other indices: the Dow Jones rose percent 0.58 to 47,220.31, the Russell 2000 percent 0.30. The VIX
  fear index fell percent 9.30 to 15.60. The S&P 500 stayed behind the Nasdaq 100 by 0.78 points. The
  average true range is 70.89 points (percent 1.03), so Friday's move equals about 1.1 ATR.

Calendar: the FED interest decision is on 9 December, after 13 sessions. For questions: call centre
  444 0 123, between 09:00 and 18:00.

<<SOURCES>>
""", sources=("hs-megacap20", "tw-50day16"), source_format="bare")

B = "turkish-GSPC-2026-11-20"
plant(B, "tr-close", "value", V, "closed at 6,901.69 points", "closed at 6,910.69 points", "6,910.69",
      "the close is 6,901.69")
plant(B, "tr-change", "value", V, "the daily gain is 75.63 points", "the daily gain is 57.63 points", "57.63",
      "the day's change is 75.63 points")
plant(B, "tr-thursday", "history", V, "closed on Thursday at 6,826.06", "closed on Thursday at 6,862.06",
      "6,862.06", "Nov 19's close is 6,826.06")
plant(B, "tr-month", "timeframe", D, "on the monthly basis it lost percent 0.95",
      "on the monthly basis it gained percent 0.95", "gained", "the 1-month move is -0.95%")
plant(B, "tr-ytd", "timeframe", V, "its gain is percent 3.33", "its gain is percent 1.10", "1.10",
      "the year-to-date return is 3.33%; 1.10% is the 5-day return", real=True)
plant(B, "tr-peak-date", "date", DU, "seen on 22 October", "seen on 3 October", "3 October",
      "the record close was on Oct 22, 2026")
plant(B, "tr-weekday", "date", WM, "On Monday 16 November", "On Tuesday 16 November", "Tuesday",
      "Nov 16, 2026 is a Monday")
plant(B, "tr-monday", "history", V, "had closed at 6,855.03", "had closed at 6,885.03", "6,885.03",
      "Nov 16's close is 6,855.03")
plant(B, "tr-sma200", "value", V, "200-day moving average (6,480.69)", "200-day moving average (6,408.69)",
      "6,408.69", "the 200-day average is 6,480.69")
plant(B, "tr-cross-count", "history", V, "continues since 44 sessions", "continues since 54 sessions",
      "54 sessions", "the golden cross is 44 sessions old")
plant(B, "tr-slope-fig", "trend", V, "increased by about percent 1.8 in the last 20 sessions",
      "increased by about percent 4 in the last 20 sessions", "percent 4",
      "the 50-day's 20-session slope is 1.77%")
plant(B, "tr-macd", "indicator", IND, "The MACD (8.49) is under the signal line",
      "The MACD (8.49) is over the signal line", "over the signal", "MACD 8.49 is under its signal 16.37")
plant(B, "tr-support", "level", LW, "Support levels: 6,805.34", "Support levels: 6,949.67", "6,949.67",
      "a support above the 6,901.69 close", real=True)
plant(B, "tr-stop", "setup", SG, "stop 6,921.16 and target", "stop 7,021.16 and target", "7,021.16",
      "a long's stop above its 6,992.05 entry")
plant(B, "tr-subject", "subject", V, "the Dow Jones rose percent 0.58", "the Dow Jones rose percent 1.89",
      "1.89", "the Dow rose 0.58%; 1.89% is the Nasdaq 100's move", real=True)
plant(B, "tr-vix-scale", "scale", SC, "fell percent 9.30 to 15.60", "fell percent 9.30 to $15.60", "$15.60",
      "the VIX is an index level, not dollars")
plant(B, "tr-lag", "derived", DER, "stayed behind the Nasdaq 100 by 0.78 points",
      "stayed behind the Nasdaq 100 by 1.48 points", "1.48", "1.11% against 1.89% is 0.78 points")
plant(B, "tr-atr-words", "words", V, "equals about 1.1 ATR", "equals about three ATR", "three ATR",
      "the move is 1.1 ATR")
plant(B, "tr-cite", "citation", CS, "and reached 25,753.96 [1]", "and reached 25,753.96 [2]", "[2]",
      "source 2 is Monday's 50-day story; the Nasdaq's 25,753.96 is in source 1")
plant(B, "tr-cross-quote", "quotation", P, "The golden cross formed on 21 September",
      "The so-called \"death cross\" formed on 21 September", "death cross",
      "a quoted 'death cross' while the 50-day is above the 200-day")

clean("pushdigest-QQQ-2026-11-17", "QQQ-2026-11-17", "push-digest", "txt",
      "a brokerage app's evening digest of push notifications for QQQ: clock stamps, an unread count, "
      "a price-alert threshold the user set, a streak badge and a settings footer", """\
Evening digest · Tue, Nov 17, 2026 · 9 notifications · 3 unread

🔔 4:01 PM · QQQ closed at $615.97, down $5.59 (-0.90%). Nasdaq 100 -0.90% to 25,326.20.
🔔 4:01 PM · Your price alert fired: QQQ traded below $620.00 (alert set Oct 3).
🔔 4:02 PM · Heavier trading: 61.1M shares, 1.5x the 20-day average of 42.0M.
🔔 4:03 PM · Trend check: QQQ is 0.53% above its 50-day average ($612.70) and 6.24% above its 200-day
  ($579.82). Golden cross still in place (since Jul 27).
🔔 4:03 PM · The 50-day average is still climbing: +1.77% over the last 20 sessions.
🔔 4:04 PM · RSI 48.4, neutral. MACD 2.43 is below its signal line (3.05).
🔔 4:05 PM · Off the highs: QQQ is 2.19% below its record close of $629.76 (Nov 11). Intraday record
  $632.37 (Nov 12).
🔔 4:05 PM · Week so far: -1.80% over 5 sessions. Month: -0.72%. Year to date: +3.16%.
🔔 4:06 PM · Yesterday (Mon) QQQ closed at $621.56; last Wednesday, Nov 11, at $629.76.
🔔 4:07 PM · Nearest support: the 50-day at $612.70, then $609.62 and $606.02. Resistance: $620, then
  $623.73.
🔔 4:08 PM · Peers today: SPY -0.50%, DIA -0.20%, IWM -0.80%. QQQ lagged SPY by 0.40 points.
🔔 4:08 PM · Volatility up: VIX +6.02% to 17.60. Moderate pullback, about 0.7 ATR (ATR $7.99).
🔔 4:09 PM · In the news: "Nasdaq 100 slips 0.9%; QQQ backs away from its record" [1]

🏅 You've opened your digest 12 days in a row.
Manage notifications in Settings › Alerts. App version 8.4.1.

<<SOURCES>>
""", sources=("tw-nasdaq17",), source_format="bare")

B = "pushdigest-QQQ-2026-11-17"
plant(B, "pd-close", "value", V, "QQQ closed at $615.97, down $5.59", "QQQ closed at $615.79, down $5.59",
      "$615.79", "the close is $615.97")
plant(B, "pd-dir", "direction", D, "QQQ closed at $615.97, down $5.59", "QQQ closed at $615.97, up $5.59",
      "up", "QQQ fell $5.59")
plant(B, "pd-vol-ratio", "value", V, "1.5x the 20-day average", "2.5x the 20-day average", "2.5x",
      "the volume ratio is 1.5")
plant(B, "pd-sma200", "value", V, "6.24% above its 200-day ($579.82)", "6.24% above its 200-day ($597.82)",
      "$597.82", "the 200-day average is $579.82")
plant(B, "pd-cross-quote", "quotation", P, "Golden cross still in place", "\"Death cross\" still in place",
      "Death cross", "the 50-day is above the 200-day: a golden cross, not a quoted 'death cross'")
plant(B, "pd-slope", "trend", V, "+1.77% over the last 20 sessions", "+0.77% over the last 20 sessions",
      "+0.77%", "the 50-day's 20-session slope is 1.77%")
plant(B, "pd-record-date", "date", DU, "record close of $629.76 (Nov 11)", "record close of $629.76 (Nov 8)",
      "Nov 8", "the record close was on Nov 11, 2026")
plant(B, "pd-from-high", "derived", DER, "QQQ is 2.19% below its record close",
      "QQQ is 3.19% below its record close", "3.19%", "615.97 is 2.19% below 629.76")
plant(B, "pd-week", "timeframe", V, "Week so far: -1.80% over 5 sessions",
      "Week so far: -0.90% over 5 sessions", "-0.90%", "the 5-day return is -1.80%; -0.90% is the day's move",
      real=True)
plant(B, "pd-monday", "history", V, "Yesterday (Mon) QQQ closed at $621.56",
      "Yesterday (Mon) QQQ closed at $622.56", "$622.56", "Nov 16's close is $621.56")
plant(B, "pd-weekday", "date", WM, "last Wednesday, Nov 11", "last Thursday, Nov 11", "Thursday",
      "Nov 11, 2026 is a Wednesday")
plant(B, "pd-resistance", "level", LW, "Resistance: $620, then $623.73", "Resistance: $610, then $623.73",
      "$610", "a resistance below the $615.97 close")
plant(B, "pd-subject", "subject", V, "DIA -0.20%", "DIA -0.80%", "-0.80%",
      "DIA fell 0.20%; -0.80% is IWM's move", real=True)
plant(B, "pd-lag", "derived", DER, "QQQ lagged SPY by 0.40 points", "QQQ lagged SPY by 0.90 points", "0.90",
      "-0.90% against -0.50% is 0.40 points", real=True)
plant(B, "pd-vix", "direction", D, "Volatility up: VIX +6.02%", "Volatility down: VIX +6.02%", "down",
      "the VIX rose 6.02%")
plant(B, "pd-macd-neg", "negation", IND, "MACD 2.43 is below its signal line",
      "MACD 2.43 is not below its signal line", "not below", "MACD 2.43 is below its signal 3.05")
plant(B, "pd-rsi", "indicator", IND, "RSI 48.4, neutral", "RSI 48.4, oversold", "oversold",
      "RSI 48.4 is not oversold")
plant(B, "pd-atr", "value", V, "(ATR $7.99)", "(ATR $9.79)", "$9.79", "the 14-day ATR is $7.99")

clean("lessonplan-SPY-2026-11-17", "SPY-2026-11-17", "lesson-plan", "md",
      "a high-school economics teacher's lesson plan built on SPY's Tuesday: grade, period length, "
      "class size, minute marks, textbook pages and homework numbers around worked figures", """\
# Lesson 14: Reading one market day (Grade 11 Economics)

**Teacher:** Mr. D. Alvarez · **Period:** 3rd (50 minutes) · **Class size:** 28 · **Date taught:**
  Wednesday, November 18, 2026
**Textbook:** *Markets and Money*, chapter 6, pages 141-158

## Objectives
Students will read a daily price record for an exchange-traded fund, compute a change, and explain
  what a moving average and an RSI reading tell us. We use the SPDR S&P 500 ETF (SPY) on Tuesday,
  November 17, 2026.

## Warm-up (minutes 0-8)
Write on the board: SPY closed at $679.84 on Tuesday. On Monday it had closed at $683.25. Ask: how
  much did it fall? (Answer: $3.41, or 0.50%.) Point out that the S&P 500 index itself also lost
  0.50%, to 6,821.04, because SPY tracks it.

## Direct instruction (minutes 8-25)
1. The day's range: the low was $676.68 and the high $683.69. Trading volume was 73.0 million
  shares, only about 1.1 times the 20-day average of 66.3 million, so this was an ordinary day, not a
  panic.
2. Moving averages: the 50-day average is $679.19, so SPY closed just 0.09% above it. The 200-day
  average is $645.83, and SPY is 5.27% above that. Because the 50-day is above the 200-day, we call
  this a golden cross; it has been in place since September 21, 41 sessions.
3. The 50-day average is rising: it gained 2.16% over the last twenty sessions. The 200-day line is
  nearly flat.
4. RSI: 46.8. Ask: is this overbought? (No. Overbought starts at 70, oversold at 30; 46.8 is in the
  middle.) The MACD line (1.09) is below its signal line (2.42).

## Guided practice (minutes 25-40)
Groups of four get the worksheet (page 2). Questions:
- The record close was $694.71 on October 22. How far below it is SPY? (2.14%.)
- Over five sessions SPY lost 0.80%; over a month, 1.06%. Year to date it is still up 2.05%.
- Which fund fell most on Tuesday? (QQQ, down 0.90%; IWM lost 0.80%, and DIA lost only 0.20%.)
- A trader's plan: buy on a pullback at $673.92, stop at $668.55, target $691.80. What is the
  reward-to-risk? (About 3.3.)
- Support: the 50-day at $679.19 sits just under the close; the next support is $673.92.

## Exit ticket (minutes 40-50)
One sentence: "SPY fell ___% on Tuesday and stayed ___ its 50-day average." (0.50; above.)
Homework: questions 3, 7 and 12 on page 158. The Federal Reserve meets on December 9, 16 sessions
  after this lesson's data; we will revisit then.
""")

B = "lessonplan-SPY-2026-11-17"
plant(B, "lp-close", "value", V, "SPY closed at $679.84 on Tuesday", "SPY closed at $678.94 on Tuesday",
      "$678.94", "the close is $679.84")
plant(B, "lp-monday", "history", V, "it had closed at $683.25", "it had closed at $684.25", "$684.25",
      "Nov 16's close is $683.25")
plant(B, "lp-change", "derived", V, "(Answer: $3.41, or 0.50%.)", "(Answer: $4.31, or 0.50%.)", "$4.31",
      "683.25 - 679.84 is $3.41")
plant(B, "lp-index-scale", "scale", SC, "lost 0.50%, to 6,821.04, because",
      "lost 0.50%, to $6,821.04, because", "$6,821.04", "the S&P 500 is an index, not dollars")
plant(B, "lp-volume-words", "words", V, "only about 1.1 times the 20-day average",
      "only about two times the 20-day average", "two times", "the volume ratio is 1.1")
plant(B, "lp-sma50-side", "direction", D, "SPY closed just 0.09% above it", "SPY closed just 0.09% below it",
      "below", "SPY is 0.09% above its 50-day")
plant(B, "lp-cross-date", "date", DU, "since September 21, 41 sessions", "since September 1, 41 sessions",
      "September 1", "the golden cross dates from Sep 21, 2026")
plant(B, "lp-slope-word", "trend", P, "The 50-day average is rising", "The 50-day average is falling",
      "falling", "the 50-day rose 2.16% in 20 sessions")
plant(B, "lp-rsi-neg", "negation", IND, "(No. Overbought starts at 70", "(Yes. Overbought starts at 70",
      "Yes", "RSI 46.8 is not overbought")
plant(B, "lp-macd", "indicator", IND, "The MACD line (1.09) is below its signal line",
      "The MACD line (1.09) is above its signal line", "above", "MACD 1.09 is below its signal 2.42")
plant(B, "lp-record-date", "date", DU, "$694.71 on October 22", "$694.71 on October 25", "October 25",
      "the record close was on Oct 22, 2026")
plant(B, "lp-month", "timeframe", V, "over a month, 1.06%", "over a month, 2.05%", "2.05%",
      "the 1-month move is -1.06%; 2.05% is the year-to-date return", real=True)
plant(B, "lp-subject", "subject", V, "DIA lost only 0.20%", "DIA lost only 0.50%", "0.50%",
      "DIA fell 0.20%; 0.50% is SPY's move", real=True)
plant(B, "lp-stop", "setup", SG, "stop at $668.55", "stop at $675.55", "$675.55",
      "a long's stop above its $673.92 entry")
plant(B, "lp-rr", "setup", SRR, "(About 3.3.)", "(About 1.3.)", "1.3",
      "entry 673.92, stop 668.55, target 691.80: 3.3")
plant(B, "lp-support", "level", LW, "the next support is $673.92", "the next support is $683.92", "$683.92",
      "a support above the $679.84 close")
plant(B, "lp-fed-days", "history", V, "16 sessions after", "19 sessions after", "19 sessions",
      "the FOMC decision is 16 sessions from Nov 17")
plant(B, "lp-cross-quote", "quotation", P, "we call this a golden cross", "we call this a \"death cross\"",
      "death cross", "a quoted 'death cross' while the 50-day is above the 200-day")

clean("advisernotes-DIA-2026-06-03", "DIA-2026-06-03", "meeting-notes", "txt",
      "a financial adviser's notes from a client meeting about a Dow ETF holding: clients' ages, "
      "meeting times, a masked account number, a retirement year and a follow-up list", """\
CLIENT MEETING NOTES: confidential
Clients: Ruth and Sam Lindqvist (ages 61 and 58) · Account ****4471 · Wed June 3, 2026, 2:00-3:15
  p.m. · Office 2B
Adviser: P. Nakamura, CFP · Notes typed after the meeting, 3:40 p.m.

1. Why they called. Sam saw on the news that "the Dow fell today" and wanted to know what that does
  to their DIA position (about 340 shares, bought in 2019). I explained: the SPDR Dow Jones Industrial
  Average ETF (DIA) closed at $461.11 today, down $2.67 or 0.58%, about in line with the Dow itself,
  which lost 0.57% to 46,185.73. Yesterday DIA had closed at $463.78, the highest close of the last 20
  sessions.

2. Big picture I walked them through. DIA is up 2.78% over the last five sessions and 6.62% over the
  past month, a strong run, though it is still down 2.93% for the year. It sits 6.64% below its record
  close of $493.91 from January 12. Today's dip was a small one, about half an ATR (ATR is $5.20).

3. Trend, kept simple. The fund is 4.85% above its 50-day average ($439.80) and just 0.22% above its
  200-day ($460.09). Ruth asked about the "death cross" she read about: yes, the 50-day is still below
  the 200-day and has been since April 8, 39 sessions. The 50-day itself has been drifting lower over
  the past month, and the 200-day is flat. RSI 66.6 is getting close to overbought but is not there
  yet; MACD (5.89) is above its signal line (4.08).

4. Levels I mentioned: the 200-day at $460.09 is the nearest support, with $453.39 below it;
  resistance at $463.64 and then $465.21.

5. Relative. Other funds rose today: SPY gained 0.58% and QQQ 0.57%, small caps (IWM) 0.35%. DIA
  lagged SPY for a second day running, by 1.16 points today. VIX rose 6.18% to 18.55.

6. Decisions. No change to the DIA position. Keep the 401(k) contribution at 15%; revisit the 2031
  retirement date at the next review. Both agreed.

Follow-ups: (a) send the fee schedule (2 pages) by Friday June 5; (b) book the next review for
  September 9 at 10:00 a.m.; (c) update beneficiary form 7-B.
""")

B = "advisernotes-DIA-2026-06-03"
plant(B, "an-close", "value", V, "closed at $461.11 today", "closed at $461.71 today", "$461.71",
      "the close is $461.11")
plant(B, "an-change", "value", V, "down $2.67 or 0.58%", "down $2.76 or 0.58%", "$2.76",
      "the day's change is $2.67")
plant(B, "an-dow", "subject", V, "which lost 0.57% to 46,185.73", "which lost 0.35% to 46,185.73", "0.35%",
      "the Dow fell 0.57%; 0.35% is IWM's move", real=True)
plant(B, "an-yesterday", "history", V, "Yesterday DIA had closed at $463.78",
      "Yesterday DIA had closed at $465.78", "$465.78", "Jun 2's close is $463.78")
plant(B, "an-highest-close", "pattern", P, "the highest close of the last 20 sessions",
      "the lowest close of the last 20 sessions", "lowest", "$463.78 topped the 20-session range")
plant(B, "an-week", "timeframe", V, "up 2.78% over the last five sessions",
      "up 6.62% over the last five sessions", "6.62%", "the 5-day return is 2.78%; 6.62% is the 1-month move",
      real=True)
plant(B, "an-ytd", "direction", D, "it is still down 2.93% for the year", "it is still up 2.93% for the year",
      "up 2.93%", "the year-to-date return is -2.93%")
plant(B, "an-record-date", "date", DU, "$493.91 from January 12", "$493.91 from January 21", "January 21",
      "the record close was on Jan 12, 2026")
plant(B, "an-atr-words", "words", V, "about half an ATR", "about two ATRs", "two ATRs", "the move is 0.5 ATR")
plant(B, "an-sma50", "value", V, "50-day average ($439.80)", "50-day average ($449.80)", "$449.80",
      "the 50-day average is $439.80")
plant(B, "an-cross-date", "date", DU, "has been since April 8, 39 sessions",
      "has been since April 18, 39 sessions", "April 18", "the death cross dates from Apr 8, 2026")
plant(B, "an-cross-quote", "quotation", P,
      "Ruth asked about the \"death cross\" she read about: yes, the 50-day is still below",
      "Ruth asked about the \"golden cross\" she read about: yes, the 50-day is still below", "golden cross",
      "a death cross: the 50-day is below the 200-day")
plant(B, "an-slope", "trend", P, "The 50-day itself has been drifting lower",
      "The 50-day itself has been climbing", "climbing", "the 50-day fell 0.93% in 20 sessions")
plant(B, "an-rsi", "indicator", IND, "RSI 66.6 is getting close to overbought but is not there yet",
      "RSI 66.6 is overbought", "overbought", "RSI 66.6 is under 70")
plant(B, "an-support", "level", LW, "with $453.39 below it", "with $463.64 below it", "$463.64",
      "$463.64 is above the $461.11 close", real=True)
plant(B, "an-lag", "derived", DER, "by 1.16 points today", "by 0.58 points today", "0.58 points",
      "-0.58% against 0.58% is 1.16 points", real=True)
plant(B, "an-vix", "direction", D, "VIX rose 6.18% to 18.55", "VIX fell 6.18% to 18.55", "fell",
      "the VIX rose 6.18%")
plant(B, "an-rangebound", "trend", P, "6.62% over the past month, a strong run",
      "6.62% over the past month, stuck range-bound for weeks", "range-bound for weeks",
      "range-bound against a 6.62% one-month gain")

clean("auditmemo-FRNT-2026-11-20", "FRNT-2026-11-20", "audit-memo", "txt",
      "an internal audit memo checking a valuation pack's marks for a frontier-markets ETF holding: an "
      "audit reference, sample sizes, exception counts, a policy clause and sign-off dates", """\
INTERNAL AUDIT MEMORANDUM · Ref. IA-2026-117 · Classification: internal
To: Valuation Committee · From: Internal Audit (T. Brandt) · Date: Monday, November 23, 2026
Subject: Independent price check of the FRNT position as of Friday, November 20, 2026

Scope. We re-performed the closing price and the supporting market data for the Frontier Select
  Markets ETF (FRNT) used in the November 20 valuation pack, following policy clause 4.3(b). We
  sampled 25 of the 212 positions in the pack; this memo covers the one position with exceptions (2 of
  9 fields).

Findings on price. The independent close is $30.01, which agrees with the pack. The prior close was
  $30.27, so the day's change is -$0.26, or -0.86%. The intraday range was $29.95 to $30.33. Volume
  was 7.8 million shares against a 20-day average of 6.3 million, about 1.2 times. The underlying
  index fell 0.88% to 35,112.40 the same day.

Findings on history. FRNT has closed lower three sessions in a row, a cumulative drop of 3.60%; the
  closes were $30.55 on Wednesday, November 18, and $30.27 on Thursday. The November 20 close is the
  lowest close of the past 52 weeks, and the intraday low of $29.95 is a new 52-week intraday low as
  well. The 52-week high close was $41.82 on August 19; the all-time high close, $44.45, dates from
  November 13, 2024. Over one week the fund lost 3.07%, over one month 8.56%, and it is down 18.34%
  for the year.

Findings on the risk fields (exceptions). The pack carried a stale 50-day average; the independent
  figure is $33.51 (exception 1). The 200-day average of $37.38 agrees. The pack put the fund on the
  wrong side of its 50-day: it is 10.45% below it, and 19.73% below the 200-day (exception 2). The
  death cross recorded on October 15 (26 sessions ago) agrees. The 50-day average fell about 9.4% over
  20 sessions and is still falling steeply. RSI(14) of 22.9, oversold, agrees, as does the MACD of
  -0.93 below its signal of -0.88.

Levels. The pack's resistance at $31 and at $32.39 (both above the close) are correctly placed; the
  round $30 sits just under the close. ATR is $0.47, or 1.56% of the price.

Relative data. The pack's comparison with SPY (+1.10% on the day) and IWM (+0.30%) agrees; FRNT
  trailed SPY by 1.96 points and has trailed it for 3 sessions.

Conclusion. Two exceptions, both corrected in pack version 3 on November 23 at 11:20. No further
  action. Next scheduled review: the FOMC date, December 9, which is 13 sessions after the valuation
  date.
""")

B = "auditmemo-FRNT-2026-11-20"
plant(B, "au-close", "value", V, "The independent close is $30.01", "The independent close is $30.10",
      "$30.10", "the close is $30.01")
plant(B, "au-change", "derived", V, "the day's change is -$0.26, or -0.86%",
      "the day's change is -$0.36, or -0.86%", "-$0.36", "30.01 - 30.27 is -$0.26")
plant(B, "au-index", "subject", V, "The underlying index fell 0.88% to 35,112.40",
      "The underlying index fell 0.86% to 35,112.40", "0.86%", "the index fell 0.88%; 0.86% is FRNT's move",
      real=True)
plant(B, "au-index-scale", "scale", SC, "fell 0.88% to 35,112.40 the same day",
      "fell 0.88% to $35.11 the same day", "$35.11",
      "the index is at 35,112.40, not on the ETF's dollar scale")
plant(B, "au-streak-words", "words", V, "FRNT has closed lower three sessions in a row",
      "FRNT has closed lower seven sessions in a row", "seven sessions", "three lower closes in a row")
plant(B, "au-wednesday", "history", V, "the closes were $30.55 on Wednesday",
      "the closes were $30.95 on Wednesday", "$30.95", "Nov 18's close is $30.55; $30.95 was Nov 16's",
      real=True)
plant(B, "au-weekday", "date", WM, "on Wednesday, November 18", "on Tuesday, November 18", "Tuesday",
      "Nov 18, 2026 is a Wednesday")
plant(B, "au-low-neg", "negation", P, "The November 20 close is the lowest close of the past 52 weeks",
      "The November 20 close is not the lowest close of the past 52 weeks", "not the lowest",
      "$30.01 is the 52-week closing low")
plant(B, "au-high-date", "date", DU, "$41.82 on August 19", "$41.82 on August 9", "August 9",
      "the 52-week high close was on Aug 19, 2026")
plant(B, "au-ath-date", "date", DU, "dates from November 13, 2024", "dates from November 13, 2023",
      "November 13, 2023", "the all-time high close was on Nov 13, 2024")
plant(B, "au-month", "timeframe", V, "over one month 8.56%", "over one month 3.07%", "3.07%",
      "the 1-month move is -8.56%; -3.07% is the 5-day return", real=True)
plant(B, "au-sma200", "value", V, "The 200-day average of $37.38 agrees",
      "The 200-day average of $36.38 agrees", "$36.38", "the 200-day average is $37.38")
plant(B, "au-cross", "pattern", P, "The death cross recorded on October 15",
      "The golden cross recorded on October 15", "golden cross",
      "the 50-day is below the 200-day: a death cross")
plant(B, "au-slope", "trend", V, "fell about 9.4% over 20 sessions", "fell about 4.9% over 20 sessions",
      "4.9%", "the 50-day's 20-session slope is -9.39%")
plant(B, "au-rsi", "indicator", IND, "RSI(14) of 22.9, oversold, agrees", "RSI(14) of 22.9, neutral, agrees",
      "neutral", "RSI 22.9 is oversold")
plant(B, "au-resistance", "level", LW, "The pack's resistance at $31 and at $32.39",
      "The pack's resistance at $29 and at $32.39", "$29", "a resistance below the $30.01 close")
plant(B, "au-trail", "direction", D, "FRNT trailed SPY by 1.96 points", "FRNT led SPY by 1.96 points", "led",
      "FRNT fell 0.86% while SPY rose 1.10%")
plant(B, "au-fed-date", "date", DU, "the FOMC date, December 9", "the FOMC date, December 2", "December 2",
      "the FOMC decision is on Dec 9, 2026")
plant(B, "au-cross-quote", "quotation", P, "The death cross recorded on October 15",
      "The \"golden cross\" recorded on October 15", "golden cross",
      "a quoted 'golden cross' while the 50-day is below the 200-day")

clean("leaderboard-IWM-2026-02-13", "IWM-2026-02-13", "competition-post", "md",
      "a university trading competition's weekly leaderboard post: ranks, team names, portfolio "
      "returns and trade counts that are not market data, then the organiser's recap of the small-cap "
      "benchmark (IWM)", """\
## Winter Paper-Trading Cup 2026: Week 6 standings (posted Saturday, Feb 14)

| Rank | Team | Portfolio return | Trades |
|---|---|---|---|
| 1 | Bear Necessities | +9.4% | 31 |
| 2 | Theta Gang U | +6.1% | 112 |
| 3 | The Rebalancers | +2.8% | 17 |
| 4 | Index Huggers | -3.5% | 4 |

48 teams entered; 41 are still active. Prize pool: $2,500 in bookstore credit.

### Benchmark recap (small-cap division): IWM

A rough week for the benchmark. The iShares Russell 2000 ETF (IWM) fell $2.39, or 1.04%, on Friday
  to close at $226.54, its sixth lower close in a row; over those six sessions it dropped 5.80%. The
  Russell 2000 index lost 1.04% too, ending at 2,276.24. For the week IWM is down 4.94%, for the month
  down 10.88%, and for the year down 6.88%. That is why Index Huggers sit in fourth.

The slide took IWM below both of its averages: it closed 7.99% under the 50-day ($246.22) and 1.25%
  under the 200-day ($229.41). Oddly, the golden cross from July 18, 2025 is still technically in
  place, 145 sessions on, because the 50-day remains above the 200-day. The 200-day is still rising
  steeply, up about 2.7% over 20 sessions, while the 50-day is falling. RSI dropped to 21.4, deep in
  oversold territory, and MACD (-4.70) is below its signal line (-3.06).

Friday's close is the low of the 20-session range, which runs up to $252.38 and is 11.41% wide. IWM
  is now 12.12% below the record close of $257.77 from November 28. For the teams that shorted: the
  nearest support is the round $225, then $218.48; overhead, resistance is $226.93, then the 200-day
  at $229.41.

Day by day: Tuesday's close was $235.10, Wednesday's $231.24 and Thursday's $228.93. Volume on
  Friday was 31.7 million shares, about equal to the 20-day average of 30.3 million.

Large caps held up better: SPY fell 0.54%, QQQ 0.41% and DIA 0.65%. IWM has trailed SPY for five
  sessions running. The VIX rose 4.34% to 17.06.

Next standings go up Saturday, Feb 21, after 6 p.m. Questions to the organisers in room 214.
""")

B = "leaderboard-IWM-2026-02-13"
plant(B, "lb-close", "value", V, "to close at $226.54", "to close at $226.45", "$226.45",
      "the close is $226.54")
plant(B, "lb-streak-words", "words", V, "its sixth lower close in a row", "its ninth lower close in a row",
      "ninth", "six lower closes in a row")
plant(B, "lb-streak-pct", "history", V, "it dropped 5.80%", "it dropped 4.94%", "4.94%",
      "the 6-session streak lost 5.80%; 4.94% is the 5-day return", real=True)
plant(B, "lb-rut-scale", "scale", SC, "ending at 2,276.24", "ending at $2,276.24", "$2,276.24",
      "the Russell 2000 is an index, not dollars")
plant(B, "lb-month", "timeframe", V, "for the month down 10.88%", "for the month down 6.88%", "6.88%",
      "the 1-month move is -10.88%; -6.88% is the year-to-date return", real=True)
plant(B, "lb-sma50", "value", V, "under the 50-day ($246.22)", "under the 50-day ($264.22)", "$264.22",
      "the 50-day average is $246.22")
plant(B, "lb-cross-date", "date", DU, "the golden cross from July 18, 2025",
      "the golden cross from July 28, 2025", "July 28, 2025", "the golden cross dates from Jul 18, 2025")
plant(B, "lb-cross-neg", "negation", P, "is still technically in place", "is no longer in place",
      "no longer in place", "the 50-day is still above the 200-day: the golden cross holds")
plant(B, "lb-slope", "trend", P, "The 200-day is still rising steeply", "The 200-day is flattening out",
      "flattening", "the 200-day rose 2.72% in 20 sessions")
plant(B, "lb-rsi", "indicator", IND, "deep in oversold territory", "deep in overbought territory",
      "overbought", "RSI 21.4 is oversold")
plant(B, "lb-range-low", "pattern", P, "Friday's close is the low of the 20-session range",
      "Friday's close is the high of the 20-session range", "high of the 20-session range",
      "$226.54 is the range's low; the top is $252.38")
plant(B, "lb-record-date", "date", DU, "$257.77 from November 28", "$257.77 from November 29", "November 29",
      "the record close was on Nov 28, 2025")
plant(B, "lb-support", "level", LW, "the nearest support is the round $225",
      "the nearest support is the round $230", "$230", "a support above the $226.54 close")
plant(B, "lb-wed", "history", V, "Wednesday's $231.24", "Wednesday's $233.24", "$233.24",
      "Feb 11's close is $231.24")
plant(B, "lb-volume", "words", V, "about equal to the 20-day average", "about double the 20-day average",
      "double", "the volume ratio is 1.0")
plant(B, "lb-subject", "subject", V, "QQQ 0.41% and DIA 0.65%", "QQQ 0.65% and DIA 0.65%", "QQQ 0.65%",
      "QQQ fell 0.41%; 0.65% is DIA's move", real=True)
plant(B, "lb-streak-spy", "history", V, "IWM has trailed SPY for five sessions running",
      "IWM has trailed SPY for eight sessions running", "eight sessions",
      "IWM has trailed SPY for 5 sessions")
plant(B, "lb-vix", "direction", D, "The VIX rose 4.34%", "The VIX eased 4.34%", "eased", "the VIX rose 4.34%")

clean("liveblog-RUT-2026-11-17", "idx_RUT-2026-11-17", "live-blog", "md",
      "a news site's markets live blog for a Tuesday, newest entry first: timestamps, an author per "
      "entry, a reader-comment count and two cited wire stories, the Russell 2000 at the centre",
      """\
# LIVE: Stocks slip, small caps give back Monday's gain · Tuesday, November 17, 2026
Updated 4:41 p.m. ET · 23 entries · 118 reader comments · Refresh for the latest

**4:41 p.m. · Priya Menon**
That's the close. The Russell 2000 finished at 2,465.79, down 19.30 points or 0.78%, a touch worse
  than the S&P 500's 0.50% drop to 6,821.04 [1]. Small caps have now lagged the big-cap index for
  three straight sessions. The Nasdaq 100 fared worst, down 0.90%, and the Dow lost 0.21%.

**4:30 p.m. · Priya Menon**
Where does that leave the Russell? It is 0.33% below its 50-day average (2,473.93) but still 6.36%
  above its 200-day (2,318.38). The golden cross dates from August 10, 70 sessions ago. The 50-day has
  barely moved over the last month, up about 0.4%, and the 200-day has been flat. RSI sits at 50.1,
  dead centre.

**4:12 p.m. · Leon Ferris**
MACD check for the chart watchers: 8.85, above its signal line at 5.83, so momentum has not rolled
  over despite today.

**3:55 p.m. · Leon Ferris**
Context on the range: 22 sessions between 2,421.62 and 2,505.20, a band only 3.45% wide. The top,
  2,505.20, was last Thursday's close, November 12, the best of the range. Today's low was 2,459.06;
  the high 2,486.79.

**3:20 p.m. · Priya Menon**
Support to watch: 2,458.33, then the round 2,450. Resistance: the 50-day at 2,473.93, then 2,505.20.

**2:47 p.m. · Leon Ferris**
Oil is the story of the day: West Texas crude fell 2.7% to $67.35 a barrel, and the Russell 2000's
  energy-heavy corners declined with it [2].

**1:05 p.m. · Priya Menon**
Zooming out: the index is down 0.98% over five sessions but up 1.48% over the month and 0.85% for
  the year. It is 4.84% below its record close of 2,591.09 from November 28, 2025.

**11:32 a.m. · Leon Ferris**
Yesterday's close, for reference: 2,485.09. Last Friday's: 2,482.49. The VIX is up 6.02% at 17.60.

**9:30 a.m. · Priya Menon**
Good morning. The Fed decides on December 9, 16 sessions from today, and the November CPI report
  lands on December 10. We'll be here all day.

<<SOURCES>>
""", sources=("hs-slides17", "ld-oil17"), source_format="plain")

B = "liveblog-RUT-2026-11-17"
plant(B, "lv-close", "value", V, "finished at 2,465.79, down", "finished at 2,456.79, down", "2,456.79",
      "the close is 2,465.79")
plant(B, "lv-points", "value", V, "down 19.30 points or 0.78%", "down 29.30 points or 0.78%", "29.30 points",
      "the day's change is -19.30 points")
plant(B, "lv-spx-subject", "subject", V, "the S&P 500's 0.50% drop to 6,821.04",
      "the S&P 500's 0.78% drop to 6,821.04", "0.78%", "the S&P 500 fell 0.50%; 0.78% is the Russell's move",
      real=True)
plant(B, "lv-streak", "history", V, "for three straight sessions", "for six straight sessions",
      "six straight", "the Russell has lagged the S&P 500 for 3 sessions")
plant(B, "lv-dow", "direction", D, "and the Dow lost 0.21%", "and the Dow gained 0.21%", "gained",
      "the Dow fell 0.21%")
plant(B, "lv-sma50-side", "direction", D, "It is 0.33% below its 50-day average",
      "It is 0.33% above its 50-day average", "above", "the index is below its 50-day")
plant(B, "lv-cross-count", "history", V, "70 sessions ago", "77 sessions ago", "77 sessions",
      "the golden cross is 70 sessions old")
plant(B, "lv-slope-fig", "trend", V, "up about 0.4%, and", "up about 2.4%, and", "2.4%",
      "the 50-day's 20-session slope is 0.39%")
plant(B, "lv-rsi", "indicator", IND, "RSI sits at 50.1, dead centre", "RSI sits at 50.1, deeply oversold",
      "oversold", "RSI 50.1 is neutral")
plant(B, "lv-macd-neg", "negation", IND, "so momentum has not rolled over", "so momentum has rolled over",
      "has rolled over", "MACD 8.85 is above its signal 5.83")
plant(B, "lv-range-date", "date", WM, "last Thursday's close, November 12",
      "last Friday's close, November 12", "Friday", "Nov 12, 2026 is a Thursday")
plant(B, "lv-width", "value", V, "a band only 3.45% wide", "a band only 5.45% wide", "5.45%",
      "the range is 3.45% wide")
plant(B, "lv-support", "level", LW, "Support to watch: 2,458.33", "Support to watch: 2,478.33", "2,478.33",
      "a support above the 2,465.79 close")
plant(B, "lv-oil-cite", "citation", CU, "declined with it [2]", "declined with it [5]", "[5]",
      "two sources are listed")
plant(B, "lv-month", "timeframe", V, "up 1.48% over the month", "up 0.85% over the month", "0.85%",
      "the 1-month move is 1.48%; 0.85% is the year-to-date return", real=True)
plant(B, "lv-record-year", "date", DU, "from November 28, 2025", "from November 28, 2024",
      "November 28, 2024", "the record close was on Nov 28, 2025")
plant(B, "lv-friday", "history", V, "Last Friday's: 2,482.49", "Last Friday's: 2,448.49", "2,448.49",
      "Nov 13's close is 2,482.49")
plant(B, "lv-fed", "history", V, "16 sessions from today", "26 sessions from today", "26 sessions",
      "the FOMC decision is 16 sessions away")
plant(B, "lv-cross-quote", "quotation", P, "The golden cross dates from August 10",
      "The \"death cross\" dates from August 10", "death cross",
      "a quoted 'death cross' while the 50-day is above the 200-day")

clean("shownotes-QQQ-2025-11-17", "QQQ-2025-11-17", "podcast-show-notes", "md",
      "a markets podcast's show-notes page: episode number, runtime, chapter timestamps, a sponsor's "
      "discount code with its own percentage, guest bios with years, and the episode's QQQ figures", """\
# Ep. 187: "A record on a Monday" · The Closing Ticker podcast
Published Monday, November 17, 2025 · Runtime 48:12 · Season 4

Sponsored by LedgerLite: use code TICKER20 for 20% off your first year.

## In this episode
Hosts Dana and Mo recap a record-setting Monday for the Invesco QQQ Trust, which closed at $622.21,
  up $10.60 or 1.73%, a new all-time closing high. The Nasdaq 100 added 1.74% to 25,582.79. Volume was
  63.7 million shares, about 1.6 times the 20-day average.

## Chapters
- 00:00 Cold open and listener mail (we got 1,400 emails last week!)
- 02:15 The record: QQQ topped its previous best close, and the intraday high hit $626.07
- 09:40 How far it has come: up 2.84% in five sessions, 1.68% in a month, 14.73% this year
- 17:05 The averages: 3.52% above the 50-day ($601.02), 15.46% above the 200-day ($538.92); golden
  cross since July 1, 97 sessions
- 24:30 "Is it overbought?" RSI is 65.6, warm but below 70; MACD 3.36, above its 1.48 signal
- 31:10 The size of the move: about 1.4 ATR (ATR $8.35), a strong day but no blow-off
- 38:45 Levels: support at $620, then $617.74; resistance at the round $630
- 44:00 Mo's trade idea: a breakout long above $630.56, stop $620.12, target $655.61 (roughly 2.4 to
  1)

## Notes and figures
- Friday's close was $611.61; last Wednesday's, November 12, was $615.65.
- The 50-day average is climbing fast: up about 2% over the last twenty sessions.
- Small caps actually did better today: IWM gained 1.96%. SPY rose 1.39% and DIA 0.89%. QQQ beat SPY
  by 0.35 points, its second straight day ahead.
- The VIX fell 4.67% to 13.47.

## Guests
Dana Ruiz (trading since 1998) and Mo Adeyemi (CFA charterholder, class of 2012).

Transcript available in 3 languages. Rate us 5 stars!
""")

B = "shownotes-QQQ-2025-11-17"
plant(B, "sn-close", "value", V, "which closed at $622.21, up", "which closed at $620.21, up", "$620.21",
      "the close is $622.21")
plant(B, "sn-record-neg", "negation", P, "a new all-time closing high",
      "still short of its all-time closing high", "still short of", "$622.21 is a new record close")
plant(B, "sn-ndx", "subject", V, "The Nasdaq 100 added 1.74%", "The Nasdaq 100 added 1.39%", "1.39%",
      "the Nasdaq 100 rose 1.74%; 1.39% is SPY's move", real=True)
plant(B, "sn-volume-words", "words", V, "about 1.6 times the 20-day average",
      "about two and a half times the 20-day average", "two and a half times", "the volume ratio is 1.6")
plant(B, "sn-intraday", "value", V, "the intraday high hit $626.07", "the intraday high hit $628.07",
      "$628.07", "the day's high is $626.07")
plant(B, "sn-ytd", "timeframe", V, "14.73% this year", "15.46% this year", "15.46%",
      "the year-to-date return is 14.73%; 15.46% is the distance above the 200-day", real=True)
plant(B, "sn-sma200", "value", V, "the 200-day ($538.92)", "the 200-day ($583.92)", "$583.92",
      "the 200-day average is $538.92")
plant(B, "sn-cross-date", "date", DU, "golden cross since July 1, 97 sessions",
      "golden cross since June 1, 97 sessions", "June 1", "the golden cross dates from Jul 1, 2025")
plant(B, "sn-rsi-quote", "quotation", IND, "RSI is 65.6, warm but below 70",
      "RSI is 65.6, \"overbought\" already", "overbought", "RSI 65.6 is under 70: not overbought")
plant(B, "sn-macd", "indicator", IND, "MACD 3.36, above its 1.48 signal", "MACD 3.36, below its 1.48 signal",
      "below", "MACD 3.36 is above its signal 1.48")
plant(B, "sn-atr-mult", "value", V, "about 1.4 ATR (ATR $8.35)", "about 2.4 ATR (ATR $8.35)", "2.4 ATR",
      "the move is 1.4 ATR", real=True)
plant(B, "sn-resistance", "level", LW, "resistance at the round $630", "resistance at the round $610", "$610",
      "a resistance below the $622.21 close")
plant(B, "sn-stop", "setup", SG, "stop $620.12, target $655.61", "stop $632.12, target $655.61", "$632.12",
      "a long's stop above its $630.56 entry")
plant(B, "sn-rr-words", "setup", SRR, "(roughly 2.4 to 1)", "(roughly four to one)", "four to one",
      "entry 630.56, stop 620.12, target 655.61: 2.4")
plant(B, "sn-friday", "history", V, "Friday's close was $611.61", "Friday's close was $612.16", "$612.16",
      "Nov 14's close is $611.61; $612.16 was Nov 13's", real=True)
plant(B, "sn-weekday", "date", WM, "last Wednesday's, November 12", "last Tuesday's, November 12", "Tuesday",
      "Nov 12, 2025 is a Wednesday")
plant(B, "sn-slope", "trend", P, "The 50-day average is climbing fast", "The 50-day average has gone flat",
      "gone flat", "the 50-day rose 2.04% in 20 sessions")
plant(B, "sn-iwm", "direction", D, "Small caps actually did better today",
      "Small caps actually did worse today", "did worse", "IWM's 1.96% beat QQQ's 1.73%")
plant(B, "sn-spread", "derived", DER, "QQQ beat SPY by 0.35 points", "QQQ beat SPY by 0.75 points",
      "0.75 points", "1.73% - 1.39% is 0.35 points")

clean("compliance-SPY-2026-06-03", "SPY-2026-06-03", "compliance-review", "txt",
      "a compliance officer's numbered review comments on a draft client note about SPY: line numbers, "
      "rule citations, a ticket number, a reviewer's initials and review deadlines, each comment "
      "restating the verified figure", """\
COMPLIANCE REVIEW · Ticket CR-88213 · Draft: "Midweek market note, June 3, 2026" (v2, 612 words)
Reviewer: K. Osei (KO) · Review opened 4:35 p.m. · Due back to author by 10:00 a.m. tomorrow
Rules applied: FINRA 2210(d)(1) fair and balanced; house style 7.2 (figures must match the data
  sheet)

Comment 1 (line 3): Verified. SPY closed at $659.18 on Wednesday, June 3, up $3.83 or 0.58% from
  $655.35. OK to publish as written.

Comment 2 (line 5): Verified, but add context. It was the fifth higher close in a row, and over
  those five sessions SPY gained 4.87%. Please also state that volume was light, 51.6 million shares,
  about 0.7 times the 20-day average of 69.3 million, so the reader does not infer heavy buying.

Comment 3 (line 8): Verified. Over the past month SPY is up 8.87%, but for the year it is still down
  1.05%. Keep both; showing only the monthly gain would not be balanced.

Comment 4 (line 11): Please soften "unstoppable". The fund is 6.99% above its 50-day average
  ($616.10) and 1.76% above its 200-day ($647.76), yet a death cross has been in place since March 27,
  46 sessions ago. Mention the cross.

Comment 5 (line 14): Verified. RSI(14) is 72.3, which is overbought; the draft should say so
  plainly. MACD at 10.15 is above its signal line of 6.99.

Comment 6 (line 17): Verified. SPY is 4.84% below its record close of $692.73 from November 26,
  2025. Today's close is the highest of the last 20 sessions.

Comment 7 (line 20): Levels check out. Resistance at $660.09, then $665.30; support at $652.32, then
  the round $650 and the 200-day at $647.76.

Comment 8 (line 22): The trade example needs the standard risk legend. As verified: a long above
  $665.54 with a stop at $657.79 and a target of $681.23 is a reward/risk of 2.0. Do not call it "low
  risk".

Comment 9 (line 25): Verified. QQQ rose 0.57% and IWM 0.35%, while DIA fell 0.58%. The VIX rose
  6.18% to 18.55. The move was modest, about half an ATR ($7.75).

Comment 10 (line 27): Verified. Both averages are flat over the past month, as the draft says.

Status: approve with changes (10 comments, 0 blocking). KO, June 3, 2026, 5:12 p.m.
""")

B = "compliance-SPY-2026-06-03"
plant(B, "cr-close", "value", V, "SPY closed at $659.18 on Wednesday", "SPY closed at $651.98 on Wednesday",
      "$651.98", "the close is $659.18")
plant(B, "cr-weekday", "date", WM, "on Wednesday, June 3", "on Thursday, June 3", "Thursday",
      "Jun 3, 2026 is a Wednesday")
plant(B, "cr-prev", "history", V, "or 0.58% from $655.35", "or 0.58% from $650.35", "$650.35",
      "the previous close is $655.35")
plant(B, "cr-streak", "history", V, "It was the fifth higher close in a row",
      "It was the third higher close in a row", "third", "five higher closes in a row")
plant(B, "cr-volume-words", "words", V, "about 0.7 times the 20-day average",
      "about one and a half times the 20-day average", "one and a half times", "the volume ratio is 0.7")
plant(B, "cr-ytd", "direction", D, "it is still down 1.05%", "it is still up 1.05%", "up 1.05%",
      "the year-to-date return is -1.05%")
plant(B, "cr-month", "timeframe", V, "Over the past month SPY is up 8.87%",
      "Over the past month SPY is up 4.87%", "4.87%", "the 1-month move is 8.87%; 4.87% is the 5-day return",
      real=True)
plant(B, "cr-cross", "pattern", P, "yet a death cross has been in place since March 27",
      "yet a golden cross has been in place since March 27", "golden cross",
      "the 50-day is below the 200-day: a death cross")
plant(B, "cr-cross-date", "date", DU, "since March 27, 46 sessions ago", "since March 15, 46 sessions ago",
      "March 15", "the death cross dates from Mar 27, 2026")
plant(B, "cr-rsi-neg", "negation", IND, "RSI(14) is 72.3, which is overbought",
      "RSI(14) is 72.3, which is not overbought", "not overbought", "RSI 72.3 is over 70")
plant(B, "cr-record-date", "date", DU, "from November 26, 2025", "from November 26, 2024",
      "November 26, 2024", "the record close was on Nov 26, 2025")
plant(B, "cr-range-high", "pattern", P, "Today's close is the highest of the last 20 sessions",
      "Today's close is the lowest of the last 20 sessions", "lowest",
      "$659.18 is the 20-session closing high")
plant(B, "cr-support", "level", LW, "support at $652.32, then the round $650",
      "support at $662.32, then the round $650", "$662.32", "a support above the $659.18 close")
plant(B, "cr-rr", "setup", SRR, "is a reward/risk of 2.0", "is a reward/risk of 3.0", "3.0",
      "entry 665.54, stop 657.79, target 681.23: 2.0")
plant(B, "cr-dia", "direction", D, "while DIA fell 0.58%", "while DIA rose 0.58%", "rose", "DIA fell 0.58%")
plant(B, "cr-subject", "subject", V, "IWM 0.35%, while", "IWM 0.57%, while", "0.57%",
      "IWM rose 0.35%; 0.57% is QQQ's move", real=True)
plant(B, "cr-atr", "value", V, "about half an ATR ($7.75)", "about half an ATR ($5.75)", "$5.75",
      "the 14-day ATR is $7.75")
plant(B, "cr-flat", "trend", P, "Both averages are flat over the past month",
      "Both averages are rising steeply over the past month", "rising steeply",
      "the 50-day moved -0.31% and the 200-day 0.01% in 20 sessions")

clean("forum-IWM-2026-03-30", "IWM-2026-03-30", "forum-post", "txt",
      "an investing forum thread with quoted replies and heavy signatures: post counts, join dates, "
      "locations, a signature's favourite quote with a year, and the members' IWM figures", """\
SmallCapTalk Forums › Index Funds › "IWM death cross is here. Now what?" · Page 3 of 7

Re: IWM death cross is here. Now what?
Posted: Mon Mar 30, 2026 9:14 pm · Post #64

Quote from: ValueVince on Mar 30, 2026, 6:02 pm
> Down again today. That's four down days in a row for IWM.

Right, and it adds up: IWM closed at $211.00 today, down $2.65 or 1.24%, and the four-day slide is
  2.54% from the $216.51 close of March 24. The Russell 2000 itself fell 1.22% to 2,120.33. Volume was
  unremarkable at 27.5 million shares, about 0.9 times the 20-day average of 29.3 million.

The death cross everybody's panicking about happened on March 24, just four sessions ago: the 50-day
  ($227.59) slipped under the 200-day ($230.93). We're 7.29% under the 50-day and 8.63% under the
  200-day. The 50-day has been falling steeply, down more than 5% in a month, while the 200-day is
  basically flat.

Before anyone yells "capitulation": RSI is 33.9. Low, but it is not oversold yet. And oddly the MACD
  (-3.77) is above its signal (-4.40), so the downside momentum is actually fading a bit.

My levels: resistance at $212.32, then $214.35. Support at the round $210, then $207.94. Below that
  there's not much until $192.43. The 20-session range is $210.30 to $223.97, 6.50% wide, and we're
  sitting near the bottom of it.

Big picture: down 2.10% on the week, 3.87% on the month, 13.27% year to date, and 18.14% below the
  record close of $257.77 from November 28. Friday's close was $213.65, Thursday's $215.29.

At least we weren't the worst today: QQQ fell 1.44%, more than IWM. SPY dropped 0.78% and DIA 1.04%.
  The VIX barely moved, up 0.69% at 24.71.

----------------------------------
Dave_in_Dayton · Posts: 4,812 · Joined: Mar 2011 · Location: Ohio, USA · Reputation: 932
"Time in the market beats timing the market." · Long small caps since 2009. 3 kids, 2 dogs, 1
  spreadsheet.
Not financial advice. Rule #1: read the prospectus.
----------------------------------

Re: IWM death cross is here. Now what?
Posted: Mon Mar 30, 2026 9:31 pm · Post #65

Quote from: Dave_in_Dayton on Mar 30, 2026, 9:14 pm
> Support at the round $210

Agreed. A daily ATR of $3.50 means $210 is well within one normal day's swing. Today's drop was
  about 0.7 ATR, a normal red day, not a crash.

----------------------------------
Marisol_K · Posts: 211 · Joined: Jan 2024 · 🏳️ Proud member since page 1 of the 2024 thread
----------------------------------
""")

B = "forum-IWM-2026-03-30"
plant(B, "fo-close", "value", V, "IWM closed at $211.00 today", "IWM closed at $210.00 today", "$210.00",
      "the close is $211.00", real=True)
plant(B, "fo-streak-pct", "history", V, "the four-day slide is 2.54%", "the four-day slide is 3.54%", "3.54%",
      "the four lower closes lost 2.54%")
plant(B, "fo-mar24", "history", V, "from the $216.51 close of March 24", "from the $218.51 close of March 24",
      "$218.51", "Mar 24's close is $216.51")
plant(B, "fo-rut", "subject", V, "The Russell 2000 itself fell 1.22%", "The Russell 2000 itself fell 1.44%",
      "1.44%", "the Russell 2000 fell 1.22%; 1.44% is QQQ's move", real=True)
plant(B, "fo-volume-words", "words", V, "about 0.9 times the 20-day average",
      "about twice the 20-day average", "twice", "the volume ratio is 0.9")
plant(B, "fo-cross-count", "history", V, "just four sessions ago", "just fourteen sessions ago",
      "fourteen sessions", "the death cross is 4 sessions old")
plant(B, "fo-cross-date", "date", DU, "happened on March 24, just", "happened on March 1, just", "March 1",
      "the death cross dates from Mar 24, 2026")
plant(B, "fo-sma200-side", "direction", D, "8.63% under the 200-day", "8.63% over the 200-day", "over",
      "IWM is below its 200-day")
plant(B, "fo-slope", "trend", P, "The 50-day has been falling steeply", "The 50-day has been rising steeply",
      "rising steeply", "the 50-day fell 5.36% in 20 sessions")
plant(B, "fo-rsi-neg", "negation", IND, "Low, but it is not oversold yet", "Low, and it is already oversold",
      "already oversold", "RSI 33.9 is above 30")
plant(B, "fo-macd", "indicator", IND, "the MACD (-3.77) is above its signal",
      "the MACD (-3.77) is below its signal", "below its signal", "MACD -3.77 is above its signal -4.40")
plant(B, "fo-resistance", "level", LW, "My levels: resistance at $212.32", "My levels: resistance at $207.94",
      "$207.94", "a resistance below the $211.00 close", real=True)
plant(B, "fo-range-width", "value", V, "6.50% wide", "8.50% wide", "8.50%", "the range is 6.50% wide")
plant(B, "fo-ytd", "timeframe", V, "13.27% year to date", "18.14% year to date", "18.14%",
      "the year-to-date return is -13.27%; -18.14% is the distance from the record", real=True)
plant(B, "fo-record-date", "date", DU, "$257.77 from November 28", "$257.77 from November 18", "November 18",
      "the record close was on Nov 28, 2025")
plant(B, "fo-friday", "history", V, "Friday's close was $213.65", "Friday's close was $215.65", "$215.65",
      "Mar 27's close is $213.65")
plant(B, "fo-qqq-worse", "direction", D, "QQQ fell 1.44%, more than IWM", "QQQ fell 1.44%, less than IWM",
      "less than IWM", "QQQ's -1.44% is a bigger fall than IWM's -1.24%")
plant(B, "fo-atr", "value", V, "A daily ATR of $3.50", "A daily ATR of $5.30", "$5.30",
      "the 14-day ATR is $3.50")
plant(B, "fo-rsi-quote", "quotation", IND, "RSI is 33.9. Low, but",
      "RSI is 33.9, \"oversold\" by any measure. Low, but", "oversold", "RSI 33.9 is above 30: not oversold")

clean("treasury-DIA-2025-11-17", "DIA-2025-11-17", "treasury-update", "txt",
      "a manufacturer's corporate treasury update to its CFO: cash balances, a credit facility with its "
      "maturity year, days of maturity and headcount that are not market data, and the Dow ETF used as "
      "the deferred-compensation plan's equity benchmark", """\
TREASURY UPDATE · Halvorsen Industrial Group · Monday, November 17, 2025 · Prepared for: CFO, 6:30
  p.m.
Distribution: Treasury committee (5 members) · Internal use only · Item 4 of 6

1. Liquidity. Operating cash stands at $412 million across 14 bank accounts. The $750 million
  revolving credit facility (maturity 2029) remains undrawn. The money-market ladder has a weighted
  average maturity of 94 days.

2. Deferred-compensation plan benchmark. The plan's equity sleeve is benchmarked to the SPDR Dow
  Jones Industrial Average ETF (DIA), so each Monday we report its position:
- DIA closed at $481.59 today, up $4.26 or 0.89%, a new record close. The Dow itself rose 0.87% to
  48,219.41.
- It also set a new 52-week intraday high of $485.20 today. Volume of 3.9 million shares was about
  1.1 times the 20-day average.
- Over the last five sessions DIA gained 1.70%; over the month 1.99%; year to date 6.55%.
- The fund is 4.51% above its 50-day average of $460.80 and 10.90% above its 200-day of $434.25. The
  golden cross has held since July 14, 89 sessions.
- The 50-day average is rising steeply (about 2.5% in twenty sessions); the 200-day is rising more
  gently.
- RSI(14) reached 72.8, in overbought territory; MACD at 4.50 is above its 3.61 signal.
- Today's move was about one ATR ($4.48).

3. Reference levels. Resistance at the round $490; support at $480, then $476.43. A breakout buy
  above $486.07 with a stop at $480.47 targets $499.52, about 2.4 times the risk.

4. Prior closes for the file: Friday $477.33; Thursday $477.56; Wednesday, November 12, $478.00.

5. Peers. DIA trailed SPY, which rose 1.39%, by 0.49 points; QQQ gained 1.73% and IWM 1.96%. The VIX
  fell 4.67% to 13.47.

6. Headcount. Treasury has 11 staff after the October hire; the 2026 budget request (item 6) is for
  12.

Next update: Monday, November 24, 2025.
""")

B = "treasury-DIA-2025-11-17"
plant(B, "ty-close", "value", V, "DIA closed at $481.59 today", "DIA closed at $484.59 today", "$484.59",
      "the close is $481.59")
plant(B, "ty-change", "value", V, "up $4.26 or 0.89%", "up $4.62 or 0.89%", "$4.62",
      "the day's change is $4.26")
plant(B, "ty-record-neg", "negation", P, "a new record close", "still no record close",
      "still no record close", "$481.59 is a new record close")
plant(B, "ty-dow-scale", "scale", SC, "rose 0.87% to 48,219.41", "rose 0.87% to $48,219.41", "$48,219.41",
      "the Dow is an index, not dollars")
plant(B, "ty-intraday", "value", V, "intraday high of $485.20", "intraday high of $487.20", "$487.20",
      "the day's high is $485.20")
plant(B, "ty-week", "timeframe", V, "Over the last five sessions DIA gained 1.70%",
      "Over the last five sessions DIA gained 1.99%", "1.99%",
      "the 5-day return is 1.70%; 1.99% is the 1-month move", real=True)
plant(B, "ty-sma50", "value", V, "50-day average of $460.80", "50-day average of $466.80", "$466.80",
      "the 50-day average is $460.80")
plant(B, "ty-cross-date", "date", DU, "held since July 14, 89 sessions", "held since July 4, 89 sessions",
      "July 4", "the golden cross dates from Jul 14, 2025")
plant(B, "ty-slope-fig", "trend", V, "(about 2.5% in twenty sessions)", "(about 0.5% in twenty sessions)",
      "0.5%", "the 50-day's 20-session slope is 2.49%")
plant(B, "ty-rsi", "indicator", IND, "in overbought territory", "in neutral territory", "neutral",
      "RSI 72.8 is overbought")
plant(B, "ty-atr-words", "words", V, "about one ATR ($4.48)", "about three ATRs ($4.48)", "three ATRs",
      "the move is 1.0 ATR")
plant(B, "ty-support", "level", LW, "support at $480, then $476.43", "support at $488, then $476.43", "$488",
      "a support above the $481.59 close")
plant(B, "ty-stop", "setup", SG, "with a stop at $480.47 targets", "with a stop at $489.47 targets",
      "$489.47", "a long's stop above its $486.07 entry")
plant(B, "ty-rr", "setup", SRR, "about 2.4 times the risk", "about 4.2 times the risk", "4.2 times",
      "entry 486.07, stop 480.47, target 499.52: 2.4")
plant(B, "ty-thursday", "history", V, "Thursday $477.56", "Thursday $477.65", "$477.65",
      "Nov 13's close is $477.56")
plant(B, "ty-weekday", "date", WM, "Wednesday, November 12, $478.00", "Tuesday, November 12, $478.00",
      "Tuesday", "Nov 12, 2025 is a Wednesday")
plant(B, "ty-trail", "derived", DER, "by 0.49 points", "by 0.94 points", "0.94 points",
      "1.39% - 0.89% is 0.50 points (0.49 from the unrounded moves)")
plant(B, "ty-subject", "subject", V, "QQQ gained 1.73%", "QQQ gained 1.96%", "1.96%",
      "QQQ rose 1.73%; 1.96% is IWM's move", real=True)

clean("haiku-IWM-2026-11-17", "IWM-2026-11-17", "haiku-blog", "md",
      "a closing-bell blog that opens each day with a haiku and follows with notes: numbers in words "
      "inside the verses, a post count, a reader-poll percentage and a cited wire story", """\
# Closing Bell Haiku, No. 311 · Tuesday, November 17, 2026

*Small caps slip again,*
*eight-tenths of a percent gone;*
*the range floor still holds.*

*Third day in a row*
*the big funds outrun the small.*
*Russell, catch your breath.*

## Notes

The iShares Russell 2000 ETF (IWM) closed at $245.28, down $1.98 or 0.80%, on volume of 31.1 million
  shares, about the same as its 20-day average of 29.8 million. The Russell 2000 index slipped 0.78%
  to 2,465.79 [1]. It was the third session in a row in which IWM trailed SPY, which lost 0.50%; today
  the gap was 0.30 points. QQQ fell harder, down 0.90%, while DIA lost only 0.20%.

IWM is now 0.38% below its 50-day moving average ($246.21) and 6.32% above its 200-day ($230.71);
  the golden cross has stood since August 10, 70 sessions. Both averages have been close to flat over
  the past month. RSI is exactly 50.0, and MACD, at 0.86, is still above its signal line of 0.57.

The fund is still boxed in a 22-session range from $241.00 to $249.26, only 3.43% wide; the top of
  it was the November 12 close, a Thursday. Resistance sits at the 50-day, $246.21, then $249.26.
  Support: $244.79, then $242.80 and $241.00.

For the week so far it's down 1.00%, but it's up 1.46% over the month and 0.82% for the year. The
  record close of $257.77 (November 28, 2025) is 4.85% away. Yesterday it closed at $247.26 and last
  Friday at $247.01.

The move was about 0.6 ATR ($3.22), an ordinary dip. The VIX rose 6.02% to 17.60. The Fed is 16
  sessions away (December 9).

*Reader poll: 62% of you expect the range to break lower. 1,204 votes.*

<<SOURCES>>
""", sources=("hs-slides17",), source_format="letter")

B = "haiku-IWM-2026-11-17"
plant(B, "hk-verse-words", "words", V, "*eight-tenths of a percent gone;*", "*two full percent gone;*",
      "two full percent", "the day's move is -0.80%")
plant(B, "hk-verse-streak", "words", V, "*Third day in a row*", "*Fifth day in a row*", "Fifth",
      "IWM has trailed SPY for 3 sessions")
plant(B, "hk-close", "value", V, "closed at $245.28, down", "closed at $245.82, down", "$245.82",
      "the close is $245.28")
plant(B, "hk-rut", "subject", V, "slipped 0.78% to 2,465.79", "slipped 0.90% to 2,465.79", "0.90%",
      "the Russell 2000 fell 0.78%; 0.90% is QQQ's move", real=True)
plant(B, "hk-gap", "derived", DER, "today the gap was 0.30 points", "today the gap was 0.45 points",
      "0.45 points", "-0.80% against -0.50% is 0.30 points")
plant(B, "hk-qqq", "direction", D, "QQQ fell harder, down 0.90%", "QQQ held up better, down 0.90%",
      "held up better", "QQQ's -0.90% is worse than IWM's -0.80%")
plant(B, "hk-sma200", "value", V, "200-day ($230.71)", "200-day ($237.01)", "$237.01",
      "the 200-day average is $230.71")
plant(B, "hk-cross-count", "history", V, "since August 10, 70 sessions", "since August 10, 60 sessions",
      "60 sessions", "the golden cross is 70 sessions old")
plant(B, "hk-flat", "trend", P, "Both averages have been close to flat over the past month",
      "Both averages have been climbing fast over the past month", "climbing fast",
      "the 50-day moved 0.38% and the 200-day -0.12% in 20 sessions")
plant(B, "hk-macd-neg", "negation", IND, "is still above its signal line of 0.57",
      "is no longer above its signal line of 0.57", "no longer above", "MACD 0.86 is above its signal 0.57")
plant(B, "hk-range-weekday", "date", WM, "the November 12 close, a Thursday",
      "the November 12 close, a Wednesday", "Wednesday", "Nov 12, 2026 is a Thursday")
plant(B, "hk-resistance", "level", LW, "Resistance sits at the 50-day, $246.21, then $249.26",
      "Resistance sits at $244.79, then $249.26", "$244.79", "a resistance below the $245.28 close",
      real=True)
plant(B, "hk-month", "timeframe", V, "it's up 1.46% over the month", "it's up 0.82% over the month", "0.82%",
      "the 1-month move is 1.46%; 0.82% is the year-to-date return", real=True)
plant(B, "hk-record", "value", V, "The record close of $257.77", "The record close of $258.49", "$258.49",
      "the record close is $257.77; $258.49 is the intraday record", real=True)
plant(B, "hk-friday", "history", V, "last Friday at $247.01", "last Friday at $249.01", "$249.01",
      "Nov 13's close is $247.01")
plant(B, "hk-fed", "date", DU, "(December 9)", "(December 19)", "December 19",
      "the FOMC decision is on Dec 9, 2026")
plant(B, "hk-cite", "citation", CU, "to 2,465.79 [1]", "to 2,465.79 [2]", "[2]", "one source is listed")

clean("dictation-SPY-2026-11-20", "SPY-2026-11-20", "voice-dictation", "txt",
      "a strategist's voice-to-text dictation of a client recap, sent without editing: numbers spoken "
      "in words, spoken punctuation and commands left in, homophone slips on names, a callback number", """\
[Dictated on phone, Fri Nov 20, 2026, 5:48 PM, 2 min 41 s, not proofread]

okay recap for the Thursday group comma client list B period new paragraph

So S P Y closed at six hundred eighty-eight dollars even today comma up seven dollars and forty-nine
  cents comma that's about one point one percent period The S&P itself was up about the same comma one
  point one one percent to sixty-nine hundred and one point six nine period Volume was heavy comma
  about one point eight times the twenty day average period new paragraph

On the week it's up about one point one percent comma on the month it's still down just under one
  percent comma and for the year it's up about three and a quarter percent period We're about one
  percent under the record close of six ninety-four seventy-one from October twenty second period new
  paragraph

Trend wise the fund is about one percent above the fifty day average and about six and a half
  percent above the two hundred day comma the golden cross is forty-four sessions old period The fifty
  day has been climbing comma up nearly two percent over the last month comma the two hundred day is
  basically flat period R S I fifty-five comma neutral period The Mac D is still under its signal line
  period new paragraph

Relative colon the Nas dack one hundred fund Q Q Q did better comma up one point nine percent comma
  small caps lagged with I W M up only three tenths of a percent period The vix dropped about nine
  percent to fifteen point six period new paragraph

Next week colon the fed decides December ninth comma thirteen sessions out comma and C P I is the
  tenth period Support is the bottom of the range at six seventy-eight forty-five comma resistance is
  the record period new paragraph

call me back on extension four four one two if questions period end of message
""")

B = "dictation-SPY-2026-11-20"
plant(B, "dc-close", "words", V, "six hundred eighty-eight dollars even",
      "six hundred eighty-six dollars even", "six hundred eighty-six dollars", "the close is $688.00")
plant(B, "dc-change", "words", V, "up seven dollars and forty-nine cents",
      "up nine dollars and forty-nine cents", "nine dollars and forty-nine cents",
      "the day's change is $7.49")
plant(B, "dc-pct", "words", V, "that's about one point one percent period",
      "that's about two point one percent period", "two point one percent", "the day's move is 1.10%")
plant(B, "dc-index", "words", V, "sixty-nine hundred and one point six nine",
      "sixty-nine hundred and nine point six nine", "sixty-nine hundred and nine point six nine",
      "the S&P 500 closed at 6,901.69")
plant(B, "dc-volume", "words", V, "about one point eight times the twenty day average",
      "about three point eight times the twenty day average", "three point eight times",
      "the volume ratio is 1.8")
plant(B, "dc-month", "direction", D, "on the month it's still down just under one percent",
      "on the month it's up just under one percent", "up just under one percent",
      "the 1-month move is -0.97%")
plant(B, "dc-ytd", "timeframe", V, "for the year it's up about three and a quarter percent",
      "for the year it's up about six and a half percent", "six and a half percent",
      "the year-to-date return is 3.28%; 6.48% is the distance above the 200-day")
plant(B, "dc-record-date", "date", DU, "from October twenty second", "from October eighteenth",
      "October eighteenth", "the record close was on Oct 22, 2026")
plant(B, "dc-record", "words", V, "the record close of six ninety-four seventy-one",
      "the record close of six ninety-seven oh nine", "six ninety-seven oh nine",
      "the record close is $694.71; $697.09 is the intraday record")
plant(B, "dc-sma200-side", "direction", D, "about six and a half percent above the two hundred day",
      "about six and a half percent below the two hundred day", "below the two hundred day",
      "SPY is above its 200-day")
plant(B, "dc-cross-age", "words", V, "the golden cross is forty-four sessions old",
      "the golden cross is sixty-four sessions old", "sixty-four sessions",
      "the golden cross is 44 sessions old")
plant(B, "dc-slope", "trend", P, "The fifty day has been climbing comma",
      "The fifty day has been rolling over comma", "rolling over", "the 50-day rose 1.76% in 20 sessions")
plant(B, "dc-rsi", "indicator", IND, "R S I fifty-five comma neutral", "R S I fifty-five comma overbought",
      "overbought", "RSI 55.0 is not overbought")
plant(B, "dc-macd-neg", "negation", IND, "The Mac D is still under its signal line",
      "The Mac D is no longer under its signal line", "no longer under", "MACD 0.82 is under its signal 1.59")
plant(B, "dc-qqq", "subject", V, "up one point nine percent comma small caps",
      "up one point one percent comma small caps", "one point one percent comma small caps",
      "QQQ rose 1.90%; 1.1% is SPY's move")
plant(B, "dc-iwm", "words", V, "up only three tenths of a percent", "up only six tenths of a percent",
      "six tenths", "IWM rose 0.30%")
plant(B, "dc-fed-days", "words", V, "thirteen sessions out", "eighteen sessions out", "eighteen sessions",
      "the FOMC decision is 13 sessions away")
plant(B, "dc-support", "level", LW, "Support is the bottom of the range at six seventy-eight forty-five",
      "Support is the bottom of the range at six ninety-eight forty-five", "six ninety-eight forty-five",
      "a support above the $688.00 close")

clean("playbyplay-IWM-2026-11-20", "IWM-2026-11-20", "play-by-play", "txt",
      "a sports-radio style play-by-play of the small-cap fund's Friday: a colour commentator, "
      "'season stats', a 'scoreboard' of peers, a replay of past closes and a sponsor's founding year", """\
SMALL-CAP SPORTS DESK · Friday Night Tape · Nov. 20, 2026 · Call by Gus Amato, colour by Renee Tilly

GUS: Good evening and welcome to the broadcast! Final whistle on Wall Street, and the iShares
  Russell 2000 fund, IWM, finishes at two hundred forty-four dollars and thirty cents. It inched up 73
  cents, a gain of 0.30%, off Thursday's $243.57.

RENEE: Gus, that's a win, but a quiet one. The fund's whole game ran between $243.65 and $244.45, a
  range of eighty cents. Compare that with an average true range of $2.83: today's move was about a
  quarter of a normal day.

GUS: And on the scoreboard, the big clubs ran away with it! SPY up 1.10%, QQQ up 1.90%, DIA up
  0.60%. IWM trailed SPY by 0.80 points, and that makes it six straight games, six sessions in a row,
  that the small caps have lost to the S&P fund.

RENEE: Season stats, Gus. For the week IWM is down 1.10%. For the month, down 1.65%. Year to date, a
  measly 0.42% gain. The Russell 2000 index itself finished at 2,456.17, up 0.30%.

GUS: Let's go to the replay. Tuesday, $245.28. Wednesday, $244.79. Thursday, $243.57. And tonight, a
  small bounce.

RENEE: Here's what the coaches are watching. IWM sits 0.60% under its 50-day average of $245.77, so
  that's resistance, with the round $245 just below it. Above, $249.26, the top of the 25-session
  range and the November 12 close. Below, support at $242.80 and the range floor at $241.00.

GUS: And the long game?

RENEE: Still healthy. IWM is 5.86% above the 200-day at $230.77, and the golden cross has held for
  73 sessions, since August 10. The averages are moving sideways. RSI 48.2, right at midfield, and
  MACD 0.31 below a 0.51 signal.

GUS: The record, Renee?

RENEE: $257.77, set November 28 of last year. The fund is 5.23% short of it.

GUS: That's the game. Coming up after the break: the Fed's December 9 decision, 13 sessions away.
  This broadcast is brought to you by Crestline Bank, member FDIC, serving the tri-county area since
  1952.
""")

B = "playbyplay-IWM-2026-11-20"
plant(B, "pb-close-words", "words", V, "two hundred forty-four dollars and thirty cents",
      "two hundred forty-two dollars and thirty cents", "two hundred forty-two dollars and thirty cents",
      "the close is $244.30")
plant(B, "pb-inched", "magnitude", MG, "It inched up 73 cents", "It surged 73 cents", "surged",
      "'surged' on a 0.30% move of 0.2 ATR")
plant(B, "pb-cents", "value", V, "It inched up 73 cents", "It inched up 37 cents", "37 cents",
      "the day's change is $0.73")
plant(B, "pb-quiet", "magnitude", MG, "that's a win, but a quiet one", "that's a win, a soaring one",
      "soaring", "'soaring' on a 0.30% move of 0.2 ATR")
plant(B, "pb-atr", "value", V, "an average true range of $2.83", "an average true range of $3.82", "$3.82",
      "the 14-day ATR is $2.83")
plant(B, "pb-quarter", "words", V, "today's move was about a quarter of a normal day",
      "today's move was about twice a normal day", "twice", "the move is 0.2 ATR")
plant(B, "pb-subject", "subject", V, "QQQ up 1.90%, DIA up 0.60%", "QQQ up 1.10%, DIA up 0.60%",
      "QQQ up 1.10%", "QQQ rose 1.90%; 1.10% is SPY's move", real=True)
plant(B, "pb-streak-words", "words", V, "six straight games, six sessions in a row",
      "four straight games, four sessions in a row", "four sessions", "IWM has trailed SPY for 6 sessions")
plant(B, "pb-ytd", "direction", D, "Year to date, a measly 0.42% gain", "Year to date, a measly 0.42% loss",
      "loss", "the year-to-date return is +0.42%")
plant(B, "pb-week", "timeframe", V, "For the week IWM is down 1.10%", "For the week IWM is down 1.65%",
      "1.65%", "the 5-day return is -1.10%; -1.65% is the 1-month move", real=True)
plant(B, "pb-wed", "history", V, "Wednesday, $244.79", "Wednesday, $245.79", "$245.79",
      "Nov 18's close is $244.79")
plant(B, "pb-resistance", "level", LW, "Below, support at $242.80", "Below, support at $245.00", "$245.00",
      "a support above the $244.30 close", real=True)
plant(B, "pb-range-date", "date", DU, "the top of the 25-session range and the November 12 close",
      "the top of the 25-session range and the November 15 close", "November 15",
      "$249.26 was Nov 12's close; Nov 15, 2026 is a Sunday, no session")
plant(B, "pb-cross", "history", V, "the golden cross has held for 73 sessions",
      "the golden cross has held for 37 sessions", "37 sessions", "the golden cross is 73 sessions old")
plant(B, "pb-sideways", "trend", P, "The averages are moving sideways",
      "The averages are both rising steeply", "rising steeply",
      "the 50-day and 200-day moved -0.08% and -0.09% in 20 sessions")
plant(B, "pb-macd", "indicator", IND, "MACD 0.31 below a 0.51 signal", "MACD 0.31 above a 0.51 signal",
      "above", "MACD 0.31 is below its signal 0.51")
plant(B, "pb-record-date", "date", DU, "set November 28 of last year", "set November 8 of last year",
      "November 8", "the record close was on Nov 28, 2025")
plant(B, "pb-from-record", "derived", DER, "The fund is 5.23% short of it", "The fund is 4.17% short of it",
      "4.17%", "244.30 is 5.23% below 257.77")
plant(B, "pb-bounce", "magnitude", MG, "And tonight, a small bounce.", "And tonight, a huge surge.", "surge",
      "'surge' on a 0.30% move of 0.2 ATR")

clean("releasenotes-QQQ-2026-11-20", "QQQ-2026-11-20", "release-notes", "md",
      "a developer's tongue-in-cheek 'release notes' for the market's Friday, in changelog form: version "
      "and build numbers, issue numbers and a contributor count that are not market data, with QQQ's "
      "figures under Added/Changed/Fixed/Known issues", """\
# Market v2026.11.20 · Release notes (build 4471, "Megacap Friday")

Released Friday, November 20, 2026 at 4:00 p.m. ET. Upgrade from v2026.11.19 is automatic. 3
  contributors, 12 commits.

## Added
- QQQ jumped $11.68, or 1.90%, to close at $626.40. That is about 1.6 times its average true range
  of $8.05, so this was a big day, not a rounding error.
- The Nasdaq 100 gained 1.89% to 25,753.96, with megacap technology doing the lifting [1].
- Volume: 86.8 million shares, roughly twice the 20-day average of 44.3 million.

## Changed
- The week flipped positive: QQQ is up 1.28% over five sessions. The month is up 0.27%, and the year
  4.91%.
- QQQ now sits 2.02% above its 50-day average ($614.02) and 7.96% above its 200-day ($580.22).
- Distance to the record close of $629.76 (set November 11) shrank to 0.53%.

## Fixed
- Thursday's close of $614.72, the low point of the week, has been patched by Friday's gain.
- The gap to SPY: QQQ beat it by 0.80 points (SPY +1.10%). DIA +0.60%, IWM +0.30%.

## Unchanged
- Golden cross, in place since July 27 (83 sessions).
- MACD (1.96) still below its signal (2.46); RSI 56.4, neutral.
- The 29-session range, $610.21 to $629.76, 3.20% wide. Support at $623.73 and $620; resistance at
  $627.27 and at the record, $629.76.

## Known issues
- Options: next Friday's expiry is November 27; open interest clusters at $640 calls and $610 puts
  in QQQ [2].
- A pullback long waits lower: entry $610.35, stop $602.85, target $626.99 (reward/risk 2.2).
- The FOMC decides on December 9, 13 sessions away; CPI follows on December 10.
- #4472: the VIX fell 9.30% to 15.60. Not a bug.

<<SOURCES>>
""", sources=("hs-megacap20", "tw-opex20"), source_format="plain")

B = "releasenotes-QQQ-2026-11-20"
plant(B, "rn-jumped", "magnitude", MG, "QQQ jumped $11.68", "QQQ edged up $11.68", "edged up",
      "'edged' on a 1.90% move of 1.6 ATR")
plant(B, "rn-change", "value", V, "QQQ jumped $11.68", "QQQ jumped $12.68", "$12.68",
      "the day's change is $11.68")
plant(B, "rn-close", "value", V, "to close at $626.40", "to close at $628.40", "$628.40",
      "the close is $626.40")
plant(B, "rn-big-day", "magnitude", MG, "so this was a big day, not a rounding error",
      "so this barely budged, a rounding error", "barely budged",
      "'barely budged' on a 1.90% move of 1.6 ATR")
plant(B, "rn-atr-words", "words", V, "about 1.6 times its average true range",
      "about half of its average true range", "half of its average true range", "the move is 1.6 ATR")
plant(B, "rn-volume", "value", V, "86.8 million shares", "68.8 million shares", "68.8 million",
      "the volume is 86.8M")
plant(B, "rn-week", "timeframe", V, "QQQ is up 1.28% over five sessions",
      "QQQ is up 4.91% over five sessions", "4.91%",
      "the 5-day return is 1.28%; 4.91% is the year-to-date return", real=True)
plant(B, "rn-sma50", "value", V, "50-day average ($614.02)", "50-day average ($641.02)", "$641.02",
      "the 50-day average is $614.02")
plant(B, "rn-record-date", "date", DU, "(set November 11)", "(set November 12)", "November 12",
      "the record close was on Nov 11, 2026; Nov 12 is the intraday record's date", real=True)
plant(B, "rn-thursday", "history", V, "Thursday's close of $614.72", "Thursday's close of $618.43", "$618.43",
      "Nov 19's close is $614.72; $618.43 was Nov 18's", real=True)
plant(B, "rn-beat", "direction", D, "QQQ beat it by 0.80 points", "QQQ trailed it by 0.80 points", "trailed",
      "QQQ's 1.90% beat SPY's 1.10%")
plant(B, "rn-cross", "pattern", P, "Golden cross, in place since July 27",
      "Death cross, in place since July 27", "Death cross", "the 50-day is above the 200-day: a golden cross")
plant(B, "rn-rsi", "indicator", IND, "RSI 56.4, neutral", "RSI 56.4, overbought", "overbought",
      "RSI 56.4 is under 70")
plant(B, "rn-support", "level", LW, "Support at $623.73 and $620", "Support at $627.27 and $620", "$627.27",
      "a support above the $626.40 close", real=True)
plant(B, "rn-expiry", "date", DU, "next Friday's expiry is November 27",
      "next Friday's expiry is November 28", "November 28", "the options expiry is Nov 27, 2026")
plant(B, "rn-target", "setup", SG, "target $626.99 (reward/risk 2.2)", "target $606.99 (reward/risk 2.2)",
      "$606.99", "a long's target below its $610.35 entry")
plant(B, "rn-cpi", "date", DU, "CPI follows on December 10", "CPI follows on December 11", "December 11",
      "the November CPI report is on Dec 10, 2026")
plant(B, "rn-cite", "citation", CS, "with megacap technology doing the lifting [1]",
      "with megacap technology doing the lifting [2]", "[2]",
      "source 2 is the options-expiry story; the Nasdaq 100's 1.89% and megacap tech are in source 1")


README = kit.blind_readme(8, unrun=False, width=100)

# ---------------------------------------------------------------- scoring and the command line

evaluate, report = SET.evaluate, SET.report  # what tests/test_verify_holdout8.py runs

if __name__ == "__main__":
    raise SystemExit(SET.main(sys.argv[1:], doc=__doc__ or "", readme=README))
