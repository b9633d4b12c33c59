"""Write the sixteenth blind holdout set for the verifier to tests/data/verify_holdout16/ (deterministic).

    .venv/bin/python scripts/make_verify_holdout16.py            # (re)write the set
    .venv/bin/python scripts/make_verify_holdout16.py --check    # exit 1 if the files on disk differ
    .venv/bin/python scripts/make_verify_holdout16.py --score    # run the verifier over the set, report

Written for issue 14 by someone who had read neither `pipeline/verify/` nor the texts of the
evaluation set or of the first fifteen holdouts (only the shared plumbing in
`scripts/verify_eval/holdout_kit.py`, `tests/holdout_helpers.py`, `tests/test_verify_holdout15.py`,
the top and the bottom of `scripts/make_verify_holdout15.py`, the other generators' module docstrings
(to learn which voices were taken), `pipeline/facts.py`, `pipeline/contracts/` and the README's
verifier section), and who did not run the verifier on these texts before the blind score. The voices
are ones the earlier sets did not use: a Formula 1 team-radio transcript, a poker hand history, an
auction house's catalogue, a mission-control loop transcript, an insurance adjuster's claim report, a
plumber's job sheet, notes translated from Welsh, Estonian, Slovak and Malay, a video game's quest log,
a football referee's match report, a tour-bus guide's commentary, a hospital discharge summary parody,
a product recall notice, a radio DJ's between-tracks patter, a golf leaderboard commentary, a board
game's rulebook, a customs declaration form and a school yearbook's superlatives page.

Every figure of a clean text was typed by hand from `pipeline.facts.build_fact_sheet(...)` of the
case's snapshot, of a peer in the same file, of the snapshot's dated bars (`recent_sessions`,
`recent_closes`, `recent_highs`, `recent_lows`), of the 50/200-day slopes the snapshot carries
(`trend.sma_50_slope_pct`, `trend.sma_200_slope_pct`), or from the text of a cited source;
approximations ("nearly twice", "about two to one") were checked against the same values. Page
furniture, years, counts of things, ages, clock times, lap and hole numbers, prices of things that are
not market data and percentages of things that are not markets are there on purpose. The snapshots and
sources are frozen copies in tests/data/verify_holdout16/context/ (copied from
tests/data/verify_holdout15/context/, itself a copy of holdout 14's, taken from tests/data/verify_eval/,
on 2026-12-06; each carries 64 dated bars). Each planted case is one clean text with one exact
substitution and one expected finding whose code is the README's documented one for that fault; its
note says why that code.

The blind score (once, on main at 901fddde, the verifier as of 5727982a; the set frozen in b45ef377,
rebased unchanged as ac232f6e): 349/522 planted errors caught (0.67), 97 error findings on the 20 clean
texts (4.85 per text), 449/522 planted spots flagged by an error finding of some code. Per kind,
caught/planted: value 52/109, scale 12/14, derived 14/40, direction 24/35, indicator 24/26, pattern
14/17, level 24/39, setup 14/17, date 45/46, citation 10/10, subject 16/17, timeframe 16/19, negation
12/13, quotation 13/13, trend 8/20, history 36/64, words 12/16, magnitude 3/7.
On the landing main, 3da34acd (vpast's second round landed first): 361/522 (0.69), 94 error findings
on the clean texts (4.70 per text); history 49/64, value 51/109; the test's floors are these.
scripts/verify_eval/holdout16_score.md has the table, the findings per clean text and the misses and
false alarms by mechanism (read, like holdout 15's notes, only after this set was frozen).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verify_eval import holdout_kit as kit  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- the clean texts

U = kit.FIXTURE_URLS  # the ingested items cited, by a short name

SET = kit.HoldoutSet("holdout16", REPO, U)  # the kit's source formats (md, plain, foot, paren)
OUT = SET.out
CLEAN = SET.texts
clean = SET.clean

plant = SET.plant_wrapped  # old/new/span may carry the texts' continuation breaks

V, D, P, IND, DU, WM, LW, NU, MG, DER, SC, SG, SRR, CU, CS = kit.CODES

# A line starting with exactly two spaces continues the line before it. `<<SOURCES>>` becomes the
# Sources block. Figures are typed, not slotted: each was read off the key's fact sheet. Each text's
# planted errors follow it.

B = "f1radio-SPY-2026-11-20"
clean(B, "SPY-2026-11-20", "radio", "txt",
      "a Formula 1 team-radio transcript of Friday's session, laps for half-hours, an engineer and a "
      "driver, car numbers, a stewards' quote and a strategy call for the next race",
      """\
TEAM RADIO TRANSCRIPT: Wall Street Grand Prix, Round 47, Friday 20 November 2026
Car #500 (SPY). Race engineer on the pit wall, driver on track. Lap numbers are half-hours.

LAP 1
ENG: Lights out. You launched at $681.15 from a grid slot of $680.51, Thursday's close, so a clean
  getaway with a tiny gap of 0.09%.
DRV: Copy. Tyres feel cold.
ENG: Understood. Last week was messy: you crossed the line at $680.53 on Friday the 13th, $683.25 on
  Monday, dropped to $679.84 on Tuesday, came back to $681.88 on Wednesday and slipped to $680.51 on
  Thursday.

LAP 4
DRV: Big snap in turn three!
ENG: We saw it. You touched $679.36, the low of the race. The barrier at $678.45 held; it has been
  hit twice this month. Keep it out of the gravel.

LAP 9
ENG: Gap report. QQQ, car #100, is up 1.90% and leads the field; you're up 1.10%, so 0.80 of a
  point behind. DIA plus 0.60%, IWM plus 0.30%, just creeping, and you're 0.80 points clear of IWM.
  The S&P 500 itself is at 6,901.69, up 1.11%.
DRV: What are the stewards saying?
ENG: Ledger Markets Daily has it that "the S&P 500 climbed 1.1% to 6,901.69 and the Nasdaq 100
  jumped 1.9%" [1]. Harbor Street Wire says "Megacap technology shares roared back on Friday" [2].

LAP 13, CHEQUERED FLAG
ENG: And that's the flag! $688.00, up $7.49, or 1.10%. Top speed of the day $689.87. Fuel burn, I
  mean volume, 118.3 million shares against a 20-day average of 64.9 million, nearly twice the usual.
  P2 on the afternoon behind QQQ, but a strong P2.
DRV: Where are we in the championship?
ENG: Five sessions, plus 1.10%. One month, minus 0.97%. Year to date, plus 3.28%. The lap record is
  $694.71 from Thursday, October 22, and you finished 0.97% off it; the fastest single moment that
  day was $697.09. The season low was $592.37 on April 28, and you're 16.14% above that.

POST-RACE DEBRIEF, TELEMETRY
ENG: Car balance is good. You're 1.11% above the 50-day at $680.43 and 6.48% above the 200-day at
  $646.13. Golden cross since September 21, 44 sessions now. The 50-day has climbed 1.76% over
  twenty sessions; the 200-day barely moved, up 0.13%. RSI 55.0: middle of the road, neither hot nor
  cold. MACD 0.82 has not got back above its signal of 1.59, so don't call it a new surge yet. ATR
  is $7.06, about 1.03% of the price; today's move was roughly 1.1 ATRs.
ENG: Strategy for the next race. Resistance $690.00, the round one, then the record zone at $694.71,
  tested five times. Support $678.45, then $670.42 (two tests) and $666.26 (three). Plan A: long
  only above $697.09, stop $690.03, target $710.97, about two to one. Options pit board: max pain
  $690, call wall $700, put wall $675, put/call 1.16, expiry Friday, November 27.
ENG: The race that matters: the Fed on Wednesday, December 9, thirteen sessions out, then CPI on
  Thursday, December 10. The VIX dropped 9.30% to 15.60.
DRV: Copy. Box, box.

<<SOURCES>>
""", sources=("ld-rebound20", "hs-megacap20"), source_format="plain")
plant(B, "f1-close", "value", V, "$688.00, up $7.49", "$686.00, up $7.49", "$686.00",
      "SPY closed at $688.00")
plant(B, "f1-chg", "value", V, "up $7.49, or 1.10%", "up $7.94, or 1.10%", "$7.94",
      "change_1d is $7.49")
plant(B, "f1-tue", "history", V, "dropped to $679.84 on Tuesday", "dropped to $678.84 on Tuesday",
      "$678.84", "SPY closed at $679.84 on Tue Nov 17")
plant(B, "f1-wed", "history", V, "came back to $681.88 on Wednesday", "came back to $682.88 on Wednesday",
      "$682.88", "SPY closed at $681.88 on Wed Nov 18")
plant(B, "f1-fri13", "history", V, "$680.53 on Friday the 13th", "$681.53 on Friday the 13th", "$681.53",
      "SPY closed at $680.53 on Fri Nov 13")
plant(B, "f1-touch", "level", V, "it has\n  been hit twice", "it has\n  been hit four times", "four times",
      "the $678.45 level has 2 touches")
plant(B, "f1-div", "derived", DER, "so 0.80 of a\n  point behind", "so 0.40 of a\n  point behind", "0.40",
      "1.90 - 1.10 = 0.80")
plant(B, "f1-iwm", "subject", V, "IWM plus 0.30%", "IWM plus 0.60%", "0.60%",
      "0.60% is DIA's day; IWM rose 0.30%", real=True)
plant(B, "f1-dia", "direction", D, "DIA plus 0.60%", "DIA minus 0.60%", "minus",
      "DIA rose 0.60%")
plant(B, "f1-mag", "magnitude", MG, "just creeping", "rocketing", "rocketing",
      "IWM's 0.30% is about a quarter of its ATR")
plant(B, "f1-quote", "quotation", NU, "climbed 1.1% to 6,901.69 and the Nasdaq",
      "climbed 1.4% to 6,901.69 and the Nasdaq", "1.4%", "the source says 1.1%")
plant(B, "f1-cite", "citation", CU, "roared back on Friday\" [2]", "roared back on Friday\" [4]", "[4]",
      "there is no source [4]")
plant(B, "f1-twice", "words", V, "nearly twice the usual", "nearly three times the usual", "three times",
      "the volume ratio is 1.8")
plant(B, "f1-5d", "timeframe", V, "Five sessions, plus 1.10%", "Five sessions, plus 3.28%", "3.28%",
      "3.28% is the YTD move; the 5-day move is 1.10%", real=True)
plant(B, "f1-recdate", "date", DU, "from Thursday, October 22", "from Thursday, October 15", "October 15",
      "the record close is dated Oct 22, 2026")
plant(B, "f1-off", "value", V, "you finished 0.97% off it", "you finished 1.97% off it", "1.97%",
      "pct_from_ath is -0.97%")
plant(B, "f1-low52", "value", V, "you're 16.14% above that", "you're 18.14% above that", "18.14%",
      "pct_from_52w_low is 16.14%")
plant(B, "f1-200", "value", V, "6.48% above the 200-day", "6.84% above the 200-day", "6.84%",
      "pct_vs_sma_200 is 6.48%")
plant(B, "f1-cross", "pattern", P, "Golden cross since September 21", "Death cross since September 21",
      "Death cross", "the 50-day is above the 200-day")
plant(B, "f1-slope50", "trend", V, "The 50-day has climbed 1.76%", "The 50-day has climbed 2.76%", "2.76%",
      "the 50-day's 20-session slope is 1.76%")
plant(B, "f1-slope200", "trend", P, "the 200-day barely moved, up 0.13%",
      "the 200-day shot up, up 0.13%", "shot up", "the 200-day moved 0.13% in 20 sessions")
plant(B, "f1-rsi", "indicator", IND, "middle of the road, neither hot nor\n  cold",
      "running hot, firmly\n  overbought", "overbought", "RSI 55.0 is neutral")
plant(B, "f1-macd", "negation", IND, "has not got back above its signal", "has not dropped below its signal",
      "not dropped below", "MACD 0.82 is below its signal 1.59")
plant(B, "f1-res", "level", LW, "Resistance $690.00, the round one", "Resistance $685.00, the round one",
      "$685.00", "a resistance below the $688.00 close")
plant(B, "f1-sup", "level", V, "$670.42 (two tests)", "$670.42 (four tests)", "four tests",
      "the $670.42 level has 2 touches")
plant(B, "f1-rr", "setup", SRR, "about two to one", "about four to one", "four to one",
      "(710.97-697.09)/(697.09-690.03) = 2.0")
plant(B, "f1-stop", "setup", SG, "stop $690.03, target", "stop $699.03, target", "$699.03",
      "a long's stop above its $697.09 entry")
plant(B, "f1-scale", "scale", SC, "You touched $679.36", "You touched 6,793.60", "6,793.60",
      "SPY quoted on the S&P 500's scale")
plant(B, "f1-wd", "date", WM, "the Fed on Wednesday, December 9", "the Fed on Tuesday, December 9",
      "Tuesday", "Dec 9, 2026 is a Wednesday")

B = "poker-QQQ-2026-11-20"
clean(B, "QQQ-2026-11-20", "handhistory", "md",
      "a poker site's hand history of Friday's session, seats for funds, hole cards, table chat with "
      "quoted railbirds, a HUD table and a coach's review",
      """\
PokerStreet Hand #88412907: Hold'em No Limit ($5/$10), Friday, November 20, 2026 16:00:00 ET
Table 'Megacap Six-Max', seat #3 is the button

Seat 1: QQQ (hero), bought in at $618.09 at the open, after Thursday's stack of $614.72
Seat 2: SPY, up 1.10% on the day
Seat 3: DIA, up 0.60%
Seat 4: IWM, up 0.30%
Seat 5: VIX, folded, down 9.30% to 15.60
Seat 6: empty (sitting out)

*** HOLE CARDS ***
Dealt to QQQ [Ah Kh]. The hero's recent history at this table: $629.76 on Wednesday, November 11,
  the record; $625.98 on Thursday; $618.47 on Friday the 13th; $621.56 Monday; $615.97 Tuesday;
  $618.43 Wednesday; $614.72 Thursday.
*** FLOP *** [Qs Jd 2c]
QQQ checks down to $614.90, the low of the day, and survives the bluff.
*** TURN *** [Kd]
QQQ bets big and rallies to $631.45, the high of the hand.
*** RIVER *** [7s]
QQQ shows [Ah Kh] for two pair and closes at $626.40, up $11.68, or 1.90%: a strong rally.
*** SUMMARY ***
Pot: 86.8 million shares traded, twice the 20-day average of 44.3 million. Rake: $0.

Table chat
SPY: nh. I'm up 1.10% and you beat me by 0.80 points.
IWM: up 0.30% here, 1.60 points behind you, as usual.
DIA: 0.60%, 1.30 behind. gg
Railbird_77: Tapewatch on Tuesday had QQQ "2.2% short of the record close of $629.76 it posted on
  Nov. 11" [2], so this is a comeback.
Dealer: And Tapewatch on expiry day: "a tech-led rally lifted QQQ to $626.40" [1].

HUD after 500 hands

| HUD stat | QQQ |
|---|---|
| Close | $626.40 |
| 5 sessions | +1.28% |
| 1 month | +0.27% |
| Year to date | +4.91% |
| vs 50-day ($614.02) | +2.02% |
| vs 200-day ($580.22) | +7.96% |
| RSI (14) | 56.4 |
| ATR (14) | $8.05 |

Coach's review (24 minutes, recorded for the stable). The stack sits 0.53% under the record close of
  $629.76 and 21.01% above the April 28 low of $517.65. The golden cross dates from July 27, 83
  sessions ago. The 50-day rose about 1.5% over the last twenty sessions; the 200-day crept 0.23%
  higher. RSI is mid-range, nowhere near overbought. MACD at 1.96 is not above its 2.46 signal, so
  momentum has not turned up yet. Today's move was 1.6 ATRs, a big hand, after a gap up of 0.55% at
  the open.
Levels at the table: first ceiling $627.27 (tested twice), then the record at $629.76 and the
  intraday peak of $632.37 from November 12. Floors: $623.73 (two tests), the round $620, the
  50-day at $614.02, and $610.21, the bottom of a 29-session range 3.20% wide.
Next hand: raise only above $630.00, stop $621.95, target $649.31, reward to risk 2.4. Options at
  the rail: max pain $630, put/call 1.32, call wall $640, put wall $610. The blinds go up on
  Wednesday, December 9, with the Fed, 13 sessions away.

Play responsibly. 18+ only. Table rules v3.2, last edited 2026.

