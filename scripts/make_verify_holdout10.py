"""Write the tenth blind holdout set for the verifier to tests/data/verify_holdout10/ (deterministic).

    .venv/bin/python scripts/make_verify_holdout10.py            # (re)write the set
    .venv/bin/python scripts/make_verify_holdout10.py --check    # exit 1 if the files on disk differ
    .venv/bin/python scripts/make_verify_holdout10.py --score    # run the verifier over the set, report

Written for issue 14 by someone who had read neither `pipeline/verify/` nor the texts of the
evaluation set or of the first nine holdouts (only the shared plumbing in
`scripts/verify_eval/holdout_kit.py`, the top of `scripts/make_verify_holdout9.py`, `pipeline/facts.py`,
`pipeline/contracts/`, the README's verifier section and the CHANGELOG's older entries), and who did not
run the verifier on these texts before the blind score. The voices are ones the earlier sets did not
use: a pharmacist's side-hustle trading blog, a ship's-log style daily log, a venture investor's Monday
memo, notes translated from Arabic, Vietnamese, Greek and Finnish, a scout troop treasurer's update, a
public library's newsletter, a trading-competition judge's notes, a sports-betting style odds column, a
farm radio's markets note, a museum audio-guide explainer, a parliamentary written question and answer,
a fact-check article rating others' claims, a textbook exercise's answer key, a trade ticket with a
narrative, a startup CFO's treasury Slack, a screen reader's alt text of a chart and a day trader's
diary of mistakes.

Every figure of a clean text was typed by hand from `pipeline.facts.build_fact_sheet(...)` of the
case's snapshot, of a peer in the same file, of the snapshot's dated bars (`recent_sessions`,
`recent_closes`, `recent_highs`, `recent_lows`), of the 50/200-day slopes the snapshot carries
(`trend.sma_50_slope_pct`, `trend.sma_200_slope_pct`), or from the text of a cited source;
approximations ("about twice", "roughly two to one") were checked against the same values.
Page furniture, years, counts of things, ages, clock times, room and page numbers, prices of things that
are not market data and percentages of things that are not markets are there on purpose. The
snapshots and sources are frozen copies in tests/data/verify_holdout10/context/ (taken from
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
    "md": "{n}. [{item.title}]({item.url}) ({item.publisher}, {day})",
    "plain": "[{n}] {item.publisher}, \"{item.title}\", {day}. {item.url}",
    "ref": "({n}) {item.url} ({item.publisher})",
}
SOURCE_JOINS = {
    "md": ("References\n\n", "\n"),
    "plain": ("Sources\n", "\n"),
    "ref": ("Sources consulted\n", "\n"),
}


SET = kit.HoldoutSet("holdout10", REPO, U, SOURCE_LINES, SOURCE_JOINS)
OUT = SET.out
CLEAN = SET.texts
clean = SET.clean


plant = SET.plant_wrapped  # old/new/span may carry the texts' continuation breaks

V, D, P, IND, DU, WM, LW, NU, MG, DER, SC, SG, SRR, CU, CS = kit.CODES

# A line starting with exactly two spaces continues the line before it. `<<SOURCES>>` becomes the
# Sources block. Figures are typed, not slotted: each was read off the key's fact sheet. Each text's
# planted errors follow it.

B = "pharmblog-SPY-2026-11-20"
clean(B, "SPY-2026-11-20", "side-hustle-blog", "md",
      "a pharmacist's side-hustle trading blog: shift counts, clock times, a student-loan balance and a "
      "tip jar around SPY's Friday, numbers in words, a breakout plan with its reward/risk in words",
      """\
# Between Prescriptions: Friday's tape, written at the pharmacy counter

Posted Saturday, November 21, 2026 · 7 min read · 14 comments

I fill about 180 prescriptions on a Friday shift, and this Friday I checked my phone exactly twice: once
  at 10:15 during my break and once at 4:05, after the close. Both times SPY looked better than it had
  all week. (The disclaimer my pharmacy-school loans, $38,000 still to go, taught me to write: none of
  this is advice.)

The fund closed at $688.00, up $7.49, or 1.10%, from Thursday's $680.51. Call it a gain of about one
  point one percent, roughly one ATR, since the 14-day ATR is $7.06. Volume was 118.3 million shares,
  about 1.8 times the 20-day average of 64.9 million. The S&P 500 itself climbed 1.1% to 6,901.69 [1], a
  day after it had declined 0.2% to 6,826.06 [2].

For the week SPY is up 1.10%, the same as the day, because Monday to Thursday more or less cancelled out;
  over a month it is still down 0.97%, and since January 1 it has gained 3.28%. The record close is $694.71
  from Thursday, October 22, so the fund finished 0.97% below its high. No new record on Friday, and I did
  not expect one.

Dosage check on the averages, the way I would check a dose against a chart: the 50-day sits at $680.43
  and the price is 1.11% above it; the 200-day is $646.13 and the price is 6.48% above that one. The
  50-day has been climbing, up about 1.8% over twenty sessions, while the 200-day is barely moving
  (+0.1%). The golden cross dates from September 21, now 44 sessions old.

RSI sits at 55.0, which is neither overbought nor oversold. The MACD, 0.82, is still below its signal
  line of 1.59, so momentum has not caught up with the price yet.

Where I would act: support is $678.45, the bottom of the 29-session range, and resistance is the $694.71
  record. I would only buy a close above $697.09, stopping out at $690.03, with $710.97 as the target,
  about two to one.

The Nasdaq 100 fund QQQ gained 1.90% and the Russell's IWM just 0.30%, so SPY trailed QQQ by 0.80 points
  and beat IWM by 0.80. The VIX dropped 9.30% to 15.60.

Next up: the Fed on Wednesday, December 9, 13 sessions away, and CPI the day after.

Tip jar: $3 a month keeps this blog ad-free. 187 readers subscribe; 9 of you chipped in last month.

<<SOURCES>>
""", sources=("ld-rebound20", "hs-edge19"), source_format="md")

plant(B, "ph-close", "value", V, "closed at $688.00", "closed at $686.00", "$686.00",
      "the close is $688.00: a wrong close named as the close is a value-mismatch")
plant(B, "ph-words", "words", V, "about one\n  point one percent", "about two\n  point one percent",
      "two point one percent", "the day's move in words is 1.10%, not 2.1%: a value-mismatch")
plant(B, "ph-thursday", "history", V, "from Thursday's $680.51", "from Thursday's $682.51", "$682.51",
      "Thursday's close (the previous close) was $680.51")
plant(B, "ph-cite", "citation", CU, "6,826.06 [2]", "6,826.06 [3]", "[3]",
      "the text lists two sources: [3] resolves to nothing")
plant(B, "ph-month", "timeframe", V, "still down 0.97%", "still down 1.97%", "1.97%",
      "SPY's 1-month return is -0.97%")
plant(B, "ph-weekday", "date", WM, "from Thursday, October 22", "from Friday, October 22",
      "Friday, October 22", "October 22, 2026 was a Thursday")
plant(B, "ph-norecord", "negation", P, "No new record on Friday", "A new record on Friday",
      "A new record on Friday", "the close is 0.97% under the record close: no new closing high")
plant(B, "ph-cross", "pattern", P, "The golden cross dates", "The death cross dates", "death cross",
      "the 50-day is above the 200-day: the cross in place is a golden cross")
plant(B, "ph-slope", "trend", P, "has been climbing, up about 1.8%", "has been sliding, up about 1.8%",
      "sliding", "the 50-day rose about 1.76% over 20 sessions: 'sliding' contradicts its slope")
plant(B, "ph-rsi", "negation", IND, "which is neither overbought nor oversold", "which is overbought",
      "overbought", "RSI 55.0 is not overbought")
plant(B, "ph-macd", "indicator", IND, "is still below its signal", "is already above its signal",
      "above its signal", "MACD 0.82 is below its signal 1.59")
plant(B, "ph-support", "level", LW, "support is $678.45", "support is $691.45", "$691.45",
      "a support above the $688.00 close is on the wrong side")
plant(B, "ph-stop", "setup", SG, "stopping out at $690.03", "stopping out at $699.03", "$699.03",
      "a long's stop must sit under its $697.09 entry")
plant(B, "ph-rr", "setup", SRR, "about two to one", "about four to one", "four to one",
      "entry $697.09, stop $690.03, target $710.97 give about 2.0 to 1")
plant(B, "ph-qqq", "subject", V, "QQQ gained 1.90%", "QQQ gained 1.10%", "1.10%",
      "1.10% is SPY's move; QQQ gained 1.90%", real=True)
plant(B, "ph-spread", "derived", DER, "trailed QQQ by 0.80 points", "trailed QQQ by 0.90 points", "0.90",
      "1.10% against 1.90% is a 0.80-point gap")
plant(B, "ph-vix", "direction", D, "The VIX dropped 9.30%", "The VIX rose 9.30%", "rose 9.30%",
      "the VIX fell 9.30%")
plant(B, "ph-fed", "date", WM, "on Wednesday, December 9", "on Thursday, December 9", "Thursday, December 9",
      "December 9, 2026 is a Wednesday")
plant(B, "ph-scale", "scale", SC, "climbed 1.1% to 6,901.69", "climbed 1.1% to $6,901.69", "$6,901.69",
      "the S&P 500 is an index in points, not dollars")
plant(B, "ph-atr", "value", V, "ATR is $7.06", "ATR is $7.66", "$7.66", "the 14-day ATR is $7.06")

B = "shipslog-DIA-2026-11-20"
clean(B, "DIA-2026-11-20", "ships-log", "txt",
      "a ship's-log style daily log kept by a sloop's first mate: watch times, a position, wind, barometer, "
      "fuel and crew counts around DIA's Friday, past closes of the week by weekday, hazards as levels",
      """\
LOG OF THE SLOOP "MARGIN CALL" - MARKET WATCH KEPT BY THE FIRST MATE
Voyage day 212 · Position 41°22'N 71°30'W, moored at Block Island · Wind SW 12 knots · Barometer 1016 hPa

Friday, 20 November 2026

0930. Markets open. DIA lifted off at $468.96, a touch above Thursday's close of $468.79. Light air.
1200. Cook reports coffee stores down to 3 pounds. Dow fund steady in a narrow band.
1600. Closing bell. DIA made fast at $471.60, up $2.81 or 0.60% on the day, its third higher close
  running; the three sessions together add 1.00%. Day's range $467.35 to $471.86. Volume five and a half
  million shares against a 20-day average of 3.4 million, about 1.6 times normal traffic. The Dow itself
  rose 0.6% to 47,220.31 [1].
1615. Reckoning by the week: up 1.10% since last Friday; over the month down 0.17%; year to date still
  0.72% under water.
1630. Sightings earlier this week, for the record: on Monday, November 16, DIA closed at $467.85 [2]; on
  Wednesday the Dow gained 0.3% to 46,891.82 [3], and DIA closed that day at $468.32.
1700. Chart room. The fund rides 0.85% above its 50-day average ($467.61) and 3.69% above its 200-day
  ($454.80). Golden cross in force since Friday, October 2, 35 sessions astern. The 50-day is rising
  gently, about 0.75% in twenty sessions, while the 200-day is sagging, down about 0.3% over the same
  stretch.
1715. Instruments: RSI 55.5, middling, not overbought. MACD 0.34 sits below its 0.47 signal line. The
  14-day ATR is $4.50, so today's move came to about 0.6 ATR, a steady breeze rather than a gale.
1730. Hazards on the chart: resistance at $474.50, the top of the 43-session range, then $476.13 and the
  round $480. Support at $470, then $464.29, the range floor. The record close, $493.91 from January 12,
  is still far off: DIA sits 4.52% below it and did not set a new high today.
1745. Other vessels: SPY up 1.10%, QQQ up 1.90%, IWM up 0.30%. DIA lagged SPY by 0.50 points but beat IWM
  by 0.30. VIX fell 9.30% to 15.60. Calm seas.
1800. Next waypoint: the Fed decision on Wednesday, December 9, 13 sessions out, then CPI on Thursday,
  December 10.
2200. Anchor light lit. Crew of 4 aboard, all well. Fuel at 62% of tank.

Signed, R. Okafor, first mate

<<SOURCES>>
""", sources=("ld-rebound20", "ld-bluechips16", "tw-dow18"), source_format="plain")

plant(B, "sl-close", "value", V, "made fast at $471.60", "made fast at $473.60", "$473.60",
      "DIA closed at $471.60")
plant(B, "sl-wed", "history", V, "closed that day at $468.32", "closed that day at $466.32", "$466.32",
      "DIA's close on Wednesday, November 18 was $468.32")
plant(B, "sl-streak", "history", V, "its third higher close", "its fifth higher close", "fifth",
      "DIA has closed higher three sessions running (tape streak 3)")
plant(B, "sl-words", "words", V, "Volume five and a half\n  million shares",
      "Volume seven and a half\n  million shares",
      "seven and a half million", "DIA traded 5.5 million shares")
plant(B, "sl-week", "timeframe", V, "up 1.10% since last Friday", "up 1.40% since last Friday", "1.40%",
      "DIA's 5-day return is 1.10%")
plant(B, "sl-ytd", "timeframe", V, "year to date still\n  0.72% under water",
      "year to date still\n  0.17% under water",
      "0.17%", "0.17% is DIA's 1-month loss; the year-to-date return is -0.72%", real=True)
plant(B, "sl-cite", "citation", CU, "47,220.31 [1]", "47,220.31 [4]", "[4]",
      "three sources are listed: [4] resolves to nothing")
plant(B, "sl-monday", "date", WM, "on Monday, November 16", "on Tuesday, November 16", "Tuesday, November 16",
      "November 16, 2026 was a Monday")
plant(B, "sl-crossdate", "date", DU, "since Friday, October 2", "since Friday, October 9", "October 9",
      "the golden cross dates from October 2; October 9 matches no fact")
plant(B, "sl-slope200", "trend", P, "the 200-day is sagging", "the 200-day is climbing", "climbing",
      "the 200-day fell about 0.32% over 20 sessions")
plant(B, "sl-rsi", "negation", IND, "RSI 55.5, middling, not overbought", "RSI 55.5, overbought",
      "overbought", "RSI 55.5 is not overbought")
plant(B, "sl-macd", "indicator", IND, "sits below its 0.47 signal", "sits above its 0.47 signal",
      "above its 0.47 signal", "MACD 0.34 is below its 0.47 signal")
plant(B, "sl-atr", "value", V, "about 0.6 ATR", "about 1.4 ATR", "1.4 ATR",
      "a $2.81 move on a $4.50 ATR is 0.6 ATR")
plant(B, "sl-support", "level", LW, "Support at $470, then", "Support at $476, then", "$476",
      "a support above the $471.60 close is on the wrong side")
plant(B, "sl-resist", "level", LW, "resistance at $474.50, the top", "resistance at $469.50, the top",
      "$469.50", "a resistance below the $471.60 close is on the wrong side")
plant(B, "sl-cross", "pattern", P, "Golden cross in force", "Death cross in force", "Death cross",
      "DIA's 50-day is above its 200-day: golden cross")
plant(B, "sl-nohigh", "negation", P, "and did not set a new high today", "and set a new high today",
      "set a new high today", "DIA is 4.52% under its record close")
plant(B, "sl-qqq", "subject", V, "QQQ up 1.90%", "QQQ up 0.60%", "0.60%",
      "0.60% is DIA's own move; QQQ rose 1.90%", real=True)
plant(B, "sl-lag", "derived", DER, "lagged SPY by 0.50 points", "lagged SPY by 0.70 points", "0.70",
      "0.60% against SPY's 1.10% is a 0.50-point gap")
plant(B, "sl-vix", "direction", D, "VIX fell 9.30%", "VIX climbed 9.30%", "climbed 9.30%",
      "the VIX fell 9.30%")
plant(B, "sl-scale", "scale", SC, "rose 0.6% to 47,220.31", "rose 0.6% to $47,220.31", "$47,220.31",
      "the Dow is an index in points, not dollars")
plant(B, "sl-cpi", "date", WM, "CPI on Thursday,\n  December 10", "CPI on Friday,\n  December 10",
      "Friday, December 10", "December 10, 2026 is a Thursday")

B = "vcmemo-QQQ-2026-11-20"
clean(B, "QQQ-2026-11-20", "venture-monday-memo", "md",
      "a venture investor's Monday memo to partners: fund and portfolio counts, an LP meeting's date, room "
      "and RSVPs around QQQ's Friday, a quoted source line, a pattern name in quotation marks, a dip-buy "
      "plan with its odds",
      """\
