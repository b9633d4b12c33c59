"""Write the sixth blind holdout set for the verifier to tests/data/verify_holdout6/ (deterministic).

    .venv/bin/python scripts/make_verify_holdout6.py            # (re)write the set
    .venv/bin/python scripts/make_verify_holdout6.py --check    # exit 1 if the files on disk differ
    .venv/bin/python scripts/make_verify_holdout6.py --score    # run the verifier over the set, report

Written for issue 14 by someone who had read neither `pipeline/verify/` nor the texts of the
evaluation set or of the first five holdouts (only the shared plumbing in
`scripts/verify_eval/holdout_kit.py`, `pipeline/facts.py`, `pipeline/contracts/`, the README's
verifier section and the CHANGELOG). The voices are ones the earlier sets did not use: a podcast
transcript with two hosts, a Reddit-style thread, a terse wire flash series, a client letter from a
private-wealth firm, a trader's journal, a robo-advisor app card, notes machine-translated from
French and Spanish, a LinkedIn post, an investment club's minutes, a pasted spreadsheet, an
earnings-season preview, a morning briefing in bullets, a radio market minute, a weekly ETF note,
a family-office memo, a set of chart-annotation captions, a debate-night transcript, a Telegram
signals channel and a glossary with live examples.

Every figure of a clean text was typed by hand from `pipeline.facts.build_fact_sheet(...)` of the
case's snapshot, of a peer in the same file, of the snapshot's dated bars (`recent_sessions`,
`recent_closes`, `recent_highs`, `recent_lows`), of the 50/200-day slopes the snapshot carries
(`trend.sma_50_slope_pct`), or from the text of a cited source; approximations ("nearly
nine-tenths of a percent", "about 9.4% in 20 sessions") were checked against the same values. Page
furniture, years, counts of things, ages, clock times and reference numbers are there on purpose:
they are not market data. The snapshots and sources are frozen copies in
tests/data/verify_holdout6/context/ (taken from tests/data/verify_eval/ on 2026-12-05; each carries
64 dated bars). Each planted case is one clean text with one exact substitution and one expected
finding whose code is the README's documented one for that fault; its note says why that code.
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
    "hs-megacap20": "https://wire.harborstreet.example/markets/2026/11/20/nasdaq-megacap-tech-rally",
    "ld-smallcaps20": "https://ledgerdaily.example/us-stocks/2026/11/20/small-caps-sit-out-another-rally",
    "tw-box19": "https://tapewatch.example/indices/2026-11-19/russell-2000-ten-dollar-box.html",
    "mb-yields20": "https://macrobrief.example/rates/2026/11/20/yields-slide-rate-cut-odds",
    "tw-opex20": "https://tapewatch.example/indices/2026-11-20/monthly-options-expiry.html",
    "hs-slides17": "https://wire.harborstreet.example/markets/2026/11/17/wall-street-slides-oil-energy",
    "ld-oil17": "https://ledgerdaily.example/us-stocks/2026/11/17/oil-slides-energy-drags-dow",
    "tw-50day16": "https://tapewatch.example/indices/2026-11-16/sp-500-holds-50-day.html",
    "tw-nasdaq17": "https://tapewatch.example/indices/2026-11-17/nasdaq-100-slips.html",
    "hs-weekahead14": "https://wire.harborstreet.example/markets/2026/11/14/week-ahead-fed-minutes-opex",
    "tw-dow18": "https://tapewatch.example/indices/2026-11-18/dow-edges-up-defensives.html",
    "hs-edge19": "https://wire.harborstreet.example/markets/2026/11/19/stocks-edge-lower-before-expiry",
}

SOURCE_LINES = {  # a cited item's line in each source format
    "notes": "[{n}] {item.publisher}, \"{item.title}\" ({day}): {item.url}",
    "plain": "[{n}] {item.title}. {item.publisher}, {day}. {item.url}",
    "refs": "[{n}] {item.publisher} | {item.title} | {item.url}",
}
SOURCE_JOINS = {
    "notes": ("Sources\n", "\n"),
    "plain": ("Sources:\n", "\n"),
    "refs": ("References\n", "\n"),
}


SET = kit.HoldoutSet("holdout6", REPO, U, SOURCE_LINES, SOURCE_JOINS)
OUT = SET.out
CLEAN = SET.texts
clean = SET.clean


# A line starting with exactly two spaces continues the line before it. `<<SOURCES>>` becomes the
# Sources block. Figures are typed, not slotted: each was read off the key's fact sheet.

clean("podcast-SPY-2026-11-20", "SPY-2026-11-20", "podcast-transcript", "md",
      "a markets podcast's transcript with two hosts bantering; the close in words, the 50-day's "
      "20-session slope 1.76% as 'roughly 1.8%', the distance from the record close -0.97% as 'just "
      "under one percent', the volume ratio 1.82 as 'about 1.8 times'; an episode number, a runtime, "
      "a listener's age and a year are furniture", """\
# The Closing Bell Cast, episode 212

*Recorded Friday, November 20, 2026 after the close. Runtime 38:14.*

**MAYA:** Welcome back, it's Maya and Theo, and for once it's a Friday with some actual movement. SPY
  closed at six hundred eighty-eight dollars even, up $7.49 on the day.

**THEO:** That's 1.10 percent. And over the past month SPY is still down 0.97%, so let's not get
  carried away.

**MAYA:** The tech fund did better. QQQ jumped 1.90% to $626.40, and the Ledger wrap says the Nasdaq 100
  led Friday's rebound [1].

**THEO:** Small caps, not so much. IWM added a measly 0.30%, and that makes it the sixth session in a
  row it has trailed SPY.

**MAYA:** Meanwhile the VIX dropped 9.30% to 15.60. Nobody is scared of anything.

**THEO:** Chart time. SPY sits about 1.1% above its 50-day average, which is at $680.43, and the
  200-day is way down at $646.13. And that 50-day has been climbing, roughly 1.8% over the past
  twenty sessions.

**MAYA:** The golden cross from September 21 is still in force, 44 sessions old now. No death cross
  anywhere on this chart. The chartists on my feed keep calling it a "golden cross" market.

**THEO:** RSI is a middling 55.0. And the MACD is still below its signal line, 0.82 against 1.59.

**MAYA:** The record close is $694.71, set on October 22, and we're just under one percent below it.

**THEO:** Volume was heavy, 118.3 million shares, about 1.8 times the 20-day average.

**MAYA:** Next up is the Fed on December 9, thirteen sessions away, with CPI the day after.

**THEO:** I've been doing this show since 2019 and I still can't call a Fed meeting. After the break,
  the listener question of the week from Dave, 61, in Tucson.

## Show notes

<<SOURCES>>
""", sources=("ld-rebound20", "hs-megacap20"), source_format="notes")


clean("reddit-IWM-2026-11-20", "IWM-2026-11-20", "reddit-thread", "md",
      "a Reddit-style thread about the small-cap fund with a post and replies; a vote count, a post "
      "age, comment counts, a share count and a year are furniture; a reader's setup (entry $245.77, "
      "stop $242.80, target $249.26) works out to 1.18, 'about 1.2 to 1'", """\
r/SmallCapsDaily · Posted by u/russell_or_bust · 3h · 214 comments

## IWM Friday post-mortem: still in the box

IWM closed at $244.30 today, up a whopping 73 cents (0.30%). IWM crept higher while big tech ripped:
  SPY did 1.10% and QQQ did 1.90%. We lagged again, six sessions straight behind SPY now. Ledger's
  wrap says small caps sat out another rally [1].

The box: $241.00 to $249.26 for 25 sessions. Tapewatch had the same box on Thursday, roughly between
  $240 and $250 [2].

Still 0.60% under the 50-day ($245.77). The 200-day is way down at $230.77 and basically flat.
  RSI 48.2, dead middle. MACD 0.31 under signal 0.51.

From the closing high of $257.77 (Nov 28, 2025) we're 5.23% off. Volume 39.6M vs 30.0M average, 1.3x.

▲ 88 ▼ · Reply · Share

> **u/dip_buyer_42** · 2h
> Thursday it closed at $243.57, so at least today was green. My plan: long above $245.77, stop
  $242.80, target $249.26. That's about 1.2 to 1... meh.

> **u/theta_gang_tom** · 2h
> Support at $242.80, resistance $245.00. FOMC is 13 sessions out.

> **u/boomer_index** · 1h
> I've held IWM since 2014, 400 shares. Up 0.42% YTD lol. Year-to-date the Dow fund is actually
  down 0.72%.

> **u/quantkid** · 58m
> Over the past month IWM is down 1.65%.

<<SOURCES>>
""", sources=("ld-smallcaps20", "tw-box19"), source_format="plain")


clean("flash-QQQ-2026-11-20", "QQQ-2026-11-20", "wire-flash", "txt",
      "a terse all-caps wire flash series at the close with time stamps; the 52-week and record "
      "close $629.76 of Nov 11, the Nasdaq 100 at 25,753.96 from the snapshot, the gap over IWM "
      "1.60 pp; the options line is the cited expiry story's", """\
FLASH 15:58:40 ET  NOV 20 2026  QQQ EXTENDS GAINS INTO THE CLOSE
FLASH 16:00:07 ET  QQQ CLOSES AT $626.40, UP $11.68, +1.90%
FLASH 16:00:09 ET  NASDAQ 100 ENDS AT 25,753.96, UP 1.89%
FLASH 16:01:12 ET  QQQ VOLUME 86.8M SHARES, 2.0X 20-DAY AVERAGE
FLASH 16:02:30 ET  QQQ TOPS 50-DAY AVERAGE ($614.02) BY 2.02%
FLASH 16:03:45 ET  QQQ 0.53% BELOW RECORD CLOSE OF $629.76 SET NOV 11
FLASH 16:04:02 ET  QQQ RSI(14) AT 56.4; MACD 1.96 BELOW SIGNAL 2.46
FLASH 16:05:19 ET  QQQ WEEK +1.28%, MONTH +0.27%, YTD +4.91%
FLASH 16:06:40 ET  QQQ OUTPACES IWM BY 1.60 PCT PTS; IWM +0.30%
FLASH 16:07:55 ET  DIA ENDS AT $471.60, +0.60%; SPY AT $688.00, +1.10%
FLASH 16:09:10 ET  VIX FALLS 9.30% TO 15.60
FLASH 16:10:00 ET  QQQ NEXT: FOMC DEC 9 (13 SESSIONS), CPI DEC 10
FLASH 16:12:31 ET  HARBOR STREET: NASDAQ 100 SURGES 1.9% AS MEGACAP TECH POWERS RALLY [1]
FLASH 16:14:03 ET  OPTIONS: QQQ OPEN INTEREST CLUSTERS AT $640 CALLS AND $610 PUTS FOR NOV 27 [2]
FLASH 16:15:48 ET  QQQ GOLDEN CROSS INTACT SINCE JUL 27, 83 SESSIONS

<<SOURCES>>
""", sources=("hs-megacap20", "tw-opex20"), source_format="refs")


clean("letter-DIA-2026-06-03", "DIA-2026-06-03", "client-letter", "md",
      "a private-wealth firm's mid-quarter letter to clients; portfolio counts, a founding year, a "
      "phone extension and page furniture are not market data; the Dow at 46,185.73 from the "
      "snapshot, the 50-day under the 200-day since the death cross of April 8", """\
**Whitfield & Crane Private Wealth**
Letter to clients, second quarter 2026 (mid-quarter update) · June 3, 2026 · Page 1 of 2

Dear clients,

It has been a good spring for the blue chips, though Wednesday's session was not part of it. The
  SPDR Dow Jones Industrial Average ETF (DIA), which we hold in 41 of our 112 client portfolios,
  closed Wednesday at $461.11, down $2.67 or 0.58%. That loss came after a strong run: the fund is
  still up 2.78% over the past week and 6.62% over the past month. For the year to date, though, it
  remains 2.93% lower.

