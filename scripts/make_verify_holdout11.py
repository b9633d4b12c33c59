"""Write the eleventh blind holdout set for the verifier to tests/data/verify_holdout11/ (deterministic).

    .venv/bin/python scripts/make_verify_holdout11.py            # (re)write the set
    .venv/bin/python scripts/make_verify_holdout11.py --check    # exit 1 if the files on disk differ
    .venv/bin/python scripts/make_verify_holdout11.py --score    # run the verifier over the set, report

Written for issue 14 by someone who had read neither `pipeline/verify/` nor the texts of the
evaluation set or of the first ten holdouts (only the shared plumbing in
`scripts/verify_eval/holdout_kit.py`, `tests/holdout_helpers.py`, the top and the bottom of
`scripts/make_verify_holdout10.py`, `pipeline/facts.py`, `pipeline/contracts/` and the README's
verifier section), and who did not run the verifier on these texts before the blind score. The voices
are ones the earlier sets did not use: a union pension fund's trustee minutes, a court reporter's
transcript of a market segment, notes translated from Hebrew, Indonesian, Romanian and Ukrainian, a
real-estate agent's market aside, a weather-forecast style market outlook, a crossword-clue column, a
hedge fund's risk-limit breach report, a college investment club's Instagram caption, an airline
pilot's layover blog, a restaurant owner's cash-management note, a ham-radio net log, an obituary for
a rally, a church finance committee's report, a customer-support chat with a brokerage, a dashboard's
tooltip set, a newsletter's corrections box and a game-show quiz script.

Every figure of a clean text was typed by hand from `pipeline.facts.build_fact_sheet(...)` of the
case's snapshot, of a peer in the same file, of the snapshot's dated bars (`recent_sessions`,
`recent_closes`, `recent_highs`, `recent_lows`), of the 50/200-day slopes the snapshot carries
(`trend.sma_50_slope_pct`, `trend.sma_200_slope_pct`), or from the text of a cited source;
approximations ("about half a point", "roughly two to one") were checked against the same values.
Page furniture, years, counts of things, ages, clock times, room and page numbers, prices of things
that are not market data and percentages of things that are not markets are there on purpose. The
snapshots and sources are frozen copies in tests/data/verify_holdout11/context/ (taken from
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

SET = kit.HoldoutSet("holdout11", REPO, U)  # the kit's four source formats
OUT = SET.out
CLEAN = SET.texts
clean = SET.clean

plant = SET.plant_wrapped  # old/new/span may carry the texts' continuation breaks

V, D, P, IND, DU, WM, LW, NU, MG, DER, SC, SG, SRR, CU, CS = kit.CODES

# A line starting with exactly two spaces continues the line before it. `<<SOURCES>>` becomes the
# Sources block. Figures are typed, not slotted: each was read off the key's fact sheet. Each text's
# planted errors follow it.

B = "trustees-DIA-2026-11-20"
clean(B, "DIA-2026-11-20", "trustee-minutes", "md",
      "a union staff pension plan's board minutes: a quorum count, clock times, postage, participant "
      "counts, a fee in percent, and the consultant's report on the plan's Dow fund with cited days",
      """\
# Local 318 Staff Pension Plan: Board of Trustees

Minutes of the regular meeting, Saturday, November 21, 2026, 9:30 a.m., Union Hall, Room 4

Present: 7 of 9 trustees (quorum is 5), the plan administrator and the recording secretary. The chair
  called the meeting to order at 9:34 a.m.

1. October minutes. Moved, seconded, carried 7-0.

2. Market report (the investment consultant, by phone). The plan's blue-chip sleeve holds the SPDR
  Dow Jones Industrial Average ETF (DIA). DIA closed on Friday, November 20 at $471.60, up $2.81 or
  0.60% on the day, its third higher close in a row; over those three sessions it gained 1.00%. The
  Dow itself rose 0.6% to 47,220.31 [1]. On Wednesday the index had gained 0.3% to 46,891.82 while the
  fund closed at $468.32 [2], and on Thursday the Dow added 0.1% [3].

For the week the fund is up 1.10%; over one month it is down 0.17%, and for the year to date it is down
  0.72%, which the consultant called flat for practical purposes. Trustee Okafor asked why the sleeve
  lagged on Friday. Answer: the S&P 500 fund SPY rose 1.10% and the Nasdaq 100 fund QQQ 1.90%, so DIA
  trailed SPY by half a point; it did beat the small-cap IWM, which gained 0.30%.

Volume was 5.5 million shares, about 1.6 times the 20-day average of 3.4 million. The day's move was
  roughly six-tenths of an average true range (ATR $4.50), a modest gain rather than a surge.

3. Risk review. The fund trades 0.85% above its 50-day average ($467.61) and 3.69% above its 200-day
  ($454.80). The 50-day is rising slowly; the 200-day has drifted slightly lower over the last twenty
  sessions. The golden cross of October 2 remains in place, 35 sessions on; the consultant's slide
  was titled "Golden cross intact, no breakout yet". The RSI, at 55.5, is
  neither stretched nor washed out. The MACD, 0.34, sits under its signal line of 0.47.

DIA remains 4.52% below its record close of $493.91 from Monday, January 12, 2026, and 11.38% above
  its 52-week low of $423.43 (April 30). It has spent 43 sessions between $464.29 and $474.50. The
  consultant treats $474.50 as the lid and $464.29 as the floor; Friday's close sits below the lid
  and above the floor, and no breakout has happened yet.

Trustee Lindqvist (age 67, a retired machinist, 31 years in the plan) asked whether to sell before the
  Fed meeting on Wednesday, December 9. The consultant: the plan does not time events, and the meeting
  is 13 sessions away.

4. Administrative. 1,212 active participants, 486 retirees, 3 new survivor benefits. Postage for the
  annual notice is $0.78 a letter for 1,700 letters. The administrator's fee stays at 0.35% of assets
  under the 2024 contract.

5. Adjourned at 11:02 a.m. Next meeting: Saturday, January 16, 2027.

<<SOURCES>>
""", sources=("ld-rebound20", "tw-dow18", "hs-edge19"), source_format="md")

plant(B, "tr-close", "value", V, "at $471.60, up $2.81", "at $473.60, up $2.81", "$473.60",
      "DIA's Friday close is $471.60: a wrong close is a value-mismatch")
plant(B, "tr-streak", "history", V, "its third higher close in a row", "its sixth higher close in a row",
      "sixth", "DIA closed higher three sessions running (Nov 18-20), not six")
plant(B, "tr-streakpct", "history", V, "it gained 1.00%", "it gained 1.45%", "1.45%",
      "the three-session up streak gained 1.00%")
plant(B, "tr-cite", "citation", CU, "fund closed at $468.32 [2]", "fund closed at $468.32 [5]", "[5]",
      "three sources are listed: [5] resolves to nothing")
plant(B, "tr-dowcite", "citation", CS, "rose 0.6% to 47,220.31 [1]", "rose 0.6% to 47,220.31 [3]",
      "[3]", "source [3] is Thursday's wrap (Dow +0.1% to 46,946.60); Friday's 47,220.31 is in [1] only")
plant(B, "tr-month", "timeframe", V, "it is down 0.17%", "it is down 1.17%", "1.17%",
      "DIA's 1-month return is -0.17%")
plant(B, "tr-ytddir", "direction", D, "for the year to date it is down\n  0.72%",
      "for the year to date it is up\n  0.72%", "up\n  0.72%",
      "DIA's year-to-date return is -0.72%: 'up' is the wrong direction")
plant(B, "tr-qqq", "subject", V, "Nasdaq 100 fund QQQ 1.90%", "Nasdaq 100 fund QQQ 0.60%", "QQQ 0.60%",
      "QQQ rose 1.90%; 0.60% is DIA's own move charged to QQQ", real=True)
plant(B, "tr-half", "words", V, "trailed SPY by half a point", "trailed SPY by two points",
      "two points", "DIA trailed SPY by 0.50 pp (0.60% vs 1.10%), not two points")
plant(B, "tr-beat", "direction", D, "it did beat the small-cap IWM", "it did trail the small-cap IWM",
      "trail", "DIA's 0.60% beat IWM's 0.30%: 'trail' reverses the comparison")
plant(B, "tr-vol", "value", V, "about 1.6 times the 20-day", "about 2.6 times the 20-day", "2.6 times",
      "volume 5.5M over the 20-day average 3.4M is 1.6 times")
plant(B, "tr-surge", "magnitude", MG, "a modest gain rather than a surge",
      "a surge rather than a modest gain", "a surge", "a 0.60% move of 0.6 ATR is no surge")
plant(B, "tr-sma200", "level", V, "3.69% above its 200-day\n  ($454.80)",
      "3.69% above its 200-day\n  ($449.80)", "$449.80", "DIA's 200-day average is $454.80")
plant(B, "tr-slope", "trend", P, "the 200-day has drifted slightly lower", "the 200-day has climbed steadily",
      "climbed steadily", "the 200-day fell 0.32% over 20 sessions: it did not climb")
plant(B, "tr-cross", "pattern", P, "The golden cross of October 2", "The death cross of October 2",
      "death cross", "the 50-day is above the 200-day since Oct 2: a golden cross")
plant(B, "tr-crossn", "history", V, "remains in place, 35 sessions on", "remains in place, 53 sessions on",
      "53 sessions", "the cross is 35 sessions old")
plant(B, "tr-rsi", "negation", IND, "is\n  neither stretched nor washed out", "is\n  deeply overbought",
      "overbought", "RSI 55.5 is not overbought")
plant(B, "tr-macd", "indicator", IND, "sits under its signal line", "sits over its signal line",
      "over its signal line", "MACD 0.34 is below its signal 0.47")
plant(B, "tr-record", "date", DU, "from Monday, January 12, 2026", "from Monday, January 26, 2026",
      "January 26, 2026", "the record close $493.91 was set on January 12, 2026")
plant(B, "tr-low", "history", V, "52-week low of $423.43", "52-week low of $413.43", "$413.43",
      "the 52-week low close is $423.43")
plant(B, "tr-range", "level", D, "Friday's close sits below the lid\n  and above the floor",
      "Friday's close sits above the lid\n  and above the floor", "above the lid",
      "$471.60 is below the range top $474.50")
plant(B, "tr-fedday", "date", WM, "Wednesday, December 9", "Thursday, December 9", "Thursday, December 9",
      "December 9, 2026 is a Wednesday")


B = "transcript-SPY-2026-11-20"
clean(B, "SPY-2026-11-20", "court-transcript", "txt",
      "a court reporter's style verbatim transcript of a community-access TV market segment: "
      "numbered turns, a reporter's license number, clock times, speakers interrupting, figures spoken "
      "in words, a breakout plan with its ratio, the options board and cited wraps",
      """\
TRANSCRIPT OF PROCEEDINGS
"The Closing Bell Hour," Channel 12 Community Access, Studio 3
Recorded Friday, November 20, 2026, commencing at 6:30 p.m.
Reported by: D. Whitcombe, CSR No. 11482
Page 1 of 4

1  THE HOST: Good evening, everybody. We have got eleven minutes, so let's go. The SPDR S&P 500 ETF,
  SPY, closed today at $688.00. That is up seven dollars and forty-nine cents from Thursday's close of
  $680.51, a gain of 1.10 percent.

2  MS. ROURKE: Right, and the S&P 500 itself climbed 1.1 percent to 6,901.69 (Source 1). The fund's
  range today ran from a low of $679.36 to a high of $689.87.

3  THE HOST: How big a day is that, in context?

4  MS. ROURKE: A little over one average true range. The 14-day ATR is $7.06. So a solid up day, not a
  blowout. Volume came in at 118.3 million shares, which is about 1.8 times the 20-day average of 64.9
  million.

5  THE HOST: And tech?

6  MS. ROURKE: Tech led. QQQ rose 1.90 percent, so SPY lagged it by eight-tenths of a point. The small
  caps were the weak spot again: IWM added 0.30 percent, and it was the sixth session in a row in which
  IWM trailed SPY (Source 2).

7  THE HOST: (Crosstalk.) Sorry, the VIX?

8  MS. ROURKE: The VIX fell 9.30 percent to 15.60.

9  THE HOST: Are we at a record?

10  MS. ROURKE: Not yet. The record close is $694.71, set on Thursday, October 22, and SPY finished
  0.97 percent below it. The fund has spent 29 sessions between $678.45 and that $694.71, so it is
  still inside the box, closer to the top than the bottom.

11  THE HOST: Averages.

12  MS. ROURKE: The 50-day is $680.43 and SPY is 1.11 percent above it. The 200-day is $646.13, and SPY
  sits 6.48 percent above it. The 50-day has been rising for a month; the 200-day is basically flat. RSI
  is 55.0, middle of the road. The MACD is 0.82 against a signal line of 1.59, still under it.

13  THE HOST: So what would you do?

14  MS. ROURKE: I would wait for a close above $697.09, the intraday record high, with a stop at $690.03
  and a target of $710.97. That is a two-to-one trade.

15  THE HOST: And options?

16  MS. ROURKE: Max pain for next Friday's expiry, November 27, is $690.00. The put-call ratio on open
  interest is 1.16. The biggest call strike is $700.00 and the biggest put strike is $675.00.

17  THE HOST: Thirty seconds. The week, the month, the year?

18  MS. ROURKE: Up 1.10 percent on the week, down 0.97 percent on the month, up 3.28 percent on the year.
  The Fed meets on Wednesday, December 9. Thirteen sessions.

19  THE HOST: That is the hour. Our number is 555-0142 if you want a copy of tonight's tape; copies are
  $15.

(Whereupon, the segment concluded at 6:41 p.m.)

CERTIFICATE: I certify that the foregoing pages 1 through 4 are a true record of the proceedings.

