"""Write the ninth blind holdout set for the verifier to tests/data/verify_holdout9/ (deterministic).

    .venv/bin/python scripts/make_verify_holdout9.py            # (re)write the set
    .venv/bin/python scripts/make_verify_holdout9.py --check    # exit 1 if the files on disk differ
    .venv/bin/python scripts/make_verify_holdout9.py --score    # run the verifier over the set, report

Written for issue 14 by someone who had read neither `pipeline/verify/` nor the texts of the
evaluation set or of the first eight holdouts (only the shared plumbing in
`scripts/verify_eval/holdout_kit.py`, the top of `scripts/make_verify_holdout8.py`, `pipeline/facts.py`,
`pipeline/contracts/`, the README's verifier section and the CHANGELOG's older entries), and who did not
run the verifier on these texts before the blind score. The voices are ones the earlier sets did not
use: a bank's daily FX-and-equities note, an insurer's CIO memo, a "Dear trader" advice column, a
"five things to know" list, a university investment club's pitch, a crypto-native writer covering
stocks, notes translated from Korean, Czech and Hindi, a sports-style power ranking of index funds,
an HR newsletter's market corner, an RSS reader's item digest, a regulator-style market summary, a
wiki talk page, a court reporter's transcript, a wealth manager's e-mail to a nervous client, a robo
"explain like I'm five", a calendar preview column, a weekend recap thread and an options-flow bot's
posts.

Every figure of a clean text was typed by hand from `pipeline.facts.build_fact_sheet(...)` of the
case's snapshot, of a peer in the same file, of the snapshot's dated bars (`recent_sessions`,
`recent_closes`, `recent_highs`, `recent_lows`), of the 50/200-day slopes the snapshot carries
(`trend.sma_50_slope_pct`, `trend.sma_200_slope_pct`), or from the text of a cited source;
approximations ("about 1.8 times", "roughly two to one") were checked against the same values.
Page furniture, years, counts of things, ages, clock times, extension numbers, prices of things that
are not market data and percentages of things that are not markets are there on purpose. The
snapshots and sources are frozen copies in tests/data/verify_holdout9/context/ (taken from
tests/data/verify_eval/ on 2026-12-05; each carries 64 dated bars). Each planted case is one clean
text with one exact substitution and one expected finding whose code is the README's documented one
for that fault; its note says why that code.
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
    "note": "[{n}] {item.publisher}: {item.title}. {day}. {item.url}",
    "plain": "[{n}] {item.title} | {item.publisher} | {item.url}",
    "bare": "[{n}] {item.url}",
    "rss": "[{n}] {item.title} ({item.publisher}, {day}) <{item.url}>",
}
SOURCE_JOINS = {
    "note": ("Sources\n", "\n"),
    "plain": ("Sources\n", "\n"),
    "bare": ("Links\n", "\n"),
    "rss": ("Feed items cited\n", "\n"),
}


SET = kit.HoldoutSet("holdout9", REPO, U, SOURCE_LINES, SOURCE_JOINS)
OUT = SET.out
CLEAN = SET.texts
clean = SET.clean


plant = SET.plant_wrapped  # old/new/span may carry the texts' continuation breaks

V, D, P, IND, DU, WM, LW, NU, MG, DER, SC, SG, SRR, CU, CS = kit.CODES

# A line starting with exactly two spaces continues the line before it. `<<SOURCES>>` becomes the
# Sources block. Figures are typed, not slotted: each was read off the key's fact sheet. Each text's
# planted errors follow it.

clean("banknote-SPY-2026-11-20", "SPY-2026-11-20", "bank-daily-note", "txt",
      "a bank's daily FX-and-equities note for professional clients: desk extension, page furniture, a "
      "charter year and a distribution count around the SPY section, cross-asset lines with their own "
      "sessions, a breakout plan with its reward/risk",
      """\
NORTHFIELD BANK · GLOBAL MARKETS DAILY · FX & EQUITIES
Saturday edition, 21 November 2026 · Desk line ext. 4410 · Page 1 of 2 · Professional clients only

FX AND COMMODITIES
EUR/USD finished Thursday at 1.1553, off 0.16% on the day, and USD/JPY rose 0.24% to 155.29. On
  Friday gold added 0.48% to 4,050.95 and WTI crude gained 1.04% to 67.80.

EQUITIES
The S&P 500 rose 1.1% on Friday to 6,901.69 [1]. Its tracker SPY closed at $688.00, up $7.49 or 1.10%
  from Thursday's $680.51, on 118.3 million shares, about 1.8 times its 20-day average of 64.9 million.
  The session ran from a low of $679.36 to a high of $689.87 after an open of $681.15. SPY did not set a
  new closing high on Friday.

Week and month: SPY gained 1.10% over five sessions but is still 0.97% lower than a month ago; for the
  year to date it is up 3.28%. Before Friday it had closed at $681.88 on Wednesday, November 18, and at
  $683.25 on Monday the 16th.

Thursday, for the record: the S&P 500 had declined 0.2% to 6,826.06 before options expiry [2].

Trend: SPY is 1.11% above its 50-day average ($680.43) and 6.48% above the 200-day ($646.13), and a
  golden cross has been in place since September 21, 44 sessions ago. The 50-day has climbed about 1.8%
  in twenty sessions; the 200-day is almost flat, up about 0.1%. RSI 55.0. The MACD line (0.82) is
  under its 1.59 signal line. The 14-day ATR is $7.06, so Friday's move was about 1.1 ATR.

Levels: resistance is the record close of $694.71 from October 22, 0.98% above the close; support is
  $678.45, the floor of the 29-session range. The desk would buy a close above $697.09 with a stop at
  $690.03 and a target of $710.97, about 2 to 1.

Relative: QQQ rose 1.90% and IWM 0.30%, while the VIX fell 9.30% to 15.60. Next on the calendar: the Fed
  decision on December 9, 13 sessions away, and CPI on December 10.

Prepared by 3 analysts in London and New York. Northfield Bank, chartered 1847, distributes this note to
  212 institutional clients; it is not investment advice.

<<SOURCES>>
""", sources=("ld-rebound20", "hs-edge19"), source_format="note")

B = "banknote-SPY-2026-11-20"
plant(B, "bn-close", "value", V, "SPY closed at $688.00", "SPY closed at $686.00", "$686.00",
      "the Nov 20 close is $688.00")
plant(B, "bn-ratio-words", "words", V, "about 1.8 times its 20-day", "about three times its 20-day",
      "three times", "volume is 1.8 times the 20-day average")
plant(B, "bn-week", "timeframe", V, "gained 1.10% over five sessions", "gained 2.10% over five sessions",
      "2.10%", "the 5-session return is 1.10%")
plant(B, "bn-wednesday", "history", V, "closed at $681.88 on Wednesday", "closed at $683.88 on Wednesday",
      "$683.88", "the Nov 18 close is $681.88")
plant(B, "bn-weekday", "date", WM, "on Monday the 16th", "on Tuesday the 16th", "Tuesday",
      "Nov 16, 2026 was a Monday")
plant(B, "bn-sma50-side", "direction", D, "SPY is 1.11% above its 50-day", "SPY is 1.11% below its 50-day",
      "below", "the close $688.00 is above the 50-day $680.43")
plant(B, "bn-cross", "pattern", P, "golden cross has been in place", "death cross has been in place",
      "death cross", "the 50-day ($680.43) is above the 200-day ($646.13): a golden cross")
plant(B, "bn-slope200", "trend", P, "the 200-day is almost flat", "the 200-day is falling steadily",
      "falling steadily", "the 200-day rose about 0.13% over 20 sessions")
plant(B, "bn-macd", "indicator", IND, "is\n  under its 1.59 signal line", "is\n  above its 1.59 signal line",
      "above its 1.59 signal", "MACD 0.82 is below its signal 1.59")
plant(B, "bn-support", "level", LW, "support is\n  $678.45", "support is\n  $692.45", "$692.45",
      "a support above the $688.00 close")
plant(B, "bn-rr", "setup", SRR, "about 2 to 1", "about 4 to 1", "4 to 1",
      "(710.97-697.09)/(697.09-690.03) = 1.97")
plant(B, "bn-stop", "setup", SG, "a stop at\n  $690.03", "a stop at\n  $699.03", "$699.03",
      "a long's stop above its $697.09 entry")
plant(B, "bn-subject", "subject", V, "and IWM 0.30%", "and IWM 0.60%", "0.60%",
      "IWM rose 0.30%; 0.60% is DIA's move", real=True)
plant(B, "bn-cite", "citation", CU, "6,901.69 [1]", "6,901.69 [3]", "[3]", "the note lists two sources")
plant(B, "bn-fed", "date", DU, "decision on December 9", "decision on December 8", "December 8",
      "the Fed decision is Dec 9, 2026")
plant(B, "bn-distance", "derived", DER, "0.98% above the close", "1.64% above the close", "1.64%",
      "($694.71 - $688.00)/$688.00 = 0.98%")
plant(B, "bn-scale", "scale", SC, "on Friday to 6,901.69", "on Friday to $6,901.69", "$6,901.69",
      "the S&P 500 is an index, not a dollar price")
plant(B, "bn-newhigh", "negation", P, "SPY did not set a\n  new closing high on Friday.",
      "SPY set a\n  new closing high on Friday.", "new closing high",
      "$688.00 is under the $694.71 record close")
plant(B, "bn-vix", "direction", D, "the VIX fell 9.30%", "the VIX rose 9.30%", "rose",
      "the VIX fell 9.30%")

clean("ciomemo-DIA-2026-11-20", "DIA-2026-11-20", "insurance-cio-memo", "txt",
      "an insurance company's CIO memo to its investment committee: numbered paragraphs, a share count, "
      "a review year, a room number and a meeting time around the DIA update",
      """\
MEMORANDUM
To: Investment Committee, Harbour Mutual Insurance Co.
From: Office of the Chief Investment Officer
Re: Equity sleeve, blue-chip exposure after the week of November 16

1. Position. The general account holds DIA as its blue-chip proxy: 410,000 shares, unchanged since our
  2019 review.

2. Friday. DIA closed at $471.60, up $2.81 or 0.60% from $468.79, its third straight higher close;
  over those three sessions it gained 1.00%. The Dow itself finished at 47,220.31, up 0.58% [1].
  Volume was 5.5 million shares against a 20-day average of 3.4 million.

3. Context. The ETF is up 1.10% on the week but down 0.17% over a month and 0.72% for the year. It
  remains 4.52% below its January 12 record close of $493.91.

4. Trend. DIA trades 0.85% above its 50-day average of $467.61 and 3.69% above the 200-day ($454.80).
  The two averages formed a golden cross on October 2, 35 sessions ago. The 50-day is rising, up
  roughly 0.75% over 20 sessions, while the 200-day has eased about 0.3%.

5. Momentum. RSI at 55.5 is neutral, neither overbought nor oversold. The MACD line (0.34) sits below
  its signal line (0.47).

6. Range. For 43 sessions DIA has held between $464.29 and $474.50, a band 2.20% wide. We treat $464.29
  as support and $474.50 as the first resistance, with $476.13 above it.

7. Relative. The Dow lagged the broad market: DIA's 0.60% trailed SPY's 1.10% by 0.50 points and
  QQQ's 1.90% by 1.30 points, but beat IWM (0.30%).

8. Earlier in the week. DIA closed at $466.92 on Tuesday the 17th and at $468.32 on Wednesday, the day
  the Dow gained 0.3% to 46,891.82 [2].

9. Risk. The 14-day ATR is $4.50, or 0.95% of the price; Friday's gain was about 0.6 ATR.

10. Calendar. The Fed decides on December 9; CPI follows on December 10, 14 sessions away.

Recommendation: no change to the sleeve. The committee meets in Room 12B at 9:30 a.m. on Tuesday,
  December 1; lunch is $18 a head.

<<SOURCES>>
""", sources=("ld-rebound20", "tw-dow18"), source_format="plain")

B = "ciomemo-DIA-2026-11-20"
plant(B, "cio-close", "value", V, "DIA closed at $471.60", "DIA closed at $474.60", "$474.60",
      "the Nov 20 close is $471.60")
plant(B, "cio-streak", "history", V, "its third straight higher close", "its fifth straight higher close",
      "fifth straight", "DIA has closed higher three sessions running")
plant(B, "cio-streak-words", "words", V, "over those three sessions it gained 1.00%",
      "over those three sessions it gained two percent", "two percent",
      "the three-session streak gained 1.00%")
plant(B, "cio-dow-subject", "subject", V, "up 0.58% [1]", "up 1.11% [1]", "1.11%",
      "the Dow rose 0.58%; 1.11% is the S&P 500's move", real=True)
plant(B, "cio-volume", "value", V, "Volume was 5.5 million shares", "Volume was 8.5 million shares",
      "8.5 million", "volume is 5.5M")
plant(B, "cio-month", "timeframe", V, "down 0.17% over a month", "down 1.17% over a month", "1.17%",
      "the 1-month return is -0.17%")
plant(B, "cio-record-date", "date", DU, "its January 12 record", "its January 13 record", "January 13",
      "the record close was on Jan 12, 2026; Jan 13 is the intraday record's date", real=True)
plant(B, "cio-sma200-side", "direction", D, "3.69% above the 200-day", "3.69% below the 200-day", "below",
      "the close is above the 200-day $454.80")
plant(B, "cio-cross", "pattern", P, "formed a golden cross on October 2", "formed a death cross on October 2",
      "death cross", "the 50-day is above the 200-day")
plant(B, "cio-slope50", "trend", P, "The 50-day is rising", "The 50-day is falling", "falling",
      "the 50-day rose 0.75% over 20 sessions")
plant(B, "cio-rsi", "indicator", IND, "RSI at 55.5 is neutral, neither overbought nor oversold",
      "RSI at 55.5 is overbought", "overbought", "RSI 55.5 is under 70")
plant(B, "cio-macd-neg", "negation", IND, "The MACD line (0.34) sits below",
      "The MACD line (0.34) is no longer below", "no longer below", "MACD 0.34 is below its 0.47 signal")
plant(B, "cio-support", "level", LW, "We treat $464.29\n  as support", "We treat $476.29\n  as support",
      "$476.29", "a support above the $471.60 close")
plant(B, "cio-gap", "derived", DER, "trailed SPY's 1.10% by 0.50 points",
      "trailed SPY's 1.10% by 0.80 points", "0.80 points",
      "1.10 - 0.60 = 0.50 points; 0.80 is DIA's 1-month spread to SPY", real=True)
plant(B, "cio-beat", "direction", D, "but beat IWM (0.30%)", "and trailed IWM (0.30%)", "trailed IWM",
      "DIA's 0.60% beat IWM's 0.30%")
plant(B, "cio-tuesday", "history", V, "DIA closed at $466.92 on Tuesday", "DIA closed at $469.92 on Tuesday",
      "$469.92", "the Nov 17 close is $466.92")
plant(B, "cio-weekday", "date", WM, "at $468.32 on Wednesday", "at $468.32 on Thursday", "Thursday",
      "$468.32 is the Nov 18 (Wednesday) close; the memo names Thursday")
plant(B, "cio-cite", "citation", CU, "46,891.82 [2]", "46,891.82 [4]", "[4]", "the memo lists two sources")
plant(B, "cio-cpi-count", "history", V, "14 sessions away", "19 sessions away", "19 sessions",
      "CPI on Dec 10 is 14 sessions away")

clean("deartrader-IWM-2026-11-20", "IWM-2026-11-20", "advice-column", "txt",
      "a newspaper's 'Dear trader' advice column: a retired reader's letter with her age and IRA share, "
      "the columnist's years on the floor, a newsletter price and a subscriber share around the IWM answer",
      """\
