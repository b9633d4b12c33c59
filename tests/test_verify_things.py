"""The thing a figure counts or prices (pipeline/verify/things.py), and the verifier on prose full of
other things' numbers: counts, prices and fees of things no market data covers are never errors, while
the instrument's own figures beside them are still checked."""

from __future__ import annotations

import pytest
from market_factories import settings, snapshot_for

from pipeline.contracts import Severity
from pipeline.facts import build_fact_sheet
from pipeline.scoring import score_snapshot
from pipeline.verify import InstrumentInfo, VerifyContext, check_text
from pipeline.verify.claims import extract_claims
from pipeline.verify.things import forecast_figure, holding_figure, misprint, product_term, thing_measured

CFG = settings()
INFOS = [InstrumentInfo(i.symbol, i.name, i.kind, i.index, i.short_name, tuple(i.aliases))
         for i in CFG.instruments]


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    snapshot = snapshot_for("IWM", seed=3)
    return VerifyContext.build(snapshot, score_snapshot(snapshot, []), sources=[], instruments=INFOS)


def _thing(ctx: VerifyContext, sentence: str, figure: str) -> str | None:
    claims = [c for c in extract_claims(sentence, "body", ctx.lexicon, [])
              if c.number.text.startswith(figure)]
    assert claims, f"{figure!r} is not read in {sentence!r}"
    return thing_measured(claims[0])


@pytest.mark.parametrize(("sentence", "figure", "thing"), [
    ("The choir sold 215 programmes after the concert.", "215", "programmes"),
    ("The printer delivered 900 of the 1,400 posters on time.", "900", "posters"),
    ("The raffle raised $3,150 of its $5,000 goal.", "$3,150", "goal"),
    ("Stamps are now $0.95 a letter.", "$0.95", "letter"),
    ("The hall's booking fee stays at 3.5% of takings.", "3.5%", "takings"),
    ("The boiler service came to $480 this year.", "$480", "service"),
    ("Seats are $18 for members.", "$18", "seats"),
    ("There is a 60% chance of showers after lunch.", "60%", "chance"),
    ("A sack of rice costs 14,000 naira at the market.", "14,000", "a sum in another currency"),
    ("The bus fare there is Rs 40 each way.", "40", "a sum in another currency"),
])
def test_the_noun_of_another_thing_is_read(ctx: VerifyContext, sentence: str, figure: str,
                                           thing: str) -> None:
    assert _thing(ctx, sentence, figure) == thing


@pytest.mark.parametrize(("sentence", "figure"), [
    ("IWM gained 0.80 points against SPY.", "0.80"),
    ("Volume was 61.1 million shares.", "61.1"),
    ("The golden cross is 83 sessions old.", "83"),
    ("The first support underneath is 2,410.", "2,410"),
    ("hi 628.07 lo 609.46 on the tape", "628.07"),
    ("The fund's range is 3.43% wide.", "3.43%"),
    ("The round number 2,500 caps the rally for now.", "2,500"),
    ("IWM is 0.60% under the 50-day.", "0.60%"),
    ("The $250 strike holds the most open interest.", "$250"),
    ("closed at $624.60 lol", "$624.60"),
    ("A reading of 17.4 keeps buyers calm.", "17.4"),
    ("The 52-week high of $259.40 came a year ago.", "$259.40"),
    ("Support at 2,410 held firm again.", "2,410"),
    ("Its members expect 12.5% earnings growth next year.", "12.5%"),
    ("The index logged a 41.20 advance on the day.", "41.20"),
    ("inside the box for 12 sess now", "12"),
    ("The 200-day at $36.38 agrees with the chart.", "$36.38"),
])
def test_market_figures_name_no_other_thing(ctx: VerifyContext, sentence: str, figure: str) -> None:
    assert _thing(ctx, sentence, figure) is None