<<SOURCES>>
""", sources=("tw-opex20", "tw-nasdaq17"), source_format="md")
plant(B, "pk-open", "value", V, "bought in at $618.09 at the open", "bought in at $619.09 at the open",
      "$619.09", "QQQ opened at $618.09")
plant(B, "pk-prev", "history", V, "after Thursday's stack of $614.72", "after Thursday's stack of $615.72",
      "$615.72", "QQQ closed at $614.72 on Thu Nov 19")
plant(B, "pk-dia", "subject", V, "Seat 3: DIA, up 0.60%", "Seat 3: DIA, up 0.30%", "0.30%",
      "0.30% is IWM's day; DIA rose 0.60%", real=True)
plant(B, "pk-vix", "direction", D, "folded, down 9.30% to 15.60", "folded, up 9.30% to 15.60", "up",
      "the VIX fell 9.30%")
plant(B, "pk-recwd", "date", WM, "$629.76 on Wednesday, November 11", "$629.76 on Tuesday, November 11",
      "Tuesday", "Nov 11, 2026 was a Wednesday")
plant(B, "pk-fri13", "history", V, "$618.47 on Friday the 13th", "$619.47 on Friday the 13th", "$619.47",
      "QQQ closed at $618.47 on Fri Nov 13")
plant(B, "pk-tue", "history", V, "$615.97 Tuesday", "$616.97 Tuesday", "$616.97",
      "QQQ closed at $615.97 on Tue Nov 17")
plant(B, "pk-low", "value", V, "checks down to $614.90, the low", "checks down to $612.90, the low",
      "$612.90", "QQQ's low was $614.90")
plant(B, "pk-high", "scale", SC, "rallies to $631.45, the high", "rallies to 6,314.50, the high",
      "6,314.50", "QQQ quoted on another scale")
plant(B, "pk-mag", "magnitude", MG, "a strong rally", "a marginal uptick", "marginal uptick",
      "a 1.90% move of 1.6 ATRs")
plant(B, "pk-words", "words", V, "twice the 20-day average", "three times the 20-day average",
      "three times", "the volume ratio is 2.0")
plant(B, "pk-div", "derived", DER, "you beat me by 0.80 points", "you beat me by 0.70 points", "0.70",
      "1.90 - 1.10 = 0.80")
plant(B, "pk-div2", "derived", DER, "1.60 points behind you", "1.20 points behind you", "1.20",
      "1.90 - 0.30 = 1.60")
plant(B, "pk-quote", "quotation", NU, "\"2.2% short of the record", "\"3.2% short of the record", "3.2%",
      "the source says 2.2%")
plant(B, "pk-cite", "citation", CU, "lifted QQQ to $626.40\" [1]", "lifted QQQ to $626.40\" [3]", "[3]",
      "there is no source [3]")
plant(B, "pk-5d", "timeframe", V, "| 5 sessions | +1.28% |", "| 5 sessions | +4.91% |", "+4.91%",
      "4.91% is the YTD move; the 5-day move is 1.28%", real=True)
plant(B, "pk-t200", "value", V, "| +7.96% |", "| +7.69% |", "+7.69%", "pct_vs_sma_200 is 7.96%")
plant(B, "pk-trsi", "indicator", V, "| RSI (14) | 56.4 |", "| RSI (14) | 65.4 |", "65.4", "RSI is 56.4")
plant(B, "pk-ath", "value", V, "sits 0.53% under the record", "sits 1.53% under the record", "1.53%",
      "pct_from_ath is -0.53%")
plant(B, "pk-lowdate", "date", DU, "the April 28 low of $517.65", "the April 21 low of $517.65",
      "April 21", "the 52-week low is dated Apr 28, 2026")
plant(B, "pk-crossage", "history", V, "83\n  sessions ago", "63\n  sessions ago", "63",
      "the cross is 83 sessions old")
plant(B, "pk-slope", "trend", P, "the 200-day crept 0.23%\n  higher", "the 200-day surged 0.23%\n  higher",
      "surged", "the 200-day moved 0.23% in 20 sessions")
plant(B, "pk-macd", "negation", IND, "is not above its 2.46 signal", "is not below its 2.46 signal",
      "not below", "MACD 1.96 is below its signal 2.46")
plant(B, "pk-sup", "level", LW, "Floors: $623.73 (two tests)", "Floors: $628.73 (two tests)", "$628.73",
      "a floor above the $626.40 close")
plant(B, "pk-touch", "level", V, "$627.27 (tested twice)", "$627.27 (tested five times)", "five times",
      "the $627.27 level has 2 touches")
plant(B, "pk-stop", "setup", SG, "stop $621.95, target", "stop $631.95, target", "$631.95",
      "a long's stop above its $630.00 entry")
plant(B, "pk-rr", "setup", SRR, "reward to risk 2.4", "reward to risk 3.6", "3.6",
      "(649.31-630.00)/(630.00-621.95) = 2.4")
plant(B, "pk-width", "value", V, "range 3.20% wide", "range 4.20% wide", "4.20%",
      "the range's width is 3.20%")
plant(B, "pk-fed", "date", DU, "Wednesday, December 9, with the Fed", "Wednesday, December 16, with the Fed",
      "December 16", "the Fed decides on Dec 9, 2026")

B = "auction-DIA-2026-11-20"
clean(B, "DIA-2026-11-20", "catalogue", "txt",
      "an auction house's sale catalogue of Friday's session, lots for facts, estimates, hammer prices, "
      "provenance from two quoted wires, a buyer's premium and conditions of sale",
      """\
HARTWELL & DAUGHTERS, FINE ART AND CURIOSITIES
Sale 2611: "The Blue-Chip Collection", Friday, 20 November 2026, 10:00 a.m., Lots 1-9
Viewing Wednesday 18 and Thursday 19 November, 9:00 a.m. to 5:00 p.m. Buyer's premium 25%.

Lot 1. The SPDR Dow Jones Industrial Average ETF (DIA), one closing print. Estimate $465-$475.
  Hammer: $471.60, up $2.81 or 0.60% on the previous sale at $468.79. The bidding opened at $468.96;
  the room went as high as $471.86 and as low as $467.35. Provenance: closed at $467.85 on Monday,
  November 16, at $466.92 on Tuesday, $468.32 on Wednesday and $468.79 on Thursday, so this is the
  third rising session in a row, worth 1.00% together. Condition report: 0.85% above the 50-day
  average of $467.61 and 3.69% above the 200-day at $454.80. Golden cross since October 2, 35
  sessions. RSI 55.5, comfortably neutral. MACD 0.34 slightly under its 0.47 signal. The 50-day has
  risen 0.75% over twenty sessions, while the 200-day has slipped 0.32%. Average true range $4.50.

Lot 2. The Dow Jones Industrial Average itself, at 47,220.31, up 0.58%. Sold with Lot 1 as a pair;
  the two moved within 0.02 of a point of each other.

Lot 3. A matched set of peers: SPY up 1.10%, QQQ up 1.90%, IWM up 0.30%, barely moving. DIA trailed
  SPY by 0.50 of a point and QQQ by 1.30, and beat IWM by 0.30.

Lot 4. Provenance papers. Tapewatch, Wednesday: "The SPDR Dow Jones Industrial Average ETF (DIA)
  closed at $468.32" [1]. Ledger Markets Daily, Monday: the Dow ended "at 46,842.14 after it gained
  0.3%" [2].

Lot 5. Long-range history. The record close of $493.91 dates from January 12, 2026; DIA is 4.52%
  below it. The year's lowest close, $423.43, came on April 30, and DIA stands 11.38% above that.
  Over five sessions it is up 1.10%, over a month down 0.17%, for the year down 0.72%.

Lot 6. Architectural salvage (levels). A ceiling at $473.00, tested three times, 0.30% above the
  hammer; $474.50, the top of the 43-session range, which is 2.20% wide; $476.13 (three touches)
  and the round $480. Floors: the round $470, the 50-day at $467.61 (four touches), and $464.29, the
  range floor (three).

Lot 7. Options ephemera: max pain $473, put/call 1.14, call wall $480, put wall $465, all for the
  November 27 expiry.

Lot 8. Volume: 5.5 million shares against a 20-day average of 3.4 million, roughly one and a half
  times the usual.

Lot 9. Calendar: the Fed's decision on Wednesday, December 9, in 13 sessions, and CPI on Thursday,
  December 10.

Conditions of sale: all lots sold as seen. Payment within 7 days. Hartwell & Daughters, est. 1887.

<<SOURCES>>
""", sources=("tw-dow18", "ld-bluechips16"), source_format="paren")
plant(B, "au-hammer", "value", V, "Hammer: $471.60", "Hammer: $472.60", "$472.60", "DIA closed at $471.60")
plant(B, "au-chg", "value", V, "up $2.81 or 0.60%", "up $2.18 or 0.60%", "$2.18", "change_1d is $2.81")
plant(B, "au-high", "value", V, "as high as $471.86", "as high as $472.86", "$472.86",
      "DIA's high was $471.86")
plant(B, "au-scale", "scale", SC, "as low as $467.35", "as low as 46,735.00", "46,735.00",
      "DIA quoted on the Dow's scale")
plant(B, "au-mon", "history", V, "closed at $467.85 on Monday", "closed at $465.85 on Monday", "$465.85",
      "DIA closed at $467.85 on Mon Nov 16")
plant(B, "au-wd", "date", WM, "on Monday,\n  November 16", "on Sunday,\n  November 16", "Sunday",
      "Nov 16, 2026 was a Monday")
plant(B, "au-wed", "history", V, "$468.32 on Wednesday", "$469.32 on Wednesday", "$469.32",
      "DIA closed at $468.32 on Wed Nov 18")
plant(B, "au-streak", "history", V, "third rising session in a row", "fifth rising session in a row",
      "fifth", "the close streak is 3 sessions")
plant(B, "au-50", "value", V, "0.85% above the 50-day", "0.65% above the 50-day", "0.65%",
      "pct_vs_sma_50 is 0.85%")
plant(B, "au-cross", "date", DU, "Golden cross since October 2", "Golden cross since October 9",
      "October 9", "the cross is dated Oct 2, 2026")
plant(B, "au-rsi", "indicator", IND, "RSI 55.5, comfortably neutral", "RSI 55.5, deeply oversold",
      "oversold", "RSI 55.5 is neutral")
plant(B, "au-macd", "indicator", IND, "slightly under its 0.47 signal", "slightly over its 0.47 signal",
      "over", "MACD 0.34 is below its signal 0.47")
plant(B, "au-slope", "trend", P, "the 200-day has slipped 0.32%", "the 200-day has climbed 0.32%",
      "climbed", "the 200-day fell 0.32% in 20 sessions")
plant(B, "au-pair", "derived", DER, "within 0.02 of a point", "within 0.25 of a point", "0.25",
      "0.60 - 0.58 = 0.02")
plant(B, "au-spy", "derived", DER, "SPY by 0.50 of a point", "SPY by 0.90 of a point", "0.90",
      "1.10 - 0.60 = 0.50")
plant(B, "au-iwm", "direction", D, "and beat IWM by 0.30", "and trailed IWM by 0.30", "trailed",
      "DIA rose 0.60%, IWM 0.30%")
plant(B, "au-mag", "magnitude", MG, "IWM up 0.30%, barely moving", "IWM up 0.30%, surging", "surging",
      "IWM's 0.30% is about a quarter of its ATR")
plant(B, "au-quote", "quotation", NU, "closed at $468.32\" [1]", "closed at $468.23\" [1]", "$468.23",
      "the source says $468.32")
plant(B, "au-cite", "citation", CU, "0.3%\" [2]", "0.3%\" [5]", "[5]", "there is no source [5]")
plant(B, "au-recdate", "date", DU, "dates from January 12, 2026", "dates from January 21, 2026",
      "January 21, 2026", "the record close is dated Jan 12, 2026")
plant(B, "au-ath", "value", V, "DIA is 4.52%\n  below it", "DIA is 5.42%\n  below it", "5.42%",
      "pct_from_ath is -4.52%")
plant(B, "au-1m", "timeframe", V, "over a month down 0.17%", "over a month down 0.72%", "0.72%",
      "0.72% is the YTD move; the month's is -0.17%", real=True)
plant(B, "au-ceil", "level", LW, "A ceiling at $473.00, tested", "A ceiling at $469.00, tested", "$469.00",
      "a ceiling below the $471.60 close")
plant(B, "au-dist", "derived", DER, "0.30% above the\n  hammer", "0.40% above the\n  hammer", "0.40%",
      "473.00 / 471.60 - 1 = 0.30%")
plant(B, "au-width", "value", V, "which is 2.20% wide", "which is 2.70% wide", "2.70%",
      "the range's width is 2.20%")
plant(B, "au-touch", "level", V, "$467.61 (four touches)", "$467.61 (two touches)", "two touches",
      "the $467.61 level has 4 touches")
plant(B, "au-words", "words", V, "roughly one and a half\n  times", "roughly three\n  times", "three",
      "the volume ratio is 1.6")
plant(B, "au-sess", "history", V, "in 13 sessions, and CPI", "in 18 sessions, and CPI", "18",
      "the Fed decision is 13 sessions away")

B = "mission-IWM-2026-11-20"
clean(B, "IWM-2026-11-20", "loop", "txt",
      "a mission-control flight loop transcript of Friday's close, stations calling in (FIDO, EECOM, "
      "GUIDO, CAPCOM, SURGEON), with relayed quotes from two wires and a ground-elapsed-time stamp",
      """\
FLIGHT LOOP TRANSCRIPT, MISSION RUSSELL-2000 (IWM), GET 06:30:00, FRIDAY NOVEMBER 20, 2026
On the loop: FLIGHT (director), FIDO (trajectory), EECOM (systems), GUIDO (guidance), CAPCOM, SURGEON.

FLIGHT: All stations, Flight. Final status check for the close. FIDO?
FIDO: Flight, FIDO. Vehicle closed at $244.30, a gentle climb, up $0.73, or 0.30%, from $243.57
  yesterday. Launch this morning was $244.20, a gap of 0.26%. Apogee $244.45, perigee $243.65: an
  80-cent window, the tightest orbit all week.
FLIGHT: Copy. Trajectory over the last week?
FIDO: Down 1.10% over five sessions. Closes: $249.26 on Thursday the 12th, the top of the range,
  then $247.01 Friday, $247.26 Monday, $245.28 Tuesday, $244.79 Wednesday and $243.57 Thursday. One
  month: down 1.65%. Year to date: up 0.42%.
FLIGHT: EECOM, systems.
EECOM: Flight, EECOM. We're 0.60% below the 50-day average at $245.77 and 5.86% above the 200-day
  at $230.77. The golden cross has held since August 10, 73 sessions. Both averages are flat: the
  50-day is down 0.08% over twenty sessions and the 200-day down 0.09%. RSI 48.2, just under the
  midline. MACD 0.31 below its 0.51 signal. ATR $2.83, 1.16% of price; today's move was about a
  fifth of an ATR. Bollinger bands $239.63 to $250.15, 4.30% wide.
FLIGHT: GUIDO, relative nav.
GUIDO: Flight, GUIDO. We trailed SPY by 0.80 of a point, SPY up 1.10%, and QQQ by 1.60; DIA beat us
  by 0.30. That's the sixth session in a row behind SPY, by 42 basis points a day on average. The
  Russell 2000 itself closed at 2,456.17, up 0.30%.
CAPCOM: Flight, CAPCOM, relaying ground reports. Ledger Markets Daily: "It was the sixth session in
  a row in which IWM trailed the SPDR S&P 500 ETF (SPY)" [1]. And Macro Brief: "The 10-year yield
  fell 7 basis points to 4.06%" [2].
FLIGHT: Keep-out zones?
FIDO: Resistance: $249.26, three contacts, 2.03% above us, then $252.53. Support: $242.80, then
  $241.00, the range floor, and $240.02. The range is 25 sessions long and 3.43% wide. Options: max
  pain $245, call wall $250, put wall $240, put/call 1.12.
FLIGHT: Long range?
FIDO: The record close is $257.77 from November 28, 2025, and we are 5.23% below it. The April 9
  low was $204.10; we are 19.70% above it.
SURGEON: Crew volume 39.6 million shares, 1.3 times the 20-day average of 30.0 million. Heart rates
  normal.
FLIGHT: Next burn: the Fed, Wednesday, December 9, 13 sessions from now; CPI Thursday, December 10.
  Flight out, loop closed at 16:04 Eastern.

<<SOURCES>>
""", sources=("ld-smallcaps20", "mb-yields20"), source_format="foot")
plant(B, "mc-close", "value", V, "Vehicle closed at $244.30", "Vehicle closed at $244.03", "$244.03",
      "IWM closed at $244.30")
plant(B, "mc-mag", "magnitude", MG, "a gentle climb", "a violent surge", "violent surge",
      "IWM's 0.30% is 0.2 ATR")
plant(B, "mc-prev", "history", V, "from $243.57\n  yesterday", "from $243.75\n  yesterday", "$243.75",
      "IWM closed at $243.57 on Thu Nov 19")
plant(B, "mc-open", "value", V, "Launch this morning was $244.20", "Launch this morning was $244.40",
      "$244.40", "IWM opened at $244.20")
plant(B, "mc-gap", "value", V, "a gap of 0.26%", "a gap of 0.46%", "0.46%", "gap_pct is 0.26%")
plant(B, "mc-scale", "scale", SC, "Apogee $244.45", "Apogee 2,444.50", "2,444.50",
      "IWM quoted on the Russell 2000's scale")
plant(B, "mc-5d", "timeframe", V, "Down 1.10% over five sessions", "Down 1.65% over five sessions", "1.65%",
      "1.65% is the month's fall; the 5-day move is -1.10%", real=True)
plant(B, "mc-thu", "history", V, "$249.26 on Thursday the 12th", "$248.26 on Thursday the 12th", "$248.26",
      "IWM closed at $249.26 on Thu Nov 12")
plant(B, "mc-tue", "history", V, "$245.28 Tuesday", "$246.28 Tuesday", "$246.28",
      "IWM closed at $245.28 on Tue Nov 17")
plant(B, "mc-ytd", "direction", D, "Year to date: up 0.42%", "Year to date: down 0.42%", "down",
      "the YTD move is +0.42%")
plant(B, "mc-50", "pattern", P, "We're 0.60% below the 50-day", "We're 0.60% above the 50-day", "above",
      "IWM is below its 50-day")
plant(B, "mc-cross", "date", DU, "held since August 10", "held since August 17", "August 17",
      "the cross is dated Aug 10, 2026")
plant(B, "mc-flat", "trend", P, "Both averages are flat", "Both averages are climbing fast",
      "climbing fast", "the 50-day moved -0.08% and the 200-day -0.09% in 20 sessions")
plant(B, "mc-rsi", "indicator", IND, "RSI 48.2, just under the\n  midline",
      "RSI 48.2, deep in oversold\n  territory", "oversold", "RSI 48.2 is neutral")
plant(B, "mc-fifth", "words", V, "about a\n  fifth of an ATR", "about three\n  quarters of an ATR",
      "three quarters", "move_atr is 0.2")
plant(B, "mc-bw", "value", V, "$250.15, 4.30% wide", "$250.15, 3.40% wide", "3.40%", "bb_width_pct is 4.30%")
plant(B, "mc-spy", "derived", DER, "trailed SPY by 0.80 of a point", "trailed SPY by 0.70 of a point",
      "0.70", "1.10 - 0.30 = 0.80")
plant(B, "mc-dia", "direction", D, "DIA beat us\n  by 0.30", "we beat DIA\n  by 0.30", "beat DIA",
      "DIA rose 0.60%, IWM 0.30%")
plant(B, "mc-streak", "history", V, "That's the sixth session in a row", "That's the fourth session in a row",
      "fourth", "IWM has trailed SPY for 6 sessions")
plant(B, "mc-bp", "value", V, "by 42 basis points a day", "by 52 basis points a day", "52",
      "streak_avg_margin_bp is -42")
plant(B, "mc-rut", "subject", V, "closed at 2,456.17, up 0.30%", "closed at 2,456.17, up 1.10%", "1.10%",
      "1.10% is SPY's day; the Russell 2000 rose 0.30%", real=True)
plant(B, "mc-quote", "quotation", NU, "\"It was the sixth session", "\"It was the seventh session", "seventh",
      "the source says the sixth session")
plant(B, "mc-cite", "citation", CS, "to 4.06%\" [2]", "to 4.06%\" [1]", "[1]",
      "the small-caps story [1] prints no yield")
plant(B, "mc-res", "level", LW, "Support: $242.80, then", "Support: $246.80, then", "$246.80",
      "a support above the $244.30 close")
plant(B, "mc-touch", "level", V, "three contacts", "six contacts", "six",
      "the $249.26 level has 3 touches")
plant(B, "mc-dist", "derived", DER, "2.03% above us", "2.80% above us", "2.80%",
      "249.26 / 244.30 - 1 = 2.03%")
plant(B, "mc-width", "value", V, "25 sessions long and 3.43% wide", "25 sessions long and 3.34% wide",
      "3.34%", "the range's width is 3.43%")
plant(B, "mc-athdate", "date", DU, "from November 28, 2025", "from November 26, 2025", "November 26, 2025",
      "the record close is dated Nov 28, 2025")
plant(B, "mc-low", "value", V, "we are 19.70% above it", "we are 17.90% above it", "17.90%",
      "pct_from_52w_low is 19.70%")
plant(B, "mc-wd", "date", WM, "CPI Thursday, December 10", "CPI Friday, December 10", "Friday",
      "Dec 10, 2026 is a Thursday")

B = "adjuster-GSPC-2026-11-20"
clean(B, "idx_GSPC-2026-11-20", "claimreport", "txt",
      "an insurance field adjuster's claim report on the S&P 500 as the insured property, with a claim "
      "number, a policy limit and deductible, numbered findings, comparables and two quoted wires",
      """\
