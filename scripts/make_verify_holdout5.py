"""Write the fifth blind holdout set for the verifier to tests/data/verify_holdout5/ (deterministic).

    .venv/bin/python scripts/make_verify_holdout5.py            # (re)write the set
    .venv/bin/python scripts/make_verify_holdout5.py --check    # exit 1 if the files on disk differ
    .venv/bin/python scripts/make_verify_holdout5.py --score    # run the verifier over the set, report

Written for issue 14 by someone who had read neither `pipeline/verify/` nor the texts of the
evaluation set or of the first four holdouts (only the shared plumbing in
`scripts/verify_eval/holdout_kit.py`, `pipeline/facts.py`, `pipeline/contracts/`, the README's
verifier section and the CHANGELOG). The voices are ones the earlier sets did not use: an evening
TV anchor's script, a fund factsheet's commentary, a prop desk's end-of-day risk email, a Substack
essay with long sentences and asides, a broker note machine-translated from German, a planner's
blog for retirees, a StockTwits-style stream, a series of market-close push alerts, a students'
worksheet with answers, a CFA-style case vignette, a TV lower-third crawl, a market-structure ops
note, a comment section under an article, a conference-call Q&A, an email with a quoted reply
chain and an index provider's press release.

Every figure of a clean text was typed by hand from `pipeline.facts.build_fact_sheet(...)` of the
case's snapshot, of a peer in the same file, of the snapshot's dated bars (`recent_sessions`,
`recent_closes`, `recent_highs`, `recent_lows`), of the 50/200-day slopes the snapshot carries
(`trend.sma_50_slope_pct`), or from the text of a cited source; approximations ("about a third",
"roughly 9.4%") were checked against the same values. Page furniture, years, counts of things,
clock times and hypothetical figures ("drawing 4% a year") are there on purpose: they are not
market data. The snapshots and sources are frozen copies in tests/data/verify_holdout5/context/
(taken from tests/data/verify_eval/ on 2026-12-04; each carries 64 dated bars). Each planted case
is one clean text with one exact substitution and one expected finding whose code is the README's
documented one for that fault; its note says why that code.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verify_eval import holdout_kit as kit  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- the clean texts

U = {  # the ingested items cited, by a short name
    "hs-slides17": "https://wire.harborstreet.example/markets/2026/11/17/wall-street-slides-oil-energy",
    "ld-oil17": "https://ledgerdaily.example/us-stocks/2026/11/17/oil-slides-energy-drags-dow",
    "hs-megacap20": "https://wire.harborstreet.example/markets/2026/11/20/nasdaq-megacap-tech-rally",
    "ld-rebound20": "https://ledgerdaily.example/us-stocks/2026/11/20/nasdaq-leads-friday-rebound",
    "ld-smallcaps20": "https://ledgerdaily.example/us-stocks/2026/11/20/small-caps-sit-out-another-rally",
}

SOURCE_LINES = {  # a cited item's line in each source format
    "mail": "[{n}] {item.publisher}: {item.title} <{item.url}> ({day})",
    "box": "[{n}] {item.publisher}, \"{item.title}\", {day}. {item.url}",
    "ref": "[{n}] {item.title} - {item.publisher} - {item.url}",
}
SOURCE_JOINS = {
    "mail": ("Refs:\n", "\n"),
    "box": ("Sources\n", "\n"),
    "ref": ("6) References\n", "\n"),
}


SET = kit.HoldoutSet("holdout5", REPO, U, SOURCE_LINES, SOURCE_JOINS)
OUT = SET.out
CLEAN = SET.texts
clean = SET.clean


# A line starting with exactly two spaces continues the line before it. `<<SOURCES>>` becomes the
# Sources block. Figures are typed, not slotted: each was read off the key's fact sheet.

clean("anchor-SPY-2026-06-03", "SPY-2026-06-03", "tv-anchor-script", "txt",
      "an evening business show's rundown script with stage directions and a two-shot; the close "
      "in words; 'about seven percent above' is pct_vs_sma_50 6.99%, 'seven-tenths of a normal "
      "day' the volume ratio 0.7", """\
WNTV EVENING BUSINESS - RUNDOWN BLOCK C - WED 06/03/2026 - READ TIME 1:45 - SLUG: FIVE FOR FIVE

[ANCHOR ON CAM]
Good evening. Five for five. The SPDR S&P 500 fund, ticker SPY, finished Wednesday at six
  hundred fifty-nine dollars and eighteen cents, up 0.58 percent, its fifth higher close in a
  row. Add up the streak and it comes to 4.87% in five sessions.

[OTS GRAPHIC: "FIVE STRAIGHT"]
The Nasdaq 100 fund QQQ kept pace, up 0.57% to $595.41, and small caps came along for the ride:
  IWM gained 0.35% to $228.85. The odd one out was the Dow. DIA slipped 0.58% to $461.11.

[TWO-SHOT, ANCHOR AND MARKETS REPORTER]
ANCHOR: Dana, is this rally running hot?
REPORTER: A little, Tom. SPY's fourteen-day RSI is at 72.3, and that's overbought territory. The
  fund is about seven percent above its fifty-day average of $616.10. The two-hundred-day sits
  at $647.76, and the death cross from March 27 is still in place, forty-six sessions old now.
ANCHOR: And the fear gauge?
REPORTER: Oddly, it rose. The VIX climbed 6.18% to 18.55 even as stocks went up.
ANCHOR: Volume?
REPORTER: Thin. About 51.6 million shares changed hands, roughly seven-tenths of a normal day.

[ANCHOR ON CAM]
For the month, SPY is up 8.87 percent, though the year is still slightly negative, down 1.05%
  since January. The record close, $692.73, was set on November 26 last year, and tonight's
  close is 4.84 percent shy of it. We'll be right back.
[TOSS TO BREAK - 2:30]
""")

clean("factsheet-DIA-2026-06-03", "DIA-2026-06-03", "fund-factsheet", "txt",
      "a fund factsheet's commentary page with a hand-typed performance table (SPY as the "
      "reference row) and a risk footer; day-first dates; the 50-day's 20-session slope is "
      "-0.93%, the 200-day's +0.08%", """\
DOW INDUSTRIALS TRACKER (DIA) - FUND COMMENTARY
Data as of market close, 3 June 2026 | Page 2 of 4 | For professional investors only

Performance (%, price return)      1 day    1 week   1 month    YTD
DIA                                -0.58    +2.78    +6.62     -2.93
SPY (reference)                    +0.58    +4.87    +8.87     -1.05

Commentary
The fund closed the period at $461.11, down $2.67 on the final day, after its highest close of
  the period, $463.78, on Tuesday, June 2. The day's decline, in line with the 0.57% slip in the
  Dow Jones Industrial Average to 46,185.73, left the fund 6.64% below its 52-week high of
  $493.91 (12 January 2026) and 8.90% above its 52-week low of $423.43, set on 30 April 2026.

Over the month the fund returned 6.62%, trailing the S&P 500 fund by 2.25 percentage points; it
  has underperformed SPY for two sessions running, by an average of 81 basis points a day.

Positioning and technicals. The fund trades 4.85% above its 50-day moving average ($439.80) and
  just 0.22% above its 200-day ($460.09); the death cross dates from 8 April 2026. Momentum is
  firm without being stretched: RSI(14) at 66.6, under the 70 line that marks overbought. The
  200-day average is essentially flat over the past month, while the 50-day has been edging lower.

Past performance is not a reliable indicator of future results. Source: exchange data;
calculations by the manager. Ongoing charges 0.16%. ISIN US2527871065.
""")

clean("riskmail-IWM-2026-11-17", "IWM-2026-11-17", "prop-desk-risk-email", "txt",
      "a prop desk's end-of-day risk email in desk shorthand (mn, bps, 'call it 1.0x'), with a "
      "mail header, a book count and a signature; 'about seven-tenths of a percent' since last "
      "Friday's close is 245.28/247.01 = -0.70%; cites the two oil stories", """\
From: risk-desk@northpier-trading.example
To: smallcap-book; exec-trading
Date: Tue, 17 Nov 2026 16:42:10 -0500
Subject: EOD risk - Tue 11/17 - IWM book

Team,

EOD marks below. IWM settled $245.28, -$1.98 / -0.80% on the day, range 244.61-247.37, about 0.6
ATR of movement (ATR14 $3.22). Nothing violent. Volume 31.1mn vs a 29.8mn 20d avg, call it 1.0x,
normal tape. Since last Friday's close ($247.01) we're down about seven-tenths of a percent.

Where we are in the box: still inside $241.00-$249.26, 22 sessions now, 3.43% wide. Spot is 38 bps
under the 50d ($246.21) and 6.32% over the 200d ($230.71). First support we care about is 244.79
(20 bps below spot), then 242.80 and 241.00. Overhead: 249.26, then 252.53.

Relative: third straight session behind SPY (-0.50% today, $679.84), average gap about 30 bps a
day. QQQ did worse (-0.90%), DIA held up best (-0.20%). Russell 2000 cash index -0.78% at 2,465.79.

Macro: VIX +6.02% to 17.60. Crude -2.7% to $67.35 [1][2], energy names in the book were the drag.

RSI 50.0, dead neutral. MACD 0.86 over a 0.57 signal, still positive.

Limits: no breaches. Energy names in the book cut from 11 to 7. Next known event risk is the Dec 9
FOMC decision, sixteen sessions out.

<<SOURCES>>

--
M. Okafor | Risk | Northpier Trading | ext. 4471 (internal, do not forward)
""", sources=("hs-slides17", "ld-oil17"), source_format="mail")

clean("substack-QQQ-2025-11-17", "QQQ-2025-11-17", "substack-essay", "md",
      "a Substack essay with long sentences, asides in dashes and parentheses, a read time and a "
      "subscriber count; the 50-day's 20-session slope is +2.04% ('about two percent'); the "
      "setup is the snapshot's long (entry $630.00, stop $621.65, target $655.05, 3.0)", """\