def test_other_things_numbers_raise_no_error_beside_checked_figures(ctx: VerifyContext) -> None:
    sheet = build_fact_sheet(ctx.snapshot, ctx.scores)
    clean = sheet.fill(
        "Club notes. We printed 240 of the 300 programmes, and the caretaker's fee stays at 4.5% of "
        "the door. The piano tuning came to $185; tickets are $9 for guests, and there is a 70% chance "
        "of rain on the night. The spare money stays in IWM, which closed at {close}. Dues in Jakarta "
        "are Rp 75,000 a month. Net opens 0200Z.")
    assert [f.code for f in check_text(clean, ctx) if f.severity == Severity.ERROR] == []
    close = float(ctx.snapshot.close)
    wrong = clean.replace(f"{close:,.2f}", f"{close + 5:,.2f}")
    assert wrong != clean
    found = [(f.code, f.span) for f in check_text(wrong, ctx) if f.severity == Severity.ERROR]
    assert found == [("value-mismatch", f"${close + 5:,.2f}")]


@pytest.mark.parametrize(("sentence", "figure", "thing"), [
    ("The loop was 38 km with the club.", "38", "a measure in a unit of another thing"),
    ("Resting pulse, BPM 58, lower than last week.", "58", "a measure in a unit of another thing"),
    ("The last pitch, 2.1 km at 9.5%, hurt.", "9.5%", "a rate on a measured thing"),
    ("Craters sharp at 90x tonight.", "90x", "a magnification"),
    ("The endowment grew to $7.3 million this year.", "$7.3", "a sum of money"),
    ("Snacks: crisps $3.10, lemonade $2.40.", "$3.10", "crisps"),
    ("Amount due $212.45, payable by card.", "$212.45", "amount due"),
    ("Gas 120 therms x $1.15 = $138.00 this month.", "$1.15", "a rate times a count of another thing"),
    ("Gas 120 therms x $1.15 = $138.00 this month.", "$138.00", "a worked sum"),
    ("Quorum: 14 of 20 members (70%) signed in.", "70%", "a share worked from the figures before it"),
    ("The budget went from $5.0 million to $4.0 million (20%).", "20%",
     "a share worked from the figures before it"),
    ("We will buy 30k shares of the bond fund.", "30k", "the size of an order or a holding"),
])
def test_another_things_measure_is_read(ctx: VerifyContext, sentence: str, figure: str, thing: str) -> None:
    assert _thing(ctx, sentence, figure) == thing


@pytest.mark.parametrize(("sentence", "figure"), [
    ("IWM closed at $4.2 today.", "$4.2"),
    ("Volume was 25k shares above normal.", "25k"),
    ("Volume ran 12x the daily average.", "12x"),
    ("Spot $244.10, then $246.00 overhead.", "$244.10"),
    ("Wed $618.43, Thu $614.72.", "$618.43"),
    ("1,200 sh x $244.30 = $293,160 of exposure.", "$244.30"),
    ("The fund moved from $240.00 to $244.30 (1.79%) this month.", "1.79%"),
    ("Inflows hit $4.2 billion this week.", "$4.2"),
    ("Bell to bell, the tally read $244.10, up $0.73.", "$244.10"),
    ("Hammer: $244.10, up $0.73 on the last sale.", "$244.10"),
    ("(Answer: $0.73, or 0.30%.)", "$0.73"),
    ("Earlier doses: $243.57 on Thursday, $241.90 on Wednesday.", "$243.57"),
    ("MARCUS: $244.10!", "$244.10"),
    ("Volume 51.6 million shares, 1.5x of 69.3 million.", "1.5x"),
])
def test_market_figures_beside_other_things_stay_read(ctx: VerifyContext, sentence: str, figure: str) -> None:
    assert _thing(ctx, sentence, figure) is None


def test_identifiers_phone_numbers_and_time_gaps_raise_no_error(ctx: VerifyContext) -> None:
    sheet = build_fact_sheet(ctx.snapshot, ctx.scores)
    clean = sheet.fill(
        "Club bulletin No. 2025-33 for the season 2026/27. Dues go to account ****-5120; the secretary "
        "answers on 0161 496 0733. Sunday's race was won by 0' 19\" on the line. The spare money stays in "
        "IWM, which closed at {close}.")
    assert [(f.code, f.span) for f in check_text(clean, ctx) if f.severity == Severity.ERROR] == []
    close = float(ctx.snapshot.close)
    wrong = clean.replace(f"{close:,.2f}", f"{close + 5:,.2f}")
    found = [(f.code, f.span) for f in check_text(wrong, ctx) if f.severity == Severity.ERROR]
    assert found == [("value-mismatch", f"${close + 5:,.2f}")]