NORTHGATE MUTUAL, PROPERTY & CASUALTY
FIELD ADJUSTER'S REPORT, Claim No. SP-500-2026-1120-07
Insured: the S&P 500 Index (the "Property"). Inspected Friday, November 20, 2026. Adjuster: R. Okonjo,
  licence 0042177. Policy limit $2,000,000; deductible $1,000 (the policy's figures, not the index's).

1. NATURE OF CLAIM. The insured reports weather damage during the week of November 16 and asks
  whether Friday's repairs restored the Property.

2. LOSS HISTORY. The Property stood at 6,826.92 on Friday, November 13. It recovered to 6,855.03 on
  Monday, fell to 6,821.04 on Tuesday, mended to 6,841.38 on Wednesday and slipped to 6,826.06 on
  Thursday. Harbor Street Wire described Thursday plainly: "the S&P 500 declined 0.2% to 6,826.06"
  [1].

3. INSPECTION FINDINGS. The Property opened at 6,833.00, a gap of 0.10%, sagged to a low of 6,815.01
  and closed at 6,901.69, up 75.63 points, or 1.11%. The day's high was 6,920.40. The repair
  measured about 1.1 times the average true range of 70.89 points, a sturdy rather than cosmetic
  job. Ledger Markets Daily: "the S&P 500 climbed 1.1% to 6,901.69" [2].

4. COMPARABLE PROPERTIES. The Nasdaq 100 rose 1.89% to 25,753.96, 0.78 of a point ahead of the
  insured. The Dow added 0.58% to 47,220.31 and the Russell 2000 0.30% to 2,456.17; the insured beat
  them by 0.52 and 0.80 points. The VIX fell 9.30% to 15.60.

5. STRUCTURAL SURVEY. Foundations sound: 1.13% above the 50-day average of 6,824.87 and 6.50% above
  the 200-day at 6,480.69. The golden cross of September 21 is 44 sessions old. The 50-day average
  has risen 1.77% in twenty sessions; the 200-day has been nearly flat, up 0.13%. RSI 54.9: no
  overheating. MACD 8.49 still under its signal line at 16.37. Bollinger bands 6,786.65 to 6,954.18.

6. PRIOR VALUATIONS. Record close 6,968.14 on Thursday, October 22; the Property sits 0.95% below it.
  Over five sessions up 1.10%; over a month down 0.95%; year to date up 3.33%.

7. RISK POINTS. Overhead: 6,949.67 (two tests), 6,968.14 (three tests), then the round 7,000, 1.42%
  away. Underneath: the round 6,900, just below the close; 6,805.34, the floor of the 29-session
  range (two tests); 6,724.30; and 6,681.39 (three tests). The range is 2.39% wide.

8. RECOMMENDATION. No payout. A buyer's trigger only above 6,992.05, stop 6,921.16, target 7,130.94,
  close to two to one. Re-inspection after the Fed decision on Wednesday, December 9 (13 sessions)
  and CPI on Thursday, December 10.

Signed, R. Okonjo, 20 November 2026, 17:45. Page 1 of 1. Form NM-114 (rev. 03/2024).

<<SOURCES>>
""", sources=("hs-edge19", "ld-rebound20"), source_format="plain")
plant(B, "ia-fri", "history", V, "stood at 6,826.92 on Friday", "stood at 6,862.92 on Friday", "6,862.92",
      "the index closed at 6,826.92 on Fri Nov 13")
plant(B, "ia-tue", "history", V, "fell to 6,821.04 on Tuesday", "fell to 6,812.04 on Tuesday", "6,812.04",
      "the index closed at 6,821.04 on Tue Nov 17")
plant(B, "ia-quote", "quotation", NU, "declined 0.2% to 6,826.06\"", "declined 0.4% to 6,826.06\"", "0.4%",
      "the source says 0.2%")
plant(B, "ia-open", "value", V, "opened at 6,833.00", "opened at 6,853.00", "6,853.00",
      "the index opened at 6,833.00")
plant(B, "ia-low", "value", V, "a low of 6,815.01", "a low of 6,851.01", "6,851.01",
      "the day's low was 6,815.01")
plant(B, "ia-chg", "value", V, "up 75.63 points", "up 57.63 points", "57.63", "change_1d is 75.63")
plant(B, "ia-scale", "scale", SC, "and closed at 6,901.69, up", "and closed at $690.17, up", "$690.17",
      "the index quoted in dollars")
plant(B, "ia-cite", "citation", CU, "to 6,901.69\" [2]", "to 6,901.69\" [6]", "[6]",
      "there is no source [6]")
plant(B, "ia-ndx", "derived", DER, "0.78 of a point ahead", "0.87 of a point ahead", "0.87",
      "1.89 - 1.11 = 0.78")
plant(B, "ia-dji", "subject", V, "The Dow added 0.58%", "The Dow added 0.30%", "0.30%",
      "0.30% is the Russell 2000's day; the Dow rose 0.58%", real=True)
plant(B, "ia-div", "derived", DER, "by 0.52 and 0.80 points", "by 0.52 and 0.90 points", "0.90",
      "1.11 - 0.30 = 0.80")
plant(B, "ia-vix", "direction", D, "The VIX fell 9.30%", "The VIX rose 9.30%", "rose", "the VIX fell 9.30%")
plant(B, "ia-200", "value", V, "6.50% above\n  the 200-day", "6.05% above\n  the 200-day", "6.05%",
      "pct_vs_sma_200 is 6.50%")
plant(B, "ia-age", "history", V, "44 sessions old", "54 sessions old", "54", "the cross is 44 sessions old")
plant(B, "ia-slope", "trend", P, "the 200-day has been nearly flat, up 0.13%",
      "the 200-day has been soaring, up 0.13%", "soaring", "the 200-day moved 0.13% in 20 sessions")
plant(B, "ia-rsi", "indicator", IND, "RSI 54.9: no\n  overheating", "RSI 54.9: overheated,\n  overbought",
      "overbought", "RSI 54.9 is neutral")
plant(B, "ia-macd", "negation", IND, "MACD 8.49 still under its signal",
      "MACD 8.49 no longer under its signal", "no longer under", "MACD 8.49 is below its signal 16.37")
plant(B, "ia-recwd", "date", WM, "6,968.14 on Thursday, October 22", "6,968.14 on Friday, October 22",
      "Friday", "Oct 22, 2026 was a Thursday")
plant(B, "ia-ath", "value", V, "sits 0.95% below it", "sits 1.85% below it", "1.85%",
      "pct_from_ath is -0.95%")
plant(B, "ia-ytd", "timeframe", V, "year to date up 3.33%", "year to date up 1.10%", "1.10%",
      "1.10% is the 5-day move; the YTD move is 3.33%", real=True)
plant(B, "ia-sup", "level", LW, "the round 6,900, just below", "the round 6,950, just below", "6,950",
      "a level called below the close that sits above 6,901.69")
plant(B, "ia-touch", "level", V, "6,681.39 (three tests)", "6,681.39 (five tests)", "five tests",
      "the 6,681.39 level has 3 touches")
plant(B, "ia-dist", "derived", DER, "the round 7,000, 1.42%\n  away", "the round 7,000, 2.14%\n  away",
      "2.14%", "7,000 / 6,901.69 - 1 = 1.42%")
plant(B, "ia-width", "value", V, "The range is 2.39% wide", "The range is 2.93% wide", "2.93%",
      "the range's width is 2.39%")
plant(B, "ia-stop", "setup", SG, "stop 6,921.16, target", "stop 7,021.16, target", "7,021.16",
      "a long's stop above its 6,992.05 entry")
plant(B, "ia-rr", "setup", SRR, "close to two to one", "close to four to one", "four to one",
      "(7130.94-6992.05)/(6992.05-6921.16) = 2.0")
plant(B, "ia-fed", "date", DU, "Wednesday, December 9 (13 sessions)", "Wednesday, December 2 (13 sessions)",
      "December 2", "the Fed decides on Dec 9, 2026")

B = "plumber-RUT-2026-11-17"
clean(B, "idx_RUT-2026-11-17", "jobsheet", "txt",
      "a plumber's job sheet for the Russell 2000 as a leaking house, with readings for prices, the "
      "neighbours' systems, pipework and valves, a quoted van radio, parts in pounds and VAT",
      """\
DRIPLESS PLUMBING & HEATING LTD. JOB SHEET #4471
Customer: the Russell 2000 Index (small-cap residence, 2,000 rooms). Date: Tuesday 17 November 2026.
  Engineer: Gaz. On site 08:30-16:30 (8 hrs at £65/hr).

Reported fault: pressure dropping. The customer says pressure read 2,505.20 on Thursday the 12th,
  the best reading of the range, then 2,482.49 on Friday and 2,485.09 on Monday.

Readings on the day: opened at 2,479.40, a gap of -0.23%, so a small drop overnight; peaked at
  2,486.79, bottomed at 2,459.06 and closed at 2,465.79. Net loss of 19.30 points, or 0.78%. That is
  a bit more than half the normal daily swing (ATR 32.44 points, 1.32%), so a slow leak, not a burst
  pipe. Week: down 0.98% over five sessions. Month: up 1.48%. Year: up 0.85%.

Neighbours' systems: the S&P 500 lost 0.50% to 6,821.04, the Nasdaq 100 lost 0.90% to 25,326.20 and
  the Dow slipped 0.21% to 46,742.21. So this house lost 0.28 of a point more than the S&P 500 but
  0.13 less than the Nasdaq 100. Third day running behind the S&P 500, by 29 basis points a day on
  average. The VIX went up 6.02% to 17.60. Harbor Street Wire, on the van radio: "The small-cap
  Russell 2000 slipped 0.8% to 2,465.79" [1].

Pipework (averages): 0.33% below the 50-day at 2,473.93, which sits right above as the first
  ceiling, and 6.36% above the 200-day at 2,318.38. Golden cross in place since August 10, 70
  sessions back. The 50-day's slope is mildly up, 0.39% over twenty sessions; the 200-day slipped
  0.12%. RSI 50.1, dead centre. MACD 8.85 is still above its signal at 5.83.

Valves (levels): above, 2,473.93, then 2,505.20 (two tests, 1.60% up), then 2,537.49. Below,
  2,458.33 (one test), the round 2,450, 2,440.36, and 2,421.62, the bottom of a 22-session range
  that is 3.45% wide. Long view: the record close was 2,591.09 on November 28, 2025, and we're 4.84%
  below it. The low of the year was 2,050.63 on April 9.

Next visit: after the Fed, Wednesday 9 December (16 sessions), and CPI on Thursday 10 December.
Parts: 2 x 15mm compression elbows £3.40, PTFE tape £1.20. Labour 8 hrs. VAT 20%.
Customer signature: ____________

<<SOURCES>>
""", sources=("hs-slides17",), source_format="md")
plant(B, "pl-thu", "history", V, "read 2,505.20 on Thursday the 12th", "read 2,502.20 on Thursday the 12th",
      "2,502.20", "the index closed at 2,505.20 on Thu Nov 12")
plant(B, "pl-fri", "history", V, "then 2,482.49 on Friday", "then 2,484.49 on Friday", "2,484.49",
      "the index closed at 2,482.49 on Fri Nov 13")
plant(B, "pl-close", "value", V, "and closed at 2,465.79. Net", "and closed at 2,456.79. Net", "2,456.79",
      "the index closed at 2,465.79")
plant(B, "pl-scale", "scale", SC, "peaked at\n  2,486.79", "peaked at\n  $248.68", "$248.68",
      "the index quoted in dollars")
plant(B, "pl-loss", "direction", D, "Net loss of 19.30 points", "Net gain of 19.30 points", "gain",
      "the index fell 19.30 points")
plant(B, "pl-half", "words", V, "a bit more than half the normal daily swing",
      "about twice the normal daily swing", "twice", "move_atr is 0.6")
plant(B, "pl-5d", "timeframe", V, "down 0.98% over five sessions", "down 0.78% over five sessions", "0.78%",
      "0.78% is the day's fall; the 5-day move is -0.98%", real=True)
plant(B, "pl-1m", "direction", D, "Month: up 1.48%", "Month: down 1.48%", "down",
      "the month's move is +1.48%")
plant(B, "pl-spx", "subject", V, "the S&P 500 lost 0.50% to", "the S&P 500 lost 0.90% to", "0.90%",
      "0.90% is the Nasdaq 100's fall; the S&P 500 lost 0.50%", real=True)
plant(B, "pl-div", "derived", DER, "lost 0.28 of a point more", "lost 0.43 of a point more", "0.43",
      "0.78 - 0.50 = 0.28")
plant(B, "pl-div2", "direction", D, "but\n  0.13 less than the Nasdaq 100",
      "and\n  0.13 more than the Nasdaq 100", "more than", "the index fell 0.78%, the Nasdaq 100 0.90%")
plant(B, "pl-streak", "history", V, "Third day running behind", "Fifth day running behind", "Fifth",
      "the index has trailed for 3 sessions")
plant(B, "pl-quote", "quotation", NU, "slipped 0.8% to 2,465.79\" [1]", "slipped 1.8% to 2,465.79\" [1]",
      "1.8%", "the source says 0.8%")
plant(B, "pl-cite", "citation", CU, "to 2,465.79\" [1]", "to 2,465.79\" [7]", "[7]", "there is no source [7]")
plant(B, "pl-50", "pattern", P, "0.33% below the 50-day", "0.33% above the 50-day", "above",
      "the index is below its 50-day")
plant(B, "pl-cross", "date", DU, "since August 10, 70", "since August 3, 70", "August 3",
      "the cross is dated Aug 10, 2026")
plant(B, "pl-age", "history", V, "70\n  sessions back", "76\n  sessions back", "76",
      "the cross is 70 sessions old")
plant(B, "pl-slope", "trend", V, "0.39% over twenty sessions", "0.89% over twenty sessions", "0.89%",
      "the 50-day's 20-session slope is 0.39%")
plant(B, "pl-rsi", "indicator", IND, "RSI 50.1, dead centre", "RSI 50.1, stretched overbought", "overbought",
      "RSI 50.1 is neutral")
plant(B, "pl-macd", "negation", IND, "MACD 8.85 is still above its signal",
      "MACD 8.85 is no longer above its signal", "no longer above", "MACD 8.85 is above its signal 5.83")
plant(B, "pl-level", "level", LW, "Below,\n  2,458.33 (one test)", "Below,\n  2,478.33 (one test)",
      "2,478.33", "a level below that sits above the 2,465.79 close")
plant(B, "pl-touch", "level", V, "2,505.20 (two tests, 1.60% up)", "2,505.20 (four tests, 1.60% up)",
      "four tests", "the 2,505.20 level has 2 touches")
plant(B, "pl-dist", "derived", DER, "(two tests, 1.60% up)", "(two tests, 1.16% up)", "1.16%",
      "2,505.20 / 2,465.79 - 1 = 1.60%")
plant(B, "pl-width", "value", V, "that is 3.45% wide", "that is 4.35% wide", "4.35%",
      "the range's width is 3.45%")
plant(B, "pl-ath", "date", DU, "2,591.09 on November 28, 2025", "2,591.09 on November 18, 2025",
      "November 18, 2025", "the record close is dated Nov 28, 2025")
plant(B, "pl-wd", "date", WM, "Wednesday 9 December", "Tuesday 9 December", "Tuesday",
      "Dec 9, 2026 is a Wednesday")

B = "welsh-FSMI-2026-11-20"
clean(B, "idx_FSMI-2026-11-20", "translation", "txt",
      "market notes translated from Welsh by a desk in Aberystwyth, with the Welsh date line, the "
      "translator's bracketed notes on idioms and a diary of the coming weeks",
      """\
Nodiadau'r Farchnad / Market notes (translated from the Welsh by the desk in Aberystwyth; the
  translator's notes are in square brackets)

Dydd Gwener, 20 Tachwedd 2026 [Friday, 20 November 2026]

The Frontier Select Markets Index fell again on Friday, by 312.84 points or 0.88%, to 35,112.40, its
  lowest close of the year [the Welsh says "the lowest of the twelve months"]. It opened at
  35,418.76, barely below Thursday's 35,425.24, touched 35,491.49 early and sank to 35,039.66. This
  is the third fall in a row, worth 3.58% together. The week went like this: on Friday the 13th it
  closed at 36,224.53, on Monday at 36,189.14, on Tuesday at 36,415.51, on Wednesday at 35,758.32
  and on Thursday at 35,425.24. Over five sessions it has lost 3.07%, over a month 8.56%, and since
  New Year 18.33%.

The contrast with America is stark [lit. "like chalk and cheese"]: SPY rose 1.10% and the Russell
  2000 0.30%, so the Frontier index lagged the S&P 500 by 1.99 points and the Russell by 1.19. It
  has trailed the S&P 500 for three sessions, by 160 basis points a day on average. The FRNT fund
  that tracks it closed at $30.01, down 0.86%.

Averages: the index is 10.45% below its 50-day average (39,210.55) and 19.73% below the 200-day
  (43,740.76). The death cross came on October 15, 26 sessions ago. The 50-day has fallen 9.38% in
  twenty sessions, a steep slide, and the 200-day 1.57%. RSI 23.0: deeply oversold [the translator
  kept the English word]. MACD -1,085.04 stays below its signal at -1,025.37. ATR 549.68 points, or
  1.57%; Friday's fall was about six tenths of that. The lower Bollinger band is at 35,162.55, and
  the close sat below it.

Record and range: the year's high was 48,944.52 on August 19, and the index is 28.26% below it. The
  all-time high, 52,018.76 from November 13, 2024, is further still: the index is 32.50% below it.
  The 20-session range runs from 35,112.40 to 38,808.51 and is 10.53% wide; Friday's close is its
  floor.

Levels: support at the round 35,000, 0.32% below; resistance at the round 35,500 (1.10% above), then
  37,915.92, tested once, and the 50-day at 39,210.55.

Dyddiadur [diary]: the Fed on Wednesday, 9 December (13 sessions), American prices on Thursday, 10
  December. Next notes on Monday. Diolch yn fawr [thank you very much].
