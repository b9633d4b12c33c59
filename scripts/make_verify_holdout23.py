"""Write the twenty-third blind holdout set for the verifier to tests/data/verify_holdout23/ (deterministic).

    .venv/bin/python scripts/make_verify_holdout23.py            # (re)write the set
    .venv/bin/python scripts/make_verify_holdout23.py --check    # exit 1 if the files on disk differ
    .venv/bin/python scripts/make_verify_holdout23.py --score    # run the verifier over the set, report

Written for issue 14 by someone who had read neither `pipeline/verify/` nor the texts of the
evaluation set or of the first twenty-two holdouts (only the shared plumbing in
`scripts/verify_eval/holdout_kit.py`, `tests/holdout_helpers.py`, `tests/test_verify_holdout22.py`,
the top and the bottom of `scripts/make_verify_holdout22.py` (whose bottom shows its last text, the
regatta sheet, seen by accident), the other generators' module docstrings (to learn which voices were
taken), `pipeline/facts.py`, `pipeline/contracts/`, the README's verifier section and, to build the new
context keys, `scripts/verify_eval/holdout22_context.py`), and who did not run the verifier on these
texts before the blind score. About two thirds of the voices are market commentary in forms the
earlier sets did not use: the transcript of a market-timing newsletter's telephone hotline, a study
group's flashcard deck for a technical-analysis exam, a long answer on a question-and-answer site, a
quant hobbyist's strategy tear sheet, a funded-trader evaluation's daily self-report, the audience Q&A
of a brokerage webinar, an investing site's contributor article (summary bullets, thesis, levels table,
risks, rating), a bug report on a trading bot's GitHub repository with its pasted log and the
maintainer's reply, a dividend-income blogger's monthly report, a seasonality column, a short-video
script with captions and cut timings, a frontier fund sponsor's letter to shareholders, an Elliott-wave
count post and a sell-side strategist's price-target note with a levels box. The rest are unusual
voices that carry non-market numbers on purpose next to the market figures: a parent-teacher
association's minutes, a church youth group's bake-sale tally, a pub quiz-master's answer sheet, a
town council's agenda packet, a tennis club's ladder bulletin and a coffee roaster's production log.

Every figure of a clean text was typed by hand from `pipeline.facts.build_fact_sheet(...)` of the
case's snapshot, of a peer in the same file, of the snapshot's dated bars (`recent_sessions`,
`recent_closes`), of the 50/200-day slopes the snapshot carries (`trend.sma_50_slope_pct`,
`trend.sma_200_slope_pct`), or from the text of a cited source; derived figures (cents between the
close and the 50-day, a setup's risk and reward in dollars, "half an ATR", "seven-tenths of normal")
were worked from the same values. Clock times, years, counts of things, scores, weights, roast
temperatures, fund-company furniture, a house's own forecasts, a trader's own fills and balances,
prices of things that are not market data and page furniture are there on purpose. The wrong figure of
a plain value plant is the true figure with two digits swapped (`values` below; never a real fact, as
`vet_digits` checks); the other plants are written one by one. The snapshots and sources are frozen
copies in tests/data/verify_holdout23/context/: the twenty keys of holdout 22 copied from
tests/data/verify_holdout22/context/ on 2026-12-07, and three NEW keys no earlier holdout used, built
once with the pipeline's own snapshot builder over the bundled fixtures by
scripts/verify_eval/holdout23_context.py (holdout 22's builder, reused): SPY on Thursday 2026-11-19,
IWM on Wednesday 2026-11-18 and the Russell 2000 index on Friday 2026-11-13 (with its own ranked
sources, one of them a Macro Brief item no earlier set cited). Three of the twenty texts (price-target
note, tennis ladder, roast log) stand on them: `tests/holdout_helpers.assert_shape` asks every set to
use all seventeen eval keys, so with twenty texts no more than three can stand on new keys (a third
would need twenty-four texts; there was no time for four more).
Each planted case is one clean text with one exact substitution and one expected finding whose code
is the README's documented one for that fault; its note says why that code.

The blind score (once, on the branch point 917bf9fd, main when the set was begun; the set frozen in
c8eddeea): 914/1135 planted errors caught (0.81), 66 error findings on the 20 clean texts (3.30 per
text), 1010/1135 planted spots flagged by an error finding of some code. Per kind, caught/planted: value
656/746, scale 3/5, derived 0/4, direction 36/53, indicator 25/35, pattern 10/16, level 20/38, setup
9/21, date 50/73, citation 12/12, subject 11/13, timeframe 17/17, negation 4/10, quotation 11/18, trend
4/8, history 39/55, words 3/6, magnitude 4/5. Two of the 66 were right (two death crosses written as
golden ones, SPY and DIA on 2026-06-03), corrected in the texts in 877e0d67 (then 914/1135, 64 error
findings, 1010/1135 flagged); three plants had been filed under the wrong code, corrected in df01825d,
after which the same verifier read 916/1135 (value 657/747, direction 36/52, quotation 12/18), 64 error
findings (3.20 per text), 1010/1135 flagged. scripts/verify_eval/holdout23_score.md has the table, the
findings per clean text and the misses and false alarms by mechanism.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verify_eval import holdout_kit as kit  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- the clean texts

U = {**kit.FIXTURE_URLS,  # the ingested items cited, by a short name (the kit's, and a new key's)
     "mb-ppi13": "https://macrobrief.example/rates/2026/11/13/treasury-yields-climb-ppi"}

SET = kit.HoldoutSet("holdout23", REPO, U)  # the kit's source formats (md, plain, foot, paren)
OUT = SET.out
CLEAN = SET.texts
clean = SET.clean
plants = SET.plant_rows  # one clean text's plants, one a line (holdout_kit.HoldoutSet.plant_rows)

FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{3,}")


def values(base: str, prefix: str, *olds: str | tuple[str, str]) -> None:
    """Plain wrong-figure plants: each `old` (unique in the text, one figure of 3+ digits or with a
    decimal; a '200-day' is not one, or an (old, figure) pair naming it) gets that figure with two digits
    swapped; the expected finding is value-mismatch on it."""
    key = next(c.key for c in CLEAN if c.case_id == base)
    printed = kit.sheet_numbers(SET.sheets(key))
    for n, spec in enumerate(olds, start=1):
        old, named = (spec, "") if isinstance(spec, str) else spec
        old = old.replace("\n  ", " ")
        found = [m for m in FIGURE.finditer(old) if not old[m.end():].startswith("-")  # not '200-day'
                 and (not named or (m.group(0) == named and old.count(named) == 1))]
        assert len(found) == 1, (base, old)
        m = found[0]
        new_figure = kit.swapped(m.group(0), printed)
        new = old[:m.start()] + new_figure + old[m.end():]
        span = new_figure + ("%" if old[m.end():].startswith("%") else "")
        SET.plant(base, f"{prefix}-v{n}", "value", "value-mismatch", old, new, span,
                  f"the text's {m.group(0)} is the fact ({old!r}); {new_figure} is no fact of the key")


# A line starting with exactly two spaces continues the line before it. `<<SOURCES>>` becomes the
# Sources block. Figures are typed, not slotted: each was read off the key's fact sheet. Each text's
# planted errors follow it; an empty span is the new text.

B = "hotline-SPY-2026-11-20"
clean(B, "SPY-2026-11-20", "hotline recording", "txt",
      "the transcript of a market-timing newsletter's recorded telephone hotline, updated after Friday's "
      "close, with its menu prompts, a recording date and the editor's model positions", """\
[TRANSCRIPT - SUMMIT TIMING LETTER 24-HOUR HOTLINE - RECORDED 5:10 PM EASTERN, FRIDAY NOVEMBER 20, 2026]
[Press 1 for the stock update, 2 for bonds, 3 to renew. Subscriber line 4 of 6.]

Hello subscribers, this is Walt with the Friday evening update, message number 212.
The S&P 500 ETF finished the week at $688.00, up $7.49 on the day, or 1.10%, after opening at
  $681.15. It traded as low as $679.36 in the morning, under Thursday's close of $680.51, and as high
  as $689.87 in the last hour. That's a 1.1 ATR day for a fund whose 14-day ATR is $7.06. Volume was
  118.3 million shares against a 20-day average of 64.9 million, so call it 1.8 times normal; monthly
  options expiry does that.
For the week SPY is up 1.10%. For the month it's still down 0.97%, and year to date it's up 3.28%.
The tape: SPY closed above its 20-day at $684.83, above the 50-day at $680.43 (1.11% over it) and
  well above the 200-day at $646.13, 6.48% over. The 50-day rose 1.76% over the last twenty sessions and
  the 200-day just 0.13%, so the long line is flat to up. The golden cross dates from Sep 21, 44
  sessions ago. RSI is 55.0, neutral. MACD at 0.82 is still under its signal line at 1.59, so momentum
  has not turned, whatever the price did today.
Where we are: the record close is $694.71 from October 22, 2026, just 0.97% overhead. We have tested
  that shelf five times. Round number $690 sits in between, and it's also where the most open interest
  expires worthless, the max-pain strike, for next Friday, November 27. Call wall $700, put wall $675,
  put-call open interest ratio 1.16. Underneath, $678.45 is the floor of the 29-session range, then
  $670.42 and $666.26.
Our model: we are not long yet. The buy stop is $697.09, right at the intraday record. Protective
  stop $690.03, objective $710.97. That's $7.06 of risk for $13.88 of reward, 2.0 to 1. If it never
  trades $697.09, we never own it.
Elsewhere, the Nasdaq 100 ETF jumped 1.90% to $626.40, the Dow ETF gained 0.60% to $471.60 and the small
  caps only 0.30% to $244.30. The VIX fell 9.30% to 15.60. The S&P 500 index itself climbed "1.1% to
  6,901.69" [1] and the Nasdaq 100 rose "1.9% to 25,753.96" [2].
Monday's close was $683.25 and Tuesday's $679.84, the low close of the week; Wednesday was $681.88.
The next update is Monday at 5 PM. The renewal rate stays $189 a year through December 31.
[END OF MESSAGE - 4 MIN 12 SEC]

<<SOURCES>>
""", sources=("ld-rebound20", "hs-megacap20"), source_format="plain")
values(B, "ht", "at $688.00, up", "up $7.49", "or 1.10%, after", "opening at\n  $681.15",
       "as low as $679.36", "close of $680.51", "as high\n  as $689.87", "ATR is $7.06",
       "118.3 million", "average of 64.9 million", "it's still down 0.97%", "up 3.28%.",
       "20-day at $684.83", "50-day at $680.43", "(1.11% over it)", "200-day at $646.13",
       "6.48% over", "rose 1.76% over", "RSI is 55.0", "MACD at 0.82", "line at 1.59",
       "record close is $694.71", "ratio 1.16", "$678.45 is the floor", "then\n  $670.42",
       "and $666.26", "jumped 1.90%", "to $626.40", "gained 0.60%", "to $471.60",
       "only 0.30%", "to $244.30", "fell 9.30%", "to 15.60", "was $683.25", "Tuesday's $679.84",
       "Wednesday was $681.88")
plants(B, """
ht-dir ;; direction ;; D ;; up $7.49 on the day ;; down $7.49 on the day ;; down $7.49 ;; the fund rose
ht-atrx ;; value ;; V ;; a 1.1 ATR day ;; a 2.6 ATR day ;; 2.6 ATR ;; the move was 1.1 ATR
ht-volx ;; value ;; V ;; call it 1.8 times ;; call it 2.8 times ;; 2.8 times ;; volume was 1.8 times the
  average
ht-wk ;; timeframe ;; V ;; For the week SPY is up 1.10% ;; For the week SPY is up 3.28% ;; 3.28% ;; 3.28% is
  the year's; the week's is 1.10% ;; real
ht-mo ;; timeframe ;; V ;; still down 0.97%, and ;; still down 1.10%, and ;; 1.10% ;; the month is -0.97%;
  1.10% is the week ;; real
ht-above50 ;; pattern ;; P ;; above the 50-day at $680.43 ;; below the 50-day at $680.43 ;; below the 50-day
  ;; 688.00 is above 680.43
ht-slope ;; trend ;; V ;; rose 1.76% over ;; rose 0.76% over ;; 0.76% ;; the 50-day's slope is 1.76%
ht-slope2 ;; trend ;; V ;; the 200-day just 0.13% ;; the 200-day just 1.13% ;; 1.13% ;; the 200-day's slope
  is 0.13%
ht-cross ;; date ;; DU ;; from Sep 21, 44 ;; from Sep 12, 44 ;; Sep 12 ;; the golden cross was on Sep 21
ht-crossn ;; history ;; V ;; 44
  sessions ago ;; 54
  sessions ago ;; 54 sessions ;; the cross was 44 sessions ago
ht-rsiw ;; indicator ;; IND ;; RSI is 55.0, neutral ;; RSI is 55.0, overbought ;; overbought ;; 55.0 is not
  overbought
ht-macd ;; indicator ;; IND ;; is still under its signal line ;; is still over its signal line ;; over its
  signal line ;; 0.82 is below 1.59
ht-athd ;; date ;; DU ;; from October 22, 2026 ;; from October 29, 2026 ;; October 29, 2026 ;; the record
  close was on Oct 22, 2026
ht-athp ;; value ;; V ;; just 0.97% overhead ;; just 0.79% overhead ;; 0.79% ;; the record is 0.97% above
ht-touch ;; level ;; V ;; that shelf five times ;; that shelf eight times ;; eight times ;; the record level
  was touched 5 times
ht-mp ;; value ;; V ;; Round number $690 sits ;; Round number $680 sits ;; $680 ;; the round level and max
  pain
  is $690
ht-exp ;; date ;; DU ;; next Friday, November 27 ;; next Friday, November 28 ;; November 28 ;; the expiry is
  Nov 27
ht-cw ;; level ;; V ;; Call wall $700 ;; Call wall $710 ;; $710 ;; the call wall is $700
ht-pw ;; level ;; V ;; put wall $675 ;; put wall $665 ;; $665 ;; the put wall is $675
ht-rs ;; history ;; V ;; of the 29-session range ;; of the 39-session range ;; 39-session ;; the range is 29
  sessions
ht-under ;; level ;; LW ;; Underneath, $678.45 ;; Underneath, $690.00 ;; Underneath, $690.00 ;; $690 is above
  the $688 close ;; real
ht-entry ;; setup ;; V ;; The buy stop is $697.09 ;; The buy stop is $679.09 ;; $679.09 ;; the entry is
  $697.09
ht-stop ;; setup ;; SG ;; Protective
  stop $690.03 ;; Protective
  stop $699.03 ;; $699.03 ;; a long's stop above its entry is no stop
ht-tgt ;; setup ;; V ;; objective $710.97 ;; objective $701.97 ;; $701.97 ;; the target is $710.97
ht-rr ;; setup ;; SRR ;; reward, 2.0 to 1 ;; reward, 3.0 to 1 ;; 3.0 to 1 ;; 13.88/7.06 is 2.0
ht-more ;; direction ;; D ;; the small
  caps only 0.30% ;; the small
  caps a bigger 0.30% ;; a bigger 0.30% ;; 0.30% is smaller than the others
ht-vixd ;; direction ;; D ;; The VIX fell 9.30% ;; The VIX rose 9.30% ;; rose 9.30% ;; the VIX fell
ht-q1 ;; quotation ;; NU ;; "1.1% to
  6,901.69" [1] ;; "1.1% to
  6,910.69" [1] ;; 6,910.69 ;; the source says 6,901.69
ht-q2 ;; quotation ;; NU ;; "1.9% to 25,753.96" ;; "1.9% to 25,735.96" ;; 25,735.96 ;; the source says
  25,753.96
ht-cite ;; citation ;; CU ;; 25,753.96" [2] ;; 25,753.96" [4] ;; [4] ;; two sources
ht-lowc ;; history ;; V ;; Tuesday's $679.84, the low close ;; Tuesday's $679.84, the high close ;; the high
  close ;; 679.84 is the week's lowest close
ht-monday ;; date ;; WM ;; Monday's close was $683.25 ;; Friday's close was $683.25 ;; Friday's close was
  $683.25 ;; 683.25 was Monday's close
""")

B = "flashcards-QQQ-2026-11-20"
clean(B, "QQQ-2026-11-20", "flashcard deck", "md",
      "a study group's spaced-repetition flashcard deck for a technical-analysis exam, with Friday's "
      "Nasdaq 100 ETF tape as the worked example, card numbers, due dates and ease scores", """\
# Deck: TA Level 1 - worked examples (QQQ, Fri Nov 20, 2026)
*42 cards · 7 due today · ease 250% · shared by Priya, Tom and Ines*

**Card 1 - Front:** Where did QQQ close on Friday, and how far did it move?
**Back:** $626.40, up $11.68 or 1.90% from Thursday's $614.72.

**Card 2 - Front:** Gap or no gap?
**Back:** It opened at $618.09, a 0.55% gap up, dipped to a low of $614.90 and ran to a high of $631.45.

**Card 3 - Front:** Express the day's move in ATRs.
**Back:** The 14-day ATR is $8.05 (1.29% of price); the day's move counts as 1.6 ATR. Not a quiet day.

**Card 4 - Front:** Volume vs. normal?
**Back:** 86.8M shares against a 20-day average of 44.3M: twice the usual.

**Card 5 - Front:** Price vs. the three averages?
**Back:** Above all three: the 20-day ($619.45), the 50-day ($614.02, 2.02% below price) and the
  200-day ($580.22, 7.96% below price).

**Card 6 - Front:** Is the 50-day rising?
**Back:** Yes: it rose 1.49% over the last 20 sessions. The 200-day rose 0.23%.