<<SOURCES>>
""", sources=("ld-rebound20", "ld-smallcaps20"), source_format="plain")

plant(B, "ct-close", "value", V, "closed today at $688.00", "closed today at $686.40", "$686.40",
      "SPY's close is $688.00")
plant(B, "ct-words", "words", V, "up seven dollars and forty-nine cents",
      "up nine dollars and forty-nine cents", "nine dollars and forty-nine cents",
      "SPY's 1-day change is $7.49, not $9.49")
plant(B, "ct-prev", "history", V, "Thursday's close of\n  $680.51", "Thursday's close of\n  $681.88",
      "$681.88", "Thursday's close (Nov 19) was $680.51; $681.88 is Wednesday's", real=True)
plant(B, "ct-gspcsrc", "citation", CU, "climbed 1.1 percent to 6,901.69 (Source 1)",
      "climbed 1.1 percent to 6,901.69 (Source 3)", "(Source 3)",
      "two sources are listed: source 3 resolves to nothing")
plant(B, "ct-high", "value", V, "to a high of $689.87", "to a high of $691.87", "$691.87",
      "SPY's session high is $689.87")
plant(B, "ct-atrmag", "magnitude", MG, "So a solid up day, not a\n  blowout.",
      "So a blowout, not a\n  solid up day.", "blowout",
      "a 1.10% move of about 1.1 ATR and return z 1.5 is not a blowout")
plant(B, "ct-volx", "value", V, "about 1.8 times the 20-day", "about 2.8 times the 20-day", "2.8 times",
      "118.3M over 64.9M is 1.8 times")
plant(B, "ct-lagwords", "words", DER, "lagged it by eight-tenths of a point",
      "lagged it by one and eight-tenths of a point", "one and eight-tenths of a point",
      "QQQ 1.90% minus SPY 1.10% is 0.80 pp, not 1.8")
plant(B, "ct-iwmstreak", "history", V, "the sixth session in a row in which\n  IWM trailed",
      "the ninth session in a row in which\n  IWM trailed", "ninth session",
      "IWM's trailing streak against SPY is six sessions (and the cited source says sixth)")
plant(B, "ct-vix", "subject", V, "The VIX fell 9.30 percent to 15.60", "The VIX fell 9.30 percent to 16.60",
      "16.60", "the VIX closed at 15.60")
plant(B, "ct-recday", "date", WM, "set on Thursday, October 22", "set on Tuesday, October 22",
      "Tuesday, October 22", "October 22, 2026 was a Thursday")
plant(B, "ct-box", "level", D, "closer to the top than the bottom", "closer to the bottom than the top",
      "closer to the bottom", "$688.00 in a $678.45-$694.71 range is in its upper part (9.55 of 16.26 up)")
plant(B, "ct-sma200pct", "derived", DER, "sits 6.48 percent above it", "sits 8.48 percent above it",
      "8.48 percent", "$688.00 is 6.48% above the 200-day $646.13, not 8.48%")
plant(B, "ct-slope", "trend", P, "the 200-day is basically flat", "the 200-day is falling hard",
      "falling hard", "the 200-day rose 0.13% over 20 sessions: flat, not falling hard")
plant(B, "ct-rsi", "indicator", IND, "RSI\n  is 55.0, middle of the road",
      "RSI\n  is 55.0, deep in overbought territory", "overbought", "RSI 55.0 is not overbought")
plant(B, "ct-setup", "setup", SG, "with a stop at $690.03", "with a stop at $699.03", "$699.03",
      "a long entered at $697.09 cannot have its stop above the entry")
plant(B, "ct-rr", "setup", SRR, "That is a two-to-one trade", "That is a four-to-one trade", "four-to-one",
      "($710.97-$697.09)/($697.09-$690.03) = 13.88/7.06 = 2.0, not 4")
plant(B, "ct-month", "timeframe", V, "down 0.97 percent on the month", "down 2.97 percent on the month",
      "2.97 percent", "SPY's 1-month return is -0.97%")
plant(B, "ct-ytd", "direction", D, "up 3.28 percent on the year", "down 3.28 percent on the year",
      "down 3.28 percent", "SPY's year-to-date return is +3.28%")


B = "hebrew-QQQ-2026-11-20"
clean(B, "QQQ-2026-11-20", "translation-hebrew", "md",
      "notes of an Israeli retail investors' WhatsApp group translated from Hebrew: shekel amounts that "
      "are not market data, a group count, the tech fund's Friday, its record and average, the options "
      "walls and a breakout plan with the ratio in words",
      """\
# Notes from the group "Tel Aviv Index Savers" (translated from Hebrew)

Posted Motzei Shabbat, November 21, 2026 · 212 members · translation by a volunteer, 3 corrections
  welcome

Friends, the summary of the week, as every Saturday night.

Invesco QQQ closed on Friday at $626.40, a jump of 1.90%, which is $11.68 a share. The Nasdaq 100
  itself rose 1.9% to 25,753.96 [^1]. For those who bought at the open ($618.09), it was a good day;
  the low was $614.90 and the high $631.45.

This was not a small move: roughly one and a half times the average daily range (ATR $8.05), and the
  volume, 86.8 million units, was double the 20-day average of 44.3 million. Against the broad
  market, QQQ beat SPY (up 1.10%) by 0.80 points and the small caps of IWM (up 0.30%) by 1.60 points.

Where are we compared to the record? The record close is $629.76, from Wednesday, November 11, and
  QQQ ended 0.53% below it [^1]. So, no new record yet. Tuesday's close was $615.97, 2.2% short of the
  same record [^2].

Over five sessions the fund is up 1.28%, over a month up only 0.27%, and since the start of the year
  up 4.91%. A member who counts in shekels asked about 4,000 shekels a month in a savings plan: that is
  a personal question, and we do not answer it here.

Technically, the 50-day average is $614.02 and the price is 2.02% above it; the 200-day is $580.22,
  with the price 7.96% above it. The golden cross is from July 27, 83 sessions ago, and the 50-day keeps
  rising
  (about 1.5% in twenty sessions). The RSI is 56.4; the MACD 1.96 is below its signal 2.46.

Options for Friday November 27: the biggest call wall is at $640.00 and the put wall at $610.00 [^3];
  the put-call ratio is 1.32.

My plan (not a recommendation!): buy only on a close above $630.00, stop at $621.95, target $649.31.
  Reward to risk is about two and a half to one.

Next meeting of the group: Tuesday at 20:30, on Zoom, 45 minutes. The coffee fund stands at 180 shekels.

<<SOURCES>>
""", sources=("hs-megacap20", "tw-nasdaq17", "tw-opex20"), source_format="foot")

plant(B, "he-close", "value", V, "closed on Friday at $626.40", "closed on Friday at $628.40", "$628.40",
      "QQQ's close is $626.40")
plant(B, "he-chg", "value", V, "which is $11.68 a share", "which is $13.68 a share", "$13.68",
      "QQQ's 1-day change is $11.68")
plant(B, "he-ndxcite", "citation", CU, "rose 1.9% to 25,753.96 [^1]", "rose 1.9% to 25,753.96 [^4]", "[^4]",
      "three sources are listed: [^4] resolves to nothing")
plant(B, "he-open", "value", V, "at the open ($618.09)", "at the open ($620.09)", "$620.09",
      "QQQ's open was $618.09")
plant(B, "he-atrwords", "words", V, "roughly one and a half times the average daily range",
      "roughly three times the average daily range", "three times",
      "the move is 1.6 ATR ($11.68 / $8.05 = 1.45), not three")
plant(B, "he-notsmall", "negation", MG, "This was not a small move", "This was a small move",
      "a small move", "a 1.90% move of 1.6 ATR is not small")
plant(B, "he-double", "words", V, "was double the 20-day average", "was triple the 20-day average",
      "triple", "86.8M over 44.3M is 2.0 times, not three")
plant(B, "he-iwmsubj", "subject", V, "the small caps of IWM (up 0.30%)", "the small caps of IWM (up 0.60%)",
      "IWM (up 0.60%)", "IWM rose 0.30%; 0.60% is DIA's move", real=True)
plant(B, "he-div", "derived", DER, "by 1.60 points", "by 1.20 points", "1.20 points",
      "QQQ 1.90% minus IWM 0.30% is 1.60 pp")
plant(B, "he-recday", "date", WM, "from Wednesday, November 11", "from Thursday, November 11",
      "Thursday, November 11", "November 11, 2026 was a Wednesday")
plant(B, "he-norecord", "negation", P, "So, no new record yet.", "So, a new record again.",
      "a new record", "QQQ closed 0.53% below its record close: no new record")
plant(B, "he-tue", "history", V, "Tuesday's close was $615.97", "Tuesday's close was $618.97", "$618.97",
      "QQQ closed at $615.97 on Tuesday, Nov 17 (bars and source [^2])")
plant(B, "he-5d", "timeframe", V, "the fund is up 1.28%", "the fund is up 2.28%", "2.28%",
      "QQQ's 5-session return is 1.28%")
plant(B, "he-sma50", "level", V, "the 50-day average is $614.02", "the 50-day average is $611.02", "$611.02",
      "QQQ's 50-day average is $614.02")
plant(B, "he-crossdate", "date", DU, "The golden cross is from July 27", "The golden cross is from June 27",
      "June 27", "the golden cross dates from July 27, 2026")
plant(B, "he-slope", "trend", V, "(about 1.5% in twenty sessions)", "(about 4.5% in twenty sessions)",
      "4.5%", "the 50-day rose 1.49% over 20 sessions")
plant(B, "he-macd", "indicator", IND, "the MACD 1.96 is below its signal",
      "the MACD 1.96 is above its signal", "above its signal", "MACD 1.96 is below its signal 2.46")
plant(B, "he-wall", "value", V, "call wall is at $640.00", "call wall is at $650.00", "$650.00",
      "QQQ's call wall is $640.00 (and the cited expiry story says $640 calls)")
plant(B, "he-rr", "setup", SRR, "about two and a half to one", "about four to one", "four to one",
      "($649.31-$630.00)/($630.00-$621.95) = 19.31/8.05 = 2.4")
plant(B, "he-scale", "scale", SC, "closed on Friday at $626.40", "closed on Friday at 25,753.96 dollars",
      "25,753.96",
      "QQQ is an ETF near $626; 25,753.96 is the Nasdaq 100 index level quoted as the fund's price",
      real=True)


B = "indonesian-IWM-2026-11-20"
clean(B, "IWM-2026-11-20", "translation-indonesian", "md",
      "a Jakarta-based retail brokerage's weekly column on US small caps translated from Indonesian: "
      "rupiah amounts and a lot size that are not market data, IWM's Friday inside its box, the "
      "relative streak against SPY, yields from a cited rates note and the options board",
      """\
# Small Caps This Week (translated from Indonesian)

Weekly column, edition 47/2026 · for members of the Sahabat Saham community (3,400 readers)

Friday was a strong day for Wall Street, but not for small companies. The iShares Russell 2000 ETF
  (IWM) only rose 0.30%, or $0.73, to close at $244.30 [1]. The Russell 2000 index rose 0.3% to
  2,456.17. Meanwhile, the S&P 500 rose 1.1% and the Nasdaq 100 1.9% [2].

That makes it the sixth consecutive session in which IWM has lagged SPY, by an average of about 0.42
  points per day. On Friday alone the gap was 0.80 points against SPY and 1.60 against QQQ.

The movement was very small: roughly a fifth of the average daily range (ATR $2.83). The volume, 39.6
  million shares, was 1.3 times the 20-day average.

IWM is still stuck in a box. For 25 sessions the closes have stayed between $241.00 and $249.26; the
  top is the close of Thursday, November 12, which was the highest close of the range before the
  price turned down [1]. On Thursday the fund closed at $243.57 and the index fell 0.5% to 2,448.71 [3].

Over one week IWM fell 1.10%; over a month, 1.65%. Since the beginning of the year it has risen only
  0.42%. The record close is $257.77, from November 28, 2025, and IWM is now 5.23% below it.

The 50-day average, $245.77, is above the price (IWM 0.60% below it), so it acts as resistance, while
  the price is 5.86% above the 200-day, $230.77. Both averages are almost flat over twenty sessions.
  The golden cross from August 10 is still valid; in our group chat, Pak Budi called
  it "a golden cross that nobody noticed". The RSI is 48.2, neutral. The MACD (0.31) is under
  its signal line (0.51).

Rates may help: the US 10-year yield fell 7 basis points to 4.06% and the 2-year to 3.47% [4].

The options: max pain for the expiry of November 27 is $245.00, the largest call position is at
  $250.00 and the largest put position at $240.00.

For comparison, buying one lot of 100 shares of a Jakarta bank costs about Rp 450,000, and our
  community fee is Rp 25,000 a month. Questions: send them before Thursday 16:00 WIB.

<<SOURCES>>
""", sources=("ld-smallcaps20", "ld-rebound20", "tw-box19", "mb-yields20"), source_format="md")

plant(B, "id-close", "value", V, "to close at $244.30 [1]", "to close at $246.30 [1]", "$246.30",
      "IWM closed at $244.30")
plant(B, "id-chg", "value", V, "or $0.73, to close", "or $1.73, to close", "$1.73",
      "IWM's 1-day change is $0.73")
plant(B, "id-rut", "subject", V, "index rose 0.3% to\n  2,456.17", "index rose 0.3% to\n  2,465.79",
      "2,465.79", "the Russell 2000 closed at 2,456.17 on Friday; 2,465.79 is its Tuesday close", real=True)
plant(B, "id-nasdaqcite", "citation", CS, "the Nasdaq 100 1.9% [2]", "the Nasdaq 100 1.9% [4]", "[4]",
      "source [4] is the rates note; the Nasdaq 100's 1.9% is in [2]")
plant(B, "id-streak", "history", V, "the sixth consecutive session", "the fourth consecutive session",
      "fourth", "IWM trailed SPY six sessions in a row")
plant(B, "id-qqqgap", "derived", DER, "1.60 against QQQ", "1.40 against QQQ", "1.40 against QQQ",
      "QQQ 1.90% minus IWM 0.30% is 1.60 pp")
plant(B, "id-fifth", "words", V, "roughly a fifth of the average daily range",
      "roughly twice the average daily range", "twice",
      "a $0.73 move is 0.26 ATR ($2.83), not two", )
plant(B, "id-small", "magnitude", MG, "The movement was very small", "The movement was explosive",
      "explosive", "0.30% and 0.2 ATR is not explosive")
plant(B, "id-box", "value", V, "between $241.00 and $249.26", "between $241.00 and $251.26", "$251.26",
      "the range top is $249.26")
plant(B, "id-nov12", "date", WM, "close of Thursday, November 12", "close of Friday, November 12",
      "Friday, November 12", "November 12, 2026 was a Thursday")
plant(B, "id-week", "timeframe", V, "Over one week IWM fell 1.10%", "Over one week IWM fell 2.10%", "2.10%",
      "IWM's 5-session return is -1.10%")
plant(B, "id-record", "history", V, "The record close is $257.77", "The record close is $259.77", "$259.77",
      "IWM's record close is $257.77")
plant(B, "id-recdate", "date", DU, "from November 28, 2025", "from November 18, 2025", "November 18, 2025",
      "the record close was set on November 28, 2025")
plant(B, "id-sma50side", "level", LW, "so it acts as resistance", "so it acts as support", "support",
      "the 50-day $245.77 is above the close $244.30: it cannot be support")
plant(B, "id-flat", "trend", P, "Both averages are almost flat", "Both averages are climbing fast",
      "climbing fast", "the 50-day and 200-day moved -0.08% and -0.09% over 20 sessions: flat")
plant(B, "id-cross", "pattern", P, "The golden cross from August 10", "The death cross from August 10",
      "death cross", "IWM's 50-day is above its 200-day: a golden cross since August 10")
plant(B, "id-macd", "indicator", IND, "is under\n  its signal line", "is over\n  its signal line", "over",
      "MACD 0.31 is below its signal 0.51")
plant(B, "id-yield", "citation", NU, "fell 7 basis points to 4.06%", "fell 9 basis points to 4.06%",
      "9 basis points", "no fact holds the 10-year yield; the cited rates note says it fell 7 basis points: "
      "a figure matching neither is number-untraced")
plant(B, "id-putwall", "value", V, "largest put position at $240.00", "largest put position at $235.00",
      "$235.00", "IWM's put wall is $240.00")


B = "romanian-GSPC-2026-11-20"
clean(B, "idx_GSPC-2026-11-20", "translation-romanian", "txt",
      "a Bucharest financial daily's US-markets page translated from Romanian: lei prices of bread and "
      "fuel that are not market data, the S&P 500's Friday in points, the week's dated closes from "
      "cited wraps, the averages and a pending breakout in points",
      """\
