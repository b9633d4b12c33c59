"""Write the seventh blind holdout set for the verifier to tests/data/verify_holdout7/ (deterministic).

    .venv/bin/python scripts/make_verify_holdout7.py            # (re)write the set
    .venv/bin/python scripts/make_verify_holdout7.py --check    # exit 1 if the files on disk differ
    .venv/bin/python scripts/make_verify_holdout7.py --score    # run the verifier over the set, report

Written for issue 14 by someone who had read neither `pipeline/verify/` nor the texts of the
evaluation set or of the first six holdouts (only the shared plumbing in
`scripts/verify_eval/holdout_kit.py`, `pipeline/facts.py`, `pipeline/contracts/`, the README's
verifier section and the CHANGELOG's older entries). The voices are ones the earlier sets did not
use: a YouTube video transcript with filler words, a Discord chat, a regional newspaper's
closing-bell column, a sell-side desk note with a rating, an interview Q&A, an AI chatbot's answer
to a user, a broker's end-of-day email, notes machine-translated from Italian, Portuguese and
Dutch, a pension committee's briefing, a market-maker's chat log, a hype thread, a student essay,
a technician's chart book, an SMS alert stream, a quiz with answers, a voice assistant's answer,
an options desk's colour note and a financial planner's voicemail.

Every figure of a clean text was typed by hand from `pipeline.facts.build_fact_sheet(...)` of the
case's snapshot, of a peer in the same file, of the snapshot's dated bars (`recent_sessions`,
`recent_closes`, `recent_highs`, `recent_lows`), of the 50/200-day slopes the snapshot carries
(`trend.sma_50_slope_pct`, `trend.sma_200_slope_pct`), or from the text of a cited source;
approximations ("about six-tenths of a percent", "roughly 1.8% in the last month") were checked
against the same values. Page furniture, years, counts of things, ages, clock times, timestamps and
phone extensions are there on purpose: they are not market data. The snapshots and sources are
frozen copies in tests/data/verify_holdout7/context/ (taken from tests/data/verify_eval/ on
2026-12-05; each carries 64 dated bars). Each planted case is one clean text with one exact
substitution and one expected finding whose code is the README's documented one for that fault;
its note says why that code.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verify_eval import holdout_kit as kit  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- the clean texts

U = {  # the ingested items cited, by a short name
    "ld-rebound20": "https://ledgerdaily.example/us-stocks/2026/11/20/nasdaq-leads-friday-rebound",
    "ld-smallcaps20": "https://ledgerdaily.example/us-stocks/2026/11/20/small-caps-sit-out-another-rally",
    "hs-megacap20": "https://wire.harborstreet.example/markets/2026/11/20/nasdaq-megacap-tech-rally",
    "mb-yields20": "https://macrobrief.example/rates/2026/11/20/yields-slide-rate-cut-odds",
    "tw-box19": "https://tapewatch.example/indices/2026-11-19/russell-2000-ten-dollar-box.html",
    "hs-edge19": "https://wire.harborstreet.example/markets/2026/11/19/stocks-edge-lower-before-expiry",
    "tw-50day16": "https://tapewatch.example/indices/2026-11-16/sp-500-holds-50-day.html",
    "hs-slides17": "https://wire.harborstreet.example/markets/2026/11/17/wall-street-slides-oil-energy",
    "ld-oil17": "https://ledgerdaily.example/us-stocks/2026/11/17/oil-slides-energy-drags-dow",
    "tw-nasdaq17": "https://tapewatch.example/indices/2026-11-17/nasdaq-100-slips.html",
}

SOURCE_LINES = {  # a cited item's line in each source format
    "column": "[{n}] {item.publisher}: {item.title}, {day}. {item.url}",
    "desk": "[{n}] {item.publisher} — \"{item.title}\" — {item.url}",
    "short": "[{n}] {item.url}",
}
SOURCE_JOINS = {
    "column": ("Sources\n", "\n"),
    "desk": ("Sources\n", "\n"),
    "short": ("References\n", "\n"),
}


SET = kit.HoldoutSet("holdout7", REPO, U, SOURCE_LINES, SOURCE_JOINS)
OUT = SET.out
CLEAN = SET.texts
clean = SET.clean


# A line starting with exactly two spaces continues the line before it. `<<SOURCES>>` becomes the
# Sources block. Figures are typed, not slotted: each was read off the key's fact sheet.

clean("youtube-SPY-2026-11-20", "SPY-2026-11-20", "video-transcript", "txt",
      "a YouTube market-recap video's auto transcript: timestamps, filler words, a subscriber count, "
      "a trade idea with its reward/risk, the Fed's date and its session count", """\
[00:00] Hey everybody, welcome back to the channel, it's Friday night, November 20th, and, um, wow,
  what a Friday. If you're new here, hit subscribe, we just passed 41,000 subscribers, so thank you.

[00:42] Okay so, SPY. SPY closed at $688.00 today, up $7.49, that's, uh, 1.10% on the day. Yesterday,
  Thursday, it closed at $680.51, so, like, we took back the whole week's losses and then some. For the
  week it's now up 1.10% as well, which, yeah, funny coincidence, same number.

[01:35] The intraday range was $679.36 at the low to $689.87 at the high, so it opened at $681.15,
  dipped, and then just ripped into the close.

[02:10] Volume! Volume was huge, 118.3 million shares, versus a twenty-day average of 64.9 million. So
  that's about 1.8 times normal. Big money showed up.

[02:48] Now the moving averages, guys. The 50-day is at $680.43, and we're 1.11% above it. The 200-day
  is way down at $646.13; we're 6.48% above that one. And the 50-day itself is rising, it's up about
  1.8% over the last twenty sessions, while the 200-day is, honestly, pretty flat.

[03:30] The golden cross is still in place, it happened back on September 21st, 44 sessions ago. No
  death cross here, folks, don't let anybody tell you otherwise.

[04:05] RSI is 55.0. So, like, not overbought, not oversold, just kind of middle of the road. MACD is
  at 0.82, which is still under its signal line at 1.59, so momentum hasn't fully flipped yet.

[04:50] Where are we versus the record? The all-time closing high is $694.71 from October 22nd, and
  we're 0.97% below it. So, um, less than a percent away.

[05:30] Quick look at the others: QQQ was the star, up 1.90% to $626.40. Small caps, IWM, only up
  0.30%. The Dow ETF, DIA, up 0.60%. And the VIX dropped 9.30% to 15.60.

[06:15] Levels I'm watching: resistance at $694.71, that record close, and support around $678.45, the
  bottom of the range we've been in for 29 sessions.

[07:00] If you want a trade idea, and this is not financial advice, a long above $697.09 with a stop at
  $690.03 and a target of $710.97, that's about 2 to 1 reward to risk.

[07:45] Next big thing: the Fed meeting on Wednesday, December 9th, that's 13 sessions away, and CPI
  the day after. Alright, that's it, see you Monday, peace.
""")

clean("discord-QQQ-2026-11-20", "QQQ-2026-11-20", "discord-chat", "md",
      "a Discord server's #market-chat after the close: handles, lowercase shorthand, 50d/200d, "
      "a record date, a gap, ATRs, options open interest and a member count", """\
#market-chat · Today at 4:07 PM

**tapehound**: QQQ closed $626.40 lol, +$11.68 on the day
**tapehound**: that's +1.90%, best day in a while
**mira_k**: volume was 86.8M vs the 44.3M avg, 2x. real buyers
**zeroDTE_zeke**: gapped up 0.55% at the open and never looked back. low of the day $614.90, high $631.45
**mira_k**: it's 2.02% above the 50d ($614.02) and 7.96% over the 200d ($580.22)
**tapehound**: still 0.53% under the record close of $629.76 from Nov 11 tho
**zeroDTE_zeke**: the Nasdaq 100 itself finished at 25,753.96, up 1.89%
**mira_k**: and SPY only did 1.10%, so QQQ beat it by 0.80 pp
**old_man_dax**: RSI 56.4. not overbought. calm down kids
**old_man_dax**: MACD 1.96 still below signal 2.46
**zeroDTE_zeke**: yesterday (Thursday) close was $614.72, Wednesday $618.43
**tapehound**: over the last 10 sessions it's up 1.47%, on the year +4.91%
**mira_k**: the move was 1.6 ATRs btw (ATR $8.05)
**old_man_dax**: golden cross since Jul 27, 83 sessions. boring bull
**zeroDTE_zeke**: put/call OI 1.32, max pain $630 for next friday
**mira_k**: range is $610.21 to $629.76, 29 sessions now. $629.76 is resistance
**tapehound**: fomc dec 9, 13 sessions out. 7 people in this channel still short lmao
""")

clean("column-IWM-2026-11-20", "IWM-2026-11-20", "newspaper-column", "txt",
      "a regional newspaper's Saturday closing-bell column: byline, page number, the founding year, "
      "a phone number, two cited stories with the headline quoted, dated past closes",
      """\
THE CLOSING BELL
By Marjorie Feld, Business Editor · The Millbrook Courier · Saturday, November 21, 2026 · Page B4

Small companies spent another Friday watching the big names have all the fun. The iShares Russell
  2000 ETF, the fund most local savers use to own small caps, closed at $244.30, up 73 cents or 0.30%.
  The Russell 2000 index itself ended at 2,456.17, also up 0.30%.

That was the sixth straight session in which the small-cap fund lagged the S&P 500 fund, which gained
  1.10% on the day. "Small caps sit out another rally," as Ledger Markets Daily put it [1].

The fund has been boxed in for weeks. Ledger counts five weeks between roughly $240 and $250 [1]; by
  our own count the fund has closed between $241.00 and $249.26 for 25 sessions. Its last close at the
  top of that band, $249.26, came on Thursday, Nov. 12.

For the week, the fund lost 1.10%; over the past month it is down 1.65%, and it is up just 0.42% for
  the year. It remains 5.23% below its record close of $257.77, set on Nov. 28, 2025.

Trading was brisk: 39.6 million shares changed hands, about 1.3 times the 20-day average of 30.0
  million. The day's range was narrow, from $243.65 to $244.45.

The fund sits 0.60% below its 50-day moving average of $245.77 and 5.86% above its 200-day average of
  $230.77. Both averages have gone flat. The 50-day crossed above the 200-day on Aug. 10, a golden cross
  that is now 73 sessions old.

The relative strength index reads 48.2, neither overbought nor oversold, and the MACD, at 0.31,
  remains below its signal line of 0.51.

Bond yields helped the mood: the 10-year Treasury yield fell 7 basis points to 4.06%, according to
  Macro Brief [2].

Next on the calendar is the Federal Reserve's Dec. 9 decision, 13 sessions away. The Courier has
  covered Millbrook's markets since 1948; send questions to 555-0142.

<<SOURCES>>
""", sources=("ld-smallcaps20", "mb-yields20"), source_format="column")

clean("desknote-DIA-2026-11-20", "DIA-2026-11-20", "sell-side-desk-note", "md",
      "a sell-side strategy desk's note with a rating and a 12-month target (the desk's own view), "
      "section labels, a three-session run, dated closes, options open interest and disclosures",
      """\
**MERIDIAN CAPITAL MARKETS · US EQUITY STRATEGY DESK**
Desk note · 20 Nov 2026 · 17:15 ET · For institutional clients only · Page 1 of 2