# The Machine Keeps Humming (And Other Things I Tell Myself on Mondays)

*Notes from a slow reader of fast markets · Monday, November 17, 2025 · 9 min read*

There is a particular kind of quiet that settles over a Monday when the thing you have been
  bracing for (a wobble, a rotation, some small humiliation for the people who own nothing but
  large technology companies) simply fails to arrive, and instead the Invesco QQQ Trust, that
  blunt instrument for owning the Nasdaq 100, closes at $622.21, up 1.73%, which is (I checked
  twice, because I no longer trust my eyes on these things) the highest close it has ever
  recorded.

I want to be careful here, because records invite a certain breathlessness, and breathlessness is
  how essays like this one go wrong. So, the plain facts first: the fund added $10.60 on the day;
  the index underneath it, the Nasdaq 100 itself, rose 1.74% to 25,582.79; and the volume, which
  is the part I find more interesting than the price, ran to 63.7 million shares, about 1.6 times
  the twenty-day average of 40.8 million.

It was not, for once, a one-horse race. The small caps (IWM, the Russell 2000 fund that has spent
  so much of this year being the relative no one calls) rose 1.96%, a touch more than QQQ, while
  the S&P 500's SPY gained 1.39% and the Dow's DIA a more sedate 0.89%. The VIX, meanwhile, fell
  4.67% to 13.47, which is about as relaxed as that gauge gets.

Where does this leave the longer story? QQQ is now 14.73% higher on the year, and a remarkable
  51.14% above its 52-week closing low of $411.68 from April 16, a date that, if you were around
  for it, you may remember as the week people stopped saying "buy the dip" out loud. Its 50-day
  average, $601.02, has been climbing all autumn, about two percent in the last twenty sessions
  alone, and the 200-day ($538.92) sits more than fifteen percent below the price. The golden
  cross happened on July 1, ninety-seven sessions ago, which in market time is roughly a
  geological era.

Is it stretched? By the usual yardstick, not quite. The fourteen-day RSI reads 65.6, warm but short
  of the 70 that people like to call overbought, and the price is only 3.52% above the 50-day. I
  have seen far worse.

If you are the sort who needs a plan (I am, on paper), the version I keep sketching is a long only
  on a break of $630: stop at $621.65, target $655.05, a reward of about three for every one
  risked. I will probably not take it. That, too, is a kind of plan.

*If this was useful, forward it to one person who still reads to the end. 2,417 subscribers and
  counting.*
""")

clean("translated-FSMI-2026-11-20", "idx_FSMI-2026-11-20", "translated-german-note", "txt",
      "a broker's daily note machine-translated from German, with stiff word order ('has closed "
      "the Friday', 'persists since'), day-first dates and one figure left in German notation in "
      "brackets; the 50-day's 20-session slope is -9.38%", """\
FRONTIER MARKETS DAILY - translated from the German original (Frankfurt desk) - 20.11.2026
Translation: automated, reviewed by the desk. In case of doubt the German version applies.

Frontier Index (FSMI): Third loss in succession, new 52-week low

The Frontier Index has closed the Friday with a loss of 0.88 percent at 35,112.40 points (German
original: 35.112,40 Punkte). It is the third falling close in succession; over these three
sessions the index has lost 3.58 percent together. On the week the minus amounts to 3.07 percent,
on the month to 8.56 percent, since the beginning of the year to 18.33 percent.

With this the index marks a new 52-week closing low. From the 52-week high of 48,944.52 points
(19 August 2026) it is 28.26 percent removed, and it stands 32.50 percent under the all-time high
of 52,018.76 points from 13 November 2024.

Technical picture: The relative strength index (14 days) stands at 23.0
and signals thereby an oversold condition. The index quotes 10.45 percent under the 50-day line
  (39,210.55) and 19.73
percent under the 200-day line (43,740.76). The death cross of 15 October 2026 persists since 26
trading days. The 50-day line is falling steeply, around 9.4 percent in twenty sessions.

On the other side of the Atlantic the S&P 500 rose 1.11 percent to 6,901.69 points; the Frontier
Index stayed thereby 1.99 percentage points behind. The volatility index VIX sank by 9.30 percent to
15.60. The ETF on the index, FRNT, closed at 30.01 US dollars (minus 0.86 percent).

Supports: 35,000 points (0.32 percent under the current level). Resistances: 35,500 and 37,915.92
points.

Dates: The next interest decision of the Fed follows on 9 December (in 13 trading days), the
consumer prices one day later.
""")

clean("retiree-IWM-2026-02-13", "IWM-2026-02-13", "retiree-advisor-blog", "md",
      "a fee-only planner's blog for retirees, plain English, with hypothetical figures (age 65, "
      "'drawing 4% a year', 'a 10% drop') and a disclosure footer; 'about a third higher' is "
      "pct_from_52w_low 32.53%", """\
# Should Retirees Worry About This Small-Cap Slide? A Plain-English Look

*Posted February 13, 2026 by Linda Marsh, CFP® · Filed under: Retirement Income, Market Updates
  · 6 comments*

If you hold a small-company index fund in your IRA, you may have opened your statement this week
  and winced. Let me walk through what happened, and then what (if anything) I'd do about it.

**What happened.** The iShares Russell 2000 ETF (IWM), a common way to own about 2,000 smaller U.S.
  companies, closed Friday at $226.54. That was down $2.39, or a little over one percent, on the
  day, and it was the sixth losing day in a row. Those six sessions together cost it 5.80%. Over
  the past month the fund is down 10.88%, and since New Year's Day it has lost 6.88%.

For perspective, the big names held up better on Friday: the S&P 500 fund SPY fell 0.54% and the
  Dow fund DIA 0.65%.

**Is this unusual?** Declines of this size happen most years. The fund's 52-week high was $257.77
  on November 28, 2025, so today's price is about 12% below that peak. On March 25, 2025 it
  closed at a low of $170.94, and it is still about a third higher than that.

**What the "technical" people are watching.** A measure called RSI, which runs from 0 to 100,
  stands at 21.4. Readings under 30 are usually described as oversold, meaning the selling may
  have gone too far, too fast. The fund is also trading below its 200-day average of $229.41, a
  line many long-term investors watch.

**What I tell my clients.** If you are 65 and drawing 4% a year from a diversified portfolio, a
  10% drop in one sleeve is not a reason to change course. Rebalance once a year, keep two years
  of spending in cash, and stop checking daily.

*This post is for education only and is not individual advice. Linda Marsh is a fee-only planner
  in Asheville, NC. Read our disclosures (updated 1/2/2026).*
""")

clean("stream-QQQ-2026-11-20", "QQQ-2026-11-20", "stocktwits-stream", "txt",
      "a StockTwits-style stream of short posts, newest first, with handles, clock times, "
      "sentiment tags, cashtags and slang; '~2x avg' is the volume ratio 2.0", """\
$QQQ stream · Fri Nov 20 · sorted: latest first · 1,284 posts today

@gammaghost · 4:02 PM · Bullish
$QQQ jumped 1.90% to close 626.40. 11.68 candle. 86.8M shares, ~2x avg. real buyers

@tapeworm_ · 3:58 PM
ripping into the close. still 0.53% under the 629.76 record close from 11/11. need a close above that

@nq_nancy · 3:41 PM · Bearish
MACD still under signal (1.96 v 2.46). not buying it. RSI 56 lmao this isn't even overbought

@deltaDan · 3:15 PM
max pain 630 for next fri's expiry, call wall 640, put wall 610. P/C OI 1.32. pinned city

@smallcapsteve · 2:50 PM · Bearish
$IWM only +0.30% while $QQQ does +1.90%. 1.60 pp gap. small caps still dead money

@boomer_bob · 1:12 PM
50 day is 614.02 and climbing, price 2% above it. golden cross since july 27. trend is your friend

@vixvic · 11:30 AM
$VIX -9.30% to 15.60. vol crush

@openbell · 9:31 AM
gap up 0.55% at the open on $QQQ. ndx futs were green all night

Load 40 more posts
""")

clean("push-DIA-2026-11-20", "DIA-2026-11-20", "push-alert-series", "txt",
      "a market-close series of push alerts with clock times, an app's delivery header and a "
      "settings footer; the S&P 500 and Nasdaq 100 index moves (+1.11%, +1.89%) are the cited "
      "day's, not loaded in DIA's file", """\
Market close alerts, Friday, November 20, 2026
(delivered to: Markets Pro app · 6 alerts · all times ET)

4:00 PM  CLOSING BELL: Dow Jones Industrial Average +0.58% at 47,220.31. S&P 500 +1.11%, Nasdaq 100
         +1.89%.
4:01 PM  DIA settles at $471.60 (+$2.81, +0.60%), its third higher close in a row, up 1.00% over the
         run.
4:03 PM  VOLUME: DIA traded 5.5M shares, about 1.6x its 20-day average of 3.4M.
4:05 PM  RANGE WATCH: DIA still inside its $464.29-$474.50 band, now 43 sessions old. Next
         resistance $473.00, then $474.50.
4:10 PM  WEEK: DIA +1.10% on the week; the Dow fund is still down 0.72% year to date and 4.52% below
         its Jan. 12 record close of $493.91.
4:15 PM  BREADTH: Small caps lagged, IWM +0.30%. Nasdaq fund QQQ +1.90% led. VIX -9.30% to 15.60.

Tap to read the full story · Manage alerts in Settings
""")

clean("worksheet-RUT-2026-11-17", "idx_RUT-2026-11-17", "student-worksheet", "txt",
      "a college worksheet with questions and an answer key at the bottom; answers are bare "
      "figures whose subject is set by the question; cites the wire's Tuesday story and the oil "
      "story", """\
ECON 210 · Week 12 worksheet: Reading a market index   (answers at the bottom)
Data: Russell 2000 index, close of Tuesday, November 17, 2026. Use the news items in the Sources box.