Wall Street, in brief (translated from Romanian)
Page 11 · Saturday, 21 November 2026 · price of this edition: 5 lei

The S&P 500 index rebounded on Friday by 75.63 points, or 1.11%, to 6,901.69 points (1). On Thursday it
  had fallen 0.2% to 6,826.06 (2), and on Monday it had gained 0.4% to 6,855.03 (3). Friday's session
  ranged between 6,815.01 and 6,920.40.

The Nasdaq 100 gained 1.89%, almost 0.8 points more than the S&P 500, while the Dow Jones rose 0.58% and
  the Russell 2000 only 0.30%. The volatility index VIX fell to 15.60.

The daily move was slightly larger than the average true range of 70.89 points, a firm gain but no
  explosion. Over five sessions the index is up 1.10%, over a month down 0.95%, and since January
  up 3.33%.

The record close remains 6,968.14, from 22 October, and Friday's close is 0.95% below it; the intraday record
  is 6,992.05, set the same day. The index has stayed for 29 sessions between 6,805.34 and 6,968.14.
  A close above 6,992.05 would open the way to 7,130.94, with protection at 6,921.16; that is a
  pending setup, not a signal yet.

The 50-day average (6,824.87) is below the index, which is 1.13% above it, and 6.50% above the
  200-day average (6,480.69). The 50-day has risen by about 1.8% in twenty sessions. The
  golden cross dates from 21 September. RSI: 54.9. MACD: 8.49, under the signal of 16.37.

In Bucharest, a loaf of bread costs 6.50 lei and a litre of petrol 7.42 lei; the leu stayed near
  4.97 per euro all week. The next Fed decision: 9 December, in 13 sessions.

<<SOURCES>>
""", sources=("ld-rebound20", "hs-edge19", "hs-rebound16"), source_format="plain")

plant(B, "ro-pts", "value", V, "rebounded on Friday by 75.63 points", "rebounded on Friday by 57.63 points",
      "57.63 points", "the S&P 500 rose 75.63 points")
plant(B, "ro-close", "value", V, "or 1.11%, to 6,901.69 points", "or 1.11%, to 6,910.69 points",
      "6,910.69", "the S&P 500 closed at 6,901.69")
plant(B, "ro-thu", "history", V, "fallen 0.2% to 6,826.06", "fallen 0.2% to 6,862.06", "6,862.06",
      "Thursday's close was 6,826.06 (bars and source 2)")
plant(B, "ro-mondir", "direction", D, "on Monday it had gained 0.4%", "on Monday it had lost 0.4%",
      "lost 0.4%", "Monday's close 6,855.03 was up 0.4% (source 3 and the bars)")
plant(B, "ro-moncite", "citation", CU, "gained 0.4% to 6,855.03 (3)", "gained 0.4% to 6,855.03 (7)", "(7)",
      "three sources are listed: (7) resolves to nothing")
plant(B, "ro-ndx", "subject", V, "The Nasdaq 100 gained 1.89%", "The Nasdaq 100 gained 1.11%",
      "Nasdaq 100 gained 1.11%", "the Nasdaq 100 rose 1.89%; 1.11% is the S&P 500's move", real=True)
plant(B, "ro-gap", "derived", DER, "almost 0.8 points more", "almost 2.5 points more", "2.5 points",
      "1.89% minus 1.11% is 0.78 pp")
plant(B, "ro-rut", "direction", D, "the Russell 2000 only 0.30%", "the Russell 2000 lost 0.30%",
      "lost 0.30%", "the Russell 2000 rose 0.30%")
plant(B, "ro-mag", "magnitude", MG, "a firm gain but no\n  explosion", "a tiny drift, barely a\n  move",
      "a tiny drift", "a 1.11% move of 1.1 ATR is not a tiny drift")
plant(B, "ro-month", "timeframe", V, "over a month down 0.95%", "over a month down 3.95%", "3.95%",
      "the 1-month return is -0.95%")
plant(B, "ro-recdate", "date", DU, "6,968.14, from 22 October", "6,968.14, from 29 October", "29 October",
      "the record close was set on October 22, 2026")
plant(B, "ro-range", "value", V, "for 29 sessions between", "for 49 sessions between", "49 sessions",
      "the range has lasted 29 sessions")
plant(B, "ro-setup", "setup", SG, "with protection at 6,921.16", "with protection at 7,021.16", "7,021.16",
      "a long entered above 6,992.05 cannot have its stop above the entry")
plant(B, "ro-scale", "scale", SC, "200-day average (6,480.69)",
      "200-day average ($6,480.69)", "$6,480.69",
      "the S&P 500 is an index in points: its 200-day in dollars is on the wrong scale")
plant(B, "ro-slope", "trend", V, "risen by about 1.8% in twenty", "risen by about 4.8% in twenty", "4.8%",
      "the 50-day rose 1.77% over 20 sessions")
plant(B, "ro-cross", "date", DU, "golden cross dates from 21 September",
      "golden cross dates from 12 September", "12 September",
      "the golden cross dates from September 21, 2026")
plant(B, "ro-macd", "indicator", IND, "8.49, under the signal of 16.37", "8.49, above the signal of 16.37",
      "above the signal", "MACD 8.49 is below its signal 16.37")


B = "ukrainian-FSMI-2026-11-20"
clean(B, "idx_FSMI-2026-11-20", "translation-ukrainian", "md",
      "a Kyiv investment blog's note on the Frontier Select Markets index translated from Ukrainian: "
      "hryvnia prices and a generator's running cost that are not market data, a new 52-week low, the "
      "death cross, an oversold RSI and the gap to the S&P 500, all in points",
      """\
# Frontier markets: the floor keeps moving (translated from Ukrainian)

Blog "Hroshi bez paniky", entry No. 212 · 21 November 2026 · reading time 4 minutes

The Frontier Select Markets Index closed Friday at 35,112.40 points, down 312.84 points, or 0.88%. That
  is its lowest close in 52 weeks: the low of the past year was set on Friday itself. It is also the
  third lower close in a row, a loss of 3.58% over those three sessions; on Thursday the index had
  finished at 35,425.24.

While New York was rising (the S&P 500 added 1.11%), the frontier index fell, a gap of almost two
  points in a single day. It has now trailed the S&P 500 for three sessions in a row.

The damage over longer periods: minus 3.07% in five sessions, minus 8.56% in a month, and minus 18.33%
  since January. From the 52-week high of 48,944.52 (19 August 2026) the index has lost 28.26%, and it is
  32.50% below its all-time high of 52,018.76 from November 2024.

The averages point down. The 50-day average is at 39,210.55 and the index is 10.45% below it; the
  200-day average is 43,740.76, and the index is 19.73% below that one. The 50-day has fallen about 9.4% in
  twenty
  sessions, a steep decline, and the 200-day is also sloping down. The death cross came on 15 October,
  26 sessions ago.

A reader wrote to me: "the RSI says oversold, so is it time?" The RSI is 23.0, deep in
  oversold territory, and the MACD, at -1,085.04, sits below its signal line of
  -1,025.37. The day's move was about 0.6 of the average true range (549.68 points): not a crash, a
  steady grind. Round-number support is 35,000; the first resistance is 35,500.

Daily life for comparison: a kilogram of buckwheat costs 62 hryvnias, and running a small generator for
  one evening about 180 hryvnias. I have been writing this blog since 2019; 1,450 people subscribe.

Nothing here is investment advice.
""")

plant(B, "ua-close", "value", V, "closed Friday at 35,112.40 points", "closed Friday at 35,211.40 points",
      "35,211.40", "the index closed at 35,112.40")
plant(B, "ua-pts", "value", V, "down 312.84 points", "down 321.84 points", "321.84",
      "the 1-day change is -312.84 points")
plant(B, "ua-low", "negation", P, "That\n  is its lowest close in 52 weeks",
      "That\n  is not its lowest close in 52 weeks", "not its lowest close",
      "the close 35,112.40 is the 52-week low close (set on Nov 20)")
plant(B, "ua-streak", "history", V, "third lower close in a row", "fifth lower close in a row",
      "fifth lower close", "the index closed lower three sessions running")
plant(B, "ua-thu", "history", V, "finished at 35,425.24", "finished at 35,524.24", "35,524.24",
      "Thursday's close was 35,425.24")
plant(B, "ua-gspc", "subject", V, "the S&P 500 added 1.11%", "the S&P 500 added 0.88%", "S&P 500 added 0.88%",
      "the S&P 500 rose 1.11%; 0.88% is the frontier index's own move (size)", real=True)
plant(B, "ua-gapw", "words", DER, "a gap of almost two\n  points", "a gap of almost four\n  points",
      "almost four", "-0.88% against +1.11% is a 1.99 pp gap, not four")
plant(B, "ua-relstreak", "history", V, "trailed the S&P 500 for three sessions in a row",
      "trailed the S&P 500 for eight sessions in a row", "eight sessions",
      "the index trailed the S&P 500 three sessions in a row")
plant(B, "ua-month", "timeframe", V, "minus 8.56% in a month", "minus 6.56% in a month", "6.56%",
      "the 1-month return is -8.56%")
plant(B, "ua-ytd", "timeframe", V, "minus 18.33%\n  since January", "minus 13.33%\n  since January", "13.33%",
      "the year-to-date return is -18.33%")
plant(B, "ua-hidate", "date", DU, "(19 August 2026)", "(19 July 2026)", "19 July 2026",
      "the 52-week high close was set on August 19, 2026")
plant(B, "ua-ath", "history", V, "all-time high of 52,018.76", "all-time high of 54,018.76", "54,018.76",
      "the all-time high close is 52,018.76")
plant(B, "ua-sma50", "derived", DER, "the index is 10.45% below it", "the index is 7.45% below it", "7.45%",
      "35,112.40 is 10.45% below the 50-day 39,210.55")
plant(B, "ua-slope", "trend", P, "a steep decline", "a gentle rise", "a gentle rise",
      "the 50-day fell 9.38% over 20 sessions: no rise")
plant(B, "ua-cross", "pattern", P, "The death cross came on 15 October",
      "The golden cross came on 15 October", "golden cross",
      "the 50-day is below the 200-day since Oct 15: a death cross")
plant(B, "ua-rsi", "indicator", IND, "deep in oversold territory", "deep in overbought territory",
      "overbought", "RSI 23.0 is oversold")
plant(B, "ua-crash", "magnitude", MG, "not a crash, a\n  steady grind", "a crash, not a\n  steady grind",
      "a crash", "-0.88% at 0.6 ATR is no crash")
plant(B, "ua-support", "level", LW, "Round-number support is 35,000", "Round-number support is 35,500",
      "35,500", "35,500 is above the close 35,112.40: it cannot be support", real=True)
plant(B, "ua-scale", "scale", SC, "closed Friday at 35,112.40 points", "closed Friday at $35,112.40",
      "$35,112.40", "the Frontier Select Markets Index is quoted in points, not dollars", real=True)


B = "realtor-FRNT-2026-11-20"
clean(B, "FRNT-2026-11-20", "realtor-aside", "md",
      "a real-estate agent's monthly market letter with an aside on the frontier-markets ETF a client "
      "asked about: house prices, days on market, a commission rate and mortgage rates that are not "
      "market data, then FRNT's new low, its averages and oversold reading in dollars",
      """\
# The Hillcrest Homes Letter, December 2026

Dear neighbours,

November was calm. We closed 14 sales in Hillcrest and Maple Ridge, the median price was $412,500, and
  homes spent 23 days on the market on average, down from 31 in October. A 30-year fixed mortgage was
  quoted at 6.1% by the two lenders I work with most. My commission stays at 2.5%.

A market aside, because three of you asked at the open house on Sunday: what is going on with that
  frontier-markets fund? The Frontier Select Markets ETF (FRNT) closed Friday, November 20 at $30.01,
  down $0.26, or 0.86%, on the day. That was its lowest close of the past year; its high of the year,
  $41.82, came on August 19.

It has fallen three sessions in a row, 3.60% in total, and it is down 3.07% over the week, 8.56% over
  the month and 18.34% since New Year's Day. The fund trades 10.45% under its 50-day average of $33.51
  and 19.73% under its 200-day of $37.38; the 50-day crossed below the 200-day on October 15, a death
  cross, and both averages are still heading lower. One client called that "the 'death cross' everyone
  warned about", and for once the jargon fits.

For perspective, the S&P 500 fund SPY gained 1.10% on the same Friday, so FRNT lagged it by almost
  two points. The fund's RSI is 22.9, which is oversold, and the MACD, -0.93, is below its signal line
  of -0.88. Friday's volume, 7.8 million shares, was 1.2 times the usual.

Its all-time high was $44.45 in November 2024, so the fund has lost about a third of its value since
  then (32.49%). The $30 line sits just under the price; $31 is the nearest ceiling.

I am not a financial adviser and this is not advice; I sell houses. The holiday open house is Saturday,
  December 12, from 1 to 4 p.m., 18 Linden Court. Cider is free.