**Card 7 - Front:** When did the golden cross happen?
**Back:** Jul 27, 2026, 83 sessions before this card's date.

**Card 8 - Front:** Read the oscillators.
**Back:** RSI(14) 56.4, neither overbought nor oversold. MACD 1.96 is below its signal, 2.46; histogram
  -0.51.

**Card 9 - Front:** Bollinger bands?
**Back:** Upper $629.47, middle $619.45, lower $609.43. The close sits in the top half but not above
  the upper band; band width 3.23%.

**Card 10 - Front:** The record?
**Back:** The record close is $629.76 from Wednesday, Nov 11; Friday finished 0.53% below it. The
  intraday record is $632.37, from the next day, Thursday, Nov 12.

**Card 11 - Front:** Name the resistance and support.
**Back:** Resistance: $627.27, then $629.76 and $632.37. Support: $623.73, $620, the 50-day at $614.02
  and the range floor at $610.21.

**Card 12 - Front:** Write the long setup.
**Back:** Buy $630.00, stop $621.95, target $649.31. Risk $8.05, reward $19.31, about 2.4 to 1.

**Card 13 - Front:** Compare with the other ETFs.
**Back:** QQQ +1.90% beat SPY (+1.10%), DIA (+0.60%) and IWM (+0.30%). The Nasdaq 100 index rose
  1.89% to 25,753.96.

**Card 14 - Front:** Week, month, year?
**Back:** +1.28% on the week, +0.27% on the month, +4.91% year to date.

**Card 15 - Front:** What did the source say about expiry?
**Back:** "a tech-led rally lifted QQQ to $626.40" [1]. Monday's close was $621.56; Thursday's
  $614.72 was the week's low close.

*Next review: Monday 07:30 · streak 19 days · 3 lapses*

<<SOURCES>>
""", sources=("tw-opex20",), source_format="md")
values(B, "fc", "**Back:** $626.40", "up $11.68 or", "or 1.90% from", "from Thursday's $614.72",
       "opened at $618.09", "a 0.55% gap", "low of $614.90", "high of $631.45", "ATR is $8.05",
       "(1.29% of price)", "86.8M shares", "average of 44.3M", "20-day ($619.45)", "50-day ($614.02",
       "2.02% below", "200-day ($580.22", "7.96% below", "rose 1.49%", "rose 0.23%", "RSI(14) 56.4",
       "MACD 1.96", "signal, 2.46", "Upper $629.47", "lower $609.43", "width 3.23%",
       "close is $629.76", "finished 0.53%", "record is $632.37", "Resistance: $627.27",
       "Support: $623.73", "floor at $610.21", "target $649.31", "SPY (+1.10%)", "DIA (+0.60%)",
       "rose\n  1.89%", "to 25,753.96", "+1.28% on the week", "+4.91% year",
       "close was $621.56")
plants(B, """
fc-dir ;; direction ;; D ;; up $11.68 or ;; down $11.68 or ;; down $11.68 ;; the fund rose
fc-gap ;; direction ;; D ;; a 0.55% gap up ;; a 0.55% gap down ;; gap down ;; the open was above Thursday's
  close
fc-atrx ;; value ;; V ;; counts as 1.6 ATR ;; counts as 2.6 ATR ;; 2.6 ATR ;; the move is 1.6 ATR on the sheet
fc-vol ;; words ;; V ;; twice the usual ;; three times the usual ;; three times ;; 86.8/44.3 is 2.0
fc-all ;; pattern ;; P ;; Above all three ;; Below all three ;; Below all three ;; the close is above the
  20-, 50- and 200-day
fc-slope ;; trend ;; D ;; Yes: it rose 1.49% ;; No: it fell 1.49% ;; fell 1.49% ;; the 50-day's slope is
  +1.49%
fc-cross ;; date ;; DU ;; Jul 27, 2026, 83 ;; Jul 20, 2026, 83 ;; Jul 20, 2026 ;; the cross was on Jul 27
fc-crossn ;; history ;; V ;; 83 sessions before ;; 38 sessions before ;; 38 sessions ;; the cross was 83
  sessions ago
fc-rsi ;; indicator ;; IND ;; neither overbought nor oversold ;; deep in overbought territory ;; overbought ;;
  56.4 is not overbought
fc-macd ;; indicator ;; IND ;; MACD 1.96 is below its signal ;; MACD 1.96 is above its signal ;; above its
  signal ;; 1.96 < 2.46
fc-bb ;; indicator ;; P ;; but not above
  the upper band ;; and above
  the upper band ;; above the upper band ;; 626.40 is under 629.47
fc-wed ;; date ;; WM ;; from Wednesday, Nov 11 ;; from Tuesday, Nov 11 ;; Tuesday, Nov 11 ;; Nov 11, 2026
  was a Wednesday
fc-thu ;; date ;; DU ;; Thursday, Nov 12 ;; Thursday, Nov 19 ;; Nov 19 ;; the intraday record was Nov 12
fc-res ;; level ;; LW ;; Resistance: $627.27, then ;; Resistance: $623.73, then ;; Resistance: $623.73 ;;
  623.73
  is under the close ;; real
fc-sup ;; level ;; LW ;; Support: $623.73, $620 ;; Support: $627.27, $620 ;; Support: $627.27 ;; 627.27 is
  above the close ;; real
fc-entry ;; setup ;; V ;; Buy $630.00, stop ;; Buy $603.00, stop ;; $603.00 ;; the entry is $630.00
fc-stop ;; setup ;; SG ;; stop $621.95 ;; stop $631.95 ;; $631.95 ;; a long's stop above its entry
fc-rr ;; setup ;; SRR ;; about 2.4 to 1 ;; about 4.2 to 1 ;; 4.2 to 1 ;; 19.31/8.05 is 2.4
fc-beat ;; direction ;; D ;; QQQ +1.90% beat SPY ;; QQQ +1.90% lagged SPY ;; lagged SPY ;; 1.90% > 1.10%
fc-iwm ;; subject ;; V ;; IWM (+0.30%) ;; IWM (+0.60%) ;; +0.60% ;; IWM rose 0.30%; 0.60% is DIA's ;; real
fc-mo ;; timeframe ;; V ;; +0.27% on the month ;; +1.28% on the month ;; +1.28% ;; the month is 0.27%;
  1.28% is the week ;; real
fc-q ;; quotation ;; NU ;; lifted QQQ to $626.40" [1] ;; lifted QQQ to $624.60" [1] ;; $624.60 ;; the source
  says $626.40
fc-cite ;; citation ;; CU ;; $626.40" [1] ;; $626.40" [2] ;; [2] ;; one source
fc-lowc ;; history ;; V ;; was the week's low close ;; was the week's high close ;; the week's high close ;;
  614.72 is the week's lowest close
""")

B = "quora-GSPC-2026-11-20"
clean(B, "idx_GSPC-2026-11-20", "Q&A site answer", "md",
      "a retired fund accountant's long answer on a question-and-answer site to 'Did the S&P 500 just "
      "break out?', with upvote counts, an edit note and a comment under it", """\
**Did the S&P 500 just break out on Friday, Nov 20?**

*Answer · Gerald Okafor, retired fund accountant (31 years) · 2.4K views · 88 upvotes*

Short answer: no. Long answer below.

The S&P 500 closed Friday at 6,901.69, up 75.63 points or 1.11%. It opened at 6,833.00, barely above
Thursday's 6,826.06, dipped to 6,815.01, then climbed to 6,920.40 by the afternoon. A good day, 1.1 ATR
when the 14-day average true range is 70.89 points, but one day.

A breakout would mean a close above the record, and the record close is 6,968.14 from October 22,
2026. Friday ended 0.95% below it. The 29-session range runs from 6,805.34 to that same 6,968.14, and
the index is still inside it. The intraday record, 6,992.05, is further away still.

What I'd say did improve:

1. It is back above the 50-day average, 6,824.87, by 1.13%, and above the 20-day, 6,870.41.
2. The 200-day average, 6,480.69, is 6.50% below. The 50-day has stayed above the 200-day since the
   golden cross of Sep 21.
3. RSI is 54.9, middling. MACD, 8.49, is still below its signal line, 16.37.

What did not: the week. The S&P is up only 1.10% over five sessions, down 0.95% over the month, and
3.33% for the year. Monday it closed at 6,855.03 ("bouncing after Friday's decline", as one site put
it [^1]), Tuesday at 6,821.04, the low close of the week, Wednesday 6,841.38 and Thursday 6,826.06.

Friday was broad but not even: the Nasdaq 100 rose 1.89% to 25,753.96, the Dow 0.58% to 47,220.31 and
the Russell 2000 just 0.30% to 2,456.17. So large tech led, small caps lagged. The VIX fell 9.30% to
15.60.

Round 7,000 is 1.42% above the close. If I were trading it (I'm not, I own index funds and a
boat), I'd wait for a close over 6,968.14.

*Edit (Sat 09:14): fixed a typo in the Dow figure. Thanks, commenters.*

> **Comment (14 upvotes):** Agree. People forget the 6,900 handle was crossed in September too.

<<SOURCES>>
""", sources=("tw-50day16",), source_format="foot")
values(B, "qa", "Friday at 6,901.69", "up 75.63 points", "or 1.11%. It", "opened at 6,833.00",
       "Thursday's 6,826.06, dipped", "dipped to 6,815.01", "climbed to 6,920.40", "range is 70.89",
       "record close is 6,968.14", "ended 0.95% below", "from 6,805.34", "intraday record, 6,992.05",
       "average, 6,824.87", "by 1.13%", "20-day, 6,870.41", "average, 6,480.69", "6.50% below",
       "RSI is 54.9", "MACD, 8.49", "line, 16.37", "up only 1.10%", "down 0.95% over the month",
       "3.33% for the year", "closed at 6,855.03", "Tuesday at 6,821.04", "Wednesday 6,841.38",
       "rose 1.89%", "to 25,753.96", "Dow 0.58%", "to 47,220.31", "just 0.30%", "to 2,456.17",
       "fell 9.30%", "is 1.42% above")
plants(B, """
qa-dir ;; direction ;; D ;; up 75.63 points ;; down 75.63 points ;; down 75.63 ;; the index rose
qa-atr ;; value ;; V ;; 1.1 ATR ;; 2.7 ATR ;; 2.7 ATR ;; the move is 1.1 ATR
qa-athd ;; date ;; DU ;; from October 22, ;; from October 28, ;; October 28 ;; the record close was on Oct 22
qa-inside ;; negation ;; P ;; the index is still inside it ;; the index is now above it ;; above it ;;
  6,901.69
  is inside 6,805.34-6,968.14
qa-rs ;; history ;; V ;; The 29-session range ;; The 92-session range ;; 92-session ;; the range is 29
  sessions
qa-back ;; pattern ;; P ;; It is back above the 50-day ;; It is back below the 50-day ;; below the 50-day ;;
  6,901.69 > 6,824.87
qa-200 ;; level ;; LW ;; is 6.50% below ;; is 6.50% above ;; 6.50% above ;; the 200-day is under the index
qa-xd ;; date ;; DU ;; golden cross of Sep 21 ;; golden cross of Sep 12 ;; Sep 12 ;; the cross was Sep 21
qa-rsi ;; indicator ;; IND ;; RSI is 54.9, middling ;; RSI is 54.9, oversold ;; oversold ;; 54.9 is not
  oversold
qa-macd ;; indicator ;; IND ;; is still below its signal line ;; is now above its signal line ;; above its
  signal line ;; 8.49 < 16.37
qa-wk ;; timeframe ;; V ;; up only 1.10% over five sessions ;; up only 3.33% over five sessions ;; 3.33% ;;
  3.33% is the year ;; real
qa-mon ;; date ;; WM ;; Monday it closed at 6,855.03 ;; Tuesday it closed at 6,855.03 ;; Tuesday it closed
  at 6,855.03 ;; 6,855.03 was Monday's ;; real
qa-low ;; history ;; V ;; the low close of the week ;; the high close of the week ;; the high close ;;
  6,821.04 is the week's lowest
qa-q ;; quotation ;; NU ;; ("bouncing after Friday's decline", ;; ("bouncing after Thursday's decline", ;;
  Thursday's decline ;; the source says Friday's
qa-cite ;; citation ;; CU ;; it [^1]) ;; it [^3]) ;; [^3] ;; one source
qa-ndx ;; subject ;; V ;; Dow 0.58% ;; Dow 1.89% ;; 1.89% ;; 1.89% is the Nasdaq 100's ;; real
qa-lead ;; direction ;; D ;; So large tech led, small caps lagged ;; So small caps led, large tech lagged ;;
  small caps led ;; the Russell rose least
qa-vix ;; direction ;; D ;; The VIX fell 9.30% ;; The VIX jumped 9.30% ;; jumped 9.30% ;; the VIX fell
qa-7000 ;; level ;; LW ;; 1.42% above the close ;; 1.42% below the close ;; 1.42% below ;; 7,000 is above
  6,901.69
qa-wait ;; level ;; V ;; a close over 6,968.14 ;; a close over 6,986.14 ;; 6,986.14 ;; the record close is
  6,968.14
""")

B = "tearsheet-DIA-2026-11-20"
clean(B, "DIA-2026-11-20", "strategy tear sheet", "txt",
      "a quant hobbyist's weekly tear sheet for a trend-following rule run on the Dow ETF, with the "
      "backtest's own statistics (not market data) beside the week's live signal", """\
TREND-50 RULE :: DIA :: WEEKLY TEAR SHEET :: week ending Fri 2026-11-20 :: v3.2 (build 1187)
---------------------------------------------------------------------------------------------
Backtest (2004-2025, 5,538 trading days, costs 2 bp/side): CAGR 7.4%, max drawdown 21.9%, 61 trades,
  hit rate 44%, avg hold 63 days. These are the model's own numbers, not this week's market.

LIVE THIS WEEK
   Close Fri          $471.60   (+$2.81, +0.60% vs Thu $468.79)
   Open / High / Low  $468.96 / $471.86 / $467.35
   Volume             5.5M vs 3.4M 20-day avg (1.6x)
   5-day / 1-month    +1.10% / -0.17%      YTD -0.72%
   Up-close streak    3 sessions, +1.00% over the three
   Daily closes       Mon $467.85 | Tue $466.92 | Wed $468.32 | Thu $468.79 | Fri $471.60

SIGNAL INPUTS
   SMA 20 / 50 / 200  $469.16 / $467.61 / $454.80
   vs 50-day          +0.85% (above: rule stays LONG)
   vs 200-day         +3.69%
   50d slope (20 sess) +0.75%     200d slope -0.32% (falling, a yellow flag)
   Golden cross       since Oct 2, 2026 (35 sessions)
   RSI 14             55.5       MACD 0.34 vs signal 0.47 (below)
   ATR 14             $4.50 (0.95%); Friday's move was 0.6 ATR
   BB 20,2            $474.57 / $469.16 / $463.75

CONTEXT
   43-session range   $464.29 - $474.50 (inside)
   Overhead           $473.00 (3 touches), $474.50, $476.13, round $480
   Below              $470, then the 50-day $467.61 (4 touches), then $464.29
   Record close       $493.91 on Jan 12, 2026 (-4.52%); 52-week low $423.43 on Apr 30, 2026
   Options            max pain $473.00, put wall $465.00, call wall $480.00, P/C OI 1.14, exp Nov 27
   Peers Fri          SPY +1.10% ($688.00), QQQ +1.90% ($626.40), IWM +0.30% ($244.30)
   Index              Dow "rose 0.6% to 47,220.31" [1]; DIA lagged SPY by 0.50 pt

NOTES
   - DIA rose less than SPY and QQQ but more than IWM.
   - The rule does not add on strength; position size stays 100 shares (paper).
   - Next rebalance check Fri 2026-11-27, 16:15 ET. Runtime 3.8 s on the laptop.

