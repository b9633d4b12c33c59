"""Thursday 2024-07-11: June's consumer prices fell, and money left the megacaps for small caps.

Bars (realdata): IWM +3.59% to $210.68 on 2.7x its 20-day volume, its highest close since March
2022 and its best day since November 2023; QQQ -2.19% (Nasdaq 100 -2.24% to 20,211.36); SPY -0.86%
(S&P 500 -0.88% to 5,584.54, a day after a record close of 5,633.91); DIA +0.09%; VIX 12.92.
Release: CPI -0.1% on the month (the first monthly decline since May 2020), 3.0% on the year; core
+0.1% and 3.3%.
"""

from __future__ import annotations

from datetime import date

from . import Day, Event, Story

H, L, T, M = "harbor", "ledger", "tapewatch", "macro"

STORIES = (
    Story("a01", M, "2024-07-11 08:42", "Consumer prices fall in June for the first time in four years",
          "Priya Castellanos", "/economy/2024/07/11/consumer-prices-fall-june",
          "The consumer price index slipped 0.1% in June, its first monthly decline since May 2020, "
          "and the annual rate eased to 3.0%.",
          ("The consumer price index slipped 0.1% in June, the Labor Department said on Thursday, the "
           "first monthly decline since May 2020. Prices were up 3.0% from a year earlier, down from "
           "3.3% in May.",
           "The core index, which leaves out food and energy, rose only 0.1% on the month, and its "
           "annual pace cooled to 3.3%. Cheaper gasoline did much of the work on the headline, but "
           "the broader slowdown reached rents, car insurance and airfares.",
           "Shelter costs, the stubborn piece of the inflation picture for two years, rose at their "
           "slowest monthly pace since 2021.",
           "Economists said the report gives the Federal Reserve much of the evidence it has asked "
           "for. Several now expect officials to signal a cut at their July 30-31 meeting and to "
           "deliver it in September."),
          ("Inflation", "Economy")),
    Story("a02", M, "2024-07-11 15:35", "Treasury yields drop as traders lock in bets on a September cut",
          "Ingrid Solberg", "/rates/2024/07/11/yields-drop-september-cut-bets",
          "Treasury yields fell across the curve after the soft inflation report, led by the two-year "
          "note.",
          ("Treasury yields fell across the curve on Thursday as traders priced a September rate cut "
           "as close to certain after the soft inflation report. The two-year note, the maturity most "
           "tied to the Fed's next moves, led the decline.",
           "Futures now price roughly two quarter-point cuts by the end of the year, up from one and "
           "a half a week ago. The dollar weakened against the yen and the euro.",
           "A lower path for rates matters most for borrowers who roll short-term debt, which is why "
           "strategists pointed to smaller companies and regional banks as the stocks with the most "
           "to gain."),
          ("Treasuries", "Federal Reserve")),
    Story("a03", H, "2024-07-11 16:25",
          "Small caps soar as cooler inflation sends investors out of tech giants",
          "Nadia Ferreira", "/markets/2024/07/11/small-caps-soar-cooler-inflation",
          "The Russell 2000 jumped 3.6% while the Nasdaq 100 fell 2.2%, as a soft inflation report "
          "pushed money out of the market's biggest winners.",
          ("A soft inflation report turned the stock market's pecking order upside down on Thursday. "
           "Investors sold the technology giants that have carried the rally all year and bought the "
           "small companies that have lagged it.",
           "The Russell 2000 jumped 3.6%, while the Nasdaq 100 fell 2.2% to 20,211.36 and the S&P "
           "500 lost 0.9% to 5,584.54, a day after both closed at records. The Dow Jones Industrial "
           "Average finished barely changed.",
           "The equal-weighted version of the S&P 500 rose, a reminder that the index losses came "
           "from a handful of very large names.",
           "\"This is the rotation people have been waiting for all year,\" said Carla Mendez, chief "
           "investment officer at Brookline Ridge Advisors. \"Lower rates help the companies that "
           "borrow at floating rates, and that is the small-cap index.\"",
           "Producer prices and the first big bank earnings are due Friday."),
          ("Markets", "Stocks")),
    Story("a04", L, "2024-07-11 17:05", "Megacap tech takes a beating as investors spread their bets",
          "Rafael Okafor", "/us-stocks/2024/07/11/megacap-tech-takes-a-beating",
          "Nvidia fell 5.6% and Tesla 8.4% as investors sold the year's biggest winners.",
          ("The stocks that have done the most for the market this year did the most damage on "
           "Thursday. Nvidia fell 5.6%, Apple and Microsoft each lost more than 2%, and Tesla dropped "
           "8.4% after a report that its robotaxi unveiling would slip to October.",
           "Money managers said the selling looked like profit-taking more than a verdict on the "
           "companies: portfolios heavy in a few chipmakers and software platforms were trimmed to "
           "buy cheaper corners of the market.",
           "The Nasdaq 100 still sits within a few percent of its record, and few on the desk expect "
           "one day to undo a six-month run."),
          ("Technology", "Stocks")),
    Story("a05", T, "2024-07-11 17:10",
          "Russell 2000 posts its best day since November and a two-year closing high",
          "Marcus Bell", "/indices/2024-07-11/russell-2000-best-day-since-november.html",
          "IWM closed at $210.68, up 3.59%, its highest close since March 2022.",
          ("Small caps broke out of a range that had held them since the spring. IWM, the iShares "
           "Russell 2000 ETF, closed at $210.68, up 3.59%, its highest close since March 2022 and "
           "its best day since November.",
           "Volume ran at nearly three times its 20-day average, the kind of turnover that tends to "
           "come with a real change of leadership rather than a one-day squeeze.",
           "The test now is follow-through: the index has rallied on soft inflation data before, "
           "only to give the gains back within weeks."),
          ("Small caps", "ETFs")),
    Story("a06", L, "2024-07-11 12:20", "Delta shares fall after the airline's summer profit forecast misses",
          "Hannah Lindqvist", "/business/2024/07/11/delta-shares-fall-profit-forecast",
          "Delta Air Lines forecast summer-quarter profit below analysts' estimates, citing discounting "
          "on domestic routes.",
          ("Delta Air Lines forecast profit for the July-to-September quarter below what analysts "
           "expected, saying that too many seats on domestic routes had pushed fares down. Its shares "
           "fell in morning trading.",
           "The carrier still expects record summer travel and said bookings for the fall look firm. "
           "Executives told analysts that rival airlines have started trimming capacity for August, "
           "which should help fares later in the season."),
          ("Airlines", "Earnings")),
    Story("a07", H, "2024-07-10 16:20",
          "S&P 500 and Nasdaq 100 close at records as Powell sounds more patient",
          "Jonah Whitaker", "/markets/2024/07/10/records-powell-patient",
          "The S&P 500 rose 1.0% to 5,633.91, a record, on the second day of the Fed chair's testimony.",
          ("Stocks climbed to records on Wednesday as Federal Reserve Chair Jerome Powell told "
           "lawmakers that the job market had cooled and that inflation was no longer the only risk "
           "the Fed was weighing.",
           "The S&P 500 rose 1.0% to 5,633.91 and the Nasdaq 100 added 1.1% to 20,675.38, both "
           "records. Chipmakers led again.",
           "Investors now turn to Thursday's consumer price report."),
          ("Markets",)),
    Story("a08", T, "2024-07-11 16:40",
          "Small caps soar as cooler inflation sends investors out of tech giants",
          "Nadia Ferreira", "/partners/harbor-street/2024-07-11/small-caps-soar.html",
          "", categories=("Partner content",), copy_of="a03"),
    Story("a09", M, "2024-07-11 18:05",
          "What to watch: producer prices and bank earnings Friday, the Fed on July 31",
          "Daniel Reyes", "/fed/2024/07/11/what-to-watch-ppi-banks-fed",
          "Producer prices and the first big bank results land on Friday; the Fed decides on July 31.",
          ("Friday brings the June producer price index and quarterly results from JPMorgan Chase, "
           "Wells Fargo and Citigroup, the first read on how lenders are faring with rates at a "
           "two-decade high.",
           "The Federal Reserve's next decision comes on July 31. Officials are not expected to move "
           "then, but investors will read the statement for a nod toward September."),
          ("Federal Reserve", "Calendar")),
)

DAY = Day(
    session=date(2024, 7, 11), utc_offset=-4, kind="cpi",
    driver=r"\b(?:inflation|CPI|consumer[- ]prices?)\b",
    event="June CPI fell 0.1% on the month; money rotated from megacap tech into small caps "
          "(IWM +3.6% to a two-year closing high, QQQ -2.2%, SPY -0.9%, DIA flat)",
    stories=STORIES,
    content=r"\b(?:cool(?:er|ing|s|ed)?|soft(?:er)?|tamer?|benign|milder)\b",
    events=(Event("FOMC rate decision", "fomc", "2024-07-31"),),
    notes=("the driver is the CPI report (a01), told by the wraps (a03, a05) and the rates note (a02)",
           "a08 is a syndicated copy of a03 on Tapewatch's partner URL; a06 is off the market's story",
           "a07 is the day before (records), inside the lookback but not the session day"),
)