To: Partners, Fund III
From: Dana Whitcombe
Date: Monday, November 23, 2026
Re: Public-market read before Thursday's IC (portfolio: 31 companies, 6 marked up this quarter)

Team,

Short version for the public comps side: tech had a strong Friday, and it matters for our two late-stage
  names pricing their rounds in Q1.

QQQ jumped 1.90% on Friday to $626.40, up $11.68 from Thursday's $614.72, and it did so on 86.8 million
  shares, about twice its 20-day average of 44.3 million. The Nasdaq 100 closed up 1.9% at 25,753.96 [1];
  the Tapewatch desk wrote that the monthly expiry "came and went without drama" as the rally lifted QQQ
  to $626.40 [2]. The move was about 1.6 times the fund's 14-day ATR of $8.05: a real move, not noise.

Zooming out: the week finished up 1.28%, the past month up only 0.27%, and 2026 to date up 4.91%. The
  record close is $629.76 from Wednesday, November 11; Friday's close sits 0.53% below it, and intraday the
  fund touched $631.45, short of the $632.37 peak of November 12. So not a new high. Tuesday was one soft
  spot: QQQ closed at $615.97 as the Nasdaq 100 fell 0.9% [3].

Trend: QQQ is 2.02% above its 50-day ($614.02) and 7.96% above its 200-day ($580.22). The "golden cross"
  from July 27 is 83 sessions old. The 50-day is rising, about 1.5% in twenty sessions; the 200-day inches
  up, about 0.2%. RSI 56.4 leaves room either way; the MACD at 1.96 remains below its signal at 2.46, the
  one caution light.

Levels for the whiteboard: resistance at the $629.76 record close, then $632.37; support at the round $620
  and then $610.21, the floor of the 29-session range. A desk I trust would buy a dip to $610.35 with a
  stop at $602.85, targeting $626.99, a 2.2-to-1 bet.

Relative: QQQ beat SPY (+1.10%) by 0.80 points and IWM (+0.30%) by 1.60. DIA rose 0.60%. The VIX dropped
  to 15.60.

Calendar: the Fed on Wednesday, December 9, thirteen sessions out. Our own LP meeting is December 3 in Room
  4B at 2:30 pm; 27 LPs have said yes.

Dana

<<SOURCES>>
""", sources=("hs-megacap20", "tw-opex20", "tw-nasdaq17"), source_format="md")

plant(B, "vc-close", "value", V, "on Friday to $626.40", "on Friday to $624.40", "$624.40",
      "QQQ closed at $626.40")
plant(B, "vc-thu", "history", V, "from Thursday's $614.72", "from Thursday's $616.72", "$616.72",
      "Thursday's close was $614.72")
plant(B, "vc-edged", "magnitude", MG, "QQQ jumped 1.90%", "QQQ edged up 1.90%", "edged up",
      "a 1.90% move of about 1.6 ATR is no edge")
plant(B, "vc-twice", "words", V, "about twice its 20-day average", "about three times its 20-day average",
      "three times", "86.8M against 44.3M is a ratio of 2.0")
plant(B, "vc-thirteen", "words", V, "thirteen sessions out", "nineteen sessions out", "nineteen",
      "the Fed decision is 13 sessions away")
plant(B, "vc-month", "timeframe", V, "the past month up only 0.27%", "the past month up only 1.27%", "1.27%",
      "QQQ's 1-month return is 0.27%")
plant(B, "vc-ytd", "timeframe", V, "2026 to date up 4.91%", "2026 to date up 3.91%", "3.91%",
      "QQQ's year-to-date return is 4.91%")
plant(B, "vc-tue", "history", V, "QQQ closed at $615.97", "QQQ closed at $617.97", "$617.97",
      "QQQ's close on Tuesday, November 17 was $615.97")
plant(B, "vc-wed", "date", WM, "from Wednesday, November 11", "from Thursday, November 11",
      "Thursday, November 11", "November 11, 2026 was a Wednesday")
plant(B, "vc-peakdate", "date", DU, "peak of November 12", "peak of November 13", "November 13",
      "the intraday 52-week high of $632.37 was set on November 12")
plant(B, "vc-nohigh", "negation", P, "So not a new high.", "So a new high.", "a new high",
      "the close is 0.53% under the record close")
plant(B, "vc-quote", "quotation", P, "The \"golden cross\"", "The \"death cross\"", "death cross",
      "the 50-day is above the 200-day: a golden cross, whatever the quotation marks")
plant(B, "vc-slope", "trend", P, "The 50-day is rising, about 1.5%", "The 50-day is rolling over, about 1.5%",
      "rolling over", "the 50-day rose about 1.49% over 20 sessions")
plant(B, "vc-macd", "indicator", IND, "remains below its signal", "remains above its signal",
      "above its signal", "MACD 1.96 is under its signal 2.46")
plant(B, "vc-support", "level", LW, "support at the round $620", "support at the round $635", "$635",
      "a support above the $626.40 close")
plant(B, "vc-stop", "setup", SG, "stop at $602.85", "stop at $612.85", "$612.85",
      "a long entered at $610.35 needs its stop below the entry")
plant(B, "vc-rr", "setup", SRR, "a 2.2-to-1 bet", "a 4.2-to-1 bet", "4.2-to-1",
      "entry $610.35, stop $602.85, target $626.99 give 2.2 to 1")
plant(B, "vc-iwm", "subject", V, "IWM (+0.30%)", "IWM (+0.60%)", "0.60%",
      "0.60% is DIA's move; IWM rose 0.30%", real=True)
plant(B, "vc-spread", "derived", DER, "by 0.80 points", "by 0.40 points", "0.40",
      "1.90% against 1.10% is a 0.80-point lead")
plant(B, "vc-vix", "direction", D, "The VIX dropped\n  to 15.60", "The VIX rose\n  to 15.60",
      "rose\n  to 15.60",
      "the VIX fell 9.30% to 15.60")
plant(B, "vc-scale", "scale", SC, "lifted QQQ\n  to $626.40 [2]",
      "lifted QQQ\n  to 25,753.96 [2]", "25,753.96",
      "QQQ is an ETF in dollars; 25,753.96 is the Nasdaq 100's level", real=True)
plant(B, "vc-cite", "citation", CU, "fell 0.9% [3]", "fell 0.9% [5]", "[5]",
      "three sources are listed: [5] resolves to nothing")
plant(B, "vc-above50", "pattern", P, "QQQ is 2.02% above its 50-day", "QQQ is 2.02% below its 50-day",
      "below its 50-day", "QQQ closed above its 50-day average")

B = "arabic-IWM-2026-11-20"
clean(B, "IWM-2026-11-20", "arabic-translation", "txt",
      "a Riyadh brokerage's small-cap note translated from Arabic: an issue number, a founding year, a Hijri "
      "date and a team count around IWM's Friday, an ordinal streak, fractions in words, past closes by date",
      """\
Small caps, Friday's session: market note (translated from the Arabic)
Al-Waha Securities · Research Department · Riyadh · Issue No. 1,284
Translator's note: figures are as in the original; dates are given in the Gregorian calendar.

We begin with the close. The iShares Russell 2000 fund (IWM) crept up on Friday, 20 November 2026, by
  0.30% to $244.30, a gain of 73 cents over Thursday's close of $243.57 [1]. The range of the day was
  narrow, from $243.65 to $244.45, and the move amounted to only 0.2 of the average true range (14-day ATR:
  $2.83). Volume reached 39.6 million shares against an average of 30.0 million over 20 days.

On the week the fund lost 1.10%, and over the month 1.65%; since the start of the year its gain is only
  0.42%. On Thursday, 12 November, it had closed at $249.26, the highest close of the current range, and on
  Tuesday the 17th at $245.28, the day small caps lost 0.8% [2].

The fund has trailed SPY for the sixth consecutive session; SPY rose 1.10% on Friday, so that the gap
  today reached 0.80 percentage points. The Nasdaq 100 fund QQQ rose 1.90% and the Dow fund DIA 0.60%. The
  Russell 2000 index itself closed at 2,456.17.

Technically, the price is below its 50-day average ($245.77) by 0.60% and above its 200-day average
  ($230.77) by 5.86%. The golden cross of 10 August remains in place after 73 sessions, and no death cross
  has formed since. The two averages are almost flat: the 50-day moved by less than one tenth of one
  percent over twenty sessions, and the 200-day likewise. The RSI stands at 48.2, in neutral territory, and
  the MACD line (0.31) is below the signal line (0.51).

The fund has traded in a range between $241.00 and $249.26 for 25 sessions, a width of 3.43%. Support:
  $242.80, then $241.00. Resistance: $245.77 (the 50-day average), then $249.26. The 52-week high remains
  $257.77, recorded on 28 November 2025; the price stands 5.23% below it.

Yields: the ten-year yield fell 7 basis points to 4.06% [3].

Coming up: the Federal Reserve decision on Wednesday, 9 December, 13 sessions from now, and the inflation
  figures on Thursday, 10 December.

Prepared by a team of 5 analysts; the firm was founded in 1998. Not a recommendation to buy or sell.
  Hijri date: 10 Jumada al-Akhirah 1448.

<<SOURCES>>
""", sources=("ld-smallcaps20", "hs-slides17", "mb-yields20"), source_format="ref")

plant(B, "ar-surged", "magnitude", MG, "crept up on Friday", "surged on Friday", "surged",
      "a 0.30% move of 0.2 ATR is no surge")
plant(B, "ar-close", "value", V, "0.30% to $244.30", "0.30% to $246.30", "$246.30", "IWM closed at $244.30")
plant(B, "ar-thu", "history", V, "Thursday's close of $243.57", "Thursday's close of $243.97", "$243.97",
      "Thursday's close was $243.57")
plant(B, "ar-sixth", "words", V, "for the sixth consecutive session", "for the ninth consecutive session",
      "ninth", "IWM has trailed SPY for 6 sessions running")
plant(B, "ar-week", "timeframe", V, "On the week the fund lost 1.10%", "On the week the fund lost 1.65%",
      "1.65%", "1.65% is the 1-month loss; the 5-day return is -1.10%", real=True)
plant(B, "ar-ytd", "timeframe", V, "its gain is only\n  0.42%", "its gain is only\n  0.92%", "0.92%",
      "IWM's year-to-date return is 0.42%")
plant(B, "ar-nov12", "history", V, "it had closed at $249.26", "it had closed at $249.76", "$249.76",
      "IWM's close on November 12 was $249.26")
plant(B, "ar-nov17", "history", V, "the 17th at $245.28", "the 17th at $245.88", "$245.88",
      "IWM's close on November 17 was $245.28")
plant(B, "ar-cite", "citation", CU, "lost 0.8% [2]", "lost 0.8% [4]", "[4]",
      "three sources are listed: [4] resolves to nothing")
plant(B, "ar-gap", "derived", DER, "reached 0.80 percentage points", "reached 1.80 percentage points", "1.80",
      "0.30% against SPY's 1.10% is a 0.80-point gap")
plant(B, "ar-dia", "subject", V, "the Dow fund DIA 0.60%", "the Dow fund DIA 0.30%", "0.30%",
      "0.30% is IWM's own move; DIA rose 0.60%", real=True)
plant(B, "ar-scale", "scale", SC, "closed at 2,456.17", "closed at $2,456.17", "$2,456.17",
      "the Russell 2000 is an index in points, not dollars")
plant(B, "ar-below50", "pattern", P, "the price is below its 50-day average",
      "the price is above its 50-day average",
      "above its 50-day", "IWM closed under its 50-day average")
plant(B, "ar-nodeath", "negation", P, "and no death cross\n  has formed since",
      "and a death cross\n  has formed since",
      "a death cross", "the 50-day is still above the 200-day")
plant(B, "ar-flat", "trend", P, "The two averages are almost flat", "The two averages are climbing steeply",
      "climbing steeply", "both averages moved under 0.1% over 20 sessions")
plant(B, "ar-rsi", "indicator", IND, "48.2, in neutral territory", "48.2, in oversold territory", "oversold",
      "RSI 48.2 is not oversold")
plant(B, "ar-macd", "indicator", IND, "(0.31) is below the signal", "(0.31) is above the signal",
      "above the signal", "MACD 0.31 is below its 0.51 signal")
plant(B, "ar-support", "level", LW, "Support:\n  $242.80", "Support:\n  $247.80", "$247.80",
      "a support above the $244.30 close")
plant(B, "ar-resist", "level", LW, "Resistance: $245.77 (the", "Resistance: $243.10 (the", "$243.10",
      "a resistance below the $244.30 close")
plant(B, "ar-highdate", "date", DU, "recorded on 28 November 2025", "recorded on 29 November 2025",
      "29 November 2025", "the 52-week high close was set on November 28, 2025")
plant(B, "ar-fedday", "date", WM, "on Wednesday, 9 December", "on Tuesday, 9 December", "Tuesday, 9 December",
      "December 9, 2026 is a Wednesday")
plant(B, "ar-yield", "value", NU, "to 4.06% [3]", "to 4.16% [3]", "4.16%",
      "the cited source gives 4.06%; 4.16% matches no fact or source")
plant(B, "ar-yieldcite", "citation", CS, "to 4.06% [3]", "to 4.06% [2]", "[2]",
      "[2] is the November 17 story on oil and small caps; it says nothing of yields")
plant(B, "ar-width", "value", V, "a width of 3.43%", "a width of 4.43%", "4.43%",
      "the range is 3.43% wide")

B = "vietnamese-GSPC-2026-11-20"
clean(B, "idx_GSPC-2026-11-20", "vietnamese-translation", "txt",
      "a Hanoi broker's US-market bulletin translated from Vietnamese: a hotline, branch and account counts, "
      "dates written day/month, the home market's index beside the S&P 500 in points, a breakout plan",
      """\