DEAR TRADER
Questions from readers, answered by a 30-year floor veteran · Column No. 212

Q: I'm 58, retired last spring, and a third of my IRA is in IWM. Small caps never seem to go anywhere.
  Should I bail? (Restless in Reno)

A: Dear Restless, you are not imagining it. IWM inched higher on Friday and finished at $244.30 [1], up
  $0.73 or 0.30% from Thursday's $243.57, while SPY gained 1.10%. That was the sixth session in a row in
  which IWM lagged SPY. For the week it lost 1.10%, over a month 1.65%, and for the year it is up less
  than half a percent (0.42%). No, IWM is nowhere near a new high: the record close is still $257.77,
  set November 28, 2025, and the fund is 5.23% below it.

The box you feel is real. For 25 sessions the fund has traded between $241.00 and $249.26, a range only
  3.43% wide, and the 50-day average ($245.77) has been flat, moving less than a tenth of a percent in
  20 sessions. Friday's close sits 0.60% below that average but 5.86% above the 200-day ($230.77), so the
  long-term uptrend that began with the golden cross of August 10 is intact.

Momentum is asleep: RSI 48.2, and the MACD at 0.31 is below its 0.51 signal. The average true range is
  $2.83; Friday's move was about 0.2 of it. Volume did pick up, to 39.6 million shares, 1.3 times the
  20-day average of 30.0 million, but that was options-expiry day.

What I'd do: support sits at $241.00, the floor of the box, and resistance at $249.26. Option sellers
  have their put wall at $240 and their call wall at $250, a $10 box, as one chart column put it [2].
  Don't sell a third of your retirement over a dull month. I would hold, and I would not add until IWM
  closes above $249.26.

P.S. Readers ask about my fee: this column is free, my newsletter costs $9.99 a month, and 14% of its
  subscribers are under 30.

<<SOURCES>>
""", sources=("ld-smallcaps20", "tw-box19"), source_format="rss")

B = "deartrader-IWM-2026-11-20"
plant(B, "dt-close", "value", V, "finished at $244.30 [1]", "finished at $246.30 [1]", "$246.30",
      "the Nov 20 close is $244.30")
plant(B, "dt-thursday", "history", V, "from Thursday's $243.57", "from Thursday's $244.57", "$244.57",
      "the Nov 19 close is $243.57")
plant(B, "dt-streak", "history", V, "the sixth session in a row", "the ninth session in a row", "ninth",
      "IWM has trailed SPY six sessions running")
plant(B, "dt-week", "timeframe", V, "For the week it lost 1.10%", "For the week it lost 2.10%", "2.10%",
      "the 5-session return is -1.10%")
plant(B, "dt-range-words", "words", V, "For 25 sessions the fund", "For thirty-five sessions the fund",
      "thirty-five sessions", "the range is 25 sessions old")
plant(B, "dt-volume-words", "words", V, "1.3 times the\n  20-day average", "twice the\n  20-day average",
      "twice", "volume is 1.3 times the 20-day average")
plant(B, "dt-slope50", "trend", P, "($245.77) has been flat", "($245.77) has been climbing steeply",
      "climbing steeply", "the 50-day moved -0.08% over 20 sessions")
plant(B, "dt-sma50-side", "direction", D, "sits 0.60% below that average", "sits 0.60% above that average",
      "above", "the close $244.30 is under the 50-day $245.77")
plant(B, "dt-cross", "pattern", P, "the golden cross of August 10", "the death cross of August 10",
      "death cross", "the 50-day is above the 200-day")
plant(B, "dt-cross-date", "date", DU, "the golden cross of August 10", "the golden cross of August 12",
      "August 12", "the cross formed on Aug 10, 2026")
plant(B, "dt-macd", "indicator", IND, "0.31 is below its 0.51 signal", "0.31 is above its 0.51 signal",
      "above", "MACD 0.31 is below its 0.51 signal")
plant(B, "dt-magnitude", "magnitude", MG, "IWM inched higher on Friday", "IWM soared on Friday", "soared",
      "a 0.30% move of 0.2 ATR")
plant(B, "dt-support", "level", LW, "support sits at $241.00", "support sits at $247.00", "$247.00",
      "a support above the $244.30 close")
plant(B, "dt-record-date", "date", DU, "set November 28, 2025", "set December 2, 2025", "December 2, 2025",
      "the record close was on Nov 28, 2025; Dec 2 is the intraday high's date", real=True)
plant(B, "dt-distance", "derived", DER, "the fund is 5.23% below it", "the fund is 7.23% below it", "7.23%",
      "($257.77 - $244.30)/$257.77 = 5.23%")
plant(B, "dt-subject", "subject", V, "while SPY gained 1.10%", "while SPY gained 1.90%", "1.90%",
      "SPY rose 1.10%; 1.90% is QQQ's move", real=True)
plant(B, "dt-cite", "citation", CU, "one chart column put it [2]", "one chart column put it [3]", "[3]",
      "the column lists two sources")
plant(B, "dt-newhigh", "negation", P, "No, IWM is nowhere near a new high:", "Yes, IWM is at a new high:",
      "new high", "the close is 5.23% under the record")

clean("fivethings-GSPC-2026-11-20", "idx_GSPC-2026-11-20", "five-things-list", "md",
      "a news site's 'five things to know before the open' list: reading time, an update clock time, the "
      "newsroom's age and a count of reader questions around the S&P 500 items",
      """\
# Five things to know before Monday's open

*By the Markets Team · 6 min read · Updated 7:05 a.m. ET*

**1. Stocks snapped back.** The S&P 500 rose 75.63 points, or 1.11%, to 6,901.69 on Friday [1]. The
  index opened at 6,833.00 and touched 6,920.40 before it settled.

**2. Tech led.** The Nasdaq 100 jumped 1.89% to 25,753.96 [2], beating the S&P 500 by 0.78 points;
  the Dow added 0.58% and the Russell 2000 just 0.30%. The VIX dropped 9.30% to 15.60.

**3. The week was a wash.** For the week the S&P 500 is up 1.10%; for the month it is down 0.95%, and
  for the year it is up 3.33%. Monday's 6,855.03 close came as the index held above its 50-day average
  [3].

**4. The trend still points up.** The index is 1.13% above its 50-day average of 6,824.87 and 6.50%
  above its 200-day of 6,480.69, and the 50-day has risen about 1.8% over the past 20 sessions. The
  golden cross dates from September 21. RSI reads 54.9, mid-range. The MACD (8.49) remains below its
  signal line (16.37).

**5. The record is in sight.** The closing record of 6,968.14 was set on October 22, 0.96% above
  Friday's close, and 7,000 is a round number 1.42% up. Support: 6,805.34, the base of the 29-session
  range. The Fed meets on December 9, in 13 sessions.

*Our newsroom turns 25 this year; 3 of the 5 items above came from reader questions.*

<<SOURCES>>
""", sources=("ld-rebound20", "hs-megacap20", "tw-50day16"), source_format="plain")

B = "fivethings-GSPC-2026-11-20"
plant(B, "ft-points", "value", V, "rose 75.63 points", "rose 57.63 points", "57.63",
      "the 1-day change is 75.63 points")
plant(B, "ft-close", "value", V, "to 6,901.69 on Friday [1]", "to 6,910.69 on Friday [1]", "6,910.69",
      "the close is 6,901.69")
plant(B, "ft-high", "value", V, "touched 6,920.40", "touched 6,940.40", "6,940.40",
      "the session high is 6,920.40")
plant(B, "ft-dow", "subject", V, "the Dow added 0.58%", "the Dow added 0.30%", "0.30%",
      "the Dow rose 0.58%; 0.30% is the Russell 2000's move", real=True)
plant(B, "ft-gap", "derived", DER, "beating the S&P 500 by 0.78 points", "beating the S&P 500 by 1.47 points",
      "1.47 points", "1.89 - 1.11 = 0.78 points")
plant(B, "ft-vix", "direction", D, "The VIX dropped 9.30%", "The VIX jumped 9.30%", "jumped",
      "the VIX fell 9.30%")
plant(B, "ft-month", "timeframe", V, "for the month it is down 0.95%", "for the month it is down 1.64%",
      "1.64%", "the 1-month return is -0.95%")
plant(B, "ft-monday", "history", V, "Monday's 6,855.03 close", "Monday's 6,885.03 close", "6,885.03",
      "the Nov 16 close is 6,855.03")
plant(B, "ft-cite", "citation", CU, "50-day average\n  [3]", "50-day average\n  [5]", "[5]",
      "the list has three sources")
plant(B, "ft-sma50-side", "direction", D, "The index is 1.13% above its 50-day",
      "The index is 1.13% below its 50-day", "below", "6,901.69 is above the 50-day 6,824.87")
plant(B, "ft-slope", "trend", P, "the 50-day has risen about 1.8%", "the 50-day has fallen about 1.8%",
      "fallen", "the 50-day rose 1.77% over 20 sessions")
plant(B, "ft-cross-date", "date", DU, "dates from September 21", "dates from September 12", "September 12",
      "the golden cross formed on Sep 21, 2026")
plant(B, "ft-rsi", "indicator", IND, "RSI reads 54.9, mid-range",
      "RSI reads 54.9, deep in oversold territory", "oversold", "RSI 54.9 is above 30")
plant(B, "ft-macd-neg", "negation", IND, "The MACD (8.49) remains below its",
      "The MACD (8.49) is no longer below its", "no longer below", "MACD 8.49 is below its 16.37 signal")
plant(B, "ft-support", "level", LW, "Support: 6,805.34", "Support: 6,935.34", "6,935.34",
      "a support above the 6,901.69 close")
plant(B, "ft-scale", "scale", SC, "The\n  index opened at 6,833.00", "The\n  index opened at $6,833.00",
      "$6,833.00", "the S&P 500 is an index, not a dollar price")
plant(B, "ft-record-date", "date", DU, "was set on October 22", "was set on October 23", "October 23",
      "the record close was on Oct 22, 2026")
plant(B, "ft-fed-words", "words", V, "in 13 sessions", "in nineteen sessions", "nineteen sessions",
      "the Fed meeting is 13 sessions away")

clean("clubpitch-QQQ-2026-11-20", "QQQ-2026-11-20", "investment-club-pitch", "md",
      "a university student investment fund's pitch deck as slide notes: fund size, member and quorum "
      "counts, a hall number and a vote time around a QQQ pullback trade with its reward/risk",
      """\
# Lakeshore University Student Investment Fund: Pitch #7, Fall 2026

Presenters: two juniors and a sophomore. Fund size: $148,000 of endowment money; 26 voting members.
Thesis: long QQQ on a pullback.

## Slide 2: what happened Friday
QQQ surged 1.90% to $626.40, a gain of $11.68 from Thursday's $614.72, on 86.8 million shares, roughly
  twice its 20-day average of 44.3 million. The Nasdaq 100 rose 1.9% to 25,753.96 as megacap tech
  powered the rally [1].

## Slide 3: where it stands
QQQ is 0.53% under its record close of $629.76 from November 11; the intraday record, $632.37, came a
  day later. It is up 1.28% this week, 0.27% over a month and 4.91% in 2026.

## Slide 4: trend
Price is 2.02% above the 50-day ($614.02) and 7.96% above the 200-day ($580.22), with a golden cross
  since July 27, 83 sessions ago. The 50-day is up about 1.5% over 20 sessions; the 200-day is rising
  slowly, about 0.2%.

## Slide 5: momentum
RSI 56.4 (neutral). The MACD line at 1.96 is not yet above its 2.46 signal. The ATR is $8.05, so
  Friday was a 1.6-ATR day.

## Slide 6: the trade
Buy a pullback to $610.35 with a stop at $602.85 and a target of $626.99: reward-to-risk 2.2. Nearby,
  resistance is $629.76 and support is $623.73, then $620. The 20-day average is $619.45.

## Slide 7: relative
QQQ beat SPY (+1.10%) by 0.80 points and IWM (+0.30%) by 1.60 points.

## Slide 8: risks
The monthly options expiry passed on Friday as QQQ rallied [2]; the put/call open-interest ratio is
  1.32. The Fed decides on December 9.

Q&A: 15 minutes. Vote at 6 p.m. in Hall 204; quorum is 14.

