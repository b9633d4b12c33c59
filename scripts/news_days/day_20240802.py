"""Friday 2024-08-02: July's jobs report showed hiring slowing and unemployment at 4.3%.

Bars (realdata): SPY -1.86% (S&P 500 -1.84% to 5,346.56); QQQ -2.37% (Nasdaq 100 -2.38% to
18,440.85, 10.8% under its July 10 record close of 20,675.38); IWM -3.54% to $208.92 after -3.25% on
Thursday; DIA -1.51%; VIX 23.39 from 18.59 (+25.8%), its highest close since March 2023.
Release: payrolls +114,000 in July; unemployment 4.3% from 4.1%, the highest since October 2021.
"""

from __future__ import annotations

from datetime import date

from . import Day, Event, Story

H, L, T, M = "harbor", "ledger", "tapewatch", "macro"

STORIES = (
    Story("b01", M, "2024-08-02 08:40", "Hiring slows sharply in July and unemployment climbs to 4.3%",
          "Priya Castellanos", "/economy/2024/08/02/hiring-slows-unemployment-4-3",
          "Employers added 114,000 jobs in July, far fewer than forecast, and the jobless rate rose to "
          "its highest since October 2021.",
          ("Employers added 114,000 jobs in July, well short of what economists had forecast, and "
           "the unemployment rate rose to 4.3% from 4.1%, the Labor Department said on Friday. It "
           "was the highest jobless rate since October 2021.",
           "Average hourly earnings grew 0.2% on the month and 3.6% from a year earlier, the "
           "smallest annual gain since 2021, and revisions trimmed the two prior months.",
           "The rise in unemployment tripped a closely watched rule of thumb that has marked the "
           "start of past recessions, though several economists cautioned that a jump in temporary "
           "layoffs and a hurricane in Texas may have exaggerated the weakness.",
           "The report lands two days after the Federal Reserve left rates unchanged and said a cut "
           "could come as soon as September."),
          ("Jobs", "Economy")),
    Story("b02", M, "2024-08-02 15:10", "Treasury yields tumble as traders bet on a half-point Fed cut",
          "Ingrid Solberg", "/rates/2024/08/02/yields-tumble-half-point-cut",
          "Yields fell sharply after the jobs report as futures priced a larger first cut.",
          ("Treasury yields fell sharply on Friday as the weak jobs report sent traders piling into "
           "bets that the Fed would open its easing cycle with a half-point cut in September. The "
           "two-year yield, the most sensitive to policy, fell the most.",
           "\"The market has gone from asking when the Fed cuts to asking whether it waited too "
           "long,\" said Tomas Varga, head of rates strategy at Pell & Hartley."),
          ("Treasuries", "Federal Reserve")),
    Story("b03", H, "2024-08-02 16:30",
          "Stocks slide as a weak jobs report stokes growth fears; Nasdaq 100 ends in a correction",
          "Nadia Ferreira", "/markets/2024/08/02/stocks-slide-weak-jobs-report",
          "The S&P 500 fell 1.8% and the Nasdaq 100 2.4%, closing more than 10% below its July record.",
          ("Stocks fell for a second day on Friday as a weak jobs report turned worry about "
           "inflation into worry about growth. The S&P 500 dropped 1.8% to 5,346.56, and the Nasdaq "
           "100 lost 2.4% to 18,440.85, leaving it more than 10% below its July 10 record, the "
           "common definition of a correction.",
           "The Dow Jones Industrial Average fell 1.5%, and small caps, the winners of July, had "
           "their second steep drop in a row.",
           "Disappointing results from Amazon and Intel added to the pressure on technology shares.",
           "Defensive sectors such as utilities and consumer staples held up best.",
           "Wall Street's fear gauge jumped to its highest close in more than a year."),
          ("Markets", "Stocks")),
    Story("b04", T, "2024-08-02 16:55", "VIX closes above 23 for the first time since March 2023",
          "Marcus Bell", "/indices/2024-08-02/vix-closes-above-23.html",
          "The VIX rose to 23.39 from 18.59 as the jobs report rattled stocks.",
          ("The Cboe Volatility Index closed at 23.39 on Friday, up from 18.59, its highest finish "
           "since the regional-bank scare of March 2023.",
           "Traders said demand for protection spread from single stocks to the broad index, as "
           "few wanted to carry unhedged positions into the weekend."),
          ("VIX", "Volatility")),
    Story("b05", L, "2024-08-02 17:20", "Intel plunges 26% and Amazon sinks after results disappoint",
          "Rafael Okafor", "/us-stocks/2024/08/02/intel-amazon-sink-after-results",
          "Intel suspended its dividend and announced deep job cuts; Amazon's outlook fell short.",
          ("Intel lost 26% on Friday, its worst day in half a century, after the chipmaker suspended "
           "its dividend, announced plans to cut more than 15% of its workforce and gave a forecast "
           "far below estimates.",
           "Amazon fell 8.8% after its sales outlook for the current quarter came in under what "
           "analysts had expected, even as its cloud unit grew faster.",
           "Apple edged higher after reporting iPhone sales that held up better than feared, one of "
           "the few large technology companies to rise."),
          ("Earnings", "Technology")),
    Story("b06", L, "2024-08-02 16:45", "Small caps give back half their July rally in two days",
          "Hannah Lindqvist", "/us-stocks/2024/08/02/small-caps-give-back-july-rally",
          "IWM fell 3.54% to $208.92 after a 3.25% drop on Thursday.",
          ("The small-cap rally that defined July is unwinding fast. IWM fell 3.54% to $208.92 on "
           "Friday after a 3.25% drop on Thursday, erasing much of the gain it built after the June "
           "inflation report.",
           "Smaller companies lean on the domestic economy and on borrowed money, so a slowing job "
           "market cuts both ways for them: cheaper credit later, weaker sales now.",
           "Traders said Friday's selling looked like the exit of investors who had chased the "
           "rotation late in the month."),
          ("Small caps", "ETFs")),
    Story("b07", H, "2024-08-01 16:15",
          "Stocks retreat as a factory survey and jobless claims point to a cooling economy",
          "Jonah Whitaker", "/markets/2024/08/01/stocks-retreat-factory-survey",
          "A manufacturing survey fell to its weakest since November and jobless claims rose.",
          ("Stocks gave up an early gain and closed lower on Thursday after a survey of factory "
           "managers showed activity shrinking at the fastest pace since November and weekly "
           "jobless claims climbed to their highest in nearly a year.",
           "The S&P 500 fell 1.4% and the Nasdaq 100 2.4%, a day after both rallied on the Fed's "
           "hint of a September cut."),
          ("Markets",)),
    Story("b08", L, "2024-08-02 09:05", "Hiring slows sharply in July and unemployment climbs to 4.3%",
          "Priya Castellanos", "/partners/macro-brief/2024/08/02/hiring-slows-unemployment",
          "", categories=("Partner content", "Jobs"), copy_of="b01"),
    Story("b09", L, "2024-08-02 11:30", "Back-to-school shoppers hunt for deals as families watch budgets",
          "Hannah Lindqvist", "/business/2024/08/02/back-to-school-shoppers-hunt-deals",
          "Retailers expect families to spend about as much as last year on school supplies, with more "
          "of it on discount.",
          ("Retailers are heading into the back-to-school season expecting families to spend about "
           "as much as last year, but to wait for promotions and buy more store brands.",
           "Chains that sell clothing and electronics said early sales events drew crowds, while "
           "executives at two department stores told analysts that shoppers were trading down on "
           "everything except sneakers.",
           "Several states hold sales-tax holidays over the next two weekends."),
          ("Retail",)),
    Story("b10", M, "2024-08-02 18:00", "Week ahead: a services survey Monday and jobless claims Thursday",
          "Daniel Reyes", "/fed/2024/08/02/week-ahead-services-claims",
          "A quiet calendar follows the jobs report; the Fed's next decision is due Sept. 18.",
          ("After Friday's jobs report, the calendar thins out. A survey of services businesses is "
           "due on Monday and weekly jobless claims on Thursday, which traders will read for any sign "
           "that layoffs are spreading.",
           "The Federal Reserve's next decision comes on Sept. 18, with the July consumer price "
           "report due before it, on Aug. 14."),
          ("Federal Reserve", "Calendar")),
)

DAY = Day(
    session=date(2024, 8, 2), utc_offset=-4, kind="jobs",
    driver=r"\b(?:jobs?|payrolls?|hiring|unemployment|jobless|labor market)\b",
    event="July payrolls +114,000 and unemployment 4.3%; growth fears sent every index lower "
          "(IWM -3.5%, QQQ -2.4% into a correction, SPY -1.9%, DIA -1.5%) and the VIX to 23.39",
    stories=STORIES,
    content=r"\b(?:weak(?:er)?|soft(?:er)?|slow(?:s|ed|ing|er|down)?|cool(?:s|ed|ing)|disappointing)\b",
    events=(Event("July CPI", "cpi", "2024-08-14"), Event("FOMC rate decision", "fomc", "2024-09-18")),
    notes=("the driver is the jobs report (b01), told by the wrap (b03) and the rates note (b02)",
           "b08 is a syndicated copy of b01 on Ledger's partner URL; b09 is off the market's story",
           "b05 is the day's earnings story (Intel, Amazon); b07 is the day before"),
)