<<SOURCES>>
""", sources=("ld-rebound20",), source_format="paren")
values(B, "ts", "Close Fri          $471.60", "(+$2.81", "+0.60% vs", "Thu $468.79)", "$468.96 /",
       "/ $471.86", "/ $467.35", "5.5M vs", "3.4M 20-day", ("+1.10% / -0.17%", "1.10"), "/ -0.17%",
       "YTD -0.72%",
       "+1.00% over", "Mon $467.85", "Tue $466.92", "Wed $468.32", ("200  $469.16", "469.16"),
       ("/ $467.61 / $454.80", "467.61"), "/ $454.80", "+0.85% (above", "+3.69%", "+0.75%", "slope -0.32%",
       ("RSI 14             55.5", "55.5"),
       "MACD 0.34", "signal 0.47", ("$4.50 (0.95%)", "4.50"), "(0.95%)", "$474.57 /", "/ $463.75",
       ("$464.29 - $474.50 (inside)", "464.29"), "- $474.50 (inside)", "$476.13", "$493.91", "(-4.52%)",
       "low $423.43", "P/C OI 1.14", "($688.00)", "QQQ +1.90%", "($626.40)", "($244.30)",
       "to 47,220.31", "by 0.50 pt")
plants(B, """
ts-dir ;; direction ;; D ;; (+$2.81, +0.60% ;; (-$2.81, +0.60% ;; -$2.81 ;; the ETF rose $2.81
ts-volx ;; value ;; V ;; avg (1.6x) ;; avg (2.6x) ;; 2.6x ;; 5.5/3.4 is 1.6
ts-strk ;; history ;; V ;; Up-close streak    3 sessions ;; Up-close streak    5 sessions ;; 5 sessions ;;
  three up closes (Wed, Thu, Fri)
ts-wed ;; history ;; V ;; Wed $468.32 ;; Wed $467.86 ;; Wed $467.86 ;; Wednesday closed at $468.32;
  $467.86 was Nov 12's close ;; real
ts-above ;; pattern ;; P ;; (above: rule stays LONG) ;; (below: rule stays LONG) ;; below ;; 471.60 > 467.61
ts-slope ;; trend ;; D ;; -0.32% (falling ;; -0.32% (rising ;; rising ;; a negative slope is falling
ts-xd ;; date ;; DU ;; since Oct 2, 2026 ;; since Oct 9, 2026 ;; Oct 9, 2026 ;; the cross was Oct 2
ts-xn ;; history ;; V ;; (35 sessions) ;; (53 sessions) ;; 53 sessions ;; 35 sessions since the cross
ts-macd ;; indicator ;; IND ;; signal 0.47 (below) ;; signal 0.47 (above) ;; (above) ;; 0.34 < 0.47
ts-atrx ;; value ;; V ;; move was 0.6 ATR ;; move was 2.7 ATR ;; 2.7 ATR ;; the move is 0.6 ATR
ts-rs ;; history ;; V ;; 43-session range ;; 34-session range ;; 34-session ;; the range is 43 sessions
ts-in ;; negation ;; P ;; - $474.50 (inside) ;; - $474.50 (broken out) ;; broken out ;; 471.60 is inside
ts-over ;; level ;; LW ;; Overhead           $473.00 ;; Overhead           $470 ;; Overhead           $470 ;;
  $470 is under the close ;; real
ts-touch ;; level ;; V ;; $467.61 (4 touches) ;; $467.61 (9 touches) ;; 9 touches ;; the 50-day level has 4
  touches
ts-athd ;; date ;; DU ;; on Jan 12, 2026 ;; on Jan 21, 2026 ;; Jan 21, 2026 ;; the record close was Jan 12
ts-lowd ;; date ;; DU ;; on Apr 30, 2026 ;; on Apr 3, 2026 ;; Apr 3, 2026 ;; the 52-week low was Apr 30
ts-mp ;; value ;; V ;; max pain $473.00 ;; max pain $478.00 ;; $478.00 ;; max pain is $473
ts-pw ;; level ;; V ;; put wall $465.00 ;; put wall $460.00 ;; $460.00 ;; the put wall is $465
ts-exp ;; date ;; DU ;; exp Nov 27 ;; exp Nov 20 ;; exp Nov 20 ;; the expiry is Nov 27
ts-spy ;; subject ;; V ;; SPY +1.10% ;; SPY +0.60% ;; SPY +0.60% ;; SPY rose 1.10%; 0.60% is DIA's ;; real
ts-iwm ;; subject ;; V ;; IWM +0.30% ;; IWM +1.90% ;; IWM +1.90% ;; IWM rose 0.30%; 1.90% is QQQ's ;; real
ts-q ;; quotation ;; NU ;; "rose 0.6% to 47,220.31" ;; "rose 0.8% to 47,220.31" ;; 0.8% ;; the source says
  0.6%
ts-cite ;; citation ;; CU ;; 47,220.31" [1] ;; 47,220.31" [2] ;; [2] ;; one source
ts-lag ;; direction ;; D ;; DIA lagged SPY by ;; DIA beat SPY by ;; DIA beat SPY ;; DIA +0.60% < SPY +1.10%
ts-less ;; direction ;; D ;; DIA rose less than SPY and QQQ but more than IWM ;; DIA rose more than SPY and
  QQQ but less than IWM ;; more than SPY ;; 0.60% is under 1.10% and 1.90%, over 0.30%
""")

B = "challenge-IWM-2026-11-20"
clean(B, "IWM-2026-11-20", "funded-trader challenge report", "md",
      "a trader's daily self-report for a prop firm's funded-account evaluation, with the account's "
      "own rules and balances (not market data) and the small-cap ETF she trades", """\
## Evaluation day 14 of 30 - Friday, Nov 20, 2026 - account EV-50K-0392

**Rules:** $50,000 account, daily loss limit $1,100, trailing drawdown $2,500, profit target $3,000.
**Balance:** $51,412.50 (+$1,412.50 to date, 47% of target). Today: +$86.00 after $7.20 commissions.

### What IWM did
IWM closed at $244.30, up $0.73 or 0.30% from Thursday's $243.57. Range was tiny: open $244.20, high
$244.45, low $243.65, so the whole day fit inside 80 cents. Volume 39.6M vs a 30.0M average.

It lagged SPY (+1.10%) again, the sixth straight session it has done so, and it trailed QQQ's 1.90%
by 1.60 points. The Russell 2000 itself rose 0.30% to 2,456.17.

### Map I traded off
- 50-day: $245.77, price 0.60% below it. Still under it.
- 20-day: $244.89. 200-day: $230.77 (price 5.86% above).
- Box: $241.00 to $249.26, 25 sessions. Middle of it, basically.
- Above: $245.00 (max pain for Nov 27), $245.77, $249.26, $252.53.
- Below: $242.80, $241.00, $240.02, and the put wall at $240.00.
- ATR $2.83 (1.16%); today was 0.2 ATR. RSI 48.2. MACD 0.31 under signal 0.51.

Week: -1.10%. Month: -1.65%. Year: +0.42%. The closes this week were $247.26 Monday, $245.28 Tuesday,
$244.79 Wednesday and $243.57 Thursday, each lower than the one before, before today's small bounce.
The record close, $257.77 on Nov 28, 2025, is 5.23% above. The 52-week low was $204.10 on Apr 9,
2026.

### Trades
1. 10:42 long 200 @ $243.80, out 11:15 @ $244.10 (+$60). Plan was stop $243.40, target $244.60.
2. 14:03 long 100 @ $244.05, out 15:58 @ $244.38 (+$33).
No shorts. I did not chase the breakout that never came: IWM never got above $245.00.

### Notes to self
Source said it: "still boxed between roughly $240 and $250" [1]. Treasury 10-year at "4.06%" [2] did
not help small caps today. Sleep 6.5 h. Coffee 3. Journal streak 14.

<<SOURCES>>
""", sources=("ld-smallcaps20", "mb-yields20"), source_format="md")
values(B, "ch", "closed at $244.30", "up $0.73", "or 0.30% from", "Thursday's $243.57", "open $244.20",
       "high\n$244.45", "low $243.65", "39.6M", "30.0M", "SPY (+1.10%)", "QQQ's 1.90%", "by 1.60 points",
       "to 2,456.17", "50-day: $245.77", "0.60% below", "20-day: $244.89", "200-day: $230.77",
       "5.86% above", "Box: $241.00", "to $249.26, 25", "$252.53", "Below: $242.80", "$240.02",
       "ATR $2.83", "(1.16%)", "RSI 48.2", "MACD 0.31", "signal 0.51", "Week: -1.10%", "Month: -1.65%",
       "Year: +0.42%", "$247.26 Monday", "$245.28 Tuesday", "$244.79 Wednesday", "$257.77",
       "5.23% above", "$204.10")
plants(B, """
ch-dir ;; direction ;; D ;; up $0.73 or ;; down $0.73 or ;; down $0.73 ;; the fund rose
ch-cents ;; derived ;; DER ;; inside 80 cents ;; inside 50 cents ;; 50 cents ;; 244.45 - 243.65 is $0.80
ch-volw ;; value ;; V ;; Volume 39.6M vs a 30.0M average ;; Volume 29.6M vs a 30.0M average ;; 29.6M ;;
  volume was 39.6M
ch-lag ;; direction ;; D ;; It lagged SPY (+1.10%) ;; It beat SPY (+1.10%) ;; beat SPY ;; 0.30% < 1.10%
ch-strk ;; history ;; V ;; the sixth straight session ;; the third straight session ;; third straight ;; six
  sessions behind SPY
ch-rut ;; direction ;; D ;; The Russell 2000 itself rose 0.30% ;; The Russell 2000 itself fell 0.30% ;; fell
  0.30% ;; the index rose
ch-under ;; pattern ;; P ;; price 0.60% below it ;; price 0.60% above it ;; 0.60% above ;; 244.30 < 245.77
ch-rs ;; history ;; V ;; 25 sessions. ;; 52 sessions. ;; 52 sessions ;; the box is 25 sessions
ch-above ;; level ;; LW ;; Above: $245.00 ;; Above: $242.80 ;; Above: $242.80 ;; 242.80 is under the close
  ;; real
ch-below ;; level ;; LW ;; Below: $242.80 ;; Below: $249.26 ;; Below: $249.26 ;; 249.26 is above ;; real
ch-mpd ;; date ;; DU ;; max pain for Nov 27 ;; max pain for Nov 25 ;; Nov 25 ;; expiry is Nov 27
ch-pw ;; level ;; V ;; the put wall at $240.00 ;; the put wall at $235.00 ;; $235.00 ;; the put wall is $240
ch-atrx ;; value ;; V ;; today was 0.2 ATR ;; today was 1.4 ATR ;; 1.4 ATR ;; the move is 0.2 ATR
ch-macd ;; indicator ;; IND ;; MACD 0.31 under signal ;; MACD 0.31 over signal ;; over signal ;; 0.31 < 0.51
ch-yr ;; timeframe ;; V ;; Year: +0.42% ;; Year: -1.65% ;; Year: -1.65% ;; -1.65% is the month ;; real
ch-tue ;; date ;; WM ;; $245.28 Tuesday ;; $245.28 Wednesday ;; $245.28 Wednesday ;; 245.28 was Tuesday's ;;
  real
ch-lower ;; history ;; D ;; each lower than the one before ;; each higher than the one before ;; each higher
  ;; 247.26 > 245.28 > 244.79 > 243.57
ch-athd ;; date ;; DU ;; on Nov 28, 2025 ;; on Nov 18, 2025 ;; Nov 18, 2025 ;; the record close was Nov 28,
  2025
ch-lowd ;; date ;; DU ;; on Apr 9, ;; on Apr 19, ;; Apr 19 ;; the 52-week low was Apr 9
ch-never ;; negation ;; P ;; IWM never got above $245.00 ;; IWM closed above $245.00 ;; closed above $245.00
  ;; 244.30 is under 245.00
ch-q ;; quotation ;; NU ;; roughly $240 and $250" ;; roughly $230 and $250" ;; $230 ;; the source says $240
ch-q2 ;; quotation ;; NU ;; "4.06%" ;; "4.60%" ;; 4.60% ;; the source says 4.06%
ch-cite ;; citation ;; CU ;; "4.06%" [2] ;; "4.06%" [3] ;; [3] ;; two sources
""")

B = "webinar-SPY-2026-11-17"
clean(B, "SPY-2026-11-17", "webinar Q&A transcript", "txt",
      "the audience Q&A of a brokerage's free evening webinar on Tuesday, the host reading typed questions "
      "aloud and answering from her chart, with attendee counts and a poll", """\
"Reading the Tape" - live webinar, Tuesday Nov 17, 2026, 6:30 PM ET. 1,284 registered, 611 attending.
Host: Dana Whitfield, CMT. Q&A segment begins at 41:20.

DANA: Okay, questions. Marcus asks: "Where did SPY finish today?" It closed at $679.84, down $3.41,
  which is 0.50%. It opened at $682.51, made a high of $683.69 and a low of $676.68. Yesterday, Monday,
  it closed at $683.25.
DANA: Jen asks whether that's a big move. Not really. The 14-day ATR is $7.16, about 1.05% of price,
  so today was half an ATR. Volume 73.0 million against a 66.3 million average, 1.1 times.
DANA: "Is it still above the 50-day?" Barely. The 50-day is $679.19, so we're 0.09% above it. That's
  a few tens of cents. The 20-day at $685.80 is above price, and the 200-day at $645.83 is way below,
  5.27% below price.
DANA: "Is the trend still up?" The 50-day average rose 2.16% over the last twenty sessions; the
  200-day 0.13%. Golden cross since September 21, 41 sessions. So yes, the long trend is up.
DANA: Priya asks about momentum. RSI 46.8, a bit below the midline. MACD is 1.09 and its signal is 2.42,
  so MACD is under the signal. Bollinger lower band $676.76, and today's low at $676.68 poked just under
  it before we closed back inside.
DANA: "How far from the high?" The record close is $694.71 from October 22, 2026. We're 2.14% below it.
  The 40-session range runs $673.92 to $694.71.
DANA: Somebody asks for a trade. I don't give advice, but the textbook long would be a buy at $673.92,
  the range floor, with a stop at $668.55 and a target of $691.80. That's $5.37 of risk for $17.88 of
  reward, 3.3 to 1.
DANA: "What about the rest of the market?" QQQ fell 0.90% to $615.97, worse than SPY. DIA lost only 0.20%
  to $466.92. IWM dropped 0.80% to $245.28. The VIX rose 6.02% to 17.60. The wire put it simply: "the
  S&P 500 lost 0.5% to 6,821.04" [1], and oil fell "2.7%" [2].
DANA: "Last week?" SPY is down 0.80% over five sessions and 1.06% over the month, up 2.05% for the year.
  A week ago, Tuesday Nov 10, it closed at $685.33; Friday Nov 13 it closed at $680.53.
POLL (412 votes): Bullish 38%, Neutral 41%, Bearish 21%.
DANA: That's time. Recording goes out in 24 hours. Thanks, everyone.

<<SOURCES>>
""", sources=("hs-slides17", "ld-oil17"), source_format="plain")
values(B, "wb", "closed at $679.84", "down $3.41", "which is 0.50%", "opened at $682.51", "high of $683.69",
       "low of $676.68", "closed at $683.25", "ATR is $7.16", "about 1.05%", "73.0 million",
       "66.3 million", "50-day is $679.19", "0.09% above", "20-day at $685.80", "200-day at $645.83",
       "5.27% below", "rose 2.16%", "200-day 0.13%", "RSI 46.8", "MACD is 1.09", "signal is 2.42",
       "band $676.76", "low at $676.68", "close is $694.71", "2.14% below", "runs $673.92",
       "stop at $668.55", "target of $691.80", "fell 0.90%", "to $615.97", "only 0.20%", "to $466.92",
       "dropped 0.80%", "to $245.28", "rose 6.02%", "to 17.60", "down 0.80% over", "1.06% over",
       "up 2.05%", "closed at $685.33", "closed at $680.53")
plants(B, """
wb-dir ;; direction ;; D ;; down $3.41 ;; up $3.41 ;; up $3.41 ;; SPY fell
wb-mon ;; date ;; WM ;; Yesterday, Monday ;; Yesterday, Sunday ;; Sunday ;; the session before Tuesday is
  Monday
wb-half ;; words ;; V ;; half an ATR ;; two ATRs ;; two ATRs ;; 3.41/7.16 is 0.5 ATR
wb-volx ;; value ;; V ;; 1.1 times ;; 2.1 times ;; 2.1 times ;; 73.0/66.3 is 1.1
wb-barely ;; pattern ;; P ;; "Is it still above the 50-day?" Barely ;; "Is it still above the 50-day?" No ;;
  No ;; 679.84 > 679.19
wb-cents ;; derived ;; DER ;; a few tens of cents ;; a few dollars ;; a few dollars ;; 679.84 - 679.19 is
  $0.65
wb-20 ;; level ;; LW ;; $685.80 is above price ;; $685.80 is below price ;; below price ;; 685.80 > 679.84
wb-xd ;; date ;; DU ;; since September 21 ;; since September 12 ;; September 12 ;; the cross was Sep 21
wb-xn ;; history ;; V ;; 41 sessions ;; 14 sessions ;; 14 sessions ;; 41 sessions since the cross
wb-trend ;; trend ;; D ;; the long trend is up ;; the long trend is down ;; trend is down ;; both slopes
  positive
wb-rsiw ;; indicator ;; IND ;; a bit below the midline ;; well above the midline ;; above the midline ;;
  46.8 < 50
wb-macd ;; indicator ;; IND ;; so MACD is under the signal ;; so MACD is over the signal ;; over the signal
  ;; 1.09 < 2.42
wb-bb ;; indicator ;; P ;; poked just under ;; stayed well above ;; stayed well above ;; 676.68 < 676.76
wb-athd ;; date ;; DU ;; from October 22, 2026 ;; from October 2, 2026 ;; October 2, 2026 ;; the record was
  Oct 22
wb-rs ;; history ;; V ;; The 40-session range ;; The 60-session range ;; 60-session ;; the range is 40
  sessions
wb-entry ;; setup ;; V ;; a buy at $673.92 ;; a buy at $637.92 ;; $637.92 ;; the entry is $673.92
wb-risk ;; setup ;; DER ;; That's $5.37 of risk ;; That's $3.57 of risk ;; $3.57 ;; 673.92 - 668.55 is 5.37
wb-rr ;; setup ;; SRR ;; reward, 3.3 to 1 ;; reward, 1.3 to 1 ;; 1.3 to 1 ;; 17.88/5.37 is 3.3
wb-worse ;; direction ;; D ;; worse than SPY ;; better than SPY ;; better than SPY ;; -0.90% < -0.50%
wb-dia ;; subject ;; V ;; DIA lost only 0.20% ;; DIA lost only 0.80% ;; 0.80% ;; 0.80% is IWM's ;; real
wb-vix ;; direction ;; D ;; The VIX rose 6.02% ;; The VIX fell 6.02% ;; fell 6.02% ;; the VIX rose
wb-q ;; quotation ;; NU ;; lost 0.5% to 6,821.04" ;; lost 0.5% to 6,812.04" ;; 6,812.04 ;; the source says
  6,821.04
wb-q2 ;; quotation ;; NU ;; "2.7%" ;; "2.2%" ;; 2.2% ;; the source says 2.7%
wb-cite ;; citation ;; CU ;; "2.7%" [2] ;; "2.7%" [5] ;; [5] ;; two sources
wb-wk ;; timeframe ;; V ;; down 0.80% over five ;; down 1.06% over five ;; 1.06% ;; 1.06% is the month ;; real
wb-tue ;; date ;; WM ;; Tuesday Nov 10 ;; Wednesday Nov 10 ;; Wednesday Nov 10 ;; Nov 10, 2026 was a Tuesday
wb-fri ;; history ;; V ;; Friday Nov 13 it closed at $680.53 ;; Friday Nov 13 it closed at $684.64 ;; $684.64
  ;; Nov 13 closed at 680.53; 684.64 was Nov 12 ;; real
""")

B = "contributor-QQQ-2026-11-17"
clean(B, "QQQ-2026-11-17", "contributor article", "md",
      "an investing site's contributor article on the Nasdaq 100 ETF with its house structure (summary "
      "bullets, thesis, risks, bottom line), a rating, a disclosure and reader counts", """\
# QQQ: Tuesday's Dip Is A Test Of The 50-Day, Not A Trend Change

*Nov. 17, 2026 7:48 PM ET · Invesco QQQ Trust (QQQ) · 23 Comments · Rating: Hold*

## Summary

- QQQ fell 0.90% on Tuesday to $615.97, its third loss in four sessions, and sits 2.19% below its Nov.
  11 record close of $629.76.
- The fund remains 0.53% above its 50-day moving average ($612.70) and 6.24% above its 200-day ($579.82).
- I rate QQQ a Hold and lay out a pullback entry at the 50-day with defined risk.

## Thesis

Tuesday's tape was soft: QQQ opened at $620.75, peaked at $624.18 and closed at $615.97, two cents off
its $615.95 low, down $5.59. The Nasdaq 100 index "fell 0.9% to 25,326.20" [1]. Volume of 61.1 million
shares ran about 1.5 times the 42.0 million 20-day average, which is heavier than I like on a down day.

Yet the structure holds. The 50-day average rose 1.77% over twenty sessions and the 200-day 0.21%; the
golden cross of Jul. 27 is 80 sessions old. RSI is 48.4. MACD (2.43) is below its signal (3.05), so
momentum is cooling, not collapsing. The daily ATR is $7.99, or 1.30%, and Tuesday's drop was 0.7 ATR.

The last two weeks read like a round trip: $619.70 on Monday, Nov. 9, a record $629.76 on Wednesday,
Nov. 11, then $625.98, $618.47 on Friday, Nov. 13, a bounce to $621.56 on Monday and Tuesday's $615.97.
Over five sessions QQQ is down 1.80%; over a month, down 0.72%; for 2026, up 3.16%.

## Levels and a plan

| Level | Price | Note |
|---|---|---|
| Resistance | $623.73 | two touches |
| Resistance | $629.76 | record close |
| Support | $612.70 | 50-day average |
| Support | $609.62 | two touches |
| Support | $606.02 | 40-session range floor |

Entry on a pullback to $612.70, stop $606.71, target $622.21: risk $5.99 for a reward of $9.51, about
1.6 to 1. If QQQ closes below $606.02, the plan is void.

## Risks

QQQ underperformed SPY, which fell 0.50% to $679.84, while DIA lost just 0.20% and IWM 0.80%. The VIX rose
to 17.60. The week ahead carries Fed minutes and "monthly options expire on Friday" [2].

## Bottom line

Not a sell. Not yet a buy. Hold, and let the 50-day do the work.

*Disclosure: I/we have no position in QQQ. 1,902 reads · 41 likes.*

<<SOURCES>>
""", sources=("tw-nasdaq17", "hs-weekahead14"), source_format="md")
values(B, "cq", "QQQ fell 0.90%", "on Tuesday to $615.97", "sits 2.19%", "close of $629.76.", "remains 0.53%",
       "average ($612.70)", "6.24% above", "200-day ($579.82)", "opened at $620.75", "peaked at $624.18",
       "$615.95 low", "down $5.59", "to 25,326.20", "61.1 million", "42.0 million", "rose 1.77%",
       "200-day 0.21%", "RSI is 48.4", "MACD (2.43)", "signal (3.05)", "ATR is $7.99", "or 1.30%",
       "$619.70 on Monday", "then $625.98", "$618.47 on Friday", "bounce to $621.56", "down 1.80%",
       "down 0.72%", "up 3.16%", "| $623.73 |", "| $609.62 |", "stop $606.71", "target $622.21",
       "fell 0.50%", "to $679.84", "just 0.20%", "IWM 0.80%", "to 17.60")
plants(B, """
cq-third ;; history ;; V ;; its third loss in four sessions ;; its fourth loss in four sessions ;; fourth
  loss in four ;; Monday Nov 16 was up
cq-recd ;; date ;; DU ;; its Nov.
  11 record close ;; its Nov.
  12 record close ;; Nov. 12 ;; the record close was Nov 11
cq-above ;; pattern ;; P ;; remains 0.53% above its 50-day ;; remains 0.53% below its 50-day ;; below its
  50-day ;; 615.97 > 612.70
cq-cents ;; derived ;; DER ;; two cents off ;; twenty cents off ;; twenty cents ;; 615.97 - 615.95 is 2 cents
cq-q ;; quotation ;; NU ;; "fell 0.9% to 25,326.20" ;; "fell 1.9% to 25,326.20" ;; 1.9% ;; the source says
  0.9%
cq-cite ;; citation ;; CU ;; 25,326.20" [1] ;; 25,326.20" [3] ;; [3] ;; two sources
cq-volx ;; value ;; V ;; about 1.5 times ;; about 2.5 times ;; 2.5 times ;; 61.1/42.0 is 1.5
cq-slope ;; trend ;; D ;; The 50-day average rose 1.77% ;; The 50-day average fell 1.77% ;; fell 1.77% ;;
  the slope is +1.77%
cq-xd ;; date ;; DU ;; golden cross of Jul. 27 ;; golden cross of Jul. 17 ;; Jul. 17 ;; the cross was Jul 27
cq-xn ;; history ;; V ;; is 80 sessions old ;; is 60 sessions old ;; 60 sessions ;; 80 sessions since the
  cross
cq-macd ;; indicator ;; IND ;; MACD (2.43) is below its signal ;; MACD (2.43) is above its signal ;; above its
  signal ;; 2.43 < 3.05
cq-atrx ;; value ;; V ;; drop was 0.7 ATR ;; drop was 1.7 ATR ;; 1.7 ATR ;; the move is 0.7 ATR
cq-mon ;; date ;; WM ;; on Monday, Nov. 9 ;; on Tuesday, Nov. 9 ;; Tuesday, Nov. 9 ;; Nov 9 was a Monday
cq-wed ;; date ;; WM ;; $629.76 on Wednesday, ;; $629.76 on Thursday, ;; Thursday ;; Nov 11 was a Wednesday
cq-5d ;; timeframe ;; V ;; Over five sessions QQQ is down 1.80% ;; Over five sessions QQQ is down 0.72% ;;
  0.72% ;; 0.72% is the month ;; real
cq-res ;; level ;; LW ;; | Resistance | $623.73 | ;; | Resistance | $612.70 | ;; $612.70 ;; 612.70 is under
  the close ;; real
cq-sup ;; level ;; LW ;; | Support | $609.62 | ;; | Support | $620.00 | ;; $620.00 ;; 620 is above the close
cq-floor ;; history ;; V ;; 40-session range floor ;; 20-session range floor ;; 20-session ;; the range is
  40 sessions
cq-entry ;; setup ;; V ;; pullback to $612.70, stop ;; pullback to $621.70, stop ;; $621.70 ;; the entry is
  $612.70
cq-stop ;; setup ;; SG ;; stop $606.71, target ;; stop $616.71, target ;; $616.71 ;; a long's stop above entry
cq-rr ;; setup ;; SRR ;; 1.6 to 1. If ;; 3.6 to 1. If ;; 3.6 to 1 ;; 9.51/5.99 is 1.6
cq-under ;; direction ;; D ;; QQQ underperformed SPY ;; QQQ outperformed SPY ;; outperformed ;; -0.90% <
  -0.50%
cq-dia ;; subject ;; V ;; DIA lost just 0.20% ;; DIA lost just 0.50% ;; 0.50% ;; 0.50% is SPY's ;; real
cq-vix ;; direction ;; D ;; The VIX rose ;; The VIX fell ;; The VIX fell ;; the VIX rose
cq-q2 ;; quotation ;; CS ;; "monthly options expire on Friday" ;; "monthly options expire on Thursday" ;;
  "monthly options expire on Thursday" ;; the source says Friday
""")

B = "ghissue-IWM-2026-11-17"
clean(B, "IWM-2026-11-17", "GitHub issue", "md",
      "a bug report on an open-source trading bot's repository, pasting the bot's end-of-day log for the "
      "small-cap ETF, with the maintainer's reply, labels and version numbers", """\
### Range-fade bot sent a SELL alert on IWM but the close was inside the range #1482

**opened by tkowalczyk · Nov 17, 2026 · labels: bug, needs-triage · v0.19.3 · Python 3.12**

The bot's end-of-day log for Tuesday (pasted as is, times UTC):

```
21:05:02 INFO  IWM close 245.28  chg -1.98 (-0.80%)  prev 247.26
21:05:02 INFO  IWM O/H/L 246.64 / 247.37 / 244.61  vol 31.1M (avg20 29.8M)
21:05:02 INFO  sma20 245.15  sma50 246.21  sma200 230.71  rsi14 50.0  atr14 3.22
21:05:02 INFO  macd 0.86 signal 0.57 hist 0.29
21:05:03 INFO  range[22] 241.00 .. 249.26  pos=inside
21:05:03 WARN  SELL alert: close below sma50 (246.21)
```

Expected: no alert, because my config only fires on a break of the range, and $245.28 is well
inside $241.00-$249.26. The 50-day filter should be informational.

Also the numbers look right to me: IWM closed at $245.28, down 0.80%, 0.38% under the 50-day, 6.32%
over the 200-day. ATR $3.22 is 1.31% of price, so -$1.98 is 0.6 ATR. MACD is still above its signal,
which is why I didn't expect a momentum sell either.

---

**maintainer (rbanerjee) replied:**

Thanks for the clean report. Confirmed on main (commit 9f3c2ab). The `sma_filter` flag defaults to
`true` since v0.19.0, so it fires whenever the close is under the 50-day, and Tuesday was the first
close under it in a while. Your log matches my data: Monday $247.26, Friday the 13th $247.01, and the
range top $249.26 was Thursday the 12th's close. SPY lost 0.50% and QQQ 0.90%, so small caps fell more
than SPY but less than QQQ; that's the third straight session IWM lagged SPY. The Russell 2000 fell
0.78% to 2,465.79.

For context, a news item from last week said IWM "closed at $247.01 on Friday" [^1], inside a band "it
has held for four weeks". Nothing to fix in the data feed.

Workaround: set `sma_filter: false` in `config.yaml` (line 44). Fix scheduled for v0.19.4, ETA 3 days.

👍 12 · 👀 3

<<SOURCES>>
""", sources=("ld-turns13",), source_format="foot")
values(B, "gh", "close 245.28", "chg -1.98", "(-0.80%)", "prev 247.26", "O/H/L 246.64", "/ 247.37 /",
       "/ 244.61", "vol 31.1M", "avg20 29.8M", "sma20 245.15", ("sma50 246.21", "246.21"),
       ("sma200 230.71", "230.71"),
       "rsi14 50.0", "atr14 3.22", "macd 0.86", "signal 0.57", "hist 0.29", "range[22] 241.00",
       ".. 249.26", "inside $241.00", "-$249.26", "0.38% under", "6.32%", "ATR $3.22", "1.31% of",
       "Monday $247.26", "Friday the 13th $247.01", "top $249.26", "lost 0.50%", "QQQ 0.90%",
       "0.78% to", "to 2,465.79")
plants(B, """
gh-rs ;; history ;; V ;; range[22] ;; range[32] ;; range[32] ;; the range is 22 sessions
gh-inside ;; negation ;; P ;; inside $241.00 ;; outside $241.00 ;; outside ;; 245.28 is between 241.00 and
  249.26
gh-closed ;; direction ;; D ;; closed at $245.28, down 0.80% ;; closed at $245.28, up 0.80% ;; up 0.80% ;;
  the fund fell
gh-under ;; pattern ;; P ;; 0.38% under the 50-day ;; 0.38% over the 50-day ;; over the 50-day ;; 245.28 <
  246.21
gh-200 ;; level ;; LW ;; over the 200-day ;; under the 200-day ;; under the 200-day ;; 245.28 > 230.71
gh-atrx ;; value ;; V ;; is 0.6 ATR ;; is 1.6 ATR ;; 1.6 ATR ;; 1.98/3.22 is 0.6
gh-macd ;; indicator ;; IND ;; MACD is still above its signal ;; MACD is now below its signal ;; below its
  signal ;; 0.86 > 0.57
gh-mon ;; date ;; WM ;; Monday $247.26 ;; Tuesday $247.26 ;; Tuesday $247.26 ;; 247.26 was Monday's close
gh-fri ;; date ;; WM ;; Friday the 13th ;; Thursday the 13th ;; Thursday the 13th ;; Nov 13, 2026 was a Friday
gh-thu ;; history ;; V ;; range top $249.26 was Thursday the 12th's close ;; range top $249.26 was Wednesday
  the 11th's close ;; Wednesday the 11th ;; 249.26 was Nov 12's close; Nov 11 closed 248.76
gh-more ;; direction ;; D ;; small caps fell more ;; small caps fell less ;; small caps fell less ;; -0.80%
  is between -0.50% and -0.90%
gh-strk ;; history ;; V ;; the third straight session ;; the fifth straight session ;; fifth straight ;;
  three sessions behind SPY
gh-rut ;; subject ;; V ;; 0.78% to 2,465.79 ;; 0.50% to 2,465.79 ;; 0.50% ;; the index fell 0.78%; 0.50% is
  SPY's ;; real
gh-q ;; quotation ;; NU ;; "closed at $247.01 on Friday" ;; "closed at $247.10 on Friday" ;; $247.10 ;; the
  source says $247.01
gh-q2 ;; quotation ;; NU ;; has held for four weeks" ;; has held for six weeks" ;; six weeks ;; the source
  says four weeks
gh-cite ;; citation ;; CU ;; on Friday" [^1] ;; on Friday" [^2] ;; [^2] ;; one source
""")

B = "pta-RUT-2026-11-17"
clean(B, "idx_RUT-2026-11-17", "PTA minutes", "txt",
      "the minutes of an elementary school parent-teacher association's Tuesday evening meeting, with "
      "fundraiser totals, attendance and a treasurer's aside on the small-cap index the reserve fund "
      "tracks", """\
MAPLE GROVE ELEMENTARY PTA - MINUTES OF THE GENERAL MEETING
Tuesday, November 17, 2026, 7:00 PM, school library. Present: 23 members, 4 teachers, Principal Ortiz.

1. Call to order at 7:04 PM by President Hana Liu. Minutes of Oct 20 approved (motion Reyes, second Baker).

2. Fundraising. The fall fun run raised $8,415 from 212 runners; the book fair $2,960. Spirit-wear
   order closes Dec 4 (hoodies $32, T-shirts $14).

3. Treasurer's report (Sam Whitaker). Operating account $14,208.33. The reserve fund ($40,000, held in
   a Russell 2000 index fund per the 2019 bylaws) was discussed again. Sam reported, for the record:
   - The Russell 2000 closed today at 2,465.79, down 19.30 points or 0.78%. It opened at 2,479.40 and
     traded between 2,459.06 and 2,486.79. Monday's close was 2,485.09.
   - Over the past week it is down 0.98%; over a month up 1.48%; for the year up 0.85%.
   - It is 0.33% below its 50-day average of 2,473.93 and 6.36% above its 200-day of 2,318.38. It is
     just above its 20-day average, 2,463.79.
   - Its best close, 2,591.09, was on Nov 28, 2025; today is 4.84% below that. Its 52-week low was
     2,050.63 on Apr 9, 2026.
   - It has traded between 2,421.62 and 2,505.20 for 22 sessions; it closed at that top on Thursday,
     Nov 12.
   - The S&P 500 fell less, 0.50%, to 6,821.04 [1]; small caps have trailed it for three sessions now.
     The Dow lost 0.21% to 46,742.21.
   Mr. Baker asked whether the fund should be moved to cash. Sam said the bylaws don't allow market
   timing and that "the range is the story" [2], quoting a newspaper. No motion was made.

4. Teachers' wish list: 6 document cameras ($189 each), 30 wobble stools. Approved 19-2.

5. Next meeting Tuesday, December 15, 7:00 PM. Adjourned 8:22 PM. Minutes by Joy Park, Secretary.

<<SOURCES>>
""", sources=("hs-slides17", "ld-turns13"), source_format="plain")
values(B, "pt", "today at 2,465.79", "down 19.30", "or 0.78%", "opened at 2,479.40", "between 2,459.06",
       "and 2,486.79", "close was 2,485.09", "down 0.98%", "up 1.48%", "up 0.85%", "0.33% below",
       "average of 2,473.93", "6.36% above", "of 2,318.38", "average, 2,463.79", "close, 2,591.09",
       "4.84% below", "2,050.63", "between 2,421.62", "and 2,505.20", "to 6,821.04", "lost 0.21%",
       "to 46,742.21")
plants(B, """
pt-dir ;; direction ;; D ;; down 19.30 points ;; up 19.30 points ;; up 19.30 ;; the index fell
pt-mon ;; date ;; WM ;; Monday's close was 2,485.09 ;; Friday's close was 2,485.09 ;; Friday's close was
  2,485.09 ;; 2,485.09 was Monday's (Friday's was 2,482.49)
pt-wk ;; timeframe ;; V ;; week it is down 0.98% ;; week it is down 0.78% ;; 0.78% ;; 0.78% is the day ;; real
pt-below ;; pattern ;; P ;; It is 0.33% below its 50-day ;; It is 0.33% above its 50-day ;; above its 50-day
  ;; 2,465.79 < 2,473.93
pt-20 ;; negation ;; P ;; just above its 20-day average ;; just below its 20-day average ;; below its 20-day
  ;; 2,465.79 > 2,463.79
pt-athd ;; date ;; DU ;; on Nov 28, 2025 ;; on Nov 22, 2025 ;; Nov 22, 2025 ;; the record close was Nov 28,
  2025
pt-lowd ;; date ;; DU ;; on Apr 9, 2026 ;; on Apr 29, 2026 ;; Apr 29, 2026 ;; the 52-week low was Apr 9
pt-rs ;; history ;; V ;; for 22 sessions ;; for 42 sessions ;; 42 sessions ;; the range is 22 sessions
pt-thu ;; date ;; WM ;; on Thursday, ;; on Friday, ;; on Friday ;; Nov 12, 2026 was a Thursday
pt-less ;; direction ;; D ;; The S&P 500 fell less ;; The S&P 500 fell more ;; fell more ;; -0.50% > -0.78%
pt-strk ;; history ;; V ;; for three sessions now ;; for seven sessions now ;; seven sessions ;; three
  sessions behind the S&P 500
pt-spxs ;; subject ;; V ;; fell less, 0.50% ;; fell less, 0.21% ;; 0.21% ;; 0.21% is the Dow's ;; real
pt-q ;; quotation ;; CS ;; "the range is the story" ;; "the trend is the story" ;; "the trend is the story"
  ;; the source says the range
pt-cite ;; citation ;; CU ;; is the story" [2] ;; is the story" [4] ;; [4] ;; two sources
pt-cite1 ;; citation ;; CS ;; to 6,821.04 [1] ;; to 6,821.04 [2] ;; [2] ;; source 2 is about Nov 13 and IWM,
  not the S&P 500 on Tuesday
""")

B = "divblog-SPY-2026-06-03"
clean(B, "SPY-2026-06-03", "dividend blog update", "md",
      "a dividend-income blogger's monthly income report for May, posted on Wednesday, June 3, with her "
      "own dividend totals and savings rate (not market data) and a section on the S&P 500 ETF she "
      "holds", """\
# May 2026 Dividend Income Report: $1,247.18 (+11% year over year)

*Posted Wednesday, June 3, 2026 by FrugalFIREfly · 9 min read · 37 comments*

Another month in the books! May brought in $1,247.18 in dividends from 26 holdings, my second-best
month ever. Savings rate 58%. Portfolio goal: $40,000 a year in dividends by 2031.

## The market corner

My biggest position is SPY, so here is what it did. May ended with SPY at $643.10 on Friday, May 29,
and it hasn't stopped: $650.49 on Monday, $655.35 on Tuesday and $659.18 today, Wednesday, up $3.83
or 0.58%. That's five up closes in a row, worth 4.87% together. Over the past month it is up 8.87%,
though for the year it is still down 1.05%.

Today it opened at $656.50, dipped to $652.54 and topped out at $659.77. Volume was light, 51.6 million
shares against a 69.3 million average, about seven-tenths of normal.

It's now 6.99% above its 50-day average ($616.10) and 1.76% above its 200-day ($647.76). The death
cross happened on March 27, 46 sessions ago. RSI is 72.3, which is overbought, and the price closed
above the upper Bollinger band at $655.85. MACD 10.15 is above its signal of 6.99. The 14-day ATR is
$7.75, and today was half an ATR.

Today's close is the top of its 20-session range, which starts at $609.86; the low close of the last
stretch was $628.57 on Wednesday, May 27. The record close, $692.73, was set on Nov 26, 2025, and SPY is
still 4.84% below it. Next levels overhead: $660.09, $665.30 and $681.39. Below: $652.32 and $650.

A chart guy I follow posted a breakout plan: buy $665.54, stop $657.79, target $681.23, about 2 to 1.
I don't trade, I just buy every month.

Other funds today: QQQ +0.57% to $595.41, IWM +0.35% to $228.85, while DIA fell 0.58% to $461.11. The VIX
rose 6.18% to 18.55 even as stocks climbed.

## Top payers in May
| Ticker | Paid |
|---|---|
| SCHD | $212.40 |
| O | $88.17 |
| JNJ | $74.40 |

Thanks for reading. June forecast: $1,310.
""")
values(B, "dv", "SPY at $643.10", "$650.49 on Monday", "$655.35 on Tuesday", "$659.18 today", "up $3.83",
       "or 0.58%", "worth 4.87%", "up 8.87%", "down 1.05%", "opened at $656.50", "dipped to $652.54",
       "out at $659.77", "51.6 million", "69.3 million", "6.99% above", "($616.10)", "1.76% above",
       "($647.76)", "RSI is 72.3", "at $655.85", "MACD 10.15", "signal of 6.99", "ATR is\n$7.75",
       "starts at $609.86", "was $628.57", "close, $692.73", "still 4.84%", "overhead: $660.09",
       "$665.30 and", "and $681.39", "Below: $652.32", "stop $657.79", "target $681.23", "+0.57%",
       "to $595.41", "+0.35%", "to $228.85", "fell 0.58%", "to $461.11", "rose 6.18%", "to 18.55")
plants(B, """
dv-fri ;; date ;; WM ;; on Friday, May 29 ;; on Thursday, May 29 ;; Thursday, May 29 ;; May 29, 2026 was a
  Friday
dv-dir ;; direction ;; D ;; up $3.83 ;; down $3.83 ;; down $3.83 ;; SPY rose
dv-strk ;; history ;; V ;; five up closes in a row ;; three up closes in a row ;; three up closes ;; five
  straight up closes
dv-yr ;; timeframe ;; V ;; for the year it is still down 1.05% ;; for the year it is still down 8.87% ;;
  8.87% ;; 8.87% is the month (and up) ;; real
dv-vol ;; words ;; V ;; about seven-tenths of normal ;; about twice normal ;; twice normal ;; 51.6/69.3 is 0.7
dv-xd ;; date ;; DU ;; on March 27, 46 ;; on March 7, 46 ;; March 7 ;; the cross was Mar 27
dv-xn ;; history ;; V ;; 46 sessions ago ;; 64 sessions ago ;; 64 sessions ;; 46 sessions since the cross
dv-rsi ;; indicator ;; IND ;; which is overbought ;; which is oversold ;; oversold ;; 72.3 is overbought
dv-bb ;; indicator ;; P ;; above the upper Bollinger band ;; below the lower Bollinger band ;; below the
  lower Bollinger band ;; 659.18 > 655.85
dv-macd ;; indicator ;; IND ;; MACD 10.15 is above its signal ;; MACD 10.15 is below its signal ;; below its
  signal ;; 10.15 > 6.99
dv-half ;; words ;; V ;; today was half an ATR ;; today was two ATRs ;; two ATRs ;; 3.83/7.75 is 0.5
dv-top ;; level ;; P ;; Today's close is the top of its 20-session range ;; Today's close is the bottom of its
  20-session range ;; the bottom ;; 659.18 is the range top
dv-wed ;; date ;; WM ;; on Wednesday, May 27 ;; on Tuesday, May 27 ;; Tuesday, May 27 ;; May 27, 2026 was a
  Wednesday
dv-athd ;; date ;; DU ;; on Nov 26, 2025 ;; on Nov 16, 2025 ;; Nov 16, 2025 ;; the record close was Nov 26,
  2025
dv-over ;; level ;; LW ;; overhead: $660.09 ;; overhead: $652.32 ;; overhead: $652.32 ;; 652.32 is below the
  close ;; real
dv-entry ;; setup ;; V ;; buy $665.54, stop ;; buy $656.54, stop ;; $656.54 ;; the entry is $665.54
dv-stop ;; setup ;; SG ;; stop $657.79, target ;; stop $667.79, target ;; $667.79 ;; a long's stop above entry
dv-rr ;; setup ;; SRR ;; about 2 to 1 ;; about 4 to 1 ;; 4 to 1 ;; 15.69/7.75 is 2.0
dv-dia ;; direction ;; D ;; while DIA fell 0.58% ;; while DIA rose 0.58% ;; DIA rose 0.58% ;; DIA fell
dv-iwm ;; subject ;; V ;; IWM +0.35% ;; IWM +0.57% ;; IWM +0.57% ;; 0.57% is QQQ's ;; real
""")

B = "bakesale-DIA-2026-06-03"
clean(B, "DIA-2026-06-03", "bake sale tally", "txt",
      "a church youth group's bake-sale tally sheet with item counts, prices and a float, and the "
      "volunteer treasurer's scribbled note on the Dow ETF the group's savings sit in", """\
ST. BRIGID YOUTH GROUP - BAKE SALE TALLY - Wed June 3, 2026 - 3:30 to 6:00 PM, parish hall
Float at start: $150.00 (15 x $10). Volunteers: 9. Tables: 3.

ITEM                 PRICE   MADE   SOLD   TAKINGS
Brownies             $2.50    96     91    $227.50
Lemon bars           $3.00    48     48    $144.00
Banana bread (loaf)  $8.00    12     10     $80.00
Cookies (bag of 6)   $4.00    60     53    $212.00
Lemonade (cup)       $1.00   150    137    $137.00
TOTAL                                      $800.50   (card $312.50, cash $488.00)

Goal for the Taizé trip: $4,800. Raised so far: $3,905.25 (81%).

TREASURER'S NOTE (Marianne): the trip savings sit in the Dow ETF, DIA, and people keep asking.
  Today it closed at $461.11, down $2.67 or 0.58%, even though SPY rose 0.58% to $659.18. Second day
  running it's behind SPY. It opened at $462.98 and stayed between $460.92 and $463.24.
  Tuesday it closed at $463.78, the top of its 20-session range (which goes down to $436.19), and
  Monday at $462.43. Last Friday, May 29, $456.48.
  For the week it is up 2.78%, for the month up 6.62%, for the year still down 2.93%.
  It sits just 0.22% over its 200-day average, $460.09, and 4.85% over the 50-day, $439.80. The
  50-day crossed below the 200-day on April 8, 39 sessions ago. RSI 66.6, not yet overbought. MACD
  5.89 over the signal 4.08. ATR $5.20, so today's drop was about half an ATR.
  The all-time high close was $493.91 on Jan 12, 2026, 6.64% above today.
  Above: $463.64 then $465.21 and $469.08. Below: the 200-day at $460.09, then $453.39.
  The Dow itself lost 0.57% to 46,185.73. QQQ rose 0.57% and IWM 0.35%. VIX up 6.18% to 18.55.
  We are NOT selling before the trip. - M.

Leftovers to the food pantry: 5 brownies, 2 loaves, 7 bags of cookies. Next sale: Sunday, June 14.
""")
values(B, "bk", "closed at $461.11", "down $2.67", "or 0.58%, even", "SPY rose 0.58%", "to $659.18",
       "at $462.98", "between $460.92", "and $463.24", "closed at $463.78", "down to $436.19",
       "at $462.43", "May 29, $456.48", "up 2.78%", "up 6.62%", "down 2.93%", "just 0.22%",
       "average, $460.09", "4.85% over", "50-day, $439.80", "RSI 66.6", "MACD\n  5.89", "signal 4.08",
       "ATR $5.20", "close was $493.91", "6.64% above", "Above: $463.64", "then $465.21", "and $469.08",
       "then $453.39", "lost 0.57%", "to 46,185.73", "rose 0.57%", "IWM 0.35%", "up 6.18%", "to 18.55")
plants(B, """
bk-dir ;; direction ;; D ;; down $2.67 ;; up $2.67 ;; up $2.67 ;; DIA fell
bk-spy ;; direction ;; D ;; even though SPY rose 0.58% ;; even though SPY fell 0.58% ;; SPY fell 0.58% ;;
  SPY rose
bk-strk ;; history ;; V ;; Second day
  running ;; Fourth day
  running ;; Fourth day ;; two sessions behind SPY
bk-tue ;; date ;; WM ;; Tuesday it closed at $463.78 ;; Monday it closed at $463.78 ;; Monday it closed at
  $463.78 ;; 463.78 was Tuesday's ;; real
bk-rs ;; history ;; V ;; its 20-session range ;; its 30-session range ;; 30-session ;; the range is 20
  sessions
bk-fri ;; date ;; WM ;; Last Friday, May 29 ;; Last Thursday, May 29 ;; Thursday, May 29 ;; May 29, 2026 was
  a Friday
bk-wk ;; timeframe ;; V ;; For the week it is up 2.78% ;; For the week it is up 6.62% ;; 6.62% ;; 6.62% is the
  month ;; real
bk-200 ;; pattern ;; P ;; It sits just 0.22% over its 200-day ;; It sits just 0.22% under its 200-day ;; under
  its 200-day ;; 461.11 > 460.09
bk-xd ;; date ;; DU ;; on April 8, 39 ;; on April 18, 39 ;; April 18 ;; the cross was Apr 8
bk-xn ;; history ;; V ;; 39 sessions ago ;; 93 sessions ago ;; 93 sessions ;; 39 sessions since the cross
bk-rsi ;; indicator ;; IND ;; not yet overbought ;; deeply oversold ;; oversold ;; 66.6 is not oversold
bk-macd ;; indicator ;; IND ;; 5.89 over the signal ;; 5.89 under the signal ;; under the signal ;; 5.89 >
  4.08
bk-half ;; words ;; V ;; about half an ATR ;; about three ATRs ;; three ATRs ;; 2.67/5.20 is 0.5
bk-athd ;; date ;; DU ;; on Jan 12, 2026 ;; on Jan 21, 2026 ;; Jan 21, 2026 ;; the record close was Jan 12
bk-above ;; level ;; LW ;; Above: $463.64 ;; Above: $453.39 ;; Above: $453.39 ;; 453.39 is below the close
  ;; real
bk-below ;; level ;; LW ;; Below: the 200-day at $460.09 ;; Below: the 200-day at $465.21 ;; $465.21 ;; 465.21
  is above; the 200-day is 460.09 ;; real
bk-dow ;; direction ;; D ;; The Dow itself lost 0.57% ;; The Dow itself gained 0.57% ;; gained 0.57% ;; the
  Dow fell
bk-iwm ;; subject ;; V ;; IWM 0.35% ;; IWM 0.58% ;; IWM 0.58% ;; 0.58% is SPY's ;; real
bk-not ;; negation ;; D ;; The Dow itself lost ;; The Dow itself did not lose ;; did not lose ;; the Dow
  fell 0.57%
""")

B = "trivia-QQQ-2025-11-17"
clean(B, "QQQ-2025-11-17", "pub trivia answer sheet", "txt",
      "a pub quiz-master's answer sheet for a Monday trivia night, with a 'money round' written that "
      "afternoon from the Nasdaq 100 ETF's close, team scores and the bar tab", """\
THE CROOKED FIDDLE - MONDAY TRIVIA - Nov 17, 2025 - QUIZMASTER'S ANSWER SHEET (do not leave on the bar!)
Teams: 11. Entry $5/head. Jackpot $240. Round scores out of 10; the money round doubles.

ROUND 4 - THE MONEY ROUND (written at 4:30 PM off the closing numbers)
Q1. What did QQQ close at today?                  A: $622.21 (accept $622)
Q2. By how much did it rise, in percent?          A: 1.73% (accept 1.7%)
Q3. What was Friday's close?                      A: $611.61
Q4. Today's intraday high and low?                A: $626.07 and $609.46
Q5. Is today's close a record?                    A: YES, a record close. It beat every close before it.
Q6. How far above its 50-day average ($601.02)?   A: 3.52%
Q7. And the 200-day ($538.92)?                    A: 15.46% above
Q8. Year-to-date gain?                            A: 14.73% (accept 14.7%). Month: 1.68%. Week: 2.84%.
Q9. RSI(14)?                                      A: 65.6, high but not overbought
Q10. Which did better today, QQQ or SPY?          A: QQQ, +1.73% vs SPY's +1.39% ($684.44).
     Bonus: IWM did better than both, +1.96% to $247.41; DIA rose 0.89% to $481.59.
TIEBREAK. The 52-week low close, to the cent?     A: $411.68, on Apr 16, 2025 (closest wins)

Notes for me: volume 63.7M vs 40.8M average. ATR $8.35, so today was 1.4 ATR. Last Wednesday, Nov 12, it
closed at $615.65; Thursday $612.16. Golden cross Jul 1, 97 sessions ago. 50-day rising 2.04% over 20
sessions. VIX fell 4.67% to 13.47. Nearest levels: $622.81 above and $620 just below; $630 round.

SCORES AFTER 4 ROUNDS: Quizteama Aguilera 61, Les Quizerables 58, The Nasdaq Ninjas 57, Trivia Newton
John 44. Bar tab for the quiz table: $38.50. Next week: Thanksgiving special, 8 PM start.
""")
values(B, "tv", "A: $622.21", "A: 1.73%", "A: $611.61", "A: $626.07", "and $609.46", "($601.02)",
       "A: 3.52%", "($538.92)", "A: 15.46%", "A: 14.73%", "Month: 1.68%", "Week: 2.84%", "A: 65.6",
       "QQQ, +1.73%", "SPY's +1.39%", "($684.44)", "+1.96%", "to $247.41", "rose 0.89%", "to $481.59",
       "A: $411.68", "63.7M", "40.8M", "ATR $8.35", "at $615.65", "Thursday $612.16", "rising 2.04%",
       "fell 4.67%", "to 13.47", "$622.81 above")
plants(B, """
tv-rec ;; negation ;; P ;; A: YES, a record close ;; A: NO, not a record close ;; NO, not a record ;; 622.21
  is
  the all-time high close
tv-rsi ;; indicator ;; IND ;; high but not overbought ;; deep in oversold territory ;; oversold ;; 65.6 is
  not oversold
tv-better ;; direction ;; D ;; A: QQQ, +1.73% ;; A: SPY, +1.73% ;; A: SPY ;; QQQ +1.73% beat SPY +1.39%
tv-iwm ;; direction ;; D ;; IWM did better than both ;; IWM did worse than both ;; worse than both ;; 1.96%
  beat 1.73% and 1.39%
tv-dia ;; subject ;; V ;; DIA rose 0.89% ;; DIA rose 1.39% ;; DIA rose 1.39% ;; 1.39% is SPY's ;; real
tv-lowd ;; date ;; DU ;; on Apr 16, 2025 ;; on Apr 6, 2025 ;; Apr 6, 2025 ;; the 52-week low was Apr 16
tv-atrx ;; value ;; V ;; today was 1.4 ATR ;; today was 2.8 ATR ;; 2.8 ATR ;; the move is 1.4 ATR
tv-wed ;; date ;; WM ;; Last Wednesday, Nov 12 ;; Last Tuesday, Nov 12 ;; Tuesday, Nov 12 ;; Nov 12, 2025 was
  a Wednesday
tv-thu ;; history ;; V ;; Thursday $612.16 ;; Thursday $610.76 ;; $610.76 ;; Thursday closed at 612.16;
  610.76 was Tuesday's ;; real
tv-xd ;; date ;; DU ;; Golden cross Jul 1, ;; Golden cross Jul 11, ;; Jul 11 ;; the cross was Jul 1, 2025
tv-xn ;; history ;; V ;; 97 sessions ago ;; 79 sessions ago ;; 79 sessions ;; 97 sessions since the cross
tv-vix ;; direction ;; D ;; VIX fell 4.67% ;; VIX rose 4.67% ;; VIX rose ;; the VIX fell
tv-lvl ;; level ;; LW ;; $620 just below ;; $620 just above ;; $620 just above ;; 620 is under 622.21
tv-mo ;; timeframe ;; V ;; Month: 1.68% ;; Month: 2.84% ;; Month: 2.84% ;; 2.84% is the week ;; real
""")

B = "seasonal-DIA-2025-11-17"
clean(B, "DIA-2025-11-17", "seasonality column", "md",
      "a seasonality columnist's Monday note on Thanksgiving week for the Dow ETF, mixing decades of "
      "calendar statistics (not this year's market data) with the day's close", """\
## The Almanac Desk: Turkey Week Is Coming. The Dow Got There First.

*Monday, November 17, 2025*

Every year I pull the same table: since 1950, the Dow has risen in the Wednesday-before and
Friday-after Thanksgiving sessions combined about 73% of the time, with an average gain near 0.6%. Those
are 75 years of holidays, not a forecast. The holiday this year falls on Thursday, Nov 27.

This year the market did not wait. The Dow ETF, DIA, closed Monday at a record $481.59, up $4.26, or
0.89%, from Friday's $477.33. It traded from $477.56 to $485.20. The Dow itself rose 0.87% to 48,219.41.

The past week's closes: Monday, Nov 10, $473.54; Tuesday $476.06; Wednesday $478.00; Thursday $477.56;
Friday $477.33. Five sessions: +1.70%. One month: +1.99%. Year to date: +6.55%.

By the usual measures it's stretched. DIA is 4.51% over its 50-day average ($460.80) and 10.90% over its
200-day ($434.25). RSI is 72.8, overbought. It closed a shade under the upper Bollinger band at $482.40.
MACD 4.50 over its signal 3.61. The 50-day has been above the 200-day since Jul 14, 89 sessions.

Seasonal or not, it lagged: SPY rose 1.39%, QQQ 1.73% and IWM 1.96%, so the Dow ETF was the slowest of
the four. The VIX fell to 13.47.

For traders: the breakout plan I've seen quoted is a buy at $486.07, stop $480.47, target $499.52, 2.4
to 1. Round $490 sits 1.75% above; $480 is now just underneath.

*The Almanac Desk has run every Monday since 1998. Column no. 1,406.*
""")
values(B, "sn", "record $481.59", "up $4.26", "0.89%, from", "Friday's $477.33", "from $477.56 to",
       "to $485.20", "rose 0.87%", "to 48,219.41", "$473.54", "Tuesday $476.06", "Wednesday $478.00",
       "Thursday $477.56", "+1.70%", "+1.99%", "+6.55%", "4.51% over", "($460.80)", "10.90% over",
       "($434.25)", "RSI is 72.8", "at $482.40", "MACD 4.50", "signal 3.61", "SPY rose 1.39%",
       "QQQ 1.73%", "IWM 1.96%", "to 13.47", "at $486.07", "stop $480.47", "target $499.52", "1.75% above")
plants(B, """
sn-hol ;; date ;; WM ;; falls on Thursday, Nov 27 ;; falls on Wednesday, Nov 27 ;; Wednesday, Nov 27 ;; Nov
  27,
  2025 is a Thursday
sn-rec ;; negation ;; P ;; closed Monday at a record $481.59 ;; closed Monday below its record at $481.59 ;;
  below its record ;; 481.59 is the record close
sn-dir ;; direction ;; D ;; up $4.26, or ;; down $4.26, or ;; down $4.26 ;; DIA rose
sn-mon ;; date ;; WM ;; Monday, Nov 10, $473.54 ;; Tuesday, Nov 10, $473.54 ;; Tuesday, Nov 10 ;; Nov 10, 2025
  was a Monday
sn-thu ;; history ;; V ;; Thursday $477.56; ;; Thursday $467.18; ;; $467.18 ;; Thursday closed at 477.56;
  467.18 was Nov 7 ;; real
sn-wk ;; timeframe ;; V ;; Five sessions: +1.70% ;; Five sessions: +6.55% ;; +6.55% ;; 6.55% is the year ;;
  real
sn-rsi ;; indicator ;; IND ;; RSI is 72.8, overbought ;; RSI is 72.8, oversold ;; oversold ;; 72.8 is
  overbought
sn-bb ;; indicator ;; P ;; a shade under the upper Bollinger band ;; well above the upper Bollinger band ;;
  well
  above the upper ;; 481.59 < 482.40
sn-xd ;; date ;; DU ;; since Jul 14, 89 ;; since Jul 4, 89 ;; Jul 4 ;; the cross was Jul 14, 2025
sn-xn ;; history ;; V ;; 89 sessions ;; 98 sessions ;; 98 sessions ;; 89 sessions since the cross
sn-lag ;; direction ;; D ;; so the Dow ETF was the slowest ;; so the Dow ETF was the fastest ;; the fastest ;;
  0.89% is the smallest
sn-vix ;; direction ;; D ;; The VIX fell to 13.47 ;; The VIX rose to 13.47 ;; The VIX rose ;; the VIX fell
sn-rr ;; setup ;; SRR ;; target $499.52, 2.4 ;; target $499.52, 4.2 ;; 4.2 ;; 13.45/5.60 is 2.4
sn-stop ;; setup ;; SG ;; stop $480.47 ;; stop $490.47 ;; $490.47 ;; a long's stop above entry
sn-480 ;; level ;; LW ;; $480 is now just underneath ;; $480 is now just overhead ;; just overhead ;; 480 <
  481.59
""")

B = "council-IWM-2026-02-13"
clean(B, "IWM-2026-02-13", "town council agenda", "txt",
      "a small town council's Friday agenda packet with ordinance numbers, budget lines and a "
      "finance director's memo on the small-cap ETF in the town's trust fund", """\
TOWN OF WILLOW BEND - REGULAR COUNCIL MEETING - AGENDA PACKET
Posted Friday, February 13, 2026, 4:45 PM. Meeting Tuesday, February 17, 2026, 6:30 PM, Council
  Chambers, 210 Main St.

1. Roll call (7 members). 2. Pledge. 3. Consent agenda: minutes of Feb 3; payroll $187,412.06.
4. Ordinance 2026-04: snow emergency parking (second reading). 5. Resolution 26-11: paving bid, $1.38 million.
6. Finance Director's memo (Item 6, attachment B, page 3 of 5):

   MEMO - Cemetery Perpetual Care Trust ($612,000; 30% in a Russell 2000 ETF, IWM)
   Council members asked about this week's decline. As of today's close:
   - IWM closed at $226.54, down $2.39 or 1.04%, its sixth straight down close; the six sessions
     together cost 5.80%. Thursday it closed at $228.93, Wednesday $231.24, and on Thursday, Feb 5 it
     was $240.49.
   - It opened at $229.00, touched $229.49 and ended near the day's low of $226.37.
   - Week: -4.94%. Month: -10.88%. Year to date: -6.88%.
   - It is 7.99% below its 50-day average ($246.22) and now 1.25% below its 200-day ($229.41) as well.
   - RSI is 21.4, deeply oversold, and it closed below the lower Bollinger band ($227.50). MACD -4.70
     is below its signal, -3.06.
   - Today's close is the lowest of the last 20 sessions; the top of that range is $252.38.
   - The record close, $257.77 (Nov 28, 2025), is 12.12% above.
   - The Russell 2000 fell 1.04% to 2,276.24. SPY lost 0.54% to $639.76, QQQ 0.41%, DIA 0.65%; small
     caps fell the most and have trailed SPY five sessions running. The VIX rose 4.34% to 17.06.
   - Levels the adviser lists: $226.93 and $225 just around the price, $218.48 and $217.15 below;
     $229.41, $230.79 and $232.59 above.
   Recommendation: no action. The trust's policy (Res. 19-02) rebalances annually in June.

7. Public comment (3 minutes each). 8. Adjourn. ADA requests: call 555-0148 by Monday noon.
""")
values(B, "tc", "closed at $226.54", "down $2.39", "or 1.04%, its", "cost 5.80%", "closed at $228.93",
       "Wednesday $231.24", "was $240.49", "opened at $229.00", "touched $229.49", "low of $226.37",
       "Week: -4.94%", "Month: -10.88%", "date: -6.88%", "7.99% below", "($246.22)", "1.25% below",
       "($229.41)", "RSI is 21.4", "band ($227.50)", "MACD -4.70", "signal, -3.06", "is $252.38",
       "close, $257.77", "12.12% above", "fell 1.04% to", "to 2,276.24", "lost 0.54%", "to $639.76",
       "QQQ 0.41%", "DIA 0.65%", "rose 4.34%", "to 17.06", "$226.93 and", "$218.48 and", "$230.79",
       "$232.59")
plants(B, """
tc-strk ;; history ;; V ;; its sixth straight down close ;; its fourth straight down close ;; fourth straight
  ;; six straight down closes
tc-dir ;; direction ;; D ;; down $2.39 or ;; up $2.39 or ;; up $2.39 ;; IWM fell
tc-thu ;; date ;; WM ;; Thursday, Feb 5 ;; Friday, Feb 5 ;; Friday, Feb 5 ;; Feb 5, 2026 was a Thursday
tc-wed ;; history ;; V ;; Wednesday $231.24 ;; Wednesday $235.10 ;; $235.10 ;; Wednesday closed at 231.24;
  235.10 was Tuesday's ;; real
tc-mo ;; timeframe ;; V ;; Month: -10.88% ;; Month: -4.94% ;; Month: -4.94% ;; -4.94% is the week ;; real
tc-200 ;; pattern ;; P ;; now 1.25% below its 200-day ;; now 1.25% above its 200-day ;; above its 200-day ;;
  226.54 < 229.41
tc-rsi ;; indicator ;; IND ;; deeply oversold ;; deeply overbought ;; overbought ;; 21.4 is oversold
tc-bb ;; indicator ;; P ;; closed below the lower Bollinger band ;; closed above the upper Bollinger band ;;
  above the upper ;; 226.54 < 227.50
tc-low ;; history ;; V ;; the lowest of the last 20 sessions ;; the highest of the last 20 sessions ;; the
  highest ;; 226.54 is the range floor
tc-athd ;; date ;; DU ;; (Nov 28, 2025) ;; (Nov 29, 2025) ;; Nov 29, 2025 ;; the record close was Nov 28, 2025
tc-most ;; direction ;; D ;; caps fell the most ;; caps fell the least ;; fell the least ;; -1.04% is the
  biggest fall
tc-strk2 ;; history ;; V ;; trailed SPY five sessions running ;; trailed SPY nine sessions running ;; nine
  sessions ;; five sessions behind SPY
tc-qqq ;; subject ;; V ;; QQQ 0.41% ;; QQQ 0.65% ;; QQQ 0.65% ;; 0.65% is DIA's ;; real
tc-lvl ;; level ;; LW ;; $218.48 and $217.15 below ;; $218.48 and $230.79 below ;; $230.79 below ;; 230.79 is
  above ;; real
tc-above ;; level ;; LW ;; $229.41, $230.79 and $232.59 above ;; $229.41, $230.79 and $217.15 above ;;
  $217.15 above ;; 217.15 is below ;; real
""")

B = "shortvideo-IWM-2026-03-30"
clean(B, "IWM-2026-03-30", "short-video script", "txt",
      "a finance creator's 60-second vertical-video script for Monday's small-cap selloff, with "
      "on-screen captions, cut timings, a hook and a follow prompt", """\
SCRIPT v2 - "Small caps just did THIS" - post Mon 3/30/2026 7:15 PM - 9:16, 58 sec, captions ON

[0:00 HOOK, face cam, text: "IWM -1.24% 😬"]
Small caps got hit again. IWM closed at $211.00, down $2.65, that's 1.24%.
[0:04 CUT to chart, caption: "$213.65 → $211.00"]
Friday it closed at $213.65. Today it opened at $212.62, never got above $212.88, and hit $210.85 late.
That's four down days in a row, 2.54% in total.
[0:12 caption: "DEATH CROSS ☠️ 3/24"]
And remember: the 50-day crossed BELOW the 200-day on March 24, four sessions ago. The 50-day is
$227.59, the 200-day $230.93. Price is 7.29% under the 50-day and 8.63% under the 200-day.
[0:22 caption: "RSI 33.9"]
RSI 33.9, close to oversold but not there. MACD -3.77 is actually above its signal, -4.40. Tiny green
shoot.
[0:30 caption: "LEVELS"]
Levels: $210 is right under us, then $207.94. Above: $212.32, $214.35, $217.15. The 20-session range is
$210.30 to $223.97, so we're sitting near the bottom of it.
[0:40 caption: "vs everyone"]
SPY lost 0.78% to $618.00, QQQ 1.44% to $541.00, DIA 1.04% to $446.00. So QQQ fell more than IWM,
SPY less. The Russell 2000 index: 2,120.33, down 1.22%. VIX 24.71.
[0:48 caption: "-13.27% YTD"]
For the year IWM is down 13.27%. Month: down 3.87%. Week: down 2.10%. The record close was $257.77 back
on Nov 28, 2025. We're 18.14% below it.
[0:55 outro] Follow for the 8 AM pre-market. Not financial advice. #smallcaps #IWM #stocktok
""")
values(B, "sv", "closed at $211.00", "down $2.65", "that's 1.24%", "closed at $213.65", "opened at $212.62",
       "above $212.88", "hit $210.85", "2.54% in total", "50-day is\n$227.59", "200-day $230.93",
       "7.29% under", "8.63% under", "RSI 33.9, close", "MACD -3.77", "signal, -4.40", "then $207.94",
       "Above: $212.32", "$214.35,", "is\n$210.30", "to $223.97", "lost 0.78%", "to $618.00",
       "QQQ 1.44%", "to $541.00", "DIA 1.04%", "to $446.00", "2,120.33", "down 1.22%", "VIX 24.71",
       "down 13.27%", "down 3.87%", "down 2.10%", "was $257.77", "18.14% below")
plants(B, """
sv-dir ;; direction ;; D ;; down $2.65 ;; up $2.65 ;; up $2.65 ;; IWM fell
sv-fri ;; date ;; WM ;; Friday it closed at $213.65 ;; Thursday it closed at $213.65 ;; Thursday it closed at
  $213.65 ;; 213.65 was Friday's ;; real
sv-never ;; negation ;; V ;; never got above $212.88 ;; never got above $211.88 ;; $211.88 ;; the high was
  212.88
sv-strk ;; history ;; V ;; four down days in a row ;; six down days in a row ;; six down days ;; four straight
  down closes
sv-cross ;; pattern ;; P ;; crossed BELOW the 200-day ;; crossed ABOVE the 200-day ;; crossed ABOVE ;; 227.59
  < 230.93: a death cross
sv-xd ;; date ;; DU ;; on March 24, four ;; on March 17, four ;; March 17 ;; the cross was Mar 24
sv-xn ;; history ;; V ;; four sessions ago ;; fourteen sessions ago ;; fourteen sessions ;; 4 sessions since
sv-rsi ;; indicator ;; IND ;; close to oversold but not there ;; deep in overbought territory ;; overbought ;;
  33.9 is not overbought
sv-macd ;; indicator ;; IND ;; is actually above its signal ;; is actually below its signal ;; below its
  signal ;; -3.77 > -4.40
sv-lvl ;; level ;; LW ;; $210 is right under us ;; $210 is right above us ;; right above us ;; 210 < 211.00
sv-up ;; level ;; LW ;; Above: $212.32 ;; Above: $207.94 ;; Above: $207.94 ;; 207.94 is below ;; real
sv-bottom ;; level ;; P ;; near the bottom of it ;; near the top of it ;; near the top ;; 211.00 is near
  210.30
sv-more ;; direction ;; D ;; So QQQ fell more than IWM ;; So QQQ fell less than IWM ;; QQQ fell less ;;
  -1.44% < -1.24%
sv-rut ;; subject ;; V ;; down 1.22%. ;; down 1.04%. ;; 1.04% ;; the index fell 1.22%; 1.04% is DIA's ;; real
sv-athd ;; date ;; DU ;; on Nov 28, 2025 ;; on Nov 8, 2025 ;; Nov 8, 2025 ;; the record close was Nov 28, 2025
""")

B = "shareholder-FRNT-2026-11-20"
clean(B, "FRNT-2026-11-20", "letter to shareholders", "md",
      "a frontier-markets fund sponsor's special letter to shareholders after a new 52-week low, with "
      "fund-company furniture (share classes, expense ratio, a phone line) next to the ETF's figures", """\
**Meridian Frontier Equity ETF (FRNT) - A Letter to Our Shareholders**
*Friday, November 20, 2026 · Expense ratio 0.79% · Inception 2017 · 14 countries, 112 holdings*

Dear Shareholder,

We are writing because FRNT closed today at $30.01, its lowest close of the past 52 weeks, down $0.26
or 0.86% from Thursday's $30.27. It opened at $30.27, reached $30.33 and fell as low as $29.95 in the
last half hour. That was its third straight decline; over those three sessions it lost 3.60%, from
Tuesday's $31.13. Volume was 7.8 million shares, about 1.2 times the 20-day average of 6.3 million.

We will not soften the numbers. FRNT is down 3.07% for the week, 8.56% for the month and 18.34% for
the year. Its 52-week high close, $41.82, came on Aug 19, 2026, and the fund is 28.24% below it; the
all-time high close of $44.45, from Nov 13, 2024, is 32.49% above today's price.

The trend measures agree. The fund trades 10.45% below its 50-day average of $33.51 and 19.73% below its
200-day average of $37.38, and the 50-day crossed below the 200-day on Oct 15, 26 sessions ago. The
50-day average fell 9.39% over the last twenty sessions. RSI is 22.9, oversold, and the price sits just
under the lower Bollinger band, $30.05. MACD, -0.93, is below its signal line of -0.88.

The benchmark Frontier Select index fell 0.88% to 35,112.40. The contrast with U.S. markets was stark:
SPY rose 1.10% to $688.00 and IWM 0.30% to $244.30, so FRNT trailed SPY by 1.96 points, its third
session in a row behind. The VIX fell to 15.60.

Round numbers are close: $30 is just below the price and $31 is 3.30% above; the 20-session range tops
out at $33.16. Daily volatility (ATR) is $0.47, or 1.56%; today's move was about half of that.

We remain committed to the strategy. Questions: 1-800-555-0199, 8 AM to 6 PM ET.

Sincerely, *Annika Lindqvist, President* · *Not FDIC insured · May lose value*
""")
values(B, "sh", "today at $30.01", "down $0.26", "or 0.86%", "Thursday's $30.27", "reached $30.33",
       "low as $29.95", "lost 3.60%", "Tuesday's $31.13", "7.8 million", "of 6.3 million", "down 3.07%",
       "8.56% for", "18.34% for", "close, $41.82", "28.24% below", "close of $44.45", "32.49% above",
       "10.45% below", "of $33.51", "19.73% below", "of $37.38", "fell 9.39%", "RSI is 22.9", "band, $30.05",
       "MACD, -0.93", "of -0.88", "fell 0.88%", "to 35,112.40", "rose 1.10%", "to $688.00", "IWM 0.30%",
       "to $244.30", "by 1.96 points", "to 15.60", "3.30% above", "at $33.16", "is $0.47", "or 1.56%")
plants(B, """
sh-low ;; history ;; P ;; its lowest close of the past 52 weeks ;; its highest close of the past 52 weeks ;;
  its highest close ;; 30.01 is the 52-week low close
sh-dir ;; direction ;; D ;; down $0.26 ;; up $0.26 ;; up $0.26 ;; FRNT fell
sh-strk ;; history ;; V ;; its third straight decline ;; its fifth straight decline ;; fifth straight ;;
  three straight down closes
sh-tue ;; date ;; WM ;; Tuesday's $31.13 ;; Monday's $31.13 ;; Monday's $31.13 ;; 31.13 was Tuesday's ;; real
sh-volx ;; value ;; V ;; about 1.2 times ;; about 2.2 times ;; 2.2 times ;; 7.8/6.3 is 1.2
sh-mo ;; timeframe ;; V ;; 8.56% for the month ;; 18.34% for the month ;; 18.34% ;; 18.34% is the year ;; real
sh-hid ;; date ;; DU ;; on Aug 19, 2026 ;; on Aug 9, 2026 ;; Aug 9, 2026 ;; the 52-week high close was Aug 19
sh-athd ;; date ;; DU ;; from Nov 13, 2024 ;; from Nov 3, 2024 ;; Nov 3, 2024 ;; the record close was Nov
  13, 2024
sh-cross ;; pattern ;; P ;; the 50-day crossed below the 200-day ;; the 50-day crossed above the 200-day ;;
  crossed above ;; 33.51 < 37.38
sh-xd ;; date ;; DU ;; on Oct 15, 26 ;; on Oct 25, 26 ;; Oct 25 ;; the cross was Oct 15
sh-slope ;; trend ;; D ;; average fell 9.39% ;; average rose 9.39% ;; rose 9.39% ;; the slope is -9.39%
sh-rsi ;; indicator ;; IND ;; RSI is 22.9, oversold ;; RSI is 22.9, overbought ;; overbought ;; 22.9 is
  oversold
sh-bb ;; indicator ;; P ;; under the lower Bollinger band ;; over the upper Bollinger band ;; over the upper
  ;; 30.01 < 30.05
sh-macd ;; indicator ;; IND ;; is below its signal line ;; is above its signal line ;; above its signal ;;
  -0.93 < -0.88
sh-spy ;; direction ;; D ;; SPY rose 1.10% ;; SPY fell 1.10% ;; SPY fell ;; SPY rose
sh-strk2 ;; history ;; V ;; points, its third ;; points, its sixth ;; its sixth ;; three sessions behind SPY
sh-30 ;; level ;; LW ;; $30 is just below the price ;; $30 is just above the price ;; just above the price ;;
  30 < 30.01
sh-half ;; words ;; V ;; about half of that ;; about three times that ;; three times ;; 0.26/0.47 is 0.55
""")

B = "elliott-FSMI-2026-11-20"
clean(B, "idx_FSMI-2026-11-20", "Elliott-wave post", "txt",
      "a wave-counter's forum post on the frontier index labelling impulse and corrective waves, with "
      "Fibonacci ratios (his own arithmetic, not market data) and the day's figures", """\
[WAVE COUNT UPDATE #57] Frontier Select (FSMI) - Fri 20 Nov 2026 - posted by "FibonacciFrank"

Primary count: we are in wave (v) of C down from the Aug 19 top. The index closed today at 35,112.40,
down 312.84 points (0.88%) from 35,425.24, and that close is the lowest of the year-long window, a new
52-week closing low. Intraday it ran from 35,418.76 at the open up to 35,491.49 and down to 35,039.66.

The wave (iii) leg: from the 48,944.52 closing high on Aug 19, 2026, the index is down 28.26%. From the
all-time high of 52,018.76 (Nov 13, 2024), it is down 32.50%. Year to date: -18.33%. Month: -8.56%.
Week: -3.07%. Three down closes in a row, -3.58% across them: Wednesday 35,758.32, Thursday 35,425.24,
Friday 35,112.40. Tuesday's 36,415.51 was the wave (iv) bounce.

Trend filters confirm the count: 10.45% below the 50-day (39,210.55), 19.73% below the 200-day
(43,740.76), and the death cross of Oct 15 is 26 sessions old. The 200-day slope is -1.57% over 20
sessions, still falling. RSI 23.0, oversold, which fits a fifth wave. MACD -1,085.04 under a signal of
-1,025.37. ATR 549.68 points (1.57%); today was 0.6 ATR. Price is under the lower Bollinger band
(35,162.55).

Targets: wave (v) = 0.618 x wave (i) projects to about 34,400 (my Fib math, not a level from the data).
Nearest marks: 35,000 just below, then nothing until my target. Resistance: 35,500, then 37,915.92
and the 50-day.

Meanwhile the S&P 500 rose 1.11% to 6,901.69 and the Russell 2000 0.30% to 2,456.17, so the frontier
index trailed the S&P by 1.99 points. The VIX fell 9.30%.

Invalidation: a close back above 38,808.51, the top of the 20-session range. Count confidence: 65%.
""")
values(B, "el", "today at 35,112.40", "down 312.84", "(0.88%)", "from 35,425.24", "from 35,418.76",
       "to 35,491.49", "to 35,039.66", "the 48,944.52", "down 28.26%", "of 52,018.76", "down 32.50%",
       "date: -18.33%", "Month: -8.56%", "Week: -3.07%", "-3.58% across", "Wednesday 35,758.32",
       "Thursday 35,425.24", "Tuesday's 36,415.51", "10.45% below", "(39,210.55)", "19.73% below",
       "(43,740.76)", "slope is -1.57%", "RSI 23.0", "MACD -1,085.04", "of\n-1,025.37", "ATR 549.68",
       "(1.57%); today", "(35,162.55)", "then 37,915.92", "rose 1.11%", "to 6,901.69", "0.30% to",
       "to 2,456.17", "by 1.99 points", "fell 9.30%", "above 38,808.51")
plants(B, """
el-dir ;; direction ;; D ;; down 312.84 points ;; up 312.84 points ;; up 312.84 ;; the index fell
el-low ;; history ;; P ;; 52-week closing low ;; 52-week closing high ;; closing high ;; 35,112.40 is the
  52-week low
el-top ;; date ;; DU ;; from the Aug 19 top ;; from the Aug 29 top ;; Aug 29 ;; the 52-week high was Aug 19
el-athd ;; date ;; DU ;; (Nov 13, 2024) ;; (Nov 23, 2024) ;; Nov 23, 2024 ;; the record was Nov 13, 2024
el-strk ;; history ;; V ;; Three down closes in a row ;; Five down closes in a row ;; Five down closes ;;
  three straight down closes
el-wed ;; date ;; WM ;; Wednesday 35,758.32 ;; Tuesday 35,758.32 ;; Tuesday 35,758.32 ;; 35,758.32 was
  Wednesday's ;; real
el-dx ;; pattern ;; P ;; the death cross of Oct 15 ;; the golden cross of Oct 15 ;; golden cross ;; 50-day
  39,210.55 < 200-day 43,740.76
el-xn ;; history ;; V ;; is 26 sessions old ;; is 62 sessions old ;; 62 sessions ;; 26 sessions since the
  cross
el-slope ;; trend ;; D ;; still falling ;; now rising ;; now rising ;; the 200-day slope is -1.57%
el-rsi ;; indicator ;; IND ;; RSI 23.0, oversold ;; RSI 23.0, overbought ;; overbought ;; 23.0 is oversold
el-macd ;; indicator ;; IND ;; MACD -1,085.04 under ;; MACD -1,085.04 over ;; over ;; -1,085.04 < -1,025.37
el-atrx ;; value ;; V ;; today was 0.6 ATR ;; today was 1.9 ATR ;; 1.9 ATR ;; the move is 0.6 ATR
el-bb ;; indicator ;; P ;; Price is under the lower Bollinger band ;; Price is over the upper Bollinger band
  ;;
  over the upper ;; 35,112.40 < 35,162.55
el-35k ;; level ;; LW ;; 35,000 just below ;; 35,000 just above ;; 35,000 just above ;; 35,000 < 35,112.40
el-res ;; level ;; LW ;; Resistance: 35,500 ;; Resistance: 35,000 ;; Resistance: 35,000 ;; 35,000 is under
  the close ;; real
el-spx ;; direction ;; D ;; the S&P 500 rose 1.11% ;; the S&P 500 fell 1.11% ;; S&P 500 fell ;; the S&P rose
el-trail ;; direction ;; D ;; index trailed the S&P ;; index beat the S&P ;; index beat ;; -0.88% < 1.11%
el-rs ;; history ;; V ;; the 20-session range ;; the 40-session range ;; 40-session ;; the range is 20
  sessions
""")

B = "target-SPY-2026-11-19"
clean(B, "SPY-2026-11-19", "price-target revision note", "txt",
      "a sell-side equity strategist's Thursday-evening note keeping a year-end target for the S&P 500 "
      "and adding a 2027 one, with the house's forecast table (its own numbers, not market data) and the "
      "day's SPY tape", """\
US EQUITY STRATEGY | 19 November 2026 | Thursday after the close
"Holding the line": we keep our 2026 year-end S&P 500 target and introduce 2027
Analyst: R. Castellano, CFA | Disclosures on pages 9-12 | Rating system: Overweight/Neutral/Underweight

Our 2026 year-end target stays at 7,050 and our end-2027 target is 7,600 (base case; bull 8,100, bear
6,300). These are our forecasts, not prices. EPS 2027e $305, P/E 24.9x.

THE TAPE TODAY. SPY closed at $680.51, down $1.37 (-0.20%) from Wednesday's $681.88. It opened at
$683.07, traded up to $683.49 and down to $678.66. Volume 76.5 million vs a 64.7 million 20-day
average. The index itself "declined 0.2% to 6,826.06" [1], the Nasdaq 100 "slipped 0.6%" and the Dow
"added 0.1% to 46,946.60" [1].

The ETF remains 0.10% above its 50-day average ($679.85), i.e. 66 cents above it, and 5.34% above the
200-day ($646.01). The 20-day, $684.71, is overhead. The 50-day rose 1.86% over 20 sessions. Golden cross
since 21 September, 43 sessions. RSI 47.5, MACD 0.48 below signal 1.78, ATR $6.80 (1.00%), so today's
move was 0.2 ATR, i.e. noise.

Week -0.60%, month -1.32%, year to date +2.15%. SPY is 2.04% below its record close of $694.71 (22
October) and 14.88% above its 52-week low close of $592.37 (28 April). It has spent 42 sessions between
$673.92 and $694.71.

LEVELS BOX
  Resistance  $694.71 (record, 3 touches) | $690 | $684.71 (20-day)
  Support     $679.85 (50-day) | $677.66 (tested 17 Nov) | $673.92 (range floor) | $670.42
  Tactical    buy $673.92, stop $668.82, target $691.80: risk $5.10, reward $17.88, 3.5:1

RELATIVE. QQQ fell 0.60% to $614.72 and IWM 0.50% to $243.57, both worse than SPY; DIA rose 0.10% to
$468.79. The VIX slipped 1.15% to 17.20. Next catalysts: the FOMC decision on 9 December, 14 sessions
away.

Past closes for reference: Monday $683.25, Tuesday $679.84, Friday 13 November $680.53.

<<SOURCES>>
""", sources=("hs-edge19",), source_format="paren")
values(B, "pt23", "closed at $680.51", "down $1.37", "(-0.20%)", "Wednesday's $681.88", "opened at\n$683.07",
       "up to $683.49", "down to $678.66", "76.5 million", "64.7 million", "to 6,826.06", "to 46,946.60",
       "remains 0.10%", "average ($679.85)", "5.34% above", "($646.01)", "20-day, $684.71", "rose 1.86%",
       "RSI 47.5", "MACD 0.48", "signal 1.78", "ATR $6.80", "(1.00%)", "Week -0.60%", "month -1.32%",
       "+2.15%", "2.04% below", "close of $694.71", "14.88% above", "close of $592.37", "$677.66",
       "stop $668.82", "target $691.80", "fell 0.60%", "to $614.72", "IWM 0.50%", "to $243.57",
       "rose 0.10% to", "$468.79", "slipped 1.15%", "to 17.20", "Monday $683.25", "Tuesday $679.84",
       "November $680.53")
plants(B, """
pt23-dir ;; direction ;; D ;; down $1.37 ;; up $1.37 ;; up $1.37 ;; SPY fell
pt23-wed ;; date ;; WM ;; Wednesday's $681.88 ;; Tuesday's $681.88 ;; Tuesday's $681.88 ;; 681.88 was
  Wednesday's ;; real
pt23-q ;; quotation ;; NU ;; "declined 0.2% to 6,826.06" ;; "declined 0.2% to 6,862.06" ;; 6,862.06 ;; the
  source says 6,826.06
pt23-q2 ;; quotation ;; CS ;; "slipped 0.6%" ;; "rose 0.6%" ;; "rose 0.6%" ;; the source says the Nasdaq 100
  slipped
pt23-cite ;; citation ;; CU ;; 46,946.60" [1] ;; 46,946.60" [2] ;; [2] ;; one source
pt23-cents ;; derived ;; DER ;; i.e. 66 cents above it ;; i.e. 96 cents above it ;; 96 cents ;; 680.51 -
  679.85 is 66 cents
pt23-20 ;; level ;; LW ;; is overhead ;; is underneath ;; underneath ;; 684.71 > 680.51
pt23-xd ;; date ;; DU ;; since 21 September ;; since 12 September ;; 12 September ;; the cross was Sep 21
pt23-xn ;; history ;; V ;; 43 sessions ;; 34 sessions ;; 34 sessions ;; 43 sessions since the cross
pt23-macd ;; indicator ;; IND ;; MACD 0.48 below signal ;; MACD 0.48 above signal ;; above signal ;; 0.48 <
  1.78
pt23-atrx ;; value ;; V ;; move was 0.2 ATR ;; move was 1.6 ATR ;; 1.6 ATR ;; the move is 0.2 ATR
pt23-mo ;; timeframe ;; V ;; month -1.32% ;; month -0.60% ;; month -0.60% ;; -0.60% is the week ;; real
pt23-athd ;; date ;; DU ;; $694.71 (22 ;; $694.71 (29 ;; (29 ;; the record close was Oct 22
pt23-lowd ;; date ;; DU ;; (28 April) ;; (18 April) ;; 18 April ;; the 52-week low was Apr 28
pt23-rs ;; history ;; V ;; spent 42 sessions ;; spent 24 sessions ;; 24 sessions ;; the range is 42 sessions
pt23-touch ;; level ;; V ;; (record, 3 touches) ;; (record, 7 touches) ;; 7 touches ;; the record level has
  3 touches
pt23-res ;; level ;; LW ;; | $690 | $684.71 (20-day) ;; | $690 | $677.66 (20-day) ;; $677.66 (20-day) ;;
  677.66
  is below the close ;; real
pt23-test ;; date ;; DU ;; (tested 17 Nov) ;; (tested 13 Nov) ;; 13 Nov ;; 677.66 was tested on Nov 17
pt23-entry ;; setup ;; V ;; buy $673.92, stop ;; buy $679.32, stop ;; $679.32 ;; the entry is $673.92
pt23-risk ;; setup ;; DER ;; risk $5.10 ;; risk $6.10 ;; $6.10 ;; 673.92 - 668.82 is 5.10
pt23-rr ;; setup ;; SRR ;; $17.88, 3.5:1 ;; $17.88, 5.3:1 ;; 5.3:1 ;; 17.88/5.10 is 3.5
pt23-worse ;; direction ;; D ;; both worse than SPY ;; both better than SPY ;; better than SPY ;; -0.60% and
  -0.50% < -0.20%
pt23-dia ;; direction ;; D ;; DIA rose 0.10% ;; DIA fell 0.10% ;; DIA fell ;; DIA rose
pt23-fomc ;; history ;; V ;; 9 December, 14 sessions ;; 9 December, 18 sessions ;; 18 sessions ;; Dec 9 is
  14 sessions away
pt23-fri ;; date ;; WM ;; Friday 13 November ;; Thursday 13 November ;; Thursday 13 November ;; Nov 13, 2026
  was a Friday
""")

B = "tennis-IWM-2026-11-18"
clean(B, "IWM-2026-11-18", "tennis ladder bulletin", "txt",
      "a community tennis club's midweek ladder bulletin with match scores, court bookings and rankings, "
      "and the club captain's running joke comparing the ladder with the small-cap ETF", """\
RIVERSIDE TENNIS CLUB - WEDNESDAY LADDER BULLETIN - Nov 18, 2026 - issue 46

RESULTS
  Okonkwo d. Haldane 6-4, 3-6, 10-7 (match tiebreak)      Pereira d. Lund 6-2, 6-1
  Marsh d. Fitzgerald 7-6(5), 6-4                          Tanaka d. Oduya (ret. 4-1, calf)
LADDER TOP 5: 1 Okonkwo (14-2)  2 Pereira (12-3)  3 Marsh (11-5)  4 Haldane (10-5)  5 Tanaka (9-6)
Courts 3 and 4 resurfaced Dec 1-4. Winter dues $145 (juniors $60) by Nov 30.

THE CAPTAIN'S CORNER, OR "IWM AND MY BACKHAND"
Like my backhand, small caps are stuck in a box. IWM closed today at $244.79, down 49 cents or 0.20%,
from Tuesday's $245.28. It opened at $245.06, got to $245.81, sank to $244.72. Two down days, 1.00% in
total; and four sessions in a row behind SPY, which rose 0.30% to $681.88 today. QQQ added 0.40% to
$618.43 and DIA 0.30% to $468.32. So IWM was the only one of the four that fell. The Russell 2000 slid
0.21% to 2,460.66.
The box: $241.00 to $249.26 for 23 sessions (Thursday, Nov 12's close is the top). IWM is 0.51% below
its 50-day ($246.04), a hair under its 20-day ($245.10), and 6.09% above the 200-day ($230.73).
Today's close landed right on the $244.79 shelf it first crossed on Nov 9; $242.80 below was last tested
Nov 6. Then $241.00 and $240.02. Above: $246.04, then $249.26 and $252.53.
RSI 49.0, MACD 0.69 just above its 0.59 signal, ATR $3.07 (1.25%), so today's move was 0.2 ATR. Volume
29.8M, almost exactly the 30.3M average.
Week -1.60%, month +0.83%, year +0.62%. Record close $257.77 on Nov 28, 2025, 5.04% overhead. Monday
the 16th it closed at $247.26.
Like my backhand, it will break out one day. Not this week.

Social doubles Friday 6-8 PM. Bring a dish. Ball machine fixed (finally). 37 members signed up.
""")
values(B, "tn", "closed today at $244.79", "or 0.20%", "Tuesday's $245.28", "opened at $245.06",
       "got to $245.81", "sank to $244.72", "1.00% in", "rose 0.30% to", "to $681.88", "added 0.40%",
       "to\n$618.43", "DIA 0.30%", "to $468.32", "0.21% to", "to 2,460.66", "The box: $241.00",
       "to $249.26 for", "0.51% below", "($246.04)", "($245.10)", "6.09% above", "($230.73)",
       "Then $241.00", "and $240.02", "and $252.53", "RSI 49.0", "MACD 0.69", "its 0.59", "ATR $3.07",
       "(1.25%)", "29.8M", "30.3M", "Week -1.60%", "month +0.83%", "year +0.62%", "close $257.77",
       "5.04% overhead", "at $247.26")
plants(B, """
tn-cents ;; value ;; V ;; down 49 cents ;; down 94 cents ;; 94 cents ;; the fund fell $0.49
tn-dir ;; direction ;; D ;; down 49 cents ;; up 49 cents ;; up 49 cents ;; IWM fell
tn-two ;; history ;; V ;; Two down days ;; Five down days ;; Five down days ;; two straight down closes
tn-four ;; history ;; V ;; four sessions in a row behind SPY ;; two sessions in a row behind SPY ;; two
  sessions
  ;; four sessions behind SPY
tn-only ;; direction ;; D ;; IWM was the only one of the four that fell ;; IWM was the only one of the four
  that
  rose ;; that rose ;; IWM -0.20%, the others up
tn-rs ;; history ;; V ;; for 23 sessions ;; for 32 sessions ;; 32 sessions ;; the box is 23 sessions
tn-thu ;; date ;; WM ;; (Thursday, Nov 12's ;; (Friday, Nov 12's ;; Friday, Nov 12 ;; Nov 12, 2026 was a
  Thursday
tn-50 ;; pattern ;; P ;; IWM is 0.51% below ;; IWM is 0.51% above ;; 0.51% above ;; 244.79 < 246.04
tn-20 ;; negation ;; P ;; a hair under its 20-day ;; a hair over its 20-day ;; over its 20-day ;; 244.79 <
  245.10
tn-crossd ;; date ;; DU ;; first crossed on Nov 9 ;; first crossed on Nov 2 ;; Nov 2 ;; the shelf was
  crossed Nov 9
tn-testd ;; date ;; DU ;; Nov 6. Then ;; Nov 16. Then ;; Nov 16 ;; 242.80 was last tested Nov 6
tn-below ;; level ;; LW ;; $242.80 below ;; $246.04 below ;; $246.04 below ;; 246.04 is above ;; real
tn-macd ;; indicator ;; IND ;; MACD 0.69 just above ;; MACD 0.69 just below ;; just below ;; 0.69 > 0.59
tn-atrx ;; value ;; V ;; move was 0.2 ATR ;; move was 2.2 ATR ;; 2.2 ATR ;; the move is 0.2 ATR
tn-mo ;; timeframe ;; V ;; month +0.83% ;; month +0.62% ;; month +0.62% ;; 0.62% is the year ;; real
tn-athd ;; date ;; DU ;; on Nov 28, 2025 ;; on Nov 25, 2025 ;; Nov 25, 2025 ;; the record close was Nov 28,
  2025
tn-mon ;; date ;; WM ;; the 16th it closed ;; the 15th it closed ;; the 15th ;; Nov 15, 2026 was a Sunday;
  Monday was the 16th
""")

B = "roastlog-RUT-2026-11-13"
clean(B, "idx_RUT-2026-11-13", "coffee roast log", "txt",
      "a small-batch coffee roaster's Friday production log with bean origins, charge temperatures, "
      "roast times and weight loss, and the owner's end-of-day note on the small-cap index", """\
LITTLE EMBER ROASTERS - PRODUCTION LOG - FRIDAY 13 NOV 2026 - roaster: Diedrich IR-12 - operator: Lou

BATCH  ORIGIN                 GREEN   ROASTED  LOSS   CHARGE  1st CRACK  DROP   TIME
R-311  Ethiopia Guji (wash)   10.0kg  8.45kg   15.5%  205C    8:42       9:55   10:40
R-312  Colombia Huila         12.0kg  10.18kg  15.2%  210C    9:05       10:31  11:20
R-313  Brazil Cerrado (espr)  12.0kg  9.96kg   17.0%  215C    8:58       11:02  12:15
R-314  Decaf Mexico SWP       8.0kg   6.70kg   16.3%  200C    9:30       10:48  11:35
Cupping scores (R-307 to R-310): 86.25, 84.5, 85.75, 83.0. Wholesale orders: 14. Cafe sales $1,284.60.

OWNER'S NOTE (for the Friday staff chat, where half of you own small-cap index funds):
The Russell 2000 had a bad Friday the 13th: closed at 2,482.49, down 22.71 points or 0.91%, "sheds 0.9%"
as the headline put it [1]. It opened at 2,508.86, touched 2,510.23, and fell to 2,473.47.
That ended four straight up closes: Monday 2,478.59, Tuesday 2,490.27, Wednesday 2,500.45 and
Thursday 2,505.20, which is the top of its 20-session range (the bottom is 2,421.62). Last Friday, Nov 6,
it closed at 2,449.61.
It still finished the week up 1.34%, the month up 4.44% and the year up 1.53%. It stays above its 50-day
(2,475.43, by 0.29%), its 20-day (2,459.73) and its 200-day (2,318.07, by 7.09%). The golden cross is from
Aug 10, 68 sessions back. RSI 53.6. MACD 10.32, above its 3.73 signal. ATR 34.20 points, 1.38%; today
was 0.7 ATR.
Record close: 2,591.09 on Nov 28, 2025, 4.19% above. Nearest marks: 2,475.43 below, then 2,458.33, 2,440.36;
2,505.20 above, then 2,537.49 and 2,554.64.
Big caps fell less: the S&P 500 lost 0.62% to 6,826.92 and the Dow 0.31% to 46,700.13, but the Nasdaq 100
fell more, 1.22%, to 25,434.04. VIX up 5.49% to 17.30. Yields didn't help: the 10-year rose "4 basis
points to 4.18%" [2].
Roast the Guji lighter next week. Deep clean Sunday 7 AM. - Lou

<<SOURCES>>
""", sources=("hs-chips13", "mb-ppi13"), source_format="plain")
values(B, "rl", "closed at 2,482.49", "down 22.71", "or 0.91%", "opened at 2,508.86", "touched 2,510.23",
       "fell to 2,473.47", "Monday 2,478.59", "Tuesday 2,490.27", "Wednesday 2,500.45", "Thursday 2,505.20",
       "is 2,421.62", "closed at 2,449.61", "up 1.34%", "up 4.44%", "up 1.53%", "(2,475.43, by",
       "by 0.29%", "(2,459.73)", "(2,318.07", "by 7.09%", "RSI 53.6", "MACD 10.32", "its 3.73",
       "ATR 34.20", "points, 1.38%", "close: 2,591.09", "4.19% above", "then 2,458.33", "2,440.36;",
       "then 2,537.49", "and 2,554.64", "lost 0.62%", "to 6,826.92", "Dow 0.31%", "to 46,700.13",
       "fell more, 1.22%", "to 25,434.04", "up 5.49%", "to 17.30")
plants(B, """
rl-dir ;; direction ;; D ;; down 22.71 points ;; up 22.71 points ;; up 22.71 ;; the index fell
rl-q ;; quotation ;; NU ;; "sheds 0.9%" ;; "sheds 1.9%" ;; "sheds 1.9%" ;; the headline says 0.9%
rl-cite ;; citation ;; CU ;; put it [1] ;; put it [3] ;; [3] ;; two sources
rl-strk ;; history ;; V ;; That ended four straight up closes ;; That ended six straight up closes ;; six
  straight
  ;; four up closes Mon-Thu
rl-tue ;; date ;; WM ;; Tuesday 2,490.27 ;; Wednesday 2,490.27 ;; Wednesday 2,490.27 ;; 2,490.27 was
  Tuesday's ;; real
rl-fri ;; date ;; WM ;; Last Friday, Nov 6 ;; Last Thursday, Nov 6 ;; Thursday, Nov 6 ;; Nov 6, 2026 was a
  Friday
rl-rs ;; history ;; V ;; its 20-session range ;; its 50-session range ;; 50-session ;; the range is 20
  sessions
rl-wk ;; timeframe ;; V ;; the week up 1.34% ;; the week up 4.44% ;; 4.44% ;; 4.44% is the month ;; real
rl-50 ;; pattern ;; P ;; It stays above its 50-day ;; It slipped below its 50-day ;; slipped below ;;
  2,482.49 > 2,475.43
rl-xd ;; date ;; DU ;; Aug 10, 68 ;; Aug 1, 68 ;; Aug 1 ;; the cross was Aug 10
rl-macd ;; indicator ;; IND ;; MACD 10.32, above ;; MACD 10.32, below ;; below ;; 10.32 > 3.73
rl-athd ;; date ;; DU ;; on Nov 28, 2025 ;; on Nov 20, 2025 ;; Nov 20, 2025 ;; the record close was Nov 28,
  2025
rl-below ;; level ;; LW ;; 2,475.43 below ;; 2,505.20 below ;; 2,505.20 below ;; 2,505.20 is above ;; real
rl-less ;; direction ;; D ;; Big caps fell less ;; Big caps fell more ;; fell more ;; -0.62% and -0.31% >
  -0.91%
rl-ndx ;; direction ;; D ;; fell more, 1.22% ;; fell less, 1.22% ;; fell less ;; -1.22% < -0.91%
rl-q2 ;; quotation ;; NU ;; points to 4.18%" ;; points to 4.81%" ;; 4.81% ;; the source says 4.18%
""")

# Size words and scales, planted in texts above (magnitude: a size word against the move's ATR and %;
# scale: a price on another instrument's scale, or an index in dollars).
plants("quora-GSPC-2026-11-20", """
qa-edged ;; magnitude ;; MG ;; The S&P 500 closed Friday at 6,901.69 ;; The S&P 500 edged higher Friday to
  6,901.69 ;; edged higher ;; a 1.11% move of 1.1 ATR is no edge
qa-scale ;; scale ;; SC ;; just 0.30% to 2,456.17 ;; just 0.30% to $244.30 ;; $244.30 ;; the index closed at
  2,456.17; $244.30 is IWM's price ;; real
""")
plants("challenge-IWM-2026-11-20", """
ch-soar ;; magnitude ;; MG ;; The Russell 2000 itself rose 0.30% ;; The Russell 2000 itself soared 0.30% ;;
  soared ;; a 0.30% move is no soar
""")
plants("tennis-IWM-2026-11-18", """
tn-plunge ;; magnitude ;; MG ;; The Russell 2000 slid ;; The Russell 2000 plunged ;; plunged ;; a 0.21% move
  is no plunge
""")
plants("target-SPY-2026-11-19", """
pt23-surge ;; magnitude ;; MG ;; DIA rose 0.10% to ;; DIA surged 0.10% to ;; surged ;; a 0.10% move is no
  surge
""")
plants("elliott-FSMI-2026-11-20", """
el-edged ;; magnitude ;; MG ;; Meanwhile the S&P 500 rose 1.11% ;; Meanwhile the S&P 500 edged up 1.11% ;;
  edged up ;; a 1.11% move of 1.1 ATR is no edge
el-scale ;; scale ;; SC ;; 0.30% to 2,456.17 ;; 0.30% to $2,456.17 ;; $2,456.17 ;; an index is not quoted
  in dollars
""")
plants("hotline-SPY-2026-11-20", """
ht-scale ;; scale ;; SC ;; gained 0.60% to $471.60 ;; gained 0.60% to $47,220.31 ;; $47,220.31 ;; the Dow ETF
  closed at $471.60; 47,220.31 is the Dow index ;; real
""")
plants("pta-RUT-2026-11-17", """
pt-scale ;; scale ;; SC ;; closed today at 2,465.79 ;; closed today at $245.28 ;; $245.28 ;; the index closed
  at 2,465.79; $245.28 is IWM's price ;; real
""")
plants("tearsheet-DIA-2026-11-20", """
ts-scale ;; scale ;; SC ;; SPY +1.10% ($688.00) ;; SPY +1.10% ($6,901.69) ;; $6,901.69 ;; SPY closed at
  $688.00; 6,901.69 is the S&P 500 ;; real
""")

README = kit.blind_readme(23)

# ---------------------------------------------------------------- scoring and the command line

evaluate, report = SET.evaluate, SET.report  # what tests/test_verify_holdout23.py runs

if __name__ == "__main__":
    raise SystemExit(SET.main(sys.argv[1:], doc=__doc__ or "", readme=README))