<<SOURCES>>
""", sources=("hs-megacap20", "tw-opex20"), source_format="bare")

B = "clubpitch-QQQ-2026-11-20"
plant(B, "cp-magnitude", "magnitude", MG, "QQQ surged 1.90%", "QQQ edged up 1.90%", "edged",
      "a 1.90% move of 1.6 ATR")
plant(B, "cp-change", "value", V, "a gain of $11.68", "a gain of $12.68", "$12.68",
      "the 1-day change is $11.68")
plant(B, "cp-thursday", "history", V, "from Thursday's $614.72", "from Thursday's $618.43", "$618.43",
      "Nov 19's close is $614.72; $618.43 was Nov 18's", real=True)
plant(B, "cp-volume-words", "words", V, "roughly\n  twice its 20-day average",
      "roughly\n  four times its 20-day average", "four times", "volume is 2.0 times the 20-day average")
plant(B, "cp-record", "value", V, "record close of $629.76", "record close of $632.76", "$632.76",
      "the record close is $629.76")
plant(B, "cp-record-date", "date", DU, "$629.76 from November 11", "$629.76 from November 10", "November 10",
      "the record close was on Nov 11, 2026")
plant(B, "cp-week", "timeframe", V, "It is up 1.28% this week", "It is up 2.28% this week", "2.28%",
      "the 5-session return is 1.28%")
plant(B, "cp-sma50-side", "direction", D, "Price is 2.02% above the 50-day",
      "Price is 2.02% below the 50-day", "below", "$626.40 is above the 50-day $614.02")
plant(B, "cp-cross", "pattern", P, "with a golden cross\n  since July 27",
      "with a death cross\n  since July 27", "death cross", "the 50-day is above the 200-day")
plant(B, "cp-slope200", "trend", P, "the 200-day is rising\n  slowly", "the 200-day is sliding\n  slowly",
      "sliding", "the 200-day rose 0.23% over 20 sessions")
plant(B, "cp-rsi", "indicator", IND, "RSI 56.4 (neutral)", "RSI 56.4 (overbought)", "overbought",
      "RSI 56.4 is under 70")
plant(B, "cp-macd-neg", "negation", IND, "at 1.96 is not yet above its 2.46 signal",
      "at 1.96 is now above its 2.46 signal", "now above", "MACD 1.96 is below its 2.46 signal")
plant(B, "cp-rr", "setup", SRR, "reward-to-risk 2.2", "reward-to-risk 3.2", "3.2",
      "(626.99-610.35)/(610.35-602.85) = 2.2")
plant(B, "cp-target", "setup", SG, "a target of $626.99", "a target of $600.99", "$600.99",
      "a long's target under its $610.35 entry")
plant(B, "cp-support", "level", LW, "support is $623.73, then $620", "support is $627.73, then $620",
      "$627.73", "a support above the $626.40 close")
plant(B, "cp-gap", "derived", DER, "by 0.80 points and IWM", "by 1.30 points and IWM", "1.30 points",
      "1.90 - 1.10 = 0.80 points; 1.30 is QQQ's gap to DIA", real=True)
plant(B, "cp-beat", "direction", D, "QQQ beat SPY (+1.10%)", "QQQ trailed SPY (+1.10%)", "trailed",
      "QQQ's 1.90% beat SPY's 1.10%")
plant(B, "cp-cite", "citation", CU, "powered the rally [1]", "powered the rally [4]", "[4]",
      "the deck lists two sources")
plant(B, "cp-subject", "subject", V, "IWM (+0.30%)", "IWM (+0.60%)", "0.60%",
      "IWM rose 0.30%; 0.60% is DIA's move", real=True)

clean("cryptowriter-QQQ-2025-11-17", "QQQ-2025-11-17", "crypto-native-newsletter", "txt",
      "a crypto-native newsletter writer covering a stock fund: gm greetings, 'tradfi' asides, a bitcoin "
      "purchase price, a follower count and a poll share around QQQ's record day",
      """\
gm frens

Tradfi update from a guy who mostly trades BTC: QQQ just printed a fresh all-time closing high, $622.21
  on Monday, November 17, up $10.60 or 1.73% from Friday's $611.61. Green candle from a $609.46 low to a
  $626.07 high, on 63.7M shares (1.6x the 20-day avg of 40.8M). The Nasdaq 100 itself closed at
  25,582.79, up 1.74%.

Zoom out: +2.84% on the week, +1.68% on the month, +14.73% YTD. From the April 16 low of $411.68 it's up
  51.14%, a bigger run than my ETH bags had in 2021 lol.

Moving averages (the tradfi version of on-chain cost basis): price is 3.52% over the 50-day ($601.02)
  and 15.46% over the 200-day ($538.92). Golden cross since July 1, 97 sessions, still in force. Both
  averages are climbing: the 50-day about 2% in 20 sessions, the 200-day about 1.2%.

RSI 65.6: warm but not overbought. MACD 3.36 above the 1.48 signal, which is bullish. ATR is $8.35, and
  today's move was 1.4x that.

Levels I'm watching: $630 overhead as resistance, $620 and $617.74 below as support. If it breaks
  $630.56 I'd go long, stop $620.12, target $655.61, which is 2.4R.

Relative: QQQ +1.73% vs SPY +1.39% vs IWM +1.96%, so small caps actually won the day. VIX down 4.67% to
  13.47.

Not financial advice. I've been in crypto since 2017 and still hold 0.5 BTC that I bought at $3,100.
  4,812 people read this letter; 62% of you voted for more stock coverage.
""")

B = "cryptowriter-QQQ-2025-11-17"
plant(B, "cw-close", "value", V, "closing high, $622.21", "closing high, $624.21", "$624.21",
      "the Nov 17, 2025 close is $622.21")
plant(B, "cw-weekday", "date", WM, "on Monday, November 17", "on Tuesday, November 17", "Tuesday",
      "Nov 17, 2025 was a Monday")
plant(B, "cw-friday", "history", V, "from Friday's $611.61", "from Friday's $612.16", "$612.16",
      "Nov 14's close is $611.61; $612.16 was Nov 13's", real=True)
plant(B, "cw-high", "value", V, "$626.07 high", "$628.07 high", "$628.07", "the session high is $626.07")
plant(B, "cw-volume-words", "words", V, "(1.6x the 20-day avg", "(about triple the 20-day avg",
      "about triple", "volume is 1.6 times the 20-day average")
plant(B, "cw-week", "timeframe", V, "+2.84% on the week", "+3.84% on the week", "3.84%",
      "the 5-session return is 2.84%")
plant(B, "cw-from-low", "derived", DER, "it's up\n  51.14%", "it's up\n  41.14%", "41.14%",
      "$622.21/$411.68 - 1 = 51.14%")
plant(B, "cw-low-date", "date", DU, "From the April 16 low", "From the April 18 low", "April 18",
      "the 52-week low close was on Apr 16, 2025")
plant(B, "cw-cross", "pattern", P, "Golden cross since July 1", "Death cross since July 1", "Death cross",
      "the 50-day is above the 200-day")
plant(B, "cw-slopes", "trend", P, "Both\n  averages are climbing", "Both\n  averages are falling", "falling",
      "the 50-day rose 2.0% and the 200-day 1.2% over 20 sessions")
plant(B, "cw-rsi-neg", "negation", IND, "warm but not overbought", "warm and overbought", "overbought",
      "RSI 65.6 is under 70")
plant(B, "cw-macd", "indicator", IND, "MACD 3.36 above the 1.48 signal", "MACD 3.36 below the 1.48 signal",
      "below", "MACD 3.36 is above its 1.48 signal")
plant(B, "cw-support", "level", LW, "$620 and $617.74 below as support", "$620 and $624.74 below as support",
      "$624.74", "a support above the $622.21 close")
plant(B, "cw-rr", "setup", SRR, "which is 2.4R", "which is 4.4R", "4.4R",
      "(655.61-630.56)/(630.56-620.12) = 2.4")
plant(B, "cw-stop", "setup", SG, "stop $620.12", "stop $633.12", "$633.12",
      "a long's stop above its $630.56 entry")
plant(B, "cw-vix", "direction", D, "VIX down 4.67%", "VIX up 4.67%", "up", "the VIX fell 4.67%")
plant(B, "cw-subject", "subject", V, "vs SPY +1.39%", "vs SPY +0.89%", "0.89%",
      "SPY rose 1.39%; 0.89% is DIA's move", real=True)
plant(B, "cw-scale", "scale", SC, "closed at\n  25,582.79", "closed at\n  $25,582.79", "$25,582.79",
      "the Nasdaq 100 is an index, not a dollar price")

clean("korean-SPY-2026-11-17", "SPY-2026-11-17", "translated-korean", "txt",
      "a Seoul brokerage's overnight US market note translated from Korean, with the translator's bracketed "
      "notes, the note's issue number, a Seoul clock time, a client count and a page count around SPY",
      """\
