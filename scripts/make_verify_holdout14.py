"""Write the fourteenth blind holdout set for the verifier to tests/data/verify_holdout14/ (deterministic).

    .venv/bin/python scripts/make_verify_holdout14.py            # (re)write the set
    .venv/bin/python scripts/make_verify_holdout14.py --check    # exit 1 if the files on disk differ
    .venv/bin/python scripts/make_verify_holdout14.py --score    # run the verifier over the set, report

Written for issue 14 by someone who had read neither `pipeline/verify/` nor the texts of the
evaluation set or of the first thirteen holdouts (only the shared plumbing in
`scripts/verify_eval/holdout_kit.py`, `tests/holdout_helpers.py`, `tests/test_verify_holdout13.py`,
the top and the bottom of `scripts/make_verify_holdout13.py`, the other generators' module docstrings
(to learn which voices were taken), `pipeline/facts.py`, `pipeline/contracts/` and the README's
verifier section), and who did not run the verifier on these texts before the blind score. The voices
are ones the earlier sets did not use: a newspaper horoscope column, a product review with star
ratings, notes translated from Swahili, Norwegian, Tagalog and Bulgarian, a yoga teacher's class
script, a lawyer's closing argument, a fire station's incident report, a wedding toast, a book club's
discussion guide, a tax accountant's client letter, a horse-race call, a satnav's spoken directions, a
medicine package-insert parody, a veterinarian's case notes, limericks with footnotes, a school
principal's morning announcements, an auctioneer's patter and an issue tracker's ticket thread.

Every figure of a clean text was typed by hand from `pipeline.facts.build_fact_sheet(...)` of the
case's snapshot, of a peer in the same file, of the snapshot's dated bars (`recent_sessions`,
`recent_closes`, `recent_highs`, `recent_lows`), of the 50/200-day slopes the snapshot carries
(`trend.sma_50_slope_pct`, `trend.sma_200_slope_pct`), or from the text of a cited source;
approximations ("almost twice", "about a third") were checked against the same values. Page
furniture, years, counts of things, ages, clock times, prices of things that are not market data and
percentages of things that are not markets are there on purpose. The snapshots and sources are frozen
copies in tests/data/verify_holdout14/context/ (copied from tests/data/verify_holdout13/context/,
itself a copy of holdout 12's, taken from tests/data/verify_eval/, on 2026-12-06; each carries 64 dated
bars). Each planted case is one clean text with one exact substitution and one expected finding whose
code is the README's documented one for that fault; its note says why that code.

The blind score (once, on main at c01daef9, the set frozen in bc7d6ec2): 321/424 planted errors caught
(0.76), 52 error findings on the 20 clean texts (2.60 per text), 370/424 planted spots flagged by an
error finding of some code. Per kind, caught/planted: value 47/66, scale 7/8, derived 30/40, direction
17/23, indicator 18/19, pattern 4/10, level 26/29, setup 11/13, date 39/40, citation 6/10, subject 15/16,
timeframe 17/18, negation 6/15, quotation 3/14, trend 13/16, history 39/54, words 16/20, magnitude 7/13.
One clean-text finding was a true catch (the Bulgarian text's body had left out its Sources block); with
that block restored, the only change after the blind run, the set reads 322/424 with 51 error findings
(2.55 per text). scripts/verify_eval/holdout14_score.md has the table, the findings per clean text and
the misses and false alarms by mechanism.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verify_eval import holdout_kit as kit  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- the clean texts

U = kit.FIXTURE_URLS  # the ingested items cited, by a short name

SET = kit.HoldoutSet("holdout14", REPO, U)  # the kit's four source formats
OUT = SET.out
CLEAN = SET.texts
clean = SET.clean

plant = SET.plant_wrapped  # old/new/span may carry the texts' continuation breaks

V, D, P, IND, DU, WM, LW, NU, MG, DER, SC, SG, SRR, CU, CS = kit.CODES

# A line starting with exactly two spaces continues the line before it. `<<SOURCES>>` becomes the
# Sources block. Figures are typed, not slotted: each was read off the key's fact sheet. Each text's
# planted errors follow it.

B = "horoscope-SPY-2026-11-20"
clean(B, "SPY-2026-11-20", "horoscope", "md",
      "a newspaper's weekend market horoscope column, one paragraph per star sign, with the signs' "
      "calendar dates, a lucky number and two quoted headlines",
      """\
# Market Horoscopes for the Weekend of November 21-22, 2026

*By Madame Ticker. For entertainment only; the stars are made up, the numbers come from Friday's
  close.*

ARIES (March 21 - April 19). Your ruling fund charged ahead on Friday: SPY closed at $688.00, up
  $7.49, or 1.10%, from Thursday's $680.51. Impulsive Rams will enjoy knowing the day ran from
  $679.36 to $689.87 and the fund finished near the top of it. Lucky number: 7.

TAURUS (April 20 - May 20). Steady bulls get rewarded. Volume came to 118.3 million shares, almost
  twice the 20-day average of 64.9 million. Patience pays as well: the fund is up 3.28% for the year,
  though it is still down 0.97% over the past month.

GEMINI (May 21 - June 20). Two minds, two averages. SPY sits 1.11% above its 50-day average of
  $680.43 and 6.48% above the 200-day at $646.13, and the golden cross has held since September 21,
  44 sessions ago. The 50-day has climbed about 1.8% over the past twenty sessions, while the
  200-day has barely moved, up a mere 0.13% over the same stretch.

CANCER (June 21 - July 22). Home is where the record is. The record close of $694.71 came on
  Thursday, October 22, and the fund ended Friday 0.97% below it. Crabs know how to move sideways:
  SPY has spent 29 sessions between $678.45 and $694.71, a range just 2.40% wide.

LEO (July 23 - August 22). Your mane is glossy, but nobody is overbought. The 14-day RSI reads 55.0,
  in neutral territory, and MACD, at 0.82, has not yet crossed above its signal line at 1.59. Hold
  the roar.

VIRGO (August 23 - September 22). Details, dear Virgo. The five-session gain is also 1.10%, because
  Thursday's finish sat almost exactly where the previous Friday ended ($680.53). Along the way,
  Tuesday closed at $679.84 and Wednesday at $681.88.

LIBRA (September 23 - October 22). Weigh your levels. Support sits at $678.45, tested twice;
  resistance is the record at $694.71, tested five times. Max pain for the November 27 expiry is
  $690.00, and the put/call open-interest ratio is 1.16.

SCORPIO (October 23 - November 21). Happy birthday! Your gift is a long setup: enter on a close
  above $697.09, stop $690.03, target $710.97. That works out to two to one.

SAGITTARIUS (November 22 - December 21). Travel is in your chart. The DAX rose 0.62%, gold added
  0.48% to $4,050.95 an ounce, and WTI crude gained 1.04% to $67.80.

CAPRICORN (December 22 - January 19). Climb with the goats. QQQ was the day's rocket, up 1.90%,
  beating SPY by 0.80 points. DIA gained 0.60% and IWM only 0.30%.

AQUARIUS (January 20 - February 18). The water bearer pours cold water on fear: the VIX fell 9.30%
  to 15.60.

PISCES (February 19 - March 20). Swim with the news. Ledger Markets Daily's headline read "Nasdaq
  leads Friday's rebound, S&P 500 climbs 1.1%" [1], and Harbor Street Wire wrote that "Megacap
  technology shares roared back on Friday" [2]. The Fed decides on Wednesday, December 9, thirteen
  sessions away, and CPI follows the next day.

<<SOURCES>>
""", sources=("ld-rebound20", "hs-megacap20"))
plant(B, "hs-close", "value", V, "SPY closed at $688.00, up", "SPY closed at $686.00, up", "$686.00",
      "SPY closed at $688.00")
plant(B, "hs-dollar", "value", V, "up\n  $7.49, or 1.10%", "up\n  $7.94, or 1.10%", "$7.94",
      "the 1-day change is $7.49")
plant(B, "hs-prev", "history", V, "from Thursday's $680.51", "from Thursday's $681.51", "$681.51",
      "Thursday's close was $680.51")
plant(B, "hs-high", "value", V, "$679.36 to $689.87", "$679.36 to $692.87", "$692.87",
      "the day's high was $689.87")
plant(B, "hs-twice", "words", V, "almost\n  twice the 20-day average",
      "almost\n  three times the 20-day average",
      "three times", "volume is 1.8 times its 20-day average")
plant(B, "hs-ytd", "timeframe", V, "up 3.28% for the year", "up 1.10% for the year", "1.10%",
      "the YTD move is 3.28%; 1.10% is the 1-day and 5-day move", real=True)
plant(B, "hs-month", "direction", D, "still down 0.97% over the past month",
      "still up 0.97% over the past month", "up", "the 1-month move is -0.97%")
plant(B, "hs-d50", "derived", V, "SPY sits 1.11% above its 50-day", "SPY sits 1.41% above its 50-day",
      "1.41%", "the close is 1.11% above the 50-day (a distance from an average is value-mismatch)")
plant(B, "hs-cross", "date", DU, "held since September 21", "held since September 12", "September 12",
      "the golden cross dates from Sep 21, 2026")
plant(B, "hs-slope", "trend", V, "climbed about 1.8% over", "climbed about 3.8% over", "3.8%",
      "the 50-day rose 1.76% over 20 sessions")
plant(B, "hs-flat", "trend", P, "200-day has barely moved", "200-day has slid steadily", "slid steadily",
      "the 200-day rose 0.13% over 20 sessions: flat, not sliding")
plant(B, "hs-recwd", "date", WM, "Thursday, October 22, and", "Friday, October 22, and", "Friday",
      "Oct 22, 2026 was a Thursday")
plant(B, "hs-ath", "value", V, "ended Friday 0.97% below it", "ended Friday 1.97% below it", "1.97%",
      "SPY is 0.97% below its record close")
plant(B, "hs-sess", "history", V, "has spent 29 sessions", "has spent 39 sessions", "39",
      "the range holds 29 sessions")
plant(B, "hs-rsi", "indicator", IND, "55.0,\n  in neutral territory", "55.0,\n  deep in overbought territory",
      "overbought", "RSI 55.0 is not overbought")
plant(B, "hs-macd", "negation", IND, "has not yet crossed above its signal",
      "has already crossed above its signal",
      "crossed above", "MACD 0.82 is below its signal 1.59")
plant(B, "hs-tue", "history", V, "Tuesday closed at $679.84", "Tuesday closed at $677.84", "$677.84",
      "Tuesday Nov 17's close was $679.84")
plant(B, "hs-sup", "level", LW, "Support sits at $678.45", "Support sits at $689.45", "$689.45",
      "a support above the $688.00 close")
plant(B, "hs-touch", "level", V, "tested five times", "tested three times", "three",
      "the record level has 5 touches")
plant(B, "hs-stop", "setup", SG, "stop $690.03", "stop $699.03", "$699.03",
      "a long's stop above its entry $697.09")
plant(B, "hs-rr", "setup", SRR, "works out to two to one", "works out to four to one", "four to one",
      "(710.97-697.09)/(697.09-690.03) = 2.0")
plant(B, "hs-gold", "value", V, "0.48% to $4,050.95", "0.48% to $4,150.95", "$4,150.95",
      "gold is at 4,050.95")
plant(B, "hs-rocket", "magnitude", MG, "QQQ was the day's rocket, up 1.90%", "QQQ barely budged, up 1.90%",
      "barely budged", "QQQ's move is 1.90%, 1.6 ATR")
plant(B, "hs-gap", "derived", DER, "beating SPY by 0.80 points", "beating SPY by 1.20 points", "1.20",
      "1.90 - 1.10 = 0.80")
plant(B, "hs-dia", "subject", V, "DIA gained 0.60%", "DIA gained 0.30%", "0.30%",
      "DIA's 1-day move is 0.60%; 0.30% is IWM's", real=True)
plant(B, "hs-vix", "direction", D, "the VIX fell 9.30%", "the VIX rose 9.30%", "rose",
      "the VIX fell 9.30%")
plant(B, "hs-quote", "quotation", NU, "S&P 500 climbs 1.1%\" [1]", "S&P 500 climbs 1.4%\" [1]", "1.4%",
      "the cited headline says 1.1%")
plant(B, "hs-cite", "citation", CU, "roared back on Friday\" [2]", "roared back on Friday\" [3]", "[3]",
      "there is no source [3]")
plant(B, "hs-fedwd", "date", WM, "Wednesday, December 9", "Tuesday, December 9", "Tuesday",
      "Dec 9, 2026 is a Wednesday")
plant(B, "hs-fedn", "words", V, "thirteen\n  sessions away", "eighteen\n  sessions away", "eighteen",
      "the Fed decision is 13 sessions away")
plant(B, "hs-maxpain", "scale", SC, "expiry is\n  $690.00", "expiry is\n  $6,900.00", "$6,900.00",
      "an SPY price on the S&P 500's scale")

B = "review-QQQ-2026-11-20"
clean(B, "QQQ-2026-11-20", "product-review", "md",
      "a shopping site's customer review of the session with star ratings per feature, a verified-"
      "purchase badge, helpful-vote counts and a reply from the seller",
      """\
## ★★★★☆ "Great Friday, slightly noisy" (Reviewed in the United States on November 21, 2026)

**Verified Purchase** | Product: Invesco QQQ Trust, Friday session, size: one day

I bought this session at the open, $618.09, after a gap of 0.55% over Thursday's close, and I have to
  say it performed. QQQ finished at $626.40, up $11.68 or 1.90%, and the Nasdaq 100 itself gained
  1.89% to 25,753.96. The range ran from $614.90 to $631.45, so you do get some rattle in the box.
  Four stars, not five, because it gave back a chunk of the intraday high before the bell.

**Build quality: ★★★★★.** Volume was 86.8 million shares, about double the 20-day average of 44.3
  million. That is a real crowd, not a few lonely buyers. The move measured about 1.6 times the
  average true range of $8.05, which for this product is a strong day.

**Durability: ★★★★☆.** Over five sessions it is up 1.28%, over the month a modest 0.27%, and for the
  year 4.91%. The fund sits 2.02% above its 50-day average ($614.02) and 7.96% above the 200-day
  ($580.22); the golden cross is from July 27, 83 sessions ago. Both averages still point up: the
  50-day has risen about 1.5% in twenty sessions, the 200-day about a quarter of a percent.

**Battery (momentum): ★★★☆☆.** RSI is 56.4, neither overbought nor oversold. MACD is 1.96 and sits
  under its signal line at 2.46, so this is not a fully charged unit yet.

**Compared with the previous model.** The record close is $629.76 from Wednesday, November 11, and
  the fund ended just 0.53% short of it. The week before was a letdown: $625.98 on Thursday the
  12th, $618.47 on Friday the 13th, then $615.97 on Tuesday and $614.72 on Thursday. The fund has
  spent the last 29 sessions between $610.21 and $629.76.

**Compared with similar items.** SPY rose 1.10%, DIA 0.60% and IWM 0.30%, so QQQ beat IWM by 1.60
  points. The VIX dropped to 15.60.

**What the box says.** Tapewatch reported that the expiry "came and went without drama for the
  index ETFs" [1], and Harbor Street Wire had QQQ "0.5% below the record close of $629.76" [2].

**Setup instructions.** Resistance is $629.76, then $632.37, which was touched once. Support is
  $623.73 and the round $620. A long on a close above $630.00 with a stop at $621.95 aims for
  $649.31; that is about 2.4 to 1. Open interest clusters at the $640 call wall and the $610 put
  wall, with max pain at $630.00 and a put/call ratio of 1.32.

> 212 people found this helpful | Report

**Seller reply (Invesco fan account, 3 days ago):** Thanks for the four stars! Keep an eye on the
  Fed on Wednesday, December 9.