US MARKET BULLETIN, Saturday 21 November 2026 (translated from Vietnamese)
Thanh Long Securities JSC · Investment Advisory Division · Hanoi · Hotline 1900 6868 ext. 217

1. Overview
The S&P 500 rose 75.63 points on Friday (20/11), or 1.11%, to close at 6,901.69 points [1], more than
  recovering Thursday's loss, when the index had declined 0.2% to 6,826.06 [2]. In the session the index
  ranged from 6,815.01 to 6,920.40 points. The move equals a little more than one 14-day average true range
  (70.89 points).

2. Over longer periods
Over five sessions the index gained 1.10%; over one month it is still down 0.95%; since the start of the
  year it has risen 3.33%. The record close of 6,968.14 points was set on Thursday, 22 October; Friday's
  close is 0.95% below that record, and no record was set on Friday. On Monday 16/11 the index closed at
  6,855.03, holding above its 50-day line [3].

3. Technical indicators
The index stands 1.13% above the 50-day moving average (6,824.87) and 6.50% above the 200-day (6,480.69).
  The golden cross has held since 21 September, for forty-four sessions. The 50-day line is sloping upward
  (about 1.8% over twenty sessions), while the 200-day line is nearly horizontal. The RSI(14) is 54.9, in
  the neutral zone. The MACD (8.49) remains below its signal line (16.37).

4. Support and resistance
Nearest resistance 6,949.67, then the record 6,968.14 and the round mark of 7,000. Support at 6,805.34, the
  bottom of the 29-session range. A breakout buy could be considered on a close above 6,992.05, with a
  stop-loss at 6,921.16 and a target at 7,130.94, a reward-to-risk ratio of about 2 to 1.

5. Other markets
The Nasdaq 100 rose 1.89% to 25,753.96 points, the Dow Jones rose 0.58% to 47,220.31 and the Russell 2000
  only 0.30%. The S&P 500 thus trailed the Nasdaq 100 by 0.78 percentage points but beat the Russell by
  0.80. The VIX fear gauge fell 9.30% to 15.60. In Asia, the Nikkei 225 gained 0.41% and the Hang Seng lost
  1.21%. Our home market's VN-Index closed the week at 1,254.30 points.

6. Calendar
The Fed announces its decision on Wednesday, 9/12 (13 sessions from now); November CPI comes out on
  Thursday, 10/12.

Disclaimer: this bulletin is for reference only. Thanh Long Securities has 14 branches and more than
  220,000 accounts.

<<SOURCES>>
""", sources=("ld-rebound20", "hs-edge19", "tw-50day16"), source_format="plain")

plant(B, "vn-close", "value", V, "to close at 6,901.69 points [1]", "to close at 6,911.69 points [1]",
      "6,911.69", "the S&P 500 closed at 6,901.69")
plant(B, "vn-points", "value", V, "rose 75.63 points", "rose 85.63 points", "85.63",
      "the index rose 75.63 points")
plant(B, "vn-monday", "history", V, "the index closed at\n  6,855.03", "the index closed at\n  6,865.03",
      "6,865.03", "the S&P 500 closed at 6,855.03 on Monday, November 16")
plant(B, "vn-words", "words", V, "for forty-four sessions", "for sixty-four sessions", "sixty-four",
      "the golden cross is 44 sessions old")
plant(B, "vn-month", "timeframe", V, "still down 0.95%", "still down 1.95%", "1.95%",
      "the S&P 500's 1-month return is -0.95%")
plant(B, "vn-ytd", "timeframe", V, "it has risen 3.33%", "it has risen 4.33%", "4.33%",
      "the year-to-date return is 3.33%")
plant(B, "vn-recordday", "date", WM, "on Thursday, 22 October", "on Wednesday, 22 October",
      "Wednesday, 22 October", "October 22, 2026 was a Thursday")
plant(B, "vn-sessions", "date", V, "(13 sessions from now)", "(15 sessions from now)", "15 sessions",
      "the Fed decision on December 9 is 13 sessions away")
plant(B, "vn-norecord", "negation", P, "and no record was set on Friday", "and a record was set on Friday",
      "a record was set", "the close is 0.95% under the record close")
plant(B, "vn-cross", "pattern", P, "The golden cross has held", "The death cross has held", "death cross",
      "the 50-day is above the 200-day")
plant(B, "vn-slope50", "trend", P, "is sloping upward", "is sloping downward", "sloping downward",
      "the 50-day rose about 1.77% over 20 sessions")
plant(B, "vn-slope200", "trend", P, "the 200-day line is nearly horizontal",
      "the 200-day line is falling sharply", "falling sharply", "the 200-day rose about 0.13% in 20 sessions")
plant(B, "vn-macd", "indicator", IND, "remains below its signal",
      "remains above its signal", "above its signal",
      "MACD 8.49 is below its 16.37 signal")
plant(B, "vn-rsi", "indicator", IND, "in\n  the neutral zone", "in\n  the overbought zone", "overbought",
      "RSI 54.9 is not overbought")
plant(B, "vn-support", "level", LW, "Support at 6,805.34", "Support at 6,935.34", "6,935.34",
      "a support above the 6,901.69 close")
plant(B, "vn-stop", "setup", SG, "stop-loss at 6,921.16", "stop-loss at 7,021.16", "7,021.16",
      "a long entered above 6,992.05 needs its stop below the entry")
plant(B, "vn-rr", "setup", SRR, "about 2 to 1", "about 5 to 1", "5 to 1",
      "entry 6,992.05, stop 6,921.16, target 7,130.94 give 2.0 to 1")
plant(B, "vn-dow", "subject", V, "the Dow Jones rose 0.58%", "the Dow Jones rose 1.11%", "1.11%",
      "1.11% is the S&P 500's move; the Dow rose 0.58%", real=True)
plant(B, "vn-spread", "derived", DER, "by 0.78 percentage points", "by 0.74 percentage points", "0.74",
      "1.11% against 1.89% is a 0.78-point gap")
plant(B, "vn-hangseng", "direction", D, "the Hang Seng lost\n  1.21%", "the Hang Seng gained\n  1.21%",
      "gained\n  1.21%", "the Hang Seng fell 1.21%")
plant(B, "vn-vix", "direction", D, "fear gauge fell 9.30%", "fear gauge rose 9.30%", "rose 9.30%",
      "the VIX fell 9.30%")
plant(B, "vn-scale", "scale", SC, "Nearest resistance 6,949.67", "Nearest resistance $6,949.67", "$6,949.67",
      "the S&P 500 is in points, not dollars")
plant(B, "vn-cite", "citation", CU, "its 50-day line [3]", "its 50-day line [5]", "[5]",
      "three sources are listed: [5] resolves to nothing")

B = "greek-FSMI-2026-11-20"
clean(B, "idx_FSMI-2026-11-20", "greek-translation", "txt",
      "an Athens asset manager's frontier-markets client note translated from Greek: a licence number, page "
      "furniture, an allocation percentage, office hours and a committee count around a new 52-week low",
      """\
Frontier markets weekly: a note for our clients (translated from Greek)
Aigaion Asset Management · Athens · Licence No. 3/482 · Page 1 of 3

Dear clients,

Another difficult day for frontier equities. The Frontier Select Markets Index (FSMI) fell 0.88% on Friday
  20 November to 35,112.40 points, losing 312.84 points from Thursday's 35,425.24. It was the third
  consecutive down session; the three together cost 3.58%. The close is also the lowest close of the past
  52 weeks, a new 52-week low. Intraday the index touched 35,039.66.

Over the week the loss is 3.07%, over the month 8.56%, and since the beginning of the year 18.33%. From the
  high of 48,944.52 (Wednesday 19 August) the index has lost 28.26%; from its historic peak of 52,018.76,
  reached on 13 November 2024, it is 32.50% lower.

The trend is clearly downward. The index lies 10.45% under its 50-day average (39,210.55) and 19.73% under
  the 200-day (43,740.76). A death cross formed on 15 October and has persisted for 26 sessions; there is
  no sign of a golden cross. The 50-day average has fallen by about 9.4% in twenty sessions, the 200-day by
  about 1.6%.

RSI(14) at 23.0: deeply oversold, below 30. The MACD (-1,085.04) stays below its signal (-1,025.37). The
  average true range is 549.68 points, so Friday's drop came to about 0.6 ATR, a modest move inside a heavy
  trend.

Levels: first resistance the round 35,500, then 37,915.92 and the 50-day average. Below, support at the
  round 35,000.

By contrast, on Wall Street the S&P 500 gained 1.11%, so frontier stocks lagged it by 1.99 percentage
  points; the Russell 2000 rose 0.30%. The listed fund that tracks the index, FRNT, closed at $30.01, down
  0.86%.

We keep the frontier allocation at 4% of balanced portfolios. Our office on Ermou Street, 2nd floor, is
  open 9:00-17:00.

With respect,
The investment committee (7 members)
""")

plant(B, "gr-close", "value", V, "20 November to 35,112.40 points", "20 November to 35,212.40 points",
      "35,212.40", "the index closed at 35,112.40")
plant(B, "gr-points", "value", V, "losing 312.84 points", "losing 412.84 points", "412.84",
      "the index lost 312.84 points")
plant(B, "gr-thu", "history", V, "from Thursday's 35,425.24", "from Thursday's 35,525.24", "35,525.24",
      "Thursday's close was 35,425.24")
plant(B, "gr-third", "words", V, "It was the third\n  consecutive down session",
      "It was the fifth\n  consecutive down session",
      "fifth", "the index has closed lower three sessions running")
plant(B, "gr-low", "negation", P,
      "The close is also the lowest close of the past\n  52 weeks, a new 52-week low.",
      "The close is, however, not a new 52-week low.", "not a new 52-week low",
      "the 35,112.40 close is the 52-week low close, set on the session")
plant(B, "gr-month", "timeframe", V, "over the month 8.56%", "over the month 9.56%", "9.56%",
      "the 1-month return is -8.56%")
plant(B, "gr-ytd", "timeframe", V, "the year 18.33%", "the year 13.33%", "13.33%",
      "the year-to-date return is -18.33%")
plant(B, "gr-highday", "date", WM, "(Wednesday 19 August)", "(Thursday 19 August)", "Thursday 19 August",
      "August 19, 2026 was a Wednesday")
plant(B, "gr-athdate", "date", DU, "reached on 13 November 2024", "reached on 13 November 2023",
      "13 November 2023", "the all-time high close was set on November 13, 2024")
plant(B, "gr-fromhigh", "derived", DER, "the index has lost 28.26%", "the index has lost 24.26%", "24.26%",
      "35,112.40 is 28.26% under 48,944.52")
plant(B, "gr-cross", "pattern", P, "A death cross formed", "A golden cross formed", "golden cross",
      "the 50-day is under the 200-day: death cross")
plant(B, "gr-nogolden", "negation", P, "there is\n  no sign of a golden cross",
      "there is\n  now a golden cross",
      "now a golden cross", "the cross in place is a death cross")
plant(B, "gr-slope", "trend", P, "The 50-day average has fallen by about 9.4%",
      "The 50-day average has risen by about 9.4%", "risen by about 9.4%",
      "the 50-day fell about 9.38% over 20 sessions")
plant(B, "gr-slope200", "trend", V, "the 200-day by\n  about 1.6%", "the 200-day by\n  about 6.6%", "6.6%",
      "the 200-day fell about 1.57% over 20 sessions")
plant(B, "gr-rsi", "indicator", IND, "deeply oversold, below 30", "deeply overbought, above 70",
      "overbought", "RSI 23.0 is oversold")
plant(B, "gr-macd", "indicator", IND, "stays below its signal", "has crossed above its signal",
      "above its signal", "MACD -1,085.04 is under its -1,025.37 signal")
plant(B, "gr-resist", "level", LW, "first resistance the round 35,500", "first resistance the round 34,500",
      "34,500", "a resistance under the 35,112.40 close")
plant(B, "gr-support", "level", LW, "support at the\n  round 35,000", "support at the\n  round 36,000",
      "36,000", "a support above the 35,112.40 close")
plant(B, "gr-spx", "subject", V, "the S&P 500 gained 1.11%", "the S&P 500 gained 0.30%", "0.30%",
      "0.30% is the Russell 2000's move; the S&P 500 gained 1.11%", real=True)
plant(B, "gr-lag", "derived", DER, "lagged it by 1.99 percentage", "lagged it by 2.39 percentage", "2.39",
      "-0.88% against 1.11% is a 1.99-point gap")
plant(B, "gr-scale", "scale", SC, "20 November to 35,112.40 points", "20 November to $35,112.40",
      "$35,112.40", "the index is in points, not dollars")
plant(B, "gr-frnt", "direction", D, "closed at $30.01, down\n  0.86%", "closed at $30.01, up\n  0.86%",
      "up\n  0.86%",
      "FRNT fell 0.86%")
plant(B, "gr-cite", "citation", CU, "gained 1.11%, so", "gained 1.11% [1], so", "[1]",
      "the note lists no sources: [1] resolves to nothing")

B = "finnish-SPY-2026-11-17"
clean(B, "SPY-2026-11-17", "finnish-translation", "txt",
      "a Finnish bank's morning review for private investors translated from Finnish: dates written "
      "day.month.year, clock times with a dot, an issue number, a customer count and a street address "
      "around SPY's Tuesday, gold and oil lines, a range-floor buy with its reward/risk",
      """\
Morning review for private investors: Wall Street on Tuesday (translated from Finnish)
Pohjola-Kaski Pankki · Investment review no. 47/2026 · published Wednesday 18.11.2026 at 8.30

Tuesday was a day of modest losses in New York. The S&P 500 fell 0.5% to 6,821.04 points as the drop in
  oil weighed on energy stocks [1]; WTI crude settled at $67.35 a barrel, down 2.7% [2]. The SPY fund,
  familiar to many of our customers, closed at $679.84, down $3.41 or 0.50% from Monday's $683.25. The
  day's low was $676.68 and the high $683.69. Volume, 73.0 million shares, was only slightly above the
  20-day average of 66.3 million.

The week has been weak: over five sessions SPY has lost 0.80% and over a month 1.06%. Since the turn of the
  year the fund is still up 2.05%. On Friday 13 November it closed at $680.53, and on Monday, as the
  S&P 500 rose 0.4% to 6,855.03, it stayed above its 50-day average [3].

SPY is now only 0.09% above its 50-day average ($679.19), practically on top of it, and 5.27% above the
  200-day average ($645.83). The golden cross formed on 21 September, forty-one sessions ago. The 50-day
  average has risen about 2.2% in twenty sessions; the 200-day has barely moved, about +0.1%. The RSI is
  46.8, slightly below the midpoint of 50, and the MACD (1.09) lies under its signal line (2.42).

The record close, $694.71 from 22 October, is still some way off: the fund is 2.14% below it.

Support: $673.92, the lower edge of the 40-session range, then $670.42. Resistance: $694.71. A possible
  trade: buy near $673.92 if the range floor holds, stop $668.55, target $691.80; reward-to-risk about 3.3.