[Translated from Korean. Original: Hanbit Securities, "Overnight US Market Note" No. 35, sent at 7:30 a.m.
  Seoul time. Translator's notes are in brackets.]

US stocks fell overnight. The S&P 500 lost 0.5% to 6,821.04 as oil's drop hit energy shares [1]. The SPY
  ETF, which many of our clients hold through overseas-stock accounts, closed at $679.84 on Tuesday (US
  time), down $3.41 or 0.50% from Monday's $683.25. It traded between $676.68 and $683.69. Volume was
  73.0 million shares, about 1.1 times the 20-day average of 66.3 million, an ordinary day.

Over the last five sessions SPY fell 0.80%, and over one month 1.06%; its gain since the start of the year
  is 2.05%.

The "golden cross" [the original writes 골든크로스] that appeared on September 21 is now 41 sessions old.
  SPY is only 0.09% above its 50-day moving average ($679.19), practically sitting on it, and 5.27% above
  the 200-day average ($645.83). The 50-day line is still rising, about 2.2% over 20 sessions.

RSI is 46.8, slightly below the midpoint of 50. The MACD (1.09) is under its signal line (2.42).

The record close is $694.71 (October 22); SPY is 2.14% below it. Support is $673.92, the low end of the
  40-session
  box, and below that $670.42. If SPY dips to $673.92, a buy with a stop at $668.55 and a target of
  $691.80 offers a reward/risk of 3.3.

Other markets: the Nasdaq 100 fell 0.9% [2]; QQQ -0.90%, DIA -0.20%, IWM -0.80%. The VIX rose 6.02% to
  17.60. Oil slid 2.7% [3].

Schedule: the FOMC decision on December 9 (US time) is 16 sessions away; CPI follows on December 10.

[The note goes to 1,200 clients; the Korean original ran to 4 pages.]

<<SOURCES>>
""", sources=("hs-slides17", "tw-nasdaq17", "ld-oil17"), source_format="note")

B = "korean-SPY-2026-11-17"
plant(B, "ko-close", "value", V, "closed at $679.84 on Tuesday", "closed at $681.84 on Tuesday", "$681.84",
      "the Nov 17 close is $679.84")
plant(B, "ko-change", "value", V, "down $3.41 or 0.50%", "down $4.41 or 0.50%", "$4.41",
      "the 1-day change is -$3.41")
plant(B, "ko-monday", "history", V, "from Monday's $683.25", "from Monday's $680.53", "$680.53",
      "Nov 16's close is $683.25; $680.53 was Nov 13's", real=True)
plant(B, "ko-weekday", "date", WM, "on Tuesday (US\n  time)", "on Wednesday (US\n  time)", "Wednesday",
      "the session, Nov 17, 2026, was a Tuesday")
plant(B, "ko-volume-words", "words", V, "about 1.1 times the 20-day", "about twice the 20-day", "about twice",
      "volume is 1.1 times the 20-day average")
plant(B, "ko-month", "timeframe", V, "over one month 1.06%", "over one month 2.06%", "2.06%",
      "the 1-month return is -1.06%")
plant(B, "ko-ytd", "timeframe", V, "start of the year\n  is 2.05%", "start of the year\n  is 4.05%", "4.05%",
      "the year-to-date return is 2.05%")
plant(B, "ko-cross-date", "date", DU, "that appeared on September 21", "that appeared on September 27",
      "September 27", "the golden cross formed on Sep 21, 2026")
plant(B, "ko-cross-quote", "quotation", P, 'The "golden cross" [the original',
      'The "death cross" [the original', "death cross",
      "the 50-day is above the 200-day; the quote is the note's own, not a source's")
plant(B, "ko-sma50-side", "direction", D, "SPY is only 0.09% above its 50-day",
      "SPY is only 0.09% below its 50-day", "below", "$679.84 is above the 50-day $679.19")
plant(B, "ko-slope50", "trend", P, "The 50-day line is still rising", "The 50-day line has started to fall",
      "started to fall", "the 50-day rose 2.16% over 20 sessions")
plant(B, "ko-rsi", "indicator", IND, "slightly below the midpoint of 50", "slightly above the midpoint of 50",
      "above the midpoint", "RSI 46.8 is under 50")
plant(B, "ko-macd-neg", "negation", IND, "The MACD (1.09) is under its", "The MACD (1.09) is not under its",
      "not under", "MACD 1.09 is below its 2.42 signal")
plant(B, "ko-distance", "derived", DER, "SPY is 2.14% below it", "SPY is 3.64% below it", "3.64%",
      "$679.84/$694.71 - 1 = -2.14%")
plant(B, "ko-support", "level", LW, "Support is $673.92, the low end", "Support is $683.92, the low end",
      "$683.92", "a support above the $679.84 close")
plant(B, "ko-rr", "setup", SRR, "a reward/risk of 3.3", "a reward/risk of 1.3", "1.3",
      "(691.80-673.92)/(673.92-668.55) = 3.3")
plant(B, "ko-target", "setup", SG, "a target of\n  $691.80", "a target of\n  $661.80", "$661.80",
      "a long's target under its $673.92 entry")
plant(B, "ko-subject", "subject", V, "DIA -0.20%", "DIA -0.80%", "0.80%",
      "DIA fell 0.20%; 0.80% is IWM's move", real=True)
plant(B, "ko-vix", "direction", D, "The VIX rose 6.02%", "The VIX fell 6.02%", "fell", "the VIX rose 6.02%")
plant(B, "ko-cite", "citation", CS, "Oil slid 2.7% [3]", "Oil slid 2.7% [2]", "[2]",
      "source 2 is the Nasdaq 100 story; oil's 2.7% slide is in source 3")
plant(B, "ko-fomc-count", "history", V, "is 16 sessions away", "is 12 sessions away", "12 sessions",
      "the Dec 9 decision is 16 sessions away")

clean("czech-FSMI-2026-11-20", "idx_FSMI-2026-11-20", "translated-czech", "txt",
      "a Prague personal-finance portal's frontier-markets column translated from Czech: issue number, a "
      "subscription price in crowns, the author's age and start year, a count of local brokers",
      """\
[Translated from Czech. Source: the Penize & Trhy portal, weekly column "Distant Markets", issue 46/2026.
  A subscription costs 149 Kc a month.]

Frontier markets are having a terrible autumn. The Frontier Select Markets Index fell another 0.88% on
  Friday, November 20, to 35,112.40, its lowest close in 52 weeks and a third straight loss; over those
  three sessions it dropped 3.58%. On the day it lost 312.84 points after Thursday's close of 35,425.24,
  and the intraday low was 35,039.66.

The damage is larger over longer periods: minus 3.07% for the week, minus 8.56% for the month and minus
  18.33% since January. From the August 19 peak of 48,944.52 the index has lost 28.26%, and it is 32.50%
  below its all-time high of 52,018.76 from November 13, 2024.

The technical picture is dark. The index is 10.45% below its 50-day average (39,210.55) and 19.73% below
  its 200-day average (43,740.76), and a death cross has been in place since October 15, 26 sessions.
  Both averages are falling, the 50-day by about 9.4% in twenty sessions. The RSI is 23.0, deep in
  oversold territory. The MACD (-1,085.04) stays below its signal line (-1,025.37).

Nearest support is the round 35,000, just 0.32% below; resistance is 35,500, then 37,915.92. The
  average true range is 549.68 points, 1.57% of the index.

Meanwhile America celebrated: the S&P 500 gained 1.11% and the VIX dropped 9.30% to 15.60. Frontier
  markets trailed the S&P 500 for the third session in a row. The FRNT fund, which Czech investors can
  buy through two local brokers, closed at $30.01.

[The author, Jana Dvorakova, 41, has written this column since 2015.]
""")

B = "czech-FSMI-2026-11-20"
plant(B, "cz-close", "value", V, "November 20, to 35,112.40", "November 20, to 35,312.40", "35,312.40",
      "the Nov 20 close is 35,112.40")
plant(B, "cz-pct", "value", V, "fell another 0.88%", "fell another 1.38%", "1.38%",
      "the 1-day move is -0.88%")
plant(B, "cz-weekday", "date", WM, "on\n  Friday, November 20", "on\n  Thursday, November 20", "Thursday",
      "Nov 20, 2026 was a Friday")
plant(B, "cz-streak", "history", V, "a third straight loss", "a fifth straight loss", "fifth straight",
      "the index has closed lower three sessions running")
plant(B, "cz-thursday", "history", V, "Thursday's close of 35,425.24", "Thursday's close of 36,425.24",
      "36,425.24", "the Nov 19 close is 35,425.24")
plant(B, "cz-points", "value", V, "it lost 312.84 points", "it lost 412.84 points", "412.84",
      "the 1-day change is -312.84")
plant(B, "cz-month", "timeframe", V, "minus 8.56% for the month", "minus 6.56% for the month", "6.56%",
      "the 1-month return is -8.56%")
plant(B, "cz-peak-date", "date", DU, "From the August 19 peak", "From the August 20 peak", "August 20",
      "the 52-week closing high was Aug 19, 2026; Aug 20 is the intraday high's date", real=True)
plant(B, "cz-from-peak", "derived", DER, "the index has lost 28.26%", "the index has lost 24.26%", "24.26%",
      "35,112.40/48,944.52 - 1 = -28.26%")
plant(B, "cz-ath-date", "date", DU, "from November 13, 2024", "from November 13, 2023", "November 13, 2023",
      "the all-time high was on Nov 13, 2024")
plant(B, "cz-sma50-side", "direction", D, "The index is 10.45% below its 50-day",
      "The index is 10.45% above its 50-day", "above", "35,112.40 is under the 50-day 39,210.55")
plant(B, "cz-cross", "pattern", P, "a death cross has been in place", "a golden cross has been in place",
      "golden cross", "the 50-day is under the 200-day")
plant(B, "cz-slopes", "trend", P, "Both averages are falling", "Both averages are rising", "rising",
      "the 50-day fell 9.4% and the 200-day 1.6% over 20 sessions")
plant(B, "cz-rsi", "indicator", IND, "deep in\n  oversold territory", "deep in\n  overbought territory",
      "overbought", "RSI 23.0 is under 30")
plant(B, "cz-macd-neg", "negation", IND, "The MACD (-1,085.04) stays below",
      "The MACD (-1,085.04) is no longer below", "no longer below",
      "MACD -1,085.04 is below its -1,025.37 signal")
plant(B, "cz-support", "level", LW, "Nearest support is the round 35,000",
      "Nearest support is the round 36,000", "36,000", "a support above the 35,112.40 close")
plant(B, "cz-subject", "subject", V, "the S&P 500 gained 1.11%", "the S&P 500 gained 0.30%", "0.30%",
      "the S&P 500 rose 1.11%; 0.30% is the Russell 2000's move", real=True)
plant(B, "cz-streak-rel", "history", V, "for the third session in a row", "for the seventh session in a row",
      "seventh session", "the index has trailed the S&P 500 three sessions running")
plant(B, "cz-scale", "scale", SC, "closed at $30.01", "closed at $35,112.40", "$35,112.40",
      "FRNT is the ETF ($30.01); 35,112.40 is the index's level", real=True)
plant(B, "cz-cross-words", "words", V, "since October 15, 26 sessions",
      "since October 15, forty-six sessions", "forty-six sessions", "the death cross is 26 sessions old")

clean("powerrank-QQQ-2026-11-17", "QQQ-2026-11-17", "power-ranking", "txt",
      "a sports-style power ranking of four index funds with last week's ranks, a 'commissioner' who has "
      "ranked them since 2019, a scouting report on QQQ and a fantasy league's team count and entry fee",
      """\
INDEX FUND POWER RANKINGS · Week 46 · Tuesday edition
By our commissioner, who has ranked these four since 2019

1. DIA (last week: No. 3). The Dow fund lost just 0.20% to $466.92, the smallest drop of the four, and it
  is down only 0.20% over five sessions. Defense wins championships.

2. SPY (last week: No. 1). Gave up 0.50% to $679.84.

3. IWM (last week: No. 4). Down 0.80% to $245.28.

4. QQQ (last week: No. 2). The fallen star. QQQ dropped 0.90% to $615.97 on Tuesday, the worst showing
  of the group, as the Nasdaq 100 slipped 0.9% to 25,326.20 [1]. It gave back $5.59 from Monday's $621.56
  on 61.1 million shares, about 1.5 times its 20-day average. Five-session record: -1.80%, worst in the
  league. It is still up 3.16% for the season (the year to date).

Scouting report on QQQ: it is 2.19% off its record close of $629.76 from November 11, just four sessions
  ago; the intraday best, $632.37, came on November 12. Price still sits 0.53% above the 50-day average
  ($612.70) and 6.24% above the 200-day ($579.82). The golden cross from July 27 is 80 sessions old, and
  the 50-day is still climbing, about 1.8% over 20 sessions. RSI 48.4, a neutral reading. The MACD (2.43)
  trails its 3.05 signal.

Game plan: first support is the 50-day at $612.70, then $609.62 and $606.02, the floor of the 40-session
  range; resistance is at $620, then $623.73. A bounce off $612.70 with a stop at $606.71 would aim for
  $622.21, a reward of about 1.6 times the risk.

Injury report: last Friday's 1.2% Nasdaq 100 slide came on chip weakness [2]. The VIX is up 6.02% to
  17.60. Next big games: the Fed on December 9, 16 sessions out, and the monthly options expiry on
  Friday, November 20 [3].

The commissioner's fantasy league has 12 teams and a $50 entry fee.

<<SOURCES>>
""", sources=("tw-nasdaq17", "hs-chips13", "hs-weekahead14"), source_format="plain")

B = "powerrank-QQQ-2026-11-17"
plant(B, "pr-smallest", "direction", D, "the smallest drop of the four", "the biggest drop of the four",
      "biggest drop", "DIA's -0.20% was the smallest fall of the four")
plant(B, "pr-dia-subject", "subject", V, "lost just 0.20% to $466.92", "lost just 0.50% to $466.92", "0.50%",
      "DIA fell 0.20%; 0.50% is SPY's move", real=True)
plant(B, "pr-close", "value", V, "QQQ dropped 0.90% to $615.97", "QQQ dropped 0.90% to $613.97", "$613.97",
      "the Nov 17 close is $615.97")
plant(B, "pr-worst", "direction", D, "the worst showing\n  of the group", "the best showing\n  of the group",
      "best showing", "QQQ's -0.90% was the worst of the four")
plant(B, "pr-monday", "history", V, "from Monday's $621.56", "from Monday's $618.47", "$618.47",
      "Nov 16's close is $621.56; $618.47 was Nov 13's", real=True)
plant(B, "pr-change", "value", V, "It gave back $5.59", "It gave back $6.59", "$6.59",
      "the 1-day change is -$5.59")
plant(B, "pr-volume-words", "words", V, "about 1.5 times its 20-day average",
      "about three times its 20-day average", "three times", "volume is 1.5 times the 20-day average")
plant(B, "pr-week", "timeframe", V, "Five-session record: -1.80%", "Five-session record: -2.60%", "2.60%",
      "the 5-session return is -1.80%")
plant(B, "pr-off-record", "derived", DER, "it is 2.19% off its record", "it is 3.19% off its record", "3.19%",
      "$615.97/$629.76 - 1 = -2.19%")
plant(B, "pr-record-date", "date", DU, "record close of $629.76 from November 11",
      "record close of $629.76 from November 12", "November 12",
      "the record close was on Nov 11, 2026; Nov 12 is the intraday record's date", real=True)
plant(B, "pr-sessions", "history", V, "just four sessions\n  ago", "just seven sessions\n  ago",
      "seven sessions", "Nov 11 is four sessions before Nov 17")
plant(B, "pr-sma50-side", "direction", D, "Price still sits 0.53% above the 50-day",
      "Price still sits 0.53% below the 50-day", "below", "$615.97 is above the 50-day $612.70")
plant(B, "pr-cross", "pattern", P, "The golden cross from July 27", "The death cross from July 27",
      "death cross", "the 50-day is above the 200-day")
plant(B, "pr-slope", "trend", P, "the 50-day is still climbing", "the 50-day has rolled over", "rolled over",
      "the 50-day rose 1.77% over 20 sessions")
plant(B, "pr-rsi", "indicator", IND, "RSI 48.4, a neutral reading", "RSI 48.4, an oversold reading",
      "oversold", "RSI 48.4 is above 30")
plant(B, "pr-resistance", "level", LW, "resistance is at $620, then", "resistance is at $610, then", "$610",
      "a resistance under the $615.97 close")
plant(B, "pr-rr", "setup", SRR, "about 1.6 times the risk", "about 3.6 times the risk", "3.6 times",
      "(622.21-612.70)/(612.70-606.71) = 1.59")
plant(B, "pr-stop", "setup", SG, "with a stop at $606.71", "with a stop at $614.71", "$614.71",
      "a long's stop above its $612.70 entry")
plant(B, "pr-cite", "citation", CU, "came on chip weakness [2]", "came on chip weakness [5]", "[5]",
      "the ranking lists three sources")
plant(B, "pr-weekday", "date", WM, "Friday, November 20 [3]", "Thursday, November 20 [3]", "Thursday",
      "Nov 20, 2026 is a Friday")
plant(B, "pr-vix", "direction", D, "The VIX is up 6.02%", "The VIX is down 6.02%", "down",
      "the VIX rose 6.02%")

clean("hrcorner-DIA-2025-11-17", "DIA-2025-11-17", "hr-newsletter", "txt",
      "an HR team's monthly newsletter with a market corner on the 401(k) lineup's Dow fund: issue number, "
      "new hires, a match rate, an extension, a participation share, an average balance and a lunch time",
      """\
PEOPLE MATTERS · the monthly newsletter of Corvane Logistics' HR team · Issue 88

In this issue: open enrollment closes December 5; welcome to our 14 new hires; the 401(k) match rises to
  5% of pay in 2026.

MARKET CORNER (not advice! Questions go to the plan adviser at ext. 2210.)
The Dow Jones fund in our 401(k) lineup, DIA, closed at a record $481.59 on Monday, November 17, 2025, up
  $4.26 or 0.89% from Friday's $477.33. The Dow itself ended at 48,219.41. It has been a great year: DIA
  is up 6.55% since January, 1.99% over the past month and 1.70% over the past week. From its April 16
  low of $371.18 it has climbed 29.75%.

Is it getting hot? The RSI, a popular gauge of momentum, is 72.8, above 70, which traders call
  overbought. The fund trades 4.51% above its 50-day average ($460.80) and 10.90% above its 200-day
  average ($434.25). Both averages are rising. The MACD (4.50) is above its signal line (3.61).

For the curious: traders eye $480 as the first support and $490 as the next round-number resistance. A
  breakout buyer might enter above $486.07 with a stop at $480.47 and aim for $499.52, about 2.4 times
  the risk.

The other funds in the lineup: the S&P 500 fund (SPY) gained 1.39%, the Nasdaq 100 fund (QQQ) 1.73% and
  the small-cap fund (IWM) 1.96%, the day's best. Our Dow fund was the laggard of the four.

Reminders: 87% of employees now contribute, and the average balance grew by $6,400 this year.
  Lunch-and-learn on Thursday, November 20, at 12:15 p.m. in the Maple Room (pizza is on us).
""")

B = "hrcorner-DIA-2025-11-17"
plant(B, "hr-close", "value", V, "closed at a record $481.59", "closed at a record $483.59", "$483.59",
      "the Nov 17, 2025 close is $481.59")
plant(B, "hr-weekday", "date", WM, "on Monday, November 17, 2025", "on Tuesday, November 17, 2025", "Tuesday",
      "Nov 17, 2025 was a Monday")
plant(B, "hr-friday", "history", V, "from Friday's $477.33", "from Friday's $477.56", "$477.56",
      "Nov 14's close is $477.33; $477.56 was Nov 13's", real=True)
plant(B, "hr-change", "value", V, "up\n  $4.26 or 0.89%", "up\n  $5.26 or 0.89%", "$5.26",
      "the 1-day change is $4.26")
plant(B, "hr-scale", "scale", SC, "The Dow itself ended at 48,219.41", "The Dow itself ended at $48,219.41",
      "$48,219.41", "the Dow is an index, not a dollar price")
plant(B, "hr-ytd", "timeframe", V, "is up 6.55% since January", "is up 8.55% since January", "8.55%",
      "the year-to-date return is 6.55%")
plant(B, "hr-ytd-words", "words", V, "is up 6.55% since January", "is up nine percent since January",
      "nine percent", "the year-to-date return is 6.55%")
plant(B, "hr-week", "timeframe", V, "1.70% over the past week", "2.70% over the past week", "2.70%",
      "the 5-session return is 1.70%")
plant(B, "hr-from-low", "derived", DER, "it has climbed 29.75%", "it has climbed 39.75%", "39.75%",
      "$481.59/$371.18 - 1 = 29.75%")
plant(B, "hr-low-date", "date", DU, "From its April 16\n  low", "From its April 8\n  low", "April 8",
      "the 52-week low close was on Apr 16, 2025")
plant(B, "hr-rsi", "indicator", IND, "is 72.8, above 70, which", "is 72.8, below 70, which", "below 70",
      "RSI 72.8 is above 70")
plant(B, "hr-sma50-side", "direction", D, "The fund trades 4.51% above its 50-day",
      "The fund trades 4.51% below its 50-day", "below", "$481.59 is above the 50-day $460.80")
plant(B, "hr-slopes", "trend", P, "Both averages are rising.", "Both averages are sinking.", "sinking",
      "the 50-day rose 2.5% and the 200-day 0.46% over 20 sessions")
plant(B, "hr-macd", "indicator", IND, "The MACD (4.50) is above its signal",
      "The MACD (4.50) is below its signal", "below its signal", "MACD 4.50 is above its 3.61 signal")
plant(B, "hr-support", "level", LW, "traders eye $480 as the first support",
      "traders eye $484 as the first support", "$484", "a support above the $481.59 close")
plant(B, "hr-rr", "setup", SRR, "about 2.4 times\n  the risk", "about 3.8 times\n  the risk", "3.8 times",
      "(499.52-486.07)/(486.07-480.47) = 2.4")
plant(B, "hr-stop", "setup", SG, "with a stop at $480.47", "with a stop at $488.47", "$488.47",
      "a long's stop above its $486.07 entry")
plant(B, "hr-subject", "subject", V, "the S&P 500 fund (SPY) gained 1.39%",
      "the S&P 500 fund (SPY) gained 0.87%", "0.87%", "SPY rose 1.39%; 0.87% is the Dow's move", real=True)
plant(B, "hr-best", "direction", D, "1.96%, the day's best", "1.96%, the day's worst", "worst",
      "IWM's 1.96% was the best of the four")
plant(B, "hr-laggard", "direction", D, "Our Dow fund was the laggard of the four",
      "Our Dow fund was the leader of the four", "leader", "DIA's 0.89% was the smallest gain of the four")

clean("rssdigest-IWM-2026-11-17", "IWM-2026-11-17", "rss-digest", "txt",
      "an RSS reader's morning digest with feed item titles, publishers and dates, the reader's own notes "
      "and saved chart checks on IWM, a save time and the reader's feed and unread counts",
      """\
MORNING DIGEST · folder: Small caps · 9 unread

* Wall Street slides as oil's drop hits energy; small caps lose 0.8% (Harbor Street Wire, Nov 17, 2026)
    My note: IWM closed at $245.28 on Tuesday, down $1.98 or 0.80% from $247.26 [1]. The Russell 2000
  lost 0.78% to 2,465.79.

* Russell 2000 turns lower again after another run at $250 in IWM (Ledger Markets Daily, Nov 13, 2026)
    My note: IWM has held between $241.00 and $249.26 for 22 sessions, a 3.43% band [2]. Its last run at
  the top ended with a $249.26 close on Thursday, November 12.

* Chart check, saved 8:14 a.m.
    IWM is 0.38% below its 50-day ($246.21) and 6.32% above its 200-day ($230.71). Golden cross since
  August 10. The 50-day is drifting up slightly, 0.4% in 20 sessions; the 200-day is roughly flat. RSI
  50.0, dead centre, "neutral" in chart-speak. The MACD at 0.86 is above its 0.57 signal, a bullish tilt.
  Volume was 31.1 million shares, right at the 20-day average of 29.8 million.

* Stocks slip as chip shares drag the Nasdaq; Russell 2000 sheds 0.9% (Harbor Street Wire, Nov 13, 2026)
    My note: small caps fell 0.9% that Friday [3].

* Performance check
    Five sessions -1.00%, one month +1.46%, year to date +0.82%. IWM has trailed SPY three sessions in a
  row; on Tuesday it lost 0.80% against SPY's 0.50%. The record close is $257.77 from November 28, 2025,
  and IWM is 4.85% under it.

* Levels
    Support $244.79, then $242.80; resistance $246.21 (the 50-day), then $249.26. The FOMC decides on
  December 9, 16 sessions from now; CPI is out December 10.

Reader v3.2 · 412 feeds · 1,873 unread

<<SOURCES>>
""", sources=("hs-slides17", "ld-turns13", "hs-chips13"), source_format="rss")

B = "rssdigest-IWM-2026-11-17"
plant(B, "rss-close", "value", V, "IWM closed at $245.28 on Tuesday", "IWM closed at $245.82 on Tuesday",
      "$245.82", "the Nov 17 close is $245.28")
plant(B, "rss-change", "value", V, "down $1.98 or 0.80%", "down $2.98 or 0.80%", "$2.98",
      "the 1-day change is -$1.98")
plant(B, "rss-prev", "history", V, "from $247.26 [1]", "from $247.01 [1]", "$247.01",
      "Nov 16's close is $247.26; $247.01 was Nov 13's", real=True)
plant(B, "rss-rut", "subject", V, "The Russell 2000\n  lost 0.78%", "The Russell 2000\n  lost 0.50%", "0.50%",
      "the Russell 2000 fell 0.78%; 0.50% is SPY's move", real=True)
plant(B, "rss-thursday", "history", V, "a $249.26 close on Thursday", "a $248.76 close on Thursday",
      "$248.76", "Nov 12's close is $249.26; $248.76 was Nov 11's", real=True)
plant(B, "rss-weekday", "date", WM, "close on Thursday, November 12", "close on Wednesday, November 12",
      "Wednesday", "Nov 12, 2026 was a Thursday")
plant(B, "rss-range-words", "words", V, "for 22 sessions, a 3.43% band",
      "for thirty-two sessions, a 3.43% band", "thirty-two sessions", "the range is 22 sessions old")
plant(B, "rss-sma50-side", "direction", D, "IWM is 0.38% below its 50-day", "IWM is 0.38% above its 50-day",
      "above", "$245.28 is under the 50-day $246.21")
plant(B, "rss-cross", "pattern", P, "Golden cross since\n  August 10", "Death cross since\n  August 10",
      "Death cross", "the 50-day is above the 200-day")
plant(B, "rss-slope200", "trend", P, "the 200-day is roughly flat", "the 200-day is climbing fast",
      "climbing fast", "the 200-day moved -0.12% over 20 sessions")
plant(B, "rss-rsi", "indicator", IND, "50.0, dead centre,", "50.0, overbought,", "overbought",
      "RSI 50.0 is under 70")
plant(B, "rss-quote", "quotation", IND, '"neutral" in chart-speak', '"oversold" in chart-speak', "oversold",
      "RSI 50.0 is above 30; the quote is the writer's own")
plant(B, "rss-macd", "indicator", IND, "0.86 is above its 0.57 signal", "0.86 is below its 0.57 signal",
      "below", "MACD 0.86 is above its 0.57 signal")
plant(B, "rss-cite", "citation", CU, "that Friday [3]", "that Friday [6]", "[6]",
      "the digest cites three items")
plant(B, "rss-month", "timeframe", V, "one month +1.46%", "one month +2.46%", "2.46%",
      "the 1-month return is 1.46%")
plant(B, "rss-streak", "history", V, "trailed SPY three sessions in a\n  row",
      "trailed SPY six sessions in a\n  row", "six sessions", "IWM has trailed SPY three sessions running")
plant(B, "rss-trailed", "direction", D, "IWM has trailed SPY", "IWM has beaten SPY", "beaten",
      "IWM's -0.80% was below SPY's -0.50%")
plant(B, "rss-from-record", "derived", DER, "IWM is 4.85% under it", "IWM is 5.85% under it", "5.85%",
      "$245.28/$257.77 - 1 = -4.85%")
plant(B, "rss-record-date", "date", DU, "from November 28, 2025", "from December 2, 2025", "December 2, 2025",
      "the record close was Nov 28, 2025; Dec 2 is the intraday high's date", real=True)
plant(B, "rss-support", "level", LW, "Support $244.79, then", "Support $246.79, then", "$246.79",
      "a support above the $245.28 close")
plant(B, "rss-resistance", "level", LW, "resistance $246.21 (the 50-day)", "resistance $243.21 (the 50-day)",
      "$243.21", "a resistance under the $245.28 close")
plant(B, "rss-fomc", "date", DU, "The FOMC decides on\n  December 9", "The FOMC decides on\n  December 19",
      "December 19", "the FOMC decision is Dec 9, 2026")

clean("regulator-RUT-2026-11-17", "idx_RUT-2026-11-17", "regulator-summary", "txt",
      "a regulator's market surveillance summary in numbered sections: a report number, alert counts, "
      "attachment and distribution counts around the Russell 2000's session",
      """\
MARKET SURVEILLANCE SUMMARY · Division of Market Oversight · Report MS-2026-221
For the session of Tuesday, November 17, 2026. This report contains no finding of misconduct; 4 alerts
  were reviewed and 0 referred.

1. Index levels
1.1 The Russell 2000 Index closed at 2,465.79, a decrease of 19.30 points (0.78%) from the prior close of
  2,485.09. The session range was 2,459.06 to 2,486.79; the open was 2,479.40.
1.2 Comparable benchmarks: S&P 500 6,821.04 (-0.50%) [1]; Dow Jones Industrial Average 46,742.21
  (-0.21%); Nasdaq 100 25,326.20 (-0.90%).
1.3 Multi-period returns of the Russell 2000: five sessions -0.98%; one month +1.48%; year to date +0.85%.

2. Volatility
2.1 The CBOE Volatility Index rose 6.02% to 17.60.
2.2 The 14-day average true range of the Russell 2000 was 32.44 points (1.32% of the level). The
  session's move equalled approximately 0.6 ATR.

3. Observations
3.1 The index was 0.33% below its 50-day average (2,473.93) and 6.36% above its 200-day average
  (2,318.38). A golden cross configuration has persisted since August 10, 2026 (70 sessions).
3.2 The 50-day average rose approximately 0.4% over 20 sessions; the 200-day declined approximately 0.1%.
3.3 RSI(14) 50.1; MACD 8.85 versus signal 5.83 (positive histogram of 3.02).
3.4 The index has traded within 2,421.62 to 2,505.20 for 22 sessions. The upper bound is the close of
  Thursday, November 12. The index stands 4.84% below its record close of 2,591.09 (November 28, 2025).
  The 52-week low close, 2,050.63, was recorded on April 9, 2026; the index is 20.25% above it.
3.5 Levels of interest noted by staff: support 2,458.33 and 2,421.62; resistance 2,473.93 and 2,505.20.
3.6 Energy shares were among the weakest groups as oil prices fell 2.7% [2].

Attachments: 3. Distribution: Commissioners (5), Division heads (9).

<<SOURCES>>
""", sources=("hs-slides17", "ld-oil17"), source_format="note")

B = "regulator-RUT-2026-11-17"
plant(B, "reg-close", "value", V, "Index closed at 2,465.79", "Index closed at 2,456.79", "2,456.79",
      "the Nov 17 close is 2,465.79")
plant(B, "reg-points", "value", V, "a decrease of 19.30 points", "a decrease of 29.30 points", "29.30",
      "the 1-day change is -19.30")
plant(B, "reg-prev", "history", V, "prior close of\n  2,485.09", "prior close of\n  2,482.49", "2,482.49",
      "Nov 16's close is 2,485.09; 2,482.49 was Nov 13's", real=True)
plant(B, "reg-decrease", "direction", D, "a decrease of 19.30 points", "an increase of 19.30 points",
      "increase", "the index fell 19.30 points")
plant(B, "reg-dow", "subject", V, "46,742.21\n  (-0.21%)", "46,742.21\n  (-0.31%)", "-0.31%",
      "the Dow fell 0.21%")
plant(B, "reg-month", "timeframe", V, "one month +1.48%", "one month +2.48%", "2.48%",
      "the 1-month return is 1.48%")
plant(B, "reg-vix", "direction", D, "Index rose 6.02%", "Index fell 6.02%", "fell", "the VIX rose 6.02%")
plant(B, "reg-atr-move", "value", V, "approximately 0.6 ATR", "approximately 1.6 ATR", "1.6 ATR",
      "the move is 0.6 ATR")
plant(B, "reg-sma50-side", "direction", D, "The index was 0.33% below its 50-day",
      "The index was 0.33% above its 50-day", "above", "2,465.79 is under the 50-day 2,473.93")
plant(B, "reg-cross", "pattern", P, "A golden cross configuration", "A death cross configuration",
      "death cross", "the 50-day is above the 200-day")
plant(B, "reg-cross-date", "date", DU, "since August 10, 2026", "since August 11, 2026", "August 11, 2026",
      "the cross formed on Aug 10, 2026")
plant(B, "reg-slope50", "trend", P, "The 50-day average rose approximately 0.4%",
      "The 50-day average fell approximately 0.4%", "fell", "the 50-day rose 0.39% over 20 sessions")
plant(B, "reg-hist", "indicator", IND, "(positive histogram of 3.02)", "(negative histogram of 3.02)",
      "negative histogram", "MACD 8.85 is above its 5.83 signal")
plant(B, "reg-weekday", "date", WM, "the close of\n  Thursday, November 12",
      "the close of\n  Wednesday, November 12", "Wednesday", "Nov 12, 2026 was a Thursday")
plant(B, "reg-from-record", "derived", DER, "stands 4.84% below", "stands 5.84% below", "5.84%",
      "2,465.79/2,591.09 - 1 = -4.84%")
plant(B, "reg-low-date", "date", DU, "recorded on April 9, 2026", "recorded on April 19, 2026",
      "April 19, 2026", "the 52-week low close was on Apr 9, 2026")
plant(B, "reg-support", "level", LW, "support 2,458.33 and 2,421.62", "support 2,478.33 and 2,421.62",
      "2,478.33", "a support above the 2,465.79 close")
plant(B, "reg-resistance", "level", LW, "resistance 2,473.93 and 2,505.20",
      "resistance 2,443.93 and 2,505.20", "2,443.93", "a resistance under the 2,465.79 close")
plant(B, "reg-cite", "citation", CU, "(-0.50%) [1]", "(-0.50%) [4]", "[4]", "the summary lists two sources")
plant(B, "reg-scale", "scale", SC, "the open was 2,479.40", "the open was $2,479.40", "$2,479.40",
      "the Russell 2000 is an index, not a dollar price")
plant(B, "reg-range-words", "words", V, "for 22 sessions", "for two dozen sessions", "two dozen sessions",
      "the range is 22 sessions old")

clean("wikitalk-FRNT-2026-11-20", "FRNT-2026-11-20", "wiki-talk-page", "txt",
      "an encyclopedia talk page about the frontier-markets ETF's article: section headings, editors' "
      "signatures with UTC timestamps, policy shortcuts, archive numbers and a page-view count",
      """\
Talk:Frontier Select Markets ETF
This talk page is for discussing improvements to the article. Archives: 1, 2, 3

== Price figures in the lead section are stale ==
The lead still says the fund trades "near $42". As of the close on Friday, November 20, 2026, FRNT was at
  $30.01, down $0.26 (0.86%) from $30.27 the day before. I propose we update it. (Kestrel88, 22:14 UTC)
: Agree. Also the 52-week high row in the infobox should read $41.82 (August 19, 2026, a closing figure);
  the intraday high was $42.02 on August 20. The fund is now 28.24% below the closing figure.
  (Ledgerlight, 23:02 UTC)
:: Worth adding that it closed at a new 52-week low on Friday; the intraday low was $29.95. And it is
  32.49% below its all-time high of $44.45 from November 13, 2024. (Kestrel88)
::: Careful with "crash" in the article (WP:NPOV). The facts: -3.07% over five sessions, -8.56% over a
  month, -18.34% year to date, and three straight down closes with a 3.60% drop across them. Let's just
  state numbers. (Mossbank, 09:41 UTC)

== Technical analysis section ==
I'd rather we didn't have one (WP:NOTADVICE), but if we keep it: the price is 10.45% below the 50-day
  average ($33.51) and 19.73% below the 200-day ($37.38), and the death cross dates from October 15, 26
  sessions ago. Both averages are falling. RSI(14) was 22.9, which sources would call "oversold".
  (Ledgerlight)
: Fine, but don't call $31 support: it is above the price, so it is resistance now, 3.30% up. The round
  $30 is support, 0.03% below. The 14-day ATR is $0.47. (Mossbank)

== Benchmark comparison ==
FRNT tracks the Frontier Select Markets Index, which closed at 35,112.40 (-0.88%). The same day SPY gained
  1.10% and IWM 0.30%, and the VIX fell 9.30%. FRNT trailed SPY by 1.96 points. Volume was 7.8 million
  shares against a 20-day average of 6.3 million. (Kestrel88)

This page has been viewed 1,204 times in the past 30 days.
""")

B = "wikitalk-FRNT-2026-11-20"
plant(B, "wk-close", "value", V, "FRNT was at\n  $30.01", "FRNT was at\n  $30.10", "$30.10",
      "the Nov 20 close is $30.01")
plant(B, "wk-change", "value", V, "down $0.26 (0.86%)", "down $0.36 (0.86%)", "$0.36",
      "the 1-day change is -$0.26")
plant(B, "wk-prev", "history", V, "from $30.27 the day before", "from $30.55 the day before", "$30.55",
      "Nov 19's close is $30.27; $30.55 was Nov 18's", real=True)
plant(B, "wk-high-date", "date", DU, "(August 19, 2026, a closing figure)",
      "(August 20, 2026, a closing figure)", "August 20, 2026",
      "the 52-week closing high was on Aug 19, 2026; Aug 20 is the intraday high's", real=True)
plant(B, "wk-high", "value", V, "should read $41.82", "should read $42.82", "$42.82",
      "the 52-week closing high is $41.82")
plant(B, "wk-from-high", "derived", DER, "The fund is now 28.24% below", "The fund is now 26.24% below",
      "26.24%", "$30.01/$41.82 - 1 = -28.24%")
plant(B, "wk-newlow", "negation", P, "it closed at a new 52-week low on Friday",
      "it closed well above its 52-week low on Friday", "well above its 52-week low",
      "$30.01 is the 52-week low close")
plant(B, "wk-ath-date", "date", DU, "from November 13, 2024", "from November 13, 2025", "November 13, 2025",
      "the all-time high was on Nov 13, 2024")
plant(B, "wk-month", "timeframe", V, "-8.56% over a\n  month", "-6.56% over a\n  month", "6.56%",
      "the 1-month return is -8.56%")
plant(B, "wk-streak", "history", V, "three straight down closes", "five straight down closes",
      "five straight", "FRNT has closed lower three sessions running")
plant(B, "wk-streak-words", "words", V, "with a 3.60% drop across them",
      "with a drop of nearly five percent across them", "nearly five percent",
      "the three-session streak lost 3.60%")
plant(B, "wk-sma50-side", "direction", D, "the price is 10.45% below the 50-day",
      "the price is 10.45% above the 50-day", "above", "$30.01 is under the 50-day $33.51")
plant(B, "wk-cross", "pattern", P, "the death cross dates from", "the golden cross dates from",
      "golden cross", "the 50-day is under the 200-day")
plant(B, "wk-quote", "quotation", IND, 'would call "oversold"', 'would call "overbought"', "overbought",
      "RSI 22.9 is under 30; the quote is the editor's own, no source is cited")
plant(B, "wk-slopes", "trend", P, "Both averages are falling.", "Both averages are flat.", "flat",
      "the 50-day fell 9.4% over 20 sessions")
plant(B, "wk-support", "level", LW, "The round\n  $30 is support", "The round\n  $32 is support", "$32",
      "a support above the $30.01 close")
plant(B, "wk-resistance-dist", "derived", DER, "resistance now, 3.30% up", "resistance now, 5.30% up",
      "5.30%", "($31 - $30.01)/$30.01 = 3.30%")
plant(B, "wk-subject", "subject", V, "SPY gained\n  1.10%", "SPY gained\n  1.40%", "1.40%", "SPY rose 1.10%")
plant(B, "wk-gap", "derived", DER, "FRNT trailed SPY by 1.96 points", "FRNT trailed SPY by 2.96 points",
      "2.96 points", "1.10 - (-0.86) = 1.96 points")
plant(B, "wk-scale", "scale", SC, "which closed at 35,112.40", "which closed at $35,112.40", "$35,112.40",
      "the index is not a dollar price")
plant(B, "wk-vix", "direction", D, "the VIX fell 9.30%", "the VIX rose 9.30%", "rose", "the VIX fell 9.30%")

clean("transcript-SPY-2026-06-03", "SPY-2026-06-03", "court-transcript", "txt",
      "a court reporter's deposition transcript of an expert witness: case number, page and line furniture, "
      "an objection, a recess time and the reporter's certificate number around SPY's June 3 session",
      """\
UNITED STATES DISTRICT COURT · Case No. 1:26-cv-04417
Deposition of an expert witness, continued · Page 112

Q. (BY MS. ALVAREZ) What was the closing price of the SPDR S&P 500 ETF on June 3, 2026?
A. $659.18.
Q. And the day before?
A. $655.35 on Tuesday, June 2. So it rose $3.83, or 0.58%.
Q. Was that a large move?
A. No. About half of its average true range, which was $7.75.
Q. Over a longer period?
A. It had risen five sessions in a row, 4.87% in total, and 8.87% over the month. For the year it was
  still down 1.05%.
Q. Is that the same as the S&P 500 index?
A. The index closed at 6,609.79, also up 0.58%.
MR. KLINE: Objection, foundation.
THE COURT: Overruled. You may answer.
Q. Where did the fund stand relative to its averages?
A. 6.99% above its 50-day average of $616.10 and 1.76% above its 200-day of $647.76.
Q. Yet you testified the averages were in a "death cross."
A. Yes. The 50-day had crossed below the 200-day on March 27 and was still below it 46 sessions later.
  The price rallied above both, but the cross had not reversed.
Q. Was the fund overbought?
A. By the usual rule, yes: RSI 72.3, above 70.
Q. And the high?
A. The 52-week closing high was $692.73 on November 26, 2025. On June 3 the fund was 4.84% below it.
Q. Would you have bought?
A. I would have waited for a close above $665.54, with a stop at $657.79 and a target of $681.23.
  Roughly two to one.
Q. Volume?
A. Light: 51.6 million shares, about 0.7 times the 20-day average of 69.3 million.
Q. The other funds?
A. DIA fell 0.58% that day; QQQ rose 0.57% and IWM 0.35%. The VIX rose 6.18% to 18.55.
(Recess taken at 11:42 a.m.)

REPORTER'S CERTIFICATE: I, Dana P. Whitlock, CSR No. 13842, certify that the foregoing 38 pages are a
  true record of the testimony.
""")

B = "transcript-SPY-2026-06-03"
plant(B, "ct-close", "value", V, "A. $659.18.", "A. $661.18.", "$661.18", "the Jun 3 close is $659.18")
plant(B, "ct-prev", "history", V, "A. $655.35 on Tuesday", "A. $650.49 on Tuesday", "$650.49",
      "Jun 2's close is $655.35; $650.49 was Jun 1's", real=True)
plant(B, "ct-weekday", "date", WM, "on Tuesday, June 2", "on Monday, June 2", "Monday",
      "Jun 2, 2026 was a Tuesday")
plant(B, "ct-change", "value", V, "So it rose $3.83", "So it rose $4.83", "$4.83",
      "the 1-day change is $3.83")
plant(B, "ct-atr-words", "words", V, "About half of its average true range",
      "About twice its average true range", "About twice", "the move is 0.5 ATR")
plant(B, "ct-streak", "history", V, "risen five sessions in a row", "risen eight sessions in a row",
      "eight sessions", "SPY has closed higher five sessions running")
plant(B, "ct-month", "timeframe", V, "and 8.87% over the month", "and 6.87% over the month", "6.87%",
      "the 1-month return is 8.87%")
plant(B, "ct-ytd-dir", "direction", D, "still down 1.05%", "still up 1.05%", "up 1.05%",
      "the year-to-date return is -1.05%")
plant(B, "ct-scale", "scale", SC, "The index closed at 6,609.79", "The index closed at $6,609.79",
      "$6,609.79", "the S&P 500 is an index, not a dollar price")
plant(B, "ct-sma200-side", "direction", D, "1.76% above its 200-day", "1.76% below its 200-day", "below",
      "$659.18 is above the 200-day $647.76")
plant(B, "ct-quote", "quotation", P, 'in a "death cross."', 'in a "golden cross."', "golden cross",
      "the 50-day $616.10 is under the 200-day $647.76; the quote is the lawyer's, no source cited")
plant(B, "ct-cross-date", "date", DU, "on March 27 and was", "on March 17 and was", "March 17",
      "the cross formed on Mar 27, 2026")
plant(B, "ct-rsi", "indicator", IND, "yes: RSI 72.3, above 70", "no: RSI 72.3, below 70", "below 70",
      "RSI 72.3 is above 70")
plant(B, "ct-high-date", "date", DU, "$692.73 on November 26, 2025", "$692.73 on January 12, 2026",
      "January 12, 2026", "the 52-week closing high was Nov 26, 2025; Jan 12 is the intraday high's date",
      real=True)
plant(B, "ct-from-high", "derived", DER, "the fund was 4.84% below it", "the fund was 3.84% below it",
      "3.84%", "$659.18/$692.73 - 1 = -4.84%")
plant(B, "ct-rr", "setup", SRR, "Roughly two to one", "Roughly four to one", "four to one",
      "(681.23-665.54)/(665.54-657.79) = 2.0")
plant(B, "ct-stop", "setup", SG, "with a stop at $657.79", "with a stop at $667.79", "$667.79",
      "a long's stop above its $665.54 entry")
plant(B, "ct-volume-words", "words", V, "about 0.7 times the 20-day average",
      "about double the 20-day average", "about double", "volume is 0.7 times the 20-day average")
plant(B, "ct-dia-subject", "subject", V, "DIA fell 0.58% that day", "DIA fell 0.75% that day", "0.75%",
      "DIA fell 0.58%")
plant(B, "ct-dia-dir", "direction", D, "DIA fell 0.58% that day", "DIA rose 0.58% that day", "rose",
      "DIA fell 0.58%")
plant(B, "ct-vix", "direction", D, "The VIX rose 6.18%", "The VIX fell 6.18%", "fell", "the VIX rose 6.18%")

clean("clientemail-IWM-2026-03-30", "IWM-2026-03-30", "wealth-manager-email", "txt",
      "a wealth manager's e-mail to a nervous retired couple: e-mail headers with a send time, the "
      "clients' ages, an allocation share, a rebalancing month, a horizon and a street address",
      """\
From: Marcus Bell <mbell@bellwealth.example>
To: Ruth and Albert Haines
Subject: RE: Should we sell the small-cap fund?
Sent: 6:48 p.m.

Dear Ruth and Albert,

I read your message twice, and I understand the worry. Let me put today in numbers. IWM closed at $211.00,
  down $2.65 or 1.24% from Friday's $213.65. It was the fourth down day in a row, 2.54% in all. Over the
  past month it is off 3.87%, and since January 1 it is down 13.27%. The fund is 18.14% below its
  November 28 record of $257.77.

That sounds bad, and the charts are not pretty. IWM is 7.29% below its 50-day average ($227.59) and 8.63%
  below its 200-day ($230.93). Last Tuesday, March 24, the 50-day slipped under the 200-day, the "death
  cross" you may have read about. The 50-day has fallen about 5.4% in 20 sessions.

But some things are calmer than the headlines. RSI is 33.9, low but not yet oversold, and the MACD
  (-3.77) has moved back above its signal line (-4.40). Today's volume, 27.5 million shares, was below
  the 20-day average of 29.3 million, so this was not panic selling. The drop was about 0.7 of an
  average day's range.

And you were not alone: the S&P 500 fund fell 0.78%, the Nasdaq 100 fund 1.44% and the Dow fund 1.04%.
  The VIX barely rose, 0.69%, to 24.71.

The nearest support I watch is $210, then $207.94; resistance sits at $212.32 and then $214.35. Small
  caps are still 21.72% above their low of $173.35 from April 16 last year.

My advice is unchanged. Your small-cap sleeve is 8% of the portfolio, we rebalance in June, and at 66
  and 68 you have a 20-year horizon. Let's talk on Thursday at 10.

Warm regards,
Marcus
Bell Wealth Partners · 2 Harbor Lane, Suite 400
""")

B = "clientemail-IWM-2026-03-30"
plant(B, "ce-close", "value", V, "IWM closed at $211.00", "IWM closed at $212.00", "$212.00",
      "the Mar 30 close is $211.00")
plant(B, "ce-change", "value", V, "down $2.65 or 1.24%", "down $3.65 or 1.24%", "$3.65",
      "the 1-day change is -$2.65")
plant(B, "ce-friday", "history", V, "from Friday's $213.65", "from Friday's $215.29", "$215.29",
      "Mar 27's close is $213.65; $215.29 was Mar 26's", real=True)
plant(B, "ce-streak", "history", V, "the fourth down day in a row", "the sixth down day in a row", "sixth",
      "IWM has closed lower four sessions running")
plant(B, "ce-streak-words", "words", V, "2.54% in all", "more than four percent in all",
      "more than four percent", "the four-session streak lost 2.54%")
plant(B, "ce-month", "timeframe", V, "it is off 3.87%", "it is off 2.10%", "2.10%",
      "the 1-month return is -3.87%; -2.10% is the 5-session return", real=True)
plant(B, "ce-record-date", "date", DU, "November 28 record", "November 18 record", "November 18",
      "the record close was on Nov 28, 2025")
plant(B, "ce-sma50-side", "direction", D, "IWM is 7.29% below its 50-day", "IWM is 7.29% above its 50-day",
      "above", "$211.00 is under the 50-day $227.59")
plant(B, "ce-weekday", "date", WM, "Last Tuesday, March 24", "Last Wednesday, March 24", "Wednesday",
      "Mar 24, 2026 was a Tuesday")
plant(B, "ce-quote", "quotation", P, 'the "death\n  cross"', 'the "golden\n  cross"', "golden cross",
      "the 50-day is under the 200-day; the quote is the adviser's own")
plant(B, "ce-slope", "trend", P, "The 50-day has fallen about 5.4%", "The 50-day has risen about 5.4%",
      "risen", "the 50-day fell 5.36% over 20 sessions")
plant(B, "ce-rsi-neg", "negation", IND, "low but not yet oversold", "low and already oversold",
      "already oversold", "RSI 33.9 is above 30")
plant(B, "ce-macd", "indicator", IND, "has moved back above its signal line",
      "has slipped below its signal line", "below its signal", "MACD -3.77 is above its -4.40 signal")
plant(B, "ce-volume-dir", "direction", D, "27.5 million shares, was below\n  the 20-day average",
      "27.5 million shares, was above\n  the 20-day average", "above",
      "27.5M is under the 29.3M average")
plant(B, "ce-atr", "value", V, "about 0.7 of an\n  average day's range",
      "about 1.7 times an\n  average day's range", "1.7 times", "the move is 0.7 ATR")
plant(B, "ce-subject", "subject", V, "the Nasdaq 100 fund 1.44%", "the Nasdaq 100 fund 1.22%", "1.22%",
      "QQQ fell 1.44%; 1.22% is the Russell 2000's move", real=True)
plant(B, "ce-vix", "direction", D, "The VIX barely rose, 0.69%", "The VIX fell, 0.69%", "fell",
      "the VIX rose 0.69%")
plant(B, "ce-support", "level", LW, "The nearest support I watch is $210",
      "The nearest support I watch is $213", "$213", "a support above the $211.00 close")
plant(B, "ce-resistance", "level", LW, "resistance sits at $212.32", "resistance sits at $209.32", "$209.32",
      "a resistance under the $211.00 close")
plant(B, "ce-from-low", "derived", DER, "still 21.72% above", "still 31.72% above", "31.72%",
      "$211.00/$173.35 - 1 = 21.72%")
plant(B, "ce-low-date", "date", DU, "from April 16 last year", "from April 9 last year", "April 9",
      "the 52-week low close was on Apr 16, 2025")

clean("eli5-DIA-2026-06-03", "DIA-2026-06-03", "robo-eli5", "txt",
      "a robo-adviser's 'explain like I'm five' card: a reading level, a reading time, a basket of 30 "
      "companies, a launch year and a reader count around DIA's day",
      """\
EXPLAIN LIKE I'M FIVE · your robo-adviser's daily card · reading level: age 5 and up · 90 seconds

What happened to DIA today?
Imagine a basket with 30 big companies' stock in it. That basket is DIA. Today, Wednesday, June 3, 2026,
  the basket got a little cheaper: it closed at $461.11, which is $2.67 less than yesterday's $463.78.
  That is a drop of 0.58%, a bit more than half a penny for every dollar.

The other baskets did better. The S&P 500 basket (SPY) went up 0.58%, and the Nasdaq 100 basket (QQQ) went
  up 0.57%. The small-company basket (IWM) went up 0.35%. So DIA was the only one of the four that went
  down today.

Was it a big day? No. The basket usually moves about $5.20 in a day, and today it moved about half of
  that.

What about the week? Over the last five days the basket still went up 2.78%, and over the last month
  6.62%. Since January it is down 2.93%.

Lines on the chart: one line shows the average price of the last 50 days, $439.80, and DIA is 4.85% above
  that line. A slower line shows 200 days, $460.09, and DIA is just 0.22% above it. On April 8 the fast
  line went under the slow line (grown-ups call that a "death cross"), and it is still under.

Is it too hot? A number called RSI is 66.6. Above 70 would mean "overbought"; 66.6 is warm but not
  there yet.

The highest closing price ever was $493.91, on January 12, 2026. DIA is 6.64% below it.

Fun fact: the basket started trading in 1998, and our robo has explained it to 52,000 kids at heart.
""")

B = "eli5-DIA-2026-06-03"
plant(B, "el-close", "value", V, "it closed at $461.11", "it closed at $463.11", "$463.11",
      "the Jun 3 close is $461.11")
plant(B, "el-change", "value", V, "which is $2.67 less", "which is $3.67 less", "$3.67",
      "the 1-day change is -$2.67")
plant(B, "el-weekday", "date", WM, "Today, Wednesday, June 3, 2026", "Today, Thursday, June 3, 2026",
      "Thursday", "Jun 3, 2026 was a Wednesday")
plant(B, "el-prev", "history", V, "than yesterday's $463.78", "than yesterday's $462.43", "$462.43",
      "Jun 2's close is $463.78; $462.43 was Jun 1's", real=True)
plant(B, "el-spy-dir", "direction", D, "The S&P 500 basket (SPY) went up 0.58%",
      "The S&P 500 basket (SPY) went down 0.58%", "went down 0.58%", "SPY rose 0.58%")
plant(B, "el-only", "direction", D, "DIA was the only one of the four that went\n  down today",
      "DIA was the best of the four today", "best", "DIA's -0.58% was the only fall of the four")
plant(B, "el-atr-words", "words", V, "today it moved about half of\n  that",
      "today it moved about twice\n  that", "about twice", "the move is 0.5 ATR")
plant(B, "el-week", "timeframe", V, "still went up 2.78%", "still went up 3.78%", "3.78%",
      "the 5-session return is 2.78%")
plant(B, "el-month", "timeframe", V, "over the last month\n  6.62%", "over the last month\n  7.62%", "7.62%",
      "the 1-month return is 6.62%")
plant(B, "el-ytd-dir", "direction", D, "Since January it is down 2.93%", "Since January it is up 2.93%",
      "up 2.93%", "the year-to-date return is -2.93%")
plant(B, "el-sma50-side", "direction", D, "DIA is 4.85% above\n  that line",
      "DIA is 4.85% below\n  that line", "below", "$461.11 is above the 50-day $439.80")
plant(B, "el-quote", "quotation", P, 'call that a "death cross"', 'call that a "golden cross"',
      "golden cross", "the 50-day is under the 200-day; the quote is the card's own")
plant(B, "el-cross-date", "date", DU, "On April 8 the fast", "On April 18 the fast", "April 18",
      "the cross formed on Apr 8, 2026")
plant(B, "el-rsi-neg", "negation", IND, "66.6 is warm but not\n  there yet",
      "66.6 means it is already\n  overbought", "already overbought", "RSI 66.6 is under 70")
plant(B, "el-record", "value", V, "was $493.91, on January 12", "was $495.73, on January 12", "$495.73",
      "the record close is $493.91; $495.73 is the intraday record", real=True)
plant(B, "el-from-record", "derived", DER, "DIA is 6.64% below it", "DIA is 4.64% below it", "4.64%",
      "$461.11/$493.91 - 1 = -6.64%")
plant(B, "el-subject", "subject", V, "(QQQ) went\n  up 0.57%", "(QQQ) went\n  up 0.87%", "0.87%",
      "QQQ rose 0.57%")
plant(B, "el-atr-dollars", "words", V, "usually moves about $5.20 in a day",
      "usually moves about ten dollars in a day", "ten dollars", "the 14-day ATR is $5.20")

clean("weekahead-IWM-2026-02-13", "IWM-2026-02-13", "calendar-preview", "txt",
      "a calendar preview column for the week ahead: a market holiday, a four-day week, a count of "
      "companies reporting, a clock time for the Fed minutes and a print price around IWM's slide",
      """\
THE WEEK AHEAD · small-caps edition

Markets are closed on Monday for Presidents' Day, so this is a four-day week.

Where we start: IWM finished Friday, February 13, at $226.54, down $2.39 or 1.04% from Thursday's
  $228.93. That was its sixth straight lower close, a 5.80% slide in all, and the fifth session in a row
  it lagged SPY. The week cost 4.94%, the month 10.88% and the year so far 6.88%.

Oversold? Yes, by the usual yardstick: the RSI sits at 21.4, deep in "oversold" territory. The MACD
  (-4.70) is below its signal (-3.06). IWM is 7.99% below its 50-day average ($246.22) and has slipped
  1.25% under its 200-day ($229.41), though the golden cross from July 18, 2025 still stands: the 50-day
  remains above the 200-day. The 50-day has started to roll over, down about 1% in 20 sessions, while the
  200-day is still rising, about 2.7%.

Levels for the week: first support at $225, then $218.48; overhead, $226.93 is immediate resistance,
  then $229.41, the 200-day. The fund is 12.12% below its record close of $257.77 from November 28, 2025.

What to watch: the calendar is thin until Wednesday's Fed minutes at 2 p.m. ET, and about 40 Russell 2000
  companies report earnings. This preview costs nothing; the print edition is $4.

Peers on Friday: SPY -0.54%, QQQ -0.41%, DIA -0.65%. The VIX rose 4.34% to 17.06.
""")

B = "weekahead-IWM-2026-02-13"
plant(B, "wa-close", "value", V, "February 13, at $226.54", "February 13, at $224.54", "$224.54",
      "the Feb 13 close is $226.54")
plant(B, "wa-weekday", "date", WM, "IWM finished Friday, February 13", "IWM finished Thursday, February 13",
      "Thursday, February 13", "Feb 13, 2026 was a Friday")
plant(B, "wa-thursday", "history", V, "from Thursday's\n  $228.93", "from Thursday's\n  $231.24", "$231.24",
      "Feb 12's close is $228.93; $231.24 was Feb 11's", real=True)
plant(B, "wa-streak", "history", V, "its sixth straight lower close", "its fourth straight lower close",
      "fourth straight", "IWM has closed lower six sessions running")
plant(B, "wa-streak-pct", "history", V, "a 5.80% slide in all", "a 4.20% slide in all", "4.20%",
      "the six-session streak lost 5.80%")
plant(B, "wa-lagged", "history", V, "the fifth session in a row\n  it lagged SPY",
      "the ninth session in a row\n  it lagged SPY", "ninth session",
      "IWM has trailed SPY five sessions running")
plant(B, "wa-week", "timeframe", V, "The week cost 4.94%", "The week cost 3.94%", "3.94%",
      "the 5-session return is -4.94%")
plant(B, "wa-quote", "quotation", IND, 'deep in "oversold" territory', 'deep in "overbought" territory',
      "overbought", "RSI 21.4 is under 30; the quote is the column's own")
plant(B, "wa-macd", "indicator", IND, "(-4.70) is below its signal", "(-4.70) is above its signal", "above",
      "MACD -4.70 is below its -3.06 signal")
plant(B, "wa-sma50-side", "direction", D, "IWM is 7.99% below its 50-day", "IWM is 7.99% above its 50-day",
      "above", "$226.54 is under the 50-day $246.22")
plant(B, "wa-sma200-side", "direction", D, "has slipped\n  1.25% under its 200-day",
      "has climbed\n  1.25% over its 200-day", "over its 200-day", "$226.54 is under the 200-day $229.41")
plant(B, "wa-cross", "pattern", P, "though the golden cross from July 18",
      "though the death cross from July 18", "death cross", "the 50-day $246.22 is above the 200-day $229.41")
plant(B, "wa-cross-date", "date", DU, "from July 18, 2025 still stands", "from July 28, 2025 still stands",
      "July 28, 2025", "the golden cross formed on Jul 18, 2025")
plant(B, "wa-slope200", "trend", P, "200-day is still rising, about 2.7%",
      "200-day is falling too, about 2.7%", "falling too", "the 200-day rose 2.72% over 20 sessions")
plant(B, "wa-slope50", "trend", P, "The 50-day has started to roll over", "The 50-day is still climbing",
      "still climbing", "the 50-day fell 1.02% over 20 sessions")
plant(B, "wa-support", "level", LW, "first support at $225", "first support at $228", "$228",
      "a support above the $226.54 close")
plant(B, "wa-resistance", "level", LW, "$226.93 is immediate resistance", "$224.93 is immediate resistance",
      "$224.93", "a resistance under the $226.54 close")
plant(B, "wa-from-record", "derived", DER, "The fund is 12.12% below", "The fund is 14.12% below", "14.12%",
      "$226.54/$257.77 - 1 = -12.12%")
plant(B, "wa-subject", "subject", V, "QQQ -0.41%", "QQQ -0.97%", "0.97%", "QQQ fell 0.41%")
plant(B, "wa-vix", "direction", D, "The VIX rose 4.34%", "The VIX fell 4.34%", "fell", "the VIX rose 4.34%")

clean("recapthread-IWM-2026-11-20", "IWM-2026-11-20", "weekend-recap-thread", "txt",
      "a weekend recap thread in numbered posts about small caps sitting out the rally: a posting time, "
      "a holiday, several instruments' moves with citations and a follower count",
      """\
Weekend recap thread, posted Saturday 10:02 a.m.

1/ Small caps did it again: IWM barely moved on Friday while the big funds ran. IWM +0.30% to $244.30,
  SPY +1.10%, QQQ +1.90%, DIA +0.60% [1].

2/ The S&P 500 climbed 1.1% to 6,901.69 and the Nasdaq 100 jumped 1.9% [2]. The Russell 2000 index:
  +0.30% to 2,456.17.

3/ Yields slid, with the 10-year down 7 basis points to 4.06% [3]. You would think small caps love that.
  Not this week.

4/ IWM's week: -1.10%. Month: -1.65%. Year to date: +0.42%. Six straight sessions trailing SPY.

5/ Daily closes: Mon $247.26, Tue $245.28, Wed $244.79, Thu $243.57, Fri $244.30. Friday snapped a
  three-day losing streak.

6/ The $10 box, $240 to $250, is five weeks old [4]. The computed range runs from $241.00 to $249.26 over
  25 sessions. Support $242.80, then $241.00; resistance $245.00 (max pain too), then $249.26.

7/ Trend: IWM is below the 50-day ($245.77) by 0.60% and above the 200-day ($230.77) by 5.86%, golden
  cross since Aug 10. RSI 48.2, "neutral". MACD 0.31 under its 0.51 signal.

8/ VIX -9.30% to 15.60. Next week: Thanksgiving on Thursday, options expiry Friday, Nov 27; the Fed on
  Dec 9. See you Monday, and thanks to all 1,412 of you for following.

<<SOURCES>>
""", sources=("ld-smallcaps20", "ld-rebound20", "mb-yields20", "tw-box19"), source_format="bare")

B = "recapthread-IWM-2026-11-20"
plant(B, "rt-magnitude", "magnitude", MG, "IWM barely moved on Friday", "IWM exploded higher on Friday",
      "exploded", "a 0.30% move of 0.2 ATR")
plant(B, "rt-close", "value", V, "IWM +0.30% to $244.30", "IWM +0.30% to $243.30", "$243.30",
      "the Nov 20 close is $244.30")
plant(B, "rt-dia", "subject", V, "DIA +0.60% [1]", "DIA +0.80% [1]", "0.80%",
      "DIA rose 0.60%; 0.80 is IWM's gap to SPY", real=True)
plant(B, "rt-cite", "citation", CS, "jumped 1.9% [2]", "jumped 1.9% [4]", "[4]",
      "source 4 is the Russell's $10 box; the S&P 500 and Nasdaq 100 moves are in source 2")
plant(B, "rt-scale", "scale", SC, "+0.30% to 2,456.17", "+0.30% to $2,456.17", "$2,456.17",
      "the Russell 2000 is an index, not a dollar price")
plant(B, "rt-month", "timeframe", V, "Month: -1.65%", "Month: -2.65%", "2.65%",
      "the 1-month return is -1.65%")
plant(B, "rt-streak", "history", V, "Six straight sessions trailing SPY",
      "Ten straight sessions trailing SPY", "Ten straight", "IWM has trailed SPY six sessions running")
plant(B, "rt-tuesday", "history", V, "Tue $245.28", "Tue $247.01", "$247.01",
      "Nov 17's close is $245.28; $247.01 was Nov 13's", real=True)
plant(B, "rt-losing", "history", V, "snapped a\n  three-day losing streak",
      "snapped a\n  five-day losing streak", "five-day", "IWM fell Nov 17, 18 and 19: three sessions")
plant(B, "rt-weekday", "date", WM, "options expiry Friday, Nov 27", "options expiry Thursday, Nov 27",
      "Thursday, Nov 27", "the Nov 27, 2026 expiry is a Friday")
plant(B, "rt-support", "level", LW, "Support $242.80, then", "Support $246.80, then", "$246.80",
      "a support above the $244.30 close")
plant(B, "rt-resistance", "level", LW, "resistance $245.00 (max pain too)",
      "resistance $243.00 (max pain too)", "$243.00", "a resistance under the $244.30 close")
plant(B, "rt-sma50-side", "direction", D, "IWM is below the 50-day ($245.77)",
      "IWM is above the 50-day ($245.77)", "above", "$244.30 is under the 50-day $245.77")
plant(B, "rt-quote", "quotation", IND, 'RSI 48.2, "neutral"', 'RSI 48.2, "overbought"', "overbought",
      "RSI 48.2 is under 70; the quote is the thread's own")
plant(B, "rt-macd", "indicator", IND, "MACD 0.31 under its 0.51 signal", "MACD 0.31 over its 0.51 signal",
      "over", "MACD 0.31 is below its 0.51 signal")
plant(B, "rt-vix", "direction", D, "VIX -9.30% to 15.60", "VIX +9.30% to 15.60", "+9.30%",
      "the VIX fell 9.30%")
plant(B, "rt-fed", "date", DU, "the Fed on\n  Dec 9", "the Fed on\n  Dec 16", "Dec 16",
      "the Fed decision is Dec 9, 2026")
plant(B, "rt-range-words", "words", V, "over\n  25 sessions", "over\n  forty sessions", "forty sessions",
      "the range is 25 sessions old")
plant(B, "rt-cross", "pattern", P, "golden\n  cross since Aug 10", "death\n  cross since Aug 10",
      "death cross", "the 50-day is above the 200-day")

clean("flowbot-QQQ-2026-11-20", "QQQ-2026-11-20", "options-flow-bot", "txt",
      "an options-flow bot's timestamped posts at the close: a sweep's contract count and premium, an "
      "uptime share and an alert count around QQQ's day and its open-interest map",
      """\
[FLOWBOT 15:59:58] QQQ close watch: $626.40 (+1.90%, +$11.68). Range $614.90 to $631.45. Vol 86.8M (2.0x avg).
[FLOWBOT 16:00:05] Move size: 1.6 ATR (ATR $8.05). Classification: LARGE. QQQ ripped.
[FLOWBOT 16:01:10] OI map for the Nov 27 expiry: max pain $630.00, call wall $640.00, put wall $610.00,
  put/call OI 1.32.
[FLOWBOT 16:02:44] Sweep alert: 4,200 contracts of the $640 calls, premium $1.3M.
[FLOWBOT 16:03:00] Levels: R $629.76 (record close, Nov 11) / R $632.37 (intraday record, Nov 12) /
  S $623.73 / S $620.00.
[FLOWBOT 16:04:12] Trend: +2.02% vs 50d ($614.02), +7.96% vs 200d ($580.22). Golden cross since Jul 27.
  RSI 56.4 neutral.
[FLOWBOT 16:05:30] Relative: QQQ 1.90% vs SPY 1.10%, a gap of +0.80 pp. NDX 25,753.96 (+1.89%).
[FLOWBOT 16:06:00] Prior closes: Thu $614.72, Wed $618.43, Tue $615.97.
[FLOWBOT 16:07:00] The monthly expiry passed without drama [1].
[FLOWBOT] uptime 99.97% · 2,381 alerts this month

<<SOURCES>>
""", sources=("tw-opex20",), source_format="plain")

B = "flowbot-QQQ-2026-11-20"
plant(B, "fb-close", "value", V, "QQQ close watch: $626.40", "QQQ close watch: $628.40", "$628.40",
      "the Nov 20 close is $626.40")
plant(B, "fb-magnitude", "magnitude", MG, "QQQ ripped.", "QQQ barely budged.", "barely budged",
      "a 1.90% move of 1.6 ATR")
plant(B, "fb-high", "value", V, "Range $614.90 to $631.45", "Range $614.90 to $633.45", "$633.45",
      "the session high is $631.45")
plant(B, "fb-ratio", "value", V, "(2.0x avg)", "(3.0x avg)", "3.0x", "volume is 2.0 times the 20-day average")
plant(B, "fb-atr", "value", V, "(ATR $8.05)", "(ATR $7.05)", "$7.05", "the 14-day ATR is $8.05")
plant(B, "fb-maxpain", "value", V, "max pain $630.00", "max pain $635.00", "$635.00", "max pain is $630.00")
plant(B, "fb-support", "level", LW, "S $623.73 / S $620.00", "S $628.73 / S $620.00", "$628.73",
      "a support above the $626.40 close")
plant(B, "fb-resistance", "level", LW, "R $632.37 (intraday record", "R $624.37 (intraday record", "$624.37",
      "a resistance under the $626.40 close")
plant(B, "fb-record-date", "date", DU, "(record close, Nov 11)", "(record close, Nov 10)", "Nov 10",
      "the record close was on Nov 11, 2026")
plant(B, "fb-cross", "pattern", P, "Golden cross since Jul 27", "Death cross since Jul 27", "Death cross",
      "the 50-day is above the 200-day")
plant(B, "fb-rsi", "indicator", IND, "RSI 56.4 neutral", "RSI 56.4 overbought", "overbought",
      "RSI 56.4 is under 70")
plant(B, "fb-sma50", "direction", D, "Trend: +2.02% vs 50d", "Trend: -2.02% vs 50d", "-2.02%",
      "$626.40 is above the 50-day $614.02")
plant(B, "fb-gap", "derived", DER, "a gap of +0.80 pp", "a gap of +0.70 pp", "0.70 pp",
      "1.90 - 1.10 = 0.80 points")
plant(B, "fb-wednesday", "history", V, "Wed $618.43", "Wed $619.43", "$619.43", "the Nov 18 close is $618.43")
plant(B, "fb-cite", "citation", CU, "without drama [1]", "without drama [2]", "[2]",
      "the bot cites one source")
plant(B, "fb-ndx", "subject", V, "NDX 25,753.96 (+1.89%)", "NDX 25,753.96 (+1.49%)", "1.49%",
      "the Nasdaq 100 rose 1.89%")

clean("hindi-DIA-2026-11-20", "DIA-2026-11-20", "translated-hindi", "txt",
      "a Mumbai investing channel's blog post for Indian holders of US funds, translated from Hindi: an "
      "episode number, a remittance limit, a brokerage fee in rupees and a subscriber count in lakh",
      """\
[Translated from Hindi. Original: the "Videsh Bazaar" blog of a Mumbai investing channel, episode 74.
  Rupee amounts are the writer's own.]

Namaste, friends. Many of you hold DIA through the LRS route, which allows $250,000 a year abroad. On
  Friday, November 20, DIA closed at $471.60, up 0.60%, its third consecutive gain. The Dow Jones
  Industrial Average rose 0.6% to 47,220.31 [1].

On Monday, DIA had closed at $467.85 [2]. On Thursday the Dow added 0.1% to 46,946.60 [3].

The week: +1.10%. The month: -0.17%. In 2026 so far: -0.72%.

DIA is above both averages: 0.85% above the 50-day ($467.61) and 3.69% above the 200-day ($454.80). The
  200-day is drifting lower, about 0.3% in 20 sessions, but the 50-day is rising. RSI 55.5. The record
  close, $493.91, came on January 12; DIA is 4.52% below it.

Levels: resistance $473.00 and $474.50; support $470 and $467.61. Max pain for the November 27 expiry is
  $473.00, with the put wall at $465 and the call wall at $480.

Compare: SPY +1.10%, QQQ +1.90%, IWM +0.30%. DIA beat only IWM.

I pay Rs 1,000 in brokerage per trade, so I buy only twice a year. The channel now has 3.2 lakh
  subscribers.

<<SOURCES>>
""", sources=("ld-rebound20", "ld-bluechips16", "hs-edge19"), source_format="note")

B = "hindi-DIA-2026-11-20"
plant(B, "hi-pct", "value", V, "DIA closed at $471.60, up 0.60%", "DIA closed at $471.60, up 0.90%", "0.90%",
      "the 1-day move is 0.60%")
plant(B, "hi-streak", "history", V, "its third consecutive gain", "its sixth consecutive gain", "sixth",
      "DIA has closed higher three sessions running")
plant(B, "hi-cite", "citation", CU, "to 47,220.31 [1]", "to 47,220.31 [6]", "[6]",
      "the post lists three sources")
plant(B, "hi-monday", "history", V, "DIA had closed at $467.85 [2]", "DIA had closed at $466.45 [2]",
      "$466.45", "Nov 16's close is $467.85; $466.45 was Nov 13's", real=True)
plant(B, "hi-week", "timeframe", V, "The week: +1.10%", "The week: +1.40%", "1.40%",
      "the 5-session return is 1.10%")
plant(B, "hi-ytd", "timeframe", V, "In 2026 so far: -0.72%", "In 2026 so far: -1.72%", "1.72%",
      "the year-to-date return is -0.72%")
plant(B, "hi-both", "direction", P, "DIA is above both averages", "DIA is below both averages",
      "below both averages", "$471.60 is above the 50-day and the 200-day")
plant(B, "hi-slope200", "trend", P, "200-day is drifting lower", "200-day is climbing", "climbing",
      "the 200-day fell 0.32% over 20 sessions")
plant(B, "hi-slope50", "trend", P, "but the 50-day is rising", "and the 50-day is falling", "falling",
      "the 50-day rose 0.75% over 20 sessions")
plant(B, "hi-record-date", "date", DU, "came on January 12", "came on January 21", "January 21",
      "the record close was on Jan 12, 2026")
plant(B, "hi-resistance", "level", LW, "resistance $473.00 and $474.50", "resistance $469.00 and $474.50",
      "$469.00", "a resistance under the $471.60 close")
plant(B, "hi-support", "level", LW, "support $470 and $467.61", "support $472 and $467.61", "$472",
      "a support above the $471.60 close")
plant(B, "hi-expiry", "date", DU, "the November 27 expiry", "the November 28 expiry", "November 28",
      "the options expiry is Nov 27, 2026")
plant(B, "hi-beat", "direction", D, "DIA beat only IWM", "DIA beat only QQQ", "QQQ",
      "DIA's 0.60% beat only IWM's 0.30%, not QQQ's 1.90%")
plant(B, "hi-subject", "subject", V, "QQQ +1.90%", "QQQ +2.90%", "2.90%", "QQQ rose 1.90%")
plant(B, "hi-from-record", "derived", DER, "DIA is 4.52% below it", "DIA is 5.52% below it", "5.52%",
      "$471.60/$493.91 - 1 = -4.52%")


README = kit.blind_readme(9)

# ---------------------------------------------------------------- scoring and the command line

evaluate, report = SET.evaluate, SET.report  # what tests/test_verify_holdout9.py runs

if __name__ == "__main__":
    raise SystemExit(SET.main(sys.argv[1:], doc=__doc__ or "", readme=README))
