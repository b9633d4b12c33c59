"""Tuesday 2022-09-13: August's consumer prices rose when a dip was forecast; stocks had their worst
day since June 2020.

Bars (realdata): SPY -4.35% to $393.10 on 1.7x its 20-day volume, ending a four-day rally; QQQ
-5.48% to $293.70 (Nasdaq 100 -5.54% to 12,033.62); IWM -3.91% to $182.25; DIA -3.96% to $311.73
(S&P 500 -4.32% to 3,932.69); VIX 27.27 from 23.87 (+14%).
Release: CPI +0.1% on the month against a forecast 0.1% decline, 8.3% on the year (8.1% forecast);
core +0.6% on the month (0.3% forecast) and 6.3% on the year.
"""

from __future__ import annotations

from datetime import date

from . import Day, Event, Story

H, L, T, M = "harbor", "ledger", "tapewatch", "macro"

STORIES = (
    Story("e01", M, "2022-09-13 08:41", "Inflation runs hotter than forecast in August as core prices jump",
          "Priya Castellanos", "/economy/2022/09/13/inflation-hotter-august-core-jumps",
          "Consumer prices edged up 0.1% when economists had looked for a small decline, and prices "
          "outside food and energy rose 0.6%.",
          ("Consumer prices rose 0.1% in August even as gasoline got cheaper, the Labor Department "
           "said on Tuesday, defying forecasts of a 0.1% decline. From a year earlier prices were up "
           "8.3%, down from 8.5% in July but above the 8.1% economists expected.",
           "The core index, which leaves out food and energy, climbed 0.6% on the month, double the "
           "forecast, and 6.3% on the year, as rents, medical care and new cars all cost more.",
           "The report was the last reading on consumer prices before the Federal Reserve meets on "
           "Sept. 20 and 21, and it undercut hopes that inflation had turned a corner."),
          ("Inflation", "Economy")),
    Story("e02", M, "2022-09-13 15:20", "Two-year yield jumps as traders brace for a bigger Fed hike",
          "Ingrid Solberg", "/rates/2022/09/13/two-year-yield-jumps-bigger-hike",
          "Short-term Treasury yields climbed to 15-year highs and futures began to price a chance "
          "of a full-point increase next week.",
          ("Treasury yields climbed on Tuesday after the inflation report, led by the two-year note, "
           "whose yield rose to its highest since 2007. Futures that had priced a three-quarter-point "
           "increase at next week's Fed meeting began to put odds on a full percentage point.",
           "\"Anyone who thought the Fed could ease off this fall just lost that argument,\" said "
           "Lena Marsh, senior rates strategist at Colbeck Partners."),
          ("Treasuries", "Federal Reserve")),
    Story("e03", H, "2022-09-13 16:25",
          "Stocks suffer their worst day in two years after a hot inflation report",
          "Nadia Ferreira", "/markets/2022/09/13/stocks-worst-day-hot-inflation",
          "The S&P 500 fell 4.3% and the Nasdaq 100 5.5% as stubborn price gains revived bets on "
          "steep rate increases.",
          ("Stocks had their worst day since June 2020 on Tuesday after a report showed inflation "
           "refusing to cool, dashing hopes that the Federal Reserve could soon slow its rate "
           "increases. The S&P 500 lost 4.3% to 3,932.69, and the Nasdaq 100 sank 5.5% to 12,033.62.",
           "The Dow Jones Industrial Average dropped nearly 4%. The selloff ended a four-day rally "
           "and wiped out most of the gains stocks had made since early September.",
           "Only a handful of the S&P 500's members rose, and every one of its 11 sectors fell, led "
           "by technology and communication companies.",
           "Wall Street's fear gauge rose above 27."),
          ("Markets", "Stocks")),
    Story("e04", T, "2022-09-13 16:50", "VIX climbs to 27.27 as the inflation surprise jolts traders",
          "Marcus Bell", "/indices/2022-09-13/vix-climbs-inflation-surprise.html",
          "The Cboe Volatility Index rose to 27.27 from 23.87 as stocks slid.",
          ("The Cboe Volatility Index closed at 27.27 on Tuesday, up from 23.87, after the consumer "
           "price report sent stocks sharply lower.",
           "Traders said buyers of index puts came back in force after a week in which hedges had "
           "been sold as the market rallied."),
          ("VIX", "Volatility")),
    Story("e05", L, "2022-09-13 17:05", "Chipmakers and growth stocks bear the brunt of the selloff",
          "Rafael Okafor", "/us-stocks/2022/09/13/chipmakers-growth-stocks-selloff",
          "Nvidia and Meta lost more than 9% each as higher yields hit the richest valuations.",
          ("Companies whose value rests on profits far in the future took the heaviest losses on "
           "Tuesday, as rising yields shrank what investors will pay for them today. Nvidia and "
           "Meta Platforms each fell more than 9%, and Apple lost almost 6%.",
           "QQQ dropped 5.48% to $293.70, its biggest one-day loss since March 2020."),
          ("Technology", "ETFs")),
    Story("e06", H, "2022-09-12 16:15", "Stocks rise for a fourth day as investors bet inflation is easing",
          "Jonah Whitaker", "/markets/2022/09/12/stocks-rise-fourth-day",
          "The S&P 500 gained 1.1% ahead of Tuesday's consumer price report.",
          ("Stocks extended their rally to a fourth day on Monday as investors wagered that Tuesday's "
           "consumer price report would show inflation easing. The S&P 500 rose 1.1%.",
           "Falling gasoline prices over the summer had fed hopes that the worst of the price surge "
           "was over."),
          ("Markets",)),
    Story("e07", L, "2022-09-13 13:10", "Used-car dealers see prices soften as lots fill up",
          "Hannah Lindqvist", "/business/2022/09/13/used-car-prices-soften",
          "Dealers say buyers are more patient and inventories are rebuilding.",
          ("Used-car dealers say the frenzy of the past two years is fading: more vehicles are "
           "sitting on lots, and buyers are taking their time.",
           "Several large dealer groups said they had cut asking prices on older models to keep "
           "inventory moving."),
          ("Autos",)),
    Story("e08", T, "2022-09-13 16:40",
          "Stocks suffer their worst day in two years after a hot inflation report",
          "Nadia Ferreira", "/partners/harbor-street/2022-09-13/stocks-worst-day.html",
          "", categories=("Partner content",), copy_of="e03"),
    Story("e09", M, "2022-09-13 18:00",
          "Ahead: producer prices Wednesday, retail sales Thursday, the Fed Sept. 21",
          "Daniel Reyes", "/fed/2022/09/13/ahead-ppi-retail-sales-fed",
          "Producer prices and retail sales come before the Fed's decision on Sept. 21.",
          ("August producer prices are due on Wednesday and retail sales on Thursday, the last big "
           "reports before the Federal Reserve's decision on Sept. 21.",
           "After Tuesday's report, the question for the meeting is no longer whether the Fed raises "
           "rates sharply but by how much."),
          ("Federal Reserve", "Calendar")),
)

DAY = Day(
    session=date(2022, 9, 13), utc_offset=-4, kind="cpi",
    driver=r"\b(?:inflation|CPI|consumer[- ]prices?)\b",
    event="August CPI rose 0.1% against a forecast decline and core 0.6%; every index had its worst "
          "day since June 2020 (QQQ -5.5%, SPY -4.4%, DIA -4.0%, IWM -3.9%) and the VIX rose to 27.27",
    stories=STORIES,
    held_out=True,
    content=r"\b(?:hot(?:ter)?|firm(?:er)?|sticky|stubborn)\b",
    events=(Event("FOMC rate decision", "fomc", "2022-09-21"),),
    notes=("the driver is the CPI report (e01), told by the wrap (e03), the rates note (e02), the tech "
           "story (e05) and the VIX story (e04)",
           "e08 is a syndicated copy of e03 on Tapewatch's partner URL; e07 is off the market's story",
           "e06 is the day before (a fourth day up)"),
)