The Nasdaq 100 fund QQQ fell 0.90% and the small-cap IWM 0.80%; the Dow fund DIA lost only 0.20%. SPY
  thus fared 0.40 percentage points better than QQQ. The VIX rose 6.02% to 17.60. Gold rose 1.09% to
  $4,121.30.

Next: the Fed's interest-rate decision on Wednesday 9 December, 16 trading days away.

The review goes to about 41,000 customers. Our Helsinki branch (Aleksanterinkatu 15) is open until 16.30.

<<SOURCES>>
""", sources=("hs-slides17", "ld-oil17", "tw-50day16"), source_format="ref")

plant(B, "fi-close", "value", V, "closed at $679.84", "closed at $677.84", "$677.84", "SPY closed at $679.84")
plant(B, "fi-mon", "history", V, "from Monday's $683.25", "from Monday's $683.75", "$683.75",
      "Monday's close was $683.25")
plant(B, "fi-fri", "history", V, "it closed at $680.53", "it closed at $681.53", "$681.53",
      "SPY's close on Friday, November 13 was $680.53")
plant(B, "fi-friday", "date", WM, "On Friday 13 November", "On Thursday 13 November", "Thursday 13 November",
      "November 13, 2026 was a Friday")
plant(B, "fi-week", "timeframe", V, "SPY has lost 0.80%", "SPY has lost 1.06%", "1.06%",
      "1.06% is the 1-month loss; the 5-day return is -0.80%", real=True)
plant(B, "fi-ytd", "timeframe", V, "still up 2.05%", "still up 2.65%", "2.65%",
      "SPY's year-to-date return is 2.05%")
plant(B, "fi-words", "words", V, "forty-one sessions ago", "fifty-one sessions ago", "fifty-one",
      "the golden cross is 41 sessions old")
plant(B, "fi-above50", "pattern", P, "only 0.09% above its 50-day", "only 0.09% below its 50-day",
      "below its 50-day", "SPY closed above its 50-day average")
plant(B, "fi-slope", "trend", P, "average has risen about 2.2%", "average has fallen about 2.2%",
      "fallen about 2.2%",
      "the 50-day rose about 2.16% over 20 sessions")
plant(B, "fi-rsi", "indicator", IND, "slightly below the midpoint of 50", "slightly above the midpoint of 50",
      "above the midpoint", "RSI 46.8 is under 50")
plant(B, "fi-macd", "indicator", IND, "lies under its signal line", "lies over its signal line",
      "over its signal line", "MACD 1.09 is under its 2.42 signal")
plant(B, "fi-fromrecord", "derived", DER, "the fund is 2.14% below it", "the fund is 2.84% below it", "2.84%",
      "$679.84 is 2.14% under $694.71")
plant(B, "fi-support", "level", LW, "Support: $673.92", "Support: $683.92", "$683.92",
      "a support above the $679.84 close")
plant(B, "fi-resist", "level", LW, "Resistance: $694.71.", "Resistance: $674.71.", "$674.71",
      "a resistance under the $679.84 close")
plant(B, "fi-stop", "setup", SG, "stop $668.55", "stop $678.55", "$678.55",
      "a long bought near $673.92 needs its stop below the entry")
plant(B, "fi-rr", "setup", SRR, "reward-to-risk about 3.3", "reward-to-risk about 1.3", "1.3",
      "entry $673.92, stop $668.55, target $691.80 give 3.3")
plant(B, "fi-dia", "subject", V, "DIA lost only 0.20%", "DIA lost only 0.50%", "0.50%",
      "0.50% is SPY's own loss; DIA lost 0.20%", real=True)
plant(B, "fi-spread", "derived", DER, "0.40 percentage points better",
      "0.85 percentage points better", "0.85",
      "-0.50% against -0.90% is a 0.40-point difference")
plant(B, "fi-vix", "direction", D, "The VIX rose 6.02%", "The VIX fell 6.02%", "fell 6.02%",
      "the VIX rose 6.02%")
plant(B, "fi-gold", "direction", D, "Gold rose 1.09%", "Gold slipped 1.09%", "slipped 1.09%",
      "gold rose 1.09%")
plant(B, "fi-oilcite", "citation", CS, "down 2.7% [2]", "down 2.7% [3]", "[3]",
      "[3] is the story on the S&P 500 holding its 50-day; it says nothing of oil")
plant(B, "fi-cite", "citation", CU, "its 50-day average [3]", "its 50-day average [4]", "[4]",
      "three sources are listed: [4] resolves to nothing")
plant(B, "fi-fedday", "date", WM, "on Wednesday 9 December", "on Thursday 9 December", "Thursday 9 December",
      "December 9, 2026 is a Wednesday")
plant(B, "fi-scale", "scale", SC, "fell 0.5% to 6,821.04 points", "fell 0.5% to $6,821.04", "$6,821.04",
      "the S&P 500 is in points, not dollars")

B = "scouts-DIA-2025-11-17"
clean(B, "DIA-2025-11-17", "scout-treasurer-update", "txt",
      "a scout troop treasurer's update to parents: troop number, popcorn tins, camp fees, dues, a bequest "
      "and a vote's year around the troop's DIA holding on a record close, a merit-badge glossary with a "
      "quoted pattern name, a breakout plan the troop will not trade",
      """\
Troop 417 Treasurer's Update: November
From: Mr. Halvorsen, Troop Treasurer (Eagle Scout, class of 1994)
To: Troop Committee and parents · Meeting: Tuesday, Nov 18, 7:00 pm, St. Brendan's parish hall, Room 3

Friends,

Quick numbers before Tuesday's meeting.

Operating account: $4,312.66 after the popcorn sale (38 scouts sold 1,124 tins; the council keeps 30%).
  Winter camp at Lake Owasco costs $85 per scout, and 26 have signed up.

The Eagle Fund: as most of you know, the $12,000 left to us by Mrs. Petrakis in 2019 sits in the Dow ETF,
  DIA, per the committee's 2020 vote. Here is where it stood after Monday's close, November 17, 2025.

DIA closed at $481.59, up $4.26 or 0.89% from Friday's $477.33. That is a record close, the highest the
  fund has ever finished, and it also touched $485.20 during the day. Over the week it is up 1.70%, over
  the month 1.99%, and for 2025 so far 6.55%. The Dow itself rose 0.87% to 48,219.41.

For the scouts working on the Personal Management merit badge, a few chart terms: DIA is 4.51% above its
  50-day average of $460.80 and 10.90% above its 200-day average of $434.25. The 50-day crossed above the
  200-day on July 14 (a "golden cross") and has stayed there for 89 sessions. Both averages are rising: the
  50-day about 2.5% in the last twenty sessions, the 200-day about half a percent.

The RSI is 72.8. Above 70 is usually called overbought, so the fund is running hot. The MACD is 4.50,
  above its signal line of 3.61. A typical daily move (the ATR) is $4.48; Monday's gain was about one ATR.

Not selling, not buying: the committee's rule is that we trade the Eagle Fund at most once a year. For the
  record, if we were to add, a breakout buy would be above $486.07 with a stop at $480.47 and a target of
  $499.52, roughly 2.4 to 1. Support sits at the round $480 and then $476.43; resistance at $490.

Other funds on Monday: SPY rose 1.39%, QQQ 1.73% and the small-cap IWM 1.96%, so DIA actually lagged all
  three; it trailed IWM by 1.07 points. The VIX fell 4.67% to 13.47.

Questions to me before the meeting. Dues ($60 a year) are due December 1.

Yours in Scouting,
Lars Halvorsen
""")

plant(B, "sc-close", "value", V, "DIA closed at $481.59", "DIA closed at $483.59", "$483.59",
      "DIA closed at $481.59")
plant(B, "sc-fri", "history", V, "from Friday's $477.33", "from Friday's $477.83", "$477.83",
      "Friday's (November 14) close was $477.33")
plant(B, "sc-session", "date", WM, "Monday's close, November 17, 2025", "Monday's close, November 18, 2025",
      "November 18", "November 18, 2025 was a Tuesday; the session was Monday, November 17")
plant(B, "sc-record", "negation", P, "That is a record close, the highest the\n  fund has ever finished",
      "That is not a record close, nor the highest the\n  fund has ever finished", "not a record close",
      "$481.59 is the all-time high close, set on the session")
plant(B, "sc-week", "timeframe", V, "Over the week it is up 1.70%", "Over the week it is up 1.99%", "1.99%",
      "1.99% is the 1-month return; the 5-day return is 1.70%", real=True)
plant(B, "sc-ytd", "timeframe", V, "for 2025 so far 6.55%", "for 2025 so far 7.55%", "7.55%",
      "DIA's year-to-date return is 6.55%")
plant(B, "sc-dow", "subject", V, "The Dow itself rose 0.87%", "The Dow itself rose 1.39%", "1.39%",
      "1.39% is SPY's move; the Dow rose 0.87%", real=True)
plant(B, "sc-atrwords", "words", V, "Monday's gain was about one ATR", "Monday's gain was about two ATRs",
      "two ATRs", "$4.26 on a $4.48 ATR is about 1.0 ATR")
plant(B, "sc-quote", "quotation", P, "(a \"golden cross\")", "(a \"death cross\")", "death cross",
      "the 50-day crossed above the 200-day: a golden cross")
plant(B, "sc-sessions", "history", V, "has stayed there for 89 sessions", "has stayed there for 98 sessions",
      "98 sessions", "the cross is 89 sessions old")
plant(B, "sc-crossdate", "date", DU, "200-day on July 14", "200-day on July 21", "July 21",
      "the golden cross dates from July 14, 2025")
plant(B, "sc-rising", "trend", P, "Both averages are rising", "Both averages are falling", "falling",
      "the 50-day rose about 2.49% and the 200-day about 0.46% over 20 sessions")
plant(B, "sc-hot", "negation", IND, "so the fund is running hot", "so the fund is not overbought",
      "not overbought", "RSI 72.8 is overbought")
plant(B, "sc-macd", "indicator", IND, "above its signal line of 3.61", "below its signal line of 3.61",
      "below its signal line", "MACD 4.50 is above its 3.61 signal")
plant(B, "sc-stop", "setup", SG, "a stop at $480.47", "a stop at $488.47", "$488.47",
      "a long entered above $486.07 needs its stop below the entry")
plant(B, "sc-rr", "setup", SRR, "roughly 2.4 to 1", "roughly 4.2 to 1", "4.2 to 1",
      "entry $486.07, stop $480.47, target $499.52 give 2.4 to 1")
plant(B, "sc-support", "level", LW, "Support sits at the round $480",
      "Support sits at the round $485", "round $485",
      "a support above the $481.59 close")
plant(B, "sc-resist", "level", LW, "resistance at $490", "resistance at $470", "$470",
      "a resistance below the $481.59 close")
plant(B, "sc-lag", "derived", DER, "it trailed IWM by 1.07 points", "it trailed IWM by 1.37 points", "1.37",
      "0.89% against 1.96% is a 1.07-point gap")
plant(B, "sc-vix", "direction", D, "The VIX fell 4.67%", "The VIX rose 4.67%", "rose 4.67%",
      "the VIX fell 4.67%")
plant(B, "sc-led", "direction", D, "so DIA actually lagged all\n  three", "so DIA actually led all\n  three",
      "led all", "DIA's 0.89% was under all three moves")
plant(B, "sc-above50", "pattern", P, "DIA is 4.51% above its\n  50-day", "DIA is 4.51% below its\n  50-day",
      "below its 50-day", "DIA closed above its 50-day")
plant(B, "sc-scale", "scale", SC, "rose 0.87% to 48,219.41", "rose 0.87% to $48,219.41", "$48,219.41",
      "the Dow is an index in points, not dollars")
plant(B, "sc-cite", "citation", CU, "to 48,219.41.", "to 48,219.41 [1].", "[1]",
      "the update lists no sources: [1] resolves to nothing")

B = "library-QQQ-2025-11-17"
clean(B, "QQQ-2025-11-17", "library-newsletter", "md",
      "a public library's newsletter corner for its investing circle: volume and issue numbers, a call "
      "number, room and meeting time, late fees, a holiday closing and a book's hold count around QQQ's "
      "record close, a member's breakout plan",
      """\
# MAPLE GROVE PUBLIC LIBRARY · November Newsletter · Vol. 12, No. 11

## Money Matters Corner, by Priya Raman, Reference Librarian

Our Tuesday investing circle (Room 2, 6:30 pm, 14 regulars) asked me to keep a running note on the Nasdaq
  100 fund they follow, QQQ. Here is Monday, November 17, 2025.

QQQ closed at $622.21, a new record close, up $10.60 or 1.73% from Friday's $611.61. During the day it went
  as high as $626.07 and as low as $609.46. Trading was heavy: 63.7 million shares, about 1.6 times the
  20-day average of 40.8 million. The Nasdaq 100 index rose 1.74% to 25,582.79.

Looking back, the fund has gained 2.84% in a week, 1.68% in a month, and 14.73% since January 1. On
  Wednesday, November 12, it had closed at $615.65, then slipped two days in a row before Monday's jump.

From the chart books on our second floor (call number 332.6327): QQQ is 3.52% above its 50-day average
  ($601.02) and 15.46% above its 200-day ($538.92). The golden cross has been in place since Tuesday, July
  1, for 97 sessions. Both averages keep rising, the 50-day about 2% over the last twenty sessions and the
  200-day a little over 1%.

RSI stands at 65.6: strong, but not yet in the overbought zone above 70. The MACD (3.36) is above its
  signal line (1.48). The day's move was about 1.4 times the 14-day ATR of $8.35.

Levels the circle watches: support at $620 and then $617.74; resistance at the round $630. A breakout plan
  from one member's book: buy above $630.56, stop $620.12, target $655.61, about 2.4 to 1.

Next to its neighbours, QQQ beat SPY (up 1.39%) by 0.35 points and DIA (up 0.89%) by 0.84, but trailed
  the small-cap IWM, which rose 1.96%. The VIX dropped 4.67% to 13.47.

Reminders: the library is closed Thursday, November 27, for Thanksgiving. Late fees are 25 cents a day,
  capped at $5. Our copy of "A Random Walk Down Wall Street" (13th edition) has 9 holds.