Warmly, Dana
""")

plant(B, "re-close", "value", V, "closed Friday, November 20 at $30.01",
      "closed Friday, November 20 at $30.41", "$30.41", "FRNT closed at $30.01")
plant(B, "re-chg", "value", V, "down $0.26, or 0.86%", "down $0.46, or 0.86%", "$0.46",
      "FRNT's 1-day change is -$0.26")
plant(B, "re-low", "negation", P, "That was its lowest close of the past year",
      "That was not its lowest close of the past year", "not its lowest close",
      "$30.01 is the 52-week low close, set on Nov 20")
plant(B, "re-hi", "history", V, "its high of the year,\n  $41.82", "its high of the year,\n  $43.82",
      "$43.82", "FRNT's 52-week high close is $41.82")
plant(B, "re-hidate", "date", DU, "came on August 19", "came on September 19", "September 19",
      "the 52-week high was set on August 19, 2026")
plant(B, "re-streak", "history", V, "3.60% in total", "5.60% in total", "5.60%",
      "the three down sessions lost 3.60%")
plant(B, "re-week", "timeframe", V, "down 3.07% over the week", "down 4.07% over the week", "4.07%",
      "FRNT's 5-session return is -3.07%")
plant(B, "re-ytd", "timeframe", V, "18.34% since New Year's Day", "12.34% since New Year's Day", "12.34%",
      "FRNT's year-to-date return is -18.34%")
plant(B, "re-sma200", "level", V, "200-day of $37.38", "200-day of $36.38", "$36.38",
      "FRNT's 200-day average is $37.38")
plant(B, "re-crossdate", "date", DU, "below the 200-day on October 15", "below the 200-day on October 25",
      "October 25", "the death cross dates from October 15, 2026")
plant(B, "re-slope", "trend", P, "both averages are still heading lower",
      "both averages are now turning higher", "turning higher",
      "the 50-day fell 9.39% and the 200-day 1.57% over 20 sessions")
plant(B, "re-spy", "subject", V, "SPY gained 1.10% on the same Friday", "SPY gained 0.30% on the same Friday",
      "SPY gained 0.30%", "SPY rose 1.10%; 0.30% is IWM's move", real=True)
plant(B, "re-lagw", "words", DER, "lagged it by almost\n  two points", "lagged it by almost\n  five points",
      "five points", "-0.86% against +1.10% is 1.96 pp, not five")
plant(B, "re-rsi", "indicator", IND, "which is oversold", "which is overbought", "overbought",
      "RSI 22.9 is oversold")
plant(B, "re-third", "words", V, "about a third of its value", "about half of its value", "half",
      "FRNT is 32.49% below its all-time high: about a third, not half")
plant(B, "re-ceiling", "level", LW, "$31 is the nearest ceiling", "$29 is the nearest ceiling", "$29",
      "a ceiling at $29 would be below the close $30.01")
plant(B, "re-scale", "scale", SC, "closed Friday, November 20 at $30.01",
      "closed Friday, November 20 at 35,112.40", "35,112.40",
      "FRNT is an ETF near $30; 35,112.40 is its index's level", real=True)


B = "forecast-SPY-2026-11-17"
clean(B, "SPY-2026-11-17", "weather-forecast", "md",
      "a market outlook written as a TV weather forecast: temperatures, wind speeds, a pollen count and "
      "a 7-day grid that are not market data, SPY's Tuesday as 'light showers', the 50-day as a "
      "levee it barely held, a dip-buying setup and cited wraps for the S&P 500, oil and the dollar",
      """\
# The Market Forecast for Wednesday, November 18, 2026

Good evening, I'm your market meteorologist, and yes, outside it is 4°C with winds from the northwest
  at 25 km/h. Here is what the tape did today, Tuesday.

**Conditions today.** Light showers over large caps. The SPDR S&P 500 ETF (SPY) closed at $679.84,
  down $3.41 or 0.50% from Monday's $683.25. The S&P 500 itself lost 0.5% to 6,821.04 [1]. Nothing
  stormy: the drop was about half of an average day's range (ATR $7.16), and volume of 73.0 million
  shares was only 1.1 times normal.

**Regional radar.** Heavier rain over tech: QQQ fell 0.90%, so SPY held up better by 0.40 points. The
  Dow fund DIA slipped 0.20%. Small caps got soaked: IWM lost 0.80%, the third session in a row in
  which it trailed SPY [1]. The VIX, our barometer, rose 6.02% to 17.60.

**The levee.** SPY closed just 0.09% above its 50-day average of $679.19, so the levee held, barely.
  On Monday, the S&P 500 had bounced 0.4% to 6,855.03 and stayed above that average [2]. The 200-day,
  at $645.83, is far below; SPY sits 5.27% above it. The 50-day is still climbing, about 2.2% over the
  last twenty sessions, while the 200-day is close to flat. The golden cross from September 21 is 41
  sessions old and still in force.

**Pressure systems.** RSI 46.8: mild, not cold. The MACD (1.09) sits below its signal line (2.42), a
  weak low-pressure area. The record close of $694.71 (Thursday, October 22) is out of reach for now:
  SPY is 2.14% below it. For 40 sessions SPY has closed between $673.92 and $694.71.

**The 7-day outlook.** Oil slid 2.7% to $67.35 a barrel [3], and the dollar index rose 0.3% to 99.95
  [3]. The Fed decision is on December 9, 16 sessions away. My plan for anyone who wants umbrellas: buy
  a dip to $673.92, stop at $668.55, target $691.80, better than three to one.

**Over the week,** SPY is down 0.80%; over the month down 1.06%; for the year still up 2.05%.

Pollen count: low (12). Tomorrow: 6°C, partly cloudy, 40% chance of drizzle after 3 p.m.

<<SOURCES>>
""", sources=("hs-slides17", "tw-50day16", "ld-oil17"), source_format="md")

plant(B, "wx-close", "value", V, "closed at $679.84,\n  down $3.41", "closed at $677.84,\n  down $3.41",
      "$677.84", "SPY closed at $679.84")
plant(B, "wx-prev", "history", V, "from Monday's $683.25", "from Monday's $685.25", "$685.25",
      "Monday's close was $683.25")
plant(B, "wx-half", "words", V, "about half of an average day's range", "about twice an average day's range",
      "twice", "$3.41 over ATR $7.16 is 0.48, about half")
plant(B, "wx-stormy", "magnitude", MG, "Nothing\n  stormy: the drop", "A\n  plunge: the drop", "plunge",
      "-0.50% at 0.5 ATR is no plunge")
plant(B, "wx-qqq", "subject", V, "QQQ fell 0.90%", "QQQ fell 0.50%", "QQQ fell 0.50%",
      "QQQ fell 0.90%; 0.50% is SPY's own move", real=True)
plant(B, "wx-div", "derived", DER, "held up better by 0.40 points", "held up better by 0.85 points",
      "0.85 points", "-0.50% against -0.90% is a 0.40 pp gap")
plant(B, "wx-iwmstreak", "history", V, "the third session in a row in\n  which it trailed",
      "the seventh session in a row in\n  which it trailed", "seventh",
      "IWM trailed SPY three sessions in a row (and the cited wrap says third)")
plant(B, "wx-vix", "direction", D, "The VIX, our barometer, rose 6.02%", "The VIX, our barometer, fell 6.02%",
      "fell 6.02%", "the VIX rose 6.02% to 17.60")
plant(B, "wx-levee", "derived", DER, "just 0.09% above its 50-day", "just 0.79% above its 50-day", "0.79%",
      "$679.84 is 0.09% above the 50-day $679.19")
plant(B, "wx-moncite", "citation", CS, "stayed above that average [2]", "stayed above that average [3]",
      "[3]", "source [3] is the oil story; the S&P 500's Monday bounce is in [2]")
plant(B, "wx-slope", "trend", V, "about 2.2% over the\n  last twenty sessions",
      "about 5.2% over the\n  last twenty sessions", "5.2%", "the 50-day rose 2.16% over 20 sessions")
plant(B, "wx-crossage", "history", V, "is 41\n  sessions old", "is 14\n  sessions old", "14\n  sessions",
      "the golden cross is 41 sessions old")
plant(B, "wx-rsi", "indicator", IND, "RSI 46.8: mild, not cold", "RSI 46.8: oversold, freezing",
      "oversold", "RSI 46.8 is not oversold")
plant(B, "wx-recdate", "date", WM, "(Thursday, October 22)", "(Wednesday, October 22)",
      "Wednesday, October 22", "October 22, 2026 was a Thursday")
plant(B, "wx-recpct", "derived", DER, "SPY is 2.14% below it", "SPY is 4.14% below it",
      "4.14%", "SPY is 2.14% below its record close")
plant(B, "wx-oil", "value", V, "Oil slid 2.7% to $67.35", "Oil slid 4.2% to $67.35", "4.2%",
      "WTI fell 2.67% (the cross-market fact; the cited oil story says 2.7%)")
plant(B, "wx-fed", "date", DU, "on December 9, 16 sessions away", "on December 16, 16 sessions away",
      "December 16", "the Fed decision is on December 9, 2026")
plant(B, "wx-rr", "setup", SRR, "better than three to one", "better than five to one", "five to one",
      "($691.80-$673.92)/($673.92-$668.55) = 17.88/5.37 = 3.3")
plant(B, "wx-ytd", "timeframe", V, "for the year still up 2.05%", "for the year still up 3.45%", "3.45%",
      "SPY's year-to-date return is 2.05%")


B = "crossword-QQQ-2026-11-17"
clean(B, "QQQ-2026-11-17", "crossword-column", "md",
      "a newspaper's weekly markets crossword column: clue numbers, letter counts, a prize and a "
      "deadline that are not market data, clues and answers built on the Nasdaq 100 fund's Tuesday, its "
      "record, its averages and a pending dip-buy, with cited wraps",
      """\
# Cross Words on Wall Street, Puzzle No. 318

Wednesday, November 18, 2026 · Solutions to puzzle No. 317 on page 42 · prize: a $50 book token

Each clue below is about yesterday's tape; the explanations give the answers away, so cover them if
  you want to solve first. Letter counts are in brackets.

**1 Across: Tech fund that shed nine-tenths of a percent on Tuesday (3).** QQQ. The Invesco QQQ Trust
  closed at $615.97, down $5.59 from Monday's $621.56, a drop of 0.90% [1]. The Nasdaq 100 matched it,
  falling 0.9% to 25,326.20 [1].

**4 Across: What the fund did against SPY (6).** Lagged. SPY lost 0.50%, so QQQ was 0.40 points worse.
  It even did slightly worse than the small-cap IWM, which fell 0.80%.

**7 Down: Where Tuesday's close sat in the day's range (6).** Bottom. The high was $624.18 and the low
  $615.95, two cents under the close.

**9 Across: The record the fund backed away from (6, 5).** Record close: $629.76, set on Wednesday,
  November 11. QQQ finished 2.19% below it; the source rounds that to 2.2% [1]. The intraday peak,
  $632.37, came a day later, on November 12.

**12 Down: The average that still holds (5-3).** Fifty-day, at $612.70, just 0.53% under the price.
  The 200-day is $579.82, with the price 6.24% above it. The golden cross dates from July 27 and is 80
  sessions old; the 50-day has been rising, about 1.8% over twenty sessions.

**15 Across: Not overbought, not oversold (7).** Neutral: the RSI is 48.4. The MACD, 2.43, is below its
  3.05 signal line.

**17 Down: Volume, compared with usual (5, 3).** Above par: 61.1 million shares against a 20-day
  average of 42.0 million, about one and a half times as many.

**20 Across: The fear gauge's move (4).** Rose: the VIX climbed 1.0 points to 17.6 [1], after ending
  the week before at 17.3 [2].

**22 Down: A size word for the move (7).** Orderly, not a rout: the loss was about seven-tenths of an
  average true range ($7.99).

**24 Across: Where a dip buyer waits (5).** Lower: a pending long at $612.70, the 50-day, with a stop
  at $606.71 and a target of $622.21, about one and a half to one.

**26 Down: Over a week (4).** Down: 1.80% over five sessions, though the fund is still up 3.16% for the
  year.

Send completed grids by Friday 5 p.m. to the Puzzles Desk, 2 Harbour Row. Last week 1,284 readers
  entered; 311 were correct.

<<SOURCES>>
""", sources=("tw-nasdaq17", "hs-weekahead14"), source_format="md")

plant(B, "cw-words", "words", V, "shed nine-tenths of a percent", "shed three-tenths of a percent",
      "three-tenths of a percent", "QQQ fell 0.90%, not 0.3%")
plant(B, "cw-close", "value", V, "closed at $615.97, down $5.59", "closed at $613.97, down $5.59", "$613.97",
      "QQQ closed at $615.97")
plant(B, "cw-prev", "history", V, "from Monday's $621.56", "from Monday's $623.56", "$623.56",
      "Monday's close was $621.56")
plant(B, "cw-ndxcite", "citation", CS, "falling 0.9% to 25,326.20 [1]", "falling 0.9% to 25,326.20 [2]",
      "[2]", "source [2] is the week-ahead preview from Nov 14; Tuesday's Nasdaq 100 close is in [1]")
plant(B, "cw-spy", "subject", V, "SPY lost 0.50%", "SPY lost 0.80%", "SPY lost 0.80%",
      "SPY fell 0.50%; 0.80% is IWM's move", real=True)
plant(B, "cw-iwm", "direction", D, "It even did slightly worse than the small-cap IWM",
      "It even did slightly better than the small-cap IWM", "better",
      "QQQ -0.90% against IWM -0.80%: QQQ did worse")
plant(B, "cw-low", "value", V, "the low\n  $615.95", "the low\n  $614.95", "$614.95",
      "QQQ's session low is $615.95")
plant(B, "cw-recday", "date", WM, "set on Wednesday,\n  November 11", "set on Tuesday,\n  November 11",
      "Tuesday,\n  November 11", "November 11, 2026 was a Wednesday")
plant(B, "cw-recpct", "derived", DER, "QQQ finished 2.19% below it", "QQQ finished 1.19% below it", "1.19%",
      "$615.97 is 2.19% below the record $629.76")
plant(B, "cw-intraday", "history", V, "The intraday peak,\n  $632.37", "The intraday peak,\n  $634.37",
      "$634.37", "the 52-week intraday high is $632.37")
plant(B, "cw-sma50", "level", V, "Fifty-day, at $612.70", "Fifty-day, at $610.70", "$610.70",
      "QQQ's 50-day is $612.70")
plant(B, "cw-cross", "pattern", P, "The golden cross dates from July 27",
      "The death cross dates from July 27", "death cross",
      "QQQ's 50-day is above its 200-day: a golden cross")
plant(B, "cw-slope", "trend", P, "the 50-day has been rising", "the 50-day has been falling",
      "falling", "the 50-day rose 1.77% over 20 sessions")
plant(B, "cw-rsi", "negation", IND, "Not overbought, not oversold (7).** Neutral: the RSI",
      "Overbought (10).** Stretched: the RSI", "Overbought", "RSI 48.4 is not overbought")
plant(B, "cw-macd", "indicator", IND, "The MACD, 2.43, is below its", "The MACD, 2.43, is above its",
      "above", "MACD 2.43 is below its signal 3.05")
plant(B, "cw-volw", "words", V, "about one and a half times as many", "about three times as many",
      "three times", "61.1M over 42.0M is 1.5 times")
plant(B, "cw-vix", "citation", NU, "climbed 1.0 points to 17.6 [1]", "climbed 2.0 points to 17.6 [1]",
      "2.0 points", "no fact holds the VIX's change in points; the cited story says 1.0: "
      "a figure matching neither is number-untraced")
plant(B, "cw-rout", "magnitude", MG, "Orderly, not a rout", "A rout, not orderly", "A rout",
      "-0.90% at 0.7 ATR is not a rout")
plant(B, "cw-stop", "setup", SG, "with a stop\n  at $606.71", "with a stop\n  at $616.71", "$616.71",
      "a long entered at $612.70 cannot have its stop above the entry")
plant(B, "cw-week", "timeframe", V, "1.80% over five sessions", "2.80% over five sessions", "2.80%",
      "QQQ's 5-session return is -1.80%")


B = "riskbreach-IWM-2026-11-17"
clean(B, "IWM-2026-11-17", "risk-limit-report", "txt",
      "a hedge fund's risk-limit breach report on its IWM hedge: a report number, limits in dollars and "
      "contracts, timestamps, headcounts and an approval chain that are not market data, then the "
      "fund's Tuesday, its box and averages, and the cited wraps for Friday and Monday",
      """\