Background. The Russell 2000 tracks roughly 2,000 small U.S. companies. On Tuesday it closed at
2,465.79, down 19.30 points or 0.78%. The same day the S&P 500 lost 0.5% to 6,821.04 [1], and the
Nasdaq 100 fell 0.90% to 25,326.20.

Q1. The index's 52-week closing low was 2,050.63 on April 9, 2026. By how much has it risen since?
Q2. The index is 0.33% below its 50-day moving average of 2,473.93 and 6.36% above its 200-day
average of 2,318.38. Is the golden cross of August 10 still in force?
Q3. For how many sessions in a row has the Russell 2000 trailed the S&P 500?
Q4. RSI(14) is 50.1. Is the index overbought, oversold, or neither?
Q5. Oil fell 2.7% on Tuesday [2]. Name one sector this hurts.

Answers
A1. 20.25%.
A2. Yes: the 50-day (2,473.93) is still above the 200-day (2,318.38); the cross is 70 sessions old.
A3. Three sessions, by about 29 basis points a day on average.
A4. Neither. It sits in the middle of the 0-100 scale, far from the 70 and 30 lines.
A5. Energy.

<<SOURCES>>
""", sources=("hs-slides17", "ld-oil17"), source_format="box")

clean("casestudy-FRNT-2026-11-20", "FRNT-2026-11-20", "cfa-case-vignette", "md",
      "a CFA-style case vignette with an analyst's memo in quotation marks and a multiple-choice "
      "question whose wrong options are false on purpose (they are options, not claims); the "
      "50-day's 20-session slope is -9.39% ('roughly 9.4%')", """\
## Case Study 7: A Falling Knife? Evaluating FRNT After a Three-Day Slide

*Level II practice vignette · Portfolio Management · Estimated time: 18 minutes*

Amara Osei, CFA, manages a $40 million endowment sleeve with a 5% allocation to frontier equities,
  held through the FRNT exchange-traded fund. On Friday, November 20, 2026, FRNT closed at $30.01,
  down $0.26 (0.86%) on the day and its third consecutive lower close; across those three
  sessions the fund lost 3.60%. The close was also a new 52-week closing low. Intraday the fund
  touched $29.95.

Osei's analyst, Pieter Van Damme, summarizes the technical picture in a memo:

> "FRNT trades 10.45% below its 50-day moving average ($33.51) and 19.73% below its 200-day
  ($37.38). The 50-day crossed below the 200-day on October 15, 2026, a 'death cross', and the
  50-day has kept falling, by roughly 9.4% over the last twenty sessions. RSI(14) stands at 22.9,
  deep in oversold territory. The 52-week high of $41.82 was set on August 19, 2026, and the
  all-time high of $44.45 on November 13, 2024. Volume on Friday, 7.8 million shares, was about
  1.2 times the 20-day average."

Van Damme adds: "The broad market did not share the pain. SPY rose 1.10% to $688.00, and FRNT has
  now lagged SPY for three straight sessions, by an average of 161 basis points a day."

Osei notes that the nearest support is the round $30 level, only 0.03% below the close, and the
  nearest resistance is $31.

**Question 1.** Based on the memo, which statement is most accurate?

- A. FRNT's momentum reading is in overbought territory.
- B. FRNT is below both its 50-day and its 200-day moving average.
- C. FRNT's 50-day average is rising.

**Answer: B.** The memo places the close under both averages; the RSI is oversold, not overbought,
  and the 50-day is falling.
""")

clean("crawl-SPY-2026-11-20", "SPY-2026-11-20", "tv-lower-third-crawl", "txt",
      "a TV lower-third crawl in capitals with triangles, a loop counter and an operator tag; "
      "'FED DECISION DEC 9' is the snapshot's FOMC event", """\
LOWER-THIRD CRAWL · MARKET CLOSE · FRI 11/20/2026 · LOOP 4 OF 6 · OPERATOR: KJ
▸ SPY $688.00 ▲ 7.49 (+1.10%) ▸ QQQ $626.40 ▲ 1.90% ▸ DIA $471.60 ▲ 0.60% ▸ IWM $244.30 ▲ 0.30%
▸ VIX 15.60 ▼ 9.30%
▸ S&P 500 FUND SPY RALLIES ON HEAVY VOLUME: 118.3M SHARES, 1.8X NORMAL
▸ SPY WITHIN 0.97% OF OCT 22 RECORD CLOSE $694.71
▸ SPY WEEK: +1.10% ▸ MONTH: -0.97% ▸ YTD: +3.28%
▸ OPTIONS: SPY MAX PAIN $690 FOR NOV 27 EXPIRY; PUT/CALL OI 1.16; CALL WALL $700
▸ FED DECISION DEC 9, 13 SESSIONS AWAY; NOVEMBER CPI THE DAY AFTER
▸ SPY 1.11% ABOVE 50-DAY AVG ($680.43); RSI 55.0
▸ SPY BACK ABOVE THURSDAY'S CLOSE OF $680.51
""")

clean("opsnote-GSPC-2026-11-20", "idx_GSPC-2026-11-20", "market-structure-ops-note", "txt",
      "an internal market-structure note with numbered sections, a reference number, a hand-typed "
      "ETF volume table (from the peers' volume facts), round-number levels and an early-close "
      "clock time; cites the wire's megacap story", """\
MARKET STRUCTURE NOTE - US cash equities - session of 20-Nov-2026
Distribution: electronic trading, ops, compliance (internal). Ref: MS-2026-1120-03

1) Session summary
S&P 500 +1.11% to 6,901.69 (+75.63 pts), about 1.1 ATRs (ATR14 70.89 pts). NDX +1.89% to
25,753.96 led [1]; DJI +0.58% to 47,220.31; RUT lagged at +0.30% (2,456.17). Monthly options
expiry day.

2) ETF volume vs 20-day average
  ETF    shares   20d avg   ratio
  SPY    118.3M    64.9M     1.8x
  QQQ     86.8M    44.3M     2.0x
  DIA      5.5M     3.4M     1.6x
  IWM     39.6M    30.0M     1.3x
All four above average; QQQ heaviest in ratio terms, SPY in shares.

3) Levels into next week (desk, not a recommendation)
Index closed a hair above 6,900 (round-number support, 0.02% below). Resistance at the 6,968.14
record close (Oct 22), then 7,000. The 29-session box 6,805.34-6,968.14 (2.39% wide) is intact.

4) Vol
VIX -9.30% to 15.60.

5) Calendar
FOMC Dec 9, 13 sessions out; CPI Dec 10. Early close Fri Nov 27 at 1:00 PM ET.

<<SOURCES>>
""", sources=("hs-megacap20",), source_format="ref")

clean("comments-SPY-2026-11-17", "SPY-2026-11-17", "comment-section", "md",
      "the comment section under an article: usernames, relative times, like counts, replies "
      "and a 'load more' line; one commenter corrects another", """\
**142 Comments** · Sort by: Top

**ridgeline_trader** · 3h · 58 likes
SPY closed at $679.84 today, down 0.50%. That's 2.14% off the October 22 record close of $694.71.
Not a crash, people.

> **mkt_curious** · 3h · 12 likes
> Isn't it below the 50-day now?

>> **ridgeline_trader** · 2h · 31 likes
>> Barely above, actually. 50-day is $679.19, so we're 0.09% over it. The 200-day is way down at
>> $645.83.

**old_school_val** · 2h · 40 likes
RSI 46.8. MACD 1.09 under a 2.42 signal. Momentum is soft, not broken.
The golden cross from September 21 still stands.

**tickertape_tess** · 2h · 22 likes
QQQ got it worse, -0.90% to $615.97. DIA only -0.20%. IWM -0.80% to $245.28.

**drawdown_dave** · 1h · 9 likes
YTD still +2.05% on SPY. Month is -1.06%. Relax.

**optionsowl** · 1h · 17 likes
Volume 73.0M vs 66.3M average, so about 1.1x. Nobody panicked.

**fomc_fran** · 45m · 6 likes
Fed on Dec 9, 16 sessions away. CPI the next day. That's the real test.

Load 134 more comments
""")

clean("press-DIA-2025-11-17", "DIA-2025-11-17", "index-provider-press-release", "md",
      "a press-release-style note from an index provider on a record close, with a dateline, a "
      "boilerplate 'About' paragraph, a media contact and a quote from a named executive", """\
**FOR IMMEDIATE RELEASE**

# Dow Jones Industrial Average Closes at Record; DIA Tracks It to a New High

NEW YORK, November 17, 2025 (MARKET CLOSE) - The Dow Jones Industrial Average closed at a record
  48,219.41 on Monday, up 0.87%, and the SPDR Dow Jones Industrial Average ETF Trust (DIA), which
  tracks it, ended the day at $481.59, up $4.26 or 0.89%, its highest close on record.

DIA's previous highest close was $478.00, set on Wednesday, November 12. Over the past week the fund
  has gained 1.70%, over the past month 1.99%, and since the start of 2025 6.55%. The fund now
  stands 29.75% above its 52-week closing low of $371.18, set on April 16, 2025.

"Thirty blue chips, one record," said Maren Solheim, head of index communications. "Today's close
  puts the average 4.51% above its 50-day mean, a sign of how broad the autumn advance has been."

Relative strength was elsewhere on the day: the Russell 2000 fund IWM gained 1.96% and the Nasdaq
  100 fund QQQ 1.73%, while SPY rose 1.39%. The fund's RSI(14) reached 72.8, above the 70 level
  often read as overbought.

**About the Index.** The Dow Jones Industrial Average, first published in 1896, measures 30
  large U.S. companies. For index data visit the provider's site.