**DIA (SPDR Dow Jones Industrial Average ETF): OVERWEIGHT (unchanged), 12-month target $505 (our
  strategist's view, not a market level).**

**Summary.** DIA closed at $471.60, +0.60% (+$2.81), its third higher close in a row, 1.00% over the
  three sessions. The Dow itself settled 0.58% higher at 47,220.31 [1]. Volume of 5.5M was 1.6x the
  20-day average of 3.4M.

**Trend.** DIA is 0.85% above its 50-day ($467.61) and 3.69% above its 200-day ($454.80). The golden
  cross of Oct 2 is 35 sessions old. The 200-day has edged lower over the past month while the 50-day
  is drifting up.

**Momentum.** RSI(14) 55.5, mid-range. MACD 0.34 sits under its 0.47 signal; we would not call that a
  buy signal yet.

**Levels.** Resistance $474.50, the top of a 43-session range whose floor is $464.29; support $467.61
  at the 50-day. DIA is 4.52% below the record close of $493.91, set on Jan 12.

**Performance.** 1W +1.10% | 1M -0.17% | YTD -0.72%. Against SPY (+1.10% today) DIA lagged by 0.50 pp.

**Recent closes.** Wed Nov 18 $468.32. On Thursday the Dow added 0.1% to 46,946.60 [2], and DIA closed
  at $468.79.

**Options.** Put/call OI 1.14; max pain $473; call wall $480, put wall $465.

**Risks.** The Fed decides on Dec 9, 13 sessions out; the November CPI report follows on Thursday, Dec
  10. Analyst certification and disclosures on page 2; 3 analysts contributed to this note.

<<SOURCES>>
""", sources=("ld-rebound20", "hs-edge19"), source_format="desk")

clean("interview-GSPC-2026-11-20", "idx_GSPC-2026-11-20", "interview-qa", "md",
      "an interview Q&A with a pension CIO, edited for length: the index in points, a past Monday "
      "from a cited story, the record and its intraday peak, a team head count", """\
## Five Questions With... Dana Whitcombe, Lakeshore Pension Advisors

*Interview conducted Friday evening, November 20, 2026; edited for length.*

**Q: The S&P 500 rallied hard today. How big a day was it?**
A: It closed at 6,901.69, up 75.63 points or 1.11%. That's a move of about 1.1 times its average true
  range, so a solid day, not a historic one. Thursday's close was 6,826.06.

**Q: Does that change the picture for the week?**
A: It turns the week positive: the index is up 1.10% over five sessions. Over the month it's still down
  0.95%, and for the year it's up 3.33%.

**Q: Where does it stand against its averages?**
A: It's 1.13% above the 50-day at 6,824.87 and 6.50% above the 200-day at 6,480.69. The golden cross
  from September 21 is intact, 44 sessions on. And the 50-day has been rising, roughly 1.8% in the last
  month.

**Q: The record?**
A: The closing record is 6,968.14, from October 22, and we're 0.95% under it. The intraday peak that
  day was 6,992.05.

**Q: Momentum?**
A: RSI at 54.9 is neutral. MACD at 8.49 is below its signal at 16.37, so I wouldn't call momentum
  strong.

**Q: Where was the leadership?**
A: Tech. The Nasdaq 100 gained 1.89% to 25,753.96 [1]. The Dow added 0.58% and the Russell 2000 only
  0.30%. The VIX fell 9.30% to 15.60.

**Q: Levels?**
A: Support at 6,805.34, the bottom of the 29-session range; resistance at the record, 6,968.14, then
  7,000.

**Q: Anything from earlier in the week worth recalling?**
A: Monday. The index gained 0.4% on Monday to 6,855.03 and held above its 50-day [2].

**Q: What's next?**
A: The Fed on Wednesday, December 9. There are 23 people on our team and all of them will be watching.

<<SOURCES>>
""", sources=("hs-megacap20", "tw-50day16"), source_format="column")

clean("chatbot-FRNT-2026-11-20", "FRNT-2026-11-20", "chatbot-answer", "md",
      "an AI chatbot's answer to a retiree asking about a fund in an IRA: numbered headings, "
      "bullets, the user's age, a 52-week low set today, a death cross and a response time", """\
**User:** hey can you explain what's going on with FRNT? I'm 67 and it's about 5% of my IRA.

**Assistant:** Sure! Here's a plain-language summary of FRNT as of the close on Friday, November 20,
  2026.

**1. Today's move**
FRNT closed at $30.01, down $0.26 (-0.86%). That's its third lower close in a row, for a drop of 3.60%
  over those three days.

**2. The bigger picture**
- This week: -3.07%
- Past month: -8.56%
- Year to date: -18.34%

FRNT also closed at a new 52-week low today. It's 28.24% below its 52-week high of $41.82 (August 19,
  2026) and 32.49% below its all-time high of $44.45 from November 2024.

**3. Trend**
FRNT trades 10.45% below its 50-day moving average ($33.51) and 19.73% below its 200-day ($37.38). A
  death cross formed on October 15, 26 sessions ago. The 50-day average is falling steeply, about 9.4%
  over the last 20 sessions.

**4. Momentum**
The RSI is 22.9, which is in oversold territory (below 30). The MACD (-0.93) is below its signal line
  (-0.88).

**5. Volume**
7.8 million shares traded, about 1.2 times the 20-day average of 6.3 million.

**6. Context**
The index it follows, FSMI, fell 0.88% to 35,112.40, while SPY rose 1.10%.

**7. Levels to watch**
Resistance sits at $31.00 and then $32.39; the round $30.00 is the nearest support below.

I'm an AI assistant and this isn't financial advice. You may want to talk with a licensed advisor; at
  67, your time horizon matters. *(Response generated in 2.3 seconds.)*
""")

clean("brokeremail-RUT-2026-11-17", "idx_RUT-2026-11-17", "broker-eod-email", "txt",
      "a retail broker's end-of-day email to clients: headers with the send time, the index in "
      "points, oil from a cited story, last Thursday's close as the range top, an extension number",
      """\
From: Gary Pellman <gpellman@northfieldsecurities.example>
To: Client list (private)
Subject: EOD Tue 11/17: small caps give back Monday's gain
Sent: Tuesday, November 17, 2026 4:48 PM

Hi all,

Quick end-of-day from the desk. The Russell 2000 closed at 2,465.79, down 19.30 points or 0.78%. It
  opened at 2,479.40, tried for 2,486.79 early and found a low at 2,459.06 late in the day. Monday's
  close had been 2,485.09, so today erased that small gain and then some.

Wider market: S&P 500 -0.50% to 6,821.04, Nasdaq 100 -0.90%, Dow -0.21%. The VIX rose 6.02% to 17.60.
  Oil was the story: WTI fell 2.7% to $67.35 a barrel, per Ledger [1], and energy names dragged.

Where small caps stand: the index is 0.33% below its 50-day average (2,473.93) but 6.36% above its
  200-day (2,318.38). Golden cross since Aug 10, 70 sessions. RSI 50.1, right in the middle. MACD 8.85
  is still above its 5.83 signal, so momentum hasn't broken.

Performance: -0.98% on the week, +1.48% on the month, +0.85% YTD. The index has lagged the S&P three
  sessions running. Still 4.84% below the record close of 2,591.09 (Nov 28, 2025).

Range: 2,421.62 to 2,505.20 over 22 sessions; the top was last Thursday's close, Nov 12. Support
  2,458.33, then 2,450; resistance 2,473.93 (the 50-day) and 2,505.20.

Calendar: FOMC Wednesday Dec 9, 16 sessions out; CPI the day after.

As always, call me at ext. 214 with questions. Have a good night.
Gary

<<SOURCES>>
""", sources=("ld-oil17",), source_format="column")

clean("italian-FSMI-2026-11-20", "idx_FSMI-2026-11-20", "italian-translation", "txt",
      "a market note machine-translated from Italian: continental notation (35.112,40 and -0,88%), "
      "word order kept from the original, a 52-week low today, a death cross, a word count",
      """\
Nota di mercato (translated from the Italian, automatic translation, lightly edited)
Milan, 21 November 2026, ore 08:30

The FSMI index closed the session of Friday at 35.112,40 points, in decline of 312,84 points (-0,88%).
  It is the third consecutive session in decline: in three sessions the index has lost 3,58%. Thursday
  the close was at 35.425,24.

The index marks thus a new minimum of 52 weeks in closing, and finds itself 28,26% under the maximum of
  52 weeks of 48.944,52 points touched on 19 August. From the historical maximum of 52.018,76 (13
  November 2024) the distance is of 32,50%.

On the week the loss is of 3,07%; on the month of 8,56%; from the start of the year of 18,33%.

The averages: the index is 10,45% under the average at 50 days (39.210,55) and 19,73% under that at 200
  days (43.740,76). The cross of death of 15 October, 26 sessions ago, remains in force. The average at
  50 days descends rapidly.

The RSI at 14 days is 23,0: zone of oversold. The MACD (-1.085,04) remains under the line of signal
  (-1.025,37).

Meanwhile in America the S&P 500 gained 1,11%.

Nearest supports: 35.000 points; resistances at 35.500 and at 37.915,92.

Next appointment: the Fed on 9 December, in 13 sessions. (Translation by the service; 412 words in the
  original.)
""")

clean("pension-SPY-2026-06-03", "SPY-2026-06-03", "pension-committee-briefing", "md",
      "a municipal pension fund's investment-committee briefing: numbered paragraphs, an allocation "
      "share and a valuation date, a five-session run, a death cross with price above both "
      "averages, the next meeting's date and room", """\
# CITY OF HARLOW FIREFIGHTERS' PENSION FUND
## Investment Committee, agenda item 4: market briefing

*Prepared by staff for the meeting of June 4, 2026.*

1. **Purpose.** This briefing updates trustees on the U.S. large-cap equity sleeve, held through SPY,
  which was 38% of the fund's assets at the March 31 valuation.

2. **Latest session.** On Wednesday, June 3, SPY closed at $659.18, up $3.83 (0.58%). It was the fifth
  consecutive higher close; over those five sessions the fund gained 4.87%. Tuesday's close was $655.35
  and Friday, May 29's was $643.10.

3. **Longer horizons.** One month: +8.87%. Year to date: -1.05%. SPY is 4.84% below its 52-week closing
  high of $692.73 (November 26, 2025) and 11.28% above its 52-week closing low of $592.37 (April 28,
  2026).

4. **Trend.** SPY is 6.99% above its 50-day average ($616.10) and 1.76% above its 200-day ($647.76).
  Staff note that the 50-day remains below the 200-day: the death cross of March 27 is still in effect,
  46 sessions later. The 200-day average is flat.

5. **Momentum and activity.** The 14-day RSI is 72.3, in overbought territory. MACD (10.15) is above its
  signal (6.99). Volume of 51.6 million shares was below average: 0.7 times the 20-day mean of 69.3
  million.

6. **Peers.** The Dow ETF fell 0.58% while QQQ rose 0.57% and IWM 0.35%. The VIX rose 6.18% to 18.55.

7. **Reference levels.** Resistance $665.30, then $681.39; support $652.32, then $650.

8. Staff have no rebalancing recommendation. The committee's next regular meeting is September 10,
  2026, at 9:00 a.m., Room 3B.
""")

clean("mmchat-QQQ-2025-11-17", "QQQ-2025-11-17", "market-maker-chat", "txt",
      "a market-making desk's chat log with timestamps and initials: terse prices without dollar "
      "signs, 'mm' for millions, a record close, a setup with its R multiple, a head count", """\
[desk chat · Mon 17-Nov-2025]
16:00:12 JR: QQQ settles 622.21, +10.60 / +1.73%. new closing high
16:00:40 KL: ^ record close, beats the old one. hi 626.07 lo 609.46
16:01:05 JR: opened 613.29, gap +0.27%. 1.4 ATR day (ATR 8.35)
16:01:30 KL: printed 63.7mm vs 40.8mm avg, 1.6x. we were short gamma into it, ouch
16:02:02 JR: NDX 25,582.79 +1.74%. SPY +1.39%, IWM +1.96%, smalls actually beat us
16:02:45 KL: RSI 65.6, not overbought yet. MACD 3.36 over signal 1.48
16:03:10 JR: 50d 601.02, we're 3.52% over; 200d 538.92, 15.46% over. golden x since Jul 1
16:03:44 KL: wk +2.84%, mo +1.68%, ytd +14.73%
16:04:20 JR: fri close 611.61, thu 612.16
16:05:01 KL: offers at 630, bids at 620. 620 is support, 630 resistance
16:05:40 JR: if 630.56 breaks, long w stop 620.12, tgt 655.61. 2.4R
16:06:15 KL: 51.14% off the april low (411.68, Apr 16). wild year
16:07:00 JR: ok 3 of us on the desk tomorrow, i'm in at 7am
""")

clean("hype-IWM-2026-02-13", "IWM-2026-02-13", "hype-thread", "md",
      "an alarmist social-media thread with emoji, capitals and numbered posts: a losing run with "
      "its total, a record date, a golden cross still standing while price sits under both "
      "averages, a trader's 'since 2009'", """\
🚨🚨 SMALL CAPS ARE BREAKING DOWN 🚨🚨 (thread 1/6)

IWM just closed at $226.54. Down $2.39 today, -1.04%. That's SIX red closes in a row, -5.80% in total.
  Nobody is talking about this!!!

2/ The week? -4.94%. The month? -10.88%. 2026 YTD? -6.88%. Bulls were partying at $257.77 (record
  close, Nov 28) and now we're 12.12% off it 📉

3/ It's under the 50-day ($246.22) by 7.99% and under the 200-day ($229.41) by 1.25%. Under BOTH.