RISK EVENT REPORT RE-2026-0417 · Small-Cap Long/Short Book · CONFIDENTIAL
Prepared 17 Nov 2026, 18:40 ET, by Risk (2 analysts); reviewed by the CRO at 19:15 ET

1. Event. At 15:52 ET the book's gross exposure reached $412 million against a limit of $400 million
  (103%), after the desk added to its short hedge in the iShares Russell 2000 ETF (IWM). The breach
  lasted 38 minutes and was cured at 16:30 ET by closing 1,200 of the 9,000 hedge contracts.

2. Market context. IWM closed at $245.28, down $1.98 or 0.80% from Monday's $247.26 (2). The Russell
  2000 fell 0.78% to 2,465.79. The S&P 500 fund SPY fell 0.50%, so IWM trailed it by 0.30 points, the
  third session in a row of underperformance against SPY. The Nasdaq 100 fund QQQ did slightly worse
  than IWM, down 0.90%.

The move was ordinary in size, about 0.6 of the ATR ($3.22), on volume equal to the 20-day average
  (31.1 million shares). Intraday the fund traded between $244.61 and $247.37.

3. Position in the range. For 22 sessions IWM has closed between $241.00 and $249.26. The top is the
  close of Thursday, November 12; on Friday, November 13 the fund fell back to $247.01 as the index lost
  0.9% (1). The close sits in the middle of the box, $4.28 above the floor and $3.98 below the lid.

4. Trend. IWM is 0.38% below its 50-day average of $246.21, which now acts as overhead resistance, and
  6.32% above its 200-day of $230.71. The 50-day has edged up 0.4% in twenty sessions; the 200-day is
  flat to slightly lower. The golden cross of August 10 (70 sessions) stands. The MACD, 0.86, is above
  its signal of 0.57, while the RSI sits at exactly 50.0.

5. Longer view. Down 1.00% over five sessions, up 1.46% over a month, up 0.82% for the year. IWM is 4.85%
  below its record close of $257.77 (November 28, 2025) and 20.18% above its 52-week low of $204.10 from
  April 9.

6. Actions. Limit unchanged. Desk head to re-submit the hedge plan by 09:00 ET on 18 Nov. Sign-offs: 3
  of 3 received.

<<SOURCES>>
""", sources=("hs-chips13", "hs-rebound16"), source_format="paren")

plant(B, "rb-close", "value", V, "IWM closed at $245.28, down", "IWM closed at $244.28, down", "$244.28",
      "IWM closed at $245.28")
plant(B, "rb-chg", "value", V, "down $1.98 or 0.80%", "down $2.98 or 0.80%", "$2.98",
      "IWM's 1-day change is -$1.98")
plant(B, "rb-rut", "subject", V, "2000 fell 0.78% to 2,465.79", "2000 fell 0.78% to 2,482.49", "2,482.49",
      "the Russell 2000 closed at 2,465.79 on Tuesday; 2,482.49 is its close of Nov 13", real=True)
plant(B, "rb-div", "derived", DER, "IWM trailed it by 0.30 points", "IWM trailed it by 0.55 points",
      "0.55 points", "-0.80% against -0.50% is a 0.30 pp gap")
plant(B, "rb-streak", "history", V, "third session in a row of underperformance",
      "sixth session in a row of underperformance", "sixth",
      "IWM trailed SPY three sessions in a row as of Nov 17")
plant(B, "rb-qqq", "direction", D, "QQQ did slightly worse\n  than IWM",
      "QQQ did slightly better\n  than IWM", "better", "QQQ -0.90% against IWM -0.80%: QQQ did worse")
plant(B, "rb-atr", "value", V, "the ATR ($3.22)", "the ATR ($3.72)", "$3.72", "IWM's 14-day ATR is $3.22")
plant(B, "rb-ordinary", "magnitude", MG, "The move was ordinary in size", "The move was a collapse",
      "a collapse", "-0.80% at 0.6 ATR is no collapse")
plant(B, "rb-low", "value", V, "between $244.61 and $247.37", "between $243.61 and $247.37", "$243.61",
      "IWM's session low is $244.61")
plant(B, "rb-nov13", "date", WM, "on Friday, November 13", "on Monday, November 13", "Monday, November 13",
      "November 13, 2026 was a Friday")
plant(B, "rb-nov13close", "history", V, "fell back to $247.01", "fell back to $246.01", "$246.01",
      "IWM closed at $247.01 on Nov 13 (bars and source 1)")
plant(B, "rb-floor", "derived", DER, "$4.28 above the floor", "$5.28 above the floor", "$5.28",
      "$245.28 minus $241.00 is $4.28")
plant(B, "rb-resist", "level", LW, "which now acts as overhead resistance",
      "which now acts as support underneath", "support",
      "the 50-day $246.21 is above the close $245.28: not support")
plant(B, "rb-slope", "trend", V, "has edged up 0.4% in twenty sessions",
      "has edged up 2.4% in twenty sessions", "2.4%", "IWM's 50-day rose 0.38% over 20 sessions")
plant(B, "rb-crossn", "history", V, "(70 sessions)", "(90 sessions)", "90 sessions",
      "the golden cross is 70 sessions old")
plant(B, "rb-macd", "indicator", IND, "The MACD, 0.86, is above\n  its signal",
      "The MACD, 0.86, is below\n  its signal", "below", "MACD 0.86 is above its signal 0.57")
plant(B, "rb-month", "timeframe", D, "up 1.46% over a month", "down 1.46% over a month", "down 1.46%",
      "IWM's 1-month return is +1.46%")
plant(B, "rb-recdate", "date", DU, "(November 28, 2025)", "(November 20, 2025)", "November 20, 2025",
      "IWM's record close was set on November 28, 2025")
plant(B, "rb-low52", "history", V, "52-week low of $204.10", "52-week low of $206.10", "$206.10",
      "IWM's 52-week low close is $204.10")


B = "instagram-RUT-2026-11-17"
clean(B, "idx_RUT-2026-11-17", "instagram-caption", "md",
      "a college investment club's Instagram carousel captions: slide numbers, a member count, a dues "
      "amount, a meeting room and hashtags with years, the Russell 2000's Tuesday in points, its box, "
      "its averages and the cited wraps",
      """\
@ridgeview.investment.club · 1/6 📉 Small-cap Tuesday recap!

Slide 1. The Russell 2000 closed at 2,465.79 on Tuesday, down 19.30 points or 0.78% (1). That is its
  lowest close since November 6. Monday it had finished at 2,485.09.

Slide 2. Big picture: the S&P 500 lost 0.50% and the Nasdaq 100 0.90%, so small caps actually beat
  tech by a hair (0.13 points) but trailed the S&P 500 for a third straight session. The Dow slipped
  0.21%. VIX up to 17.60 😬

Slide 3. Range check 📦 For 22 sessions the index has closed between 2,421.62 and 2,505.20. The top is
  the November 12 close; the next day it dropped 0.9% to 2,482.49 (2). Tuesday's close is a little
  above the middle of the box. Round number to watch underneath: 2,450.

Slide 4. Averages 📈 The 50-day is 2,473.93, and the index is 0.33% under it. The 200-day is way down at
  2,318.38 (the index sits 6.36% above it). Golden cross since August 10, 70 sessions ago. RSI 50.1 =
  dead neutral. MACD 8.85 still above its 5.83 signal 👀 Our
  president's one-liner: "MACD bullish, RSI neutral, trend intact."

Slide 5. The day was pretty normal in size, around 0.6 ATR (ATR is 32.44 points). Oil's slide hit the
  energy-heavy part of the index, which lost 0.8% (3). Week: down 0.98%. Month: up 1.48%. Year to date:
  up 0.85%.

Slide 6. Record close is 2,591.09 from November 28, 2025, and the index is 4.84% below it. The 52-week
  low is 2,050.63 (April 9).

Club stuff: 46 members, dues are $20 a semester, meetings Thursdays 7 p.m. in Hall B, Room 214. Not
  financial advice, we are sophomores 🙃 #RidgeviewInvests #ClassOf2028 #smallcaps

<<SOURCES>>
""", sources=("hs-slides17", "ld-turns13", "ld-oil17"), source_format="paren")

plant(B, "ig-close", "value", V, "closed at 2,465.79 on Tuesday", "closed at 2,456.79 on Tuesday", "2,456.79",
      "the Russell 2000 closed at 2,465.79")
plant(B, "ig-pts", "value", V, "down 19.30 points", "down 29.30 points", "29.30",
      "the index fell 19.30 points")
plant(B, "ig-lowest", "history", DU, "its\n  lowest close since November 6",
      "its\n  lowest close since October 6", "October 6",
      "the last close below 2,465.79 before Tuesday was Nov 6 (2,449.61)")
plant(B, "ig-mon", "history", V, "finished at 2,485.09", "finished at 2,458.09", "2,458.09",
      "Monday's close was 2,485.09")
plant(B, "ig-ndx", "subject", V, "the Nasdaq 100 0.90%", "the Nasdaq 100 0.78%", "Nasdaq 100 0.78%",
      "the Nasdaq 100 fell 0.90%; 0.78% is the Russell's own move", real=True)
plant(B, "ig-hair", "derived", DER, "by a hair (0.13 points)", "by a hair (0.43 points)", "0.43 points",
      "-0.78% against -0.90% is a 0.12-0.13 pp gap")
plant(B, "ig-streak", "history", V, "for a third straight session", "for a fifth straight session",
      "fifth straight", "the Russell trailed the S&P 500 three sessions in a row")
plant(B, "ig-range", "value", V, "closed between 2,421.62 and 2,505.20",
      "closed between 2,421.62 and 2,515.20", "2,515.20", "the range top is 2,505.20")
plant(B, "ig-nov13", "citation", CS, "dropped 0.9% to 2,482.49 (2)", "dropped 0.9% to 2,482.49 (3)", "(3)",
      "source (3) is the oil story of Nov 17; Friday's 2,482.49 is in (2)")
plant(B, "ig-mid", "level", D, "Round number to watch underneath: 2,450",
      "Round number to watch underneath: 2,500", "2,500", "2,500 is above the close 2,465.79: not underneath")
plant(B, "ig-sma50", "derived", DER, "the index is 0.33% under it", "the index is 1.83% under it", "1.83%",
      "2,465.79 is 0.33% below the 50-day 2,473.93")
plant(B, "ig-scale", "scale", SC, "The 200-day is way down at\n  2,318.38",
      "The 200-day is way down at\n  $2,318.38", "$2,318.38",
      "the Russell 2000 is an index in points, not dollars")
plant(B, "ig-cross", "date", DU, "Golden cross since August 10", "Golden cross since August 30",
      "August 30", "the golden cross dates from August 10, 2026")
plant(B, "ig-rsi", "indicator", IND, "RSI 50.1 =\n  dead neutral", "RSI 50.1 =\n  oversold",
      "oversold", "RSI 50.1 is not oversold")
plant(B, "ig-macd", "indicator", IND, "MACD 8.85 still above its 5.83 signal",
      "MACD 8.85 now below its 5.83 signal", "below", "MACD 8.85 is above its signal 5.83")
plant(B, "ig-normal", "magnitude", MG, "The day was pretty normal in size", "The day was a crash",
      "a crash", "-0.78% at 0.6 ATR is no crash")
plant(B, "ig-month", "timeframe", V, "Month: up 1.48%", "Month: up 4.48%", "4.48%",
      "the Russell 2000's 1-month return is +1.48%")
plant(B, "ig-rec", "history", V, "Record close is 2,591.09", "Record close is 2,519.09", "2,519.09",
      "the record close is 2,591.09")
plant(B, "ig-low", "date", DU, "2,050.63 (April 9)", "2,050.63 (April 19)", "April 19",
      "the 52-week low was set on April 9, 2026")


B = "pilot-SPY-2026-06-03"
clean(B, "SPY-2026-06-03", "pilot-layover-blog", "md",
      "an airline pilot's layover blog: flight numbers, altitudes, block hours, a hotel rate and a time "
      "zone that are not market data, SPY's fifth straight gain, its stretched RSI, a price above the "
      "upper Bollinger band, the death cross still in place and a breakout plan",
      """\
# Layover Notes: Denver, Wednesday, June 3, 2026

Flight 1182 landed at 3:47 p.m. local after 4 hours 12 minutes of block time, cruising at 37,000 feet,
  and the crew hotel charges the airline $139 a night. So naturally I checked the market from room 611.

The SPDR S&P 500 ETF (SPY) closed at $659.18, up $3.83 or 0.58% from Tuesday's $655.35. That makes five
  higher closes in a row, worth 4.87% together. The S&P 500 index finished at 6,609.79. Over a month
  the fund has climbed 8.87%, yet for the year it is still down 1.05%.

It was a quiet climb, though: about half an ATR ($7.75), on 51.6 million shares, only 0.7 times the
  20-day average. Light traffic, as we say on the radio.

The instruments say we are flying high. The RSI is 72.3, above the 70 line that marks overbought, and
  the close sits above the upper Bollinger band at $655.85. The MACD, 10.15, is above its signal line
  of 6.99. My first officer summed it up as "an overbought climb on light volume".

Odd one: the 50-day average ($616.10) is still below the 200-day ($647.76), so the death cross from
  March 27 has not been undone, 46 sessions later, even though the price is 6.99% above the 50-day and
  1.76% above the 200-day. The 50-day is still sloping slightly down; the 200-day is flat.

The crew compared notes. QQQ rose 0.57% and IWM 0.35%, but the Dow fund DIA fell 0.58%, so SPY beat it
  by more than a full point. The VIX rose 6.18% to 18.55, which is strange on an up day.

Where does this go? The record close is $692.73 from Wednesday, November 26, 2025, and SPY is
  4.84% below it. Resistance first at $665.30; support at $652.32. My plan, if I traded
  on layovers (I do not): buy a break of $665.54, stop at $657.79, target $681.23. That is two to one.