The Dow itself finished at 46,185.73. The S&P 500 fund did better on the day, SPY adding 0.58% to
  $659.18, and the Nasdaq 100 fund, QQQ, closed at $595.41.

On the technical side, DIA trades 4.85% above its 50-day average of $439.80 and just above its
  200-day at $460.09. The 50-day still sits under the 200-day: the death cross of April 8 has not
  been undone. The 14-day RSI of 66.6 is elevated but short of the 70 line, and the MACD, at 5.89, is
  above its signal of 4.08.

The fund's record close remains $493.91 from January 12; today's price is 6.64% below it. Its 52-week
  closing low, $423.43, dates from April 30.

Volume was ordinary: 3.9 million shares against a 20-day average of 3.5 million.

We see resistance near $465.21 and support around $453.39. Our firm was founded in 1987 and we have
  seen many springs like this one; please call your advisor at extension 204 with any questions.

Warm regards,
The Investment Committee
""")


clean("journal-IWM-2026-11-17", "IWM-2026-11-17", "trader-journal", "txt",
      "a day trader's private journal in clipped notes; wake-up times, an entry number, hours slept "
      "and a mood score are furniture; a plan to buy a dip near $242.80 with a stop at $240.02 and a "
      "target at $249.26 works out to 2.32, 'about 2.3 to 1'", """\
TRADING JOURNAL - Tue 17 Nov 2026 - entry #143
Woke 5:40, gym, screens on by 8:15.

IWM closed at $245.28, down $1.98 or 0.80%. Lost just under two dollars on the day. Third straight
  session behind SPY, and the Harbor Street wrap says small caps lost 0.8% [1].
Russell 2000 itself: 2,465.79, down 0.78%.
Monday IWM closed at $247.26. Last Thursday Nov 12 it closed at $249.26, top of the box.
Box: $241.00 to $249.26, 22 sessions now.
Now 0.38% under the 50-day ($246.21). 200-day way down at $230.71.
RSI 50.0 exactly. MACD 0.86 over signal 0.57, still positive.
Week: -1.00%. Month: +1.46%. YTD: +0.82%.
Vol 31.1M, in line with the 29.8M average (1.0x).

Plan for tomorrow: buy only on a dip near $242.80, stop $240.02, target $249.26. That works out to
  about 2.3 to 1.
FOMC Dec 9, 16 sessions out.
Mood: 6/10. Slept 7 hours. Lesson: don't chase.

<<SOURCES>>
""", sources=("hs-slides17",), source_format="plain")


clean("robo-SPY-2026-06-03", "SPY-2026-06-03", "robo-advisor-card", "txt",
      "a robo-advisor app's holding card with labels and dots; a share count, a goal year, a risk "
      "score, an update time and a tip count are furniture; the five higher closes add up to 4.87%; "
      "the 50-day under the 200-day since the death cross of March 27", """\
NestEgg · Your holdings · Updated 6:05 PM ET, Wed Jun 3, 2026

SPY · SPDR S&P 500 ETF Trust
$659.18 · ▲ $3.83 (0.58%) today
Your position: 12 shares · Goal: Retirement 2045 · Risk score 6/10

WHAT HAPPENED
SPY rose for a fifth session in a row, gaining 4.87% over those five sessions.
Over the past month it is up 8.87%, but it is still 1.05% lower for the year.

TREND CHECK
Price vs 50-day average ($616.10): 6.99% above
Price vs 200-day average ($647.76): 1.76% above
Heads-up: the 50-day average is still below the 200-day (a death cross since March 27).
RSI (14): 72.3 · overbought

DISTANCE TO RECORD
Record close: $692.73 (Nov 26, 2025) · 4.84% away

ACTIVITY
Volume today: 51.6M shares, below the usual 69.3M (0.7x)

PEERS TODAY
QQQ $595.41 · DIA $461.11 (down 0.58%) · IWM $228.85

Tip: Rebalancing once a year is usually enough. Tap for 3 more insights.
""")


clean("french-GSPC-2026-11-20", "idx_GSPC-2026-11-20", "translated-french", "txt",
      "a Paris bank's weekly note machine-translated from French, with its literal turns ('in "
      "progress of', 'the historical summit of closing') and day-first dates; a note number, an "
      "analyst count and page furniture; the Monday close 6,855.03 and its 0.4% are the cited "
      "story's and the bars'", """\
[Automatic translation from French - Market note, Banque Delorme, Paris]
Weekly note of 20 November 2026, no. 47/2026

The S&P 500 index closed this Friday at 6,901.69 points, in progress of 1.11%, that is 75.63 points.
  Over the week the index gains 1.10%; over one month it stays in retreat of 0.95%, and since the
  first of January it shows a progression of 3.33%.

The index remains above its moving average at 50 days (6,824.87 points) and well above that at 200
  days (6,480.69 points). The golden cross dates from 21 September, 44 sessions ago. The RSI at 14
  days reads 54.9: neither overbought nor oversold. The MACD (8.49) stays under its signal line
  (16.37).

The historical summit of closing, 6,968.14 points, was touched on 22 October; the index finds itself
  0.95% below it. The lowest close of 52 weeks, 5,938.73 points, dates from 28 April.

The Nasdaq 100 did better, with 1.89% at 25,753.96 points, while the Dow Jones progressed by 0.58% to
  47,220.31 points and the Russell 2000 by only 0.30%. The volatility index VIX fell by 9.30% to
  15.60.

According to Ledger Markets Daily, the S&P 500 climbed 1.1% on Friday [1]. On Monday 16 November the
  index had already gained 0.4% to 6,855.03 points, above its 50-day average [2].

Our supports: 6,805.34 then 6,724.30 points. Our resistances: 6,968.14 then 7,000 points.
Next meeting: the Fed on 9 December, in 13 sessions.

Delorme Research - 14 analysts in Paris, Frankfurt and Milan. Page 1/3.

<<SOURCES>>
""", sources=("ld-rebound20", "tw-50day16"), source_format="refs")


clean("spanish-QQQ-2026-11-17", "QQQ-2026-11-17", "translated-spanish", "txt",
      "a Monterrey brokerage's daily note machine-translated from Spanish ('of 11 of November', "
      "'dollars' after the figure, 'titles' for shares); three of the last five sessions lower; "
      "the pending long (buy $612.70, stop $606.71, objective $622.21) works out to 1.59", """\
[Translated from Spanish - Daily market note, Casa de Bolsa Altamira, Monterrey]
Daily note, Tuesday 17 of November of 2026 - 7:30 p.m. Mexico City time

The Invesco QQQ fund closed this Tuesday at 615.97 dollars, with a fall of 5.59 dollars (0.90%).
  Three of the last five sessions were negative. In the week it loses 1.80% and in the month 0.72%,
  though in the year it still wins 3.16%.

The Nasdaq 100 index fell 0.9% to 25,326.20 points [1].

The fund stays 0.53% over its 50-session average (612.70 dollars) and far over the 200-session
  average (579.82 dollars). The golden cross, from 27 of July, continues. The RSI of 14 sessions
  marks 48.4; the MACD (2.43) is under its signal (3.05).

The historical maximum of closing is 629.76 dollars, of 11 of November: the fund is 2.19% under it.
  The intraday maximum was 632.37 dollars, one day later.

The volume was of 61.1 million titles, one and a half times the average of 20 sessions (42.0
  million). The last Friday, 13 of November, the fund closed at 618.47 dollars.

The minutes of the Federal Reserve arrive Wednesday, and monthly options expire Friday [2]. The next
  decision of the Fed is the 9 of December, within 16 sessions.

Levels: support in 609.62 dollars; resistance in 623.73 dollars. Our operation: buy at 612.70
  dollars, stop at 606.71 dollars, objective 622.21 dollars, a relation of benefit to risk of 1.6.

Altamira Research: 30 years of analysis. Page 1 of 1.

<<SOURCES>>
""", sources=("tw-nasdaq17", "hs-weekahead14"), source_format="plain")


clean("linkedin-DIA-2026-11-20", "DIA-2026-11-20", "linkedin-post", "md",
      "a strategist's LinkedIn post with numbered emoji lessons, hashtags and engagement counts; the "
      "three higher closes add up to 1.00%; the Wednesday Dow and DIA figures are the cited "
      "story's, DIA's Wednesday close also the bars'; years in markets are furniture", """\
**Priya Raman** · Portfolio Strategist | CFA | Speaker
2h · Edited

Three things the Dow ETF taught me this week 👇

1️⃣ Consistency beats fireworks. DIA closed Friday at $471.60, up $2.81 (0.60%), its third straight
  higher close. Those three sessions added 1.00% in total.

2️⃣ Context matters. QQQ jumped 1.90% and SPY rose 1.10%, so DIA lagged both. It did beat IWM by 0.30
  percentage points, though.

3️⃣ Levels are a conversation, not a verdict. DIA sits 0.85% above its 50-day average ($467.61) and
  3.69% above its 200-day ($454.80). The "golden cross" from October 2 still holds. The 52-week
  closing high of $493.91 (January 12) is still 4.52% away.

On Wednesday the Dow gained 0.3% to 46,891.82, with DIA closing at $468.32 [1]. On Thursday the Dow
  added 0.1% [2]. On Friday the index itself closed at 47,220.31.

RSI is 55.5, nowhere near overbought. Volume ran at 5.5M shares, about 1.6x the 20-day average of
  3.4M.

I've spent 17 years in markets and the lesson keeps repeating: respect the range. For DIA that range
  has run 43 sessions, from $464.29 to $474.50.

What's your take? ♻️ Repost if this helped.
#investing #ETFs #markets
👍 1,284 · 97 comments · 41 reposts

Sources in the first comment:
<<SOURCES>>
""", sources=("tw-dow18", "hs-edge19"), source_format="notes")


clean("club-IWM-2026-02-13", "IWM-2026-02-13", "club-minutes", "md",
      "an investment club's meeting minutes with attendance, a treasurer's report and a vote count; "
      "the six lower closes add up to 5.80%; the 50-day's 20-session slope -1.02% as 'drifting "
      "lower'; the golden cross from July 2025 still in place", """\
# Maple Ridge Investment Club - minutes of the February meeting

Date: Friday, February 13, 2026, 7:00 pm, community room B.
Present: 14 of 19 members; quorum met. Treasurer's report: $18,420 in the account; dues of $50 were
  collected from 3 late members.

## Item 1: small-cap holding (IWM, 120 shares)

Gerald presented the small-cap fund. IWM closed today at $226.54, down $2.39 or 1.04%. It was the
  sixth lower close in a row, and the six sessions together cost 5.80%. Over the past week it fell
  4.94%, over the past month 10.88%, and it is down 6.88% for the year.

Linda noted that IWM now sits 7.99% below its 50-day average of $246.22 and 1.25% under its 200-day,
  $229.41. The golden cross from last July still stands, though the 50-day has been drifting lower
  for a month. There is still no death cross on the chart.

Gerald added that the RSI is 21.4, deep in oversold territory, with the MACD at -4.70 against a
  signal of -3.06. The record close, $257.77, was on November 28, 2025; the fund is 12.12% below it.

For comparison, SPY fell 0.54%, QQQ 0.41% and DIA 0.65%, so small caps trailed all three.

Vote: hold (11 for, 2 against, 1 abstaining). Next meeting March 13.

## Item 2: snacks rota

Minutes taken by R. Okafor, secretary since 2011.
""")


clean("sheet-RUT-2026-11-17", "idx_RUT-2026-11-17", "pasted-spreadsheet", "txt",
      "rows and a metrics block pasted from a spreadsheet with its file name, a row number and a "
      "save time; the four dated rows are the snapshot's bars (changes computed from consecutive "
      "closes); the two notes paraphrase the cited stories", """\
Pasted from 'RUT tracker v3.xlsx' (sheet: Daily, row 2,147)