**Media contact:** press@indexdesk.example · +1 212 555 0143
""")

clean("replychain-IWM-2026-11-20", "IWM-2026-11-20", "email-quoted-reply-chain", "txt",
      "an email whose newest reply sits on top of a quoted chain ('> ' and '>> ' levels) with "
      "'On ... wrote:' lines; each level is written on its own day (Wednesday's and Thursday's "
      "closes are the bars of Nov 18 and Nov 19); magnitude plants use the day's 0.2-ATR move", """\
Subject: Re: Re: IWM - still boxed?

Fri, Nov 20, 2026 at 5:12 PM, Priya wrote:
Closing the loop: IWM finished at $244.30, up just 0.30%, the smallest gain of the four index
funds. SPY did +1.10%. That makes six sessions in a row behind SPY, about 42 bps a day on average.
Volume was 39.6M, roughly 1.3x normal. Still inside $241.00-$249.26 (25 sessions now). RSI 48.2.
It sits 0.60% under the 50-day ($245.77). Fed is Dec 9, thirteen sessions out.

> On Thu, Nov 19, 2026 at 6:03 PM, Marcus wrote:
> Another soft one. It closed at $243.57 today, down from Wednesday's $244.79. The week's low so far.
> I'd want to see 245 back before I add. Support 242.80, then 241.00.
>
>> On Wed, Nov 18, 2026 at 5:47 PM, Priya wrote:
>> Quick one: IWM $244.79 tonight. Tuesday's close was $245.28. Box is $241-$249, and we're near
>> the middle. Is it worth adding here or waiting?

--
Sent from my phone. Excuse typos.
""")

clean("concall-SPY-2026-11-20", "SPY-2026-11-20", "conference-call-qa", "txt",
      "a conference-call transcript excerpt: an operator, analysts' questions and a CIO's and a "
      "derivatives head's answers, with a duration line; 'almost twice its normal volume' is the "
      "1.8x ratio; cites the Ledger story of the day", """\
Northgate Asset Management - Q4 Market Outlook Call - Transcript (excerpt)
Friday, November 20, 2026 - 5:30 PM ET - Duration: 47 minutes

OPERATOR: Thank you. Our next question comes from Sam Reyes with Pillar Research. Your line is open.

SAM REYES (Pillar Research): Thanks for taking the question. Today SPY closed at $688.00, up 1.10%,
on almost twice its normal volume. Do you read that as a breakout?

ELENA VOSS (CIO): Not yet, Sam. A breakout for us is a close above the October 22 record close of
$694.71, and we're still 0.97% under it. What I'd say is that the S&P 500 climbed 1.1% to 6,901.69
[1], and SPY finished the week up 1.10%.

SAM REYES: And the month?

ELENA VOSS: Still down, by 0.97%. Year to date we're up 3.28%.

OPERATOR: Our next question comes from Jun Park with Eastline Capital.

JUN PARK (Eastline): Two quick ones. Where's the 50-day, and is momentum confirming?

ELENA VOSS: The 50-day is $680.43 and price is about 1.1% above it. Momentum isn't confirming yet:
MACD at 0.82 is still below its 1.59 signal line, and RSI is a middling 55.0. The golden cross
from September 21 is intact, forty-four sessions now.

JUN PARK: And positioning into expiry?

DAVID OKONJO (Head of Derivatives): Next Friday's expiry has max pain at $690, the call wall at
$700 and the put wall at $675. Put/call open interest is 1.16. After that the calendar is the Fed
on December 9, thirteen sessions out.

<<SOURCES>>
""", sources=("ld-rebound20",), source_format="ref")

clean("chartofday-DIA-2026-11-20", "DIA-2026-11-20", "sell-side-chart-of-the-day", "txt",
      "a sell-side 'chart of the day' with a chart caption in brackets, a title in quotation "
      "marks and a disclosures line; the top of the box is the Nov 6 close", """\
CHART OF THE DAY | US Equity Strategy | 20 November 2026
"Forty-three sessions in a box"

[Chart: DIA daily closes, 64 sessions, with the $464.29-$474.50 range shaded. Source: exchange
data, our calculations.]

What the chart shows: DIA, the Dow ETF, has closed between $464.29 and $474.50 for 43 sessions, a
band only 2.20% wide. Friday's close of $471.60 (+0.60%) sits in the upper half. The last time it
closed at the top of the box was Friday, November 6, at $474.50.

Why it matters: Narrow ranges in blue chips tend to resolve with the broader tape. The 50-day
average ($467.61) runs through the middle of the box, and the 200-day ($454.80) is well below.
RSI(14) at 55.5 gives no signal either way.

Our take: We'd treat a close above $474.50 as the start of a move toward $480 (the round number),
and a close below $464.29 as a failed range. Until then, it's a box.

Analyst certification and important disclosures on pp. 4-6.
""")

clean("morningtv-QQQ-2026-11-17", "QQQ-2026-11-17", "morning-tv-anchor-script", "txt",
      "a morning TV anchor's 55-second read the day after the session (Wednesday morning about "
      "Tuesday's close: 'yesterday'), with a slug line and stage directions", """\
MORNING MARKETS - 6:30 AM HIT - WEDNESDAY 11/18 - ANCHOR: RACHEL - READ 0:55

[ANCHOR ON CAM]
Good morning. Tech stumbled yesterday. The Nasdaq 100 fund QQQ fell 0.90% on Tuesday to close at
$615.97, giving back $5.59. That leaves it 2.19% below the record close it set a week earlier, on
Wednesday, November 11, at $629.76.

[FULL SCREEN: THE LAGGARDS]
The index itself, the Nasdaq 100, lost 0.90% to 25,326.20. The S&P 500 fund SPY dropped 0.50%, the
Dow fund DIA only 0.20%, and small caps, IWM, 0.80%.

[ANCHOR ON CAM]
Volume was heavy: 61.1 million QQQ shares, about one and a half times the usual. The fund is still
up 3.16% this year, and it's holding above its 50-day average of $612.70, about half a percent
under yesterday's close. Fed day is December 9. Back to you, Mark.
""")

clean("japanese-IWM-2026-03-30", "IWM-2026-03-30", "translated-japanese-note", "txt",
      "a Japanese securities house's morning review in English translation: section marks, "
      "'the 30th (Monday)', 'dead cross' in quotation marks, 'cumulative decline rate'; the "
      "50-day's 20-session slope is -5.36%", """\
[Translation from Japanese] Tokyo Equity Strategy Dept. - US Market Review (2026/3/31 morning)

■ Summary
On the 30th (Monday) the US small-cap index ETF "IWM" declined by 1.24% from the previous day and
ended at 211.00 dollars. This is the fourth consecutive day of decline, and the cumulative decline
rate of the four days reaches 2.54%. The year-to-date falling rate is 13.27%.

■ Technical aspect
The 50-day moving average (227.59 dollars) fell below the 200-day moving average (230.93 dollars)
on 24th March, forming the so-called "dead cross". It is 4 business days since then. The 50-day
line is declining at about 5.4% in twenty business days. RSI (14-day) is 33.9, which is near the
oversold zone but has not entered it.

■ Other markets
The Russell 2000 index fell 1.22% to 2,120.33. S&P 500 ETF (SPY) -0.78%, Nasdaq 100 ETF (QQQ)
-1.44%, Dow ETF (DIA) -1.04%. The VIX index rose 0.69% to 24.71.

■ Support and resistance (our view)
Support: 210 dollars, then 207.94 dollars. Resistance: 212.32 dollars, then 214.35 dollars.

* This material is a translation for reference. In case of discrepancy the Japanese original
prevails.
""")

clean("carousel-SPY-2026-06-03", "SPY-2026-06-03", "social-carousel-captions", "txt",
      "an investing club's social-media carousel, one caption per slide ('Slide 2/6'), emoji, "
      "hashtags and a handle", """\