Pushback is at 6:10 a.m. tomorrow, Mountain Time. 2 more legs, then home.
""")

plant(B, "pl-close", "value", V, "closed at $659.18, up $3.83", "closed at $661.18, up $3.83", "$661.18",
      "SPY closed at $659.18")
plant(B, "pl-tue", "history", V, "from Tuesday's $655.35", "from Tuesday's $653.35", "$653.35",
      "Tuesday's close was $655.35")
plant(B, "pl-streak", "history", V, "five\n  higher closes in a row", "seven\n  higher closes in a row",
      "seven", "SPY closed higher five sessions running")
plant(B, "pl-gspc", "subject", SC, "The S&P 500 index finished at 6,609.79",
      "The S&P 500 index finished at $659.18", "$659.18",
      "the S&P 500 is an index near 6,609.79; $659.18 is SPY's price given as the index's", real=True)
plant(B, "pl-month", "timeframe", V, "the fund has climbed 8.87%", "the fund has climbed 6.87%", "6.87%",
      "SPY's 1-month return is +8.87%")
plant(B, "pl-ytd", "direction", D, "it is still down 1.05%", "it is now up 1.05%", "up 1.05%",
      "SPY's year-to-date return is -1.05%")
plant(B, "pl-half", "words", V, "about half an ATR", "about two ATRs", "two ATRs",
      "$3.83 over ATR $7.75 is 0.49 ATR")
plant(B, "pl-vol", "value", V, "only 0.7 times the\n  20-day", "only 1.9 times the\n  20-day", "1.9 times",
      "51.6M over 69.3M is 0.74")
plant(B, "pl-rsi", "indicator", IND, "above the 70 line that marks overbought",
      "below the 30 line that marks oversold", "oversold", "RSI 72.3 is overbought, not oversold")
plant(B, "pl-bb", "level", V, "upper Bollinger band at $655.85", "upper Bollinger band at $665.85", "$665.85",
      "SPY's upper Bollinger band is $655.85")
plant(B, "pl-cross", "pattern", P, "so the death cross from\n  March 27",
      "so the golden cross from\n  March 27", "golden cross",
      "the 50-day $616.10 is below the 200-day $647.76: a death cross since March 27")
plant(B, "pl-crossn", "history", V, "46 sessions later", "64 sessions later", "64 sessions",
      "the death cross is 46 sessions old")
plant(B, "pl-slope", "trend", P, "The 50-day is still sloping slightly down",
      "The 50-day is climbing steeply", "climbing steeply", "the 50-day fell 0.31% over 20 sessions")
plant(B, "pl-dia", "direction", D, "the Dow fund DIA fell 0.58%", "the Dow fund DIA rose 0.58%",
      "DIA rose 0.58%", "DIA fell 0.58%")
plant(B, "pl-vix", "value", V, "The VIX rose 6.18% to 18.55", "The VIX rose 6.18% to 17.55", "17.55",
      "the VIX closed at 18.55")
plant(B, "pl-recday", "date", WM, "from Wednesday, November 26, 2025", "from Friday, November 26, 2025",
      "Friday, November 26, 2025", "November 26, 2025 was a Wednesday")
plant(B, "pl-support", "level", LW, "support at $652.32", "support at $662.32", "$662.32",
      "a support at $662.32 would be above the close $659.18")
plant(B, "pl-rr", "setup", SRR, "That is two to one.", "That is four to one.", "four to one",
      "($681.23-$665.54)/($665.54-$657.79) = 15.69/7.75 = 2.0")


B = "restaurant-DIA-2026-06-03"
clean(B, "DIA-2026-06-03", "restaurant-cash-note", "md",
      "a restaurant owner's note to her bookkeeper on where the cash reserve sits: covers, payroll, a "
      "walk-in cooler repair and a line of credit rate that are not market data, then the Dow fund the "
      "reserve is parked in, its Wednesday, its averages and the levels she watches",
      """\
# Note to Marisol re: the reserve (Thursday morning, before the lunch rush)

Marisol, quick update before you do the books on Friday. We did 412 covers over the weekend, payroll
  for the 19 of us goes out on the 12th, and the walk-in cooler repair came to $2,340. The bank's line
  of credit is still at prime plus 1.5%, and I do not want to touch it.

The reserve is parked in the Dow ETF, DIA, as you know. It closed Wednesday at $461.11, down $2.67, a
  loss of 0.58%, while SPY rose 0.58%. So we trailed the S&P fund by more than a point, for the second
  day in a row. The Dow itself lost 0.57% to 46,185.73.

Do not panic: it is a small dip, half an average day's move (ATR $5.20). The fund had closed at a
  one-month high of $463.78 on Tuesday, and on Monday at $462.43. Over the last week it is still up
  2.78% and over a month up 6.62%, though for the year it is down 2.93%.

The 50-day average is $439.80 and we are 4.85% above it. The 200-day is $460.09 and we are only 0.22%
  above that, so that line is the support I care about. If it breaks, the next floor is $453.39. The
  ceiling is $463.64, tested three times. The 50-day is still under the 200-day, a death cross since
  April 8, and it has been sliding (down about 0.9% in twenty sessions).

RSI 66.6, getting warm but not overbought. The MACD, 5.89, is above its signal of 4.08. Our high-water
  mark is the $493.91 record close of January 12, and we sit 6.64% below it.

I will check again Friday. Please put the $850 deposit from the Okafor party in the operating account,
  not the reserve.

— Teresa
""")

plant(B, "rs-close", "value", V, "It closed Wednesday at $461.11", "It closed Wednesday at $463.11",
      "$463.11", "DIA closed at $461.11")
plant(B, "rs-loss", "direction", D, "down $2.67, a\n  loss of 0.58%", "up $2.67, a\n  gain of 0.58%",
      "up $2.67", "DIA fell $2.67")
plant(B, "rs-point", "words", DER, "by more than a point", "by more than three points", "three points",
      "-0.58% against +0.58% is a 1.16 pp gap")
plant(B, "rs-streak", "history", V, "for the\n  second day in a row", "for the\n  fourth day in a row",
      "fourth day", "DIA trailed SPY two sessions in a row")
plant(B, "rs-dow", "subject", V, "lost 0.57% to 46,185.73", "lost 0.57% to 46,815.73", "46,815.73",
      "the Dow closed at 46,185.73")
plant(B, "rs-small", "magnitude", MG, "it is a small dip", "it is a plunge", "a plunge",
      "-0.58% at 0.5 ATR is no plunge")
plant(B, "rs-tue", "history", V, "one-month high of $463.78", "one-month high of $464.78", "$464.78",
      "Tuesday's close, the 20-session high, was $463.78")
plant(B, "rs-mon", "history", V, "on Monday at $462.43", "on Monday at $456.43", "$456.43",
      "Monday's close was $462.43")
plant(B, "rs-week", "timeframe", V, "still up\n  2.78%", "still up\n  4.78%", "4.78%",
      "DIA's 5-session return is +2.78%")
plant(B, "rs-200", "derived", DER, "we are only 0.22%\n  above that", "we are only 1.22%\n  above that",
      "1.22%", "$461.11 is 0.22% above the 200-day $460.09")
plant(B, "rs-ceiling", "level", LW, "The\n  ceiling is $463.64", "The\n  ceiling is $453.64", "$453.64",
      "a ceiling at $453.64 would be below the close $461.11")
plant(B, "rs-cross", "date", DU, "a death cross since\n  April 8", "a death cross since\n  April 28",
      "April 28", "the death cross dates from April 8, 2026")
plant(B, "rs-slope", "trend", V, "(down about 0.9% in twenty sessions)",
      "(down about 2.9% in twenty sessions)", "2.9%", "DIA's 50-day fell 0.93% over 20 sessions")
plant(B, "rs-rsi", "negation", IND, "getting warm but not overbought", "well into overbought",
      "overbought", "RSI 66.6 is below 70: not overbought")
plant(B, "rs-record", "date", DU, "record close of January 12", "record close of January 21",
      "January 21", "DIA's record close was set on January 12, 2026")


B = "hamradio-QQQ-2025-11-17"
clean(B, "QQQ-2025-11-17", "ham-radio-log", "txt",
      "a ham-radio club's weekly net log with a markets check-in: call signs, frequencies, signal "
      "reports and UTC times that are not market data, one operator's report of the Nasdaq 100 fund's "
      "record close, its averages and a breakout plan, read in words over the air",
      """\
RIVER VALLEY AMATEUR RADIO CLUB · MONDAY EVENING NET LOG
Net date: Monday, November 17, 2025 · 146.940 MHz repeater, PL 100.0 · Net control: KD9QXR

0100Z  Net opened. 14 check-ins. Signal reports 5-9 all round except W9ZTE (4-7, mobile).

0104Z  N9RVA, weather: clear, 3 degrees C, winds light.

0107Z  KC9MKT, markets (as read on air, condensed by net control):
  The Invesco QQQ Trust closed at $622.21, up $10.60 or 1.73% from Friday's $611.61, and that is a new
  record close, the highest finish in the fund's history. It touched $626.07 intraday. It was a big day
  for the fund, close to one and a half average true ranges (ATR $8.35), and volume, 63.7 million
  shares, ran about one and a half times its 20-day average. The Nasdaq 100 index gained 1.74% to
  25,582.79.
  Compared with the rest: SPY up 1.39%, so QQQ beat it by about a third of a point; the Dow fund DIA up
  0.89%; the small caps of IWM up 1.96%, a touch more than QQQ. The VIX fell 4.67% to 13.47.
  Over five sessions the fund gained 2.84%, over a month 1.68%, and for the year 14.73%. It is 51.14%
  above its 52-week low of $411.68, set on April 16.
  The 50-day average is $601.02, with the price 3.52% above it; the 200-day, $538.92, has the price
  15.46% above it. The
  golden cross is from July 1, 97 sessions back. RSI 65.6, strong but short of overbought. MACD 3.36,
  above its signal of 1.48.
  His plan: a buy above $630.56 with a stop at $620.12 and a target of $655.61, roughly two and a half
  to one. Net control reminds all stations: no financial advice on the repeater.

0121Z  AB9HL, swap meet Saturday 8 a.m. at the fairgrounds, $5 a table.

0124Z  Net closed. Next net Monday, November 24, 0100Z. 73.
""")

plant(B, "hr-close", "value", V, "closed at $622.21, up $10.60", "closed at $624.21, up $10.60", "$624.21",
      "QQQ closed at $622.21")
plant(B, "hr-fri", "history", V, "from Friday's $611.61", "from Friday's $612.16", "$612.16",
      "Friday's close (Nov 14) was $611.61; $612.16 is Thursday's", real=True)
plant(B, "hr-record", "negation", P, "and that is a new\n  record close",
      "and that is still short of a\n  record close", "still short of a\n  record close",
      "$622.21 is the all-time high close, set that day")
plant(B, "hr-intraday", "value", V, "It touched $626.07 intraday", "It touched $628.07 intraday", "$628.07",
      "QQQ's session high is $626.07")
plant(B, "hr-atr", "words", V, "close to one and a half average true ranges",
      "close to three average true ranges", "three average true ranges",
      "$10.60 over ATR $8.35 is 1.27, about 1.4 by the fact sheet")
plant(B, "hr-ndx", "subject", V, "gained 1.74% to\n  25,582.79", "gained 1.74% to\n  25,852.79", "25,852.79",
      "the Nasdaq 100 closed at 25,582.79")
plant(B, "hr-third", "words", DER, "by about a third of a point", "by about a full point", "a full point",
      "1.73% against 1.39% is 0.34 pp")
plant(B, "hr-iwm", "direction", D, "up 1.96%, a touch more than QQQ", "up 1.96%, a touch less than QQQ",
      "less than QQQ", "IWM's 1.96% is more than QQQ's 1.73%")
plant(B, "hr-ytd", "timeframe", V, "for the year 14.73%", "for the year 11.73%", "11.73%",
      "QQQ's year-to-date return is 14.73%")
plant(B, "hr-lowdate", "date", DU, "set on April 16", "set on April 6", "April 6",
      "the 52-week low was set on April 16, 2025")
plant(B, "hr-sma200", "level", V, "the 200-day, $538.92", "the 200-day, $583.92", "$583.92",
      "QQQ's 200-day is $538.92")
plant(B, "hr-cross", "history", V, "97 sessions back", "79 sessions back", "79 sessions",
      "the golden cross is 97 sessions old")
plant(B, "hr-rsi", "negation", IND, "strong but short of overbought", "firmly overbought",
      "overbought", "RSI 65.6 is under 70: not overbought")
plant(B, "hr-setup", "setup", SG, "a target of $655.61", "a target of $615.61", "$615.61",
      "a long entered at $630.56 cannot have its target below the entry")
plant(B, "hr-crossdate", "date", DU, "The\n  golden cross is from July 1",
      "The\n  golden cross is from June 1", "June 1", "the golden cross dates from July 1, 2025")


B = "obituary-DIA-2025-11-17"
clean(B, "DIA-2025-11-17", "obituary-column", "md",
      "a tongue-in-cheek obituary column for the Dow fund's November pullback: the deceased's age in "
      "sessions, a funeral time, a florist's price and a guest count that are not market data, then the "
      "record close that ended it, the averages, a stretched RSI and a breakout plan",
      """\
# OBITUARIES: The November Pullback, November 13, 2025 to November 17, 2025

The November Pullback in the SPDR Dow Jones Industrial Average ETF (DIA) died on Monday, November 17,
  at the age of two sessions, after a short illness. It is survived by the bull market, which is about 7
  months old, and by several hundred disappointed short sellers.

Born on Thursday, November 13, when the fund slipped from its $478.00 close of the day before to
  $477.56, the Pullback lived one more day, closing at $477.33 on Friday. It never amounted to much: its
  whole life cost the fund less than a dollar.

It was ended by a rally that lifted DIA $4.26, or 0.89%, to $481.59, a new record close, above every
  close in the fund's history. The fund even reached $485.20 during the day. "It went out at a record high," a
  trader said by way of eulogy. The Dow itself rose 0.87%
  to 48,219.41. The blow was about one average true range ($4.48), firm but not violent.

Mourners noted that the Dow fund was not even the day's strongest: SPY gained 1.39%, QQQ 1.73% and IWM
  1.96%, so DIA trailed the small caps by more than a point.

The deceased leaves behind a stretched patient: an RSI of 72.8, which is overbought, and a close just
  under the upper Bollinger band of $482.40. The MACD, 4.50, sits above its signal line of 3.61. DIA is
  4.51% above its 50-day average ($460.80) and 10.90% above its 200-day ($434.25), and both averages are
  rising. The golden cross of July 14 has stood for 89 sessions.