""")

plant(B, "lb-close", "value", V, "QQQ closed at $622.21", "QQQ closed at $624.21", "$624.21",
      "QQQ closed at $622.21")
plant(B, "lb-record", "negation", P, "QQQ closed at $622.21, a new record close,",
      "QQQ closed at $622.21, still short of a record close,", "short of a record close",
      "$622.21 is the all-time high close, set on the session")
plant(B, "lb-fri", "history", V, "from Friday's $611.61", "from Friday's $612.61", "$612.61",
      "Friday's close was $611.61")
plant(B, "lb-wed", "history", V, "it had closed at $615.65", "it had closed at $616.65", "$616.65",
      "QQQ's close on Wednesday, November 12 was $615.65")
plant(B, "lb-twodays", "words", V, "slipped two days in a row", "slipped four days in a row", "four days",
      "QQQ fell on November 13 and 14 only: two sessions")
plant(B, "lb-week", "timeframe", V, "gained 2.84% in a week", "gained 1.68% in a week", "1.68%",
      "1.68% is the 1-month return; the 5-day return is 2.84%", real=True)
plant(B, "lb-ytd", "timeframe", V, "14.73% since January 1", "12.73% since January 1", "12.73%",
      "QQQ's year-to-date return is 14.73%")
plant(B, "lb-wedday", "date", WM, "On\n  Wednesday, November 12",
      "On\n  Thursday, November 12", "Thursday, November 12",
      "November 12, 2025 was a Wednesday")
plant(B, "lb-crossdate", "date", DU, "since Tuesday, July\n  1,", "since Tuesday, July\n  8,", "July 8",
      "the golden cross dates from July 1, 2025")
plant(B, "lb-ndx", "subject", V, "The Nasdaq 100 index rose 1.74%",
      "The Nasdaq 100 index rose 1.96%", "1.96%",
      "1.96% is IWM's move; the Nasdaq 100 rose 1.74%", real=True)
plant(B, "lb-scale", "scale", SC, "rose 1.74% to 25,582.79", "rose 1.74% to $25,582.79", "$25,582.79",
      "the Nasdaq 100 is an index in points, not dollars")
plant(B, "lb-rising", "trend", P, "Both averages keep rising", "Both averages keep falling", "falling",
      "the 50-day rose about 2.04% and the 200-day about 1.17% over 20 sessions")
plant(B, "lb-rsi", "negation", IND, "but not yet in the overbought zone above 70",
      "and already in the overbought zone above 70", "already in the overbought zone", "RSI 65.6 is under 70")
plant(B, "lb-macd", "indicator", IND, "(3.36) is above its\n  signal", "(3.36) is below its\n  signal",
      "below its signal", "MACD 3.36 is above its 1.48 signal")
plant(B, "lb-support", "level", LW, "support at $620 and then", "support at $625 and then", "$625",
      "a support above the $622.21 close")
plant(B, "lb-stop", "setup", SG, "stop $620.12", "stop $632.12", "$632.12",
      "a long bought above $630.56 needs its stop below the entry")
plant(B, "lb-rr", "setup", SRR, "about 2.4 to 1", "about 4 to 1", "4 to 1",
      "entry $630.56, stop $620.12, target $655.61 give 2.4 to 1")
plant(B, "lb-spread", "derived", DER, "by 0.35 points", "by 0.55 points", "0.55",
      "1.73% against 1.39% is a 0.34-0.35-point lead")
plant(B, "lb-iwm", "direction", D, "but trailed\n  the small-cap IWM",
      "and beat\n  the small-cap IWM", "beat\n  the small-cap IWM",
      "QQQ's 1.73% was under IWM's 1.96%")
plant(B, "lb-vix", "direction", D, "The VIX dropped 4.67%", "The VIX jumped 4.67%", "jumped 4.67%",
      "the VIX fell 4.67%")
plant(B, "lb-above50", "pattern", P, "QQQ is 3.52% above its 50-day", "QQQ is 3.52% below its 50-day",
      "below its 50-day", "QQQ closed above its 50-day")
plant(B, "lb-cite", "citation", CU, "to 25,582.79.", "to 25,582.79 [1].", "[1]",
      "the newsletter lists no sources: [1] resolves to nothing")

B = "parliament-SPY-2026-06-03"
clean(B, "SPY-2026-06-03", "parliamentary-written-answer", "txt",
      "a parliamentary written question and the Treasury minister's answer: a question number, tabling and "
      "answer dates, a constituency, saver and question counts and a helpline number around SPY's "
      "Wednesday, a death cross in quotation marks while the price sits above both averages",
      """\
WRITTEN QUESTIONS AND ANSWERS
Question UIN 48213, tabled 4 June 2026
Asked by Helen Marsh MP (Dunmore and Kettleby), to HM Treasury

To ask His Majesty's Treasury what assessment the Department has made of recent movements in US equity
  markets, and their implications for the 2.3 million UK savers holding US index funds in stocks and
  shares ISAs.

Answered by the Economic Secretary to the Treasury, 9 June 2026

The Treasury does not comment on the prospects of individual securities. On the factual position as at the
  close on Wednesday 3 June: the largest S&P 500 tracker fund, SPY, closed at $659.18, up $3.83 or 0.58% on
  the day, its fifth consecutive gain; over those five sessions it rose 4.87%. Over one month it gained
  8.87%, although it remained 1.05% lower for the calendar year to date. The S&P 500 index itself closed at
  6,609.79. Turnover of 51.6 million shares was below the 20-day average of 69.3 million.

The fund stood 6.99% above its 50-day moving average of $616.10 and 1.76% above its 200-day average of
  $647.76. I am advised that the 50-day average nonetheless remains below the 200-day, the configuration
  market participants describe as a "death cross", in place since 27 March, 46 sessions earlier; it has not
  yet reversed. The 50-day average fell by around 0.3% over the previous twenty sessions, while the 200-day
  was essentially unchanged.

The 14-day relative strength index stood at 72.3, above the threshold of 70 conventionally described as
  overbought, and the MACD indicator (10.15) stood above its signal line (6.99). The fund's record close
  remains $692.73, set on 26 November 2025; it closed 4.84% below that level.

Other US index funds moved differently that day: the Nasdaq-100 tracker QQQ rose 0.57% and the Russell 2000
  fund IWM 0.35%, while the Dow fund DIA fell 0.58%, so that SPY outperformed DIA by 1.16 percentage
  points. The VIX volatility index rose 6.18% to 18.55.

Market commentators cited resistance at $665.30 and support at $652.32. The Department does not endorse
  trading strategies; for completeness, a commonly cited approach would buy above $665.54 with a stop at
  $657.79 and a target of $681.23, a reward-to-risk ratio of two to one.

The Financial Conduct Authority's consumer helpline is 0800 111 6768. The Department answered 1,212 written
  questions in May.
""")

plant(B, "pq-close", "value", V, "closed at $659.18", "closed at $661.18", "$661.18", "SPY closed at $659.18")
plant(B, "pq-fifth", "words", V, "its fifth consecutive gain", "its seventh consecutive gain", "seventh",
      "SPY has closed higher five sessions running")
plant(B, "pq-five", "timeframe", V, "it rose 4.87%", "it rose 8.87%", "8.87%",
      "8.87% is the 1-month gain; the 5-session gain is 4.87%", real=True)
plant(B, "pq-ytd", "timeframe", V, "remained 1.05% lower", "remained 1.55% lower", "1.55%",
      "SPY's year-to-date return is -1.05%")
plant(B, "pq-ytddir", "direction", D, "it remained 1.05% lower for the calendar year",
      "it remained 1.05% higher for the calendar year", "1.05% higher",
      "SPY's year-to-date return is negative")
plant(B, "pq-scale", "scale", SC, "closed at\n  6,609.79", "closed at\n  $6,609.79", "$6,609.79",
      "the S&P 500 is an index in points, not dollars")
plant(B, "pq-volume", "direction", D, "was below the 20-day average", "was above the 20-day average",
      "above the 20-day average", "51.6M shares is under the 69.3M average (ratio 0.7)")
plant(B, "pq-above50", "pattern", P, "6.99% above its 50-day moving average",
      "6.99% below its 50-day moving average",
      "below its 50-day", "SPY closed above its 50-day")
plant(B, "pq-reversed", "negation", P, "it has not\n  yet reversed",
      "it has since\n  reversed into a golden cross",
      "golden cross", "the 50-day is still under the 200-day: death cross")
plant(B, "pq-quote", "quotation", P, "describe as a \"death cross\"", "describe as a \"golden cross\"",
      "golden cross", "a 50-day under the 200-day is a death cross")
plant(B, "pq-crossdate", "date", DU, "in place since 27 March", "in place since 27 April", "27 April",
      "the death cross dates from March 27, 2026")
plant(B, "pq-sessions", "history", V, "46 sessions earlier", "64 sessions earlier", "64 sessions",
      "the cross is 46 sessions old")
plant(B, "pq-slope50", "trend", P, "The 50-day average fell by around 0.3%",
      "The 50-day average rose by around 0.3%",
      "rose by around 0.3%", "the 50-day fell about 0.31% over 20 sessions")
plant(B, "pq-slope200", "trend", P, "while the 200-day\n  was essentially unchanged",
      "while the 200-day\n  climbed steeply", "climbed steeply", "the 200-day moved 0.01% in 20 sessions")
plant(B, "pq-macd", "indicator", IND, "(10.15) stood above its signal line",
      "(10.15) stood below its signal line",
      "below its signal line", "MACD 10.15 is above its 6.99 signal")
plant(B, "pq-recorddate", "date", DU, "set on 26 November 2025",
      "set on 26 November 2024", "26 November 2024",
      "the record close was set on November 26, 2025")
plant(B, "pq-fromrecord", "derived", DER, "it closed 4.84% below that level",
      "it closed 5.84% below that level",
      "5.84%", "$659.18 is 4.84% under $692.73")
plant(B, "pq-qqq", "subject", V, "QQQ rose 0.57%", "QQQ rose 0.35%", "0.35%",
      "0.35% is IWM's move; QQQ rose 0.57%", real=True)
plant(B, "pq-spread", "derived", DER, "outperformed DIA by 1.16 percentage",
      "outperformed DIA by 0.16 percentage",
      "0.16", "0.58% against -0.58% is a 1.16-point gap")
plant(B, "pq-vix", "direction", D, "The VIX volatility index rose 6.18%",
      "The VIX volatility index fell 6.18%",
      "fell 6.18%", "the VIX rose 6.18%")
plant(B, "pq-support", "level", LW, "support at $652.32", "support at $662.32", "$662.32",
      "a support above the $659.18 close")
plant(B, "pq-resist", "level", LW, "resistance at $665.30", "resistance at $655.30", "$655.30",
      "a resistance under the $659.18 close")
plant(B, "pq-stop", "setup", SG, "a stop at\n  $657.79", "a stop at\n  $667.79", "$667.79",
      "a long bought above $665.54 needs its stop below the entry")
plant(B, "pq-rr", "setup", SRR, "ratio of two to one", "ratio of four to one", "four to one",
      "entry $665.54, stop $657.79, target $681.23 give 2.0 to 1")
plant(B, "pq-cite", "citation", CU, "rose 6.18% to 18.55.", "rose 6.18% to 18.55 [1].", "[1]",
      "the answer lists no sources: [1] resolves to nothing")

B = "factcheck-DIA-2026-06-03"
clean(B, "DIA-2026-06-03", "fact-check", "md",
      "a newspaper's fact-check desk rating five social posts about DIA's Wednesday: a byline date, reading "
      "time, a count of fact checks since a year and an e-mail address; four claims rated true, one quoted "
      "claim rated false (a death cross said to be over) and corrected against the averages",
      """\
# FACT CHECK: Five claims about the Dow fund after Wednesday's session

By the Verify Desk at The Lakeshore Ledger · June 4, 2026 · Reading time 6 minutes

Several posts circulated on Wednesday evening, June 3, about the SPDR Dow Jones Industrial Average ETF (DIA).
  We checked each against the closing data.

**Claim 1:** "DIA dropped on Wednesday while the S&P 500 fund rose."
**Rating: TRUE.** DIA closed at $461.11, down $2.67 or 0.58% from Tuesday's $463.78. SPY rose 0.58% the same
  day, so the gap was 1.16 percentage points. The Dow index itself fell 0.57% to 46,185.73.

**Claim 2:** "The Dow fund is up more than 6% in a month."
**Rating: TRUE.** The one-month gain is 6.62%. Over five sessions it rose 2.78%.

**Claim 3:** "DIA is still down for 2026."
**Rating: TRUE.** Year to date the fund is 2.93% lower. Its record close, $493.91 from Monday, January 12, is
  far away: the price is 6.64% below it.

**Claim 4:** "The death cross is over because DIA is back above its 200-day."
**Rating: FALSE.** DIA did close above its 200-day average ($460.09), by 0.22%, and well above its 50-day
  ($439.80), by 4.85%. But a death cross means the 50-day average sits below the 200-day, and that is still
  the case: the cross dates from Wednesday, April 8, thirty-nine sessions ago, and it has not reversed. The
  50-day is still declining, down about 0.9% over twenty sessions, while the 200-day is roughly flat.

**Claim 5:** "The Dow fund is getting close to overbought."
**Rating: TRUE.** The RSI is 66.6, close to but below the 70 line usually called overbought. The MACD (5.89)
  is above its signal (4.08), which points to upward momentum rather than an extreme.

**Context.** The fund's low of the year, $423.43, came on Thursday, April 30; the price is 8.90% above it.
  Nearby resistance is $463.64, then $465.21; support is $453.39. QQQ rose 0.57% and IWM 0.35%. The VIX
  climbed 6.18% to 18.55.

Have a claim you want checked? Write to verify@lakeshoreledger.example. We have published 412 fact checks
  since 2021.
""")

plant(B, "fc-close", "value", V, "DIA closed at $461.11",
      "DIA closed at $463.11", "$463.11", "DIA closed at $461.11")
plant(B, "fc-tue", "history", V, "from Tuesday's $463.78", "from Tuesday's $462.78", "$462.78",
      "Tuesday's close was $463.78")
plant(B, "fc-gap", "derived", DER, "so the gap was 1.16 percentage points",
      "so the gap was 0.96 percentage points",
      "0.96", "0.58% against -0.58% is a 1.16-point gap")
plant(B, "fc-qqq", "subject", V, "QQQ rose 0.57%", "QQQ rose 0.58%", "0.58%",
      "0.58% is SPY's move; QQQ rose 0.57%", real=True)
plant(B, "fc-scale", "scale", SC, "fell 0.57% to 46,185.73", "fell 0.57% to $46,185.73", "$46,185.73",
      "the Dow is an index in points, not dollars")
plant(B, "fc-month", "timeframe", V, "The one-month gain is 6.62%", "The one-month gain is 2.78%", "2.78%",
      "2.78% is the 5-day return; the 1-month gain is 6.62%", real=True)
plant(B, "fc-five", "timeframe", V, "Over five sessions it rose 2.78%", "Over five sessions it rose 3.78%",
      "3.78%", "DIA's 5-day return is 2.78%")
plant(B, "fc-ytd", "timeframe", V, "the fund is 2.93% lower", "the fund is 3.93% lower", "3.93%",
      "DIA's year-to-date return is -2.93%")
plant(B, "fc-recordday", "date", WM, "from Monday, January 12",
      "from Tuesday, January 12", "Tuesday, January 12",
      "January 12, 2026 was a Monday")
plant(B, "fc-fromrecord", "derived", DER, "the price is 6.64% below it",
      "the price is 4.64% below it", "4.64%",
      "$461.11 is 6.64% under $493.91")
plant(B, "fc-reversed", "negation", P, "and it has not reversed",
      "and it reversed last week", "reversed last week",
      "the 50-day is still under the 200-day")
plant(B, "fc-crossdate", "date", DU, "from Wednesday, April 8", "from Wednesday, April 15", "April 15",
      "the death cross dates from April 8, 2026")
plant(B, "fc-words", "words", V, "thirty-nine sessions ago", "forty-nine sessions ago", "forty-nine",
      "the cross is 39 sessions old")
plant(B, "fc-slope", "trend", P, "50-day is still declining", "50-day is now rising", "now rising",
      "the 50-day fell about 0.93% over 20 sessions")
plant(B, "fc-rsi", "indicator", IND, "close to but below the 70 line", "already above the 70 line",
      "already above the 70 line", "RSI 66.6 is under 70")
plant(B, "fc-macd", "indicator", IND, "(5.89)\n  is above its signal", "(5.89)\n  is below its signal",
      "below its signal", "MACD 5.89 is above its 4.08 signal")
plant(B, "fc-lowday", "date", WM, "on Thursday, April 30", "on Friday, April 30", "Friday, April 30",
      "April 30, 2026 was a Thursday")
plant(B, "fc-fromlow", "derived", DER, "the price is 8.90% above it", "the price is 9.90% above it", "9.90%",
      "$461.11 is 8.90% over $423.43")
plant(B, "fc-resist", "level", LW, "Nearby resistance is $463.64", "Nearby resistance is $458.64", "$458.64",
      "a resistance under the $461.11 close")
plant(B, "fc-support", "level", LW, "support is $453.39", "support is $463.39", "$463.39",
      "a support above the $461.11 close")
plant(B, "fc-vix", "direction", D, "The VIX\n  climbed 6.18%",
      "The VIX\n  eased 6.18%", "eased 6.18%", "the VIX rose 6.18%")
plant(B, "fc-above200", "pattern", P, "DIA did close above its 200-day average",
      "DIA did close below its 200-day average",
      "below its 200-day", "DIA closed 0.22% above its 200-day")
plant(B, "fc-cite", "citation", CU, "rose 2.78%.", "rose 2.78% [1].", "[1]",
      "the article lists no sources: [1] resolves to nothing")

B = "answerkey-IWM-2026-02-13"
clean(B, "IWM-2026-02-13", "textbook-answer-key", "txt",
      "a personal-investing textbook's instructor answer key: chapter, edition, page and exercise numbers, "
      "points for marking and a worked percentage with its arithmetic around IWM's six-day slide, a golden "
      "cross still in place while the price sits under both averages",
      """\