""")
plant(B, "cy-chg", "value", V, "by 312.84 points", "by 321.84 points", "321.84", "change_1d is -312.84")
plant(B, "cy-scale", "scale", SC, "to 35,112.40, its", "to $351.12, its", "$351.12",
      "the index quoted in dollars")
plant(B, "cy-low", "pattern", P, "its\n  lowest close of the year", "its\n  highest close of the year",
      "highest close", "the close is the 52-week low")
plant(B, "cy-open", "value", V, "It opened at\n  35,418.76", "It opened at\n  35,481.76", "35,481.76",
      "the index opened at 35,418.76")
plant(B, "cy-streak", "history", V, "is the third fall in a row", "is the fifth fall in a row", "fifth",
      "the close streak is 3 sessions")
plant(B, "cy-streakpct", "history", V, "worth 3.58% together", "worth 3.85% together", "3.85%",
      "the streak's change is -3.58%")
plant(B, "cy-tue", "history", V, "on Tuesday at 36,415.51", "on Tuesday at 36,145.51", "36,145.51",
      "the index closed at 36,415.51 on Tue Nov 17")
plant(B, "cy-wed", "history", V, "on Wednesday at 35,758.32", "on Wednesday at 35,578.32", "35,578.32",
      "the index closed at 35,758.32 on Wed Nov 18")
plant(B, "cy-1m", "timeframe", V, "over a month 8.56%", "over a month 18.33%", "18.33%",
      "18.33% is the YTD fall; the month's is 8.56%", real=True)
plant(B, "cy-rut", "subject", V, "the Russell\n  2000 0.30%", "the Russell\n  2000 0.88%", "0.88%",
      "0.88% is the Frontier index's fall; the Russell 2000 rose 0.30%", real=True)
plant(B, "cy-div", "derived", DER, "by 1.99 points", "by 2.09 points", "2.09", "1.11 + 0.88 = 1.99")
plant(B, "cy-bp", "value", V, "by 160 basis points a day", "by 150 basis points a day", "150",
      "streak_avg_margin_bp is -160")
plant(B, "cy-frnt", "direction", D, "closed at $30.01, down 0.86%", "closed at $30.01, up 0.86%", "up",
      "FRNT fell 0.86%")
plant(B, "cy-50", "value", V, "10.45% below its 50-day", "12.45% below its 50-day", "12.45%",
      "pct_vs_sma_50 is -10.45%")
plant(B, "cy-cross", "pattern", P, "The death cross came on October 15",
      "The golden cross came on October 15", "golden cross", "the 50-day is below the 200-day")
plant(B, "cy-slope", "trend", P, "a steep slide", "a gentle drift", "gentle drift",
      "the 50-day fell 9.38% in 20 sessions")
plant(B, "cy-rsi", "indicator", IND, "RSI 23.0: deeply oversold", "RSI 23.0: comfortably neutral",
      "neutral", "RSI 23.0 is oversold")
plant(B, "cy-macd", "negation", IND, "stays below its signal", "is no longer below its signal",
      "no longer below", "MACD -1,085.04 is below its signal -1,025.37")
plant(B, "cy-tenths", "words", V, "about six tenths of that", "about twice that", "twice", "move_atr is 0.6")
plant(B, "cy-band", "direction", D, "the close sat below it", "the close sat above it", "above",
      "the close 35,112.40 is below the lower band 35,162.55")
plant(B, "cy-hidate", "date", DU, "48,944.52 on August 19", "48,944.52 on August 29", "August 29",
      "the 52-week high is dated Aug 19, 2026")
plant(B, "cy-pct", "value", V, "the index is 28.26% below it", "the index is 26.28% below it", "26.28%",
      "pct_from_52w_high is -28.26%")
plant(B, "cy-width", "value", V, "and is 10.53% wide", "and is 12.53% wide", "12.53%",
      "the range's width is 10.53%")
plant(B, "cy-sup", "level", LW, "support at the round 35,000", "support at the round 35,800", "35,800",
      "a support above the 35,112.40 close")
plant(B, "cy-dist", "derived", DER, "(1.10% above)", "(1.40% above)", "1.40%",
      "35,500 / 35,112.40 - 1 = 1.10%")
plant(B, "cy-wd", "date", WM, "on Thursday, 10\n  December", "on Wednesday, 10\n  December", "Wednesday",
      "Dec 10, 2026 is a Thursday")

B = "estonian-FRNT-2026-11-20"
clean(B, "FRNT-2026-11-20", "translation", "md",
      "a fund market review translated from Estonian by a Tallinn office, with the translator's notes "
      "marked 'tlk.', a period table beside SPY and a note on decimal commas",
      """\