[Slide 1/6] MARKET RECAP 📈 Wed, June 3, 2026 · swipe →
[Slide 2/6] SPY closed at $659.18 (+$3.83 / +0.58%). That's 5 green days in a row 🔥
[Slide 3/6] Small caps lagged: IWM +0.35%. QQQ kept up with SPY at +0.57%. The Dow fund (DIA) was
the only one in the red, -0.58%.
[Slide 4/6] RSI 72.3 = overbought zone 👀 Over the past month SPY is up 8.87%.
[Slide 5/6] Still -1.05% YTD and 4.84% below the Nov 26, 2025 record close ($692.73).
[Slide 6/6] Follow @teenbulls for daily recaps! Not financial advice. #stocks #investing #SPY
""")

# ---------------------------------------------------------------- the planted errors

PLANTS = SET.plants
plant = SET.plant


# The expected code is the README's documented one: a figure named as a specific fact (a close, a
# move over a named period, RSI, an average, a streak, a volume multiple, a count of sessions to an
# event) that differs is `value-mismatch`, in words too; size words `magnitude-mismatch`; RSI/MACD
# words (also denied or answered) `indicator-mismatch`; crosses (quoted or denied), new lows and
# slope words on an average `pattern-mismatch`; 'below' for an average above `direction-mismatch`
# (and 'below' in a cross-check 'above/below an average' `pattern-mismatch` where the README lists it
# there); a support above or a resistance below the close `level-wrong-side`; a setup's order
# `setup-geometry`, its stated ratio `setup-reward-risk`; a weekday wrong for its date
# `weekday-mismatch`; the date of a record, 52-week extreme or cross that no fact holds
# `date-untraced`; a citation to no listed source `citation-unresolved`. `real=True` marks a wrong
# figure that is deliberately another real fact (another period, another instrument, a past bar).

A = "anchor-SPY-2026-06-03"
plant(A, "close-words", "words", "value-mismatch", "six hundred fifty-nine dollars",
      "six hundred fifty-six dollars", "fifty-six dollars",
      "the close in words is $656.18; SPY closed at $659.18")
plant(A, "run-ordinal", "words", "value-mismatch", "its fifth higher close", "its sixth higher close",
      "sixth", "SPY's run of higher closes is 5 (close_streak_sessions), not 6")
plant(A, "iwm-gets-qqq", "subject", "value-mismatch", "IWM gained 0.35%", "IWM gained 0.57%", "0.57%",
      "QQQ's 0.57% given to IWM, whose move was 0.35%", real=True)
plant(A, "month-is-week", "timeframe", "value-mismatch", "SPY is up 8.87 percent", "SPY is up 4.87 percent",
      "4.87 percent", "the 5-session return (4.87%) called the month's; the 1-month return is 8.87%",
      real=True)
plant(A, "rsi-denied", "negation", "indicator-mismatch", "and that's overbought territory",
      "and that's not overbought territory", "not overbought",
      "RSI 72.3 is overbought; denying it contradicts the value")
plant(A, "record-date", "history", "date-untraced", "set on November 26 last year",
      "set on November 24 last year", "November 24",
      "the record close $692.73 dates from Nov 26, 2025 (all_time_high_date)")
plant(A, "weekday", "date", "weekday-mismatch", "finished Wednesday at", "finished Tuesday at", "Tuesday",
      "the session (Jun 3, 2026) was a Wednesday")
plant(A, "vix-level", "value", "value-mismatch", "6.18% to 18.55", "6.18% to 18.85", "18.85",
      "the VIX closed at 18.55")
plant(A, "volume-words", "words", "value-mismatch", "roughly seven-tenths of a normal day",
      "roughly twice a normal day", "twice",
      "volume was 0.7x its 20-day average, not twice it")
plant(A, "cross-quiet", "pattern", "pattern-mismatch", "the death cross from March 27",
      "the golden cross from March 27", "golden cross",
      "the 50-day ($616.10) is under the 200-day ($647.76): a death cross since Mar 27, 2026")

F = "factsheet-DIA-2026-06-03"
plant(F, "month-is-week", "timeframe", "value-mismatch", "the fund returned 6.62%",
      "the fund returned 2.78%", "2.78%", "the weekly return stated as the month's (1m is 6.62%)",
      real=True)
plant(F, "table-week", "value", "value-mismatch", "+2.78    +6.62", "+2.87    +6.62", "+2.87",
      "the hand-typed table's 1-week cell: DIA's 5-session return is +2.78%")
plant(F, "high-close-day", "history", "value-mismatch", "on Tuesday, June 2", "on Monday, June 1",
      "$463.78", "$463.78 was the close of Tue Jun 2; Monday Jun 1 closed at $462.43", real=True)
plant(F, "low-date-intraday", "history", "date-untraced", "set on 30 April 2026", "set on 28 April 2026",
      "28 April 2026", "the 52-week closing low dates from Apr 30; Apr 28 is the intraday low's day",
      real=True)
plant(F, "spread-other", "subject", "value-mismatch", "by 2.25 percentage points",
      "by 2.10 percentage points",
      "2.10 percentage points", "DIA trails SPY by 2.25 pp over the month; 2.10 pp is SPY's gap to QQQ",
      real=True)
plant(F, "lag-run", "words", "value-mismatch", "for two sessions running", "for four sessions running",
      "four sessions", "DIA has trailed SPY for 2 sessions (streak_sessions)")
plant(F, "flat-200", "trend", "pattern-mismatch", "essentially flat over the past month",
      "climbing steeply over the past month", "climbing steeply",
      "the 200-day's 20-session slope is +0.08%: flat, not steep")
plant(F, "50-slope-up", "trend", "pattern-mismatch", "the 50-day has been edging lower",
      "the 50-day has been edging higher", "edging higher", "the 50-day's 20-session slope is -0.93%")
plant(F, "below-50", "level", "direction-mismatch", "4.85% above its 50-day", "4.85% below its 50-day",
      "below", "DIA is 4.85% above its 50-day average")
plant(F, "dow-level", "subject", "value-mismatch", "Average to 46,185.73", "Average to 46,815.73",
      "46,815.73", "the Dow Jones Industrial Average closed at 46,185.73")

R = "riskmail-IWM-2026-11-17"
plant(R, "close", "value", "value-mismatch", "IWM settled $245.28", "IWM settled $245.82", "$245.82",
      "IWM closed at $245.28")
plant(R, "qqq-gets-iwm", "subject", "value-mismatch", "QQQ did worse (-0.90%)", "QQQ did worse (-0.80%)",
      "-0.80%", "IWM's -0.80% given to QQQ, whose move was -0.90%", real=True)
plant(R, "support-above", "level", "level-wrong-side", "First support we care about is 244.79",
      "First support we care about is 248.76", "248.76",
      "a support above the $245.28 close (248.76 is a past close)", real=True)
plant(R, "lag-run", "words", "value-mismatch", "third straight session behind SPY",
      "fifth straight session behind SPY", "fifth",
      "IWM has trailed SPY for 3 sessions (streak_sessions)")
plant(R, "since-friday", "timeframe", "value-mismatch", "down about seven-tenths of a percent",
      "down about nine-tenths of a percent", "nine-tenths of a percent",
      "since Friday's $247.01 close IWM is down 0.70%, not 0.9%")
plant(R, "fomc-count", "words", "value-mismatch", "sixteen sessions out", "fourteen sessions out",
      "fourteen sessions", "the FOMC decision is 16 sessions away (event_1_sessions_until)")
plant(R, "rsi-word", "indicator", "indicator-mismatch", "RSI 50.0, dead neutral", "RSI 50.0, deeply oversold",
      "deeply oversold", "RSI 50.0 is not oversold")
plant(R, "citation", "citation", "citation-unresolved", "$67.35 [1][2]", "$67.35 [1][3]", "[3]",
      "the email lists two sources; [3] resolves to none")
plant(R, "subject-weekday", "date", "weekday-mismatch", "EOD risk - Tue 11/17", "EOD risk - Wed 11/17",
      "Wed 11/17", "Nov 17, 2026 was a Tuesday")
plant(R, "vix", "value", "value-mismatch", "VIX +6.02% to 17.60", "VIX +6.02% to 16.70", "16.70",
      "the VIX closed at 17.60")

S = "substack-QQQ-2025-11-17"
plant(S, "dollar-move", "value", "value-mismatch", "added $10.60 on the day", "added $10.06 on the day",
      "$10.06", "QQQ's dollar move was $10.60")
plant(S, "dia-gets-spy", "subject", "value-mismatch", "a more sedate 0.89%", "a more sedate 1.39%", "1.39%",
      "SPY's 1.39% given to DIA, whose move was 0.89%", real=True)
plant(S, "volume-multiple", "value", "value-mismatch", "about 1.6 times", "about 2.6 times", "2.6 times",
      "volume was 1.6x its 20-day average")
plant(S, "volume-words", "words", "value-mismatch", "ran to 63.7 million shares",
      "ran to 36.7 million shares",
      "36.7 million", "volume was 63.7M shares")
plant(S, "ytd-is-week", "timeframe", "value-mismatch", "14.73% higher on the year",
      "2.84% higher on the year",
      "2.84%", "the 5-session return called the year's; YTD is 14.73%", real=True)
plant(S, "low-date", "history", "date-untraced", "$411.68 from April 16", "$411.68 from April 7", "April 7",
      "the 52-week closing low $411.68 dates from Apr 16, 2025")
plant(S, "slope-words", "trend", "value-mismatch", "about two percent in the last twenty sessions",
      "about four percent in the last twenty sessions", "four percent",
      "the 50-day's 20-session slope is +2.04%")
plant(S, "slope-word", "trend", "pattern-mismatch", "has been climbing all autumn",
      "has been sliding all autumn",
      "sliding", "the 50-day is rising (+2.04% in 20 sessions)")
plant(S, "cross-age", "words", "value-mismatch", "ninety-seven sessions ago", "seventy-nine sessions ago",
      "seventy-nine sessions", "the golden cross is 97 sessions old (cross_sessions_since)")
plant(S, "stop-above", "setup", "setup-geometry", "stop at $621.65", "stop at $631.65", "$631.65",
      "a long from $630 with its stop above the entry")
plant(S, "reward-risk", "setup", "setup-reward-risk", "about three for every one", "about five for every one",
      "five", "entry $630, stop $621.65, target $655.05 give 3.0, not 5")

T = "translated-FSMI-2026-11-20"
plant(T, "close", "value", "value-mismatch", "at 35,112.40 points (German", "at 35,121.40 points (German",
      "35,121.40", "the index closed at 35,112.40")
plant(T, "run-ordinal", "words", "value-mismatch", "the third falling close", "the fourth falling close",
      "fourth", "3 lower closes in a row (close_streak_sessions)")
plant(T, "run-total", "timeframe", "value-mismatch", "lost 3.58 percent together",
      "lost 3.07 percent together",
      "3.07 percent", "the 3-session run cost 3.58%; 3.07% is the week's", real=True)
plant(T, "ytd-is-month", "timeframe", "value-mismatch", "year to 18.33 percent", "year to 8.56 percent",
      "8.56 percent", "YTD is -18.33%; -8.56% is the month's", real=True)
plant(T, "high-date", "history", "date-untraced", "(19 August 2026)", "(20 August 2026)", "20 August 2026",
      "the 52-week closing high dates from Aug 19; Aug 20 is the intraday high's day", real=True)
plant(T, "rsi-negated", "negation", "indicator-mismatch", "signals thereby an oversold condition",
      "signals thereby no oversold condition", "no oversold",
      "RSI 23.0 is oversold; the negation contradicts it")
plant(T, "cross-name", "pattern", "pattern-mismatch", "The death cross of 15 October",
      "The golden cross of 15 October", "golden cross", "the 50-day is under the 200-day: a death cross")
plant(T, "slope-up", "trend", "pattern-mismatch", "The 50-day line is falling steeply",
      "The 50-day line is rising steeply", "rising steeply", "the 50-day fell 9.38% in 20 sessions")
plant(T, "frnt-gets-index", "subject", "value-mismatch", "(minus 0.86 percent)", "(minus 0.88 percent)",
      "0.88 percent", "the index's -0.88% given to FRNT, whose move was -0.86%", real=True)
plant(T, "resistance-below", "level", "level-wrong-side", "Resistances: 35,500 and",
      "Resistances: 34,500 and", "34,500", "a resistance below the 35,112.40 close")
plant(T, "weekday", "date", "weekday-mismatch", "has closed the Friday", "has closed the Thursday",
      "Thursday", "the session (Nov 20, 2026) was a Friday")
plant(T, "fed-count", "value", "value-mismatch", "(in 13 trading days)", "(in 31 trading days)", "31",
      "the FOMC decision is 13 sessions away")

P = "retiree-IWM-2026-02-13"
plant(P, "close", "value", "value-mismatch", "closed Friday at $226.54", "closed Friday at $226.45",
      "$226.45", "IWM closed at $226.54")
plant(P, "pct-words", "words", "value-mismatch", "a little over one percent", "a little over two percent",
      "two percent", "the day's move was -1.04%")
plant(P, "run-ordinal", "words", "value-mismatch", "the sixth losing day in a row",
      "the fourth losing day in a row", "fourth", "6 lower closes in a row (SPY's run is the 4)",
      real=True)
plant(P, "run-total", "timeframe", "value-mismatch", "cost it 5.80%", "cost it 4.94%", "4.94%",
      "the 6-session run cost 5.80%; 4.94% is the week's", real=True)
plant(P, "ytd-other", "timeframe", "value-mismatch", "it has lost 6.88%", "it has lost 5.94%", "5.94%",
      "YTD is -6.88%; -5.94% is DIA's month", real=True)
plant(P, "dia-gets-qqq", "subject", "value-mismatch", "Dow fund DIA 0.65%", "Dow fund DIA 0.41%", "0.41%",
      "QQQ's -0.41% given to DIA, whose move was -0.65%", real=True)
plant(P, "high-date", "history", "date-untraced", "on November 28, 2025", "on December 2, 2025",
      "December 2, 2025", "the 52-week closing high dates from Nov 28; Dec 2 is the intraday high's",
      real=True)
plant(P, "rsi", "value", "value-mismatch", "stands at 21.4", "stands at 31.4", "31.4", "RSI(14) is 21.4")
plant(P, "above-200", "level", "pattern-mismatch", "trading below its 200-day", "trading above its 200-day",
      "above", "IWM ($226.54) is under its 200-day ($229.41)")
plant(P, "hedged-distance", "value", "value-mismatch", "about 12% below that peak",
      "about 21% below that peak",
      "21%", "the close is 12.12% under the 52-week high")
plant(P, "low-history", "history", "value-mismatch", "closed at a low of $170.94",
      "closed at a low of $179.04", "$179.04", "the 52-week closing low of Mar 25, 2025 is $170.94")

Q = "stream-QQQ-2026-11-20"
plant(Q, "close", "value", "value-mismatch", "to close 626.40", "to close 624.60", "624.60",
      "QQQ closed at $626.40")
plant(Q, "edged", "magnitude", "magnitude-mismatch", "$QQQ jumped 1.90%", "$QQQ edged up 1.90%", "edged",
      "a 1.90% move of 1.6 ATR is not an edge")
plant(Q, "volume", "value", "value-mismatch", "~2x avg", "~3x avg", "~3x", "volume was 2.0x its average")
plant(Q, "record-date", "history", "date-untraced", "record close from 11/11", "record close from 11/12",
      "11/12", "the record close $629.76 dates from Nov 11; Nov 12 is the intraday high's day",
      real=True)
plant(Q, "rsi-negation", "negation", "indicator-mismatch", "this isn't even overbought",
      "this is already overbought", "already overbought", "RSI 56.4 is not overbought")
plant(Q, "macd", "indicator", "indicator-mismatch", "MACD still under signal", "MACD still over signal",
      "over signal", "MACD 1.96 is under its 2.46 signal")
plant(Q, "iwm-gets-dia", "subject", "value-mismatch", "$IWM only +0.30%", "$IWM only +0.60%", "+0.60%",
      "DIA's +0.60% given to IWM, whose move was +0.30%", real=True)
plant(Q, "put-call", "value", "value-mismatch", "P/C OI 1.32", "P/C OI 1.42", "1.42",
      "the put/call open-interest ratio is 1.32")
plant(Q, "slope-word", "trend", "pattern-mismatch", "614.02 and climbing", "614.02 and rolling over",
      "rolling over", "the 50-day rose 1.49% in 20 sessions")
plant(Q, "header-weekday", "date", "weekday-mismatch", "$QQQ stream · Fri Nov 20", "$QQQ stream · Thu Nov 20",
      "Thu Nov 20", "Nov 20, 2026 was a Friday")

D = "push-DIA-2026-11-20"
plant(D, "dow-level", "subject", "value-mismatch", "+0.58% at 47,220.31", "+0.58% at 47,202.31", "47,202.31",
      "the Dow closed at 47,220.31")
plant(D, "run-ordinal", "words", "value-mismatch", "its third higher close in a row",
      "its fifth higher close in a row", "fifth", "3 higher closes in a row (close_streak_sessions)")
plant(D, "run-total", "timeframe", "value-mismatch", "up 1.00% over the", "up 1.10% over the", "1.10%",
      "the 3-session run gained 1.00%; 1.10% is the week's", real=True)
plant(D, "shares", "value", "value-mismatch", "DIA traded 5.5M shares", "DIA traded 5.8M shares", "5.8M",
      "DIA traded 5.5M shares")
plant(D, "range-age", "value", "value-mismatch", "now 43 sessions old", "now 34 sessions old", "34 sessions",
      "the $464.29-$474.50 range spans 43 sessions")
plant(D, "resistance-below", "level", "level-wrong-side", "resistance $473.00", "resistance $470.00",
      "$470.00", "a resistance below the $471.60 close ($470 is a support level)", real=True)
plant(D, "ytd-is-month", "timeframe", "value-mismatch", "down 0.72% year to date", "down 0.17% year to date",
      "0.17%", "YTD is -0.72%; -0.17% is the month's", real=True)
plant(D, "record-date", "history", "date-untraced", "its Jan. 12 record close", "its Jan. 13 record close",
      "Jan. 13", "the record close dates from Jan 12, 2026; Jan 13 is the intraday high's day", real=True)
plant(D, "iwm-gets-dia", "subject", "value-mismatch", "IWM +0.30%", "IWM +0.60%", "+0.60%",
      "DIA's +0.60% given to IWM", real=True)

W = "worksheet-RUT-2026-11-17"
plant(W, "points", "value", "value-mismatch", "down 19.30 points", "down 13.90 points", "13.90",
      "the index lost 19.30 points")
plant(W, "low-date", "history", "date-untraced", "2,050.63 on April 9, 2026", "2,050.63 on April 8, 2026",
      "April 8, 2026", "the 52-week closing low dates from Apr 9, 2026")
plant(W, "answer-run", "words", "value-mismatch", "A3. Three sessions", "A3. Five sessions", "Five sessions",
      "the Russell has trailed the S&P 500 for 3 sessions")
plant(W, "answer-rsi", "indicator", "indicator-mismatch", "A4. Neither.", "A4. Oversold.", "Oversold",
      "RSI 50.1 is neither overbought nor oversold")
plant(W, "citation", "citation", "citation-unresolved", "on Tuesday [2]", "on Tuesday [3]", "[3]",
      "the Sources box lists two items; [3] resolves to none")
plant(W, "ndx-gets-rut", "subject", "value-mismatch", "Nasdaq 100 fell 0.90%", "Nasdaq 100 fell 0.78%",
      "0.78%", "the Russell's -0.78% given to the Nasdaq 100 (-0.90%)", real=True)
plant(W, "cross-age", "value", "value-mismatch", "the cross is 70 sessions old",
      "the cross is 17 sessions old",
      "17 sessions", "the golden cross is 70 sessions old")
plant(W, "answer-cross", "negation", "pattern-mismatch", "A2. Yes: the 50-day (2,473.93) is still above",
      "A2. No: the 50-day (2,473.93) is now below", "now below",
      "the 50-day (2,473.93) is above the 200-day (2,318.38): the golden cross stands")
plant(W, "answer-value", "value", "value-mismatch", "A1. 20.25%.", "A1. 20.52%.", "20.52%",
      "the index is 20.25% above its 52-week low (the question names it)")

K = "casestudy-FRNT-2026-11-20"
plant(K, "dollar-move", "value", "value-mismatch", "down $0.26 (0.86%)", "down $0.36 (0.86%)", "$0.36",
      "FRNT lost $0.26")
plant(K, "run-ordinal", "words", "value-mismatch", "its third consecutive lower close",
      "its fourth consecutive lower close", "fourth", "3 lower closes in a row")
plant(K, "run-total", "timeframe", "value-mismatch", "the fund lost 3.60%", "the fund lost 3.07%", "3.07%",
      "the 3-session run cost 3.60%; 3.07% is the week's", real=True)
plant(K, "quoted-cross", "quotation", "pattern-mismatch", "a 'death cross'", "a 'golden cross'",
      "golden cross", "the memo (not a cited source) names a golden cross where the 50-day is under "
                      "the 200-day")
plant(K, "slope-up", "trend", "pattern-mismatch", "the 50-day has kept falling",
      "the 50-day has kept rising", "kept rising", "the 50-day fell 9.39% in 20 sessions")
plant(K, "slope-size", "trend", "value-mismatch", "by roughly 9.4% over", "by roughly 4.9% over", "4.9%",
      "the 50-day's 20-session slope is -9.39%")
plant(K, "quoted-rsi", "quotation", "indicator-mismatch", "deep in oversold territory",
      "deep in overbought territory", "overbought territory", "RSI 22.9 inside the analyst's quote")
plant(K, "high-date", "history", "date-untraced", "was set on August 19, 2026", "was set on August 20, 2026",
      "August 20, 2026", "the 52-week closing high dates from Aug 19; Aug 20 is the intraday one's",
      real=True)
plant(K, "spy-gets-iwm", "subject", "value-mismatch", "SPY rose 1.10% to $688.00",
      "SPY rose 0.30% to $688.00",
      "0.30%", "IWM's +0.30% given to SPY (+1.10%)", real=True)
plant(K, "margin", "value", "value-mismatch", "average of 161 basis points", "average of 116 basis points",
      "116 basis points", "FRNT's average margin behind SPY is 161 bp")
plant(K, "resistance-below", "level", "level-wrong-side", "nearest resistance is $31",
      "nearest resistance is $29", "$29", "a resistance below the $30.01 close")
plant(K, "new-low-denied", "negation", "pattern-mismatch", "The close was also a new 52-week closing low.",
      "The close was not a new 52-week closing low.", "not a new 52-week closing low",
      "$30.01 is the 52-week closing low (low_52w_date is the session)")

C = "crawl-SPY-2026-11-20"
plant(C, "points", "value", "value-mismatch", "▲ 7.49 (+1.10%)", "▲ 7.94 (+1.10%)", "7.94",
      "SPY gained $7.49")
plant(C, "dia-gets-iwm", "subject", "value-mismatch", "DIA $471.60 ▲ 0.60%", "DIA $471.60 ▲ 0.30%", "0.30%",
      "IWM's +0.30% given to DIA (+0.60%)", real=True)
plant(C, "volume", "value", "value-mismatch", "1.8X NORMAL", "2.8X NORMAL", "2.8X",
      "volume was 1.8x its 20-day average")
plant(C, "record-date", "history", "date-untraced", "OCT 22 RECORD CLOSE", "OCT 21 RECORD CLOSE", "OCT 21",
      "the record close $694.71 dates from Oct 22, 2026")
plant(C, "month", "timeframe", "value-mismatch", "MONTH: -0.97%", "MONTH: -1.97%", "-1.97%",
      "SPY's 1-month return is -0.97%")
plant(C, "fed-count", "value", "value-mismatch", "13 SESSIONS AWAY", "15 SESSIONS AWAY", "15 SESSIONS",
      "the FOMC decision is 13 sessions away")
plant(C, "thursday-close", "history", "value-mismatch", "THURSDAY'S CLOSE OF $680.51",
      "THURSDAY'S CLOSE OF $681.88", "$681.88", "Thursday Nov 19 closed at $680.51; $681.88 is Wednesday's",
      real=True)
plant(C, "weekday", "date", "weekday-mismatch", "MARKET CLOSE · FRI 11/20/2026",
      "MARKET CLOSE · THU 11/20/2026", "THU 11/20", "Nov 20, 2026 was a Friday")
plant(C, "put-call", "value", "value-mismatch", "PUT/CALL OI 1.16", "PUT/CALL OI 1.61", "1.61",
      "SPY's put/call open-interest ratio is 1.16")
plant(C, "below-50", "level", "direction-mismatch", "1.11% ABOVE 50-DAY", "1.11% BELOW 50-DAY", "BELOW",
      "SPY is 1.11% above its 50-day average")

OP = "opsnote-GSPC-2026-11-20"
plant(OP, "points", "value", "value-mismatch", "(+75.63 pts)", "(+57.63 pts)", "57.63",
      "the S&P 500 gained 75.63 points")
plant(OP, "atr-multiple", "magnitude", "value-mismatch", "about 1.1 ATRs", "about 2.7 ATRs", "2.7 ATRs",
      "the move was 1.1 ATR (move_atr)")
plant(OP, "dji-gets-rut", "subject", "value-mismatch", "DJI +0.58% to", "DJI +0.30% to", "+0.30%",
      "the Russell's +0.30% given to the Dow (+0.58%)", real=True)
plant(OP, "qqq-ratio", "value", "value-mismatch", "44.3M     2.0x", "44.3M     2.8x", "2.8x",
      "QQQ's volume was 2.0x its 20-day average (table cell)")
plant(OP, "resistance-below", "level", "level-wrong-side", "then 7,000.", "then 6,800.", "6,800",
      "a resistance below the 6,901.69 close")
plant(OP, "record-date", "history", "date-untraced", "record close (Oct 22)", "record close (Oct 23)",
      "Oct 23",
      "the record close 6,968.14 dates from Oct 22, 2026")
plant(OP, "range-age", "value", "value-mismatch", "The 29-session box", "The 19-session box", "19-session",
      "the 6,805.34-6,968.14 range spans 29 sessions")
plant(OP, "fomc-count", "value", "value-mismatch", "FOMC Dec 9, 13 sessions out",
      "FOMC Dec 9, 11 sessions out",
      "11 sessions", "the FOMC decision is 13 sessions away")
plant(OP, "citation", "citation", "citation-unresolved", "25,753.96 led [1]", "25,753.96 led [2]", "[2]",
      "the note lists one reference; [2] resolves to none")

M = "comments-SPY-2026-11-17"
plant(M, "close", "value", "value-mismatch", "SPY closed at $679.84 today", "SPY closed at $678.94 today",
      "$678.94", "SPY closed at $679.84")
plant(M, "ath-distance", "value", "value-mismatch", "That's 2.14% off", "That's 2.41% off", "2.41%",
      "SPY is 2.14% under its record close")
plant(M, "record-date", "history", "date-untraced", "the October 22 record close",
      "the October 20 record close",
      "October 20", "the record close $694.71 dates from Oct 22, 2026")
plant(M, "sma-reply", "value", "value-mismatch", "50-day is $679.19", "50-day is $676.19", "$676.19",
      "the 50-day average is $679.19")
plant(M, "macd-word", "indicator", "indicator-mismatch", "MACD 1.09 under a 2.42 signal",
      "MACD 1.09 over a 2.42 signal", "over a 2.42 signal", "MACD 1.09 is under its 2.42 signal")
plant(M, "cross-date", "history", "date-untraced", "golden cross from September 21",
      "golden cross from September 12", "September 12", "the golden cross dates from Sep 21, 2026")
plant(M, "dia-gets-spy", "subject", "value-mismatch", "DIA only -0.20%", "DIA only -0.50%", "-0.50%",
      "SPY's -0.50% given to DIA (-0.20%)", real=True)
plant(M, "ytd-is-month", "timeframe", "value-mismatch", "YTD still +2.05%", "YTD still +1.06%", "+1.06%",
      "SPY's YTD is +2.05%; 1.06% is the size of its month", real=True)
plant(M, "volume", "value", "value-mismatch", "so about 1.1x", "so about 1.6x", "1.6x",
      "volume was 1.1x its average")
plant(M, "fed-count", "value", "value-mismatch", "Dec 9, 16 sessions away", "Dec 9, 61 sessions away", "61",
      "the FOMC decision is 16 sessions away")

PR = "press-DIA-2025-11-17"
plant(PR, "close", "value", "value-mismatch", "ended the day at $481.59", "ended the day at $481.95",
      "$481.95",
      "DIA closed at $481.59")
plant(PR, "dow-level", "subject", "value-mismatch", "a record 48,219.41", "a record 48,291.41",
      "48,291.41", "the Dow closed at 48,219.41")
plant(PR, "prev-record-day", "history", "value-mismatch", "set on Wednesday, November 12",
      "set on Thursday, November 13", "$478.00",
      "$478.00 was the close of Wed Nov 12; Thursday Nov 13 closed at $477.56", real=True)
plant(PR, "week", "timeframe", "value-mismatch", "has gained 1.70%", "has gained 1.99%", "1.99%",
      "the week's return is 1.70%; 1.99% is the month's", real=True)
plant(PR, "low-date", "history", "date-untraced", "set on April 16, 2025", "set on April 8, 2025",
      "April 8, 2025", "the 52-week closing low $371.18 dates from Apr 16, 2025")
plant(PR, "quote-distance", "quotation", "value-mismatch", "4.51% above its 50-day", "5.41% above its 50-day",
      "5.41%", "inside the executive's quote: DIA is 4.51% above its 50-day average")
plant(PR, "qqq-gets-iwm", "subject", "value-mismatch", "100 fund QQQ 1.73%", "100 fund QQQ 1.96%", "1.96%",
      "IWM's 1.96% given to QQQ (1.73%)", real=True)
plant(PR, "rsi-zone", "negation", "indicator-mismatch", "above the 70 level", "below the 70 level",
      "below the 70 level", "RSI 72.8 is above 70")
plant(PR, "weekday", "date", "weekday-mismatch", "48,219.41 on Monday", "48,219.41 on Tuesday", "Tuesday",
      "Nov 17, 2025 was a Monday")

E = "replychain-IWM-2026-11-20"
plant(E, "surged", "magnitude", "magnitude-mismatch", "up just 0.30%", "surging 0.30%", "surging",
      "a 0.30% move of 0.2 ATR is no surge")
plant(E, "lag-run", "words", "value-mismatch", "six sessions in a row behind SPY",
      "nine sessions in a row behind SPY", "nine sessions", "IWM has trailed SPY for 6 sessions")
plant(E, "margin", "value", "value-mismatch", "about 42 bps a day", "about 24 bps a day", "24 bps",
      "the average margin behind SPY is 42 bp")
plant(E, "thursday-close", "history", "value-mismatch", "It closed at $243.57 today",
      "It closed at $243.75 today", "$243.75", "Thursday Nov 19's close was $243.57 (the quoted mail's day)")
plant(E, "wednesday-close", "history", "value-mismatch", "down from Wednesday's $244.79",
      "down from Wednesday's $245.28", "$245.28", "Wednesday Nov 18 closed at $244.79; $245.28 is Tuesday's",
      real=True)
plant(E, "range-age", "value", "value-mismatch", "(25 sessions now)", "(52 sessions now)", "52 sessions",
      "the $241.00-$249.26 range spans 25 sessions")
plant(E, "support-above", "level", "level-wrong-side", "Support 242.80", "Support 246.80", "246.80",
      "a support above the close")
plant(E, "below-50", "level", "direction-mismatch", "0.60% under the 50-day", "0.60% over the 50-day", "over",
      "IWM is 0.60% under its 50-day average")
plant(E, "fed-words", "words", "value-mismatch", "thirteen sessions out", "eighteen sessions out",
      "eighteen sessions", "the FOMC decision is 13 sessions away")
plant(E, "smallest-gain", "subject", "value-mismatch", "SPY did +1.10%", "SPY did +1.90%", "+1.90%",
      "QQQ's +1.90% given to SPY (+1.10%)", real=True)



V = "concall-SPY-2026-11-20"
plant(V, "volume-hedged", "words", "value-mismatch", "almost twice its normal volume",
      "almost three times its normal volume", "three times", "volume was 1.8x its 20-day average")
plant(V, "record-intraday", "history", "value-mismatch", "record close of\n$694.71",
      "record close of\n$697.09",
      "$697.09", "the record close is $694.71; $697.09 is the intraday record of the same day", real=True)
plant(V, "record-distance", "value", "value-mismatch", "still 0.97% under it", "still 1.97% under it",
      "1.97%",
      "SPY is 0.97% under its record close")
plant(V, "macd", "indicator", "indicator-mismatch", "is still below its 1.59 signal line",
      "is already above its 1.59 signal line", "above its 1.59 signal", "MACD 0.82 is under its 1.59 signal")
plant(V, "rsi-adjective", "value", "value-mismatch", "a middling 55.0", "a middling 59.0", "59.0",
      "SPY's RSI(14) is 55.0")
plant(V, "cross-age-words", "words", "value-mismatch", "forty-four sessions now", "forty sessions now",
      "forty sessions", "the golden cross is 44 sessions old")
plant(V, "put-wall", "value", "value-mismatch", "the put wall at $675", "the put wall at $665", "$665",
      "the put wall is $675")
plant(V, "fed-words", "words", "value-mismatch", "thirteen sessions out", "three sessions out",
      "three sessions", "the FOMC decision is 13 sessions away")
plant(V, "citation", "citation", "citation-unresolved", "6,901.69\n[1]", "6,901.69\n[2]", "[2]",
      "the transcript lists one reference; [2] resolves to none")
plant(V, "month-answer", "timeframe", "value-mismatch", "Still down, by 0.97%.", "Still down, by 1.23%.",
      "1.23%", "the month (asked in the question) is -0.97%; 1.23 pp is SPY's monthly gap to QQQ",
      real=True)

H = "chartofday-DIA-2026-11-20"
plant(H, "width", "value", "value-mismatch", "only 2.20% wide", "only 1.20% wide", "1.20%",
      "the range is 2.20% wide")
plant(H, "top-close", "history", "value-mismatch", "November 6, at $474.50", "November 6, at $474.15",
      "$474.15",
      "Friday Nov 6 closed at $474.50; $474.15 is Thursday Nov 5's close", real=True)
plant(H, "top-weekday", "date", "weekday-mismatch", "Friday, November 6", "Thursday, November 6", "Thursday",
      "Nov 6, 2026 was a Friday")
plant(H, "day-move", "value", "value-mismatch", "$471.60 (+0.60%)", "$471.60 (+0.70%)", "+0.70%",
      "DIA's move was +0.60%")
plant(H, "200-above", "level", "pattern-mismatch", "the 200-day ($454.80) is well below",
      "the 200-day ($454.80) is well above", "well above", "the 200-day ($454.80) is under the close")
plant(H, "rsi-word", "indicator", "indicator-mismatch", "gives no signal either way",
      "is flashing overbought",
      "overbought", "RSI 55.5 is not overbought")

N = "morningtv-QQQ-2026-11-17"
plant(N, "dollar-move", "value", "value-mismatch", "giving back $5.59", "giving back $5.95", "$5.95",
      "QQQ lost $5.59")
plant(N, "record-distance", "value", "value-mismatch", "2.19% below the record", "2.91% below the record",
      "2.91%", "QQQ is 2.19% under its record close")
plant(N, "record-date", "history", "date-untraced", "Wednesday, November 11, at $629.76",
      "Thursday, November 12, at $629.76", "November 12",
      "the record close dates from Nov 11; Nov 12 is the intraday record's day", real=True)
plant(N, "dia-gets-spy", "subject", "value-mismatch", "DIA only 0.20%", "DIA only 0.50%", "0.50%",
      "SPY's 0.50% given to DIA (0.20%)", real=True)
plant(N, "volume-words", "words", "value-mismatch", "about one and a half times the usual",
      "about three times the usual", "three times", "volume was 1.5x its 20-day average")
plant(N, "ytd-other", "timeframe", "value-mismatch", "up 3.16% this year", "up 2.05% this year", "2.05%",
      "QQQ's YTD is 3.16%; 2.05% is SPY's", real=True)
plant(N, "below-50", "level", "pattern-mismatch", "holding above its 50-day average",
      "slipping below its 50-day average", "below its 50-day", "QQQ ($615.97) is over its 50-day ($612.70)")

J = "japanese-IWM-2026-03-30"
plant(J, "close", "value", "value-mismatch", "ended at 211.00 dollars", "ended at 212.00 dollars", "212.00",
      "IWM closed at $211.00")
plant(J, "run-ordinal", "words", "value-mismatch", "the fourth consecutive day of decline",
      "the fifth consecutive day of decline", "fifth", "4 lower closes in a row (SPY's run is the 5)",
      real=True)
plant(J, "run-total", "timeframe", "value-mismatch", "reaches 2.54%", "reaches 2.10%", "2.10%",
      "the 4-session run cost 2.54%; 2.10% is the week's", real=True)
plant(J, "ytd-is-month", "timeframe", "value-mismatch", "falling rate is 13.27%", "falling rate is 3.87%",
      "3.87%", "YTD is -13.27%; -3.87% is the month's", real=True)
plant(J, "quoted-cross", "quotation", "pattern-mismatch", "the so-called \"dead cross\"",
      "the so-called \"golden cross\"", "golden cross", "the 50-day fell under the 200-day: a death cross")
plant(J, "cross-age", "value", "value-mismatch", "It is 4 business days since then",
      "It is 14 business days since then",
      "14 business days", "the cross is 4 sessions old")
plant(J, "slope-up", "trend", "pattern-mismatch", "line is declining at about 5.4%",
      "line is rising at about 5.4%",
      "rising", "the 50-day fell 5.36% in 20 sessions")
plant(J, "rsi-negation", "negation", "indicator-mismatch", "but has not entered it", "and has entered it",
      "has entered it", "RSI 33.9 is above 30: not oversold")
plant(J, "qqq-gets-iwm", "subject", "value-mismatch", "(QQQ)\n-1.44%", "(QQQ)\n-1.24%", "-1.24%",
      "IWM's -1.24% given to QQQ (-1.44%)", real=True)
plant(J, "resistance-below", "level", "level-wrong-side", "Resistance: 212.32 dollars",
      "Resistance: 207.32 dollars",
      "207.32", "a resistance below the $211.00 close")
plant(J, "weekday", "date", "weekday-mismatch", "On the 30th (Monday)", "On the 30th (Tuesday)", "Tuesday",
      "Mar 30, 2026 was a Monday")

G = "carousel-SPY-2026-06-03"
plant(G, "dollar-move", "value", "value-mismatch", "(+$3.83 /", "(+$3.38 /", "$3.38", "SPY gained $3.83")
plant(G, "run", "words", "value-mismatch", "5 green days in a row", "7 green days in a row", "7 green days",
      "5 higher closes in a row")
plant(G, "iwm-gets-spy", "subject", "value-mismatch", "IWM +0.35%", "IWM +0.58%", "+0.58%",
      "SPY's +0.58% given to IWM (+0.35%)", real=True)
plant(G, "month-other", "timeframe", "value-mismatch", "SPY is up 8.87%", "SPY is up 6.62%", "6.62%",
      "SPY's month is 8.87%; 6.62% is DIA's", real=True)
plant(G, "record-of-dia", "history", "date-untraced", "the Nov 26, 2025 record close",
      "the Jan 12, 2026 record close",
      "Jan 12, 2026", "SPY's record close dates from Nov 26, 2025; Jan 12, 2026 is DIA's", real=True)
plant(G, "rsi-word", "indicator", "indicator-mismatch", "= overbought zone", "= oversold zone", "oversold",
      "RSI 72.3 is overbought")


# ---------------------------------------------------------------- the set's README


README = """# A fifth blind holdout set for the verifier (generated: do not edit)

Written by `scripts/make_verify_holdout5.py` for issue 14 by someone who had not read
`pipeline/verify/`, the evaluation set's texts or the first four holdouts' texts. Every figure of a
clean text is true against the frozen snapshot in `context/` (or its peers, its dated bars, its
50/200-day slopes, or the cited source); each planted case is one clean text with one exact
substitution and one expected finding (code + span), and its record's `note` says why that code.
`check` is the kind of fault: value, words (numbers in words), subject (another instrument's
figure), timeframe (another period's return, a run's total), history (a dated past close, high,
low or record), negation, quotation, trend (slope words and slope figures of an average),
magnitude, level, setup, date (weekday), citation, indicator.

    .venv/bin/python scripts/make_verify_holdout5.py --score

## The blind score

<<SCORE>>

## After fixes

<<AFTER>>

## The voices

"""

# ---------------------------------------------------------------- scoring and the command line

evaluate, report = SET.evaluate, SET.report  # what tests/test_verify_holdout5.py runs

if __name__ == "__main__":
    raise SystemExit(SET.main(sys.argv[1:], doc=__doc__ or "", readme=README))