@pytest.mark.parametrize(("sentence", "figure", "thing"), [
    ("Summit temp: -6 C, light wind.", "-6", "a temperature"),
    ("Water 58 F at the buoy.", "58", "a temperature"),
    ("Stove fuel: 12 gallons at $3.75 today.", "$3.75", "a price of gallons"),
    ("We paid $45 for 3 pizzas after practice.", "$45", "a price of pizzas"),
    ("GREEN 2,804 (57.1%) | BLUE 2,106 (42.9%)", "57.1%", "a count's share of a whole"),
    ("1. *Bear (20%)*: a close under the floor.", "20%", "a scenario's odds"),
    ("At 64, my pension is 55% in a bond fund.", "55%", "a holding's allocation"),
    ("Desk limit usage rose to 68% from 61% this week.", "61%", "usage"),
])
def test_counts_shares_odds_and_temperatures_are_read(ctx: VerifyContext, sentence: str, figure: str,
                                                      thing: str) -> None:
    assert _thing(ctx, sentence, figure) == thing


@pytest.mark.parametrize(("sentence", "figure"), [
    ("SPY 690 C, 700 C for December.", "690"),
    ("We bought 100 shares at $244.30 on the open.", "$244.30"),
    ("The Dow 47,220 (0.58%) led the day.", "0.58%"),
    ("IWM rose to 2.1% on the week.", "2.1%"),
    ("The fund is 2.1% above its 50-day in a rising market.", "2.1%"),
])
def test_market_figures_of_those_shapes_stay_read(ctx: VerifyContext, sentence: str, figure: str) -> None:
    assert _thing(ctx, sentence, figure) is None


def test_a_paragraph_about_something_else_holds_no_claim(ctx: VerifyContext) -> None:
    sheet = build_fact_sheet(ctx.snapshot, ctx.scores)
    clean = sheet.fill(
        "# Club bulletin -- Saturday\n\n"
        "Lanes open: 7 of 10 | Season high 279 | League average 164, handicap 80% of 210\n\n"
        "- Kettle Crew 102.4 def. Night Owls 98.7\n\n"
        "The spare money stays in IWM, which closed at {close}.")
    assert [(f.code, f.span) for f in check_text(clean, ctx) if f.severity == Severity.ERROR] == []
    close = float(ctx.snapshot.close)
    wrong = clean.replace(f"{close:,.2f}", f"{close + 5:,.2f}")
    found = [(f.code, f.span) for f in check_text(wrong, ctx) if f.severity == Severity.ERROR]
    assert found == [("value-mismatch", f"${close + 5:,.2f}")]
    priced = clean.replace("Season high 279", f"It opened at ${close + 4:,.2f}")
    found = [(f.code, f.span) for f in check_text(priced, ctx) if f.severity == Severity.ERROR]
    assert ("value-mismatch", f"${close + 4:,.2f}") in found  # a price to the cent is read anywhere


def _holding(ctx: VerifyContext, sentence: str, figure: str) -> str | None:
    claims = [c for c in extract_claims(sentence, "body", ctx.lexicon, [])
              if c.number.text.startswith(figure)]
    assert claims, f"{figure!r} is not read in {sentence!r}"
    return holding_figure(claims[0])


@pytest.mark.parametrize(("sentence", "figure", "thing"), [
    ("Her account holds 25 shares, worth $6,107.50 tonight.", "$6,107.50", "a holding's value"),
    ("The stake is valued at about $18,400.", "$18,400", "a holding's value"),
    ("Bought long ago (cost basis $188.20), the lot is still ours.", "$188.20", "a holding's cost"),
    ("That is a paper gain of $1,240, or roughly 12.4%.", "12.4%", "a holding's gain or loss"),
    ("Switching cost estimate 4 bp, paid once.", "4 bp", "a cost of trading"),
])
def test_a_holdings_own_figures_are_read(ctx: VerifyContext, sentence: str, figure: str, thing: str) -> None:
    assert _holding(ctx, sentence, figure) == thing