Chapter 7: Reading a Price Chart - Answer Key to the End-of-Chapter Exercises
Introduction to Personal Investing, 3rd edition · Instructor's Manual, p. 214
(Data set 7-B: iShares Russell 2000 ETF, IWM, session of Friday, February 13, 2026.)

Exercise 7.1. What was IWM's closing price, and how much did it change on the day?
Answer: It closed at $226.54, down $2.39, or 1.04%, from the previous close of $228.93 on Thursday, February
  12. Students who used the open ($229.00) instead of the previous close lose 1 of the 4 points.

Exercise 7.2. Describe the recent run of closes.
Answer: The fund closed lower six sessions in a row, losing 5.80% over that run. On Friday, February 6, it
  had closed at $238.32, and on Wednesday, February 11, at $231.24. Friday's close is also the lowest of the
  last 20 sessions. Over five sessions the loss is 4.94%, over one month 10.88%, and year to date 6.88%.

Exercise 7.3. Where does the price stand against its moving averages? (Show your work.)
Answer: The 50-day average is $246.22; (226.54 - 246.22) / 246.22 = -7.99%, so the price is 7.99% below it.
  The 200-day average is $229.41, and the price is 1.25% below that one too. Note the trap: the 50-day is
  still above the 200-day, so the golden cross of July 18, 2025 has not been undone, even though the price
  is under both. The 50-day has started to turn down (about -1.0% over twenty sessions) while the 200-day is
  still rising (about +2.7%).

Exercise 7.4. Interpret the RSI and the MACD.
Answer: RSI(14) is 21.4, below 30, so the fund is "oversold." The MACD (-4.70) is below its signal line
  (-3.06): momentum is negative.

Exercise 7.5. How far is the fund from its all-time high close?
Answer: The record close is $257.77, set on Friday, November 28, 2025. The price is 12.12% below it.

Exercise 7.6. Compare IWM with the large-cap funds that day.
Answer: SPY fell 0.54%, QQQ 0.41% and DIA 0.65%, so IWM had the worst day of the four; it trailed SPY by 0.51
  percentage points, the fifth session in a row it lagged. The Russell 2000 index fell 1.04% to 2,276.24.

Exercise 7.7 (challenge). Name one support and one resistance.
Answer: Support at the round $225; resistance at $229.41 (the 200-day average) or $230.79. Accept either.

Exercise 7.8. Was Friday's move large?
Answer: It was about 0.8 times the 14-day ATR of $2.97: a normal-sized decline, not a crash.
""")

plant(B, "ak-close", "value", V, "It closed at $226.54",
      "It closed at $224.54", "$224.54", "IWM closed at $226.54")
plant(B, "ak-prev", "history", V, "previous close of $228.93", "previous close of $229.93", "$229.93",
      "the previous (Thursday) close was $228.93")
plant(B, "ak-thu", "date", WM, "on Thursday, February\n  12",
      "on Wednesday, February\n  12", "Wednesday, February 12",
      "February 12, 2026 was a Thursday")
plant(B, "ak-six", "words", V, "closed lower six sessions in a row", "closed lower eight sessions in a row",
      "eight sessions", "IWM closed lower six sessions running")
plant(B, "ak-feb6", "history", V, "had closed at $238.32", "had closed at $237.32", "$237.32",
      "IWM's close on February 6 was $238.32")
plant(B, "ak-wed", "date", WM, "on Wednesday, February 11", "on Tuesday, February 11", "Tuesday, February 11",
      "February 11, 2026 was a Wednesday")
plant(B, "ak-lowest", "negation", P, "Friday's close is also the lowest of the\n  last 20 sessions",
      "Friday's close is not the lowest of the\n  last 20 sessions", "not the lowest",
      "$226.54 is the bottom of the 20-session range")
plant(B, "ak-month", "timeframe", V, "over one month 10.88%", "over one month 4.94%", "4.94%",
      "4.94% is the 5-day loss; the 1-month loss is 10.88%", real=True)
plant(B, "ak-ytd", "timeframe", V, "year to date 6.88%", "year to date 8.88%", "8.88%",
      "IWM's year-to-date return is -6.88%")
plant(B, "ak-dist50", "derived", DER, "so the price is 7.99% below it",
      "so the price is 8.99% below it", "8.99%",
      "$226.54 is 7.99% under $246.22")
plant(B, "ak-below200", "pattern", P, "the price is 1.25% below that one too",
      "the price is 1.25% above that one",
      "above that one", "IWM closed under its 200-day")
plant(B, "ak-undone", "negation", P, "has not been undone", "has since been undone", "has since been undone",
      "the 50-day is still above the 200-day: the golden cross stands")
plant(B, "ak-slope200", "trend", P, "the 200-day is\n  still rising",
      "the 200-day is\n  falling too", "falling too",
      "the 200-day rose about 2.72% over 20 sessions")
plant(B, "ak-rsi", "quotation", IND, "so the fund is \"oversold", "so the fund is \"overbought", "overbought",
      "RSI 21.4 is oversold")
plant(B, "ak-macd", "indicator", IND, "(-4.70) is below its signal", "(-4.70) is above its signal",
      "above its signal", "MACD -4.70 is under its -3.06 signal")
plant(B, "ak-recorddate", "date", DU, "set on Friday, November 28, 2025", "set on Friday, November 21, 2025",
      "November 21, 2025", "the record close was set on November 28, 2025")
plant(B, "ak-dia", "subject", V, "DIA 0.65%", "DIA 0.41%", "0.41%", "0.41% is QQQ's loss; DIA fell 0.65%",
      real=True)
plant(B, "ak-spread", "derived", DER, "trailed SPY by 0.51", "trailed SPY by 0.81", "0.81",
      "-1.04% against -0.54% is a 0.50-0.51-point gap")
plant(B, "ak-worst", "direction", D, "had the worst day of the four",
      "had the best day of the four", "best day",
      "IWM's -1.04% was the weakest of the four")
plant(B, "ak-scale", "scale", SC, "fell 1.04% to 2,276.24", "fell 1.04% to $2,276.24", "$2,276.24",
      "the Russell 2000 is an index in points, not dollars")
plant(B, "ak-support", "level", LW, "Support at the round $225", "Support at the round $228", "$228",
      "a support above the $226.54 close")
plant(B, "ak-resist", "level", LW, "resistance at $229.41", "resistance at $224.41", "$224.41",
      "a resistance under the $226.54 close")
plant(B, "ak-atr", "value", V, "about 0.8 times the 14-day ATR",
      "about 1.8 times the 14-day ATR", "1.8 times",
      "$2.39 on a $2.97 ATR is 0.8 ATR")
plant(B, "ak-cite", "citation", CU, "to 2,276.24.", "to 2,276.24 [1].", "[1]",
      "the answer key lists no sources: [1] resolves to nothing")

B = "ticket-IWM-2026-03-30"
clean(B, "IWM-2026-03-30", "trade-ticket-narrative", "txt",
      "a trade confirmation ticket for a short sale with the desk's required narrative: ticket and account "
      "numbers, an execution time, settlement date, fees, share count and a maximum loss around IWM's "
      "Monday after a fresh death cross, a short plan with its stop and target",
      """\
TRADE TICKET / CONFIRMATION WITH DESK NARRATIVE
Ticket #A-77310-2 · Account ****4821 · Trader: M. Delacroix · Desk: Small-cap tactical

Action: SELL SHORT 300 IWM at $211.40, executed 15:42:07 ET, Monday, March 30, 2026
Settlement: Tuesday, March 31, 2026 (T+1) · Commission: $0.00 · Regulatory fee: $0.03

Narrative (required for short sales over 250 shares):
IWM closed at $211.00, down $2.65 or 1.24% from Friday's $213.65, its fourth straight lower close; the four
  sessions cost 2.54%. A death cross printed on Tuesday, March 24, only four sessions ago, with the 50-day
  ($227.59) now under the 200-day ($230.93) and the price 7.29% below the 50-day and 8.63% below the
  200-day. The 50-day is dropping fast, down about 5.4% over twenty sessions; the 200-day is flat.

The fund fell out of the ten-session box between $212.32 and $216.51 that had held since mid-March; $212.32
  is now resistance overhead, with $214.35 above it. Support below is the round $210, then $207.94. RSI 33.9
  is weak but not yet oversold, and the MACD (-3.77) has ticked above its signal (-4.40), which is why the
  size is half of normal.

Context: the week's loss is 2.10%, the month's 3.87%, and the year's 13.27%. SPY fell 0.78%, DIA 1.04% and
  QQQ 1.44%, so IWM actually held up 0.20 points better than QQQ. The Russell 2000 dropped 1.22% to
  2,120.33. The VIX rose 0.69% to 24.71. Volume was light, 27.5 million against a 29.3 million average.

Risk: buy-stop at $214.40, near the middle of the broken box; cover target $207.94, a little over
  1 to 1. Max loss $900 on 300 shares.
""")

plant(B, "tk-close", "value", V, "IWM closed at $211.00",
      "IWM closed at $212.00", "$212.00", "IWM closed at $211.00")
plant(B, "tk-fri", "history", V, "from Friday's $213.65", "from Friday's $213.15", "$213.15",
      "Friday's close was $213.65")
plant(B, "tk-fourth", "words", V, "its fourth straight lower close",
      "its sixth straight lower close", "sixth",
      "IWM has closed lower four sessions running")
plant(B, "tk-crossday", "date", WM, "on Tuesday, March 24", "on Wednesday, March 24", "Wednesday, March 24",
      "March 24, 2026 was a Tuesday")
plant(B, "tk-crossage", "history", V, "only four sessions ago", "only nine sessions ago", "nine sessions",
      "the death cross is 4 sessions old")
plant(B, "tk-cross", "pattern", P, "A death cross printed", "A golden cross printed", "golden cross",
      "the 50-day is under the 200-day: death cross")
plant(B, "tk-slope", "trend", P, "The 50-day is dropping fast",
      "The 50-day is climbing fast", "climbing fast",
      "the 50-day fell about 5.36% over 20 sessions")
plant(B, "tk-resist", "level", LW, "$212.32\n  is now resistance overhead",
      "$209.32\n  is now resistance overhead",
      "$209.32", "a resistance under the $211.00 close")
plant(B, "tk-support", "level", LW, "Support below is the round $210",
      "Support below is the round $215", "$215",
      "a support above the $211.00 close")
plant(B, "tk-rsi", "negation", IND, "is weak but not yet oversold", "is weak and already oversold",
      "already oversold", "RSI 33.9 is over 30: not oversold")
plant(B, "tk-macd", "indicator", IND, "has ticked above its signal", "has slipped below its signal",
      "below its signal", "MACD -3.77 is above its -4.40 signal")
plant(B, "tk-week", "timeframe", V, "the week's loss is 2.10%", "the week's loss is 3.87%", "3.87%",
      "3.87% is the 1-month loss; the 5-day loss is 2.10%", real=True)
plant(B, "tk-dia", "subject", V, "DIA 1.04%", "DIA 1.24%", "1.24%", "1.24% is IWM's own loss; DIA fell 1.04%",
      real=True)
plant(B, "tk-spread", "derived", DER, "0.20 points better than QQQ", "0.50 points better than QQQ", "0.50",
      "-1.24% against -1.44% is a 0.20-point difference")
plant(B, "tk-vix", "direction", D, "The VIX rose 0.69%", "The VIX fell 0.69%", "fell 0.69%",
      "the VIX rose 0.69%")
plant(B, "tk-scale", "scale", SC, "1.22% to\n  2,120.33", "1.22% to\n  $2,120.33", "$2,120.33",
      "the Russell 2000 is an index in points, not dollars")
plant(B, "tk-stop", "setup", SG, "buy-stop at $214.40", "buy-stop at $209.40", "$209.40",
      "a short sold at $211.40 needs its stop above the entry")
plant(B, "tk-rr", "setup", SRR, "a little over\n  1 to 1", "about\n  3 to 1", "3 to 1",
      "entry $211.40, stop $214.40, target $207.94: reward $3.46 on risk $3.00, about 1.2 to 1")

B = "oddsboard-QQQ-2026-11-17"
clean(B, "QQQ-2026-11-17", "betting-odds-column", "md",
      "a sports-betting style odds column on the Nasdaq fund: American odds, a season record, a helpline "
      "and an age limit around QQQ's Tuesday, a board of price props, a quoted pick, a pullback plan with "
      "its reward/risk",
      """\
# THE TAPE BOOK: Wednesday's board, by "Sharp" Sal Marconi

*Odds are for entertainment only. 21+. If you have a gambling problem, call 1-800-GAMBLER.*

**Last night's result.** QQQ dropped 0.90% on Tuesday to $615.97, down $5.59 from Monday's $621.56, as the
  Nasdaq 100 fell 0.9% to 25,326.20 [1]. My "QQQ green on Tuesday" pick at -110 lost, which drops my season
  record to 41-37.