<<SOURCES>>
""", sources=("tw-opex20", "hs-megacap20"))
plant(B, "rv-open", "value", V, "at the open, $618.09", "at the open, $616.09", "$616.09",
      "QQQ opened at $618.09")
plant(B, "rv-gap", "value", V, "a gap of 0.55%", "a gap of 0.65%", "0.65%", "the gap was 0.55%")
plant(B, "rv-close", "value", V, "QQQ finished at $626.40, up", "QQQ finished at $628.40, up", "$628.40",
      "QQQ closed at $626.40")
plant(B, "rv-ndx", "subject", V, "gained\n  1.89% to 25,753.96", "gained\n  1.10% to 25,753.96", "1.10%",
      "the Nasdaq 100 rose 1.89%; 1.10% is SPY's move", real=True)
plant(B, "rv-low", "value", V, "from $614.90 to $631.45", "from $612.90 to $631.45", "$612.90",
      "the day's low was $614.90")
plant(B, "rv-double", "words", V, "about double the 20-day", "about triple the 20-day", "triple",
      "volume is 2.0 times its average")
plant(B, "rv-atr", "value", V, "about 1.6 times the\n  average true range",
      "about 2.6 times the\n  average true range",
      "2.6", "the move is 1.6 ATR")
plant(B, "rv-week", "timeframe", V, "Over five sessions it is up 1.28%", "Over five sessions it is up 4.91%",
      "4.91%", "the 5-day move is 1.28%; 4.91% is the YTD move", real=True)
plant(B, "rv-month", "direction", D, "over the month a modest 0.27%", "over the month a modest loss of 0.27%",
      "loss", "the 1-month move is +0.27%")
plant(B, "rv-d200", "derived", V, "7.96% above the 200-day", "9.96% above the 200-day", "9.96%",
      "the close is 7.96% above the 200-day")
plant(B, "rv-crossd", "date", DU, "the golden cross is from July 27", "the golden cross is from July 29",
      "July 29", "the cross dates from Jul 27, 2026")
plant(B, "rv-slope", "trend", P, "Both averages still point up", "Both averages now point down",
      "point down", "both averages rose over 20 sessions")
plant(B, "rv-rsi", "indicator", IND, "neither overbought nor oversold", "already overbought", "overbought",
      "RSI 56.4 is not overbought")
plant(B, "rv-macd", "negation", IND, "sits\n  under its signal line", "sits\n  over its signal line", "over",
      "MACD 1.96 is below its signal 2.46")
plant(B, "rv-recwd", "date", WM, "Wednesday, November 11", "Thursday, November 11", "Thursday",
      "Nov 11, 2026 was a Wednesday")
plant(B, "rv-ath", "value", V, "just 0.53% short of it", "just 0.83% short of it", "0.83%",
      "QQQ is 0.53% below its record close")
plant(B, "rv-thu12", "history", V, "$625.98 on Thursday the\n  12th", "$627.98 on Thursday the\n  12th",
      "$627.98",
      "Nov 12's close was $625.98")
plant(B, "rv-fri13", "history", V, "$618.47 on Friday the 13th", "$619.47 on Friday the 13th", "$619.47",
      "Nov 13's close was $618.47")
plant(B, "rv-tue", "history", V, "$615.97 on Tuesday", "$613.97 on Tuesday", "$613.97",
      "Nov 17's close was $615.97")
plant(B, "rv-sess", "history", V, "spent the last 29 sessions", "spent the last 19 sessions", "19",
      "the range holds 29 sessions")
plant(B, "rv-dia", "subject", V, "DIA 0.60% and IWM", "DIA 0.90% and IWM", "0.90%", "DIA rose 0.60%")
plant(B, "rv-beat", "derived", DER, "beat IWM by 1.60\n  points", "beat IWM by 1.20\n  points", "1.20",
      "1.90 - 0.30 = 1.60")
plant(B, "rv-vix", "direction", D, "The VIX dropped to 15.60", "The VIX jumped to 15.60", "jumped",
      "the VIX fell 9.30%")
plant(B, "rv-quote", "quotation", NU, "\"0.5% below the record close", "\"0.8% below the record close",
      "0.8%",
      "the source says 0.5%")
plant(B, "rv-cite", "citation", CS, "without drama for the\n  index ETFs\" [1]",
      "without drama for the\n  index ETFs\" [2]", "[2]",
      "the expiry sentence is from source [1]; source [2] does not print it")
plant(B, "rv-res", "level", LW, "Resistance is $629.76, then", "Resistance is $619.76, then", "$619.76",
      "a resistance below the close")
plant(B, "rv-touch", "level", V, "which was touched once", "which was touched four times", "four",
      "$632.37 has 1 touch")
plant(B, "rv-stop", "setup", SG, "a stop at $621.95", "a stop at $631.95", "$631.95",
      "a long's stop above its entry $630.00")
plant(B, "rv-rr", "setup", SRR, "about 2.4 to 1", "about 3.7 to 1", "3.7",
      "(649.31-630)/(630-621.95) = 2.4")
plant(B, "rv-fedwd", "date", WM, "Wednesday, December 9", "Friday, December 9", "Friday",
      "Dec 9, 2026 is a Wednesday")
plant(B, "rv-scale", "scale", SC, "max pain at $630.00", "max pain at 26,300", "26,300",
      "a QQQ price on the Nasdaq 100's scale")

B = "swahili-DIA-2026-11-20"
clean(B, "DIA-2026-11-20", "translation", "txt",
      "a Nairobi brokerage's Swahili client note on the Dow, translated into English by the desk with "
      "the translator's bracketed glosses and a few literal turns of phrase left in",
      """\