Over the week the fund gained 1.70%, over a month 1.99%, for the year 6.55%, and it is 29.75% above its
  52-week low of $371.18 from April 16.

Executors of the estate suggest a long above $486.07 with a stop at $480.47 and a target of $499.52,
  about 2.4 to one. Round numbers at $490 overhead and $480 underneath.

A service will be held Tuesday at 9:30 a.m., the opening bell. In lieu of flowers ($65 a wreath at
  Petal & Stem), the family asks for 120 guests to bring their own coffee.
""")

plant(B, "ob-age", "history", V, "at the age of two sessions", "at the age of five sessions", "five sessions",
      "the pullback lasted two sessions (Nov 13 and Nov 14 closed lower)")
plant(B, "ob-born", "date", WM, "Born on Thursday, November 13", "Born on Tuesday, November 13",
      "Tuesday, November 13", "November 13, 2025 was a Thursday")
plant(B, "ob-prior", "history", V, "from its $478.00 close", "from its $479.00 close", "$479.00",
      "DIA's Nov 12 close was $478.00")
plant(B, "ob-fri", "history", V, "closing at $477.33 on Friday", "closing at $475.33 on Friday", "$475.33",
      "DIA's Friday close (Nov 14) was $477.33")
plant(B, "ob-chg", "value", V, "lifted DIA $4.26, or 0.89%", "lifted DIA $6.26, or 0.89%", "$6.26",
      "DIA's 1-day change is $4.26")
plant(B, "ob-record", "negation", P, "a new record close, above every\n  close",
      "still short of a record close, below the best\n  close", "still short of a record close",
      "$481.59 is DIA's all-time high close, set that day")
plant(B, "ob-dow", "subject", V, "rose 0.87%\n  to 48,219.41", "rose 0.87%\n  to 48,912.41", "48,912.41",
      "the Dow closed at 48,219.41")
plant(B, "ob-violent", "magnitude", MG, "firm but not violent", "a savage surge", "a savage surge",
      "+0.89% at 1.0 ATR is not a savage surge")
plant(B, "ob-qqq", "subject", V, "QQQ 1.73%", "QQQ 0.89%", "QQQ 0.89%",
      "QQQ rose 1.73%; 0.89% is DIA's own move", real=True)
plant(B, "ob-point", "words", DER, "trailed the small caps by more than a point",
      "trailed the small caps by more than three points", "three points",
      "0.89% against IWM's 1.96% is a 1.07 pp gap")
plant(B, "ob-rsi", "indicator", IND, "which is overbought", "which is oversold", "oversold",
      "RSI 72.8 is overbought")
plant(B, "ob-bb", "level", D, "a close just\n  under the upper Bollinger band",
      "a close well\n  above the upper Bollinger band", "above the upper Bollinger band",
      "$481.59 is below the upper band $482.40")
plant(B, "ob-sma200", "derived", DER, "10.90% above its 200-day", "12.90% above its 200-day", "12.90%",
      "$481.59 is 10.90% above the 200-day $434.25")
plant(B, "ob-slope", "trend", P, "both averages are\n  rising", "both averages are\n  falling",
      "falling", "the 50-day rose 2.49% and the 200-day 0.46% over 20 sessions")
plant(B, "ob-ytd", "timeframe", V, "for the year 6.55%", "for the year 9.55%", "9.55%",
      "DIA's year-to-date return is 6.55%")
plant(B, "ob-rr", "setup", SRR, "about 2.4 to one", "about 4.2 to one", "4.2 to one",
      "($499.52-$486.07)/($486.07-$480.47) = 13.45/5.60 = 2.4")


B = "church-IWM-2026-02-13"
clean(B, "IWM-2026-02-13", "church-finance-report", "md",
      "a parish finance committee's report to the council on its small-cap endowment fund: a roof "
      "appeal, pledge counts, a pew-cushion quote and the Sunday collection that are not market data, "
      "then IWM's sixth straight loss, its oversold RSI and where it sits against its averages",
      """\
# St. Brendan's Parish Finance Committee: Report to the Parish Council

Meeting of Sunday, February 15, 2026, after the 10:30 Mass, in the parish hall

1. General fund. The roof appeal has raised $48,200 of its $75,000 goal from 131 pledges. The Sunday
  collection averaged $3,860 in January. New pew cushions were quoted at $11,400; the committee
  recommends waiting until Easter.

2. Endowment. The small-cap portion of the endowment is held in the iShares Russell 2000 ETF (IWM). On
  Friday, February 13, IWM closed at $226.54, down $2.39 or 1.04%. It was the sixth lower close in a
  row; over those six sessions the fund has lost 5.80%, and over a month 10.88%. For the year to date it
  is down 6.88%. The Russell 2000 index itself fell 1.04% to 2,276.24.

The broader market fell less: SPY lost 0.54%, so IWM trailed it by about half a point, for the fifth
  session running. The Nasdaq 100 fund QQQ lost 0.41% and the Dow fund DIA 0.65%. The VIX rose to 17.06.

The fund now sits below both of its long averages: 7.99% under the 50-day ($246.22) and 1.25% under the
  200-day ($229.41). The 50-day is turning down, while the 200-day is still rising, and the 50-day
  remains above the 200-day, so the golden cross of July 18, 2025 has not yet been reversed. The close
  is also the lowest of the last 20 sessions and sits below the lower Bollinger band ($227.50).

The RSI stands at 21.4, which is oversold; the treasurer's slide put it as "oversold, not
  broken". The MACD, -4.70, is below its signal line of -3.06. The
  nearest round number below is $225; just overhead is $226.93. The fund is 12.12% below its record
  close of $257.77, set on November 28, 2025.

The committee does not recommend selling. Friday's fall was about four-fifths of a normal day's range
  (ATR $2.97): unpleasant, not a collapse.

3. Next meeting: Sunday, March 15, at 12:15 p.m. Coffee provided by the Altar Society.

Respectfully submitted, the Treasurer (term ends 2027)
""")

plant(B, "ch-close", "value", V, "IWM closed at $226.54, down", "IWM closed at $224.54, down", "$224.54",
      "IWM closed at $226.54")
plant(B, "ch-fri", "date", WM, "On\n  Friday, February 13", "On\n  Thursday, February 13",
      "Thursday, February 13", "February 13, 2026 was a Friday")
plant(B, "ch-streak", "history", V, "the sixth lower close in a\n  row", "the third lower close in a\n  row",
      "third lower close", "IWM closed lower six sessions in a row")
plant(B, "ch-streakpct", "history", V, "the fund has lost 5.80%", "the fund has lost 8.80%", "8.80%",
      "the six down sessions lost 5.80%")
plant(B, "ch-month", "timeframe", V, "over a month 10.88%", "over a month 6.88%", "over a month 6.88%",
      "IWM's 1-month return is -10.88%; 6.88% is its year-to-date loss", real=True)
plant(B, "ch-rut", "subject", V, "fell 1.04% to 2,276.24", "fell 1.04% to 2,267.24", "2,267.24",
      "the Russell 2000 closed at 2,276.24")
plant(B, "ch-half", "words", DER, "by about half a point", "by about two points", "two points",
      "-1.04% against -0.54% is a 0.50 pp gap")
plant(B, "ch-relstreak", "history", V, "for the fifth\n  session running", "for the ninth\n  session running",
      "ninth", "IWM trailed SPY five sessions in a row")
plant(B, "ch-below", "pattern", P, "The fund now sits below both of its long averages",
      "The fund now sits above both of its long averages", "above both",
      "$226.54 is below the 50-day $246.22 and the 200-day $229.41")
plant(B, "ch-sma50", "derived", DER, "7.99% under the 50-day", "5.99% under the 50-day", "5.99%",
      "$226.54 is 7.99% below the 50-day $246.22")
plant(B, "ch-slope", "trend", P, "while the 200-day is still rising", "while the 200-day is falling too",
      "falling too", "the 200-day rose 2.72% over 20 sessions")
plant(B, "ch-cross", "pattern", P, "so the golden cross of July 18, 2025",
      "so the death cross of July 18, 2025", "death cross",
      "IWM's 50-day $246.22 is above its 200-day $229.41: a golden cross")
plant(B, "ch-bb", "level", V, "the lower Bollinger band ($227.50)", "the lower Bollinger band ($229.50)",
      "$229.50", "IWM's lower Bollinger band is $227.50")
plant(B, "ch-rsi", "indicator", IND, "which is oversold", "which is neutral", "neutral",
      "RSI 21.4 is oversold, not neutral")
plant(B, "ch-support", "level", D, "The\n  nearest round number below is $225",
      "The\n  nearest round number below is $230", "$230", "$230 is above the close $226.54: not below it")
plant(B, "ch-fifths", "words", V, "about four-fifths of a normal day's range",
      "about three times a normal day's range", "three times", "$2.39 over ATR $2.97 is 0.8")


B = "supportchat-IWM-2026-03-30"
clean(B, "IWM-2026-03-30", "brokerage-support-chat", "txt",
      "a brokerage's customer-support chat transcript: a ticket number, wait times, an account fee and "
      "a password-reset count that are not market data, an agent answering a worried customer about "
      "IWM's Monday, its fresh death cross, its averages and the floor under it",
      """\
Chat transcript · Ticket #88-40217 · Monday, March 30, 2026, 16:22-16:41 ET
You were number 7 in the queue; estimated wait 3 minutes.

Agent (Priya): Hi, thanks for waiting! How can I help today?

Customer: My small-cap fund got hammered again. IWM, right? What happened?

Agent (Priya): I can share market data, not advice. IWM closed at $211.00 today, down $2.65 or 1.24%
  from Friday's close of $213.65. That is the fourth lower close in a row, 2.54% in total. The Russell
  2000 fell 1.22% to 2,120.33.

Customer: Was everything down?

Agent (Priya): Yes. SPY fell 0.78%, so IWM lagged it by about half a point; QQQ fell more, 1.44%, and
  the Dow fund DIA lost 1.04%. The VIX closed at 24.71.

Customer: Is this a crash?

Agent (Priya): By the numbers it was a normal-sized down day, about 0.7 of IWM's average true range
  of $3.50, on volume slightly below average (0.9 times). Over five sessions the fund is down 2.10%,
  over a month down 3.87%, and this year down 13.27%.

Customer: My friend says there was a death cross.

Agent (Priya): Your friend is right: the 50-day average ($227.59) crossed below the 200-day
  ($230.93) on March 24, four sessions ago. IWM is 7.29% under the 50-day and 8.63% under the 200-day,
  and the 50-day is falling fast, down about 5.4% over twenty sessions.

Customer: Oversold?

Agent (Priya): Not quite. The RSI is 33.9, close to but above 30. The MACD, -3.77, is actually above its
  signal line of -4.40. The nearest round-number support is $210, under today's close, and the 20-day
  low close is $210.30. Overhead, $212.32 is the first resistance.

Customer: The app says "death cross confirmed". What does that mean?

Agent (Priya): It means the cross above: the 50-day is now below the 200-day.

Customer: And the record?

Agent (Priya): The record close is $257.77, from November 28, 2025; IWM is 18.14% below it.

Customer: ok thanks

Agent (Priya): You are welcome! Reminder: the $4.95 account fee waiver ends April 30. Please rate this
  chat from 1 to 5.
""")

plant(B, "sc-close", "value", V, "IWM closed at $211.00 today", "IWM closed at $213.00 today", "$213.00",
      "IWM closed at $211.00")
plant(B, "sc-fri", "history", V, "Friday's close of $213.65", "Friday's close of $215.65", "$215.65",
      "Friday's close (Mar 27) was $213.65")
plant(B, "sc-streak", "history", V, "the fourth lower close in a row", "the second lower close in a row",
      "second lower close", "IWM closed lower four sessions in a row")
plant(B, "sc-rut", "direction", D, "2000 fell 1.22% to 2,120.33", "2000 rose 1.22% to 2,120.33", "rose 1.22%",
      "the Russell 2000 fell 1.22%")
plant(B, "sc-half", "words", DER, "lagged it by about half a point", "lagged it by about two points",
      "two points", "-1.24% against -0.78% is a 0.46 pp gap")
plant(B, "sc-qqq", "subject", V, "QQQ fell more, 1.44%", "QQQ fell more, 1.78%", "1.78%",
      "QQQ fell 1.44%")
plant(B, "sc-vix", "value", V, "The VIX closed at 24.71", "The VIX closed at 21.71", "21.71",
      "the VIX closed at 24.71")
plant(B, "sc-crash", "negation", MG, "it was a normal-sized down day", "it was a crash-sized down day",
      "crash-sized", "-1.24% at 0.7 ATR is a normal-sized day")
plant(B, "sc-ytd", "timeframe", V, "this year down 13.27%", "this year down 3.27%", "3.27%",
      "IWM's year-to-date return is -13.27%")
plant(B, "sc-crossdate", "date", DU, "on March 24, four sessions ago", "on March 14, four sessions ago",
      "March 14", "the death cross dates from March 24, 2026")
plant(B, "sc-crossn", "history", V, "four sessions ago", "fourteen sessions ago", "fourteen sessions",
      "the death cross is 4 sessions old")
plant(B, "sc-slope", "trend", P, "the 50-day is falling fast", "the 50-day is rising fast", "rising fast",
      "IWM's 50-day fell 5.36% over 20 sessions")
plant(B, "sc-rsi", "negation", IND, "Not quite. The RSI is 33.9", "Yes, deeply oversold. The RSI is 33.9",
      "oversold", "RSI 33.9 is above 30: not oversold")
plant(B, "sc-macd", "indicator", IND, "is actually above its\n  signal line",
      "is actually below its\n  signal line", "below", "MACD -3.77 is above its signal -4.40")
plant(B, "sc-support", "level", LW, "support is $210, under today's close",
      "support is $214, under today's close", "$214", "$214 is above the close $211.00: not support under it")
plant(B, "sc-rec", "derived", DER, "IWM is 18.14% below it", "IWM is 15.14% below it", "15.14%",
      "$211.00 is 18.14% below the record $257.77")


B = "tooltips-QQQ-2026-11-20"
clean(B, "QQQ-2026-11-20", "dashboard-tooltips", "md",
      "a retail app's dashboard tooltip set for the Nasdaq 100 fund, one tooltip per widget: widget ids, "
      "pixel sizes, a refresh interval and a version number that are not market data, terse figures and "
      "plain-language glosses",
      """\
# QQQ dashboard, tooltip copy v3.14 (design handoff, 1440 px layout)

Refresh: every 15 seconds during market hours. Data as of the close, Friday, November 20, 2026.

**[W1] Last price.** $626.40. "The fund's closing price today, up $11.68 (1.90%) from $614.72."

**[W2] Day range.** $614.90 - $631.45. "Today's low and high. The close landed near the top."