@pytest.mark.parametrize(("sentence", "figure"), [
    ("IWM shares were worth $244.30 at the close.", "$244.30"),
    ("The fund lost 1.04% on the day, its worst loss of the month.", "1.04%"),
    ("IWM trailed SPY by 46 bp on the day.", "46 bp"),
])
def test_market_figures_near_holding_words_are_no_holdings(ctx: VerifyContext, sentence: str,
                                                            figure: str) -> None:
    assert _holding(ctx, sentence, figure) is None


@pytest.mark.parametrize(("sentence", "figure", "thing"), [
    ("Door prizes: 6 hampers, $80 each.", "$80", "a price of hampers"),
    ("Parcels over $500 need a signature.", "$500", "parcels"),
    ("The roofer's estimate was $1,900 to $2,300.", "$2,300", "estimate"),
    ("Parking today: $14.", "$14", "parking"),
    ("Balance owed today: $3.75.", "$3.75", "balance owed"),
    ("Weather: a low of 27 tonight with light snow.", "27", "a temperature"),
    ("Walk on to the 1776 Charter Room, by the stairs.", "1776", "a year in a name"),
])
def test_prizes_thresholds_labels_forecasts_and_years_are_read(ctx: VerifyContext, sentence: str, figure: str,
                                                               thing: str) -> None:
    assert _thing(ctx, sentence, figure) == thing


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Closes over $600 would break the range.", "$600"),
    ("IWM's low of 243.65 came early, before rain hit the city.", "243.65"),
])
def test_market_figures_in_those_frames_stay_read(ctx: VerifyContext, sentence: str, figure: str) -> None:
    assert _thing(ctx, sentence, figure) is None


@pytest.mark.parametrize(("sentence", "figure", "thing"), [
    ("Target weight 30% for the bond sleeve.", "30%", "a portfolio's weight"),
    ("The stock weight is 62% against a target of 60%.", "60%", "a portfolio's weight"),
    ("Management fees $12.30 (0.40% a year) were taken.", "0.40%", "a fee"),
    ("We plan to sell roughly $2,500 of it in March.", "$2,500", "the money a trade puts in or takes out"),
    ("Sold half at $251.40 before lunch.", "$251.40", "an order's or a fill's price"),
    ("Adding 40 more on a close over the box.", "40", "the size of an order or a holding"),
    ("Book gross 280% of NAV this morning.", "280%", "a book's risk figure"),
    ("Utilization 55% (red from 90%).", "90%", "a book's risk figure"),
    ("Our portfolio gained 3.1% in the quarter.", "3.1%", "the writer's own fund's result"),
])
def test_an_accounts_and_a_books_own_figures_are_read(ctx: VerifyContext, sentence: str, figure: str,
                                                      thing: str) -> None:
    assert _holding(ctx, sentence, figure) == thing


@pytest.mark.parametrize(("sentence", "figure"), [
    ("IWM closed at $244.30 and our portfolio gained 3.1% after the index rose 0.30%.", "0.30%"),
    ("The weight of evidence says IWM fell 0.30% on the day.", "0.30%"),
    ("IWM sold off to $240.02 before buyers came back.", "$240.02"),
    ("The Dow added 300 points.", "300"),
])
def test_market_figures_beside_account_words_stay_read(ctx: VerifyContext, sentence: str,
                                                       figure: str) -> None:
    assert _holding(ctx, sentence, figure) is None