**The form guide.** Over five sessions QQQ is down 1.80%, over a month down 0.72%, and up 3.16% for the
  year. It put in its record close, $629.76, on Wednesday, November 11, and it is now 2.19% under that mark.
  Last Friday it closed at $618.47 after chip stocks dragged the Nasdaq 100 down 1.2% [2]; Monday's bounce
  came with a 0.5% gain in the index [3].

**Handicapping the chart.** QQQ is still 0.53% above its 50-day average ($612.70) and 6.24% above its
  200-day ($579.82), and the "golden cross" from July 27 is 80 sessions old. The 50-day is rising, about
  1.8% in twenty sessions. RSI 48.4, dead even. MACD 2.43 sits under its 3.05 signal line. Tuesday's move
  was about 0.7 ATR ($7.99), nothing unusual.

**The board for the rest of the week.**
- QQQ closes Friday above $620 (resistance): +150
- QQQ tags the 50-day at $612.70 first: -130
- QQQ closes below $606.02, the floor of the 40-session range: +400

My play if the 50-day holds: long at $612.70, stop $606.71, target $622.21, about 1.6 to 1. That's a
  real-money line, not a parlay.

**Rest of the card.** SPY lost 0.50%, DIA 0.20% and IWM 0.80%, so QQQ trailed SPY by 0.40 points. The VIX
  jumped 6.02% to 17.60. Fed day is Wednesday, December 9, sixteen sessions out; I'll post odds on a cut
  the week before.

<<SOURCES>>
""", sources=("tw-nasdaq17", "hs-chips13", "hs-rebound16"), source_format="md")

plant(B, "od-close", "value", V, "on Tuesday to $615.97",
      "on Tuesday to $613.97", "$613.97", "QQQ closed at $615.97")
plant(B, "od-mon", "history", V, "from Monday's $621.56", "from Monday's $622.56", "$622.56",
      "Monday's close was $621.56")
plant(B, "od-fri", "history", V, "it closed at $618.47", "it closed at $619.47", "$619.47",
      "QQQ's close on Friday, November 13 was $618.47")
plant(B, "od-recordday", "date", WM, "on Wednesday, November 11", "on Thursday, November 11",
      "Thursday, November 11", "November 11, 2026 was a Wednesday")
plant(B, "od-month", "timeframe", V, "over a month down 0.72%", "over a month down 1.80%", "1.80%",
      "1.80% is the 5-day loss; the 1-month loss is 0.72%", real=True)
plant(B, "od-fromrecord", "derived", DER, "it is now 2.19% under that mark",
      "it is now 3.19% under that mark",
      "3.19%", "$615.97 is 2.19% under $629.76")
plant(B, "od-cite", "citation", CU, "down 1.2% [2]", "down 1.2% [4]", "[4]",
      "three sources are listed: [4] resolves to nothing")
plant(B, "od-above50", "pattern", P, "still 0.53% above its 50-day", "now 0.53% below its 50-day",
      "below its 50-day", "QQQ closed above its 50-day")
plant(B, "od-quote", "quotation", P, "the \"golden cross\" from July 27", "the \"death cross\" from July 27",
      "death cross", "the 50-day is above the 200-day: golden cross")
plant(B, "od-slope", "trend", P, "The 50-day is rising, about\n  1.8%",
      "The 50-day is falling, about\n  1.8%",
      "falling", "the 50-day rose about 1.77% over 20 sessions")
plant(B, "od-macd", "indicator", IND, "sits under its 3.05 signal", "sits over its 3.05 signal",
      "over its 3.05 signal", "MACD 2.43 is under its 3.05 signal")
plant(B, "od-resist", "level", LW, "above $620 (resistance)", "above $610 (resistance)", "$610",
      "a resistance under the $615.97 close")
plant(B, "od-stop", "setup", SG, "stop $606.71", "stop $616.71", "$616.71",
      "a long at $612.70 needs its stop below the entry")
plant(B, "od-rr", "setup", SRR, "about 1.6 to 1", "about 3.6 to 1", "3.6 to 1",
      "entry $612.70, stop $606.71, target $622.21 give 1.6 to 1")
plant(B, "od-iwm", "subject", V, "IWM 0.80%", "IWM 0.90%", "0.90%", "0.90% is QQQ's own loss; IWM fell 0.80%",
      real=True)
plant(B, "od-spread", "derived", DER, "QQQ trailed SPY by 0.40 points",
      "QQQ trailed SPY by 0.85 points", "0.85",
      "-0.90% against -0.50% is a 0.40-point gap")
plant(B, "od-vix", "direction", D, "The VIX\n  jumped 6.02%",
      "The VIX\n  slid 6.02%", "slid 6.02%", "the VIX rose 6.02%")
plant(B, "od-words", "words", V, "sixteen sessions out", "twenty-six sessions out", "twenty-six",
      "the Fed decision is 16 sessions away")

B = "farmradio-RUT-2026-11-17"
clean(B, "idx_RUT-2026-11-17", "farm-radio-script", "txt",
      "a farm station's noon markets script: call letters, temperature, rainfall, grain prices per bushel "
      "and a livestock report's time around the Russell 2000's Tuesday in points, oil and gold lines, a "
      "lagging streak",
      """\
KRVL 1340 AM · Farm and Markets at Noon · Wednesday, November 18, 2026 · Script for Dale Enger

Good noon, folks. It's 41 degrees at the station, with half an inch of rain in the gauge since Monday.

Grain first. December corn closed yesterday at $4.31 a bushel, up 3 cents; January soybeans at $11.02, off
  4. Crude oil slid 2.7% to $67.35 a barrel [1], which helps the diesel bill, and gold climbed 1.09% to
  4,121.30.

Now the stock side, for those of you with a little put away. The Russell 2000, the index of smaller
  companies, fell 19.30 points on Tuesday, or 0.78%, to 2,465.79; its Monday close had been 2,485.09. Small
  caps lost 0.8% on the day [2]. Over the last five sessions the Russell is down 0.98%, but it's up 1.48%
  over the month and 0.85% for the year.

Last Thursday the index closed at 2,505.20, the top of its trading range, before it slid 0.9% on Friday
  [3]. It has been stuck between 2,421.62 and 2,505.20 for 22 sessions now. The record close, 2,591.09, was
  set November 28 last year; we're 4.84% below that.

On the chart, the Russell sits 0.33% under its 50-day average of 2,473.93 but 6.36% over its 200-day of
  2,318.38. The "golden cross" from August 10 is still in place, seventy sessions on. The 50-day is edging
  higher, about 0.4% in twenty sessions, and the 200-day is flat. RSI 50.1, right down the middle. MACD
  8.85, above its signal at 5.83.

Support is 2,450, then 2,421.62; resistance is the 50-day at 2,473.93, then 2,505.20.

Bigger companies did better: the S&P 500 lost 0.50% and the Dow 0.21%, so small caps trailed the S&P by 0.28
  points, the third day running they've lagged. The Nasdaq 100 was worse, down 0.90%. The VIX rose 6.02%
  to 17.60.

The Fed meets December 9, sixteen trading days out. That's the noon markets; the livestock report follows
  at 12:15 on KRVL 1340.

<<SOURCES>>
""", sources=("ld-oil17", "hs-slides17", "hs-chips13"), source_format="ref")

plant(B, "fr-close", "value", V, "or 0.78%, to 2,465.79", "or 0.78%, to 2,475.79", "2,475.79",
      "the Russell 2000 closed at 2,465.79")
plant(B, "fr-points", "value", V, "fell 19.30 points",
      "fell 29.30 points", "29.30", "the index fell 19.30 points")
plant(B, "fr-mon", "history", V, "had been 2,485.09", "had been 2,488.09", "2,488.09",
      "Monday's close was 2,485.09")
plant(B, "fr-month", "timeframe", V, "it's up 1.48%\n  over the month",
      "it's up 0.85%\n  over the month", "0.85%",
      "0.85% is the year-to-date gain; the 1-month gain is 1.48%", real=True)
plant(B, "fr-thu", "history", V, "closed at 2,505.20, the top", "closed at 2,515.20, the top", "2,515.20",
      "the close on Thursday, November 12 was 2,505.20")
plant(B, "fr-quote", "quotation", P, "The \"golden cross\" from August 10",
      "The \"death cross\" from August 10",
      "death cross", "the 50-day is above the 200-day: golden cross, whatever the quotation marks")
plant(B, "fr-oilcite", "citation", CS, "a barrel [1]", "a barrel [3]", "[3]",
      "[3] is the November 13 story on chip shares and the Russell 2000; it says nothing of oil")
plant(B, "fr-words", "words", V, "seventy sessions on", "ninety sessions on", "ninety",
      "the golden cross is 70 sessions old")
plant(B, "fr-recorddate", "date", DU, "set November 28 last year", "set November 21 last year", "November 21",
      "the record close was set on November 28, 2025")
plant(B, "fr-fromrecord", "derived", DER, "we're 4.84% below that", "we're 5.84% below that", "5.84%",
      "2,465.79 is 4.84% under 2,591.09")
plant(B, "fr-under50", "pattern", P, "sits 0.33% under its 50-day", "sits 0.33% over its 50-day",
      "over its 50-day", "the index closed under its 50-day")
plant(B, "fr-slope", "trend", P, "The 50-day is edging\n  higher", "The 50-day is sliding\n  lower",
      "sliding lower", "the 50-day rose about 0.39% over 20 sessions")
plant(B, "fr-macd", "indicator", IND, "8.85, above its signal", "8.85, below its signal", "below its signal",
      "MACD 8.85 is above its 5.83 signal")
plant(B, "fr-support", "level", LW, "Support is 2,450", "Support is 2,480", "2,480",
      "a support above the 2,465.79 close")
plant(B, "fr-dow", "subject", V, "the Dow 0.21%", "the Dow 0.78%", "0.78%",
      "0.78% is the Russell's own loss; the Dow lost 0.21%", real=True)
plant(B, "fr-spread", "derived", DER, "trailed the S&P by 0.28", "trailed the S&P by 0.48", "0.48",
      "-0.78% against -0.50% is a 0.28-point gap")
plant(B, "fr-vix", "direction", D, "The VIX rose 6.02%", "The VIX fell 6.02%", "fell 6.02%",
      "the VIX rose 6.02%")
plant(B, "fr-scale", "scale", SC, "or 0.78%, to 2,465.79", "or 0.78%, to $2,465.79", "$2,465.79",
      "the Russell 2000 is an index in points, not dollars")
plant(B, "fr-cite", "citation", CU, "lost 0.8% on the day [2]", "lost 0.8% on the day [5]", "[5]",
      "three sources are listed: [5] resolves to nothing")
plant(B, "fr-third", "history", V, "the third day running", "the fifth day running", "fifth",
      "the Russell has trailed the S&P 500 three sessions running")

B = "audioguide-FRNT-2026-11-20"
clean(B, "FRNT-2026-11-20", "museum-audio-guide", "txt",
      "a finance museum's audio-guide stop explaining a ticker wall: gallery, stop and keypad numbers, a "
      "running time, an antique's year and a members' discount around FRNT's new 52-week low, a death "
      "cross and an oversold RSI explained for visitors",
      """\
AUDIO GUIDE · "Money and Its Moods," Gallery 4 · Museum of Finance, Lower Manhattan
Stop 14 of 22 · Running time 3 minutes 40 seconds · Press 15 to continue

Welcome to the ticker wall. The screen in front of you replays the close of Friday, November 20, 2026, for
  one small fund: the Frontier Select Markets ETF, FRNT, which holds stocks from younger markets far from
  Wall Street.

Look at the last number on the right. FRNT finished at $30.01, down 26 cents, or 0.86%, from Thursday's
  $30.27. That was its third down day in a row, 3.60% in all, and the lowest close of the past year: a new
  52-week low. During the day it dipped to $29.95.

Now follow the long red line across the top panel. That is the 200-day average, $37.38; the price sits
  19.73% below it. The shorter line is the 50-day average, at $33.51, and the price is 10.45% below that one
  as well. The two lines crossed on Thursday, October 15, when the 50-day fell under the 200-day; traders
  call this a "death cross", and it has now lasted 26 sessions. Notice how steeply the shorter line falls: it
  lost about 9.4% in twenty sessions.

The small gauge at the bottom is the RSI. It reads 22.9, deep in the zone below 30 that traders call
  oversold. Beside it, the MACD, at -0.93, still runs just under its signal line at -0.88.

Step back and compare. On the same Friday the big American fund SPY rose 1.10%, so FRNT lagged it by 1.96
  percentage points, the third day in a row it fell behind. The frontier index the fund follows dropped
  0.88% to 35,112.40. Over a month FRNT lost 8.56%, and since January 18.34%. Its peak of the past year,
  $41.82, came on Wednesday, August 19; the fund now stands 28.24% lower.

The nearest resistance the traders watch is the round $31, then $32.39. Please continue to Stop 15, where a
  1929 ticker-tape machine, still working, is on loan from a private collection. Admission includes the
  audio guide; members save 20%.
""")

plant(B, "ag-close", "value", V, "FRNT finished at $30.01",
      "FRNT finished at $30.11", "$30.11", "FRNT closed at $30.01")
plant(B, "ag-thu", "history", V, "from Thursday's\n  $30.27", "from Thursday's\n  $30.37", "$30.37",
      "Thursday's close was $30.27")
plant(B, "ag-third", "words", V, "That was its third down day in a row",
      "That was its fifth down day in a row",
      "fifth", "FRNT has closed lower three sessions running")
plant(B, "ag-low", "negation", P, "and the lowest close of the past year: a new\n  52-week low",
      "but still not a new\n  52-week low", "not a new 52-week low",
      "$30.01 is the 52-week low close, set on the session")
plant(B, "ag-crossday", "date", WM, "on Thursday, October 15", "on Friday, October 15", "Friday, October 15",
      "October 15, 2026 was a Thursday")
plant(B, "ag-cross", "quotation", P, "call this a \"death cross\"",
      "call this a \"golden cross\"", "golden cross",
      "the 50-day fell under the 200-day: a death cross")
plant(B, "ag-age", "history", V, "it has now lasted 26 sessions",
      "it has now lasted 36 sessions", "36 sessions",
      "the death cross is 26 sessions old")
plant(B, "ag-slope", "trend", P, "how steeply the shorter line falls: it\n  lost about 9.4%",
      "how steeply the shorter line rises: it\n  gained about 9.4%", "rises",
      "the 50-day fell about 9.39% over 20 sessions")
plant(B, "ag-rsi", "indicator", IND, "deep in the zone below 30 that traders call\n  oversold",
      "deep in the zone above 70 that traders call\n  overbought", "overbought", "RSI 22.9 is oversold")
plant(B, "ag-macd", "indicator", IND, "still runs just under its signal line",
      "now runs just over its signal line",
      "over its signal line", "MACD -0.93 is under its -0.88 signal")
plant(B, "ag-spy", "subject", V, "SPY rose 1.10%",
      "SPY rose 0.30%", "0.30%", "0.30% is IWM's move; SPY rose 1.10%",
      real=True)
plant(B, "ag-lag", "derived", DER, "lagged it by 1.96\n  percentage points",
      "lagged it by 1.46\n  percentage points",
      "1.46", "-0.86% against 1.10% is a 1.96-point gap")
plant(B, "ag-scale", "scale", SC, "0.88% to 35,112.40", "0.88% to $35,112.40", "$35,112.40",
      "the index is in points, not dollars")
plant(B, "ag-month", "timeframe", V, "Over a month FRNT lost 8.56%", "Over a month FRNT lost 3.07%", "3.07%",
      "3.07% is the 5-day loss; the 1-month loss is 8.56%", real=True)
plant(B, "ag-peakdate", "date", DU, "came on Wednesday, August 19",
      "came on Wednesday, August 26", "August 26",
      "the 52-week high close was set on August 19, 2026")
plant(B, "ag-frompeak", "derived", DER, "the fund now stands 28.24% lower",
      "the fund now stands 24.28% lower",
      "24.28%", "$30.01 is 28.24% under $41.82")
plant(B, "ag-resist", "level", LW, "the round $31, then", "the round $29, then", "round $29",
      "a resistance under the $30.01 close")
plant(B, "ag-index", "direction", D, "The frontier index the fund follows dropped",
      "The frontier index the fund follows rose",
      "follows rose", "the frontier index fell 0.88%")
plant(B, "ag-cite", "citation", CU, "came on Wednesday, August 19;",
      "came on Wednesday, August 19 [1];", "[1]",
      "the guide lists no sources: [1] resolves to nothing")

B = "mistakes-IWM-2026-11-17"
clean(B, "IWM-2026-11-17", "day-trader-mistakes-diary", "md",
      "a day trader's diary of the day's mistakes: an entry number, account balance, coffee count, own fill "
      "prices and clock times, a dollar loss and fees around IWM's Tuesday inside its range, a bounce plan "
      "for the next day",
      """\