4/ The crazy part: technically there's still a golden cross on the chart (since Jul 18, 2025). For now.
  The 50-day is already rolling over while the 200-day keeps climbing. Watch this space.

5/ RSI 21.4 = deeply oversold. MACD -4.70 below signal -3.06. Bounce? Maybe. Trend? Broken.

6/ IWM has lagged SPY for 5 sessions straight; SPY was down only 0.54% today. Next support $225, then
  $218.48. Anything above ($229.41, $230.79) is resistance now. Not financial advice, 18+ only, I've been
  trading since 2009 🫡
""")

clean("essay-DIA-2025-11-17", "DIA-2025-11-17", "student-essay", "md",
      "an undergraduate's short essay on a record day: a course header with a word count, full "
      "sentences, a textbook edition, a quoted 'golden cross', a thousand dollars of pocket money",
      """\
**Econ 101, Section 4. Short Essay #3: "A Day in the Life of the Dow"**
Student: Priya N. | Professor Alvarez | Submitted November 18, 2025 | Word count: 498

On Monday, November 17, 2025, the SPDR Dow Jones Industrial Average ETF (ticker DIA) reached a
  milestone: it closed at $481.59, the highest close in its history. The fund rose $4.26, or 0.89%, from
  Friday's close of $477.33. The index it follows, the Dow Jones Industrial Average, rose 0.87% to
  48,219.41.

This record was not an accident. Over the previous week DIA gained 1.70%, over the previous month
  1.99%, and since January 1 it is up 6.55%. It has risen 29.75% from its 52-week closing low of
  $371.18, which it set on April 16, 2025, during the tariff panic that my textbook (Mankiw, 9th
  edition) does not cover.

Technical analysts would say the trend is strong. DIA is 4.51% above its 50-day moving average of
  $460.80 and 10.90% above its 200-day moving average of $434.25. A "golden cross" happened on July 14,
  2025, 89 trading sessions before that record close. The 50-day average is rising steeply.

However, there are warning signs. The RSI is 72.8, which is above 70 and therefore considered
  overbought. The MACD is 4.50 and its signal line is 3.61, so MACD is above its signal.

Not everything went up as little as DIA. In fact, DIA was the weakest of the four big ETFs: SPY rose
  1.39%, QQQ 1.73%, and IWM 1.96%. The VIX, a fear gauge, fell 4.67% to 13.47.

In conclusion, the Dow ETF's record shows that markets can rise even when investors worry. If I had
  $1,000 I would not buy at an overbought RSI. (3 sources cited in the bibliography, not included.)
""")

clean("chartbook-QQQ-2026-11-17", "QQQ-2026-11-17", "technician-chart-book", "md",
      "a technician's chart book plate: figure captions, terse annotations, a pending long at the "
      "50-day, a returns strip with a 10-session window, a cited index move", """\
### CHART BOOK: QQQ (daily), plate 7 of 24, close of Tue 17 Nov 2026
*[Figure 7a: price with the 20/50/200-day averages. Figure 7b: RSI(14). Figure 7c: MACD(12,26,9).]*

**7a.** Last $615.97 (-$5.59, -0.90%); session range $615.95 to $624.18, closing almost on its low.
  Prior close $621.56 (Mon). The 20-day, $619.78, is overhead; the 50-day, $612.70, is beneath (price
  0.53% above it); the 200-day is $579.82 (price 6.24% above). Golden cross (50 over 200) dated 27 Jul,
  80 sessions old. The 50-day is climbing steeply, +1.8% across 20 sessions; the 200-day is flat.

*Annotation:* the record close, $629.76 on Wed 11 Nov, now 2.19% overhead; the intraday record, $632.37,
  came one day later. Range floor $606.02, 40 sessions in the box.

**7b.** RSI(14) 48.4: below 50, no longer overbought, nowhere near oversold.

**7c.** MACD 2.43 under signal 3.05: the bearish crossover is in force.

**Returns:** 5D -1.80% | 1M -0.72% | YTD +3.16% | 10 sessions +0.17%.
**Volume:** 61.1M, 1.5x its 42.0M 20-day mean: heavier selling.
**Peers (same day):** NDX -0.90% to 25,326.20 [1] | SPY -0.50% | IWM -0.80% | DIA -0.20%.
**Plan:** pending long at $612.70 (the 50-day), stop $606.71, target $622.21. Support $609.62,
  resistance $623.73.
**Next event:** FOMC 9 Dec (Wed), 16 sessions.

<<SOURCES>>
""", sources=("tw-nasdaq17",), source_format="short")

clean("sms-IWM-2026-11-17", "IWM-2026-11-17", "sms-alert-stream", "txt",
      "a stream of SMS price alerts from a short code: clock times, an opt-out line, a message cap, "
      "a US-style numeric date for the record, one cited story", """\
SMS from 72020 · Tue, Nov 17
[9:31 AM] RangeAlert: IWM opened $246.64, below Monday's $247.26 close. Reply STOP to end.
[11:02 AM] RangeAlert: IWM hit $247.37, today's high.
[2:15 PM] RangeAlert: IWM under its 50-day ($246.21).
[4:01 PM] RangeAlert: IWM closed $245.28, -$1.98 (-0.80%). Low $244.61.
[4:02 PM] RangeAlert: IWM 0.38% below 50-day, 6.32% above 200-day ($230.71).
[4:03 PM] RangeAlert: IWM RSI 50.0, MACD 0.86 > signal 0.57.
[4:04 PM] RangeAlert: IWM lagged SPY 3 sessions in a row. SPY -0.50%, QQQ -0.90%.
[4:05 PM] RangeAlert: Russell 2000 -0.78% to 2,465.79. Small caps lose 0.8% [1].
[4:06 PM] RangeAlert: IWM 1W -1.00%, 1M +1.46%, YTD +0.82%.
[4:07 PM] RangeAlert: IWM 4.85% below record close $257.77 (11/28/2025).
[4:08 PM] RangeAlert: IWM range $241.00-$249.26, 22 sessions. Support $244.79.
[4:09 PM] RangeAlert: FOMC Wed 12/9, 16 sessions. Msg&data rates may apply. 3 msgs/day max.

<<SOURCES>>
""", sources=("hs-slides17",), source_format="short")

clean("quiz-SPY-2026-11-17", "SPY-2026-11-17", "quiz-with-answers", "md",
      "a newsletter's weekly markets quiz with its answers: numbered questions, yes/no answers about "
      "RSI and MACD, a bonus from a cited story, a scoring key", """\
## Markets Quiz #212: answers for Tuesday, November 17, 2026
*(8 questions, 1 point each)*

**Q1. At what price did SPY close on Tuesday?**
A1. $679.84, down $3.41.

**Q2. By what percentage did it fall?**
A2. 0.50%, the same as the S&P 500 itself, which ended at 6,821.04.

**Q3. Is SPY above or below its 50-day average?**
A3. Above, barely: 0.09% above the 50-day at $679.19. It is 5.27% above the 200-day at $645.83.

**Q4. Is the RSI overbought?**
A4. No. RSI(14) is 46.8.

**Q5. Has MACD crossed above its signal line?**
A5. No: MACD is 1.09, its signal 2.42.

**Q6. How far is SPY from its record close, and when was it set?**
A6. 2.14% below the record close of $694.71, set on Thursday, October 22.

**Q7. Which fell more on Tuesday, QQQ or DIA?**
A7. QQQ, down 0.90%, against DIA's 0.20% dip. IWM lost 0.80%.

**Q8. When is the next Fed decision?**
A8. Wednesday, December 9, 16 sessions away; the CPI report follows a day later.

**Bonus (no points):** on Monday the S&P 500 gained 0.4% to 6,855.03, holding above its 50-day [1].
  SPY's Monday close was $683.25.

*Scoring: 7-8 points, market wizard; 4-6, solid; 0-3, read the wrap again.*

<<SOURCES>>
""", sources=("tw-50day16",), source_format="desk")

clean("voice-DIA-2026-06-03", "DIA-2026-06-03", "voice-assistant-answer", "txt",
      "a smart speaker's spoken answer: every figure in words (dollars and cents, tenths of a "
      "percent, an index level in thousands, ordinal dates), a spelled-out ticker, a watchlist count",
      """\
Voice assistant transcript (smart speaker, kitchen), June 3, 2026, 7:12 p.m.

User: "Hey Nova, how did the Dow ETF do today?"

Nova: "The SPDR Dow Jones Industrial Average ETF, ticker D-I-A, closed at four hundred sixty-one
  dollars and eleven cents, down two dollars and sixty-seven cents, or about six-tenths of a percent.
  The Dow itself fell zero point five seven percent to forty-six thousand, one hundred eighty-six
  points.

Yesterday it had closed at four hundred sixty-three dollars and seventy-eight cents, the top of its
  recent range.

Over the past week it's still up about two point eight percent, and over the past month it's up six
  point six percent. For the year it's down about three percent.

The fund is trading above its fifty-day moving average of four hundred thirty-nine dollars and eighty
  cents, and just above its two hundred-day average of four hundred sixty dollars and nine cents. A
  death cross formed on April eighth and is still in place.

Its relative strength index is sixty-six point six, close to but not yet overbought. It's about six
  point six percent below its fifty-two-week high from January twelfth.

The S&P 500 fund rose zero point five eight percent today, so the Dow fund lagged it for a second
  straight session.

Would you like me to add D-I-A to your watchlist? You have three items on it."
""")

clean("portuguese-IWM-2026-03-30", "IWM-2026-03-30", "portuguese-translation", "txt",
      "a market bulletin machine-translated from Portuguese: 'US$ 211.00' prices, day-month dates, "
      "a death cross four sessions old, MACD above its signal in a downtrend", """\