MUHTASARI WA SOKO / MARKET SUMMARY - Ijumaa (Friday), 20 November 2026
[Translated from Swahili by our Mombasa desk. Words in brackets are the translator's.]

Good evening, dear clients. The fund of the blue chips, DIA, climbed well on Friday. It closed at
  $471.60, an increase of $2.81, that is 0.60%, from $468.79 on Thursday. The Dow Jones index itself
  ended at 47,220.31, up 0.58%. The day opened at $468.96, went down as far as $467.35 and up to
  $471.86, so the fund closed almost at the roof of the day. Three days in a row now it has closed
  higher, together about 1.00%.

Many hands traded: 5.5 million shares, more than one and a half times the usual 3.4 million of the
  last twenty days. For the week the fund is up 1.10%. For the month it is down a little, 0.17%,
  and since January it is down 0.72%, so the year is not yet a happy one.

The averages [wastani]. The 50-day average is $467.61 and the fund is 0.85% above it; the 200-day is
  $454.80, 3.69% below the price. The golden cross happened on Friday, October 2, thirty-five
  sessions ago. But the two averages do not walk together: the 50-day rose 0.75% in twenty
  sessions, while the 200-day slipped about 0.3%.

The strength meters. RSI stands at 55.5, in the middle, not hot and not cold. MACD, 0.34, is still
  below its signal line of 0.47; it has not turned up yet.

Looking back [kumbukumbu]. The highest close of the past year, $493.91, was on Monday, January 12,
  and the fund is 4.52% below that mountain. The lowest, $423.43, came on Thursday, April 30. Closes
  of this week: Monday $467.85, Tuesday $466.92, Wednesday $468.32, Thursday $468.79. For 43
  sessions the fund has stayed between $464.29 and $474.50, a narrow room of 2.20%.

Levels [viwango]. Above us, resistance at $474.50 and then $476.13, which was tested three times.
  Below us, support at $470, then the 50-day average at $467.61, touched four times, and the floor
  at $464.29. For the options, max pain is $473.00, the put wall $465 and the call wall $480.

The neighbours. SPY rose 1.10% and QQQ 1.90%, so DIA was behind QQQ by 1.30 points; IWM, up only
  0.30%, was behind DIA. The fear index VIX went down 9.30% to 15.60.

From the newspapers. Tapewatch wrote on Wednesday that the Dow "gained 0.3% on Wednesday to
  46,891.82" [1]. On Friday Ledger Markets Daily reported that "The Dow Jones Industrial Average
  rose 0.6% to 47,220.31" [2]. The central bank decides on 9 December, which is a Wednesday, and
  prices [CPI] come out on 10 December.

Asante sana (thank you very much). Our office in Moi Avenue opens at 8:30 on Monday.

<<SOURCES>>
""", sources=("tw-dow18", "ld-rebound20"), source_format="plain")
plant(B, "sw-close", "value", V, "It closed at\n  $471.60", "It closed at\n  $474.60", "$474.60",
      "DIA closed at $471.60")
plant(B, "sw-dollar", "value", V, "an increase of $2.81", "an increase of $3.81", "$3.81",
      "the 1-day change is $2.81")
plant(B, "sw-prev", "history", V, "from $468.79 on Thursday", "from $469.79 on Thursday", "$469.79",
      "Thursday's close was $468.79")
plant(B, "sw-dji", "subject", V, "47,220.31, up 0.58%", "47,220.31, up 0.85%", "0.85%",
      "the Dow rose 0.58%; 0.85% is DIA's distance from its 50-day", real=True)
plant(B, "sw-roof", "direction", D, "closed almost at the roof of the day",
      "closed almost at the floor of the day",
      "floor of the day", "the close $471.60 is beside the day's high $471.86")
plant(B, "sw-streak", "words", V, "Three days in a row", "Five days in a row", "Five",
      "the close streak is 3 sessions")
plant(B, "sw-vol", "value", V, "5.5 million shares", "6.5 million shares", "6.5 million",
      "volume was 5.5M")
plant(B, "sw-week", "timeframe", V, "For the week the fund is up 1.10%", "For the week the fund is up 0.60%",
      "0.60%", "the 5-day move is 1.10%; 0.60% is the 1-day move", real=True)
plant(B, "sw-ytd", "direction", D, "since January it is down 0.72%", "since January it is up 0.72%", "up",
      "the YTD move is -0.72%")
plant(B, "sw-d50", "derived", V, "the fund is 0.85% above it", "the fund is 1.85% above it", "1.85%",
      "the close is 0.85% above the 50-day")
plant(B, "sw-below", "pattern", P, "3.69% below the price", "3.69% above the price", "above the price",
      "the 200-day is below the price")
plant(B, "sw-crosswd", "date", WM, "on Friday, October 2", "on Thursday, October 2", "Thursday",
      "Oct 2, 2026 was a Friday")
plant(B, "sw-crossn", "words", V, "thirty-five\n  sessions ago", "forty-five\n  sessions ago", "forty-five",
      "the cross is 35 sessions old")
plant(B, "sw-slope", "trend", V, "the 50-day rose 0.75% in twenty", "the 50-day rose 1.95% in twenty",
      "1.95%", "the 50-day rose 0.75% over 20 sessions")
plant(B, "sw-rsi", "indicator", IND, "55.5, in the middle", "55.5, in the oversold zone", "oversold",
      "RSI 55.5 is not oversold")
plant(B, "sw-macd", "negation", IND, "it has not turned up yet", "it has already turned up", "turned up",
      "MACD 0.34 is below its signal 0.47")
plant(B, "sw-hi", "value", V, "$493.91, was on Monday", "$496.91, was on Monday", "$496.91",
      "the 52-week high close is $493.91")
plant(B, "sw-hiwd", "date", DU, "Monday, January 12", "Monday, January 19", "January 19",
      "the 52-week high was on Jan 12, 2026")
plant(B, "sw-lowwd", "date", WM, "on Thursday, April 30", "on Wednesday, April 30", "Wednesday",
      "Apr 30, 2026 was a Thursday")
plant(B, "sw-tue", "history", V, "Tuesday $466.92", "Tuesday $465.92", "$465.92",
      "Tuesday Nov 17's close was $466.92")
plant(B, "sw-wed", "history", V, "Wednesday $468.32", "Wednesday $469.32", "$469.32",
      "Wednesday Nov 18's close was $468.32")
plant(B, "sw-sess", "history", V, "For 43\n  sessions", "For 33\n  sessions", "33",
      "the range holds 43 sessions")
plant(B, "sw-width", "derived", DER, "a narrow room of 2.20%", "a narrow room of 3.60%", "3.60%",
      "(474.50-464.29)/464.29 = 2.20%")
plant(B, "sw-res", "level", LW, "resistance at $474.50 and", "resistance at $469.50 and", "$469.50",
      "a resistance below the close")
plant(B, "sw-touch", "level", V, "touched four times", "touched two times", "two",
      "the 50-day level has 4 touches")
plant(B, "sw-gap", "derived", DER, "behind QQQ by 1.30 points", "behind QQQ by 1.70 points", "1.70",
      "1.90 - 0.60 = 1.30")
plant(B, "sw-vix", "value", V, "9.30% to 15.60", "9.30% to 17.60", "17.60", "the VIX closed at 15.60")
plant(B, "sw-quote", "quotation", NU, "rose 0.6% to 47,220.31\" [2]", "rose 0.6% to 47,920.31\" [2]",
      "47,920.31", "the source prints 47,220.31")
plant(B, "sw-cite", "citation", CU, "46,891.82\" [1]", "46,891.82\" [4]", "[4]", "there is no source [4]")
plant(B, "sw-fedwd", "date", WM, "which is a Wednesday", "which is a Thursday", "Thursday",
      "Dec 9, 2026 is a Wednesday")
plant(B, "sw-scale", "scale", SC, "the put wall $465", "the put wall 46,500", "46,500",
      "a DIA price on the Dow's scale")

B = "firereport-IWM-2026-11-20"
clean(B, "IWM-2026-11-20", "incident-report", "txt",
      "a volunteer fire station's incident-report form reused as a joke market report on small caps, "
      "with incident numbers, unit call signs, clock times and a narrative box",
      """\
HARBOR TOWNSHIP VOLUNTEER FIRE CO. - STATION 14
INCIDENT REPORT No. 2026-1120-07        Form NFIRS-ish, page 1 of 1
Date of incident: Friday, November 20, 2026    Dispatched 09:30    Cleared 16:00
Units responding: Engine 3, Ladder 2, Chief 14 (Capt. R. Okafor, 22 years of service)
Incident type: Reported smoke at the small-cap building (IWM). No fire found.

NARRATIVE. Crews arrived to find IWM smouldering but intact. The fund opened at $244.20, never rose
  above $244.45, never fell below $243.65, and closed at $244.30, up $0.73 or 0.30% on Thursday's
  $243.57. A tiny day: the move was about a quarter of the fund's average true range of $2.83. The
  Russell 2000 added 0.30% to 2,456.17. Occupants reported heavier foot traffic than usual, 39.6
  million shares against a 20-day average of 30.0 million, roughly a third more.

EXPOSURES. Neighbouring structures burned brighter: SPY gained 1.10%, QQQ 1.90% and DIA 0.60%. IWM
  trailed SPY by 0.80 points, and this is the sixth session in a row it has lagged SPY. QQQ beat it
  by 1.60 points.

FIRE HISTORY OF THE PREMISES. Over five sessions the fund is down 1.10% and over a month down
  1.65%; for the year it is up a thin 0.42%. Closes this week: Monday $247.26, Tuesday $245.28,
  Wednesday $244.79, Thursday $243.57, three straight declines before Friday's small gain. Last week
  it closed at $249.26 on Thursday, November 12, the top of the current range, and at $247.01 the
  next day. The fund has spent 25 sessions between $241.00 and $249.26, a box 3.43% tall.

STRUCTURAL CONDITION. IWM sits 0.60% below its 50-day average of $245.77 and 5.86% above its
  200-day at $230.77. The golden cross dates from Monday, August 10, 73 sessions back. Both
  averages are flat: the 50-day moved less than a tenth of a percent in twenty sessions, and so did
  the 200-day. RSI is 48.2, just under the midline, not oversold. MACD at 0.31 is below its signal
  at 0.51.

HAZARDS ABOVE AND BELOW. Resistance $249.26 (tested three times), then $252.53. Support $242.80,
  then $241.00 and $240.02. Max pain $245.00; call wall $250, put wall $240; put/call 1.12. The
  record close, $257.77, is from Friday, November 28, 2025, and the fund is 5.23% below it; the
  52-week low close is $204.10 from April 9.

WITNESS STATEMENTS. Ledger Markets Daily said IWM "finished Friday at $244.30, still boxed between
  roughly $240 and $250" [1]. Macro Brief said the 10-year yield "fell 7 basis points to 4.06%" [2].

DISPOSITION. No injuries. Engine 3 back in quarters 16:12. Next inspection: the Fed on Wednesday,
  December 9. Report filed by FF J. Lindqvist, badge 0417.

<<SOURCES>>
""", sources=("ld-smallcaps20", "mb-yields20"), source_format="paren")
plant(B, "fr-open", "value", V, "The fund opened at $244.20", "The fund opened at $243.20", "$243.20",
      "IWM opened at $244.20")
plant(B, "fr-high", "value", V, "never rose\n  above $244.45", "never rose\n  above $245.45", "$245.45",
      "the day's high was $244.45")
plant(B, "fr-close", "value", V, "closed at $244.30, up $0.73", "closed at $244.90, up $0.73", "$244.90",
      "IWM closed at $244.30")
plant(B, "fr-fifth", "words", V, "about a quarter of the fund's", "about twice the fund's", "twice",
      "the move is 0.26 ATR ($0.73 of $2.83), printed 0.2")
plant(B, "fr-tiny", "magnitude", MG, "A tiny day", "A violent day", "violent",
      "a 0.30% move of 0.2 ATR")
plant(B, "fr-rut", "subject", V, "Russell 2000 added 0.30% to 2,456.17",
      "Russell 2000 added 0.60% to 2,456.17",
      "0.60%", "the Russell 2000 rose 0.30%; 0.60% is DIA's move", real=True)
plant(B, "fr-third", "words", V, "roughly a third more", "roughly twice as many", "twice",
      "volume is 1.3 times the average")
plant(B, "fr-trail", "derived", DER, "trailed SPY by 0.80 points", "trailed SPY by 0.40 points", "0.40",
      "1.10 - 0.30 = 0.80")
plant(B, "fr-sixth", "history", V, "sixth session in a row", "fourth session in a row", "fourth",
      "IWM has trailed SPY 6 sessions in a row")
plant(B, "fr-5d", "timeframe", V, "the fund is down 1.10% and", "the fund is down 1.65% and", "1.65%",
      "the 5-day move is -1.10%; -1.65% is the 1-month move", real=True)
plant(B, "fr-ytd", "direction", D, "for the year it is up a thin 0.42%",
      "for the year it is down a thin 0.42%",
      "down", "the YTD move is +0.42%")
plant(B, "fr-mon", "history", V, "Monday $247.26", "Monday $246.26", "$246.26",
      "Monday Nov 16's close was $247.26")
plant(B, "fr-wed", "history", V, "Wednesday $244.79", "Wednesday $245.79", "$245.79",
      "Wednesday Nov 18's close was $244.79")
plant(B, "fr-four", "history", V, "three straight declines", "six straight declines", "six",
      "the closes fell three sessions in a row before Friday")
plant(B, "fr-nov12wd", "date", WM, "on Thursday, November 12", "on Wednesday, November 12", "Wednesday",
      "Nov 12, 2026 was a Thursday")
plant(B, "fr-sess", "history", V, "has spent 25 sessions", "has spent 35 sessions", "35",
      "the range holds 25 sessions")
plant(B, "fr-box", "derived", DER, "a box 3.43% tall", "a box 4.43% tall", "4.43%",
      "(249.26-241.00)/241.00 = 3.43%")
plant(B, "fr-d50", "derived", V, "sits 0.60% below its 50-day", "sits 0.90% below its 50-day", "0.90%",
      "the close is 0.60% below the 50-day")
plant(B, "fr-d50side", "pattern", P, "0.60% below its 50-day average", "0.60% above its 50-day average",
      "above its 50-day", "IWM is below its 50-day")
plant(B, "fr-crossd", "date", DU, "Monday, August 10", "Monday, August 17", "August 17",
      "the cross is from Aug 10, 2026")
plant(B, "fr-flat", "trend", P, "Both\n  averages are flat", "Both\n  averages are climbing steeply",
      "climbing steeply", "both averages moved under 0.1% in 20 sessions")
plant(B, "fr-rsi", "indicator", IND, "just under the midline, not oversold", "deep in oversold territory",
      "oversold", "RSI 48.2 is not oversold")
plant(B, "fr-macd", "indicator", IND, "MACD at 0.31 is below its signal", "MACD at 0.31 is above its signal",
      "above its signal", "MACD 0.31 is below its signal 0.51")
plant(B, "fr-res", "level", LW, "Resistance $249.26 (tested", "Resistance $239.26 (tested", "$239.26",
      "a resistance below the close")
plant(B, "fr-sup", "level", LW, "Support $242.80,", "Support $246.80,", "$246.80",
      "a support above the close")
plant(B, "fr-recd", "date", DU, "Friday, November 28, 2025", "Friday, November 21, 2025", "November 21, 2025",
      "the record close is from Nov 28, 2025")
plant(B, "fr-ath", "value", V, "the fund is 5.23% below it", "the fund is 4.23% below it", "4.23%",
      "IWM is 5.23% below its record close")
plant(B, "fr-low", "value", V, "52-week low close is $204.10", "52-week low close is $209.10", "$209.10",
      "the 52-week low close is $204.10")
plant(B, "fr-quote", "quotation", NU, "still boxed between\n  roughly $240 and $250\"",
      "still boxed between\n  roughly $230 and $250\"", "$230", "the source says $240")
plant(B, "fr-yield", "quotation", NU, "\"fell 7 basis points to 4.06%\"", "\"fell 7 basis points to 4.16%\"",
      "4.16%", "the source says 4.06%")
plant(B, "fr-cite", "citation", CU, "to 4.06%\" [2]", "to 4.06%\" [3]", "[3]", "there is no source [3]")
plant(B, "fr-fedwd", "date", WM, "on Wednesday,\n  December 9", "on Tuesday,\n  December 9", "Tuesday",
      "Dec 9, 2026 is a Wednesday")

B = "racecall-GSPC-2026-11-20"
clean(B, "idx_GSPC-2026-11-20", "race-call", "txt",
      "a racetrack announcer's call of the session as a horse race, with post positions, furlongs, "
      "odds and the official result board",
      """\
RACE 7 - THE FRIDAY CLOSING STAKES, one mile and a furlong, purse $250,000
Post time 9:30. Track: fast. Weather: clear, 54 degrees.

AND THEY'RE OFF! Breaking from the gate it's the S&P 500 at 6,833.00, a nose over Thursday's
  6,826.06, then a stumble on the first turn all the way down to 6,815.01! But the favourite
  gathers itself, and down the backstretch it's running strong, past Monday's mark of 6,855.03,
  past 6,900, reaching 6,920.40 at the far turn! Into the stretch it settles and hits the wire at
  6,901.69, up 75.63 points, a gain of 1.11%! What a run, roughly 1.1 average true ranges of
  70.89 points.

But the winner by daylight is the Nasdaq 100, up 1.89%, and the S&P 500 finishes 0.78 points
  behind it. The Dow, carrying heavy weight, comes home up 0.58%, and the Russell 2000 trails the
  field, up just 0.30%, a full 0.80 points behind the S&P. The VIX pulled up lame, down 9.30% to
  15.60.

FORM GUIDE. Last six starts: Wednesday the 11th, 6,889.76; Thursday, 6,869.68; Friday the 13th,
  6,826.92; Monday, 6,855.03; Tuesday, 6,821.04; Wednesday, 6,841.38. Over the week the horse gained
  1.10%; over the month it lost 0.95%; for the year it is up 3.33%.

PEDIGREE. The horse runs 1.13% above its 50-day average of 6,824.87 and 6.50% above the 200-day of
  6,480.69. The golden cross came on Monday, September 21, forty-four sessions ago, and the 50-day
  has climbed about 1.8% in the last twenty sessions. The 200-day has hardly budged.

FITNESS. RSI 54.9, comfortably in the middle. MACD 8.49 is below the signal at 16.37; the horse has
  not found its top gear.

TRACK RECORD. The record close is 6,968.14 from Thursday, October 22, and today's finish is 0.95%
  off it. The 52-week low close, 5,938.73, came on April 28, and the index is 16.21% above it. For
  29 sessions it has been boxed between 6,805.34 and 6,968.14, a lane only 2.39% wide.

THE RAIL. Resistance at 6,949.67, then the record at 6,968.14 (three tests) and the round 7,000.
  Support at 6,805.34, then 6,724.30.

STEWARDS' NOTES. Ledger Markets Daily: "the S&P 500 climbed 1.1% to 6,901.69" [1]. Harbor Street
  Wire on Thursday: "the S&P 500 declined 0.2% to 6,826.06" [2]. The next race is the Fed's on
  Wednesday, December 9, thirteen sessions out.

OFFICIAL RESULT: 1st Nasdaq 100 (2-1), 2nd S&P 500 (5-2), 3rd Dow (4-1), 4th Russell 2000 (12-1).

<<SOURCES>>
""", sources=("ld-rebound20", "hs-edge19"))
plant(B, "rc-open", "value", V, "S&P 500 at 6,833.00", "S&P 500 at 6,843.00", "6,843.00",
      "the index opened at 6,833.00")
plant(B, "rc-prev", "history", V, "over Thursday's\n  6,826.06", "over Thursday's\n  6,829.06", "6,829.06",
      "Thursday's close was 6,826.06")
plant(B, "rc-low", "value", V, "down to 6,815.01", "down to 6,795.01", "6,795.01",
      "the day's low was 6,815.01")
plant(B, "rc-high", "value", V, "reaching 6,920.40", "reaching 6,940.40", "6,940.40",
      "the day's high was 6,920.40")
plant(B, "rc-close", "value", V, "hits the wire at\n  6,901.69", "hits the wire at\n  6,911.69", "6,911.69",
      "the index closed at 6,901.69")
plant(B, "rc-chg", "value", V, "up 75.63 points", "up 57.63 points", "57.63", "the 1-day change is 75.63")
plant(B, "rc-atr", "value", V, "roughly 1.1 average true ranges", "roughly 2.7 average true ranges", "2.7",
      "the move is 1.1 ATR")
plant(B, "rc-ndx", "subject", V, "Nasdaq 100, up 1.89%", "Nasdaq 100, up 1.11%", "1.11%",
      "the Nasdaq 100 rose 1.89%; 1.11% is the S&P 500's move", real=True)
plant(B, "rc-gap", "derived", DER, "finishes 0.78 points\n  behind", "finishes 0.37 points\n  behind", "0.37",
      "1.89 - 1.11 = 0.78")
plant(B, "rc-dow", "subject", V, "comes home up 0.58%", "comes home up 0.30%", "0.30%",
      "the Dow rose 0.58%; 0.30% is the Russell's", real=True)
plant(B, "rc-rutgap", "derived", DER, "a full 0.80 points behind", "a full 1.15 points behind", "1.15",
      "1.11 - 0.30 = 0.81, printed 0.80")
plant(B, "rc-vix", "direction", D, "down 9.30% to\n  15.60", "up 9.30% to\n  15.60", "up 9.30%",
      "the VIX fell 9.30%")
plant(B, "rc-wed11", "history", V, "Wednesday the 11th, 6,889.76", "Wednesday the 11th, 6,898.76", "6,898.76",
      "Nov 11's close was 6,889.76")
plant(B, "rc-fri13", "history", V, "Friday the 13th,\n  6,826.92", "Friday the 13th,\n  6,862.92", "6,862.92",
      "Nov 13's close was 6,826.92")
plant(B, "rc-tue", "history", V, "Tuesday, 6,821.04", "Tuesday, 6,812.04", "6,812.04",
      "Nov 17's close was 6,821.04")
plant(B, "rc-month", "direction", D, "over the month it lost 0.95%", "over the month it gained 0.95%",
      "gained",
      "the 1-month move is -0.95%")
plant(B, "rc-ytd", "timeframe", V, "for the year it is up 3.33%", "for the year it is up 1.13%", "1.13%",
      "the YTD move is 3.33%; 1.13% is the distance from the 50-day", real=True)
plant(B, "rc-d200", "derived", V, "6.50% above the 200-day", "5.50% above the 200-day", "5.50%",
      "the index is 6.50% above its 200-day")
plant(B, "rc-crosswd", "date", WM, "on Monday, September 21", "on Tuesday, September 21", "Tuesday",
      "Sep 21, 2026 was a Monday")
plant(B, "rc-crossn", "words", V, "forty-four sessions ago", "fifty-four sessions ago", "fifty-four",
      "the cross is 44 sessions old")
plant(B, "rc-slope", "trend", V, "climbed about 1.8% in the last", "climbed about 0.8% in the last", "0.8%",
      "the 50-day rose 1.77% over 20 sessions")
plant(B, "rc-rsi", "indicator", IND, "RSI 54.9, comfortably in the middle", "RSI 54.9, firmly overbought",
      "overbought", "RSI 54.9 is not overbought")
plant(B, "rc-macd", "negation", IND, "the horse has\n  not found its top gear",
      "MACD has\n  already crossed above it", "crossed above", "MACD 8.49 is below its signal 16.37")
plant(B, "rc-recwd", "date", WM, "from Thursday, October 22", "from Wednesday, October 22", "Wednesday",
      "Oct 22, 2026 was a Thursday")
plant(B, "rc-ath", "value", V, "today's finish is 0.95%\n  off it", "today's finish is 1.95%\n  off it",
      "1.95%",
      "the index is 0.95% below its record close")
plant(B, "rc-lowd", "date", DU, "came on April 28", "came on April 18", "April 18",
      "the 52-week low close was on Apr 28, 2026")
plant(B, "rc-sess", "history", V, "For\n  29 sessions", "For\n  39 sessions", "39",
      "the range holds 29 sessions")
plant(B, "rc-width", "derived", DER, "a lane only 2.39% wide", "a lane only 3.39% wide", "3.39%",
      "(6,968.14-6,805.34)/6,805.34 = 2.39%")
plant(B, "rc-res", "level", LW, "Resistance at 6,949.67", "Resistance at 6,849.67", "6,849.67",
      "a resistance below the close")
plant(B, "rc-tests", "level", V, "(three tests)", "(five tests)", "five", "the record level has 3 touches")
plant(B, "rc-quote", "quotation", NU, "declined 0.2% to 6,826.06\" [2]", "declined 0.4% to 6,826.06\" [2]",
      "0.4%", "the source says 0.2%")
plant(B, "rc-cite", "citation", CS, "climbed 1.1% to 6,901.69\" [1]", "climbed 1.1% to 6,901.69\" [2]", "[2]",
      "the quote is from source [1], not the Thursday story [2]")
plant(B, "rc-scale", "scale", SC, "Support at 6,805.34, then", "Support at $680.53, then", "$680.53",
      "an S&P 500 level in dollars, on SPY's scale")
plant(B, "rc-stumble", "magnitude", MG, "What a run, roughly", "A timid shuffle, roughly", "timid",
      "a 1.11% move of 1.1 ATR")

B = "yoga-SPY-2026-11-17"
clean(B, "SPY-2026-11-17", "class-script", "md",
      "a yoga teacher's script for a lunchtime 'market flow' class, with breath counts, pose names and "
      "minutes on the clock, read aloud over a Tuesday's soft close",
      """\
# Tuesday Lunchtime Flow: "Breathing Through a Red Day" (45 minutes, studio B)

*Teacher's script, November 17, 2026. Mats down by 12:15, please. Bring two blocks.*

**Minute 0, arrival.** Find your seat. Close your eyes. Today SPY slipped $3.41, or 0.50%, to close
  at $679.84, after Monday's $683.25. Breathe in for four counts. Breathe out for six. A half-percent
  dip is not an emergency; it is about half of an average true range of $7.16. Let it go.

**Minute 5, cat-cow.** The fund opened at $682.51, rose to $683.69, then sank to $676.68 before it
  recovered some ground. Arch the back with the high, round it with the low. The S&P 500 itself lost
  0.50% to 6,821.04, so the fund and its index moved together, like a good partner pose.

**Minute 12, warrior two.** Stand strong on the 50-day average: $679.19. We are only 0.09% above it,
  a small margin, but above. The 200-day sits far below at $645.83, 5.27% under the price, and the
  golden cross from September 21 is still holding after 41 sessions. Feel how the 50-day keeps
  rising under you: up about 2.2% in the last twenty sessions.

**Minute 20, tree pose.** Balance. RSI is 46.8, a little below the middle, nowhere near oversold.
  MACD at 1.09 is still below its signal line at 2.42, so wobbling is allowed.

**Minute 28, forward fold.** Look back, gently. The record close of $694.71 is from October 22, and we
  are 2.14% under it. Last Friday closed at $680.53, last Thursday at $684.64, and the Friday before
  that, November 6, at $693.42. Over five sessions the fund has lost 0.80%, over the month 1.06%, but
  for the year it is still up 2.05%.

**Minute 35, pigeon.** Hips open to the neighbours. QQQ fell 0.90%, IWM 0.80%, and DIA only 0.20%, so
  SPY held up better than QQQ by 0.40 points. The VIX rose 6.02% to 17.60. Volume was 73.0 million,
  only a little above the usual 66.3 million.

**Minute 40, savasana.** Let the levels rest on the floor. Support is $673.92, the bottom of a
  40-session range that tops out at $694.71. A dip to $673.92 that holds is a long, with a stop at
  $668.55 and a target of $691.80, a reward-to-risk of 3.3. Harbor Street Wire said "the S&P 500
  lost 0.5% to 6,821.04" [1], and a Tidewater analyst told them "The trend is intact as long as the
  S&P 500 holds its 50-day line" [1].

Namaste. Next class Thursday at 12:15; the Fed meets on Wednesday, December 9.

<<SOURCES>>
""", sources=("hs-slides17",))
plant(B, "yg-chg", "value", V, "SPY slipped $3.41, or 0.50%", "SPY slipped $4.31, or 0.50%", "$4.31",
      "the 1-day change is -$3.41")
plant(B, "yg-close", "value", V, "to close\n  at $679.84", "to close\n  at $677.84", "$677.84",
      "SPY closed at $679.84")
plant(B, "yg-mon", "history", V, "after Monday's $683.25", "after Monday's $682.25", "$682.25",
      "Monday's close was $683.25")
plant(B, "yg-half", "words", V, "it is about half of an average", "it is about three times an average",
      "three times", "the move is 0.5 ATR")
plant(B, "yg-low", "value", V, "sank to $676.68", "sank to $674.68", "$674.68", "the day's low was $676.68")
plant(B, "yg-d50", "derived", V, "only 0.09% above it", "only 0.39% above it", "0.39%",
      "the close is 0.09% above the 50-day")
plant(B, "yg-d200", "pattern", P, "5.27% under the price", "5.27% over the price", "over the price",
      "the 200-day is below the price")
plant(B, "yg-crossn", "history", V, "holding after 41 sessions", "holding after 14 sessions", "14",
      "the cross is 41 sessions old")
plant(B, "yg-slope", "trend", P, "the 50-day keeps\n  rising under you",
      "the 50-day keeps\n  sinking under you",
      "sinking", "the 50-day rose 2.16% over 20 sessions")
plant(B, "yg-rsi", "indicator", IND, "nowhere near oversold", "deeply oversold", "oversold",
      "RSI 46.8 is not oversold")
plant(B, "yg-macd", "negation", IND, "is still below its signal line at 2.42",
      "is now above its signal line at 2.42",
      "above its signal", "MACD 1.09 is below its signal 2.42")
plant(B, "yg-recd", "date", DU, "is from October 22", "is from October 28", "October 28",
      "the record close was on Oct 22, 2026")
plant(B, "yg-ath", "value", V, "we\n  are 2.14% under it", "we\n  are 1.14% under it", "1.14%",
      "SPY is 2.14% below its record close")
plant(B, "yg-fri", "history", V, "Last Friday closed at $680.53", "Last Friday closed at $681.53", "$681.53",
      "Nov 13's close was $680.53")
plant(B, "yg-nov6", "history", V, "November 6, at $693.42", "November 6, at $691.42", "$691.42",
      "Nov 6's close was $693.42")
plant(B, "yg-5d", "timeframe", V, "the fund has lost 0.80%", "the fund has lost 1.06%", "1.06%",
      "the 5-day move is -0.80%; -1.06% is the 1-month move", real=True)
plant(B, "yg-ytd", "direction", D, "for the year it is still up 2.05%", "for the year it is now down 2.05%",
      "down", "the YTD move is +2.05%")
plant(B, "yg-dia", "subject", V, "DIA only 0.20%", "DIA only 0.50%", "0.50%",
      "DIA fell 0.20%; 0.50% is SPY's move", real=True)
plant(B, "yg-gap", "derived", DER, "better than QQQ by 0.40 points", "better than QQQ by 0.75 points", "0.75",
      "-0.50 - (-0.90) = 0.40")
plant(B, "yg-vix", "direction", D, "The VIX rose 6.02%", "The VIX fell 6.02%", "fell", "the VIX rose 6.02%")
plant(B, "yg-sup", "level", LW, "Support is $673.92, the bottom", "Support is $683.92, the bottom", "$683.92",
      "a support above the close")
plant(B, "yg-stop", "setup", SG, "with a stop at\n  $668.55", "with a stop at\n  $678.55", "$678.55",
      "a long's stop above its entry $673.92")
plant(B, "yg-rr", "setup", SRR, "a reward-to-risk of 3.3", "a reward-to-risk of 1.3", "1.3",
      "(691.80-673.92)/(673.92-668.55) = 3.3")
plant(B, "yg-quote", "quotation", NU, "\"the S&P 500\n  lost 0.5% to 6,821.04\"",
      "\"the S&P 500\n  lost 0.4% to 6,821.04\"", "0.4%", "the source says 0.5%")
plant(B, "yg-fedwd", "date", WM, "on Wednesday, December 9", "on Monday, December 9", "Monday",
      "Dec 9, 2026 is a Wednesday")

B = "closing-QQQ-2026-11-17"
clean(B, "QQQ-2026-11-17", "closing-argument", "txt",
      "a mock-trial club's closing argument for the defence of the Nasdaq 100 fund after a down day, "
      "with exhibit letters, a case number, a statute year and a count of jurors",
      """\
IN THE MOCK COURT OF MARKET OPINION, Case No. 2026-MC-0117
People of the Trading Floor v. Invesco QQQ Trust
CLOSING ARGUMENT FOR THE DEFENCE, delivered Tuesday, November 17, 2026, at 4:40 p.m.

Members of the jury, all twelve of you: the prosecution wants you to believe that my client
  collapsed today. Look at Exhibit A. QQQ opened at $620.75, traded as high as $624.18, and closed at
  $615.97, down $5.59, or 0.90%, from Monday's $621.56. A loss, yes. A collapse? The move was less
  than one average true range of $7.99. That is a stumble, not a fall.

Exhibit B is the index. The Nasdaq 100 lost 0.90% to 25,326.20, so my client did exactly what it is
  built to do. SPY lost 0.50% and IWM 0.80%; my client trailed SPY by 0.40 points. The VIX rose 6.02%
  to 17.60. That is nervousness, ladies and gentlemen, not panic.

Exhibit C, the character witnesses. My client sits 0.53% above its 50-day average of $612.70 and
  6.24% above its 200-day at $579.82. The golden cross was signed on July 27, 80 sessions ago, and it
  has never been revoked. The 50-day average has risen about 1.8% over twenty sessions. The RSI is
  48.4: not overbought, not oversold, just a witness telling the truth. MACD, 2.43, is below its
  signal at 3.05, and the defence does not dispute that.

Exhibit D, the record. My client set its record close of $629.76 on Wednesday, November 11, less
  than a week ago, and today stands 2.19% below it. The week's closes are in evidence: $627.25 on
  Tuesday the 10th, $625.98 on Thursday the 12th, $618.47 on Friday the 13th. Over five sessions
  the loss is 1.80%; over the month, 0.72%. For the year, my client is up 3.16%. Is that the record of
  a defendant in decline?

Exhibit E, the floor. For 40 sessions my client has traded between $606.02 and $629.76, a range
  3.92% wide. Support stands at $612.70, the 50-day, then $609.62, tested twice, then $606.02.
  Resistance is $620 and then $623.73.

Exhibit F, the press. Tapewatch reported that QQQ "ended at $615.97, 2.2% short of the record close"
  and that "Traders described the pullback as orderly" [1]. Harbor Street Wire wrote that "the Nasdaq
  100 lost 0.9%" [2]. Under the Rules of Evidence of 1975, a newspaper is hearsay; under common sense,
  it is enough.

The defence rests. Volume was 61.1 million shares, about one and a half times the 42.0 million
  average, because people came to watch, not because anyone ran for the exits.

<<SOURCES>>
""", sources=("tw-nasdaq17", "hs-slides17"), source_format="plain")
plant(B, "cl-open", "value", V, "QQQ opened at $620.75", "QQQ opened at $622.75", "$622.75",
      "QQQ opened at $620.75")
plant(B, "cl-close", "value", V, "closed at\n  $615.97, down", "closed at\n  $613.97, down", "$613.97",
      "QQQ closed at $615.97")
plant(B, "cl-prev", "history", V, "from Monday's $621.56", "from Monday's $622.56", "$622.56",
      "Monday's close was $621.56")
plant(B, "cl-atr", "words", V, "less\n  than one average true range", "more\n  than two average true ranges",
      "two", "the move is 0.7 ATR")
plant(B, "cl-stumble", "magnitude", MG, "That is a stumble, not a fall.", "That is a crash, a real rout.",
      "a real rout", "a 0.90% fall of 0.7 ATR")
plant(B, "cl-ndx", "value", V, "0.90% to 25,326.20", "0.90% to 25,362.20", "25,362.20",
      "the Nasdaq 100 closed at 25,326.20")
plant(B, "cl-iwm", "subject", V, "SPY lost 0.50% and IWM 0.80%", "SPY lost 0.50% and IWM 0.20%", "0.20%",
      "IWM fell 0.80%; 0.20% is DIA's move", real=True)
plant(B, "cl-gap", "derived", DER, "trailed SPY by 0.40 points", "trailed SPY by 0.15 points", "0.15",
      "-0.90 - (-0.50) = -0.40")
plant(B, "cl-vix", "direction", D, "The VIX rose 6.02%", "The VIX eased 6.02%", "eased", "the VIX rose 6.02%")
plant(B, "cl-d50", "derived", V, "sits 0.53% above its 50-day", "sits 1.53% above its 50-day", "1.53%",
      "the close is 0.53% above the 50-day")
plant(B, "cl-crossd", "date", DU, "signed on July 27", "signed on June 27", "June 27",
      "the cross is from Jul 27, 2026")
plant(B, "cl-slope", "trend", V, "risen about 1.8% over twenty", "risen about 4.8% over twenty", "4.8%",
      "the 50-day rose 1.77% over 20 sessions")
plant(B, "cl-rsi", "indicator", IND, "48.4: not overbought, not oversold", "48.4: solidly overbought",
      "overbought", "RSI 48.4 is not overbought")
plant(B, "cl-macd", "negation", IND, "is below its\n  signal at 3.05", "is not below its\n  signal at 3.05",
      "not below", "MACD 2.43 is below its signal 3.05")
plant(B, "cl-recwd", "date", WM, "on Wednesday, November 11", "on Tuesday, November 11", "Tuesday",
      "Nov 11, 2026 was a Wednesday")
plant(B, "cl-ath", "value", V, "today stands 2.19% below it", "today stands 1.19% below it", "1.19%",
      "QQQ is 2.19% below its record close")
plant(B, "cl-tue10", "history", V, "$627.25 on\n  Tuesday the 10th", "$626.25 on\n  Tuesday the 10th",
      "$626.25",
      "Nov 10's close was $627.25")
plant(B, "cl-fri13", "history", V, "$618.47 on Friday the 13th", "$617.47 on Friday the 13th", "$617.47",
      "Nov 13's close was $618.47")
plant(B, "cl-5d", "timeframe", V, "the loss is 1.80%", "the loss is 0.72%", "0.72%",
      "the 5-day move is -1.80%; -0.72% is the 1-month move", real=True)
plant(B, "cl-ytd", "direction", D, "my client is up 3.16%", "my client is down 3.16%", "down",
      "the YTD move is +3.16%")
plant(B, "cl-sess", "history", V, "For 40 sessions", "For 30 sessions", "30", "the range holds 40 sessions")
plant(B, "cl-width", "derived", DER, "a range\n  3.92% wide", "a range\n  2.92% wide", "2.92%",
      "(629.76-606.02)/606.02 = 3.92%")
plant(B, "cl-sup", "level", LW, "then $609.62, tested twice", "then $619.62, tested twice", "$619.62",
      "a support above the close")
plant(B, "cl-touch", "level", V, "tested twice", "tested five times", "five", "$609.62 has 2 touches")
plant(B, "cl-quote", "quotation", NU, "\"ended at $615.97, 2.2% short", "\"ended at $615.97, 3.2% short",
      "3.2%",
      "the source says 2.2%")
plant(B, "cl-cite", "citation", CU, "lost 0.9%\" [2]", "lost 0.9%\" [5]", "[5]", "there is no source [5]")
plant(B, "cl-vol", "value", V, "Volume was 61.1 million", "Volume was 66.1 million", "66.1 million",
      "volume was 61.1M")

B = "toast-IWM-2026-11-17"
clean(B, "IWM-2026-11-17", "wedding-toast", "md",
      "a best man's wedding toast for two small-cap traders, typed up for the couple's website, with "
      "the years they have known each other, a table number and the day's tape woven in",
      """\
## The Best Man's Toast (Tuesday, November 17, 2026, The Boathouse, table 6)

Good evening, everyone. For those who don't know me, I'm Dev, and I've known the groom for 19 years,
  since we were both 11 and losing our lunch money on baseball cards. I promised the bride I would
  keep this under five minutes, and I promised the groom I would mention the market, because he
  spent the ceremony checking his phone.

So, darling, here is what you missed. IWM fell $1.98 today, or 0.80%, closing at $245.28 after
  Monday's $247.26. It opened at $246.64, topped out at $247.37 and bottomed at $244.61. The Russell
  2000 lost 0.78% to 2,465.79. That is the third session in a row that small caps have trailed SPY,
  which lost only 0.50%, so IWM lagged it by 0.30 points. QQQ fell 0.90% and the VIX climbed 6.02% to
  17.60. A mild day, really: about six-tenths of an average true range of $3.22, on volume of 31.1
  million shares, right around the normal 29.8 million.

Now, a marriage, like a range, has walls. For 22 sessions IWM has lived between $241.00 and $249.26,
  a box 3.43% tall. Last Thursday, November 12, it closed at the top, $249.26; Friday it slipped to
  $247.01. The ceiling at $249.26 has been tested twice, and above it sits $252.53. The floor is
  $244.79, then $242.80 and $241.00.

Marriage is also about averages. IWM sits 0.38% below its 50-day of $246.21 and 6.32% above its
  200-day of $230.71. The golden cross came on August 10, 70 sessions ago, the same week these two
  got engaged. The 50-day still rises, gently, about 0.4% over twenty sessions, while the 200-day has
  gone flat. RSI is exactly 50.0, perfectly balanced, like this couple. And MACD, at 0.86, is above its
  signal at 0.57, which the groom tells me is a good sign.

Over the week the fund is down 1.00%, but over the month it is up 1.46%, and for the year it is up
  0.82%. The record close, $257.77, was set on Friday, November 28, 2025, the day they moved in
  together, and the fund is 4.85% below it. May your marriage recover its highs faster.

Harbor Street Wire wrote today that "The small-cap Russell 2000 slipped 0.8% to 2,465.79" [1], and
  Ledger Markets Daily said last Friday that "the range is the story" [2]. Tonight, the story is you.

Please raise your glasses: to the bride and groom!

<<SOURCES>>
""", sources=("hs-slides17", "ld-turns13"))
plant(B, "ts-chg", "value", V, "IWM fell $1.98 today", "IWM fell $1.89 today", "$1.89",
      "the 1-day change is -$1.98")
plant(B, "ts-close", "value", V, "closing at $245.28", "closing at $243.28", "$243.28",
      "IWM closed at $245.28")
plant(B, "ts-prev", "history", V, "Monday's $247.26", "Monday's $246.26", "$246.26",
      "Monday's close was $247.26")
plant(B, "ts-high", "value", V, "topped out at $247.37", "topped out at $248.37", "$248.37",
      "the day's high was $247.37")
plant(B, "ts-rut", "value", V, "0.78% to 2,465.79", "0.78% to 2,456.79", "2,456.79",
      "the Russell 2000 closed at 2,465.79")
plant(B, "ts-third", "history", V, "the third session in a row", "the fifth session in a row", "fifth",
      "IWM has trailed SPY 3 sessions in a row")
plant(B, "ts-spy", "subject", V, "which lost only 0.50%", "which lost only 0.20%", "0.20%",
      "SPY fell 0.50%; 0.20% is DIA's move", real=True)
plant(B, "ts-lag", "derived", DER, "lagged it by 0.30 points", "lagged it by 0.55 points", "0.55",
      "-0.80 - (-0.50) = -0.30")
plant(B, "ts-vix", "direction", D, "the VIX climbed 6.02%", "the VIX sank 6.02%", "sank",
      "the VIX rose 6.02%")
plant(B, "ts-mild", "magnitude", MG, "A mild day, really", "A brutal plunge, really", "brutal plunge",
      "a 0.80% fall of 0.6 ATR")
plant(B, "ts-tenths", "words", V, "about six-tenths of an average", "about two and a half average",
      "two and a half", "the move is 0.6 ATR")
plant(B, "ts-sess", "history", V, "For 22 sessions", "For 32 sessions", "32", "the range holds 22 sessions")
plant(B, "ts-box", "derived", DER, "a box 3.43% tall", "a box 2.73% tall", "2.73%",
      "(249.26-241.00)/241.00 = 3.43%")
plant(B, "ts-thuwd", "date", WM, "Last Thursday, November 12", "Last Wednesday, November 12", "Wednesday",
      "Nov 12, 2026 was a Thursday")
plant(B, "ts-fri", "history", V, "Friday it slipped to\n  $247.01", "Friday it slipped to\n  $246.01",
      "$246.01",
      "Nov 13's close was $247.01")
plant(B, "ts-touch", "level", V, "has been tested twice", "has been tested four times", "four",
      "the range top has 2 touches")
plant(B, "ts-floor", "level", LW, "The floor is\n  $244.79", "The floor is\n  $246.79", "$246.79",
      "a support above the close")
plant(B, "ts-d50", "pattern", P, "0.38% below its 50-day", "0.38% above its 50-day", "above its 50-day",
      "IWM is below its 50-day")
plant(B, "ts-d200", "derived", V, "6.32% above its\n  200-day", "7.32% above its\n  200-day", "7.32%",
      "the close is 6.32% above the 200-day")
plant(B, "ts-crossd", "date", DU, "came on August 10", "came on August 12", "August 12",
      "the cross is from Aug 10, 2026")
plant(B, "ts-slope", "trend", P, "The 50-day still rises, gently", "The 50-day keeps falling, gently",
      "keeps falling", "the 50-day rose 0.38% over 20 sessions")
plant(B, "ts-rsi", "indicator", V, "RSI is exactly 50.0", "RSI is exactly 55.0", "55.0", "RSI is 50.0")
plant(B, "ts-macd", "indicator", IND, "is above its\n  signal at 0.57", "is below its\n  signal at 0.57",
      "below its", "MACD 0.86 is above its signal 0.57")
plant(B, "ts-month", "direction", D, "over the month it is up 1.46%", "over the month it is down 1.46%",
      "down", "the 1-month move is +1.46%")
plant(B, "ts-ytd", "timeframe", V, "for the year it is up\n  0.82%", "for the year it is up\n  1.46%",
      "1.46%",
      "the YTD move is 0.82%; 1.46% is the 1-month move", real=True)
plant(B, "ts-recwd", "date", WM, "set on Friday, November 28, 2025", "set on Sunday, November 28, 2025",
      "Sunday", "Nov 28, 2025 was a Friday")
plant(B, "ts-ath", "value", V, "the fund is 4.85% below it", "the fund is 5.85% below it", "5.85%",
      "IWM is 4.85% below its record close")
plant(B, "ts-quote", "quotation", NU, "slipped 0.8% to 2,465.79\" [1]", "slipped 1.8% to 2,465.79\" [1]",
      "1.8%",
      "the source says 0.8%")
plant(B, "ts-cite", "citation", CS, "\"the range is the story\" [2]", "\"the range is the story\" [1]", "[1]",
      "the phrase is from source [2]; source [1] does not have it")

B = "norwegian-FSMI-2026-11-20"
clean(B, "idx_FSMI-2026-11-20", "translation", "txt",
      "a Bergen savings bank's weekly frontier-markets letter, translated from Norwegian, with the "
      "translator's notes, decimal commas turned into points and a few literal idioms kept",
      """\
FRONTIER MARKETS THIS WEEK (Fremvoksende markeder denne uken), Friday 20 November 2026
Translated from Norwegian. Translator's notes in square brackets.

Dear savers. This was another heavy week for the Frontier Select Markets Index. On Friday it fell
  312.84 points, or 0.88%, to 35,112.40, the lowest close of the past year. It opened at 35,418.76,
  reached 35,491.49 and touched 35,039.66 before the bell. It was the third falling day in a row,
  together 3.58%, and the index closed below Thursday's 35,425.24, Wednesday's 35,758.32 and
  Tuesday's 36,415.51.

The bigger picture is grey weather [graavaer]. Over the week the index lost 3.07%, over the month
  8.56% and since New Year 18.33%. It stands 10.45% below its 50-day average of 39,210.55 and 19.73%
  below the 200-day of 43,740.76. The death cross came on Thursday, October 15, 26 sessions ago, and
  the 50-day average is falling steeply, down about 9.4% in twenty sessions; the 200-day slips more
  slowly, about 1.6%.

The RSI is 23.0, deep in oversold territory, and MACD, at -1,085.04, is below its signal line at
  -1,025.37. There is no sign yet of a turn.

Measured from the top, the fall is large: the 52-week high close of 48,944.52 came on Wednesday,
  August 19, and the index is 28.26% under it. It is 32.50% below
  its record, 52,018.76 from November 13, 2024. For 20 sessions the index has moved between 35,112.40 and
  38,808.51.

Levels to watch: the round 35,000 just below as support; resistance at 35,500, then 37,915.92 and
  the 50-day at 39,210.55. The day's move was about six-tenths of an average true range of 549.68
  points, so Friday was not a crash but another step down the stairs.

The ETF FRNT lost 0.86% to $30.01, while in New York SPY gained 1.10% and IWM 0.30%. So the
  frontier index trailed SPY by 1.98 points on the day. The central bank in Washington meets on
  9 December.

With kind regards, Sparebanken Vest-Lia, investment desk. Office hours 09.00-15.30.
""")
plant(B, "nw-chg", "value", V, "fell\n  312.84 points", "fell\n  321.84 points", "321.84",
      "the 1-day change is -312.84")
plant(B, "nw-close", "value", V, "or 0.88%, to 35,112.40", "or 0.88%, to 35,212.40", "35,212.40",
      "the index closed at 35,112.40")
plant(B, "nw-low52", "pattern", P, "the lowest close of the past year", "the highest close of the past month",
      "highest close", "the close is a 52-week low, not a high")
plant(B, "nw-streak", "history", V, "the third falling day in a row", "the fifth falling day in a row",
      "fifth", "the close streak is 3 sessions")
plant(B, "nw-wed", "history", V, "Wednesday's 35,758.32", "Wednesday's 35,578.32", "35,578.32",
      "Wednesday's close was 35,758.32")
plant(B, "nw-month", "timeframe", V, "over the month\n  8.56%", "over the month\n  3.07%", "3.07%",
      "the 1-month move is -8.56%; -3.07% is the 5-day move", real=True)
plant(B, "nw-d50", "derived", V, "10.45% below its 50-day", "12.45% below its 50-day", "12.45%",
      "the index is 10.45% below its 50-day")
plant(B, "nw-cross", "pattern", P, "The death cross came on", "The golden cross came on", "golden cross",
      "the cross is a death cross")
plant(B, "nw-crosswd", "date", WM, "Thursday, October 15", "Friday, October 15", "Friday",
      "Oct 15, 2026 was a Thursday")
plant(B, "nw-slope", "trend", V, "down about 9.4% in twenty", "down about 4.9% in twenty", "4.9%",
      "the 50-day fell 9.38% over 20 sessions")
plant(B, "nw-rsi", "indicator", IND, "deep in oversold territory", "deep in overbought territory",
      "overbought", "RSI 23.0 is oversold")
plant(B, "nw-hiwd", "date", DU, "Wednesday,\n  August 19", "Wednesday,\n  August 26", "August 26",
      "the 52-week high close was on Aug 19, 2026")
plant(B, "nw-from", "value", V, "the index is 28.26% under it", "the index is 26.28% under it", "26.28%",
      "the index is 28.26% below its 52-week high close")
plant(B, "nw-sup", "level", LW, "the round 35,000 just below as support",
      "the round 35,500 just above as support",
      "35,500", "a support above the close (35,500 is the real resistance)", real=True)
plant(B, "nw-crash", "magnitude", MG, "Friday was not a crash but another step down the stairs",
      "Friday was a crash, a collapse down the stairs", "collapse",
      "a 0.88% fall of 0.6 ATR")
plant(B, "nw-frnt", "scale", SC, "0.86% to $30.01", "0.86% to 35,112.40", "35,112.40",
      "the ETF FRNT quoted at its index's level", real=True)
plant(B, "nw-gap", "derived", DER, "trailed SPY by 1.98 points", "trailed SPY by 1.22 points", "1.22",
      "-0.88 - 1.10 = -1.98")

B = "leaflet-FRNT-2026-11-20"
clean(B, "FRNT-2026-11-20", "package-insert", "txt",
      "a parody of a medicine's package leaflet for a frontier-markets ETF, with numbered sections, "
      "dosage lines, side effects and a storage temperature",
      """\
PACKAGE LEAFLET: INFORMATION FOR THE INVESTOR
FRNT (Frontier Select Markets ETF), one share, for oral consideration only
Read all of this leaflet carefully before you buy. Keep it; you may need to read it again.
Leaflet revised: 20 November 2026

1. WHAT FRNT IS AND WHAT IT IS USED FOR
FRNT tracks the Frontier Select Markets Index, which closed Friday at 35,112.40, down 0.88%. The
  fund itself closed at $30.01, down $0.26, or 0.86%, from $30.27. This is its lowest close in a
  year.

2. WHAT YOU NEED TO KNOW BEFORE YOU TAKE FRNT
Do not take FRNT if you are allergic to falling prices. The fund has fallen for three sessions in a
  row, 3.60% in all. It has lost 3.07% over the week, 8.56% over the month and 18.34% this year. It
  is not above its 50-day average: it sits 10.45% below the 50-day at $33.51 and 19.73% below the
  200-day at $37.38. A death cross has been present since October 15, for 26 sessions.

3. HOW TO TAKE FRNT
The usual dose is the day's range: Friday it opened at $30.27, rose to $30.33 and fell to $29.95.
  Volume was 7.8 million shares, a little more than the 20-day average of 6.3 million. The move was
  about half of the average true range of $0.47, a moderate dose.

4. POSSIBLE SIDE EFFECTS
Very common (may affect more than 1 in 10 holders): an RSI of 22.9, which is oversold. Common (up to
  1 in 10): a MACD of -0.93 that is still below its signal line of -0.88; it has not crossed back
  above. Uncommon: a 50-day average that keeps falling, down about 9.4% in twenty sessions.
  Rare: headaches on looking at the 52-week high of $41.82 from August 19 (the fund now sits 28.24%
  below it), or the record of $44.45 from November 13, 2024.

5. HOW TO STORE FRNT
Store below 25 degrees C. The fund has spent 20 sessions between $30.01 and $33.16, a range 10.50%
  wide. Keep the round $30 within reach as support; resistance sits at $31, then $32.39 and the
  50-day at $33.51. Previous doses: $30.27 on Thursday, $30.55 on Wednesday, $31.13 on Tuesday.

6. CONTENTS OF THE PACK AND OTHER INFORMATION
Other funds in the pack: SPY rose 1.10% and IWM 0.30% on the same day, so FRNT trailed SPY by 1.96
  points. If you take more FRNT than you should, talk to your adviser. Next review: the Fed, 9
  December.
""")
plant(B, "lf-fsmi", "value", V, "closed Friday at 35,112.40", "closed Friday at 35,211.40", "35,211.40",
      "the index closed at 35,112.40")
plant(B, "lf-close", "value", V, "closed at $30.01, down $0.26", "closed at $30.11, down $0.26", "$30.11",
      "FRNT closed at $30.01")
plant(B, "lf-lowest", "pattern", P, "This is its lowest close in a\n  year.",
      "This is its highest close in a\n  year.", "highest close", "the close is a 52-week low")
plant(B, "lf-three", "words", V, "fallen for three sessions", "fallen for seven sessions", "seven",
      "the close streak is 3 sessions")
plant(B, "lf-ytd", "timeframe", V, "18.34% this year", "8.56% this year", "8.56%",
      "the YTD move is -18.34%; -8.56% is the 1-month move", real=True)
plant(B, "lf-not", "negation", P, "It\n  is not above its 50-day average",
      "It\n  is back above its 50-day average",
      "back above", "FRNT is 10.45% below its 50-day")
plant(B, "lf-d200", "derived", V, "19.73% below the\n  200-day", "17.93% below the\n  200-day", "17.93%",
      "FRNT is 19.73% below its 200-day")
plant(B, "lf-crossd", "date", DU, "present since October 15", "present since October 25", "October 25",
      "the death cross dates from Oct 15, 2026")
plant(B, "lf-low", "value", V, "fell to $29.95", "fell to $29.85", "$29.85", "the day's low was $29.95")
plant(B, "lf-moderate", "magnitude", MG, "a moderate dose", "a massive overdose of a move", "massive",
      "a 0.86% fall of 0.5 ATR")
plant(B, "lf-rsi", "indicator", IND, "which is oversold", "which is overbought", "overbought",
      "RSI 22.9 is oversold")
plant(B, "lf-macdneg", "negation", IND, "it has not crossed back\n  above",
      "it has just crossed back\n  above",
      "crossed back", "MACD -0.93 is below its signal -0.88")
plant(B, "lf-slope", "trend", P, "a 50-day average that keeps falling", "a 50-day average that keeps rising",
      "keeps rising", "the 50-day fell 9.38% over 20 sessions")
plant(B, "lf-hi", "value", V, "52-week high of $41.82", "52-week high of $42.82", "$42.82",
      "the 52-week high close is $41.82")
plant(B, "lf-res", "level", LW, "resistance sits at $31, then", "resistance sits at $29, then", "$29",
      "a resistance below the close")
plant(B, "lf-thu", "history", V, "$30.27 on Thursday", "$30.37 on Thursday", "$30.37",
      "Thursday's close was $30.27")
plant(B, "lf-tue", "history", V, "$31.13 on Tuesday", "$31.31 on Tuesday", "$31.31",
      "Tuesday's close was $31.13")
plant(B, "lf-gap", "derived", DER, "trailed SPY by 1.96\n  points", "trailed SPY by 1.46\n  points", "1.46",
      "-0.86 - 1.10 = -1.96")
plant(B, "lf-scale", "scale", SC, "the 50-day at $33.51.", "the 50-day at 33,510.", "33,510",
      "an ETF average on its index's scale")

B = "vetnotes-SPY-2026-06-03"
clean(B, "SPY-2026-06-03", "case-notes", "md",
      "a veterinarian's SOAP case notes on a patient called SPY, kept by a vet who trades, with the "
      "patient's weight, temperature, a clinic phone extension and a recheck date",
      """\
**Riverside Animal Clinic - case notes**
Patient: "SPY" (large breed, 33 years old in fund years). Owner: R. Castellanos. Visit: Wed 3 June 2026,
  17:05. Weight 41 kg, temperature 38.6 C.

**S (subjective).** Owner reports the patient has been unusually energetic: five up days in a row,
  4.87% in total, and 8.87% over the past month. Still down 1.05% for the year, though.

**O (objective).** Closed at $659.18, up $3.83, or 0.58%, from Tuesday's $655.35. Opened at $656.50,
  low $652.54, high $659.77, so the patient finished at the very top of its day. Earlier readings:
  Monday $650.49, Friday May 29 $643.10, Thursday May 28 $630.82. Volume was 51.6 million, well
  below the usual 69.3 million, so the owner's excitement is not shared by the whole kennel. The
  move was about half an average true range ($7.75): a brisk walk, not a sprint.

RSI 72.3: overbought, and the patient is panting. MACD 10.15, above its signal at 6.99.

The patient is 6.99% above its 50-day average of $616.10 and 1.76% above its 200-day of $647.76.
  Note that the 50-day is still under the 200-day: the death cross of Friday, March 27, 46 sessions
  ago, has not yet been reversed. The 50-day has drifted down about 0.3% in twenty sessions while
  the 200-day is flat.

Record close: $692.73 on Wednesday, November 26, 2025; the patient is 4.84% below it. The 52-week
  low close was $592.37 on April 28, and the patient is 11.28% above that.

Littermates: QQQ +0.57%, IWM +0.35%, DIA -0.58%; the S&P 500 index +0.58% to 6,609.79. SPY beat DIA by
  1.16 points. The VIX rose 6.18% to 18.55, which is odd on an up day.

**A (assessment).** Strong but overextended. The run of 20 sessions from $609.86 to $659.18 spans
  8.09%. Resistance at $660.09, then $665.30 (tested twice) and $681.39. Support at $652.32, the
  round $650 and the 200-day at $647.76, which has held three tests.

**P (plan).** Long only on a close above $665.54, stop $657.79, target $681.23: two to one. Recheck
  Friday, June 5. Call ext. 204 with questions.
""")
plant(B, "vt-five", "words", V, "five up days in a row", "seven up days in a row", "seven",
      "the close streak is 5 sessions")
plant(B, "vt-5d", "timeframe", V, "4.87% in total", "8.87% in total", "8.87%",
      "the 5-session streak gained 4.87%; 8.87% is the 1-month move", real=True)
plant(B, "vt-ytd", "direction", D, "Still down 1.05% for the year", "Still up 1.05% for the year", "up 1.05%",
      "the YTD move is -1.05%")
plant(B, "vt-close", "value", V, "Closed at $659.18, up $3.83", "Closed at $657.18, up $3.83", "$657.18",
      "SPY closed at $659.18")
plant(B, "vt-prev", "history", V, "from Tuesday's $655.35", "from Tuesday's $653.35", "$653.35",
      "Tuesday's close was $655.35")
plant(B, "vt-top", "direction", D, "finished at the very top of its day",
      "finished at the very bottom of its day",
      "bottom", "the close $659.18 is beside the high $659.77")
plant(B, "vt-may29", "history", V, "Friday May 29 $643.10", "Friday May 29 $634.10", "$634.10",
      "May 29's close was $643.10")
plant(B, "vt-may28wd", "date", WM, "Thursday May 28", "Wednesday May 28", "Wednesday",
      "May 28, 2026 was a Thursday")
plant(B, "vt-vol", "direction", D, "well\n  below the usual 69.3 million",
      "well\n  above the usual 69.3 million",
      "above", "volume 51.6M is below its 69.3M average")
plant(B, "vt-walk", "magnitude", MG, "a brisk walk, not a sprint", "a stampede, a full sprint",
      "stampede", "a 0.58% move of 0.5 ATR")
plant(B, "vt-rsi", "indicator", IND, "RSI 72.3: overbought", "RSI 72.3: oversold", "oversold",
      "RSI 72.3 is overbought")
plant(B, "vt-macd", "indicator", IND, "MACD 10.15, above its signal", "MACD 10.15, below its signal", "below",
      "MACD 10.15 is above its signal 6.99")
plant(B, "vt-d50", "derived", V, "6.99% above its 50-day", "7.99% above its 50-day", "7.99%",
      "SPY is 6.99% above its 50-day")
plant(B, "vt-under", "negation", P, "the 50-day is still under the 200-day",
      "the 50-day is no longer under the 200-day", "no longer under",
      "the 50-day $616.10 is below the 200-day $647.76")
plant(B, "vt-crosswd", "date", WM, "the death cross of Friday, March 27",
      "the death cross of Monday, March 27",
      "Monday", "Mar 27, 2026 was a Friday")
plant(B, "vt-crossn", "history", V, "46 sessions\n  ago", "64 sessions\n  ago", "64",
      "the cross is 46 sessions old")
plant(B, "vt-slope", "trend", V, "drifted down about 0.3% in twenty", "drifted down about 3.3% in twenty",
      "3.3%", "the 50-day fell 0.31% over 20 sessions")
plant(B, "vt-recd", "date", DU, "Wednesday, November 26, 2025", "Wednesday, November 19, 2025",
      "November 19, 2025", "the record close was on Nov 26, 2025")
plant(B, "vt-low", "value", V, "11.28% above that", "13.28% above that", "13.28%",
      "SPY is 11.28% above its 52-week low close")
plant(B, "vt-qqq", "subject", V, "QQQ +0.57%", "QQQ +0.35%", "0.35%",
      "QQQ rose 0.57%; 0.35% is IWM's move", real=True)
plant(B, "vt-beat", "derived", DER, "SPY beat DIA by\n  1.16 points", "SPY beat DIA by\n  0.86 points",
      "0.86",
      "0.58 - (-0.58) = 1.16")
plant(B, "vt-width", "derived", DER, "spans\n  8.09%", "spans\n  6.09%", "6.09%",
      "(659.18-609.86)/609.86 = 8.09%")
plant(B, "vt-res", "level", LW, "Resistance at $660.09", "Resistance at $656.09", "$656.09",
      "a resistance below the close")
plant(B, "vt-tests", "level", V, "which has held three tests", "which has held five tests", "five",
      "the 200-day level has 3 touches")
plant(B, "vt-stop", "setup", SG, "stop $657.79", "stop $667.79", "$667.79",
      "a long's stop above its entry $665.54")
plant(B, "vt-rr", "setup", SRR, "$681.23: two to one", "$681.23: three to one", "three to one",
      "(681.23-665.54)/(665.54-657.79) = 2.0")
plant(B, "vt-recheck", "date", WM, "Friday, June 5", "Thursday, June 5", "Thursday",
      "Jun 5, 2026 is a Friday")

B = "limericks-QQQ-2025-11-17"
clean(B, "QQQ-2025-11-17", "limericks", "md",
      "a blogger's five limericks about a record close, each with a footnote that gives the figures "
      "plainly, plus a rhyme count and the poet's age",
      """\
# Five Limericks for a Record Monday (November 17, 2025)

*Written on the 6:52 train home. I am 58 and have been rhyming about markets since 1991.*

**I.**
There once was a fund they call Q,
Which closed at a high that was new;
From six-eleven-sixty-one
It ran till the day was done,
And the bears had no more they could do.¹

**II.**
The volume came rushing like rain,
Near one and a half times the mean's gain;
The RSI, sixty-five point six,
Was not yet in overbought's fix,
And the MACD stood over its lane.²

**III.**
The averages? Both pointing high,
The fifty at six-oh-one (nearly), oh my;
The golden cross, old as July,
Ninety-seven sessions gone by,
And the two-hundred far down in the sky.³

**IV.**
Now IWM, small but spry,
Rose one ninety-six, a touch high,
Beating Q by a hair,
Twenty-three hundredths there,
While the VIX shrank away with a sigh.⁴

**V.**
For the traders who want a clean plan:
Buy a close over six-thirty, if you can;
With a stop near six-twenty,
And a target with plenty,
It's two point four to one for the man.⁵

---
¹ QQQ closed at $622.21, a record close, up $10.60 or 1.73% from Friday's $611.61. It opened at
  $613.29 and traded between $609.46 and $626.07. Over five sessions it gained 2.84%, over the month
  1.68% and for the year 14.73%.
² Volume 63.7 million against a 20-day average of 40.8 million. RSI 65.6. MACD 3.36, signal 1.48.
³ The 50-day average is $601.02 and QQQ is 3.52% above it; the 200-day is $538.92, 15.46% below the
  price. The golden cross dates from Tuesday, July 1. The 50-day rose about 2.0% over twenty
  sessions.
⁴ IWM rose 1.96%, QQQ 1.73%, SPY 1.39% and DIA 0.89%. The VIX fell 4.67% to 13.47. The Nasdaq 100
  closed at 25,582.79, up 1.74%.
⁵ The long: entry $630.56, stop $620.12, target $655.61, a reward-to-risk of 2.4. Resistance is the
  round $630; support is $620, then $617.74 and the 50-day at $601.02. Last week's closes: $615.65
  on Wednesday, $612.16 on Thursday.

Rhyme count: 25 lines, 5 poems, 0 regrets.
""")
plant(B, "lm-close", "value", V, "QQQ closed at $622.21, a record", "QQQ closed at $624.21, a record",
      "$624.21",
      "QQQ closed at $622.21")
plant(B, "lm-prev", "history", V, "from Friday's $611.61", "from Friday's $612.61", "$612.61",
      "Friday's close was $611.61")
plant(B, "lm-week", "timeframe", V, "Over five sessions it gained 2.84%",
      "Over five sessions it gained 1.68%",
      "1.68%", "the 5-day move is 2.84%; 1.68% is the 1-month move", real=True)
plant(B, "lm-ytd", "value", V, "for the year 14.73%", "for the year 17.43%", "17.43%",
      "the YTD move is 14.73%")
plant(B, "lm-vol", "words", V, "Near one and a half times", "Near two and a half times", "two and a half",
      "volume is 1.6 times its average")
plant(B, "lm-rsiw", "words", V, "The RSI, sixty-five point six", "The RSI, sixty-eight point six",
      "sixty-eight point six", "RSI is 65.6")
plant(B, "lm-macd", "indicator", V, "MACD 3.36, signal 1.48", "MACD 1.36, signal 1.48", "1.36",
      "MACD is 3.36")
plant(B, "lm-d200", "pattern", P, "15.46% below the\n  price", "15.46% above the\n  price", "above the price",
      "the 200-day is below the price")
plant(B, "lm-crosswd", "date", WM, "Tuesday, July 1", "Wednesday, July 1", "Wednesday",
      "Jul 1, 2025 was a Tuesday")
plant(B, "lm-iwm", "subject", V, "IWM rose 1.96%, QQQ", "IWM rose 1.39%, QQQ", "1.39%",
      "IWM rose 1.96%; 1.39% is SPY's move", real=True)
plant(B, "lm-vix", "direction", D, "The VIX fell 4.67%", "The VIX rose 4.67%", "rose", "the VIX fell 4.67%")
plant(B, "lm-ndx", "value", V, "closed at 25,582.79, up 1.74%", "closed at 25,852.79, up 1.74%", "25,852.79",
      "the Nasdaq 100 closed at 25,582.79")
plant(B, "lm-stop", "setup", SG, "stop $620.12, target", "stop $632.12, target", "$632.12",
      "a long's stop above its entry $630.56")
plant(B, "lm-rr", "setup", SRR, "a reward-to-risk of 2.4", "a reward-to-risk of 4.2", "4.2",
      "(655.61-630.56)/(630.56-620.12) = 2.4")
plant(B, "lm-res", "level", LW, "Resistance is the\n  round $630", "Resistance is the\n  round $615", "$615",
      "a resistance below the close")
plant(B, "lm-wed", "history", V, "$615.65\n  on Wednesday", "$616.65\n  on Wednesday", "$616.65",
      "Wednesday Nov 12's close was $615.65")

B = "principal-DIA-2025-11-17"
clean(B, "DIA-2025-11-17", "announcements", "txt",
      "a high-school principal's morning announcements over the PA, with the investment club's market "
      "minute between the lunch menu and a bus notice, room numbers and a bake-sale price",
      """\
GOOD MORNING, LINCOLN HIGH! Announcements for Tuesday, November 18, 2025.

Please remember that buses 12 and 14 will load at the north door this week. Today's lunch is tacos,
  and the library's bake sale runs until 2:30, cookies 50 cents each.

And now, the Investment Club's Market Minute, read by Mr. Abernathy from Room 214:

"Yesterday, Monday, the Dow fund DIA closed at a record, $481.59. It gained $4.26, or 0.89%, from
  Friday's $477.33. It opened at $478.18, reached $485.20 and dipped to $477.56. The Dow itself rose
  0.87% to 48,219.41. That was a solid day, about one average true range of $4.48.

The fund is up 1.70% this week, 1.99% this month and 6.55% this year. It sits 4.51% above its
  50-day average of $460.80 and 10.90% above its 200-day of $434.25. Both averages are rising; the
  50-day climbed about 2.5% in twenty sessions. The golden cross has held since Monday, July 14,
  89 sessions. The RSI is 72.8, which is overbought, so club members should not be surprised by a
  pause. MACD is 4.50, above its signal of 3.61.

Every other fund did even better: IWM rose 1.96%, QQQ 1.73% and SPY 1.39%. So DIA trailed SPY by
  0.50 points. The VIX fell 4.67% to 13.47.

Looking back, last week's closes were $476.06 on Tuesday, $478.00 on Wednesday and $477.56 on
  Thursday. Over 20 sessions the fund has climbed from $461.90 to today's close, a range 4.26% tall.
  The fund is 29.75% above its 52-week low close, $371.18 from April 16.

For the club's paper portfolio: support is the round $480, then $476.43 and $463.29, which was
  tested three times. Resistance is $490. The club's long trade is a close above $486.07, stop
  $480.47, target $499.52, or 2.4 to 1."

Thank you, Mr. Abernathy. Finally, the Drama Club's fall play opens Friday at 7:00 in the auditorium.
  Have a great day, Lincoln!
""")
plant(B, "pr-close", "value", V, "closed at a record, $481.59", "closed at a record, $483.59", "$483.59",
      "DIA closed at $481.59")
plant(B, "pr-record", "pattern", P, "closed at a record, $481.59", "closed well below its record, $481.59",
      "well below its record", "$481.59 is a record close")
plant(B, "pr-prev", "history", V, "from\n  Friday's $477.33", "from\n  Friday's $476.33", "$476.33",
      "Friday's close was $477.33")
plant(B, "pr-dji", "value", V, "0.87% to 48,219.41", "0.87% to 48,912.41", "48,912.41",
      "the Dow closed at 48,219.41")
plant(B, "pr-solid", "words", V, "about one average true range", "about three average true ranges", "three",
      "the move is 1.0 ATR")
plant(B, "pr-month", "timeframe", V, "1.99% this month", "6.55% this month", "6.55%",
      "the 1-month move is 1.99%; 6.55% is the YTD move", real=True)
plant(B, "pr-d50", "derived", V, "It sits 4.51% above its", "It sits 5.41% above its", "5.41%",
      "DIA is 4.51% above its 50-day")
plant(B, "pr-slope", "trend", V, "climbed about 2.5% in twenty", "climbed about 0.5% in twenty", "0.5%",
      "the 50-day rose 2.49% over 20 sessions")
plant(B, "pr-crossd", "date", DU, "Monday, July 14", "Monday, July 21", "July 21",
      "the cross is from Jul 14, 2025")
plant(B, "pr-rsi", "indicator", IND, "72.8, which is overbought", "72.8, which is oversold", "oversold",
      "RSI 72.8 is overbought")
plant(B, "pr-better", "direction", D, "Every other fund did even better", "Every other fund did worse",
      "did worse", "SPY, QQQ and IWM all rose more than DIA")
plant(B, "pr-gap", "derived", DER, "DIA trailed SPY by\n  0.50 points", "DIA trailed SPY by\n  0.25 points",
      "0.25", "0.89 - 1.39 = -0.50")
plant(B, "pr-tue", "history", V, "$476.06 on Tuesday", "$474.06 on Tuesday", "$474.06",
      "Nov 11's close was $476.06")
plant(B, "pr-lowd", "date", DU, "$371.18 from April 16", "$371.18 from April 26", "April 26",
      "the 52-week low close was on Apr 16, 2025")
plant(B, "pr-sup", "level", LW, "then $476.43 and $463.29", "then $486.43 and $463.29", "$486.43",
      "a support above the close")
plant(B, "pr-touch", "level", V, "tested three times", "tested six times", "six", "$463.29 has 3 touches")
plant(B, "pr-tgt", "setup", SG, "target $499.52", "target $479.52", "$479.52",
      "a long's target below its entry $486.07")

B = "satnav-IWM-2026-02-13"
clean(B, "IWM-2026-02-13", "satnav", "txt",
      "a satnav's spoken directions through a losing Friday for small caps, with distances in metres, "
      "an arrival time, speed-camera warnings and a rerouting",
      """\
[Route: Small Caps, Friday 13 February 2026. Estimated arrival 16:00. Distance 6.5 hours.]

Starting route. Head south on IWM from the open at $229.00.
In 300 metres, the high of the day, $229.49. Continue straight.
Continue downhill for the whole session. The fund closed at $226.54, down $2.39, or 1.04%, from
  Thursday's $228.93. The low of the day was $226.37.
Caution: this is the sixth lower close in a row, 5.80% in all. Wednesday's close was $231.24,
  Tuesday's $235.10 and Monday's $236.72.
Rerouting. The fund is 4.94% lower over five sessions, 10.88% lower over the month and 6.88% lower
  for the year.
Speed camera ahead: RSI 21.4. You are in oversold territory. MACD, minus 4.70, is below its signal at
  minus 3.06; the momentum has not turned.
In 500 metres, keep left: the fund is 7.99% below its 50-day average of $246.22 and 1.25% below the
  200-day at $229.41. The 50-day is now sloping down, about 1.0% in twenty sessions, while the
  200-day still climbs, about 2.7%. The golden cross of July 18, 2025 is still in force, 145
  sessions on, because the 50-day remains above the 200-day.
Traffic report: the Russell 2000 lost 1.04% to 2,276.24. SPY fell 0.54%, QQQ 0.41% and DIA 0.65%, so
  IWM trailed SPY by 0.50 points. The VIX rose 4.34% to 17.06.
You have reached the bottom of the 20-session range, $226.54; the top is $252.38, 11.41% higher.
  The record close, $257.77 from November 28, is far behind: the fund is 12.12% below it.
Nearest exits: resistance at $226.93, tested twice, then the 200-day at $229.41 and $230.79. Support
  at the round $225, then $218.48 and $217.15. A slide of this size is about eight-tenths of the
  average true range of $2.97, a steady descent rather than a cliff.
You have arrived. Volume 31.7 million against 30.3 million normally. Next service station: the
  Fed minutes.
""")
plant(B, "sn-open", "value", V, "from the open at $229.00", "from the open at $228.00", "$228.00",
      "IWM opened at $229.00")
plant(B, "sn-close", "value", V, "The fund closed at $226.54, down", "The fund closed at $225.54, down",
      "$225.54", "IWM closed at $226.54")
plant(B, "sn-sixth", "history", V, "the sixth lower close in a row", "the fourth lower close in a row",
      "fourth",
      "the close streak is 6 sessions")
plant(B, "sn-tue", "history", V, "Tuesday's $235.10", "Tuesday's $233.10", "$233.10",
      "Feb 10's close was $235.10")
plant(B, "sn-month", "timeframe", V, "10.88% lower over the month", "4.94% lower over the month", "4.94%",
      "the 1-month move is -10.88%; -4.94% is the 5-day move", real=True)
plant(B, "sn-rsi", "indicator", IND, "You are in oversold territory", "You are in overbought territory",
      "overbought", "RSI 21.4 is oversold")
plant(B, "sn-macd", "negation", IND, "the momentum has not turned", "the MACD has crossed above it",
      "crossed above", "MACD -4.70 is below its signal -3.06")
plant(B, "sn-d50", "derived", V, "7.99% below its 50-day", "9.79% below its 50-day", "9.79%",
      "IWM is 7.99% below its 50-day")
plant(B, "sn-slope", "trend", P, "The 50-day is now sloping down", "The 50-day is now sloping up",
      "sloping up",
      "the 50-day fell 1.02% over 20 sessions")
plant(B, "sn-cross", "negation", P, "because the 50-day remains above the 200-day",
      "because the 50-day remains below the 200-day", "remains below",
      "the 50-day $246.22 is above the 200-day $229.41")
plant(B, "sn-rut", "subject", V, "Russell 2000 lost 1.04% to 2,276.24", "Russell 2000 lost 0.65% to 2,276.24",
      "0.65%", "the Russell 2000 fell 1.04%; 0.65% is DIA's move", real=True)
plant(B, "sn-gap", "derived", DER, "IWM trailed SPY by 0.50 points", "IWM trailed SPY by 0.85 points", "0.85",
      "-1.04 - (-0.54) = -0.50")
plant(B, "sn-top", "derived", DER, "the top is $252.38, 11.41% higher", "the top is $252.38, 14.11% higher",
      "14.11%", "(252.38-226.54)/226.54 = 11.41%")
plant(B, "sn-recd", "date", DU, "from November 28, is", "from November 18, is", "November 18",
      "the record close was on Nov 28, 2025")
plant(B, "sn-res", "level", LW, "resistance at $226.93, tested", "resistance at $224.93, tested", "$224.93",
      "a resistance below the close")
plant(B, "sn-steady", "magnitude", MG, "a steady descent rather than a cliff", "a sheer cliff, a real crash",
      "crash", "a 1.04% fall of 0.8 ATR")
plant(B, "sn-scale", "scale", SC, "at the round $225, then", "at the round 2,250, then", "2,250",
      "an IWM price on the Russell 2000's scale")

B = "auction-IWM-2026-03-30"
clean(B, "IWM-2026-03-30", "auctioneer", "txt",
      "a livestock auctioneer's rapid patter transcribed by a trader who listens to the sale barn's radio, "
      "with lot numbers, head counts, bids in dollars per hundredweight and the day's small-cap tape",
      """\
COUNTY SALE BARN, MONDAY MARCH 30, 2026 - transcribed from the afternoon broadcast

Lot 41, twelve head of black baldies, averaging 610 pounds, who'll give me $2.85, two-eighty-five,
  two-ninety, sold at $2.90 a pound to bidder 118! And while we wait on lot 42, folks, here's the
  small-cap report the boys in the back asked for.

Now the IWM fund, she came in at $212.62 and she went out at $211.00, that's down $2.65, down 1.24%,
  from Friday's $213.65, and the high was $212.88 and the low was $210.85, do I hear a bounce, no
  bounce! Fourth lower close in a row, folks, 2.54% off in four days. Thursday she was $215.29,
  Wednesday $215.38, Tuesday $216.51.

She's down 2.10% on the week, down 3.87% on the month, down 13.27% on the year, hard winter for this
  one! She's 7.29% under her 50-day at $227.59 and 8.63% under the 200-day at $230.93, and the death
  cross came Tuesday, March 24, just four sessions back. That 50-day's been falling like a rock,
  down better than 5% in twenty sessions; the 200-day's flat as a feed lot.

RSI 33.9, low but not oversold yet, folks. And here's a funny one: MACD at minus 3.77 is above the
  signal at minus 4.40, so the momentum's trying to turn.

Russell 2000 down 1.22% to 2,120.33. SPY down 0.78%, DIA down 1.04%, and QQQ down 1.44%, so the little
  fund actually beat QQQ by 0.20 points. VIX up 0.69% to 24.71.

Where's the floor? Round $210 first, then $207.94, tested twice. Ceiling at $212.32, the old range
  bottom, then $214.35 and $217.15, tested three times. Range for twenty sessions runs $210.30 to
  $223.97, 6.50% wide. Record close $257.77, November 28, and she's 18.14% below it.

Volume 27.5 million, a little light against 29.3 million. Not a stampede, folks, about
  seven-tenths of an average true range of $3.50. Lot 42, seven bred heifers, who'll start me at
  $1,800 a head!
""")
plant(B, "au-close", "value", V, "she went out at $211.00", "she went out at $212.00", "$212.00",
      "IWM closed at $211.00")
plant(B, "au-prev", "history", V, "from Friday's $213.65", "from Friday's $213.56", "$213.56",
      "Friday's close was $213.65")
plant(B, "au-fourth", "history", V, "Fourth lower close in a row", "Sixth lower close in a row", "Sixth",
      "the close streak is 4 sessions")
plant(B, "au-wed", "history", V, "Wednesday $215.38", "Wednesday $216.38", "$216.38",
      "Mar 25's close was $215.38")
plant(B, "au-week", "timeframe", V, "She's down 2.10% on the week", "She's down 3.87% on the week", "3.87%",
      "the 5-day move is -2.10%; -3.87% is the 1-month move", real=True)
plant(B, "au-d200", "derived", V, "8.63% under the 200-day", "6.83% under the 200-day", "6.83%",
      "IWM is 8.63% below its 200-day")
plant(B, "au-crosswd", "date", WM, "came Tuesday, March 24", "came Thursday, March 24", "Thursday",
      "Mar 24, 2026 was a Tuesday")
plant(B, "au-crossn", "words", V, "just four sessions back", "just fourteen sessions back", "fourteen",
      "the death cross is 4 sessions old")
plant(B, "au-flat", "trend", P, "the 200-day's flat as a feed lot", "the 200-day's diving too",
      "diving", "the 200-day rose 0.11% over 20 sessions")
plant(B, "au-rsi", "indicator", IND, "low but not oversold yet", "deep in overbought", "overbought",
      "RSI 33.9 is not overbought")
plant(B, "au-macd", "negation", IND, "MACD at minus 3.77 is above the\n  signal",
      "MACD at minus 3.77 is not above the\n  signal", "not above", "MACD -3.77 is above its signal -4.40")
plant(B, "au-qqq", "subject", V, "QQQ down 1.44%, so", "QQQ down 1.04%, so", "1.04%",
      "QQQ fell 1.44%; 1.04% is DIA's move", real=True)
plant(B, "au-beat", "derived", DER, "beat QQQ by 0.20 points", "beat QQQ by 0.45 points", "0.45",
      "-1.24 - (-1.44) = 0.20")
plant(B, "au-sup", "level", LW, "Round $210 first, then $207.94", "Round $213 first, then $207.94", "$213",
      "a support above the close")
plant(B, "au-touch", "level", V, "$207.94, tested twice", "$207.94, tested four times", "four",
      "$207.94 has 2 touches")
plant(B, "au-stampede", "magnitude", MG, "Not a stampede, folks", "A full-blown crash, folks", "crash",
      "a 1.24% fall of 0.7 ATR")
plant(B, "au-ath", "value", V, "she's 18.14% below it", "she's 21.72% below it", "21.72%",
      "IWM is 18.14% below its record close; 21.72% is its distance from the 52-week low", real=True)

B = "ticket-RUT-2026-11-17"
clean(B, "idx_RUT-2026-11-17", "issue-thread", "md",
      "an internal issue tracker's ticket about the small-cap index's Tuesday, with a ticket key, "
      "priority, story points, a build number and comments from three engineers-turned-traders",
      """\
# MKT-2231: Russell 2000 red again, third day behind large caps

**Status:** In Review | **Priority:** P3 | **Story points:** 5 | **Sprint:** 47 | **Reporter:** @lwong
**Created:** Tue Nov 17, 2026 16:20 | **Build:** 2026.11.17-r3

**Description.** Steps to reproduce: open the Russell 2000 at 2,479.40 and let it run. Expected: a
  green day. Actual: the index closed at 2,465.79, down 19.30 points, or 0.78%, from Monday's
  2,485.09. Session high 2,486.79, low 2,459.06. Severity is low: the drop was about six-tenths of the
  index's average true range of 32.44 points, a routine pullback.

**Environment.** The S&P 500 lost 0.50% to 6,821.04, the Nasdaq 100 0.90% to 25,326.20 and the Dow
  0.21%. So the Russell fell 0.28 points more than the S&P 500 and 0.12 points less than the Nasdaq
  100. The VIX rose 6.02% to 17.60.

---
**@mkapoor** (comment 1): Not a regression, imo. Over five sessions it is down only 0.98%; over the
  month it is actually up 1.48%, and for the year up 0.85%. It sits 0.33% below the 50-day average
  at 2,473.93 but 6.36% above the 200-day at 2,318.38. The golden cross from August 10 is 70
  sessions old and nobody has reverted it.

**@lwong** (comment 2): Agreed on severity, but look at the logs. Thursday the 12th closed at
  2,505.20, the top of the 22-session range that starts at 2,421.62; that range is 3.45% wide. Then
  Friday 2,482.49, Monday 2,485.09, today 2,465.79. Record close is 2,591.09 from November 28, 2025;
  we are 4.84% below it. Also this is the third session in a row the small caps have lagged the
  S&P 500.

**@tsato** (comment 3): Indicators are not flagging anything. RSI 50.1, dead centre. MACD 8.85 is
  above its signal at 5.83, so momentum has not rolled over. The 50-day is still rising slowly,
  about 0.4% in twenty sessions; the 200-day is flat. Support at 2,458.33, then the round 2,450 and
  2,440.36. Resistance at the 50-day, 2,473.93, then 2,505.20, touched twice.

**@mkapoor** (comment 4): For the postmortem, Harbor Street Wire wrote that "The small-cap Russell
  2000 slipped 0.8% to 2,465.79" [1], and Ledger Markets Daily blamed "the energy-heavy corners of
  the Russell 2000" after oil "fell 2.7% on Tuesday" [2]. Closing as won't-fix.

<<SOURCES>>
""", sources=("hs-slides17", "ld-oil17"), source_format="foot")
plant(B, "tk-open", "value", V, "open the Russell 2000 at 2,479.40", "open the Russell 2000 at 2,497.40",
      "2,497.40", "the index opened at 2,479.40")
plant(B, "tk-close", "value", V, "the index closed at 2,465.79, down", "the index closed at 2,456.79, down",
      "2,456.79", "the index closed at 2,465.79")
plant(B, "tk-chg", "value", V, "down 19.30 points", "down 13.90 points", "13.90",
      "the 1-day change is -19.30")
plant(B, "tk-routine", "magnitude", MG, "a routine pullback", "a brutal collapse", "brutal collapse",
      "a 0.78% fall of 0.6 ATR")
plant(B, "tk-ndx", "subject", V, "the Nasdaq 100 0.90% to 25,326.20", "the Nasdaq 100 0.50% to 25,326.20",
      "0.50%", "the Nasdaq 100 fell 0.90%; 0.50% is the S&P 500's", real=True)
plant(B, "tk-gap", "derived", DER, "fell 0.28 points more than the S&P 500",
      "fell 0.48 points more than the S&P 500", "0.48", "-0.78 - (-0.50) = -0.28")
plant(B, "tk-month", "direction", D, "over the\n  month it is actually up 1.48%",
      "over the\n  month it is actually down 1.48%", "down 1.48%", "the 1-month move is +1.48%")
plant(B, "tk-ytd", "timeframe", V, "for the year up 0.85%", "for the year up 1.48%", "1.48%",
      "the YTD move is 0.85%; 1.48% is the 1-month move", real=True)
plant(B, "tk-d200", "derived", V, "6.36% above the 200-day", "3.66% above the 200-day", "3.66%",
      "the index is 6.36% above its 200-day")
plant(B, "tk-crossd", "date", DU, "golden cross from August 10", "golden cross from August 3", "August 3",
      "the cross is from Aug 10, 2026")
plant(B, "tk-thu", "history", V, "Thursday the 12th closed at\n  2,505.20",
      "Thursday the 12th closed at\n  2,515.20", "2,515.20", "Nov 12's close was 2,505.20")
plant(B, "tk-width", "derived", DER, "that range is 3.45% wide", "that range is 4.35% wide", "4.35%",
      "(2,505.20-2,421.62)/2,421.62 = 3.45%")
plant(B, "tk-fri", "history", V, "Friday 2,482.49", "Friday 2,428.49", "2,428.49",
      "Nov 13's close was 2,482.49")
plant(B, "tk-recwd", "date", DU, "from November 28, 2025", "from November 28, 2024", "November 28, 2024",
      "the record close was on Nov 28, 2025")
plant(B, "tk-third", "history", V, "the third session in a row", "the fifth session in a row", "fifth",
      "the small caps have lagged 3 sessions in a row")
plant(B, "tk-macd", "negation", IND, "so momentum has not rolled over", "so momentum has rolled over",
      "has rolled over", "MACD 8.85 is above its signal 5.83")
plant(B, "tk-sup", "level", LW, "Support at 2,458.33, then", "Support at 2,478.33, then", "2,478.33",
      "a support above the close")
plant(B, "tk-touch", "level", V, "then 2,505.20, touched twice", "then 2,505.20, touched five times", "five",
      "the range top has 2 touches")
plant(B, "tk-quote", "quotation", NU, "2000 slipped 0.8% to 2,465.79\" [1]",
      "2000 slipped 0.8% to 2,456.79\" [1]",
      "2,456.79", "the source prints 2,465.79")
plant(B, "tk-oil", "quotation", NU, "\"fell 2.7% on Tuesday\"", "\"fell 3.4% on Tuesday\"", "3.4%",
      "the source says 2.7%")
plant(B, "tk-cite", "citation", CS, "on Tuesday\" [2]", "on Tuesday\" [1]", "[1]",
      "the oil quote is from source [2]; source [1] does not print it")

B = "tagalog-DIA-2026-06-03"
clean(B, "DIA-2026-06-03", "translation", "txt",
      "a Manila remittance company's Tagalog market bulletin for overseas workers, translated into "
      "English with some Taglish kept, peso exchange notes and a hotline number",
      """\
BALITANG MERKADO / MARKET NEWS - Huwebes ng umaga, Manila time (Wednesday's close in New York, 3 June 2026)
[Translated from Tagalog. Some words are kept as the bulletin wrote them.]

Magandang umaga, mga kababayan! Here is the Dow fund for our OFW investors. DIA closed at $461.11,
  bumaba ng $2.67, or 0.58%, from Tuesday's $463.78. The Dow itself fell 0.57% to 46,185.73. Medyo
  kakaiba: SPY rose 0.58%, QQQ 0.57% and IWM 0.35%, so DIA was the only one in red, trailing SPY by
  1.16 points, the second day in a row it lagged.

Ang laki ng tinakbo (how far it ran): up 2.78% in five sessions and 6.62% in a month, but still down
  2.93% for the year. Monday it closed at $462.43 and Friday, May 29, at $456.48.

DIA is 4.85% above its 50-day average of $439.80 and only 0.22% above the 200-day at $460.09. Pero
  ingat (but careful): the death cross from April 8 is still there, 39 sessions old, because the
  50-day is below the 200-day. The 50-day is still going down, about 0.9% in twenty sessions.

RSI 66.6, close to overbought but not yet. MACD 5.89, above its signal of 4.08.

Mga antas (levels): resistance at $463.64, tested three times, then $465.21 and $469.08. Support at
  the 200-day, $460.09, then $453.39 and $450.88. The day's drop was about half of the average true
  range of $5.20, a small step back.

Para sa padala (for your remittances): the peso moved less than the Dow today. Hotline 8-700-1234,
  open 24 hours. Ingat palagi!
""")
plant(B, "tg-close", "value", V, "DIA closed at $461.11", "DIA closed at $461.71", "$461.71",
      "DIA closed at $461.11")
plant(B, "tg-only", "direction", D, "DIA was the only one in red", "DIA was the only one in green", "green",
      "DIA fell 0.58% while SPY, QQQ and IWM rose")
plant(B, "tg-second", "words", V, "the second day in a row it lagged", "the fourth day in a row it lagged",
      "fourth", "DIA has trailed SPY 2 sessions in a row")
plant(B, "tg-month", "timeframe", V, "6.62% in a month", "2.78% in a month", "2.78%",
      "the 1-month move is 6.62%; 2.78% is the 5-day move", real=True)
plant(B, "tg-fri", "history", V, "May 29, at $456.48", "May 29, at $454.48", "$454.48",
      "May 29's close was $456.48")
plant(B, "tg-d200", "derived", V, "only 0.22% above the 200-day", "only 1.72% above the 200-day", "1.72%",
      "DIA is 0.22% above its 200-day")
plant(B, "tg-below", "negation", P, "the\n  50-day is below the 200-day",
      "the\n  50-day is not below the 200-day",
      "not below", "the 50-day $439.80 is below the 200-day $460.09")
plant(B, "tg-crossd", "date", DU, "the death cross from April 8", "the death cross from April 18", "April 18",
      "the death cross is from Apr 8, 2026")
plant(B, "tg-rsi", "indicator", IND, "close to overbought but not yet",
      "already deep in overbought territory",
      "overbought", "RSI 66.6 is under 70")
plant(B, "tg-res", "level", LW, "resistance at $463.64, tested", "resistance at $458.64, tested", "$458.64",
      "a resistance below the close")
plant(B, "tg-small", "magnitude", MG, "a small step back", "a heavy rout", "heavy rout",
      "a 0.58% fall of 0.5 ATR")

B = "bookclub-SPY-2026-11-20"
clean(B, "SPY-2026-11-20", "discussion-guide", "md",
      "a library book club's discussion guide that treats a week of market coverage as the month's "
      "'book', with numbered questions, suggested answers, page counts and the meeting's room and time",
      """\
# Readers' Circle Discussion Guide: "The Friday Rebound" (November 2026 selection)

*Meeting: Tuesday, November 24, 7 p.m., Community Room B. Reading: five news stories, about 14 pages
  printed. Bring snacks for 12.*

**About this month's "book".** Our selection follows the SPDR S&P 500 ETF through one week. The
  climax comes on Friday, November 20, when SPY closed at $688.00, up 1.10%, after closing at $680.51
  the day before. The S&P 500 itself climbed 1.11% to 6,901.69. The supporting cast: QQQ, up 1.90%,
  DIA, up 0.60%, and IWM, up only 0.30%.

**Question 1. Who is the hero?** Suggested answer: technology. Harbor Street Wire wrote that
  "Megacap technology shares roared back on Friday, lifting the Nasdaq 100 1.9% to 25,753.96" [1].
  But the same story warned that "Nearly as many NYSE stocks fell as rose" [1].

**Question 2. Is there a villain?** Some readers will say the small caps. Ledger Markets Daily noted
  that the Russell 2000 was "trailing the Nasdaq 100 by 1.6 percentage points" and that it was "the
  sixth session in a row in which IWM trailed" SPY [2].

**Question 3. What about the foreshadowing?** On Thursday, Harbor Street Wire quoted Gideon Marsh of
  Tidewater Research: "We are seeing profit-taking in the winners rather than a change of view" [3].
  That day the S&P 500 had slipped 0.2%.

**Question 4. Where does the story leave the hero?** SPY ends 0.97% below its record close of
  $694.71, above its 50-day average of $680.43, with RSI at 55.0. The sequel's plot, if there is one,
  is a long on a close above $697.09, stopped at $690.03, aiming for $710.97.

**Question 5. Your own ending?** Discuss: will the Fed's decision on December 9 be the twist?

<<SOURCES>>
""", sources=("hs-megacap20", "ld-rebound20", "hs-edge19"), source_format="paren")
plant(B, "bk-prev", "history", V, "after closing at $680.51\n  the day before",
      "after closing at $683.51\n  the day before", "$683.51", "Thursday's close was $680.51")
plant(B, "bk-gspc", "subject", V, "The S&P 500 itself climbed 1.11%", "The S&P 500 itself climbed 1.90%",
      "1.90%", "the S&P 500 rose 1.11%; 1.90% is QQQ's move", real=True)
plant(B, "bk-quote", "quotation", NU, "lifting the Nasdaq 100 1.9% to 25,753.96\" [1]",
      "lifting the Nasdaq 100 2.9% to 25,753.96\" [1]", "2.9%", "the source says 1.9%")
plant(B, "bk-quote2", "quotation", NU, "\"trailing the Nasdaq 100 by 1.6 percentage points\"",
      "\"trailing the Nasdaq 100 by 2.6 percentage points\"", "2.6", "the source says 1.6")
plant(B, "bk-cite", "citation", CU, "rather than a change of view\" [3]",
      "rather than a change of view\" [4]",
      "[4]", "there is no source [4]")
plant(B, "bk-above", "pattern", P, "above its 50-day average of $680.43",
      "below its 50-day average of $680.43",
      "below its 50-day", "SPY is 1.11% above its 50-day")
plant(B, "bk-target", "setup", SG, "aiming for $710.97", "aiming for $686.97", "$686.97",
      "a long's target below its entry $697.09")

B = "taxletter-QQQ-2026-11-20"
clean(B, "QQQ-2026-11-20", "client-letter", "txt",
      "a small tax practice's year-end planning letter to a client holding the Nasdaq 100 fund, with "
      "tax-law figures, deadlines, a fee and the fund's Friday tape",
      """\
MARGOLIS & TRAN, CPAs - 1180 Harbor Road, Suite 3
November 21, 2026

Dear Ms. Adeyemi,

As we approach the end of the 2026 tax year, I want to review your position in the Invesco QQQ
  Trust before we decide on any harvesting. You bought 150 shares in March at an average of $598.40,
  so at Friday's close you hold a gain, not a loss, and there is nothing to harvest.

Friday was a strong day for the fund. QQQ closed at $626.40, up 1.90%, well over one and a half times the
  S&P 500 fund's 1.10% gain, on volume of 86.8 million shares. The fund is up 4.91% this year and 1.28% over
  the past week, and it closed just 0.53% below its record close of $629.76 from November 11.

Because you asked about timing a sale: your adviser's note mentions a breakout entry at $630.00
  with a stop at $621.95 and a target of $649.31, about 2.4 to 1. That is a trading plan, not tax
  advice, and I would not let it drive the decision. If you do sell before December 31, the gain
  will be long-term only for lots held more than a year, and your March lot is not.

A reminder of the limits: net capital losses offset ordinary income only up to $3,000 a year, and
  the wash-sale rule looks 30 days on either side of a sale. Our fee for the year-end review is $450.

With the Fed deciding on Wednesday, December 9, I suggest we speak the following week.

Sincerely,
Dana Tran, CPA
""")
plant(B, "tx-close", "value", V, "QQQ closed at $626.40, up 1.90%", "QQQ closed at $622.40, up 1.90%",
      "$622.40",
      "QQQ closed at $626.40")
plant(B, "tx-strong", "magnitude", MG, "Friday was a strong day for the fund",
      "Friday was a sleepy, flat day for the fund",
      "sleepy, flat", "a 1.90% move of 1.6 ATR")
plant(B, "tx-twice", "words", V, "well over one and a half times the\n  S&P 500",
      "well over three times the\n  S&P 500", "three times", "1.90 / 1.10 = 1.7")
plant(B, "tx-week", "timeframe", V, "1.28% over\n  the past week", "4.91% over\n  the past week", "4.91%",
      "the 5-day move is 1.28%; 4.91% is the YTD move", real=True)
plant(B, "tx-recd", "date", DU, "$629.76 from November 11", "$629.76 from November 13", "November 13",
      "the record close was on Nov 11, 2026")
plant(B, "tx-rr", "setup", SRR, "about 2.4 to 1", "about 1.4 to 1", "1.4",
      "(649.31-630)/(630-621.95) = 2.4")
plant(B, "tx-scale", "scale", SC, "a breakout entry at $630.00", "a breakout entry at 26,300", "26,300",
      "a QQQ entry on the Nasdaq 100's scale")

B = "bulgarian-IWM-2026-11-20"
clean(B, "IWM-2026-11-20", "translation", "txt",
      "a Sofia investment forum's weekly post on US small caps, translated from Bulgarian, with the "
      "translator's notes, a leva conversion aside and the forum's post number",
      """\
Post #4417 | Forum "Investor.bg Club" | section: US markets | Saturday, 21 November 2026
[Translated from Bulgarian. Translator's notes in brackets.]

Colleagues, a short summary of small caps for the week. On Friday IWM closed at $244.30, up only
  0.30%, while SPY rose 1.10% and QQQ 1.90%. So again the small ones stayed behind: IWM trailed SPY
  for the sixth session in a row. Over the week the fund lost 1.10%, and over the month 1.65%.

The box [kutiyata] holds. Tapewatch wrote on Thursday that IWM is "boxed between roughly $240 and
  $250, where it has traded for five weeks" [1]. In my numbers the range of the last 25 sessions is
  $241.00 to $249.26. The fund is 0.60% under its 50-day average of $245.77, RSI 48.2, and MACD is
  under its signal. The 50-day does not move: it is almost flat over twenty sessions.

Levels I watch: resistance $249.26, tested three times; support $242.80 and $241.00. The fund is
  5.23% below the record close of $257.77 from November 28, 2025.

The Fed on 9 December will decide. For those counting in leva, I leave the conversion to you.

<<SOURCES>>
""", sources=("tw-box19",), source_format="plain")
plant(B, "bg-close", "value", V, "IWM closed at $244.30, up only", "IWM closed at $244.80, up only",
      "$244.80",
      "IWM closed at $244.30")
plant(B, "bg-sixth", "words", V, "for the sixth session in a row", "for the tenth session in a row", "tenth",
      "IWM has trailed SPY 6 sessions in a row")
plant(B, "bg-month", "direction", D, "over the month 1.65%", "over the month gained 1.65%", "gained",
      "the 1-month move is -1.65%")
plant(B, "bg-quote",
      "quotation", NU, "\"boxed between roughly $240 and\n  $250, where it has traded for five weeks\"",
      "\"boxed between roughly $240 and\n  $260, where it has traded for five weeks\"", "$260",
      "the source says $250")
plant(B, "bg-cite", "citation", CU, "for five weeks\" [1]", "for five weeks\" [2]", "[2]",
      "there is no source [2]")
plant(B, "bg-macd", "negation", IND, "MACD is\n  under its signal", "MACD is\n  no longer under its signal",
      "no longer under", "MACD 0.31 is below its signal 0.51")
plant(B, "bg-flat", "trend", P, "it is almost flat over twenty sessions",
      "it is rising fast over twenty sessions",
      "rising fast", "the 50-day moved -0.08% over 20 sessions")
plant(B, "bg-res", "level", LW, "resistance $249.26, tested", "resistance $243.26, tested", "$243.26",
      "a resistance below the close")

README = kit.blind_readme(14)

# ---------------------------------------------------------------- scoring and the command line

evaluate, report = SET.evaluate, SET.report  # what tests/test_verify_holdout14.py runs

if __name__ == "__main__":
    raise SystemExit(SET.main(sys.argv[1:], doc=__doc__ or "", readme=README))