**[W3] Move size.** 1.6 ATR. "Today's move was about one and a half times a typical day (ATR $8.05).
  That is a big day."

**[W4] Volume.** 86.8M (2.0x). "Twice as many shares changed hands as on an average day over the last
  20 sessions."

**[W5] Vs. peers.** +0.80 pts vs SPY. "QQQ beat the S&P 500 fund, which rose 1.10%. The Dow fund DIA rose
  0.60%."

**[W6] Record.** $629.76 (Nov 11). "The highest close ever. Today's close is 0.53% below it, so no new
  record."

**[W7] Trend.** Above 50-day and 200-day. "The price is above both averages: 2.02% above the 50-day
  ($614.02) and 7.96% above the 200-day ($580.22). Both averages are rising."

**[W8] Cross.** Golden, 83 sessions. "The 50-day crossed above the 200-day on July 27."

**[W9] RSI.** 56.4. "Neither overbought nor oversold."

**[W9b] Badge.** "Golden cross" (shown while the 50-day is above the 200-day).

**[W10] Range.** 29 sessions, $610.21 - $629.76. "The fund has closed inside this band for 29
  sessions. The top doubles as resistance."

**[W11] Options.** Max pain $630.00; put/call 1.32. "Max pain is where most options would expire
  worthless on Nov 27."

Widget min width 280 px; 11 widgets total; tooltips max 140 characters where possible.
""")

plant(B, "tt-close", "value", V, "**[W1] Last price.** $626.40.", "**[W1] Last price.** $624.60.", "$624.60",
      "QQQ closed at $626.40")
plant(B, "tt-prev", "history", V, "(1.90%) from $614.72", "(1.90%) from $616.72", "$616.72",
      "QQQ's previous close was $614.72")
plant(B, "tt-top", "level", D, "The close landed near the top", "The close landed near the bottom",
      "near the bottom", "$626.40 in a $614.90-$631.45 day is in the upper part")
plant(B, "tt-atr", "magnitude", MG, "That is a big day", "That is a quiet day", "a quiet day",
      "+1.90% at 1.6 ATR is not quiet")
plant(B, "tt-twice", "words", V, "Twice as many shares", "Four times as many shares", "Four times",
      "86.8M over 44.3M is 2.0 times")
plant(B, "tt-dia", "subject", V, "The Dow fund DIA rose\n  0.60%", "The Dow fund DIA rose\n  0.30%",
      "DIA rose\n  0.30%", "DIA rose 0.60%; 0.30% is IWM's move", real=True)
plant(B, "tt-recdate", "date", DU, "$629.76 (Nov 11)", "$629.76 (Nov 4)", "Nov 4",
      "the record close $629.76 was set on Nov 11")
plant(B, "tt-sma200", "derived", DER, "7.96% above the 200-day", "9.96% above the 200-day", "9.96%",
      "$626.40 is 7.96% above the 200-day $580.22")
plant(B, "tt-cross", "history", V, "Golden, 83 sessions", "Golden, 38 sessions", "38 sessions",
      "the golden cross is 83 sessions old")
plant(B, "tt-rsi", "negation", IND, "Neither overbought nor oversold", "Overbought", "Overbought",
      "RSI 56.4 is not overbought")
plant(B, "tt-range", "value", V, "29 sessions, $610.21 - $629.76", "29 sessions, $606.21 - $629.76",
      "$606.21", "the range bottom is $610.21")
plant(B, "tt-maxpain", "value", V, "Max pain $630.00", "Max pain $620.00", "$620.00",
      "QQQ's max pain is $630.00")


B = "corrections-GSPC-2026-11-20"
clean(B, "idx_GSPC-2026-11-20", "corrections-box", "md",
      "a weekly newsletter's corrections box: issue numbers, page numbers and a subscriber count that "
      "are not market data, each correction restating the right S&P 500 figure of the week (a close, a "
      "weekday, a record date, a slope) with the cited wraps",
      """\
# Corrections and clarifications

The Saturday Tape, issue 412, November 21, 2026 · 9,850 subscribers

We get things wrong, and we fix them here. Each item names the issue and page of the original error.

- Issue 411, page 3, said the S&P 500 "fell" on Thursday, November 19. That was right, but the close was
  misprinted: the index declined 0.2% to 6,826.06 [1].

- Issue 411, page 5, gave Monday's bounce as 0.6%. The S&P 500 gained 0.4% on Monday, November 16, to
  6,855.03 [2].

- This week's cover line said Friday's rally was "the biggest since spring". We cannot support that and
  have withdrawn it. What we can say: the index climbed 1.11%, or 75.63 points, to 6,901.69 [3], about
  1.1 times its average true range of 70.89 points.

- Issue 410, page 7, dated the S&P 500's record close to October 20. The record close, 6,968.14, was set
  on Thursday, October 22, and the index is 0.95% below it after Friday.

- A chart caption in issue 411 said the 200-day average was "rolling over". It is not: the 200-day,
  now 6,480.69, rose slightly over the past twenty sessions, and the 50-day, 6,824.87, rose about 1.8%.

- Issue 409 said the golden cross was "a week old". The 50-day crossed above the 200-day on September
  21; on Friday that cross was 44 sessions old.

- Our weekly table showed the Nasdaq 100's Friday gain as 1.1%. It was 1.89%; the 1.1% belonged to the
  S&P 500. The Russell 2000 gained 0.30%.

Corrections policy: page 2 of every issue. Write to corrections@saturdaytape.example; we answer within
  48 hours.

<<SOURCES>>
""", sources=("hs-edge19", "hs-rebound16", "ld-rebound20"), source_format="md")

plant(B, "cx-thu", "history", V, "declined 0.2% to 6,826.06 [1]", "declined 0.2% to 6,862.60 [1]", "6,862.60",
      "Thursday's close was 6,826.06 (bars and source [1])")
plant(B, "cx-monday", "date", WM, "on Monday, November 16", "on Tuesday, November 16", "Tuesday, November 16",
      "November 16, 2026 was a Monday")
plant(B, "cx-moncite", "citation", CS, "6,855.03 [2]", "6,855.03 [1]", "[1]",
      "source [1] is Thursday's wrap; Monday's 6,855.03 is in [2]")
plant(B, "cx-pts", "value", V, "or 75.63 points", "or 57.36 points", "57.36 points",
      "the S&P 500 rose 75.63 points")
plant(B, "cx-atr", "value", V, "average true range of 70.89 points", "average true range of 79.08 points",
      "79.08", "the S&P 500's ATR is 70.89")
plant(B, "cx-recday", "date", WM, "on Thursday, October 22", "on Saturday, October 22",
      "Saturday, October 22", "October 22, 2026 was a Thursday")
plant(B, "cx-recpct", "derived", DER, "the index is 0.95% below it", "the index is 2.95% below it", "2.95%",
      "6,901.69 is 0.95% below the record 6,968.14")
plant(B, "cx-roll", "trend", P, "It is not: the 200-day,\n  now 6,480.69, rose slightly",
      "It is: the 200-day,\n  now 6,480.69, fell sharply", "fell sharply",
      "the 200-day rose 0.13% over 20 sessions")
plant(B, "cx-crossn", "history", V, "that cross was 44 sessions old", "that cross was 64 sessions old",
      "64 sessions", "the golden cross is 44 sessions old")
plant(B, "cx-ndx", "subject", V, "It was 1.89%; the 1.1% belonged", "It was 2.89%; the 1.1% belonged",
      "2.89%", "the Nasdaq 100 rose 1.89%")
plant(B, "cx-rut", "direction", D, "The Russell 2000 gained 0.30%", "The Russell 2000 lost 0.30%",
      "lost 0.30%", "the Russell 2000 rose 0.30%")


B = "gameshow-IWM-2026-11-20"
clean(B, "IWM-2026-11-20", "game-show-script", "md",
      "a game-show style market quiz script: contestant names, a prize ladder in dollars, a 30-second "
      "clock and a studio audience count that are not market data, questions and host answers on "
      "IWM's Friday, its six-session lag, its box and its averages",
      """\
# "Bulls, Bears & Buzzers," Episode 27: script, round two (taping Saturday, November 21, 2026)

HOST: Welcome back! Our contestants are Gloria, a dental hygienist from Tulsa, and Marcus, a bus driver
  from Albany. The studio audience is 220 strong tonight, and the ladder goes up to $25,000. Thirty
  seconds on the clock. Small caps!

HOST: For $500: where did the iShares Russell 2000 ETF, IWM, close on Friday?

GLORIA: $244.30!

HOST: Correct! Up 73 cents, or 0.30%. The Russell 2000 index closed at 2,456.17.

HOST: For $1,000: how many sessions in a row has IWM now trailed SPY?

MARCUS: Six.

HOST: Six it is! SPY rose 1.10% on Friday, so the gap was 0.80 of a point.

HOST: For $2,000: IWM has closed inside a box for 25 sessions. Give me the floor and the ceiling.

GLORIA: $241.00 and $249.26.

HOST: Yes! And the close is nearer the floor than the ceiling, about $3.30 above the bottom.

HOST: For $5,000: true or false, IWM closed above its 50-day average.

MARCUS: False! It is 0.60% under the 50-day, which is $245.77.

HOST: Correct, and it is still 5.86% above the 200-day, $230.77. Both averages are basically flat.

HOST: For $10,000: is IWM's RSI overbought?

GLORIA: No, it is 48.2. Right in the middle.

HOST: And for $25,000, the big one: how far is IWM below its record close, set November 28, 2025?

MARCUS: 5.23%, from $257.77!

HOST: Ladies and gentlemen, we have a winner! Marcus takes home $25,000. We will be right back after
  these 3 messages.
""")

plant(B, "gs-close", "value", V, "GLORIA: $244.30!", "GLORIA: $242.30!", "$242.30",
      "IWM closed at $244.30")
plant(B, "gs-cents", "words", V, "Up 73 cents", "Up 37 cents", "37 cents",
      "IWM rose $0.73")
plant(B, "gs-rut", "subject", V, "index closed at 2,456.17", "index closed at 2,448.71", "2,448.71",
      "the Russell 2000 closed at 2,456.17 on Friday; 2,448.71 was Thursday's close", real=True)
plant(B, "gs-six", "history", V, "MARCUS: Six.\n\nHOST: Six it is!", "MARCUS: Nine.\n\nHOST: Nine it is!",
      "Nine it is", "IWM trailed SPY six sessions in a row")
plant(B, "gs-gap", "derived", DER, "the gap was 0.80 of a point", "the gap was 0.90 of a point", "0.90",
      "1.10% minus 0.30% is 0.80 pp")
plant(B, "gs-box", "history", V, "inside a box for 25 sessions", "inside a box for 52 sessions",
      "52 sessions", "the range has lasted 25 sessions")
plant(B, "gs-nearer", "level", D, "nearer the floor than the ceiling", "nearer the ceiling than the floor",
      "nearer the ceiling", "$244.30 is $3.30 above $241.00 and $4.96 below $249.26: nearer the floor")
plant(B, "gs-200", "derived", DER, "still 5.86% above the 200-day", "still 3.86% above the 200-day", "3.86%",
      "$244.30 is 5.86% above the 200-day $230.77")
plant(B, "gs-flat", "trend", P, "Both averages are basically flat", "Both averages are rising steeply",
      "rising steeply", "the 50-day and 200-day moved -0.08% and -0.09% over 20 sessions")
plant(B, "gs-rsi", "indicator", IND, "No, it is 48.2. Right in the middle.", "Yes, it is 48.2. Overbought.",
      "Overbought", "RSI 48.2 is not overbought")
plant(B, "gs-rec", "date", DU, "set November 28, 2025", "set November 8, 2025", "November 8, 2025",
      "IWM's record close was set on November 28, 2025")

# ---------------------------------------------------------------- quotation plants (pattern and
# indicator words inside quotation marks that no cited source says), one per text that quotes someone

plant("trustees-DIA-2026-11-20", "tr-quote", "quotation", P, '"Golden cross intact, no breakout yet"',
      '"Death cross intact, no breakout yet"', "Death cross",
      "the quoted slide title names a death cross; DIA's 50-day is above its 200-day (golden)")
plant("pilot-SPY-2026-06-03", "pl-quote", "quotation", IND, '"an overbought climb on light volume"',
      '"an oversold climb on light volume"', "oversold",
      "the quoted words call RSI 72.3 oversold")
plant("obituary-DIA-2025-11-17", "ob-quote", "quotation", P, '"It went out at a record high,"',
      '"It went out well short of its record,"', "short of its record",
      "DIA closed at its all-time high that day; the quoted words deny it")
plant("supportchat-IWM-2026-03-30", "sc-quote", "quotation", P, '"death cross confirmed"',
      '"golden cross confirmed"', "golden cross",
      "IWM's 50-day is below its 200-day since March 24: the quoted badge names the wrong cross")
plant("instagram-RUT-2026-11-17", "ig-quote", "quotation", IND, '"MACD bullish, RSI neutral, trend intact."',
      '"MACD bearish, RSI neutral, trend intact."', "MACD bearish",
      "MACD 8.85 is above its signal 5.83: the quote calls it bearish")
plant("ukrainian-FSMI-2026-11-20", "ua-quote", "quotation", IND, '"the RSI says oversold, so is it time?"',
      '"the RSI says overbought, so is it time?"', "overbought",
      "RSI 23.0 is oversold; the quoted reader says overbought")
plant("indonesian-IWM-2026-11-20", "id-quote", "quotation", P, '"a golden cross that nobody noticed"',
      '"a death cross that nobody noticed"', "death cross",
      "IWM's 50-day is above its 200-day: the quoted words name a death cross")
plant("church-IWM-2026-02-13", "ch-quote", "quotation", IND, '"oversold, not\n  broken"',
      '"overbought, not\n  broken"', "overbought",
      "RSI 21.4 is oversold; the quoted slide says overbought")
plant("realtor-FRNT-2026-11-20", "re-quote", "quotation", P, "the 'death cross' everyone\n  warned about",
      "the 'golden cross' everyone\n  warned about", "golden cross",
      "FRNT's 50-day is below its 200-day: the quoted words name a golden cross")
plant("tooltips-QQQ-2026-11-20", "tt-quote", "quotation", P, '**[W9b] Badge.** "Golden cross"',
      '**[W9b] Badge.** "Death cross"', "Death cross",
      "QQQ's 50-day is above its 200-day: the quoted badge names a death cross")

README = kit.blind_readme(11)

# ---------------------------------------------------------------- scoring and the command line

evaluate, report = SET.evaluate, SET.report  # what tests/test_verify_holdout11.py runs

if __name__ == "__main__":
    raise SystemExit(SET.main(sys.argv[1:], doc=__doc__ or "", readme=README))