@pytest.mark.parametrize(("sentence", "figure", "thing"), [
    ("Gutter cleaning (2 storeys) ........ $140.00", "$140.00", "a bill's line"),
    ("Booking deposit (30%) ........ $66.00", "30%", "a bill's line"),
    ("Tiles: 30 floor tiles at $4.50, 2 grout tubs at $11.00 $157.00", "$157.00",
     "the total of the priced counts before it"),
    ("The quote was $4,200 for the new boiler.", "$4,200", "a price of boiler"),
    ("Yoga mat special $25 (was $40) this week.", "$40", "an earlier price of the thing priced before it"),
    ("Under-12 Silver 3 - 2 Eastfield, a great comeback.", "3", "a match's score"),
    ("61% of 1,870 members said no.", "61%", "members"),
])
def test_bills_quotes_scores_and_polls_are_read(ctx: VerifyContext, sentence: str, figure: str,
                                                thing: str) -> None:
    assert _thing(ctx, sentence, figure) == thing


@pytest.mark.parametrize(("sentence", "figure"), [
    ("IWM close ........ $244.30", "$244.30"),
    ("IWM gained $2.10 for the session, its best day for the month.", "$2.10"),
    ("IWM opened at $243.10 after opening at $241.00 on Thursday.", "$243.10"),
])
def test_market_figures_in_bill_and_quote_frames_stay_read(ctx: VerifyContext, sentence: str,
                                                           figure: str) -> None:
    assert _thing(ctx, sentence, figure) is None


def _outside_reader(ctx: VerifyContext, sentence: str, figure: str) -> str | None:
    claims = [c for c in extract_claims(sentence, "body", ctx.lexicon, [])
              if c.number.text.startswith(figure)]
    assert claims, f"{figure!r} is not read in {sentence!r}"
    claim = claims[0]
    return forecast_figure(claim) or product_term(claim) or misprint(claim)


@pytest.mark.parametrize(("sentence", "figure", "thing"), [
    ("Our end-2027 target for the Russell 2000 is 2,900, with a bear case of 2,050.", "2,900",
     "a forecast, a target or an estimate"),
    ("Our end-2027 target for the Russell 2000 is 2,900, with a bear case of 2,050.", "2,050",
     "a forecast, a target or an estimate"),
    ("We expect profits of $41 a share, about 7% above our $38.30 estimate.", "$38.30",
     "a forecast, a target or an estimate"),
    ("Scenario odds: base 50%, bull 30%.", "30%", "a forecast, a target or an estimate"),
    ("Knock-in barrier (60% of the Initial Level): $146.58.", "$146.58",
     "a structured note's or a fund's own terms"),
    ("It pays 9.5% of its NAV a year.", "9.5%", "a structured note's or a fund's own terms"),
    ("At $146.58, the coupon barrier is a long way down.", "$146.58",
     "a structured note's or a fund's own terms"),
    ("Friday's story misreported the close as $251.90.", "$251.90",
     "a figure quoted as the error a correction fixes"),
    ("Officials busted an errant print at $262.00 within minutes.", "$262.00",
     "a single trade's print in the session"),
    ("That was 7.1% above the last trade.", "7.1%", "a single trade's print in the session"),
])
def test_forecasts_terms_and_corrected_figures_are_read(ctx: VerifyContext, sentence: str, figure: str,
                                                         thing: str) -> None:
    assert _outside_reader(ctx, sentence, figure) == thing


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Long above $250.10, stop $246.00, target $258.40.", "$258.40"),  # a setup's target is data
    ("Above the knock-in barrier of $146.58, IWM closed at $244.30.", "$244.30"),  # the clause's own close
    ("We expect a cut in December; IWM rose 0.30% today.", "0.30%"),
    ("Corrected: IWM closed at $244.30.", "$244.30"),
    ("IWM traded at $244.30 at 15:59.", "$244.30"),
    ("The index, whose members expect 14.6% earnings growth, fell 0.78%.", "14.6%"),  # another's: sourced
    ("The close was misprinted: the index declined 0.2% to 6,862.60.", "6,862.60"),  # the corrected figure
    ("IWM had a bad night too: closed at $244.30.", "$244.30"),
    ("**Bear case:** it is 5.23% below the record.", "5.23%"),
])
def test_market_figures_beside_forecast_and_term_words_stay_read(ctx: VerifyContext, sentence: str,
                                                                 figure: str) -> None:
    assert _outside_reader(ctx, sentence, figure) is None