Date        Close      Chg       Chg%
Tue 11/17   2,465.79   -19.30    -0.78%
Mon 11/16   2,485.09   +2.60     +0.10%
Fri 11/13   2,482.49   -22.71    -0.91%
Thu 11/12   2,505.20   +4.75     +0.19%

Metric              Value
50-day SMA          2,473.93
200-day SMA         2,318.38
vs 50d              -0.33%
vs 200d             +6.36%
RSI(14)             50.1
MACD / signal       8.85 / 5.83
ATR(14)             32.44
52w high (close)    2,591.09 (11/28/2025)
52w low (close)     2,050.63 (04/09/2026)
Range (22 sess)     2,421.62 - 2,505.20
Week                -0.98%
Month               +1.48%
YTD                 +0.85%
Cross               golden since 8/10/2026

Notes: small caps lose 0.8% as Wall Street slides, per Harbor Street [1]. Oil's slide and energy
  shares weighed on the Dow, per Ledger [2].
File last saved 11/17/2026 10:42 PM by jmarsh.

<<SOURCES>>
""", sources=("hs-slides17", "ld-oil17"), source_format="plain")


clean("preview-QQQ-2025-11-17", "QQQ-2025-11-17", "earnings-preview", "md",
      "a strategy team's earnings-season preview for professional investors; a count of reporting "
      "members, a consensus growth forecast, an analyst count and page numbers are not market "
      "data; the long setup ($630.56 / $620.12 / $655.61) works out to 2.40", """\
# Earnings season preview: the last big week

*Week of November 17, 2025. Prepared by the equity strategy team (6 analysts). For professional
  investors only.*

Into the season's last big week, the Nasdaq 100 fund is on a tear. QQQ closed Monday, November 17,
  at a record $622.21, up $10.60 or 1.73%, on 63.7 million shares, about 1.6 times its 20-day
  average. The index itself finished at 25,582.79.

The fund is 3.52% above its 50-day average ($601.02) and 15.46% above its 200-day ($538.92); the
  golden cross dates back to July 1, 97 sessions ago. The 14-day RSI stands at 65.6, and the MACD
  (3.36) is above its signal (1.48).

Year to date, QQQ is up 14.73%, against 16.90% for SPY, 6.55% for DIA and 11.79% for IWM. Over the
  past week it gained 2.84%; over the past month 1.68%. QQQ has rallied 51.14% from its April 16
  closing low of $411.68.

## What we watch

38 of the index's 100 members report in the next two weeks, and the consensus expects earnings growth
  of about 12% for the group.

Levels: support $617.74, then $601.02; resistance $630. Trade idea: long on a break above $630.56,
  stop $620.12, target $655.61, for roughly 2.4 to 1.

*Past performance is no guarantee of future results. Page 3 of 11.*
""")


clean("briefing-SPY-2026-11-17", "SPY-2026-11-17", "morning-briefing", "md",
      "a morning briefing in bullets written before Wednesday's open about Tuesday's session; the "
      "50-day's 20-session slope 2.16% as 'about 2.2%'; the distance above the 50-day 0.09% as "
      "'less than a tenth of a percent'; the long setup ($673.92 / $668.55 / $691.80) is 3.33", """\
**MORNING BRIEFING · Wed Nov 18, 2026 · 6:45 AM**

Yesterday in six bullets:
- SPY fell $3.41 to $679.84 (-0.50%) on Tuesday; the S&P 500 lost 0.5% to 6,821.04 [2].
- It still closed above its 50-day average, $679.19, by less than a tenth of a percent.
- QQQ dropped 0.90% to $615.97, IWM 0.80% to $245.28, DIA 0.20%.
- SPY's week -0.80%; month -1.06%; YTD +2.05%.
- VIX up 6.02% to 17.60.
- On Monday SPY had closed at $683.25, holding above the 50-day [1].

Chart check:
- RSI 46.8, neutral. MACD 1.09 below signal 2.42.
- The 50-day keeps climbing: up about 2.2% over the past 20 sessions. The 200-day is at $645.83.
- Record close $694.71 on Oct 22; SPY is 2.14% below it.
- Box: $673.92 to $694.71 for 40 sessions.

Plan: long on a pullback to $673.92, stop $668.55, target $691.80 (3.3:1).
Calendar: FOMC Dec 9, 16 sessions out; CPI Dec 10. QQQ backed away from its record, per Tapewatch [3].

<<SOURCES>>
""", sources=("tw-50day16", "hs-slides17", "tw-nasdaq17"), source_format="notes")


clean("radio-DIA-2025-11-17", "DIA-2025-11-17", "radio-market-minute", "txt",
      "a local AM station's sixty-second market minute read aloud, most figures in words; the close "
      "$481.59 is a record close; the distance above the 200-day 10.90% as 'almost eleven percent'; "
      "a frequency, a clock time and the run time are furniture", """\
WKRB 1040 AM - THE MARKET MINUTE - MONDAY, NOVEMBER 17, 2025 - 5:58 P.M. - RUNS :60

Good evening. Blue chips set a record today. The Dow fund, DIA, closed at four hundred eighty-one
  dollars and fifty-nine cents, up four dollars and twenty-six cents, or nearly nine-tenths of a
  percent. The Dow itself finished at 48,219.41, up 0.87%.

The rest of the market ran even hotter. IWM jumped nearly two percent, SPY rose 1.39% and QQQ added
  1.73%.

DIA's RSI is 72.8, in overbought territory, and the fund sits almost eleven percent above its
  200-day average, with no sign of a death cross. It is up 6.55 percent this year and 1.70 percent
  this week.

Traffic and weather on the eights. I'm Carol Webb, WKRB News.
""")


clean("etfweekly-IWM-2026-03-30", "IWM-2026-03-30", "weekly-etf-note", "md",
      "a weekly ETF note's small-cap section on a Monday; the four lower closes since Tuesday "
      "March 24's $216.51 add up to 2.54%; the 50-day's 20-session slope -5.36%; flows told in words "
      "only (no figures); a week number and the desk's head count are furniture", """\
## The Weekly ETF Note, week 14 of 2026: Monday edition, March 30

### Small caps: the bleed continues

IWM started the week the way it ended the last one, closing at $211.00, down $2.65 (-1.24%). That
  makes four lower closes in a row, a combined 2.54% off since the $216.51 close of Tuesday, March
  24. On the week IWM is down 2.10%, over the past month 3.87%, and for the year 13.27%. The index,
  the Russell 2000, closed at 2,120.33, down 1.22%.

Investors pulled money from the fund for a third straight week, according to the issuer's daily
  holdings file; the number of shares outstanding fell again.

Technicals: a death cross formed on March 24, just four sessions ago, as the 50-day ($227.59) slid
  under the 200-day ($230.93). IWM is 7.29% below the former and 8.63% below the latter. The 50-day
  is sinking fast, down 5.36% in twenty sessions, while the 200-day is flat. RSI(14) is 33.9, close
  to but not yet oversold. The MACD, -3.77, is above its -4.40 signal.

IWM now sits 18.14% below its record close of $257.77 (Nov 28, 2025). Nearby: resistance at $212.32,
  support at $210.00 and then $207.94.

Everyone else fell too: SPY -0.78%, QQQ -1.44%, DIA -1.04%. The VIX rose 0.69% to 24.71. Volume was
  27.5M shares, a bit below the 29.3M average.

*Compiled by the ETF desk: 3 people, 1 spreadsheet.*
""")


clean("memo-FSMI-2026-11-20", "idx_FSMI-2026-11-20", "family-office-memo", "txt",
      "a family office's numbered investment memo on frontier-market exposure; a reference number, "
      "a head count, an allocation percentage and copy counts are furniture; today's close is the "
      "new 52-week closing low; the three lower closes add up to 3.58%", """\
CONFIDENTIAL - HALVORSEN FAMILY OFFICE - INVESTMENT MEMO
To: Principals (3) | From: CIO | Re: frontier-market exposure | 20 Nov 2026 | Ref. HFO-2026-118

1. Summary. The frontier index (^FSMI) closed Friday at 35,112.40, down 312.84 points (0.88%), a new
  52-week closing low. It has fallen three sessions running, 3.58% in all.

2. Trend. The index is 10.45% below its 50-day average (39,210.55) and 19.73% below its 200-day
  (43,740.76). The "death cross" of October 15 is now 26 sessions old, and the 50-day is falling
  steeply.

3. Damage. Down 3.07% on the week, 8.56% on the month and 18.33% on the year. From the August 19
  closing high of 48,944.52 it has lost 28.26%; from the November 2024 record of 52,018.76, 32.50%.

4. Momentum. RSI 23.0, oversold. The MACD is below its signal.

5. Our vehicle. FRNT closed at $30.01, down 0.86%, also a 52-week low. By contrast, SPY rose 1.10% on
  the same day.

6. Levels. Support 35,000; resistance 35,500. Thursday's close was 35,425.24.

7. Recommendation. Hold the 2.5% allocation; revisit at the December 9 FOMC, 13 sessions away.

Distribution: 3 copies. Page 1 of 1.
""")


clean("captions-FRNT-2026-11-20", "FRNT-2026-11-20", "chart-captions", "txt",
      "a set of numbered figure captions for a daily chart pack; the 50-day's 20-session slope "
      "-9.39% as 'about 9.4%', the 200-day's -1.57% as 'slopes lower'; a tool version, a build time "
      "and a colour key are furniture", """\
Figure captions - FRNT (Frontier Select Markets ETF), daily chart, 64 sessions to Nov 20, 2026

Fig. 1 - Price. FRNT closes at $30.01 (-$0.26, -0.86%), the lowest close of the past 52 weeks.
  Annotation A marks the Aug 19 closing high at $41.82.
Fig. 2 - Averages. The 50-day ($33.51) is rolling over hard, down about 9.4% in 20 sessions; the
  200-day ($37.38) slopes lower too. The death cross (Oct 15) is labelled B.
Fig. 3 - Distance. Price sits 10.45% under the 50-day and 19.73% under the 200-day.
Fig. 4 - RSI(14) panel: 22.9, below the dashed line at 30, which makes it oversold.
Fig. 5 - MACD panel: -0.93 against a signal of -0.88.
Fig. 6 - Volume: 7.8M shares, 1.2x the 20-day mean of 6.3M.
Fig. 7 - Streak box: 3 down days, -3.60% together.
Fig. 8 - Inset: SPY +1.10%, IWM +0.30% on the day.
Fig. 9 - Levels: $31.00 resistance (dotted), $30.00 support (dashed), just below the close.
Fig. 10 - Returns: week -3.07%, month -8.56%, YTD -18.34%.

Chart built in 2 minutes with our tool, v4.2. Colours: green = up, red = down.
""")


clean("debate-SPY-2026-11-20", "SPY-2026-11-20", "debate-transcript", "md",
      "a debate-night transcript, bull against bear, with a moderator and an audience vote; the "
      "bull's long ($697.09 / $690.03 / $710.97) works out to 1.97, 'two to one'; an audience count, "
      "a hall number and the vote are furniture", """\
# Market Debate Night: transcript

*Friday 20 November 2026, 8 p.m., Lecture Hall 3. Audience: 212.*

**MODERATOR:** Tonight's motion: the S&P 500 has topped. Two minutes each.

**BEAR (Dana Whitlock):** The S&P 500 fund is still below its October 22 record close of $694.71.
  SPY ended tonight at $688.00. Over the past month it is down 0.97%. Momentum is fading: the MACD is
  under its signal. And the put/call open interest ratio is 1.16, so people are buying protection.

**BULL (Sam Osei):** One session doesn't make a top, but look at it. SPY rose 1.10% today, the S&P 500
  index closed at 6,901.69, and the Nasdaq 100 fund led with 1.90%. SPY is 6.48% above its 200-day
  average, and the golden cross has been in place since September 21. Year to date SPY is up 3.28%.

**BEAR:** And small caps? IWM rose only 0.30%, and it has trailed SPY for six straight sessions. The
  Dow fund made 0.60%. That's thin breadth.