Boletim de mercado (translated from the Portuguese by the desk's tool). São Paulo, 31 March 2026

The ETF IWM, of the American small caps, closed Monday at US$ 211.00, a fall of US$ 2.65 (-1.24%). It
  was the fourth consecutive fall, with accumulated loss of 2.54% in four sessions. On Friday the fund
  had closed at US$ 213.65.

The death cross happened on 24 March, only 4 sessions ago: the 50-day average (US$ 227.59) crossed
  below the 200-day (US$ 230.93). The fund is 7.29% below the first and 8.63% below the second. The
  50-day average falls fast, about 5.4% in 20 sessions; the 200-day is practically flat.

The RSI is 33.9, close to oversold but not yet there. Curiously, the MACD (-3.77) is already above its
  signal line (-4.40).

In the week the fall is 2.10%; in the month, 3.87%; in the year, 13.27%. The distance to the record
  close of US$ 257.77 (28 November 2025) is 18.14%.

The Russell 2000 fell 1.22% to 2,120.33. The S&P 500 ETF fell 0.78%, the Nasdaq ETF 1.44%. The VIX
  closed at 24.71.

Supports: US$ 210.00 and US$ 207.94. Resistances: US$ 212.32 and US$ 214.35. The range of the last 20
  sessions goes from US$ 210.30 to US$ 223.97.
""")

clean("dutch-SPY-2026-11-20", "SPY-2026-11-20", "dutch-translation", "txt",
      "a Saturday market overview machine-translated from Dutch: Europe, Asia, gold, oil and bitcoin "
      "with their own days, a market holiday next week, an editorial head count and a delay notice",
      """\
Beursoverzicht (translated from the Dutch, automatic translation). Amsterdam, Saturday 21 November 2026

Wall Street closed Friday clearly higher. The tracker SPY closed at $688.00, a rise of 1.10%, and the
  S&P 500 itself rose 1.11% to 6,901.69. Technology led: QQQ won 1.90%. Small caps stayed behind with a
  plus of only 0.30% for IWM.

In Europe the DAX rose 0.62% to 24,106.94 earlier on Friday. In Asia the Nikkei won 0.41% to 48,912.62
  while the Hang Seng lost 1.21%.

Raw materials: gold rose 0.48% to 4,050.95 dollars per ounce, oil (WTI) 1.04% to 67.80 dollars.
  Bitcoin stood on Thursday at 91,229 dollars, 2.27% higher.

Technically SPY is 1.11% above the 50-day average ($680.43). The RSI stands at 55.0. The record close
  of $694.71 dates from 22 October; SPY is 0.97% below it. The volume was 1.8 times the average.

The fear index VIX fell 9.30% to 15.60. Next week Thanksgiving falls on Thursday and the market is
  closed. Then the Fed on 9 December.

(This overview is compiled by an editorial staff of 6 people; prices delayed at least 15 minutes.)
""")

clean("options-IWM-2026-11-20", "IWM-2026-11-20", "options-desk-colour", "txt",
      "a derivatives desk's post-close colour: spot, the next weekly expiry's open interest (max "
      "pain, walls, put/call), Bollinger bands, the day's range in cents, a cited box, a rota",
      """\
IWM OPTIONS COLOUR · derivatives desk · Fri 20-Nov · post-close

Spot $244.30, edging up 0.30%, a quiet 0.2 ATR day against an ATR of $2.83. The monthly expiry rolled
  off today; the next weekly expiry is Friday, Nov 27.

Open interest for the 27th: max pain $245.00, call wall $250.00, put wall $240.00, put/call OI 1.12.
  The street leans puts, and the $240-$250 box the tape has lived in for five weeks [1] is exactly
  where dealers sit.

Bollinger bands $239.63 / $250.15, width 4.30%; the 20-day is $244.89. Realised vol is low: the day's
  range was only 80 cents ($243.65-$244.45).

Flow: 39.6M shares, 1.3x average. IWM lagged SPY again (SPY +1.10%), a sixth session in a row.

Spot RSI 48.2: no squeeze fuel. The 50-day, $245.77, just above spot, acts as resistance; the $241.00
  range floor is support.

Desk: 4 traders, 2 on the phones till 5:30 PM.

<<SOURCES>>
""", sources=("tw-box19",), source_format="short")

clean("voicemail-QQQ-2026-11-20", "QQQ-2026-11-20", "voicemail-transcript", "txt",
      "a financial planner's voicemail to a client, transcribed: all figures in words, a record "
      "date as an ordinal, an appointment date and an extension that are not market data", """\
Voicemail transcript · Fri, Nov 20, 2026, 5:41 PM · from Denise Okafor, Okafor Financial Planning (1
  min 48 sec)

"Hi Robert, it's Denise, returning your call from this morning. So, the tech fund you asked about,
  Q-Q-Q, had a really good day. It closed at six hundred twenty-six dollars and forty cents, up eleven
  dollars and sixty-eight cents, which is almost two percent. It traded about twice its normal volume,
  too.

It's now just over two percent above its fifty-day average, and it's only about half a percent below
  its record close of six hundred twenty-nine dollars and seventy-six cents, which it set on November
  eleventh. Up almost five percent this year.

The RSI, the momentum number I showed you, is in the mid-fifties, so it isn't stretched. Compare that
  with the small-cap fund, which only rose three-tenths of a percent.

Your account is up to date, and I'll send the quarterly statement on the first. We have the review on
  December fourteenth at ten. Call me back at extension two-oh-three. Bye now."
""")


# ---------------------------------------------------------------- the planted errors

plant = SET.plant
V, D, P, IND = "value-mismatch", "direction-mismatch", "pattern-mismatch", "indicator-mismatch"
DU, WM, LW, NU = "date-untraced", "weekday-mismatch", "level-wrong-side", "number-untraced"

B = "youtube-SPY-2026-11-20"
plant(B, "yt-close", "value", V, "SPY closed at $688.00 today", "SPY closed at $686.00 today", "$686.00",
      "the close is $688.00")
plant(B, "yt-change-words", "words", V, "up $7.49, that's", "up seven dollars and ninety cents, that's",
      "seven dollars and ninety cents", "the day's move is $7.49, not $7.90")
plant(B, "yt-thursday", "history", V, "Thursday, it closed at $680.51", "Thursday, it closed at $681.88",
      "$681.88", "Thursday Nov 19 closed at $680.51; $681.88 is Wednesday's close", real=True)
plant(B, "yt-week", "timeframe", V, "week it's now up 1.10% as well", "week it's now up 3.28% as well",
      "3.28%", "the 5-session return is 1.10%; 3.28% is the year-to-date return", real=True)
plant(B, "yt-high", "value", V, "$689.87 at the high", "$691.87 at the high", "$691.87",
      "the session's high is $689.87")
plant(B, "yt-volume-words", "words", V, "about 1.8 times normal", "about three times normal", "three times",
      "volume is 1.8 times its 20-day average")
plant(B, "yt-200-flat", "trend", D, "honestly, pretty flat", "honestly, climbing fast", "climbing fast",
      "the 200-day rose 0.13% in 20 sessions: flat, not climbing fast (needs 1.5%)")
plant(B, "yt-50-slope", "trend", V, "it's up about 1.8% over", "it's up about 3.8% over", "3.8%",
      "the 50-day's 20-session slope is 1.76%")
plant(B, "yt-nodeath", "negation", P, "No death cross here", "No golden cross here", "golden cross",
      "the cross in force is golden (Sep 21); denying it is a pattern error")
plant(B, "yt-cross-date", "date", DU, "back on September 21st", "back on September 23rd", "September 23rd",
      "the golden cross formed on Sep 21, 2026")
plant(B, "yt-macd", "indicator", IND, "which is still under its signal line",
      "which is already above its signal line", "above its signal", "MACD 0.82 is below its signal 1.59")
plant(B, "yt-record-date", "date", DU, "from October 22nd", "from October 21st", "October 21st",
      "the record close was set on Oct 22, 2026")
plant(B, "yt-qqq", "subject", V, "QQQ was the star, up 1.90%", "QQQ was the star, up 1.10%", "1.10%",
      "QQQ rose 1.90%; 1.10% is SPY's move", real=True)
plant(B, "yt-iwm", "subject", V, "IWM, only up 0.30%", "IWM, only up 0.60%", "0.60%",
      "IWM rose 0.30%; 0.60% is DIA's move", real=True)
plant(B, "yt-vix-dir", "direction", D, "the VIX dropped 9.30%", "the VIX jumped 9.30%", "jumped",
      "the VIX fell 9.30%")
plant(B, "yt-support", "level", LW, "support around $678.45", "support around $690.00", "$690.00",
      "$690.00 is above the $688.00 close: it cannot be support", real=True)
plant(B, "yt-stop", "setup", "setup-geometry", "a stop at $690.03", "a stop at $699.03", "$699.03",
      "a long's stop above its $697.09 entry")
plant(B, "yt-rr", "setup", "setup-reward-risk", "about 2 to 1 reward", "about 4 to 1 reward", "4 to 1",
      "entry 697.09, stop 690.03, target 710.97: 13.88 / 7.06 = 2.0")
plant(B, "yt-fed-day", "date", WM, "on Wednesday, December 9th", "on Tuesday, December 9th", "Tuesday",
      "Dec 9, 2026 is a Wednesday")
plant(B, "yt-fed-count", "history", V, "that's 13 sessions away", "that's 15 sessions away", "15 sessions",
      "the Fed decision is 13 sessions away")

B = "discord-QQQ-2026-11-20"
plant(B, "dc-close", "value", V, "QQQ closed $626.40 lol", "QQQ closed $624.60 lol", "$624.60",
      "the close is $626.40")
plant(B, "dc-sign", "direction", D, "+$11.68 on the day", "-$11.68 on the day", "-$11.68",
      "QQQ gained $11.68")
plant(B, "dc-volx", "value", V, "avg, 2x. real", "avg, 3x. real", "3x", "volume is 2.0x its average")
plant(B, "dc-gap", "value", V, "gapped up 0.55%", "gapped up 0.75%", "0.75%", "the opening gap is 0.55%")
plant(B, "dc-below50", "direction", D, "2.02% above the 50d", "2.02% below the 50d", "below",
      "QQQ is 2.02% above its 50-day")
plant(B, "dc-record-date", "date", DU, "$629.76 from Nov 11", "$629.76 from Nov 12", "Nov 12",
      "the record close was on Nov 11; Nov 12 is the intraday record's day", real=True)
plant(B, "dc-ndx", "subject", V, "25,753.96, up 1.89%", "25,753.96, up 1.90%", "1.90%",
      "the Nasdaq 100 rose 1.89%; 1.90% is QQQ's move", real=True)
plant(B, "dc-gap-spy", "derived", "derived-mismatch", "QQQ beat it by 0.80 pp", "QQQ beat it by 1.60 pp",
      "1.60 pp", "1.90% less SPY's 1.10% is 0.80 pp; 1.60 is the gap over IWM", real=True)
plant(B, "dc-overbought", "indicator", IND, "RSI 56.4. not overbought.", "RSI 56.4. overbought.",
      "overbought", "RSI 56.4 is not overbought")
plant(B, "dc-wed", "history", V, "Wednesday $618.43", "Wednesday $615.97", "$615.97",
      "Wednesday Nov 18 closed at $618.43; $615.97 is Tuesday's", real=True)
plant(B, "dc-10s", "timeframe", V, "it's up 1.47%", "it's up 1.28%", "1.28%",
      "the 10-session return is 1.47%; 1.28% is the week's", real=True)
plant(B, "dc-ytd", "timeframe", V, "on the year +4.91%", "on the year +0.27%", "0.27%",
      "the YTD return is 4.91%; 0.27% is the month's", real=True)
plant(B, "dc-atr", "value", V, "(ATR $8.05)", "(ATR $6.05)", "$6.05", "the ATR is $8.05")
plant(B, "dc-atrs", "magnitude", V, "the move was 1.6 ATRs", "the move was 2.6 ATRs", "2.6",
      "the day's move is 1.6 ATR")
plant(B, "dc-cross-date", "date", DU, "golden cross since Jul 27", "golden cross since Jul 29", "Jul 29",
      "the golden cross formed on Jul 27")
plant(B, "dc-quoted-death", "quotation", P, "golden cross since Jul 27", "\"death cross\" since Jul 27",
      "death cross", "a quoted 'death cross' where the cross is golden, no source says it")
plant(B, "dc-resistance", "level", LW, "$629.76 is resistance", "$614.02 is resistance", "$614.02",
      "$614.02 (the 50-day) is below the $626.40 close: not resistance", real=True)
plant(B, "dc-range-count", "history", V, "29 sessions now", "35 sessions now", "35 sessions",
      "the range has held 29 sessions")
plant(B, "dc-ndx-dollar", "scale", "scale-mismatch", "finished at 25,753.96", "finished at $25,753.96",
      "$25,753.96", "the Nasdaq 100 is an index in points, not dollars")

B = "column-IWM-2026-11-20"
plant(B, "col-close", "value", V, "closed at $244.30, up 73 cents", "closed at $243.40, up 73 cents",
      "$243.40", "the close is $244.30")
plant(B, "col-cents", "words", V, "up 73 cents", "up 83 cents", "83 cents", "the day's move is $0.73")
plant(B, "col-spy", "subject", V, "which gained 1.10% on the day", "which gained 1.90% on the day",
      "1.90%", "SPY gained 1.10%; 1.90% is QQQ's move", real=True)
plant(B, "col-streak", "history", V, "the sixth straight session", "the fourth straight session", "fourth",
      "IWM has lagged SPY 6 sessions in a row")
plant(B, "col-cite", "citation", "citation-unresolved", "Ledger Markets Daily put it [1]",
      "Ledger Markets Daily put it [3]", "[3]", "the column lists two sources")
plant(B, "col-nov12-day", "date", WM, "came on Thursday, Nov. 12", "came on Wednesday, Nov. 12", "Wednesday",
      "Nov 12, 2026 is a Thursday")
plant(B, "col-month", "timeframe", V, "month it is down 1.65%", "month it is down 1.10%", "1.10%",
      "the month's return is -1.65%; -1.10% is the week's", real=True)
plant(B, "col-record-date", "date", DU, "set on Nov. 28, 2025", "set on Dec. 2, 2025", "Dec. 2, 2025",
      "the record close was Nov 28, 2025; Dec 2 is the intraday high's day", real=True)
plant(B, "col-volume-words", "words", V, "about 1.3 times the 20-day", "about twice the 20-day", "twice",
      "volume is 1.3 times its average")
plant(B, "col-high", "value", V, "from $243.65 to $244.45", "from $243.65 to $245.45", "$245.45",
      "the session's high is $244.45")
plant(B, "col-above50", "direction", D, "0.60% below its 50-day", "0.60% above its 50-day", "above",
      "IWM is 0.60% below its 50-day")
plant(B, "col-flat", "trend", D, "Both averages have gone flat.", "Both averages are rising steeply.",
      "rising steeply", "the 50-day slope is -0.08% and the 200-day's -0.09%: neither rises steeply")
plant(B, "col-macd-neg", "negation", IND, "remains below its signal line",
      "is no longer below its signal line", "no longer below its signal",
      "MACD 0.31 is below its signal 0.51")
plant(B, "col-yield", "citation", NU, "fell 7 basis points to 4.06%", "fell 7 basis points to 4.16%",
      "4.16%", "the cited story prints 4.06%; no yield fact is loaded")
plant(B, "col-fed-date", "date", DU, "Dec. 9 decision", "Dec. 8 decision", "Dec. 8",
      "the Fed decides on Dec 9")
plant(B, "col-url", "citation", "source-not-ingested", "yields-slide-rate-cut-odds",
      "yields-slide-rate-cut-bets", "yields-slide-rate-cut-bets", "the listed URL was never ingested")

B = "desknote-DIA-2026-11-20"
plant(B, "dn-close", "value", V, "DIA closed at $471.60", "DIA closed at $471.06", "$471.06",
      "the close is $471.60")
plant(B, "dn-streak", "history", V, "its third higher close in a row", "its fifth higher close in a row",
      "fifth", "DIA has closed higher 3 sessions in a row")
plant(B, "dn-run", "timeframe", V, "1.00% over the three sessions", "1.10% over the three sessions",
      "1.10%", "the 3-session run returned 1.00%; 1.10% is the week's", real=True)
plant(B, "dn-dow", "subject", V, "settled 0.58% higher", "settled 0.60% higher", "0.60%",
      "the Dow rose 0.58%; 0.60% is DIA's move", real=True)
plant(B, "dn-volx", "value", V, "was 1.6x the", "was 2.6x the", "2.6x", "volume is 1.6x its average")
plant(B, "dn-200", "value", V, "3.69% above its 200-day", "3.96% above its 200-day", "3.96%",
      "DIA is 3.69% above its 200-day")
plant(B, "dn-cross-date", "date", DU, "cross of Oct 2", "cross of Oct 9", "Oct 9",
      "the golden cross formed on Oct 2")
plant(B, "dn-200-climb", "trend", D, "The 200-day has edged lower", "The 200-day has climbed", "climbed",
      "the 200-day's 20-session slope is -0.32%")
plant(B, "dn-macd", "indicator", IND, "MACD 0.34 sits under its 0.47 signal",
      "MACD 0.34 sits above its 0.47 signal", "above its 0.47 signal", "MACD 0.34 is below its signal 0.47")
plant(B, "dn-resist", "level", LW, "Resistance $474.50, the top", "Resistance $470.00, the top", "$470.00",
      "$470.00 is below the $471.60 close: not resistance")
plant(B, "dn-ath-pct", "value", V, "DIA is 4.52% below", "DIA is 4.25% below", "4.25%",
      "DIA is 4.52% below its record close")
plant(B, "dn-ath-date", "date", DU, "set on Jan 12", "set on Jan 13", "Jan 13",
      "the record close was Jan 12; Jan 13 is the intraday high's day", real=True)
plant(B, "dn-1m", "timeframe", V, "1M -0.17%", "1M -0.72%", "-0.72%",
      "the month's return is -0.17%; -0.72% is YTD", real=True)
plant(B, "dn-gap", "derived", "derived-mismatch", "DIA lagged by 0.50 pp", "DIA lagged by 0.30 pp", "0.30 pp",
      "1.10% less 0.60% is 0.50 pp; 0.30 is the gap to IWM", real=True)
plant(B, "dn-wed", "history", V, "Wed Nov 18 $468.32", "Wed Nov 18 $466.92", "$466.92",
      "Wednesday's close was $468.32; $466.92 is Tuesday's", real=True)
plant(B, "dn-cite", "citation", "citation-unresolved", "46,946.60 [2]", "46,946.60 [4]", "[4]",
      "the note lists two sources")
plant(B, "dn-cpi-day", "date", WM, "follows on Thursday, Dec 10", "follows on Friday, Dec 10", "Friday",
      "Dec 10, 2026 is a Thursday")
plant(B, "dn-fed-count", "history", V, "13 sessions out", "12 sessions out", "12 sessions",
      "the Fed is 13 sessions away")

B = "interview-GSPC-2026-11-20"
plant(B, "iv-close", "value", V, "It closed at 6,901.69", "It closed at 6,910.69", "6,910.69",
      "the close is 6,901.69")
plant(B, "iv-points", "value", V, "up 75.63 points", "up 57.63 points", "57.63",
      "the day's move is 75.63 points")
plant(B, "iv-atr", "magnitude", V, "about 1.1 times its average true", "about 2.4 times its average true",
      "2.4", "the move is 1.1 ATR")
plant(B, "iv-thursday", "history", V, "Thursday's close was 6,826.06", "Thursday's close was 6,841.38",
      "6,841.38", "Thursday closed at 6,826.06; 6,841.38 is Wednesday's close", real=True)
plant(B, "iv-week", "timeframe", V, "up 1.10% over five sessions", "up 1.11% over five sessions", "1.11%",
      "the 5-session return is 1.10%; 1.11% is the day's move", real=True)
plant(B, "iv-ytd", "timeframe", V, "for the year it's up 3.33%", "for the year it's up 3.83%", "3.83%",
      "the YTD return is 3.33%")
plant(B, "iv-below50", "direction", D, "It's 1.13% above the 50-day", "It's 1.13% below the 50-day", "below",
      "the index is 1.13% above its 50-day")
plant(B, "iv-cross-date", "date", DU, "from September 21 is intact", "from September 12 is intact",
      "September 12", "the golden cross formed on Sep 21")
plant(B, "iv-slope", "trend", V, "roughly 1.8% in the last month", "roughly 0.8% in the last month", "0.8%",
      "the 50-day's 20-session slope is 1.77%")
plant(B, "iv-record-date", "date", DU, "from October 22, and", "from October 23, and", "October 23",
      "the record close was set on Oct 22")
plant(B, "iv-macd", "indicator", IND, "MACD at 8.49 is below its signal", "MACD at 8.49 is above its signal",
      "above its signal", "MACD 8.49 is below its signal 16.37")
plant(B, "iv-ndx", "subject", V, "Nasdaq 100 gained 1.89%", "Nasdaq 100 gained 1.11%", "1.11%",
      "the Nasdaq 100 rose 1.89%; 1.11% is the S&P 500's move", real=True)
plant(B, "iv-rut", "subject", V, "Russell 2000 only 0.30%", "Russell 2000 only 0.58%", "0.58%",
      "the Russell 2000 rose 0.30%; 0.58% is the Dow's move", real=True)
plant(B, "iv-support-dollar", "scale", "scale-mismatch", "Support at 6,805.34", "Support at $6,805.34",
      "$6,805.34", "the S&P 500 is in points, not dollars")
plant(B, "iv-support-side", "level", LW, "Support at 6,805.34", "Support at 6,949.67", "6,949.67",
      "6,949.67 is above the 6,901.69 close: not support", real=True)
plant(B, "iv-cite", "citation", "citation-unresolved", "above its 50-day [2]", "above its 50-day [3]", "[3]",
      "the interview lists two sources")
plant(B, "iv-fed-day", "date", WM, "The Fed on Wednesday, December 9", "The Fed on Thursday, December 9",
      "Thursday", "Dec 9, 2026 is a Wednesday")
plant(B, "iv-monday", "history", V, "0.4% on Monday to 6,855.03", "0.4% on Monday to 6,826.92", "6,826.92",
      "Monday Nov 16 closed at 6,855.03; 6,826.92 is the Friday before", real=True)

B = "chatbot-FRNT-2026-11-20"
plant(B, "cb-close", "value", V, "FRNT closed at $30.01", "FRNT closed at $30.10", "$30.10",
      "the close is $30.01")
plant(B, "cb-sign", "direction", D, "down $0.26 (-0.86%)", "up $0.26 (-0.86%)", "up",
      "FRNT fell $0.26")
plant(B, "cb-streak", "history", V, "its third lower close in a row", "its fifth lower close in a row",
      "fifth", "FRNT has closed lower 3 sessions in a row")
plant(B, "cb-run", "timeframe", V, "a drop of 3.60%", "a drop of 3.07%", "3.07%",
      "the 3-session run lost 3.60%; 3.07% is the week's loss", real=True)
plant(B, "cb-month", "timeframe", V, "Past month: -8.56%", "Past month: -18.34%", "-18.34%",
      "the month's return is -8.56%; -18.34% is YTD", real=True)
plant(B, "cb-not-low", "negation", P, "FRNT also closed at a new 52-week low today.",
      "FRNT did not close at a new 52-week low today.", "new 52-week low",
      "the close of $30.01 is the 52-week low, set today")
plant(B, "cb-high-date", "date", DU, "(August 19, 2026)", "(August 20, 2026)", "August 20",
      "the 52-week closing high was Aug 19; Aug 20 is the intraday high's day", real=True)
plant(B, "cb-ath", "value", V, "all-time high of $44.45", "all-time high of $45.44", "$45.44",
      "the all-time closing high is $44.45")
plant(B, "cb-golden", "pattern", P, "death cross formed on October 15", "golden cross formed on October 15",
      "golden cross", "the cross in force is a death cross")
plant(B, "cb-slope", "trend", V, "about 9.4% over the last 20 sessions",
      "about 4.9% over the last 20 sessions", "4.9%", "the 50-day fell 9.39% over 20 sessions")
plant(B, "cb-flattening", "trend", D, "is falling steeply", "is flattening out", "flattening",
      "the 50-day fell 9.39% in 20 sessions: not flattening")
plant(B, "cb-overbought", "indicator", IND, "which is in oversold territory",
      "which is in overbought territory", "overbought", "RSI 22.9 is oversold")
plant(B, "cb-volume-words", "words", V, "about 1.2 times the 20-day", "about two and a half times the 20-day",
      "two and a half times", "volume is 1.2 times its average")
plant(B, "cb-fsmi", "subject", V, "FSMI, fell 0.88%", "FSMI, fell 0.86%", "0.86%",
      "FSMI fell 0.88%; 0.86% is FRNT's move", real=True)
plant(B, "cb-fsmi-dollar", "scale", "scale-mismatch", "0.88% to 35,112.40", "0.88% to $35,112.40",
      "$35,112.40", "FSMI is an index in points")
plant(B, "cb-resistance", "level", LW, "Resistance sits at $31.00", "Resistance sits at $30.00", "$30.00",
      "$30.00 is below the $30.01 close: not resistance")

B = "brokeremail-RUT-2026-11-17"
plant(B, "be-close", "value", V, "closed at 2,465.79", "closed at 2,456.79", "2,456.79",
      "the close is 2,465.79")
plant(B, "be-points", "value", V, "down 19.30 points", "down 29.30 points", "29.30",
      "the day's move is -19.30 points")
plant(B, "be-monday", "history", V, "close had been 2,485.09", "close had been 2,482.49", "2,482.49",
      "Monday closed at 2,485.09; 2,482.49 is the Friday before", real=True)
plant(B, "be-ndx", "subject", V, "Nasdaq 100 -0.90%", "Nasdaq 100 -0.78%", "-0.78%",
      "the Nasdaq 100 fell 0.90%; 0.78% is the Russell's move", real=True)
plant(B, "be-vix", "direction", D, "The VIX rose 6.02%", "The VIX fell 6.02%", "fell",
      "the VIX rose 6.02%")
plant(B, "be-cite", "citation", "citation-unresolved", "per Ledger [1]", "per Ledger [2]", "[2]",
      "the email lists one source")
plant(B, "be-wti", "value", V, "2.7% to $67.35 a barrel", "2.7% to $63.75 a barrel", "$63.75",
      "WTI settled at 67.35 (the cross-market fact, also the cited story's figure)")
plant(B, "be-above50", "direction", D, "0.33% below its 50-day", "0.33% above its 50-day", "above",
      "the index is 0.33% below its 50-day")
plant(B, "be-cross-date", "date", DU, "Golden cross since Aug 10", "Golden cross since Aug 11", "Aug 11",
      "the golden cross formed on Aug 10")
plant(B, "be-macd", "indicator", IND, "is still above its 5.83 signal", "is now below its 5.83 signal",
      "below its 5.83 signal", "MACD 8.85 is above its signal 5.83")
plant(B, "be-month", "timeframe", V, "+1.48% on the month", "+0.85% on the month", "0.85%",
      "the month's return is 1.48%; 0.85% is YTD", real=True)
plant(B, "be-streak", "history", V, "three sessions running", "five sessions running", "five",
      "the index has lagged the S&P 500 for 3 sessions")
plant(B, "be-record-date", "date", DU, "(Nov 28, 2025)", "(Dec 2, 2025)", "Dec 2, 2025",
      "the record close was Nov 28, 2025; Dec 2 is the intraday high's day", real=True)
plant(B, "be-support", "level", LW, "Support 2,458.33", "Support 2,505.20", "2,505.20",
      "2,505.20 is above the 2,465.79 close: not support", real=True)
plant(B, "be-fomc-day", "date", WM, "FOMC Wednesday Dec 9", "FOMC Tuesday Dec 9", "Tuesday",
      "Dec 9, 2026 is a Wednesday")
plant(B, "be-fomc-count", "history", V, "16 sessions out", "13 sessions out", "13 sessions",
      "from Nov 17 the Fed is 16 sessions away")
plant(B, "be-thursday", "date", WM, "last Thursday's close, Nov 12", "last Friday's close, Nov 12", "Friday",
      "Nov 12, 2026 is a Thursday")

B = "italian-FSMI-2026-11-20"
plant(B, "it-close", "value", V, "Friday at 35.112,40 points", "Friday at 35.121,40 points", "35.121,40",
      "the close is 35,112.40")
plant(B, "it-points", "value", V, "decline of 312,84 points", "decline of 321,84 points", "321,84",
      "the day's move is -312.84 points")
plant(B, "it-streak", "history", V, "It is the third consecutive session",
      "It is the fourth consecutive session", "fourth", "FSMI has closed lower 3 sessions in a row")
plant(B, "it-thursday", "history", V, "close was at 35.425,24", "close was at 35.758,32", "35.758,32",
      "Thursday closed at 35,425.24; 35,758.32 is Wednesday's close", real=True)
plant(B, "it-maximum", "pattern", P, "marks thus a new minimum of 52 weeks",
      "marks thus a new maximum of 52 weeks", "new maximum", "the close is a 52-week low, far from a high")
plant(B, "it-high-date", "date", DU, "touched on 19 August", "touched on 20 August", "20 August",
      "the 52-week closing high was Aug 19; Aug 20 is the intraday high's day", real=True)
plant(B, "it-ath-pct", "value", V, "the distance is of 32,50%", "the distance is of 23,50%", "23,50%",
      "FSMI is 32.50% below its record close")
plant(B, "it-month", "timeframe", V, "on the month of 8,56%", "on the month of 18,33%", "18,33%",
      "the month's loss is 8.56%; 18.33% is the YTD loss", real=True)
plant(B, "it-golden", "pattern", P, "The cross of death of 15 October", "The golden cross of 15 October",
      "golden cross", "the cross in force is a death cross")
plant(B, "it-rises", "trend", D, "descends rapidly", "rises rapidly", "rises rapidly",
      "the 50-day fell 9.38% in 20 sessions")
plant(B, "it-overbought", "indicator", IND, "zone of oversold", "zone of overbought", "overbought",
      "RSI 23.0 is oversold")
plant(B, "it-spx", "subject", V, "the S&P 500 gained 1,11%", "the S&P 500 gained 0,30%", "0,30%",
      "the S&P 500 rose 1.11%; 0.30% is the Russell 2000's move", real=True)
plant(B, "it-support", "level", LW, "Nearest supports: 35.000 points", "Nearest supports: 35.500 points",
      "35.500", "35,500 is above the 35,112.40 close: not support")
plant(B, "it-fed-date", "date", DU, "the Fed on 9 December", "the Fed on 8 December", "8 December",
      "the Fed decides on Dec 9")
plant(B, "it-fed-count", "history", V, "in 13 sessions", "in 31 sessions", "31 sessions",
      "the Fed is 13 sessions away")

B = "pension-SPY-2026-06-03"
plant(B, "pf-close", "value", V, "SPY closed at $659.18", "SPY closed at $695.18", "$695.18",
      "the close is $659.18")
plant(B, "pf-streak", "history", V, "It was the fifth consecutive", "It was the seventh consecutive",
      "seventh", "SPY has closed higher 5 sessions in a row")
plant(B, "pf-run", "timeframe", V, "the fund gained 4.87%", "the fund gained 8.87%", "8.87%",
      "the 5-session run returned 4.87%; 8.87% is the month's", real=True)
plant(B, "pf-may29", "history", V, "May 29's was $643.10", "May 29's was $630.82", "$630.82",
      "Friday May 29 closed at $643.10; $630.82 is Thursday May 28's close", real=True)
plant(B, "pf-may29-day", "date", WM, "Friday, May 29's", "Thursday, May 29's", "Thursday",
      "May 29, 2026 is a Friday")
plant(B, "pf-ytd", "timeframe", V, "Year to date: -1.05%", "Year to date: -1.50%", "-1.50%",
      "the YTD return is -1.05%")
plant(B, "pf-high-date", "date", DU, "(November 26, 2025)", "(January 12, 2026)", "January 12, 2026",
      "the 52-week closing high was Nov 26, 2025; Jan 12, 2026 is the intraday high's day", real=True)
plant(B, "pf-low-pct", "value", V, "11.28% above its 52-week closing low",
      "12.28% above its 52-week closing low", "12.28%", "SPY is 11.28% above its 52-week low")
plant(B, "pf-50-above", "negation", P, "the 50-day remains below the 200-day",
      "the 50-day remains above the 200-day", "above the 200-day",
      "the 50-day ($616.10) is below the 200-day ($647.76)")
plant(B, "pf-golden", "pattern", P, "the death cross of March 27", "the golden cross of March 27",
      "golden cross", "the cross in force is a death cross")
plant(B, "pf-200-falling", "trend", D, "The 200-day average is flat.", "The 200-day average is falling fast.",
      "falling fast", "the 200-day's 20-session slope is 0.01%")
plant(B, "pf-oversold", "indicator", IND, "in overbought territory", "in oversold territory", "oversold",
      "RSI 72.3 is overbought")
plant(B, "pf-macd-neg", "negation", IND, "MACD (10.15) is above its signal (6.99)",
      "MACD (10.15) has not crossed above its signal (6.99)", "has not crossed above its signal",
      "MACD 10.15 is above its signal 6.99")
plant(B, "pf-volx", "value", V, "0.7 times the 20-day mean", "1.7 times the 20-day mean", "1.7 times",
      "volume is 0.7 times its average")
plant(B, "pf-qqq", "subject", V, "QQQ rose 0.57%", "QQQ rose 0.58%", "0.58%",
      "QQQ rose 0.57%; 0.58% is SPY's move", real=True)
plant(B, "pf-dow-dir", "direction", D, "The Dow ETF fell 0.58%", "The Dow ETF rose 0.58%", "rose",
      "DIA fell 0.58%")
plant(B, "pf-resistance", "level", LW, "Resistance $665.30, then", "Resistance $652.32, then", "$652.32",
      "$652.32 is below the $659.18 close: not resistance", real=True)

B = "mmchat-QQQ-2025-11-17"
plant(B, "mm-close", "value", V, "QQQ settles 622.21", "QQQ settles 622.12", "622.12", "the close is $622.21")
plant(B, "mm-change", "value", V, "+10.60 / +1.73%", "+10.06 / +1.73%", "10.06", "the day's move is $10.60")
plant(B, "mm-not-record", "negation", P, "^ record close, beats the old one",
      "^ not a record close, just shy of the old one", "not a record close", "$622.21 is a new record close")
plant(B, "mm-high", "value", V, "hi 626.07", "hi 628.07", "628.07", "the session's high is $626.07")
plant(B, "mm-atr-day", "magnitude", V, "1.4 ATR day", "3.4 ATR day", "3.4", "the move is 1.4 ATR")
plant(B, "mm-volx", "value", V, "avg, 1.6x", "avg, 2.6x", "2.6x", "volume is 1.6x its average")
plant(B, "mm-iwm", "subject", V, "IWM +1.96%", "IWM +1.39%", "1.39%",
      "IWM rose 1.96%; 1.39% is SPY's move", real=True)
plant(B, "mm-lagged", "direction", D, "smalls actually beat us", "smalls lagged us", "lagged",
      "IWM's 1.96% beat QQQ's 1.73%")
plant(B, "mm-overbought", "indicator", IND, "not overbought yet", "overbought already", "overbought",
      "RSI 65.6 is not overbought")
plant(B, "mm-macd", "indicator", IND, "MACD 3.36 over signal 1.48", "MACD 3.36 under signal 1.48", "under",
      "MACD 3.36 is above its signal 1.48")
plant(B, "mm-cross-date", "date", DU, "golden x since Jul 1", "golden x since Jun 1", "Jun 1",
      "the golden cross formed on Jul 1, 2025")
plant(B, "mm-month", "timeframe", V, "mo +1.68%", "mo +2.84%", "2.84%",
      "the month's return is 1.68%; 2.84% is the week's", real=True)
plant(B, "mm-thu", "history", V, "thu 612.16", "thu 615.65", "615.65",
      "Thursday Nov 13 closed at $612.16; $615.65 is Wednesday's", real=True)
plant(B, "mm-support", "level", LW, "620 is support, 630 resistance", "630 is support, 620 resistance", "630",
      "$630 is above the $622.21 close: not support")
plant(B, "mm-stop", "setup", "setup-geometry", "long w stop 620.12", "long w stop 632.12", "632.12",
      "a long's stop above its 630.56 entry")
plant(B, "mm-rr", "setup", "setup-reward-risk", "tgt 655.61. 2.4R", "tgt 655.61. 3.4R", "3.4R",
      "entry 630.56, stop 620.12, target 655.61: 25.05 / 10.44 = 2.4")
plant(B, "mm-low-date", "date", DU, "(411.68, Apr 16)", "(411.68, Apr 18)", "Apr 18",
      "the 52-week low close was Apr 16, 2025")

B = "hype-IWM-2026-02-13"
plant(B, "hy-close", "value", V, "IWM just closed at $226.54", "IWM just closed at $225.64", "$225.64",
      "the close is $226.54")
plant(B, "hy-streak-words", "words", V, "That's SIX red closes", "That's EIGHT red closes", "EIGHT",
      "IWM has closed lower 6 sessions in a row")
plant(B, "hy-run", "timeframe", V, "-5.80% in total", "-4.94% in total", "-4.94%",
      "the 6-session run lost 5.80%; 4.94% is the week's loss", real=True)
plant(B, "hy-month", "timeframe", V, "The month? -10.88%", "The month? -6.88%", "-6.88%",
      "the month's return is -10.88%; -6.88% is YTD", real=True)
plant(B, "hy-record-date", "date", DU, "close, Nov 28)", "close, Dec 2)", "Dec 2",
      "the record close was Nov 28, 2025; Dec 2 is the intraday high's day", real=True)
plant(B, "hy-ath-pct", "value", V, "now we're 12.12% off it", "now we're 21.12% off it", "21.12%",
      "IWM is 12.12% below its record close")
plant(B, "hy-over200", "direction", D, "under the 200-day ($229.41) by 1.25%",
      "over the 200-day ($229.41) by 1.25%", "over", "IWM is 1.25% below its 200-day")
plant(B, "hy-death", "pattern", P, "there's still a golden cross", "there's already a death cross",
      "death cross", "the 50-day ($246.22) is still above the 200-day ($229.41): golden since Jul 18, 2025")
plant(B, "hy-cross-date", "date", DU, "since Jul 18, 2025", "since Jul 8, 2025", "Jul 8, 2025",
      "the golden cross formed on Jul 18, 2025")
plant(B, "hy-200-sinking", "trend", D, "the 200-day keeps climbing", "the 200-day keeps sinking", "sinking",
      "the 200-day rose 2.72% in 20 sessions")
plant(B, "hy-overbought", "indicator", IND, "deeply oversold", "deeply overbought", "overbought",
      "RSI 21.4 is oversold")
plant(B, "hy-macd", "indicator", IND, "MACD -4.70 below signal", "MACD -4.70 above signal", "above",
      "MACD -4.70 is below its signal -3.06")
plant(B, "hy-lag", "history", V, "for 5 sessions straight", "for 9 sessions straight", "9 sessions",
      "IWM has lagged SPY 5 sessions in a row")
plant(B, "hy-spy", "subject", V, "SPY was down only 0.54%", "SPY was down only 1.04%", "1.04%",
      "SPY fell 0.54%; 1.04% is IWM's fall", real=True)
plant(B, "hy-support", "level", LW, "Next support $225, then", "Next support $230.79, then", "$230.79",
      "$230.79 is above the $226.54 close: not support", real=True)

B = "essay-DIA-2025-11-17"
plant(B, "es-close", "value", V, "it closed at $481.59", "it closed at $481.95", "$481.95",
      "the close is $481.59")
plant(B, "es-change", "value", V, "The fund rose $4.26", "The fund rose $4.62", "$4.62",
      "the day's move is $4.26")
plant(B, "es-friday", "history", V, "Friday's close of $477.33", "Friday's close of $477.56", "$477.56",
      "Friday Nov 14 closed at $477.33; $477.56 is Thursday's", real=True)
plant(B, "es-dow", "subject", V, "rose 0.87% to", "rose 0.89% to", "0.89%",
      "the Dow rose 0.87%; 0.89% is DIA's move", real=True)
plant(B, "es-month", "timeframe", V, "previous month 1.99%", "previous month 1.70%", "1.70%",
      "the month's return is 1.99%; 1.70% is the week's", real=True)
plant(B, "es-ytd", "timeframe", V, "it is up 6.55%", "it is up 9.55%", "9.55%", "the YTD return is 6.55%")
plant(B, "es-from-low", "value", V, "risen 29.75%", "risen 27.95%", "27.95%",
      "DIA is 29.75% above its 52-week low")
plant(B, "es-low-date", "date", DU, "on April 16, 2025, during", "on April 18, 2025, during",
      "April 18, 2025", "the 52-week closing low was Apr 16, 2025")
plant(B, "es-50", "value", V, "DIA is 4.51% above", "DIA is 5.41% above", "5.41%",
      "DIA is 4.51% above its 50-day")
plant(B, "es-quoted", "quotation", P, "A \"golden cross\" happened", "A \"death cross\" happened",
      "death cross", "a quoted 'death cross' where the cross is golden")
plant(B, "es-cross-age", "history", V, "89 trading sessions", "98 trading sessions", "98 trading sessions",
      "the golden cross is 89 sessions old")
plant(B, "es-flat", "trend", D, "The 50-day average is rising steeply.", "The 50-day average is flat.",
      "flat", "the 50-day rose 2.49% in 20 sessions")
plant(B, "es-oversold", "indicator", IND, "considered overbought", "considered oversold", "oversold",
      "RSI 72.8 is overbought")
plant(B, "es-macd", "indicator", IND, "so MACD is above its signal", "so MACD is below its signal",
      "below its signal", "MACD 4.50 is above its signal 3.61")
plant(B, "es-strongest", "direction", D, "DIA was the weakest of the four",
      "DIA was the strongest of the four", "strongest", "DIA's 0.89% was the smallest gain of the four")
plant(B, "es-vix", "direction", D, "fell 4.67% to 13.47", "rose 4.67% to 13.47", "rose", "the VIX fell 4.67%")

B = "chartbook-QQQ-2026-11-17"
plant(B, "cbk-last", "value", V, "Last $615.97", "Last $615.79", "$615.79", "the close is $615.97")
plant(B, "cbk-change", "value", V, "(-$5.59, -0.90%)", "(-$5.95, -0.90%)", "-$5.95",
      "the day's move is -$5.59")
plant(B, "cbk-monday", "history", V, "Prior close $621.56 (Mon)", "Prior close $618.47 (Mon)", "$618.47",
      "Monday closed at $621.56; $618.47 is the Friday before", real=True)
plant(B, "cbk-below50", "direction", D, "0.53% above it", "0.53% below it", "below",
      "QQQ is 0.53% above its 50-day")
plant(B, "cbk-cross-date", "date", DU, "dated 27 Jul", "dated 27 Aug", "27 Aug",
      "the golden cross formed on Jul 27")
plant(B, "cbk-slope", "trend", V, "+1.8% across 20 sessions", "+0.4% across 20 sessions", "+0.4%",
      "the 50-day rose 1.77% in 20 sessions")
plant(B, "cbk-200-sinking", "trend", D, "the 200-day is flat.", "the 200-day is sinking sharply.",
      "sinking sharply", "the 200-day rose 0.21% in 20 sessions")
plant(B, "cbk-record-day", "date", WM, "$629.76 on Wed 11 Nov", "$629.76 on Tue 11 Nov", "Tue",
      "Nov 11, 2026 is a Wednesday")
plant(B, "cbk-record-pct", "value", V, "now 2.19% overhead", "now 1.29% overhead", "1.29%",
      "QQQ is 2.19% below its record close")
plant(B, "cbk-still-ob", "indicator", IND, "no longer overbought", "still overbought", "still overbought",
      "RSI 48.4 is not overbought")
plant(B, "cbk-macd", "indicator", IND, "MACD 2.43 under signal 3.05", "MACD 2.43 over signal 3.05", "over",
      "MACD 2.43 is below its signal 3.05")
plant(B, "cbk-5d", "timeframe", V, "5D -1.80%", "5D -0.72%", "-0.72%",
      "the week's return is -1.80%; -0.72% is the month's", real=True)
plant(B, "cbk-10s", "timeframe", V, "10 sessions +0.17%", "10 sessions +1.17%", "+1.17%",
      "the 10-session return is 0.17%")
plant(B, "cbk-volx", "value", V, "1.5x its 42.0M", "2.5x its 42.0M", "2.5x", "volume is 1.5x its average")
plant(B, "cbk-ndx", "subject", V, "NDX -0.90% to", "NDX -0.50% to", "-0.50%",
      "the Nasdaq 100 fell 0.90%; 0.50% is SPY's fall", real=True)
plant(B, "cbk-stop", "setup", "setup-geometry", "stop $606.71", "stop $616.71", "$616.71",
      "a long's stop above its $612.70 entry")
plant(B, "cbk-support", "level", LW, "Support $609.62", "Support $620.00", "$620.00",
      "$620.00 is above the $615.97 close: not support")
plant(B, "cbk-fomc-day", "date", WM, "FOMC 9 Dec (Wed)", "FOMC 9 Dec (Thu)", "Thu",
      "Dec 9, 2026 is a Wednesday")
plant(B, "cbk-fomc-count", "history", V, "(Wed), 16 sessions", "(Wed), 13 sessions", "13 sessions",
      "from Nov 17 the Fed is 16 sessions away")

B = "sms-IWM-2026-11-17"
plant(B, "sms-open", "value", V, "IWM opened $246.64", "IWM opened $246.46", "$246.46", "the open is $246.64")
plant(B, "sms-monday", "history", V, "below Monday's $247.26 close", "below Monday's $247.01 close",
      "$247.01", "Monday closed at $247.26; $247.01 is the Friday before", real=True)
plant(B, "sms-high", "value", V, "IWM hit $247.37", "IWM hit $248.37", "$248.37",
      "the session's high is $247.37")
plant(B, "sms-close", "value", V, "IWM closed $245.28", "IWM closed $245.82", "$245.82",
      "the close is $245.28")
plant(B, "sms-sign", "direction", D, "-$1.98 (-0.80%)", "+$1.98 (-0.80%)", "+$1.98", "IWM fell $1.98")
plant(B, "sms-above50", "direction", D, "0.38% below 50-day", "0.38% above 50-day", "above",
      "IWM is 0.38% below its 50-day")
plant(B, "sms-macd", "indicator", IND, "MACD 0.86 > signal 0.57", "MACD 0.86 < signal 0.57",
      "MACD 0.86 < signal 0.57", "MACD 0.86 is above its signal 0.57")
plant(B, "sms-lag", "history", V, "lagged SPY 3 sessions", "lagged SPY 6 sessions", "6 sessions",
      "IWM has lagged SPY 3 sessions in a row")
plant(B, "sms-qqq", "subject", V, "QQQ -0.90%.", "QQQ -0.80%.", "-0.80%",
      "QQQ fell 0.90%; 0.80% is IWM's fall", real=True)
plant(B, "sms-rut", "subject", V, "Russell 2000 -0.78%", "Russell 2000 -0.90%", "-0.90%",
      "the Russell 2000 fell 0.78%; 0.90% is QQQ's fall", real=True)
plant(B, "sms-1m", "timeframe", V, "1M +1.46%", "1M +0.82%", "+0.82%",
      "the month's return is 1.46%; 0.82% is YTD", real=True)
plant(B, "sms-record-date", "date", DU, "(11/28/2025)", "(12/2/2025)", "12/2/2025",
      "the record close was Nov 28, 2025; Dec 2 is the intraday high's day", real=True)
plant(B, "sms-support", "level", LW, "Support $244.79", "Support $246.21", "$246.21",
      "$246.21 is above the $245.28 close: not support", real=True)
plant(B, "sms-fomc-day", "date", WM, "FOMC Wed 12/9", "FOMC Thu 12/9", "Thu", "Dec 9, 2026 is a Wednesday")
plant(B, "sms-cite", "citation", "citation-unresolved", "lose 0.8% [1]", "lose 0.8% [2]", "[2]",
      "the alerts list one source")
plant(B, "sms-range-count", "history", V, "22 sessions.", "25 sessions.", "25 sessions",
      "from Nov 17 the range has held 22 sessions")

B = "quiz-SPY-2026-11-17"
plant(B, "qz-close", "value", V, "A1. $679.84", "A1. $679.48", "$679.48", "the close is $679.84")
plant(B, "qz-change", "value", V, "down $3.41", "down $4.31", "$4.31", "the day's move is -$3.41")
plant(B, "qz-spx", "history", V, "ended at 6,821.04", "ended at 6,855.03", "6,855.03",
      "the S&P 500 ended Tuesday at 6,821.04; 6,855.03 was Monday's close", real=True)
plant(B, "qz-below", "direction", D, "A3. Above, barely", "A3. Below, barely", "Below",
      "SPY is 0.09% above its 50-day")
plant(B, "qz-200", "value", V, "5.27% above the 200-day", "5.72% above the 200-day", "5.72%",
      "SPY is 5.27% above its 200-day")
plant(B, "qz-rsi-yes", "indicator", IND, "A4. No. RSI(14)", "A4. Yes. RSI(14)", "Yes",
      "RSI 46.8 is not overbought")
plant(B, "qz-macd-yes", "indicator", IND, "A5. No: MACD", "A5. Yes: MACD", "Yes",
      "MACD 1.09 is below its signal 2.42: it has not crossed above")
plant(B, "qz-record-pct", "value", V, "A6. 2.14% below", "A6. 2.41% below", "2.41%",
      "SPY is 2.14% below its record close")
plant(B, "qz-record-day", "date", WM, "set on Thursday, October 22", "set on Friday, October 22", "Friday",
      "Oct 22, 2026 is a Thursday")
plant(B, "qz-dia", "subject", V, "DIA's 0.20% dip", "DIA's 0.50% dip", "0.50%",
      "DIA fell 0.20%; 0.50% is SPY's fall", real=True)
plant(B, "qz-iwm", "subject", V, "IWM lost 0.80%", "IWM lost 0.90%", "0.90%",
      "IWM fell 0.80%; 0.90% is QQQ's fall", real=True)
plant(B, "qz-fed-day", "date", WM, "A8. Wednesday, December 9", "A8. Tuesday, December 9", "Tuesday",
      "Dec 9, 2026 is a Wednesday")
plant(B, "qz-fed-count", "history", V, "16 sessions away", "14 sessions away", "14 sessions",
      "from Nov 17 the Fed is 16 sessions away")
plant(B, "qz-cite", "citation", "citation-unresolved", "above its 50-day [1]", "above its 50-day [2]", "[2]",
      "the quiz lists one source")
plant(B, "qz-monday", "history", V, "SPY's Monday close was $683.25", "SPY's Monday close was $680.53",
      "$680.53", "SPY closed Monday at $683.25; $680.53 is the Friday before", real=True)

B = "voice-DIA-2026-06-03"
plant(B, "va-close", "words", V, "four hundred sixty-one dollars and eleven cents",
      "four hundred sixty-one dollars and ninety cents", "four hundred sixty-one dollars and ninety cents",
      "the close is $461.11")
plant(B, "va-change", "words", V, "two dollars and sixty-seven cents", "two dollars and seventy-six cents",
      "two dollars and seventy-six cents", "the day's move is -$2.67")
plant(B, "va-pct", "words", V, "about six-tenths of a percent", "about nine-tenths of a percent",
      "nine-tenths of a percent", "the day's move is -0.58%")
plant(B, "va-dow", "subject", V, "fell zero point five seven percent", "fell zero point three five percent",
      "zero point three five percent", "the Dow fell 0.57%; 0.35% is IWM's move", real=True)
plant(B, "va-yesterday", "history", V, "four hundred sixty-three dollars and seventy-eight cents",
      "four hundred sixty-two dollars and forty-three cents",
      "four hundred sixty-two dollars and forty-three cents",
      "Tuesday Jun 2 closed at $463.78; $462.43 is Monday's close", real=True)
plant(B, "va-week", "timeframe", V, "still up about two point eight percent",
      "still up about six point six percent", "six point six percent",
      "the week's return is 2.78%; 6.6% is the month's", real=True)
plant(B, "va-ytd", "timeframe", V, "down about three percent", "down about seven percent", "seven percent",
      "the YTD return is -2.93%")
plant(B, "va-below50", "direction", D, "trading above its fifty-day", "trading below its fifty-day", "below",
      "DIA is 4.85% above its 50-day")
plant(B, "va-golden", "pattern", P, "death cross formed on April eighth",
      "golden cross formed on April eighth", "golden cross", "the cross in force is a death cross")
plant(B, "va-cross-date", "date", DU, "on April eighth", "on April eighteenth", "April eighteenth",
      "the death cross formed on Apr 8")
plant(B, "va-overbought", "indicator", IND, "close to but not yet overbought", "already overbought",
      "overbought", "RSI 66.6 is not overbought")
plant(B, "va-high-pct", "words", V, "about six point six percent below", "about four point six percent below",
      "four point six percent", "DIA is 6.64% below its 52-week high")
plant(B, "va-high-date", "date", DU, "from January twelfth", "from January thirteenth", "January thirteenth",
      "the 52-week closing high was Jan 12; Jan 13 is the intraday high's day", real=True)
plant(B, "va-streak", "history", V, "for a second straight session", "for a fifth straight session", "fifth",
      "DIA has lagged SPY 2 sessions in a row")
plant(B, "va-spy-dir", "direction", D, "rose zero point five eight percent",
      "fell zero point five eight percent", "fell", "SPY rose 0.58%")

B = "portuguese-IWM-2026-03-30"
plant(B, "pt-close", "value", V, "closed Monday at US$ 211.00", "closed Monday at US$ 212.00", "212.00",
      "the close is $211.00")
plant(B, "pt-change", "value", V, "a fall of US$ 2.65", "a fall of US$ 6.25", "6.25",
      "the day's move is -$2.65")
plant(B, "pt-streak", "history", V, "the fourth consecutive fall", "the sixth consecutive fall", "sixth",
      "IWM has closed lower 4 sessions in a row")
plant(B, "pt-run", "timeframe", V, "loss of 2.54% in four sessions", "loss of 2.10% in four sessions",
      "2.10%", "the 4-session run lost 2.54%; 2.10% is the week's loss", real=True)
plant(B, "pt-friday", "history", V, "had closed at US$ 213.65", "had closed at US$ 215.29", "215.29",
      "Friday Mar 27 closed at $213.65; $215.29 is Thursday's close", real=True)
plant(B, "pt-cross-date", "date", DU, "happened on 24 March", "happened on 23 March", "23 March",
      "the death cross formed on Mar 24")
plant(B, "pt-cross-age", "history", V, "only 4 sessions ago", "only 9 sessions ago", "9 sessions",
      "the death cross is 4 sessions old")
plant(B, "pt-crossed-above", "pattern", P, "crossed below the 200-day", "crossed above the 200-day",
      "crossed above", "the 50-day ($227.59) is below the 200-day ($230.93): it crossed below")
plant(B, "pt-slope", "trend", V, "about 5.4% in 20 sessions", "about 2.4% in 20 sessions", "2.4%",
      "the 50-day fell 5.36% in 20 sessions")
plant(B, "pt-200-falling", "trend", D, "the 200-day is practically flat", "the 200-day is falling hard",
      "falling hard", "the 200-day rose 0.11% in 20 sessions")
plant(B, "pt-oversold", "negation", IND, "close to oversold but not yet there", "already oversold",
      "already oversold", "RSI 33.9 is not oversold")
plant(B, "pt-macd", "indicator", IND, "is already above its signal line", "is still below its signal line",
      "below its signal", "MACD -3.77 is above its signal -4.40")
plant(B, "pt-month", "timeframe", V, "in the month, 3.87%", "in the month, 13.27%", "13.27%",
      "the month's loss is 3.87%; 13.27% is YTD", real=True)
plant(B, "pt-record-date", "date", DU, "(28 November 2025)", "(2 December 2025)", "2 December 2025",
      "the record close was Nov 28, 2025; Dec 2 is the intraday high's day", real=True)
plant(B, "pt-rut", "subject", V, "Russell 2000 fell 1.22%", "Russell 2000 fell 1.24%", "1.24%",
      "the Russell 2000 fell 1.22%; 1.24% is IWM's fall", real=True)
plant(B, "pt-support", "level", LW, "Supports: US$ 210.00", "Supports: US$ 212.32", "212.32",
      "$212.32 is above the $211.00 close: not support", real=True)

B = "dutch-SPY-2026-11-20"
plant(B, "nl-close", "value", V, "The tracker SPY closed at $688.00", "The tracker SPY closed at $688.80",
      "$688.80", "the close is $688.00")
plant(B, "nl-spx", "subject", V, "S&P 500 itself rose 1.11%", "S&P 500 itself rose 1.10%", "1.10%",
      "the S&P 500 rose 1.11%; 1.10% is SPY's move", real=True)
plant(B, "nl-qqq", "subject", V, "QQQ won 1.90%", "QQQ won 1.89%", "1.89%",
      "QQQ rose 1.90%; 1.89% is the Nasdaq 100's move", real=True)
plant(B, "nl-led", "direction", D, "Small caps stayed behind with", "Small caps led with", "led",
      "IWM's 0.30% was the smallest gain")
plant(B, "nl-dax", "value", V, "rose 0.62% to 24,106.94", "rose 0.62% to 24,160.94", "24,160.94",
      "the DAX closed at 24,106.94")
plant(B, "nl-hangseng", "direction", D, "the Hang Seng lost 1.21%", "the Hang Seng won 1.21%", "won",
      "the Hang Seng fell 1.21%")
plant(B, "nl-gold", "value", V, "gold rose 0.48%", "gold rose 0.84%", "0.84%", "gold rose 0.48%")
plant(B, "nl-btc-day", "date", WM, "Bitcoin stood on Thursday", "Bitcoin stood on Friday", "Friday",
      "bitcoin's last bar is Thursday Nov 19's")
plant(B, "nl-btc", "value", V, "at 91,229 dollars", "at 92,129 dollars", "92,129", "bitcoin is at 91,229")
plant(B, "nl-200", "value", V, "1.11% above the 50-day average", "1.11% above the 200-day average", "1.11%",
      "SPY is 6.48% above its 200-day; 1.11% is the distance from the 50-day", real=True)
plant(B, "nl-record-date", "date", DU, "dates from 22 October", "dates from 22 November", "22 November",
      "the record close was set on Oct 22")
plant(B, "nl-volx", "value", V, "1.8 times the average", "1.4 times the average", "1.4 times",
      "volume is 1.8 times its average")
plant(B, "nl-vix", "value", V, "9.30% to 15.60", "9.30% to 16.50", "16.50", "the VIX closed at 15.60")
plant(B, "nl-fed-date", "date", DU, "the Fed on 9 December", "the Fed on 10 December", "10 December",
      "the Fed decides on Dec 9; Dec 10 is the CPI report's day", real=True)

B = "options-IWM-2026-11-20"
plant(B, "op-spot", "value", V, "Spot $244.30, edging", "Spot $244.03, edging", "$244.03",
      "the close is $244.30")
plant(B, "op-soaring", "magnitude", "magnitude-mismatch", "edging up 0.30%", "soaring 0.30%", "soaring",
      "a 0.30% move of 0.2 ATR is no soaring")
plant(B, "op-atr", "value", V, "an ATR of $2.83", "an ATR of $3.38", "$3.38", "the ATR is $2.83")
plant(B, "op-expiry-day", "date", WM, "is Friday, Nov 27", "is Thursday, Nov 27", "Thursday",
      "Nov 27, 2026 is a Friday")
plant(B, "op-maxpain", "value", V, "max pain $245.00", "max pain $247.00", "$247.00", "max pain is $245.00")
plant(B, "op-pc", "value", V, "put/call OI 1.12", "put/call OI 1.27", "1.27", "the put/call OI ratio is 1.12")
plant(B, "op-cite", "citation", "citation-unresolved", "for five weeks [1]", "for five weeks [3]", "[3]",
      "the note lists one source")
plant(B, "op-bb", "value", V, "Bollinger bands $239.63", "Bollinger bands $239.36", "$239.36",
      "the lower band is $239.63")
plant(B, "op-20day", "value", V, "the 20-day is $244.89", "the 20-day is $245.77", "$245.77",
      "the 20-day average is $244.89; $245.77 is the 50-day's", real=True)
plant(B, "op-cents", "derived", "derived-mismatch", "only 80 cents", "only 60 cents", "60 cents",
      "$244.45 less $243.65 is 80 cents")
plant(B, "op-volx", "value", V, "1.3x average", "1.9x average", "1.9x", "volume is 1.3x its average")
plant(B, "op-streak", "history", V, "a sixth session in a row", "a third session in a row", "third",
      "IWM has lagged SPY 6 sessions in a row")
plant(B, "op-spy", "subject", V, "(SPY +1.10%)", "(SPY +1.90%)", "1.90%",
      "SPY rose 1.10%; 1.90% is QQQ's move", real=True)
plant(B, "op-rsi", "value", V, "Spot RSI 48.2", "Spot RSI 42.8", "42.8", "RSI is 48.2")
plant(B, "op-50-support", "level", LW, "just above spot, acts as resistance",
      "just above spot, acts as support", "$245.77",
      "the 50-day at $245.77 is above the $244.30 close: not support")
plant(B, "op-floor", "level", LW, "the $241.00 range floor is support", "the $249.26 range top is support",
      "$249.26", "$249.26 is above the $244.30 close: not support", real=True)

B = "voicemail-QQQ-2026-11-20"
plant(B, "vm-close", "words", V, "six hundred twenty-six dollars and forty cents",
      "six hundred sixty-two dollars and forty cents", "six hundred sixty-two dollars and forty cents",
      "the close is $626.40")
plant(B, "vm-change", "words", V, "up eleven dollars and sixty-eight cents",
      "up eighteen dollars and sixty-eight cents", "eighteen dollars and sixty-eight cents",
      "the day's move is $11.68")
plant(B, "vm-pct", "words", V, "which is almost two percent", "which is almost three percent",
      "three percent", "the day's move is 1.90%")
plant(B, "vm-volume", "words", V, "about twice its normal volume", "about four times its normal volume",
      "four times", "volume is 2.0 times its average")
plant(B, "vm-50", "words", V, "just over two percent above", "just over four percent above", "four percent",
      "QQQ is 2.02% above its 50-day")
plant(B, "vm-record-pct", "words", V, "only about half a percent below",
      "only about two and a half percent below", "two and a half percent",
      "QQQ is 0.53% below its record close")
plant(B, "vm-record-date", "date", DU, "set on November eleventh", "set on November twelfth",
      "November twelfth", "the record close was Nov 11; Nov 12 is the intraday record's day", real=True)
plant(B, "vm-ytd", "words", V, "Up almost five percent this year", "Up almost eight percent this year",
      "eight percent", "the YTD return is 4.91%")
plant(B, "vm-rsi", "indicator", IND, "in the mid-fifties", "in the high sixties", "high sixties",
      "RSI is 56.4")
plant(B, "vm-iwm", "subject", V, "only rose three-tenths of a percent", "only rose six-tenths of a percent",
      "six-tenths of a percent", "IWM rose 0.30%; 0.60% is DIA's move", real=True)


# ---------------------------------------------------------------- the set's README


# This set's kinds of fault (from the eighth set on, the sets share kit.BLIND_KINDS).
KINDS = ("value, words (numbers in words), subject (another instrument's figure), timeframe "
         "(another period's return, a run's total), history (a dated past close, a streak, "
         "a count of sessions), negation, quotation, trend (slope words and slope figures of an average), "
         "magnitude, level, setup, date (weekday, dates of records, crosses and events), citation, "
         "indicator, pattern, direction, derived, scale")
README = kit.blind_readme(7, kinds=KINDS, unrun=False, width=100)

# ---------------------------------------------------------------- scoring and the command line

evaluate, report = SET.evaluate, SET.report  # what tests/test_verify_holdout7.py runs

if __name__ == "__main__":
    raise SystemExit(SET.main(sys.argv[1:], doc=__doc__ or "", readme=README))