Turuülevaade / Market review (translated from the Estonian; the translator's notes are marked "tlk.")
Reede, 20. november 2026 (Friday, 20 November 2026). Tallinn office, 3rd floor.

The FRNT fund, which follows the Frontier Select Markets Index, closed on Friday at $30.01, 26 cents
  or 0.86% lower. It opened at $30.27, exactly at Thursday's close, so there was no gap, rose to
  $30.33 and fell to $29.95. This was the third day of losses in a row (3.60% in total) and the
  lowest close in a year (tlk.: the Estonian says "the lowest in 52 weeks"). Trading came to 7.8
  million units against a 20-day average of 6.3 million, about one and a fifth times the usual.

Last week's closes: Thursday the 12th $31.52, Friday $30.96, Monday $30.95, Tuesday $31.13,
  Wednesday $30.55 and Thursday $30.27.

| period | FRNT | SPY |
|---|---|---|
| day | -0.86% | +1.10% |
| 5 sessions | -3.07% | +1.10% |
| 1 month | -8.56% | -0.97% |
| since January | -18.34% | +3.28% |

The fund beat its index by only 0.02 of a point, but trailed SPY by 1.96 and IWM by 1.16. It is the third
  session in a row behind SPY, by 161 basis points a day on average.

Averages: 10.45% below the 50-day ($33.51) and 19.73% below the 200-day ($37.38); the 20-day is at
  $31.72. Death cross since October 15, 26 sessions. The 50-day has lost 9.39% in twenty sessions and
  the 200-day 1.57%: both fall. RSI 22.9, oversold, the lowest zone. MACD -0.93 is under its signal
  (-0.88). ATR $0.47 (1.56%); the day's move was about half an ATR. Bollinger: lower band $30.05,
  upper $33.39; the close is under the lower band.

Extremes: the 52-week high was $41.82 on August 19, 2026, and the close is 28.24% below it. The
  all-time high is $44.45 from November 13, 2024; the fund is 32.49% below it.

Levels: support only at the round $30, one cent below (-0.03%). Resistance: the round $31 (3.30%
  higher), $32.39 (one test, 7.93%) and $33.51, the 50-day (11.67%). The 20-session range runs from
  $30.01 to $33.16 and is 10.50% wide.

Calendar: the Fed on Wednesday, December 9 (13 sessions), CPI on Thursday, December 10.
(tlk.: Estonian writes decimals with a comma; they are given here with a point.)
""")
plant(B, "ee-close", "value", V, "closed on Friday at $30.01", "closed on Friday at $30.10", "$30.10",
      "FRNT closed at $30.01")
plant(B, "ee-cents", "value", V, "26 cents", "36 cents", "36 cents", "change_1d is -$0.26")
plant(B, "ee-open", "value", V, "It opened at $30.27, exactly", "It opened at $30.72, exactly", "$30.72",
      "FRNT opened at $30.27")
plant(B, "ee-scale", "scale", SC, "rose to\n  $30.33", "rose to\n  35,330.00", "35,330.00",
      "FRNT quoted on its index's scale")
plant(B, "ee-low", "value", V, "fell to $29.95", "fell to $29.59", "$29.59", "FRNT's low was $29.95")
plant(B, "ee-streak", "history", V, "the third day of losses in a row", "the fourth day of losses in a row",
      "fourth", "the close streak is 3 sessions")
plant(B, "ee-streakpct", "history", V, "(3.60% in total)", "(3.06% in total)", "3.06%",
      "the streak's change is -3.60%")
plant(B, "ee-fifth", "words", V, "about one and a fifth times the usual", "about twice the usual", "twice",
      "the volume ratio is 1.2")
plant(B, "ee-thu", "history", V, "Thursday the 12th $31.52", "Thursday the 12th $31.25", "$31.25",
      "FRNT closed at $31.52 on Thu Nov 12")
plant(B, "ee-tue", "history", V, "Tuesday $31.13", "Tuesday $31.31", "$31.31",
      "FRNT closed at $31.13 on Tue Nov 17")
plant(B, "ee-t5d", "timeframe", V, "| 5 sessions | -3.07% |", "| 5 sessions | -8.56% |", "-8.56%",
      "8.56% is the month's fall; the 5-day move is -3.07%", real=True)
plant(B, "ee-tspy", "subject", V, "| 1 month | -8.56% | -0.97% |", "| 1 month | -8.56% | -1.65% |", "-1.65%",
      "-1.65% is IWM's month; SPY's is -0.97%", real=True)
plant(B, "ee-div", "derived", DER, "by only 0.02 of a point", "by only 0.12 of a point", "0.12",
      "-0.86 - (-0.88) = 0.02")
plant(B, "ee-iwm", "derived", DER, "IWM by 1.16", "IWM by 1.36", "1.36", "0.30 + 0.86 = 1.16")
plant(B, "ee-bp", "value", V, "by 161 basis points", "by 116 basis points", "116",
      "streak_avg_margin_bp is -161")
plant(B, "ee-200", "value", V, "19.73% below the 200-day", "17.93% below the 200-day", "17.93%",
      "pct_vs_sma_200 is -19.73%")
plant(B, "ee-cross", "date", DU, "Death cross since October 15", "Death cross since October 25", "October 25",
      "the cross is dated Oct 15, 2026")
plant(B, "ee-slope", "trend", P, "1.57%: both fall", "1.57%: both rise", "both rise",
      "the 50-day fell 9.39% and the 200-day 1.57% in 20 sessions")
plant(B, "ee-rsi", "indicator", IND, "RSI 22.9, oversold", "RSI 22.9, overbought", "overbought",
      "RSI 22.9 is oversold")
plant(B, "ee-macd", "indicator", IND, "MACD -0.93 is under its signal", "MACD -0.93 is over its signal",
      "over", "MACD -0.93 is below its signal -0.88")
plant(B, "ee-band", "direction", D, "the close is under the lower band", "the close is over the lower band",
      "over", "the close $30.01 is below the lower band $30.05")
plant(B, "ee-hidate", "date", DU, "$41.82 on August 19, 2026", "$41.82 on August 12, 2026",
      "August 12, 2026", "the 52-week high is dated Aug 19, 2026")
plant(B, "ee-ath", "value", V, "the fund is 32.49% below it", "the fund is 34.29% below it", "34.29%",
      "pct_from_ath is -32.49%")
plant(B, "ee-sup", "level", LW, "support only at the round $30,", "support only at the round $31,", "$31",
      "a support above the $30.01 close")
plant(B, "ee-dist", "derived", DER, "(3.30%\n  higher)", "(3.90%\n  higher)", "3.90%",
      "31 / 30.01 - 1 = 3.30%")
plant(B, "ee-touch", "level", V, "$32.39 (one test, 7.93%)", "$32.39 (three tests, 7.93%)", "three tests",
      "the $32.39 level has 1 touch")
plant(B, "ee-width", "value", V, "and is 10.50% wide", "and is 15.00% wide", "15.00%",
      "the range's width is 10.50%")
plant(B, "ee-wd", "date", WM, "the Fed on Wednesday, December 9", "the Fed on Thursday, December 9",
      "Thursday", "Dec 9, 2026 is a Wednesday")

B = "slovak-SPY-2026-06-03"
clean(B, "SPY-2026-06-03", "translation", "txt",
      "a bank branch's daily commentary translated from Slovak for English-speaking clients in "
      "Bratislava, with bracketed translator's remarks and a Slovak date line",
      """\
Denný komentár / Daily commentary (translated from the Slovak for the Bratislava branch's
  English-speaking clients; the translator's remarks are in brackets)
Streda, 3. júna 2026 [Wednesday, 3 June 2026]

SPY rose for the fifth day in a row on Wednesday, by $3.83 or 0.58%, to $659.18, the highest close of
  the last twenty sessions and the top of its range. Together the five gains made 4.87%. The fund
  opened at $656.50, 0.18% above Tuesday's $655.35, dipped to $652.54 and reached $659.77. Last
  Thursday it closed at $630.82, on Friday at $643.10, on Monday at $650.49 and on Tuesday at
  $655.35. Over a month the gain is 8.87%, but since the start of the year SPY is still 1.05% lower.
  Volume was thin: 51.6 million shares against a 20-day average of 69.3 million, roughly seven
  tenths of normal.

The neighbours [susedia]: the S&P 500 itself rose 0.58% to 6,609.79, QQQ 0.57% to $595.41 and IWM
  0.35% to $228.85, while DIA fell 0.58% to $461.11. SPY beat DIA by 1.16 points and IWM by 0.23.
  The VIX, oddly, rose 6.18% to 18.55.

Technical picture [technický obraz]: SPY is 6.99% above the 50-day average ($616.10) and 1.76% above
  the 200-day ($647.76). The 50-day is still under the 200-day: the death cross of March 27 is 46
  sessions old. The 50-day has slipped 0.31% in twenty sessions, and the 200-day is flat (+0.01%).
  RSI 72.3, overbought. MACD 10.15 above its signal of 6.99. The close is above the upper Bollinger
  band ($655.85). ATR $7.75 (1.18%); today's move was half an ATR.

Longer term: the 52-week high close of $692.73 is from November 26, 2025, and SPY is 4.84% below
  it. The low of $592.37 came on April 28, 2026; SPY stands 11.28% above it.

Levels: resistance $660.09 (one test, 0.14% above), $665.30 (two tests), $681.39 and $694.62.
  Support $652.32 (two tests), the round $650, and the 200-day at $647.76, tested three times. The
  20-session range runs from $609.86 to $659.18 and is 8.09% wide.

Plan: a long above $665.54, stop $657.79, target $681.23, reward two to one.
[Translator's note: the Slovak decimal comma and the space between thousands were converted.]
""")
plant(B, "sk-streak", "history", V, "rose for the fifth day in a row", "rose for the third day in a row",
      "third", "the close streak is 5 sessions")
plant(B, "sk-chg", "value", V, "by $3.83 or 0.58%", "by $3.38 or 0.58%", "$3.38", "change_1d is $3.83")
plant(B, "sk-high", "pattern", P, "the highest close of\n  the last twenty sessions",
      "the lowest close of\n  the last twenty sessions", "lowest close",
      "the close is the top of the 20-session range")
plant(B, "sk-five", "history", V, "the five gains made 4.87%", "the five gains made 5.78%", "5.78%",
      "the streak's change is 4.87%")
plant(B, "sk-gap", "value", V, "0.18% above Tuesday's", "0.81% above Tuesday's", "0.81%", "gap_pct is 0.18%")
plant(B, "sk-thu", "history", V, "Thursday it closed at $630.82", "Thursday it closed at $632.82", "$632.82",
      "SPY closed at $630.82 on Thu May 28")
plant(B, "sk-fri", "history", V, "on Friday at $643.10", "on Friday at $641.10", "$641.10",
      "SPY closed at $643.10 on Fri May 29")
plant(B, "sk-1m", "timeframe", V, "Over a month the gain is 8.87%", "Over a month the gain is 4.87%", "4.87%",
      "4.87% is the 5-day move; the month's is 8.87%", real=True)
plant(B, "sk-ytd", "direction", D, "SPY is still 1.05% lower", "SPY is now 1.05% higher", "higher",
      "the YTD move is -1.05%")
plant(B, "sk-tenths", "words", V, "roughly seven\n  tenths of normal",
      "roughly one and a half\n  times normal", "one and a half", "the volume ratio is 0.7")
plant(B, "sk-scale", "scale", SC, "rose 0.58% to 6,609.79", "rose 0.58% to $660.98", "$660.98",
      "the S&P 500 quoted in dollars")
plant(B, "sk-qqq", "subject", V, "QQQ 0.57% to $595.41", "QQQ 0.35% to $595.41", "0.35%",
      "0.35% is IWM's day; QQQ rose 0.57%", real=True)
plant(B, "sk-dia", "direction", D, "while DIA fell 0.58%", "while DIA rose 0.58%", "rose", "DIA fell 0.58%")
plant(B, "sk-div", "derived", DER, "SPY beat DIA by 1.16 points", "SPY beat DIA by 0.16 points", "0.16",
      "0.58 + 0.58 = 1.16")
plant(B, "sk-50", "value", V, "SPY is 6.99% above the 50-day", "SPY is 6.09% above the 50-day", "6.09%",
      "pct_vs_sma_50 is 6.99%")
plant(B, "sk-cross", "pattern", P, "the death cross of March 27", "the golden cross of March 27",
      "golden cross", "the 50-day is below the 200-day")
plant(B, "sk-neg", "negation", P, "The 50-day is still under the 200-day",
      "The 50-day is no longer under the 200-day", "no longer under",
      "the 50-day $616.10 is below the 200-day $647.76")
plant(B, "sk-slope", "trend", P, "the 200-day is flat (+0.01%)", "the 200-day is climbing steeply (+0.01%)",
      "climbing steeply", "the 200-day moved 0.01% in 20 sessions")
plant(B, "sk-rsi", "indicator", IND, "RSI 72.3, overbought", "RSI 72.3, neutral", "neutral",
      "RSI 72.3 is overbought")
plant(B, "sk-macd", "indicator", IND, "MACD 10.15 above its signal", "MACD 10.15 below its signal", "below",
      "MACD 10.15 is above its signal 6.99")
plant(B, "sk-band", "direction", D, "The close is above the upper Bollinger",
      "The close is below the upper Bollinger", "below", "the close $659.18 is above the upper band $655.85")
plant(B, "sk-hidate", "date", DU, "from November 26, 2025", "from November 29, 2025", "November 29, 2025",
      "the 52-week high close is dated Nov 26, 2025")
plant(B, "sk-low", "value", V, "SPY stands 11.28% above it", "SPY stands 12.18% above it", "12.18%",
      "pct_from_52w_low is 11.28%")
plant(B, "sk-res", "level", LW, "resistance $660.09 (one test", "resistance $657.09 (one test", "$657.09",
      "a resistance below the $659.18 close")
plant(B, "sk-dist", "derived", DER, "0.14% above)", "0.41% above)", "0.41%", "660.09 / 659.18 - 1 = 0.14%")
plant(B, "sk-touch", "level", V, "tested three times", "tested five times", "five times",
      "the $647.76 level has 3 touches")
plant(B, "sk-width", "value", V, "and is 8.09% wide", "and is 9.08% wide", "9.08%",
      "the range's width is 8.09%")
plant(B, "sk-stop", "setup", SG, "stop $657.79, target", "stop $667.79, target", "$667.79",
      "a long's stop above its $665.54 entry")
plant(B, "sk-rr", "setup", SRR, "reward two to one", "reward five to one", "five to one",
      "(681.23-665.54)/(665.54-657.79) = 2.0")

B = "malay-DIA-2026-06-03"
clean(B, "DIA-2026-06-03", "translation", "txt",
      "a Kuala Lumpur remisier's note to clients translated from Malay, with Malay section headings, the "
      "translator's glosses of idioms, a licence number and exchange hours",
      """\
Ulasan Pasaran / Market commentary (translated from the Malay: a Kuala Lumpur remisier's note to
  clients; the translator's glosses are in brackets)
Rabu, 3 Jun 2026 [Wednesday, 3 June 2026], 9.15 pm Malaysia time

Ringkasan [summary]. The Dow fund DIA slipped on Wednesday, losing $2.67 or 0.58% to close at
  $461.11, a small step back after Tuesday's $463.78, the highest close of the last twenty sessions.
  It opened at $462.98, 0.17% below Tuesday's close, traded between $460.92 and $463.24, and ended
  near the bottom of that band. The day's fall was about half an ATR ($5.20): a pause, nothing more
  [the Malay idiom is "berhenti minum teh", stopping for tea]. Before that it closed at $450.01 on
  Thursday 28 May, $456.48 on Friday, $462.43 on Monday and $463.78 on Tuesday. For the week DIA is
  up 2.78%, for the month up 6.62%, and for the year still down 2.93%.

Rakan [peers]. Everyone else rose: SPY 0.58%, QQQ 0.57%, IWM 0.35%. The Dow index itself fell 0.57% to
  46,185.73. DIA trailed SPY by 1.16 points and IWM by 0.93. It is the second session in a row behind
  SPY, by 81 basis points a day on average. The VIX went up 6.18% to 18.55.

Teknikal. DIA is 4.85% above its 50-day ($439.80) and just 0.22% above its 200-day ($460.09), which it
  has tested three times. The 50-day is still under the 200-day, with the death cross of April 8, 39
  sessions old. The 50-day fell 0.93% over twenty sessions; the 200-day
  rose a hair, 0.08%. RSI 66.6: strong but below 70, not yet overbought. MACD 5.89 above its signal
  4.08. Bollinger bands $433.85 to $463.44.

Paras [levels]. Resistance $463.64 (three tests, 0.55% up), $465.21 and $469.08. Support: the 200-day
  at $460.09, then $453.39, $450.88 (three tests) and $447.39 (two). The 20-session range, $436.19 to
  $463.78, is 6.33% wide.

Sejarah [history]. Record close $493.91 on January 12, 2026; DIA is 6.64% below it. The year's low
  was $423.43 on April 30, and the close is 8.90% above it.

Volume 3.9 million against an average of 3.5 million, about 1.1 times. Terima kasih. (Remisier licence
  no. EC-2291; Bursa hours 9.00 am to 5.00 pm.)
""")
plant(B, "my-chg", "value", V, "losing $2.67 or 0.58%", "losing $2.76 or 0.58%", "$2.76",
      "change_1d is -$2.67")
plant(B, "my-close", "value", V, "to close at\n  $461.11", "to close at\n  $461.31", "$461.31",
      "DIA closed at $461.11")
plant(B, "my-tuehigh", "pattern", P, "the highest close of the last twenty sessions",
      "the lowest close of the last twenty sessions", "lowest close",
      "Tuesday's $463.78 was the 20-session high close")
plant(B, "my-gap", "value", V, "0.17% below Tuesday's close", "0.71% below Tuesday's close", "0.71%",
      "gap_pct is -0.17%")
plant(B, "my-scale", "scale", SC, "and $463.24, and ended", "and 46,324.00, and ended", "46,324.00",
      "DIA quoted on the Dow's scale")
plant(B, "my-pos", "direction", D, "ended\n  near the bottom of that band",
      "ended\n  near the top of that band", "near the top",
      "the close $461.11 sits at the bottom of $460.92-$463.24")
plant(B, "my-half", "words", V, "about half an ATR", "about two ATRs", "two ATRs", "move_atr is 0.5")
plant(B, "my-thu", "history", V, "closed at $450.01 on", "closed at $451.01 on", "$451.01",
      "DIA closed at $450.01 on Thu May 28")
plant(B, "my-wd", "date", WM, "on\n  Thursday 28 May", "on\n  Wednesday 28 May", "Wednesday",
      "May 28, 2026 was a Thursday")
plant(B, "my-mon", "history", V, "$462.43 on Monday", "$463.43 on Monday", "$463.43",
      "DIA closed at $462.43 on Mon Jun 1")
plant(B, "my-5d", "timeframe", V, "For the week DIA is\n  up 2.78%", "For the week DIA is\n  up 6.62%",
      "6.62%", "6.62% is the month's move; the 5-day move is 2.78%", real=True)
plant(B, "my-qqq", "subject", V, "QQQ 0.57%, IWM", "QQQ 0.35%, IWM", "0.35%",
      "0.35% is IWM's day; QQQ rose 0.57%", real=True)
plant(B, "my-dji", "direction", D, "The Dow index itself fell 0.57%", "The Dow index itself rose 0.57%",
      "rose", "the Dow fell 0.57%")
plant(B, "my-div", "derived", DER, "IWM by 0.93", "IWM by 0.39", "0.39", "0.35 + 0.58 = 0.93")
plant(B, "my-streak", "history", V, "It is the second session in a row", "It is the fourth session in a row",
      "fourth", "DIA has trailed SPY for 2 sessions")
plant(B, "my-200", "value", V, "just 0.22% above its 200-day", "just 0.52% above its 200-day", "0.52%",
      "pct_vs_sma_200 is 0.22%")
plant(B, "my-touch", "level", V, "has tested three times", "has tested six times", "six times",
      "the $460.09 level has 3 touches")
plant(B, "my-cross", "pattern", P, "with the death cross of April 8", "with the golden cross of April 8",
      "golden cross", "the 50-day is below the 200-day")
plant(B, "my-crossdate", "date", DU, "of April 8, 39", "of April 15, 39", "April 15",
      "the cross is dated Apr 8, 2026")
plant(B, "my-slope", "trend", P, "the 200-day\n  rose a hair, 0.08%", "the 200-day\n  jumped, 0.08%",
      "jumped", "the 200-day moved 0.08% in 20 sessions")
plant(B, "my-rsi", "negation", IND, "not yet overbought", "already overbought", "already overbought",
      "RSI 66.6 is under 70")
plant(B, "my-macd", "indicator", IND, "MACD 5.89 above its signal", "MACD 5.89 below its signal", "below",
      "MACD 5.89 is above its signal 4.08")
plant(B, "my-res", "level", LW, "Resistance $463.64 (three tests", "Resistance $458.64 (three tests",
      "$458.64", "a resistance below the $461.11 close")
plant(B, "my-dist", "derived", DER, "0.55% up)", "0.85% up)", "0.85%", "463.64 / 461.11 - 1 = 0.55%")
plant(B, "my-touch2", "level", V, "$450.88 (three tests)", "$450.88 (one test)", "one test",
      "the $450.88 level has 3 touches")
plant(B, "my-width", "value", V, "is 6.33% wide", "is 3.63% wide", "3.63%", "the range's width is 6.33%")
plant(B, "my-recdate", "date", DU, "$493.91 on January 12, 2026", "$493.91 on January 22, 2026",
      "January 22, 2026", "the record close is dated Jan 12, 2026")
plant(B, "my-ath", "value", V, "DIA is 6.64% below it", "DIA is 4.66% below it", "4.66%",
      "pct_from_ath is -6.64%")

B = "quest-QQQ-2025-11-17"
clean(B, "QQQ-2025-11-17", "questlog", "md",
      "a role-playing game's quest log for a record day, the fund as a level-97 paladin, a journal of "
      "past days, party members for peers, a stats table, a skill tree and side quests",
      """\
QUEST LOG: "The Nasdaq Ascent" (Chapter 11, Monday, November 17, 2025)
Player: QQQ, Level 97 Paladin. Save slot 3. Playtime 412 h.

[MAIN QUEST] Reach the Summit: COMPLETED
You closed at $622.21, a new record close, the highest in the game's history, gaining $10.60
  (+1.73%). XP earned: 1,730. You spawned at $613.29 after last night's save at $611.61, a gap of
  0.27%, fell through a trapdoor to $609.46, then climbed all the way to $626.07. A big move: 1.4
  times your average true range of $8.35.

[JOURNAL: PREVIOUS DAYS]
- Mon 10 Nov: camp at $605.03
- Tue 11 Nov: $610.76
- Wed 12 Nov: $615.65, then a setback
- Thu 13 Nov: $612.16
- Fri 14 Nov: $611.61
Five-session progress: +2.84%. One month: +1.68%. Year to date: +14.73%.

[PARTY]
- SPY the Knight: +1.39% to $684.44. You out-levelled him by 0.35 points, the second session
  running, by 22 basis points a session on average.
- DIA the Cleric: +0.89% to $481.59, 0.84 behind you.
- IWM the Rogue: +1.96% to $247.41, the only party member ahead of you, by 0.23.
- VIX the Shadow: down 4.67% to 13.47, retreating.
- Your patron deity (not in the party), the Nasdaq 100: +1.74% to 25,582.79.

[STATS]

| stat | value |
|---|---|
| Distance above 50-day ($601.02) | +3.52% |
| Distance above 200-day ($538.92) | +15.46% |
| RSI | 65.6 |
| MACD / signal | 3.36 / 1.48 |
| Volume | 63.7M (1.6x the 40.8M average) |

[SKILL TREE]
Golden cross unlocked on July 1, 2025, 97 sessions ago. The 50-day average gained 2.04% over twenty
  sessions and the 200-day 1.17%: both climbing. RSI 65.6 is strong but not overbought. MACD 3.36 is
  above its signal line of 1.48. Bollinger bands $583.73 to $627.15; the close sits inside the upper
  band. From the April 16 low of $411.68 you have climbed 51.14%.

[NEXT QUEST]
Resistance gate at $622.81 (one previous attempt, 0.10% above), then the round $630. Safe rooms below:
  the round $620, $617.74, and the 50-day at $601.02, tested twice. The 20-session dungeon spans
  $588.73 to $622.21, 5.69% wide, and you're at its ceiling. Side quest: long above $630.56, stop
  $620.12, target $655.61; reward/risk 2.4.
Achievement unlocked: "New Heights" (1 of 48).
""")
plant(B, "gq-close", "value", V, "You closed at $622.21", "You closed at $622.12", "$622.12",
      "QQQ closed at $622.21")
plant(B, "gq-chg", "value", V, "gaining $10.60", "gaining $16.00", "$16.00", "change_1d is $10.60")
plant(B, "gq-gap", "value", V, "a gap of\n  0.27%", "a gap of\n  0.62%", "0.62%", "gap_pct is 0.27%")
plant(B, "gq-low", "value", V, "a trapdoor to $609.46", "a trapdoor to $606.46", "$606.46",
      "QQQ's low was $609.46")
plant(B, "gq-scale", "scale", SC, "all the way to $626.07", "all the way to 25,626.07", "25,626.07",
      "QQQ quoted on the Nasdaq 100's scale")
plant(B, "gq-wed", "history", V, "Wed 12 Nov: $615.65", "Wed 12 Nov: $616.55", "$616.55",
      "QQQ closed at $615.65 on Wed Nov 12, 2025")
plant(B, "gq-wd", "date", WM, "Thu 13 Nov: $612.16", "Fri 13 Nov: $612.16", "Fri",
      "Nov 13, 2025 was a Thursday")
plant(B, "gq-fri", "history", V, "Fri 14 Nov: $611.61", "Fri 14 Nov: $611.16", "$611.16",
      "QQQ closed at $611.61 on Fri Nov 14, 2025")
plant(B, "gq-ytd", "timeframe", V, "Year to date: +14.73%", "Year to date: +2.84%", "+2.84%",
      "2.84% is the 5-day move; the YTD move is 14.73%", real=True)
plant(B, "gq-spy", "derived", DER, "by 0.35 points", "by 0.55 points", "0.55",
      "1.73 - 1.39 = 0.34, printed 0.35")
plant(B, "gq-streak", "history", V, "the second session\n  running", "the fifth session\n  running", "fifth",
      "QQQ has led SPY for 2 sessions")
plant(B, "gq-dia", "derived", DER, "0.84 behind you", "0.48 behind you", "0.48", "1.73 - 0.89 = 0.84")
plant(B, "gq-diasub", "subject", V, "DIA the Cleric: +0.89%", "DIA the Cleric: +1.39%", "+1.39%",
      "1.39% is SPY's day; DIA rose 0.89%", real=True)
plant(B, "gq-iwm", "direction", D, "the only party member ahead of you", "the only party member behind you",
      "behind you", "IWM rose 1.96%, QQQ 1.73%")
plant(B, "gq-t200", "value", V, "| +15.46% |", "| +14.56% |", "+14.56%", "pct_vs_sma_200 is 15.46%")
plant(B, "gq-trsi", "indicator", V, "| RSI | 65.6 |", "| RSI | 56.6 |", "56.6", "RSI is 65.6")
plant(B, "gq-cross", "date", DU, "unlocked on July 1, 2025", "unlocked on July 11, 2025", "July 11, 2025",
      "the cross is dated Jul 1, 2025")
plant(B, "gq-age", "history", V, "97 sessions ago", "79 sessions ago", "79", "the cross is 97 sessions old")
plant(B, "gq-slope", "trend", P, "both climbing", "both falling", "both falling",
      "the 50-day rose 2.04% and the 200-day 1.17% in 20 sessions")
plant(B, "gq-slopefig", "trend", V, "The 50-day average gained 2.04%", "The 50-day average gained 4.02%",
      "4.02%", "the 50-day's 20-session slope is 2.04%")
plant(B, "gq-rsi", "negation", IND, "strong but not overbought", "strong and overbought", "and overbought",
      "RSI 65.6 is under 70")
plant(B, "gq-macd", "indicator", IND, "MACD 3.36 is\n  above its signal", "MACD 3.36 is\n  below its signal",
      "below", "MACD 3.36 is above its signal 1.48")
plant(B, "gq-low52", "value", V, "you have climbed 51.14%", "you have climbed 15.14%", "15.14%",
      "pct_from_52w_low is 51.14%")
plant(B, "gq-gate", "level", LW, "Resistance gate at $622.81", "Resistance gate at $618.81", "$618.81",
      "a resistance below the $622.21 close")
plant(B, "gq-dist", "derived", DER, "0.10% above)", "0.30% above)", "0.30%", "622.81 / 622.21 - 1 = 0.10%")
plant(B, "gq-touch", "level", V, "$601.02, tested twice", "$601.02, tested four times", "four times",
      "the $601.02 level has 2 touches")
plant(B, "gq-ceiling", "direction", D, "you're at its ceiling", "you're at its floor", "floor",
      "the close is the range's top")
plant(B, "gq-width", "value", V, "$622.21, 5.69% wide", "$622.21, 6.95% wide", "6.95%",
      "the range's width is 5.69%")
plant(B, "gq-target", "setup", SG, "target $655.61", "target $615.61", "$615.61",
      "a long's target below its $630.56 entry")
plant(B, "gq-rr", "setup", SRR, "reward/risk 2.4", "reward/risk 4.2", "4.2",
      "(655.61-630.56)/(630.56-620.12) = 2.4")

B = "referee-DIA-2025-11-17"
clean(B, "DIA-2025-11-17", "matchreport", "txt",
      "a football referee's match report on a record day, with the fixture, attendance in shares, a "
      "form guide, other grounds for peers, disciplinary notes for indicators and pitch markings for levels",
      """\
REFEREE'S MATCH REPORT
Competition: Blue-Chip League, Matchday 14. Fixture: DIA v The Market. Date: Monday 17 November 2025.
  Kick-off 09:30, full time 16:00. Referee: P. Adeyemi (FIFA badge since 2019). Attendance: 3.9
  million shares, against an average gate of 3.5 million.

1. Result. DIA finished at $481.59, up $4.26 or 0.89%, a record close for the club, the highest in
  its history. The opening whistle came at $478.18, 0.18% above Friday's $477.33; the side dropped as
  low as $477.56 and pressed as high as $485.20. The move was about one average true range ($4.48).

2. Form guide. Monday 10 November $473.54, Tuesday $476.06, Wednesday $478.00, Thursday $477.56,
  Friday $477.33. Five sessions: +1.70%. One month: +1.99%. Season to date: +6.55%.

3. Other grounds. SPY won 1.39%, QQQ 1.73%, IWM 1.96%; DIA trailed all three, by 0.49, 0.84 and 1.07
  points. The Dow Jones Industrial Average itself rose 0.87% to 48,219.41. The VIX dropped 4.67% to
  13.47.

4. Disciplinary (technical) notes. RSI 72.8: overbought, a yellow card for over-enthusiasm. MACD 4.50
  above its 3.61 signal. DIA is 4.51% above its 50-day average ($460.80) and 10.90% above its
  200-day ($434.25). Golden cross since July 14, 89 sessions. The 50-day rose 2.49% over twenty
  sessions, a steep climb; the 200-day rose 0.46%. The close was just under the upper Bollinger band
  at $482.40. From the April 16 low of $371.18 DIA has gained 29.75%.

5. Pitch markings (levels). Above: the round $490, 1.75% away. Below: the round $480, then $476.43
  (one test) and $463.29 (three tests). The 20-session range runs from $461.90 to $481.59, 4.26% wide,
  and DIA closed at its top.

6. Recommendation for the next fixture. Long above $486.07, stop $480.47, target $499.52, reward to
  risk 2.4.

No incidents to report. Signed P. Adeyemi, 17/11/2025, 18:20.
""")
plant(B, "rf-close", "value", V, "DIA finished at $481.59", "DIA finished at $481.95", "$481.95",
      "DIA closed at $481.59")
plant(B, "rf-record", "pattern", P, "a record close for the club, the highest in\n  its history",
      "still below the club's record close, short of the best in\n  its history",
      "below the club's record close", "the close is the record close")
plant(B, "rf-open", "value", V, "came at $478.18", "came at $478.81", "$478.81", "DIA opened at $478.18")
plant(B, "rf-fri", "history", V, "above Friday's $477.33", "above Friday's $477.83", "$477.83",
      "DIA closed at $477.33 on Fri Nov 14, 2025")
plant(B, "rf-atr", "words", V, "about one average true range", "about three average true ranges", "three",
      "move_atr is 1.0")
plant(B, "rf-tue", "history", V, "Tuesday $476.06", "Tuesday $476.60", "$476.60",
      "DIA closed at $476.06 on Tue Nov 11, 2025")
plant(B, "rf-wd", "date", WM, "Monday 10 November $473.54", "Sunday 10 November $473.54", "Sunday",
      "Nov 10, 2025 was a Monday")
plant(B, "rf-1m", "timeframe", V, "One month: +1.99%", "One month: +6.55%", "+6.55%",
      "6.55% is the YTD move; the month's is 1.99%", real=True)
plant(B, "rf-trail", "direction", D, "DIA trailed all three", "DIA beat all three", "beat",
      "DIA rose 0.89%, less than each")
plant(B, "rf-div", "derived", DER, "0.84 and 1.07\n  points", "0.84 and 1.27\n  points", "1.27",
      "1.96 - 0.89 = 1.07")
plant(B, "rf-dji", "subject", V, "rose 0.87% to 48,219.41", "rose 1.39% to 48,219.41", "1.39%",
      "1.39% is SPY's day; the Dow rose 0.87%", real=True)
plant(B, "rf-rsi", "indicator", IND, "RSI 72.8: overbought", "RSI 72.8: oversold", "oversold",
      "RSI 72.8 is overbought")
plant(B, "rf-macd", "negation", IND, "MACD 4.50\n  above its 3.61 signal",
      "MACD 4.50\n  not above its 3.61 signal", "not above", "MACD 4.50 is above its signal 3.61")
plant(B, "rf-50", "value", V, "DIA is 4.51% above its 50-day", "DIA is 5.41% above its 50-day", "5.41%",
      "pct_vs_sma_50 is 4.51%")
plant(B, "rf-cross", "date", DU, "Golden cross since July 14", "Golden cross since July 24", "July 24",
      "the cross is dated Jul 14, 2025")
plant(B, "rf-slope", "trend", P, "a steep climb", "a slow decline", "slow decline",
      "the 50-day rose 2.49% in 20 sessions")
plant(B, "rf-band", "direction", D, "just under the upper Bollinger band",
      "just over the upper Bollinger band", "over", "the close $481.59 is below the upper band $482.40")
plant(B, "rf-low52", "value", V, "DIA has gained 29.75%", "DIA has gained 27.95%", "27.95%",
      "pct_from_52w_low is 29.75%")
plant(B, "rf-sup", "level", LW, "Below: the round $480", "Below: the round $485", "$485",
      "a level below that sits above the $481.59 close")
plant(B, "rf-touch", "level", V, "$463.29 (three tests)", "$463.29 (two tests)", "two tests",
      "the $463.29 level has 3 touches")
plant(B, "rf-dist", "derived", DER, "1.75% away", "1.95% away", "1.95%", "490 / 481.59 - 1 = 1.75%")
plant(B, "rf-width", "value", V, "$481.59, 4.26% wide", "$481.59, 4.62% wide", "4.62%",
      "the range's width is 4.26%")
plant(B, "rf-stop", "setup", SG, "stop $480.47, target", "stop $488.47, target", "$488.47",
      "a long's stop above its $486.07 entry")
plant(B, "rf-rr", "setup", SRR, "reward to\n  risk 2.4", "reward to\n  risk 4.8", "4.8",
      "(499.52-486.07)/(486.07-480.47) = 2.4")

B = "tourbus-IWM-2026-02-13"
clean(B, "IWM-2026-02-13", "tourguide", "txt",
      "a sightseeing bus guide's microphone patter through the small-cap district on a losing Friday, "
      "with ticket prices, windows for past days, monuments for averages and landmarks for levels",
      """\
[Transcript of the guide's microphone, Wall Street Walking & Riding Tours, bus 12, Friday 13 February
  2026, the 4:15 pm departure. Tickets $39; children under 12 ride free.]

Good afternoon, ladies and gentlemen, and welcome aboard! On your left, the small-cap district, home of
  the iShares Russell 2000 ETF, IWM. Not a happy neighbourhood today, I'm afraid: IWM closed at
  $226.54, down $2.39, or 1.04%. That's the sixth losing day in a row, folks, 5.80% off in all. It
  opened this morning at $229.00, a hair above Thursday's $228.93, peaked at $229.49 and slid to
  $226.37.

If you look out of the back window you can see how we got here. Last Friday it closed at $238.32,
  Monday at $236.72, Tuesday at $235.10, Wednesday at $231.24 and yesterday at $228.93. Five sessions
  down 4.94%, a month down 10.88%, and since New Year's Day down 6.88%.

Coming up on the right: the big-cap avenue. SPY lost only 0.54% to $639.76, QQQ 0.41% and DIA 0.65%.
  So IWM lagged SPY by 0.51 of a point, QQQ by 0.64 and DIA by 0.39, and that makes five sessions in
  a row behind SPY, by 44 basis points a day. The Russell 2000 itself, the statue in the square, fell
  1.04% to 2,276.24. The VIX climbed 4.34% to 17.06.

Now, the monuments. That tall one is the 50-day average at $246.22; IWM is 7.99% below it. The
  shorter one is the 200-day at $229.41, and IWM slipped 1.25% below that too. The 50-day is still
  above the 200-day, so the golden cross from July 18, 2025, 145 sessions ago, is still standing,
  though the 50-day has turned down 1.02% over twenty sessions while the 200-day is still rising, up
  2.72%. RSI 21.4, deep in oversold territory, and MACD at -4.70 sits below its signal at -3.06. The
  close is below the lower Bollinger band at $227.50. The day's move was about four fifths of an ATR
  of $2.97.

Landmarks for the next tour: support at $225, a round number, then $218.48 and $217.15 (tested three
  times). Overhead, $226.93 (two tests, 0.17% above the close), the 200-day at $229.41, $230.79 and
  $232.59. The 20-session range runs from $226.54, today's close, to $252.38, and is 11.41% wide.

A bit of history before you get off: the record close was $257.77 on November 28, 2025, and IWM is
  12.12% below it. The 52-week low was $170.94, back on March 25, 2025; IWM is 32.53% above it.

Please mind the step. Tips are appreciated but never expected. Volume today: 31.7 million shares,
  just about the 20-day average of 30.3 million.
""")
plant(B, "tb-close", "value", V, "IWM closed at\n  $226.54, down", "IWM closed at\n  $226.45, down",
      "$226.45", "IWM closed at $226.54")
plant(B, "tb-chg", "value", V, "down $2.39, or 1.04%", "down $2.93, or 1.04%", "$2.93", "change_1d is -$2.39")
plant(B, "tb-streak", "history", V, "That's the sixth losing day in a row",
      "That's the fourth losing day in a row", "fourth", "the close streak is 6 sessions")
plant(B, "tb-scale", "scale", SC, "peaked at $229.49", "peaked at 2,294.90", "2,294.90",
      "IWM quoted on the Russell 2000's scale")
plant(B, "tb-tue", "history", V, "Tuesday at $235.10", "Tuesday at $235.01", "$235.01",
      "IWM closed at $235.10 on Tue Feb 10")
plant(B, "tb-1m", "timeframe", V, "a month down 10.88%", "a month down 4.94%", "4.94%",
      "4.94% is the 5-day fall; the month's is 10.88%", real=True)
plant(B, "tb-spy", "subject", V, "SPY lost only 0.54%", "SPY lost only 0.41%", "0.41%",
      "0.41% is QQQ's fall; SPY lost 0.54%", real=True)
plant(B, "tb-div", "derived", DER, "QQQ by 0.64", "QQQ by 0.46", "0.46", "1.04 - 0.41 = 0.63, printed 0.64")
plant(B, "tb-streak2", "history", V, "that makes five sessions in\n  a row behind SPY",
      "that makes three sessions in\n  a row behind SPY", "three", "IWM has trailed SPY for 5 sessions")
plant(B, "tb-vix", "direction", D, "The VIX climbed 4.34%", "The VIX fell 4.34%", "fell",
      "the VIX rose 4.34%")
plant(B, "tb-50", "value", V, "IWM is 7.99% below it", "IWM is 9.79% below it", "9.79%",
      "pct_vs_sma_50 is -7.99%")
plant(B, "tb-200", "pattern", P, "IWM slipped 1.25% below that too", "IWM stayed 1.25% above that", "above",
      "IWM is below its 200-day")
plant(B, "tb-cross", "pattern", P, "so the golden cross from July 18", "so the death cross from July 18",
      "death cross", "the 50-day is above the 200-day")
plant(B, "tb-slope", "trend", P, "the 50-day has turned down 1.02%", "the 50-day has turned up 1.02%",
      "turned up", "the 50-day fell 1.02% in 20 sessions")
plant(B, "tb-rsi", "indicator", IND, "deep in oversold territory", "deep in overbought territory",
      "overbought", "RSI 21.4 is oversold")
plant(B, "tb-macd", "negation", IND, "MACD at -4.70 sits below its signal",
      "MACD at -4.70 no longer sits below its signal", "no longer sits below",
      "MACD -4.70 is below its signal -3.06")
plant(B, "tb-band", "direction", D, "close is below the lower Bollinger band",
      "close is above the lower Bollinger band", "above", "the close $226.54 is below the lower band $227.50")
plant(B, "tb-fifths", "words", V, "about four fifths of an ATR", "about two ATRs", "two ATRs",
      "move_atr is 0.8")
plant(B, "tb-sup", "level", LW, "support at $225, a round number", "support at $228, a round number", "$228",
      "a support above the $226.54 close")
plant(B, "tb-touch", "level", V, "$217.15 (tested three\n  times)", "$217.15 (tested five\n  times)", "five",
      "the $217.15 level has 3 touches")
plant(B, "tb-dist", "derived", DER, "0.17% above the close", "0.71% above the close", "0.71%",
      "226.93 / 226.54 - 1 = 0.17%")
plant(B, "tb-width", "value", V, "and is 11.41% wide", "and is 14.11% wide", "14.11%",
      "the range's width is 11.41%")
plant(B, "tb-recdate", "date", DU, "$257.77 on November 28, 2025", "$257.77 on November 21, 2025",
      "November 21, 2025", "the record close is dated Nov 28, 2025")
plant(B, "tb-low52", "value", V, "IWM is 32.53% above it", "IWM is 35.23% above it", "35.23%",
      "pct_from_52w_low is 32.53%")

B = "discharge-IWM-2026-03-30"
clean(B, "IWM-2026-03-30", "discharge", "txt",
      "a hospital discharge summary parody for the small-cap fund four sessions after a death cross, with "
      "an MRN, ward and bed, a hospital course of past closes, vital signs for indicators and instructions",
      """\
ST. BARNABAS MARKET INFIRMARY, DISCHARGE SUMMARY (a parody; not medical or investment advice)
Patient: iShares Russell 2000 ETF (IWM). MRN 0002000. Ward: Small Caps, bed 14.
Admitted: Tuesday, March 24, 2026. Discharged: Monday, March 30, 2026. Attending: Dr. H. Voss.
  Dictated 17:10, transcribed 18:02.

Presenting complaint: a death cross, diagnosed on admission on March 24, when the 50-day average
  fell through the 200-day.

Hospital course: the patient has lost ground on each of the last four sessions: $216.51 on the day
  of admission, $215.38 on Wednesday, $215.29 on Thursday, $213.65 on Friday and $211.00 at
  discharge, 2.54% lower in all. On the final day it opened at $212.62, a gap down of 0.48%, managed
  $212.88 at best and fell to $210.85 before closing down $2.65, or 1.24%. The fall measured roughly
  seven tenths of an average true range ($3.50). It slipped out of the 10-session band of $212.32
  to $216.51 it had held.

Vital signs: RSI 33.9, weak but not yet oversold. MACD -3.77, above its signal at -4.40, the one
  encouraging reading. 7.29% below the 50-day average ($227.59) and 8.63% below the 200-day
  ($230.93). The 50-day has dropped 5.36% in twenty sessions, a steep decline; the 200-day is flat,
  up 0.11%. Bollinger bands $208.69 to $222.72.

Comparison with other patients: SPY -0.78% to $618.00; QQQ -1.44% to $541.00; DIA -1.04% to $446.00.
  IWM fell 0.46 of a point more than SPY but 0.20 less than QQQ. The Russell 2000 index fell 1.22%
  to 2,120.33. The VIX rose 0.69% to 24.71.

History: five sessions -2.10%, one month -3.87%, year to date -13.27%. The record close was $257.77
  (November 28, 2025), and IWM is 18.14% below it. From the 52-week low of $173.35 (April 16, 2025)
  IWM is still 21.72% higher.

Discharge instructions: watch support at the round $210, 0.47% below, then $207.94 (two tests) and
  $192.43. Resistance: $212.32, $214.35, $217.15 (three tests, 2.91% above) and $218.48. The
  20-session range runs from $210.30 to $223.97 and is 6.50% wide. Volume at discharge: 27.5 million
  shares, about nine tenths of the 20-day average of 29.3 million. Follow-up in clinic in two weeks.
  Allergies: none known.
""")
plant(B, "ds-cross", "pattern", P, "a death cross, diagnosed", "a golden cross, diagnosed", "golden cross",
      "the 50-day is below the 200-day")
plant(B, "ds-crossdate", "date", DU, "on admission on March 24", "on admission on March 17", "March 17",
      "the cross is dated Mar 24, 2026")
plant(B, "ds-streak", "history", V, "each of the last four sessions", "each of the last six sessions", "six",
      "the close streak is 4 sessions")
plant(B, "ds-wed", "history", V, "$215.38 on Wednesday", "$215.83 on Wednesday", "$215.83",
      "IWM closed at $215.38 on Wed Mar 25")
plant(B, "ds-fri", "history", V, "$213.65 on Friday", "$213.56 on Friday", "$213.56",
      "IWM closed at $213.65 on Fri Mar 27")
plant(B, "ds-gap", "value", V, "a gap down of 0.48%", "a gap down of 0.68%", "0.68%", "gap_pct is -0.48%")
plant(B, "ds-scale", "scale", SC, "fell to $210.85", "fell to 2,108.50", "2,108.50",
      "IWM quoted on the Russell 2000's scale")
plant(B, "ds-chg", "value", V, "closing down $2.65", "closing down $2.56", "$2.56", "change_1d is -$2.65")
plant(B, "ds-tenths", "words", V, "roughly\n  seven tenths of an average true range",
      "roughly\n  two average true ranges", "two average true ranges", "move_atr is 0.7")
plant(B, "ds-rsi", "negation", IND, "weak but not yet oversold", "weak and already oversold",
      "already oversold", "RSI 33.9 is above 30")
plant(B, "ds-macd", "indicator", IND, "MACD -3.77, above its signal", "MACD -3.77, below its signal", "below",
      "MACD -3.77 is above its signal -4.40")
plant(B, "ds-200", "value", V, "8.63% below the 200-day", "6.83% below the 200-day", "6.83%",
      "pct_vs_sma_200 is -8.63%")
plant(B, "ds-slope", "trend", P, "a steep decline", "a gentle rise", "gentle rise",
      "the 50-day fell 5.36% in 20 sessions")
plant(B, "ds-slopefig", "trend", V, "The 50-day has dropped 5.36%", "The 50-day has dropped 3.56%", "3.56%",
      "the 50-day's 20-session slope is -5.36%")
plant(B, "ds-div", "derived", DER, "fell 0.46 of a point more than SPY", "fell 0.64 of a point more than SPY",
      "0.64", "1.24 - 0.78 = 0.46")
plant(B, "ds-qqq", "direction", D, "but 0.20 less than QQQ", "and 0.20 more than QQQ", "more than",
      "IWM fell 1.24%, QQQ 1.44%")
plant(B, "ds-rut", "subject", V, "index fell 1.22%", "index fell 1.04%", "1.04%",
      "1.04% is DIA's fall; the Russell 2000 lost 1.22%", real=True)
plant(B, "ds-1m", "timeframe", V, "one month -3.87%", "one month -13.27%", "-13.27%",
      "13.27% is the YTD fall; the month's is 3.87%", real=True)
plant(B, "ds-recdate", "date", DU, "(November 28, 2025), and", "(November 28, 2024), and",
      "November 28, 2024", "the record close is dated Nov 28, 2025")
plant(B, "ds-sup", "level", LW, "watch support at the round $210", "watch support at the round $215", "$215",
      "a support above the $211.00 close")
plant(B, "ds-touch", "level", V, "$217.15 (three tests", "$217.15 (one test", "one test",
      "the $217.15 level has 3 touches")
plant(B, "ds-dist", "derived", DER, "2.91% above)", "2.19% above)", "2.19%", "217.15 / 211.00 - 1 = 2.91%")
plant(B, "ds-width", "value", V, "and is 6.50% wide", "and is 5.60% wide", "5.60%",
      "the range's width is 6.50%")

B = "recall-QQQ-2026-11-17"
clean(B, "QQQ-2026-11-17", "recall", "md",
      "a product recall notice for Tuesday's batch of QQQ units, with a reference number, a hotline, "
      "batch dates for past closes, test results, independent testers quoted and safe operating limits",
      """\
VOLUNTARY RECALL NOTICE: Batch QQQ-1117
Issued Tuesday, November 17, 2026, 5:30 p.m. ET, by the Megacap Appliance Company. Reference
  RC-2026-044. Hotline open 8 a.m. to 8 p.m., seven days a week.

Product affected: Invesco QQQ Trust units, Tuesday's production run. Defect: the units closed at
  $615.97, down $5.59 or 0.90%, after an opening at $620.75, 0.13% under Monday's $621.56. The run
  peaked at $624.18 and finished almost at its low of $615.95, at the very bottom of the day's range.

How to identify an affected batch: check the date. The batch of Wednesday, November 11 closed at
  $629.76, the record; Thursday's at $625.98; Friday's at $618.47; Monday's at $621.56. Over five
  sessions the product has lost 1.80%; over a month, 0.72%. It is still up 3.16% for the year.

Test results: the unit sits 0.53% above its 50-day average ($612.70) and 6.24% above the 200-day
  ($579.82). Golden cross since July 27, 80 sessions ago, still valid. The 50-day gained 1.77% over
  twenty sessions; the 200-day was flat at +0.21%. RSI 48.4, neutral. MACD 2.43 below its 3.05
  signal line. The fall was about seven tenths of an average true range of $7.99.

Other products from the same factory: the Nasdaq 100 lost 0.90% to 25,326.20; SPY lost 0.50%, DIA
  0.20% and IWM 0.80%. QQQ fell 0.40 of a point more than SPY, 0.70 more than DIA and 0.10 more than
  IWM. The volatility index rose 6.02% to 17.60. Independent testing: Tapewatch found QQQ "2.2% short
  of the record close of $629.76 it posted on Nov. 11" [1]; Harbor Street Wire reported that "the
  Nasdaq 100 lost 0.9%" [2].

Safe operating limits: support at the 50-day ($612.70), then $609.62 (two tests, 1.03% below) and
  $606.02, the floor of the 40-session range, which is 3.92% wide. Resistance: the round $620,
  $623.73 (two tests) and the record at $629.76, 2.24% above. Replacement plan: a long on a pullback
  to $612.70, stop $606.71, target $622.21, about 1.6 to 1.

Next inspection: the Fed on Wednesday, December 9, 16 sessions away; CPI on Thursday, December 10.
  Volume today 61.1 million units, about one and a half times the 20-day average of 42.0 million.

<<SOURCES>>
""", sources=("tw-nasdaq17", "hs-slides17"), source_format="md")
plant(B, "rc-close", "value", V, "the units closed at\n  $615.97", "the units closed at\n  $615.79",
      "$615.79", "QQQ closed at $615.97")
plant(B, "rc-chg", "value", V, "down $5.59 or 0.90%", "down $5.95 or 0.90%", "$5.95", "change_1d is -$5.59")
plant(B, "rc-gap", "value", V, "0.13% under Monday's", "0.31% under Monday's", "0.31%", "gap_pct is -0.13%")
plant(B, "rc-pos", "direction", D, "at the very bottom of the day's range",
      "at the very top of the day's range", "top", "the close $615.97 is the day's low end ($615.95-$624.18)")
plant(B, "rc-recwd", "date", WM, "The batch of Wednesday, November 11", "The batch of Thursday, November 11",
      "Thursday", "Nov 11, 2026 was a Wednesday")
plant(B, "rc-thu", "history", V, "Thursday's at $625.98", "Thursday's at $625.89", "$625.89",
      "QQQ closed at $625.98 on Thu Nov 12")
plant(B, "rc-5d", "timeframe", V, "the product has lost 1.80%", "the product has lost 0.90%", "0.90%",
      "0.90% is the day's fall; the 5-day move is -1.80%", real=True)
plant(B, "rc-ytd", "direction", D, "It is still up 3.16% for the year", "It is now down 3.16% for the year",
      "down", "the YTD move is +3.16%")
plant(B, "rc-50", "pattern", P, "the unit sits 0.53% above its 50-day",
      "the unit sits 0.53% below its 50-day", "below", "QQQ is above its 50-day")
plant(B, "rc-age", "history", V, "80 sessions ago", "83 sessions ago", "83", "the cross is 80 sessions old")
plant(B, "rc-macd", "indicator", IND, "MACD 2.43 below its 3.05", "MACD 2.43 above its 3.05", "above",
      "MACD 2.43 is below its signal 3.05")
plant(B, "rc-tenths", "words", V, "about seven tenths of an average true range",
      "about one and a half average true ranges", "one and a half", "move_atr is 0.7")
plant(B, "rc-dia", "subject", V, "DIA\n  0.20% and IWM", "DIA\n  0.80% and IWM", "0.80%",
      "0.80% is IWM's fall; DIA lost 0.20%", real=True)
plant(B, "rc-iwm", "derived", DER, "0.10 more than\n  IWM", "0.35 more than\n  IWM", "0.35",
      "0.90 - 0.80 = 0.10")
plant(B, "rc-quote", "quotation", NU, "QQQ \"2.2% short", "QQQ \"2.7% short", "2.7%", "the source says 2.2%")
plant(B, "rc-cite", "citation", CU, "lost 0.9%\" [2]", "lost 0.9%\" [4]", "[4]", "there is no source [4]")
plant(B, "rc-touch", "level", V, "$609.62 (two tests", "$609.62 (four tests", "four tests",
      "the $609.62 level has 2 touches")
plant(B, "rc-dist", "derived", DER, "1.03% below)", "1.13% below)", "1.13%", "609.62 / 615.97 - 1 = -1.03%")
plant(B, "rc-res", "level", LW, "Resistance: the round $620", "Resistance: the round $610", "$610",
      "a resistance below the $615.97 close")
plant(B, "rc-width", "value", V, "which is 3.92% wide", "which is 3.29% wide", "3.29%",
      "the range's width is 3.92%")
plant(B, "rc-stop", "setup", SG, "stop $606.71, target", "stop $616.71, target", "$616.71",
      "a long's stop above its $612.70 entry")
plant(B, "rc-rr", "setup", SRR, "about 1.6 to 1", "about 3.6 to 1", "3.6",
      "(622.21-612.70)/(612.70-606.71) = 1.6")
plant(B, "rc-sess", "history", V, "16 sessions away", "13 sessions away", "13",
      "the Fed decision is 16 sessions away")
plant(B, "rc-wd", "date", WM, "CPI on Thursday, December 10", "CPI on Tuesday, December 10", "Tuesday",
      "Dec 10, 2026 is a Thursday")

B = "djpatter-SPY-2026-11-17"
clean(B, "SPY-2026-11-17", "radio", "txt",
      "a drive-time radio DJ's talk breaks between songs on a down Tuesday, with the station log's song "
      "titles and lengths, a caller, a traffic-and-tech break, two quoted wires and a request line",
      """\
FM 101.7, "The Drive Home", Tuesday, November 17, 2026. Transcript of the host's talk breaks between
  songs (song titles and lengths from the station log).

[5:02 pm, after "Hold On" (3:41)]
That was a good one to hold on to, folks, because the market didn't. The SPDR S&P 500 fund, SPY,
  closed at $679.84, down $3.41, or half a percent, a slow leak rather than a slide. It opened at
  $682.51, a touch under Monday's $683.25, got as high as $683.69 and as low as $676.68. The caller on
  line two says that's the third down day out of the last four. I checked: Thursday $684.64, Friday
  $680.53, Monday back up to $683.25, today down again. Over five sessions: down 0.80%. Over a month:
  down 1.06%. But for the year SPY is still up 2.05%, so don't throw your radio out of the window.

[5:16 pm, after "Under Pressure" (4:08)]
Appropriate. Everybody was under pressure today. QQQ lost 0.90%, IWM 0.80%, DIA 0.20%, barely a
  scratch. SPY did better than QQQ by 0.40 of a point and better than IWM by 0.30, but worse than DIA
  by 0.30. The S&P 500 index itself fell 0.50% to 6,821.04, and Harbor Street Wire put it simply:
  "the S&P 500 lost 0.5% to 6,821.04" [2]. The VIX climbed 6.02% to 17.60.

[5:31 pm, traffic and tech]
For the chart people in their cars: SPY is sitting just 0.09% above its 50-day average at $679.19,
  right on it, really, and 5.27% above its 200-day at $645.83. Yesterday Tapewatch wrote that "the
  50-day average sits near $678.81" [1]; it has moved up since. The golden cross from September 21
  is 41 sessions old. The 50-day has risen 2.16% over twenty sessions, while the 200-day is flat, up
  0.13%. RSI 46.8, right in the middle. MACD 1.09 is under its signal of 2.42. The day's drop was half
  an ATR; the ATR is $7.16.

[5:47 pm, the last break]
Support? The 50-day at $679.19, tested twice, then $673.92, the bottom of the 40-session range, then
  $670.42 and $666.26 (three tests). The ceiling is the record close, $694.71, from Thursday, October
  22, tested five times and 2.19% above us; SPY is 2.14% below it. The range is 3.08% wide. If you're
  the buying type: a long on a dip to $673.92, stop $668.55, target $691.80, better than three to
  one. The Fed decides on Wednesday, December 9, 16 sessions from now; CPI comes the next day,
  Thursday, December 10. Volume 73.0 million shares, a bit above the 20-day average of 66.3 million.
  Now here's "Don't Stop Believin'" (4:11). Request line: 555-0117.

<<SOURCES>>
""", sources=("tw-50day16", "hs-slides17"), source_format="plain")
plant(B, "dj-close", "value", V, "closed at $679.84, down", "closed at $679.48, down", "$679.48",
      "SPY closed at $679.84")
plant(B, "dj-chg", "value", V, "down $3.41, or half", "down $3.44, or half", "$3.44", "change_1d is -$3.41")
plant(B, "dj-half", "words", V, "or half a percent", "or one and a half percent", "one and a half percent",
      "SPY fell 0.50%")
plant(B, "dj-thu", "history", V, "Thursday $684.64", "Thursday $686.64", "$686.64",
      "SPY closed at $684.64 on Thu Nov 12")
plant(B, "dj-fri", "history", V, "Friday\n  $680.53", "Friday\n  $681.35", "$681.35",
      "SPY closed at $680.53 on Fri Nov 13")
plant(B, "dj-1m", "timeframe", V, "Over a month:\n  down 1.06%", "Over a month:\n  down 0.80%", "0.80%",
      "0.80% is the 5-day fall; the month's is 1.06%", real=True)
plant(B, "dj-ytd", "direction", D, "SPY is still up 2.05%", "SPY is down 2.05%", "down",
      "the YTD move is +2.05%")
plant(B, "dj-mag", "magnitude", MG, "DIA 0.20%, barely a\n  scratch", "DIA 0.20%, a\n  bloodbath",
      "bloodbath", "DIA's 0.20% fall is small")
plant(B, "dj-div", "derived", DER, "better than QQQ by 0.40 of a point", "better than QQQ by 0.55 of a point",
      "0.55", "0.90 - 0.50 = 0.40")
plant(B, "dj-dia", "direction", D, "but worse than DIA\n  by 0.30", "and better than DIA\n  by 0.30",
      "better than DIA", "SPY fell 0.50%, DIA 0.20%")
plant(B, "dj-quote", "quotation", NU, "\"the S&P 500 lost 0.5% to", "\"the S&P 500 lost 0.9% to", "0.9%",
      "the source says 0.5%")
plant(B, "dj-quote2", "quotation", NU, "sits near $678.81\" [1]", "sits near $679.81\" [1]", "$679.81",
      "the source says $678.81")
plant(B, "dj-cite", "citation", CS, "sits near $678.81\" [1]", "sits near $678.81\" [2]", "[2]",
      "the Tuesday wire [2] says nothing of a 50-day at $678.81")
plant(B, "dj-50", "value", V, "just 0.09% above its 50-day", "just 0.19% above its 50-day", "0.19%",
      "pct_vs_sma_50 is 0.09%")
plant(B, "dj-slope", "trend", P, "the 200-day is flat, up\n  0.13%", "the 200-day is surging, up\n  0.13%",
      "surging", "the 200-day moved 0.13% in 20 sessions")
plant(B, "dj-rsi", "indicator", IND, "RSI 46.8, right in the middle", "RSI 46.8, deeply oversold", "oversold",
      "RSI 46.8 is neutral")
plant(B, "dj-macd", "negation", IND, "MACD 1.09 is under its signal",
      "MACD 1.09 is no longer under its signal", "no longer under", "MACD 1.09 is below its signal 2.42")
plant(B, "dj-sup", "level", LW, "then $673.92, the bottom", "then $683.92, the bottom", "$683.92",
      "a support above the $679.84 close")
plant(B, "dj-touch", "level", V, "$666.26 (three tests)", "$666.26 (one test)", "one test",
      "the $666.26 level has 3 touches")
plant(B, "dj-recwd", "date", WM, "from Thursday, October\n  22", "from Friday, October\n  22", "Friday",
      "Oct 22, 2026 was a Thursday")
plant(B, "dj-dist", "derived", DER, "2.19% above us", "2.91% above us", "2.91%",
      "694.71 / 679.84 - 1 = 2.19%")
plant(B, "dj-ath", "value", V, "SPY is 2.14% below it", "SPY is 2.41% below it", "2.41%",
      "pct_from_ath is -2.14%")
plant(B, "dj-width", "value", V, "The range is 3.08% wide", "The range is 3.80% wide", "3.80%",
      "the range's width is 3.08%")
plant(B, "dj-stop", "setup", SG, "stop $668.55, target", "stop $678.55, target", "$678.55",
      "a long's stop above its $673.92 entry")
plant(B, "dj-rr", "setup", SRR, "better than three to\n  one", "better than five to\n  one", "five to",
      "(691.80-673.92)/(673.92-668.55) = 3.3")
plant(B, "dj-fed", "date", DU, "Wednesday, December 9, 16 sessions", "Wednesday, December 16, 16 sessions",
      "December 16", "the Fed decides on Dec 9, 2026")

B = "golf-IWM-2026-11-17"
clean(B, "IWM-2026-11-17", "golf", "md",
      "a golf tournament's live commentary from the 18th green on a down Tuesday, a leaderboard table of "
      "four funds, a scorecard of past rounds, course notes for averages and hazards for levels",
      """\
THE SMALL-CAP OPEN, ROUND FOUR: Tuesday, November 17, 2026
Live commentary from the 18th green. Par is Monday's close.

| pos | player | close | today |
|---|---|---|---|
| 1 | DIA | $466.92 | -0.20% |
| 2 | SPY | $679.84 | -0.50% |
| 3 | IWM | $245.28 | -0.80% |
| 4 | QQQ | $615.97 | -0.90% |

Well, Peter, nobody broke par today. Our man IWM, the Russell 2000 fund, signed for $245.28 after
  dropping $1.98, or 0.80%. He teed off at $246.64, a little below Monday's $247.26, reached $247.37
  on the front nine and found the rough at $244.61. The round cost him a bit over half his usual ATR
  of $3.22, so nothing dramatic, a dropped shot here and there.

His card this week: Thursday the 12th $249.26, his best score of the tournament so far; Friday
  $247.01; Monday $247.26; today $245.28. Over five rounds he's down 1.00%; over a month up 1.46%;
  for the season up 0.82%.

He finished 0.30 of a shot behind SPY and 0.60 behind DIA, but 0.10 ahead of QQQ. That's the third
  round in a row behind SPY, by 30 basis points a round on average. The Russell 2000 itself closed at
  2,465.79, down 0.78%. Harbor Street Wire from the media centre: "The small-cap Russell 2000 slipped
  0.8% to 2,465.79" [1]. Ledger Markets Daily had written on Friday that IWM was "inside the
  $240-to-$250 band it has held for four weeks" [2].

Course notes: the 50-day average is at $246.21, and IWM is 0.38% below it. The 200-day is at $230.71,
  and IWM is 6.32% above it. Golden cross since August 10, 70 rounds ago. The 50-day rose 0.38% in
  twenty sessions and the 200-day dipped 0.12%: a flat course. RSI exactly 50.0, dead level. MACD
  0.86 above its 0.57 signal. Bollinger bands $239.69 to $250.62.

Hazards. Support: the bunker at $244.79 (one visit, 0.20% below), then $242.80 and $241.00, the bottom
  of the 22-session fairway that is 3.43% wide, and the water at $240.02. The green: $246.21, then
  $249.26 (two visits, 1.62% above) and $252.53. The course record, $257.77, was set on November 28,
  2025, and IWM is 4.85% off it. The low of the year was $204.10 on April 9; he is 20.18% above it.

Next tee time: the Fed on Wednesday, December 9, in 16 sessions; CPI on Thursday, December 10. The
  gallery: 31.1 million shares, about the usual 29.8 million.

<<SOURCES>>
""", sources=("hs-slides17", "ld-turns13"), source_format="md")
plant(B, "gf-tclose", "value", V, "| 3 | IWM | $245.28 |", "| 3 | IWM | $245.82 |", "$245.82",
      "IWM closed at $245.28")
plant(B, "gf-tspy", "subject", V, "| 2 | SPY | $679.84 | -0.50% |", "| 2 | SPY | $679.84 | -0.20% |",
      "-0.20%", "-0.20% is DIA's day; SPY fell 0.50%", real=True)
plant(B, "gf-chg", "value", V, "dropping $1.98, or 0.80%", "dropping $1.89, or 0.80%", "$1.89",
      "change_1d is -$1.98")
plant(B, "gf-open", "value", V, "He teed off at $246.64", "He teed off at $246.46", "$246.46",
      "IWM opened at $246.64")
plant(B, "gf-scale", "scale", SC, "reached $247.37", "reached 2,473.70", "2,473.70",
      "IWM quoted on the Russell 2000's scale")
plant(B, "gf-half", "words", V, "a bit over half his usual ATR", "about double his usual ATR", "double",
      "move_atr is 0.6")
plant(B, "gf-thu", "history", V, "Thursday the 12th $249.26", "Thursday the 12th $249.62", "$249.62",
      "IWM closed at $249.26 on Thu Nov 12")
plant(B, "gf-fri", "history", V, "Friday\n  $247.01;", "Friday\n  $247.10;", "$247.10",
      "IWM closed at $247.01 on Fri Nov 13")
plant(B, "gf-5d", "timeframe", V, "Over five rounds he's down 1.00%", "Over five rounds he's down 0.80%",
      "0.80%", "0.80% is the day's fall; the 5-day move is -1.00%", real=True)
plant(B, "gf-1m", "direction", D, "over a month up 1.46%", "over a month down 1.46%", "down",
      "the month's move is +1.46%")
plant(B, "gf-div", "derived", DER, "0.60 behind DIA", "0.75 behind DIA", "0.75", "0.80 - 0.20 = 0.60")
plant(B, "gf-qqq", "direction", D, "but 0.10 ahead of QQQ", "and 0.10 behind QQQ", "behind QQQ",
      "IWM fell 0.80%, QQQ 0.90%")
plant(B, "gf-streak", "history", V, "That's the third\n  round in a row",
      "That's the sixth\n  round in a row", "sixth", "IWM has trailed SPY for 3 sessions")
plant(B, "gf-quote", "quotation", NU, "slipped\n  0.8% to 2,465.79", "slipped\n  1.8% to 2,465.79", "1.8%",
      "the source says 0.8%")
plant(B, "gf-quote2", "quotation", NU, "for four weeks\" [2]", "for five weeks\" [2]", "five weeks",
      "the source says four weeks")
plant(B, "gf-cite", "citation", CU, "2,465.79\" [1]", "2,465.79\" [3]", "[3]", "there is no source [3]")
plant(B, "gf-50", "pattern", P, "IWM is 0.38% below it", "IWM is 0.38% above it", "above",
      "IWM is below its 50-day")
plant(B, "gf-flat", "trend", P, "a flat course", "a steep uphill course", "steep uphill",
      "the 50-day moved 0.38% and the 200-day -0.12% in 20 sessions")
plant(B, "gf-rsi", "indicator", IND, "RSI exactly 50.0, dead level", "RSI exactly 50.0, overbought",
      "overbought", "RSI 50.0 is neutral")
plant(B, "gf-macd", "negation", IND, "MACD\n  0.86 above its 0.57 signal",
      "MACD\n  0.86 not above its 0.57 signal", "not above", "MACD 0.86 is above its signal 0.57")
plant(B, "gf-sup", "level", LW, "Support: the bunker at $244.79", "Support: the bunker at $246.79", "$246.79",
      "a support above the $245.28 close")
plant(B, "gf-dist", "derived", DER, "0.20% below)", "0.45% below)", "0.45%", "244.79 / 245.28 - 1 = -0.20%")
plant(B, "gf-touch", "level", V, "$249.26 (two visits", "$249.26 (four visits", "four visits",
      "the $249.26 level has 2 touches")
plant(B, "gf-width", "value", V, "that is 3.43% wide", "that is 4.33% wide", "4.33%",
      "the range's width is 3.43%")
plant(B, "gf-recdate", "date", DU, "set on November 28,\n  2025", "set on November 27,\n  2025",
      "November 27,\n  2025", "the record close is dated Nov 28, 2025")
plant(B, "gf-ath", "value", V, "IWM is 4.85% off it", "IWM is 5.48% off it", "5.48%",
      "pct_from_ath is -4.85%")
plant(B, "gf-wd", "date", WM, "the Fed on Wednesday, December 9", "the Fed on Monday, December 9", "Monday",
      "Dec 9, 2026 is a Wednesday")

B = "boardgame-QQQ-2026-11-20"
clean(B, "QQQ-2026-11-20", "rulebook", "txt",
      "a board game's rulebook whose setup is Friday's session, with numbered sections and rules, "
      "movable pieces for averages, momentum dice, an overseas-markets expansion pack and component prices",
      """\
MEGACAP: THE BOARD GAME. Rulebook, 3rd edition (2026). For 2 to 6 players, ages 14 and up, playing
  time 60 to 90 minutes.

SECTION 1: SETTING UP THE BOARD (the state of play on Friday, November 20, 2026)
Place the QQQ token on the $626.40 space. That is where it finished the round, after starting at
  $618.09 and visiting both $614.90 and $631.45. Move it forward $11.68 (1.90%) from Thursday's space
  of $614.72. Because the opening was above Thursday's space, the token starts with a gap of 0.55%.

SECTION 2: THE TRACK
The record space is $629.76, set on Wednesday, November 11, 2026; the token is 0.53% short of it. The
  intraday record space, $632.37, is from Thursday, November 12. The bottom of the track is $517.65
  (April 28), and the token is 21.01% above it.

SECTION 3: THE AVERAGES (movable pieces)
The 20-day piece sits at $619.45, the 50-day at $614.02 and the 200-day at $580.22. Rule 3.2: while
  the 50-day piece is above the 200-day piece, the golden cross card is face up; it has been since
  July 27, 83 turns ago. Rule 3.3: the 50-day piece has moved up 1.49% in the last 20 turns, the
  200-day piece 0.23%.

SECTION 4: THE MOMENTUM DICE
Roll for RSI: this turn it shows 56.4, the neutral band (30 to 70). MACD shows 1.96, below its signal
  die of 2.46, so no player may claim a bullish crossover this turn. ATR: $8.05, and this turn's move
  counts as 1.6 ATRs, a big move: draw a Volatility card.

SECTION 5: OTHER PLAYERS
SPY +1.10% to $688.00; DIA +0.60% to $471.60; IWM +0.30% to $244.30. QQQ leads SPY by 0.80, DIA by
  1.30 and IWM by 1.60. The VIX piece stands at 15.60, down 9.30%.

SECTION 6: EXPANSION PACK, OVERSEAS MARKETS
DAX 24,106.94 (+0.62%), Nikkei 48,912.62 (+0.41%), Hang Seng 25,873.84 (-1.21%). Commodities deck:
  gold 4,050.95 (+0.48%), WTI crude 67.80 (+1.04%). Crypto card: bitcoin 91,229 (+2.27%, from
  Thursday's session).

SECTION 7: WALLS AND FLOORS
Walls (resistance): $627.27 (2 tests), the record at $629.76, and $632.37. Floors (support): $623.73,
  $620, the 50-day at $614.02 and $610.21. Options tiles: call wall $640, put wall $610, max pain $630
  for the November 27 expiry.

SECTION 8: WINNING MOVES
Long card: enter above $630.00, stop $621.95, target $649.31; reward to risk 2.4. Event cards: the Fed
  on Wednesday, December 9 (13 turns), CPI on Thursday, December 10.

Components: 1 board, 6 tokens, 110 cards, 2 dice. Replacement parts $4.99 each plus shipping.
""")
plant(B, "bg-prev", "history", V, "from Thursday's space\n  of $614.72",
      "from Thursday's space\n  of $614.27", "$614.27", "QQQ closed at $614.72 on Thu Nov 19")
plant(B, "bg-chg", "value", V, "Move it forward $11.68", "Move it forward $11.86", "$11.86",
      "change_1d is $11.68")
plant(B, "bg-recwd", "date", WM, "set on Wednesday, November 11, 2026", "set on Thursday, November 11, 2026",
      "Thursday", "Nov 11, 2026 was a Wednesday")
plant(B, "bg-ihiwd", "date", WM, "is from Thursday, November 12", "is from Friday, November 12", "Friday",
      "Nov 12, 2026 was a Thursday")
plant(B, "bg-low52", "value", V, "the token is 21.01% above it", "the token is 12.01% above it", "12.01%",
      "pct_from_52w_low is 21.01%")
plant(B, "bg-20", "value", V, "The 20-day piece sits at $619.45", "The 20-day piece sits at $619.54",
      "$619.54", "sma_20 is $619.45")
plant(B, "bg-cross", "pattern", P, "the golden cross card is face up", "the death cross card is face up",
      "death cross", "the 50-day is above the 200-day")
plant(B, "bg-slope", "trend", V, "the\n  200-day piece 0.23%", "the\n  200-day piece 0.32%", "0.32%",
      "the 200-day's 20-session slope is 0.23%")
plant(B, "bg-rsi", "indicator", IND, "it shows 56.4, the neutral band", "it shows 56.4, the overbought band",
      "overbought", "RSI 56.4 is neutral")
plant(B, "bg-macd", "indicator", IND, "MACD shows 1.96, below its signal",
      "MACD shows 1.96, above its signal", "above", "MACD 1.96 is below its signal 2.46")
plant(B, "bg-mag", "magnitude", MG, "a big move: draw", "a tiny move: draw", "tiny move",
      "a 1.90% move of 1.6 ATRs")
plant(B, "bg-dia", "derived", DER, "DIA by\n  1.30", "DIA by\n  1.15", "1.15", "1.90 - 0.60 = 1.30")
plant(B, "bg-vix", "direction", D, "15.60, down 9.30%", "15.60, up 9.30%", "up", "the VIX fell 9.30%")
plant(B, "bg-dax", "value", V, "DAX 24,106.94 (+0.62%)", "DAX 24,106.94 (+0.92%)", "+0.92%",
      "the DAX rose 0.62%")
plant(B, "bg-btc", "value", V, "bitcoin 91,229", "bitcoin 92,229", "92,229", "bitcoin is at 91,229")
plant(B, "bg-gold", "subject", V, "gold 4,050.95 (+0.48%)", "gold 4,050.95 (+1.04%)", "+1.04%",
      "1.04% is WTI's move; gold rose 0.48%", real=True)
plant(B, "bg-touch", "level", V, "$627.27 (2 tests)", "$627.27 (5 tests)", "5 tests",
      "the $627.27 level has 2 touches")
plant(B, "bg-floor", "level", LW, "Floors (support): $623.73", "Floors (support): $628.73", "$628.73",
      "a support above the $626.40 close")
plant(B, "bg-target", "setup", SG, "target $649.31", "target $619.31", "$619.31",
      "a long's target below its $630.00 entry")
plant(B, "bg-sess", "history", V, "(13 turns)", "(21 turns)", "21", "the Fed decision is 13 sessions away")

B = "customs-SPY-2026-11-20"
clean(B, "SPY-2026-11-20", "form", "txt",
      "a customs declaration form parody filled in for SPY, fifteen numbered boxes with short answers: "
      "values on arrival, past sessions as countries visited, averages carried, options and currencies "
      "declared",
      """\
U.S. CUSTOMS AND MARKET PROTECTION. DECLARATION FORM 6059-M (a parody)
Each arriving fund must complete this form. One form per instrument.

1. Name of instrument: SPDR S&P 500 ETF Trust (SPY).
2. Date of arrival: Friday, 20 November 2026. Flight no. WS 500, seat 14A.
3. Value declared on arrival (the close): $688.00. Previous value (Thursday): $680.51. Change: +$7.49
  (+1.10%).
4. Highest and lowest value during the journey: $689.87 / $679.36.
5. Goods carried (volume): 118.3 million shares. Usual load (20-day average): 64.9 million. Ratio: 1.8.
6. Countries visited in the past five sessions: closes of $680.53 (Friday, November 13), $683.25
  (Monday, November 16), $679.84 (Tuesday, November 17), $681.88 (Wednesday, November 18) and $680.51
  (Thursday, November 19). Net over five sessions: +1.10%.
7. Are you carrying any averages? YES. 20-day $684.83; exponential 20-day $683.96; 50-day $680.43;
  200-day $646.13. Bollinger bands: upper $693.12, middle $684.83, lower $676.53, width 2.42%.
8. Have you been within 1% of a record? YES. Record close $694.71 (October 22, 2026); intraday record
  $697.09 (the same day). Distance: 0.97% below.
9. The year's low: $592.37 on a close (April 28, 2026); $591.34 intraday (April 28, 2026).
10. Options declared: max pain $690; call wall $700; put wall $675; put/call open-interest ratio 1.16;
  expiry Friday, November 27, 2026.
11. Momentum: RSI 55.0; MACD 0.82, signal 1.59, histogram -0.77. ATR $7.06 (1.03%).
12. Travelling companions: QQQ (+1.90%), DIA (+0.60%), IWM (+0.30%). Index: the S&P 500 at 6,901.69
  (+1.11%); difference from the index: 0.01 of a point.
13. Foreign currency: EUR/USD 1.1553 (-0.16%); USD/JPY 155.29 (+0.24%), both from Thursday's sessions.
14. Range declared: $678.45 to $694.71 over 29 sessions (2.40%). Nearest support $678.45, two tests;
  nearest resistance $690.00, 0.29% above.
15. I certify that the above is true. Signature: ____________ Duty payable: none. Officer badge 4471.
""")
plant(B, "cu-close", "value", V, "(the close): $688.00", "(the close): $688.80", "$688.80",
      "SPY closed at $688.00")
plant(B, "cu-prev", "history", V, "(Thursday): $680.51", "(Thursday): $681.50", "$681.50",
      "SPY closed at $680.51 on Thu Nov 19")
plant(B, "cu-chg", "value", V, "Change: +$7.49", "Change: +$7.94", "+$7.94", "change_1d is $7.49")
plant(B, "cu-low", "value", V, "$689.87 / $679.36", "$689.87 / $678.36", "$678.36", "SPY's low was $679.36")
plant(B, "cu-ratio", "value", V, "Ratio: 1.8.", "Ratio: 2.8.", "2.8", "the volume ratio is 1.8")
plant(B, "cu-mon", "history", V, "$683.25\n  (Monday, November 16)", "$683.52\n  (Monday, November 16)",
      "$683.52", "SPY closed at $683.25 on Mon Nov 16")
plant(B, "cu-wd", "date", WM, "$679.84 (Tuesday, November 17)", "$679.84 (Wednesday, November 17)",
      "Wednesday", "Nov 17, 2026 was a Tuesday")
plant(B, "cu-5d", "timeframe", V, "Net over five sessions: +1.10%", "Net over five sessions: +3.28%",
      "+3.28%", "3.28% is the YTD move; the 5-day move is 1.10%", real=True)
plant(B, "cu-ema", "value", V, "exponential 20-day $683.96", "exponential 20-day $684.96", "$684.96",
      "ema_20 is $683.96")
plant(B, "cu-bbw", "value", V, "width 2.42%", "width 2.24%", "2.24%", "bb_width_pct is 2.42%")
plant(B, "cu-ath", "value", V, "Distance: 0.97% below", "Distance: 0.79% below", "0.79%",
      "pct_from_ath is -0.97%")
plant(B, "cu-lowdate", "date", DU, "$592.37 on a close (April 28, 2026)",
      "$592.37 on a close (April 23, 2026)", "April 23, 2026", "the 52-week low close is dated Apr 28, 2026")
plant(B, "cu-pc", "value", V, "open-interest ratio 1.16", "open-interest ratio 1.61", "1.61",
      "put_call_oi_ratio is 1.16")
plant(B, "cu-expwd", "date", WM, "expiry Friday, November 27, 2026", "expiry Thursday, November 27, 2026",
      "Thursday", "Nov 27, 2026 is a Friday")
plant(B, "cu-hist", "indicator", V, "histogram -0.77", "histogram -0.57", "-0.57", "macd_hist is -0.77")
plant(B, "cu-qqq", "subject", V, "QQQ (+1.90%)", "QQQ (+1.10%)", "+1.10%",
      "1.10% is SPY's day; QQQ rose 1.90%", real=True)
plant(B, "cu-div", "derived", DER, "0.01 of a point", "0.11 of a point", "0.11", "1.10 - 1.11 = -0.01")
plant(B, "cu-eur", "direction", D, "EUR/USD 1.1553 (-0.16%)", "EUR/USD 1.1553 (+0.16%)", "+0.16%",
      "EUR/USD fell 0.16%")
plant(B, "cu-rangelen", "history", V, "over 29 sessions", "over 19 sessions", "19",
      "the range spans 29 sessions")
plant(B, "cu-touch", "level", V, "$678.45, two tests", "$678.45, four tests", "four tests",
      "the $678.45 level has 2 touches")
plant(B, "cu-dist", "derived", DER, "0.29% above", "0.92% above", "0.92%", "690.00 / 688.00 - 1 = 0.29%")
plant(B, "cu-res", "level", LW, "nearest resistance $690.00", "nearest resistance $685.00", "$685.00",
      "a resistance below the $688.00 close")

B = "yearbook-IWM-2026-11-20"
clean(B, "IWM-2026-11-20", "yearbook", "txt",
      "a school yearbook's superlatives page voted for the small-cap fund and its classmates, each award "
      "a short paragraph with a quoted wire, a page number, a class year and the committee's size",
      """\
CLASS OF 2026: SUPERLATIVES (Ridgemont Market Academy Yearbook, page 112)
Voted by the senior class on Friday, November 20, 2026.

MOST LIKELY TO STAY IN THEIR LANE: IWM. The iShares Russell 2000 ETF closed yearbook week at $244.30,
  up 73 cents, or 0.30%, a sleepy gain. Classmates say it hasn't left the $241.00 to $249.26 box in 25
  sessions, and that box is 3.43% wide. Tapewatch described it on Thursday as "still boxed between
  roughly $240 and $250, where it has traded for five weeks" [1].

MOST IMPROVED: nobody. IWM is down 1.10% over five sessions and 1.65% over a month, and up just 0.42%
  for the year.

QUIETEST IN CLASS: IWM's day covered only $243.65 to $244.45, and the close came near the top of that
  span. The move was about a fifth of its ATR of $2.83.

MOST LIKELY TO BE LATE: IWM again, behind SPY for the sixth session in a row. Ledger Markets Daily
  noted that "the Russell 2000 climbed 0.3%, trailing the Nasdaq 100 by 1.6 percentage points" [2].

CLASS CLOWN: the VIX, down 9.30% to 15.60.

BEST ATTENDANCE: 39.6 million shares, 1.3 times the 20-day average of 30.0 million.

BEST SUPPORTING ROLE: the 200-day average at $230.77, with IWM 5.86% above it; the 50-day average at
  $245.77 sits above the fund, with IWM 0.60% below it. Golden cross since August 10, 73 sessions ago.

MOST BALANCED: RSI 48.2, right in the middle of the scale; MACD 0.31, under its 0.51 signal.

MOST NOSTALGIC: the record close of $257.77 from November 28, 2025 (IWM is 5.23% below it), and the
  closes of $247.01 on Friday, November 13, and $245.28 on Tuesday, November 17.

Signatures page follows. Have a great summer! Yearbook committee: 14 students, 1 advisor.

<<SOURCES>>
""", sources=("tw-box19", "ld-rebound20"), source_format="paren")
plant(B, "yb-close", "value", V, "closed yearbook week at $244.30", "closed yearbook week at $244.03",
      "$244.03", "IWM closed at $244.30")
plant(B, "yb-cents", "value", V, "up 73 cents", "up 37 cents", "37 cents", "change_1d is $0.73")
plant(B, "yb-mag", "magnitude", MG, "a sleepy gain", "a thunderous gain", "thunderous",
      "IWM's 0.30% is 0.2 ATR")
plant(B, "yb-width", "value", V, "that box is 3.43% wide", "that box is 3.34% wide", "3.34%",
      "the range's width is 3.43%")
plant(B, "yb-quote", "quotation", NU, "traded for five weeks\" [1]", "traded for seven weeks\" [1]",
      "seven weeks", "the source says five weeks")
plant(B, "yb-5d", "timeframe", V, "IWM is down 1.10% over five sessions",
      "IWM is down 1.65% over five sessions", "1.65%", "1.65% is the month's fall; the 5-day move is -1.10%",
      real=True)
plant(B, "yb-ytd", "direction", D, "and up just 0.42%\n  for the year", "and down 0.42%\n  for the year",
      "down", "the YTD move is +0.42%")
plant(B, "yb-pos", "direction", D, "near the top of that\n  span", "near the bottom of that\n  span",
      "bottom", "the close $244.30 sits in the top fifth of $243.65-$244.45")
plant(B, "yb-fifth", "words", V, "about a fifth of its ATR", "about three times its ATR", "three times",
      "move_atr is 0.2")
plant(B, "yb-streak", "history", V, "for the sixth session in a row", "for the third session in a row",
      "third", "IWM has trailed SPY for 6 sessions")
plant(B, "yb-quote2", "quotation", NU, "by 1.6 percentage points\" [2]", "by 1.9 percentage points\" [2]",
      "1.9", "the source says 1.6 percentage points")
plant(B, "yb-cite", "citation", CU, "percentage points\" [2]", "percentage points\" [3]", "[3]",
      "there is no source [3]")
plant(B, "yb-vix", "direction", D, "the VIX, down 9.30%", "the VIX, up 9.30%", "up", "the VIX fell 9.30%")
plant(B, "yb-200", "value", V, "with IWM 5.86% above it", "with IWM 8.56% above it", "8.56%",
      "pct_vs_sma_200 is 5.86%")
plant(B, "yb-50", "pattern", P, "with IWM 0.60% below it", "with IWM 0.60% above it", "above",
      "IWM is below its 50-day")
plant(B, "yb-cross", "date", DU, "Golden cross since August 10", "Golden cross since August 20", "August 20",
      "the cross is dated Aug 10, 2026")
plant(B, "yb-rsi", "indicator", IND, "RSI 48.2, right in the middle of the scale",
      "RSI 48.2, deep in overbought territory", "overbought", "RSI 48.2 is neutral")
plant(B, "yb-macd", "indicator", IND, "MACD 0.31, under its 0.51 signal", "MACD 0.31, over its 0.51 signal",
      "over", "MACD 0.31 is below its signal 0.51")
plant(B, "yb-recdate", "date", DU, "$257.77 from November 28, 2025", "$257.77 from November 14, 2025",
      "November 14, 2025", "the record close is dated Nov 28, 2025")
plant(B, "yb-ath", "value", V, "(IWM is 5.23% below it)", "(IWM is 3.25% below it)", "3.25%",
      "pct_from_ath is -5.23%")
plant(B, "yb-fri", "history", V, "closes of $247.01 on Friday", "closes of $247.10 on Friday", "$247.10",
      "IWM closed at $247.01 on Fri Nov 13")
plant(B, "yb-tuewd", "date", WM, "on Tuesday, November 17", "on Monday, November 17", "Monday",
      "Nov 17, 2026 was a Tuesday")

README = kit.blind_readme(16)

# ---------------------------------------------------------------- scoring and the command line

evaluate, report = SET.evaluate, SET.report  # what tests/test_verify_holdout16.py runs

if __name__ == "__main__":
    raise SystemExit(SET.main(sys.argv[1:], doc=__doc__ or "", readme=README))