# Day-trading journal: what I got wrong, Tuesday, November 17, 2026

Entry #63 · account balance after today $18,406 · coffees: 4

**Mistake 1: I chased the open.** IWM opened at $246.64, below Monday's close of $247.26, and I bought 200
  shares at $246.90 at 9:34 because I "felt" a bounce. It went as high as $247.37 and then bled all day. I
  sold at $245.10 at 3:51, a $360 loss plus $2 in fees.

**Mistake 2: I ignored the tape.** Small caps lost 0.8% [1], and IWM closed at $245.28, down $1.98 or 0.80%.
  That is not a crash: the move was about 0.6 of the 14-day ATR ($3.22). I treated a normal red day like a
  buying opportunity. For the week IWM is down 1.00%, even though it is up 1.46% on the month.

**Mistake 3: I forgot where the averages were.** IWM closed 0.38% below its 50-day average ($246.21) after
  opening above it. The 200-day ($230.71) is far beneath; the price is 6.32% above it. The golden cross from
  August 10 still holds after 70 sessions; the 50-day is barely rising (about 0.4% in twenty sessions) and
  the 200-day is slightly down. RSI sat at exactly 50.0. The MACD (0.86) was still above its signal (0.57),
  which I took as a reason to buy. It wasn't enough.

**Mistake 4: I didn't respect the range.** It has been a box between $241.00 and $249.26 for 22 sessions.
  Last Thursday IWM closed right at the top, $249.26, and on Friday it was back at $247.01 [2]. Buying in
  the middle of a box with no stop is how I lose money. Support is $242.80, then $241.00; resistance is
  $246.21, then $249.26.

**Mistake 5: I didn't look at the other funds.** SPY fell 0.50%, QQQ 0.90% and DIA only 0.20%; IWM trailed
  SPY by 0.30 points, its third straight session behind. The VIX jumped 6.02% to 17.60.

**Rule for tomorrow:** no trade in the first 15 minutes. If I want a long, it is a bounce off $242.80 with a
  stop at $240.80 and a target at $246.80, two to one, or nothing.

<<SOURCES>>
""", sources=("hs-slides17", "ld-turns13"), source_format="md")

plant(B, "mk-close", "value", V, "IWM closed at $245.28",
      "IWM closed at $244.28", "$244.28", "IWM closed at $245.28")
plant(B, "mk-mon", "history", V, "Monday's close of $247.26", "Monday's close of $247.86", "$247.86",
      "Monday's close was $247.26")
plant(B, "mk-below50", "pattern", P, "IWM closed 0.38% below its 50-day", "IWM closed 0.38% above its 50-day",
      "above its 50-day", "IWM closed under its 50-day")
plant(B, "mk-macd", "indicator", IND, "(0.86) was still above its signal",
      "(0.86) was already below its signal",
      "below its signal", "MACD 0.86 is above its 0.57 signal")
plant(B, "mk-fri", "history", V, "it was back at $247.01 [2]", "it was back at $246.01 [2]", "$246.01",
      "IWM's close on Friday, November 13 was $247.01")
plant(B, "mk-dia", "subject", V, "DIA only 0.20%",
      "DIA only 0.80%", "0.80%", "0.80% is IWM's own loss; DIA lost 0.20%",
      real=True)
plant(B, "mk-stop", "setup", SG, "stop at $240.80", "stop at $243.80", "$243.80",
      "a long bought off $242.80 needs its stop below the entry")
plant(B, "mk-third", "words", V, "its third straight session behind", "its sixth straight session behind",
      "sixth", "IWM has trailed SPY three sessions running")
plant(B, "mk-support", "level", LW, "Support is $242.80, then", "Support is $245.80, then", "$245.80",
      "a support above the $245.28 close")

B = "cfoslack-IWM-2026-11-20"
clean(B, "IWM-2026-11-20", "startup-cfo-slack", "txt",
      "a startup CFO's treasury channel in Slack: cash, runway, burn, a T-bill share, message times and "
      "emoji around IWM's Friday (the comps are small caps), rates from a cited source and a cut's cost in "
      "dollars",
      """\
#treasury · Slack export · Friday, November 20, 2026

Priya Nandakumar (CFO) 4:12 PM
quick EOD for the board deck. cash + equivalents $14.2M, runway 19 months at current burn ($740K/mo). 73% of
  it is in T-bills, the rest in the money-market sweep.

Priya Nandakumar (CFO) 4:14 PM
market color since Marco asked: our public comps are small caps, so IWM is the one to watch. it closed at
  $244.30 today, up 0.30%, after Thursday's $243.57. the big funds did better: SPY rose 1.10% and QQQ 1.90%,
  as the S&P 500 climbed 1.1% to 6,901.69 [1].

Marco Ruiz (CEO) 4:15 PM
so good day for the round? 🎉

Priya Nandakumar (CFO) 4:17 PM
meh day, not a trend change. IWM is still 5.23% below its record close of $257.77 from November 28 last
  year and down 1.65% on the month. RSI 48.2, so nothing stretched. it's under its 50-day ($245.77) but well
  above its 200-day ($230.77), golden cross since Aug 10.

Priya Nandakumar (CFO) 4:19 PM
rates matter more to us than stocks: the 10-year fell 7 bp to 4.06% and the 2-year dropped to 3.47% [2]. if
  the Fed cuts on December 9 our sweep yield drops ~25 bp, which is about $35K a year on $14.2M.

Marco Ruiz (CEO) 4:20 PM
👍 ship the deck by 6

<<SOURCES>>
""", sources=("ld-rebound20", "mb-yields20"), source_format="plain")

plant(B, "cf-close", "value", V, "it closed at\n  $244.30 today", "it closed at\n  $245.30 today", "$245.30",
      "IWM closed at $244.30")
plant(B, "cf-thu", "history", V, "after Thursday's $243.57", "after Thursday's $242.57", "$242.57",
      "Thursday's close was $243.57")
plant(B, "cf-qqq", "subject", V, "QQQ 1.90%", "QQQ 1.10%", "1.10%", "1.10% is SPY's move; QQQ rose 1.90%",
      real=True)
plant(B, "cf-recorddate", "date", DU, "from November 28 last\n  year", "from November 26 last\n  year",
      "November 26", "the record close was set on November 28, 2025")
plant(B, "cf-under50", "pattern", P, "it's under its 50-day ($245.77)", "it's over its 50-day ($245.77)",
      "over its 50-day", "IWM closed under its 50-day")
plant(B, "cf-rsi", "indicator", IND, "RSI 48.2, so nothing stretched", "RSI 48.2, so oversold", "oversold",
      "RSI 48.2 is not oversold")
plant(B, "cf-yield", "value", NU, "fell 7 bp to 4.06%", "fell 7 bp to 4.26%", "4.26%",
      "the cited source gives 4.06%; 4.26% matches no fact or source")
plant(B, "cf-yieldcite", "citation", CS, "dropped to 3.47% [2]", "dropped to 3.47% [1]", "[1]",
      "[1] is the stock-market wrap; it says nothing of Treasury yields")
plant(B, "cf-surge", "magnitude", MG, "today, up 0.30%, after", "today, surging 0.30%, after", "surging",
      "a 0.30% move of 0.2 ATR is no surge")
plant(B, "cf-month", "timeframe", V, "down 1.65% on the month", "down 1.10% on the month", "1.10%",
      "1.10% is the 5-day loss; the 1-month return is -1.65%", real=True)

B = "alttext-GSPC-2026-11-20"
clean(B, "idx_GSPC-2026-11-20", "screen-reader-alt-text", "txt",
      "a screen reader's image description of a twelve-session line chart of the S&P 500: pixel size, axis "
      "range and steps, dated closes point by point, a labelled average and a labelled record line, a "
      "caption",
      """\
[Image description, written for screen readers]
Chart title: "S&P 500, last 12 sessions." Line chart, 640 by 360 pixels; the source line at the bottom reads
  "Data: exchange closing prices."

The horizontal axis shows 12 trading days, from Thursday, November 5, to Friday, November 20, 2026. The
  vertical axis runs from 6,800 to 7,000 points in steps of 50.

The line starts at 6,943.97 on November 5 and peaks the next day, Friday, November 6, at 6,957.72, the
  highest close on the chart. It then drifts down: 6,869.68 on Thursday, November 12, and 6,826.92 on Friday,
  November 13. The lowest point is 6,821.04 on Tuesday, November 17. After a flat stretch, the last point
  jumps to 6,901.69 on Friday, November 20, a rise of 1.11% from Thursday's 6,826.06.

A dashed gray line labelled "50-day average, 6,824.87" runs just under the last point; the final close is
  1.13% above it. A dotted red horizontal line near the top is labelled "record close 6,968.14 (Oct 22)",
  which the line never reaches; the last point is 0.95% below it.

A small caption under the chart reads: "S&P 500 up 1.10% over five sessions; RSI 54.9."
""")

plant(B, "at-peak", "history", V, "at 6,957.72", "at 6,967.72", "6,967.72",
      "the close on Friday, November 6 was 6,957.72")
plant(B, "at-lowday", "date", WM, "on Tuesday, November 17", "on Wednesday, November 17",
      "Wednesday, November 17", "November 17, 2026 was a Tuesday")
plant(B, "at-low", "history", V, "The lowest point is 6,821.04", "The lowest point is 6,811.04", "6,811.04",
      "the close on November 17 was 6,821.04")
plant(B, "at-above50", "derived", DER, "the final close is\n  1.13% above it",
      "the final close is\n  2.13% above it",
      "2.13%", "6,901.69 is 1.13% over 6,824.87")
plant(B, "at-record", "negation", P, "which the line never reaches; the last point is 0.95% below it",
      "which the last point finally reaches", "finally reaches", "the close is 0.95% under the record close")
plant(B, "at-week", "timeframe", V, "up 1.10% over five sessions", "up 1.11% over five sessions", "1.11%",
      "1.11% is the 1-day move; the 5-session return is 1.10%", real=True)
plant(B, "at-rise", "direction", D, "a rise of 1.11% from", "a fall of 1.11% from", "a fall of 1.11%",
      "the S&P 500 rose 1.11% on November 20")

B = "judge-QQQ-2026-11-20"
clean(B, "QQQ-2026-11-20", "competition-judge-notes", "txt",
      "a student trading competition judge's notes on three finalists: team scores, entry counts, point "
      "deductions, the teams' own fills and a loss in percent of the account around QQQ's Friday, a team's "
      "quoted RSI word the judge rejects, a pullback plan that never triggered",
      """\
CAMPUS TRADING CUP 2026 · Judge's notes, final round (session of Friday, November 20)
Judge: Prof. Anneliese Voss · 48 teams entered, 6 finalists · Scoring: 40 points analysis, 30 risk, 30
  presentation

Team Harbor (score 87/100): long QQQ from the open. Their thesis held: QQQ opened at $618.09, ran to $631.45
  and closed at $626.40, up 1.90%, a move of about 1.6 times the 14-day ATR ($8.05). Their write-up
  correctly notes that QQQ beat SPY by 0.80 points and IWM by 1.60, and that the close is 0.53% below the
  $629.76 record close of November 11, so no new high. Deducted 3 points: their stop at $610.00 was wider
  than the rules allow.

Team Kestrel (score 81/100): their pullback plan (buy $610.35, stop $602.85, target $626.99, 2.2 to 1) never
  triggered, since the day's low was $614.90. Good discipline. Their chart notes are right: QQQ is 2.02%
  above the 50-day ($614.02), the golden cross has held since July 27, and the MACD (1.96) is still below
  its signal (2.46).

Team Lumen (score 74/100): sold QQQ short at $619.20 at 10:05 and covered at $627.10, losing 1.3% of the
  competition account. They called RSI 56.4 "overbought", which it is not; minus 5.

Tiebreak, if needed, is the volume question: QQQ traded 86.8 million shares, about twice its 20-day average
  of 44.3 million.
""")

plant(B, "jd-edged", "magnitude", MG, "closed at $626.40, up 1.90%", "closed at $626.40, edging up 1.90%",
      "edging up", "a 1.90% move of about 1.6 ATR is no edge")
plant(B, "jd-close", "value", V, "and closed at $626.40",
      "and closed at $627.40", "$627.40", "QQQ closed at $626.40")
plant(B, "jd-spread", "derived", DER, "QQQ beat SPY by 0.80 points", "QQQ beat SPY by 1.30 points", "1.30",
      "1.90% against 1.10% is a 0.80-point lead; 1.30 is the lead over DIA", real=True)
plant(B, "jd-nohigh", "negation", P, "so no new high", "so a new high", "a new high",
      "the close is 0.53% under the record close")
plant(B, "jd-stop", "setup", SG, "stop $602.85", "stop $612.85", "$612.85",
      "a long bought at $610.35 needs its stop below the entry")
plant(B, "jd-macd", "indicator", IND, "is still below\n  its signal (2.46)",
      "is now above\n  its signal (2.46)",
      "above its signal", "MACD 1.96 is under its 2.46 signal")
plant(B, "jd-twice", "words", V, "about twice its 20-day average", "about four times its 20-day average",
      "four times", "86.8M against 44.3M is a ratio of 2.0")

README = kit.blind_readme(10)

# ---------------------------------------------------------------- scoring and the command line

evaluate, report = SET.evaluate, SET.report  # what tests/test_verify_holdout10.py runs

if __name__ == "__main__":
    raise SystemExit(SET.main(sys.argv[1:], doc=__doc__ or "", readme=README))