**BULL:** The VIX is at 15.60, down 9.30% on the day. That isn't fear.

**BEAR:** The range is $678.45 to $694.71, 29 sessions, and the top hasn't broken.

**BULL:** Support at $678.45. My trade: long above $697.09, stop $690.03, target $710.97, about two to
  one.

**MODERATOR:** Audience vote: 118 for the motion, 94 against. Thank you both.
""")


clean("telegram-IWM-2026-11-20", "IWM-2026-11-20", "telegram-channel", "txt",
      "a Telegram signals channel's close post with emoji labels; a subscriber count, a members "
      "count and a message counter are furniture; the 10-year yield figures are the cited rates "
      "story's; the dated closes are the bars'", """\
📢 SmallCap Signals (Telegram channel, 12,408 subscribers)
🕓 Fri, Nov 20 · 16:20

🔔 IWM CLOSE: $244.30 (+$0.73 / +0.30%)
The Russell 2000 index: 2,456.17 (+0.30%)
📉 Lagging again: SPY +1.10%, QQQ +1.90%, DIA +0.60%. IWM trailed SPY by 0.80 pp, its 6th straight
  session behind.
📊 50-day: $245.77 (IWM 0.60% below) · 200-day: $230.77 (5.86% above)
✅ 'Golden cross' intact since Aug 10
📊 RSI 48.2 · MACD 0.31 / signal 0.51 (MACD under its signal)
🧱 Resistance $245.00, then $249.26 · Support $242.80, then $241.00
📦 Range: 25 sessions, $241.00 to $249.26
📅 Thu close: $243.57 · Wed close: $244.79 · Last Fri (Nov 13): $247.01
📉 Week -1.10% · Month -1.65% · YTD +0.42%
💵 The 10-year yield fell 7 bp to 4.06%, per Macro Brief [2]; rate-sensitive small caps barely
  reacted.
🗞 Ledger: small caps sit out another rally [1]
⏳ FOMC Dec 9 (13 sessions) · CPI Dec 10 (14 sessions)
VIP members: 1,030 · Not financial advice · Msg 4/6

<<SOURCES>>
""", sources=("ld-smallcaps20", "mb-yields20"), source_format="refs")


clean("glossary-QQQ-2026-11-20", "QQQ-2026-11-20", "glossary-live-examples", "md",
      "a plain-English glossary whose entries end with a live example; definitions carry the RSI's "
      "70 and 30 lines, a 9-day signal line and 50/200-day windows; an edition year, an entry count "
      "and a page number are furniture", """\
# Plain-English Market Glossary, 2026 edition (live examples: data to Nov 20, 2026)

**Moving average.** The average closing price over a window, commonly 50 or 200 days. *Live
  example:* QQQ's 50-day average is $614.02 and its 200-day is $580.22; QQQ closed at $626.40, 2.02%
  above the 50-day.

**Golden cross.** When the 50-day average rises above the 200-day. *Live example:* QQQ has been in a
  golden cross since July 27, 2026, 83 sessions.

**Overbought and oversold.** RSI readings above 70 are usually called overbought, below 30 oversold.
  *Live example:* QQQ's 14-day RSI is 56.4, neither one.

**MACD.** The gap between two exponential averages, compared with its own 9-day signal line. *Live
  example:* QQQ's MACD is 1.96, below its signal at 2.46.

**Record close.** The highest close ever. *Live example:* QQQ's is $629.76, set on November 11, 2026;
  QQQ is 0.53% below it.

**Relative volume.** Today's volume divided by the 20-day average. *Live example:* 86.8 million QQQ
  shares traded, twice the 44.3 million average.

**Range.** The band a price has held. *Live example:* QQQ, $610.21 to $629.76 over 29 sessions.

**Put/call ratio.** Open puts divided by open calls. *Live example:* 1.32 for QQQ.

**Return periods.** *Live example:* QQQ gained 1.90% on the day, 1.28% over the week, 0.27% over the
  month and 4.91% year to date.

**Relative strength.** *Live example:* QQQ beat SPY by 0.80 percentage points today.

*Compiled by 4 editors; 212 entries in all; entries S to Z on page 96.*
""")


# ---------------------------------------------------------------- the planted errors

PLANTS = SET.plants
plant = SET.plant


# The expected code is the README's documented one: a figure named as a specific fact (a close, a
# move over a named period, RSI, an average, a distance from an average, a streak, a volume
# multiple, a count of sessions to an event or since a cross, a dated past close) that differs is
# `value-mismatch`, in words too, and so is another instrument's or another period's figure given to
# it; a gap between two moves that is not their difference `derived-mismatch`; an ETF quoted at its
# index's level `scale-mismatch`; a direction word or sign against the data (a move, a side of an
# average, 'led'/'lagged', a yield's change) `direction-mismatch`; size words `magnitude-mismatch`;
# RSI/MACD words (also denied) `indicator-mismatch`; crosses (quoted or denied), new highs and lows
# and slope words on an average `pattern-mismatch`; a support above or a resistance below the close
# `level-wrong-side`; a setup's order `setup-geometry`, its stated ratio `setup-reward-risk`; a
# weekday wrong for its date `weekday-mismatch`; the date of a record, 52-week extreme or cross that
# no fact holds `date-untraced`; a citation to no listed source `citation-unresolved`. `real=True`
# marks a wrong figure that is deliberately another real fact (another period, another instrument,
# an intraday extreme, a past bar).

A = "podcast-SPY-2026-11-20"
plant(A, "pod-change", "value", "value-mismatch", "up $7.49 on the day", "up $7.94 on the day", "$7.94",
      "the day's move in dollars is $7.49")
plant(A, "pod-close-words", "words", "value-mismatch", "six hundred eighty-eight dollars even",
      "six hundred eighty-six dollars even", "six hundred eighty-six dollars",
      "the close in words is $688.00, not $686")
plant(A, "pod-month", "timeframe", "value-mismatch", "still down 0.97%, so", "still down 1.10%, so", "1.10%",
      "'over the past month' is the 21-session return -0.97%; 1.10% is the 1-day and 5-day move", real=True)
plant(A, "pod-qqq", "subject", "value-mismatch", "QQQ jumped 1.90% to $626.40", "QQQ jumped 1.10% to $626.40",
      "QQQ jumped 1.10%", "QQQ's move is 1.90%; 1.10% is SPY's", real=True)
plant(A, "pod-trail", "history", "value-mismatch", "the sixth session in a row",
      "the fourth session in a row", "fourth",
      "IWM has trailed SPY six sessions in a row (streak_sessions 6 in IWM's data)")
plant(A, "pod-slope-word", "trend", "pattern-mismatch", "that 50-day has been climbing",
      "that 50-day has been flattening", "flattening",
      "the 50-day rose 1.76% over 20 sessions: not flat (flat is under 1.5%)")
plant(A, "pod-nodeath", "negation", "pattern-mismatch", "No death cross anywhere", "No golden cross anywhere",
      "No golden cross", "the 50-day is above the 200-day: a golden cross since Sep 21")
plant(A, "pod-quoted", "quotation", "pattern-mismatch", "a \"golden cross\" market",
      "a \"death cross\" market", "death cross",
      "a quoted cross name, unattributed to a source: the state is golden")
plant(A, "pod-macd", "indicator", "indicator-mismatch", "MACD is still below its signal line",
      "MACD is still above its signal line", "above its signal line", "MACD 0.82 is below its signal 1.59")
plant(A, "pod-record-date", "date", "date-untraced", "set on October 22", "set on October 23", "October 23",
      "the record close was set on Oct 22, 2026")
plant(A, "pod-weekday", "date", "weekday-mismatch", "*Recorded Friday,", "*Recorded Thursday,", "Thursday",
      "November 20, 2026 is a Friday")
plant(A, "pod-volratio", "value", "value-mismatch", "about 1.8 times the 20-day",
      "about 2.8 times the 20-day", "2.8 times", "volume is 1.82 times its 20-day average")
plant(A, "pod-cite", "citation", "citation-unresolved", "led Friday's rebound [1]",
      "led Friday's rebound [3]", "[3]", "only two sources are listed")

R = "reddit-IWM-2026-11-20"
plant(R, "rd-cents", "words", "value-mismatch", "up a whopping 73 cents", "up a whopping 37 cents",
      "37 cents", "the day's move in dollars is $0.73")
plant(R, "rd-soared", "magnitude", "magnitude-mismatch", "IWM crept higher while", "IWM soared while",
      "soared", "a 0.30% move, 0.2 ATR, is no soaring")
plant(R, "rd-qqq", "subject", "value-mismatch", "QQQ did 1.90%", "QQQ did 0.60%", "QQQ did 0.60%",
      "QQQ's move is 1.90%; 0.60% is DIA's", real=True)
plant(R, "rd-streak", "history", "value-mismatch", "six sessions straight behind SPY",
      "eight sessions straight behind SPY", "eight sessions", "IWM has trailed SPY six sessions in a row")
plant(R, "rd-below50", "direction", "direction-mismatch", "Still 0.60% under the 50-day",
      "Still 0.60% over the 50-day", "0.60% over", "IWM is 0.60% below its 50-day")
plant(R, "rd-flat200", "trend", "pattern-mismatch", "basically flat", "rising fast", "rising fast",
      "the 200-day moved -0.09% in 20 sessions: flat, not rising fast")
plant(R, "rd-macd", "indicator", "indicator-mismatch", "MACD 0.31 under signal", "MACD 0.31 over signal",
      "over signal", "MACD 0.31 is under its signal 0.51")
plant(R, "rd-high-date", "date", "date-untraced", "(Nov 28, 2025)", "(Dec 2, 2025)", "Dec 2, 2025",
      "the closing high was on Nov 28, 2025; Dec 2 is the intraday high's day", real=True)
plant(R, "rd-thursday", "history", "value-mismatch", "Thursday it closed at $243.57",
      "Thursday it closed at $243.75", "$243.75", "Thursday Nov 19's close was $243.57")
plant(R, "rd-stop", "setup", "setup-geometry", "stop $242.80, target", "stop $246.80, target", "$246.80",
      "a long's stop must be under its entry $245.77")
plant(R, "rd-ratio", "setup", "setup-reward-risk", "about 1.2 to 1", "about 3.2 to 1", "3.2 to 1",
      "entry $245.77, stop $242.80, target $249.26 give 1.18")
plant(R, "rd-support", "level", "level-wrong-side", "Support at $242.80", "Support at $249.26", "$249.26",
      "a support above the $244.30 close", real=True)
plant(R, "rd-ytd", "value", "value-mismatch", "Up 0.42% YTD", "Up 0.49% YTD", "0.49%",
      "IWM's year-to-date return is 0.42%")
plant(R, "rd-month", "timeframe", "value-mismatch", "IWM is down 1.65%", "IWM is down 1.10%",
      "IWM is down 1.10%", "the 1-month return is -1.65%; -1.10% is the week's", real=True)
plant(R, "rd-cite", "citation", "citation-unresolved", "$250 [2]", "$250 [4]", "[4]",
      "only two sources are listed")

F = "flash-QQQ-2026-11-20"
plant(F, "fl-edges", "magnitude", "magnitude-mismatch", "QQQ EXTENDS GAINS INTO THE CLOSE",
      "QQQ EDGES HIGHER INTO THE CLOSE", "EDGES HIGHER", "a 1.90% move, 1.6 ATR, is no edging")
plant(F, "fl-change", "value", "value-mismatch", "UP $11.68", "UP $11.86", "$11.86",
      "the day's move is $11.68")
plant(F, "fl-ndx", "subject", "value-mismatch", "ENDS AT 25,753.96", "ENDS AT 25,735.96", "25,735.96",
      "the Nasdaq 100 closed at 25,753.96")
plant(F, "fl-volratio", "value", "value-mismatch", "2.0X 20-DAY", "3.0X 20-DAY", "3.0X",
      "volume is 2.0 times its 20-day average")
plant(F, "fl-sma50", "value", "value-mismatch", "BY 2.02%", "BY 2.92%", "2.92%",
      "QQQ is 2.02% above its 50-day (pct_vs_sma_50)")
plant(F, "fl-record-date", "date", "date-untraced", "SET NOV 11", "SET NOV 12", "NOV 12",
      "the record close was set on Nov 11; Nov 12 is the intraday high's day", real=True)
plant(F, "fl-macd", "indicator", "indicator-mismatch", "BELOW SIGNAL 2.46", "ABOVE SIGNAL 2.46",
      "ABOVE SIGNAL", "MACD 1.96 is below its signal 2.46")
plant(F, "fl-month", "timeframe", "value-mismatch", "MONTH +0.27%", "MONTH +1.28%", "1.28%",
      "the month's return is 0.27%; 1.28% is the week's", real=True)
plant(F, "fl-gap", "derived", "derived-mismatch", "BY 1.60 PCT PTS", "BY 1.30 PCT PTS", "1.30",
      "1.90% less 0.30% is 1.60 points; 1.30 is the gap over DIA", real=True)
plant(F, "fl-dia", "subject", "value-mismatch", "$471.60, +0.60%", "$471.60, +0.30%",
      "DIA ENDS AT $471.60, +0.30%", "DIA's move is 0.60%; 0.30% is IWM's", real=True)
plant(F, "fl-vix", "direction", "direction-mismatch", "VIX FALLS 9.30%", "VIX RISES 9.30%", "RISES",
      "the VIX fell 9.30%")
plant(F, "fl-fomc", "value", "value-mismatch", "(13 SESSIONS)", "(15 SESSIONS)", "15 SESSIONS",
      "the FOMC decision is 13 sessions away")
plant(F, "fl-cross", "pattern", "pattern-mismatch", "QQQ GOLDEN CROSS INTACT", "QQQ DEATH CROSS INTACT",
      "DEATH CROSS", "the 50-day is above the 200-day: golden")
plant(F, "fl-cross-date", "date", "date-untraced", "SINCE JUL 27", "SINCE JUL 28", "JUL 28",
      "the golden cross formed on Jul 27")
plant(F, "fl-cite", "citation", "citation-unresolved", "NOV 27 [2]", "NOV 27 [5]", "[5]",
      "only two sources are listed")

L = "letter-DIA-2026-06-03"
plant(L, "lt-change", "value", "value-mismatch", "down $2.67 or", "down $2.76 or", "$2.76",
      "the day's move is -$2.67")
plant(L, "lt-up", "direction", "direction-mismatch", "$461.11, down $2.67", "$461.11, up $2.67", "up $2.67",
      "DIA fell on the day")
plant(L, "lt-month", "subject", "value-mismatch", "6.62% over the past month", "8.87% over the past month",
      "8.87%", "DIA's 1-month return is 6.62%; 8.87% is SPY's", real=True)
plant(L, "lt-ytd", "timeframe", "value-mismatch", "remains 2.93% lower", "remains 0.58% lower",
      "remains 0.58% lower", "the year-to-date return is -2.93%; 0.58% is the day's move", real=True)
plant(L, "lt-dji", "value", "value-mismatch", "finished at 46,185.73", "finished at 46,815.73", "46,815.73",
      "the Dow closed at 46,185.73")
plant(L, "lt-spy", "subject", "value-mismatch", "SPY adding 0.58%", "SPY adding 1.58%", "1.58%",
      "SPY rose 0.58%")
plant(L, "lt-200", "direction", "direction-mismatch", "just above its 200-day", "just below its 200-day",
      "just below", "DIA ($461.11) is above its 200-day ($460.09)")
plant(L, "lt-cross", "pattern", "pattern-mismatch", "the death cross of April 8",
      "the golden cross of April 8", "golden cross", "the 50-day is under the 200-day: a death cross")
plant(L, "lt-cross-date", "date", "date-untraced", "cross of April 8", "cross of April 9", "April 9",
      "the death cross formed on Apr 8")
plant(L, "lt-macd", "indicator", "indicator-mismatch", "is above its signal of 4.08",
      "is below its signal of 4.08", "below its signal", "MACD 5.89 is above its signal 4.08")
plant(L, "lt-record-date", "date", "date-untraced", "from January 12", "from January 13", "January 13",
      "the record close was on Jan 12; Jan 13 is the intraday high's day", real=True)
plant(L, "lt-low-date", "date", "date-untraced", "dates from April 30", "dates from April 28", "April 28",
      "the 52-week closing low was on Apr 30; Apr 28 is the intraday low's day", real=True)
plant(L, "lt-support", "level", "level-wrong-side", "support around $453.39", "support around $463.64",
      "$463.64", "a support above the $461.11 close", real=True)
plant(L, "lt-volume", "value", "value-mismatch", "3.9 million shares", "5.9 million shares", "5.9 million",
      "the day's volume is 3.9M")

J = "journal-IWM-2026-11-17"
plant(J, "jn-change", "value", "value-mismatch", "down $1.98 or", "down $1.89 or", "$1.89",
      "the day's move is -$1.98")
plant(J, "jn-words", "words", "value-mismatch", "just under two dollars", "just under three dollars",
      "three dollars", "the day's move is $1.98")
plant(J, "jn-trail", "history", "value-mismatch", "Third straight session behind SPY",
      "Fifth straight session behind SPY", "Fifth", "IWM has trailed SPY three sessions in a row")
plant(J, "jn-rut", "subject", "value-mismatch", "itself: 2,465.79", "itself: 2,456.79", "2,456.79",
      "the Russell 2000 closed at 2,465.79")
plant(J, "jn-monday", "history", "value-mismatch", "Monday IWM closed at $247.26",
      "Monday IWM closed at $247.62", "$247.62", "Monday Nov 16's close was $247.26")
plant(J, "jn-weekday", "date", "weekday-mismatch", "Last Thursday Nov 12", "Last Wednesday Nov 12",
      "Wednesday", "Nov 12, 2026 is a Thursday")
plant(J, "jn-range", "value", "value-mismatch", "22 sessions now", "32 sessions now", "32 sessions",
      "the range has held 22 sessions")
plant(J, "jn-side", "direction", "direction-mismatch", "0.38% under the 50-day", "0.38% over the 50-day",
      "0.38% over", "IWM is 0.38% below its 50-day")
plant(J, "jn-macd", "indicator", "indicator-mismatch", "MACD 0.86 over signal", "MACD 0.86 under signal",
      "under signal", "MACD 0.86 is over its signal 0.57")
plant(J, "jn-month", "timeframe", "value-mismatch", "Month: +1.46%", "Month: +0.82%", "Month: +0.82%",
      "the month's return is 1.46%; 0.82% is the year-to-date return", real=True)
plant(J, "jn-stop", "setup", "setup-geometry", "stop $240.02, target", "stop $243.20, target", "$243.20",
      "a long's stop must be under its entry $242.80")
plant(J, "jn-ratio", "setup", "setup-reward-risk", "about 2.3 to 1", "about 4.3 to 1", "4.3 to 1",
      "entry $242.80, stop $240.02, target $249.26 give 2.32")
plant(J, "jn-fomc", "value", "value-mismatch", "16 sessions out", "12 sessions out", "12 sessions",
      "the FOMC decision is 16 sessions away")
plant(J, "jn-cite", "citation", "citation-unresolved", "lost 0.8% [1]", "lost 0.8% [2]", "[2]",
      "only one source is listed")

B = "robo-SPY-2026-06-03"
plant(B, "rb-change", "value", "value-mismatch", "▲ $3.83 (0.58%)", "▲ $3.38 (0.58%)", "$3.38",
      "the day's move is $3.83")
plant(B, "rb-fell", "direction", "direction-mismatch", "SPY rose for a fifth session",
      "SPY fell for a fifth session", "fell", "SPY closed higher five sessions running")
plant(B, "rb-streak", "history", "value-mismatch", "a fifth session in a row", "a seventh session in a row",
      "seventh", "five higher closes in a row")
plant(B, "rb-total", "timeframe", "value-mismatch", "gaining 4.87% over those five",
      "gaining 8.87% over those five", "8.87%", "the five sessions add up to 4.87%; 8.87% is the month's",
      real=True)
plant(B, "rb-ytd", "timeframe", "value-mismatch", "still 1.05% lower for the year",
      "still 1.76% lower for the year", "1.76% lower", "the year-to-date return is -1.05%", real=True)
plant(B, "rb-side", "direction", "direction-mismatch", "($616.10): 6.99% above", "($616.10): 6.99% below",
      "6.99% below", "SPY is 6.99% above its 50-day")
plant(B, "rb-cross", "pattern", "pattern-mismatch", "(a death cross since March 27)",
      "(a golden cross since March 27)", "golden cross", "the 50-day is below the 200-day: a death cross")
plant(B, "rb-cross-date", "date", "date-untraced", "since March 27", "since March 20", "March 20",
      "the death cross formed on Mar 27")
plant(B, "rb-oversold", "indicator", "indicator-mismatch", "72.3 · overbought", "72.3 · oversold", "oversold",
      "RSI 72.3 is overbought")
plant(B, "rb-notob", "negation", "indicator-mismatch", "72.3 · overbought", "72.3 · not overbought",
      "not overbought", "RSI 72.3 is overbought; the denial is false")
plant(B, "rb-record-date", "date", "date-untraced", "(Nov 26, 2025)", "(Nov 25, 2025)", "Nov 25, 2025",
      "the record close was on Nov 26, 2025")
plant(B, "rb-volratio", "value", "value-mismatch", "(0.7x)", "(1.7x)", "1.7x",
      "volume is 0.7 times its average")
plant(B, "rb-dia", "subject", "value-mismatch", "(down 0.58%)", "(down 0.85%)", "0.85%", "DIA fell 0.58%")

FR = "french-GSPC-2026-11-20"
plant(FR, "fr-close", "value", "value-mismatch", "this Friday at 6,901.69 points",
      "this Friday at 6,910.69 points", "6,910.69", "the S&P 500 closed at 6,901.69")
plant(FR, "fr-points", "value", "value-mismatch", "that is 75.63 points", "that is 57.63 points", "57.63",
      "the day's move is 75.63 points")
plant(FR, "fr-month", "timeframe", "value-mismatch", "retreat of 0.95%", "retreat of 1.10%", "1.10%",
      "the month's return is -0.95%; 1.10% is the week's", real=True)
plant(FR, "fr-ytd", "subject", "value-mismatch", "a progression of 3.33%", "a progression of 3.28%", "3.28%",
      "the index's year-to-date return is 3.33%; 3.28% is SPY's", real=True)
plant(FR, "fr-below50", "direction", "direction-mismatch", "The index remains above its moving average",
      "The index remains below its moving average", "remains below", "the index is 1.13% above its 50-day")
plant(FR, "fr-cross-age", "value", "value-mismatch", "44 sessions ago", "41 sessions ago", "41 sessions",
      "the golden cross is 44 sessions old")
plant(FR, "fr-ob", "indicator", "indicator-mismatch", "reads 54.9: neither overbought nor oversold",
      "reads 54.9: already overbought", "overbought", "RSI 54.9 is not overbought")
plant(FR, "fr-macd", "indicator", "indicator-mismatch", "stays under its signal line",
      "stays over its signal line", "over its signal line", "MACD 8.49 is under its signal 16.37")
plant(FR, "fr-record-date", "date", "date-untraced", "touched on 22 October", "touched on 23 October",
      "23 October", "the record close was on Oct 22")
plant(FR, "fr-dow", "subject", "value-mismatch", "progressed by 0.58%", "progressed by 0.75%", "0.75%",
      "the Dow rose 0.58%")
plant(FR, "fr-vix", "value", "value-mismatch", "9.30% to 15.60", "9.30% to 16.50", "16.50",
      "the VIX closed at 15.60")
plant(FR, "fr-monday", "history", "value-mismatch", "0.4% to 6,855.03 points", "0.4% to 6,885.03 points",
      "6,885.03", "Monday Nov 16's close was 6,855.03")
plant(FR, "fr-support", "level", "level-wrong-side", "Our supports: 6,805.34", "Our supports: 6,949.67",
      "6,949.67", "a support above the 6,901.69 close", real=True)
plant(FR, "fr-cite", "citation", "citation-unresolved", "on Friday [1]", "on Friday [4]", "[4]",
      "only two sources are listed")

ES = "spanish-QQQ-2026-11-17"
plant(ES, "es-close", "value", "value-mismatch", "at 615.97 dollars", "at 619.57 dollars", "619.57",
      "QQQ closed at $615.97")
plant(ES, "es-rise", "direction", "direction-mismatch", "with a fall of 5.59", "with a rise of 5.59", "rise",
      "QQQ fell on the day")
plant(ES, "es-month", "timeframe", "value-mismatch", "in the month 0.72%", "in the month 1.80%", "1.80%",
      "the month's return is -0.72%; 1.80% is the week's", real=True)
plant(ES, "es-ndx", "subject", "value-mismatch", "to 25,326.20 points", "to 25,362.20 points", "25,362.20",
      "the Nasdaq 100 closed at 25,326.20")
plant(ES, "es-side", "direction", "direction-mismatch", "0.53% over its 50-session",
      "0.53% under its 50-session", "0.53% under", "QQQ is 0.53% above its 50-day")
plant(ES, "es-cross", "pattern", "pattern-mismatch", "The golden cross, from 27 of July",
      "The death cross, from 27 of July", "death cross", "the 50-day is above the 200-day: golden")
plant(ES, "es-macd", "indicator", "indicator-mismatch", "is under its signal (3.05)",
      "is over its signal (3.05)", "over its signal", "MACD 2.43 is under its signal 3.05")
plant(ES, "es-volwords", "words", "value-mismatch", "one and a half times the average",
      "two and a half times the average", "two and a half times", "volume is 1.5 times its 20-day average")
plant(ES, "es-friday", "history", "value-mismatch", "closed at 618.47 dollars", "closed at 618.74 dollars",
      "618.74", "Friday Nov 13's close was $618.47")
plant(ES, "es-weekday", "date", "weekday-mismatch", "The last Friday, 13 of November",
      "The last Thursday, 13 of November", "Thursday", "Nov 13, 2026 is a Friday")
plant(ES, "es-ratio", "setup", "setup-reward-risk", "benefit to risk of 1.6", "benefit to risk of 2.6", "2.6",
      "buy $612.70, stop $606.71, objective $622.21 give 1.59")
plant(ES, "es-support", "level", "level-wrong-side", "support in 609.62 dollars", "support in 620.00 dollars",
      "620.00", "a support above the $615.97 close", real=True)
plant(ES, "es-fed", "value", "value-mismatch", "within 16 sessions", "within 13 sessions", "13 sessions",
      "the FOMC decision is 16 sessions away (13 was the count three sessions later)", real=True)

LI = "linkedin-DIA-2026-11-20"
plant(LI, "li-change", "value", "value-mismatch", "up $2.81 (0.60%)", "up $2.18 (0.60%)", "$2.18",
      "the day's move is $2.81")
plant(LI, "li-streak", "history", "value-mismatch", "its third straight higher close",
      "its fourth straight higher close", "fourth", "three higher closes in a row")
plant(LI, "li-total", "timeframe", "value-mismatch", "added 1.00% in total", "added 1.10% in total",
      "1.10% in total", "the three sessions add up to 1.00%; 1.10% is the week's", real=True)
plant(LI, "li-qqq", "subject", "value-mismatch", "QQQ jumped 1.90%", "QQQ jumped 1.10%", "QQQ jumped 1.10%",
      "QQQ's move is 1.90%; 1.10% is SPY's", real=True)
plant(LI, "li-led", "direction", "direction-mismatch", "so DIA lagged both", "so DIA led both", "led both",
      "DIA's 0.60% trailed QQQ's 1.90% and SPY's 1.10%")
plant(LI, "li-gap", "derived", "derived-mismatch", "beat IWM by 0.30", "beat IWM by 0.50", "0.50",
      "0.60% less 0.30% is 0.30 points", real=True)
plant(LI, "li-200", "value", "value-mismatch", "3.69% above its 200-day", "3.96% above its 200-day", "3.96%",
      "DIA is 3.69% above its 200-day")
plant(LI, "li-quoted", "quotation", "pattern-mismatch", "The \"golden cross\" from October 2",
      "The \"death cross\" from October 2", "death cross",
      "a quoted cross name, unattributed: the state is golden since Oct 2")
plant(LI, "li-high-date", "date", "date-untraced", "(January 12)", "(January 13)", "January 13",
      "the 52-week closing high was on Jan 12; Jan 13 is the intraday high's", real=True)
plant(LI, "li-wed", "history", "value-mismatch", "with DIA closing at $468.32", "with DIA closing at $468.23",
      "$468.23", "DIA's Wednesday Nov 18 close was $468.32")
plant(LI, "li-dji", "subject", "value-mismatch", "closed at 47,220.31", "closed at 47,202.31", "47,202.31",
      "the Dow closed at 47,220.31")
plant(LI, "li-ob", "negation", "indicator-mismatch", "RSI is 55.5, nowhere near overbought",
      "RSI is 55.5, firmly overbought", "overbought", "RSI 55.5 is not overbought")
plant(LI, "li-range", "value", "value-mismatch", "has run 43 sessions", "has run 34 sessions", "34 sessions",
      "the range has held 43 sessions")
plant(LI, "li-cite", "citation", "citation-unresolved", "added 0.1% [2]", "added 0.1% [3]", "[3]",
      "only two sources are listed")

CL = "club-IWM-2026-02-13"
plant(CL, "cl-change", "value", "value-mismatch", "down $2.39 or", "down $2.93 or", "$2.93",
      "the day's move is -$2.39")
plant(CL, "cl-streak", "history", "value-mismatch", "the sixth lower close in a row",
      "the fourth lower close in a row", "fourth", "six lower closes in a row")
plant(CL, "cl-total", "timeframe", "value-mismatch", "together cost 5.80%", "together cost 4.94%", "4.94%",
      "the six sessions add up to -5.80%; -4.94% is the week's", real=True)
plant(CL, "cl-month", "timeframe", "value-mismatch", "over the past month 10.88%",
      "over the past month 6.88%", "month 6.88%", "the month's return is -10.88%; -6.88% is the year's",
      real=True)
plant(CL, "cl-side", "direction", "direction-mismatch", "7.99% below its 50-day", "7.99% above its 50-day",
      "7.99% above", "IWM is 7.99% below its 50-day")
plant(CL, "cl-slope", "trend", "pattern-mismatch", "drifting lower", "climbing steadily", "climbing steadily",
      "the 50-day fell 1.02% over 20 sessions")
plant(CL, "cl-nodeath", "negation", "pattern-mismatch", "still no death cross", "still no golden cross",
      "no golden cross", "the 50-day ($246.22) is above the 200-day ($229.41): a golden cross")
plant(CL, "cl-rsi", "indicator", "indicator-mismatch", "deep in oversold territory",
      "deep in overbought territory", "overbought", "RSI 21.4 is oversold")
plant(CL, "cl-record-date", "date", "date-untraced", "was on November 28, 2025", "was on December 2, 2025",
      "December 2, 2025", "the record close was on Nov 28, 2025; Dec 2 is the intraday high's day", real=True)
plant(CL, "cl-qqq", "subject", "value-mismatch", "QQQ 0.41%", "QQQ 0.54%", "QQQ 0.54%",
      "QQQ fell 0.41%; 0.54% is SPY's", real=True)
plant(CL, "cl-led", "direction", "direction-mismatch", "small caps trailed all three",
      "small caps led all three", "led all three", "IWM's -1.04% was the worst of the four")
plant(CL, "cl-weekday", "date", "weekday-mismatch", "Date: Friday, February 13",
      "Date: Thursday, February 13", "Thursday", "Feb 13, 2026 is a Friday")

X = "sheet-RUT-2026-11-17"
plant(X, "sh-close", "value", "value-mismatch", "Tue 11/17   2,465.79", "Tue 11/17   2,456.79", "2,456.79",
      "the close is 2,465.79")
plant(X, "sh-chg", "value", "value-mismatch", "-19.30", "-13.90", "-13.90", "the day's move is -19.30 points")
plant(X, "sh-mon", "history", "value-mismatch", "Mon 11/16   2,485.09", "Mon 11/16   2,458.09", "2,458.09",
      "Monday Nov 16's close was 2,485.09")
plant(X, "sh-thu", "history", "value-mismatch", "Thu 11/12   2,505.20", "Thu 11/12   2,550.20", "2,550.20",
      "Thursday Nov 12's close was 2,505.20")
plant(X, "sh-weekday", "date", "weekday-mismatch", "Fri 11/13", "Thu 11/13", "Thu 11/13",
      "Nov 13, 2026 is a Friday")
plant(X, "sh-200", "value", "value-mismatch", "2,318.38", "2,381.38", "2,381.38", "the 200-day is 2,318.38")
plant(X, "sh-vs50", "direction", "direction-mismatch", "-0.33%", "+0.33%", "+0.33%",
      "the index is 0.33% below its 50-day")
plant(X, "sh-rsi", "indicator", "value-mismatch", "RSI(14)             50.1", "RSI(14)             58.1",
      "58.1", "RSI(14) is 50.1")
plant(X, "sh-high-date", "date", "date-untraced", "(11/28/2025)", "(12/02/2025)", "12/02/2025",
      "the 52-week closing high was on Nov 28, 2025; Dec 2 is the intraday high's day", real=True)
plant(X, "sh-week", "timeframe", "value-mismatch", "Week                -0.98%", "Week                -0.78%",
      "Week                -0.78%", "the week's return is -0.98%; -0.78% is the day's", real=True)
plant(X, "sh-cross", "pattern", "pattern-mismatch", "golden since 8/10/2026", "death since 8/10/2026",
      "death", "the 50-day is above the 200-day: golden")
plant(X, "sh-range", "value", "value-mismatch", "Range (22 sess)", "Range (12 sess)", "12 sess",
      "the range has held 22 sessions")
plant(X, "sh-cite", "citation", "citation-unresolved", "per Ledger [2]", "per Ledger [3]", "[3]",
      "only two sources are listed")

E = "preview-QQQ-2025-11-17"
plant(E, "pv-change", "value", "value-mismatch", "up $10.60 or", "up $10.06 or", "$10.06",
      "the day's move is $10.60")
plant(E, "pv-weekday", "date", "weekday-mismatch", "QQQ closed Monday, November 17",
      "QQQ closed Tuesday, November 17", "Tuesday", "Nov 17, 2025 is a Monday")
plant(E, "pv-volume", "value", "value-mismatch", "63.7 million shares", "67.3 million shares", "67.3 million",
      "the day's volume is 63.7M")
plant(E, "pv-ndx", "subject", "value-mismatch", "finished at 25,582.79", "finished at 25,528.79", "25,528.79",
      "the Nasdaq 100 closed at 25,582.79")
plant(E, "pv-200", "value", "value-mismatch", "15.46% above its 200-day", "15.64% above its 200-day",
      "15.64%", "QQQ is 15.46% above its 200-day")
plant(E, "pv-cross-age", "value", "value-mismatch", "97 sessions ago", "79 sessions ago", "79 sessions",
      "the golden cross is 97 sessions old")
plant(E, "pv-macd", "indicator", "indicator-mismatch", "(3.36) is above its signal",
      "(3.36) is below its signal", "below its signal", "MACD 3.36 is above its signal 1.48")
plant(E, "pv-iwm", "subject", "value-mismatch", "11.79% for IWM", "11.97% for IWM", "11.97%",
      "IWM's year-to-date return is 11.79%")
plant(E, "pv-month", "timeframe", "value-mismatch", "over the past month 1.68%", "over the past month 2.84%",
      "month 2.84%", "the month's return is 1.68%; 2.84% is the week's", real=True)
plant(E, "pv-low", "history", "value-mismatch", "closing low of $411.68", "closing low of $410.36", "$410.36",
      "the 52-week closing low is $411.68; $410.36 is the intraday low", real=True)
plant(E, "pv-low-date", "date", "date-untraced", "from its April 16", "from its April 17", "April 17",
      "the 52-week closing low was on Apr 16, 2025")
plant(E, "pv-rally", "value", "value-mismatch", "rallied 51.14%", "rallied 15.14%", "15.14%",
      "QQQ is 51.14% above its 52-week low")
plant(E, "pv-stop", "setup", "setup-geometry", "stop $620.12", "stop $632.12", "$632.12",
      "a long's stop must be under its entry $630.56")
plant(E, "pv-ratio", "setup", "setup-reward-risk", "roughly 2.4 to 1", "roughly 3.4 to 1", "3.4 to 1",
      "entry $630.56, stop $620.12, target $655.61 give 2.40")
plant(E, "pv-support", "level", "level-wrong-side", "support $617.74", "support $626.07", "$626.07",
      "a support above the $622.21 close", real=True)

MB = "briefing-SPY-2026-11-17"
plant(MB, "mb-change", "value", "value-mismatch", "SPY fell $3.41", "SPY fell $3.71", "$3.71",
      "the day's move is -$3.41")
plant(MB, "mb-rose", "direction", "direction-mismatch", "SPY fell $3.41", "SPY rose $3.41", "rose",
      "SPY fell on the day")
plant(MB, "mb-sma50", "value", "value-mismatch", "average, $679.19, by", "average, $679.91, by", "$679.91",
      "the 50-day is $679.19")
plant(MB, "mb-qqq", "subject", "value-mismatch", "QQQ dropped 0.90%", "QQQ dropped 0.80%",
      "QQQ dropped 0.80%", "QQQ fell 0.90%; 0.80% is IWM's", real=True)
plant(MB, "mb-month", "timeframe", "value-mismatch", "month -1.06%", "month -0.80%", "month -0.80%",
      "the month's return is -1.06%; -0.80% is the week's", real=True)
plant(MB, "mb-vix", "direction", "direction-mismatch", "VIX up 6.02%", "VIX down 6.02%", "down 6.02%",
      "the VIX rose 6.02%")
plant(MB, "mb-monday", "history", "value-mismatch", "SPY had closed at $683.25", "SPY had closed at $683.52",
      "$683.52", "Monday Nov 16's close was $683.25")
plant(MB, "mb-macd", "indicator", "indicator-mismatch", "MACD 1.09 below signal", "MACD 1.09 above signal",
      "above signal", "MACD 1.09 is below its signal 2.42")
plant(MB, "mb-slope", "trend", "value-mismatch", "up about 2.2% over the past 20 sessions",
      "up about 0.4% over the past 20 sessions", "0.4%", "the 50-day rose 2.16% over 20 sessions")
plant(MB, "mb-rolling", "trend", "pattern-mismatch", "The 50-day keeps climbing",
      "The 50-day is rolling over", "rolling over", "the 50-day rose 2.16% over 20 sessions")
plant(MB, "mb-record-date", "date", "date-untraced", "on Oct 22;", "on Oct 21;", "Oct 21",
      "the record close was on Oct 22")
plant(MB, "mb-ratio", "setup", "setup-reward-risk", "(3.3:1)", "(2.3:1)", "2.3:1",
      "entry $673.92, stop $668.55, target $691.80 give 3.33")
plant(MB, "mb-fomc", "value", "value-mismatch", "16 sessions out", "13 sessions out", "13 sessions",
      "the FOMC decision is 16 sessions away")
plant(MB, "mb-cite", "citation", "citation-unresolved", "above the 50-day [1]", "above the 50-day [4]", "[4]",
      "only three sources are listed")

RD = "radio-DIA-2025-11-17"
plant(RD, "ra-close", "words", "value-mismatch", "four hundred eighty-one dollars",
      "four hundred eighteen dollars", "four hundred eighteen", "DIA closed at $481.59")
plant(RD, "ra-change", "words", "value-mismatch", "up four dollars and twenty-six cents",
      "up six dollars and twenty-six cents", "six dollars and twenty-six cents", "the day's move is $4.26")
plant(RD, "ra-tenths", "words", "value-mismatch", "nearly nine-tenths of a percent",
      "nearly seven-tenths of a percent", "seven-tenths", "the day's move is 0.89%")
plant(RD, "ra-dji", "subject", "value-mismatch", "48,219.41, up 0.87%", "48,219.41, up 0.89%", "0.89%",
      "the Dow rose 0.87%; 0.89% is DIA's", real=True)
plant(RD, "ra-iwm", "words", "value-mismatch", "IWM jumped nearly two percent",
      "IWM jumped nearly three percent", "three percent", "IWM rose 1.96%")
plant(RD, "ra-spy", "subject", "value-mismatch", "SPY rose 1.39%", "SPY rose 1.73%", "SPY rose 1.73%",
      "SPY rose 1.39%; 1.73% is QQQ's", real=True)
plant(RD, "ra-notob", "negation", "indicator-mismatch", "in overbought territory",
      "not in overbought territory", "not in overbought", "RSI 72.8 is overbought")
plant(RD, "ra-200", "words", "value-mismatch", "almost eleven percent above", "almost fifteen percent above",
      "fifteen percent", "DIA is 10.90% above its 200-day")
plant(RD, "ra-nodeath", "negation", "pattern-mismatch", "no sign of a death cross",
      "no sign of a golden cross", "golden cross",
      "the 50-day is above the 200-day: a golden cross since Jul 14, 2025")
plant(RD, "ra-week", "timeframe", "value-mismatch", "1.70 percent this week", "1.99 percent this week",
      "1.99 percent", "the week's return is 1.70%; 1.99% is the month's", real=True)
plant(RD, "ra-ytd", "subject", "value-mismatch", "up 6.55 percent this year", "up 16.90 percent this year",
      "16.90 percent", "DIA's year-to-date return is 6.55%; 16.90% is SPY's", real=True)
plant(RD, "ra-weekday", "date", "weekday-mismatch", "MINUTE - MONDAY, NOVEMBER 17",
      "MINUTE - TUESDAY, NOVEMBER 17", "TUESDAY", "Nov 17, 2025 is a Monday")

W = "etfweekly-IWM-2026-03-30"
plant(W, "wk-change", "value", "value-mismatch", "down $2.65 (-1.24%)", "down $2.56 (-1.24%)", "$2.56",
      "the day's move is -$2.65")
plant(W, "wk-streak", "history", "value-mismatch", "makes four lower closes", "makes five lower closes",
      "five lower closes", "four lower closes in a row")
plant(W, "wk-total", "timeframe", "value-mismatch", "a combined 2.54% off", "a combined 2.10% off", "2.10%",
      "the four sessions add up to -2.54%; -2.10% is the week's", real=True)
plant(W, "wk-tuesday", "history", "value-mismatch", "the $216.51 close", "the $215.61 close", "$215.61",
      "Tuesday Mar 24's close was $216.51")
plant(W, "wk-weekday", "date", "weekday-mismatch", "close of Tuesday, March", "close of Wednesday, March",
      "Wednesday", "Mar 24, 2026 is a Tuesday")
plant(W, "wk-ytd", "timeframe", "value-mismatch", "for the year 13.27%", "for the year 18.14%", "18.14%",
      "the year-to-date return is -13.27%; 18.14% is the distance from the record close", real=True)
plant(W, "wk-rut", "subject", "value-mismatch", "closed at 2,120.33", "closed at 2,102.33", "2,102.33",
      "the Russell 2000 closed at 2,120.33")
plant(W, "wk-cross", "pattern", "pattern-mismatch", "a death cross formed on March 24",
      "a golden cross formed on March 24", "golden cross", "the 50-day slid under the 200-day: a death cross")
plant(W, "wk-cross-age", "value", "value-mismatch", "just four sessions ago", "just nine sessions ago",
      "nine sessions ago", "the death cross is 4 sessions old")
plant(W, "wk-slope", "trend", "value-mismatch", "down 5.36% in twenty sessions",
      "down 3.36% in twenty sessions", "3.36%", "the 50-day fell 5.36% over 20 sessions")
plant(W, "wk-flat", "trend", "pattern-mismatch", "while the 200-day is flat",
      "while the 200-day is falling hard", "falling hard", "the 200-day moved +0.11% over 20 sessions: flat")
plant(W, "wk-macd", "negation", "indicator-mismatch", "The MACD, -3.77, is above",
      "The MACD, -3.77, is not above", "not above", "MACD -3.77 is above its signal -4.40")
plant(W, "wk-resist", "level", "level-wrong-side", "resistance at $212.32", "resistance at $210.30",
      "$210.30", "a resistance below the $211.00 close", real=True)
plant(W, "wk-qqq", "subject", "value-mismatch", "QQQ -1.44%", "QQQ -1.04%", "QQQ -1.04%",
      "QQQ fell 1.44%; 1.04% is DIA's", real=True)

FO = "memo-FSMI-2026-11-20"
plant(FO, "fo-points", "value", "value-mismatch", "down 312.84 points", "down 321.84 points", "321.84",
      "the day's move is -312.84 points")
plant(FO, "fo-high", "pattern", "pattern-mismatch", "a new 52-week closing low", "a new 52-week closing high",
      "52-week closing high", "today's close is the 52-week closing low")
plant(FO, "fo-streak", "history", "value-mismatch", "fallen three sessions running",
      "fallen five sessions running", "five sessions", "three lower closes in a row")
plant(FO, "fo-total", "timeframe", "value-mismatch", "3.58% in all", "3.07% in all", "3.07% in all",
      "the three sessions add up to -3.58%; -3.07% is the week's", real=True)
plant(FO, "fo-200", "value", "value-mismatch", "19.73% below its 200-day", "19.37% below its 200-day",
      "19.37%", "the index is 19.73% below its 200-day")
plant(FO, "fo-quoted", "quotation", "pattern-mismatch", "The \"death cross\" of October 15",
      "The \"golden cross\" of October 15", "golden cross",
      "a quoted cross name, unattributed: the 50-day is under the 200-day")
plant(FO, "fo-cross-date", "date", "date-untraced", "of October 15 is", "of October 5 is", "October 5",
      "the death cross formed on Oct 15")
plant(FO, "fo-slope", "trend", "pattern-mismatch", "the 50-day is falling steeply",
      "the 50-day is flattening out", "flattening", "the 50-day fell 9.38% over 20 sessions")
plant(FO, "fo-high-date", "date", "date-untraced", "the August 19 closing high", "the August 20 closing high",
      "August 20", "the 52-week closing high was on Aug 19; Aug 20 is the intraday high's day", real=True)
plant(FO, "fo-ath", "history", "value-mismatch", "record of 52,018.76", "record of 52,081.76", "52,081.76",
      "the record close is 52,018.76")
plant(FO, "fo-rsi", "indicator", "indicator-mismatch", "RSI 23.0, oversold", "RSI 23.0, overbought",
      "overbought", "RSI 23.0 is oversold")
plant(FO, "fo-frnt", "subject", "value-mismatch", "down 0.86%, also", "down 0.88%, also", "down 0.88%",
      "FRNT fell 0.86%; 0.88% is the index's", real=True)
plant(FO, "fo-scale", "scale", "scale-mismatch", "FRNT closed at $30.01", "FRNT closed at 35,112.40",
      "FRNT closed at 35,112.40", "an ETF quoted at its index's level", real=True)
plant(FO, "fo-support", "level", "level-wrong-side", "Support 35,000;", "Support 35,400;", "35,400",
      "a support above the 35,112.40 close")
plant(FO, "fo-thursday", "history", "value-mismatch", "close was 35,425.24", "close was 35,452.24",
      "35,452.24", "Thursday Nov 19's close was 35,425.24")

CH = "captions-FRNT-2026-11-20"
plant(CH, "cp-change", "value", "value-mismatch", "(-$0.26,", "(-$0.36,", "$0.36", "the day's move is -$0.26")
plant(CH, "cp-highest", "pattern", "pattern-mismatch", "the lowest close of the past 52 weeks",
      "the highest close of the past 52 weeks", "highest close", "today's close is the 52-week closing low")
plant(CH, "cp-high", "history", "value-mismatch", "closing high at $41.82", "closing high at $42.02",
      "$42.02", "the 52-week closing high is $41.82; $42.02 is the intraday high", real=True)
plant(CH, "cp-high-date", "date", "date-untraced", "the Aug 19 closing high", "the Aug 20 closing high",
      "Aug 20", "the 52-week closing high was on Aug 19", real=True)
plant(CH, "cp-slope", "trend", "value-mismatch", "down about 9.4% in 20 sessions",
      "down about 4.9% in 20 sessions", "4.9%", "the 50-day fell 9.39% over 20 sessions")
plant(CH, "cp-rising", "trend", "pattern-mismatch", "slopes lower too", "is rising", "rising",
      "the 200-day fell 1.57% over 20 sessions")
plant(CH, "cp-cross-date", "date", "date-untraced", "(Oct 15)", "(Oct 16)", "Oct 16",
      "the death cross formed on Oct 15")
plant(CH, "cp-rsi", "indicator", "indicator-mismatch", "which makes it oversold", "which makes it overbought",
      "overbought", "RSI 22.9 is oversold")
plant(CH, "cp-vol", "value", "value-mismatch", "1.2x the 20-day", "2.1x the 20-day", "2.1x",
      "volume is 1.2 times its 20-day average")
plant(CH, "cp-total", "timeframe", "value-mismatch", "-3.60% together", "-3.07% together", "-3.07% together",
      "the three down days add up to -3.60%; -3.07% is the week's", real=True)
plant(CH, "cp-iwm", "subject", "value-mismatch", "IWM +0.30%", "IWM +1.10%", "IWM +1.10%",
      "IWM rose 0.30%; 1.10% is SPY's", real=True)
plant(CH, "cp-support", "level", "level-wrong-side", "$30.00 support", "$31.50 support", "$31.50",
      "a support above the $30.01 close")
plant(CH, "cp-ytd", "timeframe", "value-mismatch", "YTD -18.34%", "YTD -28.24%", "YTD -28.24%",
      "the year-to-date return is -18.34%; -28.24% is the distance from the 52-week high", real=True)

DB = "debate-SPY-2026-11-20"
plant(DB, "db-record-date", "date", "date-untraced", "its October 22 record", "its October 29 record",
      "October 29", "the record close was on Oct 22")
plant(DB, "db-close", "value", "value-mismatch", "ended tonight at $688.00", "ended tonight at $686.00",
      "$686.00", "SPY closed at $688.00")
plant(DB, "db-month", "subject", "value-mismatch", "it is down 0.97%", "it is down 1.65%", "1.65%",
      "SPY's month is -0.97%; -1.65% is IWM's", real=True)
plant(DB, "db-macd", "indicator", "indicator-mismatch", "the MACD is under its signal",
      "the MACD is over its signal", "over its signal", "MACD 0.82 is under its signal 1.59")
plant(DB, "db-pc", "value", "value-mismatch", "ratio is 1.16", "ratio is 1.61", "1.61",
      "the put/call open-interest ratio is 1.16")
plant(DB, "db-qqq", "subject", "value-mismatch", "led with 1.90%", "led with 1.10%", "led with 1.10%",
      "QQQ rose 1.90%; 1.10% is SPY's", real=True)
plant(DB, "db-200", "value", "value-mismatch", "6.48% above its 200-day", "6.84% above its 200-day", "6.84%",
      "SPY is 6.48% above its 200-day")
plant(DB, "db-cross-date", "date", "date-untraced", "since September 21", "since September 12",
      "September 12", "the golden cross formed on Sep 21")
plant(DB, "db-ytd", "subject", "value-mismatch", "SPY is up 3.28%", "SPY is up 3.33%", "3.33%",
      "SPY's year-to-date return is 3.28%; 3.33% is the S&P 500 index's", real=True)
plant(DB, "db-iwm", "subject", "value-mismatch", "IWM rose only 0.30%", "IWM rose only 0.60%", "only 0.60%",
      "IWM rose 0.30%; 0.60% is DIA's", real=True)
plant(DB, "db-trail", "history", "value-mismatch", "six straight sessions", "three straight sessions",
      "three straight", "IWM has trailed SPY six sessions in a row")
plant(DB, "db-vix", "value", "value-mismatch", "VIX is at 15.60", "VIX is at 16.50", "16.50",
      "the VIX closed at 15.60")
plant(DB, "db-support", "level", "level-wrong-side", "Support at $678.45", "Support at $690.00", "$690.00",
      "a support above the $688.00 close", real=True)
plant(DB, "db-stop", "setup", "setup-geometry", "stop $690.03", "stop $699.03", "$699.03",
      "a long's stop must be under its entry $697.09")
plant(DB, "db-ratio", "setup", "setup-reward-risk", "about two to one", "about four to one", "four to",
      "entry $697.09, stop $690.03, target $710.97 give 1.97")
plant(DB, "db-range", "value", "value-mismatch", "$694.71, 29 sessions", "$694.71, 19 sessions",
      "19 sessions", "the range has held 29 sessions")

TG = "telegram-IWM-2026-11-20"
plant(TG, "tg-change", "value", "value-mismatch", "(+$0.73 /", "(+$0.37 /", "$0.37",
      "the day's move is $0.73")
plant(TG, "tg-rut", "subject", "value-mismatch", "index: 2,456.17", "index: 2,465.17", "2,465.17",
      "the Russell 2000 closed at 2,456.17")
plant(TG, "tg-qqq", "timeframe", "value-mismatch", "QQQ +1.90%", "QQQ +1.28%", "QQQ +1.28%",
      "QQQ's day was +1.90%; 1.28% is its week", real=True)
plant(TG, "tg-gap", "derived", "derived-mismatch", "trailed SPY by 0.80 pp", "trailed SPY by 1.60 pp",
      "1.60 pp", "1.10% less 0.30% is 0.80 points; 1.60 is the gap to QQQ", real=True)
plant(TG, "tg-streak", "history", "value-mismatch", "its 6th straight", "its 4th straight", "4th",
      "IWM has trailed SPY six sessions in a row")
plant(TG, "tg-side", "direction", "direction-mismatch", "(IWM 0.60% below)", "(IWM 0.60% above)",
      "0.60% above", "IWM is 0.60% below its 50-day")
plant(TG, "tg-200", "value", "value-mismatch", "(5.86% above)", "(5.68% above)", "5.68%",
      "IWM is 5.86% above its 200-day")
plant(TG, "tg-quoted", "quotation", "pattern-mismatch", "'Golden cross' intact", "'Death cross' intact",
      "Death cross", "a quoted cross name, unattributed: golden since Aug 10")
plant(TG, "tg-support", "level", "level-wrong-side", "Support $242.80", "Support $245.50", "$245.50",
      "a support above the $244.30 close")
plant(TG, "tg-wed", "history", "value-mismatch", "Wed close: $244.79", "Wed close: $245.28", "$245.28",
      "Wednesday Nov 18's close was $244.79; $245.28 is Tuesday's", real=True)
plant(TG, "tg-weekday", "date", "weekday-mismatch", "Last Fri (Nov 13)", "Last Thu (Nov 13)", "Thu (Nov 13)",
      "Nov 13, 2026 is a Friday")
plant(TG, "tg-month", "timeframe", "value-mismatch", "Month -1.65%", "Month -1.10%", "Month -1.10%",
      "the month's return is -1.65%; -1.10% is the week's", real=True)
plant(TG, "tg-cpi", "value", "value-mismatch", "(14 sessions)", "(15 sessions)", "15 sessions",
      "the CPI report is 14 sessions away")
plant(TG, "tg-yield", "direction", "direction-mismatch", "yield fell 7 bp", "yield rose 7 bp", "rose 7 bp",
      "the cited story: the 10-year yield fell 7 basis points")
plant(TG, "tg-cite", "citation", "citation-unresolved", "another rally [1]", "another rally [3]", "[3]",
      "only two sources are listed")

G = "glossary-QQQ-2026-11-20"
plant(G, "gl-sma50", "value", "value-mismatch", "50-day average is $614.02", "50-day average is $641.02",
      "$641.02", "the 50-day is $614.02")
plant(G, "gl-sma200", "value", "value-mismatch", "200-day is $580.22", "200-day is $508.22", "$508.22",
      "the 200-day is $580.22")
plant(G, "gl-side", "direction", "direction-mismatch", "2.02% above the 50-day", "2.02% below the 50-day",
      "2.02% below", "QQQ is 2.02% above its 50-day")
plant(G, "gl-cross-date", "date", "date-untraced", "since July 27, 2026", "since July 7, 2026",
      "July 7, 2026", "the golden cross formed on Jul 27")
plant(G, "gl-cross-age", "value", "value-mismatch", "2026, 83 sessions", "2026, 38 sessions", "38 sessions",
      "the golden cross is 83 sessions old")
plant(G, "gl-rsi", "indicator", "indicator-mismatch", "is 56.4, neither one", "is 56.4, overbought",
      "56.4, overbought", "RSI 56.4 is not overbought")
plant(G, "gl-macd", "indicator", "indicator-mismatch", "1.96, below its signal", "1.96, above its signal",
      "above its signal", "MACD 1.96 is below its signal 2.46")
plant(G, "gl-record-date", "date", "date-untraced", "set on November 11, 2026", "set on November 12, 2026",
      "November 12, 2026", "the record close was on Nov 11; Nov 12 is the intraday high's day", real=True)
plant(G, "gl-twice", "words", "value-mismatch", "twice the 44.3 million", "three times the 44.3 million",
      "three times", "volume is 2.0 times its 20-day average")
plant(G, "gl-range", "value", "value-mismatch", "over 29 sessions", "over 92 sessions", "92 sessions",
      "the range has held 29 sessions")
plant(G, "gl-pc", "value", "value-mismatch", "1.32 for QQQ", "1.37 for QQQ", "1.37",
      "the put/call open-interest ratio is 1.32")
plant(G, "gl-month", "timeframe", "value-mismatch", "0.27% over the month", "0.67% over the month", "0.67%",
      "the month's return is 0.27%")
plant(G, "gl-gap", "derived", "derived-mismatch", "beat SPY by 0.80", "beat SPY by 1.60", "1.60",
      "1.90% less 1.10% is 0.80 points; 1.60 is the gap over IWM", real=True)
plant(G, "gl-edged", "magnitude", "magnitude-mismatch", "QQQ gained 1.90% on the day",
      "QQQ edged up 1.90% on the day", "edged up", "a 1.90% move, 1.6 ATR, is no edging")


# ---------------------------------------------------------------- the set's README


# This set's kinds of fault (from the eighth set on, the sets share kit.BLIND_KINDS).
KINDS = ("value, words (numbers in words), subject (another instrument's figure), timeframe "
         "(another period's return, a run's total), history (a dated past close, a streak, "
         "a past extreme), negation, quotation, trend (slope words and slope figures of an average), "
         "magnitude, level, setup, date (weekday, dates of records and crosses), citation, indicator, "
         "pattern, direction, derived, scale")
README = kit.blind_readme(6, kinds=KINDS, unrun=False, width=99)

# ---------------------------------------------------------------- scoring and the command line

evaluate, report = SET.evaluate, SET.report  # what tests/test_verify_holdout6.py runs

if __name__ == "__main__":
    raise SystemExit(SET.main(sys.argv[1:], doc=__doc__ or "", readme=README))
